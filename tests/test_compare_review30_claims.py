"""Rules added after compare review 30 (figures in conflict or agreement on unseen text):
one group of people told with two nouns and its digits swapped, a bare percentage
translated with its digits swapped beside a figure both paragraphs give, a price level
naming its currency after the figure, a round decimal ("5.0%") and a small share beside an
agreed figure across languages, a revision's old figure kept apart from another source's
current one, a hedge stretched over two figures, a headline's toll lent to the wrong body
count. Pinned with sentences written for these tests."""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type, run


def _found(kind: str, a: tuple[str, str], b: tuple[str, str], *words: str) -> bool:
    """Whether comparing the two articles gives a finding of ``kind`` holding every word."""
    return any(mentions(f, *words) for f in of_type(run(a, b), kind))


# --- one group of people, two nouns, the digits swapped, in both headlines or leads ---


def _deportation(first: str, second: str) -> tuple[tuple[str, str], tuple[str, str]]:
    a = (
        f"{first} Pekerja Migran Dipulangkan lewat Pelabuhan Dumai",
        f"Riau Kini – Sebanyak {first} pekerja migran Indonesia dipulangkan otoritas "
        "Malaysia melalui Pelabuhan Dumai, Rabu (4/3/2026) siang.\n\n"
        "Mereka sebelumnya bekerja di ladang sawit tanpa izin kerja yang sah. Petugas "
        "mendata para pekerja sebelum mereka dipulangkan ke daerah asal.\n\n"
        "Dinas sosial menyiapkan penampungan sementara di dekat pelabuhan.",
    )
    b = (
        f"Malaysia Deportasi {second} Pendatang Tanpa Izin ke Dumai",
        f"Kabar Pesisir – Otoritas Malaysia kembali memulangkan para pekerja. Sebanyak "
        f"{second} pendatang tanpa izin tiba di Pelabuhan Dumai, Rabu (4/3/2026).\n\n"
        "Mereka sebelumnya bekerja di ladang sawit tanpa izin kerja yang sah. Petugas "
        "mendata para pekerja sebelum mereka dipulangkan ke daerah asal.\n\n"
        "Pemerintah daerah asal akan menanggung biaya perjalanan pulang.",
    )
    return a, b


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        ("214", "241", True),
        ("376", "367", True),
        ("214", "198", False),  # other digits: two counts, no slip to show
    ],
)
def test_one_group_told_with_two_nouns_and_its_digits_swapped_is_in_conflict(
    first, second, conflict
):
    a, b = _deportation(first, second)
    assert _found("conflict", a, b, first, second) is conflict


def _match(first: str, second: str) -> tuple[tuple[str, str], tuple[str, str]]:
    a = (
        "Persib Kalahkan Persija 2-0 di Bandung",
        "Bola Priangan – Persib Bandung mengalahkan Persija Jakarta 2-0 di Stadion Gelora "
        f"Bandung Lautan Api, Minggu (8/3/2026). Laga itu disaksikan sekitar {first} "
        "penonton.\n\n"
        "Kedua gol Persib dicetak pada babak kedua lewat sundulan dan tendangan bebas.\n\n"
        "Pelatih Persib memuji disiplin lini belakang timnya sepanjang laga.",
    )
    b = (
        "Persib Tekuk Persija di GBLA",
        "Sorot Liga – Persib Bandung menundukkan Persija Jakarta 2-0 di Stadion Gelora "
        f"Bandung Lautan Api, Minggu (8/3/2026). Sebanyak {second} suporter memadati "
        "tribun.\n\n"
        "Kedua gol Persib dicetak pada babak kedua lewat sundulan dan tendangan bebas.\n\n"
        "Manajemen Persija belum memberi keterangan soal evaluasi pelatih.",
    )
    return a, b


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        ("38.000", "83.000", True),
        ("27.500", "25.700", True),
        ("38.000", "35.000", False),
    ],
)
def test_a_crowd_of_spectators_and_of_supporters_with_swapped_digits_is_one_crowd_in_conflict(
    first, second, conflict
):
    a, b = _match(first, second)
    assert _found("conflict", a, b, first, second) is conflict


# --- a bare percentage translated with its digits swapped beside a figure both give ---


