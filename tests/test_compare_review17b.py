"""Rules of the second pass on blind review 17 and the lead's blind pairs: one fact told in
two languages or two words is no unique, a revised count over another outlet's lower bound
is a later count, each text's only share of one change conflicts, and a demonym is no
spelling of its country. Sentences written for these tests."""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type, run
from kroscek.compare.findings.variant import _is_variant
from kroscek.extract.numbers import extract_numbers


def _uniques(report, *words: str) -> list:
    return [f for f in of_type(report, "unique") if mentions(f, *words)]


@pytest.mark.parametrize(
    ("english", "indonesian", "en_words", "id_words"),
    [
        (
            "Two inflatable boats searched the strait near Alor on Sunday for the missing "
            "fishermen, the search agency said.",
            "Dua perahu karet menyisir selat dekat Alor pada Minggu untuk mencari para nelayan "
            "yang hilang, kata badan SAR.",
            "Two inflatable boats",
            "Dua perahu karet",
        ),
        (
            "A helicopter joined the search for the missing fishermen off Alor on Sunday, the "
            "search agency said.",
            "Satu helikopter ikut mencari para nelayan yang hilang di perairan Alor pada Minggu, "
            "kata badan SAR.",
            None,
            "Satu helikopter",
        ),
    ],
)
def test_one_small_count_told_in_two_languages_is_no_unique(
    english, indonesian, en_words, id_words
):
    report = run(("Fishermen missing off Alor", english), ("Nelayan hilang di Alor", indonesian))
    assert not _uniques(report, id_words)
    if en_words:
        assert not _uniques(report, en_words)


def test_a_small_count_of_another_noun_stays_unique_across_languages():
    report = run(
        (
            "Fishermen missing off Alor",
            "Two trucks carried fuel for the search near Alor on Sunday, the agency said.",
        ),
        (
            "Nelayan hilang di Alor",
            "Dua perahu karet menyisir selat dekat Alor pada Minggu, kata badan SAR.",
        ),
    )
    assert _uniques(report, "Dua perahu karet")


@pytest.mark.parametrize(
    ("first", "second", "third"),
    [
        (
            "Sebanyak 40 pekerja dipulangkan lewat Entikong pada Selasa. Rombongan itu juga "
            "membawa tujuh anak-anak yang ikut orang tua mereka.",
            "Seramai 40 pekerja dihantar pulang melalui Tebedu semalam. Turut dihantar pulang "
            "ialah tujuh kanak-kanak bersama keluarga.",
            "Sebanyak 40 pekerja dipulangkan lewat Entikong pada Selasa, kata petugas.",
        ),
    ],
)
def test_a_reduplicated_plural_is_one_noun_in_a_unique_of_both(first, second, third):
    report = run(("Pemulangan", first), ("Pemulangan pekerja", second), ("Pekerja pulang", third))
    found = _uniques(report, "tujuh")
    assert len(found) == 1 and mentions(found[0], "anak-anak", "kanak-kanak")


@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        (
            "Polisi menggerebek sebuah gudang sabu di Kota Sela, Senin. Petugas menangkap "
            "pemiliknya dan memburu tiga orang lain yang diduga menjadi kurir jaringan itu.",
            "Gudang penyimpanan sabu di Kota Sela digerebek aparat pada Senin malam. Tiga kurir "
            "jaringan tersebut kini masih dalam pengejaran.",
            ("tiga orang", "Tiga kurir"),
        ),
    ],
)
def test_people_counted_and_named_by_their_role_are_one_count(first, second, words):
    report = run(("Gudang digerebek", first), ("Gudang sabu", second))
    for w in words:
        assert not _uniques(report, w)


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("She won one of five golds for the squad on Friday.", "en", ("five golds", 5)),
        ("He was one of 14 riders who finished the stage.", "en", ("14 riders", 14)),
    ],
)
def test_one_of_a_counted_group_is_the_group_count(text, lang, figure):
    found = [(f.text, f.value) for f in extract_numbers(text, lang)]
    assert found == [figure]


