"""Group the same fact across articles into claims, and find claims that contradict.

Agreement, conflict, unique and attribution findings all start from one question: is this
number (date, quote) in article A the same claim as that one in article B? Two numbers can
be compared when they count the same quantity (same unit or counted noun, same event when
both say); they *agree* when the figure is the same ("lebih dari 11.000" and "11.000") or
approximately so ("sekitar 240" / "250"), and they are about the same thing: aligned
sentences, shared context words, or both being their headline's figure. Incompatible
figures about the same thing are a *conflict* candidate; a bound and a figure inside it
("lebih dari 20" / "23") are *compatible*: not one claim, not news the other lacks. Counts of
one outcome (killed, injured) in different nouns of one class ("23 penumpang" / "32 orang"
tewas) are one quantity. Claims are the connected components of "agree"; two claims conflict
when some pair of their mentions does, no article states both, and each is the other's best
rival among the claims of its sources. Computed once per report and shared by every finding
module (see docs/findings.md).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial
from importlib import resources
from itertools import combinations
from typing import Any, Literal

from rapidfuzz.distance import Levenshtein

from kroscek.align import Alignment
from kroscek.align.words import content_stems, stem, stopwords, words
from kroscek.compare.findings._common import (
    Groups,
    aligned,
    body_facts,
    context_similarity,
    context_stems,
    folded,
    lexicon_lang,
    per_object,
)
from kroscek.compare.findings.aged import ages
from kroscek.compare.findings.capacity import is_capacity
from kroscek.compare.findings.cases import CASES, infected_count
from kroscek.compare.findings.measured import same_measured, sole_measured
from kroscek.compare.findings.money_roles import roles_differ
from kroscek.compare.findings.objects import two_objects
from kroscek.compare.findings.partitive import is_named_part, named_part
from kroscek.compare.findings.shares import shares_apart
from kroscek.compare.findings.statements import same_unnamed_speaker
from kroscek.compare.findings.translated import (
    bounds_beside_agreed,
    exact_in_title,
    one_quote_translated,
    same_nation,
)
from kroscek.compare.findings.vague import fits_vague
from kroscek.compare.findings.variant import edited_quote, modern_spelling, same_name_spelt_apart
from kroscek.data import Article, Fact
from kroscek.extract.numbers import PART_OF_TOTAL
from kroscek.extract.sentences import sentence_of, sentence_spans
from kroscek.text.lang import lang_data

ClaimKind = Literal["number", "date", "quote"]

# Context overlap above which two compatible mentions are taken as one claim.
AGREE_CONTEXT = 0.2
# Context overlap above which two incompatible mentions are about the same thing.
CONFLICT_CONTEXT = 0.35
# Context overlap enough when both mentions also count the same event (killed, injured).
EVENT_CONTEXT = 0.15
# Equal small counts ("2 orang") need context to be called the same claim; large ones don't.
SMALL_COUNT = 10
# Speaker names this similar are one person spelt two ways.
SPEAKER_SPELLING = 0.85
# A one-word name against a word of a full name: "Yoseph" / "Yosef", "Dedi" / "Dedy".
SHORT_NAME_SPELLING = 0.6
# Share of words two quotes must have in common before the exact comparison is tried.
QUOTE_PREFILTER = 0.5
# A quote this long (words) found inside a longer one is the same quote, cut.
MIN_PARTIAL_QUOTE_WORDS = 6
# Words one outlet may leave out of the middle of a quote the other gives in full.
MAX_QUOTE_GAP_WORDS = 6
# Context overlap at which two equal figures are one claim whatever events were guessed.
SAME_WORDS_CONTEXT = 0.5
# An equal figure this large, with the same qualifier, is one claim whatever the events.
LARGE_FIGURE = 100
_PRECISION_CHARS = {"year": 4, "month": 7, "week": 7, "day": 10}
# Two sums of money, or a bound and a figure, this many times apart are about different
# things: a fire's "Rp 3 miliar" loss and a bus fare's "Rp 4.000", "lebih dari 60" hurt and a
# stadium's "15.000" seats. A slip of the pen moves a decimal point once (ratio 10 at most).
FAR_APART = 10.0


@dataclass(frozen=True, slots=True)
class Mention:
    """One fact in one article, with the words around it."""

    article: Article
    fact: Fact
    context: frozenset[str]
    event: str | None = None
    headline: bool = False  # the article's headline states the same figure
    lead: bool = False  # the first date of the article's body: when its story happened
    noun_alone: bool = False  # the only figure of its counted noun in the article
    # the other figures of its sentence, as (unit or noun, value): "naik dari Rp 3.000
    # menjadi Rp 4.000" holds Rp 4.000 next to its starting point Rp 3.000
    companions: frozenset[tuple[str, float]] = frozenset()
    # a sum of money inside a quotation ("Tim menemukan uang tunai sekitar Rp 850 juta ...,"
    # kata X): compared only with the same sum or its digit slip, never news of its own
    quoted: bool = False
    # the articles this one shares a sentence with (copied or paraphrased): same story
    related: frozenset[str] = frozenset()
    # a figure of the body's first sentence: what the story is about, as the lead tells it
    opening: bool = False
    # a count of those still being treated (``_remaining``), read once per figure: every
    # pair of figures compares it
    remaining: bool = False
    # a lead date's sentence: its content stems and its verbs' stems (``_lead_words``)
    lead_words: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    # a sum of money that is its article's only one of its currency once the sums another
    # article gives alike are set aside ("3.2 billion taka" beside the agreed "50 million")
    money_alone: bool = False
    # the one day its text gives after the story's own (a scheduled next step: "Rekapitulasi
    # ... dijadwalkan pada Senin (23/11/2026)"), its sentence's words in ``lead_words``
    upcoming: bool = False
    # the words of its context that its text writes in no other sentence ("margin of error"):
    # what names the quantity, when two texts share one
    rare: frozenset[str] = frozenset()
    # a figure naming how many a place holds ("can hold 10,000 people"), not how many came
    capacity: bool = False
    # the noun its subject says it counts ("Pelaku berjumlah sekitar lima orang": pelaku)
    subject: str | None = None
    # a part of a group named by a noun ("Four of the dead were teenagers"), not a toll
    part: bool = False


@dataclass(slots=True)
class Claim:
    """The same fact as stated by one or more articles."""

    kind: ClaimKind
    mentions: list[Mention] = field(default_factory=list)

    @property
    def article_ids(self) -> set[str]:
        return {m.article.id for m in self.mentions}

    def first_per_article(self) -> list[Mention]:
        """One mention per article (the first in the text), in the report's article order."""
        seen: dict[str, Mention] = {}
        for m in sorted(self.mentions, key=lambda m: m.fact.start):
            seen.setdefault(m.article.id, m)
        return list(seen.values())


@dataclass(slots=True)
class ClaimSet:
    """The claims of one fact kind, and the index pairs of claims that contradict."""

    claims: list[Claim]
    conflicts: list[tuple[int, int]]
    # pairs of claims whose figures can both be true about the same thing ("lebih dari 20"
    # and "23"): not the same words, so not one claim, but neither is news the other lacks
    compatible: list[tuple[int, int]] = field(default_factory=list)
    # bounds that fit both sides of a conflict ("lebih dari 2.000" under "sekitar 2.600" and
    # "6.200"): part of that dispute, not news of their own
    bridges: set[int] = field(default_factory=set)


def _neutral(f: Fact) -> Fact:
    """The number without its noun and event, for a pure value comparison."""
    keep = {k: v for k, v in f.attrs.items() if k in ("qualifier", "unit")}
    # what replace(f, label="", attrs=keep) builds, without its per-call field introspection
    return Fact(f.kind, "", f.value, f.text, f.start, f.end, f.field, keep)


def values_compatible(a: Fact, b: Fact) -> bool:
    """Whether two figures for the same quantity can both be true ("lebih dari 11.000" and
    "11.000" can; "1.200" and "1.400" cannot)."""
    from kroscek.extract.numbers import compatible

    return bool(compatible(_neutral(a), _neutral(b)))


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
    table: dict[str, str] = _noun_classes("id").get("same_nouns", {})
    return {folded(k): folded(v) for k, v in table.items()}


@lru_cache(maxsize=4)
def _event_classes(lang: str) -> dict[str, tuple[str, bool]]:
    """Counted noun -> (class, generic) for nouns that count one kind of thing when the event
    is the same (``lang/<lang>/noun_classes.json``): "orang" names anyone, "penumpang" and
    "tentara" name groups of people."""
    classes: dict[str, dict[str, list[str]]] = _noun_classes(lang).get("same_event_classes", {})
    out: dict[str, tuple[str, bool]] = {}
    for name, groups in classes.items():
        out.update({folded(n): (name, False) for n in groups.get("specific", [])})
        out.update({folded(n): (name, True) for n in groups.get("generic", [])})
    return out


def _event_class(m: Mention) -> tuple[str, bool] | None:
    """The class of what a number with an event counts, and whether its noun names anyone:
    people for "23 penumpang tewas", "32 orang tewas" and the noun-less "14 di antaranya
    meninggal" (which counts whoever the sentence is about)."""
    if not m.event or m.fact.attrs.get("unit"):
        return None
    label = folded(m.fact.label or "")
    if not label:
        return ("person", True)
    found = _event_classes(m.article.lang or "id").get(label)
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


def same_event_class(x: Mention, y: Mention) -> bool:
    """Whether two figures count the same outcome (killed, injured, missing) of one class of
    things whatever noun each outlet chose ("23 penumpang tewas" / "32 orang tewas"): one
    toll, two wordings. Two different specific nouns ("17 soldiers" / "23 attackers" killed)
    count different groups."""
    if x.event is None or x.event != y.event:
        return False
    cx, cy = _event_class(x), _event_class(y)
    if cx is None or cy is None or cx[0] != cy[0]:
        return False
    if noun_key(x.fact, x.article.lang) == noun_key(y.fact, y.article.lang):
        return True
    if _split_toll(x) or _split_toll(y):
        return False  # "15 passengers ... 2 crew died": a part, beside a total of 17
    if _subgroup(x) or _subgroup(y):
        return False  # "5 children were killed" / "12 people were killed": a part of the dead
    return cx[1] or cy[1]


def _sole_toll_of_a_group(x: Mention, y: Mention) -> bool:
    """Whether two texts of one story give their one count of one outcome, one by a noun
    naming a group found among the dead ("tiga anak meninggal dunia") and the other by a
    noun naming anyone ("empat orang") under a headline that counts that group with that
    outcome ("Lima Anak Meninggal"): with no other count of the outcome in either text, the
    group's count is the whole toll. Without such a headline "5 anak tewas" stays a part of
    another text's "12 orang tewas"."""
    if x.event is None or x.event != y.event or y.article.id not in x.related:
        return False
    if _subgroup(x) == _subgroup(y):
        return False
    part, other = (x, y) if _subgroup(x) else (y, x)
    if not _generic(other) or _event_class(other) is None:
        return False
    group = folded(part.fact.label or "")
    if not any(
        folded(t.label or "") == group and t.attrs.get("event") == part.event
        for t in _title_numbers(other.article)
    ):
        return False
    return _sole_outcome(part) and _sole_outcome(other)


def _subgroup(m: Mention) -> bool:
    """Whether a count's noun names a group found among any dead or hurt ("children"):
    ``subgroups`` of ``lang/<lang>/noun_classes.json``. Such a count is one toll with another
    specific count in both headlines ("kills 20 children" / "kills 17 students"), never with
    a count of anyone."""
    return folded(m.fact.label or "") in _subgroups(m.article.lang or "id")


@lru_cache(maxsize=4)
def _subgroups(lang: str) -> frozenset[str]:
    return frozenset(folded(n) for n in _noun_classes(lang).get("subgroups", []))


def one_outcome(a: Fact, b: Fact, lang: str) -> bool:
    """Whether two figures of one text count one outcome (missing, killed) of one class of
    things, one of them under a noun naming anyone ("3 Orang Hilang" / "empat penumpang
    masih hilang"): the same toll told with two nouns."""
    event = a.attrs.get("event")
    if not event or event != b.attrs.get("event") or a.attrs.get("unit") or b.attrs.get("unit"):
        return False
    classes = _event_classes(lang or "id")
    ca, cb = classes.get(folded(a.label or "")), classes.get(folded(b.label or ""))
    return ca is not None and cb is not None and ca[0] == cb[0] and (ca[1] or cb[1])


def headline_tolls(x: Mention, y: Mention) -> bool:
    """Whether two figures are each article's headline count of the same outcome for people,
    whatever group each names ("7 Penonton Tewas" / "Lima Suporter Meninggal", "kills six
    Palestinians" / "Tewaskan Tujuh Warga"): what each story is about, one toll. Another
    group's count in the body ("two of its members" killed) does not split a headline's."""
    if not (x.headline and y.headline) or x.event is None or x.event != y.event:
        return False
    cx, cy = _event_class(x), _event_class(y)
    if cx is None or cy is None or cx[0] != cy[0]:
        return False
    # two headline tolls of unrelated stories ("Kebakaran Gudang di Tegal, 3 Tewas" / "Bus
    # Masuk Jurang di Tegal, 5 Tewas") share no word but the outcome and the town: the
    # headlines must share another word; a name across languages ("Jenin") will do, since
    # a rewrite translates every other word
    shared = _title_stems(x.article) & _title_stems(y.article)
    if _languages_differ(x, y):
        return bool(shared)
    # in one language, the two stories also share a sentence, copied or paraphrased: two
    # raids on two camps ("Israeli raid on Jenin camp kills six" / "Israeli strikes kill 25
    # in Gaza refugee camp") share headline words and nothing else
    if y.article.id not in x.related:
        return False
    return bool(shared - _place_names(x.article) - _place_names(y.article))


def _place_names(article: Article) -> frozenset[str]:
    """Stems of the names of the places an article names anywhere: the last word of each
    LOC entity ("Tegal", "Kota Tegal"), not a head word before a name ("Stadion" of "Stadion
    Joyokusumo", which two headlines about one stadium crush may share)."""
    lang = article.lang or "id"
    out: set[str] = set()
    for f in article.facts:
        if f.kind == "entity" and f.label == "LOC":
            ws = words(f.text, lang)
            if ws:
                out.add(ws[-1].stem)
    return frozenset(out)


def _title_stems(article: Article) -> frozenset[str]:
    """Content stems of a headline, without its figures and outcome words."""
    from kroscek.extract.numbers import parse_words

    lang = article.lang or "id"
    outcome = {stem(folded(w), lang) for w in _outcome_words(lang)}
    ws = [w for w in words(article.title, lang) if parse_words([w.key], lang) is None]
    return frozenset(content_stems(ws, lang)) - outcome


@lru_cache(maxsize=4)
def _outcome_words(lang: str) -> frozenset[str]:
    """The words that name an outcome (tewas, killed, luka ...): ``nouns.json`` events."""
    events = lang_data(lang, "nouns").get("events", {})
    return frozenset(w for k in events for w in k.split())


def _split_toll(m: Mention) -> bool:
    """Whether the article counts the same outcome for another group too ("15 penumpang
    tewas, 2 awak kapal meninggal"): then each figure is part of a total, not the total. A
    generic count ("926 orang" mengungsi) is the total beside a group's part ("dua anggota")."""
    label = folded(m.fact.label or "")
    cls = _event_classes(m.article.lang or "id").get(label)
    if cls is not None and cls[1]:
        return False
    return any(
        f.kind == "number"
        and f.field == "text"
        and f.attrs.get("event") == m.event
        and not f.attrs.get("unit")
        and folded(f.label or "") != label
        and f.value != m.fact.value
        for f in m.article.facts
    )


# Words before a figure searched for the noun a generic count stands for ("diawaki 24 orang").
NAMING_WORDS = 3
# A verb stem this short ("main") is not matched against a noun's stem.
MIN_STEM = 4
# A counted noun this short is not looked for inside another word.
MIN_NAMED_NOUN = 3


def _generic(m: Mention) -> bool:
    """Whether a count's noun names anyone ("orang", "people"): generic in its class."""
    label = folded(m.fact.label or "")
    cls = _event_classes(m.article.lang or "id").get(label)
    return bool(cls and cls[1])


def _names_noun_before(m: Mention, noun: str) -> bool:
    """Whether the words right before a figure name ``noun``, whole or inside a derived word:
    "diawaki 24 orang" counts crew ("awak"), "crewed by 24 people" counts "crew"."""
    if len(noun) < MIN_NAMED_NOUN:
        return False
    text = m.article.field_text(m.fact.field)
    before = text[max(0, m.fact.start - 60) : m.fact.start].split()[-NAMING_WORDS:]
    return any(noun in folded(w) for w in before)


# Characters of a figure's sentence searched back for its subject ("Jumlah tersangka ...").
SUBJECT_CHARS = 160
_SUBJECT_RE = {
    "id": re.compile(r"\bjumlah\s+(?:para\s+)?([a-z]+)"),
    "en": re.compile(r"\b(?:the\s+)?number\s+of\s+([a-z]+)"),
}
_REACH_RE = {
    "id": re.compile(r"\b(?:menjadi|mencapai|jadi|sebanyak|tercatat)\s*$"),
    "en": re.compile(r"\b(?:to|reached|at|is|was|stood\s+at)\s*$"),
}


_OTHERS_RE = re.compile(r"\s*(?:lain|lainnya|others?)\b", re.IGNORECASE)


def counts_others(article: Article, f: Fact) -> bool:
    """Whether a count is of others besides someone named ("bersama tiga tersangka lain",
    "and two other suspects" is read at its noun): a part of a total, not the text's
    figure of the noun."""
    text = article.field_text(f.field)
    return (
        bool(_OTHERS_RE.match(text, f.end))
        or text[max(0, f.start - 6) : f.start].lower() == "other "
    )


def _rest_of_another_outcome(m: Mention) -> bool:
    """Whether a count of "the others" is set against a count of another outcome before it
    in its sentence ("Tiga penumpang tewas ..., sementara 47 orang lainnya luka-luka"), or in
    the sentence before when the others open their own ("Empat orang tewas. Sebanyak 27 orang
    lainnya luka-luka"): the others are everyone hurt besides the dead, the text's whole
    count of its outcome, not a part of a total beside someone named."""
    event = m.fact.attrs.get("event")
    if not event:
        return False
    text = m.article.field_text(m.fact.field)
    spans = sentence_spans(text)
    start, _ = sentence_of(spans, m.fact.start)
    if start > 0 and len(text[start : m.fact.start].split()) <= _OPENING_WORDS:
        start, _ = sentence_of(spans, start - 1)  # the others open theirs: look one back
    return any(
        f.kind == "number"
        and f.field == m.fact.field
        and start <= f.start < m.fact.start
        and f.attrs.get("event") not in (None, event)
        for f in m.article.facts
    )


_OPENING_WORDS = 1  # "Sebanyak 27 orang lainnya": at most one word before a sentence's figure

_REST_RE = re.compile(r"\b(?:lain|lainnya|others?)$", re.IGNORECASE)


def _rest(m: Mention) -> bool:
    """Whether a count is of "the others" ("Satu korban lainnya", "dua lainnya")."""
    return counts_others(m.article, m.fact) or bool(_REST_RE.search(m.fact.text))


def _subject_names_noun(m: Mention, noun: str) -> bool:
    """Whether a generic count is what its sentence's subject counts: "Jumlah tersangka
    kasus ... bertambah menjadi lima orang" counts suspects, "the number of suspects ... rose
    to five people" too (the subject names the noun, the figure ends its predicate)."""
    if len(noun) < MIN_NAMED_NOUN:
        return False
    text = m.article.field_text(m.fact.field)
    subject = _subject_noun(
        lexicon_lang(m.article.lang),
        text[max(0, m.fact.start - SUBJECT_CHARS) : m.fact.start],
    )
    return subject is not None and noun.startswith(subject[:MIN_NAMED_NOUN])


@lru_cache(maxsize=4096)
def _subject_noun(lang: str, before: str) -> str | None:
    """The noun a figure's subject names ("Jumlah tersangka ... menjadi"), from the text
    before the figure; memoised: the claims' pair loop asks it of one figure many times."""
    before = re.split(r"[.!?]\s", folded(before))[-1]
    if not _REACH_RE[lang].search(before):
        return None
    subject = _SUBJECT_RE[lang].search(before)
    return subject.group(1) if subject is not None else None


_COUNTED_SUBJECT_RE = re.compile(
    r"\b([a-z]+)\s+(?:berjumlah|numbered|totall?ed)(?:\s+(?:sekitar|about|around))?$"
)


@lru_cache(maxsize=256)
def _counts_a_subject(text: str) -> bool:
    """Whether a text holds a verb that gives its subject's size at all (read once per text)."""
    return "berjumlah" in text or "numbered" in text or "totall" in text or "totaled" in text


def counted_subject(article: Article, f: Fact) -> str | None:
    """The noun a count is the size of when its subject names it ("Pelaku berjumlah sekitar
    lima orang", "the attackers numbered about five"): a quantity named as plainly as a
    counted noun, even inside a quote."""
    text = article.field_text(f.field)
    if not _counts_a_subject(text):
        return None
    before = text[max(0, f.start - 40) : f.start]
    m = _COUNTED_SUBJECT_RE.search(folded(before))
    return m.group(1) if m else None


def _counted_subjects_relation(x: Mention, y: Mention) -> str | None:
    """Two counts of one named subject ("pelaku berjumlah sekitar lima orang" / "pelaku
    berjumlah sekitar tujuh orang"): the same quantity, whoever says it."""
    if not (x.fact.label and y.fact.label) or x.article.lang != y.article.lang:
        return None
    noun = x.subject
    if noun is None or noun != y.subject:
        return None
    if x.fact.value == y.fact.value:
        return "agree"
    return "compatible" if values_compatible(x.fact, y.fact) else "conflict"


# Words after a generic count searched for a naming predicate and its noun ("12 orang
# ditetapkan sebagai tersangka").
NAMING_WORDS_AFTER = 4


def _names_noun_after(m: Mention, noun: str) -> bool:
    """Whether the words right after a generic count name ``noun`` through a predicate that
    says what the count is: "12 orang ditetapkan sebagai tersangka" counts suspects, "ten
    people were named as suspects" too (``naming_predicates`` of noun_classes.json)."""
    if len(noun) < MIN_NAMED_NOUN:
        return False
    naming = {folded(w) for w in _noun_classes(m.article.lang or "id").get("naming_predicates", [])}
    text = m.article.field_text(m.fact.field)
    after = [folded(w) for w in text[m.fact.end : m.fact.end + 80].split()]
    after = after[: NAMING_WORDS_AFTER + 1]
    for i, w in enumerate(after[:-1]):
        if re.search(r"[.,;:!?]$", w):
            return False  # the clause ended before any predicate named the count
        if w in naming:
            return noun in after[i + 1].strip(".,;:!?")
    return False


