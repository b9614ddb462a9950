"""Claim grouping end to end: articles as a reader gives them, findings as a user reads them.

These run the real pipeline (clean, extract, align, findings) on short articles written for
these tests, so that what is pinned is what a fact-checker would see.
"""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type, run

COMPATIBLE = [
    (
        (
            "Puluhan Pejabat Diperiksa",
            "Lebih dari 20 pejabat diperiksa penyidik di kantor "
            "kejaksaan setelah operasi tangkap tangan pada Kamis (11/1/2024).",
        ),
        (
            "Pejabat Diperiksa Jaksa",
            "Sebanyak 23 pejabat diperiksa penyidik di kantor "
            "kejaksaan setelah operasi tangkap tangan pada Kamis (11/1/2024).",
        ),
        ("20", "23"),
    ),
    (
        (
            "Pabrik Cat Terbakar",
            "Sedikitnya 10 pekerja tewas dalam kebakaran pabrik cat di "
            "kawasan industri itu pada Kamis (16/11/2023).",
        ),
        (
            "Kebakaran Pabrik Cat",
            "Sebanyak 12 pekerja tewas dalam kebakaran pabrik cat di "
            "kawasan industri itu pada Kamis (16/11/2023).",
        ),
        ("10", "12"),
    ),
    (
        (
            "Stadium Full for Derby",
            "More than 30,000 spectators watched the derby at the "
            "national stadium on Saturday evening, the organisers said.",
        ),
        (
            "Derby Draws Crowd",
            "A crowd of 32,000 spectators watched the derby at the "
            "national stadium on Saturday evening, the organisers said.",
        ),
        ("30,000", "32,000"),
    ),
]


@pytest.mark.parametrize(("a", "b", "figures"), COMPATIBLE)
def test_a_bound_and_a_figure_inside_it_are_neither_unique_nor_a_conflict(
    a: tuple[str, str], b: tuple[str, str], figures: tuple[str, str]
) -> None:
    report = run(a, b)
    about = [f for f in report.findings if any(mentions(f, n) for n in figures)]
    assert not [f for f in about if f.type in ("unique", "conflict")]
    assert [f for f in about if f.type == "agreement" and f.severity == "info"]


ONE_TOLL = [
    (
        (
            "Kapal Tenggelam",
            "Sebanyak 23 penumpang dilaporkan tewas dalam kecelakaan kapal "
            "di perairan Selat Makassar pada Senin (3/4/2023).",
        ),
        (
            "Kapal Karam",
            "Sebanyak 32 orang tewas dalam kecelakaan kapal di perairan Selat "
            "Makassar pada Senin (3/4/2023).",
        ),
        ("23", "32"),
    ),
    (
        (
            "Wabah Campak",
            "Sebanyak 980 kasus tercatat sejak Januari, 16 di antaranya "
            "meninggal dunia, kata kepala dinas kesehatan.",
        ),
        (
            "Campak Mewabah",
            "Sebanyak 980 kasus tercatat sejak Januari, 61 orang di "
            "antaranya meninggal dunia, kata kepala dinas kesehatan.",
        ),
        ("16", "61"),
    ),
    (
        (
            "Bus Crash Kills Dozens",
            "Some 18 passengers were killed when the bus plunged "
            "into a ravine in the highlands on Friday.",
        ),
        (
            "Bus Plunges Into Ravine",
            "A total of 81 people were killed when the bus plunged "
            "into a ravine in the highlands on Friday.",
        ),
        ("18", "81"),
    ),
    (
        (
            "Galian Tambang Runtuh",
            "Sebanyak 9 penambang tewas setelah dinding galian tambang timah "
            "runtuh di Bangka Barat pada Rabu (5/2/2025).",
        ),
        (
            "Tambang Timah Longsor",
            "Sebanyak 19 orang tewas setelah dinding galian tambang timah "
            "runtuh di Bangka Barat pada Rabu (5/2/2025).",
        ),
        ("9", "19"),
    ),
]


