"""``ingest``: stream inputs into a corpus database, batch by batch.

Each batch is read, cleaned and signed by the pure functions of :mod:`kroscek.pipeline`
and then stored by :class:`CorpusWriter` in one transaction. Cleaning and signing, the
costly per-article work, can run in worker processes (``workers``); batches are written in
input order whatever the number of workers, so the stories found do not depend on it.
Memory is bounded by the batch size times the batches in flight, whatever the input size.
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import os
import sqlite3
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import TypeVar

from kroscek import pipeline
from kroscek.cluster.features import Signature
from kroscek.data import Article, RawArticle, Rejected
from kroscek.errors import StoreError
from kroscek.settings import DEFAULT, Settings
from kroscek.store.corpus import Corpus
from kroscek.store.writer import CorpusWriter, IngestCounts

Prepared = tuple[list[Article], list[Rejected], list[Signature]]
T = TypeVar("T")
B = TypeVar("B")


@dataclass(frozen=True, slots=True)
class Progress:
    """Running totals after a batch, for progress displays."""

    counts: IngestCounts
    batch: int


def prepare_and_sign(
    raws: list[RawArticle | Rejected | pipeline.RawLine], source: str | None, settings: Settings
) -> Prepared:
    """Clean and sign one batch (pure: runs in a worker process as well as in-process)."""
    arts, bad = pipeline.split(pipeline.prepare_batch(raws, source=source))
    return arts, bad, pipeline.sign_batch(arts, settings)


def default_workers() -> int:
    """Worker processes for cleaning and signing: the CPUs available, at most four."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    return max(1, min(4, cpus))


def _worker_init() -> None:
    """Make a worker process die with the ingest that started it, and leave Ctrl-C to it.

    A worker blocked on its task queue does not notice that its parent was killed; without
    this, ``kill -9`` (or SIGTERM) of an ingest would leave its workers running (Linux:
    ``PR_SET_PDEATHSIG``). Ctrl-C reaches the whole process group: the ingest stops and
    rolls back its batch, so the workers ignore it instead of printing tracebacks.
    """
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent died before prctl took effect
        os._exit(1)


def in_workers(
    work: Callable[..., T],
    batches: Iterator[B],
    workers: int,
    *args: object,
) -> Iterator[T]:
    """``work(batch, *args)`` for each batch, in input order, in ``workers`` processes.

    At most ``workers`` + 1 batches are in flight, so memory stays bounded whatever the
    input size. One worker, or a single batch in all, runs in-process (starting processes
    is not worth it).
    """
    first = next(batches, None)
    if first is None:
        return
    second = next(batches, None)
    if workers <= 1 or second is None:
        yield work(first, *args)
        if second is not None:
            yield work(second, *args)
            for batch in batches:
                yield work(batch, *args)
        return
    batches = itertools.chain([first, second], batches)
    method = "fork" if sys.platform.startswith("linux") else "spawn"
    ctx = multiprocessing.get_context(method)
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_worker_init) as pool:
        inflight: deque[Future[T]] = deque()
        for batch in batches:
            inflight.append(pool.submit(work, batch, *args))
            if len(inflight) > workers:
                yield inflight.popleft().result()
        while inflight:
            yield inflight.popleft().result()


@contextlib.contextmanager
def only_writer(db: str | os.PathLike[str]) -> Iterator[None]:
    """Hold an exclusive lock on ``DB.ingest-lock`` for the whole ingest (POSIX).

    The clusterer keeps copies of rows (document frequencies, signatures) in memory; a
    second ingest writing the same database at the same time would make them stale, so it
    is refused with one line instead.
    """
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock
        yield
        return
    lock_path = f"{os.fspath(db)}.ingest-lock"
    try:
        handle = open(lock_path, "a+b")  # noqa: SIM115 (held open for the whole ingest)
    except OSError:
        yield  # a folder we cannot write to: opening the database will say so
        return
    try:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise StoreError(
                "another `kroscek ingest` or `reindex` is writing to this database",
                where=os.fspath(db),
                hint="wait for it to finish, or ingest into another --db",
            ) from None
        yield
    finally:
        handle.close()


def ingest(
    inputs: Iterable[str | os.PathLike[str]],
    db: str | os.PathLike[str],
    *,
    source: str | None = None,
    settings: Settings = DEFAULT,
    batch_size: int = pipeline.BATCH_SIZE,
    workers: int = 1,
    on_batch: Callable[[Progress], None] | None = None,
) -> IngestCounts:
    """Add every readable article of ``inputs`` to the corpus at ``db``; returns the counts.

    Idempotent (articles already stored are counted as ``already`` and not written again)
    and crash-safe (batches are committed whole, a few thousand articles or a few seconds
    at a time: ``Settings.ingest_commit_articles`` / ``ingest_commit_seconds``).
    ``workers`` > 1 cleans and signs in that many processes (0: :func:`default_workers`).
    """
    workers = default_workers() if workers <= 0 else workers
    total = IngestCounts()
    # lazy: the lines of .jsonl inputs are decoded with the rest of their batch's work
    batches = pipeline.read_batches(
        inputs, source=source, settings=settings, size=batch_size, lazy=True
    )
    prepared = in_workers(prepare_and_sign, batches, workers, source, settings)
    with only_writer(db), Corpus(db, settings=settings) as corpus:
        writer = CorpusWriter(
            corpus,
            settings,
            commit_articles=settings.ingest_commit_articles,
            commit_seconds=settings.ingest_commit_seconds,
        )
        try:
            for n, (arts, bad, sigs) in enumerate(prepared, 1):
                total.merge(writer.add(arts, sigs, bad))
                if on_batch is not None:
                    on_batch(Progress(counts=total, batch=n))
        except BaseException:
            # Ctrl-C or an error: the batches finished before it are kept (each is whole)
            with contextlib.suppress(sqlite3.Error):
                writer.commit()
            raise
        writer.finish()
    return total
