"""Claim grouping end to end: articles as a reader gives them, findings as a user reads them.

These run the real pipeline (clean, extract, align, findings) on short articles written for
these tests, so that what is pinned is what a fact-checker would see.
"""

from __future__ import annotations

import pytest

from kroscek.compare import compare
from kroscek.data import Finding, RawArticle, Report


def run(*pairs: tuple[str, str]) -> Report:
    raws = [
        RawArticle(f"mem:{i}", title, text, source=f"Outlet {chr(65 + i)}")
        for i, (title, text) in enumerate(pairs)
    ]
    return compare(raws)


def of_type(report: Report, kind: str) -> list[Finding]:
    return [f for f in report.findings if f.type == kind]


def mentions(finding: Finding, *words: str) -> bool:
    evidence = " | ".join(e.text for e in finding.evidence).casefold()
    return all(w.casefold() in evidence for w in words)


COMPATIBLE = [
    (
        (
            "Puluhan Pejabat Diperiksa",
            "Lebih dari 20 pejabat diperiksa penyidik di kantor "
            "kejaksaan setelah operasi tangkap tangan pada Kamis (11/1/2024).",
        ),
        (
            "Pejabat Diperiksa Jaksa",
            "Sebanyak 23 pejabat diperiksa penyidik di kantor "
            "kejaksaan setelah operasi tangkap tangan pada Kamis (11/1/2024).",
        ),
        ("20", "23"),
    ),
    (
        (
            "Pabrik Cat Terbakar",
            "Sedikitnya 10 pekerja tewas dalam kebakaran pabrik cat di "
            "kawasan industri itu pada Kamis (16/11/2023).",
        ),
        (
            "Kebakaran Pabrik Cat",
            "Sebanyak 12 pekerja tewas dalam kebakaran pabrik cat di "
            "kawasan industri itu pada Kamis (16/11/2023).",
        ),
        ("10", "12"),
    ),
    (
        (
            "Stadium Full for Derby",
            "More than 30,000 spectators watched the derby at the "
            "national stadium on Saturday evening, the organisers said.",
        ),
        (
            "Derby Draws Crowd",
            "A crowd of 32,000 spectators watched the derby at the "
            "national stadium on Saturday evening, the organisers said.",
        ),
        ("30,000", "32,000"),
    ),
]


@pytest.mark.parametrize(("a", "b", "figures"), COMPATIBLE)
def test_a_bound_and_a_figure_inside_it_are_neither_unique_nor_a_conflict(
    a: tuple[str, str], b: tuple[str, str], figures: tuple[str, str]
) -> None:
    report = run(a, b)
    about = [f for f in report.findings if any(mentions(f, n) for n in figures)]
    assert not [f for f in about if f.type in ("unique", "conflict")]
    assert [f for f in about if f.type == "agreement" and f.severity == "info"]
