"""Rules added after blind review 12 (a chess final in three texts, a bridge collapse in two
regional texts, foreign ships told live and in a page, a bond auction, an exchange fraud, rocket
debris in two wire texts, a fare cap told in English and Indonesian, a control of two windstorms
on one day), pinned with sentences written for these tests."""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type, run


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            (
                "Banjir Bandang Landa Kabupaten Lembah Hijau, 140 Rumah Terendam",
                "LEMBAH HIJAU - Banjir bandang melanda empat desa di Kecamatan Sungai Jernih, "
                "Kabupaten Lembah Hijau, Kamis (12/3/2026). Sebanyak 140 rumah terendam. Kepala "
                "BPBD Lembah Hijau, Yosef Wangge, mengatakan warga sudah dievakuasi. Kerugian "
                "ditaksir Rp 2 miliar.",
            ),
            (
                "Banjir Rendam 95 Rumah di Kabupaten Teluk Damai",
                "TELUK DAMAI - Banjir merendam tiga kampung di Distrik Batu Merah, Kabupaten "
                "Teluk Damai, Kamis (12/3/2026). Sebanyak 95 rumah terendam. Kepala Dinas Sosial "
                "Teluk Damai, Martha Iriani, mengatakan bantuan segera dikirim. Kerugian ditaksir "
                "Rp 700 juta.",
            ),
        ),
        (
            (
                "Hailstorm damages 300 cars in Northvale",
                "NORTHVALE - A hailstorm damaged 300 cars and smashed greenhouse roofs in "
                "Northvale county on Friday, mayor Pieter Claes said. Losses were estimated at "
                "4 million euros by the Northvale farmers' union.",
            ),
            (
                "Storm hits Southmere, 120 cars damaged",
                "SOUTHMERE - A storm damaged 120 cars in Southmere on Friday, the Southmere fire "
                "brigade said. Commander Ilse Maertens said losses were estimated at 1 million "
                "euros.",
            ),
        ),
    ],
)
def test_two_texts_that_name_no_person_body_or_place_in_common_are_two_events(first, second):
    report = run(first, second)
    assert not of_type(report, "conflict")
    assert not of_type(report, "agreement")


def test_two_texts_of_one_event_sharing_a_place_still_conflict():
    report = run(
        (
            "Banjir Bandang Landa Kabupaten Lembah Hijau, 140 Rumah Terendam",
            "LEMBAH HIJAU - Banjir bandang melanda empat desa di Kecamatan Sungai Jernih, "
            "Kabupaten Lembah Hijau, Kamis (12/3/2026). Sebanyak 140 rumah terendam. Kepala BPBD "
            "Lembah Hijau, Yosef Wangge, mengatakan warga sudah dievakuasi.",
        ),
        (
            "Banjir Rendam 104 Rumah di Lembah Hijau",
            "LEMBAH HIJAU - Banjir merendam empat desa di Kecamatan Sungai Jernih, Kamis "
            "(12/3/2026). Sebanyak 104 rumah terendam, kata Yosef Wangge dari BPBD setempat.",
        ),
    )
    assert any(mentions(f, "140", "104") for f in of_type(report, "conflict"))