def generic_names_specific(x: Mention, y: Mention) -> bool:
    """Whether a generic count ("24 orang") counts the specific noun of the other figure
    because its own words name that noun ("kapal itu diawaki 24 orang" / "21 awak", "12
    orang ditetapkan sebagai tersangka" / "sembilan tersangka"): one quantity, whatever
    noun each outlet chose. Same class of nouns, same event if any; a count its predicate
    names needs no event of its own (the other outlet's "ditangkap" adds one)."""
    if x.fact.attrs.get("unit") or y.fact.attrs.get("unit"):
        return False
    if x.article.lang != y.article.lang:
        return False
    classes = _event_classes(x.article.lang or "id")
    for g, s in ((x, y), (y, x)):
        cg, cs = classes.get(folded(g.fact.label or "")), classes.get(folded(s.fact.label or ""))
        if cg and cs and cg[0] == cs[0] and cg[1] and not cs[1]:
            noun = folded(s.fact.label or "")
            if x.event == y.event and (_names_noun_before(g, noun) or _subject_names_noun(g, noun)):
                return True
            return g.event in (None, s.event) and _names_noun_after(g, noun)
    return False


def _noun_classes(lang: str) -> dict[str, Any]:
    """``lang/<lang>/noun_classes.json``, empty for a language that has none."""
    try:
        data: dict[str, Any] = lang_data(lang, "noun_classes")
    except FileNotFoundError:
        return {}
    return data


@lru_cache(maxsize=4)
def _times_counters(lang: str) -> frozenset[str]:
    """Nouns that count occurrences ("kali", "times"): ``noun_classes.json`` times_counters."""
    return frozenset(folded(w) for w in _noun_classes(lang).get("times_counters", []))


@lru_cache(maxsize=4)
def _times_followers(lang: str) -> frozenset[str]:
    """Words that may follow a counter of occurrences without being what it counts."""
    return frozenset(folded(w) for w in _noun_classes(lang).get("times_followers", []))


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
    counters = _times_counters(x.article.lang or "id")
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
    counters = _times_counters(lang)
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


def _currency(unit: str) -> bool:
    """An ISO 4217 code ("IDR", "USD", "EUR"): money, as units.json names it."""
    return len(unit) == 3 and unit.isalpha() and unit.isupper()


def _digits(value: float) -> str:
    """The significant digits of a figure: 2,5 juta and 25 juta are both "25"."""
    return f"{abs(value):.6e}".split("e")[0].replace(".", "").rstrip("0") or "0"


def digit_slip(a: Fact, b: Fact) -> bool:
    """Whether two different figures are written with the same digits, swapped or with the
    decimal point moved ("€45 juta" / "€54 juta", "$1.2 billion" / "$2.1 billion", "2,5
    juta" / "25 juta"): the mark of one figure copied wrong, not of two quantities."""
    try:
        da, db = _digits(float(a.value)), _digits(float(b.value))
    except (TypeError, ValueError):
        return False
    return a.value != b.value and len(da) >= 2 and sorted(da) == sorted(db)


def zero_slip(a: Fact, b: Fact) -> bool:
    """Whether two different figures are one digit string with a zero dropped or added inside
    it ("Rp 1,2 miliar" / "Rp 1,02 miliar", "$3.5 million" / "$3.05 million"): a figure
    miscopied, as a swap of digits is, not a second quantity."""
    return dropped_digit(a, b, only="0")


def dropped_digit(a: Fact, b: Fact, only: str | None = None) -> bool:
    """Whether two different figures are one digit string with one digit (any, or ``only``
    that one) dropped or added ("Rp131 miliar" / "Rp13 miliar", "1.250" / "1.50"): the slip
    of a figure retyped, told apart from two quantities only by what stands beside it. (A
    significant-digit string never opens with a zero, so a dropped zero is always inside.)"""
    try:
        da, db = _digits(float(a.value)), _digits(float(b.value))
    except (TypeError, ValueError):
        return False
    short, long = sorted((da, db), key=len)
    if a.value == b.value or len(short) < 2 or len(long) != len(short) + 1:
        return False
    return any(
        (only is None or long[i] == only) and long[:i] + long[i + 1 :] == short
        for i in range(len(long))
    )


def _one_group_named_apart(x: Mention, y: Mention) -> bool:
    """Whether one exact count of people is named by two nouns in two texts of one story
    ("memulangkan 46 warga negara Indonesia" / "Sebanyak 46 korban TPPO ... tiba"): the
    same figure of ten or more, each text's only number of that value, both nouns naming
    people and one of them anyone ("orang", "korban", "warga"), an outcome on one side at
    most or the same on both, in texts sharing a sentence or in both first sentences. A
    figure that large and that particular is one group, whatever each outlet calls it."""
    a, b = x.fact, y.fact
    if a.value != b.value or _is_small(a) or a.attrs.get("unit") or b.attrs.get("unit"):
        return False
    if a.attrs.get("qualifier") != b.attrs.get("qualifier") or a.attrs.get("vague"):
        return False
    if x.event and y.event and x.event != y.event:
        return False  # "46 orang tewas" / "46 warga dievakuasi": two groups
    if y.article.id not in x.related and not (x.opening and y.opening):
        return False  # one story: a sentence in common, or both leads' figure
    if not _people_twice(x, y):
        return False  # "25 pekerja" / "25 saksi": two specific nouns name two groups
    return _sole_value(x) and _sole_value(y)


def _story_counts_swapped(x: Mention, y: Mention) -> bool:
    """Whether two texts of one story give the one group of people it is about with the
    same digits swapped, each by its own noun ("Sebanyak 182 pekerja migran ... dipulangkan"
    / "Sebanyak 128 pendatang asing tanpa izin dideportasi", "disaksikan sekitar 65.000
    penonton" / "Sebanyak 56.000 suporter memadati tribun"): a figure of a hundred or more,
    each its text's only count of its noun, both nouns naming people, each in its text's
    headline or first paragraph, in texts sharing a sentence, no two outcomes. Two groups of
    one story (the police and the crowd) are seldom written with one figure's digits."""
    a, b = x.fact, y.fact
    if a.attrs.get("unit") or b.attrs.get("unit") or a.attrs.get("vague") or b.attrs.get("vague"):
        return False
    if min(abs(float(a.value)), abs(float(b.value))) < LARGE_FIGURE:
        return False
    if not (x.noun_alone and y.noun_alone) or x.part or y.part or x.quoted or y.quoted:
        return False
    if x.event and y.event and x.event != y.event:
        return False
    if y.article.id not in x.related or not digit_slip(a, b):
        return False
    return all(_person_noun(m) and _story_placed(m) for m in (x, y))


def _hedged_crowds(x: Mention, y: Mention) -> bool:
    """Whether two texts of one story estimate one crowd of a protest differently, each by
    its own noun ("Sekitar 500 nelayan ... berunjuk rasa" / "Sekitar 300 orang massa
    memaksa masuk"): both figures hedged ("sekitar"), of a hundred or more and of one order,
    both nouns naming people and one of them anyone, each in its text's first paragraph and
    that paragraph's only hedged count of people, the protest read on one at least and
    written in the other's sentence. Two crowds of one protest (the police deployed, the protesters)
    are told by two specific nouns, or by a sentence with no protest in it."""
    a, b = x.fact, y.fact
    if a.attrs.get("qualifier") != "about" or b.attrs.get("qualifier") != "about":
        return False
    if a.attrs.get("unit") or b.attrs.get("unit") or a.value == b.value:
        return False
    if min(abs(float(a.value)), abs(float(b.value))) < LARGE_FIGURE or not _one_order(a, b):
        return False
    if {x.event, y.event} - {None, "protest"} or not (x.event or y.event):
        return False
    if y.article.id not in x.related or not (_generic(x) or _generic(y)):
        return False
    if not all(_person_noun(m) and _story_placed(m) and _sole_hedged_people(m) for m in (x, y)):
        return False
    return all(m.event == "protest" or _protest_in_sentence(m) for m in (x, y))


def _sole_hedged_people(m: Mention) -> bool:
    """Whether ``m`` is its first paragraph's only hedged count of people (the lead's crowd;
    "sekitar 3.000 tenaga kerja" a project promises, further on, is another count)."""
    people = _event_classes(m.article.lang or "id")
    end = _first_paragraph_end(m.article.field_text("text"))
    return (
        sum(
            1
            for f in m.article.facts
            if f.kind == "number"
            and f.field == "text"
            and f.start < end
            and f.attrs.get("qualifier") == "about"
            and not f.attrs.get("unit")
            and people.get(folded(f.label or ""), ("", False))[0] == "person"
        )
        == 1
    )