@pytest.mark.parametrize(("a", "b", "figures"), ONE_TOLL)
def test_one_death_toll_in_different_words_is_a_conflict(
    a: tuple[str, str], b: tuple[str, str], figures: tuple[str, str]
) -> None:
    report = run(a, b)
    conflicts = [f for f in of_type(report, "conflict") if mentions(f, *figures)]
    assert len(conflicts) == 1 and conflicts[0].severity == "high"
    assert not [f for f in of_type(report, "unique") if any(mentions(f, n) for n in figures)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            (
                "Soldiers Killed",
                "Gunmen killed 17 soldiers at a checkpoint near the border on "
                "Monday, and 23 attackers were killed in the fighting, the army said.",
            ),
            (
                "Checkpoint Attacked",
                "Gunmen killed 17 soldiers at a checkpoint near the border "
                "on Monday, the army said. It said 6 attackers were killed.",
            ),
        ),
        (
            (
                "Pos Diserang",
                "Sebanyak 17 tentara tewas dalam serangan di pos perbatasan pada "
                "Senin (6/5/2024), sementara 23 penyerang tewas dalam baku tembak.",
            ),
            (
                "Serangan Pos Perbatasan",
                "Sebanyak 17 tentara tewas dalam serangan di pos "
                "perbatasan pada Senin (6/5/2024), kata juru bicara militer.",
            ),
        ),
    ],
)
def test_deaths_on_two_sides_of_a_fight_are_not_one_toll(
    a: tuple[str, str], b: tuple[str, str]
) -> None:
    report = run(a, b)
    assert not [f for f in of_type(report, "conflict") if mentions(f, "17", "23")]


HEAD_SWAPS = [
    (
        "Banjir Bandang Terjang Sulawesi Utara, Ratusan Rumah Rusak",
        "Banjir bandang merendam ratusan rumah di tiga kabupaten di Sulawesi Selatan pada "
        "Kamis (7/3/2024). Pemerintah Sulawesi Selatan membuka posko pengungsian.",
        "Banjir bandang melanda tiga kabupaten di Sulawesi Selatan pada Kamis (7/3/2024), "
        "merendam ratusan rumah warga.",
        "Sulawesi Utara",
    ),
    (
        "Kapal Motor Karam di Perairan Nusa Tenggara Barat",
        "Sebuah kapal motor karam di perairan Nusa Tenggara Timur pada Minggu (5/5/2024). "
        "Tim SAR menyisir perairan Nusa Tenggara Timur hingga malam.",
        "Kapal motor itu karam di perairan Nusa Tenggara Timur pada Minggu (5/5/2024).",
        "Nusa Tenggara Barat",
    ),
    (
        "Wildfire Spreads Across West Kalimantan",
        "A wildfire spread across peatland in East Kalimantan on Tuesday, officials said. "
        "Firefighters in East Kalimantan struggled to contain the blaze.",
        "Firefighters battled a peatland wildfire in East Kalimantan on Tuesday.",
        "West Kalimantan",
    ),
]


@pytest.mark.parametrize(("title", "body", "other", "named"), HEAD_SWAPS)
def test_a_headline_place_swapped_for_one_with_the_same_head_word_is_a_mismatch(
    title: str, body: str, other: str, named: str
) -> None:
    report = run((title, body), ("Berita Lain", other))
    found = of_type(report, "headline_mismatch")
    assert len(found) == 1 and found[0].severity == "high"
    assert named in found[0].evidence[0].text or found[0].evidence[0].text in named


@pytest.mark.parametrize(
    ("title", "body", "other"),
    [
        (
            "Banjir Bandang Terjang Sulawesi Utara",
            "Banjir bandang merendam ratusan rumah di Sulawesi Selatan dan Sulawesi Utara pada "
            "Kamis (7/3/2024). Sulawesi Selatan paling parah.",
            "Banjir bandang melanda Sulawesi Selatan pada Kamis (7/3/2024).",
        ),
        (
            "Wildfire Spreads in Kalimantan",
            "A wildfire spread across peatland in East Kalimantan on Tuesday, officials said.",
            "Firefighters battled a peatland wildfire in East Kalimantan on Tuesday.",
        ),
    ],
)
def test_a_headline_place_the_body_also_names_is_not_a_mismatch(
    title: str, body: str, other: str
) -> None:
    report = run((title, body), ("Berita Lain", other))
    assert not of_type(report, "headline_mismatch")


