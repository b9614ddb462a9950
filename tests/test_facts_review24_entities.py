"""Facts review 24 (entities, speakers and attributions): a pollster named with its country,
a team's nickname, an airline's code before a flight number, a place named by its own word in
a headline, a speaker whose role's body the model read as his or her name, a speaker written
by the given name alone, and attribution cues of measuring, recording, projecting and
"berdasarkan hasil audit X".
"""

from __future__ import annotations

from datetime import datetime

import pytest

from kroscek.data import Article, Fact
from kroscek.extract import extract_facts
from kroscek.extract.entities import recognise

PUBLISHED = datetime(2026, 11, 24, 10, 0)


def _entities(text: str, lang: str = "id") -> dict[str, str]:
    return {f.text: f.label for f in recognise(text, lang)}


def _facts(text: str, lang: str = "id", title: str = "") -> list[Fact]:
    art = Article(id="t", source="t", title=title, text=text, published=PUBLISHED, lang=lang)
    return list(extract_facts(art).facts)


def _kind(facts: list[Fact], kind: str) -> list[Fact]:
    return [f for f in facts if f.kind == kind]


# --- a body named with its country, its director after a comma ----------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Hasil hitung cepat Lentera Suara Indonesia menunjukkan pasangan itu unggul.",
            "Lentera Suara",
        ),
        (
            "Jajak pendapat Pelita Opini Malaysia menempatkan partai itu di urutan kedua.",
            "Pelita Opini",
        ),
    ],
)
def test_capitalised_words_running_into_a_country_are_a_body_not_a_person(text, body):
    found = _entities(text)
    assert found.get(body) == "ORG"
    assert "PER" not in found.values()


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Direktur Lentera Suara Indonesia, Firmansyah, mengatakan sampel diambil acak.",
            "Firmansyah",
        ),
        ("Peneliti Pelita Opini Malaysia, Rahmawati, menjelaskan metodenya.", "Rahmawati"),
    ],
)
def test_a_known_given_name_after_a_body_and_its_country_is_the_person(text, person):
    found = _entities(text)
    assert found.get(person) == "PER"
    assert [name for name, label in found.items() if label == "PER"] == [person]


@pytest.mark.parametrize(
    "text",
    [
        "Kapal itu bersandar di Pelabuhan Ketapang, Banyuwangi, pada Senin.",
        "Warga mengungsi ke Kecamatan Sukajadi, Bandung, sejak pagi.",
    ],
)
def test_a_place_in_apposition_after_a_place_stays_a_place(text):
    found = _entities(text)
    assert "PER" not in found.values()


# --- a team's nickname -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "nickname"),
    [
        (
            "Tim berjuluk Laskar Ombak itu kalah 1-2. Laskar Ombak kini di posisi kesembilan.",
            "id",
            "Laskar Ombak",
        ),
        ("Klub yang dijuluki Elang Biru menang tipis di kandang.", "id", "Elang Biru"),
        ("The club, nicknamed The Magpies, lost 2-1 at home.", "en", "The Magpies"),
    ],
)
def test_a_teams_nickname_is_no_person(text, lang, nickname):
    found = _entities(text, lang)
    assert nickname not in found
    assert "PER" not in found.values()


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ("Pria berjuluk Ucok itu ditangkap polisi.", "Ucok"),
        ("Pemain berjuluk Si Kancil mencetak gol kedua.", "Si Kancil"),
    ],
)
def test_a_persons_nickname_is_still_a_person(text, nickname):
    assert _entities(text).get(nickname) == "PER"


# --- a flight number ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("Pesawat dengan nomor penerbangan BX 417 kembali ke bandara asal.", "id", "BX"),
        ("Penerbangan KQ 88 tertunda tiga jam.", "id", "KQ"),
        ("Flight JT 205 was carrying 180 passengers.", "en", "JT"),
    ],
)
def test_an_airlines_code_before_a_flight_number_is_no_body(text, lang, code):
    assert code not in _entities(text, lang)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Maskapai penerbangan KLM menambah rute baru ke Jakarta.", "KLM"),
        ("Penerbangan TNI AU berlangsung sepanjang hari.", "TNI AU"),
    ],
)
def test_a_body_after_the_word_flight_with_no_number_stays_a_body(text, body):
    assert _entities(text).get(body) == "ORG"


