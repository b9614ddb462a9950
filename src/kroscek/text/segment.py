"""Sentence splitting for Indonesian and English news text, with offsets.

Alignment, quote attribution and paraphrase detection all work sentence by sentence, so a
wrong break costs twice: a quote cut from its ``kata X`` loses its speaker, and a number
cut at "1.200" becomes two numbers. The rules, in order:

- a blank line (paragraph break) always ends a sentence;
- a break is only considered after ``.``, ``!``, ``?`` or ``…`` (plus closing quotes and
  brackets) followed by white space: "1.200", "11.000" and "2,5" never qualify;
- the next sentence must start with a capital, a digit or an opening quote or bracket,
  so ``“...,” kata Qaani.`` and ``“Kami siap.” kata dia`` stay whole;
- never inside an open quotation (when the paragraph's quotes balance);
- never after an abbreviation that is always followed by a name or number ("Dr.", "No.",
  "Jl.", "Prof.", "Mr.") or after an initial ("M. Hatta"); after one that can close a
  sentence ("Tbk.", "U.S.") only when a capitalised function word follows.

Abbreviations are data (``lang/<lang>/abbreviations.json``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kroscek.data import Span
from kroscek.text.lang import LANGS, lang_data, stopwords

_CLOSERS = "\"'”’»)]"
_PARA_BREAK_RE = re.compile(r"\n[ \t\r\f\v]*\n\s*")
# Candidate end: terminal punctuation (runs like "?!" or "..."), optional closers, space.
_END_RE = re.compile(r"(?:[.!?]+|…)[\"'”’»)\]]*(?=\s)")
_WORD_STOPS = "\"'“”‘’«»(["
_WORD_WINDOW = 80
_DOTTED_ACRONYM_RE = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_LEAD_WORD_RE = re.compile(r"[^\W\d_]+")
_NEXT_WORD_RE = re.compile(r"\s*([\"'“‘«(\[]*)(\S*)")


class _Abbreviations:
    __slots__ = ("may_be_final", "never_final", "usually_final")

    def __init__(
        self,
        never_final: frozenset[str],
        usually_final: frozenset[str],
        may_be_final: frozenset[str],
    ) -> None:
        self.never_final = never_final
        self.usually_final = usually_final
        self.may_be_final = may_be_final


@lru_cache(maxsize=4)
def _abbreviations(lang: str) -> _Abbreviations:
    """Abbreviations of ``lang`` plus those of the other languages (news mixes them)."""
    never: set[str] = set()
    usually: set[str] = set()
    may: set[str] = set()
    for code in (lang, *[other for other in LANGS if other != lang]):
        data = lang_data(code, "abbreviations")
        never.update(data["never_final"])
        usually.update(data.get("usually_final", []))
        may.update(data["may_be_final"])
    usually -= never
    return _Abbreviations(frozenset(never), frozenset(usually), frozenset(may - never - usually))


@lru_cache(maxsize=1)
def _sentence_starters() -> frozenset[str]:
    """Function words of every language: a capitalised one is a sentence start."""
    words: set[str] = set()
    for code in LANGS:
        words |= stopwords(code)
    return frozenset(words)


def _balanced_quote_kinds(paragraph: str) -> tuple[bool, bool]:
    """Whether curly (“ ”, « ») and straight (") quotes each pair up in ``paragraph``.

    A kind that does not pair up (a stray inch mark, a quote the scraper cut) is not
    trusted to say where a quotation is, so it cannot suppress sentence breaks.
    """
    opened = sum(paragraph.count(q) for q in "“«")
    closed = sum(paragraph.count(q) for q in "”»")
    return opened == closed, paragraph.count('"') % 2 == 0


class _QuoteTracker:
    """Whether a position lies inside an open quotation, scanning forward only once.

    Positions must be asked in increasing order; counting incrementally keeps a very
    long paragraph linear instead of re-counting its whole prefix at every full stop.
    """

    __slots__ = ("curly", "depth", "paragraph", "position", "straight", "straight_open")

    def __init__(self, paragraph: str) -> None:
        self.paragraph = paragraph
        self.curly, self.straight = _balanced_quote_kinds(paragraph)
        self.position = 0
        self.depth = 0
        self.straight_open = False

    def inside(self, end: int) -> bool:
        """True when position ``end`` lies inside an open quotation."""
        if not (self.curly or self.straight):
            return False
        if end > self.position:
            chunk = self.paragraph[self.position : end]
            self.depth += chunk.count("“") + chunk.count("«") - chunk.count("”") - chunk.count("»")
            if chunk.count('"') % 2:
                self.straight_open = not self.straight_open
            self.position = end
        return (self.curly and self.depth > 0) or (self.straight and self.straight_open)


def _word_before(paragraph: str, end: int) -> str:
    """The word that ends at ``end`` (without opening quotes or brackets)."""
    start = end
    lowest = max(0, end - _WORD_WINDOW)
    while start > lowest and not paragraph[start - 1].isspace():
        if paragraph[start - 1] in _WORD_STOPS:
            break
        start -= 1
    return paragraph[start:end]


def _is_break(paragraph: str, mark_start: int, mark_end: int, lang: str) -> bool:
    """Decide whether the terminal punctuation at ``[mark_start, mark_end)`` ends a sentence."""
    following = _NEXT_WORD_RE.match(paragraph, mark_end)
    if following is None:
        return True
    opener, word = following.group(1), following.group(2)
    if not word and not opener:
        return True
    first = (word or opener)[0]
    if not (first.isupper() or first.isdigit() or opener):
        return False
    marks = paragraph[mark_start:mark_end]
    if marks.rstrip(_CLOSERS) != ".":
        return True  # "!", "?", "...", "…" followed by a capital
    token = _word_before(paragraph, mark_start)
    abbreviations = _abbreviations(lang)
    lead = _LEAD_WORD_RE.match(word)
    starts_with_function_word = lead is not None and lead.group().lower() in _sentence_starters()
    if token in abbreviations.never_final:
        return False
    if token in abbreviations.usually_final:
        return True  # "beras, gula, dll. Pemerintah ..."
    if len(token) == 1 and token.isalpha() and token.isupper():
        # an initial ("M. Hatta", "J. Smith") unless a function word follows ("Grup B. Di")
        return starts_with_function_word
    if _DOTTED_ACRONYM_RE.fullmatch(token):
        # dotted acronym such as "U.S" or "a.m": a break only before a function word.
        return starts_with_function_word
    if token in abbreviations.may_be_final:
        return not first.isdigit() and starts_with_function_word
    return True


def _split_paragraph(paragraph: str, offset: int, lang: str) -> list[Span]:
    spans: list[Span] = []
    quotes = _QuoteTracker(paragraph)
    start = 0
    for match in _END_RE.finditer(paragraph):
        if quotes.inside(match.end()):
            continue
        if not _is_break(paragraph, match.start(), match.end(), lang):
            continue
        spans.append(Span(offset + start, offset + match.end()))
        start = match.end()
        while start < len(paragraph) and paragraph[start].isspace():
            start += 1
    if start < len(paragraph):
        spans.append(Span(offset + start, offset + len(paragraph)))
    return spans


def paragraphs(text: str) -> list[Span]:
    """Spans of the paragraphs of ``text`` (blank-line separated, stripped)."""
    spans: list[Span] = []
    position = 0
    for match in [*_PARA_BREAK_RE.finditer(text), None]:
        end = match.start() if match else len(text)
        chunk = text[position:end]
        stripped_start = position + (len(chunk) - len(chunk.lstrip()))
        stripped_end = position + len(chunk.rstrip())
        if stripped_end > stripped_start:
            spans.append(Span(stripped_start, stripped_end))
        if match:
            position = match.end()
    return spans


def sentences(text: str, lang: str = "id") -> list[Span]:
    """Spans of the sentences of ``text`` (``text[s.start:s.end]`` is the sentence).

    ``lang`` ("id" or "en") chooses which abbreviation list is read first; both are
    applied, since Indonesian news quotes English names and titles and vice versa.
    """
    if lang not in LANGS:
        lang = "id"
    out: list[Span] = []
    for para in paragraphs(text):
        out.extend(_split_paragraph(text[para.start : para.end], para.start, lang))
    return out
