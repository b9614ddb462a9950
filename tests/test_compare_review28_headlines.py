"""Rules added after review 27's held-out sets (gold 251-262), headlines, framing and quotes
across languages: a headline toll set against the body's count of the same outcome, a term
the prosecutor demanded read as the verdict ("menuntut"), one quote translated with no word
both versions keep, and framing words for pilgrims without a permit and for foreigners.
Pinned with sentences written for these tests."""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type, run

# --- a headline's outcome against the body's count of that outcome, not another's ---


@pytest.mark.parametrize(
    ("title", "body", "right", "wrong"),
    [
        (
            "Tabrakan Bus di Tol Cipali, Tujuh Penumpang Tewas",
            "Dua bus bertabrakan di Tol Cipali, Subang, Selasa (3/3/2026) dini hari.\n\n"
            "Sebanyak empat orang meninggal dunia dalam kecelakaan tersebut. Selain itu, 58 "
            "penumpang luka-luka dan dirawat di rumah sakit terdekat.\n\n"
            "Polisi masih menyelidiki penyebab kecelakaan.",
            "empat orang",
            "58 penumpang",
        ),
        (
            "Bus crash on highway, seven passengers killed",
            "Two buses collided near Subang early on Tuesday.\n\nFour people were killed in "
            "the collision. Another 58 passengers were injured in the highway bus crash, police "
            "said.\n\n"
            "Investigators are looking into the cause of the crash.",
            "Four people",
            "58 passengers",
        ),
    ],
)
def test_a_headline_toll_is_set_against_the_body_toll_not_the_injured_of_its_noun(
    title, body, right, wrong
):
    other = (
        "Tabrakan Bus di Tol Cipali",
        "Dua bus bertabrakan di Tol Cipali pada Selasa (3/3/2026). Empat orang tewas dan "
        "puluhan lainnya luka-luka.",
    )
    report = run((title, body), other)
    found = [f for f in of_type(report, "headline_mismatch") if f.evidence[0].field == "title"]
    assert len(found) == 1
    assert mentions(found[0], right)
    assert not mentions(found[0], wrong)


def test_an_outcome_after_a_comma_in_the_headline_is_not_taken_as_the_count_s_own():
    """A headline "Kills 4, Several Missing": the missing are the several; the four are set
    against the body's dead, not its missing."""
    title = "Bridge collapse in northern province kills 4, several missing"
    body = (
        "A road bridge collapsed into a river in the northern province on Monday. Three people "
        "were killed and 13 others were missing after cars fell into the water, officials said."
    )
    other = (
        "Jembatan Ambruk di Provinsi Utara",
        "Sebuah jembatan ambruk pada Senin. Tiga orang tewas dan 13 orang lainnya hilang.",
    )
    report = run((title, body), other)
    found = [f for f in of_type(report, "headline_mismatch") if mentions(f, "4")]
    assert len(found) == 1
    assert mentions(found[0], "Three people")


# --- a term the prosecutor asked for is no verdict ("menuntut": meN- drops the t) ---

_COURT = (
    "Majelis hakim Pengadilan Tipikor Bandung menjatuhkan vonis kepada mantan kepala dinas itu "
    "pada Rabu (4/3/2026). {demand} Majelis hakim memvonis terdakwa lima tahun penjara dan "
    "denda Rp 300 juta.\n\nTerdakwa menyatakan pikir-pikir atas putusan tersebut."
)


@pytest.mark.parametrize(
    "demand",
    [
        "Jaksa penuntut umum sebelumnya menuntut terdakwa 8 tahun penjara.",
        "Sebelumnya jaksa menuntut agar terdakwa dihukum 8 tahun penjara.",
    ],
)
def test_a_headline_verdict_that_is_only_the_demand_in_the_body_is_a_mismatch(demand):
    report = run(
        ("Mantan Kadis Divonis 8 Tahun Penjara", _COURT.format(demand=demand)),
        (
            "Mantan Kadis Divonis Lima Tahun",
            "Pengadilan Tipikor Bandung memvonis mantan kepala dinas lima tahun penjara, Rabu "
            "(4/3/2026).",
        ),
    )
    found = [f for f in of_type(report, "headline_mismatch") if mentions(f, "8 Tahun")]
    assert len(found) == 1
    assert mentions(found[0], "Divonis 8 Tahun", "lima tahun")


