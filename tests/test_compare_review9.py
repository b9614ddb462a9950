"""Rules added after blind review 9 (a power blackout, a pension-fund fraud, a drug-price
ceiling, an admission scandal, a pest outbreak, a doctors' strike, a data-centre fire, an
embassy attack, a toll increase told in English and Indonesian, a control of two events in
one city on one day), pinned with sentences written for these tests."""

from __future__ import annotations

import pytest

from compare_helpers import of_type, run
from kroscek.extract.entities import recognise


@pytest.mark.parametrize(
    ("text", "person", "role_words"),
    [
        (
            '"Stok beras aman sampai Maret," kata Kepala Bagian Umum Perum Bulog Jatim, '
            "Rahmat Hidayat, Kamis.",
            "Rahmat Hidayat",
            "Bagian Umum",
        ),
        (
            '"Jalur ini ditutup sementara," ujar Kepala Seksi Operasional Dishub Bekasi, '
            "Lia Marlina.",
            "Lia Marlina",
            "Seksi Operasional",
        ),
        (
            '"We will review every contract," said Senior Vice President Corporate Affairs '
            "Nusantara Air, Diana Putri.",
            "Diana Putri",
            "Corporate Affairs",
        ),
    ],
)
def test_the_unit_after_a_role_is_part_of_the_role_of_the_name_after_the_comma(
    text: str, person: str, role_words: str
) -> None:
    lang = "en" if " said " in text else "id"
    people = [e for e in recognise(text, lang) if e.label == "PER"]
    assert [e.text for e in people] == [person]
    assert role_words in str(people[0].attrs.get("role"))


def test_a_given_name_after_a_role_stays_a_person_before_a_comma() -> None:
    people = [
        e.text
        for e in recognise("Menteri Budi Santoso, Andi Wijaya dan Rina hadir di sana.", "id")
        if e.label == "PER"
    ]
    assert "Budi Santoso" in people and "Andi Wijaya" in people


def test_a_quote_credited_to_a_role_and_a_name_names_the_person_in_the_conflict() -> None:
    quote = '"Pasokan air bersih akan normal dalam dua hari ke depan,"'
    report = run(
        (
            "Pipa induk PDAM bocor",
            f"Pipa induk PDAM Kota Serang bocor pada Rabu. {quote} kata Kepala Bagian Teknik "
            "PDAM Serang, Yusuf Maulana.",
        ),
        (
            "Air PDAM mati di Serang",
            f"Ribuan pelanggan PDAM Kota Serang tidak mendapat air sejak Rabu. {quote} ujar "
            "Direktur PDAM, Siti Aminah.",
        ),
    )
    speakers = [f for f in of_type(report, "conflict") if f.slot == "quote:speaker"]
    assert len(speakers) == 1
    assert "Yusuf Maulana" in speakers[0].message and "Siti Aminah" in speakers[0].message
    assert "Bagian Teknik" not in speakers[0].message


@pytest.mark.parametrize(
    ("en", "idn", "words"),
    [
        (
            (
                "Jakarta lifts minimum wage",
                "Jakarta will raise its minimum wage by 6.4 percent next year, the governor "
                "said on Friday, after weeks of talks with unions and employers.",
            ),
            (
                "UMP Jakarta naik tahun depan",
                "Pemprov DKI Jakarta menaikkan upah minimum provinsi sebesar 4,6 persen untuk "
                "tahun depan. Serikat buruh menilai kenaikan itu terlalu kecil.",
            ),
            ("6.4 percent", "4,6 persen"),
        ),
        (
            (
                "Rice price cap raised",
                "The government raised the ceiling price of premium rice on Tuesday. A "
                "five-kilogram bag will now sell for 74,000 rupiah in Java.",
            ),
            (
                "HET beras premium naik",
                "Pemerintah menaikkan harga eceran tertinggi beras premium pada Selasa. "
                "Kemasan lima kilogram kini dijual seharga Rp 47.000 di Jawa.",
            ),
            ("74,000 rupiah", "Rp 47.000"),
        ),
    ],
)
def test_a_translation_that_swapped_a_figures_digits_is_a_conflict(
    en: tuple[str, str], idn: tuple[str, str], words: tuple[str, str]
) -> None:
    report = run(en, idn)
    assert any(
        all(any(w in e.text for e in f.evidence) for w in words)
        for f in of_type(report, "conflict")
    )
    uniques = " | ".join(e.text for f in of_type(report, "unique") for e in f.evidence)
    assert words[0] not in uniques and words[1] not in uniques


