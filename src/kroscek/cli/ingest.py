"""``kroscek ingest PATH... --db FILE``: add articles to a corpus database."""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

import click

from kroscek.cli._common import (
    examples,
    friendly_errors,
    max_bytes_option,
    note,
    show_cluster_notes,
)
from kroscek.cli._progress import plain_reporter, with_status_line

if TYPE_CHECKING:
    from kroscek.store import Corpus
    from kroscek.store.loader import Progress
    from kroscek.store.writer import IngestCounts


_F = TypeVar("_F", bound=Callable[..., object])

db_option = click.option(
    "--db", default="kroscek.db", show_default=True, help="Corpus database file."
)


def writer_options(work: str, *, with_json: bool = True) -> Callable[[_F], _F]:
    """``--workers``, ``--dask``, ``--dask-timeout`` and (``with_json``) ``--json``, shared
    by the commands that write a corpus."""
    workers = click.option(
        "--workers",
        default=0,
        show_default=True,
        type=click.IntRange(0, 64),
        help=f"Processes that {work} articles (0: one per CPU, at most 4).",
    )
    dask = click.option(
        "--dask",
        "dask",
        default=None,
        metavar="ADDRESS",
        help=f"{work.capitalize()} on the Dask cluster whose scheduler is at ADDRESS "
        "(tcp://host:8786), or on a local one of --workers processes ('local'); "
        "the database stays here. Needs kroscek[scale].",
    )
    dask_timeout = click.option(
        "--dask-timeout",
        default=10.0,
        show_default=True,
        type=click.FloatRange(0.1, 3600),
        help="Seconds to wait for the Dask scheduler and its first worker, and for a worker "
        "again when every worker has left mid-run (the run then stops; run it again).",
    )
    as_json = click.option(
        "--json", "as_json", is_flag=True, help="Print the summary as one JSON object."
    )

    def decorate(command: _F) -> _F:
        return workers(dask(dask_timeout(as_json(command) if with_json else command)))

    return decorate


def _line(counts: IngestCounts, elapsed: float) -> str:
    rate = counts.seen / max(elapsed, 1e-9)
    return (
        f"{counts.seen} items · {rate:.0f} articles/s · new {counts.new} · "
        f"duplicate {counts.duplicates} · rejected {counts.rejected}"
    )


def _describe(progress: Progress, elapsed: float) -> str:
    return _line(progress.counts, elapsed)


