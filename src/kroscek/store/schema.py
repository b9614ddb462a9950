"""The corpus schema and its migrations, versioned with ``PRAGMA user_version``.

Each entry of ``MIGRATIONS`` upgrades the database by one version inside one transaction,
so a database is always at exactly one known version. A reader that finds a version it does
not know (newer or older) refuses to guess and says how to migrate.

Layout, and why:

- ``articles``: one row per distinct article (``id`` is a content hash, so re-ingesting adds
  nothing); ``story_id`` and ``duplicate_of`` are written in the same transaction as the row.
- ``articles_fts``: an FTS5 index over title and text. The ingest writer indexes each batch's
  new rows with one statement before its ``COMMIT`` (schema 2: cheaper than a trigger per
  row); triggers keep it in step when a row is deleted or its text updated.
- ``stories``: one row per story with denormalised counts, so listing stories newest first
  is one indexed scan; ``version`` grows whenever an article joins, which invalidates the
  cached report.
- ``story_sources``: (story, outlet) pairs, for the outlet filter and the outlet pages.
- ``signatures``, ``lsh``, ``postings``, ``cluster_state``: the clustering state (MinHash
  signature, feature sets and LSH buckets per article; LSH band buckets and the inverted index
  of names and numbers, whose row counts are also the terms' document frequencies; the index
  on (term, ts, article) answers a candidate lookup without reading the table). A signature
  is written in the same transaction as its article; its ``lsh`` and ``postings`` rows follow
  in bulk later (schema 3), and ``cluster_state.indexed_upto`` says up to which article they
  are written, so after a crash the clusterer rebuilds the rest from ``signatures`` and
  resumes from a state that matches the committed articles exactly.
- ``rejected``: inputs that could not be read, with why (listed by ``kroscek ingest --errors``).
- ``reports`` / ``report_conflicts``: cached compare reports, valid while the story's version
  is unchanged and the analysis code that computed them (``reports.engine``, schema 5) is the
  code running now.
- ``files``: the ingest ledger (schema 6), one row per input file read whole into the corpus:
  its real path, size, modification time and a digest of its first and last blocks, and the
  options that shape what it yields (``--source``, ``--max-bytes``). An ingest skips a file
  whose row still matches before opening it, so a nightly rerun over a folder that grows
  reads only what is new or changed (``kroscek.store.ledger``).
"""

from __future__ import annotations

import sqlite3

SCHEMA_VERSION = 6
# Readers accept every version from this one on: the later ones change how rows are
# written, not what a reader finds.
READABLE_SINCE = 1

_V1 = """
CREATE TABLE articles (
    rowid        INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    source       TEXT NOT NULL,
    title        TEXT NOT NULL,
    text         TEXT NOT NULL,
    url          TEXT,
    published    TEXT,
    ts           REAL,
    lang         TEXT NOT NULL,
    story_id     TEXT NOT NULL,
    duplicate_of TEXT,
    origin       TEXT,
    meta         TEXT
);
CREATE INDEX articles_story ON articles(story_id, ts);
CREATE INDEX articles_source ON articles(source);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;

CREATE TABLE stories (
    id              TEXT PRIMARY KEY,
    title           TEXT NOT NULL,
    founder         TEXT NOT NULL,
    first_ts        REAL,
    last_ts         REAL,
    first_published TEXT,
    last_published  TEXT,
    n_articles      INTEGER NOT NULL,
    n_independent   INTEGER NOT NULL,
    n_sources       INTEGER NOT NULL,
    sources         TEXT NOT NULL,
    langs           TEXT NOT NULL,
    version         INTEGER NOT NULL
);
CREATE INDEX stories_recent ON stories(last_ts DESC, id);
CREATE INDEX stories_nsources ON stories(n_sources, last_ts DESC);

CREATE TABLE story_sources (
    story_id  TEXT NOT NULL,
    source    TEXT NOT NULL,
    n         INTEGER NOT NULL,
    n_indep   INTEGER NOT NULL,
    PRIMARY KEY (story_id, source)
) WITHOUT ROWID;
CREATE INDEX story_sources_source ON story_sources(source, story_id);

CREATE TABLE signatures (
    article INTEGER PRIMARY KEY,
    minhash BLOB NOT NULL,
    terms   BLOB NOT NULL,
    ents    BLOB NOT NULL,
    nums    BLOB NOT NULL
);
CREATE TABLE lsh (
    bucket  INTEGER NOT NULL,
    article INTEGER NOT NULL,
    PRIMARY KEY (bucket, article)
) WITHOUT ROWID;
CREATE TABLE postings (
    term    INTEGER NOT NULL,
    ts      REAL,
    article INTEGER NOT NULL
);
CREATE INDEX postings_term ON postings(term, ts);

CREATE TABLE rejected (
    rowid  INTEGER PRIMARY KEY,
    origin TEXT NOT NULL,
    code   TEXT NOT NULL,
    reason TEXT NOT NULL,
    seen   TEXT NOT NULL,
    UNIQUE (origin, code)
);

CREATE TABLE reports (
    story_id TEXT PRIMARY KEY,
    version  INTEGER NOT NULL,
    report   TEXT NOT NULL,
    n_high   INTEGER NOT NULL
);
CREATE TABLE report_conflicts (
    story_id TEXT NOT NULL,
    source   TEXT NOT NULL,
    n        INTEGER NOT NULL,
    PRIMARY KEY (story_id, source)
) WITHOUT ROWID;
CREATE INDEX report_conflicts_source ON report_conflicts(source);
"""

