"""Dates, absolute and relative to publication, with the precision the writer gave.

A date fact's ``label`` is its precision (day, week, month, year), ``value`` the ISO date
of the first day of that period and ``attrs["end"]`` the ISO date of its last day, so two
dates agree when their periods overlap ("awal bulan ini" and "16 November 2023" do).
Relative expressions ("kemarin", "Kamis lalu", "pekan lalu", "earlier this month") are
resolved against the article's publication date and carry ``attrs["relative"] = True``;
without a publication date they are not reported (no invented fact). A stated weekday that
does not match its date ("Rabu (16/11/2023)" was a Thursday) sets
``attrs["weekday_mismatch"] = True``. A day or month written without its year takes the
publication's year, else that of a full date in the text ("Senin (8/3/2026)"); a bare year
elsewhere ("sejak 2023") says nothing about it, so the year is then a placeholder marked
``attrs["year_guessed"]``, never checked against a weekday. A year that ends a document's
number ("SK Nomor 12 Tahun 2025") is part of its name, not a date. A day that dates a revised
count rather than the event ("Korban tewas bertambah menjadi 21 orang, Selasa (11/11/2025)")
carries ``attrs["update"] = True``. No fact depends on the day kroscek runs: a year nothing
tells is ``PLACEHOLDER_YEAR``, always guessed. Impossible dates
("31 Februari") give no fact but
still keep their digits from being read as counts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import islice

from kroscek.data import Fact, Field
from kroscek.extract.lexicon import (
    cased_lead_alternation,
    finditer_fast,
    lead_alternation,
    lexicon,
    lowered,
)
from kroscek.extract.resources import load, norm_lang
from kroscek.extract.sentences import Mask, sentence_spans
from kroscek.extract.times import add_times

_MIN_YEAR, _MAX_YEAR = 1800, 2100


@dataclass(frozen=True)
class DateResult:
    """Date facts plus every span that looked like a date, valid or not."""

    facts: list[Fact]
    claimed: list[tuple[int, int]]


class _Claimed:
    """The spans that looked like dates, with a character mask for fast overlap checks.

    A plain class holding a list rather than a ``list`` subclass: mypyc compiles no class
    that derives from a built-in type.
    """

    def __init__(self, size: int) -> None:
        self.spans: list[tuple[int, int]] = []
        self.mask = Mask(size)

    def append(self, span: tuple[int, int]) -> None:
        self.spans.append(span)
        self.mask.add(*span)


def _alt(words: dict[str, int]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _lead(words: Iterable[str]) -> str:
    return lead_alternation(words)


# "from 2000 to 2500 rupees": a range whose other end is no year is a range of amounts
_NO_YEAR_RANGE = r"(?!\s*(?:to|and|hingga|sampai|dan|-|–)\s*(?!(?:1[89]|20)\d\d(?!\d))\d)"


# Events named by their year: Indonesian puts the year after the event ("kudeta 2014"),
# English before it ("the 2014 coup"). Games too ("Asian Games 2030", "the 2030 Asian
# Games"), and an election after a word of time ("berlaku mulai Pemilu 2029", "pada Pemilu
# 2024"): the year says when the next edition is held or a rule takes effect, and two texts
# setting 2029 against 2034 disagree on when. An election named as a subject ("Pemilu 2029
# masih memakai ...") is a name, no date of the story.
_EVENT_BEFORE_YEAR_ID = (
    r"kudeta|krisis|reformasi|tsunami|kerusuhan|tragedi|pandemi|resesi|erupsi|sensus"
    r"|berlaku|(?<!kualifikasi )(?:piala\s+dunia|asian\s+games|sea\s+games|olimpiade)"
    r"|(?:pada|mulai|sejak|hingga|sampai|jelang|menjelang|sebelum|setelah|usai)\s+"
    r"(?:pemilu|pilkada|pileg|pilpres)(?:\s+serentak)?"
)
_EVENT_AFTER_YEAR_EN = (
    r"(?:coup|tsunami|earthquake|quake|crisis|riots?|uprising|revolution|pandemic|recession"
    r"|eruption|census|elections?|(?:World\s+Cup|Asian\s+Games|Olympics|Games)(?!\s+qualif))"
    r"(?![\w-])"
)


def _cased_lead(alternation: str) -> str:
    """A plain ``a|b|c`` word alternation at a word's start, in any case, for a pattern
    compiled without IGNORECASE: ``lexicon.cased_lead_alternation``, each first letter
    written once per case it folds with and the word's left edge checked after it. The
    regex engine then skips to those letters instead of trying a lookbehind at every
    position; the same words match as ``(?<![\\w])(?i:a|b|c)`` (none is a prefix of another).
    """
    words = alternation.split("|")
    # a word of its own group ("(?P<past>last)") keeps the group around its cased form
    named = [m for w in words if (m := _NAMED_WORD_RE.fullmatch(w))]
    plain = [w for w in words if not _NAMED_WORD_RE.fullmatch(w)]
    cased = cased_lead_alternation(plain) if plain else None
    grouped = [(m.group(1), cased_lead_alternation([m.group(2)])) for m in named]
    if cased is None or any(c is None for _, c in grouped):
        return rf"(?<![\w])(?i:{alternation})"
    if not grouped:
        return cased
    return "(?:" + "|".join([cased, *(f"(?P<{g}>{c})" for g, c in grouped)]) + ")"


_NAMED_WORD_RE = re.compile(r"\(\?P<(\w+)>(\w+)\)")


@lru_cache(maxsize=4)
def _patterns(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    lex = lexicon(lang)
    mon = _alt(lex.months)
    lead_mon = _lead(lex.months)
    # digit-first patterns check their left edge after the first digit ("\d(?<![\d/.-]\d)"),
    # which is the same test as a lookbehind before it but lets the regex engine skip
    # straight to digits instead of trying every position
    pats: list[tuple[str, str]] = [
        (
            "numeric",
            r"(?P<a>\d(?<![\d/.-]\d)\d?)[/.-](?P<b>\d{1,2})[/.-](?P<y>\d{4}|\d{2})(?![\d/-]|\.\d)\s*\)?",
        ),
        ("iso", r"(?P<y>\d(?<![\d/.-]\d)\d{3})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d/-])"),
        (
            "dmy",
            rf"(?P<d>\d(?<![\w/.]\d)\d?)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{mon})\.?(?:\s*,?\s*(?P<y>\d{{4}}))?(?![\w])",
        ),
        (
            "mdy",
            rf"(?P<mon>{lead_mon})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*,\s*(?P<y>\d{{4}})|\s+(?P<y2>\d{{4}}))?(?![\w/])",
        ),
        ("my", rf"(?P<mon>{lead_mon})\s+(?P<y>\d{{4}})(?![\w/])"),
        ("dm_short", r"\(\s*(?P<a>\d{1,2})/(?P<b>\d{1,2})\s*\)"),
    ]
    if lex.lang == "id":
        pre = r"pada|sejak|hingga|sampai|sepanjang|awal|akhir|pertengahan|bulan|selama|medio"
        # "pada Juli lalu": the last July before the day the text is written
        year_rel = r"tahun\s+(?P<yrel>lalu|ini|depan)|(?P<past>lalu|silam)"
    else:
        # "last July": the last July before the day the text is written
        pre = r"in|since|from|until|by|early|late|mid|through|during|of|the|(?P<past>last)"
        year_rel = r"(?P<yrel>last|this|next)\s+year"
    # a month without a day: "sepanjang Januari", "in January" (capitalised, so not "may"),
    # "the November vote"; with the year it falls in: "pada Juli tahun lalu" is one date
    months_cap = "|".join(re.escape(m.title()) for m in sorted(lex.months, key=len, reverse=True))
    pats.append(
        (
            "month_only",
            rf"{_cased_lead(pre)}\s+(?P<mon>{months_cap})(?![\w])(?!\.?\s+\d)"
            rf"(?:\s+(?i:{year_rel})(?![\w]))?",
        )
    )
    if lex.lang == "id":
        pats.append(
            (
                "year",
                # "sepanjang 2026", "seperti 2024", "APBD 2027" (a budget is named by its year)
                r"(?<![\w])(?:tahun|sejak|mulai|pada|hingga|sampai|awal|akhir|pertengahan|sepanjang"
                r"|selama|seperti|dibanding(?:kan)?|R?APB[DN](?:-P)?"
                # "kuartal III 2026", "semester pertama 2026": a part of the year, read as
                # the year (the data model's coarsest true precision)
                r"|(?:kuartal|triwulan|semester)\s+(?:I{1,3}|IV|[1-4]|pertama|kedua|ketiga"
                r"|keempat|awal|akhir)(?:\s+tahun)?"
                # "kudeta 2014", "pemilu 2024", "krisis 1998": an event named by its year
                r"|" + _EVENT_BEFORE_YEAR_ID + r")\s+(?P<y>\d{4})"
                r"(?![\w/-]|[.,]\d)" + _NO_YEAR_RANGE,
            )
        )
    else:
        pats.append(
            (
                "year",
                r"(?<![\w])(?:in|since|from|until|by|early|late|mid-?|of|Q[1-4]|H[12]|back\s+to"
                # "the third quarter of 2026", "Q3 2026": a part of the year, read as the year
                r"|(?:first|second|third|fourth)\s+(?:quarter|half)(?:\s+of)?)\s+(?P<y>\d{4})"
                r"(?![\w/-]|[.,]\d)" + _NO_YEAR_RANGE,
            )
        )
        # "Asian Games 2030", "World Cup 2026": an edition named by its year (not a qualifier
        # of it, "World Cup 2026 qualifier", played years before)
        pats.append(
            (
                "year",
                r"(?<![\w])(?:Games|Cup|Olympics|elections?)\s+(?P<y>\d{4})"
                r"(?![\w/-]|[.,]\d|\s+qualif)" + _NO_YEAR_RANGE,
            )
        )
        # "the 2014 coup", "a 2004 tsunami": an event named by its year (a year of this or
        # the last century only; "2,000 protests" is a count, its comma keeps it out)
        pats.append(
            (
                "year",
                r"(?P<y>(?:19|20)(?<![\w.,$€£/-]\d\d)\d\d)(?=\s+" + _EVENT_AFTER_YEAR_EN + r")",
            )
        )
    # a quarter with no year ("in the third quarter", "pada kuartal III"): the latest such
    # quarter begun by the publication day, read as its year (as a quarter with its year is)
    if lex.lang == "id":
        quarter = (
            _lead(["kuartal", "triwulan"])
            + r"\s+(?P<q>I{1,3}|IV|[1-4]|pertama|kedua|ketiga|keempat)"
            r"(?![\w-])(?!\s+(?:tahun\s+)?\d)(?!\s+tahun\s+(?:ini|lalu|depan))"
        )
    else:
        quarter = (
            _lead(["the"]) + r"\s+(?P<q>first|second|third|fourth)\s+quarter(?![\w-])"
            r"(?!\s+of\s+(?:\d|this|last|next|the))(?!\s+\d)"
        )
    pats.append(("quarter", quarter))
    return [(name, re.compile(p, 0 if name == "month_only" else re.IGNORECASE)) for name, p in pats]


# The first month of a quarter, by the words that name it.
_QUARTER_START = {
    "i": 1, "1": 1, "pertama": 1, "first": 1,
    "ii": 4, "2": 4, "kedua": 4, "second": 4,
    "iii": 7, "3": 7, "ketiga": 7, "third": 7,
    "iv": 10, "4": 10, "keempat": 10, "fourth": 10,
}  # fmt: skip


@lru_cache(maxsize=64)
def _present_words(text: str) -> frozenset[str]:
    """The casefolded words of a text, to skip patterns whose words are absent."""
    return frozenset(re.findall(r"[^\W\d_]+", text.casefold()))


@lru_cache(maxsize=4)
def _relative_triggers(lang: str) -> dict[str, frozenset[str]]:
    """For each relative pattern, words one of which must occur for it to match."""
    # "jum'at" is seen as the words "jum" and "at"
    weekdays = frozenset(re.split(r"['’]", w)[0] for w in lexicon(lang).weekdays)
    if norm_lang(lang) == "id":
        common = {
            "wd_last": weekdays,
            "wd_next": weekdays,
            "wd_bare": weekdays,
            "n_ago": {"lalu"},
            "early_month": {"bulan"},
            "early_year": {"tahun"},
            "week": {"pekan", "minggu"},
            "month": {"bulan"},
            "year_rel": {"tahun"},
            "day_word": {"kemarin", "hari", "besok", "lusa"},
        }
    else:
        common = {
            "wd_last": weekdays,
            "wd_next": weekdays,
            "wd_bare": weekdays,
            "n_ago": {"ago"},
            "early_month": {"month"},
            "early_year": {"year"},
            "week": {"week"},
            "month": {"month"},
            "year_rel": {"year"},
            "day_word": {"yesterday", "today", "tomorrow"},
            "year_ago": {"year"},
        }
    return {k: frozenset(v) for k, v in common.items()}


@lru_cache(maxsize=4)
def _relative_second_triggers(lang: str) -> dict[str, frozenset[str]]:
    """For the weekday patterns that also need a word beside the weekday ("Kamis lalu",
    "next Monday"), words one of which must occur too: most texts name a weekday without
    one, and each of these patterns costs a scan of the text."""
    if norm_lang(lang) == "id":
        return {
            "wd_last": frozenset({"lalu", "kemarin"}),
            "wd_next": frozenset({"depan", "mendatang", "esok"}),
        }
    return {"wd_last": frozenset({"last"}), "wd_next": frozenset({"next"})}


@lru_cache(maxsize=4)
def _future_re(lang: str) -> re.Pattern[str] | None:
    marks = load(lang, "weekdays").get("_future_markers", [])
    if not marks:
        return None
    ordered = sorted(marks, key=len, reverse=True)
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
    return re.compile(rf"\b(?:{alt})\b", re.IGNORECASE)


_FUTURE_REACH = 200
_CLAUSE_END_RE = re.compile(r"[.;:!?](?!\d)|\n|,\s")


def _future_clause(text: str, pos: int, lang: str) -> bool:
    """Whether the clause before ``pos`` speaks of the future ("will", "akan")."""
    pat = _future_re(lang)
    if pat is None:
        return False
    # a whole clause, however long: "will bar trucks with three or more axles from toll roads
    # and national highways over the four-day weekend from Friday" is still the coming Friday
    head = text[max(0, pos - _FUTURE_REACH) : pos]
    # a clock's colon or point ("at 14:00", "pukul 14.00") ends no clause
    head = _CLAUSE_END_RE.split(head)[-1]
    return bool(pat.search(head))


_NAME_WORD_BEFORE = re.compile(r"[A-Z][a-z]+ $")
_NAME_WORD_AFTER = re.compile(r" [A-Z][a-z]")
# "Park Sun-hee", "Kim Mon-jae": a hyphen and a lowercase syllable glue a word to a name
_NAME_SYLLABLE_AFTER = re.compile(r"-[a-z]")


def _inside_name(text: str, start: int, end: int) -> bool:
    """An abbreviated weekday between two capitalised words is a word of a name ("Nguyen
    Thi Thu Hang", "Lee Sun Hee"), not a day; so is one joined by a hyphen to a lowercase
    syllable after a capitalised word ("Park Sun-hee"); a full weekday name stays a day."""
    if end - start > 5 or _NAME_WORD_BEFORE.search(text, max(0, start - 20), start) is None:
        return False
    return (
        _NAME_WORD_AFTER.match(text, end) is not None
        or _NAME_SYLLABLE_AFTER.match(text, end) is not None
    )


@lru_cache(maxsize=4)
def _weekday_before(lang: str) -> re.Pattern[str]:
    """A weekday written right before a date: "Kamis, 16 November", "Kamis (16/11/2023)", a
    part of the day between them ("Senin pagi (23/11)", weekdays.json ``_dayparts``)."""
    wd = _alt(lexicon(lang).weekdays)
    parts = "|".join(
        re.escape(p).replace(r"\ ", r"\s+") for p in load(lang, "weekdays").get("_dayparts", [])
    )
    daypart = rf"(?:\s+(?:{parts}))?" if parts else ""
    return re.compile(rf"(?<![\w])(?P<wd>{wd})\.?{daypart}\s*,?\s*(?:\(\s*)?$", re.IGNORECASE)


@lru_cache(maxsize=4)
def daypart_after(lang: str) -> re.Pattern[str]:
    """A part of the day written right after a weekday ("Senin pagi", "Friday night")."""
    parts = sorted(load(lang, "weekdays").get("_dayparts", []), key=len, reverse=True)
    alt = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts) or r"(?!)"
    return re.compile(rf"[ \t]+(?:{alt})(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=4)
def _relative_patterns(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    lex = lexicon(lang)
    wd = _alt(lex.weekdays)
    lead_wd = _lead(lex.weekdays)
    if lex.lang == "id":
        part = _lead(["awal", "pertengahan", "akhir"])
        n = r"(?P<n>\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|se)"
        pats = [
            (
                "wd_last",
                rf"(?P<wd>{lead_wd})\s+(?:lalu|kemarin|pekan\s+lalu|minggu\s+lalu)(?![\w])",
            ),
            ("wd_next", rf"(?P<wd>{lead_wd})\s+(?:depan|mendatang|esok)(?![\w])"),
            (
                "n_ago",
                rf"(?<![\w]){n}\s*(?P<unit>hari|pekan|minggu|bulan|tahun)\s+(?:yang\s+)?lalu(?![\w])",
            ),
            (
                "early_month",
                rf"(?P<part>{part})\s+bulan\s+(?P<rel>ini|lalu)(?![\w])",
            ),
            (
                "early_year",
                rf"(?P<part>{part})\s+tahun\s+(?P<rel>ini|lalu)(?![\w])",
            ),
            ("week", rf"{_lead(['pekan', 'minggu'])}\s+(?P<rel>ini|lalu|depan)(?![\w])"),
            ("month", rf"{_lead(['bulan'])}\s+(?P<rel>ini|lalu|depan)(?![\w])"),
            ("year_rel", rf"{_lead(['tahun'])}\s+(?P<rel>ini|lalu|depan)(?![\w])"),
            ("day_word", r"(?<![\w])(?P<w>kemarin\s+lusa|kemarin|hari\s+ini|besok|lusa)(?![\w])"),
            (
                "wd_bare",
                rf"(?<![\w])(?:(?P<pre>pada|hari|sejak|sejak\s+hari|hingga|sampai)\s+)?"
                rf"(?P<wd>{wd})(?![\w'’])",
            ),
        ]
    else:
        n = r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|a)"
        rel = _lead(["this", "last", "next"])
        pats = [
            ("wd_last", rf"{_lead(['last'])}\s+(?P<wd>{wd})(?![\w])"),
            ("wd_next", rf"{_lead(['next'])}\s+(?P<wd>{wd})(?![\w])"),
            ("n_ago", rf"(?<![\w]){n}\s+(?P<unit>days?|weeks?|months?|years?)\s+ago(?![\w])"),
            (
                "early_month",
                r"(?<![\w])(?P<part>earlier|early|late|later|mid)\s+this\s+month(?![\w])",
            ),
            (
                "early_year",
                r"(?<![\w])(?P<part>earlier|early|late|later|mid)\s+this\s+year(?![\w])",
            ),
            ("week", rf"(?P<rel>{rel})\s+week(?![\w])"),
            ("month", rf"(?P<rel>{rel})\s+month(?![\w])"),
            ("year_rel", rf"(?P<rel>{rel})\s+year(?![\w])"),
            (
                "day_word",
                r"(?<![\w])(?P<w>the\s+day\s+before\s+yesterday|yesterday|today|tomorrow)(?![\w])",
            ),
            ("wd_bare", rf"(?<![\w])(?:(?P<pre>on|since|until|till)\s+)?(?P<wd>{wd})(?![\w])"),
            ("year_ago", r"(?<![\w])(?:a|one)\s+year\s+(?:earlier|ago|before)(?![\w])"),
        ]
    return [(name, re.compile(p, re.IGNORECASE)) for name, p in pats]


_NUM_WORDS = {
    "se": 1,
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
    "sepuluh": 10,
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}


# the year a relative year word names, from the publication's: "tahun lalu", "next year"
_YEAR_SHIFT = {"lalu": -1, "last": -1, "ini": 0, "this": 0, "depan": 1, "next": 1}


def _safe_date(y: int, m: int, d: int) -> date | None:
    if not (_MIN_YEAR <= y <= _MAX_YEAR):
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


# "17-18 Maret", "17 hingga 18 Maret", "from 17 to 18 March": the first day of a span of
# days written before the day its month follows; "March 17-18", "March 17 to 18": the last
# day written after the month's day
_RANGE_LINK = r"(?:\s*[-–]\s*|\s+(?:hingga|sampai|s\.d\.?|s/d|to|until|through)\s+)"
_FIRST_DAY_RE = re.compile(r"(?<![\w.,/:-])(\d{1,2})" + _RANGE_LINK + r"$", re.IGNORECASE)
_LAST_DAY_RE = re.compile(
    _RANGE_LINK + r"(\d{1,2})(?![\w/]|[.,:]\d)(?:,?\s+(?P<y>\d{4})(?![\w/]|[.,]\d))?", re.IGNORECASE
)
_NOUN_AFTER_RE = re.compile(r"[ \t]+(?=[a-z])")


def _day_range(
    text: str, m: re.Match[str], name: str, d: date, lang: str
) -> tuple[int, int, date] | None:
    """The span (start, end) of a range of days around the date ``m`` read as ``d`` and the
    range's other day, or None; only days of one month, the first before the last. A year
    closing "March 17-18, 2026" is the range's: the other day carries it."""
    if name == "dmy":
        if m.start() == 0 or text[m.start() - 1] not in " -–":
            return None
        r = _FIRST_DAY_RE.search(text, max(0, m.start() - 16), m.start())
        if r is None or not 1 <= int(r.group(1)) < d.day:
            return None
        e = m.end()
        while e > m.start() and text[e - 1] in " ,.":
            e -= 1
        return r.start(), e, d.replace(day=int(r.group(1)))
    if m.group("y") or m.group("y2"):
        return None  # "March 17, 2026 to 18": the year closes the date
    r = _LAST_DAY_RE.match(text, m.end())
    if r is None or not d.day < int(r.group(1)) <= _month_end(d).day:
        return None
    gap = _NOUN_AFTER_RE.match(text, r.end())
    if gap is not None and lexicon(lang).noun_re.match(text, gap.end()):
        return None  # "from March 17 to 20 delegates": a count after a date
    last = _safe_date(int(r.group("y")), d.month, int(r.group(1))) if r.group("y") else None
    return m.start(), r.end(), last or d.replace(day=int(r.group(1)))


def _month_end(d: date) -> date:
    nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


@lru_cache(maxsize=4)
def _identifier_before(lang: str) -> re.Pattern[str]:
    """A document number right before a year ("Nomor 12 Tahun", "No. 7 of"): the year is
    part of the document's name (lang/<lang>/numbers.json 'document_numbers')."""
    nums = lexicon(lang).numbers
    prefixes = lead_alternation(nums.get("document_numbers", []) or ["\x00"])
    links = "|".join(re.escape(w) for w in nums.get("document_year_links", []) or ["\x00"])
    return re.compile(rf"{prefixes}\s*\d+[\w/.-]*\s+(?:{links})\s+$", re.IGNORECASE)


@lru_cache(maxsize=4)
def _full_date_years(lang: str) -> re.Pattern[str]:
    """The year of a date written with its day or month: "8/3/2026", "22 Maret 2026",
    "March 22, 2026", "Maret 2026"."""
    months = _alt(lexicon(lang).months)
    return re.compile(
        rf"(?:(?<![\w/.-])\d{{1,2}}[/.-]\d{{1,2}}[/.-]|(?<![\w])(?:{months})\.?\s+(?:\d{{1,2}},?\s+)?)"
        r"(19\d\d|20\d\d)(?!\d)",
        re.IGNORECASE,
    )


# The year a day written without one is given when nothing the texts say tells it: a
# placeholder, always marked ``year_guessed`` (never compared, never checked against a
# weekday), fixed so that no fact depends on the day kroscek runs. A leap year, so that "29
# Februari" stays a day.
PLACEHOLDER_YEAR = 2024


def _resolve_year(month: int, day: int, pub: date | None, fallback_year: int | None) -> int | None:
    """Year of a day written without one: the publication's, or the year before when that
    would put the date more than two months after publication ("7 Oktober" in January)."""
    if pub is None:
        return fallback_year if fallback_year is not None else PLACEHOLDER_YEAR
    year = pub.year
    cand = _safe_date(year, month, min(day, 28))
    if cand and cand > pub + timedelta(days=62):
        year -= 1
    return year


def extract_dates(
    text: str,
    lang: str = "id",
    *,
    published: datetime | None = None,
    field: Field = "text",
    reported: tuple[date, bool] | None = None,
    set_day: date | None = None,
) -> DateResult:
    """Every date expression in ``text``; relative ones need ``published``, or ``reported``
    (the day a dateline gives, and whether its year was guessed) when there is none. ``set_day``
    is the publication day of the other articles of a comparison, for a text with no date of
    its own at all: only a bare weekday ("went on strike on Wednesday") is read against it."""
    if not text:
        return DateResult([], [])
    lex = lexicon(lang)
    pub = published.date() if published else None
    facts: list[Fact] = []
    claimed = _Claimed(len(text))
    low = lowered(text)
    # a date written without its year takes the publication's; without one, the year of a
    # full date in the text ("Senin (8/3/2026)", "Maret 2026"). A bare year elsewhere ("sejak
    # 2023", "built in 1998") says nothing about it: the year is then only a guess, marked
    # ``year_guessed``, never checked against a weekday and ignored when dates are compared.
    # only the first full date counts: search stops there instead of scanning the whole text
    first = _full_date_years(lex.lang).search(text)
    fallback_year = int(first.group(1)) if first else None
    # a year lent by a month alone ("since October 2017", "pada Januari 2023") is often that
    # of a past event: a weekday it contradicts says the year is wrong, not the date.
    year_from_month = pub is None and first is not None and _month_year_only(text, first)
    # a day or month without its year in a text dated only by its dateline takes the
    # dateline's year (guessed when the dateline's is): "JAKARTA, Nov 16 (Wire) - ... on Nov
    # 15" is the day before, whatever year either turns out to be
    # (a headline's "Senin 16 Mei" keeps its guessed year: the body's dates are what compare)
    dateline_anchor: date | None = None
    anchor_guessed = True
    if pub is None and reported is not None:
        if reported[1]:
            reported = _dateline_year(reported[0], text, lex.lang, first, set_day)
        if fallback_year is None and field == "text":
            dateline_anchor, anchor_guessed = reported
    year_guessed = pub is None and fallback_year is None and anchor_guessed

    def free(s: int, e: int) -> bool:
        return claimed.mask.free(s, e)

    def add(m: re.Match[str], label: str, start: date, end: date, **attrs: object) -> None:
        s, e = m.span()
        if wd_m is not None:
            s = wd_m.start()
        while e > s and text[e - 1] in " ,.":
            e -= 1
        facts.append(
            Fact(
                kind="date",
                label=label,
                value=start.isoformat(),
                text=text[s:e],
                start=s,
                end=e,
                field=field,
                attrs={"end": end.isoformat(), "relative": False, **attrs},
            )
        )

    def weekday_attrs(
        m: re.Match[str], d: date, guessed: bool = False, borrowed: bool = False
    ) -> dict[str, object]:
        wd = wd_m.group("wd") if wd_m is not None else None
        if not wd:
            return {"year_guessed": True} if guessed else {}
        stated = lex.weekdays.get(wd.lower().rstrip("."))
        if stated is None:
            return {}
        out: dict[str, object] = {"weekday": stated}
        if guessed or (borrowed and year_from_month and stated != d.isoweekday()):
            out["year_guessed"] = True
        elif stated != d.isoweekday():
            out["weekday_mismatch"] = True
        return out

    wd_before = _weekday_before(lex.lang)
    wd_m: re.Match[str] | None = None
    # days whose year only a month elsewhere lends ("on May 12" beside "in February 2021"):
    # no calendar for the text's bare weekdays
    loaned: set[int] = set()
    has_month = bool(set(lex.months) & _present_words(text))
    for name, pat in _patterns(lex.lang):
        if name in ("dmy", "mdy", "my", "month_only") and not has_month:
            continue
        for m in finditer_fast(pat, text, low):
            wd_m = None
            if name in ("numeric", "dmy", "mdy", "dm_short"):
                wd_m = wd_before.search(text, max(0, m.start() - 20), m.start())
                if name == "dm_short" and wd_m is None:
                    continue  # "(17/11)" alone may be a score or a ratio
            if not free(*m.span()):
                continue
            g = m.groupdict()
            d: date | None = None
            label = "day"
            guessed = borrowed = False
            if name == "numeric":
                a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
                y = y + 2000 if y < 100 else y
                day, month = (a, b)
                if lex.lang == "en" and b > 12 >= a:
                    day, month = b, a
                d = _safe_date(y, month, day)
            elif name == "iso":
                d = _safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
            elif name in ("dmy", "mdy"):
                month = lex.months[g["mon"].lower()]
                if name == "mdy" and g["mon"][0].islower() and lex.lang == "en":
                    continue  # "may 5" in running English text is a verb
                year_s = g.get("y") or g.get("y2")
                day = int(g["d"])
                if year_s:
                    d = _safe_date(int(year_s), month, day)
                else:
                    year = _resolve_year(month, day, pub or dateline_anchor, fallback_year)
                    if year is None:
                        claimed.append((wd_m.start() if wd_m else m.start(), m.end()))
                        continue
                    d = _safe_date(year, month, day)
                    guessed, borrowed = year_guessed, True
            elif name == "my":
                d = _safe_date(int(g["y"]), lex.months[g["mon"].lower()], 1)
                if d is not None:
                    claimed.append(m.span())
                    add(m, "month", d, _month_end(d))
                continue
            elif name == "month_only":
                month = lex.months[g["mon"].lower()]
                year = _resolve_year(month, 1, pub or dateline_anchor, fallback_year)
                end_at = m.end("mon")
                past_guessed = False
                if g.get("yrel") and pub is not None:
                    year = pub.year + _YEAR_SHIFT[g["yrel"].lower()]  # "Juli tahun lalu"
                    end_at = m.end()
                elif g.get("past"):
                    year, past_guessed = _past_month_year(
                        text, lex.lang, month, pub or dateline_anchor, first
                    )
                elif (
                    year is not None
                    and pub is not None
                    and (year, month) < (pub.year, pub.month)
                    and _future_clause(text, m.start(), lex.lang)
                ):
                    year += 1  # "shipments would leave in January" (written in November)
                if year is None:
                    claimed.append(m.span("mon"))
                    continue
                s = _safe_date(year, month, 1)
                if s is not None:
                    claimed.append((m.start("mon"), end_at))
                    facts.append(
                        Fact(
                            kind="date",
                            label="month",
                            value=s.isoformat(),
                            text=text[m.start("mon") : end_at],
                            start=m.start("mon"),
                            end=end_at,
                            field=field,
                            attrs={
                                "end": _month_end(s).isoformat(),
                                "relative": False,
                                **({"year_guessed": True} if year_guessed or past_guessed else {}),
                            },
                        )
                    )
                continue
            elif name == "quarter":
                claimed.append(m.span())
                if pub is None:
                    continue  # no day to count back from
                first_month = _QUARTER_START[g["q"].lower()]
                qy = pub.year if first_month <= pub.month else pub.year - 1
                facts.append(
                    Fact(
                        kind="date",
                        label="year",
                        value=date(qy, 1, 1).isoformat(),
                        text=m.group(),
                        start=m.start(),
                        end=m.end(),
                        field=field,
                        attrs={"end": date(qy, 12, 31).isoformat(), "relative": True},
                    )
                )
                continue
            elif name == "dm_short":
                day, month = int(g["a"]), int(g["b"])
                year = _resolve_year(month, day, pub or dateline_anchor, fallback_year)
                d = _safe_date(year, month, day) if year else None
                guessed, borrowed = year_guessed, True
            elif name == "year":
                y = int(g["y"])
                claimed.append((m.start("y"), m.end("y")))
                if _identifier_before(lex.lang).search(text, max(0, m.start() - 40), m.start("y")):
                    continue  # "SK Nomor 12 Tahun 2025", "Law No. 7 of 2024": part of a name
                if _MIN_YEAR <= y <= _MAX_YEAR:
                    ys = date(y, 1, 1)
                    facts.append(
                        Fact(
                            kind="date",
                            label="year",
                            value=ys.isoformat(),
                            text=g["y"],
                            start=m.start("y"),
                            end=m.end("y"),
                            field=field,
                            attrs={"end": date(y, 12, 31).isoformat(), "relative": False},
                        )
                    )
                continue
            claimed.append((wd_m.start() if wd_m else m.start(), m.end()))
            if d is None:
                continue  # "31 Februari": looked like a date, is not one
            if guessed and wd_m is not None:
                stated_wd = lex.weekdays.get(wd_m.group("wd").lower().rstrip("."))
                d = _year_of_weekday(d, stated_wd, set_day)
            span = _day_range(text, m, name, d, lex.lang) if name in ("dmy", "mdy") else None
            if (
                span is not None
                and wd_m is None
                and (free(span[0], m.start()) if span[0] < m.start() else free(m.end(), span[1]))
            ):
                # "17 hingga 18 Maret 2026", "March 17-18": one span of days, from the first
                claimed.append((span[0], span[1]))
                if span[2].year != d.year:
                    d, guessed = d.replace(year=span[2].year), False  # "March 17-18, 2026"
                lo_day, hi_day = (span[2], d) if span[2] < d else (d, span[2])
                attrs = {"end": hi_day.isoformat(), "relative": False, "range": True}
                if guessed:
                    attrs["year_guessed"] = True
                facts.append(
                    Fact(
                        kind="date",
                        label="day",
                        value=lo_day.isoformat(),
                        text=text[span[0] : span[1]],
                        start=span[0],
                        end=span[1],
                        field=field,
                        attrs=attrs,
                    )
                )
                continue
            if borrowed and year_from_month and wd_m is None:
                loaned.add(m.start())
            add(m, label, d, d, **weekday_attrs(m, d, guessed, borrowed))
    if pub is not None:
        _relative(text, lex.lang, pub, field, facts, claimed, free)
    elif reported is not None:
        # "ALCANTARA, Brazil, Nov 19 (Wire) - ... launched ... on Thursday": the dateline's
        # day stands for the publication day; a year it lacked stays a guess
        _relative(
            text,
            lex.lang,
            reported[0],
            field,
            facts,
            claimed,
            free,
            anchor="dateline",
            year_guessed=reported[1],
        )
    elif (lead := _lead_day(facts)) is not None:
        # no publication date: "Korban bertambah, Kamis (19/11/2026). Longsor terjadi kemarin
        # dini hari" counts back from the day the lead reports, so "kemarin" is Wednesday
        lead_day = date.fromisoformat(str(lead.value))
        _relative(
            text,
            lex.lang,
            lead_day,
            field,
            facts,
            claimed,
            lambda s, e: s >= lead.end and free(s, e),
            # "penetapan KLB pada Senin lalu": counted back from it too
            names=frozenset({"day_word", "wd_last"}),
            anchor="lead",
        )
        # "Warga mengungsi, Senin (24/11/2025). Api yang mulai menyala pada Sabtu ...":
        # a bare weekday past the lead, a day or two before the lead's weekday and in
        # no clause about the future, is the one just before it (the start of the story
        # the lead reports on). One six days back is as likely the next day ("Sabtu
        # (21/11) ... doa bersama pada Minggu malam"): left unread, as are "sejak" and
        # "hingga" (an aside, a span) and "mulai Selasa" (from the coming one)
        _relative(
            text,
            lex.lang,
            lead_day,
            field,
            facts,
            claimed,
            lambda s, e: (
                s >= lead.end
                and free(s, e)
                and _recent_past_weekday(text, s, e, lead_day, lex.lang)
            ),
            names=_BARE,
            anchor="lead",
        )
    elif set_day is not None and (week := _week_reference(facts, set_day)) is not None:
        # no publication date, no dateline: a bare weekday ("walked out on Wednesday") is read
        # from the day the other texts of the set were published (anchored "set"), or, when
        # the text writes a day of that week with its weekday ("Sunday, November 22", its year
        # the one that weekday tells), from that day, after it ("are expected to meet on
        # Monday" is the next day; anchored "lead"); its year a guess either way. A day
        # written out further off ("the rise took effect on November 14") tells nothing of
        # which week a bare weekday falls in, and a day of that week with no weekday is the
        # text's own reference, which the borrowed day must not override
        base, after = week
        _relative(
            text,
            lex.lang,
            base,
            field,
            facts,
            claimed,
            lambda s, e: s >= after and free(s, e),
            names=_BARE,
            anchor="set" if after == 0 else "lead",
            year_guessed=True,
        )
    if pub is None and reported is None and set_day is None and (own := _own_week(facts)):
        # no publication date, no dateline, no other texts' day: "Ledakan terjadi Selasa
        # pagi ... korban meninggal Rabu (18/11/2026)" reads the bare weekday in the week of
        # the text's own full dates (the latest Tuesday on or before the 18th), when they all
        # fall within one week; dates weeks apart leave which week it is unsaid. Past the
        # first of them a weekday may as well be the next days' ("Sabtu (21/11) ... doa
        # bersama pada Minggu malam", "sekolah libur mulai Selasa"), or, said "since", an
        # aside beside the story's day ("hilang kontak sejak Sabtu"): left unread
        first_day, latest = own
        _relative(
            text,
            lex.lang,
            latest,
            field,
            facts,
            claimed,
            lambda s, e: s < first_day and free(s, e),
            names=_BARE,
            anchor="text",
        )
    if (
        pub is None
        and reported is None
        and all(f.label != "day" or f.start in loaned for f in facts)
    ):
        facts.extend(_weekdays_only(text, lex.lang, field, claimed, free))
    facts.sort(key=lambda f: f.start)
    _mark_updates(text, lex.lang, low, facts)
    add_times(text, facts, lex.lang, low)
    return DateResult(facts, claimed.spans)


@lru_cache(maxsize=4)
def _revision_cues(lang: str) -> tuple[str, ...]:
    """Words revising a count ("bertambah menjadi", "rose to": numbers.json revision_cues)."""
    return tuple(c.casefold() for c in load(lang, "numbers").get("revision_cues", []))


# A clause opening "as of" a day: "Hingga Selasa (11/11/2025), korban bertambah menjadi 21".
_AS_OF_RE = re.compile(r"(?:^|[.,;:]\s*|\n)(?:hingga|sampai|per|as\s+of|until|by)\s+$", re.I)


def _mark_updates(text: str, lang: str, low: str | None, facts: list[Fact]) -> None:
    """Marks ``attrs["update"]`` on a day that dates a revised count rather than the event:
    "Jumlah korban tewas ... bertambah menjadi 21 orang, Selasa (11/11/2025)" (the flood was
    on Sunday), "The toll rose to 21 on Tuesday", "Hingga Selasa (11/11/2025), jumlah korban
    bertambah menjadi 21". A day before the revision that opens no "as of" clause dates the
    event ("Banjir pada Minggu (9/11/2025) ... korban bertambah menjadi 21") and stays."""
    cues = _revision_cues(lang)
    if low is None:
        low = text.lower()  # a few letters change length: offsets inside a sentence shift
    if not facts or not any(c in low for c in cues):
        return
    spans = sentence_spans(text)
    for i, f in enumerate(facts):
        if f.label != "day":
            continue
        s, e = next(((a, b) for a, b in spans if a <= f.start < b), (f.start, f.end))
        sentence = text[s:e].lower()
        at = [sentence.find(c) for c in cues if c in sentence]
        if not at:
            continue
        if min(at) + s < f.start or _AS_OF_RE.search(text[max(s, f.start - 12) : f.start]):
            facts[i] = replace(f, attrs={**f.attrs, "update": True})


def _in_week_of(f: Fact, day: date) -> bool:
    """Whether a written-out day falls in the week up to ``day``: a text's own reference for
    its weekdays, which a borrowed day must not override."""
    if f.label != "day":
        return False
    try:
        written = date.fromisoformat(str(f.value)[:10])
    except ValueError:
        return True  # unreadable: keep the text's own reading
    return 0 <= (day - written).days < 7


_BARE = frozenset({"wd_bare"})
# A day written with its year: "18 November 2026", "(18/11/2026)", "(18/11/26)".
_YY_RE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\b")


def _own_week(facts: Sequence[Fact]) -> tuple[int, date] | None:
    """Where the first of the days a text writes in full stands (their year written, their
    weekday, if any, agreeing) and the latest of them, when they all fall within one week:
    the one clear reference for its bare weekdays; else None (no such day, or days a week or
    more apart)."""
    found: list[tuple[int, date]] = []
    for f in facts:
        a = f.attrs
        if (
            f.label != "day"
            or a.get("year_guessed")
            or a.get("weekday_mismatch")
            or a.get("relative")
        ):
            continue
        try:
            day = date.fromisoformat(str(f.value)[:10])
        except ValueError:
            return None
        if str(day.year) not in f.text and not _YY_RE.search(f.text):
            return None  # "May 12" takes its year from elsewhere ("February 2021"): no anchor
        found.append((f.start, day))
    days = [d for _, d in found]
    if not days or (max(days) - min(days)).days >= 7:
        return None
    return min(s for s, _ in found), max(days)


def _week_reference(facts: Sequence[Fact], day: date) -> tuple[date, int] | None:
    """What a bare weekday of a text with no date of its own is read from, and from where in
    the text: ``day`` (the other texts') when the text writes no day of that week; the first
    day of that week it writes with its weekday, agreeing, read after it; else None."""
    in_week = sorted((f for f in facts if _in_week_of(f, day)), key=lambda f: f.start)
    if not in_week:
        return day, 0
    own = in_week[0]
    written = date.fromisoformat(str(own.value)[:10])
    if own.attrs.get("weekday") != written.isoweekday() or own.attrs.get("weekday_mismatch"):
        return None
    return written, own.end


# Days a yearless dateline may stand from the other texts' day and still take its year (two
# months, as a day without its year takes the publication's: see _resolve_year).
YEAR_LEND_DAYS = 62


def _past_month_year(
    text: str, lang: str, month: int, ref: date | None, first: re.Match[str] | None
) -> tuple[int, bool]:
    """The year of a month said to be past ("pada Juli lalu", "last July") and whether it is
    a guess: the last such month on or before the day the text is written (its publication
    or dateline day), else before the first full day it writes. A month and year alone
    ("berkumpul pada Maret 2027") may be a coming or an old event: the year stays a guess."""
    guessed = False
    if ref is None and first is not None:
        if _month_year_only(text, first):
            guessed = True
            months = lexicon(lang).months
            word = first.group(0).split()[0].rstrip(".").lower()
            ref = _safe_date(int(first.group(1)), months.get(word, 12), 1)
        else:
            ref = _day_written_at(text, lang, first)
    if ref is None:
        return PLACEHOLDER_YEAR, True
    return (ref.year if month <= ref.month else ref.year - 1), guessed


def _month_year_only(text: str, found: re.Match[str]) -> bool:
    """Whether a full date the text gives (``_full_date_years``) is a month and year alone
    ("October 2023"): often the year of a past event, not the story's."""
    head = found.group(0)[: found.start(1) - found.start()]
    return not any(ch.isdigit() for ch in head) and not re.search(
        r"\d\s+$", text[max(0, found.start() - 4) : found.start()]
    )


def anchor_dateline(day: date, text: str, lang: str) -> tuple[date, bool]:
    """The day of a yearless dateline ("DHAKA, Nov 9 (Wire) -", its year a placeholder) with
    the year the article's text tells, and whether that year is still a guess: see
    :func:`_dateline_year`."""
    lang = lexicon(lang).lang
    return _dateline_year(day, text, lang, _full_date_years(lang).search(text), None)


def _dateline_year(
    day: date, text: str, lang: str, first: re.Match[str] | None, set_day: date | None
) -> tuple[date, bool]:
    """The year of a dateline day written without one, from what the texts say, never from
    the day kroscek runs: the other articles' day when it falls within days of it
    (``_year_from_set``); else a day written out in full in the text ("Minggu (16/11/2025)");
    else the placeholder year, a guess every text of a comparison shares, so that two wires'
    "on Thursday" and "on Friday" under one yearless dateline still fall on two days."""
    if set_day is not None and (lent := _year_from_set(day, set_day)) is not None:
        return lent
    if first is None:
        return day, True
    found = [first]
    found += islice(_full_date_years(lang).finditer(text, first.end()), _DATELINE_DAYS - 1)
    for m in found:
        if _month_year_only(text, m):
            continue
        written = _day_written_at(text, lang, m)
        if written is not None and (near := _year_from_set(day, written)) is not None:
            # "VIENNA, Nov 23 - ... cut output from January 1, 2027": the dateline is the
            # writing day, weeks before the coming date the text announces, not a year after
            return near
        if _coming_day(text, m.start(), lang):
            # "... from March 1, 2028" months ahead says nothing of the writing year
            continue
        firm = _safe_date(int(m.group(1)), day.month, day.day)
        if firm is not None:
            return firm, False
    return day, True


# How many full days a text writes are tried for its yearless dateline's year.
_DATELINE_DAYS = 4
# A day the text announces: what starts or is due on it ("mulai 1 Maret 2028", "from March
# 1, 2028", "effective", "berlaku"), or a clause about the future ("will", "akan").
_COMING_BEFORE_RE = re.compile(
    r"\b(?:from|starting|effective|beginning|mulai|berlaku)\s+"
    r"(?:(?:on|pada|tanggal|tgl\.?)\s+)?(?:[^\W\d_]+,?\s+)?(?:\(?\d{1,2}\s+)?$",
    re.IGNORECASE,
)


def _coming_day(text: str, pos: int, lang: str) -> bool:
    """Whether the full day written at ``pos`` is one the text announces, not one it reports:
    its year may be the next one, so it lends no year to the dateline."""
    if _COMING_BEFORE_RE.search(text, max(0, pos - 40), pos):
        return True
    return _future_clause(text, pos, lang)


def _day_written_at(text: str, lang: str, found: re.Match[str]) -> date | None:
    """The day a full date the text writes (``_full_date_years``) names, if it names one."""
    window = text[max(0, found.start() - 30) : found.end()]
    days = [f for f in extract_dates(window, lang).facts if f.label == "day"]
    if not days or days[-1].attrs.get("year_guessed"):
        return None
    return date.fromisoformat(str(days[-1].value))


# How far into a text its lead may name the day of its dateline ("JAKARTA, Nov 16 (Wire) -
# Kenya's X won the marathon on Sunday ..."): the lead sentence.
_LEAD_CHARS = 400
# Years a weekday may move a yearless day from the placeholder: a month and day falls on
# each weekday at least once in any eleven years running.
_WEEKDAY_YEARS = 11


def lead_weekday(text: str, lang: str) -> int | None:
    """The ISO weekday the lead sentence names on its own ("won the race on Sunday"), if any:
    a capitalised weekday that is no part of a name, not in a clause about the future, and
    for Indonesian "Minggu" only after "pada" / "hari" (it is also "week")."""
    lang = lexicon(lang).lang
    lex = lexicon(lang)
    end = min(len(text), _LEAD_CHARS)
    stop = re.search(r"[.!?](?:\s|$)|\n", text[:end])
    lead = text[: stop.end() if stop else end]
    if not (set(re.findall(r"[^\W\d_]+", lead.casefold())) & lex.weekdays.keys()):
        return None
    for m in dict(_relative_patterns(lang))["wd_bare"].finditer(lead):
        wd = m.group("wd")
        if not wd[0].isupper() or _inside_name(lead, m.start("wd"), m.end("wd")):
            continue
        pre = (m.group("pre") or "").lower()
        if lang == "id" and wd.lower() == "minggu" and pre not in ("pada", "hari"):
            continue
        if pre in ("sejak", "since", "hingga", "sampai", "until", "till"):
            continue
        if _future_clause(lead, m.start(), lang):
            continue
        return lex.weekdays[wd.lower()]
    return None


def weekday_year(day: date, weekday: int) -> int | None:
    """The first year from the placeholder in which ``day``'s month and day fall on
    ``weekday``: the guessed year of a yearless dateline whose lead names its weekday."""
    for year in range(PLACEHOLDER_YEAR, PLACEHOLDER_YEAR + _WEEKDAY_YEARS):
        cand = _safe_date(year, day.month, day.day)
        if cand is not None and cand.isoweekday() == weekday:
            return year
    return None


def week_written_year(day: date, texts: Iterable[tuple[str, str]]) -> int | None:
    """The year of a yearless dateline ``day`` that the comparison's texts tell by a day of
    its week they write with its weekday ("PATNA, Nov 23" over "derailed on Sunday,
    November 22": the year in which 22 November is a Sunday, so "on Sunday" is the 22nd, not
    a Sunday 23 November), from ``(text, lang)`` pairs; None when none does, or two disagree."""
    years: set[int] = set()
    for text, lang in texts:
        for f in extract_dates(text, lang).facts:
            a = f.attrs
            if f.label != "day" or not a.get("year_guessed") or a.get("relative"):
                continue
            if a.get("weekday") is None or a.get("weekday_mismatch"):
                continue
            written = date.fromisoformat(str(f.value)[:10])
            moved = _safe_date(written.year, day.month, day.day)
            if moved is not None and 0 <= (moved - written).days < 7:
                years.add(written.year)
    return min(years) if len(years) == 1 else None


def _weekday_of(year: int, day: date) -> int | None:
    """The ISO weekday of ``day``'s month and day in ``year`` (None: no 29 February)."""
    moved = _safe_date(year, day.month, day.day)
    return moved.isoweekday() if moved is not None else None


def _year_of_weekday(day: date, weekday: int | None, near: date | None) -> date:
    """A yearless day whose year is only a guess, written with its weekday ("Sunday, November
    22"): the weekday tells the year, the one nearest the other texts' day (``near``), else the
    first from the placeholder (as :func:`weekday_year` does for a dateline). Still a guess:
    the same day and weekday recur every few years."""
    if weekday is None or day.isoweekday() == weekday:
        return day
    if near is None:
        year = weekday_year(day, weekday)
    else:
        span = range(near.year - _WEEKDAY_YEARS, near.year + _WEEKDAY_YEARS + 1)
        fits = [y for y in span if _weekday_of(y, day) == weekday]
        year = min(fits, key=lambda y: abs(y - near.year)) if fits else None
    moved = _safe_date(year, day.month, day.day) if year is not None else None
    return moved if moved is not None else day


def written_day(text: str, lang: str) -> date | None:
    """The first day a text writes out in full, with its year ("Minggu (16/11/2025)", "16
    November 2025"): the day a comparison may lend the articles that give none (a wire's
    yearless dateline takes its year)."""
    lang = lexicon(lang).lang
    first = _full_date_years(lang).search(text)
    if first is None or _month_year_only(text, first):
        return None
    window = text[max(0, first.start() - 30) : first.end()]
    days = [f for f in extract_dates(window, lang).facts if f.label == "day"]
    if not days or days[-1].attrs.get("year_guessed") or days[-1].attrs.get("weekday_mismatch"):
        return None
    return date.fromisoformat(str(days[-1].value))


def _year_from_set(day: date, set_day: date) -> tuple[date, bool] | None:
    """A yearless dateline ("JAKARTA, July 5 (Wire)") in a set the other texts date to days
    near it: the year is theirs (the one that puts the dateline nearest their day, "Dec 31"
    beside a "2 Januari 2026" is 2025), no longer a guess ("on Monday" is then the Monday on or
    before it). A day written weeks apart ("July 8" beside a "1 Agustus 2025" the other text
    announces) still lends its year: one story is told within months, and a weekday in the
    lead ("released on Monday") need not be the dateline's own day."""
    best: tuple[int, date] | None = None
    for year in (set_day.year - 1, set_day.year, set_day.year + 1):
        candidate = _safe_date(year, day.month, day.day)
        if candidate is None:  # 29 February in another year
            continue
        gap = abs((candidate - set_day).days)
        if best is None or gap < best[0]:
            best = (gap, candidate)
    if best is None or best[0] > YEAR_LEND_DAYS:
        return None
    return best[1], False


# how many days before the lead's day a bare weekday after the lead is read as the one just
# past: further back, the same weekday name is as likely the coming one
_LEAD_BACK_DAYS = 2
_SPAN_BEFORE_RE = re.compile(r"(?:\b(?:mulai|sejak|hingga|sampai|since|until|till|from)\s+)$", re.I)


def _recent_past_weekday(text: str, s: int, e: int, lead_day: date, lang: str) -> bool:
    """Whether the bare weekday matched at ``text[s:e]`` names a day one to
    :data:`_LEAD_BACK_DAYS` days before ``lead_day``, with no span word ("sejak", "mulai",
    "hingga") before it and in no clause about the future."""
    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", text[s:e])
    target = lexicon(lang).weekdays.get(words[-1].lower()) if words else None
    if target is None or (len(words) > 1 and words[0].lower() not in ("pada", "hari", "on")):
        return False
    back = (lead_day.isoweekday() - target) % 7
    if not 1 <= back <= _LEAD_BACK_DAYS:
        return False
    if _SPAN_BEFORE_RE.search(text, max(0, s - 8), s):
        return False
    return not _future_clause(text, s, lang)


def _lead_day(facts: Sequence[Fact]) -> Fact | None:
    """The first date of the text if it names a day for sure (its year written or lent by a
    full date, its weekday not contradicted): the day the story reports from."""
    first = min(facts, key=lambda f: f.start, default=None)
    if (
        first is None
        or first.label != "day"
        or first.attrs.get("year_guessed")
        or first.attrs.get("weekday_mismatch")
    ):
        return None
    return first


WEEKDAY = "weekday"  # the label of a weekday no day of the text or its dateline anchors
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# any Monday: bare weekdays are read against it only to learn which weekday each names
_ANY_MONDAY = date(2001, 1, 1)
# a weekday alone, last ("Kamis lalu", "last Thursday") or next ("Kamis depan")
_WEEKDAY_WORDS = frozenset({"wd_bare", "wd_last", "wd_next"})


def _weekdays_only(
    text: str, lang: str, field: Field, claimed: _Claimed, free: Callable[[int, int], bool]
) -> list[Fact]:
    """ "attacked on Sunday", "diserang pada Minggu" in a text with no day to count from
    (no publication date, no dated dateline, no full date): each bare weekday as a date of
    label ``weekday`` whose value is the weekday's English name ("sunday") and attrs
    ``weekday`` its ISO number (``coming`` for one a future clause or "depan"/"next" looks
    ahead to, ``last`` for "Selasa lalu", "last Tuesday"), with no
    calendar day invented; two texts' weekdays of one act can still be set against each other."""
    found: list[Fact] = []
    _relative(text, lang, _ANY_MONDAY, field, found, claimed, free, names=_WEEKDAY_WORDS)
    last_words = _relative_second_triggers(norm_lang(lang))["wd_last"]
    return [
        replace(
            f,
            label=WEEKDAY,
            value=_WEEKDAY_NAMES[int(wd) - 1],
            attrs={
                "weekday": wd,
                "relative": True,
                "anchor": "none",
                # "will be flown home on Wednesday": the coming one, not the act's day
                **({"coming": True} if str(f.value) > _ANY_MONDAY.isoformat() else {}),
                # "Selasa lalu", "last Tuesday": a week before a day the text does not give
                **({"last": True} if last_words & _present_words(f.text) else {}),
            },
        )
        for f in found
        if isinstance(wd := f.attrs.get("weekday"), int)
    ]


def _relative(
    text: str,
    lang: str,
    pub: date,
    field: Field,
    facts: list[Fact],
    claimed: _Claimed,
    free: Callable[[int, int], bool],
    *,
    names: frozenset[str] | None = None,
    anchor: str = "",
    year_guessed: bool = False,
) -> None:
    """Relative expressions ("kemarin", "Kamis lalu", "pekan lalu", "earlier this month")
    resolved against the publication day ``pub``; appends to ``facts`` and ``claimed``.
    ``names`` limits the patterns tried; ``anchor`` ("lead", "dateline") says what ``pub``
    is when it is not the publication date (stored as ``attrs["anchor"]``); ``year_guessed``
    marks dates whose reference day had no year."""
    lex = lexicon(lang)
    sentence_starts = {s for s, _ in sentence_spans(text)}
    low = lowered(text)

    def add(m: re.Match[str], label: str, start: date, end: date, **attrs: object) -> None:
        claimed.append(m.span())
        facts.append(
            Fact(
                kind="date",
                label=label,
                value=start.isoformat(),
                text=m.group(),
                start=m.start(),
                end=m.end(),
                field=field,
                attrs={
                    "end": end.isoformat(),
                    "relative": True,
                    **({"anchor": anchor} if anchor else {}),
                    **({"year_guessed": True} if year_guessed else {}),
                    **attrs,
                },
            )
        )

    monday = pub - timedelta(days=pub.isoweekday() - 1)
    present = _present_words(text)
    triggers = _relative_triggers(lex.lang)
    second = _relative_second_triggers(lex.lang)
    for name, pat in _relative_patterns(lex.lang):
        if names is not None and name not in names:
            continue
        if not (triggers[name] & present):
            continue  # none of the words this pattern needs is in the text
        if name in second and not (second[name] & present):
            continue
        for m in finditer_fast(pat, text, low):
            if not free(*m.span()):
                continue
            g = m.groupdict()
            if name in ("wd_last", "wd_next", "wd_bare"):
                wd_word = g["wd"]
                target = lex.weekdays[wd_word.lower()]
                if (
                    name != "wd_bare"
                    and lex.lang == "id"
                    and wd_word.lower() == "minggu"
                    and not re.search(r"(?:hari|pada)\s+$", text[max(0, m.start() - 8) : m.start()])
                ):
                    continue  # "minggu lalu" is last week unless "hari Minggu lalu"
                if name == "wd_bare":
                    if not wd_word[0].isupper() or _inside_name(text, m.start("wd"), m.end("wd")):
                        continue
                    if (
                        lex.lang == "id"
                        and wd_word.lower() == "minggu"
                        and (m.start("wd") in sentence_starts or not g.get("pre"))
                    ):
                        continue  # "Minggu" may be "week"
                    pre = (g.get("pre") or "").lower()
                    opens_clause = re.search(
                        r"(?:^|[.,;:]\s*|\n)$", text[max(0, m.start() - 3) : m.start()]
                    )
                    if pre in ("hingga", "sampai", "until", "till") and not opens_clause:
                        # "hujan berlanjut hingga Kamis": the coming one; a clause that opens
                        # with it ("Hingga Senin malam, BNPB mencatat") means "as of"
                        d = pub + timedelta(days=(target - pub.isoweekday()) % 7)
                    elif _future_clause(text, m.start(), lex.lang):
                        # "the minister will visit the site on Wednesday": the coming one
                        d = pub + timedelta(days=(target - pub.isoweekday()) % 7)
                    else:
                        d = pub - timedelta(days=(pub.isoweekday() - target) % 7)
                elif name == "wd_last":
                    delta = (pub.isoweekday() - target) % 7 or 7
                    d = pub - timedelta(days=delta)
                else:
                    delta = (target - pub.isoweekday()) % 7 or 7
                    d = pub + timedelta(days=delta)
                add(m, "day", d, d, weekday=target)
            elif name == "n_ago":
                n = int(g["n"]) if g["n"].isdigit() else _NUM_WORDS.get(g["n"].lower(), 0)
                unit = g["unit"].lower().rstrip("s")
                if unit in ("hari", "day"):
                    d = pub - timedelta(days=n)
                    add(m, "day", d, d)
                elif unit in ("pekan", "minggu", "week"):
                    s = monday - timedelta(weeks=n)
                    add(m, "week", s, s + timedelta(days=6))
                elif unit in ("bulan", "month"):
                    y, mo = divmod(pub.year * 12 + pub.month - 1 - n, 12)
                    s = date(y, mo + 1, 1)
                    add(m, "month", s, _month_end(s))
                else:
                    s = date(pub.year - n, 1, 1)
                    add(m, "year", s, date(pub.year - n, 12, 31))
            elif name == "early_month":
                base = date(pub.year, pub.month, 1)
                if (g.get("rel") or "ini").lower() == "lalu":
                    base = (base - timedelta(days=1)).replace(day=1)
                end = min(pub, _month_end(base))
                add(m, "month", base, end, part=g["part"].lower())
            elif name == "early_year":
                base = date(pub.year - ((g.get("rel") or "").lower() == "lalu"), 1, 1)
                end = min(pub, date(base.year, 12, 31))
                add(m, "year", base, end, part=g["part"].lower())
            elif name == "week":
                rel = g["rel"].lower()
                s = monday + timedelta(
                    weeks={"ini": 0, "this": 0, "lalu": -1, "last": -1}.get(rel, 1)
                )
                add(m, "week", s, s + timedelta(days=6))
            elif name == "month":
                rel = g["rel"].lower()
                shift = {"ini": 0, "this": 0, "lalu": -1, "last": -1}.get(rel, 1)
                y, mo = divmod(pub.year * 12 + pub.month - 1 + shift, 12)
                s = date(y, mo + 1, 1)
                add(m, "month", s, _month_end(s))
            elif name == "year_rel":
                rel = g["rel"].lower()
                y = pub.year + {"ini": 0, "this": 0, "lalu": -1, "last": -1}.get(rel, 1)
                add(m, "year", date(y, 1, 1), date(y, 12, 31))
            elif name == "year_ago":
                y = pub.year - 1
                add(m, "year", date(y, 1, 1), date(y, 12, 31))
            elif name == "day_word":
                w = re.sub(r"\s+", " ", g["w"].lower())
                offset = {
                    "kemarin lusa": -2,
                    "the day before yesterday": -2,
                    "kemarin": -1,
                    "yesterday": -1,
                    "hari ini": 0,
                    "today": 0,
                    "besok": 1,
                    "tomorrow": 1,
                    "lusa": 2,
                }[w]
                d = pub + timedelta(days=offset)
                add(m, "day", d, d)
