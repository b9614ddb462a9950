"""What a figure counts: its counted noun folded across languages, the event class of its
outcome (killed, injured), how many times a thing happened, and whether two figures count the
same quantity or last the same time.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

from kroscek.align.words import stem, stopwords
from kroscek.compare.findings._common import folded
from kroscek.compare.findings.claims.mentions import LARGE_FIGURE, Mention
from kroscek.data import Article, Fact
from kroscek.extract.sentences import sentence_of, sentence_spans
from kroscek.text.lang import lang_data


@lru_cache(maxsize=1)
def _counted_nouns_id() -> dict[str, Any]:
    """``lang/en/counted_nouns_id.json``, read once."""
    raw = (
        resources.files("kroscek")
        .joinpath("lang", "en", "counted_nouns_id.json")
        .read_text("utf-8")
    )
    data: dict[str, Any] = json.loads(raw)
    return data


@lru_cache(maxsize=1)
def en_to_id() -> dict[str, str]:
    """English counted nouns -> the Indonesian label of the same kind of thing
    (``lang/en/counted_nouns_id.json``, folded)."""
    return {folded(k): folded(v) for k, v in _counted_nouns_id()["en_to_id"].items()}


def noun_key(f: Fact, lang: str | None = None) -> str:
    """The counted noun of a number, English nouns given as their Indonesian label so that
    "1,200 people" and "1.200 orang" count the same thing across languages."""
    label = folded(f.label or "")
    if lang == "en":
        label = en_to_id().get(label, label)
    return _same_nouns().get(label, label)


@lru_cache(maxsize=1)
def _same_nouns() -> dict[str, str]:
    """Indonesian counted nouns the extractor labels apart that count one thing when
    compared ("12 kru" / "12 awak"): ``same_nouns`` of lang/id/noun_classes.json."""
    table: dict[str, str] = noun_classes("id").get("same_nouns", {})
    return {folded(k): folded(v) for k, v in table.items()}


@lru_cache(maxsize=4)
def event_classes(lang: str) -> dict[str, tuple[str, bool]]:
    """Counted noun -> (class, generic) for nouns that count one kind of thing when the event
    is the same (``lang/<lang>/noun_classes.json``): "orang" names anyone, "penumpang" and
    "tentara" name groups of people."""
    classes: dict[str, dict[str, list[str]]] = noun_classes(lang).get("same_event_classes", {})
    out: dict[str, tuple[str, bool]] = {}
    for name, groups in classes.items():
        out.update({folded(n): (name, False) for n in groups.get("specific", [])})
        out.update({folded(n): (name, True) for n in groups.get("generic", [])})
    return out


def event_class(m: Mention) -> tuple[str, bool] | None:
    """The class of what a number with an event counts, and whether its noun names anyone:
    people for "23 penumpang tewas", "32 orang tewas" and the noun-less "14 di antaranya
    meninggal" (which counts whoever the sentence is about)."""
    if not m.event or m.fact.attrs.get("unit"):
        return None
    label = folded(m.fact.label or "")
    if not label:
        return ("person", True)
    found = event_classes(m.article.lang or "id").get(label)
    if found is None and _people_by_name(m):
        return ("person", False)
    return found


def _people_by_name(m: Mention) -> bool:
    """Whether an English count names its people by nation or group, a capitalised plural
    ("six Palestinians", "three Britons" killed): people, as specific as "soldiers"."""
    if m.article.lang != "en":
        return False
    written = re.search(rf"\b({re.escape(m.fact.label or '')})\b", m.fact.text, re.IGNORECASE)
    word = written.group(1) if written else ""
    return len(word) > 4 and word[:1].isupper() and word.endswith("s")


# Words before a figure searched for the noun a generic count stands for ("diawaki 24 orang").
NAMING_WORDS = 3


# A verb stem this short ("main") is not matched against a noun's stem.
MIN_STEM = 4


# A counted noun this short is not looked for inside another word.
MIN_NAMED_NOUN = 3


def is_generic(m: Mention) -> bool:
    """Whether a count's noun names anyone ("orang", "people"): generic in its class."""
    label = folded(m.fact.label or "")
    cls = event_classes(m.article.lang or "id").get(label)
    return bool(cls and cls[1])


def noun_classes(lang: str) -> dict[str, Any]:
    """``lang/<lang>/noun_classes.json``, empty for a language that has none."""
    try:
        data: dict[str, Any] = lang_data(lang, "noun_classes")
    except FileNotFoundError:
        return {}
    return data


@lru_cache(maxsize=4)
def times_counters(lang: str) -> frozenset[str]:
    """Nouns that count occurrences ("kali", "times"): ``noun_classes.json`` times_counters."""
    return frozenset(folded(w) for w in noun_classes(lang).get("times_counters", []))


