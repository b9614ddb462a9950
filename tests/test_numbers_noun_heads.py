"""What a number counts when its noun is not the first word after it: a measure word before
an unknown noun ("tiga unit ambulans"), an Indonesian head noun before its modifier ("20
perjalanan bus"), an English head noun after its adjectives ("30 mobile clinics"), a part of a
counted whole ("four of the ferry's 60 passengers"), a lower bound ("five or more storeys"),
and compound nouns and units ("rest area", "nautical miles")."""

from __future__ import annotations

import pytest

from kroscek.extract.numbers import extract_numbers


def counts(text: str, lang: str) -> list[tuple[float, str, str]]:
    return [(f.value, f.label, f.attrs["qualifier"]) for f in extract_numbers(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dinas mengirim tiga unit ambulans ke lokasi longsor.", (3.0, "ambulans")),
        ("Relawan membagikan 200 lembar selimut kepada pengungsi.", (200.0, "selimut")),
        ("Petani kehilangan lima ekor kambing akibat banjir.", (5.0, "kambing")),
        ("Basarnas menurunkan empat unit perahu karet di sungai.", (4.0, "perahu karet")),
    ],
)
def test_a_measure_word_counts_nothing_the_noun_after_it_does(text, expected):
    assert (*expected, "exact") in counts(text, "id")


@pytest.mark.parametrize(
    "text",
    [
        "Sebanyak empat unit hangus dalam kebakaran gudang.",
        "Dari 30 bus, enam unit dikerahkan ke terminal.",
    ],
)
def test_a_measure_word_before_a_state_or_a_verb_counts_itself(text):
    assert "unit" in [label for _, label, _ in counts(text, "id")]


@pytest.mark.parametrize(
    ("text", "expected", "span"),
    [
        ("Operator menambah 20 perjalanan bus malam ini.", (20.0, "perjalanan"), "20 perjalanan"),
        ("Puluhan kerabat korban menunggu di posko.", (10.0, "kerabat"), "Puluhan kerabat korban"),
        ("Ada 2.300 dugaan pelanggaran lalu lintas.", (2300.0, "pelanggaran"), "2.300 dugaan"),
    ],
)
def test_an_indonesian_count_is_of_the_head_noun_before_its_modifier(text, expected, span):
    (fact,) = [f for f in extract_numbers(text, "id") if f.value == expected[0]]
    assert (fact.value, fact.label) == expected
    assert fact.text.startswith(span)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The city opened 30 mobile health clinics in the north.", (30.0, "clinics")),
        ("Operators will run 16 long-distance coaches on Friday.", (16.0, "coaches")),
        ("The agency set up nine temporary water points.", (9.0, "points")),
        ("Two key witnesses testified on Monday.", (2.0, "witnesses")),
        ("A ferry with 90 asylum seekers docks in Batam.", (90.0, "seekers")),
        ("A truck with 12 solar panels arrives today.", (12.0, "panels")),
    ],
)
def test_an_english_count_is_of_the_plural_head_after_its_adjectives(text, expected):
    assert (*expected, "exact") in counts(text, "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said four of the ferry's 60 passengers were missing.", (4.0, "passengers")),
        ("Rescuers found seven of the 31 climbers alive.", (7.0, "climbers")),
    ],
)
def test_a_part_of_a_counted_whole_counts_what_the_whole_does(text, expected):
    assert (*expected, "exact") in counts(text, "en")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The rule covers buildings of five or more storeys.", "en", (5.0, "floors")),
        ("Aturan itu berlaku untuk 10 atau lebih pekerja.", "id", (10.0, "pekerja")),
        ("Jembatan ditutup bagi kendaraan dengan enam atau lebih roda.", "id", (6.0, "roda")),
    ],
)
def test_or_more_after_a_number_makes_it_a_lower_bound(text, lang, expected):
    assert (*expected, "at_least") in counts(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Pengelola tol menyiapkan 9 rest area darurat.", "id", (9.0, "rest area")),
        ("The operator will open six more rest areas.", "en", (6.0, "rest areas")),
        ("The tanker sank 40 nautical miles off the cape.", "en", (40.0, "nautical miles")),
    ],
)
def test_compound_nouns_and_sea_miles_are_counted_whole(text, lang, expected):
    assert (*expected, "exact") in counts(text, lang)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Ribuan Nelayan Ikuti Doa Bersama di Pantai Selatan", [("Ribuan Nelayan", "nelayan")]),
        ("Ratusan Peziarah Padati Makam Ulama di Kudus", [("Ratusan Peziarah", "peziarah")]),
        ("Ribuan Mengungsi Akibat Banjir Bandang di Hulu", []),
    ],
)
def test_a_title_cased_indonesian_headline_counts_its_capitalised_noun(title, expected):
    got = [(f.text, f.label) for f in extract_numbers(title, "id", field="title")]
    assert got == expected


def test_a_title_cased_english_headline_counts_no_verb():
    assert extract_numbers("Thousands Flee Floods in Northern Province", "en", field="title") == []
