"""What the neural tagger reads of a token: shared by training (torch) and tagging (numpy).

Per token: the lower-cased word (an id in a vocabulary of the training words seen twice or
more), its collapsed shape (``Xx``, ``d.d``, ...), its first :data:`MAX_CHARS` characters
(ids, for the character CNN), seven flags (capitalised, all capitals, has a digit, first
token, inside a role phrase, inside a place phrase, a known given/family name) and the
sentence's corpus (its domain: idner-news-2k at run time). Id 0 is padding, 1 unknown.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import numpy.typing as npt

from kroscek.extract.ner.features import word_info
from kroscek.extract.ner.lexicon import person_names, places, roles

MAX_CHARS = 20
N_FLAGS = 7
# Domain ids: the runtime domain (news) is 0.
DOMAIN_IDS: dict[str, int] = {"idner-news-2k": 0, "nerui": 1, "nergrit": 2}
LABELS: tuple[str, ...] = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC")


def sentence_flags(tokens: Sequence[str]) -> npt.NDArray[np.float32]:
    """The seven flags of every token of one sentence, as a (tokens x 7) array."""
    lowered = [word_info(tok).lower for tok in tokens]
    role_marks = roles().marks([w[:-1] if w[-1:] == "." and len(w) > 1 else w for w in lowered])
    place_marks = places().marks(lowered)
    names = person_names()
    rows = [
        (
            tok[:1].isupper(),
            tok.isupper(),
            any(ch.isdigit() for ch in tok),
            i == 0,
            role_marks[i] is not None,
            place_marks[i] is not None,
            tok[:1].isupper() and lowered[i] in names,
        )
        for i, tok in enumerate(tokens)
    ]
    return np.array(rows, dtype=np.float32).reshape(len(tokens), N_FLAGS)


def build_vocabularies(
    sentences: Iterable[Sequence[str]],
) -> tuple[list[str], list[str], list[str]]:
    """Words (lower-cased, seen twice or more), shapes and characters (seen three times or
    more) of the training sentences, sorted; their ids are their index + 2."""
    words: dict[str, int] = {}
    shapes: dict[str, int] = {}
    chars: dict[str, int] = {}
    for tokens in sentences:
        for tok in tokens:
            info = word_info(tok)
            words[info.lower] = words.get(info.lower, 0) + 1
            shapes[info.shape] = shapes.get(info.shape, 0) + 1
            for ch in tok:
                chars[ch] = chars.get(ch, 0) + 1
    return (
        sorted(w for w, n in words.items() if n >= 2),
        sorted(s for s, n in shapes.items() if n >= 3),
        sorted(c for c, n in chars.items() if n >= 3),
    )


class Encoder:
    """Token strings -> ids, with the vocabularies of one model."""

    def __init__(self, words: Sequence[str], shapes: Sequence[str], chars: Sequence[str]):
        self.words = {w: i + 2 for i, w in enumerate(words)}
        self.shapes = {s: i + 2 for i, s in enumerate(shapes)}
        self.chars = {c: i + 2 for i, c in enumerate(chars)}

    def word(self, tok: str) -> tuple[int, int, list[int]]:
        """Word id, shape id and character ids (at most MAX_CHARS) of one token."""
        info = word_info(tok)
        chars = self.chars
        return (
            self.words.get(info.lower, 1),
            self.shapes.get(info.shape, 1),
            [chars.get(ch, 1) for ch in tok[:MAX_CHARS]],
        )
