"""Opening a corpus database: creation, read-only access and clear one-line errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kroscek.errors import StoreError, UsageError
from kroscek.store import Corpus, schema


def test_new_database_is_created_empty_at_current_schema(tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    with Corpus(db, create=True) as corpus:
        assert corpus.stats() == {
            "articles": 0,
            "duplicates": 0,
            "stories": 0,
            "outlets": 0,
            "rejected": 0,
        }
        assert corpus.stories() == []
        assert corpus.outlets() == []
        assert corpus.story("s0000") is None
        assert corpus.article("nope") is None
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_readonly_open_of_missing_file_says_how_to_create_it(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as err:
        Corpus(tmp_path / "missing.db", readonly=True)
    assert "kroscek ingest --db" in str(err.value)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize(
    ("version", "words"), [(schema.SCHEMA_VERSION + 1, "newer"), (0, "not a kroscek")]
)
def test_readonly_open_of_other_schema_names_the_version_problem(
    tmp_path: Path, version: int, words: str
) -> None:
    db = tmp_path / "other.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE something (x)")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match=words):
        Corpus(db, readonly=True)


def test_a_file_that_is_not_sqlite_is_a_store_error(tmp_path: Path) -> None:
    db = tmp_path / "notes.db"
    db.write_text("these are my notes, not a database\n" * 50)
    with pytest.raises(StoreError, match="not a kroscek corpus"):
        Corpus(db)


@pytest.mark.parametrize("query", ['"unbalanced', "AND OR", "title:"])
def test_malformed_search_query_is_a_usage_error(tmp_path: Path, query: str) -> None:
    with Corpus(tmp_path / "c.db") as corpus, pytest.raises(UsageError):
        corpus.search(query)


def _v1_database_with_one_article(db: Path) -> None:
    """A corpus written by a kroscek of schema 1 (FTS5 kept in step by an insert trigger)."""
    conn = sqlite3.connect(db, isolation_level=None)
    schema.migrate(conn, target=1)
    conn.execute(
        "INSERT INTO articles(id, source, title, text, lang, story_id) VALUES (?, ?, ?, ?, ?, ?)",
        ("a1", "Warta Lama", "Banjir rob di pesisir", "Air laut naik dua meter.", "id", "s1"),
    )
    conn.close()


def test_schema_1_database_is_readable_as_is_and_migrated_by_the_next_ingest(
    tmp_path: Path,
) -> None:
    from kroscek.cluster.features import sign_batch
    from kroscek.data import Article, content_id
    from kroscek.store.writer import CorpusWriter

    db = tmp_path / "old.db"
    _v1_database_with_one_article(db)
    with Corpus(db, readonly=True) as corpus:  # a reader needs no migration
        assert [h.article.id for h in corpus.search("rob")] == ["a1"]
    title, text = "Rob surut di pesisir", "Warga kembali ke rumah setelah rob surut."
    new = Article(id=content_id(title, text), source="Kabar Pantai", title=title, text=text)
    with Corpus(db) as corpus:
        CorpusWriter(corpus).add([new], sign_batch([new]))
        assert sorted(h.article.id for h in corpus.search("rob")) == sorted(["a1", new.id])
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert triggers == {"articles_ad", "articles_au"}
    # candidate lookups read the postings index alone
    columns = [r[2] for r in conn.execute("PRAGMA index_info(postings_term)")]
    assert columns == ["term", "ts", "article"]