@pytest.mark.parametrize(
    ("a", "b", "c"),
    [
        (
            "Pasangan nomor urut 1 meraih 61,4 persen suara dan pasangan nomor urut 2 "
            "memperoleh 38,6 persen suara dalam hitung cepat pada Rabu (27/11/2024).",
            "Pasangan nomor urut 1 meraih 61,4 persen suara, sedangkan pasangan nomor urut 2 "
            "memperoleh 38,6 persen suara dalam hitung cepat pada Rabu (27/11/2024).",
            "Pasangan nomor urut 1 meraih 64,1 persen suara dalam hitung cepat pada Rabu "
            "(27/11/2024).",
        ),
        (
            "The incumbent won 61.4 percent of the vote and the challenger took 38.6 percent "
            "in the count released on Wednesday.",
            "The incumbent won 61.4 percent of the vote, while the challenger took 38.6 "
            "percent in the count released on Wednesday.",
            "The incumbent won 64.1 percent of the vote in the count released on Wednesday.",
        ),
    ],
)
def test_a_figure_conflicts_only_with_the_claim_it_matches_best(a: str, b: str, c: str) -> None:
    report = run(("Hasil Hitung Cepat", a), ("Hitung Cepat", b), ("Hasil Pilkada", c))
    conflicts = [f for f in of_type(report, "conflict") if f.slot.startswith("number")]
    assert len(conflicts) == 1
    assert mentions(conflicts[0], "61", "64")
    assert not mentions(conflicts[0], "38")


@pytest.mark.parametrize(
    ("a", "b", "dates"),
    [
        (
            "The peso weakened to 58.20 per US dollar on Monday, March 4, 2024, its weakest "
            "close in five weeks, as traders braced for a hawkish central bank.",
            "The peso slid against the US dollar on Tuesday, March 5, 2024, pressured by "
            "expectations that interest rates will stay high through the summer.",
            ("March 4", "March 5"),
        ),
        (
            "Harga emas Antam naik Rp 12.000 per gram pada Kamis (7/3/2024), tertinggi "
            "sepanjang sejarah perdagangan logam mulia di dalam negeri.",
            "Harga emas Antam melonjak ke rekor tertinggi pada Jumat (8/3/2024) setelah "
            "investor memburu aset aman di tengah gejolak pasar global.",
            ("7/3/2024", "8/3/2024"),
        ),
    ],
)
def test_the_leads_dated_differently_are_a_when_conflict(
    a: str, b: str, dates: tuple[str, str]
) -> None:
    report = run(("Kurs Melemah", a), ("Kurs Tertekan", b))
    found = [f for f in of_type(report, "conflict") if f.slot == "when"]
    assert len(found) == 1 and mentions(found[0], *dates)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            ("Banjir", "Banjir merendam 300 rumah di Kecamatan Cikarang pada Senin (20/1/2025)."),
            ("Stasiun Baru", "Gubernur meresmikan lima stasiun kereta pada Selasa (21/1/2025)."),
        ),
        (
            (
                "Kapal Tenggelam",
                "Kapal motor tenggelam di perairan Selat Bali pada Senin "
                "(13/3/2023) malam saat membawa puluhan penumpang.",
            ),
            (
                "Pencarian Korban",
                "Tim SAR pada Selasa (14/3/2023) masih mencari korban kapal "
                "motor yang tenggelam di perairan Selat Bali.",
            ),
        ),
    ],
)
def test_leads_of_another_event_or_a_later_day_are_not_a_when_conflict(
    a: tuple[str, str], b: tuple[str, str]
) -> None:
    report = run(a, b)
    assert not [f for f in of_type(report, "conflict") if f.slot == "when"]


@pytest.mark.parametrize(
    ("a", "b", "keys"),
    [
        (
            "Menurut polisi, sekitar 3.000 pengunjuk rasa mengikuti aksi di depan gedung "
            "parlemen pada Selasa (5/3/2024).",
            "Panitia aksi mengklaim 15.000 pengunjuk rasa mengikuti aksi di depan gedung "
            "parlemen pada Selasa (5/3/2024).",
            ("3.000", "Menurut polisi", "15.000", "mengklaim"),
        ),
        (
            "According to the police, about 3,000 protesters joined the march outside "
            "parliament on Tuesday.",
            "The organisers claimed 15,000 protesters joined the march outside parliament on "
            "Tuesday.",
            ("3,000", "According to the police", "15,000", "claimed"),
        ),
    ],
)
def test_conflicting_figures_one_quoted_and_one_claimed_are_also_an_attribution(
    a: str, b: str, keys: tuple[str, ...]
) -> None:
    report = run(("Aksi Massa", a), ("Unjuk Rasa", b))
    assert [f for f in of_type(report, "conflict") if mentions(f, keys[0], keys[2])]
    found = of_type(report, "attribution")
    assert len(found) == 1 and mentions(found[0], *keys)


def test_a_compatible_figure_the_other_source_claims_joins_the_attribution() -> None:
    report = run(
        ("Attack", "According to the army, more than 20 attackers were killed in the raid."),
        ("Raid", "The army claimed 23 attackers were killed in the raid on the post."),
        ("Post Raided", "More than 20 attackers were killed in the raid on the army post."),
    )
    found = of_type(report, "attribution")
    assert len(found) == 1
    assert mentions(found[0], "20 attackers", "23 attackers", "According to the army", "claimed")


