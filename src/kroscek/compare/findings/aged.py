"""People's ages as crime and accident news writes them: "AS (34)", "Maria Lopez, 64,".

Read from the text by shape (a capitalised name or initials, then the age in brackets or
between commas): ``ages.find_age_conflicts`` sets one name's two ages against each other,
and ``claims.apart_pairs`` tells two cases of one police unit apart by their people.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kroscek.data import Article, Fact
from kroscek.extract.sentences import sentence_of, sentence_spans
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


# "Salah satu buruh, Suminah, ...", "one of the workers": one member of a group speaks of
# herself, not of the group.
_ONE_OF_RE = re.compile(r"\b(?:salah\s+(?:satu|seorang)|one\s+of\s+the)\b", re.IGNORECASE)


def own_account_names(article: Article, fact: Fact) -> frozenset[str]:
    """The people a figure's sentence introduces as one person telling of herself ("Salah
    satu buruh, Suminah (47), mengaku sudah bekerja selama 22 tahun"; "Maria Lopez, 64, said
    she had lived there for 30 years"): their folded names, or empty. A duration of such a
    sentence is that one person's, not the group's figure another text gives ("sebagian
    besar buruh sudah bekerja lebih dari 15 tahun")."""
    if fact.field != "text":
        return frozenset()
    text = article.text
    start, end = sentence_of(sentence_spans(text), fact.start)
    named = frozenset(name for name, (_, at, _) in ages(article).items() if start <= at < end)
    if named or not _ONE_OF_RE.search(text, start, end):
        return named
    return frozenset({"?"})
