"""What a vague count covers: "Ratusan warga" holds "sekitar 200 orang", "Puluhan" no 12.

A vague count word ("belasan", "puluhan", "ratusan"; "dozens", "hundreds") is read by the
extractor as the lowest figure of its order ("puluhan" as 10, the same as "belasan"), which
is enough to say that "Ratusan lapak" is no second figure beside "120 lapak", not what
figures the word fits. ``vague_ranges`` of ``lang/<lang>/numbers.json`` gives each word its
lowest and highest figure: twelve dead are "belasan", not "puluhan"; two hundred people are
"ratusan".
"""

from __future__ import annotations

from functools import lru_cache

from kroscek.compare.findings._common import lexicon_lang
from kroscek.data import Fact
from kroscek.text.lang import lang_data


@lru_cache(maxsize=4)
def _ranges(lang: str) -> dict[str, tuple[float, float]]:
    data = lang_data(lexicon_lang(lang), "numbers").get("vague_ranges", {})
    return {w.casefold(): (float(lo), float(hi)) for w, (lo, hi) in data.items()}


def vague_word(fact: Fact, lang: str | None) -> str | None:
    """The vague count word of ``fact`` as written ("Puluhan"), or None."""
    if not fact.attrs.get("vague"):
        return None
    ranges = _ranges(lang or "id")
    return next((w for w in fact.text.split() if w.casefold() in ranges), None)


def vague_range(fact: Fact, lang: str | None) -> tuple[float, float] | None:
    """The lowest and highest figure the vague word of ``fact`` covers, or None when the
    fact is no vague count (or its word has no range)."""
    word = vague_word(fact, lang)
    return None if word is None else _ranges(lang or "id")[word.casefold()]


def fits_vague(vague: Fact, lang: str | None, other: Fact) -> bool | None:
    """Whether ``other``'s figure is one the vague count ``vague`` covers ("sekitar 200" in
    "ratusan": True; "12" in "puluhan": False); None when ``vague`` has no known range or
    ``other`` is vague too (two vague words compare by their order elsewhere)."""
    span = vague_range(vague, lang)
    if span is None or other.attrs.get("vague"):
        return None
    try:
        value = abs(float(other.value))
    except (TypeError, ValueError):
        return None
    return span[0] <= value <= span[1]
