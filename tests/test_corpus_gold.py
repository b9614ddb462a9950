"""The labelled corpus: stories found by `kroscek ingest` against hand-made gold stories.

tests/gold/corpus/ holds hand-written story specs (facts and sentences in Indonesian and
English), invented outlets with their own boilerplate, and ``render.py`` which renders
every outlet's version into ``corpus.jsonl.gz``. Here the whole ingest chain (JSONL reader,
cleaning, signatures, incremental clustering, SQLite) runs on it, and BCubed precision and
recall of the resulting stories are pinned.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from kroscek.cluster.evaluate import bcubed
from kroscek.store import Corpus
from kroscek.store.loader import ingest

GOLD = Path(__file__).parent / "gold" / "corpus"
FIXTURE = GOLD / "corpus.jsonl.gz"
FLOOR = 0.95


def _render_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("gold_corpus_render", GOLD / "render.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _records() -> list[dict[str, str]]:
    with gzip.open(FIXTURE, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


@pytest.mark.parametrize(
    ("pred", "expected"),
    [
        ({"a": "1", "b": "1", "c": "2"}, (1.0, 1.0)),
        ({"a": "1", "b": "1", "c": "1"}, (5 / 9, 1.0)),
        ({"a": "1", "b": "2", "c": "3"}, (1.0, 2 / 3)),
    ],
)
def test_bcubed_matches_hand_computed_values(
    pred: dict[str, str], expected: tuple[float, float]
) -> None:
    gold = {"a": "x", "b": "x", "c": "y"}
    assert bcubed(pred, gold) == pytest.approx(expected)


def test_fixture_is_what_the_generator_renders() -> None:
    render = _render_module()
    assert render.to_bytes(render.render()) == FIXTURE.read_bytes(), (
        "run `python tests/gold/corpus/render.py` after changing a spec"
    )


def test_corpus_is_large_and_varied_enough() -> None:
    records = _records()
    stories = Counter(r["gold"] for r in records)
    assert len(records) >= 300
    assert len(stories) >= 40
    assert min(stories.values()) >= 5
    assert len({r["url"] for r in records}) == len(records)
    sources_by_story = defaultdict(set)
    for r in records:
        sources_by_story[r["gold"]].add(r["source"])
    assert all(len(s) >= 4 for s in sources_by_story.values())
    specs = _render_module().all_stories()
    by_lang = Counter(s.lang for s in specs)
    assert by_lang["id"] >= 20 and by_lang["en"] >= 10
    # look-alike events on one day (two floods, two quakes, two matches...): >= 5 such days
    topics_by_day = Counter(s.when[:10] for s in specs)
    assert sum(1 for n in topics_by_day.values() if n >= 2) >= 5


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("gold") / "gold.db"
    counts = ingest([FIXTURE], db)
    assert counts.rejected == 0
    return db


def test_stories_match_gold_with_bcubed_floors(ingested: Path) -> None:
    gold = {r["url"]: r["gold"] for r in _records()}
    with Corpus(ingested, readonly=True) as corpus:
        rows = corpus.connection.execute("SELECT url, story_id FROM articles").fetchall()
    pred = dict(rows)
    precision, recall = bcubed(pred, gold)
    print(f"\nBCubed on {len(pred)} articles: precision {precision:.4f}, recall {recall:.4f}")
    assert precision >= FLOOR
    assert recall >= FLOOR


def test_syndicated_copies_are_marked_and_originals_are_not(ingested: Path) -> None:
    syndicators = {"Portal Merdeka", "Berita Kilat", "Asia Newsline"}
    with Corpus(ingested, readonly=True) as corpus:
        rows = corpus.connection.execute(
            "SELECT source, duplicate_of IS NOT NULL FROM articles"
        ).fetchall()
    copies = [marked for source, marked in rows if source in syndicators]
    originals = [marked for source, marked in rows if source not in syndicators]
    print(
        f"\ncopies marked {sum(copies)}/{len(copies)}, originals marked "
        f"{sum(originals)}/{len(originals)}"
    )
    assert sum(copies) >= 0.9 * len(copies)
    assert sum(originals) <= 0.03 * len(originals)


def test_story_counts_outlets_of_independent_articles_only(ingested: Path) -> None:
    with Corpus(ingested, readonly=True) as corpus:
        for summary in corpus.stories(limit=100):
            detail = corpus.story(summary.id)
            assert detail is not None
            independent = {a.source for a in detail.articles if a.duplicate_of is None}
            assert summary.n_sources == len(independent)
            assert set(summary.sources) == {a.source for a in detail.articles}
            assert summary.n_articles == len(detail.articles)


def test_a_story_told_in_two_languages_is_one_story(ingested: Path) -> None:
    gold = {r["url"]: r["gold"] for r in _records()}
    with Corpus(ingested, readonly=True) as corpus:
        rows = corpus.connection.execute("SELECT url, story_id, lang FROM articles").fetchall()
    bilingual = [(story, lang) for url, story, lang in rows if gold[url] == "gempa-maluku-en-id"]
    assert {lang for _, lang in bilingual} == {"id", "en"}
    assert len({story for story, _ in bilingual}) == 1


@pytest.mark.parametrize("seed", [1, 2])
def test_stories_do_not_depend_on_arrival_order(tmp_path: Path, seed: int) -> None:
    import random

    records = _records()
    random.Random(seed).shuffle(records)  # a crawler that collects pages out of date order
    data = tmp_path / "shuffled.jsonl"
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    ingest([data], tmp_path / "c.db", workers=1)
    gold = {r["url"]: r["gold"] for r in records}
    with Corpus(tmp_path / "c.db", readonly=True) as corpus:
        pred = dict(corpus.connection.execute("SELECT url, story_id FROM articles").fetchall())
    precision, recall = bcubed(pred, gold)
    print(f"\nshuffled (seed {seed}): precision {precision:.4f}, recall {recall:.4f}")
    assert precision >= FLOOR and recall >= FLOOR


def test_bcubed_of_nothing_is_an_error_not_a_division_by_zero() -> None:
    with pytest.raises(ValueError, match="no items"):
        bcubed({}, {"a": "x"})
