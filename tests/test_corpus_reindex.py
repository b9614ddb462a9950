"""`kroscek reindex`: a corpus signed by another kroscek is rebuilt from its stored articles.

The rebuilt corpus must be the one a fresh ingest of the same inputs builds today: same
articles, same stories under the same ids, same duplicates, the rejected inputs kept. The
old corpus is replaced only when the new one is complete.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from corpus_helpers import corpus_rows, read_records
from kroscek.cli import main
from kroscek.cluster.features import SIGNATURE_VERSION
from kroscek.errors import StoreError
from kroscek.store import Corpus
from kroscek.store.reindex import reindex

GOLD = Path(__file__).parent / "gold" / "corpus" / "corpus.jsonl.gz"
_VERSION = "SELECT value FROM cluster_state WHERE key = 'signature_version'"


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """120 labelled articles (several outlets per story, copies among them) and bad lines."""
    folder = tmp_path_factory.mktemp("reindex")
    lines = [json.dumps(r, ensure_ascii=False) for r in read_records(GOLD)[:120]]
    lines.insert(7, "{not json")
    lines.insert(50, json.dumps({"title": "Tanpa isi", "text": ""}))
    path = folder / "articles.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _ingest(inputs: Path, db: Path) -> None:
    code, out = _run("ingest", str(inputs), "--db", str(db), "--workers", "1", "--json")
    assert code == 0, out


def _as_older_kroscek(db: Path) -> None:
    """What a corpus built by a kroscek with the previous signatures looks like to this one."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute(
        "UPDATE cluster_state SET value = ? WHERE key = 'signature_version'",
        (SIGNATURE_VERSION - 1,),
    )
    # its stories are not today's: scramble them so that only a rebuild can bring them back
    conn.execute("UPDATE articles SET story_id = 'old-' || (rowid % 3)")
    conn.close()


def _state(db: Path) -> dict[str, object]:
    return corpus_rows(db, "kecamatan")


@pytest.fixture(scope="module")
def fresh(inputs: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    db = tmp_path_factory.mktemp("fresh") / "fresh.db"
    _ingest(inputs, db)
    return _state(db)


def test_a_refused_corpus_is_rebuilt_in_place_as_a_fresh_ingest_would_build_it(
    inputs: Path, fresh: dict[str, object], tmp_path: Path
) -> None:
    db = tmp_path / "c.db"
    _ingest(inputs, db)
    _as_older_kroscek(db)
    code, out = _run("ingest", str(inputs), "--db", str(db), "--workers", "1")
    assert code == 4 and f"kroscek reindex --db {db}" in out

    code, out = _run("reindex", "--db", str(db), "--workers", "1")
    assert code == 0, out
    assert f"v{SIGNATURE_VERSION - 1} → v{SIGNATURE_VERSION}" in out
    assert _state(db) == fresh
    backup = Path(f"{db}.signatures-v{SIGNATURE_VERSION - 1}.bak")
    assert backup.is_file() and f"kept as {backup}" in out
    with Corpus(backup, readonly=True) as old:  # the old file, as it was
        assert old.connection.execute(_VERSION).fetchone() == (SIGNATURE_VERSION - 1,)
    code, out = _run("ingest", str(inputs), "--db", str(db), "--workers", "1", "--json")
    assert code == 0, out  # accepted again; nothing new in the same inputs
    assert json.loads(out.strip().splitlines()[-1])["new"] == 0


@pytest.mark.parametrize("workers", [1, 2])
def test_reindex_to_an_output_file_leaves_the_corpus_untouched(
    inputs: Path, fresh: dict[str, object], tmp_path: Path, workers: int
) -> None:
    db, out_db = tmp_path / "c.db", tmp_path / "new.db"
    _ingest(inputs, db)
    _as_older_kroscek(db)
    before = _state(db)
    result = reindex(db, out_db, workers=workers, batch_size=25)
    assert _state(out_db) == fresh
    assert _state(db) == before
    assert result.backup is None and result.database == str(out_db)
    assert result.articles_before == len(fresh["articles"])  # type: ignore[arg-type]
    assert result.rejected_kept == 2
    assert result.counts.new + result.counts.copies == result.articles_before


def test_reindex_without_backup_keeps_only_the_new_file(inputs: Path, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    _ingest(inputs, db)
    code, out = _run("reindex", "--db", str(db), "--no-backup", "--json", "--workers", "1")
    assert code == 0, out
    summary = json.loads(out.strip().splitlines()[-1])
    assert summary["backup"] is None and summary["database"] == str(db)
    assert summary["stories_after"] == summary["stories_before"]  # same version: same stories
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("c.db.")) == []


def test_an_interrupted_reindex_leaves_the_corpus_as_it_was(
    inputs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "c.db"
    _ingest(inputs, db)
    _as_older_kroscek(db)
    before = _state(db)
    calls = []

    def fail_on_third_batch(progress: object) -> None:
        calls.append(progress)
        if len(calls) == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        reindex(db, batch_size=20, on_batch=fail_on_third_batch)
    assert _state(db) == before
    assert not Path(f"{db}.reindex-tmp").exists()
    assert not list(tmp_path.glob("*.bak"))


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("missing", "no corpus database here"),
        ("output exists", "the output file already exists"),
        ("not a corpus", "not a kroscek corpus"),
    ],
)
def test_reindex_errors_are_one_line(case: str, message: str, inputs: Path, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    args = ["reindex", "--db", str(db)]
    if case == "output exists":
        _ingest(inputs, db)
        (tmp_path / "taken.db").write_text("x")
        args += ["-o", str(tmp_path / "taken.db")]
    elif case == "not a corpus":
        db.write_bytes(b"plain text, not SQLite" * 100)
    code, out = _run(*args)
    assert code == 4
    assert message in out and "Traceback" not in out
    assert len(out.strip().splitlines()) == 1


def test_reindex_is_refused_while_an_ingest_writes_the_corpus(inputs: Path, tmp_path: Path) -> None:
    fcntl = pytest.importorskip("fcntl")
    db = tmp_path / "c.db"
    _ingest(inputs, db)
    with open(f"{db}.ingest-lock", "a+b") as held:  # what a running ingest holds
        fcntl.flock(held.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(StoreError, match="is writing to this database"):
            reindex(db)
