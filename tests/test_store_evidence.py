"""evidence.parquet: each outlet's part of each finding, for questions asked per outlet.

Real corpora of our own made-up reports: one outlet attributes a death toll, another
states it as fact, a third uses a loaded word for an invented armed group. The stance,
figure and tone columns must say what the findings' messages say, without their prose.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kroscek.errors import StoreError
from kroscek.store import Corpus
from kroscek.store.export import export_parquet
from kroscek.store.loader import ingest

pq = pytest.importorskip("pyarrow.parquet")

INDONESIAN = [
    {
        "source": "Kabar Lembah",
        "title": "Serangan di Desa Wae Kelam, 14 Warga Tewas",
        "text": "Menurut Kepala Polres Manggarai Selatan Yosef Lamanepa, 14 warga tewas "
        "dalam serangan kelompok bersenjata Front Rawa Merah di Desa Wae Kelam pada Sabtu "
        "dini hari. Kelompok itu membakar sembilan rumah dan sebuah pos ronda.",
    },
    {
        "source": "Warta Bukit",
        "title": "Teroris Serang Desa Wae Kelam, 14 Warga Tewas",
        "text": "Sebanyak 14 warga tewas dalam serangan teroris Front Rawa Merah di Desa Wae "
        "Kelam pada Sabtu dini hari. Para pelaku membakar sembilan rumah dan sebuah pos "
        "ronda sebelum lari ke hutan.",
    },
]
ENGLISH = [
    {
        "source": "Harbour Wire",
        "title": "14 Villagers Killed in Attack on Wae Kelam",
        "text": "Fourteen villagers were killed when militants of the Front Rawa Merah "
        "attacked Wae Kelam village early on Saturday, police chief Yosef Lamanepa said. "
        "The attackers burned nine houses and a night-watch post.",
    },
    {
        "source": "Strait Ledger",
        "title": "Terrorists Kill 14 in Wae Kelam Village",
        "text": "Fourteen villagers were killed when terrorists of the Front Rawa Merah "
        "attacked Wae Kelam village early on Saturday. The attackers burned nine houses "
        "and a night-watch post before fleeing into the forest.",
    },
]


@pytest.mark.parametrize(
    ("records", "attributing", "stating", "loaded", "tone"),
    [
        (INDONESIAN, "Kabar Lembah", "Warta Bukit", "teroris", "negative"),
        (ENGLISH, "Harbour Wire", "Strait Ledger", "terrorists", "negative"),
    ],
)
def test_each_outlets_stance_figure_and_word_are_columns_not_prose(
    tmp_path: Path,
    records: list[dict[str, str]],
    attributing: str,
    stating: str,
    loaded: str,
    tone: str,
) -> None:
    export = tmp_path / "ekspor.jsonl"
    stamped = [dict(r, published="2026-05-09T08:00:00+07:00") for r in records]
    export.write_text("".join(json.dumps(r) + "\n" for r in stamped), encoding="utf-8")
    ingest([export], tmp_path / "c.db", workers=1)
    with Corpus(tmp_path / "c.db") as corpus:
        written = export_parquet(corpus, tmp_path / "pq", compute_reports=True)
    rows = pq.read_table(tmp_path / "pq" / "evidence.parquet").to_pylist()
    assert written["evidence"] == len(rows) > 0
    findings = pq.read_table(tmp_path / "pq" / "findings.parquet").to_pylist()
    assert {(r["story_id"], r["finding"]) for r in rows} <= {
        (f["story_id"], f["finding"]) for f in findings
    }

    stance = {r["source"]: r["stance"] for r in rows if r["type"] == "attribution"}
    assert stance == {attributing: "attributed", stating: "stated"}
    figures = [r for r in rows if r["type"] == "attribution" and r["fact_kind"] == "number"]
    assert {r["fact_event"] for r in figures} == {"killed"}
    words = {r["source"]: (r["text"].lower(), r["tone"]) for r in rows if r["type"] == "framing"}
    assert words[stating] == (loaded, tone)
    with Corpus(tmp_path / "c.db", readonly=True) as corpus:
        for r in rows:  # every row points into its article, as the report's evidence does
            article = corpus.article(r["article"])
            assert article is not None and article.source == r["source"]
            assert getattr(article, r["field"])[r["start"] : r["end"]] == r["text"]


@pytest.mark.parametrize("records", [INDONESIAN, ENGLISH])
def test_export_with_reports_computes_them_with_progress_then_writes_the_evidence(
    tmp_path: Path, records: list[dict[str, str]]
) -> None:
    from click.testing import CliRunner

    from kroscek.cli import main

    export = tmp_path / "ekspor.jsonl"
    export.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = str(tmp_path / "c.db")
    ingest([export], db, workers=1)
    args = ["export", "--db", db, "--parquet", str(tmp_path / "pq"), "--with-reports"]
    result = CliRunner().invoke(main, [*args, "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "reports: 1 computed and cached, 0 failed" in result.stderr
    assert "evidence: " in result.stdout and "findings cover" not in result.stderr
    assert pq.read_table(tmp_path / "pq" / "evidence.parquet").num_rows > 0


@pytest.mark.parametrize("failing", ["stories", "evidence"])
def test_an_export_that_cannot_be_written_leaves_the_earlier_one_whole(
    tmp_path: Path, failing: str
) -> None:
    export = tmp_path / "ekspor.jsonl"
    export.write_text("".join(json.dumps(r) + "\n" for r in INDONESIAN), encoding="utf-8")
    ingest([export], tmp_path / "c.db", workers=1)
    out = tmp_path / "pq"
    with Corpus(tmp_path / "c.db") as corpus:
        export_parquet(corpus, out, compute_reports=True)
        before = {p.name: p.read_bytes() for p in out.iterdir()}
        # a folder where the new file would go: the write fails as on a full disk
        (out / f".{failing}.parquet.partial").mkdir()
        with pytest.raises(StoreError) as caught:
            export_parquet(corpus, out)
    assert str(caught.value).startswith(f"{out}: cannot write the export")
    assert "nothing in it was replaced" in str(caught.value)
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert after == before
