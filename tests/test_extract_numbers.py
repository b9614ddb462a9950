"""Numbers: formats, counted nouns, qualifiers, units, and what is not a number."""

from __future__ import annotations

import pytest

from kroscek.data import Fact
from kroscek.extract.dates import extract_dates
from kroscek.extract.numbers import compatible, extract_numbers


def numbers(text: str, lang: str = "id") -> list[Fact]:
    return extract_numbers(text, lang, blocked=extract_dates(text, lang).claimed)


@pytest.mark.parametrize(
    ("text", "lang", "value", "label", "qualifier"),
    [
        ("Banjir merendam 1.200 rumah warga.", "id", 1200, "rumah", "exact"),
        ("Gempa menewaskan lebih dari 11.000 orang.", "id", 11000, "orang", "more_than"),
        ("Sebanyak 240 orang lebih mengungsi.", "id", 240, "orang", "more_than"),
        ("Ribuan warga turun ke jalan.", "id", 1000, "warga", "more_than"),
        ("Hundreds of students marched.", "en", 100, "students", "more_than"),
        ("Sebanyak 28 unit mobil pemadam dikerahkan.", "id", 28, "kendaraan", "exact"),
        ("Polisi menahan sekitar 240 demonstran.", "id", 240, "demonstran", "about"),
        ("Sedikitnya 35 pendaki terjebak di puncak.", "id", 35, "pendaki", "at_least"),
        ("Stadion itu menampung hingga 40.000 penonton.", "id", 40000, "penonton", "up_to"),
        ("Sebanyak 2,5 juta warga belum menerima bantuan.", "id", 2_500_000, "warga", "exact"),
        ("Tiga ribu orang mengungsi ke gedung sekolah.", "id", 3000, "orang", "exact"),
        ("Kapal itu membawa dua belas penumpang.", "id", 12, "penumpang", "exact"),
        ("Roket menghantam tiga ratus lima puluh rumah.", "id", 350, "rumah", "exact"),
        ("The quake killed 1,200 people in the valley.", "en", 1200, "people", "exact"),
        ("More than 11,000 civilians have died.", "en", 11000, "civilians", "more_than"),
        ("Rescuers found about 2.5 million tonnes of debris.", "en", 2_500_000, "t", "about"),
        ("At least twenty-five students were injured.", "en", 25, "students", "at_least"),
        ("Up to 300 migrants crossed on Tuesday.", "en", 300, "migrants", "up_to"),
        ("The league docked the club with a nine-point deduction.", "en", 9, "points", "exact"),
        ("Three riot police officers were hurt.", "en", 3, "officers", "exact"),
        ("Four other bank officials were questioned.", "en", 4, "officials", "exact"),
        ("Two other club officials were suspended.", "en", 2, "officials", "exact"),
        ("The pirates freed 19 crew members on Friday.", "en", 19, "crew", "exact"),
        ("Five family members were evacuated.", "en", 5, "members", "exact"),
    ],
)
def test_count_has_value_noun_and_qualifier(text, lang, value, label, qualifier):
    facts = numbers(text, lang)
    assert len(facts) == 1, facts
    f = facts[0]
    assert f.value == pytest.approx(value)
    assert f.label == label
    assert f.attrs["qualifier"] == qualifier
    assert text[f.start : f.end] == f.text


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("Pemerintah menyiapkan Rp1,2 triliun untuk korban.", "id", 1.2e12, "IDR"),
        ("Harga naik 30 persen pekan ini.", "id", 30, "percent"),
        ("Jaraknya 15 km dari pusat kota.", "id", 15, "km"),
        ("The fund pledged $2.5 billion in aid.", "en", 2.5e9, "USD"),
        ("Turnout fell to 61.5% this year.", "en", 61.5, "percent"),
    ],
)
def test_amount_carries_its_unit(text, lang, value, unit):
    facts = numbers(text, lang)
    assert [(f.value, f.attrs.get("unit")) for f in facts] == [(pytest.approx(value), unit)]


