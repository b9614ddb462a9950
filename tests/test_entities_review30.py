"""Entities review 30: places and names the recogniser missed on the held-out sets 61-72,
on sentences written for these tests (people, outlets and most places are invented).

- a part of a building told apart by a letter ("Blok C", "Tower B") is a place, and two
  such parts are two places, never one name spelt two ways;
- a one-word regency the gazetteer leaves out of running text ("Bungo", "Bima": a given
  name, an island, a people) is the regency after "di"/"in" in a headline, unless it is an
  ordinary word ("di Puncak Klasemen");
- the word opening an English headline's kicker ("Odisha train crash: ...") is its place
  when it is no English word and no adjective;
- a sports job written before a person ("Weightlifter", "lifter", "chef de mission",
  "Atlet angkat besi") is the person's role, not part of the name.
"""

from __future__ import annotations

import pytest

from kroscek.compare import compare
from kroscek.data import Field, RawArticle
from kroscek.extract.entities import recognise


def _entities(text: str, lang: str, field: Field = "text") -> list[tuple[str, str | None]]:
    return [(f.text, f.label) for f in recognise(text, lang, field=field)]


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Api muncul dari lantai empat Blok C rumah susun itu.", "id", "Blok C"),
        ("Penghuni Blok D dievakuasi ke lapangan.", "id", "Blok D"),
        ("Asap terlihat dari Gedung A kampus tersebut.", "id", "Gedung A"),
        ("The fire started on the fourth floor of Tower B.", "en", "Tower B"),
        ("Residents of Block D were moved to a school.", "en", "Block D"),
    ],
)
def test_a_part_of_a_building_told_apart_by_a_letter_is_a_place(
    text: str, lang: str, place: str
) -> None:
    assert (place, "LOC") in _entities(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Timnas masuk Grup D bersama tiga tim lain.", "id"),
        ("Pemerintah menyiapkan Rencana B bila hujan berlanjut.", "id"),
        ("The council has no Plan B for the bridge.", "en"),
    ],
)
def test_a_designation_letter_after_an_ordinary_word_is_no_place(text: str, lang: str) -> None:
    assert not [e for e in _entities(text, lang) if e[1] == "LOC"]


def test_two_parts_of_one_building_are_two_places_that_conflict_not_one_name_spelt_apart() -> None:
    lead = "Ledakan tabung gas terjadi di lantai empat {blok} rumah susun di Cilincing, Senin pagi."
    more = "Petugas pemadam kebakaran memadamkan api dalam waktu satu jam, kata kepala regu."
    report = compare(
        [
            RawArticle(
                origin="a.txt",
                source="Kabar Pesisir",
                title="Tabung Gas Meledak di Rusun",
                text=f"{lead.format(blok='Blok C')}\n\n{more}",
            ),
            RawArticle(
                origin="b.txt",
                source="Warta Kota",
                title="Ledakan Gas di Rusun Cilincing",
                text=f"{lead.format(blok='Blok D')}\n\n{more}",
            ),
        ]
    )
    blocks = [f for f in report.findings if "Blok" in f.message]
    assert blocks and all(f.type == "conflict" for f in blocks)


@pytest.mark.parametrize(
    ("title", "lang", "place"),
    [
        ("Penertiban Lahan di Bungo Ricuh, Sebelas Warga Diamankan", "id", "Bungo"),
        ("Banjir Rendam Ratusan Rumah di Bima", "id", "Bima"),
        ("Police clash with farmers in Bungo, eleven held", "en", "Bungo"),
    ],
)
def test_a_regency_after_a_place_cue_in_a_headline_is_a_place(
    title: str, lang: str, place: str
) -> None:
    assert (place, "LOC") in _entities(title, lang, "title")


@pytest.mark.parametrize(
    "title",
    [
        "Persib Kokoh di Puncak Klasemen",  # an ordinary word, not the regency
        "Bima Arya Tinjau Tanggul Jebol",  # no place cue: a person's name
    ],
)
def test_a_regency_that_is_an_ordinary_word_or_has_no_cue_stays_unread_in_a_headline(
    title: str,
) -> None:
    assert _entities(title, "id", "title") == []


