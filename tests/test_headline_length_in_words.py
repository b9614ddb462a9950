"""A headline length written in words ("Gaji Tiga Bulan Belum Dibayar") over a body that
gives one other length in the same unit ("selama lima bulan") is a headline mismatch; the
same length, or a hyphenated idiom ("Three-Month Low"), is none."""

from __future__ import annotations

import pytest

from compare_helpers import of_type, run

ID_BODY = (
    "Puluhan guru honorer sebuah sekolah negeri mogok mengajar pada Senin (2/3/2026) karena "
    "gaji mereka belum dibayarkan selama lima bulan. Ketua forum guru mengatakan mereka sudah "
    "berulang kali menagih ke dinas pendidikan."
)
EN_BODY = (
    "Dozens of contract cleaners at a city hospital walked out on Monday because their wages "
    "had gone unpaid for five months, a union official said."
)
ID_OTHER = ("Guru Honorer Mogok Mengajar Karena Gaji Belum Dibayar", ID_BODY)
EN_OTHER = ("Hospital Cleaners Walk Out Over Unpaid Wages", EN_BODY)


@pytest.mark.parametrize(
    ("title", "body", "other", "said"),
    [
        ("Gaji Tiga Bulan Belum Dibayar, Guru Honorer Mogok", ID_BODY, ID_OTHER, "Tiga Bulan"),
        ("Upah Enam Bulan Tertunggak, Guru Honorer Mogok", ID_BODY, ID_OTHER, "Enam Bulan"),
        ("Cleaners Strike Over Three Months Of Unpaid Wages", EN_BODY, EN_OTHER, "Three Months"),
    ],
)
def test_a_headline_length_in_words_the_body_gives_otherwise_is_a_mismatch(
    title: str, body: str, other: tuple[str, str], said: str
) -> None:
    found = of_type(run((title, body), other), "headline_mismatch")
    assert any(said in f.message for f in found)


@pytest.mark.parametrize(
    ("title", "body", "other"),
    [
        ("Gaji Lima Bulan Belum Dibayar, Guru Honorer Mogok", ID_BODY, ID_OTHER),
        ("Cleaners Strike Over Five Months Of Unpaid Wages", EN_BODY, EN_OTHER),
        ("Hospital Cleaners Strike Over Three-Month Pay Gap", EN_BODY, EN_OTHER),
    ],
)
def test_a_headline_length_the_body_gives_alike_or_an_idiom_is_no_mismatch(
    title: str, body: str, other: tuple[str, str]
) -> None:
    assert not of_type(run((title, body), other), "headline_mismatch")
