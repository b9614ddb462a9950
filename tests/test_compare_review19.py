"""Rules added after review 19 (the lead's blind pairs: an earthquake, a migrant boat told by an
English wire and an Indonesian portal, a village-fund arrest, a concert crush, a dengue
outbreak, a shooting in the highlands, the rupiah's close, a palm oil export curb), pinned with
sentences written for these tests."""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type, run, run_texts
from kroscek.compare.findings.claims.slips import zero_slip
from kroscek.data import Fact


def _figure(value: float) -> Fact:
    return Fact("number", "IDR", value, str(value), 0, 1, "text", {"unit": "IDR"})


@pytest.mark.parametrize(
    ("first", "second", "slipped"),
    [
        (1.2e9, 1.02e9, True),  # "Rp 1,2 miliar" / "Rp 1,02 miliar"
        (3.5e6, 3.05e6, True),
        (25, 205, True),
        (1.2e9, 1.2e9, False),  # the same figure
        (25, 250, False),  # ten times apart: another slip, not a dropped zero inside
        (15, 16, False),
        (1e3, 1e4, False),
    ],
)
def test_a_zero_dropped_inside_a_figure_is_a_slip(first, second, slipped):
    assert zero_slip(_figure(first), _figure(second)) is slipped


@pytest.mark.parametrize(
    ("en_noun", "conflict"),
    [("Indonesian migrants", True), ("Indonesian migrant workers", True), ("refugees", False)],
)
def test_an_english_wires_migrants_are_the_indonesian_pekerja_migran(en_noun, conflict):
    report = run(
        (
            "Boat sinks off Sabah",
            f"A speedboat carrying 31 {en_noun} sank off the coast of Sabah on Tuesday, "
            "killing four people, the Malaysian coast guard said.",
        ),
        (
            "Speedboat Tenggelam di Perairan Sabah",
            "Sebuah speedboat yang membawa 13 pekerja migran Indonesia (PMI) tenggelam di "
            "perairan Sabah, Selasa (10/3/2026). Empat orang tewas.",
        ),
    )
    found = [f for f in of_type(report, "conflict") if mentions(f, "31", "13 pekerja")]
    assert bool(found) is conflict


@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        (
            "Kerugian negara dalam perkara itu mencapai Rp 2,5 miliar menurut audit inspektorat.",
            "Bendahara itu menggelapkan dana hibah hingga Rp 2,05 miliar selama dua tahun.",
            ("2,5", "2,05"),
        ),
        (
            "Auditors put the loss to the city at $4.7 million.",
            "The clerk siphoned off up to $4.07 million from the fund.",
            ("4.7", "4.07"),
        ),
    ],
)
def test_each_texts_only_sum_with_a_zero_slipped_in_conflicts(first, second, words):
    report = run_texts(first, second)
    assert any(mentions(f, *words) for f in of_type(report, "conflict"))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Exporters could lose about $240 million in sales, the association said.",
            "Exporters stand to lose up to $420 million in sales, according to estimates.",
        ),
        (
            "Kerugian petani ditaksir sekitar Rp 360 miliar akibat banjir itu.",
            "Kerugian petani ditaksir hingga Rp 630 miliar akibat banjir itu.",
        ),
    ],
)
def test_swapped_digits_under_two_hedges_conflict_and_never_agree(first, second):
    report = run_texts(first, second)
    assert of_type(report, "conflict")
    assert not of_type(report, "agreement")


@pytest.mark.parametrize(
    ("guilty_title", "guilty_lead"),
    [
        (
            "Koruptor Dana Bansos Dijebloskan ke Tahanan",
            "Bendahara Desa Mekarsari, RS, dijebloskan ke tahanan oleh Kejaksaan Negeri Garut "
            "pada Rabu (4/3/2026).",
        ),
        (
            "Penilap Dana Bansos Akhirnya Dibui",
            "Bendahara Desa Mekarsari, RS, akhirnya dijebloskan ke penjara oleh Kejaksaan Negeri "
            "Garut pada Rabu (4/3/2026).",
        ),
    ],
)
def test_a_culprit_headline_over_another_outlets_suspect_is_presumption(guilty_title, guilty_lead):
    report = run(
        (
            "Bendahara Desa Ditahan, Diduga Korupsi Dana Bansos",
            "Kejaksaan Negeri Garut menahan Bendahara Desa Mekarsari berinisial RS pada Rabu "
            "(4/3/2026). RS ditetapkan sebagai tersangka dugaan korupsi dana bansos.",
        ),
        (guilty_title, guilty_lead),
    )
    assert any(f.slot == "framing:presumption" for f in of_type(report, "framing"))


