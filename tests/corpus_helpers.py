"""Shared helpers of the clustering tests: labelled corpora and the stories a corpus ended with."""

from __future__ import annotations

import gzip
import importlib.util
import json
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

from kroscek.store import Corpus


def read_records(fixture: Path) -> list[dict[str, str]]:
    """The JSONL records of a gzipped labelled corpus, in file order."""
    with gzip.open(fixture, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def read_labels(folder: Path) -> dict[str, str]:
    """A review corpus's gold labels (url -> story), kept apart from its records."""
    labels: dict[str, str] = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    return labels


def read_copy_of(folder: Path) -> dict[str, str]:
    """A review corpus's labelled copies (copy url -> original url), from its copies.json."""
    copies: dict[str, dict[str, str]] = json.loads(
        (folder / "copies.json").read_text(encoding="utf-8")
    )
    return copies["copy_of"]


def stories_by_url(db: Path) -> dict[str, str]:
    """The story each stored article joined, by url."""
    with Corpus(db, readonly=True) as corpus:
        return dict(corpus.connection.execute("SELECT url, story_id FROM articles").fetchall())


def stories_of_labels(db: Path, labels: dict[str, str]) -> dict[str, set[str]]:
    """The stories the clustering put each labelled story's articles in."""
    found: dict[str, set[str]] = {}
    stories = stories_by_url(db)
    for url, story in labels.items():
        found.setdefault(story, set()).add(stories[url])
    return found


def marked_copies(db: Path) -> dict[str, str]:
    """Each article marked a copy, by url, and the url of the article it is a copy of."""
    with Corpus(db, readonly=True) as corpus:
        rows = corpus.connection.execute(
            "SELECT a.url, o.url FROM articles a JOIN articles o ON o.id = a.duplicate_of"
        ).fetchall()
    return dict(rows)


def copy_marking(db: Path, copy_of: dict[str, str]) -> tuple[float, float]:
    """Precision and recall of ``duplicate_of`` against labelled copies (copy -> original):
    a marked article is right when it and the article it is marked a copy of carry one
    labelled text (an original arriving after a full copy of itself is rightly marked a copy
    of it; a translation or an update is not a copy); of a text carried n times, n - 1 are
    copies."""
    marks = marked_copies(db)
    text_of = {**{o: o for o in copy_of.values()}, **copy_of}
    right = sum(
        1 for url, of in marks.items() if url in text_of and text_of.get(of) == text_of[url]
    )
    return (right / len(marks) if marks else 1.0), right / len(copy_of)


def partition(corpus: Corpus) -> set[frozenset[str]]:
    """The articles' ids grouped by story, as a set of groups (story ids left out)."""
    rows = corpus.connection.execute("SELECT story_id, id FROM articles").fetchall()
    groups: dict[str, set[str]] = {}
    for story, aid in rows:
        groups.setdefault(story, set()).add(aid)
    return {frozenset(g) for g in groups.values()}


def ingest_without_rejects(fixture: Path, db: Path) -> Path:
    """``db`` after an ingest of a review corpus's ``fixture``: every record must be read
    (a rejected record would be missing from the stories the gold labels are checked on)."""
    from kroscek.store.loader import ingest

    counts = ingest([fixture], db)
    assert counts.rejected == 0
    return db


def shuffled_bcubed(
    records: list[dict[str, str]], labels: dict[str, str], folder: Path, seed: int
) -> tuple[float, float]:
    """BCubed of an ingest of ``records`` in a seeded random order (a crawler that collects
    pages out of date order), into a new database under ``folder``."""
    import random

    from kroscek.cluster.evaluate import bcubed
    from kroscek.store.loader import ingest

    shuffled = list(records)
    random.Random(seed).shuffle(shuffled)
    data = folder / f"shuffled-{seed}.jsonl"
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in shuffled))
    db = folder / f"shuffled-{seed}.db"
    ingest([data], db, workers=1)
    precision, recall = bcubed(stories_by_url(db), labels)
    print(f"\nshuffled (seed {seed}): precision {precision:.4f}, recall {recall:.4f}")
    return precision, recall


