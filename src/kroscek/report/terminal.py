"""The terminal view: sources side by side, findings by severity with evidence highlighted.

Evidence is shown inside a few words of its own context, cut from the article by offset,
so a reader sees "…menewaskan **1.200 orang** serta…" rather than a bare number.
"""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from kroscek.data import Evidence, Report
from kroscek.report import glossary
from kroscek.report._common import by_severity, source_labels, ui, ui_lang, warning_lines

CONTEXT_CHARS = 40
SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan", "info": "dim"}
PASSAGE_PREVIEW = 90
MAX_EVIDENCE_CHARS = 160
# Up to this many sources are shown as columns; more become rows of one table.
SIDE_BY_SIDE_MAX = 4
MAX_PASSAGES = 5
# Sentences only one source carries, listed per source: where a fact-checker looks first.
MAX_UNIQUE_PER_SOURCE = 6


def _side_by_side(report: Report, lang: str, labels: dict[str, str]) -> Table:
    """Sources as columns (headline, language, date, length, facts), for a few sources."""
    table = Table(title=ui(lang, "sources"), expand=True, show_lines=True)
    table.add_column("", style="dim", no_wrap=True)
    for a in report.articles:
        table.add_column(labels[a.id], ratio=1, overflow="fold")
    rows: dict[str, list[Text] | list[str]] = {
        "headline": [Text(a.title, style="bold") for a in report.articles],
        "lang": [a.lang for a in report.articles],
        "date": [a.published.date().isoformat() if a.published else "-" for a in report.articles],
        "length": [f"{len(a.text)} {ui(lang, 'chars')}" for a in report.articles],
        "facts": [str(len(a.facts)) for a in report.articles],
    }
    for key, cells in rows.items():
        table.add_row(ui(lang, key), *cells)
    return table


