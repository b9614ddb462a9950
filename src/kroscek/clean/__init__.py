"""Cleaning scraped articles: ``clean(raw) -> Article`` fixes title and text once.

Removes captions, photo-credit lines, inline headlines of other stories, "Baca juga"
links, pagination, embeds, adverts, editor initials, bylines, datelines and markdown
residue; rejoins paragraphs broken mid-sentence; resolves the outlet and the language.
"""

from __future__ import annotations

from kroscek.clean.core import clean, normalize_whitespace

__all__ = ["clean", "normalize_whitespace"]
