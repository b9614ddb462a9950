"""Each article's headline figure is what its story is about, so two headline figures of one
unit are two versions of one figure only when the headlines share a topic word: two
statements of one office on one day ("... Turun 4,8 Persen" / "... Naikkan Tarif 10 Persen")
are two stories, while two headlines of one flood or one vote still conflict."""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type, run


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            (
                "Kementerian Perdagangan: Ekspor Furnitur Turun 3,5 Persen hingga Oktober",
                "Nilai ekspor furnitur sepanjang Januari-Oktober 2026 turun 3,5 persen "
                "dibanding tahun lalu karena permintaan dari Eropa melemah, kata Andi Saputra "
                "dari Kementerian Perdagangan di Jakarta, Selasa (17/11/2026).",
            ),
            (
                "Kementerian Perdagangan Naikkan Bea Keluar Kakao 7 Persen Mulai Maret",
                "Pemerintah menaikkan bea keluar biji kakao sebesar 7 persen mulai Maret agar "
                "pabrik cokelat dalam negeri tidak kekurangan bahan baku, ujar Rahmi Lestari "
                "seusai rapat di Kementerian Perdagangan, Selasa (17/11/2026).",
            ),
        ),
    ],
    ids=["id-two-statements"],
)
def test_headline_figures_of_two_topics_are_not_one_figure(
    first: tuple[str, str], second: tuple[str, str]
) -> None:
    report = run(first, second)
    assert not [f for f in of_type(report, "conflict") if f.slot == "number:percent"]


@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        (
            (
                "Banjir Bandang Terjang Cibening, 12 Orang Tewas",
                "Banjir bandang menerjang Kecamatan Cibening pada Senin (9/11/2026). "
                "Sebanyak 12 orang tewas dan ratusan rumah terendam lumpur.",
            ),
            (
                "Banjir Bandang di Cibening: 15 Orang Tewas",
                "Banjir bandang melanda Kecamatan Cibening, Senin (9/11/2026). Sebanyak 15 "
                "orang tewas, sementara warga lain mengungsi ke balai desa.",
            ),
            ("12 Orang", "15 Orang"),
        ),
        (
            (
                "Flash Floods Kill 12 in Cibening District",
                "Flash floods swept through Cibening district on Monday, killing 12 people "
                "and burying hundreds of homes in mud.",
            ),
            (
                "Flash Floods in Cibening Leave 15 Dead",
                "At least 15 people died when flash floods hit Cibening district on Monday, "
                "officials said, as residents fled to the village hall.",
            ),
            ("12", "15"),
        ),
    ],
    ids=["id-one-flood", "en-one-flood"],
)
def test_headline_figures_of_one_topic_still_conflict(
    first: tuple[str, str], second: tuple[str, str], words: tuple[str, str]
) -> None:
    report = run(first, second)
    assert any(mentions(f, *words) for f in of_type(report, "conflict"))
