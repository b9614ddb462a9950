"""``unique``: numbers and quotes reported by only some of the sources.

What one outlet alone reports is where a fact-checker looks first: it may be a scoop, or
an unsupported addition. A claim in conflict with another is reported as a conflict, not
twice.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache, partial

from rapidfuzz.distance import Levenshtein

from kroscek.align import Alignment
from kroscek.align.words import Word, words
from kroscek.compare.findings._common import (
    age_in_years,
    display,
    fact_evidence,
    folded,
    join_names,
    join_values,
    lexicon_lang,
    message,
    msg_lang,
    source_labels,
)
from kroscek.compare.findings.attribution import claimed_as_written
from kroscek.compare.findings.claims import (
    ClaimKind,
    ClaimSet,
    Mention,
    counts_people,
    en_to_id,
    group_claims,
    noun_key,
    revised_count,
)
from kroscek.compare.findings.translated import (
    anchored_alone,
    quotes_of,
    translated_by_speaker,
)
from kroscek.compare.findings.variant import same_speaker_name
from kroscek.compare.findings.wholes import parts_against_all
from kroscek.data import Article, Fact, Finding
from kroscek.extract.lexicon import lexicon
from kroscek.extract.normalize import fold
from kroscek.extract.numbers import AGE
from kroscek.text.lang import lang_data

KINDS: tuple[ClaimKind, ...] = ("number", "quote")
QUOTE_PREVIEW = 80
# Figures below this are common enough to need their noun to be recognised in another text.
SMALL_FIGURE = 10
# Sources carrying a figure from which, when they are more than twice those leaving it out,
# the message names who leaves it out instead of listing who carries it.
MOST_CARRIERS = 3


def _positions(keys: list[str], key: str) -> list[int]:
    """The indexes where ``key`` stands in ``keys``, in order: found by ``list.index`` in C.
    A text's few missing figures each ask for a few keys, so no index of every key is
    built (a list per distinct word, only to be read a dozen times)."""
    out: list[int] = []
    i = -1
    try:
        while True:
            i = keys.index(key, i + 1)
            out.append(i)
    except ValueError:
        return out


def _first_items(pairs: Sequence[tuple[str, bool]]) -> list[str]:
    return [k for k, _ in pairs]


def _figure_translated(m: Mention, other: Article) -> bool:
    """Whether ``other``, in another language, gives the same figure of the same counted noun
    ("two club officials" / "dua ofisial", "at least four matches" / "sedikitnya empat
    pertandingan"). Too small to be called one claim across languages, such a figure is
    still not news only one side carries."""
    if other.lang == m.article.lang:
        return False
    fact = m.fact
    keys = _noun_family(fact, m.article.lang)
    if not keys:
        return False
    if fact.value == 1 and _one_named(keys, other):
        return True  # "satu helikopter" / "a helicopter": English writes a one as an article
    return any(
        f.kind == "number"
        and f.value == fact.value
        and f.attrs.get("qualifier") == fact.attrs.get("qualifier")
        and (f.attrs.get("unit") or "") == (fact.attrs.get("unit") or "")
        and bool(_noun_family(f, other.lang) & keys)
        for f in other.facts
    )


def _noun_family(f: Fact, lang: str | None) -> frozenset[str]:
    """The Indonesian counted nouns a figure's noun may be told as in the other language:
    its label's key, the head of a two-word Indonesian label ("perahu karet" is a kind of
    "perahu") and, in English, the noun as written before the extractor's label grouped it
    ("two rescue boats", labelled "ships", are "perahu"). Only for figures too small to be
    claims across languages, so the looser match costs no dispute."""
    key = noun_key(f, lang)
    if not key:
        return frozenset()
    out = {key}
    if lang == "en":
        written = folded(f.text).split()
        if written and (mapped := en_to_id().get(written[-1])):
            out.add(mapped)
    else:
        out.add(key.split()[0])
    return frozenset(out)


# The words that count one thing without a figure ("a helicopter", "sebuah helikopter").
_ONE_WORDS = {"en": ("a", "an", "one"), "id": ("satu", "sebuah", "seorang", "seekor")}
# Words a describing phrase may put between such a word and its noun ("a police helicopter").
_ONE_GAP = 2


def _one_named(keys: frozenset[str], other: Article) -> bool:
    """Whether ``other`` names one thing of the noun family ``keys`` with an article or a
    counting prefix ("a helicopter", "an inflatable boat", "sebuah helikopter"): the same
    one thing the first text counts as "satu helikopter" / "one helicopter"."""
    pattern = _one_pattern("en" if other.lang == "en" else "id", keys)
    if pattern is None:
        return False
    return any(pattern.search(folded(other.field_text(field))) for field in ("title", "text"))


@lru_cache(maxsize=256)
def _one_pattern(lang: str, keys: frozenset[str]) -> re.Pattern[str] | None:
    """``_one_named``'s search for one of ``keys`` after a word counting one, or None."""
    nouns = _family_words(lang, keys)
    if not nouns:
        return None
    gap = rf"(?:[\w-]+\s+){{0,{_ONE_GAP}}}?"
    ones = "|".join(_ONE_WORDS[lang])
    return re.compile(rf"\b(?:{ones})\s+{gap}(?:{'|'.join(map(re.escape, nouns))})\b")


def _family_words(lang: str, keys: frozenset[str]) -> tuple[str, ...]:
    """The words of ``lang`` for the Indonesian counted nouns ``keys``: English nouns that
    ``counted_nouns_id.json`` maps to them, in the singular; the Indonesian nouns themselves."""
    if lang != "en":
        return tuple(sorted(keys))
    return tuple(sorted({_singular(en) for en, id_ in en_to_id().items() if id_ in keys}))


