"""Corrections after the CRF: glued organisation+person runs, name pairs, repeated mentions."""

from __future__ import annotations

import pytest

from kroscek.extract.ner import recognize
from kroscek.extract.ner.document import (
    organisation_of_a_country,
    propagate,
    split_known_prefix,
    tag_name_pairs,
)
from kroscek.extract.ner.lexicon import EntityMemory


def _entities(text: str) -> list[tuple[str, str]]:
    return [(text[start:end], label) for start, end, label in recognize(text)]


@pytest.mark.parametrize(
    ("words", "tags", "expected"),
    [
        (  # known organisation + given name + family name: split
            ["Juru", "bicara", "Basarnas", "Yusuf", "Latif", "menolak"],
            ["O", "O", "B-ORG", "I-ORG", "I-ORG", "O"],
            ["O", "O", "B-ORG", "B-PER", "I-PER", "O"],
        ),
        (  # the organisation is not remembered: left alone
            ["Ketua", "Gerakan", "Rakyat", "Yusuf", "Latif"],
            ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"],
            ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"],
        ),
        (  # a place is never split: street names are full of personal names
            ["di", "Basarnas", "Yusuf", "Latif"],
            ["O", "B-LOC", "I-LOC", "I-LOC"],
            ["O", "B-LOC", "I-LOC", "I-LOC"],
        ),
        (  # one word after the organisation is not enough to be sure of a person
            ["Basarnas", "Yusuf", "menolak"],
            ["B-ORG", "I-ORG", "O"],
            ["B-ORG", "I-ORG", "O"],
        ),
    ],
)
def test_split_known_prefix(words: list[str], tags: list[str], expected: list[str]) -> None:
    memory = EntityMemory({("Basarnas",): "ORG"})
    assert split_known_prefix(words, list(tags), memory) == expected


def test_propagate_fills_later_mentions_of_a_found_name() -> None:
    sentences = [
        ["Menteri", "Keuangan", "Sri", "Mulyani", "Indrawati", "berbicara", "."],
        ["Indrawati", "menambahkan", "bahwa", "Sri", "Mulyani", "Indrawati", "hadir", "."],
        ["Hamas", "menolak", ",", "kata", "KPK", "."],
    ]
    labels = [
        ["O", "O", "B-PER", "I-PER", "I-PER", "O", "O"],
        ["O", "O", "O", "O", "O", "O", "O", "O"],
        ["B-ORG", "O", "O", "O", "O", "O"],
    ]
    result = propagate(sentences, labels)
    assert result[1] == ["B-PER", "O", "O", "B-PER", "I-PER", "I-PER", "O", "O"]
    assert result[2] == ["B-ORG", "O", "O", "O", "O", "O"]


def test_propagate_leaves_a_string_found_with_two_labels_alone() -> None:
    sentences = [["Jordan", "menang"], ["di", "Jordan"], ["Jordan", "kalah"]]
    labels = [["B-PER", "O"], ["O", "B-LOC"], ["O", "O"]]
    assert propagate(sentences, labels)[2] == ["O", "O"]


def test_propagate_never_touches_common_words_or_roles() -> None:
    sentences = [["Presiden", "Jokowi", "tiba"], ["Presiden", "menyapa", "warga"]]
    labels = [["B-PER", "I-PER", "O"], ["O", "O", "O"]]  # a wrong first tag
    assert propagate(sentences, labels)[1] == ["O", "O", "O"]


def test_recognize_finds_the_surname_mentioned_alone_later() -> None:
    text = (
        "Wakil Presiden Jusuf Kalla menghadiri rapat di Jakarta.\n"
        "Kalla mengatakan pemerintah akan menambah anggaran bencana."
    )
    assert ("Kalla", "PER") in _entities(text)


@pytest.mark.parametrize("verb", ["mengatakan", "menolak", "membantah", "menegaskan"])
def test_organisation_and_spokesperson_stay_apart_whatever_follows(verb: str) -> None:
    text = f"Juru bicara Hamas Osama Hamdan {verb} usulan gencatan senjata itu."
    found = _entities(text)
    assert ("Hamas", "ORG") in found
    assert ("Osama Hamdan", "PER") in found


@pytest.mark.parametrize(
    ("words", "tags", "expected"),
    [
        (  # two remembered person words, or known given names: one person
            ["pasangan", "Jokowi-JK", "menang"],
            ["O", "O", "O"],
            ["O", "B-PER", "O"],
        ),
        (["tim", "Rudi-Wawan", "mengklaim"], ["O", "O", "O"], ["O", "B-PER", "O"]),
        (  # inside a capitalised run it names a body: left alone
            ["Tim", "Pemenangan", "Rudi-Wawan"],
            ["O", "O", "O"],
            ["O", "O", "O"],
        ),
        (  # a part that is no known name: left alone
            ["jalur", "Jakarta-Bandung", "macet"],
            ["O", "O", "O"],
            ["O", "O", "O"],
        ),
        (  # lower-case or three parts: left alone
            ["Rudi-wawan", "Rudi-Wawan-Jokowi"],
            ["O", "O"],
            ["O", "O"],
        ),
        (  # an entity the CRF found is never changed
            ["Jokowi-JK"],
            ["B-ORG"],
            ["B-ORG"],
        ),
    ],
)
def test_tag_name_pairs(words: list[str], tags: list[str], expected: list[str]) -> None:
    memory = EntityMemory({("Joko", "Widodo"): "PER", ("Jokowi",): "PER", ("JK",): "PER"})
    assert tag_name_pairs(words, list(tags), memory) == expected


@pytest.mark.parametrize(
    ("words", "tags", "expected"),
    [
        (  # a group named with its country, taken for a person: an organisation
            ["termasuk", "Hizbullah", "Lebanon", ","],
            ["O", "B-PER", "I-PER", "O"],
            ["O", "B-ORG", "I-ORG", "O"],
        ),
        (  # a known given name first: a person (whatever the last word)
            ["kata", "Jordan", "Israel"],
            ["O", "B-PER", "I-PER"],
            ["O", "B-PER", "I-PER"],
        ),
        (  # a person word of the entity memory first: a person
            ["kata", "Jokowi", "Jepang"],
            ["O", "B-PER", "I-PER"],
            ["O", "B-PER", "I-PER"],
        ),
        (  # the last word is not a place: left alone
            ["kata", "Hizbullah", "Nasrallah"],
            ["O", "B-PER", "I-PER"],
            ["O", "B-PER", "I-PER"],
        ),
        (  # one word: left alone
            ["kata", "Lebanon"],
            ["O", "B-PER"],
            ["O", "B-PER"],
        ),
    ],
)
def test_organisation_of_a_country(words: list[str], tags: list[str], expected: list[str]) -> None:
    memory = EntityMemory({("Jokowi",): "PER"})
    assert organisation_of_a_country(words, list(tags), memory) == expected
