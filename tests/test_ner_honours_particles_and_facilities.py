"""Honours, name particles, places named after people and short forms that spell a place
(blind review 17).

Each case is a sentence written for this test: the class of name the rule covers, never a
name of the gold articles.
"""

from __future__ import annotations

import pytest

from ner_helpers import entities, pairs


@pytest.mark.parametrize(
    ("text", "lang", "person", "role"),
    [
        (
            "Board chairman Tan Sri Rahmat Hakim Osman said the deal was fair.",
            "en",
            "Rahmat Hakim Osman",
            "Tan Sri",
        ),
        (
            "The lawyer for Datuk Seri Kamal Nazri bin Yusof declined to comment.",
            "en",
            "Kamal Nazri bin Yusof",
            "Datuk Seri",
        ),
        (
            "Pengusaha asal Johor, Dato' Sri Lee Boon Huat, membantah tuduhan itu.",
            "id",
            "Lee Boon Huat",
            "Dato' Sri",
        ),
        (
            "Puan Sri Zainab Hamid membuka pameran batik di Melaka.",
            "id",
            "Zainab Hamid",
            "Puan Sri",
        ),
    ],
)
def test_a_state_honour_before_a_name_is_a_title_and_not_part_of_it(text, lang, person, role):
    found = {f.text: f for f in entities(text, lang) if f.label == "PER"}
    assert list(found) == [person]
    assert found[person].attrs["role"].endswith(role)


@pytest.mark.parametrize(
    "text",
    [
        "Chief executive Tan Sri Faridah Hashim said revenue rose. Faridah told analysts so.",
        "Director Datuk Ramesh Kumar said the plan was ready. Ramesh later left the room.",
    ],
)
def test_a_first_name_after_an_honour_is_no_body_though_it_recurs_alone(text):
    assert not [f for f in entities(text, "en") if f.label == "ORG"]


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        (
            "The witness, Suresh Kumar a/l Ganesan, told the court he saw the car.",
            "en",
            "Suresh Kumar a/l Ganesan",
        ),
        ("Saksi, Suresh Kumar a/l Ganesan, melihat mobil itu.", "id", "Suresh Kumar a/l Ganesan"),
        ("The nurse, Priya a/p Raman, said the ward was full.", "en", "Priya a/p Raman"),
        ("Korban, Tiurma br Pasaribu (41), ditemukan selamat.", "id", "Tiurma br Pasaribu"),
        (
            "Saksi lain, Lasmaria br. Simanullang, menyebut kapal itu penuh.",
            "id",
            "Lasmaria br. Simanullang",
        ),
        ("Ibu Rugun boru Tambunan menunggu di dermaga.", "id", "Rugun boru Tambunan"),
    ],
)
def test_particles_of_malaysian_indian_and_batak_names_stay_inside_the_name(text, lang, person):
    people = [f.text for f in entities(text, lang) if f.label == "PER"]
    assert people == [person]


@pytest.mark.parametrize(
    ("text", "lang", "name", "label"),
    [
        (
            "Pasien dirujuk ke RSUP Dr. Wahidin Sudirohusodo kemarin.",
            "id",
            "RSUP Dr. Wahidin Sudirohusodo",
            "ORG",
        ),
        ("Korban dirawat di RSUD dr. Iskak sejak Senin.", "id", "RSUD dr. Iskak", "ORG"),
        ("Dua prajurit dirawat di RSPAD Gatot Soebroto.", "id", "RSPAD Gatot Soebroto", "ORG"),
        (
            "Massa bergerak dari Gelora Bung Tomo menuju balai kota.",
            "id",
            "Gelora Bung Tomo",
            "LOC",
        ),
        (
            "Polisi menutup Jalan Letjen S. Parman selama dua jam.",
            "id",
            "Jalan Letjen S. Parman",
            "LOC",
        ),
        (
            "Macet mengular di Jalan KH Hasyim Asyari pagi ini.",
            "id",
            "Jalan KH Hasyim Asyari",
            "LOC",
        ),
        ("Police closed Jalan Pattimura for the parade.", "en", "Jalan Pattimura", "LOC"),
    ],
)
def test_a_facility_named_after_a_person_is_one_name(text, lang, name, label):
    found = pairs(text, lang)
    assert (name, label) in found
    assert not [t for t, lab in found if lab == "PER"]


