"""One entity id per referent across the articles of one event.

Outlets spell one name several ways (Hizbullah/Hizbulah/Hezbollah, Esmail/Ismail Qaani),
shorten it (Qaani) or use another language (AS/United States). ``link_entities`` merges
those into one id, rewrites every fact that points at an entity (entity values, quote
speakers, attribution sources) and records the chosen display name in
``attrs["canonical"]`` next to the written ``attrs["surface"]``, so compare can report
spelling variants without calling them conflicts.

Merging rules, in order:

1. names the gazetteer knows share its id already; two *different* gazetteer ids never
   merge, however close the spelling (Iran/Irak, Austria/Australia, Swedia/Swiss);
2. an unknown name merges with a name of the same kind when their transliteration keys
   agree and their spelling is close for their length (``_close``), word by word for
   people, whose surnames must agree;
3. a lone surname joins the one full name in the group that ends with it;
4. a shorter form joins the one longer name it abbreviates: a person's name without a
   middle name ("Miguel Vergara" / "Miguel Ángel Vergara"), a body without its legal
   form ("Andes Copper" / "Andes Copper Ltd", "PT Sinar Abadi Tbk"), a hyphenated pair
   of short names ("Andika-Hendi" / "Andika Perkasa-Hendrar Prihadi": the full pair is
   read as two people, so the short one is split into its two members first, each one
   taking its full name's id, when the articles hold exactly one full pair it shortens);
5. an acronym joins the one body whose initials it spells ("NAB" / "National
   Accountability Bureau");
6. an Indonesian syllable short form joins the one body it is cut from, a piece of
   two letters or more of every word in order ("Kejari" / "Kejaksaan Negeri",
   "Polresta" / "Kepolisian Resor Kota", "Kemenhub" / "Kementerian Perhubungan"); the
   first piece opens the first word or follows one of its prefixes (``word_prefixes``
   of lang/id/titles.json), so "Kejati" never joins "Kejaksaan Negeri";
7. a person written only as initials ("NS (34)", as Indonesian news names suspects and
   victims) joins the one person whose full name they spell, named in the same article
   ("berinisial NS ... bernama lengkap Nikolai Smirnov") or, in another one, written with
   an age the same way ("Nikolay Smirnoff (43)"): a spokesman quoted by his full name is
   never taken for the suspect his initials happen to match.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from kroscek.data import Article, Fact
from kroscek.extract.gazetteer import gazetteer
from kroscek.extract.mentions import in_every_language
from kroscek.extract.normalize import close_spelling, fold, sound_key, strip_diacritics
from kroscek.extract.resources import norm_lang


def _close_names(a: str, b: str, label: str) -> bool:
    wa, wb = fold(a).split(), fold(b).split()
    if any(x != y and min(len(x), len(y)) == 1 for x, y in zip(wa, wb, strict=False)):
        return False  # "Blok C" / "Blok D": two parts told apart by a letter, no spelling
    if label == "PER":
        if len(wa) != len(wb):
            return False
        if not _close_words(wa[-1], wb[-1]):
            return False
        return all(_close_words(x, y) for x, y in zip(wa, wb, strict=True))
    return close_spelling(" ".join(wa), " ".join(wb))


# Endings that Latin-script transliterations of one Slavic name write two ways
# ("Smirnov" / "Smirnoff", "Zelensky" / "Zelenski", "Markovitch" / "Markovich")
_TRANSLIT_ENDINGS = (("off", "ov"), ("eff", "ev"), ("sky", "ski"), ("itch", "ich"))


def _translit_form(word: str) -> str:
    for written, plain in _TRANSLIT_ENDINGS:
        if word.endswith(written) and len(word) > len(written) + 2:
            return word[: -len(written)] + plain
    return word


# Letters Dutch and the old Indonesian spelling write for one sound, folded to today's
# ("Romenij" / "Romeny", "Soeharto" / "Suharto", "Djuanda" / "Juanda", "Tjipto" / "Cipto"):
# "ij" before a consonant or at the end only ("Rijal" is a consonant j, no Dutch ij), "oe"
# inside a word only ("Joe" is English)
_OLD_SPELLING_RE = re.compile(r"ij(?![aeiou])|oe(?=[a-z])|dj|tj")
_OLD_SPELLING = {"ij": "y", "oe": "u", "dj": "j", "tj": "c"}


def _today_spelling(word: str) -> str:
    return _OLD_SPELLING_RE.sub(lambda m: _OLD_SPELLING[m.group()], word)


def _close_words(x: str, y: str) -> bool:
    """One word of a person's name spelt two ways (``close_spelling``), a transliterated
    ending ("Smirnov" / "Smirnoff") or a Dutch or old Indonesian spelling ("Romenij" /
    "Romeny", "Soeharto" / "Suharto") aside."""
    if x == y or close_spelling(x, y) or close_spelling(_translit_form(x), _translit_form(y)):
        return True
    # (cheap guard: only a word holding one of the old letter pairs is folded)
    return (_OLD_SPELLING_RE.search(x) is not None or _OLD_SPELLING_RE.search(y) is not None) and (
        close_spelling(_today_spelling(x), _today_spelling(y))
    )


def _distinct_offices(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether two names are different kinds of regional office ("Kejari", "Kejati";
    ``regional_bodies`` of lang/*/titles.json), which no spelling rule may join."""
    offices = in_every_language("titles", "regional_bodies")
    fa = {fold(n) for n in a} & offices
    fb = {fold(n) for n in b} & offices
    return bool(fa and fb and not fa & fb)


