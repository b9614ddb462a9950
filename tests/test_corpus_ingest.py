"""`kroscek ingest` end to end: idempotence, bad input counted and skipped, exit codes,
and the read commands (`stories`, `story`, `search`, `export`) over the result."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from kroscek.cli import main
from kroscek.store import Corpus

GOLD = Path(__file__).parent / "gold" / "corpus" / "corpus.jsonl.gz"


def _gold_subset(n: int) -> list[dict[str, str]]:
    with gzip.open(GOLD, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line, _ in zip(fh, range(n), strict=False)]


def _jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    return path


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def summary(*args: str) -> dict:
    code, out = run("ingest", "--json", "--workers", "1", *args)
    assert code == 0, out
    return json.loads(out.strip().splitlines()[-1])


def test_ingesting_the_same_input_twice_adds_nothing(tmp_path: Path) -> None:
    data = _jsonl(tmp_path / "a.jsonl", _gold_subset(60))
    db = str(tmp_path / "c.db")
    first = summary(str(data), "--db", db)
    # --reread: every article is read again and found stored by its content id
    second = summary(str(data), "--db", db, "--reread")
    assert first["new"] + first["copies"] + first["already_stored"] == 60
    assert second["new"] == 0 and second["copies"] == 0
    assert second["already_stored"] == first["new"] + first["copies"]
    assert second["corpus"] == first["corpus"]
    # by default the ledger passes over the unchanged file before reading it
    third = summary(str(data), "--db", db)
    assert (third["files_skipped"], third["already_stored"]) == (1, 0)
    assert third["corpus"] == first["corpus"]


def test_ingest_in_two_halves_equals_one_run(tmp_path: Path) -> None:
    records = _gold_subset(80)
    whole = _jsonl(tmp_path / "whole.jsonl", records)
    part1 = _jsonl(tmp_path / "p1.jsonl", records[:40])
    part2 = _jsonl(tmp_path / "p2.jsonl", records[40:])
    summary(str(whole), "--db", str(tmp_path / "one.db"))
    summary(str(part1), "--db", str(tmp_path / "two.db"))
    summary(str(part2), "--db", str(tmp_path / "two.db"))

    def partition(db: Path) -> set[frozenset[str]]:
        with Corpus(db, readonly=True) as c:
            rows = c.connection.execute("SELECT story_id, id FROM articles").fetchall()
        groups: dict[str, set[str]] = {}
        for s, a in rows:
            groups.setdefault(s, set()).add(a)
        return {frozenset(g) for g in groups.values()}

    assert partition(tmp_path / "one.db") == partition(tmp_path / "two.db")


def _bad_inputs(folder: Path) -> dict[str, Path]:
    """One good JSONL plus every kind of bad input the issue names."""
    folder.mkdir()
    good = _gold_subset(3)
    lines = [json.dumps(r, ensure_ascii=False) for r in good]
    lines.append("{this is not json")
    lines.append(json.dumps({"title": "Tanpa isi", "url": "https://x.id/1"}))
    lines.append(
        json.dumps(
            {
                **good[0],
                "url": "https://x.id/old",
                "title": "Lama",
                "published": "1970-01-01T00:00:00Z",
            }
        )
    )
    lines.append(
        json.dumps(
            {
                **good[1],
                "url": "https://x.id/new",
                "title": "Baru",
                "published": "2090-05-01T00:00:00Z",
            }
        )
    )
    (folder / "mixed.jsonl").write_text("\n".join(lines) + "\n")

    whole = gzip.compress(("\n".join(lines[:3]) + "\n").encode() * 40)
    (folder / "truncated.jsonl.gz").write_bytes(whole[: len(whole) // 2])

    html = b"<html><head><title>Halo</title></head><body><p>Isi.</p></body></html>"
    http = b"HTXP/1.1 ???\r\nthis is not a header line\r\n\r\n" + html
    record = (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.id/warc\r\n"
        b"WARC-Date: 2024-03-11T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
        b"Content-Type: application/http; msgtype=response\r\n"
        b"Content-Length: " + str(len(http)).encode() + b"\r\n\r\n" + http + b"\r\n\r\n"
    )
    (folder / "broken.warc").write_bytes(record)

    big = {"title": "Besar", "text": "kata " * (10 * 1024 * 1024), "url": "https://x.id/big"}
    with (folder / "big.jsonl").open("w") as fh:
        fh.write(json.dumps(big) + "\n")

    locked = folder / "locked.txt"
    locked.write_text("Judul\n\nIsi berita yang tidak boleh dibaca.\n")
    locked.chmod(0)
    return {"locked": locked}


def test_bad_inputs_are_counted_recorded_and_skipped(tmp_path: Path) -> None:
    paths = _bad_inputs(tmp_path / "in")
    db = str(tmp_path / "c.db")
    try:
        out = summary(str(tmp_path / "in"), "--db", db)
        readable_locked = os.access(paths["locked"], os.R_OK)
    finally:
        paths["locked"].chmod(0o644)
    assert out["new"] >= 3
    with Corpus(db, readonly=True) as corpus:
        rejected = corpus.rejected()
        assert corpus.stats()["rejected"] == len(rejected)
    origins = " ".join(r.origin for r in rejected)
    reasons = " ".join(r.reason for r in rejected)
    assert "mixed.jsonl:4" in origins  # not JSON
    assert "mixed.jsonl:5" in origins  # no text
    assert "1970" in reasons and "2090" in reasons  # implausible dates
    assert "truncated.jsonl.gz" in origins
    assert "broken.warc" in origins
    assert "big.jsonl" in origins
    if not readable_locked:  # root reads anything: then there is nothing to reject
        assert "locked.txt" in origins
    assert all(r.reason and "\n" not in r.reason for r in rejected)
    assert out["rejected"] == len(rejected)

    code, listing = run("ingest", "--errors", "--db", db)
    assert code == 0
    assert len(listing.strip().splitlines()) == len(rejected)


def test_nothing_readable_exits_non_zero_with_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n{also not}\n")
    code, out = run("ingest", str(bad), "--db", str(tmp_path / "c.db"), "--workers", "1")
    assert code == 2
    assert "nothing could be read" in out
    assert "Traceback" not in out


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("small")
    data = _jsonl(folder / "a.jsonl", _gold_subset(120))
    db = str(folder / "c.db")
    summary(str(data), "--db", db)
    return db


def test_stories_json_lists_newest_first_with_articles(small_corpus: str) -> None:
    code, out = run("stories", "--db", small_corpus, "--format", "json", "--limit", "500")
    assert code == 0, out
    payload = json.loads(out)
    stories = payload["stories"]
    assert stories and payload["total"] == len(stories)
    lasts = [s["last_published"] for s in stories]
    assert lasts == sorted(lasts, reverse=True)
    for s in stories:
        assert {"id", "title", "n_sources", "first_published", "last_published"} <= set(s)
        for a in s["articles"]:
            assert {"id", "source", "title", "url", "published"} <= set(a)


def test_stories_min_sources_and_since_filter(small_corpus: str) -> None:
    code, out = run("stories", "--db", small_corpus, "--format", "json", "--min-sources", "3")
    assert code == 0
    assert all(s["n_sources"] >= 3 for s in json.loads(out)["stories"])
    code, out = run("stories", "--db", small_corpus, "--since", "2090-01-01", "--format", "json")
    assert code == 0 and json.loads(out)["stories"] == []
    code, out = run("stories", "--db", small_corpus, "--since", "yesterday")
    assert code == 2 and "YYYY-MM-DD" in out


@pytest.mark.parametrize(("query", "word"), [("banjir", "banjir"), ('"Sungai Cimanuk"', "cimanuk")])
def test_search_marks_matches_in_snippets(small_corpus: str, query: str, word: str) -> None:
    code, out = run("search", query, "--db", small_corpus, "--format", "json")
    assert code == 0, out
    hits = json.loads(out)["hits"]
    assert hits
    assert all("«" in h["snippet"] and "»" in h["snippet"] for h in hits)
    assert any(word in h["snippet"].lower() for h in hits)


def test_search_with_malformed_query_is_one_line_error(small_corpus: str) -> None:
    code, out = run("search", '"unclosed', "--db", small_corpus)
    assert code == 2
    assert out.startswith("kroscek: error:") and len(out.strip().splitlines()) == 1


def test_read_commands_on_missing_database_say_how_to_create_it(tmp_path: Path) -> None:
    code, out = run("stories", "--db", str(tmp_path / "none.db"))
    assert code == 4
    assert "kroscek ingest --db" in out


def test_unknown_story_id_is_a_usage_error(small_corpus: str) -> None:
    code, out = run("story", "s000000000000", "--db", small_corpus)
    assert code == 2 and "kroscek stories" in out


def test_export_writes_parquet_tables(small_corpus: str, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    code, out = run("export", "--db", small_corpus, "--parquet", str(tmp_path / "pq"))
    assert code == 0, out
    articles = pq.read_table(tmp_path / "pq" / "articles.parquet")
    stories = pq.read_table(tmp_path / "pq" / "stories.parquet")
    findings = pq.read_table(tmp_path / "pq" / "findings.parquet")
    with Corpus(small_corpus, readonly=True) as corpus:
        stats = corpus.stats()
    assert articles.num_rows == stats["articles"]
    assert stories.num_rows == stats["stories"]
    assert {"id", "story_id", "source", "published", "duplicate_of"} <= set(articles.column_names)
    assert {"story_id", "type", "severity", "message"} <= set(findings.column_names)


def test_export_with_reports_fills_findings_of_multi_outlet_stories(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    records = [r for r in _gold_subset(400) if r["gold"] == "gaza-rs-serangan"]
    data = _jsonl(tmp_path / "a.jsonl", records)
    db = str(tmp_path / "c.db")
    summary(str(data), "--db", db)
    code, out = run("export", "--db", db, "--parquet", str(tmp_path / "pq"), "--with-reports")
    assert code == 0, out
    with Corpus(db, readonly=True) as corpus:
        [story] = corpus.stories()
        assert corpus.has_report(story.id)
        report = corpus.story_report(story.id)
    findings = pq.read_table(tmp_path / "pq" / "findings.parquet")
    assert report is not None and findings.num_rows == len(report.findings) > 0
    assert set(findings.column("story_id").to_pylist()) <= {story.id}


def _html(title: str, text: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in text.split("\n\n") if p.strip())
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body><article><h1>{title}</h1>{paras}</article></body></html>"
    )


def _warc(records: list[tuple[str, str]]) -> bytes:
    out = b""
    for i, (url, html) in enumerate(records):
        body = html.encode("utf-8")
        http = (
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
        )
        out += (
            b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + url.encode() + b"\r\n"
            b"WARC-Date: 2024-05-04T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:"
            + str(i).encode()
            + b">\r\nContent-Type: application/http; msgtype=response\r\n"
            b"Content-Length: " + str(len(http)).encode() + b"\r\n\r\n" + http + b"\r\n\r\n"
        )
    return out


def test_html_folders_and_warc_archives_are_ingested_into_stories(tmp_path: Path) -> None:
    story = [r for r in _gold_subset(400) if r["gold"] == "psm-arema"][:4]
    folder = tmp_path / "pages"
    (folder / "sub").mkdir(parents=True)
    for i, r in enumerate(story[:2]):
        (folder / "sub" / f"{i}.html").write_text(_html(r["title"], r["text"]))
    warc = tmp_path / "crawl.warc.gz"
    warc.write_bytes(
        gzip.compress(_warc([(r["url"], _html(r["title"], r["text"])) for r in story[2:]]))
    )
    out = summary(str(folder), str(warc), "--db", str(tmp_path / "c.db"))
    assert out["new"] + out["copies"] == 4 and out["rejected"] == 0
    with Corpus(tmp_path / "c.db", readonly=True) as corpus:
        assert corpus.stats()["stories"] == 1


def test_a_second_ingest_into_the_same_database_is_refused(tmp_path: Path) -> None:
    fcntl = pytest.importorskip("fcntl")
    data = _jsonl(tmp_path / "a.jsonl", _gold_subset(5))
    db = tmp_path / "c.db"
    with open(f"{db}.ingest-lock", "a+b") as held:  # what a running ingest holds
        fcntl.flock(held.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        code, out = run("ingest", str(data), "--db", str(db), "--workers", "1")
        assert code == 4
        assert "another `kroscek ingest` or `reindex` is writing" in out and "Traceback" not in out
    after = summary(str(data), "--db", str(db))  # released: it runs
    assert after["new"] + after["copies"] == 5
    assert not Path(f"{db}.ingest-lock").exists()  # and leaves no lock file behind


def test_a_lock_file_removed_or_replaced_after_opening_is_not_taken_for_the_lock(
    tmp_path: Path,
) -> None:
    pytest.importorskip("fcntl")
    from kroscek.store.loader import _names_file, only_writer

    lock = tmp_path / "c.db.ingest-lock"
    lock.write_bytes(b"")  # left by a killed ingest: taken over, then removed
    with only_writer(tmp_path / "c.db"):
        assert lock.exists()
    assert not lock.exists()
    with open(lock, "a+b") as opened:  # opened just before the holder removed it...
        assert _names_file(str(lock), opened)
        lock.unlink()
        assert not _names_file(str(lock), opened)  # ...so it is no lock any more
        lock.write_bytes(b"")  # a new ingest's file under the same name
        assert not _names_file(str(lock), opened)


@pytest.mark.parametrize(("limit", "rejected"), [("3K", 1), ("10MB", 0)])
def test_max_bytes_rejects_records_over_the_limit(
    limit: str, rejected: int, tmp_path: Path
) -> None:
    records = _gold_subset(4)
    records[0] = {**records[0], "text": records[0]["text"] + " Tambahan paragraf." * 400}
    data = _jsonl(tmp_path / "a.jsonl", records)
    out = summary(str(data), "--db", str(tmp_path / "c.db"), "--max-bytes", limit)
    assert out["rejected"] == rejected
    assert out["new"] + out["copies"] == 4 - rejected
