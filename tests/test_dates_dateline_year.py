"""A yearless wire dateline ("JAKARTA, July 5 (Wire) -") takes its year from the other texts
of the set when they were published on that day: its bare weekdays are then read in the
right week."""

from __future__ import annotations

from datetime import date

import pytest

from kroscek.extract.dates import extract_dates


@pytest.mark.parametrize(
    ("text", "lang", "dateline", "set_day", "expected"),
    [
        # 5 July 2027 is a Monday; 5 July 2026 a Sunday, whose Monday before is 29 June
        (
            "The bank cut its rate on Monday.",
            "en",
            date(2026, 7, 5),
            date(2027, 7, 5),
            "2027-07-05",
        ),
        (
            "The bank cut its rate on Monday.",
            "en",
            date(2026, 7, 5),
            date(2027, 7, 6),
            "2027-07-05",
        ),
        (
            "Bank sentral memangkas suku bunga pada Senin.",
            "id",
            date(2026, 7, 5),
            date(2027, 7, 5),
            "2027-07-05",
        ),
        # the set's day is months away: the dateline's guessed year is kept
        (
            "The bank cut its rate on Monday.",
            "en",
            date(2026, 7, 5),
            date(2027, 3, 1),
            "2026-06-29",
        ),
    ],
)
def test_a_yearless_dateline_takes_the_year_of_the_sets_day(
    text, lang, dateline, set_day, expected
):
    result = extract_dates(text, lang, reported=(dateline, True), set_day=set_day)
    days = [f.value for f in result.facts if f.label == "day"]
    assert days == [expected]