def _figure_written(fact: Fact, article: Article, alignment: Alignment) -> bool:
    """Whether ``article`` writes the same figure ("30", "1.200") in its text.

    A figure missing from one article's facts but written in its text was reported there;
    an extractor read it differently (a dateline glued to the sentence, another noun).
    Small figures appear everywhere by chance, so they must be followed by the same word.
    """
    mine = _keys(alignment.memo(("fact-words", fact.text), lambda: words(fact.text)))
    digits = [i for i, (_, is_number) in enumerate(mine) if is_number]
    if digits:
        # "Rp 3 miliar" is written with a small "3" however large its value: another
        # text's "3 jembatan" is not the same figure
        at = digits[0]
        small = _is_small(fact) or _written_small(mine[at][0]) or _short_span(fact)
    elif len(mine) >= 2:
        at, small = len(mine) - 2, True  # a number word before its noun: "three months"
    else:
        return False
    key = mine[at][0]
    after = _singular(_base(mine[at + 1][0])) if at + 1 < len(mine) else None
    # "1,2 juta penumpang" is small as written: its scale and the noun after it must both be
    # written ("Rp 1,2 juta" in a quote counts rupiah, not passengers)
    scaled = _scaled_noun(mine, at) if after is not None else None
    if after is not None and fact.attrs.get("unit"):
        # "40 persen" luka bakar is not written by a text whose only 40 counts "40 kepala
        # keluarga": a measure is written with its unit word after it, as a small count is
        small = True
    # the same counted noun in other words: "tujuh awak" / "Tujuh ABK" (lang/*/nouns.json)
    nouns = lexicon(article.lang or "id").nouns
    label = nouns.get(mine[at + 1][0]) if at + 1 < len(mine) else None
    # a figure written in words is written in digits elsewhere too ("tujuh" / "7")
    digits_key = None
    if not digits and isinstance(fact.value, (int, float)) and float(fact.value).is_integer():
        digits_key = str(int(fact.value))
    # the headline counts too: "its lowest level in three months" / "Three-Month Low"
    # (each field's keys are split once per alignment: every missing figure searches them)
    for field in ("text", "title"):
        theirs = alignment.memo(
            ("word-keys", article.id, field), partial(_field_keys, alignment, article, field)
        )
        # where each key stands, so only the words that can match are visited, in order
        keys = alignment.memo(("word-key-list", article.id, field), partial(_first_items, theirs))
        spots = sorted(
            [
                *_positions(keys, key),
                *_positions(keys, "ke" + key),
                *_positions(keys, "k" + key),
                *(_positions(keys, digits_key) if digits_key else ()),
            ]
        )
        for i in spots:
            k = theirs[i][0]
            if k == digits_key:
                pass  # "tujuh awak" / "7 ABK": the figure in digits
            elif k != key:
                if k in ("ke" + key, "k" + key) and key.isalpha() and after is not None:
                    # "Keempat orang tersangka" ("all four suspects"; its key drops the
                    # doubled "e") states the four suspects another text counts, its noun
                    # one or two words on
                    near = [_singular(t[0]) for t in theirs[i + 1 : i + 3]]
                    if after in near:
                        return True
                continue
            if scaled is not None and not _same_scaled_noun(theirs, i, scaled, nouns):
                continue
            if not small or (
                i + 1 < len(theirs)
                and (
                    _singular(_base(theirs[i + 1][0])) == after
                    or (label is not None and nouns.get(theirs[i + 1][0]) == label)
                    or _person_named_after(theirs, i + 1, after)
                )
            ):
                return True
    return False


@lru_cache(maxsize=1)
def _scale_words() -> frozenset[str]:
    """Keys of the words that scale a figure in either language ("juta", "million"):
    numbers.json ``scales`` (the figure's own article may be written in the other language)."""
    scales = [w for lang in ("id", "en") for w in lang_data(lang, "numbers").get("scales", {})]
    # keyed as text words are ("million" is keyed "milion")
    return frozenset(key for key, _ in _keys(words(" ".join(scales))))


def _scaled_noun(mine: list[tuple[str, bool]], at: int) -> str | None:
    """The noun after a figure's scale word ("1,2 juta penumpang": "penumpang"); None when
    no scale follows the figure or nothing follows the scale."""
    if at + 2 >= len(mine) or mine[at + 1][0] not in _scale_words():
        return None
    return mine[at + 2][0]


def _same_scaled_noun(
    theirs: list[tuple[str, bool]], i: int, noun: str, nouns: dict[str, str]
) -> bool:
    """Whether the figure at ``i`` is followed by a scale word and ``noun`` (or a noun of
    the same label: "1,2 juta pemudik" / "1,2 juta penumpang" need not be; the label decides)."""
    if i + 2 >= len(theirs):
        return False
    word = theirs[i + 2][0]
    if _singular(_base(word)) == _singular(_base(noun)):
        return True
    label = nouns.get(noun)
    return label is not None and nouns.get(word) == label


# Capitalised words a text may set between a figure and its noun ("three South Asian ports",
# "two Indonesian-flagged ships"): the same count, its noun qualified by a place or a people.
_NAMES_BETWEEN = 3


def _figure_named_between(fact: Fact, article: Article) -> bool:
    """Whether ``article``, in English (where such words come before the noun), writes the
    figure and its noun with a few capitalised words between them ("three ports" / "three
    South Asian ports")."""
    if article.lang != "en" or fact.attrs.get("unit"):
        return False
    parts = fact.text.split()
    if len(parts) != 2:
        return False
    pattern = _named_between_pattern(parts[0].casefold(), parts[1].casefold())
    return any(pattern.search(article.field_text(f)) for f in ("text", "title"))


@lru_cache(maxsize=256)
def _named_between_pattern(number: str, noun: str) -> re.Pattern[str]:
    number, noun = re.escape(number), re.escape(noun)
    return re.compile(
        rf"(?<!\w)(?i:{number})\s+(?:[A-Z][\w'’-]*\s+){{1,{_NAMES_BETWEEN}}}(?i:{noun})(?!\w)"
    )


@lru_cache(maxsize=64)
def _outcome_pattern(lang: str, value: int, event: str) -> re.Pattern[str] | None:
    """A small count of ``event`` written with no noun in ``lang`` ("Two are missing", "dua
    lainnya masih hilang"), which the extractor may not read as a count."""
    units = lang_data(lexicon_lang(lang), "numbers").get("units", {})
    numbers = [re.escape(w) for w, v in units.items() if v == value and " " not in w]
    words = [re.escape(w) for w, e in lexicon(lang).events.items() if e == event]
    if not numbers or not words:
        return None
    return re.compile(
        rf"(?<!\w)(?:{'|'.join(numbers)}|{value})\s+(?:(?:others?|more|lainnya|lain|orang)\s+)?"
        rf"(?:(?:are|were|remain|remained|is|was|still|have|had|been|masih)\s+){{0,3}}"
        rf"(?:{'|'.join(words)})(?!\w)",
        re.IGNORECASE,
    )


