"""One row per outlet's piece of evidence in each finding: the researcher's table.

A finding's message says in prose, in the article's language, who stated a figure as fact
and who attributed it ("Jurnal Rimba: ditulis sebagai fakta; Harbour Wire: attributed to
..."), which word each outlet used for a group, which figure each gave. Counting those over
an archive ("which outlets state casualty figures without a source most often?") should not
mean parsing that prose in two languages. The same facts are in the report's structure:
each evidence span is either one of the article's facts (a figure, with its noun and the
event it counts; an attribution, with its stance) or a framing term; this module reads them
off the cached report, so the rows say exactly what the finding says.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

STANCE_STATED = "stated"  # an attribution finding's figure with no source in this outlet

EVIDENCE_COLUMNS = (
    "story_id",
    "finding",
    "type",
    "severity",
    "slot",
    "article",
    "source",
    "lang",
    "published",
    "field",
    "start",
    "end",
    "text",
    "fact_kind",
    "fact_label",
    "fact_event",
    "stance",
    "tone",
)


def evidence_rows(story_id: str, report: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    """Each evidence span of each finding of one report (its JSON form), with its outlet.

    ``finding`` is the finding's position in the report (the ``finding`` column of
    ``findings.parquet``). ``fact_kind``/``fact_label``/``fact_event``: the article's fact
    at exactly that span, if any (``number``, ``warga``, ``killed``; ``attribution``,
    ``attributed``). ``stance``, for ``attribution`` findings only: ``attributed`` or
    ``claimed`` when the outlet's evidence holds such an attribution, else ``stated`` (the
    outlet gives the figure as fact). ``tone``, for ``framing`` findings: the term's tone in
    the framing lexicon (``neutral``, ``positive``, ``negative``).
    """
    articles = {a["id"]: a for a in report.get("articles", [])}
    facts = {aid: _facts_by_span(a) for aid, a in articles.items()}
    for index, finding in enumerate(report.get("findings", [])):
        evidence = finding.get("evidence", [])
        stances = _stances(evidence, facts) if finding["type"] == "attribution" else {}
        for ev in evidence:
            article = articles.get(ev["article"], {})
            fact = facts.get(ev["article"], {}).get((ev["field"], ev["start"], ev["end"]))
            attrs = (fact or {}).get("attrs") or {}
            yield {
                "story_id": story_id,
                "finding": index,
                "type": finding["type"],
                "severity": finding["severity"],
                "slot": finding.get("slot"),
                "article": ev["article"],
                "source": article.get("source"),
                "lang": article.get("lang"),
                "published": article.get("published"),
                "field": ev["field"],
                "start": ev["start"],
                "end": ev["end"],
                "text": ev["text"],
                "fact_kind": fact["kind"] if fact else None,
                "fact_label": fact["label"] if fact else None,
                "fact_event": attrs.get("event") if isinstance(attrs, dict) else None,
                "stance": stances.get(ev["article"]),
                "tone": _tone(ev["text"], article.get("lang"))
                if finding["type"] == "framing"
                else None,
            }


def _facts_by_span(article: Mapping[str, Any]) -> dict[tuple[str, int, int], dict[str, Any]]:
    """The article's facts by (field, start, end); the first wins where two share a span."""
    spans: dict[tuple[str, int, int], dict[str, Any]] = {}
    for fact in article.get("facts", []):
        spans.setdefault((fact.get("field", "text"), fact["start"], fact["end"]), fact)
    return spans


def _stances(
    evidence: list[dict[str, Any]], facts: Mapping[str, Mapping[tuple[str, int, int], Any]]
) -> dict[str, str]:
    """Each outlet's stance in one attribution finding: the label of its attribution
    evidence (``attributed`` wins over ``claimed``), or ``stated`` when it has none."""
    stance: dict[str, str] = {}
    for ev in evidence:
        fact = facts.get(ev["article"], {}).get((ev["field"], ev["start"], ev["end"]))
        label = fact.get("label") if fact and fact.get("kind") == "attribution" else None
        if label in ("attributed", "claimed") and stance.get(ev["article"]) != "attributed":
            stance[ev["article"]] = label
        else:
            stance.setdefault(ev["article"], STANCE_STATED)
    return stance


def _tone(text: str, lang: str | None) -> str | None:
    """A framing term's tone in the lexicon the finding was made with."""
    from kroscek.align.words import words
    from kroscek.compare.findings.framing import lexicon

    lex = lexicon(lang or "id")
    found = lex.terms.get(tuple(w.key for w in words(text, lang or "id")))
    return found[1] if found else None