# --- a place named by its own word in a headline --------------------------------------------


@pytest.mark.parametrize(
    ("title", "text", "lang", "word"),
    [
        (
            "Pesawat Mendarat Darurat di Rantaubiru",
            "Pesawat itu akhirnya mendarat di Bandara Internasional Rantaubiru pada siang hari.",
            "id",
            "Rantaubiru",
        ),
        (
            "Plane Diverted to Pelangi",
            "The plane landed at Pelangi International Airport shortly after noon.",
            "en",
            "Pelangi",
        ),
    ],
)
def test_a_headline_place_written_without_its_kind_is_the_bodys_place(title, text, lang, word):
    facts = _facts(text, lang, title)
    in_title = {f.text: f for f in _kind(facts, "entity") if f.field == "title"}
    in_body = [f for f in _kind(facts, "entity") if f.field == "text" and f.label == "LOC"]
    assert word in in_title
    assert in_title[word].label == "LOC"
    assert in_title[word].value in {f.value for f in in_body}


# --- speakers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"Semua penumpang selamat," kata juru bicara Bumi Air, Intan Permatasari, dalam '
            "keterangan tertulis.",
            "Intan Permatasari",
        ),
        (
            '"Kami masih menunggu hasil pemeriksaan," ujar juru bicara Sinar Samudra, Rina Kusuma.',
            "Rina Kusuma",
        ),
    ],
)
def test_the_speaker_after_a_role_its_body_and_a_comma_is_the_person(text, speaker):
    quotes = _kind(_facts(text), "quote")
    assert [q.attrs["speaker"] for q in quotes] == [speaker]
    assert quotes[0].label.startswith("PER:")


@pytest.mark.parametrize(
    ("text", "lang", "full"),
    [
        (
            "Kepala Pusat Vulkanologi, Yusuf Maulana, mengatakan gempa vulkanik meningkat. "
            '"Kami meminta warga tidak memasuki zona bahaya," kata Yusuf.',
            "id",
            "Yusuf Maulana",
        ),
        (
            "Kepala Dinas Sosial, Juni Astuti, meninjau lokasi pengungsian. "
            '"Kebutuhan air bersih paling mendesak saat ini," ujar Juni.',
            "id",
            "Juni Astuti",
        ),
    ],
)
def test_a_speaker_written_by_the_given_name_alone_is_the_person_named_in_full(text, lang, full):
    quotes = _kind(_facts(text, lang), "quote")
    people = {f.text: f.value for f in _kind(_facts(text, lang), "entity") if f.label == "PER"}
    assert [q.label for q in quotes] == [people[full]]


def test_a_given_name_two_people_share_names_no_one_of_them():
    text = (
        "Juni Astuti dan Juni Rahayu hadir dalam rapat itu. "
        '"Kami belum menerima laporan resmi," kata Juni.'
    )
    quotes = _kind(_facts(text), "quote")
    assert [q.label for q in quotes] == ["Juni"]


# --- attribution cues ----------------------------------------------------------------------


def _attributions(text: str, lang: str) -> list[Fact]:
    return _kind(_facts(text, lang), "attribution")


