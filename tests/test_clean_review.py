"""Cleaning cases found by the blind review: what must stay text and what must go."""

from __future__ import annotations

import pytest

from kroscek.clean import clean
from kroscek.data import RawArticle


def raw(text: str, title: str = "Judul Berita Peresmian Jembatan", **kw: object) -> RawArticle:
    return RawArticle(origin=kw.pop("origin", "uji/berita.txt"), title=title, text=text, **kw)  # type: ignore[arg-type]


LEAD_BEFORE_PHOTO = [
    # A dateline lead ending in a bracketed date, then a credit with its own caption bullet.
    (
        "Oleh Dewi Lestari\n\n"
        "BANDUNG, Kabar Priangan – Wali kota meresmikan jembatan baru di Sungai Cikapundung "
        "pada Rabu (12/3/2025).\n\n"
        "Foto: Kabar Priangan/Dewi\n  • Warga melintasi jembatan baru di Cikapundung.\n\n"
        "Jembatan itu dibangun dengan biaya Rp 4,2 miliar.",
        "Wali kota meresmikan jembatan baru di Sungai Cikapundung pada Rabu (12/3/2025).",
    ),
    # The same, with an agency credit of another outlet.
    (
        "SURABAYA, Suara Timur – Pemerintah kota membuka tiga halte bus listrik di pusat kota "
        "pada Kamis (6/2/2025).\n\n"
        "Foto: Antara/Budi\n  • Penumpang menunggu bus listrik di halte Tunjungan.\n\n"
        "Tarif bus itu Rp 5.000 sekali jalan.",
        "Pemerintah kota membuka tiga halte bus listrik di pusat kota pada Kamis (6/2/2025).",
    ),
    # No dateline, but a long paragraph with a reporting clause before a bare credit.
    (
        "Kepala dinas perhubungan menyebut sebanyak 40 bus akan beroperasi mulai bulan depan "
        "setelah uji kelayakan selesai, kata Rahmat kepada wartawan pada Senin (3/2/2025).\n"
        "Sumber :\n  • Dishub Kota\n\n"
        "Uji coba dilakukan selama dua pekan.",
        "kata Rahmat kepada wartawan pada Senin (3/2/2025).",
    ),
    # Two sentences closing in a date: a paragraph, not a caption.
    (
        "Hujan deras mengguyur kota sejak pagi. Air sungai meluap dan merendam ratusan rumah "
        "warga di tiga kelurahan pada Selasa (4/2/2025).\n\n"
        "Photo : Istimewa\n\n"
        "Petugas mendirikan dua posko pengungsian.",
        "Air sungai meluap dan merendam ratusan rumah warga",
    ),
    # English: a dateline lead right above a photo credit with a caption bullet.
    (
        "JAKARTA (Metro Wire) - The city opened five new commuter stations on Monday "
        "(20/1/2025).\n\n"
        "Photo: Metro Wire/Ana\n  • Passengers board a train at the new station.\n\n"
        "The project cost 1.4 billion dollars.",
        "The city opened five new commuter stations on Monday (20/1/2025).",
    ),
]


@pytest.mark.parametrize(("text", "lead"), LEAD_BEFORE_PHOTO)
def test_lead_paragraph_next_to_a_photo_block_is_kept(text: str, lead: str) -> None:
    article = clean(raw(text))
    assert lead in article.text
    captions = [r["text"] for r in article.meta["removed"] if r["kind"] == "caption"]
    assert not any(lead in c for c in captions)


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        (
            "Petugas memadamkan api di gudang, Senin (3/2/2025).\nFoto: Antara/Rudi\n\n"
            "Kebakaran itu menghanguskan dua gudang.",
            "Petugas memadamkan api di gudang, Senin (3/2/2025).",
        ),
        (
            "Rescue workers search the rubble (Feb. 3, 2025).\nPhoto: Reuters\n\n"
            "The quake struck before dawn.",
            "Rescue workers search the rubble (Feb. 3, 2025).",
        ),
    ],
)
def test_short_caption_above_a_bare_credit_is_still_removed(text: str, caption: str) -> None:
    article = clean(raw(text))
    assert caption not in article.text
    assert caption in [r["text"] for r in article.meta["removed"] if r["kind"] == "caption"]


