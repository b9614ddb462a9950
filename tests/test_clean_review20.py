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
    name, how = resolve(
        argument=None,
        given=None,
        url=None,
        dateline=dateline,
        sitename=None,
        byline=None,
        origin="berita/a.txt",
        masthead=masthead,
    )
    assert (name, how) == (expected, "dateline")


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
