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


_AUTHOR_SPLIT_RE = re.compile(r"\s*[;|]\s*")


def author_names(author: str) -> str:
    """The people an author field names, without their labels, joined by ``"; "``.

    Portals put the whole credit line in their author meta ("Penulis Rina Wulandari;
    Editor Dodi Saputra"); trafilatura passes it on as it is. Whoever reads
    ``meta["author"]`` wants names, so each part loses its byline or staff label
    ("Penulis", "Editor:", "By", "Reporting by"); a part that is only a label is dropped.
    """
    from kroscek.clean.patterns import patterns

    pats = patterns()
    labels = (pats.byline, pats.byline_staff, pats.byline_editor)
    names: list[str] = []
    for part in _AUTHOR_SPLIT_RE.split(author.strip()):
        for _ in range(2):  # "Penulis: Editor: X" in a sloppy template
            match = next((m for rx in labels if (m := rx.match(part))), None)
            if match is None:
                break
            part = match.group(1)
        part = part.strip(" .,:")
        # "Editor" alone: the label with nobody after it
        only_label = any((m := rx.match(f"{part} x")) and m.group(1) == "x" for rx in labels)
        if part and not only_label and part not in names:
            names.append(part)
    return "; ".join(names)


# trafilatura writes a table as Markdown: "| Garut | 612 | 1.905 | ", with a "|---|---|"
# rule under the header row.
_RULE_CELL_RE = re.compile(r":?-{3,}:?")


def plain_table_rows(text: str) -> str:
    """A table's rows as plain lines, cells joined by " | " ("Garut | 612 | 1.905").

    A table of figures is article text (casualties per district, results per candidate):
    kept, with the Markdown frame trafilatura draws around it taken off, so that a row
    reads as its cells and the rule under the header row, which is no text, is gone.
    Line by line with string methods: linear on any line, however long.
    """
    out: list[str] = []
    for line in text.split("\n"):
        row = line.rstrip(" \t")
        if len(row) > 1 and row[0] == "|" and row[-1] == "|":
            cells = [cell.strip() for cell in row[1:-1].split("|")]
            if all(_RULE_CELL_RE.fullmatch(cell) for cell in cells):
                continue  # "|---|:---:|": the rule under the header row
            if any(cells):
                out.append(" | ".join(cells))
                continue
        out.append(line)
    return "\n".join(out)


def _find_date(html: str, url: str | None) -> str | None:
    from htmldate import find_date

    try:
        return find_date(
            html, url=url, extensive_search=False, original_date=True, outputformat=_DATE_FORMAT
        )
    except (ValueError, TypeError):  # htmldate raises on pathological markup
        return None


def _paragraph_text(body: Any, flat: str) -> str:
    """The body with a blank line between its blocks, or ``flat`` when that cannot be had.

    trafilatura's plain-text output puts each paragraph on one line with nothing between
    them (blank lines only come with its Markdown output, which would add ``**`` and ``#``
    to the text). Cleaning needs the blank lines: captions, "Baca juga" blocks, lists and
    closing lines are judged as paragraphs. So each top-level block of the extracted tree
    (a paragraph, a heading, a list, a quote) is turned into text by trafilatura's own
    serializer and the blocks are joined by a blank line; lines inside a block (a list's
    items, a ``<br>``) stay single. If the words differ in any way from ``flat`` (a tree
    shape this walk does not know), ``flat`` is kept: no paragraph is ever lost.
    """
    if body is None or not len(body):
        return flat
    lines = flat.split("\n")
    # Most pages: one line of ``flat`` per block holding text (every such block gives at
    # least one line, so equal counts mean exactly one each); no serializing again.
    if (
        not (body.text or "").strip()
        and not any((c.tail or "").strip() for c in body)
        and sum(1 for c in body if "".join(c.itertext()).strip()) == len(lines)
    ):
        return "\n\n".join(lines)
    from trafilatura.xml import xmltotxt

    blocks: list[str] = []
    numbered = False
    if body.text and body.text.strip():
        blocks.append(body.text.strip())
    for child in body:
        tail, child.tail = child.tail, None
        try:
            block = xmltotxt(child, False).strip()
        finally:
            child.tail = tail
        if child.tag == "list" and child.get("rend") == "ol" and block.startswith("- "):
            block, numbered = _number_items(block), True
        blocks.append(block)
        if tail and tail.strip():
            blocks.append(tail.strip())
    text = "\n\n".join(block for block in blocks if block)
    words = text.split()
    if numbered:  # the numbers are ours: the words must match without them
        unmarked = [w for w in words if w != "-" and not _ITEM_NUMBER_RE.match(w)]
        return text if unmarked == [w for w in flat.split() if w != "-"] else flat
    return text if words == flat.split() else flat


_ITEM_NUMBER_RE = re.compile(r"^\d{1,3}\.$")


def _number_items(block: str) -> str:
    """An ordered list's items, serialized with a dash each, numbered as the page shows
    them ("1. Laporkan ...", "2. Petugas ..."): numbered steps are the story's own order."""
    lines = block.split("\n")
    count = 0
    for k, line in enumerate(lines):
        if line.startswith("- "):
            count += 1
            lines[k] = f"{count}. {line[2:]}"
    return "\n".join(lines)


_TITLE_ELEMENT_RE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
# The <title> is in the head: no need to search a whole page for it.
_HEAD_CHARS = 65536


def _with_site_suffix(html: str, title: str) -> str:
    """The page's ``<title>`` when it is ``title`` plus the site's name ("Headline | Gema
    Pesisir"), else ``title``.

    trafilatura takes the headline from the page's ``<h1>`` and drops the ``<title>``'s
    suffix, which is often the only place a small portal names itself. Handing cleaning the
    whole ``<title>`` lets it peel the suffix off as it does for any title and keep it as
    evidence of the outlet; the headline it leaves is the same.
    """
    from html import unescape

    from kroscek.clean.outlet import strip_site_suffix

    match = _TITLE_ELEMENT_RE.search(html, 0, _HEAD_CHARS)
    if match is None or not title:
        return title
    page_title = " ".join(unescape(match.group(1)).split())
    head, suffix = strip_site_suffix(page_title, [])
    if suffix is None or " ".join(head.split()).casefold() != " ".join(title.split()).casefold():
        return title
    return page_title


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
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
        date_extraction_params=_DATE_PARAMS,
    )
    data: dict[str, Any] = {}
    if doc is not None:
        data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = (data.get("text") or "").strip()
    text = _paragraph_text(getattr(doc, "body", None), text)
    if "|" in text:
        text = plain_table_rows(text)
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
    if "author" in meta:
        names = author_names(meta["author"])
        if names:
            meta["author"] = names
        else:
            del meta["author"]
    return RawArticle(
        origin=origin,
        title=_with_site_suffix(html, (data.get("title") or "").strip()),
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
