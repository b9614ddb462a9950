"""Blind review 19 of cleaning: page furniture the gold set barely had, on pages never seen.

Each test holds lines written for it (Indonesian and English; outlets and people are
invented): paywall teasers, emoji reaction polls, a newsroom's "Update:" / "Koreksi:" note
above the dateline (article text, kept), gallery counters alone on their line, a video
player's title and running time, app-store links, rules drawn with underscores, two stamps
joined by a bar, "By X, CNN"-style bylines, a state abbreviation before "(AP)", a masthead
over a date line, and tables of figures from HTML pages.
"""

from __future__ import annotations

import pytest

from kroscek.clean import clean
from kroscek.ingest.html import extract_html, plain_table_rows
from test_clean_review18 import EN_LEAD, EN_NEXT, ID_LEAD, ID_NEXT, raw


def removed_kinds(text: str, title: str = "Banjir Rendam Ratusan Rumah") -> dict[str, str]:
    return {item["text"]: item["kind"] for item in clean(raw(text, title)).meta["removed"]}


@pytest.mark.parametrize(
    ("lead", "teaser"),
    [
        (
            EN_LEAD,
            "This article is for subscribers only\n"
            "Subscribe to keep reading and get unlimited access to our reporting.\n"
            "Get 6 months for $2. Cancel anytime.\nAlready a subscriber? Sign in",
        ),
        (
            ID_LEAD,
            "Artikel ini khusus untuk pelanggan\nSudah berlangganan? Masuk di sini\n"
            "Berlangganan sekarang mulai Rp 1.000 per hari",
        ),
    ],
)
def test_a_paywall_teaser_goes_and_the_free_paragraphs_stay(lead: str, teaser: str) -> None:
    article = clean(raw(f"{lead}\n\n{teaser}"))
    assert article.text == lead
    assert len(article.meta["removed"]) == teaser.count("\n") + 1


@pytest.mark.parametrize(
    ("lead", "poll", "after"),
    [
        (
            ID_LEAD,
            "Bagaimana reaksi Anda tentang berita ini?\nSuka\n8\nSedih\n30\nMarah\n4\nKaget\n16",
            ID_NEXT,
        ),
        (ID_LEAD, "Apa reaksimu?\n😀 Senang 3\n😢 Sedih 41\n😡 Marah 9", ID_NEXT),
        (EN_LEAD, "What's your reaction?\nHappy\n2\nSad\n19\nAngry\n7", EN_NEXT),
    ],
)
def test_an_emoji_poll_between_paragraphs_goes_with_its_counts(
    lead: str, poll: str, after: str
) -> None:
    article = clean(raw(f"{lead}\n\n{poll}\n\n{after}"))
    assert article.text == f"{lead}\n\n{after}"
    assert {item["kind"] for item in article.meta["removed"]} == {"embed"}


@pytest.mark.parametrize(
    ("note", "dateline", "lead", "place"),
    [
        (
            "Update: Hingga Rabu malam, petugas telah mengevakuasi 140 warga ke balai desa.",
            "GARUT, Kabar Priangan Timur - ",
            ID_LEAD,
            "GARUT",
        ),
        (
            "Koreksi: Berita ini sebelumnya menyebut 14 rumah rusak; yang benar 41 rumah.",
            "Cianjur, Warta Lembah - ",
            ID_LEAD,
            "Cianjur",
        ),
        (
            "Correction: An earlier version of this story gave the wrong day of the flood.",
            "BROOKFIELD, Vt. (AP) — ",
            EN_LEAD,
            "BROOKFIELD, Vt.",
        ),
        (
            "Update, 9:15 p.m.: Officials said the evacuation order was lifted at 9 p.m.",
            "BROOKFIELD, Ore. (AP) — ",
            EN_LEAD,
            "BROOKFIELD, Ore.",
        ),
    ],
)
def test_a_newsroom_note_above_the_dateline_is_article_text(
    note: str, dateline: str, lead: str, place: str
) -> None:
    article = clean(raw(f"{note}\n\n{dateline}{lead}"))
    assert article.text == f"{note}\n\n{lead}"
    assert article.meta["dateline_place"] == place
    assert "preamble" not in {item["kind"] for item in article.meta["removed"]}


