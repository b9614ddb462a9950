"""Rules added after blind review 18 (new domains: school meals poisoning pupils, a volcano's
evacuation, a corruption verdict, an emergency landing, a minimum wage, a regional quick count,
a data breach; a control of two fires in one city two days apart), pinned with sentences
written for these tests."""

from __future__ import annotations

import pytest

from compare_helpers import compared_nothing, mentions, of_type, run

_CHIEF = "Kepala Dinas Pemadam Kebakaran Kota Malang, Heru Santosa"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Kebakaran melanda Pasar Besar Blimbing di Kecamatan Blimbing, Kota Malang, Selasa "
            f"(7/4/2026) sekitar pukul 02.10 WIB. Sebanyak 42 los pedagang hangus. {_CHIEF}, "
            'mengatakan 11 unit mobil pemadam dikerahkan. "Api cepat menjalar karena banyak '
            'kain," kata Heru.',
            "Kebakaran menghanguskan empat rumah di Kelurahan Tlogomas, Kecamatan Lowokwaru, "
            f"Kota Malang, Kamis (9/4/2026) sekitar pukul 20.30 WIB. {_CHIEF}, mengatakan "
            'tujuh unit mobil pemadam dikerahkan. "Gang yang sempit menyulitkan petugas," '
            "ujar Heru.",
        ),
        (
            "Sebuah gudang mebel di Kawasan Industri Tambakrejo, Kota Malang, terbakar pada Senin "
            f"(6/4/2026) pagi. Kerugian ditaksir Rp2 miliar. {_CHIEF}, mengatakan sembilan unit "
            'mobil pemadam dikerahkan. "Api berasal dari ruang pengecatan," kata Heru.',
            "Api melalap ruang kelas SD Negeri Bunulrejo 3 di Kecamatan Blimbing, Kota Malang, "
            f"pada Rabu (8/4/2026) siang. {_CHIEF}, mengatakan lima unit mobil pemadam "
            'dikerahkan. "Tidak ada siswa yang terluka," ujar Heru.',
        ),
    ],
)
def test_two_fires_in_one_city_on_two_days_are_two_events(first, second):
    report = run(("Kebakaran di Malang", first), ("Kebakaran Lagi di Malang", second))
    assert compared_nothing(report)


def test_one_fire_told_twice_in_one_city_is_still_compared():
    first = (
        "Kebakaran melanda Pasar Besar Blimbing di Kecamatan Blimbing, Kota Malang, Selasa "
        "(7/4/2026) sekitar pukul 02.10 WIB. Sebanyak 42 los pedagang hangus terbakar."
    )
    second = (
        "Kebakaran melanda Pasar Besar Blimbing di Kecamatan Blimbing, Kota Malang, Selasa "
        "(7/4/2026) dini hari. Sebanyak 24 los pedagang hangus terbakar."
    )
    report = run(("Pasar Terbakar", first), ("Pasar Blimbing Terbakar", second))
    assert any(mentions(f, "42 los", "24 los") for f in of_type(report, "conflict"))


_LEAD = "Pemerintah Kota Bandung menetapkan tarif baru angkutan kota pada Senin (12/1/2026)."


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        (
            f"{_LEAD} Tarif baru itu berlaku mulai 1 Februari 2026 untuk seluruh trayek.",
            f"{_LEAD} Seluruh operator wajib memasang daftar tarif di kendaraan paling lambat "
            "26 Januari 2026 untuk seluruh trayek.",
            False,
        ),
        (
            f"{_LEAD} Tarif baru itu berlaku mulai 1 Februari 2026 untuk seluruh trayek.",
            f"{_LEAD} Tarif baru itu berlaku mulai 1 Maret 2026 untuk seluruh trayek.",
            True,
        ),
    ],
)
def test_a_start_day_and_a_deadline_are_two_steps(first, second, conflict):
    report = run(("Tarif Angkot Naik", first), ("Tarif Angkot Bandung Naik", second))
    dates = [f for f in of_type(report, "conflict") if "2026" in f.message]
    assert bool(dates) is conflict


