"""A pronoun quote goes back to the person of the sentence before it even when an
apposition stands between the name and its verb ("X, a trader in Y, said ...")."""

from __future__ import annotations

import pytest

from kroscek.extract.entities import recognise
from kroscek.extract.quotes import extract_quotes


def speakers(text: str, lang: str) -> list[str]:
    facts = extract_quotes(text, lang, entities=recognise(text, lang))
    return [str(f.attrs.get("speaker")) for f in facts]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            '"The bridge was never inspected," said engineer Thomas Brennan. '
            "Margaret Olsen, a teacher in the village, said the water rose within minutes. "
            '"We lost everything in one night," she said.',
            "en",
            ["Thomas Brennan", "Margaret Olsen"],
        ),
        (
            '"Jembatan itu tidak pernah diperiksa," kata insinyur Bambang Sutrisno. '
            "Siti Rahmawati, warga desa di tepi sungai, mengatakan air naik dalam hitungan menit. "
            '"Kami kehilangan semuanya dalam satu malam," ujarnya.',
            "id",
            ["Bambang Sutrisno", "Siti Rahmawati"],
        ),
    ],
)
def test_a_pronoun_quote_goes_to_the_named_subject_past_an_apposition(text, lang, expected):
    assert speakers(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('The mayor told residents that the new dam "would hold for a century".', "en"),
        ('Ia mengatakan bahwa putusan itu "mengembalikan kepercayaan publik".', "id"),
    ],
)
def test_a_phrase_quoted_inside_reported_speech_is_no_direct_quote(text, lang):
    assert speakers(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a direct quote after "that" keeps its own closing punctuation
        (
            'Governor Ruth Alvarado said that "we will rebuild every school, '
            'and we will start tomorrow."',
            "en",
            ["Ruth Alvarado"],
        ),
        # with a reporting verb right before it, a quote is direct
        (
            'Menteri Budi Santoso berkata, "Kami akan membangun kembali semua sekolah."',
            "id",
            ["Budi Santoso"],
        ),
    ],
)
def test_a_quote_with_its_own_punctuation_or_its_verb_stays_a_direct_quote(text, lang, expected):
    assert speakers(text, lang) == expected
