"""The story's day agreed by texts that date it only by a weekday.

A text with no calendar to count from (no publication date, no dateline, no full day of its
own) that opens on a bare weekday ("Seventeen students were killed on Monday when ...") still
tells which day of the week its act happened; :func:`kroscek.compare.findings.conflict`
reports two such leads naming two weekdays. This module reports the other side: every text
of the comparison opens on the same weekday, either as a bare weekday or as a full day that
falls on it ("Selasa (17/11/2026)" / "Selasa malam"), so the day of the act is agreed, when
some text writes a calendar day at all (texts that give no date leave only a weekday, no
date a reader can check). A full day the texts give twice must be one day; texts the
alignment keeps apart (two reports of two days) agree on nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from itertools import combinations

from kroscek.align import Alignment
from kroscek.compare.findings._common import (
    fact_evidence,
    message,
    msg_lang,
    span_evidence,
)
from kroscek.compare.findings.claims import apart_pairs, lead_date
from kroscek.compare.findings.conflict import lead_weekday_only
from kroscek.data import Article, Evidence, Fact, Finding
from kroscek.extract.dates import daypart_after


def _iso_weekday(f: Fact) -> int | None:
    wd = f.attrs.get("weekday")
    if isinstance(wd, int):
        return wd
    try:
        return date.fromisoformat(str(f.value)[:10]).isoweekday()
    except ValueError:
        return None


def _with_daypart(article: Article, f: Fact) -> tuple[int, int]:
    """The weekday's span with the part of the day written after it ("Selasa malam",
    "Monday night"): the evidence shows the time the text gives."""
    text = article.field_text(f.field)
    m = daypart_after(article.lang or "id").match(text, f.end)
    return f.start, (m.end() if m is not None else f.end)


def day_evidence(article: Article, f: Fact) -> Evidence:
    """Evidence for a date: a weekday written without its date ("pada Senin pagi", "on
    Friday night") with the part of the day after it, the rest as written."""
    if f.attrs.get("relative") and isinstance(f.attrs.get("weekday"), int):
        return span_evidence(article, f.field, *_with_daypart(article, f))
    return fact_evidence(article, f)


def find_weekday_lead_agreements(
    articles: Sequence[Article], alignment: Alignment
) -> list[Finding]:
    """One agreement when every text's lead date falls on one weekday and at least one of
    them is a bare weekday no calendar anchors (else the dates' own agreement tells it)."""
    if len(articles) < 2:
        return []
    leads: list[tuple[Article, Fact, bool]] = []
    for a in articles:
        bare = lead_weekday_only(a)
        if bare is not None and bare.attrs.get("last"):
            return []  # "Selasa lalu": a week before a day the text does not give
        if bare is not None:
            leads.append((a, bare, True))
            continue
        day = lead_date(a)
        if day is None or day.label != "day" or day.attrs.get("year_guessed"):
            return []
        if day.attrs.get("weekday_mismatch") or day.attrs.get("anchor") in ("set", "lead"):
            return []
        leads.append((a, day, False))
    if not any(bare for _, _, bare in leads):
        return []
    if not any(
        f.kind == "date" and f.label == "day" and f.field == "text" and not f.attrs.get("relative")
        for a in articles
        for f in a.facts
    ):
        # no text writes a calendar day: one weekday of texts that give no date at all is
        # the story's setting, not a date a reader can check
        return []
    if len({_iso_weekday(f) for _, f, _ in leads}) != 1 or _iso_weekday(leads[0][1]) is None:
        return []
    if len({str(f.value)[:10] for _, f, bare in leads if not bare}) > 1:
        return []
    apart = apart_pairs(articles, alignment)
    if any((a.id, b.id) in apart or (b.id, a.id) in apart for a, b in combinations(articles, 2)):
        return []
    shown = next((f for _, f, bare in leads if not bare), leads[0][1])
    lang = msg_lang(articles[0])
    text = message(lang, "agreement.date", text=shown.text)
    evidence = tuple(day_evidence(a, f) for a, f, _ in leads)
    return [Finding("agreement", "info", text, evidence, slot="date:day")]
