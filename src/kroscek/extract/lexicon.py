"""Compiled views of the language data files, built once per language.

The JSON files are edited by people; this module turns them into the sorted phrase lists
and regular expressions the extractors need, cached per language so that extracting the
facts of an article costs no file reading or regex compilation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from kroscek.extract.resources import load, norm_lang


def lead_alternation(words: Iterable[str], edge: str = r"\w") -> str:
    """``(?<![edge])(?:w1|w2|...)`` rewritten to start with a literal character.

    Each alternative checks its left edge after its first character ("j(?<![\\w]j)anuari"):
    the same test as a lookbehind in front, but a pattern that starts with literals lets the
    regex engine jump between candidate characters instead of trying every position (two to
    three times faster on news text). Longer words still come first, so the same
    alternative wins as in a plain longest-first alternation.
    """
    groups: dict[str, list[str]] = {}
    for w in sorted({w for w in words if w}, key=len, reverse=True):
        groups.setdefault(w[0], []).append(w[1:])
    parts = []
    for first, rests in groups.items():
        c = re.escape(first)
        rest = "|".join(re.escape(r).replace(r"\ ", r"\s+") for r in rests)
        parts.append(f"{c}(?<![{edge}]{c})(?:{rest})")
    return "(?:" + "|".join(parts) + ")"


# Characters other than a letter's two cases that a case-insensitive pattern matches for it
# (Unicode case folding): the Kelvin sign for "k", the long s for "s", dotted and dotless i.
_FOLDED_INTO = ("\u0130", "\u0131", "\u212a", "\u017f")


def _case_variants(char: str) -> list[str] | None:
    """Every character ``(?i:char)`` matches, for an ASCII ``char``; None for any other."""
    if not char.isascii():
        return None
    candidates = {char, char.lower(), char.upper(), *_FOLDED_INTO}
    return sorted(c for c in candidates if re.fullmatch(f"(?i:{re.escape(char)})", c))


def cased_lead_alternation(words: Iterable[str], edge: str = r"\w") -> str | None:
    r""":func:`lead_alternation` for a pattern compiled *without* IGNORECASE that matches what
    the plain one matches with it: each first character is written once per case it matches
    ("d(?<![\w]d)(?i:...)|D(?<![\w]D)(?i:...)"), the rest of the words in a case-insensitive
    group. Under IGNORECASE the regex engine cannot jump between the first letters (cased
    letters give it no character set to look for) and tries every position of the text; here
    it can. At any position only the variant of the character there can match, so the groups
    are tried in the same order as before and the same word wins. None when a word opens with
    a non-ASCII character or ``edge`` holds a letter (its case would then matter)."""
    if any(c.isalpha() for c in edge.replace(r"\w", "")):
        return None
    groups: dict[str, list[str]] = {}
    for w in sorted({w for w in words if w}, key=len, reverse=True):
        groups.setdefault(w[0], []).append(w[1:])
    parts = []
    for first, rests in groups.items():
        variants = _case_variants(first)
        if variants is None:
            return None
        rest = "|".join(re.escape(r).replace(r"\ ", r"\s+") for r in rests)
        for v in variants:
            c = re.escape(v)
            parts.append(f"{c}(?<![{edge}]{c})(?i:{rest})")
    return "(?:" + "|".join(parts) + ")"


def _qualifier_re(qualifiers: Iterable[str]) -> re.Pattern[str]:
    """A qualifier word ("sekitar", "lebih dari") ending the text searched (right before a
    figure). Searched in a window before every number: written with
    :func:`cased_lead_alternation`, a search takes less than half the time (same matches)."""
    cased = cased_lead_alternation(qualifiers, edge=r"\w-")
    if cased is None:
        return re.compile(lead_alternation(qualifiers, edge=r"\w-") + r"\s*$", re.IGNORECASE)
    return re.compile(cased + r"\s*$")


def phrase_pattern(phrases: list[str] | set[str], *, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """One regex matching any of ``phrases`` as whole words, longest first."""
    body = lead_alternation(phrases, edge=r"\w-")
    return re.compile(rf"{body}(?![\w-])", flags)


# What keeps its case when a pattern is lowercased: an escape ("\\d", "\\S"), a group's
# name, and a character class (read whole, so a range in it is never cut)
_KEEP_CASE_RE = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)|\[\^?\]?(?:\\.|[^\]\\])*\]", re.DOTALL)
# escapes that name a character by its code, whose case lowercasing cannot see
_CODE_ESCAPE_RE = re.compile(r"\\[xuUN0-9]")


@lru_cache(maxsize=256)
def _case_sensitive_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The same pattern without IGNORECASE, valid on lowercased text: its ASCII capitals
    ("R?APB[DN]", "Q[1-4]", roman numerals) are lowercased, which under IGNORECASE matches
    the same characters; None when that cannot be done safely (scoped case flags, a
    character given by its code, a non-ASCII capital, a class range that lowercasing
    would change)."""
    source = pattern.pattern
    if not pattern.flags & re.IGNORECASE or "(?-i" in source or _CODE_ESCAPE_RE.search(source):
        return None
    out: list[str] = []
    at = 0
    for m in _KEEP_CASE_RE.finditer(source):
        out.append(source[at : m.start()])
        part = m.group()
        if part.startswith("[") and any(c.isupper() for c in part):
            lowered_class = _lower_class(part)
            if lowered_class is None:
                return None
            part = lowered_class
        out.append(part)
        at = m.end()
    out.append(source[at:])
    plain = [p if p.startswith(("\\", "(?P", "[")) else _lower_ascii(p) for p in out]
    if any(p is None for p in plain):
        return None
    lowered_source = "".join(p for p in plain if p is not None)
    return re.compile(lowered_source, pattern.flags & ~re.IGNORECASE)


