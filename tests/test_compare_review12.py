"""Rules added after blind review 12 (a chess final in three texts, a bridge collapse in two
regional texts, foreign ships told live and in a page, a bond auction, an exchange fraud, rocket
debris in two wire texts, a fare cap told in English and Indonesian, a control of two windstorms
on one day), pinned with sentences written for these tests."""

from __future__ import annotations

import pytest

from compare_helpers import compared_nothing, mentions, of_type, run


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            (
                "Banjir Bandang Landa Kabupaten Lembah Hijau, 140 Rumah Terendam",
                "LEMBAH HIJAU - Banjir bandang melanda empat desa di Kecamatan Sungai Jernih, "
                "Kabupaten Lembah Hijau, Kamis (12/3/2026). Sebanyak 140 rumah terendam. Kepala "
                "BPBD Lembah Hijau, Yosef Wangge, mengatakan warga sudah dievakuasi. Kerugian "
                "ditaksir Rp 2 miliar.",
            ),
            (
                "Banjir Rendam 95 Rumah di Kabupaten Teluk Damai",
                "TELUK DAMAI - Banjir merendam tiga kampung di Distrik Batu Merah, Kabupaten "
                "Teluk Damai, Kamis (12/3/2026). Sebanyak 95 rumah terendam. Kepala Dinas Sosial "
                "Teluk Damai, Martha Iriani, mengatakan bantuan segera dikirim. Kerugian ditaksir "
                "Rp 700 juta.",
            ),
        ),
        (
            (
                "Hailstorm damages 300 cars in Northvale",
                "NORTHVALE - A hailstorm damaged 300 cars and smashed greenhouse roofs in "
                "Northvale county on Friday, mayor Pieter Claes said. Losses were estimated at "
                "4 million euros by the Northvale farmers' union.",
            ),
            (
                "Storm hits Southmere, 120 cars damaged",
                "SOUTHMERE - A storm damaged 120 cars in Southmere on Friday, the Southmere fire "
                "brigade said. Commander Ilse Maertens said losses were estimated at 1 million "
                "euros.",
            ),
        ),
    ],
)
def test_two_texts_that_name_no_person_body_or_place_in_common_are_two_events(first, second):
    report = run(first, second)
    assert compared_nothing(report)


def test_two_texts_of_one_event_sharing_a_place_still_conflict():
    report = run(
        (
            "Banjir Bandang Landa Kabupaten Lembah Hijau, 140 Rumah Terendam",
            "LEMBAH HIJAU - Banjir bandang melanda empat desa di Kecamatan Sungai Jernih, "
            "Kabupaten Lembah Hijau, Kamis (12/3/2026). Sebanyak 140 rumah terendam. Kepala BPBD "
            "Lembah Hijau, Yosef Wangge, mengatakan warga sudah dievakuasi.",
        ),
        (
            "Banjir Rendam 104 Rumah di Lembah Hijau",
            "LEMBAH HIJAU - Banjir merendam empat desa di Kecamatan Sungai Jernih, Kamis "
            "(12/3/2026). Sebanyak 104 rumah terendam, kata Yosef Wangge dari BPBD setempat.",
        ),
    )
    assert any(mentions(f, "140", "104") for f in of_type(report, "conflict"))


def _times(report):
    return [f for f in of_type(report, "conflict") if f.slot == "when:time"]


