"""Codes that disagree: "Flight NA-642" / "nomor penerbangan NA-624".

A flight number, a train's or a plate's code is a name made of letters and digits, so number
extraction leaves it alone and the recogniser reads no entity in it. Two outlets giving one
code of one prefix each, with other digits of the same length, name one flight (train, unit)
two ways: one of them is wrong. An article with two codes of one prefix (two flights) is left
alone, and so are codes inside quotes and pairs of articles about two events.
"""

from __future__ import annotations

import re
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
from kroscek.compare.findings.claims import apart_pairs
from kroscek.data import Article, Evidence, Finding

# Two or three capitals glued to, or joined by a hyphen to, two to four digits; not part of
# a longer word or figure ("COVID-19", "737-800", "NA-642/3").
_CODE_RE = re.compile(r"(?<![\w-])(?P<prefix>[A-Z]{2,3})-?(?P<digits>\d{2,4})(?![\w/]|[-.,]\d)")


def _codes(article: Article) -> dict[str, tuple[str, int, int]]:
    """The article's body codes by prefix, only for prefixes it writes with one code:
    prefix -> (digits, start, end)."""
    quotes = [(f.start, f.end) for f in article.facts if f.kind == "quote" and f.field == "text"]
    found: dict[str, set[tuple[str, int, int]]] = {}
    for m in _CODE_RE.finditer(article.text):
        if any(s <= m.start() < e for s, e in quotes):
            continue
        found.setdefault(m.group("prefix"), set()).add((m.group("digits"), m.start(), m.end()))
    out: dict[str, tuple[str, int, int]] = {}
    for prefix, hits in found.items():
        if len({d for d, _, _ in hits}) == 1:
            out[prefix] = min(hits, key=lambda h: h[1])
    return out


def find_code_conflicts(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """One conflict per prefix two articles write with different digits (see module doc)."""
    codes = {a.id: _codes(a) for a in articles}
    apart = apart_pairs(articles, alignment)
    labels = source_labels(articles)
    out: list[Finding] = []
    reported: set[str] = set()
    for a, b in combinations(articles, 2):
        if (a.id, b.id) in apart:
            continue
        for prefix in codes[a.id].keys() & codes[b.id].keys():
            da, db = codes[a.id][prefix][0], codes[b.id][prefix][0]
            if da == db or len(da) != len(db) or prefix in reported:
                continue
            reported.add(prefix)
            shown = [x for x in articles if prefix in codes[x.id]]
            lang = msg_lang(shown[0])
            evidence: list[Evidence] = []
            parts: list[tuple[str, str]] = []
            for x in shown:
                _, s, e = codes[x.id][prefix]
                evidence.append(span_evidence(x, "text", s, e))
                parts.append((labels[x.id], x.text[s:e]))
            text = message(lang, "conflict.code", values=join_values(lang, parts))
            out.append(Finding("conflict", "medium", text, tuple(evidence), slot="code"))
    return out
