"""Progress of a long command on stderr: a live status line on a terminal, else a log line
every few seconds. Shared by ingest, reindex and reports; each says what one update means
through ``describe(update, seconds_elapsed)``."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

import click

T = TypeVar("T")
R = TypeVar("R")


def plain_reporter(
    command: str, describe: Callable[[T, float], str], every_s: float = 5.0
) -> Callable[[T], None]:
    """Periodic one-line progress for logs (stderr is not a terminal)."""
    start = time.monotonic()
    last = [start]

    def report(update: T) -> None:
        now = time.monotonic()
        if now - last[0] >= every_s:
            last[0] = now
            click.echo(f"kroscek: {command}: {describe(update, now - start)}", err=True)

    return report


def with_status_line(
    run: Callable[[Callable[[T], None]], R], describe: Callable[[T, float], str], first: str
) -> R:
    """``run(update)`` under a live rich status line on stderr (a terminal), ``first`` shown
    until the first update."""
    from rich.console import Console
    from rich.progress import Progress as Bar
    from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn

    start = time.monotonic()
    with Bar(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task(first, total=None)

        def update(item: T) -> None:
            bar.update(task, description=describe(item, time.monotonic() - start))

        return run(update)
