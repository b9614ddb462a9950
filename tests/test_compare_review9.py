"""Rules added after blind review 9 (a power blackout, a pension-fund fraud, a drug-price
ceiling, an admission scandal, a pest outbreak, a doctors' strike, a data-centre fire, an
embassy attack, a toll increase told in English and Indonesian, a control of two events in
one city on one day), pinned with sentences written for these tests."""

from __future__ import annotations

import pytest

from compare_helpers import of_type, run
from kroscek.extract.entities import recognise


@pytest.mark.parametrize(
    ("text", "person", "role_words"),
    [
        (
            '"Stok beras aman sampai Maret," kata Kepala Bagian Umum Perum Bulog Jatim, '
            "Rahmat Hidayat, Kamis.",
            "Rahmat Hidayat",
            "Bagian Umum",
        ),
        (
            '"Jalur ini ditutup sementara," ujar Kepala Seksi Operasional Dishub Bekasi, '
            "Lia Marlina.",
            "Lia Marlina",
            "Seksi Operasional",
        ),
        (
            '"We will review every contract," said Senior Vice President Corporate Affairs '
            "Nusantara Air, Diana Putri.",
            "Diana Putri",
            "Corporate Affairs",
        ),
    ],
)
def test_the_unit_after_a_role_is_part_of_the_role_of_the_name_after_the_comma(
    text: str, person: str, role_words: str
) -> None:
    lang = "en" if " said " in text else "id"
    people = [e for e in recognise(text, lang) if e.label == "PER"]
    assert [e.text for e in people] == [person]
    assert role_words in str(people[0].attrs.get("role"))


def test_a_given_name_after_a_role_stays_a_person_before_a_comma() -> None:
    people = [
        e.text
        for e in recognise("Menteri Budi Santoso, Andi Wijaya dan Rina hadir di sana.", "id")
        if e.label == "PER"
    ]
    assert "Budi Santoso" in people and "Andi Wijaya" in people


def test_a_quote_credited_to_a_role_and_a_name_names_the_person_in_the_conflict() -> None:
    quote = '"Pasokan air bersih akan normal dalam dua hari ke depan,"'
    report = run(
        (
            "Pipa induk PDAM bocor",
            f"Pipa induk PDAM Kota Serang bocor pada Rabu. {quote} kata Kepala Bagian Teknik "
            "PDAM Serang, Yusuf Maulana.",
        ),
        (
            "Air PDAM mati di Serang",
            f"Ribuan pelanggan PDAM Kota Serang tidak mendapat air sejak Rabu. {quote} ujar "
            "Direktur PDAM, Siti Aminah.",
        ),
    )
    speakers = [f for f in of_type(report, "conflict") if f.slot == "quote:speaker"]
    assert len(speakers) == 1
    assert "Yusuf Maulana" in speakers[0].message and "Siti Aminah" in speakers[0].message
    assert "Bagian Teknik" not in speakers[0].message