@pytest.mark.parametrize(
    ("first", "second", "medium"),
    [
        (
            "Sedikitnya 9 penambang tewas setelah lubang tambang emas di Bolaang runtuh, Senin.",
            "Korban tewas longsor tambang emas di Bolaang bertambah menjadi 14 orang, Selasa.",
            True,
        ),
        (
            "At least 9 miners were killed when a gold pit collapsed in Bolaang on Monday.",
            "The death toll from the gold pit collapse in Bolaang rose to 14 on Tuesday.",
            True,
        ),
        (
            "Sedikitnya 9 penambang tewas setelah lubang tambang emas di Bolaang runtuh, Senin.",
            "Sebanyak 14 orang tewas setelah lubang tambang emas di Bolaang runtuh, Senin.",
            False,
        ),
    ],
)
def test_a_revised_count_over_another_outlets_bound_is_a_later_count(first, second, medium):
    report = run(("Tambang runtuh", first), ("Tambang emas runtuh", second))
    later = [f for f in of_type(report, "conflict") if mentions(f, "9", "14")]
    if medium:
        assert len(later) == 1 and later[0].severity == "medium"
    else:
        assert not later


_FARE_LEAD = "Hundreds of commuters marched on city hall in Bandar on Monday. "
_FARE_NEXT = "Commuters in Bandar rallied outside city hall for a second day. "


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        (
            _FARE_LEAD + "They were protesting against a 20% rise in bus fares, organisers said.",
            _FARE_NEXT + "The bus fare increase of 25 percent, which starts next month, angered "
            "them.",
            True,
        ),
        (
            "Ratusan warga Kota Sela berunjuk rasa di depan kantor wali kota, Kamis. Mereka "
            "menolak kenaikan tarif air sebesar 15 persen.",
            "Warga Kota Sela kembali mendatangi kantor wali kota. Kenaikan tarif air 18 persen "
            "itu berlaku mulai bulan depan, kata direktur PDAM.",
            True,
        ),
        (
            _FARE_LEAD + "They were protesting against a 20% rise in bus fares, organisers said.",
            _FARE_NEXT + "Rice prices went up 25 percent in the same month, traders said.",
            False,
        ),
    ],
)
def test_each_texts_only_share_of_one_change_conflicts(first, second, conflict):
    report = run(("Fare protest", first), ("Fare protest grows", second))
    found = [f for f in of_type(report, "conflict") if mentions(f, "20") or mentions(f, "15")]
    assert bool(found) is conflict


@pytest.mark.parametrize(
    ("place", "other", "variant"),
    [
        ("Tessaria", "Tessarian", False),
        ("Korvan", "Korvanese", False),
        ("Moldera", "Moldara", True),
    ],
)
def test_a_demonym_is_no_spelling_of_its_country(place, other, variant):
    assert _is_variant(place, other) is variant


@pytest.mark.parametrize(
    ("title", "body", "words"),
    [
        (
            "Komdis Jatuhkan Sanksi ke Tiga Klub Divisi 2 soal Kericuhan",
            "Komisi Disiplin menjatuhkan sanksi kepada tiga klub Divisi 3 setelah kericuhan di "
            "stadion pekan lalu. Ketiga klub itu didenda masing-masing Rp 50 juta.",
            ("Divisi 2", "Divisi 3"),
        ),
        (
            "Komdis Jatuhkan Sanksi ke Tiga Klub Divisi 3 soal Kericuhan",
            "Komisi Disiplin menjatuhkan sanksi kepada tiga klub Divisi 3 setelah kericuhan di "
            "stadion pekan lalu. Ketiga klub itu didenda masing-masing Rp 50 juta.",
            None,
        ),
        (
            "Komdis Jatuhkan Sanksi ke Tiga Klub Divisi 2 soal Kericuhan",
            "Komisi Disiplin menjatuhkan sanksi kepada klub Divisi 1 dan Divisi 3 setelah "
            "kericuhan di stadion pekan lalu.",
            None,
        ),
        (
            "Banjir Rendam 4 Desa di Hulu Sungai",
            "Banjir merendam 6 desa di Kabupaten Hulu Sungai sejak Senin malam.",
            None,
        ),
    ],
)
def test_a_headline_numbering_a_series_otherwise_than_its_body(title, body, words):
    report = run((title, body), ("Sanksi Komdis", "Komisi Disiplin menggelar sidang pekan lalu."))
    found = of_type(report, "headline_mismatch", "ordinal")
    if words is None:
        assert not found
    else:
        assert len(found) == 1 and mentions(found[0], *words)
