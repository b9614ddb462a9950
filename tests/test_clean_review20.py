"""Review 20 of cleaning: outlet names the reviews missed, and page kinds of the second blind batch.

Each test holds lines written for it (Indonesian, English and Malay; outlets and people are
invented): an English masthead such as "Harbour Bulletin" between the headline and the body,
a masthead and the page's date on one line, a dateline in capitals that shortens the
masthead's name, pages served from a loopback address, and bylines above a page's closing
footer.
"""

from __future__ import annotations

from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest

from http_helpers import serving
from kroscek.clean import clean
from kroscek.clean.outlet import host_of, resolve
from kroscek.data import RawArticle
from kroscek.ingest import read
from test_clean_review18 import EN_LEAD, EN_NEXT, ID_LEAD, ID_NEXT, raw


def kinds(article_text: str, title: str = "Banjir Rendam Ratusan Rumah") -> dict[str, str]:
    return {item["text"]: item["kind"] for item in clean(raw(article_text, title)).meta["removed"]}


EN_TITLE = "Valley town counts the cost of overnight flooding"


@pytest.mark.parametrize(
    "masthead",
    [
        "Grain Market Digest",
        "Harbour Bulletin",
        "Coastline Dispatch",
        "Pacific Trade Insider",
        "Energy Insight",
        "Northfield Beacon",
        "Lakeside Review",
    ],
)
def test_an_english_masthead_between_headline_and_body_names_the_outlet(masthead: str) -> None:
    article = clean(raw(f"{masthead}\n\n{EN_LEAD}\n\n{EN_NEXT}", EN_TITLE))
    assert (article.source, article.meta["source_from"]) == (masthead, "masthead")
    assert article.text == f"{EN_LEAD}\n\n{EN_NEXT}"


@pytest.mark.parametrize(
    ("line", "title", "lead", "after"),
    [
        ("Special Report", EN_TITLE, EN_LEAD, EN_NEXT),
        ("Rescue Continues", EN_TITLE, EN_LEAD, EN_NEXT),
        ("Korban Bertambah", "Banjir Rendam Ratusan Rumah", ID_LEAD, ID_NEXT),
        ("Laporan Khusus", "Banjir Rendam Ratusan Rumah", ID_LEAD, ID_NEXT),
    ],
)
def test_a_short_subheading_under_the_headline_is_no_outlet_and_leaves_the_body(
    line: str, title: str, lead: str, after: str
) -> None:
    article = clean(raw(f"{line}\n\n{lead}\n\n{after}", title))
    assert article.source == "berita"  # the file name: nothing named the outlet
    assert article.text == f"{lead}\n\n{after}"


def test_a_masthead_not_taken_as_the_outlet_still_leaves_the_body() -> None:
    # the outlet is given, so the line is not needed as evidence; it is no prose either
    text = f"Harbour Bulletin\n\n{EN_LEAD}\n\n{EN_NEXT}"
    article = clean(raw(text, EN_TITLE), source="Other Desk")
    assert article.source == "Other Desk"
    assert article.text == f"{EN_LEAD}\n\n{EN_NEXT}"


def test_a_two_word_line_inside_the_body_stays() -> None:
    # only the line between the headline and the body is the page's furniture
    text = f"{ID_LEAD}\n\nKorban Bertambah\n\n{ID_NEXT}"
    assert clean(raw(text)).text == text


