"""JSONL exports: one article per line with ``title``, ``text``, ``url``, ``source``, ``published``.

Read line by line with a bounded ``readline`` so that a 50 MB record costs one bounded
buffer and one ``Rejected`` (for that record only), and a truncated ``.gz`` yields the
lines read so far plus one ``Rejected`` saying where it broke. Origins are ``file:line``.
"""

from __future__ import annotations

import gzip
import html
import json
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from kroscek.data import RawArticle, Rejected
from kroscek.ingest.dates import parse_iso
from kroscek.ingest.files import InputRejected, check_file, too_large
from kroscek.settings import Settings

_CHUNK = 1024 * 1024
# CMS exports often put the body's HTML in "text": block tags become line breaks.
_HTML_HINT_RE = re.compile(r"</(?:p|div|h[1-6]|li|blockquote)>|<br\s*/?>", re.IGNORECASE)
_BLOCK_END_RE = re.compile(
    r"</(?:p|div|h[1-6]|li|blockquote|figure|figcaption|tr|ul|ol)>|<br\s*/?>", re.IGNORECASE
)
_DROP_RE = re.compile(
    r"<(script|style|noscript)\b[^<]{0,20000}(?:<(?!/\1>)[^<]{0,20000}){0,50}</\1>",
    re.IGNORECASE,
)
_TAG_RE = re.compile(r"<[^<>]{1,500}>")


def html_fragment_to_text(text: str) -> str:
    """Plain text of an HTML fragment: one line per block, tags dropped, entities decoded.

    A fragment is not a page, so trafilatura's page heuristics do not apply; keeping
    every block and letting the cleaning stage judge each line is the faithful choice.
    """
    if not _HTML_HINT_RE.search(text):
        return text
    text = _DROP_RE.sub(" ", text)
    text = _BLOCK_END_RE.sub("\n\n", text)
    text = _TAG_RE.sub("", text)
    return html.unescape(text)


def _open(path: Path) -> IO[bytes]:
    with path.open("rb") as probe:
        magic = probe.read(2)
    if magic == b"\x1f\x8b":
        return gzip.open(path, "rb")  # type: ignore[return-value]  # a GzipFile reads bytes
    return path.open("rb")


def _skip_rest_of_line(handle: IO[bytes]) -> int:
    """Consume the rest of an over-long line; return how many bytes it had."""
    skipped = 0
    while True:
        chunk = handle.readline(_CHUNK)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def _text_field(record: dict[str, Any], name: str) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputRejected(
            f"field {name!r} must be a string, not {type(value).__name__}", "malformed"
        )
    return value


# Fields other exporters use for the site's name (trafilatura's JSON writes the page's URL
# in "source" and the site's name in "source-hostname"; news APIs write "publisher").
_SITE_FIELDS = ("sitename", "site_name", "source-hostname", "publisher", "outlet")
_URL_RE = re.compile(r"^https?://\S+$", re.IGNORECASE)


def _site_name(record: dict[str, Any]) -> str | None:
    """The site's name a record gives besides ``source``: a string, or a ``{"name": ...}``
    object (schema.org's publisher); a URL there names no site."""
    for name in _SITE_FIELDS:
        value = record.get(name)
        if isinstance(value, dict):
            value = value.get("name")
        if isinstance(value, str) and value.strip() and not _URL_RE.match(value.strip()):
            return value.strip()
    return None


def parse_record(record: object, origin: str, source: str | None) -> RawArticle:
    """One decoded JSON value as an article; ``InputRejected`` says what is wrong with it."""
    if not isinstance(record, dict):
        raise InputRejected(
            f"JSON value is not an object with 'title' and 'text' ({type(record).__name__})",
            "malformed",
        )
    text = _text_field(record, "text")
    if text is None or not text.strip():
        raise InputRejected("record has no 'text'", "no_text")
    text = html_fragment_to_text(text)
    title = html.unescape(_TAG_RE.sub("", _text_field(record, "title") or "")).strip()
    url = _text_field(record, "url")
    given = source or _text_field(record, "source")
    if given and _URL_RE.match(given.strip()) and not source:
        # trafilatura's JSON: "source" is the page's address, not the outlet's name
        url = url or given.strip()
        given = None
    published = parse_iso(record.get("published"))
    if published is None and isinstance(record.get("date"), str):
        # trafilatura's JSON export dates the page in "date"; an unreadable one is no
        # reason to refuse a record that never claimed the "published" field
        try:
            published = parse_iso(record["date"], "date")
        except InputRejected:
            published = None
    meta: dict[str, Any] = {}
    lang = record.get("lang") or record.get("language")
    if isinstance(lang, str):
        meta["lang"] = lang
    if isinstance(record.get("id"), (str, int)):
        meta["record_id"] = record["id"]
    if (site := _site_name(record)) is not None:
        meta["sitename"] = site
    return RawArticle(
        origin=origin,
        title=title,
        text=text,
        source=given.strip() if given else None,
        url=url.strip() if url else None,
        published=published,
        fmt="jsonl",
        meta=meta,
    )


