"""Revised figures: a count raised or updated ("bertambah menjadi", "rose to"), figures a later
one supersedes, the old value beside a new one, those still being treated, and bounds a later
count revises.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kroscek.compare.findings._common import body_facts, folded, lexicon_lang, per_object
from kroscek.compare.findings.claims.mentions import (
    BOUNDS,
    GENERIC_COUNT,
    LOWER,
    UPPER,
    Claim,
    Mention,
    currency,
    in_quote,
    usable,
)
from kroscek.compare.findings.claims.nouns import noun_classes, noun_key, same_quantity, specific
from kroscek.compare.findings.claims.tolls import (
    outcomes_in,
    same_event_class,
    sheltered_events,
)
from kroscek.data import Article, Fact
from kroscek.extract.numbers import PART_OF_TOTAL
from kroscek.extract.sentences import sentence_of, sentence_spans
from kroscek.text.lang import lang_data

# Characters after a figure searched for words saying how many are still being treated.
REMAINING_CHARS = 40


def still_treated(article: Article, fact: Fact) -> bool:
    """Whether a count is of those still in care ("27 siswa masih dirawat"): ``left_in_care``."""
    return left_in_care(article, fact)


def left_in_care(article: Article, fact: Fact) -> bool:
    """Whether a count says how many are still being treated ("12 jemaah masih dirawat",
    "12 remain in hospital"; ``remaining_cues`` of noun_classes.json): those left later,
    not the injured of the event."""
    text = article.field_text(fact.field)
    return _remaining_after(article.lang or "id", text[fact.end : fact.end + REMAINING_CHARS])


@lru_cache(maxsize=4096)
def _remaining_after(lang: str, after: str) -> bool:
    """``left_in_care`` on the characters after a figure. Memoised: every pair of number
    mentions asks it of both, so a figure's answer is otherwise recomputed once per other
    figure (the findings stage's hottest call)."""
    folded_after = folded(after)
    return any(p.match(folded_after) for p in _remaining_patterns(lang))


@lru_cache(maxsize=4)
def _remaining_patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    """One compiled pattern per ``remaining_cues`` entry, built once per language."""
    cues = noun_classes(lang).get("remaining_cues", [])
    return tuple(re.compile(rf"(?:\S+\s+)?{re.escape(folded(c))}\b") for c in cues)


# The figure a revision starts from, just before it: "to 4.7% from 5.1%", "menjadi 4,7
# persen dari sebelumnya 5,1 persen", "turun dari proyeksi sebelumnya 5,2 persen".
_FROM_VALUE_RE = re.compile(
    r"\b(?:from|dari)\b[^\d.;:!?\n]{0,30}$",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)
def _from_value_at(text: str, start: int) -> bool:
    return bool(_FROM_VALUE_RE.search(text, max(0, start - 40), start))


def old_value(m: Mention) -> bool:
    """Whether a figure is the starting point of a revision its sentence tells (a figure of
    its unit beside it): the old forecast, not the one a source holds now."""
    f = m.fact
    if not _from_value_at(m.article.field_text(f.field), f.start):
        return False
    unit = str(f.attrs.get("unit") or folded(f.label or ""))
    return any(u == unit and v != f.value for u, v in m.companions)


def both_revise(x: Mention, y: Mention) -> bool:
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


def only_of_event(m: Mention) -> bool:
    """Whether a figure is its article's only count of its outcome (the injured, the dead),
    leaving out its repeat inside a quote ("menangkap sembilan orang" and the spokesman's
    "Dari sembilan orang yang diamankan") and a part its sentence adds up into the total
    ("delapan orang lainnya ... sehingga totalnya sembilan orang"): two such counts of one
    toll are the same report, however small."""
    if m.event is None:
        return False
    parts = superseded_figures(m.article)
    events = sheltered_events(m.article)
    counts = [
        f
        for f in m.article.facts
        if f.kind == "number"
        and f.field == "text"
        and events[id(f)] == m.event
        and id(f) not in parts
    ]
    if len(counts) > 1:
        counts = [f for f in counts if f.value != m.fact.value or not in_quote(m.article, f)]
    return len(counts) == 1


def outdated_quotes(article: Article) -> frozenset[int]:
    """The ids of counts a text quotes a speaker giving, beside its own figure of that noun
    outside any quote ("Kasus kini tersebar di delapan kecamatan." ... "Kasus tersebar di
    enam kecamatan," kata X saat penetapan KLB pada Senin lalu): the quote is what was said
    then, the text's figure is the unquoted one. Only a text's sole unquoted figure of the
    noun outdates its quoted ones; sums of money are left to their own rules. Found once per
    article and report."""

    def ids() -> frozenset[int]:
        quotes = [q for q in article.facts if q.kind == "quote"]
        if not quotes:
            return frozenset()
        facts = [
            f
            for f in body_facts(article, "number")
            if usable(f) and f.label and not currency(str(f.attrs.get("unit") or ""))
        ]
        quoted = [f for f in facts if in_quote(article, f, quotes)]
        if not quoted:
            return frozenset()
        told: dict[tuple[str, str], list[Fact]] = {}
        for f in facts:
            if f not in quoted:
                told.setdefault(_noun_unit(f), []).append(f)
        return frozenset(
            id(f)
            for f in quoted
            if len(own := told.get(_noun_unit(f), [])) == 1 and own[0].value != f.value
        )

    return per_object("outdated-quotes", ids, article)


def _noun_unit(f: Fact) -> tuple[str, str]:
    return folded(f.label or ""), str(f.attrs.get("unit") or "")


def figure_in(m: Mention, article: Article) -> bool:
    """Whether ``article`` states the same figure of the same noun as mention ``m``. A bound
    ("enam tahun lebih", "more than 6") does not state the exact figure it bounds, nor a
    count of another outcome ("Tujuh lainnya masih buron") one of "tujuh napi ...
    diamankan kembali"."""
    mine = m.fact.attrs.get("qualifier")
    event = m.fact.attrs.get("event")
    # a count the text says its revision replaced ("Sebelumnya, polisi mencatat 12 orang") is
    # not its figure: its update sets the other source's 12 against its own 15
    gone = superseded_figures(article) if m.fact.kind == "number" else frozenset()
    # (so is a speaker's earlier figure it quotes beside its own: "kini ... delapan
    # kecamatan" after the quoted "enam kecamatan"); both sets are tested apart, not joined
    # anew for every call
    quoted = outdated_quotes(article) if m.fact.kind == "number" else frozenset()
    # a revision's old figure ("dari proyeksi sebelumnya 5,2 persen") is not stated by a
    # text giving that figure as the one it holds now ("masih menargetkan 5,2 persen")
    old = m.fact.kind == "number" and old_value(m)
    return any(
        f.kind == m.fact.kind
        and id(f) not in gone
        and id(f) not in quoted
        and (not old or _from_value_at(article.field_text(f.field), f.start))
        and f.field == "text"
        and f.value == m.fact.value
        and folded(f.label or "") == folded(m.fact.label or "")
        and (f.attrs.get("qualifier") not in BOUNDS or f.attrs.get("qualifier") == mine)
        and not (event and f.attrs.get("event") and f.attrs.get("event") != event)
        for f in article.facts
    )


@lru_cache(maxsize=32)
def number_words(lang: str, key: str) -> tuple[str, ...]:
    """A word list of ``lang/<lang>/numbers.json``, folded: "superseded_openers",
    "tally_verbs", "denial_cues", "breakdown_cues", "cumulative_cues"."""
    return tuple(folded(c) for c in lang_data(lexicon_lang(lang), "numbers").get(key, []))


def tally_verbs(lang: str) -> frozenset[str]:
    """Verbs giving a count as a tally someone took ("mencatat", "recorded"), folded."""
    return frozenset(number_words(lang, "tally_verbs"))


@lru_cache(maxsize=4)
def count_revisions(lang: str) -> tuple[str, ...]:
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
    for cue in count_revisions(article.lang or "id"):
        if before.endswith(cue):
            return cue.strip()
    if f.attrs.get("revised"):
        # the cue's last word nearest before it in its sentence ("menjadi 62 orang dan
        # anak-anak 43 orang"): the extractor marks a revised total only after such a word
        ends = {cue.split()[-1] for cue in count_revisions(article.lang or "id")}
        start, _ = sentence_of(sentence_spans(text), f.start)
        words = folded(text[start : f.start]).split()
        return next((w for w in reversed(words) if w in ends), words[-1] if words else None)
    return _addition_total(article, f)


def revised_outcome(article: Article, f: Fact) -> str | None:
    """The outcome a revised count with no noun tallies, named in its subject ("The number
    of people killed ... rose to 23", "Jumlah korban tewas bertambah menjadi 23"): the
    number reader leaves such a figure bare, and it is the story's toll, updated."""
    if f.label or f.attrs.get("unit") or f.attrs.get("event") or f.field != "text":
        return None
    if revised_count(article, f) is None:
        return None
    start, _ = sentence_of(sentence_spans(article.field_text(f.field)), f.start)
    found = outcomes_in(article, f.field, start, f.start)
    return next((e for _, e in reversed(found) if e), None)


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
    return any(cue in body for cue in count_revisions(lang))


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
    return tuple(f for f in earlier_tallies(article) if not f.attrs.get("unit"))


def earlier_tallies(article: Article) -> tuple[Fact, ...]:
    """The earlier tallies a revision of the same text replaced, counts as well as measures
    of a unit a tally grows in ("bertambah menjadi 2.910 hektare. Sehari sebelumnya
    kementerian mencatat 2.340 hektare"): the figure another outlet still gives, a later
    count to set against it. Only the counts (``superseded_counts``) leave the claims: a
    measure stays the text's own earlier figure, agreeing with the outlets that give it."""
    return per_object("earlier-tallies", lambda: _earlier_tallies(article), article)


def _earlier_tallies(article: Article) -> tuple[Fact, ...]:
    lang = article.lang or "id"
    if not _revision_cue_in(article.text, lang):
        return ()
    numbers = [f for f in body_facts(article, "number") if usable(f) and _tally_unit(f)]
    revised = [f for f in numbers if revised_count(article, f) is not None]
    if not revised:
        return ()
    openers = number_words(lang, "superseded_openers")
    tallies = number_words(lang, "tally_verbs")
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


def revises_other(x: Mention, y: Mention) -> bool:
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
            for f in earlier_tallies(t.article)
        ):
            return True
    return False


