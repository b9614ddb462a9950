"""A measure word ("unit", "pucuk") counts the noun after it: "tujuh unit sepeda motor"."""

from __future__ import annotations

import pytest

from kroscek.extract.numbers import extract_numbers


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Polisi menyita tujuh unit sepeda motor dari gudang itu.", "sepeda motor"),
        ("Petugas mengamankan dua pucuk senjata api rakitan.", "senjata api"),
        ("Sebanyak 12 motor hangus terbakar di parkiran.", "sepeda motor"),
        ("Polisi menyita 28 unit mobil curian.", "kendaraan"),
    ],
)
def test_a_measure_word_counts_the_noun_after_it(text: str, noun: str) -> None:
    (fact,) = extract_numbers(text, "id")
    assert fact.label == noun


def test_a_measure_word_before_no_known_noun_counts_itself() -> None:
    (fact,) = extract_numbers("Sebanyak lima unit rusak berat.", "id")
    assert fact.label == "unit"
