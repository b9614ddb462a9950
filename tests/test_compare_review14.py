"""Rules added after blind review 14 (new domains: a militia's threats after a strike, refugees
landing by boat, a counter-terror arrest, the state budget, an emergency landing told in English
and Indonesian, a state visit in three texts; controls of two arrests by one unit in two
provinces and of two press statements of one ministry), pinned with sentences written for these
tests."""

from __future__ import annotations

import pytest

from compare_helpers import compared_nothing, mentions, of_type, run, run_texts


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            (
                "Tim Antiteror Tangkap Dua Terduga di Jambi",
                "Tim Gegana Polri menangkap dua terduga pelaku teror di Kota Jambi, Jambi, Senin "
                "(9/3/2026). Juru bicara tim, Kombes Yusuf Harun, mengatakan keduanya menyimpan "
                "bahan peledak. Petugas menyita 2 kilogram bahan peledak dan tiga ponsel.",
            ),
            (
                "Enam Terduga Teror Ditangkap di Bima",
                "Tim Gegana Polri menangkap enam terduga pelaku teror di Kabupaten Bima, Nusa "
                "Tenggara Barat, Kamis (12/3/2026). Kombes Yusuf Harun menyebut keenamnya "
                "memasok senjata. Polisi menyita empat senapan dan 60 butir peluru.",
            ),
        ),
        (
            (
                "Police arrest two suspects in Surabaya",
                "Counter-terrorism police arrested two suspects in Surabaya, East Java, on "
                "Tuesday, March 10, 2026, spokesman Daniel Tobing said. Officers seized 3 kg of "
                "explosives.",
            ),
            (
                "Police arrest five suspects in Makassar",
                "Counter-terrorism police arrested five suspects in Makassar, South Sulawesi, on "
                "Friday, March 13, 2026, spokesman Daniel Tobing said. Officers seized two rifles.",
            ),
        ),
    ],
)
def test_one_units_acts_in_two_places_on_two_days_are_two_events_despite_one_spokesman(
    first, second
):
    report = run(first, second)
    assert compared_nothing(report)


def test_one_arrest_dated_a_day_apart_in_one_place_still_conflicts():
    report = run(
        (
            "Tiga Terduga Teror Ditangkap di Jambi",
            "Tim Gegana Polri menangkap tiga terduga pelaku teror di Kota Jambi, Jambi, Senin "
            "(9/3/2026). Petugas menyita 2 kilogram bahan peledak.",
        ),
        (
            "Tiga Terduga Teror Dibekuk di Jambi",
            "Tim Gegana Polri menangkap tiga terduga pelaku teror di Kota Jambi, Jambi, Selasa "
            "(10/3/2026). Petugas menyita 2 kilogram bahan peledak.",
        ),
    )
    assert any(f.slot == "when" for f in of_type(report, "conflict"))


@pytest.mark.parametrize(
    ("text", "framed"),
    [
        ("Polisi memburu anggota jaringan Mujahidin Indonesia Barat di pegunungan.", False),
        ("Aparat menangkap simpatisan Front Pejuang Rakyat (FPR) di Sorong.", False),
        ("Media pemerintah menyebut para mujahidin itu pemberontak bersenjata.", True),
        ("Ia mengecam serangan rezim Zionis Israel ke kamp pengungsi.", True),
    ],
)
def test_a_loaded_word_inside_a_groups_proper_name_frames_nothing(text, framed):
    report = run(
        ("Operasi di Pegunungan", text),
        ("Operasi di Pegunungan Berlanjut", "Aparat melanjutkan operasi di pegunungan pekan ini."),
    )
    assert bool(of_type(report, "framing")) is framed


@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        (
            "Polisi menangkap dua terduga pelaku pembakaran hutan di Ketapang, Sabtu.",
            "Polisi menangkap tiga tersangka pelaku pembakaran hutan di Ketapang, Sabtu.",
            ("dua terduga", "tiga tersangka"),
        ),
        (
            "Kedua kota meneken empat nota kesepahaman di bidang pariwisata, Senin.",
            "Kedua kota meneken tiga MoU di bidang pariwisata, Senin.",
            ("empat nota kesepahaman", "tiga MoU"),
        ),
        (
            "Sebuah perahu membawa 88 migran Afghanistan tiba di Pulau Bintan, Minggu.",
            "Sebuah perahu membawa 68 pengungsi Afghanistan tiba di Pulau Bintan, Minggu.",
            ("88 migran", "68 pengungsi"),
        ),
        (
            "Kapal tanker itu diawaki 21 kru asal Filipina saat ditahan di Selat Riau, Minggu.",
            "Kapal tanker itu diawaki 12 awak asal Filipina saat ditahan di Selat Riau, Minggu.",
            ("21 kru", "12 awak"),
        ),
    ],
)
def test_one_group_counted_under_two_nouns_of_one_kind_conflicts(first, second, words):
    report = run_texts(first, second)
    assert any(mentions(f, *words) for f in of_type(report, "conflict"))


