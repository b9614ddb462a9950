"""Regional agencies, their short forms and noble name openers (blind review 16).

Each case is a sentence written for this test: the class of name the rule covers, never a
name of the gold articles.
"""

from __future__ import annotations

import pytest

from kroscek.data import Article
from kroscek.extract import extract_facts
from ner_helpers import entities, pairs


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Kepala BPBD Lembah Sari, Yusuf Prasetyo, mengatakan 40 rumah rusak.",
            "Yusuf Prasetyo",
            "Kepala BPBD Lembah Sari",
        ),
        (
            "Ketua DPRD Tanjung Mekar, Rini Kartikasari, meminta warga bersabar.",
            "Rini Kartikasari",
            "Ketua DPRD Tanjung Mekar",
        ),
    ],
)
def test_a_role_before_a_comma_keeps_its_body_and_region(text, person, role):
    found = {f.text: f for f in entities(text, "id")}
    assert found[person].attrs["role"] == role


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Gubernur Riau Teuku Faisal Amri meninjau tanggul.", "Teuku Faisal Amri"),
        ("Kapolres Bireuen AKBP Teuku Hendra Saputra menahan dua orang.", "Teuku Hendra Saputra"),
        ("Wakil Bupati, Cut Mutia Rahmah, membuka pasar murah.", "Cut Mutia Rahmah"),
        ("Menurut dr. Teuku Ramli Hasan, pasien sudah pulih.", "Teuku Ramli Hasan"),
        ("Plt Camat, Raden Ajeng Laras Palupi, menyerahkan bantuan.", "Raden Ajeng Laras Palupi"),
        ("Ketua panitia Andi Tenri Wulan menyebut acara ditunda.", "Andi Tenri Wulan"),
    ],
)
def test_noble_and_clan_openers_belong_to_the_name_after_a_role(text, person):
    people = [f.text for f in entities(text, "id") if f.label == "PER"]
    assert people == [person]


@pytest.mark.parametrize(
    ("text", "lang", "short", "long"),
    [
        (
            "Badan Riset Pangan (Barispa) merilis data baru. Kepala Barispa menyebut stok aman.",
            "id",
            "Barispa",
            "Badan Riset Pangan",
        ),
        (
            "Direktorat Jenderal Sumber Air (Ditjen Sumair) memulai proyek. "
            "Ditjen Sumair menargetkan selesai tahun depan.",
            "id",
            "Ditjen Sumair",
            "Direktorat Jenderal Sumber Air",
        ),
    ],
)
def test_a_short_form_in_brackets_names_the_body_wherever_it_stands(text, lang, short, long):
    found = entities(text, lang)
    body = next(f for f in found if f.text == long)
    shorts = [f for f in found if f.text == short]
    assert len(shorts) == 2
    assert all(f.label == "ORG" and f.value == body.value for f in shorts)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Regional Centre for Flood Studies said rain would ease.",
            "Regional Centre for Flood Studies",
        ),
        (
            "Officials from the European Agency for Safe Roads visited.",
            "European Agency for Safe Roads",
        ),
        ("A spokesman for the OPEC Secretariat declined to comment.", "OPEC Secretariat"),
        (
            "The ASEAN Chess Federation, based in Manila, said 300 players came.",
            "ASEAN Chess Federation",
        ),
        ("Lopez scored twice for Granada FC on Sunday.", "Granada FC"),
    ],
)
def test_english_bodies_with_for_tails_and_known_openers_are_one_name(text, body):
    assert (body, "ORG") in pairs(text, "en")


def test_two_bodies_each_with_its_own_tail_word_stay_two():
    found = pairs("Sponsors include Hanwa Electric and Blue Ridge Motor this year.", "en")
    assert {("Hanwa Electric", "ORG"), ("Blue Ridge Motor", "ORG")} <= found


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("The bulk carrier Golden Wren ran aground near Lombok.", "en", {("Lombok", "LOC")}),
        ("The frigate KRI Sultan Iskandar left port on Monday.", "en", set()),
        (
            "Nelayan melihat kapal tanker Ocean Pearl di Selat Sunda.",
            "id",
            {("Selat Sunda", "LOC")},
        ),
        ("Kapal patroli KN Pulau Dana berangkat dari Kupang.", "id", {("Kupang", "LOC")}),
    ],
)
def test_a_vessel_named_like_a_person_or_place_is_no_entity(text, lang, kept):
    assert pairs(text, lang) == kept


