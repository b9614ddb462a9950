"""Dates: how precisely two dates agree, a weekday in an unknown year, a lead date (when the
story happened), one act on one day, a next step or a deadline, and dates of updates.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date

from kroscek.align import Alignment
from kroscek.align.words import stopwords, words
from kroscek.compare.findings._common import body_facts, folded, per_object
from kroscek.compare.findings.claims.mentions import (
    LEAD_MIN_WORDS,
    PRECISION_CHARS,
    Mention,
    usable,
)
from kroscek.compare.findings.claims.revisions import count_revisions
from kroscek.compare.findings.claims.stories import (
    CROSS_LEAD_WORDS,
    quotes_in_sentence,
    sentence_facts,
    sentence_names,
)
from kroscek.data import Article, Fact
from kroscek.extract.sentences import sentence_of, sentence_spans


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


def _year_unwritten(f: Fact) -> bool:
    """Whether a date's year is a reading, not written: guessed, or a month named alone ("in
    March", its year taken from the article's day, though "expected to ... in March" under a
    November dateline is next year's)."""
    return bool(f.attrs.get("year_guessed")) or (
        f.label == "month" and not any(ch.isdigit() for ch in f.text)
    )


def date_prefix(f: Fact, other: Fact) -> tuple[str, str] | None:
    if not isinstance(f.value, str) or not isinstance(other.value, str):
        return None
    n = min(PRECISION_CHARS.get(f.label, 10), PRECISION_CHARS.get(other.label, 10))
    if _year_unwritten(f) or _year_unwritten(other):
        if (_weekday_in_unknown_year(f, other) or _weekday_in_unknown_year(other, f)) and (
            f.value[5:n] != other.value[5:n]
        ):
            return None
        # a year guessed for "April 7" says nothing: compare month (and day) only
        return (f.value[5:n], other.value[5:n]) if n > 4 else None
    return f.value[:n], other.value[:n]


def dated_alike(x: Mention, y: Mention) -> bool:
    """Whether two texts in two languages, which share no words to align their sentences,
    give one day in one translated sentence: a weekday counted from a dateline in a sentence
    naming what the other's names ("a letter from President Donald Trump ... released on
    Monday" / "surat Presiden AS Donald Trump ..., Senin (7/7/2025)"); or one year each
    text writes once ("removed in a 2014 coup" / "digulingkan lewat kudeta 2014", "a
    tribunal ruled in 2016" / "mahkamah arbitrase pada 2016"): a wire and its rewrite date
    the story's background once each, and the same year once in each is that one fact. (A
    year counted from a dateline, "last year" / "tahun lalu", says nothing of its own.)"""
    if x.fact.label == y.fact.label == "year":
        return (
            x.fact.value == y.fact.value
            and not any(m.fact.attrs.get("relative") for m in (x, y))
            and all(_year_once(m) for m in (x, y))
        )
    if x.fact.label == y.fact.label == "month":
        # "in March" / "pada Maret 2026", glossed alike: one side's year is only a reading
        return (_year_unwritten(x.fact) or _year_unwritten(y.fact)) and _sentence_translated(x, y)
    if x.fact.label != "day" or y.fact.label != "day":
        return False
    names_x, names_y = sentence_names(x), sentence_names(y)
    if len(names_x & names_y) >= CROSS_LEAD_WORDS:
        return True
    # "... killing at least nine people on the Thai side before the two governments agreed
    # to a ceasefire on Monday" / "Sedikitnya sembilan orang tewas di pihak Thailand sebelum
    # kedua negara menyepakati gencatan senjata pada Senin (23/11/2026)": a figure and a
    # name the translation keeps
    figures = [{float(f.value) for f in sentence_facts(m) if f.kind == "number"} for m in (x, y)]
    return bool(figures[0] & figures[1]) and bool(_bare_names(names_x) & _bare_names(names_y))


def _bare_names(names: frozenset[str]) -> set[str]:
    """Names without an English possessive ("thailand's" -> "thailand")."""
    return {n.removesuffix("'s").removesuffix("’s") for n in names}


def _sentence_text(m: Mention) -> str:
    text = m.article.field_text(m.fact.field)
    start, end = sentence_of(sentence_spans(text), m.fact.start)
    return text[start:end]


