"""Rules added after compare review 28 (held-out sets of gold 251-262): dates of one act in two
leads, one figure copied two ways, one quantity under two nouns, parts against totals. Pinned
with sentences written for these tests."""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type, run


def _reported(kind: str, a: tuple[str, str], b: tuple[str, str], *words: str) -> bool:
    """Whether comparing the two articles gives a finding of ``kind`` holding every word."""
    return any(mentions(f, *words) for f in of_type(run(a, b), kind))


# --- a foreign name transliterated two ways is one person: the leads' days conflict ---


def _deportation(name: str, age: str, day: str, country: str, extra: str) -> tuple[str, str]:
    return (
        f"Warga {country} Dideportasi dari Lombok",
        f"Kantor Imigrasi Mataram mendeportasi seorang warga negara {country}, {name} ({age}), "
        f"melalui Bandara Internasional Lombok pada {day}. Ia sebelumnya merusak fasilitas "
        "sebuah penginapan di kawasan Senggigi, Lombok Barat.\n\n"
        f"{extra}\n\n"
        "Yang bersangkutan melanggar ketentuan keimigrasian karena tinggal melebihi izin "
        "yang berlaku dan kini masuk daftar penangkalan.",
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("Dmitri Volkov", "Rabu (11/3/2026)"), ("Dmitry Volkoff", "Selasa (10/3/2026)")),
        (("Aleksei Morozov", "Jumat (13/3/2026)"), ("Alexey Morozoff", "Kamis (12/3/2026)")),
    ],
)
def test_a_name_transliterated_two_ways_leaves_the_leads_one_story_whose_days_conflict(
    first, second
):
    (name_a, day_a), (name_b, day_b) = first, second
    a = _deportation(
        name_a,
        "36",
        day_a,
        "Rusia",
        "Kepala Kantor Imigrasi Mataram, Hendra Wijaya, mengatakan pelaku sempat ditahan "
        "di ruang detensi sebelum diterbangkan.",
    )
    b = _deportation(
        name_b,
        "36",
        day_b,
        "Rusia",
        "Pemilik penginapan, Lalu Ahmad Fauzi, mengaku sudah menerima ganti rugi dari "
        "pelaku. Ketua asosiasi hotel setempat, Baiq Nurul Aini, meminta pengawasan diperketat.",
    )
    report = run(a, b)
    assert [f for f in of_type(report, "conflict", "when") if mentions(f, day_a, day_b)]


@pytest.mark.parametrize(
    ("name_b",),
    [("Denis Volodin",), ("Dmitri Petrov",)],
)
def test_two_people_of_like_initials_or_one_first_name_on_two_days_stay_two_stories(name_b):
    a = _deportation(
        "Dmitri Volkov",
        "36",
        "Rabu (11/3/2026)",
        "Rusia",
        "Kepala Kantor Imigrasi Mataram, Hendra Wijaya, mengatakan pelaku sempat ditahan "
        "di ruang detensi sebelum diterbangkan.",
    )
    b = _deportation(
        name_b,
        "29",
        "Jumat (6/3/2026)",
        "Rusia",
        "Pemilik penginapan, Lalu Ahmad Fauzi, mengaku sudah menerima ganti rugi dari "
        "pelaku. Ketua asosiasi hotel setempat, Baiq Nurul Aini, meminta pengawasan diperketat.",
    )
    report = run(a, b)
    assert not of_type(report, "conflict", "when")


# --- a statement's day is no version of the act's: the leads' days still conflict ---