def _prices(monthly_en: str, monthly_id: str, core_id: str) -> tuple[tuple[str, str], ...]:
    en = (
        "Philippine inflation eases in February",
        "MANILA, March 5 (Harbour Wire) - Philippine annual inflation eased in February as "
        "rice prices fell for a third month, the statistics office said on Thursday.\n\n"
        f"On a monthly basis, consumer prices rose {monthly_en}, the office said. Core "
        "inflation was 2.63% year-on-year, slightly lower than a month earlier.\n\n"
        "Economists expect the central bank to hold rates at its next meeting.",
    )
    id_ = (
        "Inflasi Filipina Melandai pada Februari",
        "Kabar Asia – Inflasi tahunan Filipina melandai pada Februari karena harga beras "
        "turun tiga bulan berturut-turut, kata kantor statistik negara itu.\n\n"
        f"Secara bulanan, harga konsumen naik {monthly_id}. Adapun inflasi inti tercatat "
        f"{core_id} secara tahunan, sedikit lebih rendah dari bulan sebelumnya.\n\n"
        "Para ekonom memperkirakan bank sentral menahan suku bunga pada rapat berikutnya.",
    )
    return en, id_


@pytest.mark.parametrize(
    ("monthly_en", "monthly_id", "core_id", "conflict"),
    [
        ("0.27%", "0,72 persen", "2,63 persen", True),
        ("0.35%", "0,53 persen", "2,63 persen", True),
        # the figure beside it is not the same: nothing ties the two sentences together
        ("0.27%", "0,72 persen", "2,48 persen", False),
    ],
)
def test_a_bare_percentage_translated_with_swapped_digits_beside_an_agreed_figure_conflicts(
    monthly_en, monthly_id, core_id, conflict
):
    en, id_ = _prices(monthly_en, monthly_id, core_id)
    assert _found("conflict", en, id_, monthly_en, monthly_id) is conflict


@pytest.mark.parametrize(
    ("gain_en", "gain_id"),
    [("3.1%", "1,3 persen"), ("5.2%", "2,5 persen")],
)
def test_a_lead_price_move_ending_at_a_level_named_in_dollars_after_it_still_conflicts(
    gain_en, gain_id
):
    en = (
        "Oil climbs after pipeline outage",
        f"SINGAPORE, April 7 (Harbour Wire) - Benchmark Brent crude futures jumped {gain_en} "
        "to $64.20 a barrel in Asian trade on Tuesday after an outage on a major pipeline.\n\n"
        "Traders said the outage could last for a week.",
    )
    id_ = (
        "Harga Minyak Naik karena Gangguan Pipa",
        f"Kabar Pasar – Harga minyak Brent naik {gain_id} ke level 64,30 dolar AS per barel "
        "pada perdagangan Asia, Selasa, setelah gangguan pada pipa utama.\n\n"
        "Para pedagang menyebut gangguan itu bisa berlangsung sepekan.",
    )
    assert _found("conflict", en, id_, gain_en, gain_id)


# --- round decimals and small shares agreed across languages ---


def _budget(
    growth_en: str, growth_id: str, cap_en: str, cap_id: str
) -> tuple[tuple[str, str], ...]:
    en = (
        "Fund keeps Vietnam growth view",
        "HANOI, May 12 (Harbour Wire) - The lender still sees the economy growing "
        f"{growth_en} this year, it said in a statement on Tuesday.\n\n"
        f"It urged the government to keep the budget deficit below the cap of {cap_en} of "
        "output. It projected a deficit of 3.7% of output next year.\n\n"
        "Officials said spending on roads would continue.",
    )
    id_ = (
        "Lembaga Dana Pertahankan Proyeksi Vietnam",
        "Kabar Ekonomi – Lembaga itu tetap menaksir ekonomi tumbuh "
        f"{growth_id} tahun ini.\n\n"
        "Defisit anggaran tahun depan diperkirakan mencapai 3,7 persen dari output, "
        f"mendekati batas {cap_id} yang ditetapkan undang-undang.\n\n"
        "Pemerintah menyebut belanja jalan tetap berlanjut.",
    )
    return en, id_


