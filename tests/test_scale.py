"""`kroscek.scale`: an ingest (or reindex) on a Dask cluster builds the local run's database.

One real LocalCluster of two single-threaded worker processes is shared by the module (it
starts in about a second); the workers import kroscek the way `dask worker` would. Faults
(a worker without kroscek, another version, a batch that fails) are made on those real
workers through ``Client.run`` and undone at once.
"""

from __future__ import annotations

import json
import socket
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from corpus_helpers import corpus_rows, read_records
from kroscek import pipeline, scale
from kroscek.cli import main
from kroscek.scale import ClusterError, DaskExecutor
from kroscek.scale.cluster import scheduler_address
from kroscek.settings import DEFAULT
from kroscek.store import Corpus
from kroscek.store.loader import (
    BatchError,
    LocalExecutor,
    Progress,
    batch_failed,
    ingest,
    prepare_and_sign,
)
from kroscek.store.reindex import reindex

distributed = pytest.importorskip("distributed")

GOLD = Path(__file__).parent / "gold" / "corpus" / "corpus.jsonl.gz"
POISON = "Jembatan gantung putus diterjang arus"  # the title the broken workers choke on


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    # the faults below are functions of this module: ship them by value, as a user's
    # notebook functions are (the workers cannot import a test module)
    cloudpickle = pytest.importorskip("cloudpickle")
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster, set_as_default=False) as dask_client,
    ):
        yield dask_client


def _bad_lines() -> list[str]:
    """Inputs a local ingest rejects: our own broken records, in both languages."""
    return [
        "{potongan baris yang rusak",
        json.dumps({"title": "Tanpa isi berita", "text": ""}),
        json.dumps({"title": "Council meets", "text": "   "}),
        "[1, 2, 3]",
    ]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """150 labelled articles (several outlets per story, copies among them), bad lines, and
    one article twice (the second is already stored when it arrives)."""
    folder = tmp_path_factory.mktemp("scale")
    lines = [json.dumps(r, ensure_ascii=False) for r in read_records(GOLD)[:150]]
    for at, bad in zip((3, 40, 77, 120), _bad_lines(), strict=True):
        lines.insert(at, bad)
    lines.append(lines[10])
    path = folder / "articles.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _state(db: Path) -> dict[str, object]:
    return corpus_rows(db, "banjir")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize(("batch_size", "inflight"), [(7, 0), (13, 2), (500, 0)])
def test_a_dask_ingest_stores_the_same_rows_as_a_local_one(
    client: distributed.Client, inputs: Path, tmp_path: Path, batch_size: int, inflight: int
) -> None:
    local = ingest([inputs], tmp_path / "local.db", batch_size=batch_size, workers=1)
    seen: list[Progress] = []
    on_dask = scale.ingest(
        [inputs],
        tmp_path / "dask.db",
        scheduler=client,
        batch_size=batch_size,
        inflight=inflight,
        on_batch=seen.append,
    )
    assert on_dask == local
    assert local.rejected == 4 and local.already == 1 and local.copies > 0
    assert _state(tmp_path / "dask.db") == _state(tmp_path / "local.db")
    assert [p.batch for p in seen] == list(range(1, len(seen) + 1))
    assert seen[-1].counts.seen == local.seen


def test_pages_and_text_files_go_to_the_workers_whole_and_come_back_the_same(
    client: distributed.Client, tmp_path: Path
) -> None:
    folder = tmp_path / "arsip"
    (folder / "halaman").mkdir(parents=True)
    for i, r in enumerate(read_records(GOLD)[:12]):
        paras = "".join(f"<p>{p}</p>" for p in r["text"].split("\n\n") if p.strip())
        page = (
            f"<!doctype html><html><head><meta charset='utf-8'><title>{r['title']}</title>"
            f"</head><body><article><h1>{r['title']}</h1>{paras}</article></body></html>"
        )
        (folder / "halaman" / f"{i:02d}.html").write_text(page, encoding="utf-8")
    (folder / "catatan.txt").write_text(
        "Posko pengungsian dibuka di balai desa\n\nWarga yang rumahnya terendam banjir "
        "mengungsi ke balai desa sejak Senin malam, kata kepala desa.",
        encoding="utf-8",
    )
    (folder / "note.txt").write_text(
        "Ferry service resumes\n\nThe ferry between the two islands sailed again on "
        "Tuesday after three days of high waves, the harbour master said.",
        encoding="utf-8",
    )
    (folder / "kosong.html").write_text("<html><body></body></html>", encoding="utf-8")
    local = ingest([folder], tmp_path / "local.db", batch_size=4, workers=1)
    on_dask = scale.ingest([folder], tmp_path / "dask.db", scheduler=client, batch_size=4)
    assert on_dask == local and local.new + local.copies == 14 and local.rejected == 1
    assert _state(tmp_path / "dask.db") == _state(tmp_path / "local.db")


