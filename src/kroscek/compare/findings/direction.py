"""The direction of a change: "ditutup menguat 0,84 persen" against "fell 0.84%".

A market close, a price or a rate is told as a figure and a direction word right before it.
Two sources giving the same figure in opposite directions agree on nothing: the figure is
one claim (``claims.group_claims``), but its direction conflicts (a ``conflict`` with slot
``direction``, and no agreement). A headline whose direction word over a figure is the
opposite of the one its body gives that figure's sentence ("IHSG Ditutup Melemah ke 7.312"
over "berakhir naik 0,84% ke posisi 7.312,45") is a ``headline_mismatch``. The words are
data (``lang/<lang>/direction.json``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from kroscek.align import Alignment
from kroscek.compare.findings._common import (
    display,
    fact_evidence,
    join_values,
    lexicon_lang,
    message,
    msg_lang,
    source_labels,
    span_evidence,
)
from kroscek.compare.findings.claims import Claim, Mention, group_claims
from kroscek.data import Article, Evidence, Fact, Finding
from kroscek.text.lang import lang_data

# How far before a figure its direction word may stand (characters, then words).
WINDOW_CHARS = 60
MAX_WORDS_BACK = 4

_WORD_RE = re.compile(r"[^\W\d_]+")
# a clause ends at sentence punctuation, or at a comma that is not inside a number
_CLAUSE_END_RE = re.compile(r"[.;:!?]\s|,\s|\n")


@lru_cache(maxsize=4)
def _lexicon(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = lang_data(lang, "direction")
    return (
        frozenset(w.casefold() for w in data["up"]),
        frozenset(w.casefold() for w in data["down"]),
        frozenset(w.casefold() for w in data["skip"]),
    )


def direction_before(text: str, start: int, lang: str) -> tuple[int, int, int]:
    """The direction (+1 up, -1 down, 0 none) of the word right before ``start`` in its
    clause, and that word's span: "naik 0,84%" is up, "turun sekitar 3 persen" down."""
    up, down, skip = _lexicon(lang)
    lo = max(0, start - WINDOW_CHARS)
    window = text[lo:start]
    ends = list(_CLAUSE_END_RE.finditer(window))
    base = lo + (ends[-1].end() if ends else 0)
    found = list(_WORD_RE.finditer(text, base, start))
    for k, m in enumerate(reversed(found)):
        if k >= MAX_WORDS_BACK:
            break
        w = m.group(0).casefold()
        if w in up:
            return 1, m.start(), m.end()
        if w in down:
            return -1, m.start(), m.end()
        if w not in skip:
            break
    return 0, 0, 0


# Units and nouns of a change ("naik 0,84 persen", "turun 61 poin", "melemah Rp50"): a count
# of people or things is no move up or down.
_CHANGE_UNITS = frozenset({"percent", "percentage_point", "bps"})
_CHANGE_NOUNS = frozenset({"poin", "point", "points", "basis poin", "basis points"})


def _a_change(fact: Fact) -> bool:
    unit = str(fact.attrs.get("unit") or "")
    currency = len(unit) == 3 and unit.isalpha() and unit.isupper()
    return unit in _CHANGE_UNITS or currency or str(fact.label or "").casefold() in _CHANGE_NOUNS


def _fact_direction(article: Article, fact: Fact) -> tuple[int, int, int]:
    return direction_before(article.field_text(fact.field), fact.start, lexicon_lang(article.lang))


def split_directions(claim: Claim) -> tuple[list[Mention], list[Mention]]:
    """A claim's first mentions per article going up and going down (both non-empty only
    when its sources disagree on the direction)."""
    ups: list[Mention] = []
    downs: list[Mention] = []
    for m in claim.first_per_article():
        d, _, _ = _fact_direction(m.article, m.fact)
        if d > 0:
            ups.append(m)
        elif d < 0:
            downs.append(m)
    return ups, downs


def direction_split(claim: Claim) -> bool:
    """Whether some sources give the claim's figure going up and others going down."""
    if claim.kind != "number" or len(claim.article_ids) < 2:
        return False
    if not _a_change(claim.mentions[0].fact):
        return False
    ups, downs = split_directions(claim)
    return bool(ups and downs)


