"""Passages two articles share word for word, or nearly so.

Seeding on hashed n-grams of normalised words finds every run of ``n`` identical words in
linear time, whatever order the outlets put their paragraphs in. Runs on one diagonal are
extended, then neighbouring runs separated by a small edit ("apa pun" / "apapun",
"Hizbullah" / "Hizbulah", an added word) are merged, so a copied quote with one slip stays
one passage. Offsets come from the tokenizer and so index the article's own text.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import NamedTuple

from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import ratio

from kroscek.align.words import Word

SEED_WORDS = 5
MAX_GAP_WORDS = 3


class Run(NamedTuple):
    """Matching word ranges ``[a0, a1)`` in one article and ``[b0, b1)`` in the other."""

    a0: int
    a1: int
    b0: int
    b1: int

    @property
    def size(self) -> int:
        return min(self.a1 - self.a0, self.b1 - self.b0)


def _diagonal_runs(a: Sequence[Word], b: Sequence[Word], n: int) -> list[Run]:
    """Maximal runs of consecutive seed matches on one diagonal (same word shift)."""
    if len(a) < n or len(b) < n:
        return []
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    # the n-grams of keys, built by zip in C: gram j is keys[j : j + n]
    bkeys = [w.key for w in b]
    for j, gram in enumerate(zip(*(bkeys[k:] for k in range(n)), strict=False)):
        index[gram].append(j)
    akeys = [w.key for w in a]
    open_runs: dict[int, list[int]] = {}  # diagonal -> [start_i, start_j, last_i]
    runs: list[Run] = []
    get = index.get
    for i, gram in enumerate(zip(*(akeys[k:] for k in range(n)), strict=False)):
        hits = get(gram)
        if not hits:
            continue
        for j in hits:
            d = j - i
            cur = open_runs.get(d)
            if cur is not None and cur[2] == i - 1:
                cur[2] = i
                continue
            if cur is not None:
                runs.append(_close(cur, n))
            open_runs[d] = [i, j, i]
    runs.extend(_close(cur, n) for cur in open_runs.values())
    return runs


def _close(cur: list[int], n: int) -> Run:
    si, sj, last = cur
    length = last - si + n
    return Run(si, si + length, sj, sj + length)


def _overlaps(r: Run, taken: list[Run]) -> bool:
    return any((r.a0 < t.a1 and t.a0 < r.a1) or (r.b0 < t.b1 and t.b0 < r.b1) for t in taken)


def same_word(x: Word, y: Word) -> bool:
    """Equal keys, or one slip in a word of 5+ letters (two in 8+): "Teheran"/"Taheran".

    Numbers must match exactly: "12" and "15" are a conflict, not a typo.
    """
    if x.key == y.key:
        return True
    if x.is_number or y.is_number:
        return False
    shortest = min(len(x.key), len(y.key))
    if shortest < 5:
        return False  # "kata"/"kita": short words differ by one letter all the time
    cutoff = 1 if shortest < 8 else 2
    return Levenshtein.distance(x.key, y.key, score_cutoff=cutoff) <= cutoff


def _two_match(a: Sequence[Word], b: Sequence[Word], i: int, j: int, step: int) -> bool:
    """Whether the two words from ``(i, j)`` in direction ``step`` both match."""
    i2, j2 = i + step, j + step
    return (
        0 <= i < len(a)
        and 0 <= j < len(b)
        and 0 <= i2 < len(a)
        and 0 <= j2 < len(b)
        and same_word(a[i], b[j])
        and same_word(a[i2], b[j2])
    )


def _extend(a: Sequence[Word], b: Sequence[Word], i: int, j: int, step: int) -> tuple[int, int]:
    """Walk from ``(i, j)`` while the words match, across small edits.

    Tolerated: a word spelt with one slip, a compound written as one or two words
    ("apapun" / "apa pun"), and one substituted, added or dropped word that two matching
    words confirm right after. Returns the first non-matching position in each sequence.
    """
    la, lb = len(a), len(b)
    while 0 <= i < la and 0 <= j < lb:
        if same_word(a[i], b[j]):
            i, j = i + step, j + step
            continue
        i2, j2 = i + step, j + step
        if 0 <= i2 < la and _joined(a[i], a[i2], step) == b[j].key:
            i, j = i2 + step, j2
            continue
        if 0 <= j2 < lb and _joined(b[j], b[j2], step) == a[i].key:
            i, j = i2, j2 + step
            continue
        if _two_match(a, b, i2, j2, step):
            i, j = i2, j2
        elif _two_match(a, b, i2, j, step):
            i = i2
        elif _two_match(a, b, i, j2, step):
            j = j2
        else:
            break
    return i, j


def _joined(x: Word, y: Word, step: int) -> str:
    return x.key + y.key if step > 0 else y.key + x.key


def _grow(a: Sequence[Word], b: Sequence[Word], r: Run) -> Run:
    a0, b0 = _extend(a, b, r.a0 - 1, r.b0 - 1, -1)
    a1, b1 = _extend(a, b, r.a1, r.b1, 1)
    return Run(a0 + 1, a1, b0 + 1, b1)


def _merge_close(runs: list[Run], max_gap: int) -> list[Run]:
    """Join runs that touch, overlap or sit a small edit apart, with a consistent shift."""
    merged: list[Run] = []
    for r in sorted(runs):
        if merged:
            p = merged[-1]
            if r.a1 <= p.a1 and p.b0 <= r.b0 and r.b1 <= p.b1:
                continue  # inside the previous one
            ga, gb = r.a0 - p.a1, r.b0 - p.b1
            if ga <= max_gap and gb <= max_gap and abs(ga - gb) <= max_gap and r.b0 >= p.b0:
                merged[-1] = Run(p.a0, max(p.a1, r.a1), p.b0, max(p.b1, r.b1))
                continue
        merged.append(r)
    return merged


def shared_runs(
    a: Sequence[Word],
    b: Sequence[Word],
    *,
    n: int = SEED_WORDS,
    max_gap: int = MAX_GAP_WORDS,
) -> list[Run]:
    """Non-overlapping passages shared by two word sequences, longest first chosen."""
    candidates = sorted(_diagonal_runs(a, b, n), key=lambda r: (-r.size, r.a0, r.b0))
    taken: list[Run] = []
    for r in candidates:
        if not _overlaps(r, taken):
            taken.append(r)
    return _merge_close([_grow(a, b, r) for r in taken], max_gap)


def run_similarity(a: Sequence[Word], b: Sequence[Word], run: Run) -> float:
    """How close the two sides of a merged run are (1.0 = identical normalised words)."""
    left = " ".join(w.key for w in a[run.a0 : run.a1])
    right = " ".join(w.key for w in b[run.b0 : run.b1])
    return ratio(left, right) / 100.0
