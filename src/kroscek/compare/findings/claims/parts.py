"""Parts and wholes: a part of a total, a breakdown of a whole, a running total, a whole opened
before its parts, and shares of one change.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kroscek.align.words import stem
from kroscek.compare.findings._common import body_facts, folded, lexicon_lang
from kroscek.compare.findings.claims.mentions import Mention, usable
from kroscek.compare.findings.claims.nouns import specific
from kroscek.compare.findings.claims.revisions import number_words
from kroscek.compare.findings.claims.slips import decimal_moved
from kroscek.data import Article, Fact
from kroscek.extract.sentences import sentence_of, sentence_spans
from kroscek.text.lang import lang_data

# A count of part of a group the sentence names before: "tiga di antaranya", "two of them".
_PART_OF_RE = re.compile(r"\b(?:di\s*antaranya|dari\s+mereka|of\s+(?:them|whom))\b", re.I)


def sole_parts(x: Mention, y: Mention) -> bool:
    """Whether two texts each give one part of a group as their only count of one specific
    noun ("Empat awak kapal ditangkap, tiga di antaranya warga negara Myanmar" / "Dua di
    antaranya berkewarganegaraan Myanmar"), neither with an outcome: how many of the group
    are that noun, told two ways."""
    a, b = x.fact, y.fact
    if not (a.attrs.get("implied") and b.attrs.get("implied")):
        return False
    if not (x.noun_alone and y.noun_alone) or x.event or y.event:
        return False
    if folded(a.label or "") != folded(b.label or "") or not (specific(x) and specific(y)):
        return False
    return bool(_PART_OF_RE.search(a.text) and _PART_OF_RE.search(b.text))


def scaled_sole_counts(x: Mention, y: Mention) -> bool:
    """Whether two texts' only counts of one specific noun, one of them in its lead, are one
    digit string ten times apart ("Sekitar 5.000 pengemudi" / "lebih dari 50.000
    pengemudi"), neither with an outcome: one crowd counted two ways (a zero slipped, or the
    police's figure against the organisers'), a dispute to show."""
    a, b = x.fact, y.fact
    if not (x.noun_alone and y.noun_alone) or x.event or y.event:
        return False
    if a.attrs.get("unit") or b.attrs.get("unit") or not (x.opening or y.opening):
        return False
    if folded(a.label or "") != folded(b.label or "") or not (specific(x) and specific(y)):
        return False
    return decimal_moved(a, b)


# How many times another count a running total must be to be taken for another quantity:
# "Banjir sejak Senin menewaskan 5 orang" against "7 orang tewas" stays one toll.
RUNNING_TOTAL_RATIO = 3.0


_CLAUSE_MARKS_RE = re.compile(r"[,;:()]")


_SENTENCE_END_RE = re.compile(r"[.!?]\s+(?=[A-Z\"“])|\n")


_RUNNING_CHARS = 160


def one_running_total(x: Mention, y: Mention) -> bool:
    """Whether one figure is a running total since some start ("Since the ceasefire came
    into force ..., the army has killed more than 340"; "300 people have been killed ...
    since the truce began") several times the other, which counts no such total: the toll of
    one strike and the toll since a truce are two quantities, not a conflict. Two running
    totals ("980 kasus sejak Januari, 16 di antaranya" / "..., 61 orang di antaranya") stay
    one quantity."""
    big, small = (x, y) if abs(float(x.fact.value)) >= abs(float(y.fact.value)) else (y, x)
    if abs(float(big.fact.value)) < RUNNING_TOTAL_RATIO * abs(float(small.fact.value)):
        return False
    if big.fact.attrs.get("unit") or small.fact.attrs.get("unit"):
        return False
    return _running_total(big) and not _running_total(small)


def _running_total(m: Mention) -> bool:
    """Whether a count's sentence makes it a total since some start: the cue before the
    figure, or after it within its clause."""
    text = m.article.field_text(m.fact.field)
    return _running_total_at(text, m.fact.start, m.fact.end, m.article.lang or "id")


@lru_cache(maxsize=8192)
def _running_total_at(text: str, start: int, end: int, lang: str) -> bool:
    """``_running_total`` of the figure at ``start:end``. Memoised: every pair of figures
    of several times apart asks it of the larger."""
    cues = number_words(lang, "cumulative_cues")
    near = folded(text[max(0, start - _RUNNING_CHARS) : end + 120])
    if not any(c in near for c in cues):
        return False  # the cheap guard: no cue anywhere near the figure
    # the sentence before the figure, read by its own marks: an abbreviated month ("Since
    # the truce took effect on Oct. 10, ...") ends no sentence
    head = _SENTENCE_END_RE.split(text[max(0, start - _RUNNING_CHARS) : start])[-1]
    before = f" {folded(head)} "
    tail = _SENTENCE_END_RE.split(text[end : end + 120])[0]
    after = f" {folded(_CLAUSE_MARKS_RE.split(tail)[0])} "
    return any(f" {c} " in before or f" {c} " in after for c in cues)


# How far before a figure its breakdown's cue and whole may stand (characters).
_BREAKDOWN_CHARS = 160


def breakdown_whole(article: Article, f: Fact) -> float | None:
    """The count a figure is a part of when its sentence breaks that count down ("enam orang
    yang baru ditemukan itu terdiri atas empat perempuan dan dua anak-anak": 6 for both), or
    None (no breakdown, or a group named with no count: "rombongan itu terdiri atas ...")."""
    if f.attrs.get("unit"):
        return None
    text = article.field_text(f.field)
    cue_at = _breakdown_cue_at(text, f.start, article.lang or "id")
    if cue_at < 0:
        return None  # no breakdown word before the figure
    start, _ = sentence_of(sentence_spans(text), f.start)
    wholes = [
        g
        for g in article.facts
        if g.kind == "number"
        and g.field == f.field
        and start <= g.start
        and g.end <= cue_at
        and not g.attrs.get("unit")
        and usable(g)
    ]
    return float(max(wholes, key=lambda g: g.start).value) if wholes else None


@lru_cache(maxsize=8192)
def _breakdown_cue_at(text: str, start: int, lang: str) -> int:
    """Where the last breakdown word before ``start`` stands in ``text`` (-1: none).
    Memoised: every pair of two figures asks it of both."""
    lo = max(0, start - _BREAKDOWN_CHARS)
    head = f" {folded(text[lo:start])} "
    at = max((head.rfind(f" {c} ") for c in number_words(lang, "breakdown_cues")), default=-1)
    return lo + max(0, at - 1) if at >= 0 else -1


def outgrows_whole(part: Mention, other: Fact) -> bool:
    """Whether ``other`` is larger than the whole ``part`` is a breakdown of: a count of a
    larger group, not the same part told with another figure."""
    whole = breakdown_whole(part.article, part.fact)
    return whole is not None and abs(float(other.value)) > whole


# A sentence opening on the whole its figures break down, at most after a source ("Menurut
# data Kemenag, dari 199 jemaah yang wafat, 162 orang ...", "Of the 199 pilgrims who died,
# 162 ..."): the whole, then a comma; what follows the comma is a part of it.
_OPENED_WHOLE_RE = re.compile(
    r"^(?:[^,.;]{0,60},\s*)?(?:dari|of)\s+(?:total\s+|the\s+|a\s+total\s+of\s+)?"
    r"\d[\d.,]*\s[^,.;]{0,80},",
    re.IGNORECASE,
)


def part_of_opened_whole(m: Mention) -> bool:
    """Whether a count stands after the whole its sentence opens on ("dari 199 jemaah yang
    wafat, 162 orang meninggal di Makkah, 21 orang di Madinah"): a part of that whole, not
    the text's count of the whole another text gives."""
    return _opened_whole_before(m.article.field_text(m.fact.field), m.fact.start)


@lru_cache(maxsize=8192)
def _opened_whole_before(text: str, at: int) -> bool:
    """``part_of_opened_whole`` of the figure at ``at``. Memoised: every pair of two
    different figures asks it of both."""
    start, _ = sentence_of(sentence_spans(text), at)
    head = text[start:at]
    if "," not in head:
        return False  # the cheap guard: no clause before the figure
    return _OPENED_WHOLE_RE.search(head) is not None


# Content stems two shares' contexts must share besides their change words: the changed
# thing ("fuel" + "price"), so one story's rise in fares and fall in sales stay apart.
SHARE_TOPIC_STEMS = 2


def sole_shares_of_one_change(x: Mention, y: Mention) -> bool:
    """Whether two different percentages are each text's only share and give one change of
    one thing ("a 30% rise in fuel prices" / "The fuel price increase of 35 percent"): both
    contexts hold a change word (``lang/<lang>/direction.json``) and share at least
    SHARE_TOPIC_STEMS other content stems. A share counts many things, so shares are no
    sole figures in general; one change of one named thing, told once per text, is one."""
    a, b = x.fact, y.fact
    if not (is_share(x) and is_share(y)):
        return False
    if a.value == b.value or x.article.lang != y.article.lang or x.article.id == y.article.id:
        return False
    if x.quoted or y.quoted or not (_sole_share(x.article) and _sole_share(y.article)):
        return False
    changes = _change_stems(x.article.lang or "id")
    if not (x.context & changes and y.context & changes):
        return False
    theirs = y.context - changes
    shared = [w for w in x.context - changes if any(_one_stem(w, v) for v in theirs)]
    return len(shared) >= SHARE_TOPIC_STEMS


def is_share(m: Mention) -> bool:
    """A percentage: the only figures ``sole_shares_of_one_change`` pairs (the pair loop asks
    this once per mention, not once per pair)."""
    return m.fact.attrs.get("unit") == "percent"


def _one_stem(a: str, b: str) -> bool:
    """Whether two light stems are one word, one stemmed further than the other ("pric" of
    "prices" / "price")."""
    short, long = sorted((a, b), key=len)
    if a == b:
        return True
    return len(short) >= 3 and long.startswith(short) and len(long) - len(short) <= 1


def _sole_share(article: Article) -> bool:
    """Whether an article's body gives exactly one percentage."""
    return sum(1 for f in body_facts(article, "number") if f.attrs.get("unit") == "percent") == 1


@lru_cache(maxsize=4)
def _change_stems(lang: str) -> frozenset[str]:
    """Stems of the words that tell a change ("rise", "increase", "kenaikan"):
    ``lang/<lang>/direction.json`` up and down."""
    table = lang_data(lexicon_lang(lang), "direction")
    return frozenset(stem(folded(w), lang) for k in ("up", "down") for w in table.get(k, ()))
