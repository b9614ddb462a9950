"""A toll raised to a number word, a figure a tally is revised to, and a title's "Above $N":
each is read as what the sentence says it is, so compare meets it with the other outlet's."""

from __future__ import annotations

import pytest

from kroscek.extract.numbers import extract_numbers


def _read(text: str, lang: str) -> list[tuple[str, float, str]]:
    return [
        (f.label, float(f.value), str(f.attrs.get("qualifier")))
        for f in extract_numbers(text, lang)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "value", "event"),
    [
        ("The death toll from the blast rose to eleven on Friday.", "en", 11.0, "killed"),
        ("The number of dead climbed to seven overnight.", "en", 7.0, "killed"),
        ("Korban meninggal akibat longsor kini mencapai delapan.", "id", 8.0, "killed"),
    ],
)
def test_toll_raised_to_a_number_word_counts_people(
    text: str, lang: str, value: float, event: str
) -> None:
    facts = extract_numbers(text, lang)
    assert [(float(f.value), f.attrs.get("event")) for f in facts] == [(value, event)]
    assert facts[0].label


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The score reached seven in the second half.", "en"),
        ("Skor akhirnya mencapai tujuh.", "id"),
    ],
)
def test_number_word_reached_by_no_toll_stays_unread(text: str, lang: str) -> None:
    assert extract_numbers(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "label", "value"),
    [
        ("Jumlah penumpang terlantar bertambah menjadi 3,1 ribu.", "id", "penumpang", 3100.0),
        (
            "Jumlah pelanggan yang padam naik menjadi 450.000 pada malam hari.",
            "id",
            "pelanggan",
            450000.0,
        ),
        ("The number of customers without power rose to 1.8 million.", "en", "customers", 1.8e6),
    ],
)
def test_figure_a_tally_is_revised_to_takes_the_tally_noun(
    text: str, lang: str, label: str, value: float
) -> None:
    assert (label, value) in [(f.label, float(f.value)) for f in extract_numbers(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Suhu udara naik menjadi 38 pada siang hari.", "id"), ("Inflation rose to 3 in May.", "en")],
)
def test_figure_reached_without_a_tally_keeps_no_noun(text: str, lang: str) -> None:
    assert [f.label for f in extract_numbers(text, lang)] == [""]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Oil Settles Above $95 After Supply Cut", "en", [("USD", 95.0, "more_than")]),
        ("Copper slipped below $9,000 a tonne.", "en", [("USD", 9000.0, "up_to")]),
        ("Harga minyak bertahan di atas 95 dolar AS.", "id", [("USD", 95.0, "more_than")]),
        ("The surge ran 2 metres above the tide line.", "en", [("m", 2.0, "exact")]),
    ],
)
def test_above_and_below_before_an_amount_make_it_a_bound(
    text: str, lang: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _read(text, lang) == expected
