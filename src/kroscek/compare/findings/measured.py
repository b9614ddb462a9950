"""What a measure measures: "at a depth of 50 km" / "di kedalaman 15 kilometer".

A length, a height or a distance counts too many things to be paired by its unit alone (a
quake's depth and its distance from a town are both kilometres), and two texts in two
languages share no word for a context score to see. The word that names the measured thing
right before the figure ("depth", "kedalaman", "radius", "jarak") or right after it ("10 km
deep") does: two texts' only figures of one unit, each named as the same thing, are one
quantity reported two ways. The words live in ``lang/<lang>/measured.json`` and map to a
thing shared by both languages, so "depth" meets "kedalaman".
"""

from __future__ import annotations

import re
from functools import lru_cache

from kroscek.compare.findings._common import lexicon_lang
from kroscek.data import Article, Fact
from kroscek.text.lang import lang_data

# How far before and after a figure its naming word may stand (characters), and how many
# words of that reach are read: "at a depth of about 50 km", "10 km deep", "widened the
# exclusion zone around the crater to 7 km" (a zone is measured by its radius).
BEFORE_REACH = 40
AFTER_REACH = 16
BEFORE_WORDS = 5
_WORD_RE = re.compile(r"[^\W\d_]+")
# A clause break between the naming word and the figure ends the reach.
_BREAK_RE = re.compile(r"[.;:!?,()\"“”]")


@lru_cache(maxsize=4)
def _words(lang: str) -> tuple[dict[str, str], dict[str, str], re.Pattern[str]]:
    """Words before and after a figure naming what it measures, and one pattern that finds
    any of them (the cheap guard: most sentences name no measured thing)."""
    data = lang_data(lexicon_lang(lang), "measured")
    before = {k.casefold(): str(v) for k, v in data["before"].items()}
    after = {k.casefold(): str(v) for k, v in data["after"].items()}
    every = sorted({*before, *after}, key=len, reverse=True)
    guard = re.compile(r"\b(?:" + "|".join(map(re.escape, every)) + r")\b", re.IGNORECASE)
    return before, after, guard


def measured_thing(article: Article, fact: Fact) -> str | None:
    """The thing a figure with a unit measures, named by the word next to it, or None."""
    if not fact.attrs.get("unit"):
        return None
    text = article.field_text(fact.field)
    before, after, guard = _words(article.lang or "id")
    lo = max(0, fact.start - BEFORE_REACH)
    head = text[lo : fact.start]
    tail = text[fact.end : fact.end + AFTER_REACH]
    if not guard.search(head) and not guard.search(tail):
        return None
    cut = max((m.end() for m in _BREAK_RE.finditer(head)), default=0)
    words: list[str] = _WORD_RE.findall(head[cut:])
    for w in reversed(words[-BEFORE_WORDS:]):
        thing = before.get(w.casefold())
        if thing is not None:
            return thing
    stop = _BREAK_RE.search(tail)
    following = _WORD_RE.findall(tail[: stop.start()] if stop else tail)
    if following:
        # the unit written out ("50 km deep", "3 metres high") may stand between
        return next((after[w.casefold()] for w in following[:2] if w.casefold() in after), None)
    return None


def same_measured(x_article: Article, x: Fact, y_article: Article, y: Fact) -> bool:
    """Whether two figures of one unit are each named as the same measured thing."""
    if not x.attrs.get("unit") or x.attrs.get("unit") != y.attrs.get("unit"):
        return False
    thing = measured_thing(x_article, x)
    return thing is not None and thing == measured_thing(y_article, y)


def sole_measured(article: Article, fact: Fact) -> bool:
    """Whether ``fact`` is named as a measured thing and no other figure of its article is
    named as that thing: "sepanjang 25 meter" beside "setinggi 80 sentimeter" leaves the
    water's height alone of its kind, though the article writes two lengths. Called only
    once two figures are found named alike, so the other figures are read rarely."""
    thing = measured_thing(article, fact)
    if thing is None:
        return False
    return not any(
        f is not fact and f.attrs.get("unit") and measured_thing(article, f) == thing
        for f in article.facts
        if f.kind == "number"
    )


