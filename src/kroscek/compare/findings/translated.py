"""One figure told in two languages where the words around it give no shared clue.

An English wire and its Indonesian rewrite share no sentence, so ``claims`` relates their
figures by what each counts. Three readings need more than the counted noun:

- a small count of a country's people ("six Chinese nationals" / "enam TKA asal China"): the
  nation named beside both figures makes them one group (a small figure of one noun alone
  could be two groups of the same story);
- two headline tolls written as exact figures ("Typhoon kills 14" / "17 Orang Tewas"): the
  body may hedge one of them ("at least 14 people"), but each headline states its figure as
  the story's, and the two disagree;
- two bounds of one unit beside an agreed figure in each lead ("winds of 185 km/h and gusts
  of up to 230 km/h" / "185 km per jam dan embusan hingga 250 km per jam"): the same
  sentence translated, its second measure given two ways.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from kroscek.data import Article, Fact

# A country named right after an Indonesian count of foreigners: "enam TKA asal China",
# "tiga WNA dari Malaysia", "dua warga negara Vietnam".
_NATION_AFTER = re.compile(
    r"[ \t]+(?:(?:asal|dari|berkewarganegaraan|warga[ \t]+negara)[ \t]+)?([A-Z][a-z]{3,})"
)
# Letters a demonym and its country share at the start ("Chinese" / "China", "Malaysian" /
# "Malaysia", "Vietnamese" / "Vietnam"); a country Indonesian names otherwise ("Japanese" /
# "Jepang") is simply not recognised.
NATION_STEM = 4


def _demonym(f: Fact) -> str | None:
    """The capitalised word before an English count's noun: "Chinese" in "six Chinese
    nationals"."""
    words = f.text.split()
    if len(words) < 3 or not words[-2][:1].isupper():
        return None
    return words[-2]


def same_nation(en_article: Article, en: Fact, id_article: Article, other: Fact) -> bool:
    """Whether an English count of foreigners and an Indonesian one name the same country."""
    demonym = _demonym(en)
    if demonym is None:
        return False
    m = _NATION_AFTER.match(id_article.field_text(other.field), other.end)
    return m is not None and m.group(1)[:NATION_STEM].casefold() == (
        demonym[:NATION_STEM].casefold()
    )


def exact_in_title(article: Article, value: object) -> bool:
    """Whether the article's headline writes this figure with no bound ("kills 14")."""
    return any(
        t.kind == "number"
        and t.field == "title"
        and t.value == value
        and t.attrs.get("qualifier", "exact") == "exact"
        for t in article.facts
    )


def bounds_beside_agreed(
    a: Fact,
    a_companions: Collection[tuple[str, float]],
    b: Fact,
    b_companions: Collection[tuple[str, float]],
) -> bool:
    """Whether two different bounds of one unit ("up to 230 km/h" / "hingga 250 km per jam")
    stand in sentences whose other figures of that unit are the same ("185 km/h" / "185 km
    per jam"): one sentence translated, one of its measures told two ways."""
    unit = a.attrs.get("unit")
    qualifier = a.attrs.get("qualifier")
    if not unit or unit != b.attrs.get("unit") or qualifier in (None, "exact"):
        return False
    if qualifier != b.attrs.get("qualifier") or a.value == b.value:
        return False
    mine = {v for u, v in a_companions if u == unit}
    return bool(mine) and mine == {v for u, v in b_companions if u == unit}
