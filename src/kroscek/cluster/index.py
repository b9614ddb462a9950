"""The clustering state in SQLite: LSH buckets, the name/number index and signatures.

Everything the clusterer knows lives in tables written in the same transaction as the
article they describe, so a crash leaves no state that the committed articles do not
explain, and a resumed ingest makes exactly the decisions a clean run would. The in-memory
caches here (signatures, document frequencies, the article count) are only copies of rows:
they are filled lazily from the database and dropped whenever a transaction rolls back.

Cost per arriving article is bounded whatever the corpus size: one LSH lookup (one bucket
per band), one query over at most ``Settings.story_query_terms`` terms with at most
``_PER_TERM`` postings each inside the time window, and at most
``Settings.story_candidates`` signatures loaded.
"""

from __future__ import annotations

import math
import sqlite3
from collections import OrderedDict
from collections.abc import Iterable

import numpy as np

from kroscek.cluster.assign import Candidate, idf
from kroscek.cluster.features import Signature
from kroscek.settings import DEFAULT, Settings

_PER_TERM = 48  # postings read per query term: bounds the cost of a common term
_MATES = 16  # LSH bucket mates scored per arriving article (the ones sharing most bands)
_SIG_CACHE = 10_000  # signatures kept in memory (a few KB each with their sets)
_DF_CACHE = 2_000_000


def _blob(arr: np.ndarray) -> bytes:
    return arr.tobytes()


def _unblob(data: bytes, dtype: type) -> np.ndarray:
    return np.frombuffer(data, dtype=dtype)