def _sources_table(report: Report, lang: str, labels: dict[str, str]) -> Table:
    table = Table(title=ui(lang, "sources"), expand=True, show_lines=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column(ui(lang, "source"), ratio=1, min_width=12, overflow="fold")
    table.add_column(ui(lang, "headline"), ratio=3, min_width=16)
    table.add_column(ui(lang, "lang"), no_wrap=True)
    table.add_column(ui(lang, "date"), no_wrap=True)
    table.add_column(ui(lang, "length"), justify="right", no_wrap=True)
    table.add_column(ui(lang, "facts"), justify="right", no_wrap=True)
    for k, a in enumerate(report.articles, 1):
        table.add_row(
            str(k),
            labels[a.id],
            Text(a.title),
            a.lang,
            a.published.date().isoformat() if a.published else "-",
            f"{len(a.text)} {ui(lang, 'chars')}",
            str(len(a.facts)),
        )
    return table


def evidence_line(report: Report, ev: Evidence, label: str, lang: str) -> Text:
    """One evidence line: source, field, and the words highlighted inside their context."""
    return evidence_group_line(report, [ev], label, lang)


def group_evidence(report: Report, evidence: tuple[Evidence, ...]) -> list[list[Evidence]]:
    """A finding's evidence with the spans of one article that sit in one passage together.

    A figure and its attribution ("Menurut Hendra, sekitar 30 rumah") are two spans of one
    sentence; shown apart, the reader sees the same sentence twice for one source and
    cannot tell which lines are new. Spans of the same article and field that fit in one
    line of context join one group, in the order of their first appearance.
    """
    groups: list[list[Evidence]] = []
    for ev in evidence:
        if ev.field != "dateline":
            for group in groups:
                first = group[0]
                if first.article != ev.article or first.field != ev.field:
                    continue
                lo = min(ev.start, *(g.start for g in group))
                hi = max(ev.end, *(g.end for g in group))
                if hi - lo <= MAX_EVIDENCE_CHARS:
                    group.append(ev)
                    break
            else:
                groups.append([ev])
            continue
        groups.append([ev])
    return groups


def evidence_group_line(report: Report, group: list[Evidence], label: str, lang: str) -> Text:
    """One line for evidence spans of one article close together, each highlighted in place."""
    ev = group[0]
    if ev.field == "dateline":  # a place cleaning took out of the text: the words alone
        line = Text("    ")
        line.append(label, style="bold")
        line.append(f" · {ui(lang, 'field.dateline')}: ", style="dim")
        line.append(ev.text, style="bold reverse")
        return line
    try:
        full = report.article(ev.article).field_text(ev.field)
    except KeyError:
        full = ev.text
        group = [Evidence(ev.article, ev.field, 0, len(full), ev.text)]
    spans = _merged_spans(group)
    lo = max(0, spans[0][0] - CONTEXT_CHARS)
    hi = min(len(full), spans[-1][1] + CONTEXT_CHARS)
    line = Text("    ")
    line.append(f"{label}", style="bold")
    line.append(f" · {ui(lang, 'field.' + ev.field)}: ", style="dim")
    line.append("…" if lo > 0 else "", style="dim")
    at = lo
    for start, end in spans:
        line.append(_flat(full[at:start]), style="dim")
        words = full[start:end] or ev.text
        if len(words) > MAX_EVIDENCE_CHARS:
            half = MAX_EVIDENCE_CHARS // 2
            words = f"{words[:half]} … {words[-half:]}"
        line.append(_flat(words), style="bold reverse")
        at = end
    line.append(_flat(full[at:hi]) + ("…" if hi < len(full) else ""), style="dim")
    return line


def _merged_spans(group: list[Evidence]) -> list[tuple[int, int]]:
    """The group's spans in text order, overlapping ones joined."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted((ev.start, ev.end) for ev in group):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _flat(text: str) -> str:
    """Paragraph breaks as spaces, so one evidence stays on one line."""
    return " ".join(text.split("\n")).replace("  ", " ")


def _findings(report: Report, lang: str, labels: dict[str, str]) -> Group | Text:
    if not report.findings:
        return Text(ui(lang, "no_findings"), style="dim")
    parts: list[Text] = []
    for severity, findings in by_severity(report.findings):
        head = Text(f"\n{ui(lang, 'severity.' + severity)} ({len(findings)})")
        head.stylize(SEVERITY_STYLE[severity] + " underline")
        parts.append(head)
        for f in findings:
            line = Text("  ")
            line.append(f"[{ui(lang, 'type.' + f.type)}] ", style=SEVERITY_STYLE[severity])
            line.append(f.message)
            parts.append(line)
            for group in group_evidence(report, f.evidence):
                label = labels.get(group[0].article, group[0].article)
                parts.append(evidence_group_line(report, group, label, lang))
    parts.append(Text(f"\n{glossary.heading(lang)}:", style="dim bold"))
    for kind, meaning in glossary.meanings(lang, (f.type for f in report.findings)):
        parts.append(Text(f"  {ui(lang, 'type.' + kind)}: {meaning}", style="dim"))
    return Group(*parts)


def _shared(report: Report, lang: str, labels: dict[str, str]) -> Group:
    verbatim = [p for p in report.shared_passages if p.kind == "verbatim"]
    para = [p for p in report.shared_passages if p.kind == "paraphrase"]
    head = Text(
        f"{len(verbatim)} {ui(lang, 'verbatim')} "
        f"({sum(len(p.text) for p in verbatim)} {ui(lang, 'chars')}), "
        f"{len(para)} {ui(lang, 'paraphrase')}"
    )
    lines: list[Text] = [Text(glossary.shared_note(lang), style="dim"), head]
    for p in sorted(verbatim, key=lambda p: -len(p.text))[:MAX_PASSAGES]:
        preview = " ".join(p.text.split())
        if len(preview) > PASSAGE_PREVIEW:
            preview = preview[: PASSAGE_PREVIEW - 1] + "…"
        who = ", ".join(labels.get(o.article, o.article) for o in p.occurrences)
        line = Text("  • ")
        line.append(f"“{preview}”")
        line.append(f"  ({who})", style="dim")
        lines.append(line)
    lines.append(Text(f"\n{ui(lang, 'unique')}:", style="bold"))
    for a in report.articles:
        spans = report.unique.get(a.id, ())
        head = Text("  ")
        head.append(ui(lang, "only_in").format(source=labels[a.id]), style="green")
        head.append(f" ({len(spans)} {ui(lang, 'sentences')})", style="dim")
        lines.append(head)
        for span in spans[:MAX_UNIQUE_PER_SOURCE]:
            preview = _flat(a.field_text(span.field)[span.start : span.end]).strip()
            if len(preview) > PASSAGE_PREVIEW:
                preview = preview[: PASSAGE_PREVIEW - 1] + "…"
            lines.append(Text(f"    • {preview}"))
        if len(spans) > MAX_UNIQUE_PER_SOURCE:
            more = ui(lang, "unique_more").format(n=len(spans) - MAX_UNIQUE_PER_SOURCE)
            lines.append(Text(f"    {more}", style="dim"))
    return Group(*lines)


def render_terminal(report: Report, console: Console | None = None) -> None:
    """Print the report to ``console`` (a new stdout console when none is given)."""
    console = console or Console()
    lang = ui_lang(report)
    labels = source_labels(report)
    if report.warnings:
        # before the sources and findings: they decide how far the findings can be trusted
        rows = Text("\n".join(warning_lines(report, lang)))
        console.print(Panel(rows, title=ui(lang, "warnings"), style="yellow"))
    if len(report.articles) <= SIDE_BY_SIDE_MAX:
        console.print(_side_by_side(report, lang, labels))
    else:
        console.print(_sources_table(report, lang, labels))
    console.print(Panel(_findings(report, lang, labels), title=ui(lang, "findings")))
    console.print(Panel(_shared(report, lang, labels), title=ui(lang, "shared")))
    if report.rejected:
        rows = Text("\n".join(f"{r.origin}: {r.reason}" for r in report.rejected))
        console.print(Panel(rows, title=ui(lang, "rejected"), style="red"))
