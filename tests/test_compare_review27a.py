"""Rules added in compare review 27a: a headline and its lead over a later count of the same
body, and a statement with no figure attributed in one language and stated in the other.
Pinned with sentences written for these tests."""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type, run

# --- a headline and its lead repeating a toll the rest of the body and the other source lower ---

_FIRE_OTHER = (
    "Gudang Kembang Api di Sidoarjo Meledak",
    "Sebuah gudang kembang api di Kecamatan Waru, Sidoarjo, Jawa Timur, meledak pada Senin "
    "(9/3/2026) malam.\n\n"
    "Kapolsek Waru mengatakan petugas menemukan {other} meninggal dunia di dalam gudang.\n\n"
    "Api baru bisa dipadamkan setelah empat jam oleh sembilan unit pemadam kebakaran.",
)


def _fire(title: str, lead: str, later: str) -> tuple[str, str]:
    return (
        title,
        f"{lead} di Kecamatan Waru, Sidoarjo, Jawa Timur, Senin (9/3/2026) malam.\n\n"
        f"Hingga Selasa pagi petugas menemukan {later} di dalam gudang.\n\n"
        "Api baru bisa dipadamkan setelah empat jam oleh sembilan unit pemadam kebakaran.",
    )


@pytest.mark.parametrize(
    ("title", "lead", "later", "other", "evidence"),
    [
        (
            "Gudang Kembang Api Meledak, Enam Pekerja Tewas",
            "Enam pekerja tewas saat gudang kembang api meledak",
            "tiga orang meninggal dunia",
            "tiga orang",
            ("Enam Pekerja", "tiga orang"),
        ),
        (
            "Ledakan Gudang di Sidoarjo, 8 Buruh Meninggal",
            "Delapan buruh meninggal dunia ketika gudang kembang api meledak",
            "empat orang meninggal dunia",
            "empat orang",
            ("8 Buruh", "empat orang"),
        ),
    ],
)
def test_a_headline_and_lead_toll_a_later_sentence_and_the_other_source_lower_is_a_mismatch(
    title, lead, later, other, evidence
):
    title_o, body_o = _FIRE_OTHER
    report = run((title_o, body_o.format(other=other)), _fire(title, lead, later))
    found = [f for f in of_type(report, "headline_mismatch") if mentions(f, *evidence)]
    assert len(found) == 1
    assert found[0].evidence[0].field == "title"


@pytest.mark.parametrize(
    ("later", "other"),
    [
        # a part of the toll, not another toll
        ("tiga di antaranya sudah meninggal dunia", "enam orang"),
        # the others besides those found first
        ("tiga orang lainnya meninggal dunia", "enam orang"),
        # the other source backs the headline's six
        ("tiga orang meninggal dunia", "enam orang"),
        # the other source gives neither figure
        ("tiga orang meninggal dunia", "tujuh orang"),
    ],
)
def test_a_later_lower_count_that_is_a_part_or_that_no_other_source_gives_is_no_mismatch(
    later, other
):
    title_o, body_o = _FIRE_OTHER
    lead = "Enam pekerja tewas saat gudang kembang api meledak"
    report = run(
        (title_o, body_o.format(other=other)),
        _fire("Gudang Kembang Api Meledak, Enam Pekerja Tewas", lead, later),
    )
    assert not [f for f in of_type(report, "headline_mismatch") if mentions(f, "Enam Pekerja")]


# --- a statement with no figure, attributed in an English wire and stated in its rewrite ---

_WIRE = (
    "Ferry turns back to port after engine trouble",
    "BALIKPAPAN, Apr 2 (Harbour Wire) - A passenger ferry bound for Makassar turned back to "
    "Balikpapan on Thursday morning after its crew reported an engine problem, the operator "
    "said.\n\n"
    "{statement}\n\n"
    "The ferry operator apologised to travellers and promised a replacement vessel.",
)


def _rewrite(statement: str) -> tuple[str, str]:
    return (
        "Kapal Feri Rute Makassar Kembali ke Balikpapan",
        "Kapal feri tujuan Makassar kembali ke Pelabuhan Semayang, Balikpapan, Kamis "
        "(2/4/2026) pagi, setelah awak kapal melaporkan gangguan mesin.\n\n"
        f"{statement}\n\n"
        "Operator kapal meminta maaf kepada penumpang dan menjanjikan kapal pengganti.",
    )


