"""A quote translated into the other language is one quote: when the wire quotes its source
twice and the rewrite translates one of the two, and when two outlets credit one quote,
rendered word for word, to two different people (a speaker conflict). Pinned with sentences
written for these tests, in both directions and with pairs that must stay apart."""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type, run
from kroscek.compare.findings.translated import (
    anchored_alone,
    gloss_overlap,
    one_quote_translated,
    shared_anchor,
)
from kroscek.data import Article, Fact


def _article(source: str, lang: str, quotes: list[tuple[str, str]]) -> Article:
    """An article quoting each (quote, speaker) in its own paragraph."""
    text, facts = "", []
    verb = "said" if lang == "en" else "kata"
    for quote, speaker in quotes:
        start = len(text) + 1
        text += f'"{quote}," {verb} {speaker}.\n\n'
        end = start + len(quote)
        facts.append(Fact("quote", speaker, quote, quote, start, end, attrs={"speaker": speaker}))
    return Article(id=source, source=source, title="", text=text, lang=lang, facts=tuple(facts))


# --- a speaker quoted twice in one text, once in the other ---

_TWICE = [
    (  # the wire's first quote shares a borrowed word ("inflation" / "inflasi")
        "en",
        [
            "Inflation pressures have eased, but the outlook for exports has turned weaker",
            "Patience is the right policy for now",
        ],
        "Tekanan inflasi sudah mereda, tetapi prospek ekspor menjadi lebih lemah",
        0,
    ),
    (  # the wire's second quote shares a count's noun ("families" / "keluarga")
        "en",
        [
            "We will not rest until the road is open again",
            "About forty families in the valley still have no clean water tonight",
        ],
        "Sekitar empat puluh keluarga di lembah itu masih belum punya air bersih malam ini",
        1,
    ),
    (  # the Indonesian text quotes twice, the English once (a figure written alike)
        "id",
        [
            "Kami berterima kasih kepada semua relawan yang datang membantu sejak kemarin",
            "Sebanyak 12 rumah di sisi selatan sudah kami kosongkan sejak pagi tadi",
        ],
        "We emptied 12 homes on the southern side early this morning",
        1,
    ),
]


@pytest.mark.parametrize(("lang", "twice", "once", "kept"), _TWICE)
def test_of_two_quotes_the_one_sharing_a_kept_word_is_the_translation(lang, twice, once, kept):
    other = "id" if lang == "en" else "en"
    x = _article("Two", lang, [(q, "Laila Rahman") for q in twice])
    y = _article("One", other, [(once, "Laila Rahman")])
    for i, quote in enumerate(x.facts):
        assert anchored_alone(x, quote, y, y.facts[0]) is (i == kept)
        assert one_quote_translated(x, quote, y, y.facts[0]) is (i == kept)


def test_two_quotes_sharing_a_kept_word_leave_the_anchor_undecided():
    x = _article(
        "Two",
        "en",
        [
            ("Inflation is our first concern this quarter and the next", "Laila Rahman"),
            ("Inflation expectations must stay anchored for the whole year", "Laila Rahman"),
        ],
    )
    y = _article("One", "id", [("Inflasi harus tetap terjaga sepanjang kuartal ini", "Laila")])
    assert not any(anchored_alone(x, q, y, y.facts[0]) for q in x.facts)


def test_a_wire_quote_translated_by_two_rewrites_is_one_agreed_quote():
    en_lead = "The central bank of Arvania held its key rate at 6 percent on Thursday."
    id_lead = "Bank sentral Arvania menahan suku bunga acuan di level 6 persen, Kamis (19/11/2026)."
    first = "Inflation pressures have eased, but the outlook for exports has turned weaker"
    second = "Patience is the right policy for now"
    id_quote = "Tekanan inflasi sudah mereda, tetapi prospek ekspor menjadi lebih lemah"
    report = run(
        (
            "Arvania holds rate",
            f'{en_lead}\n\n"{first}," governor Laila Rahman told reporters. "{second}."',
        ),
        ("Suku Bunga Arvania Tetap", f'{id_lead}\n\n"{id_quote}," kata Gubernur Laila Rahman.'),
        ("BI Arvania Tahan Bunga", f'{id_lead}\n\n"{id_quote}," ujar Laila Rahman.'),
    )
    agreed = of_type(report, "agreement", "quote")
    assert len(agreed) == 1 and len(agreed[0].evidence) == 3
    assert mentions(agreed[0], "Inflation pressures", "Tekanan inflasi")


# --- one quote translated word for word, credited to two people ---

_TWO_SPEAKERS = [
    (
        "The state must restore safety in every prison, block by block",
        "Negara harus memulihkan keamanan di setiap penjara, blok demi blok",
    ),
    (
        "The fire caused heavy damage to the market and the warehouse",
        "Api menyebabkan kerusakan besar pada pasar dan gudang",
    ),
    (
        "Our workers must stay safe, we will never tolerate that risk",
        "Pekerja kami harus tetap aman, kami tidak akan pernah menoleransi risiko itu",
    ),
]


