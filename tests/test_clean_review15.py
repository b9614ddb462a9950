"""Cleaning rules added after blind review 15: a byline's "Editor: X" part names a job, not the
outlet; a dateline pairing a place with two to four capitalised words names that outlet in
either order; a "Konten Sponsor" label is no article text."""

from __future__ import annotations

import pytest

from kroscek.clean import clean
from kroscek.data import RawArticle

BODY = "Pemerintah kota membuka pasar murah di lima kecamatan selama sepekan."


@pytest.mark.parametrize(
    ("dateline", "outlet"),
    [
        ("Harga Pangan, Medan -", "Harga Pangan"),
        ("Medan, Harga Pangan -", "Harga Pangan"),
        ("Lombok Timur, Lensa Rinjani -", "Lensa Rinjani"),
    ],
)
def test_a_dateline_pairing_a_place_with_capitalised_words_names_the_outlet(dateline, outlet):
    text = f"Penulis: Rini Astuti | Editor: Yoga Pratama\n\n{dateline} {BODY}"
    article = clean(RawArticle("mem:1", "Pasar Murah Dibuka", text))
    assert article.source == outlet
    assert article.text.startswith("Pemerintah kota")


@pytest.mark.parametrize(
    "byline",
    ["Penulis: Rini Astuti | Editor: Yoga Pratama", "Oleh Rini Astuti | Penyunting: Yoga Pratama"],
)
def test_an_editor_part_of_a_byline_is_never_the_outlet(byline):
    article = clean(RawArticle("mem:1", "Pasar Murah Dibuka", f"{byline}\n\n{BODY}"))
    assert "Yoga" not in (article.source or "")
    assert ":" not in (article.source or "")


@pytest.mark.parametrize("label", ["Konten Sponsor", "Artikel Sponsor", "Konten Promosi"])
def test_a_sponsored_content_label_is_removed(label):
    text = f"{BODY}\n\n{label}\n\nPedagang menyambut pasar murah itu dengan antusias."
    article = clean(RawArticle("mem:1", "Pasar Murah Dibuka", text))
    assert label.casefold() not in article.text.casefold()
    assert "antusias" in article.text
