"""``kroscek stories`` / ``story`` / ``search`` / ``export``: reading a corpus database."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import TYPE_CHECKING

import click

from kroscek.cli._common import friendly_errors, write_output

if TYPE_CHECKING:
    from kroscek.store import StoryDetail

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
)
_OFFSET = click.option("--offset", default=0, show_default=True, type=click.IntRange(0))


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
    return value.strftime("%Y-%m-%d %H:%M") if value else "undated"


def story_json(detail: StoryDetail) -> dict[str, object]:
    """The story shape of ``kroscek stories --format json`` (stable for scripts)."""
    s = detail.summary
    return {
        "id": s.id,
        "title": s.title,
        "n_sources": s.n_sources,
        "n_articles": s.n_articles,
        "first_published": s.first_published.isoformat() if s.first_published else None,
        "last_published": s.last_published.isoformat() if s.last_published else None,
        "sources": list(s.sources),
        "langs": list(s.langs),
        "high_findings": s.high_findings,
        "articles": [
            {
                "id": a.id,
                "source": a.source,
                "title": a.title,
                "url": a.url,
                "published": a.published.isoformat() if a.published else None,
                "lang": a.lang,
                "duplicate_of": a.duplicate_of,
            }
            for a in detail.articles
        ],
    }


@click.command("stories")
@_DB
@click.option("--since", default=None, help="Only stories active on or after this day.")
@click.option("--until", default=None, help="Only stories that began on or before this day.")
@click.option(
    "--min-sources",
    default=1,
    show_default=True,
    type=click.IntRange(1),
    help="Only stories covered by at least N independent outlets.",
)
@click.option("--outlet", default=None, help="Only stories this outlet covered.")
@click.option("--lang", default=None, help="Only stories with an article in this language.")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1))
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
) -> None:
    """List stories, newest first, with the outlets that covered them."""
    from kroscek.store import Corpus

    with Corpus(db, readonly=True) as corpus:
        found = corpus.stories(
            since=_parse_day(since, "--since"),
            until=_parse_day(until, "--until"),
            min_sources=min_sources,
            outlet=outlet,
            lang=lang,
            limit=limit,
            offset=offset,
        )
        details = [d for d in (corpus.story(s.id) for s in found) if d is not None]
        total = corpus.count_stories(
            since=_parse_day(since, "--since"),
            until=_parse_day(until, "--until"),
            min_sources=min_sources,
            outlet=outlet,
            lang=lang,
        )
    if fmt == "json":
        click.echo(
            json.dumps(
                {"total": total, "stories": [story_json(d) for d in details]},
                ensure_ascii=False,
                indent=1,
            )
        )
        return
    from rich.console import Console
    from rich.markup import escape

    console = Console(highlight=False)
    if not details:
        console.print("no stories match")
        return
    for d in details:
        s = d.summary
        badge = f" [bold red]▲{s.high_findings}[/]" if s.high_findings else ""
        console.print(
            f"[bold]{s.id}[/]  {escape(s.title)}{badge}\n"
            f"  {_when(s.first_published)} → {_when(s.last_published)} · "
            f"{s.n_sources} outlet(s), {s.n_articles} article(s) · {escape(', '.join(s.sources))}"
        )
        for a in d.articles:
            mark = " [dim](copy)[/]" if a.duplicate_of else ""
            console.print(f"    [cyan]{escape(a.source)}[/] {escape(a.title)}{mark}")
    console.print(f"[dim]{len(details)} of {total} stories[/]")


@click.command("story")
@click.argument("story_id")
@_DB
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["terminal", "json", "html"], case_sensitive=False),
    default="terminal",
    show_default=True,
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

    with Corpus(db) as corpus:
        detail = corpus.story(story_id)
        if detail is None:
            raise UsageError(
                f"no story {story_id!r} in {db}",
                hint=f"list story ids with `kroscek stories --db {db}`",
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

    if fmt == "terminal":
        from rich.console import Console

        if output:
            with open(output, "w", encoding="utf-8") as fh:
                views.render_terminal(report, Console(file=fh, width=120))
            click.echo(f"wrote {output}", err=True)
        else:
            views.render_terminal(report)
        return
    if fmt == "json":
        text = json.dumps(
            {"story": story_json(detail), **report.to_dict()}, ensure_ascii=False, indent=1
        )
    else:
        text = views.render_html(report)
    if output:
        write_output(output, text)
    else:
        click.echo(text)


@click.command("search")
@click.argument("query")
@_DB
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1))
@_OFFSET
@_LIST_FORMAT
@friendly_errors
def search(query: str, db: str, limit: int, offset: int, fmt: str) -> None:
    """Full-text search over titles and texts (words, "a phrase", OR, NOT, prefix*)."""
    from kroscek.store import Corpus

    with Corpus(db, readonly=True) as corpus:
        hits = corpus.search(query, limit=limit, offset=offset)
    if fmt == "json":
        click.echo(
            json.dumps(
                {"query": query, "hits": [h.to_dict() for h in hits]}, ensure_ascii=False, indent=1
            )
        )
        return
    from rich.console import Console
    from rich.markup import escape

    console = Console(highlight=False)
    if not hits:
        console.print(f"no article matches {query!r}")
        return
    for h in hits:
        a = h.article
        snippet = escape(h.snippet).replace("«", "[bold yellow]").replace("»", "[/]")
        console.print(
            f"[cyan]{escape(a.source)}[/] {_when(a.published)} "
            f"[bold]{escape(a.title)}[/]  [dim]{h.story_id or ''}[/]\n  {snippet}"
        )


@click.command("export")
@_DB
@click.option(
    "--parquet",
    "parquet_dir",
    required=True,
    type=click.Path(file_okay=False),
    help="Folder to write articles.parquet, stories.parquet, findings.parquet.",
)
@click.option(
    "--with-reports",
    is_flag=True,
    help="First compute (and cache) the report of every story with two or more outlets.",
)
@friendly_errors
def export(db: str, parquet_dir: str, with_reports: bool) -> None:
    """Export articles, stories and findings as Parquet (DuckDB, pandas, Spark).

    Findings are those of the cached story reports; --with-reports computes the missing
    ones first (slow on a large corpus: one cross-check per story).
    """
    from kroscek.store import Corpus
    from kroscek.store.export import export_parquet

    with Corpus(db, readonly=not with_reports, create=False) as corpus:
        written = export_parquet(corpus, parquet_dir, compute_reports=with_reports)
    for name, rows in written.items():
        click.echo(f"{name}: {rows} rows")
