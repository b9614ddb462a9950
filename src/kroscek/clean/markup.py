"""Markdown and HTML residue left by scrapers that convert pages to text.

"[Pasukan Quds](#)" becomes "Pasukan Quds", "**tegas**" becomes "tegas", a leading "# "
goes, and image links go entirely. Each change is returned so that ``meta["removed"]``
says what was taken out.
"""

from __future__ import annotations

import html
import re

MARKUP_CHARS_RE = re.compile(r"[\[*_#<&>]")
# Every pattern is bounded (no bracket inside a link text, lengths capped) so that a
# line full of unmatched "[" or "**" costs linear time, not quadratic.
_IMAGE_RE = re.compile(r"!\[[^\[\]\n]{0,300}\]\([^()\s]{0,1000}\)")
_LINK_RE = re.compile(r"\[([^\[\]\n]{1,300})\]\([^()\s]{0,1000}\)")
_BOLD_RE = re.compile(r"(\*\*|__)(?=\S)([^*_\n]{1,300}?)(?<=\S)\1")
_ITALIC_RE = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]{1,300}?)(?<=\S)\*(?![\w*])")
_HEADING_RE = re.compile(r"^#{1,6}\s+")
_QUOTE_RE = re.compile(r"^>\s+")
_TAG_RE = re.compile(
    r"</?(?:p|br|b|i|strong|em|span|div|a|u|small|sup|sub)(?:\s[^<>]{0,500})?/?>", re.I
)
_ENTITY_RE = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,5}|#x[0-9a-fA-F]{2,4});")


def strip_markup(line: str) -> tuple[str, list[str]]:
    """``line`` without markup, and the list of markup fragments removed."""
    removed: list[str] = []
    if not MARKUP_CHARS_RE.search(line):
        return line.strip(), removed

    def note(pattern: re.Pattern[str], keep: int | str, text: str) -> str:
        """``pattern.sub`` with the text of group ``keep`` (an int), or ``keep`` itself (a
        string), as the replacement: the group is read directly, since ``match.expand``
        parses its template again at every match."""

        def sub(match: re.Match[str]) -> str:
            removed.append(match.group(0))
            return keep if isinstance(keep, str) else match.group(keep)

        return pattern.sub(sub, text)

    if _ENTITY_RE.search(line):
        line = html.unescape(line)
    line = note(_IMAGE_RE, "", line)
    line = note(_LINK_RE, 1, line)
    line = note(_BOLD_RE, 2, line)
    line = note(_ITALIC_RE, 1, line)
    line = note(_TAG_RE, " ", line)
    line = note(_HEADING_RE, "", line)
    line = note(_QUOTE_RE, "", line)
    return line.strip(), removed