def _outcome_translated(m: Mention, other: Article) -> bool:
    """Whether ``other``, in another language, writes the same small count of the same
    outcome with no noun ("dua lainnya masih dicari" / "Two are missing")."""
    f, event = m.fact, m.fact.attrs.get("event")
    if not event or other.lang == m.article.lang or not _is_small(f):
        return False
    if not float(f.value).is_integer():
        return False
    pattern = _outcome_pattern(other.lang or "id", int(f.value), str(event))
    return pattern is not None and bool(pattern.search(other.text))


# Short lengths of time: "14 hari" is as common a pair of words as "14 orang", so another
# text's "14" must be followed by the same unit to state the same span (years and months
# left out: an age, "16-year-old" / "berusia 16 tahun", is written apart across languages).
_SPANS = frozenset({"minute", "hour", "day", "week"})


def _short_span(fact: Fact) -> bool:
    """Whether a figure is a length of time below a hundred ("selama 14 hari")."""
    return fact.attrs.get("unit") in _SPANS and abs(float(fact.value)) < 100


def _field_keys(alignment: Alignment, article: Article, field: str) -> list[tuple[str, bool]]:
    return _keys(alignment.words_of(article, field))


def _keys(ws: Sequence[Word]) -> list[tuple[str, bool]]:
    """Word keys with compounds split ("three-month" is "three", "month"); a reduplicated
    plural stays one word ("anak-anak", Malay "kanak-kanak": its half "kanak" is no noun)."""
    return [
        (k, w.is_number)
        for w in ws
        for k in (w.key.split("-") if "-" in w.key and not _reduplicated(w.key) else [w.key])
    ]


def _base(key: str) -> str:
    """A reduplicated plural's half ("anak-anak" is "anak"), any other word itself."""
    return key.partition("-")[0] if _reduplicated(key) else key


# Nouns that count anyone ("dua orang"); what the people are may follow a few words on.
_PERSON_NOUNS = frozenset({"orang", "people", "persons"})
# How many words after such a noun may say what the people are ("dua orang lain yang
# diduga menjadi bandar", "two people believed to be dealers").
_PERSON_ROLE_WORDS = 6


def _person_named_after(keys: Sequence[tuple[str, bool]], at: int, noun: str | None) -> bool:
    """Whether a count of people ("dua orang") is followed, within a few words, by the noun
    another text counts ("Dua bandar"): the same people, told by what they are."""
    if noun is None or keys[at][0] not in _PERSON_NOUNS:
        return False
    return any(
        _singular(_base(k)) == noun for k, is_number in keys[at + 1 : at + 1 + _PERSON_ROLE_WORDS]
    ) and not any(is_number for _, is_number in keys[at + 1 : at + 1 + _PERSON_ROLE_WORDS])


def _people_named_in(m: Mention, other: Article) -> bool:
    """Whether a small count of people followed by what they are ("dua orang lain yang
    diduga menjadi bandar") is written in ``other`` as a count of that noun ("Dua bandar"):
    ``_person_named_after`` seen from the side that wrote "orang"."""
    fact = m.fact
    if fact.kind != "number" or not _is_small(fact) or fact.attrs.get("unit"):
        return False
    if folded(fact.label or "") not in _PERSON_NOUNS:
        return False
    text = m.article.field_text(fact.field)
    after = _keys(words(text[fact.end : fact.end + 80]))[:_PERSON_ROLE_WORDS]
    roles = {_singular(_base(k)) for k, is_number in after if not is_number}
    if any(is_number for _, is_number in after) or not roles:
        return False
    value = fact.value
    return any(
        f.kind == "number"
        and f.value == value
        and not f.attrs.get("unit")
        and (words_of := folded(f.text).split())
        and _singular(_base(words_of[-1])) in roles
        for f in other.facts
    )


def _reduplicated(key: str) -> bool:
    """Whether a word is a doubled noun, the Indonesian and Malay plural ("anak-anak")."""
    half, _, rest = key.partition("-")
    return bool(half) and half == rest


def _singular(key: str) -> str:
    """A word without an English plural -s ("months" / "Month"), so a figure's noun is
    recognised in a compound headline; Indonesian nouns do not inflect for number."""
    return key[:-1] if len(key) > 3 and key.endswith("s") else key


def _written_small(key: str) -> bool:
    """Whether a number as written ("3", "2,5") is below SMALL_FIGURE."""
    try:
        return float(key.replace(".", "").replace(",", ".")) < SMALL_FIGURE
    except ValueError:
        return False


def _is_small(fact: Fact) -> bool:
    try:
        return abs(float(fact.value)) < SMALL_FIGURE
    except (TypeError, ValueError):
        return True


_AGE_AFTER_NAME_RE = re.compile(r"[A-Z][\w'’.-]*\s*\($")
_AGE_BETWEEN_COMMAS_RE = re.compile(r"[A-Z][\w'’.-]*,\s*$")


def _age_after_name(article: Article, fact: Fact) -> bool:
    """Whether a figure is a bare number right after a capitalised name, in brackets or
    between commas, the way a person's age is written ("Sopir truk, Hendrikus Lamba (41),
    ...", "said Maria Lopez, 64, a teacher")."""
    text = article.field_text(fact.field)
    if fact.attrs.get("unit") == AGE:
        # read as an age by the extractor ("AS (34)"); one in years is reported as years
        return not age_in_years(fact)
    if fact.attrs.get("unit"):
        return False
    before = text[max(0, fact.start - 40) : fact.start]
    after = text[fact.end : fact.end + 1]
    # in brackets the figure is the age whatever noun its sentence lent it ("menangkap RD
    # (29), pelaku ...": the extractor's "orang" comes from the words after)
    return (after == ")" and fact.text.isdigit() and bool(_AGE_AFTER_NAME_RE.search(before))) or (
        not fact.label and after == "," and bool(_AGE_BETWEEN_COMMAS_RE.search(before))
    )


# Words before "one" that make it the unit of a rate ("Rp 325 juta untuk satu peserta").
_RATE_WORD_BEFORE_RE = re.compile(r"\b(?:untuk|per|tiap|setiap|bagi|for|each)\s+$", re.IGNORECASE)


