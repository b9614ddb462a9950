"""Facts the second pass of review 19 fixed, with sentences of their own (not the review's).

Sentence-final and record attributions, counts of others and implied nouns, counted nouns
behind modifiers, ages as facts, sources cut at a decimal comma, and the entity classes the
review left (a base named by its force, a body "of the" a place, a body's region after it, a
body's first word before a plural of people, an alias as a source).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from kroscek.data import Article, Fact
from kroscek.extract import extract_facts


def facts(text: str, lang: str, kind: str) -> list[Fact]:
    art = Article(
        id="t",
        source="t",
        title="",
        text=text,
        published=datetime(2026, 11, 24),
        lang=lang,
    )
    return [f for f in extract_facts(art).facts if f.kind == kind]


def attributions(text: str, lang: str) -> list[tuple[str, str, str]]:
    """(source, stance, words covered) of each attribution."""
    return [
        (str(f.value), f.label, text[f.attrs["scope"][0] : f.attrs["scope"][1]])  # type: ignore[index]
        for f in facts(text, lang, "attribution")
    ]


def counts(text: str, lang: str) -> list[tuple[float, str, str | None]]:
    """(value, counted noun, event) of each number."""
    return [
        (float(f.value), f.label, f.attrs.get("event"))  # type: ignore[misc]
        for f in facts(text, lang, "number")
    ]


@pytest.mark.parametrize(
    ("text", "source", "covered"),
    [
        (
            "Gelombang setinggi empat meter menerjang dermaga, demikian keterangan BMKG.",
            "BMKG",
            "Gelombang setinggi empat meter menerjang dermaga",
        ),
        (
            "Sebanyak 18 rumah terendam, demikian dikatakan juru bicara BPBD Kabupaten Bekasi.",
            "juru bicara BPBD Kabupaten Bekasi",
            "Sebanyak 18 rumah terendam",
        ),
        (
            "Jembatan itu ambruk pada dini hari. Demikian disampaikan Kapolsek Cibinong, "
            "Hendra Wijaya, kepada wartawan.",
            "Hendra Wijaya",
            "Jembatan itu ambruk pada dini hari",
        ),
    ],
)
def test_a_sentence_final_demikian_cue_attributes_the_words_before_it(text, source, covered):
    assert (source, "attributed", covered) in attributions(text, "id")


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        (
            "Data Dinas Kesehatan menunjukkan sembilan warga meninggal.",
            "id",
            "Data Dinas Kesehatan",
        ),
        ("Hasil audit BPK menunjukkan kerugian Rp 3 miliar.", "id", "Hasil audit BPK"),
        (
            "Data from the transport ministry showed 31 flights were cancelled.",
            "en",
            "Data from the transport ministry",
        ),
        ("The agency's figures show 12 deaths in the province.", "en", "agency's figures"),
    ],
)
def test_a_record_that_names_whose_it_is_attributes_what_it_shows(text, lang, source):
    assert [s for s, stance, _ in attributions(text, lang) if stance == "attributed"] == [source]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Rekaman kamera menunjukkan dua orang berlari ke arah pasar.", "id"),
        ("Data menunjukkan ekonomi tumbuh 5 persen.", "id"),
        ("The video showed two men running from the scene.", "en"),
    ],
)
def test_a_thing_shown_or_a_record_of_no_one_attributes_nothing(text, lang):
    assert attributions(text, lang) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Menurut hitung cepat Lembaga Survei Nusantara dengan data masuk 97,2 persen, "
            "pasangan itu unggul.",
            "hitung cepat Lembaga Survei Nusantara",
        ),
        ("Menurut survei Indikator 12,5 persen responden belum memilih.", "survei Indikator"),
        ("Tim Densus 88 menangkap tiga orang, menurut Densus 88 Antiteror.", "Densus 88 Antiteror"),
    ],
)
def test_a_source_stops_before_a_figure_but_keeps_a_unit_number(text, source):
    assert [s for s, _, _ in attributions(text, "id")] == [source]


def test_a_manner_phrase_between_subject_and_verb_leaves_the_subject_the_source():
    text = (
        "Juru bicara kelompok itu, Markus Wenda, dalam keterangan tertulis menuding warga "
        "itu mata-mata."
    )
    assert [(s, stance) for s, stance, _ in attributions(text, "id")] == [
        ("Markus Wenda", "claimed")
    ]


def test_an_alias_in_the_subject_attributes_to_the_full_name():
    text = (
        "Pemilik toko emas, Lim Swie Hong atau yang akrab disapa Koh Ahong, mengaku "
        "kehilangan perhiasan senilai Rp 2 miliar."
    )
    assert [s for s, _, _ in attributions(text, "id")] == ["Lim Swie Hong"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the outcome of its own clause wins over a borrowed noun that names another outcome
        (
            "Divers recovered 14 survivors and were still looking for nine others who "
            "remain missing.",
            "en",
            (9.0, "people", "missing"),
        ),
        (
            "Tim SAR menemukan lima penumpang selamat, dua lainnya masih dicari.",
            "id",
            (2.0, "penumpang", "missing"),
        ),
        (
            "Empat warga tewas dalam serangan itu, tiga lainnya luka-luka.",
            "id",
            (3.0, "warga", "injured"),
        ),
        ("Six hikers were found alive and two are missing.", "en", (2.0, "hikers", "missing")),
    ],
)
def test_others_take_the_outcome_of_their_own_clause(text, lang, expected):
    assert expected in counts(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Sebanyak 60 siswa dibawa ke puskesmas. Belasan pingsan.",
            "id",
            (10.0, "siswa", "fainted"),
        ),
        (
            "Sebanyak 120 buruh keracunan makanan. Belasan di antaranya masih dirawat.",
            "id",
            # people in care ("dirawat") are counted as the injured since review 23
            (10.0, "pekerja", "injured"),
        ),
        (
            "About 40 pilgrims were taken to hospital. Eleven remained there on Sunday.",
            "en",
            (11.0, "pilgrims", None),
        ),
    ],
)
def test_a_count_with_no_noun_takes_the_noun_counted_just_before(text, lang, expected):
    assert expected in counts(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Tujuh tewas dalam tabrakan beruntun itu.", "id"),
        ("Gempa magnitudo 5,8 mengguncang pesisir. Dua tewas.", "id"),
    ],
)
def test_a_count_with_no_noun_and_no_count_before_it_stays_unnamed(text, lang):
    assert [(label, event) for _, label, event in counts(text, lang) if label != "magnitude"] == [
        ("", "killed")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Protesters set fire to three police motorcycles.", "en", (3.0, "motorcycles")),
        ("Tankers called at four South Asian ports last month.", "en", (4.0, "ports")),
        (
            "Patrols drove off 9 Chinese coast guard and fishing vessels.",
            "en",
            (9.0, "ships"),
        ),
        ("The navy detained two Malaysian-flagged fishing boats.", "en", (2.0, "ships")),
        ("Polisi memeriksa tiga tukang parkir di pasar itu.", "id", (3.0, "tukang parkir")),
        ("Dua juru masak dirawat di rumah sakit.", "id", (2.0, "juru masak")),
    ],
)
def test_a_count_names_the_head_past_its_modifiers(text, lang, expected):
    assert expected in [(v, label) for v, label, _ in counts(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seorang pengendara tewas tertabrak truk.", [(1.0, "pengendara", "killed")]),
        (
            "Seorang nelayan berusia 52 tahun hilang di laut.",
            [(52.0, "age", None), (1.0, "nelayan", "missing")],
        ),
        ("Seorang warga mengatakan jalan itu rusak sejak Mei.", []),
    ],
)
def test_seorang_counts_one_only_with_what_befell_them(text, expected):
    assert sorted(counts(text, "id")) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "lang", "age", "surface"),
    [
        ("Tersangka berinisial DK (29) ditangkap di rumahnya.", "id", 29.0, "29"),
        (
            "Kedua pelaku ialah RS, 31 tahun, dan AT, 25 tahun, warga setempat.",
            "id",
            31.0,
            "31 tahun",
        ),
        ("Seorang petani berusia 67 tahun ditemukan selamat.", "id", 67.0, "67 tahun"),
        ("Okonkwo, 58, a retired engineer, was released.", "en", 58.0, "58"),
        ("The 19-year-old from Surabaya won the final.", "en", 19.0, "19-year-old"),
        ("A man aged 40 was detained at the airport.", "en", 40.0, "40"),
    ],
)
def test_a_persons_age_is_a_fact_of_its_own_never_a_count(text, lang, age, surface):
    ages = [f for f in facts(text, lang, "number") if f.value == age]
    assert [(f.label, f.attrs.get("unit"), f.text) for f in ages] == [("age", "age", surface)]


def test_an_infants_age_in_months_is_no_fact():
    assert counts("Rescuers pulled a six-month-old baby from the rubble.", "en") == []


def entities(text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.text, f.label) for f in facts(text, lang, "entity")]


@pytest.mark.parametrize(
    ("text", "body", "short"),
    [
        (
            "Kapal itu dibawa ke Pangkalan TNI AL (Lanal) Tual. Komandan Lanal Tual memeriksa "
            "awaknya. TNI AL mengerahkan dua kapal.",
            "Pangkalan TNI AL",
            "Lanal",
        ),
    ],
)
def test_a_base_named_by_its_force_is_its_own_body(text, body, short):
    ents = facts(text, "id", "entity")
    ids = {f.text: f.value for f in ents}
    assert (body, "ORG") in [(f.text, f.label) for f in ents]
    assert ids[short] == ids[body] != ids["TNI AL"]


@pytest.mark.parametrize(
    ("text", "lang", "expected", "absent"),
    [
        (
            "Rina Cruz, an analyst at Metro Bank of the Philippines, said rates would fall.",
            "en",
            ("Metro Bank of the Philippines", "ORG"),
            ("Philippines", "LOC"),
        ),
        (
            "Vietnam Coffee Exporters Association chair Nguyen Van Long said Vietnam growers "
            "would hold stock. Coffee prices rose.",
            "en",
            ("Vietnam Coffee Exporters Association", "ORG"),
            ("Vietnam", "ORG"),
        ),
        (
            "Hakim PN Sleman menolak gugatan itu.",
            "id",
            ("PN", "ORG"),
            ("PN", "PER"),
        ),
        (
            "Pemkab Wajo menyiapkan dana. Ketua Komisi II DPRD Wajo dari Fraksi Golkar meminta "
            "dana itu diawasi.",
            "id",
            ("Wajo", "LOC"),
            ("Wajo", "PER"),
        ),
    ],
)
def test_review19_entity_classes(text, lang, expected, absent):
    found = entities(text, lang)
    assert expected in found
    assert absent not in found


@pytest.mark.parametrize(
    ("text", "lang", "sources"),
    [
        (
            "Growers could lose up to $200 million, according to industry estimates.",
            "en",
            ["industry estimates"],
        ),
        (
            "Kemlu menyatakan telah berkoordinasi dengan otoritas setempat untuk memastikan "
            "identitas korban.",
            "id",
            ["Kemlu"],
        ),
    ],
)
def test_a_verb_inside_another_cues_words_names_no_second_source(text, lang, sources):
    assert [s for s, _, _ in attributions(text, lang)] == sources
