"""Rules added after blind review 13 (new domains: a trade balance in three texts, a league
match, a quick count, an outbreak, a court verdict in two wire texts, a quake told in English and
Indonesian; controls of two matches of one league on one day and of two verdicts of one court
in one week), pinned with sentences written for these tests."""

from __future__ import annotations

import pytest

from compare_helpers import compared_nothing, mentions, of_type, run
from kroscek.data import Article
from kroscek.extract import extract_facts


def _numbers(text: str, lang: str = "en") -> list[tuple[str, float]]:
    article = extract_facts(Article(id="x", source="s", title="Judul", text=text, lang=lang))
    return [(f.text, float(f.value)) for f in article.facts if f.kind == "number"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            (
                "Mantan Bendahara Dinas Divonis 6 Tahun Penjara",
                "Majelis hakim Pengadilan Tipikor Kota Lembah menjatuhkan vonis 6 tahun penjara "
                "kepada mantan bendahara dinas pendidikan, Yulius Manggala, Selasa (10/3/2026). "
                "Terdakwa juga didenda Rp400 juta subsider 5 bulan kurungan. Jaksa menuntut 8 "
                "tahun penjara. Vonis dibacakan Ketua Majelis Hakim Stefanus Loe.",
            ),
            (
                "Kontraktor Jalan Divonis 3 Tahun",
                "Pengadilan Tipikor Kota Lembah menghukum kontraktor proyek jalan, Markus Dethan, "
                "3 tahun penjara, Jumat (13/3/2026). Ia juga didenda Rp150 juta subsider 2 bulan "
                "kurungan. Jaksa menuntut 4 tahun penjara. Putusan dibacakan hakim Ratna Sari "
                "Dewi.",
            ),
        ),
        (
            (
                "Rivermouth man jailed for 8 years over pension scam",
                "A court in Rivermouth on Monday, March 9, 2026 jailed Peter Osei for 8 years for "
                "running a pension scam and fined him 2 million dollars, judge Helen Marsh said. "
                "Prosecutors had sought 10 years. His lawyer Daniel Frimpong said he would appeal.",
            ),
            (
                "Rivermouth court jails ex-mayor for 4 years",
                "A court in Rivermouth on Thursday, March 12, 2026 jailed former mayor Samuel "
                "Boateng for 4 years for taking bribes and fined him 500,000 dollars, judge Kofi "
                "Mensah said. Prosecutors had sought 6 years. Spokeswoman Ama Lartey said the "
                "ruling would be studied.",
            ),
        ),
    ],
)
def test_two_acts_of_one_court_on_two_days_with_two_casts_are_two_events(first, second):
    report = run(first, second)
    assert compared_nothing(report)


def test_one_verdict_dated_a_day_apart_by_two_texts_sharing_its_people_still_conflicts():
    report = run(
        (
            "Mantan Bendahara Dinas Divonis 6 Tahun Penjara",
            "Majelis hakim Pengadilan Tipikor Kota Lembah menjatuhkan vonis 6 tahun penjara kepada "
            "mantan bendahara dinas pendidikan, Yulius Manggala, Selasa (10/3/2026). Jaksa "
            "menuntut 8 tahun penjara. Vonis dibacakan Ketua Majelis Hakim Stefanus Loe.",
        ),
        (
            "Mantan Bendahara Dinas Divonis 7 Tahun",
            "Majelis hakim Pengadilan Tipikor Kota Lembah menjatuhkan vonis 7 tahun penjara kepada "
            "mantan bendahara dinas pendidikan, Yulius Manggala, Rabu (11/3/2026). Jaksa menuntut "
            "8 tahun penjara. Putusan dibacakan hakim Stefanus Loe.",
        ),
    )
    assert any(mentions(f, "6 tahun", "7 tahun") for f in of_type(report, "conflict"))


