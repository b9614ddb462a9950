"""A statement quoted in two languages from an institution no name is given for.

"..., the central bank said in a statement" and "..., kata bank sentral dalam keterangannya"
carry no speaker name for the extractor to read, so two quotes of one statement, one
translated, have only their words to go by: ``claims`` pairs quotes in two languages when
they share MIN_TRANSLATED_LOANS borrowed words, which a short statement often lacks. The
reporting clause beside each quote names who spoke: when both clauses share a word (the
institution, "bank", or a name) and the quotes are of like length with a borrowed word in
common ("inflation" / "inflasi"), they are one statement translated.
"""

from __future__ import annotations

import re

from kroscek.data import Article, Fact
from kroscek.text.lang import stopwords

# Characters beside a quote read for its reporting clause ("the bank said in a statement").
CLAUSE_CHARS = 60
# Shortest word of a clause that may name the speaker.
MIN_WORD = 3
_WORD_RE = re.compile(r"[^\W\d_]+")
_END_RE = re.compile(r"[.!?\n]")
_OPEN_RE = re.compile(r"[\"“]")


def unnamed(quote: Fact) -> bool:
    """Whether a quote was read with no speaker named."""
    return not quote.label and not quote.attrs.get("speaker")


def _clause(article: Article, quote: Fact) -> str:
    """The reporting words after a quote up to its sentence's end, or, for a quote that ends
    its sentence, the words before its opening mark ('Bank itu menyatakan, "..."')."""
    text = article.field_text(quote.field)
    after = text[quote.end : quote.end + CLAUSE_CHARS].lstrip("\"”'’,; ")
    stop = _END_RE.search(after)
    clause = after[: stop.start()] if stop else after
    if clause.strip():
        return clause
    before = text[max(0, quote.start - CLAUSE_CHARS) : quote.start]
    opens = list(_OPEN_RE.finditer(before))
    if opens:
        before = before[: opens[-1].start()]
    cut = max((m.end() for m in _END_RE.finditer(before)), default=0)
    return before[cut:]


def _speaker_words(article: Article, quote: Fact) -> frozenset[str]:
    lang = article.lang or "id"
    stop = stopwords(lang)
    return frozenset(
        w
        for w in (m.group().casefold() for m in _WORD_RE.finditer(_clause(article, quote)))
        if len(w) >= MIN_WORD and w not in stop
    )


def same_unnamed_speaker(x_article: Article, x: Fact, y_article: Article, y: Fact) -> bool:
    """Whether two quotes with no speaker named are credited in like words: their reporting
    clauses share a word ("the bank said" / "kata bank sentral")."""
    if not (unnamed(x) and unnamed(y)):
        return False
    return bool(_speaker_words(x_article, x) & _speaker_words(y_article, y))
