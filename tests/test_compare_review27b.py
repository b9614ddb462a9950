"""Rules added in compare review 27b (slots, dates): the day two first reports agree on
when a third article is a follow-up dated only by the day it updated a count. Pinned with
sentences written for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from compare_helpers import mentions, of_type, run
from kroscek.compare import compare
from kroscek.data import RawArticle

# --- the first reports' day against a follow-up dated by its update ---

_FIRE_A = (
    "Kebakaran Gudang Tekstil di Cimahi, Tujuh Pekerja Terluka",
    "Sebuah gudang tekstil di Kelurahan Cibeber, Kota Cimahi, terbakar pada {day_a} sekitar "
    "pukul 14.00 WIB. Tujuh pekerja mengalami luka bakar.\n\n"
    "Kepala Dinas Pemadam Kebakaran Kota Cimahi, Heru Santosa, mengatakan api diduga berasal "
    "dari korsleting listrik di lantai dua. Sebanyak 12 unit mobil pemadam dikerahkan ke lokasi.",
)
_FIRE_B = (
    "Gudang Tekstil Terbakar, Pekerja Dilarikan ke Rumah Sakit",
    "Api melalap gudang tekstil di Kota Cimahi, Jawa Barat, {day_b} siang. Tujuh pekerja "
    "terluka dan dibawa ke rumah sakit.\n\n"
    "Heru Santosa, Kepala Dinas Pemadam Kebakaran Kota Cimahi, menyebut api berasal dari "
    "korsleting listrik. Petugas mengerahkan 12 unit mobil pemadam.",
)


def _follow_up(update: str) -> tuple[str, str]:
    return (
        "Korban Luka Kebakaran Gudang Cimahi Bertambah",
        "Jumlah pekerja yang terluka dalam kebakaran gudang tekstil di Kota Cimahi bertambah "
        f"menjadi sembilan orang, {update}.\n\n"
        "Heru Santosa mengatakan dua pekerja baru melapor ke puskesmas setelah merasa sesak. "
        "Polisi masih menyelidiki penyebab kebakaran.",
    )


def _story(template: tuple[str, str], **days: str) -> tuple[str, str]:
    return template[0], template[1].format(**days)


@pytest.mark.parametrize(
    ("day_a", "day_b", "update", "shown"),
    [
        ("Kamis (19/11/2026)", "Kamis (19/11)", "Jumat (20/11/2026)", "19/11/2026"),
        ("Selasa (3/3/2026)", "Selasa (3/3/2026)", "Rabu (4/3/2026)", "3/3/2026"),
    ],
)
def test_first_reports_agree_on_their_day_when_the_third_is_a_follow_up_dated_by_its_update(
    day_a, day_b, update, shown
):
    report = run(
        _story(_FIRE_A, day_a=day_a),
        _story(_FIRE_B, day_b=day_b),
        _follow_up(update),
    )
    found = [f for f in of_type(report, "agreement", "date:day")]
    assert len(found) == 1
    assert len(found[0].evidence) == 2
    assert mentions(found[0], shown)  # the day written in full, never a guessed year
    assert update in found[0].message  # the follow-up's day is said to be its update's
    assert not [f for f in of_type(report, "conflict") if f.slot and f.slot.startswith("date")]


@pytest.mark.parametrize(
    "third",
    [
        # a third report that dates the fire itself, on its own day: no follow-up
        (
            "Gudang Tekstil Cimahi Terbakar",
            "Gudang tekstil di Kota Cimahi terbakar pada Rabu (18/11/2026). Tujuh pekerja "
            "terluka. Heru Santosa mengatakan api berasal dari korsleting listrik.",
        ),
        # (a third report that dates nothing at all makes the day the first reports' unique,
        # naming it: tests/test_compare_years_ages_places.py)
        # a third report dating the fire a day later, with a count of its own
        (
            "Gudang Tekstil Cimahi Terbakar",
            "Gudang tekstil di Kota Cimahi terbakar pada Jumat (20/11/2026). Tujuh pekerja "
            "terluka. Heru Santosa mengatakan api berasal dari korsleting listrik di lantai dua.",
        ),
    ],
)
def test_a_third_report_that_is_no_follow_up_leaves_the_first_reports_day_unagreed(third):
    report = run(
        _story(_FIRE_A, day_a="Kamis (19/11/2026)"),
        _story(_FIRE_B, day_b="Kamis (19/11)"),
        third,
    )
    assert not of_type(report, "agreement", "date:day")


def test_an_english_follow_up_dated_by_its_revised_toll_leaves_the_wire_day_agreed():
    first = (
        "Warehouse fire injures seven in Cimahi",
        "A textile warehouse in Cimahi, West Java, caught fire on Thursday, Nov. 19, 2026, "
        "injuring seven workers, the city fire department said.\n\n"
        "Fire chief Heru Santosa said an electrical short on the second floor started the "
        "blaze. Twelve fire engines were sent to the scene.",
    )
    second = (
        "Seven hurt as fire guts Cimahi warehouse",
        "Fire swept through a textile warehouse in Cimahi on Thursday, Nov. 19, 2026, and "
        "seven workers were taken to hospital.\n\n"
        "Heru Santosa, the city's fire chief, said the blaze began with an electrical short.",
    )
    later = (
        "Cimahi warehouse fire injuries rise to nine",
        "The number of workers injured in the Cimahi textile warehouse fire rose to nine on "
        "Friday, Nov. 20, 2026.\n\n"
        "Heru Santosa said two more workers had reported breathing problems.",
    )
    found = of_type(run(first, second, later), "agreement", "date:day")
    assert len(found) == 1 and len(found[0].evidence) == 2
    assert "follow-up" in found[0].message


# --- one scene placed in two areas of one rank by two leads of one day ---


def _school(lead: str) -> tuple[str, str]:
    return (
        "Puluhan Siswa Diduga Keracunan Jajanan Sekolah",
        f"{lead}\n\n"
        "Kepala Puskesmas setempat, Wulan Sari, mengatakan sebagian besar siswa sudah pulang. "
        "Sampel jajanan dikirim ke laboratorium untuk diperiksa.",
    )


@pytest.mark.parametrize(
    ("lead_a", "lead_b", "areas"),
    [
        (
            "Sebanyak 58 siswa SD Negeri 2 Cikaret, Kecamatan Cikaret, Kabupaten Bogor, "
            "diduga keracunan jajanan sekolah pada Kamis (19/11/2026).",
            "Puluhan murid dilarikan ke puskesmas setelah menyantap jajanan di SD Negeri 2 "
            "Cikaret, Kecamatan Cibinong, Bogor, Kamis (19/11).",
            ("Kecamatan Cikaret", "Kecamatan Cibinong"),
        ),
        (
            "Pasar Induk Sentosa di Desa Mekarsari, Kabupaten Karawang, terbakar pada Senin "
            "(2/3/2026) dini hari.",
            "Api menghanguskan ratusan kios Pasar Induk Sentosa di Desa Sukaraja, Karawang, "
            "Senin (2/3/2026).",
            ("Desa Mekarsari", "Desa Sukaraja"),
        ),
    ],
)
def test_two_leads_of_one_day_placing_one_named_scene_in_two_areas_conflict(lead_a, lead_b, areas):
    report = run(_school(lead_a), _school(lead_b))
    found = [f for f in of_type(report, "conflict", "where") if mentions(f, *areas)]
    assert len(found) == 1


@pytest.mark.parametrize(
    ("lead_a", "lead_b"),
    [
        # two days: two events of one kind, not one scene placed twice
        (
            "Sebanyak 58 siswa SD Negeri 2 Cikaret, Kecamatan Cikaret, Kabupaten Bogor, "
            "diduga keracunan jajanan sekolah pada Kamis (19/11/2026).",
            "Puluhan siswa SD Negeri 2 Cikaret di Kecamatan Cibinong, Bogor, dilarikan ke "
            "puskesmas setelah makan jajanan sekolah, Jumat (20/11/2026).",
        ),
        # no scene named alike: two schools of one day
        (
            "Sebanyak 58 siswa SD Negeri 2 Cikaret, Kecamatan Cikaret, Kabupaten Bogor, "
            "diduga keracunan jajanan sekolah pada Kamis (19/11/2026).",
            "Puluhan siswa SMP Pelita Bangsa di Kecamatan Cibinong, Bogor, dilarikan ke "
            "puskesmas setelah makan jajanan sekolah, Kamis (19/11/2026).",
        ),
        # the other text names the first area too: a neighbour, not a swap
        (
            "Sebanyak 58 siswa SD Negeri 2 Cikaret, Kecamatan Cikaret, Kabupaten Bogor, "
            "diduga keracunan jajanan sekolah pada Kamis (19/11/2026).",
            "Puluhan siswa SD Negeri 2 Cikaret di Kecamatan Cibinong, Bogor, dilarikan ke "
            "puskesmas di Kecamatan Cikaret setelah makan jajanan sekolah, Kamis (19/11).",
        ),
    ],
)
def test_leads_of_two_days_two_scenes_or_a_named_neighbour_are_no_area_conflict(lead_a, lead_b):
    report = run(_school(lead_a), _school(lead_b))
    assert not [f for f in of_type(report, "conflict", "where") if mentions(f, "Kecamatan")]


def test_an_english_lead_pair_placing_one_named_school_in_two_counties_conflicts():
    first = (
        "Blast at Oakridge school",
        "Four workers were injured on Tuesday, March 3, 2026, when an explosion tore through "
        "the Oakridge Senior High School in Marion County, officials said.\n\n"
        "Fire crews kept the blaze from spreading to the storage tanks.",
    )
    second = (
        "Four hurt in school explosion",
        "A blast ripped apart a storage unit at the Oakridge Senior High School in Clark County "
        "on Tuesday, March 3, 2026, sending smoke over nearby farms.\n\n"
        "The school's principal said classes had been suspended.",
    )
    found = of_type(run(first, second), "conflict", "where")
    assert [f for f in found if mentions(f, "Marion County", "Clark County")]


# --- two same-day reports whose leads tell one act, one as a verb, one as a noun ---

_WIB = timezone(timedelta(hours=7))


def _published(*stories: tuple[str, str, datetime]):
    return compare(
        [
            RawArticle(f"mem:{i}", title, text, source=f"Outlet {chr(65 + i)}", published=day)
            for i, (title, text, day) in enumerate(stories)
        ]
    )


_LEAK_A = (
    "Data Pelanggan Toko Daring Diduga Bocor",
    "Unggahan itu pertama kali terlihat di sebuah forum pada {day_a}.\n\n"
    "Perusahaan menyatakan sedang menelusuri sumber kebocoran bersama tim keamanan siber.",
)
_LEAK_B = (
    "Peretas Jual Data Pelanggan Toko Daring",
    "Seorang peretas anonim mengunggah jutaan data pelanggan toko daring pada {day_b} "
    "malam.\n\nPerusahaan mengaku masih menelusuri sumber kebocoran bersama tim keamanan "
    "siber.",
)


@pytest.mark.parametrize(
    ("day_a", "day_b"),
    [
        ("Sabtu (14/11/2026)", "Jumat (13/11/2026)"),
        ("Minggu (15/11/2026)", "Sabtu (14/11/2026)"),
    ],
)
def test_same_day_reports_whose_leads_tell_one_act_as_verb_and_noun_conflict_on_its_day(
    day_a, day_b
):
    published = datetime(2026, 11, 16, 9, 0, tzinfo=_WIB)
    report = _published(
        (_LEAK_A[0], _LEAK_A[1].format(day_a=day_a), published),
        (_LEAK_B[0], _LEAK_B[1].format(day_b=day_b), published + timedelta(hours=3)),
    )
    found = [f for f in of_type(report, "conflict", "when") if mentions(f, day_a, day_b)]
    assert len(found) == 1


def test_reports_published_on_two_days_leave_their_leads_days_undisputed():
    report = _published(
        (
            _LEAK_A[0],
            _LEAK_A[1].format(day_a="Sabtu (14/11/2026)"),
            datetime(2026, 11, 14, 20, 0, tzinfo=_WIB),
        ),
        (
            _LEAK_B[0],
            _LEAK_B[1].format(day_b="Senin (16/11/2026)"),
            datetime(2026, 11, 16, 9, 0, tzinfo=_WIB),
        ),
    )
    assert not of_type(report, "conflict", "when")


def test_a_same_day_lead_dating_a_quote_is_no_second_date_of_the_act():
    published = datetime(2026, 11, 20, 9, 0, tzinfo=_WIB)
    first = (
        "Air Bersih Digilir Dua Hari Sekali",
        "Perusahaan air minum kota mulai memberlakukan jadwal distribusi bergilir sejak Kamis "
        "(19/11/2026).\n\nWarga diminta menampung air pada hari giliran.",
        published,
    )
    second = (
        "Wali Kota Minta Warga Hemat Air",
        '"Jadwal bergilir ini kami lakukan supaya semua kelurahan kebagian air," kata wali kota '
        "di balai kota, Jumat (20/11/2026).\n\nWarga diminta menampung air pada hari giliran.",
        published + timedelta(hours=4),
    )
    assert not of_type(_published(first, second), "conflict", "when")


# --- the hour power came back in full, worded two ways ---


def _outage(restored: str) -> tuple[str, str]:
    return (
        "Listrik Padam di Tiga Provinsi",
        "Aliran listrik di tiga provinsi padam pada Sabtu (7/3/2026) sekitar pukul 13.10 WIB. "
        f"{restored}\n\n"
        "Perusahaan listrik negara meminta maaf kepada pelanggan atas gangguan tersebut.",
    )


@pytest.mark.parametrize(
    ("restored_a", "restored_b", "times"),
    [
        (
            "Semua gardu kembali menyala pada pukul 20.05 WIB.",
            "Pasokan listrik baru pulih sepenuhnya pukul 21.40 WIB.",
            ("20.05", "21.40"),
        ),
        (
            "Listrik pulih total pada pukul 19.30 WIB.",
            "Seluruh rumah warga menyala kembali pukul 18.45 WIB.",
            ("19.30", "18.45"),
        ),
    ],
)
def test_two_hours_of_a_full_restoration_worded_apart_conflict(restored_a, restored_b, times):
    report = run(_outage(restored_a), _outage(restored_b))
    found = [f for f in of_type(report, "conflict", "when:time") if mentions(f, *times)]
    assert len(found) == 1


@pytest.mark.parametrize(
    ("restored_a", "restored_b"),
    [
        # the first lights back on is no full restoration
        (
            "Sebagian gardu mulai menyala pukul 17.20 WIB.",
            "Pasokan listrik baru pulih sepenuhnya pukul 21.40 WIB.",
        ),
        # one hour in both: an agreement, never a conflict
        (
            "Semua gardu kembali menyala pada pukul 21.40 WIB.",
            "Pasokan listrik baru pulih sepenuhnya pukul 21.40 WIB.",
        ),
    ],
)
def test_a_partial_restoration_or_one_hour_is_no_restoration_conflict(restored_a, restored_b):
    report = run(_outage(restored_a), _outage(restored_b))
    assert not [f for f in of_type(report, "conflict", "when:time") if mentions(f, "21.40")]


def test_an_english_full_restoration_hour_conflicts_with_another_outlets():
    def story(line: str) -> tuple[str, str]:
        return (
            "Blackout hits three provinces",
            "Power went out across three provinces on Saturday, March 7, 2026, at about "
            f"1:10 p.m. local time. {line}\n\n"
            "The state utility apologised to its customers.",
        )

    report = run(
        story("Supply was fully restored at 8:05 p.m., the utility said."),
        story("Electricity was fully restored at 9:40 p.m., officials said."),
    )
    assert [f for f in of_type(report, "conflict", "when:time") if mentions(f, "8:05", "9:40")]


# --- a wire's lead and its rewrite's, one act told in two languages on two days ---


def _wire(lead: str) -> tuple[str, str]:
    return (
        "Riot at Pelican Bay jail leaves inmates dead",
        f"QUITO, March 8 (Harbour Wire) - {lead}\n\n"
        "Soldiers were sent to the jail to restore order, the prisons agency said.",
    )


_REWRITE = (
    "Kerusuhan Penjara Pelican Bay, Belasan Napi Tewas",
    "Sedikitnya 14 narapidana tewas dan 22 lainnya terluka dalam kerusuhan di Penjara "
    "Pelican Bay, Esmeraldas, Sabtu (7/3/2026).\n\n"
    "Tentara dikirim ke penjara untuk memulihkan ketertiban.",
)


def test_a_wire_lead_and_its_rewrite_sharing_names_and_a_figure_conflict_on_the_day():
    wire = _wire(
        "At least 14 inmates were killed and 22 others wounded on Sunday when gangs fought "
        "inside the Pelican Bay jail in Esmeraldas, officials said."
    )
    found = of_type(run(wire, _REWRITE), "conflict", "when")
    assert [f for f in found if mentions(f, "on Sunday", "Sabtu (7/3/2026)")]


@pytest.mark.parametrize(
    "lead",
    [
        # two days in the wire's lead: the search and the riot, which one is told is unknown
        "Soldiers on Sunday searched the cells for weapons after 14 inmates were killed and 22 "
        "others wounded at the Pelican Bay jail in Esmeraldas in a riot on Friday night, "
        "officials said.",
        # no figure in common: the leads may tell two acts of the story
        "On Sunday, troops took back control of the cells, officials said, a day after deadly "
        "clashes between gangs at the Pelican Bay jail in Esmeraldas.",
    ],
)
def test_a_wire_lead_of_two_days_or_no_shared_figure_sets_no_day_against_the_rewrite(lead):
    found = of_type(run(_wire(lead), _REWRITE), "conflict", "when")
    assert not [f for f in found if mentions(f, "Sabtu (7/3/2026)", "on Sunday")]


# --- each text's only price, in sentences naming the same route far from the figure ---


def _fares(line: str, title: str) -> tuple[str, str]:
    return (
        title,
        "Pemerintah menetapkan batas atas tarif kereta selama libur akhir tahun untuk menekan "
        f"lonjakan harga tiket.\n\n{line}\n\n"
        "Operator diminta menambah rangkaian pada tanggal-tanggal padat.",
    )


@pytest.mark.parametrize(
    ("line_a", "line_b", "sums"),
    [
        (
            "Tiket kelas eksekutif dari Jakarta ke Surabaya kini paling mahal Rp 650.000.",
            "Di lintas Jakarta-Surabaya yang paling ramai, harga tertinggi turun menjadi "
            "Rp 720.000 menurut surat keputusan menteri.",
            ("650.000", "720.000"),
        ),
        (
            "Penumpang dari Bandung ke Yogyakarta membayar paling banyak Rp 410.000.",
            "Untuk rute Bandung-Yogyakarta yang padat, batas tarif kini ditetapkan sebesar "
            "Rp 450.000 per orang sekali jalan.",
            ("410.000", "450.000"),
        ),
    ],
)
def test_each_texts_only_price_in_sentences_naming_one_route_conflicts(line_a, line_b, sums):
    report = run(_fares(line_a, "Tarif Kereta Dibatasi"), _fares(line_b, "Batas Tarif Kereta"))
    assert [f for f in of_type(report, "conflict") if mentions(f, *sums)]


@pytest.mark.parametrize(
    ("line_a", "line_b"),
    [
        # two orders of magnitude: a fare and a budget, not one price
        (
            "Tiket kelas eksekutif dari Jakarta ke Surabaya kini paling mahal Rp 650.000.",
            "Di lintas Jakarta-Surabaya, pemerintah menyiapkan subsidi sebesar Rp 90 miliar "
            "menurut surat keputusan menteri.",
        ),
        # one name in common only: two routes from one city
        (
            "Tiket kelas eksekutif dari Jakarta ke Surabaya kini paling mahal Rp 650.000.",
            "Di lintas Jakarta-Semarang yang paling ramai, harga tertinggi turun menjadi "
            "Rp 480.000 menurut surat keputusan menteri.",
        ),
    ],
)
def test_prices_of_two_orders_or_two_routes_are_no_conflict(line_a, line_b):
    report = run(_fares(line_a, "Tarif Kereta Dibatasi"), _fares(line_b, "Batas Tarif Kereta"))
    assert not [f for f in of_type(report, "conflict") if (f.slot or "").startswith("number")]


def test_an_english_fare_cap_told_by_route_far_from_the_figure_conflicts():
    def story(line: str) -> tuple[str, str]:
        return (
            "Holiday ferry fares capped",
            "The government capped ferry fares for the year-end holidays to curb price "
            f"spikes.\n\n{line}\n\nOperators were told to add sailings on busy days.",
        )

    report = run(
        story("A deck ticket from Merak to Bakauheni can now cost no more than Rp95,000."),
        story(
            "On the crowded Merak-Bakauheni crossing, the top deck fare will drop to 120,000 "
            "rupiah, a ministry decree shows."
        ),
    )
    assert [f for f in of_type(report, "conflict") if mentions(f, "95,000", "120,000")]


# --- a count held straight after a verb that holds people only so ---


def _protest(line: str, title: str) -> tuple[str, str]:
    return (
        title,
        "Ribuan buruh berunjuk rasa di depan kantor gubernur menolak kenaikan iuran jaminan "
        f"sosial. {line}\n\n"
        "Aksi berakhir menjelang magrib setelah perwakilan buruh diterima sekretaris daerah.",
    )


@pytest.mark.parametrize(
    ("line_a", "line_b", "counts"),
    [
        (
            "Polisi mengamankan 34 orang yang dituding memicu kericuhan.",
            "Polisi menangkap 43 demonstran, menurut lembaga bantuan hukum.",
            ("34", "43"),
        ),
        (
            "Aparat mengamankan 18 orang di sekitar gerbang kantor.",
            "Aparat menangkap 81 pengunjuk rasa di sekitar gerbang kantor.",
            ("18", "81"),
        ),
    ],
)
def test_a_count_held_straight_after_mengamankan_is_set_against_the_arrests(line_a, line_b, counts):
    report = run(_protest(line_a, "Demo Buruh Ricuh"), _protest(line_b, "Unjuk Rasa Buruh"))
    assert [f for f in of_type(report, "conflict") if mentions(f, *counts)]


def test_personnel_sent_to_secure_an_event_are_no_arrest_count():
    report = run(
        _protest(
            "Sebanyak 34 personel dikerahkan untuk mengamankan jalannya aksi.",
            "Demo Buruh Tertib",
        ),
        _protest("Polisi menangkap 43 demonstran, menurut lembaga bantuan hukum.", "Demo Buruh"),
    )
    assert not [f for f in of_type(report, "conflict") if mentions(f, "34", "43")]


def test_an_english_count_rounded_up_is_set_against_the_arrests():
    def story(line: str) -> tuple[str, str]:
        return (
            "Workers protest social security levy",
            "Thousands of workers rallied outside the governor's office against a higher "
            f"social security levy. {line}\n\nThe rally ended at dusk.",
        )

    report = run(
        story("Police rounded up 34 people accused of starting the scuffles."),
        story("Police arrested 43 protesters, a legal aid group said."),
    )
    assert [f for f in of_type(report, "conflict") if mentions(f, "34", "43")]
