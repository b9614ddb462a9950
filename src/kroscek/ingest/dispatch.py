"""Routing each input to its reader, by URL scheme, extension or content sniffing."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Literal, Protocol, overload

from kroscek.data import RawArticle, Rejected
from kroscek.ingest.dates import check_plausible
from kroscek.ingest.files import (
    InputRejected,
    check_file,
    document_kind,
    not_an_article,
    unexpected,
)
from kroscek.ingest.jsonl import RawLine
from kroscek.ingest.urllist import listed_urls
from kroscek.settings import DEFAULT, Settings

Reader = Callable[[Path, str, Settings, "str | None"], Iterator["RawArticle | Rejected"]]

# Longest suffix first, so ".jsonl.gz" wins over ".gz".
SUFFIXES: tuple[tuple[str, str], ...] = (
    (".jsonl.gz", "jsonl"),
    (".warc.gz", "warc"),
    (".jsonl", "jsonl"),
    (".warc", "warc"),
    (".html", "html"),
    (".htm", "html"),
    (".txt", "txt"),
    (".json", "json"),
)

# Documents people save articles as, which no reader takes: a directory walk lists each
# as rejected (counted, with what to do) instead of passing over it without a word.
# Images, databases and the like are not articles and are passed over.
UNREAD_DOCUMENTS: tuple[str, ...] = (".pdf", ".doc", ".docx", ".odt", ".rtf", ".epub", ".csv")


class FileHook(Protocol):
    """Told about each input file as it is read (an ingest's ledger of files already stored,
    :class:`kroscek.store.ledger.Ledger`): it may skip a file before it is opened, and hears
    when a file was read to its end."""

    def skip(self, path: Path) -> bool:
        """Whether to pass over ``path`` without opening it."""
        ...

    def done(self, path: Path, whole: bool) -> None:
        """``path`` was read to its end; ``whole``: no rejection of the file itself (cannot
        be read, truncated, too large), only of some of its records, if any."""
        ...


def format_of(path: Path) -> str | None:
    """The reader for ``path`` by its name, or ``None`` when the name does not say."""
    name = path.name.lower()
    for suffix, fmt in SUFFIXES:
        if name.endswith(suffix):
            return fmt
    return None


def sniff(path: Path) -> str:
    """Guess the format of a file whose name does not say, from its first bytes."""
    with path.open("rb") as handle:
        head = handle.read(2048)
    if head.startswith(b"\x1f\x8b"):
        import gzip

        try:
            with gzip.open(path, "rb") as handle:
                head = handle.read(2048)
        except (OSError, EOFError):
            return "txt"
        return "warc" if head.startswith(b"WARC/") else "jsonl"
    stripped = head.lstrip().lower()
    if stripped.startswith(b"warc/"):
        return "warc"
    if stripped.startswith(b"{"):
        return "jsonl"
    if stripped.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in stripped:
        return "html"
    return "txt"


def _reader(fmt: str) -> Reader:
    if fmt == "txt":
        from kroscek.ingest.txt import read_txt

        return read_txt
    if fmt == "html":
        from kroscek.ingest.html import read_html

        return read_html
    if fmt == "jsonl":
        from kroscek.ingest.jsonl import read_jsonl

        return read_jsonl
    if fmt == "json":
        from kroscek.ingest.jsonl import read_json

        return read_json
    from kroscek.ingest.warc import read_warc

    return read_warc


def is_url(value: str) -> bool:
    """True for an http(s) URL (fetched), false for a path (read from disk)."""
    return value.lower().startswith(("http://", "https://"))


def _walk(directory: Path) -> Iterator[Path]:
    """Files under ``directory`` that a reader accepts or that are unread documents (PDF,
    Word: rejected with a reason by ``_read_file``), in a stable (sorted) order."""
    for root, dirs, files in os.walk(directory, onerror=None):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root) / name
            if name.startswith("."):
                continue
            if format_of(path) is not None or name.lower().endswith(UNREAD_DOCUMENTS):
                yield path


def _refuse_documents(path: Path) -> None:
    """Raise for a PDF, Word file or image, whatever its name: a PDF saved as ``.jsonl`` or an
    RTF file (which opens with ``{``) must not reach a reader that would misread it."""
    with path.open("rb") as handle:
        kind = document_kind(handle.read(64))
    if kind is not None:
        raise not_an_article(kind)


def _read_file(
    path: Path,
    settings: Settings,
    source: str | None,
    undecoded_jsonl: bool = False,
    files: FileHook | None = None,
) -> Iterator[RawArticle | Rejected | RawLine]:
    origin = str(path)
    if files is not None and files.skip(path):
        return
    whole = True
    for item in _read_items(path, origin, settings, source, undecoded_jsonl):
        if isinstance(item, Rejected) and item.origin == origin:
            whole = False  # the file itself, not one of its records: read it again next time
        yield item
    if files is not None:
        files.done(path, whole)


def _read_items(
    path: Path, origin: str, settings: Settings, source: str | None, undecoded_jsonl: bool
) -> Iterator[RawArticle | Rejected | RawLine]:
    try:
        check_file(path)
        _refuse_documents(path)
        if path.name.lower().endswith(".csv"):
            raise InputRejected(
                "a CSV file; kroscek reads JSON lines: write each row as "
                '{"title", "text", "source", "published"} in a .jsonl file',
                "unsupported_format",
            )
        if path.name.lower().endswith(UNREAD_DOCUMENTS):
            raise not_an_article(f"a {path.suffix.lower()} file")
        fmt = format_of(path) or sniff(path)
    except InputRejected as exc:
        yield exc.rejected(origin)
        return
    except OSError as exc:
        yield Rejected(origin, f"cannot read file ({exc.strerror or exc})", "io_error")
        return
    items: Iterator[RawArticle | Rejected | RawLine]
    urls = listed_urls(path) if fmt == "txt" else None
    if urls is not None:  # the CLI fetches the URLs of a list it is given by name
        yield Rejected(
            origin,
            f"a list of {len(urls)} URL(s), not an article; "
            "name the file on the kroscek command line, or pass the URLs themselves",
            "url_list",
        )
        return
    if fmt == "jsonl" and undecoded_jsonl:
        from kroscek.ingest.jsonl import jsonl_lines

        items = jsonl_lines(path, origin, settings)
    else:
        items = _reader(fmt)(path, origin, settings, source)
    while True:
        try:
            item = next(items)
        except StopIteration:
            return
        except InputRejected as exc:
            yield exc.rejected(origin)
            return
        except Exception as exc:  # isolate a parser failure to this file
            yield unexpected(exc, "file").rejected(origin)
            return
        yield item


def _read_one(
    value: str | os.PathLike[str],
    settings: Settings,
    source: str | None,
    undecoded_jsonl: bool,
    files: FileHook | None = None,
) -> Iterator[RawArticle | Rejected | RawLine]:
    text = os.fspath(value)
    if is_url(text):
        from kroscek.ingest.url import read_url

        yield from read_url(text, settings, source)
        return
    path = Path(text)
    if path.is_dir():
        found = False
        for child in _walk(path):
            found = True
            yield from _read_file(child, settings, source, undecoded_jsonl, files)
        if not found:
            yield Rejected(
                text, "directory has no .txt, .html, .json, .jsonl or .warc files", "empty"
            )
        return
    yield from _read_file(path, settings, source, undecoded_jsonl, files)


def dated(item: RawArticle | Rejected | RawLine) -> RawArticle | Rejected | RawLine:
    """The item, or why its publication date is implausible (1970, 2090)."""
    if isinstance(item, RawArticle):
        try:
            check_plausible(item.published)
        except InputRejected as exc:
            return exc.rejected(item.origin)
    return item


def as_inputs(inputs: object) -> list[str | os.PathLike[str]]:
    """The inputs of a read or an ingest as a list, checked before anything is read.

    One path or URL given as a string (or ``Path``) is one input: iterating it would read
    each of its characters as an input, and ``"/"`` is the root folder, so a researcher's
    ``ingest("archive.jsonl.gz", db)`` would walk the whole disk. Anything that is not a path
    or URL fails here with a ``TypeError`` naming it, before a database or cluster is touched.
    """
    if isinstance(inputs, (str, os.PathLike)):
        return [inputs]
    if isinstance(inputs, (bytes, bytearray)) or not isinstance(inputs, Iterable):
        raise TypeError(
            f"inputs must be a path or URL (str or os.PathLike) or a list of them, not "
            f"{type(inputs).__name__} — e.g. ['export.jsonl.gz', 'pages/']"
        )
    items = list(inputs)
    for n, value in enumerate(items, 1):
        if not isinstance(value, (str, os.PathLike)):
            raise TypeError(
                f"input {n} of {len(items)} is {type(value).__name__} {value!r:.60}, not a "
                "path or URL (str or os.PathLike) — e.g. ['export.jsonl.gz', 'pages/']"
            )
    return items


@overload
def read(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    source: str | None = None,
    settings: Settings = DEFAULT,
    undecoded_jsonl: Literal[False] = False,
    files: FileHook | None = None,
) -> Iterator[RawArticle | Rejected]: ...


@overload
def read(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    source: str | None = None,
    settings: Settings = DEFAULT,
    undecoded_jsonl: Literal[True],
    files: FileHook | None = None,
) -> Iterator[RawArticle | Rejected | RawLine]: ...


def read(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    source: str | None = None,
    settings: Settings = DEFAULT,
    undecoded_jsonl: bool = False,
    files: FileHook | None = None,
) -> Iterator[RawArticle | Rejected | RawLine]:
    """Yield every article found in ``inputs`` (files, directories, http(s) URLs).

    ``source`` names the outlet of every article read (it overrides what the input says).
    Nothing raises for a bad item: it comes out as a ``Rejected`` saying what and where.
    ``undecoded_jsonl`` yields each line of a JSONL file as a :class:`RawLine` in the place
    of its article (``kroscek.pipeline.parse_line`` decodes it; an ingest does so in its
    worker processes). ``files`` is told of each file read, and may skip one unopened.
    """
    for value in as_inputs(inputs):
        try:
            for item in _read_one(value, settings, source, undecoded_jsonl, files):
                yield dated(item)
        except InputRejected as exc:
            yield exc.rejected(os.fspath(value))
        except OSError as exc:
            yield Rejected(os.fspath(value), f"cannot read ({exc.strerror or exc})", "io_error")
        except Exception as exc:  # one input's failure never ends the stream
            yield unexpected(exc).rejected(os.fspath(value))
