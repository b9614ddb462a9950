"""Group commits: an ingest's batches share a transaction, each batch still all or nothing."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from kroscek.cluster.features import sign_batch
from kroscek.data import Article, content_id
from kroscek.store import Corpus
from kroscek.store.loader import Progress, ingest
from kroscek.store.writer import CorpusWriter


def _article(source: str, title: str, text: str) -> Article:
    return Article(id=content_id(source, title, text), source=source, title=title, text=text)


BATCH_1 = [
    _article(
        "warta-timur", "Jembatan gantung putus di Lembata", "Jembatan gantung di Ile Ape putus."
    ),
    _article(
        "kabar-flores", "Dua warga hanyut saat jembatan putus", "Dua warga hanyut di Ile Ape."
    ),
]
BATCH_2 = [
    _article("pos-kupang", "Harga cabai naik di Kupang", "Harga cabai rawit naik dua kali lipat."),
    _article("broken", "Judul \udcff rusak", "Teks dengan karakter \udcff yang rusak."),
]


def _visible(db: Path) -> int:
    """Articles another connection (a reader, the web app) can see."""
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    finally:
        conn.close()


def test_batches_become_visible_together_at_the_commit(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with Corpus(db) as corpus:
        writer = CorpusWriter(corpus, commit_articles=1000, commit_seconds=3600)
        first = writer.add(BATCH_1, sign_batch(BATCH_1))
        second = writer.add(BATCH_2, sign_batch(BATCH_2))
        assert (first.new, second.new, second.rejected) == (2, 1, 1)
        assert _visible(db) == 0  # nothing committed yet
        writer.commit()
        assert _visible(db) == 3
        # the bad article was rejected alone; the batch before it stayed in the transaction
        assert [r.code for r in corpus.rejected()] == ["store_failed"]
        assert {h.article.source for h in corpus.search("cabai OR jembatan")} == {
            "warta-timur",
            "kabar-flores",
            "pos-kupang",
        }


def test_a_group_commits_by_itself_once_it_holds_enough_articles(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with Corpus(db) as corpus:
        writer = CorpusWriter(corpus, commit_articles=3, commit_seconds=3600)
        writer.add(BATCH_1, sign_batch(BATCH_1))
        assert _visible(db) == 0
        writer.add(BATCH_2[:1], sign_batch(BATCH_2[:1]))
        assert _visible(db) == 3


def test_default_writer_commits_every_batch(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with Corpus(db) as corpus:
        CorpusWriter(corpus).add(BATCH_1, sign_batch(BATCH_1))
        assert _visible(db) == 2


def test_an_interrupt_inside_a_batch_keeps_the_batches_before_it(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with Corpus(db) as corpus:
        writer = CorpusWriter(corpus, commit_articles=1000, commit_seconds=3600)
        writer.add(BATCH_1, sign_batch(BATCH_1))
        real_add_one = writer._add_one
        calls = []

        def interrupted(*args: object) -> None:
            calls.append(args)
            if len(calls) == 2:
                raise KeyboardInterrupt  # Ctrl-C half-way through the second batch
            real_add_one(*args)  # type: ignore[arg-type]

        writer._add_one = interrupted  # type: ignore[method-assign]
        third = _article("warta-barat", "Longsor tutup jalan provinsi", "Longsor menutup jalan.")
        batch = [BATCH_2[0], third]
        try:
            writer.add(batch, sign_batch(batch))
        except KeyboardInterrupt:
            writer.commit()
        stored = {r[0] for r in corpus.connection.execute("SELECT id FROM articles")}
    assert stored == {a.id for a in BATCH_1}  # the finished batch, nothing of the broken one
    assert _visible(db) == 2


def test_ctrl_c_between_batches_of_an_ingest_keeps_what_was_finished(tmp_path: Path) -> None:
    data = tmp_path / "in.jsonl"
    rows = [
        {"title": f"Banjir rendam desa ke-{i}", "text": f"Banjir merendam {i} rumah di desa itu."}
        for i in range(1, 7)
    ]
    data.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")

    def stop_after_first(progress: Progress) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest([data], tmp_path / "c.db", batch_size=3, on_batch=stop_after_first)
    assert _visible(tmp_path / "c.db") == 3
