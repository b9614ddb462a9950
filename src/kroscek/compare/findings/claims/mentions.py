"""The claim model: a mention of a fact in one article, a claim, a claim set, and the thresholds
and small tests every other claims module shares (is a value usable, inside a quotation, a bound).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from kroscek.data import Article, Fact

ClaimKind = Literal["number", "date", "quote"]


# Context overlap above which two compatible mentions are taken as one claim.
AGREE_CONTEXT = 0.2


# Context overlap above which two incompatible mentions are about the same thing.
CONFLICT_CONTEXT = 0.35


# Context overlap enough when both mentions also count the same event (killed, injured).
EVENT_CONTEXT = 0.15


# Equal small counts ("2 orang") need context to be called the same claim; large ones don't.
SMALL_COUNT = 10


# Speaker names this similar are one person spelt two ways.
SPEAKER_SPELLING = 0.85


# A one-word name against a word of a full name: "Yoseph" / "Yosef", "Dedi" / "Dedy".
SHORT_NAME_SPELLING = 0.6


# Share of words two quotes must have in common before the exact comparison is tried.
QUOTE_PREFILTER = 0.5


# A quote this long (words) found inside a longer one is the same quote, cut.
MIN_PARTIAL_QUOTE_WORDS = 6


# Words one outlet may leave out of the middle of a quote the other gives in full.
MAX_QUOTE_GAP_WORDS = 6


# Context overlap at which two equal figures are one claim whatever events were guessed.
SAME_WORDS_CONTEXT = 0.5


# An equal figure this large, with the same qualifier, is one claim whatever the events.
LARGE_FIGURE = 100


PRECISION_CHARS = {"year": 4, "month": 7, "week": 7, "day": 10}


# Two sums of money, or a bound and a figure, this many times apart are about different
# things: a fire's "Rp 3 miliar" loss and a bus fare's "Rp 4.000", "lebih dari 60" hurt and a
# stadium's "15.000" seats. A slip of the pen moves a decimal point once (ratio 10 at most).
FAR_APART = 10.0


@dataclass(frozen=True, slots=True)
class Mention:
    """One fact in one article, with the words around it."""

    article: Article
    fact: Fact
    context: frozenset[str]
    event: str | None = None
    headline: bool = False  # the article's headline states the same figure
    lead: bool = False  # the first date of the article's body: when its story happened
    noun_alone: bool = False  # the only figure of its counted noun in the article
    # the other figures of its sentence, as (unit or noun, value): "naik dari Rp 3.000
    # menjadi Rp 4.000" holds Rp 4.000 next to its starting point Rp 3.000
    companions: frozenset[tuple[str, float]] = frozenset()
    # a sum of money inside a quotation ("Tim menemukan uang tunai sekitar Rp 850 juta ...,"
    # kata X): compared only with the same sum or its digit slip, never news of its own
    quoted: bool = False
    # the articles this one shares a sentence with (copied or paraphrased): same story
    related: frozenset[str] = frozenset()
    # a figure of the body's first sentence: what the story is about, as the lead tells it
    opening: bool = False
    # a count of those still being treated (``left_in_care``), read once per figure: every
    # pair of figures compares it
    remaining: bool = False
    # a lead date's sentence: its content stems and its verbs' stems (``lead_words_of``)
    lead_words: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    # a sum of money that is its article's only one of its currency once the sums another
    # article gives alike are set aside ("3.2 billion taka" beside the agreed "50 million")
    money_alone: bool = False
    # the one day its text gives after the story's own (a scheduled next step: "Rekapitulasi
    # ... dijadwalkan pada Senin (23/11/2026)"), its sentence's words in ``lead_words``
    upcoming: bool = False
    # the words of its context that its text writes in no other sentence ("margin of error"):
    # what names the quantity, when two texts share one
    rare: frozenset[str] = frozenset()
    # a figure naming how many a place holds ("can hold 10,000 people"), not how many came
    capacity: bool = False
    # the noun its subject says it counts ("Pelaku berjumlah sekitar lima orang": pelaku)
    subject: str | None = None
    # a part of a group named by a noun ("Four of the dead were teenagers"), not a toll
    part: bool = False


@dataclass(slots=True)
class Claim:
    """The same fact as stated by one or more articles."""

    kind: ClaimKind
    mentions: list[Mention] = field(default_factory=list)

    @property
    def article_ids(self) -> set[str]:
        return {m.article.id for m in self.mentions}

    def first_per_article(self) -> list[Mention]:
        """One mention per article (the first in the text), in the report's article order."""
        seen: dict[str, Mention] = {}
        for m in sorted(self.mentions, key=lambda m: m.fact.start):
            seen.setdefault(m.article.id, m)
        return list(seen.values())


