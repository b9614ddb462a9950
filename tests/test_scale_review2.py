"""A researcher's second review of `kroscek ingest --dask`: an archive in many files, a second
day added, a rerun, bad files, wrong addresses, a database that cannot be used.

A real LocalCluster of two single-threaded worker processes is shared by the module (the
cluster the docs tell a researcher to start); the wrong addresses are real listeners on
localhost that are not a Dask scheduler.
"""

from __future__ import annotations

import contextlib
import gzip
import http.server
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from corpus_helpers import corpus_gen, corpus_rows
from kroscek import scale
from kroscek.errors import KroscekError
from kroscek.scale import ClusterError, DaskExecutor
from kroscek.scale.cluster import probe_scheduler, worker_threads
from kroscek.store import Corpus
from kroscek.store.loader import ingest, only_writer

distributed = pytest.importorskip("distributed")
dask = pytest.importorskip("dask")


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    """The cluster `--dask local --workers 2` starts: kroscek's own LocalCluster."""
    with scale.connect(None, workers=2) as dask_client:
        yield dask_client


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """360 generated articles in four files of 90, alternately .jsonl.gz and .jsonl, as a
    scraper exports them; the first three are one day, the last the next."""
    folder = tmp_path_factory.mktemp("archive")
    files: list[Path] = corpus_gen().write_days(folder, 360, seed=3, per_file=90)
    return files


def _rows(db: Path) -> dict[str, object]:
    return corpus_rows(db, "warga")


def test_the_archive_generator_writes_many_files_of_the_same_articles(
    archive: list[Path],
) -> None:
    names = [path.name for path in archive]
    assert len(archive) == 4
    assert [name.endswith(".gz") for name in names] == [True, False, True, False]
    with gzip.open(archive[0], "rt", encoding="utf-8") as fh:
        assert sum(1 for _ in fh) == 90
    assert names == sorted(names)  # a folder read in name order is read in arrival order


@pytest.mark.parametrize("split", [1, 3], ids=["first-file-then-three", "three-then-one"])
def test_a_second_days_files_on_a_cluster_end_with_the_stories_of_a_local_run(
    client: distributed.Client, archive: list[Path], tmp_path: Path, split: int
) -> None:
    days = (archive[:split], archive[split:])
    local, on_cluster = tmp_path / "local.db", tmp_path / "dask.db"
    for day in days:
        ingest(day, local, batch_size=40)
        scale.ingest(day, on_cluster, scheduler=client, batch_size=40)
    assert _rows(on_cluster) == _rows(local)
    assert len(_rows(local)["articles"]) == 360  # type: ignore[arg-type]


def test_a_second_run_of_the_same_files_on_a_cluster_adds_nothing(
    client: distributed.Client, archive: list[Path], tmp_path: Path
) -> None:
    db = tmp_path / "dask.db"
    first = scale.ingest(archive, db, scheduler=client, batch_size=40)
    before = _rows(db)
    again = scale.ingest(archive, db, scheduler=client, batch_size=40)
    # the ledger passes over every file unread; --reread reads them and stores nothing
    assert (again.new, again.seen, again.files_skipped) == (0, 0, len(archive))
    reread = scale.ingest(archive, db, scheduler=client, batch_size=40, reread=True)
    assert (reread.new, reread.already, reread.stories_new) == (0, first.seen, 0)
    assert _rows(db) == before