def test_a_large_batch_is_sent_without_dasks_large_graph_warning(
    client: distributed.Client, inputs: Path, tmp_path: Path, recwarn: pytest.WarningsRecorder
) -> None:
    import dask

    # Dask warns of tasks over 10 MB; a 1 kB threshold makes every batch here "large"
    with dask.config.set({"distributed.admin.large-graph-warning-threshold": "1kB"}):
        counts = scale.ingest([inputs], tmp_path / "c.db", scheduler=client, batch_size=60)
    assert counts.seen == 155
    assert not [w for w in recwarn if "large graph" in str(w.message)]


def test_batches_come_back_in_input_order_whichever_finishes_first(
    client: distributed.Client, inputs: Path
) -> None:
    # a long first batch and short ones behind it: the short ones finish first
    items = next(pipeline.read_batches([inputs], size=10_000, lazy=True))
    batches = [items[:90], *([item] for item in items[90:])]
    here = list(LocalExecutor(1)(prepare_and_sign, iter(batches), None, DEFAULT))
    there = list(DaskExecutor(client, inflight=8)(prepare_and_sign, iter(batches), None, DEFAULT))

    def ids(results: list[tuple[list[object], list[object], list[object]]]) -> list[list[str]]:
        return [[getattr(a, "id", "") for a in arts] for arts, _, _ in results]

    assert len(there) == len(batches)
    assert ids(there) == ids(here)
    assert [[r.origin for r in bad] for _, bad, _ in there] == [
        [r.origin for r in bad] for _, bad, _ in here
    ]


def test_a_dask_reindex_rebuilds_the_same_corpus_as_a_local_one(
    client: distributed.Client, inputs: Path, tmp_path: Path
) -> None:
    db = tmp_path / "corpus.db"
    ingest([inputs], db, batch_size=40, workers=1)
    local = reindex(db, tmp_path / "local.db", batch_size=9)
    on_dask = scale.reindex(db, tmp_path / "dask.db", scheduler=client, batch_size=9)
    assert on_dask.counts == local.counts
    assert (on_dask.stories_after, on_dask.rejected_kept) == (local.stories_after, 4)
    assert _state(tmp_path / "dask.db") == _state(tmp_path / "local.db")


def test_a_worker_that_dies_mid_run_costs_a_rerun_not_a_difference(
    client: distributed.Client, inputs: Path, tmp_path: Path
) -> None:
    died = tmp_path / "a-worker-died"
    title = read_records(GOLD)[60]["title"]
    client.run(_die_once_on, title, str(died))
    try:
        counts = scale.ingest([inputs], tmp_path / "dask.db", scheduler=client, batch_size=10)
    finally:
        client.run(_mend_signing)
        client.wait_for_workers(2, timeout=30)  # the nanny's new worker, for the next tests
    assert died.exists()  # the worker did die in the middle of the run
    assert counts == ingest([inputs], tmp_path / "local.db", batch_size=10, workers=1)
    assert _state(tmp_path / "dask.db") == _state(tmp_path / "local.db")


