"""Rules added after blind review 16 (new domains: pilgrims dying abroad, an aircraft lost
in the mountains with an armed group's claim, holiday traffic through a toll gate, a
constitutional court ruling, the gold price, a tornado across several villages; controls
of two drug busts of one police unit and two rulings read the same day), pinned with
sentences written for these tests."""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type, one_as_expected, run


@pytest.mark.parametrize(
    ("parts", "other", "bound"),
    [
        (
            (
                "Banjir Rendam 310 Rumah di Dua Kelurahan",
                "Banjir merendam 310 rumah di dua kelurahan di Kecamatan Tembalang, Kamis "
                "(4/3/2027). Rinciannya, 180 rumah di Kelurahan Meteseh dan 130 rumah di "
                "Kelurahan Rowosari.",
            ),
            (
                "Ratusan Rumah di Tembalang Terendam",
                "Sebanyak 301 rumah di Kecamatan Tembalang terendam banjir, Kamis (4/3/2027). "
                "Kelurahan Meteseh paling parah.",
            ),
            (
                "Banjir Tembalang, Warga Mengungsi",
                "Lebih dari 300 rumah di dua kelurahan di Kecamatan Tembalang terendam banjir "
                "pada Kamis (4/3/2027). Warga Kelurahan Rowosari mengungsi ke masjid.",
            ),
        ),
        (
            (
                "Storm damages 520 homes in three towns",
                "A storm damaged 520 homes in three towns on Tuesday, March 2, 2027. Of those, "
                "240 homes were in Millbrook, 160 homes in Ashford and 120 homes in Lydney.",
            ),
            (
                "Storm hits 502 homes",
                "The storm damaged 502 homes on Tuesday, March 2, 2027, most of them in Millbrook.",
            ),
            (
                "Storm leaves hundreds of homes damaged",
                "More than 500 homes were damaged in the storm on Tuesday, March 2, 2027. "
                "Residents of Lydney lost their roofs.",
            ),
        ),
    ],
)
def test_a_bound_fitting_one_texts_total_does_not_conflict_with_that_texts_parts(
    parts, other, bound
):
    report = run(parts, other, bound)
    conflicts = of_type(report, "conflict")
    bound_words = bound[1].split(" rumah")[0].split(" homes")[0]
    # the totals still conflict with each other ...
    assert any(mentions(f, "310") or mentions(f, "520") for f in conflicts)
    # ... but the loose bound is never set against one village's part
    assert not any(mentions(f, bound_words) for f in conflicts)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Harga perak batangan naik pada Selasa (2/3/2027). Perak ukuran 250 gram dijual "
            "Rp4.150.000.",
            "Harga perak batangan naik pada Selasa (2/3/2027). Perak ukuran 1 kilogram "
            "dibanderol Rp15,9 juta.",
        ),
        (
            "Silver bar prices rose on Tuesday, March 2, 2027. A bar of 250 grams sold for "
            "4.15 million rupiah.",
            "Silver bar prices rose on Tuesday, March 2, 2027. A bar of 1 kilogram sold for "
            "15.9 million rupiah.",
        ),
    ],
)
def test_prices_of_two_sizes_are_not_one_disputed_sum(first, second):
    report = run(("Harga Perak Naik", first), ("Harga Perak Hari Ini Naik", second))
    assert not of_type(report, "conflict")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Harga perak ukuran 250 gram dijual Rp4.150.000 pada Selasa (2/3/2027).",
            "Harga perak ukuran 250 gram dijual Rp4.510.000 pada Selasa (2/3/2027).",
        ),
    ],
)
def test_prices_of_one_size_still_conflict(first, second):
    report = run(("Harga Perak Naik", first), ("Harga Perak Hari Ini Naik", second))
    assert any(mentions(f, "4.150.000", "4.510.000") for f in of_type(report, "conflict"))


@pytest.mark.parametrize(
    ("first", "second", "figures"),
    [
        (
            "Sebanyak 58 peziarah asal Aceh wafat dalam perjalanan ke Karbala sejak awal bulan.",
            "Jumlah peziarah asal Aceh yang wafat hingga hari ke-12 perjalanan mencapai 85 orang.",
            ("58 peziarah", "85 orang"),
        ),
        (
            "Sebanyak 31 pendaki meninggal dunia di Gunung Rinjani sepanjang musim ini.",
            "Jumlah pendaki yang meninggal di Gunung Rinjani pada pekan ke-3 Agustus tercatat "
            "13 orang.",
            ("31 pendaki", "13 orang"),
        ),
    ],
)
def test_a_total_whose_subject_names_the_noun_conflicts_with_the_others_count(
    first, second, figures
):
    report = run(("Peziarah Wafat", first), ("Jumlah Peziarah Wafat Bertambah", second))
    assert any(mentions(f, *figures) for f in of_type(report, "conflict"))


