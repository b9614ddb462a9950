"""Counts and amounts: "lebih dari 11.000 orang", "sekitar 240 lainnya", "Rp1,2 triliun".

A number fact says how many of what: ``value`` is the number as a float, ``label`` the
counted noun (normalised through lang/*/nouns.json, so "jiwa" counts "orang") or the unit
when an amount has one ("percent", "IDR"), ``attrs["qualifier"]`` how exact the writer was
(about, more_than, at_least, up_to, exact) and ``attrs["event"]`` what happened to the
counted things (killed, injured, hostage...) when a nearby word says so, so that a death
toll is never compared with a count of the wounded.

Not numbers: dates and years (the date extractor claims them first), times ("pukul
10.30"), phone numbers and identifiers ("0812-3456", "1.2.3"), ordinals ("ke-3", "No. 5")
and numbers that are part of a name ("Resolusi 2334", "Boeing 737").
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from kroscek.data import Fact, Field
from kroscek.extract.currencies import currency_after
from kroscek.extract.gazetteer import is_demonym, is_people_word
from kroscek.extract.lexicon import (
    Lexicon,
    ending_chars,
    finditer_fast,
    lead_alternation,
    lexicon,
    lowered,
    may_end_with,
    phrase_pattern,
)
from kroscek.extract.measures import add_measures
from kroscek.extract.normalize import fold
from kroscek.extract.resources import load
from kroscek.extract.sentences import Mask, sentence_of, sentence_spans
from kroscek.text.lang import unit_scales

_RUN_RE = re.compile(r"\d+(?:[.,]\d+)*")
_WORD_RE = re.compile(r"[\w’'-]+", re.UNICODE)
# A clock time ("16.00", "9:30") right after another one and a word joining a span
# ("pukul 12.00 hingga 16.00", "from 9:00 to 11:30").
_CLOCK_RUN_RE = re.compile(r"(?:[01]?\d|2[0-4])[.:][0-5]\d")
_CLOCK_BEFORE_RE = re.compile(
    r"\b(?:[01]?\d|2[0-4])[.:][0-5]\d\s*(?:WIB|WITA|WIT)?\s*(?:hingga|sampai|s\.d\.?|-|–|to|until)\s*$",
    re.IGNORECASE,
)
_TIME_AFTER_RE = re.compile(r"\s*(?:WIB|WITA|WIT|GMT|UTC|a\.m\.|p\.m\.|am\b|pm\b)", re.IGNORECASE)
_APPROX_SUFFIX_RE = re.compile(r"-an\b")
_NAME_AFTER_RE = re.compile(r" [A-Z][a-z]")
_SCALE_WORD_RE = re.compile(r"\s+([A-Za-z]+)(?![\w-])")
_LETTERS_RE = re.compile(r"[^\W\d_]+")
_AGE_RE = re.compile(r"[- ](?:years?|months?|weeks?|days?)-old\b", re.IGNORECASE)
_ABOUT_TOLERANCE = 0.10
# added to the distance of an event word in the clause before "and"/"dan": the number's own
# clause, after it, is looked at first
JOINED_CLAUSE = 100
# An event word right before its own count ("and injuring 540") stands this close to it.
_OWN_COUNT_CHARS = 20
_WORD_AFTER_RE = re.compile(r"[ \t]+(\w+)")
# compiled once: the module-level ``re`` functions look each pattern up again per call, and
# the helpers below run several times per figure
_SPACES_RE = re.compile(r"\s+")
_HYPHEN_SPACES_RE = re.compile(r"[\s-]+")
_SPACE_RUN_RE = re.compile(r" +")
_BLANKS_RE = re.compile(r"[ \t]+")
_LEBIH_RE = re.compile(r" lebih\b")
_THE_END_RE = re.compile(r"\b[Tt]he\s*$")
_PARTITIVE_RE = re.compile(r"[ \t]+(\w+)(?:[ \t]+(\w+))?")
_SKIP_EN_RE = re.compile(r"-(?=\w)|\s+(?:of\s+(?:the\s+)?)?")
_SKIP_RE = re.compile(r"-(?=\w)|\s+")
_VERB_END_RE = re.compile(r"(?:ed|ing)$")
_CLAUSE_MARK_RE = re.compile(r"[,;:]")
_CUT_RE = re.compile(r"[;:()]")
_NUMBER_RUN_RE = re.compile(r"[\w.,$€£]+")
_DIGIT_RE = re.compile(r"\d")
_SENTENCE_END_RE = re.compile(r"[.!?]\s")
# An Indonesian ordinal written with digits ("hari ke-20"): a rank, not a count.
_ORDINAL_RE = re.compile(r"\bke-\d+")
_WORDS_RE = re.compile(r"\w+")
_NAME_BEFORE_RE = re.compile(r"([\w-]+)\s+$")
_DATELINE_END_RE = re.compile(r"(?:^|\s)[-–—]\s*$")
_RATE_PREFIX = "per_"  # an exchange rate's unit, "per_USD" (lang/*/units.json)
# The currencies news quotes against the dollar: "Rp16.270 per dolar AS", "16,300 rupiah per
# dollar" are the rate, as "16,270 per dollar" is; "US$5 per barrel" stays a price
_RATE_CURRENCIES = frozenset({"IDR", "MYR", "PHP", "THB", "VND", "SGD", "INR", "CNY", "JPY"})
_TIME_UNITS = frozenset({"year", "month", "day", "hour", "minute", "second", "week"})
_DATE_WORDS = frozenset(
    {"kemarin", "besok", "lusa", "lalu", "ini", "depan", "yesterday", "today", "tomorrow", "ago"}
)

QUALIFIERS = ("about", "more_than", "at_least", "up_to", "exact")


def parse_written(run: str, lang: str) -> float | None:
    """Read a written number in the article's convention; None when it is not one number.

    Indonesian groups thousands with "." and writes decimals with "," ("1.200", "2,5");
    English does the reverse ("1,200", "2.5"). A separator the convention cannot explain
    ("1.2.3", "1.200,5,6") means the run is not a quantity (a version, an identifier).
    """
    lex = lexicon(lang)
    dec, grp = lex.numbers.get("decimal", ","), lex.numbers.get("group", ".")
    for (d, g), pattern in zip(((dec, grp), (grp, dec)), _written_res(dec, grp), strict=True):
        m = pattern.fullmatch(run)
        if not m:
            continue
        whole, frac = m.group(1), m.group(2)
        if (d, g) != (dec, grp):
            # the other convention is accepted only where it is unambiguous:
            # several groups ("1,200,000" in Indonesian) or a decimal that cannot be a group
            if g in whole and whole.count(g) < 2 and frac is None:
                continue
            if frac is not None and len(frac) == 3 and g not in whole:
                continue
        value = float(whole.replace(g, ""))
        if frac:
            value += float("0." + frac)
        return value
    return None


@lru_cache(maxsize=8)
def _written_res(dec: str, grp: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Written numbers in the article's convention, then in the other one."""
    return tuple(  # type: ignore[return-value]
        re.compile(rf"(\d{{1,3}}(?:{re.escape(g)}\d{{3}})+|\d+)(?:{re.escape(d)}(\d+))?")
        for d, g in ((dec, grp), (grp, dec))
    )


@lru_cache(maxsize=4)
def _ordinal_words(lang: str) -> frozenset[str]:
    """Words before a number that make it an ordinal or a list number ("ke", "nomor urut")."""
    prefixes = lexicon(lang).numbers.get("ordinal_prefixes", [])
    return frozenset(p.rstrip(".").lower() for p in prefixes)


@lru_cache(maxsize=4)
def _or_more_re(lang: str) -> re.Pattern[str]:
    """Words right after a number that make it a lower bound (numbers.json "or_more")."""
    alt = "|".join(re.escape(w) for w in lexicon(lang).numbers.get("or_more", [])) or "(?!)"
    return re.compile(rf"[ \t]+(?:{alt})\b", re.IGNORECASE)


# "one of the", "one of its": a member of a group named after it, no count of it.
_ONE_OF_RE = re.compile(r"[ \t]+of[ \t]+(?:the|its|their|our|his|her|these|those)\b", re.IGNORECASE)
_PART_OF_SOURCES = {
    "en": (
        r"[ \t]+of[ \t]+(?:(?:(?:the|its|their|our|his|her)[ \t]+(?:[\w-]+['’]s[ \t]+)?)?"
        r"(?P<whole>\d[\d,.]*|{words})"
        r"|(?:the|its|their|our|his|her)[ \t]+(?:[\w-]+['’]s[ \t]+)?[a-z]+)[ \t]+"
    ),
    # "38 dari 45 anggota dewan", "tujuh dari delapan fraksi": a part of a counted whole
    "id": r"[ \t]+dari[ \t]+(?:total[ \t]+)?(?P<whole>\d[\d.]*|{words})[ \t]+",
}


@lru_cache(maxsize=4)
def _part_of_re(lang: str) -> re.Pattern[str] | None:
    """A part's "of"/"dari" and the whole's figure, in digits or in number words ("seven of
    eight factions"), before the whole's counted noun."""
    source = _PART_OF_SOURCES.get(lang)
    if source is None:
        return None
    words = _word_number_re(lang).pattern.removesuffix(r"(?![\w])")
    return re.compile(source.replace("{words}", f"(?:{words})"), re.IGNORECASE)


def _whole_of_part(ctx: _Ctx, pos: int, sent: tuple[int, int]) -> float | None:
    """The whole a part just read belongs to ("tujuh dari delapan fraksi" -> 8), or None."""
    part_re = _part_of_re(ctx.lex.lang)
    m = part_re.match(ctx.text, pos, sent[1]) if part_re is not None else None
    if m is None or m.group("whole") is None:
        return None
    run = m.group("whole")
    if run[0].isdigit():
        return parse_written(run, ctx.lex.lang)
    return parse_words(_WORDS_RE.findall(run), ctx.lex.lang)


_OF_RE = re.compile(r"[ \t]+of[ \t]+")


def _one_of_count(lang: str, text: str, end: int) -> bool:
    """Whether a "one" is followed by "of" and another figure ("one of five golds", "one of
    12 victims"): a member of a counted group, whose count is the figure after it."""
    of = _OF_RE.match(text, end)
    if of is None:
        return False
    at = of.end()
    return at < len(text) and (
        text[at].isdigit() or _word_number_re(lang).match(text, at) is not None
    )


@lru_cache(maxsize=4)
def _word_number_re(lang: str) -> re.Pattern[str]:
    lex = lexicon(lang)
    n = lex.numbers
    words = set(n.get("units", {})) | set(n.get("scales", {}))
    words |= {w for w in (n.get("teens"), n.get("tens"), n.get("hundreds")) if w}
    alt = "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )
    lead = lead_alternation(words, edge=r"\w-")
    return re.compile(rf"{lead}(?:[\s-]+(?:{alt}))*(?![\w])", re.IGNORECASE)


def parse_words(words: list[str], lang: str) -> float | None:
    """Value of a sequence of number words ("tiga ratus lima puluh", "twenty-five thousand")."""
    n = lexicon(lang).numbers
    units: dict[str, float] = {k: float(v) for k, v in n.get("units", {}).items()}
    scales: dict[str, float] = {k: float(v) for k, v in n.get("scales", {}).items()}
    teens, tens, hundreds = n.get("teens"), n.get("tens"), n.get("hundreds")
    whole = " ".join(words).lower()
    if len(words) > 1 and whole in units:
        return units[whole]  # "a dozen": one number written in two words
    total = group = last = 0.0
    seen_any = False
    for raw in words:
        w = raw.lower()
        if w in units:
            v = units[w]
            if v >= 1000 and not scales.get(w):
                total += (group + last) * 0 + v if not (group or last) else (group + last) * v
                group = last = 0.0
            elif v >= 100:
                group += v
            elif last and last % 10 == 0 and last >= 20 and v < 10:
                last += v
            elif last:
                return None
            else:
                last = v
        elif w == teens and last:
            group += last + 10
            last = 0.0
        elif w == tens and last:
            group += last * 10
            last = 0.0
        elif w == hundreds:
            group += (last or 1) * 100
            last = 0.0
        elif w in scales:
            total += (group + last or 1) * scales[w]
            group = last = 0.0
        else:
            return None
        seen_any = True
    if not seen_any:
        return None
    return total + group + last


# "tens of thousands", "hundreds of millions": one vague magnitude, the order of the first
# word times the scale of the second (Indonesian "puluhan ribu" is one run of number words)
_VAGUE_MAGNITUDE_RE = re.compile(
    r"(?<![\w-])(tens|hundreds|dozens)[ \t]+of[ \t]+(thousands|millions|billions)(?![\w-])",
    re.IGNORECASE,
)
_MAGNITUDE_ORDERS = {"tens": 10, "dozens": 12, "hundreds": 100}
_MAGNITUDE_SCALES = {"thousands": 1e3, "millions": 1e6, "billions": 1e9}


def _vague_magnitudes(ctx: _Ctx) -> list[tuple[int, int, float]]:
    """(start, end, lowest figure) of each vague magnitude of two words ("tens of thousands"
    of schools are at least 10,000, not "thousands"); none in a span claimed as a date."""
    out: list[tuple[int, int, float]] = []
    for m in _VAGUE_MAGNITUDE_RE.finditer(ctx.text):
        if not ctx.is_blocked(m.start(), m.end()):
            order = _MAGNITUDE_ORDERS[m.group(1).lower()]
            out.append((m.start(), m.end(), order * _MAGNITUDE_SCALES[m.group(2).lower()]))
    return out


class _Ctx:
    """Per-call state: the text, its sentences and the spans already claimed."""

    def __init__(self, text: str, lex: Lexicon, blocked: list[tuple[int, int]]):
        self.text = text
        self.lex = lex
        self.blocked = Mask(len(text))
        for s, e in blocked:
            self.blocked.add(s, e)
        self.sentences = sentence_spans(text)
        # the text lowercased once, for ``finditer_fast`` (None when lowering moves offsets)
        self.low = lowered(text)
        self.last_label: dict[tuple[int, int], str] = {}  # sentence -> label of its last count
        # sentence -> counted noun of its last count with no unit ("40 siswa", not "6,2 SR")
        self.last_noun: dict[tuple[int, int], str] = {}
        # sentence -> (value, end, whole) of its last count: the parts of a subgroup
        self.last_count: dict[tuple[int, int], tuple[float, int, float | None]] = {}
        self._cues: dict[str, bool] = {}
        self.revised_ends: set[int] = set()  # where the revised counts read so far end
        self.per_change: bool | None = None  # whether a what-if step word occurs (asked once)

    def has_cue(self, key: str) -> bool:
        """Whether any word of lang/*/numbers.json ``key`` occurs in the text (asked once)."""
        found = self._cues.get(key)
        if found is None:
            low = self.low or self.text.lower()
            found = any(c in low for c in self.lex.numbers.get(key, []))
            self._cues[key] = found
        return found

    def is_blocked(self, start: int, end: int) -> bool:
        return not self.blocked.free(start, end)


# The generic noun of people that also measures them ("tiga orang saksi"); "warga" does not
# ("tiga warga Kabupaten X" are residents of X).
_ORANG = "orang"
# "Keempat orang tersangka", "ketiga orang korban": all four (three) of them; the "orang"
# after it tells the collective from the ordinal ("hari ketiga", "Ketiga, ..."). The left
# edge is checked after the "k" (as in lexicon.lead_alternation): the regex engine skips
# to the k's of the text instead of trying the lookbehind at every position.
_COLLECTIVE_ORANG_RE = re.compile(
    r"[Kk](?<![\w-][Kk])e(dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)"
    r"(?=[ \t]+orang([ \t]+))"
)


def extract_numbers(
    text: str,
    lang: str = "id",
    *,
    field: Field = "text",
    blocked: Iterable[tuple[int, int]] = (),
) -> list[Fact]:
    """Every count or amount in ``text``; ``blocked`` spans (dates) are never read as numbers."""
    if not text:
        return []
    lex = lexicon(lang)
    ctx = _Ctx(text, lex, list(blocked))
    found: list[tuple[int, int, float, bool]] = []  # start, end, value, vague
    # "İ" lowers to two characters (no offset-keeping lower case): the word probes below
    # need no offsets
    low = lowered(text) or text.lower()
    shares = (
        _fractions(ctx, field)
        if "per" in low
        or "third" in low
        or "quarter" in low
        or "half" in low
        or "separuh" in low
        or "setengah" in low
        else []
    )
    if "C" in text:  # _TEMPERATURE_RE is case-sensitive: every match holds a capital C
        shares += _temperatures(ctx, field)
    if "/" in text:
        shares += _slash_fractions(ctx, field)
    if "berturut" in low or any(w in low for w in _STREAK_EN):
        shares += _streaks(ctx, field)
    if "plus" in low or "±" in text or "+/-" in text:
        shares += _plus_minus(ctx, field)
    if any(c in low for c in _VOTE_CUES):
        shares += _votes(ctx, field)
    for m in _RUN_RE.finditer(text):
        value = _digit_candidate(ctx, m)
        if value is not None:
            found.append((m.start(), m.end(), value, False))
    magnitudes = _vague_magnitudes(ctx) if " of thousands" in low or " of millions" in low else []
    found.extend((s, e, v, True) for s, e, v in magnitudes)
    for m in finditer_fast(_word_number_re(lex.lang), text, lowered(text)):
        words = _HYPHEN_SPACES_RE.split(m.group())
        value = parse_words(words, lex.lang)
        if value is None or ctx.is_blocked(m.start(), m.end()):
            continue
        if magnitudes and any(s <= m.start() < e for s, e, _ in magnitudes):
            continue  # read whole above: "tens of thousands"
        if text.startswith("-", m.end()) and not _hyphen_unit(ctx, m.end()):
            continue  # "twenty-something"
        if _AGE_RE.match(text, m.end()) and not _YEARS_OLD_RE.match(text, m.end()):
            continue  # "a six-month-old baby": an infant's age in months is no figure kept
        if _ordinal_word_before(ctx, m.start()):
            continue  # "lantai tiga": the third floor, not three of anything
        vague = any(w.lower() in lex.numbers.get("vague", []) for w in words)
        found.append((m.start(), m.end(), value, vague))
    if "ke" in low and " orang " in low:
        # "Keempat orang tersangka": "ke-" on a number word before "orang" is "all four"
        # ("kedua orang tua": both parents, no noun of people after "orang", no count)
        for m in _COLLECTIVE_ORANG_RE.finditer(text):
            value = parse_words([m.group(1)], lex.lang)
            kind = lex.noun_re.match(text, m.end(2))
            if (
                value is not None
                and kind is not None
                and lex.nouns[_SPACES_RE.sub(" ", kind.group().lower())]
                not in _person_nouns(lex.lang)[0]
                and not ctx.is_blocked(m.start(), m.end())
            ):
                found.append((m.start(), m.end(), value, False))
    if "seorang" in low:
        # "Seorang perempuan ... meninggal dunia": one death, kept only with its outcome
        found.extend((m.start(), m.end(), 1.0, False) for m in _SEORANG_RE.finditer(text))
    found.sort()
    facts: list[Fact] = []
    taken_until = -1
    for start, end, value, vague in found:
        if start < taken_until:
            continue
        fact = _build(ctx, start, end, value, vague, field)
        if fact is None:
            continue
        facts.append(fact)
        taken_until = fact.end
    if len(facts) >= 2:
        facts = _range_starts(ctx, facts)
        if ctx.has_cue("total_cues"):
            facts = _parts_of_totals(ctx, facts)
    if any(_RANGE_HEAD in f.attrs for f in facts):
        facts = [
            _without_range_head(f) for f in facts if not (_RANGE_HEAD in f.attrs and not f.label)
        ]
    if any(f.attrs.get("vague") for f in facts):
        facts = _without_restated_vague(ctx, facts)
    if "(" in text and len(facts) >= 2:
        facts = _without_own_conversions(ctx, facts)
    if shares:
        facts = sorted([*facts, *shares], key=lambda f: f.start)
    add_measures(text, facts, lex.lang)
    return facts


# The attribute of a count its own sentence adds up into a total after it: the total is the
# text's figure, the part no claim of its own (compare leaves it out).
PART_OF_TOTAL = "part_of_total"
# The most characters between a part and the total its clause ends on ("delapan orang lainnya
# turut diamankan sehingga totalnya sembilan orang").
_TOTAL_REACH = 90


