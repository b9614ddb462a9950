"""``Corpus``: the SQLite corpus database, read side (CLI, web app) and report cache.

One file, WAL mode (readers never block the ingest writer), schema migrations through
``PRAGMA user_version``, an FTS5 index over title and text. Writing articles and stories is
done by :class:`kroscek.store.writer.CorpusWriter`, which shares this connection setup.
Every method that touches the connection takes a lock, so one ``Corpus`` can serve a
threaded web server.
"""

from __future__ import annotations

import difflib
import errno
import json
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, date, datetime, time
from functools import cached_property
from pathlib import Path
from typing import Any, cast

from kroscek.data import Article, Rejected, Report
from kroscek.errors import StoreError, UsageError
from kroscek.settings import DEFAULT, Settings
from kroscek.store import schema
from kroscek.store.codec import parse_dt, report_from_dict
from kroscek.store.engine import engine_fingerprint
from kroscek.store.models import (
    ArticleRef,
    OutletDetail,
    OutletSummary,
    SearchHit,
    StoryDetail,
    StorySummary,
)
from kroscek.store.times import WIB

RANKED_MATCHES = 2000  # above this many matches a search lists newest first (see search)
_STORY_COLS = (
    "s.id, s.title, s.first_published, s.last_published, s.n_articles, s.n_sources, "
    "s.sources, s.langs, COALESCE(r.n_high, 0)"
)
_REF_COLS = "a.id, a.source, a.title, a.url, a.published, a.lang, a.duplicate_of"


def _fresh_report_sql(version: int) -> str:
    """The SQL condition (on ``reports r`` and ``stories s``) of a cached report still valid.

    Valid: computed for the story's current version by the analysis code running now
    (:func:`kroscek.store.engine.engine_fingerprint`). A file older than schema 5, opened
    read-only, cannot say which code computed its reports, so none of them is served.
    """
    if version < 5:
        return "0"
    return f"r.version = s.version AND r.engine = {engine_fingerprint():d}"


