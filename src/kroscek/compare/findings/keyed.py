"""One conflict per key two articles give different values: the shared walk of the finders
that read a keyed value straight from the text (a code by its prefix, ``codes.py``; an age by
its name, ``ages.py``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from itertools import combinations
from typing import TypeVar

from kroscek.align import Alignment
from kroscek.compare.findings._common import (
    join_values,
    message,
    msg_lang,
    source_labels,
    span_evidence,
)
from kroscek.compare.findings.claims import apart_pairs
from kroscek.data import Article, Evidence, Finding, Severity

V = TypeVar("V")
# per article id: key -> (value, start, end) of the body span that gives it
Keyed = Mapping[str, Mapping[str, tuple[V, int, int]]]


def keyed_conflicts(
    articles: Sequence[Article],
    alignment: Alignment,
    found: Keyed[V],
    differ: Callable[[V, V], bool],
    *,
    message_key: str,
    severity: Severity,
    slot: str,
) -> list[Finding]:
    """One conflict per key that two articles about one event (not ``apart_pairs``) give
    values ``differ`` tells apart; its evidence is every article's span for that key."""
    apart = apart_pairs(articles, alignment)
    labels = source_labels(articles)
    out: list[Finding] = []
    reported: set[str] = set()
    for a, b in combinations(articles, 2):
        if (a.id, b.id) in apart:
            continue
        for key in found[a.id].keys() & found[b.id].keys():
            if key in reported or not differ(found[a.id][key][0], found[b.id][key][0]):
                continue
            reported.add(key)
            shown = [x for x in articles if key in found[x.id]]
            lang = msg_lang(shown[0])
            evidence: list[Evidence] = []
            parts: list[tuple[str, str]] = []
            for x in shown:
                _, s, e = found[x.id][key]
                evidence.append(span_evidence(x, "text", s, e))
                parts.append((labels[x.id], x.text[s:e]))
            text = message(lang, message_key, values=join_values(lang, parts))
            out.append(Finding("conflict", severity, text, tuple(evidence), slot=slot))
    return out
