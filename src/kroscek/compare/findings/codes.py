"""Codes that disagree: "Flight NA-642" / "nomor penerbangan NA-624".

A flight number, a train's or a plate's code is a name made of letters and digits, so number
extraction leaves it alone and the recogniser reads no entity in it. Two outlets giving one
code of one prefix each, with other digits of the same length, name one flight (train, unit)
two ways: one of them is wrong. An article with two codes of one prefix (two flights) is left
alone, and so are codes inside quotes and pairs of articles about two events. An aircraft's
registration ("nomor registrasi PK-ZTA" / "PK-ZAT"), letters after its country prefix, is read
after a registration word only ("RI-PNG" is two countries); a court's case number ("Nomor
41/PUU-XXV/2027" / "14/PUU-XXV/2027") is keyed by its register and year.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from kroscek.align import Alignment
from kroscek.compare.findings.keyed import keyed_conflicts
from kroscek.data import Article, Finding

# Two or three capitals glued to, or joined by a hyphen to, two to four digits; not part of
# a longer word or figure ("COVID-19", "737-800", "NA-642/3").
# (the boundary is checked after the first capital, as a lookbehind over it and the
# character before: the same matches, and the scan skips to capitals in C instead of trying
# the lookbehind at every offset of the text: 18.8 -> 7.8 us per gold text)
_CODE_RE = re.compile(
    r"(?P<prefix>[A-Z](?<![\w-].)[A-Z]{1,2})-?(?P<digits>\d{2,4})(?![\w/]|[-.,]\d)"
)


# An aircraft registration: a two-letter country prefix, a hyphen, three letters ("PK-ZTA"),
# right after a word that says it is one (matched where such a word stands: a pattern
# scanned over every offset of a text costs more than the rest of this finder).
_REGISTRATION_CUES = ("registrasi", "registration", "tail number", "nomor ekor", "bernomor")
_REGISTRATION_AT_RE = re.compile(r"\s+(?P<prefix>[A-Z]{2})-(?P<digits>[A-Z]{3})(?![\w-])")
# A court's case number: the case's digits, its register and its year ("41/PUU-XXV/2027",
# "123/Pid.Sus/2026"), matched at each slash.
_CASE_AT_RE = re.compile(r"/(?P<register>[A-Z][\w.]*(?:-[A-Za-z.]+)*)/(?P<year>\d{4})\b")
_CASE_DIGITS_RE = re.compile(r"(?<![\w/.-])\d{1,5}$")


def _after_cues(
    text: str, cues: Sequence[str], pattern: re.Pattern[str], key: str, *, word_start: bool
) -> list[tuple[str, str, int, int]]:
    """The codes ``pattern`` matches right after one of ``cues`` (found by ``str.find``, in
    lowercase): (key with the code's prefix, digits, start, end). ``word_start``: the cue must
    begin a word ("penerbangan", not "...penerbangan" glued to another word)."""
    low = text.lower()
    out = []
    for cue in cues:
        pos = low.find(cue)
        while pos >= 0:
            m = pattern.match(text, pos + len(cue))
            if m is not None and not (word_start and pos and low[pos - 1].isalnum()):
                prefix, digits = m.group("prefix"), m.group("digits")
                out.append((key + prefix, digits, m.start("prefix"), m.end()))
            pos = low.find(cue, pos + len(cue))
    return out


def _registrations(text: str) -> list[tuple[str, str, int, int]]:
    return _after_cues(text, _REGISTRATION_CUES, _REGISTRATION_AT_RE, "reg:", word_start=False)


def _case_numbers(text: str) -> list[tuple[str, str, int, int]]:
    out = []
    pos = text.find("/")
    while pos >= 0:
        m = _CASE_AT_RE.match(text, pos)
        digits = _CASE_DIGITS_RE.search(text, max(0, pos - 6), pos) if m is not None else None
        if m is not None and digits is not None:
            key = f"case:{m.group('register')}/{m.group('year')}"
            out.append((key, digits.group(0), digits.start(), m.end()))
            pos = m.end()
        pos = text.find("/", pos + 1)
    return out


# A train's number written apart from its "KA" ("Brantas Jaya (KA 112)", "nomor perjalanan
# KA 121"): read at each "KA " only, a space after two capitals being too common a shape
# ("RT 05", "KM 50") to read as a code anywhere.
_TRAIN_AT_RE = re.compile(r"KA\s(?P<digits>\d{2,4})(?![\w/]|[-.,]\d)")


def _train_numbers(text: str) -> list[tuple[str, str, int, int]]:
    out = []
    pos = text.find("KA ")
    while pos >= 0:
        m = _TRAIN_AT_RE.match(text, pos) if pos == 0 or not text[pos - 1].isalnum() else None
        if m is not None:
            out.append(("KA", m.group("digits"), m.start(), m.end()))
        pos = text.find("KA ", pos + 3)
    return out


# A flight's number written apart from its airline's code ("Flight GA 412", "nomor penerbangan
# GA 421"), read after a flight word only: two capitals (or a capital and a digit), a space,
# two to four digits. Glued or hyphenated forms ("NA-642") are ``_CODE_RE``'s; both key the
# airline's code, so "GA-412" meets "GA 421".
_FLIGHT_CUES = ("flight", "penerbangan")
_FLIGHT_AT_RE = re.compile(
    r"(?:\s+(?:number|no\.|nomor|bernomor))?\s+(?P<prefix>[A-Z][A-Z0-9])\s(?P<digits>\d{2,4})"
    r"(?![\w/]|[-.,]\d)"
)


def _flight_numbers(text: str) -> list[tuple[str, str, int, int]]:
    return _after_cues(text, _FLIGHT_CUES, _FLIGHT_AT_RE, "", word_start=True)


# A place on a toll road by its kilometre post ("Tol Cipali KM 57+200", "ruas tol Jagorawi
# Km 29"): the road's name keys the post, the whole kilometres are its value (the metres
# after "+" place it within that kilometre). A stretch ("KM 90 hingga KM 100") is no place
# of one event, and a post written without its road ("turunan KM 92") keys nothing. The
# road markers of ``milestones.py`` need an article to write one marker only; keyed by its
# road, the event's post is read beside a contraflow's and a stretch's. Its evidence is the
# marker's own span, so a conflict both rules see is reported once.
_KM_POST_RE = re.compile(
    r"\b[Tt]ol\s+(?P<road>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+(?:di\s+)?(?P<post>KM|Km)\s?"
    r"(?P<km>\d{1,4})(?!\d)(?:\s?\+\s?\d{1,3})?(?![\w.,]\d)"
    r"(?!\s*(?:-|–|hingga|sampai|s\.d\.|to|and|dan)\s*(?:KM|Km)?\s?\d)"
)


def _km_posts(text: str) -> list[tuple[str, str, int, int]]:
    if "KM" not in text and "Km" not in text:
        return []
    return [
        (f"km:{m.group('road').casefold()}", m.group("km"), m.start("post"), m.end())
        for m in _KM_POST_RE.finditer(text)
    ]


def _matches(text: str) -> list[tuple[str, str, int, int]]:
    """Every code of a text: (key, value, start, end)."""
    out = [
        (m.group("prefix"), m.group("digits"), m.start(), m.end()) for m in _CODE_RE.finditer(text)
    ]
    return (
        out
        + _registrations(text)
        + _case_numbers(text)
        + _train_numbers(text)
        + _flight_numbers(text)
    )


def _codes(
    article: Article, matches: Callable[[str], list[tuple[str, str, int, int]]] = _matches
) -> dict[str, tuple[str, int, int]]:
    """The article's body codes by prefix, only for prefixes it writes with one code:
    prefix -> (digits, start, end)."""
    quotes = [(f.start, f.end) for f in article.facts if f.kind == "quote" and f.field == "text"]
    found: dict[str, set[tuple[str, int, int]]] = {}
    for key, value, start, end in matches(article.text):
        if any(s <= start < e for s, e in quotes):
            continue
        found.setdefault(key, set()).add((value, start, end))
    out: dict[str, tuple[str, int, int]] = {}
    for prefix, hits in found.items():
        if len({d for d, _, _ in hits}) == 1:
            out[prefix] = min(hits, key=lambda h: h[1])
    return out


# An article of a law ("Pasal 27 ayat (3)", "Pasal 7 ayat (2) huruf e"), its number first.
_ARTICLE_RE = re.compile(
    r"\bPasal\s+(?P<number>\d{1,4}[A-Z]?)(?![\w.,]\d)(?:\s+ayat\s+\(\d+\))?(?:\s+huruf\s+[a-z]\b)?"
)


def _article_of_law(article: Article) -> dict[str, tuple[str, int, int]]:
    """The one article of a law the body cites ("Pasal 27 ayat (3)"), if it cites one only
    (a charge sheet's "Pasal 340 subsider Pasal 338" cites two: left alone)."""
    if "Pasal" not in article.text:
        return {}
    quotes = [(f.start, f.end) for f in article.facts if f.kind == "quote" and f.field == "text"]
    hits = []
    pos = article.text.find("Pasal")
    while pos >= 0:
        m = _ARTICLE_RE.match(article.text, pos)
        if m is not None and not any(s <= m.start() < e for s, e in quotes):
            hits.append((m.group("number"), m.start(), m.end()))
        pos = article.text.find("Pasal", pos + 5)
    return {"pasal": hits[0]} if len({n for n, _, _ in hits}) == 1 else {}


def find_code_conflicts(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """One conflict per prefix two articles write with different digits (see module doc), one
    per toll road two articles place the event on at different kilometre posts, and one when
    two articles each cite one article of a law and not the same one."""
    found = {a.id: _codes(a) for a in articles}
    codes = keyed_conflicts(
        articles,
        alignment,
        found,
        lambda x, y: x != y and len(x) == len(y),
        message_key="conflict.code",
        severity="medium",
        slot="code",
    )
    posts = keyed_conflicts(
        articles,
        alignment,
        {a.id: _codes(a, _km_posts) for a in articles},
        lambda x, y: x != y,
        message_key="conflict.km_post",
        severity="high",
        slot="where",
    )
    cited = keyed_conflicts(
        articles,
        alignment,
        {a.id: _article_of_law(a) for a in articles},
        lambda x, y: x != y,
        message_key="conflict.law_article",
        severity="medium",
        slot="law_article",
    )
    return codes + posts + cited
