"""Rules added after compare review 31 (false uniques on unseen text): a quote whose
statement another outlet, in the other language, gives as a claim, already set side by side
by an attribution finding, is not one outlet's alone. Pinned with sentences written for
these tests."""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type, run

# --- a quote the other outlet reports as a claim ("mengklaim", "claimed") ---

_LEAD_EN = (
    "MAKASSAR, May 12 (Harbour Wire) - Two ships carrying imported rice docked in Makassar "
    "on Tuesday, the port operator said.\n\n"
)
_LEAD_ID = (
    "Kabar Sulawesi – Dua kapal pengangkut beras impor bersandar di Makassar pada Selasa "
    "(12/5/2026).\n\n"
)
_EN_QUOTED = (
    "Rice stocks reach Makassar warehouses, ministry says",
    _LEAD_EN + "Trade ministry spokesperson Dimas Prakoso said in Jakarta on Wednesday that "
    '"prices in every traditional market will return to normal and no worker will lose a '
    'job."\n\nTraders have complained about shortages for weeks.',
)
_ID_CLAIMED = (
    "Beras Impor Tiba di Makassar",
    _LEAD_ID + "Kementerian Perdagangan mengklaim harga di setiap pasar tradisional akan "
    "kembali normal dan tidak ada pekerja yang kehilangan pekerjaan.\n\n"
    "Pedagang mengeluhkan kelangkaan selama berminggu-minggu.",
)
_ID_SILENT = (
    "Beras Impor Tiba di Makassar",
    _LEAD_ID + "Beras itu akan disalurkan ke gudang Bulog di tiga kabupaten.\n\n"
    "Pedagang mengeluhkan kelangkaan selama berminggu-minggu.",
)
_ID_QUOTED = (
    "Beras Impor Tiba di Makassar",
    _LEAD_ID + "Juru bicara Kementerian Perdagangan, Dimas Prakoso, mengatakan di Jakarta, "
    'Rabu (13/5/2026), "harga di setiap pasar tradisional akan kembali normal dan tidak ada '
    'pekerja yang kehilangan pekerjaan."\n\n'
    "Pedagang mengeluhkan kelangkaan selama berminggu-minggu.",
)
_EN_CLAIMED = (
    "Rice stocks reach Makassar warehouses",
    _LEAD_EN + "The trade ministry claimed that prices in every traditional market would "
    "return to normal and that no worker would lose a job.\n\n"
    "Traders have complained about shortages for weeks.",
)
_EN_SILENT = (
    "Rice stocks reach Makassar warehouses",
    _LEAD_EN + "The rice will be trucked to state warehouses in three regencies.\n\n"
    "Traders have complained about shortages for weeks.",
)


@pytest.mark.parametrize(
    ("quoted", "other", "cue", "words"),
    [
        (_EN_QUOTED, _ID_CLAIMED, "mengklaim", "traditional market"),
        (_ID_QUOTED, _EN_CLAIMED, "claimed", "pasar tradisional"),
    ],
)
def test_quote_the_other_language_reports_as_a_claim_is_not_unique(quoted, other, cue, words):
    report = run(quoted, other)
    # the attribution finding already sets the quote beside the other outlet's claim
    assert any(mentions(f, cue, words) for f in of_type(report, "attribution"))
    assert not [f for f in of_type(report, "unique", "quote") if mentions(f, words)]


@pytest.mark.parametrize(
    ("quoted", "other", "words"),
    [
        (_EN_QUOTED, _ID_SILENT, "traditional market"),
        (_ID_QUOTED, _EN_SILENT, "pasar tradisional"),
    ],
)
def test_quote_no_other_outlet_reports_stays_unique(quoted, other, words):
    report = run(quoted, other)
    assert [f for f in of_type(report, "unique", "quote") if mentions(f, words)]
