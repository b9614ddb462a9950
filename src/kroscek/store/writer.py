"""Writing articles into the corpus: one transaction per batch, stories assigned on arrival.

``CorpusWriter.add`` takes a batch of cleaned articles with their clustering signatures
(from :func:`kroscek.pipeline.sign_batch`) and the rejected inputs of the same batch. In
one ``BEGIN IMMEDIATE`` ... ``COMMIT`` it skips articles already stored (ids are content
hashes, so a second ingest of the same input adds nothing), assigns each new article to a
story in arrival order (every decision sees the articles before it, committed or earlier in
this batch), and writes the article, its story's counters and its clustering signature
together. A crash before ``COMMIT`` loses the whole batch and nothing else; the next run
re-reads it and makes the same decisions. The LSH buckets and postings of the articles
written are kept in memory and written in bulk (:mod:`kroscek.cluster.index`): call
:meth:`CorpusWriter.finish` at the end of an ingest (without it nothing is lost; the next
writer indexes those articles again from their signatures).
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from kroscek.cluster.assign import Candidate, decide
from kroscek.cluster.features import SIGNATURE_VERSION, Signature
from kroscek.cluster.index import ClusterIndex
from kroscek.data import Article, Rejected, content_id
from kroscek.errors import StoreError
from kroscek.settings import DEFAULT, Settings
from kroscek.store.codec import to_ts
from kroscek.store.copies import changed_figures
from kroscek.store.corpus import Corpus
from kroscek.store.ledger import FileState, record_files

_INSERT_ARTICLE = (
    "INSERT INTO articles(id, source, title, text, url, published, ts, lang, story_id, "
    "duplicate_of, origin, meta) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_SPANS_KEPT = 500_000  # story time spans kept in memory (a copy of their rows)


@dataclass(slots=True)
class IngestCounts:
    """What happened to the items of one or more batches."""

    new: int = 0  # stored as independent articles
    copies: int = 0  # stored, marked as near-duplicate copies of an earlier article
    already: int = 0  # already in the database (same content id): nothing written
    rejected: int = 0  # could not be read or cleaned (kept in the ``rejected`` table)
    stories_new: int = 0
    files_skipped: int = 0  # input files passed over unread: the ledger holds them whole
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
        self.files_skipped += other.files_skipped
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
            "files_skipped": self.files_skipped,
        }


def story_id_for(founder_id: str) -> str:
    """A story's stable id, derived from the article that founded it."""
    return "s" + content_id("story", founder_id)[:12]


@dataclass(slots=True)
class _StoryState:
    """A story touched by the batch being written: its row as it will be at ``COMMIT``.

    Stories are read once per batch and written once at its end, instead of three reads
    and two writes per joining article; the candidates' time spans are read from here too,
    so every decision still sees the articles before it.
    """

    title: str
    founder: str
    first_ts: float | None
    last_ts: float | None
    first_published: str | None
    last_published: str | None
    langs: list[str]
    sources: dict[str, int]  # outlet -> independent articles (0: copies only)
    new: bool
    founder_source: str = ""  # the founding article's outlet (new stories only)
    added: int = 0  # articles joined in this batch
    added_indep: int = 0
    source_delta: dict[str, list[int]] = field(default_factory=dict)  # outlet -> [n, indep]

    def join(self, art: Article, ts: float | None, published: str | None, indep: bool) -> None:
        if ts is not None:
            if self.first_ts is None or ts < self.first_ts:
                self.first_ts, self.first_published = ts, published
            if self.last_ts is None or ts > self.last_ts:
                self.last_ts, self.last_published = ts, published
        if art.lang not in self.langs:
            self.langs = sorted([*self.langs, art.lang])
        self.sources[art.source] = self.sources.get(art.source, 0) + int(indep)
        delta = self.source_delta.setdefault(art.source, [0, 0])
        delta[0] += 1
        delta[1] += int(indep)
        self.added += 1
        self.added_indep += int(indep)


class _Isolate(Exception):
    """An article of the batch failed: write the batch again, one savepoint per article."""


def stored_signature_version(conn: sqlite3.Connection) -> int | None:
    """The clustering signature version a corpus's articles carry (None: not recorded yet)."""
    row = conn.execute("SELECT value FROM cluster_state WHERE key = 'signature_version'").fetchone()
    return None if row is None else int(row[0])