@pytest.mark.parametrize(
    ("text", "lang", "label", "event"),
    [
        (
            "Serangan itu menewaskan 1.200 orang dan menyandera sekitar 240 lainnya.",
            "id",
            "sandera",
            "hostage",
        ),
        ("Gunmen killed 30 people and abducted 12 others.", "en", "hostages", "hostage"),
        ("They killed 900 people and took about 150 others hostage.", "en", "hostages", "hostage"),
    ],
)
def test_others_take_the_kind_of_the_verbs_object(text, lang, label, event):
    last = numbers(text, lang)[-1]
    assert last.label == label
    assert last.attrs.get("event") == event


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Versi 1.2.3 dirilis untuk pengguna.", "id"),
        ("Hubungi 0812-3456-7890 untuk informasi.", "id"),
        ("Acara dimulai pukul 10.30 WIB di balai desa.", "id"),
        ("Peristiwa itu terjadi pada 16 November 2023.", "id"),
        ("Ia lahir pada tahun 1979 di Medan.", "id"),
        ("Dewan Keamanan mengesahkan Resolusi 2334 kemarin.", "id"),
        ("Ini adalah kunjungan ke-3 dalam setahun.", "id"),
        ("Salah satu pejabat menolak berkomentar.", "id"),
        ("Tanggal 31 Februari tidak pernah ada.", "id"),
        ("The meeting is at 10:30 on 16/11/2023.", "en"),
        ("One of the officials declined to comment.", "en"),
        ("One of the soldiers spoke to reporters.", "en"),
        ("He flew a Boeing 737 over the base in 2019.", "en"),
    ],
)
def test_not_a_count(text, lang):
    assert numbers(text, lang) == []


def fact(value: float, qualifier: str = "exact", label: str = "orang", **attrs: object) -> Fact:
    return Fact("number", label, value, str(value), 0, 1, attrs={"qualifier": qualifier, **attrs})


@pytest.mark.parametrize(
    ("a", "b", "ok"),
    [
        (fact(11000, "more_than"), fact(11000), True),
        (fact(11000, "more_than"), fact(11500), True),
        (fact(11000, "more_than"), fact(9000), False),
        (fact(1200), fact(1400), False),
        (fact(1200), fact(1200), True),
        (fact(240, "about"), fact(250), True),
        (fact(240, "about"), fact(400), False),
        (fact(30, "at_least"), fact(45), True),
        (fact(300, "up_to"), fact(250), True),
        (fact(300, "up_to"), fact(450, "more_than"), False),
        (fact(1200, label="orang"), fact(1400, label="rumah"), True),
        (fact(1200, event="killed"), fact(300, event="injured"), True),
    ],
)
def test_compatible_knows_hedges_from_conflicts(a, b, ok):
    assert compatible(a, b) is ok
    assert compatible(b, a) is ok


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pasangan nomor urut 1 menang di 20 kecamatan.", "id"),
        ("Calon dengan nomor urut 2 meraih dukungan partai.", "id"),
        ("Tim itu kini berada di urutan ke-2 klasemen.", "id"),
        ("Klub tamu turun ke peringkat 3 klasemen sementara.", "id"),
        ("Warga diajak menjalankan gerakan 3M Plus di rumah.", "id"),
        ("The club slipped to rank 4 after the defeat.", "en"),
        ("The seeded player, seed 2 in the draw, withdrew.", "en"),
        ("The operator launched its 5G Network in the capital.", "en"),
    ],
)
def test_ranks_list_numbers_and_glued_names_are_not_counts(text, lang):
    assert [f.text for f in numbers(text, lang) if f.value in (1, 2, 3, 4, 5, 3e6)] == []


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("Ke-14 polisi yang terluka dibawa ke rumah sakit.", 14, "polisi"),
        ("Kedua belas penumpang itu selamat, dan ke-9 awak kapal dievakuasi.", 9, "awak"),
    ],
)
def test_ke_before_a_count_and_its_noun_means_all_of_them(text, value, label):
    facts = [f for f in numbers(text) if f.value == value]
    assert [(f.label, f.text[:3].lower()) for f in facts] == [(label, "ke-")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The rupiah weakened to 15,900 per US dollar on Tuesday.", "en"),
        ("The rupiah fell to 15,900 against the US dollar on Wednesday.", "en"),
        ("Nilai tukar ditutup di level 15.900 per dolar AS.", "id"),
        ("Rupiah ditutup pada 15.900 terhadap dolar AS sore ini.", "id"),
    ],
)
def test_exchange_rates_are_labelled_per_dollar(text, lang):
    assert [(f.value, f.label) for f in numbers(text, lang)] == [(15900, "per_USD")]


