"""Rules added after blind review 21 (a mosque roof collapse, a rate decision told by a wire
and a rewrite, street vendors evicted, a drug seizure in tonnes and kilograms, a marathon, a
strike on a refugee camp, a tanker attack, a factory fire, a flash flood told over two days),
pinned with sentences written for these tests."""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type, run, run_texts


def _agreed(report, *words: str) -> bool:
    return any(mentions(f, *words) for f in of_type(report, "agreement"))


def _conflicting(report, *words: str) -> bool:
    return any(mentions(f, *words) for f in of_type(report, "conflict"))


def _unique(report, *words: str) -> bool:
    return any(mentions(f, *words) for f in of_type(report, "unique"))


@pytest.mark.parametrize(
    ("second", "conflict"),
    [("310 kios", True), ("130 kios", False)],
)
def test_a_vague_group_word_does_not_take_the_exact_figure_from_its_own_text(second, conflict):
    report = run(
        (
            "Pemkab Garut Bongkar 130 Kios di Terminal",
            "GARUT - Pemerintah Kabupaten Garut membongkar 130 kios di sekitar Terminal Guntur, "
            "Senin (3/11/2025). Pembongkaran melibatkan 150 petugas gabungan.",
        ),
        (
            "Ratusan Kios di Terminal Guntur Dibongkar",
            "GARUT - Ratusan kios di kawasan Terminal Guntur dibongkar petugas pada Senin "
            f"(3/11/2025). Sebanyak {second} rata dengan tanah dalam pembongkaran yang "
            "melibatkan 150 petugas gabungan.",
        ),
    )
    assert _conflicting(report, "130 kios", second) is conflict
    # "Ratusan" fits both figures: never a conflict of its own
    assert not _conflicting(report, "Ratusan")


_QUOTED = {
    "id": (
        "Polisi menyita ratusan botol minuman keras di sebuah gudang, Jumat (7/11/2025).",
        '"Nilai barang bukti ini kami taksir Rp 2,4 miliar," kata Kapolres Sukabumi, AKBP '
        "Darma Putra.",
        "Menurut Darma Putra, nilai barang bukti itu Rp 2,4 miliar.",
        "Nilai barang bukti itu Rp 2,4 miliar.",
        "dikutip dari Darma Putra",
    ),
    "en": (
        "Police seized hundreds of bottles of liquor at a warehouse on Friday.",
        '"The haul is worth $3.6 million," police chief Rafael Ocampo told reporters.',
        "The haul is worth $3.6 million, according to Rafael Ocampo.",
        "The haul is worth $3.6 million.",
        "attributed to Rafael Ocampo",
    ),
}


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("other_attributes", [True, False])
def test_a_figure_inside_a_named_speakers_quote_is_attributed_to_the_speaker(
    lang, other_attributes
):
    lead, quoted, attributed, stated, credited = _QUOTED[lang]
    other = attributed if other_attributes else stated
    report = run(("Warehouse raid", f"{lead} {quoted}"), ("Warehouse raided", f"{lead} {other}"))
    found = of_type(report, "attribution")
    if other_attributes:
        assert not found  # both credit the figure to the police chief
    else:
        assert len(found) == 1 and credited in found[0].message


@pytest.mark.parametrize(
    ("first", "second", "agree"),
    [
        ("2,5 ton", "2.500 kilogram", True),
        ("3 ton", "3.000 kg", True),
        ("4,8 kilometer", "4.800 meter", True),
        ("2 km2", "200 hektare", True),
        ("2,5 ton", "250 kilogram", False),
    ],
)
def test_figures_of_one_quantity_in_two_units_are_compared_in_one(first, second, agree):
    report = run_texts(
        f"Aparat gabungan menyita {first} ganja dari sebuah truk di Lampung, Rabu (5/11/2025).",
        f"Petugas menyita {second} ganja dari truk yang melintas di Lampung, Rabu (5/11/2025).",
    )
    assert _agreed(report, first, second) is agree


