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
a test keeps it current. Every command prints one clear line on stderr and exits non-zero
on bad input; none prints a traceback.
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