@pytest.mark.parametrize(
    ("text", "lang", "cue", "source", "covered"),
    [
        (
            "The Caldera Seismology Institute measured the quake at magnitude 6.1 and lifted "
            "its tsunami warning an hour later.",
            "en",
            "measured",
            "Caldera Seismology Institute",
            "6.1",
        ),
        (
            "Police recorded 12 deaths on the toll road during the holiday week.",
            "en",
            "recorded",
            "Police",
            "12 deaths",
        ),
        (
            "OJK memproyeksikan kredit perbankan tumbuh 9 persen tahun depan.",
            "id",
            "memproyeksikan",
            "OJK",
            "9 persen",
        ),
        (
            "Berdasarkan hasil audit Badan Pemeriksa Keuangan dan Pembangunan Daerah, kerugian "
            "negara mencapai Rp 3,4 miliar.",
            "id",
            "berdasarkan hasil audit",
            "Badan Pemeriksa Keuangan dan Pembangunan Daerah",
            "Rp 3,4 miliar",
        ),
        (
            "Berdasarkan hitung cepat lembaga Lentera Suara, pasangan itu meraih 51 persen.",
            "id",
            "berdasarkan hitung cepat",
            "lembaga Lentera Suara",
            "51 persen",
        ),
    ],
)
def test_a_cue_of_measuring_recording_projecting_or_auditing_attributes_its_figure(
    text, lang, cue, source, covered
):
    facts = _attributions(text, lang)
    found = [f for f in facts if f.attrs["cue"] == cue]
    assert [f.value for f in found] == [source]
    lo, hi = found[0].attrs["scope"]
    assert covered in text[lo:hi]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The sprinter recorded a time of 10.41 seconds in the final.", "en"),
        ("Exports recorded a surplus of $2 billion in October.", "en"),
        ("The quake, measured at magnitude 5.9, shook the coast.", "en"),
        ("Seismographs recorded 312 volcanic earthquakes overnight.", "en"),
    ],
)
def test_recording_or_measuring_by_no_source_attributes_nothing(text, lang):
    assert not [f for f in _attributions(text, lang) if f.attrs["cue"] in ("recorded", "measured")]


@pytest.mark.parametrize(
    "text",
    [
        "The central bank kept its 2027 growth forecast at 5.1% to 5.9%.",
        "The fund cut its inflation forecast, citing lower food prices.",
        "The agency's forecast was revised on Monday.",
    ],
)
def test_the_noun_forecast_is_no_reporting_verb(text):
    assert not [f for f in _attributions(text, "en") if f.attrs["cue"] == "forecast"]


@pytest.mark.parametrize(
    ("text", "source", "covered"),
    [
        (
            "Bank Indonesia kept its 2027 inflation forecast at 2.5% to 3.5%.",
            "Bank Indonesia",
            "2.5%",
        ),
        ("The IMF raised its growth forecast for the region to 4.1%.", "IMF", "4.1%"),
    ],
)
def test_a_bodys_own_forecast_is_attributed_to_the_body(text, source, covered):
    found = [f for f in _attributions(text, "en") if f.attrs["cue"] == "forecast"]
    assert [f.value for f in found] == [source]
    lo, hi = found[0].attrs["scope"]
    assert covered in text[lo:hi]


def test_the_verb_forecast_still_attributes():
    text = "The weather agency forecast heavy rain across the province this week."
    found = [f for f in _attributions(text, "en") if f.attrs["cue"] == "forecast"]
    assert [f.value for f in found] == ["weather agency"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The agency counted 300 aftershocks on Friday, the largest of magnitude 5.2, and "
            "warned residents to stay away from the coast.",
            "en",
        ),
        (
            "Tim SAR menyisir sungai sejak pagi, dan menyatakan pencarian dilanjutkan besok.",
            "id",
        ),
    ],
)
def test_a_conjunction_is_never_a_source(text, lang):
    assert all(f.value.lower() not in ("and", "dan") for f in _attributions(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "cue", "source", "covered"),
    [
        (
            "Rombongan itu terdiri atas 90 orang. Mereka mengaku telah terkatung-katung di laut "
            "selama 17 hari.",
            "id",
            "mengaku",
            "Mereka",
            "17 hari",
        ),
        (
            "The group of 90 reached the shore at dawn. They claimed to have spent 17 days at sea.",
            "en",
            "claimed",
            "They",
            "17 days",
        ),
    ],
)
def test_a_plural_pronoun_claiming_is_the_groups_own_account(text, lang, cue, source, covered):
    found = [f for f in _attributions(text, lang) if f.attrs["cue"] == cue]
    assert [(f.label, f.value) for f in found] == [("claimed", source)]
    lo, hi = found[0].attrs["scope"]
    assert covered in text[lo:hi]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Warga memadati balai desa. Mereka mengatakan air mulai surut.", "id"),
        ("Residents gathered at the hall. They said the water was receding.", "en"),
    ],
)
def test_a_plural_pronoun_saying_is_no_source_of_its_own(text, lang):
    assert all(f.value.lower() not in ("mereka", "they") for f in _attributions(text, lang))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Darmadi Lubis yang ditemui di rumahnya di Sukamaju mengaku bersyukur atas hasil itu.",
            "Darmadi Lubis",
        ),
        (
            "Siti Aminah yang hadir di lokasi pengungsian menyebut bantuan belum merata.",
            "Siti Aminah",
        ),
    ],
)
def test_a_person_before_a_relative_clause_is_the_source_of_the_cue_after_it(text, person):
    found = _attributions(text, "id")
    assert [f.value for f in found] == [person]


