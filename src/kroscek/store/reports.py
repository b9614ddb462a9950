"""Compute and cache the cross-check report of every comparable story, ahead of readers.

The web app opens a corpus read-only: a story whose report is not cached is compared on the
request that first opens it (when its report compares at most ``max_live_compare`` articles,
beyond which the page says to run a command), and the story list's severity badges and the
outlets' conflict counts come from cached reports only. After an ingest, or after an upgrade
of kroscek (cached reports of other analysis code are stale: ``kroscek.store.engine``), one
``kroscek reports --db PATH`` fills the cache so readers never wait and every count is whole.

The most recently updated stories go first, so an interrupted run has done the ones readers
open most; a rerun resumes, since a fresh report is never recomputed. A story whose compare
fails is counted with its error and skipped: the others are still cached.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING

from kroscek.settings import Settings

if TYPE_CHECKING:
    from kroscek.data import Article, Report
    from kroscek.store.corpus import Corpus
    from kroscek.store.loader import BatchMap

# Stories per task sent to a worker process: enough to amortise the hand-off, few enough
# that progress moves and a slow story does not hold many others back.
STORIES_PER_TASK = 8


@dataclass
class ReportCounts:
    """What a refresh did; ``failed`` holds (story id, error) of the stories skipped."""

    pending: int = 0  # comparable stories without a fresh report when the run started
    computed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def done(self) -> int:
        return self.computed + len(self.failed)

    def to_dict(self) -> dict[str, object]:
        return {
            "pending": self.pending,
            "computed": self.computed,
            "failed": [{"story": s, "error": e} for s, e in self.failed],
        }


def stale_stories(corpus: Corpus) -> list[str]:
    """Comparable stories (two or more independent articles) without a fresh cached report,
    most recently updated first."""
    with corpus.lock:
        rows = corpus.connection.execute(
            f"SELECT s.id FROM {corpus.stories_with_reports} "
            "WHERE s.n_independent >= 2 AND r.story_id IS NULL "
            "ORDER BY s.last_ts IS NULL, s.last_ts DESC, s.id"
        ).fetchall()
    return [r[0] for r in rows]


# One story to compare, as shipped to a worker: (story id, version, its report articles).
Task = tuple[str, int, "list[Article]"]
# One computed report: (story id, story version compared, report or error message).
Outcome = tuple[str, int, "Report | None", str | None]


def compare_stories(tasks: list[Task], settings: Settings) -> list[Outcome]:
    """Compare each shipped story (pure: runs in a worker process or on a Dask worker, which
    need no access to the database)."""
    from kroscek.store.corpus import cross_check_articles

    out: list[Outcome] = []
    for sid, version, articles in tasks:
        try:
            out.append((sid, version, cross_check_articles(articles, settings), None))
        except Exception as exc:  # one story's failure must not cost the others
            out.append((sid, version, None, _reason(exc)))
    return out


def _reason(exc: Exception) -> str:
    from kroscek.errors import KroscekError

    return str(exc) if isinstance(exc, KroscekError) else f"{type(exc).__name__}: {exc}"


def _tasks(corpus: Corpus, story_ids: list[str], counts: ReportCounts) -> Iterator[list[Task]]:
    """The stories in chunks, each with its articles read here (the client owns the file);
    a story whose rows cannot be read is counted as failed and left out."""
    it = iter(story_ids)
    while chunk := list(islice(it, STORIES_PER_TASK)):
        tasks: list[Task] = []
        for sid in chunk:
            version = corpus.story_version(sid)
            if version is None:  # gone since the list was made (never in a live corpus)
                continue
            try:
                tasks.append((sid, version, corpus.report_articles(sid)))
            except Exception as exc:  # a corrupt row costs its story only
                counts.failed.append((sid, _reason(exc)))
        if tasks:
            yield tasks


def cache_reports(
    corpus: Corpus,
    *,
    workers: int = 1,
    executor: BatchMap | None = None,
    on_progress: Callable[[ReportCounts], None] | None = None,
) -> ReportCounts:
    """Compute and cache the report of every comparable story that has no fresh one.

    The stories' articles are read here and compared by ``executor`` (default: ``workers``
    local processes; :class:`kroscek.scale.DaskExecutor` for a cluster) with the corpus's
    own settings, as :meth:`Corpus.story_report` would; this process writes every report, in
    one short transaction each.
    """
    from kroscek.errors import UsageError
    from kroscek.store.loader import BatchError, LocalExecutor

    if corpus.readonly:
        raise UsageError(
            "cannot cache reports in a corpus opened read-only",
            hint="open it writable (kroscek reports --db PATH)",
        )
    pending = stale_stories(corpus)
    counts = ReportCounts(pending=len(pending))
    run = executor if executor is not None else LocalExecutor(workers)
    try:
        for outcomes in run(compare_stories, _tasks(corpus, pending, counts), corpus.settings):
            for sid, version, report, error in outcomes:
                if report is None:
                    counts.failed.append((sid, error or "unknown error"))
                else:
                    corpus.cache_report(sid, version, report)
                    counts.computed += 1
            if on_progress is not None:
                on_progress(counts)
    except BatchError as exc:
        raise exc.with_hint(
            f"the {counts.computed} report(s) cached before it stay: run the same command "
            "again to go on"
        ) from exc.__cause__
    return counts
