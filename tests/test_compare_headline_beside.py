"""A headline count beside one named person counts the others: "Bupati dan Lima Orang
Diamankan" over a body's "enam orang" (the regent and five) is no mismatch, while a count
that really differs still is."""

from __future__ import annotations

import pytest

from compare_helpers import of_type, run

_OTHER_ID = (
    "Tim gabungan menggeledah sebuah rumah di Kecamatan Sukamaju, Kabupaten Lembah Hijau, "
    "Rabu (12/6/2024). Kepala Kejaksaan Negeri Lembah Hijau, Hendra Wijaya, mengatakan {n} orang "
    "dibawa ke kantor kejaksaan untuk diperiksa. Penyidik juga menyita dokumen proyek jalan."
)
_BODY_ID = (
    "Tim gabungan menggeledah sebuah rumah di Kecamatan Sukamaju, Kabupaten Lembah Hijau, "
    "Rabu (12/6/2024). Kepala Kejaksaan Negeri Lembah Hijau, Hendra Wijaya, mengatakan {n} orang "
    "diamankan, termasuk kepala dinas. Penyidik juga menyita dokumen proyek jalan."
)
_BODY_EN = (
    "Prosecutors raided a house in the town of Greenvale on Wednesday, June 12, 2024. Chief "
    "prosecutor Hendra Wijaya said {n} people were detained, including the head of the public "
    "works office. Investigators also seized documents on a road project."
)


@pytest.mark.parametrize(
    ("title", "body", "n", "mismatch"),
    [
        ("Kepala Dinas dan Lima Orang Diamankan Kejaksaan", _BODY_ID, "enam", False),
        ("Kadis PU beserta 4 Orang Diperiksa Jaksa", _BODY_ID, "lima", False),
        ("Lima Orang Diamankan Kejaksaan Lembah Hijau", _BODY_ID, "enam", True),
        ("Kepala Dinas dan Lima Orang Diamankan Kejaksaan", _BODY_ID, "delapan", True),
        ("Works Chief and Five People Detained in Greenvale Raid", _BODY_EN, "six", False),
    ],
)
def test_a_headline_count_beside_a_named_one_counts_the_others(
    title: str, body: str, n: str, mismatch: bool
) -> None:
    other_title = "Rumah di Sukamaju Digeledah" if "Greenvale" not in title else "Raid in Greenvale"
    other = _OTHER_ID if "Greenvale" not in title else _BODY_EN
    report = run((title, body.format(n=n)), (other_title, other.format(n=n)))
    found = [f for f in of_type(report, "headline_mismatch") if f.slot.startswith("number")]
    assert bool(found) is mismatch, [f.message for f in report.findings]
