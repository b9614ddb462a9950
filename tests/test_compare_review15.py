"""Rules added after blind review 15 (new domains: a sidang isbat fixing a holiday, a murder at a
police press conference, the stock market close, a motor race told in English and Indonesian,
the DPR passing a bill, a heatwave abroad; controls of two bills passed the same day and two
murder cases of one police unit), pinned with sentences written for these tests."""

from __future__ import annotations

import pytest

from compare_helpers import compared_nothing, mentions, of_type, run


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            (
                "DPRD Sahkan Raperda Penataan Pasar Rakyat",
                "DPRD Kota Medan mengesahkan Rancangan Peraturan Daerah tentang Penataan Pasar "
                "Rakyat (Raperda PPR) dalam rapat paripurna, Rabu (4/3/2026). Rapat dipimpin "
                "Ketua DPRD Hendra Sitorus. Tujuh fraksi setuju dan satu fraksi menolak.",
            ),
            (
                "DPRD Setujui Raperda Bangunan Gedung",
                "DPRD Kota Medan menyetujui Rancangan Peraturan Daerah tentang Bangunan Gedung "
                "Bertingkat (Raperda BGB) dalam rapat paripurna, Rabu (4/3/2026). Rapat dipimpin "
                "Ketua DPRD Hendra Sitorus. Lima fraksi setuju dan tiga fraksi menolak.",
            ),
        ),
        (
            (
                "Senate passes the Coastal Fisheries Bill",
                "The Senate passed the Coastal Fisheries Bill on Wednesday, March 4, 2026, in a "
                "session chaired by Senate President Ana Reyes. Seventeen senators voted in "
                "favour.",
            ),
            (
                "Senate passes the Rural Broadband Bill",
                "The Senate passed the Rural Broadband Bill on Wednesday, March 4, 2026, in a "
                "session chaired by Senate President Ana Reyes. Twelve senators voted in favour.",
            ),
        ),
    ],
)
def test_two_bills_passed_the_same_day_under_one_chair_are_two_events(first, second):
    report = run(first, second)
    assert compared_nothing(report)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            # the long form in one text, the short one in the other: one bill, one story
            "DPRD Kota Medan mengesahkan Rancangan Peraturan Daerah tentang Penataan Pasar "
            "Rakyat (Raperda PPR), Rabu (4/3/2026). Tujuh fraksi setuju dan satu fraksi menolak.",
            "DPRD Kota Medan mengesahkan Raperda Penataan Pasar Rakyat, Rabu (4/3/2026). "
            "Sebanyak enam fraksi setuju dan dua fraksi menolak.",
        ),
    ],
)
def test_one_bill_in_long_and_short_form_is_still_compared(first, second):
    report = run(("Raperda Pasar Disahkan", first), ("Raperda Pasar Rakyat Disahkan", second))
    assert any(mentions(f, "fraksi") for f in of_type(report, "conflict"))


@pytest.mark.parametrize(
    ("first", "second", "slot", "words"),
    [
        (
            "Harga emas batangan ditutup menguat 1,5 persen pada perdagangan Kamis (5/3/2026).",
            "Harga emas batangan ditutup melemah 1,5 persen pada perdagangan Kamis (5/3/2026).",
            "direction",
            ("menguat", "melemah"),
        ),
        (
            "The rupiah rose 0.4% against the dollar on Thursday, March 5, 2026, traders said.",
            "Rupiah ditutup turun 0,4 persen terhadap dolar AS pada Kamis (5/3/2026).",
            "direction",
            ("rose", "turun"),
        ),
        (
            "Polres Bantul menangkap pria berinisial JK (31) yang diduga menganiaya tetangganya "
            "hingga tewas, Jumat (6/3/2026).",
            "Polres Bantul menangkap JK (38), tersangka penganiayaan yang menewaskan tetangganya, "
            "Jumat (6/3/2026).",
            "age",
            ("JK (31)", "JK (38)"),
        ),
        (
            "The driver, Tomas Reyes, 52, was taken to hospital on Friday, March 6, 2026.",
            "The bus driver, Tomas Reyes, 25, was treated at a hospital on Friday, March 6, 2026.",
            "age",
            ("Reyes, 52", "Reyes, 25"),
        ),
    ],
)
def test_one_change_or_one_persons_age_told_two_ways_conflicts(first, second, slot, words):
    """Opposite directions of one change; two ages of one person (and no unique age)."""
    report = run(("Kabar Hari Ini", first), ("Kabar Sore Ini", second))
    found = of_type(report, "conflict", slot)
    assert found and mentions(found[0], *words)
    assert not any(f.slot == "number:percent" for f in of_type(report, "agreement"))
    assert not any(mentions(f, "(38)") or mentions(f, "25,") for f in of_type(report, "unique"))


