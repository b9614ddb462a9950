"""Datelines that open a news body: who wrote it and where.

Shapes seen on Indonesian and English portals (outlet and place are never hard-coded):

- ``VIVA Jabar –``                outlet alone (acronym plus a name)
- ``Harakatuna.com. Taheran -``   outlet domain, then place
- ``JAKARTA, KOMPAS.com -``       PLACE, outlet domain
- ``Liputan6.com, Jakarta -``     outlet domain, place
- ``Jakarta (ANTARA) -``          place (outlet in brackets)
- ``WASHINGTON (Reuters) -``      the same in English
- ``LONDON, Nov 16 (Reuters) -``  with a date
- ``Jakarta, CNN Indonesia --``   place, outlet name
- ``JAKARTA -``                   place alone

The prefix must be short, end in a spaced dash, and consist of capitalised words, domains
and brackets only; an ordinary sentence with a dash in it does not qualify.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from kroscek.text.lang import LANGS, lang_data, stopwords

# A hyphen needs spaces around it; an en or em dash may touch the words ("JOGJA—Polisi").
_DASH_RE = re.compile(r"(?:\s*(?:--|-)\s+|\s*[–—]\s*)(?=\S)")
# "KONTAN.CO.ID - JAKARTA. Polisi ...": the place right after the dash, closed by a stop.
_PLACE_AFTER_DASH_RE = re.compile(r"([A-Z]{3,}(?: [A-Z]{3,}){0,2})\.\s+(?=[A-Z\"“])")
_MAX_PREFIX_CHARS = 70
_MAX_PREFIX_WORDS = 8
_DOMAIN_RE = re.compile(r"\b[\w-]+(?:\.(?:com|co|id|net|org|tv|news|info|my|sg|uk|au))+\b", re.I)
_PAREN_RE = re.compile(r"\(([^()]{2,40})\)")
# Between a dateline's parts: a comma, or a full stop ("Harakatuna.com. Taheran -"), but
# not the stop of a place's abbreviated head ("ST. LOUIS", "Ft. Myers", "MT. GAMBIER").
_PART_SPLIT_RE = re.compile(r",\s*|(?<=\w)(?<!\b[SsFfMm][Tt])\.\s+")
_PAREN_DATE_RE = re.compile(r"\(\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*\)")
# "SURABAYA, Indonesia, Nov. 24, 2026 /PRNewsline/ --": a release wire's name between
# slashes closes the dateline; it distributed the release and names no outlet
_SLASHED_WIRE_RE = re.compile(r"\s/[A-Z][\w.&' -]{1,30}/$")
_TOKEN_OK_RE = re.compile(
    r"^(?:[A-Z0-9][\w.&'’/-]*|[a-z]+[A-Z][\w.]*|[\w-]+(?:\.[a-z]{2,4})+\.?)[,.]?$"
)
# Lower-case words that join the capitalised words of an outlet's name ("Bay of Bengal
# Herald", "Voice of the People"); only between two capitalised words, and only in a name
# with an outlet word, so prose ("Residents of Gaza -") stays prose
_NAME_JOINERS = frozenset({"of", "the", "and", "de", "del", "dan", "for", "on"})
_MONTH_OR_DAY_RE = re.compile(
    r"^(?:\d{1,2}|jan|feb|mar|apr|mei|may|jun|jul|agu|aug|sep|sept|okt|oct|nov|des|dec"
    r"|january|february|march|april|june|july|august|september|october|november|december"
    r"|januari|februari|maret|juni|juli|agustus|oktober|desember"
    r"|senin|selasa|rabu|kamis|jumat|sabtu|minggu|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|\d{4})[.,]?$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline found at the start of a body: its text, outlet and place (either may be None).

    ``guessed`` marks an outlet read from the shape of the prefix alone ("World Desk –"):
    trusted at the very start of a body, not further down.
    """

    text: str
    outlet: str | None
    place: str | None
    guessed: bool = False


@lru_cache(maxsize=1)
def outlet_words() -> frozenset[str]:
    """Lower-case words that outlet names are made of ("harian", "kabar", "news")."""
    out: set[str] = set()
    for lang in LANGS:
        for phrase in lang_data(lang, "boilerplate").get("outlet_words", []):
            out.update(phrase.lower().split())
    return frozenset(out)


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    out: set[str] = set()
    for lang in LANGS:
        out |= stopwords(lang)
    return frozenset(out)


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """Directions and place heads ("utara", "kota", "north", "city"), folded."""
    out: set[str] = set()
    for lang in LANGS:
        for phrase in lang_data(lang, "boilerplate").get("place_words", []):
            out.update(phrase.casefold().split())
    return frozenset(out)


