"""Datelines closed by a colon or a bar, and bylines naming outlet and writer unseparated."""

from __future__ import annotations

import pytest

from kroscek.clean import clean
from kroscek.clean.dateline import parse_dateline, split_outlet_writer
from kroscek.data import RawArticle

LEAD_ID = (
    "Jembatan gantung di Desa Lembah Hijau putus pada Senin (4/5/2026) sore setelah "
    "tiang penyangganya lapuk dimakan usia."
)
MORE_ID = '"Kami sudah meminta perbaikan sejak tahun lalu," kata kepala desa Rusdi Amrullah.'
LEAD_EN = (
    "A rope bridge over the Teluk Sari river collapsed on Monday afternoon after its "
    "wooden posts gave way, villagers said."
)


def raw(text: str) -> RawArticle:
    return RawArticle(origin="uji/x.txt", title="Jembatan Gantung Putus", text=text)


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("Garut: ", "Garut"),
        ("GARUT | ", "GARUT"),
        ("Tasikmalaya: ", "Tasikmalaya"),
        ("Jakarta | ", "Jakarta"),
        ("SYDNEY: ", "SYDNEY"),
    ],
)
def test_place_closed_by_a_colon_or_a_bar_is_the_dateline(opening: str, place: str) -> None:
    lead = LEAD_EN if place == "SYDNEY" else LEAD_ID
    article = clean(raw(f"{opening}{lead}\n\n{MORE_ID}"))
    assert article.meta["dateline_place"] == place
    assert article.text.startswith(lead)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Catatan: Jembatan itu dibangun warga secara swadaya pada 2010.",
        "Menurut Budi: Semua warga sudah dievakuasi ke balai desa.",
        "Update: Two more villagers were found safe on Tuesday.",
        "Lembah Hijau: Warga kini menyeberang dengan rakit bambu.",  # no place kroscek knows
        "Garut: warga kini menyeberang dengan rakit bambu.",  # no sentence after it
    ],
)
def test_label_or_speaker_before_a_colon_is_no_dateline(paragraph: str) -> None:
    assert parse_dateline(paragraph) is None


@pytest.mark.parametrize(
    ("byline", "outlet", "writer"),
    [
        ("Laporan Reporter Warta Priangan Rudi Hartono", "Warta Priangan", "Rudi Hartono"),
        ("Oleh Priangan Pos Siti Aminah", "Priangan Pos", "Siti Aminah"),
        ("Penulis Harian Kabar Lembah Dewi Lestari", "Harian Kabar Lembah", "Dewi Lestari"),
        ("By Harbour Post Helen Carter", "Harbour Post", "Helen Carter"),
    ],
)
def test_byline_naming_outlet_and_writer_unseparated_gives_each_its_part(
    byline: str, outlet: str, writer: str
) -> None:
    article = clean(raw(f"{byline}\n\n{LEAD_ID}\n\n{MORE_ID}"))
    assert article.source == outlet
    assert article.meta["source_from"] == "byline"
    assert writer not in article.source


@pytest.mark.parametrize(
    "writer_part",
    [
        "Kabar Lembah Hijau Rudi Hartono",  # where the outlet ends cannot be told
        "Rudi Hartono Sinaga",  # a person alone
        "Warta Priangan Garut",  # a place, not a writer, after the outlet
    ],
)
def test_byline_that_cannot_be_cut_is_left_whole(writer_part: str) -> None:
    assert split_outlet_writer(writer_part) is None
