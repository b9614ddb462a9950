"""``unique``: numbers and quotes reported by only some of the sources.

What one outlet alone reports is where a fact-checker looks first: it may be a scoop, or
an unsupported addition. A claim in conflict with another is reported as a conflict, not
twice.
"""

from __future__ import annotations

from collections.abc import Sequence

from kroscek.align import Alignment
from kroscek.compare.findings._common import (
    display,
    fact_evidence,
    join_names,
    message,
    msg_lang,
    source_labels,
)
from kroscek.compare.findings.claims import ClaimKind, group_claims
from kroscek.data import Article, Finding

KINDS: tuple[ClaimKind, ...] = ("number", "quote")
QUOTE_PREVIEW = 80


def find_unique(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """One low-severity finding per number or quote missing from at least one article."""
    labels = source_labels(articles)
    out: list[Finding] = []
    for kind in KINDS:
        cs = group_claims(articles, alignment, kind)
        in_conflict = {i for pair in cs.conflicts for i in pair}
        for idx, claim in enumerate(cs.claims):
            if idx in in_conflict or len(claim.article_ids) >= len(articles):
                continue
            firsts = claim.first_per_article()
            first = firsts[0]
            lang = msg_lang(first.article)
            sources = join_names(lang, [labels[m.article.id] for m in firsts])
            if kind == "quote":
                words = str(first.fact.value)
                if len(words) > QUOTE_PREVIEW:
                    words = words[: QUOTE_PREVIEW - 1].rstrip() + "…"
                text = message(lang, "unique.quote", sources=sources, text=words)
                slot = "quote"
            else:
                text = message(lang, "unique.number", sources=sources, text=display(first.fact))
                slot = f"number:{first.fact.label}" if first.fact.label else "number"
            evidence = tuple(fact_evidence(m.article, m.fact) for m in firsts)
            out.append(Finding("unique", "low", text, evidence, slot=slot))
    return out