_ARRIVAL_A = (
    "32 Nelayan Dipulangkan dari Malaysia",
    "Pemerintah memulangkan 32 nelayan yang ditahan otoritas Malaysia karena melanggar batas "
    "perairan. Mereka tiba di Pelabuhan Dumai, Riau, {lead_a} menggunakan kapal patroli.\n\n"
    '"Semua nelayan dalam keadaan sehat dan langsung kami serahkan ke pemerintah daerah," '
    "{speech} {said_day}.\n\n"
    "Para nelayan itu berasal dari Bengkalis dan Rokan Hilir.",
)
_ARRIVAL_B = (
    "Nelayan Bengkalis Tiba di Dumai Setelah Ditahan di Malaysia",
    "Sebanyak 32 nelayan yang ditahan otoritas Malaysia tiba di Pelabuhan Dumai, Riau, "
    "{lead_b}. Keluarga menyambut mereka di dermaga.\n\n"
    "Para nelayan mengaku ditahan selama dua bulan di Johor.",
)


@pytest.mark.parametrize(
    ("lead_a", "speech", "said_day", "lead_b"),
    [
        (
            "Sabtu (14/3/2026) malam",
            "kata Kepala Dinas Perikanan Riau, Herman Saputra, dalam keterangan pers,",
            "Minggu (15/3/2026)",
            "Minggu (15/3/2026)",
        ),
        (
            "Kamis (12/3/2026)",
            "ujar Herman Saputra kepada wartawan,",
            "Jumat (13/3/2026)",
            "Jumat (13/3/2026)",
        ),
    ],
)
def test_a_statement_day_equal_to_the_other_lead_does_not_hide_the_lead_conflict(
    lead_a, speech, said_day, lead_b
):
    title_a, body_a = _ARRIVAL_A
    title_b, body_b = _ARRIVAL_B
    report = run(
        (title_a, body_a.format(lead_a=lead_a, speech=speech, said_day=said_day)),
        (title_b, body_b.format(lead_b=lead_b)),
    )
    lead_day = lead_a.split(")")[0] + ")"
    assert [f for f in of_type(report, "conflict", "when") if mentions(f, lead_day, lead_b)]


def test_a_follow_up_writing_the_first_report_day_outside_a_statement_still_agrees():
    first = (
        "Longsor Timbun Rumah Warga di Garut",
        "Longsor menimbun tiga rumah warga di Desa Sukamaju, Kabupaten Garut, Senin "
        "(16/3/2026). Dua warga dilaporkan hilang tertimbun material tanah.\n\n"
        "Tim SAR gabungan dikerahkan ke lokasi untuk mencari korban.",
    )
    follow = (
        "Tim SAR Lanjutkan Pencarian Korban Longsor Garut",
        "Tim SAR gabungan melanjutkan pencarian dua warga yang hilang tertimbun longsor di "
        "Desa Sukamaju, Kabupaten Garut, Selasa (17/3/2026). Longsor menimbun tiga rumah warga "
        'pada Senin (16/3/2026). "Kami kerahkan alat berat hari ini," kata Kepala Kantor SAR '
        "Bandung, Asep Mulyana, Selasa (17/3/2026).",
    )
    report = run(first, follow)
    assert not [f for f in of_type(report, "conflict", "when") if mentions(f, "16/3/2026")]


# --- one figure copied two ways: a dropped digit, a bound against a swapped exact figure ---


@pytest.mark.parametrize(
    ("first", "second", "figures", "expected"),
    [
        (
            "tebusan sebesar US$9 juta atau sekitar Rp147 miliar",
            "tebusan US$9 juta atau setara Rp14 miliar",
            ("Rp147 miliar", "Rp14 miliar"),
            True,
        ),
        (
            "tebusan sebesar US$4 juta atau sekitar Rp65 miliar",
            "tebusan US$4 juta atau setara Rp615 miliar",
            ("Rp65 miliar", "Rp615 miliar"),
            True,
        ),
        (
            # one significant digit left: no digit string to read a slip in
            "tebusan sebesar US$5 juta atau sekitar Rp82 miliar",
            "tebusan US$5 juta atau setara Rp8 miliar",
            ("Rp82 miliar", "Rp8 miliar"),
            False,
        ),
    ],
)
def test_two_conversions_of_one_agreed_sum_with_a_digit_dropped_conflict(
    first, second, figures, expected
):
    a = (
        "Peretas Minta Tebusan dari Rumah Sakit",
        f"Kelompok peretas meminta {first} kepada sebuah rumah sakit swasta di Surabaya. "
        "Direktur rumah sakit menolak membayar dan melapor ke polisi.",
    )
    b = (
        "Rumah Sakit Diperas Peretas",
        f"Peretas yang mengunci data pasien sebuah rumah sakit di Surabaya meminta {second}. "
        "Polisi masih menelusuri jejak pelaku.",
    )
    assert _reported("conflict", a, b, *figures) is expected


