"""The seventh review corpus: a missing airliner told over ten days, four events of one city
on one day, a press release reprinted five times, a translated wire, an editorial and a
column, two events told live, and a day of protests in several cities.

tests/gold/corpus_review7/ holds 46 articles (JSONL, gzipped) of 15 stories by 9 invented
outlets, a third in English, written for a seventh blind review of the story clustering
(docs/corpus.md): an airliner lost over the sea, its search, debris and flight recorder over
a week (gold: one story) and its victims identified on day 10 (gold: another, past the
7-day span), with a helicopter's emergency landing in the same week; a market fire, a
toll-road pile-up, a drivers' demonstration and a flood in one city on one Tuesday, all with
the city's police spokesman (gold: four stories); one company's press release reprinted by
five outlets under five headlines (gold: four copies of the first) and its next release a
week later (gold: another story, no copy across them); an English wire and a local
outlet's Indonesian translation of it (gold: one story, no copy); a roof collapse with the
next day's editorial (gold: in the story) and a column on school budgets (gold: its own);
one outlet's two live pages and a wire's two "UPDATE 3-" items of two events of one day
(gold: two stories); students protesting one bill in four cities on one day (gold: one
story). The gold labels (url -> story) and the copies are separate files, written before the
first run.

The floors are the values reached minus a small margin (in date order: precision 1.0,
recall 0.8075 today; first run 0.9710 / 0.7857: a flood report that closes on the morning's
fire joined the fire).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from corpus_helpers import (
    ReviewCorpus,
    copy_marking,
)

CORPUS = ReviewCorpus("review7")
PRECISION_FLOOR = 0.98
RECALL_FLOOR = 0.79


def test_the_seventh_review_corpus_is_labelled_and_keeps_gold_apart() -> None:
    records, labels = CORPUS.labelled()
    assert len(records) == 46 and len(set(labels.values())) == 15
    assert len({r["source"] for r in records}) >= 8
    assert len(CORPUS.copy_of()) == 5 and set(CORPUS.copy_of()) <= set(labels)
    assert max(Counter(labels.values()).values()) == 7  # the airliner's week


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return CORPUS.ingest(tmp_path_factory)


def test_stories_match_the_seventh_review_labels_with_bcubed_floors(ingested: Path) -> None:
    CORPUS.assert_bcubed(ingested, PRECISION_FLOOR, RECALL_FLOOR)


def test_the_reprinted_release_is_marked_and_nothing_else(ingested: Path) -> None:
    # four reprints of one release, and one of the next release a week later; the two
    # releases share their closing "about the company" paragraph and are not copies
    assert copy_marking(ingested, CORPUS.copy_of()) == (1.0, 1.0)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        pytest.param(
            "kebakaran-pasar-rawakemiri",
            "banjir-cawang-bidaracina",
            id="a-flood-report-closing-on-the-mornings-fire",
        ),
        pytest.param("kebakaran-pasar-rawakemiri", "tabrakan-tol-jorr", id="fire-and-pile-up"),
        pytest.param("tabrakan-tol-jorr", "demo-ojol-dpr", id="pile-up-and-demonstration"),
        pytest.param("demo-ojol-dpr", "banjir-cawang-bidaracina", id="demonstration-and-flood"),
        pytest.param("pesawat-hilang", "pesawat-identifikasi", id="past-the-seven-day-span"),
        pytest.param("pesawat-hilang", "helikopter-mimika", id="another-aircraft-that-week"),
        pytest.param("sse-plts-gajahmungkur", "sse-laba-kuartal3", id="one-firms-two-releases"),
        pytest.param("erupsi-gunung-awu", "rupiah-anjlok", id="two-live-pages-one-day"),
        pytest.param("atap-sekolah-tasik", "kolom-anggaran-sekolah", id="event-and-a-column"),
        pytest.param("demo-ojol-dpr", "demo-ruu-prd", id="two-demonstrations-at-parliament"),
    ],
)
def test_look_alike_events_stay_apart(ingested: Path, one: str, other: str) -> None:
    CORPUS.assert_apart(ingested, one, other)


@pytest.mark.parametrize(
    "story",
    [
        pytest.param("pesawat-identifikasi", id="victims-identified-indonesian-and-english"),
        pytest.param("longsor-tambang-kukar", id="a-wire-its-translation-and-a-report"),
        pytest.param("atap-sekolah-tasik", id="two-reports-and-the-next-days-editorial"),
        pytest.param("erupsi-gunung-awu", id="a-live-page-an-update-wire-and-a-report"),
        pytest.param("rupiah-anjlok", id="a-second-live-page-of-the-day"),
        pytest.param("sse-plts-gajahmungkur", id="a-release-and-four-reprints"),
        pytest.param("sse-laba-kuartal3", id="a-release-its-reprint-and-an-english-report"),
        pytest.param(
            "pesawat-hilang",
            id="an-airliner-lost-searched-for-and-found-over-a-week",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the search reports tell their own side (ships, sectors, families): "
                "0.23-0.26 with the first reports, whose core names every earlier "
                "article carries at the start of the corpus",
            ),
        ),
        pytest.param(
            "demo-ruu-prd",
            id="one-day-of-protests-in-four-cities",
            marks=pytest.mark.xfail(
                strict=True,
                reason="each city's report shares only the bill's name with the others "
                "(0.17-0.23); the wire summing up every city arrives after their stories "
                "were founded, and stories never merge",
            ),
        ),
    ],
)
def test_reports_of_one_event_share_a_story(ingested: Path, story: str) -> None:
    CORPUS.assert_one_story(ingested, story)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_out_of_order_arrival_keeps_one_citys_events_apart_and_marks_copies(
    tmp_path: Path, seed: int
) -> None:
    precision, recall = CORPUS.shuffled(tmp_path, seed)
    # decisions are final: the helicopter's report arriving first takes the airliner's
    # families report (KNKT, 0.285), and in one order the city's flood joins its fire
    # through the setting (0.9710 / 0.8261, 0.9710 / 0.8199, 0.9275 / 0.8199 today)
    assert precision >= 0.91
    assert recall >= 0.79
    copies_precision, copies_recall = copy_marking(
        tmp_path / f"shuffled-{seed}.db", CORPUS.copy_of()
    )
    assert copies_precision == 1.0
    assert copies_recall >= 0.8
