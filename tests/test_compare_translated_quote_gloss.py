"""One person's quote in an English wire and its Indonesian translation in a rewrite agree,
the everyday words of a disaster story (slick, racing, spill, whale, shark) glossed;
another thing the same person said is no translation of it."""

from __future__ import annotations

import pytest

from compare_helpers import of_type, run


def _pair(en_quote: str, id_quote: str) -> tuple[tuple[str, str], tuple[str, str]]:
    return (
        (
            "Rescue teams battle disaster at sea",
            "MANILA, Nov 19 (Harbour Wire) - Rescue teams worked through the night on "
            f'Wednesday, officials said.\n\n"{en_quote}," navy spokesman Lorenzo Abad told '
            "reporters.",
        ),
        (
            "Tim Penyelamat Berjuang di Laut",
            "Tim penyelamat bekerja sepanjang malam, Rabu (19/11/2025).\n\n"
            f'"{id_quote}," kata juru bicara angkatan laut, Lorenzo Abad.',
        ),
    )


@pytest.mark.parametrize(
    ("en_quote", "id_quote"),
    [
        (
            "We are racing against the tide. The slick is moving quickly toward the reef",
            "Kami berpacu dengan pasang. Tumpahan itu bergerak cepat menuju terumbu",
        ),
        (
            "The spill is getting bigger every hour and the slick will reach the beach soon",
            "Tumpahan itu makin besar setiap jam dan lapisannya akan segera mencapai pantai",
        ),
        (
            "We saw a shark near the whale, so the divers stayed on the boat",
            "Kami melihat seekor hiu di dekat paus, jadi para penyelam tetap di kapal",
        ),
    ],
)
def test_a_translated_quote_of_one_speaker_agrees(en_quote: str, id_quote: str) -> None:
    report = run(*_pair(en_quote, id_quote))
    assert [f for f in of_type(report, "agreement", "quote") if "Lorenzo Abad" in f.message]
    assert not [f for f in of_type(report, "unique") if f.slot == "quote"]


def test_another_thing_the_speaker_said_is_no_translation() -> None:
    report = run(
        *_pair(
            "We are racing against the tide. The slick is moving quickly toward the reef",
            "Anggaran operasi tahun depan perlu ditambah agar kapal patroli bisa diganti",
        )
    )
    assert not [f for f in of_type(report, "agreement", "quote") if "Lorenzo Abad" in f.message]