@lru_cache(maxsize=1)
def _known_places() -> frozenset[str]:
    """Place names, folded and without spaces ("pekanbaru" also matches "Pekan Baru").

    Countries (CLDR), the project gazetteers, the cities of the time-zone database
    ("Asia/Kuala_Lumpur") and the NER stage's list of cities and provinces.
    """
    from babel.core import get_global

    names: set[str] = set(_countries())
    for lang in LANGS:
        data = lang_data(lang, "gazetteer")
        for entry in data.get("places", {}).values():
            names.update(n.casefold() for n in entry.get("names", []))
        for aliases in data.get("aliases", {}).values():
            names.update(a.casefold() for a in aliases)
    for zone in get_global("zone_territories"):
        names.add(zone.rsplit("/", 1)[-1].replace("_", " ").casefold())
    listed = resources.files("kroscek").joinpath("extract", "ner", "places.txt")
    if listed.is_file():  # the NER stage's list; cleaning works without it
        lines = listed.read_text(encoding="utf-8").splitlines()
        names.update(line.strip().casefold() for line in lines if not line.startswith("#"))
    return frozenset(re.sub(r"\s+", "", n) for n in names if n)


def _is_known_place(part: str) -> bool:
    return re.sub(r"\s+", "", part.casefold().strip(" .,")) in _known_places()


def reads_as_place(part: str) -> bool:
    """A known place ("Garut", "Bristol"): for other cleaning steps that must not take a
    town shared by a masthead and a lead as an echo of the story."""
    return _is_known_place(part)


def _names_a_place(part: str) -> bool:
    """A known place, or one name with directions and heads around it ("Lombok Utara")."""
    if _is_known_place(part):
        return True
    folded = part.casefold().strip(" .,")
    names = [w for w in folded.split() if w.strip(".") not in _place_words()]
    return len(names) <= 1


def names_a_known_place(part: str) -> bool:
    """A place kroscek knows, alone or with its heads and directions: "Banyuwangi",
    "Parigi Moutong" (a regency of lang/id/regions.json), "Jakarta Utara", "Kabupaten
    Garut". Unlike ``_names_a_place``, one unknown name with a direction ("Cakrawala
    Timur") is no place: a masthead may be named that way."""
    folded = part.casefold().strip(" .,")
    if _is_known_place(folded) or folded in _regency_names():
        return True
    tokens = folded.split()
    names = [w for w in tokens if w.strip(".") not in _place_words()]
    rest = " ".join(names)
    return 0 < len(names) < len(tokens) and (_is_known_place(rest) or rest in _regency_names())


def _outlet_by_shape(part: str) -> bool:
    """Two to four capitalised words that do not name a place: an outlet or desk name.

    "World Desk –", "Southeast Asia Finance –", "Pikiran Rakyat –" open a body the way
    "JAKARTA, KOMPAS.com –" does; a place would be one name ("Jakarta") or a known one.
    """
    tokens = part.split()
    return (
        2 <= len(tokens) <= 4
        and all(t[:1].isupper() for t in tokens)
        and tokens[0].casefold() not in _function_words()
        and not _names_a_place(part)
        and part.casefold().strip(" .,") not in _regency_names()  # "Parigi Moutong –"
    )


@lru_cache(maxsize=16)
def boilerplate_words(key: str) -> frozenset[str]:
    """The words of every language's ``key`` list in boilerplate.json, folded."""
    out: set[str] = set()
    for lang in LANGS:
        for phrase in lang_data(lang, "boilerplate").get(key, []):
            out.update(phrase.casefold().split())
    return frozenset(out)


def _role_words() -> frozenset[str]:
    """Words naming a writer's job ("wartawan", "correspondent"), folded."""
    return boilerplate_words("byline_roles")


@lru_cache(maxsize=1)
def _wire_names() -> frozenset[str]:
    """News agencies ("reuters", "afp", "antara"), folded."""
    out: set[str] = set()
    for lang in LANGS:
        out.update(p.casefold() for p in lang_data(lang, "boilerplate").get("wire_names", []))
    return frozenset(out)