@lru_cache(maxsize=4)
def _times_followers(lang: str) -> frozenset[str]:
    """Words that may follow a counter of occurrences without being what it counts."""
    return frozenset(folded(w) for w in noun_classes(lang).get("times_followers", []))


def _times_noun(m: Mention) -> str:
    """What a count of times counts when a noun follows its counter ("delapan kali rapat":
    meetings), as a stem; "" when nothing does ("satu kali lagi", "tampil 57 kali.")."""
    lang = m.article.lang or "id"
    text = m.article.field_text(m.fact.field)
    nxt = re.match(r"\s+([a-z][\w-]*)", text[m.fact.end : m.fact.end + 40])
    if nxt is None:
        return ""
    word = folded(nxt.group(1))
    if word in _times_followers(lang) or word in stopwords(lang):
        return ""
    return stem(word, lang)


def different_times(x: Mention, y: Mention) -> bool:
    """Two counts of times followed by different nouns count different things: "memangkas
    bunga satu kali lagi" is not "menahan bunga selama delapan kali rapat"."""
    counters = times_counters(x.article.lang or "id")
    if folded(x.fact.label or "") not in counters or folded(y.fact.label or "") not in counters:
        return False
    return _times_noun(x) != _times_noun(y)


def times_of(x: Mention, y: Mention) -> bool:
    """Whether a count of occurrences counts the other figure's noun because the verb right
    before it is that noun's stem: "tampil 57 kali" / "lebih dari 50 penampilan", "appeared
    57 times" / "50 appearances"."""
    if x.article.lang != y.article.lang or x.fact.attrs.get("unit") or y.fact.attrs.get("unit"):
        return False
    lang = x.article.lang or "id"
    counters = times_counters(lang)
    for t, o in ((x, y), (y, x)):
        noun = folded(o.fact.label or "")
        if folded(t.fact.label or "") not in counters or not noun or noun in counters:
            continue
        target = stem(noun, lang)
        text = t.article.field_text(t.fact.field)
        before = text[max(0, t.fact.start - 60) : t.fact.start].split()[-NAMING_WORDS:]
        for w in before:
            ws = stem(folded(w).strip(".,;:"), lang)
            if len(ws) >= MIN_STEM and (ws == target or target.startswith(ws)):
                return True
    return False


def person_noun(m: Mention) -> bool:
    found = event_classes(m.article.lang or "id").get(folded(m.fact.label or ""))
    return found is not None and found[0] == "person"


def sole_value(m: Mention) -> bool:
    """Whether no other number of the body has the mention's value."""
    return not any(
        f is not m.fact and f.kind == "number" and f.field == "text" and f.value == m.fact.value
        for f in m.article.facts
    )


def same_quantity(a: Fact, b: Fact, lang_a: str | None = None, lang_b: str | None = None) -> bool:
    """Whether two number facts may count the same thing: same unit and, for unit-less
    counts, the same counted noun (a number with no noun found, "naik menjadi 41", may count
    anything). Events (killed, injured...) are weighed by ``pair_relation``."""
    ua, ub = a.attrs.get("unit") or "", b.attrs.get("unit") or ""
    if ua != ub:
        return False
    if ua or not (a.label and b.label):
        return True
    if lang_a != lang_b:
        return noun_key(a, lang_a) == noun_key(b, lang_b) or _also_named(a, b, lang_a, lang_b)
    return noun_key(a) == noun_key(b)


@lru_cache(maxsize=1)
def _en_also() -> dict[str, frozenset[str]]:
    also = _counted_nouns_id().get("also", {})
    return {folded(k): frozenset(folded(v) for v in vs) for k, vs in also.items()}


def _also_named(a: Fact, b: Fact, lang_a: str | None, lang_b: str | None) -> bool:
    """Whether an English noun's second Indonesian label is the other figure's ("1.3 million
    members" of a pension fund / "13 juta peserta"): ``also`` of counted_nouns_id.json."""
    if lang_a == "en" and lang_b == "id":
        en, other = a, b
    elif lang_b == "en" and lang_a == "id":
        en, other = b, a
    else:
        return False
    return noun_key(other) in _en_also().get(folded(en.label or ""), frozenset())


# Lengths of time in minutes: a headline may give in hours what its body gives in days.
_MINUTES = {"minute": 1, "hour": 60, "day": 1440}


def same_duration(t: Fact, b: Fact) -> bool:
    """Whether two figures are one length of time written in different units ("48 hours" /
    "two-day", "90 menit" / "1,5 jam")."""
    ut, ub = str(t.attrs.get("unit") or ""), str(b.attrs.get("unit") or "")
    if ut == ub or ut not in _MINUTES or ub not in _MINUTES:
        return False
    try:
        return abs(float(t.value) * _MINUTES[ut] - float(b.value) * _MINUTES[ub]) < 1e-6
    except (TypeError, ValueError):
        return False


def same_figure(a: Fact, b: Fact) -> bool:
    return a.value == b.value and a.attrs.get("qualifier") == b.attrs.get("qualifier")