def test_two_sums_of_two_things_a_digit_apart_with_no_shared_conversion_stay_apart():
    a = (
        "Gudang Terbakar di Bekasi",
        "Kebakaran melanda gudang tekstil di Bekasi. Kerugian ditaksir mencapai Rp131 miliar.",
    )
    b = (
        "Gudang Tekstil Bekasi Terbakar",
        "Sebuah gudang tekstil di Bekasi terbakar. Pemkot menyiapkan dana bantuan Rp13 miliar "
        "untuk para pekerja.",
    )
    assert not [
        f for f in of_type(run(a, b), "conflict") if mentions(f, "Rp131 miliar", "Rp13 miliar")
    ]


@pytest.mark.parametrize(
    ("headline", "bound", "exact", "expected"),
    [
        ("Pasar Terbakar, 460 Kios Hangus", "Sedikitnya 460 kios", "Sebanyak 640 kios", True),
        ("Pasar Terbakar, 270 Lapak Ludes", "Sedikitnya 270 lapak", "Sebanyak 720 lapak", True),
        # not the same digits: a bound and a larger count may both be true
        ("Pasar Terbakar, 460 Kios Hangus", "Sedikitnya 460 kios", "Sebanyak 610 kios", False),
    ],
)
def test_a_headline_bound_against_a_lead_exact_count_with_swapped_digits_conflicts(
    headline, bound, exact, expected
):
    a = (
        headline,
        "Kebakaran hebat melanda Pasar Sentral di Kota Jambi, Selasa (17/11/2026) malam. "
        f"{bound} pedagang hangus dilalap api.\n\nPetugas pemadam kebakaran butuh empat jam "
        "untuk memadamkan api.",
    )
    b = (
        "Api Hanguskan Pasar Sentral Jambi",
        f"{exact} di Pasar Sentral, Jambi, ludes terbakar pada Selasa malam (17/11). Sebanyak "
        "90 lapak darurat akan dibangun di halaman pasar.\n\nPenyebab kebakaran masih diselidiki.",
    )
    figure_a, figure_b = bound.split()[1], exact.split()[1]
    found = [f for f in of_type(run(a, b), "conflict") if mentions(f, figure_a, figure_b)]
    assert bool(found) is expected


# --- "N orang lainnya" after another outcome's count is the whole count of its outcome ---


@pytest.mark.parametrize(
    ("rest", "other", "figures"),
    [
        (
            "Dua penumpang tewas, sementara 38 orang lainnya mengalami luka-luka.",
            "Sebanyak 83 penumpang luka-luka dan dirawat di rumah sakit.",
            ("38 orang", "83 penumpang"),
        ),
        (
            "Satu penumpang meninggal dunia dan 29 orang lainnya luka-luka.",
            "Sebanyak 92 penumpang mengalami luka-luka.",
            ("29 orang", "92 penumpang"),
        ),
    ],
)
def test_the_others_hurt_besides_the_dead_are_the_whole_count_of_the_hurt(rest, other, figures):
    a = (
        "Bus Terguling di Tol Cipali",
        "Sebuah bus antarkota terguling di Tol Cipali, Subang, Rabu (18/11/2026) pagi. "
        f"{rest} Polisi masih menyelidiki penyebab kecelakaan.",
    )
    b = (
        "Kecelakaan Bus di Tol Cipali",
        "Bus antarkota terguling di ruas Tol Cipali, Subang, Rabu (18/11/2026). "
        f"{other} Sopir bus diperiksa polisi.",
    )
    assert [f for f in of_type(run(a, b), "conflict") if mentions(f, *figures)]