@dataclass(frozen=True, slots=True)
class RawLine:
    """A line of a ``.jsonl`` file, read but not decoded yet (``origin`` is ``file:line``).

    ``kroscek.ingest.read(..., undecoded_jsonl=True)`` yields these, and :func:`decode_line`
    turns each into what ``read`` would have yielded in its place: an ingest decodes them in
    its worker processes, so the serial process only splits lines.
    """

    origin: str
    line: bytes


def jsonl_lines(path: Path, origin: str, settings: Settings) -> Iterator[RawLine | Rejected]:
    """The non-blank lines of a ``.jsonl`` or ``.jsonl.gz`` file, undecoded, with the
    rejections of the file itself (over-long line, truncated or corrupt gzip, no lines)."""
    check_file(path)
    limit = settings.max_input_bytes
    line_no = 0
    seen_any = False
    try:
        handle = _open(path)
    except OSError as exc:
        raise InputRejected(f"cannot open ({exc.strerror or exc})", "io_error") from None
    with handle:
        while True:
            try:
                line = handle.readline(limit + 1)
                over = len(line) > limit and not line.endswith(b"\n")
                extra = _skip_rest_of_line(handle) if over else 0
            except EOFError:
                yield Rejected(
                    origin,
                    f"truncated gzip file: it ends inside line {line_no + 1}; "
                    f"{line_no} lines were read, the rest is lost",
                    "truncated",
                )
                return
            except (OSError, zlib.error) as exc:
                yield Rejected(
                    origin, f"corrupt compressed file after line {line_no} ({exc})", "corrupt"
                )
                return
            if not line:
                break
            line_no += 1
            where = f"{origin}:{line_no}"
            if over:
                yield too_large(len(line) + extra, limit, "record").rejected(where)
                continue
            if not line.strip():
                continue
            seen_any = True
            yield RawLine(where, line)
    if not seen_any:
        yield Rejected(origin, "empty file (no JSON lines)", "empty")


def decode_line(item: RawLine, source: str | None) -> RawArticle | Rejected:
    """One line as an article, or why it is not one (bad JSON, not UTF-8, a bad record)."""
    where = item.origin
    try:
        record = json.loads(item.line)
    except UnicodeDecodeError:
        return Rejected(where, "line is not UTF-8 text", "malformed")
    except json.JSONDecodeError as exc:
        return Rejected(where, f"not valid JSON ({exc.msg}, column {exc.colno})", "malformed")
    try:
        return parse_record(record, where, source)
    except InputRejected as exc:
        return exc.rejected(where)


def read_jsonl(
    path: Path, origin: str, settings: Settings, source: str | None
) -> Iterator[RawArticle | Rejected]:
    """Yield one item per non-blank line of a ``.jsonl`` or ``.jsonl.gz`` file."""
    for item in jsonl_lines(path, origin, settings):
        yield item if isinstance(item, Rejected) else decode_line(item, source)


def read_json(
    path: Path, origin: str, settings: Settings, source: str | None
) -> Iterator[RawArticle | Rejected]:
    """A ``.json`` file: one record, a list of records, or JSON lines under the wrong name.

    Exports from notebooks and CMS APIs are often one JSON array rather than JSON lines;
    reading it whole (within ``--max-bytes``) saves the user a conversion. A file that holds
    several JSON values one a line is read as JSON lines. A kroscek report (it has
    ``kroscek_version``) is refused: its quotes of every article would join the story.
    """
    from kroscek.ingest.files import decode, read_limited

    text = decode(read_limited(path, settings.max_input_bytes))
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":
            yield from read_jsonl(path, origin, settings, source)
            return
        raise InputRejected(
            f"not valid JSON ({exc.msg}, line {exc.lineno} column {exc.colno})", "malformed"
        ) from None
    if isinstance(value, dict) and "kroscek_version" in value:
        raise InputRejected(
            "a kroscek report, not an article; leave reports out of the inputs", "own_report"
        )
    records = value if isinstance(value, list) else [value]
    for number, record in enumerate(records, 1):
        where = f"{origin}[{number}]" if isinstance(value, list) else origin
        try:
            yield parse_record(record, where, source)
        except InputRejected as exc:
            yield exc.rejected(where)


__all__ = [
    "RawLine",
    "decode_line",
    "html_fragment_to_text",
    "jsonl_lines",
    "parse_record",
    "read_json",
    "read_jsonl",
]