def revised_alone(x: Mention, y: Mention) -> bool:
    """Whether one text gives its only count of one specific noun as the total after an
    addition ("Dengan tambahan ini, jumlah perempuan ... tercatat 17 orang") and the other
    text its only count of that noun ("11 perempuan"): the figure the addition raised, a
    later count to show. A noun naming anyone ("orang") may count two groups; a count that
    only grew by a later day ("Hingga Selasa, ... bertambah menjadi 44 layanan" against
    "Hingga Senin, baru 30 layanan") is progress each day measured, not one count revised."""
    a, b = x.fact, y.fact
    if not (x.noun_alone and y.noun_alone and a.label and b.label):
        return False
    if folded(a.label) != folded(b.label) or not (specific(x) and specific(y)):
        return False
    return any(
        f.attrs.get("revised") or _addition_total(m.article, f) is not None
        for m, f in ((x, a), (y, b))
    )


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
    cues = number_words(x.article.lang or "id", "denial_cues")
    return x.fact if any(f" {cue} {noun}" in after for cue in cues) else None


def later_count_over_own(c1: Claim, c2: Claim) -> bool:
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
            and _tally_unit(m.fact)
            and all(float(m.fact.value) > float(o.fact.value) for o in old.mentions)
            for m in new.mentions
        ):
            return True
    return False


