"""The fifth review corpus: running stories, follow-ups, updates, recurring reports.

tests/gold/corpus_review5/ holds 44 articles (JSONL, gzipped) of 17 stories by 14 invented
outlets, a third in English, written for a fifth blind review of the story clustering
(docs/corpus.md): a search for a lost plane over five days (the loss, the wreckage, the
search called off; gold: one story by the window and the span) against a fishing boat
searched for elsewhere the same week; an arrest and, a month later, the indictment (gold:
two stories); one outlet's update of its report under a new URL and headline with a higher
toll (gold: its own article in the story, not a copy); a daily air-quality bulletin on three
days and a daily market close on two (gold: a story per day); a bankruptcy with an analysis
piece (gold: joins) and an opinion column (gold: its own story); a wire story abroad with a
copy, translations both ways and an Indonesian article quoting the wire at length; a
240-byte flash, a 280-byte brief and two 8 KB pages with related-story headlines throughout.
The gold labels (url -> story) and the copies, translations and the update are separate
files, written before the first run.

The floors are the values reached minus a small margin (in date order: precision 1.0,
recall 1.0 today; first run 0.9205 / 1.0: the bulletins and the market closes merged).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from corpus_helpers import (
    ReviewCorpus,
    copy_marking,
    marked_copies,
)

CORPUS = ReviewCorpus("review5")
PRECISION_FLOOR = 0.98
RECALL_FLOOR = 0.98


def _carried() -> dict[str, dict[str, str]]:
    """``copy_of``, ``translation_of`` and ``update_of``: copy -> original."""
    carried: dict[str, dict[str, str]] = json.loads(
        (CORPUS.folder / "copies.json").read_text(encoding="utf-8")
    )
    return carried


def _copy_marking(db: Path) -> tuple[float, float]:
    return copy_marking(db, _carried()["copy_of"])


def test_the_fifth_review_corpus_is_labelled_and_keeps_gold_apart() -> None:
    records, labels = CORPUS.labelled()
    assert len(records) == 44 and len(set(labels.values())) == 17
    assert len({r["source"] for r in records}) >= 8
    sizes = sorted(len(r["text"].encode("utf-8")) for r in records)
    assert sizes[0] < 300 and sizes[-1] > 8000  # a flash and long pages
    carried = _carried()
    assert len(carried["copy_of"]) == 2 and len(carried["update_of"]) == 1
    assert max(Counter(labels.values()).values()) == 7  # the five-day search


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return CORPUS.ingest(tmp_path_factory)


def test_stories_match_the_fifth_review_labels_with_bcubed_floors(ingested: Path) -> None:
    CORPUS.assert_bcubed(ingested, PRECISION_FLOOR, RECALL_FLOOR)


def test_the_copies_are_marked_and_no_translation_or_update(ingested: Path) -> None:
    assert _copy_marking(ingested) == (1.0, 1.0)
    marks = marked_copies(ingested)
    carried = _carried()
    assert set(marks).isdisjoint(carried["translation_of"])
    assert set(marks).isdisjoint(carried["update_of"])


@pytest.mark.parametrize(
    ("one", "other"),
    [
        pytest.param("udara-pku-21", "udara-pku-22", id="air-quality-bulletin-two-days"),
        pytest.param("udara-pku-22", "udara-pku-23", id="air-quality-bulletin-next-day"),
        pytest.param("ihsg-18", "ihsg-19", id="market-close-two-days"),
        pytest.param("pesawat-maleo", "kapal-nias", id="two-searches-one-week"),
        pytest.param("tangkap-ksp", "dakwaan-ksp", id="arrest-and-indictment-a-month-later"),
        pytest.param("pailit-sinarkapas", "opini-tekstil", id="report-and-opinion-column"),
    ],
)
def test_look_alike_and_recurring_reports_stay_apart(ingested: Path, one: str, other: str) -> None:
    CORPUS.assert_apart(ingested, one, other)


@pytest.mark.parametrize(
    "story",
    [
        pytest.param("pesawat-maleo", id="five-day-search-loss-wreckage-called-off"),
        pytest.param("ledakan-panakkukang", id="first-version-update-and-other-outlets"),
        pytest.param("pailit-sinarkapas", id="reports-and-an-analysis-piece"),
        pytest.param("kebakaran-johor", id="wire-copy-translations-and-long-quotes"),
        pytest.param("crane-surabaya", id="flash-brief-and-8kb-pages-with-related-headlines"),
        pytest.param("udara-pku-22", id="a-days-bulletin-and-another-outlets-report"),
    ],
)
def test_reports_of_one_event_share_a_story(ingested: Path, story: str) -> None:
    CORPUS.assert_one_story(ingested, story)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_out_of_order_arrival_keeps_recurring_reports_apart_and_marks_copies(
    tmp_path: Path, seed: int
) -> None:
    precision, recall = CORPUS.shuffled(tmp_path, seed)
    # decisions are final: the search's later days arriving first found their own story, and
    # another outlet's report of one day's reading can meet the next day's bulletin first
    # (0.9773 / 0.8357, 0.9773 / 0.8994, 1.0 / 0.8684 today; docs/corpus.md "Limits")
    assert precision >= 0.95
    assert recall >= 0.82
    copies_precision, copies_recall = _copy_marking(tmp_path / f"shuffled-{seed}.db")
    assert copies_precision == 1.0
    assert copies_recall >= 0.5
