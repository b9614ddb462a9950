"""The names one article's recogniser found, and the passes over all of them together.

``kroscek.extract.entities`` walks a text's capitalised runs and labels each one; some
decisions need the whole article: a short name is the full name written elsewhere ("Qaani"
after "Esmail Qaani"), a word opening one body's name is that body ("Garuda"), a name read as
a person only for want of a cue takes the label a cue gives it elsewhere, the words between
a role and the comma before a name are the role's unit, and a place named by a geographic
word gets one id in both languages ("Sungai Tana" = "Tana River"). Those passes live here,
with the ``Mention`` they work on and the word lists they share with the recogniser.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from kroscek.extract.gazetteer import gazetteer
from kroscek.extract.normalize import fold, slug
from kroscek.extract.resources import LANGS, load

_NEXT_CAP_RE = re.compile(r" [A-Z]")


# ~27 (name, key) pairs are asked across the extractors: with room for 16, the least
# recently asked ones were evicted and their sets rebuilt
@lru_cache(maxsize=64)
def in_every_language(name: str, key: str | None = None) -> frozenset[str]:
    """Folded words of the data file ``name`` in every language: its ``key`` list, or the
    file's own keys (``_`` notes left out). Articles mix languages ("Rp" and "US$", "Sabtu"
    and "Saturday"), so these word lists apply whatever the text's language."""
    words: set[str] = set()
    for lang in LANGS:
        data = load(lang, name)
        entries = data.get(key, []) if key is not None else data
        words.update(fold(w) for w in entries if not w.startswith("_"))
    return frozenset(words)


@lru_cache(maxsize=1)
def person_names() -> frozenset[str]:
    """Given and family names known to the entity model's lexicon (empty without it)."""
    try:
        from kroscek.extract.ner.lexicon import person_names as lexicon_names
    except ImportError:
        return frozenset()
    return lexicon_names()


def is_cap(tok: str) -> bool:
    """Whether a token starts with a capital letter."""
    return tok[:1].isupper()


@dataclass
class Mention:
    """One name the recogniser found: its span, label and id, with how it was found
    ("gazetteer", "rule", "cue", "guess", "lone", "fuzzy", "body")."""

    start: int
    end: int
    label: str
    id: str | None = None
    country: str | None = None
    role: str | None = None
    canonical: str | None = None
    how: str = "rule"

    def referent(self, text: str) -> str:
        """The id the mention's fact gets: its own, or its label and the slug of its surface
        in ``text`` (what two mentions compare by before their facts are built)."""
        return self.id or f"{self.label}:{slug(text[self.start : self.end])}"


# English words that join the words of a term, never of a person's name ("Work From Home").
_ENGLISH_JOINERS = frozenset({"from", "of", "the", "for", "and", "to", "with", "into", "by"})


# English endings of abstract nouns no person's name has ("Facility", "Partnership",
# "Settlement"): a capitalised English term inside Indonesian text, not a person. Not
# "-tion" ("Nasution" is a surname).
_ENGLISH_TERM_RE = re.compile(r"(?:.{3}(?:ity|ness|ship|ism)|.{5}ment)$", re.IGNORECASE)


def english_term(f: Mention, text: str) -> bool:
    """Whether a "person" found in Indonesian text is a capitalised English term ("suku bunga
    Deposit Facility", "kebijakan Work From Home"): a joining word or an abstract noun's
    ending in it. Names the gazetteer or the article's known names give are kept."""
    if f.label != "PER" or f.how not in ("rule", "model", "guess") or f.role:
        return False
    words = text[f.start : f.end].split()
    if len(words) < 2:
        return False
    if any(w.lower() in _ENGLISH_JOINERS for w in words[1:-1]):
        return True
    return bool(_ENGLISH_TERM_RE.search(words[-1]))


# capitalised words of the unit ("Polda Jabar", "PLN"), then the comma before the name
# ("dan"/"and" may join two words of the unit: "Penyelenggaraan Haji dan Umrah")
_ROLE_GAP_RE = re.compile(r"(?:[ \t]+(?:[A-Z][\w.&'-]*|dan|and)){0,5}[ \t]*,[ \t]*")


# a unit listed with commas and "dan", then the name with no comma before it ("Menteri
# Koordinator Politik, Hukum, dan Keamanan Tedjo ...")
_ROLE_LIST_GAP_RE = re.compile(
    r"(?:[ \t]*,[ \t]+(?:(?:dan|and)[ \t]+)?[A-Z][\w.&'-]*(?:[ \t]+[A-Z][\w.&'-]*)?)+[ \t]+"
)
_ROLE_RANK_GAP_RE = re.compile(
    r"(?:[ \t]+[A-Z][\w.&'-]*){0,4}[ \t]*,[ \t]*(?:[A-Z][\w.]*[ \t]+){1,2}"
)


