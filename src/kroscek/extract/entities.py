"""People, organisations and places: gazetteer + title/role rules, plus the trained model.

The layers, in order of trust:

1. the gazetteer (CLDR countries and regions, lang/*/gazetteer.json): a known name gets
   its id, label and country whatever the model says;
2. title and role words (lang/*/titles.json) are split from names into ``attrs["role"]``:
   "pejabat senior Hamas Osama Hamdan" is a role, an ORG and a PER, never one ORG;
3. the trained recogniser ``kroscek.extract.ner.recognize`` (when installed) labels the
   capitalised chunks that the gazetteer does not know;
4. rules label what is left: a chunk after a person title is a PER, one starting or
   ending in an organisation or place word ("Partai ...", "... Ministry", "Kabupaten ...",
   "... Strait") an ORG or a LOC, an acronym an ORG, one after "di"/"in" or joined by
   "dan" to a place a LOC, one after "perusahaan"/"the firm" or described by an
   apposition (", the streaming company,") an ORG, a two-to-four word capitalised name a
   PER; a regional office names its region first ("Bupati Agam Yusnadi Putra");
5. the article itself (the passes of ``kroscek.extract.mentions``): a lone word is kept when
   it repeats a person's first name or surname, a place written with its head word
   ("Kabupaten Garut" -> "Garut"), or a one-word name recognised elsewhere in the article; a
   word spelled close to exactly one known name takes that name's id ("Taheran" -> Tehran;
   never between Iran and Irak).

Headlines are Title Case, so in ``field="title"`` (and in Title Case lines inside a body,
such as captions and inline headlines of other stories) only known names are entities.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right, insort
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import compress, pairwise

from kroscek.data import Fact, Field
from kroscek.extract.facilities import (
    facilities_named_after_people,
    offices_named_after_facilities,
    road_facilities,
    toll_roads_by_route,
)
from kroscek.extract.gazetteer import Entry, Gazetteer, gazetteer
from kroscek.extract.gazetteer import is_demonym as _is_demonym
from kroscek.extract.mentions import Mention as _Found
from kroscek.extract.mentions import (
    bases_named_by_force,
    bodies_before_known_short_forms,
    bodies_inside_roles,
    bracketed_short_forms,
    clubs_named_after_places,
    company_names_without_form,
    english_term,
    first_words_before_plurals,
    institutions_by_name,
    join_short_forms,
    numbered_units,
    place_kind_ids,
    places_before_based,
    places_inside_short_forms,
    regional_agencies_in_english,
    regional_offices_by_region,
    role_units_before_names,
    roles_over_a_comma,
    same_surface,
    subsidiaries_named_after_parents,
    units_named_after_bodies,
)
from kroscek.extract.mentions import in_every_language as _in_every_language
from kroscek.extract.mentions import is_cap as _is_cap
from kroscek.extract.mentions import person_names as _person_names
from kroscek.extract.name_affixes import (
    aliases_share_ids,
    dotted_endings,
    initials_everywhere,
    is_degree,
    join_name_openers,
    min_name_words,
    names_without_openers,
    nicknames,
    opener_length,
    quoted_nicknames,
)
from kroscek.extract.normalize import fold, slug
from kroscek.extract.resources import LANGS, load, norm_lang
from kroscek.extract.sentences import sentence_spans
from kroscek.extract.spans import SpanIndex
from kroscek.text.tokens import Token, token_pieces, tokenize, tokens_from_pieces

ModelSpans = list[tuple[int, int, str]]

_LOWER_WORD_RE = re.compile(r"[a-z][\w-]*")
_WORDISH_RE = re.compile(r"[\w.-]+")
_DIGIT_END_RE = re.compile(r"\d\s*$")
_IN_WORD_RE = re.compile(r" (?:in|di) ")  # "X in Bangladesh", "X di Bangladesh"
# a code of capitals and digits: digits between letters ("N123AB") or by a hyphen ("9M-MRO")
# The digits of a flight number after the airline's code ("NA 681", "GA 404."), not a range
# or a model ("737-800").
_FLIGHT_NUMBER_RE = re.compile(r" ?\d{1,4}(?![\w-])")
# A comma and a lowercase word of the predicate right after a name ("X, mengatakan").
_VERB_AFTER_COMMA_RE = re.compile(r",\s+[a-z]{3,}\b")
_CODE_RE = re.compile(r"[A-Z]+\d+[A-Z]+|[A-Z\d]*\d[A-Z\d]*-[A-Z\d]+|[A-Z\d]+-[A-Z\d]*\d[A-Z\d]*")
_DASH_END_RE = re.compile(r"(?:^|\s)[-–—:]\s+$")
_NEXT_LOWER_RE = re.compile(r"\s+([a-z]+)")
# after an item of a list of names: another item ("Takhar and Badakhshan", "Takhar, Kunduz")
_LIST_GOES_ON_RE = re.compile(r"(?:,\s+|\s+(?:and|dan|serta|or|atau)\s+)[A-Z]")
_PREV_WORD_RE = re.compile(r"([\w.]+)\s+$")
_PREV_WORD_COMMA_RE = re.compile(r"([\w.]+),?\s+$")
_PREV_WORDS_RE = re.compile(r"(?:([\w.]+)\s+)?([\w.]+)\s+$")
_ARTICLES = frozenset({"the", "a", "an"})
# Malaysian Indian names join the given name and the father's with "son of" / "daughter of"
# ("Ravichandran a/l Subramaniam", "Kavitha a/p Raman"), written with a slash
_SLASH_PARTICLES = frozenset({"a/l", "a/p", "s/o", "d/o", "A/L", "A/P", "S/O", "D/O"})
_POSSESSIVE_RE = re.compile(r"(.+?)(['’]s)")
_POSSESSIVE_ENDS = ("'s", "’s")
_MAX_RUN = 12
_APPOSITIVE_RE = re.compile(
    r",\s+(?:the|a|an|sebuah|seorang|salah satu)\s+((?:[\w-]+\s+){0,8}?[\w-]+)\s*[,(]",
    re.IGNORECASE,
)
_DATELINE_RE = re.compile(r"\s+[-–—]\s")
# what follows a dateline's place: its country or region, maybe, then a dash
_DATELINE_AFTER_RE = re.compile(
    r"(?:,[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})?[ \t]+[-–—][ \t]"
)
# a state company's form and its listing after its name: "(Persero) Tbk"
# the number of a military or police unit after its head word: "Kodim 0504", "Yonif 315"
# an acronym of capitals in brackets: "anak buah kapal (ABK)"
_BRACKETED_ACRONYM_RE = re.compile(r" \(([A-Z]{2,6})\)")
# a short form in brackets right after a run ("(Ditreskrimsus)", "(BBMKG)")
_SHORT_AFTER_RE = re.compile(r" \(([A-Z][A-Za-z]{1,13})\)")
_UNIT_NUMBER_RE = re.compile(r" \d{1,4}\b")
# an age in brackets after a name: "SF (34)", "Rina (27)"
_AGE_AFTER_RE = re.compile(r" ?\(\d{1,2}(?: (?:tahun|thn|th|years?))?\)")
# marks after which any word is capitalised ('"X', "(X", "— X")
_OPENING_MARKS = frozenset({'"', "“", "(", "‘", "'", "-", "–", "—", ":"})
# "[Pemuda] dan Olahraga": a second capitalised field after "dan" (a role's unit)
_UNIT_AND_RE = re.compile(r" (?:dan|and) ([A-Z][a-z]+)(?![\w-]* [A-Z])")
# an Indonesian football club's name, "Pers" + its town's letters ("Persib", "Persija")
_CLUB_RE = re.compile(r"Pers[a-z]{2,5}")
# a Korean given name written with its hyphen ("Se-ri", "Sung-ho")
_KOREAN_GIVEN_RE = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")
# words right before a person's name as a speaker ("kata X", "Menurut X", "said X")
_SPEAKER_BEFORE_RE = re.compile(
    r"\b(?:kata|ujar|ucap|tutur|menurut|said|says|according to)\s+$", re.IGNORECASE
)
# "MR alias Ucok": initials before the nickname a suspect goes by
_ALIAS_AFTER_RE = re.compile(r" alias [A-Z]")
# "AS, 34 tahun, dan MR, 27 tahun": an age in apposition after initials
_AGE_APPOSED_RE = re.compile(r", \d{1,2} (?:tahun|thn)\b")
_STATE_FORM_RE = re.compile(r"\s\((?:Persero|Perseroda)\)(?:\s+Tbk\b\.?)?")


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
def _regional_role(lang: str, role: str) -> bool:
    """Whether a role is a regional office ("Bupati", "Gubernur"): its region comes next.
    Cached: an article repeats its few roles at many chunks."""
    words = _role_key(role)
    return any(words[: len(r)] == r for r in titles_of(lang).regional_roles)


@lru_cache(maxsize=4096)
def _body_role(lang: str, role: str) -> bool:
    """Whether a role is held in a body ("pelatih", "CEO"): that body is named next."""
    words = _role_key(role)
    return any(words[-len(r) :] == r for r in titles_of(lang).body_roles)


_AND_WORDS = frozenset({"and", "dan"})
_HEAD_JOINERS = _AND_WORDS | {"of", "on", "for"}


@lru_cache(maxsize=1)
def _english_body_words() -> frozenset[str]:
    """English words that both open and end a body's name ("Authority", "Assembly",
    "Commission"): after a one-word title ("General") they make it part of the name."""
    en = titles_of("en")
    return en.org_heads & en.org_tails


@lru_cache(maxsize=1)
def _gaz_and_pairs() -> frozenset[tuple[str, str]]:
    """The words either side of "and"/"dan" in known names ("trinidad", "tobago")."""
    pairs = set()
    for key in gazetteer().by_key:
        words = key.split(" ")
        for a, mid, b in zip(words, words[1:], words[2:], strict=False):
            if mid in _AND_WORDS:
                pairs.add((a, b))
    return frozenset(pairs)


@lru_cache(maxsize=1)
def _punctuated_gaz_names() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Known names with a comma or a lowercase joining word inside ("Badan Meteorologi,
    Klimatologi, dan Geofisika"), by first word, longest first: a capitalised run stops at
    those, so the names are matched past it."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for key in gazetteer().by_key:
        words = tuple(key.split(" "))
        if len(words) > 2 and any(w in _HEAD_JOINERS or not w[:1].isalnum() for w in words):
            by_first.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}


@lru_cache(maxsize=1)
def _gaz_first_words() -> frozenset[str]:
    """First words of every gazetteer name: most capitalised tokens start none."""
    return frozenset(_gaz_sizes_by_first())


@lru_cache(maxsize=1)
def _gaz_sizes_by_first() -> dict[str, tuple[int, ...]]:
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


_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’", "s"})
_ROMAN_RE = re.compile(r"(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


@lru_cache(maxsize=1)
def _currency_prefixes() -> frozenset[str]:
    """Currency signs and codes written before a figure ("rp", "usd")."""
    return frozenset(u.rstrip(".") for u in _in_every_language("units", "prefix"))


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Ordinary words of Indonesian ("status", "warga"), from the entity model's lexicon."""
    try:
        from kroscek.extract.ner.lexicon import lowercase_words
    except ImportError:
        return frozenset()
    return frozenset(fold(w) for w in lowercase_words())


def _headline_word(word: str) -> bool:
    """An ordinary word a headline capitalises: a common word, or a bare verb stem whose
    passive form is one ("Klaim" of "diklaim", as the model's headline re-casing reads it)."""
    common = _common_words()
    return word in common or (len(word) >= 4 and "di" + word in common)


@lru_cache(maxsize=1)
def _model() -> Callable[[str, str], ModelSpans] | None:
    """The trained recogniser if the package ships it; None keeps the rule layer alone."""
    try:
        from kroscek.extract import ner
    except ImportError:
        return None
    recognize = getattr(ner, "recognize", None)
    return recognize if callable(recognize) else None


