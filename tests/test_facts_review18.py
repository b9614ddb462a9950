"""Facts after blind review 18 (batch g63-g70 of the facts gold set): shares written with a
slash or after a bound, a part counted out of a whole, a demonym before two English modifiers,
years after "sepanjang" / "seperti" / a budget's name, months in a future clause, a weekday
abbreviation inside a name, sources past a time adverb, a bracketed age or a long role after
"said", Filipino name particles, address and religious titles, aliases after "akrab disapa" /
"goes by the name", and the branches of the Indonesian armed forces. The sentences are the
tests' own, not the gold articles'."""

from __future__ import annotations

from datetime import datetime

import pytest

from kroscek.data import Article, Fact
from kroscek.extract import extract_facts, link_entities
from ner_helpers import entities, pairs

PUBLISHED = datetime.fromisoformat("2026-11-26T10:00:00+07:00")  # a Thursday


def _facts(text: str, lang: str, kind: str) -> list[Fact]:
    art = Article(id="t", source="t", title="", text=text, published=PUBLISHED, lang=lang)
    return [f for f in extract_facts(art).facts if f.kind == kind]


def _numbers(text: str, lang: str) -> set[tuple[float, str, str]]:
    return {
        (round(float(f.value), 3), f.label, f.attrs["qualifier"])
        for f in _facts(text, lang, "number")
    }


def _dates(text: str, lang: str) -> set[tuple[str, str]]:
    return {(str(f.value), f.label) for f in _facts(text, lang, "date")}


def _sources(text: str, lang: str) -> list[tuple[str, str]]:
    return [(str(f.value), f.label) for f in _facts(text, lang, "attribution")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Sekitar 1/3 dari dana desa dipakai untuk jalan.", "id", (0.333, "fraction", "about")),
        (
            "Pemerintah kota memangkas 2/5 anggaran perjalanan dinas.",
            "id",
            (0.4, "fraction", "exact"),
        ),
        (
            "Pedagang menguasai lebih dari setengah lapak di pasar itu.",
            "id",
            (0.5, "fraction", "more_than"),
        ),
        ("Nearly a third of the voters stayed home.", "en", (0.333, "fraction", "about")),
        ("Rice imports fell by about a third this year.", "en", (0.333, "fraction", "about")),
    ],
)
def test_a_share_keeps_its_bound(text, lang, expected):
    assert expected in _numbers(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Sidang lanjutan digelar Senin (1/3) di ruang utama.",
        "Rapat warga RT 1/3 membahas ronda malam.",
        "Tim tamu kalah dengan skor 2/3 pada gim terakhir.",
        "Surat itu bertanggal 1/3/2026.",
    ],
)
def test_a_slash_in_a_date_a_code_or_a_score_is_no_share(text):
    assert not any(label == "fraction" for _, label, _ in _numbers(text, "id"))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Sidang itu dihadiri 31 dari 50 anggota dewan.",
            "id",
            {(31.0, "anggota"), (50.0, "anggota")},
        ),
        (
            "The motion passed with 212 of 300 members in favour.",
            "en",
            {(212.0, "members"), (300.0, "members")},
        ),
    ],
)
def test_a_part_of_a_counted_whole_counts_the_same_noun(text, lang, expected):
    assert expected <= {(v, label) for v, label, _ in _numbers(text, lang)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The coast guard detained three Malaysian fishing boats on Sunday.",
            (3.0, "ships", "exact"),
        ),
        ("Police questioned four Cambodian farm workers at the border.", (4.0, "workers", "exact")),
    ],
)
def test_a_demonym_and_a_modifier_before_a_noun_leave_the_noun_counted(text, expected):
    assert expected in _numbers(text, "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kunjungan wisatawan naik 40 persen diperkirakan mencapai 9.000 orang.",
            (9000.0, "orang", "about"),
        ),
        ("Penonton diprediksi mencapai 25.000 orang.", (25000.0, "orang", "about")),
    ],
)
def test_an_estimate_is_about(text, expected):
    assert expected in _numbers(text, "id")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dinas mencatat sepanjang 2025 ada 12 kasus demam berdarah.", ("2025-01-01", "year")),
        ("Banjir kali ini tidak separah seperti 2021 silam.", ("2021-01-01", "year")),
        ("DPRD mulai membahas RAPBD 2027 pekan ini.", ("2027-01-01", "year")),
    ],
)
def test_a_year_after_a_period_word_or_a_budget_is_a_date(text, expected):
    assert expected in _dates(text, "id")


