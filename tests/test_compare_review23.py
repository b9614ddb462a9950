"""Rules added after review 23 (the lead's held-out sets: a flood's water height in two units,
a sentence's years swapped across languages, a protest told by the police's side and the
family's), and the items left open by reviews 21-22, pinned with sentences written for these
tests."""

from __future__ import annotations

import dataclasses

import pytest

from compare_helpers import mentions, of_type, run
from kroscek.compare import compare
from kroscek.compare.findings.vague import fits_vague, vague_range
from kroscek.compare.pipeline import load_articles
from kroscek.data import Fact, RawArticle, Report
from kroscek.extract import extract_facts, link_entities


def _framed(report: Report, *words: str) -> bool:
    return any(mentions(f, *words) for f in of_type(report, "framing"))


def _compatible(report: Report, *words: str) -> bool:
    return any(mentions(f, *words) and f.type == "agreement" for f in of_type(report, "agreement"))


# --- framing: a police account's everyday word against the other side's plainer one ---

_SHARED_ID = (
    "Kapolres setempat berjanji mengusut kasus itu secara terbuka dan meminta warga menahan diri."
)
_SHARED_EN = "The district police chief promised an open inquiry and urged residents to stay calm."


@pytest.mark.parametrize(
    ("police_side", "other_side", "words"),
    [
        (
            "Sekelompok massa mendatangi kantor kecamatan di Kabupaten Lanny, Senin (3/11/2025).",
            "Ratusan warga mendatangi kantor kecamatan di Kabupaten Lanny, Senin (3/11/2025).",
            ("massa", "Ratusan warga"),
        ),
        (
            "Kericuhan pecah di depan kantor bupati setelah sengketa lahan tak kunjung selesai.",
            "Warga memprotes sengketa lahan yang tak kunjung selesai di depan kantor bupati.",
            ("Kericuhan", "memprotes"),
        ),
        (
            "Orang tak dikenal membakar gudang koperasi di desa itu pada Selasa malam.",
            "Gudang koperasi di desa itu terbakar pada Selasa malam.",
            ("membakar", "terbakar"),
        ),
        (
            "Seorang tahanan meninggal setelah diduga dianiaya di dalam sel.",
            "Seorang tahanan meninggal setelah diduga disiksa aparat di dalam sel.",
            ("dianiaya", "disiksa aparat"),
        ),
    ],
)
def test_a_charged_word_frames_against_the_other_sources_plain_word(police_side, other_side, words):
    report = run(
        ("Insiden di Kabupaten Lanny", f"{police_side} {_SHARED_ID}"),
        ("Warga Kabupaten Lanny Bergolak", f"{other_side} {_SHARED_ID}"),
    )
    assert _framed(report, *words)


@pytest.mark.parametrize(
    ("police_side", "other_side", "words"),
    [
        (
            "Rioters set fire to a police post in the town on Friday.",
            "Protesters gathered at a police post in the town on Friday.",
            ("Rioters",),
        ),
        (
            "A riot broke out outside the district office on Friday.",
            "A protest was held outside the district office on Friday.",
            ("riot", "protest"),
        ),
        (
            "Unknown men set fire to a warehouse near the port on Friday.",
            "A warehouse near the port caught fire on Friday.",
            ("set fire to", "caught fire"),
        ),
        (
            "A detainee died after he was allegedly beaten in his cell on Friday.",
            "A detainee died after he was allegedly tortured by police in his cell on Friday.",
            ("beaten", "tortured by police"),
        ),
    ],
)
def test_english_charged_words_frame_the_same_act_two_ways(police_side, other_side, words):
    report = run(
        ("Unrest in river town", f"{police_side} {_SHARED_EN}"),
        ("River town tense", f"{other_side} {_SHARED_EN}"),
    )
    assert _framed(report, *words)


@pytest.mark.parametrize(
    "text",
    [
        "Sekelompok massa mendatangi kantor kecamatan dan kericuhan sempat pecah.",
        "A riot broke out and unknown men set fire to a warehouse near the port.",
    ],
)
def test_a_charged_word_alone_frames_nothing(text):
    """One account's usual word is no loaded term when the other uses no word of that class."""
    shared = _SHARED_EN if text.startswith("A ") else _SHARED_ID
    report = run(("Insiden", f"{text} {shared}"), ("Insiden di kota", shared))
    assert not of_type(report, "framing")


@pytest.mark.parametrize(
    "phrase",
    ["Media massa meliput aksi itu.", "Organisasi massa ikut memantau aksi itu."],
)
def test_a_phrase_holding_massa_is_no_crowd(phrase):
    lead = "Ratusan warga berkumpul di depan kantor DPRD Kota Malang, Senin (3/11/2025). "
    report = run(("Aksi di DPRD Malang", f"{lead}{phrase}"), ("Warga di DPRD Malang", lead))
    assert not _framed(report, "massa")


# --- a vague crowd and an exact one ---


