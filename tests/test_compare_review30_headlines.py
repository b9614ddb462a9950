"""Review 30: headlines and framing on unseen text. A headline's death over a victim its body
keeps alive, a headline's count set against the body's count of its event, words that frame
only in a setting (an eviction from a home, not a player sent off), new framing classes
(expulsion, intrusion, wildlife conflict, the political right), a bribe stated as a fact
beside the accused's denial, and messages that say each side's own words."""

from __future__ import annotations

import pytest
from tests.compare_helpers import mentions, of_type, run

from kroscek.compare.messages import message
from kroscek.data import Finding, Report

# ---------------------------------------------------------------- headline: a death unwritten


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        pytest.param(
            "Pencari Rotan di Kampar Tewas Diserang Beruang",
            "Seorang pencari rotan, Darman (51), diserang beruang madu di hutan Desa Sungai "
            "Lipai, Kampar, Selasa (3/3/2026). Ia mengalami luka gigitan di lengan dan paha.\n\n"
            "Warga membawanya ke puskesmas sebelum ia dirujuk ke rumah sakit daerah. Kini ia "
            "dirawat di ruang bedah dan kondisinya stabil.",
            ("Tewas", "luka gigitan"),
            id="id-wounded-and-treated",
        ),
        pytest.param(
            "Fisherman killed in crocodile attack on Timor river",
            "A fisherman was attacked by a saltwater crocodile on the Loes river on Monday "
            "and suffered deep bite wounds to his leg, police said.\n\n"
            "He was taken to the district hospital, where he was treated for his injuries and "
            "is in stable condition.",
            ("killed", "bite wounds"),
            id="en-wounded-and-treated",
        ),
        pytest.param(
            "Pencari Rotan di Kampar Nyaris Tewas Diserang Beruang",
            "Seorang pencari rotan diserang beruang madu di hutan Kampar, Selasa (3/3/2026). "
            "Ia mengalami luka gigitan di lengan dan kini dirawat di rumah sakit daerah.",
            None,
            id="id-nearly-died-is-what-the-body-says",
        ),
        pytest.param(
            "Pencari Rotan di Kampar Tewas Diserang Beruang",
            "Seorang pencari rotan diserang beruang madu di hutan Kampar, Selasa (3/3/2026). "
            "Rekannya mengalami luka gigitan dan dirawat di rumah sakit, sedangkan korban "
            "meninggal di lokasi kejadian.",
            None,
            id="id-the-body-tells-the-death-too",
        ),
        pytest.param(
            "Pencari Rotan di Kampar Tewas Diserang Beruang",
            "Seorang pencari rotan diserang beruang madu di hutan Kampar, Selasa (3/3/2026). "
            "Warga menemukannya dengan luka parah di kepala.",
            None,
            id="id-no-word-of-care-no-finding",
        ),
    ],
)
def test_a_headline_death_over_a_victim_wounded_and_treated_is_a_mismatch(
    title: str, text: str, expected: tuple[str, str] | None
) -> None:
    other = ("Serangan Satwa Liar", "Warga diminta berhati-hati saat masuk hutan.")
    found = [
        f for f in of_type(run((title, text), other), "headline_mismatch") if f.slot == "outcome"
    ]
    if expected is None:
        assert found == []
    else:
        assert len(found) == 1 and mentions(found[0], *expected)


# ------------------------------------------------------ headline: the count of its own event


def test_a_headline_toll_is_set_against_the_body_toll_not_a_figure_of_the_same_noun() -> None:
    title = "Wabah Difteri di Hulu Sungai, Enam Anak Meninggal"
    text = (
        "Jumlah anak yang meninggal akibat difteri di Kabupaten Hulu Sungai bertambah menjadi "
        "tiga orang, Rabu (4/3/2026).\n\n"
        "Dinas Kesehatan menyiapkan imunisasi ulang yang menyasar sekitar 30.000 anak usia "
        "sekolah mulai pekan depan."
    )
    other = ("Difteri Merebak", "Dinas Kesehatan membuka posko di setiap puskesmas.")
    found = [
        f
        for f in of_type(run((title, text), other), "headline_mismatch")
        if mentions(f, "Enam Anak")
    ]
    assert len(found) == 1
    assert mentions(found[0], "tiga orang") and not mentions(found[0], "30.000")


# ------------------------------------------------------------- framing: words in a setting