def test_others_arrested_beside_a_named_suspect_are_no_whole_count():
    a = (
        "Polisi Tangkap Bandar Narkoba di Medan",
        "Polisi menangkap bandar narkoba berinisial RS bersama tiga tersangka lain di Medan, "
        "Kamis (19/11/2026). Barang bukti sabu disita dari rumah RS.",
    )
    b = (
        "Empat Pengedar Sabu Ditangkap di Medan",
        "Polisi menangkap empat tersangka pengedar sabu di Medan, Kamis (19/11/2026). Sabu "
        "disita dari sebuah rumah.",
    )
    assert not [f for f in of_type(run(a, b), "conflict") if mentions(f, "tiga", "empat")]


# --- one group of people under two nouns, with no outcome to join them by ---


@pytest.mark.parametrize(
    ("lead_a", "lead_b", "figures", "expected"),
    [
        (
            "Pemerintah memulangkan 58 warga negara Indonesia yang terjebak konflik di Sudan.",
            "Sebanyak 58 korban konflik Sudan tiba di Bandara Juanda, Surabaya.",
            ("58 warga negara Indonesia", "58 korban"),
            True,
        ),
        (
            "Pemerintah memulangkan 73 WNI yang terjebak konflik di Sudan.",
            "Sebanyak 73 orang dari Sudan tiba di Bandara Juanda, Surabaya.",
            ("73 WNI", "73 orang"),
            True,
        ),
    ],
)
def test_one_exact_group_named_by_two_people_nouns_in_two_leads_agrees(
    lead_a, lead_b, figures, expected
):
    a = (
        "WNI dari Sudan Dipulangkan",
        f"{lead_a} Mereka tiba di Bandara Juanda, Surabaya, Kamis (19/11/2026) malam.\n\n"
        "Seluruhnya akan menjalani pemeriksaan kesehatan sebelum dipulangkan ke daerah asal.",
    )
    b = (
        "Korban Konflik Sudan Tiba di Surabaya",
        f"{lead_b} Mereka dijemput keluarga masing-masing, Kamis (19/11/2026).\n\n"
        "Pemeriksaan kesehatan digelar di terminal kedatangan.",
    )
    assert _reported("agreement", a, b, *figures) is expected


@pytest.mark.parametrize(
    ("lead_a", "lead_b"),
    [
        ("Banjir menewaskan 46 orang di Kabupaten Luwu.", "Sebanyak 46 warga dievakuasi."),
        ("Sebanyak 25 pekerja tewas dalam ledakan itu.", "Polisi memeriksa 25 saksi."),
    ],
)
def test_one_figure_of_two_outcomes_or_two_roles_stays_two_groups(lead_a, lead_b):
    a = ("Bencana di Luwu", f"{lead_a} Tim SAR masih bersiaga di lokasi, Senin (16/11/2026).")
    b = ("Kabar dari Luwu", f"{lead_b} Petugas bersiaga di lokasi, Senin (16/11/2026).")
    assert not [f for f in of_type(run(a, b), "agreement") if f.slot and "number" in f.slot]


# --- children and students killed in one school strike: each headline's toll ---


