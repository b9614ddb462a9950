"""An ordinal that places this one in an unbroken run ("for the 17th consecutive month",
"tahun ketiga berturut-turut") tells the run's length: a count of that time unit, as "for 17
consecutive months" is. An ordinal of no run stays a rank, and a streak on a line with no
full stop (another story's headline under "READ MORE") is no sentence of the article."""

from __future__ import annotations

import pytest

from kroscek.extract.numbers import extract_numbers


def _counts(text: str, lang: str) -> list[tuple[float, str | None, str]]:
    return [(f.value, f.attrs.get("unit"), f.text) for f in extract_numbers(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Core inflation eased for the 12th consecutive month, the agency said.",
            "en",
            [(12.0, "month", "12th consecutive month")],
        ),
        (
            "Rice output rose for a third straight year in the province.",
            "en",
            [(3.0, "year", "third straight year")],
        ),
        (
            "The port stayed shut for the 21st successive day on Friday.",
            "en",
            [(21.0, "day", "21st successive day")],
        ),
        (
            "Neraca dagang surplus untuk bulan ke-40 berturut-turut.",
            "id",
            [(40.0, "month", "bulan ke-40 berturut-turut")],
        ),
        (
            "Harga kopi naik pada tahun kelima berturut-turut.",
            "id",
            [(5.0, "year", "tahun kelima berturut-turut")],
        ),
    ],
)
def test_an_ordinal_of_an_unbroken_run_counts_its_time_unit(
    text: str, lang: str, expected: list[tuple[float, str | None, str]]
) -> None:
    assert _counts(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Exports have fallen for six straight months, the ministry said.",
            "en",
            [(6.0, "month", "six straight months")],
        ),
        (
            "The central bank has held rates for 9 consecutive months.",
            "en",
            [(9.0, "month", "9 consecutive months")],
        ),
    ],
)
def test_a_count_of_a_run_is_in_its_time_unit_not_the_streak_word(
    text: str, lang: str, expected: list[tuple[float, str | None, str]]
) -> None:
    assert _counts(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The league enters the 17th month of its season.", "en"),
        ("The club won a third straight game on Sunday.", "en"),
        ("Timnas kini berada di posisi ke-118 dunia.", "id"),
        ("Rapat digelar pada hari ketiga pekan ini.", "id"),
        (
            "Flights were cancelled.\n\nRead more:\nCopper gains for a fifth straight month\n\n"
            "The storm moved west.",
            "en",
        ),
    ],
)
def test_an_ordinal_of_no_run_or_outside_a_sentence_is_no_count(text: str, lang: str) -> None:
    assert _counts(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "age"),
    [
        ("Marquez, 58, told reporters the count was clean.", "en", 58.0),
        ("Gubernur terpilih, Santoso, 61, berjanji memangkas belanja.", "id", 61.0),
        ("Sopir truk, Hendra (44), selamat dari kecelakaan itu.", "id", 44.0),
    ],
)
def test_an_age_in_apposition_after_a_name_is_read_as_an_age(
    text: str, lang: str, age: float
) -> None:
    assert [(f.value, f.label) for f in extract_numbers(text, lang)] == [(age, "age")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In Surabaya, 61 houses were flooded.", "en"),
        ("Di Bekasi, 45 rumah terendam banjir.", "id"),
    ],
)
def test_a_count_after_a_place_and_comma_is_no_age(text: str, lang: str) -> None:
    assert all(f.label != "age" for f in extract_numbers(text, lang))