def _sentence_translated(x: Mention, y: Mention) -> bool:
    """Whether two mentions' sentences in English and Indonesian tell one thing: most of
    the shorter side's content words rendered in the other (``translated.glossed_alike``).
    A month named with no day ("in March" / "pada Maret 2026") has no weekday or figure to
    tie the two by."""
    from kroscek.compare.findings.translated import glossed_alike

    en, id_ = (x, y) if x.article.lang == "en" else (y, x)
    return glossed_alike(_sentence_text(en), _sentence_text(id_))


def _year_once(m: Mention) -> bool:
    """Whether the body writes the year of ``m`` once, and as a year of its own (never also
    inside a full day)."""
    return _body_years(m.article)[str(m.fact.value)[:4]] == 1


def _body_years(article: Article) -> Counter[str]:
    """How many of a text's body dates fall in each year: counted once per article and
    report, not once per pair of dates asked."""

    def years() -> Counter[str]:
        return Counter(
            str(f.value)[:4] for f in article.facts if f.kind == "date" and f.field == "text"
        )

    return per_object("body-years", years, article)


def swapped_sole_years(x: Mention, y: Mention) -> bool:
    """Whether two bare years are each text's only year and are written with the same
    digits in another order ("1987" / "1978"): the one year of the story (a building's, a
    founding) copied wrong, not two years of two things."""
    ya, yb = str(x.fact.value)[:4], str(y.fact.value)[:4]
    if ya == yb or sorted(ya) != sorted(yb):
        return False
    return all(
        sum(f.kind == "date" and f.label == "year" for f in m.article.facts) == 1 for m in (x, y)
    )


# Words that open a period at a coarse date ("sejak awal September", "since early 2024"):
# the month or year the period began, which no day of the story restates.
_SINCE_WORDS = frozenset({"sejak", "since"})


# Words searched before a month or year for a period's opening word ("sejak awal", "since mid").
_SINCE_REACH = 3


_WORD_RE = re.compile(r"[\w-]+")


def _opens_period(m: Mention) -> bool:
    text = m.article.field_text(m.fact.field)
    before = _WORD_RE.findall(text[max(0, m.fact.start - _EDGE_REACH) : m.fact.start])
    return any(w.casefold() in _SINCE_WORDS for w in before[-_SINCE_REACH:])


def since_coarse_date(x: Mention, y: Mention) -> bool:
    """Whether one of two dates of different precision is a month or year a period began in
    ("luas lahan yang terbakar sejak awal September" / "... hingga Rabu (16/9/2026)"): the
    start of a tally, not a day of the story, so the two neither agree nor conflict. A month
    that closes a period ("hingga pertengahan November") is the tally's date and still
    agrees with the day it was counted to."""
    if x.fact.label == y.fact.label:
        return False
    coarse = (
        x if PRECISION_CHARS.get(x.fact.label, 10) < PRECISION_CHARS.get(y.fact.label, 10) else y
    )
    return _opens_period(coarse)


# How many words before a year its act may start ("divonis mati pada 2019": "divonis").
_ACT_REACH = 6


# Indonesian words between an act and its year that say nothing of the act.
_YEAR_LINKS = frozenset(
    {"pada", "tahun", "sejak", "sebelum", "setelah", "sekitar", "akhir", "awal"}
)


def year_act(m: Mention) -> tuple[tuple[str, str], ...]:
    """The act an Indonesian bare year dates, as (key, stem) of its words: its clause's last
    verb before it and the words up to the year ("divonis mati pada 2019" -> divonis, mati;
    "HGU yang diterbitkan pada 2009" -> diterbitkan). Empty when the text is not Indonesian
    or no verb stands just before the year ("Pemilu 2029", "sejak 2014 lalu"). Asked of a
    year for every pair it stands in: read once per year and report."""
    if m.fact.label != "year" or (m.article.lang or "id") != "id":
        return ()
    return per_object("year-act", lambda: _year_act(m.article, m.fact), m.article, m.fact)


