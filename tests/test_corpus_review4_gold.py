"""The fourth review corpus: syndication at scale, two-phase events, flashes and wires.

tests/gold/corpus_review4/ holds 45 articles (JSONL, gzipped) of 15 stories by 11 invented
outlets, a third in English, written for a fourth blind review of the story clustering
(docs/corpus.md): one wire story carried by five outlets (in full, under a new headline,
trimmed to its first three or four paragraphs, with an editor's added line) and translated
into English; a ship fire and then the rescue and the count of the missing over three days,
against a speedboat accident elsewhere the next day; a minister's three-day visit (gold: one
story) against another minister's meeting with the same host; three matches of one
badminton tournament on three days (gold: a story each); a derailment abroad told by three
English wires in their own words, and another foreign accident by two of them; 250-600-byte
breaking-news flashes next to long reports. The gold labels (url -> story) and the copies
(copy -> original) are separate files, written before the first run.

The floors are the values reached minus a small margin (in date order: precision 0.9407,
recall 0.8959 today, 0.8874 / 0.8959 before the ninth review's event markers; first run 0.8540
/ 0.8456; copies marked 5 of 5, first run 3 of 5).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from corpus_helpers import (
    ReviewCorpus,
    copy_marking,
    stories_by_url,
)

CORPUS = ReviewCorpus("review4")
PRECISION_FLOOR = 0.93
RECALL_FLOOR = 0.875


def _copy_marking(db: Path) -> tuple[float, float]:
    return copy_marking(db, CORPUS.copy_of())


def test_the_fourth_review_corpus_is_labelled_and_keeps_gold_apart() -> None:
    records, labels = CORPUS.labelled()
    assert len(records) == 45 and len(set(labels.values())) == 15
    assert len({r["source"] for r in records}) >= 8
    sizes = sorted(len(r["text"].encode("utf-8")) for r in records)
    assert sizes[0] < 400 and sizes[-1] > 1500  # flashes next to long reports
    assert len(CORPUS.copy_of()) == 5 and set(CORPUS.copy_of()) <= set(labels)
    assert max(Counter(labels.values()).values()) == 8  # one wire story, five outlets


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return CORPUS.ingest(tmp_path_factory)


def test_stories_match_the_fourth_review_labels_with_bcubed_floors(ingested: Path) -> None:
    CORPUS.assert_bcubed(ingested, PRECISION_FLOOR, RECALL_FLOOR)


def test_every_syndicated_copy_full_or_trimmed_is_marked_and_nothing_else(
    ingested: Path,
) -> None:
    precision, recall = _copy_marking(ingested)
    assert precision == 1.0
    assert recall == 1.0


def _apart(db: Path, one: str, other: str) -> bool:
    found = CORPUS.found(db)
    return found[one].isdisjoint(found[other])


@pytest.mark.parametrize(
    ("one", "other"),
    [
        pytest.param("kapal-buru", "speedboat-kayan", id="two-boat-accidents-one-week"),
        pytest.param("kereta-bulgaria", "bus-gilgit", id="two-accidents-abroad-same-wires"),
        pytest.param("amonia-muarabaru", "pohon-sudirman", id="two-flashes-one-city-one-morning"),
        pytest.param("sriwijaya-qf-nadia", "sriwijaya-sf-ganda", id="two-matches-one-tournament"),
    ],
)
def test_look_alike_events_stay_apart(ingested: Path, one: str, other: str) -> None:
    assert _apart(ingested, one, other)


def _merged_today(one: str, other: str, case: str, reason: str) -> object:
    """A pair of stories the clustering merges today (a strict xfail: it fails loudly once
    they stay apart, so that the floors and docs/corpus.md are updated)."""
    return pytest.param(one, other, id=case, marks=pytest.mark.xfail(strict=True, reason=reason))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # apart since the ninth review: the quarter-final's and the final's scores differ
        pytest.param("sriwijaya-qf-nadia", "sriwijaya-final-putri", id="one-player-two-matches"),
        _merged_today(
            "kunjungan-chile",
            "menlu-kenya",
            "another-visit-to-the-same-host",
            "the two visits share only the host minister, her building and the city (0.43), "
            "as much as a small corpus weighs the visitor's own names",
        ),
    ],
)
def test_look_alike_events_that_share_only_their_setting_stay_apart(
    ingested: Path, one: str, other: str
) -> None:
    assert _apart(ingested, one, other)


@pytest.mark.parametrize(
    "story",
    [
        pytest.param("kapal-buru", id="fire-then-rescue-and-missing-over-three-days"),
        pytest.param("amonia-muarabaru", id="flashes-in-two-languages-and-long-reports"),
        pytest.param("speedboat-kayan", id="report-english-report-and-next-day-flash"),
    ],
)
def test_reports_of_one_event_share_a_story(ingested: Path, story: str) -> None:
    CORPUS.assert_one_story(ingested, story)


def test_the_wire_story_its_copies_and_its_translation_share_a_story(ingested: Path) -> None:
    stories = stories_by_url(ingested)
    labelled = json.loads((CORPUS.folder / "copies.json").read_text(encoding="utf-8"))
    carried = {**labelled["copy_of"], **labelled["translation_of"]}
    assert {stories[u] for u in carried} | {stories[o] for o in carried.values()} == {
        stories[next(iter(carried.values()))]
    }


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_out_of_order_arrival_keeps_precision_and_marks_copies_of_earlier_originals(
    tmp_path: Path, seed: int
) -> None:
    precision, recall = CORPUS.shuffled(tmp_path, seed)
    # decisions are final: reports linked only through a later-arriving one stay apart
    # (1.0 / 0.8959, 1.0 / 0.8993, 1.0 / 0.8604 today; docs/corpus.md "Limits")
    assert precision >= 0.98
    assert recall >= 0.84
    # a trimmed copy that arrives before its original is not marked (nor is the original
    # after it): 3, 4 and 5 of the 5 copies today, never a wrong one
    copies_precision, copies_recall = _copy_marking(tmp_path / f"shuffled-{seed}.db")
    assert copies_precision == 1.0
    assert copies_recall >= 0.6