@pytest.mark.parametrize(
    ("text", "facility", "town"),
    [
        ("Ia dirawat di RSUD dr. Soedono Madiun sejak Senin.", "RSUD dr. Soedono", "Madiun"),
        ("Korban dibawa ke RSUP Dr. Kariadi Semarang.", "RSUP Dr. Kariadi", "Semarang"),
    ],
)
def test_a_known_town_after_a_hospital_named_after_a_person_is_its_own_place(text, facility, town):
    found = pairs(text, "id")
    assert (facility, "ORG") in found
    assert (town, "LOC") in found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Macet panjang terjadi di Jalan Raya Bogor pagi ini.", "Jalan Raya"),
        ("Pertemuan digelar di Gedung Sate, Bandung.", "Gedung Sate"),
    ],
)
def test_a_facility_head_before_other_words_is_left_to_the_recogniser(text, place):
    assert (place, "LOC") in pairs(text, "id")


def test_a_person_after_a_campus_named_for_its_town_is_no_part_of_its_name():
    found = pairs("Rektor Universitas Tadulako Rina Kusumawati membuka acara itu.", "id")
    assert ("Rina Kusumawati", "PER") in found
    assert not [t for t, lab in found if "Rina" in t and lab != "PER"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Massa berkumpul di Bundaran SKL sebelum bergerak.", "Bundaran SKL"),
        ("Pawai melintas di Jalan MT Haryono siang tadi.", "Jalan MT Haryono"),
        ("Rapat digelar di Gedung Nusantara III, Senayan.", "Gedung Nusantara III"),
    ],
)
def test_an_unknown_acronym_or_numeral_after_a_place_head_is_part_of_the_place(text, place):
    assert (place, "LOC") in pairs(text, "id")


def test_a_known_body_after_a_place_head_stays_the_body():
    assert ("KPK", "ORG") in pairs("Puluhan mahasiswa berunjuk rasa di Gedung KPK.", "id")


@pytest.mark.parametrize(
    ("text", "lang", "body", "short"),
    [
        (
            "Para dosen Institut Pertanian Bogor (IPB) meneliti varietas padi baru.",
            "id",
            "Institut Pertanian Bogor",
            "IPB",
        ),
        (
            "Ratusan anggota Serikat Buruh Sejahtera Indonesia (SBSI) berunjuk rasa.",
            "id",
            "Serikat Buruh Sejahtera Indonesia",
            "SBSI",
        ),
        (
            "Researchers at the Kupang Institute of Technology (ITK) built the drone.",
            "en",
            "Kupang Institute of Technology",
            "ITK",
        ),
    ],
)
def test_a_place_spelled_by_a_bodys_short_form_is_part_of_the_bodys_name(text, lang, body, short):
    found = {f.text: f for f in entities(text, lang)}
    assert found[body].label == "ORG"
    assert found[short].value == found[body].value
    assert not [f for f in found.values() if f.label == "LOC"]


def test_a_place_the_short_form_leaves_out_is_the_place_the_body_serves():
    found = pairs("Kepala Dinas Kesehatan Garut (Dinkes) meninjau puskesmas.", "id")
    assert ("Garut", "LOC") in found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Sikap Fraksi PDI-P berbeda dengan pemerintah.", "Fraksi PDI-P"),
        ("Juru bicara Fraksi Partai Demokrat menolak usulan itu.", "Fraksi Partai Demokrat"),
        ("Fraksi Golkar meminta pembahasan ditunda hingga pekan depan.", "Fraksi Golkar"),
    ],
)
def test_a_parliamentary_group_named_after_a_party_is_one_body(text, body):
    found = pairs(text, "id")
    assert (body, "ORG") in found
    assert not [t for t, lab in found if lab == "LOC"]


@pytest.mark.parametrize(
    ("text", "lang", "short"),
    [
        (
            "Orders went to Kitano Seiki Corp. in March. Kitano Seiki later cut prices.",
            "en",
            "Kitano Seiki",
        ),
        (
            "The fund owns Tan Brothers Holdings Bhd outright. Tan Brothers denied the claim.",
            "en",
            "Tan Brothers",
        ),
    ],
)
def test_a_company_named_without_its_legal_form_is_the_company(text, lang, short):
    found = {f.text: f for f in entities(text, lang)}
    full = next(f for t, f in found.items() if t != short and t.startswith(short))
    assert found[short].label == "ORG"
    assert found[short].value == full.value


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Pabrik itu milik perusahaan Jepang Sakura Denki di Cikarang.", "Sakura Denki"),
        ("Kontrak diteken perusahaan Korea Selatan Hanbit Chemical tahun lalu.", "Hanbit Chemical"),
    ],
)
def test_a_firm_after_its_cue_and_its_country_is_a_body(text, body):
    assert (body, "ORG") in pairs(text, "id")


