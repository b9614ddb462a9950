"""``kroscek stories`` / ``story`` / ``search`` / ``export``: reading a corpus database."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, get_args

import click

from kroscek.cli._common import (
    examples,
    friendly_errors,
    note,
    refuse_html_on_a_terminal,
    stdout_console,
    write_output,
)
from kroscek.cli.ingest import writer_options
from kroscek.data import FindingType

if TYPE_CHECKING:
    from kroscek.store import Corpus

# the finding types `export --type` accepts
FINDING_TYPES: tuple[str, ...] = get_args(FindingType)

_DB = click.option(
    "--db",
    default="kroscek.db",
    show_default=True,
    help="Corpus database file (made by `kroscek ingest`).",
)


_LIST_FORMAT = click.option(
    "--format",
    "fmt",
    type=click.Choice(["terminal", "json"], case_sensitive=False),
    default="terminal",
    show_default=True,
    help="A readable list, or one JSON object.",
)
_OFFSET = click.option(
    "--offset",
    default=0,
    show_default=True,
    type=click.IntRange(0),
    help="Skip this many results first (the next page starts at --offset + --limit).",
)


def _parse_day(value: str | None, name: str) -> date | None:
    if value is None:
        return None
    from kroscek.errors import UsageError

    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(
            f"{name} {value!r} is not a date", hint="write it as YYYY-MM-DD, e.g. 2024-03-11"
        ) from None


def _when(value: datetime | None) -> str:
    from kroscek.store.times import clock

    return clock(value)


@click.command(
    "stories",
    epilog=examples(
        "kroscek stories --db news.db",
        "kroscek stories --db news.db --since 2026-11-01 --sort sources",
        'kroscek stories --db news.db --outlet "Kabar Pagi" --min-sources 3',
        "kroscek stories --db news.db --format json > cerita.json",
    ),
)
@_DB
@click.option(
    "--since", default=None, help="Only stories active on or after this day (YYYY-MM-DD, WIB)."
)
@click.option("--until", default=None, help="Only stories that began on or before this day (WIB).")
@click.option(
    "--min-sources",
    default=1,
    show_default=True,
    type=click.IntRange(1),
    help="Only stories covered by at least N independent outlets.",
)
@click.option("--outlet", default=None, help="Only stories this outlet covered.")
@click.option("--lang", default=None, help="Only stories with an article in this language.")
@click.option(
    "--sort",
    type=click.Choice(["latest", "sources"]),
    default="latest",
    show_default=True,
    help="Newest first, or the most outlets first.",
)
@click.option(
    "--limit", default=50, show_default=True, type=click.IntRange(1), help="Stories per page."
)
@_OFFSET
@_LIST_FORMAT
@friendly_errors
def stories(
    db: str,
    since: str | None,
    until: str | None,
    min_sources: int,
    outlet: str | None,
    lang: str | None,
    limit: int,
    offset: int,
    fmt: str,
    sort: str = "latest",
) -> None:
    """List stories, newest first (or the most outlets first), with the outlets that
    covered them."""
    from kroscek.store import Corpus

    with Corpus(db, readonly=True) as corpus:
        if outlet is not None:
            outlet = _known_outlet(corpus, outlet, db)
        first_day = _parse_day(since, "--since")
        last_day = _parse_day(until, "--until")
        found = corpus.stories(
            since=first_day,
            until=last_day,
            min_sources=min_sources,
            outlet=outlet,
            lang=lang,
            limit=limit,
            offset=offset,
            sort=sort,
        )
        details = [d for d in (corpus.story(s.id) for s in found) if d is not None]
        grew: dict[str, int] = {}
        if first_day is not None:
            from kroscek.store.queries import new_since

            grew = new_since(corpus, [s.id for s in found], first_day)
        empty = corpus.stats()["articles"] == 0
        total = corpus.count_stories(
            since=first_day,
            until=last_day,
            min_sources=min_sources,
            outlet=outlet,
            lang=lang,
        )
    if fmt == "json":
        from kroscek.store.queries import story_record

        click.echo(
            json.dumps(
                {
                    "total": total,
                    "stories": [
                        {**story_record(d), "new_since": grew.get(d.summary.id, 0)}
                        if first_day is not None
                        else story_record(d)
                        for d in details
                    ],
                },
                ensure_ascii=False,
                indent=1,
            )
        )
        return
    from rich.markup import escape

    console = stdout_console(highlight=False, soft_wrap=True)
    if not details:
        if total == 0 and empty:
            click.echo(
                f"{db} has no articles yet — add some with `kroscek ingest --db {db} FOLDER`"
            )
        else:
            console.print("no stories match")
        return
    for d in details:
        s = d.summary
        badge = f" [bold red]▲{s.high_findings}[/]" if s.high_findings else ""
        if grew.get(s.id):
            badge += f" [green]+{grew[s.id]} since {since}[/]"
        console.print(
            f"[bold]{s.id}[/]  {escape(s.title)}{badge}\n"
            f"  {_when(s.first_published)} → {_when(s.last_published)} · "
            f"{_outlets_line(s.n_sources, s.sources, s.n_articles)}"
        )
        for a in d.articles:
            mark = " [dim](copy)[/]" if a.duplicate_of else ""
            console.print(f"    [cyan]{escape(a.source)}[/] {escape(a.title)}{mark}")
    shown = f"{offset + 1}–{offset + len(details)}" if details else "0"
    more = offset + len(details) < total
    console.print(
        f"[dim]stories {shown} of {total}"
        + (f"; next page: add --offset {offset + limit}" if more else "")
        + "[/]"
    )
    if any(d.summary.high_findings for d in details):  # say what the badge counts, once
        console.print("[dim]▲N: high-severity findings in the story's cross-check[/]")


# outlets named on a story's line in the listing; the rest are counted ("+32 more"), and
# each article is listed under it with its outlet anyway
LISTED_OUTLETS = 8


def _outlets_line(n_independent: int, sources: tuple[str, ...], n_articles: int) -> str:
    """ "4 outlet(s), 40 article(s) · ..." over forty outlets named read as a contradiction:
    the count is of the outlets that reported on their own, so the copying ones are
    counted apart ("40 outlet(s), 4 independent, 36 copying"), and a story of forty
    outlets names the first few instead of filling the screen."""
    from rich.markup import escape

    copying = len(sources) - n_independent
    head = f"{len(sources)} outlet(s)"
    if copying > 0:
        head += f" ({n_independent} independent, {copying} copying)"
    names = ", ".join(sources[:LISTED_OUTLETS])
    if len(sources) > LISTED_OUTLETS:
        names += f", +{len(sources) - LISTED_OUTLETS} more"
    return f"{head}, {n_articles} article(s) · {escape(names)}"


def _known_outlet(corpus: Corpus, typed: str, db: str) -> str:
    """The stored spelling of ``typed`` ("kabar lembah" → "Kabar Lembah"), or a
    ``UsageError`` naming outlets that contain it, as the web app's filter does."""
    import difflib

    from kroscek.errors import UsageError
    from kroscek.store.queries import canonical_outlet, outlet_names

    name = canonical_outlet(corpus, typed)
    names = outlet_names(corpus)
    if name in names:
        return name
    wanted = typed.casefold()
    close = [n for n in names if wanted in n.casefold()][:5]
    folded = {n.casefold(): n for n in names}
    close += [
        folded[n]
        for n in difflib.get_close_matches(wanted, list(folded), n=3)
        if folded[n] not in close
    ]
    hint = (
        "did you mean " + ", ".join(repr(n) for n in close) + "?"
        if close
        else f"the web app lists every outlet: `kroscek serve --db {db}`, then /outlets"
    )
    raise UsageError(f"no outlet called {typed!r} in {db}", hint=hint)


