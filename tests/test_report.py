"""Report views: JSON keeps the contract, HTML is safe and offset-exact, terminal reads."""

from __future__ import annotations

import dataclasses
import html
import io
import json
import re

import pytest
from rich.console import Console

from kroscek.data import (
    Article,
    Evidence,
    Fact,
    Finding,
    Occurrence,
    Rejected,
    Report,
    SharedPassage,
    Span,
)
from kroscek.report import render_html, render_json, render_terminal

HOSTILE_TEXT = (
    "Warga melapor <script>alert('x')</script> ke polisi. "
    'Tautan <a href="javascript:alert(1)">klik</a> dan <img src=x onerror=alert(2)> beredar.'
)


def _article(aid: str, title: str, text: str, lang: str = "id", url: str | None = None) -> Article:
    return Article(
        id=aid, source=f"Outlet {aid.upper()}", title=title, text=text, lang=lang, url=url
    )


def _report(text_a: str, text_b: str, lang: str = "id", url: str | None = None) -> Report:
    a = _article("a", "Gempa <b>5,6</b> guncang kota", text_a, lang, url)
    b = _article("b", "Gempa guncang kota", text_b, lang)
    n_a = text_a.index("12")
    n_b = text_b.index("15")
    facts_a = (Fact("number", "orang", 12.0, "12 orang", n_a, n_a + 8),)
    a = a.with_facts(facts_a)
    finding = Finding(
        "conflict",
        "high",
        "Jumlah orang berbeda antarsumber: A: 12 orang; B: 15 orang.",
        (
            Evidence("a", "text", n_a, n_a + 8, text_a[n_a : n_a + 8]),
            Evidence("b", "text", n_b, n_b + 8, text_b[n_b : n_b + 8]),
        ),
        slot="number:orang",
    )
    info = Finding(
        "variant", "info", "Ejaan berbeda", (Evidence("a", "title", 0, 5, "Gempa"),), slot="word"
    )
    shared = SharedPassage(
        "verbatim",
        text_a[:20],
        (Occurrence("a", 0, 20), Occurrence("b", 0, 20)),
    )
    return Report(
        articles=(a, b),
        shared_passages=(shared,),
        findings=(finding, info),
        unique={"a": (Span(0, 10),), "b": ()},
        rejected=(Rejected("kosong.txt", "empty file"),),
    )


TEXT_A = "Gempa mengguncang kota pada Senin pagi dan 12 orang tewas. " + HOSTILE_TEXT
TEXT_B = "Gempa mengguncang kota pada Senin pagi dan 15 orang tewas di sana."


def test_json_view_is_the_report_contract() -> None:
    report = _report(TEXT_A, TEXT_B)
    data = json.loads(render_json(report))
    assert set(data) >= {"kroscek_version", "articles", "shared_passages", "findings"}
    art = data["articles"][0]
    assert set(art) >= {"id", "source", "title", "lang", "published", "url", "text", "facts"}
    assert set(art["facts"][0]) >= {"kind", "label", "value", "text", "start", "end"}
    passage = data["shared_passages"][0]
    assert passage["kind"] in ("verbatim", "paraphrase")
    assert set(passage["occurrences"][0]) >= {"article", "start", "end"}
    finding = data["findings"][0]
    assert finding["severity"] in ("high", "medium", "low", "info")
    ev = finding["evidence"][0]
    assert set(ev) >= {"article", "field", "start", "end", "text"}
    assert art["text"][ev["start"] : ev["end"]] == ev["text"]


@pytest.mark.parametrize(
    "needle",
    ["<script>", "<img src=x", 'href="javascript:', "<b>5,6</b>"],
)
def test_html_renders_hostile_article_text_inert(needle: str) -> None:
    page = render_html(_report(TEXT_A, TEXT_B, url="javascript:alert(3)"))
    assert needle not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page


def test_html_is_self_contained_and_script_free() -> None:
    page = render_html(_report(TEXT_A, TEXT_B, url="https://contoh.example/berita"))
    assert "<script" not in page.lower()
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    assert "@import" not in page and "url(" not in page
    assert '<meta name="viewport"' in page
    assert "https://contoh.example/berita" in page  # shown as text, not as a link


def test_html_highlights_evidence_by_offset_with_anchors() -> None:
    report = _report(TEXT_A, TEXT_B)
    page = render_html(report)
    for k in range(2):
        assert f'href="#ev-0-{k}"' in page
        assert f'id="ev-0-{k}"' in page
    # the mark right after the anchor holds exactly the evidence words
    m = re.search(r'id="ev-0-1"></span><mark class="([^"]+)"[^>]*>([^<]*)</mark>', page)
    assert m is not None
    assert "high" in m.group(1) and m.group(2) == "15 orang"


