"""Benchmark: a warm in-process compare of two ~3 KB articles vs trafilatura on the same text.

The question it answers: does cross-checking two articles cost more than extracting them
from their HTML pages did? Both are timed in the same run on the same machine, so the
ratio holds across machines. Also measures the CLI's cold start (``kroscek --help``).

Run: ``.venv/bin/python benchmarks/bench_compare.py [--runs N]``. The last line of output
is one JSON object with ``ratio_vs_trafilatura`` and ``cli_help_s`` (and the raw medians).
"""

from __future__ import annotations

import argparse
import dataclasses
import html
import json
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "compare"
TARGET_CHARS = 3000


def _split(path: Path) -> tuple[str, str]:
    """Headline and body of a plain-text article in the gold set's shape."""
    lines = path.read_text("utf-8").splitlines()
    title = next(line for line in lines if line.strip())
    body = "\n".join(lines[lines.index(title) + 1 :]).strip()
    return title.strip(), body


def build_pair() -> tuple[tuple[str, str], tuple[str, str]]:
    """Two ~3 KB Indonesian articles: the a/b sides of gold cases, joined until long enough.

    Joining the cases of several events keeps what makes compare work hard: shared quotes,
    differing figures, framing words and boilerplate lines, in realistic proportions.
    """
    sides: list[list[str]] = [[], []]
    title = ("", "")
    for case in sorted(GOLD.glob("*_id_*")):
        a, b = case / "a.txt", case / "b.txt"
        if not (a.is_file() and b.is_file()):
            continue
        (ta, ba), (tb, bb) = _split(a), _split(b)
        if not title[0]:
            title = (ta, tb)
        sides[0].append(ba)
        sides[1].append(bb)
        if min(len("\n\n".join(s)) for s in sides) >= TARGET_CHARS:
            break
    return (title[0], "\n\n".join(sides[0])), (title[1], "\n\n".join(sides[1]))


def to_html(title: str, body: str) -> str:
    """A plain news page holding the same text, for trafilatura."""
    paras = "".join(f"<p>{html.escape(p)}</p>\n" for p in body.split("\n\n") if p.strip())
    return (
        "<!doctype html><html lang='id'><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title></head><body>"
        "<header><nav><a href='/'>Beranda</a> <a href='/nasional'>Nasional</a></nav></header>"
        f"<main><article><h1>{html.escape(title)}</h1>{paras}</article></main>"
        "<footer>Hak cipta redaksi.</footer></body></html>"
    )


def interleaved_medians(fns: list[Callable[[], object]], runs: int) -> list[float]:
    """Median time of each of ``fns``, run in turn (one of each per round) after a warm-up.

    The machine is shared: timing all runs of one function, then all of the other, lets a
    change of load between the two phases move their ratio; taking turns exposes both to
    the same load.
    """
    for fn in fns:
        fn()  # warm: imports, model load, caches
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(runs):
        for fn, acc in zip(fns, times, strict=True):
            t0 = time.perf_counter()
            fn()
            acc.append(time.perf_counter() - t0)
    return [statistics.median(t) for t in times]


def stage_times(raws: list, runs: int) -> dict[str, float]:
    """Median time of each stage of the chain (in turn), to see which one dominates the ratio."""
    from kroscek.align import align
    from kroscek.clean import clean
    from kroscek.compare.findings import find_all
    from kroscek.compare.relatedness import unrelated_pairs
    from kroscek.extract import extract_facts, link_entities

    cleaned = [clean(r) for r in raws]
    extracted = [extract_facts(a) for a in cleaned]
    linked = list(link_entities(extracted))
    aligned = align(linked)
    # a fresh cache each run, so the findings' shared groundwork is timed too
    stages: dict[str, Callable[[], object]] = {
        "clean": lambda: [clean(r) for r in raws],
        "extract": lambda: [extract_facts(a) for a in cleaned],
        "link": lambda: link_entities(extracted),
        "align": lambda: align(linked),
        "findings": lambda: find_all(linked, dataclasses.replace(aligned, cache={})),
        # the report's "unrelated articles" warnings: each pair scored as clustering would
        "relatedness": lambda: unrelated_pairs(linked),
    }
    medians = interleaved_medians(list(stages.values()), runs)
    return {name: t * 1000 for name, t in zip(stages, medians, strict=True)}


def cli_help_seconds(runs: int) -> float:
    exe = shutil.which("kroscek", path=str(Path(sys.executable).parent))
    cmd = [exe, "--help"] if exe else [sys.executable, "-m", "kroscek", "--help"]
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timed runs per measurement")
    args = parser.parse_args()

    import trafilatura

    from kroscek.compare import compare
    from kroscek.data import RawArticle

    (ta, ba), (tb, bb) = build_pair()
    raws = [
        RawArticle(origin="bench-a.txt", title=ta, text=ba),
        RawArticle(origin="bench-b.txt", title=tb, text=bb),
    ]
    pages = [to_html(ta, ba), to_html(tb, bb)]
    print(f"articles: {len(ba)} and {len(bb)} chars; pages: {len(pages[0])}, {len(pages[1])} bytes")

    def run_compare() -> object:
        return compare(raws)

    def run_trafilatura() -> object:
        return [trafilatura.extract(p, with_metadata=True) for p in pages]

    report = run_compare()
    print(
        f"compare: {len(report.findings)} findings, {len(report.shared_passages)} shared passages"
    )
    t_compare, t_traf = interleaved_medians([run_compare, run_trafilatura], args.runs)
    ratio = t_compare / t_traf
    print(f"compare (warm, median of {args.runs}): {t_compare * 1000:.1f} ms")
    print(f"trafilatura.extract x2 (warm, median of {args.runs}): {t_traf * 1000:.1f} ms")
    print(f"ratio_vs_trafilatura: {ratio:.2f} (goal <= 1.0)")
    stages = stage_times(raws, args.runs)
    print(
        "where the time goes (median ms): " + ", ".join(f"{k} {v:.1f}" for k, v in stages.items())
    )
    help_s = cli_help_seconds(max(5, args.runs // 3))
    print(f"kroscek --help cold start (median): {help_s:.3f} s (goal < 0.3 s)")
    print(
        json.dumps(
            {
                "ratio_vs_trafilatura": round(ratio, 3),
                "cli_help_s": round(help_s, 3),
                "compare_ms": round(t_compare * 1000, 2),
                "trafilatura_ms": round(t_traf * 1000, 2),
                "article_chars": [len(ba), len(bb)],
                "stage_ms": {k: round(v, 2) for k, v in stages.items()},
                "runs": args.runs,
            }
        )
    )


if __name__ == "__main__":
    main()