def _framing(report: Report, cls: str) -> list[Finding]:
    return [f for f in of_type(report, "framing") if f.slot == f"framing:{cls}"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            (
                "Persija Ditahan Imbang",
                "Bek tamu diusir wasit pada menit ke-60 setelah menerima kartu merah langsung.",
            ),
            ("Persija Gagal Menang", "Tim tamu bermain dengan sepuluh orang sejak menit ke-60."),
            id="id-player-sent-off",
        ),
        pytest.param(
            (
                "Kapal Asing Diusir dari Perairan Anambas",
                "Kapal ikan asing itu diusir patroli setelah terdeteksi mencari ikan tanpa izin.",
            ),
            (
                "Kapal Asing di Anambas",
                "Kapal ikan asing itu meninggalkan lokasi setelah dihubungi lewat radio.",
            ),
            id="id-ship-driven-away",
        ),
        pytest.param(
            ("Libur Sekolah", "Anak-anak mengusir rasa bosan di rumah dengan membaca buku."),
            ("Libur Panjang", "Anak-anak mengisi hari libur di rumah bersama keluarga."),
            id="id-boredom-driven-away-at-home",
        ),
    ],
)
def test_diusir_outside_a_home_or_land_is_no_eviction(
    first: tuple[str, str], second: tuple[str, str]
) -> None:
    assert _framing(run(first, second), "eviction") == []


def test_diusir_from_homes_is_still_a_loaded_eviction_word() -> None:
    report = run(
        (
            "Warga Bantaran Diusir",
            "Puluhan keluarga diusir dari rumah mereka di bantaran "
            "sungai oleh petugas, Senin (2/3/2026).",
        ),
        (
            "Penataan Bantaran Sungai",
            "Petugas membongkar bangunan di bantaran sungai, Senin (2/3/2026).",
        ),
    )
    found = _framing(report, "eviction")
    assert len(found) == 1 and mentions(found[0], "diusir")