def _lower_ascii(text: str) -> str | None:
    """``text`` with A-Z lowercased; None when it holds any other capital."""
    if any(c.isupper() and not ("A" <= c <= "Z") for c in text):
        return None
    return text.lower() if any("A" <= c <= "Z" for c in text) else text


def _lower_class(part: str) -> str | None:
    """A character class with its ASCII capitals lowercased: "[DN]" -> "[dn]", "[A-Z]" ->
    "[a-z]"; None when it holds an escape, or a range with one capital end only ("[A-z]",
    "[0-Z]"), whose lowercased form is another set."""
    if "\\" in part:
        return None
    for m in re.finditer(r"(.)-(.)", part[1:-1]):
        a, b = m.groups()
        if (a.isupper() or b.isupper()) and not ("A" <= a <= "Z" and "A" <= b <= "Z"):
            return None
    return _lower_ascii(part)


# pattern id -> (pattern, twin). The entry holds the pattern, so its id is not reused while
# cached. Not ``lru_cache`` on the pattern: hashing and comparing a compiled pattern hashes
# its whole code (~1 us for a long word list), and this is asked ~100 times per article.
_TWINS: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def _twin_of(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    hit = _TWINS.get(id(pattern))
    if hit is not None and hit[0] is pattern:
        return hit[1]
    if len(_TWINS) >= 256:
        _TWINS.clear()
    twin = _case_sensitive_twin(pattern)
    _TWINS[id(pattern)] = (pattern, twin)
    return twin


def lowered(text: str) -> str | None:
    """``text`` in lower case when that keeps every offset (almost always), else None."""
    low = text.lower()
    return low if len(low) == len(text) else None


def finditer_fast(
    pattern: re.Pattern[str], text: str, low: str | None, pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, pos, endpos)``, faster for case-insensitive word lists.

    Python's IGNORECASE matching of long alternations ("januari|februari|...") costs two
    to three times a case-sensitive scan. The case-sensitive twin scans the lowercased text
    ``low`` to find where matches are; each one is then matched again by the original
    pattern at that offset on the original text, so callers get the same match objects.
    """
    end = len(text) if endpos is None else endpos
    twin = _twin_of(pattern) if low is not None else None
    if twin is None or low is None:
        yield from pattern.finditer(text, pos, end)
        return
    for m in twin.finditer(low, pos, end):
        real = pattern.match(text, m.start(), end)
        if real is not None:
            yield real


@dataclass(frozen=True)
class Lexicon:
    """Everything language-specific that the extractors read, for one language."""

    lang: str
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict
    units_prefix: dict[str, str]
    units_suffix: dict[str, str]
    nouns: dict[str, str]
    others: frozenset[str]
    verb_objects: dict[str, str]
    events: dict[str, str]
    stop: frozenset[str]
    modifiers: frozenset[str]
    classifiers: frozenset[str]
    qualifiers: dict[str, str]
    qualifier_re: re.Pattern[str]
    suffix_unit_re: re.Pattern[str]
    noun_re: re.Pattern[str]
    event_re: re.Pattern[str]
    event_breaks: re.Pattern[str] | None = None
    event_joins: re.Pattern[str] | None = None
    event_subject_re: re.Pattern[str] | None = None
    event_subject_ends: frozenset[str] | None = None  # see ``ending_chars``
    # nouns right before an event word that make it no event ("figures released")
    event_not_after: frozenset[str] = frozenset()


@lru_cache(maxsize=4)
def lexicon(lang: str) -> Lexicon:
    lang = norm_lang(lang)
    months = {k: v for k, v in load(lang, "months").items() if not k.startswith("_")}
    weekdays = {k: v for k, v in load(lang, "weekdays").items() if not k.startswith("_")}
    numbers = load(lang, "numbers")
    units = load(lang, "units")
    nouns = load(lang, "nouns")
    qualifiers = dict(numbers.get("qualifiers", {}))
    return Lexicon(
        lang=lang,
        months=months,
        weekdays=weekdays,
        numbers=numbers,
        units_prefix=dict(units.get("prefix", {})),
        units_suffix=dict(units.get("suffix", {})),
        nouns=dict(nouns.get("nouns", {})),
        others=frozenset(nouns.get("others", [])),
        verb_objects=dict(nouns.get("verb_objects", {})),
        events=dict(nouns.get("events", {})),
        stop=frozenset(nouns.get("stop", [])),
        modifiers=frozenset(nouns.get("modifiers", [])),
        classifiers=frozenset(nouns.get("classifiers", [])),
        qualifiers=qualifiers,
        qualifier_re=_qualifier_re(qualifiers),
        suffix_unit_re=re.compile(
            r"(?:\s*|-)(?:"
            + "|".join(
                (re.escape(u).replace(r"\ ", r"\s+") + ("" if not u[-1].isalnum() else r"(?![\w])"))
                for u in sorted(units.get("suffix", {}), key=len, reverse=True)
            )
            + r")",
            re.IGNORECASE,
        ),
        noun_re=phrase_pattern(list(nouns.get("nouns", {}))),
        event_re=phrase_pattern(list(nouns.get("events", {}))),
        event_breaks=_word_re(nouns.get("event_clause_breaks", [])),
        event_joins=_word_re(nouns.get("event_clause_joins", [])),
        event_subject_re=_ending_re(nouns.get("event_subject_verbs", [])),
        event_subject_ends=ending_chars(nouns.get("event_subject_verbs", [])),
        event_not_after=frozenset(nouns.get("event_not_after", [])),
    )


def ending_chars(words: Iterable[str]) -> frozenset[str] | None:
    """The ASCII characters that can end a match of any of ``words`` under IGNORECASE
    (tested with ``re`` itself, so special case foldings count), for ``may_end_with``;
    None when a word is empty or ends in whitespace (no cheap test is then exact)."""
    lasts = set()
    for w in words:
        if not w or w[-1].isspace():
            return None
        lasts.add(w[-1])
    return frozenset(
        chr(a)
        for a in range(128)
        if any(re.fullmatch(re.escape(c), chr(a), re.IGNORECASE) for c in lasts)
    )


def may_end_with(text: str, lo: int, end: int, ends: frozenset[str] | None) -> bool:
    r"""False only when no word ending in ``ends`` can stand in ``text[lo:end]`` followed by
    nothing but whitespace: a cheap test before an end-anchored search (``...\s*$``),
    which otherwise tries every start in the window. Non-ASCII characters always pass."""
    if ends is None:
        return True
    k = end
    while k > lo and text[k - 1].isspace():
        k -= 1
    if k == lo:
        return False
    c = text[k - 1]
    return not c.isascii() or c in ends


def _ending_re(words: list[str]) -> re.Pattern[str] | None:
    """Any of ``words`` as the last word(s) before a position (search on the text before it)."""
    if not words:
        return None
    alt = "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w])(?:{alt})\s*$", re.IGNORECASE)


def _word_re(words: list[str]) -> re.Pattern[str] | None:
    """Any of ``words`` as a whole word, case-insensitive; None for no words."""
    if not words:
        return None
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{alt})(?![\w])", re.IGNORECASE)