@click.command(
    "ingest",
    epilog=examples(
        "kroscek ingest scraped/ --db news.db",
        "kroscek ingest export.jsonl.gz crawl.warc.gz --db news.db",
        "kroscek ingest --db news.db            # what the corpus holds",
        "kroscek ingest --errors --db news.db   # what was rejected, and why",
    ),
)
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@db_option
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
    help="Articles per unit of work: cleaned and signed by one worker, stored all or nothing.",
)
@click.option(
    "--commit-every",
    default=2000,
    show_default=True,
    type=click.IntRange(1, 10_000_000),
    help="Articles per transaction (also committed every 5 s); a crash loses at most these.",
)
@click.option(
    "--reread",
    is_flag=True,
    help="Read every file again, also those the corpus holds whole and unchanged since "
    "(skipped by default; their articles are stored once either way).",
)
@writer_options("clean and sign")
@max_bytes_option
@friendly_errors
def ingest(
    paths: tuple[str, ...],
    db: str,
    source: str | None,
    show_errors: bool,
    batch_size: int,
    commit_every: int,
    reread: bool,
    workers: int,
    dask: str | None,
    dask_timeout: float,
    as_json: bool,
    max_bytes: int,
) -> None:
    """Add the articles of PATH... (files, folders, .json, .jsonl[.gz], .warc[.gz], URLs, a
    text file listing URLs) to --db.

    Idempotent and crash-safe: running it again on the same inputs adds nothing, and an
    interrupted run resumes after its last commit (every --commit-every articles or 5 s).
    A file already ingested whole and unchanged since (same size, time and edges) is
    skipped unread, so a nightly rerun over a growing folder reads only the new or changed
    files (--reread reads them all).
    With no PATH it only creates (or migrates) the database. Exits 0 with the counts unless
    nothing at all could be read. With --dask, the articles are cleaned and signed on a Dask
    cluster (the same database as a local run; see docs/scale.md).
    """
    from kroscek.errors import InputError
    from kroscek.settings import DEFAULT
    from kroscek.store import Corpus
    from kroscek.store.loader import ingest as run_ingest

    if dask is not None:
        from kroscek.scale import ingest as dask_ingest

        show_cluster_notes()
        run_ingest = functools.partial(dask_ingest, scheduler=dask, timeout=dask_timeout)

    if not paths:
        # an ingest creates its corpus (and says how to fill it); listing errors only reads
        with Corpus(db, create=not show_errors) as corpus:
            if show_errors:
                _print_errors(corpus)
            else:
                _print_stats(db, corpus.stats(), as_json)
        return

    from kroscek.ingest.urllist import expand_url_lists

    started = time.monotonic()
    settings = dataclasses.replace(
        DEFAULT, max_input_bytes=max_bytes, ingest_commit_articles=commit_every
    )
    given, _ = expand_url_lists(paths)
    _refuse_only_missing_paths(given, db)
    run = functools.partial(
        run_ingest,
        given,
        db,
        source=source,
        batch_size=batch_size,
        workers=workers,
        settings=settings,
        reread=reread,
    )
    before = _last_rowid(db)
    try:
        if sys.stderr.isatty() and not as_json:
            counts = with_status_line(lambda cb: run(on_batch=cb), _describe, "reading…")
        else:
            counts = run(on_batch=plain_reporter("ingest", _describe))
    except KeyboardInterrupt:
        click.echo(
            f"kroscek: interrupted — the articles committed so far stay in {db}; "
            "run the same command again to resume (stored articles are skipped)",
            err=True,
        )
        sys.exit(130)
    elapsed = time.monotonic() - started
    with Corpus(db) as corpus:
        stats = corpus.stats()
        if as_json:
            summary = {
                **counts.to_dict(),
                "rejected_by_reason": dict(sorted(counts.reasons.items())),
                "seconds": round(elapsed, 2),
                "articles_per_s": round(counts.seen / elapsed, 1) if elapsed > 0 else None,
                "corpus": stats,
            }
            click.echo(json.dumps(summary, ensure_ascii=False))
        else:
            if counts.seen or not counts.files_skipped:
                click.echo(
                    f"ingested {counts.seen} items in {elapsed:.1f} s: {counts.new} new, "
                    f"{counts.duplicates} duplicate ({counts.copies} copies marked, "
                    f"{counts.already} already stored), {counts.rejected} rejected; "
                    f"{counts.stories_new} new stories"
                )
            if counts.files_skipped:
                click.echo(_skipped_line(counts.files_skipped))
            click.echo(
                f"{db}: {stats['articles']} articles in {stats['stories']} stories from "
                f"{stats['outlets']} outlets, {stats['rejected']} rejected inputs"
            )
            if counts.rejected:
                reasons = ", ".join(f"{k} {v}" for k, v in sorted(counts.reasons.items()))
                click.echo(f"rejected: {reasons} — see `kroscek ingest --errors --db {db}`")
            if source is None:
                _note_file_named(corpus, before)
        if show_errors:
            _print_errors(corpus)
    if counts.new + counts.copies + counts.already + counts.files_skipped == 0:
        raise InputError(
            f"nothing could be read from {len(paths)} input(s) ({counts.rejected} rejected)",
            hint=f"see `kroscek ingest --errors --db {db}`",
        )


def _refuse_only_missing_paths(given: list[str], db: str) -> None:
    """Stop before creating ``db`` when no input exists at all (``kroscek ingest scrapd/``).

    A mistyped folder would otherwise leave a new, empty corpus behind holding one rejected
    row, and the next `kroscek stories` would say it has no articles yet: the typo, not the
    corpus, is what the user must fix. With one real input among them, the missing ones are
    counted and listed as rejected as usual. A corpus that exists already is left to the
    normal run, which records the rejections in it.
    """
    from kroscek.ingest.dispatch import is_url

    if os.path.exists(db):
        return
    missing = [p for p in given if not is_url(p) and not os.path.exists(p)]
    if not missing or len(missing) < len(given):
        return
    from kroscek.errors import InputError

    shown = ", ".join(missing[:3]) + (f" and {len(missing) - 3} more" if len(missing) > 3 else "")
    raise InputError(
        f"no such file or folder: {shown}",
        hint=f"check the path; nothing was written, {db} was not created",
    )


def _skipped_line(n: int) -> str:
    files = "file" if n == 1 else "files"
    return (
        f"skipped {n} {files} already in the corpus (unchanged since ingested; "
        "--reread reads them again)"
    )


