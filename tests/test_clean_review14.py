"""Cleaning rules added after blind review 14: the closing link blocks of a multi-page
portal ("Pilihan Redaksi", "Terpopuler" and their lists) are no article text."""

from __future__ import annotations

import pytest

from kroscek.clean import clean
from kroscek.data import RawArticle


@pytest.mark.parametrize(
    ("heading", "items"),
    [
        ("Pilihan Redaksi", "• Harga Cabai Turun di Pasar Induk\n• Jadwal Kapal Mudik Lebaran"),
        ("Terpopuler", "1. Cuaca Ekstrem Landa Pesisir Selatan\n2. Tiket Kereta Habis Terjual"),
        ("Paling Banyak Dibaca", "• Banjir Rendam Dua Kecamatan\n• Pasar Murah Digelar"),
    ],
)
def test_a_portals_closing_link_block_is_removed_with_its_heading(heading, items):
    text = (
        "Bupati meresmikan jembatan gantung di Desa Sukamaju, Rabu. Jembatan itu dibangun "
        "selama empat bulan.\n\nWarga menyambut peresmian dengan tarian adat.\n\n"
        f"{heading}\n{items}\n"
    )
    article = clean(RawArticle("mem:1", "Jembatan Gantung Diresmikan", text))
    assert heading.casefold() not in article.text.casefold()
    assert article.text.rstrip().endswith("tarian adat.")
