"""People's ages as crime and accident news writes them: "AS (34)", "Maria Lopez, 64,".

Read from the text by shape (a capitalised name or initials, then the age in brackets or
between commas): ``ages.find_age_conflicts`` sets one name's two ages against each other,
and ``claims.apart_pairs`` tells two cases of one police unit apart by their people.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kroscek.data import Article
from kroscek.text.lang import lang_data

# A capitalised name word (or initials) right before a bracketed or comma-set age of at most
# three digits; the age is not followed by more digits or a unit word.
_AGE_RE = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][\w'’-]*)(?:\s*\((?P<a>\d{1,3})\)|,[ \t](?P<b>\d{1,3}),[ \t])"
)
MAX_AGE = 120


@lru_cache(maxsize=1)
def _weekdays() -> frozenset[str]:
    """Weekday names of every language: "Senin (23)" is a date some outlets write."""
    return frozenset(
        k for lang in ("id", "en") for k in lang_data(lang, "weekdays") if not k.startswith("_")
    )


def ages(article: Article) -> dict[str, tuple[int, int, int]]:
    """The body's ages by folded name, only for names given one age: name -> (age, start,
    end of the name and its age)."""
    return _ages_in(article.text)


@lru_cache(maxsize=64)
def _ages_in(text: str) -> dict[str, tuple[int, int, int]]:
    """``ages`` of a text, cached by the text (asked of each pair of articles)."""
    found: dict[str, set[tuple[int, int, int]]] = {}
    for m in _AGE_RE.finditer(text):
        age = int(m.group("a") or m.group("b"))
        if not 0 < age <= MAX_AGE or m.group("name").casefold() in _weekdays():
            continue
        end = m.end() if m.group("a") else m.end("b")
        found.setdefault(m.group("name").casefold(), set()).add((age, m.start(), end))
    return {
        name: min(hits, key=lambda h: h[1])
        for name, hits in found.items()
        if len({age for age, _, _ in hits}) == 1
    }
