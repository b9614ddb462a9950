"""Road facilities named by a head word and its short form: one place, one id.

A toll gate is written "Gerbang Tol Cikampek Utama", "Gerbang Tol (GT) Cikampek Utama" or
"GT Cikampek Utama"; a rest stop "Rest Area KM 57". Read word by word, the short head is an
acronym (an organisation), the name after it another body or a person, and the three
spellings of one gate become three referents that never meet across articles. Here the head
(long or short), the name's capitalised words and a kilometre post ("KM 57") are one place
whose id is built from the long head, so every spelling shares it. After a short head the
place's words are the name alone ("GT | Cikampek Utama"), so that no outlet's short head
reads as a second spelling of another's long one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kroscek.extract.gazetteer import gazetteer
from kroscek.extract.mentions import Mention, as_written, in_every_language
from kroscek.extract.normalize import fold, slug
from kroscek.extract.resources import LANGS, load

# one word of a facility's name: a capitalised word, or a kilometre post ("KM 57", "KM 12,5")
_NAME_WORD = r"(?:KM\s?\d+(?:[.,]\d+)?[A-Z]?|[A-Z][\w'\u2019-]*)"

_KM_RE = re.compile(r"\bKM\s?(?=\d)")


@lru_cache(maxsize=1)
def _heads() -> dict[str, str]:
    """Every facility head as written, long or short -> its long form ("GT" -> "Gerbang
    Tol"), from ``road_facilities`` of every language's titles."""
    heads: dict[str, str] = {}
    for lang in LANGS:
        for long, shorts in load(lang, "titles").get("road_facilities", {}).items():
            if not long.startswith("_"):
                heads.update({spelling: long for spelling in (long, *shorts)})
    return heads


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str] | None:
    if not _heads():
        return None
    alternatives = "|".join(re.escape(h) for h in sorted(_heads(), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-])(?P<head>{alternatives})(?:\s\((?:{alternatives})\))?"
        rf"\s(?P<name>{_NAME_WORD}(?:\s{_NAME_WORD})*)"
    )


def road_facilities(
    found: list[Mention],
    text: str,
    known: dict[str, tuple[str, str]] | None = None,
    *,
    title: bool = False,
) -> list[Mention]:
    """``found`` with each road facility read as one place ("GT Cikampek Utama" ->
    LOC:gerbang-tol-cikampek-utama) in place of the names read inside it. A headline's name
    ends where a name of the body does ("GT Cikampek Utama Naik 24 Persen"): Title Case
    capitalises every word after it."""
    pattern = _pattern()
    if pattern is None or not any(head in text for head in ("Tol", "GT", "Area")):
        return found
    stops = in_every_language("titles", "loc_heads") | in_every_language("titles", "admin_heads")
    known_ids = {eid for _, eid in (known or {}).values()}
    for m in pattern.finditer(text):
        head = _heads()[m.group("head")]
        words = list(re.finditer(_NAME_WORD, m.group("name")))
        cut = next((k for k, w in enumerate(words) if k and fold(w.group()) in stops), None)
        words = words[:cut]  # "Rest Area KM 57 | Tol Jakarta-Cikampek": the road is its own
        # "KM57" and "KM 57" are one post
        ids = [
            f"LOC:{slug(_KM_RE.sub('KM ', f'{head} ' + m.group('name')[: w.end()]))}" for w in words
        ]
        if title:
            fits = [k for k, eid in enumerate(ids) if eid in known_ids]
            if not fits:
                continue
            words, ids = words[: fits[-1] + 1], ids[: fits[-1] + 1]
        if not words:
            continue
        end = m.start("name") + words[-1].end()
        name = m.group("name")[: words[-1].end()]
        found = [f for f in found if f.end <= m.start() or f.start >= end]
        # a short head is no part of the place's words ("GT | Cikampek Utama"): beside
        # another outlet's "Gerbang Tol Cikampek Utama" it is the same name, not a spelling
        start = m.start() if m.group("head") == head else m.start("name")
        found.append(Mention(start, end, "LOC", ids[-1], canonical=f"{head} {name}"))
    return sorted(found, key=lambda f: f.start)


# one word of a person's name after a facility's head: a capitalised word or an initial
_PERSON_WORD = r"(?:[A-Z]\.|[A-Z][\w'\u2019-]*)"


@lru_cache(maxsize=1)
def _person_named_pattern() -> re.Pattern[str]:
    """``HEAD (TITLE )*NAME``: a facility head, the titles of the person it is named after
    and up to four words of the name."""
    heads, titles = as_written("person_named_heads"), as_written("naming_titles")

    def alternatives(words: tuple[str, ...]) -> str:
        # a title written with its dot ends at the dot; other words at a word boundary
        return "|".join(re.escape(w) + ("" if w.endswith(".") else r"(?![\w-])") for w in words)

    return re.compile(
        rf"(?P<head>{alternatives(heads)})"
        rf"(?P<titles>(?:\s(?:{alternatives(titles)}))*)"
        rf"\s(?P<name>{_PERSON_WORD}(?:\s{_PERSON_WORD}){{0,3}})"
    )


@lru_cache(maxsize=1)
def _heads_re() -> re.Pattern[str]:
    """Any head of ``person_named_heads``, longest first (no lookbehind: it would be tried at
    every offset; the caller checks the word boundary at the few hits)."""
    return re.compile("|".join(map(re.escape, as_written("person_named_heads"))))