def test_a_loss_and_a_fare_with_the_same_digits_are_no_slip_across_languages() -> None:
    report = run(
        (
            "Ferry fares set",
            "Each crossing will cost 2.1 million rupiah for a truck, the ministry said.",
        ),
        (
            "Kapal terbakar, kerugian Rp 12 miliar",
            "Pemilik kapal menaksir kerugian mencapai Rp 12 miliar setelah kebakaran di dermaga.",
        ),
    )
    assert not of_type(report, "conflict")


def test_one_small_share_next_to_the_same_borrowed_word_agrees_across_languages() -> None:
    report = run(
        (
            "Port fees rise",
            "Port fees will rise next month. Shippers said the rise would add 4 percent "
            "to logistics costs, while a 2.5 percent levy stays unchanged.",
        ),
        (
            "Tarif pelabuhan naik",
            "Tarif pelabuhan naik bulan depan. Kenaikan itu menambah biaya logistik sebesar "
            "4 persen, sementara pungutan 2,5 persen tidak berubah.",
        ),
    )
    agreed = [f for f in of_type(report, "agreement") if any("4 p" in e.text for e in f.evidence)]
    assert agreed
    uniques = " | ".join(e.text for f in of_type(report, "unique") for e in f.evidence)
    assert "4 percent" not in uniques and "4 persen" not in uniques


def test_two_caps_of_one_payment_with_swapped_digits_conflict() -> None:
    report = run(
        (
            "Pungli rekrutmen perangkat desa",
            "Calon perangkat desa di Kecamatan Ciawi diminta membayar hingga Rp 480 juta "
            "agar lolos seleksi, kata penyidik.",
        ),
        (
            "Seleksi perangkat desa diwarnai pungli",
            "Penyidik menyebut peserta seleksi perangkat desa di Ciawi diminta menyetor "
            "hingga Rp 840 juta agar dinyatakan lulus.",
        ),
    )
    assert any(
        any("480" in e.text for e in f.evidence) and any("840" in e.text for e in f.evidence)
        for f in of_type(report, "conflict")
    )
    assert not of_type(report, "agreement")


def test_two_different_caps_without_a_digit_slip_stay_compatible() -> None:
    report = run(
        (
            "Denda parkir liar dinaikkan",
            "Pemkot Depok menaikkan denda parkir liar hingga Rp 500.000 mulai bulan depan.",
        ),
        (
            "Parkir liar didenda",
            "Pengendara yang parkir liar di Depok bisa didenda hingga Rp 750.000 mulai bulan "
            "depan.",
        ),
    )
    assert not of_type(report, "conflict")


@pytest.mark.parametrize(
    ("said", "subject"),
    [
        (
            "Kementerian Kesehatan Malaysia menyatakan vaksin tambahan akan tiba di Sabah "
            "paling lambat akhir bulan ini.",
            "Kemenkes Malaysia berjanji vaksin tambahan akan tiba di Sabah paling lambat "
            "akhir bulan ini.",
        ),
        (
            "Pemerintah Kabupaten Bogor menyatakan jembatan darurat akan dibangun dalam dua "
            "minggu ke depan.",
            "Pemkab Bogor memastikan jembatan darurat akan dibangun dalam dua minggu ke depan.",
        ),
    ],
)
def test_a_statement_whose_subject_is_the_short_form_of_the_source_is_no_attribution_gap(
    said: str, subject: str
) -> None:
    report = run(
        ("Bantuan dijanjikan", f"Warga menunggu bantuan sejak pekan lalu. {said}"),
        ("Janji pemerintah", f"Warga menunggu bantuan sejak pekan lalu. {subject}"),
    )
    assert not of_type(report, "attribution")


def test_a_statement_attributed_in_one_text_and_plain_in_another_is_still_reported() -> None:
    report = run(
        (
            "Jalan longsor ditutup",
            "Jalan provinsi di Cianjur tertutup longsor. Pemerintah Kabupaten Cianjur "
            "menyatakan jalur alternatif lewat Sukanagara aman dilalui kendaraan kecil.",
        ),
        (
            "Longsor tutup jalan Cianjur",
            "Jalan provinsi di Cianjur tertutup longsor. Jalur alternatif lewat Sukanagara "
            "aman dilalui kendaraan kecil.",
        ),
    )
    assert of_type(report, "attribution")


