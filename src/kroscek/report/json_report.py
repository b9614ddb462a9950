"""The JSON view: exactly ``Report.to_dict()``, the contract scripts and checks rely on."""

from __future__ import annotations

import json

from kroscek.data import Report


def render_json(report: Report, *, indent: int | None = 2) -> str:
    """The report as JSON text (UTF-8 friendly: Indonesian and quotes are not escaped)."""
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=indent)
