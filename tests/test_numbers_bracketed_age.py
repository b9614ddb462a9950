"""A bracketed age after a name is an age, never a count of people."""

from __future__ import annotations

import pytest

from kroscek.compare import compare
from kroscek.data import Article, RawArticle
from kroscek.extract import extract_facts


@pytest.mark.parametrize(
    "text",
    [
        "Polisi menangkap tersangka TS (31) dan memeriksa korban MN (45) di rumahnya.",
        "Rudi Hartono (52), warga Desa Sukamaju, ditemukan selamat.",
        "The driver, Tom Becker (58), was taken to hospital.",
    ],
)
def test_a_bracketed_age_after_a_name_is_an_age(text: str) -> None:
    art = extract_facts(Article(id="x", source="s", title="Berita", text=text, lang="id"))
    numbers = [f for f in art.facts if f.kind == "number"]
    assert numbers and all(f.label == "age" and f.attrs.get("unit") == "age" for f in numbers)


def test_a_count_in_brackets_after_a_count_is_still_a_count() -> None:
    text = "Sebanyak 34 orang (12 anak) mengungsi ke masjid."
    art = extract_facts(Article(id="x", source="s", title="Berita", text=text, lang="id"))
    assert {(f.text, f.label) for f in art.facts if f.kind == "number"} == {
        ("34 orang", "orang"),
        ("12 anak", "anak"),
    }


def test_an_age_and_a_count_of_people_are_never_one_claim() -> None:
    first = RawArticle(
        origin="a.txt",
        source="Kabar Lembah",
        title="Penjual Bakso Ditusuk di Sukamaju",
        text=(
            "Polisi menangkap TS (34) yang diduga menusuk penjual bakso di Desa Sukamaju, "
            "Senin malam. Sebanyak 20 warga menyaksikan penangkapan itu."
        ),
    )
    second = RawArticle(
        origin="b.txt",
        source="Warta Desa",
        title="Penusuk Penjual Bakso di Sukamaju Ditangkap",
        text=(
            "Polisi menangkap TS yang diduga menusuk penjual bakso di Desa Sukamaju, Senin "
            "malam. Sebanyak 34 warga menyaksikan penangkapan itu."
        ),
    )
    report = compare([first, second])
    for f in report.findings:
        if f.type in ("conflict", "agreement"):
            assert not any(e.text == "34" for e in f.evidence), f.message
