"""A bare weekday past a text's lead day, with no publication date or dateline to read it
from: the one a day or two before the lead's weekday is the day just past; one further
back, a span word ("sejak", "mulai", "hingga") or a future clause leaves it unread."""

from __future__ import annotations

import pytest

from kroscek.extract.dates import extract_dates


def _days(text: str, lang: str) -> dict[str, str]:
    return {f.text: str(f.value) for f in extract_dates(text, lang).facts if f.label == "day"}


@pytest.mark.parametrize(
    ("text", "lang", "phrase", "expected"),
    [
        (
            "Ribuan warga mengungsi, Senin (24/11/2025). Banjir yang mulai melanda pada Sabtu "
            "itu telah merendam 300 rumah.",
            "id",
            "pada Sabtu",
            "2025-11-22",
        ),
        (
            "Polisi menetapkan dua tersangka, Kamis (19/11/2026). Gudang itu terbakar Selasa "
            "malam setelah korsleting.",
            "id",
            "Selasa",
            "2026-11-17",
        ),
        (
            "Officials confirmed 12 deaths on Wednesday, March 4, 2026. The landslide, which "
            "struck on Monday, buried six houses.",
            "en",
            "on Monday",
            "2026-03-02",
        ),
    ],
)
def test_a_bare_weekday_after_the_lead_is_the_day_just_past(
    text: str, lang: str, phrase: str, expected: str
) -> None:
    days = _days(text, lang)
    assert days[phrase] == expected
    fact = next(f for f in extract_dates(text, lang).facts if f.text == phrase)
    assert fact.attrs["anchor"] == "lead"


@pytest.mark.parametrize(
    ("text", "lang", "weekday"),
    [
        # three or more days back: as likely a coming day
        (
            "The school closed on Friday, November 20, 2026. Lessons restart on Tuesday.",
            "en",
            "Tuesday",
        ),
        # six days back: as likely the next day
        (
            "Nelayan hilang di laut, Sabtu (21/11/2026). Keluarga menggelar doa pada Minggu.",
            "id",
            "Minggu",
        ),
        # a span word: from the coming one, or an aside
        (
            "Harga naik, Kamis (19/11/2026). Tarif baru berlaku mulai Selasa.",
            "id",
            "Selasa",
        ),
        (
            "Kapal itu ditahan Minggu (22/11/2026). Awak hilang kontak sejak Jumat sore.",
            "id",
            "Jumat",
        ),
        # a clause about the future
        (
            "Talks resumed on Thursday, November 19, 2026. The minister will fly home on Tuesday.",
            "en",
            "Tuesday",
        ),
        (
            "Rapat digelar Jumat (20/11/2026). Hasilnya akan diumumkan pada Rabu.",
            "id",
            "Rabu",
        ),
    ],
)
def test_a_bare_weekday_after_the_lead_stays_unread_without_a_clear_past_day(
    text: str, lang: str, weekday: str
) -> None:
    assert not [p for p in _days(text, lang) if weekday in p and "(" not in p and "," not in p]


@pytest.mark.parametrize(
    ("text", "lang", "phrase", "kept"),
    [
        # the only day's year is lent by a month elsewhere: the weekday is still read alone
        (
            "Troops shelled the village on Monday. Talks were held there on May 12. The army "
            "seized power in February 2021.",
            "en",
            "on Monday",
            True,
        ),
        (
            "Pasukan menembaki desa itu pada Senin. Perundingan digelar di sana pada 12 Mei. "
            "Militer merebut kekuasaan pada Februari 2021.",
            "id",
            "pada Senin",
            True,
        ),
        # a day with its own year: the text's calendar, the weekday is not read alone
        (
            "Troops shelled the village on Monday. Talks were held there on May 12, 2021.",
            "en",
            "on Monday",
            False,
        ),
    ],
)
def test_a_day_whose_year_a_month_lends_leaves_a_bare_weekday_read_alone(
    text: str, lang: str, phrase: str, kept: bool
) -> None:
    alone = [f for f in extract_dates(text, lang).facts if f.label == "weekday"]
    assert (phrase in [f.text for f in alone]) is kept
