"""Sentence spans for fact extraction.

Facts need sentence scopes (an attribution covers its sentence; "ujarnya" points back to
the speaker of an earlier sentence). This splitter is deliberately small and predictable:
it breaks at line ends and at ``.``/``!``/``?`` followed by a capital, digit or opening
quote, never inside a quotation, after a known abbreviation ("Dr.", "No.", "Jl.", "U.S.")
or inside a number ("1.200"). Offsets index the original text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

_ABBREVIATIONS = frozenset(
    [
        "dr",
        "drs",
        "dra",
        "prof",
        "ir",
        "jl",
        "jln",
        "no",
        "nomor",
        "hal",
        "tel",
        "telp",
        "kec",
        "kab",
        "kel",
        "prov",
        "gen",
        "lt",
        "col",
        "capt",
        "maj",
        "brig",
        "adm",
        "sgt",
        "mr",
        "mrs",
        "ms",
        "st",
        "sen",
        "rep",
        "gov",
        "jr",
        "sr",
        "inc",
        "ltd",
        "co",
        "corp",
        "vs",
        "etc",
        "dll",
        "dsb",
        "dkk",
        "yth",
        "bpk",
        "sdr",
        "h",
        "hj",
        "kh",
        "u.s",
        "u.k",
        "u.n",
        "a.s",
        "p.m",
        "a.m",
        "d.c",
    ]
)
_BOUNDARY_RE = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9À-Ý])|\n\s*")
_OPEN = {"“": "”", "«": "»"}


@lru_cache(maxsize=256)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Half-open (start, end) spans of the sentences of ``text``, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY_RE.finditer(text):
        cut = m.end() if m.group().strip() else m.start()
        if m.group().strip() and (
            _after_abbreviation(text, m.start()) or _inside_quote(text, start, m.end())
        ):
            continue
        _add(text, start, cut, spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return tuple(spans)


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def _after_abbreviation(text: str, dot: int) -> bool:
    i = dot
    while i > 0 and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    word = text[i:dot].lower().rstrip(".")
    if not word:
        return False
    if word in _ABBREVIATIONS:
        return True
    # single initials ("J. Smith") are not sentence ends
    return len(word) == 1 and text[i].isupper()


def _inside_quote(text: str, start: int, pos: int) -> bool:
    """True while a quotation opened in this sentence is still open at ``pos``."""
    chunk = text[start:pos]
    curly_open = chunk.count("“") - chunk.count("”")
    if curly_open > 0:
        return True
    straight = chunk.count('"')
    return straight % 2 == 1


def sentence_of(spans: tuple[tuple[int, int], ...], pos: int) -> tuple[int, int]:
    """The sentence span that holds ``pos`` (or the nearest one before it)."""
    i = bisect_right(spans, (pos, len_max)) - 1
    if i < 0:
        return (0, 0)
    return spans[i]


len_max = 1 << 62


class Mask:
    """Which characters of a text are already claimed by a fact, for O(span) overlap checks
    (a list of spans would make a long article quadratic)."""

    def __init__(self, size: int) -> None:
        self.bits = bytearray(size + 1)

    def add(self, start: int, end: int) -> None:
        self.bits[start:end] = b"\x01" * (end - start)

    def free(self, start: int, end: int) -> bool:
        return not any(self.bits[start:end])
