"""Word lists and phrase matching behind the entity model's features."""

from __future__ import annotations

import pytest

from kroscek.extract.ner.features import sentence_features
from kroscek.extract.ner.lexicon import EntityMemory, PhraseMatcher, person_names, places, roles


def test_phrase_matcher_prefers_the_longest_phrase() -> None:
    matcher = PhraseMatcher([("wali", "kota"), ("wali",), ("kota",)])
    assert matcher.marks(["wali", "kota", "bogor"]) == ["B", "I", None]
    assert matcher.marks(["kota", "wali"]) == ["B", "B"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("juru bicara hamas osama hamdan", ["B", "I", None, None, None]),
        ("wakil presiden tiba", ["B", "I", None]),
        ("the prime minister said", [None, "B", "I", None]),
    ],
)
def test_role_phrases_are_matched_as_wholes(sentence: str, expected: list[str | None]) -> None:
    assert roles().marks(sentence.split()) == expected


@pytest.mark.parametrize(
    "words",
    [
        ("amerika", "serikat"),
        ("kirgizstan",),
        ("teheran",),
        ("jawa", "barat"),
        ("united", "states"),
    ],
)
def test_places_cover_cldr_and_provinces(words: tuple[str, ...]) -> None:
    assert words in places()


def test_place_list_leaves_out_the_project_gazetteer_people() -> None:
    # People of lang/id/gazetteer.json must not become "places".
    assert ("joko", "widodo") not in places()


@pytest.mark.parametrize("name", ["budi", "siti", "ahmad", "john", "maria"])
def test_common_given_names_are_known(name: str) -> None:
    assert name in person_names()


def test_entity_memory_keeps_the_most_frequent_label() -> None:
    memory = EntityMemory.from_labelled(
        [
            (["Bank", "Dunia", "menyatakan"], ["B-ORG", "I-ORG", "O"]),
            (["kantor", "Bank", "Dunia"], ["O", "B-ORG", "I-ORG"]),
            (["di", "Bank", "Dunia"], ["O", "B-LOC", "I-LOC"]),
            (["Rina", "tiba", "."], ["B-PER", "O", "O"]),
            (["(", "2024", ")"], ["O", "B-ORG", "O"]),  # no letters: not remembered
        ]
    )
    assert memory.entries == {("Bank", "Dunia"): "ORG", ("Rina",): "PER"}
    assert memory.marks(["Laporan", "Bank", "Dunia", "dan", "Rina"]) == [
        None,
        "ORGB",
        "ORGI",
        None,
        "PERB",
    ]


def test_entity_memory_breaks_ties_the_same_way_every_time() -> None:
    labelled = [(["Jordan"], ["B-LOC"]), (["Jordan"], ["B-PER"])]
    assert EntityMemory.from_labelled(labelled).entries == {("Jordan",): "LOC"}
    assert EntityMemory.from_labelled(labelled[::-1]).entries == {("Jordan",): "LOC"}


def test_entity_memory_round_trips_through_text() -> None:
    memory = EntityMemory({("Susilo", "Bambang", "Yudhoyono"): "PER", ("KPK",): "ORG"})
    assert EntityMemory.parse(memory.dump()).entries == memory.entries


def test_memory_marks_become_features_on_the_token_and_its_neighbours() -> None:
    memory = EntityMemory({("Basarnas",): "ORG"})
    features = sentence_features(["kata", "Basarnas", "kemarin"], None, memory)
    assert "mem=ORGB" in features[1]
    assert "+1mem=ORG" in features[0]
    assert "-1mem=ORG" in features[2]


def test_domain_copies_only_for_the_non_news_corpora() -> None:
    tokens = ["Banjir", "di", "Bekasi"]
    base = sentence_features(tokens, "idner-news-2k")
    assert base == sentence_features(tokens, None)
    nerui = sentence_features(tokens, "nerui")
    assert len(nerui[0]) == 2 * len(base[0])
    assert all(f"d2:{attr}" in nerui[0] for attr in base[0])


def test_memory_knows_the_words_of_its_entities() -> None:
    memory = EntityMemory(
        {("Partai", "Golkar"): "ORG", ("Jusuf", "Kalla"): "PER", ("Jalan", "Kalla"): "LOC"}
    )
    assert memory.word_labels["Golkar"] == ("ORG",)
    assert memory.word_labels["Kalla"] == ("LOC", "PER")
    features = sentence_features(["kader", "Golkar", "dan", "Kalla"], None, memory)
    assert "mw=ORG" in features[1]
    assert {"mw=LOC", "mw=PER"} <= set(features[3])
    assert not any(attr.startswith("mw=") for attr in features[0] + features[2])


def test_memory_words_leave_out_short_and_lowercase_words() -> None:
    memory = EntityMemory({("kota", "Pati"): "LOC", ("H", "Sujono"): "PER"})
    assert set(memory.word_labels) == {"Pati", "Sujono"}


@pytest.mark.parametrize("code", ["id", "en"])
def test_exemplar_cities_by_zone_name_equal_babels_loaded_zones(code: str) -> None:
    from babel import Locale

    from kroscek.extract.ner.lexicon import _exemplar_cities

    locale = Locale.parse(code)
    cities = _exemplar_cities(locale)
    assert len(cities) > 300
    assert "Jakarta" in cities
    assert cities == _exemplar_cities(locale, fast=False)
