"""Language detection (Indonesian or English) from function-word ratios.

Every later stage picks its word lists by language, so detection has to be cheap and
dependable on news prose. Function words ("yang", "dan", "di" / "the", "of", "and") make
up a large share of any running text and barely overlap between the two languages, so
counting them beats a general-purpose detector here at a fraction of the cost (lingua
needs about 113 MB; this needs two small sets). Malay scores as Indonesian, which is what
the pipeline wants.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from itertools import islice
from typing import Any

LANGS: tuple[str, ...] = ("id", "en")
UNDETERMINED = "und"

# Possessive quantifiers: the same matches as "[^\W\d_]+(?:['’][^\W\d_]+)?" (nothing
# after a letter run can take its letters back), with less backtracking bookkeeping.
_WORD_RE = re.compile(r"[^\W\d_]++(?:['’][^\W\d_]++)?+")
# The same on ASCII text, where "[^\W\d_]" is "[A-Za-z]" and "’" cannot occur (faster).
_ASCII_WORD_RE = re.compile(r"[A-Za-z]++(?:'[A-Za-z]++)?+")
# Below this many words, or this many function-word hits, a guess is not worth making.
_MIN_WORDS = 4
_MIN_HITS = 2
# A language must explain at least this share of the words to be chosen at all.
_MIN_RATIO = 0.08
# Only the start of a long text is read: the ratio is stable after a few hundred words.
_MAX_CHARS = 2500
# Below this many words the function-word count alone is thin and word shapes are asked.
_SHORT_TEXT_WORDS = 40
# A function or calendar word counts as much as this many word-shape cues.
_FUNCTION_WORD_VOTES = 2
_MIN_CUE_VOTES = 2
_MIN_CUE_LEAD = 2
_CUE_MIN_CHARS = 5
# A quotation of at least this many characters: "Israel has the right," or a whole English
# statement quoted in an Indonesian report (or the other way round) speaks the speaker's
# language, not the article's.
_QUOTED_RE = re.compile(r'"[^"\n]{24,}?"|“[^”\n]{24,}?”|«[^»\n]{24,}?»')
# The narrative around the quotes decides when it has at least this many words.
_MIN_NARRATIVE_WORDS = 15


@lru_cache(maxsize=64)
def lang_data(lang: str, name: str) -> Any:
    """The parsed JSON data file ``kroscek/lang/<lang>/<name>.json`` (cached)."""
    path = resources.files("kroscek").joinpath("lang", lang, f"{name}.json")
    with path.open("r", encoding="utf-8") as handle:
        return json.load(handle)


@lru_cache(maxsize=1)
def unit_scales() -> dict[str, tuple[str, float]]:
    """Each unit of a scaled quantity -> (the quantity, its size in the quantity's base unit).

    From ``lang/id/scales.json``; one table for extraction (a measure and its conversion in
    brackets are one fact) and for compare (one figure written at two scales agrees).
    """
    data = lang_data("id", "scales")
    return {
        unit: (quantity, float(size))
        for quantity, units in data.items()
        if not quantity.startswith("_")
        for unit, size in units.items()
    }


@lru_cache(maxsize=8)
def stopwords(lang: str) -> frozenset[str]:
    """Lower-case function words of ``lang`` (from ``lang/<lang>/stopwords.json``)."""
    return frozenset(w.lower() for w in lang_data(lang, "stopwords")["words"])


@lru_cache(maxsize=1)
def _exclusive_stopwords() -> dict[str, frozenset[str]]:
    """Each language's function words minus those shared with another language."""
    sets = {lang: stopwords(lang) for lang in LANGS}
    out: dict[str, frozenset[str]] = {}
    for lang, words in sets.items():
        others: set[str] = set()
        for other, other_words in sets.items():
            if other != lang:
                others |= other_words
        out[lang] = words - others
    return out


@lru_cache(maxsize=1)
def _word_language() -> dict[str, str]:
    """Function word -> its language, for words that belong to one language only."""
    return {w: lang for lang, words in _exclusive_stopwords().items() for w in words}


# Every ASCII character but a letter, as a space: without apostrophes, the words of an
# ASCII text are its runs of letters.
_NOT_LETTERS = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalpha()})


def _ascii_words(text: str) -> list[str]:
    """``_WORD_RE.findall(text)`` for an ASCII ``text`` (tested), cheaper."""
    if "'" in text:
        return _ASCII_WORD_RE.findall(text)
    return text.translate(_NOT_LETTERS).split()


# Punctuation that ends no word and joins none (not an apostrophe): stripped from the ends of
# a whitespace-separated piece, it leaves the piece's one word ("(Garut)," -> "Garut").
_EDGE_MARKS = '.,;:!?()[]{}"“”«»‘-–—…/*'


def _words(text: str) -> list[str]:
    """``_WORD_RE.findall(text)``, cheaper on news text.

    A word never spans whitespace, so the text is split on it first (in C); a piece made
    of letters only, once its edge punctuation is stripped, is one word as it stands, and
    only the rest (digits, apostrophes, inner marks) goes through the regex.
    """
    if text.isascii():
        return _ascii_words(text)
    out: list[str] = []
    for piece in text.split():
        if piece.isalpha():
            out.append(piece)
            continue
        core = piece.strip(_EDGE_MARKS)
        if core.isalpha():
            out.append(core)
        else:
            out.extend(_WORD_RE.findall(piece))
    return out


