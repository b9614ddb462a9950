"""Times as an Indonesian newsroom reads them: the day in WIB, a clock with its zone.

A corpus mixes portals publishing in WIB with wires timed in UTC. The day filters count
WIB days and the pages and the terminal write each time with its zone, plus the same
moment in WIB when it was published elsewhere; one module so the web app, the CLI and the
store's filters agree.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

# Western Indonesia Time, where most Indonesian outlets publish.
WIB = timezone(timedelta(hours=7), "WIB")

_INDONESIAN_ZONES = {7 * 60: " WIB", 8 * 60: " WITA", 9 * 60: " WIT"}


def zone_suffix(value: datetime) -> str:
    """The time zone after a clock time: " WIB", " WITA", " WIT", " UTC" or " UTC+05:30".

    Stored times keep the offset they were published with, which differs between
    articles; without it 19:28 WIB and 19:28 UTC read the same.
    """
    offset = value.utcoffset()
    if offset is None:
        return ""
    minutes = int(offset.total_seconds() // 60)
    if minutes in _INDONESIAN_ZONES:
        return _INDONESIAN_ZONES[minutes]
    if minutes == 0:
        return " UTC"
    sign = "+" if minutes > 0 else "-"
    return f" UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def in_wib(value: datetime) -> str:
    """The same moment in WIB ("09:00 WIB", "24/11 03:00 WIB" across midnight) for a time
    published in another zone, else "". A story told by a Jakarta portal at 06:30 WIB and
    a wire at 02:00 UTC reads out of order without it."""
    offset = value.utcoffset()
    if offset is None or int(offset.total_seconds() // 60) in _INDONESIAN_ZONES:
        return ""
    local = value.astimezone(WIB)
    same_day = local.date() == value.date()
    return local.strftime("%H:%M" if same_day else "%d/%m %H:%M") + " WIB"


def clock(value: datetime | None, *, undated: str = "undated") -> str:
    """``2026-11-24 02:00 UTC (09:00 WIB)``: a time with its zone, for a terminal line."""
    if value is None:
        return undated
    text = value.strftime("%Y-%m-%d %H:%M") + zone_suffix(value)
    wib = in_wib(value)
    return f"{text} ({wib})" if wib else text
