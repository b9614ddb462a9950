"""``ingest``: stream inputs into a corpus database, batch by batch.

Each batch is read, cleaned and signed by the pure functions of :mod:`kroscek.pipeline`
and then stored by :class:`CorpusWriter` in one transaction. Cleaning and signing, the
costly per-article work, can run in worker processes (``workers``); batches are written in
input order whatever the number of workers, so the stories found do not depend on it.
Memory is bounded by the batch size times the batches in flight, whatever the input size.

Where the batches run is an executor's business (:class:`BatchMap`): :class:`LocalExecutor`
uses local processes, :class:`kroscek.scale.DaskExecutor` a Dask cluster. Both feed the same
loop (:func:`store_batches`), so an ingest stores the same rows whichever ran it.
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import os
import sqlite3
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any, BinaryIO, Protocol, TypeVar

from kroscek import pipeline
from kroscek.cluster.features import Signature
from kroscek.data import Article, RawArticle, Rejected
from kroscek.errors import KroscekError, StoreError
from kroscek.settings import DEFAULT, Settings
from kroscek.store.corpus import Corpus, disk_error
from kroscek.store.ledger import FileState, Ledger, read_options
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


class BatchError(KroscekError):
    """A batch whose work failed for good (a worker process died, or the work raised).

    The per-article functions count and skip a bad article themselves, so this is rare: a
    worker killed by the system, or a cluster that lost the batch more often than it retries.
    """

    code = "batch_failed"

    def with_hint(self, hint: str) -> BatchError:
        """The same failure, with what the caller (ingest, reindex) advises doing next."""
        return BatchError(self.message, where=self.where, hint=hint)


def first_origin(batch: object) -> str:
    """Where a batch starts (``file:line``, a path, an URL, an article id or, for a chunk
    of stories to compare, its first story id), for errors."""
    first = next(iter(batch), None) if isinstance(batch, list | tuple) else None
    if first is None:
        return "an empty batch"
    if isinstance(first, tuple) and first and isinstance(first[0], str):
        return f"story {first[0]}"
    origin = getattr(first, "origin", None)
    if origin is None:
        meta = getattr(first, "meta", None) or {}
        origin = meta.get("origin") or getattr(first, "id", None)
    return str(origin)


def batch_failed(n: int, batch: object, exc: BaseException, where: str) -> BatchError:
    """The one-line error for batch ``n`` (counted from 1) that failed in ``where``."""
    cause = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    what = f"{type(exc).__name__}: {cause}" if cause else type(exc).__name__
    return BatchError(f"batch {n} (from {first_origin(batch)}) failed in {where} ({what})")


class BatchMap(Protocol):
    """Runs ``work(batch, *args)`` for each batch and yields the results in input order.

    An executor keeps a bounded number of batches in flight (memory does not grow with the
    input) and raises :class:`BatchError` for a batch that fails for good.
    """

    def __call__(
        self, work: Callable[..., T], batches: Iterator[Any], /, *args: object
    ) -> Iterator[T]: ...


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
    batches = itertools.chain([first] if second is None else [first, second], batches)
    if workers <= 1 or second is None:
        for n, batch in enumerate(batches, 1):
            yield _run_here(work, n, batch, args)
        return
    method = "fork" if sys.platform.startswith("linux") else "spawn"
    ctx = multiprocessing.get_context(method)
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_worker_init) as pool:
        inflight: deque[tuple[int, object, Future[T]]] = deque()
        broken: tuple[int, object, Exception] | None = None
        for n, batch in enumerate(batches, 1):
            try:
                future = pool.submit(work, batch, *args)
            except Exception as exc:  # BrokenProcessPool: a worker was killed meanwhile
                broken = (n, batch_head(batch), exc)
                break
            inflight.append((n, batch_head(batch), future))
            if len(inflight) > workers:
                yield _result(inflight.popleft())
        # what finished before a break is stored; the first batch lost is the one reported
        while inflight:
            yield _result(inflight.popleft())
        if broken is not None:
            n, head, error = broken
            raise batch_failed(n, head, error, "a worker process") from error


def batch_head(batch: object) -> list[object]:
    """What a failure report needs of a batch in flight: its first item, not all of it."""
    return list(itertools.islice(iter(batch), 1)) if isinstance(batch, list | tuple) else []


def _run_here(work: Callable[..., T], n: int, batch: object, args: tuple[object, ...]) -> T:
    try:
        return work(batch, *args)
    except KroscekError:
        raise
    except Exception as exc:
        raise batch_failed(n, batch, exc, "this process") from exc


def _result(entry: tuple[int, object, Future[T]]) -> T:
    n, head, future = entry
    try:
        return future.result()
    except KroscekError:
        raise
    except Exception as exc:  # BrokenProcessPool: a worker was killed, or the work raised
        raise batch_failed(n, head, exc, "a worker process") from exc


@dataclass(frozen=True, slots=True)
class LocalExecutor:
    """:func:`in_workers` as a :class:`BatchMap`: ``workers`` local processes (1: in-process)."""

    workers: int = 1

    def __call__(
        self, work: Callable[..., T], batches: Iterator[Any], /, *args: object
    ) -> Iterator[T]:
        return in_workers(work, batches, max(1, self.workers), *args)


@contextlib.contextmanager
def only_writer(db: str | os.PathLike[str]) -> Iterator[None]:
    """Hold an exclusive lock on ``DB.ingest-lock`` for the whole ingest (POSIX), and remove
    the file when done.

    The clusterer keeps copies of rows (document frequencies, signatures) in memory; a
    second ingest writing the same database at the same time would make them stale, so it
    is refused with one line instead. The file is removed while still locked, so a user's
    folder keeps no stray file; an ingest that opened it just before it went sees, once
    locked, that the name now stands for another file (or none) and takes the lock again.
    """
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock
        yield
        return
    lock_path = f"{os.fspath(db)}.ingest-lock"
    for _attempt in range(_LOCK_ATTEMPTS):
        try:
            handle = open(lock_path, "a+b")  # noqa: SIM115 (held open for the whole ingest)
        except OSError:
            yield  # a folder we cannot write to: opening the database will say so
            return
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise StoreError(
                "another `kroscek ingest` or `reindex` is writing to this database",
                where=os.fspath(db),
                hint="wait for it to finish, or ingest into another --db",
            ) from None
        if _names_file(lock_path, handle):
            break
        handle.close()  # removed by the ingest that held it: lock the new one
    else:
        raise StoreError(
            "could not take the ingest lock of this database",
            where=lock_path,
            hint="another ingest keeps starting and ending: wait for it, then run again",
        )
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(lock_path)
        handle.close()


_LOCK_ATTEMPTS = 5


def _names_file(path: str, handle: BinaryIO) -> bool:
    """Whether ``path`` still names the open file ``handle`` (not removed or replaced)."""
    try:
        named, held = os.stat(path), os.fstat(handle.fileno())
    except OSError:
        return False
    return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)


INGEST_RESUME = (
    "the database holds every batch before it: run the same ingest again to go on "
    "(articles already stored are skipped)"
)


def store_batches(
    writer: CorpusWriter,
    prepared: Iterable[Prepared],
    on_batch: Callable[[Progress], None] | None = None,
    files: Iterable[Sequence[FileState]] | None = None,
) -> IngestCounts:
    """Feed prepared batches, in the order given, to ``writer``; the one sequential loop.

    ``files``: for each batch, in step with ``prepared``, the input files to record in the
    ledger with it (:func:`ledger_batches`). On an error or Ctrl-C the batches stored before
    it are committed (each is whole) and the error is raised again; at the end the writer is
    finished. Local and Dask runs share it.
    """
    total = IngestCounts()
    per_batch = itertools.repeat(()) if files is None else files
    try:
        for n, ((arts, bad, sigs), done) in enumerate(zip(prepared, per_batch, strict=False), 1):
            total.merge(writer.add(arts, sigs, bad, done))
            if on_batch is not None:
                on_batch(Progress(counts=total, batch=n))
    except BaseException:
        # stop the executor now (its pool, or the batches left on a cluster), not whenever
        # the iterator is collected, by when the pool or the cluster's client may be gone
        close = getattr(prepared, "close", None)
        if close is not None:
            with contextlib.suppress(Exception):
                close()
        with contextlib.suppress(sqlite3.Error):
            writer.commit()
        raise
    writer.finish()
    return total


Item = RawArticle | Rejected | pipeline.RawLine


def ledger_batches(
    items: Iterable[Item], size: int, ledger: Ledger, done: deque[list[FileState]]
) -> Iterator[list[Item]]:
    """``items`` in batches of ``size``; for each batch, appends to ``done`` the files read
    to their end before it was cut, which are recorded in the ledger with it.

    A file's end is known only when the item after its last one is read, so a file whose
    last item ends a batch is recorded with the next one: later, never earlier than its
    articles. Files left at the end come with the last batch, or an empty one.
    """
    batch: list[Item] = []
    size = max(1, size)
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            done.append(ledger.finished())
            yield batch
            batch = []
    finished = ledger.finished()
    if batch or finished:
        done.append(finished)
        yield batch


def _in_step(done: deque[list[FileState]]) -> Iterator[list[FileState]]:
    """The files of each batch, taken as its result arrives (the executor has read the
    batch, and so appended its files, before it hands back its result)."""
    while True:
        yield done.popleft()


def ingest(
    inputs: Iterable[str | os.PathLike[str]],
    db: str | os.PathLike[str],
    *,
    source: str | None = None,
    settings: Settings = DEFAULT,
    batch_size: int = pipeline.BATCH_SIZE,
    workers: int = 1,
    on_batch: Callable[[Progress], None] | None = None,
    executor: BatchMap | None = None,
    reread: bool = False,
) -> IngestCounts:
    """Add every readable article of ``inputs`` to the corpus at ``db``; returns the counts.

    Idempotent (articles already stored are counted as ``already`` and not written again)
    and crash-safe (batches are committed whole, a few thousand articles or a few seconds
    at a time: ``Settings.ingest_commit_articles`` / ``ingest_commit_seconds``).
    ``workers`` > 1 cleans and signs in that many processes (0: :func:`default_workers`);
    ``executor`` runs that work elsewhere instead (:func:`kroscek.scale.ingest` passes a
    Dask cluster's). A batch that fails for good stops the ingest with a :class:`BatchError`
    after committing every batch before it.

    Files the corpus holds whole and that did not change since (its ledger,
    :mod:`kroscek.store.ledger`) are passed over unread and counted as ``files_skipped``;
    ``reread`` reads them all again.
    """
    from kroscek.ingest.dispatch import as_inputs, read

    inputs = as_inputs(inputs)  # a wrong type fails before the database is created
    if executor is None:
        executor = LocalExecutor(default_workers() if workers <= 0 else workers)
    with only_writer(db), Corpus(db, create=True, settings=settings) as corpus:
        ledger = Ledger(corpus.connection, read_options(source, settings), reread=reread)
        # lazy: the lines of .jsonl inputs are decoded with the rest of their batch's work
        items = read(inputs, source=source, settings=settings, undecoded_jsonl=True, files=ledger)
        done: deque[list[FileState]] = deque()
        batches = ledger_batches(items, batch_size, ledger, done)
        prepared = executor(prepare_and_sign, batches, source, settings)
        writer = CorpusWriter(
            corpus,
            settings,
            commit_articles=settings.ingest_commit_articles,
            commit_seconds=settings.ingest_commit_seconds,
        )
        try:
            counts = store_batches(writer, prepared, on_batch, _in_step(done))
        except BatchError as exc:
            raise exc.with_hint(INGEST_RESUME) from exc.__cause__
        except sqlite3.Error as exc:
            full = disk_error(exc, str(db), resume="run the same ingest again to go on")
            if full is None:
                raise
            raise full from exc
    counts.files_skipped = ledger.skipped
    return counts
