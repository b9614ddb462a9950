"""Files a user hands kroscek by mistake or habit: documents, JSON arrays, kroscek's own
reports, lists of URLs. Each is read for what it is or refused in one line saying what to do.

Every article here is written for these tests (made-up places, people and outlets).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import ClassVar

import pytest
from click.testing import CliRunner

from http_helpers import serving
from kroscek.cli import main
from kroscek.data import RawArticle, Rejected
from kroscek.ingest import read

FIRE_ID = (
    "Gudang Kopra di Pelabuhan Sendang Terbakar\n\n"
    "SENDANG - Sebuah gudang kopra di Pelabuhan Sendang terbakar pada Kamis (5/3/2026) "
    "dini hari. Api baru padam setelah enam unit mobil pemadam dikerahkan selama tiga jam.\n\n"
    '"Tidak ada korban jiwa, tetapi sekitar 120 ton kopra hangus," kata Kepala Dinas '
    "Pemadam Kebakaran Sendang, Yusuf Kalalo.\n"
)
FIRE_ID_2 = (
    "Kebakaran Gudang Kopra, Kerugian Ditaksir Rp2 Miliar\n\n"
    "SENDANG - Kebakaran melanda gudang kopra milik koperasi nelayan di Pelabuhan Sendang, "
    "Kamis dini hari. Sekitar 150 ton kopra hangus dan kerugian ditaksir Rp2 miliar.\n\n"
    "Yusuf Kalalo mengatakan penyebab kebakaran masih diselidiki polisi.\n"
)
FIRE_EN = (
    "Copra Warehouse Burns in Sendang Port\n\n"
    "SENDANG - A copra warehouse in Sendang port burned early on Thursday. Firefighters "
    "needed three hours and six engines to put out the blaze, and about 120 tonnes of "
    "copra were lost, fire chief Yusuf Kalalo said.\n"
)


def items(inputs: list[str | Path]) -> list[RawArticle | Rejected]:
    return list(read([str(p) for p in inputs]))


def rejected_reason(inputs: list[str | Path]) -> str:
    found = [i for i in items(inputs) if isinstance(i, Rejected)]
    assert len(found) == 1, found
    return found[0].reason


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("siaran-pers.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< >>\nendobj\n", "a PDF"),
        ("siaran-pers.txt", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "a PDF"),
        ("rilis.jsonl", b"%PDF-1.4\nendobj\n", "a PDF"),
        ("catatan.rtf", b"{\\rtf1\\ansi Banjir di Sendang}", "an RTF"),
        ("naskah.docx", b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "a ZIP archive"),
        ("foto.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG"),
    ],
)
def test_a_document_of_another_format_is_refused_by_its_first_bytes(
    tmp_path: Path, name: str, data: bytes, kind: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    reason = rejected_reason([path])
    assert reason.startswith(kind)
    assert "copy the article's text into a .txt file" in reason


def test_a_corpus_database_given_as_an_input_points_to_db(tmp_path: Path) -> None:
    db = tmp_path / "berita.db"
    assert CliRunner().invoke(main, ["ingest", "--db", str(db)]).exit_code == 0
    reason = rejected_reason([db])
    assert reason == (
        "an SQLite database, not an article; a corpus is opened with --db "
        "(kroscek stories --db FILE)"
    )


def test_compare_skips_a_pdf_with_one_line_and_compares_the_rest(tmp_path: Path) -> None:
    (tmp_path / "rilis.pdf").write_bytes(b"%PDF-1.5\n1 0 obj\n<< >>\nendobj\n")
    (tmp_path / "a.txt").write_text(FIRE_ID, "utf-8")
    (tmp_path / "b.txt").write_text(FIRE_ID_2, "utf-8")
    result = CliRunner().invoke(
        main,
        [
            "compare",
            *(str(tmp_path / n) for n in ("rilis.pdf", "a.txt", "b.txt")),
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 1  # the report was made, one input skipped
    assert [line for line in result.stderr.splitlines() if "rilis.pdf" in line] == [
        f"kroscek: skipped {tmp_path / 'rilis.pdf'}: a PDF document, not an article kroscek "
        "can read (text, HTML, JSONL or WARC); copy the article's text into a .txt file or "
        "save the page as .html"
    ]
    assert len(json.loads(result.stdout)["articles"]) == 2


@pytest.mark.parametrize(
    ("name", "starts"),
    [("laporan.pdf", "a .pdf file"), ("naskah.docx", "a .docx file"), ("tabel.csv", "a CSV file")],
)
def test_a_folder_lists_documents_it_cannot_read_instead_of_passing_over_them(
    tmp_path: Path, name: str, starts: str
) -> None:
    (tmp_path / "a.txt").write_text(FIRE_ID, "utf-8")
    (tmp_path / name).write_text("judul,isi\nBanjir,Air naik\n", "utf-8")
    (tmp_path / "foto.jpg").write_bytes(b"\xff\xd8\xff\xe0 not an article")
    found = items([tmp_path])
    assert sum(isinstance(i, RawArticle) for i in found) == 1
    refused = [i for i in found if isinstance(i, Rejected)]
    assert [Path(r.origin).name for r in refused] == [name]  # the image is not an article
    assert refused[0].reason.startswith(starts)
    assert refused[0].code == "unsupported_format"


def test_a_json_array_of_records_is_read_record_by_record(tmp_path: Path) -> None:
    records = [
        {
            "title": "Gudang Kopra Terbakar",
            "text": FIRE_ID.split("\n\n", 1)[1],
            "source": "Kabar Sendang",
        },
        {"title": "Tanpa isi", "text": ""},
        {
            "title": "Copra Warehouse Burns",
            "text": FIRE_EN.split("\n\n", 1)[1],
            "source": "Port Daily",
        },
    ]
    path = tmp_path / "ekspor.json"
    path.write_text(json.dumps(records, indent=2), "utf-8")
    found = items([path])
    assert [i.source for i in found if isinstance(i, RawArticle)] == ["Kabar Sendang", "Port Daily"]
    bad = [i for i in found if isinstance(i, Rejected)]
    assert [(b.origin, b.code) for b in bad] == [(f"{path}[2]", "no_text")]


def test_json_lines_under_a_json_name_are_read_as_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "ekspor.json"
    lines = [
        {"title": "Gudang Kopra Terbakar", "text": "Api melahap gudang kopra di pelabuhan."},
        {"title": "Copra Warehouse Burns", "text": "Fire gutted a copra warehouse at the port."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in lines) + "\n", "utf-8")
    found = items([path])
    assert [i.title for i in found if isinstance(i, RawArticle)] == [r["title"] for r in lines]


def test_broken_json_is_one_rejection_with_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "rusak.json"
    path.write_text('[\n  {"title": "Banjir",\n  "text": }\n]', "utf-8")
    reason = rejected_reason([path])
    assert reason.startswith("not valid JSON") and "line 3" in reason


@pytest.mark.parametrize("fmt", ["html", "json", "terminal"])
def test_kroscek_does_not_read_its_own_saved_report_as_an_article(tmp_path: Path, fmt: str) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(FIRE_ID, "utf-8")
    b.write_text(FIRE_ID_2, "utf-8")
    suffix = {"html": ".html", "json": ".json", "terminal": ".txt"}[fmt]
    saved = tmp_path / f"laporan{suffix}"
    result = CliRunner().invoke(
        main, ["compare", str(a), str(b), "--format", fmt, "-o", str(saved)]
    )
    assert result.exit_code == 0, result.output
    again = CliRunner().invoke(main, ["compare", str(tmp_path), "--format", "json"])
    assert f"kroscek: skipped {saved}: " in again.stderr
    assert "leave reports out of the inputs" in again.stderr
    sources = {art["source"] for art in json.loads(again.stdout)["articles"]}
    assert "laporan" not in sources and len(sources) == 2


def test_a_boxed_text_table_is_refused_but_an_article_with_a_dash_line_is_not(
    tmp_path: Path,
) -> None:
    table = tmp_path / "tabel.txt"
    table.write_text(
        "Rekap Korban\n┏━━━━┳━━━━┓\n┃ A  ┃ B  ┃\n┡━━━━╇━━━━┩\n│ 12 │ 15 │\n└────┴────┘\n", "utf-8"
    )
    article = tmp_path / "artikel.txt"
    article.write_text(FIRE_ID + "\n────\nBaca berita lainnya di halaman depan.\n", "utf-8")
    found = items([table, article])
    assert [type(i).__name__ for i in found] == ["Rejected", "RawArticle"]
    assert "box-drawing" in found[0].reason  # type: ignore[union-attr]


URL_LIST = "# liputan kebakaran gudang kopra\n{base}/kabar\n\n{base}/warta\n"


class _Pages(BaseHTTPRequestHandler):
    pages: ClassVar[dict[str, str]] = {"/kabar": FIRE_ID, "/warta": FIRE_ID_2}

    def log_message(self, format: str, *args: object) -> None:
        return

    def do_GET(self) -> None:
        body = self.pages.get(self.path, "tidak ada").encode()
        self.send_response(200 if self.path in self.pages else 404)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with serving(_Pages) as url:
        yield url


def test_a_url_list_named_on_the_command_line_is_fetched_page_by_page(
    tmp_path: Path, base_url: str
) -> None:
    listing = tmp_path / "tautan.txt"
    listing.write_text(URL_LIST.format(base=base_url), "utf-8")
    result = CliRunner().invoke(main, ["compare", str(listing), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    urls = [art["url"] for art in json.loads(result.stdout)["articles"]]
    assert sorted(urls) == [f"{base_url}/kabar", f"{base_url}/warta"]


def test_one_source_name_per_input_stretches_over_a_url_list(tmp_path: Path, base_url: str) -> None:
    listing = tmp_path / "tautan.txt"
    listing.write_text(URL_LIST.format(base=base_url), "utf-8")
    english = tmp_path / "en.txt"
    english.write_text(FIRE_EN, "utf-8")
    result = CliRunner().invoke(
        main,
        [
            "compare",
            str(listing),
            str(english),
            "--source",
            "Jaringan Sendang",
            "--source",
            "Port Daily",
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 0, result.stderr
    sources = sorted(art["source"] for art in json.loads(result.stdout)["articles"])
    assert sources[-1] == "Port Daily" and all(
        s.startswith("Jaringan Sendang") for s in sources[:2]
    )


def test_a_url_list_found_in_a_folder_is_refused_not_fetched(tmp_path: Path) -> None:
    (tmp_path / "tautan.txt").write_text(URL_LIST.format(base="http://127.0.0.1:9"), "utf-8")
    reason = rejected_reason([tmp_path])
    assert reason.startswith("a list of 2 URL(s), not an article")


def test_a_text_that_merely_starts_with_a_url_is_still_an_article(tmp_path: Path) -> None:
    path = tmp_path / "tempel.txt"
    path.write_text("https://contoh.example/berita/kopra\n\n" + FIRE_ID, "utf-8")
    found = items([path])
    assert isinstance(found[0], RawArticle)


class _Stalled(BaseHTTPRequestHandler):
    """Answers nothing until the test lets it go: an ingest stuck on a slow page."""

    arrived = threading.Event()
    release = threading.Event()

    def log_message(self, format: str, *args: object) -> None:
        return

    def do_GET(self) -> None:
        type(self).arrived.set()
        type(self).release.wait(30)


def test_ctrl_c_during_an_ingest_says_what_is_kept_and_how_to_resume(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(FIRE_ID, "utf-8")
    db = tmp_path / "berita.db"
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1] / "src"))
    with serving(_Stalled) as base:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "kroscek",
                "ingest",
                str(tmp_path / "a.txt"),
                f"{base}/lambat",
                "--db",
                str(db),
                "--workers",
                "1",
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
        try:
            assert _Stalled.arrived.wait(60), "the ingest never reached the slow page"
            proc.send_signal(signal.SIGINT)
            _, err = proc.communicate(timeout=60)
        finally:
            _Stalled.release.set()
            if proc.poll() is None:
                proc.kill()
    assert proc.returncode == 130
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1] == (
        f"kroscek: interrupted — the articles committed so far stay in {db}; "
        "run the same command again to resume (stored articles are skipped)"
    )


def test_on_a_terminal_compare_says_it_is_fetching_pages(tmp_path: Path, base_url: str) -> None:
    import pty

    listing = tmp_path / "tautan.txt"
    listing.write_text(URL_LIST.format(base=base_url), "utf-8")
    leader, follower = pty.openpty()
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1] / "src"))
    try:
        done = subprocess.run(
            [sys.executable, "-m", "kroscek", "compare", str(listing), "--format", "json"],
            stdout=subprocess.PIPE,
            stderr=follower,
            env=env,
            timeout=120,
        )
        os.close(follower)
        said = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal closed: everything was read
                break
            if not chunk:
                break
            said += chunk
    finally:
        os.close(leader)
    assert done.returncode == 0
    assert "kroscek: fetching 2 page(s) (up to 20 s each)…" in said.decode()
