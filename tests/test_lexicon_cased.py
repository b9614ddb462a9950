"""``cased_lead_alternation``: a word list compiled without IGNORECASE must match exactly
what the same list matches with it (the qualifier before a figure is searched this way)."""

from __future__ import annotations

import re
import string

import pytest

from kroscek.extract.lexicon import (
    _case_variants,
    cased_lead_alternation,
    lead_alternation,
    lexicon,
)

# every character of Unicode once (surrogates left out): what "(?i:x)" matches in it is the
# regex engine's own answer, the reference the variants must equal
_ALL_CHARS = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)


@pytest.mark.parametrize("char", list(string.ascii_letters + string.digits + "-.'<"))
def test_case_variants_are_every_character_the_engine_folds_together(char: str) -> None:
    expected = sorted(set(re.findall(f"(?i:{re.escape(char)})", _ALL_CHARS)))
    assert _case_variants(char) == expected


WORDS = ["sekitar", "lebih dari", "kurang dari", "hampir", "setidaknya", "kira-kira", "about"]

TEXTS = [
    "Korban tewas sekitar 40 orang, lebih dari 100 luka-luka.",
    "SEKITAR 40 orang mengungsi; Lebih  Dari 2.000 rumah rusak.",
    "Hampir\t30 desa terendam, kira-kira 12 di antaranya terisolasi.",
    "prasekitar 5 (not a word start), mesekitar 9, -hampir 3",
    # a Kelvin sign, a long s and a dotless i fold into k, s and i under IGNORECASE
    "\u212aurang dari 10 warga; \u017fekitar 7 rumah; hampır 4 mobil.",
    "It rose about 4 percent, ABOUT 5 in the second quarter.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_cased_word_list_finds_what_the_ignorecase_list_finds(text: str) -> None:
    cased = cased_lead_alternation(WORDS, edge=r"\w-")
    assert cased is not None
    plain = re.compile(lead_alternation(WORDS, edge=r"\w-") + r"\s*", re.IGNORECASE)
    fast = re.compile(cased + r"\s*")
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    ends = [m.end() for m in plain.finditer(text)]
    for end in ends:  # as numbers reads it: the qualifier right before a figure
        window = max(0, end - 30)
        old = re.compile(lead_alternation(WORDS, edge=r"\w-") + r"\s*$", re.IGNORECASE)
        new = re.compile(cased + r"\s*$")
        assert new.search(text, window, end).span() == old.search(text, window, end).span()


@pytest.mark.parametrize(
    ("words", "edge"),
    [(["éclair", "sekitar"], r"\w"), (["sekitar"], r"\wa")],
)
def test_cased_alternation_declines_what_it_cannot_write_exactly(
    words: list[str], edge: str
) -> None:
    assert cased_lead_alternation(words, edge=edge) is None


@pytest.mark.parametrize("lang", ["id", "en"])
def test_qualifier_pattern_of_each_language_is_the_fast_one(lang: str) -> None:
    pattern = lexicon(lang).qualifier_re
    assert not pattern.flags & re.IGNORECASE
    qualifier = sorted(lexicon(lang).qualifiers)[0]
    text = f"x {qualifier.upper()} "
    assert pattern.search(text) is not None
