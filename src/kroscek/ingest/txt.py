"""Plain-text articles as scrapers save them: headline, optional byline, body.

The first non-empty line is the headline; everything after it is the body, byline
included: deciding what in the body is boilerplate (byline, captions, datelines) is the
cleaning stage's job, done once for every format.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kroscek.data import RawArticle
from kroscek.ingest.files import InputRejected, decode, read_limited
from kroscek.settings import Settings

# A saved terminal report (kroscek's, or any boxed table) draws its frames with these.
_BOX_DRAWING = frozenset(chr(c) for c in range(0x2500, 0x2580))
_BOXED_LINES = 3


def _is_boxed_table(lines: list[str]) -> bool:
    """Several of the first lines start with box-drawing characters: ``kroscek compare > x.txt``
    saved the terminal view, which quotes every article and must not be read as one."""
    starts = [line.lstrip()[:1] for line in lines[:60] if line.strip()]
    return sum(1 for ch in starts if ch in _BOX_DRAWING) >= _BOXED_LINES


def parse_text(
    text: str,
    origin: str,
    *,
    source: str | None = None,
    url: str | None = None,
    fmt: str = "txt",
    holder: str = "file",
) -> RawArticle:
    """Split decoded text into headline and body. ``holder`` names what held the text in the
    error for an empty one ("empty file" from disk, "empty text" from ``kroscek.from_text``)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n")
    index = next((i for i, line in enumerate(lines) if line.strip()), None)
    if index is None:
        raise InputRejected(f"empty {holder}", "empty")
    if _is_boxed_table(lines[index:]):
        raise InputRejected(
            "a saved terminal report or text table (box-drawing frames), not an article; "
            "leave reports out of the inputs",
            "own_report",
        )
    title = lines[index].strip()
    body = "\n".join(lines[index + 1 :]).strip("\n")
    if not body.strip():
        raise InputRejected("only a headline, no article text after it", "no_text")
    return RawArticle(origin=origin, title=title, text=body, source=source, url=url, fmt=fmt)


def read_txt(
    path: Path, origin: str, settings: Settings, source: str | None
) -> Iterator[RawArticle]:
    """Read one ``.txt`` file as one article."""
    data = read_limited(path, settings.max_input_bytes)
    yield parse_text(decode(data), origin, source=source)