def _die_once_on(title: str, marker: str) -> None:
    """On a worker: the first worker to sign ``title`` dies on the spot (as if killed)."""
    import os

    from kroscek import pipeline as worker_pipeline

    original = getattr(worker_pipeline, "_unbroken_sign_batch", worker_pipeline.sign_batch)
    worker_pipeline._unbroken_sign_batch = original  # type: ignore[attr-defined]

    def sign_batch(articles: list[object], *args: object) -> list[object]:
        if any(getattr(a, "title", "") == title for a in articles) and not os.path.exists(marker):
            Path(marker).touch()
            os._exit(1)
        return original(articles, *args)  # type: ignore[no-any-return]

    worker_pipeline.sign_batch = sign_batch  # type: ignore[assignment]


def test_the_cli_ingests_on_a_cluster_at_an_address_like_a_local_run(
    client: distributed.Client, inputs: Path, tmp_path: Path
) -> None:
    def run(*extra: str) -> dict[str, object]:
        db = tmp_path / f"cli{extra[0]}.db"
        args = ["ingest", str(inputs), "--db", str(db), "--batch-size", "25", "--json", *extra]
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
        summary = json.loads(result.output.strip().splitlines()[-1])
        return {k: v for k, v in summary.items() if k not in ("seconds", "articles_per_s")}

    address = client.scheduler.address
    assert run("--dask", address) == run("--workers", "1")
    assert _state(tmp_path / "cli--dask.db") == _state(tmp_path / "cli--workers.db")


