"""What a library user passes as inputs: one path as a string, or something that is no path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kroscek
from kroscek.store.loader import ingest

RECORDS = [
    {"title": "Jembatan Desa Lamuru Putus", "text": "Jembatan gantung di Desa Lamuru putus."},
    {"title": "Market fire in Teluk Sari", "text": "A fire destroyed 12 stalls in Teluk Sari."},
]


@pytest.fixture
def export(tmp_path: Path) -> Path:
    path = tmp_path / "ekspor.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    return path


@pytest.mark.parametrize("as_given", [str, Path])
def test_one_path_given_alone_is_one_input_not_one_per_character(
    export: Path, tmp_path: Path, as_given: type
) -> None:
    alone = ingest(as_given(export), tmp_path / "alone.db", workers=1)
    listed = ingest([export], tmp_path / "listed.db", workers=1)
    assert alone == listed and alone.new == len(RECORDS) and alone.rejected == 0


@pytest.mark.parametrize(
    ("inputs", "named"),
    [
        (42, "not int"),
        ([b"ekspor.jsonl"], "input 1 of 1 is bytes"),
        (["a.txt", None], "input 2 of 2"),
    ],
)
def test_inputs_that_are_no_paths_fail_at_once_naming_the_bad_one(
    tmp_path: Path, inputs: object, named: str
) -> None:
    with pytest.raises(TypeError, match=named):
        ingest(inputs, tmp_path / "never.db")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="path or URL"):
        list(kroscek.read(inputs))  # type: ignore[arg-type]
    assert not (tmp_path / "never.db").exists()
