"""A story's own figures: the sole figure of a noun or outcome, figures swapped between two
stories of one page, hedged crowds, and a figure anchored to its event.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kroscek.align.words import content_stems, words
from kroscek.compare.findings._common import folded
from kroscek.compare.findings.claims.mentions import (
    CONFLICT_CONTEXT,
    EVENT_CONTEXT,
    LARGE_FIGURE,
    SAME_WORDS_CONTEXT,
    Mention,
    currency,
    first_paragraph_end,
    headline_numbers,
    is_small,
    usable,
)
from kroscek.compare.findings.claims.nouns import (
    event_classes,
    is_generic,
    person_noun,
    sole_value,
    specific,
    times_of,
)
from kroscek.compare.findings.claims.slips import digit_slip, miscopied, one_order
from kroscek.compare.findings.claims.tolls import generic_names_specific
from kroscek.data import Fact
from kroscek.extract.sentences import sentence_of, sentence_spans
from kroscek.text.lang import lang_data


def one_group_named_apart(x: Mention, y: Mention) -> bool:
    """Whether one exact count of people is named by two nouns in two texts of one story
    ("memulangkan 46 warga negara Indonesia" / "Sebanyak 46 korban TPPO ... tiba"): the
    same figure of ten or more, each text's only number of that value, both nouns naming
    people and one of them anyone ("orang", "korban", "warga"), an outcome on one side at
    most or the same on both, in texts sharing a sentence or in both first sentences. A
    figure that large and that particular is one group, whatever each outlet calls it."""
    a, b = x.fact, y.fact
    if a.value != b.value or is_small(a) or a.attrs.get("unit") or b.attrs.get("unit"):
        return False
    if a.attrs.get("qualifier") != b.attrs.get("qualifier") or a.attrs.get("vague"):
        return False
    if x.event and y.event and x.event != y.event:
        return False  # "46 orang tewas" / "46 warga dievakuasi": two groups
    if y.article.id not in x.related and not (x.opening and y.opening):
        return False  # one story: a sentence in common, or both leads' figure
    if not people_twice(x, y):
        return False  # "25 pekerja" / "25 saksi": two specific nouns name two groups
    return sole_value(x) and sole_value(y)


def story_counts_swapped(x: Mention, y: Mention) -> bool:
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
    return all(person_noun(m) and _story_placed(m) for m in (x, y))


def hedged_crowds(x: Mention, y: Mention) -> bool:
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
    if min(abs(float(a.value)), abs(float(b.value))) < LARGE_FIGURE or not one_order(a, b):
        return False
    if {x.event, y.event} - {None, "protest"} or not (x.event or y.event):
        return False
    if y.article.id not in x.related or not (is_generic(x) or is_generic(y)):
        return False
    if not all(person_noun(m) and _story_placed(m) and _sole_hedged_people(m) for m in (x, y)):
        return False
    return all(m.event == "protest" or _protest_in_sentence(m) for m in (x, y))


# Words two hedged crowds' contexts must share (a verb and its object: "menghadang alat").
CROWD_WORDS = 2


def hedged_crowds_alike(x: Mention, y: Mention, ctx: float) -> bool:
    """Whether two texts of one story estimate one crowd differently, each by its own noun,
    in sentences telling what the crowd did in like words ("sekitar 200 warga menghadang
    alat berat" / "sekitar 300 orang menghadang alat berat"): both figures hedged, of a
    hundred or more and of one order, both nouns naming people and one of them anyone, no
    two outcomes, a verb and its object in common (most of the words, in texts that share
    no sentence), and each its text's only hedged count of people. Two hedged crowds of one
    story in unlike words (the police deployed, the protesters) stay two counts."""
    a, b = x.fact, y.fact
    if a.attrs.get("qualifier") != "about" or b.attrs.get("qualifier") != "about":
        return False
    if a.attrs.get("unit") or b.attrs.get("unit") or a.value == b.value:
        return False
    if len(x.context & y.context) < CROWD_WORDS:
        return False
    if ctx < (CONFLICT_CONTEXT if y.article.id in x.related else SAME_WORDS_CONTEXT):
        return False  # texts written apart must tell the crowd's act in mostly one wording
    if min(abs(float(a.value)), abs(float(b.value))) < LARGE_FIGURE or not one_order(a, b):
        return False
    if x.event != y.event or not people_twice(x, y):
        return False
    return _sole_hedged_people(x, whole=True) and _sole_hedged_people(y, whole=True)


def _sole_hedged_people(m: Mention, whole: bool = False) -> bool:
    """Whether ``m`` is its first paragraph's (or its whole text's) only hedged count of
    people (the lead's crowd; "sekitar 3.000 tenaga kerja" a project promises, further on,
    is another count)."""
    people = event_classes(m.article.lang or "id")
    text = m.article.field_text("text")
    end = len(text) if whole else first_paragraph_end(text)
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
    if any(t.value == m.fact.value for t in headline_numbers(m.article)):
        return True
    if m.fact.field != "text":
        return False
    return m.fact.start < first_paragraph_end(m.article.field_text("text"))


def people_twice(x: Mention, y: Mention) -> bool:
    """Whether two counts both name people, one of them anyone ("workers" / "orang")."""
    return person_noun(x) and person_noun(y) and (is_generic(x) or is_generic(y))


def story_figures_swapped(x: Mention, y: Mention) -> bool:
    """Whether two counts of one noun, each in its text's headline or first sentence (what
    the story is about), are written with the same digits swapped: under a bound both could
    be true, but the one figure of the story was miscopied."""
    a, b = x.fact, y.fact
    if not a.label or folded(a.label) != folded(b.label or "") or a.attrs.get("unit"):
        return False
    if is_generic(x):
        return False  # "orang" counts anyone: two headlines' people may be two groups
    return (x.headline or x.opening) and (y.headline or y.opening) and digit_slip(a, b)


def anchored(x: Mention, y: Mention, ctx: float) -> bool:
    """Whether two different sums of one currency each stand next to the same agreed figure
    in a sentence about the same thing: "naik dari Rp 3.000 menjadi Rp 4.000" / "naik menjadi
    Rp4.500 dari sebelumnya Rp3.000" give two new fares from one old fare."""
    unit = str(x.fact.attrs.get("unit") or "")
    return (
        currency(unit)
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
        return x.money_alone and y.money_alone and miscopied(x.fact, y.fact)
    same_outcome = x.event is not None and x.event == y.event
    related = ctx > 0 or digit_slip(x.fact, y.fact) or same_outcome
    unit = str(x.fact.attrs.get("unit") or "")
    if unit and currency(unit):
        return related or miscopied(x.fact, y.fact) or _sums_named_alike(x, y)
    if unit:
        # a share or a length counts too many things to be paired by a word or two, but the
        # same digits swapped in words about the same thing ("73 percent of reefs" / "37% of
        # reefs", "2,300 kilometres" / "3,200 km") are one figure miscopied
        return digit_slip(x.fact, y.fact) and ctx >= EVENT_CONTEXT
    if not (x.fact.label and y.fact.label):
        return False
    if generic_names_specific(x, y) or times_of(x, y):
        return True
    return related and not is_generic(x) and not is_generic(y)


# Capitalised words (names) two leads in two languages share, with a figure.
CROSS_LEAD_WORDS = 2


_NAME_WORD_RE = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][\w']{2,}")


def sentence_names(m: Mention) -> frozenset[str]:
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
    if not (x.money_alone and y.money_alone) or not one_order(x.fact, y.fact):
        return False
    return len(sentence_names(x) & sentence_names(y)) >= CROSS_LEAD_WORDS


def sentence_facts(m: Mention) -> list[Fact]:
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


def quotes_in_sentence(m: Mention) -> bool:
    """Whether a quotation stands in the sentence of a mention."""
    text = m.article.field_text(m.fact.field)
    start, end = sentence_of(sentence_spans(text), m.fact.start)
    return any(
        f.kind == "quote" and f.field == m.fact.field and start <= f.start < end
        for f in m.article.facts
    )


# Stems the predicates of two sole counts must share ("menyatakan pendapat berbeda").
PREDICATE_WORDS = 2


def sole_counts_one_predicate(x: Mention, y: Mention) -> bool:
    """Whether two figures are each their text's only count of one specific noun, said to
    do the same thing in their sentences' own words ("Empat hakim konstitusi menyatakan
    pendapat berbeda" / "Tiga hakim, yakni A, B, dan C, menyatakan pendapat berbeda"): the
    one group the story counts, told with two figures. The predicate is read past names
    listed after the count (capitalised words are left out), so an apposition does not hide
    it; "tiga hakim menolak" and "empat hakim setuju" share no predicate."""
    a, b = x.fact, y.fact
    if not (x.noun_alone and y.noun_alone) or a.attrs.get("unit") or b.attrs.get("unit"):
        return False
    if not a.label or folded(a.label) != folded(b.label or "") or x.event != y.event:
        return False
    if not (specific(x) and specific(y)) or x.article.lang != y.article.lang:
        return False
    px, py = _predicate_stems(x), _predicate_stems(y)
    shared = len(px & py)
    return shared >= PREDICATE_WORDS and shared * 2 >= min(len(px), len(py))


def _predicate_stems(m: Mention) -> frozenset[str]:
    """The content stems of the lower-case words after a figure in its sentence, its noun
    aside (what the count did, whoever it lists by name)."""
    text = m.article.field_text(m.fact.field)
    _, end = sentence_of(sentence_spans(text), m.fact.start)
    lang = m.article.lang or "id"
    after = [w for w in words(text[m.fact.end : end], lang, m.fact.end) if text[w.start].islower()]
    return frozenset(content_stems(after, lang) - {folded(m.fact.label or "")})


# Stems two sole counts' passages (the sentence before and their own) must share.
PASSAGE_WORDS = 5


def sole_counts_one_passage(x: Mention, y: Mention) -> bool:
    """Whether two figures are each their text's only count of one specific noun, told at
    the same point of one story in two outlets' own words (after "Kepala dinas ... menyebut
    kadar ... mencapai ...", one writes "sudah dijual di 12 kabupaten", the other "telah
    dikirim ke 10 kabupaten"): texts sharing a sentence, the passages (the sentence before
    and the figure's own) sharing several content words. Where the story moves on between
    two counts ("tiga sekolah" poisoned, "sembilan sekolah" served by the kitchen), the
    passages around them differ and the figures stay two."""
    a, b = x.fact, y.fact
    if not (x.noun_alone and y.noun_alone) or a.attrs.get("unit") or b.attrs.get("unit"):
        return False
    if a.attrs.get("vague") or b.attrs.get("vague") or x.quoted or y.quoted:
        return False
    if not a.label or folded(a.label) != folded(b.label or "") or x.event != y.event:
        return False
    if y.article.id not in x.related or x.article.lang != y.article.lang:
        return False
    if not (specific(x) and specific(y)) or not one_order(a, b):
        return False
    px, py = _predicate_stems(x), _predicate_stems(y)
    if px and py and not px & py:
        return False  # "Empat hakim menyatakan ..." / "Tiga hakim membacakan ...": two groups
    if _sentence_days(x) != _sentence_days(y):
        return False  # "Hingga Senin, 18 layanan" / "Hingga Selasa ... 27 layanan": progress
    noun = folded(a.label)
    return len((_passage_stems(x) & _passage_stems(y)) - {noun}) >= PASSAGE_WORDS


def _sentence_days(m: Mention) -> frozenset[str]:
    """The days its sentence dates a figure by, as dates or weekday names ("Hingga Senin"):
    a count on a later day is progress."""
    text = m.article.field_text(m.fact.field)
    start, end = sentence_of(sentence_spans(text), m.fact.start)
    lang = m.article.lang or "id"
    names = lang_data(lang, "weekdays")
    named = {str(names[w.key]) for w in words(text[start:end], lang, start) if w.key in names}
    dated = {str(f.value) for f in sentence_facts(m) if f.kind == "date" and f.label == "day"}
    return frozenset(named | dated)


def _passage_stems(m: Mention) -> frozenset[str]:
    """The content stems of a figure's sentence and the sentence before it."""
    text = m.article.field_text(m.fact.field)
    spans = sentence_spans(text)
    start, end = sentence_of(spans, m.fact.start)
    before = [s for s, e in spans if e <= start]
    lo = before[-1] if before else start
    lang = m.article.lang or "id"
    return frozenset(content_stems(words(text[lo:end], lang, lo), lang))
