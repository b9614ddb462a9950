"""JSONL (and .jsonl.gz) records: good lines come through, each bad line is its own Rejected."""

from __future__ import annotations

import gzip
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kroscek.data import RawArticle, Rejected
from kroscek.ingest import read
from kroscek.settings import Settings

GOOD = {
    "title": "Pemkot Bandung Tambah 40 Bus Listrik",
    "text": "Pemerintah Kota Bandung menambah 40 bus listrik untuk rute Dago–Leuwipanjang.",
    "url": "https://www.kabarkita.co.id/kota/bus-listrik",
    "source": "Kabarkita",
    "published": "2024-03-05T09:30:00+07:00",
}


def write_jsonl(path: Path, lines: list[str], gz: bool = False) -> Path:
    data = ("\n".join(lines) + "\n").encode()
    path.write_bytes(gzip.compress(data) if gz else data)
    return path


@pytest.mark.parametrize("gz", [False, True])
def test_good_records_are_read_with_their_fields(tmp_path: Path, gz: bool) -> None:
    second = {**GOOD, "title": "Bus Listrik Mulai Beroperasi", "published": "2024-03-06"}
    path = write_jsonl(
        tmp_path / ("a.jsonl.gz" if gz else "a.jsonl"), [json.dumps(GOOD), json.dumps(second)], gz
    )
    out = list(read([path]))
    assert [type(i) for i in out] == [RawArticle, RawArticle]
    first = out[0]
    assert isinstance(first, RawArticle)
    assert first.title == GOOD["title"] and first.text == GOOD["text"]
    assert first.source == "Kabarkita" and first.url == GOOD["url"]
    assert first.published == datetime(2024, 3, 5, 2, 30, tzinfo=UTC)
    assert first.origin == f"{path}:1" and first.fmt == "jsonl"
    assert out[1].published == datetime(2024, 3, 6, tzinfo=UTC)  # date only: UTC midnight


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("{not json", "not valid JSON"),
        ('["a", "b"]', "not an object"),
        (json.dumps({"title": "Tanpa Isi"}), "has no 'text'"),
        (json.dumps({"title": "Isi Kosong", "text": "   "}), "has no 'text'"),
        (json.dumps({"text": 42}), "must be a string"),
        (json.dumps({**GOOD, "published": "kemarin sore"}), "not an ISO 8601 date"),
        (
            json.dumps({**GOOD, "published": "1970-01-01T00:00:00Z"}),
            "implausible publication date 1970-01-01 (before 1990); correct it or leave",
        ),
        (
            json.dumps({**GOOD, "published": "2090-06-01"}),
            "implausible publication date 2090-06-01 (more than 2 days from now)",
        ),
    ],
)
def test_bad_line_is_rejected_with_file_and_line_and_the_rest_still_comes(
    tmp_path: Path, line: str, reason: str
) -> None:
    path = write_jsonl(tmp_path / "campur.jsonl", [json.dumps(GOOD), line, "", json.dumps(GOOD)])
    out = list(read([path]))
    assert [type(i).__name__ for i in out] == ["RawArticle", "Rejected", "RawArticle"]
    bad = out[1]
    assert isinstance(bad, Rejected)
    assert bad.origin == f"{path}:2"
    assert reason in bad.reason


def test_date_just_in_the_future_is_accepted(tmp_path: Path) -> None:
    tomorrow = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    path = write_jsonl(tmp_path / "a.jsonl", [json.dumps({**GOOD, "published": tomorrow})])
    assert isinstance(next(read([path])), RawArticle)


def test_truncated_gzip_yields_the_lines_read_and_one_rejection(tmp_path: Path) -> None:
    lines = [
        json.dumps({**GOOD, "title": f"Berita {i}", "text": GOOD["text"] * 20}) for i in range(200)
    ]
    whole = gzip.compress(("\n".join(lines) + "\n").encode())
    path = tmp_path / "potong.jsonl.gz"
    path.write_bytes(whole[: len(whole) // 2])
    out = list(read([path]))
    good = [i for i in out if isinstance(i, RawArticle)]
    bad = [i for i in out if isinstance(i, Rejected)]
    assert 0 < len(good) < 200
    assert len(bad) == 1 and "truncated gzip file" in bad[0].reason
    assert [a.title for a in good] == [f"Berita {i}" for i in range(len(good))]


def test_oversized_record_is_rejected_alone(tmp_path: Path) -> None:
    huge = json.dumps({**GOOD, "text": "kata " * 700_000})  # about 3.5 MB
    path = write_jsonl(tmp_path / "besar.jsonl", [json.dumps(GOOD), huge, json.dumps(GOOD)])
    out = list(read([path], settings=Settings(max_input_bytes=1024 * 1024)))
    assert [type(i).__name__ for i in out] == ["RawArticle", "Rejected", "RawArticle"]
    assert out[1].origin == f"{path}:2"
    assert out[1].reason.startswith("record is 3.3 MB, over the 1 MB limit")


def test_source_argument_overrides_record_source(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [json.dumps(GOOD)])
    item = next(read([path], source="Arsip Redaksi"))
    assert isinstance(item, RawArticle) and item.source == "Arsip Redaksi"


def test_empty_jsonl_is_one_rejection(tmp_path: Path) -> None:
    path = tmp_path / "kosong.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    out = list(read([path]))
    assert len(out) == 1 and isinstance(out[0], Rejected) and "empty" in out[0].reason


def test_corrupt_gzip_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "rusak.jsonl.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00" + b"\xff" * 64)
    out = list(read([path]))
    assert len(out) == 1 and isinstance(out[0], Rejected)


def test_html_in_the_text_field_becomes_paragraphs(tmp_path: Path) -> None:
    body = (
        "<p>Pemerintah Kota Bandung menambah 40 bus listrik.</p>"
        "<script>track('x')</script>"
        "<p>Rute baru dibuka &amp; tarifnya <b>Rp4.000</b>.</p>"
    )
    record = {**GOOD, "title": "Bus <em>Listrik</em> Bertambah", "text": body}
    path = write_jsonl(tmp_path / "cms.jsonl", [json.dumps(record)])
    item = next(read([path]))
    assert isinstance(item, RawArticle)
    assert item.title == "Bus Listrik Bertambah"
    paragraphs = [p.strip() for p in item.text.split("\n\n") if p.strip()]
    assert paragraphs == [
        "Pemerintah Kota Bandung menambah 40 bus listrik.",
        "Rute baru dibuka & tarifnya Rp4.000.",
    ]


def test_plain_text_with_angle_brackets_is_left_alone(tmp_path: Path) -> None:
    record = {**GOOD, "text": "Nilai tukar <15.000 per dolar> dianggap aman, kata analis."}
    path = write_jsonl(tmp_path / "a.jsonl", [json.dumps(record)])
    item = next(read([path]))
    assert isinstance(item, RawArticle) and item.text == record["text"]
