"""Names of organisations found in an article's body, for reading its headline and other fields."""

from __future__ import annotations

from collections.abc import Iterable

from kroscek.data import Fact
from kroscek.extract.entities.words import titles_of
from kroscek.extract.normalize import fold
from kroscek.extract.resources import norm_lang

# English qualifiers of a place's kind ("X International Airport"), which a headline drops.
_ENGLISH_QUALIFIERS = frozenset({"international", "national", "regional", "domestic"})


# Legal forms written after a company's name, which a headline leaves out.
_LEGAL_ENDINGS = frozenset({"co", "corp", "inc", "ltd", "llc", "plc", "bhd", "tbk"})


def body_names(facts: Iterable[Fact], lang: str = "id") -> dict[str, tuple[str, str]]:
    """Folded names (and surnames) of the body's PER/ORG/LOC, for matching the headline;
    a place written with its head word ("Kabupaten Agam", "Stasiun X") is also known bare."""
    out: dict[str, tuple[str, str]] = {}
    titles = titles_of(norm_lang(lang))
    heads = titles.loc_heads
    both = (titles_of("id"), titles_of("en"))
    tails = frozenset().union(*(t.loc_tails for t in both))
    qualifiers = frozenset().union(*(t.body_qualifiers for t in both)) | _ENGLISH_QUALIFIERS
    given: list[tuple[str, tuple[str, str]]] = []  # a person's first word, known last
    for f in facts:
        if f.kind != "entity":
            continue
        name = fold(f.text)  # (folded once: a cache hit still hashes a new slice)
        out.setdefault(name, (f.label, str(f.value)))
        words = name.split()
        if f.label == "PER" and len(words) >= 2:
            given.append((words[0], (f.label, str(f.value))))
            out.setdefault(words[-1], (f.label, str(f.value)))
            k = len(words) - 1
            while k > 1 and words[k - 1] in titles.connectors:
                k -= 1  # "Van der Linden" in the headline of "Jordi van der Linden"
            if k < len(words) - 1:
                out.setdefault(" ".join(words[k:]), (f.label, str(f.value)))
        if f.label == "ORG" and len(words) >= 3 and words[-1].rstrip(".") in _LEGAL_ENDINGS:
            # "Daewon Heavy Industries" in the headline of "... Industries Co."
            out.setdefault(" ".join(words[:-1]), (f.label, str(f.value)))
        if f.label == "LOC" and len(words) >= 2 and words[0] in heads:
            out.setdefault(" ".join(words[1:]), (f.label, str(f.value)))
        if f.label == "LOC" and len(words) >= 3:
            # "Bandara Internasional X", "X International Airport": a headline names the
            # place by its own word alone ("Mendarat Darurat di X")
            lo, hi = 0, len(words)
            while lo < hi and (words[lo] in heads or words[lo] in qualifiers):
                lo += 1
            while hi > lo and (words[hi - 1] in tails or words[hi - 1] in qualifiers):
                hi -= 1
            if 0 < hi - lo < len(words) - 1:
                out.setdefault(" ".join(words[lo:hi]), (f.label, str(f.value)))
    for word, entity in given:
        out.setdefault(word, entity)
    return out
