"""The CSV view: one row per piece of evidence of each finding, for a spreadsheet.

An editor who found what they need in a report pastes it into a spreadsheet or a shared
sheet, not into a JSON reader. Each row is one outlet's words in one finding, with the
finding's message beside it, so a filter on ``severity`` or ``source`` keeps whole
sentences; the columns after ``text`` are :mod:`kroscek.store.evidence`'s (the fact at that
span, the outlet's stance, a framing term's tone), so the CSV says what the Parquet export
says. A finding without evidence is still one row, its article columns empty.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from typing import Any

from kroscek.data import Report
from kroscek.store.evidence import EVIDENCE_COLUMNS, evidence_rows

CSV_COLUMNS = (
    *EVIDENCE_COLUMNS[:5],
    "message",
    *EVIDENCE_COLUMNS[5:8],
    "title",
    "url",
    *EVIDENCE_COLUMNS[8:],
)

# a cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets:
# a scraped headline "=HYPERLINK(...)" must arrive as text, not run (CSV injection)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def render_csv(report: Report | Mapping[str, Any], *, story_id: str = "") -> str:
    """The report's findings as CSV text (a header, then a row per evidence span)."""
    return rows_to_csv(CSV_COLUMNS, finding_rows(report, story_id=story_id))


def finding_rows(
    report: Report | Mapping[str, Any], *, story_id: str = ""
) -> Iterable[dict[str, Any]]:
    """Each finding's evidence rows (``evidence_rows``) with the finding's message and the
    article's headline and address; a finding without evidence as one row.

    The rows of the CSV view as dicts (keys :data:`CSV_COLUMNS`), for a researcher's table:
    ``pandas.DataFrame(finding_rows(report))``, one row per outlet's words in a finding.
    """
    if isinstance(report, Report):
        report = report.to_dict()
    articles = {a["id"]: a for a in report.get("articles", [])}
    by_finding: dict[int, list[dict[str, Any]]] = {}
    for row in evidence_rows(story_id, report):
        by_finding.setdefault(row["finding"], []).append(row)
    for index, finding in enumerate(report.get("findings", [])):
        common = {
            "story_id": story_id,
            "finding": index,
            "type": finding["type"],
            "severity": finding["severity"],
            "slot": finding.get("slot"),
            "message": finding.get("message"),
        }
        for row in by_finding.get(index) or [{}]:
            article = articles.get(row.get("article"), {})
            yield {
                **row,
                **common,
                "title": article.get("title"),
                "url": article.get("url"),
            }


def rows_to_csv(columns: Iterable[str], rows: Iterable[Mapping[str, Any]]) -> str:
    """CSV text with a header; ``None`` is an empty cell and formula-like text is quoted."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    names = list(columns)
    writer.writerow(names)
    for row in rows:
        writer.writerow([_cell(row.get(name)) for name in names])
    return out.getvalue()


def _cell(value: object) -> str:
    if value is None:
        return ""
    text = str(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text