@pytest.mark.parametrize(
    ("wire", "rewrite", "evidence"),
    [
        (
            "The captain detected a fuel leak near the generator room, according to the port "
            "authority.",
            "Kebocoran bahan bakar (fuel leak) terjadi di dekat ruang generator kapal.",
            ("fuel leak", "fuel leak"),
        ),
        (
            "Black smoke filled the cockpit until the pilot switched off the generator, the "
            "harbour master said.",
            "Asap hitam memenuhi kokpit hingga pilot mematikan generator kapal.",
            ("harbour master said", "Asap hitam"),
        ),
    ],
)
def test_a_translated_statement_attributed_in_one_language_and_stated_in_the_other_is_found(
    wire, rewrite, evidence
):
    title, body = _WIRE
    report = run((title, body.format(statement=wire)), _rewrite(rewrite))
    found = [f for f in of_type(report, "attribution") if mentions(f, *evidence)]
    assert len(found) == 1
    assert {e.article for e in found[0].evidence} == {a.id for a in report.articles}


@pytest.mark.parametrize(
    ("wire", "rewrite"),
    [
        # one kept word only: too little to call it one sentence translated
        (
            "The captain checked the generator twice, the port authority said.",
            "Penumpang menunggu di ruang tunggu pelabuhan sambil membeli makanan generator.",
        ),
        # both state it: no sourcing difference
        (
            "The captain detected a fuel leak near the generator room.",
            "Kebocoran bahan bakar (fuel leak) terjadi di dekat ruang generator kapal.",
        ),
    ],
)
def test_a_translated_statement_is_not_reported_without_kept_words_or_a_stance_difference(
    wire, rewrite
):
    title, body = _WIRE
    report = run((title, body.format(statement=wire)), _rewrite(rewrite))
    assert not [
        f
        for f in of_type(report, "attribution")
        if mentions(f, "generator") or mentions(f, "fuel leak")
    ]


# --- a headline town that is also an ordinary word, over a body placing the event elsewhere ---


def _theft(place: str) -> tuple[str, str]:
    return (
        "Komplotan Pencuri Sepeda Motor Ditangkap",
        "Polisi menangkap empat anggota komplotan pencuri sepeda motor dalam penggerebekan "
        f"di sebuah rumah kontrakan di {place}, Rabu (4/3/2026).\n\n"
        "Kapolres mengatakan komplotan itu sudah beraksi di sejumlah parkiran pasar sejak "
        "awal tahun.",
    )


@pytest.mark.parametrize(
    ("title_town", "body_town"),
    [("Mataram", "Kabupaten Lombok Barat"), ("Mataram", "Kabupaten Lombok Tengah")],
)
def test_a_headline_town_that_is_also_a_common_word_over_another_town_of_the_lead_is_a_mismatch(
    title_town, body_town
):
    title = f"Polisi Bongkar Sindikat Curanmor di {title_town}, Empat Orang Ditangkap"
    rewrite = (title, _theft(body_town)[1])
    report = run(_theft(body_town), rewrite)
    found = [
        f
        for f in of_type(report, "headline_mismatch")
        if mentions(f, title_town, body_town.split()[-2])
    ]
    assert len(found) == 1


@pytest.mark.parametrize("town", ["Kota Mataram", "Mataram"])
def test_a_headline_town_its_body_places_the_event_in_is_no_mismatch(town):
    title_town = town.split()[-1]
    title = f"Polisi Bongkar Sindikat Curanmor di {title_town}, Empat Orang Ditangkap"
    rewrite = (title, _theft(town)[1])
    report = run(_theft(town), rewrite)
    assert not of_type(report, "headline_mismatch")


# --- a quotation in one text, the same words as a claim in the other ---

_EVICTION = (
    "Penggusuran Lapak di Pasar Induk Ricuh",
    "Penertiban lapak pedagang di Pasar Induk Kramat Jati, Jakarta Timur, berakhir ricuh "
    "pada Kamis (5/3/2026).\n\n"
    "{line}\n\n"
    "Para pedagang menolak pindah karena lokasi relokasi dinilai terlalu jauh dari pembeli.",
)


@pytest.mark.parametrize(
    ("quoted", "claimed", "evidence"),
    [
        (
            '"Petugas hanya membongkar bangunan liar yang menutup saluran air," kata Kepala '
            "Satpol PP Jakarta Timur Budi Santoso.",
            "Satpol PP mengklaim hanya membongkar bangunan liar yang menutup saluran air.",
            ("hanya membongkar bangunan liar", "mengklaim"),
        ),
        (
            '"Kami tidak memakai kekerasan terhadap pedagang yang menolak pindah," ujar Camat '
            "Kramat Jati Rudi Hartono.",
            "Camat Kramat Jati mengklaim pihaknya tidak memakai kekerasan terhadap pedagang "
            "yang menolak pindah.",
            ("tidak memakai kekerasan", "mengklaim"),
        ),
    ],
)
def test_a_quotation_and_the_same_words_put_as_a_claim_elsewhere_is_an_attribution_difference(
    quoted, claimed, evidence
):
    title, body = _EVICTION
    report = run((title, body.format(line=quoted)), (title + " Lagi", body.format(line=claimed)))
    found = [f for f in of_type(report, "attribution") if mentions(f, *evidence)]
    assert len(found) == 1


