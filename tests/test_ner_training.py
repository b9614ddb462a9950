"""`kroscek train ner` / `kroscek eval ner` on a tiny corpus written by the test itself."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kroscek.cli import main
from kroscek.extract.ner.corpora import iter_splits
from kroscek.extract.ner.model import memory_path, network_path, open_model
from kroscek.extract.ner.training import tag_sentences

PEOPLE = ["Rina Wulandari", "Bambang Sutrisno", "Dewi Lestari", "Hendra Gunawan", "Siti Aminah"]
PLACES = ["Bekasi", "Kupang", "Pontianak", "Jayapura", "Mataram"]
ORGS = ["Basarnas", "BMKG", "Kemensos", "Polda Metro", "PMI"]
ROLES = ["Kepala", "Juru bicara", "Ketua", "Direktur", "Wakil ketua"]


def _sentences(offset: int) -> list[list[tuple[str, str]]]:
    """Sentences like "Juru bicara BMKG Dewi Lestari mengatakan hujan turun di Kupang ."."""
    out = []
    for i in range(len(PEOPLE)):
        role = ROLES[(i + offset) % len(ROLES)].split()
        org = ORGS[(i + 2 * offset) % len(ORGS)].split()
        person = PEOPLE[(i + offset) % len(PEOPLE)].split()
        place = PLACES[(i + 3 * offset) % len(PLACES)].split()
        sent = [(w, "O") for w in role]
        sent += [(w, ("B-" if j == 0 else "I-") + "ORG") for j, w in enumerate(org)]
        sent += [(w, ("B-" if j == 0 else "I-") + "PER") for j, w in enumerate(person)]
        sent += [(w, "O") for w in ["mengatakan", "hujan", "deras", "turun", "di"]]
        sent += [(w, ("B-" if j == 0 else "I-") + "LOC") for j, w in enumerate(place)]
        sent.append((".", "O"))
        out.append(sent)
    return out


_LONG = {"PER": "PERSON", "ORG": "ORGANIZATION", "LOC": "LOCATION"}
_GRIT = {"PER": "PERSON", "ORG": "ORGANISATION", "LOC": "PLACE"}


def _tag(label: str, names: dict[str, str] | None) -> str:
    if label == "O" or names is None:
        return label
    return label[:2] + names[label[2:]]


def _write(path: Path, sentences: list[list[tuple[str, str]]], sep: str, names, pos: bool) -> None:
    lines = []
    for sent in sentences:
        for word, label in sent:
            cols = [word, "PROPN", _tag(label, names)] if pos else [word, _tag(label, names)]
            lines.append(sep.join(cols))
        lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture
def tiny_corpora(tmp_path: Path) -> Path:
    """The three corpus layouts, each with train/dev/test files of a few sentences."""
    root = tmp_path / "ner"
    layouts = [
        ("idner-news-2k", ("train.txt", "dev.txt", "test.txt"), " ", None, True),
        ("nerui", ("train.01.tsv", "dev.01.tsv", "test.01.tsv"), "\t", _LONG, False),
        (
            "nergrit",
            ("train_preprocess.txt", "valid_preprocess.txt", "test_preprocess.txt"),
            "\t",
            _GRIT,
            False,
        ),
    ]
    for corpus, files, sep, names, pos in layouts:
        (root / corpus).mkdir(parents=True)
        for k, name in enumerate(files):
            _write(root / corpus / name, _sentences(k), sep, names, pos)
    return root


needs_torch = pytest.mark.skipif(
    importlib.util.find_spec("torch") is None,
    reason="training needs PyTorch (pip install -e '.[train]')",
)


def _train(root: Path, out: Path, seed: int) -> None:
    args = ["train", "ner", str(root), "-o", str(out), "--seed", str(seed), "--iterations", "20"]
    args += ["--network-epochs", "3"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert out.is_file()


@needs_torch
def test_training_is_deterministic_for_a_seed(tiny_corpora: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a.crfsuite", tmp_path / "b.crfsuite"
    _train(tiny_corpora, first, seed=7)
    _train(tiny_corpora, second, seed=7)
    assert first.read_bytes() == second.read_bytes()
    assert memory_path(first).read_text() == memory_path(second).read_text()
    assert network_path(first).read_bytes() == network_path(second).read_bytes()
    sentences = list(iter_splits(tiny_corpora, ("test",)))
    predictions = []
    for path in (first, second):
        model = open_model(path)
        predictions.append(tag_sentences(model, sentences))
    assert predictions[0] == predictions[1]


@needs_torch
def test_eval_prints_scores_per_corpus_and_label(tiny_corpora: Path, tmp_path: Path) -> None:
    model = tmp_path / "tiny.crfsuite"
    _train(tiny_corpora, model, seed=1)
    result = CliRunner().invoke(main, ["eval", "ner", str(tiny_corpora), "--model", str(model)])
    assert result.exit_code == 0, result.output
    corpora = json.loads(result.output)["corpora"]
    assert set(corpora) == {"idner-news-2k", "nerui", "nergrit"}
    for scores in corpora.values():
        assert set(scores) == {"precision", "recall", "f1", "labels"}
        assert set(scores["labels"]) == {"PER", "ORG", "LOC"}
        assert 0.0 <= scores["f1"] <= 1.0
    # The test sentences reuse the training names in new combinations: a working trainer
    # learns them.
    assert corpora["idner-news-2k"]["f1"] > 0.8


def test_eval_with_a_corrupt_model_is_one_clear_error(tiny_corpora: Path, tmp_path: Path) -> None:
    model = tmp_path / "broken.crfsuite"
    model.write_bytes(b"definitely not crfsuite")
    result = CliRunner().invoke(main, ["eval", "ner", str(tiny_corpora), "--model", str(model)])
    assert result.exit_code == 3
    assert str(model) in result.output
    assert "kroscek train ner" in result.output


def test_training_without_torch_is_one_line_telling_how_to_install_it(
    tiny_corpora: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "torch", None)  # import torch raises ImportError
    out = tmp_path / "m.crfsuite"
    result = CliRunner().invoke(main, ["train", "ner", str(tiny_corpora), "-o", str(out)])
    assert result.exit_code == 2
    assert "pip install -e '.[train]'" in result.output
    assert not out.exists()


def test_train_on_a_folder_without_corpora_is_one_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["train", "ner", str(tmp_path), "-o", str(tmp_path / "m")])
    assert result.exit_code == 2
    assert "missing corpus folder" in result.output


def test_mention_copies_swap_entities_within_corpus_fold_and_label() -> None:
    from kroscek.extract.ner.corpora import Sentence
    from kroscek.extract.ner.scoring import chunks
    from kroscek.extract.ner.training import mention_copies

    sentences = [
        Sentence(tuple(w for w, _ in s), tuple(t for _, t in s), corpus)
        for corpus in ("idner-news-2k", "nerui")
        for s in _sentences(0) + _sentences(1)
    ]
    folds = [i % 2 for i in range(len(sentences))]
    copies = mention_copies(sentences, folds, 1.0, seed=13)
    assert copies == mention_copies(sentences, folds, 1.0, seed=13)
    assert len(copies) == len(sentences)
    pools: dict[tuple[str, int, str], set[tuple[str, ...]]] = {}
    for sent, fold in zip(sentences, folds, strict=True):
        for start, end, label in chunks(sent.labels):
            pools.setdefault((sent.corpus, fold, label), set()).add(sent.tokens[start:end])
    for index, copy in copies:
        source = sentences[index]
        assert copy.corpus == source.corpus
        outside = [w for w, t in zip(copy.tokens, copy.labels, strict=True) if t == "O"]
        assert outside == [w for w, t in zip(source.tokens, source.labels, strict=True) if t == "O"]
        kinds = [label for _, _, label in sorted(chunks(copy.labels))]
        assert kinds == [label for _, _, label in sorted(chunks(source.labels))]
        for start, end, label in chunks(copy.labels):
            assert copy.tokens[start:end] in pools[(copy.corpus, folds[index], label)]
    assert mention_copies(sentences, folds, 0.0, seed=13) == []