class ClusterIndex:
    """Reads candidates for, and records, arriving articles on one SQLite connection."""

    def __init__(self, conn: sqlite3.Connection, settings: Settings = DEFAULT) -> None:
        self.conn = conn
        self.settings = settings
        self._sigs: OrderedDict[int, Candidate] = OrderedDict()
        self._df: dict[int, int] = {}
        self._n_docs: int | None = None

    # -- caches ---------------------------------------------------------------------------
    def reset(self) -> None:
        """Forget every cached row (after a rollback the database is the only truth)."""
        self._sigs.clear()
        self._df.clear()
        self._n_docs = None

    @property
    def n_docs(self) -> int:
        if self._n_docs is None:
            self._n_docs = int(self.conn.execute("SELECT COUNT(*) FROM signatures").fetchone()[0])
        return self._n_docs

    def document_frequencies(self, terms: Iterable[int]) -> dict[int, int]:
        """How many indexed articles carry each term (row counts of ``postings``)."""
        df = self._df
        # a set difference runs in C: weights() asks about a few hundred terms per article
        wanted = terms if isinstance(terms, (set, frozenset)) else set(terms)
        missing = list(wanted.difference(df))
        if len(df) + len(missing) > _DF_CACHE:
            df.clear()
        for i in range(0, len(missing), 500):
            chunk = missing[i : i + 500]
            for t in chunk:
                df[t] = 0
            marks = ",".join("?" * len(chunk))
            for term, n in self.conn.execute(
                f"SELECT term, COUNT(*) FROM postings WHERE term IN ({marks}) GROUP BY term",
                chunk,
            ):
                df[term] = int(n)
        return df

    def weights(self, sigs: Iterable[Signature]) -> dict[int, float]:
        """Squared idf weight of every name/number of the given signatures."""
        terms: set[int] = set()
        for s in sigs:
            terms.update(s.keys)
        df = self.document_frequencies(terms)
        n = self.n_docs
        log1p = math.log1p
        return {t: log1p(n / (1.0 + df[t])) ** 2 for t in terms}

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
        conn = self.conn
        lsh_hits: set[int] = set()
        if sig.bands:
            marks = ",".join("?" * len(sig.bands))
            lsh_hits = {
                int(r)
                for (r, _) in conn.execute(
                    f"SELECT article, COUNT(*) AS n FROM lsh WHERE bucket IN ({marks}) "
                    "GROUP BY article HAVING n >= 2 ORDER BY n DESC, article DESC LIMIT ?",
                    (*sig.bands, _MATES),
                )
            }
        found: dict[int, float] = {}
        if sig.keys:
            df = self.document_frequencies(sig.keys)
            seen = sorted((t for t in sig.keys if df[t] > 0), key=lambda t: (df[t], t))
            query = seen[: self.settings.story_query_terms]
            if query:
                n = self.n_docs
                weight = {t: idf(df[t], n) ** 2 for t in query}
                for rowid, term in self._postings(query, ts, df):
                    found[rowid] = found.get(rowid, 0.0) + weight[term]
        for r in lsh_hits:
            found.pop(r, None)
        # best score first, the newest article first among equals
        best = sorted([(-score, -r) for r, score in found.items()])[
            : self.settings.story_candidates
        ]
        ranked = [-r for _, r in best]
        if not ranked and not lsh_hits:
            return [], lsh_hits
        return self._load([*sorted(lsh_hits), *ranked]), lsh_hits

    def _postings(
        self, terms: list[int], ts: float | None, df: dict[int, int]
    ) -> list[tuple[int, int]]:
        """(article, term) postings of ``terms`` inside the time window of ``ts``.

        Rare terms (at most ``_PER_TERM`` postings in all) are read in one query; each
        common term is read with its own ``LIMIT``, so the rows read stay bounded.
        """
        span = self.settings.story_window_days * 86400.0
        rows: list[tuple[int, int]] = []
        rare = [t for t in terms if df[t] <= _PER_TERM]
        common = [t for t in terms if df[t] > _PER_TERM]
        if rare:
            marks = ",".join("?" * len(rare))
            sql = f"SELECT article, term FROM postings WHERE term IN ({marks})"
            params: list[object] = list(rare)
            if ts is not None:
                sql += " AND (ts IS NULL OR ts BETWEEN ? AND ?)"
                params += [ts - span, ts + span]
            rows += self.conn.execute(sql, params).fetchall()
        if common:
            if ts is None:
                part = "SELECT * FROM (SELECT article, term FROM postings WHERE term = ? LIMIT ?)"
                params = []
                for t in common:
                    params += [t, _PER_TERM]
            else:
                # two index ranges per term: dated postings inside the window, undated ones
                part = (
                    "SELECT * FROM (SELECT article, term FROM postings WHERE term = ? "
                    "AND ts BETWEEN ? AND ? LIMIT ?) UNION ALL "
                    "SELECT * FROM (SELECT article, term FROM postings WHERE term = ? "
                    "AND ts IS NULL LIMIT ?)"
                )
                params = []
                for t in common:
                    params += [t, ts - span, ts + span, _PER_TERM, t, _PER_TERM // 4]
            rows += self.conn.execute(" UNION ALL ".join(part for _ in common), params).fetchall()
        return rows

    def _load(self, rowids: list[int]) -> list[Candidate]:
        cache = self._sigs
        missing = [r for r in rowids if r not in cache]
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
    def record(self, cand: Candidate) -> None:
        """Write the clustering state of a just-inserted article (same transaction)."""
        sig = cand.signature
        conn = self.conn
        conn.execute(
            "INSERT INTO signatures(article, minhash, ents, nums, terms) VALUES (?, ?, ?, ?, ?)",
            (
                cand.rowid,
                _blob(sig.minhash),
                _blob(sig.ents),
                _blob(sig.nums),
                _blob(sig.terms),
            ),
        )
        conn.executemany(
            "INSERT OR IGNORE INTO lsh(bucket, article) VALUES (?, ?)",
            [(b, cand.rowid) for b in sig.bands],
        )
        keys = sorted(sig.keys)
        conn.executemany(
            "INSERT INTO postings(term, ts, article) VALUES (?, ?, ?)",
            [(t, cand.ts, cand.rowid) for t in keys],
        )
        df = self._df
        for t in keys:
            if t in df:
                df[t] += 1
        if self._n_docs is not None:
            self._n_docs += 1
        self._remember(cand)
