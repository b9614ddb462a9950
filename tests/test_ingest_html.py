"""HTML pages: article text, title, date and site name through trafilatura and htmldate."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kroscek.clean import clean
from kroscek.data import RawArticle, Rejected
from kroscek.ingest import read

PARAGRAPHS = [
    "Pemerintah Kota Surabaya membuka 12 posko pengungsian setelah hujan deras semalaman "
    "membuat sungai di kawasan utara kota meluap pada Selasa dini hari.",
    "“Kami minta warga yang tinggal di bantaran sungai segera pindah ke posko terdekat,” "
    "kata Kepala Badan Penanggulangan Bencana Daerah kota itu.",
    "Hingga siang, petugas mencatat sedikitnya 1.350 warga dari empat kelurahan telah mengungsi, "
    "sementara ketinggian air di beberapa titik mencapai satu meter.",
]


def page(
    title: str = "Ribuan Warga Mengungsi, Surabaya Buka 12 Posko - Warta Timur",
    paragraphs: list[str] | None = None,
    date_meta: str
    | None = '<meta property="article:published_time" content="2024-01-09T10:15:00+07:00">',
    charset: str = "utf-8",
) -> str:
    body = "".join(f"<p>{p}</p>" for p in (PARAGRAPHS if paragraphs is None else paragraphs))
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="{charset}"><title>{title}</title>
<meta property="og:site_name" content="Warta Timur">
<link rel="canonical" href="https://www.wartatimur.id/kota/posko-banjir">
{date_meta or ""}</head>
<body><header><nav><a href="/">Beranda</a> | <a href="/kota">Kota</a>
 | <a href="/olahraga">Olahraga</a></nav></header>
<main><article><h1>Ribuan Warga Mengungsi, Surabaya Buka 12 Posko</h1>{body}</article>
<aside><h3>Terpopuler</h3><ul><li><a href="/x">Harga Emas Turun Lagi</a></li></ul></aside></main>
<footer>© 2024 Warta Timur. Hak cipta dilindungi.</footer></body></html>"""


def test_article_text_title_date_and_site_are_extracted(tmp_path: Path) -> None:
    path = tmp_path / "posko.html"
    path.write_text(page(), encoding="utf-8")
    (item,) = list(read([path]))
    assert isinstance(item, RawArticle), item
    assert (
        "1.350 warga" in item.text and "Beranda" not in item.text and "Hak cipta" not in item.text
    )
    assert item.url == "https://www.wartatimur.id/kota/posko-banjir"
    assert item.published is not None
    assert item.published.isoformat() == "2024-01-09T10:15:00+07:00"
    assert item.meta["sitename"] == "Warta Timur"
    article = clean(item)
    assert article.source == "Warta Timur"  # readable name matching the host wartatimur.id
    assert article.title == "Ribuan Warga Mengungsi, Surabaya Buka 12 Posko"
    assert article.text.startswith("Pemerintah Kota Surabaya")  # repeated <h1> dropped


def test_date_falls_back_to_htmldate(tmp_path: Path) -> None:
    html = page(date_meta=None).replace(
        "<article>", '<article><time datetime="2024-01-08">8 Januari 2024</time>'
    )
    path = tmp_path / "tanpa-meta.htm"
    path.write_text(html, encoding="utf-8")
    (item,) = list(read([path]))
    assert isinstance(item, RawArticle)
    assert item.published is not None and item.published.date().isoformat() == "2024-01-08"


def test_cp1252_page_decodes_right(tmp_path: Path) -> None:
    paragraphs = [p.replace("Kepala", "Kepala BPBD, Andrés Piñera, selaku") for p in PARAGRAPHS]
    path = tmp_path / "lama.html"
    path.write_bytes(page(paragraphs=paragraphs, charset="windows-1252").encode("cp1252"))
    (item,) = list(read([path]))
    assert isinstance(item, RawArticle)
    assert "Andrés Piñera" in item.text and "“Kami minta" in item.text


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><title>404</title></head><body><h1>Halaman tidak ditemukan</h1></body></html>",
        "<html><body><nav><a href='/'>Beranda</a><a href='/a'>Arsip</a></nav></body></html>",
        page(paragraphs=[]),
    ],
)
def test_page_without_article_is_rejected(tmp_path: Path, html: str) -> None:
    path = tmp_path / "kosong.html"
    path.write_text(html, encoding="utf-8")
    (item,) = list(read([path]))
    assert isinstance(item, Rejected)
    assert item.reason.startswith("no article text found")


