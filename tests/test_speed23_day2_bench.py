"""The day-two mode of benchmarks/bench_ingest.py: a second ingest into a stored corpus.

A nightly ingest adds a day of articles to a corpus that holds the earlier ones; its
candidates come from the stored ``lsh`` and ``postings`` tables, not from memory. The
benchmark's ``--day2`` mode times that against the same articles into a fresh database; these
tests run it on a small generated corpus and check that both ingests store every article of
the second part, and that the figures it prints are the ones it measured.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from kroscek.store import Corpus

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def _bench_ingest(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """benchmarks/bench_ingest.py loaded from its file (it imports corpus_gen beside it)."""
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    spec = importlib.util.spec_from_file_location("bench_ingest", BENCHMARKS / "bench_ingest.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("n", "day2"), [(160, 0.25), (120, 0.5)])
def test_day_two_ingests_the_last_part_into_the_stored_first_and_into_a_fresh_db(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, n: int, day2: float
) -> None:
    bench = _bench_ingest(monkeypatch)
    from kroscek.store.loader import ingest

    data = bench.corpus_gen.write(tmp_path / "corpus.jsonl", n, 3)
    lines = data.read_text(encoding="utf-8").splitlines(keepends=True)
    cut = len(lines) - int(len(lines) * day2)
    (tmp_path / "day1.jsonl").write_text("".join(lines[:cut]), encoding="utf-8")
    (tmp_path / "day2.jsonl").write_text("".join(lines[cut:]), encoding="utf-8")
    day1_db = tmp_path / "one" / "day1.db"
    day1_db.parent.mkdir()
    ingest([tmp_path / "day1.jsonl"], day1_db, workers=1)

    figures = bench.day2_ab(tmp_path / "day2.jsonl", day1_db, tmp_path, 100, 1, 1)

    assert figures["day2_n"] == len(lines) - cut
    assert figures["day2_main_cpu_ms"] > 0 and figures["fresh_main_cpu_ms"] > 0
    ratio = figures["day2_main_cpu_ms"] / figures["fresh_main_cpu_ms"]
    # the ratio is of the unrounded medians: the rounded figures give it to within 1e-3
    assert figures["day2_cost_ratio"] == pytest.approx(ratio, abs=2e-3)
    json.dumps(figures)  # the benchmark's last line carries them
    stored, first, fresh = (
        _ids(tmp_path / name) for name in ("day2.db", "one/day1.db", "fresh.db")
    )
    assert fresh and first.isdisjoint(fresh)
    assert stored == first | fresh  # day one's articles and day two's, each once


def _ids(db: Path) -> set[str]:
    with Corpus(db, readonly=True) as corpus:
        return {r[0] for r in corpus.connection.execute("SELECT id FROM articles")}


def test_day_two_rejects_a_fraction_outside_zero_to_one(monkeypatch: pytest.MonkeyPatch) -> None:
    bench = _bench_ingest(monkeypatch)
    with pytest.raises(SystemExit):
        bench.main(["--n", "10", "--day2", "1.5"])
