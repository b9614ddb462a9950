"""Two outlets' only counts of one noun, told at the same point of one story in their own
words ("dijual di 12 kabupaten" / "dikirim ke 10 kabupaten" after the same official's test
result), are one figure in conflict; where the story has moved on between the two counts,
they stay two figures. Pinned with sentences written for these tests."""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type, run

SHARED_ID = (
    "Petugas gabungan menyegel gudang tersebut pada Rabu pagi dan memasang garis pengaman "
    "di seluruh pintu masuknya."
)
SHARED_EN = (
    "Inspectors sealed the warehouse on Wednesday morning and taped off every entrance to "
    "the building."
)


def _pair(
    lang: str, a_lead: str, a_count: str, b_lead: str, b_count: str
) -> tuple[tuple[str, str], tuple[str, str]]:
    shared = SHARED_ID if lang == "id" else SHARED_EN
    a = ("Gudang Pupuk Palsu Disegel", f"Kabar Tani – {a_lead} {a_count} {shared}")
    b = ("Pupuk Palsu Ditemukan di Gudang", f"Warta Desa – {b_lead} {b_count} {shared}")
    return a, b


@pytest.mark.parametrize(
    ("lang", "a_lead", "a_count", "b_lead", "b_count", "noun", "conflict"),
    [
        (
            "id",
            "Kepala dinas pertanian Ahmad Sulaiman mengatakan hasil uji laboratorium "
            "menunjukkan kadar nitrogen pupuk itu hanya sepertiga dari label kemasan.",
            "Pupuk tersebut, kata dia, sudah dijual di 12 kabupaten sejak Juli.",
            "Kepala dinas pertanian Ahmad Sulaiman menyebut uji laboratorium menunjukkan "
            "kadar nitrogen pupuk itu jauh di bawah label kemasan.",
            "Pupuk buatan pabrik rumahan itu telah dikirim ke 10 kabupaten.",
            "kabupaten",
            True,
        ),
        (
            "id",
            "Kepala balai karantina Siti Rahma menjelaskan pemeriksaan menemukan bibit "
            "tanaman itu membawa jamur berbahaya bagi kebun jeruk.",
            "Bibit tersebut sudah beredar di sembilan provinsi.",
            "Kepala balai karantina Siti Rahma mengatakan pemeriksaan menemukan jamur "
            "berbahaya pada bibit tanaman jeruk itu.",
            "Menurut dia, produk itu didistribusikan ke tujuh provinsi.",
            "provinsi",
            True,
        ),
        (
            "en",
            "Agriculture official Ahmad Sulaiman said laboratory tests showed the fertiliser "
            "held a third of the nitrogen its label claimed.",
            "It was on sale in 12 districts by July, he said.",
            "Agriculture official Ahmad Sulaiman said laboratory tests found the fertiliser "
            "held far less nitrogen than its label claimed.",
            "The home-made product went out to 10 districts.",
            "district",
            True,
        ),
        (
            # two days: a count that grew by the later one is progress
            "id",
            "Kepala dinas pertanian Ahmad Sulaiman mengatakan hasil uji laboratorium "
            "menunjukkan kadar nitrogen pupuk itu hanya sepertiga dari label kemasan.",
            "Hingga Senin, pupuk tersebut sudah dijual di 12 kabupaten.",
            "Kepala dinas pertanian Ahmad Sulaiman menyebut uji laboratorium menunjukkan "
            "kadar nitrogen pupuk itu jauh di bawah label kemasan.",
            "Hingga Selasa, produk itu telah dikirim ke 20 kabupaten.",
            "kabupaten",
            False,
        ),
        (
            # the story moves on: a count of schools poisoned, another of schools a kitchen
            # serves, in passages with nothing in common
            "id",
            "Polisi menyebut keracunan massal itu menimpa murid di tiga sekolah dasar.",
            "Sebanyak 40 murid masih dirawat.",
            "Dapur umum tersebut setiap hari memasak untuk sembilan sekolah di kecamatan itu.",
            "Pengelolanya mengaku belum pernah menerima keluhan.",
            "sekolah",
            False,
        ),
    ],
)
def test_sole_counts_of_one_noun_in_one_passage_conflict(
    lang, a_lead, a_count, b_lead, b_count, noun, conflict
):
    a, b = _pair(lang, a_lead, a_count, b_lead, b_count)
    found = any(mentions(f, noun) for f in of_type(run(a, b), "conflict"))
    assert found is conflict
