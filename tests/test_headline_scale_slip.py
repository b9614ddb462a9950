"""A headline figure whose digits the body writes at another scale ("Rp 2,3 Triliun" over
"Rp 2,3 miliar", "$1.5 billion" over "$1.5 million") slipped its scale word: a headline
mismatch naming the body's figure, not a figure the body "writes" because its digits are
there."""

from __future__ import annotations

import pytest

from compare_helpers import of_type, run

OTHER_ID = (
    "Koperasi Simpan Pinjam Diduga Gelapkan Dana Nasabah",
    "Polisi memeriksa pengurus koperasi simpan pinjam di Kota Kediri, Senin (2/3/2026). Dana "
    "nasabah yang diduga digelapkan mencapai Rp 4,8 miliar, kata Kasat Reskrim.",
)
OTHER_EN = (
    "Port operator posts record profit",
    "The port operator reported a net profit of $1.5 million for 2025 on Monday, March 2, "
    "2026, its chief executive said.",
)


@pytest.mark.parametrize(
    ("title", "body", "other", "body_figure"),
    [
        (
            "Dana Nasabah Rp 4,8 Triliun Diduga Digelapkan Koperasi",
            "Polisi memeriksa pengurus koperasi simpan pinjam di Kota Kediri, Senin (2/3/2026). "
            "Dana nasabah yang diduga digelapkan mencapai Rp 4,8 miliar.",
            OTHER_ID,
            "Rp 4,8 miliar",
        ),
        (
            "Port operator's profit hits $1.5 billion",
            "The port operator reported a net profit of $1.5 million for 2025 on Monday, "
            "March 2, 2026.",
            OTHER_EN,
            "$1.5 million",
        ),
    ],
)
def test_a_headline_figure_at_another_scale_than_its_body_is_a_mismatch(
    title, body, other, body_figure
):
    found = of_type(run((title, body), other), "headline_mismatch")
    assert any(body_figure in " ".join(e.text for e in f.evidence) for f in found)


@pytest.mark.parametrize(
    "title",
    [
        "Dana Nasabah Rp 4,8 Miliar Diduga Digelapkan Koperasi",
        "Dana Nasabah Miliaran Rupiah Diduga Digelapkan Koperasi",
    ],
)
def test_a_headline_figure_its_body_writes_at_the_same_scale_is_no_slip(title):
    body = (
        "Polisi memeriksa pengurus koperasi simpan pinjam di Kota Kediri, Senin (2/3/2026). "
        "Dana nasabah yang diduga digelapkan mencapai Rp 4,8 miliar."
    )
    assert not of_type(run((title, body), OTHER_ID), "headline_mismatch")
