"""What the terminal and HTML views share: UI language, labels, severity order."""

from __future__ import annotations

from kroscek.compare.messages import messages, report_lang
from kroscek.data import SEVERITIES, Finding, Report


def ui_lang(report: Report) -> str:
    """The interface language: the one the findings are worded in (the most common article
    language, Indonesian on a tie)."""
    return report_lang(a.lang for a in report.articles)


def ui(lang: str, key: str) -> str:
    return str(messages(lang)[f"ui.{key}"])


def source_labels(report: Report) -> dict[str, str]:
    """A readable, distinct name per article (outlet, numbered when two share one)."""
    from kroscek.compare.findings._common import source_labels as labels

    return labels(report.articles)


def by_severity(findings: tuple[Finding, ...]) -> list[tuple[str, list[Finding]]]:
    """Findings grouped by severity, most severe first, empty groups left out."""
    groups = [(s, [f for f in findings if f.severity == s]) for s in SEVERITIES]
    return [(s, fs) for s, fs in groups if fs]