def _year_act(article: Article, fact: Fact) -> tuple[tuple[str, str], ...]:
    text = article.field_text(fact.field)
    start = fact.start
    clause = re.split(r"[.;:!?,()]", text[max(0, start - _EDGE_REACH * 3) : start])[-1]
    ws = words(clause, "id")[-_ACT_REACH:]
    verb = next(
        (
            i
            for i in range(len(ws) - 1, -1, -1)
            if len(ws[i].key) >= _MIN_VERB
            and ws[i].key.startswith(_VERB_PREFIXES)
            and clause[ws[i].start : ws[i].start + 1].islower()
        ),
        None,
    )
    if verb is None:
        return ()
    stop = stopwords("id")
    return tuple(
        (w.key, w.stem)
        for w in ws[verb:]
        if w.key not in stop and w.key not in _YEAR_LINKS and not w.is_number
    )


# The shortest verb read with a verb prefix ("dibuka", "terbit").
_MIN_VERB = 5


# The shortest word of an act matched inside another ("terbit" in "diterbitkan").
_MIN_ROOT = 4


def _acts_meet(ax: Sequence[tuple[str, str]], ay: Sequence[tuple[str, str]]) -> bool:
    """Whether two acts share a word: the same stem, or one word inside the other ("terbit"
    / "diterbitkan", which the light stemmer cuts to "bit" and "terbit")."""
    return any(
        sx == sy or (min(len(kx), len(ky)) >= _MIN_ROOT and (kx in ky or ky in kx))
        for kx, sx in ax
        for ky, sy in ay
    )


def years_of_two_acts(x: Mention, y: Mention) -> bool:
    """Whether two equal Indonesian years date two acts in sentences that date two acts
    each ("divonis mati pada 2019 atas dakwaan membunuh majikannya pada 2017" / "dijatuhi
    hukuman mati pada 2017 karena terbukti membunuh majikannya"): a sentence of two years is
    aligned with the other whichever year is asked, so only the words of each year's own
    act tell which year matches which; acts that share no word are two acts. A sentence of
    one year ("mulai berproduksi pada 2028" / "Produksi ... berjalan pada 2028") dates one
    act, however worded."""
    if not any(_years_in_sentence(m) > 1 for m in (x, y)):
        return False
    ax, ay = year_act(x), year_act(y)
    return bool(ax) and bool(ay) and not _acts_meet(ax, ay)


def _years_in_sentence(m: Mention) -> int:
    return sum(f.kind == "date" and f.label == "year" for f in sentence_facts(m))


def years_of_one_act(x: Mention, y: Mention) -> bool:
    """Whether two different Indonesian years date one act told alike: the words of the
    act before each year meet ("HGU yang diterbitkan pada 2009" / "HGU ... yang terbit pada
    2019"; "divonis mati pada 2019" / "dijatuhi hukuman mati pada 2017") and their contexts
    share a word besides (the permit, the killing), so the story's one year was given two
    ways, even when one text gives the other's year to another act ("membunuh majikannya
    ... pada 2017"). Acts that share no word decide nothing: "mulai berproduksi pada 2028"
    and "Produksi ... dimulai pada 2027" are one start told in two verbs."""
    ax, ay = year_act(x), year_act(y)
    if not ax or not ay or not _acts_meet(ax, ay):
        return False
    sx, sy = {st for _, st in ax}, {st for _, st in ay}
    return bool((x.context - sx) & (y.context - sy))


# Content stems two scheduled days' sentences must share to be one next step.
NEXT_STEP_STEMS = 2


def next_step_words(x: Mention, y: Mention) -> bool:
    return len(x.lead_words[0] & y.lead_words[0]) >= NEXT_STEP_STEMS


# The words before a scheduled day that make it the first day of a state ("berlaku mulai 1
# Januari", "effective from") or the last day to act ("paling lambat 24 Desember", "no later
# than"): a start and a deadline are two steps, not one step dated two ways.
_START_WORDS = ("mulai", "sejak", "terhitung", "from", "starting", "effective")


_DEADLINE_WORDS = ("paling lambat", "selambat-lambatnya", "batas waktu", "later than", "deadline")


# Characters before a date searched for those words.
_EDGE_REACH = 24


def _step_edge(m: Mention) -> str | None:
    return _edge_of(m.article, m.fact)


def _edge_of(article: Article, f: Fact) -> str | None:
    """ "start" for a day a state starts on ("berlaku mulai 1 Januari", "from January 1"),
    "end" for the last day to act ("paling lambat 24 Desember"), else None."""
    text = article.text if f.field == "text" else article.title
    before = text[max(0, f.start - _EDGE_REACH) : f.start].casefold()
    if any(w in before for w in _DEADLINE_WORDS):
        return "end"
    if any(w in before.split() for w in _START_WORDS):
        return "start"
    return None


