"""Road facilities named by a head word and its short form: one place, one id.

A toll gate is written "Gerbang Tol Cikampek Utama", "Gerbang Tol (GT) Cikampek Utama" or
"GT Cikampek Utama"; a rest stop "Rest Area KM 57". Read word by word, the short head is an
acronym (an organisation), the name after it another body or a person, and the three
spellings of one gate become three referents that never meet across articles. Here the head
(long or short), the name's capitalised words and a kilometre post ("KM 57") are one place
whose id is built from the long head, so every spelling shares it. After a short head the
place's words are the name alone ("GT | Cikampek Utama"), so that no outlet's short head
reads as a second spelling of another's long one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kroscek.extract.mentions import Mention, in_every_language
from kroscek.extract.normalize import fold, slug
from kroscek.extract.resources import LANGS, load

# one word of a facility's name: a capitalised word, or a kilometre post ("KM 57", "KM 12,5")
_NAME_WORD = r"(?:KM\s?\d+(?:[.,]\d+)?[A-Z]?|[A-Z][\w'\u2019-]*)"

_KM_RE = re.compile(r"\bKM\s?(?=\d)")


@lru_cache(maxsize=1)
def _heads() -> dict[str, str]:
    """Every facility head as written, long or short -> its long form ("GT" -> "Gerbang
    Tol"), from ``road_facilities`` of every language's titles."""
    heads: dict[str, str] = {}
    for lang in LANGS:
        for long, shorts in load(lang, "titles").get("road_facilities", {}).items():
            if not long.startswith("_"):
                heads.update({spelling: long for spelling in (long, *shorts)})
    return heads


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str] | None:
    if not _heads():
        return None
    alternatives = "|".join(re.escape(h) for h in sorted(_heads(), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-])(?P<head>{alternatives})(?:\s\((?:{alternatives})\))?"
        rf"\s(?P<name>{_NAME_WORD}(?:\s{_NAME_WORD})*)"
    )


def road_facilities(
    found: list[Mention],
    text: str,
    known: dict[str, tuple[str, str]] | None = None,
    *,
    title: bool = False,
) -> list[Mention]:
    """``found`` with each road facility read as one place ("GT Cikampek Utama" ->
    LOC:gerbang-tol-cikampek-utama) in place of the names read inside it. A headline's name
    ends where a name of the body does ("GT Cikampek Utama Naik 24 Persen"): Title Case
    capitalises every word after it."""
    pattern = _pattern()
    if pattern is None or not any(head in text for head in ("Tol", "GT", "Area")):
        return found
    stops = in_every_language("titles", "loc_heads") | in_every_language("titles", "admin_heads")
    known_ids = {eid for _, eid in (known or {}).values()}
    for m in pattern.finditer(text):
        head = _heads()[m.group("head")]
        words = list(re.finditer(_NAME_WORD, m.group("name")))
        cut = next((k for k, w in enumerate(words) if k and fold(w.group()) in stops), None)
        words = words[:cut]  # "Rest Area KM 57 | Tol Jakarta-Cikampek": the road is its own
        # "KM57" and "KM 57" are one post
        ids = [
            f"LOC:{slug(_KM_RE.sub('KM ', f'{head} ' + m.group('name')[: w.end()]))}" for w in words
        ]
        if title:
            fits = [k for k, eid in enumerate(ids) if eid in known_ids]
            if not fits:
                continue
            words, ids = words[: fits[-1] + 1], ids[: fits[-1] + 1]
        if not words:
            continue
        end = m.start("name") + words[-1].end()
        name = m.group("name")[: words[-1].end()]
        found = [f for f in found if f.end <= m.start() or f.start >= end]
        # a short head is no part of the place's words ("GT | Cikampek Utama"): beside
        # another outlet's "Gerbang Tol Cikampek Utama" it is the same name, not a spelling
        start = m.start() if m.group("head") == head else m.start("name")
        found.append(Mention(start, end, "LOC", ids[-1], canonical=f"{head} {name}"))
    return sorted(found, key=lambda f: f.start)
