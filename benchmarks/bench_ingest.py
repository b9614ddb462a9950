"""Benchmark: `kroscek ingest` of a synthetic JSONL corpus against datasketch's candidate stage.

    .venv/bin/python benchmarks/bench_ingest.py [--n 100000] [--workers 0] [--seed 7] [--day2 0.1]

1. Generates ``--n`` articles with benchmarks/corpus_gen.py (not timed).
2. Times the whole ingest into a fresh SQLite database: read JSONL, clean, sign (MinHash +
   names), cluster into stories, store with FTS5 (fact extraction is lazy, not part of it).
3. Times, in the same run and over the same texts, datasketch's candidate stage alone:
   JSONL parse, the same 5-word shingles, ``MinHash(num_perm=128).update_batch``, then
   ``MinHashLSH.query`` and ``insert`` for each article (in a separate process, so that its
   memory does not count against the ingest).
4. Times a rerun of the same input into the same database (``rerun_s``: the corpus's
   ledger passes over the file unread, as a nightly rerun over an unchanged folder).
4b. With ``--day2 F`` (e.g. 0.1), the ingest of step 2 takes the first ``1 - F`` of the corpus
   (day one) and the last ``F`` is then ingested twice, alternated ``--day2-rounds`` times:
   into a copy of the day-one database (day two: candidates come from the stored ``lsh``
   and ``postings`` tables) and into a fresh database (the same articles with nothing
   stored). ``day2_main_cpu_ms`` and ``fresh_main_cpu_ms`` are the main process's CPU per
   article (medians); ``day2_cost_ratio`` their ratio: what a corpus that is already there
   adds to the serial step of an ingest.
5. Prints figures, and as the LAST line one JSON object with ``articles_per_s``,
   ``ratio_vs_datasketch`` (ingest articles/s divided by datasketch's; >= 1.0 means the
   whole ingest is at least as fast as datasketch's candidate stage alone), ``peak_mb``
   (largest ru_maxrss of the ingest process and its workers) and BCubed precision/recall
   of the stories against the generator's labels. CPU time per article (main process and
   workers apart, and datasketch's) is printed too: on a shared machine the wall-clock
   ratio moves with other work (the load averages are printed), the CPU figures much less.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import sys
import tempfile
import time
from itertools import pairwise
from pathlib import Path

import corpus_gen  # beside this script


def _cpu_seconds() -> tuple[float, float]:
    """User+system CPU time of this process, and of its (finished) children."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


def _load() -> float | None:
    """The 1-minute load average: other work on the machine slows every wall-clock figure."""
    try:
        return round(os.getloadavg()[0], 2)
    except (AttributeError, OSError):
        return None


def _datasketch_run(path: str, shingle: int, out: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    from datasketch import MinHash, MinHashLSH

    from kroscek.text.tokens import TOKEN_RE

    start = time.perf_counter()
    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    n = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            words = [t.lower() for t in TOKEN_RE.findall(rec["text"]) if t[0].isalnum()]
            k = min(shingle, len(words)) or 1
            shingles = [" ".join(words[i : i + k]).encode() for i in range(len(words) - k + 1)]
            m = MinHash(num_perm=128)
            m.update_batch(shingles)
            lsh.query(m)
            lsh.insert(str(n), m)
            n += 1
    elapsed = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_SELF)
    out.put(
        {
            "n": n,
            "seconds": elapsed,
            "peak_mb": usage.ru_maxrss / 1024,
            "cpu_s": usage.ru_utime + usage.ru_stime,
        }
    )


def datasketch_baseline(path: Path, shingle: int) -> dict[str, float]:
    ctx = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_datasketch_run, args=(str(path), shingle, queue))
    proc.start()
    result = queue.get()
    proc.join()
    return result


