"""A name given in quotes after a naming word ('nicknamed "Bear"', 'dijuluki "Si Kancil"') is
no direct quote: it is a few words with no punctuation of their own, and nobody said them."""

from __future__ import annotations

import pytest

from kroscek.extract.quotes import extract_quotes


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('The coach, known by his nickname "Bear", said the team was ready.', "en"),
        ('Police arrested a smuggler dubbed "The Ghost" on the border.', "en"),
        ('Pedagang yang dijuluki "Si Kancil" oleh warga itu mengatakan harga naik.', "id"),
        ('Ia dikenal dengan nama panggilan "Pak Kumis" di pasar itu.', "id"),
    ],
)
def test_a_quoted_nickname_is_no_quote(text, lang):
    assert extract_quotes(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        (
            'The mayor, called "Bear" by fans, added: "We open the stadium on Monday."',
            "en",
            "We open the stadium on Monday",
        ),
        (
            'Kepala desa yang dijuluki "Pak Kumis" berkata, "Kami butuh air bersih."',
            "id",
            "Kami butuh air bersih",
        ),
    ],
)
def test_the_speech_after_a_nickname_is_still_a_quote(text, lang, words):
    assert [f.value for f in extract_quotes(text, lang)] == [words]