def test_an_article_writing_one_quantity_in_two_units_keeps_them_apart():
    report = run_texts(
        "Kolom abu setinggi 3.000 meter teramati. Radius bahaya diperluas menjadi 3 kilometer.",
        "Gunung itu melontarkan abu setinggi 3.000 meter. Warga diminta menjauh sejauh 5 "
        "kilometer dari kawah.",
    )
    assert not _agreed(report, "3 kilometer", "3.000 meter")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("killed at least 23 workers", "Thirty-two workers were killed"),
        ("killed at least 41 workers", "Fourteen workers were killed"),
    ],
)
def test_swapped_digits_under_a_bound_are_a_possible_slip_not_compatible(first, second):
    report = run(
        (
            "Fire at a Chittagong warehouse",
            f"A fire at a warehouse in Chittagong {first} on Monday, fire officials said.",
        ),
        (
            "Warehouse fire in Bangladesh",
            f"{second} when a fire swept through a warehouse in Chittagong on Monday.",
        ),
    )
    assert len(of_type(report, "conflict")) == 1
    assert not any("compatible" in f.message for f in of_type(report, "agreement"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Para nelayan yang sudah melaut puluhan tahun di teluk itu mengaku tidak pernah "
        'diberi tahu. "Kami bukan menolak proyek, kami minta ganti rugi yang adil," kata '
        "Ketua Kelompok Nelayan, Samsul Arifin.",
        "Warga mengaku tidak pernah diundang ke rapat. Mereka tidak menolak pembangunan.",
    ],
)
def test_a_claim_nobody_denies_is_no_disputed_claim(sentence):
    report = run(
        (
            "Reklamasi Teluk Ditolak Nelayan",
            "Proyek reklamasi di teluk itu dimulai pekan lalu, Selasa (4/11/2025).",
        ),
        (
            "Nelayan Protes Reklamasi",
            f"Proyek reklamasi teluk dimulai, Selasa (4/11/2025). {sentence}",
        ),
    )
    assert not [f for f in of_type(report, "unique") if f.slot == "claim"]


def test_a_claim_another_source_denies_is_still_disputed():
    report = run(
        ("Reklamasi Teluk", "Proyek reklamasi di teluk itu dimulai, Selasa (4/11/2025)."),
        (
            "Nelayan Protes Reklamasi",
            "Proyek reklamasi teluk dimulai, Selasa (4/11/2025). Pengembang mengklaim proyek "
            "itu sudah mengantongi izin lingkungan. Kelompok nelayan membantah klaim tersebut.",
        ),
    )
    assert [f for f in of_type(report, "unique") if f.slot == "claim"]


@pytest.mark.parametrize(
    ("first", "second", "shown"),
    [
        ("empat di antaranya luka berat", "Empat korban luka berat", "Empat korban"),
        ("Empat korban luka berat", "empat di antaranya luka berat", "Empat korban"),
    ],
)
def test_an_agreement_names_what_its_figure_counts(first, second, shown):
    report = run_texts(
        f"Sebanyak 19 penumpang luka-luka dalam kecelakaan bus di Cianjur, Sabtu (1/11/2025), "
        f"{first}.",
        f"Kecelakaan bus di Cianjur, Sabtu (1/11/2025), melukai 19 penumpang. {second}.",
    )
    agreed = [f for f in of_type(report, "agreement") if "4" in f.message or "mpat" in f.message]
    assert agreed and all(shown in f.message for f in agreed)


def test_an_outcome_of_another_clause_is_not_named_for_a_count_of_things():
    report = run(
        (
            "Banjir Bandang Landa Solok",
            "Banjir bandang di Solok merusak 38 rumah, Senin (3/11/2025).",
        ),
        ("Galodo di Solok", "Galodo di Solok, Senin (3/11/2025), merusak 83 rumah warga."),
        (
            "Korban Galodo Solok",
            "Sebanyak 900 warga mengungsi dan 38 rumah rusak berat akibat galodo di Solok, "
            "Senin (3/11/2025).",
        ),
    )
    houses = [f for f in of_type(report, "conflict") if mentions(f, "38 rumah", "83 rumah")]
    assert houses and all("mengungsi" not in f.message for f in houses)


def test_a_later_reports_other_evolving_counts_are_updates():
    first = (
        "Longsor di Tapanuli",
        "Longsor menimbun permukiman di Tapanuli, Senin (3/11/2025). Tim SAR mencatat sembilan "
        "warga tewas dan enam orang hilang.",
    )
    second = (
        "Sembilan Tewas Akibat Longsor Tapanuli",
        "Longsor menimbun permukiman di Tapanuli pada Senin (3/11/2025). Sembilan warga tewas, "
        "sementara enam warga hilang.",
    )
    later = (
        "Korban Longsor Tapanuli Jadi 15",
        "Jumlah korban tewas akibat longsor di Tapanuli bertambah menjadi 15 orang, Rabu "
        "(5/11/2025). Empat warga masih dinyatakan hilang.",
    )
    report = run(first, second, later)
    missing = [f for f in of_type(report, "conflict") if mentions(f, "enam", "Empat")]
    assert missing and all(f.severity == "medium" for f in missing)
    # the update's own day dates the count, not the landslide
    assert not [f for f in of_type(report, "conflict") if f.slot == "when"]