@pytest.mark.parametrize(
    ("title", "place"),
    [
        ("Odisha train crash: toll rises to 23 as rescuers search wreckage", "Odisha"),
        ("Kerala floods: death toll climbs to 40", "Kerala"),
        ("Tamsui ferry fire: two crew missing", "Tamsui"),
    ],
)
def test_the_place_opening_an_english_headlines_kicker_is_read(title: str, place: str) -> None:
    assert (place, "LOC") in _entities(title, "en", "title")


@pytest.mark.parametrize(
    "title",
    [
        "Flash floods: twelve dead in two villages",
        "Deadly train crash: toll rises to 23",
        "Train crash: toll rises to 23",
        "Massive fire: hundreds flee their homes",
    ],
)
def test_a_kicker_opened_by_an_english_word_names_no_place(title: str) -> None:
    assert _entities(title, "en", "title") == []


@pytest.mark.parametrize(
    ("text", "lang", "name", "role"),
    [
        (
            "Weightlifter Rizal Juniarto lifted 199 kg on Monday.",
            "en",
            "Rizal Juniarto",
            "Weightlifter",
        ),
        (
            "Indonesia named chef de mission Arman Bakri on Friday.",
            "en",
            "Arman Bakri",
            "chef de mission",
        ),
        ("Lifter Rizal Juniarto meraih emas kelas 73 kg.", "id", "Rizal Juniarto", "Lifter"),
        (
            "Atlet angkat besi Dewi Lestiani meraih perak.",
            "id",
            "Dewi Lestiani",
            "Atlet angkat besi",
        ),
    ],
)
def test_a_sports_job_before_a_name_is_the_persons_role_not_part_of_the_name(
    text: str, lang: str, name: str, role: str
) -> None:
    people = [(f.text, f.attrs.get("role")) for f in recognise(text, lang) if f.label == "PER"]
    assert people == [(name, role)]


_FLOOD_BODY = (
    "Banjir bandang menerjang permukiman warga di Kabupaten {regency}, {province}, pada "
    "Senin (23/11/2026) dini hari. Sebanyak {count} warga mengungsi ke balai desa setelah "
    "air setinggi satu meter masuk ke rumah mereka.\n\nKepala BPBD {regency}, Rahmat "
    'Hidayat, mengatakan tim gabungan masih mendata kerusakan. "Kami fokus mengevakuasi '
    'warga lanjut usia," katanya.'
)


def _flood_pair(title_place: str, regency: str, province: str) -> list[str]:
    first = RawArticle(
        origin="a.txt",
        source="Kabar Timur",
        title=f"Banjir Bandang Terjang Permukiman di {title_place}, 300 Warga Mengungsi",
        text=_FLOOD_BODY.format(regency=regency, province=province, count="300"),
    )
    second = RawArticle(
        origin="b.txt",
        source="Suara Pesisir",
        title=f"Banjir Bandang di {regency}, Ratusan Warga Mengungsi",
        text=_FLOOD_BODY.format(regency=regency, province=province, count="tiga ratus"),
    )
    report = compare([first, second])
    return [f.message for f in report.findings if f.type == "headline_mismatch"]


@pytest.mark.parametrize(
    ("title_place", "regency", "province"),
    [
        ("Kendal", "Batang", "Jawa Tengah"),
        ("Solok", "Agam", "Sumatera Barat"),
        ("Alor", "Belu", "Nusa Tenggara Timur"),
    ],
)
def test_a_headline_regency_is_set_against_the_bodys_regency_not_the_province_holding_it(
    title_place: str, regency: str, province: str
) -> None:
    [found] = _flood_pair(title_place, regency, province)
    assert title_place in found and regency in found
    assert province not in found


def test_a_headline_regency_the_body_places_in_its_own_province_is_no_mismatch() -> None:
    assert _flood_pair("Karo", "Karo", "Sumatera Utara") == []
