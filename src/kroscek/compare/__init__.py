"""Cross-checking articles about one event: ``compare(inputs) -> Report``."""

from __future__ import annotations

from kroscek.compare.pipeline import compare, load_articles

__all__ = ["compare", "load_articles"]
