"""Number reading after blind review 15: "satu" set against another count of its noun in its
sentence is a count ("delapan fraksi setuju, satu fraksi menolak"), not "a" or "one of"."""

from __future__ import annotations

import pytest

from kroscek.extract.numbers import extract_numbers


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Enam hakim menyatakan setuju, sementara satu hakim berbeda pendapat.", True),
        ("Tiga desa terendam banjir dan satu desa terisolasi longsor.", True),
        ("Salah satu hakim berbeda pendapat dalam putusan itu.", False),
        ("Satu hakim membacakan putusan itu di ruang sidang.", False),
    ],
)
def test_one_set_against_another_count_of_its_noun_is_a_count(text, counted):
    values = [f.value for f in extract_numbers(text, "id")]
    assert (1.0 in values) == counted


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Pasar dibuka pukul 06.00 hingga 10.30 setiap Minggu.", []),
        ("Jalan itu ditutup antara pukul 21.00 sampai 23.30 selama perbaikan.", []),
        ("Antrean mencapai 1.500 hingga 2.000 kendaraan.", [1500.0, 2000.0]),
    ],
)
def test_the_end_of_a_clock_span_is_no_figure(text, kept):
    assert [f.value for f in extract_numbers(text, "id")] == kept
