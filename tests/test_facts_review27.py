"""Facts review 27: figures and dates the number and date readers owed the compare gold.

Each test reads sentences written for this file (Indonesian and English) and checks the
figure, its counted noun and its event, or the year, that the reader gives.
"""

from __future__ import annotations

import pytest

from kroscek.extract.dates import extract_dates
from kroscek.extract.numbers import extract_numbers


def _numbers(text: str, lang: str) -> list[tuple[str, float, str, str | None]]:
    """(text, value, label, event) of every figure, dates kept out as the pipeline does."""
    dates = extract_dates(text, lang)
    return [
        (f.text, f.value, f.label, f.attrs.get("event"))
        for f in extract_numbers(text, lang, blocked=dates.claimed)
    ]


def _years(text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.text, f.value) for f in extract_dates(text, lang).facts if f.label == "year"]


# --- storeys ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("Shelling flattened a four-storey apartment block in the port.", "four-storey", 4.0),
        ("The clinic occupies a 12-storey tower near the station.", "12-storey", 12.0),
        ("Only the two-storey school was left standing.", "two-storey", 2.0),
        ("Crews searched a five-story hotel for survivors.", "five-story", 5.0),
        ("The 30-story tower dominates the skyline.", "30-story", 30.0),
    ],
)
def test_a_storey_count_glued_to_its_building_counts_floors(text, figure, value):
    assert (figure, value, "floors", None) in _numbers(text, "en")


@pytest.mark.parametrize("text", ["He filed three stories.", "Two stories dominated the day."])
def test_news_stories_are_no_floors(text):
    assert all(label != "floors" for _, _, label, _ in _numbers(text, "en"))


# --- "other" before an unlisted plural ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "label"),
    [
        ("The judge also acquitted 11 other defendants.", "11 other defendants", "defendants"),
        ("Police are still questioning four other drivers.", "four other drivers", "drivers"),
    ],
)
def test_other_before_a_plural_counts_the_plural(text, figure, label):
    assert any(f == figure and lab == label for f, _, lab, _ in _numbers(text, "en"))


def test_others_with_no_noun_still_take_the_kind_of_the_count_before():
    found = _numbers("The blast killed six miners and injured 15 others.", "en")
    assert ("15 others", 15.0, "miners", "injured") in found


# --- events named by their year -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "year"),
    [
        ("Partai itu lahir tak lama setelah kudeta 1999 di negara tersebut.", "id", "1999"),
        ("Ribuan rumah hanyut dalam tsunami 2004 di pesisir itu.", "id", "2004"),
        ("Banyak usaha kecil tutup saat krisis 2008 melanda.", "id", "2008"),
        ("The general seized power in the 2006 coup.", "en", "2006"),
        ("Tourism collapsed during the 2020 pandemic.", "en", "2020"),
        ("Villages rebuilt after the 2004 tsunami were hit again.", "en", "2004"),
    ],
)
def test_an_event_named_by_its_year_gives_the_year_and_no_count(text, lang, year):
    assert (year, f"{year}-01-01") in _years(text, lang)
    assert all(value != float(year) for _, value, _, _ in _numbers(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a tournament's own edition is a year now (facts review 32: "Asian Games 2030");
        # a qualifier of it, played years before, dates nothing
        ("Timnas kalah pada laga kualifikasi Piala Dunia 2030.", "id"),
        ("Bawaslu menerima ratusan laporan selama kampanye Pemilu 2029.", "id"),
        ("Officials counted 2,000 riots across the region.", "en"),
    ],
)
def test_a_tournament_qualifier_or_election_name_or_a_counted_event_is_no_year(text, lang):
    assert _years(text, lang) == []


# --- what befell a count --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "figure", "event"),
    [
        ("Tim gabungan mengevakuasi 31 orang yang selamat dari bangkai kapal.", "id", "31 orang",
         "survived"),
        ("Relawan membawa 12 warga yang terluka ke puskesmas.", "id", "12 warga", "injured"),
        ("Medics evacuated 40 workers who were injured in the blast.", "en", "40 workers",
         "injured"),
        ("Fishermen pulled 17 survivors from the sea.", "en", "17 survivors", "survived"),
    ],
)  # fmt: skip
def test_a_relative_clause_or_an_outcome_noun_tells_what_befell_the_count(
    text, lang, figure, event
):
    assert any(f == figure and ev == event for f, _, _, ev in _numbers(text, lang))


