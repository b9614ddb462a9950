"""The ingest ledger: which input files a corpus holds whole, so a rerun does not read them.

A media-monitoring analyst runs the same nightly ingest over a folder that grows every day.
Without a ledger every article of every file is decoded, cleaned and signed again only to
learn that its content id is stored (29 s for 40,000 articles on a 2-core machine). The
``files`` table (schema 6) keeps, per file read to its end, its real path, size,
modification time and a digest of its first and last blocks, with the options that shape
what it yields. A file whose row still matches is passed over before it is opened.

A file is recorded in the transaction that stores the last batch holding its items, never
before: a row always stands for a file whose articles are all committed, whatever crashes.
A file that grew (JSONL appended to), changed, or was rejected as a whole (unreadable,
truncated, over ``--max-bytes``) is read again; its articles already stored dedupe by content
id as without the ledger. ``reread`` (``kroscek ingest --reread``) reads every file.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kroscek.settings import Settings

# Bytes read at each end of a file for its digest: cheap on a 100 MB archive, and a change
# that keeps size and modification time both (a rewrite within the same second) is caught
# where files are written, at the end, or rewritten, at the start.
_EDGE = 65_536


@dataclass(frozen=True, slots=True)
class FileState:
    """What a file was when an ingest started reading it, and the options it was read with
    (:func:`read_options`)."""

    path: str  # the real path (symlinks resolved): one row per file however it is named
    size: int
    mtime_ns: int
    digest: str
    options: str = ""

    def key(self) -> tuple[int, int, str, str]:
        """What must be equal for a stored file to be passed over."""
        return (self.size, self.mtime_ns, self.digest, self.options)


def file_state(path: str | os.PathLike[str], options: str = "") -> FileState | None:
    """The state of ``path`` now, or ``None`` when it cannot be read (its reader says why)."""
    real = os.path.realpath(path)
    try:
        with open(real, "rb") as handle:
            st = os.fstat(handle.fileno())
            digest = hashlib.blake2b(str(st.st_size).encode(), digest_size=16)
            digest.update(handle.read(_EDGE))
            if st.st_size > _EDGE:
                handle.seek(max(_EDGE, st.st_size - _EDGE))
                digest.update(handle.read(_EDGE))
    except OSError:
        return None
    return FileState(real, st.st_size, st.st_mtime_ns, digest.hexdigest(), options)


def read_options(source: str | None, settings: Settings) -> str:
    """The options under which a file yields the same articles: the outlet forced on them
    (part of each article's id) and the size limit (which records are rejected)."""
    return json.dumps({"source": source, "max_bytes": settings.max_input_bytes}, sort_keys=True)


class Ledger:
    """The ``files`` rows of one corpus, as a :class:`kroscek.ingest.dispatch.FileHook`.

    Loaded once when the ingest starts (the ingest lock keeps other writers out). ``skip``
    passes over a file recorded with the same state and options; every other file's state
    is taken *before* it is read, so bytes appended while it is read make it differ next
    time. :meth:`finished` hands the files read to their end to the writer, which records
    them with the batch that holds their last items.
    """

    def __init__(self, conn: sqlite3.Connection, options: str, *, reread: bool = False) -> None:
        self.options = options
        self.reread = reread
        self.skipped = 0
        self._known: dict[str, tuple[int, int, str, str]] = {
            path: (size, mtime_ns, digest, opts)
            for path, size, mtime_ns, digest, opts in conn.execute(
                "SELECT path, size, mtime_ns, digest, options FROM files"
            )
        }
        self._reading: dict[Path, FileState] = {}
        self._finished: list[FileState] = []

    def skip(self, path: Path) -> bool:
        state = file_state(path, self.options)
        if state is None:
            return False  # its reader says why it cannot be read
        if not self.reread and self._known.get(state.path) == state.key():
            self.skipped += 1
            return True
        self._reading[path] = state
        return False

    def done(self, path: Path, whole: bool) -> None:
        state = self._reading.pop(path, None)
        if state is not None and whole:
            self._finished.append(state)

    def holds_all(
        self, inputs: Sequence[str | os.PathLike[str]], source: str | None, settings: Settings
    ) -> bool:
        """Whether an ingest of ``inputs`` would read nothing: each of their files is held
        whole and unchanged (never with ``reread``, never for a URL). Stops at the first
        item read: a run that would start a Dask cluster for nothing asks this first."""
        from kroscek.ingest.dispatch import is_url, read

        if self.reread or any(is_url(os.fspath(value)) for value in inputs):
            return False
        items = read(inputs, source=source, settings=settings, undecoded_jsonl=True, files=self)
        return next(items, None) is None

    def finished(self) -> list[FileState]:
        """The files read to their end since the last call."""
        out, self._finished = self._finished, []
        return out


def record_files(conn: sqlite3.Connection, files: Sequence[FileState]) -> None:
    """Write the ledger rows of ``files`` (inside the caller's transaction)."""
    if not files:
        return
    now = datetime.now(UTC).isoformat(timespec="seconds")
    conn.executemany(
        "INSERT INTO files(path, size, mtime_ns, digest, options, ingested) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(path) DO UPDATE SET size = excluded.size, "
        "mtime_ns = excluded.mtime_ns, digest = excluded.digest, "
        "options = excluded.options, ingested = excluded.ingested",
        [(f.path, f.size, f.mtime_ns, f.digest, f.options, now) for f in files],
    )


def copy_files(old: sqlite3.Connection, new: sqlite3.Connection) -> int:
    """Carry the ledger over to a rebuilt corpus (``kroscek reindex``): it holds the same
    articles, so the same files need no reading. A corpus older than the ledger has none."""
    try:
        rows: Iterable[tuple[object, ...]] = old.execute(
            "SELECT path, size, mtime_ns, digest, options, ingested FROM files"
        ).fetchall()
    except sqlite3.OperationalError:  # no such table: a corpus from before schema 6
        return 0
    rows = list(rows)
    new.execute("BEGIN IMMEDIATE")
    new.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?)", rows)
    new.execute("COMMIT")
    return len(rows)
