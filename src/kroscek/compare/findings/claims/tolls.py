"""Tolls and outcomes: one outcome counted in nouns of one class, a group's toll against its
subgroups, the headline's tolls, "the others" and "the rest" of a count, and which subject a
figure counts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from kroscek.align.words import content_stems, stem, words
from kroscek.compare.findings._common import folded, lexicon_lang, per_object
from kroscek.compare.findings.cases import CASES, infected_count
from kroscek.compare.findings.claims.mentions import (
    AGREE_CONTEXT,
    Mention,
    headline_numbers,
    languages_differ,
    values_compatible,
)
from kroscek.compare.findings.claims.nouns import (
    MIN_NAMED_NOUN,
    NAMING_WORDS,
    counts_people,
    event_class,
    event_classes,
    is_generic,
    noun_classes,
    noun_key,
)
from kroscek.compare.findings.claims.slips import far_apart
from kroscek.compare.findings.vague import fits_vague
from kroscek.data import Article, Fact, Field
from kroscek.extract.sentences import sentence_of, sentence_spans
from kroscek.text.lang import lang_data


def same_event_class(x: Mention, y: Mention) -> bool:
    """Whether two figures count the same outcome (killed, injured, missing) of one class of
    things whatever noun each outlet chose ("23 penumpang tewas" / "32 orang tewas"): one
    toll, two wordings. Two different specific nouns ("17 soldiers" / "23 attackers" killed)
    count different groups."""
    if x.event is None or x.event != y.event:
        return False
    cx, cy = event_class(x), event_class(y)
    if cx is None or cy is None or cx[0] != cy[0]:
        return False
    if noun_key(x.fact, x.article.lang) == noun_key(y.fact, y.article.lang):
        return True
    if _split_toll(x) or _split_toll(y):
        return False  # "15 passengers ... 2 crew died": a part, beside a total of 17
    if _subgroup(x) or _subgroup(y):
        return False  # "5 children were killed" / "12 people were killed": a part of the dead
    if cx[1] != cy[1] and (_sides_of_a_clash(x, y) or _sides_of_a_clash(y, x)):
        return False  # "Lima warga" hurt / "tiga petugas" hurt: the two sides of a clash
    return cx[1] or cy[1]


# "bentrokan antara warga ... dengan petugas keamanan", "clashes between villagers and
# police": a sentence setting two groups of people against each other.
_BETWEEN_RE = re.compile(r"\b(?:antara|between)\b", re.IGNORECASE)


def _sides_of_a_clash(x: Mention, y: Mention) -> bool:
    """Whether ``x``'s text names the nouns of both counts as the two sides of one clash
    ("Bentrokan pecah antara warga desa dengan petugas keamanan perusahaan"): its "warga"
    hurt are then not the other text's "petugas" hurt, though "warga" alone may name anyone.
    Looked for only between a generic and a specific count of one outcome."""
    nouns = [folded(m.fact.label or "") for m in (x, y)]
    return any(
        all(re.search(rf"\b{re.escape(n)}\b", after) for n in nouns)
        for after in _between_clauses(x.article)
    )


def _between_clauses(article: Article) -> tuple[str, ...]:
    """What follows each "antara"/"between" of a text to its sentence's end, folded: read
    once per article and report (every pair of tolls may ask)."""

    def clauses() -> tuple[str, ...]:
        text = article.field_text("text")
        spans = sentence_spans(text)
        return tuple(
            folded(text[found.end() : sentence_of(spans, found.start())[1]])
            for found in _BETWEEN_RE.finditer(text)
        )

    return per_object("between-clauses", clauses, article)


def sole_toll_of_a_group(x: Mention, y: Mention) -> bool:
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
    if not is_generic(other) or event_class(other) is None:
        return False
    group = folded(part.fact.label or "")
    if not any(
        folded(t.label or "") == group and t.attrs.get("event") == part.event
        for t in headline_numbers(other.article)
    ):
        return False
    return sole_outcome(part) and sole_outcome(other)


def _subgroup(m: Mention) -> bool:
    """Whether a count's noun names a group found among any dead or hurt ("children"):
    ``subgroups`` of ``lang/<lang>/noun_classes.json``. Such a count is one toll with another
    specific count in both headlines ("kills 20 children" / "kills 17 students"), never with
    a count of anyone."""
    return folded(m.fact.label or "") in _subgroups(m.article.lang or "id")


@lru_cache(maxsize=4)
def _subgroups(lang: str) -> frozenset[str]:
    return frozenset(folded(n) for n in noun_classes(lang).get("subgroups", []))


def one_outcome(a: Fact, b: Fact, lang: str) -> bool:
    """Whether two figures of one text count one outcome (missing, killed) of one class of
    things, one of them under a noun naming anyone ("3 Orang Hilang" / "empat penumpang
    masih hilang"): the same toll told with two nouns."""
    event = a.attrs.get("event")
    if not event or event != b.attrs.get("event") or a.attrs.get("unit") or b.attrs.get("unit"):
        return False
    classes = event_classes(lang or "id")
    ca, cb = classes.get(folded(a.label or "")), classes.get(folded(b.label or ""))
    return ca is not None and cb is not None and ca[0] == cb[0] and (ca[1] or cb[1])


def headline_tolls(x: Mention, y: Mention) -> bool:
    """Whether two figures are each article's headline count of the same outcome for people,
    whatever group each names ("7 Penonton Tewas" / "Lima Suporter Meninggal", "kills six
    Palestinians" / "Tewaskan Tujuh Warga"): what each story is about, one toll. Another
    group's count in the body ("two of its members" killed) does not split a headline's."""
    if not (x.headline and y.headline) or x.event is None or x.event != y.event:
        return False
    cx, cy = event_class(x), event_class(y)
    if cx is None or cy is None or cx[0] != cy[0]:
        return False
    # two headline tolls of unrelated stories ("Kebakaran Gudang di Tegal, 3 Tewas" / "Bus
    # Masuk Jurang di Tegal, 5 Tewas") share no word but the outcome and the town: the
    # headlines must share another word; a name across languages ("Jenin") will do, since
    # a rewrite translates every other word
    shared = _title_stems(x.article) & _title_stems(y.article)
    if languages_differ(x, y):
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
    cls = event_classes(m.article.lang or "id").get(label)
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


def rest_of_another_outcome(m: Mention) -> bool:
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


def rest(m: Mention) -> bool:
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


def counted_subjects_relation(x: Mention, y: Mention) -> str | None:
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
    naming = {folded(w) for w in noun_classes(m.article.lang or "id").get("naming_predicates", [])}
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
    classes = event_classes(x.article.lang or "id")
    for g, s in ((x, y), (y, x)):
        cg, cs = classes.get(folded(g.fact.label or "")), classes.get(folded(s.fact.label or ""))
        if cg and cs and cg[0] == cs[0] and cg[1] and not cs[1]:
            noun = folded(s.fact.label or "")
            if x.event == y.event and (_names_noun_before(g, noun) or _subject_names_noun(g, noun)):
                return True
            return g.event in (None, s.event) and _names_noun_after(g, noun)
    return False


def sole_outcome(m: Mention) -> bool:
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
        and sheltered_events(article)[id(f)] == event
    )