def test_a_headline_that_reports_the_demand_is_no_mismatch():
    demand = "Jaksa penuntut umum sebelumnya menuntut terdakwa 8 tahun penjara."
    report = run(
        ("Mantan Kadis Dituntut 8 Tahun, Divonis Lebih Ringan", _COURT.format(demand=demand)),
        (
            "Mantan Kadis Divonis Lima Tahun",
            "Pengadilan Tipikor Bandung memvonis mantan kepala dinas lima tahun penjara, Rabu "
            "(4/3/2026).",
        ),
    )
    assert not [f for f in of_type(report, "headline_mismatch") if mentions(f, "8 Tahun")]


# --- one quote translated, with no name, figure or borrowed word both keep ---


def _wire(quote: str, more: str = "") -> tuple[str, str]:
    return (
        "Talks on rice imports resume in Manila",
        "MANILA, March 3 (Harbour Wire) - Indonesia and the Philippines resumed talks on rice "
        "imports on Tuesday, trade officials said.\n\n"
        f'"{quote}," Dewi Anggraini told reporters after the meeting.' + more,
    )


def _rewrite(quote: str) -> tuple[str, str]:
    return (
        "Perundingan Impor Beras Dilanjutkan di Manila",
        "Indonesia dan Filipina melanjutkan perundingan impor beras di Manila pada Selasa "
        "(3/3/2026).\n\n"
        f'"{quote}," kata Dewi Anggraini usai pertemuan.',
    )


@pytest.mark.parametrize(
    ("en", "id_"),
    [
        (
            "We still need a few weeks, and we will keep talking until we reach a fair deal",
            "Kami masih perlu beberapa minggu, dan kami akan terus bicara sampai mencapai "
            "kesepakatan yang adil",
        ),
        (
            "The hot weather during the dry season was a big challenge for our farmers",
            "Cuaca panas selama musim kemarau menjadi tantangan besar bagi petani kami",
        ),
    ],
)
def test_one_speaker_s_quote_and_its_close_translation_agree(en, id_):
    report = run(_wire(en), _rewrite(id_))
    agreed = [f for f in of_type(report, "agreement") if f.slot == "quote"]
    assert len(agreed) == 1
    assert mentions(agreed[0], en[:20], id_[:20])


@pytest.mark.parametrize(
    ("en", "id_"),
    [
        (
            "The hot weather during the dry season was a big challenge for our farmers",
            "Kami akan membuka kantor baru di Surabaya bulan depan untuk melayani eksportir",
        ),
        (
            "We will open a new office in the capital next month to serve exporters",
            "Cuaca panas selama musim kemarau menjadi tantangan besar bagi petani kami",
        ),
    ],
)
def test_two_different_things_one_speaker_said_are_not_one_translated_quote(en, id_):
    report = run(_wire(en), _rewrite(id_))
    assert not [f for f in of_type(report, "agreement") if f.slot == "quote"]


def test_of_two_quotes_of_one_speaker_the_one_translated_closely_agrees():
    en = "We lost to them twice this year, so this win means a lot to our whole team"
    other = "The referee made too many mistakes at the end of the match"
    id_ = "Kami kalah dua kali dari mereka tahun ini, jadi kemenangan ini sangat berarti bagi tim"
    wire = _wire(en, f'\n\n"{other}," Dewi Anggraini said.')
    report = run(wire, _rewrite(id_))
    agreed = [f for f in of_type(report, "agreement") if f.slot == "quote"]
    assert len(agreed) == 1
    assert mentions(agreed[0], "We lost to them twice", "Kami kalah dua kali")
    assert not mentions(agreed[0], "referee")


# --- framing: pilgrims without a permit, a slang word for white foreigners ---


def test_unregistered_and_illegal_pilgrims_frame_the_same_pilgrims_two_ways():
    wire = (
        "Heat kills hundreds of pilgrims",
        "MECCA, June 18 (Harbour Wire) - Hundreds of pilgrims died in extreme heat during the "
        "hajj, most of them unregistered pilgrims who walked for hours in the sun, officials "
        "said.",
    )
    rewrite = (
        "Ratusan Jemaah Meninggal karena Panas",
        "Ratusan jemaah meninggal akibat cuaca panas ekstrem selama musim haji, Selasa "
        "(18/6/2024). Sebagian besar merupakan jemaah ilegal yang berjalan berjam-jam di "
        "bawah terik matahari.",
    )
    report = run(wire, rewrite)
    found = of_type(report, "framing")
    assert len(found) == 1
    assert mentions(found[0], "unregistered pilgrims", "jemaah ilegal")


