"""Turn a ``Report`` into what the report templates show: findings, panes, highlights.

Shared by the story page (two chosen articles side by side, ``?a=ID&b=ID``) and the
compare form's result (every pasted article shown). Every highlight comes from an offset
in the report (evidence, shared-passage occurrences), never from searching the text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from urllib.parse import urlencode

from markupsafe import Markup

from kroscek.compare.messages import report_lang
from kroscek.data import SEVERITIES, Article, Finding, Report
from kroscek.report._common import odd_one_out, per_source, source_labels, summary_types
from kroscek.web.highlight import Mark, highlight

PAIR_TYPES_FIRST = ("conflict", "headline_mismatch", "attribution", "framing")


@dataclass(frozen=True, slots=True)
class EvidenceView:
    anchor: str
    article_id: str
    source: str
    field: str
    text: str
    href: str
    # the outlet shown beside the evidence when the link opens another pair (else None)
    pair_with: str | None = None


@dataclass(frozen=True, slots=True)
class FindingView:
    index: int
    type: str
    severity: str
    message: str
    slot: str | None
    evidence: tuple[EvidenceView, ...]
    # the language the message is written in (the report's), for lang=""
    lang: str | None = None
    # the one source whose value differs when all the others agree (a conflict of three
    # sources or more): the report's odd one out, by its label
    odd_one_out: str | None = None


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One row of the per-source summary: how many findings of each summary type involve
    the article (in :attr:`ReportView.summary_types` order) and the conflicts where it
    alone differs from the others."""

    article_id: str
    label: str
    counts: tuple[int, ...]
    odd: int


@dataclass(frozen=True, slots=True)
class PaneView:
    article: Article
    title_html: Markup
    text_html: Markup
    dateline_html: Markup | None = None  # a place cleaning took out of the text, when evidence


@dataclass(frozen=True, slots=True)
class ReportView:
    findings_by_severity: tuple[tuple[str, tuple[FindingView, ...]], ...]
    agreements: tuple[FindingView, ...]
    panes: tuple[PaneView, ...]
    pair: tuple[str, str] | None
    n_findings: int
    # the per-source summary of the terminal and HTML reports (kroscek.report._common)
    summary_types: tuple[str, ...] = ()
    per_source: tuple[SourceRow, ...] = ()

    @property
    def has_odd(self) -> bool:
        """Whether any source is the odd one out of a conflict (the column is shown)."""
        return any(row.odd for row in self.per_source)

    def glossary(self, lang: str) -> list[tuple[str, str]]:
        """``(type, meaning)`` for the finding types on this page, most serious first: the
        same lines as under the findings of ``kroscek compare``."""
        from kroscek.report import glossary

        types = {f.type for _, fs in self.findings_by_severity for f in fs}
        return glossary.meanings(lang, types | {f.type for f in self.agreements})


def default_pair(report: Report) -> tuple[str, str] | None:
    """The two articles shown first: the pair with the most serious shared findings.

    Editors open a story to see where outlets disagree, so the default pair is the one
    that most conflict-like findings have evidence in; ties keep report order.
    """
    ids = [a.id for a in report.articles]
    if len(ids) < 2:
        return None
    weight = {"high": 8, "medium": 4, "low": 2, "info": 1}
    scores: dict[tuple[str, str], int] = {}
    for finding in report.findings:
        if finding.type not in PAIR_TYPES_FIRST:
            continue
        arts = sorted({e.article for e in finding.evidence}, key=_order(ids))
        for i, left in enumerate(arts):
            for right in arts[i + 1 :]:
                key = (left, right)
                scores[key] = scores.get(key, 0) + weight.get(finding.severity, 1)
    if scores:
        return max(scores, key=lambda k: (scores[k], -ids.index(k[0]), -ids.index(k[1])))
    return ids[0], ids[1]


def _order(ids: Sequence[str]) -> Callable[[str], int]:
    position = {a: i for i, a in enumerate(ids)}
    return lambda a: position.get(a, len(position))


