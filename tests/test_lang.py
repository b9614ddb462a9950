"""Language detection tells Indonesian from English by function words."""

from __future__ import annotations

import pytest

from kroscek.text.lang import detect, stopwords


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Pemerintah daerah mengatakan bahwa jembatan yang rusak itu akan segera diperbaiki.",
            "id",
        ),
        ("Polisi menangkap dua orang tersangka di Bekasi pada Selasa malam.", "id"),
        ("“Kami tidak akan menyerah,” kata warga yang tinggal di tepi sungai.", "id"),
        (
            "The city council said the damaged bridge would be repaired before the rainy season.",
            "en",
        ),
        (
            "Police arrested two suspects in the north on Tuesday night, officials said.",
            "en",
        ),
        ("“We will not give up,” said a resident who lives by the river.", "en"),
    ],
)
def test_detects_indonesian_and_english(text: str, lang: str) -> None:
    assert detect(text) == lang


@pytest.mark.parametrize(
    "text", ["", "Gaza", "Jakarta Bandung Surabaya", "12.000 45,5 2023", "!!!"]
)
def test_too_little_text_is_undetermined(text: str) -> None:
    assert detect(text) == "und"


def test_mixed_article_follows_the_majority_language() -> None:
    text = (
        "Menteri Luar Negeri menyatakan bahwa pemerintah akan mengirim bantuan. "
        "Ia mengutip laporan berjudul “The State of the World” dari sebuah lembaga."
    )
    assert detect(text) == "id"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_stopword_lists_are_loaded_from_data(lang: str) -> None:
    words = stopwords(lang)
    assert len(words) > 80
    assert all(w == w.lower() for w in words)
