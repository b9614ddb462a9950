"""The per-article work of a corpus ingest as pure functions over batches.

``read_batches`` streams inputs in fixed-size batches; ``prepare_batch`` cleans them,
``sign_batch`` computes their clustering signatures and ``extract_batch`` their facts. None
of them touches the database or any global state, and each takes and returns plain lists,
so the Dask runner can map the very same functions over partitions and feed the results to
:class:`kroscek.store.writer.CorpusWriter`, which is the only stateful (sequential) step.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from kroscek.cluster.features import Signature
from kroscek.cluster.features import sign_batch as _sign_batch
from kroscek.data import Article, RawArticle, Rejected
from kroscek.errors import KroscekError
from kroscek.settings import DEFAULT, Settings

BATCH_SIZE = 500


@dataclass(frozen=True, slots=True)
class RawLine:
    """A line of a ``.jsonl`` file, read but not decoded yet (``origin`` is ``file:line``).

    ``read_batches(lazy=True)`` yields these for plain ``.jsonl`` files and
    :func:`prepare_batch` decodes them: in an ingest's worker processes, so the serial
    process only splits lines (decoding a record cost a tenth of its CPU).
    """

    origin: str
    line: bytes


def read_batches(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    source: str | None = None,
    settings: Settings = DEFAULT,
    size: int = BATCH_SIZE,
    lazy: bool = False,
) -> Iterator[list[RawArticle | Rejected | RawLine]]:
    """Every item of ``inputs`` (as :func:`kroscek.ingest.read` yields them), in batches.

    With ``lazy`` the lines of a ``.jsonl`` file come as :class:`RawLine` (one per item
    ``read`` would yield, in the same place): :func:`prepare_batch` decodes them.
    """
    from kroscek.ingest import read

    if lazy:
        items: Iterator[RawArticle | Rejected | RawLine] = _read_lazy(
            list(inputs), source, settings
        )
    else:
        items = read(list(inputs), source=source, settings=settings)
    while batch := list(islice(items, max(1, size))):
        yield batch


def _read_lazy(
    inputs: list[str | os.PathLike[str]], source: str | None, settings: Settings
) -> Iterator[RawArticle | Rejected | RawLine]:
    from kroscek.ingest import read
    from kroscek.ingest.dispatch import is_url

    for value in inputs:
        text = os.fspath(value)
        if not is_url(text) and text.lower().endswith(".jsonl") and os.path.isfile(text):
            yield from _jsonl_file(Path(text), settings)
        else:
            yield from read([value], source=source, settings=settings)


def _jsonl_file(path: Path, settings: Settings) -> Iterator[Rejected | RawLine]:
    """As ``kroscek.ingest.dispatch._read_file`` reads a ``.jsonl`` file, lines undecoded."""
    from kroscek.ingest.files import InputRejected, check_file, unexpected

    origin = str(path)
    try:
        check_file(path)
    except InputRejected as exc:
        yield exc.rejected(origin)
        return
    except OSError as exc:
        yield Rejected(origin, f"cannot read file ({exc.strerror or exc})", "io_error")
        return
    items = _jsonl_lines(path, origin, settings)
    while True:
        try:
            item = next(items)
        except StopIteration:
            return
        except InputRejected as exc:
            yield exc.rejected(origin)
            return
        except Exception as exc:  # isolate a reader failure to this file
            yield unexpected(exc, "file").rejected(origin)
            return
        yield item


def _jsonl_lines(path: Path, origin: str, settings: Settings) -> Iterator[Rejected | RawLine]:
    """``kroscek.ingest.jsonl.read_jsonl`` up to the decoding of each line (same items,
    same rejections, in the same places; :func:`parse_line` does the rest)."""
    import zlib

    from kroscek.ingest.files import InputRejected, check_file, too_large
    from kroscek.ingest.jsonl import _open, _skip_rest_of_line

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


def parse_line(item: RawLine, *, source: str | None = None) -> RawArticle | Rejected:
    """Decode a :class:`RawLine` as ``read`` would have (record checks and date included).

    One difference: an unexpected failure (not a JSON, UTF-8 or record error) costs this
    line only, where ``read`` would stop reading its file there.
    """
    from kroscek.ingest.dispatch import _dated
    from kroscek.ingest.files import InputRejected, unexpected
    from kroscek.ingest.jsonl import parse_record

    where = item.origin
    try:
        try:
            record = json.loads(item.line)
        except UnicodeDecodeError:
            return Rejected(where, "line is not UTF-8 text", "malformed")
        except json.JSONDecodeError as exc:
            return Rejected(where, f"not valid JSON ({exc.msg}, column {exc.colno})", "malformed")
        try:
            return _dated(parse_record(record, where, source))
        except InputRejected as exc:
            return exc.rejected(where)
    except Exception as exc:  # a bad line is counted and skipped, never the end of a batch
        return unexpected(exc, "file").rejected(where)


def prepare_one(raw: RawArticle, *, source: str | None = None) -> Article | Rejected:
    """Clean one raw article; any failure becomes a ``Rejected`` that says why."""
    from kroscek.clean import clean

    try:
        # the boilerplate list is for reports of one compare, not stored
        art = clean(raw, source=source, removed_list=False)
    except KroscekError as exc:
        return Rejected(raw.origin, str(exc), exc.code)
    except Exception as exc:  # a bad article is counted and skipped, never the end of a batch
        return Rejected(
            raw.origin, f"cannot clean article ({type(exc).__name__}: {exc})", "clean_failed"
        )
    if not art.text.strip():
        return Rejected(raw.origin, "no article text left after cleaning", "empty")
    return art


def prepare_batch(
    raws: Sequence[RawArticle | Rejected | RawLine], *, source: str | None = None
) -> list[Article | Rejected]:
    """Clean a batch (decoding its :class:`RawLine` items); rejected inputs pass through,
    in order."""
    out: list[Article | Rejected] = []
    for r in raws:
        if isinstance(r, RawLine):
            r = parse_line(r, source=source)
        out.append(r if isinstance(r, Rejected) else prepare_one(r, source=source))
    return out


def sign_batch(articles: Sequence[Article], settings: Settings = DEFAULT) -> list[Signature]:
    """Clustering signatures of a batch of cleaned articles (numpy-batched MinHash)."""
    return _sign_batch(articles, settings)


def extract_batch(articles: Sequence[Article]) -> list[Article | Rejected]:
    """Facts of each article; an article whose extraction fails comes back as ``Rejected``."""
    from kroscek.extract import extract_facts

    out: list[Article | Rejected] = []
    for art in articles:
        try:
            out.append(extract_facts(art))
        except Exception as exc:  # counted and skipped, never the end of a batch
            origin = str(art.meta.get("origin") or art.id)
            out.append(
                Rejected(
                    origin, f"cannot extract facts ({type(exc).__name__}: {exc})", "extract_failed"
                )
            )
    return out


def split(items: Iterable[Article | Rejected]) -> tuple[list[Article], list[Rejected]]:
    """Separate cleaned articles from rejected items, keeping each list's order."""
    arts: list[Article] = []
    bad: list[Rejected] = []
    for item in items:
        (bad if isinstance(item, Rejected) else arts).append(item)  # type: ignore[arg-type]
    return arts, bad