def _parts_of_totals(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    """A count followed in its sentence by a totality cue and a larger count of its noun
    ("delapan orang lainnya turut diamankan sehingga totalnya sembilan orang", "two more
    were detained, bringing the total to nine") is a part of that total (``attrs["whole"]``,
    ``attrs["part_of_total"]``), not a second count of the same people."""
    cues = ctx.lex.numbers.get("total_cues", [])
    low = ctx.low or ctx.text.lower()
    out = list(facts)
    for i in range(len(out) - 1):
        part, total = out[i], out[i + 1]
        if (
            part.attrs.get("unit")
            or total.attrs.get("unit")
            or "whole" in part.attrs
            or part.label != total.label
            or not 0 < float(part.value) < float(total.value)
            or total.start - part.end > _TOTAL_REACH
        ):
            continue
        gap = low[part.end : total.start]
        if any(c in gap for c in cues) and not _SENTENCE_END_RE.search(gap):
            attrs = {**part.attrs, "whole": float(total.value), PART_OF_TOTAL: True}
            out[i] = replace(part, attrs=attrs)
    return out


# A number word with no noun read only as the first end of a range ("four and five years"):
# a mark dropped once the range gives it its noun or unit, and the figure dropped without.
_RANGE_HEAD = "range_head"
_RANGE_NEXT_RE = re.compile(r"[ \t]+(?:and|or|to|dan|atau|hingga|sampai)[ \t]+", re.IGNORECASE)


def _range_follows(ctx: _Ctx, end: int) -> bool:
    """Whether another figure follows a number after a range's joiner ("four and five")."""
    m = _RANGE_NEXT_RE.match(ctx.text, end)
    if m is None:
        return False
    at = m.end()
    return ctx.text[at : at + 1].isdigit() or (
        _word_number_re(ctx.lex.lang).match(ctx.text, at) is not None
    )


def _without_range_head(f: Fact) -> Fact:
    if _RANGE_HEAD not in f.attrs:
        return f
    attrs = {k: v for k, v in f.attrs.items() if k != _RANGE_HEAD}
    return Fact(f.kind, f.label, f.value, f.text, f.start, f.end, f.field, attrs)


# What joins the two ends of a range ("5 to 7 percent", "antara 2 dan 3 juta rupiah",
# "300-400 orang"), the second end's currency sign allowed before its digits.
_RANGE_JOIN_RE = re.compile(
    r"\s*(?:-|–|—|to|and|until|hingga|sampai|dan|s\.?d\.?|s/d)\s*$", re.IGNORECASE
)


# Words a range's second end may hold at its start ("5 hingga 7 persen": "hingga 7 persen").
_RANGE_OPENERS = frozenset({"hingga", "sampai", "to", "until"})
# one of them anywhere between a range's two ends ("antara 10 hingga 15")
_RANGE_WORD_RE = re.compile(rf"\b(?:{'|'.join(sorted(_RANGE_OPENERS))})\b", re.IGNORECASE)
# The widest range read as one: its top at most this many times its bottom.
RANGE_SPAN = 20


def _range_starts(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    """The first end of a range takes the unit or noun, and the scale word, its second end
    names for both ("between 5 and 7 percent", "antara 2 dan 3 juta rupiah" = 2 juta rupiah,
    "between 300 and 400 people"): alone it was a bare figure counting nothing."""
    scales = ctx.lex.numbers.get("scales", {})
    out = list(facts)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.label or a.attrs.get("unit") or not (b.label or b.attrs.get("unit")):
            continue
        gap = ctx.text[a.end : b.start]
        opener = b.text.split(maxsplit=1)[0].casefold()  # "hingga 7 persen" holds its joiner
        if not _RANGE_JOIN_RE.match(gap) and not (not gap.strip() and opener in _RANGE_OPENERS):
            continue
        value = float(a.value)
        scale = next(
            (float(scales[w.casefold()]) for w in b.text.split() if w.casefold() in scales), None
        )
        if scale and not any(w.casefold() in scales for w in a.text.split()) and value < 1000:
            value *= scale  # "2 dan 3 juta": two million, not two
        top = abs(float(b.value))
        if not 0 < value < top or top / value > RANGE_SPAN:
            continue  # "3 and 400 people": two figures, not the ends of one range
        attrs = dict(a.attrs)
        if b.attrs.get("unit"):
            attrs["unit"] = b.attrs["unit"]
        out[i] = Fact(a.kind, b.label, value, a.text, a.start, a.end, a.field, attrs)
        if b.attrs.get("qualifier") == "up_to" and (
            opener in _RANGE_OPENERS or _RANGE_WORD_RE.search(gap)
        ):
            # "antara 10 hingga 15 kapal": the range's joiner is no bound on its top
            top_attrs = {**b.attrs, "qualifier": a.attrs.get("qualifier", "exact")}
            out[i + 1] = Fact(b.kind, b.label, b.value, b.text, b.start, b.end, b.field, top_attrs)
    return out


_FRACTION_NUMERATORS = {
    "id": {"se": 1, "satu": 1, "dua": 2, "tiga": 3, "empat": 4},
    "en": {"a": 1, "one": 1, "two": 2, "three": 3},
}
_FRACTION_DENOMINATORS = {
    "id": {"tiga": 3, "empat": 4, "lima": 5},
    "en": {"third": 3, "thirds": 3, "quarter": 4, "quarters": 4},
}
# Each pattern below opens with a lookahead for its first letter ("(?=[sdte])"): a pattern
# that opens with a lookbehind is otherwise tried in full at every position of the text.
_FRACTION_RES = {
    "id": re.compile(
        r"(?=[sdte])(?<![\w-])(?:(se)|(satu|dua|tiga|empat)\s+)per(tiga|empat|lima)(?![\w-])",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?=[aot])(?:(?<![\w-])(a|one|two|three)[\s-](thirds?|quarters?)"
        r"(?=\s+of\b)(?!\s+of\s+(?:an?\s+)?(?:hour|century|mile|minute)s?\b)"
        # a change by a share: "cut output by two thirds", "pushed prices up by a third"
        r"|(?:(?<=\bby\s)|(?<=\bby\sabout\s)|(?<=\bby\snearly\s)|(?<=\bby\salmost\s))"
        r"(a|one|two|three)[\s-](thirds?|quarters?)(?![\w-]))",
        re.IGNORECASE,
    ),
}
# Halves: "separuh penawaran", "lebih dari setengah dari", "half of the", "cut by half". Not a
# part of time or of a match ("setengah jam", "setengah tujuh", "the second half"), nor a
# manner ("setengah hati", "separuh baya").
_HALF_RES = {
    # Opens with the "s" in each case it folds with (the long s too), the rest
    # case-insensitive: a pattern compiled without IGNORECASE that opens with a character set
    # lets the regex engine skip to the s's of the text (the edge and "dari " checked after it)
    "id": re.compile(
        # "hampir separuhnya": half of what was named before, a share on its own
        r"[sS\u017f](?<![\w-][sS\u017f])(?i:eparuhnya(?![\w-])|(?:eparuh|etengah(?=\s+dari\b)"
        # "lebih dari setengah pasar", "hampir setengah warga": a bound before it says a share
        r"|(?:(?<=\bdari\s.)|(?<=\bhampir\s.)|(?<=\bsekitar\s.))etengah)"
        r"(?!\s+(?:baya|jiwa|hati|napas|nafas|mati|matang|tiang|jam|hari|malam|abad|tahun|bulan"
        r"|musim|babak|putaran|lusin|waktu|perjalanan|pertama|kedua)\b)(?=\s+[a-z]))",
    ),
    "en": re.compile(
        r"(?=h)(?<![\w-])(?<!first\s)(?<!second\s)(?<!other\s)(?<!latter\s)(?<!final\s)half"
        r"(?:(?=\s+of\b)(?!\s+of\s+(?:an?\s+|the\s+)?(?:hour|century|mile|minute|day|year"
        r"|season|match|game|decade)s?\b)|(?<=\bby\shalf))(?![\w-])",
        re.IGNORECASE,
    ),
}


# (the left edge is checked after the first digit, "\d(?<![\w.,]\d)": the regex engine
# skips to the digits instead of trying a lookbehind at every position; same matches)
_TEMPERATURE_RE = re.compile(r"(\d(?<![\w.,]\d)\d?(?:[.,]\d{1,2})?)\s?(°\s?C|C)(?![\w°])")
# Words of a sentence that make a bare "C" after a figure degrees Celsius ("1.5C above").
_TEMPERATURE_CUES = re.compile(
    r"\b(?:warming|temperatures?|hotter|heat\w*|celsius|suhu|pemanasan|derajat|panas)\b",
    re.IGNORECASE,
)


def _claimed_amount(
    ctx: _Ctx, m: re.Match[str], field: Field, unit: str, value: float, qualifier: str = "exact"
) -> Fact:
    """An amount in ``unit`` (also its label) over the whole match, whose span is claimed so
    that no other reading takes its figure or number words."""
    ctx.blocked.add(m.start(), m.end())
    return Fact(
        kind="number",
        label=unit,
        value=value,
        text=m.group(),
        start=m.start(),
        end=m.end(),
        field=field,
        attrs={"qualifier": qualifier, "unit": unit},
    )


# "go up to": a change's new value, not "as many as" ("will go up to 8,200 rupiah").
_GO_BEFORE_RE = re.compile(r"\b(?:go|goes|went|gone|going)[ \t]*$", re.IGNORECASE)


def _qualifier_before(ctx: _Ctx, start: int) -> str:
    """How exact a share is by the words right before it ("sekitar 1/3", "about a third",
    "lebih dari setengah"): a share is compared by its bound as a count is."""
    qm = ctx.lex.qualifier_re.search(ctx.text, max(0, start - 30), start)
    if qm is None:
        return "exact"
    return ctx.lex.qualifiers.get(_SPACES_RE.sub(" ", qm.group().strip().lower()), "exact")


def _temperatures(ctx: _Ctx, field: Field) -> list[Fact]:
    """ "1.5C above the average", "suhu 36,5°C": degrees Celsius written with the letter
    glued to the figure, in unit "degree" as "2.1 degrees" is. A bare "C" needs a word of
    heat in its sentence ("kelas 3C" is a class)."""
    out: list[Fact] = []
    dec = "," if ctx.lex.lang == "id" else "."
    for m in _TEMPERATURE_RE.finditer(ctx.text):
        if ctx.is_blocked(m.start(), m.end()):
            continue
        raw = m.group(1)
        if ("," if dec == "." else ".") in raw:
            continue  # "1,5C" in English, "1.5C" in Indonesian: a thousands mark, not a decimal
        if m.group(2) == "C":
            s0, s1 = sentence_of(ctx.sentences, m.start())
            if not _TEMPERATURE_CUES.search(ctx.text, s0, s1):
                continue
        out.append(_claimed_amount(ctx, m, field, "degree", float(raw.replace(",", "."))))
    return out


# "for the 17th consecutive month", "for a third straight year", "tahun ketiga berturut-turut":
# the place of this one in an unbroken run is the run's length, a count of that unit as "for
# 17 consecutive months" is; an ordinal of no run ("the 17th month", "posisi ke-17") stays a
# rank. The cheap guards are the streak words themselves.
_STREAK_EN = ("consecutive", "straight", "successive")
_STREAK_AFTER_RE = re.compile(r"[ \t]+(?:consecutive|straight|successive)(?=[ \t])", re.IGNORECASE)


@lru_cache(maxsize=4)
def _streak_re(lang: str) -> re.Pattern[str]:
    ordinals = lexicon(lang).numbers.get("ordinal_words", {})
    words = "|".join(sorted(map(re.escape, ordinals), key=len, reverse=True))
    if lang == "en":
        return re.compile(
            rf"(?<![\w-])(?:(?P<num>\d{{1,3}})(?:st|nd|rd|th)|(?P<word>{words}))"
            r"[ \t]+(?:consecutive|straight|successive)(?=[ \t])",
            re.IGNORECASE,
        )
    return re.compile(
        rf"(?<![\w-])(?P<unit>[^\W\d_]+)[ \t]+(?:ke-?(?P<num>\d{{1,3}})|(?P<word>{words}))"
        r"[ \t]+berturut(?:-turut)?(?![\w-])",
        re.IGNORECASE,
    )


_LINE_END_RE = re.compile(r"[^\n]*?[.!?\"”’)](?:[ \t]*(?:\n|$))")


def _unfinished_line(ctx: _Ctx, end: int) -> bool:
    """Whether the line a streak stands on ends with no full stop: a headline of another
    story left under "READ MORE" ("Exports rise for a third straight month"), not a sentence
    of the article."""
    return _LINE_END_RE.match(ctx.text, end) is None


def _streaks(ctx: _Ctx, field: Field) -> list[Fact]:
    """The runs an ordinal tells the length of (see ``_streak_re``), in their time unit;
    a run of what no unit names ("the third straight win") is left to the ordinals."""
    lex = ctx.lex
    words = lex.numbers.get("ordinal_words", {})
    out: list[Fact] = []
    for m in _streak_re(lex.lang).finditer(ctx.text):
        if lex.lang == "en":
            um = lex.suffix_unit_re.match(ctx.text, m.end())
            start, end = m.start(), um.end() if um is not None else -1
        else:
            um = lex.suffix_unit_re.match(ctx.text, m.start("unit") - 1)
            start, end = m.start(), m.end()
            if um is not None and um.end() != m.end("unit"):
                um = None
        unit = _unit_named(lex, um) if um is not None else None
        if unit not in _TIME_UNITS or ctx.is_blocked(start, end) or _unfinished_line(ctx, end):
            continue
        num = m.group("num")
        value = float(num) if num else float(words[m.group("word").lower()])
        ctx.blocked.add(start, end)
        out.append(
            Fact(
                kind="number",
                label=unit,
                value=value,
                text=ctx.text[start:end],
                start=start,
                end=end,
                field=field,
                attrs={"qualifier": "exact", "unit": unit},
            )
        )
    return out


# A central figure and a margin either side ("2,5 plus minus 1 persen", "3% plus or minus
# 1 percentage point", "2.5 ± 1%"): the range it spans.
_PLUS_MINUS_RE = re.compile(
    r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s*(?:%|persen|percent)?\s*"
    r"(?:plus[ -]?minus|plus[ -]or[ -]minus|±|\+/-)\s*(\d+(?:[.,]\d+)?)\s*"
    r"(%|persen|percent|per cent|percentage points?|poin persentase|persen poin)(?![\w])",
    re.IGNORECASE,
)


# A vote's split ("dengan suara 5-4", "komposisi 6-3", "putusan 5 banding 4", "voted 310-112",
# "a 6-3 ruling"): the words that make two figures joined by a dash a vote, before or after.
_VOTE_CUES = (
    "suara",
    "komposisi",
    "perbandingan",
    "putusan",
    "diputus",
    "vote",
    "ruled",
    "ruling",
    "majority",
    "margin",
    "decision",
    "verdict",
    "split",
)  # every cue word of _VOTE_RE, the cheap guard before it
_VOTE_RE = re.compile(
    r"(?<![\w-])(?:suara|komposisi|perbandingan|putusan|diputus|voted?|votes|ruled|majority"
    r"|margin)[ \t]+(?:(?:of|by|a|dengan|sebesar)[ \t]+)?"
    r"(?P<a>\d{1,3})[ \t]*(?:[-–]|[ \t]banding[ \t]|[ \t]to[ \t])[ \t]*"
    r"(?P<b>\d{1,3})(?![\w/-]|[.,]\d)"
    r"|(?<![\w.,-])(?P<a2>\d{1,3})[-–](?P<b2>\d{1,3})[ \t]+(?:ruling|decision|vote|verdict|majority"
    r"|split|putusan)\b",
    re.IGNORECASE,
)
VOTE = "vote"


def _event_key(ctx: _Ctx, m: re.Match[str]) -> str:
    """The outcome an event word found by ``ctx.lex.event_re`` names ("meninggal  dunia" read
    as "meninggal dunia")."""
    return ctx.lex.events[_SPACES_RE.sub(" ", m.group().lower())]


def _votes(ctx: _Ctx, field: Field) -> list[Fact]:
    """ "Putusan diambil dengan suara 5-4": a vote's split, never a score or a range of 4 to
    5: the majority's count (the value, unit "vote") with the minority's (``against``) on
    the split's span, which is claimed, so that "4" is no figure of its own. A majority
    smaller than its minority is a score or a ratio, left alone."""
    out: list[Fact] = []
    for m in _VOTE_RE.finditer(ctx.text):
        a, b = (m.group("a"), m.group("b")) if m.group("a") else (m.group("a2"), m.group("b2"))
        start, end = (m.start("a"), m.end("b")) if m.group("a") else (m.start("a2"), m.end("b2"))
        if int(a) <= int(b) or ctx.is_blocked(start, end):
            continue
        ctx.blocked.add(start, end)
        out.append(
            Fact(
                kind="number",
                label=VOTE,
                value=float(a),
                text=ctx.text[start:end],
                start=start,
                end=end,
                field=field,
                attrs={"qualifier": "exact", "unit": VOTE, "against": float(b)},
            )
        )
    return out


def _plus_minus(ctx: _Ctx, field: Field) -> list[Fact]:
    """ "sasaran inflasi 2,5 plus minus 1 persen": the two ends of the range a central figure
    and its margin span (1,5 and 3,5 percent, as "1.5% to 3.5%" writes them), both over the
    whole phrase, whose span is claimed: neither "2,5 plus" nor "1 persen" is a figure."""
    out: list[Fact] = []
    for m in _PLUS_MINUS_RE.finditer(ctx.text):
        if ctx.is_blocked(m.start(), m.end()):
            continue
        mid, margin = (
            parse_written(m.group(1), ctx.lex.lang),
            parse_written(m.group(2), ctx.lex.lang),
        )
        if mid is None or margin is None or not 0 < margin < mid:
            continue
        unit = ctx.lex.units_suffix.get(_SPACES_RE.sub(" ", m.group(3).lower()), "percent")
        if unit == "percentage_point":
            unit = "percent"  # "2.5% plus or minus 1 percentage point": a range of percents
        low = _claimed_amount(ctx, m, field, unit, round(mid - margin, 9))
        high = _claimed_amount(ctx, m, field, unit, round(mid + margin, 9))
        out += [low, high]
    return out


def _fractions(ctx: _Ctx, field: Field) -> list[Fact]:
    """ "dua pertiga peserta", "sepertiga", "two-thirds of": a share of a whole, as a fraction
    (unit "fraction", 2/3 = 0.667), so "dua pertiga" is never read as a count of two. The
    spans are claimed, so no other reading takes their number words."""
    lang = ctx.lex.lang
    pattern = _FRACTION_RES.get(lang)
    if pattern is None:
        return []
    nums, dens = _FRACTION_NUMERATORS[lang], _FRACTION_DENOMINATORS[lang]
    out: list[Fact] = []
    for m in pattern.finditer(ctx.text):
        if ctx.is_blocked(m.start(), m.end()):
            continue
        if lang == "id":
            top = nums[(m.group(1) or m.group(2)).lower()]
            bottom = dens[m.group(3).lower()]
        else:
            top = nums[(m.group(1) or m.group(3)).lower()]
            bottom = dens[(m.group(2) or m.group(4)).lower()]
        if top >= bottom:
            continue
        value, qualifier = round(top / bottom, 3), _qualifier_before(ctx, m.start())
        out.append(_claimed_amount(ctx, m, field, "fraction", value, qualifier))
    for m in _HALF_RES[lang].finditer(ctx.text):
        if not ctx.is_blocked(m.start(), m.end()):
            out.append(
                _claimed_amount(ctx, m, field, "fraction", 0.5, _qualifier_before(ctx, m.start()))
            )
    return out


def _slash_fractions(ctx: _Ctx, field: Field) -> list[Fact]:
    """ "sekitar 1/3 dari anggaran": a share written with a slash, as a fraction."""
    out: list[Fact] = []
    for m in _SLASH_FRACTION_RE.finditer(ctx.text):
        top, bottom = int(m.group(1)), int(m.group(2))
        if top >= bottom or ctx.is_blocked(m.start(), m.end()):
            continue
        if _NO_SHARE_AFTER_RE.search(ctx.text, max(0, m.start() - 12), m.start()):
            continue  # "pada 1/3": the first of March; "skor 2/3", "RT 1/3": no share
        value = round(top / bottom, 3)
        qualifier = _qualifier_before(ctx, m.start())
        out.append(_claimed_amount(ctx, m, field, "fraction", value, qualifier))
    return out


# "1/3 dari anggaran", "about 2/3 of": a share written with a slash. Not "(1/3)" nor "1/3/2026"
# (dates), nor a slash inside a code ("No. 1/3", "RT 1/3": no word character or dot before).
_SLASH_FRACTION_RE = re.compile(r"(?=\d)(?<![\w/.,(-])([1-9])/([2-9]|10)(?![\w/)-]|[.,]\d)")
_NO_SHARE_AFTER_RE = re.compile(
    r"\b(?:pada|tanggal|tgl\.?|sejak|hingga|sampai|per|on|since|until|RT|RW|No\.?|nomor|skor"
    r"|score|kelas|grade|pasal|ayat)\s*$",
    re.IGNORECASE,
)


# "120,000 hectares (296,000 acres)", "35.000 kaki (10,7 km)": a measure and, in brackets right
# after it, the same measure in another unit of its quantity
_CONVERSION_OPEN_RE = re.compile(
    r"[ \t]*\([ \t]*(?:(?:about|around|roughly|some|approximately|or|sekitar|kurang lebih|"
    r"atau|setara)[ \t]+)?$",
    re.IGNORECASE,
)
_CONVERSION_TOLERANCE = 0.15


def _same_measure(a: Fact, b: Fact) -> bool:
    sizes = unit_scales()
    ua, ub = a.attrs.get("unit"), b.attrs.get("unit")
    if ua == ub or ua not in sizes or ub not in sizes or sizes[ua][0] != sizes[ub][0]:
        return False
    x, y = float(a.value) * sizes[ua][1], float(b.value) * sizes[ub][1]
    return x > 0 and y > 0 and abs(x - y) <= _CONVERSION_TOLERANCE * max(x, y)


def _without_own_conversions(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    """A measure converted in brackets right after it is one measure, kept as first written
    (the conversion's words in ``attrs["converted"]``), no second figure of the text."""
    out: list[Fact] = []
    for f in facts:
        prev = out[-1] if out else None
        if (
            prev is not None
            and 0 < f.start - prev.end <= 24
            and _CONVERSION_OPEN_RE.search(ctx.text[prev.end : f.start]) is not None
            and _same_measure(prev, f)
        ):
            out[-1] = replace(prev, attrs={**prev.attrs, "converted": f.text})
            continue
        out.append(f)
    return out


def _without_restated_vague(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    """ "to reach tens of thousands of remote schools ... around 37,000 public service points,
    mostly schools": a vague count the same text later gives as a figure of its order of a
    wider noun that its sentence then narrows to the vague count's (and of what befell it, if
    anything did), is that figure told loosely, no second claim. A later figure of the same noun
    ("dozens injured ... 60 people were injured") leaves the vague count: another outlet may
    write the same vague word, and compare sets a vague count beside a figure it covers."""
    out: list[Fact] = []
    for f in facts:
        if f.attrs.get("vague") and f.label and not f.attrs.get("unit"):
            low = float(f.value)
            if any(
                g.start > f.end
                and not g.attrs.get("vague")
                and not g.attrs.get("unit")
                and low <= float(g.value) < low * 10
                and f.attrs.get("event") in (None, g.attrs.get("event"))
                and g.label != f.label
                and _narrowed_to(ctx, g, f.label)
                for g in facts
            ):
                continue
        out.append(f)
    return out


def _narrowed_to(ctx: _Ctx, g: Fact, label: str) -> bool:
    """Whether the rest of the sentence of ``g`` after it names ``label`` ("around 37,000
    public service points, mostly schools"): the wider figure, narrowed to that noun. A noun
    before it ("jemaah diperkirakan mencapai 50.000 orang") is a second estimate, kept."""
    end = sentence_of(ctx.sentences, g.start)[1]
    return re.search(rf"\b{re.escape(label)}\b", ctx.text[g.end : end], re.IGNORECASE) is not None


def _digit_candidate(ctx: _Ctx, m: re.Match[str]) -> float | None:
    text, start, end = ctx.text, m.start(), m.end()
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    after2 = text[end + 1] if end + 1 < len(text) else " "
    if before.isalnum() and not _currency_before(ctx, start):
        return None
    if before == "-" and _collective_ke(ctx, start, end):
        return parse_written(m.group(), ctx.lex.lang)  # "Ke-14 polisi": all fourteen
    if (before in "/:+#.,-_@" and not (before == "-" and _hyphen_range_top(ctx, start))) or (
        before == "." and start >= 2 and text[start - 2].isdigit()
    ):
        return None
    if after.isalnum() and not (after in "kKmM" and not after2.isalnum()):
        return None
    if after.isalpha() and _NAME_AFTER_RE.match(text, end + 1) and not _currency_before(ctx, start):
        return None  # "3M Plus", "5G Network": a glued letter starting a name, not a scale
    if after in "/:_@" or (
        after == "-"
        and after2.isalnum()
        and not _APPROX_SUFFIX_RE.match(text, end)
        and not _hyphen_unit(ctx, end)
        and not _hyphen_range(ctx, start, end)
    ):
        return None
    if after in ".," and after2.isdigit():
        return None
    if _AGE_RE.match(text, end) and not _YEARS_OLD_RE.match(text, end):
        return None  # "a six-month-old baby": an infant's age in months is no figure kept
    if ctx.is_blocked(start, end):
        return None
    run = m.group()
    digits = run.replace(".", "").replace(",", "")
    if len(digits) > 1 and digits.startswith("0") and "," not in run and "." not in run:
        return None  # phone numbers, codes
    if len(digits) >= 7 and run.isdigit():
        return None  # identifiers, phone numbers
    if _TIME_AFTER_RE.match(text, end):
        return None
    prev = _prev_word(text, start)
    if before == "(" and after == ")":
        prev = _prev_word(text, start - 1)  # "ayat (1)": the bracket does not hide the word
    if prev and prev.lower() in ctx.lex.numbers.get("time_words", []):
        return None
    if _CLOCK_RUN_RE.fullmatch(run) and _CLOCK_BEFORE_RE.search(text, max(0, start - 30), start):
        return None  # "pukul 12.00 hingga 16.00": the end of a span of the clock, no figure
    ordinal = prev and (
        prev.lower().rstrip(".") in _ordinal_words(ctx.lex.lang)
        or _listed_after_ordinal(ctx, start, prev)
    )
    if ordinal and not _length_after(ctx, end) and not _to_a_count(ctx, prev, start, end):
        return None  # "posisi 3" is a rank, "posisi 8 mil laut" a distance
    return parse_written(run, ctx.lex.lang)


# An Indonesian verb's active prefix ("mengalami", "menyatakan", "membakar", "menolak") or
# passive form ("dibatalkan", "diperbaiki"): after a figure, what befell it, never its noun.
_ID_VERB_RE = re.compile(r"(?:meng|meny|mem|men)[a-z]{3,}|di[a-z]{3,}(?:kan|i)")
# Nouns that the active prefix's letters open ("lima menteri", "dua menara").
_ID_VERB_LOOKALIKES = frozenset(
    {"menteri", "menara", "mentor", "member", "memori", "menu", "mental", "mentega", "menantu"}
)


def _id_verb(low: str) -> bool:
    """Whether an unknown word after a figure is an Indonesian verb by its affixes."""
    return _ID_VERB_RE.fullmatch(low) is not None and low not in _ID_VERB_LOOKALIKES


def _set_against(ctx: _Ctx, sent: tuple[int, int], label: str) -> bool:
    """Whether "one" stands against another count of its noun earlier in its sentence
    ("delapan fraksi setuju, sementara satu fraksi menolak"): a count, not "a" or "one of"."""
    return ctx.last_label.get(sent) == label


def _ordinal_word_before(ctx: _Ctx, start: int) -> bool:
    """Whether a rank or list word stands before a number word ("lantai tiga", "nomor
    dua"); not "ke", which before a word is the preposition "to" ("ke tiga kota")."""
    prev = _prev_word(ctx.text, start).lower().rstrip(".")
    return (
        prev not in ("ke", "ke-") and prev in _ordinal_words(ctx.lex.lang)
    ) or _listed_after_ordinal(ctx, start, prev)


# The words joining the items of a list of numbers ("lantai empat dan lima", "2 or 3").
_LIST_JOINS = frozenset({"dan", "atau", "and", "or", "serta"})
_LIST_ITEM_BEFORE_RE = re.compile(r"(\w+)[ \t]*,?[ \t]+\w+[ \t]+$")


def _listed_after_ordinal(ctx: _Ctx, start: int, prev: str) -> bool:
    """ "lantai empat dan lima", "Pasal 2 dan 3", "floors four and five": the second number
    of a list whose first follows a rank or list word is a floor (an article) too, no count."""
    if prev.lower() not in _LIST_JOINS:
        return False
    m = _LIST_ITEM_BEFORE_RE.search(ctx.text, max(0, start - 40), start)
    if m is None:
        return False
    item = m.group(1)
    if not item.isdigit() and parse_words([item], ctx.lex.lang) is None:
        return False
    before = _prev_word(ctx.text, m.start(1)).lower().rstrip(".")
    return before not in ("ke", "ke-") and before in _ordinal_words(ctx.lex.lang)


_AGE_APPOSITION_RE = re.compile(r"[A-Z][\w'’-]*,[ \t]$")
_AGE_MAX = 120
# A person's age in brackets after their name ("tersangka AS (34)", "Rudi Hartono (41)"): its
# own unit and label, so it is never a count of people ("34 orang") and compares only with
# other ages.
AGE = "age"
_AGE_BRACKET_BEFORE_RE = re.compile(r"(?<![\w-])[A-Z][\w'’.-]*\s*\($")


def _bracketed_age(ctx: _Ctx, start: int, end: int, value: float) -> bool:
    """Whether a bare figure in brackets right after a name or initials is that person's age."""
    if not value.is_integer() or not 0 < value <= _AGE_MAX or not ctx.text.startswith(")", end):
        return False
    return bool(_AGE_BRACKET_BEFORE_RE.search(ctx.text, max(0, start - 40), start))


# A person's age between a count and its outcome hides no other count ("Seorang perempuan
# berusia 60 tahun meninggal dunia", "a man aged 70 died", "Rudi (41) tewas").
_AGES_BETWEEN_RE = re.compile(
    r"\b(?:berusia|berumur|aged)\s+\d{1,3}|\(\d{1,3}\)|\d{1,3}-years?-old", re.IGNORECASE
)
_SEORANG_RE = re.compile(r"\bseorang\b", re.IGNORECASE)
_YEARS_OLD_RE = re.compile(r"[- ]years?[- ]old\b", re.IGNORECASE)
_AGE_WORD_BEFORE_RE = re.compile(
    r"\b(?:berusia|berumur|usia|umur|usianya|umurnya|aged)\s+(?:sekitar\s+)?$", re.IGNORECASE
)
_YEARS_AFTER_RE = re.compile(r"\s*(?:tahun|thn|th\.?)(?!\w)", re.IGNORECASE)
# "berumur 60 hari", "aged six months": an age counted in shorter units is a duration
_SHORTER_THAN_YEARS_RE = re.compile(
    r"\s*(?:hari|minggu|pekan|bulan|jam|days?|weeks?|months?|hours?)(?!\w)", re.IGNORECASE
)
_AGE_YEARS_COMMA_RE = re.compile(r"\s*(?:tahun|thn|th\.?)?,", re.IGNORECASE)


def _vague_words(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether the figure at [start, end) is written with a vague word ("puluhan")."""
    vague = ctx.lex.numbers.get("vague", [])
    return any(w.lower() in vague for w in ctx.text[start:end].split())


def _age_end(ctx: _Ctx, start: int, end: int, value: float) -> int | None:
    """Where a person's age ends, when the figure at [start, end) is one: in brackets after
    a name ("Sutrisno (45)"), between commas after a name ("Mehmood, 61,", "AS, 34 tahun,"),
    after an age word ("berusia 60 tahun", "aged 34") or before "-year-old" ("a 22-year-old
    rider"). An age is reported as itself (label and unit ``AGE``): a fact two outlets may
    give differently, never a count of people or a duration. None when it is no age."""
    if not value.is_integer() or not 0 < value <= _AGE_MAX:
        return None
    text = ctx.text
    if _bracketed_age(ctx, start, end, value):
        return end
    years_old = _YEARS_OLD_RE.match(text, end)
    if years_old is not None:
        return years_old.end()
    if _AGE_WORD_BEFORE_RE.search(text, max(0, start - 24), start):
        if _SHORTER_THAN_YEARS_RE.match(text, end) or _vague_words(ctx, start, end):
            # "padi yang berumur 60 hari", "kabel berumur puluhan tahun": a crop's days and
            # an approximate span are durations, not a person's age
            return None
        years = _YEARS_AFTER_RE.match(text, end)
        return years.end() if years is not None else end
    comma = _AGE_YEARS_COMMA_RE.match(text, end)
    if comma is not None and _AGE_APPOSITION_RE.search(text, max(0, start - 40), start):
        years = _YEARS_AFTER_RE.match(text, end)
        return years.end() if years is not None else end
    return None


def _age_in_apposition(ctx: _Ctx, start: int, end: int, value: float) -> bool:
    """ "Mehmood, 61, a member of ...": a bare figure between commas right after a name is
    the person's age, not a count."""
    if not value.is_integer() or not 0 < value <= _AGE_MAX or not ctx.text.startswith(",", end):
        return False
    return bool(_AGE_APPOSITION_RE.search(ctx.text, max(0, start - 40), start))


def _preposition_over(ctx: _Ctx, start: int, cue: str) -> bool:
    """Whether "over" or "within" before a number follows a verb of motion or position
    ("flew over 1,080 reefs", "hovered over 30 boats", "moved within 2 km of the town";
    ``over_after_verbs`` and ``within_after_verbs`` of numbers.json): a preposition saying
    where, not "more than" or "up to"."""
    word = cue.strip().lower()
    if word not in ("over", "within"):
        return False
    verbs = ctx.lex.numbers.get(f"{word}_after_verbs", [])
    return _prev_word(ctx.text, start).lower() in verbs


def _unit_named(lex: Lexicon, um: re.Match[str]) -> str | None:
    """The unit a ``suffix_unit_re`` match names ("-km", "mil  laut"): its words as
    units.json keys them, lowercased, one space apart, without a gluing hyphen."""
    return lex.units_suffix.get(_SPACES_RE.sub(" ", um.group().strip(" \t\n-").lower()))


# Units of length: after one, a number is a distance whatever word stands before it.
_LENGTHS = frozenset({"km", "m", "mile", "nautical miles"})


def _length_after(ctx: _Ctx, end: int) -> bool:
    """Whether a unit of length follows a number ("posisi 8 mil laut", "peringkat 2 km"):
    a rank or list word before it does not make a distance an ordinal."""
    um = ctx.lex.suffix_unit_re.match(ctx.text, end)
    if um is None:
        return False
    return _unit_named(ctx.lex, um) in _LENGTHS


def _collective_ke(ctx: _Ctx, start: int, end: int) -> bool:
    """ "ke-14 polisi" (Indonesian): "ke-" before a number *followed by* a counted noun
    means "all fourteen", a count; "hari ke-3" (the noun before) stays an ordinal."""
    if ctx.lex.lang != "id" or start < 3 or ctx.text[start - 3 : start].lower() != "ke-":
        return False
    if start > 3 and ctx.text[start - 4].isalnum():
        return False
    m = _SPACE_RUN_RE.match(ctx.text[end : end + 3])
    return m is not None and bool(ctx.lex.noun_re.match(ctx.text, end + m.end()))


def _to_a_count(ctx: _Ctx, prev: str, start: int, end: int) -> bool:
    """ "dikirim ke 16 provinsi" (Indonesian): "ke" apart from the number, with a counted noun
    after it, is the preposition "to" before a count ("ke-16", "ke 3 kalinya" stay ordinals)."""
    if ctx.lex.lang != "id" or prev.lower() != "ke" or not ctx.text[start - 1].isspace():
        return False
    m = _SPACE_RUN_RE.match(ctx.text[end : end + 3])
    return m is not None and m.end() > 0 and bool(ctx.lex.noun_re.match(ctx.text, end + m.end()))


# The top of a range written with a hyphen ("2-3 meter", "10-15 orang"), and its bottom.
_HYPHEN_TOP_RE = re.compile(r"[-–](\d+(?:[.,]\d+)?)(?![\d.,]*\d)")
_HYPHEN_BOTTOM_RE = re.compile(r"(?<![\w.,/-])(\d+(?:[.,]\d+)?)[-–]$")


def _hyphen_range(ctx: _Ctx, start: int, end: int) -> bool:
    """ "2-3 meter", "10-15 orang lainnya": two figures joined by a hyphen, the second larger
    and followed by a unit or a counted noun, are the ends of one range (read as "2 hingga 3
    meter"); a score ("menang 3-1") or an identifier ("0812-3456") has neither."""
    m = _HYPHEN_TOP_RE.match(ctx.text, end)
    if m is None or _model_designation(ctx, start):
        return False
    lang = ctx.lex.lang
    low, top = parse_written(ctx.text[start:end], lang), parse_written(m.group(1), lang)
    if low is None or top is None or not 0 < low < top or top / low > RANGE_SPAN:
        return False
    after = m.end()
    um = ctx.lex.suffix_unit_re.match(ctx.text, after)
    if um is not None and um.end() > after and _unit_named(ctx.lex, um) is not None:
        return True
    gap = _BLANKS_RE.match(ctx.text, after)
    return gap is not None and ctx.lex.noun_re.match(ctx.text, gap.end()) is not None


_MODEL_MAKER_RE = re.compile(r"(?<![\w.,/-])([A-Z][A-Za-z]+)[ \t]+$")
_SENTENCE_BREAK_RE = re.compile(r"(?:^|[.!?:;\n\"“(]\s*|[-–—]\s+)$")


def _model_designation(ctx: _Ctx, start: int) -> bool:
    """ "Boeing 737-800 jets", "pesawat Airbus 330-900": a hyphenated pair right after a
    capitalised word inside a sentence names a model, not a range (a range opens a sentence,
    "Sekitar 200-300 warga", or follows a lowercase word, "sekitar 200-300 warga"); neither
    end is a count."""
    if start < 2 or not ctx.text[start - 1].isspace():
        return False
    m = _MODEL_MAKER_RE.search(ctx.text, max(0, start - 30), start)
    if m is None or m.group(1).casefold() in ctx.lex.units_prefix:
        return False  # "Rp 10-15 juta": a currency, the range is an amount
    return _SENTENCE_BREAK_RE.search(ctx.text, max(0, m.start() - 3), m.start()) is None


_TIMES_LABELS = frozenset({"kali", "times"})  # lang/*/nouns.json: "N times", "N kali"
_FOLD = "fold"  # the unit of a multiplier (lang/*/units.json: "kali lipat", "-fold")


@lru_cache(maxsize=4)
def _multiplier_re(lang: str) -> re.Pattern[str]:
    words = load(lang, "numbers").get("multiplier_after", [])
    alt = "|".join(
        re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(words, key=len, reverse=True)
    )
    return re.compile(rf"[ \t]+(?:{alt})\b", re.IGNORECASE)


def _multiplier_after(ctx: _Ctx, pos: int) -> bool:
    """ "tiga kali lebih mahal", "three times the official fare", "five times higher": the
    words after "N times" make it a multiplier of a quantity, not how often a thing happened."""
    return _multiplier_re(ctx.lex.lang).match(ctx.text, pos) is not None


def _model_number(ctx: _Ctx, start: int, end: int, value: float, noun_end: int) -> bool:
    """ "a SpaceX Falcon 9 rocket", "the Boeing 777 jet": an English figure above one after a
    capitalised name inside a sentence whose noun stays singular is the model's number (a
    count of nine would say "9 rockets"); only a noun with a plural of its own tells."""
    if ctx.lex.lang != "en" or value == 1 or not ctx.text[start].isdigit():
        return False
    noun = ctx.text[end:noun_end].split()
    if not noun or _plural(word := noun[-1].lower()):
        return False
    label = ctx.lex.nouns.get(word)
    if not any(ctx.lex.nouns.get(word + s) == label for s in ("s", "es")):
        return False  # "25 aircraft", "40 staff": the same word counts many
    return _model_designation(ctx, start)


# (the model: "737-800", "A320", "F-16", "Su-35")
_MODEL_THEN_NOUN_RE = re.compile(
    r"[ \t]+([A-Z][A-Za-z]+)[ \t]+(?:[A-Z][A-Za-z]{0,2}-?)?\d[\w-]*[ \t]+"
)


def _noun_after_model(ctx: _Ctx, pos: int, sent: tuple[int, int]) -> tuple[str, int] | None:
    """ "11 Boeing 737-800 jets", "dua Airbus A320 pesawat": the maker and the model between a
    count and its noun are the noun's modifiers; the known noun (or an English plural) after
    them is what is counted."""
    m = _MODEL_THEN_NOUN_RE.match(ctx.text, pos, sent[1])
    if m is None or m.group(1).lower() in headline_verbs(ctx.lex.lang):
        return None  # "Densus 88 Tangkap 3 Terduga": a headline verb, then its own count
    noun = ctx.lex.noun_re.match(ctx.text, m.end(), sent[1])
    if noun is not None:
        return ctx.lex.nouns[_SPACES_RE.sub(" ", noun.group().lower())], noun.end()
    w = _ONE_WORD_RE.match(ctx.text, m.end() - 1, sent[1])
    if w is not None and ctx.lex.lang == "en" and _plural(w.group(1)):
        return w.group(1), w.end()
    return None


def _within_word(head: str, within: list[str]) -> str:
    """The ``within_time`` words ending ``head`` (numbers.json): "dalam waktu"."""
    low = head.rstrip().lower()
    return next((w for w in within if low.endswith(w)), "")


_YEAR_MIN, _YEAR_MAX = 1800, 2100


def _year_like(text: str, start: int, end: int, value: float) -> bool:
    """A figure written as a year: four bare digits between 1800 and 2100 ("2026", not
    "2.026" or "2,026": a count that large takes a separator)."""
    return end - start == 4 and text[start:end].isdigit() and _YEAR_MIN <= value <= _YEAR_MAX


def _hyphen_range_top(ctx: _Ctx, start: int) -> bool:
    """Whether the figure at ``start`` is the top of a hyphenated range (see _hyphen_range)."""
    m = _HYPHEN_BOTTOM_RE.search(ctx.text, max(0, start - 12), start)
    return m is not None and _hyphen_range(ctx, m.start(1), m.end(1))


def _hyphen_unit(ctx: _Ctx, end: int) -> bool:
    """ "four-day truce", "5.6-magnitude quake", "a 400-job cut": a unit or a counted
    noun glued to the number by a hyphen."""
    if not ctx.text.startswith("-", end):
        return False
    if ctx.lex.suffix_unit_re.match(ctx.text, end):
        return True
    w = _WORD_RE.match(ctx.text, end + 1)
    if w is None:
        return False
    head = w.group().lower().split("-")[0]
    return head in ctx.lex.nouns or head in _hyphen_nouns(ctx.lex.lang)


@lru_cache(maxsize=4)
def _hyphen_nouns(lang: str) -> dict[str, str]:
    """``hyphen_nouns`` of lang/*/nouns.json: nouns that count only glued to their number
    ("a three-story house" has floors; "three stories" are tales)."""
    return dict(load(lang, "nouns").get("hyphen_nouns", {}))


@lru_cache(maxsize=4)
def _prefix_re(lang: str) -> re.Pattern[str]:
    """Currency signs and codes that may stand right before a number ("Rp", "US$", "$")."""
    prefixes = sorted(lexicon(lang).units_prefix, key=len, reverse=True)
    alt = "|".join((r"(?<![\w])" if p[0].isalpha() else "") + re.escape(p) for p in prefixes)
    return re.compile(rf"(?:{alt})\s?$", re.IGNORECASE)


@lru_cache(maxsize=4)
def _prefix_ends(lang: str) -> frozenset[str] | None:
    return ending_chars(lexicon(lang).units_prefix)


def _currency_before(ctx: _Ctx, start: int) -> tuple[int, str] | None:
    """A currency sign or code glued or spaced before ``start``: (its start, unit)."""
    lo = max(0, start - 16)
    if not may_end_with(ctx.text, lo, start, _prefix_ends(ctx.lex.lang)):
        return None  # the word before ends in no currency sign or code
    m = _prefix_re(ctx.lex.lang).search(ctx.text, lo, start)
    if m is None:
        return None
    surface = m.group().rstrip().lower()
    unit = ctx.lex.units_prefix.get(surface)
    return (m.start(), unit) if unit is not None else None


def _prev_word(text: str, pos: int) -> str:
    r"""The word before ``pos`` (within 30 characters): ``([\w.#]+)\s*$`` searched on that
    window, read by walking back over the spaces, then the word characters."""
    lo = max(0, pos - 30)
    k = pos
    while k > lo and text[k - 1].isspace():
        k -= 1
    w = k
    while w > lo and (text[w - 1].isalnum() or text[w - 1] in "_.#"):
        w -= 1
    return text[w:k]


def _build(
    ctx: _Ctx,
    start: int,
    end: int,
    value: float,
    vague: bool,
    field: Field,
) -> Fact | None:
    text, lex = ctx.text, ctx.lex
    age_end = _age_end(ctx, start, end, value)
    if age_end is not None:
        return Fact(
            kind="number",
            label=AGE,
            value=value,
            text=text[start:age_end],
            start=start,
            end=age_end,
            field=field,
            attrs={"qualifier": "exact", "unit": AGE},
        )
    sent = sentence_of(ctx.sentences, start)
    unit: str | None = None
    span_start, span_end = start, end
    if end < len(text) and text[end] in "kKmM" and value:
        value *= {"k": 1e3, "m": 1e6}[text[end].lower()]
        span_end = end = end + 1
    # scale words after digits: "2,5 juta", "1.2 billion"
    scales = lex.numbers.get("scales", {})
    sm = _SCALE_WORD_RE.match(text, end)
    scaled = False
    if sm and sm.group(1).lower() in scales and text[start].isdigit():
        value *= float(scales[sm.group(1).lower()])
        span_end = end = sm.end()
        scaled = True
    elif text.startswith("-an", end):
        if _year_like(text, start, end, value) and value % 10 == 0:
            return None  # "gereja yang dibangun pada 1880-an": a decade, no count
        span_end = end = end + 3
        vague = True
    cur = _currency_before(ctx, start)
    if cur is not None:
        span_start, unit = cur
    elif start >= 3 and text[start - 3 : start].lower() == "ke-":
        span_start = start - 3  # "Ke-14 polisi"
    um = lex.suffix_unit_re.match(text, end)
    if um is None and unit is None and lex.lang == "en":
        streak = _STREAK_AFTER_RE.match(text, end)
        if streak is not None:
            um = lex.suffix_unit_re.match(text, streak.end())  # "for four straight months"
    if um and unit is None:
        unit = _unit_named(lex, um)
        if unit is not None:
            span_end = end = um.end()  # "30 persen", "2 juta dolar AS", "5 km"
            if unit in _RATE_CURRENCIES:
                um = lex.suffix_unit_re.match(text, end)  # "16.300 rupiah per dolar AS"
    if um and unit in _RATE_CURRENCIES:
        rate = _unit_named(lex, um)
        if rate is not None and rate.startswith(_RATE_PREFIX):
            # "Rp16.270 per dolar AS": a price of the dollar, as "16,270 per dollar" is
            unit, span_end = rate, um.end()
            end = span_end
    if unit is None and end < len(text) and text[end] in " \t":
        named = currency_after(text, end, lex.lang, scaled=scaled)
        if named is not None:
            unit, span_end = named  # "450 million rupees" in a text naming Pakistan
            end = span_end
    if (
        unit == "percent"
        and lex.lang == "id"
        and _CONTRIBUTION_RE.search(text, max(sent[0], span_start - 40), span_start)
    ):
        # "emas memberi andil 0,41 persen": a contribution to a rate is in percentage points,
        # as "adding 0.41 percentage point" writes it
        unit = "percentage_point"
    if _per_change(ctx, span_start, end, sent):
        return None  # "setiap kenaikan 1 dolar AS harga minyak": a step of a what-if, no figure
    if unit in _SUBUNITS:
        # "6 tahun 6 bulan", "2 jam 9 menit 41 detik": one length of time, in the first unit
        for sub_unit, per in _SUBUNITS[unit]:
            more = _subunit_after(ctx, end, sub_unit, per)
            if more is not None:
                value, span_end = value + more[0] / per, more[1]
                end = span_end
    # qualifier before
    qualifier = "exact"
    head = text[max(sent[0], span_start - 40) : span_start]
    qm = lex.qualifier_re.search(head)
    if qm:
        qualifier = lex.qualifiers.get(_SPACES_RE.sub(" ", qm.group().strip().lower()), "exact")
        said = qm.group().strip().lower()
        if unit in _TIME_UNITS and said in ("over", "selama"):
            qualifier = "exact"  # "over five years": a duration, not "more than"
        elif (
            unit in _TIME_UNITS
            and said == "past"
            and _THE_END_RE.search(head, 0, qm.start()) is not None
        ):
            # "in the past twelve months": a duration that keeps its word ("ran past 10 hours"
            # stays a bound)
            qualifier = "exact"
            span_start = span_start - (len(head) - qm.start())
        elif _preposition_over(ctx, span_start - (len(head) - qm.start()), qm.group()):
            qualifier = "exact"  # "flew over 1,080 reefs": where they flew, not a bound
        elif said == "up to" and _GO_BEFORE_RE.search(head, 0, qm.start()) is not None:
            # "prices will go up to 8,200 rupiah": the price it goes to, not a bound (as
            # "naik menjadi Rp 8.200" writes it)
            qualifier = "exact"
        else:
            span_start = span_start - (len(head) - qm.start())
    if (
        qualifier == "exact"
        and unit in _TIME_UNITS
        and (within := lex.numbers.get("within_time"))
        and head.rstrip().lower().endswith(tuple(within))
    ):
        qualifier = "up_to"  # "dalam waktu tujuh hari": within seven days, as in English
        span_start -= len(head) - len(head.rstrip()) + len(_within_word(head, within))
    if vague and qualifier == "exact":
        qualifier = "more_than"
    bound = _or_more_re(lex.lang).match(text, end) if unit is None else None
    if bound is not None:
        # "three or more axles", "tiga atau lebih": a lower bound, and the noun follows it
        span_end = end = bound.end()
        if qualifier == "exact":
            qualifier = "at_least"
    # counted noun after
    of_noun: str | None = None
    # (a maker's capitalised name right after the figure: most counts have none)
    model = (
        _noun_after_model(ctx, end, sent)
        if text.startswith(" ", end) and text[end + 1 : end + 2].isupper()
        else None
    )
    label: str | None
    if model is not None:
        label, noun_end, known_noun = *model, True  # "11 Boeing 737-800 jets": the jets
    else:
        label, noun_end, known_noun = _counted_noun(ctx, end, sent, start)
        if known_noun and label and _model_number(ctx, start, end, value, noun_end):
            return None  # "a Falcon 9 rocket": the 9 names the model, the rocket is one
        if label in _TIMES_LABELS and unit is None and _multiplier_after(ctx, noun_end):
            # "three times the fare": a multiplier, no count of events
            unit, span_end, label, noun_end = _FOLD, noun_end, None, 0
    if (
        label is not None
        and not known_noun
        and lex.lang == "en"
        and label in lex.events
        and not _plural(label)
    ):
        label, noun_end = None, 0  # "nine hurt": what befell them, no noun of theirs
    if label is not None and not known_noun and unit is None:
        part_end = _partitive_end(ctx, end)
        if part_end is not None and part_end >= noun_end:
            # "three of them critically": part of a group named before, no noun of its own
            # (as "tiga di antaranya" has none)
            label, noun_end = None, part_end
    # "Eight of the dead were Indonesian and five were Chinese nationals": a part of a group
    # the text named before, told by what it is, as "lima di antaranya TKA" is
    implied = bool(
        label is not None
        and unit is None
        and lex.lang == "en"
        and _PART_OF_GROUP_RE.match(text, end, noun_end or end + 1) is not None
    )
    if label is None and unit is None and lex.lang == "en":
        group = _group_after_of(ctx, end)
        if group is not None:
            label, noun_end = group  # "Five of the injured were nurses"
            known_noun = implied = True  # a part, as above
    if label is None and unit is None:
        named = _noun_after_partitive(ctx, end, sent)
        if named is not None:
            label, noun_end = named  # "enam di antaranya TKA", "six of them Chinese nationals"
            # a part of a group named before, as when its noun is borrowed: compare weighs
            # such small parts alike ("dua di antaranya warga negara Malaysia")
            known_noun = implied = True
    if (
        unit is None
        and (label is None or label == _outcome_nouns(lex.lang)[1])
        and (whole := _partitive_whole(ctx, span_start, sent)) is not None
    ):
        label, known_noun = whole, True  # "Of 18 economists polled, 15 had forecast"
    if (
        label is not None
        and not known_noun
        and unit is None
        and label in _participles(lex.lang)
        and _word_before(text, span_start) in _INCLUDING_WORDS
    ):
        label, noun_end = None, 0  # "including 60 sent from abroad": a verb, not a noun
    if label is None and unit is None and (member := _included_member(ctx, span_start, end, sent)):
        (label, noun_end), known_noun, implied = member, True, True
    if label is None and unit is None:
        implicit = _verb_object(ctx, span_start, sent)
        if implicit is None:
            implicit = _implied_noun(ctx, span_start, end, sent)
            if implicit is None and text[start].isdigit():
                implicit = _elliptical_noun(ctx, span_start, end, sent)
            implied = implicit is not None
        if implicit is not None:
            label, known_noun = implicit, True
    if (
        label
        and end - start == 4
        and not known_noun
        and unit is None
        and _year_like(text, start, end, value)
    ):
        return None  # "kept its 2026 growth forecast", "proyeksi 2026 tetap": a year, no count
    if not text[start].isdigit() and value == 1 and _ONE_OF_RE.match(text, end):
        return None  # "One of the officials declined": somebody of a group, no count
    if not text[start].isdigit() and value == 1 and _one_of_count(ctx.lex.lang, text, end):
        return None  # "one of five golds": the five golds are the count, read on their own
    if (
        not text[start].isdigit()
        and value == 1
        and (not known_noun or _after_word(ctx, start, "salah"))
        and not (label and not _after_word(ctx, start, "salah") and _set_against(ctx, sent, label))
        and not (label and text[start:end].lower() == "seorang")  # (kept only with an outcome)
    ):
        return None  # "salah satu", "one of": not a count
    # "fined Rahman 50 million taka": a name is followed by no "50 million"
    if (
        not known_noun
        and unit is None
        and not scaled
        and (
            _looks_like_name_number(ctx, span_start, sent)
            or _inside_capitalised_name(ctx, span_start, end)
        )
    ):
        return None
    range_head = False
    # a number word a toll's subject reaches ("The death toll ... rose to nine"): kept only
    # if the toll turns out to count people (below), never as a bare figure
    toll_word = False
    if label is None and unit is None:
        if _age_in_apposition(ctx, start, end, value):
            return None
        range_head = not text[start].isdigit() and _range_follows(ctx, end)
        if (
            not text[start].isdigit()
            and not range_head
            and not _outcome_next(ctx, end)
            and not _partitive_outcome(ctx, start, end, sent)
            and not (toll_word := _subject_figure(ctx, start, sent))
        ):
            return None  # number words need a counted noun ("Tiga Tewas": an outcome will do)
        if (
            value.is_integer()
            and 1800 <= value <= 2100
            and "." not in text[start:end]
            and "," not in text[start:end]
        ):
            return None  # a bare year
    whole_value = (
        _whole_of_part(ctx, end, sent) if known_noun and label and noun_end == end else None
    )
    told_as = False  # a part a linking verb tells to be some people: "merupakan pegawai"
    if label and unit is None and (told := _part_told_as(ctx, end, sent)) is not None:
        label, implied = told, True  # "dua dari tujuh tersangka merupakan pegawai": employees
        told_as = True
    elif implied and noun_end > end and (cop := _copula_re(lex.lang)) is not None:
        told_as = cop.search(text, end, noun_end) is not None  # "Dua di antaranya merupakan"
    if unit is None and (not label or label == _outcome_nouns(lex.lang)[1]):
        own = _subject_noun(ctx, span_start, sent)
        if own is not None:
            label = own  # "jumlah perempuan ... menjadi 62 orang", "dan anak-anak 43 orang"
    if not label and unit is None and not known_noun:
        label = _revised_tally_noun(ctx, span_start, sent)
    people = (
        _subject_people(ctx, span_start, sent)
        if unit is None and label == _outcome_nouns(lex.lang)[1]
        else None
    )
    if (
        label
        and unit is None
        and whole_value is None
        and sent in ctx.last_count
        and ctx.has_cue("subgroup_cues")
    ):
        whole_value = _subgroup_whole(ctx, span_start, sent, value)
        if whole_value is not None:
            implied = True  # "enam orang itu terdiri atas empat perempuan": a part of the six
    if unit == "year" and qualifier in _BOUNDS and _word_before(text, span_start) in _AGE_HOLDERS:
        return None  # "anak di bawah lima tahun", "aged over 60 years": who, not how long
    if unit is not None:
        # an amount is labelled by its unit: "30 persen warga" is a share (of residents),
        # not a count of residents; "M 4,1 terasa" is a magnitude, not a count of "terasa"
        if known_noun and label and not _subject_before_verb(ctx, end, noun_end):
            of_noun = label
        label, noun_end = unit, 0
    if label is None:
        label = ""
    if noun_end:
        span_end = max(span_end, noun_end)
    if (
        qualifier == "exact"
        and unit != _FOLD  # "tiga kali lebih mahal": a comparison, no bound
        and _LEBIH_RE.match(text[span_end : span_end + 7])
    ):
        qualifier = "more_than"  # "240 orang lebih"
        span_end += len(" lebih")
    revised = unit is None and _after_addition(ctx, start, sent)
    if label:
        ctx.last_label[sent] = label
        if unit is None:
            ctx.last_noun[sent] = label
    counted_before = sent in ctx.last_count
    if unit is None:
        ctx.last_count[sent] = (value, span_end, whole_value)
    attrs: dict[str, object] = {"qualifier": qualifier}
    if told_as:
        attrs[PART_TOLD_AS] = True
    if label is None and unit is None and range_head:
        # "four and five years": kept only if the range's other end names what both count
        attrs[_RANGE_HEAD] = True
    if of_noun:
        attrs["of"] = of_noun
    if whole_value is not None:
        # "tujuh dari delapan fraksi": a part, with the whole it is part of (read on its own)
        attrs["whole"] = whole_value
    if implied:
        # "Belasan pingsan", "Dua di antaranya kritis": the noun is the count's before it
        attrs["implied"] = True
    if unit:
        attrs["unit"] = unit
    if vague:
        attrs["vague"] = True
    if revised:
        # "Dengan tambahan tersebut, jumlah perempuan menjadi 62 orang": the new total
        attrs["revised"] = True
        ctx.revised_ends.add(span_end)
    # an amount with a unit (a magnitude, an age, a price) is not a toll of anything
    event = _event_near(ctx, start, span_end, sent) if unit is None or of_noun else None
    before = _word_before(text, span_start) if unit is None else ""
    if (
        unit is None
        and (direct := _direct_events(lex.lang))
        and (held := _direct_event(text, span_start, direct, before)) is not None
        and _may_count_people(ctx, label, listed_only=True)
    ):
        # "Polisi mengamankan 27 orang", "Police rounded up 34 people": a verb whose object
        # the count is tells what befell them; only right before a count of people ("untuk
        # mengamankan acara" arrests no one, "mengamankan 40 botol" seizes things)
        event = held
    elif unit is None and (stems := headline_verbs(lex.lang)) and before in stems:
        event = stems[before]  # "Polisi Tangkap 12 Pengemudi": the headline verb's object
    if event is None and unit is None and label and _may_count_people(ctx, label, listed_only=True):
        event = _crowd_of_subject(ctx, span_start, span_end, sent)
    if (
        event in _PEOPLE_ONLY_EVENTS
        and label
        and not _may_count_people(ctx, label, listed_only=event == _CROWD)
    ):
        # "lima tuntutan massa": a crowd's demands are no crowd; "dirawat di ... dua rumah
        # sakit": the hospitals are where, not who was treated
        event = None
    if (
        event in _PEOPLE_OUTCOMES
        and label
        and not _may_count_people(ctx, label, listed_only=True)
        and _sent_for_others(ctx, span_end, sent)
    ):
        # "mengirim tiga ambulans untuk menjemput korban luka": the hurt are whom the
        # ambulances fetch, no outcome of the ambulances
        event = None
    if event == _TREATED:
        # "214 runners were treated", "12 pekerja dirawat": people in care are the hurt
        # ("12 lainnya luka-luka" in another text is the same count), not the whole field
        event = _INJURED
    if people is not None and not event:
        label = people
    if not event and label and (outcome := _outcome_nouns(lex.lang)[0].get(label)) is not None:
        event = outcome  # "pulled 23 survivors from the water": the noun names what befell them
    if event:
        attrs["event"] = event
        if (
            event in _PEOPLE_OUTCOMES
            and ctx.has_cue("period_cues")
            and (period := _period_of(ctx, span_start, span_end, sent)) is not None
        ):
            # "has killed more than 340 people since the truce began": a toll over a period,
            # not that of the day's event
            attrs["period"] = period
        if lex.lang == "en" and _people_of_a_country(label):
            # "killed 14 Palestinians": a toll of people of a country counts its residents,
            # as "14 warga Palestina tewas" counts warga; "two Italians" on board stay so
            label = _DEMONYM_NOUN
        if not label and event in _PEOPLE_OUTCOMES and _subject_figure(ctx, start, sent):
            # "The death toll from the fire ... rose to 16": the toll counts people (a
            # number word right before its outcome, "Tiga Tewas", stays unnamed with its event)
            label = _outcome_nouns(lex.lang)[1]
    elif text[start:end].lower() == "seorang":
        return None  # "seorang warga" with nothing befalling them: "a resident", no count
    if toll_word and not label:
        return None  # "The score reached seven": no toll of people, no counted noun
    if (
        event
        and text[start:end].lower() == "seorang"
        and counted_before
        and _word_before(text, start) in _INCLUDING_WORDS
    ):
        return None  # "mengamankan tiga orang lain, termasuk seorang kontraktor": one of three
    if event and text[start:end].lower() == "seorang" and lex.events.get(label) == event:
        return None  # "Seorang pengungsi ... melahirkan": the noun's own state, no outcome
    if label and _aboard(ctx, span_start, span_end, label, event):
        attrs["event"] = "aboard"
    if not math.isfinite(value):
        return None
    if (
        implied
        and attrs.get("event") == "killed"
        and (part_end := _partitive_end(ctx, end)) is not None
        and part_end > span_end
    ):
        # "satu di antaranya ... meninggal dunia": a death told as a part shows its partitive
        # ("satu" alone names no one); compare reports such a death on its own
        span_end = part_end
    return Fact(
        kind="number",
        label=label,
        value=value,
        text=text[span_start:span_end],
        start=span_start,
        end=span_end,
        field=field,
        attrs=attrs,
    )


_TWO_WORDS_RE = re.compile(r"[ \t]+([a-z]+)[ \t]+[a-z]+s$")


# A contribution to a rate, in percentage points ("andil 0,41 persen", "andil inflasi
# sebesar 0,41 persen"): up to three words between the word and its figure.
_CONTRIBUTION_RE = re.compile(r"\bandil(?:[ \t]+[^\W\d]+){0,3}[ \t]+$", re.IGNORECASE)
# The step a what-if is told per ("setiap kenaikan 1 dolar AS harga minyak menambah
# subsidi Rp 3,5 triliun", "every $1 rise in oil prices adds ..."): the words before it
# (Indonesian), the words of a change after it (English).
_PER_CHANGE_BEFORE = {
    "id": re.compile(
        r"\b(?:setiap|tiap)\s+(?:kenaikan|penurunan|perubahan|pelemahan|penguatan|tambahan"
        r"|penambahan|pengurangan)\s*$",
        re.IGNORECASE,
    ),
    "en": re.compile(r"\b(?:every|each)\s*$", re.IGNORECASE),
}
_PER_CHANGE_WORDS = ("tiap", "every", "each")  # "setiap" holds "tiap": the guard
_CHANGE_AFTER_EN = re.compile(
    r"[ \t]+(?:[\w-]+[ \t]+)?(?:increase|rise|fall|drop|decline|change|gain|hike|cut)\b",
    re.IGNORECASE,
)


def _per_change(ctx: _Ctx, start: int, end: int, sent: tuple[int, int]) -> bool:
    """Whether a figure is the step a what-if is told per, no quantity of the news."""
    if ctx.per_change is None:
        low = ctx.low or ctx.text.lower()
        ctx.per_change = any(w in low for w in _PER_CHANGE_WORDS)
    before = _PER_CHANGE_BEFORE.get(ctx.lex.lang)
    if not ctx.per_change or before is None:
        return False
    if not before.search(ctx.text, max(sent[0], start - 30), start):
        return False
    return ctx.lex.lang != "en" or _CHANGE_AFTER_EN.match(ctx.text, end) is not None


def _subject_before_verb(ctx: _Ctx, end: int, noun_end: int) -> bool:
    """ "Magnitude 6.4 quake strikes off ...", "a 6.4 magnitude earthquake hits": a measured
    amount is of one thing, so a singular word after it is what it measures and an -s word
    after that is its verb, not the noun a share counts ("30 percent of aid trucks" stays)."""
    if ctx.lex.lang != "en" or noun_end <= end:
        return False
    m = _TWO_WORDS_RE.match(ctx.text, end, noun_end)
    return m is not None and m.group(1) != "of" and not m.group(1).endswith("s")


# The smaller units that may complete a length of time, each with how many of it make one
# of the larger unit: "6 tahun 6 bulan", "2 hours 9 minutes 41 seconds".
_SUBUNITS: dict[str, tuple[tuple[str, int], ...]] = {
    "year": (("month", 12),),
    "hour": (("minute", 60), ("second", 3600)),
    "minute": (("second", 60),),
}


def _subunit_after(ctx: _Ctx, pos: int, sub_unit: str, per: int) -> tuple[float, int] | None:
    """ "6 tahun 6 bulan", "five years and three months", "2 jam 9 menit": the smaller units
    that complete a length of time, as (how many, end of their unit word)."""
    m = _WORD_AFTER_RE.match(ctx.text, pos)
    if m and m.group(1).lower() in ctx.lex.numbers.get("duration_links", []):
        m = _WORD_AFTER_RE.match(ctx.text, m.end())  # "... dan 6 bulan"
    if m is None:
        return None
    raw = m.group(1)
    if raw.isdigit():
        value = parse_written(raw, ctx.lex.lang) if len(raw) <= 2 else None
    else:
        value = parse_words([raw], ctx.lex.lang)
    um = ctx.lex.suffix_unit_re.match(ctx.text, m.end())
    if value is None or not 0 < value < min(per, 60) or um is None:
        return None
    if _unit_named(ctx.lex, um) != sub_unit:
        return None
    return value, um.end()


_PEOPLE_OUTCOMES = frozenset({"killed", "injured", "missing", "hostage", "arrested"})
# A bound on years right after these words is an age bracket qualifying people ("anak di
# bawah lima tahun", "warga usia di atas 60 tahun", "children under 5 years"), no duration;
# "berusia"/"aged" stay out: "gedung berusia lebih dari 100 tahun" is a thing's age.
_BOUNDS = frozenset({"up_to", "more_than", "at_least"})
_AGE_HOLDERS = frozenset(
    {
        "anak", "anak-anak", "balita", "bayi", "lansia", "usia",
        "children", "child", "kids", "babies", "those", "people",
    }
)  # fmt: skip


def _subject_figure(ctx: _Ctx, start: int, sent: tuple[int, int]) -> bool:
    """Whether a figure is what its sentence's subject reaches ("The death toll ... rose to
    16", "Korban meninggal ... kini mencapai 21"): nouns.json ``event_subject_verbs``."""
    subject_re = ctx.lex.event_subject_re
    lo = max(sent[0], start - 40)
    return (
        subject_re is not None
        and may_end_with(ctx.text, lo, start, ctx.lex.event_subject_ends)
        and subject_re.search(ctx.text, lo, start) is not None
    )


def _outcome_next(ctx: _Ctx, pos: int) -> bool:
    """ "tiga tewas", "Three Killed": an outcome for people right after a number word."""
    m = _BLANKS_RE.match(ctx.text[pos : pos + 3])
    if m is None:
        return False
    ev = ctx.lex.event_re.match(ctx.text, pos + m.end())
    if ev is None:
        return False
    kind = ctx.lex.events.get(_SPACES_RE.sub(" ", ev.group().lower()))
    return kind in ("killed", "injured", "missing", "hostage", "arrested")


def _partitive_end(ctx: _Ctx, pos: int) -> int | None:
    """End of a partitive phrase right after ``pos`` ("di antaranya", "of them"), if any."""
    parts = ctx.lex.numbers.get("partitives", [])
    m = _PARTITIVE_RE.match(ctx.text[pos : pos + 30])
    if m is None:
        return None
    one = m.group(1).lower()
    two = f"{one} {m.group(2).lower()}" if m.group(2) else None
    if two in parts:
        return pos + m.end()
    return pos + m.end(1) if one in parts else None


# A count told as a part of a group named before: "Eight of the dead", "five were Chinese
# nationals" (the subject of "were" + a demonym: ``_told_as_nationals``).
_PART_OF_GROUP_RE = re.compile(r"[ \t]+(?:of[ \t]+the[ \t]|(?:were|are)[ \t]+[A-Z])")
_OF_THE_RE = re.compile(r"[ \t]+of[ \t]+the[ \t]+([a-z]+)\b")


@lru_cache(maxsize=4)
def _group_nouns(lang: str) -> dict[str, str]:
    """Adjectives naming a group of people after "of the" (nouns.json ``group_nouns``)."""
    return dict(load(lang, "nouns").get("group_nouns", {}))


class _Aboard(NamedTuple):
    """nouns.json ``aboard``."""

    carriers: frozenset[str]  # verbs of wider sense that carry passengers: "membawa"
    vehicle_verbs: frozenset[str]  # verbs that carry people: "mengangkut", "carrying"
    passengers: frozenset[str]  # nouns of passengers: "penumpang", "passengers"
    trailer: re.Pattern[str] | None  # "on board", "aboard" after the noun
    vehicles: re.Pattern[str] | None  # "kapal", "boat": the carrier of a verb of wider sense


@lru_cache(maxsize=4)
def _aboard_words(lang: str) -> _Aboard:
    table = load(lang, "nouns").get("aboard", {})
    after = table.get("after", [])
    return _Aboard(
        frozenset(table.get("before", [])),
        frozenset(table.get("vehicle_verbs", [])),
        frozenset(table.get("passengers", [])),
        re.compile(r"[ \t]+(?:" + "|".join(map(re.escape, after)) + r")\b") if after else None,
        phrase_pattern(table["vehicles"]) if table.get("vehicles") else None,
    )


def _aboard(ctx: _Ctx, start: int, end: int, label: str, event: str | None) -> bool:
    """Whether the count is of the people a vehicle carries: "kapal yang mengangkut 34
    penumpang", "berpenumpang 40 orang", "a boat carrying 42 migrants", "with 58 people on
    board". Any noun of people takes a vehicle's own verb right before its count; a verb of
    wider sense ("membawa") a passenger noun, or any noun of people when a vehicle opens
    its sentence, so that "membawa 3 barang bukti" and "Polisi membawa 5 orang ke Polres"
    carry nothing. Such a verb outweighs an outcome further on
    ("carrying 120 passengers capsized, killing ..."); a trailing "on board" names the count
    only when nothing befell it ("killing all 12 people on board")."""
    words = _aboard_words(ctx.lex.lang)
    generic, specific = _person_nouns(ctx.lex.lang)
    passengers = label in words.passengers
    head = label.split(" ", 1)[0]  # "pekerja migran": a trade is named by its head
    if not passengers and head not in generic and head not in specific:
        return False
    prev = _prev_word(ctx.text, start).lower()
    if prev in words.vehicle_verbs or (passengers and prev in words.carriers):
        return True
    if prev in words.carriers and words.vehicles is not None:
        # "Kapal itu membawa delapan wisatawan": a vehicle carries them
        sent = sentence_of(ctx.sentences, start)
        if words.vehicles.search(ctx.text, sent[0], start) is not None:
            return True
    return (
        event is None
        and words.trailer is not None
        and words.trailer.match(ctx.text, end) is not None
    )


_WERE_RE = re.compile(r"[ \t]+(?:were|are)[ \t]+(?:([a-z]+)[ \t]+)?([a-z]+)\b")


def _group_after_of(ctx: _Ctx, pos: int) -> tuple[str, int] | None:
    """ "Five of the injured", "two of the wounded": a part of a group an adjective names,
    counted by that group's label, or by the people it is said to be ("Five of the injured
    were nurses" counts five nurses, a part of the injured, as "lima perawat di antaranya
    terluka" does); (label, end) or None."""
    m = _OF_THE_RE.match(ctx.text, pos)
    if m is None:
        return None
    label = _group_nouns(ctx.lex.lang).get(m.group(1))
    if label is None:
        return None
    were = _WERE_RE.match(ctx.text, m.end())
    if were is not None:
        for word in (were.group(2), were.group(1)):
            if word and word in ctx.lex.nouns:
                return ctx.lex.nouns[word], m.end()  # "were temporary workers"
        for word in (were.group(2), were.group(1)):
            if (
                word
                and _plural(word)
                and word not in ctx.lex.stop
                and ctx.lex.event_re.fullmatch(word) is None
                and not _VERB_END_RE.search(word)
            ):
                return word, m.end()  # "were nurses whose ambulance ..."
    return label, m.end()


_NATIONALS_RE = re.compile(
    r"(?:warga[ \t]+negara|berkewarganegaraan|kewarganegaraan)[ \t]+(\w+)", re.IGNORECASE
)
# The country whose nationals an Indonesian text counts as citizens (WNI), not foreigners.
_OWN_COUNTRY = frozenset({"indonesia", "ri"})


def _nationals_at(ctx: _Ctx, pos: int) -> tuple[str, int] | None:
    """ "tiga warga negara Myanmar", "dua di antaranya berkewarganegaraan Myanmar": nationals
    of a country, counted as foreigners (``wna``, what English "nationals" maps to) or, of
    Indonesia, as citizens (``wni``); (label, end) or None. "dua lainnya warga Aceh" are
    residents, another group."""
    if ctx.lex.lang != "id" or ctx.text[pos : pos + 1] not in ("w", "W", "b", "B", "k", "K"):
        return None
    m = _NATIONALS_RE.match(ctx.text, pos)
    if m is None:
        return None
    return ("wni" if m.group(1).casefold() in _OWN_COUNTRY else "wna"), m.end()


@lru_cache(maxsize=4)
def _partitive_people(lang: str) -> frozenset[str]:
    """Nouns of people a part of a group may be told as, besides the person class ("enam di
    antaranya anak-anak", "two of them women"): noun_classes.json ``partitive_people``."""
    return frozenset(load(lang, "noun_classes").get("partitive_people", []))


@lru_cache(maxsize=4)
def _whole_openers(lang: str) -> tuple[str, ...]:
    """``whole_openers`` of lang/*/nouns.json, each with the space after it ("dari ")."""
    return tuple(f"{w} " for w in load(lang, "nouns").get("whole_openers", []))


def _partitive_whole(ctx: _Ctx, start: int, sent: tuple[int, int]) -> str | None:
    """ "Of 18 economists polled by the agency, 15 had forecast no change", "Dari 18 ekonom
    yang disurvei, 13 orang memperkirakan ...": a count opening the clause after a whole its
    sentence opened with counts what the whole counts (15 and 13 economists); None when the
    sentence opens otherwise or the lead clause counts nothing."""
    lead = ctx.text[sent[0] : start]
    if not lead.lower().lstrip().startswith(_whole_openers(ctx.lex.lang)):
        return None
    if lead.count(",") != 1 or not lead.rstrip().endswith(","):
        return None
    return ctx.last_noun.get(sent)


def _noun_after_partitive(ctx: _Ctx, pos: int, sent: tuple[int, int]) -> tuple[str, int] | None:
    """ "Sembilan pekerja terluka, enam di antaranya TKA asal China", "six of them Chinese
    nationals": a part of a group of people named before counts the noun of people written
    right after its partitive (past an English demonym), not the group's noun; (label, end)
    or None. A thing ("dua di antaranya kapal penjaga pantai") stays a part with no count of
    its own, as a borrowed noun of things does (``_implied_noun``)."""
    end = _partitive_end(ctx, pos)
    if end is None:
        return None
    gap = _BLANKS_RE.match(ctx.text, end)
    if gap is None:
        return None
    at = end + gap.end() - gap.start()
    told = _copula_person(ctx, end, sent)
    if told is not None:
        return told  # "Dua di antaranya merupakan oknum pegawai"
    nationals = _nationals_at(ctx, at)
    if nationals is not None:
        found: tuple[str, int] | None = nationals
    elif ctx.lex.lang == "en" and ctx.text[at : at + 1].isupper():
        proper = _head_after_proper_modifiers(ctx, at, sent)
        found = (proper[0], proper[1]) if proper is not None and proper[0] is not None else None
    else:
        m = ctx.lex.noun_re.match(ctx.text, at, sent[1])
        found = (ctx.lex.nouns[_SPACES_RE.sub(" ", m.group().lower())], m.end()) if m else None
    if found is None:
        return None
    generic, specific = _person_nouns(ctx.lex.lang)
    people = _partitive_people(ctx.lex.lang)
    return found if found[0] in generic or found[0] in specific or found[0] in people else None


@lru_cache(maxsize=4)
def _copula_re(lang: str) -> re.Pattern[str] | None:
    n = load(lang, "numbers")
    copulas, skipped = n.get("partitive_copulas", []), n.get("partitive_copula_modifiers", [])
    if not copulas:
        return None
    skip = "|".join(re.escape(w) for w in skipped) or "(?!)"
    return re.compile(
        rf"[ \t]+(?:{'|'.join(map(re.escape, copulas))})[ \t]+(?:(?:{skip})[ \t]+)*",
        re.IGNORECASE,
    )


@lru_cache(maxsize=4)
def _naming_re(lang: str) -> re.Pattern[str] | None:
    """noun_classes.json ``naming_predicates`` ("sebagai", "as") after a count's noun."""
    words = load(lang, "noun_classes").get("naming_predicates", [])
    if not words:
        return None
    return re.compile(rf"[ \t]+(?:{'|'.join(map(re.escape, words))})[ \t]+", re.IGNORECASE)


def _named_as(
    ctx: _Ctx, label: str, pos: int, sent: tuple[int, int]
) -> tuple[str, int, bool] | None:
    """ "menetapkan lima orang sebagai tersangka", "named five people as suspects": a count
    of generic people a naming word tells to be specific people counts those (label, end,
    known); None otherwise."""
    generic, specific = _person_nouns(ctx.lex.lang)
    if label not in generic:
        return None
    naming = _naming_re(ctx.lex.lang)
    m = naming.match(ctx.text, pos, sent[1]) if naming is not None else None
    if m is None:
        return None
    noun = ctx.lex.noun_re.match(ctx.text, m.end(), sent[1])
    if noun is not None:
        named = ctx.lex.nouns[_SPACES_RE.sub(" ", noun.group().lower())]
        return (named, noun.end(), True) if named in specific else None
    word = _LETTERS_RE.match(ctx.text, m.end(), sent[1])  # a person noun counted nowhere else
    low = word.group().lower() if word is not None else ""
    return (low, word.end(), True) if word is not None and low in specific else None


def _copula_person(ctx: _Ctx, pos: int, sent: tuple[int, int]) -> tuple[str, int] | None:
    """ "(dua di antaranya) merupakan oknum pegawai", "(two of them) were civil servants":
    the people a part of a group is told to be, after a linking verb at ``pos``; (label, end)
    of that noun of people, or None."""
    cop = _copula_re(ctx.lex.lang)
    m = cop.match(ctx.text, pos, sent[1]) if cop is not None else None
    if m is None:
        return None
    generic, specific = _person_nouns(ctx.lex.lang)
    people = generic | specific | _partitive_people(ctx.lex.lang)
    noun = ctx.lex.noun_re.match(ctx.text, m.end(), sent[1])
    if noun is not None:
        surface = _SPACES_RE.sub(" ", noun.group().lower())
        label = ctx.lex.nouns[surface]
        return (label, noun.end()) if label in people or surface in people else None
    word = _LETTERS_RE.match(ctx.text, m.end(), sent[1])
    if word is not None and word.group().lower() in specific:
        return word.group().lower(), word.end()  # a person noun counted nowhere else
    return None


def _part_told_as(ctx: _Ctx, end: int, sent: tuple[int, int]) -> str | None:
    """ "dua dari tujuh tersangka merupakan pegawai", "two of the seven suspects were
    employees": the people a part of a counted whole is told to be (the part's own label, as
    "dua di antaranya merupakan pegawai" has), or None."""
    part = _part_of_re(ctx.lex.lang)
    m = part.match(ctx.text, end, sent[1]) if part is not None else None
    if m is None or m.group("whole") is None:
        return None
    noun = ctx.lex.noun_re.match(ctx.text, m.end(), sent[1]) or _LETTERS_RE.match(
        ctx.text, m.end(), sent[1]
    )
    told = _copula_person(ctx, noun.end(), sent) if noun is not None else None
    return told[0] if told is not None else None


def _partitive_outcome(ctx: _Ctx, start: int, pos: int, sent: tuple[int, int]) -> bool:
    """ "empat di antaranya dalam kondisi kritis": a number word that counts part of a group
    named before, with an outcome after it in its clause, is a count."""
    end = _partitive_end(ctx, pos)
    return end is not None and _event_near(ctx, start, end, sent) is not None


def _after_word(ctx: _Ctx, pos: int, word: str) -> bool:
    return fold(_prev_word(ctx.text, pos)) == word


def _compound_head(ctx: _Ctx, m: re.Match[str], sent: tuple[int, int]) -> re.Match[str]:
    """The last of English counted nouns written one after another: a noun compound's head
    ("three police officers", "two club officials") is what the number counts."""
    while True:
        gap = _SPACES_RE.match(ctx.text[m.end() : sent[1]])
        if gap is None or gap.end() == 0:
            return m
        nxt = ctx.lex.noun_re.match(ctx.text, m.end() + gap.end())
        if nxt is None or nxt.end() > sent[1]:
            return m
        m = nxt


def _counted_noun(
    ctx: _Ctx, pos: int, sent: tuple[int, int], num_start: int
) -> tuple[str | None, int, bool]:
    """(label, end offset, whether it is a known counted noun) of what a number counts."""
    text, lex = ctx.text, ctx.lex
    part_re = _part_of_re(lex.lang)
    part = part_re.match(text, pos, sent[1]) if part_re is not None else None
    whole = lex.noun_re.match(text, part.end()) if part else None
    if whole:
        # "21 of the tanker's 23 crew": a part of a counted whole counts what the whole does
        return lex.nouns[_SPACES_RE.sub(" ", whole.group().lower())], pos, True
    if part is not None and part.group("whole") is not None:
        # "tujuh dari delapan fraksi": a whole of figures whose noun no list knows
        noun = _WORD_RE.match(text, part.end())
        if noun is not None and noun.end() <= sent[1] and _may_be_noun(ctx, noun.group()):
            return noun.group().lower(), pos, True
    rest = text[pos : sent[1]]
    skip = _SKIP_EN_RE.match(rest) if lex.lang == "en" else _SKIP_RE.match(rest)
    if not skip:
        return None, 0, False
    at = pos + skip.end()
    nationals = _nationals_at(ctx, at)
    if nationals is not None:
        return nationals[0], nationals[1], True  # "tiga warga negara Myanmar"
    cm = _WORD_RE.match(text, at)
    if cm and cm.group().lower() in lex.classifiers:
        # "28 unit mobil": a measure word, then what is counted
        nxt = (
            lex.noun_re.match(text, cm.end() + 1) if text[cm.end() : cm.end() + 1] == " " else None
        )
        if nxt:
            return lex.nouns[_SPACES_RE.sub(" ", nxt.group().lower())], nxt.end(), True
        after_cl = _CLASSIFIED_RE.match(text, cm.end())
        if after_cl and _may_be_noun(ctx, after_cl.group(1)):
            # "dua unit ambulans": the measure word counts nothing; the word after it does
            return after_cl.group(1).lower(), after_cl.end(), False
    if cm and cm.group().lower() in _times_counters(lex.lang):
        # "312 kali gempa vulkanik": occurrences of a counted thing count the thing
        nxt = (
            lex.noun_re.match(text, cm.end() + 1) if text[cm.end() : cm.end() + 1] == " " else None
        )
        if nxt:
            return lex.nouns[_SPACES_RE.sub(" ", nxt.group().lower())], nxt.end(), True
    if lex.lang == "en" and text.startswith(("were ", "are "), at):
        told = _told_as_nationals(ctx, at, sent)
        if told is not None:
            return told  # "five were Chinese nationals"
    m = lex.noun_re.match(text, at)
    if m:
        if lex.lang == "en":
            m = _compound_head(ctx, m, sent)  # "three police officers" count officers
        head = _plural_after(ctx, m.end(), sent) if lex.lang == "en" else None
        if head is not None:
            return head.group().lower(), head.end(), False  # "two police motorcycles"
        label = lex.nouns[_SPACES_RE.sub(" ", m.group().lower())]
        if text.startswith(" ", m.end()) and (told := _named_as(ctx, label, m.end(), sent)):
            return told  # "lima orang sebagai tersangka", "five people as suspects"
        if lex.lang == "id" and label == _ORANG and text.startswith(" ", m.end()):
            kind = lex.noun_re.match(text, m.end() + 1)
            named = lex.nouns[_SPACES_RE.sub(" ", kind.group().lower())] if kind else None
            if kind is not None and named not in _person_nouns("id")[0]:
                # "tiga orang saksi": the generic noun is a measure word, the people are
                # witnesses (not the three dead the "orang" of another sentence counts)
                return named, kind.end(), True
        return label, m.end(), True
    glued = _LETTERS_RE.match(text, at) if skip.group() == "-" else None
    if glued and glued.group().lower() in lex.nouns:
        return lex.nouns[glued.group().lower()], glued.end(), True  # "400-job"
    if glued and (hyphened := _hyphen_nouns(lex.lang).get(glued.group().lower())):
        return hyphened, glued.end(), True  # "a 12-story tower"
    wm = _WORD_RE.match(text, at)
    if not wm:
        return None, 0, False
    word = wm.group()
    low = word.lower()
    if lex.lang == "id" and low.endswith("nya") and low[:-3] in lex.nouns:
        # "dua tentaranya", "Dua anggotanya": the noun with a possessive, counted as the noun
        return lex.nouns[low[:-3]], wm.end(), True
    if low in lex.others:
        after = lex.noun_re.match(text, wm.end() + 1) if wm.end() < len(text) else None
        if after is None and lex.lang == "en" and text[wm.end() : wm.end() + 1] == " ":
            after = _noun_after_two_words(ctx, wm.end() + 1, sent)  # "three other bank officials"
        elif after is not None and lex.lang == "en":
            after = _compound_head(ctx, after, sent)  # "three other police officers"
        if after:
            return lex.nouns[_SPACES_RE.sub(" ", after.group().lower())], after.end(), True
        plural = _plural_after(ctx, wm.end(), sent) if lex.lang == "en" else None
        if plural is not None:
            return plural.group().lower(), plural.end(), False  # "20 other defendants"
        resolved = _resolve_others(ctx, num_start, sent)
        if resolved is not None:
            resolved = _outcome_free(ctx, resolved, num_start, wm.end(), sent)
        return resolved, wm.end(), resolved is not None
    if lex.lang == "en" and word[:1].isupper():
        proper = _head_after_proper_modifiers(ctx, at, sent)
        if proper is not None:
            return proper  # "three South Asian ports", "two Vietnamese-flagged fishing boats"
    after = _SPACES_RE.match(text[wm.end() : sent[1]])
    if lex.lang == "en" and after and low in lex.events:
        # "two injured workers", "three wounded hikers": the outcome is the event, the noun
        # after it the count's
        nxt = lex.noun_re.match(text, wm.end() + after.end())
        if nxt:
            nxt = _compound_head(ctx, nxt, sent)
            return lex.nouns[_SPACES_RE.sub(" ", nxt.group().lower())], nxt.end(), True
        head = _plural_after(ctx, wm.end(), sent)
        if head is not None and not _VERB_END_RE.search(head.group()):
            return head.group().lower(), head.end(), False
    if lex.lang == "id" and after and low in _compound_heads(lex.lang):
        nm = _WORD_RE.match(text, wm.end() + after.end())
        if (
            nm is not None
            and nm.group().isalpha()
            and nm.group().islower()
            and nm.group() not in lex.stop
        ):
            # "dua tukang ojek": a trade is named by its head and the word after it; a
            # function word after it ends the noun ("tujuh sopir di Badung"); a head that is a
            # noun alone counts itself ("5.000 pengemudi ojek" are drivers)
            label = low if low in _standalone_heads(lex.lang) else f"{low} {nm.group().lower()}"
            return label, nm.end(), False
    # an Indonesian noun comes first and its modifiers after it ("12 perjalanan kereta" counts
    # journeys, "puluhan kerabat terdakwa" relatives): a known noun further on is a modifier's,
    # unless the word before it is a modifier itself ("2.300 dugaan pelanggaran")
    head_first = lex.lang == "id" and word.islower() and low not in lex.modifiers
    if after and word.replace("-", "").isalpha() and low not in lex.stop:
        nxt = lex.noun_re.match(text, wm.end() + after.end())
        if nxt and head_first:
            return low, nxt.end(), False  # the phrase is the count's, its head the first word
        if nxt:
            # "200 aid trucks", "13 Israeli hostages", "2.300 dugaan pelanggaran"
            if lex.lang == "en":
                nxt = _compound_head(ctx, nxt, sent)  # "three riot police officers"
            return lex.nouns[_SPACES_RE.sub(" ", nxt.group().lower())], nxt.end(), True
        # Indonesian modifiers follow the noun; an English demonym may open two ("two
        # Vietnamese fishing boats")
        demonym = lex.lang == "en" and not word.islower() and is_demonym(word)
        two = lex.lang == "en" and (word.islower() or demonym)
        nxt = (
            _noun_after_two_words(ctx, wm.end() + after.end(), sent, gerund_ok=demonym)
            if two
            else None
        )
        if nxt:
            nxt = _compound_head(ctx, nxt, sent)
            return lex.nouns[_SPACES_RE.sub(" ", nxt.group().lower())], nxt.end(), True
    if low in lex.modifiers and after:
        nm = _WORD_RE.match(text, wm.end() + after.end())
        if nm and nm.group().isalpha() and nm.group().islower():
            return nm.group().lower(), nm.end(), False
    if lex.lang == "en" and low not in lex.stop:
        head = _english_plural_head(ctx, wm, sent)
        if head is not None:
            return head.group().lower(), head.end(), False
    if lex.lang == "en" and word[:1].isupper() and is_people_word(word):
        return low, wm.end(), False  # "four Sudanese", "three Swiss", "two Thai"
    if low in lex.stop or not word.isalpha() or len(word) < 3:
        return None, 0, False
    if word[0].isupper() and low in headline_verbs(lex.lang):
        # "Densus 88 Tangkap 3 Terduga": a headline's verb counts nothing ("dua evakuasi
        # darurat" in a sentence still counts evacuations)
        return None, 0, False
    if lex.lang == "en" and _VERB_END_RE.search(low):
        return None, 0, False  # "10 remained", "thousands evacuated": a verb, not a noun
    if lex.lang == "id" and _id_verb(low):
        return None, 0, False  # "lima mengalami kerusakan", "3 dibatalkan": a verb, no noun
    if (
        word[0].isupper()
        and not (lex.lang == "en" and low.endswith("s") and len(low) > 4)
        and not _acronym_noun(text, word, wm.end())
        and not (lex.lang == "id" and _may_be_noun(ctx, low) and _title_cased(text, sent))
    ):
        return None, 0, False
    if low in lex.months or low in lex.weekdays or low in _DATE_WORDS:
        return None, 0, False
    return low, wm.end(), False


_ONE_WORD_RE = re.compile(r"[ \t]+([a-z]+)\b")
_WERE_DEMONYM_RE = re.compile(r"(?:were|are)[ \t]+([A-Z][a-z]+)[ \t]+([a-z]+)\b")


def _told_as_nationals(
    ctx: _Ctx, at: int, sent: tuple[int, int]
) -> tuple[str | None, int, bool] | None:
    """ "Eight of the dead were Indonesian and five were Chinese nationals": a number that is
    the subject of "were" + a demonym + a plural of people counts those people (the part of
    a group the sentence names before it); None when no demonym and plural follow ("two
    were Chinese-made")."""
    m = _WERE_DEMONYM_RE.match(ctx.text, at, sent[1])
    if m is None or not is_demonym(m.group(1)):
        return None
    noun = m.group(2)
    if noun in ctx.lex.nouns:
        return ctx.lex.nouns[noun], m.end(), True
    if _plural(noun) and noun not in ctx.lex.stop and ctx.lex.event_re.fullmatch(noun) is None:
        return noun, m.end(), False
    return None


# The label of people counted by their country's adjective ("14 Palestinians"): residents, as
# Indonesian "14 warga Palestina" counts warga (lang/en/counted_nouns_id.json).
_DEMONYM_NOUN = "residents"


def _plural_after(ctx: _Ctx, pos: int, sent: tuple[int, int]) -> re.Match[str] | None:
    """ "two police motorcycles": a known noun followed by an unknown English plural is that
    plural's modifier; the plural is what is counted."""
    m = _ONE_WORD_RE.match(ctx.text, pos, sent[1])
    if m is None or m.group(1) in ctx.lex.stop or not _plural(m.group(1)):
        return None
    if ctx.lex.event_re.fullmatch(m.group(1)) or m.group(1) in ctx.lex.numbers.get("units", {}):
        return None
    return _WORD_RE.match(ctx.text, m.start(1))


_CAPITALISED_RE = re.compile(r"([A-Z][a-z]+)(?:-([a-z]+))?[ \t]+")
_MAX_PROPER_MODIFIERS = 3
_MAX_LOWER_MODIFIERS = 5
_CONJUNCTIONS = frozenset({"and", "or"})


def _head_after_proper_modifiers(
    ctx: _Ctx, at: int, sent: tuple[int, int]
) -> tuple[str | None, int, bool] | None:
    """What an English count counts past the capitalised words of where it is from: compass
    words and demonyms, a demonym with a participle ("three South Asian ports", "two
    Vietnamese-flagged fishing boats", "11 Chinese coast guard and fishing vessels"): the
    first known noun or plural of the lowercase run after them (joined modifiers allowed).
    None when a capitalised word is no such modifier (a name) or no head follows."""
    text, lex = ctx.text, ctx.lex
    pos = at
    demonym = False
    for _ in range(_MAX_PROPER_MODIFIERS):
        m = _CAPITALISED_RE.match(text, pos, sent[1])
        if m is None:
            break
        if is_demonym(m.group(1)):
            demonym = True
        elif m.group(1) not in _compass_words() or m.group(2):
            return None
        pos = m.end()
    if not demonym:
        return None
    for _ in range(_MAX_LOWER_MODIFIERS):
        noun = lex.noun_re.match(text, pos, sent[1])
        if noun is not None:
            noun = _compound_head(ctx, noun, sent)
            return lex.nouns[_SPACES_RE.sub(" ", noun.group().lower())], noun.end(), True
        w = _ONE_WORD_RE.match(text, pos - 1, sent[1]) if pos else None
        if w is None:
            return None
        word = w.group(1)
        if word in _CONJUNCTIONS:
            pos = w.end() + 1
            continue
        if word in lex.stop or (word.endswith("ed") and not word.endswith("eed")):
            return None
        if _plural(word) and not ctx.lex.event_re.fullmatch(word):
            return word, w.end(), False
        pos = w.end() + 1
    return None


@lru_cache(maxsize=1)
def _compass_words() -> frozenset[str]:
    """The English compass words of lang/en/titles.json (``compass_heads``)."""
    return frozenset(load("en", "titles").get("compass_heads", {}))


def _noun_after_two_words(
    ctx: _Ctx, at: int, sent: tuple[int, int], *, gerund_ok: bool = False
) -> re.Match[str] | None:
    """ "87 primary school pupils", "450 hajj pilgrims": in English, a known noun after a
    second lowercase word that is no stop word nor a verb form, so that the count is of the
    pupils, not of "primary". After a demonym an "-ing" word is the noun's modifier ("two
    Vietnamese fishing boats"), not a verb."""
    lex = ctx.lex
    w2 = _WORD_RE.match(ctx.text, at)
    if w2 is None:
        return None
    low = w2.group()
    if not (low.isalpha() and low.islower()) or low in lex.stop:
        return None
    if low in lex.numbers.get("units", {}):
        return None  # "the Cessna 208 carrying six people": the count is six's, not 208's
    if _VERB_END_RE.search(low) and not (gerund_ok and low.endswith("ing")):
        return None
    gap = _SPACES_RE.match(ctx.text[w2.end() : sent[1]])
    return lex.noun_re.match(ctx.text, w2.end() + gap.end()) if gap else None


def _may_be_noun(ctx: _Ctx, word: str) -> bool:
    """Whether a lowercase word after a measure word can be what it measures: not a stop word,
    not a verb form ("dikerahkan", "terbakar") nor an outcome ("lima unit rusak berat": the
    units themselves are counted then)."""
    low = word.lower()
    if not word.islower() or low in ctx.lex.stop or low in _states(ctx.lex.lang):
        return False
    if ctx.lex.event_re.fullmatch(low):
        return False
    return not (len(low) > _VERB_MIN and low.startswith(_VERB_PREFIXES))


_VERB_MIN = 5


@lru_cache(maxsize=4)
def _compound_heads(lang: str) -> frozenset[str]:
    """Heads that name a person only with the word after them (nouns.json
    ``compound_heads``: "tukang ojek", "juru parkir")."""
    return frozenset(load(lang, "nouns").get("compound_heads", []))


@lru_cache(maxsize=4)
def _standalone_heads(lang: str) -> frozenset[str]:
    """Compound heads that are a noun on their own (nouns.json ``standalone_heads``)."""
    return frozenset(load(lang, "nouns").get("standalone_heads", []))


@lru_cache(maxsize=4)
def _states(lang: str) -> frozenset[str]:
    """Words that say what state measured things are in (nouns.json "states")."""
    return frozenset(load(lang, "nouns").get("states", []))


_CLASSIFIED_RE = re.compile(r"[ \t]+([^\W\d_]{3,})\b")
_LOWER_WORD_RE = re.compile(r"[ \t]+([a-z]+(?:-[a-z]+)*)\b")
_HEAD_RUN_MAX = 3


def _english_plural_head(
    ctx: _Ctx, first: re.Match[str], sent: tuple[int, int]
) -> re.Match[str] | None:
    """ "48 mobile fuel stations", "12 long-distance services": an English noun phrase puts
    its head after its modifiers, so a count is of the first plural word in a short run of
    lowercase words, not of the adjective that opens it ("80 asylum seekers lands": the
    seekers, not the verb after them). None when the first word is a plural itself or no
    plural follows (the first word stays the noun, as before)."""
    lex = ctx.lex
    word = first.group()
    if not word.islower() or _VERB_END_RE.search(word) or _plural(word):
        return None
    pos = first.end()
    for _ in range(_HEAD_RUN_MAX - 1):
        m = _LOWER_WORD_RE.match(ctx.text, pos, sent[1])
        if m is None or m.group(1) in lex.stop or _VERB_END_RE.search(m.group(1)):
            return None
        if _plural(m.group(1)):
            return _WORD_RE.match(ctx.text, m.start(1))
        pos = m.end()
    return None


def _plural(word: str) -> bool:
    """An English plural by its ending ("stations", "areas"; not "glass", "bus")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


_TITLE_WORD_RE = re.compile(r"\b[^\W\d_]{4,}")
_TITLE_SHARE = 0.8
_TITLE_MIN_WORDS = 3


def _title_cased(text: str, sent: tuple[int, int]) -> bool:
    """Whether a sentence is a headline in title case ("Ribuan Santri Ikuti Haul ..."),
    where a capital opens every word and so says nothing of a name: most of its longer
    words are capitalised. (Indonesian only: its verbs carry prefixes a noun lacks, while an
    English headline's "Thousands Flee" has none.)"""
    words = _TITLE_WORD_RE.findall(text, sent[0], sent[1])
    if len(words) < _TITLE_MIN_WORDS:
        return False
    return sum(w[0].isupper() for w in words) >= _TITLE_SHARE * len(words)


_ACRONYM_MAX = 6
_NEXT_CAPITAL_RE = re.compile(r"[ \t]+[A-Z]")


def _acronym_noun(text: str, word: str, end: int) -> bool:
    """Whether a capitalised word after a number is an acronym it counts ("300 APAR",
    "enam MoU", "12 WNA"): three to six letters, capital at both ends, two capitals at least,
    and no capitalised word after it (which would make it part of a name: "88 AT Polri")."""
    return (
        3 <= len(word) <= _ACRONYM_MAX
        and word[-1].isupper()
        and sum(c.isupper() for c in word) >= 2
        and not _NEXT_CAPITAL_RE.match(text, end)
    )


def _resolve_others(ctx: _Ctx, num_start: int, sent: tuple[int, int]) -> str | None:
    """ "menyandera sekitar 240 lainnya": the verb's object kind, else the previous count's."""
    head = ctx.text[max(sent[0], num_start - 50) : num_start]
    best = None
    for m in _WORD_RE.finditer(head):
        kind = ctx.lex.verb_objects.get(m.group().lower())
        if kind:
            best = kind
    if best:
        return _named_before(ctx, best, sent)
    label = ctx.last_label.get(sent)
    if label is None and not ctx.text[sent[0] : num_start].strip():
        # "... lima narapidana sudah ditangkap kembali. Tujuh lainnya masih buron.": a count
        # of others opening its sentence takes the kind of the sentence right before
        before = [k for k in ctx.last_label if k[1] <= sent[0]]
        if before and "\n\n" not in ctx.text[max(before)[1] : sent[0]]:
            label = ctx.last_label[max(before)]
    return label


@lru_cache(maxsize=4)
def _outcome_nouns(lang: str) -> tuple[dict[str, str], str]:
    """``outcome_nouns`` (a noun that names what happened: "survivors" -> survived) and
    ``generic_noun`` of lang/*/nouns.json."""
    data = load(lang, "nouns")
    return dict(data.get("outcome_nouns", {})), str(data.get("generic_noun", ""))


def _outcome_free(ctx: _Ctx, label: str, start: int, end: int, sent: tuple[int, int]) -> str:
    """ "pulled 30 survivors ... searching for 12 others who remain missing": the others are
    no survivors. A noun borrowed from a count before that names an outcome gives way to the
    generic noun when the count's own clause tells another outcome."""
    outcomes, generic = _outcome_nouns(ctx.lex.lang)
    outcome = outcomes.get(label)
    if outcome is None or not generic:
        return label
    event = _event_near(ctx, start, end, sent)
    return generic if event is not None and event != outcome else label


# Words between a count with no noun and what befell it ("two are missing", "Fourteen
# remained", "dua masih dicari").
_COPULAS = frozenset(
    {"are", "were", "is", "was", "have", "had", "been", "still", "masih", "sudah", "telah"}
)
_STAYED = frozenset({"remain", "remained", "remains", "stayed"})
_CLAUSE_OPENERS_RE = re.compile(
    r"(?:^|[,;]|\b(?:and|dan|while|sementara|whereas|sedangkan))\s*$", re.IGNORECASE
)


# Words a part of a group told with its partitive may open its clause with ("286 kasus,
# dengan 52 di antaranya", "Sebanyak 14 di antaranya").
_PART_OPENERS_RE = re.compile(r"(?:\b|^)(?:dengan|sebanyak|with)\s*$", re.IGNORECASE)
_CLAUSE_END_RE = re.compile(r"[,;:.!?]")
# "one of them badly", "satu di antaranya": one of a group of things is somebody's, no count
_ONE_WORDS = frozenset({"one", "satu", "se"})


def _implied_noun(ctx: _Ctx, start: int, end: int, sent: tuple[int, int]) -> str | None:
    """ "Sebanyak 40 siswa dirawat. Belasan pingsan.", "Three passengers were rescued and two
    are missing", "Fourteen remained in hospital": a count with no noun that opens its clause
    and says what befell it (an outcome, a stay, a partitive: "Belasan di antaranya") counts
    what the count right before it counted, in its sentence or the one before in its
    paragraph, when that is a noun of people (lang/*/noun_classes.json). None otherwise: what
    it counts is not plain."""
    text = ctx.text
    lead = text[sent[0] : start]
    partitive = _partitive_end(ctx, end)
    if not _CLAUSE_OPENERS_RE.search(lead) and not (
        partitive is not None and _PART_OPENERS_RE.search(lead)
    ):
        return None
    if partitive is None:
        pos = end
        for _ in range(2):
            w = _WORD_AFTER_RE.match(text, pos)
            if w is None or w.group(1).lower() not in _COPULAS:
                break
            pos = w.end()
        w = _WORD_AFTER_RE.match(text, pos)
        if w is None:
            return None
        if w.group(1).lower() not in _STAYED and not ctx.lex.event_re.match(text, w.start(1)):
            return None
    noun = None
    if lead.strip() and not (partitive is not None and _PART_OPENERS_RE.fullmatch(lead.strip())):
        noun = ctx.last_noun.get(sent)
    else:
        before = [k for k in ctx.last_noun if k[1] <= sent[0]]
        if before and "\n\n" not in text[max(before)[1] : sent[0]]:
            noun = ctx.last_noun[max(before)]
    generic, specific = _person_nouns(ctx.lex.lang)
    if noun in generic or noun in specific:
        return noun
    if noun and partitive is not None and text[start:end].lower() not in _ONE_WORDS:
        # "286 kasus, dengan 52 di antaranya terkonfirmasi positif": a part of the cases in
        # a state of cases; "980 kasus ..., 16 di antaranya meninggal" counts no cases that
        # died (an outcome befalls people: no noun of things)
        # (a part told by what it is, "dua di antaranya kapal penjaga pantai", is no count)
        clause = _CLAUSE_END_RE.search(text, partitive, sent[1])
        stop = clause.start() if clause else sent[1]
        gap = _BLANKS_RE.match(text, partitive)
        at = gap.end() if gap else partitive
        if not ctx.lex.event_re.search(text, partitive, stop) and not ctx.lex.noun_re.match(
            text, at, stop
        ):
            return noun
    return None


# "with" before each figure of a ranking ("China with 201 golds, Japan with 52"): the word
# a bare figure repeats its sentence's counted figure after.
_WITH_WORDS = {"id": "dengan", "en": "with"}
# What may follow an elliptical figure: the end of its clause or the next item of the list.
_ELLIPSIS_END_RE = re.compile(
    r"[ \t]*(?:[,.;)]|$|[ \t](?:and|dan|while|sedangkan|serta|followed|disusul)\b)"
)


def _elliptical_noun(ctx: _Ctx, start: int, end: int, sent: tuple[int, int]) -> str | None:
    """ "China topped the table with 201 golds, ahead of Japan with 52 and South Korea with
    44", "unggul dengan 201 emas, disusul Jepang dengan 52": a bare figure after "with"
    leaves out the noun its sentence's figure after "with" named; None unless that figure
    came before it in the sentence and the bare one ends its clause or list item."""
    with_word = _WITH_WORDS.get(ctx.lex.lang)
    noun = ctx.last_noun.get(sent)
    if (
        with_word is None
        or noun is None
        or _word_before(ctx.text, start) != with_word
        or _ELLIPSIS_END_RE.match(ctx.text, end) is None
    ):
        return None
    lead = ctx.text[sent[0] : start]
    named = re.search(rf"\b{with_word}[ \t]+\d", lead, re.IGNORECASE)
    return noun if named is not None and named.end() < len(lead) - len(with_word) else None


@lru_cache(maxsize=4)
def _direct_events(lang: str) -> dict[str, str]:
    """``direct_object_events`` of lang/*/nouns.json: verbs that give the count right after
    them an event, which they give nothing farther off."""
    return dict(load(lang, "nouns").get("direct_object_events", {}))


@lru_cache(maxsize=4)
def headline_verbs(lang: str) -> dict[str, str]:
    """``headline_verbs`` of lang/*/nouns.json: bare verb stems of headlines ("Tangkap",
    "Tewaskan") whose event goes to the count right after them only."""
    return dict(load(lang, "nouns").get("headline_verbs", {}))


@lru_cache(maxsize=4)
def _direct_verb_objects(lang: str) -> dict[str, str]:
    """Verbs whose object kind a count takes only right after them (nouns.json)."""
    return dict(load(lang, "nouns").get("direct_verb_objects", {}))


# The event of people gathered at a protest ("sekitar 200 orang berunjuk rasa", "Ratusan
# warga ... berdemonstrasi", "200 people protested"): only a count of people takes it.
_CROWD = "protest"
# The words of people taken into care ("treated", "dirawat"): only a count of people takes
# them, as the injured.
_TREATED = "treated"
_INJURED = "injured"
_PEOPLE_ONLY_EVENTS = frozenset({_CROWD, _TREATED})
# The attribute of a part of a group that a linking verb tells to be some people ("dua dari
# tujuh tersangka merupakan pegawai", "Two of them were nurses"): what the part is, a claim
# of its own (compare agrees it), unlike a part told by a borrowed noun alone
PART_TOLD_AS = "told_as"
# Words before a member of a count just given ("tiga orang, termasuk seorang kontraktor")
_INCLUDING_WORDS = frozenset({"termasuk", "including"})


@lru_cache(maxsize=4)
def _participles(lang: str) -> frozenset[str]:
    """Irregular past participles ("sent", "flown"): noun_classes.json ``participles``."""
    return frozenset(w.lower() for w in load(lang, "noun_classes").get("participles", []))


def _included_member(
    ctx: _Ctx, span_start: int, end: int, sent: tuple[int, int]
) -> tuple[str, int] | None:
    """ "400 firefighters, including 60 sent from abroad", "termasuk 60 dari Jawa": a bare
    count right after "including" is a part of the group its sentence counted just before,
    and counts what that group does; (that noun, the end of the words that tell the part,
    up to the clause's comma, as a reader quotes it)."""
    if _word_before(ctx.text, span_start) not in _INCLUDING_WORDS:
        return None
    noun = ctx.last_noun.get(sent)
    if not noun:
        return None
    told = _CLAUSE_TAIL_RE.match(ctx.text, end, sent[1])
    tail = told.group().rstrip(" \t.!?") if told else ""
    return noun, end + len(tail) if len(tail) <= _MEMBER_REACH else end


# The words that tell an included part ("sent from New Zealand") end at its clause's mark
_CLAUSE_TAIL_RE = re.compile(r"[^,;:()\n\"“”]*")
_MEMBER_REACH = 48


@lru_cache(maxsize=4)
def _times_counters(lang: str) -> frozenset[str]:
    """Nouns that count occurrences ("kali", "times"): noun_classes.json ``times_counters``."""
    return frozenset(w.lower() for w in load(lang, "noun_classes").get("times_counters", []))


def _may_count_people(ctx: _Ctx, label: str, *, listed_only: bool) -> bool:
    """Whether a counted noun may name people: one of the person class of noun_classes.json,
    or, unless ``listed_only``, a noun no list knows ("runners", "pelari"); a listed noun of
    things ("rumah sakit") does not. A crowd is told by its people ("Ratusan mahasiswa"), and
    a crowd's unlisted things abound ("enam tuntutan"): it takes listed people only."""
    generic, specific = _person_nouns(ctx.lex.lang)
    if label in generic or label in specific:
        return True
    return not listed_only and label not in _noun_labels(ctx.lex.lang)


@lru_cache(maxsize=4)
def _noun_labels(lang: str) -> frozenset[str]:
    """Every label a listed counted noun normalises to (lang/*/nouns.json)."""
    return frozenset(lexicon(lang).nouns.values())


@lru_cache(maxsize=4)
def _person_nouns(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(generic, specific) labels of the person class of lang/*/noun_classes.json."""
    person = load(lang, "noun_classes").get("same_event_classes", {}).get("person", {})
    return frozenset(person.get("generic", [])), frozenset(person.get("specific", []))


def _named_before(ctx: _Ctx, kind: str, sent: tuple[int, int]) -> str:
    """ "killing 11 workers and injuring 40 others", "14 passengers were killed and 31
    injured": a verb's generic object ("people") gives way to the specific people its
    sentence counted just before."""
    generic, specific = _person_nouns(ctx.lex.lang)
    before = ctx.last_label.get(sent)
    return before if kind in generic and before in specific else kind


def _verb_object(ctx: _Ctx, num_start: int, sent: tuple[int, int]) -> str | None:
    """ "killing three", "injuring at least 45": a count with no noun takes the kind of
    the object of the verb right before it (within a few words, same clause)."""
    head = ctx.text[max(sent[0], num_start - 30) : num_start]
    head = _CLAUSE_MARK_RE.split(head)[-1]
    words: list[str] = _WORD_RE.findall(head)
    direct = _direct_verb_objects(ctx.lex.lang).get(words[-1].lower()) if words else None
    if direct:
        return _named_before(ctx, direct, sent)  # "forced thousands from their homes"
    for w in reversed(words[-4:]):
        kind = ctx.lex.verb_objects.get(w.lower())
        if kind:
            return _named_before(ctx, kind, sent)
    return None


_INCLUDED_PART_RE = re.compile(
    r",[ \t]*(?:among[ \t]+them|including|of[ \t]+whom|termasuk|di[ \t]+antaranya)[ \t][^,]*,",
    re.IGNORECASE,
)


@lru_cache(maxsize=4)
def _cue_res(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """numbers.json ``subgroup_cues`` (ending the text before a part), ``addition_cues``
    (opening a sentence) and ``subject_counts`` (a count's subject and its noun)."""
    n = lexicon(lang).numbers

    def alt(key: str) -> str:
        words = sorted(n.get(key, []), key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"

    return (
        re.compile(rf"\b(?:{alt('subgroup_cues')})\s+$", re.IGNORECASE),
        # matched at a sentence's start (``match(text, start)``: "^" would hold only at the
        # text's own start, so a search from the sentence found nothing past the first)
        re.compile(rf"\W*(?:{alt('addition_cues')})\b", re.IGNORECASE),
        re.compile(rf"\b(?:{alt('subject_counts')})\s+([\w-]+)", re.IGNORECASE),
    )


# What may stand between two parts of one breakdown: a comma or "dan", after the first part's
# own name or origin ("delapan pekerja Indonesia dan lima TKA", "25 rumah Desa Sukamaju dan")
_PART_JOIN_RE = re.compile(
    r"(?:[ \t]+(?:asal[ \t]+)?[A-Z][\w-]+){0,2}\s*,?\s*(?:(?:dan|serta|and)\s+)?"
)
_SUBGROUP_REACH = 80


def _word_before_at(text: str, pos: int) -> tuple[str, int]:
    """The word (hyphens inside it: "anak-anak") right before ``pos`` past spaces, and where
    it starts."""
    k = pos
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    w = k
    while w > 0 and k - w < _SUBJECT_REACH and (text[w - 1].isalnum() or text[w - 1] == "-"):
        w -= 1
    return text[w:k], w


# Words between a count's noun and its figure ("anak-anak menjadi 43 orang")
_TO_WORDS = frozenset({"menjadi", "mencapai", "sebanyak", "kini", "to", "at"})
# The reach of a count's subject before it ("jumlah perempuan dalam rombongan menjadi 62")
_SUBJECT_REACH = 60
# "Total penambang yang berada di dalam lubang saat kejadian berjumlah 15 orang"
_SUBJECT_PEOPLE_REACH = 80
_NEXT_OF_LIST_RE = re.compile(
    r"\s*,?\s*(?:dan|serta|and)\s+(?:the\s+)?[\w-]+\s+(?:(?:menjadi|jadi|to)\s+)?", re.IGNORECASE
)
_TO_FIGURE_RE = re.compile(
    r"\b(?:menjadi|jadi|to|tercatat|mencapai|berjumlah|reached)\s+$", re.IGNORECASE
)


@lru_cache(maxsize=4)
def _period_re(lang: str) -> re.Pattern[str]:
    """numbers.json ``period_cues`` opening a span of time, up to the clause's end."""
    words = sorted(lexicon(lang).numbers.get("period_cues", []), key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words) or "(?!)"
    return re.compile(rf"\b(?:{alt})\b[^,;.\n]*(?:\.\s?\d+[^,;.\n]*)?", re.IGNORECASE)


def _period_of(ctx: _Ctx, start: int, end: int, sent: tuple[int, int]) -> str | None:
    """The span of time a toll counts over, or None: in the toll's own clause after it
    ("more than 300 people have been killed since the truce began"), or opening its sentence
    ("Sejak gencatan senjata berlaku, lebih dari 300 warga tewas"). A "since" in another
    clause ("..., in the deadliest strike since October") dates something else."""
    lo = sent[0]
    if lo and ctx.text[lo].isdigit():
        lo = sentence_of(ctx.sentences, lo - 1)[0]  # "Since ... on Oct. 10, ...": one sentence
    period = _period_re(ctx.lex.lang)
    opening = period.match(ctx.text, lo, start)
    if opening is not None and not _CLAUSE_MARK_RE.search(ctx.text, opening.end() + 1, start):
        return opening.group().strip()
    m = period.search(ctx.text, end, sent[1])
    if m is not None and not _CLAUSE_MARK_RE.search(ctx.text, end, m.start()):
        return m.group().strip()
    return None


def _subgroup_whole(ctx: _Ctx, start: int, sent: tuple[int, int], value: float) -> float | None:
    """The count a part belongs to, when the part follows a count and a subgroup cue ("enam
    orang yang baru ditemukan itu terdiri atas empat perempuan dan dua anak-anak": 6 for
    both the four and the two), or None; a part is smaller than its whole."""
    prev = ctx.last_count.get(sent)
    if prev is None or start - prev[1] > _SUBGROUP_REACH:
        return None
    prev_value, prev_end, prev_whole = prev
    between = ctx.text[prev_end:start]
    if prev_whole is not None and _PART_JOIN_RE.fullmatch(between):
        whole = prev_whole  # the next part of the same list
    elif _cue_res(ctx.lex.lang)[0].search(between):
        whole = prev_value
    else:
        return None
    return whole if value < whole else None


def _subject_noun(ctx: _Ctx, start: int, sent: tuple[int, int]) -> str | None:
    """The people a generic count ("62 orang", "43 people") counts when its clause names them
    before it: the subject of the count ("jumlah perempuan dalam rombongan menjadi 62 orang",
    "the number of women rose to 62 people") or the noun right before it ("dan anak-anak 43
    orang"). Only the nouns a group is split into (``partitive_people``: women, children)."""
    nouns = ctx.lex.nouns
    word, at = _word_before_at(ctx.text, start)
    if word.lower() in _TO_WORDS:
        word, at = _word_before_at(ctx.text, at)
    label = nouns.get(word.lower())
    if label is None and ctx.has_cue("subject_counts"):
        prev = ctx.last_count.get(sent)
        lo = max(sent[0], start - _SUBJECT_REACH, prev[1] if prev is not None else 0)
        subj = _cue_res(ctx.lex.lang)[2].search(ctx.text, lo, start)
        label = nouns.get(subj.group(1).lower()) if subj is not None else None
    return label if label in _partitive_people(ctx.lex.lang) else None


def _revised_tally_noun(ctx: _Ctx, start: int, sent: tuple[int, int]) -> str | None:
    """What a bare figure counts when its clause's tally is raised or revised to it ("Jumlah
    pelanggan terdampak bertambah menjadi 2,4 juta", "the number of customers affected rose to
    2.4 million"): the tally's noun, so the new figure meets the old one ("1,2 juta
    pelanggan") instead of standing as a number of nothing."""
    if not ctx.has_cue("subject_counts") or not _TO_FIGURE_RE.search(
        ctx.text, max(sent[0], start - 12), start
    ):
        return None
    prev = ctx.last_count.get(sent)
    lo = max(sent[0], prev[1] if prev is not None else 0)
    subj = _cue_res(ctx.lex.lang)[2].search(ctx.text, lo, start)
    if subj is None:
        return None
    word = subj.group(1).lower()
    if not word.isalpha() or len(word) < 3 or word in ctx.lex.stop:
        return None
    return ctx.lex.nouns.get(word, word)


def _subject_people(ctx: _Ctx, start: int, sent: tuple[int, int]) -> str | None:
    """The people (a trade, a role: noun_classes.json person ``specific``) a generic count
    with no outcome stands for when its clause opens with their tally ("Total penambang yang
    berada di dalam lubang ... berjumlah 15 orang", "the number of climbers ... reached 40
    people"). A toll keeps its generic noun: its outcome already joins it to the others'."""
    if not ctx.has_cue("subject_counts"):
        return None
    prev = ctx.last_count.get(sent)
    reach = start - _SUBJECT_PEOPLE_REACH
    if _TO_FIGURE_RE.search(ctx.text, max(sent[0], start - 12), start):
        # "Jumlah tersangka kasus ... (a long name) bertambah menjadi lima orang": the total a
        # figure is given "to" is the sentence's subject, however long its name
        reach = sent[0]
    lo = max(sent[0], reach, prev[1] if prev is not None else 0)
    subj = _cue_res(ctx.lex.lang)[2].search(ctx.text, lo, start)
    if subj is None:
        return None
    word = subj.group(1).lower()
    named = ctx.lex.nouns.get(word, word)
    return named if named in _person_nouns(ctx.lex.lang)[1] else None


def _after_addition(ctx: _Ctx, start: int, sent: tuple[int, int]) -> bool:
    """Whether a figure given "to" a new value ("menjadi 62 orang", "tercatat 17 orang",
    "reached 19") stands in a sentence opening with an addition ("Dengan tambahan tersebut,
    ..."): a revised count."""
    if ctx.revised_ends:
        prev = ctx.last_count.get(sent)
        if prev is not None and prev[1] in ctx.revised_ends:
            # "... menjadi 62 orang dan anak-anak 43 orang": the next figure of the same update
            return _NEXT_OF_LIST_RE.fullmatch(ctx.text, prev[1], start) is not None
    if not _TO_FIGURE_RE.search(ctx.text, max(sent[0], start - 12), start):
        return False
    return (
        ctx.has_cue("addition_cues")
        and _cue_res(ctx.lex.lang)[1].match(ctx.text, sent[0], start) is not None
    )


# A purpose clause after a count of things ("tiga ambulans untuk menjemput korban luka",
# "two helicopters to search for the missing"): its outcome words are of its object.
_PURPOSE_RES = {
    "id": re.compile(r"\b(?:untuk|guna|demi)\b", re.IGNORECASE),
    "en": re.compile(r"\b(?:to|for)\b", re.IGNORECASE),
}


# How far after a subject's count its crowd verb may stand, past the places it names
# ("Sekitar 500 nelayan dari sejumlah kelurahan pesisir di Kota X berunjuk rasa").
_SUBJECT_VERB_REACH = 90
# Words opening the modifiers of a subject: where its people come from, where they are.
_SUBJECT_MODIFIER_RE = re.compile(r"[ \t]+(?:dari|asal|di|from|of|in)[ \t]", re.IGNORECASE)


_COUNT_OPENER_RE = re.compile(r"\b(?:sebanyak|jumlahnya)\s*$", re.IGNORECASE)


def _crowd_of_subject(ctx: _Ctx, start: int, end: int, sent: tuple[int, int]) -> str | None:
    """The crowd event of a count of people that opens its sentence (after a qualifier or a
    dateline), told by the sentence's verb after the places its people come from: the
    nearest-word reading stops short of it."""
    if _SUBJECT_MODIFIER_RE.match(ctx.text, end) is None:
        return None
    lead = _COUNT_OPENER_RE.sub("", ctx.text[sent[0] : start])
    if lead.strip() and not _DATELINE_END_RE.search(lead):
        return None
    stop = _CLAUSE_END_RE.search(ctx.text, end, min(sent[1], end + _SUBJECT_VERB_REACH))
    hi = stop.start() if stop else min(sent[1], end + _SUBJECT_VERB_REACH)
    found = ctx.lex.event_re.search(ctx.text, end, hi)
    if found is None or _DIGIT_RE.search(ctx.text, end, found.start()):
        return None
    event = _event_key(ctx, found)
    return event if event == _CROWD else None


def _sent_for_others(ctx: _Ctx, end: int, sent: tuple[int, int]) -> bool:
    """Whether a purpose word stands between a count and the next outcome word of its
    sentence: the outcome is of whom the counted things serve."""
    purpose = _PURPOSE_RES.get(ctx.lex.lang)
    outcome = ctx.lex.event_re.search(ctx.text, end, sent[1])
    if purpose is None or outcome is None:
        return False
    return purpose.search(ctx.text, end, outcome.start()) is not None


def _event_near(ctx: _Ctx, start: int, end: int, sent: tuple[int, int]) -> str | None:
    if ctx.text.startswith((" dari ", " of "), end):
        whole = _WHOLE_CLAUSE_RE.match(ctx.text, end, sent[1])
        if whole is not None:
            told = _outcome_past_whole(ctx, whole.end(), sent)
            if told is not None:
                return told or None
    return _event_of(ctx, start, end, sent)


def _outcome_past_whole(ctx: _Ctx, pos: int, sent: tuple[int, int]) -> str | None:
    """ "Dua dari tujuh napi yang kabur berhasil ditangkap kembali", "Two of the seven inmates
    who escaped were recaptured": the outcome right after the whole's "yang" / "who" is the
    whole's; the part's is the next one in its clause ("" when there is none). None when
    no outcome opens the relative clause: the part is read as any count is."""
    own = ctx.lex.event_re.match(ctx.text, pos, sent[1])
    if own is None:
        return None
    hi = min(sent[1], own.end() + _PART_OUTCOME_REACH)
    nxt = ctx.lex.event_re.search(ctx.text, own.end(), hi)
    if nxt is None or _CLAUSE_MARK_RE.search(ctx.text, own.end(), nxt.start()):
        return ""
    if _DIGIT_RE.search(ctx.text, own.end(), nxt.start()):
        return ""
    return _event_key(ctx, nxt)


# How far past the whole's relative clause a part's own outcome may stand (characters).
_PART_OUTCOME_REACH = 40


def _event_of(ctx: _Ctx, start: int, end: int, sent: tuple[int, int]) -> str | None:
    lo, hi = max(sent[0], start - 60), min(sent[1], end + 40)
    if ctx.text.startswith(",", end) and (app := _INCLUDED_PART_RE.match(ctx.text, end, sent[1])):
        hi = min(sent[1], app.end() + 40)  # "Twelve ..., among them five children, were killed"
    subject_re = ctx.lex.event_subject_re
    if (
        subject_re is not None
        and may_end_with(ctx.text, max(sent[0], start - 40), start, ctx.lex.event_subject_ends)
        and subject_re.search(ctx.text, max(sent[0], start - 40), start)
    ):
        # "Korban meninggal akibat longsor di ..., kini mencapai 21 orang": the figure the
        # subject reaches counts what the subject names, however far back it stands
        lo = sent[0]
    base = lo
    for cut in _CUT_RE.finditer(ctx.text[base:hi]):
        if cut.group() in "()" and _short_form_bracket(ctx.text, base + cut.start()):
            continue  # "Empat anak buah kapal (ABK) diamankan": a short form cuts no clause
        if cut.group() in "()" and _age_bracket(ctx.text, base + cut.start()):
            # "Seorang perempuan berinisial RM (81) meninggal dunia": an age in brackets
            # cuts no clause either, and the words it takes are no distance
            if cut.group() == "(":
                hi = min(sent[1], hi + _AGE_BRACKET_LEN)
            continue
        if base + cut.start() < start:
            lo = base + cut.end()
        elif base + cut.start() >= end:
            hi = base + cut.start()
            break
    best: tuple[int, str] | None = None
    run = _NUMBER_RUN_RE.match(ctx.text[start:end] + " ")
    num_end = start + (run.end() if run else 0)
    # "20 korban luka ..., tiga di antaranya kritis": a part's outcome follows it
    part = _partitive_end(ctx, num_end) is not None
    noun_outcome = num_end < end and ctx.lex.event_re.search(ctx.text, num_end, end) is not None
    # "dirawat di dua rumah sakit": a count after a place's preposition names where, not who;
    # an outcome before it is the clause subject's
    placed = _word_before(ctx.text, start) in _PLACE_PREPOSITIONS.get(ctx.lex.lang, ())
    for m in finditer_fast(ctx.lex.event_re, ctx.text, ctx.low, lo, hi):
        if (m.start() < num_end and m.end() > start) or ((part or placed) and m.end() <= start):
            continue
        if ctx.lex.event_not_after and _word_before(ctx.text, m.start()) in ctx.lex.event_not_after:
            continue  # "figures released on Tuesday showed 1,301 pilgrims had died"
        dist = start - m.end() if m.end() <= start else max(0, m.start() - end)
        event = _event_key(ctx, m)
        if noun_outcome and event == "killed" and m.start() >= end and dist <= OUTCOME_IN_NOUN:
            # a state inside the counted noun ("Lima korban luka bakar berat meninggal dunia",
            # "two hostages were killed"): their death, told right after, is their outcome
            dist = -1
        between = ctx.text[min(m.end(), end) : max(m.start(), start)]
        if m.start() >= end and _RELATIVE_CLAUSE_RE.fullmatch(between):
            # "mengevakuasi 23 orang yang selamat", "12 workers who were injured": the
            # relative clause on the count says what befell it, whatever verb governs it
            dist = -1
        if (
            "(" in between
            or "usia" in between
            or "umur" in between
            or "age" in between
            or "old" in between
        ):
            between = _AGES_BETWEEN_RE.sub("", between)  # "Seorang perempuan berusia 60 tahun"
        if m.start() >= end and "," in between:
            # "Twelve residents, among them five children, were killed": the part between
            # commas is of the count before it, which the outcome after it befalls too
            between = _INCLUDED_PART_RE.sub("", between)
        if (
            _DIGIT_RE.search(_ORDINAL_RE.sub("", between))
            and not _only_dates_between(ctx, min(m.end(), end), max(m.start(), start))
        ) or _number_word_in(ctx, between):
            # another number is closer to that word ("21 Orang, Enam Masih Hilang"); an
            # ordinal is none ("yang wafat hingga hari ke-20 mencapai 174 orang"), nor a date
            # ("killed when ... derailed on Sunday, November 22, rose to 23")
            continue
        if m.end() <= start:
            if ctx.lex.event_breaks and ctx.lex.event_breaks.search(between):
                continue  # "tujuh warga tewas, sementara 412 rumah terendam"
            if "," in between and _counted_before(ctx, m.start(), lo):
                continue  # "sembilan orang diselamatkan, dua orang ditemukan meninggal"
            if ctx.lex.event_joins and ctx.lex.event_joins.search(between):
                if event == _TREATED:
                    continue  # "empat orang dirawat dan dua orang sudah pulang": not in care
                dist += JOINED_CLAUSE  # "killed and 13 others were missing": its own clause first
        elif ctx.lex.event_joins and ctx.lex.event_joins.search(between):
            # "killing at least 31 people and injuring 540": a verb of the next clause with a
            # count of its own says nothing about this one
            own = ctx.text[m.end() : min(sent[1], m.end() + _OWN_COUNT_CHARS)].split(",")[0]
            if _DIGIT_RE.search(own) or _number_word_in(ctx, "," + own):
                dist += JOINED_CLAUSE
        if best is None or dist < best[0]:
            best = (dist, event)
    return best[1] if best else None


def _only_dates_between(ctx: _Ctx, lo: int, hi: int) -> bool:
    """Whether every digit in ``text[lo:hi]`` is inside a date (a blocked span): a day of
    the month counts nothing, so it stands between no count and its outcome."""
    runs = list(_RUN_RE.finditer(ctx.text, lo, hi))
    return bool(runs) and all(ctx.is_blocked(r.start(), r.end()) for r in runs)


# The words between a part and a relative clause on the whole it is a part of ("Dua dari
# tujuh napi yang", "two of the seven inmates who").
_WHOLE_CLAUSE_RE = re.compile(
    r"[ \t]+(?:dari|of)[ \t]+(?:the[ \t]+|total[ \t]+)?(?:\d[\d.,]*|[^\W\d]+)"
    r"(?:[ \t]+[\w-]+){1,3}[ \t]+(?:yang|who|that)[ \t]+"
    r"(?:(?:sudah|telah|sempat|had|have|were|was)[ \t]+)?",
    re.IGNORECASE,
)
# The words between a count and the outcome of a relative clause on it.
_RELATIVE_CLAUSE_RE = re.compile(
    r"[ \t]+(?:yang|who|that)(?:[ \t]+(?:masih|sudah|telah|berhasil|dinyatakan|were|are|had"
    r"|have|been|was|is))*[ \t]+",
    re.IGNORECASE,
)


def _people_of_a_country(label: str) -> bool:
    """ "palestinians", "sudanese", "swiss": a counted noun that is a country's people."""
    return is_people_word(label.title())


_SHORT_FORM_RE = re.compile(r"\([A-Z][A-Za-z]{1,7}\)")


_AGE_BRACKET_RE = re.compile(r"\(\d{1,3}\)")
_AGE_BRACKET_LEN = 5


def _age_bracket(text: str, at: int) -> bool:
    """Whether the bracket at ``at`` opens or closes an age ("(81)")."""
    if text[at] == "(":
        return _AGE_BRACKET_RE.match(text, at) is not None
    open_at = text.rfind("(", max(0, at - 4), at)
    return open_at >= 0 and _AGE_BRACKET_RE.fullmatch(text, open_at, at + 1) is not None


def _short_form_bracket(text: str, at: int) -> bool:
    """Whether the bracket at ``at`` opens or closes a short form ("(ABK)", "(PMI)")."""
    if text[at] == "(":
        return _SHORT_FORM_RE.match(text, at) is not None
    open_at = text.rfind("(", max(0, at - 9), at)
    return open_at >= 0 and _SHORT_FORM_RE.fullmatch(text, open_at, at + 1) is not None


# Prepositions of place right before a count ("di dua rumah sakit", "in three hospitals"); not
# those of a change ("naik ke 26", "rose to 26"), whose count is the outcome's.
_PLACE_PREPOSITIONS = {
    "id": frozenset({"di"}),
    "en": frozenset({"in", "at"}),
}


# How far after a counted noun holding an outcome word ("korban luka") a verb of outcome
# still says what happened to them ("Lima korban luka bakar berat meninggal dunia").
OUTCOME_IN_NOUN = 20


# How far back of an outcome word a count of its own clause may stand ("sembilan orang
# berhasil diselamatkan").
_OWN_CLAUSE_CHARS = 40


def _counted_before(ctx: _Ctx, pos: int, lo: int) -> bool:
    """Whether the clause ending at an outcome word (back to a comma) holds a count of its
    own: that outcome is that count's, not the next clause's."""
    head = ctx.text[max(lo, pos - _OWN_CLAUSE_CHARS) : pos].rsplit(",", 1)[-1]
    if _DIGIT_RE.search(head):
        return True
    units = ctx.lex.numbers.get("units", {})
    return any(w in units for w in _WORDS_RE.findall(head.lower()))


_LAST_WORD_RE = re.compile(r"([^\W\d_]+)\s+$")


def _word_before(text: str, pos: int) -> str:
    """The lowercased word right before ``pos`` (empty when none).

    Called before every figure: plain string methods answer the common case (the last
    word of the 24 characters before ``pos`` is all letters and whitespace follows it),
    twice as fast as the search; the regex decides the rest ("2abc", "ab-cd", a window
    without trailing whitespace), so the word is the one ``_LAST_WORD_RE`` finds."""
    window = text[max(0, pos - 24) : pos]
    head = window.rstrip()
    if len(head) == len(window) or not head:
        return ""  # no whitespace right before pos, or nothing but whitespace
    last = head.rsplit(None, 1)[-1]
    if last.isalpha():
        return last.lower()
    m = _LAST_WORD_RE.search(text, max(0, pos - 24), pos)
    return m.group(1).lower() if m else ""


_LAST_TWO_WORDS_RE = re.compile(r"([^\W\d_]+)\s+([^\W\d_]+)\s+$")


def _two_words_before(text: str, pos: int) -> str | None:
    """The two lowercased words right before ``pos``, joined by one space (None when there
    are not two): string methods for two all-letter words, ``_LAST_TWO_WORDS_RE`` for the
    rest, as in :func:`_word_before`."""
    window = text[max(0, pos - 24) : pos]
    head = window.rstrip()
    if len(head) == len(window) or not head:
        return None
    words = head.rsplit(None, 2)
    if len(words) >= 2 and words[-2].isalpha() and words[-1].isalpha():
        return f"{words[-2].lower()} {words[-1].lower()}"
    m = _LAST_TWO_WORDS_RE.search(text, max(0, pos - 24), pos)
    return f"{m.group(1).lower()} {m.group(2).lower()}" if m else None


def _direct_event(text: str, pos: int, direct: dict[str, str], one: str) -> str | None:
    """The event a verb right before ``pos`` gives its count: a one-word verb
    ("mengamankan", ``one``: the word before ``pos``) or a verb and its particle
    ("rounded up")."""
    if one in direct:
        return direct[one]
    two = _two_words_before(text, pos)
    return direct.get(two) if two is not None else None


def _number_word_in(ctx: _Ctx, between: str) -> bool:
    """Whether a number word ("enam", "three") stands in ``between`` after a comma: the
    count of another clause."""
    if "," not in between:
        return False
    units = ctx.lex.numbers.get("units", {})
    return any(w in units for w in _WORDS_RE.findall(between.split(",", 1)[1].lower()))


def _looks_like_name_number(ctx: _Ctx, start: int, sent: tuple[int, int]) -> bool:
    """ "Resolusi 2334", "Boeing 737": a capitalised word (not sentence-initial) before, or
    a bracketed short name ("Pajak Penghasilan (PPh) 22")."""
    if _BRACKETED_NAME_BEFORE_RE.search(ctx.text, max(sent[0], start - 12), start):
        # "(PPh) 22 sebesar ...", "(Densus) 88 menangkap": a name's number; "(SUTT) 150 kV"
        # measures something
        run = _NUMBER_RUN_RE.match(ctx.text, start)
        nxt = _NEXT_WORD_RE.match(ctx.text, run.end() if run else start)
        if nxt is None:
            return True
        word = nxt.group(1).lower()
        return word in ctx.lex.stop or (len(word) > 5 and word.startswith(_VERB_PREFIXES))
    m = _NAME_BEFORE_RE.search(ctx.text[max(sent[0], start - 30) : start])
    if not m:
        return False
    word = m.group(1)
    word_start = start - (len(ctx.text[max(sent[0], start - 30) : start]) - m.start(1))
    if _DATELINE_END_RE.search(ctx.text[max(sent[0], word_start - 4) : word_start]):
        return False  # "Surabaya - Sebanyak 221 ...": the first word after a dateline
    if word.lower() in headline_verbs(ctx.lex.lang):
        return False  # "Polisi Tangkap 12 Pengemudi": a headline's verb stem names nothing
    return word[:1].isupper() and word_start > sent[0]


_BRACKETED_NAME_BEFORE_RE = re.compile(r"\([A-Z][\w-]*\)\s+$")
_NEXT_WORD_RE = re.compile(r"\s*([^\W\d_]+)")
# Indonesian verb prefixes: a word after a name's number that is its verb ("88 menangkap").
_VERB_PREFIXES = ("me", "di", "ber", "ter")
_NAME_WORD_AFTER_RE = re.compile(r"[ \t]+[A-Z]")
_TWO_NAME_WORDS_AFTER_RE = re.compile(r"[ \t]+[A-Z][\w-]*[ \t]+[A-Z][\w-]*")


def _inside_capitalised_name(ctx: _Ctx, start: int, end: int) -> bool:
    """A bare number inside a unit's name ("Densus 88 Antiteror Polri", "Detasemen Khusus
    (Densus) 88 Antiteror"): a bracketed short name right before it and a capitalised word
    after, or a capitalised word before and two more after it. A count's noun rarely comes
    as two capitalised words ("Sebanyak 146 Rohingya tiba" keeps its figure)."""
    head = ctx.text[max(0, start - 30) : start]
    if _BRACKETED_NAME_BEFORE_RE.search(head) and _NAME_WORD_AFTER_RE.match(ctx.text, end):
        return True  # not "(SUTT) 150 kV": a measure after it
    m = _NAME_BEFORE_RE.search(head)
    return bool(m and m.group(1)[:1].isupper() and _TWO_NAME_WORDS_AFTER_RE.match(ctx.text, end))


def _interval(f: Fact) -> tuple[float, float]:
    v = float(f.value)
    q = f.attrs.get("qualifier", "exact")
    if q == "about":
        return v * (1 - _ABOUT_TOLERANCE), v * (1 + _ABOUT_TOLERANCE)
    if q in ("more_than", "at_least"):
        return v, math.inf
    if q == "up_to":
        return 0.0, v
    return v, v


def compatible(a: Fact, b: Fact) -> bool:
    """Whether two numbers can both be true of the same thing.

    "lebih dari 11.000" and "11.000" are compatible (the writer hedged), "sekitar 240" and
    "250" are too (within 10%), "1.200" and "1.400" are not. Numbers of different units,
    counted nouns or events count different things and so never conflict.
    """
    if a.kind != "number" or b.kind != "number":
        raise ValueError("compatible() compares number facts")
    if a.attrs.get("unit") != b.attrs.get("unit"):
        return True
    if a.label and b.label and a.label != b.label:
        return True
    ea, eb = a.attrs.get("event"), b.attrs.get("event")
    if ea and eb and ea != eb:
        return True
    lo_a, hi_a = _interval(a)
    lo_b, hi_b = _interval(b)
    eps = 1e-9 * max(1.0, abs(float(a.value)), abs(float(b.value)))
    return lo_a <= hi_b + eps and lo_b <= hi_a + eps
