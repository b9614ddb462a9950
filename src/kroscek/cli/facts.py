"""``kroscek facts FILE...``: the facts extracted from each article, as JSON or text.

Useful on its own (what did this article claim, who said what) and to check the extractor
on a new outlet before cross-checking. The JSON is the ``articles`` part of the compare
report's contract. A bad input is one line on stderr and is skipped; the exit is non-zero
only when no article at all could be read.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from typing import Any

import click

from kroscek.cli._common import examples, friendly_errors, max_bytes_option

FORMATS = ("json", "text")


def _describe(fact: dict[str, Any]) -> str:
    """One line per fact for people: kind, words, and what they were read as."""
    kind, label, value, attrs = fact["kind"], fact["label"], fact["value"], fact["attrs"]
    if kind == "entity":
        extra = [f"role={attrs['role']}"] if attrs.get("role") else []
        if attrs.get("country"):
            extra.append(f"country={attrs['country']}")
        read_as = f"{label} {value}" + (f" ({', '.join(extra)})" if extra else "")
    elif kind == "number":
        read_as = f"{value:g} {label or '?'} [{attrs.get('qualifier')}]"
        if attrs.get("unit"):
            read_as += f" unit={attrs['unit']}"
        if attrs.get("event"):
            read_as += f" event={attrs['event']}"
    elif kind == "date":
        end = f"..{attrs['end']}" if attrs.get("end") else ""  # a weekday alone has none
        read_as = f"{value}{end} ({label})"
        if attrs.get("relative"):
            read_as += " relative"
        if attrs.get("weekday_mismatch"):
            read_as += " WEEKDAY MISMATCH"
    elif kind == "quote":
        read_as = f"speaker={attrs.get('speaker') or '?'} verb={attrs.get('verb') or '?'}"
    else:
        read_as = f"{label}: {value or '?'} (cue {attrs.get('cue')!r})"
    where = "title" if fact["field"] == "title" else f"{fact['start']}"
    return f"  {kind:<11} {where:>6}  {fact['text']!r} -> {read_as}"


@click.command(
    "facts",
    epilog=examples(
        "kroscek facts berita.txt",
        "kroscek facts berita.txt --format json > fakta.json",
        'kroscek facts https://example.org/berita --source "Kabar Pagi"',
    ),
)
@click.argument("inputs", nargs=-1, required=True, metavar="FILE_OR_URL...")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS, case_sensitive=False),
    default=None,
    help="JSON (the compare report's 'articles' objects) or one line per fact  "
    "[default: text on a terminal, json into a pipe or a file].",
)
@click.option("--source", default=None, help="Outlet name for every input.")
@max_bytes_option
@friendly_errors
def facts(inputs: tuple[str, ...], fmt: str | None, source: str | None, max_bytes: int) -> None:
    """List the facts (entities, numbers, dates, quotes, attributions) of each article."""
    if fmt is None:  # a person at a terminal reads lines; a script reads JSON
        fmt = "text" if sys.stdout.isatty() else "json"
    from kroscek import __version__
    from kroscek.clean import clean
    from kroscek.data import Rejected
    from kroscek.errors import KroscekError
    from kroscek.extract import extract_facts
    from kroscek.ingest import read
    from kroscek.settings import DEFAULT

    articles: list[dict[str, Any]] = []
    skipped = 0
    settings = dataclasses.replace(DEFAULT, max_input_bytes=max_bytes)
    from kroscek.ingest.urllist import expand_url_lists

    given, _ = expand_url_lists(inputs)
    for raw in read(given, source=source, settings=settings):
        if isinstance(raw, Rejected):
            click.echo(f"kroscek: skipped {raw.origin}: {raw.reason}", err=True)
            skipped += 1
            continue
        try:
            article = extract_facts(clean(raw, source=source))
        except KroscekError as exc:
            click.echo(f"kroscek: skipped {raw.origin}: {exc.message}", err=True)
            skipped += 1
            continue
        except Exception as exc:  # one bad article must not end the batch
            click.echo(f"kroscek: skipped {raw.origin}: {type(exc).__name__}: {exc}", err=True)
            skipped += 1
            continue
        articles.append(article.to_dict())
    if not articles:
        click.echo(f"kroscek: error: no article could be read ({skipped} skipped)", err=True)
        sys.exit(2)
    if fmt == "json":
        json.dump(
            {"kroscek_version": __version__, "articles": articles},
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        sys.stdout.write("\n")
    else:
        for art in articles:
            when = art["published"] or "undated"
            n = len(art["facts"])
            click.echo(f"{art['source']}: {art['title']}  [{art['lang']}, {when}, {n} facts]")
            for fact in art["facts"]:
                click.echo(_describe(fact))
            if not n:  # a bare header reads as if the listing were cut off
                click.echo(
                    "  no facts found: no name, figure, date, quote or attribution was "
                    "recognised in this article"
                )