@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        (
            (
                "Konser Amal di Alun-alun Kota Berlangsung Meriah",
                "SUKAMAJU - Konser amal di Alun-alun Sukamaju dimulai pukul 19.00 WIB dan "
                "berakhir pukul 23.10 WIB. Acara itu dihadiri ribuan warga.",
            ),
            (
                "Ribuan Warga Padati Konser Amal Sukamaju",
                "SUKAMAJU - Konser amal yang dimulai pukul 20.00 WIB di Alun-alun Sukamaju "
                "itu dihadiri ribuan warga.",
            ),
            ("19.00", "20.00"),
        ),
        (
            (
                "Gudang Pupuk di Pelabuhan Terbakar",
                "KUALA BARU - Gudang pupuk di Pelabuhan Kuala Baru terbakar pada Senin "
                "sekitar pukul 02.10 WITA. Api dipadamkan pukul 06.00 WITA.",
            ),
            (
                "Kebakaran Gudang Pupuk Pelabuhan Kuala Baru",
                "KUALA BARU - Gudang pupuk di Pelabuhan Kuala Baru terbakar pada Senin pukul "
                "03.30 WITA. Api dipadamkan pukul 06.00 WITA.",
            ),
            ("02.10", "03.30"),
        ),
        (
            (
                "Freight train derails near Halden",
                "HALDEN - A freight train derailed near Halden at about 5:15 a.m. on Tuesday, "
                "the rail operator said. The line was closed until 2:00 p.m.",
            ),
            (
                "Halden derailment shuts line",
                "HALDEN - A freight train derailed near Halden at 6:40 a.m. on Tuesday. The "
                "line was closed until 2:00 p.m., the rail operator said.",
            ),
            ("5:15 a.m.", "6:40 a.m."),
        ),
    ],
)
def test_two_times_of_one_moment_conflict(first, second, words):
    found = _times(run(first, second))
    assert len(found) == 1 and mentions(found[0], *words)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (  # a start time and an end time of one match are two moments
            (
                "Final Bola Voli Putri Berlangsung Lima Set",
                "GEMPOL - Final bola voli putri di GOR Gempol dimulai pukul 15.00 WIB dan "
                "berakhir pukul 17.45 WIB.",
            ),
            (
                "Tim Voli Putri Gempol Juara",
                "GEMPOL - Final bola voli putri di GOR Gempol berakhir pukul 17.45 WIB setelah "
                "lima set.",
            ),
        ),
        (  # a live report's own stamps are no time of the event
            (
                "LIVE: Evakuasi Warga dari Tepi Sungai Cirasea",
                "Update pukul 08.30 WIB\n\nPetugas mulai mengevakuasi warga di tepi Sungai "
                "Cirasea sejak pukul 06.00 WIB.\n\nUpdate pukul 11.15 WIB\n\nSebanyak 200 warga "
                "sudah dievakuasi dari tepi Sungai Cirasea.",
            ),
            (
                "Ratusan Warga Tepi Sungai Cirasea Dievakuasi",
                "Petugas mengevakuasi warga di tepi Sungai Cirasea sejak pukul 06.00 WIB. Sekitar "
                "200 warga dievakuasi hingga pukul 10.00 WIB.",
            ),
        ),
        (  # one power cut starting and the power coming back: two verbs, two moments
            (
                "Listrik Padam di Tiga Kabupaten",
                "Listrik di tiga kabupaten padam pada Rabu. PLN menyebut listrik mulai pulih "
                "bertahap sejak pukul 18.20 WIB.",
            ),
            (
                "Pemadaman Listrik Tiga Kabupaten",
                "Listrik di tiga kabupaten padam sejak pukul 13.05 WIB pada Rabu dan baru pulih "
                "malam hari.",
            ),
        ),
        (  # "sekitar pukul 16.30" and "pukul 16.40" can both be right
            (
                "Jembatan Desa Ambruk",
                "Jembatan desa di Kecamatan Lereng ambruk pada Kamis sekitar pukul 16.30 WIB.",
            ),
            (
                "Jembatan di Lereng Ambruk",
                "Jembatan desa di Kecamatan Lereng ambruk pada Kamis pukul 16.40 WIB.",
            ),
        ),
    ],
)
def test_times_of_two_moments_or_close_approximate_times_do_not_conflict(first, second):
    assert not _times(run(first, second))


def test_times_in_two_zones_are_converted_before_they_are_compared():
    report = run(
        (
            "Pesawat Kargo Mendarat Darurat",
            "Pesawat kargo mendarat darurat di Bandara Sentani pada Jumat pukul 10.15 WIT.",
        ),
        (
            "Kargo Mendarat Darurat di Sentani",
            "Pesawat kargo mendarat darurat di Bandara Sentani pada Jumat pukul 08.15 WIB.",
        ),
    )
    assert not _times(report)


