"""Whether a near-copy changed a figure of the text it copies.

Syndication is the rule in Indonesian news: dozens of outlets carry one wire text, and the
story's report compares the independent articles only, so that forty copies are not forty
witnesses. But an outlet that takes the wire text and writes "Sembilan warga tewas" where
the wire wrote "Tujuh warga tewas" is not a copy any more: it is the one report that got the
toll wrong, which is what a fact-checker opens the story to find. A near-copy that writes
another figure in place of one of its original's is therefore kept as its own article
(usability review 7).

The figures are compared as written, digits and number words alike ("tujuh" / "7" / "seven"
are one value): dates ("16/11/2026", "10:42") and years carry no figure of the event, and
an outlet re-dating a wire text is still its copy.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

from kroscek.extract.resources import LANGS, load

# a number as written: "7", "1.200", "2,5"; not a piece of a date or a clock time
_NUMBER_RE = re.compile(r"(?<![\d/:.,])\d+(?:[.,]\d+)*(?![\d/:]|[.,]\d)")
_WORD_RE = re.compile(r"[^\W\d_]+")
_SEPARATOR_RE = re.compile(r"[.,]")
# the words and numbers of a text, a date or a clock time as one token ("16/11/2026")
_TOKEN_RE = re.compile(r"\d+(?:[./:,]\d+)*|[^\W\d_]+")


@lru_cache(maxsize=1)
def _number_words() -> dict[str, int]:
    """The number words of every language ("tujuh", "seven"): a copy may cross languages."""
    words: dict[str, int] = {}
    for lang in LANGS:
        for word, value in load(lang, "numbers")["units"].items():
            if " " not in word:
                words[word] = int(value)
    return words


def _ascii(run: str) -> str:
    """A run of digits in ASCII ("٤٥" is "45"), converted digit by digit: no int(), because
    a scraped page's run of thousands of digits must not stop an ingest (Python refuses to
    convert more than 4,300)."""
    return "".join(c if c in "0123456789" else str(unicodedata.decimal(c)) for c in run)


def _digits(run: str) -> str:
    """A whole number's digits without leading zeros: "007" and "٠٠٧" are "7"."""
    return _ascii(run).lstrip("0") or "0"


def _value(written: str) -> str:
    """A written number as one spelling: "1.200" and "1,200" are 1200 (groups of three after
    every separator), "1,2" and "1.2" are 1.2 (Indonesian and English decimals)."""
    groups = _SEPARATOR_RE.split(written)
    if all(len(g) == 3 for g in groups[1:]):
        return _digits("".join(groups))
    return f"{_digits(''.join(groups[:-1]))}.{_ascii(groups[-1]).rstrip('0') or '0'}"


def figures(text: str) -> frozenset[str]:
    """The values a text writes, digits and number words, without years."""
    values: set[str] = set()
    for m in _NUMBER_RE.finditer(text):
        written = m.group()
        if len(written) == 4 and written.isdigit() and 1900 <= int(written) <= 2100:
            continue  # a year dates the text, it counts nothing
        values.add(_value(written))
    words = _number_words()
    for w in _WORD_RE.findall(text.lower()):
        value = words.get(w)
        if value is not None:
            values.add(str(value))
    return frozenset(values)


def changed_figures(copy_text: str, original_text: str) -> bool:
    """Whether the near-copy writes another figure in place of one of its original's.

    The two texts are aligned word by word, and a figure replaced by another ("tujuh
    warga" -> "sembilan warga", "80 personel" -> "800 personel") makes the copy an article
    of its own; a figure written another way ("tujuh warga" -> "7 orang") does not. A
    figure only added (an editor's closing line on the share price) or only dropped (a copy
    trimmed to its first paragraphs) changes none of the original's: such a text is still a
    copy (docs/corpus.md, fourth review)."""
    old = _TOKEN_RE.findall(original_text)
    new = _TOKEN_RE.findall(copy_text)
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "replace":
            continue
        was = figures(" ".join(old[i1:i2]))
        now = figures(" ".join(new[j1:j2]))
        if was and now and was != now:
            return True
    return False