@dataclass(slots=True)
class ClaimSet:
    """The claims of one fact kind, and the index pairs of claims that contradict."""

    claims: list[Claim]
    conflicts: list[tuple[int, int]]
    # pairs of claims whose figures can both be true about the same thing ("lebih dari 20"
    # and "23"): not the same words, so not one claim, but neither is news the other lacks
    compatible: list[tuple[int, int]] = field(default_factory=list)
    # bounds that fit both sides of a conflict ("lebih dari 2.000" under "sekitar 2.600" and
    # "6.200"): part of that dispute, not news of their own
    bridges: set[int] = field(default_factory=set)


def _neutral(f: Fact) -> Fact:
    """The number without its noun and event, for a pure value comparison."""
    keep = {k: v for k, v in f.attrs.items() if k in ("qualifier", "unit")}
    # what replace(f, label="", attrs=keep) builds, without its per-call field introspection
    return Fact(f.kind, "", f.value, f.text, f.start, f.end, f.field, keep)


def values_compatible(a: Fact, b: Fact) -> bool:
    """Whether two figures for the same quantity can both be true ("lebih dari 11.000" and
    "11.000" can; "1.200" and "1.400" cannot)."""
    from kroscek.extract.numbers import compatible

    return bool(compatible(_neutral(a), _neutral(b)))


def currency(unit: str) -> bool:
    """An ISO 4217 code ("IDR", "USD", "EUR"): money, as units.json names it."""
    return len(unit) == 3 and unit.isalpha() and unit.isupper()


@lru_cache(maxsize=1024)
def first_paragraph_end(text: str) -> int:
    """Where the body's first paragraph of some length ends (a short line above it, an
    outlet's name, is no paragraph)."""
    at = 0
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if len(text[at:end].split()) >= LEAD_MIN_WORDS:
            return end
        at = end + 1
    return len(text)


def headline_numbers(article: Article) -> list[Fact]:
    """The headline's figures, in fact order: gathered once per article by the caller of
    ``in_headline`` and ``title_event``, which ask them of every body figure."""
    return [t for t in article.facts if t.kind == "number" and t.field == "title"]


def is_small(f: Fact) -> bool:
    try:
        return abs(float(f.value)) < SMALL_COUNT
    except (TypeError, ValueError):
        return True


def languages_differ(x: Mention, y: Mention) -> bool:
    return x.article.lang != y.article.lang and {x.article.lang, y.article.lang} <= {"id", "en"}


BOUNDS = frozenset({"more_than", "at_least", "up_to"})


LOWER = frozenset({"more_than", "at_least"})


UPPER = frozenset({"up_to"})


ABOUT_OR_EXACT = frozenset({"about", "exact", None})


def usable(f: Fact) -> bool:
    """Whether a fact's value can be compared: a real number, an ISO date, quoted words."""
    if f.kind == "number":
        return isinstance(f.value, (int, float)) and not isinstance(f.value, bool)
    if f.kind == "date":
        return isinstance(f.value, str) and len(f.value) >= 4 and f.value[:4].isdigit()
    return bool(f.value)


def in_quote(article: Article, fact: Fact, quotes: Sequence[Fact] | None = None) -> bool:
    """Whether a fact sits inside a quotation: it belongs to the quote's own claim.

    ``quotes`` are the article's quote facts when the caller already holds them: asked for
    every fact, scanning all of an article's facts each time is quadratic in its facts.
    """
    if quotes is None:
        quotes = [q for q in article.facts if q.kind == "quote"]
    return any(
        q.field == fact.field and q.start <= fact.start and fact.end <= q.end for q in quotes
    )


# A sentence this short before the lead is a line left above it (an outlet's name, a
# dateline), not the lead itself.
LEAD_MIN_WORDS = 6


# The counted noun that names anyone ("18 orang", "18 people"): a revised toll in it counts
# the workers, passengers or residents another outlet bounded.
GENERIC_COUNT = "orang"
