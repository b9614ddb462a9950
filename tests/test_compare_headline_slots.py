"""Headlines that name the wrong place or body, end to end (clean, extract, align, findings).

Articles written for these tests: a headline naming a known country the body never writes in
the slot where the body names another ("berbendera Guinea" / "berbendera Guyana"), a name of
several words with one word swapped ("Kementerian Pertanian" over "Kementerian
Perindustrian", "North Korean" over "South Korea"), and what must not be flagged.
"""

from __future__ import annotations

import pytest

from compare_helpers import run
from kroscek.data import Finding, Report


def mismatches(report: Report) -> list[Finding]:
    return [f for f in report.findings if f.type == "headline_mismatch"]


SWAPS = [
    (  # two known countries in the same slot, not close enough to be one spelling
        (
            "Kapal Kargo Berbendera Guinea Tenggelam di Laut Arafura",
            "Sebuah kapal kargo berbendera Guyana tenggelam di Laut Arafura pada Senin "
            "(2/6/2025). Kapal itu mengangkut semen dari Surabaya. Seluruh awak kapal "
            "berbendera Guyana itu selamat.",
        ),
        (
            "Kapal Kargo Tenggelam di Arafura",
            "Kapal kargo berbendera Guyana tenggelam di Laut Arafura, Senin (2/6/2025). "
            "Tim SAR menyelamatkan seluruh awak.",
        ),
        ("Guinea", "Guyana"),
    ),
    (  # an organisation's modifier swapped in a headline the recogniser left unread
        (
            "Gudang Kementerian Pertanian Terbakar, Arsip Hangus",
            "Gudang arsip Kementerian Perindustrian di Jakarta Pusat terbakar pada Rabu "
            "(9/7/2025). Api diduga berasal dari korsleting listrik.",
        ),
        (
            "Gudang Arsip Terbakar",
            "Kebakaran melanda gudang arsip Kementerian Perindustrian pada Rabu (9/7/2025). "
            "Tidak ada korban jiwa.",
        ),
        ("Kementerian Pertanian", "Kementerian Perindustrian"),
    ),
    (  # a demonym with the opposite modifier of the body's country
        (
            "New Tariffs Target North Korean Chipmakers",
            "Washington will impose new tariffs on memory chips made in South Korea, the "
            "Commerce Department said on Monday, June 2, 2025.",
        ),
        (
            "US Tariffs Hit Chipmakers",
            "The United States announced tariffs on chips from South Korea on Monday, "
            "June 2, 2025, officials said.",
        ),
        ("North Korean", "South Korea"),
    ),
]


@pytest.mark.parametrize(("a", "b", "names"), SWAPS)
def test_a_headline_name_swapped_for_the_bodys_is_a_high_mismatch(
    a: tuple[str, str], b: tuple[str, str], names: tuple[str, str]
) -> None:
    found = mismatches(run(a, b))
    assert len(found) == 1 and found[0].severity == "high"
    texts = [e.text for e in found[0].evidence]
    assert texts[0] == names[0] and names[1] in texts[1]
    assert found[0].evidence[0].field == "title"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # a role word for the body's head is not another body
            (
                "Kadis Perhubungan Diperiksa Jaksa",
                "Kepala Dinas Perhubungan Kota Medan diperiksa jaksa pada Selasa (3/6/2025) "
                "terkait pengadaan lampu jalan. Dinas Perhubungan membantah ada kerugian.",
            ),
            (
                "Dinas Perhubungan Medan Diperiksa",
                "Jaksa memeriksa pejabat Dinas Perhubungan Kota Medan pada Selasa (3/6/2025).",
            ),
        ),
        (  # a headline country that fills another slot than the body's country
            (
                "AS Jatuhkan Sanksi Baru",
                "Washington menjatuhkan sanksi baru kepada Venezuela pada Kamis (5/6/2025) "
                "atas dugaan kecurangan pemilu.",
            ),
            (
                "Sanksi Baru untuk Caracas",
                "Pemerintah Amerika menjatuhkan sanksi kepada Venezuela, Kamis (5/6/2025).",
            ),
        ),
        (  # the headline's name is written in the body too
            (
                "Kementerian Pertanian dan Kementerian Perdagangan Bahas Harga Beras",
                "Kementerian Pertanian bertemu Kementerian Perdagangan pada Senin (2/6/2025) "
                "untuk membahas harga beras.",
            ),
            (
                "Harga Beras Dibahas",
                "Kementerian Perdagangan membahas harga beras pada Senin (2/6/2025).",
            ),
        ),
    ],
)
def test_a_headline_the_body_bears_out_is_not_a_mismatch(
    a: tuple[str, str], b: tuple[str, str]
) -> None:
    assert not [f for f in mismatches(run(a, b)) if f.slot.startswith("entity")]
