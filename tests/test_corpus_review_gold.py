"""The review corpus: full-length hand-written articles the clustering was not built on.

tests/gold/corpus_review/ holds 74 articles (JSONL, gzipped) of 22 stories by 11 invented
outlets, written for a blind review of the story clustering after it reached BCubed 1.0 on
tests/gold/corpus: each outlet tells the event in its own words with its own side details,
background and footer; look-alike events in one province in one week, follow-ups one to
three days later, a live page, an explainer, an opinion column, English wire stories with
Indonesian rewrites, syndicated copies under new headlines. The gold labels (url -> story)
are a separate file, written before the first run. See docs/corpus.md.

The floors are the values reached minus ~0.02 (precision 0.9399, recall 0.9775 today): they
catch a regression on full-length articles that the short gold corpus would not show.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from corpus_helpers import (
    ReviewCorpus,
    stories_by_url,
)
from kroscek.store import Corpus

CORPUS = ReviewCorpus("review")
PRECISION_FLOOR = 0.915
RECALL_FLOOR = 0.955


def test_the_review_corpus_is_full_length_labelled_and_keeps_gold_apart() -> None:
    records, labels = CORPUS.labelled()
    assert len(records) == 74 and len(set(labels.values())) == 22
    assert len({r["source"] for r in records}) >= 10
    sizes = sorted(len(r["text"].encode("utf-8")) for r in records)
    assert sizes[len(sizes) // 2] >= 1500  # median article of 1.5 KB or more
    stories = Counter(labels.values())
    assert sum(1 for n in stories.values() if n == 1) >= 4  # singletons
    assert max(stories.values()) >= 7  # a story with follow-ups, a live page, an explainer


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return CORPUS.ingest(tmp_path_factory)


def test_stories_match_the_review_labels_with_bcubed_floors(ingested: Path) -> None:
    CORPUS.assert_bcubed(ingested, PRECISION_FLOOR, RECALL_FLOOR)


def test_english_and_indonesian_reports_of_one_event_share_a_story(ingested: Path) -> None:
    labels = CORPUS.labels()
    with Corpus(ingested, readonly=True) as corpus:
        rows = corpus.connection.execute("SELECT url, story_id, lang FROM articles").fetchall()
    assert sum(1 for _, _, lang in rows if lang == "en") >= 15
    langs_by_story: dict[str, set[str]] = {}
    bilingual_gold = {labels[u] for u, _, _ in rows} & {
        labels[u] for u, _, lang in rows if lang == "en"
    }
    for url, story, lang in rows:
        if labels[url] in bilingual_gold:
            langs_by_story.setdefault(story, set()).add(lang)
    joined = sum(1 for langs in langs_by_story.values() if langs == {"id", "en"})
    # 12 events are told in both languages; 11 stories hold both today (the two KPK
    # arrests are one, the known wrong merge)
    assert joined >= 9


def test_an_opinion_column_on_the_topic_joins_no_event(ingested: Path) -> None:
    labels = CORPUS.labels()
    story_of = stories_by_url(ingested)
    [column] = [u for u, g in labels.items() if g == "opini-banjir"]
    assert [u for u, s in story_of.items() if s == story_of[column]] == [column]


@pytest.mark.parametrize("seed", [1, 2])
def test_out_of_order_arrival_costs_recall_but_not_precision(tmp_path: Path, seed: int) -> None:
    precision, recall = CORPUS.shuffled(tmp_path, seed)
    # decisions are final: reports linked only through a later-arriving one stay apart
    # (seed 1: 0.9676 / 0.8051, seed 2: 1.0 / 0.8938 today; docs/corpus.md "Limits")
    assert precision >= 0.94
    assert recall >= 0.78