@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        (
            (
                "Pemerintah Kota Batasi Parkir di Pusat Kota",
                "Pemerintah Kota Sukamaju menyebut dua pertiga lahan parkir di pusat kota akan "
                "ditutup mulai bulan depan.",
            ),
            (
                "Separuh Lahan Parkir Pusat Kota Sukamaju Ditutup",
                "Pemerintah Kota Sukamaju menyebut separuh lahan parkir di pusat kota akan "
                "ditutup mulai bulan depan.",
            ),
            ("dua pertiga", "separuh"),
        ),
        (
            (
                "Drought cuts harvest in Eastvale",
                "EASTVALE - The drought cut the wheat harvest in Eastvale by a third this "
                "year, the farmers' union said.",
            ),
            (
                "Eastvale wheat harvest halved",
                "EASTVALE - The drought cut the wheat harvest in Eastvale by half this year, "
                "the farmers' union said.",
            ),
            ("a third", "half"),
        ),
    ],
)
def test_two_shares_of_one_whole_conflict(first, second, words):
    found = of_type(run(first, second), "conflict")
    assert any(mentions(f, *words) for f in found)


def test_shares_of_one_named_whole_conflict_across_languages():
    report = run(
        (
            "Airline keeps seats for students",
            "JAKARTA (Wire) - The airline will keep two thirds of its discount seats for "
            "students during the holiday, its director said on Monday.",
        ),
        (
            "Maskapai Sisihkan Kursi Diskon untuk Pelajar",
            "Maskapai itu akan menyisihkan sepertiga kursi diskon untuk pelajar selama libur, "
            "kata direkturnya, Senin.",
        ),
    )
    assert any(mentions(f, "two thirds", "sepertiga") for f in of_type(report, "conflict"))


def test_each_texts_only_rate_next_to_one_agreed_figure_conflicts_across_languages():
    report = run(
        (
            "Port traffic grows",
            "SURABAYA (Wire) - The port handled 4.2 million containers this year, up 9 percent "
            "from last year, the operator said.",
        ),
        (
            "Arus Peti Kemas Pelabuhan Naik",
            "Pelabuhan itu menangani 4,2 juta peti kemas tahun ini, naik 6 persen dibanding "
            "tahun lalu.",
        ),
    )
    assert any(mentions(f, "9 percent", "6 persen") for f in of_type(report, "conflict"))


def test_one_quote_credited_to_one_name_in_old_and_new_spelling_is_no_speaker_conflict():
    report = run(
        (
            "Pasar Desa Terbakar",
            'Pasar desa di Kecamatan Lereng terbakar pada Senin. "Api datang dari kios '
            'bagian belakang," kata Pak Djoemadi, pedagang setempat.',
        ),
        (
            "Kebakaran Pasar Desa Lereng",
            'Pasar desa di Kecamatan Lereng terbakar Senin. "Api datang dari kios bagian '
            'belakang," kata Pak Jumadi, pedagang.',
        ),
    )
    assert not of_type(report, "conflict", "quote:speaker")


@pytest.mark.parametrize(
    ("title", "text", "words"),
    [
        (
            "Longsor Timbun Jalan di Kabupaten Lereng Hijau",
            "Longsor menimbun jalan desa di Desa Sukasari, Kabupaten Bukit Raya, yang "
            "berbatasan dengan Kabupaten Lereng Hijau, pada Senin malam.",
            ("Lereng Hijau", "Bukit Raya"),
        ),
        (
            "Wildfire forces evacuations in Portugal",
            "A wildfire forced the evacuation of two villages in the Extremadura region of "
            "Spain, near the border with Portugal, on Sunday.",
            ("Portugal", "Spain"),
        ),
    ],
)
def test_a_headline_placing_the_event_in_the_bodys_neighbour_is_a_mismatch(title, text, words):
    other = (
        "Warga Dievakuasi" if "Longsor" in title else "Villages evacuated",
        text.split(",")[0] + ".",
    )
    found = of_type(run((title, text), other), "headline_mismatch")
    assert any(mentions(f, *words) for f in found)