def test_league_positions_of_two_matches_are_no_ordinal_conflict():
    report = run(
        (
            "Persada Menang 2-0, Naik ke Peringkat Ketiga",
            "Persada Lembah menang 2-0 atas Bintang Timur di Stadion Lembah, Minggu (8/3/2026). "
            "Gol dicetak Andi Wijaya dan Rudi Hermawan. Persada naik ke peringkat ketiga klasemen "
            "dengan 20 poin, kata pelatih Joko Santoso.",
        ),
        (
            "Garuda Muda Ditahan Imbang Putra Pantai",
            "Garuda Muda ditahan imbang Putra Pantai 1-1 di Stadion Karang, Minggu (8/3/2026). "
            "Gol dicetak Yusuf Hamdan dan Fajar Kurnia. Garuda Muda tetap di peringkat ketujuh "
            "klasemen dengan 12 poin, kata pelatih Bambang Irawan.",
        ),
    )
    assert not of_type(report, "conflict")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Rp400", "Rp900"),
        ("B737", "B738"),
    ],
)
def test_a_capitalised_word_holding_a_figure_is_no_spelling_variant(first, second):
    report = run(
        (
            "Harga Tiket Naik",
            f"Pengelola bandara menaikkan tarif layanan menjadi {first} ribu per penumpang mulai "
            "pekan depan, kata juru bicara bandara.",
        ),
        (
            "Harga Tiket Bandara Naik",
            f"Pengelola bandara menaikkan tarif layanan menjadi {second} ribu per penumpang mulai "
            "pekan depan, kata juru bicara bandara.",
        ),
    )
    assert not of_type(report, "variant")


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The judge fined Osei 40 million cedis for fraud.", "40 million cedis", 40e6),
        ("The court ordered Mensah 3 billion naira returned.", "3 billion naira", 3e9),
        ("The firm lost $12 mln in the quarter.", "$12 mln", 12e6),
        ("Exports reached $4.5 bln last year.", "$4.5 bln", 4.5e9),
    ],
)
def test_a_scaled_figure_after_a_name_and_wire_abbreviations_are_read_whole(text, words, value):
    found = _numbers(text)
    assert any(t.endswith(words) and v == value for t, v in found), found


def test_a_model_number_after_a_name_is_still_no_count():
    assert _numbers("The airline grounded its Boeing 737 fleet on Monday.") == []


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Penjualan Ritel Oktober Rp 12 Triliun, Penjualan Naik 4,1 Persen",
            "Nilai penjualan ritel pada Oktober mencapai Rp 12 triliun, atau naik 4,1 persen "
            "dibandingkan bulan sebelumnya, kata Ketua Asosiasi Pengusaha Ritel, Dani Kusuma. "
            "Penjualan daring naik 9 persen secara bulanan.",
        ),
        (
            "Ekspor Kopi Tembus 300 Juta Dolar, Ekspor Naik 6,5 Persen",
            "Nilai ekspor kopi Sumatera sepanjang kuartal ketiga menembus 300 juta dolar AS, naik "
            "6,5 persen dari kuartal sebelumnya. Ekspor kopi olahan naik 12 persen.",
        ),
    ],
)
def test_a_headline_rate_the_body_states_further_from_its_subject_is_no_mismatch(title, text):
    report = run((title, text), ("Laporan Pasar", text))
    assert not of_type(report, "headline_mismatch")


def _attributions(text: str, lang: str = "id") -> list[str]:
    article = extract_facts(Article(id="x", source="s", title="Judul", text=text, lang=lang))
    return [str(f.value) for f in article.facts if f.kind == "attribution"]


