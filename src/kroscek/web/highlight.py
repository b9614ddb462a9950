"""Highlight parts of an article by character offset, escaping every character of it.

Findings and shared passages carry offsets into an article's title or text, so the web
app marks exactly those characters: it never searches the text for a string again (which
would mark the wrong "1.200" when a number occurs twice). Marks may overlap; the text is
cut at every mark boundary and each piece carries the classes of all marks covering it.
All article characters pass through ``markupsafe.escape``: a stored ``<script>`` is shown,
never run.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup, escape


@dataclass(frozen=True, slots=True)
class Mark:
    """Characters ``[start, end)`` to highlight with CSS ``classes``.

    ``anchor`` becomes the HTML id of the mark's first piece so that a link
    ``#anchor`` jumps to it (and CSS ``:target`` shows it); ``label`` becomes its tooltip.
    """

    start: int
    end: int
    classes: str
    anchor: str | None = None
    label: str | None = None


def highlight(text: str, marks: Iterable[Mark]) -> Markup:
    """``text`` as HTML with ``<mark>`` elements around the given offsets.

    Marks outside the text are clipped and empty ones dropped, so a stale offset can
    never raise or break the page; the text itself is rendered whole either way.
    """
    size = len(text)
    valid: list[Mark] = []
    for m in marks:
        start, end = max(0, m.start), min(size, m.end)
        if start < end:
            valid.append(Mark(start, end, m.classes, m.anchor, m.label))
    if not valid:
        return escape(text)
    cuts = sorted({0, size, *(m.start for m in valid), *(m.end for m in valid)})
    by_start: dict[int, list[Mark]] = {}
    for m in valid:
        by_start.setdefault(m.start, []).append(m)
    out: list[str] = []
    active: list[Mark] = []
    for left, right in pairwise(cuts):
        active = [m for m in active if m.end > left]
        starting = by_start.get(left, [])
        active.extend(starting)
        piece = str(escape(text[left:right]))
        if not active:
            out.append(piece)
            continue
        anchors = [m.anchor for m in starting if m.anchor]
        # Extra anchors starting at the same character get empty spans of their own.
        out.extend(f'<span id="{escape(a)}" class="anchor"></span>' for a in anchors[1:])
        out.append(_open(active, anchors[0] if anchors else None) + piece + "</mark>")
    return Markup("".join(out))


def _open(active: Sequence[Mark], anchor: str | None) -> str:
    classes = " ".join(dict.fromkeys(c for m in active for c in m.classes.split()))
    groups = " ".join(dict.fromkeys(m.anchor for m in active if m.anchor))
    labels = " · ".join(dict.fromkeys(m.label for m in active if m.label))
    attrs = [f'class="{escape(classes)}"']
    if anchor:
        attrs.append(f'id="{escape(anchor)}"')
    if groups:
        attrs.append(f'data-marks="{escape(groups)}"')
    if labels:
        attrs.append(f'title="{escape(labels)}"')
    return "<mark " + " ".join(attrs) + ">"


def snippet_html(snippet: str, open_marker: str = "«", close_marker: str = "»") -> Markup:
    """A search snippet with its match markers turned into ``<mark>``, all else escaped.

    Markers are balanced by position, so a stray « in the article cannot leave a
    ``<mark>`` open across the rest of the page.
    """
    out: list[str] = []
    inside = False
    buf: list[str] = []
    for ch in snippet:
        if ch == open_marker and not inside:
            out.append(str(escape("".join(buf))))
            buf, inside = [], True
        elif ch == close_marker and inside:
            out.append("<mark>" + str(escape("".join(buf))) + "</mark>")
            buf, inside = [], False
        else:
            buf.append(ch)
    rest = "".join(buf)
    out.append(str(escape((open_marker if inside else "") + rest)))
    return Markup("".join(out))


def safe_href(url: str | None) -> str | None:
    """``url`` if it is an http(s) link, else None: ``javascript:``/``data:`` never become links."""
    if not url:
        return None
    candidate = url.strip()
    lowered = candidate.lower()
    if (lowered.startswith("http://") or lowered.startswith("https://")) and not any(
        ch in candidate for ch in "\x00\r\n\t <>\"'`"
    ):
        return candidate
    return None
