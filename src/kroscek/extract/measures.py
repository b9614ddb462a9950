"""What a length measures, kept on the figure: "ketinggian air mencapai 80 sentimeter",
"banjir setinggi 1 meter", "floodwater 80 centimetres deep" are each a depth of water.

A flood's water is written as a height in Indonesian ("ketinggian air", "setinggi 1 meter")
and as a depth in English ("1 metre deep"), so the word next to the figure alone would call
one quantity two things across languages. A figure in a length unit that a word of water
stands before, in its clause, measures the water's depth whatever word of height or level
names it; otherwise the word of lang/*/measured.json next to it says what it measures
("radius 7 km", "kedalaman 10 km"). The result is ``attrs["measure"]`` on the number fact,
so comparison can pair two figures that measure one thing without reading the text again.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from kroscek.data import Fact
from kroscek.extract.resources import load

# Units a measured length is written in (lang/*/units.json labels).
LENGTH_UNITS = frozenset({"mm", "cm", "m", "km", "mile", "nautical miles"})
# How far before a figure its naming words may stand (characters, the figure's clause only).
BEFORE_REACH = 40
AFTER_REACH = 16
DEPTH = "depth"
HEIGHT = "height"
_WORD_RE = re.compile(r"[^\W\d_]+")
_BREAK_RE = re.compile(r"[.;:!?,()\"“”]")


@lru_cache(maxsize=4)
def _words(lang: str) -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """(words before a figure, words after it, words of water) of lang/<lang>/measured.json."""
    data = load(lang, "measured")
    before = {k.casefold(): str(v) for k, v in data.get("before", {}).items()}
    after = {k.casefold(): str(v) for k, v in data.get("after", {}).items()}
    water = frozenset(w.casefold() for w in data.get("water", []))
    return before, after, water


def measure_of(text: str, fact: Fact, lang: str) -> str | None:
    """The thing a figure of length measures ("depth", "radius", "height"), or None."""
    before, after, water = _words(lang)
    head = text[max(0, fact.start - BEFORE_REACH) : fact.start]
    cut = max((m.end() for m in _BREAK_RE.finditer(head)), default=0)
    lead: list[str] = [w.casefold() for w in _WORD_RE.findall(head[cut:])]
    named = next((before[w] for w in reversed(lead[-4:]) if w in before), None)
    if named in (None, HEIGHT) and any(w in water for w in lead):
        # "ketinggian air mencapai 80 sentimeter", "air setinggi 1 meter" (but "pipa air
        # sepanjang 2 km" is a length)
        return DEPTH
    if named is not None:
        return named
    tail = text[fact.end : fact.end + AFTER_REACH]
    stop = _BREAK_RE.search(tail)
    following = _WORD_RE.findall(tail[: stop.start()] if stop else tail)[:1]
    return next((after[w.casefold()] for w in following if w.casefold() in after), None)


def add_measures(text: str, facts: list[Fact], lang: str) -> None:
    """Put ``attrs["measure"]`` on the figures of length that name what they measure, in place."""
    for i, fact in enumerate(facts):
        if fact.attrs.get("unit") in LENGTH_UNITS:
            thing = measure_of(text, fact, lang)
            if thing is not None:
                facts[i] = replace(fact, attrs={**fact.attrs, "measure": thing})
