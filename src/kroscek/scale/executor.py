"""``DaskExecutor``: batches run as Dask tasks, results yielded in input order, bounded.

The same contract as the local executor (:class:`kroscek.store.loader.BatchMap`): at most
``inflight`` batches are submitted and not yet stored, so the client's memory does not grow
with the corpus (nothing is gathered whole); each result is taken in submission order, so
the writer sees the batches exactly as a local ingest would. A task whose worker dies is
run again by the scheduler (``distributed.scheduler.allowed-failures``, 3 by default); a
batch that fails for good raises :class:`kroscek.store.loader.BatchError`. So does a cluster
left without any worker for ``no_worker_timeout`` seconds: Dask would keep the batch waiting
for a worker forever, and the run would hang without a word.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from kroscek.scale.cluster import scheduler_of, worker_threads
from kroscek.store.loader import BatchError, batch_failed, batch_head, first_origin

if TYPE_CHECKING:
    from distributed import Client, Future

T = TypeVar("T")
LOG = logging.getLogger("kroscek.scale")


@dataclass(slots=True)
class DaskExecutor:
    """Runs ``work(batch, *args)`` on the cluster behind ``client``, in input order.

    ``inflight``: batches submitted and not yet handed back (0: twice the cluster's worker
    threads, at least two), the bound on what the client and the cluster hold at once.
    ``no_worker_timeout``: seconds a batch may wait while the cluster has no worker at all
    (every worker died or was stopped) before the run stops with a :class:`BatchError`.
    """

    client: Client
    inflight: int = 0
    no_worker_timeout: float = 10.0
    _workers_seen: int | None = field(default=None, init=False, repr=False)
    _checked_at: float = field(default=0.0, init=False, repr=False)

    def limit(self, threads: dict[str, int] | None = None) -> int:
        """The bound on batches in flight (``inflight``, or twice the worker threads);
        ``threads``: the workers' threads just asked of the scheduler (else asked here)."""
        if self.inflight > 0:
            return self.inflight
        if threads is None:
            threads = worker_threads(self.client)
        return max(2, 2 * sum(threads.values()))

    def __call__(
        self, work: Callable[..., T], batches: Iterator[Any], /, *args: object
    ) -> Iterator[T]:
        import dask

        limit = self.limit(self._workers())  # one question to the scheduler for both
        queue: deque[tuple[int, list[object], Future]] = deque()
        try:
            for n, batch in enumerate(batches, 1):
                # Dask warns of a task over 10 MB (a --batch-size of a few thousand) as of data
                # sent again and again; a batch is sent once, to one worker, so it is not that
                with dask.config.set({"distributed.admin.large-graph-warning-threshold": "4GB"}):
                    # pure=False: two identical batches are two tasks, never one shared result
                    future = self.client.submit(work, batch, *args, pure=False)
                queue.append((n, batch_head(batch), future))
                if len(queue) >= limit:
                    yield self._result(queue.popleft())
            while queue:
                yield self._result(queue.popleft())
        finally:
            if queue:  # stopped early (an error, Ctrl-C): the cluster drops the rest
                with contextlib.suppress(Exception):  # a client already closed has none
                    self.client.cancel([future for _, _, future in queue])

    def _result(self, entry: tuple[int, list[object], Future]) -> Any:
        n, head, future = entry
        try:
            return self._wait(future, n, head)
        except BatchError:
            raise
        except Exception as exc:  # KilledWorker, a lost scheduler, or the work raised
            raise batch_failed(n, head, exc, "the Dask cluster") from exc

    def _wait(self, future: Future, n: int, head: list[object]) -> Any:
        """The batch's result; a cluster without workers for too long stops the wait."""
        alone_since: float | None = None
        # waited on through a callback, not ``result(timeout=...)``: each timed-out result
        # leaves a gather task behind, which prints "Task exception was never retrieved"
        # when the client closes
        finished = threading.Event()
        future.add_done_callback(lambda _: finished.set())
        while True:
            if finished.wait(_POLL_SECONDS):
                if time.monotonic() - self._checked_at >= _POLL_SECONDS:
                    self._workers()  # a worker lost while results keep coming is said too
                return future.result()
            if self._workers():
                alone_since = None
                continue
            now = time.monotonic()
            alone_since = now if alone_since is None else alone_since
            if now - alone_since >= self.no_worker_timeout:
                address = scheduler_of(self.client, "ADDRESS")
                raise BatchError(
                    f"batch {n} (from {first_origin(head)}) found no Dask worker: the cluster "
                    f"has had none for {self.no_worker_timeout:g} s (start workers with "
                    f"`dask worker {address}`)"
                )

    def _workers(self) -> dict[str, int]:
        """The cluster's workers now, with their threads; fewer than at the last look is
        logged (``kroscek.scale``, a warning): the run goes on, slower, and a dying machine
        is news to whoever runs it."""
        threads = worker_threads(self.client)
        workers = len(threads)
        self._checked_at = time.monotonic()
        if self._workers_seen is not None and workers < self._workers_seen:
            if workers:
                LOG.warning(
                    "the Dask cluster lost %d worker(s), %d left: their batches run again on "
                    "the others",
                    self._workers_seen - workers,
                    workers,
                )
            else:
                LOG.warning(
                    "the Dask cluster lost its last worker: waiting up to %g s for one to join",
                    self.no_worker_timeout,
                )
        self._workers_seen = workers
        return threads


# How often a batch's wait looks at whether the cluster still has workers.
_POLL_SECONDS = 0.5
