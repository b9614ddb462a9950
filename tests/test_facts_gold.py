"""The facts gold set: precision, recall and F1 per fact kind, and cross-article linking.

Articles and labels are in tests/gold/facts (see its README for the conventions). The
figures are printed (``pytest -s``) and pinned as floors, so a change that makes the
extractor worse on these 34 articles fails CI.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import datetime
from functools import lru_cache
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest

from kroscek.data import Article, Fact
from kroscek.extract import extract_facts, link_entities
from kroscek.extract.normalize import fold, text_key

GOLD_DIR = Path(__file__).parent / "gold" / "facts"
KINDS = ("entity", "number", "date", "quote", "attribution")
# Floors per fact kind (F1 on the gold set); "link" is the pairwise linking score.
FLOORS = {
    "entity": 0.9,
    "number": 0.9,
    "date": 0.9,
    "quote": 0.9,
    "attribution": 0.9,
    "link": 0.9,
}


def load_groups() -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD_DIR.glob("g*.json"))]


def to_article(item: dict[str, Any]) -> Article:
    return Article(
        id=item["id"],
        source=item["id"],
        title=item["title"],
        text=item["text"],
        published=datetime.fromisoformat(item["published"]),
        lang=item["lang"],
    )


def _words(s: str) -> set[str]:
    return set(text_key(s).split())


def _greedy(gold: list[Any], pred: list[Any], same: Callable[[Any, Any], bool]) -> int:
    """How many gold items find a distinct predicted partner (first fit, in order)."""
    used = [False] * len(pred)
    hits = 0
    for g in gold:
        for i, p in enumerate(pred):
            if not used[i] and same(g, p):
                used[i] = True
                hits += 1
                break
    return hits


def _counter_hits(gold: Iterable[Any], pred: Iterable[Any]) -> int:
    return sum((Counter(gold) & Counter(pred)).values())


def score_article(item: dict[str, Any], art: Article) -> dict[str, tuple[int, int, int]]:
    """(true positives, predicted, gold) per kind for one article."""
    facts: dict[str, list[Fact]] = {k: [f for f in art.facts if f.kind == k] for k in KINDS}
    out: dict[str, tuple[int, int, int]] = {}
    gold_e = [(fold(s), label) for s, label, _ in item["entities"]]
    pred_e = [(fold(f.text), f.label) for f in facts["entity"]]
    out["entity"] = (_counter_hits(gold_e, pred_e), len(pred_e), len(gold_e))
    gold_n = [(round(float(v), 4), lab, q) for v, lab, q in item["numbers"]]
    pred_n = [
        (round(float(f.value), 4), f.label, f.attrs.get("qualifier")) for f in facts["number"]
    ]
    out["number"] = (_counter_hits(gold_n, pred_n), len(pred_n), len(gold_n))
    gold_d = [(v, p) for _, v, p in item["dates"]]
    pred_d = [(f.value, f.label) for f in facts["date"]]
    out["date"] = (_counter_hits(gold_d, pred_d), len(pred_d), len(gold_d))
    gold_q = item["quotes"]
    pred_q = facts["quote"]
    hits = _greedy(
        gold_q,
        pred_q,
        lambda g, p: (
            text_key(p.value).startswith(text_key(g[0]))
            and fold(str(p.attrs.get("speaker", ""))) == fold(g[1])
        ),
    )
    out["quote"] = (hits, len(pred_q), len(gold_q))
    gold_a = item["attributions"]
    pred_a = facts["attribution"]

    def same_attr(g: list[str], p: Fact) -> bool:
        if g[1] != p.label:
            return False
        gw, pw = _words(g[0]), _words(str(p.value))
        if not gw or not pw:
            return not gw and not pw
        return gw <= pw or pw <= gw

    out["attribution"] = (_greedy(gold_a, pred_a, same_attr), len(pred_a), len(gold_a))
    return out


def link_pairs(group: dict[str, Any], linked: tuple[Article, ...]) -> tuple[int, int, int]:
    """Pairwise linking score over the event's distinct names (article, surface).

    Gold: two names are one referent when their labels share a referent key. Predicted:
    when the linked entity facts carry one id. Names the recogniser missed are left out,
    so this measures linking, not recognition.
    """
    names: dict[tuple[str, str], tuple[str, str]] = {}  # (article, folded surface) -> (gold, pred)
    for item, art in zip(group["articles"], linked, strict=True):
        pred_ids: dict[str, str] = {}
        for f in art.facts:
            if f.kind == "entity":
                pred_ids.setdefault(fold(f.text), str(f.value))
        for surface, _label, referent in item["entities"]:
            key = fold(surface)
            if key in pred_ids:
                names[(item["id"], key)] = (referent, pred_ids[key])
    tp = pred = gold = 0
    for (_, a), (_, b) in combinations(names.items(), 2):
        same_gold, same_pred = a[0] == b[0], a[1] == b[1]
        tp += same_gold and same_pred
        pred += same_pred
        gold += same_gold
    return tp, pred, gold


@lru_cache(maxsize=1)
def evaluate() -> dict[str, dict[str, float]]:
    totals: dict[str, list[int]] = {k: [0, 0, 0] for k in (*KINDS, "link")}
    for group in load_groups():
        extracted = [extract_facts(to_article(item)) for item in group["articles"]]
        for item, art in zip(group["articles"], extracted, strict=True):
            for kind, (tp, npred, ngold) in score_article(item, art).items():
                totals[kind][0] += tp
                totals[kind][1] += npred
                totals[kind][2] += ngold
        tp, npred, ngold = link_pairs(group, link_entities(extracted))
        totals["link"][0] += tp
        totals["link"][1] += npred
        totals["link"][2] += ngold
    report: dict[str, dict[str, float]] = {}
    for kind, (tp, npred, ngold) in totals.items():
        p = tp / npred if npred else 1.0
        r = tp / ngold if ngold else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        report[kind] = {"precision": p, "recall": r, "f1": f1, "gold": ngold, "predicted": npred}
    return report


def test_gold_set_is_big_enough_and_bilingual():
    items = [item for g in load_groups() for item in g["articles"]]
    assert len(items) >= 30
    assert {item["lang"] for item in items} == {"id", "en"}
    assert len({item["id"] for item in items}) == len(items)


def test_gold_labels_point_at_words_of_their_article():
    for group in load_groups():
        for item in group["articles"]:
            body = item["title"] + "\n" + item["text"]
            for surface, label, _ in item["entities"]:
                assert surface in body, (item["id"], surface)
                assert label in ("PER", "ORG", "LOC")
            for surface, _, precision in item["dates"]:
                assert surface in body, (item["id"], surface)
                assert precision in ("day", "week", "month", "year")
            for first_words, _ in item["quotes"]:
                assert text_key(first_words) in text_key(body), (item["id"], first_words)
            for _, _, qualifier in item["numbers"]:
                assert qualifier in ("about", "more_than", "at_least", "up_to", "exact")


@pytest.mark.parametrize("kind", [*KINDS, "link"])
def test_f1_per_fact_kind_meets_its_floor(kind: str):
    report = evaluate()
    print(json.dumps({k: {m: round(v, 3) for m, v in r.items()} for k, r in report.items()}))
    assert report[kind]["f1"] >= FLOORS[kind], (kind, report[kind])