def role_units_before_names(found: list[Mention], text: str) -> list[Mention]:
    """ "Kepala Seksi Penerangan Hukum Kejati Sumut, Dewi Siregar": the capitalised words
    right after a role, up to a comma that a person's name follows, are the role's unit
    ("Seksi Penerangan Hukum", "Komunikasi Korporat"), not a second person: the person is
    the name after the comma, and takes the whole role. Only for a unit that names no
    person of the text elsewhere, when nothing but capitalised
    words (the unit's own organisations and places: "Kejati", "Polda Jabar", "PLN") stands
    before the comma, and the first words are no given name ("Kepala Desa Sukamaju" is a
    place; "Menteri Budi, Andi ..." keeps Budi)."""
    drop: set[int] = set()
    n = len(found)
    person_words: Counter[str] | None = None  # built for the first candidate only
    for i, f in enumerate(found):
        if f.label != "PER" or not f.role or f.how != "rule":
            continue
        if i + 1 >= n or "," not in text[f.end : found[-1].start]:
            continue
        if person_words is None:
            # a place of the text read as a person after a role ("Kapolres Cilegon, AKBP
            # ...", "Kepala Dinas ... Cilegon, Agus ...") names no person elsewhere
            places = {fold(text[g.start : g.end]) for g in found if g.label == "LOC"}
            person_words = Counter(
                w
                for g in found
                if g.label == "PER" and fold(text[g.start : g.end]) not in places
                for w in fold(text[g.start : g.end]).split()
            )
        if fold(f.role) in in_every_language("titles", "religious_titles"):
            continue  # "Romo X, Pendeta Y": a title of a person heads no unit
        unit = fold(text[f.start : f.end]).split()
        if any(person_words[w] > 1 for w in unit):
            # "Kuasa hukum Darmawan, Yohanes Tanjung": a name the text gives a person
            # elsewhere ("Darmawan Saputra") is the client, not a unit
            continue
        k = i + 1
        while k < n and (found[k].label in ("ORG", "LOC") or found[k].how == "lone"):
            k += 1  # (a lone capitalised word of the unit: "Haji dan Umrah Kementerian ...")
        if k >= n or found[k].label != "PER":
            continue
        g = found[k]
        # a rank or title of the person after the comma ("Kapolres Cilegon, AKBP Yudi ...")
        gap = _ROLE_GAP_RE.fullmatch(text, f.end, g.start) or (
            _ROLE_RANK_GAP_RE.fullmatch(text, f.end, g.start) if g.role else None
        )
        if gap is None and g.role:
            continue
        listed = None if gap else _ROLE_LIST_GAP_RE.fullmatch(text, f.end, g.start)
        first_word = fold(text[f.start : f.end]).split()[0]
        if (gap is None and listed is None) or (
            # "Menteri Budi, Andi ..." keeps Budi; a unit of several words running into a
            # body or a place before the comma ("Direktur Lentera Suara Indonesia, X") does not
            first_word in person_names() and not (k > i + 1 and " " in text[f.start : f.end])
        ):
            continue
        unit_end = g.start if listed else text.rindex(",", f.end, g.start)
        role_start = _role_start_before(found, i, text)
        if role_start is not None:
            # "Kepala BPBD Sirangga, Hendra": the body between the role word and its unit
            # belongs to the role too ("Kepala BPBD Sirangga", not "Kepala Sirangga")
            unit_role = text[role_start:unit_end].rstrip()
        else:
            unit_role = f"{f.role} {text[f.start : unit_end].rstrip()}"
        g.role = f"{unit_role}, {g.role}" if g.role else unit_role
        last = text[f.start : f.end].split()[-1]
        if " " in text[f.start : f.end] and fold(last) in in_every_language(
            "titles", "regional_bodies"
        ):
            # "Direktur Reserse Narkoba Polda Aceh, Kombes Pol X": the unit ends in the
            # regional office it belongs to; that office is the body named
            f.start, f.label, f.role, f.how = f.end - len(last), "ORG", None, "rule"
            f.id = f.country = None
            continue
        known_body = any(
            found[x].label == "ORG" and found[x].how == "gazetteer" for x in range(i + 1, k)
        )
        if _held_in_body(f.role) and known_body:
            # "Manajer Kampanye Tambang Walhi, X": the unit ends in a body the gazetteer
            # knows; that body is the one named, the words before it are the unit's
            drop.add(i)
        elif _held_in_body(f.role):
            # "Presiden Direktur Samudra Baja Nusantara, Hope Lim": the unit of a role held
            # in a company or a team is that body's name, whatever its words were read as
            unit_text = text[f.start : unit_end].rstrip()
            f.label, f.end, f.role, f.how = "ORG", f.start + len(unit_text), None, "rule"
            f.id = f.country = None
            drop.update(x for x in range(i + 1, k) if found[x].start < f.end)
            if _after_body(found, i, text):
                # "Presiden Direktur [Bahari] Sinar Lestari, X": the first word was read as
                # the body and the rest as its person; the body is the whole unit
                f.start = found[i - 1].start
                drop.add(i - 1)
        elif " " not in text[f.start : f.end] and _after_body(found, i, text):
            # "Kepala BPBD Garut, Rahmat Hidayat": one word after the body a role is held in
            # is the region the body serves, kept as a place
            f.label, f.id, f.role, f.how = "LOC", "LOC:" + slug(text[f.start : f.end]), None, "cue"
        else:
            drop.add(i)
    return [f for i, f in enumerate(found) if i not in drop] if drop else found


def _held_in_body(role: str) -> bool:
    """Whether a role is held in a company or team that is named after it ("CEO", "Presiden
    Direktur", "pelatih"): its unit is the body."""
    words = fold(role).split()
    return any(tuple(words[-len(r) :]) == r for r in _body_role_keys() if len(r) <= len(words))


@lru_cache(maxsize=1)
def _body_role_keys() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(fold(r).split()) for r in in_every_language("titles", "body_roles"))


def _role_start_before(found: list[Mention], i: int, text: str, gap: str = " ") -> int | None:
    """Where the role of mention i starts when bodies and places stand between the role
    word and the mention, the last of them ``gap`` before it ("[Kepala] BPBD | Sirangga";
    with ``gap=", "``, "[Kepala] Dinas PUPR Provinsi Aceh, | Rizal"): right before the first
    of them. None when the role stands right before the mention, or nowhere before it."""
    role = found[i].role
    if not role:
        return None
    pos, k = found[i].start, i - 1
    while (
        k >= 0
        and found[k].label in ("ORG", "LOC")
        and text[found[k].end : pos] == (gap if k == i - 1 else " ")
    ):
        pos, k = found[k].start, k - 1
    if k == i - 1 or pos < len(role) + 1 or text[pos - len(role) - 1 : pos] != role + " ":
        return None
    return pos - len(role) - 1


def roles_over_a_comma(found: list[Mention], text: str) -> None:
    """ "Kepala Dinas PUPR Provinsi Aceh, Muhammad Rizal": a role carried over a comma to the
    name after it is the role with the body and the region it serves written before the
    comma, as ``role_units_before_names`` makes it when the region was read as a person.
    Only a body and then its region: other words there ("Ketua Tim Pemenangan X, Y") stay
    the role's own business. Written without the comma ("Kepala BPBD Garut Rahmat") the
    role is the same, the office with its body and region, whichever way the article
    punctuates it; a body with no region ("pejabat senior Hamas X") stays out of the role
    in both."""
    for i, f in enumerate(found):
        if not (i and f.label == "PER" and f.role and found[i - 1].label == "LOC"):
            continue
        gap = text[found[i - 1].end : f.start]
        if gap in (", ", " "):
            start = _role_start_before(found, i, text, gap=gap)
            if start is not None and any(
                g.label == "ORG" and start <= g.start for g in found[max(0, i - 4) : i]
            ):
                f.role = text[start : found[i - 1].end]


