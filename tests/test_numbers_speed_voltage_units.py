"""Speeds written out in words and grid voltages are measures with their own unit: "110 km per
hour" is a wind speed, not a distance, and "SUTET 500 kV" carries its kilovolts."""

from __future__ import annotations

import pytest

from kroscek.extract.numbers import extract_numbers


def _units(text: str, lang: str) -> dict[str, str | None]:
    return {f.text: f.attrs.get("unit") for f in extract_numbers(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "figure", "unit"),
    [
        ("Winds of 95 km per hour hit the coast.", "en", "95 km per hour", "km/h"),
        ("Gusts hit 130 kilometres per hour.", "en", "130 kilometres per hour", "km/h"),
        ("The car was doing 70 miles per hour when it crashed.", "en", "70 miles per hour", "mph"),
        ("Angin bertiup 85 kilometer per jam.", "id", "85 kilometer per jam", "km/h"),
        ("Kapal melaju 40 km/h menjelang dermaga.", "id", "40 km/h", "km/h"),
        ("Jaringan SUTET 500 kV di Jawa Barat terputus.", "id", "500 kV", "kV"),
        ("A 400 kilovolt line tripped near the plant.", "en", "400 kilovolt", "kV"),
        ("Trafo berkapasitas 60 MVA itu terbakar.", "id", "60 MVA", "MVA"),
    ],
)
def test_speed_and_voltage_are_read_with_their_unit(
    text: str, lang: str, figure: str, unit: str
) -> None:
    assert _units(text, lang).get(figure) == unit


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("The village lies 12 km from the epicentre.", "en", "12 km"),
        ("Desa itu berjarak 12 km dari pusat gempa.", "id", "12 km"),
    ],
)
def test_plain_distance_stays_a_distance(text: str, lang: str, figure: str) -> None:
    assert _units(text, lang).get(figure) == "km"