def test_html_overlapping_highlights_keep_all_text_once() -> None:
    report = _report(TEXT_A, TEXT_B)
    page = render_html(report)
    body_a = re.search(r'<article id="a-a">.*?<div class="body">(.*?)</div></article>', page, re.S)
    assert body_a is not None
    plain = re.sub(r"<[^>]+>", "", body_a.group(1))

    assert html.unescape(plain) == TEXT_A


@pytest.mark.parametrize(("lang", "heading"), [("id", "Temuan"), ("en", "Findings")])
def test_interface_follows_the_articles_language(lang: str, heading: str) -> None:
    page = render_html(_report(TEXT_A, TEXT_B, lang=lang))
    assert f"<h2>{heading} (2)</h2>" in page


def test_terminal_view_shows_sources_findings_and_skipped_inputs() -> None:
    buf = io.StringIO()
    render_terminal(_report(TEXT_A, TEXT_B), Console(file=buf, width=140, color_system=None))
    out = buf.getvalue()
    assert "Outlet A" in out and "Outlet B" in out
    assert "Jumlah orang berbeda" in out
    assert "15 orang" in out
    assert "kosong.txt" in out
    assert out.index("Tinggi") < out.index("Info")


def test_terminal_view_says_so_when_there_are_no_findings() -> None:
    report = _report(TEXT_A, TEXT_B)
    empty = Report(articles=report.articles)
    buf = io.StringIO()
    render_terminal(empty, Console(file=buf, width=100, color_system=None))
    assert "Tidak ada temuan" in buf.getvalue()


def test_dateline_evidence_is_listed_but_marks_nothing_in_the_text() -> None:
    report = _report(TEXT_A, TEXT_B)
    first, *rest = report.articles
    first = dataclasses.replace(first, meta={"dateline_place": "Taheran"})
    variant = Finding(
        "variant",
        "info",
        "Ejaan berbeda untuk nama yang sama: A: Taheran; B: Teheran.",
        (Evidence(first.id, "dateline", 0, 7, "Taheran"), Evidence("b", "text", 0, 5, "Gempa")),
        slot="entity:LOC",
    )
    report = Report(articles=(first, *rest), findings=(variant,))
    assert first.field_text("dateline")[0:7] == "Taheran"
    assert report.to_dict()["articles"][0]["dateline"] == "Taheran"
    page = render_html(report)
    assert "“Taheran”" in page
    assert 'id="ev-0-0"' not in page and 'href="#ev-0-0"' not in page  # nothing to point at
    assert "dateline" in page
    assert 'id="ev-0-1"' in page
    buf = io.StringIO()
    render_terminal(report, Console(file=buf, width=120, color_system=None))
    assert "Taheran" in buf.getvalue() and "dateline" in buf.getvalue()


def test_html_marks_sentences_only_one_source_has() -> None:
    page = render_html(_report(TEXT_A, TEXT_B))
    assert re.search(r'<mark class="only[^"]*" title="hanya di sumber ini">', page)
    assert "Latar hijau" in page  # the legend says what the colours mean


@pytest.mark.parametrize("n", [2, 6])
def test_terminal_lists_every_source_side_by_side_or_as_rows(n: int) -> None:
    arts = tuple(
        _article(f"s{k}", f"Judul berita nomor {k}", f"Isi berita {k} tentang banjir.")
        for k in range(n)
    )
    buf = io.StringIO()
    render_terminal(Report(articles=arts), Console(file=buf, width=160, color_system=None))
    out = buf.getvalue()
    for k in range(n):
        assert f"Outlet S{k}" in out and f"nomor {k}" in out


@pytest.mark.parametrize(("lang", "heading"), [("id", "Hanya di"), ("en", "Only in")])
def test_terminal_lists_what_only_one_source_says(lang: str, heading: str) -> None:
    text_a = "Banjir merendam 300 rumah. Bupati meminta warga mengungsi ke sekolah terdekat."
    text_b = "Banjir merendam 300 rumah."
    a = _article("a", "Banjir", text_a, lang)
    b = _article("b", "Banjir", text_b, lang)
    start = text_a.index("Bupati")
    report = Report(articles=(a, b), unique={"a": (Span(start, len(text_a)),), "b": ()})
    buf = io.StringIO()
    render_terminal(report, Console(file=buf, width=160, color_system=None))
    out = buf.getvalue()
    assert f"{heading} " in out
    assert "Bupati meminta warga mengungsi ke sekolah terdekat." in out
    assert out.count("•") == 1  # b has no unique sentence, so nothing is listed for it
