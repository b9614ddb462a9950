"""Dates: absolute, partial and relative expressions, precision, weekday checks, bad dates."""

from __future__ import annotations

from datetime import datetime

import pytest

from kroscek.extract.dates import extract_dates

# Friday 8 March 2024, 10:00
PUB = datetime(2024, 3, 8, 10, 0)


def dates(text: str, lang: str = "id", published: datetime | None = PUB):
    return extract_dates(text, lang, published=published).facts


@pytest.mark.parametrize(
    ("text", "lang", "value", "precision"),
    [
        ("Rapat digelar pada 16 November 2023 di Bandung.", "id", "2023-11-16", "day"),
        ("Ledakan terjadi Kamis (16/11/2023) malam.", "id", "2023-11-16", "day"),
        ("Surat itu bertanggal 16/11/2023.", "id", "2023-11-16", "day"),
        ("Sidang ditunda hingga 2 Januari 2024.", "id", "2024-01-02", "day"),
        ("The talks ended on November 16, 2023.", "en", "2023-11-16", "day"),
        ("The vote was held on 16 November 2023.", "en", "2023-11-16", "day"),
        ("The report is dated 2023-11-16.", "en", "2023-11-16", "day"),
        ("Harga naik sejak November 2023.", "id", "2023-11-01", "month"),
        ("Prices have risen since March 2022.", "en", "2022-03-01", "month"),
        ("Bendungan itu dibangun pada tahun 1979.", "id", "1979-01-01", "year"),
        ("The dam was built in 1979.", "en", "1979-01-01", "year"),
    ],
)
def test_absolute_dates_keep_their_precision(text, lang, value, precision):
    (fact,) = dates(text, lang)
    assert (fact.value, fact.label, fact.attrs["relative"]) == (value, precision, False)
    assert text[fact.start : fact.end] == fact.text


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Serangan terjadi pada 7 Oktober lalu.", "id", "2023-10-07"),
        ("Banjir datang pada 2 Maret.", "id", "2024-03-02"),
        ("The strike began on October 7.", "en", "2023-10-07"),
    ],
)
def test_a_day_without_a_year_takes_the_publication_year_or_the_one_before(text, lang, value):
    (fact,) = dates(text, lang)
    assert fact.value == value


@pytest.mark.parametrize(
    ("text", "lang", "value", "precision"),
    [
        ("Gempa terasa kemarin sore.", "id", "2024-03-07", "day"),
        ("Ia tiba hari ini.", "id", "2024-03-08", "day"),
        ("Pertemuan dijadwalkan besok.", "id", "2024-03-09", "day"),
        ("Polisi menangkapnya Kamis lalu.", "id", "2024-03-07", "day"),
        ("Polisi menangkapnya pada Senin.", "id", "2024-03-04", "day"),
        ("Hujan diperkirakan turun hingga Minggu.", "id", "2024-03-10", "day"),
        ("Harga beras naik pekan lalu.", "id", "2024-02-26", "week"),
        ("Kasus meningkat sejak awal bulan ini.", "id", "2024-03-01", "month"),
        ("Ekspor turun bulan lalu.", "id", "2024-02-01", "month"),
        ("Inflasi tahun lalu rendah.", "id", "2023-01-01", "year"),
        ("Ia ditahan tiga hari lalu.", "id", "2024-03-05", "day"),
        ("The minister resigned yesterday.", "en", "2024-03-07", "day"),
        ("Police arrested him last Thursday.", "en", "2024-03-07", "day"),
        ("The storm hit on Monday.", "en", "2024-03-04", "day"),
        ("Prices rose last week.", "en", "2024-02-26", "week"),
        ("Cases have climbed since earlier this month.", "en", "2024-03-01", "month"),
        ("The plant closed two weeks ago.", "en", "2024-02-19", "week"),
        ("Exports fell last year.", "en", "2023-01-01", "year"),
    ],
)
def test_relative_dates_resolve_against_publication(text, lang, value, precision):
    (fact,) = dates(text, lang)
    assert (fact.value, fact.label) == (value, precision)
    assert fact.attrs["relative"] is True


def test_a_period_has_an_end_so_overlap_can_be_checked():
    (fact,) = dates("Kasus meningkat sejak awal bulan ini.")
    assert fact.attrs["end"] == "2024-03-08"  # early this month: up to publication
    (week,) = dates("Harga beras naik pekan lalu.")
    assert week.attrs["end"] == "2024-03-03"


