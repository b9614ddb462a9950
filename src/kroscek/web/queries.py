"""Small read-only queries the web app needs beyond the ``Corpus`` read API.

Kept here (not in the store) because only the web app asks them; they use the corpus's
own connection under its lock and never write.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kroscek.store import Corpus


def report_is_cached(corpus: Corpus, story_id: str) -> bool:
    """True when the store holds a report for the story's current version.

    The web app opens the corpus read-only, so an uncached report would be computed on
    the request; for a very large story that must not happen on a web worker.
    """
    with corpus.lock:
        row = corpus.connection.execute(
            "SELECT 1 FROM stories s JOIN reports r ON r.story_id = s.id "
            "AND r.version = s.version WHERE s.id = ?",
            (story_id,),
        ).fetchone()
    return row is not None
