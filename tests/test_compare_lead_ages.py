"""A wire's lead that ages its subject before naming him ("A 38-year-old climber fell ...
The man, identified as ...") against a rewrite that writes the name with its age in brackets:
two ages of one person, a conflict; the same age, or a lead that never names the rewrite's
aged person, or an age given later in the body, is left alone."""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type, run
from kroscek.data import Finding, Report


def _age_conflicts(report: Report) -> list[Finding]:
    return [f for f in of_type(report, "conflict") if f.slot == "age"]


_EN = (
    "Climber hurt in fall on volcano",
    "MATARAM, Indonesia, Nov 18 (Island Wire) - A {age}-year-old {noun} was badly hurt when "
    "he fell into a ravine on the slopes of Mount Rinjani on Tuesday, rescuers said.\\n\\n"
    "The man, identified by park officials as {name} from {town}, was climbing with a guide "
    "when the path gave way. He was carried down on a stretcher.",
)
_ID = (
    "Pendaki Asing Terluka Jatuh ke Jurang",
    "Seorang pendaki asal {country}, {name} ({age}), terluka parah setelah terjatuh ke jurang "
    "di lereng Gunung Rinjani, Selasa (18/11/2025). Korban dievakuasi tim SAR menggunakan "
    "tandu.",
)


def _climb(
    en_age: str, id_age: str, noun: str, name: str, town: str, country: str, id_name: str = ""
) -> Report:
    return run(
        (_EN[0], _EN[1].replace("\\n", "\n").format(age=en_age, noun=noun, name=name, town=town)),
        (_ID[0], _ID[1].format(age=id_age, name=id_name or name, country=country)),
    )


@pytest.mark.parametrize(
    ("en_age", "id_age", "noun", "name", "town", "country"),
    [
        ("41", "44", "Australian climber", "Daniel Hargreave", "Perth", "Australia"),
        ("29", "32", "German hiker", "Lukas Brenner", "Munich", "Jerman"),
        ("56", "65", "British tourist", "Margaret Ellwood", "Leeds", "Inggris"),
    ],
)
def test_a_leads_unnamed_age_and_the_rewrites_bracketed_age_of_one_person_conflict(
    en_age: str, id_age: str, noun: str, name: str, town: str, country: str
) -> None:
    found = _age_conflicts(_climb(en_age, id_age, noun, name, town, country))
    assert len(found) == 1
    assert mentions(found[0], f"{en_age}-year-old", f"({id_age})")


@pytest.mark.parametrize(
    ("en_age", "id_age", "name", "id_name"),
    [
        # the same age: nothing to report
        ("41", "41", "Daniel Hargreave", ""),
        # the rewrite ages someone the wire never names
        ("41", "44", "Daniel Hargreave", "Peter Colley"),
    ],
)
def test_a_leads_age_is_left_alone_when_it_agrees_or_the_name_is_not_the_wires(
    en_age: str, id_age: str, name: str, id_name: str
) -> None:
    report = _climb(en_age, id_age, "Australian climber", name, "Perth", "Australia", id_name)
    assert not _age_conflicts(report)


def test_an_age_given_after_the_lead_is_not_lent_to_the_rewrites_aged_person() -> None:
    report = run(
        (
            "Climber hurt in fall on volcano",
            "MATARAM, Indonesia, Nov 18 (Island Wire) - An Australian climber, Daniel "
            "Hargreave, was badly hurt when he fell into a ravine on Tuesday, rescuers said.\n\n"
            "His guide, a 41-year-old local man, ran down the slope to call for help.",
        ),
        (
            "Pendaki Asing Terluka Jatuh ke Jurang",
            "Seorang pendaki asal Australia, Daniel Hargreave (44), terluka parah setelah "
            "terjatuh ke jurang, Selasa (18/11/2025).",
        ),
    )
    assert not _age_conflicts(report)