def test_an_english_embezzler_put_behind_bars_against_a_suspect_is_presumption():
    report = run(
        (
            "Village treasurer detained, suspected of embezzling aid funds",
            "Prosecutors in Garut detained a village treasurer on Wednesday. The suspect is "
            "accused of diverting social aid money.",
        ),
        (
            "The embezzler of village aid funds put behind bars",
            "The embezzler of a village's social aid money was put behind bars in Garut on "
            "Wednesday.",
        ),
    )
    assert any(f.slot == "framing:presumption" for f in of_type(report, "framing"))


def test_two_suspect_headlines_are_no_presumption():
    report = run(
        (
            "Bendahara Desa Ditahan, Diduga Korupsi Dana Bansos",
            "Kejaksaan Negeri Garut menahan tersangka RS pada Rabu (4/3/2026).",
        ),
        (
            "Tersangka Korupsi Dana Bansos Dijebloskan ke Tahanan",
            "Tersangka RS dijebloskan ke tahanan Kejaksaan Negeri Garut, Rabu (4/3/2026).",
        ),
    )
    assert not [f for f in of_type(report, "framing") if f.slot == "framing:presumption"]


@pytest.mark.parametrize(
    ("crowd", "capacity", "words"),
    [
        (
            "Police said more than 30,000 fans were inside the stadium when the gates jammed.",
            "The stadium can hold 18,000 people.",
            ("30,000", "18,000"),
        ),
        (
            "Polisi memperkirakan lebih dari 9.000 penonton memadati gedung saat api muncul.",
            "Gedung itu berkapasitas 5.000 orang.",
            ("9.000", "5.000"),
        ),
        (
            "Lebih dari 2.400 pengungsi kini tinggal di aula itu.",
            "Aula itu hanya mampu menampung 800 pengungsi.",
            ("2.400", "800"),
        ),
    ],
)
def test_a_capacity_is_no_count_of_the_crowd(crowd, capacity, words):
    report = run_texts(crowd, capacity, title="Crowd crush")
    assert not [f for f in of_type(report, "conflict") if mentions(f, *words)]


def test_two_crowd_counts_still_conflict_beside_a_capacity():
    report = run_texts(
        "Police said more than 30,000 fans were inside the stadium, which has a capacity of "
        "18,000.",
        "Police said about 13,000 fans were inside the stadium.",
        title="Crowd crush",
    )
    assert any(mentions(f, "30,000", "13,000") for f in of_type(report, "conflict"))


@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        (
            "At least 11 people were killed in the crush at the night market on Friday, police "
            "said. A police spokesman said the victims included three teenagers.",
            "Eleven people died when shoppers rushed for the exits of the night market on "
            "Friday. Three of the dead were teenagers, he said.",
            ("three teenagers", "Three of the dead"),
        ),
        (
            "The army said the dead included two soldiers.",
            "Two of the dead were soldiers, the army said.",
            ("two soldiers", "Two of the dead"),
        ),
    ],
)
def test_a_part_named_after_its_count_is_the_same_figure(first, second, words):
    report = run_texts(first, second, title="Crush at a market")
    assert any(mentions(f, *words) for f in of_type(report, "agreement"))
    assert not of_type(report, "unique")


@pytest.mark.parametrize(
    ("first", "second", "kind"),
    [
        (
            "Dinas Kesehatan mencatat 318 kasus campak sejak awal tahun.",
            "Sebanyak 318 warga Kabupaten Sumba Timur terjangkit campak sejak awal tahun.",
            "agreement",
        ),
        (
            "Health officials recorded 126 cases of cholera in the district.",
            "Some 126 residents were infected with cholera in the district.",
            "agreement",
        ),
        (
            "Dinas Kesehatan mencatat 318 kasus campak sejak awal tahun.",
            "Sebanyak 381 warga terjangkit campak sejak awal tahun.",
            "conflict",
        ),
    ],
)
def test_cases_and_the_infected_are_one_count(first, second, kind):
    report = run_texts(first, second, title="Wabah campak")
    assert of_type(report, kind)
    assert not of_type(report, "unique")


def test_people_not_infected_are_no_cases():
    report = run_texts(
        "Dinas Kesehatan mencatat 318 kasus campak sejak awal tahun.",
        "Sebanyak 318 warga yang tidak terjangkit campak menerima vaksin.",
        title="Wabah campak",
    )
    assert not of_type(report, "agreement")