def test_a_known_body_after_a_vessel_noun_is_still_the_body():
    assert ("Basarnas", "ORG") in pairs("Tim menumpang kapal Basarnas menuju lokasi.", "id")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kepala Perum Bulog Kanwil Sulsel, Rudi Hartono, memastikan stok aman.",
            {("Perum Bulog", "ORG"), ("Sulsel", "LOC"), ("Rudi Hartono", "PER")},
        ),
        (
            "Temuan itu berasal dari audit BPKP Perwakilan Sumatera Barat tahun lalu.",
            {("BPKP", "ORG"), ("Sumatera Barat", "LOC")},
        ),
        (
            "Kepala Kejati Sulsel Budi Raharjo menahan dua tersangka.",
            {("Kejati", "ORG"), ("Sulsel", "LOC"), ("Budi Raharjo", "PER")},
        ),
        (
            "Kereta tertahan karena petugas Daop 8 Surabaya memeriksa rel.",
            {("Daop 8", "ORG"), ("Surabaya", "LOC")},
        ),
        (
            "Komandan upacara, Mayjen TNI Hadi Santoso, memberi hormat.",
            {("Hadi Santoso", "PER")},
        ),
    ],
)
def test_regional_offices_their_units_and_ranks_are_read_apart(text, expected):
    assert pairs(text, "id") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Air Krueng Teunom meluap ke Gampong Blang Baro.",
            "id",
            {("Krueng Teunom", "LOC"), ("Gampong Blang Baro", "LOC")},
        ),
        ("Warga Nagari Koto Tuo mengungsi ke masjid.", "id", {("Nagari Koto Tuo", "LOC")}),
        (
            "Proyek itu dikerjakan Balai Besar Jalan Nasional sejak Mei.",
            "id",
            {("Balai Besar Jalan Nasional", "ORG")},
        ),
        (
            "Data Stasiun Klimatologi Maros menunjukkan hujan turun.",
            "id",
            {("Stasiun Klimatologi", "ORG"), ("Maros", "LOC")},
        ),
        (
            "Investors eye the Northern Growth Corridor this year.",
            "en",
            {("Northern Growth Corridor", "LOC")},
        ),
        ("A slowdown in Chinese orders hit Maltese shippers.", "en", set()),
        ("She won the Bali Surf Championship and the Jakarta Marathon.", "en", set()),
    ],
)
def test_place_and_body_heads_demonyms_and_events(text, lang, expected):
    assert pairs(text, lang) == expected


def test_an_office_named_after_an_unknown_place_is_one_body():
    found = pairs("Menurut Stasiun Meteorologi Rendani, angin kencang.", "id")
    assert found == {("Stasiun Meteorologi Rendani", "ORG")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Harga gas minyak cair (GMC) naik lagi. Warga antre membeli GMC di pangkalan.",
            "id",
            set(),
        ),
        (
            "The Rice Growers' Association and the Nurses' Union met on Friday.",
            "en",
            {("Rice Growers' Association", "ORG"), ("Nurses' Union", "ORG")},
        ),
        (
            "An economist at the Bangkok-based Kasem Research Institute said so.",
            "en",
            {("Bangkok", "LOC"), ("Kasem Research Institute", "ORG")},
        ),
    ],
)
def test_common_noun_acronyms_plural_possessives_and_based_places(text, lang, expected):
    assert pairs(text, lang) == expected


