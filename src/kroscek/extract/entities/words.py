"""Word lists, patterns and small word tests the entity recogniser shares.

Title and role words (``titles_of``), gazetteer-derived word sets, the accent folding the
model reads, and the regular expressions for datelines, appositions, codes and ages: every
stage of the recogniser consults them, so they live apart from the stages.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources

from kroscek.extract.gazetteer import gazetteer
from kroscek.extract.mentions import in_every_language as _in_every_language
from kroscek.extract.normalize import fold
from kroscek.extract.resources import LANGS, load
from kroscek.text.tokens import Token, tokenize

ModelSpans = list[tuple[int, int, str]]

LOWER_WORD_RE = re.compile(r"[a-z][\w-]*")
WORDISH_RE = re.compile(r"[\w.-]+")
DIGIT_END_RE = re.compile(r"\d\s*$")
IN_WORD_RE = re.compile(r" (?:in|di) ")  # "X in Bangladesh", "X di Bangladesh"
# a code of capitals and digits: digits between letters ("N123AB") or by a hyphen ("9M-MRO")
# The digits of a flight number after the airline's code ("NA 681", "GA 404."), not a range
# or a model ("737-800").
FLIGHT_NUMBER_RE = re.compile(r" ?\d{1,4}(?![\w-])")
# A comma and a lowercase word of the predicate right after a name ("X, mengatakan").
VERB_AFTER_COMMA_RE = re.compile(r",\s+[a-z]{3,}\b")
CODE_RE = re.compile(r"[A-Z]+\d+[A-Z]+|[A-Z\d]*\d[A-Z\d]*-[A-Z\d]+|[A-Z\d]+-[A-Z\d]*\d[A-Z\d]*")
DASH_END_RE = re.compile(r"(?:^|\s)[-–—:]\s+$")
NEXT_LOWER_RE = re.compile(r"\s+([a-z]+)")
# after an item of a list of names: another item ("Takhar and Badakhshan", "Takhar, Kunduz")
LIST_GOES_ON_RE = re.compile(r"(?:,\s+|\s+(?:and|dan|serta|or|atau)\s+)[A-Z]")
_PREV_WORD_RE = re.compile(r"([\w.]+)\s+$")
PREV_WORD_COMMA_RE = re.compile(r"([\w.]+),?\s+$")
PREV_WORDS_RE = re.compile(r"(?:([\w.]+)\s+)?([\w.]+)\s+$")
ARTICLES = frozenset({"the", "a", "an"})
# Malaysian Indian names join the given name and the father's with "son of" / "daughter of"
# ("Ravichandran a/l Subramaniam", "Kavitha a/p Raman"), written with a slash
SLASH_PARTICLES = frozenset({"a/l", "a/p", "s/o", "d/o", "A/L", "A/P", "S/O", "D/O"})
_POSSESSIVE_RE = re.compile(r"(.+?)(['’]s)")
POSSESSIVE_ENDS = ("'s", "’s")
MAX_RUN = 12
APPOSITIVE_RE = re.compile(
    r",\s+(?:the|a|an|sebuah|seorang|salah satu)\s+((?:[\w-]+\s+){0,8}?[\w-]+)\s*[,(]",
    re.IGNORECASE,
)
DATELINE_RE = re.compile(r"\s+[-–—]\s")
# what follows a dateline's place: its country or region, maybe, then a dash
DATELINE_AFTER_RE = re.compile(
    r"(?:,[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})?[ \t]+[-–—][ \t]"
)
# a state company's form and its listing after its name: "(Persero) Tbk"
# the number of a military or police unit after its head word: "Kodim 0504", "Yonif 315"
# an acronym of capitals in brackets: "anak buah kapal (ABK)"
BRACKETED_ACRONYM_RE = re.compile(r" \(([A-Z]{2,6})\)")
# a short form in brackets right after a run ("(Ditreskrimsus)", "(BBMKG)")
SHORT_AFTER_RE = re.compile(r" \(([A-Z][A-Za-z]{1,13})\)")
UNIT_NUMBER_RE = re.compile(r" \d{1,4}\b")
# an age in brackets after a name: "SF (34)", "Rina (27)"
AGE_AFTER_RE = re.compile(r" ?\(\d{1,2}(?: (?:tahun|thn|th|years?))?\)")
# marks after which any word is capitalised ('"X', "(X", "— X")
OPENING_MARKS = frozenset({'"', "“", "(", "‘", "'", "-", "–", "—", ":"})
# "[Pemuda] dan Olahraga": a second capitalised field after "dan" (a role's unit)
UNIT_AND_RE = re.compile(r" (?:dan|and) ([A-Z][a-z]+)(?![\w-]* [A-Z])")
# an Indonesian football club's name, "Pers" + its town's letters ("Persib", "Persija")
CLUB_RE = re.compile(r"Pers[a-z]{2,5}")
# a Korean given name written with its hyphen ("Se-ri", "Sung-ho")
KOREAN_GIVEN_RE = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")
# words right before a person's name as a speaker ("kata X", "Menurut X", "said X")
SPEAKER_BEFORE_RE = re.compile(
    r"\b(?:kata|ujar|ucap|tutur|menurut|said|says|according to)\s+$", re.IGNORECASE
)
# "MR alias Ucok": initials before the nickname a suspect goes by
ALIAS_AFTER_RE = re.compile(r" alias [A-Z]")
# "AS, 34 tahun, dan MR, 27 tahun": an age in apposition after initials
AGE_APPOSED_RE = re.compile(r", \d{1,2} (?:tahun|thn)\b")
STATE_FORM_RE = re.compile(r"\s\((?:Persero|Perseroda)\)(?:\s+Tbk\b\.?)?")


@dataclass(frozen=True)
class _Titles:
    roles: dict[tuple[str, ...], str]  # folded token tuple -> role as written in the data
    max_role: int
    person_cues: frozenset[tuple[str, ...]]
    org_heads: frozenset[str]
    org_tails: frozenset[str]
    loc_cues: frozenset[str]
    loc_heads: frozenset[str]
    loc_tails: frozenset[str]
    compass_tails: frozenset[str]
    # "South [Jakarta]": English compass words before a place -> the Indonesian word after
    # it ("Jakarta Selatan"), so both spellings find the one gazetteer place
    compass_heads: dict[str, str]
    admin_heads: frozenset[str]
    strong_loc_cues: frozenset[str]
    misc_heads: frozenset[str]
    document_heads: frozenset[str]
    place_named_heads: frozenset[str]
    org_cues: frozenset[str]
    regional_roles: frozenset[tuple[str, ...]]
    role_sizes_by_first: dict[str, tuple[int, ...]]  # first word -> role lengths, longest first
    role_sizes_by_last: dict[str, tuple[int, ...]]  # last word -> role lengths, longest first
    body_roles: frozenset[tuple[str, ...]]
    not_names: frozenset[str]
    role_words: frozenset[str]
    rank_corps: frozenset[str]  # a corps written after a military rank ("Letkol Inf")

    connectors: frozenset[str]
    # legal forms that open a company's name ("PT", "CV"): the name runs to the end of the
    # capitalised run, known places and bodies inside it included ("PT Sinar Nusantara")
    company_heads: frozenset[str]
    name_abbreviations: frozenset[str]  # "Md", "Mohd": a given name cut short, with a dot
    # Indonesian regional offices written as one word ("Pemprov", "Polres", "Kodim"): a body
    # alone, before the region it serves ("Pemprov [DKI Jakarta]") or its number ("Kodim 0504")
    regional_bodies: frozenset[str]
    # words right before a person's initials ("berinisial SF"): police and courts name
    # suspects so, and an acronym there is no organisation
    initials_cues: frozenset[str]
    # adjectives written after a body's name that make it another body ("Komisi Pemilihan
    # Umum Nasional Independen" is not the "Komisi Pemilihan Umum")
    body_qualifiers: frozenset[str]
    # heads that name a country's state as a whole ("Pemerintah Indonesia"): the country as
    # a modifier, no body of its own
    state_heads: frozenset[str]

    # Unions of the word sets above, built once per language rather than at every chunk the
    # recogniser looks at (each is a set of a few hundred words).
    @cached_property
    def any_tails(self) -> frozenset[str]:
        return self.loc_tails | self.compass_tails

    @cached_property
    def heads(self) -> frozenset[str]:
        """Organisation and place head words ("Kantor", "Universitas", "Selat")."""
        return self.org_heads | self.loc_heads

    @cached_property
    def keywords(self) -> frozenset[str]:
        """Words that never sit inside a person's name: organisation heads and role words."""
        return self.org_heads | self.role_words

    @cached_property
    def loc_words_after(self) -> frozenset[str]:
        """Lowercase place words that may follow a place name ("regency", "province")."""
        return self.admin_heads | self.loc_tails


