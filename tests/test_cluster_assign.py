"""Incremental story assignment: same event joins, different events stay apart, copies marked."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pytest

from corpus_helpers import partition
from kroscek.cluster.features import estimate_jaccard, sign_batch
from kroscek.data import Article, content_id
from kroscek.store import Corpus
from kroscek.store.writer import CorpusWriter

DAY = datetime(2024, 3, 11, 9, 0)


def art(source: str, title: str, text: str, when: datetime = DAY, lang: str = "id") -> Article:
    return Article(
        id=content_id(source, title, text),
        source=source,
        title=title,
        text=text,
        published=when,
        lang=lang,
    )


# Two events of one kind on one day, each told by two outlets in their own words.
FLOOD_PAIRS = [
    pytest.param(
        (
            art(
                "warta-priangan",
                "Banjir rendam 340 rumah di Garut",
                "Banjir merendam 340 rumah di Kecamatan Tarogong, Kabupaten Garut, Senin. "
                "Kepala BPBD Garut Dadang Suherman mengatakan 1.150 warga mengungsi ke GOR "
                "Ciateul setelah Sungai Cimanuk meluap. Hujan deras turun sejak Minggu malam.",
            ),
            art(
                "kabar-nusa",
                "Cimanuk meluap, ribuan warga Tarogong mengungsi",
                "Sedikitnya 1.150 warga Tarogong, Garut, terpaksa mengungsi ke GOR Ciateul "
                "pada Senin pagi. Dadang Suherman dari BPBD Garut menyebut air Sungai Cimanuk "
                "merendam sekitar 340 rumah warga.",
            ),
        ),
        (
            art(
                "borneo-pos",
                "Banjir landa Sintang, 520 rumah terendam",
                "Banjir melanda Kecamatan Sepauk, Kabupaten Sintang, Kalimantan Barat, Senin. "
                "Kepala BPBD Sintang Yosef Ambrosius mengatakan 520 rumah terendam dan 870 "
                "warga mengungsi ke Balai Desa Nanga Pari. Sungai Sepauk meluap setelah hujan.",
            ),
            art(
                "kabar-nusa",
                "Warga Sepauk mengungsi, banjir capai dua meter",
                "Sebanyak 870 warga Sepauk di Sintang mengungsi ke Balai Desa Nanga Pari karena "
                "banjir setinggi dua meter, Senin. Yosef Ambrosius dari BPBD Sintang mencatat "
                "520 rumah terendam akibat luapan Sungai Sepauk.",
            ),
        ),
        id="id-two-floods-same-day",
    ),
    pytest.param(
        (
            art(
                "harbour-times",
                "Ferry runs aground off Lombok, 212 passengers rescued",
                "A ferry carrying 212 passengers ran aground near Gili Trawangan, Lombok, on "
                "Monday. Harbourmaster Ketut Wirawan said all passengers of the KM Samudra Jaya "
                "were taken to Bangsal port by rescue boats.",
                lang="en",
            ),
            art(
                "island-wire",
                "All 212 rescued after KM Samudra Jaya grounding",
                "Rescue boats brought all 212 passengers of the KM Samudra Jaya to Bangsal after "
                "the ferry hit a reef off Gili Trawangan on Monday, harbourmaster Ketut Wirawan "
                "told reporters in Lombok.",
                lang="en",
            ),
        ),
        (
            art(
                "harbour-times",
                "Cargo ship aground near Batam, crew of 18 safe",
                "A cargo ship with 18 crew ran aground near Pulau Galang, Batam, on Monday. "
                "Port official Rudi Hartono said the MV Bintang Timur lost engine power and "
                "drifted onto a sandbank; the crew were taken to Sekupang.",
                lang="en",
            ),
            art(
                "island-wire",
                "MV Bintang Timur stuck on sandbank off Galang",
                "The 18 crew of the MV Bintang Timur are safe in Sekupang after the ship drifted "
                "onto a sandbank off Pulau Galang, Batam, on Monday, port official Rudi Hartono "
                "said.",
                lang="en",
            ),
        ),
        id="en-two-groundings-same-day",
    ),
]


@pytest.fixture()
def corpus(tmp_path: Path) -> Corpus:
    c = Corpus(tmp_path / "c.db")
    yield c
    c.close()


def ingest(corpus: Corpus, articles: list[Article]):
    return CorpusWriter(corpus).add(articles, sign_batch(articles))


@pytest.mark.parametrize(("event_a", "event_b"), FLOOD_PAIRS)
def test_similar_events_on_one_day_form_separate_stories(
    corpus: Corpus, event_a: tuple[Article, ...], event_b: tuple[Article, ...]
) -> None:
    # interleave arrival so that each event's second article sees the other event first
    ingest(corpus, [event_a[0], event_b[0], event_a[1], event_b[1]])
    assert partition(corpus) == {
        frozenset(a.id for a in event_a),
        frozenset(a.id for a in event_b),
    }
    for summary in corpus.stories():
        assert summary.n_sources == 2


@pytest.mark.parametrize(("event_a", "event_b"), FLOOD_PAIRS)
def test_same_event_a_week_later_is_a_new_story(
    corpus: Corpus, event_a: tuple[Article, ...], event_b: tuple[Article, ...]
) -> None:
    first = event_a[0]
    later = art(first.source + "-2", first.title, first.text + " Warga kembali.", DAY)
    later = Article(
        id="later" + first.id,
        source=later.source,
        title="Pekan lalu: " + event_a[1].title,
        text=event_a[1].text,
        published=DAY + timedelta(days=9),
        lang=first.lang,
    )
    ingest(corpus, [first, later])
    assert len(corpus.stories()) == 2


@pytest.mark.parametrize(("event_a", "event_b"), FLOOD_PAIRS)
def test_syndicated_copy_is_marked_and_not_counted_as_a_source(
    corpus: Corpus, event_a: tuple[Article, ...], event_b: tuple[Article, ...]
) -> None:
    original = event_a[0]
    copy = art("aggregator-daily", original.title, original.text + " (ant)", DAY)
    ingest(corpus, [original, copy])
    [story] = corpus.stories()
    assert story.n_articles == 2
    assert story.n_sources == 1
    assert "aggregator-daily" in story.sources
    detail = corpus.story(story.id)
    assert detail is not None
    by_id = {a.id: a for a in detail.articles}
    assert by_id[copy.id].duplicate_of == original.id
    assert by_id[original.id].duplicate_of is None
    assert [a.id for a in detail.independent()] == [original.id]


def test_ingesting_the_same_batch_twice_adds_nothing(corpus: Corpus) -> None:
    batch = [a for pair in FLOOD_PAIRS for event in pair.values for a in event]
    first = ingest(corpus, batch)
    before = corpus.stats()
    second = ingest(corpus, batch)
    assert first.new == len(batch)
    assert second.new == 0 and second.already == len(batch)
    assert corpus.stats() == before


@pytest.mark.parametrize(
    ("extra", "near"),
    [
        ("", True),
        (" Satu kalimat tambahan di akhir berita ini.", True),
        (" (ant/wis)", True),
        (" " + FLOOD_PAIRS[1].values[0][1].text + " " + FLOOD_PAIRS[1].values[1][0].text, False),
    ],
)
def test_minhash_estimates_high_jaccard_only_for_copies(extra: str, near: bool) -> None:
    body = " ".join(a.text for a in FLOOD_PAIRS[0].values[0] + FLOOD_PAIRS[0].values[1])
    base = art("a", "Banjir", body)
    other = art("b", "Banjir", body + extra)
    sa, sb = sign_batch([base, other])
    assert (estimate_jaccard(sa.minhash, sb.minhash) >= 0.8) is near
    assert sa.minhash.dtype == np.uint32 and len(sa.bands) == 16


def test_signatures_do_not_depend_on_batch_composition() -> None:
    arts = [a for pair in FLOOD_PAIRS for event in pair.values for a in event]
    together = sign_batch(arts)
    alone = [sign_batch([a])[0] for a in arts]
    for x, y in zip(together, alone, strict=True):
        assert np.array_equal(x.minhash, y.minhash)
        assert x.bands == y.bands
        assert x.keys == y.keys and x.words == y.words


def test_a_story_stops_growing_after_story_max_days(corpus: Corpus) -> None:
    facts = [
        "Tim SAR Basarnas Mataram mencari pendaki Bima Ardiansyah di jalur Sembalun.",
        "Kepala Kantor SAR Mataram Lalu Wahyu mengerahkan 45 personel ke Gunung Rinjani.",
        "Kabut tebal di Segara Anak menghambat pencarian tim gabungan hari itu.",
        "Balai Taman Nasional Gunung Rinjani menutup jalur Sembalun untuk sementara.",
        "Keluarga Bima Ardiansyah dari Surabaya tiba di Posko Sembalun pada pagi hari.",
        "Lalu Wahyu menyebut pencarian diperluas ke lereng timur Gunung Rinjani.",
    ]
    arts = []
    for k in range(6):  # an update every two days, each in new words: 10 days in all
        text = " ".join(facts[(k + i) % len(facts)] for i in range(3))
        arts.append(
            art(
                f"outlet-{k}",
                f"Pencarian Bima hari ke-{2 * k + 1}",
                text,
                DAY + timedelta(days=2 * k),
            )
        )
    ingest(corpus, arts)
    stories = corpus.stories(limit=10)
    assert len(stories) >= 2
    for s in stories:
        assert s.first_published is not None and s.last_published is not None
        assert (s.last_published - s.first_published).days <= 7


def test_an_article_that_cannot_be_stored_is_rejected_alone(corpus: Corpus) -> None:
    good = FLOOD_PAIRS[0].values[0][0]
    bad = art("broken-encoding", "Judul \udcff rusak", "Teks dengan karakter \udcff rusak.")
    other = FLOOD_PAIRS[0].values[1][0]
    counts = ingest(corpus, [good, bad, other])
    assert counts.new == 2 and counts.rejected == 1
    assert counts.reasons == {"store_failed": 1}
    [rejected] = corpus.rejected()
    assert rejected.code == "store_failed" and "\n" not in rejected.reason
    assert corpus.stats()["articles"] == 2
    # the good ones are stored whole: in their story, and in the full-text index
    conn = corpus.connection
    for ok in (good, other):
        [(story_id,)] = conn.execute("SELECT story_id FROM articles WHERE id = ?", (ok.id,))
        n_articles = conn.execute("SELECT n_articles FROM stories WHERE id = ?", (story_id,))
        stored = conn.execute("SELECT COUNT(*) FROM articles WHERE story_id = ?", (story_id,))
        assert n_articles.fetchone()[0] == stored.fetchone()[0]
    found = {h.article.id for h in corpus.search(good.title.split()[0])}
    assert {good.id, other.id} <= found


def _story_rows(corpus: Corpus) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    conn = corpus.connection
    stories = conn.execute(
        "SELECT id, title, founder, first_ts, last_ts, n_articles, n_independent, n_sources, "
        "sources, langs, version FROM stories ORDER BY id"
    ).fetchall()
    outlets = conn.execute("SELECT * FROM story_sources ORDER BY story_id, source").fetchall()
    return stories, outlets


def test_stories_and_their_outlets_do_not_depend_on_the_batch_size(tmp_path: Path) -> None:
    (first, second), (third, fourth) = (p.values[0] for p in FLOOD_PAIRS[:2])
    copy = art("portal-sindikasi", first.title, first.text, DAY + timedelta(hours=3))
    later = art("kabar-nusa", second.title + " (pembaruan)", second.text, DAY + timedelta(hours=6))
    articles = [first, third, second, copy, fourth, later]
    one_batch, one_by_one = Corpus(tmp_path / "a.db"), Corpus(tmp_path / "b.db")
    try:
        ingest(one_batch, articles)
        for a in articles:
            ingest(one_by_one, [a])
        assert _story_rows(one_batch) == _story_rows(one_by_one)
        stories, outlets = _story_rows(one_batch)
        assert sum(row[5] for row in stories) == len(articles)
        # the syndicated copy joins its story without counting as independent coverage
        assert ("portal-sindikasi", 1, 0) in {(o[1], o[2], o[3]) for o in outlets}
    finally:
        one_batch.close()
        one_by_one.close()
