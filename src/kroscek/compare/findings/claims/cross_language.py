"""Cross-language pairs: an Indonesian figure and an English one are one claim when their
events, sizes, neighbours, headlines or lists agree; lengths, points and percent, scale words.
"""

from __future__ import annotations

import re

from kroscek.compare.findings._common import folded
from kroscek.compare.findings.claims.mentions import (
    LARGE_FIGURE,
    Mention,
    currency,
    is_small,
    usable,
    values_compatible,
)
from kroscek.compare.findings.claims.nouns import (
    en_to_id,
    noun_key,
    one_listed_noun,
    person_noun,
    same_quantity,
    sole_value,
    specific,
)
from kroscek.compare.findings.claims.quotes import loanword_shared
from kroscek.compare.findings.claims.slips import (
    decimal_moved,
    digit_slip,
    one_order,
    scale_slip,
    scale_slipped_bounds,
    slipped_bounds,
    slipped_sums,
)
from kroscek.compare.findings.claims.stories import CROSS_LEAD_WORDS, people_twice, sentence_names
from kroscek.compare.findings.claims.tolls import headline_tolls, outcome_written, same_event_class
from kroscek.compare.findings.measured import same_measured, sole_measured
from kroscek.compare.findings.translated import bounds_beside_agreed, exact_in_title, same_nation
from kroscek.data import Fact


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


def cross_language_relation(x: Mention, y: Mention, same_event: bool) -> str | None:
    """An Indonesian and an English article: no shared words to go by, so the same figure of
    the same quantity agrees when it is large, counts the same event or is a measurement
    with decimals in one unit, and different
    figures conflict only as both headlines' figures or counts of the same event."""
    a, b = x.fact, y.fact
    if _points_as_percent(a, b):
        return "agree"  # "adding 0.41 percentage point" / "andil 0,41 persen"
    if one_length(x, y):
        return "agree"  # "about 65 nautical miles" / "sekitar 120 kilometer"
    one_toll = same_event_class(x, y) or headline_tolls(x, y)
    if scale_slip(x, y):
        return "conflict"
    if not one_toll and (
        not same_quantity(a, b, x.article.lang, y.article.lang) or not (a.label and b.label)
    ):
        # one large figure under one bound, its noun unread on one side ("more than 300,000"
        # flee / "300 ribu lebih warga mengungsi"): the same words translated
        # (or one exact uncommon figure, a noun-less "with 658" deaths / "658 orang")
        # (or one figure listed after another's noun: "Japan with 52" / "Jepang 52 emas")
        joined = _same_bounded_figure(x, y) or _same_uncommon_count(x, y) or one_listed_noun(x, y)
        return "agree" if joined else None
    if x.event and y.event and not same_event:
        return None
    if not values_compatible(a, b) or slipped_bounds(a, b) or slipped_sums(x, y):
        if (x.event is None) != (y.event is None):
            # "About 12,000 villagers were evacuated" / "Sekitar 21.000 warga dari 40 desa
            # ... diungsikan": the outcome written past the number reader's reach
            read, unread = (x, y) if x.event else (y, x)
            same_event = outcome_written(unread, str(read.event))
        if (x.event is None) != (y.event is None) and not same_event:
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
            and (one_order(a, b) or decimal_moved(a, b))
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
            and one_order(a, b)
            and {v for _, v in x.companions} & {v for _, v in y.companions}
        ):
            return "conflict"
        if _lead_measures(x, y) or _lead_elapsed(x, y) or _lead_counts(x, y):
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
        if measured_alike(x, y):
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
        if one_toll and exact_in_headlines(x, y):
            return "conflict"
        # "gusts of up to 230 km/h" / "embusan hingga 250 km per jam" beside one agreed
        # "185" in each lead
        if x.opening and y.opening and bounds_beside_agreed(a, x.companions, b, y.companions):
            return "conflict"
        if scale_slipped_bounds(x, y, same_event):
            return "conflict"
        # the same digits swapped under a bound ("at least 24 houses" / "42 rumah"), each
        # its text's only count of the noun or both headlines' figure: both could be true,
        # but a translation miscopied the figure, as ``_number_relation`` holds in one language
        alone = x.noun_alone and y.noun_alone and bool(a.label and b.label)
        if (alone or (x.headline and y.headline)) and digit_slip(a, b) and one_order(a, b):
            return "conflict"
        # each text's only count of one named noun, a bound and a figure inside it ("More
        # than 300 homes" / "312 rumah"): one quantity, both can be true
        if x.noun_alone and y.noun_alone and a.label and b.label and one_order(a, b):
            return "compatible"
        # a rounded price beside the same size ("A 100-gram bar sold for about 131.5 million
        # rupiah" / "emas ukuran 100 gram dibanderol Rp131.512.000"): one sum, told loosely
        if a.attrs.get("unit") and one_order(a, b) and _same_size(x, y):
            return "compatible"
        return None
    if same_event or not is_small(a):
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
    if measured or listed or _hedged_alike(x, y) or _named_alike(x, y):
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
    return "agree" if alone and specific(x) and specific(y) else None


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


