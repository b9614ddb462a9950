"""``kroscek ingest PATH... --db FILE``: add articles to a corpus database."""

from __future__ import annotations

import json
import sys
import time

import click

from kroscek.cli._common import friendly_errors


def _plain_reporter(every_s: float = 5.0):  # type: ignore[no-untyped-def]
    """Periodic one-line progress for logs (stderr is not a terminal)."""
    start = time.monotonic()
    last = [start]

    def report(progress) -> None:  # type: ignore[no-untyped-def]
        now = time.monotonic()
        if now - last[0] < every_s:
            return
        last[0] = now
        c = progress.counts
        rate = c.seen / max(now - start, 1e-9)
        click.echo(
            f"kroscek: ingest: {c.seen} items, {rate:.0f}/s — new {c.new}, duplicate "
            f"{c.duplicates}, rejected {c.rejected}",
            err=True,
        )

    return report


@click.command("ingest")
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--db", default="kroscek.db", show_default=True, help="Corpus database file.")
@click.option("--source", default=None, help="Outlet name for every article read.")
@click.option(
    "--errors",
    "show_errors",
    is_flag=True,
    help="List the rejected inputs recorded in the database (and why).",
)
@click.option(
    "--batch-size",
    default=500,
    show_default=True,
    type=click.IntRange(1, 100_000),
    help="Articles per transaction.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as one JSON object.")
@friendly_errors
def ingest(
    paths: tuple[str, ...],
    db: str,
    source: str | None,
    show_errors: bool,
    batch_size: int,
    as_json: bool,
) -> None:
    """Add the articles of PATH... (files, folders, .jsonl[.gz], .warc[.gz], URLs) to --db.

    Idempotent and crash-safe: running it again on the same inputs adds nothing, and an
    interrupted run resumes where its last committed batch ended. With no PATH it only
    creates (or migrates) the database.
    """
    from kroscek.errors import InputError
    from kroscek.store import Corpus
    from kroscek.store.loader import ingest as run_ingest

    if not paths:
        with Corpus(db) as corpus:
            if show_errors:
                _print_errors(corpus)
            else:
                _print_stats(corpus.stats(), as_json)
        return

    started = time.monotonic()
    if sys.stderr.isatty() and not as_json:
        counts = _with_rich_progress(paths, db, source, batch_size, run_ingest)
    else:
        counts = run_ingest(
            paths, db, source=source, batch_size=batch_size, on_batch=_plain_reporter()
        )
    elapsed = time.monotonic() - started
    with Corpus(db) as corpus:
        stats = corpus.stats()
        summary = {
            **counts.to_dict(),
            "rejected_by_reason": dict(sorted(counts.reasons.items())),
            "seconds": round(elapsed, 2),
            "articles_per_s": round(counts.seen / elapsed, 1) if elapsed > 0 else None,
            "corpus": stats,
        }
        if as_json:
            click.echo(json.dumps(summary, ensure_ascii=False))
        else:
            click.echo(
                f"ingested {counts.seen} items in {elapsed:.1f} s: {counts.new} new, "
                f"{counts.duplicates} duplicate ({counts.copies} copies marked, "
                f"{counts.already} already stored), {counts.rejected} rejected; "
                f"{counts.stories_new} new stories"
            )
            click.echo(
                f"{db}: {stats['articles']} articles in {stats['stories']} stories from "
                f"{stats['outlets']} outlets, {stats['rejected']} rejected inputs"
            )
            if counts.rejected:
                reasons = ", ".join(f"{k} {v}" for k, v in sorted(counts.reasons.items()))
                click.echo(f"rejected: {reasons} — see `kroscek ingest --errors --db {db}`")
        if show_errors:
            _print_errors(corpus)
    if counts.new + counts.copies + counts.already == 0:
        raise InputError(
            f"nothing could be read from {len(paths)} input(s) ({counts.rejected} rejected)",
            hint=f"see `kroscek ingest --errors --db {db}`",
        )


def _with_rich_progress(paths, db, source, batch_size, workers, run_ingest):  # type: ignore[no-untyped-def]
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    start = time.monotonic()
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task("reading…", total=None)

        def update(progress) -> None:  # type: ignore[no-untyped-def]
            c = progress.counts
            rate = c.seen / max(time.monotonic() - start, 1e-9)
            bar.update(
                task,
                description=(
                    f"{c.seen} items · {rate:.0f} articles/s · new {c.new} · "
                    f"duplicate {c.duplicates} · rejected {c.rejected}"
                ),
            )

        return run_ingest(
            paths, db, source=source, batch_size=batch_size, workers=workers, on_batch=update
        )


def _print_stats(stats: dict[str, int], as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(stats))
    else:
        click.echo(", ".join(f"{k} {v}" for k, v in stats.items()))


def _print_errors(corpus) -> None:  # type: ignore[no-untyped-def]
    rows = corpus.rejected()
    if not rows:
        click.echo("no rejected inputs")
        return
    for rej in rows:
        click.echo(f"{rej.origin}\t{rej.code}\t{rej.reason}")
