"""Which analysis code produced a cached story report.

A story's cached report (``reports``) is valid while the story is unchanged *and* the code
that computed it is the code running now. Without the second condition an upgrade of
kroscek (or, on an editable install, an edit) that fixes a wrong conflict would keep
serving the old finding from every corpus built before it, in the web app, in ``kroscek
story`` and in exports, until each story happened to gain an article.

The fingerprint hashes the version and the contents of everything a report depends on:
the cleaning, text, extraction, alignment and findings code, their lexicons and the shipped
models. It does not change when only the store, the web app or the CLI change, so those
upgrades keep the cache. Hashing ~8 MB costs a few milliseconds, once per process.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

import kroscek

# Packages and modules of ``kroscek`` whose contents decide what a report says.
ANALYSIS_PARTS = ("clean", "text", "lang", "extract", "align", "compare", "models")
ANALYSIS_MODULES = ("data.py", "settings.py", "pipeline.py")


def _analysis_files(root: Path) -> list[Path]:
    files = [root / name for name in ANALYSIS_MODULES]
    for part in ANALYSIS_PARTS:
        files.extend(
            p
            for p in (root / part).rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
        )
    return sorted(f for f in files if f.is_file())


@cache
def engine_fingerprint() -> int:
    """The fingerprint of the installed kroscek's analysis code (once per process)."""
    return fingerprint_of(Path(kroscek.__file__).parent, kroscek.__version__)


def fingerprint_of(root: Path, version: str) -> int:
    """A signed 64-bit hash of the analysis code and data under ``root`` (the ``kroscek``
    package folder), so SQLite stores it as an INTEGER."""
    h = hashlib.blake2b(digest_size=8)
    h.update(version.encode())
    for path in _analysis_files(root):
        h.update(path.relative_to(root).as_posix().encode())
        h.update(b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return int.from_bytes(h.digest(), "big", signed=True)