def _tally_unit(f: Fact) -> bool:
    """Whether a figure's unit, if any, is one a tally grows in ("bertambah menjadi 2.910
    hektare" updates the area burnt): not money or a share, which "naik menjadi" changes
    rather than recounts ("tarif naik menjadi Rp 4.000")."""
    unit = str(f.attrs.get("unit") or "")
    return not unit or not (currency(unit) or unit in _CHANGED_UNITS)


# Units a figure changes in rather than being recounted in.
_CHANGED_UNITS = frozenset({"percent", "fraction", "age"})


def may_bound(m: Mention) -> bool:
    """A lower bound of an event with no unit ("sedikitnya 13 tewas"): the bound side of
    ``revises_bound`` (the pair loop asks this once per mention, not once per pair)."""
    f = m.fact
    return f.attrs.get("qualifier") in LOWER and not f.attrs.get("unit") and m.event is not None


def may_revise(m: Mention) -> bool:
    """A count with no unit and no bound: the revised side of ``revises_bound``."""
    f = m.fact
    return f.attrs.get("qualifier") not in LOWER | UPPER and not f.attrs.get("unit")


def revises_bound(bound: Mention, count: Mention) -> bool:
    """Whether ``count`` is a higher count of the same event that its source gives as a
    revision ("Korban tewas ... bertambah menjadi 18 orang", "the death toll rose to 18")
    over another outlet's lower bound ("Sedikitnya 13 pekerja tewas"). The bound fits, but
    the second outlet reports a later count than the first, which a reader should see: a
    medium "later count" conflict, as within one text. Counts of one event only (both
    sentences name it), never a unit: "naik menjadi Rp 4.000" revises a price, not a toll."""
    a, b = bound.fact, count.fact
    if not (may_bound(bound) and may_revise(count)):
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
    # (the revising text may give the bound's figure too, as its earlier count: "Seventeen
    # people died at the scene" beside "rose to 23"; the claims then share that text, and
    # grouping keeps the pair only as a later count over its own)
    return one_noun and revised_count(count.article, b) is not None
