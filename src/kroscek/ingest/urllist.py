"""Text files that list URLs, one a line: a fact-checker's reading list, not an article.

Read as plain text, such a file would become one "article" whose headline is a URL. Named
on the command line it stands for the pages it lists (:func:`expand_url_lists`, called by
the CLI only). Anywhere else (inside a folder, handed to ``read`` by the library or the
web app's compare form) the readers refuse it: fetching pages the user did not name would
reach the network by surprise, and from a server, on a stranger's behalf.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from kroscek.ingest.files import decode

# A list is short; a file larger than this is read as an article whatever it holds.
MAX_LIST_BYTES = 256 * 1024


def listed_urls(path: Path) -> list[str] | None:
    """The http(s) URLs of a file that holds nothing else (blank lines and ``#`` comments
    aside), in order; ``None`` for any other file, which is then read as an article."""
    try:
        if path.stat().st_size > MAX_LIST_BYTES:
            return None
        with path.open("rb") as handle:
            data = handle.read(MAX_LIST_BYTES)
        text = decode(data)
    except Exception:  # unreadable or not text: the article reader says why
        return None
    urls: list[str] = []
    for line in text.splitlines():
        entry = line.strip().lstrip("\ufeff")
        if not entry or entry.startswith("#"):
            continue
        if " " in entry or not entry.lower().startswith(("http://", "https://")):
            return None
        urls.append(entry)
    return urls or None


def expand_url_lists(
    inputs: Sequence[str], sources: Sequence[str] = ()
) -> tuple[list[str], list[str]]:
    """``inputs`` with each named file that lists URLs replaced by its URLs, in place.

    ``sources`` (one outlet name per input, or none) is stretched alongside, so a name
    given for a list applies to every page in it.
    """
    expanded: list[str] = []
    names: list[str] = []
    for i, value in enumerate(inputs):
        path = Path(value)
        urls = None
        if not value.lower().startswith(("http://", "https://")) and path.is_file():
            from kroscek.ingest.dispatch import format_of

            if format_of(path) in ("txt", None):
                urls = listed_urls(path)
        found = urls or [os.fspath(value)]
        expanded.extend(found)
        if len(sources) == len(inputs):
            names.extend([sources[i]] * len(found))
    return expanded, names if len(sources) == len(inputs) else list(sources)