def test_html_without_extension_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "halaman"
    path.write_text(page(), encoding="utf-8")
    (item,) = list(read([path]))
    assert isinstance(item, RawArticle) and item.fmt == "html"


def test_reading_text_files_does_not_import_trafilatura(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Judul\n\nIsi berita yang cukup panjang untuk dibaca.\n", encoding="utf-8")
    code = (
        "import sys\nfrom kroscek.ingest import read\nfrom kroscek.clean import clean\n"
        f"[clean(a) for a in read([{str(path)!r}])]\n"
        "print('trafilatura' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_portal_page_noise_inside_the_article_is_cleaned(tmp_path: Path) -> None:
    paragraphs = [
        "<strong>SURABAYA, WARTATIMUR.ID</strong> - " + PARAGRAPHS[0],
        'Baca juga: <a href="/x">Stok Beras Dipastikan Aman Hingga Lebaran</a>',
        PARAGRAPHS[1],
        PARAGRAPHS[2],
        "Ikuti berita terkini dari Warta Timur di Google News",
    ]
    path = tmp_path / "portal.html"
    path.write_text(page(paragraphs=paragraphs), encoding="utf-8")
    (item,) = list(read([path]))
    assert isinstance(item, RawArticle)
    article = clean(item)
    assert article.text == "\n\n".join(PARAGRAPHS)
    assert article.meta["dateline_place"] == "SURABAYA"
    kinds = {r["kind"] for r in article.meta["removed"]}
    assert {"title_repeat", "read_also", "promo", "dateline"} <= kinds


def test_a_parser_crash_costs_one_file_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import trafilatura

    real = trafilatura.bare_extraction

    def fragile(html: str, **kwargs: object) -> object:
        if "MELEDAK" in html:
            raise ValueError("Document is empty")
        return real(html, **kwargs)

    monkeypatch.setattr(trafilatura, "bare_extraction", fragile)
    (tmp_path / "a.html").write_text(page(), encoding="utf-8")
    (tmp_path / "b.html").write_text(page().replace("Beranda", "MELEDAK"), encoding="utf-8")
    (tmp_path / "c.html").write_text(page(), encoding="utf-8")
    out = list(read([tmp_path]))
    assert [type(i).__name__ for i in out] == ["RawArticle", "Rejected", "RawArticle"]
    assert out[1].reason == "cannot read this file (ValueError: Document is empty)"


HEADING = "Ribuan Warga Mengungsi, Surabaya Buka 12 Posko"  # the page's <h1>, left to cleaning

# Paragraph breaks: each block of the page is a paragraph of its own for cleaning.
FLOOD_ID = [
    "Banjir setinggi satu meter merendam tiga desa di Kecamatan Lembah Hijau sejak Senin "
    "malam setelah hujan deras mengguyur selama enam jam.",
    "Harga cabai rawit naik dua kali lipat jelang lebaran",
    "Petugas gabungan mengevakuasi 240 warga ke balai desa dan sekolah dasar terdekat "
    "dengan perahu karet.",
    "Kepala desa meminta bantuan selimut dan obat-obatan untuk para pengungsi yang "
    "kebanyakan anak-anak.",
]
FERRY_EN = [
    "A ferry carrying 180 passengers ran aground off the northern coast of Pulau Karang "
    "early on Sunday after its engine failed in rough seas.",
    "Fuel prices set to rise again next month",
    "Coast guard boats took all passengers to the port of Teluk Sari by noon, and two "
    "people were treated for minor injuries.",
    "The operator said an inquiry into the engine failure would begin on Monday.",
]


@pytest.mark.parametrize("paragraphs", [FLOOD_ID, FERRY_EN], ids=["id", "en"])
def test_html_body_keeps_a_blank_line_between_paragraphs(
    tmp_path: Path, paragraphs: list[str]
) -> None:
    path = tmp_path / "halaman.html"
    path.write_text(page(paragraphs=paragraphs), encoding="utf-8")
    (item,) = list(read([path]))
    assert isinstance(item, RawArticle), item
    assert item.text.split("\n\n") == [HEADING, *paragraphs]


@pytest.mark.parametrize(
    ("paragraphs", "other_headline"),
    [(FLOOD_ID, FLOOD_ID[1]), (FERRY_EN, FERRY_EN[1])],
    ids=["id", "en"],
)
def test_another_storys_headline_between_html_paragraphs_is_removed_not_glued(
    tmp_path: Path, paragraphs: list[str], other_headline: str
) -> None:
    path = tmp_path / "halaman.html"
    path.write_text(page(paragraphs=paragraphs), encoding="utf-8")
    (item,) = list(read([path]))
    assert isinstance(item, RawArticle), item
    article = clean(item)
    assert other_headline not in article.text
    kept = [p for p in paragraphs if p != other_headline]
    assert article.text.split("\n\n") == kept


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        (
            "<p>Relawan membagikan paket sembako kepada 300 keluarga di Desa Sukamaju pada "
            "Minggu pagi.</p><ul><li>40 dus mi instan</li><li>12 karung beras</li></ul>"
            "<p>Bantuan berikutnya dijadwalkan tiba pekan depan bersama tim kesehatan.</p>",
            [
                "Relawan membagikan paket sembako kepada 300 keluarga di Desa Sukamaju pada "
                "Minggu pagi.",
                "- 40 dus mi instan\n- 12 karung beras",
                "Bantuan berikutnya dijadwalkan tiba pekan depan bersama tim kesehatan.",
            ],
        ),
        (
            "<p>The council approved a new bus route linking the harbour and the old town "
            "on Thursday evening.</p><h2>What changes for riders</h2>"
            "<p>Buses will run every 15 minutes from 6am,<br>and tickets stay at the "
            "current fare.</p>",
            [
                "The council approved a new bus route linking the harbour and the old town "
                "on Thursday evening.",
                "What changes for riders",
                "Buses will run every 15 minutes from 6am,\nand tickets stay at the current fare.",
            ],
        ),
    ],
    ids=["id-list", "en-heading-and-break"],
)
def test_html_lists_headings_and_line_breaks_keep_every_word(
    tmp_path: Path, blocks: str, expected: list[str]
) -> None:
    html = page(paragraphs=[]).replace("</h1>", f"</h1>{blocks}")
    path = tmp_path / "blok.html"
    path.write_text(html, encoding="utf-8")
    (item,) = list(read([path]))
    assert isinstance(item, RawArticle), item
    assert item.text.split("\n\n") == [HEADING, *expected]