def _after_body(found: list[Mention], i: int, text: str) -> bool:
    """Whether the mention i stands right after a body's name ("BPBD [Garut]")."""
    return i > 0 and found[i - 1].label == "ORG" and text[found[i - 1].end : found[i].start] == " "


def join_short_forms(found: list[Mention], text: str, places: dict[str, str]) -> None:
    """ "Qaani" after "Esmail Qaani" in one article: the short name takes the full name's id.

    Surnames are tried first; then first names, since Indonesian news often calls
    "Andi Wijaya" just "Andi"; then, when only one person has it, a middle name ("Ridwan"
    of "Muhammad Ridwan Lubis": many given names open with "Muhammad") or a first name cut
    short ("Frans" of "Fransiskus Xaverius Lado"). A surname two full names share ("Tariq
    Mehmood" and his son "Usman Tariq Mehmood") is still a person: it takes the first of
    them written before it, the one the story introduced first and keeps talking about. A
    lone word that opens exactly one body's name of several words ("Garuda" of "Garuda
    Indonesia") is that body, unless the text calls that body a subsidiary ("its property
    arm, Thaco Industries"): the word is then the parent, a body of its own.
    """
    by_last: dict[str, list[tuple[int, str]]] = {}
    by_first: dict[str, list[tuple[int, str]]] = {}
    by_middle: dict[str, set[str]] = {}  # "Ridwan" of "Muhammad Ridwan Lubis"
    org_by_first: dict[str, set[str]] = {}
    parents: set[str] = set()  # first words of subsidiaries' names: their parent's name
    org_names: dict[str, str] = {}  # id -> folded name without its legal form
    full_by_id: dict[str, str] = {}
    for f in found:
        surface = text[f.start : f.end]
        words = surface.split()
        if f.label == "PER" and len(words) >= 2:
            eid = f.id or f"PER:{slug(surface)}"
            by_last.setdefault(fold(words[-1]), []).append((f.start, eid))
            by_first.setdefault(fold(words[0]), []).append((f.start, eid))
            for word in words[1:-1]:
                by_middle.setdefault(fold(word), set()).add(eid)
            full_by_id.setdefault(eid, surface)
        elif f.label == "ORG" and len(words) >= 2:
            if fold(words[0]) in in_every_language("titles", "company_heads"):
                words = words[1:]  # "PT Cakrawala Energi" is called "Cakrawala"
            if words and _subsidiary(text, f.start):
                parents.add(fold(words[0]))  # "property arm, Thaco Industries": "Thaco"
            elif words:
                eid = f.id or f"ORG:{slug(surface)}"
                org_by_first.setdefault(fold(words[0]), set()).add(eid)
                org_names.setdefault(eid, fold(" ".join(words)))
    # "Sri Rahayu" of "Sri Rahayu Hadisusanto": the first two words of longer names
    by_two: dict[str, set[str]] = {}
    for eid, full in full_by_id.items():
        words = fold(full).split()
        if len(words) >= 3:
            by_two.setdefault(" ".join(words[:2]), set()).add(eid)
    for f in found:
        surface = text[f.start : f.end]
        if len(surface.split()) != 1:
            owners = by_two.get(fold(surface)) if f.label == "PER" and f.id is None else None
            if owners is not None and len(owners) == 1:
                # two words that open exactly one longer name of the article are that
                # person (Indonesian news often drops the last name)
                f.id = next(iter(owners))
                f.canonical = full_by_id[f.id]
            continue
        key = fold(surface)
        if f.how == "lone" and key in places:
            f.label, f.id = "LOC", places[key]
            continue
        if f.how == "fuzzy" and key in by_last:
            # "Bellandi" after 'Marco "Il Falco" Bellandi': a surname the article gives a
            # person beats a close spelling of a known place ("Belanda")
            f.how, f.country = "rule", None
        elif not (f.label == "PER" or f.how in ("rule", "lone")) or not (  # ("cue": a place)
            f.id is None or f.id.startswith("PER:")
        ):
            continue
        elif f.how == "gazetteer" and f.role:
            continue  # "Presiden Prabowo" beside a "Danang Prabowo": the office names the known one
        named = by_last.get(key) or by_first.get(key)
        if named:
            ids = {eid for _, eid in named}
            before = [eid for start, eid in named if start < f.start]
            eid = next(iter(ids)) if len(ids) == 1 else (before or [named[0][1]])[0]
            f.label, f.id, f.canonical = "PER", eid, full_by_id[eid]
        elif len(by_middle.get(key, ())) == 1 and is_cap(surface):
            eid = next(iter(by_middle[key]))
            f.label, f.id, f.canonical = "PER", eid, full_by_id[eid]
        elif len(nick := _nickname_of(key, by_first)) == 1 and f.label == "PER":
            eid = next(iter(nick))
            f.label, f.id, f.canonical = "PER", eid, full_by_id[eid]
        elif (
            (body := _one_body(org_by_first.get(key, set()), org_names)) is not None
            and f.how in ("rule", "lone")
            and not _NEXT_CAP_RE.match(text, f.end)  # "Mining Minister X": a role's qualifier
        ):
            f.label, f.id = "ORG", body
        elif key in parents and f.how in ("rule", "lone") and not _NEXT_CAP_RE.match(text, f.end):
            # the parent a subsidiary is named after ("Thaco" of "Thaco Industries, the
            # group's property arm"): a body of its own
            f.label, f.id = "ORG", f"ORG:{slug(surface)}"


@lru_cache(maxsize=1)
def _subsidiary_re() -> re.Pattern[str]:
    cues = sorted(in_every_language("titles", "subsidiary_cues"), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, cues))}),?\s+$", re.IGNORECASE)


def _subsidiary(text: str, start: int) -> bool:
    """Whether the body named at ``start`` is introduced as a subsidiary ("the group's
    property arm, Thaco Industries"): a lone "Thaco" then names the parent, not this body."""
    return bool(_subsidiary_re().search(text, max(0, start - 30), start))


