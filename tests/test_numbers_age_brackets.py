"""A bound on years right after a word for people or for age ("anak di bawah lima tahun",
"children under 5 years") says who is meant, not how long something lasted: no duration."""

from __future__ import annotations

import pytest

from kroscek.extract.numbers import extract_numbers


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Imunisasi diberikan kepada anak di bawah lima tahun.", "id"),
        ("Warga usia di atas 65 tahun mendapat prioritas.", "id"),
        ("Children under 5 years were vaccinated first.", "en"),
    ],
)
def test_age_bracket_of_people_is_no_duration(text: str, lang: str) -> None:
    assert [f for f in extract_numbers(text, lang) if f.attrs.get("unit") == "year"] == []


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("Pembangunan jembatan berjalan lebih dari lima tahun.", "id", "lebih dari lima tahun"),
        ("Terdakwa dituntut di atas 10 tahun penjara.", "id", "di atas 10 tahun"),
        ("The project ran for more than 10 years.", "en", "more than 10 years"),
    ],
)
def test_bound_on_a_duration_stays_a_duration(text: str, lang: str, figure: str) -> None:
    assert figure in [f.text for f in extract_numbers(text, lang) if f.attrs.get("unit") == "year"]