def test_a_headline_count_of_agreements_its_body_does_not_give_is_a_mismatch():
    report = run(
        ("Dua Kota Teken Enam MoU", "Kedua wali kota meneken 4 MoU di balai kota, Senin."),
        ("Dua Kota Teken Kerja Sama", "Kedua wali kota meneken empat MoU di balai kota, Senin."),
    )
    assert any(mentions(f, "Enam MoU") for f in of_type(report, "headline_mismatch"))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Kapolsek Sungai Raya, Iptu Bagus Wirawan, mengatakan jalan ditutup. "Kami '
            'arahkan kendaraan ke jalur lain," kata Bagus.\n\nMaria Goreti dari Palang Merah '
            'Indonesia meminta warga menjauhi sungai. "Arusnya masih sangat deras," ujarnya.',
            "Maria Goreti",
        ),
        (
            'Police chief Tom Ellis said the road was shut. "Traffic is diverted," Ellis said.'
            "\n\nAnna Berg of the Red Cross urged residents to stay away from the river. "
            '"The current is still very strong," she said.',
            "Anna Berg",
        ),
    ],
)
def test_a_pronoun_quote_goes_to_the_subject_named_with_the_body_they_come_from(text, speaker):
    from kroscek.data import Article
    from kroscek.extract import extract_facts

    lang = "en" if "Police" in text else "id"
    article = extract_facts(Article(id="x", source="s", title="Judul", text=text, lang=lang))
    quotes = [f for f in article.facts if f.kind == "quote"]
    assert quotes[-1].attrs["speaker"] == speaker


@pytest.mark.parametrize(
    ("english", "indonesian", "words"),
    [
        (
            "A Garuda plane carrying 131 passengers and five crew made an emergency landing in "
            "Bima on Monday, officials said.",
            "Pesawat Garuda yang membawa 131 penumpang dan enam kru mendarat darurat di "
            "Bima, Senin.",
            ("five crew", "enam kru"),
        ),
        (
            "A ferry lost power about 40 minutes after leaving Merak port on Sunday, the "
            "operator said.",
            "Sebuah kapal feri kehilangan daya sekitar 30 menit setelah meninggalkan Pelabuhan "
            "Merak, Minggu.",
            ("40 minutes", "30 menit"),
        ),
    ],
)
def test_a_translated_lead_with_another_crew_count_or_interval_conflicts(
    english, indonesian, words
):
    report = run(("Plane lands in Bima", english), ("Pesawat Mendarat di Bima", indonesian))
    assert any(mentions(f, *words) for f in of_type(report, "conflict"))


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Bus with 47 aboard overturns in Garut",
            "A bus carrying 44 passengers and three crew overturned in Garut on Monday.",
        ),
        (
            "Kapal Berpenumpang 38 Orang Kandas",
            "Kapal motor itu membawa 31 penumpang dan tujuh awak saat kandas di Selat Alas.",
        ),
    ],
)
def test_a_headline_total_of_two_counts_in_one_body_sentence_is_no_mismatch(title, body):
    report = run((title, body), ("Other", "A bus overturned in Garut on Monday, police said."))
    assert not of_type(report, "headline_mismatch")


def test_a_growth_rate_with_swapped_digits_beside_an_agreed_total_conflicts():
    report = run(
        (
            "Penjualan Semen Naik",
            "Penjualan semen nasional hingga September mencapai 48,6 juta ton, tumbuh 2,7 persen "
            "secara tahunan. Ekspor turun 5 persen dan pangsa pasar curah 30 persen.",
        ),
        (
            "Penjualan Semen Tumbuh Tipis",
            "Penjualan semen mencapai 48,6 juta ton hingga September, naik 7,2 persen "
            "dibandingkan tahun lalu. Ekspor turun 5 persen dan pangsa pasar curah 30 persen.",
        ),
    )
    assert any(mentions(f, "2,7 persen", "7,2 persen") for f in of_type(report, "conflict"))