def _one_body(ids: set[str], names: dict[str, str]) -> str | None:
    """The one body a word opening their names means: the only one, or the one whose name
    opens all the others' ("Persib Bandung" of "PT Persib Bandung Bermartabat", the club and
    the company that owns it); None when they differ."""
    if len(ids) <= 1:
        return next(iter(ids), None)
    shortest = min(ids, key=lambda i: len(names[i]))
    short = names[shortest] + " "
    return shortest if all(i == shortest or names[i].startswith(short) for i in ids) else None


def _nickname_of(word: str, by_first: dict[str, list[tuple[int, str]]]) -> set[str]:
    """The people whose first name a short name of four letters or more begins ("Frans" of
    "Fransiskus Xaverius Lado", "Agus" of "Agustinus Dula")."""
    if len(word) < 4:
        return set()
    return {
        eid
        for first, named in by_first.items()
        if len(first) > len(word) and first.startswith(word)
        for _, eid in named
    }


@lru_cache(maxsize=1)
def _place_kinds() -> dict[str, str]:
    """Folded geographic head or tail words of every language -> the kind of place."""
    kinds: dict[str, str] = {}
    for lang in LANGS:
        for word, kind in load(lang, "titles").get("place_kinds", {}).items():
            if not word.startswith("_"):
                kinds[fold(word)] = kind
    return kinds


def place_kind_ids(found: list[Mention], text: str) -> None:
    """ "Sungai Nairobi" and "Nairobi River", "Bandara Internasional Sultan Hasanuddin" and
    "Sultan Hasanuddin International Airport": a place named by a geographic word and a
    name gets one id from the kind of place and the name, whatever the language's order.
    A name the gazetteer knows whole keeps the gazetteer's id."""
    kinds = _place_kinds()
    gaz = gazetteer()
    for f in found:
        if f.label != "LOC":
            continue
        words = fold(text[f.start : f.end]).split()
        if len(words) < 2 or (words[0] not in kinds and words[-1] not in kinds):
            continue
        if f.id is not None and f.id in gaz.entries and gaz.lookup(text[f.start : f.end]):
            continue
        if kinds.get(words[0]):
            kind, name = kinds[words[0]], words[1:]  # "Sungai Nairobi"
        elif kinds.get(words[-1]):
            kind, name = kinds[words[-1]], words[:-1]  # "Nairobi River"
        else:
            continue
        name = [w for w in name if kinds.get(w) != ""]  # "Internasional"
        if name:
            f.id = f"LOC:{kind}-{slug(' '.join(name))}"


# Heads of the offices every region has one of ("Dinas Sosial", "Dinas Kesehatan"): their
# name is shared, the region they serve tells them apart.
_REGIONAL_OFFICE_HEADS = frozenset({"dinas", "badan", "kantor", "biro", "satpol"})


def regional_offices_by_region(found: list[Mention], text: str) -> None:
    """ "Dinas Sosial Aceh" and another outlet's "Dinas Sosial" of a regency are two offices:
    a regional office's name followed by the region it serves gets an id with that region,
    and the same office written alone later in the article takes it (when the article ties
    it to one region only). Bodies the gazetteer knows keep their id."""
    gaz = gazetteer()
    regional: dict[str, set[str]] = {}
    for f, nxt in pairwise(found):
        if f.label != "ORG" or nxt.label != "LOC" or text[f.end : nxt.start] != " ":
            continue
        words = fold(text[f.start : f.end]).split()
        if len(words) < 2 or words[0] not in _REGIONAL_OFFICE_HEADS:
            continue
        if f.id is not None and f.id in gaz.entries:
            continue
        base = f.referent(text)
        region = nxt.referent(text).split(":", 1)[1]
        f.id = f"{base}@{region}"
        regional.setdefault(base, set()).add(f.id)
    if not regional:
        return
    for f in found:
        if f.label != "ORG":
            continue
        base = f.referent(text)
        if base in regional and len(regional[base]) == 1:
            f.id = next(iter(regional[base]))


# ", or Thaco,", ", known as KAI,", ", atau Kemenhub,": a body's short name in apposition;
# after a company's legal form the comma may be left out ("(Persero) Tbk atau Antam.")
_SHORT_APPOSITION_RE = re.compile(
    r",? (?:or|also known as|known as|atau|dikenal sebagai|disingkat) "
    r"([A-Z][\w&-]*(?: [A-Z][\w&-]*){0,2})(?:[,.]| (?=[a-z]))"
)
_FORM_ENDS = ("tbk", "tbk.", "(persero)", "corp.", "corp", "inc.", "ltd.", "bhd", "co.")


# a short form in brackets ("(ITB)", "(KSPI)"), read after the names before it
_BRACKETED_SHORT_RE = re.compile(r" \(([A-Z][A-Za-z]{1,7})\)")
# words a short form skips ("Commission for the Disappeared", "Kementerian dan ...")
_SKIPPED_BY_SHORT_FORMS = frozenset({"of", "for", "the", "and", "on", "dan", "untuk", "di"})


# ", Klimatologi, dan Geofisika" right before a bracket: the last fields of a body's name
_LISTED_FIELDS_RE = re.compile(r"(?:, [A-Z][\w-]*)+,? (?:dan|and) [A-Z][\w-]*$")


def _spells(short: str, words: list[str]) -> bool:
    """Whether a short form is made of the words' initials, in their order ("Konfederasi
    Serikat Pekerja Indonesia" -> KSPI) or in another ("Bandung Institute of Technology" ->
    ITB, the short form of the name in its own language)."""
    initials = [
        w.strip(",")[0].upper()
        for w in words
        if w.strip(",").lower() not in _SKIPPED_BY_SHORT_FORMS
    ]
    return "".join(initials) == short.upper() or (
        short.isupper() and sorted(initials) == sorted(short)
    )