def _check_signature_version(corpus: Corpus) -> None:
    """Refuse a corpus whose articles were signed another way (see ``SIGNATURE_VERSION``):
    new articles would be compared with incomparable signatures and found no story."""
    conn = corpus.connection
    with corpus.lock:
        stored = stored_signature_version(conn)
        if stored is None:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                "INSERT INTO cluster_state(key, value) VALUES ('signature_version', ?)",
                (SIGNATURE_VERSION,),
            )
            conn.execute("COMMIT")
            return
    if stored != SIGNATURE_VERSION:
        raise StoreError(
            f"its articles carry clustering signatures of version {stored}, this "
            f"kroscek writes version {SIGNATURE_VERSION}; new articles would not find "
            "their stories",
            where=str(corpus.path),
            hint=f"run `kroscek reindex --db {corpus.path}` to sign its articles again "
            "(or ingest into a new --db); it stays readable by `kroscek stories` meanwhile",
        )


class CorpusWriter:
    """Adds batches to a writable :class:`Corpus`."""

    def __init__(
        self,
        corpus: Corpus,
        settings: Settings = DEFAULT,
        *,
        commit_articles: int = 0,
        commit_seconds: float = 0.0,
    ) -> None:
        """``commit_articles`` / ``commit_seconds``: commit once this many items were added
        or this long after the transaction opened, whichever comes first; 0 (the default)
        commits every batch. An ingest groups batches (see :meth:`commit`) and calls
        :meth:`commit` at its end."""
        if corpus.readonly:
            raise ValueError("CorpusWriter needs a writable Corpus")
        self.corpus = corpus.create()
        self.settings = settings
        self.commit_articles = commit_articles
        self.commit_seconds = commit_seconds if commit_articles > 0 else 0.0
        self._pending = 0
        self._opened = 0.0
        self.conn = corpus.connection
        _check_signature_version(corpus)
        self.index = ClusterIndex(self.conn, settings)
        self._stories: dict[str, _StoryState] = {}
        # (first_ts, last_ts) of stories written by this writer: a copy of their rows, so
        # that scoring a candidate of an earlier batch's story reads no row
        self._spans_of: dict[str, tuple[float | None, float | None]] = {}
        self._next_rowid = 0
        self._pending_articles: list[tuple[object, ...]] = []
        # article rows go in before the signatures that the index writes (and reads back)
        self.index.before_flush = self._flush_articles
        # A writer writes in bulk: checkpoint the WAL every ~200 MB instead of every 4 MB, so
        # that index pages changed by consecutive commits are copied into the database once
        # (at 100,000 articles this took a third off the cost of committing), and cut the
        # file back to 64 MB afterwards. A checkpoint is not a durability point (COMMIT is),
        # so crash safety is unchanged.
        self.conn.execute("PRAGMA wal_autocheckpoint = 50000")
        self.conn.execute("PRAGMA journal_size_limit = 67108864")

    def add(
        self,
        articles: Sequence[Article],
        signatures: Sequence[Signature],
        rejected: Sequence[Rejected] = (),
        files: Sequence[FileState] = (),
    ) -> IngestCounts:
        """Store one batch atomically; returns what happened to each item.

        ``files``: input files whose last items are in this batch (or an earlier one),
        recorded in the ingest ledger in the same transaction (:mod:`kroscek.store.ledger`).

        The batch is first written without per-article savepoints (they cost two statements
        an article); only if one article cannot be stored is the batch rolled back and
        written again with a savepoint around each article, so that the bad one is rejected
        alone. Both passes make the same decisions.

        With ``commit_articles`` set, several batches share one transaction (see
        :meth:`commit`); each batch is still all-or-nothing inside it.
        """
        if len(articles) != len(signatures):
            raise ValueError("one signature per article")
        conn = self.conn
        with self.corpus.lock:
            if not conn.in_transaction:
                conn.execute("BEGIN IMMEDIATE")
                self._opened = time.monotonic()
            conn.execute("SAVEPOINT batch")
            try:
                try:
                    counts = self._write(articles, signatures, rejected, isolate=False)
                except _Isolate:
                    conn.execute("ROLLBACK TO batch")
                    self._forget()
                    counts = self._write(articles, signatures, rejected, isolate=True)
                record_files(conn, files)
                conn.execute("RELEASE batch")
            except BaseException:
                # this batch goes, the ones before it in the transaction stay for the next
                # commit (Ctrl-C keeps the finished batches); if even that fails, all goes
                self._forget()
                try:
                    conn.execute("ROLLBACK TO batch")
                    conn.execute("RELEASE batch")
                except sqlite3.Error:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    self._pending = 0
                raise
            self._pending += len(articles) + len(rejected)
            if (
                self._pending >= self.commit_articles
                or time.monotonic() - self._opened >= self.commit_seconds
            ):
                self.commit()
        return counts

    def commit(self) -> None:
        """Make every batch added so far durable (a no-op when nothing is pending).

        A transaction over several batches is much cheaper than one per batch: every COMMIT
        writes each page touched again (at 100,000 articles, grouping four batches cut the
        cost of committing per article by about 60%). The decisions do not depend on where
        the commits fall, so a crash still leaves exactly the articles of the committed
        batches, and a resumed ingest ends like a clean run. Every 100,000 articles
        (``kroscek.cluster.index._PERSIST_EVERY``), the commit also writes the LSH buckets
        and postings kept in memory until then (see :mod:`kroscek.cluster.index`).
        """
        self._commit(force=False)

    def finish(self) -> None:
        """Commit, with the LSH buckets and postings still in memory: the end of an ingest.

        Without it (a crash, Ctrl-C) nothing is lost: the next writer indexes the articles
        concerned in memory again from their signatures.
        """
        self._commit(force=True)

    def _commit(self, *, force: bool) -> None:
        with self.corpus.lock:
            conn = self.conn
            index = self.index
            if force and index.unpersisted and not conn.in_transaction:
                conn.execute("BEGIN IMMEDIATE")
            if conn.in_transaction:
                if index.due(force=force):
                    # all or nothing: half the rows with the mark unmoved would be wrong
                    conn.execute("SAVEPOINT persist")
                    try:
                        index.persist()
                    except BaseException:
                        self._forget()
                        conn.execute("ROLLBACK TO persist")
                        conn.execute("RELEASE persist")
                        raise
                    conn.execute("RELEASE persist")
                conn.execute("COMMIT")
            self._pending = 0

    def _write(
        self,
        articles: Sequence[Article],
        signatures: Sequence[Signature],
        rejected: Sequence[Rejected],
        *,
        isolate: bool,
    ) -> IngestCounts:
        """The batch's statements, inside the caller's savepoint."""
        counts = IngestCounts()
        now = datetime.now(UTC).isoformat(timespec="seconds")
        conn = self.conn
        self._stories = {}
        try:
            for rej in rejected:
                self._reject(rej, now, counts)
            stored = self._stored_ids([art.id for art in articles])
            last_rowid = conn.execute("SELECT COALESCE(MAX(rowid), 0) FROM articles").fetchone()[0]
            self._next_rowid = last_rowid + 1
            self._pending_articles = []
            for art, sig in zip(articles, signatures, strict=True):
                if art.id in stored:
                    counts.already += 1
                    continue
                if not isolate:
                    try:
                        self._add_one(art, sig, counts, True)
                    except (sqlite3.Error, ValueError, UnicodeError) as exc:
                        raise _Isolate from exc
                    stored.add(art.id)
                    continue
                # a savepoint per article: one that cannot be stored (e.g. text with
                # unencodable characters) is rejected alone, not with its batch
                conn.execute("SAVEPOINT article")
                try:
                    self._add_one(art, sig, counts, False)
                    stored.add(art.id)
                except (sqlite3.Error, ValueError, UnicodeError) as exc:
                    conn.execute("ROLLBACK TO article")
                    origin = str(art.meta.get("origin") or art.url or art.id)
                    reason = f"cannot store article ({type(exc).__name__}: {exc})"
                    self._reject(Rejected(origin, reason, "store_failed"), now, counts)
                conn.execute("RELEASE article")
            try:
                self.index.flush()
            except (sqlite3.Error, ValueError, UnicodeError) as exc:
                raise _Isolate from exc
            self._flush_stories()
            # full-text index of the batch's new rows, in the same transaction
            conn.execute(
                "INSERT INTO articles_fts(rowid, title, text) "
                "SELECT rowid, title, text FROM articles WHERE rowid > ?",
                (last_rowid,),
            )
            spans = self._spans_of
            if len(spans) > _SPANS_KEPT:
                spans.clear()
            for story_id, st in self._stories.items():
                spans[story_id] = (st.first_ts, st.last_ts)
        finally:
            self._stories = {}
        return counts

    def _stored_ids(self, ids: list[str]) -> set[str]:
        """Which of ``ids`` are already in the database (one query per 500 ids)."""
        found: set[str] = set()
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            found.update(
                r[0]
                for r in self.conn.execute(f"SELECT id FROM articles WHERE id IN ({marks})", chunk)
            )
        return found

    def _reject(self, rej: Rejected, now: str, counts: IngestCounts) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO rejected(origin, code, reason, seen) VALUES (?, ?, ?, ?)",
            (rej.origin, rej.code, rej.reason[:1000], now),
        )
        counts.rejected += 1
        counts.reasons[rej.code] = counts.reasons.get(rej.code, 0) + 1

    def _add_one(self, art: Article, sig: Signature, counts: IngestCounts, defer: bool) -> None:
        conn = self.conn
        ts = to_ts(art.published)
        cands, mates = self.index.candidates(sig, ts)
        # decide() weighs the names of the candidates that share one with the article only
        keys = sig.keys
        weights = self.index.weights(
            [sig, *(c.signature for c in cands if not keys.isdisjoint(c.signature.keys))]
        )
        spans = self._spans({c.story_id for c in cands})
        decision = decide(
            sig, ts, cands, weights, self.settings, lang=art.lang, bucket_mates=mates, spans=spans
        )
        story_id = decision.story_id or story_id_for(art.id)
        duplicate_of = decision.duplicate_of
        if duplicate_of is not None and self._own_article(art, decision.copied):
            duplicate_of = None
        published = art.published.isoformat() if art.published else None
        row = (
            art.id,
            art.source,
            art.title,
            art.text,
            art.url,
            published,
            ts,
            art.lang,
            story_id,
            duplicate_of,
            str(art.meta.get("origin")) if art.meta.get("origin") else None,
            _meta_json(art),
        )
        if defer:
            # the rowid SQLite would give (MAX + 1; rows are never deleted during a batch),
            # the row written with the batch's others in one statement (see _flush_articles)
            rowid = self._next_rowid
            self._next_rowid += 1
            self._pending_articles.append((rowid, *row))
        else:
            rowid = int(conn.execute(_INSERT_ARTICLE, row).lastrowid or 0)
        independent = duplicate_of is None
        self.index.record(
            Candidate(
                rowid=rowid,
                id=art.id,
                story_id=story_id,
                duplicate_of=duplicate_of,
                ts=ts,
                signature=sig,
                lang=art.lang,
            ),
            defer=defer,
        )
        # the story is updated in memory last: an article that fails above is rolled back
        # (or the whole batch is) and leaves no trace in it
        if decision.story_id is None:
            self._stories[story_id] = _StoryState(
                title=art.title,
                founder=art.id,
                first_ts=ts,
                last_ts=ts,
                first_published=published,
                last_published=published,
                langs=[art.lang],
                sources={art.source: 1},
                new=True,
                founder_source=art.source,
            )
            counts.stories_new += 1
        else:
            self._story(story_id).join(art, ts, published, independent)
        if independent:
            counts.new += 1
        else:
            counts.copies += 1

    def _own_article(self, art: Article, copied: str | None) -> bool:
        """Whether ``art``, whose text nearly copies the article ``copied``, is an article of
        its own in the story rather than a copy: that outlet's own update of it (a new
        headline and URL, a higher toll, an added paragraph; docs/corpus.md, fifth review),
        or another outlet's text that changes one of its figures (``store/copies.py``). The
        same text again under a new headline is a re-post, and a copy."""
        if copied is None:
            return False
        found: tuple[str, str] | None = None
        for row in reversed(self._pending_articles):  # the batch's rows not yet written
            if row[1] == copied:
                found = (str(row[2]), str(row[4]))
                break
        else:
            stored = self.conn.execute(
                "SELECT source, text FROM articles WHERE id = ?", (copied,)
            ).fetchone()
            if stored is not None:
                found = (stored[0], stored[1])
        if found is None:
            return False
        source, text = found
        if text == art.text:
            return False  # the same text again: a re-post or a full copy, no figure changed
        return source == art.source or changed_figures(art.text, text)

    def _story(self, story_id: str) -> _StoryState:
        """The state of a stored story, read once per batch."""
        state = self._stories.get(story_id)
        if state is not None:
            return state
        row = self.conn.execute(
            "SELECT title, founder, first_ts, last_ts, first_published, last_published, langs "
            "FROM stories WHERE id = ?",
            (story_id,),
        ).fetchone()
        if row is None:
            raise ValueError(f"story {story_id} of a candidate is not stored")
        sources = dict(
            self.conn.execute(
                "SELECT source, n_indep FROM story_sources WHERE story_id = ?", (story_id,)
            ).fetchall()
        )
        title, founder, first_ts, last_ts, first_published, last_published = row[:6]
        state = _StoryState(
            title,
            founder,
            first_ts,
            last_ts,
            first_published,
            last_published,
            langs=json.loads(row[6]),
            sources=sources,
            new=False,
        )
        self._stories[story_id] = state
        return state

    def _flush_stories(self) -> None:
        """Write every story touched by the batch: one row and its outlets each."""
        new_rows: list[tuple[Any, ...]] = []
        updates: list[tuple[Any, ...]] = []
        outlets: list[tuple[Any, ...]] = []
        outlet_deltas: list[tuple[Any, ...]] = []
        for story_id, st in self._stories.items():
            names = sorted(st.sources)
            n_sources = sum(1 for s in names if st.sources[s] > 0)
            if st.new:
                new_rows.append(
                    (
                        story_id,
                        st.title,
                        st.founder,
                        st.first_ts,
                        st.last_ts,
                        st.first_published,
                        st.last_published,
                        1 + st.added,
                        1 + st.added_indep,
                        n_sources,
                        json.dumps(names),
                        json.dumps(st.langs),
                        1 + st.added,
                    )
                )
                outlets.extend((story_id, s, *self._new_story_outlet(st, s)) for s in names)
            elif st.added:
                updates.append(
                    (
                        st.first_ts,
                        st.last_ts,
                        st.first_published,
                        st.last_published,
                        st.added,
                        st.added_indep,
                        n_sources,
                        json.dumps(names),
                        json.dumps(st.langs),
                        st.added,
                        story_id,
                    )
                )
                outlet_deltas.extend(
                    (story_id, s, n, indep, n, indep) for s, (n, indep) in st.source_delta.items()
                )
        conn = self.conn
        if new_rows:
            conn.executemany(
                "INSERT INTO stories(id, title, founder, first_ts, last_ts, first_published, "
                "last_published, n_articles, n_independent, n_sources, sources, langs, version) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new_rows,
            )
            conn.executemany(
                "INSERT INTO story_sources(story_id, source, n, n_indep) VALUES (?, ?, ?, ?)",
                outlets,
            )
        if updates:
            conn.executemany(
                "UPDATE stories SET first_ts = ?, last_ts = ?, first_published = ?, "
                "last_published = ?, n_articles = n_articles + ?, "
                "n_independent = n_independent + ?, n_sources = ?, sources = ?, langs = ?, "
                "version = version + ? WHERE id = ?",
                updates,
            )
            conn.executemany(
                "INSERT INTO story_sources(story_id, source, n, n_indep) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(story_id, source) DO UPDATE SET n = n + ?, n_indep = n_indep + ?",
                outlet_deltas,
            )

    @staticmethod
    def _new_story_outlet(st: _StoryState, source: str) -> tuple[int, int]:
        """Articles and independent articles of one outlet in a story founded by this batch."""
        n, indep = st.source_delta.get(source, (0, 0))
        if source == st.founder_source:  # the founder is independent coverage by definition
            return n + 1, indep + 1
        return n, indep

    def _flush_articles(self) -> None:
        rows, self._pending_articles = self._pending_articles, []
        if rows:
            self.conn.executemany(
                "INSERT INTO articles(rowid, id, source, title, text, url, published, ts, lang, "
                "story_id, duplicate_of, origin, meta) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )

    def _forget(self) -> None:
        """Drop every copy of rows (after a rollback the database is the only truth)."""
        self._pending_articles = []
        self.index.reset()
        self._spans_of.clear()

    def _spans(self, story_ids: set[str]) -> dict[str, tuple[float | None, float | None]]:
        """First and last publication time of each story (stories grow, even in a batch)."""
        if not story_ids:
            return {}
        spans: dict[str, tuple[float | None, float | None]] = {}
        ids = []
        for sid in sorted(story_ids):
            state = self._stories.get(sid)
            if state is not None:
                spans[sid] = (state.first_ts, state.last_ts)
            elif sid in self._spans_of:
                spans[sid] = self._spans_of[sid]
            else:
                ids.append(sid)
        if ids:
            marks = ",".join("?" * len(ids))
            rows = self.conn.execute(
                f"SELECT id, first_ts, last_ts FROM stories WHERE id IN ({marks})", ids
            )
            spans.update((sid, (first, last)) for sid, first, last in rows)
        return spans


def _meta_json(art: Article) -> str | None:
    if not art.meta:
        return None
    try:
        return json.dumps(dict(art.meta), ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        return None


def open_writer(path: str, settings: Settings = DEFAULT) -> tuple[Corpus, CorpusWriter]:
    """A writable corpus (created or migrated as needed) and its writer."""
    corpus = Corpus(path, create=True, settings=settings)
    return corpus, CorpusWriter(corpus, settings)


__all__ = ["CorpusWriter", "IngestCounts", "open_writer", "story_id_for"]