@lru_cache(maxsize=4)
def _protest_words(lang: str) -> re.Pattern[str]:
    events: dict[str, str] = lang_data(lang, "nouns").get("events", {})
    words = sorted((w for w, e in events.items() if e == "protest"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


def _protest_in_sentence(m: Mention) -> bool:
    """Whether the mention's sentence tells a protest ("... berunjuk rasa di depan Kantor
    DPRD") the number reader left too far from the figure to give it."""
    text = m.article.field_text(m.fact.field)
    start, end = sentence_of(sentence_spans(text), m.fact.start)
    return bool(_protest_words(m.article.lang or "id").search(text, start, end))


def _story_placed(m: Mention) -> bool:
    """Whether a figure is what its story is about: in its headline (under any noun) or in
    the body's first paragraph."""
    if m.headline or m.opening:
        return True
    if any(t.value == m.fact.value for t in _title_numbers(m.article)):
        return True
    if m.fact.field != "text":
        return False
    return m.fact.start < _first_paragraph_end(m.article.field_text("text"))


@lru_cache(maxsize=1024)
def _first_paragraph_end(text: str) -> int:
    """Where the body's first paragraph of some length ends (a short line above it, an
    outlet's name, is no paragraph)."""
    at = 0
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if len(text[at:end].split()) >= LEAD_MIN_WORDS:
            return end
        at = end + 1
    return len(text)


def _people_twice(x: Mention, y: Mention) -> bool:
    """Whether two counts both name people, one of them anyone ("workers" / "orang")."""
    return _person_noun(x) and _person_noun(y) and (_generic(x) or _generic(y))


def _person_noun(m: Mention) -> bool:
    found = _event_classes(m.article.lang or "id").get(folded(m.fact.label or ""))
    return found is not None and found[0] == "person"


def _sole_value(m: Mention) -> bool:
    """Whether no other number of the body has the mention's value."""
    return not any(
        f is not m.fact and f.kind == "number" and f.field == "text" and f.value == m.fact.value
        for f in m.article.facts
    )


def _story_figures_swapped(x: Mention, y: Mention) -> bool:
    """Whether two counts of one noun, each in its text's headline or first sentence (what
    the story is about), are written with the same digits swapped: under a bound both could
    be true, but the one figure of the story was miscopied."""
    a, b = x.fact, y.fact
    if not a.label or folded(a.label) != folded(b.label or "") or a.attrs.get("unit"):
        return False
    if _generic(x):
        return False  # "orang" counts anyone: two headlines' people may be two groups
    return (x.headline or x.opening) and (y.headline or y.opening) and digit_slip(a, b)


def _converted_alike(x: Mention, y: Mention) -> bool:
    """Whether two sums of one currency, each its text's only one once the agreed sums are
    set aside, convert the same other figure their sentences both give, and are one digit
    string with a digit dropped ("US$8 juta atau sekitar Rp131 miliar" / "US$8 juta atau
    setara Rp13 miliar"): one conversion, miscopied, however far apart the two values."""
    unit = str(x.fact.attrs.get("unit") or "")
    if not (_currency(unit) and unit == y.fact.attrs.get("unit")):
        return False
    if not (x.money_alone and y.money_alone):
        return False
    shared = {k for k, _ in x.companions & y.companions}
    return any(_currency(k) and k != unit for k in shared) and dropped_digit(x.fact, y.fact)


def _miscopied(a: Fact, b: Fact) -> bool:
    """Digits swapped, or a zero dropped or added: one figure copied wrong."""
    return digit_slip(a, b) or zero_slip(a, b)


def slipped_bounds(a: Fact, b: Fact) -> bool:
    """Whether two bounds of one direction, or a rounded figure and another ("sekitar 28.500" /
    "25.800"), are written with the same digits swapped ("At
    least 31 inmates" / "Sedikitnya 13 narapidana", "hingga Rp 750 juta" / "hingga Rp 570
    juta"): both could be true, but two outlets giving one toll or one cap with its digits
    swapped copied it wrong, which is a contradiction to show."""
    quals = (a.attrs.get("qualifier"), b.attrs.get("qualifier"))
    one_way = all(q in _LOWER for q in quals) or all(q in _UPPER for q in quals)
    # "sekitar 28.500 penonton" / "25.800 penonton": the hedge's 10% would take both, but a
    # rounded figure keeps its digits; the same digits in another order are one figure miscopied
    hedged = "about" in quals and all(q in _ABOUT_OR_EXACT for q in quals)
    return (one_way or hedged) and digit_slip(a, b)


def _slipped_sums(x: Mention, y: Mention) -> bool:
    """Whether two sums, each its text's only one of its currency, are one figure with its
    digits swapped under two hedges ("about $350 million" / "up to $530 million"): a bound
    may fit both, but one of them is miscopied, which is a contradiction to show."""
    return x.money_alone and y.money_alone and digit_slip(x.fact, y.fact)


def _one_order(a: Fact, b: Fact) -> bool:
    """Whether two figures are less than FAR_APART times apart."""
    x, y = abs(float(a.value)), abs(float(b.value))
    return min(x, y) > 0 and max(x, y) < FAR_APART * min(x, y)


def _decimal_moved(a: Fact, b: Fact) -> bool:
    """Whether two figures are one digit string with its decimal mark moved by one place
    ("1.3 million" / "13 juta"): ten times apart, and the same digits in the same order."""
    x, y = abs(float(a.value)), abs(float(b.value))
    lo, hi = min(x, y), max(x, y)
    return lo > 0 and abs(hi - FAR_APART * lo) < 1e-6 * hi and _digits(x) == _digits(y)


def _zero_moved(a: Fact, b: Fact) -> bool:
    """``_decimal_moved`` for a figure of at least two significant digits ("1.200" /
    "12.000", not "100" / "1.000", which round figures of two sizes may be)."""
    return _decimal_moved(a, b) and len(_digits(abs(float(a.value)))) >= 2


def far_apart(a: Fact, b: Fact) -> bool:
    """Whether two figures are more than FAR_APART times apart and not the same digits."""
    try:
        x, y = abs(float(a.value)), abs(float(b.value))
    except (TypeError, ValueError):
        return False
    lo, hi = min(x, y), max(x, y)
    return hi > FAR_APART * lo and not digit_slip(a, b)


def anchored(x: Mention, y: Mention, ctx: float) -> bool:
    """Whether two different sums of one currency each stand next to the same agreed figure
    in a sentence about the same thing: "naik dari Rp 3.000 menjadi Rp 4.000" / "naik menjadi
    Rp4.500 dari sebelumnya Rp3.000" give two new fares from one old fare."""
    unit = str(x.fact.attrs.get("unit") or "")
    return (
        _currency(unit)
        and unit == y.fact.attrs.get("unit")
        and ctx >= EVENT_CONTEXT
        and any(k == unit for k, _ in x.companions & y.companions)
    )


def sole_figures(x: Mention, y: Mention, ctx: float) -> bool:
    """Whether two figures are each their article's only figure of one specific quantity,
    and plainly one figure: words in common around them, or the same digits swapped ("2,5
    juta data" / "25 juta data", "€45 juta" / "€54 juta"), or a generic count whose own
    words name the other's noun ("21 awak" / "diawaki 24 orang"). Only money among units (a
    duration or a share counts too many things), and no generic count ("orang", "people")
    on its own; "tiga sekolah" poisoned and "sembilan sekolah" served by a kitchen, with no
    word in common, stay two figures. The same outcome is such a word: "Four soldiers died" /
    "Six soldiers lost their lives", each source's only count of soldiers, are one toll."""
    if not (x.noun_alone and y.noun_alone):
        # "3.2 billion taka" / "2.3 billion taka", each beside a "50 million taka" fine both
        # give: the only sums left in dispute, their digits swapped
        return x.money_alone and y.money_alone and _miscopied(x.fact, y.fact)
    same_outcome = x.event is not None and x.event == y.event
    related = ctx > 0 or digit_slip(x.fact, y.fact) or same_outcome
    unit = str(x.fact.attrs.get("unit") or "")
    if unit and _currency(unit):
        return related or _miscopied(x.fact, y.fact) or _sums_named_alike(x, y)
    if unit:
        # a share or a length counts too many things to be paired by a word or two, but the
        # same digits swapped in words about the same thing ("73 percent of reefs" / "37% of
        # reefs", "2,300 kilometres" / "3,200 km") are one figure miscopied
        return digit_slip(x.fact, y.fact) and ctx >= EVENT_CONTEXT
    if not (x.fact.label and y.fact.label):
        return False
    if generic_names_specific(x, y) or times_of(x, y):
        return True
    return related and not _generic(x) and not _generic(y)


def _sole_outcome(m: Mention) -> bool:
    """Whether a figure is its text's only count of its outcome ("34 penumpang berhasil
    diselamatkan" the one count of survivors): two texts' only counts of one outcome of one
    class of people are one toll told two ways, in however different words."""
    event = m.fact.attrs.get("event")
    return bool(event) and not m.quoted and _counts_of(m.article, event) == 1


def _counts_of(article: Article, event: object, label: str | None = None) -> int:
    """How many counts of the text give ``event`` (of the noun ``label``, when given)."""
    return sum(
        1
        for f in article.facts
        if f.kind == "number"
        and f.field == "text"
        and (label is None or f.label == label)
        and _sheltered(article, f, f.attrs.get("event")) == event
    )


def _sole_people(x: Mention, y: Mention, ctx: float) -> bool:
    """Whether two generic counts ("orang", "people") are each their article's only one, in
    like words ("Helikopter itu membawa lima orang" / "yang membawa enam orang"): the one
    count of people each story gives, at most one of them with an outcome of its own."""
    return (
        x.noun_alone
        and y.noun_alone
        and ctx >= AGREE_CONTEXT
        and (x.event is None or y.event is None)
        and _generic(x)
        and _generic(y)
    )


def _vague_crowd(x: Mention, y: Mention) -> bool:
    """Whether a vague count of people and an exact (or hedged) one name one crowd in two
    words for anyone ("Menurut X, sekitar 200 orang terlibat" / "Ratusan warga turun ke
    jalan"): the vague word covers the figure (``findings.vague``), neither counts an
    outcome, and each is its text's only such count of people, so the two are the one crowd
    each story gives. Two vague words, or two figures, are weighed elsewhere."""
    a, b = x.fact, y.fact
    if bool(a.attrs.get("vague")) == bool(b.attrs.get("vague")):
        return False
    if x.event or y.event or a.attrs.get("unit") or b.attrs.get("unit"):
        return False
    vague, lang, other = (a, x.article.lang, b) if a.attrs.get("vague") else (b, y.article.lang, a)
    if not fits_vague(vague, lang, other):
        return False
    return all(counts_people(m, generic=True) and _sole_crowd(m) for m in (x, y))


def _sole_crowd(m: Mention) -> bool:
    """Whether ``m`` is its text's only count of people by a word for anyone with no outcome."""
    people = _event_classes(m.article.lang or "id")
    return (
        sum(
            1
            for f in m.article.facts
            if f.kind == "number"
            and f.field == "text"
            and not f.attrs.get("unit")
            and not f.attrs.get("event")
            and people.get(folded(f.label or ""), ("", False)) == ("person", True)
        )
        == 1
    )


def same_quantity(a: Fact, b: Fact, lang_a: str | None = None, lang_b: str | None = None) -> bool:
    """Whether two number facts may count the same thing: same unit and, for unit-less
    counts, the same counted noun (a number with no noun found, "naik menjadi 41", may count
    anything). Events (killed, injured...) are weighed by ``_relation``."""
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


def _same_figure(a: Fact, b: Fact) -> bool:
    return a.value == b.value and a.attrs.get("qualifier") == b.attrs.get("qualifier")


def _hedged_same_figure(a: Fact, b: Fact) -> bool:
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


def _title_numbers(article: Article) -> list[Fact]:
    """The headline's figures, in fact order: gathered once per article by the caller of
    ``_in_headline`` and ``_title_event``, which ask them of every body figure."""
    return [t for t in article.facts if t.kind == "number" and t.field == "title"]


def _in_headline(article: Article, f: Fact, title_numbers: Sequence[Fact]) -> bool:
    """Whether the article's headline states this body figure (same value and quantity, or
    the same toll of people: "6 Orang Tewas" over "Enam jemaah meninggal");
    ``title_numbers`` are ``_title_numbers(article)``."""
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
    classes = _event_classes(lang)

    def cls(x: Fact) -> tuple[str, bool] | None:
        label = folded(x.label or "")
        return ("person", True) if not label else classes.get(label)

    ct, cf = cls(t), cls(f)
    return bool(ct and cf and ct[0] == cf[0] and (ct[1] or cf[1]))


def _title_event(f: Fact, title_numbers: Sequence[Fact]) -> str | None:
    """The event of a body number, or of the same figure in the headline when the body's
    own sentence did not say ("bertambah menjadi 15 orang" under "15 Orang Tewas");
    ``title_numbers`` are ``_title_numbers`` of its article."""
    if f.attrs.get("event"):
        return str(f.attrs["event"])
    for t in title_numbers:
        if t.value == f.value and t.attrs.get("event"):
            return str(t.attrs["event"])
    return None


def _events_to_lend(article: Article, title_numbers: Sequence[Fact]) -> list[Fact]:
    """The headline's figures whose event a body figure may borrow: not one the body itself
    counts with that event ("Empat Orang Tewas" over "empat orang meninggal dunia" leaves
    the "empat guru" on board without a death)."""
    told = {
        (f.value, f.attrs.get("event"))
        for f in article.facts
        if f.kind == "number" and f.field == "text" and f.attrs.get("event")
    }
    return [t for t in title_numbers if (t.value, t.attrs.get("event")) not in told]


# Words naming where evacuees stay: people "dievakuasi ke tiga titik pengungsian", "evacuated
# to shelters", are the displaced another text counts ("Jumlah pengungsi ... 2.850 jiwa").
_SHELTER_WORDS = ("pengungsian", "shelter", "evacuation cent")


def _sheltered(article: Article, f: Fact, event: str | None) -> str | None:
    """The event of a figure, an evacuation to shelters counted as the displaced."""
    if event != "evacuated":
        return event
    text = article.field_text(f.field)
    start, end = sentence_of(sentence_spans(text), f.start)
    sentence = text[start:end].casefold()
    return "displaced" if any(w in sentence for w in _SHELTER_WORDS) else event


@lru_cache(maxsize=4096)
def _quote_keys(text: str) -> frozenset[str]:
    return frozenset(w.key for w in words(text))


@lru_cache(maxsize=4096)
def _quote_line(text: str) -> str:
    return " ".join(w.key for w in words(text))


def _same_quote(a: Fact, b: Fact) -> bool:
    """``extract.quotes.same_quote``, after a cheap word-overlap check that rules out most
    pairs (two different quotes share few words); a quote of six words or more found whole
    inside the other is the same quote, cut short by one outlet."""
    from kroscek.extract.quotes import same_quote

    ka, kb = _quote_keys(str(a.value)), _quote_keys(str(b.value))
    if not ka or not kb or len(ka & kb) < QUOTE_PREFILTER * min(len(ka), len(kb)):
        return False
    if same_quote(str(a.value), str(b.value)):
        return True
    # one outlet quoting only part of what the other quotes in full
    sa, sb = _quote_line(str(a.value)), _quote_line(str(b.value))
    short, long_ = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    if short.count(" ") + 1 < MIN_PARTIAL_QUOTE_WORDS:
        return False
    if f" {short} " in f" {long_} ":
        return True
    # one outlet left a few words out of the middle ("uang tunai [sekitar Rp 850 juta] yang
    # diduga ..."): every word of the shorter, in order, and little else in the longer
    ws, wl = short.split(), long_.split()
    if len(wl) - len(ws) <= MAX_QUOTE_GAP_WORDS:
        it = iter(wl)
        if all(w in it for w in ws):
            return True
    # one speaker's words edited by an outlet ("sembilan" / "9", "sehingga" / "makanya")
    return edited_quote(a, b)


# Letters two languages' forms of one borrowed word share ("logistics" / "logistik",
# "investment" / "investasi" do not: "invest" is too short to be safe alone).
LOAN_PREFIX = 7
# A shorter beginning for one borrowed word of a statement two texts credit alike ("inflation"
# / "inflasi" part after five letters).
UNNAMED_LOAN_PREFIX = 5
# Borrowed words two renderings of one quote in two languages must share ("standar" /
# "standards", "operator" / "operators"), and how far their lengths may differ.
MIN_TRANSLATED_LOANS = 2
TRANSLATED_LENGTH_RATIO = 1.7


@lru_cache(maxsize=4096)
def _loan_prefixes(text: str, size: int = LOAN_PREFIX) -> tuple[frozenset[str], int]:
    """The LOAN_PREFIX-letter beginnings of a quote's long lowercase words (names aside:
    "Indonesia" and "Jakarta" are the same in both languages whatever was said), and its
    number of words."""
    ws = words(text)
    out = frozenset(
        p for w in ws if text[w.start].islower() and (p := loan_prefix(w.key, size)) is not None
    )
    return out, len(ws)


def _translated_quote(
    a: str, b: str, loans: int = MIN_TRANSLATED_LOANS, size: int = LOAN_PREFIX
) -> bool:
    """Whether two quotes in two languages are one quote translated: of like length, with
    at least ``loans`` borrowed words in common ("The increase is in line with inflation
    and with the service standards that operators have met" / "Kenaikan ini sejalan dengan
    inflasi dan standar pelayanan yang sudah dipenuhi operator"). One borrowed word, its
    beginning shorter (``size``: "inflation" / "inflasi"), is enough only beside another
    clue (``statements``: one unnamed speaker)."""
    (pa, na), (pb, nb) = _loan_prefixes(a, size), _loan_prefixes(b, size)
    if not na or not nb or max(na, nb) > TRANSLATED_LENGTH_RATIO * min(na, nb):
        return False
    return len(pa & pb) >= loans


def _weekday_in_unknown_year(f: Fact, other: Fact) -> bool:
    """Whether ``f`` is a weekday counted from a date with no year ("on Sunday" under the
    dateline "JAKARTA, Nov 16") and ``other`` a day of the same weekday: the guessed year
    moves the weekday's day of the month, so the two, told on other days of the month,
    neither agree nor conflict (on the same day they agree, as any guessed date does)."""
    return bool(
        f.attrs.get("relative")
        and f.attrs.get("year_guessed")
        and f.attrs.get("weekday")
        and f.attrs.get("weekday") == other.attrs.get("weekday")
        and not other.attrs.get("year_guessed")
    )


def _date_prefix(f: Fact, other: Fact) -> tuple[str, str] | None:
    if not isinstance(f.value, str) or not isinstance(other.value, str):
        return None
    n = min(_PRECISION_CHARS.get(f.label, 10), _PRECISION_CHARS.get(other.label, 10))
    if f.attrs.get("year_guessed") or other.attrs.get("year_guessed"):
        if (_weekday_in_unknown_year(f, other) or _weekday_in_unknown_year(other, f)) and (
            f.value[5:n] != other.value[5:n]
        ):
            return None
        # a year guessed for "April 7" says nothing: compare month (and day) only
        return (f.value[5:n], other.value[5:n]) if n > 4 else None
    return f.value[:n], other.value[:n]


def _is_small(f: Fact) -> bool:
    try:
        return abs(float(f.value)) < SMALL_COUNT
    except (TypeError, ValueError):
        return True


def _relation(
    kind: ClaimKind, x: Mention, y: Mention, is_aligned: Callable[[], bool]
) -> str | None:
    """ "agree", "conflict" or None for two mentions in different articles."""
    a, b = x.fact, y.fact
    ctx = context_similarity(x.context, y.context)
    if kind == "quote":
        if _languages_differ(x, y):
            if _translated_quote(str(a.value), str(b.value)):
                return "agree"
            if one_quote_translated(x.article, a, y.article, b):
                return "agree"  # one quote glossed closely (translated), one speaker
            # "..., the central bank said" / "..., kata bank sentral": one unnamed speaker
            translated = _translated_quote(
                str(a.value), str(b.value), loans=1, size=UNNAMED_LOAN_PREFIX
            )
            same = translated and same_unnamed_speaker(x.article, a, y.article, b)
            return "agree" if same else None
        return "agree" if _same_quote(a, b) else None
    if kind == "number":
        return _number_relation(x, y, ctx, is_aligned)
    prefixes = _date_prefix(a, b)
    if prefixes is None:
        return None
    if prefixes[0] == prefixes[1]:
        if "year" in (a.label, b.label) and a.label != b.label:
            # a bare year ("pertengahan 2027") holds every day of it: agreeing with "1 Januari
            # 2027" says nothing, and would join that date to another text's "1 Februari 2027"
            return None
        # a weekday read against a dateline's day ("Georgia declared Wednesday a day of
        # mourning") agrees with another text's day in context only, unless both open their
        # stories (the lead dates the event)
        guessed_day = bool(
            {"dateline", "set"} & {a.attrs.get("anchor"), b.attrs.get("anchor")}
        ) and not (x.lead and y.lead)
        exact_day = a.label == b.label == "day" and not guessed_day
        if exact_day or ctx >= AGREE_CONTEXT or is_aligned():
            return "agree"
        return "agree" if _languages_differ(x, y) and _dated_alike(x, y) else None
    if a.label != b.label:
        return None
    if "lead" in (a.attrs.get("anchor"), b.attrs.get("anchor")):
        # "kemarin" counted back from the lead's day, in a text with no publication date: a
        # reading good enough to recognise the day another text gives, not to dispute one
        return None
    # two leads dated differently, with a word in common next to the date, date one event
    # two ways even when the rest of the sentences were written apart; a lead that only
    # shares the story's topic ("kapal tenggelam" / "tim SAR pada Selasa masih mencari
    # korban kapal") may be a later day of the story
    # (or two leads telling one act in other words: "Kejati menahan empat tersangka ...,
    # Selasa" / "Kejati menahan mantan direktur ... bersama tiga tersangka lain, Senin", the
    # same verb in sentences sharing half their words; a follow-up's "bertambah" is another)
    leads = (
        x.lead
        and y.lead
        and (ctx > 0 or _same_act(x, y) or _one_act_one_day(x, y) or _one_act_two_languages(x, y))
    )
    # each text's one scheduled next day, told in sentences sharing the step's words
    # ("Rekapitulasi suara ... oleh KPU dijadwalkan pada Senin" / "KPU ... akan menggelar
    # rapat pleno rekapitulasi pada Selasa")
    upcoming = x.upcoming and y.upcoming and _next_step_words(x, y)
    if a.label == "year" and _swapped_sole_years(x, y):
        return "conflict"  # "dibangun pada 1987" / "berdiri sejak 1978": one year miscopied
    if not (leads or upcoming or ctx >= CONFLICT_CONTEXT or is_aligned()):
        return None
    return None if _start_and_deadline(x, y) else "conflict"


def _dated_alike(x: Mention, y: Mention) -> bool:
    """Whether two texts in two languages, which share no words to align their sentences,
    give one day in one translated sentence: a weekday counted from a dateline in a sentence
    naming what the other's names ("a letter from President Donald Trump ... released on
    Monday" / "surat Presiden AS Donald Trump ..., Senin (7/7/2025)"). (A background year
    each text writes once, "removed in a 2014 coup" / "digulingkan lewat kudeta 2014", is
    left alone: its sentence holds no name to tell it from any other year.)"""
    if x.fact.label != "day" or y.fact.label != "day":
        return False
    return len(_sentence_names(x) & _sentence_names(y)) >= CROSS_LEAD_WORDS


# Speech words before a day in its clause that make it the day a statement was made ("kata
# Fajar dalam keterangan pers, Minggu (22/11)", "..., he told reporters on Sunday").
_STATEMENT_CUES = (
    " kata ",
    " katanya ",
    " ujar ",
    " ujarnya ",
    " tuturnya ",
    " keterangan pers ",
    " keterangan tertulis ",
    " konferensi pers ",
    " said ",
    " told ",
    " statement ",
)
_STATEMENT_REACH = 60
_NON_WORD_RE = re.compile(r"[^\w]+")


def _hides_lead_conflict(
    x: Mention, y: Mention, lead_of: dict[int, Mention], alignment: Alignment
) -> bool:
    """Whether ``x`` is the day its text's source spoke, equal to ``y``, another text's
    lead, while ``x``'s own lead dates the act another day in a way that conflicts with
    ``y`` ("Mereka tiba ..., Sabtu (21/11) malam" ... "kata Fajar dalam keterangan pers,
    Minggu (22/11)" / "... tiba di bandara, Minggu (22/11)"): the statement's day is no
    version of the act's, and joining it to the other lead would hide the two leads'
    conflict. A statement day agreeing with a lead the own lead does not contradict is
    kept (two texts quoting one press day)."""
    if x.lead or not y.lead or x.fact.label != "day":
        return False
    own = lead_of.get(id(x.article))
    if own is None or own.fact.label != "day" or own.fact.value == x.fact.value:
        return False
    if any(
        f.kind == "date" and f.field == "text" and f.value == own.fact.value
        for f in y.article.facts
    ):
        # the other text gives the own lead's day too ("operasi ... Senin (23/11/2026)
        # malam" beside its lead "diumumkan ..., Selasa (24/11/2026)"): no two leads of one
        # act to keep apart, so the statement day agrees with the other's lead
        return False
    text = x.article.field_text(x.fact.field)
    before = folded(text[max(0, x.fact.start - _STATEMENT_REACH) : x.fact.start])
    clause = f" {_NON_WORD_RE.sub(' ', before.rsplit('.', 1)[-1])} "
    if not any(cue in clause for cue in _STATEMENT_CUES):
        return False
    same_sentences = partial(aligned, alignment, own.article, own.fact, y.article, y.fact)
    return _relation("date", own, y, same_sentences) == "conflict"


def _swapped_sole_years(x: Mention, y: Mention) -> bool:
    """Whether two bare years are each text's only year and are written with the same
    digits in another order ("1987" / "1978"): the one year of the story (a building's, a
    founding) copied wrong, not two years of two things."""
    ya, yb = str(x.fact.value)[:4], str(y.fact.value)[:4]
    if ya == yb or sorted(ya) != sorted(yb):
        return False
    return all(
        sum(f.kind == "date" and f.label == "year" for f in m.article.facts) == 1 for m in (x, y)
    )


# Content stems two scheduled days' sentences must share to be one next step.
NEXT_STEP_STEMS = 2


def _next_step_words(x: Mention, y: Mention) -> bool:
    return len(x.lead_words[0] & y.lead_words[0]) >= NEXT_STEP_STEMS


# The words before a scheduled day that make it the first day of a state ("berlaku mulai 1
# Januari", "effective from") or the last day to act ("paling lambat 24 Desember", "no later
# than"): a start and a deadline are two steps, not one step dated two ways.
_START_WORDS = ("mulai", "sejak", "terhitung", "from", "starting", "effective")
_DEADLINE_WORDS = ("paling lambat", "selambat-lambatnya", "batas waktu", "later than", "deadline")
# Characters before a date searched for those words.
_EDGE_REACH = 24


def _step_edge(m: Mention) -> str | None:
    text = m.article.text if m.fact.field == "text" else m.article.title
    before = text[max(0, m.fact.start - _EDGE_REACH) : m.fact.start].casefold()
    if any(w in before for w in _DEADLINE_WORDS):
        return "end"
    if any(w in before.split() for w in _START_WORDS):
        return "start"
    return None


def _start_and_deadline(x: Mention, y: Mention) -> bool:
    """Whether one scheduled day starts a state and the other closes a time to act
    ("UMP berlaku mulai 1 Januari" / "kabupaten wajib menetapkan ... paling lambat 24
    Desember")."""
    return {_step_edge(x), _step_edge(y)} == {"start", "end"}


_NO_WORDS: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
# Share of the shorter lead's content stems two leads must share to tell one act.
SAME_ACT_OVERLAP = 0.5
# Indonesian verb prefixes: a lowercase word of the lead starting so is its predicate.
_VERB_PREFIXES = ("me", "di", "ber", "ter")


def _lead_words(
    article: Article, f: Fact, alignment: Alignment
) -> tuple[frozenset[str], frozenset[str]]:
    """The content stems of a lead date's sentence and, for Indonesian, the stems of its
    verbs (lowercase words with a verb prefix: "menahan", "ditetapkan")."""
    sentence = alignment.sentence_at(article.id, f.start) if f.field == "text" else None
    if sentence is None:
        return _NO_WORDS
    verbs: frozenset[str] = frozenset()
    stems = sentence.stems
    if (article.lang or "id") == "id":
        text = article.text
        verbs = frozenset(
            w.stem
            for w in sentence.words
            if len(w.key) >= 5 and w.key.startswith(_VERB_PREFIXES) and text[w.start].islower()
        )
        keys = [w.key for w in sentence.words[:_ANAPHOR_REACH]]
        if any(
            k in _HAPPEN_VERBS and i > 0 and keys[i - 1] in _ANAPHORS for i, k in enumerate(keys)
        ):
            # "Insiden itu terjadi Rabu (18/11)": the date of the act the sentence before
            # told; that act's words, and a verb that stands for any act
            before = alignment.sentences.get(article.id, ())
            i = sentence.index
            if 0 < i <= len(before) and before[i - 1].article == article.id:
                stems = before[i - 1].stems
            verbs = verbs | {_ANY_ACT}
    return stems, verbs


# "Insiden itu terjadi ...": a happening verb after an anaphor, early in the sentence; or a
# telling one ("Angka itu diumumkan ...", "Hal itu disampaikan ..."): the day the sentence
# before was made public
_HAPPEN_VERBS = frozenset(
    {"terjadi", "berlangsung", "diumumkan", "disampaikan", "diungkapkan", "dipaparkan"}
)
_ANAPHORS = frozenset({"itu", "tersebut", "ini"})
_ANAPHOR_REACH = 5
_ANY_ACT = "\x00act"


def _same_act(x: Mention, y: Mention) -> bool:
    """Whether two lead dates' sentences tell one act: the same verb, and half the words of
    the shorter sentence in common ("Insiden itu terjadi Rabu" tells the act of the
    sentence before it, in its words)."""
    (sx, vx), (sy, vy) = x.lead_words, y.lead_words
    any_act = (_ANY_ACT in vx and vy) or (_ANY_ACT in vy and vx)
    if not (vx & vy or any_act) or not sx or not sy:
        return False
    return len(sx & sy) >= SAME_ACT_OVERLAP * min(len(sx), len(sy))


def _one_act_one_day(x: Mention, y: Mention) -> bool:
    """Whether two leads of reports published the same day tell one act in two forms: a
    verb of one lead is a word of the other ("Peretas itu mengunggah data tersebut pada
    Jumat" / "Unggahan itu pertama kali muncul ... pada Sabtu"). Reports of one day date
    the act their leads share, while a later report may open on a later step of the story
    ("Pencarian korban dilanjutkan Rabu"), which the same publication day rules out."""
    pa, pb = x.article.published, y.article.published
    if pa is None or pb is None or pa.date() != pb.date():
        return False
    if _quotes_in_sentence(x) or _quotes_in_sentence(y):
        return False  # '"...," kata X di Balai Kota, Jumat': the day of the saying
    (sx, vx), (sy, vy) = x.lead_words, y.lead_words
    return bool(vx & sy or vy & sx)


# Capitalised words (names) two leads in two languages share, with a figure.
CROSS_LEAD_WORDS = 2


def _one_act_two_languages(x: Mention, y: Mention) -> bool:
    """Whether two leads in two languages tell one act: they name the same places or
    parties (words both languages write alike) and give a figure alike ("17 others
    wounded" / "17 lainnya terluka"). A wire and its rewrite share no word next to the
    date, so only what stays the same in translation ties their leads."""
    if (x.article.lang or "id") == (y.article.lang or "id"):
        return False
    if any(m.fact.attrs.get("weekday_mismatch") for m in (x, y)):
        return False  # a day its own weekday contradicts: the weekday conflict tells it
    if len(_sentence_names(x) & _sentence_names(y)) < CROSS_LEAD_WORDS:
        return False
    fx, fy = _sentence_facts(x), _sentence_facts(y)
    if any(
        len({f.value for f in fs if f.kind == "date" and f.label == "day"}) > 1 for fs in (fx, fy)
    ):
        # "rescuers on Sunday searched for ... a boat that sank on Friday night": a lead
        # of two days dates two acts, and which one the other lead tells is not known
        return False
    figures = [{float(f.value) for f in fs if f.kind == "number"} for fs in (fx, fy)]
    return bool(figures[0] & figures[1])


_NAME_WORD_RE = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][\w']{2,}")


def _sentence_names(m: Mention) -> frozenset[str]:
    """The capitalised words of a mention's sentence past its first, folded: names, which
    two languages write alike where their stems part ("Esmeraldas" / "esmerald")."""
    text = m.article.field_text(m.fact.field)
    start, end = sentence_of(sentence_spans(text), m.fact.start)
    sentence = text[start:end]
    return frozenset(folded(w) for w in _NAME_WORD_RE.findall(sentence))


def _sums_named_alike(x: Mention, y: Mention) -> bool:
    """Whether two sums of one currency, each its text's only one, sit in sentences naming
    the same things ("a ticket from Jakarta to Denpasar can cost no more than Rp1.8 million"
    / "On the busy Jakarta-Denpasar route, the highest fare will fall to 2.1 million
    rupiah") and are of one order: one price told two ways, however far from the names."""
    if not (x.money_alone and y.money_alone) or not _one_order(x.fact, y.fact):
        return False
    return len(_sentence_names(x) & _sentence_names(y)) >= CROSS_LEAD_WORDS


def _sentence_facts(m: Mention) -> list[Fact]:
    """The usable facts of a mention's sentence."""
    text = m.article.field_text(m.fact.field)
    start, end = sentence_of(sentence_spans(text), m.fact.start)
    return [
        f
        for f in m.article.facts
        if f.field == m.fact.field
        and start <= f.start < end
        and f.kind in ("number", "date")
        and usable(f)
    ]


def _quotes_in_sentence(m: Mention) -> bool:
    """Whether a quotation stands in the sentence of a mention."""
    text = m.article.field_text(m.fact.field)
    start, end = sentence_of(sentence_spans(text), m.fact.start)
    return any(
        f.kind == "quote" and f.field == m.fact.field and start <= f.start < end
        for f in m.article.facts
    )


def _same_vague_order(a: Fact, b: Fact) -> bool:
    """Whether two vague counts name the same order of magnitude ("dozens" / "puluhan",
    "hundreds" / "ratusan"): the same words in two languages."""
    if not (a.attrs.get("vague") and b.attrs.get("vague")):
        return False
    try:
        x, y = abs(float(a.value)), abs(float(b.value))
    except (TypeError, ValueError):
        return False
    return x > 0 and y > 0 and len(str(int(x))) == len(str(int(y)))


def _languages_differ(x: Mention, y: Mention) -> bool:
    return x.article.lang != y.article.lang and {x.article.lang, y.article.lang} <= {"id", "en"}


def _scale_slip(x: Mention, y: Mention) -> bool:
    """Two sums of one currency with no noun, one digit string a place apart ("180 trillion
    rupiah" / "Rp18 triliun"), each the only sum of its size in its text: a translation
    that slipped a scale word or a decimal place, one sum told two ways.

    Sums within FAR_APART**2 of another sum of the same text (a price beside a budget) may
    be two quantities, so such texts are left alone."""
    a, b = x.fact, y.fact
    unit = str(a.attrs.get("unit") or "")
    if not unit or unit != b.attrs.get("unit") or not _currency(unit):
        return False
    if a.label not in ("", unit) or b.label not in ("", unit):
        return False  # a sum of a named thing ("Rp 5 miliar dana desa") says what it is
    if not _zero_moved(a, b):
        return False
    return not (_sum_nearby(x) or _sum_nearby(y))


def _sum_nearby(m: Mention) -> bool:
    """Whether the mention's text gives another sum of its currency of about its size."""
    v = abs(float(m.fact.value))
    near = FAR_APART * FAR_APART
    unit = m.fact.attrs.get("unit")
    return any(
        f is not m.fact
        and f.attrs.get("unit") == unit
        and float(f.value) != float(m.fact.value)
        and v / near < abs(float(f.value)) < v * near
        for f in body_facts(m.article, "number")
    )


def _cross_language_relation(x: Mention, y: Mention, same_event: bool) -> str | None:
    """An Indonesian and an English article: no shared words to go by, so the same figure of
    the same quantity agrees when it is large, counts the same event or is a measurement
    with decimals in one unit, and different
    figures conflict only as both headlines' figures or counts of the same event."""
    a, b = x.fact, y.fact
    if _points_as_percent(a, b):
        return "agree"  # "adding 0.41 percentage point" / "andil 0,41 persen"
    if _one_length(x, y):
        return "agree"  # "about 65 nautical miles" / "sekitar 120 kilometer"
    one_toll = same_event_class(x, y) or headline_tolls(x, y)
    if _scale_slip(x, y):
        return "conflict"
    if not one_toll and (
        not same_quantity(a, b, x.article.lang, y.article.lang) or not (a.label and b.label)
    ):
        # one large figure under one bound, its noun unread on one side ("more than 300,000"
        # flee / "300 ribu lebih warga mengungsi"): the same words translated
        # (or one exact uncommon figure, a noun-less "with 658" deaths / "658 orang")
        return "agree" if _same_bounded_figure(x, y) or _same_uncommon_count(x, y) else None
    if x.event and y.event and not same_event:
        return None
    if not values_compatible(a, b) or slipped_bounds(a, b) or _slipped_sums(x, y):
        if (x.event is None) != (y.event is None):
            # a toll ("31 people" killed) and a plain count ("Sembilan orang" held) are two
            # quantities; across languages no shared word can say otherwise
            return None
        if same_event or (x.headline and y.headline):
            return "conflict"
        # a translation that swapped a figure's digits: "by an average of 7.5 percent" /
        # "rata-rata sebesar 5,7 persen" in the two leads, or each text's only rupiah sum
        # ("98,000 rupiah" / "Rp 89.000"); one unit, so one quantity told two ways
        # (of one order: "2.1 million rupiah" is no slip of "Rp 12 miliar")
        # (a count too, when each is its text's only count of one named noun: "86
        # aftershocks" / "68 gempa susulan")
        sole = x.noun_alone and y.noun_alone and bool(a.label and b.label)
        slipped = (
            (bool(a.attrs.get("unit")) or sole)
            and digit_slip(a, b)
            and (_one_order(a, b) or _decimal_moved(a, b))
        )
        # (or each text's only sum of its currency once the sums both give alike are set
        # aside: "a trade surplus of $17.9 billion" beside agreed exports / "surplus sebesar
        # US$19,7 miliar", the rule one language already follows in ``sole_figures``)
        placed = (
            (x.opening and y.opening)
            or (x.noun_alone and y.noun_alone)
            or (x.money_alone and y.money_alone)
        )
        if slipped and placed:
            return "conflict"
        # one paragraph translated, its figure's digits swapped beside the next or the one
        # before that both give ("prices rose 0.18% ... Core inflation ... was 2.19%" /
        # "naik 0,81 persen ... inflasi inti tercatat 2,19 persen"): one figure miscopied
        if slipped and _neighbours_agree(x, y):
            return "conflict"
        # one text's only figure of the unit and the other's, beside one word both languages
        # write (alike or borrowed), its digits swapped ("in a 78-minute final" beside a "41
        # minutes" women's final / "Laga final itu berlangsung selama 87 menit"): the one
        # figure the translation miscopied
        one_alone = x.noun_alone or y.noun_alone
        beside = bool(x.context & y.context) or loanword_shared(x.context, y.context)
        if slipped and one_alone and beside:
            return "conflict"
        # "treated 214 runners ..., 12 of whom" / "menangani 241 pelari ..., 12 di antaranya":
        # one sentence translated, its count's digits swapped beside one figure both give
        # (each text may count the noun elsewhere too: the runners who started)
        if (
            bool(a.label and b.label)
            and digit_slip(a, b)
            and _one_order(a, b)
            and {v for _, v in x.companions} & {v for _, v in y.companions}
        ):
            return "conflict"
        if _lead_measures(x, y) or _lead_elapsed(x, y):
            return "conflict"
        # each text's only count of one counted noun, named in both ("14 provinces" /
        # "16 provinsi"), in sentences holding one borrowed word ("distributed to" /
        # "didistribusikan ke"): one quantity translated with another figure
        if sole and (loanword_shared(x.context, y.context) or _shared_companion(x, y)):
            return "conflict"
        # one list translated, one item of it told with another figure ("24 golds, 31
        # silvers and 29 bronzes" / "24 emas, 31 perak, dan 28 perunggu")
        if _listed_alike(x, y):
            return "conflict"
        # each text's only figure of one unit, named as the same measured thing ("at a depth
        # of 50 km" / "di kedalaman 15 kilometer")
        if _measured_alike(x, y):
            return "conflict"
        # two shares of one whole, translated ("two thirds of economy seats" / "separuh
        # kursi kelas ekonomi"): what each is a share of, named in both languages
        return "conflict" if _same_whole(x, y) else None
    if a.value != b.value:
        # "Dozens of women" / "Puluhan perempuan": one vague count, translated
        if _same_vague_order(a, b):
            return "agree"
        # each headline's toll as an exact figure ("kills 14" / "17 Orang Tewas"), whatever
        # bound a body puts on it ("at least 14 people")
        if one_toll and _exact_in_headlines(x, y):
            return "conflict"
        # "gusts of up to 230 km/h" / "embusan hingga 250 km per jam" beside one agreed
        # "185" in each lead
        if x.opening and y.opening and bounds_beside_agreed(a, x.companions, b, y.companions):
            return "conflict"
        if _scale_slipped_bounds(x, y, same_event):
            return "conflict"
        # each text's only count of one named noun, a bound and a figure inside it ("More
        # than 300 homes" / "312 rumah"): one quantity, both can be true
        if x.noun_alone and y.noun_alone and a.label and b.label and _one_order(a, b):
            return "compatible"
        # a rounded price beside the same size ("A 100-gram bar sold for about 131.5 million
        # rupiah" / "emas ukuran 100 gram dibanderol Rp131.512.000"): one sum, told loosely
        if a.attrs.get("unit") and _one_order(a, b) and _same_size(x, y):
            return "compatible"
        return None
    if same_event or not _is_small(a):
        return "agree"
    # a measurement with decimals in the same unit ("magnitude 5.9" / "bermagnitudo 5,9",
    # "23.1%" / "23,1 persen") is hard to share by chance, small as it is; so is a small
    # share next to the same borrowed word ("3 percent to logistics costs" / "biaya logistik
    # sebesar 3 persen")
    # ("5.0%" / "5,0 persen" too: a decimal written out is a measurement however round)
    measured = bool(a.attrs.get("unit")) and (
        not float(a.value).is_integer()
        or (_written_decimal(a) and _written_decimal(b))
        or loanword_shared(x.context, y.context)
        # beside a figure both paragraphs give ("legal cap of 3% ... a deficit of 2.9%" /
        # "defisit ... 2,9 persen, mendekati batas 3 persen")
        or _neighbours_agree(x, y, crossed=True)
    )
    # a small count of one noun in one list translated ("four crew" beside "seven foreign
    # tourists" / "empat awak" beside "delapan wisatawan")
    listed = _listed_alike(x, y, nouns_only=True)
    if measured or listed or _hedged_alike(x, y):
        return "agree"
    en, other = (x, y) if x.article.lang == "en" else (y, x)
    if noun_key(en.fact, "en") == FOREIGNERS:
        # "six Chinese nationals" / "enam TKA asal China": one country's people, told by the
        # nation both name (two countries' workers are two groups)
        nation = same_nation(en.article, en.fact, other.article, other.fact)
        return "agree" if nation else None
    # each text's only count of one specific noun ("Two suspects" / "Dua tersangka"): one
    # group; a noun naming anyone ("two people") may count two groups of one story
    alone = x.noun_alone and y.noun_alone and bool(a.label and b.label)
    return "agree" if alone and _specific(x) and _specific(y) else None


def _paragraph_neighbours(m: Mention) -> tuple[Fact | None, Fact | None]:
    """The figures just before and just after a mention's in its paragraph."""
    text = m.article.field_text(m.fact.field)
    lo = text.rfind("\n", 0, m.fact.start) + 1
    hi = text.find("\n", m.fact.end)
    hi = len(text) if hi < 0 else hi
    same = sorted(
        (
            f
            for f in m.article.facts
            if f.kind == "number" and f.field == m.fact.field and lo <= f.start < hi and usable(f)
        ),
        key=lambda f: f.start,
    )
    before = [f for f in same if f.end <= m.fact.start]
    after = [f for f in same if f.start >= m.fact.end]
    return (before[-1] if before else None, after[0] if after else None)


_WRITTEN_DECIMAL_RE = re.compile(r"\d[.,]0+(?![\d.,])")


def _written_decimal(f: Fact) -> bool:
    """Whether a round figure is written with its decimals ("5.0%", "5,0 persen"): a
    measurement to one place, not a small count (thousands, "5.000", are no decimals)."""
    return abs(float(f.value)) < 1000 and bool(_WRITTEN_DECIMAL_RE.search(f.text))


def _neighbours_agree(x: Mention, y: Mention, crossed: bool = False) -> bool:
    """Whether the figure before two mentions, or the one after, is the same in both texts
    and hard to share by chance (with decimals, or large): their place in one paragraph
    translated figure by figure. With ``crossed``, one text's figure before may be the
    other's after (a sentence reordered): enough for two equal figures, not for a slip."""
    nx, ny = _paragraph_neighbours(x), _paragraph_neighbours(y)
    pairs = [(f, g) for f in nx for g in ny] if crossed else list(zip(nx, ny, strict=True))
    for f, g in pairs:
        if f is None or g is None or f.value != g.value:
            continue
        if (f.attrs.get("unit") or "") != (g.attrs.get("unit") or ""):
            continue
        if not float(f.value).is_integer() or abs(float(f.value)) >= LARGE_FIGURE:
            return True
    return False


_POINTS_AND_PERCENT = frozenset({"percent", "percentage_point"})

# Lengths in kilometres: a distance at sea is given in nautical miles by one outlet and in
# kilometres by another ("about 65 nautical miles" / "sekitar 120 kilometer").
_KM = {"km": 1.0, "m": 0.001, "mile": 1.609344, "nautical miles": 1.852}
# How far apart two lengths may be and still be one distance converted: exact figures are
# rounded once ("20 nautical miles" / "37 km"), a hedged one ("about", "sekitar") more.
_LENGTH_ROUNDING = 0.02
_LENGTH_HEDGED = 0.05


def _length_unit(m: Mention) -> str:
    """A length's unit, "mil laut" (the number reader takes "mil" alone) read as nautical."""
    unit = str(m.fact.attrs.get("unit") or "")
    if unit == "mile":
        after = m.article.field_text(m.fact.field)[m.fact.end : m.fact.end + 6]
        if after.casefold().lstrip().startswith("laut"):
            return "nautical miles"
    return unit


def _one_length(x: Mention, y: Mention) -> bool:
    """Whether two lengths in two units are one distance converted ("about 65 nautical
    miles" / "sekitar 120 kilometer", "20 nautical miles" / "20 mil laut")."""
    ua, ub = x.fact.attrs.get("unit"), y.fact.attrs.get("unit")
    if ua not in _KM or ub not in _KM:
        return False
    ka, kb = _length_unit(x), _length_unit(y)
    if ka == kb and ua == ub:
        return False  # one unit: the figures are compared as they are
    da, db = float(x.fact.value) * _KM[ka], float(y.fact.value) * _KM[kb]
    if min(da, db) <= 0:
        return False
    hedged = "about" in (x.fact.attrs.get("qualifier"), y.fact.attrs.get("qualifier"))
    return abs(da - db) <= (_LENGTH_HEDGED if hedged else _LENGTH_ROUNDING) * max(da, db)


def _points_as_percent(a: Fact, b: Fact) -> bool:
    """Whether a change in percentage points and a share in percent are one figure with
    decimals ("adding 0.41 percentage point" / "memberi andil 0,41 persen"): a translation
    often writes points as "persen", and a decimal figure is hard to share by chance."""
    units = {a.attrs.get("unit"), b.attrs.get("unit")}
    return units == _POINTS_AND_PERCENT and a.value == b.value and not float(a.value).is_integer()


def _scale_slipped_bounds(x: Mention, y: Mention, same_event: bool) -> bool:
    """Two bounds of one direction on one event's count, ten times apart with the same
    digits ("more than 300,000 residents" flee / "lebih dari 30.000 warga" mengungsi), each
    its text's only count of its noun, in sentences that share another figure (the
    sentence translated: "at least nine" dead / "sembilan orang"): both bounds could be
    true, but one translation dropped or added a zero. Round figures of two sizes may be
    two counts, so the shared figure is what ties the two sentences together."""
    a, b = x.fact, y.fact
    if not (same_event and x.noun_alone and y.noun_alone and a.label and b.label):
        return False
    qualifier = a.attrs.get("qualifier")
    if qualifier not in _LOWER or qualifier != b.attrs.get("qualifier"):
        return False
    if not _decimal_moved(a, b):
        return False
    return bool({v for _, v in x.companions} & {v for _, v in y.companions})


def _hedged_alike(x: Mention, y: Mention) -> bool:
    """Whether one small figure of a unit is hedged the same way in two languages ("about
    4%" / "sekitar 4 persen"), each its text's only figure of that value and unit: the hedge
    is the translator's clue that a bare "4 persen" lacks."""
    a, b = x.fact, y.fact
    unit, qualifier = a.attrs.get("unit"), a.attrs.get("qualifier")
    if not unit or qualifier in (None, "exact") or qualifier != b.attrs.get("qualifier"):
        return False
    return all(
        sum(
            1
            for f in m.article.facts
            if f.kind == "number"
            and f.field == "text"
            and f.value == m.fact.value
            and f.attrs.get("unit") == unit
        )
        == 1
        for m in (x, y)
    )


def _exact_in_headlines(x: Mention, y: Mention) -> bool:
    """Whether each figure is its headline's, written there with no bound ("kills 14" / "17
    Orang Tewas"): what each outlet states as the story's figure, whatever its body hedges."""
    return (
        x.headline
        and y.headline
        and exact_in_title(x.article, x.fact.value)
        and exact_in_title(y.article, y.fact.value)
    )


# The Indonesian label of a count of suspects (English "suspects" maps to it).
SUSPECTS = "tersangka"


def _arrested_suspects(x: Mention, y: Mention) -> bool:
    """Whether one figure counts suspects and the other people of a plain noun arrested
    ("Dua tersangka" / "dua pria ... ditangkap"): one group told two ways (only people are
    arrested; things are seized)."""
    kx, ky = noun_key(x.fact, x.article.lang), noun_key(y.fact, y.article.lang)
    if (kx == SUSPECTS) == (ky == SUSPECTS):
        return False
    other = y if kx == SUSPECTS else x
    return other.event == "arrested"


def _specific(m: Mention) -> bool:
    """Whether a count's noun names a group of its own ("tersangka", "suspects"), not anyone
    ("orang", "people", "warga"): a noun the event classes list as generic, or none."""
    key = noun_key(m.fact, m.article.lang)
    found = _event_classes("id").get(key)
    return found is None or not found[1]


# The Indonesian label English "nationals" and "foreigners" map to (counted_nouns_id.json).
FOREIGNERS = "wna"


def _same_bounded_figure(x: Mention, y: Mention) -> bool:
    """Whether two figures in two languages are one large figure under one bound, with no
    unit and one side's noun unread ("more than 300,000" / "300 ribu lebih") or the two
    nouns naming people, one of them anyone ("around 4,500 workers" / "sekitar 4.500
    orang"), and no two different outcomes."""
    a, b = x.fact, y.fact
    if a.value != b.value or _is_small(a):
        return False
    if a.label and b.label and not _people_twice(x, y):
        return False
    if abs(float(a.value)) < LARGE_FIGURE or a.attrs.get("unit") or b.attrs.get("unit"):
        return False
    if x.event and y.event and x.event != y.event:
        return False
    qualifier = a.attrs.get("qualifier")
    return qualifier not in (None, "exact") and qualifier == b.attrs.get("qualifier")


def _same_uncommon_count(x: Mention, y: Mention) -> bool:
    """Whether two texts in two languages give one exact figure of people that no round
    number could be ("with 658" deaths / "yakni 658 orang"), its noun unread on one side,
    each text writing that figure once: three digits that are not a round hundred or ten are
    seldom shared by chance, so the noun-less one counts the same people."""
    a, b = x.fact, y.fact
    if a.value != b.value or bool(a.label) == bool(b.label):
        return False
    if a.attrs.get("unit") or b.attrs.get("unit"):
        return False
    if a.attrs.get("qualifier", "exact") != "exact" or b.attrs.get("qualifier", "exact") != "exact":
        return False
    value = abs(float(a.value))
    if value < LARGE_FIGURE or not value.is_integer() or value % 10 == 0:
        return False
    if x.event and y.event and x.event != y.event:
        return False
    named = x if a.label else y
    return _person_noun(named) and _sole_value(x) and _sole_value(y)


# A lead's measurement and another text's that differ by more than this factor are no
# version of one another.
LEAD_MEASURE_FACTOR = 1.5


def _lead_measures(x: Mention, y: Mention) -> bool:
    """Two measurements with decimals in one unit, each the only one of its unit in its
    text's first sentence ("A magnitude 5.6 earthquake struck ..." / "Gempa bumi bermagnitudo
    5,4 mengguncang ..."): what the story is about, told with two values."""
    a, b = x.fact, y.fact
    unit = a.attrs.get("unit")
    if not unit or unit != b.attrs.get("unit") or not (x.opening and y.opening):
        return False
    va, vb = abs(float(a.value)), abs(float(b.value))
    if va.is_integer() or vb.is_integer() or min(va, vb) <= 0:
        return False
    if max(va, vb) > LEAD_MEASURE_FACTOR * min(va, vb):
        return False
    return not any(u == unit for u, _ in x.companions) and not any(
        u == unit for u, _ in y.companions
    )


_ELAPSED_UNITS = frozenset({"minute", "hour"})
_AFTER_RE = re.compile(r"[ \t]+(?:after|setelah|usai|seusai|sesudah)\b", re.IGNORECASE)


def _lead_elapsed(x: Mention, y: Mention) -> bool:
    """Two leads timing the event from the one before it, each its sentence's only figure of
    the unit ("about 20 minutes after take-off" / "sekitar 15 menit setelah lepas landas"):
    one interval translated with another figure (no more than ``LEAD_MEASURE_FACTOR``
    apart)."""
    a, b = x.fact, y.fact
    unit = a.attrs.get("unit")
    if unit not in _ELAPSED_UNITS or unit != b.attrs.get("unit") or not (x.opening and y.opening):
        return False
    va, vb = abs(float(a.value)), abs(float(b.value))
    if min(va, vb) <= 0 or max(va, vb) > LEAD_MEASURE_FACTOR * min(va, vb):
        return False
    if any(u == unit for u, _ in x.companions) or any(u == unit for u, _ in y.companions):
        return False
    return all(_AFTER_RE.match(m.article.field_text(m.fact.field), m.fact.end) for m in (x, y))


def _slipped_beside_agreed(x: Mention, y: Mention) -> bool:
    """Two figures of one unit written with the same digits swapped, each beside one large
    figure both texts give in the same sentence ("mencapai Rp1.690 triliun, tumbuh 3,1 persen"
    / "mencapai Rp1.690 triliun ..., naik 1,3 persen"): one growth of one total, copied wrong."""
    a, b = x.fact, y.fact
    unit = a.attrs.get("unit")
    if not unit or unit != b.attrs.get("unit") or not digit_slip(a, b) or not _one_order(a, b):
        return False
    if any(u == unit for u, _ in x.companions) or any(u == unit for u, _ in y.companions):
        return False  # a second figure of the unit beside it: which one slipped is unclear
    xs = {(u, v) for u, v in x.companions if v >= LARGE_FIGURE}
    return any(c in xs for c in y.companions)


def _shared_companion(x: Mention, y: Mention) -> bool:
    """Whether two figures' sentences hold one more figure the two texts agree on, large or
    with decimals: "3.1 million passengers ..., up 15 percent" / "3,1 juta orang, naik 12
    persen" give one growth of one figure two ways."""
    xs = {v for _, v in x.companions if v >= LARGE_FIGURE or not float(v).is_integer()}
    return any(v in xs for _, v in y.companions)


def _listed_alike(x: Mention, y: Mention, nouns_only: bool = False) -> bool:
    """Whether two figures in two languages stand in one list of counts, translated: their
    sentences share two more figures ("24 golds, 31 silvers and 29 bronzes" / "24 emas, 31
    perak, dan 28 perunggu"), or one more count of one noun ("seven foreign tourists, four
    crew" / "delapan wisatawan mancanegara dan empat awak kapal"). A list of counts is
    seldom copied by chance; one shared small figure of no named noun would be. With
    ``nouns_only`` the other count need only name the same noun (its figure may be the
    disputed one)."""
    if not (x.companions and y.companions):
        return False
    table = en_to_id()
    if nouns_only:
        xs_nouns = {table.get(k, k) for k, _ in x.companions if k}
        return any(table.get(k, k) in xs_nouns for k, _ in y.companions if k)
    if len({v for _, v in x.companions} & {v for _, v in y.companions}) >= 2:
        return True
    xs = {(table.get(k, k), v) for k, v in x.companions}
    return any((table.get(k, k), v) in xs for k, v in y.companions if k)


# Words after a share that may name what it is a share of ("separuh kursi kelas ekonomi",
# "two thirds of economy seats").
WHOLE_WORDS = 4


def _whole_keys(m: Mention) -> frozenset[str]:
    """What a share ("fraction") is a share of, as Indonesian counted nouns: the few words
    after it (after "of" in English), English nouns mapped by ``counted_nouns_id.json``."""
    if m.fact.attrs.get("unit") != "fraction":
        return frozenset()
    lang = m.article.lang or "id"
    after = folded(m.article.field_text(m.fact.field)[m.fact.end : m.fact.end + 60]).split()
    if lang == "en":
        if not after or after[0] != "of":
            return frozenset()
        table = en_to_id()
        return frozenset(table[w] for w in after[1 : 1 + WHOLE_WORDS] if w in table)
    ids = set(en_to_id().values())
    return frozenset(w for w in after[:WHOLE_WORDS] if w in ids)


def _same_whole(x: Mention, y: Mention) -> bool:
    """Whether two shares in two languages are shares of one named whole."""
    return bool(_whole_keys(x) & _whole_keys(y))


# English spellings an Indonesian borrowing respells ("export" / "ekspor", "consumer" /
# "konsumen", "phase" / "fase"), applied to both sides before their beginnings are compared.
LOAN_RESPELL = (("ph", "f"), ("th", "t"), ("x", "ks"), ("c", "k"), ("q", "k"))


@lru_cache(maxsize=8192)
def loan_prefix(word: str, size: int = LOAN_PREFIX) -> str | None:
    """The first ``size`` letters of a long word, as Indonesian would spell them; None
    for a short or non-alphabetic word."""
    if len(word) < size or not word.isalpha():
        return None
    for old, new in LOAN_RESPELL:
        if old in word:
            word = word.replace(old, new)
    return word[:size]


def loanword_shared(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two contexts in two languages hold one borrowed word: stems of at least
    LOAN_PREFIX letters that begin alike ("logistik" / "logistic")."""
    pa = {loan_prefix(w) for w in a} - {None}
    return bool(pa) and any(loan_prefix(w) in pa for w in b)


# Characters after a figure searched for words saying how many are still being treated.
REMAINING_CHARS = 40


def still_treated(article: Article, fact: Fact) -> bool:
    """Whether a count is of those still in care ("27 siswa masih dirawat"): ``_remaining``."""
    return _remaining(article, fact)


def _remaining(article: Article, fact: Fact) -> bool:
    """Whether a count says how many are still being treated ("12 jemaah masih dirawat",
    "12 remain in hospital"; ``remaining_cues`` of noun_classes.json): those left later,
    not the injured of the event."""
    text = article.field_text(fact.field)
    return _remaining_after(article.lang or "id", text[fact.end : fact.end + REMAINING_CHARS])


@lru_cache(maxsize=4096)
def _remaining_after(lang: str, after: str) -> bool:
    """``_remaining`` on the characters after a figure. Memoised: every pair of number
    mentions asks it of both, so a figure's answer is otherwise recomputed once per other
    figure (the findings stage's hottest call)."""
    folded_after = folded(after)
    return any(p.match(folded_after) for p in _remaining_patterns(lang))


@lru_cache(maxsize=4)
def _remaining_patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    """One compiled pattern per ``remaining_cues`` entry, built once per language."""
    cues = _noun_classes(lang).get("remaining_cues", [])
    return tuple(re.compile(rf"(?:\S+\s+)?{re.escape(folded(c))}\b") for c in cues)


def _cross_pairs(owners: Sequence[str]) -> Iterator[tuple[int, int]]:
    """The pairs (i, j), i < j, of items of different owners, in the order of
    ``combinations(range(len(owners)), 2)``: a pair of one article's mentions is never
    compared, so it is not generated (the mentions of one article stand together)."""
    n = len(owners)
    run_end = list(range(1, n + 1))  # past the run of equal owners item i stands in
    for i in range(n - 2, -1, -1):
        if owners[i + 1] == owners[i]:
            run_end[i] = run_end[i + 1]
    for i, owner in enumerate(owners):
        for j in range(run_end[i], n):
            if owners[j] != owner:
                yield i, j


def _toll_words(m: Mention) -> tuple[bool, bool]:
    """Of a number mention: whether its counted noun has a class of ``same_event_classes``
    and whether it counts times ("kali"), read once per mention for the pair test below."""
    lang = m.article.lang or "id"
    label = folded(m.fact.label or "")
    return label in _event_classes(lang), label in _times_counters(lang)


def _unrelated_figures(
    x: Mention, y: Mention, words_x: tuple[bool, bool], words_y: tuple[bool, bool]
) -> bool:
    """A cheap test that :func:`_number_relation` returns None for two figures of two
    articles in one language, asked before it for every pair (most pairs of an article
    pair's figures are two different values of two different quantities).

    True only where every way to a relation is closed: neither figure is quoted, the values
    differ, not both are headline figures, the events differ (no ``same_event_class``), no
    noun could name the other's (``generic_names_specific`` needs both nouns classed and no
    unit, ``times_of`` a count of times and no unit), the quantities differ and are not one
    length of time; ``_number_relation`` then returns None at its "not same_unit or
    a.value != b.value" step, or earlier."""
    a, b = x.fact, y.fact
    if x.quoted or y.quoted or x.article.lang != y.article.lang or a.value == b.value:
        return False
    if x.headline and y.headline:
        return False
    if x.event is not None and x.event == y.event:
        return False
    unitless = not a.attrs.get("unit") and not b.attrs.get("unit")
    if unitless and ((words_x[0] and words_y[0]) or words_x[1] or words_y[1]):
        return False
    if _cases_relation(x, y) is not None:
        return False  # "1.245 kasus" / "Lebih dari 1.200 warga ... terjangkit"
    return not same_quantity(a, b) and not same_duration(a, b) and not _one_length(x, y)


def _titles_share_a_topic(a: Article, b: Article) -> bool:
    """Whether two headlines share a word besides their names and figures: the topic that
    makes their figures two versions of one ("Banjir Bandang Terjang X, 12 Tewas" / "Banjir
    Bandang di Y: 15 Meninggal"), not two measures of two stories."""
    return bool(_title_topic(a) & _title_topic(b))


def _title_topic(article: Article) -> frozenset[str]:
    spans = tuple(
        (f.start, f.end)
        for f in article.facts
        if f.field == "title" and f.kind in ("entity", "number", "date")
    )
    return _topic_stems(article.title, article.lang, spans)


@lru_cache(maxsize=4096)
def _topic_stems(title: str, lang: str, spans: tuple[tuple[int, int], ...]) -> frozenset[str]:
    kept = [w for w in words(title, lang) if not any(s <= w.start < e for s, e in spans)]
    return frozenset(content_stems(kept, lang))


# The figure a revision starts from, just before it: "to 4.7% from 5.1%", "menjadi 4,7
# persen dari sebelumnya 5,1 persen", "turun dari proyeksi sebelumnya 5,2 persen".
_FROM_VALUE_RE = re.compile(
    r"\b(?:from|dari)\b[^\d.;:!?\n]{0,30}$",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)
def _from_value_at(text: str, start: int) -> bool:
    return bool(_FROM_VALUE_RE.search(text, max(0, start - 40), start))


def _old_value(m: Mention) -> bool:
    """Whether a figure is the starting point of a revision its sentence tells (a figure of
    its unit beside it): the old forecast, not the one a source holds now."""
    f = m.fact
    if not _from_value_at(m.article.field_text(f.field), f.start):
        return False
    unit = str(f.attrs.get("unit") or folded(f.label or ""))
    return any(u == unit and v != f.value for u, v in m.companions)


def _both_revise(x: Mention, y: Mention) -> bool:
    """Whether each text tells a revision of the mention's quantity, a figure of its unit
    the change starts from ("dari sebelumnya 5,1 persen"): a text that gives the earlier
    count alone ("more than 3,500 families") agrees with the other's old figure."""
    return all(_gives_old_figure(m.article, m.fact) for m in (x, y))


def _gives_old_figure(article: Article, f: Fact) -> bool:
    key = str(f.attrs.get("unit") or folded(f.label or ""))
    return any(
        g.kind == "number"
        and g.field == "text"
        and str(g.attrs.get("unit") or folded(g.label or "")) == key
        and _from_value_at(article.field_text(g.field), g.start)
        for g in article.facts
    )


def _number_relation(
    x: Mention, y: Mention, ctx: float, is_aligned: Callable[[], bool]
) -> str | None:
    a, b = x.fact, y.fact
    if a.value == b.value and _old_value(x) != _old_value(y) and _both_revise(x, y):
        # "turun dari proyeksi sebelumnya 5,2 persen" / "still expected growth of 5.2%" beside
        # "to 4.7% from 5.1%": both tell the revision, so one's old figure is set against the
        # other's old figure, not joined to a figure the other holds now
        return None
    if x.remaining != y.remaining:
        return None  # "14 jemaah luka-luka" / "12 jemaah masih dirawat" a day later
    if x.capacity != y.capacity:
        return None  # "more than 20,000 people were inside" / "The venue can hold 10,000"
    if (
        a.value == b.value
        and a.label != b.label
        and (named_part(x.article, a, b) or named_part(y.article, b, a))
    ):
        return "agree"  # "four teenagers" / "Four of the dead were teenagers"
    if a.value != b.value and x.part != y.part:
        return None  # "Three of the dead were teenagers" is part of "At least 11" killed
    if a.value != b.value and _one_running_total(x, y):
        return None  # "Since the truce ..., more than 340 killed" / "killed nine people"
    if a.value != b.value and (_outgrows_whole(x, b) or _outgrows_whole(y, a)):
        return None  # "enam orang ... terdiri atas ... dua anak-anak" / "41 anak-anak"
    if a.value != b.value and _part_of_opened_whole(x) != _part_of_opened_whole(y):
        # "dari 199 jemaah yang wafat, 162 orang meninggal di Makkah" / "156 jemaah": a part
        # against a whole (two parts of one whole, "Of 18 economists polled, 15" / "Dari 18
        # ekonom ..., 13 orang", are one quantity)
        return None
    cases = _cases_relation(x, y)
    if cases is not None:
        return cases or None
    same_event = x.event is not None and x.event == y.event
    # "dua pria" arrested / "Dua tersangka": the people arrested are the suspects
    if a.value == b.value and x.noun_alone and y.noun_alone and _arrested_suspects(x, y):
        return "agree"
    unit = str(a.attrs.get("unit") or "")
    subject = _counted_subjects_relation(x, y)
    if subject is not None:
        return subject
    if x.quoted or y.quoted:
        # a speaker's sum against a text's: the same sum, or the same digits swapped
        if unit != b.attrs.get("unit"):
            return None
        if _languages_differ(x, y):
            return "conflict" if _quoted_sole(x, y, ctx) else None
        if a.value == b.value:
            return "agree" if ctx >= AGREE_CONTEXT or is_aligned() else None
        if digit_slip(a, b) and ctx >= EVENT_CONTEXT:
            return "conflict"
        return "conflict" if _quoted_sole(x, y, ctx) else None
    if unit and _currency(unit) and unit == b.attrs.get("unit") and far_apart(a, b):
        # a loss in billions and a fare in thousands are not one sum; a conversion of one
        # agreed sum with a digit dropped is
        return "conflict" if _converted_alike(x, y) else None
    if (
        unit
        and _currency(unit)
        and unit == b.attrs.get("unit")
        and a.value != b.value
        and not digit_slip(a, b)
        and roles_differ(x.article, a, y.article, b)
    ):
        # a project "senilai Rp14 miliar" and its "kerugian ... Rp4,7 miliar" (swapped digits
        # stay one sum copied wrong, whatever each text calls it)
        return None
    if unit == "percent" and b.attrs.get("unit") == "percent":
        # a tally's shares: one holder's two shares are one quantity, two holders' are two
        apart = shares_apart(x.article, a, y.article, b)
        if apart:
            return None
        if apart is False and y.article.id in x.related and not _languages_differ(x, y):
            return "agree" if a.value == b.value else "conflict"
    if _languages_differ(x, y):
        return _cross_language_relation(x, y, same_event)
    if different_times(x, y):
        return None
    # "23 penumpang tewas" / "32 orang tewas" / "14 di antaranya meninggal": one death toll
    named_by_subject = generic_names_specific(x, y)
    one_toll = same_event_class(x, y) or headline_tolls(x, y) or named_by_subject or times_of(x, y)
    # "146 pengungsi" / "bertambah menjadi 152 orang. Sebelumnya, ... 146 pengungsi tiba"
    one_toll = one_toll or (a.value != b.value and _revises_other(x, y))
    # "tiga anak meninggal dunia" / "bertambah menjadi empat orang": each text's only count
    # of the outcome, one naming a group found among the dead, is the whole toll
    one_toll = one_toll or _sole_toll_of_a_group(x, y)
    if not one_toll and not same_quantity(a, b):
        # the same figure is one claim even when the nouns were read differently, if the
        # sentences were aligned ("nomor urut dua unggul" / "nomor urut dua meraih") or the
        # figure counts the same event in similar words ("8 penumpang" / "8 orang" tewas)
        if same_duration(a, b) and (ctx > 0 or is_aligned()):
            return "agree"  # "a two-day strike" / "a 48-hour strike"
        if _one_length(x, y) and (ctx > 0 or is_aligned()):
            return "agree"  # "sekitar 65 mil laut" / "sekitar 120 kilometer"
        same_unit = (a.attrs.get("unit") or "") == (b.attrs.get("unit") or "")
        # both headlines' figures, compatible ("Tembus 1.245" / "Lebih dari 1.200 Warga"),
        # unless each names its own noun of another kind ("Tujuh Warga Tewas" / "Sembilan
        # Tersangka Ditangkap" count two things)
        named_apart = bool(a.label and b.label) and not same_event_class(x, y)
        if same_unit and a.value != b.value and x.headline and y.headline and not named_apart:
            return "compatible" if values_compatible(a, b) else None
        if _story_counts_swapped(x, y):
            return "conflict"  # "182 pekerja migran" / "128 pendatang": one group miscopied
        if _hedged_crowds(x, y):
            return "conflict"  # "Sekitar 500 nelayan ... berunjuk rasa" / "Sekitar 300 orang massa"
        if not same_unit or a.value != b.value:
            # "sekitar 200 orang" / "Ratusan warga": one crowd, once in a vague word
            return "compatible" if _vague_crowd(x, y) else None
        joined = (
            is_aligned()
            or (same_event and (ctx >= AGREE_CONTEXT or (x.headline and y.headline)))
            or _one_group_named_apart(x, y)
        )
        return "agree" if joined else None
    # different events count different things, unless it is visibly the same figure in the
    # same words (an extractor's event guess can differ for one sentence)
    same_words = _same_figure(a, b) and (
        abs(float(a.value)) >= LARGE_FIGURE or ctx >= SAME_WORDS_CONTEXT or is_aligned()
    )
    if x.event and y.event and not same_event and not same_words:
        return None
    if not values_compatible(a, b) or slipped_bounds(a, b) or _slipped_sums(x, y):
        # each article's headline figure for the same noun is what the story is about
        # (when the headlines share a topic word: two statements of one ministry, "Penerimaan
        # Pajak ... Turun 4,8 Persen" / "Naikkan Tarif Cukai Rokok 10 Persen", are two stories)
        headlines = x.headline and y.headline and _titles_share_a_topic(x.article, y.article)
        # two leads counting one noun in like words ("Sebanyak 14 nelayan ... ditangkap" /
        # "menahan 11 nelayan asal ...") give the story's figure two ways
        # or each lead's only figure of one unit, of one order ("by 10 percent" / "a 15%
        # cut"), in two articles that share a sentence (one story: a fire's loss and a
        # park's budget in one town share none)
        sole_leads = x.noun_alone and y.noun_alone and bool(unit) and y.article.id in x.related
        # (two figures ten times apart in two leads are two quantities: the rupiah's 15,090
        # and the lira's 42.1 per dollar)
        leads = (
            x.opening and y.opening and not far_apart(a, b) and (ctx >= EVENT_CONTEXT or sole_leads)
        )
        related = (
            (same_event and ctx >= EVENT_CONTEXT)
            # "Jumlah jemaah ... yang wafat ... mencapai 174 orang" / "147 jemaah ... meninggal":
            # the subject names the other's noun and outcome, however few words stand near
            or (same_event and named_by_subject)
            or _sole_people(x, y, ctx)
            # (in two texts sharing a sentence: one story)
            or (one_toll and y.article.id in x.related and _sole_outcome(x) and _sole_outcome(y))
            # each text's only count of one noun with one outcome ("lima narapidana sudah
            # ditangkap kembali" / "tujuh napi ... diamankan kembali"), whatever else it counts
            or (same_event and _only_of_outcome(x) and _only_of_outcome(y))
            or headlines
            or leads
            or ctx >= CONFLICT_CONTEXT
            or is_aligned()
            or sole_figures(x, y, ctx)
            or anchored(x, y, ctx)
            or _named_by_one_term(x, y)
            or _slipped_beside_agreed(x, y)
            or _measured_alike(x, y)
            or _revises_other(x, y)
            or _revised_alone(x, y)
            or _sole_parts(x, y)
            or _scaled_sole_counts(x, y)
        )
        if not (related and ((a.label and b.label) or one_toll)):
            return None
        # "bersama tiga tersangka lain": three besides someone named, no total to dispute;
        # but two counts of "the others" of one outcome ("Satu korban lainnya mengalami luka
        # tembak" / "dua lainnya luka-luka", each beside the dead) count the same rest
        others_x = counts_others(x.article, a) and not _rest_of_another_outcome(x)
        others_y = counts_others(y.article, b) and not _rest_of_another_outcome(y)
        if same_event and (others_x or others_y) and _rest(x) and _rest(y):
            return "conflict"
        if same_event and (others_x or others_y) and _revises_other(x, y):
            return "conflict"  # "12 orang lainnya luka-luka" / "... bertambah menjadi 15 orang"
        return None if others_x or others_y else "conflict"
    quals = (a.attrs.get("qualifier"), b.attrs.get("qualifier"))
    # "more than 80" / "some 86": a lower bound and a round figure above it are compatible
    # too ("hingga empat jam" / "sekitar dua jam" say two different things)
    if a.value != b.value and ("about" not in quals or any(q in _LOWER for q in quals)):
        # "sedikitnya 21" and "29" can both be true but do not say the same thing; joining
        # them would also join "21" to "29" through it. About the same thing, they are
        # compatible: neither source reports something the other lacks
        related = (
            (same_event and ctx >= EVENT_CONTEXT)
            or (x.headline and y.headline)
            or ctx >= AGREE_CONTEXT
            or is_aligned()
        )
        if far_apart(a, b):
            return None  # "lebih dari 60" hurt is not "15.000" seats, though both fit
        if unit and _currency(unit) and not _one_order(a, b):
            # "tebusan hingga Rp 50 juta" / "bayaran Rp 5 juta": a cap ten times a sum says
            # nothing of it; two sums of two things
            return None
        # each article's only count of that noun ("30.000 penonton" / "32.000 penonton")
        alone = x.noun_alone and y.noun_alone and bool(a.label and b.label)
        # a bound and a figure ten times apart with the same digits ("sedikitnya 1.200
        # hektare" / "12.000 hektare"), each its text's only count of the noun or both
        # headlines' figure: both could be true, but one outlet slipped a zero
        if (alone or (x.headline and y.headline)) and _zero_moved(a, b):
            return "conflict"
        # the same digits swapped under a bound ("at least 23 workers" killed / "Thirty-two
        # workers" killed): both could be true, but one outlet miscopied the toll
        if (alone or (x.headline and y.headline) or (same_event and related)) and digit_slip(a, b):
            return "conflict"
        # or each text's story figure of one noun, in its headline or first sentence
        # ("Sedikitnya 350 kios" in a's headline and body / "Sebanyak 530 kios" opening b)
        if _story_figures_swapped(x, y):
            return "conflict"
        # each headline's toll as an exact figure of one event ("Heatwave kills 11" / "17
        # dead"), each body a bound under it ("At least 11" / "At least 17"): two tolls
        if one_toll and same_event and _exact_in_headlines(x, y):
            return "conflict"
        # a large figure with no noun after it ("forcing the evacuation of more than 1,200",
        # "Jumlah penonton ... mencapai 1.650") fits a counted one in a sentence about the
        # same thing, or in the other lead ("1,250 residents were moved"): compatible, not
        # two scoops
        nounless = (
            bool(a.label) != bool(b.label)
            and not unit
            and not b.attrs.get("unit")
            and min(abs(float(a.value)), abs(float(b.value))) >= LARGE_FIGURE
            and (related or (x.opening and y.opening))
        )
        if nounless:
            return "compatible"
        named = one_toll or (a.label and b.label)
        return "compatible" if (related or alone) and named else None
    if not (a.label and b.label) and not a.attrs.get("unit"):
        # no counted noun on one side: only the very same figure in the same context
        same = a.value == b.value and (ctx >= AGREE_CONTEXT or is_aligned())
        return "agree" if same else None
    if a.value != b.value and (_figure_in(x, y.article) or _figure_in(y, x.article)):
        # "diperkirakan mencapai 2,9 persen" / "2,8 persen ... 2,9 persen": the other text
        # gives this very figure elsewhere, so a hedge stretched over the two is no agreement
        return None
    if (_same_figure(a, b) and not _is_small(a)) or ctx >= AGREE_CONTEXT or is_aligned():
        return "agree"
    if _hedged_same_figure(a, b):
        return "agree"  # "sekitar tiga ribu buruh" / "3.000 buruh": one figure, one hedged
    if one_toll and _same_figure(a, b) and _only_of_event(x) and _only_of_event(y):
        return "agree"  # "lima orang lainnya luka-luka" / "Lima korban luka dirawat"
    if one_toll and a.value == b.value and x.opening and y.opening:
        return "agree"  # each lead's toll: "At least 12 people were killed" / "Twelve people died"
    # each text's only count of one specific noun, the same figure ("Empat awak kapal
    # ditangkap" / "Empat anak buah kapal (ABK) diamankan"): one group, whatever outcome
    # one sentence left unread (a small figure hedged in one text only, "Sekitar 20
    # kapal" / "Ada 20 kapal", may be another count)
    if (
        a.value == b.value
        and a.attrs.get("qualifier") == b.attrs.get("qualifier")
        and x.noun_alone
        and y.noun_alone
        and folded(a.label or "") == folded(b.label or "")
        and not (x.event and y.event and not same_event)
        and _specific(x)
        and _specific(y)
    ):
        return "agree"
    return None


# Labels a count of cases is given (lang/id/nouns.json, lang/en/nouns.json).
_CASE_LABELS = frozenset({"kasus", "cases", "case"})


def counts_people(m: Mention, generic: bool = False) -> bool:
    """Whether a figure's noun is of the class of people ("warga", "tukang ojek", "people");
    with ``generic``, a noun that names anyone ("warga", "orang", "people")."""
    found = _event_classes(m.article.lang or "id").get(folded(m.fact.label or ""))
    return found is not None and found[0] == "person" and (found[1] or not generic)


def _infected_people(m: Mention) -> bool:
    """Whether a figure counts people who caught a disease ("214 warga terjangkit DBD")."""
    f = m.fact
    return counts_people(m) and infected_count(m.article.field_text(f.field), f)


def _cases_relation(x: Mention, y: Mention) -> str | None:
    """How a count of cases and a count of people infected relate ("214 kasus" / "214
    warga terjangkit"): one figure; None when neither pair is such (so the caller goes on),
    "" when they are such a pair but say nothing together."""
    a, b = x.fact, y.fact
    if a.label not in _CASE_LABELS and b.label not in _CASE_LABELS:
        return None
    cases_a = noun_key(a, x.article.lang) == CASES
    if cases_a == (noun_key(b, y.article.lang) == CASES):
        return None
    if not _infected_people(y if cases_a else x):
        return None
    if not values_compatible(a, b):
        return "conflict" if x.noun_alone and y.noun_alone and not far_apart(a, b) else ""
    return "agree" if a.value == b.value else "compatible"


def _only_of_event(m: Mention) -> bool:
    """Whether a figure is its article's only count of its outcome (the injured, the dead),
    leaving out its repeat inside a quote ("menangkap sembilan orang" and the spokesman's
    "Dari sembilan orang yang diamankan") and a part its sentence adds up into the total
    ("delapan orang lainnya ... sehingga totalnya sembilan orang"): two such counts of one
    toll are the same report, however small."""
    if m.event is None:
        return False
    parts = superseded_figures(m.article)
    counts = [
        f
        for f in m.article.facts
        if f.kind == "number"
        and f.field == "text"
        and f.attrs.get("event") == m.event
        and id(f) not in parts
    ]
    if len(counts) > 1:
        counts = [f for f in counts if f.value != m.fact.value or not in_quote(m.article, f)]
    return len(counts) == 1


def _only_of_outcome(m: Mention) -> bool:
    """Whether a figure is its article's only count of its noun with its outcome ("lima
    narapidana ... ditangkap kembali" beside "12 narapidana kabur")."""
    label = m.fact.label
    return m.event is not None and bool(label) and _counts_of(m.article, m.event, label) == 1


def _speaker_name(f: Fact) -> str:
    return folded(str(f.attrs.get("speaker") or f.label).split(":", 1)[-1].replace("-", " "))


def same_speaker_possible(x: Mention, y: Mention) -> bool:
    """Whether two speakers may be one: equal, spelt alike, one an institution (a spokesperson
    speaks for it), or one's name standing in the other's attribution sentence."""
    if folded(x.fact.label) == folded(y.fact.label):
        return True
    nx, ny = _speaker_name(x.fact), _speaker_name(y.fact)
    if nx and ny:
        # (in the spelling of after 1972: "Mang Oedin" / "Mang Udin" is one man)
        nx, ny = modern_spelling(nx), modern_spelling(ny)
    if nx and ny and Levenshtein.normalized_similarity(nx, ny) >= SPEAKER_SPELLING:
        return True  # one person, two spellings ("Anies" / "Anis Baswedan")
    if nx and ny and _short_form(nx, ny):
        return True  # "ujar Yoseph" / "Yosef Boli Kedang": one word of the name, spelt alike
    if any(str(m.fact.label).startswith(("ORG:", "LOC:")) for m in (x, y)):
        return True  # an institution speaks through people: "kata BNPB" / "kata Kepala BNPB X"
    for m, other in ((x, y), (y, x)):
        name = _speaker_name(m.fact)
        if name and written_in(name, folded(_around(other))):
            return True
    return False


def _short_form(a: str, b: str) -> bool:
    """Whether one speaker is named by a single word that is, spelt alike, a word of the
    other's full name ("Yoseph" / "Yosef Boli Kedang", "Dedi" / "Dedy Kurniawan")."""
    short, full = sorted((a.split(), b.split()), key=len)
    if len(short) != 1 or len(full) < 2:
        return False
    s = short[0]
    return any(
        w[:2] == s[:2]
        and abs(len(w) - len(s)) <= 1
        and Levenshtein.normalized_similarity(s, w) >= SHORT_NAME_SPELLING
        for w in full
        if len(w) >= 4
    )


def written_in(name: str, sentence: str) -> bool:
    """Whether a name stands in a sentence, spelt alike ("Siti Nurhalizah" in "kata Kepala
    Dinas ... Siti Nurhaliza"): the attribution names the same person, however the quote's
    speaker was read."""
    if name in sentence:
        return True
    size = len(name.split())
    ws = sentence.replace(",", " ").replace(".", " ").split()
    return any(
        Levenshtein.normalized_similarity(" ".join(ws[i : i + size]), name) >= SPEAKER_SPELLING
        for i in range(len(ws) - size + 1)
    )


def _around(m: Mention) -> str:
    """The quote's paragraph tail: where its attribution ("kata X") is written."""
    text = m.article.field_text(m.fact.field)
    end = text.find("\n", m.fact.end)
    return text[m.fact.end : end if end >= 0 else len(text)]


def _figure_in(m: Mention, article: Article) -> bool:
    """Whether ``article`` states the same figure of the same noun as mention ``m``. A bound
    ("enam tahun lebih", "more than 6") does not state the exact figure it bounds, nor a
    count of another outcome ("Tujuh lainnya masih buron") one of "tujuh napi ...
    diamankan kembali"."""
    mine = m.fact.attrs.get("qualifier")
    event = m.fact.attrs.get("event")
    # a count the text says its revision replaced ("Sebelumnya, polisi mencatat 12 orang") is
    # not its figure: its update sets the other source's 12 against its own 15
    gone = superseded_figures(article) if m.fact.kind == "number" else frozenset()
    # a revision's old figure ("dari proyeksi sebelumnya 5,2 persen") is not stated by a
    # text giving that figure as the one it holds now ("masih menargetkan 5,2 persen")
    old = m.fact.kind == "number" and _old_value(m)
    return any(
        f.kind == m.fact.kind
        and id(f) not in gone
        and (not old or _from_value_at(article.field_text(f.field), f.start))
        and f.field == "text"
        and f.value == m.fact.value
        and folded(f.label or "") == folded(m.fact.label or "")
        and (f.attrs.get("qualifier") not in _BOUNDS or f.attrs.get("qualifier") == mine)
        and not (event and f.attrs.get("event") and f.attrs.get("event") != event)
        for f in article.facts
    )


_BOUNDS = frozenset({"more_than", "at_least", "up_to"})
_LOWER = frozenset({"more_than", "at_least"})
_UPPER = frozenset({"up_to"})
_ABOUT_OR_EXACT = frozenset({"about", "exact", None})


def usable(f: Fact) -> bool:
    """Whether a fact's value can be compared: a real number, an ISO date, quoted words."""
    if f.kind == "number":
        return isinstance(f.value, (int, float)) and not isinstance(f.value, bool)
    if f.kind == "date":
        return isinstance(f.value, str) and len(f.value) >= 4 and f.value[:4].isdigit()
    return bool(f.value)


def in_quote(article: Article, fact: Fact, quotes: Sequence[Fact] | None = None) -> bool:
    """Whether a fact sits inside a quotation: it belongs to the quote's own claim.

    ``quotes`` are the article's quote facts when the caller already holds them: asked for
    every fact, scanning all of an article's facts each time is quadratic in its facts.
    """
    if quotes is None:
        quotes = [q for q in article.facts if q.kind == "quote"]
    return any(
        q.field == fact.field and q.start <= fact.start and fact.end <= q.end for q in quotes
    )


def group_claims(articles: Sequence[Article], alignment: Alignment, kind: ClaimKind) -> ClaimSet:
    """The claims of one fact kind across articles, and which pairs of them conflict.

    Computed once per alignment and kind: agreement, conflict, unique and attribution all
    read the same claims.
    """
    key = ("claims", kind, tuple(a.id for a in articles))
    return alignment.memo(key, lambda: _group_claims(articles, alignment, kind))


def _closeness(a: Fact, b: Fact) -> float:
    """1 for equal figures, falling towards 0 as they part: "52,3" is nearer "53,2" than
    "47,7" is, a tie-breaker when the words around two figures are alike."""
    try:
        x, y = abs(float(a.value)), abs(float(b.value))
    except (TypeError, ValueError):
        return 0.0
    return 1.0 - abs(x - y) / max(x, y, 1e-9)


# Weight of figure closeness next to context overlap when choosing a figure's conflict.
CLOSENESS_WEIGHT = 0.25
# Weight of a shared word right after the two figures (what each count did): "delapan
# fraksi menyatakan setuju" pairs with "tujuh fraksi setuju", not with "dua fraksi menolak".
FOLLOW_WEIGHT = 0.5
# How many words after a figure (its noun aside) say what it did.
FOLLOW_WORDS = 3


def _follow_stems(m: Mention, alignment: Alignment) -> frozenset[str]:
    """The content stems of the few words right after a figure in its sentence."""
    if m.fact.field != "text":
        return frozenset()
    sentence = alignment.sentence_at(m.article.id, m.fact.start)
    if sentence is None:
        return frozenset()
    after = [w for w in sentence.words if w.start >= m.fact.end and not w.is_number]
    return frozenset(content_stems(after[:FOLLOW_WORDS], m.article.lang))


def _same_predicate(x: Mention, y: Mention, alignment: Alignment) -> float:
    """1 when the words right after two figures share a stem ("setuju" / "setuju"), else 0."""
    return 1.0 if _follow_stems(x, alignment) & _follow_stems(y, alignment) else 0.0


def _best_partners(
    claims: Sequence[Claim], scored: dict[tuple[int, int], list[float]]
) -> set[tuple[int, int]]:
    """Keep each claim's best conflict among rival claims stated by the same source: "53,2
    persen" contradicts the "52,3 persen" its words match (same words around it, close
    figures), not also the "47,7 persen" the same sources give for another candidate.
    Rivals from different sources ("12", "15" and "18" killed) all stay in conflict.
    """
    kept: dict[int, list[int]] = {}
    out: set[tuple[int, int]] = set()
    ranked = sorted(scored, key=lambda p: sum(scored[p]) / len(scored[p]), reverse=True)
    for ci, cj in ranked:
        if any(
            claims[k].article_ids & claims[other].article_ids
            for me, other in ((ci, cj), (cj, ci))
            for k in kept.get(me, [])
        ):
            continue
        kept.setdefault(ci, []).append(cj)
        kept.setdefault(cj, []).append(ci)
        out.add((ci, cj))
    return out


# A sentence this short before the lead is a line left above it (an outlet's name, a
# dateline), not the lead itself.
LEAD_MIN_WORDS = 6


def _in_opening(alignment: Alignment, article: Article, f: Fact) -> bool:
    """Whether a body figure stands in the body's first sentence (the lead), lines of a few
    words above it ("Medan Kini") aside."""
    if f.field != "text":
        return False
    lead = next(
        (s for s in alignment.sentences.get(article.id, ()) if len(s.words) >= LEAD_MIN_WORDS),
        None,
    )
    return lead is not None and lead.span.start <= f.start < lead.span.end


def lead_date(article: Article) -> Fact | None:
    """The first usable date of the body: the day the story's event happened, as a rule.

    A date in a sentence revising a count ("Korban meninggal ... bertambah menjadi 15 orang,
    Sabtu (14/3)", "the toll rose to 15 on Saturday") dates the count, not the event: a
    follow-up's lead against the first report's "longsor ... Jumat (13/3) malam" is no
    dispute about the day of the landslide. Nor is a day on or after such an update's day
    ("... bertambah menjadi 212 orang, Selasa (24/11)" then "dapur lain mulai Rabu (25/11)"):
    the event came before its update, so that day is a next step."""
    usable_dates = [f for f in body_facts(article, "date") if usable(f)]
    updates = [f for f in usable_dates if _dates_a_count(article, f)]
    dates = [f for f in usable_dates if not any(f is u for u in updates)]
    if days_updated := _days(updates):
        cut = min(days_updated)
        dates = [f for f in dates if f.label != "day" or str(f.value)[:10] < cut]
    # a day, when the body gives one: "sepanjang tahun ini" before "pada Jumat (13/11)" is a
    # period the story sits in, not the day it happened
    days = [f for f in dates if f.label == "day"]
    return min(days or dates, key=lambda f: f.start) if dates else None


def update_dates(article: Article) -> list[Fact]:
    """The full days the body dates a revised count with ("... bertambah menjadi 212
    orang, Selasa (24/11)", "the toll rose to 15 on Saturday"): a follow-up's own day, the
    day its figures were updated, never the day of the event it follows up."""
    return [
        f
        for f in body_facts(article, "date")
        if usable(f) and f.label == "day" and _dates_a_count(article, f)
    ]


def _days(dates: Sequence[Fact]) -> list[str]:
    return [str(f.value)[:10] for f in dates if f.label == "day"]


@lru_cache(maxsize=32)
def _number_words(lang: str, key: str) -> tuple[str, ...]:
    """A word list of ``lang/<lang>/numbers.json``, folded: "superseded_openers",
    "tally_verbs", "denial_cues", "breakdown_cues", "cumulative_cues"."""
    return tuple(folded(c) for c in lang_data(lexicon_lang(lang), "numbers").get(key, []))


def tally_verbs(lang: str) -> frozenset[str]:
    """Verbs giving a count as a tally someone took ("mencatat", "recorded"), folded."""
    return frozenset(_number_words(lang, "tally_verbs"))


@lru_cache(maxsize=4)
def _count_revisions(lang: str) -> tuple[str, ...]:
    """Words revising a count ("bertambah menjadi", "rose to": numbers.json revision_cues)."""
    cues = lang_data(lexicon_lang(lang), "numbers").get("revision_cues", [])
    return tuple(f" {folded(c)} " for c in cues)


# How far before a figure its revision words may stand ("bertambah menjadi 15").
_REVISION_CHARS = 30


def revised_count(article: Article, f: Fact) -> str | None:
    """The words right before a figure that give it as a revised count ("bertambah menjadi
    15 orang", "the toll rose to 15"), or None. A figure the extractor read as a new total
    after an addition ("Dengan tambahan tersebut, jumlah perempuan ... menjadi 62 orang":
    ``attrs["revised"]``) is one too, given by the word before it. Asked of each figure for
    every pair it stands in: read once per figure and report."""
    return per_object("revised-count", lambda: _revised_count(article, f), article, f)


def _revised_count(article: Article, f: Fact) -> str | None:
    text = article.field_text(f.field)
    before = f" {folded(text[max(0, f.start - _REVISION_CHARS) : f.start])} "
    for cue in _count_revisions(article.lang or "id"):
        if before.endswith(cue):
            return cue.strip()
    if f.attrs.get("revised"):
        # the cue's last word nearest before it in its sentence ("menjadi 62 orang dan
        # anak-anak 43 orang"): the extractor marks a revised total only after such a word
        ends = {cue.split()[-1] for cue in _count_revisions(article.lang or "id")}
        start, _ = sentence_of(sentence_spans(text), f.start)
        words = folded(text[start : f.start]).split()
        return next((w for w in reversed(words) if w in ends), words[-1] if words else None)
    return _addition_total(article, f)


def _addition_total(article: Article, f: Fact) -> str | None:
    """The addition words opening a figure's sentence when the figure is the total they
    lead to ("Dengan tambahan ini, jumlah perempuan yang dipulangkan tercatat 17 orang"): a
    count given after an addition, however its verb is worded ("tercatat", not only the
    "menjadi" the extractor marks). A figure of a unit is the addition itself ("Dengan
    tambahan anggaran Rp 5 miliar"), never a total, and so is one with no "jumlah" before it."""
    lang = article.lang or "id"
    if f.attrs.get("unit") or not _addition_cue_in(article.text, lang):
        return None
    text = article.field_text(f.field)
    start, _ = sentence_of(sentence_spans(text), f.start)
    before = f" {folded(text[start : f.start])} "
    cues, totals = _addition_words(lang)
    cue = next((c for c in cues if before.startswith(c)), None)
    if cue is None or not any(t in before[len(cue) - 1 :] for t in totals):
        return None
    return cue.strip()


@lru_cache(maxsize=8)
def _addition_words(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """numbers.json ``addition_cues`` ("dengan tambahan") and ``subject_counts`` ("jumlah"),
    folded and padded with spaces."""
    data = lang_data(lexicon_lang(lang), "numbers")
    return (
        tuple(f" {folded(c)} " for c in data.get("addition_cues", [])),
        tuple(f" {folded(c)} " for c in data.get("subject_counts", [])),
    )


@lru_cache(maxsize=64)
def _addition_cue_in(text: str, lang: str) -> bool:
    """Whether a text writes an addition cue ("dengan tambahan") anywhere: the guard."""
    body = f" {folded(text)} "
    return any(cue in body for cue in _addition_words(lang)[0])


@lru_cache(maxsize=64)
def _revision_cue_in(text: str, lang: str) -> bool:
    """Whether a text writes a revision cue ("bertambah menjadi") anywhere: the guard."""
    body = f" {folded(text)} "
    return any(cue in body for cue in _count_revisions(lang))


def superseded_figures(article: Article) -> frozenset[int]:
    """The ids of ``superseded_counts``: the figures left out of the claims; so are the parts
    a sentence adds up into its total ("delapan orang lainnya ... sehingga totalnya sembilan
    orang": the nine is the text's figure)."""

    def ids() -> frozenset[int]:
        parts = (id(f) for f in article.facts if f.kind == "number" and PART_OF_TOTAL in f.attrs)
        return frozenset((*parts, *(id(f) for f in superseded_counts(article))))

    return per_object("superseded-figures", ids, article)


def superseded_counts(article: Article) -> tuple[Fact, ...]:
    """The counts a revision of the same text replaced: "... bertambah menjadi 15 orang.
    Sebelumnya, polisi mencatat 12 orang luka." The 12 is the story's earlier reading, told
    as such; it is neither the text's own figure to agree on nor news. Only a tally
    ("mencatat", "recorded") in a sentence opened by an earlier-count word, beside a revised
    count of the same noun (or of anyone: "orang") with another value: "Sebelumnya, 146
    pengungsi tiba" tells an earlier event, still true. Texts with no revision cue cost one
    cached substring scan. Found once per
    article and report (every pair of figures may ask)."""
    return per_object("superseded-counts", lambda: _superseded_counts(article), article)


def _superseded_counts(article: Article) -> tuple[Fact, ...]:
    lang = article.lang or "id"
    if not _revision_cue_in(article.text, lang):
        return ()
    numbers = [f for f in body_facts(article, "number") if usable(f) and not f.attrs.get("unit")]
    revised = [f for f in numbers if revised_count(article, f) is not None]
    if not revised:
        return ()
    openers = _number_words(lang, "superseded_openers")
    tallies = _number_words(lang, "tally_verbs")
    spans = sentence_spans(article.text)
    out: list[Fact] = []
    for f in numbers:
        if f in revised:
            continue
        start, end = sentence_of(spans, f.start)
        opening = folded(article.text[start : f.start]).lstrip(" \"'“")
        sentence = f" {folded(article.text[start:end])} "
        if not any(f" {v} " in sentence for v in tallies):
            continue  # "Sebelumnya, 146 pengungsi tiba": an earlier event, still true
        if not any(
            opening.startswith(o) and opening[len(o) : len(o) + 1] in (",", " ") for o in openers
        ):
            continue
        key = noun_key(f, lang)
        if any(
            g.value != f.value
            and (noun_key(g, lang) == key or GENERIC_COUNT in (key, noun_key(g, lang)))
            for g in revised
        ):
            out.append(f)
    return tuple(out)


def _revises_other(x: Mention, y: Mention) -> bool:
    """Whether one figure is its text's revised count ("bertambah menjadi 15 orang") and the
    other's figure is the count that text says it replaced ("Sebelumnya, polisi mencatat 12
    orang"): one toll, reported before and after an update (a "later count" conflict)."""
    for t, o in ((x, y), (y, x)):
        # (no event test: the text itself names the other's figure of that noun as the count
        # it replaced, whatever outcome each sentence was read with: "tiba" / "terdampar")
        if not _revision_cue_in(t.article.text, t.article.lang or "id"):
            continue
        if revised_count(t.article, t.fact) is None:
            continue
        lang = t.article.lang or "id"
        if any(
            f.value == o.fact.value
            and (
                noun_key(f, lang) == noun_key(o.fact, o.article.lang)
                or GENERIC_COUNT in (noun_key(f, lang), noun_key(o.fact, o.article.lang))
            )
            for f in superseded_counts(t.article)
        ):
            return True
    return False


def _revised_alone(x: Mention, y: Mention) -> bool:
    """Whether one text gives its only count of one specific noun as the total after an
    addition ("Dengan tambahan ini, jumlah perempuan ... tercatat 17 orang") and the other
    text its only count of that noun ("11 perempuan"): the figure the addition raised, a
    later count to show. A noun naming anyone ("orang") may count two groups; a count that
    only grew by a later day ("Hingga Selasa, ... bertambah menjadi 44 layanan" against
    "Hingga Senin, baru 30 layanan") is progress each day measured, not one count revised."""
    a, b = x.fact, y.fact
    if not (x.noun_alone and y.noun_alone and a.label and b.label):
        return False
    if folded(a.label) != folded(b.label) or not (_specific(x) and _specific(y)):
        return False
    return any(
        f.attrs.get("revised") or _addition_total(m.article, f) is not None
        for m, f in ((x, a), (y, b))
    )


# A count of part of a group the sentence names before: "tiga di antaranya", "two of them".
_PART_OF_RE = re.compile(r"\b(?:di\s*antaranya|dari\s+mereka|of\s+(?:them|whom))\b", re.I)


def _sole_parts(x: Mention, y: Mention) -> bool:
    """Whether two texts each give one part of a group as their only count of one specific
    noun ("Empat awak kapal ditangkap, tiga di antaranya warga negara Myanmar" / "Dua di
    antaranya berkewarganegaraan Myanmar"), neither with an outcome: how many of the group
    are that noun, told two ways."""
    a, b = x.fact, y.fact
    if not (a.attrs.get("implied") and b.attrs.get("implied")):
        return False
    if not (x.noun_alone and y.noun_alone) or x.event or y.event:
        return False
    if folded(a.label or "") != folded(b.label or "") or not (_specific(x) and _specific(y)):
        return False
    return bool(_PART_OF_RE.search(a.text) and _PART_OF_RE.search(b.text))


def _scaled_sole_counts(x: Mention, y: Mention) -> bool:
    """Whether two texts' only counts of one specific noun, one of them in its lead, are one
    digit string ten times apart ("Sekitar 5.000 pengemudi" / "lebih dari 50.000
    pengemudi"), neither with an outcome: one crowd counted two ways (a zero slipped, or the
    police's figure against the organisers'), a dispute to show."""
    a, b = x.fact, y.fact
    if not (x.noun_alone and y.noun_alone) or x.event or y.event:
        return False
    if a.attrs.get("unit") or b.attrs.get("unit") or not (x.opening or y.opening):
        return False
    if folded(a.label or "") != folded(b.label or "") or not (_specific(x) and _specific(y)):
        return False
    return _decimal_moved(a, b)


def denied_noun(x: Mention, y: Mention) -> Fact | None:
    """Whether ``x``'s sentence denies that its figure counts ``y``'s noun, after the figure
    ("dua orang yang tewas ... disebut bukan anggota kelompok itu, melainkan warga sipil"
    against "dua anggota kelompok itu tewas"): the sources agree on how many and disagree on
    who. Returns x's figure, or None. One language only (the noun is matched as written)."""
    noun = folded(y.fact.label or "")
    if x.article.lang != y.article.lang or not noun or noun == folded(x.fact.label or ""):
        return None
    text = x.article.field_text(x.fact.field)
    _, end = sentence_of(sentence_spans(text), x.fact.start)
    after = f" {folded(text[x.fact.end : end])} "
    if f" {noun}" not in after:
        return None  # the cheap guard: the other's noun is not written after the figure
    cues = _number_words(x.article.lang or "id", "denial_cues")
    return x.fact if any(f" {cue} {noun}" in after for cue in cues) else None


# How many times another count a running total must be to be taken for another quantity:
# "Banjir sejak Senin menewaskan 5 orang" against "7 orang tewas" stays one toll.
RUNNING_TOTAL_RATIO = 3.0
_CLAUSE_MARKS_RE = re.compile(r"[,;:()]")
_SENTENCE_END_RE = re.compile(r"[.!?]\s+(?=[A-Z\"“])|\n")
_RUNNING_CHARS = 160


def _one_running_total(x: Mention, y: Mention) -> bool:
    """Whether one figure is a running total since some start ("Since the ceasefire came
    into force ..., the army has killed more than 340"; "300 people have been killed ...
    since the truce began") several times the other, which counts no such total: the toll of
    one strike and the toll since a truce are two quantities, not a conflict. Two running
    totals ("980 kasus sejak Januari, 16 di antaranya" / "..., 61 orang di antaranya") stay
    one quantity."""
    big, small = (x, y) if abs(float(x.fact.value)) >= abs(float(y.fact.value)) else (y, x)
    if abs(float(big.fact.value)) < RUNNING_TOTAL_RATIO * abs(float(small.fact.value)):
        return False
    if big.fact.attrs.get("unit") or small.fact.attrs.get("unit"):
        return False
    return _running_total(big) and not _running_total(small)


def _running_total(m: Mention) -> bool:
    """Whether a count's sentence makes it a total since some start: the cue before the
    figure, or after it within its clause."""
    text = m.article.field_text(m.fact.field)
    return _running_total_at(text, m.fact.start, m.fact.end, m.article.lang or "id")


@lru_cache(maxsize=8192)
def _running_total_at(text: str, start: int, end: int, lang: str) -> bool:
    """``_running_total`` of the figure at ``start:end``. Memoised: every pair of figures
    of several times apart asks it of the larger."""
    cues = _number_words(lang, "cumulative_cues")
    near = folded(text[max(0, start - _RUNNING_CHARS) : end + 120])
    if not any(c in near for c in cues):
        return False  # the cheap guard: no cue anywhere near the figure
    # the sentence before the figure, read by its own marks: an abbreviated month ("Since
    # the truce took effect on Oct. 10, ...") ends no sentence
    head = _SENTENCE_END_RE.split(text[max(0, start - _RUNNING_CHARS) : start])[-1]
    before = f" {folded(head)} "
    tail = _SENTENCE_END_RE.split(text[end : end + 120])[0]
    after = f" {folded(_CLAUSE_MARKS_RE.split(tail)[0])} "
    return any(f" {c} " in before or f" {c} " in after for c in cues)


# How far before a figure its breakdown's cue and whole may stand (characters).
_BREAKDOWN_CHARS = 160


def breakdown_whole(article: Article, f: Fact) -> float | None:
    """The count a figure is a part of when its sentence breaks that count down ("enam orang
    yang baru ditemukan itu terdiri atas empat perempuan dan dua anak-anak": 6 for both), or
    None (no breakdown, or a group named with no count: "rombongan itu terdiri atas ...")."""
    if f.attrs.get("unit"):
        return None
    text = article.field_text(f.field)
    cue_at = _breakdown_cue_at(text, f.start, article.lang or "id")
    if cue_at < 0:
        return None  # no breakdown word before the figure
    start, _ = sentence_of(sentence_spans(text), f.start)
    wholes = [
        g
        for g in article.facts
        if g.kind == "number"
        and g.field == f.field
        and start <= g.start
        and g.end <= cue_at
        and not g.attrs.get("unit")
        and usable(g)
    ]
    return float(max(wholes, key=lambda g: g.start).value) if wholes else None


@lru_cache(maxsize=8192)
def _breakdown_cue_at(text: str, start: int, lang: str) -> int:
    """Where the last breakdown word before ``start`` stands in ``text`` (-1: none).
    Memoised: every pair of two figures asks it of both."""
    lo = max(0, start - _BREAKDOWN_CHARS)
    head = f" {folded(text[lo:start])} "
    at = max((head.rfind(f" {c} ") for c in _number_words(lang, "breakdown_cues")), default=-1)
    return lo + max(0, at - 1) if at >= 0 else -1


def _outgrows_whole(part: Mention, other: Fact) -> bool:
    """Whether ``other`` is larger than the whole ``part`` is a breakdown of: a count of a
    larger group, not the same part told with another figure."""
    whole = breakdown_whole(part.article, part.fact)
    return whole is not None and abs(float(other.value)) > whole


# A sentence opening on the whole its figures break down, at most after a source ("Menurut
# data Kemenag, dari 199 jemaah yang wafat, 162 orang ...", "Of the 199 pilgrims who died,
# 162 ..."): the whole, then a comma; what follows the comma is a part of it.
_OPENED_WHOLE_RE = re.compile(
    r"^(?:[^,.;]{0,60},\s*)?(?:dari|of)\s+(?:total\s+|the\s+|a\s+total\s+of\s+)?"
    r"\d[\d.,]*\s[^,.;]{0,80},",
    re.IGNORECASE,
)


def _part_of_opened_whole(m: Mention) -> bool:
    """Whether a count stands after the whole its sentence opens on ("dari 199 jemaah yang
    wafat, 162 orang meninggal di Makkah, 21 orang di Madinah"): a part of that whole, not
    the text's count of the whole another text gives."""
    return _opened_whole_before(m.article.field_text(m.fact.field), m.fact.start)


@lru_cache(maxsize=8192)
def _opened_whole_before(text: str, at: int) -> bool:
    """``_part_of_opened_whole`` of the figure at ``at``. Memoised: every pair of two
    different figures asks it of both."""
    start, _ = sentence_of(sentence_spans(text), at)
    head = text[start:at]
    if "," not in head:
        return False  # the cheap guard: no clause before the figure
    return _OPENED_WHOLE_RE.search(head) is not None


def _dates_a_count(article: Article, f: Fact) -> bool:
    """Whether the date ``f`` stands in a sentence that revises a count."""
    text = article.field_text(f.field)
    start, end = sentence_of(sentence_spans(text), f.start)
    sentence = f" {folded(text[start:end])} "
    return any(cue in sentence for cue in _count_revisions(article.lang or "id"))


# Names an article must give (persons, organisations, places) before a set of names
# shared with no other article says that the two tell different events.
MIN_NAMES_APART = 2


_NAMED = ("PER", "ORG", "LOC")


def _name_ids(article: Article) -> frozenset[str]:
    """The linked ids of the persons, organisations and places an article names."""
    return frozenset(
        str(f.value) for f in article.facts if f.kind == "entity" and f.label in _NAMED
    )


def _name_words(article: Article) -> frozenset[str]:
    """The folded last word of each name ("Kabupaten Sidoarjo" and "Sidoarjo" share
    "sidoarjo"): asked only of texts whose ids share nothing."""
    return frozenset(
        f.text.rsplit(None, 1)[-1].casefold()
        for f in article.facts
        if f.kind == "entity" and f.label in _NAMED and f.text.strip()
    )


def apart_pairs(articles: Sequence[Article], alignment: Alignment) -> frozenset[tuple[str, str]]:
    """Pairs of articles (both orders) about two different events: each names several
    persons, organisations or places and the two have none in common (a windstorm in one
    regency and another in a second regency, told on the same day in like words: "Sebanyak 86
    rumah rusak" / "Sebanyak 53 rumah warga ... rusak"). Their figures and days are not
    compared: one story's figure is no version of the other's. Found once per alignment."""
    return alignment.memo(("apart-pairs",), lambda: _apart_pairs(articles))


def _apart_pairs(articles: Sequence[Article]) -> frozenset[tuple[str, str]]:
    ids = {a.id: _name_ids(a) for a in articles}
    out: set[tuple[str, str]] = set()
    for a, b in combinations(articles, 2):
        ia, ib = ids[a.id], ids[b.id]
        if len(ia) < MIN_NAMES_APART or len(ib) < MIN_NAMES_APART:
            continue
        if (
            (ia & ib or _name_words(a) & _name_words(b))
            and not _two_days_two_casts(a, b)
            and not _two_days_two_places(a, b)
            and not _two_objects(a, b)
            and not _two_days_two_aged_casts(a, b)
        ):
            continue
        out.add((a.id, b.id))
        out.add((b.id, a.id))
    return frozenset(out)


def _persons(article: Article) -> list[Fact]:
    return [
        f for f in article.facts if f.kind == "entity" and f.label == "PER" and f.field == "text"
    ]


_NO_RARE: frozenset[str] = frozenset()
_DURATIONS = frozenset({"year", "month", "week", "day", "hour", "minute", "second"})
# A stem this short names no quantity.
RARE_MIN_CHARS = 4


def _rare_words(article: Article, ctx: frozenset[str], alignment: Alignment) -> frozenset[str]:
    """The context stems of a measured figure (``ctx``) that stand in no other sentence of
    its text."""
    counts = alignment.memo(
        ("sentence-stems", article.id),
        lambda: Counter(st for s in alignment.sentences.get(article.id, ()) for st in s.stems),
    )
    return frozenset(st for st in ctx if counts[st] == 1 and len(st) >= RARE_MIN_CHARS)


def _quoted_sole(x: Mention, y: Mention, ctx: float) -> bool:
    """Whether a figure in a speaker's quote and another text's figure are one quantity told
    two ways: each its text's only figure of one counted noun or unit, of one outcome, and
    either the same digits swapped ("Stok ... saat ini 28.000 ton," kata X / "Stok ...
    tercatat 82.000 ton") or, in one language, incompatible in sentences about the same
    thing. A quote's figure is often another quantity than the text's (a speaker's example,
    last year's figure), so nothing looser pairs it."""
    a, b = x.fact, y.fact
    if not (x.noun_alone and y.noun_alone and a.label and b.label):
        return False
    if _currency(str(a.attrs.get("unit") or "")):
        return False  # sums have rules of their own (``sole_figures``, ``_miscopied``)
    if (x.event or y.event) and x.event != y.event:
        return False
    if not same_quantity(a, b, x.article.lang, y.article.lang) or far_apart(a, b):
        return False
    if digit_slip(a, b):
        return True
    return not _languages_differ(x, y) and ctx >= EVENT_CONTEXT and not values_compatible(a, b)


def _measured_alike(x: Mention, y: Mention) -> bool:
    """Whether two figures of one unit (no sums) are each their text's only one, or its only
    one named as that thing, and each named as the same measured thing by the word beside it
    ("a radius of 5 km" / "radius 3 kilometer"): one quantity, in either language (see
    ``findings.measured``)."""
    unit = str(x.fact.attrs.get("unit") or "")
    if not unit or _currency(unit) or not same_measured(x.article, x.fact, y.article, y.fact):
        return False
    # a text giving another figure of the unit ("tanggul jebol sepanjang 25 meter" beside
    # "air setinggi 80 sentimeter") still names one height only
    return (x.noun_alone and y.noun_alone) or (
        sole_measured(x.article, x.fact) and sole_measured(y.article, y.fact)
    )


def _named_by_one_term(x: Mention, y: Mention) -> bool:
    """Two measures of one unit (no sums), each alone of its unit in its sentence, next to a
    word each text writes there only ("margin of error hitung cepat tersebut sebesar 1 persen" /
    "dengan margin of error 1,5 persen"): one quantity, named by that word."""
    unit = str(x.fact.attrs.get("unit") or "")
    if not unit or unit != y.fact.attrs.get("unit") or not (x.rare & y.rare):
        return False
    if _currency(unit) or unit in _DURATIONS:
        # sums have rules of their own ("mencapai Rp 3 miliar" names no sum); durations
        # count too many things ("dikerjakan kontraktor selama dua tahun" / "kontraktor
        # menjamin pemeliharaan selama lima tahun")
        return False
    if far_apart(x.fact, y.fact):
        return False
    return not any(u == unit for u, _ in x.companions) and not any(
        u == unit for u, _ in y.companions
    )


def _upcoming_date(article: Article, lead: Fact | None) -> Fact | None:
    """The one full day an article gives after its lead's day (a scheduled next step), or
    None when it gives none or several."""
    if lead is None or lead.label != "day" or lead.attrs.get("year_guessed"):
        return None
    later = [
        f
        for f in body_facts(article, "date")
        if usable(f)
        and f.label == "day"
        and not f.attrs.get("year_guessed")
        and str(f.value) > str(lead.value)
    ]
    return later[0] if len({str(f.value) for f in later}) == 1 else None


def _money_alone(articles: Sequence[Article]) -> frozenset[int]:
    """The sums of money (by object id) that are their article's only sum of their currency
    once the sums some other article gives alike are set aside."""
    sums = {
        a.id: [
            f
            for f in body_facts(a, "number")
            if usable(f) and _currency(str(f.attrs.get("unit") or ""))
        ]
        for a in articles
    }
    given: Counter[tuple[str, float]] = Counter()
    for fs in sums.values():
        for key in {(str(f.attrs.get("unit")), float(f.value)) for f in fs}:
            given[key] += 1
    out: set[int] = set()
    for fs in sums.values():
        left = [f for f in fs if given[(str(f.attrs.get("unit")), float(f.value))] < 2]
        units = Counter(str(f.attrs.get("unit")) for f in left)
        out.update(id(f) for f in left if units[str(f.attrs.get("unit"))] == 1)
    return frozenset(out)


def _two_days_two_casts(a: Article, b: Article) -> bool:
    """Two acts of one place on two days: texts that share a court, a town or a league but
    each name several persons, none of them the other's (by id or spelt apart), quote nothing
    alike, and open on two different days given in full ("Senin (16/11/2026)" / "Kamis
    (19/11/2026)": two verdicts of one court the same week). One story told twice shares its
    speakers or its quotes; a text that dates the story a day off still names its people."""
    pa, pb = _persons(a), _persons(b)
    if len({f.value for f in pa}) < MIN_NAMES_APART or len({f.value for f in pb}) < MIN_NAMES_APART:
        return False
    la, lb = lead_date(a), lead_date(b)
    if la is None or lb is None or la.label != "day" or lb.label != "day" or la.value == lb.value:
        return False
    if la.attrs.get("year_guessed") or lb.attrs.get("year_guessed"):
        return False
    if la.attrs.get("relative") or lb.attrs.get("relative"):
        return False
    if {f.value for f in pa} & {f.value for f in pb}:
        return False
    words_a = {f.text.rsplit(None, 1)[-1].casefold() for f in pa if f.text.strip()}
    if any(f.text.strip() and f.text.rsplit(None, 1)[-1].casefold() in words_a for f in pb):
        return False
    if any(same_name_spelt_apart(x, y) or _transliterated(x, y) for x in pa for y in pb):
        return False
    return _quote_nothing_alike(a, b)


# How alike two full names must be, word by word of one initial and with the common
# transliteration endings folded, to be one foreign name written two ways.
TRANSLITERATED_SIMILARITY = 0.85
# Endings and letters that one foreign name takes in two transliterations: "Smirnov" /
# "Smirnoff", "Nikolai" / "Nikolay" / "Nikolaj", "Alexei" / "Aleksei".
_TRANSLITERATIONS = (
    (re.compile(r"ff\b"), "v"),
    (re.compile(r"(?:iy|ij|y)\b"), "i"),
    (re.compile("x"), "ks"),
)


def _transliterated(x: Fact, y: Fact) -> bool:
    """Whether two persons' full names are one name written in two transliterations: as
    many words, each starting with the same letter, and alike once the endings are folded
    ("Dmitri Volkov" / "Dmitry Volkoff"). Two people of one surname differ in a first
    name's initial."""
    wx, wy = x.text.casefold().split(), y.text.casefold().split()
    if len(wx) < 2 or len(wx) != len(wy):
        return False
    if any(p[:1] != q[:1] for p, q in zip(wx, wy, strict=True)):
        return False
    nx, ny = transliteration_key(" ".join(wx)), transliteration_key(" ".join(wy))
    return Levenshtein.normalized_similarity(nx, ny) >= TRANSLITERATED_SIMILARITY


def transliteration_key(name: str) -> str:
    """A casefolded name with the endings of two transliterations folded ("Smirnoff" and
    "Smirnov" -> "smirnov", "Nikolay" -> "nikolai")."""
    key = name.casefold()
    for pattern, repl in _TRANSLITERATIONS:
        key = pattern.sub(repl, key)
    return key


def _places_before(article: Article, lead: Fact) -> list[Fact]:
    """The places the body names before its lead day ``lead``, in order."""
    return [
        f
        for f in article.facts
        if f.kind == "entity" and f.label == "LOC" and f.field == "text" and f.start < lead.start
    ]


def _lead_places(article: Article, lead: Fact) -> list[Fact]:
    """The known places (gazetteer entries, with a country) the body names up to its lead
    day: where the story happened ("di Kota Pekanbaru, Riau, Selasa (17/11/2026)")."""
    return [f for f in _places_before(article, lead) if f.attrs.get("country")]


def _places_named(article: Article) -> tuple[frozenset[str], frozenset[str]]:
    """The ids and folded last words of every place an article names."""
    places = [
        f for f in article.facts if f.kind == "entity" and f.label == "LOC" and f.text.strip()
    ]
    return (
        frozenset(str(f.value) for f in places),
        frozenset(f.text.rsplit(None, 1)[-1].casefold() for f in places),
    )


def _shared_town(pa: list[Fact], pb: list[Fact]) -> bool:
    """Whether two leads name one known place (the city both stories happened in)."""
    return bool({str(f.value) for f in pa} & {str(f.value) for f in pb})


def _first_lead_place(article: Article, lead: Fact) -> list[Fact]:
    """The first place the body names before its lead day, gazetteer entry or not, when it
    is narrower than a known place the lead names after it: where in the town it happened."""
    before = [f for f in _places_before(article, lead) if f.text.strip()]
    if len(before) < 2 or before[0].attrs.get("country"):
        return []
    return before[:1]


def _two_days_two_places(a: Article, b: Article) -> bool:
    """Two acts of one actor in two places on two days: each text opens on its own full day
    in a place the other never names, and they quote nothing alike (a unit's arrests in one
    province on Tuesday and in another on Thursday, its spokesman speaking in both). One
    story told twice names its place in every version, even when a text dates it a day off."""
    la, lb = lead_date(a), lead_date(b)
    if la is None or lb is None or la.label != "day" or lb.label != "day" or la.value == lb.value:
        return False
    if any(f.attrs.get("year_guessed") or f.attrs.get("relative") for f in (la, lb)):
        return False
    pa, pb = _lead_places(a, la), _lead_places(b, lb)
    if not pa or not pb:
        return False
    if _shared_town(pa, pb):
        # one city on two days: the lead's first, narrowest place decides ("Pasar X, Kecamatan
        # Y, Kota Z" / "Kelurahan V, Kecamatan W, Kota Z": two fires of one city)
        pa, pb = _first_lead_place(a, la), _first_lead_place(b, lb)
        if not pa or not pb:
            return False
    for places, other in ((pa, b), (pb, a)):
        ids, last = _places_named(other)
        if any(
            str(f.value) in ids or f.text.rsplit(None, 1)[-1].casefold() in last for f in places
        ):
            return False
    return _quote_nothing_alike(a, b)


def _two_days_two_aged_casts(a: Article, b: Article) -> bool:
    """Two cases of one police unit on two days: each text names two or more people with
    their ages ("HS (41)", "TW (52)"), none by the other's name or a spelling of it, opens
    on its own full day, and they quote nothing alike. One case told twice names its suspect
    and victim in every version (the ages may differ: that is a conflict of its own)."""
    aa, ab = ages(a), ages(b)
    if len(aa) < MIN_NAMES_APART or len(ab) < MIN_NAMES_APART:
        return False  # a suspect and a victim each: one witness's age tells nothing
    if any(Levenshtein.normalized_similarity(x, y) >= SPEAKER_SPELLING for x in aa for y in ab):
        return False  # a name of one (or spelt two ways: "Ramadhan" / "Ramadan") in both
    la, lb = lead_date(a), lead_date(b)
    if la is None or lb is None or la.label != "day" or lb.label != "day" or la.value == lb.value:
        return False
    if any(f.attrs.get("year_guessed") or f.attrs.get("relative") for f in (la, lb)):
        return False
    return _quote_nothing_alike(a, b)


def _two_objects(a: Article, b: Article) -> bool:
    """Two acts on two named objects: each lead names a bill (a regulation, a treaty) the
    other text never writes, and they quote nothing alike (two bills passed in one plenary
    day under one chair; ``objects.two_objects``)."""
    if not two_objects(a, b):
        return False
    return _quote_nothing_alike(a, b)


def _quote_nothing_alike(a: Article, b: Article) -> bool:
    """Whether two texts share no quote (``_same_quote``): one story told twice quotes its
    speakers alike, so each rule telling two acts apart asks it last."""
    qa = [f for f in a.facts if f.kind == "quote"]
    qb = [f for f in b.facts if f.kind == "quote"]
    return not any(_same_quote(x, y) for x in qa for y in qb)


def _loose(f: Fact) -> bool:
    """A vague count ("Ratusan lapak") or a part read with a borrowed noun ("Dua di
    antaranya"): neither is a second figure of its noun beside an exact one."""
    return bool(f.attrs.get("vague") or f.attrs.get("implied"))


def _group_claims(articles: Sequence[Article], alignment: Alignment, kind: ClaimKind) -> ClaimSet:
    # each article's quotes, gathered once (keyed by object: the articles outlive this call)
    quotes = {id(a): [q for q in a.facts if q.kind == "quote"] for a in articles}
    heads = {id(a): _title_numbers(a) for a in articles}
    lent = {id(a): _events_to_lend(a, heads[id(a)]) for a in articles} if kind == "number" else {}
    # each article's lead date, found once (asked of every date mention)
    leads = {id(a): lead_date(a) for a in articles} if kind == "date" else {}
    nexts = {id(a): _upcoming_date(a, leads[id(a)]) for a in articles} if kind == "date" else {}

    # asked of each fact up to four times below: read once (keyed by identity: the facts
    # live as long as their articles, which outlive this call)
    def inside_quote(a: Article, f: Fact) -> bool:
        return per_object("in-quote", lambda: in_quote(a, f, quotes[id(a)]), a, f)

    nouns = Counter(
        (a.id, folded(f.label or ""), _loose(f))
        for a in articles
        for f in body_facts(a, kind)
        if kind == "number"
        and usable(f)
        and not inside_quote(a, f)
        and PART_OF_TOTAL not in f.attrs
    )

    def noun_alone(a: Article, f: Fact) -> bool:
        """Whether ``f`` is its text's only count of its noun. A vague count beside an exact
        one ("Ratusan lapak" ... "Sebanyak 210 lapak") is that figure told loosely: it does
        not make the exact figure share its noun (so "120 lapak" elsewhere still meets it);
        nor does a part of it ("Empat awak ... Dua di antaranya")."""
        key = folded(f.label or "")
        exact = nouns[(a.id, key, False)]
        return exact == 1 if not _loose(f) else exact + nouns[(a.id, key, True)] == 1

    quoted_sole = _quoted_sole_figures(articles, inside_quote) if kind == "number" else frozenset()
    apart = apart_pairs(articles, alignment) if kind != "quote" else frozenset()
    money_alone = _money_alone(articles) if kind == "number" else frozenset()
    superseded = (
        frozenset().union(*(superseded_figures(a) for a in articles))
        if kind == "number"
        else frozenset()
    )
    related: dict[str, frozenset[str]] = {}
    for pair in alignment.pairs:
        x_id, y_id = pair.a.article, pair.b.article
        related[x_id] = related.get(x_id, frozenset()) | {y_id}
        related[y_id] = related.get(y_id, frozenset()) | {x_id}
    mentions = [
        Mention(
            a,
            f,
            ctx,
            _sheltered(a, f, _title_event(f, lent[id(a)])) if kind == "number" else None,
            kind == "number" and _in_headline(a, f, heads[id(a)]),
            kind == "date" and f is leads[id(a)],
            kind == "number"
            and (noun_alone(a, f) or id(f) in quoted_sole)
            and not counts_others(a, f),
            _companions(a, f, alignment) if kind == "number" else frozenset(),
            kind == "number" and inside_quote(a, f),
            related.get(a.id, frozenset()),
            kind == "number" and _in_opening(alignment, a, f),
            kind == "number" and _remaining(a, f),
            _lead_words(a, f, alignment)
            if kind == "date" and (f is leads[id(a)] or f is nexts[id(a)])
            else _NO_WORDS,
            id(f) in money_alone,
            kind == "date" and f is nexts[id(a)],
            _rare_words(a, ctx, alignment)
            if kind == "number" and f.attrs.get("unit")
            else _NO_RARE,
            kind == "number" and is_capacity(a, f),
            counted_subject(a, f) if kind == "number" else None,
            kind == "number" and is_named_part(a, f),
        )
        for a in articles
        for f in body_facts(a, kind)
        if usable(f)
        and id(f) not in superseded
        and (
            kind == "quote"
            or not inside_quote(a, f)
            or _quoted_money(f)
            or id(f) in quoted_sole
            or counted_subject(a, f) is not None
        )
        for ctx in (context_stems(a, f, alignment),)
    ]
    joined = Groups(len(mentions))
    find = joined.find
    lead_of = {id(m.article): m for m in mentions if m.lead}

    conflict_edges: list[tuple[int, int]] = []
    compatible_edges: list[tuple[int, int]] = []
    toll_words = [_toll_words(m) for m in mentions] if kind == "number" else []
    # what the pair tests below need of each mention, read once (most pairs meet no share
    # and no bound: the tests are then not called)
    numbers = kind == "number"
    shares = [numbers and _is_share(m) for m in mentions]
    bounds = [numbers and _may_bound(m) for m in mentions]
    revisable = [numbers and _may_revise(m) for m in mentions]
    for i, j in _cross_pairs([m.article.id for m in mentions]):
        x, y = mentions[i], mentions[j]
        if apart and (x.article.id, y.article.id) in apart:
            continue  # two events: their figures and days are not one story's
        if shares[i] and shares[j] and _sole_shares_of_one_change(x, y):
            conflict_edges.append(
                (i, j)
            )  # "a 30% rise in fuel prices" / "fuel price increase of 35 percent"
            continue
        if (bounds[i] and revisable[j] and _revises_bound(x, y)) or (
            bounds[j] and revisable[i] and _revises_bound(y, x)
        ):
            conflict_edges.append((i, j))  # "sedikitnya 13 tewas" / "bertambah menjadi 18"
            continue
        if kind == "number" and _unrelated_figures(x, y, toll_words[i], toll_words[j]):
            continue  # what _number_relation says of them: None
        rel = _relation(
            kind, x, y, partial(aligned, alignment, x.article, x.fact, y.article, y.fact)
        )
        if rel == "agree":
            if kind == "date" and (
                _hides_lead_conflict(x, y, lead_of, alignment)
                or _hides_lead_conflict(y, x, lead_of, alignment)
            ):
                continue  # "kata X dalam keterangan pers, Minggu" against the other's lead day
            joined.join(i, j)
        elif rel == "conflict":
            if kind == "date" and (
                _dates_a_count(x.article, x.fact) or _dates_a_count(y.article, y.fact)
            ):
                continue  # "bertambah menjadi 21 orang, Selasa (11/11)": the update's day
            if kind == "number" and _levels_of_two_kinds(x, y):
                continue  # "61,2 poin ke level 7.312" / "35 poin ke Rp15.840": two markets
            if kind == "number" and _prices_of_two_sizes(x, y):
                continue  # "100 gram dibanderol Rp131 juta" / "1 kilogram Rp1,29 miliar"
            if kind == "number" and _sums_of_two_rates(x, y):
                continue  # "Rp 500 ribu per rekening" / "digaji Rp 4 juta per bulan"
            conflict_edges.append((i, j))
        elif rel == "compatible":
            compatible_edges.append((i, j))

    roots: dict[int, int] = {}
    claims: list[Claim] = []
    for i, m in enumerate(mentions):
        r = find(i)
        if r not in roots:
            roots[r] = len(claims)
            claims.append(Claim(kind))
        claims[roots[r]].mentions.append(m)

    fits = _bounds_fitting(mentions, compatible_edges) if kind == "number" else {}
    scored: dict[tuple[int, int], list[float]] = {}
    for i, j in conflict_edges:
        if mentions[i].article.id in fits.get(j, ()) or mentions[j].article.id in fits.get(i, ()):
            continue  # "lebih dari 200 rumah" fits the other text's total 214, not its part 71
        # two leads dating one act differently contradict each other even when one text
        # gives the other's day to something else ("the reservoir stood at 97 percent on
        # Thursday")
        both_lead = kind == "date" and mentions[i].lead and mentions[j].lead
        ci, cj = roots[find(i)], roots[find(j)]
        if ci == cj:
            continue
        # a text's revised total over the earlier count it also gives ("bertambah menjadi
        # lima orang" ... "Empat tersangka sebelumnya"): the other outlets' figure is its past
        later = (
            kind == "number"
            and bool(claims[ci].article_ids & claims[cj].article_ids)
            and _later_count_over_own(claims[ci], claims[cj])
        )
        if not (both_lead or later) and (
            _figure_in(mentions[i], mentions[j].article)
            or _figure_in(mentions[j], mentions[i].article)
        ):
            continue  # the other source states this very figure too: no contradiction
        if claims[ci].article_ids & claims[cj].article_ids and not later:
            continue
        x, y = mentions[i], mentions[j]
        score = (
            context_similarity(x.context, y.context)
            + CLOSENESS_WEIGHT * _closeness(x.fact, y.fact)
            + FOLLOW_WEIGHT * _same_predicate(x, y, alignment)
        )
        scored.setdefault((min(ci, cj), max(ci, cj)), []).append(score)
    conflicts = _best_partners(claims, scored)
    compatible: set[tuple[int, int]] = set()
    for i, j in compatible_edges:
        ci, cj = roots[find(i)], roots[find(j)]
        if ci != cj and not claims[ci].article_ids & claims[cj].article_ids:
            key = (min(ci, cj), max(ci, cj))
            if kind == "number" and _bridged_conflict(claims[ci], claims[cj]):
                conflicts.add(key)
            else:
                compatible.add(key)
    if kind == "number":
        compatible |= _leftover_compatible(claims, conflicts, compatible)
    bridges = _split_bridges(claims, conflicts, compatible) if kind == "number" else set()
    return ClaimSet(claims, sorted(conflicts), sorted(compatible - conflicts), bridges)


def _later_count_over_own(c1: Claim, c2: Claim) -> bool:
    """Whether one claim is a single text's revised count ("Jumlah WNI yang dipulangkan ...
    bertambah menjadi 64 orang") above the other claim's figure, which that text also gives
    as the earlier count ("Gelombang pertama sebanyak 46 orang telah lebih dulu tiba") beside
    other outlets ("46 WNI", "46 korban"): the outlets' figure and the update's differ, a
    later count to show, though the updating text states both."""
    for new, old in ((c1, c2), (c2, c1)):
        if len(new.article_ids) != 1 or len(old.article_ids) < 2:
            continue
        (text,) = new.article_ids
        if old.article_ids - {text} and all(
            m.article.id == text
            and revised_count(m.article, m.fact) is not None
            and not m.fact.attrs.get("unit")
            and all(float(m.fact.value) > float(o.fact.value) for o in old.mentions)
            for m in new.mentions
        ):
            return True
    return False


# Qualifiers of a figure that only approximates or bounds what it counts.
_APPROXIMATE = frozenset({"about", "more_than", "at_least", "up_to"})


def _bounds_fitting(
    mentions: Sequence[Mention], compatible_edges: Sequence[tuple[int, int]]
) -> dict[int, set[str]]:
    """For each approximate figure ("lebih dari 200 rumah"), the articles that state an exact
    figure it fits ("214 rumah"). Such a bound is that text's figure told loosely; it does not
    contradict the same text's parts ("71 rumah di Desa B", one village of three)."""
    fits: dict[int, set[str]] = {}
    for i, j in compatible_edges:
        for k, other in ((i, j), (j, i)):
            if (
                mentions[k].fact.attrs.get("qualifier") in _APPROXIMATE
                and mentions[other].fact.attrs.get("qualifier") not in _APPROXIMATE
            ):
                fits.setdefault(k, set()).add(mentions[other].article.id)
    return fits


def _leftover_compatible(
    claims: list[Claim], conflicts: set[tuple[int, int]], compatible: set[tuple[int, int]]
) -> set[tuple[int, int]]:
    """ "sekitar 40 pekerja" / "42 pekerja": once every other count of a noun is paired, the
    one count of it each article has left, in two articles, is the same quantity when the
    figures fit and one of them approximates ("sekitar", "lebih dari"): compatible, not
    two scoops. Only counts with a specific noun (not "orang", "people"), no unit, no
    outcome or the same one, never quoted, never ten times apart."""
    paired = {i for pair in conflicts | compatible for i in pair}
    left: dict[tuple[str, str], dict[str, list[int]]] = {}
    for i, c in enumerate(claims):
        if i in paired or len(c.article_ids) != 1:
            continue
        m = c.mentions[0]
        f = m.fact
        if not f.label or f.attrs.get("unit") or m.quoted or f.field != "text" or _generic(m):
            continue  # "orang", "people" count anyone: two leftovers of them may be anything
        key = (folded(f.label), str(m.event or ""))
        left.setdefault(key, {}).setdefault(m.article.id, []).append(i)
    out: set[tuple[int, int]] = set()
    for by_article in left.values():
        if len(by_article) != 2 or any(len(v) != 1 for v in by_article.values()):
            continue
        i, j = sorted(v[0] for v in by_article.values())
        a, b = claims[i].mentions[0].fact, claims[j].mentions[0].fact
        quals = {a.attrs.get("qualifier"), b.attrs.get("qualifier")}
        if (
            a.value != b.value
            and quals & _APPROXIMATE
            and values_compatible(a, b)
            and not far_apart(a, b)
        ):
            out.add((i, j))
    return out


def _split_bridges(
    claims: Sequence[Claim], conflicts: set[tuple[int, int]], compatible: set[tuple[int, int]]
) -> set[int]:
    """A bound compatible with two figures that contradict each other ("lebih dari 2.000"
    with "sekitar 2.600" and with "6.200") is no common ground: the two figures conflict and
    the bound joins neither (``_bridged_conflict`` for claims the bound is compatible with).
    Returns the bounds so split."""
    bridges: set[int] = set()
    partners: dict[int, set[int]] = {}
    for i, j in compatible:
        partners.setdefault(i, set()).add(j)
        partners.setdefault(j, set()).add(i)
    for k, ps in partners.items():
        for i, j in combinations(sorted(ps), 2):
            if claims[i].article_ids & claims[j].article_ids:
                continue
            if _rivalled(claims, conflicts, i, j) or _rivalled(claims, conflicts, j, i):
                # "21,4 miliar" ekspor conflicts with the "24,1 miliar" of the source that
                # also gives "20,7 miliar" impor: its best partner is found already
                continue
            if _bridged_conflict(claims[i], claims[j]):
                conflicts.add((i, j))
                compatible.discard((min(k, i), max(k, i)))
                compatible.discard((min(k, j), max(k, j)))
                bridges.add(k)
    return bridges


def _companions(article: Article, fact: Fact, alignment: Alignment) -> frozenset[tuple[str, float]]:
    """The other figures of a body number's sentence, keyed by unit (or noun) and value."""
    if fact.field != "text":
        return frozenset()
    sentence = alignment.sentence_at(article.id, fact.start)
    if sentence is None:
        return frozenset()
    lo, hi = sentence.span.start, sentence.span.end
    # the body's figures, gathered once per article (asked for every figure of it)
    figures = alignment.memo(("body-numbers", article.id), lambda: body_facts(article, "number"))
    return frozenset(
        (str(f.attrs.get("unit") or folded(f.label or "")), float(f.value))
        for f in figures
        if f is not fact and lo <= f.start < hi and usable(f)
    )


# The level a move ends at, right after its figure: "naik 61,2 poin ke level 7.312,45",
# "menguat 35 poin ke Rp15.840", "rose 20 points to 7,312". Group 1 is a currency mark.
_END_LEVEL_RE = re.compile(
    r"\s+(?:ke|menjadi|to|at)\s+(?:level\s+|posisi\s+|the\s+)?(Rp|US\$|\$|€|£|¥)?\s?\d"
    # a price may name its currency after the figure ("ke level 78,40 dolar AS")
    r"(?:[\d.,]*\s+(dolar|dollars?|rupiah|euro|yen|yuan|ringgit|pound)\b)?",
    re.IGNORECASE,
)


def _levels_of_two_kinds(x: Mention, y: Mention) -> bool:
    """Whether two moves end at levels of two kinds, one a price in a currency and the other
    a bare level (an index): a currency's points and a stock index's are two quantities."""
    ends = []
    for m in (x, y):
        text = m.article.field_text(m.fact.field)
        end = _END_LEVEL_RE.match(text, m.fact.end)
        if end is None:
            return False
        ends.append(end.group(1) is not None or end.group(2) is not None)
    return ends[0] != ends[1]


# Weights a price may be told for, in grams: the sizes two sums of money are prices of.
_GRAMS = {"g": 1.0, "kg": 1000.0, "t": 1_000_000.0}


def _prices_of_two_sizes(x: Mention, y: Mention) -> bool:
    """Whether two sums of money are the prices of two sizes: each sentence weighs what it
    prices ("emas ukuran 100 gram dibanderol Rp131.512.000" / "ukuran 1 kilogram dibanderol
    Rp1,29 miliar") and no weight of one is a weight of the other."""
    if not _currency(str(x.fact.attrs.get("unit") or "")):
        return False
    mine, theirs = _weights(x), _weights(y)
    return bool(mine and theirs) and not mine & theirs


def _sums_of_two_rates(x: Mention, y: Mention) -> bool:
    """Whether two sums of money are paid per two different things ("imbalan Rp 500 ribu per
    rekening" / "digaji Rp 4 juta per bulan"): two prices, not one figure given two ways.
    Across languages only periods are known to differ ("a month" / "per tahun"); "per
    rekening" and "per account" may be one rate."""
    if not _currency(str(x.fact.attrs.get("unit") or "")):
        return False
    rx, ry = _rate(x), _rate(y)
    if rx is None or ry is None or rx == ry:
        return False
    units = set(_rate_words(lexicon_lang(x.article.lang))[2].values())
    both_periods = rx in units and ry in units
    return both_periods or lexicon_lang(x.article.lang) == lexicon_lang(y.article.lang)


@lru_cache(maxsize=4)
def _rate_words(lang: str) -> tuple[frozenset[str], frozenset[str], dict[str, str]]:
    """Words that open a rate (the next word is what is paid per), those that open one only
    before a period ("a month"), and period words -> one name both languages share."""
    data = lang_data(lang, "numbers")
    return (
        frozenset(data.get("rate_openers", [])),
        frozenset(data.get("rate_article_openers", [])),
        {k.casefold(): v for k, v in data.get("rate_units", {}).items()},
    )


_RATE_RE = re.compile(r"\s*(/|[^\W\d_]+)\s*([^\W\d_]*)")


def _rate(m: Mention) -> str | None:
    """What a sum is paid per, read right after it: a period by its shared name ("month"),
    else the word as written ("rekening"); None when no rate follows."""
    openers, article_openers, units = _rate_words(lexicon_lang(m.article.lang))
    text = m.article.field_text(m.fact.field)
    found = _RATE_RE.match(text, m.fact.end, m.fact.end + 40)
    if found is None:
        return None
    first, second = found.group(1).casefold(), found.group(2).casefold()
    if first in units:
        return units[first]  # "Rp4 juta sebulan"
    if first in openers and second:
        return units.get(second, second)
    if first in article_openers and second in units:
        return units[second]
    return None


def _weights(m: Mention) -> set[float]:
    """The weights (in grams) its sentence gives beside a figure: the size it prices."""
    return {v * _GRAMS[u] for u, v in m.companions if u in _GRAMS}


def _same_size(x: Mention, y: Mention) -> bool:
    """Whether two figures' sentences weigh the same size ("100 gram" / "100-gram")."""
    return bool(_weights(x) & _weights(y))


def _quoted_sole_figures(
    articles: Sequence[Article], inside_quote: Callable[[Article, Fact], bool]
) -> frozenset[int]:
    """The figures inside a speaker's quote compared with other texts (by ``id``), besides
    sums of money: a count or measure that is its text's only figure of its noun or unit,
    quoted or not, when another text gives its own only figure of that quantity outside
    any quote with the same digits swapped ("Stok ... saat ini 28.000 ton," kata X / "Stok
    ... tercatat 82.000 ton"). Other quoted figures stay the speaker's words: often another
    quantity (an example, last year's figure) that no reader would set against the news."""
    if len(articles) < 2:
        return frozenset()
    per_article: list[tuple[Article, list[Fact], list[Fact]]] = []
    for a in articles:
        facts = [f for f in body_facts(a, "number") if usable(f) and f.label]
        if not facts:
            continue
        quoted = [f for f in facts if not _currency(str(f.attrs.get("unit") or ""))]
        quoted = [f for f in quoted if inside_quote(a, f)]
        per_article.append((a, facts, quoted))
    if not any(q for _, _, q in per_article):
        return frozenset()  # the usual text: no count inside a quote

    def key(f: Fact) -> tuple[str, str]:
        return folded(f.label or ""), str(f.attrs.get("unit") or "")

    # how many figures of each noun and unit each text gives, counted once (asked of every
    # figure against every quoted one): a sole figure's key counts one
    keys = {id(a): Counter(key(f) for f in facts) for a, facts, _ in per_article}
    out: set[int] = set()
    for a, _, quoted in per_article:
        for f in quoted:
            if keys[id(a)][key(f)] != 1:
                continue
            for b, others, _ in per_article:
                if b is a:
                    continue
                if any(
                    keys[id(b)][key(g)] == 1
                    and not inside_quote(b, g)
                    and (g.attrs.get("unit") or "") == (f.attrs.get("unit") or "")
                    and same_quantity(f, g, a.lang, b.lang)
                    and digit_slip(f, g)
                    for g in others
                ):
                    out.add(id(f))
                    break
    return frozenset(out)


def _quoted_money(f: Fact) -> bool:
    """A sum of money: the one kind of figure inside a quote compared with other texts."""
    return f.kind == "number" and _currency(str(f.attrs.get("unit") or ""))


def _rivalled(claims: Sequence[Claim], conflicts: set[tuple[int, int]], i: int, j: int) -> bool:
    """Whether claim ``j`` already conflicts with a claim stated by a source of claim ``i``."""
    return any(
        claims[q if p == j else p].article_ids & claims[i].article_ids
        for p, q in conflicts
        if j in (p, q)
    )


# Content stems two shares' contexts must share besides their change words: the changed
# thing ("fuel" + "price"), so one story's rise in fares and fall in sales stay apart.
SHARE_TOPIC_STEMS = 2


def _sole_shares_of_one_change(x: Mention, y: Mention) -> bool:
    """Whether two different percentages are each text's only share and give one change of
    one thing ("a 30% rise in fuel prices" / "The fuel price increase of 35 percent"): both
    contexts hold a change word (``lang/<lang>/direction.json``) and share at least
    SHARE_TOPIC_STEMS other content stems. A share counts many things, so shares are no
    sole figures in general; one change of one named thing, told once per text, is one."""
    a, b = x.fact, y.fact
    if not (_is_share(x) and _is_share(y)):
        return False
    if a.value == b.value or x.article.lang != y.article.lang or x.article.id == y.article.id:
        return False
    if x.quoted or y.quoted or not (_sole_share(x.article) and _sole_share(y.article)):
        return False
    changes = _change_stems(x.article.lang or "id")
    if not (x.context & changes and y.context & changes):
        return False
    theirs = y.context - changes
    shared = [w for w in x.context - changes if any(_one_stem(w, v) for v in theirs)]
    return len(shared) >= SHARE_TOPIC_STEMS


def _is_share(m: Mention) -> bool:
    """A percentage: the only figures ``_sole_shares_of_one_change`` pairs (the pair loop asks
    this once per mention, not once per pair)."""
    return m.fact.attrs.get("unit") == "percent"


def _one_stem(a: str, b: str) -> bool:
    """Whether two light stems are one word, one stemmed further than the other ("pric" of
    "prices" / "price")."""
    short, long = sorted((a, b), key=len)
    if a == b:
        return True
    return len(short) >= 3 and long.startswith(short) and len(long) - len(short) <= 1


def _sole_share(article: Article) -> bool:
    """Whether an article's body gives exactly one percentage."""
    return sum(1 for f in body_facts(article, "number") if f.attrs.get("unit") == "percent") == 1


@lru_cache(maxsize=4)
def _change_stems(lang: str) -> frozenset[str]:
    """Stems of the words that tell a change ("rise", "increase", "kenaikan"):
    ``lang/<lang>/direction.json`` up and down."""
    table = lang_data(lexicon_lang(lang), "direction")
    return frozenset(stem(folded(w), lang) for k in ("up", "down") for w in table.get(k, ()))


# The counted noun that names anyone ("18 orang", "18 people"): a revised toll in it counts
# the workers, passengers or residents another outlet bounded.
GENERIC_COUNT = "orang"


def _may_bound(m: Mention) -> bool:
    """A lower bound of an event with no unit ("sedikitnya 13 tewas"): the bound side of
    ``_revises_bound`` (the pair loop asks this once per mention, not once per pair)."""
    f = m.fact
    return f.attrs.get("qualifier") in _LOWER and not f.attrs.get("unit") and m.event is not None


def _may_revise(m: Mention) -> bool:
    """A count with no unit and no bound: the revised side of ``_revises_bound``."""
    f = m.fact
    return f.attrs.get("qualifier") not in _LOWER | _UPPER and not f.attrs.get("unit")


def _revises_bound(bound: Mention, count: Mention) -> bool:
    """Whether ``count`` is a higher count of the same event that its source gives as a
    revision ("Korban tewas ... bertambah menjadi 18 orang", "the death toll rose to 18")
    over another outlet's lower bound ("Sedikitnya 13 pekerja tewas"). The bound fits, but
    the second outlet reports a later count than the first, which a reader should see: a
    medium "later count" conflict, as within one text. Counts of one event only (both
    sentences name it), never a unit: "naik menjadi Rp 4.000" revises a price, not a toll."""
    a, b = bound.fact, count.fact
    if not (_may_bound(bound) and _may_revise(count)):
        return False
    if bound.event != count.event or bound.article.id == count.article.id:
        return False
    try:
        if float(b.value) <= float(a.value):
            return False
    except (TypeError, ValueError):
        return False
    one_noun = (
        not (a.label and b.label)
        or GENERIC_COUNT in (noun_key(a, bound.article.lang), noun_key(b, count.article.lang))
        or same_quantity(a, b, bound.article.lang, count.article.lang)
        or same_event_class(bound, count)
    )
    return (
        one_noun
        and revised_count(count.article, b) is not None
        and not _figure_in(bound, count.article)
    )


def _bridged_conflict(c: Claim, d: Claim) -> bool:
    """Whether two claims tied by a compatible pair hold figures that cannot both be true:
    "more than 4,000" fits both "about 4,500" (its claim) and "5,400", but those two
    contradict each other, so the bound is no common ground between them."""
    return any(
        m.article.id != n.article.id
        and same_quantity(m.fact, n.fact)
        and not values_compatible(m.fact, n.fact)
        and not _figure_in(m, n.article)
        and not _figure_in(n, m.article)
        for m in c.mentions
        for n in d.mentions
    )