def test_a_headline_place_that_another_source_places_the_event_in_is_no_neighbour_slip():
    report = run(
        (
            "Longsor Timbun Jalan di Kabupaten Lereng Hijau",
            "Longsor menimbun jalan desa di Desa Sukasari, Kabupaten Bukit Raya, yang "
            "berbatasan dengan Kabupaten Lereng Hijau, pada Senin malam.",
        ),
        (
            "Jalan Desa Tertimbun Longsor",
            "Longsor menimbun jalan desa di Kabupaten Lereng Hijau pada Senin malam.",
        ),
    )
    assert not of_type(report, "headline_mismatch")


@pytest.mark.parametrize(
    ("title", "text", "words"),
    [
        (
            "Satpol PP Segel Empat Penginapan Tanpa Izin di Kawasan Pantai",
            "Satuan Polisi Pamong Praja menyegel dua penginapan tanpa izin di kawasan pantai "
            "pada Rabu.",
            ("Empat Penginapan", "dua penginapan"),
        ),
        (
            "Customs Seize 7 Trawlers Off the Coast",
            "Customs officers seized five trawlers off the coast on Tuesday, the agency said.",
            ("7 Trawlers", "five trawlers"),
        ),
    ],
)
def test_a_title_case_headline_count_of_a_noun_the_body_counts_is_checked(title, text, words):
    found = of_type(run((title, text), ("Kabar lain", text)), "headline_mismatch")
    assert any(mentions(f, *words) for f in found)


def test_a_vague_title_case_headline_count_is_no_mismatch():
    text = "Polisi memeriksa tujuh penginapan tanpa izin di kawasan pantai pada Rabu."
    report = run(("Polisi Periksa Puluhan Penginapan di Pantai", text), ("Razia", text))
    assert not of_type(report, "headline_mismatch")


@pytest.mark.parametrize(
    ("stamp", "lang"),
    [
        ("Dec 3, 2026", "en"),
        ("Kamis, 3 Desember 2026 | 14:20 WIB", "id"),
    ],
)
def test_a_page_timestamp_line_gives_an_undated_text_its_day(stamp, lang):
    from kroscek.clean.core import clean
    from kroscek.data import RawArticle

    body = (
        f"{stamp}\n\nBANDAR - The ferry left the harbour on Wednesday with 80 passengers."
        if lang == "en"
        else f"{stamp}\n\nBANDAR - Kapal feri berangkat dari pelabuhan pada Rabu membawa 80 "
        "penumpang."
    )
    article = clean(RawArticle("mem:0", "Ferry leaves harbour", body))
    assert article.meta.get("dateline_date") == "2026-12-03"
    assert stamp not in article.text


def test_two_undated_wire_texts_with_a_dateline_and_a_stamp_date_their_weekdays():
    report = run(
        (
            "Rockfall closes mountain road",
            "VALDORA, Dec 4 (Wire) - A rockfall closed the mountain road above Valdora early on "
            "Thursday, the regional government said.",
        ),
        (
            "Mountain road above Valdora shut",
            "Dec 4, 2026\n\nVALDORA (Alpine News) - A rockfall closed the mountain road above "
            "Valdora early on Wednesday, officials said.",
        ),
    )
    assert any(mentions(f, "Thursday", "Wednesday") for f in of_type(report, "conflict", "when"))


@pytest.mark.parametrize(
    "text",
    [
        "The largest piece found so far weighs 90 kg.",
        "Traces of the chemical detected near the school were small, the report said.",
        "Three shells found in the field were removed on Monday.",
    ],
)
def test_a_thing_found_is_no_attribution_to_it(text):
    from kroscek.extract.attribution import extract_attributions
    from kroscek.extract.entities import recognise
    from kroscek.extract.quotes import extract_quotes

    ents = recognise(text, "en")
    quotes = extract_quotes(text, "en", entities=ents)
    found = extract_attributions(text, "en", entities=ents, quotes=quotes)
    assert not [f for f in found if f.attrs.get("cue") in ("found", "detected")]


def test_a_statement_paired_with_two_sentences_of_one_text_is_reported_once():
    report = run(
        (
            "Plant leak contained",
            "The operator claimed the leaked water carried no radiation, but the regulator said "
            "more samples would be taken.",
        ),
        (
            "Leak at plant contained",
            "The leaked water carried no radiation. More samples will be taken, the regulator "
            "said.",
        ),
    )
    assert len(of_type(report, "attribution")) == 1


