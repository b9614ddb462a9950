"""A count of people a naming word tells to be specific people ("lima orang sebagai
tersangka") counts those people; a speaker's quoted count and another text's own count of
the same specific noun, each text's one figure of it, are one group and agree."""

from __future__ import annotations

import pytest

from kroscek.compare import compare
from kroscek.data import RawArticle
from kroscek.extract.numbers import extract_numbers


@pytest.mark.parametrize(
    ("text", "lang", "label", "span"),
    [
        (
            "Kejaksaan menetapkan empat orang sebagai tersangka kasus itu.",
            "id",
            "tersangka",
            "empat orang sebagai tersangka",
        ),
        (
            "Prosecutors named three people as suspects on Monday.",
            "en",
            "suspects",
            "three people as suspects",
        ),
        ("Warga menunjuk tiga orang sebagai juru bicara.", "id", "orang", "tiga orang"),
        ("Police held five people as a precaution.", "en", "people", "five people"),
    ],
)
def test_naming_word_tells_what_a_count_of_people_counts(
    text: str, lang: str, label: str, span: str
) -> None:
    (fact,) = extract_numbers(text, lang)
    assert (fact.label, fact.text) == (label, span)


_QUOTED = (
    "Kejaksaan Negeri Sungai Lestari menahan pejabat dinas pendidikan, Rabu (11/3/2026).\n\n"
    '"Setelah gelar perkara, kami menetapkan {n} orang sebagai tersangka dalam kasus '
    'pengadaan laptop sekolah," kata Kepala Kejaksaan, Ratna Dewi.'
)
_OWN = (
    "Kejaksaan Negeri Sungai Lestari menahan pejabat dinas pendidikan, Rabu (11/3/2026).\n\n"
    "{N} tersangka itu terdiri atas dua pejabat dinas dan dua rekanan. Mereka ditahan di "
    "rumah tahanan kejaksaan."
)


def _number_findings(first: str, second: str) -> list[tuple[str, set[str]]]:
    report = compare(
        [
            RawArticle(origin="a.txt", source="Kabar Hulu", title="Empat Tersangka", text=first),
            RawArticle(origin="b.txt", source="Warta Hilir", title="Empat Tersangka", text=second),
        ]
    )
    return [
        (f.type, {e.text for e in f.evidence})
        for f in report.findings
        if f.slot.startswith("number:tersangka")
    ]


@pytest.mark.parametrize(("n", "big_n"), [("empat", "Empat"), ("lima", "Lima"), ("enam", "Enam")])
def test_quoted_count_agrees_with_the_others_own_count(n: str, big_n: str) -> None:
    found = _number_findings(_QUOTED.format(n=n), _OWN.format(N=big_n))
    assert ("agreement", {f"{n} orang sebagai tersangka", f"{big_n} tersangka"}) in found


def test_quoted_count_is_not_agreed_with_another_figure() -> None:
    found = _number_findings(_QUOTED.format(n="empat"), _OWN.format(N="Enam"))
    assert not any(kind == "agreement" for kind, _ in found)