def _with_word(lang: str, m: Mention) -> tuple[str, Evidence | None]:
    d, ws, we = _fact_direction(m.article, m.fact)
    text = m.article.field_text(m.fact.field)
    if not d:
        return display(m.fact), None
    shown = " ".join(text[ws : m.fact.end].split())
    return shown, span_evidence(m.article, m.fact.field, ws, we)


def find_direction_conflicts(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """One high conflict per figure that sources give in opposite directions."""
    labels = source_labels(articles)
    order = {a.id: k for k, a in enumerate(articles)}
    out: list[Finding] = []
    for claim in group_claims(articles, alignment, "number").claims:
        if not direction_split(claim):
            continue
        ups, downs = split_directions(claim)
        mentions = sorted(ups + downs, key=lambda m: order[m.article.id])
        lang = msg_lang(mentions[0].article)
        shown = [(m, *_with_word(lang, m)) for m in mentions]
        values = join_values(lang, [(labels[m.article.id], t) for m, t, _ in shown])
        evidence = tuple(fact_evidence(m.article, m.fact) for m in mentions) + tuple(
            e for _, _, e in shown if e is not None
        )
        text = message(lang, "conflict.direction", values=values)
        out.append(Finding("conflict", "high", text, evidence, slot="direction"))
    return out


# The body sentences a headline's direction is checked against: its lead.
LEAD_SENTENCES = 2
MIN_SUBJECT_CHARS = 3


def find_direction_headlines(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """Headlines whose one direction word ("IHSG Ditutup Melemah ke 7.312") is reversed by
    the first figure given a direction in the body's lead ("berakhir naik 0,84%"), when that
    lead names the headline's subject and has no word of the headline's direction."""
    labels = source_labels(articles)
    out: list[Finding] = []
    for a in articles:
        lang = lexicon_lang(a.lang)  # the words of its own language read its headline
        title = _title_direction(a.title, lang)
        if title is None:
            continue
        td, ts, te, subject = title
        for sent in alignment.sentences.get(a.id, ())[:LEAD_SENTENCES]:
            lo, hi = sent.span.start, sent.span.end
            found = _lead_reversal(a, lo, hi, td, subject, lang)
            if found is None:
                continue
            bs, be = found
            text = message(
                msg_lang(a),
                "headline.direction",
                source=labels[a.id],
                title_text=a.title[ts:te],
                body_text=" ".join(a.text[bs:be].split()),
            )
            evidence = (span_evidence(a, "title", ts, te), span_evidence(a, "text", bs, be))
            out.append(Finding("headline_mismatch", "high", text, evidence, slot="direction"))
            break
    return out


def _title_direction(title: str, lang: str) -> tuple[int, int, int, frozenset[str]] | None:
    """A title's one direction (none when it gives both ways), the word's span, and the
    folded words before it (its subject: "IHSG", "ditutup")."""
    up, down, _ = _lexicon(lang)
    hits = [
        (1 if m.group(0).casefold() in up else -1, m)
        for m in _WORD_RE.finditer(title)
        if m.group(0).casefold() in up or m.group(0).casefold() in down
    ]
    if not hits or len({d for d, _ in hits}) > 1:
        return None
    d, m = hits[0]
    subject = frozenset(
        w.casefold()
        for w in _WORD_RE.findall(title[: m.start()])
        if len(w) >= MIN_SUBJECT_CHARS and w[:1].isupper()
    )
    return d, m.start(), m.end(), subject


def _lead_reversal(
    a: Article, lo: int, hi: int, td: int, subject: frozenset[str], lang: str
) -> tuple[int, int] | None:
    """The span from the direction word to its figure of the lead sentence's first figure
    given a direction, when that direction is the opposite of the title's, the sentence
    names the title's subject and holds no word of the title's direction."""
    up, down, _ = _lexicon(lang)
    words = {w.casefold() for w in _WORD_RE.findall(a.text[lo:hi])}
    if not subject & words or words & (up if td > 0 else down):
        return None
    for f in a.facts:
        if f.kind != "number" or f.field != "text" or not lo <= f.start < hi:
            continue
        d, ws, _ = direction_before(a.text, f.start, lang)
        if d:
            return (ws, f.end) if d == -td else None
    return None