@pytest.mark.parametrize(
    "counter", ["3 dari 7 foto", "Foto 2 dari 4", "Photo 5 of 9", "2 of 6 photos", "Slide 1 of 3"]
)
def test_a_gallery_counter_alone_on_its_line_goes(counter: str) -> None:
    article = clean(raw(f"{ID_LEAD}\n\n{counter}\n{ID_NEXT}"))
    assert article.text == f"{ID_LEAD}\n\n{ID_NEXT}"
    assert removed_kinds(f"{ID_LEAD}\n\n{counter}\n{ID_NEXT}")[counter] == "caption"


@pytest.mark.parametrize(
    ("title_line", "credit"),
    [
        ("Aerial footage shows the flooded main street", "02:41 - Source: Valley Network"),
        ("Warga mengungsi menggunakan perahu karet", "1:05 - Sumber: Kanal Lembah TV"),
    ],
)
def test_a_video_players_title_and_running_time_go(title_line: str, credit: str) -> None:
    text = f"Video Ad Feedback\n{title_line}\n{credit}\n\n{EN_LEAD}\n\n{EN_NEXT}"
    article = clean(raw(text))
    assert article.text == f"{EN_LEAD}\n\n{EN_NEXT}"
    kinds = removed_kinds(text)
    assert kinds[title_line] == kinds[credit] == "embed"


def test_a_sentence_over_a_running_time_is_not_taken_for_the_players_title() -> None:
    text = f"{EN_LEAD}\n02:41 - Source: Valley Network\n\n{EN_NEXT}"
    assert clean(raw(text)).text == f"{EN_LEAD}\n\n{EN_NEXT}"


@pytest.mark.parametrize(
    "lines",
    [
        "Android: https://bit.ly/lembah-android\niOS: https://bit.ly/lembah-ios",
        "Google Play: https://play.example.com/lembah\nApp Store: https://apps.example.com/lembah",
    ],
)
def test_app_store_links_under_a_download_promo_go(lines: str) -> None:
    text = (
        f"{ID_LEAD}\n\n{ID_NEXT}\n\nUnduh aplikasi Kabar Lembah untuk berita lebih cepat:\n{lines}"
    )
    assert clean(raw(text)).text == f"{ID_LEAD}\n\n{ID_NEXT}"


@pytest.mark.parametrize("rule", ["___", "__________", "_ _ _"])
def test_a_rule_drawn_with_underscores_goes(rule: str) -> None:
    credit = "Associated Press writer Dana Wells in Brookfield contributed to this report."
    text = f"{EN_LEAD}\n\n{rule}\n\n{credit}"
    assert clean(raw(text)).text == EN_LEAD


@pytest.mark.parametrize(
    "stamp",
    [
        "Published November 22, 2026 at 8:15 a.m. | Updated November 22, 2026 at 3:40 p.m.",
        "Diterbitkan 22/11/2026 08:15 WIB | Diperbarui 22/11/2026 15:40 WIB",
    ],
)
def test_two_stamps_joined_by_a_bar_go(stamp: str) -> None:
    assert removed_kinds(f"{stamp}\n\n{EN_LEAD}\n\n{EN_NEXT}")[stamp] == "timestamp"


def test_prose_with_a_bar_and_a_clock_stays() -> None:
    line = "Skor akhir 2-1 | gol dicetak pada menit 12:30 dan 45:10 oleh pemain muda tuan rumah."
    assert clean(raw(f"{ID_LEAD}\n\n{line}")).text == f"{ID_LEAD}\n\n{line}"