@pytest.mark.parametrize(
    ("english", "indonesian", "figures"),
    [
        (
            "Saudi officials said 1,640 pilgrims had been treated for heat exhaustion by "
            "Wednesday, March 3, 2027.",
            "Otoritas Arab Saudi menyebut 1.460 jemaah dirawat karena kelelahan akibat panas "
            "hingga Rabu (3/3/2027).",
            ("1,640 pilgrims", "1.460 jemaah"),
        ),
    ],
)
def test_pilgrims_and_jemaah_are_one_noun_across_languages(english, indonesian, figures):
    report = run(
        ("Pilgrims treated for heat", english), ("Jemaah Dirawat karena Panas", indonesian)
    )
    assert any(mentions(f, *figures) for f in of_type(report, "conflict"))


@pytest.mark.parametrize(
    ("first", "second", "figures"),
    [
        (
            "Sebuah kapal cepat hilang kontak dalam pelayaran dari Tual menuju Dobo, Senin "
            "(1/3/2027). Kapal itu membawa tujuh orang, yakni nakhoda, dua awak, dan empat "
            "penumpang.",
            "Tim SAR mencari kapal cepat yang hilang dalam pelayaran dari Tual menuju Dobo, Senin "
            "(1/3/2027). Kapal cepat KM Bahari Jaya yang membawa sembilan orang hilang kontak "
            "sejak pagi.",
            ("tujuh orang", "sembilan orang"),
        ),
        (
            "A small plane lost contact on a flight from Wamena to Oksibil on Monday, March 1, "
            "2027. The plane was carrying four people, a pilot and three nurses.",
            "Rescuers searched for a small plane lost on a flight from Wamena to Oksibil on "
            "Monday, March 1, 2027. The Cessna 208 carrying six people went missing in cloud.",
            ("four people", "six people"),
        ),
    ],
)
def test_each_texts_only_count_of_people_on_board_conflicts(first, second, figures):
    report = run(("Perahu Hilang Kontak", first), ("Perahu Hilang di Laut", second))
    assert any(mentions(f, *figures) for f in of_type(report, "conflict"))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Tujuh orang diperiksa polisi sebagai saksi kebakaran gudang di Cikarang, Senin "
            "(1/3/2027).",
            "Kebakaran gudang di Cikarang, Senin (1/3/2027), membuat sembilan orang luka ringan.",
        ),
    ],
)
def test_two_counts_of_people_in_unlike_words_stay_apart(first, second):
    report = run(("Gudang Terbakar", first), ("Gudang di Cikarang Terbakar", second))
    assert not of_type(report, "conflict")


