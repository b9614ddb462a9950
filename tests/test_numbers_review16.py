"""Number reading pinned after blind review 16: "sebesar" / "senilai" are never counted
nouns, "wafat" is a death, and an ordinal ("hari ke-12") between a subject's outcome and its
total does not cut the outcome off."""

from __future__ import annotations

import pytest

from kroscek.extract.numbers import extract_numbers


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Tarif Pasal 21 sebesar 5 persen berlaku bagi pegawai tetap.", "21"),
        ("Bea masuk Pos 84 senilai Rp2 miliar ditagih bulan ini.", "84"),
    ],
)
def test_sebesar_and_senilai_are_never_the_counted_noun(text, figure):
    facts = [f for f in extract_numbers(text, "id") if f.text.startswith(figure)]
    assert all(f.label not in ("sebesar", "senilai") for f in facts)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Sebanyak 12 peziarah wafat dalam perjalanan pulang.", "12 peziarah"),
        ("Jumlah warga yang wafat hingga hari ke-9 pengungsian mencapai 40 orang.", "40 orang"),
        ("Jumlah pekerja yang tewas pada pekan ke-2 proyek bertambah menjadi 7 orang.", "7 orang"),
    ],
)
def test_a_death_counted_past_an_ordinal_is_a_death(text, figure):
    (fact,) = [f for f in extract_numbers(text, "id") if f.text == figure]
    assert fact.attrs.get("event") == "killed"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Cessna 208 carrying six people went missing in cloud.", [("six people", 6.0)]),
        ("A Twin Otter 300 carrying nine passengers landed safely.", [("nine passengers", 9.0)]),
        (
            "About 450 hajj pilgrims were treated for heat stroke.",
            [("About 450 hajj pilgrims", 450.0)],
        ),
    ],
)
def test_a_number_word_two_words_on_is_its_own_count(text, expected):
    got = [(f.text, f.value) for f in extract_numbers(text, "en") if f.label]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "lang", "figure", "event"),
    [
        (
            "Ministry figures released on Monday showed 640 workers had died on the sites.",
            "en",
            "640 workers",
            "killed",
        ),
        ("Rebels released 12 hostages on Monday.", "en", "12 hostages", "hostage"),
        (
            "Data hilang dari server pekan lalu, tetapi 64 pekerja dipastikan selamat.",
            "id",
            "64 pekerja",
            "survived",
        ),
    ],
)
def test_figures_released_is_a_publication_not_a_release(text, lang, figure, event):
    (fact,) = [f for f in extract_numbers(text, lang) if f.text == figure]
    assert fact.attrs.get("event") == event


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Tarif Pajak Penghasilan (PPh) 21 sebesar 5 persen berlaku bulan ini.", ["5 persen"]),
        ("Anggota Detasemen Khusus (Densus) 88 menangkap dua orang.", ["dua orang"]),
        # a measure after the figure: "(SUTT) 150 kV" is a line of 150 kV, not a name
        ("Jaringan Saluran Udara Tegangan Tinggi (SUTT) 150 kV padam.", ["150 kV"]),
    ],
)
def test_a_number_right_after_a_bracketed_short_name_is_part_of_the_name(text, figures):
    assert [f.text for f in extract_numbers(text, "id")] == figures
