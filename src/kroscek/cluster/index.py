"""The clustering state in SQLite: LSH buckets, the name/number index and signatures.

An article's signature (with its LSH buckets) is written in the same transaction as the
article. The articles an ingest writes are also indexed in memory (LSH buckets, postings,
document frequencies) and looked up there; their rows in the ``lsh`` and ``postings``
tables are written in bulk, sorted, every ``_PERSIST_EVERY`` articles and at the end of the
ingest (``cluster_state.indexed_upto`` marks how far), instead of with every commit: their
keys are hashes, so each commit rewrote pages all over both indexes, a cost that grew with
the corpus. Articles stored before (up to ``base``) are looked up in the tables. A writer
that starts (after a crash too, or after a rollback) puts the articles after
``indexed_upto`` back in memory from ``signatures``, so a resumed ingest makes exactly the
decisions a clean run would. Everything in memory is a copy of committed or
same-transaction rows, dropped whenever a transaction rolls back.

Cost per arriving article is bounded whatever the corpus size: one LSH lookup (one bucket
per band), postings of at most ``Settings.story_query_terms`` terms with at most
``_PER_TERM`` postings each inside the time window (``1 + _RETRY_TERMS`` times as many when
the rarest find nothing there), and at most ``Settings.story_candidates`` signatures loaded.
"""

from __future__ import annotations

import heapq
import itertools
import math
import sqlite3
from array import array
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

import numpy as np

from kroscek.cluster.assign import Candidate, idf
from kroscek.cluster.features import Signature
from kroscek.settings import DEFAULT, Settings

_PER_TERM = 48  # postings read per query term: bounds the cost of a common term
_MATES = 16  # LSH bucket mates scored per arriving article (the ones sharing most bands)
# When the ``story_query_terms`` rarest names of an article find no earlier article inside
# its time window, this many times as many of the next rarest are queried (once).
_RETRY_TERMS = 2
_SIG_CACHE = 10_000  # signatures kept in memory (a few KB each with their sets)
_DF_CACHE = 2_000_000
_PERSIST_EVERY = 100_000  # articles whose lsh/postings rows wait in memory at most
_MEM_ARTICLES = 250_000  # articles indexed in memory at most (~2 KB each)
_PAIRS_SLICE = 65_536  # rows turned into Python ints at a time by a bulk write


def _blob(arr: np.ndarray) -> bytes:
    return arr.tobytes()


def _unblob(data: bytes, dtype: type) -> np.ndarray:
    return np.frombuffer(data, dtype=dtype)


# The postings of one name/number among the articles written by this writer: (times,
# dated articles, undated articles). The dated ones keep (ts, article) order, the order of
# the ``postings_term`` index, as two parallel arrays (one bisect over the times finds a
# window); the undated ones are in article order. Articles arrive with growing rowids, so a
# new posting goes after every equal time. Arrays, not lists: no int or float object per
# posting, and nothing for the garbage collector to walk (hundreds of thousands of lists
# made its passes cost 15% of the writer's time).
if TYPE_CHECKING:
    _Post = tuple[array[float], array[int], array[int]]


def _sorted_pairs(
    keys: np.ndarray, arts: np.ndarray, order: np.ndarray
) -> Iterator[tuple[int, int]]:
    """``(key, article)`` pairs in ``order``, turned into Python ints a slice at a time: a
    bulk write of 100,000 articles has millions of rows, and whole lists of them would cost
    a few hundred MB at once."""
    for i in range(0, len(order), _PAIRS_SLICE):
        part = order[i : i + _PAIRS_SLICE]
        yield from zip(keys[part].tolist(), arts[part].tolist(), strict=True)