@pytest.mark.parametrize(
    "text",
    [
        "Gempa bermagnitudo 6,4 itu menewaskan tiga warga.",
        "Anak di bawah 14 tahun ikut dievakuasi dari lokasi.",
    ],
)
def test_amounts_with_a_unit_carry_no_toll_event(text):
    assert all("event" not in f.attrs for f in numbers(text) if f.attrs.get("unit"))


@pytest.mark.parametrize(
    "text",
    [
        "A 10-year-old boy was swept away by the current.",
        "Rescuers pulled a six-month-old baby from the rubble.",
    ],
)
def test_an_age_is_not_a_count(text):
    # a person's age in years is kept as an age (label and unit "age"), never a count;
    # an infant's age in months is no figure at all
    assert all(f.label == "age" and f.attrs.get("unit") == "age" for f in numbers(text, "en"))


@pytest.mark.parametrize(
    ("text", "lang", "value", "event"),
    [
        ("Gempa Magnitudo 6,2 Guncang Pesisir, Tiga Tewas", "id", 3, "killed"),
        ("Tiga tewas dan lima luka-luka dalam kecelakaan itu.", "id", 5, "injured"),
        ("Four Killed as Storm Hits the Coast", "en", 4, "killed"),
    ],
)
def test_a_number_word_before_an_outcome_counts_people(text, lang, value, event):
    found = [f for f in numbers(text, lang) if f.value == value]
    assert [(f.label, f.attrs.get("event")) for f in found] == [("", event)]


def test_a_number_word_with_no_noun_or_outcome_is_not_a_count():
    assert numbers("Dua dari mereka pulang lebih awal.") == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Bek muda itu akan memakai nomor punggung 23 musim depan.", []),
        ("Penyerang itu mewarisi punggung 10 dari kapten lama.", []),
        ("Klub itu merekrut 3 pemain dan memakai nomor punggung 7 untuk kiper baru.", [3.0]),
    ],
)
def test_a_shirt_number_is_a_label_not_a_count(text: str, kept: list[float]) -> None:
    assert [f.value for f in numbers(text)] == kept


@pytest.mark.parametrize(
    ("text", "lang", "value", "event"),
    [
        # a clause of its own after "and"/"dan": its own outcome, not the one before
        ("Dua pendaki tewas dan 14 pendaki lainnya hilang di lereng gunung.", "id", 14, "missing"),
        ("Two miners died and 9 others were injured in the blast.", "en", 9, "injured"),
        # a contrasting clause: the outcome before it says nothing about the number after it
        ("Lima nelayan tewas, sementara 230 perahu rusak diterjang ombak.", "id", 230, None),
        ("Four people died, while 80 shops were flooded.", "en", 80, None),
        # no clause of its own: the outcome before still counts ("tewas dan dua awak")
        ("Tiga penumpang tewas dan dua awak kapal dalam kecelakaan itu.", "id", 2, "killed"),
    ],
)
def test_an_outcome_belongs_to_its_own_clause(text, lang, value, event):
    (found,) = [f for f in numbers(text, lang) if f.value == value]
    assert found.attrs.get("event") == event