@pytest.mark.parametrize(
    ("short", "full", "alias"),
    [
        ("Andika-Hendi", "Andika Perkasa-Hendrar Prihadi", True),
        ("Bobby-Surya", "Bobby Nasution dan Surya", True),
        ("Anies-Muhaimin", "Prabowo Subianto-Gibran Rakabuming", False),
        ("Andika", "Andika Perkasa", False),
    ],
)
def test_a_pair_named_short_and_full_is_one_pair(short: str, full: str, alias: bool) -> None:
    from kroscek.compare.findings.conflict import is_pair_alias

    assert is_pair_alias(short, full) is alias


def test_a_ticket_named_short_and_full_in_a_copied_sentence_is_not_a_who_conflict() -> None:
    report = run(
        (
            "Hitung Cepat",
            "Pasangan Rudi-Yanto meraih 58,1 persen suara dalam hitung cepat "
            "pilkada Kabupaten Sleman pada Rabu (27/11/2024).",
        ),
        (
            "Hasil Pilkada",
            "Pasangan Rudi Hartono-Yanto Sumarno meraih 58,1 persen suara dalam "
            "hitung cepat pilkada Kabupaten Sleman pada Rabu (27/11/2024).",
        ),
    )
    assert not [f for f in of_type(report, "conflict") if f.slot == "who"]


def test_a_spelling_variant_lists_full_names_not_their_short_forms() -> None:
    report = run(
        (
            "Vonis Korupsi",
            "Majelis hakim memvonis mantan kepala dinas Rahmat Hidayatullah 6 "
            "tahun penjara pada Senin (12/6/2023). Rahmat menyatakan pikir-pikir.",
        ),
        (
            "Mantan Kadis Divonis",
            "Majelis hakim memvonis mantan kepala dinas Rahmad "
            "Hidayatullah 6 tahun penjara pada Senin (12/6/2023). Rahmad langsung banding.",
        ),
    )
    found = [f for f in of_type(report, "variant") if f.slot == "entity:PER"]
    assert len(found) == 1
    assert {e.text for e in found[0].evidence} == {"Rahmat Hidayatullah", "Rahmad Hidayatullah"}


@pytest.mark.parametrize(
    ("a", "b", "figure"),
    [
        (
            (
                "Peso Slides",
                "The peso weakened to its lowest level in three months on Monday "
                "as traders priced in fewer rate cuts.",
            ),
            (
                "Peso Hits Three-Month Low",
                "The peso fell on Monday as traders priced in fewer rate cuts by the central bank.",
            ),
            "three months",
        ),
    ],
)
def test_a_figure_the_other_headline_writes_is_not_unique(
    a: tuple[str, str], b: tuple[str, str], figure: str
) -> None:
    report = run(a, b)
    assert not [f for f in of_type(report, "unique") if mentions(f, figure)]