def test_a_year_read_as_a_date_is_no_count():
    numbers = _numbers("Dinas mencatat sepanjang 2025 ada 12 kasus demam berdarah.", "id")
    assert not any(value == 2025.0 for value, _, _ in numbers)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new line will open to passengers in March.", ("2027-03-01", "month")),
        ("Output fell in March, the ministry said.", ("2026-03-01", "month")),
        ("Prices rose 2 percent in October from August.", ("2026-08-01", "month")),
    ],
)
def test_a_month_takes_its_year_from_the_clause(text, expected):
    assert expected in _dates(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Deputy minister Tran Thi Thu Trang said the talks went well.",
        "The designer Le Thi Sat Nguyen opened a shop in Hue.",
    ],
)
def test_an_abbreviated_weekday_inside_a_name_is_no_day(text):
    assert not any(label == "day" for _, label in _dates(text, "en"))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Ketua koperasi, Hartono, sebelumnya mengklaim dana anggota aman.",
            "id",
            ("Hartono", "claimed"),
        ),
        (
            "Seorang sopir angkot, Darman (51), mengaku tidak melihat rambu.",
            "id",
            ("Darman", "claimed"),
        ),
        (
            "Nelayan setempat, Rusli (60 tahun), menuturkan ombak tinggi sejak pagi.",
            "id",
            ("Rusli", "attributed"),
        ),
        (
            "Nine people were still missing, said Sleman police chief Adjunct Senior "
            "Commissioner Yuswanto Ardi.",
            "en",
            ("Yuswanto Ardi", "attributed"),
        ),
    ],
)
def test_the_source_is_found_past_an_adverb_an_age_or_a_long_role(text, lang, expected):
    assert expected in _sources(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "name", "label"),
    [
        (
            "Senator Jose Miguel dela Cruz-Santos said the bill was rushed.",
            "en",
            "Jose Miguel dela Cruz-Santos",
            "PER",
        ),
        ("Menurut Ana Liza delos Reyes, harga gula naik.", "id", "Ana Liza delos Reyes", "PER"),
        (
            "The Bangko Sentral ng Pilipinas kept its rate on Thursday.",
            "en",
            "Bangko Sentral ng Pilipinas",
            "ORG",
        ),
        ("Harga sewa di Metro Manila naik tajam.", "id", "Metro Manila", "LOC"),
    ],
)
def test_filipino_particles_stay_inside_a_name(text, lang, name, label):
    assert (name, label) in pairs(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        (
            "Romo Antonius Budi Santosa, Pendeta Markus Wijaya, dan Habib Umar bin Salim "
            "Alhadar membuka acara.",
            "id",
            {"Antonius Budi Santosa", "Markus Wijaya", "Umar bin Salim Alhadar"},
        ),
        ("Pemilik toko, Koh Ahong, menutup tokonya lebih awal.", "id", {"Ahong"}),
        ("Kyai Haji Mahfud Ridwan led the prayers, residents said.", "en", {"Mahfud Ridwan"}),
    ],
)
def test_address_and_religious_titles_are_not_part_of_a_name(text, lang, names):
    people = {f.text for f in entities(text, lang) if f.label == "PER"}
    assert names <= people
    assert not any(p.startswith(("Koh ", "Haji ", "Romo ")) for p in people)


