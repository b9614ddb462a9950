"""Rules added after blind review 8 (a grandstand collapse, an umrah bus crash abroad, a drought,
a rabies outbreak, an exam-cheating ring, fishermen held at a sea border, an airfare ceiling,
a coral survey, a prison riot told in English and Indonesian, a control of two events in one
city on one day), pinned with sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from compare_helpers import mentions, of_type, run
from kroscek.compare import compare
from kroscek.data import RawArticle


@pytest.mark.parametrize(
    ("a", "b", "words"),
    [
        (
            (
                "Pemutihan karang di Wakatobi meluas",
                "Pemutihan karang melanda 64 persen terumbu yang disurvei di Taman Nasional "
                "Wakatobi tahun ini, kata para peneliti, Rabu. Suhu laut naik sejak Maret.",
            ),
            (
                "Survei udara: terumbu Wakatobi stres panas",
                "Survei udara yang dirilis Rabu menemukan 46 persen terumbu menunjukkan tanda "
                "stres panas. Penyelam akan memeriksa 40 titik.",
            ),
            ("64 persen", "46 persen"),
        ),
        (
            (
                "New freight railway opens",
                "The new freight line runs 1,450 kilometres across three provinces, the "
                "transport ministry said on Monday. It cost $2 billion.",
            ),
            (
                "Freight trains start rolling",
                "Freight trains will cover 1,540 km of new track between the port and the "
                "capital, officials said on Monday.",
            ),
            ("1,450 kilometres", "1,540 km"),
        ),
    ],
)
def test_one_measured_figure_written_with_its_digits_swapped_conflicts(
    a: tuple[str, str], b: tuple[str, str], words: tuple[str, str]
) -> None:
    found = of_type(run(a, b), "conflict")
    assert any(mentions(f, *words) for f in found)
    uniques = of_type(run(a, b), "unique")
    assert not any(mentions(f, words[0]) or mentions(f, words[1]) for f in uniques)


def test_two_unrelated_shares_with_swapped_digits_stay_apart() -> None:
    a = (
        "Harga beras naik",
        "Harga beras medium di pasar induk naik 12 persen sepanjang bulan ini.",
    )
    b = (
        "Turnout in the village vote",
        "Partisipasi pemilih dalam pemilihan kepala desa hanya 21 persen, terendah sejak 2015.",
    )
    assert not of_type(run(a, b), "conflict")


def test_two_lower_bounds_with_swapped_digits_are_one_toll_miscopied() -> None:
    a = (
        "At least 42 miners killed in coal mine blast",
        "At least 42 miners were killed on Monday in a methane blast at a coal mine, "
        "the mining ministry said. Rescuers pulled 15 others out alive.",
    )
    b = (
        "Ledakan Tambang Batu Bara, Sedikitnya 24 Penambang Tewas",
        "Sedikitnya 24 penambang tewas dalam ledakan gas metana di sebuah tambang batu bara, "
        "Senin. Tim penyelamat mengevakuasi 15 penambang lain dalam keadaan hidup.",
    )
    found = of_type(run(a, b), "conflict")
    assert any(mentions(f, "42 miners", "24 penambang") for f in found)


def test_inmates_and_narapidana_count_one_group_across_languages() -> None:
    a = (
        "Fire at overcrowded jail",
        "About 3,000 inmates were moved after a fire at the overcrowded city jail on Tuesday.",
    )
    b = (
        "Kebakaran di penjara kota",
        "Sekitar 3.000 narapidana dipindahkan setelah kebakaran di penjara kota yang penuh "
        "sesak, Selasa.",
    )
    agreed = of_type(run(a, b), "agreement")
    assert any(mentions(f, "3,000 inmates", "3.000 narapidana") for f in agreed)


def test_a_headline_toll_states_the_body_toll_of_another_noun() -> None:
    a = (
        "Perahu Terbalik di Danau Toba, 5 Orang Tewas",
        "Lima penumpang meninggal setelah perahu kayu terbalik di Danau Toba, Sabtu sore. "
        "Perahu itu membawa 30 penumpang dan dua awak. Sebanyak 23 penumpang selamat.",
    )
    b = (
        "Korban Perahu Terbalik di Danau Toba Bertambah Jadi Tujuh Orang",
        "Jumlah korban meninggal akibat perahu terbalik di Danau Toba bertambah menjadi "
        "tujuh orang, Minggu. Tim SAR gabungan masih menyisir perairan sekitar dermaga.",
    )
    found = of_type(run(a, b), "conflict")
    assert any(mentions(f, "Lima penumpang", "tujuh orang") for f in found)


@pytest.mark.parametrize(
    ("a", "b", "words"),
    [
        (
            (
                "Pungli di terminal dibongkar",
                "Polisi membongkar praktik pungutan liar di Terminal Tirtonadi. Sebanyak 8 orang "
                "ditetapkan sebagai tersangka dalam kasus itu.",
            ),
            (
                "Enam tersangka pungli terminal ditahan",
                "Polisi menahan enam tersangka pungutan liar di Terminal Tirtonadi. Mereka "
                "menarik uang dari sopir bus setiap hari.",
            ),
            ("8 orang", "enam tersangka"),
        ),
        (
            (
                "Beasiswa untuk mahasiswa Aceh",
                "Pemprov menyalurkan beasiswa kepada mahasiswa dari sembilan perguruan tinggi "
                "negeri di Aceh.",
            ),
            (
                "Beasiswa pemprov cair",
                "Beasiswa pemprov tahun ini menyasar mahasiswa dari enam kampus negeri di Aceh.",
            ),
            ("sembilan perguruan", "enam kampus"),
        ),
    ],
)
def test_a_count_named_by_its_predicate_or_a_synonym_conflicts(
    a: tuple[str, str], b: tuple[str, str], words: tuple[str, str]
) -> None:
    found = of_type(run(a, b), "conflict")
    assert any(mentions(f, *words) for f in found)


@pytest.mark.parametrize(
    ("x", "y"),
    [("Katherine Dalton", "Kathryn Dalton"), ("Rebecca Lindqvist", "Rebekah Lindqvist")],
)
def test_a_first_name_spelt_two_ways_under_one_surname_is_a_variant(x: str, y: str) -> None:
    a = (
        "Sekolah dibuka kembali",
        f"Kepala sekolah {x} mengatakan kegiatan belajar dimulai Senin. Ruang kelas yang "
        "rusak sudah diperbaiki.",
    )
    b = (
        "Sekolah kembali dibuka Senin",
        f"Menurut kepala sekolah {y}, murid kembali belajar mulai Senin setelah renovasi.",
    )
    found = of_type(run(a, b), "variant")
    assert any(mentions(f, x, y) for f in found)


def test_two_people_of_one_surname_named_in_one_article_are_no_variant() -> None:
    a = (
        "Pasangan atlet juara",
        "Rina Susanto dan adiknya Rita Susanto sama-sama meraih emas di kejuaraan nasional.",
    )
    b = (
        "Kakak beradik raih emas",
        "Rita Susanto meraih emas nomor tunggal, sedangkan kakaknya juga juara di nomor ganda.",
    )
    found = of_type(run(a, b), "variant")
    assert not any(mentions(f, "Rina") for f in found)


def test_a_country_named_in_each_language_is_no_spelling_variant() -> None:
    a = (
        "Floods hit Colombia",
        "Floods killed 12 people in Colombia on Monday, the disaster agency said.",
    )
    b = (
        "Banjir landa Kolombia",
        "Banjir menewaskan 12 orang di Kolombia, Senin, kata badan penanggulangan bencana.",
    )
    assert not of_type(run(a, b), "variant")


def test_a_headline_length_in_words_against_its_body_is_a_mismatch() -> None:
    a = (
        "Listrik Padam Bergilir Empat Jam Sehari di Kota Kendari",
        "PLN memberlakukan pemadaman bergilir di Kota Kendari selama dua jam sehari mulai "
        "Senin karena pembangkit rusak.",
    )
    b = (
        "Pemadaman bergilir di Kendari",
        "Pemadaman bergilir dua jam sehari berlaku di Kendari sampai perbaikan selesai.",
    )
    found = of_type(run(a, b), "headline_mismatch")
    assert any(mentions(f, "Empat Jam", "dua jam") for f in found)


def test_two_leads_counting_one_noun_in_like_words_conflict() -> None:
    a = (
        "Nelayan Ranai ditangkap aparat asing",
        "Sebanyak 9 nelayan asal Kota Ranai, Kepulauan Riau, ditangkap badan maritim negara "
        "tetangga di Laut Natuna Utara, Kamis (19/11/2026) dini hari. Mereka berada di atas "
        "dua perahu motor.\n\nPenangkapan serupa terjadi Juli lalu ketika lima nelayan "
        "ditahan dua bulan.",
    )
    b = (
        "Aparat asing tahan nelayan Ranai",
        "Kapal patroli negara tetangga menahan 6 nelayan asal Ranai saat mereka menebar jaring "
        "pada Kamis malam, menurut keluarga para awak.\n\nSejak awal tahun, 31 nelayan Kepri "
        "sudah ditangkap aparat asing.",
    )
    found = of_type(run(a, b), "conflict")
    assert any(mentions(f, "9 nelayan", "6 nelayan") for f in found)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Biaya jasa itu mencapai Rp 80 juta untuk satu peserta ujian.", "satu peserta"),
        ("Tiket masuk dijual Rp 25.000 per satu orang dewasa.", "satu orang"),
    ],
)
def test_the_unit_of_a_rate_is_no_unique_figure(sentence: str, figure: str) -> None:
    a = ("Kasus di desa", f"Petugas mendatangi desa itu pada Senin. {sentence}")
    b = ("Petugas datangi desa", "Petugas mendatangi desa itu pada Senin pagi untuk memeriksa.")
    uniques = of_type(run(a, b), "unique")
    assert not any(mentions(f, figure) for f in uniques)


@pytest.mark.parametrize(
    ("a", "b", "cue"),
    [
        (
            (
                "Kemarau panjang di NTB",
                "BMKG memprakirakan puncak kemarau di Nusa Tenggara Barat terjadi pada "
                "pertengahan Agustus. Petani diminta menunda tanam padi.",
            ),
            (
                "Petani NTB tunda tanam",
                "Puncak kemarau di Nusa Tenggara Barat terjadi pada pertengahan Agustus. Dinas "
                "pertanian menyiapkan pompa air.",
            ),
            "memprakirakan",
        ),
        (
            (
                "Dry season to last",
                "The weather agency forecast that the rainy season would begin only in "
                "mid-December. Farmers have delayed planting.",
            ),
            (
                "Farmers wait for rain",
                "The rainy season would begin only in mid-December. Farmers in the east have "
                "delayed planting rice.",
            ),
            "forecast",
        ),
    ],
)
def test_a_forecast_verb_attributes_what_another_outlet_states(
    a: tuple[str, str], b: tuple[str, str], cue: str
) -> None:
    found = of_type(run(a, b), "attribution")
    assert any(mentions(f, cue) for f in found)


def test_a_month_abbreviated_and_written_in_full_is_one_context_word() -> None:
    published = datetime(2027, 3, 8, 9, 0)
    a = RawArticle(
        "mem:0",
        "Rail fares cut for Easter",
        "The rail operator cut fares on Monday after complaints about prices. The reduced "
        "fares will apply to trains departing from Mar. 28 to Apr. 6 and cover every class.",
        source="Outlet A",
        published=published,
    )
    b = RawArticle(
        "mem:1",
        "Cheaper train tickets over Easter",
        "Rail passengers will pay less over Easter, the operator said on Monday. The discount "
        "runs for trains between March 30 and April 6. Tickets go on sale next week.",
        source="Outlet B",
        published=published,
    )
    found = of_type(compare([a, b]), "conflict", "when")
    assert any(mentions(f, "Mar. 28", "March 30") for f in found)


def test_one_vague_count_in_two_languages_agrees() -> None:
    a = (
        "Families wait for news at the mine",
        "Dozens of families gathered at the mine gate on Tuesday night, waiting for news of "
        "the trapped men.",
    )
    b = (
        "Keluarga menunggu kabar di tambang",
        "Puluhan keluarga berkumpul di gerbang tambang pada Selasa malam menunggu kabar para "
        "penambang yang terjebak.",
    )
    report = run(a, b)
    assert any(
        mentions(f, "Dozens of families", "Puluhan keluarga") for f in of_type(report, "agreement")
    )
    assert not any(mentions(f, "Puluhan keluarga") for f in of_type(report, "unique"))


def test_each_leads_only_share_conflicts_in_articles_sharing_a_sentence() -> None:
    a = (
        "Minimum wage to rise next year",
        "The government will raise the minimum wage by 6 percent next year, the labour "
        "ministry said on Friday, after weeks of talks with unions. Employers had asked for a "
        "freeze. The new rate takes effect in January and covers factory and shop workers.",
    )
    b = (
        "Workers win pay rise",
        "Workers on the lowest wages will get an 8% rise from January under a deal struck "
        "between employers and unions. The new rate takes effect in January and covers "
        "factory and shop workers.",
    )
    found = of_type(run(a, b), "conflict")
    assert any(mentions(f, "6 percent", "8%") for f in found)


def test_lead_figures_of_one_unit_far_apart_stay_apart() -> None:
    a = (
        "Rupiah slips",
        "The rupiah weakened to 15,090 per US dollar on Monday as importers bought dollars.",
    )
    b = (
        "Lira hits low",
        "The lira fell to 42.1 per US dollar on Monday after the central bank held rates.",
    )
    assert not of_type(run(a, b), "conflict")


def test_a_count_still_in_hospital_a_day_later_is_no_conflict_with_those_treated() -> None:
    a = (
        "Truk Terguling di Tanjakan Emen",
        "Truk bak terbuka terguling di Tanjakan Emen, Subang, Sabtu. Sebanyak 9 penumpang "
        "mendapat perawatan di RSUD Subang.",
    )
    b = (
        "Korban Truk Terguling Mulai Pulang",
        "Truk bak terbuka terguling di Tanjakan Emen, Subang, Sabtu. Kini 6 penumpang masih "
        "dirawat di RSUD Subang, sisanya sudah pulang.",
    )
    found = of_type(run(a, b), "conflict")
    assert not any(mentions(f, "9 penumpang", "6 penumpang") for f in found)
