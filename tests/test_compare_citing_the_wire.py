"""A rewrite that names the wire it copied ("Mengutip Lintas Wire, ...") beside that wire's own
report stating the figure: the rewrite tells where it read the figure, which is no difference
of attribution; crediting any other source still is."""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type
from kroscek.compare import compare
from kroscek.data import RawArticle, Report

_WIRE = (
    "Lintas Wire",
    "en",
    "Nickel prices climb on supply worries",
    "SINGAPORE, Nov 20 (Lintas Wire) - Nickel prices rose 3.4% on Thursday to $17,250 a "
    "tonne, the highest level in five months, as traders worried about export curbs. Stocks "
    "in exchange warehouses fell for a sixth straight week.",
)


def _compare(cue: str, outlet: str = "Lintas Wire") -> Report:
    rewrite = (
        "Harga Nikel Naik karena Kekhawatiran Pasokan",
        f"{cue}, harga nikel naik 3,4 persen pada Kamis (20/11/2025) menjadi 17.250 dolar AS "
        "per ton, level tertinggi dalam lima bulan. Persediaan di gudang bursa turun selama "
        "enam pekan berturut-turut.",
    )
    raws = [
        RawArticle("mem:0", _WIRE[2], _WIRE[3], source=outlet),
        RawArticle("mem:1", rewrite[0], rewrite[1], source="Kabar Tambang"),
    ]
    return compare(raws)


@pytest.mark.parametrize(
    "cue", ["Mengutip Lintas Wire", "Dikutip dari Lintas Wire", "Menurut laporan Lintas Wire"]
)
def test_a_rewrite_citing_the_wire_of_the_set_is_no_attribution_difference(cue: str) -> None:
    report = _compare(cue)
    assert not [f for f in of_type(report, "attribution") if mentions(f, "3.4%")]
    assert [f for f in of_type(report, "agreement") if mentions(f, "3.4%", "3,4 persen")]


@pytest.mark.parametrize("cue", ["Mengutip Bloomberg", "Menurut analis Bank Mandiri"])
def test_a_rewrite_citing_another_source_still_differs_in_attribution(cue: str) -> None:
    report = _compare(cue)
    assert [f for f in of_type(report, "attribution") if mentions(f, "3.4%")]
