"""Opening a corpus database: creation, read-only access and clear one-line errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kroscek.errors import StoreError, UsageError
from kroscek.store import Corpus, schema


def test_new_database_is_created_empty_at_current_schema(tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    with Corpus(db) as corpus:
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