@pytest.mark.parametrize(
    ("text", "lang", "first", "second"),
    [
        (
            "Pedagang emas, Lie Kim Hok atau yang akrab disapa Koh Alim, kehilangan kiosnya.",
            "id",
            "Lie Kim Hok",
            "Alim",
        ),
        (
            "Oey Tjin Lan, a tailor who goes by the name Susanto, said sales were slow.",
            "en",
            "Oey Tjin Lan",
            "Susanto",
        ),
    ],
)
def test_a_name_given_after_an_alias_cue_is_the_same_person(text, lang, first, second):
    ids = {f.text: f.value for f in entities(text, lang) if f.label == "PER"}
    assert ids[second] == ids[first]


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        ("Kapal patroli TNI AL mengawal tongkang itu.", "id", "TNI AL"),
        ("Helikopter TNI AU dikerahkan ke lokasi.", "id", "TNI AU"),
        ("The Indonesian Navy said the ship was towed to port.", "en", "Indonesian Navy"),
    ],
)
def test_a_branch_of_the_armed_forces_is_one_body(text, lang, surface):
    assert (surface, "ORG") in pairs(text, lang)


def test_a_branch_links_across_languages():
    (id_ent,) = [f for f in entities("TNI AD menurunkan 200 prajurit.", "id") if f.text == "TNI AD"]
    (en_ent,) = [
        f for f in entities("The Indonesian Army sent 200 soldiers.", "en") if f.label == "ORG"
    ]
    assert id_ent.value == en_ent.value


@pytest.mark.parametrize(
    "text",
    [
        "Ribuan warga menghadiri peringatan Maulid Nabi di alun-alun.",
        "Baca Selengkapnya",
        "Pembahasan APBD Perubahan molor dua pekan.",
    ],
)
def test_feasts_budgets_and_page_furniture_are_no_names(text):
    assert pairs(text, "id") == set()


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Sampel darah dikirim ke Laboratorium Kesehatan Daerah untuk diperiksa.",
            "Laboratorium Kesehatan Daerah",
        ),
        ("Para pengungsi diserahkan ke Kantor Imigrasi setempat.", "Kantor Imigrasi"),
    ],
)
def test_a_laboratory_and_an_immigration_office_are_bodies(text, surface):
    assert (surface, "ORG") in pairs(text, "id")


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        (
            "Direktur Reserse Kriminal Umum Polda Riau, Kombes Pol Hadi Santoso, menyebut dua "
            "pelaku masih buron.",
            "Polda",
            "Hadi Santoso",
        ),
        (
            "Kepala Satuan Reserse Narkoba Polres Bogor, AKP Rudi Hartono, mengatakan barang "
            "bukti disita.",
            "Polres",
            "Rudi Hartono",
        ),
    ],
)
def test_a_unit_ending_in_its_regional_office_leaves_the_office_as_the_body(text, body, person):
    found = pairs(text, "id")
    assert (body, "ORG") in found
    assert (person, "PER") in found
    assert not any(label == "PER" and body in name for name, label in found)


def test_two_kinds_of_regional_office_one_letter_apart_stay_apart():
    texts = (
        "Kejari Bandung menahan seorang pejabat dinas.",
        "Kejati Jawa Barat ikut memantau perkara itu.",
    )
    arts = [
        extract_facts(Article(id=str(i), source=str(i), title="", text=t, lang="id"))
        for i, t in enumerate(texts)
    ]
    ids = {f.text: f.value for a in link_entities(arts) for f in a.facts if f.kind == "entity"}
    assert ids["Kejari"] != ids["Kejati"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Pembahasan APBD Kalimantan Timur 2027 molor dua pekan.", "Kalimantan Timur"),
        ("Dana APBN Papua untuk sekolah dipangkas.", "Papua"),
    ],
)
def test_a_budget_word_is_no_name_but_its_region_stays_a_place(text, place):
    found = pairs(text, "id")
    assert (place, "LOC") in found
    assert not any(name.startswith(("APBD", "APBN")) for name, _ in found)
