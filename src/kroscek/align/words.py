"""Word normalisation for alignment: forms that survive quoting, casing and small spelling slips.

Alignment must see "Hizbullah" and "Hizbulah", “Anda” and "anda", "apa pun" and "apapun" as
the same words, and "menewaskan" and "tewas" as related words, without a language model.
Two keys are computed per token:

- ``key``: casefolded, accents stripped, doubled letters collapsed. Used to seed verbatim
  passages, so a dropped double letter does not break a shared sentence.
- ``stem``: a light affix-stripped form (Indonesian prefixes/suffixes, English inflections),
  used to compare the content of paraphrased sentences and the context of numbers.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache, partial
from itertools import repeat
from typing import NamedTuple

from kroscek.text.tokens import token_pieces

_DOUBLE = re.compile(r"(\w)\1+")
_NUMBER = re.compile(r"\d")


class Word(NamedTuple):
    """A visible word of an article with its offsets and its comparison keys."""

    key: str
    stem: str
    start: int
    end: int
    is_number: bool


_make_word = partial(tuple.__new__, Word)  # Word(key, stem, start, end, is_number), no Python call


def fold(text: str) -> str:
    """Casefold and strip accents: the form two outlets' spellings are compared in."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def word_key(token: str) -> str:
    """The seeding key of a token: folded, doubled letters collapsed ("hizbullah" -> "hizbulah")."""
    folded = fold(token)
    if _NUMBER.search(folded):
        return folded.replace(",", ".")
    return _DOUBLE.sub(r"\1", folded).replace("'", "").replace("’", "")


_ID_PREFIXES = (
    ("meny", "s"),
    ("peny", "s"),
    ("meng", ""),
    ("peng", ""),
    ("mem", "p"),
    ("pem", "p"),
    ("men", "t"),
    ("pen", "t"),
    ("ber", ""),
    ("per", ""),
    ("ter", ""),
    ("me", ""),
    ("di", ""),
    ("ke", ""),
    ("se", ""),
)
_ID_SUFFIXES = ("nya", "lah", "kah", "kan", "an", "i")
_VOWELS = set("aeiou")


def _stem_id(word: str) -> str:
    """Strip one Indonesian suffix layer and one prefix, restoring a dropped initial consonant.

    "menewaskan" -> "tewas", "pengeboman" -> "bom" is too far for a light stemmer, but
    "pengeboman" -> "ebom" stays stable across outlets, which is all alignment needs.
    """
    w = word
    for suf in _ID_SUFFIXES[:3]:
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            w = w[: -len(suf)]
            break
    for suf in _ID_SUFFIXES[3:]:
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            w = w[: -len(suf)]
            break
    for pre, restore in _ID_PREFIXES:
        if w.startswith(pre) and len(w) - len(pre) >= (5 if len(pre) == 2 else 3):
            rest = w[len(pre) :]
            if restore and rest[0] in _VOWELS:
                return restore + rest
            return rest
    return w


def _stem_en(word: str) -> str:
    """Strip common English inflections so "killed"/"kills"/"killing" share one stem."""
    for suf in ("ings", "ing", "ied", "ies", "ed", "es", "s"):
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            base = word[: -len(suf)]
            if suf in ("ied", "ies"):
                return base + "y"
            if suf == "s" and word.endswith("ss"):
                return word
            return base
    return word


@lru_cache(maxsize=65536)
def stem(token_key: str, lang: str) -> str:
    """A light stem of a folded token, per language (numbers are kept as they are)."""
    if _NUMBER.search(token_key) or len(token_key) < 5:
        return token_key
    return _stem_en(token_key) if lang == "en" else _stem_id(token_key)


@lru_cache(maxsize=8)
def stopwords(lang: str) -> frozenset[str]:
    """Folded function words of ``lang`` (empty for a language without a list).

    Content-word weighting also uses inverse document frequency, so alignment still works
    for a language without a stopword list; the list only sharpens it.
    """
    from kroscek.text.lang import stopwords as shipped

    try:
        return frozenset(fold(w) for w in shipped(lang))
    except (FileNotFoundError, KeyError, OSError):
        return frozenset()


@lru_cache(maxsize=8)
def stop_keys(lang: str) -> frozenset[str]:
    """The function words of ``lang`` as :func:`word_key` forms, for checking a word's key.

    A key collapses doubled letters: "will", "still", "all", "three" are keyed ``wil``,
    ``stil``, ``al``, ``thre``, so checked against the folded list they would pass for
    content words. Kept apart from :func:`stopwords`: a folded word checked against the
    keys would take "al" or "sat" for a function word.
    """
    return frozenset(word_key(w) for w in stopwords(lang))


def words(text: str, lang: str = "id", offset: int = 0) -> list[Word]:
    """The visible words of ``text`` (punctuation and quote marks dropped) with their keys.

    Read from the token pieces (parallel lists) rather than :func:`tokenize`'s tokens: no
    token object is built only to be thrown away, and the cached keys come from one ``map``.
    """
    texts, starts, ends, _ = token_pieces(text, offset)
    return [
        _make_word((keys[0], keys[1], s, e, keys[2]))
        for keys, s, e in zip(map(_keys, texts, repeat(lang)), starts, ends, strict=True)
        if keys is not None
    ]


@lru_cache(maxsize=65536)
def _keys(token: str, lang: str) -> tuple[str, str, bool] | None:
    """Key, stem and "is a number" of a visible token, None for punctuation: one cached
    lookup per token instead of three steps (an article repeats most of its words)."""
    ch = token[0]
    if not (ch.isalnum() or ch == "_"):
        return None
    key = word_key(token)
    return key, stem(key, lang), ch.isdigit()


def content_stems(ws: list[Word], lang: str) -> set[str]:
    """Stems of the words that carry meaning (no stopwords, no one-letter words, no numbers).

    The words are checked against the folded list (:func:`stopwords`), not its keys
    (:func:`stop_keys`), on purpose: "will", "saat", "hingga" stay content words here. The
    aligner's pairing threshold and the claims' context overlaps were measured with them;
    dropped, the gold set lost four right findings ("will hold 213" / "will control 231" no
    longer one count of seats) and gained two wrong pairings (a name-heavy lead paired with
    another sentence naming the same official), 6 of 287 cases changed, none for the better.
    """
    stop = stopwords(lang)
    return {w.stem for w in ws if not w.is_number and len(w.key) > 1 and w.key not in stop}
