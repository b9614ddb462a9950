"""Words around a person's name that readers of other name cultures misread.

The recogniser's chunk rules were built on names written as given name + family name. Three
habits of Indonesian news break them, and each is fixed here on the article's mentions:

- Balinese and Sasak names open with a word that is part of the name but reads as something
  else: "I" (a pronoun, or a Roman one), "Ni", "Lalu" ("then"), "Baiq", "Anak Agung". The
  model and the rules find the rest ("Gusti Ngurah Putu Wirawan") and leave the opener alone
  or as a place; the name is the whole ("I Gusti Ngurah Putu Wirawan"), so quotes and short
  forms resolve to it.
- Academic degrees follow a name after a comma ("Hendri Chaniago, S.H., M.Si."): capitalised,
  dotted, short, they read as a person's initials or a body's acronym. They are no name.
- A nickname follows its cue ("MR alias Ucok", 'berjuluk "Il Falco"'): a person.
- Police name suspects by their initials and age ("AS (34)") and the rest of the article by
  the initials alone ("AS diduga berperan ..."): there the acronym is the person, even where
  it is also a country's short name.

The word lists are data (``lang/id/titles.json``: ``name_openers``, ``degrees``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kroscek.extract.mentions import Mention, as_written, in_every_language, person_names
from kroscek.extract.normalize import fold, slug
from kroscek.extract.resources import LANGS, load

_SPACE_BEFORE_RE = re.compile(r"(\S+(?: \S+)?) $")  # the one or two words right before


@lru_cache(maxsize=1)
def name_openers() -> dict[tuple[str, ...], frozenset[str]]:
    """Opener words (folded tuple) -> the folded names that may follow (empty: any)."""
    out: dict[tuple[str, ...], frozenset[str]] = {}
    for lang in LANGS:
        for opener, after in load(lang, "titles").get("name_openers", {}).items():
            if opener.startswith("_"):
                continue
            key = tuple(fold(w) for w in opener.split())
            out[key] = out.get(key, frozenset()) | frozenset(fold(w) for w in after)
    return out


@lru_cache(maxsize=1)
def degrees() -> frozenset[str]:
    """Degrees as written, without their last dot ("S.H", "M.Si", "Lc", "PhD")."""
    return frozenset(
        d.rstrip(".") for lang in LANGS for d in load(lang, "titles").get("degrees", [])
    )


def is_degree(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is an academic degree written after a name and a comma
    ("Ir. Hendri Chaniago, M.Si., menyebutkan"): a listed degree, right after a comma."""
    # (the comma first: most runs follow none)
    return text[start - 2 : start] == ", " and text[start:end].rstrip(".") in degrees()


def opener_length(words: list[str]) -> int:
    """How many of the folded ``words`` open a Balinese or Sasak name ("anak agung" of
    "anak agung gede rai sukarta"): 0 when they open none. The rest must be a name."""
    openers = name_openers()
    for n in (2, 1):
        allowed = openers.get(tuple(words[:n]))
        if allowed is not None and len(words) > n and (not allowed or words[n] in allowed):
            return n
    return 0


def min_name_words(words: list[str], opener: int) -> int:
    """How many words a guessed person's name needs after its ``opener`` words: one after a
    noble or clan opener that takes any name ("Teuku Alfian", "Andi Baso"), two otherwise
    ("I Made Sudana": "Made" is a birth-order name, not the person's own)."""
    if opener and not name_openers().get(tuple(words[:opener]), frozenset({""})):
        return 1
    return 2


@lru_cache(maxsize=1)
def _opener_words() -> frozenset[str]:
    """Every word of every opener: the word right before a name must be one of them."""
    return frozenset(w for key in name_openers() for w in key)