@pytest.mark.parametrize("word", ["bule", "Bule"])
def test_a_slang_word_for_a_white_foreigner_is_framing_on_its_own(word):
    report = run(
        (
            "WNA Ditangkap karena Mengamuk di Kuta",
            "Seorang warga negara asing ditangkap polisi setelah mengamuk di sebuah kafe di "
            "Kuta, Minggu (8/3/2026).",
        ),
        (
            f"{word.capitalize()} Mengamuk di Kafe Kuta",
            f"Seorang {word} mengamuk di sebuah kafe di Kuta, Minggu (8/3/2026), dan ditangkap "
            "polisi.",
        ),
    )
    assert [f for f in of_type(report, "framing") if mentions(f, "bule")]


# --- one arrest told with a euphemism, in two texts each outlet spelt its own way ---

_COPIED = (
    "Dalam pemeriksaan, petugas imigrasi menemukan bahwa izin tinggal yang bersangkutan sudah "
    "habis sejak dua bulan sebelumnya dan ia juga tidak dapat menunjukkan paspor kepada "
    "petugas yang memeriksa di lokasi kejadian."
)


@pytest.mark.parametrize(
    ("plain", "soft"),
    [("ditangkap", "diamankan"), ("ditahan", "diamankan")],
)
def test_an_arrest_and_its_euphemism_in_texts_sharing_a_copied_paragraph_are_framing(plain, soft):
    first = (
        "Turis Asal Swedia Ditangkap di Seminyak",
        f"Seorang turis asal Swedia, Erik Lindqvist (36), {plain} polisi di Seminyak, Badung, "
        "Sabtu (7/3/2026) malam. Kapolsek Kuta Utara Kompol Made Ariawan mengatakan pelaku "
        "merusak sebuah warung.\n\n" + _COPIED,
    )
    second = (
        "Turis Norwegia Mengamuk di Warung",
        f"Seorang wisatawan asal Norwegia, Erick Lindkvist (63), {soft} aparat di Seminyak, "
        "Minggu (8/3/2026). Kepala Imigrasi Ngurah Rai, Wayan Sudarsa, menyebut pelaku akan "
        "dideportasi.\n\n" + _COPIED,
    )
    report = run(first, second)
    found = [f for f in of_type(report, "framing") if mentions(f, soft)]
    assert len(found) == 1
    assert mentions(found[0], plain)


# --- a label the outlet reports as another party's is not the outlet's word ---


@pytest.mark.parametrize(
    "clause",
    [
        "saying it strikes only armed groups it calls terrorists.",
        "saying the army hits only what it describes as terrorists.",
    ],
)
def test_a_label_after_it_calls_is_not_the_outlet_s_framing(clause):
    first = (
        "Air strike hits village school",
        "An air strike hit a village school in the north on Monday, killing 12 students, "
        "teachers said. The military has denied targeting civilians in the past, " + clause,
    )
    second = (
        "Air strike on school kills 12 students",
        "An air strike on a village school in the north killed 12 students on Monday, "
        "teachers said. The military has not commented.",
    )
    report = run(first, second)
    assert not [f for f in of_type(report, "framing") if mentions(f, "terrorists")]


# --- a headline's result or prison term that its own body reverses ---

_FINAL_ID = (
    "Tunggal putra Indonesia, Rizky Pratama, menjadi juara Kejuaraan Asia setelah "
    "{verb} unggulan pertama asal Jepang, Kenta Nakamura, dengan skor 21-18, 21-16 di "
    "Ningbo, Minggu (12/4/2026).\n\nRizky tampil tenang sejak gim pertama."
)
_FINAL_EN = (
    "NINGBO, April 12 (Court Wire) - Indonesia's Rizky Pratama won the Asian Championships "
    "on Sunday after he {verb} top seed Kenta Nakamura of Japan 21-18, 21-16.\n\n"
    "Rizky was calm from the first game."
)


