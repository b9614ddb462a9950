"""Group the same fact across articles into claims, and find claims that contradict.

Agreement, conflict, unique and attribution findings all start from one question: is this
number (date, quote) in article A the same claim as that one in article B? Two mentions are
the same claim when they are compatible (``extract.numbers.compatible``: "lebih dari 11.000"
and "11.000" are; "1.200" and "1.400" are not) and about the same thing: the same counted
noun, and sentences that were aligned or share context words. Claims are the connected
components of that relation; two claims conflict when they are about the same thing, are
incompatible, and no article states both.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Literal

from kroscek.align import Alignment
from kroscek.compare.findings._common import (
    aligned,
    body_facts,
    context_similarity,
    context_stems,
    folded,
)
from kroscek.data import Article, Fact

ClaimKind = Literal["number", "date", "quote"]

# Context overlap above which two compatible mentions are taken as one claim.
AGREE_CONTEXT = 0.2
# Context overlap above which two incompatible mentions are about the same thing.
CONFLICT_CONTEXT = 0.35
# Equal small counts ("2 orang") need context to be called the same claim; large ones don't.
SMALL_COUNT = 10
_PRECISION_CHARS = {"year": 4, "month": 7, "week": 7, "day": 10}


@dataclass(frozen=True, slots=True)
class Mention:
    """One fact in one article, with the words around it."""

    article: Article
    fact: Fact
    context: frozenset[str]


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
    claims: list[Claim]
    conflicts: list[tuple[int, int]]


def _compatible_numbers(a: Fact, b: Fact) -> bool:
    from kroscek.extract.numbers import compatible

    return bool(compatible(a, b))


def _same_quote(a: Fact, b: Fact) -> bool:
    from kroscek.extract.quotes import same_quote

    return bool(same_quote(str(a.value), str(b.value)))


def _date_prefix(f: Fact, other: Fact) -> tuple[str, str] | None:
    if not isinstance(f.value, str) or not isinstance(other.value, str):
        return None
    n = min(_PRECISION_CHARS.get(f.label, 10), _PRECISION_CHARS.get(other.label, 10))
    return f.value[:n], other.value[:n]


def _number_key(f: Fact) -> tuple[str, str]:
    return folded(f.label or ""), folded(str(f.attrs.get("unit") or ""))


def _is_small(f: Fact) -> bool:
    try:
        return abs(float(f.value)) < SMALL_COUNT
    except (TypeError, ValueError):
        return True


def _relation(
    kind: ClaimKind, x: Mention, y: Mention, is_aligned: Callable[[], bool]
) -> str | None:
    """ "agree", "conflict" or None for two mentions in different articles."""
    a, b = x.fact, y.fact
    ctx = context_similarity(x.context, y.context)
    if kind == "quote":
        return "agree" if _same_quote(a, b) else None
    if kind == "number":
        if _number_key(a) != _number_key(b):
            return None
        if not a.label:
            return "agree" if a.value == b.value and (ctx >= 0.5 or is_aligned()) else None
        if _compatible_numbers(a, b):
            equal = a.value == b.value and a.attrs.get("qualifier") == b.attrs.get("qualifier")
            if (equal and not _is_small(a)) or ctx >= AGREE_CONTEXT or is_aligned():
                return "agree"
            return None
        return "conflict" if ctx >= CONFLICT_CONTEXT or is_aligned() else None
    prefixes = _date_prefix(a, b)
    if prefixes is None:
        return None
    if prefixes[0] == prefixes[1]:
        exact_day = a.label == b.label == "day"
        return "agree" if exact_day or ctx >= AGREE_CONTEXT or is_aligned() else None
    if a.label != b.label:
        return None
    return "conflict" if ctx >= CONFLICT_CONTEXT or is_aligned() else None


def group_claims(articles: Sequence[Article], alignment: Alignment, kind: ClaimKind) -> ClaimSet:
    """The claims of one fact kind across articles, and which pairs of them conflict."""
    mentions = [
        Mention(a, f, context_stems(a, f, alignment))
        for a in articles
        for f in body_facts(a, kind)
        if f.value is not None
    ]
    parent = list(range(len(mentions)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    conflict_edges: list[tuple[int, int]] = []
    for i, j in combinations(range(len(mentions)), 2):
        x, y = mentions[i], mentions[j]
        if x.article.id == y.article.id:
            continue
        rel = _relation(
            kind, x, y, lambda x=x, y=y: aligned(alignment, x.article, x.fact, y.article, y.fact)
        )
        if rel == "agree":
            parent[find(j)] = find(i)
        elif rel == "conflict":
            conflict_edges.append((i, j))

    roots: dict[int, int] = {}
    claims: list[Claim] = []
    for i, m in enumerate(mentions):
        r = find(i)
        if r not in roots:
            roots[r] = len(claims)
            claims.append(Claim(kind))
        claims[roots[r]].mentions.append(m)

    conflicts: set[tuple[int, int]] = set()
    for i, j in conflict_edges:
        ci, cj = roots[find(i)], roots[find(j)]
        if ci == cj or claims[ci].article_ids & claims[cj].article_ids:
            continue
        conflicts.add((min(ci, cj), max(ci, cj)))
    return ClaimSet(claims, sorted(conflicts))