# Units of a thing's own size or of a person's age: a figure of one of them written as the
# epithet of a noun ("a 42-year-old fisherman", "a five-metre crocodile") or after a noun and
# a sizing word ("the crocodile, estimated at 4.5 metres", "buaya sepanjang 4,5 meter") says
# whose size or age it is.
DESCRIBED_UNITS = frozenset({"age", "m", "cm", "mm", "km", "kg", "t", "g"})
# Words that size a noun before its figure, in both languages.
_SIZING_RE = re.compile(
    r"(?P<noun>[^\W\d_]{3,})(?:,)?\s+(?:yang\s+)?"
    r"(?:(?:estimated|measured|put)\s+at|measuring|aged|weighing|sepanjang|berukuran|"
    r"berusia|berumur|berbobot|seberat|setinggi|diperkirakan\s+sepanjang)"
    r"(?:\s+(?:about|around|some|nearly|sekitar|kira-kira|hampir))?\s*$",
    re.IGNORECASE,
)
# A figure written as an epithet: "42-year-old", "five-metre", "4,5-meter".
_EPITHET_RE = re.compile(r"-[^\W\d_]+$")
# Characters read before a figure for its sizing words, and after it for its epithet noun.
_SIZING_REACH = 48
_EPITHET_WORDS = 2


@lru_cache(maxsize=2)
def _function_words(lang: str) -> frozenset[str]:
    data = lang_data(lang, "stopwords")
    return frozenset(w.casefold() for w in (*data["words"], *data["never_final"]))


def described_noun(article: Article, fact: Fact) -> frozenset[str]:
    """The noun an age or size figure describes ("fisherman" of "a 42-year-old fisherman",
    "crocodile" of "the crocodile, estimated at 4.5 metres"), folded; empty when the figure
    describes no noun it names. Two reports giving one noun's age or length differently
    tell one measure two ways, however many other ages the story holds (an earlier victim's)."""
    if fact.attrs.get("unit") not in DESCRIBED_UNITS:
        return frozenset()
    text = article.field_text(fact.field)
    function = _function_words(lexicon_lang(article.lang))
    if _EPITHET_RE.search(fact.text):
        tail = text[fact.end : fact.end + _SIZING_REACH]
        stop = _BREAK_RE.search(tail)
        words: list[str] = []
        for w in _WORD_RE.findall(tail[: stop.start()] if stop else tail)[:_EPITHET_WORDS]:
            if w.casefold() in function:
                break
            words.append(w.casefold())
        return frozenset(words)
    head = text[max(0, fact.start - _SIZING_REACH) : fact.start]
    m = _SIZING_RE.search(head)
    if m is None or m.group("noun").casefold() in function:
        return frozenset()
    return frozenset({m.group("noun").casefold()})


# A size given as an estimate: "estimated at 4.5 metres", "diperkirakan sepanjang lima meter".
_ESTIMATE_RE = re.compile(
    r"\b(?:estimated|roughly|about|around|some|nearly|diperkirakan|sekitar|kira-kira|hampir)\b",
    re.IGNORECASE,
)


def estimated_size(article: Article, fact: Fact) -> bool:
    """Whether a size figure is given as an estimate (its own qualifier or a word before it):
    an estimate of an animal's or a thing's size differs between witnesses by nature."""
    if fact.attrs.get("qualifier") == "about":
        return True
    head = article.field_text(fact.field)[max(0, fact.start - _SIZING_REACH) : fact.start]
    return _ESTIMATE_RE.search(head) is not None


def described_alike(x_article: Article, x: Fact, y_article: Article, y: Fact) -> bool:
    """Whether two figures of one size or age unit describe one noun in two texts of one
    language: "a 42-year-old fisherman" / "a 24-year-old fisherman", "the crocodile,
    estimated at 4.5 metres" / "a five-metre crocodile"."""
    unit = x.attrs.get("unit")
    if unit not in DESCRIBED_UNITS or unit != y.attrs.get("unit"):
        return False
    if lexicon_lang(x_article.lang) != lexicon_lang(y_article.lang):
        return False
    nouns = described_noun(x_article, x)
    return bool(nouns) and bool(nouns & described_noun(y_article, y))
