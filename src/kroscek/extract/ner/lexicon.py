"""Word lists the entity model uses as features: role/title words and place names.

A CRF trained on 100k tokens has seen few of the world's places and only some of the ways a
title precedes a name; these lists let it generalise ("Wali Kota" before a name is not part of
the name, "Kirgistan" is a place even if the corpora never mention it). Places come from CLDR
through babel (territory names and time-zone exemplar cities, in Indonesian and English), so they
are the same on every machine with the same babel version.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources

from kroscek.text.tokens import tokenize

# Marks a phrase match can give a token: first token of a match, or a later one.
BEGIN = "B"
INSIDE = "I"

_PARENS = re.compile(r"\s*\(([^)]*)\)")


class PhraseMatcher:
    """Longest-match lookup of lower-cased multi-word phrases over a token sequence."""

    def __init__(self, phrases: Iterable[Sequence[str]]):
        self._first: dict[str, int] = {}  # first word -> longest phrase length starting with it
        self._phrases: set[tuple[str, ...]] = set()
        for phrase in phrases:
            key = tuple(phrase)
            if not key:
                continue
            self._phrases.add(key)
            self._first[key[0]] = max(self._first.get(key[0], 0), len(key))

    def __len__(self) -> int:
        return len(self._phrases)

    def __contains__(self, phrase: tuple[str, ...]) -> bool:
        return phrase in self._phrases

    def marks(self, lowered: Sequence[str]) -> list[str | None]:
        """For each token, ``BEGIN``/``INSIDE`` when it is part of a phrase, else ``None``."""
        out: list[str | None] = [None] * len(lowered)
        n = len(lowered)
        first = self._first
        phrases = self._phrases
        i = 0
        while i < n:
            longest = first.get(lowered[i])
            if longest is None:
                i += 1
                continue
            matched = 0
            for length in range(longest if longest < n - i else n - i, 0, -1):
                if tuple(lowered[i : i + length]) in phrases:
                    matched = length
                    break
            if matched:
                out[i] = BEGIN
                for j in range(i + 1, i + matched):
                    out[j] = INSIDE
                i += matched
            else:
                i += 1
        return out


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(
        tok.text.lower() for tok in tokenize(phrase) if tok.text.isalnum() or "-" in tok.text
    )


def _name_variants(name: str) -> list[str]:
    """Split "Kongo (Republik Demokratik)" into the name and its parenthesised part."""
    variants = [_PARENS.sub("", name).strip()]
    variants.extend(m.group(1) for m in _PARENS.finditer(name))
    return [v for v in variants if v]


def _data_lines(name: str) -> list[str]:
    """Non-comment lines of a data file shipped next to this module."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def roles() -> PhraseMatcher:
    """Title and role phrases from ``roles.txt`` (data, not code: add a line to add a role)."""
    return PhraseMatcher(_words(line) for line in _data_lines("roles.txt"))


@lru_cache(maxsize=1)
def lowercase_words() -> frozenset[str]:
    """Words normally written lower-case (``lowercase_words.txt``), for re-casing headlines."""
    return frozenset(_data_lines("lowercase_words.txt"))


@lru_cache(maxsize=1)
def person_names() -> frozenset[str]:
    """Lower-cased given and family names from ``person_names.txt``."""
    return frozenset(line.lower() for line in _data_lines("person_names.txt"))


def _project_gazetteer_names(section: str = "places") -> list[str]:
    """Place names from the project's shared gazetteer (``lang/id/gazetteer.json``), if present.

    The file belongs to the fact extractor. Only the names of one section are read
    (``<section>.<id>.names``; for places also the country aliases ``aliases.<code>``). Its
    people are never read: a list of famous people would teach the model names, not patterns.
    An unreadable or reshaped file contributes nothing rather than failing entity recognition.
    """
    try:
        ref = resources.files("kroscek").joinpath("lang", "id", "gazetteer.json")
        data = json.loads(ref.read_text(encoding="utf-8")) if ref.is_file() else {}
    except (OSError, ValueError):
        return []
    names: list[str] = []
    if not isinstance(data, dict):
        return names
    aliases = data.get("aliases") if section == "places" else None
    if isinstance(aliases, dict):
        for value in aliases.values():
            if isinstance(value, list):
                names.extend(v for v in value if isinstance(v, str))
    entries = data.get(section)
    if isinstance(entries, dict):
        for entry in entries.values():
            found = entry.get("names") if isinstance(entry, dict) else None
            if isinstance(found, list):
                names.extend(v for v in found if isinstance(v, str))
    return names


@lru_cache(maxsize=1)
def places() -> PhraseMatcher:
    """Country, region and city names: CLDR via babel (Indonesian and English), ``places.txt``."""
    from babel import Locale
    from babel.core import get_global
    from babel.dates import get_timezone_location

    names: set[str] = set()
    for code in ("id", "en"):
        locale = Locale.parse(code)
        for name in locale.territories.values():
            names.update(_name_variants(name))
        for zone in sorted(get_global("zone_territories")):
            if "/" not in zone or zone.startswith("Etc/"):
                continue
            try:
                city = get_timezone_location(zone, locale=locale, return_city=True)
            except (LookupError, ValueError):
                continue
            names.update(_name_variants(city))
    names.update(_data_lines("places.txt"))
    names.update(_project_gazetteer_names())
    return PhraseMatcher(words for words in map(_words, sorted(names)) if words)
