"""Benchmark: the same corpus ingested locally and on a Dask LocalCluster.

    .venv/bin/python benchmarks/bench_scale.py [--n 10000] [--repeat 3] [--workers 2] [--quick]

1. Generates ``--n`` articles with benchmarks/corpus_gen.py (not timed).
2. Ingests them into a fresh database, ``--repeat`` times each, in three ways: serial (one
   process), local worker processes (``--workers``), and a Dask LocalCluster of
   ``--workers`` single-threaded worker processes (started before the clock starts: its
   start-up is reported apart, as a cluster that is already running does not pay it).
   Each run is a fresh Python process, so that its peak memory is its own.
3. Checks that the three databases hold the same rows (articles, stories, copies).
4. Prints figures, and as the LAST line one JSON object: median articles/s of each way,
   ``ratio_dask_vs_serial`` and ``ratio_dask_vs_local_workers`` (>= 1.0: Dask is at least
   as fast), CPU per article (all processes, and the client alone: other load on a shared
   machine moves the wall-clock figures, much less these), peak memory of the client
   process (for Dask it also hosts the scheduler) and of its largest worker, and the load
   averages.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODES = ("serial", "local_workers", "dask")


def _cpu(who: int) -> float:
    """User + system CPU seconds of this process (or of its finished children)."""
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def run_one(mode: str, data: Path, db: Path, workers: int, batch_size: int) -> dict[str, object]:
    """One ingest in this process (called in a child process by :func:`main`)."""
    from kroscek.store.loader import ingest

    cluster_s = 0.0
    me0 = _cpu(resource.RUSAGE_SELF)
    if mode == "dask":
        from distributed import Client, LocalCluster

        from kroscek.scale import ingest as dask_ingest

        t = time.perf_counter()
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
        )
        client = Client(cluster, set_as_default=False)
        client.wait_for_workers(workers)
        cluster_s = time.perf_counter() - t
        me0 = _cpu(resource.RUSAGE_SELF)
        workers0 = sum(client.run(_cpu, resource.RUSAGE_SELF).values())
        t = time.perf_counter()
        counts = dask_ingest([data], db, scheduler=client, batch_size=batch_size)
        seconds = time.perf_counter() - t
        workers_cpu = sum(client.run(_cpu, resource.RUSAGE_SELF).values()) - workers0
        worker_peak = max(
            client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss).values()
        )
        client.close()
        cluster.close()
    else:
        n = 1 if mode == "serial" else workers
        t = time.perf_counter()
        counts = ingest([data], db, batch_size=batch_size, workers=n)
        seconds = time.perf_counter() - t
        worker_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        workers_cpu = _cpu(resource.RUSAGE_CHILDREN)  # the pool has ended: all counted
    client_cpu = _cpu(resource.RUSAGE_SELF) - me0
    return {
        "mode": mode,
        "seen": counts.seen,
        "seconds": seconds,
        "articles_per_s": counts.seen / seconds,
        "cluster_start_s": cluster_s,
        "client_cpu_ms_per_article": client_cpu / max(1, counts.seen) * 1e3,
        "cpu_ms_per_article": (client_cpu + workers_cpu) / max(1, counts.seen) * 1e3,
        "client_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_peak_mb": worker_peak / 1024,
    }


def _rows(db: Path) -> list[list[tuple[object, ...]]]:
    conn = sqlite3.connect(db)
    try:
        return [
            conn.execute(
                "SELECT id, story_id, duplicate_of FROM articles ORDER BY rowid"
            ).fetchall(),
            conn.execute("SELECT id, founder, n_articles FROM stories ORDER BY id").fetchall(),
            conn.execute("SELECT origin, code FROM rejected ORDER BY rowid").fetchall(),
        ]
    finally:
        conn.close()


def _child(mode: str, data: Path, db: Path, workers: int, batch_size: int) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE.parent / "src"), *sys.path])}
    args = [sys.executable, str(Path(__file__)), "--one", mode, "--data", str(data)]
    args += ["--db", str(db), "--workers", str(workers), "--batch-size", str(batch_size)]
    out = subprocess.run(args, env=env, check=True, capture_output=True, text=True).stdout
    result: dict[str, object] = json.loads(out.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="kroscek ingest: local against Dask")
    ap.add_argument("--n", type=int, default=10_000, help="articles in the corpus")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each way (medians)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=500)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--quick", action="store_true", help="2,000 articles, one run each")
    ap.add_argument("--one", choices=MODES, help=argparse.SUPPRESS)
    ap.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(args.one, args.data, args.db, args.workers, args.batch_size)))
        return
    if args.quick:
        args.n, args.repeat = 2_000, 1

    import bench_ingest as helpers  # beside this script: its load reading
    import corpus_gen

    runs: dict[str, list[dict[str, object]]] = {mode: [] for mode in MODES}
    with tempfile.TemporaryDirectory(prefix="kroscek-bench-scale-") as tmp:
        data = Path(tmp) / "corpus.jsonl"
        corpus_gen.write(data, args.n, args.seed)
        print(f"corpus: {args.n} articles, {data.stat().st_size / 1e6:.0f} MB", file=sys.stderr)
        load_before = helpers._load()
        rows: dict[str, list[list[tuple[object, ...]]]] = {}
        for r in range(args.repeat):
            for mode in MODES:  # interleaved: a change in the machine's load hits every way
                db = Path(tmp) / f"{mode}-{r}.db"
                result = _child(mode, data, db, args.workers, args.batch_size)
                runs[mode].append(result)
                rows.setdefault(mode, _rows(db))
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{db}{suffix}").unlink(missing_ok=True)
                print(
                    f"run {r + 1} {mode}: {result['articles_per_s']:.0f} articles/s "
                    f"({result['seconds']:.1f} s), CPU {result['cpu_ms_per_article']:.2f} "
                    f"ms/article ({result['client_cpu_ms_per_article']:.2f} in the client), "
                    f"client peak {result['client_peak_mb']:.0f} MB",
                    file=sys.stderr,
                )
        load_after = helpers._load()

    def median(mode: str, key: str) -> float:
        return float(statistics.median(float(run[key]) for run in runs[mode]))  # type: ignore[arg-type]

    identical = rows["dask"] == rows["serial"] == rows["local_workers"]
    serial, local, dask = (median(m, "articles_per_s") for m in MODES)
    print(
        f"medians of {args.repeat}: serial {serial:.0f}, {args.workers} local workers "
        f"{local:.0f}, Dask LocalCluster ({args.workers} workers) {dask:.0f} articles/s; "
        f"cluster start {median('dask', 'cluster_start_s'):.1f} s (not timed); same rows: "
        f"{identical}; load average {load_before} before, {load_after} after; "
        f"{os.cpu_count()} CPUs",
        file=sys.stderr,
    )
    result = {
        "n": args.n,
        "repeat": args.repeat,
        "workers": args.workers,
        "serial_articles_per_s": round(serial, 1),
        "local_workers_articles_per_s": round(local, 1),
        "dask_articles_per_s": round(dask, 1),
        "ratio_dask_vs_serial": round(dask / serial, 3),
        "ratio_dask_vs_local_workers": round(dask / local, 3),
        "dask_cluster_start_s": round(median("dask", "cluster_start_s"), 2),
        **{
            f"{mode}_{key}": round(median(mode, key), 3)
            for mode in MODES
            for key in ("cpu_ms_per_article", "client_cpu_ms_per_article")
        },
        "serial_client_peak_mb": round(median("serial", "client_peak_mb"), 1),
        "local_workers_client_peak_mb": round(median("local_workers", "client_peak_mb"), 1),
        "dask_client_peak_mb": round(median("dask", "client_peak_mb"), 1),
        "local_workers_worker_peak_mb": round(median("local_workers", "worker_peak_mb"), 1),
        "dask_worker_peak_mb": round(median("dask", "worker_peak_mb"), 1),
        "identical_rows": identical,
        "cpus": os.cpu_count(),
        "load_before": load_before,
        "load_after": load_after,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