@pytest.mark.parametrize(
    ("title_a", "lead_a", "title_b", "lead_b", "figures"),
    [
        (
            "Air strike on village school kills at least 24 children",
            "At least 24 children and a teacher were killed",
            "Air raid on school kills 19 students",
            "Nineteen students and a teacher were killed",
            ("24 children", "students"),
        ),
        (
            "Shelling of school kills 31 pupils",
            "Thirty-one pupils were killed",
            "School shelling kills at least 35 children",
            "At least 35 children were killed",
            ("pupils", "35 children"),
        ),
    ],
)
def test_children_and_students_killed_in_both_headlines_are_one_toll(
    title_a, lead_a, title_b, lead_b, figures
):
    a = (
        title_a,
        f"{lead_a} when a military jet bombed a village school in the north of the country "
        "on Tuesday, residents said.\n\nThe building collapsed while lessons were under way.",
    )
    b = (
        title_b,
        f"{lead_b} on Tuesday when a military aircraft struck a village school in the north "
        "of the country.\n\nRescuers dug through the rubble for hours.",
    )
    assert [f for f in of_type(run(a, b), "conflict") if mentions(f, *figures)]


def test_children_among_the_dead_are_no_toll_against_the_wounded():
    a = (
        "Air strike on town kills 11",
        "An air strike on a town in the south killed 11 people, including three children, "
        "and wounded 34 others on Tuesday, the health ministry said.",
    )
    b = (
        "Strike on southern town kills 11, wounds 43",
        "An air strike on a town in the south on Tuesday killed 11 people and wounded 43 "
        "others, the health ministry said.",
    )
    assert not [f for f in of_type(run(a, b), "conflict") if mentions(f, "three children")]


# --- one large hedged count of people across languages, named by two nouns ---


@pytest.mark.parametrize(
    ("english", "indonesian", "expected"),
    [
        ("employs around 6,200 workers", "mempekerjakan sekitar 6.200 orang", True),
        ("employs more than 3,800 people", "mempekerjakan lebih dari 3.800 karyawan", True),
        # two specific nouns: two groups of one plant
        ("employs around 6,200 workers", "melayani sekitar 6.200 pasien", False),
    ],
)
def test_a_large_hedged_count_of_people_under_two_nouns_agrees_across_languages(
    english, indonesian, expected
):
    en = (
        "Fire breaks out at cement plant in Java",
        "A fire broke out at a cement plant in Tuban, East Java, on Friday, officials said. "
        "No one was hurt.\n\n"
        f"The plant, one of the largest in the country, {english} and has been running "
        "since 1994.",
    )
    id_ = (
        "Kebakaran Landa Pabrik Semen di Tuban",
        "Kebakaran melanda pabrik semen di Tuban, Jawa Timur, Jumat. Tidak ada korban "
        "dalam peristiwa itu.\n\n"
        f"Pabrik yang termasuk terbesar di Indonesia itu {indonesian} dan beroperasi sejak "
        "1994.",
    )
    figure = english.split()[-2]
    found = [f for f in of_type(run(en, id_), "agreement") if mentions(f, figure)]
    assert bool(found) is expected


# --- a cap ten times another text's sum is no version of it ---


@pytest.mark.parametrize(
    ("cap", "fee", "joined"),
    [
        ("hingga Rp 30 juta", "Rp 3 juta", False),
        ("hingga Rp 80 juta", "Rp 6 juta", False),
        ("hingga Rp 40 juta", "Rp 35 juta", True),  # the same order: the cap fits the sum
    ],
)
def test_a_cap_ten_times_another_text_sum_is_not_joined_to_it(cap, fee, joined):
    a = (
        "Korban Penyekapan Dipulangkan",
        "Sebanyak 52 korban penyekapan di luar negeri tiba di Jakarta, Senin (16/11/2026). "
        f"Menurut pendamping korban, keluarga diminta membayar tebusan {cap} agar anggota "
        "keluarganya dilepaskan.",
    )
    b = (
        "Polisi Tangkap Perekrut Korban",
        "Polisi menangkap dua perekrut pekerja migran di Medan, Senin (16/11/2026). Keduanya "
        f"diduga menerima bayaran {fee} untuk setiap orang yang diberangkatkan.",
    )
    report = run(a, b)
    together = [
        f
        for f in report.findings
        if f.type in ("unique", "agreement")
        and mentions(f, cap.split()[-2], fee.split()[-2])
        and len({e.article for e in f.evidence}) == 2
    ]
    assert bool(together) is joined


