"""A road facility written with its head or the head's short form is one place (blind
review 16, second pass): "Gerbang Tol X", "Gerbang Tol (GT) X" and "GT X" share one id.

Sentences written for this test, with toll gates and rest stops of their own.
"""

from __future__ import annotations

import pytest

from kroscek.data import Article, Fact
from kroscek.extract import extract_facts, link_entities


def article(text: str, title: str = "", ident: str = "t") -> Article:
    return Article(id=ident, source=ident, title=title, text=text, lang="id")


def entities(art: Article) -> list[Fact]:
    return [f for f in extract_facts(art).facts if f.kind == "entity"]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Antrean mengular di Gerbang Tol Kalijati Timur sejak subuh.",
            "Gerbang Tol Kalijati Timur",
        ),
        (
            "Sebanyak 90 ribu kendaraan melewati Gerbang Tol (GT) Kalijati Timur.",
            "Gerbang Tol (GT) Kalijati Timur",
        ),
        ("Polisi menutup GT Kalijati Timur selama dua jam.", "Kalijati Timur"),
    ],
)
def test_every_spelling_of_a_toll_gate_is_one_place_with_one_id(text, surface):
    found = entities(article(text))
    assert [(f.text, f.label, f.value) for f in found] == [
        (surface, "LOC", "LOC:gerbang-tol-kalijati-timur")
    ]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Pemudik beristirahat di Rest Area KM 88 Tol Purbaleunyi.",
            {("Rest Area KM 88", "LOC"), ("Tol Purbaleunyi", "LOC")},
        ),
        (
            "Petugas mengatur parkir di Rest Area Sukamaju Indah.",
            {("Rest Area Sukamaju Indah", "LOC")},
        ),
    ],
)
def test_a_rest_stop_and_its_kilometre_post_are_one_place_apart_from_the_road(text, places):
    assert {(f.text, f.label) for f in entities(article(text))} == places


def test_a_headline_keeps_only_the_gate_the_body_names():
    found = entities(
        article(
            "Kendaraan padat di GT Kalijati Timur pada Minggu pagi.",
            title="Arus Balik di GT Kalijati Timur Naik Tajam",
        )
    )
    title = [(f.text, f.value) for f in found if f.field == "title"]
    assert title == [("Kalijati Timur", "LOC:gerbang-tol-kalijati-timur")]


def test_two_articles_naming_one_gate_differently_link_to_one_referent():
    first = extract_facts(article("Antrean terjadi di Gerbang Tol (GT) Sindang Kasih.", ident="a"))
    second = extract_facts(article("Petugas menambah loket di GT Sindang Kasih.", ident="b"))
    linked = link_entities([first, second])
    ids = {str(f.value) for art in linked for f in art.facts if f.kind == "entity"}
    assert ids == {"LOC:gerbang-tol-sindang-kasih"}