@lru_cache(maxsize=4)
def titles_of(lang: str) -> _Titles:
    data = load(lang, "titles")

    def key(s: str) -> tuple[str, ...]:
        return tuple(fold(t.text) for t in tokenize(s))

    # Indonesian news borrows English titles ("CEO", "Vice President") and English news
    # quotes Indonesian ones, so the role list is the union of both languages
    roles = {
        key(r): r
        for lang_data in (load(other, "titles") for other in LANGS)
        for r in lang_data.get("roles", [])
    }
    return _Titles(
        roles=roles,
        max_role=max((len(k) for k in roles), default=1),
        person_cues=frozenset(key(r) for r in data.get("person_cues", [])),
        # English names of bodies are cited as such in Indonesian text ("Ministry of Health
        # Kenya"), so Indonesian text also knows the English heads
        org_heads=frozenset(
            fold(w)
            for w in (*data.get("org_heads", []), *(load("en", "titles").get("org_heads", [])))
        ),
        # English names of bodies are cited as such in Indonesian text ("Philippine News
        # Agency"), so organisation tails come from both languages
        org_tails=_in_every_language("titles", "org_tails"),
        loc_cues=frozenset(fold(w) for w in data.get("loc_cues", [])),
        loc_heads=frozenset(fold(w) for w in data.get("loc_heads", [])),
        loc_tails=frozenset(fold(w) for w in data.get("loc_tails", [])),
        # Indonesian places keep their compass word in English text ("Jakarta Selatan")
        compass_tails=_in_every_language("titles", "compass_tails"),
        compass_heads={fold(k): v for k, v in data.get("compass_heads", {}).items()},
        admin_heads=frozenset(fold(w) for w in data.get("admin_heads", [])),
        strong_loc_cues=frozenset(fold(w) for w in data.get("strong_loc_cues", [])),
        misc_heads=frozenset(fold(w) for w in data.get("misc_heads", [])),
        document_heads=frozenset(fold(w) for w in data.get("document_heads", [])),
        place_named_heads=frozenset(fold(w) for w in data.get("place_named_heads", [])),
        org_cues=frozenset(
            fold(w) for w in (*data.get("org_cues", []), *data.get("subsidiary_cues", []))
        ),
        regional_roles=frozenset(key(r) for r in data.get("regional_roles", [])),
        role_sizes_by_first=_sizes_by(roles, 0),
        role_sizes_by_last=_sizes_by(roles, -1),
        body_roles=frozenset(key(r) for r in data.get("body_roles", [])),
        not_names=frozenset(fold(w) for w in data.get("not_names", [])),
        role_words=frozenset(w for k in roles for w in k if len(w) > 2),
        connectors=frozenset(fold(w) for w in data.get("connectors", [])),
        rank_corps=_in_every_language("titles", "rank_corps"),
        company_heads=_in_every_language("titles", "company_heads"),
        name_abbreviations=_in_every_language("titles", "name_abbreviations"),
        regional_bodies=_in_every_language("titles", "regional_bodies"),
        initials_cues=_in_every_language("titles", "initials_cues"),
        body_qualifiers=frozenset(fold(w) for w in data.get("body_qualifiers", [])),
        state_heads=_in_every_language("titles", "state_heads"),
    )


