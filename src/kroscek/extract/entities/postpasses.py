"""Passes over the recognised mentions that fix labels using the whole text.

Splitting hyphenated pairs and "A dan B" name pairs, moving office holders out of bodies,
giving field words back to their bodies, given names before known people: each pass sees
every mention at once, which the run-by-run segmenter cannot.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from kroscek.extract.entities.words import GEO_HEADS, STRONG_PLACE_HEADS, common_words, titles_of
from kroscek.extract.mentions import Mention as _Found
from kroscek.extract.mentions import in_every_language as _in_every_language
from kroscek.extract.mentions import is_cap as _is_cap
from kroscek.extract.mentions import person_names as _person_names
from kroscek.extract.normalize import fold, slug
from kroscek.text.tokens import Token

if TYPE_CHECKING:  # recogniser imports this module: the type is for annotations only
    from kroscek.extract.entities.recogniser import Recogniser


def split_hyphenated(rec: Recogniser) -> None:
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


def holders_inside_bodies(rec: Recogniser) -> None:
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
                or w in GEO_HEADS
                or w in STRONG_PLACE_HEADS
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


def field_words_back_to_bodies(rec: Recogniser) -> None:
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


def holders_in_apposition(rec: Recogniser) -> None:
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
            w in titles.heads or w in titles.any_tails or w in GEO_HEADS or w in rec.doc_places
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


def given_names_before_known_people(rec: Recogniser) -> None:
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
                    or (tok.start in rec.sent_starts and word in common_words())
                ):
                    break
                j -= 1
        if j == a or rec.gaz.lookup(rec.text[rec.tokens[j].start : f.end]) is not None:
            continue
        f.start, f.id, f.country, f.canonical, f.how = rec.tokens[j].start, None, None, None, "rule"
    if dropped:
        rec.found = [f for f in rec.found if all(f is not d for d in dropped)]


def split_name_pairs(rec: Recogniser) -> None:
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


def no_people_of(rec: Recogniser) -> None:
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


def _names_a_route(rec: Recogniser, t: Token) -> bool:
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