def test_a_headline_count_of_a_noun_the_body_counts_by_kind_is_compared() -> None:
    report = run(
        (
            "BPOM Tarik 35 Obat Sirup dari Peredaran",
            "Badan Pengawas Obat dan Makanan menarik 53 jenis obat sirup yang tercemar dari "
            "apotek di seluruh Indonesia, Rabu.",
        ),
        (
            "Puluhan obat sirup ditarik",
            "BPOM menarik 53 jenis obat sirup dari peredaran pada Rabu karena tercemar.",
        ),
    )
    assert any(
        any("35 Obat" in e.text for e in f.evidence) for f in of_type(report, "headline_mismatch")
    )


@pytest.mark.parametrize(
    ("text", "count", "noun"),
    [
        (
            "Polisi menahan lima tersangka kasus pencurian kabel di Bekasi.",
            "lima tersangka",
            "tersangka",
        ),
        ("Hakim memeriksa tiga saksi kasus itu.", "tiga saksi", "saksi"),
        ("Jaksa memanggil dua pengurus kasus koperasi itu.", "dua pengurus", "pengurus"),
    ],
)
def test_a_count_of_suspects_witnesses_or_officers_counts_them_not_the_next_noun(
    text: str, count: str, noun: str
) -> None:
    from kroscek.extract.numbers import extract_numbers

    facts = extract_numbers(text, "id")
    assert [(f.text, f.label) for f in facts] == [(count, noun)]


@pytest.mark.parametrize(
    ("old", "new"),
    [("Soekarni", "Sukarni"), ("Djumadi", "Jumadi"), ("Tjiptono", "Ciptono")],
)
def test_a_one_word_name_in_the_old_spelling_is_a_variant(old: str, new: str) -> None:
    report = run(
        (
            "Sumur warga kering",
            f"Kepala Desa Karanganyar, {old}, mengatakan sumur warga mengering sejak Agustus.",
        ),
        (
            "Warga Karanganyar kesulitan air",
            f"Sumur warga mengering sejak Agustus, kata Kepala Desa Karanganyar {new}.",
        ),
    )
    assert any({e.text for e in f.evidence} >= {old, new} for f in of_type(report, "variant"))


def test_two_one_word_names_a_letter_apart_are_two_people() -> None:
    report = run(
        (
            "Lomba desa",
            "Tim Sleman menjuarai lomba desa tingkat provinsi. Pelatihnya, Kurniawan, "
            "memuji kekompakan warga.",
        ),
        (
            "Lomba desa usai",
            "Bantul menjadi runner-up lomba desa. Ketua tim Bantul, Kurniawati, berharap "
            "tahun depan bisa juara.",
        ),
    )
    assert not of_type(report, "variant")


@pytest.mark.parametrize(
    ("text", "lang", "shares"),
    [
        ("Kini dua pertiga nasabah koperasi belum menerima bunga.", "id", [("dua pertiga", 0.667)]),
        ("Sepertiga lahan jagung gagal panen.", "id", [("Sepertiga", 0.333)]),
        (
            "Two-thirds of the stalls were shut and a quarter of the traders left.",
            "en",
            [("Two-thirds", 0.667), ("a quarter", 0.25)],
        ),
    ],
)
def test_a_fraction_is_a_share_not_a_count(
    text: str, lang: str, shares: list[tuple[str, float]]
) -> None:
    from kroscek.extract.numbers import extract_numbers

    facts = extract_numbers(text, lang)
    assert [(f.text, f.value) for f in facts] == shares
    assert all(f.attrs.get("unit") == "fraction" for f in facts)


def test_two_fractions_of_one_group_in_like_words_conflict() -> None:
    report = run(
        (
            "Koperasi simpan pinjam macet",
            "Koperasi Sejahtera di Klaten gagal membayar simpanan anggota. Kini dua pertiga "
            "anggota belum menerima bunga simpanan sejak Maret.",
        ),
        (
            "Anggota koperasi menuntut",
            "Ratusan anggota Koperasi Sejahtera berunjuk rasa di Klaten. Sepertiga anggota "
            "belum menerima bunga simpanan sejak Maret.",
        ),
    )
    assert any(
        {e.text for e in f.evidence} >= {"dua pertiga", "Sepertiga"}
        for f in of_type(report, "conflict")
    )


