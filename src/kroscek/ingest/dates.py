"""Publication dates: parsing ISO 8601 and refusing dates that cannot be true.

A scraper that fails to find a date often writes the Unix epoch (1970-01-01) or a far
future placeholder; trusting it would put the article in the wrong story and make its
relative dates ("kemarin", "awal bulan ini") resolve wrongly. Such an article is rejected
with the date in the reason. Every date leaves here timezone-aware (naive ones are taken
as UTC) so that later stages can compare dates from different readers.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from kroscek.ingest.files import InputRejected

EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)
FUTURE_SLACK = timedelta(days=2)


def aware(value: datetime) -> datetime:
    """``value`` with a timezone (UTC when it had none)."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def parse_iso(value: object, what: str = "published") -> datetime | None:
    """Parse an ISO 8601 date or date-time string; ``None`` for an empty value."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return aware(value)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    if not isinstance(value, str):
        raise InputRejected(f"{what} is not an ISO 8601 date: {value!r}", "bad_date")
    text = value.strip()
    try:
        return aware(datetime.fromisoformat(text.replace(" ", "T", 1) if "T" not in text else text))
    except ValueError:
        pass
    try:
        return aware(datetime.fromisoformat(text))
    except ValueError:
        raise InputRejected(f"{what} is not an ISO 8601 date: {text[:40]!r}", "bad_date") from None


def check_plausible(value: datetime | None, now: datetime | None = None) -> None:
    """Raise ``InputRejected`` for a date before 1990 or more than 2 days in the future."""
    if value is None:
        return
    moment = aware(value)
    current = now or datetime.now(UTC)
    if moment < EARLIEST or moment > current + FUTURE_SLACK:
        why = "before 1990" if moment < EARLIEST else "more than 2 days from now"
        raise InputRejected(
            f"implausible publication date {moment.date().isoformat()} ({why}); "
            "correct it or leave 'published' out",
            "bad_date",
        )
