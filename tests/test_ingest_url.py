"""http(s) URLs, tested only against a local server on 127.0.0.1: never the internet."""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest

import kroscek
from http_helpers import serving
from kroscek.data import RawArticle, Rejected
from kroscek.ingest import read
from kroscek.settings import Settings

PARAGRAPH = (
    "Dinas Perhubungan Kota Yogyakarta menutup sementara ruas jalan di sekitar Tugu "
    "selama perayaan malam tahun baru untuk memberi ruang bagi pejalan kaki dan pengunjung."
)
HTML = (
    "<html><head><title>Jalan di Sekitar Tugu Ditutup Malam Ini</title></head><body><article>"
    f"<h1>Jalan di Sekitar Tugu Ditutup Malam Ini</h1><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p>"
    "</article></body></html>"
).encode()
TEXT = f"Jalan di Sekitar Tugu Ditutup\n\n{PARAGRAPH}\n".encode()
SEEN_AGENTS: list[str] = []


class Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        return

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        # The client gives up on purpose in the timeout and size-limit tests.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def do_GET(self) -> None:
        SEEN_AGENTS.append(self.headers.get("User-Agent", ""))
        if self.path == "/berita":
            self._send(200, HTML, "text/html; charset=utf-8")
        elif self.path == "/pindah":
            self.send_response(302)
            self.send_header("Location", "/berita")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/teks":
            self._send(200, TEXT, "text/plain; charset=utf-8")
        elif self.path == "/ekspor":
            line = json.dumps({"title": "Judul", "text": PARAGRAPH, "source": "Contoh"})
            self._send(200, f"{line}\n{{rusak\n".encode(), "application/x-ndjson")
        elif self.path == "/besar":
            self._send(
                200,
                b"<html><body>" + b"<p>kata kata kata</p>" * 200_000 + b"</body></html>",
                "text/html",
            )
        elif self.path == "/besar-tanpa-panjang":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(64):
                    self.wfile.write(b"<p>" + b"kata " * 13_000 + b"</p>")
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif self.path == "/lambat":
            time.sleep(1.5)
            self._send(200, HTML, "text/html")
        elif self.path == "/kosong":
            self._send(200, b"<html><body><nav>Beranda</nav></body></html>", "text/html")
        else:
            self._send(404, b"tidak ada", "text/plain")


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with serving(Handler) as url:
        yield url


def test_html_url_is_fetched_with_an_honest_user_agent(base_url: str) -> None:
    (item,) = list(read([f"{base_url}/berita"]))
    assert isinstance(item, RawArticle), item
    assert item.title == "Jalan di Sekitar Tugu Ditutup Malam Ini"
    assert item.url == f"{base_url}/berita" and item.fmt == "url"
    assert SEEN_AGENTS[-1].startswith(f"kroscek/{kroscek.__version__} ")


def test_redirect_is_followed_and_final_url_kept(base_url: str) -> None:
    (item,) = list(read([f"{base_url}/pindah"]))
    assert isinstance(item, RawArticle) and item.url == f"{base_url}/berita"


def test_plain_text_url_uses_the_text_reader(base_url: str) -> None:
    (item,) = list(read([f"{base_url}/teks"]))
    assert isinstance(item, RawArticle) and item.title == "Jalan di Sekitar Tugu Ditutup"


def test_json_lines_url_yields_records_and_rejections(base_url: str) -> None:
    out = list(read([f"{base_url}/ekspor"]))
    assert [type(i).__name__ for i in out] == ["RawArticle", "Rejected"]
    assert out[1].origin == f"{base_url}/ekspor:2"


@pytest.mark.parametrize(
    ("path", "settings", "reason"),
    [
        ("/hilang", Settings(), "HTTP 404"),
        ("/besar", Settings(max_input_bytes=1024 * 1024), "page is 4 MB, over the 1 MB limit"),
        ("/besar-tanpa-panjang", Settings(max_input_bytes=1024 * 1024), "over the 1 MB limit"),
        ("/lambat", Settings(fetch_timeout_s=0.3), "no answer within 0.3 s"),
        ("/kosong", Settings(), "no article text found"),
    ],
)
def test_failed_fetch_is_one_rejection(
    base_url: str, path: str, settings: Settings, reason: str
) -> None:
    (item,) = list(read([f"{base_url}{path}"], settings=settings))
    assert isinstance(item, Rejected)
    assert item.origin == f"{base_url}{path}"
    assert reason in item.reason


def test_unreachable_host_is_one_rejection() -> None:
    (item,) = list(read(["http://127.0.0.1:9/tidak-ada"], settings=Settings(fetch_timeout_s=2)))
    assert isinstance(item, Rejected) and "could not fetch" in item.reason