@pytest.mark.parametrize(
    ("author_meta", "names"),
    [
        ("Penulis Rina Wulandari; Editor Dodi Saputra", "Rina Wulandari; Dodi Saputra"),
        ("Reporter: Agus Prasetyo | Editor: Maya Lestari", "Agus Prasetyo; Maya Lestari"),
        ("Oleh: Siti Aminah", "Siti Aminah"),
        ("By Helen Carter; Edited by Tom Bright", "Helen Carter; Tom Bright"),
        ("Byron Walsh", "Byron Walsh"),  # a name opening with a label's letters
        ("Penulis Rina Wulandari; Editor", "Rina Wulandari"),  # a label with nobody after it
    ],
)
def test_author_meta_holds_the_names_without_their_labels(
    tmp_path: Path, author_meta: str, names: str
) -> None:
    html = page().replace("</head>", f'<meta name="author" content="{author_meta}"></head>')
    path = tmp_path / "penulis.html"
    path.write_text(html, encoding="utf-8")
    (item,) = list(read([path]))
    assert isinstance(item, RawArticle), item
    assert item.meta["author"] == names


def test_author_meta_that_is_only_a_label_is_left_out(tmp_path: Path) -> None:
    html = page().replace("</head>", '<meta name="author" content="Editor:"></head>')
    path = tmp_path / "label.html"
    path.write_text(html, encoding="utf-8")
    (item,) = list(read([path]))
    assert isinstance(item, RawArticle), item
    assert "author" not in item.meta
