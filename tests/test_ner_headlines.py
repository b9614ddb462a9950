"""Entities in Title Case headlines, where capitals stop meaning "name".

The gold file holds headlines written for these tests with their entities marked
``[text|LABEL]``; the shipped model must keep an entity-level F1 floor on them and never glue a
headline verb to a name.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kroscek.extract.ner import recognize
from kroscek.extract.ner.features import recase_title
from kroscek.extract.ner.training import title_case

GOLD = Path(__file__).parent / "data" / "ner_headlines_id.txt"
_MARK = re.compile(r"\[([^\]|]+)\|(PER|ORG|LOC)\]")
HEADLINE_F1_FLOOR = 0.8


def _parse(line: str) -> tuple[str, set[tuple[int, int, str]]]:
    text, gold, pos = "", set(), 0
    for match in _MARK.finditer(line):
        text += line[pos : match.start()]
        gold.add((len(text), len(text) + len(match.group(1)), match.group(2)))
        text += match.group(1)
        pos = match.end()
    return text + line[pos:], gold


def _gold() -> list[tuple[str, set[tuple[int, int, str]]]]:
    lines = GOLD.read_text(encoding="utf-8").splitlines()
    return [_parse(line) for line in lines if line and not line.startswith("#")]


def test_headline_gold_set_keeps_its_f1_floor() -> None:
    tp = n_pred = n_gold = 0
    for text, gold in _gold():
        predicted = set(recognize(text))
        tp += len(predicted & gold)
        n_pred += len(predicted)
        n_gold += len(gold)
    precision, recall = tp / n_pred, tp / n_gold
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= HEADLINE_F1_FLOOR, f"headline F1 {f1:.3f} (P {precision:.3f}, R {recall:.3f})"


@pytest.mark.parametrize(
    ("headline", "entity"),
    [
        ("Militan Hamas Tembakkan Roket ke Tel Aviv", ("Hamas", "ORG")),
        ("KPK Periksa Mantan Bupati Bogor Terkait Suap Proyek Jalan", ("KPK", "ORG")),
        ("Presiden Joko Widodo Kunjungi Korban Banjir di Bandung", ("Joko Widodo", "PER")),
        ("Demonstran di Teheran Tuntut Pembebasan Tahanan Politik", ("Teheran", "LOC")),
    ],
)
def test_headline_verbs_are_not_glued_to_names(headline: str, entity: tuple[str, str]) -> None:
    found = [(headline[s:e], label) for s, e, label in recognize(headline)]
    assert entity in found, found


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        (
            ["Warga", "Tolak", "Rencana", "Relokasi", "di", "Bekasi"],
            ["Warga", "tolak", "rencana", "relokasi", "di", "Bekasi"],
        ),
        # A normally cased sentence is left alone.
        (["Warga", "menolak", "rencana", "itu", "."], ["Warga", "menolak", "rencana", "itu", "."]),
        # Acronyms and role words keep their capitals.
        (
            ["Ketua", "KPK", "Periksa", "Saksi", "Baru"],
            ["Ketua", "KPK", "periksa", "Saksi", "baru"],
        ),
    ],
)
def test_recase_title_lowers_only_common_words(tokens: list[str], expected: list[str]) -> None:
    assert recase_title(tokens) == expected


def test_title_case_keeps_prepositions_lower() -> None:
    assert title_case(["banjir", "melanda", "rumah", "di", "Jakarta"]) == [
        "Banjir",
        "Melanda",
        "Rumah",
        "di",
        "Jakarta",
    ]
