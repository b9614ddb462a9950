"""The pure per-article batch functions that the ingest (and a Dask runner) maps."""

from __future__ import annotations

import pickle
from pathlib import Path

import numpy as np
import pytest

from kroscek import pipeline
from kroscek.data import Article, RawArticle, Rejected
from kroscek.settings import DEFAULT
from kroscek.store.loader import prepare_and_sign

RAWS: list[RawArticle | Rejected] = [
    RawArticle(
        origin="a.txt",
        title="Banjir Rendam 340 Rumah di Garut",
        text="GARUT, wartapriangan.id \u2013 Banjir merendam 340 rumah di Kecamatan Tarogong "
        "Kidul, Kabupaten Garut, Senin.\n\nBaca Juga: Harga Beras Naik Lagi\n\nKepala BPBD "
        "Garut Dadang Suherman mengatakan 1.150 warga mengungsi ke GOR Ciateul.",
        url="https://wartapriangan.id/2024/03/11/banjir",
    ),
    Rejected("b.jsonl:3", "line is not JSON", "bad_json"),
    RawArticle(origin="c.txt", title="Hanya judul", text="   "),
    RawArticle(
        origin="d.txt",
        title="Ferry runs aground off Lombok",
        text="A ferry carrying 212 passengers ran aground near Gili Trawangan, Lombok, on "
        "Monday, harbourmaster Ketut Wirawan said.",
        source="Harbour Times",
    ),
]


def test_prepare_batch_keeps_order_and_turns_bad_items_into_rejected() -> None:
    out = pipeline.prepare_batch(RAWS)
    assert [type(x).__name__ for x in out] == ["Article", "Rejected", "Rejected", "Article"]
    assert out[1] is RAWS[1]
    assert isinstance(out[2], Rejected) and out[2].origin == "c.txt"
    first = out[0]
    assert isinstance(first, Article)
    assert "Baca Juga" not in first.text and "removed" not in first.meta
    arts, bad = pipeline.split(out)
    assert [a.title for a in arts] == [RAWS[0].title, RAWS[3].title]
    assert len(bad) == 2


def test_prepare_and_sign_results_survive_pickling_for_worker_processes() -> None:
    arts, bad, sigs = prepare_and_sign(RAWS, None, DEFAULT)
    again = pickle.loads(pickle.dumps((arts, bad, sigs)))
    assert again[0] == arts and again[1] == bad
    for a, b in zip(sigs, again[2], strict=True):
        assert np.array_equal(a.minhash, b.minhash) and a.bands == b.bands
        assert a.keys == b.keys and a.words == b.words


def test_sign_batch_is_deterministic_across_calls() -> None:
    arts, _ = pipeline.split(pipeline.prepare_batch(RAWS))
    one = pipeline.sign_batch(arts)
    two = pipeline.sign_batch(list(reversed(arts)))[::-1]
    for a, b in zip(one, two, strict=True):
        assert np.array_equal(a.minhash, b.minhash) and a.keys == b.keys


def test_extract_batch_adds_facts_without_touching_text() -> None:
    arts, _ = pipeline.split(pipeline.prepare_batch(RAWS))
    out = pipeline.extract_batch(arts)
    assert all(isinstance(a, Article) for a in out)
    assert [a.text for a in out] == [a.text for a in arts]  # type: ignore[union-attr]
    assert any(a.facts for a in out)  # type: ignore[union-attr]


@pytest.mark.parametrize("size", [1, 2, 500])
def test_read_batches_streams_in_fixed_sizes(tmp_path: Path, size: int) -> None:
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(f"Judul {i}\n\nIsi berita nomor {i} di Garut.\n")
    batches = list(pipeline.read_batches([tmp_path], size=size))
    assert sum(len(b) for b in batches) == 5
    assert all(len(b) <= size for b in batches)


def test_lazy_jsonl_lines_decode_to_what_read_yields(tmp_path: Path) -> None:
    """``read_batches(lazy=True)`` leaves .jsonl lines to the workers: decoded, every item
    (articles and rejections, with their origins and reasons) is what ``read`` yields."""
    import dataclasses

    good = '{"title": "Banjir di Garut", "text": "Banjir merendam 340 rumah.", "source": "A"}'
    lines = [
        good,
        "",
        "   ",
        "{not json",
        "[1, 2]",
        '{"title": "x"}',
        '{"text": 5}',
        '{"text": "Isi <p>berita</p> lama", "published": "1899-01-01T00:00:00Z"}',
        '{"text": "Isi berita", "published": "2024-03-11T08:00:00+07:00", "id": 7}',
        '{"text": "' + "x" * 400 + '"}',
        good.replace("Garut", "Bogor"),
    ]
    data = tmp_path / "a.jsonl"
    data.write_bytes(("\n".join(lines) + "\n").encode() + b'{"text": "\xff\xfe"}\n')
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n")
    other = tmp_path / "b.txt"
    other.write_text("Judul\n\nIsi berita nomor satu di Garut.\n")
    settings = dataclasses.replace(DEFAULT, max_input_bytes=300)
    inputs = [data, empty, other, tmp_path / "missing.jsonl", tmp_path]
    for size in (1, 3, 500):
        eager = list(pipeline.read_batches(inputs, settings=settings, size=size))
        lazy = list(pipeline.read_batches(inputs, settings=settings, size=size, lazy=True))
        assert [len(b) for b in lazy] == [len(b) for b in eager]
        assert any(isinstance(i, pipeline.RawLine) for b in lazy for i in b)
        decoded = [
            [pipeline.parse_line(i) if isinstance(i, pipeline.RawLine) else i for i in b]
            for b in lazy
        ]
        assert decoded == eager
        codes = {i.code for b in eager for i in b if isinstance(i, Rejected)}
        assert {"malformed", "no_text", "empty", "not_found", "too_large", "bad_date"} <= codes
        assert [pipeline.prepare_batch(b) for b in lazy] == [
            pipeline.prepare_batch(b) for b in eager
        ]
