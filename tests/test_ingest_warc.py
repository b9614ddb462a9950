"""WARC archives: HTML responses become articles; a broken record is rejected, reading goes on."""

from __future__ import annotations

import builtins
import gzip
import uuid
from pathlib import Path
from typing import Any

import pytest

from kroscek.data import RawArticle, Rejected
from kroscek.ingest import read

TEXT = (
    "Harga minyak goreng curah di pasar tradisional Kota Medan turun menjadi Rp14.500 per liter "
    "pada pekan ini setelah pasokan dari pabrik kembali normal, kata pedagang setempat."
)


def html(title: str) -> bytes:
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p>{TEXT}</p><p>{TEXT.replace('Medan', 'Binjai')}</p></article></body></html>"
    ).encode()


def http(
    body: bytes, content_type: str = "text/html; charset=utf-8", status: str = "200 OK"
) -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


def record(url: str, block: bytes, kind: str = "response") -> bytes:
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {url}\r\n"
        f"WARC-Date: 2024-02-01T08:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:{uuid.UUID(int=len(url))}>\r\n"
        f"Content-Type: application/http; msgtype={kind}\r\nContent-Length: {len(block)}\r\n\r\n"
    )
    return head.encode() + block + b"\r\n\r\n"


RECORDS = [
    record("https://pasarkita.id/minyak", http(html("Harga Minyak Goreng Turun"))),
    record(
        "https://pasarkita.id/request", b"GET / HTTP/1.1\r\nHost: pasarkita.id\r\n\r\n", "request"
    ),
    record("https://pasarkita.id/rusak", b"BUKAN HTTP \x00\x01\r\nsampah\r\n\r\n" + html("Rusak")),
    record("https://pasarkita.id/logo.png", http(b"\x89PNG....", "image/png")),
    record("https://pasarkita.id/lama", http(b"", "text/html", "301 Moved Permanently")),
    record("https://pasarkita.id/gula", http(html("Harga Gula Stabil"))),
]


def write(path: Path, records: list[bytes], gz: bool) -> Path:
    path.write_bytes(b"".join(gzip.compress(r) for r in records) if gz else b"".join(records))
    return path


@pytest.mark.parametrize("gz", [False, True])
def test_html_responses_are_articles_and_a_broken_header_is_rejected(
    tmp_path: Path, gz: bool
) -> None:
    path = write(tmp_path / ("arsip.warc.gz" if gz else "arsip.warc"), RECORDS, gz)
    out = list(read([path]))
    kinds = [type(i).__name__ for i in out]
    assert kinds == ["RawArticle", "Rejected", "RawArticle"]
    first, broken, last = out
    assert isinstance(first, RawArticle) and isinstance(last, RawArticle)
    assert first.url == "https://pasarkita.id/minyak" and first.fmt == "warc"
    assert "Rp14.500" in first.text
    assert last.title == "Harga Gula Stabil"
    assert isinstance(broken, Rejected) and "broken HTTP header" in broken.reason
    assert broken.origin.startswith(f"{path}@")


@pytest.mark.parametrize("cut", [200, 600, 1200])
def test_truncated_warc_gz_keeps_earlier_records_and_reports_the_cut(
    tmp_path: Path, cut: int
) -> None:
    whole = b"".join(gzip.compress(r) for r in RECORDS)
    path = tmp_path / "potong.warc.gz"
    path.write_bytes(whole[: len(whole) - cut])
    out = list(read([path]))
    assert isinstance(out[0], RawArticle) and out[0].title == "Harga Minyak Goreng Turun"
    assert not any(isinstance(i, RawArticle) and i.title == "Harga Gula Stabil" for i in out)
    last = out[-1]
    assert isinstance(last, Rejected) and last.code == "truncated"
    assert last.reason.startswith("truncated WARC file")


def test_complete_warc_gz_reports_no_truncation(tmp_path: Path) -> None:
    path = write(tmp_path / "utuh.warc.gz", RECORDS, gz=True)
    assert not any(isinstance(i, Rejected) and i.code == "truncated" for i in read([path]))


def test_warcio_is_used_when_fastwarc_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_import = builtins.__import__

    def no_fastwarc(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.startswith("fastwarc"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_fastwarc)
    good = [RECORDS[0], RECORDS[1], RECORDS[3], RECORDS[5]]
    path = write(tmp_path / "arsip.warc.gz", good, gz=True)
    out = list(read([path]))
    assert [i.title for i in out if isinstance(i, RawArticle)] == [
        "Harga Minyak Goreng Turun",
        "Harga Gula Stabil",
    ]
