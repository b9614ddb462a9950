"""Years, ages and places two outlets give of one story: a year is set against the year of
the same act ("izin yang diterbitkan pada 2011" / "izin ... terbit pada 2015"), never against
a year of another act; a month a tally began in ("sejak awal September") is no day of the
story; one person's long name with a patronym ("X binti Y (41)") meets her short one
("X (44)"); a posting ("Duta Besar ... untuk Indonesia") is no place of the act ("di
Jakarta"); and one figure every text gives twice is agreed once."""

from __future__ import annotations

import pytest

from kroscek.compare import compare
from kroscek.data import Finding, RawArticle


def _findings(a: tuple[str, str], b: tuple[str, str]) -> list[Finding]:
    arts = [
        RawArticle(origin=f"{name}.txt", source=name, title=title, text=text)
        for name, (title, text) in (("Kabar Satu", a), ("Warta Dua", b))
    ]
    return list(compare(arts).findings)


def _evidence(f: Finding) -> list[str]:
    return [e.text for e in f.evidence]


# --- a year of one act, given two ways -----------------------------------------------------

_MINE_A = (
    "Warga Tolak Tambang Pasir",
    "Ratusan warga Desa Sukamaju, Kabupaten Lembah Hijau, berunjuk rasa di depan kantor "
    "bupati, Senin (16/11/2026). Mereka menolak tambang pasir di tepi sungai desa itu.\n\n"
    "Perusahaan menyatakan lahan tambang masuk dalam izin usaha pertambangan yang "
    "diterbitkan pada {a}. Warga menilai izin itu cacat karena tidak melibatkan mereka.",
)
_MINE_B = (
    "Demo Tolak Tambang Pasir di Lembah Hijau",
    "Warga Desa Sukamaju, Kabupaten Lembah Hijau, menggelar aksi menolak tambang pasir di "
    "depan kantor bupati, Senin (16/11/2026).\n\n"
    "Menurut dinas, lahan itu masuk dalam izin usaha pertambangan perusahaan yang terbit "
    "pada {b}. Dinas berjanji meninjau ulang izin tersebut.",
)


def _mine(a: str, b: str) -> list[Finding]:
    return _findings((_MINE_A[0], _MINE_A[1].format(a=a)), (_MINE_B[0], _MINE_B[1].format(b=b)))


@pytest.mark.parametrize(("a", "b"), [("2011", "2015"), ("2009", "2019"), ("1998", "2004")])
def test_the_year_one_act_is_dated_with_conflicts_across_outlets(a: str, b: str) -> None:
    found = [f for f in _mine(a, b) if f.type == "conflict" and f.slot == "when"]
    assert [_evidence(f) for f in found] == [[a, b]]


@pytest.mark.parametrize("year", ["2011", "2019"])
def test_the_same_year_of_one_act_is_no_conflict(year: str) -> None:
    assert not [f for f in _mine(year, year) if f.type == "conflict" and f.slot == "when"]


_SENTENCE_A = (
    "Pekerja Migran Dieksekusi di Luar Negeri",
    "Seorang pekerja migran asal Kabupaten Lembah Hijau, Wati, dieksekusi mati di luar "
    "negeri, Selasa (24/11/2026). Wati {verdict_a} pada {ya} atas dakwaan membunuh "
    "majikannya pada {killed}.\n\n"
    "Kementerian menyatakan tidak menerima pemberitahuan resmi sebelum eksekusi.",
)
_SENTENCE_B = (
    "Pekerja Migran Asal Lembah Hijau Dieksekusi",
    "Pekerja migran asal Kabupaten Lembah Hijau, Wati, dieksekusi mati di luar negeri, "
    "Selasa (24/11/2026). Ia {verdict_b} pada {yb} karena terbukti membunuh majikannya.\n\n"
    "Keluarga mengaku baru mengetahui kabar eksekusi dari tetangga.",
)


