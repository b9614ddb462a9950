"""The ingest ledger: a nightly rerun over a folder that grows reads only what is new.

An analyst ingests a scraper's export folder every night. Files the corpus holds whole and
that did not change are passed over before they are read; a file that grew, changed, was
cut short or is read with other options is read again (its stored articles dedupe by
content id as before); ``--reread`` reads everything. The Dask path reads on the client and
honours the same ledger. Corpora from before the ledger (schema 5) upgrade in place.
"""

from __future__ import annotations

import gzip
import json
import os
import sqlite3
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from corpus_helpers import corpus_gen, corpus_rows
from kroscek.cli import main
from kroscek.ingest.dispatch import read
from kroscek.settings import DEFAULT
from kroscek.store import Corpus, schema
from kroscek.store.ledger import FileState, Ledger, file_state, read_options
from kroscek.store.loader import ingest, ledger_batches
from kroscek.store.reindex import reindex

_PLACES = ["Cibodas", "Sukamaju", "Karangrejo", "Tanjungsari", "Wonosari", "Lembang", "Pakem"]
_EVENTS = [
    ("Banjir merendam {n} rumah di Desa {p}", "Air sungai meluap setelah hujan deras semalam."),
    ("Kebakaran pasar {p} hanguskan {n} kios", "Api diduga berasal dari korsleting listrik."),
    ("Longsor tutup jalan utama {p}, {n} warga mengungsi", "Tebing setinggi belasan meter runtuh."),
    ("Flood in {p} forces {n} families from their homes", "The river burst its banks at dawn."),
]


def _record(i: int, source: str = "Kabar Lokal") -> dict[str, str]:
    """One distinct made-up news article (Indonesian, one in four English)."""
    title_t, lead = _EVENTS[i % len(_EVENTS)]
    place = _PLACES[i % len(_PLACES)] + f" {i}"
    n = 10 + 7 * i
    english = "Flood in" in title_t
    body = (
        [
            f"{lead} Officials in {place} counted {n} households affected by evening.",
            f"Local resident Anton Wibisono, {30 + i}, said the water rose within an hour.",
            f"The district disaster agency sent {2 + i % 5} boats and opened a shelter.",
        ]
        if english
        else [
            f"{lead} Petugas di {place} mencatat {n} keluarga terdampak hingga sore ini.",
            f"Warga setempat, Budi Santoso ({30 + i}), mengatakan air naik dalam satu jam.",
            f"Badan penanggulangan bencana daerah mengirim {2 + i % 5} perahu karet.",
        ]
    )
    return {
        "title": title_t.format(n=n, p=place),
        "text": "\n\n".join(body),
        "source": source,
        "url": f"https://kabar.example/{i}",
        "published": f"2026-03-{1 + i % 27:02d}T08:00:00+07:00",
    }


def _write_jsonl(path: Path, records: list[dict[str, str]], *, append: bool = False) -> Path:
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "ab" if append else "wb") as fh:
        fh.write(data)
    return path


def _folder(tmp_path: Path, files: int = 3, per_file: int = 4, gz: bool = False) -> Path:
    folder = tmp_path / "export"
    folder.mkdir()
    for f in range(files):
        records = [_record(f * per_file + i) for i in range(per_file)]
        _write_jsonl(folder / f"day-{f:02d}.jsonl{'.gz' if gz else ''}", records)
    return folder


def _ledger_paths(db: Path) -> list[str]:
    with Corpus(db, readonly=True) as corpus:
        rows = corpus.connection.execute("SELECT path FROM files ORDER BY path").fetchall()
    return [os.path.basename(r[0]) for r in rows]


@pytest.mark.parametrize("gz", [False, True], ids=["jsonl", "jsonl.gz"])
@pytest.mark.parametrize("workers", [1, 2])
def test_a_rerun_skips_every_file_already_ingested_whole_without_reading_it(
    tmp_path: Path, gz: bool, workers: int
) -> None:
    folder, db = _folder(tmp_path, gz=gz), tmp_path / "c.db"
    first = ingest([folder], db, workers=workers, batch_size=5)
    rows = corpus_rows(db, "banjir")
    again = ingest([folder], db, workers=workers, batch_size=5)
    assert (first.new + first.copies, first.files_skipped) == (12, 0)
    assert (again.seen, again.files_skipped) == (0, 3)  # not one item read
    assert corpus_rows(db, "banjir") == rows
    assert len(_ledger_paths(db)) == 3


