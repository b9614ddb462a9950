"""`kroscek facts`: JSON shaped like the compare report's articles, text view, bad inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kroscek.cli import main

ARTICLE = "\n".join(
    [
        "Banjir Rendam Ratusan Rumah di Bekasi",
        "",
        "Kabar Kota - Banjir merendam sedikitnya 350 rumah di Bekasi pada Senin (4/3/2024), "
        "kata Kepala BPBD Bekasi Andi Wijaya.",
        "",
        '"Kami sudah mengevakuasi lebih dari 1.200 warga ke gedung sekolah," ujar Andi '
        "kepada wartawan.",
        "",
        "Menurut petugas setempat, air mulai surut kemarin.",
    ]
)


@pytest.fixture()
def article_file(tmp_path: Path) -> Path:
    p = tmp_path / "banjir.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def test_json_lists_each_articles_facts_with_offsets(article_file: Path):
    result = CliRunner().invoke(main, ["facts", str(article_file), "--format", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert set(doc) == {"kroscek_version", "articles"}
    (art,) = doc["articles"]
    assert {"id", "source", "title", "lang", "published", "url", "text", "facts"} <= set(art)
    for fact in art["facts"]:
        assert {"kind", "label", "value", "text", "start", "end"} <= set(fact)
        field = art["title"] if fact["field"] == "title" else art["text"]
        assert field[fact["start"] : fact["end"]] == fact["text"]
    kinds = {f["kind"] for f in art["facts"]}
    assert {"entity", "number", "date", "quote", "attribution"} <= kinds
    numbers = {
        (f["value"], f["label"], f["attrs"]["qualifier"])
        for f in art["facts"]
        if f["kind"] == "number"
    }
    assert (350.0, "rumah", "at_least") in numbers
    assert (1200.0, "warga", "more_than") in numbers
    quote = next(f for f in art["facts"] if f["kind"] == "quote")
    assert quote["attrs"]["speaker"] == "Andi Wijaya"


def test_text_format_prints_one_line_per_fact(article_file: Path):
    result = CliRunner().invoke(main, ["facts", str(article_file), "--format", "text"])
    assert result.exit_code == 0, result.output
    assert "speaker=Andi Wijaya" in result.stdout
    assert "350 rumah [at_least]" in result.stdout


def test_bad_input_is_skipped_with_one_line_and_good_one_kept(article_file: Path, tmp_path: Path):
    missing = tmp_path / "nope.txt"
    result = CliRunner().invoke(main, ["facts", str(missing), str(article_file)])
    assert result.exit_code == 0
    assert "nope.txt" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(json.loads(result.stdout)["articles"]) == 1


def test_only_bad_inputs_exit_non_zero(tmp_path: Path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["facts", str(empty), str(tmp_path / "missing.txt")])
    assert result.exit_code != 0
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(("limit", "skipped"), [("200", True), ("10MB", False)])
def test_max_bytes_skips_an_article_over_the_limit(
    limit: str, skipped: bool, article_file: Path, tmp_path: Path
) -> None:
    small = tmp_path / "pendek.txt"
    small.write_text("Gempa Kecil di Garut\n\nGempa kecil terasa di Garut pagi ini.\n")
    result = CliRunner().invoke(
        main, ["facts", str(article_file), str(small), "--max-bytes", limit]
    )
    assert result.exit_code == 0, result.output
    titles = [a["title"] for a in json.loads(result.stdout)["articles"]]
    assert ("Banjir Rendam Ratusan Rumah di Bekasi" not in titles) == skipped
    assert "Gempa Kecil di Garut" in titles
    assert ("banjir.txt" in result.stderr and "--max-bytes" in result.stderr) == skipped