# --- the games of a match walked through are no single moment to rank ---


@pytest.mark.parametrize(
    ("english", "indonesian", "conflict"),
    [
        (
            "Lee took the first game, but Tan levelled in a tight second game. Tan said he "
            "tired in the third game.",
            "Lee merebut gim pertama, lalu Tan menyamakan kedudukan di gim kedua.",
            False,
        ),
        (
            "Lee won in straight sets after breaking serve in the third game of the match.",
            "Lee menang straight set setelah mematahkan servis lawan pada gim kelima.",
            True,
        ),
    ],
)
def test_two_places_of_one_numbered_noun_make_a_series_not_one_moment(
    english, indonesian, conflict
):
    report = run(
        ("Lee wins Surabaya Open final", f"SURABAYA, Oct 19 - {english}"),
        (
            "Lee Juara Surabaya Open",
            f"Lee menjuarai Surabaya Open, Minggu (19/10/2025). {indonesian}",
        ),
    )
    assert bool(of_type(report, "conflict", "ordinal")) is conflict


# --- a part after the whole its sentence opens on is no count of the whole ---


@pytest.mark.parametrize(
    ("breakdown", "part"),
    [
        (
            "Menurut data dinas kesehatan, dari 88 pasien yang keracunan, 61 pasien dirawat di "
            "RSUD Kota dan 27 pasien di puskesmas.",
            "61 pasien",
        ),
        (
            "Of the 88 patients who fell ill, 61 patients were treated at the city hospital and "
            "27 at clinics.",
            "61 patients",
        ),
    ],
)
def test_a_part_after_an_opened_whole_is_not_set_against_another_text_whole(breakdown, part):
    lang_en = breakdown.startswith("Of")
    a = (
        "Food poisoning at wedding" if lang_en else "Keracunan Massal di Pesta Pernikahan",
        (
            "Dozens of guests fell ill after a wedding party in Garut on Sunday, officials said. "
            if lang_en
            else "Puluhan tamu keracunan setelah menghadiri pesta pernikahan di Garut, Minggu "
            "(15/11/2026). "
        )
        + breakdown,
    )
    b = (
        "Wedding guests poisoned in Garut" if lang_en else "Tamu Pesta di Garut Keracunan",
        (
            "Guests fell ill after a wedding party in Garut on Sunday. A total of 64 patients "
            "were treated, health officials said."
            if lang_en
            else "Tamu pesta pernikahan di Garut keracunan, Minggu (15/11/2026). Sebanyak 64 "
            "pasien dirawat, kata petugas dinas kesehatan."
        ),
    )
    assert not [f for f in of_type(run(a, b), "conflict") if mentions(f, part, "64")]


def test_two_parts_of_one_opened_whole_are_still_compared():
    a = (
        "Ekonom Perkirakan Suku Bunga Tetap",
        "Dari 20 ekonom yang disurvei pekan lalu, 16 orang memperkirakan suku bunga acuan "
        "tidak berubah pada rapat bank sentral, Kamis (19/11/2026).",
    )
    b = (
        "Most economists expect no rate change",
        "Dari 20 ekonom yang disurvei, 14 orang memperkirakan suku bunga acuan tidak berubah "
        "pada rapat bank sentral, Kamis (19/11/2026).",
    )
    assert [f for f in of_type(run(a, b), "conflict") if mentions(f, "16 orang", "14 orang")]


# --- a denial word inside the claim's own clause is the claimant's, not a reply ---