def test_lead_kept_before_photo_block_names_the_dateline_outlet_not_the_byline() -> None:
    article = clean(raw(LEAD_BEFORE_PHOTO[0][0]))
    assert article.source == "Kabar Priangan"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("World Desk – Rebels seized the town on Friday.", "World Desk"),
        ("Southeast Asia Finance – The currency fell on Tuesday.", "Southeast Asia Finance"),
        ("Metro Wire - The city opened three stations on Monday.", "Metro Wire"),
        ("Harbour Evening - Dock workers stayed home on Tuesday.", "Harbour Evening"),
        ("Pikiran Rakyat – Pemerintah kota membuka tiga halte baru.", "Pikiran Rakyat"),
        ("Warta Ibu Kota – Pemerintah kota membuka tiga halte baru.", "Warta Ibu Kota"),
        ("Medan Hari Ini – Wali kota melantik 40 pejabat baru.", "Medan Hari Ini"),
    ],
)
def test_outlet_only_dateline_is_removed_and_names_the_outlet_over_the_byline(
    text: str, outlet: str
) -> None:
    article = clean(raw(f"Written by Jane Roe\n\n{text}\n\nMore details followed."))
    assert article.text.split("\n\n")[0] == text[len(outlet) :].lstrip(" –-")
    assert article.source == outlet
    assert article.meta["source_from"] == "dateline"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Lombok Utara – Gempa mengguncang wilayah itu pada Senin.", "Lombok Utara"),
        ("Kota Bekasi – Banjir merendam ratusan rumah warga.", "Kota Bekasi"),
        ("Tel Aviv – Sirens sounded across the city on Monday.", "Tel Aviv"),
        ("North Sumatra – Floods cut the main road on Sunday.", "North Sumatra"),
        ("Kuala Lumpur – Police closed two roads on Sunday.", "Kuala Lumpur"),
        ("Pekan Baru – Kabut asap menyelimuti kota sejak pagi.", "Pekan Baru"),
        ("San Jose – Firefighters contained the blaze overnight.", "San Jose"),
    ],
)
def test_place_only_dateline_does_not_become_the_outlet(text: str, place: str) -> None:
    article = clean(raw(f"Oleh Dewi Lestari\n\n{text}\n\nWarga mengungsi."))
    assert not article.text.startswith(place)
    assert article.meta["dateline_place"] == place
    assert article.source not in {place, "Dewi Lestari"}  # neither the place nor the writer


@pytest.mark.parametrize(
    "text",
    [
        "Menurut Polisi – pelaku sudah ditangkap sejak pagi.",
        "Presiden Joko Widodo – yang hadir sejak pagi – membuka acara itu.",
        "The Mayor - who arrived late - opened the bridge.",
    ],
)
def test_prose_with_a_dash_near_the_start_is_not_a_dateline(text: str) -> None:
    article = clean(raw(text))
    assert article.text == text


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("Jihadists Kill Soldiers", "Jihadists killed 71 soldiers near the river.", "en"),
        ("Rupiah Weakens", "The rupiah weakened to 15,900 per dollar.", "en"),
        ("Banjir Rendam Bekasi", "Banjir merendam 200 rumah warga.", "id"),
    ],
)
def test_short_article_language_weighs_title_and_text(title: str, text: str, lang: str) -> None:
    assert clean(raw(text, title=title)).lang == lang


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        (
            "Air sungai naik sejak pagi.\n\nimg_title\nWarga mengungsi di balai desa\n\n"
            "Sebanyak 12 posko didirikan.",
            "Warga mengungsi di balai desa",
        ),
        (
            "Air sungai naik sejak pagi.\n\nimg_title\n"
            "Petugas mengevakuasi warga, Senin (20/1/2025).\n\nSebanyak 12 posko didirikan.",
            "Petugas mengevakuasi warga, Senin (20/1/2025).",
        ),
        (
            "The river rose overnight.\n\nimg_title\nResidents wade through floodwater\n\n"
            "Twelve shelters were opened.",
            "Residents wade through floodwater",
        ),
    ],
)
def test_caption_line_under_img_title_is_removed(text: str, caption: str) -> None:
    article = clean(raw(text))
    assert caption not in article.text
    assert "posko" in article.text or "shelters" in article.text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # The paragraph above stops mid-sentence: the line under the marker finishes it.
        (
            "Posko didirikan oleh tim yang dipimpin\n\nimg_title\nKomandan Rudi di tiga desa.",
            "Posko didirikan oleh tim yang dipimpin Komandan Rudi di tiga desa.",
        ),
        # A blank line under the marker: the next paragraph is article text.
        (
            "Air naik sejak pagi.\n\nimg_title\n\nWarga mulai mengungsi ke balai desa.",
            "Warga mulai mengungsi ke balai desa.",
        ),
        # A full paragraph glued under the marker is not a caption.
        (
            "Air naik sejak pagi.\n\nimg_title\nMenurut kepala desa, sebanyak 300 warga "
            "mengungsi ke balai desa dan masjid. Belum ada laporan korban jiwa, kata dia.",
            "Belum ada laporan korban jiwa, kata dia.",
        ),
    ],
)
def test_text_under_img_title_that_is_not_a_caption_is_kept(text: str, kept: str) -> None:
    assert kept in clean(raw(text)).text