def test_one_change_in_one_direction_in_other_words_agrees():
    report = run(
        ("Pasar Hari Ini", "Indeks saham ditutup naik 1,2 persen pada Jumat (6/3/2026)."),
        ("Pasar Sore Ini", "Indeks saham ditutup menguat 1,2 persen pada Jumat (6/3/2026)."),
    )
    assert not of_type(report, "conflict", "direction")
    assert any(mentions(f, "1,2 persen") for f in of_type(report, "agreement"))


@pytest.mark.parametrize(
    ("title", "text", "flagged"),
    [
        (
            "Rupiah Ditutup Melemah ke Rp15.900",
            "Rupiah pada perdagangan sore ini ditutup naik 0,3 persen ke level Rp15.900 per dolar "
            "AS. Penguatan ditopang data ekspor.",
            True,
        ),
        (
            "Harga Beras Naik Jelang Ramadan",
            "Harga beras medium di pasar induk turun 2 persen pekan ini menjadi Rp12.800 per "
            "kilogram.",
            True,
        ),
        (
            "Rupiah Ditutup Menguat ke Rp15.900",
            "Rupiah pada perdagangan sore ini ditutup naik 0,3 persen ke level Rp15.900 per dolar "
            "AS.",
            False,
        ),
        (
            # the body's lead gives both ways: nothing is reversed
            "Harga Cabai Naik Jelang Lebaran",
            "Harga cabai rawit naik 12 persen, sementara bawang merah turun 3 persen pekan ini.",
            False,
        ),
        (
            # the lead is about another subject than the headline's
            "Ekspor Kopi Naik Tajam",
            "Nilai impor gandum turun 4 persen pada kuartal pertama tahun ini.",
            False,
        ),
    ],
)
def test_a_headline_direction_reversed_by_its_lead_is_a_mismatch(title, text, flagged):
    other = ("Kabar Pasar", "Pedagang di pasar induk mengeluhkan sepi pembeli.")
    report = run((title, text), other)
    found = of_type(report, "headline_mismatch", "direction")
    assert bool(found) == flagged


@pytest.mark.parametrize(
    ("title", "text", "flagged"),
    [
        (
            "Suhu di Kairo Capai 46 Derajat",
            "Suhu udara di Kairo mencapai 46,3 derajat Celsius.",
            False,
        ),
        (
            "Kerugian Banjir Capai Rp3 Triliun",
            "Kerugian akibat banjir ditaksir Rp3,2 triliun.",
            False,
        ),
        ("Temperatures hit 41 degrees in Seville", "Seville recorded 40.8 degrees Celsius.", False),
        (
            "Suhu di Kairo Capai 48 Derajat",
            "Suhu udara di Kairo mencapai 46,3 derajat Celsius.",
            True,
        ),
    ],
)
def test_a_headline_figure_rounding_its_bodys_is_no_mismatch(title, text, flagged):
    report = run(
        (title, text), ("Kabar Cuaca", "Warga diminta mengurangi aktivitas di luar rumah.")
    )
    found = [f for f in of_type(report, "headline_mismatch") if f.slot.startswith("number")]
    assert bool(found) == flagged


def test_one_person_given_one_age_and_two_people_of_one_text_are_no_conflict():
    report = run(
        (
            "Kabar Kota",
            "Polisi menangkap JK (31) dan rekannya MR (24) di Bantul, Jumat (6/3/2026).",
        ),
        ("Kabar Kota Hari Ini", "Polisi menangkap JK (31) di Bantul, Jumat (6/3/2026)."),
    )
    assert not of_type(report, "conflict", "age")