@pytest.mark.parametrize(
    ("growth_en", "growth_id", "agreed"),
    [("6.0%", "6,0 persen", True), ("7.0%", "7,0 persen", True), ("6.0%", "6,5 persen", False)],
)
def test_a_round_figure_written_with_its_decimal_agrees_across_languages(
    growth_en, growth_id, agreed
):
    en, id_ = _budget(growth_en, growth_id, "4%", "4 persen")
    assert _found("agreement", en, id_, growth_en, growth_id) is agreed


@pytest.mark.parametrize(
    ("cap_en", "cap_id", "agreed"),
    [("4%", "4 persen", True), ("5%", "5 persen", True), ("4%", "5 persen", False)],
)
def test_a_small_share_beside_a_figure_both_paragraphs_give_agrees_across_languages(
    cap_en, cap_id, agreed
):
    en, id_ = _budget("6.0%", "6,0 persen", cap_en, cap_id)
    assert _found("agreement", en, id_, cap_en, cap_id) is agreed


# --- a revision's old figure against another source's current one ---


def _forecast(old_en: str, target_en: str, old_id: str) -> tuple[tuple[str, str], ...]:
    en = (
        "Fund cuts Thailand growth forecast",
        "WASHINGTON, June 3 (Harbour Wire) - The fund on Wednesday cut its forecast for "
        f"Thailand's growth next year to 2.6% from {old_en}, citing weaker tourism.\n\n"
        "Exports of cars and electronics would also slow, it said.\n\n"
        f"Thailand's finance ministry said it still expected growth of {target_en} next "
        "year.",
    )
    id_ = (
        "Proyeksi Pertumbuhan Thailand Dipangkas",
        "Kabar Asia – Lembaga dana internasional memangkas proyeksi pertumbuhan ekonomi "
        f"Thailand tahun depan menjadi 2,6 persen, turun dari proyeksi sebelumnya {old_id}.\n\n"
        "Ekspor mobil dan elektronik juga diperkirakan melambat.\n\n"
        "Pemerintah Thailand belum menanggapi proyeksi tersebut.",
    )
    return en, id_


@pytest.mark.parametrize(
    ("old_en", "target_en", "old_id"),
    [("3.1%", "3.4%", "3,4 persen"), ("2.9%", "3.3%", "3,3 persen")],
)
def test_a_revisions_old_figure_meets_the_other_old_figure_not_a_current_target(
    old_en, target_en, old_id
):
    en, id_ = _forecast(old_en, target_en, old_id)
    report = run(en, id_)
    assert any(mentions(f, old_en, old_id) for f in of_type(report, "conflict"))
    assert not any(mentions(f, target_en, old_id) for f in of_type(report, "agreement"))


@pytest.mark.parametrize(
    ("a_figure", "b_figures"),
    [("4,8 persen", ("4,7 persen", "4,8 persen")), ("6,3 persen", ("6,2 persen", "6,3 persen"))],
)
def test_a_hedged_figure_agrees_with_its_own_value_not_with_the_figure_next_to_it(
    a_figure, b_figures
):
    low, high = b_figures
    a = (
        "Defisit Anggaran Daerah Diperkirakan Naik",
        "Kabar Daerah – Pemerintah provinsi memperkirakan inflasi daerah tahun depan "
        f"sebesar {low}. Defisit anggaran diperkirakan mencapai {a_figure} dari pendapatan "
        "daerah.\n\nDPRD meminta belanja pegawai ditekan.",
    )
    b = (
        "Pemprov Proyeksikan Defisit Anggaran",
        "Warta Provinsi – Pemerintah provinsi memperkirakan inflasi daerah tahun depan "
        f"sebesar {low} dan defisit anggaran {high} dari pendapatan daerah.\n\n"
        "DPRD meminta belanja pegawai ditekan.",
    )
    report = run(a, b)
    agreements = of_type(report, "agreement")
    assert any(mentions(f, a_figure, high) for f in agreements)
    assert not any(mentions(f, a_figure) and mentions(f, low) for f in agreements)


# --- a headline's toll lent only to the body count that tells it ---