def _newsroom_words() -> frozenset[str]:
    """Words a byline uses for the newsroom instead of a person ("tim", "redaksi", "our")."""
    return boilerplate_words("byline_newsroom")


def names_a_job(part: str) -> bool:
    """Only a job or the newsroom, no name: "Staff Reporter", "Tim Redaksi", "Our Correspondent"."""
    folded = [t.strip(".,:;").casefold() for t in part.split()]
    content = [t for t in folded if t and t not in _function_words()]
    jobs = _role_words() | _newsroom_words()
    return bool(content) and all(t in jobs for t in content)


def strong_outlet(part: str) -> bool:
    """A domain ("Kabarkita.com"), a camel-case brand or an acronym with a name ("VIVA Jabar")."""
    tokens = part.split()
    return bool(
        _DOMAIN_RE.search(part)
        or any(_is_camel(t) for t in tokens)
        or (any(_is_acronym(t) for t in tokens) and not all(_is_acronym(t) for t in tokens))
    )


def reads_as_outlet(part: str, *, shape: bool = False) -> bool:
    """A short name that reads as an outlet's: not a place and not a writer's role.

    It needs an outlet mark (a domain, a brand such as "VIVA Jabar", an outlet word such as
    "Kabar" or "Times", a news agency); with ``shape`` two to four capitalised words that
    name no place ("Dunia Hari Ini") are enough too.
    """
    part = part.strip(" .,;:")
    tokens = part.split()
    if not 1 <= len(tokens) <= 5 or len(part) > 60:
        return False
    folded = [t.strip(".,").casefold() for t in tokens]
    if any(t in _role_words() for t in folded) or names_a_job(part):
        return False  # "Koresponden", "Staff Writer", "Tim Redaksi": the writer's job
    if not tokens[0][:1].isupper() and not _DOMAIN_RE.search(part) and not _is_camel(tokens[0]):
        return False
    if any(
        not t[:1].isupper()
        and not t[:1].isdigit()
        and f not in _function_words()
        and not _DOMAIN_RE.search(t)  # "gumukpos.id" is a name written as its domain
        for t, f in zip(tokens, folded, strict=True)
    ):
        return False  # a lower-case content word: prose
    if strong_outlet(part) or part.casefold() in _wire_names():
        return True
    if _is_known_place(part) or (len(tokens) == 1 and not _is_acronym(tokens[0])):
        return False  # "Jakarta", "Kota Baru": a place; one plain word: a surname
    if _has_outlet_word(part):
        return True
    rest = " ".join(tokens[1:]) if folded[0] in _function_words() else part
    return shape and _outlet_by_shape(rest)


def writer_names_outlet(writer: str) -> bool:
    """A byline's writer part that is an outlet's name, not a person's.

    "written by Kabarkita", "By Reuters", "Oleh: Redaksi Kabar Lembah": some portals sign
    with their own name. A person ("Penulis: Rudi Sinaga", "By Rachel Moore") never names
    the outlet: the same writer files for several outlets, and a name is no publisher. So
    the writer needs an outlet's own mark (``reads_as_outlet`` without the shape rule), or
    is one word opening with an outlet word and going on ("Kabarkita", "Beritasatu").
    """
    if reads_as_outlet(writer):
        return True
    word = writer.strip(" .,;:")
    if " " in word or not word[:1].isupper():
        return False
    folded = word.casefold()
    return any(
        len(w) >= 4 and folded.startswith(w) and len(folded) - len(w) >= 3 for w in outlet_words()
    )


def split_outlet_writer(part: str) -> tuple[str, str] | None:
    """(outlet, writer) of a byline naming both with nothing between them, else ``None``.

    "Laporan Reporter Warta Priangan Rudi Hartono": the outlet's name ends at its outlet
    word when that word closes it ("Priangan Pos Rudi Hartono"), one word later when
    outlet words open it ("Warta Priangan", "Harian Kabar Lembah" → "Harian Kabar" plus
    one); the writer is the two capitalised words left, naming no place. A name that
    cannot be cut that way is left whole (``None``): an outlet of three words after its
    outlet word ("Kabar Lembah Hijau Rudi Hartono") cannot be told from a writer of three.
    """
    tokens = part.strip(" .,").split()
    if not 4 <= len(tokens) <= 5 or not all(t[:1].isupper() and t.isalpha() for t in tokens):
        return None
    marks = [i for i, t in enumerate(tokens) if t.casefold() in outlet_words()]
    if not marks or marks[-1] > 2:
        return None
    last = marks[-1]
    end = last + 2 if marks == list(range(last + 1)) else last + 1
    outlet, writer = tokens[:end], tokens[end:]
    if len(outlet) < 2 or len(writer) != 2:
        return None
    name = " ".join(writer)
    if any(t.casefold() in outlet_words() for t in writer) or _names_a_place(name):
        return None
    return " ".join(outlet), name


