"""Three views of one Report: terminal (rich), JSON (the stable contract) and one HTML page."""

from __future__ import annotations

from kroscek.report.html_report import render_html
from kroscek.report.json_report import render_json
from kroscek.report.terminal import render_terminal

__all__ = ["render_html", "render_json", "render_terminal"]
