"""The corpus store: one SQLite file holding articles, stories, the clustering state,
the full-text index, rejected inputs and cached reports.

``from kroscek.store import Corpus`` is the read API shared by the CLI and the web app; the
value types it returns live in :mod:`kroscek.store.models`.
"""

from __future__ import annotations

from kroscek.store.corpus import Corpus
from kroscek.store.models import (
    ArticleRef,
    OutletDetail,
    OutletSummary,
    SearchHit,
    StoryDetail,
    StorySummary,
)

__all__ = [
    "ArticleRef",
    "Corpus",
    "OutletDetail",
    "OutletSummary",
    "SearchHit",
    "StoryDetail",
    "StorySummary",
]