@pytest.mark.parametrize(
    ("verdict_a", "verdict_b", "ya", "yb", "killed"),
    [
        ("divonis mati", "dijatuhi hukuman mati", "2019", "2017", "2017"),
        ("divonis mati", "divonis mati", "2020", "2018", "2018"),
        ("dijatuhi hukuman mati", "dijatuhi vonis mati", "2016", "2015", "2015"),
    ],
)
def test_a_year_needs_its_own_act_not_an_equal_year_of_another(
    verdict_a: str, verdict_b: str, ya: str, yb: str, killed: str
) -> None:
    """The first text dates the killing in the year the second gives its sentence: the
    sentence's two years still conflict, and the killing's year is not agreed with it."""
    a = (_SENTENCE_A[0], _SENTENCE_A[1].format(verdict_a=verdict_a, ya=ya, killed=killed))
    b = (_SENTENCE_B[0], _SENTENCE_B[1].format(verdict_b=verdict_b, yb=yb))
    found = _findings(a, b)
    assert [_evidence(f) for f in found if f.type == "conflict" and f.slot == "when"] == [[ya, yb]]
    assert not [f for f in found if f.type == "agreement" and f.slot == "date:year"]


_TRIP_A = (
    "Pekerja Migran Pulang",
    "Seorang pekerja migran asal Kabupaten Lembah Hijau, Wati, tiba di kampung halamannya, "
    "Selasa (24/11/2026). Wati berangkat ke luar negeri pada {a} untuk bekerja sebagai "
    "asisten rumah tangga.\n\nKeluarga menyambutnya di bandara.",
)
_TRIP_B = (
    "Wati Tiba di Lembah Hijau",
    "Pekerja migran asal Kabupaten Lembah Hijau, Wati, tiba di kampung halamannya, Selasa "
    "(24/11/2026). Anak sulung dari tiga bersaudara itu menamatkan sekolah menengah pada "
    "{b}.\n\nKeluarga menyambutnya di bandara.",
)


@pytest.mark.parametrize(("a", "b"), [("2012", "2010"), ("2015", "2011"), ("2014", "2014")])
def test_years_of_two_different_acts_neither_conflict_nor_agree(a: str, b: str) -> None:
    found = _findings((_TRIP_A[0], _TRIP_A[1].format(a=a)), (_TRIP_B[0], _TRIP_B[1].format(b=b)))
    assert not [f for f in found if f.slot in ("when", "date:year")]


_PLANT_A = (
    "Pabrik Baterai Dibangun di Lembah Hijau",
    "Pemerintah meresmikan pembangunan pabrik baterai kendaraan listrik di Kawasan Industri "
    "Lembah Hijau, Kamis (19/11/2026). Nilai investasinya mencapai Rp 20 triliun.\n\n"
    "Pabrik ditargetkan mulai berproduksi secara komersial pada 2028.",
)
_PLANT_B = (
    "Groundbreaking Pabrik Baterai Lembah Hijau",
    "Pembangunan pabrik baterai kendaraan listrik di Kawasan Industri Lembah Hijau dimulai, "
    "Kamis (19/11/2026). Investasinya senilai Rp 20 triliun.\n\n"
    "Produksi komersial ditargetkan {verb} pada {year}.",
)


@pytest.mark.parametrize(
    ("verb", "year", "slot"),
    [
        ("dimulai", "2027", "when"),
        ("berjalan", "2029", "when"),
        ("berjalan", "2028", "date:year"),
    ],
)
def test_one_start_told_in_two_verbs_is_one_year(verb: str, year: str, slot: str) -> None:
    found = _findings(_PLANT_A, (_PLANT_B[0], _PLANT_B[1].format(verb=verb, year=year)))
    assert [sorted(_evidence(f)) for f in found if f.slot == slot] == [sorted(["2028", year])]


# --- a month a tally began in --------------------------------------------------------------

