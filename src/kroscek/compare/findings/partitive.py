"""A part of a group named after its count: "Four of the dead were teenagers".

One outlet writes "the victims included four teenagers", another "Four of the dead were
teenagers": the extractor reads the first as a count of teenagers and the second as a count
of the dead, so the two look like two figures each only one source gives. The noun after
the partitive's verb ("were teenagers", "di antaranya anak-anak") is what the figure counts
as well; the same figure of that noun in the other text is the same report.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kroscek.compare.findings._common import folded, lexicon_lang
from kroscek.data import Article, Fact
from kroscek.text.lang import lang_data

# A count of part of a group: "Four of the dead", "two of them", "empat di antaranya".
_PART = re.compile(r"\b(?:of\s+(?:the|them|those|whom)|di\s+antaranya|dari\s+mereka)\b", re.I)
# The noun the part is: "... were teenagers", "... di antaranya (adalah) anak-anak".
_NAMED = re.compile(
    r"\s+(?:were|are|was|is|adalah|merupakan|ialah)?\s*(?:all\s+|semuanya\s+)?([^\W\d][\w-]*)",
    re.IGNORECASE,
)


@lru_cache(maxsize=4)
def _nouns(lang: str) -> dict[str, str]:
    table: dict[str, str] = lang_data(lexicon_lang(lang), "nouns").get("nouns", {})
    return {folded(k): folded(v) for k, v in table.items()}


def part_noun(article: Article, f: Fact) -> str | None:
    """The noun a count of part of a group is named as, as its language labels it."""
    text = f.text
    if ("of" not in text and "antara" not in text and "dari" not in text) or not _PART.search(text):
        return None
    m = _NAMED.match(article.field_text(f.field), f.end)
    if m is None:
        return None
    word = folded(m.group(1))
    return _nouns(article.lang or "id").get(word, word)


def is_named_part(article: Article, f: Fact) -> bool:
    """Whether a count is a part of a group named by a noun, not by an outcome ("Three of
    the dead were teenagers" is; "two of them were killed", "14 di antaranya meninggal" give
    a toll): a subset of the toll, never another toll."""
    noun = part_noun(article, f)
    return noun is not None and noun not in _events(article.lang or "id")


@lru_cache(maxsize=4)
def _events(lang: str) -> frozenset[str]:
    events: dict[str, str] = lang_data(lexicon_lang(lang), "nouns").get("events", {})
    return frozenset(folded(w) for w in events)


def named_part(article: Article, f: Fact, other: Fact) -> bool:
    """Whether ``f`` counts a part named as ``other``'s noun ("Four of the dead were
    teenagers" / "four teenagers")."""
    return bool(other.label) and part_noun(article, f) == folded(other.label or "")