@lru_cache(maxsize=1)
def _head_labels() -> dict[str, str]:
    """Each facility head of ``person_named_heads`` -> the label of what it names."""
    out: dict[str, str] = {}
    for lang in LANGS:
        out.update(load(lang, "titles").get("person_named_heads", {}))
    return out


def facilities_named_after_people(found: list[Mention], text: str) -> list[Mention]:
    """ "RSUP Dr. M. Djamil", "RSPAD Gatot Soebroto", "Jalan Jenderal Sudirman", "Gelora Bung
    Karno": a hospital, road, stadium or base named after a person is one name, a place after
    a place head ("Jalan", "Gelora") and a body after any other ("RSUP", "Lanud"), not a body
    or place and a person. The name must carry the person's title or have been read as a
    person: a head before other words ("Jalan Raya Bogor") is left to the recogniser. A known
    town after the name is its own place ("RSUD dr. Soetomo | Surabaya"). Returns the
    mentions, sorted."""
    # the whole pattern is tried only where a head is written (a text names few facilities)
    starts = [
        m.start()
        for m in _heads_re().finditer(text)
        if not m.start() or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-_")
    ]
    if not starts:
        return found
    stops = in_every_language("titles", "loc_heads") | in_every_language("titles", "org_heads")
    gaz = gazetteer()
    pattern = _person_named_pattern()
    changed = False
    matches = (pattern.match(text, pos) for pos in starts)
    for m in (m for m in matches if m is not None):
        words = list(re.finditer(_PERSON_WORD, m.group("name")))
        cut = next((k for k, w in enumerate(words) if fold(w.group()) in stops), len(words))
        words = words[:cut]
        while len(words) > 1 and gaz.is_place(words[-1].group()):
            words.pop()  # "RSUD dr. Soetomo | Surabaya": the town the hospital stands in
        if not words:
            continue
        start, end = m.start(), m.start("name") + words[-1].end()
        if not m.group("titles").strip():
            # no title: the recogniser read the name after the head (or the head and the
            # name) as one person ("RSPAD | Gatot Soebroto"); "Universitas Andalas | Rina
            # Dewi" is a body, then a person
            person = next(
                (
                    f
                    for f in found
                    if f.label == "PER"
                    and f.start in (start, m.start("name"))
                    and m.start("name") < f.end <= end
                ),
                None,
            )
            if person is None:
                continue
            end = person.end
        label = _head_labels()[m.group("head")]
        surface = text[start:end]
        found = [f for f in found if f.end <= start or f.start >= end]
        found.append(Mention(start, end, label, f"{label}:{slug(surface)}"))
        changed = True
    return sorted(found, key=lambda f: f.start) if changed else found


_TAIL_REACH = 40  # characters after a body in which a facility's last words may start


def offices_named_after_facilities(found: list[Mention], text: str) -> list[Mention]:
    """ "Kantor Imigrasi Ngurah Rai", "TPI Ngurah Rai" beside "Bandara I Gusti Ngurah Rai":
    the last words of a facility the article names, right after a body, are the place the
    office serves (the airport, the port), not a person; they take the facility's id.
    Returns the mentions, sorted."""
    heads = {fold(h) for h in _head_labels()}
    tails: dict[str, str] = {}  # the folded last one to three words -> the facility's id
    for f in found:
        if f.label != "LOC":
            continue
        words = text[f.start : f.end].split()
        if len(words) >= 3 and fold(words[0]) in heads:
            for k in range(1, min(3, len(words) - 1) + 1):
                tails.setdefault(fold(" ".join(words[-k:])), f.referent(text))
    if not tails:
        return found
    people = [f for f in found if f.label == "PER"]
    replaced: list[tuple[int, int, str]] = []
    for body in found:
        if body.label != "ORG" or text[body.end : body.end + 1] != " ":
            continue
        # the people read in the words after the body ("Sultan | Hasanuddin": a title and
        # a name), up to the longest tail a facility has
        run_end = None
        for person in people:
            if body.end < person.start <= body.end + _TAIL_REACH and (
                fold(text[body.end + 1 : person.end]) in tails
            ):
                run_end = person.end
        if run_end is not None:
            replaced.append((body.end + 1, run_end, tails[fold(text[body.end + 1 : run_end])]))
    if not replaced:
        return found
    out = [f for f in found if not any(a <= f.start and f.end <= b for a, b, _ in replaced)]
    out.extend(Mention(a, b, "LOC", eid) for a, b, eid in replaced)
    return sorted(out, key=lambda f: f.start)


# Heads of a toll road written before the route it runs ("Jalan Tol Jakarta-Cikampek").
_TOLL_ROAD_HEADS = (("jalan", "tol"), ("ruas", "tol"), ("tol",))
_ROUTE_RE = re.compile(r"[A-Z][\w']*(?:\s[A-Z][\w']*)?-[A-Z][\w']*(?:\s[A-Z][\w']*)?")


def toll_roads_by_route(found: list[Mention], text: str) -> None:
    """ "Jalan Tol Jakarta-Cikampek", "Tol Jakarta-Cikampek" and the bare route
    "Jakarta-Cikampek" another outlet writes are one road: a toll road named by the two
    places it joins takes the route's id, whatever head word comes before it."""
    if "-" not in text:
        return
    for f in found:
        if f.label != "LOC":
            continue
        surface = text[f.start : f.end]
        words = fold(surface).split()
        head = next((h for h in _TOLL_ROAD_HEADS if tuple(words[: len(h)]) == h), None)
        if head is None:
            continue
        route = " ".join(surface.split()[len(head) :])
        if _ROUTE_RE.fullmatch(route):
            f.id = "LOC:" + slug(route)
