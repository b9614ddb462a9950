"""Ages that disagree: "RD (27)" / "RD (29)".

Crime and accident news names people by initials or name with their age in brackets ("AS
(34)", "Hendrikus Lamba (41)") or between commas ("Maria Lopez, 64,"). Number extraction
reads the age as a bare figure and unique findings leave it alone; two outlets giving one
name two ages tell one person two ways: one of them is wrong. A name a text gives two ages
(two people with one initials) is left alone, and so are pairs of articles about two events.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations

from kroscek.align import Alignment
from kroscek.compare.findings._common import (
    join_values,
    message,
    msg_lang,
    source_labels,
    span_evidence,
)
from kroscek.compare.findings.aged import ages
from kroscek.compare.findings.claims import apart_pairs
from kroscek.data import Article, Evidence, Finding


def find_age_conflicts(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """One conflict per name two articles give different ages (see the module doc)."""
    by_article = {a.id: ages(a) for a in articles}
    apart = apart_pairs(articles, alignment)
    labels = source_labels(articles)
    out: list[Finding] = []
    reported: set[str] = set()
    for a, b in combinations(articles, 2):
        if (a.id, b.id) in apart:
            continue
        for name in by_article[a.id].keys() & by_article[b.id].keys():
            if name in reported or by_article[a.id][name][0] == by_article[b.id][name][0]:
                continue
            reported.add(name)
            shown = [x for x in articles if name in by_article[x.id]]
            lang = msg_lang(shown[0])
            evidence: list[Evidence] = []
            parts: list[tuple[str, str]] = []
            for x in shown:
                _, s, e = by_article[x.id][name]
                evidence.append(span_evidence(x, "text", s, e))
                parts.append((labels[x.id], x.text[s:e]))
            text = message(lang, "conflict.age", values=join_values(lang, parts))
            out.append(Finding("conflict", "high", text, tuple(evidence), slot="age"))
    return out