@pytest.mark.parametrize(
    ("text", "lang", "label"),
    [
        # a batch of a product counts batches, not the product's doses
        ("Pabrik itu menarik empat bets obat sirup dari apotek.", "id", "bets"),
        ("The maker recalled six batches of the vaccine from clinics.", "en", "batches"),
        ("Pemerintah menyalurkan 5.000 vaksin ke puskesmas.", "id", "dosis"),
    ],
)
def test_a_batch_counts_batches_not_what_is_in_them(text, lang, label):
    (found,) = numbers(text, lang)
    assert found.label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Dua anggotanya ditangkap polisi.", "anggota"),
        ("Tiga kendaraannya rusak berat.", "kendaraan"),
        ("Enam Suporter Meninggal Terinjak", "suporter"),
    ],
)
def test_a_counted_noun_with_a_possessive_or_a_fans_noun_is_read(text: str, label: str) -> None:
    facts = extract_numbers(text, "id")
    assert facts and facts[0].label == label


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Surabaya - Sebanyak 221 gerobak disita petugas.", "221 gerobak"),
        ("Medan — Sebanyak 35 sepeda hias ikut karnaval.", "35 sepeda"),
    ],
)
def test_the_first_word_after_a_dateline_dash_is_no_name_before_a_number(
    text: str, fact: str
) -> None:
    assert [f.text for f in extract_numbers(text, "id")] == [fact]


@pytest.mark.parametrize(
    ("text", "fact", "noun", "event"),
    [
        (
            "At least 14 people were hurt, three of them critically.",
            "three of them",
            "people",
            "critical",
        ),
        ("Nine miners were trapped, five of whom died.", "five of whom", "miners", "killed"),
    ],
)
def test_an_english_partitive_counts_part_of_the_group_counted_before_it(
    text: str, fact: str, noun: str, event: str
) -> None:
    # the partitive has no noun of its own: it takes the noun of the group it is part of
    found = [f for f in extract_numbers(text, "en") if f.text == fact]
    assert found and found[0].label == noun and found[0].attrs.get("event") == event


@pytest.mark.parametrize(
    ("text", "lang", "value", "label", "qualifier"),
    [
        # a rank word before a distance does not make it an ordinal
        ("Kapal terdeteksi di posisi 8 mil laut dari pantai.", "id", 8, "nautical miles", "exact"),
        # "over" after a verb of motion says where, it bounds nothing
        ("Survey planes flew over 1,080 reefs this year.", "en", 1080, "reefs", "exact"),
        ("Drones hovered over 30 fishing boats at dawn.", "en", 30, "ships", "exact"),
        # an adjective between the number and its noun is skipped
        ("The reef is made up of about 2,900 individual reefs.", "en", 2900, "reefs", "about"),
        # inmates are prisoners, whatever word the wire chose
        ("At least 31 inmates were killed.", "en", 31, "prisoners", "at_least"),
    ],
)
def test_review8_measures_prepositions_and_nouns(text, lang, value, label, qualifier):
    found = [f for f in numbers(text, lang) if f.value == value]
    assert found, numbers(text, lang)
    f = found[0]
    assert (f.label, f.attrs.get("qualifier")) == (label, qualifier)


def test_a_rank_word_before_a_bare_number_still_makes_it_no_count():
    assert not [f for f in numbers("Tim itu naik ke posisi 3 klasemen.", "id") if f.value == 3]


