"""Blind review 18 of cleaning: noise the gold set barely had, on pages never seen.

Each test holds lines written for it (Indonesian and English; outlets and people are
invented): other stories' lists under "MOST READ" / "Terkini" headings, copyright lines
naming the outlet, photo credits "by" a photographer, a finished caption glued under its
credit, a timestamp ending in "p.m.", and the outlet's spelling across a domain dateline.
"""

from __future__ import annotations

import pytest

from kroscek.clean import clean
from kroscek.data import RawArticle

ID_LEAD = "Hujan deras merendam ratusan rumah di Desa Sukamaju sejak Selasa pagi."
ID_NEXT = '"Air naik sampai sepinggang dalam dua jam," kata Warsito, warga setempat.'
EN_LEAD = "Heavy rain flooded hundreds of homes in the valley town of Brookfield on Tuesday."
EN_NEXT = '"The water rose to our waists in two hours," resident Dana Wells said.'


def raw(text: str, title: str = "Banjir Rendam Ratusan Rumah") -> RawArticle:
    return RawArticle(origin="uji/berita.txt", title=title, text=text)


@pytest.mark.parametrize(
    ("lead", "block", "after"),
    [
        (
            EN_LEAD,
            "MOST READ\nFarmers protest new water tariffs outside parliament\n"
            "Local bakery wins national bread award\nBridge repairs delayed until spring",
            EN_NEXT,
        ),
        (
            EN_LEAD,
            "Most popular\n1. Police name suspect in harbour fire\n"
            "2. New cafe opens near the old mill this week\n3. Storm knocks out power to 4,000",
            EN_NEXT,
        ),
        (
            EN_LEAD,
            "Key events\n- Levee breached near the river mouth\n- Two shelters opened",
            EN_NEXT,
        ),
        (
            ID_LEAD,
            "TERKINI\n1 Harga Cabai Rawit Tembus Rp80 Ribu\n2 Jalan Lingkar Selatan Ditutup",
            ID_NEXT,
        ),
        (
            ID_LEAD,
            "Populer\nPetani tolak rencana impor gabah\nWarga keluhkan air PDAM keruh",
            ID_NEXT,
        ),
    ],
)
def test_list_under_a_most_read_heading_is_removed_and_the_story_goes_on(
    lead: str, block: str, after: str
) -> None:
    article = clean(raw(f"{lead}\n\n{block}\n\n{after}"))
    assert article.text == f"{lead}\n\n{after}"
    removed = {item["text"] for item in article.meta["removed"]}
    assert block.split("\n")[0] in removed


@pytest.mark.parametrize(
    "text",
    [
        "Trending topics on the island this week were the ferry fares and the new port.",
        "Populer di kalangan anak muda, kafe itu buka hingga tengah malam.",
        "Most read the mayor's letter as a warning to the council.",
        "The curfew starts at 9:30 p.m.",
        "Polls close on Nov. 3, 2026 at 8 p.m.",
        "Support for the river wall grew after residents shared photos in a Facebook group.",
        "Two of the five bridges reopened on Wednesday, the county said.",
        "He said the pictures were taken by a neighbour. Dana Wells, 34, lives nearby.",
        "Data itu dihimpun oleh lembaga pemantau cuaca (Istimewa).",
        "Berkas laporan.pdf dan foto.jpg dikirim warga ke posko.",
        "Topik rapat: anggaran perbaikan tanggul dan jalan desa.",
    ],
)
def test_prose_shaped_like_page_noise_is_kept(text: str) -> None:
    # a heading word opening prose, a clock time closing a sentence, a platform named in
    # prose, a bracketed agency inside a sentence, file names and a "Topik" in prose
    body = f"{EN_LEAD}\n\n{text}\n\n{EN_NEXT}"
    assert clean(raw(body)).text == body


@pytest.mark.parametrize(
    ("intro", "steps"),
    [
        (
            "Berikut cara mendaftar:",
            "1. Isi formulir di kantor desa.\n\n2. Lampirkan fotokopi KTP dan kartu keluarga.",
        ),
        (
            "Residents should:",
            "1. Boil tap water for one minute.\n\n2. Keep children away from flood water.",
        ),
    ],
)
def test_numbered_steps_of_the_story_are_kept(intro: str, steps: str) -> None:
    body = f"{ID_LEAD}\n\n{intro}\n\n{steps}\n\n{ID_NEXT}"
    assert clean(raw(body)).text == body