_LEGAL_FORMS = frozenset({"pt", "tbk", "ltd", "inc", "corp", "co", "plc", "llc", "persero", "cv"})


@lru_cache(maxsize=16384)
def _plain_words(name: str) -> list[str]:
    """The folded words of a name without dots, as rule 4 compares them (do not mutate)."""
    return fold(name).replace(".", "").split()


def _abbreviates(short: str, full: str, label: str) -> bool:
    """Whether ``short`` is a shortened form of ``full`` (see rule 4)."""
    ws, wf = _plain_words(short), _plain_words(full)
    if len(ws) >= len(wf) or not ws:
        return False
    if label == "ORG":
        core = [w for w in wf if w not in _LEGAL_FORMS]
        return len(ws) >= 1 and ws == core
    if label != "PER":
        return False
    if "-" in short and "-" in full:
        ps, pf = fold(short).split("-"), fold(full).split("-")
        return len(ps) == len(pf) == 2 and all(
            _short_of(a.split(), b.split()) or _surname_of(a.split(), b.split())
            for a, b in zip(ps, pf, strict=True)
        )
    # the middle of a name may be left out, never its first or last word
    return len(ws) >= 2 and ws[0] == wf[0] and ws[-1] == wf[-1] and _subsequence(ws, wf)


def _short_of(short: list[str], full: list[str]) -> bool:
    """ "andika" of "andika perkasa", "hendi" of "hendrar prihadi": a first name or a
    nickname that shares its first four letters."""
    if not short or not full or len(short) > len(full):
        return False
    a, b = short[0], full[0]
    return a == b or (len(a) >= 4 and len(b) >= 4 and a[:4] == b[:4])


def _surname_of(short: list[str], full: list[str]) -> bool:
    """ "tarmizi" of "ahmad tarmizi": inside a pair, a member may be named by the surname
    ("Rusman-Tarmizi" / "Rusman Efendi-Ahmad Tarmizi"); the other member must match too."""
    return len(short) == 1 and len(full) >= 2 and short[0] == full[-1]


def _subsequence(short: list[str], full: list[str]) -> bool:
    it = iter(full)
    return all(w in it for w in short)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.unions = 0  # joins so far: what is derived from the roots holds until it moves
        self._grouped: dict[frozenset[str], tuple[int, dict[str, set[str]]]] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra
            self.unions += 1

    def members_by_root(self, keys: frozenset[str]) -> dict[str, set[str]]:
        """``keys`` grouped by their root, kept until the next join: the pair tests ask
        for it once per candidate pair, and joins are few."""
        hit = self._grouped.get(keys)
        if hit is not None and hit[0] == self.unions:
            return hit[1]
        groups: dict[str, set[str]] = defaultdict(set)
        for k in keys:
            groups[self.find(k)].add(k)
        self._grouped[keys] = (self.unions, groups)
        return groups


