"""An unknown name between a place word and the country it lies in is a place, even when its
words look like a person's (blind review 16, second pass); a name of known given and family
names stays a person. Sentences and places written for this test."""

from __future__ import annotations

import pytest

from kroscek.data import Article
from kroscek.extract import extract_facts


def labelled(text: str, lang: str) -> set[tuple[str, str]]:
    art = extract_facts(Article(id="t", source="t", title="", text=text, lang=lang))
    return {(f.text, f.label) for f in art.facts if f.kind == "entity"}


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "The boat left from Dorset's Landing in Bangladesh two weeks ago.",
            "en",
            "Dorset's Landing",
        ),
        ("Families fled from Tok Kerem, Malaysia, after the flood.", "en", "Tok Kerem"),
        ("Kapal itu berangkat dari Cox Baru di Bangladesh sebulan lalu.", "id", "Cox Baru"),
    ],
)
def test_a_name_between_a_place_cue_and_its_country_is_a_place(text, lang, place):
    assert (place, "LOC") in labelled(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        ("A letter from Ahmad Yusuf in Malaysia reached the family.", "en", "Ahmad Yusuf"),
        ("Kabar dari Budi Santoso di Malaysia tiba kemarin.", "id", "Budi Santoso"),
    ],
)
def test_a_person_named_with_known_names_before_a_country_stays_a_person(text, lang, person):
    assert (person, "PER") in labelled(text, lang)