def test_a_count_its_own_text_revises_is_no_unique():
    report = run(
        (
            "Kapal Asing Masuk Perairan Riau",
            "Petugas mencatat dua kapal asing di perairan Riau pada pagi hari. Siang harinya "
            "jumlah kapal asing bertambah menjadi lima kapal.",
        ),
        (
            "Lima Kapal Asing di Perairan Riau",
            "Lima kapal asing terlihat di perairan Riau pada Senin, kata petugas.",
        ),
    )
    assert not [f for f in of_type(report, "unique") if mentions(f, "dua kapal")]


def test_one_figure_two_texts_give_apart_is_one_unique_of_both():
    shared = "Pemerintah Kota Sukamaju meresmikan pasar baru di pusat kota pada Senin."
    report = run(
        ("Pasar Baru Diresmikan", shared + " Pembangunannya berlangsung selama tujuh bulan."),
        ("Pasar Baru Sukamaju Dibuka", shared + " Pekerja menyelesaikannya dalam tujuh bulan."),
        ("Sukamaju Punya Pasar Baru", shared),
    )
    found = [f for f in of_type(report, "unique") if mentions(f, "tujuh bulan")]
    assert len(found) == 1 and len({e.article for e in found[0].evidence}) == 2


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            (
                "Flood forces thousands from homes",
                "VARNA - Floods along the river forced the evacuation of more than 2,000 on "
                "Monday, officials said.",
            ),
            (
                "River floods in Varna",
                "VARNA - Floods along the river forced 2,300 residents from their homes on Monday.",
            ),
        ),
    ],
)
def test_a_large_figure_with_no_noun_fits_the_other_leads_counted_one(first, second):
    report = run(first, second)
    assert not of_type(report, "unique")
    assert any(mentions(f, "2,000", "2,300") for f in of_type(report, "agreement"))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"Kapal itu sudah kami usir," kata juru bicara Basarnas, Kolonel Andi Wirawan.',
            "Andi Wirawan",
        ),
        (
            '"Kami masih memeriksa saksi," kata Kepala Bidang Humas Polda Jateng, Kombes Pol '
            "Sri Lestari.",
            "Sri Lestari",
        ),
        ('"Kami siap," kata Budi Santoso, ketua panitia.', "Budi Santoso"),
    ],
)
def test_the_person_after_a_roles_comma_speaks(text, speaker):
    from kroscek.extract.entities import recognise
    from kroscek.extract.quotes import extract_quotes

    quotes = extract_quotes(text, "id", entities=recognise(text, "id"))
    assert quotes and quotes[0].attrs.get("speaker") == speaker


def test_a_headline_country_is_set_against_the_body_country_spelt_closest():
    report = run(
        (
            "Kalahkan Pegulat Slovenia, Dimas Arya Raih Emas",
            "Dimas Arya menjadi pegulat Indonesia pertama yang meraih emas. Pada final di "
            "Bangkok, Minggu, ia mengalahkan lawan asal Slovakia.",
        ),
        (
            "Dimas Arya Raih Emas Gulat",
            "Pegulat Indonesia Dimas Arya meraih emas setelah mengalahkan pegulat Slovakia "
            "pada final di Bangkok.",
        ),
    )
    found = of_type(report, "headline_mismatch")
    assert found and mentions(found[0], "Slovenia", "Slovakia")


def test_the_rest_of_a_group_split_after_a_partitive_is_no_unique():
    report = run(
        (
            "Tiga Truk Terguling di Tanjakan",
            "Tiga truk terguling di tanjakan Cikole pada Senin. Dua di antaranya truk pasir, "
            "satu lagi truk sayur.",
        ),
        (
            "Tiga Truk Terguling di Cikole",
            "Tiga truk terguling di tanjakan Cikole pada Senin, kata polisi.",
        ),
    )
    assert not [f for f in of_type(report, "unique") if mentions(f, "satu")]


