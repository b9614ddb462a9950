"""What a blind usability review of the CLI found: every mistake is one line saying what to do.

The articles are written for these tests (a made-up ferry accident, told by two made-up
outlets in Indonesian and in English), never an outlet's text.
"""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kroscek.cli import main

FERRY_ID = (
    "Kapal Motor Bahari Tenggelam di Selat Lumba, 8 Penumpang Hilang\n\n"
    "KOTA LUMBA - Kapal motor Bahari Jaya tenggelam di Selat Lumba pada Selasa (3/2/2026) "
    "pagi setelah dihantam ombak setinggi tiga meter. Sebanyak 41 penumpang selamat dan "
    "8 penumpang lainnya masih dicari.\n\n"
    '"Tim SAR gabungan menyisir perairan sejak pukul 06.00," kata Kepala Kantor SAR Lumba, '
    "Rahmat Saputra, kepada wartawan.\n\n"
    "Menurut Rahmat, kapal itu mengangkut 49 orang, melebihi kapasitas 35 penumpang.\n"
)
FERRY_ID_2 = (
    "Sebelas Penumpang KM Bahari Jaya Belum Ditemukan\n\n"
    "KOTA LUMBA - Kapal motor Bahari Jaya tenggelam di Selat Lumba pada Selasa (3/2/2026). "
    "Sebanyak 38 penumpang selamat dan 11 penumpang belum ditemukan hingga sore.\n\n"
    '"Tim SAR gabungan menyisir perairan sejak pukul 06.00," kata Kepala Kantor SAR Lumba, '
    "Rahmat Saputra.\n\n"
    "Syahbandar Lumba menyebut kapal itu hanya membawa 40 orang.\n"
)
FERRY_EN = (
    "Eight Missing After Ferry Sinks in Lumba Strait\n\n"
    "LUMBA CITY - The ferry Bahari Jaya sank in the Lumba Strait on Tuesday morning after "
    "being hit by three-metre waves. Forty-one passengers were rescued and eight are still "
    "missing, rescuers said.\n\n"
    '"We have been searching the waters since 6 a.m.," said Rahmat Saputra, head of the '
    "Lumba rescue office.\n"
)


def invoke(args: list[str]) -> tuple[int, str, str]:
    """Run the CLI; whatever happens, the user never sees a traceback."""
    result = CliRunner().invoke(main, args)
    assert "Traceback" not in result.stdout + result.stderr
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def two_articles(tmp_path: Path) -> list[str]:
    a = tmp_path / "lumba_kabar.txt"
    b = tmp_path / "lumba_warta.txt"
    a.write_text(FERRY_ID, "utf-8")
    b.write_text(FERRY_ID_2, "utf-8")
    return [str(a), str(b)]


@pytest.mark.parametrize("fmt", ["terminal", "json", "html"])
def test_report_into_a_missing_folder_is_one_line_naming_the_folder(
    two_articles: list[str], tmp_path: Path, fmt: str
) -> None:
    target = tmp_path / "belum-ada" / "laporan.out"
    code, _, err = invoke(["compare", *two_articles, "--format", fmt, "-o", str(target)])
    assert code == 1
    lines = [line for line in err.strip().splitlines() if not line.startswith("kroscek: note:")]
    assert len(lines) == 1
    assert lines[0].startswith("kroscek: error: ")
    assert str(tmp_path / "belum-ada") in lines[0] and "create it" in lines[0]


def test_a_written_report_is_confirmed_on_stderr(two_articles: list[str], tmp_path: Path) -> None:
    target = tmp_path / "laporan.html"
    code, out, err = invoke(["compare", *two_articles, "--format", "html", "-o", str(target)])
    assert code == 0 and out == ""
    assert f"wrote {target}" in err
    assert target.read_text("utf-8").startswith("<!doctype html>")


@pytest.mark.parametrize(
    ("option", "typed", "expected"),
    [("--format", "JSON", '"kroscek_version"'), ("--format", "Json", '"findings"')],
)
def test_choice_values_are_accepted_in_any_case(
    two_articles: list[str], option: str, typed: str, expected: str
) -> None:
    code, out, _ = invoke(["compare", *two_articles, option, typed])
    assert code == 0
    assert expected in out


def test_min_severity_in_capitals_filters_like_lowercase(two_articles: list[str]) -> None:
    _, upper, _ = invoke(["compare", *two_articles, "--format", "json", "--min-severity", "HIGH"])
    _, lower, _ = invoke(["compare", *two_articles, "--format", "json", "--min-severity", "high"])
    assert upper == lower


@pytest.mark.parametrize(
    ("typed", "suggested"), [("comprae", "compare"), ("storys", "story"), ("serach", "search")]
)
def test_a_mistyped_command_gets_a_suggestion(typed: str, suggested: str) -> None:
    code, _, err = invoke([typed])
    assert code == 2
    assert f"Did you mean {suggested!r}?" in err


def test_an_unknown_command_far_from_any_gets_no_suggestion() -> None:
    code, _, err = invoke(["zzzz"])
    assert code == 2
    assert "No such command" in err and "Did you mean" not in err


def test_an_html_report_headed_for_a_terminal_asks_for_a_file(two_articles: list[str]) -> None:
    """On a real terminal (a pseudo-terminal here) the page would scroll past as markup."""
    leader, follower = pty.openpty()
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1] / "src"))
    try:
        done = subprocess.run(
            [sys.executable, "-m", "kroscek", "compare", *two_articles, "--format", "html"],
            stdout=follower,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
            timeout=120,
        )
    finally:
        os.close(follower)
        os.close(leader)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "kroscek: error: an HTML report is a page for a browser, not for the terminal — "
        "write it to a file with -o report.html (or redirect: > report.html)"
    ]


def test_an_html_report_still_goes_to_a_pipe(two_articles: list[str]) -> None:
    code, out, _ = invoke(["compare", *two_articles, "--format", "html"])
    assert code == 0 and out.startswith("<!doctype html>")


def test_outlets_named_after_their_files_are_pointed_out_once(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(FERRY_ID, "utf-8")
    b.write_text(FERRY_EN, "utf-8")
    code, _, err = invoke(["compare", str(a), str(b), "--format", "json"])
    assert code == 0
    assert err.strip().splitlines() == [
        f"kroscek: note: no outlet found in {a}, {b}; called after the file name — "
        "name the outlets with --source, once per input"
    ]
    code, _, err = invoke(
        ["compare", str(a), str(b), "--format", "json", "--source", "Kabar", "--source", "Wire"]
    )
    assert code == 0 and err == ""


def test_the_same_article_given_twice_says_it_counts_once(tmp_path: Path) -> None:
    a = tmp_path / "kabar.txt"
    a.write_text(FERRY_ID, "utf-8")
    code, _, err = invoke(["compare", str(a), str(a)])
    assert code == 2
    assert err.strip().splitlines()[-1] == (
        "kroscek: error: the 2 inputs hold only one distinct article (an article given twice "
        "counts once) — add another outlet's article about the same event"
    )


def test_a_single_input_keeps_the_plain_two_articles_message(two_articles: list[str]) -> None:
    code, _, err = invoke(["compare", two_articles[0]])
    assert code == 2
    assert "need at least two articles to compare, got 1" in err
