"""Cleaning scraped articles: ``clean(raw) -> Article`` fixes title and text once.

Removes captions, photo-credit lines, inline headlines of other stories, "Baca juga"
links, pagination, embeds, adverts, editor initials, bylines, datelines and markdown
residue; rejoins paragraphs broken mid-sentence; resolves the outlet and the language.
"""

from __future__ import annotations

from kroscek.clean.core import clean, normalize_whitespace

# Every ``kind`` that ``clean`` records in ``article.meta["removed"]`` (a stable list for
# reports and the web app; docs/reading-and-cleaning.md says what each one covers).
REMOVAL_KINDS: frozenset[str] = frozenset(
    {
        "advert",
        "byline",
        "caption",
        "comment",
        "contact",
        "copyright",
        "dateline",
        "editor_initials",
        "embed",
        "img_title",
        "markup",
        "meta",
        "pagination",
        "preamble",
        "promo",
        "read_also",
        "related_headline",
        "site_name",
        "site_suffix",
        "source_line",
        "subheading",
        "syndication",
        "timestamp",
        "title_repeat",
    }
)

__all__ = ["REMOVAL_KINDS", "clean", "normalize_whitespace"]
