from __future__ import annotations

import pytest

from kroscek.text.tokens import tokenize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("menewaskan 1.200 orang", ["menewaskan", "1.200", "orang"]),
        ("sekitar 2,5 juta warga.", ["sekitar", "2,5", "juta", "warga", "."]),
        ("konflik Israel-Palestina", ["konflik", "Israel-Palestina"]),
        ("Brigade al-Qassam,Hamas", ["Brigade", "al-Qassam", ",", "Hamas"]),
        ("“Kami siap,” kata Dr. Budi", ["“", "Kami", "siap", ",", "”", "kata", "Dr", ".", "Budi"]),
        ("more than 1,200 people", ["more", "than", "1,200", "people"]),
    ],
)
def test_tokenize_keeps_numbers_and_hyphenated_words_whole(text: str, expected: list[str]) -> None:
    assert [t.text for t in tokenize(text)] == expected


def test_token_offsets_index_the_original_text() -> None:
    text = "Pada Kamis (16/11/2023), Teheran menolak."
    for tok in tokenize(text):
        assert text[tok.start : tok.end] == tok.text


def test_token_texts_equal_the_token_regex() -> None:
    import random

    from kroscek.text.tokens import TOKEN_RE, token_texts

    rng = random.Random(3)
    pieces = ["1.200", "2,5", ",", ".", "-", "'", "’", "al-Qassam", "Budi", " ", "  ", "\n", "\t"]
    pieces += ["_x", "١٢", "İstanbul", "“", "é", "9", "a"]
    for _ in range(3000):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 15)))
        assert token_texts(text) == TOKEN_RE.findall(text), repr(text)


def test_tokenize_equals_the_token_regex_with_offsets() -> None:
    import random

    from kroscek.text.tokens import TOKEN_RE, Token, token_pieces

    rng = random.Random(5)
    pieces = ["1.200", "2,5", ",", ".", "-", "'", "’", "al-Qassam", "Budi", " ", "  ", "\n", "\t"]
    pieces += ["_x", "١٢", "İstanbul", "“", "é", "9", "a", "\u00a0", "\u2028", "\x00", "😀"]
    for _ in range(3000):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 15)))
        offset = rng.randint(0, 50)
        expected = [
            Token(m.group(), m.start() + offset, m.end() + offset) for m in TOKEN_RE.finditer(text)
        ]
        got = tokenize(text, offset)
        assert got == expected, repr(text)
        assert all(type(tok) is Token for tok in got)
        texts, starts, ends, spaces = token_pieces(text, offset)
        assert list(zip(texts, starts, ends, strict=True)) == expected
        previous_end = offset
        for start, end, space in zip(starts, ends, spaces, strict=True):
            assert text[previous_end - offset : start - offset] == space
            assert not space.strip()
            previous_end = end
