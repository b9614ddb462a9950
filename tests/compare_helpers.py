"""Shared helpers of the end-to-end compare rule tests: articles in memory, findings by type,
evidence that mentions given words."""

from __future__ import annotations

from kroscek.compare import compare
from kroscek.data import Finding, RawArticle, Report


def run(*pairs: tuple[str, str]) -> Report:
    """Compare articles given as (title, text), each from its own outlet ("Outlet A", "B", ...)."""
    raws = [
        RawArticle(f"mem:{i}", title, text, source=f"Outlet {chr(65 + i)}")
        for i, (title, text) in enumerate(pairs)
    ]
    return compare(raws)


def of_type(report: Report, kind: str, slot: str | None = None) -> list[Finding]:
    return [f for f in report.findings if f.type == kind and (slot is None or f.slot == slot)]


def mentions(finding: Finding, *words: str) -> bool:
    """Whether the finding's evidence holds every word (case-insensitive)."""
    evidence = " | ".join(e.text for e in finding.evidence).casefold()
    return all(w.casefold() in evidence for w in words)


def compared_nothing(report: Report) -> bool:
    """Whether no figure, day or name of one text was set against another's: two events."""
    return not of_type(report, "conflict") and not of_type(report, "agreement")


def run_texts(first: str, second: str, title: str = "Berita Daerah") -> Report:
    """Compare two bodies under a neutral headline pair (the headline plays no part)."""
    return run((title, first), (f"{title} Hari Ini", second))


def one_as_expected(found: list[Finding], expected: tuple[str, ...] | None) -> bool:
    """No finding when none is expected, else exactly one whose evidence holds the words."""
    if expected is None:
        return not found
    return len(found) == 1 and mentions(found[0], *expected)
