"""The public API and the CLI reference are under test, so neither drifts silently."""

from __future__ import annotations

from pathlib import Path

import pytest

import kroscek
from kroscek.cli import COMMANDS

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("name", sorted(kroscek.__all__))
def test_every_exported_name_resolves(name: str) -> None:
    assert getattr(kroscek, name) is not None


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_is_in_the_readme_or_docs(command: str) -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8") + (ROOT / "docs" / "cli.md").read_text(
        encoding="utf-8"
    )
    assert f"kroscek {command}" in text


def test_the_cli_reference_is_generated_from_the_current_help() -> None:
    from kroscek.cli._docs import render_cli_docs

    saved = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert saved == render_cli_docs(), (
        "docs/cli.md is stale: python -m kroscek.cli._docs > docs/cli.md"
    )
