"""The ``kroscek`` command line: thin wrappers around one library function each.

Commands live one per module and are imported only when invoked, so ``kroscek --help``
starts fast (no trafilatura, numpy or model load at start-up).
"""

from __future__ import annotations

import importlib
import importlib.util
import sys

import click

from kroscek import __version__

# name -> (module, attribute, one-line help). Help text lives here so that listing
# commands never imports them.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "compare": ("kroscek.cli.compare", "compare", "Cross-check articles about one event."),
    "facts": ("kroscek.cli.facts", "facts", "List the facts extracted from each article."),
    "ingest": ("kroscek.cli.ingest", "ingest", "Add articles to a corpus database."),
    "reindex": (
        "kroscek.cli.ingest",
        "reindex",
        "Find a corpus's stories again with this kroscek's clustering.",
    ),
    "stories": ("kroscek.cli.stories", "stories", "List stories covered by several outlets."),
    "story": ("kroscek.cli.stories", "story", "Show the cross-check report of one story."),
    "search": ("kroscek.cli.stories", "search", "Full-text search over the corpus."),
    "reports": (
        "kroscek.cli.reports",
        "reports",
        "Compute and cache the report of every comparable story.",
    ),
    "export": ("kroscek.cli.stories", "export", "Export the corpus as Parquet files."),
    "serve": ("kroscek.cli.serve", "serve", "Serve the web app over a corpus."),
    "train": ("kroscek.cli.train", "train", "Train the project's models."),
    "eval": ("kroscek.cli.train", "eval_", "Evaluate the project's models."),
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return [
            name
            for name, (module, _, _) in COMMANDS.items()
            if importlib.util.find_spec(module) is not None
        ]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        entry = COMMANDS.get(cmd_name)
        if entry is None:
            return None
        module, attr, _ = entry
        if importlib.util.find_spec(module) is None:
            return None
        return getattr(importlib.import_module(module), attr)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        """Like click's, but a mistyped command name ("comprae") gets a suggestion."""
        name = args[0] if args else ""
        if args and name not in COMMANDS and not name.startswith("-"):
            import difflib

            close = difflib.get_close_matches(name, list(COMMANDS), n=1, cutoff=0.6)
            if close:
                ctx.fail(f"No such command {name!r}. Did you mean {close[0]!r}?")
        return super().resolve_command(ctx, args)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][2]) for name in self.list_commands(ctx)]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


@click.group(
    cls=LazyGroup,
    context_settings={"help_option_names": ["-h", "--help"]},
    # the examples are written out here (not with cli._common.examples) so that
    # `kroscek --help` imports no command module
    epilog="\b\nExamples:\n"
    "  kroscek compare a.txt b.txt                  # cross-check two articles\n"
    "  kroscek ingest scraped/ --db news.db         # build a corpus\n"
    "  kroscek stories --db news.db                 # its stories, then `kroscek story ID`\n"
    "  kroscek serve --db news.db                   # the same in a browser\n"
    "Every command has its own --help with examples.",
)
@click.version_option(__version__, prog_name="kroscek")
def main() -> None:
    """kroscek — cross-check news coverage across outlets (Indonesian first, English too)."""


def run() -> None:
    """Console entry point: user-facing errors become one line on stderr, no traceback."""
    from kroscek.errors import KroscekError

    try:
        main(standalone_mode=True)
    except KroscekError as exc:  # raised outside click's own handling
        click.echo(f"kroscek: error: {exc}", err=True)
        sys.exit(exc.exit_code)
