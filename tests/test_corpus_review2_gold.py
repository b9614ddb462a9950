"""The second review corpus: full-length articles written blind, after the first review's fixes.

tests/gold/corpus_review2/ holds 45 articles (JSONL, gzipped) of 14 stories by 10 invented
outlets, a quarter in English, written for a second blind review of the story clustering
(docs/corpus.md): look-alike events on one day (two graft verdicts at two courts, two
building fires in two cities), one event told over three days with a rising toll (5, 9,
12 dead), its follow-up nine days later (a story of its own), an analysis piece that
reports the event and an opinion column that does not, an English wire story with
Indonesian rewrites and a translation, a syndicated copy trimmed to its first paragraphs
under a new headline, names in two spellings ("Widjaja" / "Wijaya", "Mohammad Nasir" /
"Muhammad Nashir") and short forms, two singletons. The gold labels (url -> story) are a
separate file, written before the first run.

The floors are the values reached minus 0.02 (in date order: precision 1.0, recall 0.9238
today; first run 1.0 / 0.8360).
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

CORPUS = ReviewCorpus("review2")
PRECISION_FLOOR = 0.98
RECALL_FLOOR = 0.90


_stories = stories_by_url


def test_the_second_review_corpus_is_full_length_labelled_and_keeps_gold_apart() -> None:
    records, labels = CORPUS.labelled()
    assert len(records) == 45 and len(set(labels.values())) == 14
    assert len({r["source"] for r in records}) >= 8
    sizes = sorted(len(r["text"].encode("utf-8")) for r in records)
    assert sizes[len(sizes) // 2] >= 1500  # median article of 1.5 KB or more
    stories = Counter(labels.values())
    assert sum(1 for n in stories.values() if n == 1) >= 3  # two singletons, one column
    assert max(stories.values()) >= 7  # three days of one event and an analysis piece


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return CORPUS.ingest(tmp_path_factory)


def test_stories_match_the_second_review_labels_with_bcubed_floors(ingested: Path) -> None:
    precision, recall = bcubed(_stories(ingested), CORPUS.labels())
    print(f"\nsecond review corpus BCubed: precision {precision:.4f}, recall {recall:.4f}")
    assert precision >= PRECISION_FLOOR
    assert recall >= RECALL_FLOOR


@pytest.mark.parametrize(
    ("one", "other"),
    [
        pytest.param("vonis-kendari", "vonis-mataram", id="two-verdicts-one-day"),
        pytest.param(
            "kebakaran-hotel-balikpapan", "kebakaran-pesantren-pekalongan", id="two-fires-one-night"
        ),
        pytest.param("tambang-sawahlunto", "tambang-tersangka", id="follow-up-nine-days-later"),
        pytest.param("tambang-sawahlunto", "opini-tambang", id="opinion-column-on-the-topic"),
    ],
)
def test_look_alike_events_and_later_follow_ups_stay_apart(
    ingested: Path, one: str, other: str
) -> None:
    labels, stories = CORPUS.labels(), _stories(ingested)
    ours = {stories[u] for u, g in labels.items() if g == one}
    theirs = {stories[u] for u, g in labels.items() if g == other}
    assert not ours & theirs


@pytest.mark.parametrize(
    "story",
    [
        pytest.param("kebakaran-pesantren-pekalongan", id="cleric-in-two-spellings"),
        pytest.param("vonis-kendari", id="defendant-long-and-short-form"),
        pytest.param("perampokan-emas-medan", id="owner-in-old-spelling"),
        pytest.param("pesawat-latih", id="wire-rewrites-translation-and-trimmed-copy"),
    ],
)
def test_reports_of_one_event_in_their_own_words_share_a_story(ingested: Path, story: str) -> None:
    labels, stories = CORPUS.labels(), _stories(ingested)
    assert len({stories[u] for u, g in labels.items() if g == story}) == 1


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_out_of_order_arrival_keeps_precision(tmp_path: Path, seed: int) -> None:
    precision, recall = CORPUS.shuffled(tmp_path, seed)
    # decisions are final: reports linked only through a later-arriving one stay apart
    # (1.0 / 0.9048, 1.0 / 0.8778, 1.0 / 0.8905 today; docs/corpus.md "Limits")
    assert precision >= 0.98
    assert recall >= 0.85