@pytest.mark.parametrize("anaphor", ["Angka itu diumumkan", "Data tersebut disampaikan"])
def test_the_day_a_figure_was_announced_by_an_anaphor_sentence_conflicts(anaphor):
    report = run(
        (
            "Inflasi Oktober 0,3 Persen",
            "Inflasi bulanan pada Oktober 2026 tercatat 0,3 persen. Hal itu disampaikan Kepala "
            "Badan Statistik Daerah di Mataram, Senin (2/11/2026).",
        ),
        (
            "Inflasi Oktober Terkendali",
            f"Inflasi bulanan Oktober 2026 tercatat sebesar 0,3 persen. {anaphor} Badan "
            "Statistik Daerah pada Selasa (3/11/2026).",
        ),
    )
    assert any(f.slot == "when" for f in of_type(report, "conflict"))


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        (
            "Jumlah wisatawan naik 12 persen. Angka itu diumumkan Dinas Pariwisata, Senin.",
            "12 persen",
        ),
        (
            "Produksi padi mencapai 1,2 juta ton. Data tersebut diumumkan Badan Pusat Statistik.",
            "1,2 juta ton",
        ),
    ],
)
def test_an_anaphor_sentence_naming_a_source_attributes_the_sentence_before(text, covered):
    from kroscek.extract.attribution import extract_attributions

    facts = extract_attributions(text, "id")
    assert any(text.index(covered) >= f.attrs["scope"][0] for f in facts)


def test_an_announcement_at_a_place_names_no_source():
    from kroscek.extract.attribution import extract_attributions

    text = "Tarif parkir naik menjadi Rp5.000. Keputusan itu diumumkan di Balikpapan, Senin."
    assert extract_attributions(text, "id") == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Menurut Dinas Perhubungan, jembatan itu masih aman dilalui kendaraan kecil.",
            "Dinas Perhubungan mengklaim jembatan itu masih aman dilalui kendaraan kecil.",
        ),
        (
            "Menurut Komando Armada Barat (Koarmabar), kapal itu membawa solar ilegal yang "
            "hendak dijual ke kapal ikan asing.",
            "Angkatan Laut mengklaim kapal itu membawa solar ilegal untuk kapal ikan asing.",
        ),
    ],
)
def test_one_claim_attributed_in_one_text_and_claimed_in_another_is_reported(first, second):
    report = run(
        ("Kabar Pesisir", f"Petugas berjaga di lokasi sejak pagi. {first}"),
        ("Kabar Pesisir Terkini", f"Warga berkumpul di pelabuhan sejak siang. {second}"),
    )
    assert any(mentions(f, "mengklaim") for f in of_type(report, "attribution"))


@pytest.mark.parametrize(
    ("title", "body", "other"),
    [
        (
            "Kapal Cepat Kandas di Ternate",
            "Kapal cepat dari Sofifi kandas di perairan dekat Pelabuhan Bastiong, "
            "Tidore, Minggu pagi. Seluruh penumpang dievakuasi ke Tidore.",
            "Sebuah kapal cepat kandas di dekat Tidore, Minggu. Penumpang dievakuasi ke Tidore.",
        ),
        (
            "Helicopter lands safely in Surabaya after engine fault",
            "A police helicopter landed safely at Juanda airport in Sidoarjo on Monday after an "
            "engine fault. The crew of four were unhurt, police in Sidoarjo said.",
            "A helicopter made a safe landing near Sidoarjo on Monday, police in Sidoarjo said.",
        ),
    ],
)
def test_a_headline_placing_the_act_in_a_town_no_text_names_is_a_mismatch(title, body, other):
    report = run((title, body), ("Other", other))
    assert of_type(report, "headline_mismatch")


def test_a_headline_town_the_body_also_names_is_no_mismatch():
    report = run(
        (
            "Kapal Cepat Kandas di Tidore",
            "Kapal cepat rute Sofifi-Tidore kandas di perairan dekat Pelabuhan Bastiong, "
            "Tidore, Minggu pagi.",
        ),
        ("Other", "Sebuah kapal cepat kandas di dekat Tidore, Minggu."),
    )
    assert not of_type(report, "headline_mismatch")


def test_an_announced_decision_is_no_attributed_claim_of_the_sentence_before():
    from kroscek.extract.attribution import extract_attributions

    text = "Tarif parkir naik menjadi Rp5.000. Keputusan itu diumumkan Dinas Perhubungan, Senin."
    facts = extract_attributions(text, "id")
    assert all(f.attrs["scope"][0] > text.index("Rp5.000") for f in facts)