@pytest.mark.parametrize(
    ("first", "second", "referent"),
    [
        (
            "Petugas melakukan penertiban lapak",
            "Lapak pedagang digusur paksa petugas",
            "penggusuran",
        ),
        ("Dua pemuda diamankan polisi", "Dua pemuda ditangkap polisi", "penangkapan"),
        ("Serangan itu menewaskan warga", "Agresi itu menewaskan warga", "serangan"),
    ],
)
def test_new_framing_classes_tell_a_euphemism_or_a_loaded_word_from_the_plain_one(
    first, second, referent
):
    shared = "Peristiwa di Pasar Kramat itu terjadi pada Senin pagi dan disaksikan puluhan warga."
    report = run(
        ("Peristiwa Pasar Kramat", f"{first} di Pasar Kramat, Senin (3/11/2025). {shared}"),
        ("Kejadian Pasar Kramat", f"{second} di Pasar Kramat, Senin (3/11/2025). {shared}"),
    )
    assert any(referent in f.message for f in of_type(report, "framing"))


def test_a_euphemism_alone_is_no_loaded_term():
    report = run_texts(
        "Dua pemuda diamankan polisi di Pasar Kramat, Senin (3/11/2025).",
        "Polisi menyelidiki keributan di Pasar Kramat, Senin (3/11/2025).",
    )
    assert not of_type(report, "framing")


@pytest.mark.parametrize("word", ["crackdown", "massacre", "slaughter"])
def test_english_loaded_words_frame_alone(word):
    report = run(
        (
            "Security forces move on a camp",
            f"The {word} at the camp began on Monday, witnesses said.",
        ),
        ("Camp operation", "Security forces entered the camp on Monday, officials said."),
    )
    assert of_type(report, "framing")


def test_a_figure_most_outlets_carry_names_the_outlet_that_leaves_it_out():
    lead = "Gempa bermagnitudo 5,6 mengguncang Cianjur, Senin (3/11/2025)."
    texts = [f"{lead} Sebanyak 214 rumah rusak." for _ in range(3)]
    texts.append(f"{lead} Warga berhamburan keluar rumah.")
    report = run(*[(f"Gempa Cianjur {i}", t) for i, t in enumerate(texts)])
    houses = [f for f in of_type(report, "unique") if mentions(f, "214")]
    assert houses and "kecuali Outlet D" in houses[0].message


@pytest.mark.parametrize(
    ("english", "indonesian", "conflict"),
    [
        ("About 35,000 runners", "53.000 pelari", True),
        ("About 35,000 runners", "35.000 pelari", False),
    ],
)
def test_runners_in_an_english_wire_are_pelari(english, indonesian, conflict):
    report = run(
        (
            "Kenyan wins Surabaya marathon",
            f"{english} took part in the Surabaya marathon on Sunday.",
        ),
        (
            "Pelari Kenya Juarai Maraton Surabaya",
            f"Maraton Surabaya diikuti {indonesian}, Minggu (9/11/2025).",
        ),
    )
    assert _conflicting(report, english, indonesian) is conflict


def test_a_weekday_in_a_guessed_year_is_no_date_conflict():
    report = run(
        (
            "Kenyan wins Surabaya marathon",
            "SURABAYA, Nov 9 (AW) - A Kenyan runner won the Surabaya marathon on Sunday.",
        ),
        (
            "Pelari Kenya Juarai Maraton Surabaya",
            "Pelari Kenya menjuarai Maraton Surabaya, Minggu (9/11/2025).",
        ),
    )
    assert not [f for f in of_type(report, "conflict") if f.slot == "when"]


@pytest.mark.parametrize(
    ("first", "agree"),
    [
        ("Polisi menangkap dua pria di gudang itu.", True),
        ("Polisi menyita dua truk di gudang itu.", False),
    ],
)
def test_people_arrested_are_the_suspects_another_source_counts(first, agree):
    report = run_texts(
        f"Penyelundupan kayu digagalkan di Jambi, Kamis (6/11/2025). {first}",
        "Penyelundupan kayu digagalkan di Jambi, Kamis (6/11/2025). Dua tersangka kini ditahan.",
    )
    assert _agreed(report, "dua", "Dua tersangka") is agree


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("Jembatan yang berdiri sejak 1986 itu menjadi akses utama warga.", True),
        ("Jembatan yang berdiri sejak 1968 itu menjadi akses utama warga.", False),
    ],
)
def test_each_texts_only_year_with_its_digits_swapped_conflicts(second, conflict):
    report = run_texts(
        "Jembatan gantung di Kuningan putus, Senin (3/11/2025). Jembatan itu dibangun pada 1968.",
        f"Jembatan gantung di Kuningan putus, Senin (3/11/2025). {second}",
    )
    years = [f for f in of_type(report, "conflict") if mentions(f, "1968")]
    assert bool(years) is conflict
    assert all(f.message.startswith("Tahun") for f in years)