def test_line_under_img_title_that_a_lower_case_line_continues_is_kept() -> None:
    text = "Air naik sejak pagi.\n\nimg_title\nWarga di tepi\n\nsungai mulai mengungsi."
    assert "Warga di tepi sungai mulai mengungsi." in clean(raw(text)).text


@pytest.mark.parametrize(
    ("headline", "lang_text"),
    [
        ("Harga bawang merah turun jelang panen raya", "id"),
        ("Petani keluhkan pasokan pupuk di musim tanam", "id"),
        ("Shipping firm raises freight rates again", "en"),
        ("Heatwave pushes power demand to record high", "en"),
    ],
)
def test_sentence_case_headline_between_paragraphs_is_removed(
    headline: str, lang_text: str
) -> None:
    first, last = (
        ("Jalan itu dibuka pada Senin pagi.", "Polisi menyiapkan 120 personel.")
        if lang_text == "id"
        else ("The road opened on Monday.", "Police deployed 120 officers.")
    )
    article = clean(raw(f"{first}\n\n{headline}\n\n{last}"))
    assert article.text == f"{first}\n\n{last}"
    assert headline in [r["text"] for r in article.meta["removed"]]


@pytest.mark.parametrize(
    "line",
    [
        "Menurut warga, air naik sejak pukul tiga pagi",  # a comma and a reporting word
        "Sebab pasokan dari petani belum datang",  # opens with a function word
        "Polisi menyiapkan 120 personel di ruas tol itu",  # prose keeps "itu"
        "The bridge was closed to all traffic",  # prose keeps "the", "was"
        "Kami akan terus memantau, katanya",
    ],
)
def test_unpunctuated_prose_line_between_paragraphs_is_kept(line: str) -> None:
    text = f"Jalan itu dibuka pada Senin pagi.\n\n{line}\n\nPengelola mencatat 8.000 kendaraan."
    assert line in clean(raw(text)).text


@pytest.mark.parametrize(
    "caption",
    [
        "Firefighters battle flames near a village on Tuesday, Aug. 13, 2024.",
        "Petugas memadamkan api di lahan gambut di Kampar, Minggu (8/9/2024).",
    ],
)
def test_full_sentence_caption_separated_from_its_credit_by_a_blank_line_is_removed(
    caption: str,
) -> None:
    text = f"Api mulai padam sore itu.\n\n{caption}\n\nPhoto: Reuters\n\nWarga kembali ke rumah."
    article = clean(raw(text))
    assert caption not in article.text
    assert "Warga kembali ke rumah." in article.text


@pytest.mark.parametrize(
    ("text", "source", "first"),
    [
        # Layout residue (an unpunctuated caption) above an outlet-only dateline.
        (
            "Warga mengungsi di balai desa\n\nWorld Desk – Rebels seized the town on Friday.",
            "World Desk",
            "Rebels seized the town on Friday.",
        ),
        # A finished paragraph above: the dash line is prose, not a dateline.
        (
            "Talks resume next week.\n\nHamas Leaders – who met in Cairo – agreed to talks.",
            "berita",
            "Talks resume next week.",
        ),
    ],
)
def test_outlet_read_from_shape_is_trusted_only_after_layout_residue(
    text: str, source: str, first: str
) -> None:
    article = clean(raw(text))
    assert article.source == source
    assert article.text.split("\n\n")[0] == first


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        # A paragraph that lost its full stop stays apart from the next sentence.
        (
            "Pedagang berharap los baru tidak dikenai sewa yang lebih mahal\n\n"
            "Anggaran revitalisasi berasal dari dana alokasi khusus.",
            2,
        ),
        (
            "Residents hope the new stalls will not cost more to rent\n\n"
            "Funding comes from a special allocation.",
            2,
        ),
        # A name running across the blank line continues the sentence.
        (
            "Bantuan beras yang dijanjikan pemerintah\n\nProvinsi Jawa Barat belum tiba.",
            1,
        ),
        # A page break ("Halaman Selanjutnya") between the halves: rejoined as before.
        (
            "Sebanyak 12 posko didirikan oleh tim gabungan\n\nHalaman Selanjutnya\n\n"
            "Warga kampung di enam kecamatan.",
            1,
        ),
    ],
)
def test_blank_line_after_an_unpunctuated_paragraph_joins_only_a_continuation(
    text: str, paragraphs: int
) -> None:
    assert len(clean(raw(text)).text.split("\n\n")) == paragraphs


@pytest.mark.parametrize(
    "lead",
    [
        "The company reported a record profit for 2024.",
        "Pemerintah menargetkan proyek itu rampung pada 2026.",
    ],
)
def test_sentence_ending_in_a_bare_year_before_a_credit_is_kept(lead: str) -> None:
    text = f"{lead}\n\nPhoto: Reuters\n\nShares rose 4 percent."
    assert lead in clean(raw(text)).text


