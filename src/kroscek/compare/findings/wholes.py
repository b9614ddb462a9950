"""A part of a whole against the whole said to be all: "tujuh dari delapan fraksi menyatakan
setuju" / "Seluruh delapan fraksi menyetujui rancangan tersebut".

The extractor reads "tujuh dari delapan fraksi" as a count of seven carrying the whole it is
part of (``attrs["whole"]``: 8). Another text writing that whole with a totality word right
before it ("Seluruh delapan fraksi", "all eight factions": ``totality.totality_before``) says
every one of them did what the first says only seven did: a conflict over how many did it.
The whole itself ("delapan fraksi" in both) still agrees as its own figure, which is why this
is no pair of claims (the claims of one figure would join the two eights and leave the seven
facing a claim its own text shares); and the part, set against the totality, is no unique.
A text with no part read (no ``whole`` attribute) pays one scan of its facts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kroscek.align import Alignment
from kroscek.compare.findings._common import (
    folded,
    join_values,
    message,
    msg_lang,
    source_labels,
    span_evidence,
)
from kroscek.compare.findings.claims import apart_pairs
from kroscek.compare.findings.totality import totality_before
from kroscek.data import Article, Evidence, Fact, Finding

# Characters between a part and the count of its whole ("tujuh dari delapan fraksi").
WHOLE_REACH = 12


@dataclass(frozen=True, slots=True)
class PartAgainstAll:
    """A part in one text and the whole another text says all of did it."""

    part_article: Article
    part: Fact
    all_article: Article
    whole: Fact
    word: Evidence  # the totality word ("Seluruh")


def parts_against_all(articles: Sequence[Article], alignment: Alignment) -> list[PartAgainstAll]:
    """Every part of a whole that another text of the same event gives as all."""
    parts = [
        (a, f)
        for a in articles
        for f in a.facts
        if f.kind == "number" and f.field == "text" and f.attrs.get("whole")
    ]
    if not parts:
        return []
    apart = apart_pairs(articles, alignment)
    out: list[PartAgainstAll] = []
    for a, p in parts:
        whole = p.attrs["whole"]
        if p.value == whole:
            continue
        for b in articles:
            if b.id == a.id or (a.id, b.id) in apart:
                continue
            for g in b.facts:
                if (
                    g.kind != "number"
                    or g.field != "text"
                    or g.attrs.get("whole")
                    or g.value != whole
                    or folded(g.label or "") != folded(p.label or "")
                ):
                    continue
                word = totality_before(b, g)
                if word is not None:
                    out.append(PartAgainstAll(a, p, b, g, word))
                    break
    return out


def _part_span(article: Article, part: Fact) -> Evidence:
    """The part with the count of its whole after it ("tujuh dari delapan fraksi")."""
    whole = next(
        (
            f
            for f in article.facts
            if f.kind == "number"
            and f.field == part.field
            and f.value == part.attrs["whole"]
            and 0 <= f.start - part.end <= WHOLE_REACH
        ),
        None,
    )
    end = whole.end if whole is not None else part.end
    return span_evidence(article, part.field, part.start, end)


def find_part_conflicts(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """One conflict per part of a whole another text gives as all (see the module doc)."""
    found = parts_against_all(articles, alignment)
    if not found:
        return []
    labels = source_labels(articles)
    out: list[Finding] = []
    for c in found:
        part = _part_span(c.part_article, c.part)
        every = span_evidence(c.all_article, c.whole.field, c.word.start, c.whole.end)
        lang = msg_lang(c.part_article)
        values = join_values(
            lang, [(labels[c.part_article.id], part.text), (labels[c.all_article.id], every.text)]
        )
        text = message(lang, "conflict.number", noun=c.part.label, values=values)
        slot = f"number:{c.part.label}" if c.part.label else "number"
        out.append(Finding("conflict", "high", text, (part, every), slot=slot))
    return out
