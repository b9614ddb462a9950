"""Reading articles from files, directories and URLs: ``read(inputs) -> RawArticle | Rejected``.

``read`` streams: it yields one item at a time and never holds a whole input in memory,
so a directory of 100,000 pages or a multi-gigabyte JSONL export costs the memory of one
article. A bad item (missing file, binary file, malformed JSONL line, broken WARC record,
implausible date) is yielded as a ``Rejected`` with a one-line reason, and reading goes on.
"""

from __future__ import annotations

from kroscek.ingest.dispatch import read

__all__ = ["read"]
