"""Facts review 30: numbers and dates read wrong on unseen text.

A part adding up to the total its sentence ends on, the outcome of a purpose clause's object,
a partitive of things, a central figure with its margin, the step of a what-if, a crowd verb
after the places a subject comes from, a contribution in percentage points, barrels per day
and nautical miles; a month said to be past, a weekday said to be past in a text dated only
by its lead, and a yearless dateline beside a coming date. Sentences written for this file.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kroscek.data import Fact
from kroscek.extract.dates import anchor_dateline, extract_dates
from kroscek.extract.numbers import PART_OF_TOTAL, extract_numbers


def _numbers(text: str, lang: str) -> list[Fact]:
    """Every figure, dates kept out as the pipeline does."""
    dates = extract_dates(text, lang)
    return extract_numbers(text, lang, blocked=dates.claimed)


def _by_value(text: str, lang: str) -> dict[float, Fact]:
    return {float(f.value): f for f in _numbers(text, lang)}


# --- a part and the total its sentence ends on -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "part", "total"),
    [
        (
            "Selain kepala desa, enam orang lainnya ikut diamankan sehingga totalnya tujuh orang.",
            "id",
            6,
            7,
        ),
        (
            "Tim SAR menemukan dua korban lagi sehingga jumlahnya menjadi 11 korban.",
            "id",
            2,
            11,
        ),
        (
            "Police detained three more protesters on Sunday, bringing the total to 15 protesters.",
            "en",
            3,
            15,
        ),
    ],
)
def test_a_part_adding_up_to_its_sentences_total_carries_that_total(
    text: str, lang: str, part: float, total: float
) -> None:
    found = _by_value(text, lang)
    assert found[part].attrs.get("whole") == total
    assert found[part].attrs.get(PART_OF_TOTAL) is True
    assert PART_OF_TOTAL not in found[total].attrs


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Enam orang ditangkap, sedangkan tujuh orang lainnya masih diburu.", "id"),
        ("Six people were arrested. The total rose to seven people later.", "en"),
        ("Sembilan orang diamankan sehingga totalnya delapan orang.", "id"),
    ],
)
def test_counts_without_a_total_cue_or_larger_total_stay_counts_of_their_own(
    text: str, lang: str
) -> None:
    assert all(PART_OF_TOTAL not in f.attrs for f in _numbers(text, lang))


# --- the outcome of a purpose clause's object --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Pemerintah daerah mengirim empat ambulans untuk menjemput korban luka.", "id", 4),
        ("Basarnas mengerahkan dua helikopter guna mencari korban hilang.", "id", 2),
        ("The province sent five ambulances to carry the injured to hospital.", "en", 5),
    ],
)
def test_things_sent_for_the_hurt_carry_no_outcome(text: str, lang: str, value: float) -> None:
    assert "event" not in _by_value(text, lang)[value].attrs


@pytest.mark.parametrize(
    ("text", "lang", "value", "event"),
    [
        ("Dua perahu nelayan hilang di perairan itu.", "id", 2, "missing"),
        ("Lima orang dibawa ke rumah sakit untuk dirawat karena luka bakar.", "id", 5, "injured"),
        ("Four boats are still missing off the coast.", "en", 4, "missing"),
    ],
)
def test_an_outcome_of_the_count_itself_stays(
    text: str, lang: str, value: float, event: str
) -> None:
    assert _by_value(text, lang)[value].attrs.get("event") == event


# --- a partitive of things --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "value", "label"),
    [
        (
            "Dinas mencatat 140 kasus demam berdarah, dengan 35 di antaranya terkonfirmasi.",
            "id",
            35,
            "kasus",
        ),
        (
            "Dinas mencatat 140 kasus campak. Sebanyak 35 di antaranya terkonfirmasi.",
            "id",
            35,
            "kasus",
        ),
        ("The agency recorded 140 cases, with 35 of them confirmed by tests.", "en", 35, "cases"),
    ],
)
def test_a_part_of_things_in_a_state_takes_the_things_noun(
    text: str, lang: str, value: float, label: str
) -> None:
    fact = _by_value(text, lang)[value]
    assert (fact.label, fact.attrs.get("implied")) == (label, True)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tercatat 640 kasus, 12 di antaranya meninggal dunia.", 12),
        ("Empat kapal asing, tiga di antaranya kapal ikan, memasuki perairan itu.", 3),
    ],
)
def test_a_part_that_died_or_is_named_by_what_it_is_takes_no_noun_of_things(
    text: str, value: float
) -> None:
    assert not any(f.value == value and f.label in ("kasus", "kapal") for f in _numbers(text, "id"))


# --- a central figure and its margin ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "low", "high"),
    [
        ("Sasaran inflasi tahun depan ialah 3 plus minus 1 persen.", "id", 2.0, 4.0),
        ("Target pertumbuhan kredit 10 ± 1%.", "id", 9.0, 11.0),
        ("The bank targets inflation of 2.5% plus or minus 1 percentage point.", "en", 1.5, 3.5),
    ],
)
def test_a_central_figure_and_its_margin_give_the_two_ends_of_a_range(
    text: str, lang: str, low: float, high: float
) -> None:
    found = [f for f in _numbers(text, lang) if f.attrs.get("unit") == "percent"]
    assert sorted(float(f.value) for f in found) == [low, high]
    assert not any(f.label == "plus" for f in _numbers(text, lang))


# --- the step of a what-if --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        (
            "Setiap kenaikan 1 dolar AS harga minyak menambah beban subsidi Rp 2 triliun.",
            "id",
            [2e12],
        ),
        (
            "Tiap pelemahan Rp 100 per dolar menambah belanja bunga utang Rp 1,5 triliun.",
            "id",
            [1.5e12],
        ),
        ("Every $1 rise in crude prices adds about $250 million to the bill.", "en", [250e6]),
    ],
)
def test_the_step_a_what_if_is_told_per_is_no_figure(
    text: str, lang: str, kept: list[float]
) -> None:
    assert sorted(float(f.value) for f in _numbers(text, lang)) == kept


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Harga minyak naik 1 dolar AS dalam sepekan.", "id", 1.0),
        ("Each of the 40 passengers was screened.", "en", 40.0),
    ],
)
def test_a_figure_without_a_what_if_stays(text: str, lang: str, value: float) -> None:
    assert value in _by_value(text, lang)


# --- a crowd verb after the places its people come from ---------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Kabar Teluk – Sekitar 700 petani dari desa-desa di Lembah Hijau berunjuk rasa.",
            700,
        ),
        ("Sebanyak 250 buruh dari tiga pabrik di kawasan industri itu berunjuk rasa.", 250),
    ],
)
def test_a_subjects_crowd_verb_past_its_places_is_its_event(text: str, value: float) -> None:
    assert _by_value(text, "id")[value].attrs.get("event") == "protest"


def test_a_crowd_verb_after_another_clause_is_not_the_subjects() -> None:
    text = "Sebanyak 40 nelayan dari desa itu hilang di laut, sementara warga berunjuk rasa."
    assert _by_value(text, "id")[40].attrs.get("event") == "missing"


# --- units ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("Arab Saudi memangkas 400.000 barel per hari.", "id", 400_000, "barrel_per_day"),
        ("Saudi Arabia cuts 400,000 bpd and Russia 250,000 bpd.", "en", 250_000, "barrel_per_day"),
        ("Output stood at 39 million barrels per day.", "en", 39e6, "barrel_per_day"),
        ("Kapal itu berlayar 12 mil laut dari pantai.", "id", 12, "nautical miles"),
        ("The ship sailed 12 nautical miles off the coast.", "en", 12, "nautical miles"),
        ("Cabai merah memberi andil 0,12 persen terhadap inflasi.", "id", 0.12, "percentage_point"),
        ("Beras memberikan andil inflasi sebesar 0,08 persen.", "id", 0.08, "percentage_point"),
        ("Inflasi tahunan tercatat 2,4 persen.", "id", 2.4, "percent"),
    ],
)
def test_units_read_as_both_languages_name_them(
    text: str, lang: str, value: float, unit: str
) -> None:
    fact = _by_value(text, lang)[value]
    assert fact.attrs.get("unit") == unit


# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "published", "month"),
    [
        ("Kedua tim terakhir bertemu pada Agustus lalu.", "id", datetime(2027, 3, 2), "2026-08-01"),
        (
            "Kedua tim terakhir bertemu pada Februari lalu.",
            "id",
            datetime(2027, 3, 2),
            "2027-02-01",
        ),
        ("The two sides last met last August.", "en", datetime(2027, 3, 2), "2026-08-01"),
        ("Harga naik sejak Oktober lalu.", "id", datetime(2026, 11, 20), "2026-10-01"),
    ],
)
def test_a_month_said_to_be_past_is_the_last_before_publication(
    text: str, lang: str, published: datetime, month: str
) -> None:
    facts = extract_dates(text, lang, published=published).facts
    assert [f.value for f in facts if f.label == "month"] == [month]


def test_a_past_month_beside_a_coming_month_and_year_is_a_guess_before_it() -> None:
    text = "Tim kalah pada Agustus lalu. Mereka berkumpul lagi pada Maret 2027."
    month = next(f for f in extract_dates(text, "id").facts if f.text == "Agustus")
    assert month.value == "2026-08-01"
    assert month.attrs.get("year_guessed") is True


def test_a_past_month_before_a_written_day_takes_that_days_year() -> None:
    text = "Laga digelar Selasa (17/11/2026). Kedua tim bertemu pada Juli lalu."
    month = next(f for f in extract_dates(text, "id").facts if f.text == "Juli")
    assert (month.value, month.attrs.get("year_guessed")) == ("2026-07-01", None)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Korban bertambah, Jumat (20/11/2026). Status darurat ditetapkan pada Selasa lalu.",
            "2026-11-17",
        ),
        (
            "Pencarian berlanjut, Rabu (18/11/2026). Korban hilang sejak Jumat lalu.",
            "2026-11-13",
        ),
    ],
)
def test_a_past_weekday_counts_back_from_the_lead_day(text: str, day: str) -> None:
    facts = extract_dates(text, "id").facts
    rel = [f for f in facts if f.attrs.get("relative")]
    assert [(f.value, f.attrs.get("anchor")) for f in rel] == [(day, "lead")]


@pytest.mark.parametrize(
    ("body", "year"),
    [
        ("The council agreed on Sunday to cut fees from January 1, 2028, it said.", 2027),
        ("Talks resumed on Monday after a pause since November 30, 2027.", 2027),
    ],
)
def test_a_yearless_dateline_takes_the_year_nearest_a_full_day_its_text_writes(
    body: str, year: int
) -> None:
    day, guessed = anchor_dateline(date(2024, 12, 6), body, "en")
    assert (day, guessed) == (date(year, 12, 6), False)
