"""The app's CSS and JS, read once from package resources and served from memory.

The request path never reaches the file system: a name is looked up in a fixed table
built at start-up, so ``/static/../../etc/passwd`` is simply an unknown key (404).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_TYPES = {
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".svg": "image/svg+xml",
    ".ico": "image/x-icon",
    ".txt": "text/plain; charset=utf-8",
}


@dataclass(frozen=True, slots=True)
class Asset:
    name: str
    body: bytes
    media_type: str
    etag: str


@lru_cache(maxsize=1)
def assets() -> dict[str, Asset]:
    """Every file shipped in ``kroscek/web/static`` with a known type, by file name."""
    table: dict[str, Asset] = {}
    for entry in resources.files("kroscek.web").joinpath("static").iterdir():
        suffix = "." + entry.name.rsplit(".", 1)[-1] if "." in entry.name else ""
        if not entry.is_file() or suffix not in _TYPES:
            continue
        body = entry.read_bytes()
        etag = '"' + hashlib.blake2b(body, digest_size=8).hexdigest() + '"'
        table[entry.name] = Asset(entry.name, body, _TYPES[suffix], etag)
    return table


def asset_version() -> str:
    """A short hash of all assets, appended to their URLs so browsers never use stale ones."""
    h = hashlib.blake2b(digest_size=4)
    for name, asset in sorted(assets().items()):
        h.update(name.encode())
        h.update(asset.etag.encode())
    return h.hexdigest()
