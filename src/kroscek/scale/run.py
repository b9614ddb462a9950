"""``ingest`` and ``reindex`` on a Dask cluster: the local functions with a Dask executor.

Nothing here decides anything about articles or stories: :func:`kroscek.store.loader.ingest`
and :func:`kroscek.store.reindex.reindex` do, with :class:`DaskExecutor` in place of local
processes. Inputs are read on the client and shipped to workers as undecoded lines, so the
workers need no access to the files, and the database is written on the client only.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TypeVar

from kroscek import pipeline
from kroscek.scale.cluster import LOCAL, connect, require_distributed, scheduler_address
from kroscek.scale.executor import DaskExecutor
from kroscek.settings import DEFAULT, Settings
from kroscek.store import loader
from kroscek.store import reindex as reindexing
from kroscek.store.loader import Progress
from kroscek.store.reports import ReportCounts, cache_reports
from kroscek.store.writer import IngestCounts

if TYPE_CHECKING:
    from distributed import Client

R = TypeVar("R")


def ingest(
    inputs: Iterable[str | os.PathLike[str]],
    db: str | os.PathLike[str],
    *,
    scheduler: str | Client | None = None,
    workers: int = 0,
    source: str | None = None,
    settings: Settings = DEFAULT,
    batch_size: int = pipeline.BATCH_SIZE,
    on_batch: Callable[[Progress], None] | None = None,
    timeout: float = 10.0,
    inflight: int = 0,
    reread: bool = False,
) -> IngestCounts:
    """:func:`kroscek.store.loader.ingest` with the cleaning and signing on a Dask cluster.

    ``scheduler``: a scheduler address, a :class:`distributed.Client`, or ``None`` /
    ``"local"`` for a LocalCluster of ``workers`` processes. ``timeout``: seconds to wait
    for the scheduler and its first worker, and for a worker again when every worker has
    left in the middle of the run (then the run stops, keeping what it stored).
    ``inflight``: batches on the cluster at once (0: twice its worker threads). Same
    database, same counts as a local ingest; the files are read here, so the corpus's
    ledger passes over the ones it holds whole as locally (``reread`` reads them all).
    """
    from kroscek.ingest.dispatch import as_inputs

    paths = as_inputs(inputs)  # checked before a cluster is started or reached
    _check_before_the_cluster(db, settings)
    if isinstance(scheduler, str) and scheduler.strip() != LOCAL:
        scheduler_address(scheduler)  # a malformed address fails even with nothing to read
    if not reread and _holds_all(db, paths, source, settings):
        # every file is in the corpus whole and unchanged: the run only counts them, in
        # this process, instead of starting or reaching a cluster for nothing
        return loader.ingest(
            paths,
            db,
            source=source,
            settings=settings,
            batch_size=batch_size,
            on_batch=on_batch,
            workers=1,
        )
    return _on_cluster(
        loader.ingest,
        (paths, db),
        scheduler,
        workers,
        timeout,
        inflight,
        source=source,
        settings=settings,
        batch_size=batch_size,
        on_batch=on_batch,
        reread=reread,
    )


def reindex(
    db: str | os.PathLike[str],
    output: str | os.PathLike[str] | None = None,
    *,
    scheduler: str | Client | None = None,
    workers: int = 0,
    settings: Settings = DEFAULT,
    batch_size: int = pipeline.BATCH_SIZE,
    keep_backup: bool = True,
    on_batch: Callable[[Progress], None] | None = None,
    timeout: float = 10.0,
    inflight: int = 0,
) -> reindexing.ReindexResult:
    """:func:`kroscek.store.reindex.reindex` with the signing on a Dask cluster."""
    _check_before_the_cluster(db, settings, create=False)
    return _on_cluster(
        reindexing.reindex,
        (db, output),
        scheduler,
        workers,
        timeout,
        inflight,
        settings=settings,
        batch_size=batch_size,
        keep_backup=keep_backup,
        on_batch=on_batch,
    )


def reports(
    db: str | os.PathLike[str],
    *,
    scheduler: str | Client | None = None,
    workers: int = 0,
    settings: Settings = DEFAULT,
    on_progress: Callable[[ReportCounts], None] | None = None,
    timeout: float = 10.0,
    inflight: int = 0,
) -> ReportCounts:
    """:func:`kroscek.store.reports.cache_reports` with the comparing on a Dask cluster: the
    stories' articles are read here and shipped, the reports written here."""
    _check_before_the_cluster(db, settings, create=False)
    return _on_cluster(
        _cache_reports_in,
        (db,),
        scheduler,
        workers,
        timeout,
        inflight,
        settings=settings,
        on_progress=on_progress,
    )


def _check_before_the_cluster(
    db: str | os.PathLike[str], settings: Settings, *, create: bool = True
) -> None:
    """Check that Dask is installed, then open the corpus once (and take the ingest lock),
    all before a cluster is reached.

    What is wrong with the database (a folder that does not exist, a place that cannot be
    written, a file that is no corpus, another ingest writing it) is said the same way
    without this, but only after a LocalCluster has started or a remote one was checked:
    2-3 s on a small machine, and a cluster's workers kept busy with nothing to do. A new
    corpus is not created here (a run that then finds no cluster leaves no file behind):
    its folder is only tried with a temporary file.
    """
    import tempfile

    from kroscek.store import Corpus

    require_distributed()  # without Dask, nothing else is worth saying
    if create and not os.path.exists(db):
        try:
            with tempfile.TemporaryFile(dir=os.path.dirname(os.path.abspath(db))):
                return  # the run can create it there
        except OSError:
            pass  # opening it says what is wrong, as a local ingest says it
    # the lock is an ingest's (a reindex takes its own, reports take none)
    lock = loader.only_writer(db) if create else contextlib.nullcontext()
    with lock, Corpus(db, create=create, settings=settings):
        pass


def _holds_all(
    db: str | os.PathLike[str],
    paths: list[str | os.PathLike[str]],
    source: str | None,
    settings: Settings,
) -> bool:
    """Whether the corpus's ledger holds every file of ``paths`` whole and unchanged."""
    from kroscek.store import Corpus
    from kroscek.store.ledger import Ledger, read_options

    if not os.path.exists(db):
        return False
    with Corpus(db, create=False, settings=settings) as corpus:
        ledger = Ledger(corpus.connection, read_options(source, settings))
        return ledger.holds_all(paths, source, settings)


def _cache_reports_in(
    db: str | os.PathLike[str],
    *,
    executor: DaskExecutor,
    settings: Settings,
    on_progress: Callable[[ReportCounts], None] | None,
) -> ReportCounts:
    from kroscek.store import Corpus

    with Corpus(db, create=False, settings=settings) as corpus:
        return cache_reports(corpus, executor=executor, on_progress=on_progress)


def _on_cluster(
    job: Callable[..., R],
    args: tuple[object, ...],
    scheduler: str | Client | None,
    workers: int,
    timeout: float,
    inflight: int,
    **kwargs: object,
) -> R:
    """``job(*args, **kwargs)`` with a checked cluster's executor, the cluster closed after."""
    with connect(scheduler, workers=workers, timeout=timeout) as client:
        # the same patience for a cluster that loses every worker mid-run as at its start
        executor = DaskExecutor(client, inflight, no_worker_timeout=timeout)
        return job(*args, executor=executor, **kwargs)
