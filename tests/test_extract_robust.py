"""Property checks: any text, in either language, extracts without error and every fact
points at the words it claims."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kroscek.data import Article
from kroscek.extract import extract_facts, link_entities

WORDS = [
    "Kamis",
    "(16/11/2023)",
    "menurut",
    "pejabat",
    "Israel",
    "mengklaim",
    "1.200",
    "orang",
    "sekitar",
    "240",
    "lainnya",
    "“Kami",
    "siap,”",
    "kata",
    "Qaani.",
    "Teheran",
    "Taheran",
    "31",
    "Februari",
    "1.2.3",
    "Rp1,2",
    "triliun",
    "AS",
    "Amerika",
    "Serikat",
    "said",
    "about",
    "1,200",
    "people",
    '"We',
    'won,"',
    "Smith",
    "yesterday",
    "last",
    "week",
    "Iran",
    "Irak",
    "ujarnya",
    "Ia",
    "menambahkan,",
    "pukul",
    "10.30",
    "WIB",
    "-",
    ":",
    "\n",
    "🔥",
    "東京",
    "Berlin",
    "dan",
    "di",
    "ke",
    "the",
    "of",
    "Kabupaten",
    "Garut",
    "Bupati",
    "Hamas-run",
    "İzmir",
]


def build(words: list[str]) -> str:
    return " ".join(words)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(WORDS), max_size=80),
    st.lists(st.sampled_from(WORDS), max_size=12),
    st.sampled_from(["id", "en"]),
    st.booleans(),
)
def test_any_word_soup_extracts_and_facts_point_at_their_words(body, head, lang, dated):
    art = Article(
        id="x",
        source="s",
        title=build(head),
        text=build(body),
        lang=lang,
        published=datetime(2024, 3, 8) if dated else None,
    )
    out = extract_facts(art)
    for f in out.facts:
        assert out.field_text(f.field)[f.start : f.end] == f.text
        assert f.kind in ("entity", "number", "date", "quote", "attribution")
        if f.kind == "date" and f.attrs.get("relative"):
            # resolved against the publication date, or against a date the text itself
            # gives (its lead, its dateline, or its own full dates of one week: anchor
            # "text") when it has none; a weekday alone resolves nothing
            assert (
                dated
                or f.attrs.get("anchor") in ("lead", "dateline", "text")
                or f.label == "weekday"
            )
    linked = link_entities([out, out])
    assert len(linked) == 2


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=400), st.sampled_from(["id", "en", "fr", ""]))
def test_arbitrary_unicode_never_crashes(text, lang):
    out = extract_facts(Article(id="x", source="s", title=text[:60], text=text, lang=lang))
    for f in out.facts:
        assert out.field_text(f.field)[f.start : f.end] == f.text


# Characters whose lower case changes the text's length ("İ" -> "i̇"), whose case folding
# differs from their lower case ("ß", "ς"), compatibility forms (ligatures, full-width digits),
# other scripts' digits, joiners, separators and emoji.
_AWKWARD = [
    "İstanbul",
    "İİ 12 İ",
    "ß",
    "ẞ",
    "ﬁnal",
    "ς",
    "e\u0301",
    "\u200d",
    "\u200b",
    "\u00a0",
    "\u202f",
    "０１２",
    "٣٤",
    "²",
    "½",
    "Ⅻ",
    "ǅ",
    "ŉ",
    "🇮🇩",
    "👍🏽",
    "\ufeff",
    "\u2028",
    "Ｒｐ１０",
    "ـ",
    "ꦲ",
]


@pytest.mark.parametrize("odd", _AWKWARD)
@pytest.mark.parametrize("field", ["title", "text"])
def test_awkward_characters_keep_every_fact_of_the_article(odd: str, field: str) -> None:
    title = "Banjir di Kota Lama, 120 warga mengungsi"
    text = (
        "Sebanyak 120 warga mengungsi akibat banjir di Kota Lama pada Senin (3/3/2025), kata "
        'Kepala BPBD Budi Santoso. "Kami sudah mengirim tiga perahu karet," ujarnya. '
        "Menurut BPBD, sekitar 2,5 ton logistik telah disalurkan."
    )
    if field == "title":
        title = f"{odd} {title}"
    else:
        text = text.replace("akibat", f"akibat {odd}")
    out = extract_facts(
        Article(
            id="x", source="s", title=title, text=text, lang="id", published=datetime(2025, 3, 3)
        )
    )
    for f in out.facts:
        assert out.field_text(f.field)[f.start : f.end] == f.text
    counted = {(f.field, f.value) for f in out.facts if f.kind == "number"}
    assert ("text", 120) in counted
    assert any(f.kind == "quote" for f in out.facts)


@pytest.mark.parametrize(
    "text",
    [
        "KOTA BARU, Utopia (Andes Wire) - A.S. At least 31 inmates died in a riot, officials said.",
        "Officials met on Monday. A.S. At least 31 inmates died.",
        "U.S. Shares of the company fell. J.R.R. Tolkien fans met.",
    ],
)
def test_initials_that_open_a_sentence_are_read_without_error(text: str) -> None:
    out = extract_facts(Article(id="x", source="s", title="Riot", text=text, lang="en"))
    assert any(f.kind == "number" and f.value == 31 for f in out.facts) or "31" not in text