class ClusterIndex:
    """Reads candidates for, and records, arriving articles on one SQLite connection.

    Articles stored before the writer started (rowid up to ``base``) are looked up in the
    ``lsh`` and ``postings`` tables; the ones it writes itself are also kept in memory (LSH
    buckets, postings, document frequencies) and looked up there, so a lookup costs the
    same whatever the size of the ingest, and an ingest into a new database never reads
    the tables back. The tables are still written in the same transaction as the article
    (one statement per table and batch, see :meth:`flush`): after a crash or a rollback the
    memory is dropped and the database is again the only truth.
    """

    def __init__(self, conn: sqlite3.Connection, settings: Settings = DEFAULT) -> None:
        self.conn = conn
        self.settings = settings
        self._sigs: OrderedDict[int, Candidate] = OrderedDict()
        self._df: dict[int, int] = {}  # document frequencies among the articles up to base
        self._base: int | None = None  # articles up to this rowid are looked up in SQLite
        self._upto = 0  # articles up to this rowid have their lsh/postings rows written
        self._n_base = 0
        self._mem_df: dict[int, int] = {}
        # term -> (times, dated articles, undated articles)
        self._mem_post: dict[int, _Post] = {}
        self._mem_lsh: dict[int, int | array[int]] = {}
        self._ts_of: dict[int, float | None] = {}
        self._n_mem = 0
        # (rowid, names/numbers, buckets) of the articles after ``_upto``, in rowid order
        self._unpersisted: list[tuple[int, np.ndarray, np.ndarray]] = []
        self._pending_sigs: list[tuple[int, bytes, bytes, bytes, bytes, bytes]] = []
        # called first by flush(): the writer's article rows, which signatures join
        self.before_flush: Callable[[], None] | None = None

    # -- caches ---------------------------------------------------------------------------
    def reset(self) -> None:
        """Forget every cached row (after a rollback the database is the only truth)."""
        self._sigs.clear()
        self._base = None
        self._drop_memory()
        self._unpersisted.clear()
        self._pending_sigs.clear()

    def _drop_memory(self) -> None:
        self._df.clear()
        self._mem_df.clear()
        self._mem_post.clear()
        self._mem_lsh.clear()
        self._ts_of.clear()
        self._n_mem = 0

    def _start(self) -> int:
        """Where the database part ends: read once, and again after a :meth:`reset`.

        The articles whose lsh/postings rows are not written yet are indexed in memory
        again from their signatures, in rowid order, as :meth:`record` indexed them.
        """
        if self._base is None:
            conn = self.conn
            self._pending_sigs.clear()
            row = conn.execute(
                "SELECT value FROM cluster_state WHERE key = 'indexed_upto'"
            ).fetchone()
            upto = int(row[0]) if row else 0
            self._base = self._upto = upto
            self._n_base = int(
                conn.execute(
                    "SELECT COUNT(*) FROM signatures WHERE article <= ?", (upto,)
                ).fetchone()[0]
            )
            self._n_mem = 0
            rows = conn.execute(
                "SELECT s.article, a.ts, s.ents, s.nums, s.bands FROM signatures s "
                "JOIN articles a ON a.rowid = s.article WHERE s.article > ? ORDER BY s.article",
                (upto,),
            )
            for rowid, ts, ents, nums, bands in rows:
                keys = frozenset(
                    _unblob(ents, np.int64).tolist() + _unblob(nums, np.int64).tolist()
                )
                buckets = _unblob(bands, np.int64) if bands else np.zeros(0, np.int64)
                self._index(int(rowid), ts, sorted(keys), buckets)
        return self._base

    @property
    def n_docs(self) -> int:
        self._start()
        return self._n_base + self._n_mem

    def document_frequencies(self, terms: Iterable[int]) -> dict[int, int]:
        """How many indexed articles carry each term (row counts of ``postings``)."""
        wanted = terms if isinstance(terms, (set, frozenset)) else set(terms)
        mem = self._mem_df
        if not self._start():
            get = mem.get
            return {t: get(t, 0) for t in wanted}
        df = self._df
        # a set difference runs in C: weights() asks about a few hundred terms per article
        missing = list(wanted.difference(df))
        if len(df) + len(missing) > _DF_CACHE:
            df.clear()
        base = self._base
        for i in range(0, len(missing), 500):
            chunk = missing[i : i + 500]
            for t in chunk:
                df[t] = 0
            marks = ",".join("?" * len(chunk))
            for term, n in self.conn.execute(
                f"SELECT term, COUNT(*) FROM postings WHERE term IN ({marks}) AND article <= ? "
                "GROUP BY term",
                (*chunk, base),
            ):
                df[term] = int(n)
        get = mem.get
        return {t: df[t] + get(t, 0) for t in wanted}

    def weights(self, sigs: Iterable[Signature]) -> dict[int, float]:
        """Squared idf weight of every name/number of the given signatures."""
        terms: set[int] = set()
        for s in sigs:
            terms.update(s.keys)
        n = self.n_docs
        log1p = math.log1p
        if not self._base:
            keys: Iterable[int] = terms
            dfs = list(map(self._mem_df.get, terms, itertools.repeat(0)))
        else:
            df = self.document_frequencies(terms)
            keys, dfs = df.keys(), list(df.values())
        # most terms share a few small frequencies: one logarithm per frequency, not per term
        by_df = {d: log1p(n / (1.0 + d)) ** 2 for d in set(dfs)}
        return dict(zip(keys, map(by_df.__getitem__, dfs), strict=True))

    # -- candidates -----------------------------------------------------------------------
    def candidates(self, sig: Signature, ts: float | None) -> tuple[list[Candidate], set[int]]:
        """Earlier articles that may share a story, and which of them are LSH bucket mates.

        Bucket mates are articles sharing at least two LSH bands (the ``_MATES`` sharing the
        most): a copy at Jaccard 0.8 shares two or more of 16 bands with probability 0.997,
        while a chance collision of unrelated texts almost never repeats in a second band,
        so chance collisions, which grow with the corpus, do not make the work grow. Name
        and number mates are ranked by the idf weight of the rare terms they share and only
        the best ``Settings.story_candidates`` are returned.
        """
        base = self._start()
        lsh_hits: set[int] = set()
        if sig.bands:
            lsh_hits = self._bucket_mates(sig.bands, base)
        found: dict[int, float] = {}
        if sig.keys:
            df = self.document_frequencies(sig.keys)
            # the rarest terms (the first of a full sort, without sorting them all), and
            # twice as many of the next rarest in case the first are all carried by
            # articles outside the time window
            q = self.settings.story_query_terms
            rarest = [
                t
                for _, t in heapq.nsmallest(
                    (1 + _RETRY_TERMS) * q, [(d, t) for t, d in df.items() if d > 0]
                )
            ]
            n = self.n_docs
            get = found.get
            for query in (rarest[:q], rarest[q:]):
                if not query or found:
                    # a second round only when the rarest terms found no article in the
                    # window: a hearing weeks after the charges shares its rarest names
                    # (the defendant, his lawyer, the project it recaps) with those,
                    # outside the window, and nothing else would find the report of the
                    # same hearing an hour before (docs/corpus.md, sixth review)
                    break
                weight = {t: idf(df[t], n) ** 2 for t in query}
                for term, arts in self._postings(query, ts, df, base):
                    w = weight[term]
                    for r in arts:
                        found[r] = get(r, 0.0) + w
        for r in lsh_hits:
            found.pop(r, None)
        # best score first, the newest article first among equals
        best = heapq.nsmallest(
            self.settings.story_candidates, [(-score, -r) for r, score in found.items()]
        )
        ranked = [-r for _, r in best]
        if not ranked and not lsh_hits:
            return [], lsh_hits
        return self._load([*sorted(lsh_hits), *ranked]), lsh_hits

    def _bucket_mates(self, bands: tuple[int, ...], base: int) -> set[int]:
        """Articles sharing at least two buckets, the ``_MATES`` sharing most (newest first)."""
        shared: dict[int, int] = {}
        lsh = self._mem_lsh
        for b in set(bands):
            hit = lsh.get(b)
            if hit is None:
                continue
            if isinstance(hit, int):
                shared[hit] = shared.get(hit, 0) + 1
            else:
                for r in hit:
                    shared[r] = shared.get(r, 0) + 1
        ranked = [(-n, -r) for r, n in shared.items() if n >= 2]
        if base:
            marks = ",".join("?" * len(bands))
            ranked += [
                (-int(n), -int(r))
                for r, n in self.conn.execute(
                    f"SELECT article, COUNT(*) AS n FROM lsh WHERE bucket IN ({marks}) "
                    "AND article <= ? GROUP BY article HAVING n >= 2 "
                    "ORDER BY n DESC, article DESC LIMIT ?",
                    (*bands, base, _MATES),
                )
            ]
        if not ranked:
            return set()
        ranked.sort()
        return {-r for _, r in ranked[:_MATES]}

    def _postings(
        self, terms: list[int], ts: float | None, df: dict[int, int], base: int
    ) -> list[tuple[int, Sequence[int]]]:
        """(term, articles) postings of ``terms`` inside the time window of ``ts``.

        Rare terms (at most ``_PER_TERM`` postings in all) are read whole; each common term
        gives at most ``_PER_TERM`` postings in the window (the earliest, as the index orders
        them) and ``_PER_TERM // 4`` undated ones, so the rows read stay bounded. The rows
        come rare terms first, in term order, then the common ones in the order given (the
        order in which the scores are summed).
        """
        span = self.settings.story_window_days * 86400.0
        rows: list[tuple[int, Sequence[int]]] = []
        rare = sorted(t for t in terms if df[t] <= _PER_TERM)
        common = [t for t in terms if df[t] > _PER_TERM]
        if base:
            rows += [(t, [r]) for r, t in self._stored_rare(rare, ts, span, base)]
        mem = self._mem_post
        lo = hi = 0.0
        if ts is not None:
            lo, hi = ts - span, ts + span
        # the postings of each query term in the time window (bisected over the times)
        for t in rare:
            post = mem.get(t)
            if post is None:
                continue
            if ts is None:
                rows.append((t, post[2] + post[1]))
            else:
                times = post[0]
                dated = post[1][bisect_left(times, lo) : bisect_right(times, hi)]
                rows.append((t, post[2] + dated))
        for t in common:
            post = mem.get(t)
            if ts is None:
                # undated postings come first in the index
                # (the first postings only are copied: a common term has thousands)
                arts = (
                    post[2][:_PER_TERM] + post[1][: max(0, _PER_TERM - len(post[2]))]
                    if post
                    else array("q")
                )
                if base:
                    arts = self._stored_first_undated(t, base, arts)
            else:
                if post:
                    times = post[0]
                    i = bisect_left(times, lo)
                    # the window's first _PER_TERM postings, without copying all of it
                    j = bisect_right(times, hi, i, min(len(times), i + _PER_TERM))
                    arts = post[1][i:j]
                else:
                    arts = array("q")
                undated = post[2][: _PER_TERM // 4] if post else array("q")
                if base:
                    arts, undated = self._stored_first_dated(t, ts, span, base, arts, undated)
                arts = arts + undated
            rows.append((t, arts))
        return rows

    def _stored_rare(
        self, rare: list[int], ts: float | None, span: float, base: int
    ) -> list[tuple[int, int]]:
        if not rare:
            return []
        marks = ",".join("?" * len(rare))
        sql = f"SELECT article, term FROM postings WHERE term IN ({marks}) AND article <= ?"
        params: list[object] = [*rare, base]
        if ts is not None:
            sql += " AND (ts IS NULL OR ts BETWEEN ? AND ?)"
            params += [ts - span, ts + span]
        return self.conn.execute(sql, params).fetchall()

    # Merging the first postings of a common term in the database with those in memory:
    # stored articles all come before the ones in memory among equal times (lower rowids),
    # and undated postings before dated ones.
    def _stored_first_undated(self, term: int, base: int, arts: array[int]) -> array[int]:
        """The first ``_PER_TERM`` postings of ``term`` for an undated article."""
        mem_ts = self._ts_of
        stored = self.conn.execute(
            "SELECT article, ts FROM postings WHERE term = ? AND article <= ? LIMIT ?",
            (term, base, _PER_TERM),
        ).fetchall()
        keyed = [((0, 0.0) if t is None else (1, t), r) for r, t in stored]
        keyed += [((0, 0.0) if mem_ts[r] is None else (1, mem_ts[r]), r) for r in arts]
        keyed.sort()
        return array("q", [r for _, r in keyed[:_PER_TERM]])

    def _stored_first_dated(
        self, term: int, ts: float, span: float, base: int, arts: array[int], undated: array[int]
    ) -> tuple[array[int], array[int]]:
        """The first ``_PER_TERM`` postings of ``term`` in the time window of ``ts`` and its
        first ``_PER_TERM // 4`` undated ones."""
        conn = self.conn
        mem_ts = self._ts_of
        stored = conn.execute(
            "SELECT article, ts FROM postings WHERE term = ? AND ts BETWEEN ? AND ? "
            "AND article <= ? LIMIT ?",
            (term, ts - span, ts + span, base, _PER_TERM),
        ).fetchall()
        keyed = [(t, r) for r, t in stored] + [(mem_ts[r], r) for r in arts]
        keyed.sort()
        old_undated = [
            r
            for (r,) in conn.execute(
                "SELECT article FROM postings WHERE term = ? AND ts IS NULL AND article <= ? "
                "LIMIT ?",
                (term, base, _PER_TERM // 4),
            )
        ]
        return (
            array("q", [r for _, r in keyed[:_PER_TERM]]),
            array("q", old_undated + list(undated))[: _PER_TERM // 4],
        )

    def _load(self, rowids: list[int]) -> list[Candidate]:
        cache = self._sigs
        missing = [r for r in rowids if r not in cache]
        if missing and self._pending_sigs and max(missing) >= self._pending_sigs[0][0]:
            self.flush()
        for i in range(0, len(missing), 500):
            chunk = missing[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(
                "SELECT a.rowid, a.id, a.story_id, a.duplicate_of, a.ts, "
                "s.minhash, s.ents, s.nums, s.terms, a.lang FROM articles a "
                f"JOIN signatures s ON s.article = a.rowid WHERE a.rowid IN ({marks})",
                chunk,
            ).fetchall()
            for r in rows:
                self._remember(
                    Candidate(
                        rowid=int(r[0]),
                        id=r[1],
                        story_id=r[2],
                        duplicate_of=r[3],
                        ts=r[4],
                        signature=Signature(
                            minhash=_unblob(r[5], np.uint32),
                            bands=(),
                            ents=_unblob(r[6], np.int64),
                            nums=_unblob(r[7], np.int64),
                            terms=_unblob(r[8], np.int64),
                        ),
                        lang=r[9],
                    )
                )
        return [cache[r] for r in rowids if r in cache]

    def _remember(self, cand: Candidate) -> None:
        cache = self._sigs
        cache[cand.rowid] = cand
        cache.move_to_end(cand.rowid)
        while len(cache) > _SIG_CACHE:
            cache.popitem(last=False)

    # -- recording ------------------------------------------------------------------------
    def record(self, cand: Candidate, *, defer: bool = True) -> None:
        """Record a just-inserted article: its signature row (same transaction) and memory.

        With ``defer`` the signature row waits for :meth:`flush` (the writer calls it before
        the end of the batch); without, it is written now, so that a failure leaves no trace
        in memory either.
        """
        self._start()
        sig = cand.signature
        buckets = np.array(sorted(set(sig.bands)), dtype=np.int64)
        self._pending_sigs.append(
            (
                cand.rowid,
                _blob(sig.minhash),
                _blob(sig.ents),
                _blob(sig.nums),
                _blob(sig.terms),
                _blob(buckets),
            )
        )
        if not defer:
            self.flush()
        self._index(cand.rowid, cand.ts, sorted(sig.keys), buckets)
        self._remember(cand)

    def _index(self, rowid: int, ts: float | None, keys: list[int], buckets: np.ndarray) -> None:
        """Index an article in memory (its lsh/postings rows wait for :meth:`persist`)."""
        lsh = self._mem_lsh
        for b in buckets.tolist():
            hit = lsh.get(b)
            if hit is None:
                lsh[b] = rowid
            elif isinstance(hit, int):
                lsh[b] = array("q", (hit, rowid))
            else:
                hit.append(rowid)
        post = self._mem_post
        df = self._mem_df
        # a term has postings and a count in memory, or neither; one loop per case of ``ts``
        # (called for every name/number of every article)
        if ts is None:
            for t in keys:
                p = post.get(t)
                if p is None:
                    post[t] = (array("d"), array("q"), array("q", (rowid,)))
                    df[t] = 1
                else:
                    df[t] += 1
                    p[2].append(rowid)
        else:
            for t in keys:
                p = post.get(t)
                if p is None:
                    post[t] = (array("d", (ts,)), array("q", (rowid,)), array("q"))
                    df[t] = 1
                    continue
                df[t] += 1
                times = p[0]
                if not times or ts >= times[-1]:
                    times.append(ts)
                    p[1].append(rowid)
                else:
                    i = bisect_right(times, ts)
                    times.insert(i, ts)
                    p[1].insert(i, rowid)
        self._ts_of[rowid] = ts
        self._n_mem += 1
        self._unpersisted.append((rowid, np.array(keys, dtype=np.int64), buckets))

    def flush(self) -> None:
        """Write the signature rows recorded since the last flush (one statement)."""
        if self.before_flush is not None:
            self.before_flush()
        # taken first: rows that fail to be written are not tried again
        sigs, self._pending_sigs = self._pending_sigs, []
        if sigs:
            self.conn.executemany(
                "INSERT INTO signatures(article, minhash, ents, nums, terms, bands) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                sigs,
            )

    @property
    def unpersisted(self) -> int:
        """Articles whose lsh/postings rows are not written yet."""
        return len(self._unpersisted)

    def due(self, *, force: bool = False) -> bool:
        """Whether :meth:`persist` has rows to write: ``_PERSIST_EVERY`` articles wait (or
        any with ``force``)."""
        n = len(self._unpersisted)
        return n >= _PERSIST_EVERY or (force and n > 0)

    def persist(self) -> None:
        """Write the lsh/postings rows of the articles indexed in memory only (in the
        caller's transaction, before its ``COMMIT``), sorted by key so that each page of the
        two indexes is written once."""
        un = self._unpersisted
        if not un:
            return
        self.flush()
        conn = self.conn
        rowids = np.array([u[0] for u in un], dtype=np.int64)
        for column, sql in (
            (2, "INSERT OR IGNORE INTO lsh(bucket, article) VALUES (?, ?)"),
            (1, "INSERT INTO postings(term, ts, article) VALUES (?, ?, ?)"),
        ):
            parts: list[np.ndarray] = [u[2] if column == 2 else u[1] for u in un]
            keys = np.concatenate(parts)
            arts = np.repeat(rowids, [len(p) for p in parts])
            order = np.lexsort((arts, keys))
            pairs = _sorted_pairs(keys, arts, order)
            if column == 2:
                conn.executemany(sql, pairs)
            else:
                ts_of = self._ts_of
                conn.executemany(sql, ((t, ts_of[a], a) for t, a in pairs))
        last = un[-1][0]
        conn.execute(
            "INSERT INTO cluster_state(key, value) VALUES ('indexed_upto', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (last,),
        )
        self._upto = last
        un.clear()
        if self._n_mem > _MEM_ARTICLES:  # look the older ones up in the tables from now on
            self._base = last
            self._n_base += self._n_mem
            self._drop_memory()
