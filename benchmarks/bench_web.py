"""Web app latency under load: story page and search page vs. a static file, same server.

    .venv/bin/python benchmarks/bench_web.py [--n 100000] [--clients 20] [--seconds 8]

1. A corpus of ``--n`` generated articles (benchmarks/corpus_gen.py, the corpus
   engineer's generator) is ingested once with ``kroscek ingest`` and cached in a temp
   folder keyed by n, so later runs start at once.
2. The reports of the stories under test are computed once through the store's own cache
   (``Corpus.story_report`` on a writable corpus, as ``kroscek story`` does), so the
   benchmark measures serving a story, not comparing it for the first time.
3. ``kroscek serve`` runs as a subprocess on a free loopback port; ``--clients``
   concurrent keep-alive clients (httpx.AsyncClient) request, for ``--seconds`` each and in
   turn, the static stylesheet (the baseline), story pages and search pages.

Prints p50/p95 latency and requests/s per route, the ratio of the story page's p95 to the
static file's (goal: at most 5), and one JSON object on its last line.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
PY = sys.executable


def cache_dir() -> Path:
    path = Path(tempfile.gettempdir()) / "kroscek-bench-web"
    path.mkdir(exist_ok=True)
    return path


def ensure_corpus(n: int, seed: int) -> Path:
    """The cached corpus database of ``n`` generated articles, built when missing."""
    db = cache_dir() / f"corpus-n{n}-s{seed}.db"
    done = db.with_suffix(".done")
    if db.exists() and done.exists():
        return db
    for stale in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        stale.unlink(missing_ok=True)
    articles = cache_dir() / f"articles-n{n}-s{seed}.jsonl"
    if not articles.exists():
        generate(n, seed, articles)
    started = time.monotonic()
    subprocess.run(
        [PY, "-m", "kroscek", "ingest", str(articles), "--db", str(db), "--json"],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    print(f"ingested {n} articles in {time.monotonic() - started:.0f} s -> {db}", file=sys.stderr)
    done.write_text("ok\n")
    return db


def generate(n: int, seed: int, out: Path) -> None:
    """Write ``n`` articles as JSONL with the corpus engineer's generator (its own CLI)."""
    tmp = out.with_suffix(".part.jsonl")
    subprocess.run(
        [PY, str(HERE / "corpus_gen.py"), "--n", str(n), "--seed", str(seed), "-o", str(tmp)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    tmp.replace(out)


def pick_targets(db: Path, k: int, seed: int, max_articles: int) -> tuple[list[str], list[str]]:
    """Up to ``k`` stories of 2..max_articles articles from several outlets, newest first
    (their reports computed once and cached in the db), and search words from their titles.
    """
    from kroscek.store import Corpus

    rng = random.Random(seed)
    chosen = []
    with Corpus(db) as corpus:
        offset = 0
        while len(chosen) < k:
            page = corpus.stories(min_sources=2, limit=500, offset=offset)
            if not page:
                break
            chosen += [s for s in page if s.n_articles <= max_articles][: k - len(chosen)]
            offset += len(page)
        started = time.monotonic()
        for story in chosen:
            corpus.story_report(story.id)  # computed once, then cached in the db
        print(
            f"reports of {len(chosen)} stories ready in {time.monotonic() - started:.0f} s",
            file=sys.stderr,
        )
    words = sorted(
        {w.lower() for s in chosen for w in re.findall(r"\w{5,}", s.title) if w.isalpha()}
    )
    rng.shuffle(words)
    return [s.id for s in chosen], (words[:50] or ["berita"])


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def server(db: Path) -> Iterator[str]:
    import httpx

    port = free_port()
    proc = subprocess.Popen(
        [PY, "-m", "kroscek", "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                raise SystemExit(f"kroscek serve exited: {proc.stderr.read().decode()}")  # type: ignore[union-attr]
            try:
                if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit("kroscek serve did not start within 60 s")
            time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


async def load(base: str, urls: Sequence[str], clients: int, seconds: float) -> dict[str, float]:
    """``clients`` workers request random ``urls`` for ``seconds``; latency stats in ms."""
    import httpx

    latencies: list[float] = []
    errors = 0
    stop = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def worker(client: httpx.AsyncClient, rng: random.Random) -> None:
        nonlocal errors
        while time.perf_counter() < stop:
            url = urls[rng.randrange(len(urls))]
            t0 = time.perf_counter()
            response = await client.get(url)
            await response.aread()
            latencies.append((time.perf_counter() - t0) * 1000)
            if response.status_code != 200:
                errors += 1

    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        await asyncio.gather(*(worker(client, random.Random(i)) for i in range(clients)))
        elapsed = seconds + max(0.0, time.perf_counter() - stop)
    latencies.sort()
    return {
        "requests": len(latencies),
        "errors": errors,
        "rps": len(latencies) / elapsed,
        "p50_ms": statistics.median(latencies),
        "p95_ms": latencies[min(len(latencies) - 1, int(0.95 * len(latencies)))],
    }


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="articles in the corpus")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=8.0, help="per route")
    parser.add_argument("--stories", type=int, default=100, help="distinct story pages")
    parser.add_argument("--max-articles", type=int, default=12, help="per story under test")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    db = ensure_corpus(args.n, args.seed)
    story_ids, words = pick_targets(db, args.stories, args.seed, args.max_articles)
    routes = {
        "static": ["/static/style.css"],
        "story": [f"/stories/{sid}" for sid in story_ids],
        "search": [f"/search?q={w}" for w in words],
    }
    results: dict[str, dict[str, float]] = {}
    with server(db) as base:
        for urls in routes.values():  # warm up: every page once (memoised reports, caches)
            asyncio.run(load(base, urls, 4, 1.0))
        for name, urls in routes.items():
            results[name] = asyncio.run(load(base, urls, args.clients, args.seconds))
            r = results[name]
            print(
                f"{name:7s} p50 {r['p50_ms']:7.1f} ms  p95 {r['p95_ms']:7.1f} ms  "
                f"{r['rps']:7.0f} req/s  ({r['requests']} requests, {r['errors']} errors)"
            )
    ratio = results["story"]["p95_ms"] / max(results["static"]["p95_ms"], 1e-9)
    print(f"story p95 / static p95 = {ratio:.2f} (goal <= 5)")
    figures = {
        "n_articles": args.n,
        "clients": args.clients,
        "seconds_per_route": args.seconds,
        "cpu_count": os.cpu_count(),
        "p50_ms_static": round(results["static"]["p50_ms"], 2),
        "p95_ms_static": round(results["static"]["p95_ms"], 2),
        "rps_static": round(results["static"]["rps"], 1),
        "p50_ms_story": round(results["story"]["p50_ms"], 2),
        "p95_ms_story": round(results["story"]["p95_ms"], 2),
        "rps_story": round(results["story"]["rps"], 1),
        "p50_ms_search": round(results["search"]["p50_ms"], 2),
        "p95_ms_search": round(results["search"]["p95_ms"], 2),
        "rps_search": round(results["search"]["rps"], 1),
        "errors": int(sum(r["errors"] for r in results.values())),
        "ratio_p95_vs_static": round(ratio, 3),
        "ratio_p95_search_vs_static": round(
            results["search"]["p95_ms"] / max(results["static"]["p95_ms"], 1e-9), 3
        ),
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
