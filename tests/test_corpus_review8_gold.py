"""The eighth review corpus: five events of one regency in one week, and a flood next door.

tests/gold/corpus_review8/ holds 21 articles (JSONL, gzipped) of 7 stories by 5 invented
outlets, a third in English, written for the eighth review of the story clustering
(docs/corpus.md): in the invented regency of Sindangraya a landslide buries four homes on a
Monday (gold: one story with its follow-up two days later, whose English headline names no
kind of event), a river floods 320 homes on the Tuesday, men attack a night-watch post on the
Thursday, a culture festival opens on the Friday, a second landslide cuts a road on the
Saturday, and a former official is sentenced on the next Monday; a flash flood hits the
neighbouring regency on the Tuesday. The reports share the regency, its regent, its
disaster-agency head, its hospital and their outlets' footers. The gold labels (url ->
story) are a separate file, written and frozen before the first run.

The floors are the values reached minus a small margin (in date order: precision 1.0,
recall 0.9365 today; before the kinds of event: 0.7048 / 0.9365, the flood and the attack
in the landslide's story).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from corpus_helpers import (
    ReviewCorpus,
)

CORPUS = ReviewCorpus("review8")
PRECISION_FLOOR = 0.98
RECALL_FLOOR = 0.92


def test_the_eighth_review_corpus_is_labelled_and_keeps_gold_apart() -> None:
    records, labels = CORPUS.labelled()
    assert len(records) == 21 and len(set(labels.values())) == 7
    assert len({r["source"] for r in records}) == 5
    assert max(Counter(labels.values()).values()) == 5  # the landslide and its follow-up


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return CORPUS.ingest(tmp_path_factory)


def test_stories_match_the_eighth_review_labels_with_bcubed_floors(ingested: Path) -> None:
    CORPUS.assert_bcubed(ingested, PRECISION_FLOOR, RECALL_FLOOR)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        pytest.param("longsor", "banjir", id="landslide-and-next-days-flood"),
        pytest.param("longsor", "serangan", id="landslide-and-an-attack-in-its-district"),
        pytest.param("banjir", "serangan", id="flood-and-attack"),
        pytest.param("longsor", "longsor2", id="two-landslides-five-days-apart"),
        pytest.param("banjir", "banjir-lembah", id="two-floods-of-two-regencies-one-day"),
        pytest.param("festival", "sidang", id="festival-and-court-case"),
    ],
)
def test_events_of_one_regency_stay_apart(ingested: Path, one: str, other: str) -> None:
    CORPUS.assert_apart(ingested, one, other)


@pytest.mark.parametrize(
    "story",
    [
        pytest.param("longsor", id="a-landslide-its-follow-up-and-its-translation"),
        pytest.param("serangan", id="an-attack-in-two-languages"),
        pytest.param("festival", id="a-festival-in-two-languages"),
        pytest.param("sidang", id="a-verdict-in-two-languages"),
        pytest.param("longsor2", id="a-second-landslide-in-two-languages"),
        pytest.param(
            "banjir",
            id="a-flood-told-from-its-street",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the street's report names the river and its neighbourhoods, the "
                "first report the river and its regency: neither carries the other's "
                "repeated headline names (other_events: 0)",
            ),
        ),
    ],
)
def test_reports_of_one_event_share_a_story(ingested: Path, story: str) -> None:
    CORPUS.assert_one_story(ingested, story)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_out_of_order_arrival_keeps_one_regencys_events_apart(tmp_path: Path, seed: int) -> None:
    precision, recall = CORPUS.shuffled(tmp_path, seed)
    # 1.0 / 0.8857, 1.0 / 1.0, 1.0 / 1.0 today (before: 0.9365, 0.8857, 0.8214 precision)
    assert precision >= 0.98
    assert recall >= 0.85