def link_entities(articles: Sequence[Article]) -> tuple[Article, ...]:
    """The articles with entity ids unified across them (see the module docstring)."""
    articles = _split_short_tickets(articles)
    gaz = gazetteer()
    names: dict[str, Counter[str]] = defaultdict(Counter)  # id -> surfaces
    labels: dict[str, str] = {}
    for art in articles:
        for f in art.facts:
            if f.kind == "entity":
                eid = str(f.value)
                names[eid][str(f.attrs.get("surface") or f.text)] += 1
                labels.setdefault(eid, f.label)
    if not names:
        return tuple(articles)
    known = frozenset(eid for eid in names if eid in gaz.entries)
    uf = _UnionFind()
    ids = sorted(names)
    for eid in ids:
        uf.find(eid)

    regional = frozenset(eid for eid in ids if "@" in eid)  # "ORG:dinas-sosial@aceh"

    def regions_apart(a: str, b: str) -> bool:
        """A regional office tied to a region joins only the same office of that region:
        "Dinas Sosial Aceh" is not another outlet's regency "Dinas Sosial"."""
        if labels.get(a) != "ORG" or labels.get(b) != "ORG":
            return False  # (checked first: the scan below runs per candidate pair)
        by_root = uf.members_by_root(regional)
        regions_a = {k.split("@", 1)[1] for k in by_root.get(uf.find(a), ())}
        regions_b = {k.split("@", 1)[1] for k in by_root.get(uf.find(b), ())}
        return regions_a != regions_b and bool(regions_a or regions_b)

    def both_known_apart(a: str, b: str) -> bool:
        if regional and regions_apart(a, b):
            return True
        if not known:
            return False
        # the known names under each root, grouped once per join (roots are all that
        # matter: path compression keeps them)
        by_root = uf.members_by_root(known)
        ka, kb = by_root.get(uf.find(a)), by_root.get(uf.find(b))
        return bool(ka and kb and ka != kb)

    # rule 2: spelling variants of the same kind; only names that share a block can be
    # close spellings, so a story with hundreds of names is not compared pair by pair
    for a, b in _candidate_pairs(ids, names, labels):
        if uf.find(a) == uf.find(b) or (a in known and b in known) or both_known_apart(a, b):
            continue
        if _distinct_offices(names[a], names[b]):
            continue  # "Kejari" / "Kejati": two kinds of office, one letter apart
        if any(
            _close_names(sa, sb, labels[a]) for sa in names[a] for sb in names[b]
        ) and _unambiguous(a, b, ids, names, labels, known):
            uf.union(b, a) if a in known else uf.union(a, b)
    # rule 3: a lone surname joins the only full name ending with it
    full_by_surname: dict[str, set[str]] = defaultdict(set)
    for eid in ids:
        if labels[eid] != "PER":
            continue
        for surface in names[eid]:
            words = fold(surface).split()
            if len(words) >= 2:
                full_by_surname[words[-1]].add(uf.find(eid))
    for eid in ids:
        if labels[eid] != "PER" or eid in known:
            continue
        singles = [fold(s) for s in names[eid] if len(s.split()) == 1]
        if not singles or len(singles) != len(names[eid]):
            continue
        roots = set().union(*(full_by_surname.get(s, set()) for s in singles))
        roots.discard(uf.find(eid))
        if len(roots) == 1:
            target = next(iter(roots))
            if not both_known_apart(eid, target):
                uf.union(target, eid)
    # rule 4: a shorter form joins the only longer name it abbreviates; a name can only
    # abbreviate one with more words, so pairs are tried only below each name's longest
    longest = {eid: max(len(_plain_words(s)) for s in names[eid]) for eid in ids}
    of_label: dict[str, list[str]] = defaultdict(list)  # only a name of one's label is tried
    for eid in ids:
        of_label[labels[eid]].append(eid)
    for eid in ids:
        if eid in known:
            continue
        shortest = min(len(_plain_words(s)) for s in names[eid])
        targets = {
            uf.find(other)
            for other in of_label[labels[eid]]
            if other != eid
            and longest[other] > shortest
            and any(_abbreviates(s, o, labels[eid]) for s in names[eid] for o in names[other])
        }
        targets.discard(uf.find(eid))
        if len(targets) == 1:
            target = next(iter(targets))
            if not both_known_apart(eid, target):
                uf.union(target, eid)
    # rule 5: an acronym joins the one body whose initials it spells, in another article or
    # language ("NAB" / "National Accountability Bureau", "PML-N" / "Pakistan Muslim
    # League-Nawaz")
    by_initials: dict[str, set[str]] = defaultdict(set)
    for eid in of_label["ORG"]:
        for surface in names[eid]:
            initials = _initials(surface)
            if initials:
                by_initials[initials].add(eid)
    for eid in of_label["ORG"]:
        if eid in known:
            continue
        for surface in names[eid]:
            letters = _acronym_letters(surface)
            roots = {uf.find(o) for o in by_initials.get(letters, ())} if letters else set()
            roots.discard(uf.find(eid))
            if len(roots) == 1:
                target = next(iter(roots))
                if not both_known_apart(eid, target):
                    uf.union(target, eid)
    # rule 6: a syllable short form joins the one body it is cut from
    bodies = [
        (eid, body_words)
        for eid in of_label["ORG"]
        for surface in names[eid]
        if len(body_words := _content_words(surface)) >= 2
    ]
    for eid in of_label["ORG"] if bodies else ():
        if eid in known:
            continue
        shorts = [fold(s) for s in names[eid] if _syllable_form(s)]
        if not shorts:
            continue
        roots = {
            uf.find(other)
            for other, body_words in bodies
            if other != eid and any(_cut_from(s, body_words) for s in shorts)
        }
        roots.discard(uf.find(eid))
        if len(roots) == 1:
            target = next(iter(roots))
            if not both_known_apart(eid, target):
                uf.union(target, eid)
    # rule 7: initials join the one person whose full name they spell
    if any(_person_initials(s) for eid in of_label["PER"] for s in names[eid]):
        _join_initials(articles, of_label["PER"], names, uf, both_known_apart)
    groups: dict[str, list[str]] = defaultdict(list)
    for eid in ids:
        groups[uf.find(eid)].append(eid)
    lang = _majority_lang(articles)
    new_id: dict[str, str] = {}
    canonical: dict[str, str] = {}
    for members in groups.values():
        chosen, display = _choose(members, names, known, lang)
        for m in members:
            new_id[m] = chosen
            canonical[m] = display
    return tuple(_rewrite(a, new_id, canonical) for a in articles)


