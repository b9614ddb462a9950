"""HTML pages through trafilatura (text, title, date, site name), htmldate as date fallback.

trafilatura is imported inside the function: ``kroscek --help`` and any run that reads no
HTML never pay for it. A page where trafilatura finds no article (a 404 page, an index
page, a login wall) is rejected with "no article text found" rather than yielding menu text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kroscek.data import RawArticle
from kroscek.ingest.dates import parse_iso
from kroscek.ingest.files import InputRejected, decode, read_limited
from kroscek.settings import Settings

# Ask htmldate (inside trafilatura) for the time and offset too, not only the day.
_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
_DATE_PARAMS = {"outputformat": _DATE_FORMAT, "original_date": True, "extensive_search": True}
# Shorter extractions are navigation or error pages, not articles.
MIN_ARTICLE_CHARS = 80
MIN_ARTICLE_WORDS = 12
# kroscek's own HTML report and web pages say so in their head (see report/html_report.py
# and web/templates/base.html).
_OWN_PAGE_RE = re.compile(r"<meta\s+name=[\"']generator[\"']\s+content=[\"']kroscek", re.I)


def _find_date(html: str, url: str | None) -> str | None:
    from htmldate import find_date

    try:
        return find_date(
            html, url=url, extensive_search=False, original_date=True, outputformat=_DATE_FORMAT
        )
    except (ValueError, TypeError):  # htmldate raises on pathological markup
        return None


def extract_html(
    html: str, origin: str, *, url: str | None = None, source: str | None = None, fmt: str = "html"
) -> RawArticle:
    """The article in an HTML page, or ``InputRejected("no article text found")``.

    A page kroscek made (a saved report, a page of the web app) is refused: it quotes every
    article of its story, so reading it back would add a fake outlet to that story.
    """
    if _OWN_PAGE_RE.search(html[:4096]):
        raise InputRejected(
            "a report or page made by kroscek, not an article; leave reports out of the inputs",
            "own_report",
        )
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        deduplicate=False,
        date_extraction_params=_DATE_PARAMS,
    )
    data: dict[str, Any] = {}
    if doc is not None:
        data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = (data.get("text") or "").strip()
    if len(text) < MIN_ARTICLE_CHARS or len(text.split()) < MIN_ARTICLE_WORDS:
        raise InputRejected("no article text found in the HTML page", "no_article")
    page_url = url or data.get("url") or None
    date = data.get("date") or _find_date(html, page_url)
    try:
        published = parse_iso(date) if date else None
    except InputRejected:
        published = None
    meta: dict[str, Any] = {}
    for key in ("sitename", "author", "language", "hostname", "description"):
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            meta["lang" if key == "language" else key] = value.strip()
    return RawArticle(
        origin=origin,
        title=(data.get("title") or "").strip(),
        text=text,
        source=source,
        url=page_url,
        published=published,
        fmt=fmt,
        meta=meta,
    )


def read_html(
    path: Path, origin: str, settings: Settings, source: str | None
) -> Iterator[RawArticle]:
    """Read one ``.html`` / ``.htm`` file as one article."""
    data = read_limited(path, settings.max_input_bytes)
    yield extract_html(decode(data), origin, source=source)
