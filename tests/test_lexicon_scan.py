"""``finditer_fast``: the case-sensitive twin scan must find exactly what the pattern finds."""

from __future__ import annotations

import re

import pytest

from kroscek.extract.lexicon import _case_sensitive_twin, finditer_fast, lowered

TEXTS = [
    "Defisit RAPBN 2027 melebar, sementara APBD-P 2026 Kota Lembah baru disahkan pekan lalu.",
    "Pada kuartal III 2025 penjualan naik; triwulan iv tahun ini diperkirakan melambat.",
    "Sejak Tahun 2019 harga beras naik, kata Kepala Dinas, hingga 2024 tidak turun.",
    "Revenue fell in Q3 2025 and rose again in H1 2026, the company said in its report.",
    "The second quarter of 2024 was weak; back to 2019 levels, said the Chief Economist.",
    "SEJAK 2020 RAPBD DAN APBN DIBAHAS BERSAMA, KATA KETUA DPRD.",
    "Tidak ada angka tahun di kalimat ini, hanya Kata Dan Nama Orang.",
]

PATTERNS = [
    # capitals inside an IGNORECASE pattern: literals, a class, roman numerals
    r"(?<![\w])(?:tahun|sejak|hingga|R?APB[DN](?:-P)?)\s+(?P<y>\d{4})(?![\w/-])",
    r"(?<![\w])(?:kuartal|triwulan)\s+(?P<q>I{1,3}|IV|[1-4])(?![\w-])",
    r"(?<![\w])(?:in|of|Q[1-4]|H[12]|back\s+to)\s+(?P<y>\d{4})",
    r"(?<![\w])the\s+(?P<q>first|second|third|fourth)\s+quarter(?![\w-])",
    r"\b[A-Z]{2,}\b",
    r"(?P<Word>kata|said)\s+(?P<who>[A-Z]\w+)",
]


@pytest.mark.parametrize("source", PATTERNS)
@pytest.mark.parametrize("text", TEXTS)
def test_fast_scan_finds_the_same_matches_as_the_pattern(source: str, text: str) -> None:
    pattern = re.compile(source, re.IGNORECASE)
    fast = [(m.span(), m.groupdict()) for m in finditer_fast(pattern, text, lowered(text))]
    plain = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
    assert fast == plain


@pytest.mark.parametrize(
    ("source", "twin"),
    [
        (r"R?APB[DN](?:-P)?\s+\d{4}", r"r?apb[dn](?:-p)?\s+\d{4}"),
        (r"kuartal\s+(?P<Q>I{1,3}|IV)", r"kuartal\s+(?P<Q>i{1,3}|iv)"),
        (r"[A-Z][a-z]+\s+\S+", r"[a-z][a-z]+\s+\S+"),
        (r"(?<![\w])tahun\s+\d{4}", r"(?<![\w])tahun\s+\d{4}"),
    ],
)
def test_capitals_are_lowercased_outside_escapes_and_group_names(source: str, twin: str) -> None:
    found = _case_sensitive_twin(re.compile(source, re.IGNORECASE))
    assert found is not None
    assert found.pattern == twin
    assert not found.flags & re.IGNORECASE


@pytest.mark.parametrize(
    "source",
    [
        r"[A-z]+",  # a range whose lowercased form is another set
        r"[0-Z]",
        r"\x41PBN",  # a character given by its code
        r"(?-i:APBN) 2027",  # case kept on purpose
        r"Ärzte\s+\w+",  # a capital outside ASCII
        r"[A-Z\d]+",  # an escape inside a class with capitals
    ],
)
def test_no_twin_when_lowercasing_could_change_what_matches(source: str) -> None:
    assert _case_sensitive_twin(re.compile(source, re.IGNORECASE)) is None


def test_no_twin_for_a_case_sensitive_pattern() -> None:
    assert _case_sensitive_twin(re.compile(r"RAPBN \d{4}")) is None
