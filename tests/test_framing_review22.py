"""Framing of review 22: "oknum" distancing an accused member from the institution he serves
("pegawai" / "oknum pegawai"), and a killer animal ("killer croc", "buaya pembunuh")."""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type, run

PLAIN = (
    "Pungli Izin Usaha, Tiga Orang Jadi Tersangka",
    "Kejaksaan menetapkan tiga tersangka pungutan liar izin usaha di Kota Serang, Rabu "
    "(11/3/2026). Dua dari tiga tersangka itu adalah pegawai dinas perizinan yang diduga "
    "meminta uang pelicin kepada pemohon.",
)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Tiga Tersangka Pungli Izin Usaha Ditahan",
            "Kejaksaan menahan tiga tersangka pungutan liar izin usaha di Kota Serang, Rabu "
            "(11/3/2026). Dua di antaranya oknum pegawai dinas perizinan.",
        ),
        (
            "Oknum Pegawai Dinas Terseret Kasus Pungli",
            "Kejaksaan menetapkan tiga tersangka pungutan liar izin usaha di Kota Serang, Rabu "
            "(11/3/2026). Dua tersangka adalah oknum pegawai dinas perizinan setempat.",
        ),
    ],
)
def test_oknum_beside_another_sources_plain_word_for_the_accused_is_framing(title, body):
    found = of_type(run(PLAIN, (title, body)), "framing")
    assert any(mentions(f, "oknum pegawai", "pegawai") for f in found), [f.message for f in found]


def test_a_plain_word_for_staff_who_are_not_accused_frames_nothing():
    plain = (
        "Layanan Izin Usaha Dibuka Kembali",
        "Pegawai dinas perizinan di Kota Serang kembali melayani pemohon izin usaha, Rabu "
        "(11/3/2026), setelah sistem daring pulih.",
    )
    other = (
        "Tiga Tersangka Pungli Izin Usaha Ditahan",
        "Kejaksaan menahan tiga tersangka pungutan liar izin usaha di Kota Serang, Rabu "
        "(11/3/2026). Dua di antaranya oknum pegawai dinas perizinan.",
    )
    found = of_type(run(plain, other), "framing")
    assert not any(mentions(f, "oknum") for f in found), [f.message for f in found]


@pytest.mark.parametrize(
    ("article", "term"),
    [
        (
            (
                "Shark attack closes beach",
                "A surfer was bitten on the leg on Sunday. Lifeguards said the killer shark "
                "had been seen near the reef for days.",
            ),
            "killer shark",
        ),
        (
            (
                "Buaya Terkam Pemancing di Sungai",
                "Seorang pemancing diterkam buaya di tepi sungai, Minggu (8/3/2026). Warga "
                "menyebut buaya pembunuh itu sudah lama berkeliaran di sana.",
            ),
            "buaya pembunuh",
        ),
    ],
)
def test_a_killer_animal_is_a_loaded_term(article, term):
    plain = (
        article[0],
        "A surfer was bitten on the leg on Sunday and taken to hospital."
        if term.startswith("killer")
        else "Seorang pemancing diterkam buaya di tepi sungai, Minggu (8/3/2026).",
    )
    found = of_type(run(plain, article), "framing")
    assert any(mentions(f, term) for f in found), [f.message for f in found]