@pytest.mark.parametrize(
    ("exact", "vague", "compatible"),
    [
        ("Menurut Kapolsek, sekitar 300 orang ikut dalam aksi itu.", "Ratusan warga", True),
        ("Menurut Kapolsek, sekitar 450 orang ikut dalam aksi itu.", "Ratusan warga", True),
        ("Menurut Kapolsek, sekitar 1.500 orang ikut dalam aksi itu.", "Ratusan warga", False),
        ("Menurut Kapolsek, sekitar 40 orang ikut dalam aksi itu.", "Puluhan warga", True),
    ],
)
def test_a_vague_crowd_covering_the_exact_figure_is_compatible(exact, vague, compatible):
    lead = "Warga menolak rencana tambang pasir di Desa Karangsari, Rabu (5/11/2025). "
    report = run(
        ("Warga Tolak Tambang Pasir", lead + exact),
        (
            "Aksi Tolak Tambang di Karangsari",
            lead + f"{vague} turun ke jalan menolak rencana tambang itu.",
        ),
    )
    assert _compatible(report, vague) is compatible
    if compatible:
        assert not any(mentions(f, vague) for f in of_type(report, "unique"))


@pytest.mark.parametrize(
    ("word", "lang", "value", "fits"),
    [
        ("Puluhan", "id", 12, False),
        ("Belasan", "id", 12, True),
        ("Ratusan", "id", 200, True),
        ("Ratusan", "id", 1200, False),
        ("Dozens", "en", 12, False),
        ("Hundreds", "en", 350, True),
    ],
)
def test_a_vague_word_covers_its_own_range(word, lang, value, fits):
    vague = Fact("number", "warga", 10.0, f"{word} warga", 0, 10, attrs={"vague": True})
    exact = Fact("number", "warga", float(value), f"{value} warga", 0, 10)
    assert vague_range(vague, lang) is not None
    assert fits_vague(vague, lang, exact) is fits


# --- one measure written in two units ---


@pytest.mark.parametrize(
    ("first", "second", "kind", "severity"),
    [
        ("air setinggi 80 sentimeter", "Ketinggian air mencapai 1 meter", "conflict", "low"),
        ("air setinggi 100 sentimeter", "Ketinggian air mencapai 1 meter", "agreement", None),
        ("air setinggi 40 sentimeter", "Ketinggian air mencapai 2 meter", "conflict", "high"),
    ],
)
def test_a_measure_named_alike_in_two_units_is_compared_in_one(first, second, kind, severity):
    report = run(
        (
            "Banjir Rendam Perumahan",
            "Tanggul sungai jebol sepanjang 30 meter pada Senin (10/11/2025) malam. "
            f"Ratusan rumah di Kelurahan Sukamaju terendam {first}.",
        ),
        (
            "Tanggul Jebol, Perumahan Terendam",
            "Tanggul sungai jebol sepanjang 30 meter pada Senin (10/11/2025) malam. "
            f"{second} di Kelurahan Sukamaju.",
        ),
    )
    unit_words = ("sentimeter", "meter")
    found = [f for f in of_type(report, kind) if mentions(f, *unit_words) and "30" not in f.message]
    assert len(found) == 1
    if severity is not None:
        assert found[0].severity == severity
    assert not any(mentions(f, "sentimeter") for f in of_type(report, "unique"))


# --- a statement translated, its speaker an unnamed institution ---


@pytest.mark.parametrize(
    ("english", "indonesian", "paired"),
    [
        (
            '"We will stay in the market to keep the rupiah stable and inflation on target," '
            "the central bank said in a statement.",
            '"Kami akan tetap di pasar untuk menjaga rupiah stabil dan inflasi sesuai sasaran," '
            "kata bank sentral dalam keterangannya.",
            True,
        ),
        (
            '"Exports of palm oil will recover once prices stabilise next quarter," the '
            "ministry said.",
            '"Ekspor minyak sawit akan pulih setelah harga stabil pada kuartal depan," kata '
            "kementerian.",
            False,
        ),
    ],
)
def test_an_unnamed_institutions_statement_in_two_languages_is_one_quote(
    english, indonesian, paired
):
    report = run(
        (
            "Central bank holds rate",
            f"JAKARTA, March 4 (Wire) - Indonesia's central bank held its rate at 5.75 percent "
            f"on Tuesday. {english}",
        ),
        (
            "BI Tahan Suku Bunga",
            f"Bank Indonesia menahan suku bunga di level 5,75 persen pada Selasa (4/3/2025). "
            f"{indonesian}",
        ),
    )
    quote_uniques = [f for f in of_type(report, "unique") if f.slot.startswith("quote")]
    assert (not quote_uniques) is paired


# --- a small hedged figure in two languages ---


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [("about 4%", "sekitar 4 persen"), ("around 3 percent", "sekitar 3 persen")],
)
def test_a_small_figure_hedged_alike_in_two_languages_agrees(english, indonesian):
    report = run(
        (
            "Central bank raises rate to 12.5%",
            "MANILA, June 2 (Wire) - The central bank raised its key rate to 12.5% on Monday. "
            f"The move came after the peso lost {english} in the past month.",
        ),
        (
            "Bank Sentral Naikkan Suku Bunga",
            "Bank sentral menaikkan suku bunga acuan menjadi 12,5 persen pada Senin (2/6/2025). "
            f"Mata uang peso melemah {indonesian} dalam sebulan terakhir.",
        ),
    )
    assert any(mentions(f, english, indonesian) for f in of_type(report, "agreement"))


