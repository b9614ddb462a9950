"""The source of a claim when appositions, roles or a comma stand between it and its cue:
"X, a trader in Y, known as Z, said", "said agency spokesman X", "Menurut Kepala X, Nama,"."""

from __future__ import annotations

import pytest

from kroscek.extract.attribution import extract_attributions
from kroscek.extract.entities import recognise


def sources(text: str, lang: str) -> list[str]:
    facts = extract_attributions(text, lang, entities=recognise(text, lang))
    return [str(f.value) for f in facts]


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        # lowercase appositions between the subject and "said"
        (
            "Rebecca Mwangi, a nurse at the district clinic, said the ward was full.",
            "en",
            "Rebecca Mwangi",
        ),
        (
            "Hannah Oyelaran, a member of the city council, known as the assembly, said "
            "the budget would be cut.",
            "en",
            "Hannah Oyelaran",
        ),
        (
            "Among the rescued was Daniel Ferreira, a fisherman from the coast, who said "
            "the boat sank within minutes.",
            "en",
            "Daniel Ferreira",
        ),
        # a role between an inverted verb and the person
        (
            "The runway was closed for six hours, said airport spokesman Kevin Adeyemi.",
            "en",
            "Kevin Adeyemi",
        ),
        # a role, a comma, then the person
        (
            "Menurut Kepala Seksi Operasi Basarnas, Agus Prasetyo, pencarian dilanjutkan besok.",
            "id",
            "Agus Prasetyo",
        ),
        (
            "Jalur itu ditutup sementara, kata Kepala Dinas Perhubungan, Wahyuni Lestari.",
            "id",
            "Wahyuni Lestari",
        ),
    ],
)
def test_the_source_is_the_person_past_appositions_and_roles(text, lang, source):
    assert source in sources(text, lang)


def stances(text: str, lang: str = "en") -> list[tuple[str, str]]:
    facts = extract_attributions(text, lang, entities=recognise(text, lang))
    return [(str(f.value), f.label) for f in facts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adjective of the noun after it is a hedge with no source
        (
            "Investigators linked Harold Finch to the alleged bribe paid in March.",
            [("", "claimed")],
        ),
        ("Forty guests were treated for suspected gas poisoning.", [("", "claimed")]),
        # a verb with its subject stays a claim of that subject
        ("Prosecutors alleged that the mayor took the money.", [("Prosecutors", "claimed")]),
    ],
)
def test_alleged_or_suspected_before_a_noun_is_a_hedge_with_no_source(text, expected):
    assert stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Outbreaks of measles have been reported in four districts this year.",
        "Similar thefts were reported across the province in June.",
    ],
)
def test_a_passive_reported_names_no_source(text):
    assert stances(text) == []


def test_two_verbs_joined_by_and_give_one_attribution_to_their_subject():
    text = "The Health Agency warned of dengue in the camps and said it had sent nurses."
    assert stances(text) == [("Health Agency", "attributed")]


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        # "and" or a comma inside a body's name cuts no clause
        (
            "The Tanzania Fisheries and Marine Resources Authority said the ban would stay.",
            "en",
            "Tanzania Fisheries and Marine Resources Authority",
        ),
        # "memastikan" puts what is made sure in its subject's mouth
        (
            "Dinas Kesehatan Kota Bogor memastikan tidak ada pasien yang meninggal.",
            "id",
            "Dinas Kesehatan Kota Bogor",
        ),
    ],
)
def test_a_body_named_with_and_or_memastikan_gives_its_source(text, lang, source):
    assert sources(text, lang) == [source]


@pytest.mark.parametrize(
    "text",
    [
        "Residents rejected the claims of the developer.",
        "Farmers doubted the forecast for the dry season.",
    ],
)
def test_a_cue_word_after_a_determiner_is_a_noun_and_attributes_nothing(text):
    assert stances(text) == []
