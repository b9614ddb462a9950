"""Two reports of one attack naming different weapons conflict (slot ``weapon``)."""

from __future__ import annotations

import pytest

from kroscek.compare import compare
from kroscek.data import RawArticle

_LEAD = "Polres Lembah Hijau menangkap TS (31) yang diduga menusuk penjual bakso MN (45) di Desa "
_REST = (
    "Sukamaju, Senin (3/3/2025) malam. Kasat Reskrim Polres Lembah Hijau AKP Rudi Hartono "
    "mengatakan TS ditangkap di rumah saudaranya kurang dari sehari setelah kejadian."
)


def _article(source: str, middle: str) -> RawArticle:
    text = f"{_LEAD}{_REST} {middle}"
    return RawArticle(origin=f"{source}.txt", source=source, title="Bakso Ditusuk", text=text)


def _weapon_findings(a: RawArticle, b: RawArticle) -> list[str]:
    return [f.message for f in compare([a, b]).findings if f.slot == "weapon"]


def test_a_knife_against_a_machete_is_a_conflict() -> None:
    (message,) = _weapon_findings(
        _article("Kabar Lembah", "Pelaku menusuk korban dengan pisau dapur sebanyak tiga kali."),
        _article("Warta Desa", "Pelaku menusuk korban dengan sebilah parang sebanyak tiga kali."),
    )
    assert "pisau dapur" in message and "parang" in message


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "Pelaku menusuk korban dengan pisau sebanyak tiga kali.",
            "Pelaku menusuk korban dengan pisau dapur sebanyak tiga kali.",
            id="one-class",
        ),
        pytest.param(
            "Pelaku menusuk korban dengan pisau sebanyak tiga kali.",
            "Polisi menyita barang bukti berupa parang, pisau dan sebuah pistol mainan dari "
            "rumah pelaku yang menyerang korban.",
            id="a-list-of-seized-items",
        ),
        pytest.param(
            "Pelaku menusuk korban dengan pisau sebanyak tiga kali.",
            'Warga mengatakan, "Dia menyerang pakai parang," lalu polisi datang.',
            id="inside-a-quote",
        ),
        pytest.param(
            "Pelaku menusuk korban dengan pisau sebanyak tiga kali.",
            "Korban dikenal sebagai pedagang yang juga menjual parang dan cangkul di pasar.",
            id="no-attack-in-that-sentence",
        ),
    ],
)
def test_no_weapon_conflict(first: str, second: str) -> None:
    assert _weapon_findings(_article("Kabar Lembah", first), _article("Warta Desa", second)) == []


def test_an_english_wire_and_its_indonesian_rewrite_compare_their_weapons() -> None:
    wire = RawArticle(
        origin="wire.txt",
        source="Andes Wire",
        title="Street vendor stabbed in Sukamaju",
        text=(
            "Police in Lembah Hijau arrested a 31-year-old man suspected of stabbing a meatball "
            "vendor in Sukamaju village on Monday night. The man attacked the vendor with a "
            "kitchen knife, police spokesman Rudi Hartono said."
        ),
    )
    rewrite = _article("Warta Desa", "Pelaku menyerang korban dengan sebilah parang.")
    (message,) = _weapon_findings(wire, rewrite)
    assert "kitchen knife" in message and "parang" in message