@pytest.mark.parametrize(
    ("first", "second", "conflict", "apart"),
    [
        (
            "Menurut hitung cepat Lembaga Survei Nusa Data, pasangan Rahmat Hidayat-Sinta "
            "Dewi meraih 45,3 persen suara, disusul pasangan Bambang Irawan-Lukas Tanoto "
            "dengan 33,1 persen. Pasangan Yohana Manik-Arif Siregar memperoleh 21,6 persen.",
            "Tim pemenangan Bambang Irawan-Lukas Tanoto mengklaim pasangan itu meraih 47,0 "
            "persen suara. Padahal, pasangan Rahmat Hidayat-Sinta Dewi unggul dengan 45,8 "
            "persen, sementara Bambang Irawan-Lukas Tanoto memperoleh 33,1 persen dan Yohana "
            "Manik-Arif Siregar 21,1 persen.",
            ("45,3 persen", "45,8 persen"),
            "47,0 persen",
        ),
    ],
)
def test_shares_of_a_tally_are_compared_by_holder(first, second, conflict, apart):
    report = run(("Hitung Cepat Pilkada", first), ("Klaim Menang Pilkada", second))
    conflicts = of_type(report, "conflict")
    assert any(mentions(f, *conflict) for f in conflicts)
    assert not any(mentions(f, apart) for f in conflicts)


@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        (
            "Banjir bandang melanda Kecamatan Sembalun, Senin (2/3/2026). Sebanyak 1.460 jiwa "
            "telah dievakuasi ke lima posko pengungsian.",
            "Banjir bandang melanda Kecamatan Sembalun, Senin (2/3/2026). Jumlah pengungsi "
            "hingga Senin malam mencapai 1.640 jiwa.",
            ("1.460 jiwa", "1.640 jiwa"),
        ),
        (
            "Floods hit the district of Sembalun on Monday. A total of 3,120 people were "
            "evacuated to shelters in five villages.",
            "Floods hit the district of Sembalun on Monday. By Monday night 3,210 people had "
            "been displaced.",
            ("3,120 people", "3,210"),
        ),
    ],
)
def test_evacuees_sent_to_shelters_are_the_displaced(first, second, words):
    report = run(("Banjir Sembalun", first), ("Sembalun Dilanda Banjir", second))
    assert any(mentions(f, *words) for f in of_type(report, "conflict"))


@pytest.mark.parametrize(
    ("english", "indonesian", "words"),
    [
        (
            "Hackers published the data of 4.6 million members of a state health insurer, "
            "the insurer said on Friday.",
            "Peretas membocorkan data 46 juta peserta asuransi kesehatan milik negara, "
            "Jumat (6/3/2026).",
            ("4.6 million members", "46 juta peserta"),
        ),
        (
            "A power company said on Friday that the bills of 2.4 million customers were "
            "leaked online.",
            "Tagihan 24 juta pelanggan perusahaan listrik bocor di internet, Jumat (6/3/2026).",
            ("2.4 million customers", "24 juta pelanggan"),
        ),
    ],
)
def test_a_decimal_mark_moved_in_translation_conflicts(english, indonesian, words):
    report = run(("Data breach at state firm", english), ("Data Pelanggan Bocor", indonesian))
    assert any(mentions(f, *words) for f in of_type(report, "conflict"))


@pytest.mark.parametrize(
    ("english", "indonesian", "framed"),
    [
        (
            "A group of cybercriminals leaked the files of a city water utility on Friday.",
            "Sekelompok peretas membocorkan berkas perusahaan air minum kota, Jumat (6/3/2026).",
            True,
        ),
        (
            "A group of hackers leaked the files of a city water utility on Friday.",
            "Sekelompok peretas membocorkan berkas perusahaan air minum kota, Jumat (6/3/2026).",
            False,
        ),
    ],
)
def test_calling_hackers_cybercriminals_is_framing(english, indonesian, framed):
    report = run(("Water utility files leaked", english), ("Berkas PDAM Bocor", indonesian))
    assert bool(of_type(report, "framing")) is framed


