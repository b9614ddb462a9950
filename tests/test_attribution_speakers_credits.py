"""Who a claim is credited to when the words before or after its cue are not a plain name:
a pronoun after "menurut", a list of names, "as announced by", and a subject whose first
predicate is contrasted with the reporting verb ("did not name ... but said")."""

from __future__ import annotations

import pytest

from kroscek.compare.findings.conflict import attribution_as_written
from kroscek.extract.attribution import extract_attributions
from kroscek.extract.entities import recognise


def sources(text: str, lang: str) -> list[str]:
    return [str(f.value) for f in extract_attributions(text, lang, entities=recognise(text, lang))]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a list of names before the verb speaks as one, never its tail ", dan C"
        (
            "Arief Hidayat, Saldi Isra, dan Enny Nurbaningsih menyatakan pendapat berbeda.",
            "id",
            "Arief Hidayat, Saldi Isra, dan Enny Nurbaningsih",
        ),
        (
            "Tiga hakim, yakni Arief Hidayat, Saldi Isra, dan Enny Nurbaningsih, menyatakan "
            "pendapat berbeda.",
            "id",
            "Arief Hidayat, Saldi Isra, dan Enny Nurbaningsih",
        ),
        (
            "Maria Lopez and Daniel Brooks said the bridge would reopen next month.",
            "en",
            "Maria Lopez and Daniel Brooks",
        ),
        # "as announced by X": the body after "by", never the word "as"
        (
            "Interest rates were held at 6 percent, as announced by the central bank on Tuesday.",
            "en",
            "central bank",
        ),
        # a first predicate contrasted with the reporting verb ends the subject
        (
            "The ministry did not name the vessels but said they had entered the zone illegally.",
            "en",
            "ministry",
        ),
        (
            "The police declined to give details but said two people were arrested.",
            "en",
            "police",
        ),
        (
            "Consumer groups welcomed the cap but said fares were still too high.",
            "en",
            "Consumer groups",
        ),
        (
            "Kepolisian tidak merinci identitas pelaku tetapi mengatakan dua orang ditahan.",
            "id",
            "Kepolisian",
        ),
        # ones that must not change
        ("Budi Santoso mengatakan air mulai surut sejak pagi.", "id", "Budi Santoso"),
        ("The central bank said inflation would slow this year.", "en", "central bank"),
    ],
)
def test_source_before_the_cue_is_the_whole_subject(text: str, lang: str, expected: str) -> None:
    assert sources(text, lang)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rates were held at 6 percent, as announced on Tuesday.",
        "The figures are higher than expected, as reported earlier this week.",
    ],
)
def test_as_before_a_reporting_verb_is_never_a_source(text: str) -> None:
    assert "as" not in [s.casefold() for s in sources(text, "en")]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Kepala UPT Pasar Sentosa, Rahmawati, meninjau lokasi kebakaran. Menurut dia, "
            "pasar itu menampung sekitar 400 pedagang.",
            "Rahmawati",
        ),
        (
            "Camat Dedi Kurniawan meninjau tanggul yang jebol. Menurut dia, air mulai surut "
            "sejak pagi.",
            "Dedi Kurniawan",
        ),
    ],
)
def test_menurut_dia_credits_the_person_named_before(text: str, person: str) -> None:
    facts = [
        f
        for f in extract_attributions(text, "id", entities=recognise(text, "id"))
        if f.attrs.get("cue") == "menurut"
    ]
    assert [str(f.value) for f in facts] == [person]
    written = attribution_as_written(facts[0])
    assert written == f"Menurut {person}"
    assert written.casefold() != "menurut"


def test_menurut_dia_without_a_named_person_credits_no_one() -> None:
    text = "Banjir melanda tiga kecamatan. Menurut dia, air mulai surut sejak pagi."
    assert sources(text, "id") == []
