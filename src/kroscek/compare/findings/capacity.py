"""A capacity is another quantity than the crowd it is set against.

A crush story gives both: "more than 20,000 people were inside the venue" and "the venue can
hold 10,000 people". Both count people at one place, often in the same words, but one is
how many came and the other how many the place was built for; an outlet writing only the
capacity does not contradict one writing only the crowd. A figure whose own clause names it
a capacity ("can hold", "capacity of", "berkapasitas", "mampu menampung", "daya tampung",
"a 40,000-seat stadium") is compared only with other capacities.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kroscek.data import Article, Fact

# Words naming a capacity right before its figure, in the figure's clause, with no other
# figure between them: "berkapasitas 150 orang saat ini dihuni 620 warga binaan" names the
# capacity 150, and 620 is how many live there.
_BEFORE = re.compile(
    r"\b(?:(?:can|could|able\s+to|built\s+to|designed\s+to)\s+(?:hold|accommodate|seat|fit)"
    r"|capacity(?:\s+(?:of|for))?|seating\s+for|which\s+seats"
    r"|(?:ber)?kapasitas|daya\s+tampung"
    r"|(?:mampu|dapat|bisa|sanggup|hanya\s+mampu|hanya\s+bisa)\s+menampung)\b[^.;!?,\d]*$",
    re.IGNORECASE,
)
# A capacity written after its figure: "a 40,000-seat stadium", "a 10,000-capacity venue".
_AFTER = re.compile(r"[-\s](?:seat|seater|capacity)\b", re.IGNORECASE)
# How far before a figure its capacity words may stand (characters).
REACH = 48
# Stems every capacity wording holds: a text without any has no capacity to find.
_TRIGGERS = ("capacit", "hold", "accommodat", "seat", "kapasitas", "tampung", "menampung", " fit ")


@lru_cache(maxsize=256)
def _has_trigger(text: str) -> bool:
    low = text.casefold()
    return any(t in low for t in _TRIGGERS)


def is_capacity(article: Article, f: Fact) -> bool:
    """Whether a count states how many a place holds rather than how many were there (a
    figure with a unit, "can hold suspects for 20 days", "80 percent capacity", is none)."""
    if f.attrs.get("unit"):
        return False
    text = article.field_text(f.field)
    if not _has_trigger(text):
        return False
    before = text[max(0, f.start - REACH) : f.start]
    return bool(_BEFORE.search(before) or _AFTER.match(text, f.end, f.end + 10))
