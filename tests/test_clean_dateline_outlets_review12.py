"""Datelines after blind review 12: an outlet name in capitals holding an outlet word, and a
two-part dateline whose one part is the page's known site name."""

from __future__ import annotations

import pytest

from kroscek.clean.core import clean
from kroscek.data import RawArticle


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("SUARA PESISIR - Warga Desa Tanjung menolak rencana tambak udang.", "SUARA PESISIR"),
        ("HARIAN LEMBAH - Jembatan desa ambruk pada Senin pagi.", "HARIAN LEMBAH"),
    ],
)
def test_a_capitalised_prefix_with_an_outlet_word_is_the_outlet(line, outlet):
    article = clean(RawArticle("mem:0", "Judul berita", line))
    assert article.source == outlet
    assert article.text.startswith(line.split(" - ", 1)[1])


def test_a_capitalised_place_stays_a_place():
    article = clean(RawArticle("mem:0", "Judul", "GAZA CITY - Warga mengungsi pada Senin."))
    assert article.meta.get("dateline_place") == "GAZA CITY"


def test_the_part_of_a_dateline_that_is_the_site_name_is_the_outlet():
    raw = RawArticle(
        "mem:0",
        "Kapal Tenggelam",
        "WARTA SELAT, Tanjung Pinang - Sebuah kapal kayu tenggelam pada Selasa.",
        meta={"sitename": "Warta Selat"},
    )
    article = clean(raw)
    assert article.source.casefold() == "warta selat"
    assert article.meta.get("dateline_place") == "Tanjung Pinang"
