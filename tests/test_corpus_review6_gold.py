"""The sixth review corpus: hearings weeks apart, an aftershock, a tournament, monthly
statistics, a reshuffle told live, three languages, breaking items and a feature, and one
outlet's templated local news.

tests/gold/corpus_review6/ holds 44 articles (JSONL, gzipped) of 16 stories by 10 invented
outlets, a third in English and two in Malay, written for a sixth blind review of the story
clustering (docs/corpus.md): a graft trial's charges, witnesses and verdict 14 and 21 days
apart (gold: three stories, by the window); a quake and its aftershock the next day (gold:
one story) and another quake elsewhere three days later; an U-19 tournament's matches (gold:
a story each); one outlet's statistics template for two months' inflation and a month's
exports (gold: a story each, no copy); a cabinet reshuffle from rumour to reactions (gold:
one story); a migrant boat reported in Indonesian, by an English wire (and its full copy)
and in Malay; two BREAKING items of about 200 bytes and a 3.4 KB feature on one market fire;
one outlet's two local items sharing its stock quote and closing paragraph (gold: two
stories). The gold labels (url -> story) and the copies are separate files, written before
the first run.

The floors are the values reached minus a small margin (in date order: precision 1.0,
recall 0.9375 today, 0.9273 / 0.9375 before the ninth review's event markers; first run
0.9045 / 0.8845: the templated items and three matches merged, the witnesses' second report
found no candidate).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from corpus_helpers import (
    ReviewCorpus,
    copy_marking,
)

CORPUS = ReviewCorpus("review6")
PRECISION_FLOOR = 0.98
RECALL_FLOOR = 0.93


def test_the_sixth_review_corpus_is_labelled_and_keeps_gold_apart() -> None:
    records, labels = CORPUS.labelled()
    assert len(records) == 44 and len(set(labels.values())) == 16
    assert len({r["source"] for r in records}) >= 8
    sizes = sorted(len(r["text"].encode("utf-8")) for r in records)
    assert sizes[1] < 300 and sizes[-1] > 3000  # breaking items and a feature
    assert len(CORPUS.copy_of()) == 2
    assert max(Counter(labels.values()).values()) == 8  # the reshuffle


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return CORPUS.ingest(tmp_path_factory)


def test_stories_match_the_sixth_review_labels_with_bcubed_floors(ingested: Path) -> None:
    CORPUS.assert_bcubed(ingested, PRECISION_FLOOR, RECALL_FLOOR)


def test_the_copies_are_marked_and_nothing_else(ingested: Path) -> None:
    assert copy_marking(ingested, CORPUS.copy_of()) == (1.0, 1.0)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        pytest.param("harga-cabai-bulungan", "kpu-bulungan", id="one-outlets-templated-items"),
        pytest.param("sidang-dakwaan", "sidang-saksi", id="charges-and-witnesses-hearings"),
        pytest.param("sidang-saksi", "sidang-vonis", id="witnesses-hearing-and-verdict"),
        pytest.param("bps-inflasi-okt", "bps-inflasi-nov", id="two-months-of-one-template"),
        pytest.param("bps-inflasi-okt", "bps-ekspor-okt", id="inflation-and-exports"),
        pytest.param("gempa-sigi", "gempa-ende", id="two-quakes-one-week"),
        # apart since the ninth review: the matches' scores differ (event_markers)
        pytest.param("bola-idn-vie", "bola-idn-tha", id="one-teams-two-matches"),
        pytest.param("bola-mas-tha", "bola-idn-vie", id="another-match-of-the-tournament"),
    ],
)
def test_look_alike_events_stay_apart(ingested: Path, one: str, other: str) -> None:
    CORPUS.assert_apart(ingested, one, other)


@pytest.mark.parametrize(
    "story",
    [
        pytest.param("gempa-sigi", id="flash-quake-and-next-days-aftershock"),
        pytest.param("kapal-johor", id="indonesian-english-wire-copy-and-malay"),
        pytest.param("kebakaran-amahami", id="two-breaking-items-a-report-and-a-feature"),
        pytest.param("sidang-saksi", id="a-hearings-two-reports-weeks-after-the-charges"),
        pytest.param("sidang-vonis", id="verdict-its-copy-and-an-english-wire"),
        pytest.param(
            "reshuffle",
            id="rumour-announcement-swearing-in-reactions",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the reactions piece tells its own side (business, farmers, a DPR "
                "commission): 0.20 with the announcement",
            ),
        ),
        pytest.param(
            "bps-inflasi-okt",
            id="a-statistics-template-and-an-english-wire",
            marks=pytest.mark.xfail(
                strict=True,
                reason="across languages the wire shares the agency, its deputy and one "
                "figure with a template of agency names: 0.23",
            ),
        ),
    ],
)
def test_reports_of_one_event_share_a_story(ingested: Path, story: str) -> None:
    CORPUS.assert_one_story(ingested, story)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_out_of_order_arrival_keeps_templates_apart_and_marks_copies(
    tmp_path: Path, seed: int
) -> None:
    precision, recall = CORPUS.shuffled(tmp_path, seed)
    # decisions are final: a reshuffle's later days or a BREAKING item arriving before what
    # they can name found their own stories (1.0 / 0.9034, 1.0 / 0.8807, 1.0 / 0.8159 today;
    # docs/corpus.md "Limits")
    assert precision >= 0.98
    assert recall >= 0.79
    copies_precision, copies_recall = copy_marking(
        tmp_path / f"shuffled-{seed}.db", CORPUS.copy_of()
    )
    assert copies_precision == 1.0
    assert copies_recall >= 0.5