@pytest.mark.parametrize(("count", "word"), [("Empat", "empat"), ("Lima", "lima")])
def test_a_headline_toll_is_not_lent_to_another_group_of_the_same_figure(count, word):
    a = (
        f"Minibus Terjun ke Sungai di Magelang, {count} Orang Tewas",
        "Jateng Hari Ini – Sebuah minibus rombongan sekolah terjun ke sungai di Kecamatan "
        "Salaman, Magelang, Sabtu (14/3/2026).\n\n"
        f"Minibus itu membawa rombongan yang terdiri atas 13 siswa, {word} guru, dan sopir.\n\n"
        f"Kapolsek Salaman mengatakan {word} orang meninggal dunia dalam kecelakaan itu. "
        "Korban luka dibawa ke RSUD Muntilan.",
    )
    b = (
        f"{count} Tewas dalam Kecelakaan Minibus di Salaman",
        "Kabar Kedu – Minibus rombongan sekolah masuk ke sungai di Salaman, Magelang, "
        f"Sabtu (14/3/2026). {count} orang meninggal dunia dalam kecelakaan itu.\n\n"
        "Minibus itu membawa rombongan sekolah. Korban luka dibawa ke RSUD Muntilan.",
    )
    agreements = [f for f in of_type(run(a, b), "agreement") if mentions(f, word)]
    assert agreements
    assert not any(mentions(f, f"{word} guru") for f in agreements)


# --- a match minute in dispute is told as a minute, not as a place in a series ---


@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        ("34", "43", "Menit kejadian berbeda"),
        ("18", "81", "Menit kejadian berbeda"),
    ],
)
def test_two_minutes_of_one_goal_are_reported_as_a_minute_in_dispute(first, second, words):
    a = (
        "PSM Tundukkan Persebaya 2-1",
        "Kabar Makassar – PSM Makassar menang 2-1 atas Persebaya Surabaya di Stadion "
        "Gelora BJ Habibie, Parepare, Jumat (6/3/2026).\n\n"
        f"Gol pembuka PSM dicetak lewat sundulan kepala pada menit ke-{first} setelah "
        "sepak pojok dari sisi kanan.\n\n"
        "Persebaya menyamakan kedudukan pada menit ke-55 lewat tendangan bebas. Gol "
        "kemenangan PSM lahir pada menit ke-88 dari titik penalti.",
    )
    b = (
        "PSM Kalahkan Persebaya di Parepare",
        "Sorot Bola – PSM Makassar mengalahkan Persebaya Surabaya 2-1 di Stadion Gelora "
        "BJ Habibie, Parepare, Jumat (6/3/2026).\n\n"
        f"Gol pembuka PSM dicetak lewat sundulan kepala pada menit ke-{second} setelah "
        "sepak pojok dari sisi kanan.\n\n"
        "Persebaya menyamakan kedudukan pada menit ke-55 lewat tendangan bebas. Gol "
        "kemenangan PSM lahir pada menit ke-88 dari titik penalti.",
    )
    conflicts = [f for f in of_type(run(a, b), "conflict") if f.slot == "ordinal"]
    assert any(words in f.message and mentions(f, first, second) for f in conflicts)


# --- percentage points told as percent in a translation ---


@pytest.mark.parametrize(
    ("points", "percent", "agreed"),
    [
        ("0.37 percentage point", "0,37 persen", True),
        ("0.52 percentage point", "0,52 persen", True),
        ("0.37 percentage point", "0,73 persen", False),
    ],
)
def test_a_contribution_in_points_agrees_with_the_same_decimal_told_in_percent(
    points, percent, agreed
):
    en = (
        "Thai inflation steady in May",
        "BANGKOK, June 2 (Harbour Wire) - Thai annual inflation held steady in May, the "
        "commerce ministry said on Monday.\n\n"
        f"Electricity bills were the largest contributor to annual inflation, adding {points}, "
        "as tariffs rose at the start of the year.\n\n"
        "The ministry expects inflation to stay within its target this year.",
    )
    id_ = (
        "Inflasi Thailand Stabil pada Mei",
        "Kabar Asia – Inflasi tahunan Thailand stabil pada Mei, kata kementerian "
        "perdagangan negara itu.\n\n"
        f"Tarif listrik menjadi penyumbang terbesar inflasi tahunan dengan andil {percent}, "
        "seiring kenaikan tarif pada awal tahun.\n\n"
        "Kementerian memperkirakan inflasi tetap dalam kisaran sasaran tahun ini.",
    )
    assert _found("agreement", en, id_, points, percent) is agreed