@pytest.mark.parametrize(
    ("notice", "outlet"),
    [
        ("Copyright © 2026 Lembah Pagi. All rights reserved.", "Lembah Pagi"),
        ("Copyright © 2026 The Brookfield Sentinel", "The Brookfield Sentinel"),
        ("© 2020-2026 Harbour Evening Ltd", "Harbour Evening"),
        ("Hak Cipta © 2026 PT Kabar Sungai Media. Hak cipta dilindungi.", "Kabar Sungai Media"),
        ("Copyright © 2026 Sukamajunews.id | Powered by Situsku", "Sukamajunews.id"),
    ],
)
def test_the_copyright_holder_names_the_outlet_when_nothing_else_does(
    notice: str, outlet: str
) -> None:
    body = f"{EN_LEAD}\n\n{EN_NEXT}"
    article = clean(raw(f"{body}\n\n{notice}"))
    assert article.text == body
    assert article.source == outlet
    assert article.meta["source_from"] == "copyright"


@pytest.mark.parametrize(
    "notice",
    [
        "Hak cipta dilindungi undang-undang.",
        "© Rudi Hartono/Lembah Pagi",
        "Copyright © Dana Wells",
    ],
)
def test_a_copyright_line_naming_no_outlet_leaves_the_file_name(notice: str) -> None:
    body = f"{ID_LEAD}\n\n{ID_NEXT}"
    article = clean(raw(f"{body}\n\n{notice}"))
    assert article.text == body
    assert article.source == "berita"


def test_the_dateline_outlet_outranks_the_copyright_holder() -> None:
    body = f"BROOKFIELD (Valley Wire) - {EN_LEAD}\n\n{EN_NEXT}"
    article = clean(raw(f"{body}\n\nCopyright 2026 Harbour Evening. All rights reserved."))
    assert article.source == "Valley Wire"


@pytest.mark.parametrize(
    "notice",
    [
        "Copyright 2026 The Valley Wire. All rights reserved. This material may not be "
        "published, broadcast, rewritten or redistributed without written permission.",
        "Copyright © 2026 Kabar Sungai. Seluruh isi situs ini dilindungi undang-undang dan "
        "tidak boleh disalin, diubah, atau disebarkan tanpa izin tertulis dari redaksi.",
    ],
)
def test_a_long_copyright_notice_opening_with_its_year_is_removed(notice: str) -> None:
    body = f"{EN_LEAD}\n\n{EN_NEXT}"
    article = clean(raw(f"{body}\n\n{notice}"))
    assert article.text == body
    assert {"kind": "copyright", "text": notice} in article.meta["removed"]


@pytest.mark.parametrize(
    "stamp",
    [
        "Published Nov. 18, 2026 at 6:42 p.m.",
        "Updated 7:05 a.m.",
        "Posted March 3, 2026, 11:20 a.m.",
    ],
)
def test_a_stamp_ending_in_a_clock_time_is_removed_and_the_dateline_below_is_read(
    stamp: str,
) -> None:
    article = clean(raw(f"{stamp}\n\nBROOKFIELD — {EN_LEAD}\n\n{EN_NEXT}"))
    assert article.text == f"{EN_LEAD}\n\n{EN_NEXT}"
    assert article.meta["dateline_place"] == "BROOKFIELD"


@pytest.mark.parametrize(
    "caption",
    [
        "Residents carry sandbags along Mill Road on Tuesday. "
        "(Photo by Sam Cole/AFP via Getty Images)",
        "Warga mengangkut karung pasir di Jalan Raya Sukamaju. (Foto oleh Rudi Hartono)",
    ],
)
def test_a_caption_closing_on_a_photo_by_credit_is_removed(caption: str) -> None:
    article = clean(raw(f"{EN_LEAD}\n\n{caption}\n\n{EN_NEXT}"))
    assert article.text == f"{EN_LEAD}\n\n{EN_NEXT}"
    assert {"kind": "caption", "text": caption} in article.meta["removed"]


@pytest.mark.parametrize(
    ("credit", "caption", "lead", "after"),
    [
        (
            "Photo: Valley Rescue Service",
            "Volunteers fill sandbags beside the river on Tuesday.",
            EN_LEAD,
            EN_NEXT,
        ),
        (
            "Foto: Dokumentasi BPBD",
            "Petugas mengevakuasi warga dengan perahu karet.",
            ID_LEAD,
            ID_NEXT,
        ),
    ],
)
def test_a_finished_caption_glued_under_its_credit_is_removed(
    credit: str, caption: str, lead: str, after: str
) -> None:
    article = clean(raw(f"{lead}\n\n{credit}\n{caption}\n\n{after}"))
    assert article.text == f"{lead}\n\n{after}"
    assert {"kind": "caption", "text": caption} in article.meta["removed"]


