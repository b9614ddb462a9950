"""Reading review 23: the outlet line alone on its line, and the reading misses of the
blind sets 25-36, on other text than the sets'.

Each test holds lines written for it (outlets, places and people are invented): a dateline
broken from its lead by a line break ("Kabar Lembayung –" / the lead), with a byline, a
place or a domain, or repeated inline under it; a rubric or a person's name in the
dateline's place; a writer's name alone under the outlet line; a photo label carrying its
own caption under a lead that closes on its date; a wire's bracketed credit run naming a
desk in lower-case words.
"""

from __future__ import annotations

import pytest

from kroscek.clean import clean
from kroscek.clean.lines import ends_in_label_dash, join_paragraphs
from kroscek.data import RawArticle

ID_TITLE = "Jembatan Gantung Putus, Siswa Seberangi Sungai dengan Rakit"
ID_LEAD = (
    "Jembatan gantung yang menghubungkan dua desa di tepi sungai putus diterjang banjir "
    "pada Senin (23/11/2026) malam."
)
ID_NEXT = (
    "Sejak itu, puluhan siswa menyeberang ke sekolah dengan rakit bambu yang didorong "
    "warga secara bergantian."
)
EN_TITLE = "Storm cuts power to coastal towns, thousands without electricity"
EN_LEAD = (
    "A storm with winds of up to 90 kilometres an hour cut power to several coastal towns "
    "overnight, leaving about 18,000 homes without electricity on Tuesday."
)
EN_NEXT = "Crews began restoring lines in the morning, the utility said."


def article(text: str, title: str = ID_TITLE) -> object:
    return clean(RawArticle(origin="uji/t1.txt", title=title, text=text))


@pytest.mark.parametrize(
    ("head", "source", "place"),
    [
        ("Kabar Lembayung –", "Kabar Lembayung", None),
        ("Kabar Lembayung – ", "Kabar Lembayung", None),
        ("Warta Hulu -", "Warta Hulu", None),
        ("Harian Sungai Rejang —", "Harian Sungai Rejang", None),
        ("SEKAYU, Warta Hulu –", "Warta Hulu", "SEKAYU"),
        ("Sekayu, Kabar Lembayung –", "Kabar Lembayung", "Sekayu"),
        ("Wartahulu.com –", "Wartahulu.com", None),
        ("Sekayu (Kabar Lembayung) –", "Kabar Lembayung", "Sekayu"),
    ],
)
@pytest.mark.parametrize(
    "between",
    ["\n", "\n\n", "\nOleh: Yuliana Sitompul\n\n", "\nPenulis: Rahmat Hidayat | Editor: Lina\n\n"],
)
def test_an_outlet_line_alone_on_its_line_names_the_outlet_and_leaves_the_lead_whole(
    head: str, source: str, place: str | None, between: str
) -> None:
    cleaned = article(f"{head}{between}{ID_LEAD}\n\n{ID_NEXT}")
    assert cleaned.source == source
    assert cleaned.meta["source_from"] == "dateline"
    assert cleaned.meta["dateline_place"] == place
    assert cleaned.text == f"{ID_LEAD}\n\n{ID_NEXT}"
    assert {"kind": "dateline", "text": head.strip()} in cleaned.meta["removed"]


@pytest.mark.parametrize(
    ("head", "lead", "next_", "title", "source"),
    [
        ("Harbour Ledger –", EN_LEAD, EN_NEXT, EN_TITLE, "Harbour Ledger"),
        ("Valley Times -", EN_LEAD, EN_NEXT, EN_TITLE, "Valley Times"),
        ("Kabar Lembayung –", ID_LEAD, ID_NEXT, ID_TITLE, "Kabar Lembayung"),
    ],
)
def test_an_outlet_line_alone_reads_the_same_in_english_and_indonesian(
    head: str, lead: str, next_: str, title: str, source: str
) -> None:
    cleaned = article(f"{head}\n\n{lead}\n\n{next_}", title=title)
    assert (cleaned.source, cleaned.text) == (source, f"{lead}\n\n{next_}")