@pytest.mark.parametrize(
    ("cls", "first", "second", "words"),
    [
        pytest.param(
            "expulsion",
            (
                "95 Pekerja Migran Dideportasi dari Sarawak",
                "Sebanyak 95 pekerja migran "
                "Indonesia dipulangkan otoritas Malaysia melalui Entikong, Jumat (6/3/2026).",
            ),
            (
                "Malaysia Usir 95 Pekerja Ilegal",
                "Otoritas Malaysia mengusir 95 pekerja ilegal "
                "asal Indonesia melalui Entikong, Jumat (6/3/2026).",
            ),
            ("dipulangkan", "mengusir"),
            id="id-sent-home-vs-driven-out",
        ),
        pytest.param(
            "expulsion",
            (
                "Thailand deports 40 Cambodian workers",
                "Thai immigration police deported 40 "
                "Cambodian migrants through the Aranyaprathet checkpoint on Friday.",
            ),
            (
                "Thailand expels 40 Cambodians",
                "Thailand expelled 40 Cambodian migrants "
                "through the Aranyaprathet checkpoint on Friday.",
            ),
            ("deported", "expelled"),
            id="en-deported-vs-expelled",
        ),
        pytest.param(
            "intrusion",
            (
                "Vietnamese boat enters Indonesian waters",
                "A Vietnamese fishing boat sailed "
                "into Indonesia's exclusive economic zone near Natuna on Tuesday, the navy said.",
            ),
            (
                "Kapal Vietnam Menerobos Perairan Natuna",
                "Sebuah kapal ikan Vietnam menerobos "
                "zona ekonomi eksklusif Indonesia di dekat Natuna, Selasa (3/3/2026).",
            ),
            ("sailed into", "menerobos"),
            id="en-id-sailed-into-vs-broke-in",
        ),
        pytest.param(
            "intrusion",
            (
                "Kapal Asing Masuki Perairan Sulawesi",
                "Sebuah kapal survei asing memasuki "
                "perairan Sulawesi Utara, Senin (2/3/2026), menurut TNI AL.",
            ),
            (
                "Kapal Penyusup di Perairan Sulawesi",
                "Kapal penyusup itu terdeteksi di perairan "
                "Sulawesi Utara, Senin (2/3/2026), menurut TNI AL.",
            ),
            ("memasuki", "Kapal penyusup"),
            id="id-entered-vs-intruder-ship",
        ),
        pytest.param(
            "wildlife",
            (
                "Gajah Rusak Kebun Warga",
                "Petugas menyebut konflik manusia dan satwa liar di "
                "desa itu meningkat sejak hutan dibuka.",
            ),
            (
                "Teror Gajah di Kebun Warga",
                "Teror gajah kembali terjadi di desa itu, merusak kebun warga semalaman.",
            ),
            ("konflik manusia dan satwa liar", "Teror gajah"),
            id="id-conflict-vs-terror",
        ),
        pytest.param(
            "wildlife",
            (
                "Tiger sightings near villages",
                "Officials called it a case of human-wildlife conflict driven by forest clearing.",
            ),
            (
                "Man-eater stalks villages",
                "The man-eater has been seen near three villages this month.",
            ),
            ("human-wildlife conflict", "man-eater"),
            id="en-conflict-vs-man-eater",
        ),
        pytest.param(
            "political_right",
            (
                "Conservative wins Chile runoff",
                "Conservative former senator Pablo Rojas won "
                "the presidential runoff on Sunday with 52% of the vote.",
            ),
            (
                "Far-right Rojas wins Chile presidency",
                "Far-right former senator Pablo Rojas "
                "won the presidential runoff on Sunday with 52% of the vote.",
            ),
            ("Conservative", "Far-right"),
            id="en-conservative-vs-far-right",
        ),
        pytest.param(
            "political_right",
            (
                "Tokoh Konservatif Menang",
                "Politikus konservatif Pablo Rojas memenangi putaran "
                "kedua pemilihan presiden Chile, Minggu (1/3/2026).",
            ),
            (
                "Tokoh Kanan Jauh Menang",
                "Politikus kanan jauh Pablo Rojas memenangi putaran "
                "kedua pemilihan presiden Chile, Minggu (1/3/2026).",
            ),
            ("konservatif", "kanan jauh"),
            id="id-konservatif-vs-kanan-jauh",
        ),
        pytest.param(
            "presumption",
            (
                "KPK Tahan Wali Kota",
                "KPK menahan wali kota itu sebagai tersangka dugaan suap "
                "proyek pasar, Senin (2/3/2026).",
            ),
            (
                "Kuasa Hukum Wali Kota Membantah",
                "Kuasa hukum wali kota membantah kliennya "
                "menerima suap. Uang suap proyek pasar senilai Rp 1,2 miliar disita dari rumah "
                "seorang kontraktor, Senin (2/3/2026).",
            ),
            ("dugaan suap", "Uang suap"),
            id="id-bribe-money-beside-a-denial",
        ),
        pytest.param(
            "presumption",
            (
                "Mayor held over alleged bribes",
                "Anti-graft officers detained the mayor on "
                "Monday over alleged bribes linked to a market project.",
            ),
            (
                "Mayor's lawyer denies charges",
                "The mayor's lawyer denied the charges. "
                "Investigators seized the bribe money at a contractor's home on Monday.",
            ),
            ("alleged bribes", "bribe money"),
            id="en-bribe-money-beside-a-denial",
        ),
    ],
)
def test_two_words_for_one_referent_are_one_frame(
    cls: str, first: tuple[str, str], second: tuple[str, str], words: tuple[str, str]
) -> None:
    """Expulsion, a vessel's entry, wildlife conflict, the political right and a bribe
    stated as a fact beside a denial: one finding of the class, with both sides' words."""
    found = _framing(run(first, second), cls)
    assert len(found) == 1 and mentions(found[0], *words)


def test_a_patient_sent_home_frames_nothing() -> None:
    report = run(
        (
            "Korban Keracunan Pulang",
            "Sebanyak 12 siswa korban keracunan dipulangkan dari puskesmas, Kamis (5/3/2026).",
        ),
        (
            "Siswa Keracunan Membaik",
            "Sebanyak 12 siswa korban keracunan sudah kembali ke "
            "rumah masing-masing, Kamis (5/3/2026).",
        ),
    )
    assert _framing(report, "expulsion") == []


def test_breaking_through_a_flood_is_no_intrusion() -> None:
    report = run(
        ("Mobil Terseret Arus", "Sebuah mobil menerobos banjir di jalan desa dan terseret arus."),
        ("Mobil Masuk Sungai", "Sebuah mobil memasuki jalan desa yang tergenang dan terseret."),
    )
    assert _framing(report, "intrusion") == []


def test_a_conservative_estimate_is_no_political_label() -> None:
    report = run(
        (
            "Flood losses mount",
            "A conservative estimate puts losses at $2 million, officials said on Monday.",
        ),
        (
            "Far-right party blames council",
            "The far-right party blamed the council for the losses on Monday.",
        ),
    )
    assert _framing(report, "political_right") == []