@pytest.mark.parametrize(
    ("text", "lang", "shares"),
    [
        ("Sekitar separuh kursi kereta dijual di loket.", "id", [("separuh", 0.5)]),
        ("Lebih dari setengah dari warga desa mengungsi.", "id", [("setengah", 0.5)]),
        ("Rapat berlangsung setengah jam. Ia datang pukul setengah tujuh.", "id", []),
        ("Warga paruh baya dan separuh baya hadir.", "id", []),
        ("Half of the ballots were counted by noon.", "en", [("Half", 0.5)]),
        (
            "Output was cut by half, and fares rose by a third.",
            "en",
            [("a third", 0.333), ("half", 0.5)],
        ),
        ("He scored in the second half of the match, half an hour in.", "en", []),
        ("Exports fell by two thirds in a year.", "en", [("two thirds", 0.667)]),
    ],
)
def test_halves_and_shares_a_change_is_by_are_fractions(text, lang, shares):
    found = sorted(
        (f.text, f.value) for f in extract_numbers(text, lang) if f.attrs.get("unit") == "fraction"
    )
    assert found == sorted(shares)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Satgas 115 Antimafia Perikanan menyita dua kapal.", [("dua kapal", 2.0)]),
        ("Tim Detasemen Khusus (Gegana) 21 Brimob menangkap tiga orang.", [("tiga orang", 3.0)]),
        ("Sebanyak 146 Rohingya tiba di pantai.", [("146", 146.0)]),
        ("Menurut Koramil 04 Batee, 12 rumah rusak.", [("12 rumah", 12.0)]),
        ("Saluran udara tegangan tinggi (SUTT) 150 kV putus.", [("150 kV", 150.0)]),
    ],
)
def test_a_number_inside_a_units_capitalised_name_counts_nothing(text, expected):
    assert [(f.text, float(f.value)) for f in extract_numbers(text, "id")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dinas membagikan 300 APAR ke warga.", [("300 APAR", "apar")]),
        ("Kedua kota meneken enam MoU kemarin.", [("enam MoU", "mou")]),
        ("Sebanyak 12 TKI dipulangkan dari Johor.", [("12 TKI", "pekerja migran")]),
        ("Densus 88 Antiteror Polri menangkap dua orang.", [("dua orang", "orang")]),
    ],
)
def test_an_acronym_after_a_number_is_what_it_counts(text, expected):
    assert [(f.text, f.label) for f in extract_numbers(text, "id")] == expected


@pytest.mark.parametrize(
    ("text", "lang", "value", "label", "unit"),
    [
        ("Mereka dibayar antara 2 dan 3 juta rupiah per laga.", "id", 2_000_000, "IDR", "IDR"),
        ("Bunga kredit naik 4 hingga 6 persen tahun ini.", "id", 4, "percent", "percent"),
        ("Antrean kendaraan mengular 3 sampai 5 km dari gerbang tol.", "id", 3, "km", "km"),
        ("They were paid between 4 million and 9 million rupiah.", "en", 4_000_000, "IDR", "IDR"),
        ("Fares rose between 5 and 8 percent.", "en", 5, "percent", "percent"),
        ("Between 300 and 450 pilgrims were treated.", "en", 300, "pilgrims", None),
    ],
)
def test_a_ranges_first_end_takes_the_unit_noun_and_scale_of_its_second(
    text, lang, value, label, unit
):
    first = numbers(text, lang)[0]
    assert first.value == pytest.approx(value)
    assert first.label == label
    assert first.attrs.get("unit") == unit


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Antara 3 dan 400 warga hadir.", "id"), ("Between 3 and 400 people came.", "en")],
)
def test_figures_too_far_apart_are_no_range(text, lang):
    first = numbers(text, lang)[0]
    assert first.value == 3
    assert not first.label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Polisi menyita 12 komputer jinjing dari gudang itu.", "laptop"),
        ("Polisi menyita 30 telepon genggam dan 12 laptop.", "ponsel"),
    ],
)
def test_a_device_is_counted_under_one_name_whatever_the_outlet_calls_it(text, label):
    assert numbers(text, "id")[0].label == label


@pytest.mark.parametrize(
    ("text", "lang", "value", "label"),
    [
        (
            "Sebanyak 12 nelayan berhasil diselamatkan. Lima lainnya masih dicari.",
            "id",
            5,
            "nelayan",
        ),
        ("Nine miners were rescued on Monday. Four others are still trapped.", "en", 4, "miners"),
    ],
)
def test_others_opening_a_sentence_count_what_the_sentence_before_counted(text, lang, value, label):
    last = numbers(text, lang)[-1]
    assert (last.value, last.label) == (value, label)


@pytest.mark.parametrize(
    "text", ["Sebanyak 12 penumpang berhasil diselamatkan.", "Sebanyak 12 penumpang terselamatkan."]
)
def test_rescued_counts_are_survivors(text):
    assert numbers(text, "id")[0].attrs.get("event") == "survived"