@pytest.mark.parametrize(
    ("title", "body", "said", "reversed_by"),
    [
        (
            "Rizky Kalah dari Kenta Nakamura di Final Asia",
            _FINAL_ID.format(verb="mengalahkan"),
            "Kalah dari Kenta",
            "mengalahkan",
        ),
        (
            "Rizky Pratama loses to Kenta Nakamura in Asian final",
            _FINAL_EN.format(verb="beat"),
            "loses to Kenta",
            "beat",
        ),
        (
            "Kenta Nakamura Kalahkan Rizky di Final Asia",
            "Unggulan pertama asal Jepang, Kenta Nakamura, gagal juara setelah kalah dari "
            "Rizky Pratama dengan skor 18-21, 16-21 di Ningbo, Minggu (12/4/2026).",
            "Kalahkan Rizky",
            "kalah dari",
        ),
    ],
)
def test_a_headline_result_its_lead_reverses_is_a_mismatch(title, body, said, reversed_by):
    other = ("Rizky Juara Asia", _FINAL_ID.format(verb="menundukkan"))
    report = run((title, body), other)
    found = [f for f in of_type(report, "headline_mismatch") if f.slot == "outcome"]
    assert len(found) == 1
    assert mentions(found[0], said, reversed_by)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Rizky Kalahkan Kenta Nakamura, Juara Asia", _FINAL_ID.format(verb="mengalahkan")),
        ("Rizky Pratama beats Kenta Nakamura to win Asian title", _FINAL_EN.format(verb="beat")),
        (
            "Rizky Kalah dari Kenta Nakamura di Semifinal",
            "Rizky Pratama kalah dari Kenta Nakamura di semifinal, Sabtu (11/4/2026). Sehari "
            "sebelumnya Kenta mengalahkan Lee Jun-ho di perempat final.",
        ),
    ],
)
def test_a_headline_result_its_lead_tells_alike_is_no_mismatch(title, body):
    other = ("Rizky Juara Asia", _FINAL_ID.format(verb="menundukkan"))
    report = run((title, body), other)
    assert not [f for f in of_type(report, "headline_mismatch") if f.slot == "outcome"]


_DEPORTED = (
    "Seorang warga negara Prancis berinisial JD (29) dideportasi dari Lombok, Selasa "
    "(10/3/2026), setelah merusak fasilitas hotel. {jail}\n\n"
    "Kepala Imigrasi Mataram mengatakan JD juga dimasukkan ke daftar penangkalan."
)


@pytest.mark.parametrize(
    ("jail", "expected"),
    [
        ("JD tidak ditahan di lembaga pemasyarakatan, melainkan di ruang detensi imigrasi.", True),
        ("Karena berdamai dengan pihak hotel, JD tidak dipenjara.", True),
        ("JD sempat ditahan di Polres Lombok Barat selama dua pekan.", False),
        ("JD tidak ditahan polisi, tetapi hakim menghukumnya tiga bulan penjara.", False),
    ],
)
def test_a_jailed_headline_over_a_body_that_denies_any_prison_term(jail, expected):
    report = run(
        ("Turis Prancis Dipenjara Usai Rusak Hotel di Lombok", _DEPORTED.format(jail=jail)),
        ("Turis Prancis Dideportasi dari Lombok", _DEPORTED.format(jail="")),
    )
    found = [f for f in of_type(report, "headline_mismatch") if f.slot == "outcome"]
    assert bool(found) is expected
    if expected:
        assert mentions(found[0], "Dipenjara", "tidak")


# --- one quote translated, its speaker unread on one side ("the minister told reporters") ---

_AUDIT_EN = (
    "Minister orders audit after mine blast",
    "KENDARI, March 5 (Harbour Wire) - The government will audit every nickel mine in the "
    "province after Tuesday's blast, the mining minister said.\n\n"
    '"{quote}," the minister told reporters in Jakarta.',
)
_AUDIT_ID = (
    "Menteri Perintahkan Audit Tambang",
    "Pemerintah akan mengaudit seluruh tambang nikel di provinsi itu setelah ledakan pada "
    "Selasa (4/3/2026).\n\n"
    '"{quote}," ujar Menteri ESDM di Jakarta.',
)


@pytest.mark.parametrize(
    ("en", "id_", "agreed"),
    [
        (
            "We will not tolerate companies that put the lives of workers at risk",
            "Kami tidak akan menoleransi perusahaan yang mempertaruhkan nyawa pekerja",
            True,
        ),
        (
            "We will not tolerate companies that put the lives of workers at risk",
            "Hasil audit akan kami umumkan kepada publik bulan depan",
            False,
        ),
    ],
)
def test_a_quote_translated_with_its_speaker_unread_on_one_side_agrees_only_when_glossed(
    en, id_, agreed
):
    wire = (_AUDIT_EN[0], _AUDIT_EN[1].format(quote=en))
    rewrite = (_AUDIT_ID[0], _AUDIT_ID[1].format(quote=id_))
    report = run(wire, rewrite)
    found = [f for f in of_type(report, "agreement") if f.slot == "quote"]
    assert bool(found) is agreed
    if agreed:
        assert mentions(found[0], "We will not tolerate", "Kami tidak akan menoleransi")
