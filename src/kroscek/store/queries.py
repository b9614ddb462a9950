"""Small read-only queries the CLI and the web app share beyond the ``Corpus`` read API.

They sit in the store, below both front ends, so that neither imports the other; they use
the corpus's own connection under its lock and never write. Counts that scan every story
are memoised per corpus until another connection commits.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from kroscek.data import Report
    from kroscek.store import Corpus
    from kroscek.store.models import StoryDetail


# the order ``kroscek stories --format json`` has always printed a story's keys in
_STORY_KEYS = (
    "id",
    "title",
    "n_sources",
    "n_articles",
    "first_published",
    "last_published",
    "sources",
    "langs",
    "high_findings",
)


def story_record(detail: StoryDetail) -> dict[str, object]:
    """The story shape of ``kroscek stories --format json`` and ``/index.json`` (stable for
    scripts): the summary's fields, then every article, copies included."""
    summary = detail.summary.to_dict()
    return {
        **{key: summary[key] for key in _STORY_KEYS},
        "articles": [a.to_dict() for a in detail.articles],
    }


def independent_outlets(detail: StoryDetail) -> int:
    """How many outlets have an independent article in the story (copies left out)."""
    return len({a.source for a in detail.independent()})


def report_scope(detail: StoryDetail, report: Report) -> dict[str, int]:
    """How many outlets the story's report compares, of those with an independent article.

    A story report compares each outlet's first article, of at most
    ``Settings.story_report_max_articles`` outlets (the earliest to report), so that a
    story of sixty articles is cross-checked in about a second; the CLI and the web page
    say so when outlets were left out, rather than let them look compared.
    """
    return {"outlets": len(report.articles), "of_outlets": independent_outlets(detail)}


def story_document(detail: StoryDetail, report: Report) -> dict[str, object]:
    """What ``kroscek story ID --format json`` prints and ``/stories/ID.json`` serves: the
    story, the report's keys, and ``compared`` (:func:`report_scope`)."""
    return {
        "story": story_record(detail),
        **report.to_dict(),
        "compared": report_scope(detail, report),
    }


def report_coverage(corpus: Corpus, source: str | None = None) -> tuple[int, int]:
    """How many stories (of one outlet, or all) have a cached report, of those comparable.

    Outlet conflict counts and the story list's high-severity badges come from the reports
    the store has cached; a story is comparable when it has at least two independent
    articles. The pages say what the counts cover, so a 0 over no reports is not read as
    "no conflicts". Scans every story, so it is memoised until the corpus changes.
    """
    return _memo(corpus, ("coverage", source), lambda: _report_coverage(corpus, source))


def outlet_names(corpus: Corpus) -> tuple[str, ...]:
    """Every outlet's name, sorted case-insensitively (memoised until the corpus changes)."""

    def compute() -> tuple[str, ...]:
        with corpus.lock:
            rows = corpus.connection.execute("SELECT DISTINCT source FROM story_sources")
            return tuple(sorted((r[0] for r in rows), key=lambda n: (n.casefold(), n)))

    return _memo(corpus, ("outlets",), compute)


def close_story_ids(corpus: Corpus, typed: str, n: int = 3) -> list[str]:
    """Story ids close to a mistyped or cut one ("s3e6bb7d5151" for "s3e6bb7d5151a"), for a
    "did you mean". Only ids sharing its first six characters are read (a range over the
    primary key, so a miss costs one index seek on any corpus), then ranked by likeness."""
    import difflib

    head = typed[:6]
    if len(head) < 6:
        return []
    with corpus.lock:
        rows = corpus.connection.execute(
            "SELECT id FROM stories WHERE id >= ? AND id < ? ORDER BY id LIMIT 200",
            (head, head + "\U0010ffff"),
        ).fetchall()
    return difflib.get_close_matches(typed, [r[0] for r in rows], n=n, cutoff=0.8)


def canonical_outlet(corpus: Corpus, name: str) -> str:
    """The stored spelling of an outlet typed in another case or spacing, else ``name``."""
    from kroscek.store.corpus import spelled_as_stored

    names = outlet_names(corpus)
    return name if name in names else spelled_as_stored(name, names)


def minus_word(query: str) -> str | None:
    """The word of a "-word" outside quotes, else ``None``.

    Web search engines leave such a word out; the full-text index drops the minus and
    searches for the word instead, so "banjir -gempa" would quietly find nothing (or the
    opposite of what was meant). The CLI and the search page refuse it and show NOT.
    """
    for part in query.split('"')[::2]:  # the parts between phrases
        for token in part.split():
            if len(token) > 1 and token[0] == "-" and token[1].isalnum():
                return token[1:]
    return None


def last_rowid(corpus: Corpus) -> int:
    """The highest article rowid: an ingest's new articles are the ones above it."""
    with corpus.lock:
        row = corpus.connection.execute("SELECT COALESCE(MAX(rowid), 0) FROM articles").fetchone()
    return int(row[0])


def file_named(corpus: Corpus, after_rowid: int = 0) -> tuple[int, list[tuple[str, str]]]:
    """How many articles stored after ``after_rowid`` named no outlet, so were called after
    their file ("0036.txt" → outlet "0036"), with up to three ``(origin, outlet)`` examples.

    A folder of numbered text files otherwise becomes a corpus of thousands of one-article
    "outlets" without a word; the ingest summary says so, so the user can add --source.
    """
    with corpus.lock:
        rows = corpus.connection.execute(
            "SELECT COUNT(*) FROM articles WHERE rowid > ? "
            "AND json_extract(meta, '$.source_from') = 'file'",
            (after_rowid,),
        ).fetchone()
        examples = corpus.connection.execute(
            "SELECT origin, source FROM articles WHERE rowid > ? "
            "AND json_extract(meta, '$.source_from') = 'file' ORDER BY rowid LIMIT 3",
            (after_rowid,),
        ).fetchall()
    return int(rows[0]), [(str(o), str(s)) for o, s in examples]


