"""Group commits: an ingest's batches share a transaction, each batch still all or nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kroscek.cluster.features import sign_batch
from kroscek.data import Article, content_id
from kroscek.store import Corpus
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