def names_a_section(part: str) -> bool:
    """A desk of the newsroom ("Asia Desk", "Tim Liputan Daerah"), not an outlet: its first
    or last word is a newsroom word ("Desk", "Tim") that is no outlet word ("Redaksi" is
    both: "Redaksi Kabar Lembah" signs for the outlet)."""
    tokens = part.strip(" .,;:").split()
    if not tokens:
        return False
    newsroom = _newsroom_words() - outlet_words()
    return tokens[0].casefold() in newsroom or tokens[-1].casefold() in newsroom


def newsroom_outlet(part: str) -> str | None:
    """The outlet a byline signs for as a whole newsroom: "By The Southern Dispatch staff",
    "Oleh Tim Kabar Lembah", "Penulis: Tim Redaksi Kabar Bekasi" (its desk words dropped).
    The newsroom word ("staff", "Tim") closes or opens the name of an outlet (an outlet word
    in it): the page is that outlet's, and no person wrote it. A desk ("Asia Desk", "Tim
    Liputan Daerah") has no outlet word and stays a desk."""
    tokens = part.strip(" .,;:").split()
    if len(tokens) < 2:
        return None
    newsroom = _newsroom_words() - outlet_words()
    if tokens[-1].casefold() in newsroom:
        name = tokens[:-1]
    elif tokens[0].casefold() in newsroom:
        # "Tim Redaksi Kabar Bekasi", "Desk Olahraga Arek News": the team, then its desk
        desks = _newsroom_words() | (boilerplate_words("section_words") - outlet_words())
        name = tokens[1:]
        while len(name) > 1 and name[0].casefold() in desks:
            name = name[1:]
    else:
        return None
    outlet = " ".join(name)
    if not _has_outlet_word(outlet) or names_a_section(outlet):
        return None
    return outlet if reads_as_outlet(outlet) else None


def _has_outlet_word(part: str) -> bool:
    return any(w.strip(".,").lower() in outlet_words() for w in part.split())