_HAZE_A = (
    "Kebakaran Lahan Meluas",
    "Kebakaran lahan gambut di Kabupaten Lembah Hijau terus meluas. Luas lahan yang "
    "terbakar {since} mencapai 1.250 hektare, menurut dinas kehutanan.\n\n"
    "Tim gabungan masih berjibaku memadamkan api di lahan yang sulit dijangkau.",
)
_HAZE_B = (
    "Luas Kebakaran Lahan Bertambah",
    "Luas lahan gambut yang terbakar di Kabupaten Lembah Hijau mencapai 1.250 hektare "
    "hingga Rabu (16/9/2026), menurut dinas kehutanan.\n\n"
    "Tim gabungan masih berjibaku memadamkan api di lahan yang sulit dijangkau.",
)


_FIRE_EN_A = (
    "Peatland fires spread in Green Valley",
    "Peatland fires in Green Valley regency kept spreading, the forestry office said. The area "
    "burned {since} reached 1,250 hectares.\n\nFirefighters are still struggling to reach the "
    "fires deep in the peat.",
)
_FIRE_EN_B = (
    "Burned area in Green Valley grows",
    "The peatland area burned in Green Valley regency reached 1,250 hectares as of Wednesday, "
    "Sept. 16, 2026, the forestry office said.\n\nFirefighters are still struggling to reach "
    "the fires deep in the peat.",
)


@pytest.mark.parametrize(
    ("a", "b", "since"),
    [
        (_HAZE_A, _HAZE_B, "sejak awal September"),
        (_HAZE_A, _HAZE_B, "sejak September"),
        (_HAZE_A, _HAZE_B, "sejak pertengahan September"),
        (_FIRE_EN_A, _FIRE_EN_B, "since early September"),
        (_FIRE_EN_A, _FIRE_EN_B, "since mid-September"),
    ],
)
def test_a_month_a_tally_began_in_agrees_with_no_day(
    a: tuple[str, str], b: tuple[str, str], since: str
) -> None:
    found = _findings((a[0], a[1].format(since=since)), b)
    assert not [f for f in found if f.type == "agreement" and (f.slot or "").startswith("date")]


def test_a_month_a_tally_was_counted_to_still_agrees_with_its_day() -> None:
    found = _findings(
        (_HAZE_A[0], _HAZE_A[1].format(since="hingga pertengahan September")), _HAZE_B
    )
    agreed = [sorted(_evidence(f)) for f in found if f.type == "agreement" and f.slot == "date:day"]
    assert agreed == [["Rabu (16/9/2026)", "September"]]


# --- one person's ages, her name long and short --------------------------------------------

_AGE_ID = (
    (
        "Pekerja Migran Dieksekusi",
        "Seorang pekerja migran asal Kabupaten Lembah Hijau, {name} ({age}), dieksekusi mati di "
        "luar negeri, Selasa (24/11/2026).\n\nKementerian menyatakan tidak menerima "
        "pemberitahuan resmi sebelum eksekusi dilaksanakan.",
    ),
    (
        "Pekerja Migran Asal Lembah Hijau Dieksekusi",
        "Pekerja migran asal Kabupaten Lembah Hijau, {name} ({age}), dieksekusi mati di luar "
        "negeri, Selasa (24/11/2026).\n\nKeluarga mengaku baru mengetahui kabar eksekusi dari "
        "tetangga.",
    ),
)
_AGE_EN = (
    (
        "Migrant worker executed abroad",
        "A migrant worker from Green Valley regency, {name} ({age}), was executed abroad on "
        "Tuesday, Nov. 24, 2026.\n\nThe foreign ministry said it had not been notified.",
    ),
    (
        "Green Valley migrant worker executed",
        "{name} ({age}), a migrant worker from Green Valley regency, was executed abroad on "
        "Tuesday, Nov. 24, 2026.\n\nHer family learned of the execution from neighbours.",
    ),
)