_INITIALS_RE = re.compile(r"[A-Z]{2,4}")
# an age right after a name: "Nikolay Smirnoff (43)", "NS, 34,"
_AGE_GAP_RE = re.compile(r"\s*[(,]\s*$")


def _person_initials(name: str) -> str | None:
    """ "NS" -> "NS": a person's name written as two to four capitals, else None."""
    return name if _INITIALS_RE.fullmatch(name) else None


def _name_initials(name: str) -> str:
    """ "Nikolai Smirnov" -> "NS": the first letters of a full name's words."""
    return "".join(strip_diacritics(w[0]).upper() for w in name.split() if w[:1].isalpha())


def _join_initials(
    articles: Sequence[Article],
    people: list[str],
    names: Names,
    uf: _UnionFind,
    apart: Callable[[str, str], bool],
) -> None:
    """Rule 7 of the module docstring."""
    where: dict[str, set[int]] = defaultdict(set)  # person id -> articles naming them
    aged: set[str] = set()  # people written with their age right after the name
    for i, art in enumerate(articles):
        ages = {(f.field, f.start) for f in art.facts if f.kind == "number" and f.label == "age"}
        for f in art.facts:
            if f.kind != "entity" or f.label != "PER":
                continue
            eid = str(f.value)
            where[eid].add(i)
            text = _field_text(art, f.field)
            if any(
                (f.field, k) in ages and _AGE_GAP_RE.fullmatch(text, f.end, k)
                for k in range(f.end + 1, min(len(text), f.end + 4))
            ):
                aged.add(eid)
    full: dict[str, set[str]] = defaultdict(set)  # initials -> full names' ids
    for eid in people:
        for surface in names[eid]:
            if len(surface.split()) >= 2:
                full[_name_initials(surface)].add(eid)
    for eid in people:
        letters = {s for s in names[eid] if _person_initials(s)}
        if not letters or len(letters) != len(names[eid]):
            continue
        roots = {
            uf.find(other)
            for s in letters
            for other in full.get(s, ())
            if other != eid and (where[other] & where[eid] or (other in aged and eid in aged))
        }
        roots.discard(uf.find(eid))
        if len(roots) == 1:
            target = next(iter(roots))
            if not apart(eid, target):
                uf.union(target, eid)


def _field_text(article: Article, field: str) -> str:
    return article.title if field == "title" else article.text


def _full_tickets(articles: Sequence[Article]) -> dict[str, tuple[Fact, Fact]]:
    """Pairs of people written as full names joined by a hyphen ("Rudi Hartono-Wawan
    Setiawan", two PER facts one hyphen apart), by the pair as written."""
    out: dict[str, tuple[Fact, Fact]] = {}
    for art in articles:
        people = sorted(
            (f for f in art.facts if f.kind == "entity" and f.label == "PER"),
            key=lambda f: (f.field, f.start),
        )
        for a, b in pairwise(people):
            if (
                a.field == b.field
                and b.start == a.end + 1
                and _field_text(art, a.field)[a.end : b.start] == "-"
            ):
                out.setdefault(f"{a.text}-{b.text}", (a, b))
    return out


