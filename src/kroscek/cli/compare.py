"""``kroscek compare FILE_OR_URL...``: cross-check articles about one event.

Each bad input gets one line on stderr ("kroscek: skipped a.txt: empty file") and the good
ones are still compared. Exit codes: 0 when every input was read; 1 when the report was
made but some inputs were skipped (so scripts notice); 2 when fewer than two articles remain.
"""

from __future__ import annotations

import dataclasses
import sys

import click

from kroscek.cli._common import (
    examples,
    friendly_errors,
    max_bytes_option,
    note,
    refuse_html_on_a_terminal,
    stdout_console,
    write_output,
)
from kroscek.data import SEVERITIES, Rejected, Report

FORMATS = ("terminal", "json", "html", "csv")


def _skipped(r: Rejected) -> None:
    click.echo(f"kroscek: skipped {r.origin}: {r.reason}", err=True)


@click.command(
    "compare",
    epilog=examples(
        "kroscek compare berita/*.txt",
        'kroscek compare a.txt b.txt --source "Kabar Pagi" --source "Warta Kota"',
        "kroscek compare a.txt https://example.org/berita --format html -o laporan.html",
        "kroscek compare a.txt b.txt --format csv -o temuan.csv",
    ),
)
@click.argument("inputs", nargs=-1, required=True, metavar="FILE_OR_URL...")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS, case_sensitive=False),
    default="terminal",
    show_default=True,
    help="Report format: terminal view, JSON (stdout), one self-contained HTML page, or CSV "
    "(a row per piece of evidence, for a spreadsheet).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Write the report to this file instead of stdout.",
)
@click.option(
    "--source",
    "sources",
    multiple=True,
    help="Outlet name; give it once for all inputs or once per input, in order.",
)
@click.option(
    "--min-severity",
    type=click.Choice(SEVERITIES, case_sensitive=False),
    default="info",
    show_default=True,
    help="Leave out findings below this severity.",
)
@max_bytes_option
@friendly_errors
def compare(
    inputs: tuple[str, ...],
    fmt: str,
    output: str | None,
    sources: tuple[str, ...],
    min_severity: str,
    max_bytes: int,
) -> None:
    """Cross-check articles about one event: shared text, agreeing and conflicting facts,
    headline mismatches, framing and attribution.

    Each input is a .txt, .html, .json, .jsonl or .warc file, a folder of them, an http(s)
    URL, or a text file listing URLs one a line. The most serious findings come first, each
    with the words that prove it; a bad input is one line on stderr and the rest are still
    compared (exit 1), fewer than two articles is exit 2.
    """
    from kroscek.compare import compare as run_compare
    from kroscek.errors import KroscekError, NotEnoughArticlesError, UsageError
    from kroscek.ingest.urllist import expand_url_lists
    from kroscek.settings import DEFAULT

    refuse_html_on_a_terminal(fmt, output)
    if len(sources) > 1 and len(sources) != len(inputs):
        raise UsageError(
            f"{len(sources)} --source names for {len(inputs)} inputs",
            hint="give --source once for all inputs or once per input",
        )
    given, names = expand_url_lists(inputs, sources if len(sources) > 1 else ())
    source: str | tuple[str, ...] | None = (
        None if not sources else sources[0] if len(sources) == 1 else tuple(names)
    )
    _say_fetching(given)
    try:
        settings = dataclasses.replace(DEFAULT, max_input_bytes=max_bytes)
        report = run_compare(given, source=source, settings=settings, on_rejected=_skipped)
    except NotEnoughArticlesError as exc:
        if len(given) >= 2 and not getattr(exc, "rejected", ()):
            # every input was read, yet fewer than two articles: one given twice
            raise NotEnoughArticlesError(
                f"the {len(given)} inputs hold only one distinct article (an article given "
                "twice counts once)",
                hint="add another outlet's article about the same event",
            ) from None
        raise
    except KroscekError:
        raise
    except Exception as exc:  # a bug must still end in one line, not a traceback
        click.echo(
            f"kroscek: error: internal error in compare ({type(exc).__name__}: {exc}); "
            "please report it with the input files",
            err=True,
        )
        sys.exit(1)
    if not sources:
        _note_file_named_outlets(report)
    if fmt != "terminal":  # the terminal view shows them above everything else
        from kroscek.report._common import ui_lang, warning_lines

        for line in warning_lines(report, ui_lang(report)):
            click.echo(f"kroscek: warning: {line}", err=True)
    cutoff = SEVERITIES.index(min_severity)
    report = dataclasses.replace(
        report,
        findings=tuple(f for f in report.findings if SEVERITIES.index(f.severity) <= cutoff),
    )
    if fmt == "terminal":
        _terminal(report, output)
    else:
        text = _render(report, fmt)
        if output:
            write_output(output, text, spreadsheet=fmt == "csv")
        else:
            click.echo(text)
    if report.rejected:
        sys.exit(1)


def _render(report: Report, fmt: str) -> str:
    """The report as text in ``fmt`` (json, html or csv)."""
    from kroscek.report import render_html, render_json
    from kroscek.report.csv_report import render_csv

    if fmt == "json":
        return render_json(report)
    if fmt == "csv":
        return render_csv(report).rstrip("\r\n")
    return render_html(report)


def _say_fetching(inputs: list[str]) -> None:
    """On a terminal, say that pages are being fetched: each may take up to the fetch
    timeout, and a silent wait of a minute over a list of links looks like a hang."""
    from kroscek.ingest.dispatch import is_url
    from kroscek.settings import DEFAULT

    urls = sum(1 for value in inputs if is_url(value))
    if urls and sys.stderr.isatty():
        click.echo(
            f"kroscek: fetching {urls} page(s) (up to {DEFAULT.fetch_timeout_s:.0f} s each)…",
            err=True,
        )


def _note_file_named_outlets(report: object) -> None:
    """Say which articles named no outlet, so were called after their file ("a", "berita1"):
    a fact-checker reading "a: four people" should know it can be named with --source."""
    unnamed = [
        str(a.meta.get("origin") or a.source)
        for a in report.articles  # type: ignore[attr-defined]
        if a.meta.get("source_from") == "file"
    ]
    if unnamed:
        note(
            f"no outlet found in {', '.join(unnamed)}; called after the file "
            "name — name the outlets with --source, once per input"
        )


def _terminal(report: object, output: str | None) -> None:
    from rich.console import Console

    from kroscek.report import render_terminal

    if output:
        with open(output, "w", encoding="utf-8") as handle:
            render_terminal(report, Console(file=handle, width=120))  # type: ignore[arg-type]
        click.echo(f"wrote {output}", err=True)
    else:
        render_terminal(report, stdout_console(file=sys.stdout))  # type: ignore[arg-type]
