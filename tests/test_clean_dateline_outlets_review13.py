"""Datelines after blind review 13: an outlet in capitals holding an outlet word before a
place in Title Case, with no site name to tell them apart."""

from __future__ import annotations

import pytest

from kroscek.clean.core import clean
from kroscek.data import RawArticle


@pytest.mark.parametrize(
    ("line", "outlet", "place"),
    [
        ("WARTA NIAGA, Surabaya - Harga beras naik lagi pekan ini.", "WARTA NIAGA", "Surabaya"),
        ("KABAR PESISIR, Makassar - Nelayan libur melaut.", "KABAR PESISIR", "Makassar"),
    ],
)
def test_an_outlet_in_capitals_before_a_place_is_the_outlet(line, outlet, place):
    article = clean(RawArticle("mem:0", "Judul berita", line))
    assert article.source == outlet
    assert article.meta.get("dateline_place") == place


def test_a_place_in_capitals_before_an_outlet_stays_the_place():
    article = clean(RawArticle("mem:0", "Judul", "NIAMEY, Kabar Sahel - Warga mengungsi."))
    assert article.source == "Kabar Sahel"
    assert article.meta.get("dateline_place") == "NIAMEY"
