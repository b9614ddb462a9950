"""Behaviour of kroscek.extract.ner.recognize with the shipped model."""

from __future__ import annotations

from pathlib import Path

import pytest

from kroscek.errors import ModelError
from kroscek.extract.ner import model as ner_model
from kroscek.extract.ner import recognize
from kroscek.text.tokens import tokenize


def _entities(text: str) -> list[tuple[str, str]]:
    return [(text[start:end], label) for start, end, label in recognize(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Juru bicara Hamas Osama Hamdan mengatakan gencatan senjata belum disepakati.",
            [("Hamas", "ORG"), ("Osama Hamdan", "PER")],
        ),
        (
            "Presiden Joko Widodo meresmikan bendungan itu pada Kamis pagi.",
            [("Joko Widodo", "PER")],
        ),
        (
            "Gubernur Ridwan Kamil meninjau lokasi banjir di Bandung.",
            [("Ridwan Kamil", "PER"), ("Bandung", "LOC")],
        ),
        (
            "Kapolri Listyo Sigit Prabowo memerintahkan penyelidikan kasus tersebut.",
            [("Listyo Sigit Prabowo", "PER")],
        ),
    ],
)
def test_recognize_splits_titles_from_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert all(item in _entities(text) for item in expected), _entities(text)
    # The title itself is never inside an entity.
    title = text.split()[0]
    assert all(not surface.startswith(title) for surface, _ in _entities(text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rombongan itu tiba di Kirgistan setelah perjalanan panjang.", "Kirgistan"),
        ("Pesawat bantuan berangkat dari Jakarta menuju Teheran pada Minggu.", "Teheran"),
        ("Banjir merendam ratusan rumah di Semarang sejak Rabu malam.", "Semarang"),
    ],
)
def test_recognize_finds_places(text: str, place: str) -> None:
    assert (place, "LOC") in _entities(text)


def test_recognize_offsets_index_the_input_text() -> None:
    text = "  Menurut Menteri Kesehatan Budi Gunadi Sadikin,\nvaksin tiba di Surabaya.  "
    for start, end, label in recognize(text):
        assert text[start:end] == text[start:end].strip()
        assert label in {"PER", "ORG", "LOC"}
    assert ("Surabaya", "LOC") in _entities(text)


@pytest.mark.parametrize(
    "text",
    ["", "   \n\t", "...!!!", "1.2.3 31 Februari", "😀😀 مرحبا 你好 " * 50, "kata " * 3000],
)
def test_recognize_survives_odd_input(text: str) -> None:
    spans = recognize(text)
    for start, end, _ in spans:
        assert 0 <= start < end <= len(text)


@pytest.mark.parametrize("lang", ["id", "id-ID", "ID", "in", "ms"])
def test_recognize_serves_indonesian_language_tags(lang: str) -> None:
    text = "Gubernur Ridwan Kamil meninjau lokasi banjir di Bandung."
    assert recognize(text, lang) == recognize(text) != []


def test_recognize_returns_nothing_for_english() -> None:
    assert (
        recognize("President Joe Biden met Prime Minister Anthony Albanese in Sydney.", "en") == []
    )


def test_a_line_break_ends_a_sentence() -> None:
    text = "Serangan di Gaza\nPresiden Prabowo Subianto menyampaikan belasungkawa."
    sentences = ner_model.split_sentences(text, tokenize(text))
    assert [t.text for t in sentences[0]] == ["Serangan", "di", "Gaza"]


def test_missing_model_raises_model_error_with_rebuild_hint(tmp_path: Path) -> None:
    missing = tmp_path / "ner-id.crfsuite"
    with pytest.raises(ModelError) as info:
        ner_model.open_model(missing)
    message = str(info.value)
    assert str(missing) in message
    assert "kroscek train ner" in message


@pytest.mark.parametrize("content", [b"", b"not a model at all", b"\x00" * 4096])
def test_corrupt_model_raises_model_error_with_rebuild_hint(tmp_path: Path, content: bytes) -> None:
    corrupt = tmp_path / "corrupt.crfsuite"
    corrupt.write_bytes(content)
    with pytest.raises(ModelError) as info:
        ner_model.open_model(corrupt)
    assert str(corrupt) in str(info.value)
    assert "kroscek train ner" in str(info.value)


def test_missing_shipped_model_is_a_model_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(ner_model, "shipped_model_path", lambda: tmp_path / "ner-id.crfsuite")
    ner_model.load_model.cache_clear()
    try:
        with pytest.raises(ModelError, match="kroscek train ner"):
            recognize("Presiden Joko Widodo tiba di Jakarta.")
    finally:
        ner_model.load_model.cache_clear()


