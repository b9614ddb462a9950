"""Numbers, units and dates that held-out sets read wrong: units of area, data rate and
length; multipliers ("tiga kali lipat"); a model's number ("a Falcon 9 rocket"); vague
magnitudes ("tens of thousands"); a part told by a linking verb ("dua di antaranya
merupakan oknum pegawai"); ranges of days ("17 hingga 18 Maret"); weekdays with no day
to count from ("on Sunday")."""

from __future__ import annotations

from datetime import datetime

import pytest

from kroscek.extract.dates import extract_dates
from kroscek.extract.numbers import extract_numbers


def _numbers(text: str, lang: str) -> list[tuple[str, float, str | None]]:
    return [(f.label, float(f.value), f.attrs.get("unit")) for f in extract_numbers(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "unit", "value"),
    [
        ("Api menghanguskan 1.500 hektare atau sekitar 3.700 ekar hutan.", "id", "acre", 3700),
        ("The ranch spans 5,000 acres of grassland near the river.", "en", "acre", 5000),
        ("Banjir merendam wilayah seluas 85 km persegi di hilir sungai.", "id", "km2", 85),
        ("The reserve covers 1,200 square kilometres of wetland.", "en", "km2", 1200),
        ("The storm swept across 300 square miles of farmland.", "en", "sq_mile", 300),
        ("Kabel laut baru itu mengalirkan data 800 gigabit per detik.", "id", "Gbps", 800),
        ("The new cable carries 24 terabits per second between the islands.", "en", "Tbps", 24),
        ("Sekolah itu hanya mendapat internet 10 Mbps dari penyedia lokal.", "id", "Mbps", 10),
        ("The jet cruised at 38,000 feet before the descent.", "en", "ft", 38000),
        ("Pesawat kehilangan ketinggian hingga 12.000 kaki dalam dua menit.", "id", "ft", 12000),
    ],
)
def test_area_rate_and_length_units_are_read_as_units(
    text: str, lang: str, unit: str, value: float
) -> None:
    assert (unit, float(value), unit) in _numbers(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Harga beras di pasar itu naik hampir dua kali lipat dari bulan lalu.", "id", 2),
        ("Ongkos sewa perahu kini tiga kali lebih mahal dibanding tahun lalu.", "id", 3),
        ("Rents rose almost four times the national average last year.", "en", 4),
        ("The new plant is five times larger than the old one.", "en", 5),
        ("Imports grew 3-fold after the tariff cut.", "en", 3),
    ],
)
def test_n_times_a_quantity_is_a_multiplier_not_a_count_of_events(
    text: str, lang: str, value: float
) -> None:
    found = _numbers(text, lang)
    assert ("fold", float(value), "fold") in found
    assert not any(label in ("kali", "times") for label, _, _ in found)


@pytest.mark.parametrize(
    ("text", "lang", "label", "value"),
    [
        ("Pelaku sudah tiga kali mencuri sepeda motor di kompleks itu.", "id", "kali", 3),
        ("He was questioned four times by prosecutors last month.", "en", "times", 4),
        ("Ia dipanggil dua kali lebih oleh penyidik pekan ini.", "id", "kali", 2),
    ],
)
def test_n_times_an_event_stays_a_count_of_times(
    text: str, lang: str, label: str, value: float
) -> None:
    assert (label, float(value), None) in _numbers(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "A SpaceX Falcon 9 rocket put the weather satellite into orbit.",
        "The airline grounded its last Boeing 747 jet after the inspection.",
        "Engineers fitted the Ariane 6 rocket with a new upper stage.",
    ],
)
def test_a_models_number_before_a_singular_noun_is_no_count(text: str) -> None:
    assert extract_numbers(text, "en") == []


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        ("Militants fired 12 rockets at the town overnight.", "rockets", 12),
        ("The carrier ordered 30 Airbus jets for its regional routes.", "aircraft", 30),
        ("In Gaza 20 people were killed on the day.", "people", 20),
        ("Two Sukhoi Su-35 fighters escorted the convoy.", "fighters", 2),
        ("Four Lockheed F-16 jets took off at dawn.", "aircraft", 4),
    ],
)
def test_counts_beside_capitalised_names_stay_counts(text: str, label: str, value: float) -> None:
    assert (label, float(value)) in [(f.label, float(f.value)) for f in extract_numbers(text, "en")]


@pytest.mark.parametrize(
    ("text", "lang", "label", "value"),
    [
        ("The network will reach tens of thousands of villages.", "en", "villages", 10000),
        ("Hundreds of thousands of residents lost power overnight.", "en", "residents", 100000),
        ("Puluhan ribu warga mengungsi ke dataran tinggi.", "id", "warga", 10000),
        ("Thousands of residents lost power overnight.", "en", "residents", 1000),
    ],
)
def test_vague_magnitudes_are_read_at_their_order(
    text: str, lang: str, label: str, value: float
) -> None:
    facts = [f for f in extract_numbers(text, lang) if f.label == label]
    assert [(float(f.value), f.attrs.get("vague")) for f in facts] == [(float(value), True)]