# Counting every match of a common word costs time and says little past this many.
SEARCH_COUNT_CAP = 1000


def search_count(corpus: Corpus, query: str, cap: int = SEARCH_COUNT_CAP, **filters: Any) -> int:
    """How many articles match ``query``, counted up to ``cap`` (``cap + 1`` means "more").

    Search pages list 20 hits at a time; without a total a researcher cannot tell 21 hits
    from 20,000. Call it after ``corpus.search`` accepted the query (a malformed query
    raises there, with the message the pages show).
    """
    from kroscek.store.search import fts_query

    where, params = corpus.article_filter(**filters)
    join = " JOIN articles a ON a.rowid = articles_fts.rowid" if where else ""
    with corpus.lock:
        row = corpus.connection.execute(
            f"SELECT COUNT(*) FROM (SELECT 1 FROM articles_fts{join} "
            f"WHERE articles_fts MATCH ?{where} LIMIT ?)",
            (fts_query(query), *params, cap + 1),
        ).fetchone()
    return int(row[0])


_T = TypeVar("_T")
_MEMO_LOCK = threading.Lock()
_MEMO: weakref.WeakKeyDictionary[Corpus, dict[tuple[str | None, ...], tuple[int, Any]]] = (
    weakref.WeakKeyDictionary()
)


def _memo(corpus: Corpus, key: tuple[str | None, ...], compute: Callable[[], _T]) -> _T:
    """``compute()``, remembered per connection until another connection commits.

    ``PRAGMA data_version`` changes whenever another connection (an ingest) commits, so a
    running server sees new articles and newly cached reports on the next request.
    """
    with corpus.lock:
        (version,) = corpus.connection.execute("PRAGMA data_version").fetchone()
    with _MEMO_LOCK:
        memo = _MEMO.setdefault(corpus, {})
        hit = memo.get(key)
    if hit is not None and hit[0] == version:
        return hit[1]
    value = compute()
    with _MEMO_LOCK:
        if len(memo) > 1000:
            memo.clear()
        memo[key] = (version, value)
    return value


def _report_coverage(corpus: Corpus, source: str | None) -> tuple[int, int]:
    sql = (
        "SELECT COUNT(r.story_id), COUNT(*) FROM stories s "
        f"LEFT JOIN reports r ON r.story_id = s.id AND {corpus.fresh_report}"
    )
    params: tuple[str, ...] = ()
    if source is not None:
        sql += " JOIN story_sources ss ON ss.story_id = s.id AND ss.source = ?"
        params = (source,)
    sql += " WHERE s.n_independent >= 2"
    with corpus.lock:
        cached, comparable = corpus.connection.execute(sql, params).fetchone()
    return int(cached), int(comparable)


def copy_only_sources(corpus: Corpus, story_ids: Sequence[str]) -> dict[str, frozenset[str]]:
    """For each story, the outlets that carried it only as near-duplicate copies.

    A story's ``n_sources`` counts the outlets of its independent articles while its
    ``sources`` lists every outlet, copies included; the story list marks the difference.
    """
    ids = list(dict.fromkeys(story_ids))
    if not ids:
        return {}
    out: dict[str, set[str]] = {}
    with corpus.lock:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = corpus.connection.execute(
                "SELECT story_id, source FROM story_sources "
                f"WHERE n_indep = 0 AND story_id IN ({marks})",
                chunk,
            ).fetchall()
            for story_id, source in rows:
                out.setdefault(story_id, set()).add(source)
    return {k: frozenset(v) for k, v in out.items()}


def story_titles(corpus: Corpus, story_ids: Sequence[str]) -> dict[str, str]:
    """The title of each of these stories (search hits name the story they belong to)."""
    ids = list(dict.fromkeys(i for i in story_ids if i))
    if not ids:
        return {}
    out: dict[str, str] = {}
    with corpus.lock:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = corpus.connection.execute(
                f"SELECT id, title FROM stories WHERE id IN ({marks})", chunk
            ).fetchall()
            out.update((str(i), str(t)) for i, t in rows)
    return out


def new_since(corpus: Corpus, story_ids: Sequence[str], since: date) -> dict[str, int]:
    """How many of each story's articles were published on or after ``since`` (a WIB
    day, as the filter reads it): what grew overnight, at a glance on the story list."""
    ids = list(dict.fromkeys(story_ids))
    if not ids:
        return {}
    where, params = corpus.article_filter(since=since)
    marks = ",".join("?" * len(ids))
    with corpus.lock:
        rows = corpus.connection.execute(
            f"SELECT a.story_id, COUNT(*) FROM articles a WHERE a.story_id IN ({marks}){where} "
            "GROUP BY a.story_id",
            [*ids, *params],
        ).fetchall()
    return {story_id: int(n) for story_id, n in rows}


def latest_day(corpus: Corpus) -> date | None:
    """The WIB day of the newest dated article: "today" for the list's quick links, taken
    from the corpus (an archive's last day), not from the server's clock."""

    def compute() -> date | None:
        from kroscek.store.times import WIB

        with corpus.lock:
            row = corpus.connection.execute(
                "SELECT last_ts FROM stories WHERE last_ts IS NOT NULL "
                "ORDER BY last_ts DESC LIMIT 1"
            ).fetchone()
        if row is None:
            return None
        return datetime.fromtimestamp(row[0], WIB).date()

    return _memo(corpus, ("latest_day",), compute)
