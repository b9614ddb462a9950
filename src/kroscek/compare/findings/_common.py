"""Helpers every finding module shares: messages, evidence, source labels, fact context.

Messages are data (``lang/<lang>/messages.json``) so a translation is a data change; a
finding is worded in the report's language (see :mod:`kroscek.compare.messages`), and when a
finder runs on its own, in the language of the article its first evidence comes from.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache, partial
from operator import attrgetter
from typing import Literal, TypeVar

from kroscek.align import Alignment, SentencePair
from kroscek.align.words import content_stems, fold
from kroscek.compare.messages import message, message_lang, messages, wording_lang
from kroscek.data import Article, Evidence, Fact, Field
from kroscek.extract.sentences import sentence_of, sentence_spans
from kroscek.text.lang import lang_data

# re-exported: finding modules take their message helpers from here
__all__ = ["message", "messages"]

CONTEXT_WORDS = 5
T = TypeVar("T")

# What the rules of one ``find_all`` derived from one article or one of its facts. Pairwise
# rules ask the same of an article for every pair of figures (its holder of a share, the
# counts its revision replaced), so within one report each answer is computed once. Outside
# ``findings_memo`` (a finder called on its own) nothing is kept.
_MEMO: ContextVar[dict[tuple[object, ...], tuple[tuple[object, ...], object]] | None] = ContextVar(
    "kroscek_findings_memo", default=None
)


@contextmanager
def findings_memo() -> Iterator[None]:
    """Keep ``per_object`` answers for the duration of the block (one report's findings)."""
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


def per_object(name: str, compute: Callable[[], T], *objs: object) -> T:
    """``compute()`` about ``objs`` (articles or facts, unchanged once made) once per
    ``findings_memo`` block and ``name``. Keyed by the objects' ids: the memo keeps the
    objects with the answer, so no other object can take one of those ids meanwhile."""
    memo = _MEMO.get()
    if memo is None:
        return compute()
    key = (name, *map(id, objs))
    hit = memo.get(key)
    if hit is None:
        hit = memo[key] = (objs, compute())
    return hit[1]  # type: ignore[return-value]


class Groups:
    """Union-find over ``n`` items: which claims or mentions are one, joined pair by pair.

    The finding modules join figures that agree or can both be true, then read the groups;
    one structure keeps their path halving and join order (hence their output order) alike.
    """

    __slots__ = ("_parent",)

    def __init__(self, n: int) -> None:
        self._parent = list(range(n))

    def find(self, i: int) -> int:
        parent = self._parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        """Put ``j``'s group under ``i``'s root."""
        self._parent[self.find(j)] = self.find(i)

    def members(self) -> dict[int, list[int]]:
        """Root -> its items in index order; roots in the order of their first item."""
        out: dict[int, list[int]] = {}
        for i in range(len(self._parent)):
            out.setdefault(self.find(i), []).append(i)
        return out


def lexicon_lang(lang: str | None) -> str:
    """The lexicon a text in ``lang`` is read with: its own for English, Indonesian's for
    every other language (Malay reads closest to it, and an unknown language most often is
    Indonesian written too short to tell)."""
    return "en" if lang == "en" else "id"


def msg_lang(article: Article) -> str:
    """The language a finding about ``article`` is worded in: the report's (set by
    :func:`~kroscek.compare.messages.worded_in`), else the article's own."""
    return wording_lang() or message_lang(article.lang)


def source_labels(articles: Sequence[Article]) -> dict[str, str]:
    """A readable, distinct name per article: its outlet, numbered when two share one."""
    counts: dict[str, int] = {}
    for a in articles:
        counts[a.source] = counts.get(a.source, 0) + 1
    seen: dict[str, int] = {}
    out: dict[str, str] = {}
    for a in articles:
        name = a.source or "?"
        if counts[a.source] > 1:
            seen[a.source] = seen.get(a.source, 0) + 1
            name = f"{name} #{seen[a.source]}"
        out[a.id] = name
    return out


def fact_evidence(article: Article, fact: Fact) -> Evidence:
    """Evidence for a fact: its own words, by offset."""
    return span_evidence(article, fact.field, fact.start, fact.end)


def span_evidence(article: Article, field: str, start: int, end: int) -> Evidence:
    """Evidence for any span of an article's title or text (text sliced, never searched)."""
    fld: Field = "title" if field == "title" else "text"
    return Evidence(article.id, fld, start, end, article.field_text(fld)[start:end])


def join_values(lang: str, items: Iterable[tuple[str, str]]) -> str:
    """ "A: x; B: y" in the message language."""
    tpl = messages(lang)["value"]
    return "; ".join(tpl.format(source=s, text=t) for s, t in items)


def join_names(lang: str, names: Sequence[str]) -> str:
    """ "A, B dan C" / "A, B and C"."""
    names = list(dict.fromkeys(names))
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {messages(lang)['and']} {names[-1]}"


def body_facts(article: Article, kind: str) -> list[Fact]:
    """Facts of one kind from the article body (titles are checked by headline_mismatch).
    Gathered once per article, kind and report (the claim rules ask again for every pair of
    figures): read-only for callers."""
    return per_object(f"body-facts:{kind}", partial(_body_facts, article, kind), article)


def _body_facts(article: Article, kind: str) -> list[Fact]:
    return [f for f in article.facts if f.kind == kind and f.field == "text"]


_word_end = attrgetter("end")


def context_stems(article: Article, fact: Fact, alignment: Alignment) -> frozenset[str]:
    """Content stems around a fact, within its sentence: what the fact is about.

    "menewaskan 1.200 orang" and "1.200 orang tewas" share "tewas"; the count of hostages in
    the same sentence has its own noun, so the window is kept small.
    """
    sentence = alignment.sentence_at(article.id, fact.start) if fact.field == "text" else None
    ws = sentence.words if sentence is not None else alignment.words_of(article, fact.field)
    # the fact's own words are ws[first:last] (word ends are sorted): the window is the
    # CONTEXT_WORDS words on either side of them
    first = last = bisect_left(ws, fact.start + 1, key=_word_end)
    n = len(ws)
    while last < n and ws[last].start < fact.end:
        last += 1
    if last == first:
        return frozenset()
    window = [*ws[max(0, first - CONTEXT_WORDS) : first], *ws[last : min(n, last + CONTEXT_WORDS)]]
    stems = content_stems(window, article.lang)
    # a month named in full and abbreviated ("to Jan. 5" / "and January 5") is one word
    months = _month_numbers(article.lang or "id")
    for w in window:
        if w.stem in stems and w.key in months:
            stems.discard(w.stem)
            stems.add(f"month:{months[w.key]}")
    return frozenset(stems)


@lru_cache(maxsize=4)
def _month_numbers(lang: str) -> dict[str, int]:
    """Month names and abbreviations of ``lang`` (``lang/<lang>/months.json``), folded."""
    try:
        data = lang_data(lexicon_lang(lang), "months")
    except (FileNotFoundError, OSError):
        return {}
    return {fold(k): int(v) for k, v in data.items() if not k.startswith("_")}


def context_similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap coefficient of two fact contexts (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


# What an edit between two word sequences does (``SequenceMatcher.get_opcodes``).
Opcode = Literal["replace", "delete", "insert", "equal"]


def word_opcodes(
    alignment: Alignment, pair: SentencePair
) -> list[tuple[Opcode, int, int, int, int]]:
    """``SequenceMatcher`` opcodes (:func:`opcodes`) between the word keys of a sentence
    pair, computed once per alignment: the slot-conflict and spelling-variant rules both walk
    every aligned pair's edits, and the matching was the costliest step of each. Read-only
    for callers."""
    key = ("word-opcodes", pair.a.article, pair.a.index, pair.b.article, pair.b.index)
    return alignment.memo(
        key, lambda: opcodes([w.key for w in pair.a.words], [w.key for w in pair.b.words])
    )


def opcodes(a: Sequence[str], b: Sequence[str]) -> list[tuple[Opcode, int, int, int, int]]:
    """``SequenceMatcher(None, a, b, autojunk=False).get_opcodes()``, the same edits by the
    same steps (longest match first, then each side's rest, the leftmost longest winning),
    written as one function: for a sentence's twenty words, building the matcher, its
    ``Match`` tuples and its method calls cost as much as the matching (x1.5 faster)."""
    b2j: dict[str, list[int]] = {}
    for j, x in enumerate(b):
        b2j.setdefault(x, []).append(j)
    nothing: list[int] = []
    blocks: list[tuple[int, int, int]] = []
    queue = [(0, len(a), 0, len(b))]
    while queue:
        alo, ahi, blo, bhi = queue.pop()
        besti, bestj, bestsize = alo, blo, 0
        # j2len[j]: the length of the match ending with a[i - 1] and b[j]
        j2len: dict[int, int] = {}
        for i in range(alo, ahi):
            get = j2len.get
            newj2len: dict[int, int] = {}
            for j in b2j.get(a[i], nothing):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = newj2len[j] = get(j - 1, 0) + 1
                if k > bestsize:
                    besti, bestj, bestsize = i - k + 1, j - k + 1, k
            j2len = newj2len
        if bestsize:
            blocks.append((besti, bestj, bestsize))
            if alo < besti and blo < bestj:
                queue.append((alo, besti, blo, bestj))
            if besti + bestsize < ahi and bestj + bestsize < bhi:
                queue.append((besti + bestsize, ahi, bestj + bestsize, bhi))
    blocks.sort()
    merged: list[tuple[int, int, int]] = []  # adjacent blocks joined
    i1 = j1 = k1 = 0
    for i2, j2, k2 in blocks:
        if i1 + k1 == i2 and j1 + k1 == j2:
            k1 += k2
        else:
            if k1:
                merged.append((i1, j1, k1))
            i1, j1, k1 = i2, j2, k2
    if k1:
        merged.append((i1, j1, k1))
    merged.append((len(a), len(b), 0))
    out: list[tuple[Opcode, int, int, int, int]] = []
    i = j = 0
    for ai, bj, size in merged:
        if i < ai and j < bj:
            out.append(("replace", i, ai, j, bj))
        elif i < ai:
            out.append(("delete", i, ai, j, bj))
        elif j < bj:
            out.append(("insert", i, ai, j, bj))
        i, j = ai + size, bj + size
        if size:
            out.append(("equal", ai, i, bj, j))
    return out


def aligned(alignment: Alignment, a: Article, fa: Fact, b: Article, fb: Fact) -> bool:
    """Whether the sentences holding two facts were aligned (copied or paraphrased)."""
    if fa.field != "text" or fb.field != "text":
        return False
    sa = alignment.sentence_at(a.id, fa.start)
    sb = alignment.sentence_at(b.id, fb.start)
    if sa is None or sb is None:
        return False
    return any((p.article, p.index) == (sb.article, sb.index) for p, _ in alignment.partners(sa))


def surface(fact: Fact) -> str:
    return str(fact.attrs.get("surface") or fact.text)


def display(fact: Fact) -> str:
    """A fact as a message shows it. A closing bracket the fact's span took without its
    opening one ("Minggu sore (16/11/2025)" read as "16/11/2025)") is left out: a message
    quoting "16/11/2025)." reads as a typo of the tool's."""
    shown = str(fact.attrs.get("canonical") or surface(fact))
    if shown.endswith(")") and shown.count(")") > shown.count("("):
        return shown[:-1].rstrip()
    return shown


@lru_cache(maxsize=16384)
def folded(text: str) -> str:
    """Casefolded, accents stripped, whitespace collapsed. Memoised: the claim comparisons
    fold the same labels and nouns once per pair of figures, not once per figure."""
    return " ".join(fold(text).split())


_QUOTED_RE = re.compile(r'"[^"\n]*"|“[^”\n]*”')


def quoted_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans inside quotation marks in ``text[start:end]``: a speaker's words ("These
    terrorists want ...") or a term cited from someone else (media pemerintah menyebut
    "kelompok teroris"), not the outlet's own wording."""
    return [m.span() for m in _QUOTED_RE.finditer(text, start, len(text) if end is None else end)]


# An age that names its years ends with the word ("berusia 9 tahun", "harimau berusia lima
# tahun"); "16-year-old", "aged 34", "Sutrisno (45)" and "Mehmood, 61," do not.
_AGE_IN_YEARS_RE = re.compile(r"\b(?:tahun|thn|th|years?)\.?$", re.IGNORECASE)


def age_in_years(fact: Fact) -> bool:
    """Whether an age fact (unit ``age``) is written as a span of years ("berusia 9 tahun").

    Before ages were their own fact such a figure was read as years and compared as one: one
    outlet alone giving it was a unique, two giving it differently a conflict (an animal's or
    a building's age has no name for the age conflicts to key on). The other forms of an age
    ("16-year-old", "aged 34", "Sutrisno (45)") describe a person: the age conflicts compare
    them by name, and they make no unique or agreement of their own."""
    return fact.attrs.get("unit") == "age" and bool(_AGE_IN_YEARS_RE.search(fact.text))


def epithet_age(article: Article, fact: Fact) -> bool:
    """An age fact written as a person's epithet ("a 16-year-old boy", "aged 34", "Mehmood,
    61,"): neither a span of years (see :func:`age_in_years`) nor in brackets after a name
    ("AS (34)"), the two forms compared as figures before ages were their own fact."""
    if fact.attrs.get("unit") != "age" or _AGE_IN_YEARS_RE.search(fact.text):
        return False
    return article.field_text(fact.field)[fact.end : fact.end + 1] != ")"


def told_days(article: Article, *, guessed: bool = True) -> list[Fact]:
    """The body's day dates ("Kamis (19/11/2026)"): the days its story happens on, against
    which a sentence about another year is background. ``guessed=False`` leaves out a day
    whose year was guessed (a bare "Kamis (19/11)")."""
    return [
        f
        for f in article.facts
        if f.kind == "date"
        and f.field == "text"
        and f.label == "day"
        and (guessed or not f.attrs.get("year_guessed"))
    ]


# A year written in a sentence, where no date holds it ("Asian Games 2022").
_YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")


def past_sentences(
    article: Article,
    *,
    year_labels: tuple[str, ...] | None = ("year",),
    guessed_days: bool = True,
    dated: bool = True,
    every_year: bool = True,
) -> set[tuple[int, int]]:
    """Sentences of the body about a year other than the years of the days it tells ("Pada
    2011 ... menewaskan 20 orang" in a report of Thursday's clash): an earlier event, whose
    figures, ranks and words are not the story's. None when the body tells no day.

    The findings read such a sentence each their own way, so the choices are parameters:
    ``year_labels``, the date labels whose facts give a sentence's years (None reads every
    19xx/20xx of its text, a year no date holds); ``guessed_days``, whether a day with a
    guessed year counts among the days; ``dated``, whether a sentence giving a day of its own
    is kept out; ``every_year``, past when every year it writes is off the days (else when
    any one is)."""
    days = {
        str(f.value)[:4]
        for f in told_days(article)
        if guessed_days or not f.attrs.get("year_guessed")
    }
    if not days:
        return set()
    spans = sentence_spans(article.text)
    written: dict[tuple[int, int], set[str]] = {}
    if year_labels is None:
        for lo, hi in spans:
            if years := set(_YEAR_RE.findall(article.text, lo, hi)):
                written[(lo, hi)] = years
    else:
        for f in article.facts:
            if f.kind == "date" and f.field == "text" and f.label in year_labels:
                written.setdefault(sentence_of(spans, f.start), set()).add(str(f.value)[:4])
    past = {
        span
        for span, years in written.items()
        if (not years & days if every_year else not years <= days)
    }
    if dated:
        past -= {sentence_of(spans, f.start) for f in told_days(article)}
    return past
