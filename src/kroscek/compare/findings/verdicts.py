"""The outcome of a court ruling: "MK menolak seluruh permohonan" against "MK mengabulkan
sebagian permohonan".

A ruling on a petition is told as a verb that grants or rejects, right before what it rules on
("menolak permohonan uji materi", "dismissed the appeal"), in a sentence naming the court. No
figure carries it, so the number and date comparisons never see two outlets giving one
petition opposite outcomes. Each article's first ruling in its lead is its outcome; two
articles about the same petition (their ruling sentences share words besides the generic ones
of any ruling: "Penyiaran Digital", the petitioner's name) that give opposite outcomes
conflict, and a headline whose ruling verb ("MK Tolak Uji Materi ...") reverses its own lead's
is a mismatch. Partly granted and partly rejected say the same thing; all rejected against
partly granted do not. Two rulings of one court read the same day on two laws share no such
words and are never compared. The words are data (``lang/<lang>/verdicts.json``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from kroscek.align import Alignment
from kroscek.align.words import fold, stopwords
from kroscek.compare.findings._common import (
    join_values,
    lexicon_lang,
    message,
    msg_lang,
    source_labels,
    span_evidence,
)
from kroscek.data import Article, Field, Finding
from kroscek.extract.lexicon import phrase_pattern
from kroscek.text.lang import lang_data

# Body sentences searched for an article's ruling: its lead.
LEAD_SENTENCES = 3
# Words (besides generic ones) two ruling sentences must share to be about one petition.
MIN_SHARED_WORDS = 2
# Shortest word counted as shared.
MIN_WORD_CHARS = 4

_WORD_RE = re.compile(r"[^\W\d_][\w-]*")


@dataclass(frozen=True, slots=True)
class _Lexicon:
    pattern: re.Pattern[str]  # verb, optional extent word, object
    grant: frozenset[str]
    partial: frozenset[str]
    courts: re.Pattern[str]
    generic: frozenset[str]


@dataclass(frozen=True, slots=True)
class Verdict:
    """One ruling as a text tells it: granted (+1) or rejected (-1), partly or not, the span
    from its verb to its object, and the words naming what it rules on."""

    article: Article
    field: Field
    start: int
    end: int
    outcome: int
    partial: bool
    words: frozenset[str]


@lru_cache(maxsize=4)
def _lexicon(lang: str) -> _Lexicon:
    data = lang_data(lang, "verdicts")
    verbs = phrase_pattern([*data["grant"], *data["reject"]]).pattern
    extent = phrase_pattern([*data["partial"], *data["whole"]]).pattern
    objects = phrase_pattern(data["objects"]).pattern
    # English puts an article (and maybe one more word) before the object
    det = r"(?:(?:the|a|an|its|his|her|their)\s+)?(?:[a-z-]+\s+)?" if lang == "en" else ""
    pattern = re.compile(
        rf"(?:(?P<pre>{extent})\s+)?\b(?P<verb>{verbs})\b\s+(?:(?P<ext>{extent})\s+)?"
        rf"{det}\b(?P<obj>{objects})\b(?:\s+(?P<post>{extent})\b)?",
        re.IGNORECASE,
    )
    return _Lexicon(
        pattern,
        frozenset(fold(w) for w in data["grant"]),
        frozenset(fold(w) for w in data["partial"]),
        re.compile(rf"\b(?:{phrase_pattern(data['courts']).pattern})\b", re.IGNORECASE),
        frozenset(fold(w) for w in data["generic"]) | stopwords(lang),
    )


def _verdict(article: Article, field: Field, lo: int, hi: int, court: bool) -> Verdict | None:
    """The first ruling written in ``[lo, hi)`` of the field (in a sentence naming a court when
    ``court``), with the words of that stretch."""
    text = article.field_text(field)
    lex = _lexicon(lexicon_lang(article.lang))
    if court and not lex.courts.search(text, lo, hi):
        return None
    m = lex.pattern.search(text, lo, hi)
    if m is None:
        return None
    extents = {fold(g) for g in (m.group("pre"), m.group("ext"), m.group("post")) if g}
    words = frozenset(
        w
        for w in (fold(x) for x in _WORD_RE.findall(text[lo:hi]))
        if len(w) >= MIN_WORD_CHARS and w not in lex.generic
    )
    return Verdict(
        article,
        field,
        m.start("verb"),
        m.end(),
        1 if fold(m.group("verb")) in lex.grant else -1,
        bool(extents & lex.partial),
        words,
    )


def lead_verdict(article: Article, alignment: Alignment) -> Verdict | None:
    """The article's ruling: the first one its lead tells, in a sentence naming a court."""
    for sent in alignment.sentences.get(article.id, ())[:LEAD_SENTENCES]:
        found = _verdict(article, "text", sent.span.start, sent.span.end, court=True)
        if found is not None:
            return found
    return None


def opposed(x: Verdict, y: Verdict) -> bool:
    """Whether two rulings cannot both be true: opposite outcomes, unless both are partial
    (partly granted is partly rejected)."""
    return x.outcome != y.outcome and not (x.partial and y.partial)


def _shown(v: Verdict) -> str:
    return " ".join(v.article.field_text(v.field)[v.start : v.end].split())


def find_verdict_conflicts(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """One high conflict per two articles giving one petition opposite outcomes."""
    from kroscek.compare.findings.claims import apart_pairs

    found = {a.id: v for a in articles if (v := lead_verdict(a, alignment)) is not None}
    if len(found) < 2:
        return []
    apart = apart_pairs(articles, alignment)
    labels = source_labels(articles)
    out: list[Finding] = []
    for a, b in combinations(articles, 2):
        x, y = found.get(a.id), found.get(b.id)
        if x is None or y is None or (a.id, b.id) in apart or not opposed(x, y):
            continue
        if len(x.words & y.words) < MIN_SHARED_WORDS:
            continue  # two petitions: a ruling on each
        lang = msg_lang(a)
        values = join_values(lang, [(labels[v.article.id], _shown(v)) for v in (x, y)])
        evidence = tuple(span_evidence(v.article, v.field, v.start, v.end) for v in (x, y))
        text = message(lang, "conflict.verdict", values=values)
        out.append(Finding("conflict", "high", text, evidence, slot="verdict"))
    return out


def find_verdict_headlines(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """Headlines whose ruling ("MK Tolak Uji Materi ...") reverses the one their lead tells."""
    labels = source_labels(articles)
    out: list[Finding] = []
    for a in articles:
        title = _verdict(a, "title", 0, len(a.title), court=False)
        if title is None:
            continue
        body = lead_verdict(a, alignment)
        if body is None or not opposed(title, body):
            continue
        text = message(
            msg_lang(a),
            "headline.verdict",
            source=labels[a.id],
            title_text=_shown(title),
            body_text=_shown(body),
        )
        evidence = (
            span_evidence(a, "title", title.start, title.end),
            span_evidence(a, "text", body.start, body.end),
        )
        out.append(Finding("headline_mismatch", "high", text, evidence, slot="verdict"))
    return out
