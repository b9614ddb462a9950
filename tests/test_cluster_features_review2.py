"""Name features after the second blind clustering review (docs/corpus.md).

Full-length reports of one event by two outlets share the event's names, which each repeats,
and differ in the side names each meets once; they write one person's name in their own
spelling. These tests pin how the name set treats both.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kroscek.cluster.assign import weighted_cosine
from kroscek.cluster.features import _text_terms, fold_spelling, sign_batch
from kroscek.data import Article
from kroscek.text.tokens import TOKEN_RE


def terms_of(text: str) -> tuple[list[str], list[str], list[str]]:
    return _text_terms(TOKEN_RE.findall(text))


@pytest.mark.parametrize(
    ("text", "repeated", "once"),
    [
        pytest.param(
            "Api membakar asrama di Desa Rowokembu. Santri Darul Falah selamat. Pengasuh "
            "Darul Falah, Kiai Nasir, berterima kasih kepada warga Rowokembu dan Kajen.",
            {"+rowokembu", "+darul", "+falah", "+darul falah"},
            {"kajen", "kiai", "nasir"},
            id="indonesian-report",
        ),
        pytest.param(
            "A fire hit the Grand Mahakam hotel in Balikpapan. Guests of the Grand Mahakam "
            "fled, said Ratna Wulandari, a guest from Samarinda, and police in Balikpapan.",
            {"+grand", "+mahakam", "+grand mahakam", "+balikpapan"},
            {"ratna", "wulandari", "samarinda"},
            id="english-report",
        ),
    ],
)
def test_a_name_the_text_repeats_counts_again_a_name_met_once_does_not(
    text: str, repeated: set[str], once: set[str]
) -> None:
    names, _, marked = terms_of(text)
    assert repeated <= set(marked)
    assert once <= set(names)
    assert not {f"+{n}" for n in once} & set(marked)


def test_repeated_names_are_bounded() -> None:
    text = " ".join(f"Kota Nama{chr(97 + i)} dan Nama{chr(97 + i)} lagi." for i in range(26))
    _, _, marked = terms_of(text)
    assert 0 < len(marked) <= 16


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("widjaja", "wijaya"),  # old spelling: dj = j, j = y
        ("soekarno", "sukarno"),  # old spelling: oe = u
        ("tjahjo", "cahyo"),  # old spelling: tj = c
        ("mohammad", "muhammad"),  # o / u
        ("muhammad", "muhamad"),  # doubled letters
        ("reza", "riza"),  # e / i
        ("yohanes", "yohanis"),
        ("nashir", "nasir"),  # sh / s
        ("syamsul", "samsul"),  # sy / s
        ("hendrick", "hendrik"),  # ck / k
        ("abdullah", "abdulah"),
    ],
)
def test_spelling_variants_of_a_name_fold_to_one_key(one: str, other: str) -> None:
    assert fold_spelling(one) == fold_spelling(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("medan", "madiun"),
        ("bogor", "bekasi"),
        ("kendari", "kediri"),
        ("sawahlunto", "sawahlunta"),
        ("garut", "gorontalo"),
        ("samsul", "sampul"),
    ],
)
def test_different_names_keep_different_keys(one: str, other: str) -> None:
    assert fold_spelling(one) != fold_spelling(other)


def _article(title: str, text: str) -> Article:
    return Article(
        id=title,
        title=title,
        text=text,
        source="t",
        url=f"https://example.test/{len(text)}",
        published=datetime(2026, 10, 8, tzinfo=UTC),
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "Pengasuh pesantren, KH Muhammad Nashir, meminta bantuan.",
            "Pengasuh pesantren, Kiai Mohammad Nasir, meminta bantuan.",
            id="transliteration",
        ),
        pytest.param(
            "Pemilik toko, Hendrik Wijaya, melapor ke polisi.",
            "Pemilik toko, Hendrick Widjaja, melapor ke polisi.",
            id="old-spelling",
        ),
    ],
)
def test_two_spellings_of_one_person_are_shared_name_terms(first: str, second: str) -> None:
    a, b = sign_batch([_article("Satu", first), _article("Dua", second)])
    assert weighted_cosine(a.keys, b.keys, dict.fromkeys(a.keys | b.keys, 1.0)) >= 0.6