# --- two dates written alike in a conflict show what each was read as ---


@pytest.mark.parametrize(
    ("label", "values", "words", "shown"),
    [
        (
            "month",
            ("2026-07-01", "2027-07-01"),
            ("Juli", "Juli"),
            ("Juli (2026-07)", "Juli (2027-07)"),
        ),
        (
            "year",
            ("2025-01-01", "2026-01-01"),
            ("tahun ini", "tahun ini"),
            ("tahun ini (2025)", "tahun ini (2026)"),
        ),
        ("day", ("2026-03-02", "2026-03-09"), ("Senin", "Senin (9/3)"), ("Senin", "Senin (9/3)")),
        # two texts giving one date alike beside a third: nothing to tell apart
        (
            "day",
            ("2026-03-02", "2026-03-02", "2026-03-03"),
            ("Senin (2/3)", "Senin (2/3)", "Selasa (3/3)"),
            ("Senin (2/3)", "Senin (2/3)", "Selasa (3/3)"),
        ),
    ],
)
def test_dates_in_conflict_written_alike_show_the_date_each_was_read_as(
    label, values, words, shown
):
    from kroscek.compare.findings.claims import Mention
    from kroscek.compare.findings.conflict import _told_apart
    from kroscek.data import Fact

    report = run(("Judul", "Kabar Kota – Isi berita pertama."), ("Judul", "Isi berita kedua."))
    article = report.articles[0]
    mentions = [
        Mention(article, Fact("date", label, value, word, 0, len(word), "text"), frozenset())
        for value, word in zip(values, words, strict=True)
    ]
    assert _told_apart(mentions) == list(shown)


# --- a count of children as the whole toll ---


@pytest.mark.parametrize(
    ("children", "people", "title", "conflict"),
    [
        ("tiga anak", "empat orang", "Empat Anak", True),
        ("dua balita", "tiga orang", "Tiga Balita", True),
        ("tiga anak", "tiga orang", "Tiga Anak", False),
        # a headline that counts no children leaves the children a part of the dead
        ("tiga anak", "empat orang", "Empat Warga", False),
    ],
)
def test_a_toll_of_children_alone_meets_a_toll_of_anyone_under_a_headline_of_children(
    children, people, title, conflict
):
    a = (
        "Wabah Difteri di Lembata, Anak Meninggal",
        "Flores Kini – Wabah difteri melanda Kabupaten Lembata, Nusa Tenggara Timur. Dinas "
        f"Kesehatan mencatat {children} meninggal dunia sejak awal bulan.\n\n"
        "Petugas kesehatan menggelar imunisasi massal di sekolah dan posyandu.\n\n"
        "Warga diminta segera membawa anak yang demam ke puskesmas.",
    )
    b = (
        f"Difteri Merebak di Lembata, {title} Meninggal",
        "Kabar NTT – Wabah difteri melanda Kabupaten Lembata, Nusa Tenggara Timur. Jumlah "
        f"korban meninggal dunia bertambah menjadi {people}.\n\n"
        "Petugas kesehatan menggelar imunisasi massal di sekolah dan posyandu.\n\n"
        "Dinas kesehatan menambah stok vaksin di tiap puskesmas.",
    )
    assert _found("conflict", a, b, children, people) is conflict


# --- one protest's crowd estimated by two outlets with two nouns ---