@pytest.mark.parametrize(
    "text",
    [
        "Penjualan mobil nasional kembali mencatat rekor 95 ribu unit pada bulan lalu.",
        "Neraca transaksi berjalan mencatat defisit 1,2 miliar dolar AS pada kuartal ketiga.",
        "Saham perbankan membukukan kenaikan 3 persen sepanjang pekan ini.",
    ],
)
def test_a_thing_that_records_a_result_is_no_source(text):
    assert _attributions(text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Dinas Perhubungan mencatat 1.200 kendaraan melintas setiap jam.", "Dinas Perhubungan"),
        ("Polisi mencatat 14 kecelakaan selama libur panjang.", "Polisi"),
        ("Kepala Bappeda, Maria Ulfa, menuturkan anggaran naik 8 persen.", "Maria Ulfa"),
        ("Direktur Rina Marpaung memaparkan laba naik 12 persen.", "Rina Marpaung"),
    ],
)
def test_a_body_or_person_that_records_or_tells_is_a_source(text, source):
    assert any(source in s for s in _attributions(text)), _attributions(text)


def test_two_lead_measurements_with_decimals_conflict_across_languages():
    report = run(
        (
            "Strong quake shakes northern Chile",
            "A magnitude 6.3 earthquake struck northern Chile on Tuesday, damaging roads near the "
            "port of Antofagasta, the national seismological centre said.",
        ),
        (
            "Gempa Guncang Chile Utara",
            "Gempa bumi bermagnitudo 6,1 mengguncang Chile bagian utara pada Selasa dan merusak "
            "jalan di sekitar pelabuhan Antofagasta.",
        ),
    )
    assert any(mentions(f, "6.3", "6,1") for f in of_type(report, "conflict"))


def test_each_texts_only_count_with_swapped_digits_conflicts_across_languages():
    report = run(
        (
            "Quake rattles Chilean coast",
            "A strong earthquake rattled the Chilean coast on Tuesday. The seismological centre "
            "recorded 47 aftershocks by the evening.",
        ),
        (
            "Gempa Guncang Pesisir Chile",
            "Gempa kuat mengguncang pesisir Chile pada Selasa. Pusat seismologi mencatat 74 gempa "
            "susulan hingga malam hari.",
        ),
    )
    assert any(mentions(f, "47", "74") for f in of_type(report, "conflict"))


def test_a_bound_and_a_figure_inside_it_are_compatible_across_languages():
    report = run(
        (
            "Floods hit Mekong delta",
            "Floods swept through the Mekong delta on Monday. More than 500 homes were flooded, "
            "officials said.",
        ),
        (
            "Banjir Landa Delta Mekong",
            "Banjir melanda delta Mekong pada Senin. Sebanyak 538 rumah terendam, kata pejabat "
            "setempat.",
        ),
    )
    assert not of_type(report, "unique")
    assert not of_type(report, "conflict")


@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        (
            "The court fined the firm 20 million baht and ordered it to repay 4.7 billion baht "
            "to investors.",
            "Judges fined the company 20 million baht. It must return 7.4 billion baht taken "
            "from savers.",
            ("4.7 billion baht", "7.4 billion baht"),
        ),
        (
            "Pengadilan menjatuhkan denda Rp500 juta dan mewajibkan terdakwa membayar uang "
            "pengganti Rp3,6 miliar.",
            "Terdakwa juga didenda Rp500 juta. Hakim memerintahkan pengembalian kerugian negara "
            "sebesar Rp6,3 miliar.",
            ("Rp3,6 miliar", "Rp6,3 miliar"),
        ),
    ],
)
def test_swapped_digits_of_the_only_sum_left_beside_an_agreed_one_conflict(first, second, words):
    report = run(("Putusan", first), ("Vonis", second))
    assert any(mentions(f, *words) for f in of_type(report, "conflict"))


@pytest.mark.parametrize(
    ("text", "unit"),
    [("fined 30 million naira", "NGN"), ("a loss of 12 billion yen", "JPY")],
)
def test_more_currency_names_are_money(text, unit):
    article = extract_facts(
        Article(id="x", source="s", title="T", text=f"He was {text}.", lang="en")
    )
    assert [f.attrs.get("unit") for f in article.facts if f.kind == "number"] == [unit]


def _match_report(minute: str, place: str, minute2: str, place2: str) -> list:
    report = run(
        (
            "Bintang Timur Menang 2-1",
            "Bintang Timur menang 2-1 atas Putra Pantai di Stadion Karang, Minggu (8/3/2026). "
            "Putra Pantai unggul lewat Fajar Kurnia pada menit ke-12, dibalas Andi Wijaya pada "
            f"menit ke-40. Gol kemenangan dicetak Rudi Hermawan pada menit {minute} lewat "
            f"sundulan kepala. Bintang Timur naik ke peringkat {place} klasemen dengan 18 poin.",
        ),
        (
            "Bintang Timur Tundukkan Putra Pantai",
            "Bintang Timur menundukkan Putra Pantai 2-1 di Stadion Karang, Minggu (8/3/2026). "
            "Fajar Kurnia membawa tim tamu unggul pada menit ke-12 sebelum Andi Wijaya menyamakan "
            f"skor pada menit ke-40. Rudi Hermawan mencetak gol kemenangan lewat sundulan kepala "
            f"pada menit {minute2}. Bintang Timur kini menempati posisi {place2} dengan 18 poin.",
        ),
    )
    return of_type(report, "conflict")


def test_the_disputed_minute_and_table_place_of_one_match_conflict_beside_agreed_ones():
    found = _match_report("ke-67", "kedua", "ke-76", "ketiga")
    assert any(mentions(f, "menit ke-67", "menit ke-76") for f in found)
    assert any(mentions(f, "peringkat kedua", "posisi ketiga") for f in found)
    assert not any(mentions(f, "ke-12") or mentions(f, "ke-40") for f in found)


def test_one_match_told_alike_has_no_ordinal_conflict():
    assert not _match_report("ke-67", "kedua", "ke-67", "kedua")


@pytest.mark.parametrize(
    ("title", "text", "words"),
    [
        (
            "Garuda Muda Gilas Putra Pantai 4-0",
            "Garuda Muda menang 3-0 atas Putra Pantai di Stadion Karang, Minggu (8/3/2026). Tiga "
            "gol dicetak Yusuf Hamdan.",
            ("4-0", "3-0"),
        ),
        (
            "Harbour City thrash Northvale 5-1",
            "Harbour City beat Northvale 5-2 on Saturday, with striker Tom Reyes scoring twice.",
            ("5-1", "5-2"),
        ),
    ],
)
def test_a_headline_score_its_body_does_not_give_is_a_mismatch(title, text, words):
    report = run((title, text), ("Hasil Laga", text))
    assert any(mentions(f, *words) for f in of_type(report, "headline_mismatch"))


def test_two_scores_of_one_match_conflict_and_one_score_either_way_round_agrees():
    lead = "di Stadion Karang, Minggu (8/3/2026). Gol dicetak Yusuf Hamdan dan Fajar Kurnia."
    report = run(
        ("Garuda Muda Menang", f"Garuda Muda menang 2-1 atas Putra Pantai {lead}"),
        ("Putra Pantai Kalah", f"Putra Pantai kalah 1-3 dari Garuda Muda {lead}"),
    )
    assert any(mentions(f, "2-1", "1-3") for f in of_type(report, "conflict"))
    report = run(
        ("Garuda Muda Menang", f"Garuda Muda menang 2-1 atas Putra Pantai {lead}"),
        ("Putra Pantai Kalah", f"Putra Pantai kalah 1-2 dari Garuda Muda {lead}"),
    )
    assert not of_type(report, "conflict")
    assert any(mentions(f, "2-1", "1-2") for f in of_type(report, "agreement"))


def test_badminton_sets_are_one_score():
    text = "Lee Wei beat Kenji Sato 21-18 17-21 21-19 in the final on Sunday in Jakarta."
    report = run(("Lee Wei wins title", text), ("Lee Wei crowned", text))
    assert any(mentions(f, "21-18 17-21 21-19") for f in of_type(report, "agreement"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Laga ditunda 1-2 hari karena hujan deras.",
        "Pertandingan dimulai pukul 19-20 WIB setelah hujan reda.",
        "Sekolah sepak bola itu melatih anak usia 8-12 tahun.",
    ],
)
def test_a_range_a_time_or_an_age_is_no_score(sentence):
    report = run(("Laga Ditunda", sentence), ("Laga Diundur", sentence.replace("1-2", "2-3")))
    assert not [f for f in report.findings if f.slot == "number:score"]


