"""Every phrase the report layer adds on its own is whole: no placeholder left unfilled."""

from __future__ import annotations

import re

import pytest

from kroscek.report._common import _WORDS, word

# the phrases that take a value, and the one each takes (filled by their callers)
_FILLED = {"odd_one": {"source"}}


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("key", sorted(_WORDS["en"]))
def test_a_report_phrase_has_only_the_placeholders_its_caller_fills(lang: str, key: str) -> None:
    placeholders = set(re.findall(r"\{(\w+)\}", word(lang, key)))
    assert placeholders == _FILLED.get(key, set()), (lang, key, word(lang, key))


def test_both_report_languages_have_the_same_phrases() -> None:
    assert set(_WORDS["id"]) == set(_WORDS["en"])