def sole_people(x: Mention, y: Mention, ctx: float) -> bool:
    """Whether two generic counts ("orang", "people") are each their article's only one, in
    like words ("Helikopter itu membawa lima orang" / "yang membawa enam orang"): the one
    count of people each story gives, at most one of them with an outcome of its own."""
    return (
        x.noun_alone
        and y.noun_alone
        and ctx >= AGREE_CONTEXT
        and (x.event is None or y.event is None)
        and is_generic(x)
        and is_generic(y)
    )


def vague_crowd(x: Mention, y: Mention) -> bool:
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
    people = event_classes(m.article.lang or "id")
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


def title_event(f: Fact, title_numbers: Sequence[Fact]) -> str | None:
    """The event of a body number, or of the same figure in the headline when the body's
    own sentence did not say ("bertambah menjadi 15 orang" under "15 Orang Tewas");
    ``title_numbers`` are ``headline_numbers`` of its article."""
    if f.attrs.get("event"):
        return str(f.attrs["event"])
    for t in title_numbers:
        if t.value == f.value and t.attrs.get("event"):
            return str(t.attrs["event"])
    return None


def events_to_lend(article: Article, title_numbers: Sequence[Fact]) -> list[Fact]:
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


def sheltered(article: Article, f: Fact, event: str | None) -> str | None:
    """The event of a figure, an evacuation to shelters counted as the displaced, and a part
    of a whole given the outcome of its own verb (``part_outcome``)."""
    if event and f.attrs.get("whole") is not None:
        event = part_outcome(article, f, event)
    if event != "evacuated":
        return event
    text = article.field_text(f.field)
    start, end = sentence_of(sentence_spans(text), f.start)
    sentence = text[start:end].casefold()
    return "displaced" if any(w in sentence for w in _SHELTER_WORDS) else event