@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        (
            'Kapolsek menyebut para pelaku kabur ke hutan. "Pelaku berjumlah sekitar empat orang '
            'dan membawa parang," kata Kapolsek.',
            "Polisi menyebut pelaku berjumlah sekitar enam orang dan membawa parang.",
            ("empat orang", "enam orang"),
        ),
        (
            '"Penyerang berjumlah delapan orang," ujar Kapolres kepada wartawan.',
            "Penyerang berjumlah 12 orang menurut keterangan saksi.",
            ("delapan orang", "12 orang"),
        ),
    ],
)
def test_a_subject_counted_inside_a_quote_is_compared(first, second, words):
    report = run_texts(first, second, title="Penyerangan pos ronda")
    found = [f for f in of_type(report, "conflict") if mentions(f, *words)]
    assert found
    assert "pe" in found[0].message.casefold()  # named by its subject: pelaku / penyerang


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Dua warga tewas dalam penyerangan itu. Satu korban lainnya mengalami luka bacok.",
            "Dua korban tewas di lokasi, sementara tiga lainnya luka-luka.",
        ),
        (
            "Tiga penambang tewas tertimbun. Dua penambang lainnya mengalami luka berat.",
            "Tiga penambang tewas, sementara empat lainnya luka-luka.",
        ),
    ],
)
def test_two_counts_of_the_others_of_one_outcome_conflict(first, second):
    report = run_texts(first, second, title="Penyerangan di Kampung")
    assert [f for f in of_type(report, "conflict") if "luka" in f.message.casefold()]


def test_others_besides_a_named_suspect_are_still_no_total():
    report = run_texts(
        "Polisi menangkap AS bersama tiga tersangka lain pada Senin (2/3/2026).",
        "Polisi menangkap empat tersangka pada Senin (2/3/2026).",
        title="Komplotan Curanmor Ditangkap",
    )
    assert not [f for f in of_type(report, "conflict") if mentions(f, "tiga", "empat")]


def test_victims_named_again_by_a_generic_noun_are_no_scoop():
    report = run_texts(
        "Kelompok bersenjata menembak mati tiga petani di Distrik Ilu, Selasa (3/3/2026).",
        "Polisi menyelidiki penembakan tiga warga di Distrik Ilu, Selasa (3/3/2026). Tiga "
        "korban tewas di lokasi.",
        title="Penembakan di Distrik Ilu",
    )
    assert any(mentions(f, "tiga petani") for f in of_type(report, "agreement"))
    assert not [f for f in of_type(report, "unique") if mentions(f, "tiga warga")]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The government will stop rice shipments to five ports for 45 days.",
            "The government will stop rice shipments to five East African ports for 45 days.",
        ),
        (
            "Two ships were seized near the strait on Monday.",
            "Two Panama-flagged ships were seized near the strait on Monday.",
        ),
    ],
)
def test_capitalised_words_between_a_figure_and_its_noun_are_the_same_figure(first, second):
    report = run_texts(first, second, title="Shipments halted")
    assert not of_type(report, "unique")


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        ("Two are missing, the agency said.", "Dua lainnya masih dicari tim SAR gabungan."),
        ("Three remain missing, the agency said.", "Tiga orang lainnya masih dalam pencarian."),
    ],
)
def test_an_uncounted_english_missing_toll_matches_the_indonesian_one(english, indonesian):
    report = run(
        (
            "Landslide hits West Java village",
            "A landslide buried five homes in a West Java village on Sunday, killing four "
            f"people, the disaster agency said. {english}",
        ),
        (
            "Longsor Timbun Lima Rumah, Empat Warga Tewas",
            "Tanah longsor menimbun lima rumah di sebuah kampung di Jawa Barat, Minggu "
            f"(22/11/2026). Empat warga tewas tertimbun. {indonesian}",
        ),
    )
    assert not [f for f in of_type(report, "unique") if "lain" in f.message.casefold()]


def test_a_short_span_needs_its_unit_in_the_other_text():
    report = run_texts(
        "Sebanyak 14 orang luka-luka akibat gempa itu.",
        "Sebanyak 14 warga luka-luka. Pemerintah menetapkan masa tanggap darurat selama 14 hari.",
        title="Gempa Guncang Garut",
    )
    assert any(mentions(f, "14 hari") for f in of_type(report, "unique"))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "At least 9 people were killed and 20 injured in a crush at a night market late on "
            "Friday, police said. In 2019, 35 people died in a fire at the same market.",
            "Nine people died and 31 were hurt when shoppers rushed for the exits of a packed "
            "night market, according to police. Its worst disaster came in 2019, when 35 "
            "people died.",
        ),
    ],
)
def test_each_leads_toll_with_and_without_a_bound_agrees(first, second):
    report = run_texts(first, second, title="Bus plunges into ravine")
    assert any(mentions(f, "9 people", "Nine people") for f in of_type(report, "agreement"))