def _split_short_tickets(articles: Sequence[Article]) -> Sequence[Article]:
    """ "Rudi-Wawan" beside another outlet's "Rudi Hartono-Wawan Setiawan": the pair
    shortened to one word each becomes its two members, each with its full name's id."""
    if not any("-" in str(f.text) for art in articles for f in art.facts if f.label == "PER"):
        return articles
    fulls = _full_tickets(articles)
    if not fulls:
        return articles
    out: list[Article] = []
    for art in articles:
        facts: list[Fact] = []
        for f in art.facts:
            pair = _short_ticket_pair(f, fulls)
            if pair is None:
                facts.append(f)
                continue
            first, second = f.text.split("-")
            for member, start, full in (
                (first, f.start, pair[0]),
                (second, f.start + len(first) + 1, pair[1]),
            ):
                attrs = {"surface": member, "canonical": member, "source": "ticket"}
                facts.append(
                    replace(
                        f,
                        value=full.value,
                        text=member,
                        start=start,
                        end=start + len(member),
                        attrs=attrs,
                    )
                )
        out.append(art.with_facts(tuple(facts)) if len(facts) != len(art.facts) else art)
    return out


def _short_ticket_pair(f: Fact, fulls: dict[str, tuple[Fact, Fact]]) -> tuple[Fact, Fact] | None:
    """The one full pair a PER fact written "Rudi-Wawan" shortens, if exactly one."""
    if f.kind != "entity" or f.label != "PER" or f.text.count("-") != 1 or " " in f.text:
        return None
    matches = [pair for full, pair in fulls.items() if _abbreviates(f.text, full, "PER")]
    return matches[0] if len(matches) == 1 else None


_WORD_SPLIT_RE = re.compile(r"[\s-]+")


def _initials(name: str) -> str | None:
    """The capital initials of a body's name of two or more capitalised words, lowercase
    joining words left out: "General Authority of Civil Aviation" -> "GACA"."""
    words = [w for w in _WORD_SPLIT_RE.split(name.strip()) if w[:1].isupper()]
    if len(words) < 2 or all(w.isupper() for w in words):
        return None
    return "".join(strip_diacritics(w[0]) for w in words)


def _acronym_letters(name: str) -> str | None:
    """ "PML-N" -> "PMLN": the letters of a name written as an acronym, else None."""
    letters = name.replace("-", "").replace(".", "")
    return letters if 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper() else None


def _syllable_form(name: str) -> bool:
    """ "Kejari", "Polresta": one capitalised word in lower case after its first letter,
    as Indonesian writes a body's syllable short form (capitals are initials, rule 5)."""
    return 4 <= len(name) <= 14 and name.isalpha() and name[0].isupper() and name[1:].islower()


_JOINING_WORDS = frozenset({"dan", "and", "of", "the", "untuk", "serta"})


@lru_cache(maxsize=4096)
def _content_words(name: str) -> tuple[str, ...]:
    """The folded words of a body's name that its short form must take a piece of."""
    return tuple(w for w in _plain_words(name) if w not in _JOINING_WORDS and w.isalpha())


def _cut_from(short: str, words: Sequence[str]) -> bool:
    """Whether ``short`` is a piece of two letters or more of each of ``words`` in order,
    the first piece opening the first word or following one of its prefixes (rule 6)."""
    if len(short) < 2 * len(words) or short == words[0]:
        return False  # "Persija" of "Persija Jakarta": the name itself, with its place
    prefixes = in_every_language("titles", "word_prefixes")
    starts = [0] + [len(p) for p in prefixes if words[0].startswith(p)]
    return any(
        _pieces_of(short[n:], words[1:])
        for s in starts
        for n in range(2, len(short) + 1)
        if words[0][s:].startswith(short[:n])
    )


def _pieces_of(rest: str, words: Sequence[str]) -> bool:
    """Whether ``rest`` is a piece of two letters or more of each word, in order."""
    if not words:
        return not rest
    word = words[0]
    if len(words) == 1:
        return len(rest) >= 2 and rest in word
    return any(
        rest[:n] in word and _pieces_of(rest[n:], words[1:])
        for n in range(2, len(rest) - 2 * (len(words) - 1) + 1)
    )