def _rate_unit(article: Article, fact: Fact) -> bool:
    """Whether a count of one is the unit of a rate ("tarif Rp 325 juta untuk satu peserta",
    "$40 for one ticket"): it says what a price is per, not how many there were."""
    try:
        if float(fact.value) != 1:
            return False
    except (TypeError, ValueError):
        return False
    before = article.field_text(fact.field)[max(0, fact.start - 12) : fact.start]
    return bool(_RATE_WORD_BEFORE_RE.search(before))


# A part's partitive ending the figure's own words: extract/numbers shows a death told as a
# part with it ("satu di antaranya", "two of them"); a part told by what it is ("Eight of the
# dead were Indonesian") is a breakdown of a toll, not a death of its own.
_PART_TOLD_RE = re.compile(r"(?:di\s*antaranya|dari\s+mereka|of\s+(?:them|whom))$", re.IGNORECASE)


def _counts_nothing(fact: Fact) -> bool:
    """A small figure with no noun and no unit ("pintu 9", "Liga 3", the "1" of "1 x 24
    jam"): a label or a part of a formula, not news a reader could look for elsewhere. A
    decimal ("indeks prestasi 3,91") is a measurement, kept. A noun borrowed from the count
    before ("64 orang dirawat. Dua di antaranya kritis") is none of its own: "Dua" alone
    tells the reader nothing to look for; "satu di antaranya ... meninggal dunia" does: a
    death is news however small the part."""
    if (fact.label and not fact.attrs.get("implied")) or fact.attrs.get("unit"):
        return False
    if fact.attrs.get("event") == "killed" and _PART_TOLD_RE.search(fact.text):
        return False
    if not _is_small(fact):
        return False
    try:
        return float(fact.value).is_integer()
    except (TypeError, ValueError):
        return False


# Words before a count of two that name it the two parties already told ("the two
# governments", "kedua negara", "both sides").
_BOTH_RE = re.compile(r"(?:\b(?:the|both|their|kedua)\s+)$", re.IGNORECASE)


@lru_cache(maxsize=4)
def _parties(lang: str) -> frozenset[str]:
    return frozenset(
        folded(n) for n in lang_data(lexicon_lang(lang), "noun_classes").get("parties", [])
    )


def _two_parties(article: Article, fact: Fact) -> bool:
    """Whether a count of two names the two parties of a two-sided story ("before the two
    governments agreed to a ceasefire", "Para komandan militer kedua negara"): the sides
    the story is about, named before, not a figure another outlet could lack. "Dua negara
    menolak" (no "kedua", no "the") is a count, kept."""
    if fact.value != 2 or not fact.label or fact.attrs.get("unit"):
        return False
    label = folded(fact.label)
    if not {label, _singular(label)} & _parties(article.lang or "id"):
        return False
    written = fact.text.casefold()
    if written.startswith(("kedua ", "both ")):
        return True
    text = article.field_text(fact.field)
    return bool(_BOTH_RE.search(text[max(0, fact.start - 8) : fact.start]))


# Units of time a vague count may be told in ("puluhan tahun", "for decades").
_TIME_UNITS = frozenset({"year", "month", "week", "day", "hour"})


def _vague_duration_told(m: Mention, others: Sequence[Article]) -> bool:
    """Whether a span of time told by a vague word ("telah puluhan tahun bersengketa") is
    told vaguely by every other text too, in its own words or language ("have disputed the
    border for decades"): the same background, no figure one text lacks."""
    f = m.fact
    if not f.attrs.get("vague") or f.attrs.get("unit") not in _TIME_UNITS:
        return False
    phrases = _vague_durations()
    return bool(others) and all(phrases.search(folded(o.text)) for o in others)


@lru_cache(maxsize=1)
def _vague_durations() -> re.Pattern[str]:
    phrases = [
        folded(p)
        for lang in ("id", "en")
        for p in lang_data(lang, "numbers").get("vague_durations", [])
    ]
    return re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b")


# Speaker names this similar (normalised Levenshtein, folded) are one person transliterated.
SAME_SPEAKER = 0.75


def _translated_in(article: Article, quote: Fact, other: Article) -> bool:
    """Whether ``other``, written in the other language (English / Indonesian), quotes the
    same named speaker: a wire quote and its translation share no words to match, but the
    person ("Mahmoud Abu Srour" / "Mahmud Abu Surur") is the same, so it is no unique. A
    speaker quoted more often here than there may have said something the other left out."""
    if article.lang == other.lang or {article.lang, other.lang} != {"en", "id"}:
        return False
    name = fold(str(quote.attrs.get("speaker") or ""))
    if not name:
        return False

    def quoted(a: Article) -> int:
        return sum(
            f.kind == "quote"
            and (
                Levenshtein.normalized_similarity(fold(str(f.attrs.get("speaker") or "")), name)
                >= SAME_SPEAKER
                # "Rahmat" / "Rahmat Hidayat": the second mention names him by one word
                or same_speaker_name(str(f.attrs.get("speaker") or ""), name)
            )
            for f in a.facts
        )

    return quoted(other) >= quoted(article)


def _sole_anchor_translation(article: Article, quote: Fact, other: Article) -> bool:
    """Whether ``other``, in the other language, quotes this quote's speaker once, in words
    that translate this quote and none of the speaker's other quotes here: a wire quoting
    its source twice ("... remain sound ..." and "Preserving the credibility ...") and a
    translation carrying the first only. Of like length, sharing a word a translation keeps
    ("fundamentals" / "Fundamental"), with this quote alone: the other quotes stay unique."""
    if {article.lang, other.lang} != {"en", "id"}:
        return False
    speaker = str(quote.attrs.get("speaker") or "")
    if not speaker:
        return False
    theirs = quotes_of(other, speaker)
    return len(theirs) == 1 and anchored_alone(article, quote, other, theirs[0])


# The points a league gives a result: three for a win, one for a draw.
_RESULT_POINTS = (1.0, 3.0)
_POINT_NOUNS = frozenset({"poin", "point", "points", "angka"})
# A match score in the text ("menang 2-1", "lost 1-2"): the points are that result's.
_SCORE_RE = re.compile(r"(?<![\w.,/:-])\d{1,2}\s?[-–]\s?\d{1,2}(?![\w.,/:-])")


def _result_points(article: Article, fact: Fact) -> bool:
    """Whether a figure is the points a match result gives ("Tiga poin itu membawa tim
    tuan rumah ...", "took all three points") in a text that gives the score: no figure of
    its own, the score says it."""
    if str(fact.label or "").casefold() not in _POINT_NOUNS:
        return False
    try:
        if float(fact.value) not in _RESULT_POINTS:
            return False
    except (TypeError, ValueError):
        return False
    return any(_SCORE_RE.search(article.field_text(field)) for field in ("title", "text"))


