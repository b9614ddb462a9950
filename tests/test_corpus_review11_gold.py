"""The eleventh review corpus: a developing disaster, its look-alike, phases of one case,
a translated wire, wider slips, columns and breaking items.

tests/gold/corpus_review11/ holds 33 articles (JSONL, gzipped) of 12 stories by 6 invented
outlets, 11 in English, written for the eleventh review of the story clustering
(docs/corpus.md) before the first run: a landslide told over three days (the first report
and a two-sentence breaking item, the toll rising, the search called off) by Indonesian
outlets and two English ones; a second landslide in another regency of the province two
days later, with the same agencies, its own breaking item and an English report recalling
the first in its closing line; a graft case's indictment, prosecutors' demand and verdict
three weeks apart each (gold: three stories, as the sixth review's hearings) with a column
on the case the day after the demand (gold: its own story); an English wire on a gas deal
signed in Moscow and two Indonesian versions hours later ("Moskow", "Peking", "Presiden
AS"); a club's two matches a week apart, one outlet's recap naming 5-0 for 3-0; a crash on
a toll road at KM 142 that one outlet places at KM 151, with its breaking item; a column on
the week's landslides (gold: its own story); and a singleton. The gold labels (url -> story)
are a separate file, frozen before the first run.

The floors are the values reached minus a small margin (in date order: precision 1.0,
recall 0.9091 today; on the first run 0.9596 / 0.8232: the recap two goals off and the post
nine kilometres off split off, the column on the case joined the demand's reports, and the
landslide's first English wire founded a story its third-day wire then joined).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from corpus_helpers import (
    ReviewCorpus,
)

CORPUS = ReviewCorpus("review11")
PRECISION_FLOOR = 0.98
RECALL_FLOOR = 0.89


def test_the_eleventh_review_corpus_is_labelled_and_keeps_gold_apart() -> None:
    records, labels = CORPUS.labelled()
    assert len(records) == 33 and len(set(labels.values())) == 12
    assert len({r["source"] for r in records}) == 6
    assert max(Counter(labels.values()).values()) == 8  # the landslide over three days


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return CORPUS.ingest(tmp_path_factory)


def test_stories_match_the_eleventh_review_labels_with_bcubed_floors(ingested: Path) -> None:
    CORPUS.assert_bcubed(ingested, PRECISION_FLOOR, RECALL_FLOOR)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        pytest.param("longsor-sendangrejo", "longsor-watukarang", id="two-landslides-one-week"),
        pytest.param("dakwaan-pdam", "tuntutan-pdam", id="an-indictment-and-the-demand"),
        pytest.param("tuntutan-pdam", "vonis-pdam", id="the-demand-and-the-verdict"),
        pytest.param("opini-pdam", "tuntutan-pdam", id="a-column-on-the-case-and-its-news"),
        pytest.param("opini-lereng", "longsor-sendangrejo", id="a-column-on-the-landslides"),
        pytest.param("opini-lereng", "longsor-watukarang", id="a-column-and-the-other-slide"),
        pytest.param("laga-bahari", "laga-garuda", id="one-clubs-two-matches-a-week-apart"),
    ],
)
def test_look_alike_events_and_columns_stay_apart(ingested: Path, one: str, other: str) -> None:
    CORPUS.assert_apart(ingested, one, other)


@pytest.mark.parametrize(
    "story",
    [
        pytest.param("longsor-watukarang", id="a-breaking-item-its-reports-and-an-english-one"),
        pytest.param("gas-moskow", id="a-wire-and-its-translation-with-other-spellings"),
        pytest.param("laga-bahari", id="a-recap-naming-a-score-two-goals-off"),
        pytest.param("tol-minibus", id="a-breaking-item-and-a-post-nine-km-off"),
        pytest.param("dakwaan-pdam", id="the-indictment-by-two-outlets"),
        pytest.param("tuntutan-pdam", id="the-demand-in-two-languages"),
        pytest.param("vonis-pdam", id="the-verdict-in-two-languages"),
        pytest.param("laga-garuda", id="the-next-match-in-two-languages"),
        pytest.param(
            "longsor-sendangrejo",
            id="a-landslide-over-three-days-in-two-languages",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the first English wire arrives after three Indonesian reports whose "
                "side names (hamlet, health post, officials) it lacks: 0.07-0.18 on names, "
                "under the cross-language threshold; the third day's wire then joins it",
            ),
        ),
    ],
)
def test_reports_of_one_event_share_a_story(ingested: Path, story: str) -> None:
    CORPUS.assert_one_story(ingested, story)


@pytest.mark.parametrize(
    ("seed", "recall_floor"),
    [
        pytest.param(1, 0.98, id="seed-1"),
        pytest.param(2, 0.98, id="seed-2"),
        # 1.0 / 0.9066: the landslide's first English wire arrives before the Indonesian
        # reports that name what it names, and the third day's wire joins it
        pytest.param(3, 0.88, id="seed-3"),
    ],
)
def test_out_of_order_arrival_keeps_slides_phases_and_columns_apart(
    tmp_path: Path, seed: int, recall_floor: float
) -> None:
    precision, recall = CORPUS.shuffled(tmp_path, seed)
    # before the eleventh review's rules: 0.9515 / 0.9141, 0.9596 / 0.9141, 0.9111 / 0.8611
    assert precision >= 0.98
    assert recall >= recall_floor
