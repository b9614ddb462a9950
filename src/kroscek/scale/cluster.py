"""Reach a Dask cluster (a scheduler's address, or a LocalCluster for the run) and check it.

Every failure to get a usable cluster is one :class:`ClusterError` line that says what to
do: Dask missing, a scheduler that does not answer within ``timeout`` seconds, a scheduler
without workers, or workers that cannot import this kroscek (another version, or none).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING

from kroscek.errors import KroscekError

if TYPE_CHECKING:
    from distributed import Client

LOG = logging.getLogger("kroscek.scale")
LOCAL = "local"
INSTALL = "pip install 'kroscek[scale]'"


class ClusterError(KroscekError):
    """The Dask cluster cannot run this kroscek's work (unreachable, empty, mismatched)."""

    code = "cluster"
    exit_code = 5


def require_distributed() -> None:
    """Fail with the line to install Dask when ``distributed`` cannot be imported."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise ClusterError("Dask is not installed", hint=INSTALL) from None


def scheduler_address(scheduler: str) -> str:
    """The full address of a scheduler written ``tcp://host:port``, ``host:port`` or ``host``
    (Dask's port 8786); a malformed one fails here, before any connection is tried."""
    from distributed.comm.addressing import parse_address, parse_host_port, unparse_host_port
    from distributed.comm.registry import backends

    text = scheduler.strip()
    try:
        scheme, location = parse_address(text if "://" in text else f"tcp://{text}")
        if scheme not in backends:
            raise ValueError(f"unknown scheme {scheme}://")
        if scheme in ("tcp", "tls"):
            try:
                host, port = parse_host_port(location, 8786)
            except ValueError:
                # Dask's own message is int()'s ("invalid literal for int() with base 10").
                port_text = location.rpartition(":")[2]
                raise ValueError(f"the port {port_text!r} is not a number") from None
            if not host:
                raise ValueError("no host")
            if not 0 < port < 65536:
                raise ValueError(f"the port {port} is out of range (1-65535)")
            location = unparse_host_port(host, port)
    except ValueError as exc:
        raise ClusterError(
            f"not a Dask scheduler address ({exc})",
            where=text,
            hint="write it as tcp://HOST:8786 (what `dask scheduler` prints), or local",
        ) from None
    return f"{scheme}://{location}"


@contextlib.contextmanager
def connect(
    scheduler: str | Client | None = None,
    *,
    workers: int = 0,
    timeout: float = 10.0,
) -> Iterator[Client]:
    """A checked Dask client for one run, closed (with its LocalCluster) at the end.

    ``scheduler``: an address (``tcp://host:8786`` or ``host:8786``), ``None`` or
    ``"local"`` for a LocalCluster of ``workers`` processes (0: one per CPU, at most four)
    started for the run, or a :class:`distributed.Client` the caller keeps open.
    """
    require_distributed()
    with _client(scheduler, workers, timeout) as client:
        check_workers(client, timeout)
        _say_ready(client)
        yield client


@contextlib.contextmanager
def _client(scheduler: str | Client | None, workers: int, timeout: float) -> Iterator[Client]:
    """The client :func:`connect` checks: the caller's own (left open), a LocalCluster's,
    or one to the scheduler at an address, closed at the end."""
    from distributed import Client

    if isinstance(scheduler, Client):
        yield scheduler
        return
    if scheduler is None or scheduler.strip() == LOCAL:
        with _local_client(workers) as client:
            yield client
        return
    address = scheduler_address(scheduler)
    probe_scheduler(address, timeout)
    try:
        client = Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise _no_scheduler(address, timeout, exc) from None
    with client:
        yield client


def scheduler_of(client: Client, unknown: str = "the scheduler") -> str:
    """The address of ``client``'s scheduler for a message, or ``unknown`` (a client whose
    connection is closed or not yet made has none)."""
    return client.scheduler.address if client.scheduler is not None else unknown


def _say_ready(client: Client) -> None:
    """Log (``kroscek.scale``, info; the CLI prints it as a note) the cluster a run got and
    its dashboard, where a researcher watches each worker's memory and tasks: a LocalCluster
    puts it on a free port, so its address is known only here."""
    if not LOG.isEnabledFor(logging.INFO):
        return
    threads = worker_threads(client)
    address = scheduler_of(client)
    try:
        dashboard = f"; dashboard {client.dashboard_link}"
    except Exception:  # a scheduler without its dashboard (no bokeh): nothing to show
        dashboard = ""
    LOG.info(
        "Dask cluster %s: %d worker(s), %d thread(s)%s",
        address,
        len(threads),
        sum(threads.values()),
        dashboard,
    )


def _no_scheduler(address: str, timeout: float, exc: BaseException) -> ClusterError:
    """Nothing listens at ``address`` (refused at once), or nothing answered in time."""
    refused = isinstance(exc, ConnectionRefusedError)
    when = ": nothing listens on that port" if refused else f" within {timeout:g} s"
    return ClusterError(
        f"no Dask scheduler answered{when} ({type(exc).__name__})",
        where=address,
        hint="start one with `dask scheduler` and workers with `dask worker ADDRESS`, "
        "check the address and firewall, or use --dask local",
    )


def probe_scheduler(address: str, timeout: float = 10.0) -> None:
    """Ask ``address`` who it is, the whole exchange within ``timeout`` seconds.

    ``distributed.Client`` given a port where something else listens (the dashboard's
    8787, a web server, a proxy) does not fail cleanly: it waited past a minute on an HTTP
    server although told 5 s, and took a proxy's bytes for a frame length and died of a
    MemoryError asking for exabytes. A scheduler answers ``identity`` with its type; anything
    else is said in one line here, before the client is built.
    """
    import asyncio
    import concurrent.futures
    import socket

    from distributed.comm.addressing import parse_address, parse_host_port
    from distributed.core import rpc

    scheme, location = parse_address(address)
    if scheme != "tcp":  # tls:// needs the client's certificates: the Client itself connects
        return
    try:  # refused or unreachable: nothing listens there at all
        socket.create_connection(parse_host_port(location), timeout=timeout).close()
    except OSError as exc:
        raise _no_scheduler(address, timeout, exc) from None

    async def ask() -> object:
        async with rpc(address, timeout=timeout) as scheduler:
            try:
                return await scheduler.identity(n_workers=0)  # not the list of every worker
            except TypeError:  # a worker's identity takes no arguments: ask it plainly
                return await scheduler.identity()

    def run() -> object:
        return asyncio.run(asyncio.wait_for(ask(), timeout))

    answer: object
    try:
        # in a thread of its own: the caller's thread may run an event loop (a notebook's),
        # where asyncio.run would refuse to start
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            answer = pool.submit(run).result()
    except (Exception, MemoryError) as exc:  # a foreign protocol fails in any way at all
        # MemoryError: a foreign reply read as a Dask frame length
        answer = exc
    if isinstance(answer, dict) and answer.get("type") == "Scheduler":
        return
    if isinstance(answer, BaseException):
        what = type(answer).__name__
    elif isinstance(answer, dict) and answer.get("type"):  # a worker's address, say
        what = f"it is a Dask {str(answer['type']).lower()}"
    else:
        what = "another reply"
    raise ClusterError(
        f"something answers at this address, but not as a Dask scheduler ({what})",
        where=address,
        hint="give the scheduler's address (`dask scheduler` prints it, port 8786 by "
        "default; 8787 is its dashboard), or use --dask local",
    )


@contextlib.contextmanager
def _local_client(workers: int) -> Iterator[Client]:
    """A LocalCluster of single-threaded worker processes (the work holds the GIL)."""
    from distributed import Client, LocalCluster

    from kroscek.store.loader import default_workers

    n = default_workers() if workers <= 0 else workers
    # dashboard on a free port: 8787 may be taken by another cluster on this machine
    with (
        LocalCluster(
            n_workers=n,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",
            silence_logs=logging.ERROR,  # its warnings on stopping are not the user's concern
        ) as cluster,
        Client(cluster, set_as_default=False) as client,
    ):
        client.run(_leave_ctrl_c_to_the_client)
        yield client


def _leave_ctrl_c_to_the_client() -> None:
    """In a LocalCluster's worker: ignore Ctrl-C, which reaches the whole process group.

    The ingest stops on it (cancelling the batches in flight, committing the finished ones)
    and then closes the cluster; workers dying on it first would only print tracebacks.
    """
    import signal
    import threading

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def check_workers(client: Client, timeout: float = 10.0) -> None:
    """Wait for a worker, then check that every worker runs this kroscek.

    A worker with another kroscek would sign articles another way (its stories would not
    match a local ingest's), and one without kroscek would fail every batch; both are found
    here, before any batch is sent, instead of as failures in the middle of the run.
    """
    from kroscek import __version__
    from kroscek.cluster.features import SIGNATURE_VERSION

    address = scheduler_of(client)
    try:
        client.wait_for_workers(1, timeout=timeout)
    except (TimeoutError, OSError):
        raise ClusterError(
            f"the Dask scheduler has no workers after {timeout:g} s",
            where=address,
            hint=f"start some with `dask worker {address}` (with kroscek {__version__})",
        ) from None

    def probe() -> tuple[str, int]:
        # defined here so that Dask ships it by value: it runs on workers without kroscek
        import kroscek
        from kroscek.cluster import features

        return kroscek.__version__, features.SIGNATURE_VERSION

    answers = client.run(probe, on_error="return")
    for worker, answer in sorted(answers.items()):
        if isinstance(answer, BaseException):
            raise ClusterError(
                f"a Dask worker cannot import kroscek ({type(answer).__name__}: {answer})",
                where=worker,
                hint=f"install kroscek {__version__} ({INSTALL}) in the workers' Python",
            )
        version, signatures = answer
        if (version, signatures) != (__version__, SIGNATURE_VERSION):
            raise ClusterError(
                f"a Dask worker runs kroscek {version} (signatures v{signatures}), this "
                f"client {__version__} (signatures v{SIGNATURE_VERSION})",
                where=worker,
                hint=f"install kroscek {__version__} on every worker, then restart them",
            )


def worker_threads(client: Client) -> dict[str, int]:
    """The cluster's workers now, each with its threads (each thread runs one batch at a
    time), asked of the scheduler and returned by the call itself.

    Not ``Client.scheduler_info()``: that returns an attribute of the client which Dask's
    own periodic refresh (every 2 s) overwrites with a summary *without* the workers, and
    under load the refresh can land between the call's update and its return. The run then
    saw "no workers" in a healthy cluster: 1 read in about 4,000 on a busy client, enough
    for a false "lost its last worker" note in a 40,000-article ingest.
    """
    return {str(address): int(n) for address, n in client.nthreads().items()}
