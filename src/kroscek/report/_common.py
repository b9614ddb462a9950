"""What the terminal and HTML views share: UI language, labels, severity order."""

from __future__ import annotations

from datetime import datetime

from kroscek.compare.messages import messages, report_lang
from kroscek.data import SEVERITIES, Evidence, Finding, Report, clip


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


# --------------------------------------------------------------------------- evidence
# Context around highlighted words, and the widest passage spans of one source may share
# before they are shown as separate lines.
CONTEXT_CHARS = 40
MAX_EVIDENCE_CHARS = 160


def group_evidence(report: Report, evidence: tuple[Evidence, ...]) -> list[list[Evidence]]:
    """A finding's evidence with the spans of one article that sit in one passage together.

    A figure and its attribution ("Menurut Hendra, sekitar 30 rumah") are two spans of one
    sentence; shown apart, the reader sees the same sentence twice for one source and
    cannot tell which lines are new. Spans of the same article and field that fit in one
    line of context join one group, in the order of their first appearance.
    """
    return [[evidence[k] for k in group] for group in group_indices(evidence)]


def group_indices(evidence: tuple[Evidence, ...]) -> list[list[int]]:
    """:func:`group_evidence` by position, so a view can keep each span's own anchor."""
    groups: list[list[int]] = []
    for k, ev in enumerate(evidence):
        if ev.field != "dateline":
            for group in groups:
                first = evidence[group[0]]
                if first.article != ev.article or first.field != ev.field:
                    continue
                lo = min(ev.start, *(evidence[g].start for g in group))
                hi = max(ev.end, *(evidence[g].end for g in group))
                if hi - lo <= MAX_EVIDENCE_CHARS:
                    group.append(k)
                    break
            else:
                groups.append([k])
            continue
        groups.append([k])
    return groups


def in_source_order(report: Report, finding: Finding) -> list[list[int]]:
    """The finding's evidence groups with the sources in the order of the sources table.

    The finding makers list evidence in whatever order they met it (an agreement may start
    with the third source); a reader scanning several findings expects the outlets in the
    same order every time, as in the sources table and the side-by-side view.

    A headline mismatch is about one source's own headline: that source leads (the finding
    makers put it first), the others' headlines follow as support.
    """
    order = {a.id: n for n, a in enumerate(report.articles)}
    subject = _subject(finding)
    groups = group_indices(finding.evidence)

    def rank(group: list[int]) -> tuple[bool, int]:
        aid = finding.evidence[group[0]].article
        return aid != subject, order.get(aid, len(order))

    return sorted(groups, key=rank)


def _subject(finding: Finding) -> str | None:
    """The one source a finding is about (a headline mismatch's own article), if any."""
    if finding.type == "headline_mismatch" and finding.evidence:
        return finding.evidence[0].article
    return None


def snippet(report: Report, group: list[Evidence]) -> list[tuple[str, bool]]:
    """The group's words inside a few words of their own context, cut by offset.

    ``(text, highlighted)`` pieces, paragraph breaks flattened, "…" where the context was
    cut; a very long span keeps its head and tail. Evidence whose article or field is not
    in the report shows its own words alone.
    """
    ev = group[0]
    try:
        full = report.article(ev.article).field_text(ev.field)
    except KeyError:
        return [(flat(ev.text), True)]
    spans = merged_spans(group)
    lo = max(0, spans[0][0] - CONTEXT_CHARS)
    hi = min(len(full), spans[-1][1] + CONTEXT_CHARS)
    out: list[tuple[str, bool]] = [("…", False)] if lo > 0 else []
    at = lo
    for start, end in spans:
        out.append((flat(full[at:start]), False))
        words = full[start:end] or ev.text
        if len(words) > MAX_EVIDENCE_CHARS:
            half = MAX_EVIDENCE_CHARS // 2
            words = f"{words[:half]} … {words[-half:]}"
        out.append((flat(words), True))
        at = end
    out.append((flat(full[at:hi]) + ("…" if hi < len(full) else ""), False))
    return [(text, marked) for text, marked in out if text]


def merged_spans(group: list[Evidence]) -> list[tuple[int, int]]:
    """The group's spans in text order, overlapping ones joined."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted((ev.start, ev.end) for ev in group):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


# Shared passages and unique sentences are listed as previews of this many characters, the
# longest passages first, up to MAX_PASSAGES of them.
PASSAGE_PREVIEW = 90
MAX_PASSAGES = 5


def preview(text: str, limit: int = PASSAGE_PREVIEW) -> str:
    """``text`` on one line, cut to ``limit`` characters with "…"."""
    return clip(" ".join(text.split()), limit)


def flat(text: str) -> str:
    """Paragraph breaks as spaces, so one evidence stays on one line."""
    return " ".join(text.split("\n")).replace("  ", " ")


# --------------------------------------------------------------------------- summary
# Finding types a source can be "involved in" as the reader counts problems, most serious
# first; agreements and spelling variants are not problems and stay out of the summary.
SUMMARY_TYPES = ("headline_mismatch", "conflict", "attribution", "framing", "unique")


def published_label(published: datetime | None) -> str:
    """When an article was published, for the sources table: the day, and the clock time
    with its zone when the input gave one ("2026-11-22 06:42 WIB"). "Who reported first?"
    is a fact-checker's question, and a dozen outlets of one event share one day."""
    if published is None:
        return "-"
    if (published.hour, published.minute, published.second) == (0, 0, 0):
        return published.date().isoformat()
    from kroscek.store.times import zone_suffix

    return published.strftime("%Y-%m-%d %H:%M") + zone_suffix(published)


