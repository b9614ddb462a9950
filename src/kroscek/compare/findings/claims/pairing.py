"""Which two articles report two events, not one: two days with two casts, two places or two
objects, told apart by names, transliterations and lead places.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import combinations

from rapidfuzz.distance import Levenshtein

from kroscek.align import Alignment
from kroscek.compare.findings.aged import ages
from kroscek.compare.findings.claims.dates import lead_date
from kroscek.compare.findings.claims.mentions import SPEAKER_SPELLING
from kroscek.compare.findings.claims.quotes import quote_nothing_alike
from kroscek.compare.findings.objects import two_objects
from kroscek.compare.findings.variant import same_name_spelt_apart
from kroscek.data import Article, Fact

# Names an article must give (persons, organisations, places) before a set of names
# shared with no other article says that the two tell different events.
MIN_NAMES_APART = 2


_NAMED = ("PER", "ORG", "LOC")


def _name_ids(article: Article) -> frozenset[str]:
    """The linked ids of the persons, organisations and places an article names."""
    return frozenset(
        str(f.value) for f in article.facts if f.kind == "entity" and f.label in _NAMED
    )


def _name_words(article: Article) -> frozenset[str]:
    """The folded last word of each name ("Kabupaten Sidoarjo" and "Sidoarjo" share
    "sidoarjo"): asked only of texts whose ids share nothing."""
    return frozenset(
        f.text.rsplit(None, 1)[-1].casefold()
        for f in article.facts
        if f.kind == "entity" and f.label in _NAMED and f.text.strip()
    )


def apart_pairs(articles: Sequence[Article], alignment: Alignment) -> frozenset[tuple[str, str]]:
    """Pairs of articles (both orders) about two different events: each names several
    persons, organisations or places and the two have none in common (a windstorm in one
    regency and another in a second regency, told on the same day in like words: "Sebanyak 86
    rumah rusak" / "Sebanyak 53 rumah warga ... rusak"). Their figures and days are not
    compared: one story's figure is no version of the other's. Found once per alignment."""
    return alignment.memo(("apart-pairs",), lambda: _apart_pairs(articles))


def _apart_pairs(articles: Sequence[Article]) -> frozenset[tuple[str, str]]:
    ids = {a.id: _name_ids(a) for a in articles}
    out: set[tuple[str, str]] = set()
    for a, b in combinations(articles, 2):
        ia, ib = ids[a.id], ids[b.id]
        if len(ia) < MIN_NAMES_APART or len(ib) < MIN_NAMES_APART:
            continue
        if (
            (ia & ib or _name_words(a) & _name_words(b))
            and not _two_days_two_casts(a, b)
            and not _two_days_two_places(a, b)
            and not _two_objects(a, b)
            and not _two_days_two_aged_casts(a, b)
        ):
            continue
        out.add((a.id, b.id))
        out.add((b.id, a.id))
    return frozenset(out)


def _persons(article: Article) -> list[Fact]:
    return [
        f for f in article.facts if f.kind == "entity" and f.label == "PER" and f.field == "text"
    ]


def _two_days_two_casts(a: Article, b: Article) -> bool:
    """Two acts of one place on two days: texts that share a court, a town or a league but
    each name several persons, none of them the other's (by id or spelt apart), quote nothing
    alike, and open on two different days given in full ("Senin (16/11/2026)" / "Kamis
    (19/11/2026)": two verdicts of one court the same week). One story told twice shares its
    speakers or its quotes; a text that dates the story a day off still names its people."""
    pa, pb = _persons(a), _persons(b)
    if len({f.value for f in pa}) < MIN_NAMES_APART or len({f.value for f in pb}) < MIN_NAMES_APART:
        return False
    la, lb = lead_date(a), lead_date(b)
    if la is None or lb is None or la.label != "day" or lb.label != "day" or la.value == lb.value:
        return False
    if la.attrs.get("year_guessed") or lb.attrs.get("year_guessed"):
        return False
    if la.attrs.get("relative") or lb.attrs.get("relative"):
        return False
    if {f.value for f in pa} & {f.value for f in pb}:
        return False
    words_a = {f.text.rsplit(None, 1)[-1].casefold() for f in pa if f.text.strip()}
    if any(f.text.strip() and f.text.rsplit(None, 1)[-1].casefold() in words_a for f in pb):
        return False
    if any(same_name_spelt_apart(x, y) or _transliterated(x, y) for x in pa for y in pb):
        return False
    return quote_nothing_alike(a, b)


# How alike two full names must be, word by word of one initial and with the common
# transliteration endings folded, to be one foreign name written two ways.
TRANSLITERATED_SIMILARITY = 0.85


# Endings and letters that one foreign name takes in two transliterations: "Smirnov" /
# "Smirnoff", "Nikolai" / "Nikolay" / "Nikolaj", "Alexei" / "Aleksei".
_TRANSLITERATIONS = (
    (re.compile(r"ff\b"), "v"),
    (re.compile(r"(?:iy|ij|y)\b"), "i"),
    (re.compile("x"), "ks"),
)


def _transliterated(x: Fact, y: Fact) -> bool:
    """Whether two persons' full names are one name written in two transliterations: as
    many words, each starting with the same letter, and alike once the endings are folded
    ("Dmitri Volkov" / "Dmitry Volkoff"). Two people of one surname differ in a first
    name's initial."""
    wx, wy = x.text.casefold().split(), y.text.casefold().split()
    if len(wx) < 2 or len(wx) != len(wy):
        return False
    if any(p[:1] != q[:1] for p, q in zip(wx, wy, strict=True)):
        return False
    nx, ny = transliteration_key(" ".join(wx)), transliteration_key(" ".join(wy))
    return Levenshtein.normalized_similarity(nx, ny) >= TRANSLITERATED_SIMILARITY


def transliteration_key(name: str) -> str:
    """A casefolded name with the endings of two transliterations folded ("Smirnoff" and
    "Smirnov" -> "smirnov", "Nikolay" -> "nikolai")."""
    key = name.casefold()
    for pattern, repl in _TRANSLITERATIONS:
        key = pattern.sub(repl, key)
    return key


def _places_before(article: Article, lead: Fact) -> list[Fact]:
    """The places the body names before its lead day ``lead``, in order."""
    return [
        f
        for f in article.facts
        if f.kind == "entity" and f.label == "LOC" and f.field == "text" and f.start < lead.start
    ]


def _lead_places(article: Article, lead: Fact) -> list[Fact]:
    """The known places (gazetteer entries, with a country) the body names up to its lead
    day: where the story happened ("di Kota Pekanbaru, Riau, Selasa (17/11/2026)")."""
    return [f for f in _places_before(article, lead) if f.attrs.get("country")]


def _places_named(article: Article) -> tuple[frozenset[str], frozenset[str]]:
    """The ids and folded last words of every place an article names."""
    places = [
        f for f in article.facts if f.kind == "entity" and f.label == "LOC" and f.text.strip()
    ]
    return (
        frozenset(str(f.value) for f in places),
        frozenset(f.text.rsplit(None, 1)[-1].casefold() for f in places),
    )


def _shared_town(pa: list[Fact], pb: list[Fact]) -> bool:
    """Whether two leads name one known place (the city both stories happened in)."""
    return bool({str(f.value) for f in pa} & {str(f.value) for f in pb})


def _first_lead_place(article: Article, lead: Fact) -> list[Fact]:
    """The first place the body names before its lead day, gazetteer entry or not, when it
    is narrower than a known place the lead names after it: where in the town it happened."""
    before = [f for f in _places_before(article, lead) if f.text.strip()]
    if len(before) < 2 or before[0].attrs.get("country"):
        return []
    return before[:1]


def _two_days_two_places(a: Article, b: Article) -> bool:
    """Two acts of one actor in two places on two days: each text opens on its own full day
    in a place the other never names, and they quote nothing alike (a unit's arrests in one
    province on Tuesday and in another on Thursday, its spokesman speaking in both). One
    story told twice names its place in every version, even when a text dates it a day off."""
    la, lb = lead_date(a), lead_date(b)
    if la is None or lb is None or la.label != "day" or lb.label != "day" or la.value == lb.value:
        return False
    if any(f.attrs.get("year_guessed") or f.attrs.get("relative") for f in (la, lb)):
        return False
    pa, pb = _lead_places(a, la), _lead_places(b, lb)
    if not pa or not pb:
        return False
    if _shared_town(pa, pb):
        # one city on two days: the lead's first, narrowest place decides ("Pasar X, Kecamatan
        # Y, Kota Z" / "Kelurahan V, Kecamatan W, Kota Z": two fires of one city)
        pa, pb = _first_lead_place(a, la), _first_lead_place(b, lb)
        if not pa or not pb:
            return False
    for places, other in ((pa, b), (pb, a)):
        ids, last = _places_named(other)
        if any(
            str(f.value) in ids or f.text.rsplit(None, 1)[-1].casefold() in last for f in places
        ):
            return False
    return quote_nothing_alike(a, b)


def _two_days_two_aged_casts(a: Article, b: Article) -> bool:
    """Two cases of one police unit on two days: each text names two or more people with
    their ages ("HS (41)", "TW (52)"), none by the other's name or a spelling of it, opens
    on its own full day, and they quote nothing alike. One case told twice names its suspect
    and victim in every version (the ages may differ: that is a conflict of its own)."""
    aa, ab = ages(a), ages(b)
    if len(aa) < MIN_NAMES_APART or len(ab) < MIN_NAMES_APART:
        return False  # a suspect and a victim each: one witness's age tells nothing
    if any(Levenshtein.normalized_similarity(x, y) >= SPEAKER_SPELLING for x in aa for y in ab):
        return False  # a name of one (or spelt two ways: "Ramadhan" / "Ramadan") in both
    la, lb = lead_date(a), lead_date(b)
    if la is None or lb is None or la.label != "day" or lb.label != "day" or la.value == lb.value:
        return False
    if any(f.attrs.get("year_guessed") or f.attrs.get("relative") for f in (la, lb)):
        return False
    return quote_nothing_alike(a, b)


def _two_objects(a: Article, b: Article) -> bool:
    """Two acts on two named objects: each lead names a bill (a regulation, a treaty) the
    other text never writes, and they quote nothing alike (two bills passed in one plenary
    day under one chair; ``objects.two_objects``)."""
    if not two_objects(a, b):
        return False
    return quote_nothing_alike(a, b)