@pytest.mark.parametrize(
    "glued",
    [
        # a reporting clause: prose, whatever sits above it
        "Rescuers reached the last house by boat, the fire chief said on Tuesday.",
        # two sentences: a paragraph
        "Volunteers filled sandbags. The river kept rising through the night.",
    ],
)
def test_prose_glued_under_a_credit_is_kept(glued: str) -> None:
    article = clean(raw(f"{EN_LEAD}\n\nPhoto: Valley Rescue Service\n{glued}\n\n{EN_NEXT}"))
    assert glued in article.text


@pytest.mark.parametrize(
    ("dateline", "sitename", "outlet"),
    [
        ("WAINGAPU, LEMBAHPAGI.COM – ", "Lembah Pagi", "Lembah Pagi"),
        ("BROOKFIELD, VALLEYWIRE.NET - ", "Valley Wire", "Valley Wire"),
        # another outlet, however close, is never taken
        ("WAINGAPU, LEMBAHPAGI.COM – ", "Lembah Pagi Pos", "LEMBAHPAGI.COM"),
    ],
)
def test_a_domain_dateline_takes_the_site_names_spelling_of_the_same_outlet(
    dateline: str, sitename: str, outlet: str
) -> None:
    article = clean(
        RawArticle(
            origin="uji/berita.html",
            title="Banjir Rendam Ratusan Rumah",
            text=f"{dateline}{ID_LEAD}\n\n{ID_NEXT}",
            meta={"sitename": sitename},
        )
    )
    assert article.source == outlet
    assert article.text == f"{ID_LEAD}\n\n{ID_NEXT}"


@pytest.mark.parametrize(
    ("dateline", "lead", "place"),
    [
        ("BROOKFIELD, Ohio — ", EN_LEAD, "BROOKFIELD, Ohio"),
        ("MILLBROOK, Ala. — ", EN_LEAD, "MILLBROOK, Ala."),
        ("HARROGATE, England — ", EN_LEAD, "HARROGATE, England"),
        ("KAMLOOPS, British Columbia — ", EN_LEAD, "KAMLOOPS, British Columbia"),
        ("KUCHING, Sarawak — ", EN_LEAD, "KUCHING, Sarawak"),
        ("TIMIKA, Papua Tengah - ", ID_LEAD, "TIMIKA, Papua Tengah"),
        ("SUKAMAJU, Jawa Barat - ", ID_LEAD, "SUKAMAJU, Jawa Barat"),
    ],
)
def test_a_state_or_province_after_the_city_is_part_of_the_place_not_the_outlet(
    dateline: str, lead: str, place: str
) -> None:
    article = clean(raw(f"{dateline}{lead}\n\n{EN_NEXT}"))
    assert article.text == f"{lead}\n\n{EN_NEXT}"
    assert article.meta["dateline_place"] == place
    assert article.source == "berita"


@pytest.mark.parametrize(
    ("dateline", "outlet", "place"),
    [
        ("SUKAMAJU, Kabar Priangan - ", "Kabar Priangan", "SUKAMAJU"),
        ("BROOKFIELD, Valley Times — ", "Valley Times", "BROOKFIELD"),
    ],
)
def test_an_outlet_after_the_city_is_still_the_outlet(
    dateline: str, outlet: str, place: str
) -> None:
    article = clean(raw(f"{dateline}{ID_LEAD}\n\n{ID_NEXT}"))
    assert article.source == outlet
    assert article.meta["dateline_place"] == place


@pytest.mark.parametrize(
    ("dateline", "place"),
    [
        ("Sukamaju, Selasa (17/11/2026) - ", "Sukamaju"),
        ("GARUT, Senin (16/11) – ", "GARUT"),
    ],
)
def test_a_dateline_with_its_bracketed_day_gives_the_place(dateline: str, place: str) -> None:
    article = clean(raw(f"{dateline}{ID_LEAD}\n\n{ID_NEXT}"))
    assert article.text == f"{ID_LEAD}\n\n{ID_NEXT}"
    assert article.meta["dateline_place"] == place


def test_a_bracketed_outlet_after_a_bracketed_day_is_still_the_outlet() -> None:
    article = clean(raw(f"Sukamaju, Selasa (17/11/2026) (Kabar Priangan) - {ID_LEAD}"))
    assert article.text == ID_LEAD
    assert article.source == "Kabar Priangan"
    assert article.meta["dateline_place"] == "Sukamaju"


@pytest.mark.parametrize(
    ("body", "note"),
    [
        (f"{EN_LEAD}\n\n{EN_NEXT}", "Dana Wells is a staff reporter for the Brookfield Sentinel."),
        (f"{EN_LEAD}\n\n{EN_NEXT}", "The author is a freelance journalist based in Brookfield."),
        (f"{ID_LEAD}\n\n{ID_NEXT}", "*Penulis adalah dosen hukum di Universitas Lembah."),
        (f"{ID_LEAD}\n\n{ID_NEXT}", "Penulis merupakan peneliti di Pusat Kajian Sungai."),
    ],
)
def test_a_writers_note_closing_the_page_is_removed(body: str, note: str) -> None:
    article = clean(raw(f"{body}\n\n{note}"))
    assert article.text == body
    assert {"kind": "byline", "text": note} in article.meta["removed"]