def connect(
    path: str | os.PathLike[str], *, readonly: bool = False, create: bool = True
) -> sqlite3.Connection:
    """Open (and when writable, create or migrate) a corpus database.

    Raises :class:`StoreError` with one line saying what is wrong and what to run.
    """
    p = Path(path)
    where = str(p)
    existed = p.exists()
    if (readonly or not create) and not existed:
        raise missing_corpus(p)
    try:
        if readonly:
            conn = _open_readonly(p)
        else:
            if p.parent and not p.parent.exists():
                raise StoreError(
                    "its folder does not exist",
                    where=where,
                    hint="create the folder or choose another --db path",
                )
            if not _writable_folder(p):
                raise StoreError(
                    f"cannot write here: the folder {p.parent} is read-only (kroscek writes "
                    "the database and its -wal and -shm files beside it)",
                    where=where,
                    hint="choose --db in a writable folder, or copy the file to one; "
                    "`kroscek stories`, `story`, `search`, `export` and `serve` read it "
                    "where it is",
                )
            conn = sqlite3.connect(str(p), isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA busy_timeout = 30000")
        version = schema.current_version(conn)
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA cache_size = -65536")
    except sqlite3.DatabaseError as exc:
        full = disk_error(exc, where)
        if full is not None:
            raise full from exc
        if not existed and not readonly and "unable to open" in str(exc):
            raise cannot_create(p) from exc
        raise StoreError(
            f"not a kroscek corpus database ({exc})",
            where=where,
            hint="point --db at a corpus file or at a new path",
        ) from exc
    if version > schema.SCHEMA_VERSION:
        conn.close()
        raise StoreError(
            f"database schema version {version} is newer than this kroscek supports "
            f"({schema.SCHEMA_VERSION})",
            where=where,
            hint="upgrade kroscek to read it",
        )
    if version < schema.SCHEMA_VERSION and not (readonly and version >= schema.READABLE_SINCE):
        if readonly:
            conn.close()
            if version == 0:
                raise StoreError(
                    "not a kroscek corpus database (no schema)",
                    where=where,
                    hint=f"run `kroscek ingest --db {where} PATH...` to create it",
                )
            raise StoreError(
                f"database schema version {version} is older than {schema.SCHEMA_VERSION}",
                where=where,
                hint=f"run `kroscek ingest --db {where}` to migrate it",
            )
        if version == 0 and _has_tables(conn):
            conn.close()
            raise StoreError(
                "an SQLite file that is not a kroscek corpus",
                where=where,
                hint="point --db at a corpus file or at a new path",
            )
        try:
            schema.migrate(conn)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(f"could not migrate the database ({exc})", where=where) from exc
    return conn


def cannot_create(p: Path) -> StoreError:
    """The error for a new corpus that SQLite cannot create where asked.

    The folder exists and looked writable (root on a read-only or virtual file system such
    as /sys or /proc, a mount that refuses new files), so the cause is the place, not the
    path: the folder is tried with a temporary file to say why in the system's words.
    """
    import tempfile

    why = "it does not accept new files"
    try:
        with tempfile.TemporaryFile(dir=p.parent):
            pass
    except OSError as exc:
        if exc.errno != errno.ENOENT:  # /proc answers "no such file" for a folder it shows
            why = f"{exc.strerror or exc}".lower()
    return StoreError(
        f"cannot create the database here: the folder {p.parent} cannot be written ({why})",
        where=str(p),
        hint="choose --db in a folder you can write to (e.g. your home folder)",
    )


def missing_corpus(p: Path) -> StoreError:
    """The error for a corpus path with no file: what builds one, and the corpus files
    beside it whose names are close (a typo must not become a new, empty corpus)."""
    where = str(p)
    folder = p.parent  # Path("x.db").parent is Path(".")
    try:
        beside = [f.name for f in folder.iterdir() if f.suffix in {".db", ".sqlite", ".sqlite3"}]
    except OSError:
        beside = []
    close = difflib.get_close_matches(p.name, beside, n=3, cutoff=0.6)
    guess = f"did you mean {', '.join(str(folder / n) for n in close)}? Else " if close else ""
    return StoreError(
        "no corpus database here",
        where=where,
        hint=f"{guess}build it with `kroscek ingest --db {where} PATH...` "
        f"(from Python: Corpus({where!r}, create=True) starts an empty one)",
    )


def disk_error(exc: BaseException, where: str, *, resume: str = "") -> StoreError | None:
    """The one-line error for SQLite's "the disk is full" or "I/O error", else None.

    Both are the machine's state, not a bug and not a damaged corpus: SQLite rolls back the
    transaction that failed and keeps everything committed before it. ``resume`` says how
    to go on once there is room (an ingest: run it again).
    """
    seen: BaseException | None = exc
    while seen is not None and not _disk_failure(seen):
        # a full disk rolls the transaction back: what fails last is often the savepoint
        # kroscek then releases ("no such savepoint"), with the full disk as its context
        seen = seen.__cause__ or seen.__context__
    if seen is None:
        return None
    text = str(seen).lower()
    if "database or disk is full" in text:
        what = "the disk holding it is full"
    elif "disk i/o error" in text:
        what = "the disk failed to read or write it (disk I/O error)"
    else:
        return None
    hint = "free some space or move the database to a larger disk"
    return StoreError(
        f"{what}; what was committed before is kept",
        where=where,
        hint=f"{hint}, then {resume}" if resume else hint,
    )


def _disk_failure(exc: BaseException) -> bool:
    text = str(exc).lower()
    return isinstance(exc, sqlite3.Error) and (
        "database or disk is full" in text or "disk i/o error" in text
    )


def _writable_folder(p: Path) -> bool:
    folder = p.parent  # Path("x.db").parent is Path(".")
    return os.access(folder, os.W_OK) and (not p.exists() or os.access(p, os.W_OK))


def _open_readonly(p: Path) -> sqlite3.Connection:
    """A read-only connection, also to a corpus in a read-only folder.

    A WAL database opened read-only still wants its ``-shm`` file beside it, so on a
    read-only mount (a snapshot, a shared archive) SQLite answers "unable to open database
    file" for a corpus that is whole. When the folder cannot be written, no one can be
    writing the corpus, so it is opened as immutable: unless a ``-wal`` file holds writes
    not yet merged into the database, which immutable would leave out (then the error says
    so).
    """
    uri = p.resolve().as_uri()

    def open_(query: str) -> sqlite3.Connection:
        conn = sqlite3.connect(
            f"{uri}?{query}", uri=True, isolation_level=None, check_same_thread=False
        )
        conn.execute("PRAGMA busy_timeout = 30000")
        return conn

    conn = open_("mode=ro")
    try:
        conn.execute("PRAGMA user_version").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        if _writable_folder(p):
            raise
    wal = p.with_name(p.name + "-wal")
    if wal.is_file() and wal.stat().st_size > 0:
        raise StoreError(
            f"its folder is read-only and {wal.name} beside it holds writes not yet merged "
            "into the database",
            where=str(p),
            hint="copy the database with its -wal file into a writable folder and read it there",
        )
    return open_("mode=ro&immutable=1")


def _has_tables(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone() is not None


def _ref(row: Sequence[Any]) -> ArticleRef:
    return ArticleRef(
        id=row[0],
        source=row[1],
        title=row[2],
        url=row[3],
        published=parse_dt(row[4]),
        lang=row[5],
        duplicate_of=row[6],
    )


def _summary(row: Sequence[Any]) -> StorySummary:
    return StorySummary(
        id=row[0],
        title=row[1],
        first_published=parse_dt(row[2]),
        last_published=parse_dt(row[3]),
        n_articles=int(row[4]),
        n_sources=int(row[5]),
        sources=tuple(json.loads(row[6])),
        langs=tuple(json.loads(row[7])),
        high_findings=int(row[8]),
    )


def as_day(value: object, name: str) -> date | datetime | None:
    """A ``since``/``until`` argument as a date: a ``date``, a ``datetime`` or an ISO string
    (``"2026-07-01"``, what a notebook user types and what the CLI takes)."""
    if value is None or isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return (
                datetime.fromisoformat(value.strip())
                if "T" in value
                else date.fromisoformat(value.strip())
            )
        except ValueError:
            raise UsageError(
                f"{name}={value!r} is not a date", hint="write it as YYYY-MM-DD (2026-07-01)"
            ) from None
    raise TypeError(
        f"{name} must be a date, a datetime or a YYYY-MM-DD string, not {type(value).__name__}"
    )


def _limit(limit: int | None) -> int:
    """SQLite's LIMIT for a page size: ``None`` is every row (``LIMIT -1``)."""
    return -1 if limit is None else max(0, int(limit))


def spelled_as_stored(name: str, names: Iterable[str]) -> str:
    """The stored spelling of an outlet typed in another case or spacing ("warta  cendana"
    for "Warta Cendana") when exactly one outlet matches so, else ``name`` as typed."""
    wanted = " ".join(name.split()).casefold()
    matches = [n for n in names if " ".join(n.split()).casefold() == wanted]
    return matches[0] if len(matches) == 1 else name


class _Closed:
    """Stands for the connection of a closed :class:`Corpus`: any use says what to do,
    instead of sqlite3's "Cannot operate on a closed database"."""

    def __init__(self, path: Path) -> None:
        self._path = path

    def __getattr__(self, name: str) -> Any:
        raise StoreError(
            "this Corpus is closed",
            where=str(self._path),
            hint=f"open it again (Corpus({str(self._path)!r}, readonly=True)), or keep the "
            "work inside its `with` block",
        )


class _Missing:
    """Stands for the connection of a :class:`Corpus` whose file does not exist (yet):
    any read says so and what builds it, instead of creating an empty file."""

    def __init__(self, path: Path) -> None:
        self._path = path

    def __getattr__(self, name: str) -> Any:
        if self._path.exists():  # an ingest in another process has created it since
            raise StoreError(
                "this Corpus was opened before its file existed",
                where=str(self._path),
                hint=f"open it again: Corpus({str(self._path)!r}, readonly=True)",
            )
        raise missing_corpus(self._path)


# A day in a filter ("since 2026-11-24") is a day as the newsroom lives it: in Western
# Indonesia Time, where most Indonesian outlets publish. A UTC day would drop the morning
# news of the 24th before 07:00 WIB and count the evening of the 23rd after 17:00 WIB.
DAY_ZONE = WIB


def _day_ts(day: date | datetime, *, end: bool) -> float:
    if isinstance(day, datetime):
        dt = day if day.tzinfo else day.replace(tzinfo=UTC)
    else:
        dt = datetime.combine(day, time.max if end else time.min, tzinfo=DAY_ZONE)
    return dt.timestamp()


def _day_clauses(
    since: object, until: object, since_column: str, until_column: str
) -> tuple[list[str], list[Any]]:
    """SQL conditions and parameters for a span of days: ``since_column`` on or after the
    start of ``since``, ``until_column`` on or before the end of ``until``."""
    clauses: list[str] = []
    params: list[Any] = []
    first, last = as_day(since, "since"), as_day(until, "until")
    if first is not None:
        clauses.append(f"{since_column} >= ?")
        params.append(_day_ts(first, end=False))
    if last is not None:
        clauses.append(f"{until_column} <= ?")
        params.append(_day_ts(last, end=True))
    return clauses, params


# The orders a story list can take: newest first (what happened), or the most outlets
# first (what everyone covers: the editor's biggest stories of the day).
STORY_SORTS = {"latest": "", "sources": "s.n_sources DESC, "}


class Corpus:
    """A corpus database: stories, articles, search, outlets and cached reports.

    ``Corpus(path)`` opens a corpus that exists (and migrates an older schema). On a
    path with no file it creates nothing: reading it raises
    :class:`~kroscek.errors.StoreError` ("no corpus database here", with the corpus
    files beside it whose names are close), so a typo never becomes a new empty corpus;
    a :class:`~kroscek.store.writer.CorpusWriter` on it (what ``kroscek ingest`` and
    :func:`kroscek.store.loader.ingest` use) creates the file. ``create=True`` creates
    it at once, ``create=False`` refuses a missing file at once. ``readonly=True`` never
    writes: what a reader of a shared archive, the web app and a notebook want. Use it in
    a ``with`` block, or call :meth:`close`.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        readonly: bool = False,
        create: bool | None = None,
        settings: Settings | None = None,
    ) -> None:
        self.path = Path(path)
        self.readonly = readonly
        # None (not DEFAULT) in the signature keeps help(Corpus) to one readable line
        self.settings = DEFAULT if settings is None else settings
        self._lock = threading.RLock()
        self._schema_version = 0
        if create is None and not readonly and not self.path.exists():
            # created by its first writer (:meth:`create`), refused by any reader
            self._conn = cast(sqlite3.Connection, _Missing(self.path))
            return
        self._open(create=bool(create))

    def _open(self, *, create: bool) -> None:
        self._conn = connect(self.path, readonly=self.readonly, create=create)
        self._schema_version = schema.current_version(self._conn)

    def create(self) -> Corpus:
        """Create the database file if this corpus has none yet (a writer calls it), and
        return the corpus; a corpus that exists is left as it is."""
        with self._lock:
            if isinstance(self._conn, _Missing):
                self._open(create=True)
                # computed from the schema version, which the new file has now
                for name in ("fresh_report", "stories_with_reports"):
                    self.__dict__.pop(name, None)
        return self

    def __repr__(self) -> str:
        mode = ", readonly=True" if self.readonly else ""
        closed = (
            " (closed)"
            if isinstance(self._conn, _Closed)
            else " (no file yet)"
            if isinstance(self._conn, _Missing)
            else ""
        )
        return f"Corpus({str(self.path)!r}{mode}){closed}"

    # -- lifecycle -------------------------------------------------------------------------
    def close(self) -> None:
        """Close the connection; any later use says the corpus is closed (not sqlite3's
        "Cannot operate on a closed database")."""
        with self._lock:
            if isinstance(self._conn, sqlite3.Connection):
                self._conn.close()
            self._conn = cast(sqlite3.Connection, _Closed(self.path))

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @cached_property
    def fresh_report(self) -> str:
        """The SQL condition, on ``reports r`` joined to ``stories s``, of a report still valid.

        Computed on first use: hashing the analysis code costs a few milliseconds that a
        command never reading reports (search, ingest) should not pay.
        """
        return _fresh_report_sql(self._schema_version)

    @cached_property
    def stories_with_reports(self) -> str:
        """The SQL ``FROM`` clause of stories ``s`` each with its fresh cached report ``r``
        (NULL columns when there is none): one place for the join every listing, the report
        cache and the ``reports`` command read."""
        return f"stories s LEFT JOIN reports r ON r.story_id = s.id AND {self.fresh_report}"

    @property
    def connection(self) -> sqlite3.Connection:
        """The underlying connection (for the writer and the exporter; keep to the lock)."""
        return self._conn

    @property
    def lock(self) -> threading.RLock:
        return self._lock

    # -- stories ---------------------------------------------------------------------------
    def _story_filter(
        self,
        since: date | str | None,
        until: date | str | None,
        min_sources: int,
        outlet: str | None,
        lang: str | None,
    ) -> tuple[str, list[Any]]:
        # a story is in the span when it was active in it: its last article on or after
        # the first day, its first article on or before the last day
        clauses, params = _day_clauses(since, until, "s.last_ts", "s.first_ts")
        if min_sources > 1:
            clauses.append("s.n_sources >= ?")
            params.append(int(min_sources))
        if outlet:
            outlet = self.outlet_spelling(outlet)
            clauses.append(
                "EXISTS (SELECT 1 FROM story_sources ss WHERE ss.story_id = s.id AND ss.source = ?)"
            )
            params.append(outlet)
        if lang:
            # s.langs is the JSON list of the story's language codes: a scan of the small
            # stories table, far cheaper than probing the (large) articles of every story
            clauses.append("s.langs LIKE ?")
            params.append('%"' + lang.replace('"', "").replace("%", "").replace("_", "") + '"%')
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        return where, params

    def stories(
        self,
        *,
        since: date | str | None = None,
        until: date | str | None = None,
        min_sources: int = 1,
        outlet: str | None = None,
        lang: str | None = None,
        limit: int | None = 50,
        offset: int = 0,
        sort: str = "latest",
    ) -> list[StorySummary]:
        """Stories newest first (by their latest article; undated stories last), or with
        ``sort="sources"`` the most widely covered first (newest first among equals).

        One page of ``limit`` stories (``None``: all of them; :meth:`count_stories` says how
        many match). ``since``/``until``: dates, datetimes or ``"YYYY-MM-DD"`` strings, read
        as days in WIB (UTC+7).
        """
        if sort not in STORY_SORTS:
            raise UsageError(
                f"sort={sort!r} is not a story order",
                hint="use " + " or ".join(repr(k) for k in STORY_SORTS),
            )
        where, params = self._story_filter(since, until, min_sources, outlet, lang)
        sql = (
            f"SELECT {_STORY_COLS} FROM {self.stories_with_reports}{where} "
            f"ORDER BY {STORY_SORTS[sort]}s.last_ts IS NULL, s.last_ts DESC, s.id LIMIT ? OFFSET ?"
        )
        with self._lock:
            rows = self._conn.execute(sql, [*params, _limit(limit), int(offset)]).fetchall()
        return [_summary(r) for r in rows]

    def count_stories(
        self,
        *,
        since: date | str | None = None,
        until: date | str | None = None,
        min_sources: int = 1,
        outlet: str | None = None,
        lang: str | None = None,
    ) -> int:
        """How many stories :meth:`stories` would list with these filters, over every page
        (the story list says "1–20 of 554")."""
        where, params = self._story_filter(since, until, min_sources, outlet, lang)
        with self._lock:
            return int(
                self._conn.execute(f"SELECT COUNT(*) FROM stories s{where}", params).fetchone()[0]
            )

    def story(self, story_id: str) -> StoryDetail | None:
        """The story with every article (copies too, oldest first), or ``None`` for an id
        the corpus does not have; its report is :meth:`story_report`."""
        with self._lock:
            row = self._conn.execute(
                f"SELECT {_STORY_COLS} FROM {self.stories_with_reports} WHERE s.id = ?", (story_id,)
            ).fetchone()
            if row is None:
                return None
            arts = self._conn.execute(
                f"SELECT {_REF_COLS} FROM articles a WHERE a.story_id = ? "
                "ORDER BY a.ts IS NULL, a.ts, a.rowid",
                (story_id,),
            ).fetchall()
        return StoryDetail(summary=_summary(row), articles=tuple(_ref(a) for a in arts))

    def story_articles(self, story_id: str, *, independent_only: bool = True) -> list[Article]:
        """The story's articles (by default only independent ones), oldest first."""
        extra = " AND duplicate_of IS NULL" if independent_only else ""
        with self._lock:
            rows = self._conn.execute(
                "SELECT id, source, title, text, url, published, lang, meta FROM articles "
                f"WHERE story_id = ?{extra} ORDER BY ts IS NULL, ts, rowid",
                (story_id,),
            ).fetchall()
        return [article_from_row(r) for r in rows]

    def report_articles(self, story_id: str) -> list[Article]:
        """The articles a story's report cross-checks: each outlet's first independent one.

        The report compares outlets, so an outlet's later updates of the same event are not
        set against its own first report (a death toll that rose overnight is not a conflict
        within one outlet), and copies are left out. At most
        ``Settings.story_report_max_articles`` outlets, the earliest to report, take part.
        """
        chosen: list[Article] = []
        seen: set[str] = set()
        for art in self.story_articles(story_id):
            if art.source not in seen:
                seen.add(art.source)
                chosen.append(art)
                if len(chosen) >= self.settings.story_report_max_articles:
                    break
        return chosen

    def story_report(self, story_id: str) -> Report | None:
        """The compare report of the story (see :meth:`report_articles`), cached per version.

        The cache row carries the story's ``version`` and the analysis code's fingerprint;
        an article joining the story bumps the version, and an upgrade changes the
        fingerprint, so a stale report is never served. A read-only corpus computes the
        report without caching it.
        """
        with self._lock:
            row = self._conn.execute(
                f"SELECT s.version, r.report FROM {self.stories_with_reports} WHERE s.id = ?",
                (story_id,),
            ).fetchone()
        if row is None:
            return None
        version, cached = row
        if cached is not None:
            return report_from_dict(json.loads(cached))
        report = self.compute_report(story_id)
        if not self.readonly:
            self.cache_report(story_id, version, report)
        return report

    def story_version(self, story_id: str) -> int | None:
        """The story's version (bumped when an article joins), or None for no such story."""
        with self._lock:
            row = self._conn.execute(
                "SELECT version FROM stories WHERE id = ?", (story_id,)
            ).fetchone()
        return int(row[0]) if row else None

    def compute_report(self, story_id: str) -> Report:
        """Compare the story's :meth:`report_articles` now, ignoring and not touching the cache."""
        return cross_check_articles(self.report_articles(story_id), self.settings)

    def has_report(self, story_id: str) -> bool:
        """True when a report for the story's current version is cached (no compute needed)."""
        with self._lock:
            row = self._conn.execute(
                "SELECT 1 FROM stories s JOIN reports r ON r.story_id = s.id "
                f"AND {self.fresh_report} WHERE s.id = ?",
                (story_id,),
            ).fetchone()
        return row is not None

    def cache_report(self, story_id: str, version: int, report: Report) -> bool:
        """Cache ``report``, computed for ``version`` of the story, by the running code.

        Nothing is written (False) when the story has changed since: an article joined
        while the report was computed, so it would be stale at once.
        """
        n_high = sum(1 for f in report.findings if f.severity == "high")
        source_of = {a.id: a.source for a in report.articles}
        conflicts: dict[str, int] = {}
        for f in report.findings:
            if f.type != "conflict":
                continue
            for src in {source_of[e.article] for e in f.evidence if e.article in source_of}:
                conflicts[src] = conflicts.get(src, 0) + 1
        payload = json.dumps(report.to_dict(), ensure_ascii=False)
        with self._lock:
            conn = self._conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                current = conn.execute(
                    "SELECT version FROM stories WHERE id = ?", (story_id,)
                ).fetchone()
                written = current is not None and current[0] == version
                if written:
                    conn.execute(
                        "INSERT OR REPLACE INTO reports(story_id, version, report, n_high, engine) "
                        "VALUES (?, ?, ?, ?, ?)",
                        (story_id, version, payload, n_high, engine_fingerprint()),
                    )
                    conn.execute("DELETE FROM report_conflicts WHERE story_id = ?", (story_id,))
                    conn.executemany(
                        "INSERT INTO report_conflicts(story_id, source, n) VALUES (?, ?, ?)",
                        [(story_id, s, n) for s, n in sorted(conflicts.items())],
                    )
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        return written

    # -- articles and search ---------------------------------------------------------------
    def article(self, article_id: str) -> Article | None:
        """The stored (cleaned) article, or ``None``; its facts come with its story's report,
        as extracting them is the costly step a read should not pay for."""
        with self._lock:
            row = self._conn.execute(
                "SELECT id, source, title, text, url, published, lang, meta FROM articles "
                "WHERE id = ?",
                (article_id,),
            ).fetchone()
        return article_from_row(row) if row else None

    def article_story(self, article_id: str) -> str | None:
        """The id of the story the article joined, or ``None`` for an unknown article."""
        with self._lock:
            row = self._conn.execute(
                "SELECT story_id FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
        return row[0] if row else None

    def article_filter(
        self,
        *,
        outlet: str | None = None,
        since: date | str | None = None,
        until: date | str | None = None,
    ) -> tuple[str, list[Any]]:
        """SQL conditions (each after `` AND ``) on articles ``a``: from one outlet (its
        stored spelling, "kabar nusa" for Kabar Nusa), published from ``since`` to
        ``until`` (whole WIB days, as the story list's filters)."""
        clauses, params = _day_clauses(since, until, "a.ts", "a.ts")
        if outlet:
            clauses.append("a.source = ?")
            params.append(self.outlet_spelling(outlet))
        return "".join(" AND " + c for c in clauses), params

    def search(
        self,
        query: str,
        *,
        limit: int | None = 20,
        offset: int = 0,
        outlet: str | None = None,
        since: date | str | None = None,
        until: date | str | None = None,
    ) -> list[SearchHit]:
        """Full-text search over titles and texts, best match first: one page of ``limit``
        hits (``None``: every hit), optionally of one ``outlet`` and published from
        ``since`` to ``until`` (a name in the news of one outlet on one day).

        Plain words must all match; "phrases", OR, NOT, prefix* and ``title:``/``text:``
        work as in FTS5 (see :func:`kroscek.store.search.fts_query`). Up to
        ``RANKED_MATCHES`` matches are ranked by bm25; a query matching more (a common word)
        lists the most recently stored articles first, in a few milliseconds.
        """
        from kroscek.store.search import fts_query

        if not isinstance(query, str):
            raise TypeError(f"query must be a str, not {type(query).__name__}: {query!r:.60}")
        q = fts_query(query)
        where, params = self.article_filter(outlet=outlet, since=since, until=until)
        try:
            with self._lock:
                matches = self._conn.execute(
                    "SELECT COUNT(*) FROM (SELECT 1 FROM articles_fts WHERE articles_fts "
                    "MATCH ? LIMIT ?)",
                    (q, RANKED_MATCHES + 1),
                ).fetchone()[0]
                # bm25 ranking scores every match: for a common word (tens of thousands of
                # articles) that costs ~100 ms and says little, so those come newest first
                order = "rank" if matches <= RANKED_MATCHES else "articles_fts.rowid DESC"
                rows = self._conn.execute(
                    f"SELECT {_REF_COLS}, a.story_id, "
                    "snippet(articles_fts, -1, '«', '»', '…', 16) "
                    "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
                    f"WHERE articles_fts MATCH ?{where} ORDER BY {order} LIMIT ? OFFSET ?",
                    (q, *params, _limit(limit), int(offset)),
                ).fetchall()
        except sqlite3.OperationalError as exc:
            raise UsageError(
                f"cannot parse search query {query!r} ({exc})",
                hint='use plain words, "a phrase" in double quotes, OR, NOT or prefix*',
            ) from exc
        return [SearchHit(article=_ref(r[:7]), story_id=r[7], snippet=r[8]) for r in rows]

    # -- outlets ---------------------------------------------------------------------------
    def _conflicts_by_source(self, source: str | None = None) -> dict[str, int]:
        sql = (
            "SELECT rc.source, SUM(rc.n) FROM report_conflicts rc "
            "JOIN reports r ON r.story_id = rc.story_id "
            f"JOIN stories s ON s.id = rc.story_id AND {self.fresh_report}"
        )
        params: tuple[Any, ...] = ()
        if source is not None:
            sql += " WHERE rc.source = ?"
            params = (source,)
        sql += " GROUP BY rc.source"
        with self._lock:
            return {s: int(n) for s, n in self._conn.execute(sql, params)}

    def outlets(self) -> list[OutletSummary]:
        """Every outlet with its article and story counts, most articles first."""
        conflicts = self._conflicts_by_source()
        with self._lock:
            rows = self._conn.execute(
                "SELECT source, SUM(n), COUNT(*) FROM story_sources GROUP BY source "
                "ORDER BY SUM(n) DESC, source"
            ).fetchall()
        return [
            OutletSummary(
                name=s, n_articles=int(n), n_stories=int(k), n_conflicts=conflicts.get(s, 0)
            )
            for s, n, k in rows
        ]

    def outlet_spelling(self, name: str) -> str:
        """``name`` as the corpus spells it: an outlet typed in another case or spacing
        ("warta cendana") is found, as in the CLI and the web app, instead of matching
        nothing without a word."""
        with self._lock:
            if self._conn.execute(
                "SELECT 1 FROM story_sources WHERE source = ? LIMIT 1", (name,)
            ).fetchone():
                return name
            names = [r[0] for r in self._conn.execute("SELECT DISTINCT source FROM story_sources")]
        return spelled_as_stored(name, names)

    def outlet(self, name: str, *, limit: int = 100, offset: int = 0) -> OutletDetail | None:
        """One outlet (in any case or spacing): its stories newest first, and how often its
        facts were in conflict."""
        name = self.outlet_spelling(name)
        with self._lock:
            row = self._conn.execute(
                "SELECT SUM(n), COUNT(*) FROM story_sources WHERE source = ?", (name,)
            ).fetchone()
            if row is None or row[1] == 0:
                return None
            stories = self._conn.execute(
                f"SELECT {_STORY_COLS} FROM {self.stories_with_reports} "
                "JOIN story_sources ss ON ss.story_id = s.id AND ss.source = ? "
                "ORDER BY s.last_ts IS NULL, s.last_ts DESC, s.id LIMIT ? OFFSET ?",
                (name, int(limit), int(offset)),
            ).fetchall()
        summary = OutletSummary(
            name=name,
            n_articles=int(row[0]),
            n_stories=int(row[1]),
            n_conflicts=self._conflicts_by_source(name).get(name, 0),
        )
        return OutletDetail(summary=summary, stories=tuple(_summary(s) for s in stories))

    # -- housekeeping ----------------------------------------------------------------------
    def stats(self) -> dict[str, int]:
        """Counts of articles, copies, stories, outlets and rejected inputs.

        Read from the per-story counters, not by scanning the articles (whose rows hold
        whole texts), so it stays fast on a large corpus.
        """
        with self._lock:
            c = self._conn
            articles, independent, stories = c.execute(
                "SELECT COALESCE(SUM(n_articles), 0), COALESCE(SUM(n_independent), 0), "
                "COUNT(*) FROM stories"
            ).fetchone()
            return {
                "articles": int(articles),
                "duplicates": int(articles) - int(independent),
                "stories": int(stories),
                "outlets": int(
                    c.execute("SELECT COUNT(DISTINCT source) FROM story_sources").fetchone()[0]
                ),
                "rejected": int(c.execute("SELECT COUNT(*) FROM rejected").fetchone()[0]),
            }

    def rejected(self, *, limit: int | None = None) -> list[Rejected]:
        """Inputs that could not be read, in the order they were first seen."""
        sql = "SELECT origin, reason, code FROM rejected ORDER BY rowid"
        params: tuple[Any, ...] = ()
        if limit is not None:
            sql += " LIMIT ?"
            params = (int(limit),)
        with self._lock:
            return [Rejected(o, r, c) for o, r, c in self._conn.execute(sql, params)]

    def iter_articles(self, *, batch: int = 1000) -> Iterator[dict[str, Any]]:
        """Every article as a plain dict (export), in insertion order, in bounded memory."""
        last = 0
        while True:
            with self._lock:
                rows = self._conn.execute(
                    "SELECT rowid, id, source, title, text, url, published, lang, story_id, "
                    "duplicate_of, origin FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?",
                    (last, batch),
                ).fetchall()
            if not rows:
                return
            for r in rows:
                yield {
                    "id": r[1],
                    "source": r[2],
                    "title": r[3],
                    "text": r[4],
                    "url": r[5],
                    "published": r[6],
                    "lang": r[7],
                    "story_id": r[8],
                    "duplicate_of": r[9],
                    "origin": r[10],
                }
            last = rows[-1][0]


def article_from_row(row: Sequence[Any]) -> Article:
    """An ``Article`` from the columns ``id, source, title, text, url, published, lang, meta``."""
    meta = json.loads(row[7]) if row[7] else {}
    return Article(
        id=row[0],
        source=row[1],
        title=row[2],
        text=row[3],
        url=row[4],
        published=parse_dt(row[5]),
        lang=row[6],
        meta=meta,
    )


def cross_check_articles(articles: list[Article], settings: Settings) -> Report:
    """Cross-check a story's articles with the compare stage (imported lazily: heavy).

    A story with a single independent article has nothing to cross-check: its report holds
    the article and no findings.
    """
    from kroscek.compare import compare
    from kroscek.errors import NotEnoughArticlesError

    if len(articles) < 2:
        return Report(articles=tuple(articles))
    try:
        return compare(articles, settings=settings)
    except NotEnoughArticlesError:
        return Report(articles=tuple(articles))
