"""The numbers and dates scans rewritten for speed find exactly what their plain forms find.

Each rewritten pattern opens with its first character (the left edge checked after it)
instead of a lookbehind the regex engine would try at every position, and the words before
a figure are read with string methods instead of a regex. These tests hold the plain forms
as the reference and compare every match (span, groups) on texts of our own, in
Indonesian and English, in every case, with the triggers at a text's start and glued to
other words.
"""

from __future__ import annotations

import re

import pytest

from kroscek.extract import dates, numbers
from kroscek.extract.lexicon import finditer_fast, lexicon, lowered

TEXTS_ID = [
    "Keempat orang tersangka ditahan polisi, sedangkan kedua orang tua korban hadir.",
    "keTIGA orang saksi; sekedua orang; ke-lima orang; Kelima  orang petugas; Kesembilan\torang",
    "Suhu mencapai 38,5°C di Surabaya dan 12C di puncak; a4C, 3.25C, 7,5 °C, 101C, 9.C",
    "Hampir separuhnya rusak. Lebih dari setengah warga mengungsi, sekitar setengah pasar tutup.",
    "SEPARUH penawaran ditolak; ſeparuh anggaran; setengah jam; separuh baya; x-separuh lagi",
    "Setengah dari anggaran terpakai, hampir  setengah warga, dari setengah, Separuhnya.",
    "Sepanjang Januari hujan turun; SEJAK Maret tahun lalu harga naik; pada Juli 2026 rapat.",
    "Pada Agustus tahun ini, hingga Desember, awal Mei, Medio Juni tahun depan; xpada Mei.",
    "Anggaran sepanjang 2026 dan APBD 2027, RAPBN 2026, RAPBD-P 2025, apbn 2024 disahkan.",
    "Kuartal III 2026, semester pertama tahun 2026, triwulan 2 2025, kudeta 2014, Krisis 1998.",
    "Dibandingkan 2023 dan dibanding 2022; reformasi 1998; Tsunami 2004; sensus 2020 hingga 2025",
    "Pada kuartal III, triwulan kedua tahun ini, kuartal IV 2026, KUARTAL pertama, xkuartal 2.",
    "Tahun 2025 sampai 2030; mulai 2019; seperti 2024; pertengahan 2023; akhir 2022-2023.",
]
TEXTS_EN = [
    "Temperatures hit 41C in the city, 1.5C above the average; 2,5°C, 30 ° C, x9C.",
    "Half of the voters stayed home; output was cut by half; the second half of the match.",
    "Since May prices rose; in January, the November vote, From March last year, of June.",
    "IN JULY this year; until December; during August next year; through April; xin May.",
    "In 2020 to 2500 rupees; since 2019, mid-2024, Q3 2026, H1 2025, back to 2019, by 2030.",
    "The third quarter of 2026, first half of 2025, fourth quarter 2024, early 2023, late 2022.",
    "In the third quarter, THE fourth quarter of this year, the second quarter 2025, the first.",
]
TEXTS = TEXTS_ID + TEXTS_EN
# Every case the patterns must see alike: as written, upper, lower, and run together.
VARIANTS = [*TEXTS, *(t.upper() for t in TEXTS), *(t.lower() for t in TEXTS), " ".join(TEXTS)]


def _matches(found: object) -> list[tuple[tuple[int, int], tuple[str | None, ...], dict]]:
    return [(m.span(), m.groups(), m.groupdict()) for m in found]  # type: ignore[attr-defined]


# The plain forms of the numbers patterns, as they were before the rewrite.
_PLAIN_NUMBERS = {
    "_COLLECTIVE_ORANG_RE": re.compile(
        r"(?<![\w-])[Kk]e(dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)"
        r"(?=[ \t]+orang([ \t]+))"
    ),
    "_TEMPERATURE_RE": re.compile(
        r"(?=\d)(?<![\w.,])(\d{1,2}(?:[.,]\d{1,2})?)\s?(°\s?C|C)(?![\w°])"
    ),
}
_PLAIN_HALF_ID = re.compile(
    r"(?=s)(?<![\w-])(?:separuhnya(?![\w-])|(?:separuh|setengah(?=\s+dari\b)"
    r"|(?:(?<=\bdari\s)|(?<=\bhampir\s)|(?<=\bsekitar\s))setengah)"
    r"(?!\s+(?:baya|jiwa|hati|napas|nafas|mati|matang|tiang|jam|hari|malam|abad|tahun|bulan"
    r"|musim|babak|putaran|lusin|waktu|perjalanan|pertama|kedua)\b)(?=\s+[a-z]))",
    re.IGNORECASE,
)


