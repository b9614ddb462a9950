"""``kroscek reports`` / ``cache_reports``: every comparable story's report computed and cached
ahead of readers, newest first, resumable, a broken story counted and skipped."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from kroscek.cli import main
from kroscek.errors import UsageError
from kroscek.store import Corpus
from kroscek.store.loader import ingest
from kroscek.store.reports import cache_reports, stale_stories

# Two outlets' own wordings of one event (not a copy of each other), sharing one quote.
WORDINGS = {
    "Warta Lembah": (
        "{event} melanda {place} pada Senin (9/11/2026). Kepala BPBD {place}, {official}, "
        "mengatakan sebanyak {n} rumah rusak dan {m} warga mengungsi ke balai desa. "
        '"Kami sudah mengirim tenda dan dapur umum ke lokasi," kata {official} di {place}. '
        "Petugas masih mendata kerugian akibat {event_l} tersebut."
    ),
    "Kabar Pesisir": (
        "Ratusan warga {place} terpaksa bermalam di balai desa setelah {event_l} menerjang "
        "permukiman mereka, Senin (9/11/2026). Menurut data BPBD setempat, {n} rumah "
        "mengalami kerusakan, sebagian besar di bagian atap. {official} memastikan bantuan "
        'logistik terus dikirim. "Kami sudah mengirim tenda dan dapur umum ke lokasi," ujarnya. '
        "Warga diminta tetap waspada karena cuaca buruk diperkirakan berlanjut sepekan."
    ),
}
EVENTS = [
    ("Banjir", "Kecamatan Cibening", "Darmawan Saputra"),
    ("Angin puting beliung", "Desa Sukarame", "Ratna Kusumaningrum"),
    ("Tanah longsor", "Kampung Legok Hayam", "Yohanes Bria"),
]


def _records() -> list[dict[str, str]]:
    """Three events, two outlets each, whose counts of damaged houses differ."""
    out = []
    for i, (event, place, official) in enumerate(EVENTS):
        for j, (source, wording) in enumerate(WORDINGS.items()):
            n = 40 + i + 20 * j
            out.append(
                {
                    "title": f"{event} Landa {place}, {n} Rumah Rusak",
                    "text": wording.format(
                        event=event,
                        event_l=event.lower(),
                        place=place,
                        official=official,
                        n=n,
                        m=100 + 10 * i,
                    ),
                    "url": f"https://{source.split()[1].lower()}.example/{i}-{j}",
                    "source": source,
                    "published": f"2026-11-09T0{8 + j}:{10 * i:02d}:00+07:00",
                }
            )
    return out


@pytest.fixture
def db(tmp_path: Path) -> Path:
    data = tmp_path / "a.jsonl"
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _records()))
    path = tmp_path / "c.db"
    ingest([data], path)
    with Corpus(path, readonly=True) as corpus:
        assert corpus.count_stories() == 3 and len(stale_stories(corpus)) == 3
    return path


@pytest.mark.parametrize("workers", [1, 2])
def test_every_comparable_story_gets_a_cached_report_and_a_rerun_does_nothing(
    db: Path, workers: int
) -> None:
    with Corpus(db) as corpus:
        counts = cache_reports(corpus, workers=workers)
        assert (counts.pending, counts.computed, counts.failed) == (3, 3, [])
        assert stale_stories(corpus) == []
        assert all(corpus.has_report(s.id) for s in corpus.stories())
        assert all(s.high_findings == 1 for s in corpus.stories())  # the differing counts
        again = cache_reports(corpus, workers=workers)
        assert (again.pending, again.computed) == (0, 0)


def test_reports_of_other_analysis_code_are_recomputed(db: Path) -> None:
    with Corpus(db) as corpus:
        cache_reports(corpus)
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("UPDATE reports SET engine = engine + 1")  # as an older kroscek left them
    conn.close()
    with Corpus(db) as corpus:
        assert len(stale_stories(corpus)) == 3
        assert cache_reports(corpus).computed == 3


@pytest.mark.parametrize("workers", [1, 2])
def test_a_story_that_cannot_be_compared_is_counted_and_the_others_are_cached(
    db: Path, workers: int
) -> None:
    with Corpus(db, readonly=True) as corpus:
        broken = corpus.stories()[0].id
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("UPDATE articles SET meta = '{not json' WHERE story_id = ?", (broken,))
    conn.close()
    with Corpus(db) as corpus:
        counts = cache_reports(corpus, workers=workers)
        assert counts.computed == 2
        assert [sid for sid, _ in counts.failed] == [broken]
        assert "JSON" in counts.failed[0][1] or "Expecting" in counts.failed[0][1]
        assert stale_stories(corpus) == [broken]


def test_a_read_only_corpus_refuses_with_what_to_do(db: Path) -> None:
    with Corpus(db, readonly=True) as corpus, pytest.raises(UsageError, match="read-only"):
        cache_reports(corpus)


def test_the_command_prints_counts_and_fails_when_a_story_failed(db: Path) -> None:
    runner = CliRunner()
    first = runner.invoke(main, ["reports", "--db", str(db), "--json"])
    assert first.exit_code == 0, first.output
    assert json.loads(first.output) == {"pending": 3, "computed": 3, "failed": []}
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("UPDATE reports SET engine = engine + 1")
    conn.execute("UPDATE articles SET meta = '{not json' WHERE rowid = 1")
    conn.close()
    second = runner.invoke(main, ["reports", "--db", str(db)])
    assert second.exit_code == 1
    assert "2 report(s) computed and cached, 1 failed (of 3 stories" in second.output
    assert "kroscek: skipped story s" in second.output


def test_the_command_on_a_missing_file_is_one_line_with_what_to_run(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["reports", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "kroscek ingest" in lines[0]