@pytest.mark.parametrize(
    ("text", "lang", "value", "guessed"),
    [
        # a full date elsewhere in the text gives the year
        (
            "Hujan turun sejak Kamis (5/6/2025). Tanggul jebol pada Sabtu, 7 Juni.",
            "id",
            "2025-06-07",
            False,
        ),
        (
            "Warga mengungsi sejak Oktober 2022 dan kembali pada 3 November.",
            "id",
            "2022-11-03",
            False,
        ),
        # a bare year says nothing about it: a guess, never checked against its weekday
        ("The port reopened on Friday, May 9, its first stop since 2019.", "en", None, True),
        ("Jembatan yang dibangun pada 1987 itu diperiksa pada Juli.", "id", None, True),
        ("Pasar dibuka kembali pada Senin, 4 Agustus.", "id", None, True),
    ],
)
def test_a_year_from_a_bare_year_in_the_text_is_only_a_guess(text, lang, value, guessed):
    fact = [f for f in dates(text, lang, published=None) if f.label != "year"][-1]
    assert fact.attrs.get("year_guessed", False) is guessed
    assert "weekday_mismatch" not in fact.attrs
    if value is not None:
        assert fact.value == value


@pytest.mark.parametrize(
    ("text", "lang", "mismatch"),
    [
        ("Ledakan terjadi Kamis (16/11/2023) malam.", "id", False),
        ("Ledakan terjadi Rabu (16/11/2023) malam.", "id", True),
        ("Pada Jumat, 16 November 2023, pejabat itu datang.", "id", True),
        ("It happened on Thursday, November 16, 2023.", "en", False),
        ("It happened on Tuesday, November 16, 2023.", "en", True),
    ],
)
def test_a_weekday_that_does_not_match_its_date_is_flagged(text, lang, mismatch):
    (fact,) = dates(text, lang)
    assert fact.attrs.get("weekday_mismatch", False) is mismatch
    assert "weekday" in fact.attrs


@pytest.mark.parametrize(
    "text",
    [
        "Tanggal 31 Februari 2023 tidak ada di kalender.",
        "Jadwal 30/02/2024 keliru.",
        "Pada 45 Maret semuanya berubah.",
        "Versi 1.2.3 dirilis.",
        "Skor akhir 3-1 untuk tuan rumah.",
        "Acara dimulai pukul 10.30 WIB.",
    ],
)
def test_impossible_or_non_dates_give_no_fact(text):
    assert dates(text) == []


@pytest.mark.parametrize(
    "text",
    ["Gempa terasa kemarin sore.", "Ekspor turun bulan lalu."],
)
def test_relative_dates_need_a_publication_date(text):
    assert dates(text, published=None) == []


def test_a_weekday_with_no_publication_date_stays_a_weekday_alone():
    facts = dates("Polisi menangkapnya Kamis lalu.", published=None)
    assert [(f.label, f.value, f.text) for f in facts] == [("weekday", "thursday", "Kamis lalu")]


def test_minggu_as_week_is_not_sunday():
    facts = dates("Minggu lalu harga cabai naik.")
    assert [(f.label, f.value) for f in facts] == [("week", "2024-02-26")]


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("The minister will visit the site on Wednesday.", "en", "2025-03-19"),
        ("The premier is due to meet the families on Friday.", "en", "2025-03-21"),
        ("Rescuers reached the shaft on Wednesday.", "en", "2025-03-12"),
        ("Bupati akan meninjau lokasi pada Kamis.", "id", "2025-03-20"),
        ("Bupati meninjau lokasi pada Kamis.", "id", "2025-03-13"),
    ],
)
def test_a_bare_weekday_in_a_future_clause_is_the_coming_one(text, lang, day):
    published = datetime(2025, 3, 18, 9)  # a Tuesday
    facts = extract_dates(text, lang, published=published).facts
    assert [f.value for f in facts] == [day]


@pytest.mark.parametrize(
    ("text", "lang", "years"),
    [
        ("Perda Nomor 4 Tahun 2019 tentang tata ruang digugat warga.", "id", []),
        ("Aturan itu merujuk pada Permen No. 11 Tahun 2021.", "id", []),
        ("The licence was issued under Decree No. 88 of 2022.", "en", []),
        # a rank or a count before a year is not a document number
        (
            "Timnas berada di peringkat 3 pada 2022 dan naik pada tahun 2023.",
            "id",
            ["2022", "2023"],
        ),
        ("Pabrik itu berdiri tahun 1994.", "id", ["1994"]),
    ],
)
def test_the_year_of_a_numbered_document_is_part_of_its_name(text, lang, years):
    assert [f.text for f in dates(text, lang) if f.label == "year"] == years


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("Posko ditutup Jumat (13/3/2026). Banjir surut kemarin malam.", "id", "2026-03-12"),
        (
            "The talks ended on Friday, March 13, 2026. A deal was signed yesterday.",
            "en",
            "2026-03-12",
        ),
    ],
)
def test_without_a_publication_date_yesterday_counts_back_from_the_lead_day(
    text: str, lang: str, day: str
) -> None:
    rel = [f for f in extract_dates(text, lang).facts if f.attrs.get("relative")]
    assert [f.value for f in rel] == [day]
    assert rel[0].attrs.get("anchor") == "lead"


def test_without_a_sure_lead_day_yesterday_stays_unread() -> None:
    text = "Banjir surut kemarin malam. Posko dibuka sejak Maret 2026."
    assert not [f for f in extract_dates(text, "id").facts if f.attrs.get("relative")]
