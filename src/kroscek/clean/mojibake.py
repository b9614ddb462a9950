"""Repairing text that was UTF-8 but got decoded as cp1252 somewhere upstream.

Scrapers and CMS exports often hand over "â€œKami siap,â€ kata dia" for
"“Kami siap,” kata dia". Each run of characters that cp1252 (or latin-1, for the five
bytes cp1252 leaves undefined) would have produced from a UTF-8 multi-byte sequence is
re-encoded and decoded again; a run is replaced only when that yields valid UTF-8, so
correct text (accented names, real curly quotes) is untouched. A closing quote whose
last byte was lost on the way (0x9D has no cp1252 character) is restored as well, and
text that went through the wrong decoding twice is repaired twice.
"""

from __future__ import annotations

import re

_UNDEFINED_IN_CP1252 = "\x81\x8d\x8f\x90\x9d"
# The characters a cp1252/latin-1 decoder gives for 0x80-0xBF, UTF-8's continuation bytes.
_CONTINUATION = bytes(range(0x80, 0xC0)).decode("cp1252", errors="ignore") + _UNDEFINED_IN_CP1252
# A UTF-8 lead byte seen as cp1252 (Â..ô), then one to three continuation bytes.
_RUN_RE = re.compile(f"[\u00c2-\u00f4][{re.escape(_CONTINUATION)}]{{1,3}}")
# "â€" left over: U+201D (E2 80 9D) after a decoder dropped the undefined 0x9D byte.
_LOST_CLOSING_QUOTE = "â€"
_MAX_PASSES = 3


def _as_bytes(run: str) -> bytes:
    out = bytearray()
    for ch in run:
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) > 0xFF:
                raise
            out.append(ord(ch))  # one of the bytes cp1252 leaves undefined
    return bytes(out)


def repair(text: str) -> tuple[str, int]:
    """``text`` with cp1252-decoded UTF-8 sequences repaired, and how many were repaired."""
    if not _RUN_RE.search(text) and _LOST_CLOSING_QUOTE not in text:
        return text, 0
    count = 0

    def fix(match: re.Match[str]) -> str:
        nonlocal count
        run = match.group()
        try:
            fixed = _as_bytes(run).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return run
        count += 1
        return fixed

    # "Ã¢â‚¬Å“": text decoded wrongly twice (an export of an export) takes one pass per
    # decoding; a pass that repairs nothing ends it
    for _ in range(_MAX_PASSES):
        before = count
        text = _RUN_RE.sub(fix, text)
        if count == before or not _RUN_RE.search(text):
            break
    if _LOST_CLOSING_QUOTE in text:
        count += text.count(_LOST_CLOSING_QUOTE)
        text = text.replace(_LOST_CLOSING_QUOTE, "”")
    return text, count
