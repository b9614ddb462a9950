"""Per-token CRF features: the hot path of entity recognition.

Each token gets a list of short strings (crfsuite attributes with weight 1). What a token says
about itself (lower-cased form, shape, affixes, capitalisation) is computed once per distinct
word and cached; only the context window, sentence position and phrase marks (roles, places) are
assembled per occurrence.

Domain adaptation ("frustratingly easy", Daumé III 2007): the three training corpora annotate
slightly differently, so in training every attribute of a nerui or nergrit sentence is emitted
twice, once as is (shared) and once prefixed with its corpus. idner-news-2k (news text, the
closest to kroscek's input) is the base domain and uses the shared attributes alone, so tagging
at run time costs one copy of each attribute; evaluation on nerui or nergrit adds that corpus's
copy.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from kroscek.extract.ner.lexicon import (
    BEGIN,
    EntityMemory,
    lowercase_words,
    person_names,
    places,
    roles,
)

# Corpus name -> the short prefix of its domain-conjoined attributes. The runtime domain has
# none: its weights are the shared ones.
RUNTIME_DOMAIN = "idner-news-2k"
DOMAINS: dict[str, str] = {"nerui": "d2:", "nergrit": "d3:"}

_SHAPE_RUNS = re.compile(r"(.)\1+")
_OPEN_PUNCT = frozenset("\"'“‘(«[")


class WordInfo(NamedTuple):
    """Cached per-word facts used by the token and by its neighbours."""

    lower: str
    shape: str  # collapsed shape: "Xx", "X", "x", "d", "Xx-Xx", ...
    cap: bool  # starts with an upper-case letter
    name: bool  # capitalised and a known given or family name
    own: tuple[str, ...]  # the word's own attributes
    # The attributes this word gives its neighbours, built once: word and shape seen from
    # one token after it ("-1w=", "-1sh="), two after, one before and two before.
    as_prev: tuple[str, str]
    as_prev2: tuple[str, str]
    as_next: tuple[str, str]
    as_next2: tuple[str, str]


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
    return WordInfo(
        lower,
        shape,
        cap,
        name,
        tuple(own),
        ("-1w=" + lower, "-1sh=" + shape),
        ("-2w=" + lower, "-2sh=" + shape),
        ("+1w=" + lower, "+1sh=" + shape),
        ("+2w=" + lower, "+2sh=" + shape),
    )


def sentence_features(
    tokens: Sequence[str], domain: str | None = None, memory: EntityMemory | None = None
) -> list[list[str]]:
    """The attribute lists of every token of one sentence.

    ``memory`` marks entity strings remembered from the training data (see
    :class:`~kroscek.extract.ner.lexicon.EntityMemory`) on the token and its neighbours, and
    each word that is part of a remembered entity with that entity's label (``mw=ORG``).

    ``domain`` is a corpus name from :data:`DOMAINS`. The runtime domain (idner-news-2k) is the
    base: its sentences carry the shared attributes only, so tagging news needs half the
    attributes. Every other corpus also gets each attribute conjoined with its own prefix,
    which absorbs what its annotation guidelines do differently.
    """
    n = len(tokens)
    infos = [word_info(tok) for tok in tokens]
    lowered = [info.lower for info in infos]
    # "Dr." and "Prof." are one token in the corpora: match roles without the final dot.
    role_marks = roles().marks([w[:-1] if w[-1:] == "." and len(w) > 1 else w for w in lowered])
    place_marks = places().marks(lowered)
    if memory is not None:
        memory_marks = memory.marks(tokens)
        word_labels = memory.word_labels
    else:
        memory_marks = [None] * n
        word_labels = {}
    prefix = DOMAINS.get(domain) if domain else None
    # Index of the first real word: a sentence opening with a quote still has its first word
    # capitalised for grammatical, not lexical, reasons.
    first_word = 0
    while first_word < n and tokens[first_word][:1] in _OPEN_PUNCT:
        first_word += 1
    # Word and shape pairs (i-1, i), shared by token i ("-1w|w") and token i-1 ("w|+1w").
    word_pairs = [""] + [lowered[i - 1] + "|" + lowered[i] for i in range(1, n)]
    shape_pairs = [""] + [infos[i - 1].shape + "|" + infos[i].shape for i in range(1, n)]

    out: list[list[str]] = []
    last = n - 1
    for i in range(n):
        info = infos[i]
        feats = list(info.own)
        if i == first_word:
            feats.append("first")
        elif info.cap:
            feats.append("cap_mid")
        mark = role_marks[i]
        if mark is not None:
            feats.append("role" + mark)
        mark = place_marks[i]
        if mark is not None:
            feats.append("place" + mark)
        mark = memory_marks[i]
        if mark is not None:
            feats.append("mem=" + mark)
        known = word_labels.get(tokens[i])
        if known is not None:
            feats.extend(["mw=" + label for label in known])
        if i > 0:
            prev = infos[i - 1]
            feats.extend(prev.as_prev)
            feats.append("-1w|w=" + word_pairs[i])
            feats.append("-1sh|sh=" + shape_pairs[i])
            if role_marks[i - 1] is not None:
                feats.append("-1role")
            if place_marks[i - 1] is not None:
                feats.append("-1place")
            if prev.name:
                feats.append("-1pname")
            mark = memory_marks[i - 1]
            if mark is not None:
                feats.append("-1mem=" + mark[:3])
            if i > 1:
                feats.extend(infos[i - 2].as_prev2)
        else:
            feats.append("BOS")
        if i < last:
            nxt = infos[i + 1]
            feats.extend(nxt.as_next)
            feats.append("w|+1w=" + word_pairs[i + 1])
            feats.append("sh|+1sh=" + shape_pairs[i + 1])
            if role_marks[i + 1] == BEGIN:
                feats.append("+1role")
            if place_marks[i + 1] is not None:
                feats.append("+1place")
            if nxt.name:
                feats.append("+1pname")
            mark = memory_marks[i + 1]
            if mark is not None:
                feats.append("+1mem=" + mark[:3])
            if i < last - 1:
                feats.extend(infos[i + 2].as_next2)
        else:
            feats.append("EOS")
            feats.append("last")
        if prefix is not None:
            feats.extend([prefix + f for f in feats])
        out.append(feats)
    return out


def recase_title(tokens: Sequence[str]) -> list[str]:
    """Lower-case the common words of a Title Case sentence, leave other sentences alone.

    Headlines ("Militan Tembakkan Roket ke Tel Aviv") capitalise every word, so capitals stop
    meaning "name"; lower-casing the words known to be ordinary (and not titles or roles)
    gives the model the casing it was trained on. Offsets are unaffected: only the strings fed
    to the features change.
    """
    # Most sentences are not headlines: decide from the first letters alone.
    initials = [tok[0] for tok in tokens[1:] if tok[:1].isalpha()]
    if len(initials) < 3 or len([c for c in initials if c.isupper()]) < 0.7 * len(initials):
        return list(tokens)
    words = [i for i, tok in enumerate(tokens) if i > 0 and tok[:1].isalpha()]
    common = lowercase_words()
    out = list(tokens)
    lowered = [tok.lower() for tok in tokens]
    role_marks = roles().marks(lowered)
    for i in words:
        word = lowered[i]
        if role_marks[i] is not None or tokens[i].isupper():
            continue
        # Headline verbs are bare stems ("Tembakkan", "Periksa"); their passive "di-" form
        # ("ditembakkan", "diperiksa") is what the common-word list knows.
        if word in common or (len(word) >= 4 and "di" + word in common):
            out[i] = word
    return out