def undated_bcubed(
    records: list[dict[str, str]], labels: dict[str, str], folder: Path
) -> tuple[float, float]:
    """BCubed of an ingest of ``records`` without their dates, into a new database under
    ``folder``: every article is a candidate of every other (no window), the hardest test of
    look-alike events."""
    from kroscek.cluster.evaluate import bcubed

    data = folder / "undated.jsonl"
    data.write_text(
        "".join(
            json.dumps({k: v for k, v in r.items() if k != "published"}, ensure_ascii=False) + "\n"
            for r in records
        )
    )
    db = ingest_without_rejects(data, folder / "undated.db")
    precision, recall = bcubed(stories_by_url(db), labels)
    print(f"\nundated: precision {precision:.4f}, recall {recall:.4f}")
    return precision, recall


def corpus_rows(db: Path, word: str) -> dict[str, object]:
    """Every row a user can see, in storage order: articles (with their stories and copies),
    stories, rejected inputs, the signature version, and what a search for ``word`` finds.
    Two runs that must build the same corpus (reindex, a Dask ingest) compare these."""
    with Corpus(db, readonly=True) as corpus:
        conn = corpus.connection
        return {
            "articles": conn.execute(
                "SELECT id, source, title, text, url, published, lang, story_id, duplicate_of, "
                "origin, meta FROM articles ORDER BY rowid"
            ).fetchall(),
            "stories": conn.execute(
                "SELECT id, title, founder, n_articles, n_independent, n_sources, sources "
                "FROM stories ORDER BY id"
            ).fetchall(),
            "rejected": conn.execute(
                "SELECT origin, code, reason FROM rejected ORDER BY rowid"
            ).fetchall(),
            "version": conn.execute(
                "SELECT value FROM cluster_state WHERE key = 'signature_version'"
            ).fetchone(),
            "search": [(h.article.id, h.story_id) for h in corpus.search(word, limit=50)],
        }


def corpus_gen() -> ModuleType:
    """benchmarks/corpus_gen.py, the synthetic corpus generator, loaded from its file (the
    benchmarks folder is no package)."""
    spec = importlib.util.spec_from_file_location(
        "corpus_gen", Path(__file__).resolve().parents[1] / "benchmarks" / "corpus_gen.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GOLD = Path(__file__).parent / "gold"


@dataclass(frozen=True)
class ReviewCorpus:
    """A labelled review corpus of ``tests/gold/corpus_<name>/``: its records
    (``<name>.jsonl.gz``), its gold labels kept apart from them, and the checks every
    review of the story clustering makes of an ingest of it. Each review's own test module
    names the shapes it was written for; the bookkeeping around them is said once here."""

    name: str

    @property
    def folder(self) -> Path:
        return GOLD / f"corpus_{self.name}"

    @property
    def fixture(self) -> Path:
        return self.folder / f"{self.name}.jsonl.gz"

    def records(self) -> list[dict[str, str]]:
        return read_records(self.fixture)

    def labels(self) -> dict[str, str]:
        return read_labels(self.folder)

    def copy_of(self) -> dict[str, str]:
        return read_copy_of(self.folder)

    def labelled(self) -> tuple[list[dict[str, str]], dict[str, str]]:
        """The records and labels, checked to be one set of urls with the gold kept out of
        the records (a clustering that could read the answer would pass any floor)."""
        records, labels = self.records(), self.labels()
        assert "gold" not in records[0]
        assert {r["url"] for r in records} == set(labels)
        return records, labels

    def ingest(self, factory: pytest.TempPathFactory) -> Path:
        """A database holding an ingest of the whole corpus in file (date) order."""
        return ingest_without_rejects(self.fixture, factory.mktemp(self.name) / f"{self.name}.db")

    def assert_bcubed(self, db: Path, precision_floor: float, recall_floor: float) -> None:
        from kroscek.cluster.evaluate import bcubed

        precision, recall = bcubed(stories_by_url(db), self.labels())
        print(f"\n{self.name} corpus BCubed: precision {precision:.4f}, recall {recall:.4f}")
        assert precision >= precision_floor
        assert recall >= recall_floor

    def found(self, db: Path) -> dict[str, set[str]]:
        return stories_of_labels(db, self.labels())

    def assert_apart(self, db: Path, one: str, other: str) -> None:
        found = self.found(db)
        assert found[one].isdisjoint(found[other])

    def assert_one_story(self, db: Path, story: str) -> None:
        assert len(self.found(db)[story]) == 1

    def shuffled(self, folder: Path, seed: int) -> tuple[float, float]:
        return shuffled_bcubed(self.records(), self.labels(), folder, seed)