@pytest.mark.parametrize(
    ("text", "caption", "kept"),
    [
        (
            "The bridge closed on Wednesday.\n\nPhoto: Valley Courier\n"
            "Traffic is diverted away from the closed bridge\n\nRepairs will take months.",
            "Traffic is diverted away from the closed bridge",
            "Repairs will take months.",
        ),
        (
            "Jembatan ditutup sejak Rabu.\n\nFoto: Antara\n"
            "Kendaraan dialihkan dari jembatan yang ditutup\n\nPerbaikan butuh tiga bulan.",
            "Kendaraan dialihkan dari jembatan yang ditutup",
            "Perbaikan butuh tiga bulan.",
        ),
    ],
)
def test_sentence_case_caption_glued_under_a_credit_is_removed(
    text: str, caption: str, kept: str
) -> None:
    article = clean(raw(text))
    assert caption not in article.text
    assert kept in article.text


def test_headline_after_a_paragraph_that_lost_its_full_stop_is_removed_and_both_stay_apart() -> (
    None
):
    first = "Drivers were told to use the ring road until repairs are finished"
    last = "Repairs are expected to take three months."
    text = f"The bridge closed.\n\n{first}\n\nCouncil approves new budget for parks\n\n{last}"
    article = clean(raw(text))
    assert article.text.split("\n\n") == ["The bridge closed.", first, last]


@pytest.mark.parametrize(
    ("text", "caption", "kept"),
    [
        (
            "Sekolah diliburkan karena banjir.\n\nSiswa pulang lebih awal. Foto: Istimewa\n\n"
            "Dinas pendidikan membuka kelas daring.",
            "Foto: Istimewa",
            "kelas daring",
        ),
        (
            "The bridge closed on Monday.\n\nCommuters queue for ferries. Photo: City Hall\n\n"
            "A bus link runs until Friday.",
            "Photo: City Hall",
            "bus link",
        ),
    ],
)
def test_a_caption_whose_credit_ends_the_line_is_removed(
    text: str, caption: str, kept: str
) -> None:
    article = clean(raw(text))
    assert caption not in article.text
    assert kept in article.text


def test_a_sentence_naming_a_source_is_no_caption() -> None:
    text = (
        "Harga beras naik. Data itu dirilis BPS pada Senin, kata Kepala BPS Amalia. "
        "Sumber: wawancara dengan pedagang di tiga pasar dan laporan dinas.\n\nPedagang mengeluh."
    )
    assert "Data itu dirilis BPS" in clean(raw(text)).text


@pytest.mark.parametrize(
    ("text", "last_sentence", "noise"),
    [
        # a wire credit in one line, the editor's credit in lower case, then the desk's footer
        (
            "The central bank kept its policy rate at 5.75% on Wednesday, as expected.\n\n"
            "The rupiah firmed slightly after the decision.\n\n"
            "Reporting by Sari Wulandari; editing by Peter Lowe\n\n"
            "Our Standards: The Harbour Wire Trust Principles.",
            "The rupiah firmed slightly after the decision.",
            "Reporting by",
        ),
        (
            "Rescuers reached the last village cut off by the landslide on Monday.\n\n"
            "(Reporting by Anton Gunawan; additional reporting by Mei Lin in Singapore; "
            "writing by Joe Park)",
            "Rescuers reached the last village cut off by the landslide on Monday.",
            "Reporting by",
        ),
        # an editorial verification note with a corrections address, above related headlines
        (
            "Warga Desa Sukamaju mulai membersihkan lumpur dari rumah mereka, Selasa.\n\n"
            "Pemerintah kabupaten menyalurkan 2 ton beras untuk para pengungsi.\n\n"
            "Konten ini telah diverifikasi oleh tim redaksi Warta Lembah. Laporkan kesalahan: "
            "ralat@warta-lembah.id\n"
            "Berita Terkait\n"
            "Harga Gabah di Tingkat Petani Turun Lagi",
            "Pemerintah kabupaten menyalurkan 2 ton beras untuk para pengungsi.",
            "diverifikasi",
        ),
    ],
)
def test_closing_credits_and_editorial_notes_leave_the_text(
    text: str, last_sentence: str, noise: str
) -> None:
    cleaned = clean(raw(text)).text
    assert cleaned.endswith(last_sentence)
    assert noise not in cleaned


@pytest.mark.parametrize(
    "line",
    ["Reporting by Nadia Putri; the rest of the team fled", "By the river; editing by Tom Hale"],
)
def test_a_credit_line_whose_parts_do_not_all_name_people_is_not_a_byline(line: str) -> None:
    from kroscek.clean.lines import is_byline

    assert not is_byline(line)