_VERDICT_BODY = (
    "Pengadilan Tipikor Semarang memvonis mantan Kepala Dinas Pendidikan, Sugeng Riyadi, "
    "dengan hukuman 8 tahun penjara pada Rabu (4/3/2026). Putusan itu lebih ringan daripada "
    "tuntutan jaksa, yakni 12 tahun penjara."
)
_VERDICT_BODY_EN = (
    "The anti-graft court in Dhaka sentenced former port chief Rafiq Hasan to eight years in "
    "prison on Wednesday. Prosecutors had sought 12 years."
)


@pytest.mark.parametrize(
    ("title", "body", "mismatch"),
    [
        ("Eks Kadisdik Divonis 12 Tahun Penjara", _VERDICT_BODY, "8 tahun"),
        ("Eks Kadisdik Dihukum 12 Tahun Bui", _VERDICT_BODY, "8 tahun"),
        ("Eks Kadisdik Divonis 8 Tahun Penjara", _VERDICT_BODY, None),
        ("Eks Kadisdik Dituntut 12 Tahun, Divonis Lebih Ringan", _VERDICT_BODY, None),
        ("Ex-port chief jailed for 12 years", _VERDICT_BODY_EN, "eight years"),
        ("Ex-port chief jailed for eight years", _VERDICT_BODY_EN, None),
    ],
)
def test_a_headline_verdict_that_is_only_the_demand_is_a_mismatch(title, body, mismatch):
    other = body.replace("Rabu (4/3/2026)", "Rabu (4/3/2026) sore").replace(
        "on Wednesday", "on Wednesday afternoon"
    )
    report = run((title, body), ("Vonis Kasus Korupsi", other))
    found = [f for f in of_type(report, "headline_mismatch") if mentions(f, "12")]
    assert bool(found) is (mismatch is not None)
    if mismatch is not None:
        assert mentions(found[0], mismatch)


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        (
            "Kasus ini berawal dari proyek peningkatan jalan provinsi senilai Rp9 miliar.",
            "Menurut jaksa, kerugian negara dalam proyek peningkatan jalan provinsi itu "
            "mencapai Rp2,3 miliar.",
            False,
        ),
        (
            "Menurut jaksa, kerugian negara dalam proyek peningkatan jalan provinsi itu "
            "mencapai Rp3,2 miliar.",
            "Menurut jaksa, kerugian negara dalam proyek peningkatan jalan provinsi itu "
            "mencapai Rp2,3 miliar.",
            True,
        ),
    ],
)
def test_sums_named_as_two_things_are_two_quantities(first, second, conflict):
    lead = "Kejati Jambi menahan dua tersangka korupsi jalan, Kamis (5/3/2026). "
    report = run(
        ("Korupsi Jalan", lead + first), ("Tersangka Korupsi Jalan Ditahan", lead + second)
    )
    sums = [f for f in of_type(report, "conflict") if mentions(f, "Rp2,3 miliar")]
    assert bool(sums) is conflict


@pytest.mark.parametrize(
    ("stated", "attributed"),
    [
        (
            "Pemerintah Kota Depok menetapkan tarif air bersih Rp4.750 per meter kubik. "
            "Keputusan itu diumumkan Wali Kota Depok, Budi Santoso, di Balai Kota, Senin "
            "(9/3/2026).",
            False,
        ),
        (
            "Pemerintah Kota Depok menetapkan tarif air bersih Rp4.750 per meter kubik. "
            "Warga mengeluhkan kenaikan itu di media sosial, Senin (9/3/2026).",
            True,
        ),
    ],
)
def test_a_figure_credited_in_the_next_sentence_is_no_attribution_difference(stated, attributed):
    other = (
        "Wali Kota Depok Budi Santoso mengumumkan tarif air bersih Rp4.750 per meter kubik "
        "di Balai Kota, Senin (9/3/2026)."
    )
    report = run(("Tarif Air Depok Naik", stated), ("Tarif Air Bersih Depok Naik", other))
    found = [f for f in of_type(report, "attribution") if mentions(f, "Rp4.750")]
    assert bool(found) is attributed
