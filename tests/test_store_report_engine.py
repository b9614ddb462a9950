"""A cached story report is served only to the analysis code that computed it: after an
upgrade (or an edit of an editable install) the web app, ``kroscek story`` and exports
recompute instead of showing the findings of the code before."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

import kroscek
from kroscek.store import Corpus, schema
from kroscek.store.engine import engine_fingerprint, fingerprint_of
from kroscek.store.loader import ingest

PACKAGE = Path(kroscek.__file__).parent


FLOOD = (
    "Banjir bandang menerjang Kecamatan Sukamaju, Kabupaten Lembah Hijau, Jawa Barat, pada "
    "Senin (9/11/2026) dini hari. Kepala BPBD Lembah Hijau, Darmawan Saputra, {verb} air "
    "sungai Cibening meluap setelah hujan deras selama enam jam. Sebanyak {n} orang tewas dan "
    'ratusan rumah terendam lumpur di tiga desa. "Kami masih mencari warga yang dilaporkan '
    'hilang," kata Darmawan di posko pengungsian Sukamaju. Tim SAR gabungan mengerahkan '
    "perahu karet dan alat berat untuk membuka akses jalan yang tertimbun longsor."
)
# Two outlets' reports of one flood whose death tolls differ: one high conflict each.
RECORDS = [
    {
        "title": "Banjir Bandang Terjang Sukamaju, 12 Orang Tewas",
        "text": FLOOD.format(verb="mengatakan", n=12),
        "url": "https://warta-a.example/banjir-sukamaju",
        "source": "Warta A",
        "published": "2026-11-09T08:00:00+07:00",
    },
    {
        "title": "Banjir Bandang di Lembah Hijau: 15 Warga Meninggal",
        "text": FLOOD.format(verb="menyebutkan", n=15),
        "url": "https://kabar-b.example/banjir-lembah-hijau",
        "source": "Kabar B",
        "published": "2026-11-09T09:30:00+07:00",
    },
]


@pytest.fixture
def cached(tmp_path: Path) -> tuple[Path, str]:
    """A corpus of one two-outlet story whose report (a high conflict) is cached."""
    data = tmp_path / "a.jsonl"
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS))
    db = tmp_path / "c.db"
    ingest([data], db)
    with Corpus(db) as corpus:
        [summary] = corpus.stories()
        corpus.story_report(summary.id)
        assert corpus.has_report(summary.id)
        assert corpus.stories()[0].high_findings == 1
        assert {o.name: o.n_conflicts for o in corpus.outlets()} == {"Warta A": 1, "Kabar B": 1}
    return db, summary.id


def _as_other_code(db: Path) -> None:
    """Make the cached reports look computed by another kroscek (as after an upgrade)."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("UPDATE reports SET engine = engine + 1")
    conn.close()


def test_a_report_cached_by_the_running_code_records_its_fingerprint(
    cached: tuple[Path, str],
) -> None:
    db, _ = cached
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT engine FROM reports").fetchall() == [(engine_fingerprint(),)]
    conn.close()


@pytest.mark.parametrize("readonly", [True, False], ids=["read-only", "writable"])
def test_a_report_cached_by_other_code_is_not_served(
    cached: tuple[Path, str], readonly: bool
) -> None:
    db, sid = cached
    _as_other_code(db)
    with Corpus(db, readonly=readonly) as corpus:
        assert not corpus.has_report(sid)
        # listings count no finding of the other code
        assert corpus.stories()[0].high_findings == 0
        assert {o.name: o.n_conflicts for o in corpus.outlets()} == {"Warta A": 0, "Kabar B": 0}
        report = corpus.story_report(sid)  # recomputed
        assert report is not None and [f.type for f in report.findings].count("conflict") == 1
        assert corpus.has_report(sid) is (not readonly)  # re-cached when it may write
        assert corpus.stories()[0].high_findings == (0 if readonly else 1)


def test_an_old_schema_file_read_only_serves_no_cached_report_but_still_compares(
    cached: tuple[Path, str],
) -> None:
    db, sid = cached
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("ALTER TABLE reports DROP COLUMN engine")  # what schema 4 wrote
    conn.execute("PRAGMA user_version = 4")
    conn.close()
    with Corpus(db, readonly=True) as corpus:
        assert not corpus.has_report(sid)
        report = corpus.story_report(sid)
        assert report is not None and len(report.articles) == 2
    with Corpus(db) as corpus:  # a writable open migrates and recomputes on first use
        assert schema.current_version(corpus.connection) == schema.SCHEMA_VERSION
        assert not corpus.has_report(sid)
        corpus.story_report(sid)
        assert corpus.has_report(sid)


def _package_copy(tmp_path: Path) -> Path:
    root = tmp_path / "kroscek"
    shutil.copytree(PACKAGE, root, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return root


@pytest.mark.parametrize(
    "edited",
    [
        "compare/findings/__init__.py",
        "lang/id/framing.json",
        "extract/numbers.py",
        "clean/__init__.py",
    ],
)
def test_editing_analysis_code_or_its_data_changes_the_fingerprint(
    tmp_path: Path, edited: str
) -> None:
    root = _package_copy(tmp_path)
    before = fingerprint_of(root, "1.0")
    target = root / edited
    assert target.is_file(), edited
    target.write_bytes(target.read_bytes() + b"\n")
    assert fingerprint_of(root, "1.0") != before


@pytest.mark.parametrize("edited", ["web/app.py", "cli/__init__.py", "store/corpus.py"])
def test_editing_the_store_web_or_cli_keeps_cached_reports(tmp_path: Path, edited: str) -> None:
    root = _package_copy(tmp_path)
    before = fingerprint_of(root, "1.0")
    target = root / edited
    assert target.is_file(), edited
    target.write_bytes(target.read_bytes() + b"\n")
    assert fingerprint_of(root, "1.0") == before
    assert fingerprint_of(root, "1.1") != before  # a new release always recomputes