@pytest.mark.parametrize(
    ("lone", "inline", "source", "place"),
    [
        ("Harian Bukit –", "PADANG, Harian Bukit –", "Harian Bukit", "PADANG"),
        ("Kabar Lembayung –", "SEKAYU –", "Kabar Lembayung", "SEKAYU"),
        (
            "Harbour Ledger –",
            "PORTLAND, Maine (Harbour Ledger) —",
            "Harbour Ledger",
            "PORTLAND, Maine",
        ),
    ],
)
def test_an_outlet_line_over_the_inline_dateline_it_repeats_gives_one_dateline(
    lone: str, inline: str, source: str, place: str
) -> None:
    cleaned = article(f"{lone}\n{inline} {ID_LEAD}\n\n{ID_NEXT}")
    assert (cleaned.source, cleaned.meta["dateline_place"]) == (source, place)
    assert cleaned.text == f"{ID_LEAD}\n\n{ID_NEXT}"


@pytest.mark.parametrize(
    "head",
    [
        "Maria Goreti Seran –",  # a writer's name in the dateline's place
        "Sarah Whitfield –",
        "Hukum dan Kriminal –",  # a rubric
        "Peristiwa dan Daerah –",
        "Jembatan Gantung –",  # a kicker echoing the headline
    ],
)
@pytest.mark.parametrize("broken", [True, False])
def test_a_person_a_rubric_or_a_kicker_in_the_datelines_place_names_no_outlet(
    head: str, broken: bool
) -> None:
    joiner = "\n\n" if broken else " "
    cleaned = article(f"{head}{joiner}{ID_LEAD}\n\n{ID_NEXT}")
    assert cleaned.source == "t1"
    assert cleaned.meta["source_from"] == "file"
    if broken or not head.startswith(("Hukum", "Peristiwa")):
        # a rubric inline with the lead is no dateline shape (a lower-case "dan"): it stays
        assert cleaned.text == f"{ID_LEAD}\n\n{ID_NEXT}"


@pytest.mark.parametrize(
    ("line", "next_"),
    [
        ("Kabar Lembayung –", "Banjir merendam ratusan rumah di bantaran sungai."),
        ("KENDARI, Harian Anoa –", "Polisi menahan dua tersangka."),
        ("Jakarta (ANTARA) –", "Harga cabai naik lagi."),
        ("Hukum dan Kriminal –", "Polisi menahan dua tersangka."),
        ("Harbour Ledger –", "Power returned to most homes by noon."),
    ],
)
def test_a_line_ending_in_a_dateline_dash_is_never_run_on_as_a_broken_sentence(
    line: str, next_: str
) -> None:
    assert ends_in_label_dash(line)
    assert join_paragraphs([line, next_]) == [line, next_]


@pytest.mark.parametrize(
    ("line", "next_"),
    [
        ("Harga beras di pasar itu naik –", "terutama beras medium."),
        ("The council approved three things –", "a budget, a plan and a levy."),
        ("Warga membawa beras, gula, dan minyak goreng —", "semuanya sumbangan donatur."),
    ],
)
def test_a_prose_line_broken_after_a_dash_is_still_rejoined(line: str, next_: str) -> None:
    assert not ends_in_label_dash(line)
    assert join_paragraphs([line, next_]) == [f"{line} {next_}"]


@pytest.mark.parametrize(
    ("head", "writer"),
    [
        ("Kabar Lembayung –", "Yuliana Sitompul"),
        ("SEKAYU, Warta Hulu –", "Rahmat Hidayat"),
        ("Harbour Ledger –", "Thomas Whitaker"),
    ],
)
def test_a_writers_name_alone_under_the_outlet_line_is_a_byline(head: str, writer: str) -> None:
    cleaned = article(f"{head}\n{writer}\n\n{ID_LEAD}\n\n{ID_NEXT}")
    assert cleaned.text == f"{ID_LEAD}\n\n{ID_NEXT}"
    assert {"kind": "byline", "text": writer} in cleaned.meta["removed"]


