"""Who took which office: "Hendra dilantik sebagai Menteri Perhubungan" / "Hendra dilantik
menjadi Menteri Perindustrian".

A reshuffle story names each appointee with the ministry they take. Two outlets giving one
person two different ministries (a swapped pair is the usual slip) contradict each other, and
no figure or entity comparison sees it: both ministries and the person are named in both
texts. The person is keyed by the last two words of their name, so a sentence opener read
with it ("Adapun Laksmi Dewanti dipercaya menjadi ...") keys the same person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kroscek.align import Alignment
from kroscek.compare.findings.keyed import keyed_conflicts
from kroscek.data import Article, Finding

_NAME = r"(?P<name>(?:[A-Z][a-z'-]+[ \t]+){0,3}[A-Z][a-z'-]+)"
_ID_OFFICE_RE = re.compile(
    _NAME + r",?[ \t]+(?:resmi[ \t]+)?(?:dilantik|ditunjuk|diangkat|dipercaya|ditetapkan)"
    r"[ \t]+(?:menjadi|sebagai)[ \t]+(?P<office>Menteri(?:[ \t]+(?:[A-Z][a-z-]+|dan))+)"
)
_EN_OFFICE_RE = re.compile(
    _NAME + r"[ \t]+(?:was[ \t]+)?(?:sworn[ \t]+in|appointed|named)[ \t]+as[ \t]+(?:the[ \t]+)?"
    r"(?P<office>(?:[A-Z][a-z-]+[ \t]+)*Minister(?:[ \t]+(?:of|for|and|[A-Z][a-z-]+))*)"
)
_ID_VERBS = ("dilantik", "ditunjuk", "diangkat", "dipercaya", "ditetapkan")
_EN_VERBS = ("sworn", "appointed", "named")
_TRAILING = re.compile(r"(?:[ \t]+(?:dan|and|of|for))+$")


def _offices(article: Article) -> dict[str, tuple[str, int, int]]:
    """Person key -> (office, start, end) for each appointee the body names with one office;
    the span runs from the person's name to the office's end."""
    text = article.text
    if "Menteri" in text and any(v in text for v in _ID_VERBS):
        pattern = _ID_OFFICE_RE
    elif "Minister" in text and any(v in text for v in _EN_VERBS):
        pattern = _EN_OFFICE_RE
    else:
        return {}  # no appointment told: the pattern is not scanned
    found: dict[str, set[tuple[str, int, int]]] = {}
    for m in pattern.finditer(text):
        office = _TRAILING.sub("", m.group("office"))
        person = m.group("name").split()[-2:]
        key = "office:" + " ".join(person).casefold()
        # the evidence runs from the person to the office, so the message names both
        start = m.start("name") + m.group("name").rindex(person[0])
        end = m.start("office") + len(office)
        found.setdefault(key, set()).add((" ".join(office.split()), start, end))
    return {
        key: min(hits, key=lambda h: h[1])
        for key, hits in found.items()
        if len({o.casefold() for o, _, _ in hits}) == 1
    }


def find_office_conflicts(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """One conflict per appointee two articles give different offices."""
    found = {a.id: _offices(a) for a in articles}
    if sum(1 for offices in found.values() if offices) < 2:
        return []
    return keyed_conflicts(
        articles,
        alignment,
        found,
        lambda x, y: x.casefold() != y.casefold(),
        message_key="conflict.office",
        severity="high",
        slot="office",
    )
