"""How two mentions relate: agree, conflict or neither, for numbers (the many tests a pair of
figures goes through), dates and quotes; and the cheap tests that rule a pair out first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache, partial

from kroscek.align import Alignment
from kroscek.align.words import content_stems, words
from kroscek.compare.findings._common import aligned, context_similarity, folded
from kroscek.compare.findings.aged import own_account_names
from kroscek.compare.findings.claims.cross_language import (
    arrested_suspects,
    cross_language_relation,
    exact_in_headlines,
    measured_alike,
    one_length,
)
from kroscek.compare.findings.claims.dates import (
    across_time_zones,
    date_prefix,
    dated_alike,
    next_step_words,
    one_act_one_day,
    one_act_two_languages,
    same_act,
    since_coarse_date,
    start_and_deadline,
    swapped_sole_years,
    years_of_one_act,
    years_of_two_acts,
)
from kroscek.compare.findings.claims.mentions import (
    AGREE_CONTEXT,
    CONFLICT_CONTEXT,
    EVENT_CONTEXT,
    LARGE_FIGURE,
    LOWER,
    SAME_WORDS_CONTEXT,
    ClaimKind,
    Mention,
    currency,
    is_small,
    languages_differ,
    values_compatible,
)
from kroscek.compare.findings.claims.nouns import (
    different_times,
    event_classes,
    hedged_same_figure,
    same_duration,
    same_figure,
    same_quantity,
    specific,
    times_counters,
    times_of,
)
from kroscek.compare.findings.claims.parts import (
    one_running_total,
    outgrows_whole,
    part_of_opened_whole,
    scaled_sole_counts,
    sole_parts,
)
from kroscek.compare.findings.claims.quotes import (
    UNNAMED_LOAN_PREFIX,
    quotes_alike,
    translated_quote,
)
from kroscek.compare.findings.claims.revisions import (
    both_revise,
    figure_in,
    old_value,
    only_of_event,
    revised_alone,
    revises_other,
)
from kroscek.compare.findings.claims.slips import (
    converted_alike,
    digit_slip,
    far_apart,
    one_order,
    slipped_beside_agreed,
    slipped_bounds,
    slipped_sums,
    zero_moved,
)
from kroscek.compare.findings.claims.stories import (
    anchored,
    hedged_crowds,
    hedged_crowds_alike,
    one_group_named_apart,
    sole_counts_one_passage,
    sole_counts_one_predicate,
    sole_figures,
    story_counts_swapped,
    story_figures_swapped,
)
from kroscek.compare.findings.claims.tolls import (
    cases_relation,
    counted_subjects_relation,
    counts_others,
    generic_names_specific,
    headline_tolls,
    only_of_outcome,
    rest,
    rest_of_another_outcome,
    same_event_class,
    sole_outcome,
    sole_people,
    sole_toll_of_a_group,
    vague_crowd,
)
from kroscek.compare.findings.measured import DESCRIBED_UNITS, described_alike
from kroscek.compare.findings.money_roles import roles_differ
from kroscek.compare.findings.partitive import named_part
from kroscek.compare.findings.shares import shares_apart
from kroscek.compare.findings.statements import same_unnamed_speaker
from kroscek.compare.findings.translated import one_quote_translated
from kroscek.data import Article


def pair_relation(
    kind: ClaimKind, x: Mention, y: Mention, is_aligned: Callable[[], bool]
) -> str | None:
    """ "agree", "conflict" or None for two mentions in different articles."""
    a, b = x.fact, y.fact
    ctx = context_similarity(x.context, y.context)
    if kind == "quote":
        if languages_differ(x, y):
            if translated_quote(str(a.value), str(b.value)):
                return "agree"
            if one_quote_translated(x.article, a, y.article, b):
                return "agree"  # one quote glossed closely (translated), one speaker
            # "..., the central bank said" / "..., kata bank sentral": one unnamed speaker
            translated = translated_quote(
                str(a.value), str(b.value), loans=1, size=UNNAMED_LOAN_PREFIX
            )
            same = translated and same_unnamed_speaker(x.article, a, y.article, b)
            return "agree" if same else None
        return "agree" if quotes_alike(a, b) else None
    if kind == "number":
        return _number_relation(x, y, ctx, is_aligned)
    prefixes = date_prefix(a, b)
    if prefixes is None:
        return None
    if prefixes[0] == prefixes[1]:
        if "year" in (a.label, b.label) and a.label != b.label:
            # a bare year ("pertengahan 2027") holds every day of it: agreeing with "1 Januari
            # 2027" says nothing, and would join that date to another text's "1 Februari 2027"
            return None
        if since_coarse_date(x, y) or (a.label == "year" and years_of_two_acts(x, y)):
            return None  # "sejak awal September"; "divonis ... 2017" / "membunuh ... 2017"
        # a weekday read against a dateline's day ("Georgia declared Wednesday a day of
        # mourning") agrees with another text's day in context only, unless both open their
        # stories (the lead dates the event)
        guessed_day = bool(
            {"dateline", "set"} & {a.attrs.get("anchor"), b.attrs.get("anchor")}
        ) and not (x.lead and y.lead)
        exact_day = a.label == b.label == "day" and not guessed_day
        if exact_day or ctx >= AGREE_CONTEXT or is_aligned():
            return "agree"
        return "agree" if languages_differ(x, y) and dated_alike(x, y) else None
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
        and (ctx > 0 or same_act(x, y) or one_act_one_day(x, y) or one_act_two_languages(x, y))
    )
    # each text's one scheduled next day, told in sentences sharing the step's words
    # ("Rekapitulasi suara ... oleh KPU dijadwalkan pada Senin" / "KPU ... akan menggelar
    # rapat pleno rekapitulasi pada Selasa")
    upcoming = x.upcoming and y.upcoming and next_step_words(x, y)
    if a.label == "year" and swapped_sole_years(x, y):
        return "conflict"  # "dibangun pada 1987" / "berdiri sejak 1978": one year miscopied
    if a.label == "year" and years_of_one_act(x, y):
        return "conflict"  # "HGU yang diterbitkan pada 2009" / "HGU ... terbit pada 2019"
    if not (leads or upcoming or ctx >= CONFLICT_CONTEXT or is_aligned()):
        return None
    if across_time_zones(x, y):
        return None  # "on Monday evening" in Florida / "Selasa ... pagi WIB": one moment
    return None if start_and_deadline(x, y) else "conflict"


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


def hides_lead_conflict(
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
    return pair_relation("date", own, y, same_sentences) == "conflict"


def cross_pairs(owners: Sequence[str]) -> Iterator[tuple[int, int]]:
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


def toll_words_of(m: Mention) -> tuple[bool, bool]:
    """Of a number mention: whether its counted noun has a class of ``same_event_classes``
    and whether it counts times ("kali"), read once per mention for the pair test below."""
    lang = m.article.lang or "id"
    label = folded(m.fact.label or "")
    return label in event_classes(lang), label in times_counters(lang)


def unrelated_figures(
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
    if cases_relation(x, y) is not None:
        return False  # "1.245 kasus" / "Lebih dari 1.200 warga ... terjangkit"
    return not same_quantity(a, b) and not same_duration(a, b) and not one_length(x, y)


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


def _number_relation(
    x: Mention, y: Mention, ctx: float, is_aligned: Callable[[], bool]
) -> str | None:
    a, b = x.fact, y.fact
    if a.value == b.value and old_value(x) != old_value(y) and both_revise(x, y):
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
    if a.value != b.value and one_running_total(x, y):
        return None  # "Since the truce ..., more than 340 killed" / "killed nine people"
    if a.value != b.value and (outgrows_whole(x, b) or outgrows_whole(y, a)):
        return None  # "enam orang ... terdiri atas ... dua anak-anak" / "41 anak-anak"
    if a.value != b.value and part_of_opened_whole(x) != part_of_opened_whole(y):
        # "dari 199 jemaah yang wafat, 162 orang meninggal di Makkah" / "156 jemaah": a part
        # against a whole (two parts of one whole, "Of 18 economists polled, 15" / "Dari 18
        # ekonom ..., 13 orang", are one quantity)
        return None
    cases = cases_relation(x, y)
    if cases is not None:
        return cases or None
    same_event = x.event is not None and x.event == y.event
    # "dua pria" arrested / "Dua tersangka": the people arrested are the suspects
    if a.value == b.value and x.noun_alone and y.noun_alone and arrested_suspects(x, y):
        return "agree"
    unit = str(a.attrs.get("unit") or "")
    if (
        a.value != b.value
        and unit in DESCRIBED_UNITS
        and not values_compatible(a, b)
        and described_alike(x.article, a, y.article, b)
    ):
        # "a 42-year-old fisherman" / "a 24-year-old fisherman", "the crocodile, estimated at
        # 4.5 metres" / "a five-metre crocodile": one noun's age or size told two ways, however
        # many other ages or lengths either story gives ("about 5 metres" fits 4.5: no dispute)
        return "conflict"
    if (
        a.value != b.value
        and unit in _DURATIONS
        and own_account_names(x.article, a) != own_account_names(y.article, b)
    ):
        # "sebagian besar buruh sudah bekerja lebih dari 15 tahun" / "Suminah (47) mengaku
        # sudah bekerja selama 22 tahun": the group's span and one person's own, two facts
        return None
    subject = counted_subjects_relation(x, y)
    if subject is not None:
        return subject
    if x.quoted or y.quoted:
        # a speaker's sum against a text's: the same sum, or the same digits swapped
        if unit != str(b.attrs.get("unit") or ""):
            return None
        if languages_differ(x, y):
            return "conflict" if _quoted_sole(x, y, ctx) else None
        if a.value == b.value:
            # (or each text's one count of one specific noun: "lima orang sebagai
            # tersangka," kata X / "Lima tersangka itu adalah ...", one group told twice)
            alike = ctx >= AGREE_CONTEXT or is_aligned()
            return "agree" if alike or (x.event == y.event and _one_group(x, y)) else None
        if digit_slip(a, b) and ctx >= EVENT_CONTEXT:
            return "conflict"
        return "conflict" if _quoted_sole(x, y, ctx) else None
    if unit and currency(unit) and unit == b.attrs.get("unit") and far_apart(a, b):
        # a loss in billions and a fare in thousands are not one sum; a conversion of one
        # agreed sum with a digit dropped is
        return "conflict" if converted_alike(x, y) else None
    if (
        unit
        and currency(unit)
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
        if apart is False and y.article.id in x.related and not languages_differ(x, y):
            return "agree" if a.value == b.value else "conflict"
    if languages_differ(x, y):
        return cross_language_relation(x, y, same_event)
    if different_times(x, y):
        return None
    # "23 penumpang tewas" / "32 orang tewas" / "14 di antaranya meninggal": one death toll
    named_by_subject = generic_names_specific(x, y)
    one_toll = same_event_class(x, y) or headline_tolls(x, y) or named_by_subject or times_of(x, y)
    # "146 pengungsi" / "bertambah menjadi 152 orang. Sebelumnya, ... 146 pengungsi tiba"
    one_toll = one_toll or (a.value != b.value and revises_other(x, y))
    # "tiga anak meninggal dunia" / "bertambah menjadi empat orang": each text's only count
    # of the outcome, one naming a group found among the dead, is the whole toll
    one_toll = one_toll or sole_toll_of_a_group(x, y)
    if not one_toll and not same_quantity(a, b):
        # the same figure is one claim even when the nouns were read differently, if the
        # sentences were aligned ("nomor urut dua unggul" / "nomor urut dua meraih") or the
        # figure counts the same event in similar words ("8 penumpang" / "8 orang" tewas)
        if same_duration(a, b) and (ctx > 0 or is_aligned()):
            return "agree"  # "a two-day strike" / "a 48-hour strike"
        if one_length(x, y) and (ctx > 0 or is_aligned()):
            return "agree"  # "sekitar 65 mil laut" / "sekitar 120 kilometer"
        same_unit = (a.attrs.get("unit") or "") == (b.attrs.get("unit") or "")
        # both headlines' figures, compatible ("Tembus 1.245" / "Lebih dari 1.200 Warga"),
        # unless each names its own noun of another kind ("Tujuh Warga Tewas" / "Sembilan
        # Tersangka Ditangkap" count two things)
        named_apart = bool(a.label and b.label) and not same_event_class(x, y)
        if same_unit and a.value != b.value and x.headline and y.headline and not named_apart:
            return "compatible" if values_compatible(a, b) else None
        if story_counts_swapped(x, y):
            return "conflict"  # "182 pekerja migran" / "128 pendatang": one group miscopied
        if hedged_crowds(x, y) or hedged_crowds_alike(x, y, ctx):
            # "Sekitar 500 nelayan ... berunjuk rasa" / "Sekitar 300 orang massa"
            return "conflict"
        if not same_unit or a.value != b.value:
            # "sekitar 200 orang" / "Ratusan warga": one crowd, once in a vague word
            return "compatible" if vague_crowd(x, y) else None
        joined = (
            is_aligned()
            or (same_event and (ctx >= AGREE_CONTEXT or (x.headline and y.headline)))
            or one_group_named_apart(x, y)
        )
        return "agree" if joined else None
    # different events count different things, unless it is visibly the same figure in the
    # same words (an extractor's event guess can differ for one sentence)
    same_words = same_figure(a, b) and (
        abs(float(a.value)) >= LARGE_FIGURE or ctx >= SAME_WORDS_CONTEXT or is_aligned()
    )
    if x.event and y.event and not same_event and not same_words:
        return None
    if not values_compatible(a, b) or slipped_bounds(a, b) or slipped_sums(x, y):
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
            or sole_people(x, y, ctx)
            # (in two texts sharing a sentence: one story)
            or (one_toll and y.article.id in x.related and sole_outcome(x) and sole_outcome(y))
            # each text's only count of one noun with one outcome ("lima narapidana sudah
            # ditangkap kembali" / "tujuh napi ... diamankan kembali"), whatever else it counts
            or (same_event and only_of_outcome(x) and only_of_outcome(y))
            or headlines
            or leads
            or ctx >= CONFLICT_CONTEXT
            or is_aligned()
            or sole_figures(x, y, ctx)
            or anchored(x, y, ctx)
            or _named_by_one_term(x, y)
            or slipped_beside_agreed(x, y)
            or measured_alike(x, y)
            or revises_other(x, y)
            or revised_alone(x, y)
            or sole_parts(x, y)
            or scaled_sole_counts(x, y)
            or sole_counts_one_predicate(x, y)
            or sole_counts_one_passage(x, y)
        )
        if not (related and ((a.label and b.label) or one_toll)):
            return None
        # "bersama tiga tersangka lain": three besides someone named, no total to dispute;
        # but two counts of "the others" of one outcome ("Satu korban lainnya mengalami luka
        # tembak" / "dua lainnya luka-luka", each beside the dead) count the same rest
        others_x = counts_others(x.article, a) and not rest_of_another_outcome(x)
        others_y = counts_others(y.article, b) and not rest_of_another_outcome(y)
        if same_event and (others_x or others_y) and rest(x) and rest(y):
            return "conflict"
        if same_event and (others_x or others_y) and revises_other(x, y):
            return "conflict"  # "12 orang lainnya luka-luka" / "... bertambah menjadi 15 orang"
        return None if others_x or others_y else "conflict"
    quals = (a.attrs.get("qualifier"), b.attrs.get("qualifier"))
    # "more than 80" / "some 86": a lower bound and a round figure above it are compatible
    # too ("hingga empat jam" / "sekitar dua jam" say two different things)
    if a.value != b.value and ("about" not in quals or any(q in LOWER for q in quals)):
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
        if unit and currency(unit) and not one_order(a, b):
            # "tebusan hingga Rp 50 juta" / "bayaran Rp 5 juta": a cap ten times a sum says
            # nothing of it; two sums of two things
            return None
        # each article's only count of that noun ("30.000 penonton" / "32.000 penonton")
        alone = x.noun_alone and y.noun_alone and bool(a.label and b.label)
        # a bound and a figure ten times apart with the same digits ("sedikitnya 1.200
        # hektare" / "12.000 hektare"), each its text's only count of the noun or both
        # headlines' figure: both could be true, but one outlet slipped a zero
        if (alone or (x.headline and y.headline)) and zero_moved(a, b):
            return "conflict"
        # the same digits swapped under a bound ("at least 23 workers" killed / "Thirty-two
        # workers" killed): both could be true, but one outlet miscopied the toll
        if (alone or (x.headline and y.headline) or (same_event and related)) and digit_slip(a, b):
            return "conflict"
        # or each text's story figure of one noun, in its headline or first sentence
        # ("Sedikitnya 350 kios" in a's headline and body / "Sebanyak 530 kios" opening b)
        if story_figures_swapped(x, y):
            return "conflict"
        # each headline's toll as an exact figure of one event ("Heatwave kills 11" / "17
        # dead"), each body a bound under it ("At least 11" / "At least 17"): two tolls
        if one_toll and same_event and exact_in_headlines(x, y):
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
        if vague_beside_counts(x, y) or vague_beside_counts(y, x):
            return None
        named = one_toll or (a.label and b.label)
        return "compatible" if (related or alone) and named else None
    if not (a.label and b.label) and not a.attrs.get("unit"):
        # no counted noun on one side: only the very same figure in the same context
        same = a.value == b.value and (ctx >= AGREE_CONTEXT or is_aligned())
        return "agree" if same else None
    if a.value != b.value and (figure_in(x, y.article) or figure_in(y, x.article)):
        # "diperkirakan mencapai 2,9 persen" / "2,8 persen ... 2,9 persen": the other text
        # gives this very figure elsewhere, so a hedge stretched over the two is no agreement
        return None
    if (same_figure(a, b) and not is_small(a)) or ctx >= AGREE_CONTEXT or is_aligned():
        return "agree"
    if hedged_same_figure(a, b):
        return "agree"  # "sekitar tiga ribu buruh" / "3.000 buruh": one figure, one hedged
    if one_toll and same_figure(a, b) and only_of_event(x) and only_of_event(y):
        return "agree"  # "lima orang lainnya luka-luka" / "Lima korban luka dirawat"
    if one_toll and _bound_at_its_figure(x, y):
        return "agree"  # "At least 17 people were killed" / "Seventeen people died"
    if one_toll and a.value == b.value and x.opening and y.opening:
        return "agree"  # each lead's toll: "At least 12 people were killed" / "Twelve people died"
    # each text's only count of one specific noun, the same figure ("Empat awak kapal
    # ditangkap" / "Empat anak buah kapal (ABK) diamankan"): one group, whatever outcome
    # one sentence left unread (a small figure hedged in one text only, "Sekitar 20
    # kapal" / "Ada 20 kapal", may be another count)
    if a.value == b.value and not (x.event and y.event and not same_event) and _one_group(x, y):
        return "agree"
    return None


def _one_group(x: Mention, y: Mention) -> bool:
    """Whether two texts each give one specific noun one count only, the same figure with
    the same qualifier ("Empat awak kapal" / "Empat anak buah kapal"): one group."""
    a, b = x.fact, y.fact
    return (
        a.value == b.value
        and a.attrs.get("qualifier") == b.attrs.get("qualifier")
        and x.noun_alone
        and y.noun_alone
        and folded(a.label or "") == folded(b.label or "")
        and specific(x)
        and specific(y)
    )


_DURATIONS = frozenset({"year", "month", "week", "day", "hour", "minute", "second"})


def _other_counts(m: Mention) -> bool:
    """Whether ``m``'s text gives another exact figure of ``m``'s counted noun."""
    label = folded(m.fact.label or "")
    return any(
        f is not m.fact
        and f.field == "text"
        and not f.attrs.get("vague")
        and f.value != m.fact.value
        and folded(f.label or "") == label
        for f in m.article.facts
        if f.kind == "number"
    )


def vague_beside_counts(vague: Mention, exact: Mention) -> bool:
    """Whether a vague count ("Ratusan buruh" at the gate) stands beside an exact count of
    its noun in its own text (the 2.500 laid off), and the exact figure it would fit is one
    of several counts of the noun in the other ("600 pekerja" more among 3.100): a crowd
    and one of several counted groups, not one quantity told loosely."""
    if not vague.fact.attrs.get("vague") or exact.fact.attrs.get("vague"):
        return False
    if not vague.fact.label or not exact.fact.label:
        return False
    return _other_counts(vague) and _other_counts(exact)


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
    if currency(str(a.attrs.get("unit") or "")):
        return False  # sums have rules of their own (``sole_figures``, ``miscopied``)
    if (x.event or y.event) and x.event != y.event:
        return False
    if not same_quantity(a, b, x.article.lang, y.article.lang) or far_apart(a, b):
        return False
    if digit_slip(a, b):
        return True
    return not languages_differ(x, y) and ctx >= EVENT_CONTEXT and not values_compatible(a, b)


def _named_by_one_term(x: Mention, y: Mention) -> bool:
    """Two measures of one unit (no sums), each alone of its unit in its sentence, next to a
    word each text writes there only ("margin of error hitung cepat tersebut sebesar 1 persen" /
    "dengan margin of error 1,5 persen"): one quantity, named by that word."""
    unit = str(x.fact.attrs.get("unit") or "")
    if not unit or unit != y.fact.attrs.get("unit") or not (x.rare & y.rare):
        return False
    if currency(unit) or unit in _DURATIONS:
        # sums have rules of their own ("mencapai Rp 3 miliar" names no sum); durations
        # count too many things ("dikerjakan kontraktor selama dua tahun" / "kontraktor
        # menjamin pemeliharaan selama lima tahun")
        return False
    if far_apart(x.fact, y.fact):
        return False
    return not any(u == unit for u, _ in x.companions) and not any(
        u == unit for u, _ in y.companions
    )


def _bound_at_its_figure(x: Mention, y: Mention) -> bool:
    """Whether one text's lower bound of a toll and another's exact count are the same
    figure of one outcome ("At least 17 people were killed" / "Seventeen people died on
    Sunday night"), ten or more, in texts sharing a sentence: the count the bound was
    written at, not a second figure. A bound under another figure is only compatible."""
    a, b = x.fact, y.fact
    if a.value != b.value or is_small(a) or y.article.id not in x.related:
        return False
    return {a.attrs.get("qualifier"), b.attrs.get("qualifier")} == {"at_least", "exact"}
