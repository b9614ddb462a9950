"""A headline naming an Indonesian province its body places nowhere.

"Kabut Asap Selimuti Jambi" over a body that places every fire in "Kabupaten Ogan Komering
Ilir, Sumatera Selatan": the body never names Jambi, nor any regency or city of it, and no
other source does either, while each place the body does know belongs to another province.
The headline names the wrong province (or a story its body does not tell), which a reader
of the headline alone would repeat. A province whose regency or city the body names
("Banjir di Jawa Barat" over "Kabupaten Bekasi") is supported, and a body naming no known
Indonesian place says nothing either way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from kroscek.align.words import fold
from kroscek.compare.findings._common import display, fact_evidence, message, msg_lang
from kroscek.data import Article, Fact, Finding
from kroscek.text.lang import lang_data

# Words of administrative level before a name ("Kabupaten Ogan Komering Ilir", "Kota Jambi").
_LEVEL = re.compile(r"^(?:kabupaten|kab\.?|kota|provinsi|prov\.?)\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _province_of() -> dict[str, str]:
    """Folded name of a province, regency or city -> its province, folded
    (``lang/id/regions.json``). A city named like its province ("Jambi") is that province."""
    table: dict[str, list[str]] = lang_data("id", "regions").get("regencies", {})
    out: dict[str, str] = {}
    for province, towns in table.items():
        if province.startswith("_"):
            continue
        p = fold(province)
        for town in towns:
            out.setdefault(fold(town), p)
        out[p] = p
    return out


@lru_cache(maxsize=1)
def _provinces() -> frozenset[str]:
    """The provinces of ``_province_of``, folded."""
    return frozenset(_province_of().values())


def _place(f: Fact) -> str:
    return fold(_LEVEL.sub("", " ".join(display(f).split())))


def holds(province: Fact, place: Fact) -> bool:
    """Whether ``province`` is the Indonesian province of ``place`` (a regency or city of it):
    one place at two levels, never two places."""
    table = _province_of()
    p = _place(province)
    return p in _provinces() and table.get(_place(place)) == p


# The country every place of ``lang/id/regions.json`` lies in, folded, as outlets write it.
_COUNTRY = frozenset({"indonesia", "ri", "republik indonesia"})


# Heads of a province's name that outlets drop ("DKI Jakarta" -> "Jakarta", "DI Yogyakarta").
_PROVINCE_HEADS = ("dki ", "di ")


@lru_cache(maxsize=1)
def _short_provinces() -> dict[str, str]:
    """A province's name without its head ("jakarta" -> "dki jakarta"), folded."""
    return {
        p.removeprefix(head): p
        for p in _provinces()
        for head in _PROVINCE_HEADS
        if p.startswith(head)
    }


def _indonesian(name: str) -> str | None:
    """The province of a folded Indonesian place name, or None for a place not known."""
    return _province_of().get(name) or _short_provinces().get(name)


def one_holds_other(x: Fact, y: Fact) -> bool:
    """Whether one place holds the other: Indonesia any province, regency or city of it, a
    province its regencies and cities ("Indonesia" / "Jakarta", "Jawa Barat" / "Bekasi").
    One place told at two levels, never two places."""
    px, py = _place(x), _place(y)
    for outer, inner in ((px, py), (py, px)):
        province = _indonesian(inner)
        if province is not None and (outer in _COUNTRY or outer == province != inner):
            return True
    return False


def _places(article: Article, field: str) -> list[Fact]:
    return [
        f for f in article.facts if f.kind == "entity" and f.label == "LOC" and f.field == field
    ]


def province_mismatches(article: Article, others: Sequence[Article], label: str) -> list[Finding]:
    """The headline's province no text places anything in, against the body's province."""
    provinces = _provinces()
    # the headline's provinces, asked first: most headlines name none
    title = [t for t in _places(article, "title") if _place(t) in provinces]
    if not title:
        return []
    table = _province_of()
    body = _places(article, "text")
    named = {f.value for f in body} | {
        f.value for o in others for f in o.facts if f.kind == "entity" and f.label == "LOC"
    }
    body_provinces = [(f, table[_place(f)]) for f in body if _place(f) in table]
    if not body_provinces:
        return []
    held = {p for _, p in body_provinces}
    for t in title:
        if t.value in named or _place(t) in held:
            continue
        rival = next(f for f, _ in sorted(body_provinces, key=lambda fp: _place(fp[0]) != fp[1]))
        lang = msg_lang(article)
        text = message(
            lang,
            "headline.entity",
            source=label,
            title_entity=t.text,
            others="",
            body_entity=rival.text,
        )
        evidence = (fact_evidence(article, t), fact_evidence(article, rival))
        return [Finding("headline_mismatch", "high", text, evidence, slot="entity:LOC")]
    return []
