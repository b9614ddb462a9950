"""Render docs/cli.md from the commands' own ``--help`` text.

The reference page is generated, never hand-edited, and a test fails when it drifts from
the code (the sqlite-utils habit): ``python -m kroscek.cli._docs > docs/cli.md``.
"""

from __future__ import annotations

import click
from click.testing import CliRunner

from kroscek.cli import COMMANDS, main

HEADER = """# Command-line reference

Generated from the commands' own help by `python -m kroscek.cli._docs > docs/cli.md`;
a test keeps it current. Every error is one line on stderr, `kroscek: error: …`, saying what
to do; none prints a traceback. A mistyped command or option prints the usage and
`Error: …` instead. What a command wants you to know without failing is one line on stderr
in one form, `kroscek: note: …` (`kroscek: warning: …` for a report that may mislead);
stdout carries only the data, for a pipe or a file. Each command's `--help` ends with
examples.

CSV: a file written with `-o FILE.csv` (`compare`, `story`) or `export --csv FILE` is UTF-8
with a byte-order mark and CRLF line ends, so Excel shows the Indonesian text (curly quotes,
«», accented names) as written when the file is double-clicked; LibreOffice, pandas and
Python's `utf-8-sig` skip the mark. CSV on stdout has no mark: the next program in a pipe
reads it. The web app's CSV downloads carry the mark too.

Exit codes: 0 done; 1 done but something was skipped (`compare` with a skipped input,
`reports` with a story that could not be compared), or stopped: a file that could not be
written, an ingest batch that failed for good, a bug; 2 a usage mistake, no readable input
(`ingest`, `facts`) or fewer than two articles to compare; 3 a missing or
corrupt model file; 4 a database that is missing, not a corpus, of another version or in use
by another ingest; 5 a Dask cluster that cannot be used; 130 interrupted (Ctrl-C).
"""


def _help(args: list[str]) -> str:
    result = CliRunner().invoke(main, [*args, "--help"], prog_name="kroscek", terminal_width=88)
    if result.exit_code != 0:
        raise RuntimeError(f"kroscek {' '.join(args)} --help failed: {result.output}")
    return result.output.rstrip()


def render_cli_docs() -> str:
    parts = [HEADER, "## kroscek\n", "```\n" + _help([]) + "\n```\n"]
    for name in COMMANDS:
        cmd = main.get_command(click.Context(main), name)
        if cmd is None:
            continue
        parts.append(f"## kroscek {name}\n")
        parts.append("```\n" + _help([name]) + "\n```\n")
        if isinstance(cmd, click.Group):
            for sub in cmd.list_commands(click.Context(cmd)):
                parts.append(f"### kroscek {name} {sub}\n")
                parts.append("```\n" + _help([name, sub]) + "\n```\n")
    return "\n".join(parts)


if __name__ == "__main__":
    print(render_cli_docs(), end="")
