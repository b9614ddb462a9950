"""WARC archives (``.warc``, ``.warc.gz``, e.g. Common Crawl's CC-NEWS): HTML responses.

fastwarc streams records at C speed; warcio is the fallback when fastwarc is not
installed. Only HTTP ``response`` records with status 200 and an HTML content type are
articles; other records (requests, metadata, images, redirects) are passed over without
a word. A record whose HTTP header cannot be parsed, or that the file cuts short, is
rejected on its own (origin ``file@offset``) and the next record is read.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from kroscek.data import RawArticle, Rejected
from kroscek.ingest.files import InputRejected, check_file, decode, too_large, unexpected
from kroscek.ingest.html import extract_html
from kroscek.settings import Settings

_CHUNK = 1024 * 1024
_BROKEN_HEADER = "WARC record has a broken HTTP header; record skipped"
_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xhtml")


def _is_html(content_type: str | None) -> bool:
    return content_type is not None and content_type.split(";")[0].strip().lower() in _HTML_TYPES


def _article(
    body: bytes, charset: str | None, where: str, url: str | None, source: str | None
) -> RawArticle | Rejected:
    try:
        return extract_html(decode(body, charset), where, url=url, source=source, fmt="warc")
    except InputRejected as exc:
        return exc.rejected(where)
    except Exception as exc:  # a parser failure costs this record only
        return unexpected(exc, "WARC record").rejected(where)


def _read_fastwarc(
    handle: IO[bytes], origin: str, settings: Settings, source: str | None
) -> Iterator[RawArticle | Rejected]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    limit = settings.max_input_bytes
    last_start = 0
    for record in ArchiveIterator(handle, parse_http=True):
        last_start = record.stream_pos
        if record.record_type != WarcRecordType.response:
            continue
        where = f"{origin}@{record.stream_pos}"
        url = record.headers.get("WARC-Target-URI")
        status = record.http_headers.status_code if record.http_headers is not None else None
        if status is None:
            yield Rejected(where, _BROKEN_HEADER, "bad_record")
            continue
        if status != 200 or not _is_html(record.http_content_type):
            continue
        if record.content_length > limit:
            yield too_large(record.content_length, limit, "WARC record").rejected(where)
            continue
        body = record.reader.read()
        if len(body) < record.content_length:
            yield Rejected(
                where,
                f"WARC record cut short ({len(body)} of {record.content_length} bytes); "
                "the file is truncated",
                "truncated",
            )
            continue
        yield _article(body, record.http_charset, where, url, source)
    if _gzip_tail_truncated(handle, last_start):
        yield Rejected(
            f"{origin}@{last_start}",
            "truncated WARC file: it ends inside a compressed record after this offset; "
            "the rest is lost",
            "truncated",
        )


def _gzip_tail_truncated(handle: IO[bytes], start: int) -> bool:
    """True when the gzip members from ``start`` to the end of the file do not all end.

    fastwarc stops quietly at a cut ``.warc.gz``; decompressing the tail once more (from
    the last record it saw) tells a complete file from a truncated one.
    """
    handle.seek(0)
    if handle.read(2) != b"\x1f\x8b":
        return False
    handle.seek(start)
    decompressor = zlib.decompressobj(wbits=31)
    fed = False
    while chunk := handle.read(_CHUNK):
        data = chunk
        while data:
            try:
                decompressor.decompress(data, _CHUNK)
                data = decompressor.unconsumed_tail
            except zlib.error:
                return True
            fed = True
            if decompressor.eof:
                data = decompressor.unused_data + data
                decompressor = zlib.decompressobj(wbits=31)
                fed = False
    return fed and not decompressor.eof


def _read_warcio(
    handle: IO[bytes], origin: str, settings: Settings, source: str | None
) -> Iterator[RawArticle | Rejected]:
    from warcio.archiveiterator import ArchiveIterator

    limit = settings.max_input_bytes
    archive: Any = ArchiveIterator(handle)
    records = iter(archive)
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        except Exception as exc:  # warcio raises assorted parser errors and cannot resume
            yield Rejected(origin, f"WARC file unreadable from here on ({exc})", "bad_record")
            return
        if record.rec_type != "response":
            continue
        headers = record.http_headers
        status = headers.get_statuscode() if headers is not None else None
        content_type = (headers.get_header("Content-Type") if headers is not None else None) or ""
        wanted = status == "200" and _is_html(content_type)
        # Read the body before asking for the offset: warcio's get_record_offset()
        # consumes the rest of the record.
        body = record.content_stream().read(limit + 1) if wanted else b""
        where = f"{origin}@{archive.get_record_offset()}"
        if headers is None:
            yield Rejected(where, _BROKEN_HEADER, "bad_record")
            continue
        if not wanted:
            continue
        if len(body) > limit:
            yield too_large(len(body), limit, "WARC record").rejected(where)
            continue
        charset = None
        if "charset=" in content_type:
            charset = content_type.split("charset=")[-1].split(";")[0].strip() or None
        url = record.rec_headers.get_header("WARC-Target-URI")
        yield _article(body, charset, where, url, source)


def read_warc(
    path: Path, origin: str, settings: Settings, source: str | None
) -> Iterator[RawArticle | Rejected]:
    """Yield one item per HTML response record of a WARC file."""
    check_file(path)
    try:
        import fastwarc  # noqa: F401

        reader = _read_fastwarc
    except ImportError:
        reader = _read_warcio
    with path.open("rb") as handle:
        try:
            yield from reader(handle, origin, settings, source)
        except (OSError, EOFError) as exc:
            yield Rejected(origin, f"WARC file is corrupt or truncated ({exc})", "truncated")