def test_an_attribution_whose_source_has_no_letters_is_not_a_stance() -> None:
    from kroscek.align import align
    from kroscek.compare.findings import find_attributions
    from kroscek.data import Article, Fact

    ta = '"Sebanyak 120 rumah rusak," ungkap " kepala desa itu.'
    tb = "Sebanyak 120 rumah rusak akibat banjir di desa itu."
    at = ta.index("120")
    num_a = Fact("number", "rumah", 120.0, "120 rumah", at, at + 9, "text", {"qualifier": "exact"})
    cue = ta.index("ungkap")
    attr = Fact(
        "attribution", "attributed", '"', "ungkap", cue, cue + 6, "text", {"scope": [0, len(ta)]}
    )
    num_b = Fact("number", "rumah", 120.0, "120 rumah", 9, 18, "text", {"qualifier": "exact"})
    a = Article("a", "Outlet A", "Banjir", ta, lang="id", facts=(num_a, attr))
    b = Article("b", "Outlet B", "Banjir", tb, lang="id", facts=(num_b,))
    assert ta[at : at + 9] == tb[9:18] == "120 rumah"
    assert not find_attributions([a, b], align([a, b]))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            (
                "Longsor",
                "Longsor menimbun permukiman di lereng bukit itu pada Senin (4/3/2024) "
                "dan 5 anak tewas tertimbun material.",
            ),
            (
                "Longsor Tewaskan Warga",
                "Longsor menimbun permukiman di lereng bukit itu pada "
                "Senin (4/3/2024) dan 12 orang tewas tertimbun material.",
            ),
        ),
        (
            (
                "Landslide",
                "The landslide buried homes on the hillside on Monday and 5 children "
                "were killed under the mud.",
            ),
            (
                "Landslide Kills Villagers",
                "The landslide buried homes on the hillside on Monday "
                "and 12 people were killed under the mud.",
            ),
        ),
    ],
)
def test_a_part_of_the_dead_is_not_another_figure_for_the_toll(
    a: tuple[str, str], b: tuple[str, str]
) -> None:
    report = run(a, b)
    assert not [f for f in of_type(report, "conflict") if mentions(f, "5", "12")]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            (
                "Ferry Sinks",
                "A ferry sank off Sulawesi on Monday, killing 15 passengers, while "
                "2 crew members died later in hospital.",
            ),
            (
                "Ferry Disaster",
                "At least 17 people died when a ferry sank off Sulawesi on Monday, officials said.",
            ),
        ),
        (
            (
                "Feri Tenggelam",
                "Kapal feri tenggelam di perairan Sulawesi pada Senin (4/3/2024). "
                "Sebanyak 15 penumpang tewas, sementara 2 awak kapal meninggal di rumah sakit.",
            ),
            (
                "Feri Karam",
                "Sebanyak 17 orang tewas setelah kapal feri tenggelam di perairan "
                "Sulawesi pada Senin (4/3/2024).",
            ),
        ),
    ],
)
def test_a_toll_split_by_group_is_not_contradicted_by_its_total(
    a: tuple[str, str], b: tuple[str, str]
) -> None:
    report = run(a, b)
    assert not [f for f in of_type(report, "conflict") if mentions(f, "15", "17")]


# Each article's only figure of one quantity, one of them hedged or claimed: one figure
# reported two ways, so a conflict that shows how each side holds it.
SOLE_FIGURES = [
    (
        (
            "Klub Rekrut Penyerang Baru",
            "Persija dikabarkan membayar Rp36 miliar untuk memboyong penyerang asal "
            "Brasil itu dari klub Jepang pada Rabu (4/6/2025).",
        ),
        (
            "Penyerang Brasil Gabung Persija",
            "Persija memboyong penyerang asal Brasil itu dengan nilai transfer Rp63 "
            "miliar pada Rabu (4/6/2025).",
        ),
        ("Rp36 miliar", "Rp63 miliar"),
        "dikabarkan",
    ),
    (
        (
            "Data Pasien Rumah Sakit Bocor",
            "Menurut Kementerian Kesehatan, 1,8 juta rekam medis pasien bocor dari "
            "server rumah sakit daerah pada Jumat (7/2/2025).",
        ),
        (
            "Peretas Klaim Bobol Rumah Sakit",
            "Kelompok peretas NullSec mengklaim telah mengambil 18 juta rekam medis "
            "dari server rumah sakit pada Jumat (7/2/2025).",
        ),
        ("1,8 juta", "18 juta"),
        "mengklaim",
    ),
    (
        (
            "Port Deal Signed",
            "The consortium will pay $3.4 billion for the container terminal, the "
            "ministry said on Tuesday, March 4, 2025.",
        ),
        (
            "Terminal Sold To Consortium",
            "The container terminal was sold on Tuesday, March 4, 2025, for about "
            "$4.3 billion, officials said.",
        ),
        ("$3.4 billion", "$4.3 billion"),
        "said",
    ),
]


