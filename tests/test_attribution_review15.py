"""Attribution after blind review 15: a verb followed by a stance ("menyatakan setuju") is a
vote or a position, not the source of the sentence's figures."""

from __future__ import annotations

import pytest

from kroscek.extract.attribution import extract_attributions


@pytest.mark.parametrize(
    ("text", "sourced"),
    [
        ("Tujuh anggota dewan menyatakan setuju, sementara dua anggota menolak.", False),
        ("Sebagian warga menyatakan menolak rencana relokasi pasar itu.", False),
        ("Dinas Kesehatan menyatakan 40 warga dirawat di puskesmas.", True),
        ("Bupati menyatakan tidak ada korban jiwa dalam banjir itu.", True),
    ],
)
def test_a_verb_declaring_a_stance_names_no_source(text, sourced):
    facts = extract_attributions(text, "id")
    assert bool(facts) == sourced