@pytest.mark.parametrize(
    ("outlet", "separator", "stamp", "day"),
    [
        ("Kabar Lereng Raya", " - ", "Selasa, 11 November 2025", "2025-11-11"),
        ("Suara Pesisir Daring", " | ", "Rabu, 12 November 2025 09:30 WITA", "2025-11-12"),
        ("The Valley Ledger", " — ", "Nov. 12, 2025", "2025-11-12"),
        ("Pos Tanjung Harapan", " – ", "3 Desember 2025", "2025-12-03"),
    ],
)
def test_a_masthead_and_the_date_on_one_line_give_outlet_and_date(
    outlet: str, separator: str, stamp: str, day: str
) -> None:
    article = clean(raw(f"{outlet}{separator}{stamp}\n\n{ID_LEAD}\n\n{ID_NEXT}"))
    assert (article.source, article.meta["source_from"]) == (outlet, "masthead")
    assert article.meta["dateline_date"] == day
    assert article.text == f"{ID_LEAD}\n\n{ID_NEXT}"
    assert article.meta["removed"] == [
        {"kind": "site_name", "text": outlet},
        {"kind": "timestamp", "text": stamp},
    ]


@pytest.mark.parametrize(
    "line",
    ["Rina Kartikasari - Senin, 10 November 2025", "Lembah Sunyi | Senin, 10 November 2025"],
)
def test_a_name_without_an_outlet_mark_beside_a_date_names_no_outlet(line: str) -> None:
    # a person's name (or two plain words) beside the date may be the writer's
    article = clean(raw(f"{line}\n\n{ID_LEAD}\n\n{ID_NEXT}"))
    assert article.source == "berita"
    assert article.text == f"{ID_LEAD}\n\n{ID_NEXT}"
    assert article.meta["dateline_date"] == "2025-11-10"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Kabar Pesisir Selatan | Kamis, 16 Oktober 2025 08:15 WIB\n\n"
            "Penulis: Ayu Lestari | Editor: Bagus Wirawan\n\n"
            f"KABAR PESISIR - {ID_LEAD}\n\n{ID_NEXT}",
            "Kabar Pesisir Selatan",
        ),
        (
            f"Harbour Bulletin Online\n\nHARBOUR BULLETIN — {EN_LEAD}\n\n{EN_NEXT}",
            "Harbour Bulletin Online",
        ),
    ],
)
def test_the_written_out_masthead_beats_the_dateline_short_form(body: str, expected: str) -> None:
    article = clean(raw(body))
    assert (article.source, article.meta["source_from"]) == (expected, "dateline")


@pytest.mark.parametrize(
    ("dateline", "masthead", "expected"),
    [
        ("WARTA PANTAI", "Warta Pantai Utara", "Warta Pantai Utara"),
        ("HARBOUR BULLETIN", "Harbour Bulletin Weekly Edition", "Harbour Bulletin Weekly Edition"),
        ("KABAR", "Kabar Pesisir", "KABAR"),  # one word may shorten any Kabar
        ("WARTA PANTAI", "Warta Pantai Utara Raya Baru", "WARTA PANTAI"),  # too much left off
        ("WARTA PANTAI", "Warta Pesisir Utara", "WARTA PANTAI"),  # another outlet
        ("Warta Pantai", "Warta Pantai Utara", "Warta Pantai"),  # not a capitals short form
    ],
)
def test_a_capitals_short_form_takes_the_full_name_only_of_the_same_outlet(
    dateline: str, masthead: str, expected: str
) -> None:
    nothing_else = dict.fromkeys(("argument", "given", "url", "sitename", "byline"))
    found = resolve(**nothing_else, dateline=dateline, masthead=masthead, origin="berita/a.txt")
    assert found == (expected, "dateline")


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("http://127.0.0.1:8765/berita/1", None),
        ("http://localhost:8000/a", None),
        ("http://[::1]:8080/a", None),
        ("http://10.1.2.3/arsip", None),
        ("https://www.kabarlembah.id/a", "kabarlembah.id"),
        ("https://news.harbour-bulletin.com/x", "news.harbour-bulletin.com"),
    ],
)
def test_a_loopback_or_ip_host_names_no_publisher(url: str, host: str | None) -> None:
    assert host_of(url) == host


