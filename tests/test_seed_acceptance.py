"""Acceptance: ``compare`` on the two shared seed articles reports what the brief says.

This is the one test allowed to read ``../shared/seeds/``; it asserts by finding type and
evidence, never by position, so it checks behaviour rather than one exact output.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kroscek.compare import compare
from kroscek.data import Finding, Report

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

pytestmark = pytest.mark.skipif(
    not SEEDS.is_dir() or len(list(SEEDS.glob("*.txt"))) < 2,
    reason=f"seed articles not found in {SEEDS}",
)

BOILERPLATE = (
    "Sumber",
    "Photo",
    "img_title",
    "Halaman Selanjutnya",
    "Trump",
    "Stade de France",
    "VivaNews",
    "screenshoot",
    "tangkapan layar",
)


@pytest.fixture(scope="module")
def report() -> Report:
    return compare(sorted(SEEDS.glob("*.txt")))


def _evidence_text(f: Finding) -> str:
    return " | ".join(e.text for e in f.evidence)


def _of(report: Report, kind: str) -> list[Finding]:
    return [f for f in report.findings if f.type == kind]


def test_both_seeds_are_compared_and_none_rejected(report: Report) -> None:
    assert len(report.articles) == 2
    assert report.rejected == ()


def test_headline_naming_irak_is_flagged(report: Report) -> None:
    hits = [
        f
        for f in _of(report, "headline_mismatch")
        if any(e.field == "title" and "Irak" in e.text for e in f.evidence)
    ]
    assert hits, [f.message for f in _of(report, "headline_mismatch")]
    assert hits[0].severity == "high"
    assert any("Iran" in e.text for e in hits[0].evidence)


def test_militan_versus_pejuang_is_a_framing_finding(report: Report) -> None:
    texts = [_evidence_text(f).casefold() for f in _of(report, "framing")]
    assert any("militan" in t and "pejuang" in t for t in texts), texts


def test_zionis_is_flagged_as_loaded_by_one_source(report: Report) -> None:
    texts = [_evidence_text(f).casefold() for f in _of(report, "framing")]
    assert any("zionis" in t for t in texts), texts


def test_casualty_figure_attributed_in_one_source_and_claimed_in_the_other(
    report: Report,
) -> None:
    hits = [f for f in _of(report, "attribution") if "1.200" in _evidence_text(f)]
    assert hits, [f.message for f in _of(report, "attribution")]
    ev = _evidence_text(hits[0]).casefold()
    assert "menurut" in ev and "mengklaim" in ev
    assert "pejabat israel" in ev or "pejabat israel" in hits[0].message.casefold()


def test_both_quotes_are_shared_verbatim(report: Report) -> None:
    verbatim = [p for p in report.shared_passages if p.kind == "verbatim"]
    joined = " ".join(p.text for p in verbatim).casefold()
    assert "poros perlawanan bersatu dengan anda" in joined
    assert "tidak akan membiarkan musuh mencapai tujuan kotornya" in joined
    assert "berpegang pada janji persaudaraan" in joined
    assert "dalam pertempuran bersejarah ini" in joined
    for p in verbatim:
        assert len(p.occurrences) == 2
        assert p.similarity >= 0.85
        first = p.occurrences[0]
        assert report.article(first.article).text[first.start : first.end] == p.text
        assert all(o.end - o.start >= 50 for o in p.occurrences)


@pytest.mark.parametrize(("one", "other"), [("Hizbullah", "Hizbulah"), ("Teheran", "Taheran")])
def test_spelling_variants_are_variants_not_conflicts(report: Report, one: str, other: str) -> None:
    hits = [
        f for f in _of(report, "variant") if one in _evidence_text(f) and other in _evidence_text(f)
    ]
    assert hits, [f.message for f in _of(report, "variant")]
    for f in _of(report, "conflict"):
        assert not (one in _evidence_text(f) and other in _evidence_text(f))


@pytest.mark.parametrize("figure", ["1.200", "lebih dari 11.000"])
def test_casualty_figures_are_agreements(report: Report, figure: str) -> None:
    hits = [
        f
        for f in _of(report, "agreement")
        if all(figure.split()[-1] in e.text for e in f.evidence) and len(f.evidence) == 2
    ]
    assert hits, [f.message for f in _of(report, "agreement")]
    if figure.startswith("lebih"):
        assert any(figure in _evidence_text(f) or "lebih dari" in f.message for f in hits)


def test_every_evidence_span_indexes_its_article_in_the_json(report: Report) -> None:
    data = report.to_dict()
    articles = {a["id"]: a for a in data["articles"]}
    spans = [e for f in data["findings"] for e in f["evidence"]]
    assert spans
    for e in spans:
        assert e["start"] < e["end"], e
        assert articles[e["article"]][e["field"]][e["start"] : e["end"]] == e["text"], e
    # the dateline spelling "Taheran" is evidence, in the article's own dateline
    assert any(e["field"] == "dateline" for e in spans)


def test_no_boilerplate_leaks_into_facts_or_findings(report: Report) -> None:
    for a in report.articles:
        for fact in a.facts:
            for word in BOILERPLATE:
                assert word.casefold() not in fact.text.casefold(), (word, fact)
    for f in report.findings:
        for e in f.evidence:
            for word in BOILERPLATE:
                assert word.casefold() not in e.text.casefold(), (word, f)
    for a in report.articles:
        for word in ("img_title", "Halaman Selanjutnya", "Stade de France", "Photo :"):
            assert word not in a.text