def _at_least_words(text: str, count: int) -> bool:
    """Whether ``text`` holds ``count`` words or more (stops reading at the last one)."""
    return sum(1 for _ in islice(_WORD_RE.finditer(text), count)) >= count


def _narrative(text: str) -> str:
    """The start of ``text`` without its long quotations, when enough prose is left.

    An Indonesian report that keeps an English statement in the original ("We call on all
    parties ...," ujarnya) is Indonesian: the reporter's sentences carry the article's
    language, the quoted ones the speaker's. A text that is nearly all quotation keeps them.
    """
    head = text[: 2 * _MAX_CHARS]
    if '"' not in head and "“" not in head and "«" not in head:
        return head[:_MAX_CHARS]
    narrative = _QUOTED_RE.sub(" ", head)
    if narrative is head or not _at_least_words(narrative[:_MAX_CHARS], _MIN_NARRATIVE_WORDS):
        return head[:_MAX_CHARS]
    return narrative[:_MAX_CHARS]


def _hits(text: str) -> tuple[dict[str, int], int]:
    """Function-word hits per language in the start of ``text`` (its long quotations left
    out: :func:`_narrative`), and the word count."""
    low = _narrative(text).lower()
    words = _words(low)
    owner = _word_language()
    hits = dict.fromkeys(LANGS, 0)
    for lang in filter(None, map(owner.get, words)):
        hits[lang] += 1
    return hits, len(words)


@lru_cache(maxsize=1)
def _calendar_words() -> dict[str, str]:
    """Month and weekday names that belong to one language only ("Wednesday", "Rabu")."""
    owner: dict[str, set[str]] = {}
    for lang in LANGS:
        for name in ("months", "weekdays"):
            for word in lang_data(lang, name):
                if not word.startswith("_") and len(word) >= 4:
                    owner.setdefault(word.casefold(), set()).add(lang)
    return {word: next(iter(langs)) for word, langs in owner.items() if len(langs) == 1}


@lru_cache(maxsize=1)
def _affixes() -> dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    """(prefixes, suffixes, letter groups) typical of each language's words."""
    out = {}
    for lang in LANGS:
        data = lang_data(lang, "stopwords").get("affixes", {})
        out[lang] = (
            tuple(data.get("prefixes", [])),
            tuple(data.get("suffixes", [])),
            tuple(data.get("infixes", [])),
        )
    return out


def _word_cues(word: str) -> set[str]:
    """Languages whose word shapes ``word`` has ("reported" -> en, "dilaporkan" -> id)."""
    found: set[str] = set()
    for lang, (prefixes, suffixes, infixes) in _affixes().items():
        affixed = len(word) >= _CUE_MIN_CHARS and (
            word.startswith(prefixes) or word.endswith(suffixes)
        )
        if affixed or any(group in word for group in infixes):
            found.add(lang)
    return found


def _cue_votes(text: str) -> dict[str, int]:
    """Words voting for one language by their shape or by a calendar name.

    Function words decide on running text; on a headline and one sentence there may be a
    single one, and these cues break the tie: English "-tion", "-ed", "th", "Wednesday"
    against Indonesian "me-", "ber-", "-kan", "ny", "Rabu". A word that looks like both
    (or neither) does not vote.
    """
    votes = dict.fromkeys(LANGS, 0)
    calendar = _calendar_words()
    owner = _word_language()
    for word in _words(_narrative(text).lower()):
        if len(word) < 2:
            continue  # "I" and "A" are Roman numerals and list labels as often as words
        if word in owner:
            votes[owner[word]] += _FUNCTION_WORD_VOTES
            continue
        if word in calendar:
            votes[calendar[word]] += _FUNCTION_WORD_VOTES
            continue
        langs = _word_cues(word)
        if len(langs) == 1:
            votes[langs.pop()] += 1
    return votes


def scores(text: str) -> dict[str, float]:
    """Share of the words in ``text`` that are function words of each language."""
    hits, total = _hits(text)
    return {lang: hits[lang] / total if total else 0.0 for lang in LANGS}


def detect(text: str) -> str:
    """``"id"`` or ``"en"`` for the language of ``text``; ``"und"`` when too little to tell.

    Reads at most the first few thousand characters, so it costs microseconds per article.
    """
    hits, total = _hits(text)
    if total < _MIN_WORDS:
        return UNDETERMINED
    best = max(LANGS, key=lambda lang: hits[lang])
    decided = (
        hits[best] >= _MIN_HITS
        and hits[best] / total >= _MIN_RATIO
        and sum(1 for lang in LANGS if hits[lang] == hits[best]) == 1
    )
    if decided and (total >= _SHORT_TEXT_WORDS or hits[best] >= 2 * _MIN_HITS):
        return best
    # A short text: let word shapes and calendar names settle it (or overrule a thin lead).
    votes = _cue_votes(text)
    ranked = sorted(LANGS, key=lambda lang: votes[lang], reverse=True)
    lead = votes[ranked[0]] - votes[ranked[1]]
    if votes[ranked[0]] >= _MIN_CUE_VOTES and lead >= _MIN_CUE_LEAD:
        return ranked[0]
    return best if decided else UNDETERMINED
