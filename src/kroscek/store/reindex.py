"""``reindex``: find a corpus's stories again with this kroscek's clustering.

A corpus records which version of the clustering signatures its articles carry
(``kroscek.cluster.features.SIGNATURE_VERSION``); a kroscek that signs articles another way
refuses to add to it, since new articles would be compared with incomparable signatures.
Re-reading every input is what an archive's owner can least afford, and it is not needed:
the database already holds each article as it was cleaned. ``reindex`` feeds those stored
articles, in the order they arrived, to a fresh :class:`CorpusWriter`, so the new database
is what a fresh ingest of the same inputs would have built today (same article ids, same
stories whenever the same article founds one), with the rejected inputs carried over.

The new database is built beside the old one and put in its place only when complete;
the old file is kept as a backup unless asked otherwise. Nothing is read twice from the
inputs and nothing is cleaned again: cleaning is fixed once (every stored offset points into
the cleaned text).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kroscek import pipeline
from kroscek.cluster.features import SIGNATURE_VERSION, Signature
from kroscek.data import Article
from kroscek.errors import StoreError
from kroscek.settings import DEFAULT, Settings
from kroscek.store.corpus import Corpus, article_from_row
from kroscek.store.ledger import copy_files
from kroscek.store.loader import (
    BatchError,
    BatchMap,
    LocalExecutor,
    Progress,
    only_writer,
    store_batches,
)
from kroscek.store.writer import CorpusWriter, IngestCounts, stored_signature_version

_ARTICLE_COLUMNS = "rowid, id, source, title, text, url, published, lang, meta"


@dataclass(slots=True)
class ReindexResult:
    """What a reindex did: the counts of the rebuild and where each file ended up."""

    counts: IngestCounts
    articles_before: int
    stories_before: int
    stories_after: int
    version_before: int
    version_after: int
    database: str
    backup: str | None = None
    rejected_kept: int = 0

    def to_dict(self) -> dict[str, object]:
        return {
            "database": self.database,
            "backup": self.backup,
            "articles": self.articles_before,
            "stories_before": self.stories_before,
            "stories_after": self.stories_after,
            "signature_version_before": self.version_before,
            "signature_version_after": self.version_after,
            "rejected_kept": self.rejected_kept,
            **self.counts.to_dict(),
        }


def _stored_articles(conn: sqlite3.Connection, batch: int) -> Iterator[list[Article]]:
    """The stored articles as they were cleaned, in arrival order, ``batch`` at a time."""
    last = 0
    while True:
        rows = conn.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?",
            (last, batch),
        ).fetchall()
        if not rows:
            return
        yield [article_from_row(row[1:]) for row in rows]
        last = rows[-1][0]


def sign_stored(
    articles: list[Article], settings: Settings
) -> tuple[list[Article], list[Signature]]:
    """Sign one batch of stored articles (pure: runs in a worker process as well)."""
    return articles, pipeline.sign_batch(articles, settings)


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(f"{path}{suffix}")


def _copy_rejected(old: sqlite3.Connection, new: sqlite3.Connection) -> int:
    rows = old.execute("SELECT origin, code, reason, seen FROM rejected ORDER BY rowid").fetchall()
    new.execute("BEGIN IMMEDIATE")
    new.executemany(
        "INSERT OR IGNORE INTO rejected(origin, code, reason, seen) VALUES (?, ?, ?, ?)", rows
    )
    new.execute("COMMIT")
    return len(rows)


def _free_backup_path(db: Path, version: int) -> Path:
    base = Path(f"{db}.signatures-v{version}.bak")
    candidate, n = base, 1
    while candidate.exists():
        n += 1
        candidate = Path(f"{base}.{n}")
    return candidate


def reindex(
    db: str | os.PathLike[str],
    output: str | os.PathLike[str] | None = None,
    *,
    settings: Settings = DEFAULT,
    batch_size: int = pipeline.BATCH_SIZE,
    workers: int = 1,
    keep_backup: bool = True,
    on_batch: Callable[[Progress], None] | None = None,
    executor: BatchMap | None = None,
) -> ReindexResult:
    """Rebuild the clustering of the corpus at ``db`` with this kroscek's signatures.

    With ``output``, the rebuilt corpus is written there (a path that must not exist yet)
    and ``db`` is left as it was. Without it, the rebuilt corpus replaces ``db`` when it is
    complete, and the old file is kept as ``DB.signatures-vN.bak`` unless ``keep_backup``
    is false. An interrupted reindex leaves ``db`` untouched. Like an ingest, it holds the
    database's writer lock: it cannot run beside an ingest of the same file. ``executor``
    signs the batches elsewhere than in ``workers`` local processes (a Dask cluster's:
    :func:`kroscek.scale.reindex`).
    """
    source_path = Path(db)
    if not source_path.exists():
        raise StoreError(
            "no corpus database here",
            where=str(source_path),
            hint="point --db at an existing corpus file",
        )
    target = Path(output) if output is not None else source_path
    if output is not None and target.exists():
        raise StoreError(
            "the output file already exists",
            where=str(target),
            hint="choose a new path for -o, or remove the file first",
        )
    building = target if output is not None else Path(f"{source_path}.reindex-tmp")
    run = executor if executor is not None else LocalExecutor(max(1, workers))
    with only_writer(source_path), contextlib.ExitStack() as stack:
        if output is not None:
            stack.enter_context(only_writer(target))
        # writable: migrates an old schema, and folds the WAL into the file it copies
        old = stack.enter_context(Corpus(source_path, create=False, settings=settings))
        old_conn = old.connection
        old_conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        stored = stored_signature_version(old_conn)
        version_before = SIGNATURE_VERSION if stored is None else stored
        before = old.stats()
        _remove_database(building)  # what an interrupted reindex left
        try:
            counts, stories_after, rejected_kept = _rebuild(
                old_conn, building, settings, batch_size, run, on_batch
            )
        except BatchError as exc:
            _remove_database(building)
            hint = f"{source_path} is unchanged: run the same reindex again"
            raise exc.with_hint(hint) from exc.__cause__
        except BaseException:
            _remove_database(building)
            raise
    backup: Path | None = None
    if output is None:
        if keep_backup:
            backup = _free_backup_path(source_path, version_before)
            os.replace(source_path, backup)
        _remove_database(source_path)  # the file, or what is left beside it (-wal, -shm)
        os.replace(building, source_path)
    return ReindexResult(
        counts=counts,
        articles_before=before["articles"],
        stories_before=before["stories"],
        stories_after=stories_after,
        version_before=version_before,
        version_after=SIGNATURE_VERSION,
        database=str(target),
        backup=str(backup) if backup else None,
        rejected_kept=rejected_kept,
    )


def _rebuild(
    old_conn: sqlite3.Connection,
    path: Path,
    settings: Settings,
    batch_size: int,
    executor: BatchMap,
    on_batch: Callable[[Progress], None] | None,
) -> tuple[IngestCounts, int, int]:
    """Write the stored articles of ``old_conn`` into a new corpus at ``path``."""
    batches = _stored_articles(old_conn, max(1, batch_size))
    signed = executor(sign_stored, batches, settings)
    with Corpus(path, create=True, settings=settings) as new:
        rejected_kept = _copy_rejected(old_conn, new.connection)
        copy_files(old_conn, new.connection)
        writer = CorpusWriter(
            new,
            settings,
            commit_articles=settings.ingest_commit_articles,
            commit_seconds=settings.ingest_commit_seconds,
        )
        total = store_batches(writer, ((arts, [], sigs) for arts, sigs in signed), on_batch)
        stories_after = new.stats()["stories"]
        new.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return total, stories_after, rejected_kept
