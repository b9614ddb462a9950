"""Facts after blind review 20 (batch g71-g78 of the facts gold set): ranges written with a
hyphen or with "antara ... hingga", millimetres, the noun after a
partitive ("tiga di antaranya pelajar", "four of them Vietnamese nationals"), "of the wounded",
a figure a death toll reaches, an outcome word after a bare count, a weekday abbreviation glued to a
Korean name syllable, a quarter or half of a year, a quote split by its speaker tag, a
speaker tag that names a role, Balinese names as sources, an age between commas before a
cue, "told AFP", "bin Said" and "menyampaikan". The sentences are the tests' own, not the
gold articles'."""

from __future__ import annotations

import pytest

from kroscek.extract.normalize import fold
from test_facts_review18 import _facts, _numbers, _sources


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Tinggi gelombang di perairan selatan mencapai 4-6 meter sejak pagi.",
            "id",
            {(4.0, "m", "exact"), (6.0, "m", "exact")},
        ),
        (
            "Longsor menimbun jalan desa dan 20-25 orang mengungsi ke balai warga.",
            "id",
            {(20.0, "orang", "exact"), (25.0, "orang", "exact")},
        ),
        (
            "Forecasters expect waves of 3-5 metres along the southern coast.",
            "en",
            {(3.0, "m", "exact"), (5.0, "m", "exact")},
        ),
    ],
)
def test_a_hyphenated_range_gives_both_ends_its_unit_or_noun(text, lang, expected):
    assert expected <= _numbers(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        ("Tim tamu menang 3-1 atas tuan rumah di laga pembuka.", "id", {1.0, 3.0}),
        ("Warga bisa melapor ke nomor 0812-3456 setiap hari.", "id", {812.0, 3456.0}),
        ("The visitors won 2-1 after extra time.", "en", {1.0, 2.0}),
    ],
)
def test_a_score_or_an_identifier_is_no_range(text, lang, absent):
    assert not {v for v, _, _ in _numbers(text, lang)} & absent


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Banjir merendam antara 40 hingga 60 rumah di tepi sungai.",
            "id",
            {(40.0, "rumah", "exact"), (60.0, "rumah", "exact")},
        ),
        (
            "Petugas mendata antara 8 sampai 12 perahu yang rusak.",
            "id",
            {(8.0, "perahu", "exact"), (12.0, "perahu", "exact")},
        ),
    ],
)
def test_the_top_of_a_range_is_no_upper_bound(text, lang, expected):
    assert expected <= _numbers(text, lang)


def test_a_lone_upper_bound_keeps_its_qualifier():
    assert (500.0, "m", "up_to") in _numbers("Jarak pandang turun hingga 500 meter.", "id")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Curah hujan harian tercatat 95 milimeter di pos pengamatan.", "id", (95.0, "mm")),
        ("Rainfall of 80 mm was recorded in six hours.", "en", (80.0, "mm")),
    ],
)
def test_millimetres_are_a_unit(text, lang, expected):
    assert expected in {(v, label) for v, label, _ in _numbers(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "expected", "not_expected"),
    [
        (
            "Sebanyak 12 penumpang luka-luka, tiga di antaranya pelajar.",
            "id",
            (3.0, "siswa", "exact"),
            (3.0, "penumpang", "exact"),
        ),
        (
            "Ten sailors were rescued, four of them Vietnamese nationals.",
            "en",
            (4.0, "nationals", "exact"),
            (4.0, "sailors", "exact"),
        ),
    ],
)
def test_a_part_of_a_group_counts_the_noun_written_after_its_partitive(
    text, lang, expected, not_expected
):
    found = _numbers(text, lang)
    assert expected in found
    assert not_expected not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Three of the wounded were children" counts children (tests/test_facts_review21.py)
        ("Three of the wounded were flown to the capital.", (3.0, "injured", "exact")),
        ("Two of the injured were taken to a hospital in the capital.", (2.0, "injured", "exact")),
    ],
)
def test_a_part_of_the_wounded_is_counted_as_injured(text, expected):
    assert expected in _numbers(text, "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The death toll from the landslide in the hills rose to 23 on Monday.",
            (23.0, "people", "exact"),
        ),
        ("Landslide death toll rises to 17", (17.0, "people", "exact")),
    ],
)
def test_a_figure_a_death_toll_reaches_counts_people(text, expected):
    assert expected in _numbers(text, "en")


@pytest.mark.parametrize(
    ("text", "value", "event"),
    [
        ("Bus plunges into ravine, twelve hurt", 12.0, "injured"),
        ("The storm flattened houses, leaving at least nine missing.", 9.0, "missing"),
    ],
)
def test_an_outcome_after_a_bare_count_is_its_event_not_its_noun(text, value, event):
    found = [f for f in _facts(text, "en", "number") if f.value == value]
    assert [(f.label, f.attrs.get("event")) for f in found] == [("", event)]


