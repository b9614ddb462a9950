"""Ordinal conflicts: one event's place in a series, counted differently.

"OTT ini merupakan yang keempat dilakukan KPK sepanjang 2026" and "OTT di Bitung ini menjadi
yang kelima oleh KPK pada tahun ini" disagree on how many raids came before; so do "longsor
ketiga di ruas tersebut" and "longsor untuk keempat kalinya". Number extraction reads no
ordinal as a count ("ke-3", "hari ketiga" count nothing), so they are found here, from the
text: an ordinal word of ``numbers.json`` (``ordinal_words``) or "ke-4" / "4th", in a series
form ("yang keempat", "untuk keempat kalinya", "the fourth"), or after the noun it ranks
("longsor ketiga"). Two articles in one language disagree when their ordinals rank the same
noun, or one ranks a noun the other's sentence names, in sentences that share content words;
an English story and its Indonesian rewrite, when each has one ordinal only, in a series form
in its lead paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from kroscek.align import Alignment
from kroscek.compare.findings._common import (
    join_values,
    message,
    msg_lang,
    source_labels,
    span_evidence,
)
from kroscek.data import Article, Finding, Severity
from kroscek.extract.numbers import parse_words
from kroscek.text.lang import lang_data

# Content stems two ordinals' sentences must share to rank the same series.
MIN_SHARED_STEMS = 2
# Words that open a series form: the ordinal ranks the sentence's subject, no noun before it.
_SERIES_WORDS = {
    "id": frozenset({"yang", "untuk", "merupakan", "menjadi", "sebagai"}),
    "en": frozenset({"the", "its", "their", "a"}),
}


@dataclass(frozen=True, slots=True)
class _Ordinal:
    article: Article
    start: int
    end: int
    value: int
    # the folded words naming what it ranks ("longsor"; "major", "operation" after "the
    # third"), None in a series form ("yang keempat")
    noun: frozenset[str] | None
    stems: frozenset[str]
    # where the evidence starts: the noun ranked, when it stands right before ("menit ke-78")
    shown: int = -1
    # where the English noun ranked after it ends ("second crocodile attack"), else -1
    noun_end: int = -1
    # where its sentence ends
    until: int = -1


# An English place in a table after its ordinal, with no article before it ("sit fourth in
# the standings", "finished third in the medal table").
_STANDING_RE = re.compile(
    r"\s+in\s+the\s+(?:overall\s+|world\s+)?(?:medal\s+)?(?:standings|table|rankings|tally)\b",
    re.IGNORECASE,
)


# "SpaceX's 150th booster landing": a possessive opens a series form as "its" does.
_POSSESSIVE_RE = re.compile(r"\w['’]s\s+$")
# The lowercase words right after an English ordinal naming what it ranks, one or two,
# no punctuation between, up to a word that ends a noun phrase ("second crocodile attack
# in", "150th booster landing of", "fifth suspect was", "second attack killed").
_NOUN_PHRASE_RE = re.compile(
    r"(?:[ \t]+(?!(?:in|on|at|of|to|by|for|from|with|after|before|since|than|and|or|but|"
    r"was|were|is|are|has|had|have|that|this|who|which|as|into|over|compared)\b"
    r"|[a-z-]+ed\b)[a-z][a-z-]{2,}){1,2}"
)


@lru_cache(maxsize=4)
def _pattern(lang: str) -> tuple[re.Pattern[str], dict[str, int]]:
    words = {
        k.casefold(): int(v) for k, v in lang_data(lang, "numbers").get("ordinal_words", {}).items()
    }
    alternation = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    digits = r"ke-(?P<num>\d{1,3})" if lang == "id" else r"(?P<num>\d{1,3})(?:st|nd|rd|th)"
    return (
        re.compile(rf"(?<![\w-])(?:(?P<word>{alternation})|{digits})(?![\w-])", re.IGNORECASE),
        words,
    )


def _ordinals(article: Article, alignment: Alignment) -> list[_Ordinal]:
    lang = article.lang if article.lang in _SERIES_WORDS else "id"
    pattern, words = _pattern(lang)
    text = article.text
    quotes = [(f.start, f.end) for f in article.facts if f.kind == "quote" and f.field == "text"]
    out: list[_Ordinal] = []
    for m in pattern.finditer(text):
        if any(s <= m.start() < e for s, e in quotes):
            continue  # a speaker's words, not the outlet's count
        value = words[m.group("word").casefold()] if m.group("word") else int(m.group("num"))
        sentence = alignment.sentence_at(article.id, m.start())
        if sentence is None:
            continue
        noun_end = -1
        before = re.findall(r"[\w-]+", text[sentence.span.start : m.start()])
        prev = before[-1].casefold() if before else ""
        if lang == "en":
            if _STANDING_RE.match(text, m.end()):
                noun: frozenset[str] | None = frozenset({"place"})  # "fourth in the standings"
            elif prev not in _SERIES_WORDS["en"] and not _POSSESSIVE_RE.search(
                text, max(0, m.start() - 4), m.start()
            ):
                continue  # "third-quarter", "Fifth Avenue": no place in a series of events
            else:
                after = re.findall(r"[A-Za-z-]+", text[m.end() : m.end() + 40])[:2]
                noun = frozenset(w.casefold() for w in after if len(w) >= 3) or None
                phrase = _NOUN_PHRASE_RE.match(text, m.end())
                if phrase is not None and prev != "a":  # "a second facility" is another one
                    noun_end = phrase.end()
        else:
            kalinya = re.match(r"\s+kalinya\b", text[m.end() :], re.IGNORECASE)
            series = prev in _SERIES_WORDS["id"] or bool(kalinya)
            if not series and (not prev or not prev.isalpha() or prev[:1].isupper()):
                continue
            noun = None if series else frozenset({prev})
        shown = m.start()
        if noun is not None and lang == "id":
            at = re.search(r"([\w-]+)\s+$", text[sentence.span.start : m.start()])
            if at is not None:
                shown = sentence.span.start + at.start(1)  # "menit ke-78", "peringkat ketiga"
        out.append(
            _Ordinal(
                article,
                m.start(),
                m.end(),
                value,
                noun,
                sentence.stems,
                shown,
                noun_end,
                sentence.span.end,
            )
        )
    if lang == "en":
        out.extend(_numbered(article, alignment, quotes))
    return out


@lru_cache(maxsize=1)
def _numbered_nouns() -> dict[str, str]:
    """``numbered_nouns`` of lang/en/numbers.json: English noun -> its Indonesian noun."""
    return {
        k.casefold(): str(v).casefold()
        for k, v in lang_data("en", "numbers").get("numbered_nouns", {}).items()
    }


@lru_cache(maxsize=1)
def _numbered_re() -> re.Pattern[str]:
    alternation = "|".join(map(re.escape, _numbered_nouns()))
    return re.compile(
        rf"(?<![\w-])(?P<noun>{alternation})\s+(?P<num>\d{{1,3}})(?![\w.,:-])", re.IGNORECASE
    )


def _numbered(
    article: Article, alignment: Alignment, quotes: Sequence[tuple[int, int]]
) -> list[_Ordinal]:
    """English places in a series written as a noun and a bare number ("on lap 12")."""
    pattern = _numbered_re()
    out: list[_Ordinal] = []
    for m in pattern.finditer(article.text):
        if any(s <= m.start() < e for s, e in quotes):
            continue
        sentence = alignment.sentence_at(article.id, m.start())
        if sentence is None:
            continue
        noun = frozenset({m.group("noun").casefold()})
        out.append(
            _Ordinal(
                article,
                m.start("num"),
                m.end(),
                int(m.group("num")),
                noun,
                sentence.stems,
                m.start(),
            )
        )
    return out


@lru_cache(maxsize=4)
def _rank_nouns(lang: str) -> frozenset[str]:
    """``rank_nouns`` of numbers.json: words for one place in a table ("peringkat",
    "posisi"), one noun whichever an outlet chose."""
    return frozenset(w.casefold() for w in lang_data(lang, "numbers").get("rank_nouns", []))


def _rank_keys(o: _Ordinal) -> frozenset[str]:
    nouns = o.noun or frozenset()
    ranks = _rank_nouns(o.article.lang if o.article.lang in _SERIES_WORDS else "id")
    return frozenset("\x00rank" if n in ranks else n for n in nouns)


def _same_series(x: _Ordinal, y: _Ordinal) -> bool:
    """Whether two ordinals rank one series: the same noun, or a noun the other's sentence
    names, or two series forms, in sentences sharing content words."""
    if len(x.stems & y.stems) < MIN_SHARED_STEMS:
        return False
    if x.noun and y.noun:
        return bool(_rank_keys(x) & _rank_keys(y))
    nouns = x.noun or y.noun
    if nouns is None:
        return True
    other = y if x.noun else x
    return any(
        n.startswith(s) or s.startswith(n) for n in nouns for s in other.stems if len(s) >= 4
    )


def find_ordinal_conflicts(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """One conflict per pair of same-language articles ranking one event differently; then
    the places every article gives alike (agreements), the places one article alone gives
    (uniques) and the floors articles set an event on (see ``find_floor_conflicts``)."""
    labels = source_labels(articles)
    found = {a.id: _ordinals(a, alignment) for a in articles}
    from kroscek.compare.findings.claims import apart_pairs

    apart = apart_pairs(articles, alignment)
    subjects = {a.id: _ranked_subjects(found[a.id], alignment) for a in articles}
    out: list[Finding] = []
    for a, b in combinations(articles, 2):
        if (a.id, b.id) in apart:
            continue  # two events ("naik ke peringkat kedua" / "tertahan di peringkat keenam")
        before = len(out)
        _pair_conflicts(labels, (a.lang, b.lang), found[a.id], found[b.id], out)
        if len(articles) == 2 and len(out) == before and a.lang != b.lang:
            agreed = _translated_agreement(found[a.id], found[b.id])
            if agreed is not None:
                out.append(agreed)
        if not any(f.evidence and _is_rank_finding(f, found) for f in out[before:]):
            for subject in sorted(subjects[a.id].keys() & subjects[b.id].keys()):
                x, y = subjects[a.id][subject], subjects[b.id][subject]
                if x.value != y.value:
                    out.append(_finding(labels, x, y))
    disputed = {(e.article, e.end) for f in out for e in f.evidence}
    out.extend(_agreements(articles, found, apart, disputed, labels))
    out.extend(_uniques(articles, found, disputed, labels))
    out.extend(find_floor_conflicts(articles, alignment))
    return out


def _is_rank_finding(f: Finding, found: dict[str, list[_Ordinal]]) -> bool:
    """Whether a finding sets places in a table against each other."""
    e = f.evidence[0]
    return any("\x00rank" in _rank_keys(o) and o.end == e.end for o in found.get(e.article, ()))


# Words before a rank noun its subject may stand ("Persikota kini menempati peringkat").
_SUBJECT_WINDOW = 5
_CAPITALISED_RE = re.compile(r"(?<![\w-])[A-Z][\w-]*")


def _ranked_subjects(ordinals: Sequence[_Ordinal], alignment: Alignment) -> dict[str, _Ordinal]:
    """Places in a table by the name they rank: the last capitalised word a few words before
    the rank noun ("Persikota naik ke posisi ketiga", "Perseta tertahan di peringkat
    kesembilan"). A match report ranks both clubs, so the one-place and series rules leave
    the places alone; keyed by club, each outlet's place of one club meets the other's.
    A name given two places in one text ("naik dari posisi keenam ke posisi keempat") is
    left out."""
    by_name: dict[str, set[int]] = {}
    first: dict[str, _Ordinal] = {}
    for o in ordinals:
        if "\x00rank" not in _rank_keys(o):
            continue
        sentence = alignment.sentence_at(o.article.id, o.start)
        if sentence is None:
            continue
        head = o.article.text[sentence.span.start : _start(o)]
        words = re.findall(r"[\w-]+", head)[-_SUBJECT_WINDOW - 1 :]
        names = [w for w in words if _CAPITALISED_RE.fullmatch(w) and not w[:1].isdigit()]
        if not names:
            continue
        name = names[-1].casefold()
        by_name.setdefault(name, set()).add(o.value)
        first.setdefault(name, o)
    return {n: first[n] for n, values in by_name.items() if len(values) == 1}


def _pair_conflicts(
    labels: dict[str, str],
    langs: tuple[str | None, str | None],
    xs: list[_Ordinal],
    ys: list[_Ordinal],
    out: list[Finding],
) -> None:
    """The conflicts of one pair of articles about one event (see the module docstring)."""
    if langs[0] != langs[1]:
        pair = (
            _translated_leads(xs, ys)
            or _translated_numbered(xs, ys)
            or _translated_ranks(xs, ys)
            or _translated_periods(xs, ys)
        )
        if pair is not None:
            out.append(_finding(labels, *pair))
        return
    series = {(i, j) for i, x in enumerate(xs) for j, y in enumerate(ys) if _same_series(x, y)}
    pairs = [(i, j) for i, j in series if xs[i].value != ys[j].value]
    agreed = {(0, i) for i, j in series if xs[i].value == ys[j].value} | {
        (1, j) for i, j in series if xs[i].value == ys[j].value
    }
    if not pairs:
        return
    if agreed:
        # the texts agree on some places of the series ("menit ke-23", "menit ke-51"): an
        # ordinal neither matches, in a sentence telling the same act ("Gol kemenangan
        # ... menit ke-78" / "Gol penentu kemenangan ... menit ke-87"), is the one in
        # dispute
        pairs = [
            (i, j)
            for i, j in pairs
            if (0, i) not in agreed
            and (1, j) not in agreed
            and len(xs[i].stems & ys[j].stems) > MIN_SHARED_STEMS
        ]
        if not pairs:
            return
    # one conflict per series ranked: the best-tied pair of each ("menit ke-78" /
    # "ke-87" and "peringkat ketiga" / "posisi keempat" in one match report)
    pairs.sort(key=lambda p: len(xs[p[0]].stems & ys[p[1]].stems), reverse=True)
    used: set[tuple[int, int]] = set()
    ranked: list[frozenset[str] | None] = []
    for i, j in pairs:
        if (0, i) in used or (1, j) in used:
            continue
        keys = _rank_keys(xs[i]) | _rank_keys(ys[j]) or None
        if any(k is None or keys is None or k & keys for k in ranked):
            continue
        used |= {(0, i), (1, j)}
        ranked.append(keys)
        out.append(_finding(labels, xs[i], ys[j]))


def _finding(labels: dict[str, str], x: _Ordinal, y: _Ordinal) -> Finding:
    # "menit ke-27" / "menit ke-72": a match minute, not a place in a series of events
    minute = all(o.noun is not None and o.noun & _MINUTE_WORDS for o in (x, y))
    key = "conflict.ordinal_minute" if minute else "conflict.ordinal"
    spans = ((o.article, _start(o), o.end) for o in (x, y))
    return _span_conflict(labels, key, "medium", "ordinal", spans)


def _span_conflict(
    labels: dict[str, str],
    key: str,
    severity: Severity,
    slot: str,
    spans: Iterable[tuple[Article, int, int]],
) -> Finding:
    """A conflict setting spans of the articles' texts side by side, worded by ``key``."""
    shown = list(spans)
    lang = msg_lang(shown[0][0])
    values = join_values(lang, [(labels[a.id], a.text[s:e]) for a, s, e in shown])
    evidence = tuple(span_evidence(a, "text", s, e) for a, s, e in shown)
    return Finding("conflict", severity, message(lang, key, values=values), evidence, slot=slot)


# The nouns an ordinal minute of a match stands after ("menit ke-27") or before ("the 27th
# minute").
_MINUTE_WORDS = frozenset({"menit", "minute"})


def _start(o: _Ordinal) -> int:
    return o.shown if o.shown >= 0 else o.start


def _in_lead(o: _Ordinal) -> bool:
    """Whether an ordinal stands in the first paragraph of its article's text."""
    cut = o.article.text.find("\n\n")
    return cut < 0 or o.start < cut


def _translated_leads(xs: list[_Ordinal], ys: list[_Ordinal]) -> tuple[_Ordinal, _Ordinal] | None:
    """An English story and its Indonesian rewrite share no words to tie two ordinals, but
    when each article has one ordinal only, in a series form in its lead paragraph ("in the
    third major operation in the area this month" / "Serangan ini merupakan yang keempat di
    kawasan tersebut"), both rank the story's event."""
    if len(xs) != 1 or len(ys) != 1:
        return None
    x, y = xs[0], ys[0]
    if x.value == y.value or not (_in_lead(x) and _in_lead(y)):
        return None
    indonesian = x if x.article.lang == "id" else y
    if indonesian.noun is not None:
        return None  # "longsor ketiga" ranks a noun an English text would name
    return x, y


# A period an ordinal counts events within, after it in its sentence ("the third such
# incursion reported this year", "penerobosan keempat yang tercatat tahun ini").
_PERIOD_RES = {
    "en": re.compile(
        r"\b(?:(?:so\s+far\s+|earlier\s+)?this|last)\s+(?:year|month|week|season)\b"
        r"|\bsince\s+(?:January|the\s+start\s+of\s+the\s+year)\b",
        re.IGNORECASE,
    ),
    "id": re.compile(
        r"\b(?:tahun|bulan|pekan|minggu|musim)\s+ini\b|\bsepanjang\s+(?:tahun|\d{4})\b"
        r"|\bsejak\s+(?:awal\s+tahun|Januari)\b",
        re.IGNORECASE,
    ),
}


def _counts_in_period(o: _Ordinal) -> bool:
    """Whether an ordinal counts an event within a period named after it in its sentence:
    a count of like events ("the third such incursion ... this year"), neither a place in
    a table nor a minute of a match."""
    if o.noun is not None and (o.noun & _MINUTE_WORDS or "\x00rank" in _rank_keys(o)):
        return False
    pattern = _PERIOD_RES["en" if o.article.lang == "en" else "id"]
    return pattern.search(o.article.text, o.end, o.until) is not None


def _translated_periods(xs: list[_Ordinal], ys: list[_Ordinal]) -> tuple[_Ordinal, _Ordinal] | None:
    """An English "It was the third such incursion reported this year" and an Indonesian
    "Ini merupakan penerobosan keempat yang tercatat tahun ini": when each article counts
    one event within a period once only, both count the story's event."""
    px = [o for o in xs if _counts_in_period(o)]
    py = [o for o in ys if _counts_in_period(o)]
    if len(px) == 1 and len(py) == 1 and px[0].value != py[0].value:
        return px[0], py[0]
    return None


def _id_noun(o: _Ordinal) -> str | None:
    """The one noun an ordinal ranks, in Indonesian ("lap" for "lap 12" and "lap ke-12")."""
    if not o.noun or len(o.noun) != 1:
        return None
    (noun,) = o.noun
    return _numbered_nouns().get(noun) if o.article.lang == "en" else noun


def _translated_numbered(
    xs: list[_Ordinal], ys: list[_Ordinal]
) -> tuple[_Ordinal, _Ordinal] | None:
    """An English "on lap 12" and an Indonesian "pada lap ke-21": when each article ranks
    that noun once only, both place the story's one moment (a crash, a goal)."""
    for x in xs:
        key = _id_noun(x)
        if key is None or (x.article.lang != "en" and x.noun is None):
            continue
        same_x = [o for o in xs if _id_noun(o) == key]
        same_y = [o for o in ys if _id_noun(o) == key]
        if len(same_x) == 1 and len(same_y) == 1 and same_x[0].value != same_y[0].value:
            if _walks_series(same_x[0].article, key) or _walks_series(same_y[0].article, key):
                continue  # "took the first game ..., a tense second game": games, not one
            return same_x[0], same_y[0]
    return None


@lru_cache(maxsize=4)
def _place_words(lang: str) -> str:
    """An alternation of the words naming a place in a series, "first" / "pertama" too."""
    words = {w.casefold() for w in lang_data(lang, "numbers").get("ordinal_words", {})}
    words.add("first" if lang == "en" else "pertama")
    digits = r"\d{1,3}(?:st|nd|rd|th)" if lang == "en" else r"ke-\d{1,3}"
    return "|".join([*sorted(map(re.escape, words)), digits])


def _walks_series(article: Article, key: str) -> bool:
    """Whether a text names two or more places of one numbered noun in any form ("took the
    first game ..., a tense second game", "gim pertama ... gim kedua"): it walks through a
    series (the games of a match), so its one ordinal in series form is no single moment
    another text's ordinal of that noun must match."""
    lang = "en" if article.lang == "en" else "id"
    text = article.text.casefold()
    places = _place_words(lang)
    if lang == "en":
        nouns = "|".join(re.escape(en) for en, id_ in _numbered_nouns().items() if id_ == key)
        if not nouns:
            return False
        pattern = rf"\b({places})\s+(?:[a-z-]+\s+)?(?:{nouns})\b"
    else:
        pattern = rf"\b{re.escape(key)}\s+({places})\b"
    return len({m.group(1) for m in re.finditer(pattern, text)}) > 1


def _translated_ranks(xs: list[_Ordinal], ys: list[_Ordinal]) -> tuple[_Ordinal, _Ordinal] | None:
    """An English "sit fourth in the standings" and an Indonesian "menempati peringkat
    ketiga": when each article gives one place in a table only, both place the story's team."""
    rx = [o for o in xs if "\x00rank" in _rank_keys(o)]
    ry = [o for o in ys if "\x00rank" in _rank_keys(o)]
    if len(rx) == 1 and len(ry) == 1 and rx[0].value != ry[0].value:
        return rx[0], ry[0]
    return None


def _translated_agreement(xs: list[_Ordinal], ys: list[_Ordinal]) -> Finding | None:
    """An English "rise to third in the world rankings" and an Indonesian "naik ke peringkat
    ketiga dunia", each article's one place in a table; or "the second such attack this
    year" and "serangan kedua tahun ini", each article's one count of like events in a
    period (``_counts_in_period``): both sources give the same place."""
    for kind in (_is_rank, _counts_in_period):
        rx = [o for o in xs if kind(o)]
        ry = [o for o in ys if kind(o)]
        if len(rx) != 1 or len(ry) != 1 or rx[0].value != ry[0].value:
            continue
        x, y = rx[0], ry[0]
        ex = span_evidence(x.article, "text", _start(x), max(_table_end(x), x.noun_end))
        ey = span_evidence(y.article, "text", _start(y), max(_table_end(y), y.noun_end))
        text = message(msg_lang(x.article), "agreement.number", text=ex.text)
        return Finding("agreement", "info", text, (ex, ey), slot="ordinal")
    return None


def _is_rank(o: _Ordinal) -> bool:
    """Whether an ordinal is a place in a table ("peringkat ketiga", "third in the standings")."""
    return "\x00rank" in _rank_keys(o)


def _table_end(o: _Ordinal) -> int:
    """Where an ordinal's place in a table ends: after "in the world rankings" when English
    writes the table after it, so the evidence says which table."""
    m = _STANDING_RE.match(o.article.text, o.end)
    return m.end() if m is not None else o.end


# Words before a body ordinal that may hold the noun a headline ranks ("Debat publik kedua"
# for a headline's "Debat Ketiga").
_BODY_NOUN_WORDS = 2


def find_ordinal_headlines(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """An Indonesian headline ranking a noun ("Debat Ketiga ...") whose body ranks that noun
    only otherwise ("Debat publik kedua ..."): the headline misnumbers its own story. A body
    that also gives the headline's place ("Debat ketiga dijadwalkan ...") agrees with it."""
    labels = source_labels(articles)
    pattern, words = _pattern("id")
    out: list[Finding] = []
    for a in articles:
        if a.lang != "id" or not a.title:
            continue
        body: list[_Ordinal] | None = None
        for m in pattern.finditer(a.title):
            before = list(re.finditer(r"[^\W\d_]+", a.title[: m.start()]))
            if not before or len(before[-1].group()) < 3:
                continue  # "Kedua pasangan ...": both, not a place
            noun = before[-1].group().casefold()
            value = words[m.group("word").casefold()] if m.group("word") else int(m.group("num"))
            if body is None:
                body = _ordinals(a, alignment)
            ranked = [o for o in body if noun in _words_before(a.text, o.start)]
            if not ranked or any(o.value == value for o in ranked):
                continue
            o = ranked[0]
            shown = a.text.casefold().rfind(noun, max(0, o.start - 40), o.start)
            out.append(_misnumbered(a, labels[a.id], (before[-1].start(), m.end()), (shown, o.end)))
            break
        else:
            found = _series_number_headline(a, labels)
            if found is not None:
                out.append(found)
    return out


# A name of a series and its small number in a headline ("Liga 2", "Seri 3", "Divisi 1"):
# a capitalised word, then a number that ends the headline or stands before a lowercase
# word or punctuation (a capitalised word after it makes a count: "Tewaskan 5 Orang").
_SERIES_NUMBER_RE = re.compile(
    r"\b(?P<word>[A-Z][a-z]{2,})\s+(?P<num>[1-9])(?=$|[\s,.:;!?)](?![ ]*[A-Z0-9]))"
)


def _series_number_headline(a: Article, labels: dict[str, str]) -> Finding | None:
    """An Indonesian headline naming a league, a division or a series by its number ("...
    12 Pemain Liga 2 karena ...") whose body writes that name only with another number
    ("pemain Liga 3"), never the headline's: the headline misnumbers its own story."""
    for m in _SERIES_NUMBER_RE.finditer(a.title):
        word, num = m.group("word"), m.group("num")
        body = list(re.finditer(rf"\b{re.escape(word)}\s+(?P<num>[1-9])(?![\w.,:-])", a.text))
        if not body or any(b.group("num") == num for b in body):
            continue
        if len({b.group("num") for b in body}) != 1:
            continue  # "Liga 1 dan Liga 2": the body names more than one of the series
        return _misnumbered(a, labels[a.id], m.span(), body[0].span())
    return None


def _misnumbered(a: Article, source: str, title: tuple[int, int], body: tuple[int, int]) -> Finding:
    """The finding that a headline's place or number (``title``, a span of the title) is
    another than the body's (``body``, a span of the text)."""
    text = message(
        msg_lang(a),
        "headline.number.contradicts",
        source=source,
        title_text=a.title[title[0] : title[1]],
        body_text=a.text[body[0] : body[1]],
    )
    evidence = (span_evidence(a, "title", *title), span_evidence(a, "text", *body))
    return Finding("headline_mismatch", "high", text, evidence, slot="ordinal")


def _words_before(text: str, pos: int) -> frozenset[str]:
    """The few folded words right before ``pos`` in its sentence."""
    head = re.split(r"[.!?\n]", text[max(0, pos - 40) : pos])[-1]
    return frozenset(w.casefold() for w in re.findall(r"[^\W\d_]+", head)[-_BODY_NOUN_WORDS:])


# What an ordinal ranks that says nothing of the event: a part of a match or a span of
# time ("babak kedua", "the second half", "hari ketiga", "its 11th day"), a repetition
# ("the second time", "untuk kedua kalinya"), a round of a process ("tahap kedua"), one
# person of several ("the second suspect, a 24-year-old, ..." points at one, counts nothing).
_GENERIC_NOUNS = frozenset(
    {
        "babak", "half", "kali", "kalinya", "time", "times", "quarter", "kuartal", "day",
        "hari", "week", "pekan", "minggu", "month", "bulan", "year", "tahun", "period",
        "periode", "term", "semester", "tahap", "phase", "stage", "gelombang", "wave",
        "session", "sesi", "straight", "consecutive", "such", "largest", "biggest",
        "highest", "lowest", "most", "best", "worst", "last", "latest", "major", "and",
        "the", "this", "that", "with", "for", "from", "since", "place", "row", "century",
        "party", "suspect", "victim", "man", "woman", "person", "child", "boy", "girl",
        "driver", "passenger", "officer", "body", "one",
    }
)  # fmt: skip


def _content_nouns(o: _Ordinal) -> frozenset[str]:
    """The words of what an ordinal ranks that name a thing ("crocodile", "attack" of "the
    second crocodile attack"; "menit" of "menit ke-41"); none for a place in a table, for
    an English ordinal with no noun phrase after it, for an Indonesian ordinal word ("debat
    publik kedua" is read, but "pendukung kedua pasangan" is both camps' supporters: only
    "ke-41" is sure)."""
    if not o.noun or "\x00rank" in _rank_keys(o):
        return frozenset()
    if o.article.lang == "en":
        if o.noun_end < 0:
            return frozenset()
        nouns = frozenset(re.findall(r"[a-z-]+", o.article.text[o.end : o.noun_end]))
    elif o.article.text.startswith("ke-", o.start):
        nouns = o.noun
    else:
        return frozenset()
    return nouns - _GENERIC_NOUNS - _series_parts()


@lru_cache(maxsize=1)
def _series_parts() -> frozenset[str]:
    """The parts of a contest (``numbered_nouns``: "lap", "game", "round"; "gim", "ronde"),
    and floors: a place among them is told in many ways ("running second", "di posisi
    kedua") or left to ``find_floor_conflicts``, so alone it is no unique and alike no
    agreement. A minute is kept: "menit ke-41" is how every report writes it."""
    parts = {w for pair in _numbered_nouns().items() for w in pair} | {"floor", "lantai"}
    return frozenset(parts - _MINUTE_WORDS - {"menit"})


def _lowercase_noun(o: _Ordinal) -> bool:
    """Whether an English ordinal and the words after it are lowercase or digits: "the
    Second World War", "the 7th Fleet" are names, not places in a series."""
    if o.article.lang != "en" or o.noun_end < 0:
        return True
    shown = o.article.text[o.start : o.noun_end]
    return not any(w[:1].isupper() for w in re.findall(r"[A-Za-z]+", shown))


def _shown_span(o: _Ordinal) -> tuple[int, int]:
    """The span an agreement or a unique shows: the noun ranked with its ordinal ("menit
    ke-41", "second crocodile attack", "posisi ke-118")."""
    return _start(o), max(o.end, o.noun_end)


def _tied(x: _Ordinal, y: _Ordinal) -> bool:
    """Whether two ordinals give one place of one thing: the same value of the same named
    noun (not a generic "babak kedua"), in sentences sharing content stems."""
    return (
        x.value == y.value
        and len(x.stems & y.stems) >= MIN_SHARED_STEMS
        and bool(_content_nouns(x) & _content_nouns(y))
        and _lowercase_noun(x)
        and _lowercase_noun(y)
    )


def _agreements(
    articles: Sequence[Article],
    found: dict[str, list[_Ordinal]],
    apart: AbstractSet[tuple[str, str]],
    disputed: set[tuple[str, int]],
    labels: dict[str, str],
) -> list[Finding]:
    """One agreement per place every article gives to one thing ("It is the second crocodile
    attack this year" in both; "menit ke-41" for the equaliser in all three): the same value
    of the same noun, in sentences sharing content stems, in one language. "first" /
    "pertama" is never read, and an ordinal already in a conflict agrees with nothing."""
    if len(articles) < 2 or len({a.lang for a in articles}) != 1:
        return []
    if any((a.id, b.id) in apart for a, b in combinations(articles, 2)):
        return []
    first, *rest = articles
    out: list[Finding] = []
    for x in found[first.id]:
        if (first.id, x.end) in disputed or not _content_nouns(x):
            continue
        group = [x]
        for b in rest:
            y = next(
                (y for y in found[b.id] if (b.id, y.end) not in disputed and _tied(x, y)),
                None,
            )
            if y is None:
                break
            group.append(y)
        else:
            evidence = tuple(span_evidence(o.article, "text", *_shown_span(o)) for o in group)
            text = message(msg_lang(first), "agreement.number", text=evidence[0].text)
            out.append(Finding("agreement", "info", text, evidence, slot="ordinal"))
    return out


def _unique_candidate(o: _Ordinal) -> bool:
    """Whether an ordinal alone in its article is worth a unique: a place in a table
    ("posisi ke-118"), or an English place in a series of a named lowercase noun
    ("SpaceX's 150th booster landing"); never a minute, a part of a match or a span of time,
    never an Indonesian noun ranked ("anak kedua", "istri ketiga" describe, not count)."""
    if o.value < 2 or o.noun is None:
        return False
    if "\x00rank" in _rank_keys(o):
        return True
    nouns = _content_nouns(o) - _MINUTE_WORDS
    return o.article.lang == "en" and bool(nouns) and o.noun_end > 0 and _lowercase_noun(o)


def _uniques(
    articles: Sequence[Article],
    found: dict[str, list[_Ordinal]],
    disputed: set[tuple[str, int]],
    labels: dict[str, str],
) -> list[Finding]:
    """One unique per sentence of one article giving places no other article gives: no
    other article ranks the same noun at any place, nor, in another language, gives a place
    in a table against a table, or writes the same place in any form ("SpaceX's 150th
    booster landing" against an Indonesian text with no "ke-150")."""
    if len(articles) < 2:
        return []
    out: list[Finding] = []
    for a in articles:
        by_sentence: dict[int, list[_Ordinal]] = {}
        for o in found[a.id]:
            if (a.id, o.end) in disputed or not _unique_candidate(o):
                continue
            if any(
                _ranked_elsewhere(o, found[b.id])
                or (b.lang != a.lang and o.value in _values_written(b))
                for b in articles
                if b.id != a.id
            ):
                continue
            by_sentence.setdefault(o.until, []).append(o)
        for group in by_sentence.values():
            evidence = tuple(span_evidence(a, "text", *_shown_span(o)) for o in group)
            text = message(
                msg_lang(a),
                "unique.number",
                sources=labels[a.id],
                text=", ".join(e.text for e in evidence),
            )
            out.append(Finding("unique", "low", text, evidence, slot="ordinal"))
    return out


def _ranked_elsewhere(o: _Ordinal, others: Sequence[_Ordinal]) -> bool:
    """Whether another article's ordinals may give the place ``o`` gives (so ``o`` is no
    unique): one of the same noun or the same table in its language; in another language,
    a place in a table against a table (a place of the same value written in any form is
    checked by the caller: ``_values_written``)."""
    rank = "\x00rank" in _rank_keys(o)
    for y in others:
        y_rank = "\x00rank" in _rank_keys(y)
        if y.article.lang == o.article.lang:
            if (rank and y_rank) or (_content_nouns(o) & _content_nouns(y)):
                return True
        elif rank and y_rank:
            return True
    return False


def _values_written(article: Article) -> frozenset[int]:
    """Every place an article writes in any ordinal form ("third", "running second",
    "ke-19", "posisi ketiga"), whatever stands around it, "first" / "pertama" aside."""
    pattern, words = _pattern("en" if article.lang == "en" else "id")
    return frozenset(
        words[m.group("word").casefold()] if m.group("word") else int(m.group("num"))
        for m in pattern.finditer(article.text)
    )


# A floor: "lantai tiga", "lantai 3", "lantai ke-3", "lantai ketiga"; "the third floor",
# "floor 3". Indonesian writes a floor with a cardinal, so the ordinal reader misses it.
_FLOOR_RES = {
    "id": re.compile(r"\blantai\s+(?:ke-?)?(?P<n>\d{1,3}\b|[a-z]+(?:\s+(?:belas|puluh))?)", re.I),
    "en": re.compile(
        r"\b(?P<n>\d{1,3}(?:st|nd|rd|th)|[a-z]+)\s+floor\b|\bfloor\s+(?P<m>\d{1,3})\b", re.I
    ),
}
_FLOOR_WORDS = {"id": "lantai", "en": "floor"}


def _floor_value(m: re.Match[str], lang: str) -> int | None:
    """The floor a match names, or None when its words are no number ("lantai atas")."""
    raw = (m.group("n") or m.groupdict().get("m") or "").casefold()
    if raw[:1].isdigit():
        return int(re.match(r"\d+", raw).group())  # type: ignore[union-attr]
    ordinal = _pattern(lang)[1].get(raw)
    if ordinal is not None:
        return ordinal
    if lang == "en":
        return None  # "the top floor", "the ground floor"
    value = parse_words(raw.split(), lang)
    return int(value) if value is not None and value.is_integer() and value >= 1 else None


@dataclass(frozen=True, slots=True)
class _Floor:
    article: Article
    start: int
    end: int
    value: int
    stems: frozenset[str]


def _floor(article: Article, alignment: Alignment) -> _Floor | None:
    """The one floor an article names outside quotes, or None (none, or several floors:
    "dari lantai dua hingga lantai lima" tells a spread, not where it happened)."""
    lang = "en" if article.lang == "en" else "id"
    if _FLOOR_WORDS[lang] not in article.text.casefold():
        return None
    quotes = [(f.start, f.end) for f in article.facts if f.kind == "quote" and f.field == "text"]
    floors: list[_Floor] = []
    for m in _FLOOR_RES[lang].finditer(article.text):
        if any(s <= m.start() < e for s, e in quotes):
            continue
        value = _floor_value(m, lang)
        sentence = alignment.sentence_at(article.id, m.start())
        if value is None or sentence is None:
            continue
        floors.append(_Floor(article, m.start(), m.end(), value, sentence.stems))
    if not floors or len({f.value for f in floors}) > 1:
        return None
    return floors[0]


def find_floor_conflicts(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """A low conflict per pair of same-language articles each naming one floor, another
    than the other's, in sentences sharing content stems ("Api terlihat di ruang rawat lantai
    tiga" / "korsleting di ruang panel lantai dua"): where the event happened, told
    differently (low: two rooms of one fire may lie on two floors)."""
    floors = [f for a in articles if (f := _floor(a, alignment)) is not None]
    labels = source_labels(articles)
    out: list[Finding] = []
    for x, y in combinations(floors, 2):
        if x.article.lang != y.article.lang or x.value == y.value:
            continue
        if len(x.stems & y.stems) < MIN_SHARED_STEMS:
            continue
        spans = ((f.article, f.start, f.end) for f in (x, y))
        out.append(_span_conflict(labels, "conflict.floor", "low", "where", spans))
    return out