def _is_acronym(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _is_camel(token: str) -> bool:
    return bool(re.match(r"^[a-z]+[A-Z]", token))


def _inner_joiner(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` is a joining word between two capitalised words of a name."""
    return (
        0 < i < len(tokens) - 1
        and tokens[i] in _NAME_JOINERS
        and tokens[i - 1][:1].isupper()
        and tokens[i + 1][:1].isupper()
    )


def _joined_outlet_name(words: list[str]) -> bool:
    """ "Bay of Bengal Herald", "Voice of the Borneo Times": capitalised words joined by
    lower-case ones, with an outlet word, naming no known place."""
    part = " ".join(words)
    return (
        len(words) <= 6
        and any(_inner_joiner(words, i) for i in range(len(words)))
        and all(w[:1].isupper() or _inner_joiner(words, i) for i, w in enumerate(words))
        and _has_outlet_word(part)
        and not _is_known_place(part)
    )


def _is_date_part(part: str) -> bool:
    words = part.split()
    return bool(words) and all(_MONTH_OR_DAY_RE.match(w) for w in words)


def _is_place_like(part: str) -> bool:
    """One to three capitalised words with no outlet marker: "Jakarta", "New Delhi".

    A capitalised function word ("Menurut Benny, Bibit -") starts a sentence, not a place.
    """
    tokens = part.split()
    return (
        1 <= len(tokens) <= 3
        and all(t[:1].isupper() for t in tokens)
        and not any(t.strip(".,").lower() in _function_words() for t in tokens)
        and not _DOMAIN_RE.search(part)
        and not _has_outlet_word(part)
        and not any(_is_camel(t) for t in tokens)
    )


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Country and region names in Indonesian and English, from CLDR (babel), folded."""
    from babel import Locale

    names: set[str] = {"d.c.", "dc"}
    for code in LANGS:
        names.update(n.casefold() for n in Locale.parse(code).territories.values())
    return frozenset(names)


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    """States, provinces and nations a dateline puts after its city, folded and without
    dots: ``dateline_regions`` in boilerplate.json ("texas", "ill", "england") and
    Indonesia's provinces (the keys of lang/id/regions.json: "jawa barat", "papua")."""
    out = set(_region_spellings())
    out.update(k for k in lang_data("id", "regions").get("regencies", {}) if not k.startswith("_"))
    return frozenset(n.casefold().replace(".", "") for n in out)


def _is_region(part: str) -> bool:
    return part.casefold().replace(".", "").strip() in _regions()


def _place_with_region(city: str, region: str, prefix: str) -> str:
    """ "City, Region", keeping the full stop of an abbreviated region ("Colo.", "Ill.")
    that splitting the dateline into parts took off."""
    if f"{region}." in prefix and f"{region}." in _region_spellings():
        region = f"{region}."
    return f"{city}, {region}"


@lru_cache(maxsize=1)
def _region_spellings() -> frozenset[str]:
    """The dateline regions as written in boilerplate.json ("Colo.", "N.Y.", "Texas")."""
    return frozenset(
        r for lang in LANGS for r in lang_data(lang, "boilerplate").get("dateline_regions", [])
    )


def _classify_pair(first: str, second: str) -> tuple[str | None, str | None]:
    """(outlet, place) for a two-part dateline ("JAKARTA, KOMPAS.com", "Jakarta, Indonesia")."""
    capitals = [p for p in (first, second) if all(_is_acronym(w) for w in p.split())]
    if _is_place_like(first) and (second.casefold() in _countries() or _is_region(second)):
        # "Jakarta, Indonesia —", "DOHA, QATAR —", "AUSTIN, Texas —", "MEDAN, Sumatera Utara -"
        return None, f"{first}, {second}"
    if len(capitals) == 1 and not _DOMAIN_RE.search(capitals[0]):
        if (
            capitals[0] == first
            and _has_outlet_word(first)
            and not _is_known_place(first)
            and not _has_outlet_word(second)
            and _is_place_like(second)
        ):
            return first, second  # "HARIAN NIAGA, Jakarta": OUTLET, Place
        if capitals[0] == first:
            return second, first  # "NIAMEY, Kabar Sahel": PLACE, Outlet
        if _outletness(first) >= 2:
            return first, second  # "Kabarjogja.com, SLEMAN": Outlet, PLACE
        if _is_place_like(first):
            return second, first  # "Jakarta, VIVA": Place, OUTLET
        return None, None
    ranked = sorted((first, second), key=_outletness, reverse=True)
    if _outletness(ranked[0]) > _outletness(ranked[1]) and _outletness(ranked[0]) >= 2:
        return ranked[0], ranked[1]
    if len(capitals) == 2 and _is_place_like(first):
        return second, first  # "MAKASSAR, FAJAR --": PLACE, OUTLET
    # a known place beside two to four capitalised words naming none: "Jakarta, Dunia Kini",
    # "Bisnis Kini, Jakarta", "Lombok Tengah, Arena Balap"
    if _placed(first) and _outlet_by_shape(second):
        return second, first
    if _placed(second) and _outlet_by_shape(first):
        return first, second
    if _is_place_like(first) and _is_place_like(second):
        return None, f"{first}, {second}"
    return None, None


def _placed(part: str) -> bool:
    """A dateline part naming a place: a known one, or one name with its compass or head
    words ("Lombok Tengah", "Kota Bima") and no function word."""
    tokens = part.split()
    return (
        1 <= len(tokens) <= 3
        and all(t[:1].isupper() for t in tokens)
        and tokens[0].casefold() not in _function_words()
        and _names_a_place(part)
    )


def _classify_single(part: str) -> tuple[str | None, str | None]:
    """(outlet, place) for a dateline that has only one part."""
    words = part.split()
    if _DOMAIN_RE.search(part) or any(_is_camel(w) for w in words):
        return part, None
    if all(_is_acronym(w) for w in words) and len(words) <= 3:
        if len(words) >= 2 and _has_outlet_word(part) and not _is_known_place(part):
            return part, None  # "RADAR PRIANGAN", "KABAR BAHARI": an outlet word in capitals
        return None, part  # "JAKARTA", "GAZA CITY"
    if len(words) == 1 and words[0][:1].isupper() and _is_place_like(part):
        return None, part  # "Jakarta"
    if len(words) <= 4 and any(_is_acronym(w) for w in words):
        return part, None  # "VIVA Jabar", "CNN Indonesia"
    if len(words) <= 4 and all(w[:1].isupper() for w in words) and _has_outlet_word(part):
        return part, None  # "Harian Global", "Warta Dunia", "The Daily Ledger"
    if _joined_outlet_name(words):
        return part, None  # "Bay of Bengal Herald"
    return None, None


def _outletness(part: str) -> int:
    words = part.split()
    score = 0
    if _DOMAIN_RE.search(part):
        score += 3
    if any(_is_camel(w) for w in words):
        score += 2
    if any(_is_acronym(w) for w in words) and not all(_is_acronym(w) for w in words):
        score += 2
    if _has_outlet_word(part):
        score += 2
    if all(_is_acronym(w) for w in words):
        score -= 1  # upper-case city names ("JAKARTA") are places
    return score


def _strong_dash(paragraph: str, dash: re.Match[str]) -> bool:
    """An en or em dash (not a hyphen): the usual dateline mark, rare after prose words."""
    return any(ch in "–—" for ch in paragraph[dash.start() : dash.end()])


def names_match(part: str, known: tuple[str, ...]) -> bool:
    """``part`` is one of the outlet names known from elsewhere (byline, title, host)."""
    folded = re.sub(r"[^a-z0-9]", "", part.lower())
    if len(folded) < 3:
        return False
    for name in known:
        other = re.sub(r"[^a-z0-9]", "", name.lower())
        if other and (folded == other or folded in other or other in folded):
            return True
    return False


def contradicted_guess(dateline: Dateline, named: tuple[str, ...]) -> Dateline:
    """``dateline`` without an outlet read from its shape alone when the page names its
    outlet otherwise (``named``: the site name, the title's suffix, the masthead, a byline's
    outlet) and that name is not it: "Parigi Moutong –" on a page whose site name is
    "Kabar Teluk" gives the place, not a second outlet. A newsroom desk ("World Desk –")
    is no place either."""
    outlet = dateline.outlet
    if not dateline.guessed or outlet is None or not named or names_match(outlet, named):
        return dateline
    place = None if names_a_section(outlet) else outlet
    return Dateline(dateline.text, None, place, False)


def _place_in_name(part: str, known: tuple[str, ...]) -> bool:
    """``part`` names a place that is only a word of a known outlet's longer name: the
    dateline "SURABAYA -" under the masthead "Surabaya Pagi" gives the city, not the outlet."""
    folded = re.sub(r"[^a-z0-9]", "", part.lower())
    whole = any(re.sub(r"[^a-z0-9]", "", name.lower()) == folded for name in known)
    return not whole and _names_a_place(part)


# "Garut: Warga ..." / "GARUT | Warga ...": a place closed by a colon or a bar, then a
# sentence. One to three capitalised words; the place itself is checked against the lists.
_COLON_BAR_RE = re.compile(
    r"(?P<place>[A-Z][A-Za-z'.-]*(?: [A-Z][A-Za-z'.-]*){0,2})(?::\s+|\s+\|\s+)(?=[A-Z0-9\"“])"
)


@lru_cache(maxsize=1)
def _regency_names() -> frozenset[str]:
    """Indonesia's regencies and cities (lang/id/regions.json), folded, without the ones
    that are common words too ("Malang", "Batang": its ``ambiguous`` list)."""
    data = lang_data("id", "regions")
    ambiguous = {a.casefold() for a in data.get("ambiguous", [])}
    return frozenset(
        n.casefold()
        for key, names in data.get("regencies", {}).items()
        if not key.startswith("_")
        for n in names
        if n.casefold() not in ambiguous
    )


def _colon_or_bar_dateline(paragraph: str) -> tuple[Dateline, str] | None:
    """A dateline that is only a place and a colon or a bar ("Garut: ...", "GARUT | ...").

    A colon also closes labels and speakers ("Catatan: ...", "Menurut Budi: ..."), so the
    prefix must be a place kroscek knows (the gazetteers, Indonesia's regencies), never a
    shape alone; it names no outlet.
    """
    head = paragraph[: _MAX_PREFIX_CHARS // 2]
    if ":" not in head and "|" not in head:
        return None
    match = _COLON_BAR_RE.match(paragraph)
    if match is None:
        return None
    place = match.group("place").strip(" .")
    if not (_is_known_place(place) or place.casefold() in _regency_names()):
        return None
    return Dateline(paragraph[: match.end()].strip(), None, place, False), paragraph[match.end() :]


def parse_dateline(paragraph: str, known: tuple[str, ...] = ()) -> tuple[Dateline, str] | None:
    """The dateline opening ``paragraph`` and the rest of it, or ``None`` if there is none.

    ``known`` holds outlet names found elsewhere in the article (byline, title suffix,
    site name, URL host): a prefix matching one of them is the outlet even without an
    acronym, a domain or an outlet word ("Pikiran Rakyat –" with "Oleh: Pikiran Rakyat").
    A known place closed by a colon or a bar ("Garut: ...", "GARUT | ...") is one too.
    """
    return (
        masthead_place_line(paragraph, known)
        or _dash_dateline(paragraph, known)
        or _colon_or_bar_dateline(paragraph)
    )


# "Warta Solo Raya – Sukoharjo", "Top End Courier - DARWIN": the whole line is a masthead,
# a dash and the dateline's place (one to three words), with no sentence after it.
_MASTHEAD_PLACE_RE = re.compile(
    r"^(?P<name>[^\s].{1,60}?)(?:\s+[-–—]\s+|\s*[–—]\s*)"
    r"(?P<place>\w[\w.'’]*(?: \w[\w.'’]*){0,2})$"
)
_CAPS_PLACE_RE = re.compile(r"[A-Z][A-Z'’]{2,}(?: [A-Z][A-Z'’]{2,}){0,2}")


def masthead_place_line(line: str, known: tuple[str, ...] = ()) -> tuple[Dateline, str] | None:
    """A line that is only "<outlet> – <place>", the byline many portals set alone under
    the headline ("Kabar Sumut – MEDAN", "Top End Courier - Darwin"): the outlet and the
    dateline's place, with nothing of the story after it (the rest is empty). The place is
    one kroscek knows or a word in capitals; the name must read as an outlet on its own
    ("Nasional – Jakarta" is a section label and "Jakarta – Polisi" a dateline with its
    sentence: both are left to the other rules)."""
    if len(line) > _MAX_PREFIX_CHARS + 30 or not any(d in line for d in _DASH_CHARS):
        return None  # cheap guard: most paragraphs are long or hold no dash
    match = _MASTHEAD_PLACE_RE.match(line.strip())
    if match is None:
        return None
    name, place = match.group("name").strip(), match.group("place")
    if not (_CAPS_PLACE_RE.fullmatch(place) or names_a_known_place(place)):
        return None
    folded = [w.casefold() for w in name.split()]
    labels = boilerplate_words("section_words") | boilerplate_words("phrase_words")
    if (
        all(w in labels or w in outlet_words() for w in folded)
        and any(w in labels for w in folded)
        and (len(folded) <= 2 or all(w in labels for w in folded))
    ):
        # "Nasional – Jakarta", "Berita Utama - MEDAN", "Breaking News - SYDNEY": a section
        # or kicker label over its place, no masthead ("Kabar Teknologi Nusantara", three
        # words with an outlet word, is named like a portal)
        return None
    if any(w in boilerplate_words("deck_words") for w in folded):
        return None  # "Warga Tak Mau Pindah – Bogor": a deck's words, never an outlet's
    found = _dash_dateline(f"{name} – {_LONE_PROBE}", known)
    if found is None or found[0].outlet != name or found[0].place is not None:
        return None
    if names_a_section(name):
        return None
    return Dateline(line.strip(), name, place, found[0].guessed), ""


# What stands in for the sentence under a dateline alone on its line when only its shape
# is asked ("Warta Pantura –" above a paragraph that is not known yet).
_LONE_PROBE = "Teks"
_DASH_CHARS = "-–—"


def lone_dateline(
    line: str, following: str | None = None, known: tuple[str, ...] = ()
) -> tuple[Dateline, str] | None:
    """A dateline standing alone on its line, its sentence on the next one (``following``):
    "Warta Pantura –", "KENDARI, Harian Anoa –", "Kabarlembah.com –" with a line break
    after the dash. It is read by the same rules as a dateline inline with its sentence
    (``parse_dateline`` of the two lines joined); the dash closing the line must be the
    dateline's own. Returns the dateline and the rest of ``following`` (the sentence); with
    no ``following`` only the line's shape is asked (the rest is then meaningless)."""
    stripped = line.strip()
    if not stripped or stripped[-1] not in _DASH_CHARS or len(stripped) > _MAX_PREFIX_CHARS + 2:
        return None
    found = _dash_dateline(f"{stripped} {following.strip() if following else _LONE_PROBE}", known)
    if found is None or len(found[0].text) < len(stripped):
        return None
    return found


def _dash_dateline(paragraph: str, known: tuple[str, ...]) -> tuple[Dateline, str] | None:
    """The dateline closed by a dash: "JAKARTA, KOMPAS.com –", "Garut, Selasa (17/11) -"."""
    window = paragraph[: _MAX_PREFIX_CHARS + 4]
    if "-" not in window and "–" not in window and "—" not in window:
        return None  # the dash pattern needs one of them inside the window (most lines)
    dash = _DASH_RE.search(paragraph, 0, _MAX_PREFIX_CHARS + 4)
    if dash is None:
        return None
    prefix = paragraph[: dash.start()].strip()
    if not prefix or len(prefix) > _MAX_PREFIX_CHARS:
        return None
    outlet: str | None = None
    # "Garut, Selasa (17/11/2026) -": a bracketed day is the dateline's date, not its outlet
    prefix_wo_date = _PAREN_DATE_RE.sub(" ", prefix) if "/" in prefix else prefix
    if prefix_wo_date.endswith("/") and (wire := _SLASHED_WIRE_RE.search(prefix_wo_date)):
        prefix_wo_date = prefix_wo_date[: wire.start()]
    paren = _PAREN_RE.search(prefix_wo_date)
    rest = prefix_wo_date
    if paren:
        outlet = paren.group(1).strip()
        rest = (rest[: paren.start()] + " " + rest[paren.end() :]).strip()
    tokens = rest.split()
    if len(tokens) > _MAX_PREFIX_WORDS or not all(
        _TOKEN_OK_RE.match(t) or _inner_joiner(tokens, i) for i, t in enumerate(tokens)
    ):
        return None
    parts = [
        p.strip(" .,")
        for p in _PART_SPLIT_RE.split(rest)
        if p.strip(" .,") and not _is_date_part(p.strip(" .,"))
    ]
    place: str | None = None
    unknown = False
    guessed = False
    if outlet is not None:
        if not _is_acronym(outlet) and not outlet[:1].isupper():
            return None
        place = parts[0] if parts else None
        if len(parts) == 2 and _is_place_like(parts[0]) and _is_region(parts[1]):
            place = _place_with_region(parts[0], parts[1], rest)  # "PINE HOLLOW, Colo. (AP) —"
    elif len(parts) == 1:
        if names_match(parts[0], known) and not _place_in_name(parts[0], known):
            outlet = parts[0]
        else:
            outlet, place = _classify_single(parts[0])
        if outlet is None and place is None and _outlet_by_shape(parts[0]):
            outlet, guessed = parts[0], True  # "World Desk –", "Medan Hari Ini –"
            unknown = True
        elif outlet is None and place is None:
            known_place = _is_known_place(parts[0])  # "Pekan Baru": "baru" is a function word
            if not _strong_dash(paragraph, dash) or not (_is_place_like(parts[0]) or known_place):
                return None
            unknown = True  # "Jakarta Utara –": a dateline, of unknown role
            if _names_a_place(parts[0]) or names_a_known_place(parts[0]):
                place = parts[0]  # "Lombok Utara –", "Tel Aviv –", "Tanah Datar –"
    elif len(parts) == 2:
        matched = [p for p in parts if names_match(p, known) and not _place_in_name(p, known)]
        if len(matched) == 1:
            # "KABAR BAHARI, Natuna" under a page whose site name is Kabar Bahari
            outlet, place = matched[0], parts[1] if matched[0] == parts[0] else parts[0]
        else:
            outlet, place = _classify_pair(parts[0], parts[1])
        if outlet is None and place is None:
            return None
        if place == f"{parts[0]}, {parts[1]}":
            place = _place_with_region(parts[0], parts[1], rest)
    else:
        return None
    end = dash.end()
    if place is None and outlet is not None:
        after = _PLACE_AFTER_DASH_RE.match(paragraph, end)
        if after:
            place, end = after.group(1), after.end()
    remainder = paragraph[end:]
    # The sentence after a dateline starts with a capital, a digit or a quote.
    if remainder[:1].islower() or (not remainder[:1].isalnum() and remainder[:1] not in "\"“'‘("):
        return None
    if unknown and not remainder[:1].isupper():
        return None
    return Dateline(paragraph[:end].strip(), outlet, place, guessed), remainder