def test_recognize_gives_the_same_answer_from_many_threads() -> None:
    from concurrent.futures import ThreadPoolExecutor

    texts = [
        "Juru bicara Basarnas Yusuf Latif mengatakan pencarian dilanjutkan di Selat Sunda.",
        "Wali Kota Surabaya Eri Cahyadi meninjau pasar yang terbakar pada Selasa malam.",
        "Menteri Luar Negeri Retno Marsudi bertemu delegasi Jepang di Jakarta.",
    ] * 20
    expected = [recognize(text) for text in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(recognize, texts)) == expected


@pytest.mark.parametrize("keep", [48, 100, 2_000_000])
def test_truncated_model_is_a_model_error_not_a_crash(tmp_path: Path, keep: int) -> None:
    # crfsuite trusts its header; without the check a cut file crashes the interpreter.
    whole = ner_model.shipped_model_path().read_bytes()
    cut = tmp_path / "cut.crfsuite"
    cut.write_bytes(whole[:keep])
    with pytest.raises(ModelError, match="truncated"):
        ner_model.open_model(cut)


def test_model_of_another_kind_is_a_model_error(tmp_path: Path) -> None:
    whole = ner_model.shipped_model_path().read_bytes()
    other = tmp_path / "other.crfsuite"
    other.write_bytes(whole[:8] + b"XXXX" + whole[12:])
    with pytest.raises(ModelError, match="not a crfsuite CRF model"):
        ner_model.open_model(other)


def _copy_shipped_model(tmp_path: Path) -> Path:
    model = tmp_path / "ner-id.crfsuite"
    model.write_bytes(ner_model.shipped_model_path().read_bytes())
    return model


def test_missing_memory_file_is_a_model_error_naming_it(tmp_path: Path) -> None:
    model = _copy_shipped_model(tmp_path)
    with pytest.raises(ModelError) as info:
        ner_model.open_model(model)
    assert "ner-id.memory.tsv" in str(info.value)
    assert "kroscek train ner" in str(info.value)


@pytest.mark.parametrize("content", ["PER Joko Widodo\n", "XYZ\tJoko\n", "LOC\t\n"])
def test_malformed_memory_file_is_a_model_error(tmp_path: Path, content: str) -> None:
    model = _copy_shipped_model(tmp_path)
    ner_model.memory_path(model).write_text(content, encoding="utf-8")
    with pytest.raises(ModelError, match="memory file is unreadable"):
        ner_model.open_model(model)


def _copy_shipped_model_and_memory(tmp_path: Path) -> Path:
    model = _copy_shipped_model(tmp_path)
    shipped = ner_model.shipped_model_path()
    ner_model.memory_path(model).write_bytes(ner_model.memory_path(shipped).read_bytes())
    return model


def test_missing_network_file_is_a_model_error_naming_it(tmp_path: Path) -> None:
    model = _copy_shipped_model_and_memory(tmp_path)
    with pytest.raises(ModelError) as info:
        ner_model.open_model(model)
    assert "ner-id.neural.npz" in str(info.value)
    assert "kroscek train ner" in str(info.value)


@pytest.mark.parametrize("keep", [0, 30, 100_000, None])
def test_corrupt_network_file_is_a_model_error(tmp_path: Path, keep: int | None) -> None:
    model = _copy_shipped_model_and_memory(tmp_path)
    whole = ner_model.network_path(ner_model.shipped_model_path()).read_bytes()
    # None: a readable archive of the wrong shape (one array missing).
    if keep is None:
        import io

        import numpy as np

        with np.load(io.BytesIO(whole), allow_pickle=False) as archive:
            arrays = {name: archive[name] for name in archive.files if name != "out.weight"}
        buffer = io.BytesIO()
        np.savez(buffer, **arrays)
        damaged = buffer.getvalue()
    else:
        damaged = whole[:keep]
    ner_model.network_path(model).write_bytes(damaged)
    with pytest.raises(ModelError, match="network file is corrupt") as info:
        ner_model.open_model(model)
    assert "ner-id.neural.npz" in str(info.value)
    assert "kroscek train ner" in str(info.value)


def test_shipped_memory_remembers_multi_word_entities() -> None:
    memory = ner_model.load_model().memory
    assert len(memory) > 1000
    marks = memory.marks(["kata", "Susilo", "Bambang", "Yudhoyono", "kemarin"])
    assert marks == [None, "PERB", "PERI", "PERI", None]
