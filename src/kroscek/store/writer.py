"""Writing articles into the corpus: one transaction per batch, stories assigned on arrival.

``CorpusWriter.add`` takes a batch of cleaned articles with their clustering signatures
(from :func:`kroscek.pipeline.sign_batch`) and the rejected inputs of the same batch. In
one ``BEGIN IMMEDIATE`` ... ``COMMIT`` it skips articles already stored (ids are content
hashes, so a second ingest of the same input adds nothing), assigns each new article to a
story in arrival order (every decision sees the articles before it, committed or earlier in
this batch), and writes the article, its story's counters and its clustering state
together. A crash before ``COMMIT`` loses the whole batch and nothing else; the next run
re-reads it and makes the same decisions.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from kroscek.cluster.assign import Candidate, decide
from kroscek.cluster.features import Signature
from kroscek.cluster.index import ClusterIndex
from kroscek.data import Article, Rejected, content_id
from kroscek.settings import DEFAULT, Settings
from kroscek.store.codec import to_ts
from kroscek.store.corpus import Corpus


@dataclass(slots=True)
class IngestCounts:
    """What happened to the items of one or more batches."""

    new: int = 0  # stored as independent articles
    copies: int = 0  # stored, marked as near-duplicate copies of an earlier article
    already: int = 0  # already in the database (same content id): nothing written
    rejected: int = 0  # could not be read or cleaned (kept in the ``rejected`` table)
    stories_new: int = 0
    reasons: dict[str, int] = field(default_factory=dict)

    @property
    def duplicates(self) -> int:
        """Items that added no new coverage: stored copies plus already-stored articles."""
        return self.copies + self.already

    @property
    def seen(self) -> int:
        return self.new + self.copies + self.already + self.rejected

    def merge(self, other: IngestCounts) -> None:
        self.new += other.new
        self.copies += other.copies
        self.already += other.already
        self.rejected += other.rejected
        self.stories_new += other.stories_new
        for k, v in other.reasons.items():
            self.reasons[k] = self.reasons.get(k, 0) + v

    def to_dict(self) -> dict[str, int]:
        return {
            "new": self.new,
            "duplicates": self.duplicates,
            "copies": self.copies,
            "already_stored": self.already,
            "rejected": self.rejected,
            "new_stories": self.stories_new,
        }


def story_id_for(founder_id: str) -> str:
    """A story's stable id, derived from the article that founded it."""
    return "s" + content_id("story", founder_id)[:12]


