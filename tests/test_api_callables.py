"""The exported functions stay callable whatever a notebook imported first.

``kroscek.clean`` and ``kroscek.compare`` are both functions and subpackages; Python binds a
subpackage over its parent's attribute once anything imports it. Each order of use runs in
a fresh interpreter, since this test session has imported everything already.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import kroscek

A = "Banjir Rendam 40 Rumah di Desa Lamuru\n\nBanjir merendam 40 rumah di Desa Lamuru, Senin.\n"
B = "Floods Swamp 52 Homes in Lamuru\n\nFloods swamped 52 homes in Lamuru village on Monday.\n"


@pytest.mark.parametrize(
    "cell",
    [
        "kroscek.compare([a, b]); print(kroscek.clean(raw).title)",
        "from kroscek.store import Corpus; print(kroscek.clean(raw).title)",
        "import kroscek.clean.core; print(kroscek.clean(raw).title)",
        "print(kroscek.clean(raw).title); import kroscek.clean.core as m; print(m.__name__)",
        "c = kroscek.clean; kroscek.compare([a, b]); print(c(raw).title)",
        "import kroscek.compare.pipeline; print(len(kroscek.compare([a, b]).articles))",
    ],
)
def test_clean_and_compare_stay_callable_in_any_order_of_use(tmp_path: Path, cell: str) -> None:
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(B, encoding="utf-8")
    code = (
        "import kroscek\n"
        f"a, b = {str(tmp_path / 'a.txt')!r}, {str(tmp_path / 'b.txt')!r}\n"
        "raw = next(iter(kroscek.read(a)))\n" + cell.replace("; ", "\n")
    )
    src = str(Path(kroscek.__file__).parent.parent)  # this checkout's kroscek
    env = {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    first = done.stdout.strip().splitlines()[0]
    assert first in ("Banjir Rendam 40 Rumah di Desa Lamuru", "2"), done.stdout
