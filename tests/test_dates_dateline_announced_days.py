"""A yearless dateline ("VIENNA, Nov 23 (Wire) -") takes its year from a day its text writes
in full, but not from a day the text announces (what starts "from March 1, 2028", what
"will" happen): that day may fall in the next year, months after the writing day."""

from __future__ import annotations

from datetime import date

import pytest

from kroscek.extract.dates import anchor_dateline


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        # the only full day is a start months ahead: the year stays a guess
        (
            "The cartel agreed on Sunday to trim supply from March 1, 2028, it said.",
            "en",
            (date(2024, 11, 23), True),
        ),
        (
            "Kartel itu sepakat memangkas pasokan mulai 1 Maret 2028, katanya.",
            "id",
            (date(2024, 11, 23), True),
        ),
        # an announced day is passed over for a reported one further on
        (
            "The board will meet again on March 1, 2028. It last met on October 2, 2027.",
            "en",
            (date(2027, 11, 23), False),
        ),
        # a reported day months before still gives its year
        (
            "The court upheld on Monday the ruling of March 3, 2027.",
            "en",
            (date(2027, 11, 23), False),
        ),
    ],
)
def test_a_yearless_dateline_takes_no_year_from_a_day_its_text_announces(
    body: str, lang: str, expected: tuple[date, bool]
) -> None:
    assert anchor_dateline(date(2024, 11, 23), body, lang) == expected