@pytest.mark.parametrize(
    ("text", "person", "region"),
    [
        (
            "Sebelumnya, Kabupaten Tapanuli Utara dilanda hujan. "
            "Kapolres Tapanuli Utara AKBP Martua Sihombing menyebut jalan ditutup.",
            "Martua Sihombing",
            "Tapanuli Utara",
        ),
        (
            "Banjir melanda Kabupaten Siregar. Kapolres Siregar AKBP Rudi Hartono memantau.",
            "Rudi Hartono",
            "Siregar",
        ),
    ],
)
def test_a_rank_after_a_region_that_is_also_a_surname_is_no_part_of_a_name(text, person, region):
    found = {f.text: f for f in entities(text, "id")}
    assert found[person].label == "PER"
    assert "AKBP" not in found
    assert found[region].label == "LOC"


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "Direktur Reserse Narkoba Polda Metro Jaya Kombes Dedi Kurniawan menahan dua orang.",
            "Dedi Kurniawan",
            "Polda Metro Jaya",
        ),
        (
            "Kepala Satuan Reserse Kriminal Polres Sleman AKP Riski Adrian menyebut pelaku kabur.",
            "Riski Adrian",
            "Polres",
        ),
    ],
)
def test_a_unit_and_its_regional_office_before_a_rank_are_the_persons_role(text, person, body):
    found = {f.text: f for f in entities(text, "id")}
    assert found[person].label == "PER"
    assert body in found[person].attrs["role"]
    assert found[body].label == "ORG"


def test_a_facility_head_read_alone_names_nobody_after_it():
    found = pairs("The match was played at Gelora Sriwijaya Jakabaring Stadium.", "en")
    assert ("Gelora", "LOC") not in found
    assert not [t for t, lab in found if lab == "PER"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Prajurit Yonif 303/Setia Sampai Mati dikirim ke perbatasan.",
            "Yonif 303/Setia Sampai Mati",
        ),
        ("Kepala Penerangan Kodam IX/Udayana menyebut latihan selesai.", "Kodam IX/Udayana"),
        ("Anggota Korem 161/Wira Sakti membantu evakuasi warga.", "Korem 161/Wira Sakti"),
    ],
)
def test_a_military_unit_with_its_number_and_slash_name_is_one_body(text, body):
    found = pairs(text, "id")
    assert (body, "ORG") in found
    assert not [t for t, lab in found if lab in ("PER", "LOC")]


@pytest.mark.parametrize(
    ("text", "body", "place"),
    [
        ("Komandan Kodim 0733/Kota Semarang meninjau posko.", "Kodim 0733", "Kota Semarang"),
        ("Personel Kodim 1609/Buleleng membantu warga.", "Kodim 1609", "Buleleng"),
    ],
)
def test_a_region_after_a_units_slash_is_the_place_it_serves(text, body, place):
    found = pairs(text, "id")
    assert (body, "ORG") in found
    assert (place, "LOC") in found


def test_a_rank_after_a_units_slash_name_starts_the_persons_role():
    found = {
        f.text: f
        for f in entities("Danrem 052/Wijayakrama Brigjen TNI Haris Munandar hadir.", "id")
    }
    assert found["Haris Munandar"].label == "PER"


@pytest.mark.parametrize(
    "text",
    [
        "Helikopter milik TNI Angkatan Laut membantu pencarian.",
        "Dua kompi TNI Angkatan Darat dikerahkan ke lokasi.",
    ],
)
def test_a_forces_branch_written_after_it_is_one_body(text):
    bodies = [f.text for f in entities(text, "id") if f.label == "ORG"]
    assert len(bodies) == 1 and bodies[0].startswith("TNI Angkatan")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Private First Class Daniel Wenda was wounded in the clash.", "Daniel Wenda"),
        ("Staff Sergeant Joko Purnomo led the patrol.", "Joko Purnomo"),
        ("Lance Corporal Andi Saputra was flown to Makassar.", "Andi Saputra"),
    ],
)
def test_an_english_rank_before_a_soldiers_name_is_his_role(text, person):
    people = [f.text for f in entities(text, "en") if f.label == "PER"]
    assert people == [person]


