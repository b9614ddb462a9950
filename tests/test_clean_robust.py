"""Cleaning and sentence splitting never crash and never invent text, whatever the input."""

from __future__ import annotations

import html
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kroscek.clean import clean
from kroscek.clean.mojibake import repair
from kroscek.data import RawArticle
from kroscek.text.segment import sentences
from kroscek.text.tokens import tokenize

# Lines built from the pieces scraped text is made of, so that the generator reaches the
# interesting branches (labels, bullets, datelines, quotes, markup) and not only noise.
PIECES = st.sampled_from(
    [
        "Sumber :",
        "Foto:",
        "  • dok. warga",
        "Baca juga: Judul Lain",
        "Halaman Selanjutnya",
        "img_title",
        "[Gambas:Video]",
        "(ant)",
        "Penulis: Budi",
        "written by Kabar",
        "JAKARTA, KABAR.com - ",
        "Kota (ANTARA) - ",
        "“Kami siap,” kata dia.",
        "[tautan](#)",
        "**tebal**",
        "## Judul",
        "Harga naik 1.200 persen.",
        "Dr. Ani",
        "Ini Judul Berita Lain",
        "yang terputus di tengah",
        "kalimat",
        "",
        " ",
        "\u00a0",
        "\u200b",
        "—",
        "-",
        "&amp;",
    ]
)
LINES = st.lists(st.one_of(PIECES, st.text(max_size=40)), max_size=25)


@settings(max_examples=150, deadline=None)
@given(title=st.one_of(PIECES, st.text(max_size=60)), lines=LINES)
def test_clean_never_raises_and_keeps_only_input_words(title: str, lines: list[str]) -> None:
    text = "\n".join(lines)
    article = clean(RawArticle(origin="acak.txt", title=title, text=text))
    # The same normalisation cleaning applies: mojibake repair, NFC, entities, and no
    # invisible format or C1 control characters.
    prepared = html.unescape(unicodedata.normalize("NFC", repair(f"{title}\n{text}")[0]))
    prepared = "".join(
        ch for ch in prepared if unicodedata.category(ch) != "Cf" and not "\x80" <= ch <= "\x9f"
    )
    source_words = {t.text for t in tokenize(prepared)}
    for token in tokenize(article.text):
        # Markup removal may cut a token out of a larger one ("__0__" -> "0"), never invent one.
        assert not token.text.isalnum() or any(token.text in word for word in source_words)
    assert "\n\n\n" not in article.text
    assert article.text == article.text.strip()


@settings(max_examples=150, deadline=None)
@given(text=st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=20).map(" ".join)))
def test_sentences_are_ordered_non_empty_and_inside_the_text(text: str) -> None:
    previous = 0
    for span in sentences(text):
        assert previous <= span.start < span.end <= len(text)
        assert text[span.start : span.end].strip()
        previous = span.end


@pytest.mark.parametrize(
    "line",
    [
        "[tautan ",
        "a ** b ",
        "__x ",
        "*x ",
        "<p ",
        "(Foto ",
        "AB/CD ",
        "kata,kata ",
        "“ ",
        "JAKARTA - ",
    ],
)
def test_long_lines_of_unmatched_markup_are_cleaned(line: str) -> None:
    # 200 KB on one line: a pattern with quadratic backtracking would never finish.
    text = line * (200_000 // len(line))
    article = clean(RawArticle(origin="besar.txt", title="Judul", text=text))
    assert len(article.text) >= len(text) * 0.8