def test_two_cases_of_one_police_unit_with_their_own_people_are_two_events():
    report = run(
        (
            "Polres Bantul Ungkap Pembunuhan Penjual Bakso",
            "Polres Bantul menangkap DW (33) yang diduga membunuh penjual bakso SR (47) di "
            "Kecamatan Sewon, Kabupaten Bantul, Senin (2/3/2026). Kasat Reskrim AKP Lina "
            "Marlina mengatakan tersangka kesal ditagih utang.",
        ),
        (
            "Polres Bantul Tangkap Pembunuh Sopir Ojek",
            "Polres Bantul menangkap FA (22) yang diduga membunuh sopir ojek BN (40) di "
            "Kecamatan Kasihan, Kabupaten Bantul, Kamis (5/3/2026). Kasat Reskrim AKP Lina "
            "Marlina mengatakan tersangka ingin menguasai sepeda motor korban.",
        ),
    )
    assert compared_nothing(report)


def test_two_statements_defining_two_things_by_their_initials_are_two_events():
    report = run(
        (
            "Kemendag: Ekspor Minyak Sawit Naik",
            "Kementerian Perdagangan mencatat nilai ekspor minyak kelapa sawit (MKS) hingga "
            "September 2026 sebesar Rp210,5 triliun, dalam keterangan tertulis di Jakarta, "
            "Selasa (6/10/2026). Direktur Jenderal Ekspor, Rudi Halim, menyebut permintaan "
            "dari India menguat.",
        ),
        (
            "Kemendag Perketat Impor Baja",
            "Kementerian Perdagangan memperketat impor baja lembaran canai (BLC) mulai Januari "
            "2027, dalam keterangan tertulis di Jakarta, Selasa (6/10/2026). Nilai impornya "
            "hingga September 2026 tercatat Rp88,2 triliun, kata Direktur Jenderal Impor, "
            "Wati Lestari.",
        ),
    )
    assert compared_nothing(report)


@pytest.mark.parametrize(
    ("first", "second", "pairs"),
    [
        (
            "Dalam rapat pleno, lima anggota menyatakan setuju, sementara satu anggota menolak "
            "usulan itu, Senin (2/3/2026).",
            "Sebanyak empat anggota setuju dan dua anggota menolak usulan itu, Senin (2/3/2026).",
            (("lima anggota", "empat anggota"), ("satu anggota", "dua anggota")),
        ),
    ],
)
def test_counts_set_against_each_other_pair_by_what_each_did(first, second, pairs):
    report = run(("Rapat Pleno Komisi", first), ("Pleno Komisi Digelar", second))
    found = of_type(report, "conflict")
    for x, y in pairs:
        assert any(mentions(f, x, y) for f in found)
    assert not any(mentions(f, "menyatakan") for f in found)


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        (
            "Temperatures in Multan reached 47.5 degrees Celsius (117.5 Fahrenheit) on Monday, "
            "March 2, 2026, officials said.",
            "Suhu di Multan mencapai 47,5 derajat Celsius pada Senin (2/3/2026).",
        ),
        (
            "The storm passed 12 km (7.5 miles) from the coast on Monday, March 2, 2026.",
            "Badai itu melintas 12 km dari pantai pada Senin (2/3/2026).",
        ),
    ],
)
def test_a_measure_and_its_bracketed_conversion_are_one_reading(english, indonesian):
    report = run(("Heat and storms", english), ("Cuaca Ekstrem", indonesian))
    assert not of_type(report, "unique")
    assert not of_type(report, "conflict")


