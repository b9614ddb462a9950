"""Rules added after blind review 10 (a fishing-boat capsize, a zoo escape, a minimum-wage
decision, a gas-pipeline explosion, a dam release, a control of two events in one city on
one day), pinned with sentences written for these tests."""

from __future__ import annotations

import pytest

from compare_helpers import of_type, run
from kroscek.extract.entities import recognise
from kroscek.extract.numbers import extract_numbers


@pytest.mark.parametrize(
    ("text", "person", "place"),
    [
        (
            "Banjir merendam Kecamatan Cibeber di Sukabumi. Kapolres Sukabumi, AKBP Dimas "
            "Pratama, mengatakan dua jembatan putus.",
            "Dimas Pratama",
            "Sukabumi",
        ),
        (
            "Gudang itu berada di Tegal. Kepala Dinas Perhubungan Tegal, Wawan Setiadi, "
            "menutup jalan itu. Kapolres Tegal, AKBP Rudi Santoso, ikut meninjau.",
            "Wawan Setiadi",
            "Tegal",
        ),
    ],
)
def test_a_place_of_the_text_after_a_role_and_before_a_name_is_no_person(
    text: str, person: str, place: str
) -> None:
    people = [e.text for e in recognise(text, "id") if e.label == "PER"]
    assert person in people
    assert place not in people


def test_a_rank_after_the_comma_keeps_the_unit_in_the_role() -> None:
    text = "Kapolres Garut, AKBP Irfan Hakim, mengatakan pelaku sudah ditahan di Garut."
    people = [e for e in recognise(text, "id") if e.label == "PER"]
    assert [e.text for e in people] == ["Irfan Hakim"]
    role = str(people[0].attrs.get("role"))
    assert "Kapolres" in role and "AKBP" in role


def test_a_quote_credited_to_an_office_of_a_town_names_the_person_not_the_town() -> None:
    quote = '"Kami menutup gudang itu sampai penyelidikan selesai,"'
    report = run(
        (
            "Gudang kembang api terbakar di Tegal",
            "Gudang kembang api di Tegal terbakar pada Kamis. Kapolres Tegal, AKBP Rudi "
            f"Santoso, memeriksa lokasi. {quote} ujarnya.",
        ),
        (
            "Kebakaran gudang kembang api Tegal",
            "Sebuah gudang kembang api di Tegal terbakar Kamis sore. Kapolres Tegal, AKBP Rudi "
            f"Santoso, memeriksa lokasi. {quote} kata Kepala Dinas Pemadam Kebakaran Tegal, "
            "Siti Rahayu.",
        ),
    )
    speakers = [f for f in of_type(report, "conflict") if f.slot == "quote:speaker"]
    assert len(speakers) == 1
    assert "Siti Rahayu" in speakers[0].message and "Rudi Santoso" in speakers[0].message


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Sekitar dua ribu nelayan ikut berlayar ke dermaga.", "Sebanyak 2.000 nelayan berkumpul."),
        ("Kira-kira 500 relawan membantu.", "Panitia mencatat 500 relawan hadir."),
    ],
)
def test_a_large_figure_hedged_in_one_text_agrees_with_the_same_figure(
    one: str, other: str
) -> None:
    report = run(
        ("Aksi nelayan di Tegal", f"Aksi digelar di Tegal pada Senin. {one}"),
        ("Nelayan Tegal berunjuk rasa", f"Unjuk rasa berlangsung di Tegal, Senin. {other}"),
    )
    assert not of_type(report, "unique")
    assert of_type(report, "agreement")


def test_a_small_figure_hedged_in_one_text_is_not_joined_to_the_same_figure() -> None:
    report = run(
        ("Aksi nelayan di Tegal", "Aksi digelar di Tegal pada Senin. Sekitar 20 kapal berlayar."),
        ("Nelayan Tegal berunjuk rasa", "Unjuk rasa berlangsung di Tegal, Senin. Ada 20 kapal."),
    )
    assert not [f for f in of_type(report, "agreement") if "20" in f.message]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kapal motor itu membawa 14 ABK saat tenggelam.",
        "Kapal motor itu membawa 14 anak buah kapal saat tenggelam.",
    ],
)
def test_a_ships_crew_written_as_abk_or_in_full_counts_the_crew(sentence: str) -> None:
    facts = [f for f in extract_numbers(sentence, "id") if f.value == 14]
    assert facts and facts[0].label == "awak"


