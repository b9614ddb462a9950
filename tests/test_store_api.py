"""The Corpus read API that the CLI and the web app share: filters, outlets, articles,
and the story report cache (valid until an article joins the story)."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

import kroscek.store.corpus as corpus_module
from kroscek.data import Article, Report
from kroscek.settings import Settings
from kroscek.store import Corpus, StorySummary
from kroscek.store.loader import ingest

GOLD = Path(__file__).parent / "gold" / "corpus" / "corpus.jsonl.gz"


def _records() -> list[dict[str, str]]:
    with gzip.open(GOLD, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def _write(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    return path


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("api")
    path = folder / "c.db"
    ingest([_write(folder / "all.jsonl", _records())], path)
    return path


def test_stories_are_newest_first_and_pages_do_not_overlap(db: Path) -> None:
    with Corpus(db, readonly=True) as c:
        total = c.count_stories()
        first = c.stories(limit=10)
        second = c.stories(limit=10, offset=10)
        everything = c.stories(limit=1000)
    assert total == len(everything) >= 40
    assert not {s.id for s in first} & {s.id for s in second}
    stamps = [s.last_published for s in everything]
    assert stamps == sorted(stamps, reverse=True)


@pytest.mark.parametrize(
    ("kwargs", "check"),
    [
        ({"lang": "en"}, lambda s: "en" in s.langs),
        ({"outlet": "Kabar Nusa"}, lambda s: "Kabar Nusa" in s.sources),
        ({"min_sources": 6}, lambda s: s.n_sources >= 6),
        ({"since": date(2024, 7, 1)}, lambda s: s.last_published.date() >= date(2024, 7, 1)),
        ({"until": date(2024, 3, 31)}, lambda s: s.first_published.date() <= date(2024, 3, 31)),
    ],
)
def test_story_filters_keep_only_matching_stories(
    db: Path, kwargs: dict[str, object], check: Callable[[StorySummary], bool]
) -> None:
    with Corpus(db, readonly=True) as c:
        found = c.stories(limit=1000, **kwargs)  # type: ignore[arg-type]
        assert found, kwargs
        assert c.count_stories(**kwargs) == len(found)  # type: ignore[arg-type]
        assert all(check(s) for s in found)
        assert len(found) < c.count_stories()


def test_story_detail_lists_articles_oldest_first_with_copies_marked(db: Path) -> None:
    with Corpus(db, readonly=True) as c:
        summary = c.stories(limit=1, min_sources=3)[0]
        detail = c.story(summary.id)
        assert detail is not None and detail.summary == summary
        stamps = [a.published for a in detail.articles]
        assert stamps == sorted(stamps)
        ids = {a.id for a in detail.articles}
        assert all(a.duplicate_of in ids for a in detail.articles if a.duplicate_of)
        art = c.article(detail.articles[0].id)
        assert art is not None and art.title == detail.articles[0].title and art.text
        assert c.article_story(art.id) == summary.id
        as_json = json.loads(json.dumps(detail.to_dict()))
        assert as_json["id"] == summary.id and len(as_json["articles"]) == summary.n_articles


def test_outlets_count_their_articles_and_stories(db: Path) -> None:
    with Corpus(db, readonly=True) as c:
        outlets = {o.name: o for o in c.outlets()}
        stats = c.stats()
        assert sum(o.n_articles for o in outlets.values()) == stats["articles"]
        assert len(outlets) == stats["outlets"]
        detail = c.outlet("Harbour Times")
        assert detail is not None
        assert detail.summary == outlets["Harbour Times"]
        assert len(detail.stories) == detail.summary.n_stories
        assert all("Harbour Times" in s.sources for s in detail.stories)
        assert c.outlet("No Such Outlet") is None


def test_search_finds_an_outlets_wording(db: Path) -> None:
    with Corpus(db, readonly=True) as c:
        hits = c.search("Kenzo Nambu", limit=50)
        assert hits and all(h.story_id for h in hits)
        assert len({h.story_id for h in hits}) == 1
        assert all("«" in h.snippet for h in hits)
        assert c.search("Kenzo Nambu", limit=2, offset=1)[0].article.id == hits[1].article.id


def _two_article_story(tmp_path: Path) -> tuple[Path, list[dict[str, str]]]:
    story = [r for r in _records() if r["gold"] == "psm-arema"]
    originals = [r for r in story if r["source"] not in {"Portal Merdeka", "Berita Kilat"}]
    path = tmp_path / "c.db"
    ingest([_write(tmp_path / "a.jsonl", originals[:2])], path)
    return path, originals


def test_story_report_is_cached_until_an_article_joins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, originals = _two_article_story(tmp_path)
    calls: list[int] = []
    real = corpus_module.cross_check_articles

    def counting(articles: list[Article], settings: Settings) -> Report:
        calls.append(len(articles))
        return real(articles, settings)

    monkeypatch.setattr(corpus_module, "cross_check_articles", counting)
    with Corpus(path) as c:
        [summary] = c.stories()
        assert not c.has_report(summary.id)
        first = c.story_report(summary.id)
        assert c.has_report(summary.id)
        again = c.story_report(summary.id)
        assert isinstance(first, Report) and again is not None
        assert calls == [2]
        assert again.to_dict() == first.to_dict()
        high = sum(1 for f in first.findings if f.severity == "high")
        assert c.stories()[0].high_findings == high
    ingest([_write(tmp_path / "b.jsonl", originals[2:3])], path)
    with Corpus(path) as c:
        [summary] = c.stories()
        assert summary.n_articles == 3
        assert summary.high_findings == 0  # the cached report is stale now
        assert not c.has_report(summary.id)
        c.story_report(summary.id)
        assert calls == [2, 3]


def test_readonly_corpus_computes_reports_without_caching(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = _two_article_story(tmp_path)
    calls: list[int] = []
    monkeypatch.setattr(
        corpus_module,
        "cross_check_articles",
        lambda arts, settings: calls.append(1) or Report(articles=tuple(arts)),
    )
    with Corpus(path, readonly=True) as c:
        sid = c.stories()[0].id
        c.story_report(sid)
        c.story_report(sid)
    assert calls == [1, 1]
    with Corpus(path, readonly=True) as c:
        assert c.story_report("s-unknown") is None


def test_single_article_story_report_holds_the_article_and_no_findings(tmp_path: Path) -> None:
    record = _records()[0]
    path = tmp_path / "c.db"
    ingest([_write(tmp_path / "a.jsonl", [record])], path)
    with Corpus(path) as c:
        [summary] = c.stories()
        report = c.story_report(summary.id)
    assert report is not None
    assert len(report.articles) == 1 and report.findings == ()


def test_report_compares_each_outlets_first_article_only(tmp_path: Path) -> None:
    story = [r for r in _records() if r["gold"] == "banjir-garut"]
    path = tmp_path / "c.db"
    ingest([_write(tmp_path / "a.jsonl", story)], path)
    with Corpus(path) as c:
        [summary] = c.stories()
        detail = c.story(summary.id)
        assert detail is not None
        chosen = c.report_articles(summary.id)
        independent = detail.independent()
        firsts: dict[str, str] = {}
        for a in independent:  # oldest first
            firsts.setdefault(a.source, a.id)
        assert [a.id for a in chosen] == list(firsts.values())
        assert len({a.source for a in chosen}) == len(chosen) == summary.n_sources
        assert len(independent) > len(chosen)  # an outlet's follow-up was left out
    with Corpus(path, settings=Settings(story_report_max_articles=2)) as c:
        assert [a.id for a in c.report_articles(summary.id)] == list(firsts.values())[:2]