def places_inside_short_forms(found: list[Mention], text: str) -> list[Mention]:
    """ "Institut Teknologi Bandung (ITB)", "Konfederasi Serikat Pekerja Indonesia (KSPI)",
    "Indonesia Corruption Watch (ICW)": a body and a place side by side before a short form
    that spells the initials of both are one body named with the place, as "Universitas
    Indonesia" is, not a body and the place it serves ("BPBD Garut"). The short form and the
    body's other mentions take the whole name's id. Returns the mentions, sorted."""
    if " (" not in text:
        return found
    by_end = {f.end: f for f in found}
    merged = False
    for m in _BRACKETED_SHORT_RE.finditer(text):
        listed = _LISTED_FIELDS_RE.search(text, max(0, m.start() - 80), m.start())
        head = by_end.get(listed.start()) if listed is not None else None
        if (
            head is not None
            and listed is not None
            and head.label == "ORG"
            and _spells(m.group(1), text[head.start : listed.end()].split())
        ):
            # "Balai Besar Meteorologi, Klimatologi, dan Geofisika (BBMKG)": the fields the
            # short form spells after a comma belong to the body's name
            first, last = head, Mention(head.start, listed.end(), "ORG")
        else:
            place_or_body = by_end.get(m.start())
            before = by_end.get(place_or_body.start - 1) if place_or_body is not None else None
            if place_or_body is None or before is None:
                continue
            first, last = before, place_or_body
            if text[first.end : last.start] != " " or {first.label, last.label} != {"ORG", "LOC"}:
                continue
            if not _spells(m.group(1), text[first.start : last.end].split()):
                continue
        body = first if first.label == "ORG" else last
        whole = Mention(first.start, last.end, "ORG", "ORG:" + slug(text[first.start : last.end]))
        old = body.referent(text)
        for f in found:
            if f.label == "ORG" and f.id == old:
                f.id = whole.id  # "(ITB)", "Tim ITB": the short form's mentions
            elif (f.start, f.end) == m.span(1):
                f.label, f.id, f.how = "ORG", whole.id, "rule"  # "(BBMKG)", read on its own
        found = [f for f in found if f is not first and f is not last]
        found.append(whole)
        by_end = {f.end: f for f in found}
        merged = True
    return sorted(found, key=lambda f: f.start) if merged else found


@lru_cache(maxsize=16)
def as_written(key: str) -> tuple[str, ...]:
    """A titles list (or a mapping's keys) of every language, as written: case kept (for
    case-sensitive patterns, as names are), longest first (for alternations), ``_`` notes
    left out."""
    words = {
        w for lang in LANGS for w in load(lang, "titles").get(key, []) if not w.startswith("_")
    }
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _unit_head_re() -> re.Pattern[str]:
    heads = "|".join(map(re.escape, as_written("unit_heads")))
    return re.compile(rf"(?<![\w-])(?:{heads}) (?=[A-Z])")


def units_named_after_bodies(found: list[Mention], text: str) -> list[Mention]:
    """ "Fraksi PDI-P", "Fraksi Partai Gerindra": a group formed inside a parliament (or
    another body) and named after a body is one body, head and all; the recogniser reads the
    party alone and drops the head, or reads the head as a place. So is a force's branch
    written after it ("TNI Angkatan Darat"). Returns the mentions, sorted."""
    changed = False
    if any(head in text for head in as_written("unit_heads")):
        by_start = {f.start: f for f in found}
        for m in _unit_head_re().finditer(text):
            body = by_start.get(m.end())
            if body is None or body.label != "ORG":
                continue
            found = [f for f in found if f is body or f.end <= m.start() or f.start >= m.end()]
            body.start = m.start()
            body.id = "ORG:" + slug(text[body.start : body.end])
            body.role = None
            changed = True
    if any(head in text for head in as_written("branch_heads")):
        branches = in_every_language("titles", "branch_heads")
        by_start = {f.start: f for f in found}
        for force in list(found):
            branch = by_start.get(force.end + 1)
            if (
                force.label == "ORG"
                and branch is not None
                and branch.label == "ORG"
                and text[force.end : branch.start] == " "
                and fold(text[branch.start : branch.end].split(" ")[0]) in branches
            ):
                # "TNI Angkatan Udara": the force and its branch are one body
                found = [f for f in found if f is not branch]
                force.end = branch.end
                force.id = "ORG:" + slug(text[force.start : force.end])
                changed = True
    return sorted(found, key=lambda f: f.start) if changed else found


# the last characters of a unit's number before its slash ("173/", "XVII/")
_UNIT_NUMBER_ENDS = frozenset("0123456789IVXLC")
# one word of a unit's name after its number and a slash ("Korem 173/Praja Vira Braja")
_UNIT_NAME_WORD = r"[A-Z][\w'-]*"


@lru_cache(maxsize=1)
def _numbered_unit_re() -> re.Pattern[str]:
    offices = as_written("regional_bodies")
    return re.compile(
        rf"(?<![\w-])(?P<unit>(?:{'|'.join(map(re.escape, offices))}) (?:\d{{1,4}}|[IVXLC]+))"
        rf"/(?P<name>{_UNIT_NAME_WORD}(?: {_UNIT_NAME_WORD}){{0,3}})"
    )


def numbered_units(found: list[Mention], text: str) -> list[Mention]:
    """ "Kodam XVII/Cenderawasih", "Yonif 751/Raider", "Korem 173/Praja Vira Braja": a military
    unit's number and the name after its slash are one body; a region after the slash is the
    place the unit serves ("Kodim 0618 | Kota Bandung"). A rank after the name is no part of
    it ("Korem 043/Garuda Hitam | Brigjen TNI X"). Returns the mentions, sorted."""
    # (a unit's slash stands between a number and a capital: most texts' slashes are dates)
    slash = text.find("/")
    while slash > 0 and not (
        text[slash - 1] in _UNIT_NUMBER_ENDS and text[slash + 1 : slash + 2].isupper()
    ):
        slash = text.find("/", slash + 1)
    if slash <= 0:
        return found
    gaz = gazetteer()
    stops = in_every_language("titles", "person_cues") | in_every_language("titles", "rank_corps")
    admin = in_every_language("titles", "admin_heads")
    changed = False
    for m in _numbered_unit_re().finditer(text):
        words = m.group("name").split(" ")
        cut = next((k for k, w in enumerate(words) if fold(w) in stops), len(words))
        name = " ".join(words[:cut])
        if not name:
            continue
        entry = gaz.lookup(name)
        if fold(words[0]) in admin or (entry is not None and entry.label == "LOC"):
            end = m.end("unit")  # "Kodim 0618 | Kota Bandung": the region is read on its own
        else:
            end = m.start("name") + len(name)
        start = m.start()
        found = [f for f in found if f.end <= start or f.start >= end]
        found.append(Mention(start, end, "ORG", "ORG:" + slug(text[start:end])))
        changed = True
    return sorted(found, key=lambda f: f.start) if changed else found


