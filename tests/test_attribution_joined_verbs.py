"""One source, two verbs joined by "and": a second verb with another stance attributes its
own clause ("Police claimed 38 officers were hurt and said 210 people had been detained":
the 210 is said, not claimed); with the same stance the sentence stays one attribution."""

from __future__ import annotations

import pytest

from kroscek.extract.attribution import extract_attributions
from kroscek.extract.entities import recognise


def _stances(text: str, lang: str) -> list[tuple[str, str]]:
    ents = recognise(text, lang)
    facts = extract_attributions(text, lang, entities=ents, quotes=[], field="text")
    return [(f.label, text[f.attrs["scope"][0] : f.attrs["scope"][1]]) for f in facts]


@pytest.mark.parametrize(
    ("text", "lang", "claimed", "said"),
    [
        (
            "The army claimed 40 rebels were killed in the raid and said 12 soldiers were hurt.",
            "en",
            "40 rebels",
            "12 soldiers",
        ),
        (
            "Polisi mengklaim 38 petugas terluka dan menyebut 210 orang ditahan.",
            "id",
            "38 petugas",
            "210 orang",
        ),
    ],
)
def test_a_joined_verb_of_another_stance_attributes_its_own_clause(text, lang, claimed, said):
    stances = _stances(text, lang)
    assert any(
        label == "claimed" and claimed in scope and said not in scope for label, scope in stances
    )
    assert any(label == "attributed" and said in scope for label, scope in stances)


def test_a_joined_verb_of_the_same_stance_keeps_one_attribution():
    stances = _stances("The ministry warned of shortages and said 300 schools would close.", "en")
    assert len(stances) == 1
    assert "300 schools" in stances[0][1]
