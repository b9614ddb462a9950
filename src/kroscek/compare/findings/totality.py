"""A headline saying all did it over a body that splits them: "Seluruh Fraksi Setuju" over
"delapan fraksi menyatakan setuju, sementara satu fraksi menolak"; and the word "all"
right before a count ("Seluruh delapan fraksi"), which says the count is its whole
(``totality_before``).

A headline's "seluruh" / "semua" / "all" before a counted noun and its predicate claims
every one of them did it; a body giving two different counts of that noun in one sentence,
the predicate said of the first and not of the last, says they split ("Seluruh Korban
Dievakuasi" over "12 korban tewas dan 30 korban luka" splits nothing the headline said). The
words are data (``totality_words`` of ``lang/<lang>/headline.json``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from kroscek.align import Alignment
from kroscek.compare.findings._common import (
    lexicon_lang,
    message,
    msg_lang,
    source_labels,
    span_evidence,
)
from kroscek.data import Article, Evidence, Fact, Finding
from kroscek.text.lang import lang_data

_WORD_RE = re.compile(r"[^\W\d_]+")
# How many words after the totality word its noun may stand ("Seluruh Sembilan Fraksi").
NOUN_REACH = 2
MIN_NOUN_CHARS = 3


@lru_cache(maxsize=4)
def _totality_words(lang: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in lang_data(lang, "headline").get("totality_words", []))


def _same_noun(word: str, label: str) -> bool:
    """ "fraksi" / "fraksi", "parties" / "party": one noun, plural or not."""
    w, lab = word.casefold(), label.casefold()
    stem = min(len(w), len(lab)) - 1
    return len(lab) >= MIN_NOUN_CHARS and stem >= MIN_NOUN_CHARS - 1 and w[:stem] == lab[:stem]


# Characters before a count searched for its totality word ("Seluruh delapan fraksi", "all
# eight factions").
TOTALITY_REACH = 12


def totality_before(article: Article, fact: Fact) -> Evidence | None:
    """The totality word standing right before a count ("Seluruh" of "Seluruh delapan
    fraksi"), as evidence, or None."""
    text = article.field_text(fact.field)
    before = list(_WORD_RE.finditer(text, max(0, fact.start - TOTALITY_REACH), fact.start))
    if not before or before[-1].group(0).casefold() not in _totality_words(
        lexicon_lang(article.lang)
    ):
        return None
    m = before[-1]
    if text[m.end() : fact.start].strip():
        return None  # "semua pihak, delapan fraksi": another word between
    return span_evidence(article, fact.field, m.start(), m.end())


def find_totality_headlines(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """One mismatch per headline whose "all" its body splits (see the module doc)."""
    labels = source_labels(articles)
    out: list[Finding] = []
    for a in articles:
        lang = lexicon_lang(a.lang)
        words = list(_WORD_RE.finditer(a.title))
        for k, m in enumerate(words):
            if m.group(0).casefold() not in _totality_words(lang):
                continue
            for at, n in enumerate(words[k + 1 : k + 1 + NOUN_REACH], start=k + 1):
                if at + 1 >= len(words):
                    break
                split = _split_counts(a, n.group(0), alignment)
                if split is None:
                    continue
                first, last = split
                end = _clause_end(a.text, last.end)
                # the headline's predicate ("Setuju") said of the first count, not the last
                predicate = words[at + 1].group(0).casefold()
                if not _says(a.text[first.end : last.start], predicate) or _says(
                    a.text[last.end : end], predicate
                ):
                    continue
                text = message(
                    msg_lang(a),
                    "headline.totality",
                    source=labels[a.id],
                    title_text=a.title[m.start() : words[at + 1].end()],
                    body_text=" ".join(a.text[first.start : end].split()),
                )
                evidence = (
                    span_evidence(a, "title", m.start(), words[at + 1].end()),
                    span_evidence(a, "text", first.start, end),
                )
                out.append(Finding("headline_mismatch", "high", text, evidence, slot="totality"))
                break
            else:
                continue
            break
    return out


# The part of a predicate word its inflections keep ("back" of "backed", "setuju" of
# "menyetujui").
MIN_PREDICATE_CHARS = 4


def _says(clause: str, predicate: str) -> bool:
    """Whether a clause holds the headline's predicate word, inflected or not."""
    if len(predicate) < MIN_PREDICATE_CHARS:
        return False
    core = predicate[: max(MIN_PREDICATE_CHARS, len(predicate) - 2)]
    return any(core in w.casefold() for w in _WORD_RE.findall(clause))


_CLAUSE_TAIL_RE = re.compile(r"[^.,;:!?\n]{0,40}?(?=[.,;:!?\n]|$)")


def _clause_end(text: str, at: int) -> int:
    """Where the clause of the last count ends ("satu fraksi menolak"), at most 40 characters
    on: what that count did is the body's word against the headline's."""
    m = _CLAUSE_TAIL_RE.match(text, at)
    return m.end() if m else at


def _split_counts(a: Article, noun: str, alignment: Alignment) -> tuple[Fact, Fact] | None:
    """The first and last of two or more different counts of ``noun`` in one body sentence."""
    counts = [
        f
        for f in a.facts
        if f.kind == "number"
        and f.field == "text"
        and not f.attrs.get("unit")
        and f.label
        and _same_noun(noun, str(f.label))
    ]
    by_sentence: dict[int, list[Fact]] = {}
    for f in counts:
        s = alignment.sentence_at(a.id, f.start)
        if s is not None:
            by_sentence.setdefault(s.index, []).append(f)
    for fs in by_sentence.values():
        if len({f.value for f in fs}) >= 2:
            fs.sort(key=lambda f: f.start)
            return fs[0], fs[-1]
    return None
