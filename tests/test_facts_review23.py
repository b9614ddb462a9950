"""Facts review 23: parts of a whole in number words, a body's team and its regional office,
people in care and at a protest, depths of water, clock times on a day, and the held-out
batch's general misses (occurrence counters, ranges of number words, future months)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from kroscek.extract.dates import extract_dates
from kroscek.extract.entities import recognise
from kroscek.extract.numbers import extract_numbers

PUBLISHED = datetime(2026, 11, 24, 10, 0)


def _entities(text: str, lang: str = "id") -> dict[str, str]:
    return {f.text: f.label for f in recognise(text, lang)}


def _by_text(text: str, lang: str) -> dict[str, Any]:
    return {f.text: f for f in extract_numbers(text, lang)}


def _days(text: str, lang: str) -> dict[str, Any]:
    return {f.text: f for f in extract_dates(text, lang, published=PUBLISHED).facts}


# --- a part of a whole -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "part", "whole", "noun"),
    [
        ("Dalam sidang itu, enam dari sembilan hakim menolak gugatan.", "id", 6, 9, "hakim"),
        ("Dalam rapat paripurna, lima dari tujuh fraksi setuju.", "id", 5, 7, "fraksi"),
        ("Sebanyak 31 dari 40 anggota dewan hadir.", "id", 31, 40, "anggota"),
        ("In the vote, four of nine parties backed the motion.", "en", 4, 9, "parties"),
        ("Eleven of the 14 judges dissented.", "en", 11, 14, "judges"),
    ],
)
def test_a_part_counts_what_its_whole_counts_and_names_the_whole(text, lang, part, whole, noun):
    facts = extract_numbers(text, lang)
    parts = [f for f in facts if f.value == part]
    assert [(f.label, f.attrs.get("whole")) for f in parts] == [(noun, whole)]
    assert any(f.value == whole and f.label == noun and "whole" not in f.attrs for f in facts)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Sebanyak 31 anggota dewan hadir.", "id"),
        ("Nine judges heard the appeal.", "en"),
    ],
)
def test_a_count_that_is_no_part_names_no_whole(text, lang):
    assert all("whole" not in f.attrs for f in extract_numbers(text, lang))


# --- a body's team and its regional office ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "body", "place"),
    [
        ("Tim BPBD Kabupaten Sigi masih menyisir sungai.", "BPBD", "Kabupaten Sigi"),
        ("Regu Damkar Kota Depok memadamkan api dalam dua jam.", "Damkar", "Kota Depok"),
    ],
)
def test_a_bodys_team_is_the_body_itself(text, body, place):
    found = _entities(text)
    assert found[body] == "ORG"
    assert found[place] == "LOC"
    assert not any(name.startswith(("Tim ", "Regu ")) for name in found)


@pytest.mark.parametrize(
    ("text", "body", "town"),
    [
        ("Basarnas Labuan Bajo mengerahkan perahu karet.", "Basarnas", "Labuan Bajo"),
        ("Kepala Basarnas Tual, Yakob, mengatakan pencarian dilanjutkan.", "Basarnas", "Tual"),
        ("Petugas BPOM Kupang menyita jamu tanpa izin edar.", "BPOM", "Kupang"),
    ],
)
def test_an_unknown_town_after_a_body_with_regional_offices_is_its_place(text, body, town):
    found = _entities(text)
    assert found[body] == "ORG"
    assert found[town] == "LOC"


def test_a_headline_verb_after_a_body_is_no_town():
    found = _entities("Bawaslu Temukan 2.300 Dugaan Pelanggaran")
    assert found == {"Bawaslu": "ORG"}


# --- people in care, people at a protest ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "figure", "event"),
    [
        (
            "Some 20,000 cyclists took part; 57 cyclists were treated for heatstroke.",
            "en",
            57,
            "injured",
        ),
        ("Sekitar 8.000 peserta ikut lomba; 36 peserta dirawat karena kram.", "id", 36, "injured"),
        ("Sebanyak 14 santri dibawa ke rumah sakit usai makan siang.", "id", 14, "injured"),
        (
            "Menurut polisi, sekitar 300 orang berunjuk rasa di depan kantor gubernur.",
            "id",
            300,
            "protest",
        ),
        ("Ratusan mahasiswa berdemonstrasi menolak kenaikan biaya kuliah.", "id", 100, "protest"),
        ("Police said about 500 people protested outside the ministry.", "en", 500, "protest"),
    ],
)
def test_people_in_care_or_at_a_protest_carry_their_event(text, lang, figure, event):
    found = {f.value: f.attrs.get("event") for f in extract_numbers(text, lang)}
    assert found[figure] == event


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("Some 20,000 cyclists took part; 57 cyclists were treated for heatstroke.", "en", 20000),
        ("Korban dirawat di RSUD dan tiga rumah sakit swasta.", "id", 3),
        ("Massa datang membawa enam tuntutan.", "id", 6),
        ("Empat orang masih dirawat dan tiga orang sudah pulang.", "id", 3),
    ],
)
def test_things_places_and_the_whole_field_take_no_such_event(text, lang, figure):
    found = {f.value: f.attrs.get("event") for f in extract_numbers(text, lang)}
    assert found[figure] is None


# --- what a length measures ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "surface", "unit", "measure"),
    [
        (
            "Ketinggian air mencapai 60 sentimeter di jalan utama.",
            "id",
            "60 sentimeter",
            "cm",
            "depth",
        ),
        ("Banjir setinggi 1,5 meter merendam 200 rumah.", "id", "1,5 meter", "m", "depth"),
        (
            "Floodwaters were 70 centimetres deep in the market.",
            "en",
            "70 centimetres",
            "cm",
            "depth",
        ),
        ("Pipa air sepanjang 3 km itu bocor.", "id", "3 km", "km", "length"),
        ("Warga dalam radius 5 km diminta mengungsi.", "id", "5 km", "km", "radius"),
        ("The quake struck at a depth of 12 km.", "en", "12 km", "km", "depth"),
    ],
)
def test_a_length_names_what_it_measures(text, lang, surface, unit, measure):
    fact = _by_text(text, lang)[surface]
    assert fact.attrs["unit"] == unit
    assert fact.attrs["measure"] == measure


def test_a_length_with_no_naming_word_measures_nothing_said():
    fact = _by_text("Truk itu terguling 20 meter dari jembatan.", "id")["20 meter"]
    assert "measure" not in fact.attrs


# --- clock times on a day ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "surface", "value", "time", "zone", "about"),
    [
        (
            "Gempa terjadi Senin (23/11/2026) pukul 12.15 WIB.",
            "id",
            "Senin (23/11/2026)",
            "2026-11-23",
            "12:15",
            "WIB",
            False,
        ),
        (
            "Api muncul Minggu (22/11/2026) sekitar pukul 03.40 WITA.",
            "id",
            "Minggu (22/11/2026)",
            "2026-11-22",
            "03:40",
            "WITA",
            True,
        ),
        (
            "Pukul 21.05 WIT, Sabtu (21/11/2026), listrik padam.",
            "id",
            "Sabtu (21/11/2026)",
            "2026-11-21",
            "21:05",
            "WIT",
            False,
        ),
        (
            "The blast happened at 10:42 a.m. on Monday.",
            "en",
            "on Monday",
            "2026-11-23",
            "10:42",
            None,
            False,
        ),
        (
            "Judges ruled on Thursday at about 2:30 p.m. local time.",
            "en",
            "on Thursday",
            "2026-11-19",
            "14:30",
            None,
            True,
        ),
    ],
)
def test_a_day_carries_the_clock_time_written_beside_it(
    text, lang, surface, value, time, zone, about
):
    fact = _days(text, lang)[surface]
    assert str(fact.value) == value  # the date value is the day, as before
    assert fact.attrs["time"] == time
    assert fact.attrs.get("zone") == zone
    assert fact.attrs.get("time_about", False) is about


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        ("Rapat digelar Selasa (24/11/2026) di gedung DPRD.", "id", "Selasa (24/11/2026)"),
        ("The minister resigned on Friday, aides said.", "en", "on Friday"),
    ],
)
def test_a_day_with_no_clock_time_beside_it_has_none(text, lang, surface):
    assert "time" not in _days(text, lang)[surface].attrs


# --- the held-out batch's general misses ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("BMKG mencatat 58 kali gempa susulan.", "id", (58, "gempa")),
        ("Kapal berbobot 120 gross tonnage itu tenggelam.", "id", (120, "gt")),
        ("Data dari 250 tempat pemungutan suara sudah masuk.", "id", (250, "tps")),
        ("Sebanyak 9 surat suara rusak.", "id", (9, "surat suara")),
    ],
)
def test_counters_and_tonnage_name_what_they_count(text, lang, expected):
    assert expected in {(f.value, f.label) for f in extract_numbers(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The two aides were jailed for three and seven years.", "en", {(3, "year"), (7, "year")}),
        ("Keduanya divonis dua dan empat tahun penjara.", "id", {(2, "year"), (4, "year")}),
    ],
)
def test_a_number_word_opening_a_range_takes_the_ranges_unit(text, lang, expected):
    assert expected <= {(f.value, f.label) for f in extract_numbers(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("He has three and she has four.", "en"),
        ("Ia punya dua dan adiknya tiga.", "id"),
    ],
)
def test_number_words_joined_with_no_noun_stay_no_figures(text, lang):
    assert extract_numbers(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "surface", "value"),
    [
        ("Economists said the bank was likely to cut again in March.", "en", "March", "2027-03-01"),
        ("Inflation eased in March, the agency said.", "en", "March", "2026-03-01"),
        ("Harga diperkirakan akan turun pada Maret.", "id", "Maret", "2027-03-01"),
    ],
)
def test_a_month_in_a_clause_of_what_is_likely_lies_ahead(text, lang, surface, value):
    assert str(_days(text, lang)[surface].value) == value


@pytest.mark.parametrize(
    ("text", "lang", "surface", "value"),
    [
        ("The economy grew 5.1% in the third quarter.", "en", "the third quarter", "2026-01-01"),
        ("Ekspor naik 4 persen pada kuartal III.", "id", "kuartal III", "2026-01-01"),
        ("The dispute dates back to 2013, lawyers said.", "en", "2013", "2013-01-01"),
    ],
)
def test_a_quarter_with_no_year_and_a_year_after_back_to_are_years(text, lang, surface, value):
    fact = _days(text, lang)[surface]
    assert (str(fact.value), fact.label) == (value, "year")


def test_a_quarter_not_begun_by_publication_is_last_years():
    published = datetime(2026, 2, 10, 9, 0)
    facts = extract_dates("Sales fell in the fourth quarter.", "en", published=published).facts
    assert [(f.text, str(f.value)) for f in facts] == [("the fourth quarter", "2025-01-01")]
