"""Review 22 of cleaning: the residue of the fifteenth blind batch and the outlet lines left
open, on other text than the gold's.

Each test holds lines written for it (outlets, agencies and people are invented): a scroll
prompt, a follow-on-X promo, a call to action naming a web address, a syndicate's credit,
table rows that must keep their own lines, an HTML gallery whose captions stand apart
from their counters, an outlet named only by a syndication credit, and masthead lines
decided by the evidence beside them (section words, one word, a topic kicker, a person).
"""

from __future__ import annotations

import pytest

from kroscek.clean import clean
from kroscek.data import RawArticle
from test_clean_review18 import EN_LEAD, EN_NEXT, ID_LEAD, ID_NEXT, raw

TITLE = "Harga Kedelai Impor Naik, Perajin Tahu Kurangi Produksi"
LEAD = (
    "Harga kedelai impor di tingkat pengecer naik menjadi Rp14.500 per kilogram dalam dua "
    "pekan terakhir, dari Rp11.800 pada akhir bulan lalu."
)
NEXT = (
    "Sebagian perajin tahu di sentra produksi mengurangi adonan harian dan memperkecil "
    "ukuran potongan agar harga jual tidak naik."
)
LAST = "Pemerintah daerah berjanji mencari pasokan dari koperasi petani kedelai lokal."


def article(text: str, title: str = TITLE, url: str | None = None):
    return clean(RawArticle(origin="uji/kedelai.txt", title=title, text=text, url=url))


@pytest.mark.parametrize(
    ("line", "kind", "lead", "after"),
    [
        ("Scroll untuk melanjutkan membaca", "advert", ID_LEAD, ID_NEXT),
        ("Gulir untuk melanjutkan membaca berita", "advert", ID_LEAD, ID_NEXT),
        ("Follow Maya Lund on X: @mayalund_news", "promo", EN_LEAD, EN_NEXT),
        ("Simak kabar pertanian lainnya di ladangkita.id", "promo", ID_LEAD, ID_NEXT),
        ("Kunjungi www.warta-desa.com untuk berita lainnya", "promo", ID_LEAD, ID_NEXT),
        ("Distributed by Northgate Features Syndicate.", "syndication", EN_LEAD, EN_NEXT),
        ("Didistribusikan oleh Kantor Berita Lembah.", "syndication", ID_LEAD, ID_NEXT),
    ],
)
def test_page_prompts_promos_and_syndicate_credits_between_paragraphs_are_removed(
    line: str, kind: str, lead: str, after: str
) -> None:
    cleaned = clean(raw(f"{lead}\n\n{line}\n\n{after}"))
    assert cleaned.text == f"{lead}\n\n{after}"
    assert {"kind": kind, "text": line} in cleaned.meta["removed"]


@pytest.mark.parametrize(
    "line",
    [
        "Distributed by volunteers, the parcels held rice, oil and baby formula.",
        "Sebanyak 30 ton beras didistribusikan oleh Bulog ke enam kecamatan.",
        "Ikuti saja petunjuk petugas di lokasi, kata Kepala Desa Sukamaju.",
        "Simak penjelasan lengkap petugas tentang jalur evakuasi di balai desa.",
    ],
)
def test_prose_opening_like_a_promo_or_a_credit_is_kept(line: str) -> None:
    cleaned = clean(raw(f"{ID_LEAD}\n\n{line}\n\n{ID_NEXT}"))
    assert line in cleaned.text


@pytest.mark.parametrize(
    "rows",
    [
        ["Calon A | 12.410 | 38,2 persen", "Calon B | 11.877 | 36,6 persen"],
        [
            "Gudang 1 | 420 ton | penuh",
            "Gudang 2 | 180 ton | setengah",
            "Gudang 3 | 0 ton | kosong",
        ],
        ["North ward | 1,204 | 41 percent", "South ward | 988 | 34 percent"],
    ],
)
def test_plain_text_table_rows_keep_their_own_lines_and_never_run_into_the_next_entry(
    rows: list[str],
) -> None:
    text = "Hasil sementara:\n\n" + "\n".join(rows) + f"\n\n10.45 WIB\n{NEXT}"
    cleaned = article(f"{LEAD}\n\n{text}")
    paragraphs = cleaned.text.split("\n\n")
    for row in rows:
        assert row in paragraphs
    assert NEXT in paragraphs


