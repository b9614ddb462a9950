"""Crash safety: a real `python -m kroscek ingest` killed with SIGKILL mid-ingest, then run
again, ends with exactly the articles and the story partition of one clean run."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from corpus_helpers import corpus_gen

N_ARTICLES = 2000


def _ingest_cmd(data: Path, db: Path, workers: int) -> list[str]:
    return [
        sys.executable,
        "-m",
        "kroscek",
        "ingest",
        str(data),
        "--db",
        str(db),
        "--batch-size",
        "40",
        "--commit-every",
        "80",
        "--workers",
        str(workers),
        "--json",
    ]


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _state(db: Path) -> dict[str, object]:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT id, story_id, duplicate_of FROM articles").fetchall()
        groups: dict[str, set[str]] = {}
        for aid, story, _ in rows:
            groups.setdefault(story, set()).add(aid)
        stories = conn.execute(
            "SELECT id, n_articles, n_independent, n_sources, sources, version FROM stories"
        ).fetchall()
        return {
            "ids": sorted(r[0] for r in rows),
            "partition": {frozenset(g) for g in groups.values()},
            "copies": sorted((r[0], r[2]) for r in rows if r[2]),
            "stories": sorted(stories),
            "lsh": conn.execute("SELECT COUNT(*) FROM lsh").fetchone()[0],
            "postings": conn.execute("SELECT COUNT(*) FROM postings").fetchone()[0],
            "signatures": conn.execute("SELECT COUNT(*) FROM signatures").fetchone()[0],
            "fts": conn.execute("SELECT COUNT(*) FROM articles_fts").fetchone()[0],
            "integrity": conn.execute("PRAGMA integrity_check").fetchone()[0],
        }
    finally:
        conn.close()


def _kill_when(proc: subprocess.Popen[bytes], db: Path, at_least: int) -> int:
    """SIGKILL the ingest (and its worker processes) once ``at_least`` articles are in."""
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"ingest finished before it could be killed ({_count(db)} articles)")
        if _count(db) >= at_least:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            return _count(db)
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    pytest.fail("ingest made no progress")


@pytest.mark.slow
def test_ingest_killed_twice_then_resumed_equals_a_clean_run(tmp_path: Path) -> None:
    data = corpus_gen().write(tmp_path / "corpus.jsonl", N_ARTICLES, seed=11)
    clean_db = tmp_path / "clean.db"
    done = subprocess.run(_ingest_cmd(data, clean_db, workers=1), capture_output=True, check=False)
    assert done.returncode == 0, done.stderr.decode()
    reference = _state(clean_db)
    assert len(reference["ids"]) > N_ARTICLES * 0.9

    crash_db = tmp_path / "crash.db"
    kills = []
    for threshold in (N_ARTICLES // 5, N_ARTICLES // 2):
        proc = subprocess.Popen(
            _ingest_cmd(data, crash_db, workers=2),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        kills.append(_kill_when(proc, crash_db, threshold))
    assert all(0 < k < len(reference["ids"]) for k in kills), kills
    resumed = subprocess.run(
        _ingest_cmd(data, crash_db, workers=2), capture_output=True, check=False
    )
    assert resumed.returncode == 0, resumed.stderr.decode()

    state = _state(crash_db)
    assert state["integrity"] == "ok"
    assert state["ids"] == reference["ids"]
    assert state["partition"] == reference["partition"]
    assert state["copies"] == reference["copies"]
    for key in ("lsh", "postings", "signatures", "fts"):
        assert state[key] == reference[key], key
    assert state["stories"] == reference["stories"]  # counts, outlets, versions


@pytest.mark.slow
def test_killing_the_ingest_process_alone_also_ends_its_workers(tmp_path: Path) -> None:
    data = corpus_gen().write(tmp_path / "corpus.jsonl", 600, seed=5)
    db = tmp_path / "c.db"
    proc = subprocess.Popen(
        _ingest_cmd(data, db, workers=2),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 120
    while _count(db) == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    if proc.poll() is not None:
        pytest.skip("ingest finished before it could be killed")
    os.kill(proc.pid, signal.SIGKILL)  # the main process only, not its group
    proc.wait()
    deadline = time.monotonic() + 10
    alive = True
    while time.monotonic() < deadline:
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            alive = False
            break
        time.sleep(0.05)
    if alive:
        os.killpg(proc.pid, signal.SIGKILL)
    assert not alive, "worker processes outlived the killed ingest"