def test_a_headline_sum_converted_to_a_currency_its_body_never_uses_is_no_mismatch():
    text = (
        "A court in Lagos jailed former bank director Peter Osei for 9 years on Monday for "
        "stealing 4.1 billion naira from depositors."
    )
    report = run(("Nigerian court jails banker over $2.7 mln theft", text), ("Banker jailed", text))
    assert not of_type(report, "headline_mismatch")


def test_a_countrys_adjective_beside_its_name_against_the_other_languages_name_is_no_variant():
    report = run(
        (
            "Quake hits southern Philippines",
            "A strong earthquake hit the southern Philippine province of Surigao del Sur on "
            "Friday. No ships were lost, the Philippines coast guard said.",
        ),
        (
            "Gempa Guncang Filipina",
            "Gempa kuat mengguncang Provinsi Surigao del Sur, Filipina selatan, pada Jumat. "
            "Penjaga pantai Filipina menyebut tidak ada kapal yang hilang.",
        ),
    )
    assert not of_type(report, "variant")


def _next_steps(first: str, second: str) -> list:
    lead = (
        "Pemungutan suara ulang Pemilihan Bupati Lembah Hijau digelar Minggu (8/3/2026). "
        "Pasangan Yosef Wangge dan Martha Iriani unggul dalam hitung cepat."
    )
    return of_type(
        run(("PSU Lembah Hijau", f"{lead} {first}"), ("Hasil PSU", f"{lead} {second}")), "conflict"
    )


def test_each_texts_one_scheduled_next_step_dated_apart_conflicts():
    found = _next_steps(
        "Rekapitulasi suara tingkat kabupaten oleh KPU dijadwalkan pada Kamis (12/3/2026).",
        "KPU Lembah Hijau akan menggelar rapat pleno rekapitulasi pada Jumat (13/3/2026).",
    )
    assert any(mentions(f, "12/3/2026", "13/3/2026") for f in found)


def test_two_different_next_steps_on_two_days_do_not_conflict():
    found = _next_steps(
        "Rapat pleno rekapitulasi suara KPU dijadwalkan pada Kamis (12/3/2026).",
        "Pasangan pemenang akan dilantik gubernur pada Jumat (13/3/2026).",
    )
    assert not any(mentions(f, "12/3/2026", "13/3/2026") for f in found)


def test_two_measures_named_by_one_term_each_text_writes_once_conflict():
    lead = "Hitung cepat Lembaga Arah Data pada Senin (9/3/2026) menempatkan Yosef Wangge di atas."
    report = run(
        (
            "Hitung Cepat Pilbup Lembah Hijau",
            f"{lead} Peneliti Arah Data, Rina Sari, menyebut rentang kesalahan hitung cepat "
            "tersebut sebesar 3,5 persen.",
        ),
        (
            "Yosef Wangge Unggul",
            f"{lead} Lembaga itu memakai 400 TPS sampel dengan rentang kesalahan 2,5 persen.",
        ),
    )
    assert any(mentions(f, "3,5 persen", "2,5 persen") for f in of_type(report, "conflict"))