def _last_rowid(db: str) -> int:
    """The corpus's last article rowid before an ingest (0 for a new database)."""
    import os

    from kroscek.store import Corpus
    from kroscek.store.queries import last_rowid

    if not os.path.exists(db):
        return 0
    try:
        with Corpus(db, readonly=True) as corpus:
            return last_rowid(corpus)
    except Exception:  # not a corpus yet, or of another version: the ingest says why
        return 0


def _note_file_named(corpus: Corpus, before: int) -> None:
    """One line when articles of this ingest named no outlet and took their file's name."""
    from kroscek.store.queries import file_named

    n, sample = file_named(corpus, before)
    if not n:
        return
    shown = ", ".join(f"{origin} → {name!r}" for origin, name in sample)
    note(
        f"{n} new article(s) named no outlet and were called after their file "
        f"({shown}{', …' if n > len(sample) else ''}) — name the outlet with --source, or "
        "export the articles as JSONL with a 'source' field"
    )


def _print_stats(db: str, stats: dict[str, int], as_json: bool) -> None:
    """What the corpus holds (``kroscek ingest --db FILE`` with no PATH), and for an empty
    one how to fill it: an editor who ran the bare command should not think it failed."""
    if as_json:
        click.echo(json.dumps(stats))
        return
    click.echo(
        f"{db}: {stats.get('articles', 0)} articles ({stats.get('duplicates', 0)} of them "
        f"copies) in {stats.get('stories', 0)} stories from {stats.get('outlets', 0)} outlets, "
        f"{stats.get('rejected', 0)} rejected inputs"
    )
    if not stats.get("articles"):
        click.echo(f"add articles with `kroscek ingest FOLDER_OR_FILES --db {db}`")


def _print_errors(corpus: Corpus) -> None:
    rows = corpus.rejected()
    if not rows:
        click.echo("no rejected inputs")
        return
    for rej in rows:
        click.echo(f"{rej.origin}\t{rej.code}\t{rej.reason}")


@click.command(
    "reindex",
    epilog=examples(
        "kroscek reindex --db news.db -o news-baru.db",
    ),
)
@db_option
@click.option(
    "-o",
    "--output",
    default=None,
    help="Write the rebuilt corpus here (a new file) and leave --db as it is.",
)
@click.option(
    "--no-backup",
    is_flag=True,
    help="Replace --db without keeping the old file as DB.signatures-vN.bak.",
)
@writer_options("sign")
@friendly_errors
def reindex(
    db: str,
    output: str | None,
    no_backup: bool,
    workers: int,
    dask: str | None,
    dask_timeout: float,
    as_json: bool,
) -> None:
    """Find the stories of --db again with this kroscek's clustering.

    Needed when kroscek signs articles another way than the one that built the corpus
    (`kroscek ingest` then refuses to add to it). The stored articles are signed again in
    the order they arrived, without re-reading or re-cleaning any input; the stories come
    out as a fresh ingest of the same inputs would find them today. The rebuilt corpus
    replaces --db only when complete (an interrupted run leaves it untouched). With --dask,
    the signing runs on a Dask cluster.
    """
    from kroscek.store.loader import default_workers
    from kroscek.store.reindex import ReindexResult
    from kroscek.store.reindex import reindex as run_reindex

    if dask is not None:
        from kroscek.scale import reindex as dask_reindex

        show_cluster_notes()
        run_reindex = functools.partial(dask_reindex, scheduler=dask, timeout=dask_timeout)
    started = time.monotonic()

    def run(on_batch: Callable[[Progress], None]) -> ReindexResult:
        return run_reindex(
            db,
            output,
            keep_backup=not no_backup,
            workers=default_workers() if workers <= 0 else workers,
            on_batch=on_batch,
        )

    if sys.stderr.isatty() and not as_json:
        result = with_status_line(run, _describe, "reading…")
    else:
        result = run(plain_reporter("reindex", _describe))
    elapsed = time.monotonic() - started
    if as_json:
        click.echo(json.dumps({**result.to_dict(), "seconds": round(elapsed, 2)}))
        return
    click.echo(
        f"reindexed {result.articles_before} articles in {elapsed:.1f} s "
        f"(signatures v{result.version_before} → v{result.version_after}): "
        f"{result.stories_before} stories before, {result.stories_after} now; "
        f"{result.rejected_kept} rejected inputs kept"
    )
    click.echo(f"corpus: {result.database}")
    if result.backup:
        click.echo(f"the old file is kept as {result.backup}")
