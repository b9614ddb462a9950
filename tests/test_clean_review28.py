"""Reading after held-out sets 37-48: an outlet whose name joins its words with a lower-case
"of" ("Bay of Bengal Herald -") is read from its dateline, and a kicker under the headline
made of an outlet word and a common one ("Berita Duka") is no masthead."""

from __future__ import annotations

import pytest

from kroscek.clean.core import clean
from kroscek.clean.dateline import parse_dateline
from kroscek.data import RawArticle


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        (
            "Bay of Bengal Herald - Twelve fishermen were rescued off the coast on Sunday.",
            "Bay of Bengal Herald",
        ),
        (
            "Voice of Borneo Times - Floods cut the main road to the provincial capital.",
            "Voice of Borneo Times",
        ),
        (
            "Suara Rakyat dan Bangsa - Dua jembatan putus diterjang banjir.",
            "Suara Rakyat dan Bangsa",
        ),
    ],
)
def test_an_outlet_name_joined_by_a_lower_case_word_is_the_outlet(line, outlet):
    article = clean(RawArticle("mem:0", "Headline of the story", line))
    assert article.source == outlet
    assert not article.text.startswith(outlet)


@pytest.mark.parametrize(
    "line",
    [
        "Residents of Gaza - they said the strikes went on all night.",
        "Head of Police - the officer declined to comment on the arrests.",
    ],
)
def test_prose_with_a_lower_case_of_is_no_dateline(line):
    assert parse_dateline(line) is None


@pytest.mark.parametrize("kicker", ["Berita Duka", "Kabar Duka", "Berita Terkini"])
def test_a_kicker_of_an_outlet_word_and_a_common_word_is_no_masthead(kicker):
    text = (
        f"{kicker}\n\nSUNGAI RAMPAK - Mantan Wali Kota Sungai Rampak, Hasbullah Nasution, "
        "meninggal dunia pada Senin (23/11/2026) pagi setelah dirawat tiga hari.\n\n"
        "Jenazah dimakamkan di pemakaman umum kota pada sore hari."
    )
    article = clean(RawArticle("mem:0", "Mantan Wali Kota Sungai Rampak Tutup Usia", text))
    assert article.source != kicker
    assert kicker not in article.text
    assert article.text.startswith("Mantan Wali Kota")


def test_a_masthead_with_an_outlet_word_over_a_dateline_is_still_the_outlet():
    text = (
        "Kabar Rampak\n\nSUNGAI RAMPAK - Harga beras di pasar induk naik Rp 1.000 per "
        "kilogram sejak Senin (23/11/2026).\n\nPedagang menyebut pasokan dari daerah berkurang."
    )
    article = clean(RawArticle("mem:0", "Harga Beras Naik Lagi", text))
    assert article.source == "Kabar Rampak"