# A figure pointed back to: "lima warga yang diselamatkan itu", "the five people".
_BACK_AFTER_RE = re.compile(r"[^.,;:!?()\"“”]{0,40}?(?<!\w)(?:itu|tersebut)(?!\w)", re.IGNORECASE)
_BACK_BEFORE_RE = re.compile(r"(?<!\w)(?:the|these|those)\s*$", re.IGNORECASE)


def _refers_back(article: Article, fact: Fact) -> bool:
    """Whether a figure is written as one the text gave before: a demonstrative closes its
    phrase ("lima warga yang diselamatkan itu") or an article opens it ("the five")."""
    text = article.field_text(fact.field)
    return bool(
        _BACK_AFTER_RE.match(text, fact.end)
        or _BACK_BEFORE_RE.search(text[max(0, fact.start - 8) : fact.start])
    )


def _translations(cs: ClaimSet, m: Mention, done: set[int], in_conflict: set[int]) -> list[int]:
    """The quote claims of texts in the other language that translate quote ``m``: the same
    named person quoted once in each, in a like number of words (``translated``)."""
    return [
        k
        for k, c in enumerate(cs.claims)
        if k not in done
        and k not in in_conflict
        and m.article.id not in c.article_ids
        and all(
            x.article.lang != m.article.lang
            and translated_by_speaker(m.article, m.fact, x.article, x.fact)
            for x in c.mentions
        )
    ]


def _revisions(article: Article) -> list[Fact]:
    """The figures of an article that revise an earlier count: those right after
    "bertambah menjadi" / "rose to" (``claims.revised_count``; none in most texts)."""
    return [
        f
        for f in article.facts
        if f.kind == "number" and not f.attrs.get("unit") and revised_count(article, f)
    ]


def _revised_later(article: Article, fact: Fact, alignment: Alignment) -> bool:
    """Whether a count is revised further on in its own text: a later figure of the same
    noun or outcome after "bertambah menjadi" / "rose to" ("Bakamla mencatat dua kapal ...
    Jumlah kapal ... bertambah menjadi tiga kapal"). The earlier count was the text's first
    reading, not news the others lack."""
    if fact.attrs.get("unit"):
        return False
    revisions = alignment.memo(("revisions", article.id), lambda: _revisions(article))
    return any(
        f.field == fact.field
        and f.start > fact.start
        and f.value != fact.value
        and (
            (f.label and f.label == fact.label)
            or (f.attrs.get("event") and f.attrs.get("event") == fact.attrs.get("event"))
        )
        for f in revisions
    )


def _part_of_group(article: Article, fact: Fact, alignment: Alignment) -> bool:
    """Whether a small count is a part of a group split in its sentence after a partitive
    ("Dua di antaranya kapal penjaga pantai, satu lagi kapal riset", "two of them ..., one
    other ..."): the rest of a group the text counted, not news of its own."""
    if not _is_small(fact) or fact.field != "text":
        return False
    sentence = alignment.sentence_at(article.id, fact.start)
    if sentence is None:
        return False
    before = fold(article.text[sentence.span.start : fact.start])
    return any(p in before for p in _partitives(article.lang or "id"))


@lru_cache(maxsize=4)
def _partitives(lang: str) -> tuple[str, ...]:
    """Words splitting a counted group ("di antaranya", "of them"; numbers.json), folded."""
    data = lang_data(lexicon_lang(lang), "numbers")
    return tuple(fold(p) for p in data.get("partitives", []))


def _same_figure_claims(cs: ClaimSet, idx: int, others: Sequence[Article]) -> list[int]:
    """Claims of other articles holding the very same figure of the same unit or noun as
    claim ``idx`` ("selama empat bulan" in two texts, never joined for want of shared words):
    one report of the figure by both, not two scoops."""
    first = cs.claims[idx].mentions[0].fact
    ids = {o.id for o in others}
    out = []
    for k, c in enumerate(cs.claims):
        if k == idx or not c.article_ids <= ids:
            continue
        f = c.mentions[0].fact
        if f.value != first.value or (f.attrs.get("unit") or "") != (first.attrs.get("unit") or ""):
            continue
        if first.attrs.get("unit") or (f.label and f.label == first.label):
            out.append(k)
    return out


def _root(group: list[int], i: int) -> int:
    """The representative of ``i``'s set in a union-find forest."""
    while group[i] != i:
        group[i] = group[group[i]]
        i = group[i]
    return i


_CONVERSION_GAP_RE = re.compile(
    r"\s*\(\s*(?:sekitar|sekira|setara|atau|about|around|some|roughly|or|~|≈)?\s*$",
    re.IGNORECASE,
)


# Units of one dimension a text converts in brackets ("50.2 degrees Celsius (122.4
# Fahrenheit)", "12 km (7.5 miles)").
_MEASURE_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"degree", "fahrenheit"}),
    frozenset({"km", "mile"}),
    frozenset({"km/h", "mph", "knot"}),
    frozenset({"m", "cm"}),
)


def _measure_converted(article: Article, fact: Fact) -> bool:
    """Whether a measure is the bracketed conversion of the figure right before it into
    another unit of its dimension: the same reading, not a second one the others lack."""
    unit = str(fact.attrs.get("unit") or "")
    family = next((f for f in _MEASURE_FAMILIES if unit in f), None)
    if family is None or fact.field != "text":
        return False
    for other in article.facts:
        if other.kind != "number" or other.field != "text" or other.end > fact.start:
            continue
        if other.attrs.get("unit") in family and other.attrs.get("unit") != unit:
            gap = article.text[other.end : fact.start]
            if len(gap) <= 14 and _CONVERSION_GAP_RE.match(gap):
                return True
    return False


def _money(f: Fact) -> bool:
    unit = str(f.attrs.get("unit") or "")
    return len(unit) == 3 and unit.isalpha() and unit.isupper()