@pytest.mark.parametrize(
    ("first_text", "words"),
    [
        pytest.param(
            "Pengemudi truk itu selamat dan kini menjalani pemeriksaan di Satlantas Polres Kendal.",
            ("menjalani pemeriksaan", "diamankan polisi"),
            id="id-questioned-at-police",
        ),
        pytest.param(
            "Pengemudi truk itu selamat dan kini menjalani pemeriksaan kesehatan di rumah sakit.",
            None,
            id="id-a-medical-check-is-no-arrest-word",
        ),
    ],
)
def test_questioned_at_the_police_against_secured_by_the_police(
    first_text: str, words: tuple[str, str] | None
) -> None:
    report = run(
        ("Truk Terguling di Kendal", f"Truk bermuatan semen terguling di Kendal. {first_text}"),
        (
            "Truk Semen Terguling",
            "Truk bermuatan semen terguling di Kendal. Pengemudi truk itu "
            "selamat dan telah diamankan polisi.",
        ),
    )
    found = _framing(report, "arrest")
    if words is None:
        assert found == []
    else:
        assert len(found) == 1 and mentions(found[0], *words)


# ----------------------------------------------------------- framing: what each side says


def test_a_loaded_side_lists_its_own_words_not_the_plain_word_both_write() -> None:
    shared = (
        "\n\nPara nelayan menuntut gubernur mencabut izin tambang pasir laut yang menurut "
        "mereka merusak wilayah tangkapan ikan di pesisir utara."
    )
    report = run(
        (
            "Nelayan Datangi Kantor Gubernur",
            "Ratusan nelayan berunjuk rasa di depan kantor gubernur, Rabu (4/3/2026), menolak "
            "proyek tambang pasir." + shared,
        ),
        (
            "Nelayan Datangi Kantor Gubernur",
            "Unjuk rasa nelayan di depan kantor gubernur, Rabu (4/3/2026), berakhir ricuh saat "
            "massa mendorong pagar." + shared,
        ),
    )
    found = _framing(report, "unrest")
    assert len(found) == 1 and mentions(found[0], "berunjuk rasa", "ricuh")
    assert "Unjuk rasa" not in [e.text for e in found[0].evidence]


@pytest.mark.parametrize(
    ("titles", "expected"),
    [
        pytest.param(
            ("Beijing warns over so-called independence vote", "Beijing Peringatkan Taiwan"),
            "sebutan yang dijaga jaraknya",
            id="indonesian-report-on-an-english-wire",
        ),
    ],
)
def test_a_framing_message_names_its_referent_in_the_reports_language(
    titles: tuple[str, str], expected: str
) -> None:
    report = run(
        (
            titles[0],
            "Beijing warned on Monday against the so-called referendum planned in "
            "Taipei next month.",
        ),
        (
            titles[1],
            "Beijing memperingatkan Taipei soal referendum yang direncanakan bulan "
            "depan, Senin (2/3/2026).",
        ),
        (
            titles[1] + " Lagi",
            "Pemerintah China kembali memperingatkan Taipei soal referendum, Senin (2/3/2026).",
        ),
    )
    found = _framing(report, "scare")
    assert found and all(expected in f.message for f in found)
    assert all("kept at a distance" not in f.message for f in found)


# ------------------------------------------------------------ presumption: a thing judged


def test_bribe_money_with_no_denial_in_the_story_is_left_alone() -> None:
    report = run(
        (
            "KPK Tahan Wali Kota",
            "KPK menahan wali kota itu sebagai tersangka dugaan suap "
            "proyek pasar, Senin (2/3/2026).",
        ),
        (
            "KPK Sita Uang Suap",
            "Uang suap proyek pasar senilai Rp 1,2 miliar disita dari rumah "
            "seorang kontraktor, Senin (2/3/2026).",
        ),
    )
    assert _framing(report, "presumption") == []


# ----------------------------------------------------------------------------- messages


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        pytest.param("The Harbour Times", "The Harbour Times headline says", id="own-article"),
        pytest.param("Coastal Wire", "The Coastal Wire headline says", id="no-article"),
    ],
)
def test_a_name_with_its_own_article_takes_the_templates_place(source: str, expected: str) -> None:
    text = message("en", "headline.outcome", source=source, title_text="x", body_text="y")
    assert text.startswith(expected)
    assert "The The" not in text
