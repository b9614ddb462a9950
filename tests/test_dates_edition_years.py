"""A year after an election word of time or a games' name ("berlaku mulai Pemilu 2029",
"Asian Games 2030", "the 2030 Asian Games") dates when a rule takes effect or the next edition
is held; a qualifier of a tournament ("kualifikasi Piala Dunia 2026") and an election named as
a subject ("Pemilu 2034 belum ...") date nothing of the story."""

from __future__ import annotations

import pytest

from kroscek.extract.dates import extract_dates


def _years(text: str, lang: str) -> list[str]:
    return [f.text for f in extract_dates(text, lang).facts if f.label == "year"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Ambang batas baru berlaku mulai Pemilu 2029.", "id", ["2029"]),
        ("Sekitar 17 juta suara terbuang pada Pemilu 2024.", "id", ["2024"]),
        ("Aturan Baru Berlaku 2031", "id", ["2031"]),
        ("Asian Games 2030 akan digelar di Doha.", "id", ["2030"]),
        ("The Asian Games 2030 will be held in Doha.", "en", ["2030"]),
        ("Indonesia finished 13th at the 2022 Games in Hangzhou.", "en", ["2022"]),
        ("Tickets for the 2026 World Cup went on sale.", "en", ["2026"]),
    ],
)
def test_a_year_after_an_election_or_games_name_is_a_year(
    text: str, lang: str, expected: list[str]
) -> None:
    assert _years(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Timnas bermain imbang pada laga kualifikasi Piala Dunia 2026 di Jeddah.", "id"),
        ("Aturan itu membuat Pemilu 2034 belum memakai ambang batas baru.", "id"),
        ("The team lost a World Cup 2026 qualifier in Jeddah.", "en"),
        ("He scored twice in the 2026 World Cup qualifiers.", "en"),
    ],
)
def test_a_qualifier_or_an_election_as_subject_dates_nothing(text: str, lang: str) -> None:
    assert _years(text, lang) == []