def _opener_before(text: str, start: int, first_word: str) -> int | None:
    """Where a name opener right before ``start`` begins ("I " before "Gusti Ngurah"), if the
    name's first word may follow it; None when there is none."""
    if start < 2 or text[start - 1] != " ":
        return None
    prev = text[text.rfind(" ", 0, start - 1) + 1 : start - 1]
    if fold(prev) not in _opener_words():
        return None  # most names: one set lookup, no search
    m = _SPACE_BEFORE_RE.search(text, max(0, start - 40), start)
    if m is None:
        return None
    words = m.group(1).split(" ")
    openers = name_openers()
    if len(words) >= 1 and words[-1][:1].isupper():
        # "Anak | Agung Ngurah Oka": the name was found from the opener's second word
        pair = (fold(words[-1]), fold(first_word))
        if openers.get(pair) is not None and not _sentence_start(text, start - 1 - len(words[-1])):
            return start - 1 - len(words[-1])
    for n in (2, 1):  # the longest opener first ("Anak Agung" before "Agung")
        if len(words) < n:
            continue
        cand = words[-n:]
        if not all(w[:1].isupper() for w in cand):
            continue
        allowed = openers.get(tuple(fold(w) for w in cand))
        if allowed is None or (allowed and fold(first_word) not in allowed):
            continue
        begin = start - 1 - len(" ".join(cand))
        if _sentence_start(text, begin) and fold(cand[0]) not in ("i", "ni"):
            return None  # "Lalu Ahmad pergi ...": the sentence opens with "then"
        return begin
    return None


# a short dotted title or honorific right before a name ("dr.", "Tgk.", "Hj.", "Drs.")
_DOTTED_TITLE_RE = re.compile(r"(?:^|[\s(])[A-Za-z]{1,3}\.$")


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" ")
    if before.endswith(".") and _DOTTED_TITLE_RE.search(before):
        return False  # "dr. Teuku X", "Tgk. Cut X": a dotted title, not a sentence's end
    return not before or before[-1] in '.!?"“\n'


# a possessive opening a capitalised run read as a person ("Aprilia's Jorge Martínez")
_POSSESSIVE_OPENING_RE = re.compile(r"[A-Z][\w.&-]*['’]s\s+(?=[A-Z])")


def _past_possessives(persons: list[Mention], text: str) -> None:
    """ "Ducati's Luca Ferrante", "Aprilia's Jorge Martínez": an English possessive before a
    name is whose team, company or country the person is with, no word of the name; the
    person starts after it (and takes the id of the name alone)."""
    for f in persons:
        m = _POSSESSIVE_OPENING_RE.match(text, f.start, f.end)
        if m is None or m.end() >= f.end:
            continue
        old = text[f.start : f.end]
        f.start = m.end()
        if f.id is not None and f.id == "PER:" + slug(old):
            f.id = None  # the id was made from the possessive too: made from the name again


def join_name_openers(found: list[Mention], text: str) -> list[Mention]:
    """ "AKBP I Gusti Ngurah Putu Wirawan", "Ipda Baiq Nurul Hidayati": a person's name takes
    the openers written right before it; what was found on the openers alone goes. An
    English possessive before a name is left out of it (``_past_possessives``)."""
    persons = [f for f in found if f.label == "PER"]
    if not persons:
        return found
    if "'s " in text or "’s " in text:
        _past_possessives(persons, text)
    dropped: set[int] = set()
    for f in persons:
        while True:
            first = text[f.start : f.end].split(" ")[0]
            begin = _opener_before(text, f.start, first)
            if begin is None:
                break
            old = text[f.start : f.end]
            for g in found:
                if g is not f and g.start < f.start and g.end > begin:
                    dropped.add(id(g))
            f.start = begin
            if f.id is not None and f.id == "PER:" + slug(old):
                f.id = None  # the id was the shorter name's own: made from the whole again
    if not dropped:
        return found
    return [f for f in found if id(f) not in dropped]


def initials_everywhere(found: list[Mention], text: str, initials: set[str]) -> None:
    """ "berinisial AR (34)" ... "Menurut polisi, AR merupakan perekrut": initials the
    article gives a person once are that person wherever the acronym stands alone, also where
    it is a country's short name ("AS (34)" ... "AS diduga"), unless money is counted in it
    ("dolar AS"). Sorted ``found`` gains the ones no rule found."""
    if "inisial" in text:
        # "berinisial S (25)": one letter is too short for the recogniser's acronyms
        initials = initials | set(_ONE_LETTER_INITIAL_RE.findall(text))
    if not initials:
        return
    for f in found:
        surface = text[f.start : f.end]
        if surface not in initials or f.label == "PER":
            continue
        if f.label == "ORG" and f.how == "rule":
            f.label, f.id = "PER", None
        elif f.label == "LOC" and not _after_currency(text, f.start):
            f.label, f.id, f.country = "PER", None, None
    taken = [(f.start, f.end) for f in found]
    added = False
    for m in re.finditer(r"\b(?:" + "|".join(map(re.escape, sorted(initials))) + r")\b", text):
        start, end = m.span()
        if any(s < end and start < e for s, e in taken) or _after_currency(text, start):
            continue
        found.append(Mention(start, end, "PER"))
        added = True
    if added:
        found.sort(key=lambda f: f.start)


