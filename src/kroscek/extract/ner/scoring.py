"""Entity-level precision, recall and F1 (exact span and label), scored like seqeval/conlleval.

Token accuracy flatters a tagger that gets the easy ``O`` tokens right; what the later stages
need is whole entities, so an entity counts only when its span and its label both match.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def chunks(labels: Sequence[str]) -> set[tuple[int, int, str]]:
    """The entities ``(start, end, label)`` (token indices, end exclusive) of a BIO sequence.

    As in conlleval, an ``I-X`` that does not continue an ``X`` entity starts a new one, so a
    tagger is not rewarded or punished twice for one malformed transition.
    """
    found: set[tuple[int, int, str]] = set()
    start = -1
    kind = ""
    for i, tag in enumerate(labels):
        prefix, _, label = tag.partition("-")
        continues = prefix == "I" and label == kind and start >= 0
        if start >= 0 and not continues:
            found.add((start, i, kind))
            start, kind = -1, ""
        if prefix in ("B", "I") and not continues:
            start, kind = i, label
    if start >= 0:
        found.add((start, len(labels), kind))
    return found


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def score(gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]]) -> dict[str, object]:
    """Micro-averaged entity scores plus one entry per label, over aligned sentences."""
    tp: dict[str, int] = {}
    n_pred: dict[str, int] = {}
    n_gold: dict[str, int] = {}
    for gold_seq, pred_seq in zip(gold, predicted, strict=True):
        if len(gold_seq) != len(pred_seq):
            raise ValueError("gold and predicted sentences differ in length")
        gold_chunks = chunks(gold_seq)
        pred_chunks = chunks(pred_seq)
        for _, _, label in gold_chunks:
            n_gold[label] = n_gold.get(label, 0) + 1
        for chunk in pred_chunks:
            label = chunk[2]
            n_pred[label] = n_pred.get(label, 0) + 1
            if chunk in gold_chunks:
                tp[label] = tp.get(label, 0) + 1
    labels = sorted(set(n_gold) | set(n_pred))
    result: dict[str, object] = {
        **_prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    }
    result["labels"] = {
        label: _prf(tp.get(label, 0), n_pred.get(label, 0), n_gold.get(label, 0))
        for label in labels
    }
    return result
