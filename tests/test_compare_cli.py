"""``kroscek compare`` and ``kroscek.compare()``: formats, outlet names, bad inputs, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import kroscek
from kroscek.cli import main
from kroscek.data import Article, RawArticle
from kroscek.errors import NotEnoughArticlesError, UsageError

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples" / "compare").glob("*.txt"))
TWO = [str(p) for p in EXAMPLES[:2]]


def run(args: list[str]) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["compare", *args])
    assert "Traceback" not in result.output + result.stderr
    return result.exit_code, result.stdout, result.stderr


def test_examples_exist_for_the_readme_demo() -> None:
    assert len(EXAMPLES) >= 2


def test_json_goes_to_stdout_and_follows_the_contract() -> None:
    code, out, _ = run([*TWO, "--format", "json"])
    assert code == 0
    data = json.loads(out)
    assert len(data["articles"]) == 2
    assert data["findings"] and data["shared_passages"]
    for f in data["findings"]:
        assert f["severity"] in ("high", "medium", "low", "info")
        for e in f["evidence"]:
            art = next(a for a in data["articles"] if a["id"] == e["article"])
            if e["start"] != e["end"]:
                assert art[e["field"]][e["start"] : e["end"]] == e["text"]


def test_html_report_is_written_to_the_output_file(tmp_path: Path) -> None:
    out = tmp_path / "laporan.html"
    code, stdout, _ = run([*TWO, "--format", "html", "-o", str(out)])
    assert code == 0 and stdout == ""
    page = out.read_text("utf-8")
    assert page.startswith("<!doctype html>") and "<script" not in page


def test_terminal_view_is_the_default() -> None:
    code, out, _ = run(TWO)
    assert code == 0
    assert "Temuan" in out or "Findings" in out


@pytest.mark.parametrize(("level", "allowed"), [("high", {"high"}), ("medium", {"high", "medium"})])
def test_min_severity_leaves_out_lesser_findings(level: str, allowed: set[str]) -> None:
    code, out, _ = run([*[str(p) for p in EXAMPLES], "--format", "json", "--min-severity", level])
    assert code == 0
    severities = {f["severity"] for f in json.loads(out)["findings"]}
    assert severities and severities <= allowed


def test_one_source_name_per_input_names_the_outlets() -> None:
    code, out, _ = run([*TWO, "--format", "json", "--source", "Satu", "--source", "Dua"])
    assert code == 0
    assert [a["source"] for a in json.loads(out)["articles"]] == ["Satu", "Dua"]


def test_a_wrong_number_of_source_names_is_a_usage_error() -> None:
    code, _, err = run([*[str(p) for p in EXAMPLES], "--source", "Satu", "--source", "Dua"])
    assert code == UsageError.exit_code
    assert err.startswith("kroscek: error:") and len(err.strip().splitlines()) == 1


def test_bad_inputs_are_skipped_one_line_each_and_the_rest_compared(tmp_path: Path) -> None:
    empty = tmp_path / "kosong.txt"
    empty.write_text("")
    binary = tmp_path / "gambar.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    missing = tmp_path / "tidak-ada.txt"
    code, out, err = run([str(empty), *TWO, str(binary), str(missing), "--format", "json"])
    assert code == 1  # the report is made, and the exit says some inputs were skipped
    skipped = [line for line in err.splitlines() if line.startswith("kroscek: skipped")]
    assert len(skipped) == 3
    assert any("kosong.txt" in line for line in skipped)
    assert any("tidak-ada.txt" in line for line in skipped)
    data = json.loads(out)
    assert len(data["articles"]) == 2 and len(data["rejected"]) == 3


def test_all_inputs_read_exit_zero() -> None:
    code, _, err = run([*TWO, "--format", "json"])
    assert code == 0
    assert "skipped" not in err


@pytest.mark.parametrize(("limit", "code"), [("1K", 1), ("10MB", 0)])
def test_max_bytes_skips_inputs_over_the_limit(limit: str, code: int, tmp_path: Path) -> None:
    big = tmp_path / "panjang.txt"
    big.write_text("Judul Panjang\n\n" + "Banjir merendam rumah warga di tepi sungai. " * 60)
    got, _, err = run([*TWO, str(big), "--format", "json", "--max-bytes", limit])
    assert got == code
    skipped = [line for line in err.splitlines() if line.startswith("kroscek: skipped")]
    assert any("panjang.txt" in line for line in skipped) == (code == 1)


def test_a_malformed_max_bytes_is_a_usage_error() -> None:
    code, _, err = run([*TWO, "--max-bytes", "sepuluh"])
    assert code == 2
    assert "--max-bytes" in err


def test_fewer_than_two_good_articles_exit_non_zero_with_one_clear_line(tmp_path: Path) -> None:
    empty = tmp_path / "kosong.txt"
    empty.write_text("")
    code, out, err = run([TWO[0], str(empty)])
    assert code == NotEnoughArticlesError.exit_code
    lines = err.strip().splitlines()
    assert lines[0].startswith("kroscek: skipped") and "kosong.txt" in lines[0]
    assert lines[-1].startswith("kroscek: error:") and "two" in lines[-1]
    assert out == ""


def test_python_api_is_the_top_level_compare() -> None:
    report = kroscek.compare(EXAMPLES)
    assert len(report.articles) == len(EXAMPLES)
    assert {f.type for f in report.findings} >= {
        "conflict",
        "headline_mismatch",
        "framing",
        "attribution",
        "agreement",
        "variant",
        "unique",
    }


def test_python_api_accepts_raw_and_cleaned_articles_and_lists_rejects() -> None:
    raw = RawArticle(
        origin="tempel-1",
        title="Banjir Rendam Ratusan Rumah di Bekasi",
        text="Banjir merendam 300 rumah di Bekasi pada Senin pagi setelah hujan deras semalaman.",
    )
    ready = Article(
        id="siap",
        source="Contoh",
        title="Ratusan Rumah Terendam",
        text="Sebanyak 300 rumah di Bekasi terendam banjir pada Senin pagi, kata warga.",
    )
    seen: list[str] = []
    report = kroscek.compare(
        [raw, ready, "/tidak/ada/berkas.txt"], on_rejected=lambda r: seen.append(r.origin)
    )
    assert len(report.articles) == 2
    assert seen == ["/tidak/ada/berkas.txt"]
    assert [r.origin for r in report.rejected] == seen
    assert any(f.type == "agreement" for f in report.findings)


def test_python_api_raises_with_the_rejected_list_when_nothing_to_compare() -> None:
    with pytest.raises(NotEnoughArticlesError) as info:
        kroscek.compare([TWO[0], "/tidak/ada.txt"])
    assert "two" in str(info.value)
    assert [r.origin for r in info.value.rejected] == ["/tidak/ada.txt"]  # type: ignore[attr-defined]


def test_one_jsonl_file_with_two_articles_is_enough(tmp_path: Path) -> None:
    records = [
        {
            "title": "Banjir Rendam 300 Rumah di Bekasi",
            "text": "Banjir merendam 300 rumah di Bekasi pada Senin pagi setelah hujan deras.\n\n"
            "“Air naik sangat cepat sejak subuh dan kami tidak sempat menyelamatkan barang,” "
            "kata warga Bekasi Timur, Siti Rahma.",
            "source": "Kabar Bekasi",
            "url": "https://kabar-bekasi.example/banjir",
            "published": "2024-03-04T08:00:00+07:00",
        },
        {
            "title": "Ratusan Rumah di Bekasi Terendam",
            "text": "Sebanyak 300 rumah di Bekasi terendam banjir pada Senin pagi.\n\n"
            "“Air naik sangat cepat sejak subuh dan kami tidak sempat menyelamatkan barang,” "
            "kata warga Bekasi Timur, Siti Rahma.",
            "source": "Metro Timur",
            "url": "https://metro-timur.example/bekasi",
            "published": "2024-03-04T09:30:00+07:00",
        },
    ]
    path = tmp_path / "berita.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n")
    code, out, _ = run([str(path), "--format", "json"])
    assert code == 0
    data = json.loads(out)
    assert [a["source"] for a in data["articles"]] == ["Kabar Bekasi", "Metro Timur"]
    assert any(f["type"] == "agreement" for f in data["findings"])
    assert any(p["kind"] == "verbatim" for p in data["shared_passages"])


def test_html_goes_to_stdout_without_an_output_file() -> None:
    code, out, _ = run([*TWO, "--format", "html"])
    assert code == 0
    assert out.startswith("<!doctype html>") and out.rstrip().endswith("</html>")


def test_terminal_report_can_be_written_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "laporan.txt"
    code, stdout, _ = run([*TWO, "-o", str(out)])
    assert code == 0 and stdout == ""
    assert "Temuan" in out.read_text("utf-8") or "Findings" in out.read_text("utf-8")
