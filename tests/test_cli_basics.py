"""The CLI starts, lists its commands and reports its version without heavy imports."""

from __future__ import annotations

import subprocess
import sys

import pytest
from click.testing import CliRunner

import kroscek
from kroscek.cli import main


def test_version_matches_package() -> None:
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0
    assert kroscek.__version__ in result.output


def test_help_does_not_import_heavy_modules() -> None:
    code = (
        "import sys\n"
        "from kroscek.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('trafilatura', 'numpy', 'pycrfsuite', 'rich') if m in sys.modules]\n"
        "print('HEAVY=' + ','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "HEAVY="


@pytest.mark.parametrize("name", ["Article", "Fact", "Report", "KroscekError"])
def test_public_names_resolve_lazily(name: str) -> None:
    assert name in kroscek.__all__
    assert getattr(kroscek, name).__name__ == name