@lru_cache(maxsize=1)
def _nickname_re() -> re.Pattern[str]:
    cues = as_written("nickname_cues")
    return re.compile(
        r"\b(?:" + "|".join(map(re.escape, cues)) + r")\s+[\"“']?"
        # up to three words: a Chinese name ("X alias Tan Kok Liang")
        r"([A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2})(?=[\"”']?)"
    )


def nicknames(found: list[Mention], text: str) -> None:
    """ "MR alias Ucok", "dikenal dengan julukan Ucok", 'berjuluk "Il Falco"': the
    capitalised words after a nickname cue are a person, whatever else read them; sorted
    ``found`` stays sorted."""
    if not any(c in text for c in ("alias", "juluk", "nickname", "a.k.a.", "disapa", "goes by")):
        return
    team_names: set[str] = set()
    for m in _nickname_re().finditer(text):
        start, end = m.span(1)
        if _after_team_noun(text, m.start()):
            # "tim berjuluk Laskar Ombak", "the club, nicknamed The Magpies": the team's
            # nickname, no person and none of its words an entity of their own
            team_names.add(text[start:end])
            found[:] = [f for f in found if not (f.start < end and start < f.end)]
            continue
        over = [f for f in found if f.start < end and start < f.end]
        if any(f.how != "lone" for f in over):
            # a person already, or a place or body that a cue named ("julukan Desa Wisata",
            # "dijuluki Kota Pahlawan"); a "lone" word is dropped later unless a rule
            # vouches for it
            continue
        for f in over:
            found.remove(f)
        found.append(Mention(start, end, "PER"))
    if team_names:
        # the nickname written again without its cue ("Laskar Ombak kalah 1-2") is the team too
        found[:] = [
            f for f in found if not (f.label == "PER" and text[f.start : f.end] in team_names)
        ]
    found.sort(key=lambda f: f.start)


# A sports team's noun right before a nickname cue, maybe with a comma and "itu"/"the" between.
_TEAM_NOUN_BEFORE_RE = re.compile(r"([^\W\d_]+)(?:\s+(?:itu|ini|tersebut))?\s*,?\s*$")


def _after_team_noun(text: str, cue_start: int) -> bool:
    """Whether the nickname cue at ``cue_start`` follows a team's noun ("tim berjuluk",
    "klub yang dijuluki", "the club, nicknamed")."""
    before = text[max(0, cue_start - 24) : cue_start]
    if before.rstrip().lower().endswith(" yang"):
        before = before.rstrip()[:-4]
    m = _TEAM_NOUN_BEFORE_RE.search(before)
    return m is not None and fold(m.group(1)) in in_every_language("titles", "team_nouns")


# '"Il Falco" Bellandi' after 'Marco': a quoted nickname of up to three words, then a surname;
# the pattern opens with the quote so that a search skips the text between quotes fast
_QUOTED_NICKNAME_RE = re.compile(r"[\"“]([A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2})[\"”] ([A-Z][\w'-]+)\b")


def quoted_nicknames(found: list[Mention], text: str) -> None:
    """'Marco "Il Falco" Bellandi': a known given name, a nickname in quotes and a surname
    are one person's name as written; what was found on its pieces goes (the surname alone
    read as a place, the nickname as a second person). Sorted ``found`` stays sorted."""
    if '"' not in text and "“" not in text:
        return
    for m in _QUOTED_NICKNAME_RE.finditer(text):
        q = m.start()
        if q < 3 or text[q - 1] != " ":
            continue
        start = text.rfind(" ", 0, q - 1) + 1
        given = text[start : q - 1]
        if not given[:1].isupper() or fold(given) not in person_names():
            continue
        end = m.end()
        found[:] = [f for f in found if not (f.start < end and start < f.end)]
        found.append(Mention(start, end, "PER"))
        found.sort(key=lambda f: f.start)


_ONE_LETTER_INITIAL_RE = re.compile(r"\b(?:ber)?inisial(?:nya)? ([A-Z])\b")
_CURRENCY_BEFORE_RE = re.compile(r"(?:dolar|dollar|dólar)\s+$", re.IGNORECASE)


def _after_currency(text: str, start: int) -> bool:
    return _CURRENCY_BEFORE_RE.search(text, max(0, start - 12), start) is not None


