"""Road markers that disagree: "longsor di KM 64+400" / "longsor di KM 46+400".

A kilometre marker ("KM 64+400", "Km 12", "kilometer 97") names a place on a road, not a
distance, so number extraction leaves it alone ("7 kilometer" is a distance: the number
comes first). Toll-road and railway stories place their event by it; two outlets giving
different markers for the event in sentences about the same thing put it in two places.
Each article must give one marker (a closure "dari KM 46 hingga KM 64" gives two and is
left alone), outside quotes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kroscek.align import Alignment
from kroscek.compare.findings._common import (
    join_values,
    message,
    msg_lang,
    source_labels,
    span_evidence,
)
from kroscek.data import Article, Finding

# Content stems the marker sentences of two articles must share to place one event.
MIN_SHARED_STEMS = 2
_MARKER_RE = re.compile(
    r"(?<![\w])(?:KM|Km|km|[Kk]ilometer)\.?\s*(?P<km>\d{1,4})(?:\s*\+\s*(?P<m>\d{1,3}))?(?![\w,.]\d)"
)


@dataclass(frozen=True, slots=True)
class _Marker:
    article: Article
    start: int
    end: int
    value: tuple[int, int]
    stems: frozenset[str]


def _marker(article: Article, alignment: Alignment) -> _Marker | None:
    """The article's one road marker in its body, or None (none, or several places)."""
    quotes = [(f.start, f.end) for f in article.facts if f.kind == "quote" and f.field == "text"]
    found: list[_Marker] = []
    for m in _MARKER_RE.finditer(article.text):
        if any(s <= m.start() < e for s, e in quotes):
            continue
        sentence = alignment.sentence_at(article.id, m.start())
        if sentence is None:
            continue
        value = (int(m.group("km")), int(m.group("m") or 0))
        found.append(_Marker(article, m.start(), m.end(), value, sentence.stems))
    if not found or len({f.value for f in found}) > 1:
        return None
    return found[0]


def find_marker_conflicts(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """One conflict when articles place the event at different road markers."""
    markers = [mk for a in articles if (mk := _marker(a, alignment)) is not None]
    tied = [
        x
        for x in markers
        if any(
            y is not x and y.value != x.value and len(x.stems & y.stems) >= MIN_SHARED_STEMS
            for y in markers
        )
    ]
    if len({x.value for x in tied}) < 2:
        return []
    tied_ids = {x.article.id for x in tied}
    # articles agreeing with one of the tied markers join the finding: all places are shown
    shown = [x for x in markers if x.article.id in tied_ids or x.value in {t.value for t in tied}]
    labels = source_labels(articles)
    lang = msg_lang(shown[0].article)
    values = join_values(
        lang, [(labels[x.article.id], x.article.text[x.start : x.end]) for x in shown]
    )
    evidence = tuple(span_evidence(x.article, "text", x.start, x.end) for x in shown)
    text = message(lang, "conflict.marker", values=values)
    return [Finding("conflict", "high", text, evidence, slot="where")]