def test_the_cli_reindexes_on_a_cluster_it_starts_itself(inputs: Path, tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    ingest([inputs], db, batch_size=50, workers=1)
    outputs = {}
    for how in (["--dask", "local", "--workers", "1"], ["--workers", "1"]):
        out = tmp_path / f"rebuilt{len(how)}.db"
        result = CliRunner().invoke(main, ["reindex", "--db", str(db), "-o", str(out), *how])
        assert result.exit_code == 0, result.output
        assert f"corpus: {out}" in result.stdout
        outputs[len(how)] = _state(out)
    assert outputs[4] == outputs[2]
    assert outputs[4]["articles"] and len(outputs[4]["rejected"]) == 4


@pytest.mark.parametrize("where", ["this process", "a worker process", "the Dask cluster"])
def test_a_batch_that_fails_for_good_stops_the_ingest_after_the_batches_before_it(
    client: distributed.Client,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
) -> None:
    rows = [
        {"title": f"Banjir rendam desa ke-{i}", "text": f"Banjir merendam {i} rumah warga desa."}
        for i in range(1, 13)
    ]
    rows[8] = {"title": POISON, "text": "Jembatan gantung di desa itu putus pagi tadi."}
    data = tmp_path / "in.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / "corpus.db"
    try:
        with pytest.raises(BatchError) as failure:
            if where == "this process":  # the signing raises
                monkeypatch.setattr(pipeline, "sign_batch", _choking(pipeline.sign_batch))
                ingest([data], db, batch_size=3, workers=1)
            elif where == "a worker process":  # the (forked) worker is killed on the spot
                monkeypatch.setattr(pipeline, "sign_batch", _dying(pipeline.sign_batch))
                ingest([data], db, batch_size=3, workers=2)
            else:  # the signing raises on the Dask workers
                client.run(_break_signing)
                scale.ingest([data], db, scheduler=client, batch_size=3)
    finally:
        client.run(_mend_signing)
    line = str(failure.value)
    assert "\n" not in line and f"failed in {where} (" in line
    assert "the database holds every batch before it: run the same ingest again" in line
    failed = int(line.split()[1])
    # the poisoned batch, or (when a worker process dies) an earlier one lost with it
    assert failed == 3 or (where == "a worker process" and failed < 3)
    assert f"batch {failed} (from {data}:{3 * failed - 2})" in line
    with Corpus(db, readonly=True) as corpus:  # the whole batches before it, nothing after
        titles = [t for (t,) in corpus.connection.execute("SELECT title FROM articles")]
    assert titles == [r["title"] for r in rows[: 3 * (failed - 1)]]
    monkeypatch.undo()
    resumed = scale.ingest([data], db, scheduler=client, batch_size=3)  # once mended: resumes
    assert (resumed.already, resumed.new + resumed.copies) == (len(titles), 12 - len(titles))


def _dying(sign: Callable[..., list[object]]) -> Callable[..., list[object]]:
    """Signing that kills the worker process it runs in on the poisoned title."""
    import os

    parent = os.getpid()

    def sign_batch(articles: list[object], *args: object) -> list[object]:
        poisoned = any(getattr(a, "title", "") == POISON for a in articles)
        if poisoned and os.getpid() != parent:
            os._exit(1)
        return sign(articles, *args)

    return sign_batch


def _choking(sign: Callable[..., list[object]]) -> Callable[..., list[object]]:
    def sign_batch(articles: list[object], *args: object) -> list[object]:
        if any(getattr(a, "title", "") == POISON for a in articles):
            raise RuntimeError("the signing library crashed")
        return sign(articles, *args)

    return sign_batch


def _break_signing() -> None:
    """On a worker: signing chokes on the poisoned title (what a crashing library does)."""
    from kroscek import pipeline as worker_pipeline

    original = getattr(worker_pipeline, "_unbroken_sign_batch", worker_pipeline.sign_batch)
    worker_pipeline._unbroken_sign_batch = original  # type: ignore[attr-defined]
    worker_pipeline.sign_batch = _choking(original)  # type: ignore[assignment]


def _mend_signing() -> None:
    from kroscek import pipeline as worker_pipeline

    original = getattr(worker_pipeline, "_unbroken_sign_batch", None)
    if original is not None:
        worker_pipeline.sign_batch = original  # type: ignore[assignment]


def test_an_unreachable_scheduler_fails_at_once_with_its_address(tmp_path: Path) -> None:
    address = f"tcp://127.0.0.1:{_free_port()}"
    with pytest.raises(ClusterError) as failure:
        scale.ingest([], tmp_path / "c.db", scheduler=address, timeout=0.5)
    assert address in str(failure.value) and "dask scheduler" in str(failure.value)
    db = str(tmp_path / "c.db")
    args = ["ingest", str(tmp_path), "--db", db, "--dask", address[6:], "--dask-timeout", "0.5"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == ClusterError.exit_code
    assert result.stdout == "" and result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"kroscek: error: {address}: no Dask scheduler answered")
    assert not (tmp_path / "c.db").exists()  # nothing was started


@pytest.mark.parametrize(
    ("written", "address"),
    [
        ("tcp://10.1.2.3:8786", "tcp://10.1.2.3:8786"),
        ("pusat-data.lan:9000", "tcp://pusat-data.lan:9000"),
        ("pusat-data.lan", "tcp://pusat-data.lan:8786"),
        (" [::1]:8786 ", "tcp://[::1]:8786"),
    ],
)
def test_a_scheduler_address_may_leave_out_the_scheme_and_port(written: str, address: str) -> None:
    assert scheduler_address(written) == address


@pytest.mark.parametrize(
    ("written", "why"),
    [
        ("http://10.1.2.3:8786", "unknown scheme http://"),
        ("tcp://10.1.2.3:delapan", "the port 'delapan' is not a number"),
        ("10.1.2.3:notaport", "the port 'notaport' is not a number"),
        ("tcp://", "no host"),
        ("127.0.0.1:99999", "the port 99999 is out of range (1-65535)"),
        ("tcp://127.0.0.1:0", "the port 0 is out of range"),
    ],
)
def test_a_malformed_scheduler_address_is_refused_before_connecting(
    written: str, why: str, tmp_path: Path
) -> None:
    db = tmp_path / "c.db"
    result = CliRunner().invoke(main, ["ingest", str(tmp_path), "--db", str(db), "--dask", written])
    assert result.exit_code == ClusterError.exit_code and result.stdout == ""
    assert result.stderr.startswith(f"kroscek: error: {written}: not a Dask scheduler address (")
    assert why in result.stderr and result.stderr.count("\n") == 1


def test_a_scheduler_without_workers_is_reported_not_waited_for(tmp_path: Path) -> None:
    with (
        distributed.LocalCluster(n_workers=0, dashboard_address=":0") as empty,
        pytest.raises(ClusterError, match=r"has no workers after 0\.5 s"),
    ):
        scale.ingest([], tmp_path / "c.db", scheduler=empty.scheduler_address, timeout=0.5)


@pytest.mark.parametrize(
    ("fault", "expected"),
    [
        ("another_version", "runs kroscek 0.0.1-lama"),
        ("no_kroscek", "cannot import kroscek (ModuleNotFoundError"),
    ],
)
def test_workers_without_this_kroscek_are_refused_before_any_batch(
    client: distributed.Client, tmp_path: Path, fault: str, expected: str
) -> None:
    client.run(_fake_worker_kroscek, fault)
    try:
        with pytest.raises(ClusterError) as failure:
            scale.ingest([], tmp_path / "c.db", scheduler=client)
    finally:
        client.run(_fake_worker_kroscek, "restore")
    line = str(failure.value)
    assert expected in line and "install kroscek" in line and "\n" not in line
    assert not (tmp_path / "c.db").exists()
    scale.ingest([], tmp_path / "c.db", scheduler=client)  # mended: accepted again


def _fake_worker_kroscek(fault: str) -> None:
    """On a worker: make it look like another kroscek, or like none (and back)."""
    worker_kroscek = sys.modules["kroscek"] or sys.modules["_kroscek_real"]
    real = sys.modules.setdefault("_kroscek_real", worker_kroscek)
    before = real.__dict__.setdefault("_version_before", real.__version__)
    if fault == "another_version":
        real.__version__ = "0.0.1-lama"
    elif fault == "no_kroscek":
        sys.modules["kroscek"] = None  # type: ignore[assignment]
    else:
        real.__version__ = before
        sys.modules["kroscek"] = real


def test_without_dask_the_error_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(
        ClusterError, match=r"Dask is not installed — pip install 'kroscek\[scale\]'"
    ):
        scale.ingest([], tmp_path / "c.db")
    result = CliRunner().invoke(
        main, ["reindex", "--db", str(tmp_path / "c.db"), "--dask", "local"]
    )
    assert result.exit_code == ClusterError.exit_code
    assert result.stderr == "kroscek: error: Dask is not installed — pip install 'kroscek[scale]'\n"


@pytest.mark.parametrize(
    ("batch", "origin"),
    [
        ([pipeline.RawLine("berita.jsonl:41", b"{}")], "berita.jsonl:41"),
        ([], "an empty batch"),
    ],
)
def test_a_failed_batch_is_named_by_its_first_input(batch: list[object], origin: str) -> None:
    error = batch_failed(12, batch, RuntimeError("worker lost\nat line 3"), "the Dask cluster")
    expected = f"batch 12 (from {origin}) failed in the Dask cluster (RuntimeError: worker lost)"
    assert str(error) == expected


def _cached_reports(db: Path) -> list[tuple[object, ...]]:
    with Corpus(db, readonly=True) as corpus:
        reports = corpus.connection.execute(
            "SELECT story_id, version, report, n_high, engine FROM reports ORDER BY story_id"
        ).fetchall()
        conflicts = corpus.connection.execute(
            "SELECT * FROM report_conflicts ORDER BY story_id, source"
        ).fetchall()
    return [*reports, *conflicts]


def test_story_reports_computed_on_a_cluster_are_the_ones_computed_here(
    client: distributed.Client, inputs: Path, tmp_path: Path
) -> None:
    from kroscek.store.reports import cache_reports

    for name in ("local", "dask"):
        ingest([inputs], tmp_path / f"{name}.db", workers=1)
    with Corpus(tmp_path / "local.db") as corpus:
        local = cache_reports(corpus)
    on_dask = scale.reports(tmp_path / "dask.db", scheduler=client)
    assert local.computed > 5 and local.failed == []
    assert on_dask.to_dict() == local.to_dict()
    assert _cached_reports(tmp_path / "dask.db") == _cached_reports(tmp_path / "local.db")
    # and the command, on the same cluster, finds nothing left to do
    result = CliRunner().invoke(
        main,
        [
            "reports",
            "--db",
            str(tmp_path / "dask.db"),
            "--json",
            "--dask",
            client.scheduler.address,
        ],
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output.strip().splitlines()[-1]) == {
        "pending": 0,
        "computed": 0,
        "failed": [],
    }
