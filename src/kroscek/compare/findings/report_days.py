"""Reports of two different days of one running story.

Two daily reports of one games' medal table, or of one flood's toll, give different running
totals ("Hingga Selasa malam, Indonesia mengoleksi 12 emas" / "Indonesia kini mengumpulkan
24 emas", Sabtu): each figure was true on its own day, so setting them against each other
as a dispute misleads. Two articles are such reports when they were published at least
``APART_DAYS`` days apart and each one's story day (its body's first date, as
:func:`kroscek.compare.findings.claims.lead_date` reads it) follows its own publication the
same way, at most ``LEAD_BEFORE_DAYS`` before it. Their figures, ranks, days and hours are
then no conflict; a quote credited to two speakers still is. Two reports of one day
disputing the day itself ("Selasa (10/11)" / "Senin (9/11)", both published on the 11th)
are not touched: their publication days agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from itertools import combinations

from kroscek.compare.findings.claims import lead_date
from kroscek.data import Article, Finding

# Publication days at least this far apart make two reports of two days.
APART_DAYS = 2
# A story day at most this long before its article's publication is that report's day.
LEAD_BEFORE_DAYS = 2
# Conflict slots that a running story changes from one day to the next.
_RUNNING_SLOTS = ("number", "ordinal", "when")


def _day(raw: object) -> date | None:
    try:
        return date.fromisoformat(str(raw)[:10])
    except ValueError:
        return None


def _published_day(article: Article) -> date | None:
    if article.published is not None:
        return article.published.date()
    meta = article.meta or {}
    if meta.get("dateline_year_guessed"):
        return None
    return _day(meta.get("dateline_date") or "")


def _report_day(article: Article) -> tuple[date, date] | None:
    """(publication day, story day) of an article whose story happened just before it was
    published, or None."""
    published = _published_day(article)
    lead = lead_date(article)
    story = _day(lead.value) if lead is not None and lead.label == "day" else None
    if published is None or story is None:
        return None
    return (published, story) if 0 <= (published - story).days <= LEAD_BEFORE_DAYS else None


def days_apart(articles: Sequence[Article]) -> set[frozenset[str]]:
    """The pairs of article ids that report two different days of one story."""
    days = {a.id: d for a in articles if (d := _report_day(a)) is not None}
    out: set[frozenset[str]] = set()
    for a, b in combinations(days, 2):
        (pa, sa), (pb, sb) = days[a], days[b]
        published, story = (pb - pa).days, (sb - sa).days
        if abs(published) >= APART_DAYS and abs(story) >= APART_DAYS and published * story > 0:
            out.add(frozenset((a, b)))
    return out


def without_running_changes(
    findings: Sequence[Finding], articles: Sequence[Article]
) -> list[Finding]:
    """``findings`` less the conflicts of figures, ranks and days between reports of two
    different days (every pair of their sources so apart)."""
    apart = days_apart(articles)
    if not apart:
        return list(findings)

    def running(f: Finding) -> bool:
        if f.type != "conflict" or not (f.slot or "").startswith(_RUNNING_SLOTS):
            return False
        ids = sorted({e.article for e in f.evidence})
        return len(ids) >= 2 and all(frozenset(p) in apart for p in combinations(ids, 2))

    return [f for f in findings if not running(f)]
