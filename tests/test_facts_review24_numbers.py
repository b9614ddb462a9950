"""Facts review 24 (numbers and dates of held-out sets 25-36): model names, exchange rates
written with a currency sign, decades and years before a noun, ages in years, hyphenated
measures, martyrdom as a death, parts of a newly found group, counts revised by an addition,
tolls over a period, and the year a yearless day's weekday tells."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from kroscek.extract.dates import extract_dates
from kroscek.extract.numbers import extract_numbers


def _by_text(text: str, lang: str) -> dict[str, Any]:
    return {f.text: f for f in extract_numbers(text, lang)}


# --- a model name is no count --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "count", "noun"),
    [
        ("The carrier grounded its 14 Airbus 330-900 jets for checks.", "en", 14, "aircraft"),
        ("Regulators ordered checks on 23 Boeing 777-300 planes.", "en", 23, "aircraft"),
        ("Maskapai itu mengandangkan 9 pesawat Boeing 737-800 miliknya.", "id", 9, "pesawat"),
    ],
)
def test_a_model_designation_is_no_range_and_its_fleet_is_counted(text, lang, count, noun):
    facts = extract_numbers(text, lang)
    assert [(f.value, f.label) for f in facts] == [(count, noun)]


@pytest.mark.parametrize(
    ("text", "lang", "low", "top"),
    [
        ("Sekitar 200-300 warga mengungsi ke balai desa.", "id", 200, 300),
        ("Between 40-60 people were evacuated.", "en", 40, 60),
        ("Petugas memperkirakan 20-30 rumah rusak.", "id", 20, 30),
    ],
)
def test_a_hyphenated_range_outside_a_name_keeps_both_ends(text, lang, low, top):
    values = sorted(f.value for f in extract_numbers(text, lang))
    assert values == [low, top]


# --- an exchange rate written with the currency sign ---------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Rupiah ditutup melemah di level Rp15.980 per dolar AS pada sore ini.", "id", 15980),
        ("Kurs acuan berada di Rp 16.105 terhadap dolar AS.", "id", 16105),
        ("The rupiah ended at Rp 15,940 per dollar on Friday.", "en", 15940),
    ],
)
def test_a_currency_amount_per_dollar_is_an_exchange_rate(text, lang, value):
    rates = [f for f in extract_numbers(text, lang) if f.attrs.get("unit") == "per_USD"]
    assert [f.value for f in rates] == [value]


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("Harga beras naik menjadi Rp 14.500 per kilogram.", "id", "IDR"),
        ("Tiket masuk dijual Rp 25.000 per orang.", "id", "IDR"),
    ],
)
def test_a_price_per_thing_stays_an_amount_of_money(text, lang, unit):
    assert [f.attrs.get("unit") for f in extract_numbers(text, lang)] == [unit]


# --- years and decades are no counts -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Masjid tua itu dibangun pada 1920-an oleh para pedagang.", "id"),
        ("The mill, built in the 1950s, was shut.", "en"),
        ("The fund kept its 2027 inflation forecast unchanged.", "en"),
        ("Target defisit 2027 tetap di bawah tiga persen.", "id"),
    ],
)
def test_a_decade_or_a_year_before_a_word_is_no_count(text, lang):
    assert [f for f in extract_numbers(text, lang) if f.value >= 1800] == []


@pytest.mark.parametrize(
    ("text", "lang", "value", "noun"),
    [
        ("Sekitar 2000 warga mengungsi ke tenda darurat.", "id", 2000, "warga"),
        ("About 1500 people joined the march.", "en", 1500, "people"),
        ("Sebanyak 1500-an orang memadati alun-alun.", "id", 1500, "orang"),
    ],
)
def test_a_large_count_of_a_known_noun_written_without_a_separator_stays(text, lang, value, noun):
    assert [(f.value, f.label) for f in extract_numbers(text, lang)] == [(value, noun)]


# --- ages and measures ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Investigators said the helicopter was 22 years old.", "en"),
        ("Menurut dinas, helikopter itu berusia 22 tahun.", "id"),
    ],
)
def test_an_age_in_years_is_one_unit_in_both_languages(text, lang):
    facts = extract_numbers(text, lang)
    assert [(f.value, f.attrs.get("unit")) for f in facts] == [(22, "age")]


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("The 2,329-meter peak was closed to climbers.", "en", 2329, "m"),
        ("A 900-metre tunnel was opened on the pass.", "en", 900, "m"),
        ("Police sealed off a 3-km stretch of the road.", "en", 3, "km"),
    ],
)
def test_a_hyphenated_measure_carries_its_unit(text, lang, value, unit):
    facts = extract_numbers(text, lang)
    assert [(f.value, f.attrs.get("unit")) for f in facts] == [(value, unit)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Residents within a 5-km radius of the crater were told to leave.", "en"),
        ("Warga dalam radius 5 km dari kawah diminta mengungsi.", "id"),
    ],
)
def test_a_radius_is_named_before_or_after_its_figure(text, lang):
    facts = [f for f in extract_numbers(text, lang) if f.attrs.get("unit") == "km"]
    assert [(f.value, f.attrs.get("measure")) for f in facts] == [(5, "radius")]


# --- deaths: martyrdom, parts between commas, tolls over a period -------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Eight fighters were martyred in the raid, the group said.", 8),
        ("The shelling martyrs 11 in the camp.", 11),
    ],
)
def test_martyrdom_is_a_death(text, value):
    facts = [f for f in extract_numbers(text, "en") if f.value == value]
    assert [f.attrs.get("event") for f in facts] == ["killed"]


@pytest.mark.parametrize(
    ("text", "lang", "whole", "part"),
    [
        ("Ten villagers, among them three children, were killed in the blast.", "en", 10, 3),
        ("Seven people, including two women, died when the bus overturned.", "en", 7, 2),
        ("Sebelas warga, termasuk empat anak, tewas tertimbun longsor.", "id", 11, 4),
    ],
)
def test_a_part_between_commas_leaves_the_outcome_to_both_counts(text, lang, whole, part):
    events = {f.value: f.attrs.get("event") for f in extract_numbers(text, lang)}
    assert events == {whole: "killed", part: "killed"}


@pytest.mark.parametrize(
    ("text", "lang", "value", "period"),
    [
        (
            "More than 120 civilians have been killed since the offensive began.",
            "en",
            120,
            "since the offensive began",
        ),
        (
            "Sejak operasi dimulai, sedikitnya 75 warga sipil tewas.",
            "id",
            75,
            "Sejak operasi dimulai",
        ),
    ],
)
def test_a_toll_over_a_period_carries_the_period(text, lang, value, period):
    facts = [f for f in extract_numbers(text, lang) if f.value == value]
    assert [(f.attrs.get("event"), f.attrs.get("period")) for f in facts] == [("killed", period)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A drone strike killed six people on Friday, the worst attack since March.", "en"),
        ("Longsor menewaskan lima orang, bencana terburuk sejak 2019.", "id"),
        ("Sedikitnya 90 warga mengungsi sejak Selasa malam.", "id"),
    ],
)
def test_a_since_in_another_clause_or_of_a_displacement_marks_no_period(text, lang):
    assert all("period" not in f.attrs for f in extract_numbers(text, lang))


# --- a subgroup and a revision after an addition -------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "whole", "parts"),
    [
        (
            "Delapan penumpang yang baru dievakuasi itu terdiri atas lima pria dan tiga anak.",
            "id",
            8,
            {5: "pria", 3: "anak"},
        ),
        (
            "The nine survivors found at sea, consisting of seven men and two women, were "
            "taken ashore.",
            "en",
            9,
            {7: "men", 2: "women"},
        ),
    ],
)
def test_the_parts_of_a_newly_found_group_carry_their_whole(text, lang, whole, parts):
    facts = {f.value: f for f in extract_numbers(text, lang)}
    assert "whole" not in facts[whole].attrs
    for value, noun in parts.items():
        f = facts[value]
        assert (f.label, f.attrs.get("whole"), f.attrs.get("implied")) == (noun, whole, True)


def test_a_list_without_a_subgroup_word_has_no_whole():
    facts = extract_numbers("Delapan penumpang selamat, lima pria dan tiga anak dirawat.", "id")
    assert all("whole" not in f.attrs for f in facts)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Dengan tambahan itu, jumlah pria dalam kelompok menjadi 35 orang dan anak-anak "
            "19 orang.",
            "id",
            {35: ("pria", True), 19: ("anak", True)},
        ),
        (
            "With the addition, the number of women in the camp rose to 80 and the children to 51.",
            "en",
            {80: ("women", True), 51: ("children", True)},
        ),
        (
            "Jumlah pria dalam kelompok itu 35 orang.",
            "id",
            {35: ("pria", False)},
        ),
    ],
)
def test_a_generic_count_takes_the_people_its_clause_names_and_an_addition_revises_it(
    text, lang, expected
):
    facts = {f.value: (f.label, bool(f.attrs.get("revised"))) for f in extract_numbers(text, lang)}
    assert facts == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jumlah rumah rusak mencapai 40 unit dan korban 12 orang.",
        "Jumlah kendaraan yang terbakar 12 orang melihatnya.",
    ],
)
def test_a_generic_count_after_no_part_of_a_group_keeps_the_generic_noun(text):
    assert [f.label for f in extract_numbers(text, "id") if f.value == 12] == ["orang"]


# --- dates without a publication date ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "near", "expected"),
    [
        ("The flood hit at dawn on Sunday, March 8, after days of rain.", "en", None, "2026-03-08"),
        ("Banjir melanda pada Minggu (8/3) dini hari.", "id", None, "2026-03-08"),
        (
            "Fighting resumed on Thursday, June 4, near the border.",
            "en",
            date(2015, 6, 10),
            "2015-06-04",
        ),
    ],
)
def test_a_yearless_day_takes_the_year_its_weekday_tells(text, lang, near, expected):
    days = [f for f in extract_dates(text, lang, set_day=near).facts if f.label == "day"]
    assert [(f.value, f.attrs.get("year_guessed")) for f in days] == [(expected, True)]


def test_a_bare_weekday_after_a_text_s_own_day_reads_forward_in_a_future_clause():
    text = (
        "Five were hurt on Sunday, March 8, when a wall fell. "
        "Engineers are expected to inspect the site on Tuesday."
    )
    days = extract_dates(text, "en", set_day=date(2026, 3, 8)).facts
    assert [(f.text, f.value) for f in days] == [
        ("Sunday, March 8", "2026-03-08"),
        ("on Tuesday", "2026-03-10"),
    ]


# --- clock times and alert levels ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "time"),
    [
        ("Kapal merapat pada Senin (9/3/2026) pukul 04.30 WIB.", "id", "04:30"),
        ("Kapal merapat Senin (9/3/2026) dini hari sekitar pukul 04.30 WIB.", "id", "04:30"),
        ("Hujan es turun Senin (9/3/2026) sore, pukul 16.45 WITA.", "id", "16:45"),
        ("The quake struck on Monday, March 9, 2026, at 11:42 a.m.", "en", "11:42"),
    ],
)
def test_a_clock_time_is_read_on_its_day_and_never_as_a_count(text, lang, time):
    days = [f for f in extract_dates(text, lang).facts if f.label == "day"]
    assert [f.attrs.get("time") for f in days] == [time]
    assert all(f.value not in (4, 30, 11, 42, 16, 45) for f in extract_numbers(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Status gunung itu dinaikkan dari Level II (Waspada) ke Level III (Siaga).", "id"),
        ("The agency raised the alert to Level IV, the highest.", "en"),
    ],
)
def test_an_alert_level_is_no_count(text, lang):
    assert extract_numbers(text, lang) == []


@pytest.mark.parametrize(
    "before",
    [
        "",
        "Menurut petugas, tiga orang lagi ditemukan pagi tadi. ",
        "Tim gabungan menyisir pantai sejak subuh.\n\n",
    ],
)
def test_an_addition_revises_its_count_wherever_its_sentence_stands(before):
    text = before + "Dengan tambahan itu, jumlah penumpang selamat menjadi 48 orang."
    revised = {f.value: bool(f.attrs.get("revised")) for f in extract_numbers(text, "id")}
    assert revised[48] is True
