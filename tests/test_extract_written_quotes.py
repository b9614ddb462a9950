"""A banner's, a placard's or a sign's words in quotes are written, not said: kept as a quote
fact marked ``written`` with no speaker (compare reports them as a banner's text, never as
someone's quote); speech in the same paragraph is still a quote of its speaker."""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type, run
from kroscek.extract.quotes import extract_quotes


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            'Petani membawa spanduk bertuliskan "Pupuk Mahal, Petani Menjerit" di kantor bupati.',
            "id",
        ),
        (
            'Mahasiswa membentangkan poster bertulisan "Kampus Bukan Pasar" saat berdemo, Senin.',
            "id",
        ),
        ('Residents held placards reading "Save Our Market" outside city hall on Monday.', "en"),
        (
            'Protesters unfurled a banner that read "No Eviction Without Payment" at the gate.',
            "en",
        ),
    ],
)
def test_a_banners_words_are_written_and_said_by_no_one(text: str, lang: str) -> None:
    (found,) = extract_quotes(text, lang)
    assert found.attrs.get("written") is True
    assert found.attrs.get("speaker") == "" and not found.label


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        (
            'Para petani membawa spanduk. "Kami hanya minta harga pupuk diturunkan," kata Sarmin.',
            "id",
            "Kami hanya minta harga pupuk diturunkan",
        ),
        (
            '"We only want a fair price for our stalls," said trader Ana Ruiz, reading a note.',
            "en",
            "We only want a fair price for our stalls",
        ),
    ],
)
def test_speech_beside_a_banner_is_still_a_quote(text: str, lang: str, words: str) -> None:
    found = [q for q in extract_quotes(text, lang) if words in str(q.value)]
    assert found and not found[0].attrs.get("written")
    assert found[0].attrs.get("speaker")


def test_a_banner_only_one_outlet_reports_is_shown_as_its_text_not_a_quote() -> None:
    report = run(
        (
            "Pedagang Pasar Tolak Relokasi",
            "Ratusan pedagang Pasar Lama berunjuk rasa di depan balai kota, Senin (17/11/2025). "
            'Mereka membentangkan spanduk bertuliskan "Pasar Kami, Hidup Kami". Aksi berakhir '
            "tertib.",
        ),
        (
            "Pedagang Pasar Lama Demo Tolak Relokasi",
            "Ratusan pedagang Pasar Lama berunjuk rasa di depan balai kota, Senin (17/11/2025). "
            "Aksi berakhir tertib menjelang sore.",
        ),
    )
    shown = [f for f in of_type(report, "unique") if mentions(f, "Pasar Kami, Hidup Kami")]
    assert len(shown) == 1 and shown[0].message.startswith("Tulisan spanduk")
