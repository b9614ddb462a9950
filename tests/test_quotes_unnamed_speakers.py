"""A pronoun quote ("...," katanya / "...," he said) after a sentence that brings in one
unnamed person ("Seorang warga menuturkan ...", "A neighbour described ...", "An economist
at the central bank warned ...") is that person's, not the last named speaker's; a plural
or definite subject in between ("Warga dievakuasi", "The residents were moved") speaks
for no one and the named speaker keeps the quote. Pinned with sentences written for these
tests."""

from __future__ import annotations

import pytest

from kroscek.data import Article
from kroscek.extract import extract_facts


def _speakers(text: str, lang: str) -> list[str]:
    art = extract_facts(Article(id="x", source="s", title="Berita", text=text, lang=lang))
    return [str(f.attrs.get("speaker")) for f in art.facts if f.kind == "quote"]


@pytest.mark.parametrize(
    ("text", "lang", "second"),
    [
        (
            'Ketua RT setempat, Siti Aminah, membenarkan kejadian itu. "Api cepat membesar '
            'karena angin kencang," ujarnya.\n\nSeorang warga menuturkan api muncul dari dapur. '
            '"Saya lihat asap hitam keluar dari jendela," katanya.',
            "id",
            "warga",
        ),
        (
            'Kepala dinas Budi Santoso meninjau pasar. "Stok beras aman sampai akhir tahun," '
            "kata Budi.\n\nSalah seorang pedagang di Pasar Minggu mengeluhkan sepinya pembeli. "
            '"Hari ini baru lima orang yang belanja," ujarnya.',
            "id",
            "pedagang di Pasar Minggu",
        ),
        (
            'Fire chief Tom Baker confirmed the blaze. "The fire spread quickly because of the '
            'wind," Baker said.\n\nA neighbour described seeing smoke from the kitchen. "I saw '
            'black smoke pouring out of the window," she said.',
            "en",
            "neighbour",
        ),
        (
            'Finance Minister Sri Wahyuni said revenue was on track. "Tax receipts are ahead of '
            'plan," she said.\n\nAn economist at the central bank warned of risks. "The outlook '
            'for exports is weakening fast," he said.',
            "en",
            "economist at the central bank",
        ),
    ],
)
def test_a_pronoun_quote_after_an_unnamed_person_is_theirs(text, lang, second):
    speakers = _speakers(text, lang)
    assert len(speakers) == 2
    assert speakers[1] == second
    assert speakers[0] != second


@pytest.mark.parametrize(
    ("text", "lang", "named"),
    [
        (
            "Kepala Desa Sukamaju, Rahmat Hidayat, meninjau lokasi banjir. Warga dievakuasi ke "
            'balai desa. "Kami sudah menyiapkan dapur umum untuk 300 orang," katanya.',
            "id",
            "Rahmat Hidayat",
        ),
        (
            'Mayor Ana Torres visited the shelter. The residents were moved to a school. "We '
            'have set up a kitchen for 300 people," she said.',
            "en",
            "Ana Torres",
        ),
    ],
)
def test_a_plural_or_definite_subject_between_leaves_the_quote_to_the_named_speaker(
    text, lang, named
):
    assert _speakers(text, lang) == [named]
