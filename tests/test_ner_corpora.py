"""Corpus readers, tag mapping and entity-level scoring of the NER trainer."""

from __future__ import annotations

from pathlib import Path

import pytest

from kroscek.errors import InputError
from kroscek.extract.ner.corpora import map_tag, read_conll, read_split
from kroscek.extract.ner.scoring import chunks, score


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("O", "O"),
        ("B-PERSON", "B-PER"),
        ("I-PERSON", "I-PER"),
        ("B-PLACE", "B-LOC"),
        ("B-LOCATION", "B-LOC"),
        ("I-ORGANISATION", "I-ORG"),
        ("B-ORGANIZATION", "B-ORG"),
        ("B-ORG", "B-ORG"),
        ("B-MISC", "O"),
        ("B-DATE", "O"),
        ("X", "O"),
    ],
)
def test_corpus_tags_map_to_one_scheme(tag: str, expected: str) -> None:
    assert map_tag(tag) == expected


def test_conll_reader_handles_crlf_and_three_columns(tmp_path: Path) -> None:
    path = tmp_path / "train.txt"
    path.write_bytes(
        b"Gubernur NOUN O\r\nAnies PROPN B-PER\r\nBaswedan PROPN I-PER\r\n\r\n"
        b"Banjir NOUN O\r\ndi ADP O\r\nBekasi PROPN B-LOC\r\n"
    )
    sentences = read_conll(path, "idner-news-2k", tag_column=2)
    assert [s.tokens for s in sentences] == [
        ("Gubernur", "Anies", "Baswedan"),
        ("Banjir", "di", "Bekasi"),
    ]
    assert sentences[0].labels == ("O", "B-PER", "I-PER")
    assert sentences[1].corpus == "idner-news-2k"


def test_tab_reader_maps_long_tag_names(tmp_path: Path) -> None:
    root = tmp_path / "nergrit"
    root.mkdir()
    (root / "test_preprocess.txt").write_text(
        "Tim\tO\nSAR\tB-ORGANISATION\ntiba\tO\ndi\tO\nPalu\tB-PLACE\n\n", encoding="utf-8"
    )
    (sentence,) = read_split(tmp_path, "nergrit", "test")
    assert sentence.labels == ("O", "B-ORG", "O", "O", "B-LOC")


def test_reader_reports_a_line_without_a_tag(tmp_path: Path) -> None:
    path = tmp_path / "broken.tsv"
    path.write_text("Jakarta\tB-LOCATION\nhujan\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 2"):
        read_conll(path, "nerui", tag_column=1)


def test_reader_reports_a_missing_file_with_the_path(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        read_split(tmp_path, "nerui", "train")
    assert "train.01.tsv" in str(info.value)


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        (["B-PER", "I-PER", "O", "B-LOC"], {(0, 2, "PER"), (3, 4, "LOC")}),
        (["B-ORG", "B-PER", "I-PER"], {(0, 1, "ORG"), (1, 3, "PER")}),
        (["O", "I-LOC", "I-LOC"], {(1, 3, "LOC")}),  # conlleval: a stray I- starts an entity
        (["B-PER", "I-ORG"], {(0, 1, "PER"), (1, 2, "ORG")}),
        (["O", "O"], set()),
    ],
)
def test_chunks_follow_conlleval(labels: list[str], expected: set[tuple[int, int, str]]) -> None:
    assert chunks(labels) == expected


def test_score_counts_exact_span_and_label_only() -> None:
    gold = [["B-ORG", "B-PER", "I-PER", "O"], ["B-LOC", "O"]]
    # One exact PER; ORG and PER glued into one ORG is wrong; LOC given the wrong label.
    predicted = [["B-ORG", "I-ORG", "I-ORG", "O"], ["B-PER", "O"]]
    result = score(gold, predicted)
    assert result["precision"] == 0.0
    assert result["recall"] == 0.0
    predicted = [["B-ORG", "B-PER", "I-PER", "O"], ["B-PER", "O"]]
    result = score(gold, predicted)
    assert result["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert result["recall"] == pytest.approx(2 / 3, abs=1e-4)
    labels = result["labels"]
    assert isinstance(labels, dict)
    assert labels["PER"] == {"precision": 0.5, "recall": 1.0, "f1": pytest.approx(0.6667)}
    assert labels["LOC"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0}


def test_score_rejects_misaligned_sentences() -> None:
    with pytest.raises(ValueError, match="length"):
        score([["O", "B-PER"]], [["O"]])
