"""The source of a claim past what stands between it and its cue: an auxiliary ("has said",
"telah menyatakan"), a dateline ("PALU — ..."), an apposition holding a nickname in quotes
or a company's abbreviation, a title before the person after a comma ("Kepala Dinas X, dr.
Nama, menyebut"), and a singular pronoun after "menurut" / "according to" standing for the
person named just before."""

from __future__ import annotations

from datetime import datetime

import pytest

from kroscek.data import Article
from kroscek.extract import extract_facts


def sources(text: str, lang: str) -> list[str]:
    article = Article(
        id="t",
        source="t",
        title="Judul",
        text=text,
        published=datetime(2026, 3, 4, 9, 0),
        lang=lang,
    )
    return [str(f.value) for f in extract_facts(article).facts if f.kind == "attribution"]


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        ("The firm's founder, Oskar Brandt, has said the mill will reopen.", "en", "Oskar Brandt"),
        (
            "Its chairwoman, Mara Linden, had told reporters the plan was ready.",
            "en",
            "Mara Linden",
        ),
        (
            "Bupati Sirangga, Hendra Wiratama, telah menyatakan status siaga.",
            "id",
            "Hendra Wiratama",
        ),
    ],
)
def test_an_auxiliary_before_the_cue_is_no_source(text, lang, source):
    assert sources(text, lang) == [source]


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        (
            "PALU — The provincial disaster agency said on Monday roads were cut.",
            "en",
            "provincial disaster agency",
        ),
        (
            "KENDARI — Dinas Perhubungan Sulawesi Tenggara mengatakan kapal ditunda.",
            "id",
            "Dinas Perhubungan Sulawesi Tenggara",
        ),
    ],
)
def test_a_dateline_is_no_part_of_the_source(text, lang, source):
    assert sources(text, lang) == [source]


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        (
            'Senator Arun Mehta, known by his nickname "Tiger", said the bill would pass.',
            "en",
            "Arun Mehta",
        ),
        (
            "Lina Marlow, an analyst at Harbour Securities Corp., said the firm needed scale.",
            "en",
            "Lina Marlow",
        ),
    ],
)
def test_a_source_is_read_past_an_apposition_with_a_nickname_or_an_abbreviation(text, lang, source):
    assert sources(text, lang) == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Kepala Dinas Kesehatan Kabupaten Sirangga, dr. Maya Lestari Putri, menyebut "
            "12 warga dirawat.",
            "Maya Lestari Putri",
        ),
        (
            "Kepala Bidang Humas Polda Sirangga, Kombes Pol. Arif Santoso, mengatakan jalan "
            "ditutup.",
            "Arif Santoso",
        ),
    ],
)
def test_the_person_after_a_title_and_a_comma_is_the_source_not_the_role(text, source):
    assert sources(text, "id") == [source]


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        (
            "Jaksa Rina Kartika mengatakan sidang ditunda. Menurut dia, kerugian negara "
            "mencapai Rp3 miliar.",
            "id",
            "Rina Kartika",
        ),
        (
            "Prosecutor Tomas Reyes said the hearing was delayed. According to him, the loss "
            "reached $3 million.",
            "en",
            "Tomas Reyes",
        ),
    ],
)
def test_a_pronoun_after_menurut_is_the_person_named_before(text, lang, source):
    assert sources(text, lang) == [source, source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Lina Marlow, an analyst at Harbour Securities Corp., said Vantor, as the firm is "
            "known at home, needed scale.",
            "Lina Marlow",
        ),
        (
            "Prices will rise sharply this year, said Omar Haddad, a spokesman for the ministry.",
            "Omar Haddad",
        ),
        (
            "The ferry docked late at the northern pier after leaving the island, and no one "
            "was hurt, said harbour master Omar Haddad.",
            "Omar Haddad",
        ),
    ],
)
def test_a_name_after_the_cue_is_the_source_only_when_no_subject_stands_before(text, source):
    assert sources(text, "en") == [source]
