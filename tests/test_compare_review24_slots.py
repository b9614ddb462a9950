"""Review 24 (slots): who, where, which and when on paraphrased sentences: the holder of one
role named differently, two provinces one compass word apart, a club's place in the table
when both clubs are ranked, a flight number written apart from its airline code, a toll
road's kilometre post, a headline's alert level over its body's new level, and clock times
that agree or disagree across languages. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type, run
from kroscek.data import Report


def _who(report: Report) -> list:
    return of_type(report, "conflict", "who")


# --- who: one role, two people, in paraphrased sentences ---


@pytest.mark.parametrize(
    ("first", "second", "names"),
    [
        (
            "Laga di Stadion Mandala berakhir 1-0. Gol kemenangan dicetak gelandang Dimas "
            "Saputra pada menit ke-81 lewat tendangan bebas.",
            "Laga di Stadion Mandala berakhir 1-0. Gol penentu kemenangan lahir dari sundulan "
            "Hendra Wijaya pada menit ke-81 setelah sepak pojok.",
            ("Dimas Saputra", "Hendra Wijaya"),
        ),
        (
            "Kejaksaan menahan seorang pejabat dinas pekerjaan umum. Jaksa menetapkan Rudi "
            "Hartono sebagai tersangka kasus pengadaan jembatan pada Rabu.",
            "Kejaksaan menahan seorang pejabat dinas pekerjaan umum. Pada Rabu, Agus Salim "
            "resmi berstatus tersangka dalam perkara jembatan itu setelah ditetapkan menjadi "
            "tersangka oleh jaksa.",
            ("Rudi Hartono", "Agus Salim"),
        ),
        (
            "The hosts won 2-1 in front of a full stadium. The winning goal came from striker "
            "Marco Bellini in the 88th minute.",
            "Tuan rumah menang 2-1 di hadapan stadion yang penuh. Gol kemenangan dicetak "
            "penyerang Luca Moretti pada menit ke-88.",
            ("Marco Bellini", "Luca Moretti"),
        ),
    ],
)
def test_a_role_given_to_two_people_in_paraphrases_is_a_who_conflict(
    first: str, second: str, names: tuple[str, str]
) -> None:
    report = run(("Laporan Laga", first), ("Laporan Laga Hari Ini", second))
    found = _who(report)
    assert len(found) == 1
    assert mentions(found[0], *names)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the assist and the scorer: two roles, each text naming both
        (
            "Gol kemenangan dicetak Dimas Saputra pada menit ke-81 setelah menerima umpan "
            "dari Hendra Wijaya.",
            "Hendra Wijaya memberi umpan matang, dan gol kemenangan lahir dari sepakan Dimas "
            "Saputra pada menit ke-81.",
        ),
        # one text names the scorer, the other names only the coach
        (
            "Gol kemenangan dicetak Dimas Saputra pada menit ke-81 lewat tendangan bebas.",
            "Pelatih Bambang Sutrisno memuji gol kemenangan timnya pada menit ke-81.",
        ),
        # two goals in one report: the role is named twice, so it is no one person's
        (
            "Gol kemenangan pertama dicetak Dimas Saputra. Gol kemenangan kedua dicetak Rian "
            "Pratama di laga lain.",
            "Gol kemenangan dicetak Hendra Wijaya pada menit ke-81 lewat tendangan bebas.",
        ),
        # the same scorer, one spelling off
        (
            "Gol kemenangan dicetak Yohanes Kogoya pada menit ke-81 lewat tendangan bebas.",
            "Gol penentu kemenangan lahir dari kaki Johanes Kogoya pada menit ke-81.",
        ),
    ],
)
def test_people_of_other_roles_or_one_person_are_no_who_conflict(first: str, second: str) -> None:
    report = run(("Laporan Laga", first), ("Laporan Laga Hari Ini", second))
    assert not [f for f in _who(report) if "peran" in f.message or "sebagai" in f.message]


# --- where: two places one compass word apart are two places ---


@pytest.mark.parametrize(
    ("place_a", "place_b"),
    [
        ("Provinsi Agusan del Sur", "Provinsi Agusan del Norte"),
        ("Kabupaten Lampung Barat", "Kabupaten Lampung Timur"),
    ],
)
def test_places_one_compass_word_apart_conflict_with_their_own_names(
    place_a: str, place_b: str
) -> None:
    report = run(
        (
            "Gempa Guncang Pesisir",
            f"Gempa bermagnitudo 6,1 mengguncang lepas pantai {place_a}, Filipina, pada "
            "Kamis (12/3/2026).",
        ),
        (
            "Gempa Guncang Pesisir Hari Ini",
            f"Gempa bermagnitudo 6,1 mengguncang lepas pantai {place_b} itu terjadi pada "
            "Kamis (12/3/2026).",
        ),
    )
    where = of_type(report, "conflict", "where")
    assert where
    assert mentions(where[0], place_a.split()[-1], place_b.split()[-1])
    assert not any(mentions(f, "Filipina") for f in where)


# --- which: places in a table, flight numbers, kilometre posts, alert levels ---


def test_a_clubs_place_differs_when_each_report_ranks_both_clubs() -> None:
    report = run(
        (
            "Persikota Menang",
            "Dengan hasil ini, Persikota naik ke posisi ketiga klasemen dengan 30 poin. "
            "Sementara Perseta tertahan di peringkat kedelapan dengan 21 poin.",
        ),
        (
            "Persikota Menang Lagi",
            "Tiga poin membuat Persikota kini menempati peringkat keenam dengan 30 poin. "
            "Perseta tertahan di posisi kedelapan dengan 21 poin.",
        ),
    )
    ranks = of_type(report, "conflict", "ordinal")
    assert len(ranks) == 1
    assert mentions(ranks[0], "ketiga", "keenam")


def test_a_club_moving_between_two_places_in_one_report_is_no_rank_conflict() -> None:
    report = run(
        (
            "Persikota Menang",
            "Persikota naik dari posisi keenam ke posisi ketiga klasemen dengan 30 poin.",
        ),
        ("Persikota Menang Lagi", "Kemenangan membuat Persikota kini di peringkat ketiga."),
    )
    assert not of_type(report, "conflict", "ordinal")


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "Pesawat dengan nomor penerbangan GA 412 rute Jakarta-Makassar kembali ke bandara "
            "asal setelah gangguan mesin.",
            "Flight GA 421 from Jakarta to Makassar returned to its origin after an engine fault.",
            ("GA 412", "GA 421"),
        ),
        (
            "Penerbangan JT-356 tujuan Kupang tertunda empat jam karena cuaca buruk.",
            "Penerbangan JT 365 tujuan Kupang tertunda empat jam karena cuaca buruk.",
            ("JT-356", "JT 365"),
        ),
        (
            "Pesawat dengan nomor penerbangan GA 412 rute Jakarta-Makassar kembali ke bandara "
            "asal setelah gangguan mesin.",
            "Penerbangan GA 412 rute Jakarta-Makassar kembali ke bandara asal.",
            None,
        ),
    ],
)
def test_a_flight_number_written_apart_from_its_code_is_compared(
    first: str, second: str, expected: tuple[str, str] | None
) -> None:
    report = run(("Pesawat Kembali", first), ("Pesawat Kembali ke Bandara", second))
    codes = of_type(report, "conflict", "code")
    if expected is None:
        assert not codes
    else:
        assert len(codes) == 1 and mentions(codes[0], *expected)


@pytest.mark.parametrize(
    ("post_a", "post_b", "conflict"),
    [
        ("KM 57+200", "KM 75", True),
        ("Km 118", "KM 181", True),
        ("KM 57+200", "KM 57", False),
    ],
)
def test_a_toll_road_kilometre_post_is_a_place(post_a: str, post_b: str, conflict: bool) -> None:
    report = run(
        (
            "Kecelakaan di Tol",
            f"Sebuah bus terguling di Tol Palikanci {post_a} arah Cirebon pada Minggu "
            "(8/3/2026) sore. Arus dialihkan mulai KM 60 hingga KM 50.",
        ),
        (
            "Kecelakaan di Tol Hari Ini",
            f"Sebuah bus terguling di ruas Tol Palikanci {post_b} arah Cirebon pada Minggu "
            "(8/3/2026) sore.",
        ),
    )
    posts = [f for f in of_type(report, "conflict", "where") if "KM" in f.message.upper()]
    assert bool(posts) == conflict
    if conflict:
        assert mentions(posts[0], post_a, post_b)


def test_a_stretch_of_road_is_no_kilometre_post() -> None:
    report = run(
        ("Tol Rawan", "Ruas Tol Palikanci KM 50 hingga KM 60 dikenal rawan kecelakaan."),
        ("Tol Rawan Lagi", "Ruas Tol Palikanci KM 40 hingga KM 70 dikenal rawan kecelakaan."),
    )
    assert not [f for f in of_type(report, "conflict") if "KM" in f.message.upper()]


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Status Gunung Karangetang Naik ke Level II Waspada",
            "PVMBG menaikkan status Gunung Karangetang dari Level II (Waspada) menjadi Level "
            "III (Siaga) pada Rabu (4/3/2026).",
            ("Level II", "Level III"),
        ),
        (
            "Alert for Mount Semeru raised to Level 3",
            "The agency raised the alert for Mount Semeru from Level 3 to Level 4 on Wednesday.",
            ("Level 3", "Level 4"),
        ),
        (
            "Status Gunung Karangetang Naik ke Level III Siaga",
            "PVMBG menaikkan status Gunung Karangetang dari Level II (Waspada) menjadi Level "
            "III (Siaga) pada Rabu (4/3/2026).",
            None,
        ),
    ],
)
def test_a_headline_alert_level_is_read_against_the_bodys_new_level(
    title: str, body: str, expected: tuple[str, str] | None
) -> None:
    report = run(
        (title, body),
        ("Gunung Api Berstatus Baru", "Warga di lereng gunung diminta menjauhi kawah."),
    )
    levels = of_type(report, "headline_mismatch", "level")
    if expected is None:
        assert not levels
    else:
        assert len(levels) == 1 and mentions(levels[0], *expected)


# --- when: clock times across languages ---


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        (
            "The ferry left the port at 9:40 a.m. and sank an hour later, officials said.",
            "Kapal feri itu meninggalkan pelabuhan pukul 09.40 WIB dan tenggelam sejam kemudian.",
        ),
        (
            "The blast hit the warehouse at 2:15 p.m. local time, police said.",
            "Ledakan terjadi di gudang itu pada pukul 14.15 waktu setempat.",
        ),
    ],
)
def test_a_clock_time_told_alike_in_two_languages_is_an_agreement(
    english: str, indonesian: str
) -> None:
    report = run(("Port incident", english), ("Insiden di Pelabuhan", indonesian))
    times = of_type(report, "agreement", "when:time")
    assert len(times) == 1
    assert len(times[0].evidence) == 2
    assert not of_type(report, "conflict", "when:time")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Api mulai terlihat di los sayur Pasar Baru sekitar pukul 02.30 WIB, Selasa "
            "(3/3/2026).",
            "Api terlihat di los sayur Pasar Baru sekitar pukul 02.30 WIB pada Selasa (3/3/2026).",
        ),
        # each text's first time, told in other words
        (
            "Menurut warga, ledakan terdengar sekitar pukul 02.30 WIB. Petugas datang pukul "
            "03.10 WIB.",
            "Kebakaran gudang itu berlangsung sejak pukul 02.30 WIB dan baru padam menjelang "
            "subuh.",
        ),
    ],
)
def test_a_clock_time_two_outlets_share_is_an_agreement(first: str, second: str) -> None:
    report = run(("Kebakaran Pasar", first), ("Kebakaran Pasar Baru", second))
    times = of_type(report, "agreement", "when:time")
    assert len(times) == 1 and mentions(times[0], "02.30")


def test_two_times_of_two_moments_in_one_language_are_no_agreement() -> None:
    report = run(
        (
            "Kebakaran Pasar",
            "Api terlihat pukul 01.00 WIB. Petugas pemadam tiba di pasar pukul 02.30 WIB.",
        ),
        (
            "Kebakaran Pasar Baru",
            "Kebakaran terjadi pukul 01.00 WIB. Api baru dipadamkan pukul 02.30 WIB.",
        ),
    )
    assert not any(mentions(f, "02.30") for f in of_type(report, "agreement", "when:time"))


@pytest.mark.parametrize(
    ("english", "indonesian", "values"),
    [
        (
            "The plane took off at 7:05 a.m. and returned 30 minutes later.",
            "Pesawat lepas landas pukul 07.50 WIB dan kembali 30 menit kemudian.",
            ("7:05", "07.50"),
        ),
        (
            "The ship departed at 6:10 p.m. with 300 passengers on board.",
            "Kapal berangkat pukul 16.10 WIB dengan 300 penumpang.",
            ("6:10", "16.10"),
        ),
    ],
)
def test_a_start_time_of_one_moment_differs_across_languages(
    english: str, indonesian: str, values: tuple[str, str]
) -> None:
    report = run(("Departure", english), ("Keberangkatan", indonesian))
    found = of_type(report, "conflict", "when:time")
    assert len(found) == 1 and mentions(found[0], *values)
    assert not of_type(report, "agreement", "when:time")