@pytest.mark.parametrize(
    ("texts", "long", "short", "ages", "conflict"),
    [
        (_AGE_ID, "Wati Susanti binti Karsa", "Wati Susanti", (41, 44), True),
        (_AGE_ID, "Ahmad Fauzi bin Darto", "Ahmad Fauzi", (41, 44), True),
        (_AGE_ID, "Nur Aini binti Mahmud", "Nur Aini", (35, 53), True),
        (_AGE_EN, "Wati Susanti binti Karsa", "Wati Susanti", (41, 44), True),
        (_AGE_ID, "Wati Susanti binti Karsa", "Wati Susanti", (41, 41), False),
        (_AGE_EN, "Ahmad Fauzi bin Darto", "Darto", (41, 44), False),
    ],
)
def test_an_age_after_a_patronym_is_the_named_persons_own(
    texts: tuple[tuple[str, str], tuple[str, str]],
    long: str,
    short: str,
    ages: tuple[int, int],
    conflict: bool,
) -> None:
    """One person, her name long and short: two ages conflict, one age does not; the
    father's name alone is another person."""
    (ta, a), (tb, b) = texts
    found = _findings(
        (ta, a.format(name=long, age=ages[0])), (tb, b.format(name=short, age=ages[1]))
    )
    aged = [_evidence(f) for f in found if f.type == "conflict" and f.slot == "age"]
    assert bool(aged) is conflict
    if conflict:
        assert aged[0][0].endswith(f"({ages[0]})") and long.split()[1] in aged[0][0]


# --- a posting is no place of the act ------------------------------------------------------

_SUMMONS_ID = (
    (
        "Kemlu Panggil Duta Besar",
        "Kementerian Luar Negeri memanggil Duta Besar Negara Utara {place} pada Rabu "
        "(25/11/2026) untuk menyampaikan protes keras atas eksekusi seorang pekerja migran."
        "\n\nPemerintah menyesalkan eksekusi yang dilakukan tanpa notifikasi.",
    ),
    (
        "Kemlu Protes Eksekusi Pekerja Migran",
        "Kementerian Luar Negeri memanggil Duta Besar Negara Utara {place} pada Rabu "
        "(25/11/2026) untuk menyampaikan protes keras atas eksekusi seorang pekerja migran."
        "\n\nKeluarga masih menunggu kepastian pemulangan jenazah.",
    ),
)
_SUMMONS_EN = (
    (
        "Jakarta summons envoy over execution",
        "Indonesia's foreign ministry summoned the ambassador of Northland {place} on "
        "Wednesday, Nov. 25, 2026, to protest the execution of a migrant worker.\n\nThe "
        "ministry said it had not been notified before the execution.",
    ),
    (
        "Envoy summoned over migrant's execution",
        "Indonesia's foreign ministry summoned the ambassador of Northland {place} on "
        "Wednesday, Nov. 25, 2026, to protest the execution of a migrant worker.\n\nThe "
        "family is still waiting for the body to be sent home.",
    ),
)


@pytest.mark.parametrize(
    ("texts", "a", "b", "swap"),
    [
        (_SUMMONS_ID, "untuk Indonesia", "di Jakarta", False),
        (_SUMMONS_ID, "untuk Indonesia", "di Surabaya", False),
        (_SUMMONS_ID, "di Indonesia", "di Bandung", False),
        (_SUMMONS_ID, "di Jawa Barat", "di Bekasi", False),
        (_SUMMONS_EN, "to Indonesia", "in Jakarta", False),
        (_SUMMONS_EN, "to Indonesia", "in Surabaya", False),
        (_SUMMONS_ID, "di Surabaya", "di Medan", True),
        (_SUMMONS_ID, "di Bandung", "di Makassar", True),
        (_SUMMONS_EN, "in Surabaya", "in Medan", True),
    ],
)
def test_a_posting_or_a_place_holding_the_other_is_no_place_swap(
    texts: tuple[tuple[str, str], tuple[str, str]], a: str, b: str, swap: bool
) -> None:
    """Two cities in one slot are still a swap."""
    (ta, xa), (tb, xb) = texts
    found = _findings((ta, xa.format(place=a)), (tb, xb.format(place=b)))
    swaps = [_evidence(f) for f in found if f.type == "conflict" and f.slot == "where"]
    assert swaps == ([[a.split()[-1], b.split()[-1]]] if swap else [])


