"""Facts review 27 (entities and attribution): the holder of a role written right after the
body's field words with a two-word name, a person whose family name is a known person's
one-word name, a ticket of two full names joined by a hyphen (and the ticket speaking as one),
and capitalised runs joined by "of" that are no person.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from kroscek.data import Article, Fact
from kroscek.extract import extract_facts
from kroscek.extract.entities import recognise

PUBLISHED = datetime(2026, 11, 24, 10, 0)


def _people(text: str, lang: str = "id") -> dict[str, str]:
    """Each person's surface mapped to its id."""
    return {f.text: f.value for f in recognise(text, lang) if f.label == "PER"}


def _labels(text: str, lang: str = "id") -> dict[str, str]:
    return {f.text: f.label for f in recognise(text, lang)}


def _attributions(text: str, lang: str = "id") -> list[Fact]:
    art = Article(id="t", source="t", title="", text=text, published=PUBLISHED, lang=lang)
    return [f for f in extract_facts(art).facts if f.kind == "attribution"]


# --- "Kepala Dinas Peternakan Yosef Bere": the body, then its head's two-word name ----------


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        (
            "Kepala Dinas Peternakan Yosef Bere mengatakan vaksinasi ternak terus berjalan.",
            "Dinas Peternakan",
            "Yosef Bere",
        ),
        (
            "Namun, menurut Kepala Dinas Perikanan Markus Laka Dopo, stok ikan masih aman.",
            "Dinas Perikanan",
            "Markus Laka Dopo",
        ),
        (
            "Sekretaris Badan Kepegawaian Daerah Paskalis Wuwur menjelaskan jadwal seleksi.",
            "Badan Kepegawaian Daerah",
            "Paskalis Wuwur",
        ),
        (
            "Kepala Dinas Kesehatan Petrus Wodon mengatakan stok vaksin cukup.",
            "Dinas Kesehatan",
            "Petrus Wodon",
        ),
        (
            "Kepala Badan Penanggulangan Bencana Daerah Kornelis Lamak meninjau lokasi longsor.",
            "Badan Penanggulangan Bencana Daerah",
            "Kornelis Lamak",
        ),
    ],
)
def test_role_holder_written_after_the_body_is_a_person(text: str, body: str, person: str) -> None:
    labels = _labels(text)
    assert labels.get(body) == "ORG"
    assert labels.get(person) == "PER"
    assert not any(person in s and s != person for s in labels)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Kepala Dinas Kesehatan Sumba Timur mengatakan stok vaksin cukup.", "Sumba Timur"),
        ("Kepala Dinas Kesehatan Lembah Hijau menyebut kasus menurun.", "Lembah Hijau"),
        ("Kepala Dinas Pertanian Tanah Datar meninjau sawah.", "Tanah Datar"),
    ],
)
def test_region_after_the_body_is_no_role_holder(text: str, body: str) -> None:
    assert body not in _people(text)


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Kepala Badan Penanggulangan Bencana Daerah Kabupaten Flores Timur, Kornelis "
            "Lamak, meninjau lokasi.",
            "Kornelis Lamak",
            "Kepala Badan Penanggulangan Bencana Daerah Kabupaten Flores Timur",
        ),
        (
            "Sekretaris Badan Penanggulangan Bencana Daerah Kota Bima, Yakobus Lewar, menyebut "
            "dua rumah rusak.",
            "Yakobus Lewar",
            "Sekretaris Badan Penanggulangan Bencana Daerah Kota Bima",
        ),
    ],
)
def test_holder_between_commas_after_role_body_and_region_is_a_person(
    text: str, person: str, role: str
) -> None:
    found = {f.text: f for f in recognise(text, "id")}
    assert found[person].label == "PER"
    assert found[person].attrs.get("role") == role


def test_place_in_apposition_to_a_place_stays_a_place() -> None:
    labels = _labels("Kapal bersandar di Pelabuhan Ketapang, Banyuwangi, pagi tadi.")
    assert labels.get("Banyuwangi") == "LOC"
    assert "PER" not in labels.values()


# --- "Danang Prabowo": a family name that is a known person's one-word name --------------------


@pytest.mark.parametrize(
    ("text", "lang", "person", "known"),
    [
        (
            "Warga bernama Danang Prabowo mengatakan banjir datang tiba-tiba.",
            "id",
            "Danang Prabowo",
            "Prabowo",
        ),
        (
            "Seorang pedagang, Muhammad Agus Prabowo, kehilangan kiosnya.",
            "id",
            "Muhammad Agus Prabowo",
            "Prabowo",
        ),
        (
            "Eric Trump visited the plant on Tuesday.",
            "en",
            "Eric Trump",
            "Trump",
        ),
    ],
)
def test_given_names_before_a_known_surname_are_another_person(
    text: str, lang: str, person: str, known: str
) -> None:
    people = _people(text, lang)
    assert person in people
    assert known not in people
    assert people[person] == "PER:" + person.lower().replace(" ", "-")


@pytest.mark.parametrize(
    ("text", "lang", "known"),
    [
        ("Presiden Prabowo meresmikan bendungan itu.", "id", "Prabowo"),
        ("Menurut Prabowo, program itu berjalan.", "id", "Prabowo"),
        ("President Trump signed the order.", "en", "Trump"),
        (
            "Eric Trump visited the plant, while President Trump stayed in Washington.",
            "en",
            "Trump",
        ),
        (
            "Warga bernama Danang Prabowo melapor. Presiden Prabowo berjanji membantu.",
            "id",
            "Prabowo",
        ),
    ],
)
def test_known_person_after_a_role_stays_known(text: str, lang: str, known: str) -> None:
    people = _people(text, lang)
    assert known in people
    assert people[known] != "PER:" + known.lower()


# --- a ticket of two full names joined by a hyphen -------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Pasangan Rahmat Hidayat-Ahmad Zulkifli memenangi hitung cepat, Sabtu.",
            "Rahmat Hidayat",
            "Ahmad Zulkifli",
        ),
        (
            "Pasangan nomor urut 1, Siti Rahmawati-Budi Hartono, meraih 48 persen suara.",
            "Siti Rahmawati",
            "Budi Hartono",
        ),
    ],
)
def test_two_full_names_joined_by_a_hyphen_are_two_people(
    text: str, first: str, second: str
) -> None:
    people = _people(text)
    assert first in people
    assert second in people
    assert people[first] != people[second]


@pytest.mark.parametrize(
    "text",
    [
        '"Kami siap bertanding," kata Jean-Pierre Dupont.',
        '"Kami siap bertanding," kata Ana Garcia-Lopez.',
        "Pasangan Rahmat-Zulkifli unggul tipis.",
    ],
)
def test_hyphen_inside_one_name_keeps_one_person(text: str) -> None:
    people = _people(text)
    assert len(people) == 1
    assert "-" in next(iter(people))


def test_ticket_joined_by_a_hyphen_claims_as_one() -> None:
    text = "Tim pemenangan pasangan Siti Rahmawati-Budi Hartono mengklaim partisipasi 60 persen."
    sources = [f.text for f in _attributions(text)]
    assert "Siti Rahmawati-Budi Hartono mengklaim" in sources


# --- "the Pacific Ring of Fire": no person ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Indonesia sits on the Pacific Ring of Fire, where plates meet.", "Pacific Ring of Fire"),
        ("The islands lie along the Ring of Fire and see frequent quakes.", "Ring of Fire"),
    ],
)
def test_run_joined_by_of_is_no_person(text: str, name: str) -> None:
    labels = _labels(text, "en")
    assert labels.get(name) == "LOC"
