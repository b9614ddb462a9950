"""The terminal view: a summary, sources side by side, findings by severity with evidence
highlighted in its own sentence, then the shared and unique text.

Evidence is shown inside a few words of its own context, cut from the article by offset,
so a reader sees "…menewaskan **1.200 orang** serta…" rather than a bare number. Each
source keeps one colour everywhere (and its name, for NO_COLOR and piped output).
"""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from kroscek.data import Evidence, Report
from kroscek.report import glossary
from kroscek.report._common import (
    MAX_PASSAGES,
    by_severity,
    group_evidence,
    in_source_order,
    odd_one_out,
    per_source,
    preview,
    published_label,
    severity_counts,
    snippet,
    source_labels,
    summary_types,
    ui,
    ui_lang,
    warning_lines,
    word,
)

__all__ = ["evidence_group_line", "evidence_line", "group_evidence", "render_terminal"]

SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan", "info": "dim"}
# Source colours: none of them a severity colour, so a source never reads as a verdict.
SOURCE_COLOURS = ("blue", "magenta", "green", "dark_orange3", "purple", "turquoise4")
# Up to this many sources are shown as columns; more become rows of one table.
SIDE_BY_SIDE_MAX = 4
# Sentences only one source carries, listed per source: where a fact-checker looks first.
MAX_UNIQUE_PER_SOURCE = 6


def source_styles(report: Report) -> dict[str, str]:
    """One colour per source, the same in the side-by-side view, the summary, the findings
    and the unique sentences, so an outlet is recognised before its name is read."""
    n = len(SOURCE_COLOURS)
    return {a.id: f"bold {SOURCE_COLOURS[k % n]}" for k, a in enumerate(report.articles)}


def _indented(item: RenderableType, left: int) -> Padding:
    """``item`` with every wrapped line indented, not only the first: at 80 columns an
    evidence line wraps, and flush-left continuations read like new findings."""
    return Padding(item, (0, 0, 0, left))


def _side_by_side(
    report: Report, lang: str, labels: dict[str, str], styles: dict[str, str]
) -> Table:
    """Sources as columns (headline, language, date, length, facts), for a few sources."""
    table = Table(title=ui(lang, "sources"), expand=True, show_lines=True)
    table.add_column("", style="dim", no_wrap=True)
    for a in report.articles:
        table.add_column(Text(labels[a.id], style=styles[a.id]), ratio=1, overflow="fold")
    rows: dict[str, list[Text] | list[str]] = {
        "headline": [Text(a.title, style="bold") for a in report.articles],
        "lang": [a.lang for a in report.articles],
        "date": [published_label(a.published) for a in report.articles],
        "length": [f"{len(a.text)} {ui(lang, 'chars')}" for a in report.articles],
        "facts": [str(len(a.facts)) for a in report.articles],
    }
    for key, cells in rows.items():
        table.add_row(ui(lang, key), *cells)
    return table