def test_a_headline_town_no_source_names_over_the_body_town_of_the_same_thing_mismatches() -> None:
    report = run(
        (
            "Pasien Telantar, Perawat RSUD di Kupang Mogok",
            "Ratusan perawat RSUD Atambua mogok kerja sejak Senin. Mereka menuntut tunjangan "
            "yang belum dibayar selama lima bulan.",
        ),
        (
            "Perawat mogok di Atambua",
            "Perawat di RSUD Atambua mogok kerja sejak Senin karena tunjangan tertunggak.",
        ),
    )
    found = of_type(report, "headline_mismatch")
    assert any(
        any(e.text == "Kupang" for e in f.evidence) and any("Atambua" in e.text for e in f.evidence)
        for f in found
    )


def test_a_headline_town_the_body_also_names_is_no_mismatch() -> None:
    report = run(
        (
            "Perawat RSUD di Kupang Mogok",
            "Perawat RSUD Kupang mogok kerja sejak Senin. Sebagian pasien dirujuk ke RSUD Atambua.",
        ),
        ("Perawat mogok", "Perawat RSUD Kupang mogok kerja sejak Senin."),
    )
    assert not of_type(report, "headline_mismatch")


def test_two_leads_telling_one_act_in_other_words_with_different_days_conflict() -> None:
    report = run(
        (
            "KPK tahan bupati",
            "Komisi Pemberantasan Korupsi menahan Bupati Lembata bersama dua pejabat dinas "
            "pekerjaan umum, Kamis (12/11/2026). Ketiganya ditahan selama 20 hari.",
        ),
        (
            "Bupati Lembata ditahan",
            "Komisi Pemberantasan Korupsi menahan Bupati Lembata seusai diperiksa sebagai "
            "tersangka selama sembilan jam, Rabu (11/11/2026). Ia mengenakan rompi oranye.",
        ),
    )
    found = [f for f in of_type(report, "conflict") if f.slot == "when"]
    assert found and any("12/11" in e.text for e in found[0].evidence)


def test_a_follow_up_lead_with_another_verb_keeps_its_own_day() -> None:
    report = run(
        (
            "KPK tahan bupati",
            "Komisi Pemberantasan Korupsi menahan Bupati Lembata dalam kasus suap proyek "
            "jalan, Kamis (12/11/2026).",
        ),
        (
            "Tersangka suap jalan Lembata bertambah",
            "Jumlah tersangka kasus suap proyek jalan Bupati Lembata bertambah menjadi tiga "
            "orang, Senin (16/11/2026).",
        ),
    )
    assert not [f for f in of_type(report, "conflict") if f.slot == "when"]


def test_a_client_named_after_a_role_stays_a_person_before_the_lawyers_name() -> None:
    text = (
        "Jaksa menahan Wali Kota Tanjung Raya Hendrawan Putra. Kuasa hukum Hendrawan, "
        "Lukas Manurung, menyebut kliennya akan kooperatif."
    )
    people = {e.text for e in recognise(text, "id") if e.label == "PER"}
    assert {"Hendrawan", "Lukas Manurung"} <= people


def test_a_regional_office_before_a_place_the_text_names_is_the_region() -> None:
    text = (
        "Pemerintah Kabupaten Wonogiri menetapkan status siaga kekeringan. Bupati Wonogiri "
        "meminta warga menghemat air."
    )
    found = {(e.label, e.text) for e in recognise(text, "id")}
    assert ("PER", "Wonogiri") not in found
    assert ("LOC", "Wonogiri") in found


def test_one_quote_translated_and_credited_to_two_people_is_a_speaker_conflict() -> None:
    report = run(
        (
            "Indonesia tightens palm oil export rules",
            'Indonesia will tighten export permits for crude palm oil from January. "The '
            'policy protects domestic consumers and gives exporters a clear schedule," '
            "trade minister Budi Harsono said.",
        ),
        (
            "Izin ekspor CPO diperketat",
            "Pemerintah memperketat izin ekspor minyak sawit mentah mulai Januari. "
            '"Kebijakan ini melindungi konsumen domestik dan memberi eksportir jadwal yang '
            'jelas," kata Dirjen Perdagangan Luar Negeri, Sari Wulandari.',
        ),
    )
    speakers = [f for f in of_type(report, "conflict") if f.slot == "quote:speaker"]
    assert speakers and "Budi Harsono" in speakers[0].message
    assert not [f for f in of_type(report, "unique") if "Kebijakan" in f.message]