@click.command(
    "story",
    epilog=examples(
        "kroscek story STORY_ID --db news.db",
        "kroscek story STORY_ID --db news.db --format html -o cerita.html",
        "kroscek story STORY_ID --db news.db --format csv -o temuan.csv",
    ),
)
@click.argument("story_id")
@_DB
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["terminal", "json", "html", "csv"], case_sensitive=False),
    default="terminal",
    show_default=True,
    help="Report format: terminal view, JSON (stdout), one self-contained HTML page, or CSV "
    "(a row per piece of evidence, for a spreadsheet).",
)
@click.option(
    "-o",
    "--output",
    default=None,
    type=click.Path(dir_okay=False),
    help="Write the report to this file instead of stdout.",
)
@friendly_errors
def story(story_id: str, db: str, fmt: str, output: str | None) -> None:
    """Cross-check report of one story (cached until the story or the analysis code changes)."""
    from kroscek.errors import NotEnoughArticlesError, UsageError
    from kroscek.store import Corpus

    refuse_html_on_a_terminal(fmt, output)
    # writable (the report is cached), but never created: a mistyped --db is an error
    with Corpus(db, create=False) as corpus:
        detail = corpus.story(story_id)
        if detail is None:
            from kroscek.store.queries import close_story_ids

            close = close_story_ids(corpus, story_id)
            raise UsageError(
                f"no story {story_id!r} in {db}",
                hint=(f"did you mean {' or '.join(close)}? Else " if close else "")
                + f"list story ids with `kroscek stories --db {db}`",
            )
        if detail.summary.n_sources < 2:
            raise NotEnoughArticlesError(
                f"story {story_id} was reported by one outlet only "
                f"({len(detail.articles)} article(s), copies included): nothing to cross-check",
                hint=f"try `kroscek stories --db {db} --min-sources 2`",
            )
        report = corpus.story_report(story_id)
    assert report is not None
    from kroscek import report as views
    from kroscek.store.queries import report_scope, story_document

    scope = report_scope(detail, report)
    if scope["outlets"] < scope["of_outlets"] and fmt != "json":
        note(
            f"this report compares {scope['outlets']} of the story's "
            f"{scope['of_outlets']} outlets (each outlet's first article, the "
            f"{scope['outlets']} that reported first); `--format json` lists them under "
            '"articles"'
        )

    if fmt == "terminal":
        from rich.console import Console

        if output:
            with open(output, "w", encoding="utf-8") as fh:
                views.render_terminal(report, Console(file=fh, width=120))
            click.echo(f"wrote {output}", err=True)
        else:
            views.render_terminal(report, stdout_console())
        return
    if fmt == "json":
        text = json.dumps(story_document(detail, report), ensure_ascii=False, indent=1)
    elif fmt == "csv":
        from kroscek.report.csv_report import render_csv

        text = render_csv(report, story_id=story_id).rstrip("\r\n")
    else:
        text = views.render_html(report)
    if output:
        write_output(output, text, spreadsheet=fmt == "csv")
    else:
        click.echo(text)


