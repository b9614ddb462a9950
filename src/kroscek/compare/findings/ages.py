"""Ages that disagree: "RD (27)" / "RD (29)".

Crime and accident news names people by initials or name with their age in brackets ("AS
(34)", "Hendrikus Lamba (41)") or between commas ("Maria Lopez, 64,"). Number extraction
reads the age as a bare figure and unique findings leave it alone; two outlets giving one
name two ages tell one person two ways: one of them is wrong. A name a text gives two ages
(two people with one initials) is left alone, and so are pairs of articles about two events.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kroscek.align import Alignment
from kroscek.compare.findings.aged import ages
from kroscek.compare.findings.claims import transliteration_key
from kroscek.compare.findings.keyed import keyed_conflicts
from kroscek.data import Article, Finding
from kroscek.extract.sentences import sentence_spans


def find_age_conflicts(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """One conflict per name two articles give different ages (see the module doc)."""
    found = {a.id: _by_surname(a) for a in articles}
    _lend_lead_ages(articles, found)
    return keyed_conflicts(
        articles,
        alignment,
        found,
        lambda x, y: x != y,
        message_key="conflict.age",
        severity="high",
        slot="age",
    )


# A name word, then "bin"/"binti" ("son/daughter of") right before the father's name an age
# follows: the person's own name is the word before it.
_PATRONYM_RE = re.compile(r"(?P<own>[A-Z][\w'’-]*)\s+bin(?:ti)?\s+$")


# Characters before an aged name searched for "X binti".
_PATRONYM_REACH = 40


# Initials a text writes for a person: two to four capitals ("NS", "MHA").
_INITIALS = re.compile(r"[A-Z]{2,4}")


def _by_surname(article: Article) -> dict[str, tuple[int, int, int]]:
    """``ages`` keyed by surname with transliteration endings folded ("Smirnoff (43)" and
    "Smirnov" meet), initials also under the surname of the one full name of the text whose
    words they start ("NS (34)" ... "bernama lengkap Nikolai Smirnov": "smirnov")."""
    found = ages(article)
    if not found:
        return {}
    out = {transliteration_key(k): v for k, v in found.items()}
    if " bin" in article.text:
        # "Siti Rohmah binti Kasman (41)": the age is Siti Rohmah's, not her father's, whose
        # name stands before it; another outlet writes her "Siti Rohmah (44)"
        for name, value in found.items():
            own = _PATRONYM_RE.search(article.text, max(0, value[1] - _PATRONYM_REACH), value[1])
            if own is not None:
                if out.get(father := transliteration_key(name)) == value:
                    del out[father]
                key = transliteration_key(own.group("own").casefold())
                out.setdefault(key, (value[0], own.start(), value[2]))
    persons = {
        f.text
        for f in article.facts
        if f.kind == "entity" and f.label == "PER" and f.field == "text" and " " in f.text
    }
    for key, value in found.items():
        if not _INITIALS.fullmatch(key.upper()) or key.upper() not in article.text:
            continue
        named = {
            transliteration_key(p.split()[-1])
            for p in persons
            if "".join(w[:1] for w in p.split()).upper() == key.upper()
        }
        if len(named) == 1:
            out.setdefault(named.pop(), value)
    return out


def _lead_age(article: Article) -> tuple[int, int, int] | None:
    """The age a body's first sentence gives its unnamed subject ("A 41-year-old Australian
    surfer was injured ..."), when the body gives no other age and names no aged person."""
    seen = {
        (int(f.value), f.start, f.end)
        for f in article.facts
        if f.kind == "number" and f.field == "text" and f.attrs.get("unit") == "age"
    }
    if len({age for age, _, _ in seen}) != 1 or ages(article):
        return None
    spans = sentence_spans(article.text)
    first = min(seen, key=lambda h: h[1])
    return first if spans and first[1] < spans[0][1] else None


def _lend_lead_ages(
    articles: Sequence[Article], found: dict[str, dict[str, tuple[int, int, int]]]
) -> None:
    """A wire's lead that ages its subject before naming him ("A 41-year-old surfer ... The
    man, identified as Daniel Whitford") against a rewrite that writes "Daniel Whitford (44)":
    the lead's age is given the name of the other text's one aged person when this text names
    him too, so the two ages of one man meet under one key."""
    if not any(f.attrs.get("unit") == "age" for a in articles for f in a.facts):
        return
    for article in articles:
        lead = _lead_age(article) if not found[article.id] else None
        if lead is None:
            continue
        for other in articles:
            named = ages(other) if other.id != article.id else {}
            if len(named) != 1:
                continue
            (name,) = named
            if re.search(rf"\b{re.escape(name)}\b", article.text, re.IGNORECASE):
                found[article.id].setdefault(transliteration_key(name), lead)
