"""How a report reads to a first-time user: each source's evidence once, and what the finding
types mean. The articles are written for these tests (a made-up bridge collapse)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from rich.console import Console

import kroscek
from kroscek.data import Evidence, Report
from kroscek.report import render_html, render_terminal
from kroscek.report.terminal import group_evidence

BRIDGE_ID = (
    "Jembatan Kali Asem Ambruk, 5 Pengendara Luka\n\n"
    "KALI ASEM - Jembatan gantung di Desa Kali Asem ambruk pada Senin (9/2/2026) sore. "
    "Menurut Kepala Desa Slamet Riyadi, sekitar 5 pengendara sepeda motor luka ringan.\n\n"
    '"Jembatan itu sudah lama retak dan kami sudah melapor ke dinas," kata Slamet.\n'
)
BRIDGE_ID_2 = (
    "Jembatan Gantung Kali Asem Putus, Tujuh Warga Terluka\n\n"
    "KALI ASEM - Jembatan gantung di Desa Kali Asem putus pada Senin (9/2/2026) sore. "
    "Sebanyak 7 pengendara sepeda motor terluka dan dibawa ke puskesmas.\n\n"
    "Dinas Pekerjaan Umum berjanji memeriksa jembatan lain di kecamatan itu.\n"
)
BRIDGE_EN = (
    "Footbridge Collapses in Kali Asem, Five Hurt\n\n"
    "KALI ASEM - A suspension footbridge in Kali Asem village collapsed on Monday afternoon. "
    "About five motorcyclists were slightly hurt, village head Slamet Riyadi said.\n"
)
BRIDGE_EN_2 = (
    "Seven Injured as Kali Asem Bridge Gives Way\n\n"
    "KALI ASEM - A suspension bridge in Kali Asem village gave way on Monday afternoon, "
    "injuring seven motorcyclists who were taken to a clinic, officials said.\n"
)


def _report(tmp_path: Path, first: str, second: str) -> Report:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(first, "utf-8")
    b.write_text(second, "utf-8")
    return kroscek.compare([a, b], source=["Kabar Asem", "Warta Kali"])


def _span(report: Report, n: int, words: str) -> Evidence:
    article = report.articles[n]
    start = article.text.index(words)
    return Evidence(article.id, "text", start, start + len(words), words)


def test_spans_of_one_sentence_of_one_source_are_one_evidence_line(tmp_path: Path) -> None:
    report = _report(tmp_path, BRIDGE_ID, BRIDGE_ID_2)
    figure = _span(report, 0, "sekitar 5 pengendara")
    speaker = _span(report, 0, "Menurut Kepala Desa Slamet Riyadi")
    other = _span(report, 1, "7 pengendara")
    groups = group_evidence(report, (figure, other, speaker))
    assert groups == [[figure, speaker], [other]]


def test_spans_far_apart_in_one_article_stay_separate_lines(tmp_path: Path) -> None:
    report = _report(tmp_path, BRIDGE_ID, BRIDGE_ID_2)
    early = _span(report, 0, "Jembatan gantung")
    late = _span(report, 0, "melapor ke dinas")
    assert group_evidence(report, (early, late)) == [[early], [late]]


def test_the_terminal_shows_each_source_once_under_a_finding(tmp_path: Path) -> None:
    report = _report(tmp_path, BRIDGE_ID, BRIDGE_ID_2)
    finding = next(f for f in report.findings if f.type == "conflict")
    assert len(finding.evidence) > len({ev.article for ev in finding.evidence})  # figure + speaker
    out = io.StringIO()
    render_terminal(report, Console(file=out, width=300, color_system=None))
    lines = out.getvalue().splitlines()
    at = next(i for i, line in enumerate(lines) if "[konflik]" in line)
    block = []
    for line in lines[at + 1 :]:
        if "[" in line.split("·")[0] or not line.strip(" │"):
            break
        block.append(line.strip(" │"))
    assert [line.split(" · ")[0] for line in block] == ["Kabar Asem", "Warta Kali"]
    assert "Menurut Kepala Desa Slamet Riyadi, sekitar 5 pengendara" in block[0]


@pytest.mark.parametrize(
    ("first", "second", "heading", "meaning"),
    [
        (BRIDGE_ID, BRIDGE_ID_2, "Cara membaca", "untuk hal yang sama"),
        (BRIDGE_EN, BRIDGE_EN_2, "How to read this", "for the same thing"),
    ],
)
def test_reports_say_what_their_finding_types_mean_in_the_report_language(
    tmp_path: Path, first: str, second: str, heading: str, meaning: str
) -> None:
    report = _report(tmp_path, first, second)
    assert any(f.type == "conflict" for f in report.findings)
    out = io.StringIO()
    render_terminal(report, Console(file=out, width=200, color_system=None))
    page = render_html(report)
    for view in (out.getvalue(), page):
        assert heading in view
        assert meaning in view
    assert '<details class="glossary">' in page


def test_the_glossary_lists_only_the_types_the_report_has(tmp_path: Path) -> None:
    report = _report(tmp_path, BRIDGE_EN, BRIDGE_EN_2)
    out = io.StringIO()
    render_terminal(report, Console(file=out, width=200, color_system=None))
    present = {f.type for f in report.findings}
    text = out.getvalue()
    glossary = text[text.index("How to read this") :]
    assert ("framing:" in glossary) == ("framing" in present)
    assert ("spelling variant:" in glossary) == ("variant" in present)


def test_the_html_report_lists_each_sources_evidence_together(tmp_path: Path) -> None:
    report = _report(tmp_path, BRIDGE_ID, BRIDGE_ID_2)
    finding = next(f for f in report.findings if f.type == "conflict")
    page = render_html(report)
    block = page[page.index(finding.message[:30]) :].split("</ul>")[0]
    sources = re.findall(r'<li><span class="src[^"]*">([^<]+)</span> ·', block)
    assert sources == ["Kabar Asem", "Warta Kali"]  # one line per source, as in the terminal
    # each highlighted span still links to the evidence's place in the article
    i = report.findings.index(finding)
    assert sorted(re.findall(r'href="#(ev-\d+-\d+)"', block)) == [f"ev-{i}-{k}" for k in range(3)]


def test_the_web_story_view_lists_each_sources_evidence_together(tmp_path: Path) -> None:
    from kroscek.web.reportview import build

    report = _report(tmp_path, BRIDGE_ID, BRIDGE_ID_2)
    view = build(report, shown=[a.id for a in report.articles])
    conflict = next(f for _, fs in view.findings_by_severity for f in fs if f.type == "conflict")
    assert [e.source for e in conflict.evidence] == ["Kabar Asem", "Kabar Asem", "Warta Kali"]
    i = conflict.index
    assert [e.anchor for e in conflict.evidence] == [f"ev-{i}-0", f"ev-{i}-2", f"ev-{i}-1"]


def test_the_html_sources_table_keeps_source_headline_and_date_on_a_phone(
    tmp_path: Path,
) -> None:
    page = render_html(_report(tmp_path, BRIDGE_ID, BRIDGE_ID_2))
    table = page.split('<table class="sources">')[1].split("</table>")[0]
    head = re.findall(r"<th( class=\"narrow-hide\")?>([^<]+)</th>", table)
    assert [name for hidden, name in head if not hidden] == ["Sumber", "Judul", "Tanggal"]
    assert ".sources .narrow-hide{display:none}" in page.replace("\n", "")