# Abbreviated words that end a name with their dot: legal forms of companies ("Hollandia
# Marine Corp.") and generational suffixes of persons ("Carlos Mendoza Jr.").
_DOTTED_ENDINGS = frozenset({"Co", "Corp", "Inc", "Ltd", "Bhd", "Jr", "Sr", "Bros"})
_ORDINAL_BEFORE_RE = re.compile(r"\b\d+(?:st|nd|rd|th) $")
_ORDINAL_ENDS = frozenset({"st ", "nd ", "rd ", "th "})


def dotted_endings(found: list[Mention], text: str) -> None:
    """ "Hollandia Marine Corp.", "Carlos Mendoza Jr.": the dot of an abbreviated last word
    belongs to the name (the tokenizer reads it as the sentence's); "the 173rd Military Area
    Command": an ordinal number right before a body's name is part of it."""
    for f in found:
        if f.label == "LOC":
            continue
        if text[f.end : f.end + 1] == "." and text[f.start : f.end].rsplit(" ", 1)[-1] in (
            _DOTTED_ENDINGS
        ):
            f.end += 1
        if f.label == "ORG" and text[f.start - 3 : f.start] in _ORDINAL_ENDS:
            m = _ORDINAL_BEFORE_RE.search(text, max(0, f.start - 12), f.start)
            if m is not None:
                f.start = m.start()


# what stands between a person's name and another name of the same person: "X alias Y",
# "X a.k.a. Y", "X (Y)" — a Chinese-Indonesian's two names, a suspect's street name
# "X atau yang akrab disapa (Koh) Y", "X, a trader who goes by the name Y"
_ALIAS_BETWEEN_RE = re.compile(
    r" (?:alias|a\.k\.a\.|also known as) | \(| atau(?: yang)? (?:akrab |biasa )?disapa "
    r"|,[^,.]{0,40}? who (?:also )?goes by the (?:nick)?name "
)
_ADDRESS_WORD_RE = re.compile(r"[A-Z][a-z]{1,7} ")


def aliases_share_ids(found: list[Mention], text: str) -> None:
    """ "Hendra Wijaya alias Tan Kok Liang", "Budi Santoso (Oey Hong Bing)": the second name
    is the same person's, so it takes the first's id (and display name); the two are one
    referent, not two people. In brackets only a name of two words or more counts ("Ahmad
    (45)" is an age, "(ITB)" a body's short form)."""
    if not any(c in text for c in ("alias", "(", "known as", "disapa", "goes by")):
        return
    people = [f for f in found if f.label == "PER"]
    by_start = {f.start: f for f in people}
    for first in people:
        m = _ALIAS_BETWEEN_RE.match(text, first.end)
        second = by_start.get(m.end()) if m is not None else None
        if m is not None and second is None and m.group() != " (":
            # an address word before the second name ("disapa Koh Hendra"), a title
            word = _ADDRESS_WORD_RE.match(text, m.end())
            second = by_start.get(word.end()) if word is not None else None
        if m is None or second is None or second is first:
            continue
        if m.group() == " (" and (
            text[second.end : second.end + 1] != ")" or " " not in text[second.start : second.end]
        ):
            continue
        second.id = first.referent(text)
        second.canonical = first.canonical or text[first.start : first.end]


@lru_cache(maxsize=1)
def _birth_order_words() -> frozenset[str]:
    """The caste and birth-order words a Balinese opener allows after it ("gusti", "made",
    "ngurah"): titles of the name, which a second mention leaves out."""
    return frozenset(w for allowed in name_openers().values() for w in allowed)


def names_without_openers(found: list[Mention], text: str) -> None:
    """ "I Gusti Ngurah Wirya Darma" ... "Wirya Darma": a later mention without the opener and
    the caste and birth-order words after it is the same person (the opener is written on
    the identity card, the rest is what a story calls the person by). Only names of two
    words or more are joined so; a lone word is ``join_short_forms``'s."""
    full: dict[str, Mention] = {}
    for f in found:
        if f.label != "PER":
            continue
        words = fold(text[f.start : f.end]).split()
        n = opener_length(words)
        if not n:
            continue
        while n < len(words) - 2 and words[n] in _birth_order_words():
            n += 1
        if len(words) - n >= 2:
            full.setdefault(" ".join(words[n:]), f)
    if not full:
        return
    for f in found:
        owner = full.get(fold(text[f.start : f.end])) if f.label == "PER" else None
        if owner is not None and owner is not f:
            f.id = owner.referent(text)
            f.canonical = owner.canonical or text[owner.start : owner.end]
