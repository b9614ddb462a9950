"""Text normalisation used to compare names and quotes across outlets.

Outlets differ in case ("Anda"/"anda"), diacritics ("Erdoğan"/"Erdogan"), curly versus
straight punctuation, spacing of particles ("apa pun"/"apapun") and transliteration
("Hizbullah"/"Hezbollah"). These helpers turn such variants into one comparable key without
touching the article text itself (offsets always point into the original).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from kroscek.extract.resources import LANGS, load

_PUNCT_RE = re.compile(r"[^\w\s]", re.UNICODE)
_SPACE_RE = re.compile(r"\s+")
_QUOTE_TRANSLATION = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "–": "-",
        "—": "-",
    }
)


def strip_diacritics(text: str) -> str:
    """ "Erdoğan" -> "Erdogan": drop combining marks after NFKD decomposition."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Casefold, strip diacritics, unify quotes and dashes, collapse whitespace.

    Cached: names and words repeat across an article and across a batch."""
    text = strip_diacritics(text.translate(_QUOTE_TRANSLATION)).casefold()
    return _SPACE_RE.sub(" ", text).strip()


@lru_cache(maxsize=4)
def _spacing_pairs() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    pairs: list[tuple[re.Pattern[str], str, str]] = []
    for lang in LANGS:
        for apart, joined in load(lang, "variants").get("spacing", []):
            pairs.append((re.compile(r"\b" + re.escape(apart) + r"\b"), joined, apart))
    return tuple(pairs)


def join_spacing(text: str) -> str:
    """Write particles that outlets spell apart or together one way ("apa pun" -> "apapun")."""
    for pattern, joined, apart in _spacing_pairs():
        if apart in text:  # the pattern is the literal words between boundaries
            text = pattern.sub(joined, text)
    return text


def text_key(text: str) -> str:
    """A key under which two renderings of the same words compare equal.

    Case, punctuation, diacritics, particle spacing and whitespace are ignored, so
    "Anda akan melakukan apa pun." and "anda akan melakukan apapun" share a key.
    """
    folded = _PUNCT_RE.sub(" ", fold(text))
    return join_spacing(_SPACE_RE.sub(" ", folded).strip())


@lru_cache(maxsize=16384)
def slug(text: str) -> str:
    """An id-safe form of a name: "Esmail Qaani" -> "esmail-qaani"."""
    folded = _PUNCT_RE.sub(" ", fold(text).replace("'", ""))
    return "-".join(folded.split())


@lru_cache(maxsize=2)
def _substitutions() -> tuple[tuple[str, str], ...]:
    pairs: dict[tuple[str, str], None] = {}
    for lang in LANGS:
        for a, b in load(lang, "variants").get("substitutions", []):
            pairs[(a, b)] = None  # ordered, without duplicates
    return tuple(pairs)


@lru_cache(maxsize=8192)
def sound_key(name: str) -> str:
    """A loose transliteration key: "Hezbollah", "Hizbullah", "Hizbulah" -> "hzblh".

    Spelling alternations (variants.json) are applied, doubled letters collapsed and
    vowels after the first letter dropped; an initial vowel becomes "*" (Esmail/Ismail).
    Two names sharing this key *may* be one referent; callers still check spelling
    distance and the gazetteer before merging.
    """
    s = fold(name)
    for a, b in _substitutions():
        s = s.replace(a, b)
    s = re.sub(r"[^a-z ]", "", s)
    words = []
    for word in s.split():
        collapsed = re.sub(r"(.)\1+", r"\1", word)
        if not collapsed:
            continue
        head, tail = collapsed[0], re.sub(r"[aeiouy]", "", collapsed[1:])
        if head in "aeiou":
            head = "*"  # Esmail/Ismail, Osama/Usama: an initial vowel is written either way
        words.append(head + tail)
    return " ".join(words)


def _squeezed(word: str) -> str:
    """A name with doubled letters written once and no final "e" ("muhammad" -> "muhamad")."""
    squeezed = re.sub(r"(.)\1+", r"\1", word)
    return squeezed[:-1] if len(squeezed) > 4 and squeezed.endswith("e") else squeezed


def close_spelling(a: str, b: str) -> bool:
    """Two spellings of one word or name: same sound key and few edits for the length.

    Names of four letters or fewer must match exactly (Iran/Irak differ by one letter);
    longer names may differ by one edit per five letters when their sound keys agree, or
    by one edit alone when they are at least six letters long.
    """
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    shortest = min(len(fa), len(fb))
    if shortest <= 4:
        return False
    dist = Levenshtein.distance(fa, fb)
    if sound_key(fa) == sound_key(fb) and (
        dist <= max(1, shortest // 4)
        # transliterations double letters and add a silent final e ("Mohamad"/"Muhammad",
        # "Tariq"/"Tarique", "Mehmood"/"Mahmud"): counted once
        or Levenshtein.distance(_squeezed(fa), _squeezed(fb)) <= max(1, shortest // 4)
    ):
        return True
    same_start = fa[0] == fb[0] or (fa[0] in "aeiou" and fb[0] in "aeiou")
    return shortest >= 6 and dist <= 1 and same_start
