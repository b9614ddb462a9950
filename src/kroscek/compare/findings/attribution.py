"""``attribution``: one claim attributed in one source, stated as fact or distanced in another.

"menewaskan 1.200 orang, menurut para pejabat Israel" (attributed), "Israel mengklaim ...
menewaskan 1.200 orang" (claimed) and "menewaskan 1.200 orang" (stated) report the same
number with different epistemic weight. The same claim is found by ``claims`` (numbers
across articles); a sentence pair (copied or paraphrased) is a claim too. Each mention's
stance is that of the innermost attribution fact whose scope covers it.
"""

from __future__ import annotations

from collections.abc import Sequence

from kroscek.align import Alignment
from kroscek.compare.findings._common import (
    display,
    fact_evidence,
    join_values,
    message,
    msg_lang,
    source_labels,
    span_evidence,
)
from kroscek.compare.findings.claims import group_claims
from kroscek.data import Article, Evidence, Fact, Finding

STANCES = ("attributed", "claimed")


def _scope(article: Article, f: Fact, alignment: Alignment) -> tuple[int, int]:
    scope = f.attrs.get("scope")
    if isinstance(scope, (list, tuple)) and len(scope) == 2:
        return int(scope[0]), int(scope[1])
    sentence = alignment.sentence_at(article.id, f.start)
    if sentence is not None:
        return sentence.span.start, sentence.span.end
    return f.start, f.end


def stance_at(
    article: Article, start: int, end: int, alignment: Alignment
) -> tuple[str, Fact | None]:
    """The stance ("attributed", "claimed" or "stated") of the text span ``[start, end)``."""
    best: tuple[int, Fact] | None = None
    for f in article.facts:
        if f.kind != "attribution" or f.field != "text" or f.label not in STANCES:
            continue
        if not str(f.value or "").strip("? "):
            continue  # "diduga", "reportedly": hedging with no one to attribute to
        s, e = _scope(article, f, alignment)
        if s <= start and end <= e and (best is None or e - s < best[0]):
            best = (e - s, f)
    if best is None:
        return "stated", None
    return best[1].label, best[1]


def _describe(lang: str, stance: str, fact: Fact | None) -> str:
    if fact is None:
        return message(lang, "stance.stated")
    who = str(fact.value or "?")
    cue = str(fact.attrs.get("cue") or fact.text)
    return message(lang, f"stance.{stance}", who=who, cue=cue)


def find_attributions(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """Claims whose attribution differs across sources (one finding per attribution pattern)."""
    labels = source_labels(articles)
    order = {a.id: k for k, a in enumerate(articles)}
    groups: dict[tuple, list[tuple[Article, Fact, str, Fact | None]]] = {}
    claims_of: dict[tuple, list[str]] = {}
    for claim in group_claims(articles, alignment, "number").claims:
        firsts = claim.first_per_article()
        if len(firsts) < 2:
            continue
        rows = [
            (m.article, m.fact, *stance_at(m.article, m.fact.start, m.fact.end, alignment))
            for m in firsts
        ]
        if len({r[2] for r in rows}) < 2:
            continue
        key = tuple(
            (r[0].id, r[2], r[3].start if r[3] is not None else -1)
            for r in sorted(rows, key=lambda r: order[r[0].id])
        )
        groups.setdefault(key, []).extend(rows)
        claims_of.setdefault(key, []).append(display(firsts[0].fact))
    out: list[Finding] = []
    for key, rows in groups.items():
        rows.sort(key=lambda r: (order[r[0].id], r[1].start))
        lang = msg_lang(rows[0][0])
        per_article: dict[str, str] = {}
        evidence: list[Evidence] = []
        for article, fact, stance, attr in rows:
            per_article.setdefault(article.id, _describe(lang, stance, attr))
            evidence.append(fact_evidence(article, fact))
            if attr is not None:
                cue = span_evidence(article, attr.field, attr.start, attr.end)
                if cue not in evidence:
                    evidence.append(cue)
        values = join_values(lang, [(labels[aid], d) for aid, d in per_article.items()])
        claim = ", ".join(dict.fromkeys(claims_of[key]))
        text = message(lang, "attribution", claim=claim, values=values)
        out.append(Finding("attribution", "medium", text, tuple(evidence), slot="attribution"))
    return out
