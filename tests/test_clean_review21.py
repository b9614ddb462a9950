"""Review 21 of cleaning: the page kinds of the fourteenth blind batch, on other text.

Each test holds lines written for it (Indonesian, Sundanese, Javanese and English; outlets,
agencies and people are invented): regional portals' labels around an Indonesian body, a
release wire's dateline, issuer line and "About" box, an author box, a wire desk's
sign-off and credit lines, text decoded wrongly twice, a live match report's minutes, an
HTML page's numbered steps, page stamps whose date is a small part of the line, and an
outlet written in capitals before its domain ending.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kroscek.clean import clean
from kroscek.clean.dateline import parse_dateline
from kroscek.clean.mojibake import repair
from kroscek.clean.outlet import best_spelling
from kroscek.data import RawArticle
from kroscek.ingest import read
from test_clean_gold import cleaned
from test_clean_review18 import EN_LEAD, EN_NEXT, ID_LEAD, ID_NEXT, raw

EN_TITLE = "Valley town counts the cost of overnight flooding"


def removed(article_text: str, title: str = "Banjir Rendam Ratusan Rumah") -> dict[str, str]:
    return {item["text"]: item["kind"] for item in clean(raw(article_text, title)).meta["removed"]}


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Baca oge: Pasar Minggon di Alun-alun Rame Deui", "read_also"),
        ("Baca deui: Jalan Desa Dilereskeun Sabada Caah", "read_also"),
        ("Waca uga: Rega Lombok Mundhak ing Pasar Kabupaten", "read_also"),
        ("Tuturkeun Kabar Galuh dina Google News, klik di dieu.", "promo"),
        ("Pirsani warta liyane saka Suara Kulon ing Google News.", "promo"),
        ("Sumangga gabung saluran WhatsApp Suara Kulon.", "promo"),
        ("Hatur nuhun parantos maos warta ti Kabar Galuh.", "advert"),
        ("Matur nuwun sampun maos warta saking Suara Kulon.", "advert"),
    ],
)
def test_regional_language_portal_lines_around_an_indonesian_body_are_removed(
    line: str, kind: str
) -> None:
    article = clean(raw(f"{ID_LEAD}\n\n{line}\n\n{ID_NEXT}"))
    assert article.text == f"{ID_LEAD}\n\n{ID_NEXT}"
    assert {"kind": kind, "text": line} in article.meta["removed"]


@pytest.mark.parametrize(
    ("label", "items"),
    [
        ("Warta Liyane", ["Jathilan Cilik Ramekaken Pendhapa", "Rega Bawang Mundhak Malih"]),
        ("Warta Sanesna", ["Juara Silat Asalna ti Lembur Urang", "Pasar Kaget Dibuka Deui"]),
        (
            "Read more on the same topic:",
            ["Farmers brace for a second storm this week", "Ferry routes cut as seas turn rough"],
        ),
    ],
)
def test_a_list_of_other_stories_under_its_heading_is_removed(label: str, items: list[str]) -> None:
    listed = "\n".join(items)
    article = clean(raw(f"{EN_LEAD}\n\n{EN_NEXT}\n\n{label}\n{listed}", EN_TITLE))
    assert article.text == f"{EN_LEAD}\n\n{EN_NEXT}"


@pytest.mark.parametrize(
    ("paragraph", "place", "rest"),
    [
        (
            "JAKARTA, Indonesia, March 3, 2026 /Rilis Wire/ -- Acme Tani today opened a mill.",
            "JAKARTA, Indonesia",
            "Acme Tani today opened a mill.",
        ),
        (
            "MEDAN, 12 Februari 2026 /Kanal Rilis/ -- PT Sawit Maju meresmikan pabrik baru.",
            "MEDAN",
            "PT Sawit Maju meresmikan pabrik baru.",
        ),
    ],
)
def test_a_release_wire_dateline_gives_the_place_and_no_outlet(
    paragraph: str, place: str, rest: str
) -> None:
    found = parse_dateline(paragraph)
    assert found is not None
    dateline, remainder = found
    assert (dateline.place, dateline.outlet, remainder) == (place, None, rest)


RELEASE = """FOR IMMEDIATE RELEASE

SINGAPORE, Nov. 3, 2026 /Rilis Wire/ -- Lumen Bay Foods today opened a cold-storage hub \
in Batam, the company said.

The hub holds 12,000 pallets and will serve exporters of frozen fish and fruit.