def test_a_text_and_an_html_file_are_skipped_like_a_jsonl_file(tmp_path: Path) -> None:
    folder, db = tmp_path / "pages", tmp_path / "c.db"
    folder.mkdir()
    rec = _record(1)
    (folder / "a.txt").write_text(f"{rec['title']}\n\n{rec['text']}\n", encoding="utf-8")
    body = "".join(f"<p>{p}</p>" for p in _record(2)["text"].split("\n\n"))
    (folder / "b.html").write_text(
        f"<html><head><title>{_record(2)['title']}</title></head><body><article>"
        f"<h1>{_record(2)['title']}</h1>{body}</article></body></html>",
        encoding="utf-8",
    )
    first = ingest([folder], db, source="Warta Desa")
    again = ingest([folder], db, source="Warta Desa")
    assert first.new + first.copies == 2
    assert (again.seen, again.files_skipped) == (0, 2)


@pytest.mark.parametrize("gz", [False, True], ids=["jsonl", "jsonl.gz"])
def test_a_file_that_grew_is_read_again_and_ends_as_one_run_over_the_grown_file(
    tmp_path: Path, gz: bool
) -> None:
    folder, db = _folder(tmp_path, gz=gz), tmp_path / "c.db"
    ingest([folder], db, batch_size=5)
    grown = sorted(folder.iterdir())[-1]
    _write_jsonl(grown, [_record(100), _record(101)], append=True)
    again = ingest([folder], db, batch_size=5)
    # only the grown file is read: its four stored articles dedupe, the two new are added
    assert again.files_skipped == 2
    assert (again.already, again.new + again.copies) == (4, 2)
    fresh = tmp_path / "fresh.db"
    ingest([folder], fresh, batch_size=5)
    assert corpus_rows(db, "banjir") == corpus_rows(fresh, "banjir")


@pytest.mark.parametrize(
    "change",
    ["rewritten-longer", "same-size-same-time", "touched"],
)
def test_a_changed_file_is_read_again(tmp_path: Path, change: str) -> None:
    folder, db = _folder(tmp_path), tmp_path / "c.db"
    ingest([folder], db)
    target = sorted(folder.iterdir())[0]
    before = target.stat()
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    if change == "rewritten-longer":
        records[0]["text"] += "\n\nPemerintah daerah menetapkan status tanggap darurat."
        _write_jsonl(target, records)
    elif change == "same-size-same-time":
        # one digit of a figure changed in place, the time put back: only the digest differs
        data = target.read_bytes()
        digit = data.index(b"mencatat ") + len(b"mencatat ")
        swapped = b"9" if data[digit : digit + 1] != b"9" else b"8"
        target.write_bytes(data[:digit] + swapped + data[digit + 1 :])
        os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))
        assert target.stat().st_size == before.st_size
    else:
        os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns + 10**9))
    again = ingest([folder], db)
    assert again.files_skipped == 2
    if change == "touched":
        assert (again.already, again.new, again.copies) == (4, 0, 0)
    else:
        assert again.already + again.new + again.copies == 4
        assert again.already == 3  # the three records left as they were
    # recorded again: the next run skips it
    assert ingest([folder], db).files_skipped == 3


def test_reread_reads_every_file_again_and_adds_nothing(tmp_path: Path) -> None:
    folder, db = _folder(tmp_path), tmp_path / "c.db"
    first = ingest([folder], db)
    rows = corpus_rows(db, "banjir")
    again = ingest([folder], db, reread=True)
    assert (again.files_skipped, again.already, again.new) == (0, first.new + first.copies, 0)
    assert corpus_rows(db, "banjir") == rows


