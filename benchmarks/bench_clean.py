"""Benchmark: cleaning, sentence splitting and language detection of ~3 KB scraped articles.

The question it answers: does deciding an article's text (clean + sentences + language)
cost more than extracting it from an HTML page did? The baseline is trafilatura's
``extract`` of the same article rendered as a page, timed in the same run on the same
machine, so the ratio holds across machines. It also measures the streaming JSONL path
(read + clean) in articles per second, which bounds what ``kroscek ingest`` can reach.

Run: ``.venv/bin/python benchmarks/bench_clean.py [--runs N] [--jsonl N]``. The last line
of output is one JSON object with ``ratio_vs_trafilatura`` and ``jsonl_articles_per_s``.
"""

from __future__ import annotations

import argparse
import html
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "cleaning"
TARGET_CHARS = 3000

sys.path.insert(0, str(ROOT / "src"))

from kroscek.clean import clean  # noqa: E402
from kroscek.data import RawArticle  # noqa: E402
from kroscek.ingest import read  # noqa: E402
from kroscek.text.lang import detect  # noqa: E402
from kroscek.text.segment import sentences  # noqa: E402


def scraped_articles() -> list[RawArticle]:
    """~3 KB scraped-looking articles: gold-set bodies (noise included) joined until long."""
    raws = [
        item
        for item in read(sorted(p for p in GOLD.glob("*.txt") if ".expected." not in p.name))
        if isinstance(item, RawArticle)
    ]
    articles: list[RawArticle] = []
    for start in range(len(raws)):
        parts: list[str] = []
        index = start
        while sum(len(p) for p in parts) < TARGET_CHARS:
            parts.append(raws[index % len(raws)].text)
            index += 1
        articles.append(
            RawArticle(
                origin=f"bench-{start}.txt", title=raws[start].title, text="\n\n".join(parts)
            )
        )
    return articles


def as_page(raw: RawArticle) -> str:
    """The article as a plain news page, one <p> per line, for trafilatura."""
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in raw.text.split("\n") if line)
    return (
        f"<html><head><title>{html.escape(raw.title)}</title></head><body>"
        f"<nav><a href='/'>Beranda</a> <a href='/a'>Arsip</a></nav><article>"
        f"<h1>{html.escape(raw.title)}</h1>{paragraphs}</article>"
        f"<footer>© Redaksi</footer></body></html>"
    )


def median_ms(func: Callable[[], object], items: int, runs: int) -> float:
    """Median over ``runs`` of the time per item, in milliseconds (after one warm-up)."""
    func()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) / items * 1000)
    return statistics.median(times)


def jsonl_rate(articles: list[RawArticle], count: int) -> float:
    """Articles per second for read + clean of a ``count``-line JSONL file."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for i in range(count):
                raw = articles[i % len(articles)]
                record = {"title": raw.title, "text": raw.text, "url": f"https://contoh.id/{i}"}
                handle.write(json.dumps(record) + "\n")
        start = time.perf_counter()
        done = sum(1 for item in read([path]) if isinstance(item, RawArticle) and clean(item))
        return done / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--jsonl", type=int, default=5000, help="JSONL records to read+clean")
    args = parser.parse_args()

    import trafilatura

    articles = scraped_articles()
    pages = [as_page(a) for a in articles]
    cleaned = [clean(a) for a in articles]
    n = len(articles)

    clean_ms = median_ms(lambda: [clean(a) for a in articles], n, args.runs)
    sentences_ms = median_ms(lambda: [sentences(a.text, a.lang) for a in cleaned], n, args.runs)
    detect_ms = median_ms(lambda: [detect(a.text) for a in cleaned], n, args.runs)
    trafilatura_ms = median_ms(lambda: [trafilatura.extract(p) for p in pages], n, args.runs)
    ours = clean_ms + sentences_ms + detect_ms
    rate = jsonl_rate(articles, args.jsonl)

    figures = {
        "articles": n,
        "mean_chars": round(statistics.mean(len(a.text) for a in articles)),
        "clean_ms": round(clean_ms, 3),
        "sentences_ms": round(sentences_ms, 3),
        "detect_ms": round(detect_ms, 3),
        "trafilatura_extract_ms": round(trafilatura_ms, 3),
        "ratio_vs_trafilatura": round(ours / trafilatura_ms, 3),
        "jsonl_articles_per_s": round(rate),
    }
    print(
        f"clean {clean_ms:.2f} ms + sentences {sentences_ms:.2f} ms + language "
        f"{detect_ms:.3f} ms per ~{figures['mean_chars']}-char article; trafilatura extract "
        f"{trafilatura_ms:.2f} ms; ratio {figures['ratio_vs_trafilatura']}; "
        f"JSONL read+clean {rate:.0f} articles/s"
    )
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
