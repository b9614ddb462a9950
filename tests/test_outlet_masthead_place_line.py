"""A byline line that is only "<outlet> – <place>", set alone under the headline.

Many portals print their masthead and the dateline's town on a line of their own right
under the headline ("Kabar Lembah – Wonosobo"), the lead on the next line. Before, that
line was taken for another story's headline and the source fell back to the file name.
Outlets, towns' stories and people here are invented.
"""

from __future__ import annotations

import pytest

from kroscek.clean import clean
from kroscek.clean.dateline import masthead_place_line, parse_dateline
from kroscek.data import RawArticle

ID_LEAD = (
    "Jembatan gantung di Desa Lembah Hijau putus pada Senin (4/5/2026) sore, dua warga luka.\n\n"
    '"Kami sudah meminta perbaikan sejak tahun lalu," kata kepala desa Rusdi Amrullah.'
)
EN_LEAD = (
    "A footbridge over the Clearwater River collapsed on Monday afternoon, injuring two.\n\n"
    '"We asked for repairs last year," village head Tom Ashby said.'
)


@pytest.mark.parametrize(
    ("line", "outlet", "place"),
    [
        ("Warta Lembah Hijau – Wonosobo", "Warta Lembah Hijau", "Wonosobo"),
        ("Kabar Pesisir – SEMARANG", "Kabar Pesisir", "SEMARANG"),
        ("Sulsel Terkini — Makassar", "Sulsel Terkini", "Makassar"),
        ("Nusa Pos Digital – CILACAP", "Nusa Pos Digital", "CILACAP"),
        ("Harian Tepian Sungai - Samarinda", "Harian Tepian Sungai", "Samarinda"),
        ("Outback Evening Gazette - ALICE SPRINGS", "Outback Evening Gazette", "ALICE SPRINGS"),
        ("Harbour Daily Courier - Perth", "Harbour Daily Courier", "Perth"),
        ("Kabar Ekonomi Nusantara – Jakarta", "Kabar Ekonomi Nusantara", "Jakarta"),
    ],
)
def test_outlet_and_place_line_gives_both(line: str, outlet: str, place: str) -> None:
    found = masthead_place_line(line)
    assert found is not None
    dateline, rest = found
    assert (dateline.outlet, dateline.place, rest) == (outlet, place, "")


@pytest.mark.parametrize(
    ("line", "reading"),
    [
        # a dateline running into its story keeps its meaning: the place, then the lead
        ("Jakarta – Polisi menangkap dua pelaku", ("Jakarta", None)),
        ("SURABAYA - Banjir merendam tiga kecamatan", ("SURABAYA", None)),
        # a section label over the dateline's town is no masthead
        ("Nasional – Jakarta", None),
        ("Gaya Hidup - SURABAYA", None),
        ("Berita Utama – MEDAN", None),
        ("Breaking News - SYDNEY", None),
        # a deck's words over a town
        ("Warga Tak Mau Pindah – Bogor", None),
        # a headline with a dash, its second half no place
        ("Harga Cabai Naik – Pedagang Mengeluh", None),
        ("Asia Desk - SINGAPORE", None),
    ],
)
def test_lines_that_are_not_outlet_and_place(line: str, reading: tuple[str, None] | None) -> None:
    assert masthead_place_line(line) is None
    if reading is not None:
        found = parse_dateline(line)
        assert found is not None
        assert (found[0].place, found[0].outlet) == reading
        assert found[1]  # the sentence stays as the story's text


@pytest.mark.parametrize(
    ("title", "byline", "lead", "outlet", "place"),
    [
        (
            "Jembatan Gantung Putus di Lembah Hijau",
            "Warta Lembah Hijau – Wonosobo",
            ID_LEAD,
            "Warta Lembah Hijau",
            "Wonosobo",
        ),
        (
            "Jembatan Gantung Putus, Dua Warga Luka",
            "Kabar Pesisir – SEMARANG",
            ID_LEAD,
            "Kabar Pesisir",
            "SEMARANG",
        ),
        (
            "Footbridge collapses over Clearwater River",
            "Outback Evening Gazette - ALICE SPRINGS",
            EN_LEAD,
            "Outback Evening Gazette",
            "ALICE SPRINGS",
        ),
        (
            "Two hurt as footbridge falls into river",
            "Harbour Daily Courier - Perth",
            EN_LEAD,
            "Harbour Daily Courier",
            "Perth",
        ),
    ],
)
def test_byline_line_under_headline_names_the_source(
    title: str, byline: str, lead: str, outlet: str, place: str
) -> None:
    article = clean(RawArticle(origin="uji/x.txt", title=title, text=f"{byline}\n\n{lead}"))
    assert article.source == outlet
    assert article.meta["dateline_place"] == place
    assert not article.text.startswith(byline)
    assert article.text.startswith(lead.split(",")[0])
