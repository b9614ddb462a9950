"""The language data files parse, and no object of them names one key twice.

JSON keeps the last of two equal keys silently, so a word added by two engineers to one
list (a merge of two branches that both taught kroscek "centimetre") or given two values
would lose one of them without a sound."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import pytest

LANG_FILES = sorted(
    (lang.name, f.name)
    for lang in resources.files("kroscek").joinpath("lang").iterdir()
    if lang.is_dir()
    for f in lang.iterdir()
    if f.name.endswith(".json")
)


def _keys_named_twice(path_text: str) -> list[str]:
    twice: list[str] = []

    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [k for k, _ in pairs]
        twice.extend(sorted({k for k in keys if keys.count(k) > 1}))
        return dict(pairs)

    json.loads(path_text, object_pairs_hook=hook)
    return twice


def test_every_language_has_data_files() -> None:
    assert {lang for lang, _ in LANG_FILES} >= {"id", "en"}


@pytest.mark.parametrize(("lang", "name"), LANG_FILES)
def test_no_language_data_object_names_a_key_twice(lang: str, name: str) -> None:
    text = resources.files("kroscek").joinpath("lang", lang, name).read_text("utf-8")
    assert _keys_named_twice(text) == []