@pytest.mark.parametrize("name", sorted(_PLAIN_NUMBERS))
@pytest.mark.parametrize("text", VARIANTS)
def test_numbers_scan_finds_what_its_plain_form_finds(name: str, text: str) -> None:
    assert _matches(getattr(numbers, name).finditer(text)) == _matches(
        _PLAIN_NUMBERS[name].finditer(text)
    )


@pytest.mark.parametrize("text", [*VARIANTS, "separuh \u017feparuh x", "\u017fetengah dari"])
def test_half_scan_finds_what_its_plain_form_finds(text: str) -> None:
    assert _matches(numbers._HALF_RES["id"].finditer(text)) == _matches(
        _PLAIN_HALF_ID.finditer(text)
    )


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("_COLLECTIVE_ORANG_RE", "Keempat orang tersangka", ["Keempat"]),
        ("_COLLECTIVE_ORANG_RE", "sekedua orang, ke-tiga orang", []),
        ("_TEMPERATURE_RE", "naik 1.5C dan 38,5°C", ["1.5C", "38,5°C"]),
        ("_TEMPERATURE_RE", "a4C 101C 2,5C", ["2,5C"]),
    ],
)
def test_rewritten_numbers_scans_still_find_their_phrases(
    name: str, text: str, expected: list[str]
) -> None:
    assert [m.group() for m in getattr(numbers, name).finditer(text)] == expected