@lru_cache(maxsize=1)
def _regional_agency_tails() -> dict[str, str]:
    out: dict[str, str] = {}
    for lang in LANGS:
        out.update(load(lang, "titles").get("regional_agency_tails", {}))
    return out


def regional_agencies_in_english(found: list[Mention], text: str) -> None:
    """ "the Bali Disaster Mitigation Agency", "the Jakarta Health Agency": an Indonesian
    regional agency named in English after its region takes the id its Indonesian name gets
    ("BPBD", "Dinas Kesehatan"), so an English and an Indonesian outlet name one referent.
    Only after a known place ("National Disaster Mitigation Agency" is BNPB's)."""
    tails = _regional_agency_tails()
    if not tails or ("Agency" not in text and "Office" not in text):
        return
    gaz = gazetteer()
    for f in found:
        if f.label != "ORG":
            continue
        name = text[f.start : f.end]
        tail = next((t for t in tails if name.endswith(" " + t)), None)
        if tail is None:
            continue
        entry = gaz.lookup(name[: -len(tail) - 1])
        if entry is not None and entry.label == "LOC":
            f.id = "ORG:" + slug(tails[tail])
            if fold(tails[tail]).split()[0] in _REGIONAL_OFFICE_HEADS:
                # the region enters the id, as "Dinas Kesehatan Jakarta" (see
                # regional_offices_by_region)
                f.id += "@" + entry.id.split(":", 1)[1]


def bracketed_short_forms(found: list[Mention], text: str) -> list[Mention]:
    """ "Badan Keamanan Laut (Bakamla)" ... "Direktur Bakamla, X" ... "Menurut Bakamla": a short
    form the article defines in brackets after a body (or in apposition: ", or Thaco,") is
    that body wherever it stands alone,
    with the body's id, whatever a role or a comma made of it there. Returns the mentions,
    sorted."""
    if " (" not in text and not _SHORT_APPOSITION_RE.search(text):
        return found  # (no short form defined: one scan)
    shorts: dict[str, Mention] = {}
    for f in found:
        if f.label != "ORG":
            continue
        if (
            f.id is not None
            and text[f.start - 2 : f.start] == " ("
            and text[f.end : f.end + 1] == ")"
            and f.id != "ORG:" + slug(text[f.start : f.end])  # it took the body's id
        ):
            shorts.setdefault(text[f.start : f.end], f)
        elif (
            text[f.end : f.end + 2] == ", " or fold(text[f.start : f.end]).endswith(_FORM_ENDS)
        ) and (m := _SHORT_APPOSITION_RE.match(text, f.end)):
            # "Truong Hai Auto Corporation, or Thaco, won": the short name in apposition
            body = Mention(f.start, f.end, "ORG", f.referent(text))
            body.country = f.country
            shorts.setdefault(m.group(1), body)
    if not shorts:
        return found
    added = False
    for surface, body in shorts.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?![\w-])", text):
            start, end = m.span()
            over = [f for f in found if f.start < end and start < f.end]
            if not over:
                found.append(Mention(start, end, "ORG", body.id, body.country, how="rule"))
                added = True
            elif len(over) == 1 and (over[0].start, over[0].end) == (start, end):
                f = over[0]
                f.label, f.id, f.country, f.role = "ORG", body.id, body.country, None
    return sorted(found, key=lambda f: f.start) if added else found


# "Meteorology, Climatology and ": the capitalised words listed before a body's last ones
_LISTED_WORDS_RE = re.compile(r"(?:[A-Z][\w-]+,\s+)+(?:[A-Z][\w-]+\s+)?(?:and|dan)\s+$")


def bodies_before_known_short_forms(found: list[Mention], text: str) -> list[Mention]:
    """ "The Meteorology, Climatology and Geophysical Agency (BMKG)": a body written out
    before the short form the gazetteer knows, in brackets, is that known body, with its
    id, and its name runs back over the words listed before it with commas (the
    recogniser reads only "Geophysical Agency" after the last comma). Returns the
    mentions, sorted."""
    if " (" not in text:
        return found
    gaz = gazetteer()
    drop: set[int] = set()
    for body, short in pairwise(found):
        if (
            body.label != "ORG"
            or short.label != "ORG"
            or short.start != body.end + 2
            or text[body.end : short.start] != " ("
            or text[short.end : short.end + 1] != ")"
            or short.id is None
            or short.id not in gaz.entries
            or body.referent(text) == short.id
            or body.referent(text) in gaz.entries
            # "Fraksi Partai Keadilan Sejahtera (PKS)": the party's group, not the party
            or fold(text[body.start : body.end].split()[0])
            in in_every_language("titles", "unit_heads")
        ):
            continue
        body.id = short.id
        listed = _LISTED_WORDS_RE.search(text, max(0, body.start - 120), body.start)
        if listed is not None:
            inside = [f for f in found if f is not body and listed.start() <= f.start < body.start]
            drop.update(id(f) for f in inside)
            body.start = listed.start()
    if not drop:
        return found
    return [f for f in found if id(f) not in drop]


_BASED_RE = re.compile(r"-based\b", re.IGNORECASE)
_ARTICLE_RE = re.compile(r"(?:The|A|An) ")


