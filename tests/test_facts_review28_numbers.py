"""Numbers and dates pinned after facts review 28 (held-out sets 251-262): a trade's noun stops
at a function word and a driver counts as a driver, two-word loans ("match point") and fire
engines are their own nouns, a hyphenated minute count is a figure, a headline's verb stem is
no name before its count, "five were Chinese nationals" counts nationals, "in the past twelve
months" is a duration, a part of the day between a weekday and its date keeps the weekday,
and a yearless dateline takes the year of a day the other texts write within two months."""

from __future__ import annotations

from datetime import date

import pytest

from kroscek.compare.findings.claims import noun_key
from kroscek.data import Field
from kroscek.extract.dates import _year_from_set, extract_dates
from kroscek.extract.numbers import extract_numbers


def _counts(text: str, lang: str, field: Field = "text") -> list[tuple[str, str, object]]:
    return [(f.text, f.label, f.value) for f in extract_numbers(text, lang, field=field)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Menurut panitia, lebih dari 40.000 pengemudi dari Bekasi dan Bogor ikut turun.",
            ("lebih dari 40.000 pengemudi", "pengemudi", 40000.0),
        ),
        (
            "Dalam dua bulan terakhir sedikitnya sembilan sopir di Sleman menjadi korban begal.",
            ("sedikitnya sembilan sopir", "sopir", 9.0),
        ),
        (
            "Unjuk rasa serupa tahun lalu diikuti ribuan pengemudi dan berjalan tertib.",
            ("ribuan pengemudi", "pengemudi", 1000.0),
        ),
        (
            "Sekitar 3.000 pengemudi ojek memadati jalan protokol.",
            ("Sekitar 3.000 pengemudi ojek", "pengemudi", 3000.0),
        ),
        (
            "Polisi memeriksa dua tukang parkir di lokasi.",
            ("dua tukang parkir", "tukang parkir", 2.0),
        ),
    ],
)
def test_a_trade_noun_stops_at_a_function_word_and_a_driver_counts_as_a_driver(text, expected):
    assert expected in _counts(text, "id")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Ia sempat menyelamatkan tiga match point di gim penentuan.",
            "id",
            ("tiga match point", "match point", 3.0),
        ),
        (
            "She saved three match points in the deciding game.",
            "en",
            ("three match points", "match points", 3.0),
        ),
    ],
)
def test_a_two_word_loan_is_its_own_noun(text, lang, expected):
    assert expected in _counts(text, lang)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Sebanyak 14 unit mobil pemadam dikerahkan ke lokasi.", "14 unit mobil pemadam"),
        ("Petugas menurunkan 14 unit damkar ke pasar.", "14 unit damkar"),
        ("Tiga damkar tiba setengah jam kemudian.", "Tiga damkar"),
    ],
)
def test_a_fire_engine_is_counted_as_a_vehicle_however_it_is_named(text, figure):
    (fact,) = [f for f in extract_numbers(text, "id") if f.text == figure]
    assert fact.label == "kendaraan"


def test_english_fire_engines_compare_as_the_indonesian_vehicles():
    (en,) = extract_numbers("Nine fire engines were sent to the market.", "en")
    (id_,) = extract_numbers("Sembilan unit damkar dikirim ke pasar.", "id")
    assert en.label == "fire engines"
    assert noun_key(en, "en") == noun_key(id_, "id") == "kendaraan"


def test_firefighters_of_the_fire_service_are_not_its_engines():
    assert ("Lima petugas", "petugas", 5.0) in _counts("Lima petugas damkar terluka.", "id")


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("She won a 64-minute final in Paris.", "64-minute", 64.0),
        ("The vote followed a 45-minute debate.", "45-minute", 45.0),
        ("After 1 minute the referee stopped play.", "1 minute", 1.0),
    ],
)
def test_a_count_of_minutes_glued_by_a_hyphen_is_a_figure(text, figure, value):
    (fact,) = [f for f in extract_numbers(text, "en") if f.text == figure]
    assert (fact.value, fact.attrs.get("unit")) == (value, "minute")


@pytest.mark.parametrize(
    ("title", "expected", "event"),
    [
        (
            "Bentrok di Terminal, Polisi Tangkap 15 Pengamen",
            ("15 Pengamen", "pengamen", 15.0),
            "arrested",
        ),
        ("Longsor Tewaskan 7 Penambang", ("7 Penambang", "penambang", 7.0), "killed"),
        ("Kelompok Bersenjata Culik 4 Guru", ("4 Guru", "guru", 4.0), "hostage"),
        ("Densus Tangkap 3 Terduga Teroris", ("3 Terduga", "tersangka", 3.0), "arrested"),
    ],
)
def test_a_headline_verb_stem_before_a_count_is_no_name(title, expected, event):
    facts = extract_numbers(title, "id", field="title")
    (fact,) = [f for f in facts if f.text == expected[0]]
    assert (fact.text, fact.label, fact.value) == expected
    assert fact.attrs.get("event") == event