@pytest.mark.parametrize(
    ("crowd_b", "conflict"),
    [
        ("Sekitar 250 orang massa memaksa masuk ke halaman gedung dewan.", True),
        ("Sekitar 700 orang massa memaksa masuk ke halaman gedung dewan.", True),
        # the police deployed, told in a sentence with no protest: another group
        ("Sekitar 250 personel polisi dikerahkan untuk menjaga gedung dewan.", False),
    ],
)
def test_two_hedged_estimates_of_one_protest_crowd_by_two_nouns_conflict(crowd_b, conflict):
    a = (
        "Ratusan Petani Tolak Tambang Pasir di Lumajang",
        "Kabar Jatim – Sekitar 400 petani dari sejumlah desa di lereng Gunung Semeru "
        "berunjuk rasa di depan Kantor "
        "DPRD Lumajang, Selasa (10/3/2026). Mereka menuntut izin tambang pasir di lahan "
        "pertanian dicabut.\n\n"
        "Para petani membawa hasil panen dan spanduk penolakan tambang.\n\n"
        "Ketua DPRD berjanji memanggil dinas terkait pekan depan.",
    )
    b = (
        "Demo Tolak Tambang Pasir di Lumajang Ricuh",
        "Warta Lumajang – Unjuk rasa menolak tambang pasir di depan Kantor DPRD Lumajang, "
        f"Selasa (10/3/2026), berakhir ricuh. {crowd_b}\n\n"
        "Para petani membawa hasil panen dan spanduk penolakan tambang.\n\n"
        "Ketua DPRD berjanji memanggil dinas terkait pekan depan.",
    )
    found = [f for f in of_type(run(a, b), "conflict") if mentions(f, "400")]
    assert bool(found) is conflict


# --- a statement's day agrees with another text's lead when no two leads are in dispute ---


@pytest.mark.parametrize(
    ("operation", "agreed"),
    [
        ("Tim penyidik menangkap tujuh orang dalam operasi Senin (9/3/2026) malam.", True),
        # the first text never dates the operation: its lead day may be the act's, and the
        # statement day is kept from hiding that dispute
        ("Tim penyidik menangkap tujuh orang dalam operasi tersebut.", False),
    ],
)
def test_a_statement_day_agrees_with_the_other_lead_when_both_texts_give_the_act_day(
    operation, agreed
):
    a = (
        "KPK Tetapkan Wali Kota Tersangka Suap",
        "Kabar Nusantara – KPK menetapkan Wali Kota Pematang Jaya sebagai tersangka suap "
        "proyek pasar. Penetapan itu diumumkan di Gedung Merah Putih KPK, Jakarta, Selasa "
        f"(10/3/2026).\n\n{operation}\n\n"
        "Penyidik menyita uang tunai dalam pecahan rupiah dan dolar.",
    )
    b = (
        "Wali Kota Pematang Jaya Terjaring OTT KPK",
        "Warta Sumatra – KPK menangkap Wali Kota Pematang Jaya dalam operasi tangkap "
        "tangan, Senin malam (9/3). Tujuh orang turut diamankan.\n\n"
        '"Wali kota kami tetapkan sebagai tersangka setelah pemeriksaan," kata Juru Bicara '
        "KPK di Jakarta, Selasa (10/3).\n\n"
        "Penyidik menyita uang tunai dalam pecahan rupiah dan dolar.",
    )
    found = [f for f in of_type(run(a, b), "agreement") if mentions(f, "10/3")]
    assert bool(found) is agreed


# --- one distance in two units ---


@pytest.mark.parametrize(
    ("en_distance", "id_distance", "agreed"),
    # (the number reader takes "mil" alone: the evidence shows "sekitar 12 mil")
    [
        ("about 40 nautical miles", "sekitar 74 kilometer", True),
        ("about 12 nautical miles", "sekitar 12 mil laut", True),
        ("about 40 nautical miles", "sekitar 40 kilometer", False),  # another distance
    ],
)
def test_one_distance_in_nautical_miles_and_kilometres_agrees(en_distance, id_distance, agreed):
    en = (
        "Vietnamese fishing boats seized off Anambas",
        "JAKARTA, May 4 (Harbour Wire) - Indonesian patrol ships seized two Vietnamese "
        f"fishing boats {en_distance} north of the Anambas islands on Sunday, the fisheries "
        "ministry said.\n\n"
        "The crews were taken to a naval base for questioning.",
    )
    id_ = (
        "Dua Kapal Ikan Vietnam Ditangkap di Anambas",
        "Kabar Bahari – Kapal patroli Indonesia menangkap dua kapal ikan Vietnam "
        f"{id_distance} di utara Kepulauan Anambas, Minggu (3/5/2026).\n\n"
        "Para awak kapal dibawa ke pangkalan TNI AL untuk diperiksa.",
    )
    shown = id_distance.removesuffix(" laut")
    assert _found("agreement", en, id_, en_distance, shown) is agreed
