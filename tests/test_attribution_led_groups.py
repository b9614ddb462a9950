"""A group "led by" a person is the source of what the group says: the leader's name after
"pimpinan", "dipimpin" or "led by" qualifies the subject, it is not the subject (blind
review 16, second pass). Sentences written for this test."""

from __future__ import annotations

import pytest

from kroscek.data import Article, Fact
from kroscek.extract import extract_facts


def attributions(text: str, lang: str) -> list[Fact]:
    art = extract_facts(Article(id="t", source="t", title="", text=text, lang=lang))
    return [f for f in art.facts if f.kind == "attribution"]


def people(text: str, lang: str) -> dict[str, str]:
    art = extract_facts(Article(id="t", source="t", title="", text=text, lang=lang))
    return {str(f.value): f.text for f in art.facts if f.kind == "entity" and f.label == "PER"}


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        (
            "Laskar bersenjata pimpinan Markus Wenda mengklaim telah membakar pos jaga itu.",
            "id",
            "Laskar bersenjata pimpinan Markus Wenda",
        ),
        (
            "Regu penolong yang dipimpin Komandan Regu Agus Salim menyebut dua korban selamat.",
            "id",
            "Regu penolong yang dipimpin Komandan Regu Agus Salim",
        ),
        (
            "A rebel faction led by Joseph Kanyinda claimed it had taken the airstrip.",
            "en",
            "rebel faction led by Joseph Kanyinda",
        ),
        (
            "The inquiry panel headed by Judge Miriam Okoth said the guards had been negligent.",
            "en",
            "inquiry panel headed by Judge Miriam Okoth",
        ),
    ],
)
def test_a_group_led_by_a_person_is_the_source_not_its_leader(text, lang, source):
    facts = attributions(text, lang)
    assert [f.value for f in facts] == [source]
    leaders = people(text, lang)
    assert all(f.attrs.get("entity") not in leaders for f in facts)


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        ("Komandan regu, Agus Salim, menyebut dua korban selamat.", "id", "Agus Salim"),
        ("Ketua tim Markus Wenda mengatakan pencarian dilanjutkan besok.", "id", "Markus Wenda"),
        ("Judge Miriam Okoth said the guards had been negligent.", "en", "Miriam Okoth"),
    ],
)
def test_a_person_who_is_the_subject_stays_the_source(text, lang, source):
    assert [f.value for f in attributions(text, lang)] == [source]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Badan Penanggulangan Bencana Daerah (BPBD) mengatakan 40 rumah rusak.", "id"),
        ("The Coastal Fisheries Authority (CFA) said 12 boats were missing.", "en"),
    ],
)
def test_a_source_with_its_short_name_in_brackets_keeps_the_closing_bracket(text, lang):
    (fact,) = attributions(text, lang)
    assert str(fact.value).endswith(")")
