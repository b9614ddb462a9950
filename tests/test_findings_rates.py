"""Sums of money paid per different things ("Rp 300 ribu per akun" / "Rp 2 juta per bulan",
"$3 per hour" / "$20 per day") are two prices, each news of its own, never one figure given
two ways; the same rate given two sums still conflicts."""

from __future__ import annotations

import pytest

from compare_helpers import of_type, run

ID_TAIL = " Polisi menangkap mereka pada Senin (2/3/2026)."
EN_TAIL = " Police arrested them on Monday, March 2, 2026."


def _pair(first: str, second: str) -> tuple[tuple[str, str], tuple[str, str]]:
    """Two reports of one arrest, the day told in each sentence's language."""
    tail = EN_TAIL if first.startswith(("The ", "Parking ")) else ID_TAIL
    return ("Kabar Pertama", first + tail), ("Kabar Kedua", second + tail)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Para pelaku menerima imbalan Rp 300 ribu per akun yang dibuka warga.",
            "Para pelaku digaji Rp 2 juta per bulan oleh bandar.",
        ),
        (
            "Tarif parkir mobil di bandara naik menjadi Rp 5.000 per jam.",
            "Tarif parkir mobil di bandara naik menjadi Rp 40.000 per hari.",
        ),
        (
            "Parking at the airport now costs $3 per hour.",
            "Parking at the airport now costs $20 per day.",
        ),
        (
            "Parking at the airport now costs $3 an hour.",
            "Parking at the airport now costs $20 every day.",
        ),
    ],
)
def test_sums_paid_per_different_things_are_two_prices_not_a_conflict(first, second):
    report = run(*_pair(first, second))
    assert not of_type(report, "conflict")
    assert len(of_type(report, "unique")) == 2


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Setiap operator menerima bayaran Rp 300 ribu per akun dari jaringan itu.",
            "Setiap operator menerima bayaran Rp 500 ribu per akun dari jaringan itu.",
        ),
        (
            "Parking at the airport now costs $3 per hour.",
            "Parking at the airport now costs $5 per hour.",
        ),
    ],
)
def test_two_sums_for_the_same_rate_still_conflict(first, second):
    assert of_type(run(*_pair(first, second)), "conflict")


def test_a_rate_in_two_languages_is_not_known_to_differ_unless_it_is_a_period():
    report = run(
        (
            "Polisi Tangkap Operator Judi",
            "Setiap operator menerima bayaran Rp 300 ribu per akun dari jaringan itu." + ID_TAIL,
        ),
        (
            "Gambling workers held",
            "Each operator was paid 500,000 rupiah per account by the network." + EN_TAIL,
        ),
    )
    assert of_type(report, "conflict")