@pytest.mark.parametrize(("en", "id_"), _TWO_SPEAKERS)
def test_one_quote_translated_and_credited_to_two_people_is_one_quote(en, id_):
    x = _article("Wire", "en", [(en, "Rafael Ortiz")])
    y = _article("Portal", "id", [(id_, "Dewi Anggraini")])
    assert one_quote_translated(x, x.facts[0], y, y.facts[0])


@pytest.mark.parametrize(
    ("en", "id_"),
    [
        (  # one story, two things said: a stray "fire" / "api" is no translation
            "The fire caused heavy damage to the market and the warehouse",
            "Kami sudah mengirim api unggun dan selimut ke tenda pengungsi tadi malam",
        ),
        (
            "The state must restore safety in every prison, block by block",
            "Para narapidana sudah dipindahkan ke lembaga pemasyarakatan lain sejak kemarin",
        ),
    ],
)
def test_two_peoples_different_words_are_not_one_quote(en, id_):
    x = _article("Wire", "en", [(en, "Rafael Ortiz")])
    y = _article("Portal", "id", [(id_, "Dewi Anggraini")])
    assert not one_quote_translated(x, x.facts[0], y, y.facts[0])


def test_a_translated_quote_given_to_two_people_is_a_speaker_conflict():
    en, id_ = _TWO_SPEAKERS[0]
    report = run(
        (
            "Riot at Serrano prison",
            f"Inmates rioted at Serrano prison on Monday, officials said.\n\n"
            f'"{en}," said prisons director Rafael Ortiz.',
        ),
        (
            "Kerusuhan di Penjara Serrano",
            f"Narapidana membuat kerusuhan di penjara Serrano, Senin (16/11/2026).\n\n"
            f'"{id_}," kata Menteri Dalam Negeri Dewi Anggraini.',
        ),
    )
    conflicts = of_type(report, "conflict", "quote:speaker")
    assert len(conflicts) == 1
    assert "Rafael Ortiz" in conflicts[0].message and "Dewi Anggraini" in conflicts[0].message
    assert not of_type(report, "unique", "quote")


# --- the gloss covers an entry's plural and past forms ---


@pytest.mark.parametrize(
    ("en", "id_", "rendered"),
    [
        ("prices", "harga", True),  # entry "price"
        ("improved", "membaik", True),  # entry "improve"
        ("challenges", "tantangan", True),  # entry "challenge"
        ("damaged", "rusak", True),  # entry "damage"
        ("prices", "pasokan", False),  # a word of another entry
    ],
)
def test_an_entrys_plural_and_past_forms_are_glossed_too(en, id_, rendered):
    hits, content, _ = gloss_overlap(f"The {en} today", f"{id_} hari ini")
    assert content == 2  # the word and "today"
    assert (hits == 2) is rendered


def test_a_quote_glossed_through_plural_and_past_forms_is_its_translation():
    en = (
        "The easing came from food, where rice and chilli prices dropped as supply "
        "from the harvest areas improved"
    )
    id_ = "Harga beras dan cabai turun karena pasokan dari daerah panen membaik"
    x = _article("Wire", "en", [(en, "Laila Rahman")])
    y = _article("Portal", "id", [(id_, "Laila Rahman")])
    assert one_quote_translated(x, x.facts[0], y, y.facts[0])


# --- a borrowed word kept by the translation, respelt as Indonesian borrows it ---


@pytest.mark.parametrize(
    ("en", "id_", "kept"),
    [
        (
            "We will open the evacuation route tonight",
            "Jalur evakuasi akan kami buka malam ini",
            True,
        ),
        ("The control room was flooded overnight", "Ruang kontrol terendam semalaman", True),
        ("The executive board met on the matter", "Dewan eksekutif sudah bertemu", True),
        ("Photographers waited at the gate", "Para fotografer menunggu di gerbang", True),
        ("We are deeply sorry for the families", "Tungku nomor tiga sudah kami matikan", False),
    ],
)
def test_a_borrowed_word_respelt_is_a_word_the_translation_keeps(en, id_, kept):
    assert shared_anchor(en, id_) is kept


# --- a borrowed word is its own rendering; function words are no content ---


@pytest.mark.parametrize(
    ("en", "id_", "rendered"),
    [
        (
            "The economy is growing, but inflation remains a serious threat",
            "Ekonomi terus tumbuh, tetapi inflasi tetap menjadi ancaman serius",
            6,
        ),
        ("The contact was lost over the sea", "Kontak terputus di atas laut", 2),  # and "sea"
        ("Investors fear the policy", "Para investor mengkhawatirkan kebijakan itu", 1),
        ("The economy is growing", "Harga cabai turun tajam pekan ini", 0),
    ],
)
def test_a_borrowed_word_counts_as_its_own_rendering(en, id_, rendered):
    hits, _, _ = gloss_overlap(en, id_)
    assert hits == rendered


@pytest.mark.parametrize(
    ("en", "content"),
    [
        ("We will still help all of them", 1),  # "will", "still", "all": keyed "wil", ...
        ("They have been there all week", 0),  # "been", "all", "week" ("ben", "al", "wek")
        ("We will rebuild the bridge", 2),
    ],
)
def test_function_words_spelt_with_double_letters_are_no_content(en, content):
    assert gloss_overlap(en, "")[1] == content