@pytest.mark.parametrize(
    "other",
    [
        # stated as fact: the quote is the speaker's own account, no sourcing difference
        "Petugas hanya membongkar bangunan liar yang menutup saluran air.",
        # credited plainly to the same office
        "Menurut Satpol PP, petugas hanya membongkar bangunan liar yang menutup saluran air.",
    ],
)
def test_a_quotation_against_a_plain_or_credited_sentence_is_no_attribution_difference(other):
    quoted = (
        '"Petugas hanya membongkar bangunan liar yang menutup saluran air," kata Kepala '
        "Satpol PP Jakarta Timur Budi Santoso."
    )
    title, body = _EVICTION
    report = run((title, body.format(line=quoted)), (title + " Lagi", body.format(line=other)))
    assert not [f for f in of_type(report, "attribution") if mentions(f, "bangunan liar")]


# --- a claim in one text, most of its words stated as fact in another ---

_ARSON = (
    "Sekolah Dasar di Pedalaman Dibakar",
    "Sebuah sekolah dasar di pedalaman Kabupaten Intan Jaya dilaporkan terbakar pada Selasa "
    "(3/3/2026) dini hari.\n\n"
    "{line}\n\n"
    "Aparat keamanan masih menyisir kampung di sekitar lokasi kejadian.",
)


@pytest.mark.parametrize(
    ("claimed", "stated", "evidence"),
    [
        (
            "Kelompok bersenjata pimpinan Markus mengklaim telah membakar gedung sekolah dasar "
            "itu.",
            "Organisasi separatis bersenjata membakar gedung sekolah dasar tersebut sebelum "
            "melarikan diri ke hutan.",
            ("mengklaim", "membakar gedung sekolah"),
        ),
        (
            "Juru bicara kelompok itu mengklaim anggotanya merusak menara pemancar telepon di "
            "kampung tersebut.",
            "Para penyerang merusak menara pemancar telepon di kampung tersebut.",
            ("mengklaim", "merusak menara pemancar"),
        ),
    ],
)
def test_a_claim_whose_words_another_text_states_as_fact_is_an_attribution_difference(
    claimed, stated, evidence
):
    title, body = _ARSON
    report = run((title, body.format(line=claimed)), (title + " OTK", body.format(line=stated)))
    found = [f for f in of_type(report, "attribution") if mentions(f, *evidence)]
    assert len(found) == 1


def test_a_claim_sharing_only_a_few_words_with_another_sentence_is_no_attribution_difference():
    title, body = _ARSON
    claimed = "Kelompok bersenjata mengklaim telah membakar gedung sekolah dasar dan rumah guru."
    stated = "Warga menemukan gedung sekolah yang rusak ketika kembali ke kampung."
    report = run((title, body.format(line=claimed)), (title + " OTK", body.format(line=stated)))
    assert not [f for f in of_type(report, "attribution") if mentions(f, "mengklaim")]


_RAID_OTHER = (
    "Operasi di Kamp Pengungsi, Enam Warga Tewas",
    "Enam warga tewas dalam operasi militer di sebuah kamp pengungsi di Tepi Barat, Selasa "
    "(17/11/2026), kata kementerian kesehatan setempat.\n\n"
    "Sebuah kelompok bersenjata setempat menyatakan {later} dalam bentrokan itu.\n\n"
    "Operasi berlangsung sekitar sepuluh jam.",
)


@pytest.mark.parametrize(
    "later", ["dua anggotanya gugur", "dua pejuangnya tewas", "tiga rekannya meninggal dunia"]
)
def test_a_later_count_of_a_groups_own_people_is_no_correction_of_the_headline(later):
    title_o, body_o = _RAID_OTHER
    mine = (
        "Operasi Militer di Kamp Pengungsi Tewaskan Tujuh Warga",
        "Tujuh warga tewas dalam operasi militer di sebuah kamp pengungsi di Tepi Barat, Selasa "
        "(17/11/2026).\n\n"
        f"Sebuah kelompok bersenjata setempat menyatakan {later} dalam bentrokan itu.\n\n"
        "Operasi berlangsung sekitar sepuluh jam.",
    )
    report = run((title_o, body_o.format(later=later)), mine)
    assert not of_type(report, "headline_mismatch")