@pytest.mark.parametrize(("a", "b", "figures", "hedge"), SOLE_FIGURES)
def test_each_sources_only_figure_of_one_quantity_conflicts_with_its_hedge_shown(
    a: tuple[str, str], b: tuple[str, str], figures: tuple[str, str], hedge: str
) -> None:
    report = run(a, b)
    conflicts = [f for f in of_type(report, "conflict") if mentions(f, *figures)]
    assert len(conflicts) == 1 and conflicts[0].severity == "high"
    assert hedge in conflicts[0].message
    assert any(hedge in e.text for e in conflicts[0].evidence)
    assert not [f for f in of_type(report, "unique") if any(mentions(f, n) for n in figures)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # a loss and a budget: two sums in rupiah with no word in common
            (
                "Gudang Terbakar",
                "Kebakaran gudang tekstil di Bandung pada Senin (3/3/2025) menimbulkan "
                "kerugian Rp 4 miliar.",
            ),
            (
                "Taman Baru Dibuka",
                "Taman kota di Bandung yang dibuka pada Senin (3/3/2025) dibangun dengan "
                "anggaran Rp 17 miliar.",
            ),
        ),
        (  # schools hit and schools a kitchen serves: the same noun, nothing else shared
            (
                "Siswa Keracunan",
                "Sebanyak 80 siswa dari empat sekolah mengalami mual pada Kamis (6/3/2025).",
            ),
            (
                "Dapur Umum Diperiksa",
                "Dapur itu setiap hari memasak 900 porsi untuk tujuh sekolah di sekitarnya.",
            ),
        ),
        (  # durations count too many things, even with a word in common
            (
                "Jalan Tol Dibuka",
                "Ruas tol Cisumdawu dibuka pada Senin (3/3/2025). Ruas itu rampung "
                "dikerjakan kontraktor proyek selama dua tahun.",
            ),
            (
                "Tol Baru Beroperasi",
                "Ruas tol Cisumdawu mulai beroperasi pada Senin (3/3/2025). Kontraktor "
                "menjamin pemeliharaan jalan selama lima tahun.",
            ),
        ),
    ],
)
def test_sole_figures_with_nothing_in_common_are_not_a_conflict(
    a: tuple[str, str], b: tuple[str, str]
) -> None:
    assert not [f for f in of_type(run(a, b), "conflict") if f.slot.startswith("number")]


@pytest.mark.parametrize(
    ("a", "b", "figures"),
    [
        (
            (
                "Kapal Nelayan Ditangkap",
                "Patroli menangkap kapal ikan asing dengan 12 awak di Laut Natuna pada "
                "Selasa (8/4/2025).",
            ),
            (
                "Kapal Asing Ditahan di Natuna",
                "Kapal ikan asing yang diawaki 15 orang itu ditahan di Laut Natuna pada "
                "Selasa (8/4/2025).",
            ),
            ("12 awak", "15 orang"),
        ),
        (
            (
                "Cargo Ship Detained",
                "The coast guard detained a cargo ship with 19 crew off the coast on "
                "Monday, April 7, 2025.",
            ),
            (
                "Freighter Held Off Coast",
                "The freighter, crewed by 16 people, was detained off the coast on Monday, "
                "April 7, 2025.",
            ),
            ("19 crew", "16 people"),
        ),
    ],
)
def test_a_generic_count_whose_words_name_the_crew_counts_the_crew(
    a: tuple[str, str], b: tuple[str, str], figures: tuple[str, str]
) -> None:
    conflicts = [f for f in of_type(run(a, b), "conflict") if mentions(f, *figures)]
    assert len(conflicts) == 1


@pytest.mark.parametrize(
    ("a", "b", "speakers"),
    [
        (
            (
                "Persita Datangkan Kiper Baru",
                "Persita resmi mendatangkan kiper asal Thailand pada Selasa (1/7/2025). "
                "Persita menyebut kontraknya tiga musim.\n\n"
                "“Dia punya pengalaman di Liga Champions Asia,” kata direktur teknik "
                "Persita Hendra Wibisono.",
            ),
            (
                "Kiper Thailand ke Persita",
                "Kiper asal Thailand itu bergabung dengan Persita, Selasa (1/7/2025).\n\n"
                "“Dia punya pengalaman di Liga Champions Asia,” ujar pelatih Persita "
                "Fabio Lefundes.",
            ),
            ("Hendra Wibisono", "Fabio Lefundes"),
        ),
    ],
)
def test_one_quote_credited_to_two_people_of_one_club_is_a_speaker_conflict(
    a: tuple[str, str], b: tuple[str, str], speakers: tuple[str, str]
) -> None:
    report = run(a, b)
    conflicts = [f for f in of_type(report, "conflict") if f.slot == "quote:speaker"]
    assert len(conflicts) == 1
    assert all(s in conflicts[0].message for s in speakers)
    assert not [f for f in of_type(report, "agreement") if f.slot == "quote"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            (
                "Gudang Plastik Terbakar di Medan",
                "Kebakaran melanda gudang plastik di Kecamatan Medan Deli pada Rabu "
                "(12/3/2025) sore. Sebanyak 9 unit mobil pemadam dikerahkan.",
            ),
            (
                "Wali Kota Buka Taman Baca di Medan",
                "Wali Kota Medan membuka taman baca anak di Lapangan Merdeka pada Rabu "
                "(12/3/2025). Taman itu menyediakan 2.000 buku.",
            ),
        ),
        (
            (
                "Bus Terguling di Tol Cipularang",
                "A bus overturned on the Cipularang toll road on Friday, May 16, 2025, "
                "injuring 14 passengers.",
            ),
            (
                "New Stadium Opens in Bandung",
                "The governor opened a 38,000-seat stadium in Bandung on Friday, May 16, "
                "2025, after three years of work.",
            ),
        ),
    ],
)
def test_a_date_is_no_agreement_between_articles_sharing_nothing_else(
    a: tuple[str, str], b: tuple[str, str]
) -> None:
    report = run(a, b)
    assert not of_type(report, "agreement")
    assert not of_type(report, "conflict")


