"""Name features after the second blind clustering review (docs/corpus.md).

Full-length reports of one event by two outlets share the event's names, which each repeats,
and differ in the side names each meets once; they write one person's name in their own
spelling. These tests pin how the name set treats both.
"""

from __future__ import annotations

import pytest

from kroscek.cluster.features import _text_terms
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