def _converted_beside(article: Article, fact: Fact, agreed: set[int]) -> bool:
    """Whether a sum is given with its conversion in brackets, beside it either way round
    ("US$1,5 miliar (sekitar Rp24 triliun)", "Rp24 triliun (US$1,5 miliar)"), and that other
    sum is one every source gives or disputes: the same money told in a second currency."""
    if not _money(fact) or fact.field != "text":
        return False
    text = article.text
    for other in article.facts:
        if other.kind != "number" or other.field != "text" or id(other) not in agreed:
            continue
        if not _money(other) or other.attrs.get("unit") == fact.attrs.get("unit"):
            continue
        first, second = (fact, other) if fact.start < other.start else (other, fact)
        if 0 <= second.start - first.end <= 14 and _CONVERSION_GAP_RE.match(
            text[first.end : second.start]
        ):
            return True
    return False


_QuoteSpans = dict[str, list[tuple[str, int, int]]]


def _shared_quote_spans(articles: Sequence[Article], alignment: Alignment) -> _QuoteSpans:
    """Each article's spans (field, start, end) of the quotes another outlet carries too."""

    def compute() -> _QuoteSpans:
        out: _QuoteSpans = {}
        for c in group_claims(articles, alignment, "quote").claims:
            if len(c.article_ids) >= 2:
                for m in c.mentions:
                    out.setdefault(m.article.id, []).append(
                        (m.fact.field, m.fact.start, m.fact.end)
                    )
        return out

    return alignment.memo(("shared quote spans", tuple(a.id for a in articles)), compute)


def _in_shared_quote(m: Mention, shared: _QuoteSpans, alignment: Alignment) -> bool:
    """Whether the article stating a figure writes it inside a quote another outlet carries
    (there, or beside it): the same figure of the same noun ("sembilan orang" beside the
    quoted "Dari sembilan orang yang diamankan"), or told by what the people are ("Lima
    tersangka" beside the quoted "lima orang sebagai tersangka"). The quote carries the
    figure to the outlets that carry it, so the figure is not one outlet's alone (the
    quote's own unique or agreement tells who carries it). Another figure of the same noun
    in the quote is no such echo ("menabrak 16 kendaraan" quoted, "17 kendaraan" stated)."""
    fact = m.fact
    spans = [
        (start, end) for field, start, end in shared.get(m.article.id, ()) if field == fact.field
    ]
    if not spans or fact.kind != "number":
        return False
    if any(start <= fact.start < end for start, end in spans):
        return True  # the figure itself stands in the quote the others carry
    mine = folded(fact.text).split()
    if len(mine) < 2 or fact.attrs.get("unit"):
        return False
    noun = _singular(_base(mine[-1]))
    for start, end in spans:
        for f in m.article.facts:
            if f.kind != "number" or f.field != fact.field or not start <= f.start < end:
                continue
            theirs = folded(f.text).split()
            if f.value != fact.value or len(theirs) < 2 or f.attrs.get("unit"):
                continue
            their_noun = _singular(_base(theirs[-1]))
            if their_noun == noun:
                return True  # "Dari sembilan orang" in the quote: the figure itself
            if their_noun in _PERSON_NOUNS and _role_follows(m.article, f, end, noun, alignment):
                return True  # "lima orang sebagai tersangka": the same count, by role
    return False


def _role_follows(article: Article, count: Fact, end: int, noun: str, alignment: Alignment) -> bool:
    """Whether ``noun`` follows a count of people ("lima orang sebagai tersangka") within a
    few words before ``end``, with no other figure between."""
    ws = alignment.words_of(article, count.field)
    role = [w for w in ws if count.end <= w.start < end][:_PERSON_ROLE_WORDS]
    for w in role:
        if _singular(_base(w.key)) == noun:
            return True
        if w.is_number:
            return False
    return False


def _vague_span(f: Fact) -> tuple[float, float] | None:
    """The counts a vague magnitude word covers ("ratusan" 100 to 999, "puluhan", "hundreds
    of"), None for a figure written as such."""
    if not f.attrs.get("vague") or not isinstance(f.value, (int, float)) or f.value <= 0:
        return None
    return float(f.value), float(f.value) * 10


def _people_count(article: Article, f: Fact) -> bool:
    return f.kind == "number" and counts_people(Mention(article, f, frozenset()))


def _opening(article: Article, f: Fact, alignment: Alignment) -> bool:
    """Whether a fact stands in the first sentence of its article's body."""
    if f.field != "text":
        return False
    sentence = alignment.sentence_at(article.id, f.start)
    return sentence is not None and sentence.index == 0


def _vague_covers(m: Mention, others: Sequence[Article], alignment: Alignment) -> bool:
    """Whether a count of people and a vague count of people in each other text are one
    crowd, the vague word in its text's first sentence covering the figure ("Ratusan warga
    memprotes ..." / "sekitar 200 orang", "mengusir ratusan pekerja" / "182 pekerja
    migran"): the lead's crowd, neither news the other lacks. A vague crowd further on
    ("Puluhan warga membantu evakuasi") is a group of its own, and counts of two different
    outcomes ("ratusan warga mengungsi" / "150 orang luka") are not one crowd."""
    fact = m.fact
    if fact.kind != "number" or not _people_count(m.article, fact):
        return False
    event = fact.attrs.get("event")
    mine = _vague_span(fact)
    if mine and not _opening(m.article, fact, alignment):
        return False

    def covers(vague: Fact, exact: Fact) -> bool:
        span = _vague_span(vague)
        return span is not None and span[0] <= float(exact.value) < span[1]

    def matches(other: Article) -> bool:
        for f in other.facts:
            if not isinstance(f.value, (int, float)) or not _people_count(other, f):
                continue
            theirs = f.attrs.get("event")
            if event and theirs and event != theirs:
                continue
            if (mine and _vague_span(f) is None and covers(fact, f)) or (
                not mine and covers(f, fact) and _opening(other, f, alignment)
            ):
                return True
        return False

    return bool(others) and all(matches(o) for o in others)


