"""F1 floors of the shipped entity model on the three corpora's test splits.

The issue asks for 0.92 / 0.88 / 0.75 (idner-news-2k / nerui / nergrit). The shipped model (the
CRF plus the neural tagger, see docs/ner.md) reaches 0.932 / 0.905 / 0.755; the floors pinned
here are those scores less a small margin, so that any regression fails CI. Raise them whenever
the model improves; never lower them to let a worse model in.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kroscek.extract.ner.model import shipped_model_path
from kroscek.extract.ner.training import evaluate

NER_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "ner"

# corpus -> (pinned floor, issue target)
FLOORS: dict[str, tuple[float, float]] = {
    "idner-news-2k": (0.93, 0.92),
    "nerui": (0.9, 0.88),
    "nergrit": (0.752, 0.75),
}

pytestmark = pytest.mark.skipif(
    not NER_DATA.is_dir(),
    reason=f"NER corpora not found at {NER_DATA} (the repo's sibling shared/)",
)


@pytest.fixture(scope="module")
def test_scores() -> dict[str, dict[str, object]]:
    return evaluate(NER_DATA, shipped_model_path(), split="test")


@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_shipped_model_keeps_its_f1_floor(
    test_scores: dict[str, dict[str, object]], corpus: str
) -> None:
    floor, _target = FLOORS[corpus]
    f1 = test_scores[corpus]["f1"]
    assert isinstance(f1, float)
    assert f1 >= floor, f"{corpus} test F1 {f1:.4f} fell below the pinned floor {floor}"


@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_every_label_is_recognised(test_scores: dict[str, dict[str, object]], corpus: str) -> None:
    labels = test_scores[corpus]["labels"]
    assert isinstance(labels, dict)
    assert set(labels) == {"PER", "ORG", "LOC"}
    assert all(scores["f1"] > 0.5 for scores in labels.values())
