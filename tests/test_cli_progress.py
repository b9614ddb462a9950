"""Long commands log progress to stderr at most every few seconds, in their own words."""

from __future__ import annotations

import pytest

from kroscek.cli._progress import plain_reporter


@pytest.mark.parametrize(
    ("command", "update", "line"),
    [("ingest", 120, "kroscek: ingest: 120 items"), ("reports", 7, "kroscek: reports: 7 items")],
)
def test_a_log_line_says_which_command_and_what_one_update_means(
    command: str, update: int, line: str, capsys: pytest.CaptureFixture[str]
) -> None:
    report = plain_reporter(command, lambda n, elapsed: f"{n} items", every_s=0.0)
    report(update)
    assert capsys.readouterr().err.strip() == line


def test_updates_closer_together_than_the_interval_print_nothing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    report = plain_reporter("ingest", lambda n, elapsed: f"{n} items", every_s=3600.0)
    for n in range(5):
        report(n)
    assert capsys.readouterr().err == ""
