"""Export a corpus as Parquet files (articles, stories, findings, evidence) for DuckDB,
pandas, Spark, or its evidence as one CSV file for a spreadsheet.

pyarrow is optional (``pip install 'kroscek[parquet]'``) and imported only here. Articles
are written in row groups as they are read, so memory stays bounded on large corpora.
Findings come from the cached story reports (``kroscek story ID`` or the web app fill the
cache; ``export_parquet(..., compute_reports=True)`` fills it for every story with two or
more independent outlets first). ``evidence.parquet`` has a row per outlet's piece of
evidence in each finding (:mod:`kroscek.store.evidence`), so per-outlet questions need no
parsing of the findings' prose.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Collection
from datetime import UTC, date
from pathlib import Path
from typing import Any

from kroscek.errors import StoreError, UsageError
from kroscek.store.corpus import Corpus
from kroscek.store.evidence import EVIDENCE_COLUMNS, evidence_rows

_ROWS_PER_GROUP = 5000
TABLES = ("articles", "stories", "findings", "evidence")
_INTS = frozenset({"finding", "start", "end"})


def _pyarrow() -> Any:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise UsageError(
            "Parquet export needs pyarrow, which is not installed",
            hint="pip install 'kroscek[parquet]'",
        ) from None
    return pa, pq


def export_parquet(
    corpus: Corpus, directory: str | os.PathLike[str], *, compute_reports: bool = False
) -> dict[str, int]:
    """Write ``articles.parquet``, ``stories.parquet``, ``findings.parquet`` and
    ``evidence.parquet`` into ``directory``; returns their row counts.

    Each file is written under a temporary name and the four are put in place together at
    the end: an export that fails (a full disk) leaves no truncated file for pandas to
    half-read, and an earlier export in the folder as it was.
    """
    pa, pq = _pyarrow()
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    if compute_reports:
        from kroscek.store.reports import cache_reports

        cache_reports(corpus)
    parts = {name: out / f".{name}.parquet.partial" for name in TABLES}
    try:
        counts = _write(corpus, pa, pq, parts)
        for name, part in parts.items():
            os.replace(part, out / f"{name}.parquet")
    except OSError as exc:
        raise _write_failed(
            exc,
            list(parts.values()),
            out,
            "free some space or choose another --parquet folder",
            replaced="; nothing in it was replaced",
        ) from exc
    return counts


def _write_failed(
    exc: OSError, parts: list[Path], where: Path, hint: str, *, replaced: str = ""
) -> StoreError:
    """An export that could not be written: its partial files removed, and one line."""
    for part in parts:
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)
    detail = (exc.strerror or str(exc)).strip().lower()
    return StoreError(f"cannot write the export ({detail}){replaced}", where=str(where), hint=hint)


def _write(corpus: Corpus, pa: Any, pq: Any, parts: dict[str, Path]) -> dict[str, int]:
    """Write the four tables to their ``parts`` paths; their row counts."""
    ts = pa.timestamp("us", tz="UTC")
    art_schema = pa.schema(
        [
            ("id", pa.string()),
            ("story_id", pa.string()),
            ("source", pa.string()),
            ("title", pa.string()),
            ("text", pa.string()),
            ("url", pa.string()),
            ("published", ts),
            ("lang", pa.string()),
            ("duplicate_of", pa.string()),
            ("origin", pa.string()),
        ]
    )
    n_articles = 0
    with pq.ParquetWriter(parts["articles"], art_schema) as writer:
        buf: list[dict[str, Any]] = []
        for row in corpus.iter_articles():
            row["published"] = _dt(row["published"])
            buf.append(row)
            if len(buf) >= _ROWS_PER_GROUP:
                writer.write_table(pa.Table.from_pylist(buf, schema=art_schema))
                n_articles += len(buf)
                buf = []
        if buf or n_articles == 0:
            writer.write_table(pa.Table.from_pylist(buf, schema=art_schema))
            n_articles += len(buf)

    with corpus.lock:
        story_rows = corpus.connection.execute(
            "SELECT id, title, first_published, last_published, n_articles, n_independent, "
            "n_sources, sources, langs FROM stories ORDER BY last_ts IS NULL, last_ts DESC, id"
        ).fetchall()
    story_schema = pa.schema(
        [
            ("id", pa.string()),
            ("title", pa.string()),
            ("first_published", ts),
            ("last_published", ts),
            ("n_articles", pa.int32()),
            ("n_independent", pa.int32()),
            ("n_sources", pa.int32()),
            ("sources", pa.list_(pa.string())),
            ("langs", pa.list_(pa.string())),
        ]
    )
    stories = [
        {
            "id": r[0],
            "title": r[1],
            "first_published": _dt(r[2]),
            "last_published": _dt(r[3]),
            "n_articles": r[4],
            "n_independent": r[5],
            "n_sources": r[6],
            "sources": json.loads(r[7]),
            "langs": json.loads(r[8]),
        }
        for r in story_rows
    ]
    pq.write_table(pa.Table.from_pylist(stories, schema=story_schema), parts["stories"])

    with corpus.lock:
        report_rows = corpus.connection.execute(
            "SELECT r.story_id, r.report FROM reports r JOIN stories s "
            f"ON s.id = r.story_id AND {corpus.fresh_report} ORDER BY r.story_id"
        ).fetchall()
    finding_schema = pa.schema(
        [
            ("story_id", pa.string()),
            ("finding", pa.int32()),
            ("type", pa.string()),
            ("severity", pa.string()),
            ("slot", pa.string()),
            ("message", pa.string()),
            ("articles", pa.list_(pa.string())),
            ("evidence", pa.string()),
        ]
    )
    findings = []
    evidence: list[dict[str, Any]] = []
    for story_id, payload in report_rows:
        report = json.loads(payload)
        for index, f in enumerate(report.get("findings", [])):
            spans = f.get("evidence", [])
            findings.append(
                {
                    "story_id": story_id,
                    "finding": index,
                    "type": f["type"],
                    "severity": f["severity"],
                    "slot": f.get("slot"),
                    "message": f["message"],
                    "articles": sorted({e["article"] for e in spans}),
                    "evidence": json.dumps(spans, ensure_ascii=False),
                }
            )
        for row in evidence_rows(story_id, report):
            row["published"] = _dt(row["published"])
            evidence.append(row)
    pq.write_table(pa.Table.from_pylist(findings, schema=finding_schema), parts["findings"])
    evidence_schema = pa.schema(
        [
            (name, ts if name == "published" else pa.int32() if name in _INTS else pa.string())
            for name in EVIDENCE_COLUMNS
        ]
    )
    pq.write_table(pa.Table.from_pylist(evidence, schema=evidence_schema), parts["evidence"])
    return {
        "articles": n_articles,
        "stories": len(stories),
        "findings": len(findings),
        "evidence": len(evidence),
    }


# the CSV's columns: the evidence columns with the finding's message after its type, so a
# row read alone in a spreadsheet says what the words prove
CSV_COLUMNS = (*EVIDENCE_COLUMNS[:5], "message", *EVIDENCE_COLUMNS[5:])


def export_evidence_csv(
    corpus: Corpus,
    path: str | os.PathLike[str],
    *,
    types: Collection[str] = (),
    since: date | None = None,
    until: date | None = None,
) -> int:
    """Write one CSV row per outlet's piece of evidence in each cached finding (the rows
    of ``evidence.parquet``, plus the finding's message); returns how many were written.

    For a spreadsheet and no pyarrow: "every framing difference of November" is
    ``types={"framing"}``, ``since=date(2026, 11, 1)``, ``until=date(2026, 11, 30)``, days
    in WIB by the outlet's publication time (an undated article is left out when a day
    bound is given). The file is UTF-8 with a byte-order mark, so Excel shows the
    Indonesian quotes and names as written (pandas and LibreOffice skip the mark), and it is
    written under a temporary name first: a failed export leaves no half file.
    """
    import csv

    from kroscek.store.times import WIB

    wanted = set(types)
    target = Path(path)
    part = target.with_name(f".{target.name}.partial")
    with corpus.lock:
        report_rows = corpus.connection.execute(
            "SELECT r.story_id, r.report FROM reports r JOIN stories s "
            f"ON s.id = r.story_id AND {corpus.fresh_report} ORDER BY r.story_id"
        ).fetchall()
    written = 0
    try:
        with open(part, "w", encoding="utf-8-sig", newline="") as handle:
            out = csv.DictWriter(handle, fieldnames=CSV_COLUMNS, extrasaction="ignore")
            out.writeheader()
            for story_id, payload in report_rows:
                report = json.loads(payload)
                findings = report.get("findings", [])
                for row in evidence_rows(story_id, report):
                    if wanted and row["type"] not in wanted:
                        continue
                    if since is not None or until is not None:
                        when = _dt(row["published"])  # a naive time read as the store does
                        day = when.astimezone(WIB).date() if when is not None else None
                        if day is None or (since and day < since) or (until and day > until):
                            continue
                    row["message"] = findings[row["finding"]]["message"]
                    out.writerow(row)
                    written += 1
        os.replace(part, target)
    except OSError as exc:
        raise _write_failed(
            exc,
            [part],
            target,
            "check that its folder exists and has free space, or choose another --csv file",
        ) from exc
    return written


def _dt(value: str | None) -> Any:
    from kroscek.store.codec import parse_dt

    dt = parse_dt(value)
    if dt is not None and dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt
