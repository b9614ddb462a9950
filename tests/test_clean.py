"""Cleaning removes each kind of scraping noise and keeps (and rejoins) article text."""

from __future__ import annotations

import pytest

from kroscek.clean import clean
from kroscek.clean.dateline import parse_dateline
from kroscek.clean.outlet import resolve
from kroscek.data import RawArticle, content_id

BODY = (
    "Warga di tepi Sungai Citarum mulai mengungsi sejak Senin pagi karena air terus naik.\n\n"
    "Pemerintah kabupaten menyiapkan 14 tenda darurat di halaman kantor kecamatan."
)


def raw(text: str, title: str = "Banjir Rendam Tiga Desa di Karawang", **kw: object) -> RawArticle:
    return RawArticle(origin=kw.pop("origin", "berita/banjir.txt"), title=title, text=text, **kw)  # type: ignore[arg-type]


def kinds(article_meta: dict) -> list[str]:
    return [r["kind"] for r in article_meta["removed"]]


@pytest.mark.parametrize(
    ("noise", "kind"),
    [
        (
            "Petugas BPBD mengevakuasi warga dengan perahu karet\nSumber :\n  • dokumentasi BPBD",
            "caption",
        ),
        ("Petugas mengevakuasi warga lansia\n\nFoto:\n  • Antara/Rudi Hartono", "caption"),
        ("Posko pengungsian di Kecamatan Rengasdengklok\nPhoto : Istimewa", "caption"),
        ("Baca juga: Harga Cabai Melonjak Jelang Akhir Tahun", "read_also"),
        ("Lihat Juga: Kebakaran Hutan Meluas di Riau", "read_also"),
        ("Berita Lainnya: Harga Emas Turun Tipis", "read_also"),
        ("Baca Selanjutnya: Warga Mulai Kembali ke Rumah", "read_also"),
        ("Dapatkan berita terkini setiap hari, daftar akun di sini", "promo"),
        ("BACA JUGA:", "read_also"),
        ("Halaman Selanjutnya", "pagination"),
        ("Halaman berikutnya »", "pagination"),
        ("img_title", "img_title"),
        ("[Gambas:Video CNN]", "embed"),
        ("ADVERTISEMENT", "advert"),
        ("SCROLL TO CONTINUE WITH CONTENT", "advert"),
        ("Gubernur Tinjau Proyek Tol Baru di Pesisir Utara", "related_headline"),
        ("Lima Fakta Unik Festival Layang-Layang di Pantai Selatan", "related_headline"),
        ("(rdn/ags)", "editor_initials"),
        ("Penulis: Dewi Lestari", "byline"),
        ("Editor : Bambang Sutopo", "byline"),
        ("(Reporting by Jane Roe in Jakarta; Editing by John Doe)", "byline"),
        ("Laporan Wartawan Kabarkita.com, Yogi Prasetyo", "byline"),
        ("![foto banjir](https://contoh.id/banjir.jpg)", "markup"),
        ("## Kronologi kejadian", "subheading"),
        (
            "Artikel ini telah tayang di Kabarkita.com dengan judul Banjir Rendam Desa",
            "syndication",
        ),
        ("Ikuti berita terkini dari Kabarkita di Google News", "promo"),
        ("Sign up for our daily newsletter", "promo"),
        ("Kabarkita.com - 21/11/2023, 14:05 WIB", "timestamp"),
        ("Selasa, 9 Januari 2024 | 10:15 WIB", "timestamp"),
        ("Published 3 hours ago", "timestamp"),
        ("Dibaca 1.024 kali", "meta"),
        ("Tag: banjir, Karawang, BPBD", "meta"),
        ("5 min read", "meta"),
        ("Image caption, Warga menunggu di tenda darurat", "caption"),
        ("Image source, Dok. BPBD", "source_line"),
        ("Foto/Video: Kabarkita.id", "source_line"),
        ("* * *", "markup"),
        ('Simak Video "Detik-detik Banjir Bandang di Lereng Gunung"', "read_also"),
        ("Already have an account? Log in", "advert"),
        ("Keywords: floods, Karawang, rescue", "meta"),
        ("SIARAN PERS", "meta"),
        ("Relawan menata logistik di posko. (WARTAKITA.com/SITI AMINAH)", "caption"),
        ("FILE PHOTO: A bridge over the river. REUTERS/Jane Roe/File Photo", "caption"),
        ("Reporter Jane Roe contributed to this report.", "byline"),
        ("Banjir lagi di kampung kami pic.twitter.com/Ab12Cd34", "embed"),
        ("Copyright © 2024 Kabarkita. All rights reserved.", "copyright"),
        ("(c) Kabar Pesisir Timur 2026", "copyright"),
        ("(C) 2025 Harian Lembah Hijau. Seluruh hak dilindungi.", "copyright"),
        ("Baca halaman selanjutnya", "pagination"),
        ("Warga menunggu bantuan di tenda darurat. (AP Photo/John Roe)", "caption"),
        ("Relawan membagikan makanan kepada pengungsi [Foto: dok. relawan]", "caption"),
    ],
)
def test_noise_line_is_removed_and_recorded(noise: str, kind: str) -> None:
    parts = BODY.split("\n\n")
    text = f"{parts[0]}\n\n{noise}\n\n{parts[1]}"
    article = clean(raw(text))
    assert article.text == BODY
    assert kind in kinds(article.meta)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kepala desa mengatakan bantuan beras yang dijanjikan pemerintah\n\n"
            "Provinsi Jawa Barat belum juga tiba hingga Selasa sore.",
            "Kepala desa mengatakan bantuan beras yang dijanjikan pemerintah "
            "Provinsi Jawa Barat belum juga tiba hingga Selasa sore.",
        ),
        (
            "Tim SAR gabungan menemukan dua korban yang sempat hanyut\n"
            "di aliran sungai pada Rabu dini hari.",
            "Tim SAR gabungan menemukan dua korban yang sempat hanyut "
            "di aliran sungai pada Rabu dini hari.",
        ),
        (
            "The agency said the convoy carrying food and medicine for\n\n"
            "Northern Province residents was stopped at the border.",
            "The agency said the convoy carrying food and medicine for "
            "Northern Province residents was stopped at the border.",
        ),
    ],
)
def test_paragraph_broken_mid_sentence_is_rejoined(text: str, expected: str) -> None:
    assert clean(raw(text)).text == expected


@pytest.mark.parametrize(
    ("text", "outlet", "place", "first_words"),
    [
        ("SUARA Bekasi – Polisi menangkap dua pelaku.", "SUARA Bekasi", None, "Polisi"),
        (
            "Kabarkita.com. Surabaya - Polisi menangkap dua pelaku.",
            "Kabarkita.com",
            "Surabaya",
            "Polisi",
        ),
        (
            "MEDAN, BERITASATU.com - Polisi menangkap dua pelaku.",
            "BERITASATU.com",
            "MEDAN",
            "Polisi",
        ),
        ("Semarang (ANTARA) - Polisi menangkap dua pelaku.", "ANTARA", "Semarang", "Polisi"),
        ("NAIROBI (Reuters) - Police arrested two men.", "Reuters", "NAIROBI", "Police"),
        ("Manila, Philippines — Police arrested two men.", None, "Manila, Philippines", "Police"),
        (
            "KABARSUMUT.CO.ID - BELAWAN. Polisi menangkap dua pelaku.",
            "KABARSUMUT.CO.ID",
            "BELAWAN",
            "Polisi",
        ),
        ("PALU, SULTENG -- Polisi menangkap dua pelaku.", "SULTENG", "PALU", "Polisi"),
        ("Semarang, KBN – Polisi menangkap dua pelaku.", "KBN", "Semarang", "Polisi"),
        (
            "Kabarjogja.com, SLEMAN—Polisi menangkap dua pelaku.",
            "Kabarjogja.com",
            "SLEMAN",
            "Polisi",
        ),
        ("Harian Contoh – Polisi menangkap dua pelaku.", "Harian Contoh", None, "Polisi"),
        (
            "PADANG, Kabar Andalas – Polisi menangkap dua pelaku.",
            "Kabar Andalas",
            "PADANG",
            "Polisi",
        ),
        ("The Valley Times – Police arrested two men.", "The Valley Times", None, "Police"),
        ("Bandung, KBN Jabar -- Polisi menangkap dua pelaku.", "KBN Jabar", "Bandung", "Polisi"),
    ],
)
def test_dateline_is_removed_and_names_outlet_and_place(
    text: str, outlet: str | None, place: str | None, first_words: str
) -> None:
    article = clean(raw(text, origin="x.txt"))
    assert article.text.startswith(first_words)
    assert article.source == (outlet or "x")  # no outlet in the dateline: the file name
    assert article.meta["dateline_place"] == place
    assert "dateline" in kinds(article.meta)


@pytest.mark.parametrize(
    "text",
    [
        "Presiden Direktur - yang baru dilantik - menolak berkomentar.",
        "Angka itu - menurut data resmi - terus naik.",
        "Kota Bandung – yang dulu dijuluki Paris van Java – kini macet setiap hari.",
        "Menurut Benny, Bibit - panggilan akrabnya - tidak pernah absen rapat.",
        "Sidang itu digelar di gedung Nusantara IV, kompleks MPR/DPR.",
        "Namun - seperti biasa - rapat itu molor.",
        "Presiden—yang baru dilantik—menolak berkomentar.",
        "Periode 2019—2023 ditutup dengan defisit.",
    ],
)
def test_ordinary_dash_is_not_a_dateline(text: str) -> None:
    assert clean(raw(text)).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Komandan [Pasukan Khusus](#) tiba di lokasi.", "Komandan Pasukan Khusus tiba di lokasi."),
        (
            "Ia menyebut **tidak ada korban** dalam insiden itu.",
            "Ia menyebut tidak ada korban dalam insiden itu.",
        ),
        (
            "## Latar belakang konflik yang panjang terus memanas.",
            "Latar belakang konflik yang panjang terus memanas.",
        ),
        (
            "Harga naik &amp; stok menipis di pasar induk.",
            "Harga naik & stok menipis di pasar induk.",
        ),
        (
            "Laporan [lengkap](https://contoh.id/a?b=1) sudah terbit.",
            "Laporan lengkap sudah terbit.",
        ),
    ],
)
def test_markdown_residue_is_stripped(text: str, expected: str) -> None:
    assert clean(raw(text)).text == expected


@pytest.mark.parametrize(
    ("text", "expected", "initials"),
    [
        (
            "Proyek itu ditargetkan selesai tahun depan. (psp/wis)",
            "Proyek itu ditargetkan selesai tahun depan.",
            "(psp/wis)",
        ),
        (
            "Proyek itu ditargetkan selesai tahun depan.\n\n(ant)",
            "Proyek itu ditargetkan selesai tahun depan.",
            "(ant)",
        ),
        (
            "Proyek itu ditargetkan selesai tahun depan. (ugo/DAL)",
            "Proyek itu ditargetkan selesai tahun depan.",
            "(ugo/DAL)",
        ),
        (
            "Proyek itu ditargetkan selesai tahun depan.” (rdn/ant/dil)",
            "Proyek itu ditargetkan selesai tahun depan.”",
            "(rdn/ant/dil)",
        ),
        (
            "The port will reopen on Monday, officials said. (Reuters/ant)",
            "The port will reopen on Monday, officials said.",
            "(Reuters/ant)",
        ),
        (
            "Jembatan darurat dibuka untuk pejalan kaki. (Antara/rdn)",
            "Jembatan darurat dibuka untuk pejalan kaki.",
            "(Antara/rdn)",
        ),
        (
            "Jembatan darurat dibuka untuk pejalan kaki.\n\n(Reuters/ant)",
            "Jembatan darurat dibuka untuk pejalan kaki.",
            "(Reuters/ant)",
        ),
    ],
)
def test_editor_initials_at_the_end_are_removed(text: str, expected: str, initials: str) -> None:
    article = clean(raw(text))
    assert article.text == expected
    assert {"kind": "editor_initials", "text": initials} in article.meta["removed"]


@pytest.mark.parametrize(
    ("text", "expected", "cut"),
    [
        (
            "Harga cabai naik pekan ini, kata pedagang. Baca juga: Harga Bawang Merah Anjlok "
            "di Brebes Sementara itu, harga beras masih stabil.",
            "Harga cabai naik pekan ini, kata pedagang. Sementara itu, harga beras masih stabil.",
            "Baca juga: Harga Bawang Merah Anjlok di Brebes",
        ),
        (
            "Harga cabai naik pekan ini, kata pedagang. "
            "BACA JUGA: Pemerintah Siapkan Operasi Pasar",
            "Harga cabai naik pekan ini, kata pedagang.",
            "BACA JUGA: Pemerintah Siapkan Operasi Pasar",
        ),
        (
            "Stocks fell on Monday, traders said. Read more: Oil Prices Slide as Demand Cools "
            "The index closed 2% lower.",
            "Stocks fell on Monday, traders said. The index closed 2% lower.",
            "Read more: Oil Prices Slide as Demand Cools",
        ),
    ],
)
def test_related_link_run_into_a_paragraph_is_cut(text: str, expected: str, cut: str) -> None:
    article = clean(raw(text))
    assert article.text == expected
    assert {"kind": "read_also", "text": cut} in article.meta["removed"]


@pytest.mark.parametrize(
    "text",
    [
        "Harga cabai naik, kata pedagang. Baca juga: laporan lengkap tentang inflasi bulan lalu.",
        "Ia berkata, “Baca juga: Kitab Suci Kita” adalah judul buku yang ia tulis.",
    ],
)
def test_prose_mentioning_read_also_is_kept(text: str) -> None:
    assert clean(raw(text)).text == text


def test_layout_residue_before_the_dateline_goes_with_it() -> None:
    text = (
        "Lihat Foto\n"
        "Relawan membagikan nasi bungkus kepada pengungsi di Karawang.\n"
        "Getty Images\n\n"
        f"KARAWANG, KABARKITA.com - {BODY}"
    )
    article = clean(raw(text))
    assert article.text == BODY
    assert article.source == "KABARKITA.com" and article.meta["dateline_place"] == "KARAWANG"


@pytest.mark.parametrize(
    ("text", "kwargs", "source"),
    [
        (
            "Oleh: Redaksi Pikiran Nusa\n\nPikiran Nusa – Polisi menangkap dua pelaku.",
            {},
            "Pikiran Nusa",
        ),
        (
            "Pikiran Nusa - Polisi menangkap dua pelaku.",
            {"url": "https://pikirannusa.example/a"},
            "Pikiran Nusa",  # the host, named readably by the dateline
        ),
        # Two capitalised words that name no place open the body: the outlet, not the file.
        ("Pikiran Nusa – Polisi menangkap dua pelaku.", {}, "Pikiran Nusa"),
        ("Lombok Utara – Polisi menangkap dua pelaku.", {}, "banjir"),
    ],
)
def test_dateline_without_outlet_marks_is_still_removed(
    text: str, kwargs: dict, source: str
) -> None:
    article = clean(raw(text, **kwargs))
    assert article.text == "Polisi menangkap dua pelaku."
    assert article.source == source


def test_place_only_dateline_is_trusted_only_at_the_start() -> None:
    first = "Perundingan dilanjutkan pekan depan di Kairo."
    second = "Israel - Hamas sepakat memperpanjang jeda kemanusiaan selama dua hari."
    article = clean(raw(f"{first}\n\n{second}"))
    assert article.text == f"{first}\n\n{second}"


def test_press_contact_block_at_the_end_is_removed() -> None:
    text = f"{BODY}\n\nKontak media:\nBiro Humas Kabupaten\nTelepon: (0267) 555-0199"
    article = clean(raw(text))
    assert article.text == BODY
    assert [r["kind"] for r in article.meta["removed"]] == ["contact"] * 3


def test_topic_tags_under_a_bare_label_are_removed() -> None:
    text = f"{BODY}\n\nTopics\nFloods\nWest Java\nShare"
    article = clean(raw(text))
    assert article.text == BODY
    assert [r["kind"] for r in article.meta["removed"]] == ["meta"] * 4


@pytest.mark.parametrize(
    "line",
    [
        "Rina Wulandari can be reached at rina@kabarkita.example or 555-0142.",
        "Penulis dapat dihubungi di redaksi@kabarkita.example.",
    ],
)
def test_writer_contact_line_at_the_end_is_removed(line: str) -> None:
    article = clean(raw(f"{BODY}\n\n{line}"))
    assert article.text == BODY
    assert {"kind": "contact", "text": line} in article.meta["removed"]


def test_email_in_the_middle_of_the_article_is_kept() -> None:
    middle = "Warga dapat melapor melalui posko@bpbd.example atau nomor darurat 112."
    parts = BODY.split("\n\n")
    text = f"{parts[0]}\n\n{middle}\n\n{parts[1]}\n\nPetugas terus berjaga hingga malam."
    assert clean(raw(text)).text == text


def test_outlet_name_repeated_as_a_body_line_is_removed() -> None:
    text = f"Harian Contoh\n\n{BODY}"
    article = clean(raw(text, title="Banjir Rendam Tiga Desa di Karawang - Harian Contoh"))
    assert article.text == BODY
    assert {"kind": "site_name", "text": "Harian Contoh"} in article.meta["removed"]


def test_embedded_post_and_its_signature_are_removed() -> None:
    parts = BODY.split("\n\n")
    post = (
        "Air sudah masuk rumah, tolong kirim perahu 🙏\n"
        "— Warga Tepi Kali (@wargatepikali) March 2, 2024"
    )
    article = clean(raw(f"{parts[0]}\n\n{post}\n\n{parts[1]}"))
    assert article.text == BODY
    assert [r["kind"] for r in article.meta["removed"]].count("embed") == 2


@pytest.mark.parametrize(
    "line",
    [
        "Watch officials said the river would rise again on Friday.",
        "Related ministries were told to prepare aid for the displaced families.",
        "By the end of the day, water had reached the second floor of the school.",
        "Oleh karena itu, warga diminta tetap waspada hingga akhir pekan.",
        "Editor senior harian itu mengundurkan diri pekan lalu.",
        "Ikuti perkembangan banjir ini, kata kepala desa, karena air masih naik.",
        "Published reports show the river rose by two metres overnight.",
        "Pukul 14.05 WIB, air mulai surut dan warga kembali ke rumah masing-masing.",
        "Tonton pertunjukan wayang itu, ujar panitia, gratis bagi warga desa.",
    ],
)
def test_prose_that_starts_like_boilerplate_is_kept(line: str) -> None:
    parts = BODY.split("\n\n")
    text = f"{parts[0]}\n\n{line}\n\n{parts[1]}"
    assert clean(raw(text)).text == text


def test_acronym_in_brackets_closing_a_sentence_is_kept() -> None:
    text = "Ia bekerja untuk Badan Pusat Statistik (BPS)"
    assert clean(raw(text)).text == text


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("written by Kabarkita", "Kabarkita"),
        ("Oleh: Beritasenja", "Beritasenja"),
        ("written by Kabarkita.com", "Kabarkita.com"),
        ("Oleh: Redaksi Kabar Lembah", "Redaksi Kabar Lembah"),
        ("By Reuters", "Reuters"),
    ],
)
def test_byline_naming_an_outlet_is_the_source_when_nothing_better_is_known(
    byline: str, name: str
) -> None:
    article = clean(raw(f"{byline}\n\n{BODY}", origin="<stdin>"))
    assert article.text == BODY
    assert article.source == name
    assert article.meta["source_from"] == "byline"


@pytest.mark.parametrize(
    ("kwargs", "source", "how"),
    [
        ({"url": "https://www.kabarkita.co.id/berita/1"}, "kabarkita.co.id", "url"),
        (
            {
                "url": "https://jabar.suaranusa.id/a",
                "text": "SUARANUSA Jabar – Polisi menangkap dua pelaku.",
            },
            "SUARANUSA Jabar",
            "url",
        ),
        ({"source": "Harian Contoh"}, "Harian Contoh", "given"),
        ({}, "banjir", "file"),
        (
            {"title": "Banjir Rendam Tiga Desa di Karawang | Harian Contoh"},
            "Harian Contoh",
            "title",
        ),
    ],
)
def test_outlet_resolution_order(kwargs: dict, source: str, how: str) -> None:
    text = kwargs.pop("text", BODY)
    article = clean(raw(text, **kwargs))
    assert (article.source, article.meta["source_from"]) == (source, how)


def test_source_argument_overrides_everything() -> None:
    article = clean(
        raw("SUARA Bekasi – Polisi menangkap dua pelaku.", url="https://a.id/x"), source="Pilihan"
    )
    assert article.source == "Pilihan"
    assert article.id == content_id("Pilihan", article.title, article.text)


@pytest.mark.parametrize(
    ("title", "url", "expected"),
    [
        ("Banjir Rendam Tiga Desa - KABARKITA", None, "Banjir Rendam Tiga Desa"),
        ("Banjir Rendam Tiga Desa | Kabarkita.com", None, "Banjir Rendam Tiga Desa"),
        (
            "Banjir Rendam Tiga Desa - Kabarkita",
            "https://kabarkita.id/a",
            "Banjir Rendam Tiga Desa",
        ),
        (
            "Israel - Hamas Sepakat Gencatan Senjata",
            None,
            "Israel - Hamas Sepakat Gencatan Senjata",
        ),
        ("**Banjir** Rendam Tiga Desa", None, "Banjir Rendam Tiga Desa"),
        ("Banjir Rendam Tiga Desa Halaman all - Kabarkita.com", None, "Banjir Rendam Tiga Desa"),
        ("Banjir Rendam Tiga Desa - Halaman 2", None, "Banjir Rendam Tiga Desa"),
        ("Floods hit three villages (Page 3)", None, "Floods hit three villages"),
        (
            "Floods hit three villages | World news | The Evening Post",
            None,
            "Floods hit three villages",
        ),
        (
            "Floods force thousands to leave riverside towns - The Morning Star",
            None,
            "Floods force thousands to leave riverside towns",
        ),
        (
            "Presiden Tiba di Tokyo - Jepang Sambut Hangat",
            None,
            "Presiden Tiba di Tokyo - Jepang Sambut Hangat",
        ),
    ],
)
def test_title_loses_site_suffix_and_markup(title: str, url: str | None, expected: str) -> None:
    assert clean(raw(BODY, title=title, url=url)).title == expected


def test_caption_is_not_taken_from_a_full_body_paragraph() -> None:
    long_para = (
        "Menurut keterangan polisi, kebakaran bermula dari korsleting listrik di lantai dua "
        "gedung itu sebelum api menjalar ke toko-toko di sebelahnya dan menghanguskan puluhan kios."
    )
    text = f"{long_para}\n\nFoto:\n  • Dok. Damkar\n\n{BODY}"
    article = clean(raw(text))
    assert article.text == f"{long_para}\n\n{BODY}"


def test_finished_sentence_glued_to_a_credit_line_is_a_caption() -> None:
    parts = BODY.split("\n\n")
    caption = "Petugas mengevakuasi warga lansia ke perahu karet di Desa Sukamulya."
    text = f"{parts[0]}\n\n{caption}\nFoto: Antara/Rudi\n\n{parts[1]}"
    article = clean(raw(text))
    assert article.text == BODY
    assert {"kind": "caption", "text": caption} in article.meta["removed"]


def test_list_items_keep_their_own_lines() -> None:
    text = (
        "Bantuan yang dikirim:\n- 5 ton beras\n- 200 selimut\n"
        "1. Tahap pertama pekan ini\n2. Tahap kedua"
    )
    assert clean(raw(text)).text.split("\n\n") == [
        "Bantuan yang dikirim:",
        "- 5 ton beras",
        "- 200 selimut",
        "1. Tahap pertama pekan ini",
        "2. Tahap kedua",
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Belum ada kepastian kapan warga bisa pulang ke rumah mereka",
            "Menurut petugas, zona itu rawan.",
        ),
        ("Nobody knew how long the shelters would stay open", "The council meets again on Monday."),
    ],
)
def test_unpunctuated_paragraph_before_a_new_sentence_is_not_joined(
    first: str, second: str
) -> None:
    assert clean(raw(f"{first}\n\n{second}")).text == f"{first}\n\n{second}"


def test_title_case_line_continuing_a_broken_sentence_is_kept() -> None:
    text = "Bantuan itu dikirim oleh lembaga kemanusiaan dari\n\nPerhimpunan Palang Merah Nasional"
    article = clean(raw(text))
    assert article.text == (
        "Bantuan itu dikirim oleh lembaga kemanusiaan dari Perhimpunan Palang Merah Nasional"
    )


def test_whitespace_and_missing_space_after_comma_are_normalised() -> None:
    text = "Hadir  pula   perwakilan Brigade Garuda,Kodam dan\u00a0warga\u200b sekitar."
    assert clean(raw(text)).text == "Hadir pula perwakilan Brigade Garuda, Kodam dan warga sekitar."


@pytest.mark.parametrize(
    ("scraped", "expected"),
    [
        (
            "â€œKami siap,â€\x9d kata Rina â€“ ketua panitia.",
            "“Kami siap,” kata Rina – ketua panitia.",
        ),
        ("â€œKami siap,â€ kata Rina.", "“Kami siap,” kata Rina."),
        (
            "Koki RenÃ© DuprÃ© menyajikan crÃ¨me brÃ»lÃ©e.",
            "Koki René Dupré menyajikan crème brûlée.",
        ),
        ("Koki René Dupré menyajikan “crème brûlée” — hidangan Prancis.", None),
    ],
)
def test_double_encoded_text_is_repaired_and_correct_text_untouched(
    scraped: str, expected: str | None
) -> None:
    article = clean(raw(scraped, title="KafÃ© Baru Dibuka"))
    assert article.text == (expected or scraped)
    assert article.title == "Kafé Baru Dibuka"


def test_language_is_detected() -> None:
    assert clean(raw(BODY)).lang == "id"
    english = (
        "Residents of the riverside villages began to leave on Monday as the water kept rising."
    )
    assert clean(raw(english, title="Floods hit three villages")).lang == "en"


def test_cleaning_is_deterministic_and_idempotent_on_clean_text() -> None:
    first = clean(raw(BODY))
    again = clean(raw(first.text, title=first.title))
    assert again.text == first.text and again.id == first.id


@pytest.mark.parametrize(
    ("paragraph", "outlet", "place"),
    [
        ("kabarnusa.com, JAKARTA - Polisi", "kabarnusa.com", "JAKARTA"),
        ("Wartakita.com - Polisi", "Wartakita.com", None),
        ("KN Times - Polisi", "KN Times", None),
        ("Niaga.com, JAKARTA — Polisi", "Niaga.com", "JAKARTA"),
        ("warta.id - Polisi", "warta.id", None),
        ("Jakarta, KBS Indonesia - Polisi", "KBS Indonesia", "Jakarta"),
        ("Pasar.co.id - Polisi", "Pasar.co.id", None),
        ("JAKARTA, investasi.id - Polisi", "investasi.id", "JAKARTA"),
        ("BERITANUSA.COM, JAKARTA - Polisi", "BERITANUSA.COM", "JAKARTA"),
        ("Ambon, 16/11 (KABARNEWS) - Polisi", "KABARNEWS", "Ambon"),
        ("BANDUNG, KABARBANDUNG.COM -- Polisi", "KABARBANDUNG.COM", "BANDUNG"),
        ("Bogor (Kantor Berita Nusa) - Polisi", "Kantor Berita Nusa", "Bogor"),
        ("LONDON, Jan 25 - The", None, "LONDON"),
        ("(KN) — A volcano", "KN", None),
        ("DOHA, Qatar — The", None, "DOHA, Qatar"),
        ("WARTANUSA.CO.ID - JAKARTA. Polisi", "WARTANUSA.CO.ID", "JAKARTA"),
    ],
)
def test_dateline_shapes_of_news_portals(
    paragraph: str, outlet: str | None, place: str | None
) -> None:
    found = parse_dateline(paragraph)
    assert found is not None
    dateline, rest = found
    assert (dateline.outlet, dateline.place) == (outlet, place)
    assert rest[:1].isupper()


@pytest.mark.parametrize(
    "text",
    [
        "Data itu dirilis oleh Badan Pusat Statistik (BPS).",
        "The figures were released by the news agency (Reuters).",
    ],
)
def test_an_acronym_or_agency_closing_a_sentence_without_a_slash_stays(text: str) -> None:
    assert clean(raw(text)).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Floodwater reached the second floor of the clinic.\n\nRelated coverage\n\n"
            "Rescuers reached the last village on Friday.",
            "Floodwater reached the second floor of the clinic.\n\n"
            "Rescuers reached the last village on Friday.",
        ),
        (
            "Floodwater reached the second floor of the clinic.\n\n"
            "Related coverage: Dam Operator Fined Over Spillway Cracks\n\n"
            "Rescuers reached the last village on Friday.",
            "Floodwater reached the second floor of the clinic.\n\n"
            "Rescuers reached the last village on Friday.",
        ),
    ],
)
def test_a_related_coverage_link_is_not_article_text(text: str, expected: str) -> None:
    assert clean(raw(text)).text == expected


_LEAD_EN = "The river rose by two metres overnight, the county office said on Monday."
_LEAD_ID = "Air sungai naik dua meter semalam, kata petugas kecamatan, Senin (4/5/2026)."
_PROSE_EN = "Farmers said the orchards near Lemburu had been submerged before the harvest."
_PROSE_ID = "Petani mengatakan kebun di dekat Sungai Wolomera terendam menjelang panen."


@pytest.mark.parametrize(
    ("lead", "block", "prose"),
    [
        (_LEAD_EN, "Related coverage\nGrasshopper swarms return to Velmor plains", _PROSE_EN),
        (_LEAD_EN, "Read more\n\nGrasshopper Swarms Return to the Velmor Plains", _PROSE_EN),
        (
            _LEAD_EN,
            "Related coverage\nGrasshopper swarms return to Velmor plains\n"
            "Minister Oduya Kestrel opens new dam in Tavira",
            _PROSE_EN,
        ),
        (_LEAD_ID, "Berita terkait\nPetani Sungai Wolomera keluhkan langkanya pupuk", _PROSE_ID),
        (
            _LEAD_ID,
            "Artikel terkait\nBupati Rinalda Tamsir Resmikan Jembatan Gantung\n"
            "Harga Gabah Anjlok di Kecamatan Lewoleba",
            _PROSE_ID,
        ),
    ],
)
def test_headlines_under_a_bare_related_label_are_removed(
    lead: str, block: str, prose: str
) -> None:
    article = clean(raw(f"{lead}\n\n{block}\n\n{prose}"))
    assert article.text == f"{lead}\n\n{prose}"
    removed = [r for r in article.meta["removed"] if r["kind"] == "related_headline"]
    assert [r["text"] for r in removed] == block.split("\n")[1:][-len(removed) :] != []


@pytest.mark.parametrize(
    ("label", "prose"),
    [
        ("Related coverage", _PROSE_EN),
        ("Read more", "The Velmor council will meet on Friday to discuss the relief budget"),
        ("Berita terkait", _PROSE_ID),
        ("Artikel terkait", "Menurut Bupati Rinalda Tamsir bantuan tiba hari ini"),
        (
            "Berita terkait",
            "Petugas gabungan dari BPBD, TNI dan Polri mengevakuasi warga yang terjebak banjir "
            "di tiga desa sejak Minggu malam hingga Senin pagi",
        ),
    ],
)
def test_paragraph_after_a_bare_related_label_is_kept(label: str, prose: str) -> None:
    article = clean(raw(f"{_LEAD_EN}\n\n{label}\n{prose}"))
    assert article.text.endswith(prose)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Korban Longsor Desa Lewokeda Capai 14 Orang",
            "Suara Wolomera\n\nENDE, SUARAWOLOMERA - Korban longsor di Desa Lewokeda bertambah "
            "menjadi 14 orang, kata Kepala BPBD Ende Markus Lelan, Kamis (5/3/2026).",
            "Suara Wolomera",
        ),
        (
            "Floods Cut Off Three Villages Along the Velmor River",
            "Harbour Lantern\n\nPORT TAVIRA, HARBOURLANTERN - Floods cut off three villages "
            "along the Velmor River on Monday, county official Oduya Kestrel said.",
            "Harbour Lantern",
        ),
        (
            "Harga Gabah Anjlok di Kecamatan Lewoleba Jelang Panen Raya",
            "Oleh Rinalda Tamsir - Kabar Lewoleba\n\nLEWOLEBA, KABARLEWOLEBA - Harga gabah kering "
            "panen di Kecamatan Lewoleba turun menjadi Rp 5.200 per kilogram, Senin (4/5/2026).",
            "Kabar Lewoleba",
        ),
    ],
)
def test_same_outlet_in_two_spellings_keeps_the_better_written_one(
    title: str, body: str, expected: str
) -> None:
    article = clean(raw(body, title=title))
    assert article.source == expected
    assert article.meta["source_from"] == "dateline"


@pytest.mark.parametrize(
    ("dateline", "masthead", "expected"),
    [
        ("NUSAKINI", "Nusa Kini", "Nusa Kini"),
        ("Harbour Lantern", "HARBOURLANTERN", "Harbour Lantern"),
        ("KABAR LEWOLEBA", "kabar lewoleba", "KABAR LEWOLEBA"),  # a tie: the order decides
        ("Kabar Lewoleba", "KabarLewoleba", "Kabar Lewoleba"),
        ("NUSAKINI", "Nusa Kini Pos", "NUSAKINI"),  # another outlet: the order decides
        ("SUARAWOLOMERA", "Suara Wolomeraa", "SUARAWOLOMERA"),
    ],
)
def test_better_spelling_only_of_the_same_outlet(
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


def test_given_source_is_never_respelled() -> None:
    name, how = resolve(
        argument=None,
        given="NUSAKINI",
        url=None,
        dateline=None,
        sitename=None,
        byline=None,
        origin="berita/a.txt",
        masthead="Nusa Kini",
    )
    assert (name, how) == ("NUSAKINI", "given")


@pytest.mark.parametrize(
    "item",
    [
        "(c) pemerintah daerah wajib menyediakan anggaran pendamping pada 2026.",
        "(c) penyidik menyita dua unit kendaraan milik tersangka.",
        "(c) the operator must publish its audit by March 2027.",
    ],
)
def test_enumeration_item_opening_with_c_is_kept(item: str) -> None:
    body = (
        "Peraturan itu memuat tiga kewajiban yang harus dipenuhi pemerintah daerah sebelum "
        "dana bantuan dicairkan oleh kementerian.\n\n"
        f"{item}\n\n"
        "Kementerian menyatakan aturan tersebut berlaku untuk seluruh kabupaten mulai bulan depan."
    )
    assert item in clean(raw(body)).text