@click.command(
    "search",
    context_settings={"ignore_unknown_options": True},
    epilog=examples(
        "kroscek search banjir --db news.db",
        "kroscek search '\"korban jiwa\" longsor' --db news.db",
    ),
)
@click.argument("query")
@_DB
@click.option(
    "--limit", default=20, show_default=True, type=click.IntRange(1), help="Hits per page."
)
@click.option("--outlet", default=None, help="Only articles of this outlet.")
@click.option(
    "--since", default=None, help="Only articles published on or after this day (YYYY-MM-DD, WIB)."
)
@click.option("--until", default=None, help="Only articles published on or before this day.")
@_OFFSET
@_LIST_FORMAT
@friendly_errors
def search(
    query: str,
    db: str,
    limit: int,
    offset: int,
    fmt: str,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> None:
    """Full-text search over titles and texts: words (all must match), "a phrase",
    OR, NOT word, prefix*, title:word."""
    from kroscek.errors import UsageError
    from kroscek.store import Corpus
    from kroscek.store.queries import minus_word

    minus = minus_word(query)
    if minus is not None:
        kept = " ".join(t for t in query.split() if t != f"-{minus}") or "WORD"
        raise UsageError(
            f"'-{minus}' does not leave a word out here",
            hint=f"write NOT {minus} after the words to keep: kroscek search '{kept} NOT {minus}'",
        )
    from kroscek.store.queries import SEARCH_COUNT_CAP, search_count

    with Corpus(db, readonly=True) as corpus:
        if outlet is not None:
            outlet = _known_outlet(corpus, outlet, db)
        filters: dict[str, Any] = {
            "outlet": outlet,
            "since": _parse_day(since, "--since"),
            "until": _parse_day(until, "--until"),
        }
        hits = corpus.search(query, limit=limit + 1, offset=offset, **filters)
        total = search_count(corpus, query, **filters)
    more = len(hits) > limit
    hits = hits[:limit]
    next_offset = offset + limit if more else None
    capped = total > SEARCH_COUNT_CAP
    total = min(total, SEARCH_COUNT_CAP)
    if fmt == "json":
        click.echo(
            json.dumps(
                {
                    "query": query,
                    "total": total,
                    "total_capped": capped,
                    "hits": [h.to_dict() for h in hits],
                    "next_offset": next_offset,
                },
                ensure_ascii=False,
                indent=1,
            )
        )
        return
    from rich.markup import escape

    console = stdout_console(highlight=False, soft_wrap=True)
    if not hits:
        click.echo(f"no article matches {query!r}")
        return
    for h in hits:
        a = h.article
        flat = " ".join(h.snippet.split())  # one line per hit, whatever the text's paragraphs
        snippet = escape(flat).replace("«", "[bold yellow]").replace("»", "[/]")
        console.print(
            f"[cyan]{escape(a.source)}[/] {_when(a.published)} "
            f"[bold]{escape(a.title)}[/]  [dim]{h.story_id or ''}[/]\n  {snippet}"
        )
    of = f"more than {total}" if capped else str(total)
    line = f"hits {offset + 1}–{offset + len(hits)} of {of}"
    if next_offset is not None:
        line += f"; next page: add --offset {next_offset}"
    click.echo(line)


@click.command(
    "export",
    epilog=examples(
        "kroscek export --db news.db --parquet parquet/",
        "kroscek export --db news.db --parquet parquet/ --with-reports",
        "kroscek export --db news.db --csv framing-nov.csv --type framing \\",
        "    --since 2026-11-01 --until 2026-11-30 --with-reports",
    ),
)
@_DB
@click.option(
    "--parquet",
    "parquet_dir",
    default=None,
    type=click.Path(file_okay=False),
    help="Folder to write articles.parquet, stories.parquet, findings.parquet and "
    "evidence.parquet (a row per outlet's evidence in each finding).",
)
@click.option(
    "--csv",
    "csv_file",
    default=None,
    type=click.Path(dir_okay=False),
    help="CSV file to write the evidence rows to (those of evidence.parquet plus the "
    "finding's message), UTF-8 with a byte-order mark for Excel; needs no pyarrow.",
)
@click.option(
    "--type",
    "types",
    multiple=True,
    type=click.Choice(FINDING_TYPES, case_sensitive=False),
    help="With --csv: only findings of this type (repeat for several).",
)
@click.option(
    "--since",
    default=None,
    help="With --csv: only evidence of articles published on or after this day (YYYY-MM-DD, WIB).",
)
@click.option("--until", default=None, help="With --csv: ... on or before this day.")
@click.option(
    "--with-reports",
    is_flag=True,
    help="First compute (and cache) the report of every story with two or more outlets, "
    "as `kroscek reports` does (with --workers, or on a --dask cluster).",
)
@writer_options("compare", with_json=False)
@friendly_errors
def export(
    db: str,
    parquet_dir: str | None,
    csv_file: str | None,
    types: tuple[str, ...],
    since: str | None,
    until: str | None,
    with_reports: bool,
    workers: int,
    dask: str | None,
    dask_timeout: float,
) -> None:
    """Export articles, stories, findings and their evidence as Parquet (DuckDB, pandas,
    Spark), or the evidence as one CSV file for a spreadsheet.

    Findings are those of the cached story reports; --with-reports computes the missing
    ones first (one cross-check per story: slow on a large corpus, so it shows progress
    and takes --workers or --dask like `kroscek reports`). evidence.parquet (and the CSV)
    has one row per outlet's piece of evidence in each finding: its outlet, language and
    date, the quoted text, the figure's noun and event, and for attribution findings the
    outlet's stance (attributed, claimed or stated as fact).
    """
    from kroscek.errors import UsageError
    from kroscek.store import Corpus
    from kroscek.store.export import export_evidence_csv, export_parquet
    from kroscek.store.queries import report_coverage

    if not parquet_dir and not csv_file:
        raise UsageError(
            "say where to export",
            hint="add --parquet FOLDER (four Parquet files) or --csv FILE (the evidence, "
            "for a spreadsheet)",
        )
    if (types or since or until) and not csv_file:
        raise UsageError(
            "--type, --since and --until filter the --csv export only",
            hint="add --csv FILE, or filter the Parquet files when you read them",
        )
    first_day, last_day = _parse_day(since, "--since"), _parse_day(until, "--until")
    if with_reports:
        from kroscek.cli.reports import compute_reports

        done = compute_reports(db, workers, dask, dask_timeout)
        click.echo(
            f"reports: {done.computed} computed and cached, {len(done.failed)} failed",
            err=True,
        )
    with Corpus(db, readonly=True) as corpus:
        written = export_parquet(corpus, parquet_dir) if parquet_dir else {}
        if csv_file:
            written["evidence (csv)"] = export_evidence_csv(
                corpus,
                csv_file,
                types={t.lower() for t in types},
                since=first_day,
                until=last_day,
            )
        cached, comparable = report_coverage(corpus)
    for name, rows in written.items():
        click.echo(f"{name}: {rows} rows")
    if csv_file:
        click.echo(f"wrote {csv_file}", err=True)
    if cached < comparable:
        # findings come from cached reports only: say so rather than let 0 read as "none"
        click.echo(
            f"findings cover {cached} of {comparable} comparable stories (those with a cached "
            f"report) — run `kroscek reports --db {db}` first, or add --with-reports",
            err=True,
        )