def test_a_headline_place_near_which_the_act_happened_is_no_mismatch():
    report = run(
        (
            "Army retakes town near Kupang",
            "Soldiers retook the town of Oesao on Tuesday after a day of fighting, the army said.",
        ),
        ("Other", "Soldiers retook the town of Oesao on Tuesday, the army said."),
    )
    assert not of_type(report, "headline_mismatch")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Pemkot meminjam US$2 miliar (sekitar Rp32 triliun) untuk membangun jalur MRT.",
            "Pemkot meminjam Rp32 triliun untuk membangun jalur MRT.",
        ),
        (
            "The city borrowed Rp32 trillion (about $2 billion) to build the metro line.",
            "The city borrowed $2 billion to build the metro line.",
        ),
    ],
)
def test_a_sum_converted_in_brackets_beside_an_agreed_one_is_no_unique(first, second):
    report = run_texts(first, second, "Pinjaman MRT")
    assert of_type(report, "agreement")
    assert not of_type(report, "unique")


@pytest.mark.parametrize(
    ("first", "second", "framed"),
    [
        (
            "Polisi menangkap dua terduga teroris di Bekasi, Senin.",
            "Polisi menangkap dua teroris di Bekasi, Senin.",
            True,
        ),
        (
            "Police arrested two terror suspects in Bekasi on Monday.",
            "Police arrested two terrorists in Bekasi on Monday.",
            True,
        ),
        (
            "Polisi menangkap dua terduga teroris di Bekasi, Senin.",
            "Polisi menangkap dua tersangka teroris di Bekasi, Senin.",
            False,
        ),
    ],
)
def test_a_suspect_called_a_terrorist_outright_is_framing(first, second, framed):
    title = "Police arrests in Bekasi" if first.startswith("Police") else "Penangkapan di Bekasi"
    report = run_texts(first, second, title)
    assert bool(of_type(report, "framing")) is framed


@pytest.mark.parametrize(
    ("first", "second", "noun"),
    [
        ("Kedua kota meneken 4 MoU, Senin.", "Kedua kota meneken 6 MoU, Senin.", "MoU"),
        (
            "Dinas membagikan 300 APAR ke warga, Senin.",
            "Dinas membagikan 500 APAR ke warga, Senin.",
            "APAR",
        ),
    ],
)
def test_a_conflicts_message_writes_the_counted_noun_as_the_text_does(first, second, noun):
    report = run_texts(first, second, "Berita Kota")
    assert any(f" {noun} " in f.message for f in of_type(report, "conflict"))


def test_a_headline_province_with_a_compass_word_no_text_writes_is_set_against_the_bodys_regency():
    report = run(
        (
            "Perahu Nelayan Terbalik di Lampung Selatan",
            "Sebuah perahu nelayan terbalik di perairan Kabupaten Tanggamus, Lampung, Rabu pagi. "
            "Dua nelayan dievakuasi ke Tanggamus.",
        ),
        (
            "Perahu Nelayan Terbalik",
            "Perahu nelayan terbalik di perairan Tanggamus, Lampung, Rabu pagi.",
        ),
    )
    assert any(mentions(f, "Lampung", "Tanggamus") for f in of_type(report, "headline_mismatch"))


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        (
            "Pesawat dengan nomor penerbangan QZ-7510 kembali ke Bandara Kualanamu, Senin.",
            "Pesawat bernomor penerbangan QZ-7150 kembali ke Bandara Kualanamu, Senin.",
            True,
        ),
        (
            "Kereta KA-112 anjlok di dekat Stasiun Cibatu, Selasa pagi.",
            "Kereta api KA-121 anjlok di dekat Stasiun Cibatu, Selasa pagi.",
            True,
        ),
        # two flights in one text: which one the other text means is unclear
        (
            "Penerbangan QZ-7510 dan QZ-7512 tertunda karena asap, Senin.",
            "Penerbangan QZ-7150 tertunda karena asap, Senin.",
            False,
        ),
        # other lengths: another flight, not a slip
        (
            "Flight MH17 was recalled in a memorial in Kuala Lumpur on Monday.",
            "Flight MH370 was recalled in a memorial in Kuala Lumpur on Monday.",
            False,
        ),
        (
            "Kasus COVID-19 naik di Kota Batu, Senin.",
            "Kasus COVID-21 naik di Kota Batu, Senin.",
            False,
        ),
    ],
)
def test_one_code_written_with_other_digits_of_one_length_conflicts(first, second, conflict):
    report = run_texts(first, second, "Berita Transportasi")
    assert any(f.slot == "code" for f in of_type(report, "conflict")) is conflict
