"""The third review corpus: many look-alike events at once, and a story told over five days.

tests/gold/corpus_review3/ holds 50 articles (JSONL, gzipped) of 19 stories by 11 invented
outlets, a quarter in English, written for a third blind review of the story clustering
(docs/corpus.md): two river floods on one day in two provinces and a landslide the day
before, three KPK cases on three days with one spokesman (a Bitung report whose lead recaps
the Lampung Timur sting, a Kalsel report whose lead recaps both), two matches of one league
round and a round-up of the round, three fires in one city (two on one day, one fire chief;
the third one's lead recaps both), two quakes in neighbouring provinces eleven hours apart,
a landslide told over five days with a toll rising from 5 to 17, English wire stories, an
analysis piece (gold: joins), an opinion column and a disaster round-up (gold: stories of
their own), a follow-up ten days later (its own story by the window), two trimmed
syndicated copies under new headlines, names in several spellings. The gold labels (url ->
story) are a separate file, written before the first run.

The floors are the values reached minus a small margin (in date order: precision 0.97,
recall 1.0 today; first run 0.9433 / 0.9345).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from corpus_helpers import (
    ReviewCorpus,
    stories_by_url,
)
from kroscek.cluster.evaluate import bcubed

CORPUS = ReviewCorpus("review3")
PRECISION_FLOOR = 0.95
RECALL_FLOOR = 0.98


_stories = stories_by_url


def test_the_third_review_corpus_is_full_length_labelled_and_keeps_gold_apart() -> None:
    records, labels = CORPUS.labelled()
    assert len(records) == 50 and len(set(labels.values())) == 19
    assert len({r["source"] for r in records}) >= 8
    sizes = sorted(len(r["text"].encode("utf-8")) for r in records)
    assert sizes[len(sizes) // 2] >= 1500  # median article of 1.5 KB or more
    stories = Counter(labels.values())
    assert sum(1 for n in stories.values() if n == 1) >= 6  # singletons, round-ups, a column
    assert max(stories.values()) >= 10  # five days of one event


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return CORPUS.ingest(tmp_path_factory)


def test_stories_match_the_third_review_labels_with_bcubed_floors(ingested: Path) -> None:
    precision, recall = bcubed(_stories(ingested), CORPUS.labels())
    print(f"\nthird review corpus BCubed: precision {precision:.4f}, recall {recall:.4f}")
    assert precision >= PRECISION_FLOOR
    assert recall >= RECALL_FLOOR


def _apart(db: Path, one: str, other: str) -> bool:
    labels, stories = CORPUS.labels(), _stories(db)
    ours = {stories[u] for u, g in labels.items() if g == one}
    theirs = {stories[u] for u, g in labels.items() if g == other}
    return not ours & theirs


@pytest.mark.parametrize(
    ("one", "other"),
    [
        pytest.param("kpk-lamtim", "kpk-bitung", id="two-kpk-cases-one-spokesman"),
        pytest.param("kpk-bitung", "kpk-kalsel", id="lead-recaps-two-earlier-cases"),
        pytest.param("banjir-sampang", "banjir-pati", id="two-floods-one-day"),
        pytest.param("banjir-pati", "longsor-cianjur", id="lead-recaps-the-landslide"),
        pytest.param("kebakaran-genuk", "kebakaran-bandarharjo", id="two-fires-one-city-one-day"),
        pytest.param("kebakaran-bandarharjo", "kebakaran-sekolah", id="third-fire-recaps-two"),
        pytest.param("gempa-pandeglang", "gempa-sukabumi", id="quakes-in-neighbouring-provinces"),
        pytest.param("liga-persebaya-bali", "liga-borneo-psis", id="two-matches-of-one-round"),
        pytest.param("longsor-cianjur", "longsor-cianjur-relokasi", id="follow-up-ten-days-later"),
        pytest.param("longsor-cianjur", "opini-longsor", id="opinion-column-on-the-topic"),
        pytest.param("longsor-cianjur", "rekap-bnpb", id="disaster-round-up"),
    ],
)
def test_look_alike_events_recaps_and_later_follow_ups_stay_apart(
    ingested: Path, one: str, other: str
) -> None:
    assert _apart(ingested, one, other)


@pytest.mark.xfail(
    strict=True,
    reason="a round-up of three matches scores with the match it names most "
    "(0.36-0.44); nothing tested separates it from a report with a recap paragraph",
)
def test_a_league_round_up_stays_apart_from_the_matches_it_names(ingested: Path) -> None:
    assert _apart(ingested, "liga-rekap", "liga-persebaya-bali")


@pytest.mark.parametrize(
    "story",
    [
        pytest.param("longsor-cianjur", id="five-days-wire-analysis-and-trimmed-copy"),
        pytest.param("kpk-lamtim", id="regent-in-three-spellings-and-trimmed-copy"),
        pytest.param("gempa-pandeglang", id="english-wire-and-indonesian-rewrite"),
        pytest.param("banjir-sampang", id="flood-in-two-languages-over-two-days"),
    ],
)
def test_reports_of_one_event_in_their_own_words_share_a_story(ingested: Path, story: str) -> None:
    labels, stories = CORPUS.labels(), _stories(ingested)
    assert len({stories[u] for u, g in labels.items() if g == story}) == 1


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_out_of_order_arrival_keeps_precision(tmp_path: Path, seed: int) -> None:
    precision, recall = CORPUS.shuffled(tmp_path, seed)
    # decisions are final: reports linked only through a later-arriving one stay apart
    # (0.97 / 0.9733, 0.9733 / 0.8909, 0.97 / 0.8468 today; docs/corpus.md "Limits")
    assert precision >= 0.95
    assert recall >= 0.82
