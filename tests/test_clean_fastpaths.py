"""The cleaning fast paths give exactly what the regexes they stand in for give."""

from __future__ import annotations

import random

import pytest

from kroscek.clean import core
from kroscek.clean.lines import _FINAL_RE, has_final_punctuation
from kroscek.clean.patterns import Gated, patterns

_ALPHABET = [*"ab .!?…:;\"”’»')]([,-\t\n", "\u00a0", "\u2003", "  ", "Staff", "\u0130", "\u212a"]


def _random_texts(n: int, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(_ALPHABET, k=rng.randint(0, 12))) for _ in range(n)]


def test_final_punctuation_equals_its_regex() -> None:
    for text in [*_random_texts(20000), "", " ", 'Dia pergi." ', "Apa?”)", "kata dia,"]:
        assert has_final_punctuation(text) == bool(_FINAL_RE.search(text.rstrip())), repr(text)


def test_normalize_whitespace_equals_the_plain_regexes() -> None:
    def plain(text: str) -> str:
        text = core._SPACES_RE.sub(" ", text).strip()
        text = core._MISSING_SPACE_RE.sub(", ", text)
        return core._SPACE_BEFORE_PUNCT_RE.sub("", text)

    for text in [*_random_texts(20000, seed=9), "Qassam,Hamas", "kata dia , lalu", "a\u3000b"]:
        assert core.normalize_whitespace(text) == plain(text), repr(text)


@pytest.mark.parametrize(
    "line",
    [
        "Reuters staff writer contributed reporting.",
        "STAFF   REPORTER",
        "Jane Roe, \u017ftaff writer",  # long s folds to "s" under IGNORECASE
        "Budi Santoso turut berkontribusi dalam laporan ini.",
        "Warga mengungsi ke balai desa, kata dia.",
        "Penulis dapat dihubungi di budi@example.com",
        "\u212aontak: dapat dihubungi melalui surel",
    ],
)
def test_gated_patterns_match_like_their_regex(line: str) -> None:
    pats = patterns()
    for gated in (pats.byline_contains, pats.contact_phrase):
        assert isinstance(gated, Gated)
        assert bool(gated.search(line)) == bool(gated.pattern.search(line))


def test_possessive_word_patterns_match_their_plain_forms() -> None:
    import re

    from kroscek.clean import lines
    from kroscek.text import lang

    plain_line = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
    plain_lang = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
    rng = random.Random(11)
    pieces = ["al", "-", "'", "’", "Qassam", "12", "_", " ", "é", "--", "''", "x1", "٣"]
    for _ in range(5000):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 10)))
        assert lines._WORD_RE.findall(text) == plain_line.findall(text), repr(text)
        assert lang._WORD_RE.findall(text) == plain_lang.findall(text), repr(text)
