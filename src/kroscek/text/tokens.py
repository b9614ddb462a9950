"""Tokenisation with character offsets, shared by every stage.

One tokenizer for NER, fact extraction and alignment keeps offsets consistent: a token's
``start``/``end`` index the cleaned text directly. Indonesian numbers ("1.200", "2,5") and
hyphenated words ("Israel-Palestina", "al-Qassam") stay one token.
"""

from __future__ import annotations

import re
from functools import partial
from itertools import accumulate, chain
from typing import NamedTuple

TOKEN_RE = re.compile(
    r"\d+(?:[.,]\d+)*"  # 1.200 / 11.000 / 2,5 / 1,200.50
    r"|\w+(?:[-'’]\w+)*"  # words, al-Qassam, Israel-Palestina, Jum'at
    r"|[^\w\s]",  # any other single visible character
    re.UNICODE,
)


# The same tokens as ``TOKEN_RE.findall`` (tested), about a quarter faster: whitespace is
# consumed in the match instead of being tried position by position, and nothing follows
# a token, so the possessive quantifiers give the same matches.
_TOKEN_TEXT_RE = re.compile(r"\s*+(\d+(?:[.,]\d+)*+|\w+(?:[-'’]\w+)*+|[^\w\s])")
# The same, keeping the whitespace before each token: the lengths of the pieces give every
# offset (see :func:`token_pieces`).
_TOKEN_PIECE_RE = re.compile(r"(\s*+)(\d+(?:[.,]\d+)*+|\w+(?:[-'’]\w+)*+|[^\w\s])")


def token_texts(text: str) -> list[str]:
    """The token strings of ``text`` (``TOKEN_RE.findall(text)``, faster)."""
    return _TOKEN_TEXT_RE.findall(text)


class Token(NamedTuple):
    text: str
    start: int
    end: int


class TokenPieces(NamedTuple):
    """The tokens of a text as parallel lists (cheaper than one :class:`Token` per token)."""

    texts: list[str]
    starts: list[int]
    ends: list[int]
    spaces: list[str]  # the whitespace between the previous token (or the start) and this one


# The last text split by token_pieces and its pieces: fact extraction splits one text twice
# in a row (the entity model and the rule layer read the same text), so the second asks for
# what the first just computed. One entry only: nothing is kept across texts.
_LAST_PIECES: tuple[str, int, TokenPieces] | None = None


def token_pieces(text: str, offset: int = 0) -> TokenPieces:
    """The tokens of ``text`` as in :func:`tokenize`, with the whitespace before each.

    Every non-space character starts a token, so text is an alternation of whitespace and
    tokens: one ``findall`` gives both, and the running sum of their lengths gives the offsets,
    all in C (no match object per token). The lists are shared with the previous caller of
    the same text: read them, never change them.
    """
    global _LAST_PIECES
    last = _LAST_PIECES  # one read: another thread may replace it meanwhile
    if last is not None and last[1] == offset and last[0] == text:
        return last[2]
    pieces = list(chain.from_iterable(_TOKEN_PIECE_RE.findall(text)))
    bounds = list(accumulate(map(len, pieces), initial=offset))
    out = TokenPieces(pieces[1::2], bounds[1::2], bounds[2::2], pieces[0::2])
    _LAST_PIECES = (text, offset, out)
    return out


_make_token = partial(tuple.__new__, Token)  # Token(text, start, end) without a Python call


def tokens_from_pieces(texts: list[str], starts: list[int], ends: list[int]) -> list[Token]:
    """The tokens of :func:`token_pieces`' lists, for a caller that also reads the lists."""
    return list(map(_make_token, zip(texts, starts, ends, strict=True)))


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Split ``text`` into tokens whose offsets are relative to ``offset``."""
    texts, starts, ends, _ = token_pieces(text, offset)
    return tokens_from_pieces(texts, starts, ends)
