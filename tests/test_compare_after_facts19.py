"""Compare rules mended after the facts19 extraction pass (counts of one read from "seorang",
ages as their own fact, nouns borrowed from the count before, a source's own figure), pinned
with sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from compare_helpers import mentions, of_type, run, run_texts
from kroscek.data import Article, Fact
from kroscek.extract import extract_facts


def numbers(text: str, lang: str = "id") -> list[Fact]:
    art = Article(
        id="t", source="t", title="", text=text, published=datetime(2026, 11, 24), lang=lang
    )
    return [f for f in extract_facts(art).facts if f.kind == "number"]


# --- "Seorang X": one person the story follows, not a toll -------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Seorang nelayan meninggal dunia setelah perahunya terbalik di muara sungai.",
        "Seorang pengendara motor tewas tertabrak truk di jalan lingkar.",
    ],
)
def test_a_count_of_one_read_from_seorang_is_still_a_fact(sentence):
    assert any(f.value == 1 and f.text.lower().startswith("seorang") for f in numbers(sentence))


@pytest.mark.parametrize(
    ("first", "second", "one"),
    [
        (
            "Banjir merendam tiga desa di Kecamatan Sukamaju, Senin (2/3/2026). "
            "Seorang warga lanjut usia meninggal dunia terseret arus.",
            "Banjir merendam tiga desa di Kecamatan Sukamaju, Senin (2/3/2026). "
            "Ratusan rumah terendam hingga satu meter.",
            "seorang warga",
        ),
        (
            "Polisi menangkap seorang pria yang diduga mencuri sepeda motor di pasar, "
            "Selasa (3/3/2026).",
            "Polisi menangkap pencuri sepeda motor di pasar, Selasa (3/3/2026). Pelaku "
            "sudah diincar sejak sebulan lalu.",
            "seorang pria",
        ),
    ],
)
def test_a_count_of_one_read_from_seorang_is_no_unique(first, second, one):
    report = run_texts(first, second)
    assert not [f for f in of_type(report, "unique") if mentions(f, one)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Sebanyak 85 jemaah haji meninggal dunia di Arab Saudi hingga Senin (2/3/2026).",
            "Seorang jemaah haji asal Kabupaten Sukamaju meninggal dunia di Arab Saudi, "
            "Senin (2/3/2026).",
        ),
        (
            "Longsor di jalan tol melukai empat korban, Senin (2/3/2026).",
            "Longsor di jalan tol, Senin (2/3/2026). Seorang korban luka dibawa ke rumah sakit.",
        ),
    ],
)
def test_a_count_of_one_read_from_seorang_is_no_toll_against_a_plural_count(first, second):
    report = run_texts(first, second)
    assert not [f for f in of_type(report, "conflict") if mentions(f, "seorang")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Polisi menangkap seorang pria di terminal bus, Rabu (4/3/2026), karena membawa senjata "
        "tajam.",
        "Seorang pendaki tewas terjatuh di jalur pendakian, Rabu (4/3/2026).",
    ],
)
def test_two_counts_of_one_read_from_seorang_make_no_agreement(sentence):
    report = run_texts(sentence, sentence.replace("Rabu", "Rabu pagi"))
    assert not [f for f in of_type(report, "agreement") if mentions(f, "seorang")]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Seorang Lansia Tewas dalam Kebakaran Rumah di Sukamaju",
            "Kebakaran menghanguskan rumah di Desa Sukamaju, Kamis (5/3/2026). Penghuninya, "
            "perempuan berusia 80 tahun, meninggal dunia.",
        ),
        (
            "Seorang Pemancing Hilang di Waduk",
            "Tim SAR mencari pemancing yang hilang di waduk sejak Kamis (5/3/2026).",
        ),
    ],
)
def test_a_headline_count_of_one_read_from_seorang_needs_no_figure_in_the_body(title, body):
    report = run((title, body), ("Kabar Sukamaju", body))
    assert not [f for f in of_type(report, "headline_mismatch") if mentions(f, "Seorang")]


# --- ages -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "age"),
    [
        (
            "Anjing rabies menggigit lima warga Desa Sukamaju. Salah satu korban adalah bocah "
            "berusia 7 tahun yang kini dirawat.",
            "Anjing rabies menggigit lima warga Desa Sukamaju. Para korban kini dirawat.",
            "7 tahun",
        ),
        (
            "Klub itu merekrut gelandang asal Ghana. Pemain berusia 24 tahun itu dikontrak tiga "
            "musim.",
            "Klub itu merekrut gelandang asal Ghana. Ia dikontrak tiga musim.",
            "24 tahun",
        ),
    ],
)
def test_an_age_in_years_one_text_alone_gives_is_a_unique(first, second, age):
    report = run_texts(first, second)
    assert [f for f in of_type(report, "unique") if mentions(f, age)]


@pytest.mark.parametrize(
    ("first_age", "second_age", "conflict"),
    [("empat tahun", "enam tahun", True), ("empat tahun", "empat tahun", False)],
)
def test_an_animals_two_ages_in_years_conflict(first_age, second_age, conflict):
    report = run_texts(
        f"Kepala kebun binatang mengatakan beruang berusia {first_age} itu lepas dari kandang, "
        "Jumat (6/3/2026).",
        f"Pengelola menyebut beruang berusia {second_age} itu lepas dari kandang, "
        "Jumat (6/3/2026).",
    )
    found = [f for f in of_type(report, "conflict") if mentions(f, first_age, second_age)]
    assert bool(found) is conflict


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        (
            "Soldiers shot dead a 15-year-old boy during a raid on the camp on Monday.",
            "Tentara menembak mati seorang remaja berusia 15 tahun dalam penggerebekan kamp, "
            "Senin.",
        ),
        (
            "The missing tourist, aged 41, was last seen on the beach on Monday.",
            "Wisatawan berinisial RT (41) terakhir terlihat di pantai, Senin.",
        ),
    ],
)
def test_a_persons_epithet_age_makes_no_agreement(english, indonesian):
    report = run(("Raid on camp", english), ("Penggerebekan kamp", indonesian))
    assert not [f for f in of_type(report, "agreement") if f.slot and "age" in f.slot]
    assert not [f for f in of_type(report, "agreement") if mentions(f, "15") or mentions(f, "41")]


@pytest.mark.parametrize("age", ["41", "67"])
def test_the_same_age_in_brackets_after_a_name_still_agrees(age):
    report = run_texts(
        f"Polisi menangkap AS ({age}) di rumahnya di Desa Sukamaju, Sabtu (7/3/2026).",
        f"Tersangka AS ({age}) ditangkap di Desa Sukamaju, Sabtu (7/3/2026).",
    )
    assert [f for f in of_type(report, "agreement") if mentions(f, age)]


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("Jagung yang baru berumur 45 hari rusak diserang ulat.", "45 hari", "day"),
        ("Pipa air di kota itu sudah berumur puluhan tahun.", "puluhan tahun", "year"),
    ],
)
def test_an_age_word_before_days_or_a_vague_span_reads_a_duration(sentence, text, unit):
    found = [f for f in numbers(sentence) if f.text == text]
    assert found and found[0].attrs.get("unit") == unit


# --- nouns borrowed from the count before -----------------------------------------------


@pytest.mark.parametrize("part", ["Dua", "Tiga"])
def test_a_small_count_with_a_borrowed_noun_is_no_unique(part):
    report = run_texts(
        f"Sebanyak 40 warga dirawat akibat keracunan makanan. {part} di antaranya masih kritis.",
        "Sebanyak 40 warga dirawat akibat keracunan makanan di balai desa.",
    )
    assert not [f for f in of_type(report, "unique") if mentions(f, part) and len(f.evidence) == 1]


@pytest.mark.parametrize(("first", "second"), [("tiga", "enam"), ("empat", "tujuh")])
def test_small_parts_with_a_borrowed_noun_and_no_outcome_make_no_agreement(first, second):
    report = run_texts(
        f"Polisi menangkap {first} tersangka, dua di antaranya warga negara asing.",
        f"Polisi menangkap {second} tersangka, dua di antaranya warga pendatang.",
    )
    assert not [f for f in of_type(report, "agreement") if mentions(f, "dua")]


# --- a source's own figure -------------------------------------------------------------


@pytest.mark.parametrize(
    ("detail", "share"),
    [
        ("dengan data masuk 97,2 persen", "97,2 persen"),
        ("dengan sampel 92,5 persen", "92,5 persen"),
    ],
)
def test_a_figure_joined_to_the_source_by_dengan_is_not_attributed(detail, share):
    report = run_texts(
        f"Menurut hitung cepat lembaga survei SRI {detail}, pasangan nomor urut 1 meraih 52,3 "
        "persen suara.",
        f"Pasangan nomor urut 1 meraih 52,3 persen suara. Data yang masuk mencapai {share}.",
    )
    assert not [f for f in of_type(report, "attribution") if mentions(f, share)]
    assert [f for f in of_type(report, "attribution") if mentions(f, "52,3 persen")]
