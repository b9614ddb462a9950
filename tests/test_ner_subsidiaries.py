"""A subsidiary named after its parent ("<parent> <word>", introduced as the group's arm or
affiliate) is a body of its own, and a lone "<parent>" is the parent, not the subsidiary
(blind review 16, second pass). Sentences and companies written for this test."""

from __future__ import annotations

import pytest

from kroscek.data import Article
from kroscek.extract import extract_facts, link_entities
from ner_helpers import entities


@pytest.mark.parametrize(
    ("text", "lang", "parent", "subsidiary"),
    [
        (
            "Analysts said Velmora needed new plants. The group's property arm, Velmora Estates, "
            "sold bonds in May, and Velmora said the sale went well.",
            "en",
            "Velmora",
            "Velmora Estates",
        ),
        (
            "Direksi menyebut anak usaha Kirana Logistik menambah armada. Kirana menyebut "
            "penjualan tumbuh.",
            "id",
            "Kirana",
            "Kirana Logistik",
        ),
    ],
)
def test_a_lone_parent_name_is_not_its_subsidiary(text, lang, parent, subsidiary):
    found = entities(text, lang)
    ids = {f.text: str(f.value) for f in found if f.label == "ORG"}
    assert ids[subsidiary] != ids[parent]
    assert {f.label for f in found if f.text == parent} == {"ORG"}


def test_a_name_after_an_affiliate_cue_is_a_body():
    found = entities("Shares of its listed affiliate, Velmora Agro, rose 2 percent.", "en")
    assert ("Velmora Agro", "ORG") in {(f.text, f.label) for f in found}


def test_a_lone_word_opening_one_body_without_a_subsidiary_cue_is_still_that_body():
    found = entities(
        "Maskapai Rajawali Air menambah rute. Rajawali menyebut permintaan naik.", "id"
    )
    ids = {f.text: str(f.value) for f in found if f.label == "ORG"}
    assert ids["Rajawali"] == ids["Rajawali Air"]


def test_across_articles_the_parent_links_to_the_parent_not_the_subsidiary():
    first = extract_facts(
        Article(
            id="a",
            source="a",
            title="",
            text="Velmora said demand rose. Its property arm, Velmora Estates, sold bonds.",
            lang="en",
        )
    )
    second = extract_facts(
        Article(
            id="b",
            source="b",
            title="",
            text="Velmora Motor Group, or Velmora, opened a plant. Velmora said it would hire.",
            lang="en",
        )
    )
    linked = link_entities([first, second])
    ids = {f.text: str(f.value) for art in linked for f in art.facts if f.kind == "entity"}
    assert ids["Velmora Estates"] != ids["Velmora Motor Group"]
    assert ids["Velmora"] == ids["Velmora Motor Group"]
