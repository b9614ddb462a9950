"""Moved to :mod:`kroscek.store.queries` (the CLI shares them); kept so old imports work."""

from __future__ import annotations

from kroscek.store.queries import (
    SEARCH_COUNT_CAP,
    canonical_outlet,
    copy_only_sources,
    file_named,
    last_rowid,
    latest_day,
    minus_word,
    new_since,
    outlet_names,
    report_coverage,
    search_count,
    story_titles,
)

__all__ = [
    "SEARCH_COUNT_CAP",
    "canonical_outlet",
    "copy_only_sources",
    "file_named",
    "last_rowid",
    "latest_day",
    "minus_word",
    "new_since",
    "outlet_names",
    "report_coverage",
    "search_count",
    "story_titles",
]
