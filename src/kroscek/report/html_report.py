"""The HTML view: one self-contained page, offline, with evidence highlighted by offset.

Safety first: every piece of article text (title, body, source, URL, evidence, messages)
goes through ``html.escape``, the page loads nothing from anywhere (inline CSS, no script
at all) and article URLs are shown as text, never as links, so a hostile article's
``<script>`` or ``javascript:`` link is inert. Highlights are built from the offsets in the
report, never by searching strings again: the highlighted words are exactly the evidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from itertools import pairwise

from kroscek import __version__
from kroscek.data import EvidenceField, Finding, Report
from kroscek.report import _common as summary
from kroscek.report import glossary
from kroscek.report._common import (
    by_severity,
    in_source_order,
    merged_spans,
    snippet,
    source_labels,
    ui,
    ui_lang,
    warning_lines,
    word,
)

# Source colours (classes src-0 … src-5): none of them a severity colour. A source's
# chip carries its colour everywhere, and its article card takes it as a top border.
_PALETTE = ("#1f5fbf", "#a1379b", "#2e7d32", "#c05a00", "#6a3fb5", "#00796b")
SOURCE_COLOURS = len(_PALETTE)
_SOURCE_CSS = "".join(
    f".src-{n}{{--s:{c}}}article:has(>.meta>.src-{n}){{border-top:5px solid {c}}}"
    for n, c in enumerate(_PALETTE)
)

CSS = """
:root{--fg:#1d232a;--muted:#5b6670;--bg:#fff;--line:#d9dee3;--high:#c62828;--medium:#b26a00;
--low:#0b6e99;--info:#5b6670;--shared:#e6f0ff;--only:#e3f5e1}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);
background:var(--bg)}
header,main,footer{max-width:1200px;margin:0 auto;padding:0 1rem}
h1{font-size:1.5rem;margin:1rem 0 .5rem}h2{font-size:1.2rem;margin:1.5rem 0 .5rem;
border-bottom:1px solid var(--line)}
table{border-collapse:collapse;width:100%;font-size:.92rem}
td,th{border-bottom:1px solid var(--line);padding:.35rem .4rem;text-align:left;vertical-align:top}
.table-wrap{overflow-x:auto}
.sev{display:inline-block;min-width:4.5rem;padding:0 .4rem;border-radius:.3rem;color:#fff;
font-size:.8rem;text-align:center}
.sev-high{background:var(--high)}.sev-medium{background:var(--medium)}
.sev-low{background:var(--low)}.sev-info{background:var(--info)}
.finding{margin:.6rem 0;padding:.5rem .7rem;border-left:4px solid var(--line)}
.finding.high{border-color:var(--high)}.finding.medium{border-color:var(--medium)}
.finding.low{border-color:var(--low)}.finding.info{border-color:var(--info)}
.type{font-weight:600;margin-right:.3rem}
.evidence{margin:.3rem 0 0 1rem;padding:0;list-style:none;font-size:.9rem}
.evidence a{color:inherit}
.articles{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:1rem}
article{border:1px solid var(--line);border-radius:.4rem;padding:.8rem}
article h3{margin:.2rem 0 .6rem;font-size:1.1rem}
.meta{color:var(--muted);font-size:.85rem;word-break:break-all}
.body{white-space:pre-wrap;overflow-wrap:anywhere}
mark{background:#fff3b0;color:inherit;padding:0 .05rem}
mark.only{background:var(--only)}
mark.high{background:#ffcdd2}mark.medium{background:#ffe0b2}mark.low{background:#d6ecf7}
mark.info{background:#eceff1}
.shared{background:var(--shared);text-decoration:underline dotted}
.warnings{border-left:4px solid var(--medium);padding:.2rem .8rem;margin:1rem 0}
.warnings h2{border:0;margin:.4rem 0}
.anchor{scroll-margin-top:4rem}
.anchor:target+mark{outline:3px solid var(--fg)}
footer{color:var(--muted);font-size:.8rem;margin:2rem auto}
.glossary{color:var(--muted);font-size:.9rem;margin:.3rem 0 .8rem}
.glossary dt{display:inline;font-weight:600}.glossary dd{display:inline;margin:0}
.glossary div{margin:.15rem 0}
.src{font-weight:600;border-bottom:3px solid var(--s,var(--line))}
.summary{margin:1rem 0}.summary a{color:inherit;text-decoration:none;white-space:nowrap}
.summary a:hover{text-decoration:underline}
.per-source{width:auto}.per-source td,.per-source th{text-align:right;padding:.2rem .7rem}
.per-source td:first-child,.per-source th:first-child{text-align:left;padding-left:0}
.odd{color:var(--high)}.unique{margin:.3rem 0}.passages li{margin:.3rem 0}
.passages a,.unique a{color:inherit;text-decoration:none}.evidence li{margin:.25rem 0}
.ctx{color:var(--muted)}.ctx mark{color:var(--fg)}.ctx a{text-decoration:none}
details>summary{cursor:pointer}
details.group>summary h3{display:inline-block;margin:.6rem 0}
@media print{body{font-size:11pt}.summary a,.evidence a{text-decoration:none}
.finding,article,tr{break-inside:avoid}.articles{display:block}article{margin:0 0 1rem}
details::details-content{content-visibility:visible;display:block;height:auto}mark,.sev,.src{print-color-adjust:exact;-webkit-print-color-adjust:exact}}
@media (max-width:600px){body{font-size:15px}
.per-source td,.per-source th{padding:.2rem .35rem}.evidence{margin-left:.3rem}
.sources .narrow-hide{display:none}}
@media (prefers-color-scheme:dark){:root{--fg:#e6e9ec;--muted:#9aa5ae;--bg:#14181c;
--line:#2d343b;--shared:#1d2b3d;--only:#1e3320}mark{background:#5c4d00}mark.high{background:#6b1f1f}
mark.medium{background:#6b4a12}mark.low{background:#12455e}mark.info{background:#333b42}}
"""


@dataclass(frozen=True, slots=True)
class _Mark:
    start: int
    end: int
    css: str
    anchor: str | None = None
    title: str | None = None


def _render_field(text: str, marks: list[_Mark]) -> str:
    """Escape ``text`` and wrap the marked ranges; overlapping ranges are split cleanly."""
    marks = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    points = sorted({0, len(text)} | {m.start for m in marks} | {m.end for m in marks})
    out: list[str] = []
    for p, q in pairwise(points):
        for m in marks:
            if m.start == p and m.anchor:
                out.append(f'<span class="anchor" id="{escape(m.anchor)}"></span>')
        piece = escape(text[p:q])
        active = [m for m in marks if m.start <= p and q <= m.end]
        if not active:
            out.append(piece)
            continue
        classes = " ".join(dict.fromkeys(c for m in active for c in m.css.split()))
        titles = [m.title for m in active if m.title]
        title = f' title="{escape(titles[-1])}"' if titles else ""
        out.append(f'<mark class="{escape(classes)}"{title}>{piece}</mark>')
    return "".join(out)


def _marks(report: Report, lang: str) -> dict[tuple[str, EvidenceField], list[_Mark]]:
    marks: dict[tuple[str, EvidenceField], list[_Mark]] = {}
    only_here = ui(lang, "only_here")
    for aid, spans in report.unique.items():
        for k, sp in enumerate(spans):
            marks.setdefault((aid, sp.field), []).append(
                _Mark(sp.start, sp.end, "only", f"un-{aid}-{k}", title=only_here)
            )
    for n, p in enumerate(report.shared_passages):
        if p.kind != "verbatim":
            continue
        for k, o in enumerate(p.occurrences):
            marks.setdefault((o.article, o.field), []).append(
                _Mark(o.start, o.end, "shared", f"sp-{n}-{k}")
            )
    for i, f in enumerate(report.findings):
        for k, ev in enumerate(f.evidence):
            marks.setdefault((ev.article, ev.field), []).append(
                _Mark(ev.start, ev.end, f"{f.severity} {f.type}", f"ev-{i}-{k}", f.message)
            )
    return marks


def _src(report: Report, aid: str) -> str:
    """The CSS class that gives a source its colour, the same in every part of the page."""
    for n, a in enumerate(report.articles):
        if a.id == aid:
            return f"src src-{n % SOURCE_COLOURS}"
    return "src"


def _evidence_item(
    report: Report, lang: str, labels: dict[str, str], i: int, f: Finding, group: list[int]
) -> str:
    """One source's evidence of a finding: its words highlighted inside their sentence,
    each highlight a link to the same words in the article below."""
    first = f.evidence[group[0]]
    source = labels.get(first.article, first.article)
    chip = f'<span class="{_src(report, first.article)}">{escape(source)}</span>'
    if first.field == "dateline":  # cleaning took it out of the text: nothing to mark
        where = f"{chip} · {escape(ui(lang, 'field.dateline'))}"
        return f"<li>{where}: “{escape(first.text)}”</li>"
    field = escape(ui(lang, "field." + first.field))
    pieces: list[str] = []
    spans = [f.evidence[k] for k in group]
    # each highlighted piece links to the first span it holds (overlapping spans are merged)
    anchors = iter(
        min(k for k in group if lo <= f.evidence[k].start < max(hi, lo + 1))
        for lo, hi in merged_spans(spans)
    )
    for text, marked in snippet(report, spans):
        if not marked:
            pieces.append(escape(text))
            continue
        k = next(anchors, group[0])
        pieces.append(f'<a href="#ev-{i}-{k}"><mark class="{f.severity}">{escape(text)}</mark></a>')
    return f'<li>{chip} · {field}: <span class="ctx">{"".join(pieces)}</span></li>'


def _finding_html(
    report: Report, lang: str, labels: dict[str, str], i: int, f: Finding, evidence: bool
) -> str:
    odd = summary.odd_one_out(report, f)
    note = ""
    if odd is not None:
        who = f'<span class="{_src(report, odd)}">{escape(labels[odd])}</span>'
        note = f' <strong class="odd">({escape(word(lang, "odd"))}: {who})</strong>'
    items = ""
    if evidence:
        items = "".join(
            _evidence_item(report, lang, labels, i, f, g) for g in in_source_order(report, f)
        )
        items = f'<ul class="evidence">{items}</ul>'
    return (
        f'<div class="finding {f.severity}" id="f-{i}">'
        f'<span class="type">{escape(ui(lang, "type." + f.type))}</span>'
        f"{escape(f.message)}{note}{items}</div>"
    )


def _findings_html(report: Report, lang: str, labels: dict[str, str]) -> str:
    if not report.findings:
        return f"<p>{escape(ui(lang, 'no_findings'))}</p>"
    index = {id(f): i for i, f in enumerate(report.findings)}
    out: list[str] = []
    for severity, findings in by_severity(report.findings):
        head = (
            f'<span class="sev sev-{severity}">{escape(ui(lang, "severity." + severity))}'
            f"</span> {len(findings)}"
        )
        # agreements and spelling variants are folded: they confirm, they do not alarm
        body = "\n".join(
            _finding_html(report, lang, labels, index[id(f)], f, evidence=True) for f in findings
        )
        if severity == "info":
            out.append(
                f'<details class="group" id="sev-{severity}"><summary><h3>{head}</h3>'
                f"</summary>{body}</details>"
            )
        else:
            out.append(
                f'<section class="group" id="sev-{severity}"><h3>{head}</h3>{body}</section>'
            )
    return "\n".join(out)


def _summary_html(report: Report, lang: str, labels: dict[str, str]) -> str:
    """The ten-second view: severity counts as jump links, then per source how many
    findings of each kind involve it, and the conflicts where it alone differs."""
    if not report.findings:
        return ""
    links = " · ".join(
        f'<a href="#sev-{s}"><span class="sev sev-{s}">{escape(ui(lang, "severity." + s))}</span>'
        f" {len(fs)}</a>"
        for s, fs in by_severity(report.findings)
    )
    types = summary.summary_types(report)
    counts = summary.per_source(report)
    odd = any("odd" in row for row in counts.values())
    head = "".join(f"<th>{escape(ui(lang, 'type.' + t))}</th>" for t in types)
    if odd:
        head += f"<th>{escape(word(lang, 'odd'))}</th>"
    rows = []
    for a in report.articles:
        row = counts[a.id]
        cells = "".join(f"<td>{row.get(t, 0) or '-'}</td>" for t in types)
        if odd:
            n = row.get("odd", 0)
            cells += f'<td class="odd">{n}</td>' if n else "<td>-</td>"
        chip = f'<span class="{_src(report, a.id)}">{escape(labels[a.id])}</span>'
        rows.append(f'<tr><td><a href="#a-{escape(a.id)}">{chip}</a></td>{cells}</tr>')
    table = ""
    if types:
        table = (
            f'<div class="table-wrap"><table class="per-source"><tr>'
            f"<th>{escape(ui(lang, 'source'))}</th>{head}</tr>{''.join(rows)}</table></div>"
        )
    return (
        f"<h2>{escape(word(lang, 'summary'))}</h2>"
        f'<nav class="summary" aria-label="{escape(word(lang, "summary"))}">'
        f"<p><strong>{escape(word(lang, 'jump'))}:</strong> {links} · "
        f'<a href="#articles">{escape(ui(lang, "articles"))}</a></p>{table}</nav>'
    )


def _glossary_html(report: Report, lang: str) -> str:
    """What each finding type of this report means, folded under a summary line."""
    rows = "".join(
        f"<div><dt>{escape(ui(lang, 'type.' + kind))}</dt><dd>: {escape(meaning)}</dd></div>"
        for kind, meaning in glossary.meanings(lang, (f.type for f in report.findings))
    )
    if not rows:
        return ""
    return (
        f'<details class="glossary"><summary>{escape(glossary.heading(lang))}</summary>'
        f"<dl>{rows}</dl></details>"
    )


def _sources_html(report: Report, lang: str, labels: dict[str, str]) -> str:
    # on a phone the language, length and fact count give way to source, headline and date
    hide = ' class="narrow-hide"'
    head = "".join(
        f"<th{hide if k in ('lang', 'length', 'facts') else ''}>{escape(ui(lang, k))}</th>"
        for k in ("source", "headline", "lang", "date", "length", "facts")
    )
    rows = []
    for a in report.articles:
        date = summary.published_label(a.published)
        rows.append(
            f'<tr><td><span class="{_src(report, a.id)}">{escape(labels[a.id])}</span></td>'
            f"<td>{escape(a.title)}</td>"
            f"<td{hide}>{escape(a.lang)}</td><td>{escape(date)}</td>"
            f"<td{hide}>{len(a.text)}</td><td{hide}>{len(a.facts)}</td></tr>"
        )
    table = f'<table class="sources"><tr>{head}</tr>{"".join(rows)}</table>'
    return f'<div class="table-wrap">{table}</div>'


def _articles_html(report: Report, lang: str, labels: dict[str, str]) -> str:
    marks = _marks(report, lang)
    cols = []
    for a in report.articles:
        title = _render_field(a.title, marks.get((a.id, "title"), []))
        body = _render_field(a.text, marks.get((a.id, "text"), []))
        chip = f'<span class="{_src(report, a.id)}">{escape(labels[a.id])}</span>'
        meta = " · ".join(
            escape(x)
            for x in (
                a.lang,
                a.published.isoformat() if a.published else "",
                a.url or "",
            )
            if x
        )
        cols.append(
            f'<article id="a-{escape(a.id)}"><div class="meta">{chip} · {meta}</div>'
            f'<h3>{title}</h3><div class="body">{body}</div></article>'
        )
    return f'<div class="articles">{"".join(cols)}</div>'


def _shared_html(report: Report, lang: str, labels: dict[str, str]) -> str:
    """The longest passages copied word for word, with who carries them (each name a link
    to the passage in that article), then each source's unique sentences, folded."""
    verbatim = [(n, p) for n, p in enumerate(report.shared_passages) if p.kind == "verbatim"]
    para = len(report.shared_passages) - len(verbatim)
    out = [
        f"<p>{len(verbatim)} {escape(ui(lang, 'verbatim'))}, "
        f"{para} {escape(ui(lang, 'paraphrase'))}.</p>"
    ]
    items = []
    for n, p in sorted(verbatim, key=lambda np: -len(np[1].text))[: summary.MAX_PASSAGES]:
        who = ", ".join(
            f'<a href="#sp-{n}-{k}"><span class="{_src(report, o.article)}">'
            f"{escape(labels.get(o.article, o.article))}</span></a>"
            for k, o in enumerate(p.occurrences)
        )
        items.append(f"<li>“{escape(summary.preview(p.text))}” ({who})</li>")
    if items:
        out.append(f'<ul class="passages">{"".join(items)}</ul>')
    out.append(f"<h3>{escape(ui(lang, 'unique'))}</h3>")
    for a in report.articles:
        spans = report.unique.get(a.id, ())
        chip = f'<span class="{_src(report, a.id)}">{escape(labels[a.id])}</span>'
        name = escape(ui(lang, "only_in")).replace(escape("{source}"), chip)
        lis = "".join(
            f'<li><a href="#un-{escape(a.id)}-{k}">'
            f"{escape(summary.preview(a.field_text(sp.field)[sp.start : sp.end]))}</a></li>"
            for k, sp in enumerate(spans)
        )
        count = f"({len(spans)} {escape(ui(lang, 'sentences'))})"
        out.append(
            f'<details class="unique"><summary>{name} {count}</summary><ul>{lis}</ul></details>'
        )
    return "\n".join(out)


def render_html(report: Report) -> str:
    """The report as one self-contained HTML page (see the module docstring)."""
    lang = ui_lang(report)
    labels = source_labels(report)
    rejected = ""
    if report.rejected:
        items = "".join(f"<li>{escape(r.origin)}: {escape(r.reason)}</li>" for r in report.rejected)
        rejected = f"<h2>{escape(ui(lang, 'rejected'))}</h2><ul>{items}</ul>"
    warnings = ""
    if report.warnings:
        items = "".join(f"<li>{escape(line)}</li>" for line in warning_lines(report, lang))
        warnings = (
            f'<section class="warnings" role="note"><h2>{escape(ui(lang, "warnings"))}</h2>'
            f"<ul>{items}</ul></section>"
        )
    title = escape(ui(lang, "title"))
    headline = f": {escape(report.articles[0].title)}" if report.articles else ""
    return f"""<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="kroscek">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>kroscek — {title}{headline}</title>
<style>{CSS}{_SOURCE_CSS}</style>
</head>
<body>
<header><h1>{title}</h1></header>
<main>
{warnings}
<h2>{escape(ui(lang, "sources"))}</h2>
{_sources_html(report, lang, labels)}
{_summary_html(report, lang, labels)}
<h2>{escape(ui(lang, "findings"))} ({len(report.findings)})</h2>
{_glossary_html(report, lang)}
{_findings_html(report, lang, labels)}
<h2>{escape(ui(lang, "shared"))}</h2>
<p class="meta">{escape(glossary.shared_note(lang))}</p>
{_shared_html(report, lang, labels)}
<h2 id="articles">{escape(ui(lang, "articles"))}</h2>
<p class="meta">{escape(ui(lang, "legend"))}</p>
{_articles_html(report, lang, labels)}
{rejected}
</main>
<footer>{escape(ui(lang, "generated").format(version=__version__))}</footer>
</body>
</html>
"""