def test_a_generic_count_its_subject_names_counts_that_noun():
    report = run(
        (
            "Polisi Tetapkan Empat Tersangka Pembalakan Liar",
            "Polres Lembah Hijau menetapkan empat tersangka kasus pembalakan liar di hutan "
            "lindung Gunung Sari, Senin.",
        ),
        (
            "Tersangka Pembalakan Liar Gunung Sari Jadi Enam",
            "Jumlah tersangka kasus pembalakan liar di hutan lindung Gunung Sari bertambah "
            "menjadi enam orang, Senin, kata Polres Lembah Hijau.",
        ),
    )
    found = of_type(report, "conflict")
    assert any(mentions(f, "empat tersangka", "enam orang") for f in found)


def test_a_count_of_others_besides_someone_named_is_no_total_in_dispute():
    report = run(
        (
            "Kejari Tahan Mantan Kades",
            "Kejaksaan Negeri Lembah Hijau menahan mantan kepala desa Sukasari, Darto, "
            "bersama dua tersangka lain kasus dana desa, Selasa.",
        ),
        (
            "Tiga Tersangka Dana Desa Ditahan",
            "Kejaksaan Negeri Lembah Hijau menahan tiga tersangka kasus dana desa Sukasari, "
            "Selasa.",
        ),
    )
    assert not [f for f in of_type(report, "conflict") if mentions(f, "dua tersangka")]


def test_a_bracketed_short_name_inside_a_source_keeps_the_source_whole():
    from kroscek.extract.attribution import extract_attributions
    from kroscek.extract.entities import recognise
    from kroscek.extract.quotes import extract_quotes

    text = (
        "Dinas Lingkungan Hidup (DLH) Kota Sukamaju mengklaim sungai itu sudah bersih dari limbah."
    )
    ents = recognise(text, "id")
    found = extract_attributions(text, "id", entities=ents, quotes=extract_quotes(text, "id"))
    assert any(f.text.startswith("Dinas Lingkungan Hidup (DLH) Kota") for f in found)


def test_a_bodys_own_act_credited_to_it_in_a_wire_and_stated_in_its_rewrite_is_one_stance():
    report = run(
        (
            "Indonesia raises export levy on palm oil",
            "JAKARTA (Wire) - Indonesia will raise the export levy on crude palm oil to 250 "
            "dollars a tonne from March, the trade ministry said on Monday.",
        ),
        (
            "Pungutan Ekspor Sawit Naik",
            "Kementerian Perdagangan menaikkan pungutan ekspor minyak sawit mentah menjadi 250 "
            "dolar per ton mulai Maret, Senin.",
        ),
    )
    assert not of_type(report, "attribution")


@pytest.mark.parametrize(
    ("text", "term", "person"),
    [
        (
            "Bank sentral menaikkan bunga Standing Facility menjadi 6 persen, kata Gubernur Andi "
            "Kurniawan.",
            "Standing Facility",
            "Andi Kurniawan",
        ),
        (
            "Pemerintah daerah mengkaji skema Public Private Partnership untuk jalan tol itu, "
            "ujar Sekda Rina Marlina.",
            "Public Private Partnership",
            "Rina Marlina",
        ),
        (
            "Kantor itu kembali menerapkan Work From Home selama sepekan, kata Direktur Yosef "
            "Nasution.",
            "Work From Home",
            "Yosef Nasution",
        ),
    ],
)
def test_an_english_term_in_indonesian_text_is_no_person(text, term, person):
    from kroscek.extract.entities import recognise

    people = [f.text for f in recognise(text, "id") if f.label == "PER"]
    assert term not in people
    assert person in people


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("Rapat berlangsung selama dua jam 15 menit.", []),
        ("Posko itu buka 24 jam 7 hari dalam sepekan.", []),
        (
            "Acara dimulai jam 9 pagi dan selesai pukul 13.30 WIB.",
            ["jam 9 pagi", "pukul 13.30 WIB"],
        ),
    ],
)
def test_hours_counted_are_no_clock_times(text, times):
    from kroscek.compare.findings.clock import _matches

    assert [m.group() for m in _matches(text, "id")] == times
