"""Views of one Report: terminal (rich), JSON (the stable contract), one HTML page, CSV,
and the CSV's rows as dicts (``finding_rows``: a table for pandas)."""

from __future__ import annotations

from kroscek.report.csv_report import finding_rows, render_csv
from kroscek.report.html_report import render_html
from kroscek.report.json_report import render_json
from kroscek.report.terminal import render_terminal

__all__ = ["finding_rows", "render_csv", "render_html", "render_json", "render_terminal"]