def places_before_based(found: list[Mention], text: str) -> list[Mention]:
    """ "Ho Chi Minh City-based SSI Securities Corp.", "a Jakarta-based think tank": the words
    before "-based" name the place a body is based in, not part of its name; what follows
    (if capitalised) is the body. Returns the mentions, sorted."""
    out: list[Mention] = []
    gaz = gazetteer()
    for f in found:
        m = _BASED_RE.search(text, f.start, f.end)
        if m is None:
            out.append(f)
            continue
        start = f.start
        article = _ARTICLE_RE.match(text, start, m.start())
        if article is not None:
            start = article.end()  # "The Manila-based ...": the article is no part of it
        place = text[start : m.start()]
        entry = gaz.lookup(place)
        if entry is not None and entry.label == "LOC":
            out.append(Mention(start, m.start(), "LOC", entry.id, entry.country, how="cue"))
        else:
            out.append(Mention(start, m.start(), "LOC", "LOC:" + slug(place), how="cue"))
        rest = m.end() + 1
        if rest < f.end and text[m.end() : rest] == " " and is_cap(text[rest:]):
            out.append(Mention(rest, f.end, "ORG", None, how="rule"))
    return out


# the word before a place that keeps it a place next to a club named after it ("in Selangor")
_PLACE_PREPOSITION_RE = re.compile(
    r"(?:^|\W)(?:in|at|from|to|near|of|di|ke|dari|dekat|asal)\s+$", re.IGNORECASE
)


# a word that may end a club's name (lang/en/titles.json "club_tails"), for a quick scan
_CLUB_TAIL_RE = re.compile(r" (?:FC|F\.C\.|United|SC|AFC|CF)\b")


def clubs_named_after_places(found: list[Mention], text: str) -> None:
    """ "Selangor FC" ... "Selangor led through a header": a club named after a known place
    and a tail word ("FC", "United") is what the place's name alone stands for in the same
    text, except after a preposition ("in Selangor", "di Bandung"): the club plays, the
    state does not."""
    if not _CLUB_TAIL_RE.search(text):
        return  # (most texts name no club: one scan)
    tails = in_every_language("titles", "club_tails")
    clubs: dict[str, Mention] = {}
    for f in found:
        if f.label != "ORG":
            continue
        head, _, tail = text[f.start : f.end].rpartition(" ")
        if head and fold(tail) in tails:
            clubs.setdefault(fold(head), f)
    if not clubs:
        return
    for f in found:
        surface = text[f.start : f.end]
        club = clubs.get(fold(surface)) if f.label == "LOC" and not surface.isupper() else None
        if club is None or _PLACE_PREPOSITION_RE.search(text, max(0, f.start - 12), f.start):
            continue  # (an all-caps dateline is the place a story is filed from)
        f.label, f.country, f.how = "ORG", None, "rule"
        f.id = club.referent(text)


def institutions_by_name(found: list[Mention], text: str) -> None:
    """ "Pondok Pesantren Miftahul Huda Manonjaya" ... "Pengasuh Miftahul Huda mengatakan":
    the name of an Islamic school (`institution_heads`: Pondok Pesantren, Ponpes, Dayah...),
    two or more words after its head, stands for the school alone elsewhere in the article,
    with the school's id, whatever a role or a place cue made of it there."""
    heads = in_every_language("titles", "institution_heads")
    names: dict[str, Mention] = {}
    for f in found:
        if f.label != "ORG":
            continue
        words = fold(text[f.start : f.end]).split()
        for n in (2, 1):
            if len(words) >= n + 2 and " ".join(words[:n]) in heads:
                rest = words[n:]
                for m in range(2, len(rest) + 1):  # "miftahul huda", "miftahul huda manonjaya"
                    names.setdefault(" ".join(rest[:m]), f)
                break
    if not names:
        return
    for f in found:
        school = names.get(fold(text[f.start : f.end]))
        if school is None or school is f:
            continue
        f.label, f.country, f.role, f.how = "ORG", None, None, "rule"
        f.id = school.referent(text)


_LOWER_PLURAL_AFTER_RE = re.compile(r" [a-z]{3,}(?:ers|ists|ians|ants|ents)\b")


def first_words_before_plurals(found: list[Mention], text: str) -> list[Mention]:
    """ "Thai Rice Exporters Association ... said Thai growers would ...": a lone word that
    took a body's id for opening its name, written before a lowercase plural of people
    ("growers", "exporters", "economists"), qualifies those people; it names no body."""
    if not any(f.how == "lone" for f in found):
        return found
    bodies = {f.referent(text): f for f in found if f.label == "ORG" and f.how != "lone"}
    out = []
    for f in found:
        body = bodies.get(f.id) if f.how == "lone" and f.id is not None else None
        if (
            body is not None
            and body is not f
            and text[body.start : body.end].startswith(text[f.start : f.end] + " ")
            and _LOWER_PLURAL_AFTER_RE.match(text, f.end)
        ):
            continue
        out.append(f)
    return out


_WORD_BEFORE_RE = re.compile(r"([A-Z][a-z]+) $")


def bases_named_by_force(found: list[Mention], text: str) -> list[Mention]:
    """ "Pangkalan TNI AL (Lanal) Ranai", "Markas Polda": a base head (``base_heads`` of
    lang/*/titles.json) before a body names a body of its own, the base, not the force it
    belongs to: one organisation from the head to the body's end, with an id of its own (so
    the base's short form "Lanal" is the base's, never "TNI AL")."""
    heads = as_written("base_heads")
    if not heads or not any(h in text for h in heads):
        return found
    drop: set[int] = set()
    for f in found:
        if f.label != "ORG":
            continue
        m = _WORD_BEFORE_RE.search(text, max(0, f.start - 16), f.start)
        if m is None or m.group(1) not in heads:
            continue
        drop.update(id(g) for g in found if g is not f and g.start < f.start and g.end > m.start())
        force = f.id
        f.start, f.canonical, f.how = m.start(1), None, "rule"
        f.id = "ORG:" + slug(text[f.start : f.end])
        for g in found:
            if g.id == force and g.start == f.end + 2 and text[f.end : g.start] == " (":
                g.id = f.id  # "(Lanal)" right after it is the base's short form
    return [f for f in found if id(f) not in drop]


