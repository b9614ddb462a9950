"""Who published it: outlet names from mastheads, page meta and exports (outlet review).

A blind review found mastheads without an outlet word ("<Name> <Name>" under the headline)
ignored, an HTML page named by its dateline's place over its own og:site_name, pasted
text never taking the line under its headline, and a ``<title>``'s " | Outlet" lost.
Every outlet, person and place below is invented for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kroscek
from kroscek.clean import clean
from kroscek.data import RawArticle
from kroscek.ingest import read
from kroscek.ingest.html import extract_html

ID_TITLE = "Warga Desak Perbaikan Jembatan Penghubung Dua Kecamatan"
ID_LEAD = (
    "Puluhan warga mendatangi kantor bupati pada Senin untuk menuntut perbaikan jembatan "
    "yang ambles sejak banjir bulan lalu.\n\n"
    '"Anak-anak kami harus memutar sejauh sepuluh kilometer," kata seorang warga.'
)
EN_TITLE = "Residents demand repairs to a bridge linking two districts"
EN_LEAD = (
    "Dozens of residents gathered outside the district office on Monday to demand repairs "
    "to a bridge that sank during last month's floods.\n\n"
    '"Our children now travel ten kilometres around it," one resident said.'
)


def cleaned(body: str, title: str = ID_TITLE, **meta: str) -> kroscek.Article:
    return clean(RawArticle(origin="uji/naskah.txt", title=title, text=body, meta=dict(meta)))


@pytest.mark.parametrize("masthead", ["Pelita Selatan", "Corong Rakyat", "Bahana Nusantara"])
@pytest.mark.parametrize(
    "layout",
    [
        "{m}\n\n{lead}",  # standing alone between blank lines
        "{m}\n{lead}",  # the lead sentence right under it
        "{m}\n\nSelasa, 14 Januari 2025 09:30 WIB\n\n{lead}",  # over the page's date
        "{m}\n\nReporter: Dimas Prasetyo\n\n{lead}",  # over a staff line
    ],
)
def test_bare_masthead_under_the_headline_names_the_outlet_and_leaves_the_text(
    masthead: str, layout: str
) -> None:
    article = cleaned(layout.format(m=masthead, lead=ID_LEAD))
    assert article.source == masthead
    assert article.meta["source_from"] == "masthead"
    assert article.text.startswith("Puluhan warga")
    assert masthead not in article.text


@pytest.mark.parametrize(
    ("line", "title", "lead"),
    [
        # a reporter's name: the entity model and the name list know it
        ("Dimas Prasetyo", ID_TITLE, ID_LEAD),
        ("Wulan Anggraini", ID_TITLE, ID_LEAD),
        ("Emily Carter", EN_TITLE, EN_LEAD),
        # a place alone, or with its head
        ("Banyuwangi", ID_TITLE, ID_LEAD),
        ("Tanah Datar", ID_TITLE, ID_LEAD),
        ("Desa Suka Makmur", ID_TITLE, ID_LEAD),
        ("New South Wales", EN_TITLE, EN_LEAD),
        # a section or rubric label
        ("Nasional", ID_TITLE, ID_LEAD),
        ("Hukum dan Kriminal", ID_TITLE, ID_LEAD),
        ("Gaya Hidup", ID_TITLE, ID_LEAD),
        ("Liga Spanyol", ID_TITLE, ID_LEAD),
        ("Surat Pembaca", ID_TITLE, ID_LEAD),
        ("World News", EN_TITLE, EN_LEAD),
        ("Business", EN_TITLE, EN_LEAD),
        # a date
        ("Kamis, 12 Juni 2025", ID_TITLE, ID_LEAD),
        ("Kamis Pagi", ID_TITLE, ID_LEAD),
        # a deck or a kicker
        ("Harga Beras Naik Lagi", ID_TITLE, ID_LEAD),
        ("Warga Tak Mau Pindah", ID_TITLE, ID_LEAD),
        ("Polemik Tambang Pasir", ID_TITLE, ID_LEAD),
        ("Jembatan Ambles", ID_TITLE, ID_LEAD),  # echoes the headline's "Jembatan"
        ("Pemerintah daerah menjanjikan jembatan darurat pekan depan", ID_TITLE, ID_LEAD),
        # an English deck: English papers' names carry an outlet word
        ("Repairs Overdue Since Spring", EN_TITLE, EN_LEAD),
        ("Clearwater Evening", EN_TITLE, EN_LEAD),
    ],
)
def test_line_under_the_headline_that_is_no_masthead_names_no_outlet(
    line: str, title: str, lead: str
) -> None:
    article = cleaned(f"{line}\n\n{lead}", title=title)
    assert article.meta["source_from"] == "file"
    assert article.source == "naskah"


@pytest.mark.parametrize(
    ("masthead", "lead"),
    [
        ("Inland Water Bulletin", EN_LEAD),
        ("Harbour Cargo Record", EN_LEAD),
        ("Kabar Lereng Online", ID_LEAD),
    ],
)
def test_masthead_with_an_outlet_word_names_the_outlet_in_either_language(
    masthead: str, lead: str
) -> None:
    article = cleaned(f"{masthead}\n{lead}", title=EN_TITLE if lead == EN_LEAD else ID_TITLE)
    assert article.source == masthead
    assert article.meta["source_from"] == "masthead"


@pytest.mark.parametrize(
    ("masthead", "footer"),
    [
        # the entity model reads this one as a person; the page's own domain says otherwise
        ("Dewi Sartika", "Baca berita lainnya di dewisartika.id"),
        ("Dewi Sartika", "Kunjungi www.dewisartika.com"),
        # an English line with no outlet word, credited by its domain
        ("Clearwater Evening", "More at clearwaterevening.com"),
    ],
)
def test_masthead_the_page_names_as_its_own_domain_is_taken_whatever_it_reads_as(
    masthead: str, footer: str
) -> None:
    lead = EN_LEAD if footer.startswith("More") else ID_LEAD
    article = cleaned(f"{masthead}\n\n{lead}\n\n{footer}")
    assert article.source == masthead
    assert article.meta["source_from"] == "masthead"


@pytest.mark.parametrize(
    ("footer", "taken"),
    [
        ("Baca berita lainnya di beritadewisartika.id", False),  # another name's domain
        ("Baca berita lainnya di dewisartika.id", True),
    ],
)
def test_only_the_mastheads_own_domain_corroborates_it(footer: str, taken: bool) -> None:
    article = cleaned(f"Dewi Sartika\n\n{ID_LEAD}\n\n{footer}")
    assert (article.meta["source_from"] == "masthead") is taken


def test_masthead_line_yields_to_the_site_name_the_page_gives() -> None:
    article = cleaned(f"Pelita Selatan\n\n{ID_LEAD}", sitename="Suara Muara")
    assert article.source == "Suara Muara"
    assert article.meta["source_from"] == "sitename"
    assert "Pelita Selatan" not in article.text


@pytest.mark.parametrize(
    ("dateline", "place"),
    [
        ("Tanah Datar – ", "Tanah Datar"),  # a regency kroscek knows
        ("Sungai Rotan Hilir – ", "Sungai Rotan Hilir"),  # a place it does not know
    ],
)
def test_site_name_wins_over_a_dateline_place_read_as_an_outlet(dateline: str, place: str) -> None:
    article = cleaned(dateline + ID_LEAD, sitename="Suara Muara")
    assert article.source == "Suara Muara"
    assert article.meta["source_from"] == "sitename"
    assert article.meta["dateline_place"] == place
    assert article.text.startswith("Puluhan warga")


def test_dateline_naming_the_site_still_names_the_outlet() -> None:
    article = cleaned("Suara Muara – " + ID_LEAD, sitename="Suara Muara")
    assert article.source == "Suara Muara"
    assert article.meta["dateline_place"] is None


def _page(head: str, h1: str, lead: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in lead.split("\n\n"))
    return (
        f'<!doctype html><html lang="id"><head><meta charset="utf-8">{head}</head>'
        f"<body><article><h1>{h1}</h1>{paragraphs}<p>{lead.splitlines()[0]}</p>"
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("head", "source", "how"),
    [
        (f"<title>{ID_TITLE} | Suara Muara</title>", "Suara Muara", "title"),
        (f"<title>{ID_TITLE} - Suara Muara</title>", "Suara Muara", "title"),
        (
            f'<title>{ID_TITLE}</title><meta property="og:site_name" content="Suara Muara">',
            "Suara Muara",
            "sitename",
        ),
        (
            f"<title>{ID_TITLE}</title>"
            '<script type="application/ld+json">{"@context": "https://schema.org", '
            '"@type": "NewsArticle", '
            '"publisher": {"@type": "Organization", "name": "Suara Muara"}}</script>',
            "Suara Muara",
            "sitename",
        ),
    ],
)
def test_html_page_names_its_outlet_from_title_suffix_site_name_or_publisher(
    head: str, source: str, how: str
) -> None:
    raw = extract_html(_page(head, ID_TITLE, "Tanah Datar – " + ID_LEAD), "uji/laman.html")
    article = clean(raw)
    assert article.source == source
    assert article.meta["source_from"] == how
    assert article.title == ID_TITLE
    assert article.meta["dateline_place"] == "Tanah Datar"


def test_html_title_whose_head_is_another_headline_gives_no_suffix() -> None:
    page = _page("<title>Berita Terkini Hari Ini | Suara Muara</title>", ID_TITLE, ID_LEAD)
    raw = extract_html(page, "uji/laman.html")
    assert raw.title == ID_TITLE


def test_pasted_text_takes_the_masthead_under_its_headline() -> None:
    article = clean(kroscek.from_text(f"{ID_TITLE}\nBahana Nusantara\n{ID_LEAD}", origin="tempel"))
    assert article.source == "Bahana Nusantara"
    assert article.title == ID_TITLE
    assert article.text.startswith("Puluhan warga")


@pytest.mark.parametrize(
    ("record", "source", "url"),
    [
        # trafilatura's JSON export: the page's address in "source", the site in "source-hostname"
        (
            {"source": "https://www.suaramuara.id/daerah/1", "source-hostname": "Suara Muara"},
            "Suara Muara",
            "https://www.suaramuara.id/daerah/1",
        ),
        # a news API's publisher object, no address
        ({"publisher": {"name": "Suara Muara"}}, "Suara Muara", None),
        ({"site_name": "Suara Muara"}, "Suara Muara", None),
        # a plain source field stays the outlet
        ({"source": "Corong Rakyat", "sitename": "Suara Muara"}, "Corong Rakyat", None),
    ],
)
def test_jsonl_record_names_its_outlet_from_site_fields_and_never_from_a_url(
    tmp_path: Path, record: dict[str, object], source: str, url: str | None
) -> None:
    path = tmp_path / "ekspor.jsonl"
    line = {"title": ID_TITLE, "text": ID_LEAD, **record}
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    (raw,) = list(read([str(path)]))
    article = clean(raw)
    assert article.source == source
    assert article.url == url
