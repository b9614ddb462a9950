"""An explanation a wire credits ("..., analysts said") and a rewrite that states it as fact:
an attribution difference, found across languages by the glossed words of the sentence; a
rewrite that credits it too, or says something else, is left alone."""

from __future__ import annotations

import pytest

from compare_helpers import of_type, run

_EN = (
    "Tin prices jump to a two-month high",
    "LONDON, Nov 18 (Metal Wire) - Tin prices rose on Tuesday to their highest in two months. "
    "The rise was driven by weaker-than-expected retail sales data from the United States, "
    "{source} said. Traders expect more gains this week.",
)
_ID_STATED = (
    "Harga Timah Naik ke Level Tertinggi Dua Bulan",
    "Harga timah naik pada Selasa (18/11/2025) ke level tertinggi dalam dua bulan. Kenaikan "
    "itu dipicu data penjualan ritel Amerika Serikat yang lebih lemah dari perkiraan. "
    "Pedagang memperkirakan kenaikan berlanjut pekan ini.",
)


@pytest.mark.parametrize("source", ["analysts", "traders", "brokers"])
def test_a_credited_explanation_stated_as_fact_in_the_rewrite_is_an_attribution(
    source: str,
) -> None:
    report = run((_EN[0], _EN[1].format(source=source)), _ID_STATED)
    found = [f for f in of_type(report, "attribution") if "retail" in f.message]
    assert len(found) == 1
    assert "ditulis sebagai fakta" in found[0].message


def test_an_explanation_the_rewrite_does_not_give_is_no_attribution() -> None:
    other = (
        _ID_STATED[0],
        "Harga timah naik pada Selasa (18/11/2025) ke level tertinggi dalam dua bulan. "
        "Pedagang memperkirakan kenaikan berlanjut pekan ini.",
    )
    report = run((_EN[0], _EN[1].format(source="analysts")), other)
    assert not [f for f in of_type(report, "attribution") if "retail" in f.message]