PAGE = (
    "<html><head><title>{title}</title><meta property='og:site_name' content='{site}'>"
    "</head><body><article><h1>{title}</h1><p>{lead}</p><p>{after}</p></article></body></html>"
)
PAGES = {
    "/satu": ("Banjir Rendam Ratusan Rumah di Sukamaju", "Kabar Lembah Hijau", ID_LEAD, ID_NEXT),
    "/dua": (EN_TITLE, "Northfield Beacon", EN_LEAD, EN_NEXT),
}


class _Pages(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        return

    def do_GET(self) -> None:
        title, site, lead, after = PAGES[self.path]
        body = PAGE.format(title=title, site=site, lead=lead, after=after).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def local_site() -> Iterator[str]:
    with serving(_Pages) as url:
        yield url


@pytest.mark.parametrize("path", sorted(PAGES))
def test_a_page_served_from_a_loopback_address_is_named_by_its_site_name(
    local_site: str, path: str
) -> None:
    (item,) = list(read([f"{local_site}{path}"]))
    assert isinstance(item, RawArticle), item
    article = clean(item)
    assert (article.source, article.meta["source_from"]) == (PAGES[path][1], "sitename")
    assert article.url == f"{local_site}{path}"


def test_a_loopback_page_without_a_site_name_falls_back_to_its_dateline() -> None:
    item = RawArticle(
        origin="http://127.0.0.1:9000/x",
        title="Banjir Rendam Ratusan Rumah",
        text=f"GARUT, Kabar Lembah Hijau - {ID_LEAD}\n\n{ID_NEXT}",
        url="http://127.0.0.1:9000/x",
    )
    article = clean(item)
    assert (article.source, article.meta["source_from"]) == ("Kabar Lembah Hijau", "dateline")


@pytest.mark.parametrize(
    ("credits", "writer"),
    [
        ("Penulis : Ayu Lestari\nEditor : Bagus Wirawan", "Ayu Lestari"),
        ("Oleh: Dimas Prakoso", "Dimas Prakoso"),
        ("By Hannah Cole\nEdited by Mark Ruiz", "Hannah Cole"),
    ],
)
def test_a_byline_above_the_closing_footer_is_a_byline(credits: str, writer: str) -> None:
    footer = (
        "Unduh aplikasi kami untuk berita lebih cepat:\n"
        "Android: https://bit.ly/contoh-android\niOS: https://bit.ly/contoh-ios\n"
        "Copyright © 2026 Kabar Lembah Hijau. All rights reserved."
    )
    article = clean(raw(f"{ID_LEAD}\n\n{ID_NEXT}\n{credits}\n\n{footer}"))
    assert article.meta["byline"] == writer
    assert article.text == f"{ID_LEAD}\n\n{ID_NEXT}"
    removed = kinds(f"{ID_LEAD}\n\n{ID_NEXT}\n{credits}\n\n{footer}")
    assert {removed[line] for line in credits.split("\n")} == {"byline"}


def test_prose_opening_like_a_byline_near_the_end_stays() -> None:
    closing = "Oleh karena itu, warga diminta tetap waspada selama musim hujan."
    footer = "Android: https://bit.ly/contoh-android\niOS: https://bit.ly/contoh-ios"
    article = clean(raw(f"{ID_LEAD}\n\n{closing}\n\n{footer}"))
    assert article.text == f"{ID_LEAD}\n\n{closing}"


@pytest.mark.parametrize(
    ("lead", "after", "section"),
    [
        (
            ID_LEAD,
            ID_NEXT,
            "Komentar (2)\nTulis komentar...\npetani_muda\n3 jam lalu\n"
            "Semoga bantuan cepat sampai ke desa kami.\nBalas\nIbu Sari\n1 jam lalu\n"
            "Jalan ke dusun atas masih tertutup lumpur.\nBalas",
        ),
        (
            EN_LEAD,
            EN_NEXT,
            "12 Comments\nriverside_dan\n4 hours ago\nThe levee was due for repair years ago.\n"
            "Reply\nMaggie T.\n2 hours ago\nThoughts with everyone on Mill Street.\nReply",
        ),
    ],
)
def test_readers_comments_copied_with_the_page_go_whole(
    lead: str, after: str, section: str
) -> None:
    article = clean(raw(f"{lead}\n\n{after}\n\n{section}"))
    assert article.text == f"{lead}\n\n{after}"
    removed = kinds(f"{lead}\n\n{after}\n\n{section}")
    assert {removed[line] for line in section.split("\n")} == {"comment"}


def test_a_comment_counter_without_comments_leaves_the_text_alone() -> None:
    # "0 Komentar" beside the byline: no reply button under it, so nothing is a comment
    later = "Balasan pemerintah daerah belum turun hingga sore."
    article = clean(raw(f"0 Komentar\n\n{ID_LEAD}\n\n{later}\n\n{ID_NEXT}"))
    assert later in article.text
    assert ID_NEXT in article.text


@pytest.mark.parametrize(
    ("lead", "buttons"),
    [
        (EN_LEAD, "Share this:\nFacebook\nX\nLinkedIn\nEmail\nLike this:\nLike Loading..."),
        (ID_LEAD, "Bagikan:\nFacebook\nWhatsApp\nTelegram\nSalin tautan"),
        (ID_LEAD, "Kongsi artikel ini:\nFacebook\nTwitter\nWhatsApp"),
    ],
)
def test_share_buttons_under_their_label_go(lead: str, buttons: str) -> None:
    article = clean(raw(f"{lead}\n\n{buttons}"))
    assert article.text == lead


@pytest.mark.parametrize(
    ("counter", "caption"),
    [
        ("Foto 4/9", "Relawan membagikan nasi bungkus di posko pengungsian."),
        ("Photo 2/6", "Volunteers stack sandbags along the river wall"),
        ("Foto 3 dari 5", "Warga membersihkan lumpur dari halaman masjid."),
    ],
)
def test_a_gallery_counter_and_the_caption_glued_under_it_go(counter: str, caption: str) -> None:
    text = f"{ID_LEAD}\n\n{counter}\n{caption}\n\n{ID_NEXT}"
    article = clean(raw(text))
    assert article.text == f"{ID_LEAD}\n\n{ID_NEXT}"
    assert kinds(text)[caption] == "caption"


@pytest.mark.parametrize(
    "below",
    [
        ID_NEXT,  # a quotation goes on with the story
        "Petugas mengatakan air mulai surut menjelang sore hari.",  # a reporting clause
    ],
)
def test_the_story_going_on_under_a_gallery_counter_stays(below: str) -> None:
    article = clean(raw(f"{ID_LEAD}\n\nFoto 2/8\n{below}\n\nWarga kembali ke rumah."))
    assert below in article.text


@pytest.mark.parametrize(
    ("header", "issuer", "lead"),
    [
        (
            "SIARAN PERS\nNomor: 41/HUMAS/XI/2026",
            "Dinas Perhubungan Provinsi Kepulauan",
            f"Ambon, 20 November 2026 – {ID_LEAD}",
        ),
        ("PRESS RELEASE", "Northfield Water Authority", f"NORTHFIELD, Nov. 20, 2026 — {EN_LEAD}"),
        (
            "Rilis Pers\n20 November 2026",
            "Balai Konservasi Sumber Daya Alam Wilayah Timur",
            ID_LEAD,
        ),
    ],
)
def test_a_press_release_is_published_by_its_issuer(header: str, issuer: str, lead: str) -> None:
    article = clean(raw(f"{header}\n{issuer}\n\n{lead}\n\n{ID_NEXT}"))
    assert (article.source, article.meta["source_from"]) == (issuer, "masthead")
    assert issuer not in article.text.split("\n\n")


def test_a_release_label_inside_the_body_names_no_issuer() -> None:
    text = f"{ID_LEAD}\n\nSiaran Pers\nDinas Perhubungan Provinsi Kepulauan\n\n{ID_NEXT}"
    assert clean(raw(text)).source == "berita"


@pytest.mark.parametrize(
    ("bio", "after"),
    [
        (
            "*Penulis adalah peneliti di sebuah lembaga kajian kebijakan publik.",
            "Artikel ini merupakan opini pribadi penulis.\nTag: opini, kebijakan",
        ),
        (
            "Jane Roe is a senior fellow at a policy institute in Brookfield.",
            "The views expressed are the author's own.\nTopics: Opinion",
        ),
    ],
)
def test_a_writers_note_above_a_disclaimer_and_tags_goes(bio: str, after: str) -> None:
    article = clean(raw(f"{ID_LEAD}\n\n{ID_NEXT}\n\n{bio}\n\n{after}"))
    assert bio not in article.text
    assert article.text.startswith(f"{ID_LEAD}\n\n{ID_NEXT}")


def test_a_section_label_over_the_byline_leaves_the_writer_in_the_byline() -> None:
    article = clean(raw(f"OPINI\nOleh: Sekar Ayuningtyas\n\n{ID_LEAD}\n\n{ID_NEXT}"))
    assert article.meta["byline"] == "Sekar Ayuningtyas"
    assert article.text == f"{ID_LEAD}\n\n{ID_NEXT}"


def test_a_credit_block_past_the_byline_zone_is_all_bylines() -> None:
    text = (
        "KabarLembah.id\nSelasa, 24 November 2026 | 09:12 WIB\nReporter: Sinta Marlina\n"
        f"Editor: Rudi Hartawan\nFotografer: Yoga Pratama\n\n{ID_LEAD}\n\n{ID_NEXT}"
    )
    removed = kinds(text)
    assert [
        removed[f"{label}: {name}"]
        for label, name in (
            ("Reporter", "Sinta Marlina"),
            ("Editor", "Rudi Hartawan"),
            ("Fotografer", "Yoga Pratama"),
        )
    ] == ["byline"] * 3


@pytest.mark.parametrize(
    ("label", "headlines"),
    [
        (
            "BERITA BERKAITAN",
            "Jalan Pesisir Ditutup Akibat Air Pasang\nHarga Ikan Naik di Pasar Basah",
        ),
        ("Artikel Berkaitan", "Sekolah Ditutup Sementara Selepas Banjir"),
    ],
)
def test_a_malay_related_list_goes(label: str, headlines: str) -> None:
    article = clean(raw(f"{ID_LEAD}\n\n{label}\n{headlines}\n\n{ID_NEXT}"))
    assert article.text == f"{ID_LEAD}\n\n{ID_NEXT}"


def test_the_questions_of_an_interview_stay() -> None:
    qa = (
        "Apa yang paling dibutuhkan pengungsi saat ini?\n"
        "Air bersih dan selimut, karena malam di lereng sangat dingin.\n\n"
        "Berapa lama mereka akan tinggal di posko?\n"
        "Setidaknya dua pekan, sampai status gunung diturunkan."
    )
    article = clean(raw(f"{ID_LEAD}\n\n{qa}"))
    assert article.text.split("\n\n") == [ID_LEAD, *qa.replace("\n\n", "\n").split("\n")]


@pytest.mark.parametrize(
    ("prose", "dateline"),
    [
        (
            "Kepala desa mengatakan sebagian warga sudah kembali ke rumah masing-masing "
            "pada Rabu sore setelah air mulai surut.",
            "Kabar Lembah Hijau – ",
        ),
        (
            "The county said on Monday that crews had cleared most roads. Schools will "
            "reopen on Thursday.",
            "Lakeside Review — ",
        ),
    ],
)
def test_prose_above_a_later_dateline_is_never_taken_for_layout_residue(
    prose: str, dateline: str
) -> None:
    article = clean(raw(f"{prose}\n\n{dateline}{ID_LEAD}\n\n{ID_NEXT}"))
    assert article.text.startswith(prose)
    assert "preamble" not in {item["kind"] for item in article.meta["removed"]}
