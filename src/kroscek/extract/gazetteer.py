"""Known names: countries and regions from CLDR (babel), plus lang/*/gazetteer.json and
Indonesia's regencies and cities (lang/id/regions.json).

Each known referent has one id shared by all its names in both languages ("AS",
"Amerika Serikat", "United States" -> ``LOC:united-states``; "Hizbullah", "Hezbollah" ->
``ORG:hezbollah``), its label, its country (ISO code) and a display name per language.
The linker relies on one rule from here: two names that the gazetteer knows under
*different* ids are different referents, however close their spelling (Iran/Irak).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kroscek.extract.normalize import close_spelling, fold, slug, sound_key
from kroscek.extract.resources import LANGS, load
from kroscek.text.tokens import tokenize

# CLDR pseudo-regions and groupings that are not places a news story happens in.
_SKIP_CODES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "001"})


@dataclass
class Entry:
    id: str
    label: str
    country: str | None = None
    display: dict[str, str] = field(default_factory=dict)
    names: set[str] = field(default_factory=set)


@lru_cache(maxsize=16384)
def name_key(name: str) -> str:
    """The lookup key of a name: its tokens casefolded and joined by single spaces."""
    return " ".join(fold(t.text) for t in tokenize(name))


@dataclass(frozen=True)
class Gazetteer:
    entries: dict[str, Entry]
    by_key: dict[str, str]
    ambiguous: frozenset[str] = frozenset()  # name keys that are also common words
    by_sound: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    countries: frozenset[str] = frozenset()  # ids of CLDR's countries ("LOC:nigeria")

    def lookup(self, name: str) -> Entry | None:
        eid = self.by_key.get(name_key(name))
        return self.entries.get(eid) if eid else None

    def is_place(self, name: str) -> bool:
        """Whether ``name`` is a known place (an entry labelled LOC, not a body)."""
        entry = self.lookup(name)
        return entry is not None and entry.label == "LOC"

    def fuzzy(self, name: str) -> Entry | None:
        """The one known entry whose name is a close spelling of ``name`` ("Taheran" ->
        Tehran), or None when none or several are close (never guess between Iran/Irak)."""
        if len(name) < 6:
            return None
        hits = {
            eid
            for known, eid in self.by_sound.get(sound_key(name), ())
            if close_spelling(name, known)
        }
        return self.entries[next(iter(hits))] if len(hits) == 1 else None

    def display(self, entity_id: str, lang: str) -> str | None:
        entry = self.entries.get(entity_id)
        if entry is None:
            return None
        return entry.display.get(lang) or next(iter(entry.display.values()), None)


def _variants(name: str) -> list[str]:
    out = [name]
    m = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    if m:
        out += [m.group(1), m.group(2)]
    if "&" in name:
        out += [name.replace("&", "dan"), name.replace("&", "and")]
    return out


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Build the gazetteer once per process (about 2,000 names, a few milliseconds)."""
    from babel import Locale

    entries: dict[str, Entry] = {}
    by_key: dict[str, str] = {}

    def add_name(entry: Entry, name: str) -> None:
        for variant in _variants(name):
            key = name_key(variant)
            if key and key not in by_key:
                by_key[key] = entry.id
                entry.names.add(variant)

    en_names = Locale("en").territories
    code_to_id: dict[str, str] = {}
    for code, en_name in en_names.items():
        if code in _SKIP_CODES:
            continue
        base = re.sub(r"\s*\(.*\)", "", en_name)
        eid = "LOC:" + slug(base)
        code_to_id[code] = eid
        entries[eid] = Entry(eid, "LOC", code if len(code) == 2 else None)
    for lang in LANGS:
        terr = Locale(lang).territories
        for code, eid in code_to_id.items():
            local = terr.get(code)
            if local:
                entries[eid].display.setdefault(lang, re.sub(r"\s*\(.*\)", "", local))
                add_name(entries[eid], local)
    for lang in LANGS:
        data = load(lang, "gazetteer")
        for code, names in data.get("aliases", {}).items():
            aliased = code_to_id.get(code)
            if aliased:
                for name in names:
                    add_name(entries[aliased], name)
        for section in ("places", "organisations", "people"):
            for eid, spec in data.get(section, {}).items():
                label = eid.split(":", 1)[0]
                entry = entries.setdefault(eid, Entry(eid, label, spec.get("country")))
                if spec.get("country") and not entry.country:
                    entry.country = spec["country"]
                names = spec.get("names", [])
                if names:
                    entry.display.setdefault(lang, names[0])
                for name in names:
                    add_name(entry, name)
    for name in regencies():
        if name_key(name) in by_key:
            continue  # "Jakarta Selatan", "Bandung": already known, keep their ids
        entry = entries.setdefault("LOC:" + slug(name), Entry("LOC:" + slug(name), "LOC", "ID"))
        entry.display.setdefault("id", name)
        add_name(entry, name)
    ambiguous = frozenset(
        name_key(n) for lang in LANGS for n in load(lang, "gazetteer").get("ambiguous", [])
    )
    sounds: dict[str, list[tuple[str, str]]] = {}
    for entry in entries.values():
        for n in entry.names:
            if len(n) >= 6 and not _is_upper(n):
                sounds.setdefault(sound_key(n), []).append((n, entry.id))
    by_sound = {k: tuple(v) for k, v in sounds.items()}
    countries = frozenset(eid for code, eid in code_to_id.items() if len(code) == 2)
    return Gazetteer(entries, by_key, ambiguous, by_sound, countries)


