"""Sorted span lookups, so that fact extraction stays linear on long articles.

Quotes look for the speaker near each quote, attributions for the entity near each cue,
the recogniser for the model's label of each chunk. Scanning every entity for every quote
makes a long article quadratic; these lookups bisect into spans sorted by start instead.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from itertools import accumulate
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class SpanIndex(Generic[T]):
    """Items with a start and an end, sorted by start, queried by position."""

    def __init__(
        self,
        items: Iterable[T],
        start: Callable[[T], int],
        end: Callable[[T], int],
    ) -> None:
        self.items: list[T] = sorted(items, key=start)
        self._start = start
        self._end = end
        self.starts = [start(i) for i in self.items]
        # the ends in the same order, read by the queries without a call per item
        self.ends = [end(i) for i in self.items]
        # The largest end among the items up to each one: never decreasing, so the first item
        # that can reach past a position is one bisection away (a window of "the longest
        # item's length back" made every query scan the items before it).
        self.reach = list(accumulate(self.ends, max))
        # lookups derived from the items by the stage that reads them, made once per index
        # (a declared attribute: a class compiled by mypyc takes no attributes set later)
        self.memo: dict[str, Any] = {}

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def inside(self, lo: int, hi: int) -> list[T]:
        """Items that lie wholly within [lo, hi), in order."""
        i, j = bisect_left(self.starts, lo), bisect_left(self.starts, hi)
        return [it for it, e in zip(self.items[i:j], self.ends[i:j], strict=True) if e <= hi]

    def overlapping(self, lo: int, hi: int) -> list[T]:
        """Items that share at least one character with [lo, hi)."""
        i = bisect_right(self.reach, lo)
        j = bisect_left(self.starts, hi, i)
        if j - i == 1:
            return [self.items[i]] if self.ends[i] > lo else []
        return [it for it, e in zip(self.items[i:j], self.ends[i:j], strict=True) if e > lo]

    def ending_before(self, pos: int) -> Iterator[T]:
        """Items that end at or before ``pos``, nearest first."""
        j = bisect_left(self.starts, pos)
        for it in reversed(self.items[:j]):
            if self._end(it) <= pos:
                yield it

    def starting_from(self, pos: int) -> Iterator[T]:
        """Items that start at or after ``pos``, nearest first."""
        yield from self.items[bisect_left(self.starts, pos) :]


def fact_index(facts: Iterable[T]) -> SpanIndex[T]:
    """A SpanIndex over Fact-like objects (``.start``/``.end``)."""
    return SpanIndex(facts, lambda f: f.start, lambda f: f.end)  # type: ignore[attr-defined]
