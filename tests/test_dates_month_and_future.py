"""A month with the year it falls in written as words ("Juli tahun lalu"), a month after
"the" ("the November vote"), and "would" putting a bare weekday in the coming week."""

from __future__ import annotations

from datetime import datetime

import pytest

from kroscek.extract.dates import extract_dates

# Thursday 12 June 2025, 09:00
PUB = datetime(2025, 6, 12, 9, 0)


def dates(text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.value, f.label) for f in extract_dates(text, lang, published=PUB).facts]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Ia dipenjara sejak Agustus tahun lalu atas tuduhan suap.", "id", ("2024-08-01", "month")),
        ("Pabrik itu akan dibuka pada Februari tahun depan.", "id", ("2026-02-01", "month")),
        ("Harga beras naik sejak Maret tahun ini.", "id", ("2025-03-01", "month")),
        ("The mayor was arrested in September last year.", "en", ("2024-09-01", "month")),
        ("The plant will open in January next year.", "en", ("2026-01-01", "month")),
    ],
)
def test_a_month_with_a_relative_year_is_one_date_of_that_year(text, lang, expected):
    assert dates(text, lang) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Observers said the October count had been delayed.", ("2024-10-01", "month")),
        ("The February strike closed three ports.", ("2025-02-01", "month")),
    ],
)
def test_a_month_after_the_is_the_last_such_month(text, expected):
    assert dates(text, "en") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The union said its members would return to work on Monday.", ("2025-06-16", "day")),
        ("Officials said the bridge would reopen on Saturday.", ("2025-06-14", "day")),
        ("The two semi-finals are scheduled for Saturday.", ("2025-06-14", "day")),
        ("A vote on the bill is planned for Monday.", ("2025-06-16", "day")),
        # with no marker of the future a bare weekday is the last one
        ("Officials said the bridge reopened on Saturday.", ("2025-06-07", "day")),
    ],
)
def test_would_puts_a_bare_weekday_in_the_coming_week(text, expected):
    assert dates(text, "en") == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The ministry will close the coastal road and the two bridges that link the old "
            "harbour with the industrial estate for repairs over the long weekend from Saturday.",
            "en",
            "2025-06-14",
        ),
        (
            "Pemerintah kota akan menutup jalan pesisir dan dua jembatan yang menghubungkan "
            "pelabuhan lama dengan kawasan industri untuk perbaikan selama libur panjang "
            "mulai Sabtu.",
            "id",
            "2025-06-14",
        ),
    ],
)
def test_a_weekday_at_the_end_of_a_long_future_clause_is_the_coming_one(text, lang, expected):
    assert (expected, "day") in dates(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The refinery will process 80,000 barrels a day from 2027.",
            "en",
            [("2027-01-01", "year")],
        ),
        ("Kilang itu beroperasi penuh mulai 2027.", "id", [("2027-01-01", "year")]),
        ("Fares rose from 1500 to 2400 rupees.", "en", []),
    ],
)
def test_a_year_after_from_or_mulai_is_a_date_unless_it_opens_a_range_of_amounts(
    text, lang, expected
):
    assert dates(text, lang) == expected
