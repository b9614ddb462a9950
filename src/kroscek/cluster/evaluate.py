"""Scoring a story clustering against labels: BCubed precision and recall.

One definition for the tests' labelled corpora, the ingest benchmark and anyone who labels a
sample of their own corpus: BCubed scores every article by how much of its predicted story
shares its true story (precision) and how much of its true story it was put with (recall),
so a big story that is split or merged counts in proportion to its size, unlike pair counts.
"""

from __future__ import annotations

from collections.abc import Mapping


def bcubed(pred: Mapping[str, str], gold: Mapping[str, str]) -> tuple[float, float]:
    """BCubed precision and recall of ``pred`` (item -> story) against ``gold`` (item -> label).

    Every item of ``pred`` must have a gold label; items only in ``gold`` are ignored.
    """
    if not pred:
        raise ValueError("no items to score")
    by_pred: dict[str, set[str]] = {}
    by_gold: dict[str, set[str]] = {}
    for item, label in pred.items():
        by_pred.setdefault(label, set()).add(item)
        by_gold.setdefault(gold[item], set()).add(item)
    precision = recall = 0.0
    for item, label in pred.items():
        p, g = by_pred[label], by_gold[gold[item]]
        shared = len(p & g)
        precision += shared / len(p)
        recall += shared / len(g)
    return precision / len(pred), recall / len(pred)


__all__ = ["bcubed"]