def test_a_corrupt_gz_and_a_malformed_line_are_rejected_as_a_local_run_rejects_them(
    client: distributed.Client, archive: list[Path], tmp_path: Path
) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    whole = archive[0].read_bytes()
    (folder / "a-cut.jsonl.gz").write_bytes(whole[: len(whole) // 2])  # a download cut short
    lines = archive[1].read_text(encoding="utf-8").splitlines()
    lines.insert(7, '{"title": "Banjir rob merendam pesisir", "text": "air naik')  # cut JSON
    (folder / "b-export.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    local, on_cluster = tmp_path / "local.db", tmp_path / "dask.db"
    counts_here = ingest([folder], local, batch_size=40)
    counts_there = scale.ingest([folder], on_cluster, scheduler=client, batch_size=40)
    assert counts_there == counts_here
    assert sorted(counts_there.reasons) == ["malformed", "truncated"]
    assert counts_there.new > 90  # the good articles of both files are kept
    assert _rows(on_cluster) == _rows(local)


def test_the_worker_count_is_the_clusters_even_while_dask_refreshes_its_summary() -> None:
    """Dask's periodic refresh overwrites the client's cached summary with one without the
    workers; read through it, a healthy cluster looked empty now and then (a false "lost
    its last worker" note). Made frequent here so that a cached read would be caught."""
    with (
        dask.config.set({"distributed.client.scheduler-info-interval": "2ms"}),
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster, set_as_default=False) as dask_client,
    ):
        dask_client.wait_for_workers(2)
        executor = DaskExecutor(dask_client)
        seen = set()
        for _ in range(150):
            seen.add(len(worker_threads(dask_client)))
            seen.add(executor.limit())
            time.sleep(0.002)
        assert seen == {2, 4}  # two workers, and twice their threads in flight


@contextlib.contextmanager
def _listener(reply: bytes | None) -> Iterator[str]:
    """A TCP listener on localhost that accepts and sends ``reply`` (None: says nothing)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    held: list[socket.socket] = []

    def serve() -> None:
        with contextlib.suppress(OSError):
            while True:
                conn, _ = server.accept()
                held.append(conn)
                if reply is not None:
                    conn.sendall(reply)

    threading.Thread(target=serve, daemon=True).start()
    try:
        yield f"tcp://127.0.0.1:{server.getsockname()[1]}"
    finally:
        server.close()
        for conn in held:
            conn.close()


@contextlib.contextmanager
def _web_server() -> Iterator[str]:
    """A real HTTP server on localhost (what a dashboard's port 8787 is)."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"tcp://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.mark.parametrize(
    "make",
    [
        lambda: _listener(None),
        lambda: _listener(b"\xff" * 64),  # read by Dask as a frame of exabytes
        lambda: _listener(b"HTTP/1.1 400 Bad Request\r\n\r\n"),
        _web_server,
    ],
    ids=["silent-listener", "garbage-bytes", "http-reply", "web-server"],
)
def test_an_address_where_something_else_listens_is_refused_in_one_line(
    make: object, tmp_path: Path
) -> None:
    with make() as address, pytest.raises(ClusterError) as caught:  # type: ignore[operator]
        scale.ingest([], tmp_path / "news.db", scheduler=address, timeout=2)
    line = str(caught.value)
    assert line.startswith(f"{address}: something answers at this address, but not as a Dask")
    assert "8786" in line and "\n" not in line
    assert not (tmp_path / "news.db").exists()  # a run that found no cluster leaves no file


def test_a_port_where_nothing_listens_is_said_at_once() -> None:
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    with pytest.raises(ClusterError, match="nothing listens on that port"):
        probe_scheduler(f"tcp://127.0.0.1:{port}", timeout=30)


def test_a_real_scheduler_passes_the_probe(client: distributed.Client) -> None:
    probe_scheduler(client.scheduler.address, timeout=10)  # raises if it does not


def test_the_probe_works_where_an_event_loop_runs_as_in_a_notebook(
    client: distributed.Client,
) -> None:
    import asyncio

    async def notebook_cell() -> None:
        probe_scheduler(client.scheduler.address, timeout=10)  # raises if refused

    asyncio.run(notebook_cell())


def test_a_workers_address_given_for_the_schedulers_is_named_as_a_worker(
    client: distributed.Client,
) -> None:
    worker = sorted(client.nthreads())[0]
    with pytest.raises(ClusterError) as caught:
        probe_scheduler(worker, timeout=10)
    assert str(caught.value).startswith(
        f"{worker}: something answers at this address, but not as a Dask scheduler "
        "(it is a Dask worker)"
    )


@pytest.mark.parametrize("problem", ["missing-folder", "not-a-corpus", "another-ingest-writing"])
def test_a_database_that_cannot_be_used_is_said_before_the_cluster_is_reached(
    problem: str, tmp_path: Path
) -> None:
    """The scheduler address leads nowhere: had the cluster been tried first, the error would
    be the cluster's. The database's own line comes first, with no cluster started."""
    db = tmp_path / "news.db"
    with contextlib.ExitStack() as stack:
        if problem == "missing-folder":
            db = tmp_path / "belum-ada" / "news.db"
        elif problem == "not-a-corpus":
            db.write_text("catatan liputan, bukan basis data\n" * 200, encoding="utf-8")
        else:
            ingest([], db)  # the corpus another ingest is writing
            stack.enter_context(only_writer(db))
        with pytest.raises(KroscekError) as caught:
            scale.ingest([], db, scheduler="tcp://127.0.0.1:9", timeout=1)
    assert not isinstance(caught.value, ClusterError)
    assert str(caught.value).startswith(str(db))


@pytest.mark.parametrize("job", [scale.reindex, scale.reports], ids=["reindex", "reports"])
def test_a_corpus_that_does_not_exist_is_said_before_the_cluster_is_reached(
    job: object, tmp_path: Path
) -> None:
    db = tmp_path / "tidak-ada.db"
    with pytest.raises(KroscekError) as caught:
        job(db, scheduler="tcp://127.0.0.1:9", timeout=1)  # type: ignore[operator]
    assert not isinstance(caught.value, ClusterError)
    assert "no corpus database here" in str(caught.value)
    assert not db.exists()


def test_an_ingest_on_a_cluster_leaves_a_corpus_that_a_local_reader_opens(
    client: distributed.Client, archive: list[Path], tmp_path: Path
) -> None:
    db = tmp_path / "dask.db"
    scale.ingest(archive[:1], db, scheduler=client, batch_size=30)
    with Corpus(db, readonly=True) as corpus:
        stats = corpus.stats()
    assert stats["articles"] == 90
    assert not Path(f"{db}.ingest-lock").exists()  # the early check leaves no lock behind


def test_the_cli_names_the_cluster_it_got_and_its_dashboard(
    client: distributed.Client, archive: list[Path], tmp_path: Path
) -> None:
    from click.testing import CliRunner

    from kroscek.cli import main

    address = client.scheduler.address
    db = tmp_path / "news.db"
    result = CliRunner().invoke(
        main, ["ingest", str(archive[3]), "--db", str(db), "--dask", address]
    )
    assert result.exit_code == 0, result.stderr
    notes = [line for line in result.stderr.splitlines() if "note: Dask cluster" in line]
    assert notes == [
        f"kroscek: note: Dask cluster {address}: 2 worker(s), 2 thread(s); "
        f"dashboard {client.dashboard_link}"
    ]