@pytest.mark.parametrize(
    ("byline", "source"),
    [
        ("By Rachel Whitmore, CNN", "CNN"),
        ("By Tom Hadley, BBC", "BBC"),
        ("By Jane Roe, MPH", "uji/berita.txt"),
        ("Oleh Budi Santoso, SKM", "uji/berita.txt"),
        ("By Jane Roe, Political Correspondent", "uji/berita.txt"),
    ],
)
def test_a_broadcasters_acronym_after_a_bylines_comma_names_the_outlet_a_degree_does_not(
    byline: str, source: str
) -> None:
    article = clean(raw(f"{byline}\n\n{EN_LEAD}\n\n{EN_NEXT}"))
    expected = "berita" if source == "uji/berita.txt" else source
    assert article.source == expected
    assert article.text == f"{EN_LEAD}\n\n{EN_NEXT}"


@pytest.mark.parametrize(
    ("dateline", "place"),
    [
        ("PINE HOLLOW, Colo. (AP) — ", "PINE HOLLOW, Colo."),
        ("MILLTOWN, N.H. (AP) — ", "MILLTOWN, N.H."),
        ("AUSTIN, Texas (AP) — ", "AUSTIN, Texas"),
    ],
)
def test_a_state_before_the_agency_in_brackets_is_part_of_the_place(
    dateline: str, place: str
) -> None:
    article = clean(raw(f"{dateline}{EN_LEAD}\n\n{EN_NEXT}"))
    assert article.meta["dateline_place"] == place
    assert article.source == "AP"


@pytest.mark.parametrize(
    ("masthead", "date_line"),
    [
        ("Kabar Lembah Hijau", "Selasa, 24 Nov 2026 08:05 WIB"),
        ("Warta Sungai Kapuas", "Senin, 23 November 2026"),
        ("The Valley Sentinel", "Published Nov. 23, 2026, 5:30 a.m. ET"),
    ],
)
def test_a_masthead_over_a_date_line_names_the_outlet(masthead: str, date_line: str) -> None:
    article = clean(raw(f"{masthead}\n{date_line}\n\n{ID_LEAD}\n\n{ID_NEXT}"))
    assert article.source == masthead
    assert article.text == f"{ID_LEAD}\n\n{ID_NEXT}"


def test_a_deck_over_a_date_line_is_no_masthead() -> None:
    article = clean(raw(f"Kabar Baik\nSenin, 23 November 2026\n\n{ID_LEAD}\n\n{ID_NEXT}"))
    assert article.source == "berita"


@pytest.mark.parametrize(
    ("markdown", "rows"),
    [
        (
            "| Kabupaten | Rumah rusak |\n|---|---|\n| Garut | 612 |\n| Cianjur | 241 |",
            "Kabupaten | Rumah rusak\nGarut | 612\nCianjur | 241",
        ),
        (
            "| Candidate | Votes | Share |\n| :--- | ---: | :---: |\n| Ana Ruiz | 10,412 | 51% |",
            "Candidate | Votes | Share\nAna Ruiz | 10,412 | 51%",
        ),
    ],
)
def test_a_markdown_table_becomes_rows_of_cells(markdown: str, rows: str) -> None:
    assert plain_table_rows(f"Intro line.\n{markdown}\nClosing line.") == (
        f"Intro line.\n{rows}\nClosing line."
    )


def test_a_table_of_figures_in_an_html_page_is_kept_row_by_row() -> None:
    html = (
        "<html><head><title>Korban Banjir per Desa</title></head><body><article>"
        "<h1>Korban Banjir per Desa</h1>"
        f"<p>{ID_LEAD} Berikut data pengungsi yang dihimpun posko hingga Rabu siang:</p>"
        "<table><tr><th>Desa</th><th>Pengungsi</th></tr>"
        "<tr><td>Sukamaju</td><td>320</td></tr><tr><td>Cikaret Hilir</td><td>145</td></tr>"
        f"</table><p>{ID_NEXT}</p></article></body></html>"
    )
    article = clean(extract_html(html, "uji/banjir.html"))
    paragraphs = article.text.split("\n\n")
    assert paragraphs[1:4] == ["Desa | Pengungsi", "Sukamaju | 320", "Cikaret Hilir | 145"]
    assert paragraphs[-1] == ID_NEXT


