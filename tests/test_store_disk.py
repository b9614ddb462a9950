"""A corpus on a disk that is read-only or full: one line saying so, never "not a corpus".

SQLite itself fails in each test. A full disk is SQLite's own limit on the database's size
(``PRAGMA max_page_count``, set on the connection kroscek opens): the writes fail with the
same SQLITE_FULL a full disk gives. A read-only folder cannot be made by ``chmod`` for root
(the suite runs as root here), so its access check is answered as on a read-only mount, and
SQLite's failure to open the ``-wal`` beside the database is real (a folder stands there).
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from kroscek.cli import main
from kroscek.errors import StoreError
from kroscek.store import Corpus
from kroscek.store import corpus as corpus_module
from kroscek.store.loader import ingest

PLACES = ["Lamuru", "Teluk Sari", "Wae Kelam", "Batu Gendang", "Rawa Pirak", "Sungai Lontar"]


def _records(n: int) -> list[dict[str, str]]:
    """Two outlets per event, Indonesian and English, so stories have reports to cache."""
    rows = []
    for i in range(n):
        place = PLACES[i % len(PLACES)]
        rows.append(
            {
                "title": f"Banjir Rendam {10 + i} Rumah di Desa {place}",
                "text": f"Banjir merendam {10 + i} rumah di Desa {place} pada Senin. "
                f"Kepala desa {place} meminta warga mengungsi ke balai desa. " * 3,
                "source": "Kabar Lembah",
                "published": f"2026-03-{1 + i % 27:02d}T08:00:00+07:00",
            }
        )
        rows.append(
            {
                "title": f"Floods Swamp {12 + i} Homes in {place} Village",
                "text": f"Floods swamped {12 + i} homes in {place} village on Monday. "
                f"The head of {place} village asked residents to move to the hall. " * 3,
                "source": "Harbour Wire",
                "published": f"2026-03-{1 + i % 27:02d}T09:00:00+07:00",
            }
        )
    return rows


@pytest.fixture
def export(tmp_path: Path) -> Path:
    path = tmp_path / "ekspor.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in _records(60)), encoding="utf-8")
    return path


def _disk_of(monkeypatch: pytest.MonkeyPatch, spare_pages: int) -> None:
    """Every corpus connection opened from now on may grow by ``spare_pages`` pages only."""
    real = corpus_module.connect

    def connect(*args: object, **kwargs: object) -> sqlite3.Connection:
        conn = real(*args, **kwargs)  # type: ignore[arg-type]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + spare_pages}")
        return conn

    monkeypatch.setattr(corpus_module, "connect", connect)


def _read_only(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    real = os.access

    def access(path: object, mode: int, *args: object, **kwargs: object) -> bool:
        inside = Path(os.fspath(path)).resolve().is_relative_to(folder.resolve())  # type: ignore[arg-type]
        if mode & os.W_OK and inside:
            return False
        return real(path, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)


@pytest.mark.parametrize("spare_pages", [3, 40])
def test_an_ingest_that_fills_the_disk_says_so_and_resumes_once_there_is_room(
    export: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spare_pages: int
) -> None:
    db = tmp_path / "penuh.db"
    with monkeypatch.context() as small:
        _disk_of(small, spare_pages)
        with pytest.raises(StoreError) as caught:
            ingest([export], db, workers=1, batch_size=10)
    message = str(caught.value)
    assert message.startswith(f"{db}: the disk holding it is full")
    assert "run the same ingest again" in message and "\n" not in message
    resumed = ingest([export], db, workers=1, batch_size=10)
    clean = ingest([export], tmp_path / "bersih.db", workers=1, batch_size=10)
    assert resumed.new + resumed.already == clean.new
    with Corpus(db, readonly=True) as a, Corpus(tmp_path / "bersih.db", readonly=True) as b:
        assert a.stats() == b.stats()


def test_caching_reports_on_a_full_disk_is_one_line_not_an_internal_error(
    export: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "corpus.db"
    ingest([export], db, workers=1)
    _disk_of(monkeypatch, 0)
    result = CliRunner().invoke(main, ["reports", "--db", str(db), "--workers", "1"])
    assert result.exit_code == 1
    line = result.stderr.strip().splitlines()[-1]
    assert line.startswith(f"kroscek: error: {db}: the disk holding it is full")
    assert "internal error" not in result.stderr and "run the same command again" in line


@pytest.mark.parametrize("command", [["stories"], ["search", "banjir"], ["story", "--help"]])
def test_a_corpus_in_a_read_only_folder_is_read_where_it_is(
    export: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    folder = tmp_path / "arsip"
    folder.mkdir()
    db = folder / "corpus.db"
    ingest([export], db, workers=1)
    (folder / "corpus.db-wal").mkdir()  # SQLite cannot open its -wal beside it: as on a ro mount
    _read_only(monkeypatch, folder)
    with Corpus(db, readonly=True) as corpus:
        assert corpus.stats()["articles"] == 120
        assert corpus.count_stories() > 0
    result = CliRunner().invoke(main, [*command, "--db", str(db)])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("name", ["baru.db", "corpus.db"])
def test_writing_into_a_read_only_folder_says_the_folder_is_read_only(
    export: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    folder = tmp_path / "arsip"
    folder.mkdir()
    ingest([export], folder / "corpus.db", workers=1)
    _read_only(monkeypatch, folder)
    result = CliRunner().invoke(main, ["ingest", str(export), "--db", str(folder / name)])
    assert result.exit_code == 4
    line = result.stderr.strip()
    assert line.startswith(f"kroscek: error: {folder / name}: cannot write here: the folder")
    assert "read-only" in line and "\n" not in line and "not a kroscek corpus" not in line
    assert not (folder / "baru.db").exists()