def test_a_figure_of_another_quantity_next_to_an_aligned_sentence_is_not_its_rival():
    report = run(
        (
            "Penjualan Semen Naik",
            "Nilai penjualan semen kuartal ketiga mencapai 5,6 triliun rupiah, naik 4 persen "
            "dibandingkan kuartal sebelumnya. Sementara itu, biaya produksi naik 2 persen menjadi "
            "5,2 triliun rupiah.",
        ),
        (
            "Penjualan Semen Kuartal Ketiga",
            "Menurut asosiasi, nilai penjualan semen kuartal ketiga mencapai 6,5 triliun rupiah "
            "atau naik 4 persen dibandingkan kuartal sebelumnya.",
        ),
        (
            "Industri Semen",
            "Nilai penjualan semen tercatat 5,6 triliun rupiah. Biaya produksi tercatat lebih dari "
            "5 triliun rupiah, naik dibandingkan kuartal sebelumnya.",
        ),
    )
    conflicts = of_type(report, "conflict")
    assert any(mentions(f, "5,6 triliun", "6,5 triliun") for f in conflicts)
    assert not any(mentions(f, "5,2 triliun") for f in conflicts)


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The scheme cheated about 40,000 small investors.", "investors"),
        ("Police detained 12 young men near the port.", "men"),
        ("The ministry evacuated 300 foreign workers.", "workers"),
    ],
)
def test_an_adjective_between_a_figure_and_its_noun_is_skipped(text, noun):
    article = extract_facts(Article(id="x", source="s", title="T", text=text, lang="en"))
    assert [f.label for f in article.facts if f.kind == "number"] == [noun]


def test_poin_persentase_is_a_percentage_point():
    article = extract_facts(
        Article(id="x", source="s", title="T", text="Pangsa pasar naik 0,5 poin persentase.")
    )
    assert [f.attrs.get("unit") for f in article.facts if f.kind == "number"] == [
        "percentage_point"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inflasi tahunan 2,9 persen, sebagaimana diumumkan BPS pada Senin.", ["BPS"]),
        ("Hasil lelang jabatan diumumkan pekan depan.", []),
    ],
)
def test_announced_by_a_named_source_attributes_and_announced_alone_does_not(text, expected):
    found = _attributions(text)
    assert [s for s in found if s] == expected, found


def _places(text: str) -> list[str]:
    article = extract_facts(Article(id="x", source="s", title="T", text=text, lang="en"))
    return [f.text for f in article.facts if f.kind == "entity" and f.label == "LOC"]


@pytest.mark.parametrize("word", ["Kazakh", "Uzbek", "Afghan", "Tajik"])
def test_a_country_name_without_its_stan_is_a_demonym_not_a_place(word):
    assert word not in _places(f"Rockets hit a {word} village near the border on Monday.")


def test_a_headline_neighbour_after_a_demonym_names_the_bodys_place():
    report = run(
        (
            "Rocket stage falls in Tajikistan",
            "A spent rocket stage fell on an Uzbek farm close to the border with Tajikistan on "
            "Monday, near the town of Termez, officials said. No one was hurt.",
        ),
        (
            "Rocket stage falls near Termez",
            "A spent rocket stage fell on a farm near Termez on Monday, officials said. No one "
            "was hurt.",
        ),
    )
    found = of_type(report, "headline_mismatch")
    assert any(mentions(f, "Tajikistan", "Termez") for f in found)
    assert not any("Uzbek " in f.message or f.message.endswith("Uzbek.") for f in found)


def test_an_earlier_result_in_one_lead_is_no_rival_of_the_story_score():
    report = run(
        (
            "Garuda Muda Bangkit, Menang 2-1",
            "Setelah kalah 0-3 pekan lalu, Garuda Muda menang 2-1 atas Putra Pantai di Stadion "
            "Karang, Minggu (8/3/2026). Gol dicetak Yusuf Hamdan dan Fajar Kurnia.",
        ),
        (
            "Garuda Muda Tundukkan Putra Pantai",
            "Garuda Muda menang 2-1 atas Putra Pantai di Stadion Karang, Minggu (8/3/2026). Gol "
            "dicetak Yusuf Hamdan dan Fajar Kurnia.",
        ),
    )
    assert not [f for f in of_type(report, "conflict") if f.slot == "number:score"]
    assert any(mentions(f, "2-1", "2-1") for f in of_type(report, "agreement"))
