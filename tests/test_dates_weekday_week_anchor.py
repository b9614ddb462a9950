"""A bare weekday ("Selasa pagi", "on Tuesday") in a text with no date of its own is read
in the week of the full dates the text writes, when they all fall within one week; and a
yearless dateline ("SURABAYA, Nov 23") takes the year in which a day of its week written
with its weekday ("Sunday, November 22") falls on that weekday."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kroscek.compare import compare
from kroscek.extract.dates import extract_dates, week_written_year


def _days(text: str, lang: str) -> dict[str, str]:
    return {f.text: str(f.value) for f in extract_dates(text, lang).facts if f.label == "day"}


@pytest.mark.parametrize(
    ("text", "lang", "phrase", "expected"),
    [
        # the weekday before the text's one full date: the latest Tuesday on or before it
        (
            "Gudang pupuk itu terbakar pada Selasa pagi. Seorang pekerja meninggal di rumah "
            "sakit pada Rabu (18/11/2026) dini hari.",
            "id",
            "pada Selasa",
            "2026-11-17",
        ),
        # the same weekday as the full date is that very day
        (
            "Warga mulai mengungsi sejak Kamis malam. Hingga Kamis (19/11/2026) sore, air "
            "belum surut.",
            "id",
            "sejak Kamis",
            "2026-11-19",
        ),
        # two full dates of one week: read against the latest
        (
            "Terdakwa ditahan pada Selasa malam. Sidang dibuka Senin (16/11/2026) dan putusan "
            "dibacakan Kamis (19/11/26).",
            "id",
            "pada Selasa",
            "2026-11-17",
        ),
        (
            "The ferry capsized on Tuesday morning. A second survivor was found on Wednesday, "
            "November 18, 2026, rescuers said.",
            "en",
            "on Tuesday",
            "2026-11-17",
        ),
    ],
)
def test_a_bare_weekday_is_read_in_the_week_of_the_texts_full_dates(
    text: str, lang: str, phrase: str, expected: str
) -> None:
    days = _days(text, lang)
    assert days[phrase] == expected
    anchored = [f for f in extract_dates(text, lang).facts if f.text == phrase]
    assert anchored[0].attrs["anchor"] == "text"


@pytest.mark.parametrize(
    ("text", "lang", "weekday"),
    [
        # full dates weeks apart: which week the weekday falls in is unsaid
        (
            "Rapat pertama digelar Senin (2/11/2026). Warga kembali berunjuk rasa pada Selasa "
            "pagi. Putusan dibacakan Rabu (25/11/2026).",
            "id",
            "Selasa",
        ),
        (
            "The talks opened on Monday, November 2, 2026. Protesters returned on Tuesday. "
            "The ruling came on Wednesday, November 25, 2026.",
            "en",
            "Tuesday",
        ),
        # past the full date a weekday may be the next day's: left undated
        (
            "Dua kapal ditahan di perairan itu, Sabtu (21/11/2026) malam. Keluarga awak "
            "menggelar doa bersama pada Minggu malam.",
            "id",
            "Minggu",
        ),
        (
            "The school closed on Friday, November 20, 2026. Classes resume on Tuesday.",
            "en",
            "Tuesday",
        ),
        (
            "Kapal itu ditahan Minggu (22/11/2026) dini hari. Istri nakhoda hilang kontak "
            "dengan suaminya sejak Sabtu sore.",
            "id",
            "Sabtu",
        ),
        # the only day's year is lent by a month elsewhere ("February 2024"): no anchor
        (
            "Troops shelled the village on Monday. The talks were due on May 12. The army "
            "seized power in February 2024.",
            "en",
            "Monday",
        ),
        # no full date at all
        ("Gudang pupuk itu terbakar pada Selasa pagi.", "id", "Selasa"),
    ],
)
def test_a_bare_weekday_stays_undated_without_one_clear_week(
    text: str, lang: str, weekday: str
) -> None:
    assert not [p for p in _days(text, lang) if weekday in p and "(" not in p and "," not in p]


@pytest.mark.parametrize(
    ("day", "texts", "expected"),
    [
        # 22 November is a Sunday in 2026: the dateline's Monday 23 November is that year's
        (
            date(2024, 11, 23),
            [("The bridge collapsed on Sunday, November 22, killing nine.", "en")],
            2026,
        ),
        (
            date(2024, 11, 23),
            [
                (
                    "Jembatan itu runtuh pada Minggu, 22 November, dan menewaskan sembilan orang.",
                    "id",
                )
            ],
            2026,
        ),
        # the written day is weeks before the dateline: it says nothing of the year
        (
            date(2024, 12, 20),
            [("The bridge collapsed on Sunday, November 22, killing nine.", "en")],
            None,
        ),
        # no day written with its weekday
        (date(2024, 11, 23), [("The bridge collapsed on Sunday, killing nine.", "en")], None),
    ],
)
def test_a_yearless_dateline_takes_the_year_a_written_weekday_tells(
    day: date, texts: list[tuple[str, str]], expected: int | None
) -> None:
    assert week_written_year(day, texts) == expected


def test_a_yearless_datelines_sunday_is_the_sunday_before_its_monday(tmp_path: Path) -> None:
    wire = tmp_path / "a.txt"
    wire.write_text(
        "Bridge collapse kills nine in river town\n\n"
        "SURABAYA, Nov 23 (Harbour Wire) - Nine people were killed when a footbridge "
        "collapsed over a river in the town on Sunday night, police said.\n\n"
        "Rescuers searched the water through the night for two missing children.\n",
        encoding="utf-8",
    )
    other = tmp_path / "b.txt"
    other.write_text(
        "Footbridge collapse toll reaches nine\n\n"
        "Nine people died when a footbridge fell into a river on Sunday, November 22, the "
        "town's police chief told reporters.\n\n"
        "Two children are still missing after the collapse, he said.\n",
        encoding="utf-8",
    )
    result = compare([wire, other])
    values = {
        f.text: str(f.value)
        for a in result.articles
        for f in a.facts
        if f.kind == "date" and f.label == "day"
    }
    assert values["on Sunday"] == "2026-11-22"
    assert values["Sunday, November 22"] == "2026-11-22"
