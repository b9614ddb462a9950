"""Attribution after blind review 15: a verb followed by a stance ("menyatakan setuju") is a
vote or a position, not the source of the sentence's figures."""

from __future__ import annotations

import pytest

from kroscek.clean import clean
from kroscek.data import RawArticle
from kroscek.extract import extract_facts
from kroscek.extract.attribution import extract_attributions


@pytest.mark.parametrize(
    ("text", "sourced"),
    [
        ("Tujuh anggota dewan menyatakan setuju, sementara dua anggota menolak.", False),
        ("Sebagian warga menyatakan menolak rencana relokasi pasar itu.", False),
        ("Dinas Kesehatan menyatakan 40 warga dirawat di puskesmas.", True),
        ("Bupati menyatakan tidak ada korban jiwa dalam banjir itu.", True),
    ],
)
def test_a_verb_declaring_a_stance_names_no_source(text, sourced):
    facts = extract_attributions(text, "id")
    assert bool(facts) == sourced


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        (
            "Menurut Kepala Dinas, Rina Hapsari, banjir merendam tiga desa.\n\nWarga mengungsi ke "
            "balai desa.\n\nIa menambahkan, bantuan logistik tiba sore ini.",
            "Ia menambahkan",
            "Rina Hapsari",
        ),
        (
            "Mayor Tom Baker spoke at the town hall on Monday. The bridge will reopen in May, he "
            "said.",
            "he said",
            "Tom Baker",
        ),
    ],
)
def test_a_pronoun_source_is_its_own_words_not_every_sentence_since_the_name(text, words, source):
    article = extract_facts(clean(RawArticle("mem:1", "Kabar Kota", text)))
    facts = [f for f in article.facts if f.kind == "attribution" and f.text == words]
    assert facts and source in str(facts[0].value)
    start, end = facts[0].attrs["scope"]
    covered = article.text[start:end]
    assert covered.strip() and source not in covered  # its own sentence, not the name's