# --- one agreement per figure ---------------------------------------------------------------

_RULING_A = (
    "MK Turunkan Ambang Batas",
    "Mahkamah Konstitusi menurunkan ambang batas parlemen dari {x} persen menjadi 2 persen, "
    "Kamis (19/11/2026).\n\nMenurut pemohon, jutaan suara terbuang karena partai pilihan "
    "pemilih tidak lolos ambang batas {x} persen.",
)
_RULING_B = (
    "Ambang Batas Parlemen Diturunkan",
    "Ambang batas parlemen diturunkan Mahkamah Konstitusi dari {x} persen menjadi 2 persen, "
    "Kamis (19/11/2026).\n\nPemilu berikutnya masih memakai ambang batas {x} persen karena "
    "putusan baru berlaku untuk pemilu sesudahnya.",
)


@pytest.mark.parametrize("x", ["4", "5", "3,5"])
def test_a_figure_every_text_gives_twice_is_agreed_once(x: str) -> None:
    found = _findings(
        (_RULING_A[0], _RULING_A[1].format(x=x)), (_RULING_B[0], _RULING_B[1].format(x=x))
    )
    messages = [f.message for f in found if f.type == "agreement"]
    assert len(messages) == len(set(messages))
    assert sum(f"{x} persen" in m for m in messages) == 1


# --- dates across languages and across first reports ----------------------------------------


def _en_id(en: tuple[str, str], id_: tuple[str, str]) -> list[Finding]:
    arts = [
        RawArticle(origin="wire.txt", source="Meridian Wire", title=en[0], text=en[1]),
        RawArticle(origin="lintas.txt", source="Lintas Dunia", title=id_[0], text=id_[1]),
    ]
    return list(compare(arts).findings)


_TRIBUNAL_EN = (
    "Coast guard expels foreign trawlers",
    "JAKARTA, Nov 21 (Meridian Wire) - Indonesia's coast guard expelled six foreign ships "
    "from waters near its northern islands on Saturday, the agency said.\n\n"
    "The ships' flag state claims the waters as traditional fishing grounds. An "
    "international tribunal ruled in {en} that the claim had no legal basis.",
)
_TRIBUNAL_ID = (
    "Bakamla Usir Enam Kapal Asing",
    "Lintas Dunia – Badan Keamanan Laut mengusir enam kapal ikan asing dari perairan dekat "
    "pulau-pulau di utara, Sabtu (21/11/2026).\n\n"
    "Negara bendera kapal itu mengklaim perairan tersebut sebagai wilayah tangkap "
    "tradisional, padahal mahkamah arbitrase internasional pada {id} menyatakan klaim itu "
    "tidak berdasar hukum.",
)


@pytest.mark.parametrize(
    ("en", "id_", "agreed"),
    [("2016", "2016", True), ("2012", "2012", True), ("2016", "2015", False)],
)
def test_a_year_each_language_writes_once_is_agreed(en: str, id_: str, agreed: bool) -> None:
    found = _en_id(
        (_TRIBUNAL_EN[0], _TRIBUNAL_EN[1].format(en=en)),
        (_TRIBUNAL_ID[0], _TRIBUNAL_ID[1].format(id=id_)),
    )
    years = [_evidence(f) for f in found if f.type == "agreement" and f.slot == "date:year"]
    assert years == ([[en, id_]] if agreed else [])