def same_surface(found: list[Mention], text: str) -> None:
    """A lone capitalised word that is, elsewhere in the article, a recognised one-word
    entity ("Lumora, the company, said ... Lumora will") is that entity here too; so is a
    name read as a person only for want of a cue ("Golo Mori lies ...") that a cue or the
    gazetteer labels elsewhere ("Golo Mori village")."""
    known: dict[str, Mention] = {}
    for f in found:
        if f.how not in ("lone", "guess"):
            known.setdefault(fold(text[f.start : f.end]), f)
    prev: Mention | None = None
    for f in found:
        if (
            f.label == "PER"
            and prev is not None
            and prev.label == "ORG"
            and text[prev.end : f.start] == " "
            and " " not in text[f.start : f.end]
        ):
            # "Ketua Komisi III DPRD Bone dari ...": a lone word right after a body that the
            # article names as a place elsewhere ("DPRD Bone", "pesisir timur Bone") is the
            # body's region, not a person
            hit = known.get(fold(text[f.start : f.end]))
            if hit is not None and hit.label == "LOC":
                f.label, f.id, f.country, f.how = hit.label, hit.id, hit.country, "rule"
        prev = f
        if f.how == "guess":
            hit = known.get(fold(text[f.start : f.end]))
            if hit is not None and hit.label != f.label:
                f.label, f.id, f.country, f.how = hit.label, hit.id, hit.country, "rule"
        if f.how == "lone" and f.id is None:
            hit = known.get(fold(text[f.start : f.end]))
            if hit is not None:
                f.label, f.how = hit.label, "rule"
                f.id = hit.id or f"{hit.label}:{slug(text[hit.start : hit.end])}"
                f.country = hit.country


# legal forms written after a company's name ("Co.", "Bhd"), and "Holdings" before one: an
# article calls "Lim Brothers Holdings Bhd" "Lim Brothers" too
_LEGAL_FORMS = frozenset({"co", "corp", "inc", "ltd", "llc", "plc", "bhd", "tbk", "gmbh"})
_COMPANY_ENDINGS = _LEGAL_FORMS | {"holdings"}


def company_names_without_form(found: list[Mention], text: str) -> list[Mention]:
    """ "PT Samudra Baja Nusantara" ... "Samudra Baja Nusantara is controlled by ...": a
    company's name without its legal form, written elsewhere in the article, is the company
    (not a person and a known place), with the same id. Returns the mentions, sorted."""
    heads = in_every_language("titles", "company_heads")
    names: dict[str, str] = {}
    for f in found:
        if f.label != "ORG":
            continue
        words = text[f.start : f.end].split()
        if len(words) >= 3 and fold(words[0]) in heads:
            names.setdefault(" ".join(words[1:]), f.referent(text))
        ending = len(words)
        while ending > 2 and fold(words[ending - 1]).rstrip(".") in _COMPANY_ENDINGS:
            ending -= 1  # "Daiwa Shoji Corp.", "Lim Brothers Holdings Bhd"
        if ending < len(words) and fold(words[-1]).rstrip(".") in _LEGAL_FORMS:
            names.setdefault(" ".join(words[:ending]), f.referent(text))
    if not names:
        return found
    for name, eid in names.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            start, end = m.span()
            over = [f for f in found if f.start < end and start < f.end]
            if any(f.label == "ORG" and f.start <= start and f.end >= end for f in over):
                continue  # inside the full name, or already the company
            found = [f for f in found if f not in over]
            found.append(Mention(start, end, "ORG", eid))
    return sorted(found, key=lambda f: f.start)


def subsidiaries_named_after_parents(found: list[Mention], text: str) -> list[Mention]:
    """ "Pertamina Patra Niaga", "Pertamina Hulu Energi": a known body's name opening a
    longer run names the subsidiary that carries the parent's name, one body, not the
    parent and a person or a second body. Only one or two words after it that end the
    capitalised run, no given name among them, and no role before them: "Direktur
    Pertamina Budi Santoso" is the parent and its director. Returns the mentions, sorted."""
    gaz, given = gazetteer(), person_names()
    out: list[Mention] = []
    skip = -1
    for i, f in enumerate(found):
        if i == skip:
            continue
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            nxt is not None
            and f.label == "ORG"
            and f.id in gaz.entries
            and gaz.entries[f.id].label == "ORG"
            and text[f.end : nxt.start] == " "
            and ((nxt.label == "ORG" and nxt.id not in gaz.entries) or nxt.how == "guess")
            and not nxt.role
            and _is_subsidiary_tail(text, nxt, given)
        ):
            name = text[f.start : nxt.end]
            out.append(Mention(f.start, nxt.end, "ORG", "ORG:" + slug(name), how="rule"))
            skip = i + 1
            continue
        out.append(f)
    return out


def _is_subsidiary_tail(text: str, f: Mention, given: frozenset[str]) -> bool:
    words = text[f.start : f.end].split()
    after = text[f.end : f.end + 2]
    return (
        1 <= len(words) <= 2
        and all(w[:1].isupper() and not w.isupper() for w in words)
        and not any(fold(w) in given for w in words)
        and not (after[:1] == " " and after[1:2].isupper())
    )


def bodies_inside_roles(found: list[Mention], text: str) -> list[Mention]:
    """ "Kasat Reskrim Polres Lombok Tengah Iptu X", "Kabid Humas Polda Papua Tengah Kombes
    X": a regional office written as its own word inside a person's role is a body the text
    names (the role keeps it too, as it keeps the region). Returns the mentions, sorted."""
    offices = in_every_language("titles", "regional_bodies")
    # "Polda Metro Jaya": words that name the office itself, longest first
    own_names = sorted(
        (fold(n).split() for n in in_every_language("titles", "regional_body_names")),
        key=len,
        reverse=True,
    )
    added = False
    for f in list(found):
        role = f.role
        if f.label != "PER" or not role or " " not in role:
            continue
        start = f.start - 1 - len(role)
        if start < 0 or text[start : f.start - 1] != role:
            continue  # the role was carried over a comma: not right before the name
        pos = start
        words = role.split(" ")
        for k, word in enumerate(words):
            end = pos + len(word)
            if (
                fold(word) in offices
                and pos > start
                and not any(g.start < end and pos < g.end for g in found)
            ):
                after = [fold(w) for w in words[k + 1 :]]
                own = next((n for n in own_names if after[: len(n)] == n), [])
                end += sum(len(w) + 1 for w in words[k + 1 : k + 1 + len(own)])
                found.append(Mention(pos, end, "ORG", "ORG:" + slug(text[pos:end])))
                added = True
            pos += len(word) + 1
    return sorted(found, key=lambda f: f.start) if added else found