About Lumen Bay Foods
Lumen Bay Foods runs cold chains in four countries. Visit www.lumenbay.example.

Media Contact:
Ana Reyes
Head of Communications
+65 5550 1234
press@lumenbay.example

SOURCE Lumen Bay Foods"""


def test_a_release_wire_page_names_its_issuer_and_drops_its_boilerplate() -> None:
    article = clean(raw(RELEASE, "Lumen Bay Foods Opens Cold-Storage Hub in Batam"))
    assert article.source == "Lumen Bay Foods"
    assert article.meta["dateline_place"] == "SINGAPORE"
    assert article.meta["dateline_date"] == "2026-11-03"
    assert article.text == (
        "Lumen Bay Foods today opened a cold-storage hub in Batam, the company said.\n\n"
        "The hub holds 12,000 pallets and will serve exporters of frozen fish and fruit."
    )


@pytest.mark.parametrize("heading", ["About The Valley Fund", "Tentang Pelaku"])
def test_an_about_heading_inside_a_news_story_stays(heading: str) -> None:
    # no release label opens the page: the story's own crosshead (a Title-Case line alone
    # may still go as another story's headline), never a box taking the text under it
    closing = "The fund will publish its first grants in June, officials said."
    body = f"{EN_LEAD}\n\n{EN_NEXT}\n\n{heading}\n{closing}"
    article = clean(raw(body, EN_TITLE))
    assert closing in article.text
    assert removed(body, EN_TITLE).get(heading) not in ("contact", "byline")


@pytest.mark.parametrize(
    ("label", "bio"),
    [
        ("Tentang Penulis", "Rina Marlina adalah jurnalis yang meliput isu pangan sejak 2018."),
        ("About the author", "Dana Wells covers farming and water for the paper."),
    ],
)
def test_an_author_box_closing_the_page_is_removed(label: str, bio: str) -> None:
    article = clean(raw(f"{ID_LEAD}\n\n{ID_NEXT}\n\n{label}\n{bio}"))
    assert article.text == f"{ID_LEAD}\n\n{ID_NEXT}"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("ach/sst", "editor_initials"),
        ("burs-lb/jm/dv", "editor_initials"),
        ("Valley Wire writer Omar Haddad in Cairo contributed.", "byline"),
        ("Valley Wire reporters Ana Lim and Joe Park in Manila contributed.", "byline"),
        (
            "Reporting by Lina Ortiz in Lima and Tomas Reyes in Cusco; Writing by Ana Costa; "
            "Editing by Paul Grant",
            "byline",
        ),
        ("Follow Valley Wire's election coverage at https://valleywire.example/elections", "promo"),
    ],
)
def test_a_wire_story_footer_is_removed(line: str, kind: str) -> None:
    article = clean(raw(f"{EN_LEAD}\n\n{EN_NEXT}\n\n{line}", EN_TITLE))
    assert article.text == f"{EN_LEAD}\n\n{EN_NEXT}"
    assert {"kind": kind, "text": line} in article.meta["removed"]


@pytest.mark.parametrize(
    "line",
    [
        "Rising costs and a late harvest contributed.",
        "Two county reporters and a photographer contributed.",
    ],
)
def test_prose_ending_in_contributed_stays(line: str) -> None:
    article = clean(raw(f"{EN_LEAD}\n\n{line}\n\n{EN_NEXT}", EN_TITLE))
    assert line in article.text


def _twice_wrong(text: str) -> str:
    def once(s: str) -> str:
        return "".join(
            bytes([b]).decode("cp1252") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b)
            for b in s.encode("utf-8")
        )

    return once(once(text))


@pytest.mark.parametrize(
    "text",
    [
        "“Kami rugi besar,” kata petani itu — harga turun separuh.",
        "The mayor’s office said the road “will reopen soon”.",
        "Café milik Pak Darmo buka lagi – dengan menu baru.",
    ],
)
def test_text_decoded_wrongly_twice_is_repaired(text: str) -> None:
    assert repair(_twice_wrong(text))[0] == text


@pytest.mark.parametrize("text", ["Café “Sederhana” di São Paulo", "Zürich – Genève"])
def test_correct_text_is_untouched_by_the_repair(text: str) -> None:
    assert repair(text) == (text, 0)


@pytest.mark.parametrize(
    "entry",
    [
        "45+2' Kartu kuning untuk bek tamu setelah menjatuhkan lawan",
        "90' Tambahan waktu empat menit",
        "12’ Peluang pertama tuan rumah belum berbuah gol",
    ],
)
def test_a_live_match_report_minute_entry_is_the_story(entry: str) -> None:
    lead = "Laga berjalan ketat sejak awal. Berikut jalannya pertandingan."
    body = f"{lead}\n\n{entry}\n\n1' Pertandingan dimulai."
    assert entry in clean(raw(body)).text


@pytest.mark.parametrize(
    "lineup",
    [
        "Garuda Muda: Rafi; Bayu, Dimas, Eko, Fajar; Gilang, Hadi; Iwan, Joko",
        "Rajawali: Kiki, Lutfi, Made, Nanda, Oki, Putu, Rahmat",
    ],
)
def test_a_line_up_under_its_label_stays(lineup: str) -> None:
    lead = "Kedua tim turun dengan kekuatan penuh pada laga malam ini."
    article = clean(raw(f"{lead}\n\nSusunan pemain:\n{lineup}\n\n{ID_NEXT}"))
    assert lineup in article.text


def test_an_html_ordered_list_keeps_its_numbers(tmp_path: Path) -> None:
    steps = ["Isi formulir pendaftaran di kantor desa.", "Serahkan fotokopi kartu keluarga."]
    items = "".join(f"<li>{s}</li>" for s in steps)
    page = tmp_path / "langkah.html"
    page.write_text(
        "<html><head><title>Cara Daftar Bantuan Benih</title></head><body><article>"
        "<h1>Cara Daftar Bantuan Benih</h1>"
        "<p>Petani yang ingin mendapat bantuan benih padi musim ini harus mendaftar lebih "
        "dulu melalui kelompok tani di desanya, kata petugas dinas pertanian.</p>"
        f"<ol>{items}</ol><ul><li>Syaratnya mudah.</li></ul>"
        "<p>Pendaftaran dibuka sampai akhir bulan depan di seluruh kecamatan.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    (item,) = list(read([page]))
    assert isinstance(item, RawArticle)
    assert f"1. {steps[0]}" in item.text
    assert f"2. {steps[1]}" in item.text
    assert "- Syaratnya mudah." in item.text


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("Published on: 03/02/2026 - 06:12", "2026-02-03"),
        ("Published Feb. 3, 2026 at 7:05 a.m. | Updated 2 hours ago", "2026-02-03"),
        ("Dikemaskini pada 3 Februari 2026, 10:15 pagi", "2026-02-03"),
        ("Diterbitkan Selasa, 3 Februari 2026 pukul 08.15 WIB", "2026-02-03"),
    ],
)
def test_a_page_stamp_gives_the_day_when_the_rest_is_its_label_and_clock(
    stamp: str, day: str
) -> None:
    lead, after, title = (
        (EN_LEAD, EN_NEXT, EN_TITLE) if stamp.startswith("Pub") else (ID_LEAD, ID_NEXT, "Banjir")
    )
    article = clean(raw(f"{stamp}\n\n{lead}\n\n{after}", title))
    assert article.meta["dateline_date"] == day
    assert article.text == f"{lead}\n\n{after}"


@pytest.mark.parametrize(
    ("name", "spellings", "best"),
    [
        ("KABARSENJA.com", ["KabarSenja.com"], "KabarSenja.com"),
        ("SUARAPANTAI.co.id", ["SuaraPantai.co.id"], "SuaraPantai.co.id"),
        ("KabarSenja.com", ["KABARSENJA.com"], "KabarSenja.com"),
    ],
)
def test_an_outlet_in_capitals_before_its_domain_ending_takes_the_mixed_case_name(
    name: str, spellings: list[str], best: str
) -> None:
    assert best_spelling(name, spellings) == best


GOLD_DAYS = {
    name: meta["published_day"]
    for name, meta in json.loads(
        (Path(__file__).parent / "gold" / "cleaning" / "expected_meta.json").read_text("utf-8")
    ).items()
    if isinstance(meta, dict) and "published_day" in meta
}


@pytest.mark.parametrize("name", sorted(GOLD_DAYS))
def test_a_gold_page_gets_its_day_from_its_date_or_its_text(name: str) -> None:
    # the batch's expected day, written before running kroscek: the reader's published date,
    # else the dateline's or the page stamp's day, else none
    article = cleaned(name)
    day = article.published.date().isoformat() if article.published else None
    assert (day or article.meta.get("dateline_date")) == GOLD_DAYS[name]
