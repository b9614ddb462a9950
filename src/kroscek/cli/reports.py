"""``kroscek reports``: compute and cache the report of every comparable story."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import click

from kroscek.cli._common import friendly_errors

if TYPE_CHECKING:
    from kroscek.store.reports import ReportCounts


def _plain_progress(every_s: float = 5.0) -> Callable[[ReportCounts], None]:
    """One line every few seconds: stderr is a log, not a terminal."""
    start = last = time.monotonic()

    def report(counts: ReportCounts) -> None:
        nonlocal last
        now = time.monotonic()
        if now - last >= every_s:
            last = now
            click.echo(
                f"kroscek: reports: {counts.done}/{counts.pending} stories "
                f"({len(counts.failed)} failed), {now - start:.0f} s",
                err=True,
            )

    return report


@click.command("reports")
@click.option(
    "--db",
    default="kroscek.db",
    show_default=True,
    help="Corpus database file (made by `kroscek ingest`).",
)
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(0),
    help="Processes comparing stories (0: one per CPU, at most four).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["terminal", "json"]),
    default="terminal",
    show_default=True,
)
@friendly_errors
def reports(db: str, workers: int, fmt: str) -> None:
    """Compute and cache the cross-check report of every story with two or more independent
    articles that has no up-to-date one (after an ingest, or after upgrading kroscek).

    The web app then opens every story at once, and its severity badges and outlet conflict
    counts cover the whole corpus. Newest stories first; a rerun resumes where one stopped.
    """
    from kroscek.store import Corpus
    from kroscek.store.loader import default_workers
    from kroscek.store.reports import cache_reports, stale_stories

    workers = default_workers() if workers == 0 else workers
    with Corpus(db, create=False) as corpus:
        if fmt == "terminal" and sys.stderr.isatty():
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

            with Progress(
                "[progress.description]{task.description}",
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                transient=True,
            ) as bar:
                task = bar.add_task("comparing stories", total=len(stale_stories(corpus)))
                counts = cache_reports(
                    corpus,
                    workers=workers,
                    settings=corpus.settings,
                    on_progress=lambda c: bar.update(task, completed=c.done),
                )
        else:
            counts = cache_reports(
                corpus, workers=workers, settings=corpus.settings, on_progress=_plain_progress()
            )
    if fmt == "json":
        click.echo(json.dumps(counts.to_dict(), ensure_ascii=False))
    else:
        click.echo(
            f"{counts.computed} report(s) computed and cached, {len(counts.failed)} failed "
            f"(of {counts.pending} stories without an up-to-date report)"
        )
        for sid, error in counts.failed:
            click.echo(f"kroscek: skipped story {sid}: {error}", err=True)
    if counts.failed:
        sys.exit(1)