def ids(text: str, lang: str = "id") -> dict[str, str]:
    return {f.text: str(f.value) for f in entities(text, lang)}


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Polisi menahan Suryadi Gunawan alias Liem Swie King di Surabaya.",
            "Suryadi Gunawan",
            "Liem Swie King",
        ),
        (
            "Saksi, Rudy Hartono (Nio Hap Liang), menyebut uang itu dipinjam.",
            "Rudy Hartono",
            "Nio Hap Liang",
        ),
    ],
)
def test_a_persons_second_name_after_alias_or_in_brackets_is_the_same_referent(text, first, second):
    found = ids(text)
    assert found[first] == found[second]


def test_an_age_in_brackets_after_a_name_is_no_second_name():
    found = {
        f.text: f.label
        for f in entities("Korban, Rudy Hartono (45), dirawat di rumah sakit.", "id")
    }
    assert found == {"Rudy Hartono": "PER"}


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "Bupati Gianyar I Gusti Ngurah Putra Wirawan meninjau lokasi. "
            "Putra Wirawan meminta warga tenang.",
            "I Gusti Ngurah Putra Wirawan",
            "Putra Wirawan",
        ),
        (
            "Ketua panitia, Anak Agung Gede Rai Sukarta, membuka acara. "
            "Menurut Rai Sukarta, acara berjalan lancar.",
            "Anak Agung Gede Rai Sukarta",
            "Rai Sukarta",
        ),
    ],
)
def test_a_balinese_name_without_its_opener_and_caste_words_is_the_same_person(text, full, short):
    found = ids(text)
    assert found[short] == found[full]


@pytest.mark.parametrize(
    ("indonesian", "english", "id_name", "en_name"),
    [
        (
            "Peneliti Indonesia Corruption Watch (ICW) menyoroti anggaran itu.",
            "Indonesia Corruption Watch said the budget was opaque.",
            "Indonesia Corruption Watch",
            "Indonesia Corruption Watch",
        ),
        (
            "Wahana Lingkungan Hidup Indonesia (Walhi) menggugat izin tambang.",
            "The Indonesian Forum for the Environment, known as Walhi, sued.",
            "Wahana Lingkungan Hidup Indonesia",
            "Indonesian Forum for the Environment",
        ),
        (
            "Mahasiswa Universitas Gadjah Mada menggelar aksi.",
            "Students at Gadjah Mada University held a rally.",
            "Universitas Gadjah Mada",
            "Gadjah Mada University",
        ),
        (
            "Kader Partai Keadilan Sejahtera menolak usulan itu.",
            "The Prosperous Justice Party rejected the plan.",
            "Partai Keadilan Sejahtera",
            "Prosperous Justice Party",
        ),
    ],
)
def test_indonesian_bodies_named_in_english_are_the_same_referent(
    indonesian, english, id_name, en_name
):
    assert ids(indonesian, "id")[id_name] == ids(english, "en")[en_name]


def test_a_compass_word_before_a_known_body_names_another_body():
    found = pairs("The North Jakarta Metropolitan Police arrested two men.", "en")
    assert found == {("North Jakarta Metropolitan Police", "ORG")}


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [("Central Jakarta", "Jakarta Pusat"), ("Central Java", "Jawa Tengah")],
)
def test_a_citys_centre_is_pusat_and_a_provinces_is_tengah(english, indonesian):
    found = ids(f"Floods hit {english} on Monday.", "en")
    assert found[english] == ids(f"Banjir melanda {indonesian} pada Senin.", "id")[indonesian]


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Korban berasal dari Desa Lumban Julu. Doa digelar di Huta Lumban Julu.",
            "Desa Lumban Julu",
            "Huta Lumban Julu",
        ),
        (
            "Warga Gampong Meunasah Baro mengungsi. Banjir juga merendam Desa Meunasah Baro.",
            "Gampong Meunasah Baro",
            "Desa Meunasah Baro",
        ),
    ],
)
def test_village_heads_of_every_region_name_one_village(text, a, b):
    found = ids(text)
    assert found[a] == found[b]


def test_a_balinese_river_and_its_english_name_are_one_place():
    assert (
        ids("Tukad Unda meluap kemarin.")["Tukad Unda"]
        == ids("The Unda River burst its banks.", "en")["Unda River"]
    )