def _sources_table(
    report: Report, lang: str, labels: dict[str, str], styles: dict[str, str]
) -> Table:
    table = Table(title=ui(lang, "sources"), expand=True, show_lines=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column(ui(lang, "source"), ratio=2, min_width=12, overflow="fold")
    table.add_column(ui(lang, "headline"), ratio=5, min_width=16)
    table.add_column(ui(lang, "lang"), no_wrap=True)
    table.add_column(ui(lang, "date"), no_wrap=True)
    table.add_column(ui(lang, "length"), justify="right", no_wrap=True)
    table.add_column(ui(lang, "facts"), justify="right", no_wrap=True)
    for k, a in enumerate(report.articles, 1):
        table.add_row(
            str(k),
            Text(labels[a.id], style=styles[a.id]),
            Text(a.title),
            a.lang,
            # the day over the clock and the figure over its unit: narrow columns leave
            # the outlet's name, the reason to read this table, its width on 80 columns
            published_label(a.published).replace(" ", "\n", 1),
            f"{len(a.text)}\n{ui(lang, 'chars')}",
            str(len(a.facts)),
        )
    return table


def _summary(
    report: Report, lang: str, labels: dict[str, str], styles: dict[str, str]
) -> Group | None:
    """The ten-second view: findings per severity, then per source how many of each kind
    involve it (its own headline, conflicts, and those where it alone differs)."""
    if not report.findings:
        return None
    parts: list[RenderableType] = [Text(severity_counts(report, lang), style="bold")]
    types = summary_types(report)
    counts = per_source(report)
    if types:
        table = Table(box=None, pad_edge=False, show_edge=False, expand=False)
        table.add_column(ui(lang, "source"), overflow="fold")
        for t in types:
            table.add_column(ui(lang, "type." + t), justify="right")
        odd = any("odd" in row for row in counts.values())
        if odd:
            table.add_column(word(lang, "odd"), justify="right", style="bold")
        for a in report.articles:
            row = counts[a.id]
            cells = [str(row.get(t, 0) or "-") for t in types]
            if odd:
                cells.append(str(row.get("odd", 0) or "-"))
            table.add_row(Text(labels[a.id], style=styles[a.id]), *cells)
        parts.append(table)
    return Group(*parts)


def evidence_line(report: Report, ev: Evidence, label: str, lang: str) -> Text:
    """One evidence line: source, field, and the words highlighted inside their context."""
    return evidence_group_line(report, [ev], label, lang)


def evidence_group_line(
    report: Report, group: list[Evidence], label: str, lang: str, style: str = "bold"
) -> Text:
    """One line for evidence spans of one article close together, each highlighted in place."""
    ev = group[0]
    line = Text()
    line.append(label, style=style)
    if ev.field == "dateline":  # a place cleaning took out of the text: the words alone
        line.append(f" · {ui(lang, 'field.dateline')}: ", style="dim")
        line.append(ev.text, style="bold reverse")
        return line
    line.append(f" · {ui(lang, 'field.' + ev.field)}: ", style="dim")
    for text, marked in snippet(report, group):
        line.append(text, style="bold reverse" if marked else "dim")
    return line


def _findings(
    report: Report, lang: str, labels: dict[str, str], styles: dict[str, str]
) -> Group | Text:
    if not report.findings:
        return Text(ui(lang, "no_findings"), style="dim")
    parts: list[RenderableType] = []
    for severity, findings in by_severity(report.findings):
        head = Text(f"\n{ui(lang, 'severity.' + severity)} ({len(findings)})")
        head.stylize(SEVERITY_STYLE[severity] + " underline")
        parts.append(head)
        for f in findings:
            line = Text()
            line.append(f"[{ui(lang, 'type.' + f.type)}] ", style=SEVERITY_STYLE[severity])
            line.append(f.message)
            odd = odd_one_out(report, f)
            if odd is not None:
                line.append(f"  ({word(lang, 'odd_one').format(source=labels[odd])})", "bold")
            parts.append(_indented(line, 2))
            if f.type == "agreement":  # the message says it all; the HTML keeps the evidence
                continue
            for k in in_source_order(report, f):
                group = [f.evidence[i] for i in k]
                aid = group[0].article
                label, style = labels.get(aid, aid), styles.get(aid, "bold")
                parts.append(_indented(evidence_group_line(report, group, label, lang, style), 4))
    if any(f.type == "agreement" for f in report.findings):
        parts.append(_indented(Text(word(lang, "info_folded"), style="dim"), 2))
    parts.append(Text(f"\n{glossary.heading(lang)}:", style="dim bold"))
    for kind, meaning in glossary.meanings(lang, (f.type for f in report.findings)):
        parts.append(_indented(Text(f"{ui(lang, 'type.' + kind)}: {meaning}", style="dim"), 2))
    return Group(*parts)


def _shared(report: Report, lang: str, labels: dict[str, str], styles: dict[str, str]) -> Group:
    verbatim = [p for p in report.shared_passages if p.kind == "verbatim"]
    para = [p for p in report.shared_passages if p.kind == "paraphrase"]
    head = Text(
        f"{len(verbatim)} {ui(lang, 'verbatim')} "
        f"({sum(len(p.text) for p in verbatim)} {ui(lang, 'chars')}), "
        f"{len(para)} {ui(lang, 'paraphrase')}"
    )
    lines: list[RenderableType] = [Text(glossary.shared_note(lang), style="dim"), head]
    for p in sorted(verbatim, key=lambda p: -len(p.text))[:MAX_PASSAGES]:
        line = Text("• ")
        line.append(f"“{preview(p.text)}”  (")
        for n, o in enumerate(dict.fromkeys(o.article for o in p.occurrences)):
            line.append(", " if n else "", style="dim")
            line.append(labels.get(o, o), style=styles.get(o, "dim"))
        line.append(")")
        lines.append(_indented(line, 2))
    lines.append(Text(f"\n{ui(lang, 'unique')}:", style="bold"))
    for a in report.articles:
        spans = report.unique.get(a.id, ())
        head = Text(ui(lang, "only_in").format(source=labels[a.id]), style=styles[a.id])
        head.append(f" ({len(spans)} {ui(lang, 'sentences')})", style="dim")
        lines.append(_indented(head, 2))
        for span in spans[:MAX_UNIQUE_PER_SOURCE]:
            sentence = preview(a.field_text(span.field)[span.start : span.end])
            lines.append(_indented(Text(f"• {sentence}"), 4))
        if len(spans) > MAX_UNIQUE_PER_SOURCE:
            more = ui(lang, "unique_more").format(n=len(spans) - MAX_UNIQUE_PER_SOURCE)
            lines.append(_indented(Text(more, style="dim"), 4))
    return Group(*lines)


def render_terminal(report: Report, console: Console | None = None) -> None:
    """Print the report to ``console`` (a new stdout console when none is given)."""
    console = console or Console()
    lang = ui_lang(report)
    labels = source_labels(report)
    styles = source_styles(report)
    if report.warnings:
        # before the sources and findings: they decide how far the findings can be trusted
        rows = Text("\n".join(warning_lines(report, lang)))
        console.print(Panel(rows, title=ui(lang, "warnings"), style="yellow"))
    if len(report.articles) <= SIDE_BY_SIDE_MAX:
        console.print(_side_by_side(report, lang, labels, styles))
    else:
        console.print(_sources_table(report, lang, labels, styles))
    summary = _summary(report, lang, labels, styles)
    if summary is not None:
        console.print(Panel(summary, title=word(lang, "summary")))
    console.print(Panel(_findings(report, lang, labels, styles), title=ui(lang, "findings")))
    console.print(Panel(_shared(report, lang, labels, styles), title=ui(lang, "shared")))
    if report.rejected:
        rows = Text("\n".join(f"{r.origin}: {r.reason}" for r in report.rejected))
        console.print(Panel(rows, title=ui(lang, "rejected"), style="red"))
