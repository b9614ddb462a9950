"""The time of day written beside a date: "Senin (23/11/2026) pukul 12.15 WIB", "at 10:42
a.m. on Monday".

A clock time is no date and no count, so the date extractor's values stay days, weeks,
months and years. Written next to a day, the time says when on that day, so it is kept on the
date fact as ``attrs["time"]`` ("12:15", 24-hour) with ``attrs["zone"]`` when one is written
("WIB", "GMT") and ``attrs["time_about"]`` for "sekitar pukul" / "about": comparison can then
set two texts' moments against each other across zones ("Senin pukul 23.30 WIB" is Monday
16:30 GMT) without reading the text again. Only a time right after the date (past a comma,
"sekitar", "at") or right before it (before "pada", "on" or a comma) is its time.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kroscek.data import Fact

_ZONE = r"(?:\s*\(?(?P<zone>WIB|WITA|WIT|GMT|UTC)\b\)?)?"
_ID_TIME = (
    r"(?P<about>(?:sekitar|sekira|kira-kira)\s+)?(?:pukul|pkl\.?|jam)\s+"
    r"(?P<h>2[0-3]|[01]?\d)[.:](?P<m>[0-5]\d)(?!\d)" + _ZONE
)
_EN_TIME = (
    r"(?:at\s+)?(?P<about>(?:about|around|approximately|roughly)\s+)?"
    r"(?P<h>1[0-2]|0?\d)(?::(?P<m>[0-5]\d))?\s*(?P<part>a\.m\.|p\.m\.|am\b|pm\b)"
    r"(?:\s+local\s+time)?" + _ZONE
)
# "Minggu (22/11/2026) dini hari sekitar pukul 03.00 WIB": the part of the day may stand between
_ID_PART_OF_DAY = r"(?:(?:dini\s+hari|pagi|siang|sore|petang|malam)(?:\s+hari)?[ \t]*,?[ \t]*)?"
_AFTER = {
    "id": re.compile(r"[ \t]*,?[ \t]*" + _ID_PART_OF_DAY + _ID_TIME, re.IGNORECASE),
    "en": re.compile(r"[ \t]*,?[ \t]*" + _EN_TIME, re.IGNORECASE),
}
_BEFORE = {
    "id": re.compile(_ID_TIME + r"[ \t]*(?:,|pada)?[ \t]*$", re.IGNORECASE),
    "en": re.compile(_EN_TIME + r"[ \t]*(?:,|on)?[ \t]*$", re.IGNORECASE),
}
# How far before a date its time may start (characters).
BEFORE_REACH = 48
# The cheap guard: a text with none of these holds no clock time either reading takes.
_CLUES = ("pukul", "pkl", "jam ", ".m.", "am", "pm")


def _clock(m: re.Match[str]) -> str:
    hour = int(m.group("h"))
    part = (m.groupdict().get("part") or "").lower().replace(".", "")
    if part == "pm" and hour < 12:
        hour += 12
    elif part == "am" and hour == 12:
        hour = 0
    return f"{hour:02d}:{m.group('m') or '00'}"


def add_times(text: str, facts: list[Fact], lang: str, low: str | None = None) -> None:
    """Put the time of day written beside each day-precision date fact on it, in place;
    ``low`` is the text lowercased, when the caller has it."""
    if not any(f.label == "day" for f in facts):
        return
    folded = low if low is not None else text.lower()
    if not any(c in folded for c in _CLUES):
        return
    after, before = _AFTER.get(lang), _BEFORE.get(lang)
    if after is None or before is None:
        return
    for i, fact in enumerate(facts):
        if fact.label != "day":
            continue
        m = after.match(text, fact.end)
        if m is None:
            head = text[max(0, fact.start - BEFORE_REACH) : fact.start]
            m = before.search(head)
        if m is None:
            continue
        attrs = {**fact.attrs, "time": _clock(m)}
        if m.group("zone"):
            attrs["zone"] = m.group("zone").upper()
        if m.group("about"):
            attrs["time_about"] = True
        facts[i] = replace(fact, attrs=attrs)
