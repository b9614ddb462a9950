"""Nationalities that disagree: "warga negara Rusia" / "bule asal Ukraina" for one tourist.

Immigration and crime news names a foreigner by country ("seorang warga negara Rusia",
"WNA asal Australia", "turis asal Prancis", "bule Ukraina"). Two texts of one story
(not ``claims.apart_pairs``), each naming one such country only, that name two countries
tell one person's nationality two ways: one of them is wrong. A text naming two
nationalities (a tourist and the driver he hit, two suspects) is left alone. Indonesian
only: English writes the nation as an adjective ("a Russian national") the gazetteer does not
hold.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import combinations

from kroscek.align import Alignment
from kroscek.compare.findings.keyed import keyed_conflicts
from kroscek.data import Article, Finding

# The words that make the country after them a person's nationality.
_NATIONALITY_RE = re.compile(
    r"\b(?:warga\s+negara|WNA|WN|bule|turis|wisatawan|pelancong)\s+(?:asal\s+)?(?=[A-Z])"
)
_KEY = "\x00nationality"


def _nationality(article: Article) -> dict[str, tuple[str, int, int]]:
    """The one country the text gives a person's nationality as: key -> (place id, start,
    end of the phrase in the body), or nothing when it gives none or several."""
    if article.lang != "id":
        return {}
    found: dict[str, tuple[str, int, int]] = {}
    for field in ("title", "text"):
        text = article.field_text(field)
        if _NATIONALITY_RE.search(text) is None:
            continue  # the cheap guard: no nationality words at all
        places = {
            f.start: f
            for f in article.facts
            if f.kind == "entity"
            and f.label == "LOC"
            and f.field == field
            and f.attrs.get("country")
        }
        for m in _NATIONALITY_RE.finditer(text):
            place = places.get(m.end())
            if place is None:
                continue
            if field == "text":
                found.setdefault(str(place.value), (str(place.value), m.start(), place.end))
            else:
                found.setdefault(str(place.value), (str(place.value), -1, -1))
    if len(found) != 1:
        return {}
    (value,) = found.values()
    if value[1] < 0:
        return {}  # named in the headline only: no body span to show
    return {_KEY: value}


def find_nationality_conflicts(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """One conflict when two texts of one story give one person two nationalities."""
    found = {a.id: _nationality(a) for a in articles}
    if _told_in_one_sentence(articles, alignment, found):
        return []  # the sentences are aligned: the slot conflict ("where") already shows it
    return keyed_conflicts(
        articles,
        alignment,
        found,
        lambda x, y: x != y,
        message_key="conflict.nationality",
        severity="high",
        slot="who:nationality",
    )


def _told_in_one_sentence(
    articles: Sequence[Article],
    alignment: Alignment,
    found: dict[str, dict[str, tuple[str, int, int]]],
) -> bool:
    """Whether two texts give their nationalities in sentences aligned to each other."""
    for a, b in combinations(articles, 2):
        if _KEY not in found[a.id] or _KEY not in found[b.id]:
            continue
        sa = alignment.sentence_at(a.id, found[a.id][_KEY][1])
        sb = alignment.sentence_at(b.id, found[b.id][_KEY][1])
        if sa is None or sb is None:
            continue
        if any((p.article, p.index) == (sb.article, sb.index) for p, _ in alignment.partners(sa)):
            return True
    return False