def _plain_date_patterns(lang: str) -> dict[str, list[re.Pattern[str]]]:
    """The date patterns this pass rewrote, in their plain (lookbehind-first) forms."""
    lex = lexicon(lang)
    months_cap = "|".join(re.escape(m.title()) for m in sorted(lex.months, key=len, reverse=True))
    if lang == "id":
        pre = r"pada|sejak|hingga|sampai|sepanjang|awal|akhir|pertengahan|bulan|selama|medio"
        year_rel = r"tahun\s+(?P<yrel>lalu|ini|depan)|(?P<past>lalu|silam)"
        year = (
            r"(?<![\w])(?:tahun|sejak|mulai|pada|hingga|sampai|awal|akhir|pertengahan|sepanjang"
            r"|selama|seperti|dibanding(?:kan)?|R?APB[DN](?:-P)?"
            r"|(?:kuartal|triwulan|semester)\s+(?:I{1,3}|IV|[1-4]|pertama|kedua|ketiga"
            r"|keempat|awal|akhir)(?:\s+tahun)?"
            r"|" + dates._EVENT_BEFORE_YEAR_ID + r")\s+(?P<y>\d{4})"
            r"(?![\w/-]|[.,]\d)" + dates._NO_YEAR_RANGE
        )
        quarter = (
            r"(?<![\w])(?:kuartal|triwulan)\s+(?P<q>I{1,3}|IV|[1-4]|pertama|kedua|ketiga|keempat)"
            r"(?![\w-])(?!\s+(?:tahun\s+)?\d)(?!\s+tahun\s+(?:ini|lalu|depan))"
        )
    else:
        pre = r"in|since|from|until|by|early|late|mid|through|during|of|the|(?P<past>last)"
        year_rel = r"(?P<yrel>last|this|next)\s+year"
        year = (
            r"(?<![\w])(?:in|since|from|until|by|early|late|mid-?|of|Q[1-4]|H[12]|back\s+to"
            r"|(?:first|second|third|fourth)\s+(?:quarter|half)(?:\s+of)?)\s+(?P<y>\d{4})"
            r"(?![\w/-]|[.,]\d)" + dates._NO_YEAR_RANGE
        )
        quarter = (
            r"(?<![\w])the\s+(?P<q>first|second|third|fourth)\s+quarter(?![\w-])"
            r"(?!\s+of\s+(?:\d|this|last|next|the))(?!\s+\d)"
        )
    words = re.sub(r"\(\?P<\w+>(\w+)\)", r"\1", pre).split("|")
    firsts = "".join(sorted({re.escape(w[0]) for w in words}))
    month_only = (
        rf"(?=(?i:[{firsts}]))(?<![\w])(?i:{pre})\s+(?P<mon>{months_cap})(?![\w])(?!\.?\s+\d)"
        rf"(?:\s+(?i:{year_rel})(?![\w]))?"
    )
    return {
        "month_only": [re.compile(month_only)],
        "year": [re.compile(year, re.IGNORECASE)],
        "quarter": [re.compile(quarter, re.IGNORECASE)],
    }


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("name", ["month_only", "year", "quarter"])
@pytest.mark.parametrize("text", VARIANTS)
def test_date_scan_finds_what_its_plain_form_finds(lang: str, name: str, text: str) -> None:
    plain = _plain_date_patterns(lang)[name][0]
    # the rewritten pattern of that name (English has a second "year" pattern, untouched)
    fast = next(p for n, p in dates._patterns(lang) if n == name)
    low = lowered(text)
    assert _matches(fast.finditer(text)) == _matches(plain.finditer(text))
    assert _matches(finditer_fast(fast, text, low)) == _matches(finditer_fast(plain, text, low))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("id", "Sejak Maret tahun lalu, pada 3 Mei", ["Sejak Maret tahun lalu"]),
        ("id", "APBD 2027 dan kuartal III 2026", ["APBD 2027", "kuartal III 2026"]),
        (
            "en",
            "since May, in 2020, the third quarter",
            ["since May", "in 2020", "the third quarter"],
        ),
    ],
)
def test_rewritten_date_scans_still_find_their_phrases(
    lang: str, text: str, expected: list[str]
) -> None:
    found = sorted(
        (m.start(), m.group())
        for n, p in dates._patterns(lang)
        if n in ("month_only", "year", "quarter")
        for m in p.finditer(text)
    )
    assert [g for _, g in found] == expected


def _plain_word_before(text: str, pos: int) -> str:
    m = re.search(r"([^\W\d_]+)\s+$", text[max(0, pos - 24) : pos])
    return m.group(1).lower() if m else ""


def _plain_two_words_before(text: str, pos: int) -> str | None:
    m = re.search(r"([^\W\d_]+)\s+([^\W\d_]+)\s+$", text[max(0, pos - 24) : pos])
    return f"{m.group(1).lower()} {m.group(2).lower()}" if m else None


_EDGE_TEXTS = [
    "mengamankan sekitar 12 orang",
    "rounded up 40 people",
    "x2abc 5",
    "ab_cd 5",
    "ab-cd 5",
    "½ 5",
    "kata\u00a0 5",
    "Ǆemal  5",
    "dan, 5",
    "a" * 40 + " 5",
    "satu\nDUA\t 5",
    "   ",
    "",
]


@pytest.mark.parametrize("text", [*_EDGE_TEXTS, *TEXTS_ID[:4], *TEXTS_EN[:2]])
def test_words_before_a_position_are_those_the_regex_reads(text: str) -> None:
    for pos in range(len(text) + 1):
        assert numbers._word_before(text, pos) == _plain_word_before(text, pos)
        assert numbers._two_words_before(text, pos) == _plain_two_words_before(text, pos)


@pytest.mark.parametrize(
    ("text", "word", "two"),
    [
        ("polisi mengamankan 12", "mengamankan", "polisi mengamankan"),
        ("they Rounded Up 40", "up", "rounded up"),
        ("pada 2x 5", "x", None),
    ],
)
def test_words_before_a_figure_are_read_lowercased(text: str, word: str, two: str | None) -> None:
    pos = len(text) - len(text.rsplit(None, 1)[-1])
    assert numbers._word_before(text, pos) == word
    assert numbers._two_words_before(text, pos) == two
