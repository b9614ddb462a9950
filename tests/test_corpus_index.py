"""The clustering index kept in memory and written in bulk: same stories, same tables.

The LSH buckets and postings of the articles an ingest writes are looked up in memory and
written to ``lsh``/``postings`` every ``_PERSIST_EVERY`` articles and at the end of the
ingest (schema 3). However the work is cut (writers stopped with or without that last
write, as after a crash, memory dropped past ``_MEM_ARTICLES``, a database of schema 2),
the stories and the index tables must be those of one clean run.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from corpus_helpers import corpus_gen
from kroscek import pipeline
from kroscek.cluster import index as cluster_index
from kroscek.cluster.features import SIGNATURE_VERSION
from kroscek.errors import StoreError
from kroscek.settings import DEFAULT
from kroscek.store import Corpus, schema
from kroscek.store.loader import Prepared, prepare_and_sign
from kroscek.store.writer import CorpusWriter


@pytest.fixture(scope="module")
def batches(tmp_path_factory: pytest.TempPathFactory) -> list[Prepared]:
    data = corpus_gen().write(tmp_path_factory.mktemp("idx") / "corpus.jsonl", 480, seed=3)
    return [
        prepare_and_sign(raws, None, DEFAULT)
        for raws in pipeline.read_batches([data], source=None, settings=DEFAULT, size=40)
    ]


def _state(db: Path) -> dict[str, object]:
    conn = sqlite3.connect(db)
    try:
        return {
            "articles": conn.execute(
                "SELECT rowid, id, story_id, duplicate_of FROM articles ORDER BY rowid"
            ).fetchall(),
            "stories": conn.execute("SELECT * FROM stories ORDER BY id").fetchall(),
            "outlets": conn.execute(
                "SELECT * FROM story_sources ORDER BY story_id, source"
            ).fetchall(),
            "lsh": conn.execute("SELECT * FROM lsh ORDER BY bucket, article").fetchall(),
            "postings": conn.execute(
                "SELECT term, ts, article FROM postings ORDER BY term, ts, article"
            ).fetchall(),
            "upto": conn.execute(
                "SELECT value FROM cluster_state WHERE key = 'indexed_upto'"
            ).fetchall(),
        }
    finally:
        conn.close()


def _write(db: Path, batches: list[Prepared], sessions: list[tuple[int, bool]]) -> None:
    """Write the batches in sessions of (number of batches, finish the session or not)."""
    i = 0
    for n, finish in sessions:
        with Corpus(db) as corpus:
            writer = CorpusWriter(corpus, commit_articles=100, commit_seconds=3600)
            for arts, bad, sigs in batches[i : i + n]:
                writer.add(arts, sigs, bad)
            if finish:
                writer.finish()
            else:
                writer.commit()
        i += n
    assert i == len(batches)


@pytest.fixture(scope="module")
def clean(batches: list[Prepared], tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    db = tmp_path_factory.mktemp("clean") / "c.db"
    _write(db, batches, [(len(batches), True)])
    state = _state(db)
    assert len(state["lsh"]) > 1000 and len(state["postings"]) > 1000  # type: ignore[arg-type]
    assert state["upto"] == [(480,)]
    return state


def test_cut_sessions_and_bulk_writes_end_like_one_clean_run(
    batches: list[Prepared],
    clean: dict[str, object],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(cluster_index, "_PERSIST_EVERY", 70)
    monkeypatch.setattr(cluster_index, "_MEM_ARTICLES", 150)
    monkeypatch.setattr(cluster_index, "_PAIRS_SLICE", 97)  # rows written slice by slice
    db = tmp_path / "c.db"
    # unfinished sessions leave articles indexed nowhere but in their signatures (a crash)
    _write(db, batches, [(2, False), (3, True), (4, False), (1, False), (2, True)])
    assert _state(db) == clean


def test_schema_2_database_is_migrated_and_its_index_used(
    batches: list[Prepared], clean: dict[str, object], tmp_path: Path
) -> None:
    db = tmp_path / "c.db"
    _write(db, batches[:5], [(5, True)])
    # what a kroscek of schema 2 leaves: every article in lsh/postings, no bands, no mark
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("ALTER TABLE signatures DROP COLUMN bands")
    conn.execute("DROP TABLE cluster_state")
    conn.execute("ALTER TABLE reports DROP COLUMN engine")
    conn.execute("PRAGMA user_version = 2")
    conn.close()
    with Corpus(db, readonly=True) as corpus:  # readable as it is
        assert corpus.stats()["articles"] == 200
    with Corpus(db):  # migrated; its signatures are taken as the first version's
        pass
    conn = sqlite3.connect(db, isolation_level=None)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    version = "SELECT value FROM cluster_state WHERE key = 'signature_version'"
    assert conn.execute(version).fetchone() == (1,)
    # these articles were signed by today's code: let the writer take them as such
    conn.execute(
        "UPDATE cluster_state SET value = ? WHERE key = 'signature_version'",
        (SIGNATURE_VERSION,),
    )
    conn.close()
    _write(db, batches[5:], [(len(batches) - 5, True)])
    assert _state(db) == clean


def test_a_corpus_signed_by_another_version_is_refused_and_stays_readable(
    batches: list[Prepared], tmp_path: Path
) -> None:
    db = tmp_path / "c.db"
    _write(db, batches[:2], [(2, True)])
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute(
        "UPDATE cluster_state SET value = ? WHERE key = 'signature_version'",
        (SIGNATURE_VERSION - 1,),
    )
    conn.close()
    with pytest.raises(StoreError) as err:
        _write(db, batches[2:3], [(1, True)])
    assert f"version {SIGNATURE_VERSION - 1}" in str(err.value)
    assert "kroscek reindex --db" in str(err.value) and "\n" not in str(err.value)
    with Corpus(db, readonly=True) as corpus:
        assert corpus.stats()["articles"] == 80


def test_a_failed_bulk_write_keeps_the_batches_and_is_done_again(
    batches: list[Prepared],
    clean: dict[str, object],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = cluster_index.ClusterIndex.persist
    calls = []

    def failing(self: cluster_index.ClusterIndex) -> None:
        calls.append(1)
        real(self)  # rows written, then the disk fills up
        if len(calls) == 1:
            raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(cluster_index.ClusterIndex, "persist", failing)
    db = tmp_path / "c.db"
    with Corpus(db) as corpus:
        writer = CorpusWriter(corpus, commit_articles=100, commit_seconds=3600)
        for arts, bad, sigs in batches[:6]:
            writer.add(arts, sigs, bad)
        with pytest.raises(sqlite3.OperationalError):
            writer.finish()
        writer.commit()  # the batches are kept, the bulk rows are not
        assert _state(db)["lsh"] == [] and _state(db)["upto"] == [(0,)]
        for arts, bad, sigs in batches[6:]:
            writer.add(arts, sigs, bad)
        writer.finish()
    assert len(calls) == 2
    assert _state(db) == clean


def test_undated_articles_are_found_alike_in_memory_and_in_the_tables(
    batches: list[Prepared], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # every third article without a date: undated postings come first in the index, and an
    # undated article reads the first postings of a common term whatever their dates
    undated = [
        ([replace(a, published=None) if i % 3 == 0 else a for i, a in enumerate(arts)], bad, sigs)
        for arts, bad, sigs in batches
    ]
    _write(tmp_path / "one.db", undated, [(len(undated), True)])
    monkeypatch.setattr(cluster_index, "_PERSIST_EVERY", 50)
    _write(tmp_path / "cut.db", undated, [(1, True), (2, False), (3, True), (6, True)])
    one, cut = _state(tmp_path / "one.db"), _state(tmp_path / "cut.db")
    assert one == cut
    assert any(ts is None for _, ts, _ in one["postings"])  # type: ignore[attr-defined]


def test_a_batch_larger_than_the_signature_cache_reads_its_own_rows(
    batches: list[Prepared],
    clean: dict[str, object],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # candidates of the same batch fall out of the cache (100 signatures, batches of 240):
    # their article and signature rows, written per batch, must be in before they are read
    # back (the cache must still hold an article's 28 candidates: it is 10,000)
    monkeypatch.setattr(cluster_index, "_SIG_CACHE", 100)
    merged: list[Prepared] = []
    for i in range(0, len(batches), 6):
        group = batches[i : i + 6]
        merged.append(
            (
                [a for g in group for a in g[0]],
                [r for g in group for r in g[1]],
                [s for g in group for s in g[2]],
            )
        )
    db = tmp_path / "c.db"
    _write(db, merged, [(len(merged), True)])
    assert _state(db) == clean