# 2: the writer indexes new articles in FTS5 per batch (``CorpusWriter``), not a trigger per
# row; the postings index covers the article too, so a candidate lookup never reads the table
# (4x fewer page reads per query).
_V2 = """
DROP TRIGGER articles_ai;
DROP INDEX postings_term;
CREATE INDEX postings_term ON postings(term, ts, article);
"""

# 3: the LSH buckets and postings of the articles an ingest writes are kept in memory and
# written to ``lsh``/``postings`` in bulk (every 100,000 articles,
# ``kroscek.cluster.index._PERSIST_EVERY``, and at the end of the ingest) instead of with
# every commit: random keys made each commit rewrite pages all over both indexes, a cost
# that grew with the corpus. ``signatures.bands`` keeps each article's buckets and
# ``cluster_state.indexed_upto`` the last article whose rows are in both tables; the
# articles after it are put back in memory from ``signatures`` by the next writer (after a
# crash too), so no decision changes.
_V3 = """
ALTER TABLE signatures ADD COLUMN bands BLOB;
CREATE TABLE cluster_state (
    key   TEXT PRIMARY KEY,
    value INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO cluster_state(key, value)
    SELECT 'indexed_upto', COALESCE(MAX(article), 0) FROM signatures;
"""

# 4: ``cluster_state.signature_version`` says which version of the clustering signatures
# (``kroscek.cluster.features.SIGNATURE_VERSION``) the stored articles carry; articles signed
# before it was kept are version 1. The writer refuses to add articles signed another way.
_V4 = """
INSERT OR IGNORE INTO cluster_state(key, value)
    SELECT 'signature_version', 1 WHERE EXISTS (SELECT 1 FROM signatures);
"""

# 5: ``reports.engine`` says which analysis code computed a cached report
# (``kroscek.store.engine.engine_fingerprint``); a report is fresh only while both the story's
# version and the engine match, so an upgrade never serves findings of the code before it.
# Rows cached before it have no engine and are recomputed on first use.
_V5 = """
ALTER TABLE reports ADD COLUMN engine INTEGER;
"""

# 6: ``files``, the ingest ledger: a file is recorded in the transaction that stores the last
# of its articles, so a row never stands for a file whose articles are not all committed.
# Corpora from before it have no rows: their next ingest reads every file once, as before.
_V6 = """
CREATE TABLE IF NOT EXISTS files (
    path     TEXT PRIMARY KEY,
    size     INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    digest   TEXT NOT NULL,
    options  TEXT NOT NULL,
    ingested TEXT NOT NULL
) WITHOUT ROWID;
"""

# version reached -> DDL that reaches it from the version before.
MIGRATIONS: dict[int, str] = {1: _V1, 2: _V2, 3: _V3, 4: _V4, 5: _V5, 6: _V6}


def current_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring ``conn`` up to ``target``, one version per transaction; returns the new version.

    Each step runs its DDL and sets ``user_version`` in one transaction, so an interrupted
    migration leaves the database at the previous version, never half-way.
    """
    version = current_version(conn)
    while version < target:
        step = version + 1
        ddl = MIGRATIONS[step]
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(ddl):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {step}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        version = step
    return version


def _statements(ddl: str) -> list[str]:
    """Split a DDL script into statements (triggers contain ``;`` inside BEGIN...END)."""
    out: list[str] = []
    buf = ""
    for line in ddl.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out