@pytest.mark.parametrize(
    ("claim", "disputed"),
    [
        # the claimant's own words: refused to work, rejected an offer
        ("Seorang korban, S (27), mengaku dipukuli karena menolak bekerja lembur.", False),
        ("Seorang korban, S (27), mengaku disekap setelah menolak tawaran pelaku.", False),
        # a reply after the clause closes
        ("Seorang korban, S (27), mengaku dipukuli mandor, klaim yang dibantah perusahaan.", True),
        (
            "Seorang korban, S (27), mengaku dipukuli mandor, namun perusahaan membantah hal itu.",
            True,
        ),
    ],
)
def test_a_denial_word_inside_the_claim_is_no_reply_to_it(claim, disputed):
    a = (
        "Pekerja Migran Dipulangkan dari Malaysia",
        "Sebanyak 24 pekerja migran dipulangkan dari Malaysia, Senin (16/11/2026). "
        f"{claim}\n\nPara pekerja akan didata sebelum kembali ke daerah asal.",
    )
    b = (
        "24 Pekerja Migran Tiba di Batam",
        "Sebanyak 24 pekerja migran tiba di Pelabuhan Batam, Senin (16/11/2026). Mereka "
        "akan menjalani pemeriksaan kesehatan.",
    )
    claims = of_type(run(a, b), "unique", "claim")
    assert bool(claims) is disputed


# --- an update's revised count over the first reports' figure, which it also writes ---


@pytest.mark.parametrize(
    ("update", "first", "later"),
    [
        (
            "Jumlah nelayan yang dipulangkan dari Malaysia bertambah menjadi 41 orang, Rabu "
            "(18/11/2026). Gelombang pertama sebanyak 32 orang telah lebih dulu tiba di Dumai.",
            "32",
            "41 orang",
        ),
        (
            "Jumlah nelayan yang dipulangkan bertambah menjadi 50 orang, Rabu (18/11/2026). "
            "Sebanyak 32 orang di antaranya tiba pada Minggu lalu.",
            "32",
            "50 orang",
        ),
    ],
)
def test_an_update_over_the_first_reports_figure_it_also_writes_is_a_later_count(
    update, first, later
):
    a = (
        "32 Nelayan Dipulangkan dari Malaysia",
        "Pemerintah memulangkan 32 nelayan yang ditahan otoritas Malaysia. Mereka tiba di "
        "Pelabuhan Dumai, Minggu (15/11/2026).",
    )
    b = (
        "Nelayan Riau Tiba di Dumai",
        "Sebanyak 32 nelayan asal Riau tiba di Pelabuhan Dumai, Minggu (15/11/2026), setelah "
        "ditahan otoritas Malaysia.",
    )
    c = ("Nelayan yang Dipulangkan Bertambah", update)
    found = [f for f in of_type(run(a, b, c), "conflict") if mentions(f, first, later)]
    assert found and all("bertambah menjadi" in f.message for f in found)


# --- a match's sets: those told alike agree, the one told otherwise conflicts ---


@pytest.mark.parametrize(
    ("english", "indonesian", "agreed", "disputed"),
    [
        ("21-18, 17-21, 21-16", "21-18, 17-21, 21-19", ("21-18", "17-21"), ("21-16", "21-19")),
        ("21-14, 21-19", "21-14, 21-17", ("21-14",), ("21-19", "21-17")),
    ],
)
def test_sets_told_alike_agree_and_the_set_told_otherwise_conflicts(
    english, indonesian, agreed, disputed
):
    en = (
        "Wardani wins Jakarta Open",
        f"JAKARTA, Oct 12 - Wardani won the Jakarta Open final on Sunday, beating Lin Wei "
        f"{english} at the Istora.",
    )
    id_ = (
        "Wardani Juara Jakarta Open",
        f"Wardani menjadi juara Jakarta Open setelah mengalahkan Lin Wei dengan skor "
        f"{indonesian} di Istora, Minggu (12/10/2025).",
    )
    report = run(en, id_)
    for score in agreed:
        assert [f for f in of_type(report, "agreement", "number:score") if mentions(f, score)]
    conflicts = of_type(report, "conflict", "number:score")
    assert len(conflicts) == 1 and mentions(conflicts[0], *disputed)
    assert not mentions(conflicts[0], agreed[0])


