"""Rules added after blind review 11 (a badminton final, a refinery strike, a vaccine recall
told in English and Indonesian, a climber rescue, a control of two events in one city on one
day), pinned with sentences written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from compare_helpers import of_type, run
from kroscek import compare
from kroscek.data import RawArticle
from kroscek.extract.attribution import extract_attributions
from kroscek.extract.entities import recognise
from kroscek.extract.numbers import extract_numbers
from kroscek.extract.quotes import extract_quotes

_DATED = datetime(2026, 3, 11, 9, 0, tzinfo=UTC)  # a Wednesday


def _pair(dated: tuple[str, str], undated: tuple[str, str], published=_DATED):
    return compare(
        [
            RawArticle("mem:0", dated[0], dated[1], source="Outlet A", published=published),
            RawArticle("mem:1", undated[0], undated[1], source="Outlet B"),
        ]
    )


@pytest.mark.parametrize(
    ("dated", "undated"),
    [
        (
            (
                "Dock workers halt loading at Eastport",
                "EASTPORT - About 900 dock workers stopped loading ships at Eastport on Monday "
                "in a dispute over night-shift pay, the port authority said.",
            ),
            (
                "Eastport dockers stop work over night shifts",
                "EASTPORT - Some 900 dock workers stopped loading ships at Eastport on Tuesday "
                "in a dispute over night-shift pay.",
            ),
        ),
        (
            (
                "Bus drivers walk out in Millbrook",
                "MILLBROOK - Bus drivers in Millbrook walked out on Tuesday, leaving 40 routes "
                "without service, the city said.",
            ),
            (
                "Millbrook buses stand still",
                "MILLBROOK - Bus drivers in Millbrook walked out on Sunday, leaving 40 routes "
                "without service.",
            ),
        ),
    ],
)
def test_a_weekday_of_an_undated_text_is_read_against_the_day_the_other_was_published(
    dated: tuple[str, str], undated: tuple[str, str]
) -> None:
    conflicts = of_type(_pair(dated, undated), "conflict", "when")
    assert len(conflicts) == 1


@pytest.mark.parametrize(
    ("dated", "undated"),
    [
        (
            (
                "Dock workers halt loading at Eastport",
                "EASTPORT - About 900 dock workers stopped loading ships at Eastport on Monday.",
            ),
            (
                "Eastport dockers stop work",
                "EASTPORT - Some 900 dock workers stopped loading ships at Eastport on Monday.",
            ),
        ),
    ],
)
def test_the_same_weekday_in_an_undated_text_does_not_conflict(
    dated: tuple[str, str], undated: tuple[str, str]
) -> None:
    assert not of_type(_pair(dated, undated), "conflict", "when")


def test_texts_published_on_different_days_lend_no_day_to_an_undated_one() -> None:
    texts = [
        ("Dockers halt Eastport", "EASTPORT - Dock workers stopped loading ships on Monday."),
        ("Eastport strike", "EASTPORT - Dock workers stopped loading ships on Tuesday."),
        ("Eastport dockers", "EASTPORT - Dock workers stopped loading ships on Friday."),
    ]
    days = [_DATED, datetime(2026, 3, 14, 9, 0, tzinfo=UTC), None]
    report = compare(
        [
            RawArticle(f"mem:{i}", t, x, source=f"Outlet {i}", published=d)
            for i, ((t, x), d) in enumerate(zip(texts, days, strict=True))
        ]
    )
    undated = report.articles[2]
    # its bare weekday stays a weekday alone (label "weekday"), no calendar day
    dates = [f for f in undated.facts if f.kind == "date"]
    assert [(f.label, f.value) for f in dates] == [("weekday", "friday")]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Bantuan beras dikirim ke 120 desa di pesisir utara.", "120 desa"),
        ("Obat itu sudah beredar ke 9 provinsi sejak Juli.", "9 provinsi"),
    ],
)
def test_ke_apart_from_a_number_before_a_counted_noun_is_to_a_count(text: str, figure: str) -> None:
    assert figure in [f.text for f in extract_numbers(text, "id")]


@pytest.mark.parametrize(
    "text",
    ["Tim itu menjadi juara ke 3 kalinya.", "Ia berada di urutan ke 5 dari daftar."],
)
def test_ke_before_a_number_with_no_counted_noun_stays_an_ordinal(text: str) -> None:
    assert not extract_numbers(text, "id")


@pytest.mark.parametrize(
    ("en", "id_"),
    [
        (
            (
                "Ministry recalls contaminated eye drops",
                "The health ministry recalled a batch of eye drops that had been distributed "
                "to 11 provinces since July, officials said.",
            ),
            (
                "Kemenkes Tarik Obat Tetes Mata",
                "Kementerian Kesehatan menarik satu batch obat tetes mata yang telah "
                "didistribusikan ke 13 provinsi sejak Juli.",
            ),
        ),
    ],
)
def test_each_texts_only_count_of_one_noun_in_two_languages_with_a_shared_loanword_conflicts(
    en: tuple[str, str], id_: tuple[str, str]
) -> None:
    report = run(en, id_)
    assert [f for f in of_type(report, "conflict") if f.slot.startswith("number")]


def test_counts_of_one_noun_in_two_languages_without_a_shared_word_are_not_compared() -> None:
    report = run(
        (
            "Floods hit the north",
            "Floods cut roads in 11 provinces on Monday, officials said.",
        ),
        (
            "Festival Budaya Digelar",
            "Festival budaya itu diikuti penari dari 13 provinsi.",
        ),
    )
    assert not [f for f in of_type(report, "conflict") if f.slot.startswith("number")]


@pytest.mark.parametrize(
    "text",
    [
        "Tim SAR gabungan menemukan Rizal Fadli (31) di dasar jurang, Rabu.",
        "Petugas menemukan Sari Wulandari dalam keadaan lemas di gudang itu.",
    ],
)
def test_a_finding_verb_with_a_person_after_it_is_no_attribution(text: str) -> None:
    ents = recognise(text, "id")
    quotes = extract_quotes(text, "id", entities=ents)
    assert not extract_attributions(text, "id", entities=ents, quotes=quotes)


@pytest.mark.parametrize(
    "text",
    [
        "Peneliti kampus itu menemukan bahwa 40 persen sampel air tercemar.",
        "Auditor menemukan selisih Rp 3 miliar dalam laporan keuangan itu.",
    ],
)
def test_a_finding_verb_before_what_was_found_out_stays_an_attribution(text: str) -> None:
    ents = recognise(text, "id")
    quotes = extract_quotes(text, "id", entities=ents)
    assert extract_attributions(text, "id", entities=ents, quotes=quotes)


@pytest.mark.parametrize(
    ("wire", "undated", "conflicts"),
    [
        (
            "PORT HALE, Nov 18 (Coast Wire) - Dock workers at Port Hale walked out on Monday, "
            "halting 40 ships, the union said.",
            "Dock workers at Port Hale walked out on Sunday night, halting 40 ships.",
            1,
        ),
        (
            "PORT HALE, Nov 18 (Coast Wire) - Dock workers at Port Hale walked out on Monday, "
            "halting 40 ships, the union said.",
            "Dock workers at Port Hale walked out on Monday, halting 40 ships.",
            0,
        ),
    ],
)
def test_a_yearless_wire_dateline_lends_its_week_to_an_undated_text(
    wire: str, undated: str, conflicts: int
) -> None:
    report = compare(
        [
            RawArticle("mem:0", "Port Hale dockers strike", wire, source="Coast Wire"),
            RawArticle("mem:1", "Strike at Port Hale", undated, source="Harbour Times"),
        ]
    )
    assert [f for f in report.articles[1].facts if f.kind == "date"]
    assert len(of_type(report, "conflict", "when")) == conflicts


def test_a_day_written_out_weeks_before_does_not_keep_an_undated_text_from_the_sets_week() -> None:
    wire = (
        "PORT HALE, Nov 18 (Coast Wire) - Dock workers at Port Hale walked out on Monday, "
        "halting 40 ships, the union said. Talks broke down on November 2."
    )
    undated = (
        "Dock workers at Port Hale walked out on Sunday night, halting 40 ships. The union "
        "first threatened a strike on November 2."
    )
    report = compare(
        [
            RawArticle("mem:0", "Port Hale dockers strike", wire, source="Coast Wire"),
            RawArticle("mem:1", "Strike at Port Hale", undated, source="Harbour Times"),
        ]
    )
    days = [f.text for f in report.articles[1].facts if f.kind == "date"]
    assert "on Sunday" in " ".join(days)
    assert len(of_type(report, "conflict", "when")) == 1