def test_a_body_is_the_source_entity_before_the_country_it_is_named_with():
    text = "Hasil hitung cepat Lentera Suara Indonesia menunjukkan pasangan itu meraih 52 persen."
    found = _attributions(text, "id")
    assert [f.attrs.get("entity") for f in found] == ["ORG:lentera-suara"]


# --- a headline of a body's claim and another source's answer ------------------------------


@pytest.mark.parametrize(
    ("title", "text", "body", "source"),
    [
        (
            "OPM Klaim Serang Pos TNI di Distrik Sukamaju, Lembaga HAM: Korban Warga Sipil",
            "Kelompok OPM mengklaim menyerang pos TNI. Lembaga HAM menyebut korban warga sipil.",
            "OPM",
            "Lembaga HAM",
        ),
        (
            "TNI Klaim Amankan Pos Sukamaju, Komnas HAM: Tiga Warga Terluka",
            "TNI mengklaim telah mengamankan pos. Komnas HAM mencatat tiga warga terluka.",
            "TNI",
            "Komnas HAM",
        ),
    ],
)
def test_a_headlines_capitalised_verbs_are_no_words_of_the_body_before_them(
    title, text, body, source
):
    facts = _facts(text, "id", title)
    in_title = [f for f in facts if f.field == "title"]
    assert body in {f.text for f in in_title if f.kind == "entity" and f.label == "ORG"}
    colon = [f for f in in_title if f.kind == "attribution" and f.attrs["cue"] == ":"]
    assert [f.value for f in colon] == [source]


# --- a prison class is no pronoun ------------------------------------------------------------


def test_a_roman_class_after_an_attributed_sentence_carries_no_attribution():
    from kroscek.compare import compare

    a = Article(
        id="a",
        source="Kabar Satu",
        title="Tiga Tersangka Korupsi Jalan Ditahan",
        text=(
            "Berdasarkan hasil audit Inspektorat Daerah, kerugian negara dalam proyek jalan itu "
            "mencapai Rp 3,4 miliar.\n\nPara tersangka ditahan selama 20 hari ke depan di Rumah "
            "Tahanan Kelas IIA Sukamaju."
        ),
        published=PUBLISHED,
        lang="id",
    )
    b = Article(
        id="b",
        source="Warta Dua",
        title="Kejaksaan Tahan Tiga Tersangka Korupsi Jalan",
        text=(
            "Kerugian negara dalam proyek jalan itu mencapai Rp 3,4 miliar, kata jaksa.\n\n"
            "Para tersangka ditahan selama 20 hari ke depan di Rumah Tahanan Sukamaju."
        ),
        published=PUBLISHED,
        lang="id",
    )
    report = compare([a, b])
    attributed_days = [
        f
        for f in report.findings
        if f.type == "attribution" and any("20 hari" in e.text for e in f.evidence)
    ]
    assert attributed_days == []