@pytest.mark.parametrize(
    ("label", "items"),
    [
        ("Terpopuler", ["Harga Tiket Kapal Naik Jelang Libur", "Sekolah Darurat Dibangun"]),
        ("Most read", ["Council Approves New Harbour Fees", "Storm Season Forecast Longer"]),
    ],
)
def test_bare_ranks_in_a_list_of_other_stories_go(label: str, items: list[str]) -> None:
    listing = "\n".join(f"{k}\n{item}" for k, item in enumerate(items, 1))
    article = clean(raw(f"{ID_LEAD}\n\n{ID_NEXT}\n\n{label}\n{listing}"))
    assert article.text == f"{ID_LEAD}\n\n{ID_NEXT}"


@pytest.mark.parametrize(
    "caption",
    [
        "Petugas mengevakuasi warga dengan perahu karet, Selasa (17/11/2026).(KABARLEMBAH.ID/RINA)",
        "Warga membersihkan lumpur di halaman rumah.(WARTASUNGAI.COM/ADI SAPUTRA)",
    ],
)
def test_a_caption_glued_to_its_capitalised_domain_credit_goes(caption: str) -> None:
    text = f"{ID_LEAD}\nLihat Foto\n{caption}\n{ID_NEXT}"
    assert clean(raw(text)).text == f"{ID_LEAD}\n\n{ID_NEXT}"


def test_a_suggested_topics_list_goes() -> None:
    footer = "Suggested Topics:\nFloods\nWeather\n\nPurchase Licensing Rights, opens new tab"
    text = f"{EN_LEAD}\n\n{EN_NEXT}\n\n{footer}"
    assert clean(raw(text)).text == f"{EN_LEAD}\n\n{EN_NEXT}"


def test_an_interviewers_question_about_a_reaction_stays() -> None:
    question = "Apa reaksi Anda saat mendengar putusan hakim?"
    answer = "Saya lega, tetapi perjuangan warga belum selesai karena ganti rugi belum dibayar."
    text = f"{ID_LEAD}\n\n{question}\n\n{answer}"
    assert clean(raw(text)).text == text


@pytest.mark.parametrize("byline", ["Oleh Budi Santoso, UGM", "Oleh: Rina Kartika, ITB"])
def test_capitals_after_an_indonesian_bylines_comma_are_the_writers_campus(byline: str) -> None:
    assert clean(raw(f"{byline}\n\n{ID_LEAD}\n\n{ID_NEXT}")).source == "berita"


def test_a_menu_of_section_names_is_no_table() -> None:
    menu = "Beranda | Berita Daerah | Olahraga Lokal\nPedoman Media | Redaksi Kami | Kontak Iklan"
    article = clean(raw(f"{ID_LEAD}\n\n{menu}\n\n{ID_NEXT}"))
    assert article.text == f"{ID_LEAD}\n\n{ID_NEXT}"


@pytest.mark.parametrize(
    "question", ["Bagaimana reaksi Anda tentang berita ini?", "What's your reaction to this story?"]
)
def test_a_poll_question_about_the_page_goes_even_without_its_answers(question: str) -> None:
    article = clean(raw(f"{ID_LEAD}\n\n{question}\n\n{ID_NEXT}"))
    assert article.text == f"{ID_LEAD}\n\n{ID_NEXT}"


@pytest.mark.parametrize(
    "line",
    ["| a b" * 20000, "|" + "x" * 50000, "| | |", "|----| not a rule", "Skor | 2-1 | babak kedua"],
)
def test_a_line_that_is_no_table_row_is_left_as_it_is(line: str) -> None:
    text = f"Intro line.\n{line}\nClosing line."
    assert plain_table_rows(text) == text