def _blocks(name: str, label: str) -> set[tuple[str, int, str]]:
    """Keys that any close spelling of ``name`` shares (see ``close_spelling``): the label,
    the word count for people, and the first letter of the (last) word, raw, as the
    transliteration key sees it (an initial vowel is any vowel) and in today's spelling."""
    words = fold(name).split()
    if not words:
        return set()
    word = words[-1] if label == "PER" else " ".join(words)
    n = len(words) if label == "PER" else 0
    raw = "*" if word[0] in "aeiou" else word[0]
    key = sound_key(word)[:1] or raw
    today = _today_spelling(word)
    if today[:1] != word[:1]:
        # "Tjipto" / "Cipto": the old spelling's first letters meet today's
        return {(label, n, raw), (label, n, key), (label, n, today[0])}
    return {(label, n, raw), (label, n, key)}


Names = dict[str, Counter[str]]


def _candidate_pairs(ids: list[str], names: Names, labels: dict[str, str]) -> list[tuple[str, str]]:
    by_block: dict[tuple[str, int, str], list[str]] = defaultdict(list)
    for eid in ids:
        for block in set().union(*(_blocks(s, labels[eid]) for s in names[eid])):
            by_block[block].append(eid)
    order = {eid: i for i, eid in enumerate(ids)}
    pairs: set[tuple[str, str]] = set()
    for members in by_block.values():
        members = sorted(set(members), key=order.__getitem__)
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                pairs.add((a, b))
    return sorted(pairs, key=lambda p: (order[p[0]], order[p[1]]))


def _unambiguous(
    a: str, b: str, ids: list[str], names: Names, labels: dict[str, str], known: frozenset[str]
) -> bool:
    """An unknown name close to two different known names is left alone."""
    for unknown, other in ((a, b), (b, a)):
        if unknown in known or other not in known:
            continue
        rivals = {
            k
            for k in known
            if k != other
            and labels[k] == labels[unknown]
            and any(_close_names(s, t, labels[k]) for s in names[unknown] for t in names[k])
        }
        if rivals:
            return False
    return True


def _majority_lang(articles: Sequence[Article]) -> str:
    counts = Counter(norm_lang(a.lang) for a in articles)
    return counts.most_common(1)[0][0] if counts else "id"


def _choose(members: list[str], names: Names, known: frozenset[str], lang: str) -> tuple[str, str]:
    gaz = gazetteer()
    known_members = sorted(m for m in members if m in known)
    surfaces: Counter[str] = Counter()
    for m in members:
        surfaces.update(names[m])
    if known_members:
        chosen = known_members[0]
        return chosen, gaz.display(chosen, lang) or surfaces.most_common(1)[0][0]

    def rank(m: str) -> tuple[int, bool, int, int, str]:
        total = sum(names[m].values())
        longest = max(len(s.split()) for s in names[m])
        # today's spelling is shown before an old one ("Agus Salim", not "Agoes Salim")
        old = any(_OLD_SPELLING_RE.search(fold(s)) for s in names[m])
        return (-longest, old, -total, -max(len(s) for s in names[m]), m)

    chosen = sorted(members, key=rank)[0]
    display = sorted(names[chosen].items(), key=lambda kv: (-len(kv[0].split()), -kv[1], kv[0]))[0][
        0
    ]
    return chosen, display


def _rewrite(article: Article, new_id: dict[str, str], canonical: dict[str, str]) -> Article:
    out: list[Fact] = []
    changed = False
    for f in article.facts:
        g = f
        if f.kind == "entity" and str(f.value) in new_id:
            old = str(f.value)
            if (
                new_id[old] == f.value
                and f.attrs.get("canonical") == canonical[old]
                and "surface" in f.attrs
            ):
                out.append(f)  # already linked as it stands: the copy would equal it
                continue
            attrs = dict(f.attrs)
            attrs["canonical"] = canonical[old]
            attrs.setdefault("surface", f.text)
            g = replace(f, value=new_id[old], attrs=attrs)
        elif f.kind == "quote" and f.label in new_id:
            attrs = dict(f.attrs)
            attrs["speaker"] = canonical[f.label]
            g = replace(f, label=new_id[f.label], attrs=attrs)
        elif f.kind == "attribution" and f.attrs.get("entity") in new_id:
            attrs = dict(f.attrs)
            attrs["entity"] = new_id[str(f.attrs["entity"])]
            g = replace(f, attrs=attrs)
        changed = changed or g is not f
        out.append(g)
    return article.with_facts(tuple(out)) if changed else article
