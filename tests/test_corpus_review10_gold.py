"""The tenth review corpus: what the ninth review's event markers could wrongly split.

tests/gold/corpus_review10/ holds 27 articles (JSONL, gzipped) of 7 stories by 6 invented
outlets, 10 in English, written for the tenth review of the story clustering (docs/corpus.md)
before the first run: a league match told by its preview (naming last season's score), a live
report at half-time, a final report, an English outlet that got the final score wrong (3-1 for
2-1) and an English report; the same team's cup tie three days later, drawn and won on
penalties (a live report behind at half-time, reports giving the draw and the shoot-out, a
press conference giving neither); a bus crash on a toll road whose post is written "KM 97",
"KM 97+200", "kilometer 97,2" and, by one outlet, "KM 79", with English wires giving miles or
no post and a follow-up naming the patrol post five kilometres on; a second crash on the road
three days later whose reports recall the first after a colon; two issues of one market's
twice-weekly price report three days apart (two Indonesian outlets and an English one each);
and a singleton. The gold labels (url -> story) are a separate file, frozen before the first
run.

The floors are the values reached minus a small margin (in date order: precision 1.0, recall
1.0 today; on the first run 0.7333 / 0.8963: the preview, the wrong score and the patrol-post
follow-up split off, the second crash and the two price issues joined the first).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from corpus_helpers import (
    ReviewCorpus,
)

CORPUS = ReviewCorpus("review10")
PRECISION_FLOOR = 0.98
RECALL_FLOOR = 0.98


def test_the_tenth_review_corpus_is_labelled_and_keeps_gold_apart() -> None:
    records, labels = CORPUS.labelled()
    assert len(records) == 27 and len(set(labels.values())) == 7
    assert len({r["source"] for r in records}) == 6
    assert max(Counter(labels.values()).values()) == 7  # the bus crash and its follow-ups


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return CORPUS.ingest(tmp_path_factory)


def test_stories_match_the_tenth_review_labels_with_bcubed_floors(ingested: Path) -> None:
    CORPUS.assert_bcubed(ingested, PRECISION_FLOOR, RECALL_FLOOR)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        pytest.param("laga-bintang", "laga-garuda", id="one-teams-two-matches-in-a-week"),
        pytest.param("tol-bus", "tol-boks", id="two-crashes-recalled-after-a-colon"),
        pytest.param("harga-senin", "harga-kamis", id="two-price-issues-three-days-apart"),
        pytest.param("tol-bus", "kapal", id="a-crash-and-a-boat-off-the-same-town"),
    ],
)
def test_look_alike_events_stay_apart(ingested: Path, one: str, other: str) -> None:
    CORPUS.assert_apart(ingested, one, other)


@pytest.mark.parametrize(
    "story",
    [
        pytest.param(
            "laga-bintang", id="a-preview-a-half-time-live-report-a-wrong-score-and-the-final"
        ),
        pytest.param("laga-garuda", id="a-draw-won-on-penalties-and-its-half-time-live-report"),
        pytest.param("tol-bus", id="one-post-written-four-ways-and-a-patrol-post-five-km-on"),
        pytest.param("tol-boks", id="a-crash-whose-reports-recall-another-after-a-colon"),
        pytest.param("harga-senin", id="a-price-issue-in-two-languages"),
        pytest.param("harga-kamis", id="the-next-price-issue-in-two-languages"),
    ],
)
def test_reports_of_one_event_share_a_story(ingested: Path, story: str) -> None:
    CORPUS.assert_one_story(ingested, story)


@pytest.mark.parametrize(
    ("seed", "recall_floor"),
    [
        # 1.0 / 0.8942: the two English crash wires arrive before any Indonesian report that
        # would link them (cross-language names 0.15-0.21) and found a story of their own
        pytest.param(1, 0.88, id="seed-1"),
        pytest.param(2, 0.98, id="seed-2"),
        pytest.param(3, 0.98, id="seed-3"),
    ],
)
def test_out_of_order_arrival_keeps_matches_crashes_and_issues_apart(
    tmp_path: Path, seed: int, recall_floor: float
) -> None:
    precision, recall = CORPUS.shuffled(tmp_path, seed)
    # before the tenth review's rules: 0.8889 / 0.7270, 0.7333 / 0.8963, 0.8056 / 0.7411
    assert precision >= 0.98
    assert recall >= recall_floor