@lru_cache(maxsize=1)
def regencies() -> tuple[str, ...]:
    """Indonesia's regencies and cities (``lang/id/regions.json``) safe to know anywhere.

    A one-word name that is also an ordinary word or a given name ("Batu", "Malang",
    "Bima") is left out: known everywhere, it would turn "Bima Arya" into a place. Such
    names are still found after a head word ("Kabupaten Bima") or a place cue, as any
    unknown place is; names of several words ("Aceh Timur", "Sumba Barat Daya") are safe.
    """
    from kroscek.extract.ner.lexicon import lowercase_words, person_names

    data = load("id", "regions")
    common = lowercase_words() | person_names() | {fold(n) for n in data.get("ambiguous", [])}
    names = (n for group in data["regencies"].values() for n in group)
    return tuple(n for n in names if " " in n or fold(n) not in common)


def _is_upper(name: str) -> bool:
    return name.upper() == name


@lru_cache(maxsize=8192)
def is_plural_demonym(word: str) -> bool:
    """ "Palestinians", "Kenyans", "Israelis", "Afghans": people named by their country's
    adjective, in the plural (a count's noun: "killed 14 Palestinians")."""
    if len(word) < 5 or not word.endswith("s") or not word[0].isupper():
        return False
    single = word[:-1]
    if is_demonym(single):
        return True
    # "Palestinian" of "Palestine", "Ukrainian" of "Ukraine"
    if single.endswith("ian") and len(single) >= 7:
        return gazetteer().is_place(single[:-3] + "e")
    return False


@lru_cache(maxsize=1)
def _irregular_demonyms() -> frozenset[str]:
    """lang/en/gazetteer.json ``demonyms``: "Swiss", "Thai", "Filipino", ..."""
    return frozenset(load("en", "gazetteer").get("demonyms", []))


def is_people_word(word: str) -> bool:
    """ "Palestinians", "Sudanese", "Swiss", "Thai", "Filipino": a word that names people of
    a country as a counted noun ("four Sudanese", "two Thai"): a plural demonym, one that is
    its own plural (-ese), or one no rule derives (``demonyms``)."""
    if not word[:1].isupper():
        return False
    if word in _irregular_demonyms() or is_plural_demonym(word):
        return True
    return word.endswith("ese") and is_demonym(word)


@lru_cache(maxsize=8192)
def is_demonym(word: str) -> bool:
    """ "Qatari", "Iranian", "Israeli", "Argentine": an adjective made from a known country
    name; also a country name without its "-stan" ("Kazakh", "Uzbek", "Afghan")."""
    if word in _irregular_demonyms():
        return True
    gaz = gazetteer()
    if any(
        word.endswith(suffix)
        and len(word) - len(suffix) >= 4
        and gaz.is_place(word[: -len(suffix)])
        for suffix in ("ian", "ese", "ish", "an", "i", "n")
    ):
        return True
    if word.endswith("e") and len(word) >= 6 and gaz.is_place(word[:-1] + "a"):
        return True  # "Argentine" of "Argentina"
    if word.endswith("ese") and len(word) >= 7 and gaz.is_place(word[:-3] + "a"):
        return True  # "Chinese" of "China", "Maltese"
    if len(word) >= 4 and not word.endswith("stan"):
        return any(gaz.is_place(word + ending) for ending in ("stan", "istan"))
    return False