def start_and_deadline(x: Mention, y: Mention) -> bool:
    """Whether one scheduled day starts a state and the other closes a time to act
    ("UMP berlaku mulai 1 Januari" / "kabupaten wajib menetapkan ... paling lambat 24
    Desember")."""
    return {_step_edge(x), _step_edge(y)} == {"start", "end"}


NO_WORDS: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())


# Share of the shorter lead's content stems two leads must share to tell one act.
SAME_ACT_OVERLAP = 0.5
# Content stems two lead sentences with one verb share that tell one act however long.
SAME_ACT_WORDS = 8


# Indonesian verb prefixes: a lowercase word of the lead starting so is its predicate.
_VERB_PREFIXES = ("me", "di", "ber", "ter")


def lead_words_of(
    article: Article, f: Fact, alignment: Alignment
) -> tuple[frozenset[str], frozenset[str]]:
    """The content stems of a lead date's sentence and, for Indonesian, the stems of its
    verbs (lowercase words with a verb prefix: "menahan", "ditetapkan")."""
    sentence = alignment.sentence_at(article.id, f.start) if f.field == "text" else None
    if sentence is None:
        return NO_WORDS
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


def same_act(x: Mention, y: Mention) -> bool:
    """Whether two lead dates' sentences tell one act: the same verb, and half the words of
    the shorter sentence in common ("Insiden itu terjadi Rabu" tells the act of the
    sentence before it, in its words)."""
    (sx, vx), (sy, vy) = x.lead_words, y.lead_words
    any_act = (_ANY_ACT in vx and vy) or (_ANY_ACT in vy and vx)
    if not (vx & vy or any_act) or not sx or not sy:
        return False
    shared = len(sx & sy)
    # (or many words in common, whatever else two long leads add: a dateline, an agency's
    # name written out, the finding that prompted the act)
    return shared >= SAME_ACT_OVERLAP * min(len(sx), len(sy)) or shared >= SAME_ACT_WORDS


def one_act_one_day(x: Mention, y: Mention) -> bool:
    """Whether two leads of reports published the same day tell one act in two forms: a
    verb of one lead is a word of the other ("Peretas itu mengunggah data tersebut pada
    Jumat" / "Unggahan itu pertama kali muncul ... pada Sabtu"). Reports of one day date
    the act their leads share, while a later report may open on a later step of the story
    ("Pencarian korban dilanjutkan Rabu"), which the same publication day rules out."""
    pa, pb = x.article.published, y.article.published
    if pa is None or pb is None or pa.date() != pb.date():
        return False
    if quotes_in_sentence(x) or quotes_in_sentence(y):
        return False  # '"...," kata X di Balai Kota, Jumat': the day of the saying
    (sx, vx), (sy, vy) = x.lead_words, y.lead_words
    return bool(vx & sy or vy & sx)


def one_act_two_languages(x: Mention, y: Mention) -> bool:
    """Whether two leads in two languages tell one act: they name the same places or
    parties (words both languages write alike) and give a figure alike ("17 others
    wounded" / "17 lainnya terluka"). A wire and its rewrite share no word next to the
    date, so only what stays the same in translation ties their leads."""
    if (x.article.lang or "id") == (y.article.lang or "id"):
        return False
    if any(m.fact.attrs.get("weekday_mismatch") for m in (x, y)):
        return False  # a day its own weekday contradicts: the weekday conflict tells it
    if len(sentence_names(x) & sentence_names(y)) < CROSS_LEAD_WORDS:
        return False
    fx, fy = sentence_facts(x), sentence_facts(y)
    if any(
        len({f.value for f in fs if f.kind == "date" and f.label == "day"}) > 1 for fs in (fx, fy)
    ):
        # "rescuers on Sunday searched for ... a boat that sank on Friday night": a lead
        # of two days dates two acts, and which one the other lead tells is not known
        return False
    figures = [{float(f.value) for f in fs if f.kind == "number"} for fs in (fx, fy)]
    return bool(figures[0] & figures[1])