def test_a_count_of_bodies_keeps_its_noun():
    found = _numbers("Tim SAR menyebut sedikitnya empat jenazah telah ditemukan.", "id")
    assert (4.0, "jenazah", "at_least") in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The company's founder, Lee Mon-jae, declined to comment.", "en"),
        ("Analyst Park Sun-young said prices would rise.", "en"),
    ],
)
def test_a_weekday_abbreviation_glued_to_a_name_syllable_is_no_date(text, lang):
    assert _facts(text, lang, "date") == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Laba perusahaan naik pada kuartal II 2025.", "id", ("2025-01-01", "year")),
        ("Target itu dipasang untuk semester kedua 2027.", "id", ("2027-01-01", "year")),
        ("Sales fell in the second quarter of 2024.", "en", ("2024-01-01", "year")),
    ],
)
def test_a_quarter_or_half_of_a_year_reads_as_the_year(text, lang, expected):
    assert expected in {(str(f.value), f.label) for f in _facts(text, lang, "date")}


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "first", "rest"),
    [
        (
            'Warga sudah diungsikan. "Kami sudah siap sejak subuh," kata Budi Hartono, '
            '"tetapi cuaca belum mendukung pencarian."',
            "id",
            "Budi Hartono",
            "Kami sudah siap",
            "tetapi cuaca",
        ),
        (
            'The port reopened. "We are ready to sail again," said Maria Lopez, "but the '
            'insurers are not."',
            "en",
            "Maria Lopez",
            "We are ready",
            "but the insurers",
        ),
    ],
)
def test_a_quote_split_by_its_speaker_tag_is_one_quote(text, lang, speaker, first, rest):
    quotes = _facts(text, lang, "quote")
    assert len(quotes) == 1
    assert str(quotes[0].value).startswith(first)
    assert rest in str(quotes[0].value)
    assert quotes[0].attrs["speaker"] == speaker


def test_two_quotes_in_two_sentences_stay_two():
    text = '"Jalan sudah dibuka kembali," kata Rina Wulandari. "Tetapi kendaraan berat dilarang."'
    assert len(_facts(text, "id", "quote")) == 2


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Kapolres Bogor AKBP Hendra Wijaya mengatakan dua pelaku sudah ditangkap. "
            '"Keduanya kami tangkap di rumah kontrakan," ujar Kapolres.',
            "Hendra Wijaya",
        ),
        (
            '"Kami menolak rencana reklamasi itu," kata Ketua Asosiasi Nelayan Tradisional '
            "(ANT) Cirebon, Darsono.",
            "Darsono",
        ),
    ],
)
def test_a_speaker_tag_that_names_a_role_gives_the_holder(text, speaker):
    quotes = _facts(text, "id", "quote")
    assert [q.attrs["speaker"] for q in quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "lang", "source", "stance"),
    [
        (
            "Kepala Dinas Pariwisata Bali, I Nyoman Sudarsana, mengatakan kunjungan naik.",
            "id",
            "I Nyoman Sudarsana",
            "attributed",
        ),
        (
            "Tersangka berinisial MS, 29 tahun, mengaku membeli barang itu dari temannya.",
            "id",
            "MS",
            "claimed",
        ),
        (
            "Kepala Biro Humas, Yanti Sulastri, menyampaikan jadwal layanan tidak berubah.",
            "id",
            "Yanti Sulastri",
            "attributed",
        ),
        (
            "The deputy governor, Omar bin Said al-Harthy, said the road would reopen.",
            "en",
            "Omar bin Said al-Harthy",
            "attributed",
        ),
    ],
)
def test_the_source_before_a_cue_is_the_whole_name(text, lang, source, stance):
    assert (source, stance) in _sources(text, lang)


def test_who_was_told_is_no_source():
    text = (
        "The bridge collapsed at about noon, district chief Bambang, who like many "
        "Indonesians uses one name, told AFP by phone."
    )
    sources = [fold(s) for s, _ in _sources(text, "en")]
    assert "afp" not in sources
    assert any("bambang" in s for s in sources)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Koordinator lapangan, Kadek Ari Wibawa, menyebut jalur sudah aman.", "Kadek Ari Wibawa"),
        ("Pemandu selam, Nyoman Sukarja, ikut mencari korban.", "Nyoman Sukarja"),
    ],
)
def test_a_balinese_birth_order_name_opens_the_name(text, name):
    persons = [f.text for f in _facts(text, "id", "entity") if f.label == "PER"]
    assert name in persons


def test_foreign_workers_by_their_acronym_are_no_organisation():
    text = "Dua TKA asal Vietnam dan tiga pekerja lokal dirawat di rumah sakit."
    assert "TKA" not in [f.text for f in _facts(text, "id", "entity")]