@pytest.mark.parametrize(
    ("first", "second", "codes"),
    [
        (
            "Pesawat perintis dengan nomor registrasi PK-WMB hilang kontak di atas Kabupaten "
            "Yahukimo, Kamis (4/3/2027).",
            "Pesawat perintis bernomor registrasi PK-WBM hilang kontak di atas Kabupaten Yahukimo, "
            "Kamis (4/3/2027).",
            ("PK-WMB", "PK-WBM"),
        ),
        (
            "Mahkamah Agung memutus perkara Nomor 312/Pid.Sus/2027 pada Kamis (4/3/2027).",
            "Mahkamah Agung memutus perkara Nomor 321/Pid.Sus/2027 pada Kamis (4/3/2027).",
            ("312/Pid.Sus/2027", "321/Pid.Sus/2027"),
        ),
    ],
)
def test_a_registration_or_case_number_given_two_ways_conflicts(first, second, codes):
    report = run(("Pesawat Hilang Kontak", first), ("Kabar Pesawat Perintis", second))
    assert any(mentions(f, *codes) for f in of_type(report, "conflict", "code"))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Menteri Luar Negeri membahas kerja sama RI-PNG di Jayapura, Kamis (4/3/2027).",
            "Menteri Luar Negeri membahas kerja sama RI-PBB di Jayapura, Kamis (4/3/2027).",
        ),
    ],
)
def test_two_hyphenated_acronyms_are_no_registration(first, second):
    report = run(("Kerja Sama Luar Negeri", first), ("Menlu di Jayapura", second))
    assert not of_type(report, "conflict", "code")


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "Mahkamah Konstitusi menguji Pasal 14 ayat (2) UU Cagar Budaya yang diajukan Komunitas "
            "Kota Tua, Kamis (4/3/2027).",
            "Mahkamah Konstitusi menguji Pasal 41 ayat (2) UU Cagar Budaya yang diajukan Komunitas "
            "Kota Tua, Kamis (4/3/2027).",
            ("Pasal 14 ayat (2)", "Pasal 41 ayat (2)"),
        ),
        (
            # a charge of two articles in one text names no single article to dispute
            "Tersangka dijerat Pasal 340 subsider Pasal 338 KUHP, kata polisi, Kamis (4/3/2027).",
            "Tersangka dijerat Pasal 338 KUHP, kata polisi, Kamis (4/3/2027).",
            None,
        ),
    ],
)
def test_each_texts_one_cited_article_of_a_law_is_compared(first, second, expected):
    report = run(("Uji Materi UU Cagar Budaya", first), ("Sidang Uji Materi", second))
    found = of_type(report, "conflict", "law_article")
    assert one_as_expected(found, expected)


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "Dishub memberlakukan penutupan jalan dari Simpang Lima hingga Bundaran Tugu mulai "
            "pukul 06.00 WIB, Minggu (7/3/2027).",
            "Penutupan jalan diberlakukan mulai pukul 08.00 WIB, Minggu (7/3/2027), dari Simpang "
            "Lima hingga Bundaran Tugu.",
            ("06.00", "08.00"),
        ),
        (
            # two verbs name two moments: a closure starting and a road reopening
            "Dishub memberlakukan penutupan jalan dari Simpang Lima mulai pukul 06.00 WIB, Minggu "
            "(7/3/2027).",
            "Jalan dari Simpang Lima kembali dibuka mulai pukul 11.00 WIB, Minggu (7/3/2027).",
            None,
        ),
    ],
)
def test_a_start_time_after_a_long_stretch_is_tied_by_its_verb(first, second, expected):
    report = run(("Penutupan Jalan Simpang Lima", first), ("Jalan Simpang Lima Ditutup", second))
    found = of_type(report, "conflict", "when:time")
    assert one_as_expected(found, expected)


@pytest.mark.parametrize(
    ("title", "text", "body_figure"),
    [
        (
            "Tiga Anggota Dewan Walk Out saat Pengesahan Perda",
            "Rapat paripurna dihadiri 40 anggota dewan, Kamis (4/3/2027). Lima anggota dewan "
            "memilih walk out saat pengesahan perda.",
            "Lima anggota",
        ),
        (
            "Six judges dissent in the ruling on land reform",
            "Fifteen judges sat on the bench on Thursday, March 4, 2027. Four judges dissent in "
            "the ruling, writing that the law breaks the constitution.",
            "Four judges",
        ),
    ],
)
def test_a_headline_figure_is_set_against_the_body_figure_told_in_its_words(
    title, text, body_figure
):
    report = run((title, text), ("Rapat Paripurna", "Rapat berlangsung, Kamis (4/3/2027)."))
    found = [f for f in of_type(report, "headline_mismatch") if f.slot.startswith("number")]
    assert len(found) == 1 and mentions(found[0], body_figure)


@pytest.mark.parametrize(
    ("indonesian", "english"),
    [
        (
            "Harga perak naik pada Selasa (2/3/2027). Perak ukuran 250 gram dijual Rp4.162.000, "
            "sedangkan ukuran 500 gram Rp8.250.000.",
            "Silver prices rose on Tuesday, March 2, 2027. A bar of 250 grams sold for about 4.16 "
            "million rupiah.",
        ),
    ],
)
def test_a_rounded_price_beside_the_same_size_is_one_sum_across_languages(indonesian, english):
    report = run(("Harga Perak Naik", indonesian), ("Silver prices rise", english))
    agreed = of_type(report, "agreement")
    assert any(mentions(f, "Rp4.162.000", "about 4.16 million rupiah") for f in agreed)
    assert not of_type(report, "conflict")