def day2_ab(
    day2_data: Path, day1_db: Path, tmp: Path, batch_size: int, workers: int, rounds: int
) -> dict[str, object]:
    """Main-process CPU per article of the last part of the corpus ingested into the stored
    first part (day two) and into a fresh database, alternated ``rounds`` times."""
    import shutil
    import statistics

    from kroscek.store.loader import ingest

    cpu: dict[str, list[float]] = {"day2": [], "fresh": []}
    for _ in range(rounds):
        for mode in ("day2", "fresh"):
            db = tmp / f"{mode}.db"
            for old in tmp.glob(f"{mode}.db*"):
                old.unlink()
            if mode == "day2":
                for part in day1_db.parent.glob(day1_db.name + "*"):
                    shutil.copy(part, tmp / part.name.replace(day1_db.name, db.name))
            before = _cpu_seconds()[0]
            counts = ingest([day2_data], db, batch_size=batch_size, workers=workers)
            cpu[mode].append((_cpu_seconds()[0] - before) / max(1, counts.seen) * 1e3)
            print(
                f"{mode}: {counts.seen} articles ({counts.new} new), main CPU "
                f"{cpu[mode][-1]:.3f} ms/article (load {_load()})",
                file=sys.stderr,
            )
    day2_ms, fresh_ms = statistics.median(cpu["day2"]), statistics.median(cpu["fresh"])
    print(
        f"day two: {day2_ms:.3f} ms/article of main CPU into the stored corpus, "
        f"{fresh_ms:.3f} into a fresh database (x{day2_ms / fresh_ms:.2f})",
        file=sys.stderr,
    )
    return {
        "day2_n": counts.seen,
        "day2_main_cpu_ms": round(day2_ms, 4),
        "fresh_main_cpu_ms": round(fresh_ms, 4),
        "day2_cost_ratio": round(day2_ms / fresh_ms, 3),
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="kroscek ingest benchmark")
    ap.add_argument("--n", type=int, default=100_000, help="articles in the corpus")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--workers", type=int, default=0, help="0: one per CPU (at most 4)")
    ap.add_argument("--batch-size", type=int, default=500)
    ap.add_argument(
        "--day2",
        type=float,
        default=0.0,
        help="fraction of the corpus ingested as a second day into the stored first (0: off)",
    )
    ap.add_argument("--day2-rounds", type=int, default=3, help="alternations of the day-2 A/B")
    args = ap.parse_args(argv)
    if not 0.0 <= args.day2 < 1.0:
        ap.error("--day2 takes a fraction between 0 and 1, e.g. 0.1")

    from kroscek.cluster.evaluate import bcubed
    from kroscek.settings import DEFAULT
    from kroscek.store import Corpus
    from kroscek.store.loader import Progress, default_workers, ingest

    workers = args.workers or default_workers()
    with tempfile.TemporaryDirectory(prefix="kroscek-bench-") as tmp:
        data = Path(tmp) / "corpus.jsonl"
        t = time.perf_counter()
        corpus_gen.write(data, args.n, args.seed)
        gen_s = time.perf_counter() - t
        day2_data = None
        if args.day2:
            lines = data.read_text(encoding="utf-8").splitlines(keepends=True)
            cut = len(lines) - max(1, int(len(lines) * args.day2))
            day1_data, day2_data = Path(tmp) / "day1.jsonl", Path(tmp) / "day2.jsonl"
            day1_data.write_text("".join(lines[:cut]), encoding="utf-8")
            day2_data.write_text("".join(lines[cut:]), encoding="utf-8")
        size_mb = data.stat().st_size / 1e6
        print(
            f"corpus: {args.n} articles, {size_mb:.0f} MB JSONL, generated in {gen_s:.1f} s",
            file=sys.stderr,
        )

        db = Path(tmp) / "bench.db"
        marks: list[tuple[int, float]] = []
        step = max(args.batch_size, args.n // 10)

        def on_batch(progress: Progress) -> None:
            seen = progress.counts.seen
            if not marks or seen - marks[-1][0] >= step:
                marks.append((seen, time.perf_counter()))

        load_before = _load()
        main0, kids0 = _cpu_seconds()
        t = time.perf_counter()
        marks.append((0, t))
        first = [data] if day2_data is None else [day1_data]
        counts = ingest(first, db, batch_size=args.batch_size, workers=workers, on_batch=on_batch)
        ingest_s = time.perf_counter() - t
        main1, kids1 = _cpu_seconds()
        load_after = _load()
        # the main process reads, clusters and writes (the serial step); the workers
        # clean and sign. CPU per article is the figure that other load does not change.
        main_cpu, workers_cpu = main1 - main0, kids1 - kids0
        ingest_cpu = main_cpu + workers_cpu
        # throughput over successive tenths of the corpus: flat if the cost per article
        # does not grow with the corpus
        by_part = [round((b[0] - a[0]) / (b[1] - a[1]), 1) for a, b in pairwise(marks)]
        peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        peak_workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        per_s = counts.seen / ingest_s
        print(
            f"ingest: {counts.seen} items in {ingest_s:.1f} s = {per_s:.0f} articles/s "
            f"({workers} worker(s)); new {counts.new}, copies {counts.copies}, "
            f"rejected {counts.rejected}, stories {counts.stories_new}; "
            f"peak {peak_self:.0f} MB (main), {peak_workers:.0f} MB (largest worker)",
            file=sys.stderr,
        )
        print(
            f"ingest CPU: {ingest_cpu / max(1, counts.seen) * 1e3:.3f} ms/article = "
            f"{main_cpu / max(1, counts.seen) * 1e3:.3f} main (read, cluster, write) + "
            f"{workers_cpu / max(1, counts.seen) * 1e3:.3f} workers (clean, sign); "
            f"load average {load_before} before, {load_after} after",
            file=sys.stderr,
        )

        # the nightly rerun over the same file: the corpus's ledger passes over it unread
        t = time.perf_counter()
        rerun = ingest(first, db, batch_size=args.batch_size, workers=workers)
        rerun_s = time.perf_counter() - t
        print(
            f"rerun of the same input: {rerun_s:.3f} s, {rerun.files_skipped} file(s) "
            f"skipped unread, {rerun.seen} items read",
            file=sys.stderr,
        )

        day2 = (
            day2_ab(day2_data, db, Path(tmp), args.batch_size, workers, args.day2_rounds)
            if day2_data is not None
            else {}
        )

        gold = {}
        with (data if day2_data is None else day1_data).open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                gold[rec["url"]] = rec["gold"]
        with Corpus(db, readonly=True) as corpus:
            pred = dict(corpus.connection.execute("SELECT url, story_id FROM articles"))
            stats = corpus.stats()
        precision, recall = bcubed(pred, gold)
        db_mb = sum(p.stat().st_size for p in Path(tmp).glob("bench.db*")) / 1e6
        print(
            f"stories: {stats['stories']} found, {len(set(gold.values()))} in the labels; "
            f"BCubed precision {precision:.4f}, recall {recall:.4f}; database {db_mb:.0f} MB",
            file=sys.stderr,
        )

        base = datasketch_baseline(data, DEFAULT.shingle_words)
        base_per_s = base["n"] / base["seconds"]
        print(
            f"datasketch MinHash(128)+LSH query/insert: {base['n']} in {base['seconds']:.1f} s"
            f" = {base_per_s:.0f} articles/s (peak {base['peak_mb']:.0f} MB)",
            file=sys.stderr,
        )

    result = {
        "n": args.n,
        "workers": workers,
        "articles_per_s": round(per_s, 1),
        "datasketch_articles_per_s": round(base_per_s, 1),
        "ratio_vs_datasketch": round(per_s / base_per_s, 3),
        "peak_mb": round(max(peak_self, peak_workers), 1),
        "peak_main_mb": round(peak_self, 1),
        "peak_worker_mb": round(peak_workers, 1),
        "datasketch_peak_mb": round(base["peak_mb"], 1),
        "ingest_s": round(ingest_s, 1),
        "rerun_s": round(rerun_s, 3),
        "rerun_files_skipped": rerun.files_skipped,
        "ingest_cpu_s": round(ingest_cpu, 1),
        "ingest_main_cpu_s": round(main_cpu, 1),
        "ingest_workers_cpu_s": round(workers_cpu, 1),
        "ingest_cpu_ms_per_article": round(ingest_cpu / max(1, counts.seen) * 1e3, 3),
        "datasketch_cpu_ms_per_article": round(base["cpu_s"] / max(1, base["n"]) * 1e3, 3),
        "load_before": load_before,
        "load_after": load_after,
        "datasketch_cpu_s": round(base["cpu_s"], 1),
        "ratio_cpu_vs_datasketch": round(base["cpu_s"] / ingest_cpu, 3),
        "articles_per_s_by_tenth": by_part,
        "stories": stats["stories"],
        "bcubed_precision": round(precision, 4),
        "bcubed_recall": round(recall, 4),
        "db_mb": round(db_mb, 1),
        **day2,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