@pytest.mark.parametrize(
    ("text", "lang", "label", "whole"),
    [
        (
            "Polisi menahan delapan orang. Tiga di antaranya merupakan oknum pegawai dinas.",
            "id",
            "pegawai",
            None,
        ),
        ("Jaksa menyebut dua dari enam terdakwa adalah pegawai bank itu.", "id", "pegawai", 6.0),
        ("Police held eight people. Three of them were nurses.", "en", "nurses", None),
        ("He said two of the five suspects were employees of the firm.", "en", "workers", 5.0),
    ],
)
def test_a_part_told_by_a_linking_verb_counts_the_people_it_names(
    text: str, lang: str, label: str, whole: float | None
) -> None:
    parts = [f for f in extract_numbers(text, lang) if f.attrs.get("implied")]
    assert [(f.label, f.attrs.get("whole")) for f in parts] == [(label, whole)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Dua dari enam kapal adalah milik nelayan setempat.", "id"),
        ("Two of the five suspects were released on bail.", "en"),
    ],
)
def test_a_part_told_as_no_people_keeps_the_wholes_noun(text: str, lang: str) -> None:
    parts = [f for f in extract_numbers(text, lang) if f.attrs.get("whole")]
    assert parts and all(not f.attrs.get("implied") for f in parts)


@pytest.mark.parametrize(
    ("text", "lang", "first", "last"),
    [
        ("Pameran digelar 20 hingga 22 Mei 2026 di gedung itu.", "id", "2026-05-20", "2026-05-22"),
        ("Pameran digelar 20-22 Mei 2026 di gedung itu.", "id", "2026-05-20", "2026-05-22"),
        ("Cuti bersama berlaku 9 sampai 11 Juni 2026.", "id", "2026-06-09", "2026-06-11"),
        ("The forum runs May 20-22, 2026 in Bali.", "en", "2026-05-20", "2026-05-22"),
        ("The forum runs from 20 to 22 May 2026 in Bali.", "en", "2026-05-20", "2026-05-22"),
    ],
)
def test_a_range_of_days_is_one_date_and_no_loose_number(
    text: str, lang: str, first: str, last: str
) -> None:
    days = [f for f in extract_dates(text, lang).facts if f.label == "day"]
    assert [(f.value, f.attrs.get("end"), f.attrs.get("range")) for f in days] == [
        (first, last, True)
    ]
    blocked = extract_dates(text, lang).claimed
    assert not any(f.label == "" for f in extract_numbers(text, lang, blocked=blocked))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Sebanyak 5 dan 22 Mei 2026 dicatat sebagai hari libur.", "id"),
        ("Talks begin on May 20 with 22 delegates.", "en"),
    ],
)
def test_two_days_or_a_day_and_a_count_are_no_range(text: str, lang: str) -> None:
    assert not any(f.attrs.get("range") for f in extract_dates(text, lang).facts)


@pytest.mark.parametrize(
    ("text", "lang", "weekday", "name"),
    [
        ("A fisherman was bitten by a crocodile on Sunday, police said.", "en", 7, "sunday"),
        ("Seorang nelayan digigit buaya pada Sabtu sore, kata polisi.", "id", 6, "saturday"),
        ("Warga mengungsi sejak Selasa karena air terus naik.", "id", 2, "tuesday"),
    ],
)
def test_a_weekday_with_no_day_to_count_from_stays_a_weekday(
    text: str, lang: str, weekday: int, name: str
) -> None:
    facts = extract_dates(text, lang).facts
    assert [(f.label, f.value, f.attrs.get("weekday")) for f in facts] == [
        ("weekday", name, weekday)
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A fisherman was bitten by a crocodile on Sunday, police said.", "en"),
        ("Seorang nelayan digigit buaya pada Sabtu sore, kata polisi.", "id"),
    ],
)
def test_a_weekday_with_a_publication_day_is_a_calendar_day(text: str, lang: str) -> None:
    facts = extract_dates(text, lang, published=datetime(2026, 5, 20)).facts
    assert [f.label for f in facts] == ["day"]


@pytest.mark.parametrize(
    ("text", "lang", "kept", "converted"),
    [
        ("The fire burned 50,000 hectares (124,000 acres) of bush.", "en", "ha", "124,000 acres"),
        ("Pesawat terbang di ketinggian 33.000 kaki (sekitar 10 km).", "id", "ft", "sekitar 10 km"),
        ("The ferry sank 8 km (5 miles) off the coast.", "en", "km", "5 miles"),
    ],
)
def test_a_measure_converted_in_brackets_is_one_measure(
    text: str, lang: str, kept: str, converted: str
) -> None:
    facts = extract_numbers(text, lang)
    assert [(f.label, f.attrs.get("converted")) for f in facts] == [(kept, converted)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The fire burned 50,000 hectares (and 900 acres of farmland more).", "en"),
        ("Kapal tenggelam 8 km (dengan 5 km lain dijaga polisi).", "id"),
    ],
)
def test_a_bracket_with_another_measure_is_no_conversion(text: str, lang: str) -> None:
    assert len(extract_numbers(text, lang)) == 2


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        (
            "The grid will reach tens of thousands of villages. Around 41,000 service "
            "points, mostly villages, still lack power.",
            "en",
            [("points", 41000.0)],
        ),
        (
            "Ribuan sekolah belum tersambung. Sekitar 4.200 titik layanan, terutama sekolah, "
            "masih tanpa sinyal.",
            "id",
            [("titik", 4200.0)],
        ),
        (
            "Ribuan pohon tumbang. Petugas mencatat 4.200 pohon tumbang di jalan utama.",
            "id",
            [("pohon", 1000.0), ("pohon", 4200.0)],
        ),
        (
            "Ribuan warga mengungsi. Sebanyak 350 warga kini tinggal di tenda.",
            "id",
            [("warga", 1000.0), ("warga", 350.0)],
        ),
    ],
)
def test_a_vague_count_a_wider_figure_of_its_order_restates_is_dropped(
    text: str, lang: str, kept: list[tuple[str, float]]
) -> None:
    assert [(f.label, float(f.value)) for f in extract_numbers(text, lang)] == kept
