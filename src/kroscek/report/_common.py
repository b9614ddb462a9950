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


# Beyond this many "may not report one event" warnings, the rest are counted, not listed:
# a JSONL export of many stories compared at once makes tens of thousands of pairs, and a
# wall of them hides the one thing to do (group them into stories first).
WARNINGS_SHOWN = 5

_MORE_WARNINGS = {
    "id": "… dan {n} peringatan lain seperti ini. Artikel-artikel ini tampaknya dari "
    "beberapa peristiwa: kelompokkan dulu menjadi cerita (kroscek ingest, lalu kroscek "
    "stories) dan bandingkan satu cerita saja.",
    "en": "… and {n} more warnings like these. These articles look like reports of several "
    "events: group them into stories first (kroscek ingest, then kroscek stories) and "
    "compare one story at a time.",
}


def warning_lines(report: Report, lang: str, limit: int = WARNINGS_SHOWN) -> list[str]:
    """The report's warnings to show: the first ``limit``, then one line counting the rest
    and saying what to do (every warning stays in the JSON ``warnings``)."""
    lines = [w.message for w in report.warnings[:limit]]
    hidden = len(report.warnings) - limit
    if hidden > 0:
        lines.append(_MORE_WARNINGS.get(lang, _MORE_WARNINGS["en"]).format(n=hidden))
    return lines
