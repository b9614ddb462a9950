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


def find_age_conflicts(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """One conflict per name two articles give different ages (see the module doc)."""
    found = {a.id: _by_surname(a) for a in articles}
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