def in_opening(alignment: Alignment, article: Article, f: Fact) -> bool:
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
    updates = [f for f in usable_dates if dates_a_count(article, f)]
    dates = [f for f in usable_dates if not any(f is u for u in updates)]
    if days_updated := _days(updates):
        cut = min(days_updated)
        dates = [f for f in dates if f.label != "day" or str(f.value)[:10] < cut]
    # a day, when the body gives one: "sepanjang tahun ini" before "pada Jumat (13/11)" is a
    # period the story sits in, not the day it happened
    days = [f for f in dates if f.label == "day"]
    if len(days) > 1:
        # "OPEC+ sepakat memangkas produksi mulai 1 Februari 2027. Keputusan itu diambil
        # pada Minggu (22/11/2026)": a day a state starts on, after a day the text gives
        # elsewhere, is the act's next step; the act's day is that earlier one
        first_day = min(str(f.value)[:10] for f in days)
        days = [
            f for f in days if str(f.value)[:10] == first_day or _edge_of(article, f) != "start"
        ]
    return min(days or dates, key=lambda f: f.start) if dates else None


def update_dates(article: Article) -> list[Fact]:
    """The full days the body dates a revised count with ("... bertambah menjadi 212
    orang, Selasa (24/11)", "the toll rose to 15 on Saturday"): a follow-up's own day, the
    day its figures were updated, never the day of the event it follows up."""
    return [
        f
        for f in body_facts(article, "date")
        if usable(f) and f.label == "day" and dates_a_count(article, f)
    ]


def _days(dates: Sequence[Fact]) -> list[str]:
    return [str(f.value)[:10] for f in dates if f.label == "day"]


def dates_a_count(article: Article, f: Fact) -> bool:
    """Whether the date ``f`` stands in a sentence that revises a count."""
    text = article.field_text(f.field)
    start, end = sentence_of(sentence_spans(text), f.start)
    sentence = f" {folded(text[start:end])} "
    return any(cue in sentence for cue in count_revisions(article.lang or "id"))


def upcoming_date(article: Article, lead: Fact | None) -> Fact | None:
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


# A time of day late in the evening or at night, where the day is still the earlier one.
_LATE_RE = re.compile(
    r"\b(?:evening|night|late|tonight|malam|waktu\s+setempat|local\s+time)\b",
    re.IGNORECASE,
)
# An Indonesian clock zone, where the day is already the next one.
_EARLY_ZONE_RE = re.compile(r"\b(?:WIB|WITA|WIT)\b")
# Local time named as such, in a text of one language.
_LOCAL_RE = re.compile(r"\b(?:waktu\s+setempat|local\s+time)\b", re.IGNORECASE)
# How far beside a date its time of day may stand (characters).
_TIME_OF_DAY_REACH = 30


def _beside(article: Article, f: Fact, pattern: re.Pattern[str]) -> bool:
    text = article.field_text(f.field)
    lo = max(0, f.start - _TIME_OF_DAY_REACH)
    return pattern.search(text, lo, f.end + _TIME_OF_DAY_REACH) is not None


def zones_apart(early: Article, e: Fact, late: Article, d: Fact) -> bool:
    """Whether day ``e`` of ``early`` and the next day ``d`` of ``late`` are one moment told
    in two time zones: ``e`` late in the day, ``d`` in Indonesian time, and ``early`` written
    for abroad (another language) or in local time (see ``across_time_zones``)."""
    if not (_beside(early, e, _LATE_RE) and _beside(late, d, _EARLY_ZONE_RE)):
        return False
    # two Indonesian texts in one zone ("Sabtu malam" / "Minggu pagi WIB") date one night
    # two ways; the earlier day is another zone's when its text is written for abroad (another
    # language) or says it is local time
    return early.lang != late.lang or _beside(early, e, _LOCAL_RE)


def across_time_zones(x: Mention, y: Mention) -> bool:
    """Whether two days one apart are one moment told in two time zones: the earlier one
    late in the day or in local time ("on Monday evening" at a launch site in Florida), the
    later one early or in Indonesian time ("Selasa (25/11/2025) pagi WIB"). Both can be
    true; a conflict would tell a reader one source got the day wrong."""
    if x.fact.label != "day" or y.fact.label != "day":
        return False
    try:
        dx, dy = date.fromisoformat(str(x.fact.value)), date.fromisoformat(str(y.fact.value))
    except ValueError:
        return False
    if abs((dx - dy).days) != 1:
        return False
    early, late = (x, y) if dx < dy else (y, x)
    return zones_apart(early.article, early.fact, late.article, late.fact)
