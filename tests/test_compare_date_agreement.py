"""A date every source agrees on is shown, for each outlet, as that outlet writes it in full;
an outlet that writes only the weekday ("Sabtu", "on Saturday") is told apart, with the day
its date was counted from, so the agreement never rests on an unexplained bare weekday."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kroscek.compare import compare
from kroscek.data import Finding, RawArticle

_WIB = timezone(timedelta(hours=7))


def _date_agreement(first: RawArticle, second: RawArticle) -> Finding:
    report = compare([first, second])
    found = [f for f in report.findings if f.type == "agreement" and f.slot == "date:day"]
    assert len(found) == 1, [f.message for f in report.findings]
    return found[0]


def _article(source: str, text: str, lang: str, published: datetime | None) -> RawArticle:
    return RawArticle(
        origin=f"{source}.txt",
        source=source,
        title="Jembatan Gantung Putus" if lang == "id" else "Footbridge Collapses",
        text=text,
        published=published,
    )


_ID_FULL = (
    "Jembatan gantung di Desa Tegalsari, Kabupaten Lembah Hijau, putus pada Sabtu "
    "(21/2/2026) pagi saat dilintasi puluhan pelajar.\n\n"
    "Kepala Desa Tegalsari, Budi Santoso, mengatakan tali baja jembatan sudah berkarat sejak "
    "lama. Sebanyak 14 pelajar dibawa ke puskesmas terdekat."
)
_ID_BARE = (
    "Jembatan gantung di Desa Tegalsari, Kabupaten Lembah Hijau, putus saat dilintasi "
    "puluhan pelajar.\n\n"
    "Kepala Desa Tegalsari Budi Santoso mengatakan tali baja jembatan sudah berkarat sejak "
    "lama. Sebanyak 14 pelajar dibawa ke puskesmas terdekat, Sabtu.\n\n"
    "Warga kembali memeriksa sisa jembatan pada Sabtu (21/2/2026) sore."
)
_EN_FULL = (
    "A footbridge over the Kerrin River in Ashby collapsed on Saturday, Feb. 21, 2026, as "
    "dozens of pupils crossed it.\n\n"
    "Village head Tom Adler said the steel cables had rusted for years. Fourteen pupils were "
    "taken to a nearby clinic."
)
_EN_BARE = (
    "A footbridge over the Kerrin River in Ashby collapsed as dozens of pupils crossed it.\n\n"
    "Village head Tom Adler said the steel cables had rusted for years. Fourteen pupils were "
    "taken to a nearby clinic on Saturday."
)
_SAT = datetime(2026, 2, 21, 15, 0, tzinfo=_WIB)


@pytest.mark.parametrize(
    ("full", "bare", "lang", "expected"),
    [
        (_ID_FULL, _ID_BARE, "id", ["Sabtu (21/2/2026)", "Sabtu (21/2/2026)"]),
        (_ID_FULL, _ID_BARE.replace(", Sabtu.\n", ".\n"), "id", None),
    ],
    ids=["id-full-later-in-text", "id-full-only"],
)
def test_an_agreed_date_is_evidenced_as_each_outlet_writes_it_in_full(
    full: str, bare: str, lang: str, expected: list[str] | None
) -> None:
    finding = _date_agreement(
        _article("Kabar Hulu", full, lang, _SAT), _article("Warta Hilir", bare, lang, _SAT)
    )
    texts = [e.text for e in finding.evidence]
    assert all(t == "Sabtu (21/2/2026)" for t in texts), texts
    if expected is not None:
        assert texts == expected
    assert "hanya menulis" not in finding.message


@pytest.mark.parametrize(
    ("full", "bare", "lang", "said"),
    [
        (
            _ID_FULL,
            _ID_BARE.split("\n\nWarga kembali")[0],
            "id",
            'Warta Hilir hanya menulis "Sabtu": tanggalnya (2026-02-21) dihitung dari tanggal '
            "terbitnya.",
        ),
        (
            _EN_FULL,
            _EN_BARE,
            "en",
            'Bay Herald writes only "on Saturday": its date (2026-02-21) is counted from its '
            "publication date.",
        ),
    ],
    ids=["id-sabtu", "en-on-saturday"],
)
def test_an_outlet_giving_only_the_weekday_is_told_with_the_day_it_was_counted_from(
    full: str, bare: str, lang: str, said: str
) -> None:
    second = "Warta Hilir" if lang == "id" else "Bay Herald"
    finding = _date_agreement(
        _article("Kabar Hulu", full, lang, _SAT), _article(second, bare, lang, _SAT)
    )
    assert finding.message.endswith(said), finding.message
