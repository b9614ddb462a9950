"""A headline that places its event in one regency or city while its own body's lead (and the
other sources) place it in another: the headline names the wrong town. A province in the
headline holds the body's town; a town the body also names is no slip."""

from __future__ import annotations

import pytest

from compare_helpers import of_type, run

OTHER = (
    "Gudang Pupuk Terbakar di Kota Pekalongan",
    "Sebuah gudang pupuk di Kota Pekalongan terbakar pada Selasa (3/3/2026) dini hari. "
    "Api baru padam setelah lima jam. Kerugian ditaksir Rp 2 miliar, kata Kapolres "
    "Pekalongan Kota AKBP Dimas Prasetya.",
)


@pytest.mark.parametrize(
    "title",
    ["Gudang Pupuk Terbakar di Brebes, Kerugian Rp 2 Miliar", "Kebakaran Gudang di Wonosobo"],
)
def test_a_headline_town_the_body_never_names_over_another_town_is_a_mismatch(title):
    body = (
        "Kebakaran melanda sebuah gudang pupuk di Kota Pekalongan pada Selasa (3/3/2026) dini "
        "hari. Petugas membutuhkan lima jam untuk memadamkan api. Kerugian ditaksir mencapai "
        "Rp 2 miliar."
    )
    found = of_type(run((title, body), OTHER), "headline_mismatch")
    assert any("Pekalongan" in f.message for f in found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Gudang Pupuk Terbakar di Jawa Tengah",
            "Kebakaran melanda sebuah gudang pupuk di Kota Pekalongan pada Selasa (3/3/2026) "
            "dini hari. Kerugian ditaksir mencapai Rp 2 miliar.",
        ),
        (
            "Gudang Pupuk Terbakar di Brebes",
            "Kebakaran melanda sebuah gudang pupuk di Kota Pekalongan pada Selasa (3/3/2026) "
            "dini hari. Pemadam dari Kabupaten Brebes ikut membantu. Kerugian ditaksir Rp 2 "
            "miliar.",
        ),
        (
            "Warga Brebes Kehilangan Gudang",
            "Kebakaran melanda sebuah gudang pupuk di Kota Pekalongan pada Selasa (3/3/2026) "
            "dini hari. Kerugian ditaksir mencapai Rp 2 miliar.",
        ),
    ],
)
def test_a_province_a_town_the_body_names_or_a_town_not_placing_the_event_is_no_slip(title, body):
    found = of_type(run((title, body), OTHER), "headline_mismatch")
    assert not any("Pekalongan" in f.message for f in found)
