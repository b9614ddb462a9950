"""An English wire and its Indonesian rewrite, compared as a reader would: the count each lead
opens with, its digits swapped by the translation, is one figure miscopied even when both texts
count the same noun again further down; and the nouns a wire counts (whales, friends, cracks,
metric tons) are the Indonesian rewrite's (paus, rekan, retakan, ton)."""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type, run
from kroscek.data import Finding, Report


def _conflicts_on(report: Report, *words: str) -> list[Finding]:
    return [f for f in of_type(report, "conflict") if mentions(f, *words)]


def _agreements_on(report: Report, *words: str) -> list[Finding]:
    return [f for f in of_type(report, "agreement") if mentions(f, *words)]


# --- the lead's count, its digits swapped across languages ----------------------------------

_STRANDING_EN = (
    "Dolphins stranded on a northern beach",
    "DARWIN, Nov 20 (Coast Wire) - About {a} {en} have stranded on a remote beach east of "
    "the city, rangers said on Thursday. Volunteers had pushed 12 {en} back to sea by the "
    "afternoon. A similar stranding of 90 {en} was recorded in the same bay in 2019.",
)
_STRANDING_ID = (
    "Kawanan Mamalia Laut Terdampar di Pantai Utara",
    "Sekitar {b} {id} terdampar di sebuah pantai terpencil di timur kota, kata petugas taman "
    "nasional, Kamis (20/11/2025). Relawan berhasil mengembalikan 12 ekor {id} ke laut hingga "
    "sore hari. Peristiwa serupa yang melibatkan 90 {id} tercatat di teluk yang sama pada 2019.",
)


def _stranding(a: str, b: str, en: str, id_: str) -> Report:
    return run(
        (_STRANDING_EN[0], _STRANDING_EN[1].format(a=a, en=en)),
        (_STRANDING_ID[0], _STRANDING_ID[1].format(b=b, id=id_)),
    )


@pytest.mark.parametrize(
    ("a", "b", "en", "id_"),
    [
        ("140", "410", "whales", "paus"),
        ("230", "320", "whales", "paus"),
        ("65", "56", "turtles", "penyu"),
    ],
)
def test_the_leads_counts_with_swapped_digits_across_languages_conflict(
    a: str, b: str, en: str, id_: str
) -> None:
    report = _stranding(a, b, en, id_)
    found = _conflicts_on(report, f"{a} {en}", f"{b} {id_}")
    assert len(found) == 1
    assert "urutan tertukar" in found[0].message


@pytest.mark.parametrize(
    ("a", "b", "en", "id_"),
    [("140", "150", "turtles", "penyu"), ("230", "270", "whales", "paus")],
)
def test_the_leads_counts_of_other_digits_across_languages_do_not_conflict(
    a: str, b: str, en: str, id_: str
) -> None:
    assert not _conflicts_on(_stranding(a, b, en, id_), f"{a} {en}", f"{b} {id_}")


@pytest.mark.parametrize(
    ("en", "id_"), [("whales", "paus"), ("turtles", "penyu"), ("sharks", "hiu")]
)
def test_a_wires_animal_count_agrees_with_the_rewrites_ekor_count(en: str, id_: str) -> None:
    report = _stranding("140", "140", en, id_)
    assert _agreements_on(report, f"12 {en}", f"12 ekor {id_}")


# --- counted nouns and units a wire and a rewrite write differently -------------------------


@pytest.mark.parametrize(
    ("en_sentence", "id_sentence", "en_words", "id_words"),
    [
        (
            "The diver was exploring the reef with two friends when the current turned.",
            "Penyelam itu sedang menjelajahi terumbu bersama dua rekannya saat arus berbalik.",
            "two friends",
            "dua rekannya",
        ),
        (
            "Engineers found at least four cracks in the main span of the bridge.",
            "Tim teknisi menemukan sedikitnya empat retakan pada bentang utama jembatan itu.",
            "four cracks",
            "empat retakan",
        ),
        (
            "The central bank bought 310 metric tons of gold over the year.",
            "Bank sentral membeli 310 ton emas sepanjang tahun itu.",
            "310 metric tons",
            "310 ton",
        ),
    ],
)
def test_a_wires_counted_noun_agrees_with_the_rewrites(
    en_sentence: str, id_sentence: str, en_words: str, id_words: str
) -> None:
    report = run(
        (
            "Officials describe the incident",
            f"JAKARTA, Nov 21 (Wire) - {en_sentence} Officials gave no further details.",
        ),
        ("Petugas Jelaskan Kejadian", f"{id_sentence} Petugas tidak memberi rincian lain."),
    )
    assert _agreements_on(report, en_words, id_words)
    assert not [f for f in of_type(report, "unique") if mentions(f, id_words)]
