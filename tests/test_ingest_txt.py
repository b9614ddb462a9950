"""Reading plain-text files, directories and bad inputs: one clear reason each, no exception."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from kroscek.data import RawArticle, Rejected
from kroscek.ingest import read
from kroscek.settings import Settings

ARTICLE = (
    "Harga Cabai Rawit Tembus Rp120 Ribu per Kilogram\n"
    "\n"
    "Oleh: Rina Wulandari\n"
    "\n"
    "Harga cabai rawit merah di pasar tradisional Kota Bogor melonjak menjadi Rp120.000 "
    "per kilogram pada Senin.\n"
    "\n"
    "Pedagang menyebut pasokan dari petani berkurang akibat hujan deras.\n"
)


def items(*inputs: object, **kw: object) -> list[RawArticle | Rejected]:
    return list(read([str(i) for i in inputs], **kw))  # type: ignore[arg-type]


def only(*inputs: object, **kw: object) -> RawArticle | Rejected:
    out = items(*inputs, **kw)
    assert len(out) == 1, out
    return out[0]


def test_txt_headline_then_body(tmp_path: Path) -> None:
    path = tmp_path / "cabai.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    article = only(path)
    assert isinstance(article, RawArticle)
    assert article.title == "Harga Cabai Rawit Tembus Rp120 Ribu per Kilogram"
    assert article.text.startswith("Oleh: Rina Wulandari")
    assert article.origin == str(path)
    assert article.fmt == "txt"


def test_leading_blank_lines_and_bom_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbf\n\n\n" + ARTICLE.encode())
    article = only(path)
    assert isinstance(article, RawArticle)
    assert article.title.startswith("Harga Cabai")


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-16"])
def test_non_utf8_text_decodes_right(tmp_path: Path, encoding: str) -> None:
    text = (
        "Kafe Baru Dibuka di Menteng\n\n"
        "Pemilik kafe, René Dupré, menyajikan crème brûlée dan café au lait sejak pagi. "
        "Pengunjung memenuhi ruangan hingga malam hari dan antre di trotoar depan kafe.\n"
    )
    if encoding == "cp1252":
        text = text.replace("menyajikan", "menyajikan “menu Prancis” –")
    path = tmp_path / f"kafe-{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    article = only(path)
    assert isinstance(article, RawArticle), article
    assert "René Dupré" in article.text and "crème brûlée" in article.text
    if encoding == "cp1252":
        assert "“menu Prancis” –" in article.text


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"   \n\n  \n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "a PNG image"),
        (bytes(range(256)) * 8, "binary file"),
        (b"Hanya Sebuah Judul\n\n", "only a headline"),
    ],
)
def test_bad_file_gives_one_clear_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    item = only(path)
    assert isinstance(item, Rejected)
    assert reason in item.reason
    assert item.origin == str(path)
    assert "\n" not in item.reason


def test_missing_path_is_rejected(tmp_path: Path) -> None:
    item = only(tmp_path / "tidak-ada.txt")
    assert isinstance(item, Rejected)
    assert "no such file" in item.reason and item.code == "not_found"


def test_unreadable_file_is_rejected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "rahasia.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    path.chmod(0)
    if os.geteuid() == 0:  # root reads anything: make the access check answer as for a user
        real_access = os.access
        monkeypatch.setattr(
            os, "access", lambda p, m: False if Path(p) == path else real_access(p, m)
        )
    item = only(path)
    assert isinstance(item, Rejected)
    assert "permission denied" in item.reason


def test_oversized_file_is_rejected_with_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "besar.txt"
    path.write_bytes(b"Judul Besar\n\n" + b"kata " * (3 * 1024 * 1024 // 5))
    item = only(path, settings=Settings(max_input_bytes=2 * 1024 * 1024))
    assert isinstance(item, Rejected)
    assert item.reason == "file is 3 MB, over the 2 MB limit; split it or raise --max-bytes"


def test_directory_is_read_recursively_in_order_and_bad_files_do_not_stop_it(
    tmp_path: Path,
) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b" / "c.txt").write_text(ARTICLE.replace("Bogor", "Depok"), encoding="utf-8")
    (tmp_path / "b" / "kosong.txt").write_bytes(b"")
    (tmp_path / "catatan.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / ".tersembunyi.txt").write_text(ARTICLE, encoding="utf-8")
    out = items(tmp_path)
    # a Word file is listed as rejected (what to do instead), not passed over in silence
    names = [(type(i).__name__, Path(i.origin).name) for i in out]
    assert names == [
        ("RawArticle", "a.txt"),
        ("Rejected", "catatan.docx"),
        ("RawArticle", "c.txt"),
        ("Rejected", "kosong.txt"),
    ]


def test_empty_directory_is_one_rejection(tmp_path: Path) -> None:
    item = only(tmp_path)
    assert isinstance(item, Rejected) and "has no" in item.reason


def test_source_argument_is_passed_on(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    article = only(path, source="Harian Contoh")
    assert isinstance(article, RawArticle) and article.source == "Harian Contoh"


def test_file_without_known_extension_is_sniffed_as_text(tmp_path: Path) -> None:
    path = tmp_path / "artikel"
    path.write_text(ARTICLE, encoding="utf-8")
    assert isinstance(only(path), RawArticle)


def test_read_is_lazy(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(ARTICLE, encoding="utf-8")
    stream = read([tmp_path])
    first = next(stream)
    assert isinstance(first, RawArticle)
    (tmp_path / "2.txt").unlink()  # not yet read: the stream only opens files as it goes
    rest = list(stream)
    assert isinstance(rest[-1], Rejected) and "no such file" in rest[-1].reason


def test_gzip_file_with_unknown_name_is_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "arsip"
    path.write_bytes(gzip.compress(b"\x00\x01\x02 not text"))
    out = items(path)
    assert out and all(isinstance(i, Rejected) for i in out)


def test_a_single_path_or_pathlike_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert isinstance(next(read(str(path))), RawArticle)  # type: ignore[arg-type]
    assert isinstance(next(read(path)), RawArticle)  # type: ignore[arg-type]


def test_utf8_with_one_broken_byte_keeps_its_curly_quotes(tmp_path: Path) -> None:
    text = "Judul Berita\n\n“Kami siap,” kata Rina — ketua panitia — di Bandung.\n"
    data = text.encode("utf-8").replace(b"Bandung", b"Band\xffung")
    path = tmp_path / "rusak-sedikit.txt"
    path.write_bytes(data)
    article = only(path)
    assert isinstance(article, RawArticle)
    assert article.text.startswith("“Kami siap,” kata Rina — ketua panitia —")