def test_a_headline_stem_is_no_counted_noun_but_the_lowercase_noun_still_is():
    assert ("88 Tangkap 3 Terduga", "tersangka", 88.0) not in _counts(
        "Densus 88 Tangkap 3 Terduga Teroris", "id", "title"
    )
    assert ("dua evakuasi", "evakuasi", 2.0) in _counts("Tim melakukan dua evakuasi darurat.", "id")


def test_a_capitalised_name_before_a_number_still_names_it():
    assert _counts("PBB Sahkan Resolusi 2334 Soal Permukiman", "id", "title") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fire killed 11 workers. Six of the dead were Indonesian and five were Chinese "
            "nationals.",
            ("five were Chinese nationals", "nationals", 5.0),
        ),
        (
            "Of the 20 crew rescued, three are Thai citizens.",
            ("three are Thai citizens", "citizens", 3.0),
        ),
    ],
)
def test_a_number_that_is_the_subject_of_a_nationality_counts_those_people(text, expected):
    assert expected in _counts(text, "en")


def test_a_number_before_were_without_a_demonym_is_not_read_as_nationals():
    assert all(f.label != "nationals" for f in extract_numbers("Two were Chinese-made.", "en"))


@pytest.mark.parametrize(
    ("text", "figure", "qualifier"),
    [
        (
            "At least 14 clinics were shelled in the past twelve months.",
            "past twelve months",
            "exact",
        ),
        ("The past 48 hours brought 9 landslides.", "past 48 hours", "exact"),
        ("Prices fell over the past three years.", "past three years", "exact"),
        ("The talks dragged on past 10 hours.", "past 10 hours", "more_than"),
        ("The toll climbed past 1,000 on Monday.", "past 1,000", "more_than"),
    ],
)
def test_the_past_months_are_a_duration_while_past_a_figure_is_a_bound(text, figure, qualifier):
    (fact,) = [f for f in extract_numbers(text, "en") if f.text == figure]
    assert fact.attrs.get("qualifier") == qualifier


@pytest.mark.parametrize(
    ("text", "lang", "written", "day", "weekday"),
    [
        ("Banjir merendam desa itu Senin pagi (23/11).", "id", "Senin pagi (23/11)", 23, 1),
        ("Api muncul Minggu malam (22/11) di pasar.", "id", "Minggu malam (22/11)", 22, 7),
        ("Gempa terasa Jumat dini hari (20/11).", "id", "Jumat dini hari (20/11)", 20, 5),
        (
            "The ferry sank on Monday night, November 23, 2026.",
            "en",
            "Monday night, November 23, 2026",
            23,
            1,
        ),
    ],
)
def test_a_part_of_the_day_between_a_weekday_and_its_date_keeps_the_weekday(
    text, lang, written, day, weekday
):
    (fact,) = [f for f in extract_dates(text, lang).facts if f.text == written]
    assert date.fromisoformat(str(fact.value)).day == day
    assert fact.attrs.get("weekday") == weekday
    assert not fact.attrs.get("weekday_mismatch")


@pytest.mark.parametrize(
    ("dateline", "set_day", "expected"),
    [
        (date(2024, 7, 8), date(2025, 8, 1), date(2025, 7, 8)),  # weeks before the other's day
        (date(2024, 12, 31), date(2026, 1, 2), date(2025, 12, 31)),  # across the new year
        (date(2024, 11, 16), date(2025, 11, 17), date(2025, 11, 16)),
    ],
)
def test_a_yearless_dateline_takes_the_year_of_a_day_near_it(dateline, set_day, expected):
    assert _year_from_set(dateline, set_day) == (expected, False)


def test_a_yearless_dateline_months_from_the_other_day_lends_nothing():
    assert _year_from_set(date(2024, 3, 8), date(2025, 8, 1)) is None


def test_a_weekday_under_a_dateline_with_a_lent_year_is_the_latest_on_or_before_it():
    text = "The ministry said on Monday it would reply. Officials met again on Tuesday."
    facts = extract_dates(
        text, "en", reported=(date(2024, 7, 8), True), set_day=date(2025, 8, 1)
    ).facts
    days = {f.text: f.value for f in facts}
    assert days == {"on Monday": "2025-07-07", "on Tuesday": "2025-07-08"}