@pytest.mark.parametrize(
    ("text", "person", "place"),
    [
        (
            "Wali Nagari Koto Baru, Hendri Datuk Bagindo, menyebut warga aman.",
            "Hendri Datuk Bagindo",
            "Koto Baru",
        ),
        (
            "Perbekel Desa Tegallalang, I Wayan Sukarma, meminta bantuan.",
            "I Wayan Sukarma",
            "Desa Tegallalang",
        ),
        ("Keuchik Gampong Lamteh, Teuku Ridwan, menerima beras.", "Teuku Ridwan", "Gampong Lamteh"),
    ],
)
def test_village_heads_of_every_region_are_offices_with_their_village(text, person, place):
    found = {f.text: f for f in entities(text, "id")}
    assert found[person].label == "PER"
    assert found[place].label == "LOC"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Manajer Advokasi Walhi, Rina Simatupang, menolak izin itu.", "Rina Simatupang"),
        ("Koordinator Divisi Hukum ICW, Andi Pratama, menilai vonis ringan.", "Andi Pratama"),
    ],
)
def test_a_known_body_at_the_end_of_a_roles_unit_is_the_body_named(text, person):
    found = pairs(text, "id")
    assert (person, "PER") in found
    bodies = [t for t, lab in found if lab == "ORG"]
    assert bodies in (["Walhi"], ["ICW"])


@pytest.mark.parametrize(
    ("text", "lang", "short"),
    [
        (
            "Saham PT Semen Nusantara (Persero) Tbk atau Semnus naik. Semnus membagi dividen.",
            "id",
            "Semnus",
        ),
        (
            "Shares of Kurata Heavy Corp. or Kurata rose. Kurata said demand was strong.",
            "en",
            "Kurata",
        ),
    ],
)
def test_a_short_name_after_a_companys_legal_form_is_the_company(text, lang, short):
    found = [f for f in entities(text, lang) if f.text == short]
    full = next(f for f in entities(text, lang) if f.text.startswith(("PT ", "Kurata Heavy")))
    assert found and all(f.label == "ORG" and f.value == full.value for f in found)


def test_a_place_then_a_legal_alternative_is_no_short_form():
    found = pairs("Warga dari Bogor atau Depok memadati stasiun.", "id")
    assert found == {("Bogor", "LOC"), ("Depok", "LOC")}


@pytest.mark.parametrize(
    "text",
    [
        "He met Choi Min-jun, South Korea's trade minister, in Seoul.",
        "The talks were led by Sato Haruki, Japan's envoy to the bloc.",
    ],
)
def test_a_person_before_a_countrys_possessive_is_no_place(text):
    found = {f.text: f.label for f in entities(text, "en")}
    person = next(t for t in found if t.startswith(("Choi", "Sato")))
    assert found[person] == "PER"


def test_a_firm_named_before_its_legal_form_after_a_based_place_is_the_firm_alone():
    text = (
        "Investors in Shah Alam-based Wira Brothers Holdings Bhd were angry. "
        "Wira Brothers later apologised."
    )
    found = {f.text: f for f in entities(text, "en")}
    assert found["Wira Brothers"].label == "ORG"
    assert found["Wira Brothers"].value == found["Wira Brothers Holdings Bhd"].value


@pytest.mark.parametrize(
    "text",
    [
        "Parti Keadilan Rakyat won the by-election in Johor.",
        "Parti Pribumi Bersatu Malaysia said it would contest.",
    ],
)
def test_a_malay_party_name_is_a_body(text):
    assert [lab for t, lab in pairs(text, "en") if t.startswith("Parti")] == ["ORG"]


def test_a_person_after_a_role_and_its_known_body_is_no_second_body():
    text = "Wakil Ketua Umum Partai Golkar Ratna Dewi Lestari mengatakan partainya siap."
    found = pairs(text, "id")
    assert ("Ratna Dewi Lestari", "PER") in found
    assert [t for t, lab in found if lab == "ORG"] == ["Partai Golkar"]


def test_an_acronym_after_a_buildings_head_is_the_body_that_works_there():
    found = pairs("Rapat digelar di Gedung BPKN pekan lalu.", "id")
    assert ("BPKN", "ORG") in found


def test_a_region_read_before_a_person_after_a_regional_office_is_the_only_region():
    text = "Banjir melanda Kabupaten Toba. Bupati Toba Rudi Marihot Siregar menutup jalan."
    found = {f.text: f for f in entities(text, "id")}
    assert found["Rudi Marihot Siregar"].label == "PER"
    assert "Rudi" not in found


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        (
            "The village chief, Ketut Ardana Putra, said the road was cut.",
            "en",
            "Ketut Ardana Putra",
        ),
        ("Menurut Gede Wirawan Putri, jalan itu putus.", "id", "Gede Wirawan Putri"),
    ],
)
def test_a_roles_word_that_is_also_a_name_word_stays_in_the_name(text, lang, person):
    assert (person, "PER") in pairs(text, lang)