@pytest.mark.parametrize(
    ("counter", "caption"),
    [
        ("Photo {n} of 6", "Volunteers stack sandbags along the river wall on Friday."),
        ("Foto {n} dari 6", "Relawan menumpuk karung pasir di tepi sungai, Jumat sore."),
    ],
)
def test_gallery_captions_standing_apart_from_their_counters_are_removed(
    counter: str, caption: str
) -> None:
    gallery = "\n\n".join(f"{counter.format(n=n)}\n\n{caption}" for n in (1, 2))
    cleaned = article(f"{LEAD}\n\n{gallery}\n\n{NEXT}")
    assert cleaned.text == f"{LEAD}\n\n{NEXT}"


def test_a_lone_photo_count_does_not_take_the_paragraph_under_it() -> None:
    short = "Petugas menutup jalan itu sejak pagi."
    cleaned = article(f"{LEAD}\n\nFoto 1 dari 1\n\n{short}\n\n{NEXT}")
    assert short in cleaned.text.split("\n\n")


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        (
            "This story was originally published by Coastline Courier and is shared "
            "under a content partnership.",
            "Coastline Courier",
        ),
        ('Artikel ini telah tayang di Gema Lembah dengan judul "Kedelai Mahal".', "Gema Lembah"),
    ],
)
def test_a_syndication_credit_names_the_outlet_when_nothing_else_does(
    line: str, outlet: str
) -> None:
    cleaned = article(f"{LEAD}\n\n{NEXT}\n\n{line}")
    assert cleaned.source == outlet
    assert line not in cleaned.text


def test_a_syndication_credit_yields_to_the_page_s_own_site_name() -> None:
    page = RawArticle(
        origin="uji/kedelai.txt",
        title=TITLE,
        text=f"{LEAD}\n\n{NEXT}\n\nArtikel ini telah tayang di Gema Lembah.",
        source="Suara Perajin",
    )
    assert clean(page).source == "Suara Perajin"


# masthead lines: the line under the headline, then a blank line and the story
@pytest.mark.parametrize(
    ("masthead", "evidence", "outlet"),
    [
        # two section words: the section label's shape, an outlet with evidence beside it
        ("Dunia Ekonomi", "", None),
        ("Dunia Ekonomi", "Copyright © 2026 Dunia Ekonomi. All rights reserved.", "Dunia Ekonomi"),
        ("Dunia Ekonomi", '"Stok kami menipis," kata Wiji kepada Dunia Ekonomi.', "Dunia Ekonomi"),
        ("Nasional Bisnis", "© 2026 Nasional Bisnis", "Nasional Bisnis"),
        # one word: a surname or a section's shape, an outlet with evidence beside it
        ("Kedaiwarta", "", None),
        ("Kedaiwarta", "Baca berita ekonomi lainnya di kedaiwarta.com", "Kedaiwarta"),
        ("Kedaiwarta", "Hak Cipta © 2026 Kedaiwarta", "Kedaiwarta"),
        ("Nasional", "", None),
    ],
)
def test_a_section_or_one_word_masthead_needs_evidence_beside_it(
    masthead: str, evidence: str, outlet: str | None
) -> None:
    tail = f"\n\n{evidence}" if evidence else ""
    cleaned = article(f"{masthead}\n\n{LEAD}\n\n{NEXT}{tail}")
    assert cleaned.source == (outlet or "kedelai")
    if outlet is not None:
        assert cleaned.text.split("\n\n")[0] == LEAD  # the masthead left the text


@pytest.mark.parametrize(
    ("line", "lead"),
    [
        # a topic kicker: every word of it is the story's own common word
        ("Krisis Kedelai", f"Krisis kedelai belum reda. {LEAD}"),
        ("Musim Tanam", f"Menjelang musim tanam, {LEAD[0].lower()}{LEAD[1:]}"),
        # a person quoted in the story, standing as an interview's label
        ("Yosef Laka", f'{LEAD} "Kami bertahan sebisanya," kata Laka.'),
        ("Yosef Laka", f"Yosef mengatakan harga kedelai impor naik dalam dua pekan. {LEAD}"),
    ],
)
def test_a_kicker_or_a_quoted_person_under_the_headline_is_not_the_masthead(
    line: str, lead: str
) -> None:
    cleaned = article(f"{line}\n\n{lead}\n\n{NEXT}\n\n{LAST}")
    assert cleaned.source != line
    assert cleaned.meta["source_from"] == "file"


@pytest.mark.parametrize("line", ["Lintas Pangan", "Gema Pesisir Kini"])
def test_a_bare_name_that_is_no_kicker_and_no_quoted_person_stays_the_masthead(
    line: str,
) -> None:
    cleaned = article(f"{line}\n\n{LEAD}\n\n{NEXT}\n\n{LAST}")
    assert cleaned.source == line
    assert cleaned.meta["source_from"] == "masthead"