def test_a_date_is_an_agreement_when_the_articles_share_a_figure() -> None:
    report = run(
        (
            "Gudang Plastik Terbakar",
            "Kebakaran melanda gudang plastik di Medan Deli pada Rabu (12/3/2025). "
            "Sebanyak 9 unit mobil pemadam dikerahkan ke lokasi.",
        ),
        (
            "Api Hanguskan Gudang di Medan",
            "Api menghanguskan sebuah gudang di kawasan industri Medan, Rabu (12/3/2025). "
            "Petugas mengerahkan 9 unit mobil pemadam.",
        ),
    )
    assert [f for f in of_type(report, "agreement") if f.slot.startswith("date")]


@pytest.mark.parametrize(
    ("a", "b", "figures", "kind"),
    [
        (
            (
                "Bek Muda Gabung Persib",
                "Persib merekrut bek muda dari Dewa United pada Kamis (3/7/2025). Ia "
                "mencatat lebih dari 40 penampilan di liga musim lalu.",
            ),
            (
                "Persib Datangkan Bek",
                "Bek muda itu bergabung dengan Persib, Kamis (3/7/2025). Musim lalu ia "
                "tampil 46 kali di liga.",
            ),
            ("lebih dari 40 penampilan", "46 kali"),
            "agreement",
        ),
        (
            (
                "Striker Signs For Leeds",
                "Leeds signed the striker on Thursday, July 3, 2025. He made 31 "
                "appearances for his old club last season.",
            ),
            (
                "Leeds Land Striker",
                "The striker joined Leeds on Thursday, July 3, 2025, having appeared 13 "
                "times for his old club last season.",
            ),
            ("31 appearances", "13 times"),
            "conflict",
        ),
    ],
)
def test_a_count_of_times_counts_what_its_verb_names(
    a: tuple[str, str], b: tuple[str, str], figures: tuple[str, str], kind: str
) -> None:
    report = run(a, b)
    assert [f for f in of_type(report, kind) if mentions(f, *figures)]
    assert not [f for f in of_type(report, "unique") if any(mentions(f, n) for n in figures)]


def test_a_count_of_times_of_another_verb_stays_apart() -> None:
    report = run(
        (
            "Saksi Kasus Korupsi Diperiksa",
            "Jaksa memeriksa 5 saksi kasus korupsi dana desa pada Senin (7/7/2025).",
        ),
        (
            "Kasus Dana Desa",
            "Kepala desa itu sudah dipanggil 3 kali oleh jaksa sejak Senin (7/7/2025).",
        ),
    )
    assert not [
        f for f in report.findings if f.type in ("conflict", "agreement") and "kali" in f.message
    ]


@pytest.mark.parametrize(
    ("a", "b", "figure"),
    [
        (
            (
                "Pabrik Sepatu Terbakar",
                "Kebakaran melanda pabrik sepatu di Tangerang pada Jumat (4/7/2025). "
                "Kerugian ditaksir mencapai Rp 2 miliar.",
            ),
            (
                "Api Lalap Pabrik di Tangerang",
                "Api melalap pabrik sepatu di Tangerang, Jumat (4/7/2025). Petugas "
                "mengerahkan 2 unit mobil tangga.",
            ),
            "Rp 2 miliar",
        ),
        (
            (
                "Warehouse Fire in Leeds",
                "A fire destroyed a warehouse in Leeds on Friday, July 4, 2025, causing "
                "damage estimated at $4 million.",
            ),
            (
                "Leeds Warehouse Burns",
                "A warehouse burned in Leeds on Friday, July 4, 2025. Firefighters sent "
                "4 trucks to the scene.",
            ),
            "$4 million",
        ),
    ],
)
def test_a_large_sum_written_with_a_small_number_is_not_hidden_by_another_count(
    a: tuple[str, str], b: tuple[str, str], figure: str
) -> None:
    assert [f for f in of_type(run(a, b), "unique") if mentions(f, figure)]