@pytest.mark.parametrize(
    ("text", "body", "short"),
    [
        (
            "Data Pusat Pengendalian Operasi (Pusdalops) menunjukkan 40 rumah rusak.",
            "Pusat Pengendalian Operasi",
            "Pusdalops",
        ),
        (
            "Direktorat Reserse Narkoba (Ditresnarkoba) Polda Bali menyita sabu.",
            "Direktorat Reserse Narkoba",
            "Ditresnarkoba",
        ),
    ],
)
def test_a_long_short_form_in_brackets_names_the_whole_body_before_it(text, body, short):
    found = {f.text: f for f in entities(text, "id")}
    assert found[body].label == "ORG"
    assert found[short].value == found[body].value


@pytest.mark.parametrize(
    ("text", "lang", "route"),
    [
        ("Antrean mengular di ruas tol Cipali-Palimanan sejak pagi.", "id", "Cipali-Palimanan"),
        ("Longsor menutup jalur Padang-Bukittinggi semalam.", "id", "Padang-Bukittinggi"),
        ("Trucks were banned from the Semarang-Solo toll road.", "en", "Semarang-Solo"),
    ],
)
def test_a_route_named_by_its_two_ends_is_one_place(text, lang, route):
    assert (route, "LOC") in pairs(text, lang)


def test_two_places_joined_by_a_hyphen_without_a_route_word_stay_two():
    found = pairs("Hubungan Jepang-Korea membaik tahun ini.", "id")
    assert ("Jepang-Korea", "LOC") not in found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Kepala Operasi Pasar Bulog, Rina Sari, menyebut stok aman.", "Bulog"),
        ("Rapat Dewan Gubernur Bank Indonesia menahan suku bunga.", "Bank Indonesia"),
    ],
)
def test_a_known_body_after_an_event_or_operation_word_is_still_named(text, body):
    assert (body, "ORG") in pairs(text, "id")


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        ("Polisi menahan bendahara yayasan, Siti Rahmawati, kemarin.", "id", "Siti Rahmawati"),
        ("Shares fell, said the chief executive of the firm, Maria Lopez.", "en", "Maria Lopez"),
    ],
)
def test_a_name_after_a_role_of_a_firm_and_a_comma_is_the_roles_holder(text, lang, person):
    assert (person, "PER") in pairs(text, lang)


def test_a_name_in_apposition_to_a_firm_noun_alone_is_the_firm():
    assert ("Andes Copper", "ORG") in pairs(
        "The deal was signed by the operator, Andes Copper.", "en"
    )


def test_fields_listed_after_a_comma_that_the_short_form_spells_belong_to_the_body():
    text = (
        "Menurut Balai Besar Pengawasan, Pengujian, dan Sertifikasi (BBPPS) Semarang, harga "
        "naik. Kepala BBPPS menyebut uji ulang."
    )
    found = {f.text: f for f in entities(text, "id")}
    body = found["Balai Besar Pengawasan, Pengujian, dan Sertifikasi"]
    assert body.label == "ORG"
    assert found["BBPPS"].value == body.value


def test_places_listed_before_a_bracket_that_spells_no_body_stay_places():
    found = pairs("Warga Bogor, Depok, dan Bekasi (BDB) memadati stasiun.", "id")
    assert {("Bogor", "LOC"), ("Depok", "LOC"), ("Bekasi", "LOC")} <= found


@pytest.mark.parametrize(
    ("english", "en_name", "indonesian", "id_name"),
    [
        (
            "The West Java Disaster Mitigation Agency said 40 homes were flooded.",
            "West Java Disaster Mitigation Agency",
            "Kepala BPBD Jawa Barat mengatakan 40 rumah terendam.",
            "BPBD",
        ),
        (
            "The Banten Health Agency reported 12 dengue cases.",
            "Banten Health Agency",
            "Dinas Kesehatan Banten mencatat 12 kasus DBD.",
            "Dinas Kesehatan",
        ),
    ],
)
def test_a_regional_agency_named_in_english_after_its_region_is_the_indonesian_agency(
    english, en_name, indonesian, id_name
):
    assert ids(english, "en")[en_name] == ids(indonesian, "id")[id_name]


def test_the_national_agency_keeps_its_own_id():
    found = ids("The National Disaster Mitigation Agency sent 20 tents.", "en")
    assert found["National Disaster Mitigation Agency"] != "ORG:bpbd"
