"""The public extraction API: extract_facts on title and text, link_entities across outlets."""

from __future__ import annotations

from datetime import datetime

import pytest

from kroscek.data import Article, Fact
from kroscek.extract import extract_facts, link_entities

PUBLISHED = datetime(2024, 3, 8, 10, 0)

ARTICLE_ID = Article(
    id="a1",
    source="kabarlokal",
    title="Pemberontak Hutsi Klaim Tembak Jatuh Drone Amerika Serikat",
    text=(
        "Juru bicara militer kelompok Houthi Yahya Saree mengatakan pasukannya menembak jatuh "
        "sebuah drone MQ-9 milik AS di atas Laut Merah pada Kamis (7/3/2024). "
        "“Kami akan terus menargetkan kapal-kapal yang menuju pelabuhan musuh,” kata Saree "
        "dalam pernyataan yang disiarkan televisi. Menurut pejabat Pentagon, sekitar 20 rudal "
        "ditembakkan sejak awal bulan ini. Washington mengklaim serangan balasan telah "
        "menghancurkan 15 peluncur."
    ),
    published=PUBLISHED,
    lang="id",
)

ARTICLE_EN = Article(
    id="a2",
    source="wire",
    title="Houthis say they downed US drone over Red Sea",
    text=(
        "Houthi military spokesman Yahya Sarea said on Thursday that the group had shot down an "
        'American MQ-9 drone over the Red Sea. "We will keep targeting ships heading to enemy '
        'ports," Sarea said. About 20 missiles have been fired since early this month, '
        "according to US officials."
    ),
    published=PUBLISHED,
    lang="en",
)


def kinds(article: Article, kind: str) -> list[Fact]:
    return [f for f in article.facts if f.kind == kind]


def test_facts_anchor_to_their_words_in_title_and_text():
    art = extract_facts(ARTICLE_ID)
    assert art.facts, "no facts"
    for f in art.facts:
        assert art.field_text(f.field)[f.start : f.end] == f.text
    assert {f.field for f in art.facts} == {"title", "text"}


def test_indonesian_article_yields_every_fact_kind():
    art = extract_facts(ARTICLE_ID)
    speakers = {(q.attrs["speaker"], q.attrs["verb"]) for q in kinds(art, "quote")}
    assert speakers == {("Yahya Saree", "kata")}
    assert ("Yahya Saree", "Juru bicara militer kelompok") in {
        (e.text, e.attrs.get("role")) for e in kinds(art, "entity") if e.label == "PER"
    }
    dates = {(d.text, d.value, d.label) for d in kinds(art, "date")}
    assert ("Kamis (7/3/2024)", "2024-03-07", "day") in dates
    assert ("awal bulan ini", "2024-03-01", "month") in dates
    nums = {(n.value, n.label, n.attrs["qualifier"]) for n in kinds(art, "number")}
    assert (20.0, "rudal", "about") in nums
    stances = {(a.label, a.value) for a in kinds(art, "attribution")}
    assert ("attributed", "pejabat Pentagon") in stances
    assert ("claimed", "Washington") in stances


def test_linking_merges_spelling_variants_across_languages():
    linked = link_entities([extract_facts(ARTICLE_ID), extract_facts(ARTICLE_EN)])
    ids: dict[str, set[str]] = {}
    for art in linked:
        for e in kinds(art, "entity"):
            ids.setdefault(str(e.value), set()).add(e.text)
    houthi = next(v for k, v in ids.items() if k == "ORG:houthi")
    assert {"Houthi", "Houthis", "Hutsi"} <= houthi
    us = ids["LOC:united-states"]
    assert {"AS", "Amerika Serikat", "US"} <= us
    saree = [k for k, v in ids.items() if "Yahya Saree" in v]
    assert len(saree) == 1 and "Yahya Sarea" in ids[saree[0]]
    quotes = [q for art in linked for q in kinds(art, "quote")]
    assert len({q.label for q in quotes}) == 1


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        "!!!! ???? ....",
        "x" * 200_000,
        "🔥🔥 Берлин 東京 1.2.3 😀 31 Februari 2023 ☎ 0812-3456-7890",
        ("kata " * 5000),
        "“" * 50 + "”" * 3,
        '"' + "Kata dia. Lalu pergi. " * 500,
        "Ab Cd Ef Gh " * 2000,
        "1.2.3 4.5.6.7 " * 500,
        "Tanggal 31 Februari dan 30/02/2024 serta 45 Maret 2023.",
        "🔥" * 1000 + "\n" * 1000 + "\t" * 1000,
    ],
)
def test_bad_text_gives_no_crash_and_no_invented_fact(text):
    title = text[:200].rsplit(" ", 1)[0]  # a headline cut at a word boundary
    art = extract_facts(Article(id="x", source="s", title=title, text=text, lang="id"))
    assert all(f.kind in ("entity",) for f in art.facts)
