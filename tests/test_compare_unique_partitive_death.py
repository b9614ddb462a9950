"""A death told as a part of a group named before ("satu di antaranya ... meninggal dunia",
"one of them died") is news only one text may carry: reported as unique, though its noun is
borrowed; a small part in another state ("dua di antaranya kritis") stays unreported."""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type, run

_BASE_ID = (
    "Ledakan Gas di Rusun Cibening, Tiga Penghuni Luka Bakar",
    "Ledakan tabung gas terjadi di Rusun Cibening pada Senin pagi. Tiga penghuni menderita "
    "luka bakar dan dibawa ke rumah sakit daerah. Polisi masih menyelidiki penyebab ledakan.",
)
_BASE_EN = (
    "Gas blast at Cibening flats injures three residents",
    "A gas cylinder exploded at the Cibening flats on Monday morning. Three residents "
    "suffered burns and were taken to the district hospital. Police are investigating.",
)


@pytest.mark.parametrize(
    ("base", "second", "words"),
    [
        (
            _BASE_ID,
            "Ledakan tabung gas terjadi di Rusun Cibening pada Senin pagi. Tiga penghuni "
            "menderita luka bakar, dan satu di antaranya, Rina (61), meninggal dunia di rumah "
            "sakit daerah. Polisi masih menyelidiki penyebab ledakan.",
            ("satu di antaranya",),
        ),
        (
            _BASE_EN,
            "A gas cylinder exploded at the Cibening flats on Monday morning. Three residents "
            "suffered burns. Two of them died in the district hospital. Police are "
            "investigating.",
            ("Two of them",),
        ),
    ],
)
def test_a_death_told_as_a_part_is_unique_to_its_text(
    base: tuple[str, str], second: str, words: tuple[str, ...]
) -> None:
    found = [f for f in of_type(run(base, (base[0], second)), "unique") if mentions(f, *words)]
    assert len(found) == 1


def test_a_small_part_in_another_state_is_not_reported() -> None:
    second = (
        "Ledakan tabung gas terjadi di Rusun Cibening pada Senin pagi. Tiga penghuni menderita "
        "luka bakar, dua di antaranya kritis, dan dibawa ke rumah sakit daerah. Polisi masih "
        "menyelidiki penyebab ledakan."
    )
    found = [
        f for f in of_type(run(_BASE_ID, (_BASE_ID[0], second)), "unique") if mentions(f, "dua")
    ]
    assert found == []


def test_a_breakdown_of_the_dead_by_what_they_are_is_no_death_of_its_own() -> None:
    first = (
        "Furnace blast kills 13 at smelter",
        "A furnace exploded at a nickel smelter on Sunday, killing 13 workers. Eight of the "
        "dead were Indonesian and five were foreign nationals, police said.",
    )
    second = (
        "Furnace blast kills 13 at smelter",
        "A furnace exploded at a nickel smelter on Sunday, killing 13 workers, police said.",
    )
    found = [f for f in of_type(run(first, second), "unique") if mentions(f, "Eight")]
    assert found == []
