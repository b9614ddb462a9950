"""Currency words after an amount: "450 million rupees", "2 juta rupee", "5.000 peso Argentina".

units.json names the currencies news writes most ("dolar", "taka", "naira"); every other
currency CLDR knows comes from babel, in the article's language: its full names ("Pakistani
rupees", "Rupee Pakistan") name one currency, and its head word ("rupees", "rupee") may name
several (the Indian, Pakistani, Sri Lankan, Nepalese... rupee). A head word is read as the
one currency of a country the article names ("Pakistan", "Pakistani"), so that two outlets
writing "rupees" and "PKR" about one bail bond compare the same unit; with no such country,
or with several, it stays no unit (a wrong code would make a false conflict).

Looked up only at the end of a figure, word by word in dictionaries, so the hundreds of
names cost nothing where no figure stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from kroscek.extract.resources import LANGS, load, norm_lang

# A currency is one a country uses on this day: fixed, so the tables are the same on every
# run with the same babel version (babel's default is today).
_TENDER_ON = date(2025, 1, 1)
_MAX_NAME_WORDS = 4
_WORD_AT_RE = re.compile(r"[ \t]+([^\W\d_]+)")


@dataclass(frozen=True)
class _Tables:
    names: dict[str, str]  # a full name, singular or plural, casefolded -> ISO code
    heads: dict[str, tuple[str, ...]]  # a head word -> the codes it may name
    guarded: dict[str, tuple[str, ...]]  # a head word that is also an ordinary word -> codes
    cues: dict[str, re.Pattern[str]]  # ISO code -> the names of the countries using it
    firsts: frozenset[str]  # every word a name or a head word can open with


@lru_cache(maxsize=4)
def _tables(lang: str) -> _Tables:
    from babel import Locale
    from babel.numbers import get_currency_name, get_territory_currencies

    lang = norm_lang(lang)
    cfg = load(lang, "units").get("currency_words", {})
    head_last = cfg.get("head", "last") == "last"
    not_bare = frozenset(cfg.get("not_bare", []))
    locale = Locale.parse(lang)
    used_in: dict[str, list[str]] = {}
    for territory in Locale.parse("en").territories:
        if isinstance(territory, str) and len(territory) == 2 and territory.isalpha():
            for code in get_territory_currencies(territory, _TENDER_ON, tender=True):
                used_in.setdefault(code, []).append(territory)
    names: dict[str, str] = {}
    heads: dict[str, list[str]] = {}
    guarded: dict[str, list[str]] = {}
    cue_words: dict[str, set[str]] = {}
    for code, territories in used_in.items():
        forms = {locale.currencies.get(code, "")}
        forms |= {get_currency_name(code, count=n, locale=lang) for n in (1, 2)}
        for form in filter(None, (f.casefold() for f in forms)):
            words = form.split()
            if len(words) > _MAX_NAME_WORDS:
                continue
            names[form] = code
            head, rest = (words[-1], words[:-1]) if head_last else (words[0], words[1:])
            if head not in not_bare and len(head) > 2:
                heads.setdefault(head, []).append(code)
            elif head in not_bare:
                guarded.setdefault(head, []).append(code)
            cue_words.setdefault(code, set()).update(w for w in rest if len(w) > 2)
        for other in LANGS:
            place_names = Locale.parse(other).territories
            cue_words.setdefault(code, set()).update(
                place_names[t].casefold() for t in territories if t in place_names
            )
    cues = {
        code: re.compile(
            r"(?<!\w)(?:"
            + "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))
            + r")(?!\w)",
            re.IGNORECASE,
        )
        for code, ws in cue_words.items()
        if ws
    }
    return _Tables(
        names=names,
        heads={h: tuple(sorted(set(codes))) for h, codes in heads.items()},
        guarded={h: tuple(sorted(set(codes))) for h, codes in guarded.items()},
        cues=cues,
        firsts=frozenset(form.split()[0] for form in names) | frozenset(heads) | frozenset(guarded),
    )


def currency_after(
    text: str, pos: int, lang: str, *, scaled: bool = False
) -> tuple[str, int] | None:
    """The currency named right after ``pos`` (an amount's end): (ISO code, end of its name).

    The longest full name wins ("rupee Pakistan" over "rupee"); a head word alone takes the
    currency of the one country among its users that ``text`` names. A head word that is
    also an ordinary word ("won", "dong", "real") does so only lowercase after a scale word
    (``scaled``: "2 trillion dong" in a text naming Vietnam), where no verb or name stands.
    """
    first = _WORD_AT_RE.match(text, pos)
    tables = _tables(lang)
    # most amounts count people or things: one word and one set lookup say so
    if first is None or first.group(1).casefold() not in tables.firsts:
        return None
    words: list[tuple[str, int]] = []
    at = pos
    while len(words) < _MAX_NAME_WORDS:
        m = _WORD_AT_RE.match(text, at)
        if m is None:
            break
        words.append((m.group(1).casefold(), m.end()))
        at = m.end()
    for n in range(len(words), 0, -1):
        code = tables.names.get(" ".join(w for w, _ in words[:n]))
        if code is not None:
            return code, words[n - 1][1]
    codes = tables.heads.get(words[0][0])
    if not codes and scaled and first.group(1).islower():
        codes = tables.guarded.get(words[0][0])
    if not codes:
        return None
    if len(codes) == 1:
        return codes[0], words[0][1]
    named = [c for c in codes if c in tables.cues and tables.cues[c].search(text)]
    return (named[0], words[0][1]) if len(named) == 1 else None