def find_unique(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """One low-severity finding per number or quote missing from at least one article."""
    labels = source_labels(articles)
    out: list[Finding] = []
    emitted: dict[tuple[str, tuple[str, ...], tuple[str, ...]], tuple[object, ...]] = {}
    # (cheap guard: most sets give no vague count, "ratusan", "hundreds of")
    vague_crowds = any(f.attrs.get("vague") for a in articles for f in a.facts)
    for kind in KINDS:
        cs = group_claims(articles, alignment, kind)
        in_conflict = {i for pair in cs.conflicts for i in pair}
        # "bertambah menjadi tiga orang ... Selain tiga korban meninggal": the same figure of
        # the same outcome written twice in one article, once as its side of a conflict
        disputed = {
            (m.article.id, m.fact.value, m.fact.attrs.get("event"))
            for i in in_conflict
            for m in cs.claims[i].mentions
            if m.fact.attrs.get("event")
        }
        # "menangkap tujuh orang" disputed, then "dua dari tujuh tersangka": the same article's
        # own side of a dispute over a count of people, recalled with another noun
        disputed_people = {
            (m.article.id, m.fact.value): m.fact.attrs.get("event")
            for i in in_conflict
            for m in cs.claims[i].mentions
            if kind == "number" and counts_people(m)
        }
        partners: dict[int, set[str]] = {}
        for i, j in cs.compatible:
            partners.setdefault(i, set()).update(cs.claims[j].article_ids)
            partners.setdefault(j, set()).update(cs.claims[i].article_ids)
        # "sedikitnya 12 orang" fits "15 orang", which "12 warga" disputes: the sources of
        # that dispute give the quantity too, so the compatible figure is no scoop
        rivals: dict[int, set[int]] = {}
        for i, j in cs.conflicts:
            rivals.setdefault(i, set()).add(j)
            rivals.setdefault(j, set()).add(i)
        for i, j in cs.compatible:
            for here, there in ((i, j), (j, i)):
                for k in rivals.get(there, ()):
                    partners.setdefault(here, set()).update(cs.claims[k].article_ids)
        # compatible claims ("lebih dari 20 ekor" / "23 ekor") are one report of the same
        # thing: when some source still gives neither, one unique names both
        group = list(range(len(cs.claims)))
        for i, j in cs.compatible:
            if i not in in_conflict and j not in in_conflict:
                group[_root(group, i)] = _root(group, j)
        done: set[int] = set()
        # figures every source gives: a sum converted in brackets beside one is no scoop
        # (or that sources dispute: "1.2 trillion rupiah ($75.8 million)" against "Rp2,1
        # triliun" is the same money in a second currency, the rupiah in dispute)
        agreed = {
            id(m.fact)
            for k, c in enumerate(cs.claims)
            if len(c.article_ids) >= len(articles) or k in in_conflict
            for m in c.mentions
        }
        # "penembakan dua warga ... Dua korban tewas": people every source counts alike,
        # named again in one text with no outcome of their own, are no figure of its own
        agreed_people = {
            (m.article.id, m.fact.value)
            for c in cs.claims
            if len(c.article_ids) >= len(articles)
            for m in c.mentions
            if kind == "number" and counts_people(m)
        }
        # "tujuh dari delapan fraksi" against "Seluruh delapan fraksi": told as a conflict
        set_against_all = (
            {id(c.part) for c in parts_against_all(articles, alignment)}
            if kind == "number"
            else set()
        )
        for idx, claim in enumerate(cs.claims):
            if idx in in_conflict or idx in cs.bridges or len(claim.article_ids) >= len(articles):
                continue
            if set_against_all and all(id(m.fact) in set_against_all for m in claim.mentions):
                continue
            if agreed_people and all(
                not m.fact.attrs.get("event")
                and (m.article.id, m.fact.value) in agreed_people
                and counts_people(m, generic=True)
                for m in claim.mentions
            ):
                continue
            if kind == "number" and all(
                (m.article.id, m.fact.value, m.fact.attrs.get("event")) in disputed
                for m in claim.mentions
            ):
                continue
            if disputed_people and all(
                (m.article.id, m.fact.value) in disputed_people
                and m.fact.attrs.get("event")
                in (None, disputed_people[(m.article.id, m.fact.value)])
                and counts_people(m)
                for m in claim.mentions
            ):
                continue  # the disputed count again: reported as the conflict, not as news
            if all(m.quoted for m in claim.mentions):
                continue  # a sum inside a quote is the quote's, carried by the quote itself
            if len(claim.article_ids | partners.get(idx, set())) >= len(articles):
                continue  # every other source gives a compatible figure ("lebih dari 20"/"23")
            if idx in done:
                continue
            members = [k for k in range(len(cs.claims)) if _root(group, k) == _root(group, idx)]
            done.update(members)
            firsts = [m for k in members for m in cs.claims[k].first_per_article()]
            # each article's first mention only, in order
            by_article: dict[str, Mention] = {}
            for m in firsts:
                by_article.setdefault(m.article.id, m)
            firsts = list(by_article.values())
            others = [a for a in articles if a.id not in claim.article_ids]
            if kind == "number" and all(
                _figure_written(firsts[0].fact, o, alignment)
                or _figure_named_between(firsts[0].fact, o)
                or _figure_translated(firsts[0], o)
                or _outcome_translated(firsts[0], o)
                or _people_named_in(firsts[0], o)
                for o in others
            ):
                continue  # the others write this figure too; only its reading differed
            if kind == "number" and all(
                _revised_later(m.article, m.fact, alignment)
                or _part_of_group(m.article, m.fact, alignment)
                for m in firsts
            ):
                # "dua kapal", then "bertambah menjadi tiga kapal": a first reading; "Dua di
                # antaranya ..., satu lagi kapal riset": the rest of a group
                continue
            if kind == "number":
                writers = [
                    k
                    for k in _same_figure_claims(cs, idx, others)
                    if k not in in_conflict
                    and k not in done
                    and all(
                        _figure_written(firsts[0].fact, a, alignment)
                        for a in articles
                        if a.id in cs.claims[k].article_ids
                    )
                ]
                for k in writers:
                    done.add(k)
                    firsts += [
                        m
                        for m in cs.claims[k].first_per_article()
                        if m.article.id not in {f.article.id for f in firsts}
                    ]
                if len({m.article.id for m in firsts}) >= len(articles):
                    continue
                others = [a for a in articles if a.id not in {m.article.id for m in firsts}]
            if (
                kind == "number"
                and vague_crowds
                and all(_vague_covers(m, others, alignment) for m in firsts)
            ):
                continue  # "Ratusan warga" / "sekitar 200 orang": one crowd, told two ways
            if kind == "number" and all(
                _in_shared_quote(m, _shared_quote_spans(articles, alignment), alignment)
                for m in firsts
            ):
                continue  # the figure's noun is counted in a quote other outlets carry too
            if kind == "number" and all(
                _age_after_name(m.article, m.fact) or _rate_unit(m.article, m.fact) for m in firsts
            ):
                continue  # "Hendrikus Lamba (41)": a person's age, not news the others lack
            if kind == "number" and all(
                _counts_nothing(m.fact)
                or _result_points(m.article, m.fact)
                or _two_parties(m.article, m.fact)
                or _vague_duration_told(m, others)
                for m in firsts
            ):
                continue
            if kind == "number" and all(
                _converted_beside(m.article, m.fact, agreed)
                or _measure_converted(m.article, m.fact)
                for m in firsts
            ):
                continue  # "US$1,5 miliar (sekitar Rp24 triliun)": the others give the rupiah
            if kind == "quote":
                # "We heard the wall crack ..." / "Kami mendengar dinding retak ...": one
                # person's quote and its translation, carried by two of three texts, are
                # one unique of the two
                for k in _translations(cs, firsts[0], done, in_conflict):
                    done.add(k)
                    firsts += cs.claims[k].first_per_article()
                others = [a for a in articles if a.id not in {m.article.id for m in firsts}]
                if not others:
                    continue
            if (
                kind == "quote"
                and others
                and all(
                    _translated_in(firsts[0].article, firsts[0].fact, o)
                    or _sole_anchor_translation(firsts[0].article, firsts[0].fact, o)
                    for o in others
                )
            ):
                continue  # the same person quoted in another language: a translation
            first = firsts[0]
            lang = msg_lang(first.article)
            carriers = [labels[m.article.id] for m in firsts]
            # "Hanya dilaporkan A, B, C, D, E, F dan G" over eight outlets hides the news:
            # one outlet leaves the figure out; name it
            missing = [labels[a.id] for a in articles if labels[a.id] not in carriers]
            most = len(carriers) >= MOST_CARRIERS and len(missing) < len(carriers) / 2
            sources = join_names(lang, carriers)
            wording = {"missing": join_names(lang, missing)} if most else {"sources": sources}
            suffix = ".most" if most else ""
            if kind == "quote":
                quoted = str(first.fact.value)
                if len(quoted) > QUOTE_PREVIEW:
                    quoted = quoted[: QUOTE_PREVIEW - 1].rstrip() + "…"
                # a banner's words are no one's speech ("written": extract/quotes.py)
                key = "unique.written" if first.fact.attrs.get("written") else "unique.quote"
                text = message(lang, f"{key}{suffix}", text=quoted, **wording)
                slot = "quote"
            else:
                shown = " / ".join(dict.fromkeys(display(m.fact) for m in firsts))
                if len({(m.fact.value, m.fact.attrs.get("qualifier")) for m in firsts}) > 1 and (
                    len({m.fact.attrs.get("qualifier") for m in firsts}) == 1
                ):
                    # "hingga 4 kilometer" / "hingga 9 kilometer": two bounds that fit each
                    # other are still two figures; each source's is shown as its own
                    shown = join_values(
                        lang, [(labels[m.article.id], display(m.fact)) for m in firsts]
                    )
                    suffix += ".apart"
                else:
                    # "Koalisi ... mengklaim luas lahan ... 5.100 hektare": a figure one source
                    # distances as a claim is shown as that claim, not as a count
                    shown = claimed_as_written(firsts, alignment) or shown
                text = message(lang, f"unique.number{suffix}", text=shown, **wording)
                slot = f"number:{first.fact.label}" if first.fact.label else "number"
            # "Lima warga lain diselamatkan ... lima warga yang diselamatkan itu": one
            # figure written again and pointed back to is one unique ("dibatasi membeli
            # dua paket ... mengaku membeli dua paket" are two)
            seen_key = (
                kind,
                tuple(m.article.id for m in firsts),
                tuple(folded(display(m.fact)) for m in firsts),
            )
            # (or the same outcome's count written twice, "bentrokan yang melukai lima warga
            # ... Lima warga mengalami luka": one toll told again)
            events = tuple(m.fact.attrs.get("event") for m in firsts)
            if seen_key in emitted and (
                all(_refers_back(m.article, m.fact) for m in firsts)
                or (all(events) and emitted[seen_key] == events)
            ):
                continue
            emitted.setdefault(seen_key, events)
            evidence = tuple(fact_evidence(m.article, m.fact) for m in firsts)
            out.append(Finding("unique", "low", text, evidence, slot=slot))
    return out


# How long, against the quote, the words an attribution shows of an outlet lacking it must
# be to be that outlet's version of the statement rather than a cue verb and its subject.
_TOLD_SHARE = 0.5


def without_attributed_quotes(findings: Sequence[Finding]) -> list[Finding]:
    """``findings`` less the unique quotes another finding already sets beside the other
    sources' version of the same statement.

    "…was conducting "normal patrols in waters where it has rights"" against "China mengklaim
    kapal itu sedang melakukan patroli ...": the attribution finding quotes the one outlet's
    sentence and the other's claim side by side, so the other outlets do report what was
    said (in their own words, or as a claim); calling the quote one outlet's alone would tell
    the reader the opposite. A quote stays unique when the finding that holds it shows no
    words of an outlet lacking it, or only their cue ("Polisi mengklaim"), or a figure the
    quote holds ("Rp 15 juta" credited in one, quoted in another): the rest of the quote
    is still that outlet's alone."""
    held = [
        f for f in findings if f.type == "attribution" and len({e.article for e in f.evidence}) >= 2
    ]
    if not held or not any(f.type == "unique" and f.slot == "quote" for f in findings):
        return list(findings)

    def covered(f: Finding) -> bool:
        if f.type != "unique" or f.slot != "quote":
            return False
        carriers = {e.article for e in f.evidence}
        told = max(e.end - e.start for e in f.evidence) * _TOLD_SHARE
        for h in held:
            lacking = {e.article for e in h.evidence} - carriers
            if not lacking or not all(
                any(x.article == o and x.end - x.start >= told for x in h.evidence) for o in lacking
            ):
                # the attribution shows no outlet lacking the quote, or only its cue ("Polisi
                # mengklaim"): its own words of the statement are not set beside the quote
                continue
            if all(
                any(
                    e.article == x.article
                    and e.field == x.field
                    and x.start <= e.start
                    and e.end <= x.end
                    for x in h.evidence
                )
                for e in f.evidence
            ):
                return True
        return False

    return [f for f in findings if not covered(f)]
