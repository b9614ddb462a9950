"""Two long leads telling one act with one verb and many words in common ("menyita 30 ton
beras oplosan merek X milik PT Y dari gudang, Senin" / "menyita 30 ton beras oplosan merek
X dari pasar pada Selasa setelah uji laboratorium ...") date that act two ways, however much
else each lead adds; leads sharing only the topic stay apart. Pinned with sentences written
for these tests."""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type, run

A_LEAD = (
    "Kabar Pangan – Satuan Tugas Pangan Kepolisian Daerah menyita 30 ton beras oplosan "
    "merek Padi Emas milik PT Sumber Makmur Sentosa dari gudang di Karawang, {day}. Beras "
    "itu dijual dengan label premium."
)


@pytest.mark.parametrize(
    ("b_lead", "conflict"),
    [
        (
            "Warta Niaga – Polisi resmi menyita 30 ton beras oplosan merek Padi Emas dari "
            "peredaran di Karawang pada {day} setelah uji laboratorium menemukan campuran "
            "beras patah dan pewarna yang melampaui ambang batas mutu.",
            True,
        ),
        (
            "Warta Niaga – Satgas Pangan menyita beras oplosan merek Padi Emas sebanyak 30 "
            "ton dari jaringan penyalur pada {day} menyusul laporan konsumen yang mengeluhkan "
            "bau apek dan warna kusam pada kemasan lima kilogram.",
            True,
        ),
        (
            # the topic only, another step of the story: no dispute over the day
            "Warta Niaga – Pedagang pasar induk mengeluhkan harga beras yang terus naik "
            "sejak awal bulan, {day}, meski pasokan dari sentra produksi disebut lancar.",
            False,
        ),
    ],
)
def test_long_leads_of_one_act_date_it_two_ways(b_lead, conflict):
    a = ("Polisi Sita 30 Ton Beras Oplosan", A_LEAD.format(day="Senin (9/3/2026)"))
    b = ("Beras Oplosan 30 Ton Disita", b_lead.format(day="Selasa (10/3/2026)"))
    found = any(mentions(f, "Senin", "Selasa") for f in of_type(run(a, b), "conflict"))
    assert found is conflict
