"""A cluster that loses its workers, and inputs of the wrong shape, on the Dask path.

A real in-process LocalCluster (``processes=False``: it starts in a fraction of a second);
its only worker is stopped with ``scale(0)``, as when every worker machine of a cluster dies.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kroscek import scale
from kroscek.scale import DaskExecutor
from kroscek.store.loader import BatchError

distributed = pytest.importorskip("distributed")


@pytest.fixture
def cluster() -> Iterator[distributed.LocalCluster]:
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0"
    ) as local:
        yield local


def _double(batch: list[int]) -> list[int]:
    return [2 * x for x in batch]


def _until_no_workers(client: distributed.Client) -> None:
    deadline = time.monotonic() + 30
    while client.scheduler_info(n_workers=-1).get("workers") and time.monotonic() < deadline:
        time.sleep(0.05)


@pytest.mark.parametrize("patience", [0.2, 1.0])
def test_a_cluster_left_without_workers_stops_the_run_instead_of_hanging(
    cluster: distributed.LocalCluster, patience: float, caplog: pytest.LogCaptureFixture
) -> None:
    with distributed.Client(cluster, set_as_default=False) as client:
        executor = DaskExecutor(client, inflight=1, no_worker_timeout=patience)
        results = executor(_double, iter([[1, 2], [3], [4]]))
        assert next(results) == [2, 4]  # the first batch ran while the worker was there
        cluster.scale(0)
        _until_no_workers(client)
        started = time.monotonic()
        with (
            caplog.at_level("WARNING", logger="kroscek.scale"),
            pytest.raises(BatchError) as caught,
        ):
            next(results)
        waited = time.monotonic() - started
    notes = [r.getMessage() for r in caplog.records if r.name == "kroscek.scale"]
    assert notes == [
        f"the Dask cluster lost its last worker: waiting up to {patience:g} s for one to join"
    ]
    message = str(caught.value)
    assert "batch 2" in message and "found no Dask worker" in message
    assert f"none for {patience:g} s" in message and "`dask worker " in message
    assert waited >= patience


@pytest.mark.parametrize(
    "records",
    [
        [{"title": "Banjir di Desa Lamuru", "text": "Banjir merendam 40 rumah di Desa Lamuru."}],
        [{"title": "Flood in Lamuru village", "text": "Floods swamped 40 homes in Lamuru."}],
    ],
)
def test_one_path_given_as_a_string_is_one_input_on_the_cluster(
    cluster: distributed.LocalCluster, tmp_path: Path, records: list[dict[str, str]]
) -> None:
    export = tmp_path / "ekspor.jsonl"
    export.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    with distributed.Client(cluster, set_as_default=False) as client:
        counts = scale.ingest(str(export), tmp_path / "c.db", scheduler=client)
    assert (counts.new, counts.rejected) == (len(records), 0)


@pytest.mark.parametrize("inputs", [7, [Path("a.jsonl"), 7], None])
def test_inputs_that_are_not_paths_are_refused_before_the_cluster_is_reached(
    tmp_path: Path, inputs: object
) -> None:
    with pytest.raises(TypeError, match="path or URL"):
        scale.ingest(inputs, tmp_path / "c.db", scheduler="tcp://127.0.0.1:1")  # type: ignore[arg-type]
    assert not (tmp_path / "c.db").exists()


@pytest.mark.parametrize("left", [1, 2])
def test_a_worker_lost_mid_run_is_noted_and_the_run_goes_on(
    left: int, caplog: pytest.LogCaptureFixture
) -> None:
    with (
        distributed.LocalCluster(
            n_workers=left + 1, threads_per_worker=1, processes=False, dashboard_address=":0"
        ) as local,
        distributed.Client(local, set_as_default=False) as client,
    ):
        client.wait_for_workers(left + 1, timeout=30)
        results = DaskExecutor(client, inflight=1)(_double, iter([[1], [2], [3], [4]]))
        assert next(results) == [2]
        local.scale(left)
        deadline = time.monotonic() + 30
        while len(client.scheduler_info(n_workers=-1)["workers"]) > left:
            assert time.monotonic() < deadline
            time.sleep(0.05)
        time.sleep(0.6)  # past the executor's look-again interval
        with caplog.at_level("WARNING", logger="kroscek.scale"):
            assert list(results) == [[4], [6], [8]]
    notes = [r.getMessage() for r in caplog.records if r.name == "kroscek.scale"]
    assert notes == [
        f"the Dask cluster lost 1 worker(s), {left} left: their batches run again on the others"
    ]


@pytest.mark.parametrize(
    "records",
    [
        [
            {
                "source": "Kabar Lembah",
                "title": "Banjir Rendam 40 Rumah di Desa Lamuru",
                "text": "Banjir merendam 40 rumah di Desa Lamuru pada Senin pagi.",
            },
            {
                "source": "Warta Bukit",
                "title": "52 Rumah di Desa Lamuru Terendam Banjir",
                "text": "Sebanyak 52 rumah di Desa Lamuru terendam banjir pada Senin pagi.",
            },
        ],
    ],
)
def test_reports_on_a_cluster_without_workers_stop_naming_the_story_and_how_to_go_on(
    tmp_path: Path, records: list[dict[str, str]]
) -> None:
    from kroscek.store import Corpus
    from kroscek.store.loader import ingest
    from kroscek.store.reports import cache_reports

    export = tmp_path / "ekspor.jsonl"
    stamped = [dict(r, published="2026-05-11T08:00:00+07:00") for r in records]
    export.write_text("".join(json.dumps(r) + "\n" for r in stamped), encoding="utf-8")
    ingest([export], tmp_path / "c.db", workers=1)
    with (
        distributed.LocalCluster(n_workers=0, processes=False, dashboard_address=":0") as empty,
        distributed.Client(empty, set_as_default=False) as client,
        Corpus(tmp_path / "c.db") as corpus,
        pytest.raises(BatchError) as caught,
    ):
        story = corpus.stories(min_sources=2)[0].id
        cache_reports(corpus, executor=DaskExecutor(client, no_worker_timeout=0.2))
    message = str(caught.value)
    assert message.startswith(f"batch 1 (from story {story}) found no Dask worker")
    assert "the 0 report(s) cached before it stay: run the same command again" in message
