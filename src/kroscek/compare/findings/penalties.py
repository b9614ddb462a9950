"""A sentence demanded is not a sentence given: "Divonis 9 Tahun" over "tuntutan jaksa, yakni 9
tahun" and "memvonis ... 6 tahun penjara".

Court stories give two terms of one unit: what the prosecutor asked for and what the judges
imposed. A headline that says the defendant was sentenced ("divonis", "dihukum", "sentenced")
to the term the body gives only as the demand, while the body's verdict is another term,
misreports the verdict, though its figure is written in the body. The headline check that
looks for the figure anywhere in the body cannot see it; this one reads the clause each body
term stands in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from kroscek.data import Article, Fact
from kroscek.extract.sentences import sentence_of, sentence_spans

# Words of a sentence imposed (a headline's verb, or a body clause's), folded substrings.
_VERDICT_WORDS = (
    "vonis",
    "dihukum",
    "hukuman",
    "dijatuhi",
    "menjatuhkan",
    "putusan",
    "sentenced",
    "sentence",
    "jailed",
    "verdict",
)
# Words of a sentence asked for: any of them in the clause makes its term the demand. The
# active verb drops the root's t ("menuntut", spoken "nuntut"), so "nuntut" stands beside it.
_DEMAND_WORDS = ("tuntut", "nuntut", "sought", "demanded", "asked for", "had asked", "requested")
# The units a term of prison (or a fine) is given in.
_TERM_UNITS = frozenset({"year", "month"})


def _has(text: str, words: Sequence[str]) -> bool:
    low = text.casefold()
    return any(w in low for w in words)


def _clause(article: Article, f: Fact) -> str:
    """The words of a body figure's sentence up to the figure: what it is a term of."""
    text = article.field_text(f.field)
    start, _ = sentence_of(sentence_spans(text), f.start)
    return text[start : f.start]


def demanded_not_given(article: Article, t: Fact, body: Sequence[Fact]) -> Fact | None:
    """The body's verdict term when a headline term of a sentence imposed is, in the body,
    only the prosecutor's demand; None otherwise (and at once for headlines without a
    sentencing word or terms in other units)."""
    unit = t.attrs.get("unit")
    if unit not in _TERM_UNITS or not _has(article.title, _VERDICT_WORDS):
        return None
    if _has(article.title, _DEMAND_WORDS):
        return None  # "Dituntut 9 Tahun": the headline reports the demand
    same = [b for b in body if b.attrs.get("unit") == unit]
    equal = [b for b in same if b.value == t.value]
    if not equal or not all(_has(_clause(article, b), _DEMAND_WORDS) for b in equal):
        return None
    given = [
        b
        for b in same
        if b.value != t.value
        and _has(_clause(article, b), _VERDICT_WORDS)
        and not _has(_clause(article, b), _DEMAND_WORDS)
    ]
    return given[0] if given else None


# A headline's verdict verb right before its term ("Divonis 9 Tahun", "Dihukum 6 Tahun").
_VERB_BEFORE = re.compile(r"(?:di)?(?:vonis|hukum|penjara)\s+$|sentenced\s+to\s+$", re.I)


def with_verdict_verb(article: Article, t: Fact) -> Fact:
    """The headline term with the verdict verb written right before it ("Divonis 9 Tahun"):
    the verb is what the headline gets wrong, so the evidence shows it."""
    if t.field != "title":
        return t
    m = _VERB_BEFORE.search(article.title[max(0, t.start - 20) : t.start])
    if m is None:
        return t
    start = t.start - len(m.group())
    return replace(t, start=start, text=article.title[start : t.end])