def hedged_same_figure(a: Fact, b: Fact) -> bool:
    """Whether two figures of one noun are the same large figure, one of them hedged
    ("sekitar 3.000 buruh" / "3.000 buruh"): a round figure only one source rounds."""
    quals = {a.attrs.get("qualifier"), b.attrs.get("qualifier")}
    return (
        a.value == b.value
        and quals == {"about", "exact"}
        and bool(a.label)
        and noun_key(a) == noun_key(b)
        and abs(float(a.value)) >= LARGE_FIGURE
    )


def in_headline(article: Article, f: Fact, title_numbers: Sequence[Fact]) -> bool:
    """Whether the article's headline states this body figure (same value and quantity, or
    the same toll of people: "6 Orang Tewas" over "Enam jemaah meninggal");
    ``title_numbers`` are ``headline_numbers(article)``."""
    return any(
        t.value == f.value and (same_quantity(t, f) or _same_toll(t, f, article.lang or "id"))
        for t in title_numbers
    )


def _same_toll(t: Fact, f: Fact, lang: str) -> bool:
    """Whether two figures count one outcome of one class of people, one of them by a noun
    that names anyone ("orang", "people", or none): a headline's "6 Orang Tewas" is the
    body's "Enam jemaah meninggal", the outlet only chose a plainer noun for the title."""
    event = t.attrs.get("event")
    if not event or event != f.attrs.get("event") or t.attrs.get("unit") or f.attrs.get("unit"):
        return False
    classes = event_classes(lang)

    def cls(x: Fact) -> tuple[str, bool] | None:
        label = folded(x.label or "")
        return ("person", True) if not label else classes.get(label)

    ct, cf = cls(t), cls(f)
    return bool(ct and cf and ct[0] == cf[0] and (ct[1] or cf[1]))


def specific(m: Mention) -> bool:
    """Whether a count's noun names a group of its own ("tersangka", "suspects"), not anyone
    ("orang", "people", "warga"): a noun the event classes list as generic, or none."""
    key = noun_key(m.fact, m.article.lang)
    found = event_classes("id").get(key)
    return found is None or not found[1]


def counts_people(m: Mention, generic: bool = False) -> bool:
    """Whether a figure's noun is of the class of people ("warga", "tukang ojek", "people");
    with ``generic``, a noun that names anyone ("warga", "orang", "people")."""
    found = event_classes(m.article.lang or "id").get(folded(m.fact.label or ""))
    return found is not None and found[0] == "person" and (found[1] or not generic)


# A preposition a list of figures repeats, each figure after it ("China with 201 golds,
# ahead of Japan with 52", "Tiongkok dengan 201 emas, disusul Jepang dengan 52").
_LISTED_BY_RE = re.compile(r"\b(with|dengan)\s+$", re.IGNORECASE)
# How far before a figure its preposition may stand (characters).
_LISTED_BY_CHARS = 10


def elliptical_noun(article: Article, f: Fact) -> str | None:
    """The counted noun a figure with none leaves to the figure before it in its sentence,
    both written after one preposition ("with 201 golds, ahead of hosts Japan with 52"):
    the 52 are golds. None when the figure has a noun or a unit, or no such figure leads."""
    if f.label or f.attrs.get("unit") or f.field != "text":
        return None
    text = article.field_text(f.field)
    found = _LISTED_BY_RE.search(text, max(0, f.start - _LISTED_BY_CHARS), f.start)
    if found is None or found.end() != f.start:
        return None
    start, _ = sentence_of(sentence_spans(text), f.start)
    before = [
        g
        for g in article.facts
        if g.kind == "number" and g.field == f.field and start <= g.start < f.start
    ]
    if not before:
        return None
    lead = max(before, key=lambda g: g.start)
    prep = _LISTED_BY_RE.search(text, max(0, lead.start - _LISTED_BY_CHARS), lead.start)
    if prep is None or prep.end() != lead.start or folded(prep.group(1)) != folded(found.group(1)):
        return None
    # (a list goes on: "... Japan with 52 and South Korea with 44" takes the golds too)
    return lead.label or elliptical_noun(article, lead)


def one_listed_noun(x: Mention, y: Mention) -> bool:
    """Whether two same figures count one noun, one of them through ``elliptical_noun``
    ("Japan with 52" after "201 golds" / "Jepang meraih 52 emas")."""
    a, b = x.fact, y.fact
    if a.value != b.value or bool(a.label) == bool(b.label):
        return False
    bare, named = (x, y) if b.label else (y, x)
    noun = elliptical_noun(bare.article, bare.fact)
    if noun is None:
        return False
    lang = bare.article.lang
    key = en_to_id().get(folded(noun), folded(noun)) if lang == "en" else folded(noun)
    return _same_nouns().get(key, key) == noun_key(named.fact, named.article.lang)