class CorpusWriter:
    """Adds batches to a writable :class:`Corpus`."""

    def __init__(self, corpus: Corpus, settings: Settings = DEFAULT) -> None:
        if corpus.readonly:
            raise ValueError("CorpusWriter needs a writable Corpus")
        self.corpus = corpus
        self.settings = settings
        self.conn = corpus.connection
        self.index = ClusterIndex(self.conn, settings)

    def add(
        self,
        articles: Sequence[Article],
        signatures: Sequence[Signature],
        rejected: Sequence[Rejected] = (),
    ) -> IngestCounts:
        """Store one batch atomically; returns what happened to each item."""
        if len(articles) != len(signatures):
            raise ValueError("one signature per article")
        counts = IngestCounts()
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.corpus.lock:
            conn = self.conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                for rej in rejected:
                    self._reject(rej, now, counts)
                for art, sig in zip(articles, signatures, strict=True):
                    # a savepoint per article: one that cannot be stored (e.g. text with
                    # unencodable characters) is rejected alone, not with its batch
                    conn.execute("SAVEPOINT article")
                    try:
                        self._add_one(art, sig, counts)
                    except (sqlite3.Error, ValueError, UnicodeError) as exc:
                        conn.execute("ROLLBACK TO article")
                        origin = str(art.meta.get("origin") or art.url or art.id)
                        reason = f"cannot store article ({type(exc).__name__}: {exc})"
                        self._reject(Rejected(origin, reason, "store_failed"), now, counts)
                    conn.execute("RELEASE article")
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                self.index.reset()
                raise
        return counts

    def _reject(self, rej: Rejected, now: str, counts: IngestCounts) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO rejected(origin, code, reason, seen) VALUES (?, ?, ?, ?)",
            (rej.origin, rej.code, rej.reason[:1000], now),
        )
        counts.rejected += 1
        counts.reasons[rej.code] = counts.reasons.get(rej.code, 0) + 1

    def _add_one(self, art: Article, sig: Signature, counts: IngestCounts) -> None:
        conn = self.conn
        if conn.execute("SELECT 1 FROM articles WHERE id = ?", (art.id,)).fetchone():
            counts.already += 1
            return
        ts = to_ts(art.published)
        cands, mates = self.index.candidates(sig, ts)
        weights = self.index.weights([sig, *(c.signature for c in cands)])
        spans = self._spans({c.story_id for c in cands})
        decision = decide(
            sig, ts, cands, weights, self.settings, lang=art.lang, bucket_mates=mates, spans=spans
        )
        story_id = decision.story_id or story_id_for(art.id)
        published = art.published.isoformat() if art.published else None
        cur = conn.execute(
            "INSERT INTO articles(id, source, title, text, url, published, ts, lang, story_id, "
            "duplicate_of, origin, meta) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                art.id,
                art.source,
                art.title,
                art.text,
                art.url,
                published,
                ts,
                art.lang,
                story_id,
                decision.duplicate_of,
                str(art.meta.get("origin")) if art.meta.get("origin") else None,
                _meta_json(art),
            ),
        )
        rowid = int(cur.lastrowid or 0)
        independent = decision.duplicate_of is None
        if decision.story_id is None:
            conn.execute(
                "INSERT INTO stories(id, title, founder, first_ts, last_ts, first_published, "
                "last_published, n_articles, n_independent, n_sources, sources, langs, version) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 1, 1, 1, ?, ?, 1)",
                (
                    story_id,
                    art.title,
                    art.id,
                    ts,
                    ts,
                    published,
                    published,
                    json.dumps([art.source]),
                    json.dumps([art.lang]),
                ),
            )
            conn.execute(
                "INSERT INTO story_sources(story_id, source, n, n_indep) VALUES (?, ?, 1, 1)",
                (story_id, art.source),
            )
        else:
            self._join_story(story_id, art, ts, published, independent)
        self.index.record(
            Candidate(
                rowid=rowid,
                id=art.id,
                story_id=story_id,
                duplicate_of=decision.duplicate_of,
                ts=ts,
                signature=sig,
                lang=art.lang,
            )
        )
        # counted last: an article that fails above is rolled back and rejected instead
        if decision.story_id is None:
            counts.stories_new += 1
        if independent:
            counts.new += 1
        else:
            counts.copies += 1

    def _spans(self, story_ids: set[str]) -> dict[str, tuple[float | None, float | None]]:
        """First and last publication time of each story (read fresh: stories grow)."""
        if not story_ids:
            return {}
        ids = sorted(story_ids)
        marks = ",".join("?" * len(ids))
        rows = self.conn.execute(
            f"SELECT id, first_ts, last_ts FROM stories WHERE id IN ({marks})", ids
        )
        return {sid: (first, last) for sid, first, last in rows}

    def _join_story(
        self, story_id: str, art: Article, ts: float | None, published: str | None, indep: bool
    ) -> None:
        conn = self.conn
        conn.execute(
            "INSERT INTO story_sources(story_id, source, n, n_indep) VALUES (?, ?, 1, ?) "
            "ON CONFLICT(story_id, source) DO UPDATE SET n = n + 1, n_indep = n_indep + ?",
            (story_id, art.source, int(indep), int(indep)),
        )
        row = conn.execute(
            "SELECT first_ts, last_ts, first_published, last_published, langs "
            "FROM stories WHERE id = ?",
            (story_id,),
        ).fetchone()
        first_ts, last_ts, first_pub, last_pub, langs_json = row
        if ts is not None:
            if first_ts is None or ts < first_ts:
                first_ts, first_pub = ts, published
            if last_ts is None or ts > last_ts:
                last_ts, last_pub = ts, published
        langs = json.loads(langs_json)
        if art.lang not in langs:
            langs = sorted([*langs, art.lang])
        sources = conn.execute(
            "SELECT source, n_indep FROM story_sources WHERE story_id = ? ORDER BY source",
            (story_id,),
        ).fetchall()
        conn.execute(
            "UPDATE stories SET first_ts = ?, last_ts = ?, first_published = ?, "
            "last_published = ?, n_articles = n_articles + 1, "
            "n_independent = n_independent + ?, n_sources = ?, sources = ?, langs = ?, "
            "version = version + 1 WHERE id = ?",
            (
                first_ts,
                last_ts,
                first_pub,
                last_pub,
                int(indep),
                sum(1 for _, n in sources if n > 0),
                json.dumps([s for s, _ in sources]),
                json.dumps(langs),
                story_id,
            ),
        )


def _meta_json(art: Article) -> str | None:
    if not art.meta:
        return None
    try:
        return json.dumps(dict(art.meta), ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        return None


def open_writer(path: str, settings: Settings = DEFAULT) -> tuple[Corpus, CorpusWriter]:
    """A writable corpus (created or migrated as needed) and its writer."""
    corpus = Corpus(path, settings=settings)
    return corpus, CorpusWriter(corpus, settings)


__all__ = ["CorpusWriter", "IngestCounts", "open_writer", "story_id_for"]
