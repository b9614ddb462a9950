"""A headline count the body gives for another thing only ("3 Orang Hilang" over "tiga anak
buah kapal" on board, while "empat lainnya masih hilang") is no support for the headline:
the mismatch with the body's count of the same outcome is reported."""

from __future__ import annotations

from compare_helpers import of_type, run

OTHER = (
    "Perahu Wisata Tenggelam di Waduk Gajahmungkur",
    "Sebuah perahu wisata tenggelam di Waduk Gajahmungkur, Wonogiri, Minggu (1/3/2026). "
    "Sebanyak 20 penumpang selamat dan empat orang masih hilang, kata Kepala Basarnas Budi.",
)


def test_a_headline_count_the_body_gives_only_for_another_noun_is_a_mismatch():
    report = run(
        (
            "Perahu Wisata Tenggelam di Wonogiri, 3 Orang Hilang",
            "Sebuah perahu wisata yang membawa 24 penumpang dan tiga awak tenggelam di Waduk "
            "Gajahmungkur, Wonogiri, Minggu (1/3/2026). Sebanyak 20 penumpang selamat, "
            "sementara empat lainnya masih hilang.",
        ),
        OTHER,
    )
    found = of_type(report, "headline_mismatch")
    assert any("3 Orang" in f.message and "empat" in f.message for f in found)


def test_a_headline_count_the_body_gives_for_the_same_outcome_is_no_mismatch():
    report = run(
        (
            "Perahu Wisata Tenggelam di Wonogiri, 4 Orang Hilang",
            "Sebuah perahu wisata yang membawa 24 penumpang dan tiga awak tenggelam di Waduk "
            "Gajahmungkur, Wonogiri, Minggu (1/3/2026). Sebanyak 20 penumpang selamat, "
            "sementara empat lainnya masih hilang.",
        ),
        OTHER,
    )
    assert not of_type(report, "headline_mismatch")