def _without_accents(text: str) -> str:
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
def _is_acronym(tok: str) -> bool:
    letters = [c for c in tok if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


class _Recogniser:
    def __init__(
        self,
        text: str,
        lang: str,
        *,
        title_mode: bool,
        known: dict[str, tuple[str, str]] | None,
        model_spans: ModelSpans,
    ) -> None:
        self.text = text
        self.lang = lang
        self.gaz: Gazetteer = gazetteer()
        self.titles = titles_of(lang)
        self.title_mode = title_mode
        self.known = known or {}
        self.model_spans = model_spans
        self.model_index = SpanIndex(model_spans, lambda m: m[0], lambda m: m[1])
        # a possessive needs "'s" in the text: most texts have none to split
        if "'s" in text or "’s" in text:
            self.tokens: list[Token] = _split_possessives(tokenize(text))
            texts = [t.text for t in self.tokens]
            starts = [t.start for t in self.tokens]
            ends = [t.end for t in self.tokens]
        else:
            # the token pieces are the tokens' fields, as parallel lists: no second pass
            texts, starts, ends, _ = token_pieces(text)
            self.tokens = tokens_from_pieces(texts, starts, ends)
        self.folded: list[str] = list(map(fold, texts))
        connectors = self.titles.connectors
        self.name_like = [
            (t[:1].isupper() and (t[0].isalpha() or any(map(str.isalpha, t))))
            or ("-" in t and f.split("-")[0] in connectors)
            for t, f in zip(texts, self.folded, strict=True)
        ]
        self.index_of = dict(zip(starts, range(len(starts)), strict=True))
        self.ends_at = dict(zip(ends, range(len(ends)), strict=True))
        self.sent_starts = {s for s, _ in sentence_spans(text)} | {0}
        self.found: list[_Found] = []
        self.places: dict[str, str] = {}  # folded place name -> id, from "Kabupaten X"
        self.doc_places = self._collect_doc_places()
        self.mid_caps = self._mid_sentence_caps()
        self.title_case_spans = [] if title_mode else _title_case_lines(text)
        self.skip_until = 0  # a company name read past its run ("PT X (Persero) Tbk") ends here
        self.initials: set[str] = set()  # acronyms written as a person's initials ("AR (34)")
        self.office_firsts = _office_unit_firsts()  # ("kanwil", "perwakilan": see _office_unit)

    def _in_title_case(self, pos: int) -> bool:
        spans = self.title_case_spans  # sorted, never overlapping
        i = bisect_right(spans, (pos, 1 << 62)) - 1
        return i >= 0 and spans[i][0] <= pos < spans[i][1]

    def _mid_sentence_caps(self) -> set[str]:
        """Folded capitalised words written somewhere mid-sentence (not after a quote,
        bracket, dash or line break). Only the name-like tokens are looked at, with the folded
        forms already made: most tokens are lowercase."""
        caps: set[str] = set()
        starts = self.sent_starts
        text, tokens, folded = self.text, self.tokens, self.folded
        for i in compress(range(len(tokens)), self.name_like):
            if not i:
                continue
            t, prev = tokens[i], tokens[i - 1]
            if (
                t.text[:1].isupper()
                and t.start not in starts
                and prev.text not in _OPENING_MARKS
                and "\n" not in text[prev.end : t.start]
            ):
                caps.add(folded[i])
        return caps

    # -- token classes ---------------------------------------------------------------
    def _name_token(self, i: int) -> bool:
        return self.name_like[i]

    def _connector(self, i: int) -> bool:
        return self.folded[i] in self.titles.connectors

    def _spaced_name_after(self, j: int) -> bool:
        """Whether a name-like token follows token ``j`` after exactly one space: the joins of
        a run through a word ("dan", "on", "for", "'s") need the next word right after it."""
        return (
            j + 1 < len(self.tokens)
            and self.name_like[j + 1]
            and self.text[self.tokens[j].end : self.tokens[j + 1].start] == " "
        )

    def runs(self) -> list[tuple[int, int]]:
        """Maximal token ranges of name-like tokens (capitalised words and connectors)."""
        out: list[tuple[int, int]] = []
        i, n = 0, len(self.tokens)
        tokens, name_like, text = self.tokens, self.name_like, self.text
        while i < n:
            if not name_like[i]:
                try:
                    i = name_like.index(True, i)  # the next name-like token, found in C
                except ValueError:
                    break
            j = i + 1
            while j < n:
                gap = tokens[j].start - tokens[j - 1].end
                if gap > 0 and (gap != 1 or text[tokens[j - 1].end] != " "):
                    break  # a gap other than nothing or one space
                if name_like[j]:
                    j += 1
                elif self._connector(j) and j + 1 < n and self._name_token(j + 1):
                    j += 2
                elif (
                    j + 2 < n
                    and tokens[j + 1].text == "."
                    and tokens[j + 1].start == tokens[j].end
                    and self._connector(j)
                    and self._spaced_name_after(j + 1)
                ):
                    j += 3  # "Rosmawati br. Sitorus": a particle written with its dot
                elif (
                    self.folded[j] == "of"
                    and j + 2 < n
                    and self.folded[j + 1] == "the"
                    and self._name_token(j + 2)
                    and text[tokens[j].end : tokens[j + 2].start] == " the "
                    and any(
                        w in self.titles.org_heads or w in self.titles.org_tails
                        for w in self.folded[i:j]
                    )
                ):
                    j += 3  # "Union Bank of the Philippines": a body's name "of the" a place
                elif (
                    self._connector(j)
                    and j + 2 < n
                    and self._connector(j + 1)
                    and self._name_token(j + 2)
                    and self.text[self.tokens[j].end : self.tokens[j + 2].start].count(" ") == 2
                ):
                    j += 3  # "Isabel de la Fuente", "Thomas van der Berg"
                elif (
                    j + 3 < n
                    and tokens[j + 1].text == "/"
                    and text[tokens[j].start : tokens[j + 2].end] in _SLASH_PARTICLES
                    and self._spaced_name_after(j + 2)
                ):
                    j += 4  # "Harjit Singh a/l Jagjit Singh": "son of" inside the name
                elif self.tokens[j].text == "." and (
                    len(self.tokens[j - 1].text) == 1
                    or self.folded[j - 1] in self.titles.name_abbreviations
                    or (self.folded[j - 1], ".") in self.titles.roles
                ):
                    # initials: "J. Smith", "U.S."; "Md. Shahjahan", "Mohd. Yusof"; a title
                    # written with its dot stays whole for the role rules ("Ir. X", "Hj. X")
                    j += 1
                elif (
                    self.folded[j] in _AND_WORDS
                    and self._spaced_name_after(j)
                    and self._and_joins(i, j)
                ):
                    j += 2  # "Kementerian Kelautan dan Perikanan", "Trinidad and Tobago"
                elif (
                    self.folded[j] in ("on", "for")
                    and self._spaced_name_after(j)
                    and (
                        self.folded[j - 1] in self.titles.org_heads
                        # "for" also after a body's tail word ("Organization for Migration")
                        or (self.folded[j] == "for" and self.folded[j - 1] in self.titles.org_tails)
                    )
                    and not _is_acronym(self.tokens[j + 1].text)
                    and self.folded[j + 1] not in _calendar_words("en")
                ):
                    # "National Commission on Human Rights", "International Organization for
                    # Migration", "Office for Asia"
                    j += 2
                elif (
                    self.tokens[j].text == ","
                    and j + 3 < n
                    and self._name_token(j + 1)
                    and self.folded[j + 2] in _AND_WORDS
                    and self._name_token(j + 3)
                    and text[self.tokens[j].end : self.tokens[j + 3].start].count(" ") == 3
                    and self._and_joins(i, j)
                    and self._and_joins(i, j + 2)
                ):
                    j += 4  # "Ministry of Trade, Industry and Energy"
                elif (
                    self.tokens[j].text in ("'", "’")
                    and self.tokens[j].start == self.tokens[j - 1].end
                    and self.folded[j - 1] in _apostrophe_titles(self.lang)
                    and self._spaced_name_after(j)
                ):
                    j += 2  # "Dato' Sri Lee Boon Huat": a title written with an apostrophe
                elif self.tokens[j].text in ("'s", "’s") and self._spaced_name_after(j):
                    j += 2  # "International Longshoremen's Association"
                elif (
                    self.tokens[j].text in ("'", "’")
                    and self.tokens[j - 1].text.endswith("s")
                    and self.tokens[j].start == self.tokens[j - 1].end
                    and self._spaced_name_after(j)
                    and _tail_word(self.folded[j + 1]) in self.titles.org_tails
                ):
                    j += 2  # "Automobile Manufacturers' Association": a plural possessive
                else:
                    break
            j = self._known_name_past(i, j)
            out.append((i, j))
            i = j
        return out

    def _known_name_past(self, i: int, j: int) -> int:
        """The end of a known name that starts inside the run [i, j) and goes on past its end
        over a comma or a lowercase word ("Meteorology, Climatology and Geophysics Agency")."""
        names = _punctuated_gaz_names()
        for s in range(i, j):
            for words in names.get(self.folded[s], ()):
                end = s + len(words)
                if end > j and tuple(self.folded[s:end]) == words:
                    return end
        return j

    def _and_joins(self, i: int, j: int) -> bool:
        """Whether "and"/"dan" at token j joins the run [i, j) and the word after it into one
        name: a known name has them so ("Trinidad and Tobago"), or the run opens with an
        organisation head and the word after names no second body, person or known name
        ("Ministry of Hajj and Umrah", but "Kementerian Perhubungan dan Basarnas")."""
        folded = self.folded
        if (folded[j - 1], folded[j + 1]) in _gaz_and_pairs():
            return True
        first = i
        while first < j and _is_function_word(folded[first], self.lang):
            first += 1
        nxt = folded[j + 1]
        return (
            j - first >= 2
            and (
                any(w in self.titles.org_heads for w in folded[first:j])
                or (
                    self._org_tail_after(j + 1)  # "National Geology and Mining Service"
                    # "Mitsubishi Electric and Great Wall Motor": two whole bodies
                    and _tail_word(folded[j - 1]) not in self.titles.org_tails
                )
            )
            and nxt not in self.titles.org_heads
            # "dan Menteri X" opens a role; "and Trade" only names the body's field
            and (nxt not in self.titles.role_sizes_by_first or self._role_at(j + 1, j + 4) is None)
            # a known name starting there is a second body ("dan Basarnas"); a word that only
            # opens one ("and Food" of "Food and Agriculture Organization") is not
            and (nxt not in _gaz_first_words() or self._gaz_match(j + 1, len(self.tokens)) is None)
            and not _is_acronym(self.tokens[j + 1].text)
            and not any(_is_acronym(t.text) for t in self.tokens[first:j])
        )

    def _dateline(self, toks: list[Token]) -> bool:
        """Whether the chunk is a dateline's place: all capitals at the start of a line, then
        a dash, maybe after its country ("NAIROBI, Kenya —")."""
        start = toks[0].start
        if start and self.text[start - 1] != "\n":
            return False
        if not all(_is_acronym(t.text) for t in toks):
            return False
        return _DATELINE_AFTER_RE.match(self.text, toks[-1].end) is not None

    def _plural_of_opening(self, toks: list[Token], words: list[str]) -> bool:
        """ "Shares of [Lumora]": a chunk opening a sentence with a plural common noun and
        "of" (not a body's or place's head: "Bank of", "Strait of", "Friends of")."""
        # (``words`` leaves out the dots of initials: "A.S." is four tokens and one word)
        if (
            len(toks) < 3
            or len(words) < 2
            or words[1] != "of"
            or toks[0].start not in self.sent_starts
        ):
            return False
        first = words[0]
        return (
            len(first) > 4
            and first.endswith("s")
            and not first.endswith("ss")
            and first not in self.titles.heads
            and first not in self.titles.any_tails
            and first not in self.titles.org_tails
            and first not in _person_names()
            and self.gaz.lookup(toks[0].text) is None
        )

    def _org_tail_within(self, k: int, j: int) -> bool:
        """Whether the run [k, j) ends in an organisation's tail word ("Nusantara Air")."""
        return _tail_word(self.folded[j - 1]) in self.titles.org_tails

    def _org_tail_after(self, k: int) -> bool:
        """Whether the capitalised words from token k end, within three words, in an
        organisation's tail word ("Mining Service")."""
        for m in range(k, min(k + 3, len(self.tokens))):
            if not self._name_token(m):
                return False
            if _tail_word(self.folded[m]) in self.titles.org_tails:
                return True
        return False

    # -- matching helpers ------------------------------------------------------------
    def _gaz_match(self, i: int, j: int) -> tuple[int, str] | None:
        """Longest gazetteer name starting at token i (ending by j): (end token, id)."""
        best = None
        sizes = _gaz_sizes_by_first().get(self.folded[i])
        if sizes is None:
            return None
        for size in sizes:  # (only the lengths of the names this word opens, longest first)
            k = i + size
            if k > j:
                continue
            key = " ".join(self.folded[i:k])
            eid = self.gaz.by_key.get(key)
            if eid is None:
                continue
            surface = self.text[self.tokens[i].start : self.tokens[k - 1].end]
            names = self.gaz.entries[eid].names
            acronym_only = all(
                _is_acronym(n) or len(n) <= 3 for n in names if name_key_eq(n, surface)
            )
            if acronym_only and not _is_acronym(surface) and len(surface) <= 4:
                continue  # "as" / "Ma" are not "AS" / "MA"
            end = self.tokens[k - 1].end
            if self.text[end : end + 1] == "$":
                continue  # "US$10": a currency sign
            if key in self.gaz.ambiguous and not self._running_text(self.tokens[i].start):
                continue  # "Serang" in a Title Case headline is the verb "attack"
            if k == i + 1 and self._country_as_adjective(i, eid):
                continue
            best = (k, eid)
            break
        return best

    def _running_text(self, pos: int) -> bool:
        """Mid-sentence in ordinary prose, where a capital letter means a name."""
        return not (
            self.title_mode
            or self._in_title_case(pos)
            or pos in self.sent_starts
            or self._after_open_quote(pos)
        )

    def _role_at(self, i: int, j: int) -> tuple[int, str] | None:
        for size in self.titles.role_sizes_by_first.get(self.folded[i], ()):
            k = i + size
            if k > j:
                continue
            key = tuple(self.folded[i:k])
            if key in self.titles.roles:
                if size == 1 and k < j and self.folded[k] in _english_body_words():
                    continue  # "General Authority", "General Assembly": a body's name
                if (
                    size == 1
                    and k < j
                    and self.folded[k] in self.titles.admin_heads
                    and not self._regional(self.tokens[i].text)
                ):
                    continue  # "Ibu Kota Tana Toraja": a capital city, not the title "Ibu"
                # "Letkol Inf Candra Kurniawan": the corps after a rank is part of the role
                while (
                    k < j
                    and self.folded[k] in self.titles.rank_corps
                    and _is_cap(self.tokens[k].text)
                ):
                    k += 1
                return k, self.text[self.tokens[i].start : self.tokens[k - 1].end]
        return None

    def _role_before(self, i: int) -> tuple[str, tuple[str, ...]] | None:
        """A role phrase before token i, possibly followed by up to three lowercase
        modifiers: "pejabat senior [Hamas ...]", "juru bicara militer kelompok [Houthi ...]".

        Each step checks only the one modifier it adds (the ones after it passed already);
        most tokens end no role and cost one dict lookup."""
        tokens = self.tokens
        sizes_by_last = self.titles.role_sizes_by_last
        folded = self.folded
        # a role ends one to four words back, or there is none: most runs stop here
        if sizes_by_last.keys().isdisjoint(folded[max(0, i - 4) : i]):
            return None
        for modifiers in range(0, 4):
            if modifiers:
                if i < modifiers:
                    break
                text = tokens[i - modifiers].text
                if not _LOWER_WORD_RE.fullmatch(text) or _is_function_word(text, self.lang):
                    break
                if fold(text) in self.titles.admin_heads:
                    break  # "ibu kota [Provinsi X]": a capital city, not the title "Ibu"
            end = i - modifiers
            if end < 1:
                break
            sizes = sizes_by_last.get(self.folded[end - 1])
            if not sizes:
                continue
            mods = tokens[end:i]
            for size in sizes:
                a = end - size
                if a < 0:
                    continue
                key = tuple(self.folded[a:end])
                if key not in self.titles.roles:
                    continue
                toks = self.tokens[a:end]
                if any(not _WORDISH_RE.fullmatch(t.text) for t in toks):
                    continue
                span = [*toks, *mods]
                if any(
                    self.text[x.end : y.start] != " "
                    for x, y in zip(span, [*span[1:], self.tokens[i]], strict=True)
                ):
                    continue
                return self.text[toks[0].start : span[-1].end], key
        return None

    def _model_span_is(self, start: int, end: int, label: str) -> bool:
        """Whether the trained model found exactly [start, end) with ``label``."""
        return any(
            s == start and e == end and lab == label
            for s, e, lab in self.model_index.overlapping(start, end)
        )

    def _holder_past_body(self, start: int, folded_words: list[str]) -> bool:
        """Whether a chunk is the holder of a role whose body was just named before a comma
        ("kata juru bicara Bumi Air, | Rina Kusuma"): the role's body is taken, so
        a known given name opening two or more words is the person, whatever the model read."""
        return (
            len(folded_words) >= 2
            and folded_words[0] in _person_names()
            and self.text[start - 2 : start] == ", "
            and bool(self.found)
            and self.found[-1].label == "ORG"
            and self.found[-1].end == start - 2
        )

    def _model_label(self, start: int, end: int) -> str | None:
        best, overlap = None, 0
        for s, e, label in self.model_index.overlapping(start, end):
            o = min(e, end) - max(s, start)
            if o > overlap:
                best, overlap = label, o
        return best

    # -- main ------------------------------------------------------------------------
    def recognise(self) -> list[_Found]:
        pending_role: tuple[str, bool, int] | None = None  # role, is person cue, valid until
        vessel_words, event_tails = _vessel_words(), _in_every_language("titles", "event_tails")
        for i, j in self.runs():
            if self.tokens[i].start < self.skip_until:
                continue  # "Tbk" after "PT X (Persero)": already part of the company's name
            if is_degree(self.text, self.tokens[i].start, self.tokens[j - 1].end):
                continue  # "Hendri Chaniago, M.Si.": a degree, no name
            if i and self.folded[i - 1] in vessel_words and self._vessel_name(i, j):
                continue  # "the container ship Ever Harmony": a ship's name, no entity
            if j - i >= 2 and self.folded[j - 1] in event_tails:
                continue  # "ASEAN Club Championship", "Jakarta Marathon": an event, no entity
            if j - i > _MAX_RUN:
                # a dozen capitalised words in a row is Title Case text, not a name: only
                # known names count there
                span = (self.tokens[i].start, self.tokens[j - 1].end)
                if not self._in_title_case(span[0]):
                    insort(self.title_case_spans, span)
            before = self._role_before(i)
            role: str | None = None
            person_cue = from_comma = False
            if before:
                role = before[0]
                person_cue = True  # a role word before a name: the name is a person's
            elif pending_role and pending_role[2] >= self.tokens[i].start:
                role, person_cue, from_comma = pending_role[0], pending_role[1], True
            pending_role = None
            if not (j == i + 1 and self._plain_word(i)):
                role = self._segment(i, j, role, person_cue, from_comma)
            if role:
                # "PM Israel, Benjamin Netanyahu": the role reaches over one comma
                end_char = self.tokens[j - 1].end
                if self.text[end_char : end_char + 2] == ", ":
                    # a role word reaching over the comma cues the name after it
                    pending_role = (role, True, end_char + 2)
        return self.found

    @cached_property
    def common_acronyms(self) -> frozenset[str]:
        """Acronyms the text defines in brackets after lowercase words that spell them ("anak
        buah kapal (ABK)", "bahan bakar minyak (BBM)"): short forms of common nouns, no
        body's name wherever they stand."""
        out = set()
        for m in _BRACKETED_ACRONYM_RE.finditer(self.text):
            acronym = m.group(1)
            words = self.text[max(0, m.start() - 16 * len(acronym)) : m.start()].split()
            words = words[-len(acronym) :]
            if (
                len(words) == len(acronym)
                and all(w.isalpha() and w.islower() for w in words)
                and "".join(w[0] for w in words) == acronym.lower()
            ):
                out.add(acronym)
        return frozenset(out)

    def _name_before_role(self, role: str, start: int) -> bool:
        """Whether a capitalised word stands right before ``role``, which ends one space
        before ``start`` ("[Buriram] coach | Osmar Loss Vieira")."""
        at = start - len(role) - 1
        if self.lang != "en" or at < 2 or self.text[at - 1 : start - 1] != " " + role:
            return False  # (Indonesian writes the body after the role: "pelatih Persib X")
        k = self.index_of.get(self.text.rfind(" ", 0, at - 1) + 1)
        return (
            k is not None
            and _is_cap(self.tokens[k].text)
            and not _is_function_word(self.folded[k], self.lang)
        )

    def _vessel_name(self, i: int, j: int) -> bool:
        """Whether the run [i, j) names a vessel or a vehicle's make: right after a lowercase
        vessel or vehicle noun of one or two words ("tanker", "kapal kontainer", "helikopter
        Bell"), and no name the gazetteer knows ("pesawat Garuda Indonesia" is the airline)."""
        if i == 0 or not _LOWER_WORD_RE.fullmatch(self.tokens[i - 1].text):
            return False  # (most runs: one regex test)
        cues = _vessel_cues()
        prev = self.folded[i - 1]
        two = f"{self.folded[i - 2]} {prev}" if i >= 2 else ""
        if prev not in cues and two not in cues:
            return False
        return (
            self._gaz_match(i, j) is None
            and self.folded[i] not in self.titles.role_words
            # "sopir truk Slamet", "nakhoda kapal Budi": the vehicle's crew, then a person
            and not (i >= 2 and self._crew_before(i - (2 if two in cues else 1)))
        )

    def _crew_before(self, k: int) -> bool:
        """Whether the word before token k (a vehicle noun) names its crew or owner."""
        crew = _in_every_language("titles", "vehicle_crew")
        return k >= 1 and (
            self.folded[k - 1] in crew
            or (k >= 2 and f"{self.folded[k - 2]} {self.folded[k - 1]}" in crew)
        )

    def _plain_word(self, i: int) -> bool:
        """A lone capitalised function word ("Menurut", "Sementara", "The"): no rule can
        make it a name, so its run is skipped without segmenting it."""
        word = self.folded[i]
        return (
            _is_function_word(word, self.lang)
            and word not in _gaz_first_words()
            and word not in self.titles.role_sizes_by_first
            and word not in self.titles.misc_heads
            and not _is_acronym(self.tokens[i].text)
        )

    def _segment(
        self, i: int, j: int, role: str | None, person_cue: bool, from_comma: bool = False
    ) -> str | None:
        """Split one capitalised run into roles, known names and unknown chunks; returns a
        role that found no person in the run (it may apply after a comma, ``from_comma``)."""
        role_used = False
        office_firsts = self.office_firsts
        k = i
        chunk_start: int | None = None
        after_role = role is not None
        # the role took its office's region ("Kapolres X AKBP"); a role carried over a comma
        # had its region before it ("Kepala Desa Karanganyar, | Soekarni")
        region_in_role = from_comma

        def flush(end_tok: int) -> None:
            nonlocal chunk_start, role, role_used, after_role
            if chunk_start is None:
                return
            region_done = region_in_role
            if self._region_after_acronym(self.tokens[chunk_start:end_tok]):
                if self.folded[chunk_start] in self.titles.admin_heads:
                    # "Kepala BPBD Kabupaten Garut Rahmat Hidayat": the head and its name
                    name = self.tokens[chunk_start + 1]
                    eid = self.places.setdefault(fold(name.text), "LOC:" + slug(name.text))
                    s0 = self.tokens[chunk_start].start
                    self.found.append(_Found(s0, name.end, "LOC", eid))
                    chunk_start += 2
                else:
                    self._add_place(self.tokens[chunk_start])
                    chunk_start += 1
            pieces = self._pieces(chunk_start, end_tok)
            if (
                role
                and after_role
                and person_cue
                and len(pieces) >= 2
                and self._regional(role)
                and (
                    pieces[0][1] - pieces[0][0] == 1
                    or self.folded[pieces[0][1] - 1] in self.titles.compass_tails
                    or self._model_span_is(
                        self.tokens[pieces[0][0]].start, self.tokens[pieces[0][1] - 1].end, "LOC"
                    )
                )
            ):
                # "Bupati Garut | Rudy Gunawan", "Bupati Manggarai Barat | Stefanus ..." cut
                # by the model: the office's region first
                self._add_region(*pieces[0])
                pieces = pieces[1:]
                region_done = True
            elif (
                role
                and after_role
                and person_cue
                and self._body_role(role)
                and len(pieces) >= 2
                and self._body_before_name(pieces)
            ):
                # "pelatih Benfica | Bruno Lage" cut by the model after the body word: one
                # chunk again, which the body-role rule splits as body, then person
                pieces = [(pieces[0][0], pieces[-1][1])]
            elif (
                role
                and after_role
                and person_cue
                and len(pieces) == 2
                and self._given_name_cut(pieces, role)
            ):
                # "Mantan menteri Tarique | Husain Qadri": the model's cut after the first
                # word of the name that follows a role; the person is the whole name
                pieces = [(pieces[0][0], pieces[1][1])]
            elif (
                role
                and after_role
                and person_cue
                and self._body_before_name(pieces)
                # "Buriram coach Osmar Loss Vieira ... Osmar said": the body came first
                and not self._name_before_role(role, self.tokens[pieces[0][0]].start)
                # "chief commissioner Tan Sri Azlan Hashim ... Azlan said": the honour
                # stands right before its holder's name, never before a body
                and not _ends_in_honour(role)
            ):
                # "direktur olahraga Benfica Nuno Carvalho": the role's body, then the person
                tok = self.tokens[pieces[0][0]]
                if fold(tok.text) in self.titles.compass_tails:
                    self._add_place(tok)  # "Walikota Jakarta Barat Syamsul Huda"
                elif self._regional(role):
                    # "Bupati Toba Poltak Siregar" in a text naming "Kabupaten Toba": the
                    # word is the office's region; a given name after it opens the person's
                    # name ("Gubernur Mindoro | Oriental Carlo ...": no given name, the region
                    # may go on)
                    self._add_place(tok)
                    region_done = self.folded[pieces[0][0] + 1] in _person_names()
                else:
                    self.found.append(_Found(tok.start, tok.end, "ORG", "ORG:" + slug(tok.text)))
                # the model's cuts inside the rest followed the body word: the rest is one name
                pieces = [(pieces[0][0] + 1, pieces[-1][1])]
            for a, b in pieces:
                label_role = role if after_role else None
                used = self._unknown_chunk(
                    a, b, label_role, after_role and person_cue, region_done=region_done
                )
                if used and label_role:
                    # the role found its person; an ORG/LOC chunk leaves it for the next
                    # one ("Kepala BPBD Bekasi Andi Wijaya")
                    role_used, role, after_role = True, None, False
            chunk_start = None

        if j - i > 1 and self._dateline(self.tokens[i:j]):
            # "SAN PEDRO SULA, Honduras —": one place, not one acronym per word
            chunk_start = i
            flush(j)
            return None
        while k < j:
            word = self.folded[k]
            if _is_acronym(self.tokens[k].text) and self._initials(k):
                # "tersangka berinisial SF (34)", "MS (29)": a person the police name by
                # initials, never a body nor a title ("Ms")
                flush(k)
                tok = self.tokens[k]
                self.found.append(_Found(tok.start, tok.end, "PER", "PER:" + slug(tok.text)))
                self.initials.add(tok.text)
                k += 1
                continue
            if word in self.titles.misc_heads and chunk_start is None:
                # "KMP Sinar Bahari", "Commuter Line Bandung Raya": the rest of the run
                # names a vehicle or an event, not a person, body or place; but a known
                # body right after the word is the operator ("Pesawat [Garuda Indonesia]")
                operator = self._gaz_match(k + 1, j) if k + 1 < j else None
                known_body = operator is not None and self.gaz.entries[operator[1]].label == "ORG"
                # "Pesawat [Nusantara Air]": a body's name ending in its tail word too
                named_body = k + 1 < j and (
                    self._org_tail_within(k + 1, j)
                    # "Kapal [Angkatan Laut Ghana]": a vehicle of the body whose head word
                    # follows (an event's "Rapat Dewan Gubernur" stays one event)
                    or (
                        word in _vessel_words()
                        and (
                            self.folded[k + 1] in self.titles.org_heads
                            or self.folded[k + 1] in self.titles.company_heads
                        )
                    )
                )
                # a Title Case headline capitalises the words after a vehicle noun too
                # ("Kapal Kargo Berbendera Guinea Tenggelam"): only the noun is skipped
                title_case = word in _vessel_words() and (
                    self.title_mode or self._in_title_case(self.tokens[k].start)
                )
                if known_body or named_body or title_case:
                    k += 1
                else:
                    # "Direktur Operasi Laut Bakamla": a known body later in the run is still
                    # named (the event or operation before it is no entity)
                    k = next((x for x in range(k + 2, j) if self._known_body_at(x, j)), j)
                continue
            unit = self._office_unit(k, j) if word in office_firsts else 0
            if unit:
                # "Perum Bulog Kanwil | Jatim", "BPKP Perwakilan | Jawa Timur": a body's own
                # regional unit names nothing; the region after it is read on its own
                flush(k)
                k += unit
                continue
            if word in self.titles.company_heads and k + 1 < j:
                if chunk_start is not None and after_role and role:
                    # "Vice President Public Relations PT KAI": the words between a role
                    # and the company it is held in are part of the role
                    role = self.text[self._role_start(role, chunk_start) : self.tokens[k - 1].end]
                    chunk_start = None
                flush(k)
                k = self._company(k, j)
                continue
            r = self._role_at(k, j)
            if (
                r
                and chunk_start is not None
                and after_role
                and role
                and r[0] < j
                and _ends_in_honour(role)
            ):
                # "Tan Sri Azlan Hakim Hashim": an honour holds no office, so a role word
                # inside the name after it is a word of the name
                r = None
            if (
                r
                and chunk_start is not None
                and after_role
                and role
                and r[0] < j
                and self._name_token(r[0])
                and (
                    k - chunk_start <= 3
                    # "Direktur Reserse Kriminal Khusus Polda Metro Jaya Kombes X": a unit,
                    # then the regional office it belongs to, before the rank
                    or (
                        k - chunk_start <= 7
                        and any(
                            self.folded[x] in self.titles.regional_bodies
                            for x in range(chunk_start + 1, k)
                        )
                    )
                )
                # "Menag Lukman Hakim Saefuddin": a one-word title after a given name is a
                # word of the name, not a second role; a rank in capitals never is
                # ("Kapolres Samosir AKBP X": a region that is also a surname)
                and not (
                    self.folded[chunk_start] in _person_names()
                    and r[0] - k == 1
                    and not _is_acronym(self.tokens[k].text)
                )
                and not self._model_person_over(k, r[0])
            ):
                # "Kapolda Metro Jaya Irjen Karyoto": the words between two roles name the
                # first one's region or body, and the whole is the person's role
                if (
                    self._regional(role)
                    and (
                        self._known_region(chunk_start, k)
                        # "Kapolsek Kuta Kompol X": between an office and a rank, the office's
                        # region, known or not
                        or self._unknown_region(
                            self.tokens[chunk_start:k], self.folded[chunk_start:k]
                        )
                    )
                ):
                    self._add_region(chunk_start, k)  # "Kapolres Manggarai Barat AKBP X"
                role = self.text[self._role_start(role, chunk_start) : self.tokens[r[0] - 1].end]
                person_cue, chunk_start, region_in_role = True, None, True
                k = r[0]
                continue
            qualifier: int | None = None
            if r and chunk_start is not None:
                while chunk_start < k and _is_function_word(self.folded[chunk_start], self.lang):
                    chunk_start += 1  # "Menurut [Muhammad Hakim Lubis]"
                if chunk_start == k:
                    chunk_start = None
            if r and chunk_start is not None and r[0] < j and self._mid_role_ok(chunk_start, k, r):
                if (
                    self.lang == "en"
                    and self._regional(r[1])
                    and self._region_words(chunk_start, k)
                ):
                    # "Mercedes Mayor Tomás Vega": the words before a regional office name
                    # its region
                    self._add_region(chunk_start, k)
                    chunk_start = None
                elif k - chunk_start == 1 or self._names_a_unit(chunk_start, k):
                    # "Swedish Energy Minister Ingrid Larsson": a role after an adjective;
                    # "Kisumu County Commissioner X": after the place it serves
                    flush(k)
                else:
                    # "Interior Cabinet Secretary X": the words qualify the role
                    qualifier, chunk_start = chunk_start, None
            if r and chunk_start is None and r[0] < j and self._named_after_title(k, r[0], j):
                # "Sultan Hasanuddin International Airport": a place or body named after a
                # titled person keeps the title
                r = None
                chunk_start = k
            if r and chunk_start is None and r[0] == j:
                # "ujar Kepala Negara.", "said the Head of State": a role that ends the run
                # names an office, nobody's name; it may still title a name after a comma
                role, person_cue, after_role = r[1], True, True
                break
            if r and chunk_start is None and r[0] < j:
                # a capitalised role word: "Komandan Pasukan Quds Iran Esmail Qaani"
                new_role = r[1]
                if qualifier is not None:
                    new_role = self.text[self.tokens[qualifier].start : self.tokens[r[0] - 1].end]
                if role and after_role and (k > i or (from_comma and self._regional(role))):
                    # "Kapolda Sulawesi Raya Irjen X": a rank after an office and its region
                    # completes that office's role; so does one after the comma that ends
                    # them ("Kapolres Garut, AKBP X")
                    new_role = self.text[self._role_start(role, k) : self.tokens[r[0] - 1].end]
                role, person_cue, after_role = new_role, True, True
                k = r[0]
                continue
            known = self._known_at(k, j) if self.title_mode else None
            if known is not None:
                # "Lahore High Court Grants Bail": a longer name of the body wins over the
                # known place it starts with
                flush(k)
                end, (label, kid) = known
                s0, e0 = self.tokens[k].start, self.tokens[end - 1].end
                self.found.append(_Found(s0, e0, label, kid, how="body"))
                k = end
                continue
            g = self._gaz_match(k, j)
            if g:
                gk, eid = g
                entry = self.gaz.entries[eid]
                if (
                    entry.label == "LOC"
                    and gk < j
                    and self.folded[gk] in _in_every_language("titles", "event_tails")
                ):
                    # "Indonesia Open", "Japan Masters": an event named after a country is
                    # no mention of the country (events are not entities)
                    flush(k)
                    k = gk + 1
                    continue
                if (
                    entry.label == "ORG"
                    and chunk_start is not None
                    and self.folded[k - 1] in self.titles.compass_heads
                    and self._only_function_words(chunk_start, k - 1)
                ):
                    # "South Jakarta Metropolitan Police": a compass word before a known body
                    # names another body, the one of that part of the region
                    self._add_body(self.tokens[k - 1].start, self.tokens[gk - 1].end)
                    chunk_start = None
                    k = gk
                    continue
                if entry.label == "ORG" and self._named_with_known_body(chunk_start, k, gk):
                    # "Kataib Hizbullah": the article's body whose name ends with a known one
                    assert chunk_start is not None  # _named_with_known_body needs a chunk
                    s0, e0 = self.tokens[k - 1].start, self.tokens[gk - 1].end
                    if k - 1 > chunk_start:
                        flush(k - 1)
                    else:
                        chunk_start = None
                    self._add_body(s0, e0)
                    chunk_start = None
                    k = gk
                    continue
                if (
                    entry.label == "ORG"
                    and (chunk_start is None or self._only_function_words(chunk_start, k))
                    and gk < j
                    and (tail_end := self._tail_end(gk, j)) is not None
                    # "OPM Klaim Serang Pos ..." in a headline: capitalised verbs and nouns
                    # of the sentence, not words of a sponsor's longer name
                    and not (
                        self.title_mode
                        and any(_headline_word(self.folded[x]) for x in range(gk, tail_end[0]))
                    )
                ):
                    # "Pertamina Enduro VR46 Racing Team", "Pertamina Mandalika International
                    # Street Circuit": a known body (the sponsor) opens a longer name that
                    # ends in a body's or a place's tail word
                    end_tok, label = tail_end
                    chunk_start = None  # ("The ASEAN Football Federation": no name in "The")
                    s0, e0 = self.tokens[k].start, self.tokens[end_tok - 1].end
                    eid0 = f"{label}:" + slug(self.text[s0:e0])
                    self.found.append(_Found(s0, e0, label, eid0))
                    k = end_tok
                    continue
                if entry.label == "LOC" and self._body_of_place(chunk_start, k):
                    # "Supreme Court of Pakistan": a body named "of" a place is one name
                    assert chunk_start is not None  # _body_of_place needs a chunk
                    while _is_function_word(self.folded[chunk_start], self.lang):
                        chunk_start += 1  # "The Human Rights Commission of Pakistan"
                    cut = self._second_body(self.folded[chunk_start:gk])
                    if cut is not None:
                        # "Faculty of Agriculture | University of Nairobi"
                        self._unknown_chunk(chunk_start, chunk_start + cut, None, False)
                        chunk_start += cut
                    s0, e0 = self.tokens[chunk_start].start, self.tokens[gk - 1].end
                    self._add_body(s0, e0)
                    chunk_start = None
                    k = gk
                    continue
                if (
                    entry.label == "LOC"
                    and chunk_start is not None
                    and self.folded[k - 1] in self.titles.compass_heads
                    and all(
                        _is_function_word(self.folded[x], self.lang)
                        for x in range(chunk_start, k - 1)
                    )
                ):
                    # "South Jakarta": an English compass word names a part of the place
                    place_start, chunk_start = k - 1, None
                    org_end = self._org_name_after_place(gk, j)
                    end_tok = gk if org_end is None else org_end
                    s0, e0 = self.tokens[place_start].start, self.tokens[end_tok - 1].end
                    if org_end is None:
                        self.found.append(self._compass_place(place_start, gk, entry))
                    else:
                        eid0 = "ORG:" + slug(self.text[s0:e0])
                        self.found.append(_Found(s0, e0, "ORG", eid0))
                    k = end_tok
                    continue
                head_start = self._loc_heads_before(chunk_start, k)
                if (
                    head_start is not None
                    and entry.label == "LOC"
                    and self._head_place_ok(head_start, gk)
                    # "Angkatan Laut Kenya": the head word ends a body's name, not a place's
                    and not (
                        chunk_start is not None
                        and any(
                            self.folded[x] in self.titles.org_heads
                            for x in range(chunk_start, head_start)
                        )
                        and self.folded[head_start] not in self.titles.admin_heads
                    )
                ):
                    # "Selat Bali", "Provinsi Jawa Barat": the head word belongs to the place
                    flush(head_start)
                    end = gk
                    while end < j and (
                        self.folded[end] in self.titles.compass_tails
                        # "Gedung Nusantara III": a numeral ends the place's name
                        or (
                            end == gk
                            and end + 1 == j
                            and _ROMAN_RE.fullmatch(self.tokens[end].text)
                        )
                    ):
                        end += 1  # "Kecamatan Palu Barat": the compass word is the name's
                    self._head_place(head_start, gk, entry, end=end)
                    chunk_start = None
                    k = end
                    continue
                if (
                    entry.label == "ORG"
                    and gk < j
                    and self.folded[gk] in self.titles.body_qualifiers
                ):
                    # "Komisi Pemilihan Umum | Nasional Independen": qualifiers after a known
                    # body's name make another, longer body of that name
                    flush(k)
                    end = gk
                    while end < j and self.folded[end] in self.titles.body_qualifiers:
                        end += 1
                    s0, e0 = self.tokens[k].start, self.tokens[end - 1].end
                    self._add_body(s0, e0)
                    k = end
                    continue
                if entry.label == "ORG" and gk + 1 < j and self.folded[gk] in _AND_WORDS:
                    # "Dinas Pemadam Kebakaran dan Pertahanan Sipil": the run was joined over
                    # "dan" as one body's name (see _and_joins); the known body only opens
                    # it, and a known place after it ("... Sipil Bangladesh") is its own
                    flush(k)
                    end = gk + 1
                    while end < j and self._gaz_match(end, j) is None:
                        end += 1
                    s0, e0 = self.tokens[k].start, self.tokens[end - 1].end
                    self._add_body(s0, e0)
                    k = end
                    continue
                if entry.label == "LOC" and gk == j and self._town_ends_body(chunk_start, k):
                    # "RSUD Kartini Jepara": a body with a name of its own ends with its town
                    assert chunk_start is not None  # _town_ends_body needs a chunk
                    s0, e0 = self.tokens[chunk_start].start, self.tokens[gk - 1].end
                    self._add_body(s0, e0)
                    chunk_start = None
                    k = gk
                    continue
                if (
                    entry.label == "LOC"
                    and chunk_start == k - 1
                    and _CLUB_RE.fullmatch(self.tokens[k - 1].text)
                    and self.folded[k - 1] not in _common_words()  # "Perseteruan", "Persatuan"
                ):
                    # "Persib Bandung", "Persebaya Surabaya": an Indonesian football club
                    # ("Persatuan Sepak Bola ...") is named after its town, town and all
                    s0, e0 = self.tokens[k - 1].start, self.tokens[gk - 1].end
                    self._add_body(s0, e0)
                    chunk_start = None
                    k = gk
                    continue
                if self._place_named_org(chunk_start, k) and entry.label == "LOC":
                    # "Universitas Indonesia", "Bank Dunia": a body named after a place
                    assert chunk_start is not None  # _place_named_org needs a chunk
                    while _is_function_word(self.folded[chunk_start], self.lang):
                        chunk_start += 1
                    s0, e0 = self.tokens[chunk_start].start, self.tokens[gk - 1].end
                    eid0 = "ORG:" + slug(self.text[s0:e0])
                    self.found.append(_Found(s0, e0, "ORG", eid0, entry.country))
                    chunk_start = None
                    k = gk
                    continue
                org_end = self._org_name_after_place(gk, j)
                lead_ok = chunk_start is None or all(
                    _is_function_word(self.folded[x], self.lang)
                    # "Penumpang [Nusantara Air]": an ordinary word opening the sentence
                    or (self.lang == "id" and self.folded[x] in _common_words())
                    for x in range(chunk_start, k)
                )
                if (
                    entry.label == "LOC"
                    and org_end is not None
                    and not lead_ok
                    and not (after_role and role)
                    and self._name_lead(chunk_start, k)
                ):
                    # "the Free Papua Movement": the place sits inside the body's name
                    assert chunk_start is not None  # not lead_ok: a chunk before the place
                    s0, e0 = self.tokens[chunk_start].start, self.tokens[org_end - 1].end
                    self._add_body(s0, e0)
                    chunk_start = None
                    k = org_end
                    continue
                if entry.label == "LOC" and lead_ok and org_end is not None:
                    chunk_start = None  # only "The" before it
                    # "United States Maritime Alliance": a body named after a place
                    s0, e0 = self.tokens[k].start, self.tokens[org_end - 1].end
                    self._add_body(s0, e0)
                    k = org_end
                    continue
                tail = gk
                tails = self.titles.loc_tails
                if self._running_text(self.tokens[k].start):
                    tails = self.titles.any_tails
                while tail < j and self.folded[tail] in tails:
                    tail += 1
                if (
                    entry.label == "LOC"
                    and tail > gk
                    and (chunk_start is None or not (after_role and role))
                ):
                    # "Bali Strait", "Aceh Province", "[Polres Metro] Jakarta Selatan"
                    flush(k)
                    self._tail_place(k, tail, entry)
                    k = tail
                    continue
                if (
                    chunk_start is not None
                    and after_role
                    and role
                    and entry.label in ("LOC", "ORG")
                    and gk < j
                    and not any(_is_acronym(t.text) for t in self.tokens[chunk_start:k])
                    # "Kepala Kejati Jatim X": a regional office is a body of its own
                    and not (
                        k - chunk_start == 1
                        and self.folded[chunk_start] in self.titles.regional_bodies
                    )
                ):
                    # "Menteri Energi Swedia Ingrid Larsson": the words between a role and a
                    # known place or body are part of the role
                    role = self.text[self._role_start(role, chunk_start) : self.tokens[k - 1].end]
                    chunk_start = None
                    if entry.label == "LOC" and tail > gk:
                        self._tail_place(k, tail, entry)  # "Kapolres Metro Jakarta Selatan"
                        k = tail
                        continue
                else:
                    flush(k)
                s, e = self.tokens[k].start, self.tokens[gk - 1].end
                f = _Found(s, e, entry.label, eid, entry.country, how="gazetteer")
                if entry.label == "PER" and role:
                    f.role, role, role_used = role, None, True
                elif entry.label == "LOC" and role and after_role and self._regional(role):
                    # "Bupati Manggarai Barat | Stefanus ...": the office has its region; the
                    # name after it is the person's, not a second region
                    region_in_role = True
                    if gk == j:
                        # "Kapolres Garut, AKBP X": the office and its region before the comma
                        role = self.text[self._role_start(role, k) : e]
                self.found.append(f)
                k = gk
                if entry.label == "ORG" and (
                    (k == j - 1 and self._office_place(k))
                    or (
                        k < j
                        and self._running_text(self.tokens[k].start)
                        and self._region_ends_run(fold(self.text[s:e]), k, j)
                    )
                ):
                    # "Basarnas Maumere": the body's office there; the town a body with
                    # regional offices serves is one whatever the gazetteer knows
                    self._add_region(k, j)
                    k = j
                continue
            if self.text[self.tokens[k].end : self.tokens[k].end + 1] == "$":
                flush(k)
                k += 1
                continue  # "US$", "S$": a currency sign
            if (
                chunk_start == k - 1
                and self.folded[k] in self.titles.regional_bodies
                and self.folded[k - 1] in _in_every_language("titles", "team_heads")
            ):
                chunk_start = None  # "Tim BPBD Kabupaten X": the team of a body is that body
            if (
                _is_acronym(self.tokens[k].text)
                and not self._all_org_heads(chunk_start, k)
                and not self._org_tail_ahead(k, j)
                and not (chunk_start is None and k + 1 < j and word in self.titles.org_heads)
                # "Selangor FC", "Acme LLC": an acronym that is a body's tail word ends it
                and not (chunk_start is not None and word in self.titles.org_tails)
                # "Kecamatan VII Koto", "Gedung Nusantara II": a Roman numeral inside a
                # place's name
                and not (
                    chunk_start is not None
                    and (
                        self.folded[k - 1] in self.titles.loc_heads
                        or self.folded[chunk_start] in self.titles.loc_heads
                    )
                    and _ROMAN_RE.fullmatch(self.tokens[k].text)
                )
                # "Bundaran HI", "Jalan MH Thamrin": an unknown acronym right after a place's
                # head word is the place's name (a known body there is found before:
                # "Gedung | DPR")
                # (a building after an acronym is the body's: "Gedung SESDM")
                and not (
                    chunk_start == k - 1
                    and self.folded[k - 1] in self.titles.loc_heads
                    and self.folded[k - 1] not in self.titles.admin_heads
                    and self.folded[k - 1] not in _BODY_BUILDING_HEADS
                )
            ):
                # (an acronym that heads a body's name starts that name instead: "RSUD
                # Sekarwangi", "PT Lumora Dana" are one organisation)
                # an acronym is an organisation of its own: "Kepala BPBD Garut Rahmat ..."
                flush(k)
                chunk_start = k
                flush(k + 1)
                k += 1
                if self._region_ends_run(word, k, j):
                    # "BPBD Masohi", "KBRI Muskat": the town a regional office serves,
                    # ending the run, is a place whatever the gazetteer knows ("Polres Sikka")
                    self._add_region(k, j)
                    k = j
                continue
            if chunk_start is None:
                chunk_start = k
            k += 1
        flush(j)
        return None if role_used else role

    def _named_with_known_body(self, chunk_start: int | None, k: int, gk: int) -> bool:
        """Whether the one unknown word before the known body at [k, gk) is part of another
        body's name: the article writes the two together at least twice ("Kataib Hizbullah"
        is an Iraqi militia, not "Hizbullah"), never the word alone. Roles, heads, given names
        and known names are excluded ("Juru bicara Hamas", "Kepala BPBD")."""
        if chunk_start is None or k - chunk_start < 1:
            return False
        tok = self.tokens[k - 1]
        word = self.folded[k - 1]
        if (
            not _is_cap(tok.text)
            or _is_acronym(tok.text)
            or word in self.titles.heads
            or word in self.titles.role_words
            or word in _person_names()
            or word in _gaz_first_words()
            or _is_function_word(word, self.lang)
        ):
            return False
        name = self.text[tok.start : self.tokens[gk - 1].end]
        if self.text.count(name) < 2:
            return False  # (a plain count first: most words stand before the body once)
        together = len(_whole_word_re(name).findall(self.text))
        alone = len(_whole_word_re(tok.text).findall(self.text))
        return together >= 2 and alone == together

    def _given_name_cut(self, pieces: list[tuple[int, int]], role: str) -> bool:
        """Whether a one-word piece after a role, cut by the model from the person's name after
        it, opens that name: no office with a region or a body ("Bupati Garut | X", "pelatih
        Persib | X"), no head word, acronym or known name, no word the article writes alone
        elsewhere (that is the role's body, see _body_before_name)."""
        (a, b), (c, d) = pieces
        if b - a != 1 or d - c < 2 or self._regional(role) or self._body_role(role):
            return False
        word = self.folded[a]
        return (
            _is_cap(self.tokens[a].text)
            and not _is_acronym(self.tokens[a].text)
            and word not in self.titles.heads
            and word not in self.titles.role_sizes_by_first
            and word not in _gaz_first_words()
            and self._model_span_is(self.tokens[c].start, self.tokens[d - 1].end, "PER")
            and not self._body_before_name(pieces)
        )

    def _body_before_name(self, pieces: list[tuple[int, int]]) -> bool:
        """Whether the first word after a role names the role's body, not the person: the
        article writes that word elsewhere on its own ("Benfica resmi merekrut ...", then
        "kata direktur olahraga Benfica Nuno Carvalho"), and a name of two or more words
        follows it (the model's cuts inside the run are not trusted there)."""
        if not pieces:
            return False
        a, end = pieces[0][0], pieces[-1][1]
        if not 3 <= end - a <= 5:
            return False  # a body word, then a name of two to four words
        if _tail_word(self.folded[end - 1]) in self.titles.org_tails:
            return False  # "Ketua Mandalika Grand Prix Association": one body's name
        word, nxt = self.tokens[a].text, self.tokens[a + 1].text
        heads = self.titles.heads
        if fold(word) in self.titles.role_sizes_by_first or fold(word) in heads:
            return False  # "Ketua Tim Pemenangan X": a head word opens the body's name
        if not _is_cap(word) or fold(word) in _person_names():
            return False  # "Kombes Budi Hartono", then "kata Budi": a first name, not a body
        for m in _whole_word_re(word).finditer(self.text):
            if m.start() == self.tokens[a].start:
                continue
            if not self.text[m.end() :].lstrip(" ").startswith(nxt) and not (
                _SPEAKER_BEFORE_RE.search(self.text, max(0, m.start() - 16), m.start())
            ):
                return True  # (not "kata Jonner", "Menurut Jonner": a person speaks there)
        return False

    def _role_start(self, role: str, chunk_start: int) -> int:
        """Where the current role text starts (it ends right before ``chunk_start``)."""
        end = self.tokens[chunk_start].start
        pos = self.text.rfind(role, 0, end)
        return pos if pos >= 0 else self.tokens[chunk_start].start

    def _org_tail_ahead(self, k: int, j: int) -> bool:
        """ "BC Wildfire Service": an acronym that opens a name ending in an organisation
        word stays inside that name."""
        end = k + 1
        while end < j and self._gaz_match(end, j) is None:
            end += 1
        return end - k >= 2 and self.folded[end - 1] in self.titles.org_tails

    def _office_unit(self, k: int, j: int) -> int:
        """How many words at token k (before ``j``) name a body's regional unit right after
        the body ("[Perum Bulog] Kanwil", "[BPKP] Perwakilan"), followed by its region; 0
        if none."""
        if not self.found or self.found[-1].end != self.tokens[k - 1].end:
            return 0  # (not right after a name just found)
        units = _in_every_language("titles", "office_units")
        for n in (2, 1):
            if k + n < j and " ".join(self.folded[k : k + n]) in units:
                return n
        return 0

    def _only_function_words(self, a: int, b: int) -> bool:
        """Whether the tokens [a, b) are all function words ("The")."""
        return all(_is_function_word(self.folded[x], self.lang) for x in range(a, b))

    def _tail_end(self, gk: int, j: int) -> tuple[int, str] | None:
        """End token and label of up to five capitalised words from token ``gk`` (before
        ``j``) whose last is a body's tail word ("Enduro VR46 Racing Team": ORG) or, in
        English, a venue's ("Mandalika International Street Circuit": LOC); or None."""
        end = None
        # (English venue names stand in Indonesian text as they are)
        loc_tails = titles_of("en").loc_tails
        for x in range(gk, min(j, gk + 5)):
            if not _is_cap(self.tokens[x].text) or self._gaz_match(x, j) is not None:
                break
            word = _tail_word(self.folded[x])
            if word in self.titles.org_tails:
                end = (x + 1, "ORG")
            elif word in loc_tails and word not in self.titles.admin_heads:
                end = (x + 1, "LOC")
        if (
            end is not None
            and end[1] == "ORG"
            and end[0] + 1 < j
            and self.folded[end[0]] in ("for", "of")
            and _is_cap(self.tokens[end[0] + 1].text)
        ):
            end = (j, "ORG")  # "WHO Regional Office for South-East Asia": the body's field
        return end

    def _name_lead(self, a: int | None, k: int) -> bool:
        """Tokens [a, k) before a known place can open a body's name ("Free [Papua]
        Movement"): one or two capitalised words, no given name, role, head or acronym."""
        if a is None or not 1 <= k - a <= 2:
            return False
        return all(
            _is_cap(self.tokens[x].text)
            and not _is_acronym(self.tokens[x].text)
            and self.folded[x] not in _person_names()
            and self.folded[x] not in self.titles.role_sizes_by_first
            and self.folded[x] not in self.titles.heads
            and not _is_function_word(self.folded[x], self.lang)
            for x in range(a, k)
        )

    def _org_name_after_place(self, gk: int, j: int) -> int | None:
        """End token of capitalised words after a known place that end in an organisation
        word ("[United States] Maritime Alliance", "[UK] Maritime Trade Operations")."""
        if gk < j and self.tokens[gk].text in _POSSESSIVE_MARKS:
            return None  # "Kenya's High Court": the place's own body, not one named after it
        if self.title_mode:
            return None
        end = gk
        while end < j and (
            # (an acronym ends the name, unless it is a tail word: "Selangor FC")
            not _is_acronym(self.tokens[end].text) or self.folded[end] in self.titles.org_tails
        ):
            inner = self._gaz_match(end, j)
            if inner is None:
                end += 1
            elif self.gaz.entries[inner[1]].label != "ORG":
                break
            elif end > gk and _tail_word(self.folded[end - 1]) in self.titles.org_tails:
                return end  # "[Nusantara] Air | Boeing 737": a second body after the name
            else:
                end = inner[0]  # "[Kenya] Red Cross Society": a known body inside the name
        if end > gk and _tail_word(self.folded[end - 1]) in self.titles.org_tails:
            return end
        return None

    def _company(self, k: int, j: int) -> int:
        """ "PT Garuda Indonesia (Persero) Tbk", "PT Sinar Rasa Nusantara": a legal form, the
        rest of the run (up to a person the model sees there), and a "(Persero)" and "Tbk"
        after it are one company; it keeps the id of the known body it names. An acronym
        is the whole name ("PT KAI [Joni Martinus]"). Returns the token after the name."""
        offices = self.titles.regional_bodies | _in_every_language("titles", "office_units")
        end = next(
            (
                t
                for t in range(k + 2, j)
                if self.folded[t] in _currency_prefixes()
                or self.folded[t] in offices
                or (t + 1 < j and f"{self.folded[t]} {self.folded[t + 1]}" in offices)
            ),
            j,
        )
        # ("PT Sukses Makmur Rp 6 triliun": a currency sign ends the name; "Perum Bulog
        # Kanwil Jatim", "PT KAI Daop 6": so does the regional office of the company)
        if _is_acronym(self.tokens[k + 1].text):
            end = k + 2
            while end < j and self.folded[end] in self.titles.org_tails:
                end += 1
        for s, _e, label in self.model_index.overlapping(
            self.tokens[k].start, self.tokens[j - 1].end
        ):
            t = self.index_of.get(s)
            if label == "PER" and t is not None and k + 1 < t < end:
                end = t  # "Direktur PT Sinar Rasa Budi Santoso": the person is no part of it
        core_end = end
        while core_end > k + 1 and self.folded[core_end - 1] in self.titles.org_tails:
            core_end -= 1  # "Tbk"
        s0, e0 = self.tokens[k].start, self.tokens[end - 1].end
        m = _STATE_FORM_RE.match(self.text, e0)
        if m is not None and end == j:
            e0 = m.end()
            self.skip_until = e0
        name = self.text[self.tokens[k + 1].start : self.tokens[core_end - 1].end]
        entry = self.gaz.lookup(name)
        eid = entry.id if entry is not None and entry.label == "ORG" else "ORG:" + slug(name)
        self.found.append(_Found(s0, e0, "ORG", eid, how="rule"))
        return end

    def _known_at(self, k: int, j: int) -> tuple[int, tuple[str, str]] | None:
        """In a headline, the longest name of two or more words the body knows starting at
        token k: (end token, (label, id))."""
        for end in range(min(j, k + _MAX_RUN), k + 1, -1):
            hit = self.known.get(" ".join(self.folded[k:end]))
            if hit is not None:
                return end, hit
        return None

    def _compass_place(self, a: int, b: int, entry: Entry) -> _Found:
        """ "South Jakarta" [a, b): the part of the place the compass word names, with the id
        that "Jakarta Selatan" gets (the gazetteer's, or the one _tail_place gives it)."""
        s0, e0 = self.tokens[a].start, self.tokens[b - 1].end
        other, known = self._compass_name(self.text[self.tokens[a + 1].start : e0], self.folded[a])
        if known is not None:
            return _Found(s0, e0, "LOC", known.id, known.country, how="gazetteer")
        return _Found(s0, e0, "LOC", "LOC:" + slug(other), entry.country, how="gazetteer")

    def _compass_name(self, place: str, compass: str) -> tuple[str, Entry | None]:
        """The Indonesian name of "<compass> <place>" ("South Jakarta" -> "Jakarta Selatan")
        and its known place, if any. A city's centre is "Pusat", a province's "Tengah"
        ("Central Jakarta" is "Jakarta Pusat", "Central Java" "Jawa Tengah")."""
        word = self.titles.compass_heads[compass]
        for other in (f"{place} {word}", f"{place} Pusat" if word == "Tengah" else ""):
            known = self.gaz.lookup(other) if other else None
            if known is not None and known.label == "LOC":
                return other, known
        return f"{place} {word}", None

    def _body_of_place(self, a: int | None, k: int) -> bool:
        """Whether the chunk [a, k) is a body's name ending in "of" before the place at k
        ("[Supreme Court of] Pakistan", "[Bank of] England"): the place is part of the name."""
        if a is not None and k - a >= 3 and self.folded[k - 2 : k] == ["of", "the"]:
            k -= 1  # "[Union Bank of the] Philippines": a country named with its article
        if a is None or k - a < 2 or self.folded[k - 1] != "of":
            return False
        body_words = self.titles.org_heads | self.titles.org_tails
        return self.folded[k - 2] in body_words or self.folded[a] in body_words

    def _head_place_ok(self, a: int, b: int) -> bool:
        """Whether "Selat Bali" / "Pelabuhan AS" is one place name. In Title Case every
        word is capitalised ("Pelabuhan AS" = the US ports), so there the whole name must
        also be written in the body."""
        if self.title_mode or self._in_title_case(self.tokens[a].start):
            return " ".join(self.folded[a:b]) in self.known
        return True

    def _mid_role_ok(self, chunk_start: int, k: int, r: tuple[int, str]) -> bool:
        """A role may start inside a chunk after one word that qualifies it ("Swedish Energy
        Minister", "Transportation Secretary Pete Buttigieg") when a name follows."""
        if not (1 <= k - chunk_start <= 3 and r[0] < len(self.tokens) and self._name_token(r[0])):
            return False
        words = self.folded[chunk_start:k]
        if any(w in self.titles.org_heads for w in words):
            return False  # "Rapat Dewan Gubernur": a body's name
        if self._model_person_over(k, r[0]):
            return False  # "[Menkop] Rizal Hakim Siregar": the model reads one person
        if words[0] in self.titles.loc_heads:
            return False  # "Jalan Jenderal Sudirman", "Bandara Sultan Hasanuddin": a place
        # "Abdul Hakim Nasution", "[Menag] Lukman Hakim Saefuddin": a role word after a
        # given name is part of the name
        return self._regional(r[1]) or not any(w in _person_names() for w in words)

    def _model_person_over(self, a: int, b: int) -> bool:
        """Whether the model reads the words [a, b) (a title word) inside a person's name
        that starts before them ("Rizal [Hakim] Siregar")."""
        lo, hi = self.tokens[a].start, self.tokens[b - 1].end
        return any(
            label == "PER" and s < lo and e >= hi
            for s, e, label in self.model_index.overlapping(lo, hi)
        )

    def _named_after_title(self, k: int, after: int, j: int) -> bool:
        """Whether the run ends, after a one-word title at k and the name that follows it, in
        a place's or body's tail word ("[Sultan] Hasanuddin International Airport", "[King]
        Fahd University"): the title is part of that name ("Vice President Data Center &
        ..." is a role and its unit)."""
        last = self.folded[j - 1]
        return (
            after - k == 1
            and j - after >= 2
            and (last in self.titles.loc_tails or _tail_word(last) in self.titles.org_tails)
            # a title places are named after ("Sultan", "King"); "Ketua Mandalika Grand Prix
            # Association" is an office and the body it heads
            and self.folded[k] in _in_every_language("titles", "naming_titles")
        )

    def _names_a_unit(self, a: int, b: int) -> bool:
        """Whether the words [a, b) before a role name a place or body by themselves (a
        known name, or a place or body word in them: "Kisumu County")."""
        words = self.folded[a:b]
        return (
            self._gaz_match(a, b) is not None
            or words[0] in self.titles.heads
            or words[-1] in self.titles.any_tails
            or _tail_word(words[-1]) in self.titles.org_tails
        )

    def _known_body_at(self, k: int, j: int) -> bool:
        """Whether a body the gazetteer knows starts at token k (and ends by j)."""
        g = self._gaz_match(k, j)
        return g is not None and self.gaz.entries[g[1]].label == "ORG"

    def _opens_body_before(self, tok: Token, start: int) -> bool:
        """Whether ``tok`` starts with the first letter of the body found right before the
        bracket at ``start`` ("Pusat Pengendalian Operasi (Pusdalops)")."""
        body = next((f for f in reversed(self.found) if f.end == start - 2), None)
        return body is not None and self.text[body.start] == tok.text[0]

    def _acronym_of_body(self, start: int, end: int) -> bool:
        """An acronym in brackets right after a body's name is that body: found with the
        body's id, so "(ANSV)" and "Badan Nasional Keselamatan Jalan" are one referent."""
        if self.text[start - 2 : start] != " (" or self.text[end : end + 1] != ")":
            return False
        body = next((f for f in reversed(self.found) if f.end == start - 2), None)
        while body is not None and body.label == "LOC":
            # "Asosiasi Eksportir Garmen Bangladesh (BGMEA)": the body before its place
            place = body
            body = next((f for f in reversed(self.found) if f.end == place.start - 1), None)
        if body is None or body.label != "ORG":
            return False
        eid = body.referent(self.text)
        self.found.append(_Found(start, end, "ORG", eid, body.country, how="rule"))
        return True

    def _region_words(self, a: int, b: int) -> bool:
        """Whether the words [a, b) before a regional office can name its region: prose (not
        a headline, where every word is capitalised), no ordinary word ("Tetapkan"), no
        adjective ("Provincial Governor", "Regional Director") or demonym."""
        if self.title_mode or self._in_title_case(self.tokens[a].start):
            return False
        last = self.folded[b - 1]
        return not (
            last in _common_words()
            or last.endswith("al")
            or self._demonym(last)
            or _is_function_word(last, self.lang)
        )

    def _doc_place_name_at(self, words: list[str]) -> int:
        """How many words at the start of ``words`` are a place name of two or three words
        the article writes after an administrative head ("Desa Golo Mori"); 0 if none."""
        for n in (3, 2):
            if len(words) >= n and self.doc_place_names.get(" ".join(words[:n])) == n:
                return n
        return 0

    def _office_place(self, k: int) -> bool:
        """Whether the one word after a known body ends its run as the place of the body's
        office ("Basarnas [Maumere]"): a place of the article or of the model's reading."""
        tok = self.tokens[k]
        return (
            self._running_text(tok.start)
            and self.folded[k] not in self.titles.org_tails
            and (
                self.folded[k] in self.doc_places or self._model_span_is(tok.start, tok.end, "LOC")
            )
        )

    def _regional_role_after(self, tok: Token) -> bool:
        """Whether a lowercase office written after its region follows the token, one space
        on ("police chief", "regent"; ``region_before_roles``)."""
        k = self.index_of[tok.start] + 1
        tokens = self.tokens
        if k >= len(tokens) or tokens[k].start != tok.end + 1 or _is_cap(tokens[k].text):
            return False
        if self.folded[k] not in self.titles.role_sizes_by_first:
            return False
        r = self._role_at(k, min(len(tokens), k + self.titles.max_role))
        return r is not None and fold(r[1]) in _in_every_language("titles", "region_before_roles")

    def _field_and_field(self, end: int) -> bool:
        """Whether "dan"/"and" and one more capitalised field word, which is no role or
        given name, follow offset ``end`` and end the name ("[Pemuda] dan Olahraga")."""
        text = self.text
        if not (text.startswith(" dan ", end) or text.startswith(" and ", end)):
            return False
        m = _UNIT_AND_RE.match(text, end)
        if m is None:
            return False
        word = fold(m.group(1))
        return word not in self.titles.role_sizes_by_first and word not in _person_names()

    def _given_name_opens(self, words: list[str]) -> bool:
        """ "holding off Álex de la Riva": a known given name and a surname after a weak
        place cue ("off", "to", "from") are a person, not a place."""
        return (
            2 <= len(words) <= 4
            and words[0] in _person_names()
            and not any(w in self.titles.loc_words_after or w in self.titles.heads for w in words)
        )

    def _initials_of_a_body(self, acronym: str) -> bool:
        """Whether ``acronym`` spells the capitalised initials of a body found so far."""
        for f in self.found:
            if f.label == "ORG":
                words = self.text[f.start : f.end].split()
                if len(words) == len(acronym) or len(words) > 2:
                    initials = "".join(w[0] for w in words if w[:1].isupper())
                    if initials == acronym:
                        return True
        return False

    def _known_place_after(self, tok: Token) -> bool:
        """Whether a known place's name starts at the token after ``tok``, one space on."""
        k = self.index_of[tok.start] + 1
        if k >= len(self.tokens) or self.tokens[k].start != tok.end + 1:
            return False
        g = self._gaz_match(k, len(self.tokens))
        return g is not None and self.gaz.entries[g[1]].label == "LOC"

    def _region_ends_run(self, office: str, k: int, j: int) -> bool:
        """Whether the one or two capitalised words [k, j) after a regional office's acronym
        end the run and name the region it serves (``_unknown_region``)."""
        return (
            office in self.titles.regional_bodies
            and 1 <= j - k <= 2
            and self._unknown_region(self.tokens[k:j], self.folded[k:j])
        )

    def _unknown_region(self, toks: list[Token], words: list[str]) -> bool:
        """ "Polsek Pujut": one or two capitalised words after a regional office that name
        no body, head, person or the office itself ("Polda Metro Jaya") are the region it
        serves, known or not."""
        return (
            1 <= len(toks) <= 2
            and " ".join(words) not in _in_every_language("titles", "regional_body_names")
            and words[0] not in _person_names()
            and all(
                _is_cap(t.text)
                and not _is_acronym(t.text)
                and w not in self.titles.heads
                and w not in self.titles.role_sizes_by_first
                and not any(map(str.isdigit, w))
                for t, w in zip(toks, words, strict=True)
            )
        )

    def _known_region(self, a: int, b: int) -> bool:
        """Whether the words [a, b) are a place the article or the gazetteer knows, or end
        in a compass word ("Manggarai Barat"; not "Metro Jaya")."""
        return (
            self.folded[a] in self.doc_places
            or self.folded[b - 1] in self.titles.compass_tails
            or self._gaz_match(a, b) is not None
        )

    def _add_region(self, a: int, b: int) -> None:
        """The region [a, b) of a regional office written before it ("Mercedes Mayor")."""
        s0, e0 = self.tokens[a].start, self.tokens[b - 1].end
        entry = self.gaz.lookup(self.text[s0:e0])
        if entry is not None and entry.label == "LOC":
            self.found.append(_Found(s0, e0, "LOC", entry.id, entry.country, how="gazetteer"))
        else:
            name = fold(self.text[s0:e0])
            self.places.setdefault(name, "LOC:" + slug(self.text[s0:e0]))
            self.found.append(_Found(s0, e0, "LOC", self.places[name], how="cue"))

    def _place_named_org(self, a: int | None, b: int) -> bool:
        if a is None or a >= b:
            return False
        while a < b and _is_function_word(self.folded[a], self.lang):
            a += 1  # "Di [Bursa Efek] Indonesia"
        words = self.folded[a:b]
        return (
            bool(words)
            and words[0] in self.titles.place_named_heads
            and all(
                w in self.titles.place_named_heads or w in self.titles.connectors for w in words
            )
        )

    def _town_ends_body(self, a: int | None, k: int) -> bool:
        """Tokens [a, k) are an acronym body head and the body's own name ("RSUD
        Kartini"), so the known town after them, ending the run, is the name's last word.
        A regional office ("Polres Metro") serves the place after it instead."""
        if a is None or k - a < 2:
            return False
        head = self.folded[a]
        return (
            head in self.titles.org_heads
            and head not in self.titles.regional_bodies
            and _is_acronym(self.tokens[a].text)
            and all(
                _is_cap(self.tokens[x].text)
                and not _is_acronym(self.tokens[x].text)
                and self.folded[x] not in self.titles.heads
                for x in range(a + 1, k)
            )
        )

    def _all_org_heads(self, a: int | None, b: int) -> bool:
        if a is None or a >= b:
            return False
        return all(fold(t.text) in self.titles.org_heads for t in self.tokens[a:b])

    def _tail_place(self, a: int, b: int, entry: Entry) -> None:
        s, e = self.tokens[a].start, self.tokens[b - 1].end
        tails = set(self.folded[a:b]) & self.titles.any_tails
        eid = entry.id if tails <= self.titles.admin_heads else "LOC:" + slug(self.text[s:e])
        self.found.append(_Found(s, e, "LOC", eid, entry.country, how="gazetteer"))

    def _loc_heads_before(self, a: int | None, b: int) -> int | None:
        """Start of the place head words ("Selat", "Provinsi") that end the chunk [a, b)."""
        if a is None or a >= b:
            return None
        start = b
        while start > a and self.folded[start - 1] in self.titles.loc_heads:
            start -= 1
        return start if start < b else None

    def _head_place(self, a: int, b: int, entry: Entry, *, end: int | None = None) -> None:
        """The place of head words ``[a, …)`` and the known name ending at ``b``; ``end``
        past ``b`` adds compass words, which make it another place than the known one."""
        end = b if end is None else end
        s, e = self.tokens[a].start, self.tokens[end - 1].end
        heads = [w for w in self.folded[a:b] if w in self.titles.loc_heads]
        if end > b:
            # "Kecamatan Palu Barat" is Palu Barat, not Palu; a later "Palu Barat" joins it
            first = a + len(heads)
            name = self.text[self.tokens[first].start : e]
            eid = "LOC:" + slug(name)
            self.places[fold(name)] = eid
        elif all(h in self.titles.admin_heads for h in heads):
            eid = entry.id  # "Provinsi Jawa Barat" is Jawa Barat
        else:
            eid = "LOC:" + slug(self.text[s:e])  # "Selat Bali" is not Bali
        self.found.append(_Found(s, e, "LOC", eid, entry.country, how="gazetteer"))

    def _pieces(self, a: int, b: int) -> list[tuple[int, int]]:
        """Split tokens [a, b) where the trained model puts entity boundaries inside them.

        The model is trusted only where it agrees with the chunk's edges: a model span that
        crosses an edge ("BPBD Garut Rachmat" as one ORG) means its inner boundaries are
        unreliable too, so such a chunk stays whole. Head words ("Kantor", "Universitas")
        are never cut from the name they start.
        """
        if not self.model_spans:
            return [(a, b)]
        lo, hi = self.tokens[a].start, self.tokens[b - 1].end
        spans = self.model_index.overlapping(lo, hi)
        if any(s < lo < e or s < hi < e for s, e, _ in spans):
            return [(a, b)]
        if (m := _SHORT_AFTER_RE.match(self.text, hi)) and m.group(1)[0] == self.text[lo]:
            # "Direktorat Reserse Kriminal Khusus (Ditreskrimsus)": the short form after the
            # run names all of it; the model's cuts inside are not trusted
            return [(a, b)]
        heads = self.titles.heads
        first_free = a
        while first_free < b:
            if self.folded[first_free] in heads:
                first_free += 1
            elif (
                first_free + 1 < b
                and f"{self.folded[first_free]} {self.folded[first_free + 1]}" in heads
            ):
                first_free += 2  # "Pondok Pesantren | Nurul Huda": a two-word head
            else:
                break
        cuts = {a, b}
        for s, e, _ in spans:
            for pos, side in ((s, "start"), (e, "end")):
                t = self.index_of.get(pos) if side == "start" else self.ends_at.get(pos)
                if t is None:
                    continue
                cut = t if side == "start" else t + 1
                if (
                    first_free < cut < b
                    and not self._joins_a_name(cut)
                    # "Warga Distrik | Dahana": an admin head word belongs to the name after it,
                    # a title kept inside a name to the name it titles ("Jalan Jenderal | X")
                    and self.folded[cut - 1] not in self.titles.admin_heads
                    and (self.folded[cut - 1],) not in self.titles.roles
                    # "Abu | Husein al-Hamidawi", "Bin | Salman": a kunya or name particle
                    # opens the name after it, capitalised or not
                    and not (
                        self._connector(cut - 1)
                        and not _is_function_word(self.folded[cut - 1], self.lang)
                    )
                    # "Lasmaria br. | Simbolon": the particle's dot ends no name
                    and not (
                        cut - 2 >= a and self.folded[cut - 1] == "." and self._connector(cut - 2)
                    )
                ):
                    cuts.add(cut)
        return list(pairwise(sorted(cuts)))

    def _joins_a_name(self, cut: int) -> bool:
        """A lowercase particle on either side of a cut ("Jose | dos Santos") holds the
        name together: the model's boundary there is not trusted."""
        return (
            any(
                not _is_cap(self.tokens[x].text)
                and (self._connector(x) or self.folded[x] in _AND_WORDS)
                for x in (cut - 1, cut)
            )
            or (
                # "Suresh Kumar | a/l Ganesan", "Suresh Kumar a/l | Ganesan"
                self.tokens[cut].text in ("a", "s", "d")
                and self.text[self.tokens[cut].start : self.tokens[cut].start + 3]
                in _SLASH_PARTICLES
            )
            or (
                cut >= 3
                and self.text[self.tokens[cut - 3].start : self.tokens[cut - 1].end]
                in _SLASH_PARTICLES
            )
        )

    def _unknown_chunk(
        self, a: int, b: int, role: str | None, person_cue: bool, *, region_done: bool = False
    ) -> bool:
        """Label one chunk of capitalised words that the gazetteer does not know; True when
        it took the pending role (it was the person the role belongs to). ``region_done``:
        the role's region was already read ("Bupati Pati | Sri Mulyani Hartono"), so the
        chunk's first word is the person's, not a second region."""
        # the chunk is trimmed as the token range [lo, hi), read with the folded forms
        # computed once per text (self.folded[k] is fold(self.tokens[k].text))
        tokens, folded, connectors = self.tokens, self.folded, self.titles.connectors
        lo, hi = a, b
        # an English possessive left of the chunk ("Kenya's | Thika Road") is not its start
        while lo < hi and tokens[lo].text in _POSSESSIVE_MARKS:
            lo += 1
        # strip connectors at the edges ("al" alone is not a name)
        while lo < hi and folded[lo] in connectors and not _is_cap(tokens[lo].text):
            lo += 1
        while lo < hi and (
            (folded[hi - 1] in connectors and not _is_cap(tokens[hi - 1].text))
            or tokens[hi - 1].text == "."
        ):
            hi -= 1
        while (
            lo < hi
            and _is_function_word(folded[lo], self.lang)
            # "An Se-ri", "So Ji-sub": a Korean family name before a hyphenated given name
            and not (lo + 1 < hi and _KOREAN_GIVEN_RE.fullmatch(tokens[lo + 1].text))
        ):
            lo += 1
        while lo < hi and _is_function_word(folded[hi - 1], self.lang):
            hi -= 1
        weekdays = _in_every_language("weekdays")
        while hi - lo > 1 and folded[hi - 1] in weekdays:
            hi -= 1  # "kata Nurhayati Sabtu (12/4)": the day follows the name
        if lo >= hi:
            return False
        toks = tokens[lo:hi]
        folded_words = [folded[k] for k in range(lo, hi) if tokens[k].text != "."]
        if not folded_words:
            return False  # only the dot of an initial is left ("Udara I. Tahun"): no name
        if (
            len(toks) > 1
            and folded_words[0] in self.titles.not_names
            and (folded_words[0],) in self.titles.roles
        ):
            # "Kemarin | CEO Daewon Heavy Industries, Park ...": a role that is never a name
            # itself ("CEO") opens the model's piece; the name after it has that role
            cue = _tail_word(folded_words[-1]) not in self.titles.org_tails  # "CEO X Group"
            return self._unknown_chunk(
                a + self.tokens[a:b].index(toks[1]), b, toks[0].text, cue, region_done=region_done
            )
        if folded_words[0] in self.titles.document_heads:
            # "APBD | Bone 2027": a budget's word is no name; the words after it are
            if len(toks) == 1:
                return False
            return self._unknown_chunk(
                a + self.tokens[a:b].index(toks[1]), b, None, False, region_done=region_done
            )
        if folded_words[0] in self.titles.misc_heads or folded_words[0] in self.titles.not_names:
            return False  # vessels, operations, time zones: not people, bodies or places
        if (
            len(folded_words) >= 2
            and folded_words[1] in self.titles.heads
            and folded_words[0] not in self.titles.heads
            and (
                len(toks) >= 3
                or folded_words[-1] in self.titles.regional_bodies
                # "Pegawai Konsulat | Korea Selatan": a body's head before its country
                or (folded_words[-1] in self.titles.org_heads and self._country_after(toks[-1].end))
            )
            and (toks[0].start in self.sent_starts or self._after_open_quote(toks[0].start))
            and (
                folded_words[0] in _common_words()
                or (
                    folded_words[1] in _STRONG_PLACE_HEADS
                    and folded_words[0] not in _person_names()
                    and self.gaz.lookup(toks[0].text) is None
                )
            )
        ):
            # "Status Gunung Lewotobi dinaikkan": a sentence's first word is capitalised
            # for the sentence, and the name starts at the head word after it; before a
            # place head ("Air Bendungan Katulampa meluap") any word but a known name is
            return self._unknown_chunk(
                a + self.tokens[a:b].index(toks[1]), b, role, person_cue, region_done=region_done
            )
        if (
            len(toks) >= 3
            and self.lang == "id"
            and _tail_word(folded_words[-1]) in self.titles.org_tails
            and (toks[0].start in self.sent_starts or self._after_open_quote(toks[0].start))
            and folded_words[0] in _common_words()
            and folded_words[0] not in self.titles.heads
            and folded_words[0] not in _person_names()
        ):
            # "Pembalap Ducati Lenovo Team": an Indonesian common noun opens the sentence,
            # and the body's English name starts after it
            return self._unknown_chunk(
                a + self.tokens[a:b].index(toks[1]), b, role, person_cue, region_done=region_done
            )
        if (
            len(toks) >= 2
            and toks[0].start in self.sent_starts
            and folded_words[0] in self.titles.loc_cues
            and folded_words[0] not in self.titles.loc_heads
            and folded_words[0] in _common_words()
        ):
            # "Warga Mbare mengungsi": a place cue opening a sentence, then the place
            return self._unknown_chunk(
                a + self.tokens[a:b].index(toks[1]), b, role, person_cue, region_done=region_done
            )
        if self._dateline(toks):
            # "MERCEDES, Argentina —", "ACCRA —": the all-caps place a story is filed from
            surface = self.text[toks[0].start : toks[-1].end]
            entry = self.gaz.lookup(surface) or self.gaz.fuzzy(surface)
            if entry is not None and entry.label == "LOC":
                f = _Found(toks[0].start, toks[-1].end, "LOC", entry.id, entry.country, how="fuzzy")
            else:
                f = _Found(toks[0].start, toks[-1].end, "LOC", "LOC:" + slug(surface), how="cue")
            self.found.append(f)
            return False
        if self._plural_of_opening(toks, folded_words):
            # "Shares of Lumora fell", "Residents of Kibera said": a sentence's first word, a
            # plural noun, and "of" are no part of the name after them
            return self._unknown_chunk(
                a + self.tokens[a:b].index(toks[2]), b, role, person_cue, region_done=region_done
            )
        if len(toks[-1].text) == 1 and toks[-1].text.isupper() and len(folded_words) <= 2:
            return False  # "Grup D", "Plan B", "in B.": a designation
        if self.title_mode or self._in_title_case(toks[0].start):
            if (
                len(toks) == 1
                and folded_words[0] in self.titles.regional_bodies
                and self._known_place_after(toks[0])
            ):
                # "Polda Sumut Bongkar ...", "Pemkab Garut Salurkan ...": a regional office
                # before a known region is a body in a headline too
                self._add_body(toks[0].start, toks[0].end)
                return False
            self._known_inside(toks)
            self._headline_place(a + self.tokens[a:b].index(toks[0]), len(toks))
            return False
        named = self._doc_place_name_at(folded_words)
        if (
            named
            and (
                role is None
                or not person_cue
                or named < len(toks)
                # "Wali Nagari Salareh Aia, Syafrizal": the office's region, then its holder
                # after the comma
                or (self._regional(role) and self.text[toks[-1].end : toks[-1].end + 1] == ",")
            )
        ):
            # "Warga Golo Mori, ..." in a text that wrote "Desa Golo Mori": that place
            first = a + self.tokens[a:b].index(toks[0])
            self._add_region(first, first + named)
            if named < len(toks):
                return self._unknown_chunk(first + named, first + len(toks), role, person_cue)
            return False
        if (
            len(toks) >= 2
            and (folded_words[0] in self.doc_places or self._region_after_acronym(toks))
            and not any(fold(t.text) in self.titles.any_tails for t in toks[1:2])
            # "kata Mercedes Paz" in a story from the town of Mercedes: with no office
            # before it, a given name that is also the place opens a person's name
            and not (role is None and folded_words[0] in _person_names())
        ):
            # "[BPBD] Garut Rahmat Hidayat": a place this article names elsewhere; it is the
            # region of a regional office before it ("Bupati Samosir | Lamhot Parulian"), so
            # the name after it opens with no second region
            self._add_place(toks[0])
            return self._unknown_chunk(
                a + self.tokens[a:b].index(toks[1]), b, role, person_cue, region_done=True
            )
        if (
            role
            and person_cue
            and len(toks) >= 3
            and folded_words[0] not in self.titles.loc_heads
            and not region_done
            and self._regional(role)
            and (folded_words[0] not in _person_names() or folded_words[0] in self.doc_places)
        ):
            # "Bupati Agam Yusnadi Putra": a regional office names its region first
            self._add_place(toks[0])
            first = a + self.tokens[a:b].index(toks[1])
            return self._unknown_chunk(
                first, first + len(toks) - 1, role, person_cue, region_done=True
            )
        if (
            role
            and person_cue
            and len(toks) >= 3
            and self._body_role(role)
            and folded_words[0] not in self.titles.org_heads
            and folded_words[0] not in self.titles.loc_heads
            and folded_words[0] not in _person_names()
            # "CEO Daewon Heavy Industries, Park ...": a name ending in a body's tail word
            # is the body alone
            and _tail_word(folded_words[-1]) not in self.titles.org_tails
            # "Buriram coach Osmar Loss Vieira": the body was written before the role
            and not self._name_before_role(role, toks[0].start)
            # "Wakil Ketua Umum Partai Demokrat Nurhayati Ali": the body was just named
            and not (
                self.found
                and self.found[-1].label == "ORG"
                and self.text[self.found[-1].end : toks[0].start] == " "
            )
        ):
            # "pelatih Persib Bojan Hodak", "CEO Lumora Dana Pratama": a role held in a team
            # or company names that body first, then the person
            first = a + self.tokens[a:b].index(toks[0])
            body = _Found(toks[0].start, toks[0].end, "ORG", "ORG:" + slug(toks[0].text))
            self.found.append(body)
            return self._unknown_chunk(first + 1, first + len(toks), role, person_cue)
        if (
            role
            and person_cue
            and folded_words[0] in self.titles.loc_heads
            and len(toks) >= 3
            # the model read the whole chunk as one place ("Kabupaten Lembah Sari"): no person
            and not self._model_span_is(toks[0].start, toks[-1].end, "LOC")
        ):
            # "Bupati Lembah Hijau Darmawan Saputra": a place, then the person
            cut = 3 if len(toks) >= 4 and folded_words[2] in self.titles.any_tails else 2
            first = a + self.tokens[a:b].index(toks[0])
            self._unknown_chunk(first, first + cut, None, False)
            return self._unknown_chunk(first + cut, first + len(toks), role, person_cue)
        start, end = toks[0].start, toks[-1].end
        surface = self.text[start:end]
        initial = start in self.sent_starts or self._after_open_quote(start)
        model_label = self._model_label(start, end)
        lone = len(folded_words) == 1
        if (
            len(toks) <= 3
            and self.text[start - 2 : start] == " ("
            and self.text[end : end + 1] == ")"
            and all(
                _is_cap(t.text)
                # "(Pusdalops)", "(Ditreskrimsus)": a long syllable short form opens with the
                # body's first letter
                and (len(t.text) <= 8 or (len(t.text) <= 14 and self._opens_body_before(t, start)))
                for t in toks
            )
            and self._acronym_of_body(start, end)
        ):
            # "Badan Keamanan Laut (Bakamla)", "Direktorat Jenderal Perhubungan Darat (Ditjen
            # Hubdat)": a short form in brackets after a body is that body, capitals or not
            return False
        if (
            not lone
            and folded_words[0] in self.titles.regional_bodies
            and (
                self._doc_place_name_at(folded_words[1:]) == len(toks) - 1
                or self._known_region(
                    self.index_of[toks[1].start], self.index_of[toks[-1].start] + 1
                )
                or (
                    folded_words[0] not in _in_every_language("titles", "named_facilities")
                    and len(toks) == len(folded_words)  # (no initial's dot among them)
                    and self._unknown_region(toks[1:], folded_words[1:])
                )
            )
        ):
            # "Pemkab Manggarai Barat": the office, then the region it serves
            first = self.index_of[toks[0].start]
            self.found.append(_Found(start, toks[0].end, "ORG", "ORG:" + slug(toks[0].text)))
            self._add_region(first + 1, first + len(toks))
            return False
        if lone and folded_words[0] in self.titles.regional_bodies:
            number = _UNIT_NUMBER_RE.match(self.text, end)
            end = number.end() if number else end
            self._add_body(start, end)
            return False
        if (
            lone
            and folded_words[0] in self.titles.org_heads
            and folded_words[0] not in self.titles.state_heads
            and self._country_after(end)
        ):
            # "Kepolisian Nigeria", "Kementerian Kesehatan" alone before its country: the
            # body the country has under that head
            self._add_body(start, end)
            return False
        if (
            lone
            and _is_acronym(surface)
            and not _ROMAN_RE.fullmatch(surface)  # "PON XVII Kaltim": a number
            and self._known_place_after(toks[-1])
        ):
            # "RSUD Mimika", "RS Bhayangkara" aside: an acronym head alone before a known
            # place is the body there, the place its own name ("BPBD Garut")
            self._add_body(start, end)
            return False
        if lone and (
            _is_function_word(folded_words[0], self.lang)
            or folded_words[0] in _calendar_words(self.lang)
            or folded_words[0] in self.titles.compass_tails
            # directions and place heads ("Utara", "City") only make a name a place name
            or folded_words[0] in _in_every_language("boilerplate", "place_words")
            or folded_words[0] in self.titles.org_heads
            or folded_words[0] in self.titles.loc_heads
            or self._demonym(folded_words[0])
        ):
            return False
        if (
            len(folded_words) == 2
            and folded_words[0] in self.titles.compass_heads
            and (self._demonym(" ".join(folded_words)) or self._demonym(folded_words[1]))
        ):
            return False  # "South Korean", "North African": an adjective, no place
        if (
            lone
            and folded_words[0] in self.doc_places
            and (
                not person_cue
                or (
                    role is not None
                    and self._regional(role)
                    and not self.text[: toks[0].start].rstrip().endswith(",")
                    # "Kepala Desa Karanganyar, Soekarni": the role's own "Desa" marks
                    # the word, not another mention of the place
                    and fold(role.split()[-1]) not in self.titles.loc_heads
                )
            )
        ):
            # "Bupati Sragen meminta ..." in a text naming "Kabupaten Sragen": the region of
            # a regional office, not a person
            self._add_place(toks[0])
            return False
        if lone and not _is_acronym(surface) and self._regional_role_after(toks[-1]):
            # "Kuta police chief I Made X": a word right before a lowercase regional office
            # is the region it serves
            self._add_place(toks[0])
            return False
        if lone and surface in self.common_acronyms:
            return False  # "anak buah kapal (ABK)": a common noun's short form, no body
        if lone and _is_acronym(surface) and self._after_number(start):
            return False  # "120 RT": a unit counted, not an organisation
        if lone and _is_acronym(surface) and self._code(start, end):
            return False  # "PK-ZTA", "N123AB", "41/PUU-XXV/2027": a code, not an organisation
        if lone and _ROMAN_RE.fullmatch(surface):
            return False  # "Kodam XVII", "Semanu II": a number, not an organisation
        if lone and folded_words[0] in _currency_prefixes() and self._before_number(end):
            return False  # "sekitar Rp 480 juta": a currency, not a place after "sekitar"
        if lone and _DATELINE_RE.match(self.text, end):
            # "Taheran - ...": a dateline names a place, maybe spelled its own way
            entry = self.gaz.fuzzy(surface)
            if entry is not None and entry.label == "LOC":
                self.found.append(_Found(start, end, "LOC", entry.id, entry.country, how="fuzzy"))
                return False
        if lone and _is_acronym(surface) and self._acronym_of_body(start, end):
            return False  # "Badan Nasional Keselamatan Jalan (ANSV)": the body's short name
        if (
            initial
            and lone
            and folded_words[0] not in self.mid_caps
            and not person_cue
            # the initials of a body the text named before ("Badminton World Federation" ...
            # "BWF secretary general"): capitals that owe nothing to the sentence's start
            and not (_is_acronym(surface) and self._initials_of_a_body(surface))
        ):
            appositive = self._appositive_label(end)
            if appositive is None:
                # a capitalised first word says nothing; it may still be a short name
                self.found.append(_Found(start, end, "PER", how="lone"))
                return False
            self.found.append(_Found(start, end, appositive))
            return False
        # words that never sit inside a person's name ("Rapat Dewan Gubernur"); place
        # heads only count first ("Yohanes Tanjung" is a name, "Tanjung Priok" a place)
        keywords = self.titles.keywords
        label: str | None = None
        how = "rule"  # "cue": a place word before or after said so ("the city of [Rosario]")
        org_word = not lone and (
            folded_words[0] in self.titles.org_heads
            or " ".join(folded_words[:2]) in self.titles.org_heads  # "Palang Merah"
            or _tail_word(folded_words[-1]) in self.titles.org_tails
            or self._head_of(folded_words)
        )
        loc_word = not lone and (
            folded_words[0] in self.titles.loc_heads or folded_words[-1] in self.titles.any_tails
        )
        if (
            org_word
            and len(toks) == len(folded_words)
            and (second := self._second_body(folded_words))
        ):
            # "Faculty of Agriculture | University of Nairobi": two bodies named "of" side by
            # side, the unit and the body it belongs to
            first = a + self.tokens[a:b].index(toks[0])
            self._unknown_chunk(first, first + second, None, False)
            self._unknown_chunk(first + second, first + len(toks), None, False)
            return False
        if org_word and not lone:
            inside = self._admin_head_inside(folded_words)
            if inside is not None:
                # "Dinas Kesehatan Kabupaten Lembah Hijau": the body, then the place it serves
                first = a + self.tokens[a:b].index(toks[0])
                self._unknown_chunk(first, first + inside, None, False)
                self._unknown_chunk(first + inside, first + len(toks), None, False)
                return False
        if (
            org_word
            and len(toks) >= 3
            and folded_words[0] in self.titles.org_heads
            and folded_words[0] not in self.titles.place_named_heads
            and folded_words[-1] in self.doc_places
            and folded_words[-1] not in self.titles.org_tails
            and not _is_acronym(toks[-1].text)
        ):
            # "Dinas Pariwisata Badung" in a text that names "Kabupaten Badung": the body,
            # then the place it serves
            self._add_body(start, toks[-2].end)
            self._add_place(toks[-1])
            return False
        if (
            org_word
            and person_cue
            and role is not None
            and len(toks) >= 3
            and folded_words[0] in self.titles.org_heads
            and folded_words[0] not in self.titles.place_named_heads
            and all(
                self._field_word(w) or w in self.titles.connectors or w == "dan"
                for w in folded_words[1:-1]
            )
            and self._holder_after_body(toks[-1], folded_words[-1])
        ):
            # "kata Kepala Dinas Perikanan Nurhasanah": the office's holder, written with one
            # name and no comma, closes the run after the body's field words
            self._add_body(start, toks[-2].end)
            self.found.append(_Found(toks[-1].start, end, "PER", role=role, how="rule"))
            return True
        if org_word or (_is_acronym(surface) and lone):
            label = "ORG"
        elif loc_word:
            label = "LOC"
        elif any(map(str.isdigit, surface)):
            return False  # "MQ-9", "F-16": products and models, not people
        elif not person_cue and self._cue_before(toks[0], self.titles.org_cues):
            label = "ORG"  # "perusahaan Lumora", "the firm Lumora"
        elif person_cue and self._field_and_field(end):
            return False  # "Menteri Pemuda dan Olahraga": the role's field, nobody's name
        elif person_cue and (
            not self._model_span_is(start, end, "ORG")
            or self._holder_past_body(start, folded_words)
        ):
            label = "PER"  # (a model ORG span of exactly this chunk after a role is the body
            # the role is held in, "pelatih Garuda Muda Rinto Harahap": the role waits for
            # the next chunk)
        elif (
            self._coordinated_place(toks[0])
            and not (len(toks) >= 2 and folded_words[0] in _person_names())
        ) or (lone and self._place_apposition(toks[0])):
            label = "LOC"  # "Kabupaten Agam dan Tanah Datar", "Pelabuhan Ketapang, Banyuwangi,"
        elif self._loc_cue_before(toks[0], strong=True):
            label, how = "LOC", "cue"
        elif (
            not person_cue
            and model_label != "PER"
            and self.text[end : end + 1] == ","
            and self._country_after(end + 1)
        ):
            label, how = "LOC", "cue"  # "kamp pengungsi Cox's Bazar, Bangladesh": its country
        elif (
            not person_cue
            and self._loc_cue_before(toks[0])
            and self._in_country_after(end)
            # "a letter from Ahmad Yusuf in Malaysia": known given and family names stay a person
            and not all(w in _person_names() for w in folded_words)
        ):
            # "from Cox's Bazar in Bangladesh", "dari X di Bangladesh": a place word before
            # and the country it lies in after make a place, though the model read a person
            label, how = "LOC", "cue"
        elif model_label:
            label = model_label
        elif (
            self._loc_cue_before(toks[0]) or self._loc_word_after(toks[-1])
        ) and not self._given_name_opens(folded_words):
            label, how = "LOC", "cue"
        elif (
            (
                (opener := opener_length(folded_words)) + min_name_words(folded_words, opener)
                <= len(folded_words)
                # particles do not count ("Thomas van der Berg" is a name of two words)
                <= opener
                + 4
                + sum(w in self.titles.connectors for w in folded_words[1:-1])
                # "a/l" is three tokens
                + 3 * sum(p in surface for p in _SLASH_PARTICLES)
                # "Indonesian Grand Prix", "Every Indonesian": a demonym names no person
                and not any(self._demonym(w) for w in folded_words[:2])
            )
            and not any(
                w in keywords
                and not self._name_word_after_given(folded_words, w)
                # "Wayan Suarjana Putra": a role's word that is also a name's
                and not (w != folded_words[opener] and w in _name_role_words())
                for w in folded_words[opener:]  # "Anak Agung X": the opener is no role's "Agung"
            )
        ):
            # capitalised words and nothing else to go on; several running into a country's
            # name with no comma ("hitung cepat Lentera Suara Indonesia menunjukkan") are a
            # body named with its country, not a person
            label, how = "PER", "guess"
            if not lone and not person_cue and self._country_after(end):
                label, how = "ORG", "rule"
        elif lone:
            entry = self.gaz.fuzzy(surface) if len(surface) >= 7 else None
            if entry is not None:
                # "markas Hizbulah": a capitalised word spelled close to one known name
                self.found.append(
                    _Found(start, end, entry.label, entry.id, entry.country, how="fuzzy")
                )
                return False
            # a lone unknown word is kept only if it repeats a person's surname (see
            # join_short_forms); alone it is not enough evidence
            self.found.append(_Found(start, end, "PER", how="lone"))
            return False
        else:
            return False
        f = _Found(start, end, label, role=role if label == "PER" else None, how=how)
        known_place = self.gaz.lookup(surface) if label == "LOC" else None
        entry = self.gaz.fuzzy(surface) if len(surface) >= 7 else None
        if known_place is not None and known_place.label == "LOC":
            # "returned from Saudi": a known place read by its cue keeps the known id
            f.id, f.country = known_place.id, known_place.country
        elif entry is not None and entry.label == label:
            # "Hizbolah", "Taheran": a known name spelled another way keeps the known id
            f.id, f.country, f.how = entry.id, entry.country, "fuzzy"
        if label == "LOC" and len(toks) > 1 and folded_words[0] in self.titles.compass_heads:
            # "West Manggarai" is the "Manggarai Barat" an Indonesian text writes
            other, known = self._compass_name(self.text[toks[1].start : end], folded_words[0])
            f.id = known.id if known is not None else "LOC:" + slug(other)
        if label == "LOC" and len(toks) > 1 and folded_words[-1] in self.titles.admin_heads:
            # "Kisumu County" is the place "Kisumu"; a lone "Kisumu" joins it
            rest = self.text[start : toks[-2].end]
            f.id = self.places.setdefault(fold(rest), "LOC:" + slug(rest))
        if label == "LOC" and len(toks) > 1 and folded_words[0] in self.titles.admin_heads:
            # "Kabupaten Garut" is the place "Garut"; a later lone "Garut" joins it
            rest = self.text[toks[1].start : end]
            f.id = "LOC:" + slug(rest)
            self.places[fold(rest)] = f.id
        self.found.append(f)
        return label == "PER" and role is not None

    def _holder_after_body(self, tok: Token, word: str) -> bool:
        """Whether the last word of a body's name after a role ("Kepala Dinas Perikanan
        [Nurhasanah]") is the role holder's one-word name rather than the body's field or
        region: a known given name, or a word that is no known place (the region a body
        serves is one: "Dinas Sosial Garut"), no field noun of a body ("Kesehatan",
        "Pertanian": pe-/ke- ... -an, or the last word of a known body), no head, tail or
        role word, and no acronym. The words between the head and it must all be field
        nouns ("Lembaga Adat Batak Toba" is one body's name)."""
        if word in _person_names():
            return True
        return (
            _is_cap(tok.text)
            and not _is_acronym(tok.text)
            and word not in self.doc_places
            and word not in self.places
            and self.gaz.lookup(tok.text) is None
            and word not in self.titles.heads
            and word not in self.titles.any_tails
            and word not in self.titles.org_tails
            and word not in self.titles.role_words
            and not self._field_word(word)
            and word not in _common_words()
            and "-" not in word
        )

    @staticmethod
    def _field_word(word: str) -> bool:
        """A field noun a body's name is made of ("Perikanan", "Sosial", "Statistik")."""
        return word in _body_field_words() or _FIELD_NOUN_RE.fullmatch(word) is not None

    def _headline_place(self, first: int, n: int) -> None:
        """ "Kapal Tenggelam di Perairan Pulau Rinca, ...", "Gempa Guncang Pulau Seram": in
        Title Case only known names are read, but a geographic head word ("Pulau", "Desa",
        "Gunung") before one or two unknown words that end the headline's clause (at a
        comma, a colon or the end) names a place there as in running text. Words after the
        name ("Pulau Seram Tewaskan ...") could be the headline's verb, so a name with more
        words after it is left alone; so is a head before an ordinary word ("Desa Wisata")."""
        end = first + n
        tail = self.text[self.tokens[end - 1].end :].lstrip()[:1]
        if tail not in ("", ",", ":", ";", "-", "\u2013", "\u2014", "|"):
            return
        if self.folded[end - 1] in _GEO_TAILS and end - 2 >= first:
            self._headline_place_before_tail(first, end)
            return
        head = end - 3 if end - 3 >= first and self._geo_head(end - 3) else end - 2
        if head < first or not self._geo_head(head):
            return
        words = range(head + 1, end)
        if any(
            self.folded[w] in _common_words()
            or self.folded[w] in self.titles.heads
            or not self.name_like[w]
            for w in words
        ):
            return
        s0, e0 = self.tokens[head].start, self.tokens[end - 1].end
        if any(f.start < e0 and s0 < f.end for f in self.found):
            return  # a known name there was read already
        name = self.text[self.tokens[head + 1].start : e0]
        eid = "LOC:" + slug(
            name if self.folded[head] in self.titles.admin_heads else self.text[s0:e0]
        )
        self.found.append(_Found(s0, e0, "LOC", eid, how="cue"))

    def _headline_place_before_tail(self, first: int, end: int) -> None:
        """ "Boat Sinks Off Padar Island, Two Missing": an English geographic tail ending the
        headline's clause names a place of the one word before it (two after a compass
        word: "East Sumba Regency"), read as running text reads it."""
        start = end - 2
        if start - 1 >= first and self.folded[start - 1] in self.titles.compass_heads:
            start -= 1
        words = range(start, end - 1)
        if any(
            self.folded[w] in _common_words()
            or self.folded[w] in self.titles.heads
            or _is_function_word(self.folded[w], self.lang)
            or not self.name_like[w]
            for w in words
            if self.folded[w] not in self.titles.compass_heads
        ):
            return
        s0, e0 = self.tokens[start].start, self.tokens[end - 1].end
        if any(f.start < e0 and s0 < f.end for f in self.found):
            return
        before = len(self.found)
        saved = self.title_mode, self.title_case_spans
        self.title_mode, self.title_case_spans = False, []
        try:
            self._unknown_chunk(start, end, None, False)
        finally:
            self.title_mode, self.title_case_spans = saved
        self.found[before:] = [f for f in self.found[before:] if f.label == "LOC"]

    def _geo_head(self, k: int) -> bool:
        word = self.folded[k]
        return word in self.titles.admin_heads or word in _GEO_HEADS

    def _name_word_after_given(self, words: list[str], word: str) -> bool:
        """ "Ahmad Hakim Rasuli": a role word ("hakim") after a given name is a word of the
        person's name (many Arabic names are also titles: Hakim, Amir, Sultan)."""
        return (
            word != words[0] and words[0] in _person_names() and word not in self.titles.org_heads
        )

    def _head_of(self, words: list[str]) -> bool:
        """ "[General] Authority of Civil Aviation", "Fire Service and Civil Defence": an
        organisation head word followed by "of" or "and" inside the chunk makes the chunk a
        body's name."""
        heads = self.titles.org_heads
        return any(w in heads and nxt in _HEAD_JOINERS for w, nxt in pairwise(words))

    def _second_body(self, words: list[str]) -> int | None:
        """Where a second body starts inside a chunk that opens with one: a "<head> of
        <name>" after another ("Faculty of Agriculture University of Nairobi" -> 3), or a
        regional office after a unit's name ("Direktorat Reserse Narkoba Polda" -> 3)."""
        offices = self.titles.regional_bodies
        if len(words) >= 3 and words[0] not in offices:
            for m in range(2, len(words)):
                if words[m] in offices:
                    return m
        heads = self.titles.org_heads
        if len(words) < 6 or words[0] not in heads or words[1] != "of":
            return None
        for m in range(3, len(words) - 2):
            if words[m] in heads and words[m + 1] == "of" and words[m - 1] not in _HEAD_JOINERS:
                return m
        return None

    def _admin_head_inside(self, words: list[str]) -> int | None:
        """Where an administrative head word starts a place inside a body's name ("Puskesmas
        | Kecamatan Sukamaju"), when a name follows it; None when there is none."""
        heads = self.titles.admin_heads & self.titles.loc_heads
        for m in range(1, len(words) - 1):
            if words[m] in heads and words[m - 1] not in self.titles.connectors:
                return m
        return None

    def _known_inside(self, toks: list[Token]) -> None:
        """In a Title Case line, only names the body already knows: the longest ones found
        inside the chunk ("Bupati Darmawan Saputra Ditahan" -> "Darmawan Saputra")."""
        words = [fold(t.text) for t in toks]
        i = 0
        while i < len(toks):
            for k in range(min(len(toks), i + _MAX_RUN), i, -1):
                hit = self.known.get(" ".join(words[i:k]))
                if hit is not None:
                    end = k
                    while (
                        hit[0] == "LOC" and end < len(toks) and words[end] in self.titles.loc_tails
                    ):
                        end += 1  # "Flores Island" in a headline, "Flores" in the body
                    self.found.append(
                        _Found(toks[i].start, toks[end - 1].end, hit[0], hit[1], how="body")
                    )
                    i = end
                    break
            else:
                i += 1

    def _region_after_acronym(self, toks: list[Token]) -> bool:
        """ "Kepala BPBD Cianjur Hendra Wijaya": three or more capitalised words right after
        an organisation's acronym start with the region of that body."""
        if len(toks) < 3 or any(map(str.isdigit, toks[0].text)):
            return False
        if self.title_mode or self._in_title_case(toks[0].start):
            return False
        i = self.index_of.get(toks[0].start, 0)
        if i < 2:
            return False
        prev = self.tokens[i - 1]
        return (
            _is_acronym(prev.text)
            and self.text[prev.end : toks[0].start] == " "
            and self.gaz.lookup(prev.text) is None  # national bodies have no region
            and self._role_before(i - 1) is not None
        )

    def _add_body(self, start: int, end: int) -> None:
        """An organisation found by a rule, over ``text[start:end]``, its id from its words."""
        self.found.append(_Found(start, end, "ORG", "ORG:" + slug(self.text[start:end])))

    def _add_place(self, tok: Token) -> None:
        eid = "LOC:" + slug(tok.text)
        self.places.setdefault(fold(tok.text), eid)
        self.found.append(_Found(tok.start, tok.end, "LOC", self.places[fold(tok.text)]))

    def _demonym(self, word: str) -> bool:
        """An adjective made from a known country's name (see ``_is_demonym``)."""
        return _is_demonym(word)

    def _country_after(self, end: int) -> bool:
        """Whether a country's known name follows the character offset ``end`` after one
        space ("Kepolisian | Nigeria")."""
        k = self.index_of.get(end + 1)
        if k is None or self.text[end : end + 1] != " ":
            return False
        g = self._gaz_match(k, len(self.tokens))
        return (
            g is not None
            and g[1] in self.gaz.countries
            # "Lee Seo-yeon, South Korea's ambassador": a country that owns what follows
            # describes a person, it locates no place
            and not (g[0] < len(self.tokens) and self.tokens[g[0]].text in _POSSESSIVE_ENDS)
        )

    def _in_country_after(self, end: int) -> bool:
        """Whether ", <country>" or "in/di <country>" follows the offset ``end``."""
        if self.text[end : end + 1] == ",":
            return self._country_after(end + 1)
        m = _IN_WORD_RE.match(self.text, end)
        return m is not None and self._country_after(m.end() - 1)

    def _country_as_adjective(self, i: int, eid: str) -> bool:
        """ "Saudi officials", "the Saudi Ministry of Hajj": in English a one-word short form
        of a longer country name before another word is its demonym, not the place (English
        leaves demonyms untagged: "Israeli officials"). An acronym ("US forces") stays."""
        if self.lang != "en" or i + 1 >= len(self.tokens) or _is_acronym(self.tokens[i].text):
            return False
        entry = self.gaz.entries[eid]
        if entry.label != "LOC" or " " not in entry.display.get("en", ""):
            return False
        nxt = self.tokens[i + 1]
        return nxt.start == self.tokens[i].end + 1 and nxt.text.isalpha()

    def _initials(self, k: int) -> bool:
        """A short acronym that is a person's initials: after "berinisial" / "initials", or
        followed by an age in brackets ("SF (34)"); no body is written with its age."""
        tok = self.tokens[k]
        if len(tok.text) > 4 or not tok.text.isalpha():
            return False
        text, end = self.text, tok.end
        if (
            _AGE_AFTER_RE.match(text, end)
            or _ALIAS_AFTER_RE.match(text, end)
            or _AGE_APPOSED_RE.match(text, end)
        ):
            return True
        return (
            k > 0
            and self.folded[k - 1] in self.titles.initials_cues
            # "known by its Indonesian initials KPPU": a body's initials, not a suspect's
            and not any(w in ("its", "their") for w in self.folded[max(0, k - 4) : k - 1])
        )

    def _before_number(self, end: int) -> bool:
        """A figure follows, glued or after spaces ("Rp 480", "US$ 5")."""
        rest = self.text[end : end + 4].lstrip(" .$\u00a0")
        return rest[:1].isdigit()

    def _after_number(self, start: int) -> bool:
        return bool(_DIGIT_END_RE.search(self.text, max(0, start - 4), start))

    def _collect_doc_places(self) -> set[str]:
        """Places the article itself marks as places ("Kabupaten Garut", "di Garut"): their
        first words; their names of two or three words go to ``doc_place_names``."""
        found = set()
        self.doc_place_names: dict[str, int] = {}  # "golo mori" -> its number of words
        pattern = _doc_place_re(self.lang)
        if pattern is not None:
            heads = self.titles.loc_heads
            for m in pattern.finditer(self.text):
                word = fold(m.group(1))
                if word in heads:  # "ibu kota Provinsi X": the place is X, not "Provinsi"
                    continue
                found.add(word)
                words, pos = [word], m.end(1)
                while len(words) < 3 and (nxt := _NEXT_NAME_WORD_RE.match(self.text, pos)):
                    name = fold(nxt.group(1))
                    if (
                        name in _person_names()
                        or name in self.titles.keywords
                        or name in self.titles.loc_heads
                    ):
                        break  # "Kabupaten Garut Rahmat Hidayat", "Lasem Kabupaten Rembang"
                    words.append(name)
                    self.doc_place_names[" ".join(words)] = len(words)
                    pos = nxt.end()
        return found

    def _after_open_quote(self, start: int) -> bool:
        """Right after an opening quote or bracket, or a dateline dash or colon, where any
        word is capitalised."""
        if start > 0 and self.text[start - 1] in ('"', "“", "‘", "(", "'", "«"):
            return True
        return bool(_DASH_END_RE.search(self.text[max(0, start - 4) : start]))

    def _appositive_label(self, end: int) -> str | None:
        """ "Lumora, the video streaming company, said": a name followed by an apposition that
        says what it is (an organisation word or a person's title)."""
        m = _APPOSITIVE_RE.match(self.text, end)
        if m is None:
            return None
        words = [fold(w) for w in m.group(1).split()]
        if any(w in self.titles.org_cues for w in words):
            return "ORG"
        if any((w,) in self.titles.roles or w in self.titles.role_words for w in words):
            return "PER"
        return None

    def _regional(self, role: str) -> bool:
        return _regional_role(self.lang, role)

    def _body_role(self, role: str) -> bool:
        return _body_role(self.lang, role)

    def _code(self, start: int, end: int) -> bool:
        """Whether the capitals at [start, end) are a code rather than a body's short name: a
        registration after its cue ("registrasi PK-ZTA", "registered 9M-MRO"), letters and
        digits mixed in one token ("N123AB", "9M-MRO"; not "G20", a group's name), or a part
        of a number written with slashes ("Nomor 41/PUU-XXV/2027", "12/Pid.B/2025/PN")."""
        surface = self.text[start:end]
        if _CODE_RE.fullmatch(surface):
            return True
        lo = start
        while lo > 0 and not self.text[lo - 1].isspace():
            lo -= 1
        hi = end
        while hi < len(self.text) and not self.text[hi].isspace():
            hi += 1
        run = self.text[lo:hi]
        if run.count("/") >= 2 and any(c.isdigit() for c in run):
            return True
        before = fold(self.text[max(0, start - 30) : start]).split()
        cues = _in_every_language("titles", "code_cues")
        if any(" ".join(before[-n:]) in cues for n in (1, 2) if len(before) >= n):
            return True
        # "nomor penerbangan NA 681", "Flight NA 618": the airline's code of a flight number
        return (
            len(surface) <= 3
            and _FLIGHT_NUMBER_RE.match(self.text, end) is not None
            and bool(before)
            and before[-1] in _in_every_language("titles", "flight_cues")
        )

    def _cue_before(self, tok: Token, cues: frozenset[str]) -> bool:
        # "perusahaan Lumora", "the operator, Andes Copper,": the cue may stand in apposition
        m = _search_words_before(
            _PREV_WORD_COMMA_RE, self.text, max(0, tok.start - 30), tok.start, 1, comma=True
        )
        if m is None:
            return False
        last = fold(m.group(1))
        if last in cues:
            # "direktur keuangan perusahaan, Lie Siu Fung": a role of the firm before the cue
            # makes the name in apposition its holder, not the firm
            if "," not in self.text[m.end(1) : tok.start]:
                return True
            words = [fold(w) for w in self.text[max(0, m.start(1) - 40) : m.start(1)].split()]
            return not any(
                (w,) in self.titles.roles or tuple(words[x : x + 2]) in self.titles.roles
                for x, w in enumerate(words)
                if x >= len(words) - 4
            )
        if m.group(1)[:1].isupper() and self.text[m.end(1) : m.end(1) + 1] != ",":
            # "perusahaan Jepang Daiwa Shoji", "perusahaan Korea Selatan X": the cue before the
            # country the firm comes from
            words = self.text[max(0, m.start(1) - 40) : m.end(1)].split()
            for n in (1, 2):
                if len(words) > n and self.gaz.is_place(" ".join(words[-n:])):
                    return fold(words[-n - 1]) in cues
        if last not in _last_words_of_pairs(cues):
            return False
        # a cue of two words right before ("anak usaha X", "kantor berita X")
        two = fold(self.text[max(0, tok.start - 30) : tok.start]).split()[-2:]
        return len(two) == 2 and " ".join(two) in cues

    def _place_apposition(self, tok: Token) -> bool:
        """ "Pelabuhan Ketapang, Banyuwangi, ...": one word set off by commas right after a
        place names the larger place it lies in."""
        if (
            self.text[tok.end : tok.end + 1] not in (",", ".")
            or self.text[max(0, tok.start - 2) : tok.start] != ", "
        ):
            return False
        if fold(tok.text) in _person_names() and _VERB_AFTER_COMMA_RE.match(self.text, tok.end):
            # "Direktur Lentera Suara Indonesia, Rahmawati, mengatakan": a known given
            # name set off before its verb is the person the role belongs to
            return False
        prev = [f for f in self.found if 0 <= tok.start - 2 - f.end <= 0]
        return bool(prev) and prev[-1].label == "LOC"

    def _coordinated_place(self, tok: Token) -> bool:
        """A name joined by "dan"/"and" to a place just before it is a place too. A comma
        alone is not enough ("Austria, Stefan Bauer" is an apposition) unless the list goes
        on after the name ("Baghlan, Takhar and Badakhshan")."""
        lo = max(0, tok.start - 8)
        m = re.search(r"\s+(?:dan|and|serta|or|atau)\s+$", self.text[lo : tok.start])
        if m is None:
            m = re.search(r",\s+$", self.text[lo : tok.start])
            if m is None or not _LIST_GOES_ON_RE.match(self.text, tok.end):
                return False
        cut = lo + m.start()
        prev = [f for f in self.found if f.end <= cut and cut - f.end <= 1]
        return bool(prev) and prev[-1].label == "LOC"

    def _loc_word_after(self, tok: Token) -> bool:
        """ "Garut regency", "Aceh province": a lowercase place word right after."""
        m = _NEXT_LOWER_RE.match(self.text, tok.end, tok.end + 20)
        return m is not None and fold(m.group(1)) in self.titles.loc_words_after

    def _loc_cue_before(self, tok: Token, *, strong: bool = False) -> bool:
        """ "di Garut", "near Tumpat"; weakly also "state of Kelantan" and "in the Atacama
        [region]" (a two-word cue, or a cue and an article)."""
        m = _search_words_before(_PREV_WORDS_RE, self.text, max(0, tok.start - 30), tok.start, 2)
        if m is None:
            return False
        cues = self.titles.strong_loc_cues if strong else self.titles.loc_cues
        last, before = fold(m.group(2)), fold(m.group(1) or "")
        if last in cues:
            return True
        if strong or not before:
            return False
        return f"{before} {last}" in cues or (last in _ARTICLES and before in cues)


@lru_cache(maxsize=8)
def _last_words_of_pairs(cues: frozenset[str]) -> frozenset[str]:
    """The last words of a cue list's two-word cues ("usaha" of "anak usaha")."""
    return frozenset(c.split()[-1] for c in cues if " " in c)


@lru_cache(maxsize=1)
def _name_role_words() -> frozenset[str]:
    """Words of roles that are also words of names (``name_role_words``: "putra")."""
    return _in_every_language("titles", "name_role_words")


@lru_cache(maxsize=4)
def _apostrophe_titles(lang: str) -> frozenset[str]:
    """First words of the roles written with an apostrophe ("Dato'", "Dato' Sri")."""
    return frozenset(k[0] for k in titles_of(lang).roles if len(k) > 1 and k[1] in ("'", "’"))


@lru_cache(maxsize=1)
def _honorifics() -> frozenset[tuple[str, ...]]:
    """The folded words of each honour a state confers ("tan sri", "datuk seri"), from
    ``honorifics`` of every language's titles."""
    return frozenset(_role_key(h) for h in _in_every_language("titles", "honorifics"))


@lru_cache(maxsize=4096)
def _ends_in_honour(role: str) -> bool:
    """Whether a role as written ends in an honour ("chief commissioner Tan Sri",
    "Menteri Besar Datuk Seri"): the holder's name comes right after it."""
    words = _role_key(role)
    return any(words[-n:] in _honorifics() for n in (1, 2) if len(words) >= n)


@lru_cache(maxsize=1)
def _vessel_cues() -> frozenset[str]:
    """Vessel and vehicle nouns before a name that is no entity (``vessel_cues`` and
    ``vehicle_cues`` of every language)."""
    return _in_every_language("titles", "vessel_cues") | _in_every_language(
        "titles", "vehicle_cues"
    )


@lru_cache(maxsize=1)
def _vessel_words() -> frozenset[str]:
    """Last words of the vessel and vehicle nouns ("kontainer" of "kapal kontainer")."""
    return frozenset(c.split()[-1] for c in _vessel_cues())


@lru_cache(maxsize=1)
def _office_unit_firsts() -> frozenset[str]:
    """First words of the office units ("kanwil", "kantor", "perwakilan")."""
    return frozenset(u.split()[0] for u in _in_every_language("titles", "office_units"))


def _tail_word(word: str) -> str:
    """The part of a last word an organisation's tail is read from: "League-Nawaz" ->
    "league" (a faction or branch after a hyphen)."""
    return word.split("-", 1)[0] if "-" in word else word


def _search_words_before(
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


_NEXT_NAME_WORD_RE = re.compile(r" ([A-Z][\w-]+)")


@lru_cache(maxsize=4)
def _doc_place_re(lang: str) -> re.Pattern[str] | None:
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


def _split_possessives(tokens: list[Token]) -> list[Token]:
    """ "Indonesia's" -> "Indonesia" + "'s", so the name is looked up without its suffix."""
    out: list[Token] = []
    for t in tokens:
        # the suffix test skips the regex for the tokens it cannot match (nearly all)
        m = _POSSESSIVE_RE.fullmatch(t.text) if t.text.endswith(_POSSESSIVE_ENDS) else None
        if m and t.text[:1].isupper():
            cut = t.start + len(m.group(1))
            out.append(Token(m.group(1), t.start, cut))
            out.append(Token(m.group(2), cut, t.end))
        else:
            out.append(t)
    return out


def _whole_word_re(word: str) -> re.Pattern[str]:
    r"""``(?<![\w-])word(?![\w-])``, written to open with the word's first character (the edge
    is checked after it, as in ``lexicon.lead_alternation``): the regex engine then jumps
    between the places that character occurs instead of trying every position."""
    first = re.escape(word[:1])
    return re.compile(rf"{first}(?<![\w-]{first}){re.escape(word[1:])}(?![\w-])")


def _title_case_lines(text: str) -> list[tuple[int, int]]:
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
def _calendar_words(lang: str) -> frozenset[str]:
    """Month and weekday names: never a name alone, but "Agus" or "Juni" may start one."""
    words = {fold(w) for w in load(lang, "months") if not w.startswith("_")}
    words |= {fold(w) for w in load(lang, "weekdays") if not w.startswith("_")}
    return frozenset(words)


def _is_function_word(word: str, lang: str) -> bool:
    return word in _function_words(lang)


def recognise(
    text: str,
    lang: str = "id",
    *,
    field: Field = "text",
    known: dict[str, tuple[str, str]] | None = None,
    use_model: bool = True,
) -> list[Fact]:
    """Entity facts of one text. ``known`` maps folded names found in the article's body
    to (label, id); in the title only those and gazetteer names are entities."""
    if not text or not text.strip():
        return []
    lang = norm_lang(lang)
    model_spans: ModelSpans = []
    if use_model and field == "text":
        recognize_fn = _model()
        if recognize_fn is not None:
            try:
                model_spans = list(recognize_fn(_without_accents(text), lang))
            except Exception:  # a broken model must not lose the rule layer's facts
                model_spans = []
    rec = _Recogniser(text, lang, title_mode=field == "title", known=known, model_spans=model_spans)
    found = rec.recognise()
    if "/" in text:
        # "301/Pid.Sus/2025/PN Dps": a court's short name inside a case number is the code's
        found = [
            f
            for f in found
            if not (
                f.label == "ORG"
                and text[f.start - 1 : f.start] == "/"
                and rec._code(f.start, f.end)
            )
        ]
        rec.found = found
    _split_hyphenated(rec)
    if not rec.title_mode:
        _holders_inside_bodies(rec)
        _field_words_back_to_bodies(rec)
        if ", " in text:
            _holders_in_apposition(rec)
        _given_names_before_known_people(rec)
        if "-" in text:
            _split_name_pairs(rec)
        if " of " in text:
            _no_people_of(rec)
    found = sorted(join_name_openers(rec.found, text), key=lambda f: f.start)
    initials_everywhere(found, text, rec.initials)
    nicknames(found, text)
    quoted_nicknames(found, text)
    dotted_endings(found, text)
    if "," in text:
        found = role_units_before_names(found, text)
    if "-based" in text:
        found = places_before_based(found, text)
    found = company_names_without_form(found, text)
    found = subsidiaries_named_after_parents(found, text)
    found = bodies_inside_roles(found, text)
    roles_over_a_comma(found, text)
    found = places_inside_short_forms(found, text)
    found = units_named_after_bodies(found, text)
    found = bases_named_by_force(found, text)
    found = numbered_units(found, text)
    found = bracketed_short_forms(found, text)
    found = bodies_before_known_short_forms(found, text)
    join_short_forms(found, text, rec.places)
    aliases_share_ids(found, text)
    names_without_openers(found, text)
    clubs_named_after_places(found, text)
    institutions_by_name(found, text)
    same_surface(found, text)
    place_kind_ids(found, text)
    regional_offices_by_region(found, text)
    regional_agencies_in_english(found, text)
    found = road_facilities(found, text, known, title=field == "title")
    toll_roads_by_route(found, text)
    found = facilities_named_after_people(found, text)
    found = offices_named_after_facilities(found, text)
    found = [f for f in found if f.how != "lone" or f.id is not None]
    found = first_words_before_plurals(found, text)
    if lang == "id":
        found = [f for f in found if not english_term(f, text)]
    gaz = gazetteer()
    facts = []
    for f in found:
        surface = text[f.start : f.end]
        eid = f.referent(text)
        canonical = f.canonical or gaz.display(eid, lang) or surface
        attrs: dict[str, object] = {"surface": surface, "canonical": canonical, "source": f.how}
        if f.role:
            attrs["role"] = f.role
        if f.country:
            attrs["country"] = f.country
        facts.append(
            Fact(
                kind="entity",
                label=f.label,
                value=eid,
                text=surface,
                start=f.start,
                end=f.end,
                field=field,
                attrs=attrs,
            )
        )
    return facts


# Place heads of the buildings a body works in, named after it ("Gedung KPK", "Gedung
# SESDM"): an acronym after one is the body, not a word of the place's name.
_BODY_BUILDING_HEADS = frozenset({"gedung", "kampus", "wisma", "graha", "menara"})


# Indonesian field nouns that end a body's name ("Dinas Perikanan", "Badan Kepegawaian",
# "Dinas Pertanian"): a pe-/per-/ke- ... -an noun, never a person's one-word name.
_FIELD_NOUN_RE = re.compile(r"(?:pe|ke)[a-z]{3,}an")


@lru_cache(maxsize=1)
def _body_field_words() -> frozenset[str]:
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
_GEO_HEADS = frozenset(
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
_GEO_TAILS = frozenset(
    {"island", "islands", "river", "regency", "province", "district", "strait", "bay", "lake"}
)


# Place heads no person's name holds ("Tanjung", "Batu", "Kampung" do: "Yohanes Tanjung
# Putra"): a capitalised word opening a sentence before one of them is no part of the name.
_STRONG_PLACE_HEADS = frozenset(
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


def _split_hyphenated(rec: _Recogniser) -> None:
    """ "Israel-Palestina", "Hamas-run": each known part is its own place or body."""
    rec.found = [f for f in rec.found if not (f.how == "lone" and "-" in rec.text[f.start : f.end])]
    taken = [(f.start, f.end) for f in rec.found]
    # the few hyphenated tokens, picked out in one pass (none at all without a hyphen)
    hyphenated = [t for t in rec.tokens if "-" in t.text] if "-" in rec.text else []
    for t in hyphenated:
        if not _is_cap(t.text):
            continue
        if any(s <= t.start < e for s, e in taken):
            continue
        parts = t.text.split("-")
        if len(parts) == 2 and all(p[:1].isupper() for p in parts) and _names_a_route(rec, t):
            # "ruas tol Jakarta-Cikampek", "the Jakarta-Cikampek toll road": the route its two
            # ends name is one place
            rec.found.append(_Found(t.start, t.end, "LOC", "LOC:" + slug(t.text), how="cue"))
            continue
        pos = t.start
        for part in parts:
            entry = rec.gaz.lookup(part) if part[:1].isupper() else None
            if entry is not None and entry.label in ("LOC", "ORG"):
                rec.found.append(
                    _Found(
                        pos, pos + len(part), entry.label, entry.id, entry.country, how="gazetteer"
                    )
                )
            pos += len(part) + 1


def _holders_inside_bodies(rec: _Recogniser) -> None:
    """ "Kepala Dinas Peternakan Petrus Ngabud": a role held in a body, the body's head and
    field words, then two or more capitalised words that are no field, place, head, tail or
    role word (the run was read as one body's name). The body's name ends at its last field
    word and the words after it are the role holder's name, as the one-word holder already
    is; a region the body serves ("Dinas Kesehatan Sumba Timur", "Dinas Sosial Kabupaten
    X") keeps the run one body."""
    titles = rec.titles
    out: list[_Found] = []
    changed = False
    for f in rec.found:
        a = rec.index_of.get(f.start) if f.label == "ORG" and f.how == "rule" else None
        b = rec.ends_at.get(f.end) if a is not None else None
        if a is None or b is None or b - a < 3:
            out.append(f)
            continue
        words = rec.folded[a : b + 1]
        k = 1
        while k < len(words) and (rec._field_word(words[k]) or words[k] == "dan"):
            k += 1
        rest = rec.tokens[a + k : b + 1]
        role = rec._role_before(a)
        if (
            words[0] not in titles.org_heads
            or words[0] in titles.place_named_heads
            or k < 2
            or not 2 <= len(rest) <= 4
            or role is None
            or any(
                not rec._holder_after_body(t, w)
                or w in titles.compass_tails
                or w in _GEO_HEADS
                or w in _STRONG_PLACE_HEADS
                for t, w in zip(rest, words[k:], strict=True)
            )
        ):
            out.append(f)
            continue
        body_end = rec.tokens[a + k - 1].end
        out.append(_Found(f.start, body_end, "ORG", how="rule"))
        out.append(_Found(rest[0].start, f.end, "PER", role=role[0], how="rule"))
        changed = True
    if changed:
        rec.found = out


def _field_words_back_to_bodies(rec: _Recogniser) -> None:
    """ "Kepala Badan Penanggulangan | Bencana Daerah Kornelis Wuwur": a role holder's name
    read right after the body, opening with field words of a body's name, was cut one word
    too early. The field words go back to the body; the two or more words after them are the
    person; a "name" made of field words alone is the body's."""
    by_end = {g.end: g for g in rec.found if g.label == "ORG" and g.how == "rule"}
    dropped: list[_Found] = []
    for f in rec.found:
        g = by_end.get(f.start - 1)
        if g is None or f.label != "PER" or f.role is None or rec.text[g.end] != " ":
            continue
        a, b = rec.index_of.get(f.start), rec.ends_at.get(f.end)
        if a is None or b is None:
            continue
        k = a
        while k <= b and rec._field_word(rec.folded[k]) and _is_cap(rec.tokens[k].text):
            k += 1
        if k in (a, b):
            continue
        if k > b:
            # "Kepala Badan Penanggulangan | Bencana Daerah Kabupaten X": no name at all
            dropped.append(f)
            g.end = f.end
        else:
            g.end, f.start = rec.tokens[k - 1].end, rec.tokens[k].start
        entry = rec.gaz.lookup(rec.text[g.start : g.end])
        g.id, g.country = (entry.id, entry.country) if entry is not None else (None, None)
    if dropped:
        rec.found = [f for f in rec.found if all(f is not d for d in dropped)]


def _holders_in_apposition(rec: _Recogniser) -> None:
    """ "Kepala Badan Penanggulangan Bencana Daerah Kabupaten X, Kornelis Wuwur, ...": the
    name between commas after a role, its body and the region it serves is the holder's,
    not a place in apposition to the region ("Pelabuhan Ketapang, Banyuwangi,"): an unknown
    two-word run with no place word, after a role that opens the chain of names before the
    comma."""
    found = sorted(rec.found, key=lambda x: x.start)
    by_end = {x.end: x for x in found}
    titles = rec.titles
    for f in found:
        if (
            f.label != "LOC"
            or f.how != "rule"
            or rec.text[f.start - 2 : f.start] != ", "
            or rec.text[f.end : f.end + 1] != ","
            or f.start - 2 not in by_end
        ):
            continue
        a, b = rec.index_of.get(f.start), rec.ends_at.get(f.end)
        if a is None or b is None or b == a:
            continue
        if any(
            w in titles.heads or w in titles.any_tails or w in _GEO_HEADS or w in rec.doc_places
            for w in rec.folded[a : b + 1]
        ):
            continue
        first = by_end[f.start - 2]
        while True:
            # names joined by a space or a short name's brackets: "X (BPBD) Flores Timur"
            prev = next(
                (by_end[e] for e in (first.start - 1, first.start - 2) if e in by_end), None
            )
            if prev is None or rec.text[prev.end : first.start] not in (" ", ") ", " ("):
                break
            first = prev
        if first.label != "ORG" or (i := rec.index_of.get(first.start)) is None:
            continue
        role = rec._role_before(i)
        if role is None:
            continue
        f.label, f.id, f.how = "PER", None, "rule"
        f.role = f"{role[0]} {rec.text[first.start : f.start - 2]}"


def _given_names_before_known_people(rec: _Recogniser) -> None:
    """ "Danang Prabowo", "Eric Trump": a known person's one-word name (a surname the
    gazetteer lists alone) right after capitalised known given names is another person's
    family name: the whole name is that person, not the known one. Role words ("Presiden
    Prabowo") and a sentence's opening ordinary word keep the known person."""
    people = [f for f in rec.found if f.label == "PER" and f.how == "gazetteer"]
    if not people:
        return
    names, role_words = _person_names(), rec.titles.role_words
    by_end = {f.end: f for f in rec.found}
    dropped: list[_Found] = []
    for f in people:
        a = rec.index_of.get(f.start)
        if a is None or rec.ends_at.get(f.end) != a or a == 0:
            continue
        before = by_end.get(rec.tokens[a - 1].end)
        if before is not None:
            # "Muhammad Danang | Prabowo": the given names were read as a person of their own
            if (
                before.label != "PER"
                or before.how == "gazetteer"
                or rec.text[before.end : f.start] != " "
                or before.role is not None
            ):
                continue
            dropped.append(before)
            j = rec.index_of[before.start]
        else:
            j = a
            while j > 0:
                tok, word = rec.tokens[j - 1], rec.folded[j - 1]
                if (
                    not _is_cap(tok.text)
                    or word not in names
                    or word in role_words
                    or rec.text[tok.end : rec.tokens[j].start] != " "
                    or (tok.start in rec.sent_starts and word in _common_words())
                ):
                    break
                j -= 1
        if j == a or rec.gaz.lookup(rec.text[rec.tokens[j].start : f.end]) is not None:
            continue
        f.start, f.id, f.country, f.canonical, f.how = rec.tokens[j].start, None, None, None, "rule"
    if dropped:
        rec.found = [f for f in rec.found if all(f is not d for d in dropped)]


def _split_name_pairs(rec: _Recogniser) -> None:
    """ "Rusman Efendi-Ahmad Tarmizi", "Siti Rahma-Budi Hartono": a ticket or a pair of two
    people written as full names joined by a hyphen, one word or more on each side, the
    second opening with a known given name. Each side is its own person; a hyphen in a
    name's first or last word ("Jean-Pierre Dupont", "Ana Garcia-Lopez") is no pair."""
    out: list[_Found] = []
    changed = False
    names = _person_names()
    for f in rec.found:
        parts = rec.text[f.start : f.end].split(" ") if f.label == "PER" else []
        inner = [i for i, w in enumerate(parts[1:-1], 1) if w.count("-") == 1]
        if len(inner) != 1:
            out.append(f)
            continue
        left, right = parts[inner[0]].split("-")
        if not (
            left[:1].isupper()
            and right[:1].isupper()
            and left.isalpha()
            and right.isalpha()
            and fold(right) in names
            and rec.gaz.lookup(parts[inner[0]]) is None
        ):
            out.append(f)
            continue
        cut = f.start + len(" ".join(parts[: inner[0]])) + 1 + len(left)
        out.append(_Found(f.start, cut, "PER", role=f.role, how="rule"))
        out.append(_Found(cut + 1, f.end, "PER", how="rule"))
        changed = True
    if changed:
        rec.found = out


def _no_people_of(rec: _Recogniser) -> None:
    """ "the Pacific Ring of Fire", "Cape of Good Hope": an unknown capitalised run holding
    a lowercase "of" and no role is no person's name (names joined by "of" are places and
    bodies); it is a body when a word of it opens or ends one, else a place."""
    heads = rec.titles.org_heads | rec.titles.org_tails | titles_of("en").org_heads
    for f in rec.found:
        if f.label != "PER" or f.role or f.how not in ("guess", "rule"):
            continue
        words = [fold(w) for w in rec.text[f.start : f.end].split()]
        if "of" not in words[1:-1] or rec.text[f.start : f.end].count(" of ") != 1:
            continue
        f.label = "ORG" if any(w in heads for w in words) else "LOC"
        f.id = None


def _names_a_route(rec: _Recogniser, t: Token) -> bool:
    """Whether a route word stands right before the hyphenated token ("ruas tol", "jalur")
    or right after it ("toll road", "highway")."""
    before = rec.text[max(0, t.start - 12) : t.start].lower()
    after = rec.text[t.end : t.end + 14].lower()
    return any(
        before.endswith(f" {w} ") or before == f"{w} " for w in _route_words("route_cues")
    ) or any(
        after.startswith(f" {w}") and not after[len(w) + 1 : len(w) + 2].isalpha()
        for w in _route_words("route_tails")
    )


@lru_cache(maxsize=2)
def _route_words(key: str) -> tuple[str, ...]:
    return tuple(sorted(_in_every_language("titles", key), key=len, reverse=True))


# English qualifiers of a place's kind ("X International Airport"), which a headline drops.
_ENGLISH_QUALIFIERS = frozenset({"international", "national", "regional", "domestic"})


# Legal forms written after a company's name, which a headline leaves out.
_LEGAL_ENDINGS = frozenset({"co", "corp", "inc", "ltd", "llc", "plc", "bhd", "tbk"})


def body_names(facts: Iterable[Fact], lang: str = "id") -> dict[str, tuple[str, str]]:
    """Folded names (and surnames) of the body's PER/ORG/LOC, for matching the headline;
    a place written with its head word ("Kabupaten Agam", "Stasiun X") is also known bare."""
    out: dict[str, tuple[str, str]] = {}
    titles = titles_of(norm_lang(lang))
    heads = titles.loc_heads
    both = (titles_of("id"), titles_of("en"))
    tails = frozenset().union(*(t.loc_tails for t in both))
    qualifiers = frozenset().union(*(t.body_qualifiers for t in both)) | _ENGLISH_QUALIFIERS
    for f in facts:
        if f.kind != "entity":
            continue
        out.setdefault(fold(f.text), (f.label, str(f.value)))
        words = fold(f.text).split()
        if f.label == "PER" and len(words) >= 2:
            out.setdefault(words[-1], (f.label, str(f.value)))
            k = len(words) - 1
            while k > 1 and words[k - 1] in titles.connectors:
                k -= 1  # "Van der Linden" in the headline of "Jordi van der Linden"
            if k < len(words) - 1:
                out.setdefault(" ".join(words[k:]), (f.label, str(f.value)))
        if f.label == "ORG" and len(words) >= 3 and words[-1].rstrip(".") in _LEGAL_ENDINGS:
            # "Daewon Heavy Industries" in the headline of "... Industries Co."
            out.setdefault(" ".join(words[:-1]), (f.label, str(f.value)))
        if f.label == "LOC" and len(words) >= 2 and words[0] in heads:
            out.setdefault(" ".join(words[1:]), (f.label, str(f.value)))
        if f.label == "LOC" and len(words) >= 3:
            # "Bandara Internasional X", "X International Airport": a headline names the
            # place by its own word alone ("Mendarat Darurat di X")
            lo, hi = 0, len(words)
            while lo < hi and (words[lo] in heads or words[lo] in qualifiers):
                lo += 1
            while hi > lo and (words[hi - 1] in tails or words[hi - 1] in qualifiers):
                hi -= 1
            if 0 < hi - lo < len(words) - 1:
                out.setdefault(" ".join(words[lo:hi]), (f.label, str(f.value)))
    for f in facts:
        words = fold(f.text).split() if f.kind == "entity" else []
        if f.label == "PER" and len(words) >= 2:
            out.setdefault(words[0], (f.label, str(f.value)))
    return out