@lru_cache(maxsize=4096)
def _role_key(role: str) -> tuple[str, ...]:
    """The folded words of a role as written ("Kapolda Metro Jaya Irjen")."""
    return tuple(fold(t.text) for t in tokenize(role))


@lru_cache(maxsize=4096)
def regional_role(lang: str, role: str) -> bool:
    """Whether a role is a regional office ("Bupati", "Gubernur"): its region comes next.
    Cached: an article repeats its few roles at many chunks."""
    words = _role_key(role)
    return any(words[: len(r)] == r for r in titles_of(lang).regional_roles)


@lru_cache(maxsize=4096)
def body_role(lang: str, role: str) -> bool:
    """Whether a role is held in a body ("pelatih", "CEO"): that body is named next."""
    words = _role_key(role)
    return any(words[-len(r) :] == r for r in titles_of(lang).body_roles)


AND_WORDS = frozenset({"and", "dan"})
HEAD_JOINERS = AND_WORDS | {"of", "on", "for"}


@lru_cache(maxsize=1)
def english_body_words() -> frozenset[str]:
    """English words that both open and end a body's name ("Authority", "Assembly",
    "Commission"): after a one-word title ("General") they make it part of the name."""
    en = titles_of("en")
    return en.org_heads & en.org_tails


@lru_cache(maxsize=1)
def gaz_and_pairs() -> frozenset[tuple[str, str]]:
    """The words either side of "and"/"dan" in known names ("trinidad", "tobago")."""
    pairs = set()
    for key in gazetteer().by_key:
        words = key.split(" ")
        for a, mid, b in zip(words, words[1:], words[2:], strict=False):
            if mid in AND_WORDS:
                pairs.add((a, b))
    return frozenset(pairs)