def test_two_different_quotes_in_two_languages_stay_apart() -> None:
    report = run(
        (
            "Ferry services resume",
            'Ferries resumed on Monday. "Passengers should check the schedule before '
            'travelling to the port," operator spokesman Agus Salim said.',
        ),
        (
            "Feri kembali berlayar",
            'Kapal feri kembali berlayar Senin. "Kami menambah dua kapal untuk mengurai '
            'antrean kendaraan," kata manajer operasional, Rina Hapsari.',
        ),
    )
    assert not [f for f in of_type(report, "conflict") if f.slot == "quote:speaker"]


def test_two_headline_counts_of_two_kinds_of_nouns_are_not_compatible() -> None:
    report = run(
        (
            "Tujuh Warga Tewas Tertimbun Longsor di Cianjur",
            "Sedikitnya tujuh warga tewas tertimbun longsor di Kecamatan Cibeber, Cianjur.",
        ),
        (
            "Polisi Tetapkan Sembilan Tersangka Penambangan Liar",
            "Polisi menetapkan sembilan tersangka penambangan liar di lereng bukit Cibeber.",
        ),
    )
    assert not of_type(report, "agreement")


def test_a_count_after_menahan_is_a_count_of_the_detained_and_agrees_with_ditahan() -> None:
    from kroscek.extract.numbers import extract_numbers

    facts = extract_numbers("Polisi menahan enam tersangka pembalakan liar di Ketapang.", "id")
    assert [(f.text, f.attrs.get("event")) for f in facts] == [("enam tersangka", "arrested")]


def test_a_sentence_hedged_with_no_source_is_shown_as_hedged_not_as_fact() -> None:
    report = run(
        (
            "Jembatan ambruk",
            "Jembatan gantung di Desa Sukaraja ambruk pada Selasa. Kepala Dinas PU Garut "
            "menyebut kerusakan terjadi karena tali baja penyangga sudah berkarat.",
        ),
        (
            "Jembatan gantung putus",
            "Jembatan gantung di Desa Sukaraja ambruk pada Selasa. Kerusakan disebut terjadi "
            "karena tali baja penyangga sudah berkarat.",
        ),
    )
    found = of_type(report, "attribution")
    assert found and "disebut" in found[0].message
    assert "ditulis sebagai fakta" not in found[0].message


def test_the_one_count_of_a_noun_each_text_has_left_is_compatible_when_one_approximates() -> None:
    report = run(
        (
            "Gudang roboh di Cikarang",
            "Atap gudang di Cikarang roboh pada Senin. Sebanyak 9 buruh terluka. Saat "
            "kejadian, sekitar 60 buruh sedang bekerja di dalam gudang.",
        ),
        (
            "Atap gudang ambruk",
            "Atap sebuah gudang di Cikarang ambruk, Senin. Tujuh buruh luka-luka dan dibawa "
            "ke rumah sakit. Pengelola menyebut 64 buruh masuk kerja pagi itu.",
        ),
    )
    compatible = [
        f
        for f in of_type(report, "agreement")
        if any("60" in e.text for e in f.evidence) and any("64" in e.text for e in f.evidence)
    ]
    assert compatible
    uniques = " | ".join(e.text for f in of_type(report, "unique") for e in f.evidence)
    assert "60 buruh" not in uniques and "64 buruh" not in uniques


def test_two_leftover_generic_counts_are_not_paired() -> None:
    report = run(
        ("Banjir di Bekasi", "Banjir merendam Bekasi. Sekitar 60 orang mengungsi ke masjid."),
        ("Jalan tol macet", "Tol Cikampek macet panjang. Sebanyak 64 orang terjebak di rest area."),
    )
    assert not of_type(report, "agreement")


@pytest.mark.parametrize(
    ("text", "lang", "reading"),
    [
        ("Sea temperatures were 1.8C above the long-term average.", "en", ("1.8C", 1.8)),
        ("Suhu udara di Medan mencapai 36,5°C pada Rabu siang.", "id", ("36,5°C", 36.5)),
    ],
)
def test_a_temperature_glued_to_its_letter_is_read_in_degrees(
    text: str, lang: str, reading: tuple[str, float]
) -> None:
    from kroscek.extract.numbers import extract_numbers

    facts = extract_numbers(text, lang)
    assert [(f.text, f.value, f.attrs.get("unit")) for f in facts] == [(*reading, "degree")]