_TRUCE_EN = (
    "Border clash ends in truce",
    "BANGKOK, Nov 23 (Meridian Wire) - Troops of two neighbours exchanged fire near the "
    "Kalong temple in Rakam province on Sunday, killing at least {n} people before the "
    "governments agreed to a ceasefire on Monday, officials said.\n\n"
    "Shares of companies with large investments across the border fell.",
)
_TRUCE_ID = (
    "Bentrok Perbatasan Berakhir dengan Gencatan Senjata",
    "Lintas Dunia – Pasukan dua negara bertetangga terlibat baku tembak di dekat Candi Kalong, "
    "Provinsi Rakam, sejak Sabtu (21/11/2026).\n\n"
    "Sedikitnya {m} orang tewas di Rakam sebelum kedua negara menyepakati gencatan senjata "
    "pada Senin (23/11/2026).",
)


@pytest.mark.parametrize(
    ("n", "m", "agreed"), [("nine", "sembilan", True), ("12", "12", True), ("nine", "tujuh", False)]
)
def test_a_day_in_a_translated_sentence_with_its_figure_and_place_is_agreed(
    n: str, m: str, agreed: bool
) -> None:
    found = _en_id(
        (_TRUCE_EN[0], _TRUCE_EN[1].format(n=n)), (_TRUCE_ID[0], _TRUCE_ID[1].format(m=m))
    )
    days = [_evidence(f) for f in found if f.type == "agreement" and f.slot == "date:day"]
    assert (["on Monday", "Senin (23/11/2026)"] in days) is agreed


def _three(texts: list[str]) -> list[Finding]:
    arts = [
        RawArticle(
            origin=f"{k}.txt", source=name, title=f"Kasus Antraks di Lembah Hijau {k}", text=t
        )
        for k, (name, t) in enumerate(
            zip(("Kabar Satu", "Warta Dua", "Suara Tiga"), texts, strict=True)
        )
    ]
    return list(compare(arts).findings)


_FIRST = (
    "Tiga warga Desa Sukamaju, Kabupaten Lembah Hijau, dirawat karena antraks kulit setelah "
    "menyembelih sapi sakit. Kasus pertama dilaporkan pada Jumat (6/2/2026).\n\n"
    "Dinas kesehatan menyuntik 1.500 ekor ternak di desa itu."
)


@pytest.mark.parametrize(
    ("third", "kind"),
    [
        (
            "Tiga warga Desa Sukamaju, Kabupaten Lembah Hijau, terjangkit antraks kulit.\n\n"
            "Dinas kesehatan menyuntik 1.500 ekor ternak di desa itu.",
            "unique",
        ),
        (
            "Warga Desa Sukamaju yang terjangkit antraks bertambah menjadi lima orang, Senin "
            "(9/2/2026).\n\nDinas kesehatan menyuntik 1.500 ekor ternak di desa itu.",
            "agreement",
        ),
        (
            "Tiga warga Desa Sukamaju, Kabupaten Lembah Hijau, dirawat karena antraks kulit "
            "sejak Kamis (5/2/2026).\n\nDinas kesehatan menyuntik 1.500 ekor ternak di desa itu.",
            None,
        ),
    ],
)
def test_a_day_two_reports_give_is_theirs_when_the_third_dates_nothing_of_the_event(
    third: str, kind: str | None
) -> None:
    """Agreed beside a follow-up dated by its update; the two reports' unique, naming the
    text that dates nothing, beside one; neither beside a text dating the event itself."""
    found = _three([_FIRST, _FIRST.replace("dirawat", "menjalani perawatan"), third])
    days = [
        f
        for f in found
        if f.slot == "date:day" and _evidence(f) == ["Jumat (6/2/2026)", "Jumat (6/2/2026)"]
    ]
    assert [f.type for f in days] == ([kind] if kind else [])
    if kind == "unique":
        assert "Suara Tiga tidak menyebut tanggal" in days[0].message
