"""Vehicles, goods, taxes and codes are no entities (blind review 16, second pass).

Each case is a sentence written for this test: the class of words the rule covers (a common
noun heading a capitalised run, a registration, a case number), never a name of the review's
articles.
"""

from __future__ import annotations

import pytest

from kroscek.data import Article, Fact
from kroscek.extract import extract_facts


def entities(text: str, lang: str, title: str = "") -> list[Fact]:
    art = Article(id="t", source="t", title=title, text=text, lang=lang)
    return [f for f in extract_facts(art).facts if f.kind == "entity"]


def labelled(text: str, lang: str, title: str = "") -> set[tuple[str, str]]:
    return {(f.text, f.label) for f in entities(text, lang, title)}


@pytest.mark.parametrize(
    "text",
    [
        "Helikopter Airbus H125 milik sebuah maskapai carter mendarat darurat di ladang.",
        "Kapal Sinar Laut Jaya tenggelam setelah dihantam ombak setinggi tiga meter.",
        "Mobil Daihatsu Xenia yang dikemudikan sopir itu menabrak pagar.",
        "Truk Fuso bermuatan semen terguling di tikungan tajam.",
        "Emas Galeri dijual lebih mahal daripada pekan lalu. Emas tetap dicari pembeli.",
        "Perak Murni ukuran 100 gram dijual di butik logam mulia.",
        "Setiap transaksi dikenai Pajak Pertambahan Nilai sebesar 12 persen.",
        "Harga Pertalite Subsidi tidak berubah bulan ini.",
    ],
)
def test_a_common_noun_heading_a_capitalised_run_names_no_person(text):
    assert not [f.text for f in entities(text, "id") if f.label == "PER"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Pesawat Garuda Indonesia tertahan di apron karena cuaca.", "Garuda Indonesia"),
        ("Mobil Toyota bertabrakan dengan sepeda motor di jalan desa.", "Toyota"),
    ],
)
def test_a_known_maker_after_a_vehicle_noun_stays_a_body(text, body):
    assert (body, "ORG") in labelled(text, "id")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Warga melihat helikopter Robinson Raven melintas rendah.", "id"),
        ("Polisi menyita mobil Lancar Jaya Sentosa milik pelaku.", "id"),
        ("Rescuers found the helicopter Sikorsky Seahawk near the ridge.", "en"),
    ],
)
def test_a_make_after_a_lowercase_vehicle_noun_names_no_person(text, lang):
    assert not [f.text for f in entities(text, lang) if f.label == "PER"]


def test_a_title_case_headline_on_a_vehicle_names_no_person():
    found = entities(
        "Helikopter Robinson Raven hilang kontak. Helikopter itu membawa dua orang.",
        "id",
        title="Helikopter Robinson Raven Hilang di Hutan",
    )
    assert not [f.text for f in found if f.label == "PER"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pesawat latih bernomor registrasi PK-TWA jatuh di sawah warga.", "id"),
        ("Helikopter berkode PK-URX itu sempat hilang kontak.", "id"),
        ("Jet pribadi N512QX dan pesawat 9V-SKA mendarat bergantian.", "id"),
        ("The turboprop, registered PK-WHE, overran the runway.", "en"),
        ("A business jet with registration 5Y-KQB and a Cessna N731JP were grounded.", "en"),
        ("Hakim membacakan putusan perkara Nomor 88/PUU-XXII/2026 secara terbuka.", "id"),
        ("Berkas 301/Pid.Sus/2025/PN Dps dilimpahkan jaksa pekan lalu.", "id"),
        ("The judges dismissed petition 17/PHPU.KADA-XIV/2025 on Friday.", "en"),
    ],
)
def test_an_aircraft_registration_or_a_case_number_part_is_no_organisation(text, lang):
    assert not [f.text for f in entities(text, lang) if f.label == "ORG"]


@pytest.mark.parametrize(
    ("text", "lang", "body"),
    [
        ("Kader PDI-P dan PKB menggelar rapat bersama.", "id", "PDI-P"),
        # the unit and its slash name are one body (as the facts gold labels g40a)
        ("Korem 174/Anim Ti Waninggap mengirim dua peleton.", "id", "Korem 174/Anim Ti Waninggap"),
    ],
)
def test_a_hyphenated_or_numbered_body_outside_a_code_is_still_a_body(text, lang, body):
    assert body in {f.text for f in entities(text, lang) if f.label == "ORG"}


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        ("Hakim memvonis sopir truk Darmaji Wibowo dua tahun penjara.", "id", "Darmaji Wibowo"),
        ("Polisi memeriksa nakhoda kapal Welem Kapitan di pelabuhan.", "id", "Welem Kapitan"),
        (
            "Saksi mata melihat pilot helikopter Rudolf Mambrasar melompat.",
            "id",
            "Rudolf Mambrasar",
        ),
        (
            "Investigators spoke to the helicopter pilot Marcus Ilbery on Sunday.",
            "en",
            "Marcus Ilbery",
        ),
    ],
)
def test_the_crew_named_after_a_vehicle_noun_is_a_person(text, lang, person):
    assert (person, "PER") in labelled(text, lang)