# --- a vague headline count outside the word's range ---


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ("Puluhan Warga Tewas", "12 warga tewas", True),
        ("Puluhan Warga Tewas", "25 warga tewas", False),
        ("Belasan Warga Tewas", "12 warga tewas", False),
        ("Puluhan Warga Tewas", "sedikitnya 12 warga tewas", False),
    ],
)
def test_a_vague_headline_count_the_body_falls_outside_is_a_low_mismatch(headline, body, expected):
    text = (
        f"Longsor menimbun permukiman di Kecamatan Sumberjaya, Sabtu (8/11/2025). Sebanyak {body} "
        "dan empat lainnya masih dicari tim SAR gabungan."
    )
    report = run((f"Longsor Sumberjaya, {headline}", text), ("Longsor di Sumberjaya", text))
    low = [
        f
        for f in of_type(report, "headline_mismatch")
        if f.severity == "low" and mentions(f, headline.split()[0])
    ]
    assert bool(low) is expected


# --- a count's digits swapped beside one figure both sentences give ---


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        (
            "Medics treated 318 runners for dehydration, 15 of whom were taken to hospital.",
            "Tim medis menangani 381 pelari yang mengalami dehidrasi, 15 di antaranya dibawa ke "
            "rumah sakit.",
        ),
        (
            "Medics treated 126 runners for cramps, 9 of whom were taken to hospital.",
            "Tim medis menangani 162 pelari yang kram, 9 di antaranya dibawa ke rumah sakit.",
        ),
    ],
)
def test_a_swapped_count_beside_one_shared_figure_conflicts_across_languages(english, indonesian):
    report = run(
        (
            "Heat hits city marathon",
            "SURABAYA, Oct 12 (Wire) - About 20,000 runners took part in the city marathon on "
            f"Sunday, organisers said. {english}",
        ),
        (
            "Panas Terik Warnai Maraton Surabaya",
            f"Sebanyak 20.000 pelari mengikuti maraton kota pada Minggu (12/10/2025). {indonesian}",
        ),
    )
    en_figure = english.split()[2]
    id_figure = indonesian.split()[3]
    assert any(mentions(f, en_figure, id_figure) for f in of_type(report, "conflict"))


# --- a part of a whole against the whole said to be all ---


def _with_part(texts: tuple[tuple[str, str], ...], word: str, value: float, whole: float):
    """The articles extracted, the first given the part of a whole the extractor of the facts
    branch reads ("tujuh dari delapan fraksi": 7 with ``attrs["whole"]`` 8); this checkout's
    extractor reads only the whole."""
    raws = [
        RawArticle(f"mem:{i}", title, text, source=f"Outlet {chr(65 + i)}")
        for i, (title, text) in enumerate(texts)
    ]
    loaded, _ = load_articles(raws)
    articles = list(link_entities([extract_facts(a) for a in loaded]))
    first = articles[0]
    at = first.text.index(word)
    noun = next(f.label for f in first.facts if f.kind == "number" and f.value == whole)
    part = Fact(
        "number",
        noun,
        value,
        word,
        at,
        at + len(word),
        attrs={"qualifier": "exact", "whole": whole},
    )
    facts = tuple(sorted((*first.facts, part), key=lambda f: (f.field != "title", f.start)))
    return [dataclasses.replace(first, facts=facts), *articles[1:]]


@pytest.mark.parametrize(
    ("part_sentence", "word", "value", "other_sentence", "conflict"),
    [
        (
            "Sebanyak tujuh dari delapan fraksi menyatakan setuju.",
            "tujuh",
            7.0,
            "Seluruh delapan fraksi menyetujui rancangan itu.",
            True,
        ),
        (
            "Sebanyak enam dari sembilan fraksi menyatakan setuju.",
            "enam",
            6.0,
            "Semua sembilan fraksi menyetujui rancangan itu.",
            True,
        ),
        (
            "Sebanyak tujuh dari delapan fraksi menyatakan setuju.",
            "tujuh",
            7.0,
            "Delapan fraksi hadir dalam rapat itu.",
            False,
        ),
    ],
)
def test_a_part_of_a_whole_conflicts_with_the_whole_said_to_be_all(
    part_sentence, word, value, other_sentence, conflict
):
    lead = (
        "DPRD Kabupaten Rembang mengesahkan APBD 2026 dalam rapat paripurna, Senin (17/11/2025). "
    )
    whole = 8.0 if "delapan" in part_sentence else 9.0
    articles = _with_part(
        (
            ("DPRD Rembang Sahkan APBD 2026", lead + part_sentence),
            ("APBD Rembang 2026 Disahkan", lead + other_sentence),
        ),
        word,
        value,
        whole,
    )
    report = compare(articles)
    found = [f for f in of_type(report, "conflict") if mentions(f, f"{word} dari")]
    assert bool(found) is conflict
    if conflict:
        assert mentions(found[0], other_sentence.split()[0])
        assert not any(mentions(f, word) for f in of_type(report, "unique"))