def one_length(x: Mention, y: Mention) -> bool:
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


def exact_in_headlines(x: Mention, y: Mention) -> bool:
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


def arrested_suspects(x: Mention, y: Mention) -> bool:
    """Whether one figure counts suspects and the other people of a plain noun arrested
    ("Dua tersangka" / "dua pria ... ditangkap"): one group told two ways (only people are
    arrested; things are seized)."""
    kx, ky = noun_key(x.fact, x.article.lang), noun_key(y.fact, y.article.lang)
    if (kx == SUSPECTS) == (ky == SUSPECTS):
        return False
    other = y if kx == SUSPECTS else x
    return other.event == "arrested"


# The Indonesian label English "nationals" and "foreigners" map to (counted_nouns_id.json).
FOREIGNERS = "wna"


def _same_bounded_figure(x: Mention, y: Mention) -> bool:
    """Whether two figures in two languages are one large figure under one bound, with no
    unit and one side's noun unread ("more than 300,000" / "300 ribu lebih") or the two
    nouns naming people, one of them anyone ("around 4,500 workers" / "sekitar 4.500
    orang"), and no two different outcomes."""
    a, b = x.fact, y.fact
    if a.value != b.value or is_small(a):
        return False
    if a.label and b.label and not people_twice(x, y):
        return False
    if abs(float(a.value)) < LARGE_FIGURE or a.attrs.get("unit") or b.attrs.get("unit"):
        return False
    if x.event and y.event and x.event != y.event:
        return False
    qualifier = a.attrs.get("qualifier")
    return qualifier not in (None, "exact") and qualifier == b.attrs.get("qualifier")


def _named_alike(x: Mention, y: Mention) -> bool:
    """Whether one small count of one counted noun stands in two sentences naming the same
    things ("Indonesia had won seven golds ... at the 2022 Games in Hangzhou" / "Pada Asian
    Games 2022 di Hangzhou, Indonesia meraih tujuh emas"): the sentence translated, its
    figure with it. A small figure alone is shared by chance; with the names, it is not."""
    if not (x.fact.label and y.fact.label) or x.fact.attrs.get("unit"):
        return False
    return len(sentence_names(x) & sentence_names(y)) >= CROSS_LEAD_WORDS


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
    return person_noun(named) and sole_value(x) and sole_value(y)


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


def _lead_counts(x: Mention, y: Mention) -> bool:
    """Two counts of one named noun in the two texts' first sentences, their digits swapped
    ("About 230 pilot whales have stranded ..." / "Sekitar 320 paus pilot terdampar ..."):
    what the story is about, miscopied by the translation, though each text counts the noun
    again further down (those refloated, an earlier stranding)."""
    a, b = x.fact, y.fact
    if not (x.opening and y.opening and a.label and b.label):
        return False
    if a.attrs.get("unit") or b.attrs.get("unit"):
        return False
    return digit_slip(a, b) and one_order(a, b)


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


def measured_alike(x: Mention, y: Mention) -> bool:
    """Whether two figures of one unit (no sums) are each their text's only one, or its only
    one named as that thing, and each named as the same measured thing by the word beside it
    ("a radius of 5 km" / "radius 3 kilometer"): one quantity, in either language (see
    ``findings.measured``)."""
    unit = str(x.fact.attrs.get("unit") or "")
    if not unit or currency(unit) or not same_measured(x.article, x.fact, y.article, y.fact):
        return False
    # a text giving another figure of the unit ("tanggul jebol sepanjang 25 meter" beside
    # "air setinggi 80 sentimeter") still names one height only
    return (x.noun_alone and y.noun_alone) or (
        sole_measured(x.article, x.fact) and sole_measured(y.article, y.fact)
    )


# Weights a price may be told for, in grams: the sizes two sums of money are prices of.
_GRAMS = {"g": 1.0, "kg": 1000.0, "t": 1_000_000.0}


def weights(m: Mention) -> set[float]:
    """The weights (in grams) its sentence gives beside a figure: the size it prices."""
    return {v * _GRAMS[u] for u, v in m.companions if u in _GRAMS}


def _same_size(x: Mention, y: Mention) -> bool:
    """Whether two figures' sentences weigh the same size ("100 gram" / "100-gram")."""
    return bool(weights(x) & weights(y))
