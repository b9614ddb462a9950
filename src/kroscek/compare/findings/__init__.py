"""Findings: one module per type, each ``(articles, alignment) -> list[Finding]``.

``find_all`` runs them all, drops duplicates (same type, slot and evidence) and sorts by
severity, then by where the first evidence sits (article order, title before text, offset).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from kroscek.align import Alignment
from kroscek.compare.findings._common import findings_memo
from kroscek.compare.findings.agreement import find_agreements
from kroscek.compare.findings.attribution import find_attributions
from kroscek.compare.findings.clock import find_clock_agreements
from kroscek.compare.findings.conflict import find_conflicts
from kroscek.compare.findings.disputed import find_unique_claims
from kroscek.compare.findings.framing import find_framing
from kroscek.compare.findings.headline import find_headline_mismatches
from kroscek.compare.findings.presumption import find_presumption
from kroscek.compare.findings.report_days import without_running_changes
from kroscek.compare.findings.scales import in_common_units
from kroscek.compare.findings.scores import find_score_findings
from kroscek.compare.findings.unique import find_unique, without_attributed_quotes
from kroscek.compare.findings.variant import find_variants
from kroscek.compare.messages import report_lang, worded_in
from kroscek.data import SEVERITIES, Article, Fact, Finding

Finder = Callable[[Sequence[Article], Alignment], list[Finding]]

FINDERS: tuple[Finder, ...] = (
    find_conflicts,
    find_clock_agreements,
    find_headline_mismatches,
    find_score_findings,
    find_framing,
    find_presumption,
    find_attributions,
    find_unique,
    find_unique_claims,
    find_agreements,
    find_variants,
)

__all__ = [
    "FINDERS",
    "find_agreements",
    "find_all",
    "find_attributions",
    "find_clock_agreements",
    "find_conflicts",
    "find_framing",
    "find_headline_mismatches",
    "find_presumption",
    "find_score_findings",
    "find_unique",
    "find_unique_claims",
    "find_variants",
]


def _individual(fact: Fact) -> bool:
    """A count of one read from "seorang" ("Seorang perempuan ... meninggal dunia")."""
    return fact.kind == "number" and fact.text[:7].lower() == "seorang"


def _without_individuals(articles: Sequence[Article]) -> Sequence[Article]:
    """The articles without their counts of one read from "seorang".

    "Seorang pria ditemukan tewas" tells of one person the story follows, not a toll: the
    extractor keeps it as a fact (one death), but set beside other outlets it is no claim of
    how many. Alone it is no unique, two of them are no agreement, and against "112 jemaah"
    or "lima korban luka" it is no conflict (the one is among the many), nor a headline
    number ("Seorang Lansia Tewas") the body must repeat. Articles with none are passed as
    they are (a cheap substring guard on the facts' text)."""
    if not any(_individual(f) for a in articles for f in a.facts):
        return articles
    return [a.with_facts(tuple(f for f in a.facts if not _individual(f))) for a in articles]


def find_all(articles: Sequence[Article], alignment: Alignment) -> tuple[Finding, ...]:
    """Every finding about ``articles``, deduplicated and sorted (see the module docstring)."""
    articles = in_common_units(_without_individuals(articles))
    order = {a.id: k for k, a in enumerate(articles)}
    seen: set[tuple] = set()
    found: list[Finding] = []
    with worded_in(report_lang(a.lang for a in articles)), findings_memo():
        found_by = [list(finder(articles, alignment)) for finder in FINDERS]
    for finding_list in found_by:
        for f in finding_list:
            key = (
                f.type,
                f.slot,
                frozenset((e.article, e.field, e.start, e.end) for e in f.evidence),
            )
            if key in seen:
                continue
            seen.add(key)
            found.append(f)

    found = without_attributed_quotes(without_running_changes(found, articles))

    def position(f: Finding) -> tuple[int, int, int, int]:
        if not f.evidence:
            return (SEVERITIES.index(f.severity), len(order), 0, 0)
        e = f.evidence[0]
        return (SEVERITIES.index(f.severity), order.get(e.article, 0), e.field != "title", e.start)

    return tuple(sorted(found, key=position))