@pytest.mark.parametrize(
    "ending",
    [
        "Tom Lee was a journalist for 30 years before he moved to the valley.",
        "Penulis buku itu, Rina Kartika, akan hadir dalam diskusi pekan depan.",
        "The mayor is a former reporter and knows the river well.",
    ],
)
def test_a_last_paragraph_about_a_journalist_is_kept(ending: str) -> None:
    body = f"{EN_LEAD}\n\n{EN_NEXT}\n\n{ending}"
    assert clean(raw(body)).text == body


@pytest.mark.parametrize(
    "line",
    [
        "Read full article",
        "Continue reading the main story",
        "This article originally appeared on Valley Wire.",
        "Never miss a story: sign up for breaking news alerts",
        "Like this:",
    ],
)
def test_page_furniture_closing_an_english_page_is_removed(line: str) -> None:
    body = f"{EN_LEAD}\n\n{EN_NEXT}"
    assert clean(raw(f"{body}\n\n{line}")).text == body


@pytest.mark.parametrize("label", ["Read next", "Up next", "Latest news"])
def test_a_read_next_heading_takes_its_headline(label: str) -> None:
    body = f"{EN_LEAD}\n\n{EN_NEXT}"
    article = clean(raw(f"{body}\n\n{label}\nCouncil delays vote on river wall"))
    assert article.text == body


@pytest.mark.parametrize(
    "block",
    [
        "View this post on Instagram\n\nA post shared by Brookfield Fire Dept (@brookfieldfire)",
        "A post shared by Dinas Pemadam Sukamaju (@damkar.sukamaju) on Nov 17, 2026",
        "Residents wade through floodwater on Mill Road on Tuesday. Dana Wells/Valley Wire",
        "1 of 5 | Residents wade through floodwater on Mill Road on Tuesday.",
        "Foto 2 dari 6 - Warga menyeberangi banjir di Jalan Raya Sukamaju.",
        "Support independent journalism",
        "Donate today to keep the Valley Wire free for everyone",
        "Warga menjemur kasur di depan rumah di Sukamaju, Rabu (18/11/2026). "
        "ANTARA FOTO/Rina Kartika/abc.",
        "Residents clear mud from Mill Road on Wednesday. VALLEY PHOTO/Dana Wells/xyz",
        "Ilustrasi banjir. (Freepik)",
        "Ilustrasi perahu karet (Shutterstock)",
        "img_title\nbanjir-sukamaju-perahu_169.jpeg",
        "Topik Terkait:\nbanjir sukamaju\nbpbd",
    ],
)
def test_page_residue_between_two_paragraphs_is_removed(block: str) -> None:
    # embeds, gallery counters, appeals, wire and stock credits, file names, tag lists
    article = clean(raw(f"{ID_LEAD}\n\n{block}\n\n{ID_NEXT}"))
    assert article.text == f"{ID_LEAD}\n\n{ID_NEXT}"


@pytest.mark.parametrize(
    ("dateline", "place", "outlet"),
    [
        ("ST. LOUIS (Valley Wire) — ", "ST. LOUIS", "Valley Wire"),
        ("FT. MYERS, Fla. — ", "FT. MYERS, Fla.", "berita"),
        ("Mt. Gambier, Australia — ", "Mt. Gambier, Australia", "berita"),
    ],
)
def test_a_place_with_an_abbreviated_head_stays_one_place(
    dateline: str, place: str, outlet: str
) -> None:
    article = clean(raw(f"{dateline}{EN_LEAD}\n\n{EN_NEXT}"))
    assert article.text == f"{EN_LEAD}\n\n{EN_NEXT}"
    assert article.meta["dateline_place"] == place
    assert article.source == outlet


@pytest.mark.parametrize(
    ("staff", "outlet"),
    [
        ("Reporter: Rudi Hartono / Kabar Lembah", "Kabar Lembah"),
        ("Pewarta: Rina Kartika | Sukamajunews.id", "Sukamajunews.id"),
        ("Reporter: Rudi Hartono | Editor: Siti Aminah", "berita"),
        ("Fotografer: Rudi Hartono / ANTARA", "berita"),
    ],
)
def test_a_staff_lines_outlet_part_names_the_outlet(staff: str, outlet: str) -> None:
    article = clean(raw(f"{staff}\n\n{ID_LEAD}\n\n{ID_NEXT}"))
    assert article.text == f"{ID_LEAD}\n\n{ID_NEXT}"
    assert article.source == outlet