@pytest.mark.parametrize(
    ("english", "indonesian", "conflict"),
    [
        (
            "Rossi led until he crashed on lap 9 at the Sepang circuit on Sunday, March 1, 2026.",
            "Rossi memimpin hingga terjatuh pada lap ke-19 di Sirkuit Sepang, Minggu (1/3/2026).",
            True,
        ),
        (
            "Rossi led until he crashed on lap 9 at the Sepang circuit on Sunday, March 1, 2026.",
            "Rossi memimpin hingga terjatuh pada lap ke-9 di Sirkuit Sepang, Minggu (1/3/2026).",
            False,
        ),
    ],
)
def test_an_english_lap_number_and_an_indonesian_lap_ordinal_are_compared(
    english, indonesian, conflict
):
    report = run(("Rossi crashes out at Sepang", english), ("Rossi Terjatuh di Sepang", indonesian))
    assert bool(of_type(report, "conflict", "ordinal")) == conflict
    assert not any(mentions(f, "9") for f in of_type(report, "unique"))


def test_a_sum_converted_in_brackets_beside_a_disputed_one_is_no_unique():
    report = run(
        (
            "Foreign funds buy Jakarta shares",
            "Foreign investors bought a net 3.4 trillion rupiah ($214 million) of Indonesian "
            "shares on Monday, March 2, 2026, exchange data showed.",
        ),
        (
            "Asing Borong Saham",
            "Investor asing mencatat beli bersih Rp4,3 triliun di seluruh pasar pada Senin "
            "(2/3/2026).",
        ),
    )
    assert any(mentions(f, "3.4 trillion", "Rp4,3 triliun") for f in of_type(report, "conflict"))
    assert not any(mentions(f, "$214 million") for f in of_type(report, "unique"))


@pytest.mark.parametrize(
    ("title", "text", "flagged"),
    [
        (
            "Seluruh Hakim Setuju Gugatan Ditolak",
            "Dalam putusan itu, empat hakim setuju gugatan ditolak, sementara satu hakim "
            "menyatakan pendapat berbeda.",
            True,
        ),
        (
            "All Councillors Back New Parking Rules",
            "Nine councillors backed the rules on Tuesday, while two councillors voted against.",
            True,
        ),
        (
            # the body splits the count by what happened, not by the headline's act
            "Seluruh Korban Dievakuasi",
            "Sebanyak 12 korban tewas dan 30 korban luka dievakuasi tim SAR gabungan.",
            False,
        ),
        (
            "Seluruh Hakim Setuju Gugatan Ditolak",
            "Kelima hakim setuju gugatan ditolak dalam sidang, Rabu (4/3/2026).",
            False,
        ),
    ],
)
def test_a_headline_all_that_its_body_splits_is_a_mismatch(title, text, flagged):
    other = ("Kabar Sidang", "Sidang berlangsung tertib dan dijaga aparat.")
    report = run((title, text), other)
    assert bool(of_type(report, "headline_mismatch", "totality")) == flagged


@pytest.mark.parametrize(
    ("title", "flagged"),
    [("Siregar Juarai Turnamen Catur Medan", True), ("Lubis Juarai Turnamen Catur Medan", False)],
)
def test_a_headline_crediting_the_win_to_the_runner_up_is_a_mismatch(title, flagged):
    body = (
        "Pecatur Sumatera Utara Rudi Lubis tampil sebagai juara Turnamen Catur Medan Terbuka, "
        "Minggu (1/3/2026). Di partai final, Lubis mengalahkan Andi Siregar yang harus puas "
        "di posisi kedua."
    )
    report = run((title, body), ("Kabar Catur", "Turnamen diikuti 120 pecatur dari 14 provinsi."))
    found = [f for f in of_type(report, "headline_mismatch") if f.slot == "entity:PER"]
    assert bool(found) == flagged


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("Rupiah ditutup menguat 45 poin ke Rp15.910 per dolar AS, Senin (2/3/2026).", False),
        ("Indeks ditutup menguat 45 poin ke level 7.150 pada Senin (2/3/2026).", True),
    ],
)
def test_points_of_an_index_and_of_a_currency_are_two_moves(second, conflict):
    first = "IHSG ditutup menguat 54 poin ke level 7.159 pada Senin (2/3/2026)."
    report = run(("Bursa Sore Ini", first), ("Pasar Sore Ini", second))
    found = [f for f in of_type(report, "conflict") if mentions(f, "54 poin", "45 poin")]
    assert bool(found) == conflict
