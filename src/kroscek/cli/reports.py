"""``kroscek reports``: compute and cache the report of every comparable story."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

import click

from kroscek.cli._common import examples, friendly_errors, show_cluster_notes
from kroscek.cli._progress import plain_reporter, with_status_line
from kroscek.cli.ingest import db_option, writer_options

if TYPE_CHECKING:
    from kroscek.store.reports import ReportCounts


def _describe(counts: ReportCounts, elapsed: float) -> str:
    return f"{counts.done}/{counts.pending} stories ({len(counts.failed)} failed), {elapsed:.0f} s"


@click.command(
    "reports",
    epilog=examples(
        "kroscek reports --db news.db",
        "kroscek reports --db news.db --workers 4",
    ),
)
@db_option
@writer_options("compare")
@friendly_errors
def reports(db: str, workers: int, dask: str | None, dask_timeout: float, as_json: bool) -> None:
    """Compute and cache the cross-check report of every story with two or more independent
    articles that has no up-to-date one (after an ingest, or after upgrading kroscek).

    The web app then opens every story at once, and its severity badges and outlet conflict
    counts cover the whole corpus. Newest stories first; a rerun resumes where one stopped.
    A story that cannot be compared is listed and skipped (exit 1). With --dask, the
    comparing runs on a Dask cluster (the articles are read here and shipped).
    """
    counts = compute_reports(db, workers, dask, dask_timeout, status=not as_json)
    if as_json:
        click.echo(json.dumps(counts.to_dict(), ensure_ascii=False))
    elif counts.pending == 0:
        click.echo("nothing to do: every comparable story already has an up-to-date report")
    else:
        click.echo(
            f"{counts.computed} report(s) computed and cached, {len(counts.failed)} failed "
            f"(of {counts.pending} stories without an up-to-date report)"
        )
    for sid, error in counts.failed:
        click.echo(f"kroscek: skipped story {sid}: {error}", err=True)
    if counts.failed:
        sys.exit(1)


def compute_reports(
    db: str, workers: int, dask: str | None, dask_timeout: float, *, status: bool = True
) -> ReportCounts:
    """Cache every missing report, here or on a Dask cluster, showing progress on stderr
    (a live line on a terminal when ``status``, else a plain line every few seconds); also
    what ``kroscek export --with-reports`` runs first."""
    from kroscek.store.loader import default_workers

    workers = default_workers() if workers <= 0 else workers
    if dask is not None:
        from kroscek.scale import reports as dask_reports

        show_cluster_notes()
        run_reports: Callable[..., ReportCounts] = functools.partial(
            dask_reports, db, scheduler=dask, timeout=dask_timeout, workers=workers
        )
    else:
        run_reports = functools.partial(_local, db, workers)
    if sys.stderr.isatty() and status:
        return with_status_line(
            lambda update: run_reports(on_progress=update), _describe, "comparing stories…"
        )
    return run_reports(on_progress=plain_reporter("reports", _describe))


def _local(db: str, workers: int, *, on_progress: Callable[[ReportCounts], None]) -> ReportCounts:
    from kroscek.store import Corpus
    from kroscek.store.reports import cache_reports

    with Corpus(db, create=False) as corpus:
        return cache_reports(corpus, workers=workers, on_progress=on_progress)
