"""Per-token CRF features: the hot path of entity recognition.

Each token gets a list of short strings (crfsuite attributes with weight 1). What a token says
about itself (lower-cased form, shape, affixes, capitalisation) is computed once per distinct
word and cached; only the context window, sentence position and phrase marks (roles, places) are
assembled per occurrence.

Domain adaptation ("frustratingly easy", Daumé III 2007): the three training corpora annotate
slightly differently, so in training every attribute is emitted twice, once as is (shared by all
corpora) and once prefixed with the sentence's corpus. At run time the shared copy plus the
``idner-news-2k`` copy (news text, the closest to our inputs) are used; evaluation on a corpus
uses that corpus's copy.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from kroscek.extract.ner.lexicon import BEGIN, person_names, places, roles

# Corpus name -> the short prefix of its domain-conjoined attributes.
DOMAINS: dict[str, str] = {"idner-news-2k": "d1:", "nerui": "d2:", "nergrit": "d3:"}
RUNTIME_DOMAIN = "idner-news-2k"

_SHAPE_RUNS = re.compile(r"(.)\1+")
_OPEN_PUNCT = frozenset("\"'“‘(«[")


class WordInfo(NamedTuple):
    """Cached per-word facts used by the token and by its neighbours."""

    lower: str
    shape: str  # collapsed shape: "Xx", "X", "x", "d", "Xx-Xx", ...
    cap: bool  # starts with an upper-case letter
    name: bool  # capitalised and a known given or family name
    own: tuple[str, ...]  # the word's own attributes


def _shape(word: str) -> str:
    chars = []
    for ch in word:
        if ch.isupper():
            chars.append("X")
        elif ch.islower():
            chars.append("x")
        elif ch.isdigit():
            chars.append("d")
        else:
            chars.append(ch)
    return _SHAPE_RUNS.sub(r"\1", "".join(chars))


@lru_cache(maxsize=100_000)
def word_info(word: str) -> WordInfo:
    """The attributes of ``word`` that do not depend on where it occurs."""
    lower = word.lower()
    shape = _shape(word)
    cap = word[:1].isupper()
    own = [
        "w=" + lower,
        "sh=" + shape,
        "p2=" + lower[:2],
        "p3=" + lower[:3],
        "s2=" + lower[-2:],
        "s3=" + lower[-3:],
        "s4=" + lower[-4:],
    ]
    if cap:
        own.append("cap")
    if word.isupper() and len(word) > 1:
        own.append("allcap")
        if len(word) <= 5:
            own.append("acronym")
    if any(ch.isdigit() for ch in word):
        own.append("digit")
    if "-" in word:
        own.append("hyphen")
        head, _, tail = lower.partition("-")
        own.append("hy0=" + head)
        own.append("hy1=" + tail)
    if len(word) == 1 and not word.isalnum():
        own.append("punct")
    name = cap and lower in person_names()
    if name:
        own.append("pname")
    return WordInfo(lower, shape, cap, name, tuple(own))


def sentence_features(tokens: Sequence[str], domain: str | None = None) -> list[list[str]]:
    """The attribute lists of every token of one sentence.

    ``domain`` is a corpus name from :data:`DOMAINS`; with it, every attribute is also emitted
    conjoined with that domain.
    """
    n = len(tokens)
    infos = [word_info(tok) for tok in tokens]
    lowered = [info.lower for info in infos]
    role_marks = roles().marks(lowered)
    place_marks = places().marks(lowered)
    prefix = DOMAINS[domain] if domain else None
    # Index of the first real word: a sentence opening with a quote still has its first word
    # capitalised for grammatical, not lexical, reasons.
    first_word = 0
    while first_word < n and tokens[first_word][:1] in _OPEN_PUNCT:
        first_word += 1

    out: list[list[str]] = []
    for i in range(n):
        info = infos[i]
        feats = list(info.own)
        if i == first_word:
            feats.append("first")
        elif info.cap:
            feats.append("cap_mid")
        if i == n - 1:
            feats.append("last")
        mark = role_marks[i]
        if mark is not None:
            feats.append("role" + mark)
        mark = place_marks[i]
        if mark is not None:
            feats.append("place" + mark)
        if i > 0:
            prev = infos[i - 1]
            feats.append("-1w=" + prev.lower)
            feats.append("-1sh=" + prev.shape)
            feats.append("-1w|w=" + prev.lower + "|" + info.lower)
            feats.append("-1sh|sh=" + prev.shape + "|" + info.shape)
            if role_marks[i - 1] is not None:
                feats.append("-1role")
            if place_marks[i - 1] is not None:
                feats.append("-1place")
            if prev.name:
                feats.append("-1pname")
            if i > 1:
                feats.append("-2w=" + infos[i - 2].lower)
                feats.append("-2sh=" + infos[i - 2].shape)
        else:
            feats.append("BOS")
        if i < n - 1:
            nxt = infos[i + 1]
            feats.append("+1w=" + nxt.lower)
            feats.append("+1sh=" + nxt.shape)
            feats.append("w|+1w=" + info.lower + "|" + nxt.lower)
            feats.append("sh|+1sh=" + info.shape + "|" + nxt.shape)
            if role_marks[i + 1] == BEGIN:
                feats.append("+1role")
            if place_marks[i + 1] is not None:
                feats.append("+1place")
            if nxt.name:
                feats.append("+1pname")
            if i < n - 2:
                feats.append("+2w=" + infos[i + 2].lower)
                feats.append("+2sh=" + infos[i + 2].shape)
        else:
            feats.append("EOS")
        if prefix is not None:
            feats.extend([prefix + f for f in feats])
        out.append(feats)
    return out