# --- one place in the world rankings, in two languages ---


@pytest.mark.parametrize(
    ("english", "indonesian", "agreed", "conflict"),
    [
        ("is expected to rise to fourth in the world rankings", "peringkat keempat", True, False),
        ("is expected to rise to fourth in the world rankings", "peringkat kelima", False, True),
    ],
)
def test_one_place_in_the_world_rankings_is_compared_across_languages(
    english, indonesian, agreed, conflict
):
    en = (
        "Wardani wins Jakarta Open",
        "JAKARTA, Oct 12 - Wardani won the Jakarta Open final on Sunday at the Istora.\n\n"
        f"Wardani {english} when the federation publishes its new list on Tuesday.",
    )
    id_ = (
        "Wardani Juara Jakarta Open",
        "Wardani menjadi juara Jakarta Open di Istora, Minggu (12/10/2025).\n\n"
        f"Dengan hasil ini, Wardani akan naik ke {indonesian} dunia pada pembaruan ranking, "
        "Selasa (14/10/2025).",
    )
    report = run(en, id_)
    assert bool(of_type(report, "agreement", "ordinal")) is agreed
    assert bool(of_type(report, "conflict", "ordinal")) is conflict


# --- initials tied to the one full name they start, across transliterations ---


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # initials in one text, the full name spelt another way in the other
        (("DV (36)", "Dmitri Volkov"), ("Dmitry Volkoff (63)", "Dmitry Volkoff"), True),
        (("DV (36)", "Dmitri Volkov"), ("Dmitry Volkoff (36)", "Dmitry Volkoff"), False),
        # initials of no full name in their text: nothing to tie
        (("DV (36)", "Sergei Ivanov"), ("Dmitry Volkoff (63)", "Dmitry Volkoff"), False),
    ],
)
def test_initials_of_a_text_full_name_meet_the_other_text_surname_age(first, second, conflict):
    (aged_a, full_a), (aged_b, _) = first, second
    a = (
        "Turis Asing Dideportasi dari Lombok",
        f"Kantor Imigrasi Mataram mendeportasi seorang turis berinisial {aged_a} melalui "
        f"Bandara Internasional Lombok, Rabu (11/3/2026). Pria bernama lengkap {full_a} itu "
        "sebelumnya merusak fasilitas penginapan di Senggigi.",
    )
    b = (
        "Perusak Penginapan di Senggigi Dideportasi",
        f"Seorang turis asing, {aged_b}, dideportasi melalui Bandara Internasional Lombok, "
        "Rabu (11/3/2026), setelah merusak fasilitas penginapan di Senggigi.",
    )
    assert bool(of_type(run(a, b), "conflict", "age")) is conflict


# --- one foreigner given two nationalities ---


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        ("seorang warga negara Jerman", "seorang bule asal Belanda", True),
        ("seorang WNA asal Prancis", "seorang turis asal Italia", True),
        ("seorang warga negara Jerman", "seorang turis asal Jerman", False),
        # one text names two nationalities (the tourist and the one he hit): left alone
        (
            "seorang warga negara Jerman yang memukul turis asal Swiss",
            "seorang bule asal Belanda",
            False,
        ),
    ],
)
def test_one_foreigner_given_two_nationalities_conflicts(first, second, conflict):
    a = (
        "Turis Asing Dideportasi dari Lombok",
        f"Kantor Imigrasi Mataram mendeportasi {first} melalui Bandara Internasional Lombok, "
        "Rabu (11/3/2026). Ia sebelumnya merusak fasilitas penginapan di Senggigi.",
    )
    b = (
        "Perusak Penginapan di Senggigi Dideportasi",
        f"Imigrasi memulangkan {second} yang merusak fasilitas penginapan di Senggigi. "
        "Ia diterbangkan dari Bandara Internasional Lombok, Rabu (11/3/2026).",
    )
    assert bool(of_type(run(a, b), "conflict", "who:nationality")) is conflict