@pytest.mark.parametrize(
    ("head", "lead", "label"),
    [
        (
            "Kabar Lembayung –",
            "Jumlah warga yang mengungsi akibat banjir bertambah menjadi 640 orang, "
            "Selasa (24/11/2026).",
            "Foto: Warga mengungsi di balai desa yang dijadikan posko, Senin (23/11/2026). "
            "(Dok. Kabar Lembayung)",
        ),
        (
            "",
            "Sebanyak 312 keluarga mulai menempati hunian sementara di lapangan desa pada "
            "Rabu (25/11/2026).",
            "Foto: Anak-anak bermain di depan hunian sementara yang baru selesai dibangun. "
            "(Dok. Warga)",
        ),
        (
            "Harbour Ledger –",
            "The number of homes without power rose to 21,000 on Wednesday (Nov. 25).",
            "Photo: Crews repair a line brought down by fallen trees near the harbour on Tuesday.",
        ),
    ],
)
def test_a_lead_closing_on_its_date_above_a_photo_label_with_its_own_caption_is_kept(
    head: str, lead: str, label: str
) -> None:
    top = f"{head}\n\n" if head else ""
    cleaned = article(f"{top}{lead}\n\n{label}\n\n{ID_NEXT}")
    assert cleaned.text == f"{lead}\n\n{ID_NEXT}"
    assert not any(r["kind"] == "caption" for r in cleaned.meta["removed"])


@pytest.mark.parametrize(
    "credit",
    [
        "(Reporting by the Harbour Ledger coastal desk; Editing by Ann Whitfield)",
        "(Reporting by Lembah Wire Jakarta bureau; editing by Omar Haddad)",
        "(Reporting by Lina Marsh; Writing by our Singapore newsroom)",
    ],
)
def test_a_wires_bracketed_credit_run_naming_a_desk_is_a_byline(credit: str) -> None:
    cleaned = article(f"{EN_LEAD}\n\n{EN_NEXT}\n\n{credit}", title=EN_TITLE)
    assert cleaned.text == f"{EN_LEAD}\n\n{EN_NEXT}"
    assert {"kind": "byline", "text": credit} in cleaned.meta["removed"]


@pytest.mark.parametrize(
    "line",
    [
        "(Reported by the family; the police were never told)",
        "(Reporting by the desk; editing by the desk)",
    ],
)
def test_a_bracketed_aside_without_a_named_person_stays(line: str) -> None:
    cleaned = article(f"{EN_LEAD}\n\n{line}\n\n{EN_NEXT}", title=EN_TITLE)
    assert line in cleaned.text


@pytest.mark.parametrize(
    ("top", "source"),
    [
        ("Ahmad Fauzi\n", "t1"),  # the writer alone over the lead, no blank line
        ("Ahmad Fauzi\n\n", "t1"),
        ("Dewi Kartika Sari\n", "t1"),
        ("Kabar Lembayung\nAhmad Fauzi\n\n", "Kabar Lembayung"),  # under a masthead
    ],
)
def test_a_writers_name_alone_at_the_top_of_the_body_is_a_byline(top: str, source: str) -> None:
    cleaned = article(f"{top}{ID_LEAD}\n\n{ID_NEXT}")
    assert cleaned.text == f"{ID_LEAD}\n\n{ID_NEXT}"
    assert cleaned.source == source
    assert any(r["kind"] == "byline" for r in cleaned.meta["removed"])


@pytest.mark.parametrize(
    "body",
    [
        # the name opens a sentence broken by the scraper: the next line runs on in lower case
        "Ahmad Fauzi\nmengatakan jembatan itu sudah lama rapuh dan belum pernah diperbaiki.",
        # a longer capitalised line is no name line
        "Warga Tiga Desa Terisolasi Sejak Senin Malam Karena Jembatan Putus\n" + ID_LEAD,
    ],
)
def test_a_name_line_that_runs_on_or_is_no_name_is_not_taken_for_a_byline(body: str) -> None:
    cleaned = article(f"{body}\n\n{ID_NEXT}")
    assert not any(r["kind"] == "byline" for r in cleaned.meta["removed"])


def test_an_outlet_paragraph_alone_in_an_html_page_names_the_outlet() -> None:
    from kroscek.ingest.html import extract_html

    page = (
        f"<html><head><title>{ID_TITLE}</title></head><body><article><h1>{ID_TITLE}</h1>"
        "<p>Kabar Lembayung –</p><p>Oleh: Yuliana Sitompul</p>"
        f"<p>{ID_LEAD}</p><p>{ID_NEXT}</p></article></body></html>"
    )
    cleaned = clean(extract_html(page, "uji/halaman.html"))
    assert cleaned.source == "Kabar Lembayung"
    assert cleaned.text.startswith(ID_LEAD)
