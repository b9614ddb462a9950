"""What the fourth usability review (a fact-checker in the terminal) found and fixed.

A mistyped corpus path is never created by a reading command; reports export as CSV for a
spreadsheet; search narrows to one outlet and to (WIB) days; a corpus locked by another
process and a pipe closed by ``head`` are one plain line or none, not an "internal error";
a JSONL of several events compared at once prints a few warnings and what to do, not one
line per pair.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

import review4_corpus
from kroscek.cli._common import friendly_errors
from kroscek.report.csv_report import CSV_COLUMNS
from test_cli_corpus_ux import run  # the CLI run with its output, never a traceback

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "compare"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("review4cli")


@pytest.fixture(scope="module")
def db(folder: Path) -> Path:
    return review4_corpus.build(folder)


def _landslide(db: Path) -> str:
    code, out, _ = run(["stories", "--db", str(db), "--format", "json"])
    assert code == 0
    stories = json.loads(out)["stories"]
    return next(s["id"] for s in stories if s["n_sources"] == 3)


@pytest.mark.parametrize(
    "command",
    [
        ["story", "s0123456789ab"],
        ["stories"],
        ["search", "banjir"],
        ["reports"],
    ],
)
def test_a_reading_command_on_a_mistyped_corpus_says_so_and_creates_nothing(
    tmp_path: Path, command: list[str]
) -> None:
    typo = tmp_path / "kroscke.db"
    code, _, err = run([*command, "--db", str(typo)])
    assert code == 4
    assert err.count("\n") == 1
    assert "no corpus database here" in err and "kroscek ingest --db" in err
    assert not typo.exists()


@pytest.mark.parametrize(
    "args",
    [
        ["compare", str(EXAMPLES / "kabar-sahel.txt"), str(EXAMPLES / "warta-dunia.txt")],
        ["story", "{landslide}", "--db", "{db}"],
    ],
)
def test_a_report_exports_as_csv_a_row_per_piece_of_evidence(db: Path, args: list[str]) -> None:
    filled = [a.format(landslide=_landslide(db), db=db) for a in args]
    code, out, _ = run([*filled, "--format", "csv"])
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert tuple(rows[0]) == CSV_COLUMNS
    code, out, _ = run([*filled, "--format", "json"])
    report = json.loads(out)
    articles = {a["id"]: a for a in report["articles"]}
    assert {int(r["finding"]) for r in rows} == set(range(len(report["findings"])))
    for row in rows:
        if row["article"]:
            text = articles[row["article"]][row["field"]]
            assert text[int(row["start"]) : int(row["end"])] == row["text"]
    assert any(r["severity"] == "high" for r in rows)


@pytest.mark.parametrize(
    ("options", "sources"),
    [
        ([], {"Warta Lembah", "Kabar Timur", "Java Wire"}),
        (["--outlet", "JAVA wire"], {"Java Wire"}),
        (["--since", "2026-11-24"], {"Kabar Timur", "Java Wire"}),
        (["--until", "2026-11-23"], {"Warta Lembah"}),
        (["--outlet", "kabar timur", "--until", "2026-11-23"], set()),
    ],
)
def test_search_narrows_to_one_outlet_and_to_wib_days(
    db: Path, options: list[str], sources: set[str]
) -> None:
    code, out, _ = run(["search", "Suryo", "--db", str(db), "--format", "json", *options])
    assert code == 0
    data = json.loads(out)
    assert {h["article"]["source"] for h in data["hits"]} == sources
    assert data["total"] == len(sources)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--outlet", "Warta Lembahh"], "did you mean 'Warta Lembah'"),
        (["--since", "24/11/2026"], "is not a date"),
    ],
)
def test_a_search_filter_it_cannot_use_is_one_line_with_what_to_write(
    db: Path, options: list[str], message: str
) -> None:
    code, _, err = run(["search", "Suryo", "--db", str(db), *options])
    assert code == 2
    assert message in err and err.count("\n") == 1


@pytest.mark.parametrize("error", ["database is locked", "database is busy"])
def test_a_corpus_locked_by_another_process_is_one_line_saying_to_wait(
    tmp_path: Path, error: str
) -> None:
    db = tmp_path / "c.db"
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")  # another process, mid-write

    @click.command()
    @click.option("--db")
    @friendly_errors
    def write(db: str) -> None:
        conn = sqlite3.connect(db, timeout=0)
        try:
            conn.execute("INSERT INTO t VALUES (1)")
        except sqlite3.OperationalError as exc:
            assert str(exc) == "database is locked"
            raise sqlite3.OperationalError(error) from exc

    try:
        result = CliRunner().invoke(write, ["--db", str(db)])
    finally:
        holder.close()
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "internal error" not in result.stderr
    assert f"{db}: the corpus is locked by another process" in result.stderr
    assert "run the same command again" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        [
            "compare",
            str(EXAMPLES / "kabar-sahel.txt"),
            str(EXAMPLES / "warta-dunia.txt"),
            "--format",
            "json",
        ],
        ["facts", str(EXAMPLES / "kabar-sahel.txt")],
    ],
)
def test_a_pipe_closed_by_its_reader_ends_the_command_quietly(args: list[str]) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # `| head` that has already gone
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    try:
        done = subprocess.run(
            [sys.executable, "-m", "kroscek", *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            env=env,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)
    assert done.returncode == 141
    assert done.stderr.decode() == ""


def test_comparing_an_export_of_several_events_prints_a_few_warnings_and_what_to_do(
    folder: Path,
) -> None:
    export = review4_corpus.write_jsonl(folder)
    code, out, err = run(["compare", str(export), "--format", "json"])
    assert code == 0
    warnings = json.loads(out)["warnings"]
    assert len(warnings) > 5  # every pair stays in the JSON
    lines = err.strip().splitlines()
    shown = [line for line in lines if line.startswith("kroscek: warning:")]
    assert len(shown) == 6
    assert f"dan {len(warnings) - 5} peringatan lain" in shown[-1]
    assert "kroscek ingest" in shown[-1] and "kroscek stories" in shown[-1]
    code, out, _ = run(["compare", str(export)])
    flat = " ".join(re.sub(r"[│╭╮╰╯─]", " ", out).split())  # the terminal panel, unwrapped
    assert flat.count("mungkin tidak memberitakan peristiwa yang sama") == 5
    assert f"dan {len(warnings) - 5} peringatan lain" in flat


@pytest.mark.parametrize(
    ("sort", "n_sources"),
    [("latest", [3, 1, 2]), ("sources", [3, 2, 1])],
)
def test_stories_list_newest_first_or_most_outlets_first(
    db: Path, sort: str, n_sources: list[int]
) -> None:
    code, out, _ = run(["stories", "--db", str(db), "--format", "json", "--sort", sort])
    assert code == 0
    stories = json.loads(out)["stories"]
    assert [s["n_sources"] for s in stories] == n_sources


def _facts_on(stdout_is_terminal: bool) -> str:
    """What `kroscek facts` prints to a terminal (a pseudo-terminal) or into a pipe."""
    import pty

    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    command = [sys.executable, "-m", "kroscek", "facts", str(EXAMPLES / "kabar-sahel.txt")]
    if not stdout_is_terminal:
        done = subprocess.run(command, capture_output=True, env=env, timeout=120, check=True)
        return done.stdout.decode()
    leader, follower = pty.openpty()
    try:
        proc = subprocess.Popen(command, stdout=follower, stderr=subprocess.PIPE, env=env)
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal closed: the command is done
                break
            if not chunk:
                break
            chunks.append(chunk)
        assert proc.wait(timeout=120) == 0
    finally:
        os.close(leader)
    return b"".join(chunks).decode()


@pytest.mark.parametrize(("terminal", "starts"), [(True, "Kabar Sahel: "), (False, "{")])
def test_facts_reads_as_lines_on_a_terminal_and_as_json_into_a_pipe(
    terminal: bool, starts: str
) -> None:
    out = _facts_on(terminal)
    assert out.startswith(starts)
    if terminal:
        assert "number" in out and "-> 21 tentara" in out
    else:
        assert json.loads(out)["articles"][0]["source"] == "Kabar Sahel"


@pytest.mark.parametrize(
    "command",
    [["stories", "--min-sources", "3"], ["search", "Sarangan OR Magetan"]],
)
def test_terminal_lists_give_each_time_its_zone_and_a_wire_time_in_wib(
    db: Path, command: list[str]
) -> None:
    code, out, _ = run([*command, "--db", str(db)])
    assert code == 0
    assert "2026-11-24 02:00 UTC (09:00 WIB)" in out
    assert "2026-11-23 21:10 WIB" in out


@pytest.mark.parametrize(
    ("published", "written"),
    [
        ("2026-11-24T02:00:00+00:00", "2026-11-24 02:00 UTC (09:00 WIB)"),
        ("2026-11-23T20:30:00+00:00", "2026-11-23 20:30 UTC (24/11 03:30 WIB)"),
        ("2026-11-24T06:30:00+07:00", "2026-11-24 06:30 WIB"),
        ("2026-11-24T08:00:00+08:00", "2026-11-24 08:00 WITA"),
        ("2026-11-24T10:00:00+05:30", "2026-11-24 10:00 UTC+05:30 (11:30 WIB)"),
        ("2026-11-24T10:00:00", "2026-11-24 10:00"),
        (None, "undated"),
    ],
)
def test_a_clock_time_reads_with_its_zone(published: str | None, written: str) -> None:
    from datetime import datetime

    from kroscek.store.times import clock

    assert clock(datetime.fromisoformat(published) if published else None) == written


@pytest.mark.parametrize(
    ("since", "grew"),
    [("2026-11-24", {3: 2, 1: 1}), ("2026-11-23", {3: 3, 2: 2, 1: 1})],
)
def test_stories_since_a_day_count_what_each_story_gained(
    db: Path, since: str, grew: dict[int, int]
) -> None:
    code, out, _ = run(["stories", "--db", str(db), "--since", since, "--format", "json"])
    assert code == 0
    stories = json.loads(out)["stories"]
    assert {s["n_sources"]: s["new_since"] for s in stories} == grew
    code, out, _ = run(["stories", "--db", str(db), "--since", since])
    assert out.count(f"since {since}") == len(grew)
    code, out, _ = run(["stories", "--db", str(db), "--format", "json"])
    assert all("new_since" not in s for s in json.loads(out)["stories"])