def test_two_crew_counts_in_acronym_and_in_full_conflict() -> None:
    report = run(
        (
            "Kapal kargo tenggelam di Selat Bali",
            "Kapal kargo tenggelam di Selat Bali pada Rabu malam. Kapal itu membawa 14 ABK.",
        ),
        (
            "Kapal kargo karam di Selat Bali",
            "Sebuah kapal kargo tenggelam di Selat Bali, Rabu malam. Kapal itu membawa 12 anak "
            "buah kapal.",
        ),
    )
    assert [f for f in of_type(report, "conflict") if f.slot == "number:awak"]


def test_a_date_given_to_the_act_of_the_sentence_before_conflicts_with_another_lead() -> None:
    report = run(
        (
            "Tangki solar terbakar di Dumai",
            "Tangki solar milik sebuah depo terbakar di kawasan pelabuhan Dumai, Riau, Senin "
            "(9/11/2026) pagi. Dua petugas luka ringan.",
        ),
        (
            "Kebakaran tangki solar di Dumai",
            "Tangki solar terbakar di kawasan pelabuhan Dumai, Riau. Kejadian itu terjadi Minggu "
            "(8/11/2026) sekitar pukul 06.00 WIB. Dua petugas luka ringan.",
        ),
    )
    assert [f for f in of_type(report, "conflict") if f.slot == "when"]


def test_a_happening_after_an_unrelated_sentence_dates_no_act_of_the_other_lead() -> None:
    report = run(
        (
            "Tangki solar terbakar di Dumai",
            "Tangki solar milik sebuah depo terbakar di kawasan pelabuhan Dumai, Riau, Senin "
            "(9/11/2026) pagi. Dua petugas luka ringan.",
        ),
        (
            "Warga Dumai gelar doa bersama",
            "Ratusan warga menggelar doa bersama di lapangan kota. Acara itu berlangsung Selasa "
            "(10/11/2026) malam dengan tertib.",
        ),
    )
    assert not [f for f in of_type(report, "conflict") if f.slot == "when"]


def test_two_leads_dating_one_act_differ_though_one_gives_the_other_day_to_more() -> None:
    report = run(
        (
            "Ferry runs aground off the coast",
            "MANADO, Nov 10 - A passenger ferry ran aground off the northern coast on Monday, "
            "stranding about 300 passengers overnight, the port authority said. Winds had "
            "strengthened on Sunday.",
        ),
        (
            "Ferry aground, hundreds stranded",
            "MANADO, Nov 10 - A passenger ferry ran aground off the northern coast on Sunday, "
            "stranding about 300 passengers overnight.",
        ),
    )
    assert [f for f in of_type(report, "conflict") if f.slot == "when"]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "Enam awak kapal masih dicari tim SAR.",
            "Tim SAR masih mencari enam ABK yang hanyut.",
        ),
        (
            "Tim SAR masih mencari enam ABK yang hanyut.",
            "Pencarian 6 ABK dilanjutkan hingga malam.",
        ),
    ],
)
def test_a_small_count_written_with_another_noun_of_its_label_or_in_digits_is_no_unique(
    one: str, other: str
) -> None:
    report = run(
        ("Kapal tunda tenggelam di Selat Sunda", f"Kapal tunda tenggelam di Selat Sunda. {one}"),
        ("Kapal tunda karam di Selat Sunda", f"Kapal tunda karam di Selat Sunda. {other}"),
    )
    assert not [f for f in of_type(report, "unique") if "enam" in f.message.casefold()]


def test_a_small_count_of_another_noun_is_still_unique() -> None:
    report = run(
        ("Kapal tunda tenggelam di Selat Sunda", "Kapal tunda tenggelam. Enam awak kapal dicari."),
        ("Kapal tunda karam di Selat Sunda", "Kapal tunda karam. Tim SAR mengerahkan enam perahu."),
    )
    assert [f for f in of_type(report, "unique") if "awak" in f.message.casefold()]