@pytest.mark.parametrize(
    ("first", "second", "skipped"),
    [
        ({}, {}, 3),
        ({}, {"source": "Warta Desa"}, 0),  # the outlet is part of each article's id
        ({"source": "Warta Desa"}, {"source": "Warta Desa"}, 3),
        ({}, {"settings": "small"}, 0),  # another --max-bytes rejects other records
    ],
    ids=["same-options", "new-source", "same-source", "new-max-bytes"],
)
def test_a_file_read_with_other_options_is_read_again(
    tmp_path: Path, first: dict[str, str], second: dict[str, str], skipped: int
) -> None:
    import dataclasses

    folder, db = _folder(tmp_path), tmp_path / "c.db"
    small = dataclasses.replace(DEFAULT, max_input_bytes=DEFAULT.max_input_bytes // 2)

    def opts(given: dict[str, str]) -> dict[str, object]:
        return {
            "source": given.get("source"),
            "settings": small if given.get("settings") else DEFAULT,
        }

    ingest([folder], db, **opts(first))  # type: ignore[arg-type]
    again = ingest([folder], db, **opts(second))  # type: ignore[arg-type]
    assert again.files_skipped == skipped


def test_a_file_cut_short_is_read_again_and_a_bad_line_is_not_a_reason_to(
    tmp_path: Path,
) -> None:
    folder, db = tmp_path / "export", tmp_path / "c.db"
    folder.mkdir()
    cut = folder / "a.jsonl.gz"
    _write_jsonl(cut, [_record(i) for i in range(4)])
    cut.write_bytes(cut.read_bytes()[:-30])  # a copy still in progress
    bad_line = folder / "b.jsonl"
    _write_jsonl(bad_line, [_record(10), _record(11)])
    with bad_line.open("a", encoding="utf-8") as fh:
        fh.write('{"title": "Judul tanpa penutup\n')
    first = ingest([folder], db)
    assert first.reasons.get("truncated") == 1 and first.rejected >= 2
    assert _ledger_paths(db) == ["b.jsonl"]
    again = ingest([folder], db)
    assert again.files_skipped == 1  # the cut file is read again; the whole one is not
    assert again.reasons.get("truncated") == 1


def test_an_interrupted_ingest_records_only_the_files_whose_articles_are_all_stored(
    tmp_path: Path,
) -> None:
    folder, db = _folder(tmp_path, files=3, per_file=4), tmp_path / "c.db"

    def stop_after_two(progress: object) -> None:
        if getattr(progress, "batch", 0) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest([folder], db, batch_size=3, workers=1, on_batch=stop_after_two)
    # six items committed: the first file (four) is whole, the second is not
    assert _ledger_paths(db) == ["day-00.jsonl"]
    resumed = ingest([folder], db, batch_size=3, workers=1)
    assert (resumed.files_skipped, resumed.already) == (1, 2)
    fresh = tmp_path / "fresh.db"
    ingest([folder], fresh, batch_size=3, workers=1)
    assert corpus_rows(db, "banjir") == corpus_rows(fresh, "banjir")


@pytest.mark.parametrize("size", [1, 2, 3, 4, 5, 7, 13])
def test_a_file_is_recorded_with_the_batch_of_its_last_item_or_a_later_one(
    tmp_path: Path, size: int
) -> None:
    folder = _folder(tmp_path, files=3, per_file=4)
    with Corpus(tmp_path / "c.db", create=True) as corpus:
        ledger = Ledger(corpus.connection, read_options(None, DEFAULT))
        done: deque[list[FileState]] = deque()
        items = read([folder], undecoded_jsonl=True, files=ledger)
        seen: set[str] = set()
        files_of_batches = []
        for batch in ledger_batches(items, size, ledger, done):
            seen.update(item.origin.rsplit(":", 1)[0] for item in batch)
            recorded = done.popleft()
            files_of_batches.append(recorded)
            for state in recorded:
                # every line of a recorded file is in this batch or an earlier one
                assert state.path in {os.path.realpath(p) for p in seen}
        recorded_all = [s.path for batch in files_of_batches for s in batch]
        assert sorted(recorded_all) == sorted(os.path.realpath(p) for p in folder.iterdir())


def test_a_corpus_from_before_the_ledger_is_upgraded_and_reads_each_file_once_more(
    tmp_path: Path,
) -> None:
    folder, db = _folder(tmp_path), tmp_path / "old.db"
    ingest([folder], db)
    # what the kroscek before the ledger left: schema 5, no files table
    conn = sqlite3.connect(db)
    conn.execute("DROP TABLE files")
    conn.execute("PRAGMA user_version = 5")
    conn.close()
    rows = corpus_rows(db, "banjir")  # a schema-5 corpus stays readable as it is
    first = ingest([folder], db)
    assert (first.files_skipped, first.already, first.new) == (0, 12, 0)
    with Corpus(db, readonly=True) as corpus:
        assert schema.current_version(corpus.connection) == schema.SCHEMA_VERSION
    assert ingest([folder], db).files_skipped == 3
    assert corpus_rows(db, "banjir") == rows


def test_a_reindexed_corpus_keeps_its_ledger(tmp_path: Path) -> None:
    folder, db = _folder(tmp_path), tmp_path / "c.db"
    ingest([folder], db)
    out = tmp_path / "rebuilt.db"
    reindex(db, out)
    assert _ledger_paths(out) == _ledger_paths(db)
    assert ingest([folder], out).files_skipped == 3


def test_the_same_file_under_another_name_is_one_ledger_row(tmp_path: Path) -> None:
    folder, db = _folder(tmp_path, files=1), tmp_path / "c.db"
    link = tmp_path / "link.jsonl"
    link.symlink_to(next(folder.iterdir()))
    ingest([folder], db)
    assert ingest([link], db).files_skipped == 1


def test_file_state_sees_a_change_at_either_end_of_a_large_file(tmp_path: Path) -> None:
    big = tmp_path / "big.jsonl"
    records = [_record(i) for i in range(1000)]  # well over two 64 KB edges
    _write_jsonl(big, records)
    base = file_state(big)
    assert base is not None and base.size > 3 * 65_536
    for index in (0, -1):
        changed = list(records)
        changed[index] = {**changed[index], "title": changed[index]["title"].upper()}
        _write_jsonl(big, changed)
        after = file_state(big)
        assert after is not None and after.digest != base.digest
    assert file_state(tmp_path / "missing.jsonl") is None


def _cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_the_cli_says_how_many_files_it_skipped_and_how_to_read_them_again(
    tmp_path: Path,
) -> None:
    folder, db = _folder(tmp_path), str(tmp_path / "c.db")
    assert _cli("ingest", str(folder), "--db", db, "--workers", "1")[0] == 0
    code, out = _cli("ingest", str(folder), "--db", db, "--workers", "1")
    assert code == 0, out  # nothing new is not an error
    assert "skipped 3 files already in the corpus" in out and "--reread" in out
    code, out = _cli("ingest", str(folder), "--db", db, "--workers", "1", "--json")
    assert json.loads(out.strip().splitlines()[-1])["files_skipped"] == 3
    code, out = _cli("ingest", str(folder), "--db", db, "--workers", "1", "--reread", "--json")
    summary = json.loads(out.strip().splitlines()[-1])
    assert (summary["files_skipped"], summary["already_stored"]) == (0, 12)


@pytest.mark.skipif(not Path("/sys/kernel").is_dir(), reason="needs Linux's /sys")
@pytest.mark.parametrize("folder", ["/sys", "/proc"])
def test_a_database_where_nothing_can_be_written_says_the_folder_cannot_be_written(
    tmp_path: Path, folder: str
) -> None:
    data = _write_jsonl(tmp_path / "a.jsonl", [_record(1)])
    code, out = _cli("ingest", str(data), "--db", f"{folder}/kroscek-x.db", "--workers", "1")
    assert code != 0
    line = out.strip().splitlines()[-1]
    assert f"the folder {folder}" in line
    assert "cannot be written" in line or "read-only" in line
    assert "not a kroscek corpus" not in line and "--db" in line
    assert not Path(f"{folder}/kroscek-x.db").exists()


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """The cluster `--dask local --workers 2` starts."""
    pytest.importorskip("distributed")
    from kroscek import scale

    with scale.connect(None, workers=2) as dask_client:
        yield dask_client


def test_a_dask_ingest_skips_the_files_the_ledger_holds_and_matches_a_local_run(
    client: Any, tmp_path: Path
) -> None:
    from kroscek import scale

    folder = tmp_path / "archive"
    folder.mkdir()
    files = corpus_gen().write_days(folder, 240, seed=5, per_file=60)
    later = files[-1].rename(tmp_path / files[-1].name)  # day two arrives later
    local, on_cluster = tmp_path / "local.db", tmp_path / "dask.db"
    for db, run in ((local, ingest), (on_cluster, scale.ingest)):
        kw = {"scheduler": client} if run is scale.ingest else {"workers": 2}
        run([folder], db, batch_size=40, **kw)  # type: ignore[operator]
    later.rename(folder / later.name)
    day2 = {}
    for db, run in ((local, ingest), (on_cluster, scale.ingest)):
        kw = {"scheduler": client} if run is scale.ingest else {"workers": 2}
        day2[db] = run([folder], db, batch_size=40, **kw)  # type: ignore[operator]
    assert day2[on_cluster].files_skipped == day2[local].files_skipped == 3
    assert day2[on_cluster].seen == day2[local].seen == 60
    assert corpus_rows(on_cluster, "banjir") == corpus_rows(local, "banjir")
    again = scale.ingest([folder], on_cluster, scheduler=client, batch_size=40, reread=True)
    with Corpus(on_cluster, readonly=True) as corpus:
        stored = corpus.stats()["articles"]
    assert (again.files_skipped, again.already, again.new) == (0, stored, 0)


def test_a_dask_ingest_with_every_file_held_reaches_no_cluster(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    from kroscek import scale
    from kroscek.scale.cluster import ClusterError

    folder, db = _folder(tmp_path), tmp_path / "c.db"
    ingest([folder], db)
    nobody = "tcp://127.0.0.1:9"  # nothing listens there: reaching it would fail
    again = scale.ingest([folder], db, scheduler=nobody, timeout=1)
    assert (again.seen, again.files_skipped) == (0, 3)
    (folder / "new.jsonl").write_text(json.dumps(_record(99)) + "\n", encoding="utf-8")
    with pytest.raises(ClusterError):  # one file to read: the cluster is needed again
        scale.ingest([folder], db, scheduler=nobody, timeout=1)
    with pytest.raises(ClusterError, match="not a Dask scheduler address"):
        scale.ingest([folder], db, scheduler="tcp://host:port")
