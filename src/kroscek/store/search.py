"""Turning what a user types into an FTS5 query.

FTS5's query language treats many characters of ordinary news searches as syntax:
``Israel-Palestina`` reads as a column filter, ``1.200``, ``Rp 1,7 miliar`` or ``Qaani's``
are syntax errors. So every bare word is quoted as a phrase (the index tokenizer then
splits it exactly as it split the article text: ``"1.200"`` finds "1.200"), while what is
deliberately FTS5 stays FTS5: ``"quoted phrases"``, ``AND``/``OR``/``NOT`` (upper case),
parentheses, ``prefix*`` and ``title:``/``text:`` column filters. An unbalanced quote or
parenthesis is a malformed query and raises :class:`kroscek.errors.UsageError`.
"""

from __future__ import annotations

import re

from kroscek.errors import UsageError

_HINT = 'use plain words, "a phrase" in double quotes, OR, NOT or prefix*'
_TOKEN = re.compile(r'"[^"]*"\*?|\(|\)|[^\s()"]+|"')
_OPERATORS = {"AND", "OR", "NOT"}
_COLUMNS = ("title:", "text:")


def _quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def fts_query(user: str) -> str:
    """The FTS5 query for a user's search text (see the module docstring)."""
    text = user.strip()
    if not text:
        raise UsageError("empty search query", hint="give one or more words to look for")
    if text.count('"') % 2:
        raise UsageError(f"unbalanced double quote in search query {user!r}", hint=_HINT)
    if text.count("(") != text.count(")"):
        raise UsageError(f"unbalanced parenthesis in search query {user!r}", hint=_HINT)
    out: list[str] = []
    for tok in _TOKEN.findall(text):
        if tok in ("(", ")") or tok in _OPERATORS or tok.startswith('"'):
            out.append(tok)
            continue
        column = ""
        if tok.lower() in _COLUMNS:
            raise UsageError(f"{tok} needs a word right after it in {user!r}", hint=_HINT)
        for col in _COLUMNS:
            if tok.lower().startswith(col) and len(tok) > len(col):
                column, tok = col, tok[len(col) :]
                break
        prefix = tok.endswith("*")
        word = tok.rstrip("*")
        if not any(ch.isalnum() for ch in word):
            continue  # punctuation alone matches nothing in the index
        out.append(column + _quote(word) + ("*" if prefix else ""))
    if not out or all(t in _OPERATORS for t in out):
        raise UsageError(f"nothing to search for in {user!r}", hint=_HINT)
    return " ".join(out)
