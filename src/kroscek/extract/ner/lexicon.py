"""Word lists the entity model uses as features: roles, places, names, remembered entities.

A CRF trained on 100k tokens has seen few of the world's places and only some of the ways a
title precedes a name; these lists let it generalise ("Wali Kota" before a name is not part of
the name, "Kirgizstan" is a place even if the corpora never mention it). Places come from CLDR
through babel (territory names and time-zone exemplar cities, in Indonesian and English), so they
are the same on every machine with the same babel version.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from importlib import resources

from kroscek.extract.ner.scoring import chunks
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
        self._lengths = _lengths_by_first(self._phrases)

    def __len__(self) -> int:
        return len(self._phrases)

    def __contains__(self, phrase: tuple[str, ...]) -> bool:
        return phrase in self._phrases

    @property
    def lengths(self) -> Mapping[str, tuple[int, ...]]:
        """First word of every phrase -> the lengths of the phrases it starts, longest first."""
        return self._lengths

    def longest_from(self, word: str) -> int:
        """Length of the longest phrase starting with ``word`` (0: none does)."""
        return self._first.get(word, 0)

    def find(self, phrase: tuple[str, ...]) -> bool | None:
        """``True`` for a listed phrase, else ``None`` (the shape of :meth:`EntityMemory.find`)."""
        return True if phrase in self._phrases else None

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


def _lengths_by_first(phrases: Iterable[tuple[str, ...]]) -> dict[str, tuple[int, ...]]:
    """First word -> the distinct lengths of the phrases starting with it, longest first.

    A longest-first match only needs to try these lengths (most first words start phrases of
    one or two lengths, not of every length up to the longest).
    """
    found: dict[str, set[int]] = {}
    for phrase in phrases:
        found.setdefault(phrase[0], set()).add(len(phrase))
    return {word: tuple(sorted(lengths, reverse=True)) for word, lengths in found.items()}


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


class _ZoneName:
    """A time zone by name only: what babel reads from a pytz time zone (its ``zone``)."""

    def __init__(self, zone: str):
        self.zone = zone


def _exemplar_cities(locale: object, fast: bool = True) -> list[str]:
    """The exemplar city of every CLDR time zone ("Asia/Jakarta" -> "Jakarta"), in ``locale``.

    babel's ``get_timezone_location`` first loads the zone's pytz time zone only to read its
    name back, ~0.1 s for the ~420 zones of a locale at every process start. With pytz (the
    backend babel uses when it is installed) a zone pytz knows is passed by name
    (:class:`_ZoneName`) and one it does not know is skipped, as the loading would raise
    ``LookupError``; the result is the same list (tested against the loading path).
    """
    from babel import dates
    from babel.core import get_global

    pytz = getattr(dates, "pytz", None) if fast else None
    known = pytz.all_timezones_set if pytz is not None else None
    cities: list[str] = []
    for zone in sorted(get_global("zone_territories")):
        if "/" not in zone or zone.startswith("Etc/"):
            continue
        if known is not None and zone not in known:
            continue
        try:
            cities.append(
                dates.get_timezone_location(
                    _ZoneName(zone) if known is not None else zone,  # type: ignore[arg-type]
                    locale=locale,  # type: ignore[arg-type]
                    return_city=True,
                )
            )
        except (LookupError, ValueError):
            continue
    return cities


@lru_cache(maxsize=1)
def places() -> PhraseMatcher:
    """Country, region and city names: CLDR via babel (Indonesian and English), ``places.txt``."""
    from babel import Locale

    names: set[str] = set()
    for code in ("id", "en"):
        locale = Locale.parse(code)
        for name in locale.territories.values():
            names.update(_name_variants(name))
        for city in _exemplar_cities(locale):
            names.update(_name_variants(city))
    names.update(_data_lines("places.txt"))
    names.update(_project_gazetteer_names())
    return PhraseMatcher(words for words in map(_words, sorted(names)) if words)


class EntityMemory:
    """Entity strings seen in the training data, each with its most frequent label.

    A CRF looks two tokens either side; a memory of whole entity strings ("Susilo Bambang
    Yudhoyono", "Dewan Perwakilan Rakyat") tells it where a known multi-word entity starts and
    ends. Training uses memories built without the sentence's own fold (jackknifing), so the
    model learns how far to trust a match on text it has not seen; the model ships with the
    memory of all its training data (``<model>.memory.tsv``). Matching is longest-first and
    case-sensitive, since entities are written with capitals.

    :attr:`word_labels` breaks the strings into words: every capitalised word of two or more
    characters that is part of a remembered entity, with the labels of those entities
    ("Golkar" -> ORG from "Partai Golkar", "Jusuf" -> PER). It marks the known parts of new
    multi-word names, which the whole-string match misses.
    """

    def __init__(self, entries: Mapping[tuple[str, ...], str]):
        self.entries = dict(entries)
        self._first: dict[str, int] = {}
        words: dict[str, set[str]] = {}
        for key, label in self.entries.items():
            self._first[key[0]] = max(self._first.get(key[0], 0), len(key))
            for word in key:
                if len(word) > 1 and word[:1].isupper():
                    words.setdefault(word, set()).add(label)
        self.word_labels: dict[str, tuple[str, ...]] = {
            word: tuple(sorted(labels)) for word, labels in words.items()
        }
        self._lengths = _lengths_by_first(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def lengths(self) -> Mapping[str, tuple[int, ...]]:
        """First token of every entity -> the lengths of the entities it starts, longest first."""
        return self._lengths

    def longest_from(self, token: str) -> int:
        """Length of the longest remembered entity starting with ``token`` (0: none does)."""
        return self._first.get(token, 0)

    def find(self, tokens: tuple[str, ...]) -> str | None:
        """The label remembered for exactly ``tokens``, if any."""
        return self.entries.get(tokens)

    @classmethod
    def from_labelled(
        cls, sentences: Iterable[tuple[Sequence[str], Sequence[str]]]
    ) -> EntityMemory:
        """Count the labels of every entity string in (tokens, BIO labels) pairs."""
        counts: dict[tuple[str, ...], Counter[str]] = {}
        for tokens, labels in sentences:
            for start, end, label in chunks(labels):
                key = tuple(tokens[start:end])
                if any(tok[:1].isalpha() for tok in key):
                    counts.setdefault(key, Counter())[label] += 1
        # Ties go to the alphabetically first label so the memory is deterministic.
        return cls({key: min(c, key=lambda lab: (-c[lab], lab)) for key, c in counts.items()})

    def marks(self, tokens: Sequence[str]) -> list[str | None]:
        """For each token, ``"<LABEL>B"``/``"<LABEL>I"`` inside a remembered entity, else None."""
        n = len(tokens)
        out: list[str | None] = [None] * n
        first = self._first
        entries = self.entries
        i = 0
        while i < n:
            longest = first.get(tokens[i])
            if longest is None:
                i += 1
                continue
            for length in range(longest if longest < n - i else n - i, 0, -1):
                label = entries.get(tuple(tokens[i : i + length]))
                if label is not None:
                    out[i] = label + BEGIN
                    for j in range(i + 1, i + length):
                        out[j] = label + INSIDE
                    i += length
                    break
            else:
                i += 1
        return out

    def dump(self) -> str:
        """The memory as text: one ``LABEL<TAB>tokens joined by spaces`` line per entity."""
        lines = sorted(f"{label}\t{' '.join(key)}" for key, label in self.entries.items())
        return "\n".join(lines) + "\n"

    @classmethod
    def parse(cls, text: str) -> EntityMemory:
        """Read what :meth:`dump` wrote; raises ValueError on a malformed line."""
        entries: dict[tuple[str, ...], str] = {}
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line:
                continue
            label, sep, words = line.partition("\t")
            if not sep or label not in ("PER", "ORG", "LOC") or not words.strip():
                raise ValueError(f"line {lineno} is not 'LABEL<TAB>words'")
            entries[tuple(words.split(" "))] = label
        return cls(entries)
