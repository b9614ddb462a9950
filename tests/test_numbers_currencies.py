"""Currencies CLDR knows after an amount: full names, and a head word read through the
country the text names (extract/currencies.py)."""

from __future__ import annotations

import pytest

from kroscek.extract.dates import extract_dates
from kroscek.extract.numbers import extract_numbers


def amounts(text: str, lang: str) -> list[tuple[float, str]]:
    facts = extract_numbers(text, lang, blocked=extract_dates(text, lang).claimed)
    return [(float(f.value), f.label) for f in facts]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a full name names one currency wherever it is written
        ("The fine was set at 3 million Sri Lankan rupees.", "en", (3_000_000, "LKR")),
        ("Denda ditetapkan sebesar 8 juta peso Filipina.", "id", (8_000_000, "PHP")),
        ("A ticket costs 900 Argentine pesos now.", "en", (900, "ARS")),
        # a head word takes the currency of the one country the text names
        ("Nepal's court set bail at 75,000 rupees for the trader.", "en", (75_000, "NPR")),
        ("Pengadilan di Pakistan menetapkan jaminan 5 juta rupee.", "id", (5_000_000, "PKR")),
        ("In Mexico the toll rose to 320 pesos on Monday.", "en", (320, "MXN")),
        ("Harga tiket di Kolombia naik menjadi 12.000 peso.", "id", (12_000, "COP")),
        # a head word only one currency uses needs no country
        ("Petani menjual kopi seharga 40.000 kyat per karung.", "id", (40_000, "MMK")),
        ("The club paid 2 million zlotys for the striker.", "en", (2_000_000, "PLN")),
    ],
)
def test_an_amount_in_a_currency_cldr_knows_is_labelled_by_its_code(text, lang, expected):
    assert expected in amounts(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # no country, or two countries using a rupee: no code is guessed
        ("The shop sold it for 400 rupees.", "en"),
        ("Traders from India and Nepal paid 300 rupees each.", "en"),
        ("Ia membayar 250 peso untuk makan siang.", "id"),
    ],
)
def test_a_head_word_shared_by_currencies_is_no_code_without_one_country(text, lang):
    labels = {label for _, label in amounts(text, lang)}
    assert not labels & {"INR", "NPR", "PKR", "LKR", "MXN", "PHP", "ARS", "COP"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # an ordinary word that is also a currency's head word ("real", "sol", "won")
        ("In Brazil, 30 real cases were confirmed by the lab.", "en"),
        ("Peru counted 14 sol panels on the roof of the school.", "en"),
        ("Of the 9 candidates from South Korea, 4 won seats.", "en"),
    ],
)
def test_a_head_word_that_is_an_ordinary_word_is_no_currency(text, lang):
    assert not {label for _, label in amounts(text, lang)} & {"BRL", "PEN", "KRW"}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("A Vietnamese carmaker will invest 3 trillion dong in the plant.", "en", "VND"),
        ("Produsen mobil Vietnam menanam modal 4 triliun dong di pabrik itu.", "id", "VND"),
        ("South Korea's ministry set aside 900 billion won for the port.", "en", "KRW"),
    ],
)
def test_a_currency_that_is_also_a_word_counts_after_a_scale_word(text, lang, expected):
    assert [label for _, label in amounts(text, lang)] == [expected]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In South Korea the home side won 3 matches in a row.", "en"),
        ("In Vietnam, Dong 2 scored twice for the visitors.", "en"),
    ],
)
def test_a_currency_that_is_also_a_word_is_no_unit_without_a_scale_word(text, lang):
    assert all(label not in ("KRW", "VND") for _, label in amounts(text, lang))