@pytest.mark.parametrize(
    ("a", "b", "kind", "keys"),
    [
        (  # leads on two days, years unknown, a bare year in one text
            "The port of Antwerp shut down on Monday, June 2, as dockworkers walked out over pay, "
            "the first such stoppage since 2016.",
            "The port of Antwerp shut down on Tuesday, June 3, as dockworkers walked out over pay.",
            "conflict",
            ("Monday, June 2", "Tuesday, June 3"),
        ),
        (  # one month in both, each text writing another bare year
            "Rumah sakit yang dibangun pada 1975 itu terakhir diaudit pada Mei oleh "
            "dinas kesehatan.",
            "Rumah sakit yang dibangun pada 1982 itu terakhir diaudit pada Mei oleh "
            "dinas kesehatan.",
            "agreement",
            ("Mei",),
        ),
    ],
)
def test_a_guessed_year_is_ignored_when_dates_are_compared(
    a: str, b: str, kind: str, keys: tuple[str, ...]
) -> None:
    report = run(("Pelabuhan", a), ("Pelabuhan", b))
    dated = [
        f.type
        for f in report.findings
        if (f.slot == "when" or (f.slot or "").startswith("date")) and mentions(f, *keys)
    ]
    assert dated == [kind]


def test_compatible_figures_that_a_third_source_lacks_are_one_unique() -> None:
    report = run(
        (
            "Kebakaran Gudang",
            "Lebih dari 40 tabung gas meledak di gudang milik warga di Kecamatan Tegalrejo.",
        ),
        (
            "Gudang Terbakar",
            "Sebanyak 46 tabung gas meledak di gudang milik warga di Kecamatan Tegalrejo.",
        ),
        ("Damkar Bergerak", "Petugas pemadam kebakaran tiba di Tegalrejo setelah warga melapor."),
    )
    found = [f for f in of_type(report, "unique") if mentions(f, "tabung")]
    assert len(found) == 1 and mentions(found[0], "40 tabung", "46 tabung")


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        (  # a place replaced as the last word of a copied sentence
            "Polisi menahan tiga nelayan, dua di antaranya berasal dari Filipina.",
            "Polisi menahan tiga nelayan, dua di antaranya berasal dari Vietnam.",
            ("Filipina", "Vietnam"),
        ),
        (
            "The coastguard detained the crew, most of whom were citizens of Peru.",
            "The coastguard detained the crew, most of whom were citizens of Chile.",
            ("Peru", "Chile"),
        ),
        (  # a place added to a list or in apposition is no replacement
            "Tenda darurat didirikan oleh relawan di Kecamatan Cibatu dan Limbangan.",
            "Tenda darurat didirikan oleh relawan di Kecamatan Cibatu, Garut.",
            None,
        ),
        (  # a reworded ending of several words is no slot
            "The coastguard detained the crew after a long chase near Peru.",
            "The coastguard detained the crew, according to officials in Chile.",
            None,
        ),
    ],
)
def test_a_name_replaced_at_the_end_of_a_copied_sentence_is_a_conflict(
    a: str, b: str, found: tuple[str, str] | None
) -> None:
    report = run(("Penangkapan", a), ("Penangkapan", b))
    slots = [f for f in of_type(report, "conflict") if f.slot in ("where", "who")]
    if found is None:
        assert not slots
    else:
        assert len(slots) == 1 and mentions(slots[0], *found)


BUTON_BODY = (
    "Ratusan nelayan di Kabupaten Buton Selatan menolak tambang pasir laut pada Senin "
    "(2/6/2025). Nelayan Kabupaten Buton Selatan khawatir tangkapan ikan berkurang. "
    "Tambang itu mengancam perairan di Buton."
)


@pytest.mark.parametrize(
    ("title", "mismatch"),
    [
        # the headline's place read without its compass word, the body's with another one
        ("Nelayan Buton Utara Tolak Tambang Pasir Laut", True),
        # the same place, with or without its administrative word or its compass word
        ("Nelayan Buton Selatan Tolak Tambang Pasir Laut", False),
        ("Nelayan Buton Tolak Tambang Pasir Laut", False),
    ],
)
def test_a_headline_place_with_another_compass_word_is_a_mismatch(
    title: str, mismatch: bool
) -> None:
    other = "Nelayan di Kabupaten Buton Selatan menolak tambang pasir laut."
    report = run((title, BUTON_BODY), ("Berita Lain", other))
    found = of_type(report, "headline_mismatch")
    assert bool(found) is mismatch
    if mismatch:
        assert mentions(found[0], "Buton Utara", "Buton Selatan")
