"""A role that one person holds in an event (a bus's or a truck's driver, a ship's captain)
introduced by its phrase and a comma ("Sopir bus, Supratman (52), ...") names its holder even
where the recogniser took no person there; two outlets naming two holders (a name spelt
more than a letter apart included) disagree on who it was."""

from __future__ import annotations

import pytest

from kroscek.compare import compare
from kroscek.data import Finding, RawArticle

_ID_LEAD = (
    "Sebuah {vehicle} terperosok ke sungai di Kecamatan Pagerharjo, Kabupaten Lembah Hijau, "
    "Selasa (10/3/2026) sore. Empat penumpang luka ringan.\n\n"
)
_EN_LEAD = (
    "A {vehicle} plunged into a river near the town of Elmsworth on Tuesday afternoon, "
    "injuring four passengers.\n\n"
)


def _who(first: str, second: str, lead: str, vehicle: str) -> list[Finding]:
    head = lead.format(vehicle=vehicle)
    report = compare(
        [
            RawArticle(origin="a.txt", source="Kabar Hulu", title="Kecelakaan", text=head + first),
            RawArticle(
                origin="b.txt", source="Warta Hilir", title="Kecelakaan", text=head + second
            ),
        ]
    )
    return [f for f in report.findings if f.type == "conflict" and f.slot == "who"]


@pytest.mark.parametrize(
    ("first", "second", "lead", "vehicle", "names"),
    [
        (
            "Sopir bus, Sutarjono (47), selamat dan kini diperiksa polisi.",
            "Sopir bus, Sutarno, selamat dan telah diamankan polisi.",
            _ID_LEAD,
            "bus pariwisata",
            {"Sutarjono", "Sutarno"},
        ),
        (
            "Pengemudi truk, Marjuki (39), melarikan diri setelah kejadian.",
            "Pengemudi truk, Hasanudin, melarikan diri setelah kejadian.",
            _ID_LEAD,
            "truk pengangkut pasir",
            {"Marjuki", "Hasanudin"},
        ),
        (
            "The bus driver, Colin Trask, 58, was treated for minor injuries.",
            "The bus driver, Martin Fenwick, was treated for minor injuries.",
            _EN_LEAD,
            "coach",
            {"Colin Trask", "Martin Fenwick"},
        ),
    ],
)
def test_two_holders_of_one_role_conflict(
    first: str, second: str, lead: str, vehicle: str, names: set[str]
) -> None:
    found = _who(first, second, lead, vehicle)
    assert len(found) == 1
    assert {e.text for e in found[0].evidence} == names


@pytest.mark.parametrize(
    ("first", "second", "lead", "vehicle"),
    [
        (
            "Sopir bus, Sutarno (47), selamat dan kini diperiksa polisi.",
            "Sopir bus, Sutarno, selamat dan telah diamankan polisi.",
            _ID_LEAD,
            "bus pariwisata",
        ),
        (
            "Sopir bus, Efendi (47), selamat dan kini diperiksa polisi.",
            "Sopir bus, Effendi, selamat dan telah diamankan polisi.",
            _ID_LEAD,
            "bus pariwisata",
        ),
        (
            "The bus driver, Colin Trask, 58, was treated for minor injuries.",
            "Its driver was treated for minor injuries, police said.",
            _EN_LEAD,
            "coach",
        ),
    ],
)
def test_one_holder_or_a_letter_apart_is_no_who_conflict(
    first: str, second: str, lead: str, vehicle: str
) -> None:
    assert _who(first, second, lead, vehicle) == []
