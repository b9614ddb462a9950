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


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Rebels Kill Soldiers\n\nRebels killed 40 soldiers near the border on Thursday.", "en"),
        ("Currency Weakens\n\nThe peso weakened to 58 per dollar.", "en"),
        ("Storm Hits Coast\n\nA storm flooded 300 homes. Thousands were evacuated.", "en"),
        ("Police Arrest Two\n\nPolice arrested two suspects.", "en"),
        ("Minister Resigns\n\nThe health minister resigned amid protests.", "en"),
        ("Banjir Rendam Bekasi\n\nBanjir merendam 200 rumah warga.", "id"),
        ("KPK Tahan Bupati\n\nKPK menahan bupati itu pada Kamis.", "id"),
        ("Gempa Guncang Cianjur\n\nGempa berkekuatan 5,6 mengguncang Cianjur, Senin.", "id"),
        ("Harga Cabai Naik\n\nHarga cabai rawit melonjak. Pedagang mengeluhkan pasokan.", "id"),
        ("Jembatan Ambruk\n\nSebuah jembatan gantung ambruk diterjang arus sungai.", "id"),
    ],
)
def test_short_articles_of_one_to_three_sentences_are_detected(text: str, lang: str) -> None:
    assert detect(text) == lang


@pytest.mark.parametrize(
    "text",
    [
        "Bendahara I : Rachim , Bendahara II : Liem Soei Liong .",
        "Tim A melawan Tim B di Stadion Utama.",
    ],
)
def test_roman_numerals_and_letters_do_not_vote_for_english(text: str) -> None:
    assert detect(text) != "en"


def test_a_function_word_in_a_quoted_title_does_not_flip_a_short_indonesian_text() -> None:
    text = "Film berjudul The Journey diputar di bioskop Jakarta mulai pekan depan."
    assert detect(text) == "id"


_ID_NARRATIVE_EN_QUOTES = (
    "Juru bicara kementerian luar negeri Kanada memberikan keterangan di Ottawa pada Kamis "
    "pagi waktu setempat.\n"
    '"We are ready to send more aid as soon as the ports reopen, and we expect every party '
    'to let the trucks through without delay," ujarnya.\n'
    '"Our teams on the ground tell us the need is growing by the hour and that the winter '
    'will make it worse," tambahnya.\n'
    "Menurut data lembaga itu, sedikitnya 40 truk bantuan masih tertahan di perbatasan.\n"
    '"This is a test of whether the agreement means anything at all," katanya lagi.'
)
_EN_NARRATIVE_ID_QUOTES = (
    "The governor of the province spoke to reporters outside the flooded market on Monday.\n"
    '"Kami sudah mengerahkan semua perahu karet yang ada dan warga diminta tetap tenang '
    'sampai air surut," he said in Indonesian.\n'
    '"Bantuan makanan untuk para pengungsi akan tiba malam ini dari ibu kota provinsi," he '
    "added.\nThe water reached two metres in the lowest streets, officials said, and the "
    "market will stay closed for at least a week."
)


@pytest.mark.parametrize(
    ("text", "lang"),
    [(_ID_NARRATIVE_EN_QUOTES, "id"), (_EN_NARRATIVE_ID_QUOTES, "en")],
    ids=["indonesian-report-quoting-english", "english-report-quoting-indonesian"],
)
def test_long_quotations_in_the_other_language_do_not_decide_the_article(
    text: str, lang: str
) -> None:
    assert detect(text) == lang


def test_a_text_that_is_nearly_all_quotation_keeps_the_quoted_language() -> None:
    statement = (
        '"We will rebuild every school that was damaged, and we will do it before the new '
        'term starts in July," the minister said.'
    )
    assert detect(statement) == "en"


@pytest.mark.parametrize(
    "text",
    [
        "warga (sekitar 1.200 orang) mengungsi, kata kepala bpbd.",
        "“kami tidak mundur,” ujarnya di taheran—iran—pada kamis…",
        "the minister’s office said it didn't know; officials (in jakarta) declined.",
        "ia menyebut 2,5 juta rupiah [belum termasuk pajak] dan 50% subsidi!",
        "naïve café résumé: «citations» et ‘quotes’ — tout ça?",
        "kata_kunci x² ½ dan e\u0301 serta 😀 emoji /garis/ *tebal*",
        "'apostrof di tepi' dan ’kutip’ juga -tanda- {kurung}",
        "",
    ],
)
def test_word_split_shortcut_finds_the_same_words_as_the_word_pattern(text: str) -> None:
    from kroscek.text import lang

    assert lang._words(text) == lang._WORD_RE.findall(text)
    # the same on each piece alone, where edge marks and apostrophes meet the shortcut
    for piece in text.split():
        assert lang._words(piece + " é") == lang._WORD_RE.findall(piece + " é")
