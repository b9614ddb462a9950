"""A disputed claim that one outlet alone carries ("X claimed ..., a claim Y rejected") is a
``unique`` finding of its own (slot ``claim``): no other source states it with another stance,
so no attribution finding covers it, and it is what a fact-checker chases first."""

from __future__ import annotations

import pytest

from kroscek.compare import compare
from kroscek.data import RawArticle

_ID_BASE = (
    "Kebakaran melanda gudang logistik di Pelabuhan Tanjung Mawar, Kota Lembah Hijau, Rabu "
    "(4/3/2026) malam.\n\n"
    "Kepala Dinas Pemadam Kebakaran, Andi Saputra, mengatakan api baru padam setelah empat "
    "jam dan tidak ada korban jiwa."
)
_EN_BASE = (
    "A fire swept through a cargo warehouse at the port of Kestrel Bay on Wednesday night.\n\n"
    "Fire chief Ellen Marsh said the blaze was put out after four hours and no one was hurt."
)


def _claims(extra_first: str, extra_second: str, lang: str) -> list[tuple[str, str]]:
    base = _ID_BASE if lang == "id" else _EN_BASE
    title = "Gudang Pelabuhan Terbakar" if lang == "id" else "Port Warehouse Burns"
    report = compare(
        [
            RawArticle(origin="a.txt", source="Kabar Hulu", title=title, text=base + extra_first),
            RawArticle(origin="b.txt", source="Warta Hilir", title=title, text=base + extra_second),
        ]
    )
    return [(f.severity, f.message) for f in report.findings if f.slot == "claim"]


@pytest.mark.parametrize(
    ("extra", "lang", "who"),
    [
        (
            "\n\nSerikat buruh pelabuhan mengklaim api sengaja disulut, klaim yang dibantah "
            "pengelola pelabuhan.",
            "id",
            "Serikat buruh pelabuhan",
        ),
        (
            "\n\nSerikat buruh pelabuhan mengklaim api sengaja disulut. Pengelola pelabuhan "
            "membantah tudingan itu.",
            "id",
            "Serikat buruh pelabuhan",
        ),
        (
            "\n\nA dockworkers' union claimed the fire had been set on purpose, a claim the port "
            "operator denied.",
            "en",
            "dockworkers' union",
        ),
    ],
    ids=["id-klaim-yang-dibantah", "id-membantah-next-sentence", "en-claim-denied"],
)
def test_a_disputed_claim_only_one_outlet_carries_is_a_unique_claim(
    extra: str, lang: str, who: str
) -> None:
    found = _claims("", extra, lang)
    assert len(found) == 1, found
    severity, text = found[0]
    assert severity == "medium"
    assert "Warta Hilir" in text and who in text
    assert ("dibantah" in text) if lang == "id" else ("disputed claim" in text)


@pytest.mark.parametrize(
    ("first", "second", "lang"),
    [
        (
            "",
            "\n\nSerikat buruh pelabuhan mengklaim api sengaja disulut.",
            "id",
        ),
        (
            "",
            "\n\nA dockworkers' union claimed the fire had been set on purpose.",
            "en",
        ),
        (
            "\n\nSerikat buruh pelabuhan mengklaim api sengaja disulut, klaim yang dibantah "
            "pengelola pelabuhan.",
            "\n\nSerikat buruh pelabuhan mengklaim api sengaja disulut, klaim yang dibantah "
            "pengelola pelabuhan.",
            "id",
        ),
        (
            "",
            "\n\nApi diduga berasal dari korsleting listrik, namun pengelola membantahnya.",
            "id",
        ),
    ],
    ids=["id-undisputed", "en-undisputed", "id-both-carry-it", "id-hedge-names-no-one"],
)
def test_an_undisputed_shared_or_sourceless_claim_is_no_unique_claim(
    first: str, second: str, lang: str
) -> None:
    assert _claims(first, second, lang) == []