def sheltered_events(article: Article) -> dict[int, str | None]:
    """``sheltered`` of each of a text's body figures, by the figure's id: every pair of
    tolls asks it of all the text's counts, so it is read once per article and report."""

    def events() -> dict[int, str | None]:
        return {
            id(f): sheltered(article, f, f.attrs.get("event"))
            for f in article.facts
            if f.kind == "number" and f.field == "text"
        }

    return per_object("sheltered-events", events, article)


@lru_cache(maxsize=4)
def event_words(lang: str) -> tuple[re.Pattern[str], dict[str, str]]:
    events: dict[str, str] = lang_data(lang, "nouns").get("events", {})
    ordered = sorted(events, key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, ordered)) + r")\b", re.IGNORECASE)
    return pattern, {folded(w): e for w, e in events.items()}


def outcomes_in(
    article: Article, field: Field, start: int, end: int
) -> list[tuple[int, str | None]]:
    """The outcome words of ``article``'s ``field`` between ``start`` and ``end``, in order,
    as (offset, outcome): the one reading of the nouns.json ``events`` words that the rules
    asking what befell a figure's people share (None for a word of no outcome's key)."""
    text = article.field_text(field)
    pattern, events = event_words(article.lang or "id")
    return [(w.start(), events.get(folded(w.group(0)))) for w in pattern.finditer(text, start, end)]


# A relative clause opening after a whole's noun: its verb tells what befell the whole.
_RELATIVE_RE = re.compile(r"\b(?:yang|who|that|which)\b", re.IGNORECASE)


def outcome_written(m: Mention, event: str) -> bool:
    """Whether the sentence of a figure read with no outcome writes ``event``'s word where the
    number reader did not reach ("Sekitar 21.000 warga dari 40 desa di sepanjang perbatasan
    diungsikan"): the figure counts that outcome."""
    f = m.fact
    _, end = sentence_of(sentence_spans(m.article.field_text(f.field)), f.start)
    return any(e == event for _, e in outcomes_in(m.article, f.field, f.end, end))


def part_outcome(article: Article, f: Fact, event: str) -> str:
    """The outcome of a part of a whole, read past the whole's relative clause: in "Dua dari
    tujuh napi yang kabur berhasil ditangkap kembali" / "Two of the seven inmates who
    escaped were arrested" the escape is the seven's, and the two were arrested. The number
    reader gives the part the first outcome after it, the whole's; a second outcome of its
    clause is the part's own."""
    text = article.field_text(f.field)
    _, end = sentence_of(sentence_spans(text), f.start)
    found = outcomes_in(article, f.field, f.end, end)
    if len(found) < 2 or found[0][1] != event:
        return event
    if not _RELATIVE_RE.search(text, f.end, found[0][0]):
        return event  # "Dua dari tujuh napi ditangkap": the outcome is the part's own
    return next((e for _, e in found[1:] if e and e != event), event)


# Labels a count of cases is given (lang/id/nouns.json, lang/en/nouns.json).
_CASE_LABELS = frozenset({"kasus", "cases", "case"})


def _infected_people(m: Mention) -> bool:
    """Whether a figure counts people who caught a disease ("214 warga terjangkit DBD")."""
    f = m.fact
    return counts_people(m) and infected_count(m.article.field_text(f.field), f)


def cases_relation(x: Mention, y: Mention) -> str | None:
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


def only_of_outcome(m: Mention) -> bool:
    """Whether a figure is its article's only count of its noun with its outcome ("lima
    narapidana ... ditangkap kembali" beside "12 narapidana kabur")."""
    label = m.fact.label
    return m.event is not None and bool(label) and _counts_of(m.article, m.event, label) == 1