def _norm(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def odd_one_out(report: Report, finding: Finding) -> str | None:
    """The one source whose value differs when all the others agree (three sources or more).

    "KM 64+400; KM 46+400; KM 64+400": the reader's first question is who is alone, and the
    answer is in the evidence already. Each source's first span is its value; with any
    disagreement among the rest, or fewer than three sources, nobody is singled out.
    """
    if finding.type != "conflict":
        return None
    evidence = [ev for ev in finding.evidence if ev.field != "dateline"]
    if len({ev.article for ev in evidence}) < 3:
        return None  # checked before the report's number facts are indexed (two sources)
    counted = _counted_values(report) if (finding.slot or "").startswith("number:") else {}
    values: dict[str, str] = {}
    for ev in evidence:
        # a figure compares by its value: "tujuh warga", "7 orang" and "tujuh orang"
        # are one toll, so the outlet that wrote "sembilan" is still singled out
        value = counted.get((ev.article, ev.field, ev.start))
        values.setdefault(ev.article, value if value is not None else _norm(ev.text))
    counts: dict[str, int] = {}
    for v in values.values():
        counts[v] = counts.get(v, 0) + 1
    if len(counts) != 2 or 1 not in counts.values():
        return None
    lone = next(v for v, n in counts.items() if n == 1)
    return next(aid for aid, v in values.items() if v == lone)


def _counted_values(report: Report) -> dict[tuple[str, str, int], str]:
    """Each number fact's value by where its words start (article, field, offset)."""
    return {
        (a.id, fact.field, fact.start): f"#{fact.value}"
        for a in report.articles
        for fact in a.facts
        if fact.kind == "number"
    }


def per_source(report: Report) -> dict[str, dict[str, int]]:
    """For each article id: how many findings of each summary type involve it (a headline
    mismatch only its own article, not the sources quoted in support), and ``"odd"``: the
    conflicts where it alone differs from the others."""
    table: dict[str, dict[str, int]] = {a.id: {} for a in report.articles}
    for f in report.findings:
        if f.type not in SUMMARY_TYPES:
            continue
        subject = _subject(f)
        involved = [subject] if subject else dict.fromkeys(ev.article for ev in f.evidence)
        for aid in involved:
            if aid in table:
                table[aid][f.type] = table[aid].get(f.type, 0) + 1
        odd = odd_one_out(report, f)
        if odd is not None:
            table[odd]["odd"] = table[odd].get("odd", 0) + 1
    return table


def summary_types(report: Report) -> list[str]:
    """The summary columns this report needs, in :data:`SUMMARY_TYPES` order."""
    present = {f.type for f in report.findings}
    return [t for t in SUMMARY_TYPES if t in present]


# --------------------------------------------------------------------------- wording
# Words the report layer adds on its own (the finding messages and table labels live in
# kroscek/lang/*/messages.json); one language per report, picked by ui_lang.
_WORDS: dict[str, dict[str, str]] = {
    "id": {
        "summary": "Ringkasan",
        "per_source": "Temuan per sumber",
        "odd": "beda sendiri",
        "odd_one": "beda sendiri: {source}",
        "info_folded": "Kesepakatan di atas ditampilkan tanpa bukti; buktinya ada di "
        "--format html atau json.",
        "jump": "Lompat ke",
    },
    "en": {
        "summary": "Summary",
        "per_source": "Findings per source",
        "odd": "odd one out",
        "odd_one": "odd one out: {source}",
        "info_folded": "The agreements above are shown without their evidence; "
        "--format html or json has it.",
        "jump": "Jump to",
    },
}


def word(lang: str, key: str) -> str:
    """A report-layer phrase in the report language (English for English, else Indonesian)."""
    return _WORDS["en" if lang == "en" else "id"][key]


def severity_counts(report: Report, lang: str) -> str:
    """ "Tinggi 3 · Sedang 2 · Rendah 16 · Info 3": the whole report in one line."""
    return " · ".join(
        f"{ui(lang, 'severity.' + s)} {len(fs)}" for s, fs in by_severity(report.findings)
    )