@lru_cache(maxsize=1)
def punctuated_gaz_names() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Known names with a comma or a lowercase joining word inside ("Badan Meteorologi,
    Klimatologi, dan Geofisika"), by first word, longest first: a capitalised run stops at
    those, so the names are matched past it."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for key in gazetteer().by_key:
        words = tuple(key.split(" "))
        if len(words) > 2 and any(w in HEAD_JOINERS or not w[:1].isalnum() for w in words):
            by_first.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}


@lru_cache(maxsize=1)
def gaz_first_words() -> frozenset[str]:
    """First words of every gazetteer name: most capitalised tokens start none."""
    return frozenset(gaz_sizes_by_first())


@lru_cache(maxsize=1)
def gaz_sizes_by_first() -> dict[str, tuple[int, ...]]:
    """The lengths in words of the gazetteer names each first word opens, longest first: a
    match at a word tries those lengths only, not every length up to the longest name."""
    sizes: dict[str, set[int]] = {}
    for key in gazetteer().by_key:
        words = key.split(" ")
        sizes.setdefault(words[0], set()).add(len(words))
    return {w: tuple(sorted(n, reverse=True)) for w, n in sizes.items()}


def _sizes_by(roles: dict[tuple[str, ...], str], pos: int) -> dict[str, tuple[int, ...]]:
    """Role lengths per first (``pos=0``) or last (``pos=-1``) word, so that looking for a
    role at a token tries only the lengths of roles that can start or end there."""
    sizes: dict[str, set[int]] = {}
    for k in roles:
        sizes.setdefault(k[pos], set()).add(len(k))
    return {w: tuple(sorted(v, reverse=True)) for w, v in sizes.items()}


POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’", "s"})
ROMAN_RE = re.compile(r"(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


@lru_cache(maxsize=1)
def currency_prefixes() -> frozenset[str]:
    """Currency signs and codes written before a figure ("rp", "usd")."""
    return frozenset(u.rstrip(".") for u in _in_every_language("units", "prefix"))


@lru_cache(maxsize=1)
def building_parts() -> frozenset[str]:
    """Words naming a part of a building before the letter telling the parts apart ("Blok
    C", "Tower B"), in every language: with the letter they are a place."""
    return _in_every_language("titles", "building_parts")


@lru_cache(maxsize=1)
def headline_regencies() -> frozenset[str]:
    """One-word regencies and cities (``lang/id/regions.json``) that are no ordinary word
    ("Bungo", "Bima", "Tebo"; not "Batu", "Puncak": its ``ordinary_words``), folded: after
    a place cue in a headline, where only known names are read, they are the regency."""
    data = load("id", "regions")
    ordinary = {fold(w) for w in data.get("ordinary_words", [])} | common_words()
    names = (fold(n) for group in data["regencies"].values() for n in group if " " not in n)
    return frozenset(n for n in names if n not in ordinary)


# "Odisha train crash: toll rises to 23": an English headline's kicker, a name then one or
# two lower-case words closed by a colon (the last names the kind of event)
KICKER_RE = re.compile(r"([A-Z][a-z]{3,})((?: [a-z][a-z-]*){1,2}):\s")
# Endings of English adjectives and participles ("Deadly", "Fatal", "Massive", "Flooded"):
# a word with one opening a kicker describes the event, it names no place
_ADJECTIVE_ENDINGS = ("ly", "al", "ive", "ous", "ic", "ful", "less", "ed", "ing", "est", "ern")


@lru_cache(maxsize=1)
def event_kind_words() -> frozenset[str]:
    """Words naming a kind of event in a headline ("crash", "floods", "banjir"), folded."""
    return frozenset(
        fold(w)
        for lang in LANGS
        for words in load(lang, "cluster").get("event_kinds", {}).values()
        for w in words
    )


@lru_cache(maxsize=1)
def english_vocabulary() -> frozenset[str]:
    """Every lower-case word the project's English data writes (its lists and glossaries,
    notes aside): the ordinary English words it knows, none of them a place's name."""
    out: set[str] = set()

    def collect(value: object) -> None:
        if isinstance(value, str):
            out.update(w for w in _LOWER_WORD_RE.findall(value) if w.islower())
        elif isinstance(value, list):
            for item in value:
                collect(item)
        elif isinstance(value, dict):
            for key, item in value.items():
                if not key.startswith("_"):
                    collect(key)
                    collect(item)

    root = resources.files("kroscek").joinpath("lang", "en")
    for entry in root.iterdir():
        if entry.name.endswith(".json"):
            collect(json.loads(entry.read_text(encoding="utf-8")))
    return frozenset(out)


_LOWER_WORD_RE = re.compile(r"[a-z][a-z'-]+")


def kicker_place(title: str) -> bool:
    """The word opening an English ``title`` names the place of its kicker ("Odisha train
    crash: ...", "Kerala floods: ..."): a capitalised word, then one or two lower-case words
    closing on a kind of event and a colon; the word is no English word the project knows,
    and has no adjective's ending ("Deadly train crash", "Massive fire")."""
    m = KICKER_RE.match(title)
    if m is None or m.group(2).split()[-1] not in event_kind_words():
        return False
    word = m.group(1).casefold()
    return (
        word not in english_vocabulary()
        and word not in common_words()
        and not word.endswith(_ADJECTIVE_ENDINGS)
    )


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Ordinary words of Indonesian ("status", "warga"), from the entity model's lexicon."""
    try:
        from kroscek.extract.ner.lexicon import lowercase_words
    except ImportError:
        return frozenset()
    return frozenset(fold(w) for w in lowercase_words())


def headline_word(word: str) -> bool:
    """An ordinary word a headline capitalises: a common word, or a bare verb stem whose
    passive form is one ("Klaim" of "diklaim", as the model's headline re-casing reads it)."""
    common = common_words()
    return word in common or (len(word) >= 4 and "di" + word in common)


@lru_cache(maxsize=1)
def trained_model() -> Callable[[str, str], ModelSpans] | None:
    """The trained recogniser if the package ships it; None keeps the rule layer alone."""
    try:
        from kroscek.extract import ner
    except ImportError:
        return None
    recognize = getattr(ner, "recognize", None)
    return recognize if callable(recognize) else None


def without_accents(text: str) -> str:
    """The text with accents dropped letter by letter, same length and offsets: the model
    learnt names from unaccented news text, so "Venâncio" reads like "Venancio"."""
    if text.isascii():
        return text
    return text.translate(_UNACCENTED)


class _Unaccented(dict[int, str]):
    """A ``str.translate`` table filled on first sight of each character: one letter with its
    accents dropped, or the character itself when dropping them would not leave one letter."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        self[code] = out = base if len(base) == 1 else ch
        return out


_UNACCENTED = _Unaccented()


@lru_cache(maxsize=8192)
def is_acronym(tok: str) -> bool:
    letters = [c for c in tok if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@lru_cache(maxsize=8)
def last_words_of_pairs(cues: frozenset[str]) -> frozenset[str]:
    """The last words of a cue list's two-word cues ("usaha" of "anak usaha")."""
    return frozenset(c.split()[-1] for c in cues if " " in c)


@lru_cache(maxsize=1)
def name_role_words() -> frozenset[str]:
    """Words of roles that are also words of names (``name_role_words``: "putra")."""
    return _in_every_language("titles", "name_role_words")


@lru_cache(maxsize=4)
def apostrophe_titles(lang: str) -> frozenset[str]:
    """First words of the roles written with an apostrophe ("Dato'", "Dato' Sri")."""
    return frozenset(k[0] for k in titles_of(lang).roles if len(k) > 1 and k[1] in ("'", "’"))


@lru_cache(maxsize=1)
def _honorifics() -> frozenset[tuple[str, ...]]:
    """The folded words of each honour a state confers ("tan sri", "datuk seri"), from
    ``honorifics`` of every language's titles."""
    return frozenset(_role_key(h) for h in _in_every_language("titles", "honorifics"))


@lru_cache(maxsize=4096)
def ends_in_honour(role: str) -> bool:
    """Whether a role as written ends in an honour ("chief commissioner Tan Sri",
    "Menteri Besar Datuk Seri"): the holder's name comes right after it."""
    words = _role_key(role)
    return any(words[-n:] in _honorifics() for n in (1, 2) if len(words) >= n)


@lru_cache(maxsize=1)
def vessel_cues() -> frozenset[str]:
    """Vessel and vehicle nouns before a name that is no entity (``vessel_cues`` and
    ``vehicle_cues`` of every language)."""
    return _in_every_language("titles", "vessel_cues") | _in_every_language(
        "titles", "vehicle_cues"
    )


@lru_cache(maxsize=1)
def vessel_last_words() -> frozenset[str]:
    """Last words of the vessel and vehicle nouns ("kontainer" of "kapal kontainer")."""
    return frozenset(c.split()[-1] for c in vessel_cues())


@lru_cache(maxsize=1)
def office_unit_firsts() -> frozenset[str]:
    """First words of the office units ("kanwil", "kantor", "perwakilan")."""
    return frozenset(u.split()[0] for u in _in_every_language("titles", "office_units"))


def tail_word(word: str) -> str:
    """The part of a last word an organisation's tail is read from: "League-Nawaz" ->
    "league" (a faction or branch after a hyphen)."""
    return word.split("-", 1)[0] if "-" in word else word


def search_words_before(
    pattern: re.Pattern[str], text: str, lo: int, end: int, words: int, *, comma: bool = False
) -> re.Match[str] | None:
    r"""``pattern.search(text, lo, end)`` for the end-anchored word patterns above
    (``([\w.]+),?\s+$`` and ``(?:([\w.]+)\s+)?([\w.]+)\s+$``), without trying every start.

    Word characters, commas and spaces are disjoint, so a match can only start in one of
    the last ``words`` runs of word characters before ``end``; the leftmost such start is
    found by walking back from ``end`` and matched there, which gives the match ``search``
    finds. Where the walk finds no candidate, ``search`` itself decides.
    """
    k = end
    while k > lo and text[k - 1].isspace():
        k -= 1
    if k == end:
        return None  # the patterns end in whitespace
    if comma and k > lo and text[k - 1] == ",":
        k -= 1
    start: int | None = None
    for n in range(words):
        w = k
        while w > lo and ((ch := text[w - 1]).isalnum() or ch == "_" or ch == "."):
            w -= 1  # a character of [\w.], as re reads it on str
        if w == k:
            break
        start = w
        if n + 1 == words:
            break
        k = w
        while k > lo and text[k - 1].isspace():
            k -= 1
        if k == w:
            break  # no space before this word: it is the first
    if start is not None:
        m = pattern.match(text, start, end)
        if m is not None:
            return m
    return pattern.search(text, lo, end)


NEXT_NAME_WORD_RE = re.compile(r" ([A-Z][\w-]+)")


@lru_cache(maxsize=4)
def doc_place_re(lang: str) -> re.Pattern[str] | None:
    """An administrative head word, then a capitalised name ("Kabupaten Garut"). English
    writes its administrative words after the name ("Kisumu County"): none of them heads one
    ("Secretary of State Antony Blinken" names no place "Antony")."""
    titles = titles_of(lang)
    admin_heads = titles.admin_heads & titles.loc_heads
    heads = "|".join(re.escape(h) for h in sorted(admin_heads, key=len, reverse=True))
    if not heads:
        return None
    # the first-letter lookahead rejects most positions before the word test (same matches)
    firsts = "".join(sorted({re.escape(h[0]) for h in admin_heads}))
    return re.compile(rf"(?=(?i:[{firsts}]))\b(?i:{heads})\s+([A-Z][\w-]+)")


def split_possessives(tokens: list[Token]) -> list[Token]:
    """ "Indonesia's" -> "Indonesia" + "'s", so the name is looked up without its suffix."""
    out: list[Token] = []
    for t in tokens:
        # the suffix test skips the regex for the tokens it cannot match (nearly all)
        m = _POSSESSIVE_RE.fullmatch(t.text) if t.text.endswith(POSSESSIVE_ENDS) else None
        if m and t.text[:1].isupper():
            cut = t.start + len(m.group(1))
            out.append(Token(m.group(1), t.start, cut))
            out.append(Token(m.group(2), cut, t.end))
        else:
            out.append(t)
    return out


def whole_word_re(word: str) -> re.Pattern[str]:
    r"""``(?<![\w-])word(?![\w-])``, written to open with the word's first character (the edge
    is checked after it, as in ``lexicon.lead_alternation``): the regex engine then jumps
    between the places that character occurs instead of trying every position."""
    first = re.escape(word[:1])
    return re.compile(rf"{first}(?<![\w-]{first}){re.escape(word[1:])}(?![\w-])")


def title_case_lines(text: str) -> list[tuple[int, int]]:
    """Lines written in Title Case (headlines of other stories, captions): there a capital
    letter says nothing about a name, so only known names count. A body sentence dense
    with names is not one: it is longer or ends with a full stop."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group().strip()
        if len(line) > 160 or line[-1:] in ".!?\"”'":
            continue
        words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) > 3]
        if len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) >= 0.75:
            spans.append(m.span())
    return spans


def name_key_eq(a: str, b: str) -> bool:
    return fold(a) == fold(b)


@lru_cache(maxsize=4)
def _function_words(lang: str) -> frozenset[str]:
    nouns = load(lang, "nouns")
    words = set(nouns.get("stop", []))
    words |= set(load(lang, "verbs").get("pronouns", []))
    if lang == "en":
        # "Two Kuwaiti tankers": an English number word opening a sentence is no name's
        # (not Indonesian ones: "Lima" is also a city)
        words |= set(load(lang, "numbers").get("units", []))
    return frozenset(fold(w) for w in words)


@lru_cache(maxsize=4)
def calendar_words(lang: str) -> frozenset[str]:
    """Month and weekday names: never a name alone, but "Agus" or "Juni" may start one."""
    words = {fold(w) for w in load(lang, "months") if not w.startswith("_")}
    words |= {fold(w) for w in load(lang, "weekdays") if not w.startswith("_")}
    return frozenset(words)


def is_function_word(word: str, lang: str) -> bool:
    return word in _function_words(lang)


# Place heads of the buildings a body works in, named after it ("Gedung KPK", "Gedung
# SESDM"): an acronym after one is the body, not a word of the place's name.
BODY_BUILDING_HEADS = frozenset({"gedung", "kampus", "wisma", "graha", "menara"})


# Indonesian field nouns that end a body's name ("Dinas Perikanan", "Badan Kepegawaian",
# "Dinas Pertanian"): a pe-/per-/ke- ... -an noun, never a person's one-word name.
FIELD_NOUN_RE = re.compile(r"(?:pe|ke)[a-z]{3,}an")


@lru_cache(maxsize=1)
def body_field_words() -> frozenset[str]:
    """Last words of the known bodies opening with a head word ("Badan Pusat Statistik",
    "Kementerian Pekerjaan Umum"), and the plain field words a body's name ends in."""
    heads = titles_of("id").org_heads | titles_of("en").org_heads
    words = set(_PLAIN_FIELD_WORDS)
    for entry in gazetteer().entries.values():
        if entry.label != "ORG":
            continue
        for name in entry.names:
            parts = fold(name).split()
            if len(parts) >= 2 and parts[0] in heads:
                words.add(parts[-1])
    return frozenset(words)


# Field words of Indonesian offices with no pe-/ke- ... -an form ("Dinas Sosial").
_PLAIN_FIELD_WORDS = frozenset(
    {
        "sosial",
        "pariwisata",
        "olahraga",
        "hidup",
        "umum",
        "kominfo",
        "dukcapil",
        "statistik",
        "informatika",
        "pangan",
        "perkim",
        "satpol",
        "kesbangpol",
        "energi",
        "tenaga",
        "kerja",
        "agama",
        "hukum",
        "ham",
        "daerah",
        "desa",
        "wilayah",
        "transmigrasi",
    }
)


# Geographic place heads (not buildings or roads, which open names of bodies and events in
# headlines too): one before an unknown name ending a headline's clause names a place.
GEO_HEADS = frozenset(
    {
        "pulau",
        "kepulauan",
        "gunung",
        "sungai",
        "danau",
        "teluk",
        "selat",
        "tanjung",
        "pantai",
        "lembah",
        "semenanjung",
        "island",
        "mount",
        "lake",
        "river",
        "strait",
        "bay",
    }
)


# English geographic tails ("Padar Island", "Mandoli Regency"): one ending a headline's
# clause names a place there (see _headline_place_before_tail).
GEO_TAILS = frozenset(
    {"island", "islands", "river", "regency", "province", "district", "strait", "bay", "lake"}
)


# Place heads no person's name holds ("Tanjung", "Batu", "Kampung" do: "Yohanes Tanjung
# Putra"): a capitalised word opening a sentence before one of them is no part of the name.
STRONG_PLACE_HEADS = frozenset(
    {
        "bendungan",
        "waduk",
        "sungai",
        "krueng",
        "danau",
        "gunung",
        "pelabuhan",
        "bandara",
        "stasiun",
        "terminal",
        "jembatan",
        "teluk",
        "selat",
        "pantai",
    }
)