def build(
    report: Report,
    *,
    shown: Sequence[str],
    pair: tuple[str, str] | None = None,
    base_path: str = "",
    extra_query: Sequence[tuple[str, str]] = (),
) -> ReportView:
    """The view of ``report`` with the articles ``shown`` as panes, in that order.

    ``pair`` (story pages) makes each evidence link switch the side-by-side view to a
    pair that contains the evidence's article; without it links stay on the page.
    """
    by_id = {a.id: a for a in report.articles}
    labels = source_labels(report)
    shown_set = set(shown)
    ids = [a.id for a in report.articles]
    # kroscek words every finding of a report in one language (compare.messages.report_lang)
    message_lang = report_lang(a.lang for a in report.articles)
    findings: list[FindingView] = []
    for index, finding in enumerate(report.findings):
        views: list[EvidenceView] = []
        for j, e in enumerate(finding.evidence):
            anchor = f"ev-{index}-{j}"
            target = _target_pair(finding, e.article, shown_set, pair, ids)
            href = "#" + anchor
            partner = None
            if target is not None:
                query = urlencode([*extra_query, ("a", target[0]), ("b", target[1])])
                href = f"{base_path}?{query}#{anchor}"
                other = target[1] if target[0] == e.article else target[0]
                partner = by_id[other].source if other in by_id else other
            views.append(
                EvidenceView(
                    anchor=anchor,
                    article_id=e.article,
                    source=by_id[e.article].source if e.article in by_id else e.article,
                    field=e.field,
                    text=e.text,
                    href=href,
                    pair_with=partner,
                )
            )
        evidence = tuple(by_source_order(views, finding))
        odd = odd_one_out(report, finding)
        findings.append(
            FindingView(
                index,
                finding.type,
                finding.severity,
                finding.message,
                finding.slot,
                evidence,
                message_lang,
                labels.get(odd) if odd is not None else None,
            )
        )
    grouped = tuple(
        (sev, tuple(f for f in findings if f.severity == sev and f.type != "agreement"))
        for sev in SEVERITIES
    )
    panes = tuple(_pane(report, by_id[a], shown_set) for a in shown if a in by_id)
    types, rows = _summary(report, labels)
    return ReportView(
        findings_by_severity=tuple((s, fs) for s, fs in grouped if fs),
        agreements=tuple(f for f in findings if f.type == "agreement"),
        panes=panes,
        pair=pair,
        n_findings=sum(len(fs) for _, fs in grouped),
        summary_types=types,
        per_source=rows,
    )


def _summary(
    report: Report, labels: dict[str, str]
) -> tuple[tuple[str, ...], tuple[SourceRow, ...]]:
    """The per-source summary, from the same functions the terminal and HTML reports use,
    so the web page and ``kroscek story`` count alike."""
    types = tuple(summary_types(report))
    if not types:
        return (), ()
    counts = per_source(report)
    rows = tuple(
        SourceRow(
            a.id,
            labels.get(a.id, a.source),
            tuple(counts[a.id].get(t, 0) for t in types),
            counts[a.id].get("odd", 0),
        )
        for a in report.articles
    )
    return types, rows


def by_source_order(views: list[EvidenceView], finding: Finding) -> list[EvidenceView]:
    """Each source's evidence together, sources in the order the finding names them.

    A figure's evidence comes first and its attribution ("Menurut Hendra") last; listed
    as is, one outlet shows up twice, far apart. Anchors keep their report positions.
    """
    first: dict[str, int] = {}
    for j, e in enumerate(finding.evidence):
        first.setdefault(e.article, j)
    return sorted(views, key=lambda v: first.get(v.article_id, 0))


def _target_pair(
    finding: Finding,
    article_id: str,
    shown: set[str],
    pair: tuple[str, str] | None,
    ids: Sequence[str],
) -> tuple[str, str] | None:
    """The side-by-side pair an evidence link opens, or None when it is already shown."""
    if article_id in shown or pair is None:
        return None
    # Pair the evidence's article with another article of the same finding, else with
    # the current left article, so both sides of a conflict end up side by side.
    others = [e.article for e in finding.evidence if e.article != article_id and e.article in ids]
    partner = others[0] if others else next((p for p in pair if p != article_id), None)
    if partner is None:
        partner = next((i for i in ids if i != article_id), article_id)
    left, right = sorted((article_id, partner), key=_order(ids))
    return left, right


def _pane(report: Report, article: Article, shown: set[str]) -> PaneView:
    marks: dict[str, list[Mark]] = {"title": [], "text": [], "dateline": []}
    others = shown - {article.id}
    for k, passage in enumerate(report.shared_passages):
        if not any(o.article in others for o in passage.occurrences):
            continue
        for o in passage.occurrences:
            if o.article == article.id:
                marks[o.field].append(
                    Mark(o.start, o.end, f"shared {passage.kind}", f"sp-{k}-{article.id}")
                )
    for span in report.unique.get(article.id, ()):
        marks[span.field].append(Mark(span.start, span.end, "only"))
    for index, finding in enumerate(report.findings):
        for j, e in enumerate(finding.evidence):
            if e.article != article.id:
                continue
            kind = "conflict" if finding.type == "conflict" else "other"
            classes = f"ev {kind} t-{finding.type} sev-{finding.severity}"
            marks[e.field].append(Mark(e.start, e.end, classes, f"ev-{index}-{j}", finding.message))
    return PaneView(
        article=article,
        title_html=highlight(article.title, marks["title"]),
        text_html=highlight(article.text, marks["text"]),
        dateline_html=highlight(article.dateline or "", marks["dateline"])
        if marks["dateline"]
        else None,
    )