def test_the_displaced_of_a_later_clause_are_not_the_dead_of_an_earlier_one():
    text = (
        "The floods killed 21 people and forced more than 80,000 villagers to flee "
        "their homes, officials said."
    )
    found = _numbers(text, "en")
    assert ("21 people", 21.0, "people", "killed") in found
    assert ("more than 80,000 villagers", 80000.0, "villagers", "displaced") in found


# --- "mengamankan": an arrest only of the people right after it ------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        ("Polisi mengamankan 14 orang usai bentrokan di pasar.", "14 orang", "arrested"),
        ("Aparat mengamankan sedikitnya sembilan pemuda yang membawa senjata tajam.",
         "sedikitnya sembilan pemuda", "arrested"),
        ("Sebanyak 250 personel dikerahkan untuk mengamankan konser itu.", "250 personel",
         None),
        ("Petugas mengamankan 30 botol minuman keras dari warung itu.", "30 botol", None),
    ],
)  # fmt: skip
def test_mengamankan_arrests_only_a_count_of_people_right_after_it(text, figure, event):
    assert any(f == figure and ev == event for f, _, _, ev in _numbers(text, "id"))


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        ("Police rounded up 34 people after the scuffles outside the stadium.", "34 people",
         "arrested"),
        ("Officers rounded up 12 stray dogs near the market.", "12 stray dogs", None),
    ],
)  # fmt: skip
def test_a_verb_and_its_particle_arrest_a_count_of_people_right_after_them(text, figure, event):
    assert any(f == figure and ev == event for f, _, _, ev in _numbers(text, "en"))


# --- "orang" as a measure word ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "value", "label"),
    [
        ("Polisi memeriksa enam orang saksi dalam kasus itu.", "enam orang saksi", 6.0, "saksi"),
        ("Dua orang tersangka masih buron.", "Dua orang tersangka", 2.0, "tersangka"),
        ("Keempat orang tersangka dibawa ke Mapolres.", "Keempat orang tersangka", 4.0,
         "tersangka"),
        ("Ketiga orang saksi dimintai keterangan.", "Ketiga orang saksi", 3.0, "saksi"),
    ],
)  # fmt: skip
def test_orang_before_a_listed_noun_counts_that_noun(text, figure, value, label):
    assert any(f == figure and v == value and lab == label for f, v, lab, _ in _numbers(text, "id"))


@pytest.mark.parametrize(
    "text",
    [
        "Kedua orang tua korban datang ke rumah sakit.",
        "Pada hari ketiga, tim menemukan bangkai kapal itu.",
    ],
)
def test_a_ke_number_word_with_no_people_after_orang_is_no_count(text):
    assert _numbers(text, "id") == []


def test_warga_before_a_capitalised_place_keeps_counting_residents():
    found = _numbers("Lima warga Kabupaten Bantul meninggal akibat banjir.", "id")
    assert ("Lima warga", 5.0, "warga", "killed") in found


# --- an age in brackets -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Seorang pria berinisial AS (67) meninggal dunia akibat tertimpa pohon.",
        "Seorang perempuan lanjut usia berinisial MN (84) meninggal dunia di rumahnya.",
    ],
)
def test_an_age_in_brackets_does_not_cut_one_death_from_its_outcome(text):
    found = _numbers(text, "id")
    assert any(v == 1.0 and ev == "killed" for _, v, _, ev in found)
    assert any(lab == "age" for _, _, lab, _ in found)


# --- the subject of a total given "to" a figure --------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "label"),
    [
        (
            "Jumlah tersangka kasus dugaan suap proyek jembatan Kali Pepe di Kabupaten Klaten "
            "bertambah menjadi tujuh orang.",
            "tujuh orang",
            "tersangka",
        ),
        (
            "Jumlah pekerja asing yang didata dinas tenaga kerja di kawasan industri pesisir "
            "utara itu bertambah menjadi 64 orang.",
            "64 orang",
            "pekerja",
        ),
    ],
)
def test_a_total_given_to_a_figure_counts_the_people_its_long_subject_names(text, figure, label):
    assert any(f == figure and lab == label for f, _, lab, _ in _numbers(text, "id"))


def test_a_subject_far_back_with_no_figure_given_to_it_leaves_the_generic_noun():
    text = (
        "Jumlah tersangka kasus dugaan suap proyek jembatan di kabupaten itu belum diumumkan, "
        "tetapi polisi memeriksa 12 orang."
    )
    assert ("12 orang", 12.0, "orang", None) in _numbers(text, "id")
