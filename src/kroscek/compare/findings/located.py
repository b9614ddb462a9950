"""Where a facility is: "Pabrik tekstil ... di Kabupaten Sukamaju" / "Pabrik tekstil yang
berlokasi di Kabupaten Lembah Hijau itu".

The place a story happens at is often stated once, in a background sentence about its main
site (a factory, a mine, a hospital), not in the lead the lead-area check reads. Two texts
that put one kind of facility in two regencies (or counties, cities) contradict each other,
when neither text names the other's place anywhere: a text that names both may tell of two
sites; and only a facility the headline or the first paragraph names is the story's site.
The facility nouns and the administrative units live in ``lang/<lang>/nouns.json``
(``located_facilities``, ``located_units``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from kroscek.align import Alignment
from kroscek.compare.findings._common import folded, lexicon_lang
from kroscek.compare.findings.keyed import keyed_conflicts
from kroscek.data import Article, Finding
from kroscek.extract.sentences import sentence_spans
from kroscek.text.lang import lang_data

# How far after the facility noun, inside its sentence, its place may be named (characters).
PLACE_REACH = 120
# A proper name of one or two capitalised words.
_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"


class _Place(NamedTuple):
    """A facility's place as one text names it, and every capitalised word of that text."""

    name: str
    names: frozenset[str]


@lru_cache(maxsize=2)
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The facility nouns (the cheap guard: most texts name none) and a unit with its place
    name: "Kabupaten Sukamaju" in Indonesian, "Marion County" in English."""
    data = lang_data(lang, "nouns")
    nouns = sorted(data["located_facilities"], key=len, reverse=True)
    units = "|".join(map(re.escape, data["located_units"]))
    facility = re.compile(r"\b(?:" + "|".join(map(re.escape, nouns)) + r")\b", re.IGNORECASE)
    if lang == "en":
        place = re.compile(rf"(?P<name>{_NAME})\s+(?P<unit>{units})\b")
    else:
        place = re.compile(rf"\b(?P<unit>{units})\s+(?P<name>{_NAME})")
    return facility, place


def _located(article: Article) -> dict[str, tuple[_Place, int, int]]:
    """Each facility noun and unit the text places once: "pabrik|kabupaten" -> the place's
    name and its span. A text that puts one facility in two places of a unit says nothing
    of which is the site, and is left out for that key."""
    text = article.text
    facility, place = _patterns(lexicon_lang(article.lang))
    if facility.search(text) is None:
        return {}
    found: dict[str, tuple[str, int, int]] = {}
    dropped: set[str] = set()
    for start, end in sentence_spans(text):
        for noun in facility.finditer(text, start, end):
            stop = min(end, noun.end() + PLACE_REACH)
            for m in place.finditer(text, noun.end(), stop):
                key = f"{folded(noun.group(0))}|{m.group('unit').casefold()}"
                name = m.group("name")
                if key in found and found[key][0] != name:
                    dropped.add(key)
                found.setdefault(key, (name, m.start(), m.end()))
    if not found:
        return {}
    # the story's own site: its noun stands in the headline or the first paragraph ("Buruh
    # Menangis di Gerbang Pabrik"), not only in a line about another site (a hospital the
    # injured were taken to)
    cut = text.find("\n\n")
    opening = f"{article.title}\n{text[: len(text) if cut < 0 else cut]}"
    told = {folded(m.group(0)) for m in facility.finditer(opening)}
    names = frozenset(re.findall(r"[A-Z][\w'’-]+", text))
    return {
        key: (_Place(name, names), s, e)
        for key, (name, s, e) in found.items()
        if key not in dropped and key.split("|")[0] in told
    }


def _differ(x: _Place, y: _Place) -> bool:
    """Two places neither text names in the other: "Sukamaju" in one, "Lembah Hijau" in the
    other. A text that names the other's place too may tell of two sites, or of the one site
    and where its owner sits."""
    if x.name == y.name:
        return False
    return not (set(x.name.split()) & y.names) and not (set(y.name.split()) & x.names)


def find_located_conflicts(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """One conflict per facility two texts place in two regencies, counties or cities."""
    found = {a.id: _located(a) for a in articles}
    if sum(1 for v in found.values() if v) < 2:
        return []
    return keyed_conflicts(
        articles,
        alignment,
        found,
        _differ,
        message_key="conflict.located",
        severity="medium",
        slot="where",
    )
