"""Turn rows and cached JSON back into the pipeline's frozen types.

The store keeps a story's compare report as the JSON of ``Report.to_dict()`` (the public
JSON contract), so a cached report is readable by any tool; this module rebuilds the
``Report`` object from it so that cached and fresh reports look the same to callers.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from kroscek.data import (
    Article,
    Evidence,
    Fact,
    Finding,
    Occurrence,
    Rejected,
    Report,
    ReportWarning,
    SharedPassage,
    Span,
)


def parse_dt(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def to_ts(value: datetime | None) -> float | None:
    """POSIX seconds of a datetime; a naive datetime is taken as UTC (deterministic)."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.timestamp()


def fact_from_dict(d: Mapping[str, Any]) -> Fact:
    return Fact(
        kind=d["kind"],
        label=d["label"],
        value=d["value"],
        text=d["text"],
        start=int(d["start"]),
        end=int(d["end"]),
        field=d.get("field", "text"),
        attrs=dict(d.get("attrs") or {}),
    )


def article_from_dict(d: Mapping[str, Any]) -> Article:
    return Article(
        id=d["id"],
        source=d["source"],
        title=d["title"],
        text=d["text"],
        url=d.get("url"),
        published=parse_dt(d.get("published")),
        lang=d.get("lang") or "id",
        facts=tuple(fact_from_dict(f) for f in d.get("facts") or ()),
        meta={"dateline_place": d["dateline"]} if d.get("dateline") else {},
    )


def report_from_dict(d: Mapping[str, Any]) -> Report:
    """Rebuild a ``Report`` from ``Report.to_dict()`` output."""
    passages = tuple(
        SharedPassage(
            kind=p["kind"],
            text=p["text"],
            similarity=float(p.get("similarity", 1.0)),
            occurrences=tuple(
                Occurrence(o["article"], int(o["start"]), int(o["end"]), o.get("field", "text"))
                for o in p["occurrences"]
            ),
        )
        for p in d.get("shared_passages") or ()
    )
    findings = tuple(
        Finding(
            type=f["type"],
            severity=f["severity"],
            message=f["message"],
            slot=f.get("slot"),
            evidence=tuple(
                Evidence(e["article"], e["field"], int(e["start"]), int(e["end"]), e["text"])
                for e in f.get("evidence") or ()
            ),
        )
        for f in d.get("findings") or ()
    )
    unique = {
        k: tuple(Span(int(s["start"]), int(s["end"]), s.get("field", "text")) for s in v)
        for k, v in (d.get("unique") or {}).items()
    }
    rejected = tuple(
        Rejected(r["origin"], r["reason"], r.get("code", "bad_input"))
        for r in d.get("rejected") or ()
    )
    return Report(
        articles=tuple(article_from_dict(a) for a in d.get("articles") or ()),
        shared_passages=passages,
        findings=findings,
        unique=unique,
        rejected=rejected,
        warnings=tuple(
            ReportWarning(
                w["code"],
                w["message"],
                tuple(w.get("articles") or ()),
                float(w["similarity"]) if w.get("similarity") is not None else None,
            )
            for w in d.get("warnings") or ()
        ),
    )