def test_a_class_name_with_a_letter_is_no_temperature() -> None:
    from kroscek.extract.numbers import extract_numbers

    assert extract_numbers("Students of class 3C won the quiz on Friday.", "en") == []


def test_a_quarter_of_an_hour_is_no_share() -> None:
    from kroscek.extract.numbers import extract_numbers

    facts = extract_numbers("The ferry left a quarter of an hour late.", "en")
    assert all(f.attrs.get("unit") != "fraction" for f in facts)


def test_a_period_before_the_day_does_not_hide_the_lead_day() -> None:
    from datetime import datetime

    from kroscek.compare import compare
    from kroscek.data import RawArticle

    report = compare(
        [
            RawArticle(
                "mem:a",
                "Status darurat banjir Kudus",
                "Banjir merendam lima desa di Kudus. Bupati Kudus menetapkan status darurat "
                "banjir setelah tanggul Sungai Wulan jebol pada Senin (9/3/2026).",
                source="Outlet A",
                published=datetime(2026, 3, 11, 9, 0),
            ),
            RawArticle(
                "mem:b",
                "Kudus darurat banjir",
                "Sepanjang tahun ini banjir sudah tiga kali melanda Kudus. Status darurat "
                "banjir ditetapkan Bupati Kudus, yang meninjau pengungsian di Desa Jati pada "
                "Selasa (10/3/2026).",
                source="Outlet B",
                published=datetime(2026, 3, 11, 10, 0),
            ),
        ]
    )
    found = [f for f in of_type(report, "conflict") if f.slot == "when"]
    assert found and any("9/3/2026" in e.text for e in found[0].evidence)


def test_all_four_suspects_written_as_keempat_states_the_other_texts_four() -> None:
    report = run(
        (
            "Polisi tangkap pembobol ATM",
            "Polisi menangkap empat tersangka pembobol mesin ATM di Sleman, Rabu. Mereka "
            "beraksi sejak Juli.",
        ),
        (
            "Komplotan pembobol ATM dibekuk",
            "Komplotan pembobol mesin ATM di Sleman dibekuk polisi, Rabu. Keempat orang "
            "tersangka beraksi sejak Juli.",
        ),
    )
    assert not [f for f in of_type(report, "unique") if "empat" in f.message]


def test_a_headline_crediting_one_person_with_an_act_the_body_gives_another_mismatches() -> None:
    report = run(
        (
            "Rudi Hartanto Resmikan Pasar Rakyat Cepu",
            "Pasar Rakyat Cepu diresmikan Bupati Blora pada Kamis setelah direnovasi selama "
            "delapan bulan. Kepala Dinas Perdagangan Blora, Rudi Hartanto, mengatakan pasar "
            "itu menampung 400 pedagang.",
        ),
        (
            "Pasar Cepu dibuka",
            "Bupati Blora meresmikan Pasar Rakyat Cepu pada Kamis. Pasar itu menampung 400 "
            "pedagang.",
        ),
    )
    found = [f for f in of_type(report, "headline_mismatch") if f.slot == "entity:PER"]
    assert found and "Rudi Hartanto" in found[0].message and "Bupati Blora" in found[0].message


def test_a_headline_crediting_the_person_the_body_credits_is_no_mismatch() -> None:
    report = run(
        (
            "Arief Santoso Resmikan Pasar Rakyat Cepu",
            "Bupati Blora Arief Santoso meresmikan Pasar Rakyat Cepu pada Kamis. Pasar itu "
            "menampung 400 pedagang.",
        ),
        ("Pasar Cepu dibuka", "Bupati Blora meresmikan Pasar Rakyat Cepu pada Kamis."),
    )
    assert not [f for f in of_type(report, "headline_mismatch") if f.slot == "entity:PER"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Air Waduk Gajah Mungkur surut hingga dua meter.", "Waduk Gajah Mungkur"),
        ("Debit Bendungan Jatiluhur naik sejak Senin.", "Bendungan Jatiluhur"),
    ],
)
def test_a_word_opening_a_sentence_before_a_place_head_is_no_part_of_the_place(
    text: str, place: str
) -> None:
    found = {(e.label, e.text) for e in recognise(text, "id")}
    assert ("LOC", place) in found
    assert not [t for label, t in found if label == "PER"]