def test_a_short_name_in_apposition_names_the_body_everywhere():
    found = entities(
        "Lanka Coastal Shipping Corporation, or Lacos, lost a barge. Lacos said two crew "
        "were safe.",
        "en",
    )
    body = next(f for f in found if f.text == "Lanka Coastal Shipping Corporation")
    shorts = [f for f in found if f.text == "Lacos"]
    assert len(shorts) == 2 and all(f.value == body.value for f in shorts)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Arema coach Joaquim Ferreira Lopes praised the fans.", "Joaquim Ferreira Lopes"),
        ("Reporters asked Kedah manager Carlos Mendes Ribeiro about it.", "Carlos Mendes Ribeiro"),
    ],
)
def test_in_english_a_body_before_a_role_leaves_the_whole_name_to_the_person(text, person):
    people = [f.text for f in entities(text, "en") if f.label == "PER"]
    assert people == [person]


def test_a_coach_named_after_his_club_and_role_keeps_his_name_when_it_recurs_alone():
    people = {
        f.text: f.label
        for f in entities(
            "Arema coach Joaquim Ferreira Lopes praised the fans. Joaquim said the team "
            "had worked hard.",
            "en",
        )
    }
    assert people == {"Joaquim Ferreira Lopes": "PER", "Joaquim": "PER"}


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        (
            "The district's health chief, Teuku Rizal, said the clinic was full.",
            "en",
            "Teuku Rizal",
        ),
        ("Warga menyambut Andi Tenri di balai desa.", "id", "Andi Tenri"),
    ],
)
def test_a_noble_opener_and_one_name_are_a_person(text, lang, person):
    assert (person, "PER") in pairs(text, lang)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KEDAH — Ipoh United beat Kedah FC 2-0. Kedah looked tired, and fans in Kedah "
            "left early.",
            [
                ("KEDAH", "LOC"),
                ("Ipoh United", "ORG"),
                ("Kedah FC", "ORG"),
                ("Kedah", "ORG"),
                ("Kedah", "LOC"),
            ],
        ),
        (
            "A ferry sank in the Sunda Strait between Java and Sumatra.",
            [("Sunda Strait", "LOC"), ("Java", "LOC"), ("Sumatra", "LOC")],
        ),
    ],
)
def test_a_place_alone_is_the_club_named_after_it_unless_a_preposition_says_place(text, expected):
    assert [(f.text, f.label) for f in entities(text, "en")] == expected


def test_a_strait_has_one_id_in_both_languages():
    en = next(f for f in entities("Ships waited in the Strait of Malacca.", "en"))
    id_ = next(f for f in entities("Kapal menunggu di Selat Malaka.", "id"))
    assert en.value == id_.value


def test_a_country_by_its_official_name_is_the_country():
    long = next(f for f in entities("Delegasi dari Brunei Darussalam tiba kemarin.", "id"))
    short = next(f for f in entities("The delegation from Brunei arrived.", "en"))
    assert (long.text, long.value) == ("Brunei Darussalam", short.value)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Polres Garut Tangkap Dua Pengedar", {("Polres", "ORG"), ("Garut", "LOC")}),
        ("Pemkot Surabaya Buka Posko Banjir", {("Pemkot", "ORG"), ("Surabaya", "LOC")}),
    ],
)
def test_a_regional_office_before_a_known_region_is_a_body_in_a_headline(title, expected):
    art = Article(id="t", source="t", title=title, text="Warga diminta tenang.", lang="id")
    found = {(f.text, f.label) for f in extract_facts(art).facts if f.kind == "entity"}
    assert found == expected


def test_a_known_body_by_its_full_name_is_the_body_in_both_languages():
    en = entities("Leaders of the Association of Southeast Asian Nations met.", "en")
    id_ = entities("Pemimpin Perhimpunan Bangsa-Bangsa Asia Tenggara bertemu.", "id")
    short = entities("ASEAN leaders met.", "en")
    assert en[0].value == id_[0].value == short[0].value


def test_an_islamic_schools_name_alone_is_the_school():
    found = entities(
        "Santri berdatangan ke Pondok Pesantren Raudlatul Ulum Ganjaran, Malang. Pengasuh "
        "Raudlatul Ulum mengatakan acara lancar. Tamu menginap di kompleks Raudlatul Ulum.",
        "id",
    )
    school = next(f for f in found if f.text.startswith("Pondok Pesantren"))
    alone = [f for f in found if f.text == "Raudlatul Ulum"]
    assert len(alone) == 2 and all(f.label == "ORG" and f.value == school.value for f in alone)
