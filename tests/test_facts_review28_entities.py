"""Facts review 28 (entities, linking and attribution scope), after held-out sets 37-48:
an Indonesian body and its syllable short form are one referent ("Kejaksaan Negeri" /
"Kejari"), transliterated surnames and a suspect's initials join the named person, a body
written out before a known short form takes its id, and a cue's scope stays on the figure
it governs ("Menurut dia, ...", "Angka peserta itu disampaikan ...", a claim with a
comparison after a comma, "tertuang dalam surat ...", "according to a letter ... released").
"""

from __future__ import annotations

from datetime import datetime

import pytest

from kroscek.data import Article, Fact
from kroscek.extract import extract_facts, link_entities
from kroscek.extract.entities import recognise

PUBLISHED = datetime(2026, 11, 24, 10, 0)


def _article(i: int, text: str, lang: str = "id") -> Article:
    return extract_facts(
        Article(id=f"a{i}", source=f"s{i}", title="", text=text, published=PUBLISHED, lang=lang)
    )


def _ids(texts: list[str], lang: str = "id") -> dict[str, set[str]]:
    """Each entity surface mapped to the ids it has once the texts are linked."""
    out: dict[str, set[str]] = {}
    for art in link_entities([_article(i, t, lang) for i, t in enumerate(texts)]):
        for f in art.facts:
            if f.kind == "entity":
                out.setdefault(f.text, set()).add(str(f.value))
    return out


def _attributions(text: str, lang: str = "id") -> list[Fact]:
    return [f for f in _article(0, text, lang).facts if f.kind == "attribution"]


def _scope(text: str, f: Fact) -> str:
    start, end = f.attrs["scope"]  # type: ignore[misc]
    return text[start:end]


# --- "Kejaksaan Negeri" / "Kejari": a syllable short form is the body it is cut from -----


@pytest.mark.parametrize(
    ("full", "short", "full_name", "short_name"),
    [
        (
            "Tuntutan itu dibacakan jaksa Kejaksaan Negeri Sleman di pengadilan.",
            "Tuntutan itu dibacakan jaksa Kejari Sleman di pengadilan.",
            "Kejaksaan Negeri",
            "Kejari",
        ),
        (
            "Tim dari Kejaksaan Tinggi Jawa Tengah menahan dua tersangka.",
            "Tim dari Kejati Jawa Tengah menahan dua tersangka.",
            "Kejaksaan Tinggi",
            "Kejati",
        ),
        (
            "Tarif baru ditetapkan Kementerian Perhubungan pekan lalu.",
            "Tarif baru ditetapkan Kemenhub pekan lalu.",
            "Kementerian Perhubungan",
            "Kemenhub",
        ),
    ],
)
def test_a_syllable_short_form_and_its_body_are_one_referent(full, short, full_name, short_name):
    ids = _ids([full, short])
    assert ids[full_name] == ids[short_name]


@pytest.mark.parametrize(
    ("first", "second", "one", "other"),
    [
        (
            "Tuntutan itu dibacakan jaksa Kejaksaan Negeri Sleman di pengadilan.",
            "Berkas itu dilimpahkan ke Kejati Jawa Tengah.",
            "Kejaksaan Negeri",
            "Kejati",
        ),
        (
            "Penyelidikan itu dipimpin Kementerian Kesehatan sejak Maret.",
            "Anggaran itu dibahas Kemenkeu bersama DPR.",
            "Kementerian Kesehatan",
            "Kemenkeu",
        ),
    ],
)
def test_a_short_form_of_another_office_stays_apart(first, second, one, other):
    ids = _ids([first, second])
    assert ids[one] != ids[other]


# --- "Nikolai Smirnov" / "Nikolay Smirnoff": one name transliterated two ways ---------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Nikolai Smirnov", "Nikolay Smirnoff"),
        ("Dmitri Petrov", "Dmitry Petroff"),
        ("Andrei Kovalevsky", "Andrey Kovalevski"),
    ],
)
def test_a_transliterated_surname_is_the_same_person(first, second):
    ids = _ids(
        [
            f"Warga negara asing bernama {first} dideportasi dari Bali pekan ini.",
            f"Turis bernama {second} dideportasi dari Bali pekan ini.",
        ]
    )
    assert ids[first] == ids[second]


def test_different_surnames_of_a_similar_shape_stay_apart():
    ids = _ids(
        [
            "Turis bernama Nikolai Smirnov dideportasi dari Bali.",
            "Turis bernama Nikolai Simonov dideportasi dari Bali.",
        ]
    )
    assert ids["Nikolai Smirnov"] != ids["Nikolai Simonov"]


# --- "berinisial RK (29)": initials join the person they spell -------------------------------


@pytest.mark.parametrize(
    ("texts", "initials", "name"),
    [
        (
            [
                "Polisi menahan pria berinisial RK (29) di Canggu. Pria bernama lengkap "
                "Rudolf Kowalski itu akan dideportasi."
            ],
            "RK",
            "Rudolf Kowalski",
        ),
        (
            [
                "Polisi menahan pria berinisial RK (29) di Canggu.",
                "Rudolf Kowalski (29) dideportasi pekan ini.",
            ],
            "RK",
            "Rudolf Kowalski",
        ),
        (
            [
                "Tersangka berinisial DS (41) ditahan di Polsek Kuta.",
                "Polisi menahan Dedi Saputra (41) setelah keributan di bandara.",
            ],
            "DS",
            "Dedi Saputra",
        ),
    ],
)
def test_initials_join_the_person_whose_name_they_spell(texts, initials, name):
    ids = _ids(texts)
    assert ids[initials] == ids[name]


def test_initials_never_join_a_spokesman_named_in_another_article():
    ids = _ids(
        [
            "Polisi menahan pria berinisial RK (29) di Canggu.",
            "Kapolsek Kuta, Robert Kanter, mengatakan pelaku dalam pengaruh alkohol.",
        ]
    )
    assert ids["RK"] != ids["Robert Kanter"]


# --- "The Meteorology, Climatology and Geophysical Agency (BMKG)": the known body ------------


@pytest.mark.parametrize(
    "text",
    [
        "The Meteorology, Climatology and Geophysical Agency (BMKG) said the quake struck at sea.",
        "Officials at the Meteorology, Climatology and Geophysics Agency (BMKG) issued a warning.",
    ],
)
def test_a_body_written_out_before_a_known_short_form_takes_its_id(text):
    bodies = [f for f in recognise(text, "en") if f.label == "ORG"]
    short = next(f for f in bodies if f.text == "BMKG")
    full = next(f for f in bodies if f.text.startswith("Meteorology"))
    assert full.value == short.value
    assert full.text.endswith("Agency")


# --- attribution scope ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "said", "not_said"),
    [
        (
            "Kepala Pasar Sentral, Yuliana Mahmud, menaksir kerugian pedagang mencapai Rp 8 "
            "miliar. Menurut dia, pasar itu menampung sekitar 700 pedagang.",
            "700 pedagang",
            "Rp 8 miliar",
        ),
        (
            "Camat Lembah Hijau, Fransiska Bere, meninjau lokasi banjir. Menurut dia, 120 rumah "
            "terendam air setinggi satu meter.",
            "120 rumah",
            "meninjau",
        ),
    ],
)
def test_menurut_dia_covers_its_own_sentence_only(text, said, not_said):
    menurut = next(f for f in _attributions(text) if f.attrs["cue"] == "menurut")
    assert said in _scope(text, menurut)
    assert not_said not in _scope(text, menurut)


def test_an_estimate_verb_attributes_the_figure_it_governs():
    text = "Kepala Pasar Sentral, Yuliana Mahmud, menaksir kerugian pedagang mencapai Rp 8 miliar."
    [estimate] = _attributions(text)
    assert estimate.value == "Yuliana Mahmud"
    assert "Rp 8 miliar" in _scope(text, estimate)


@pytest.mark.parametrize(
    ("text", "counted", "share"),
    [
        (
            "Sekitar 4.000 buruh berunjuk rasa di depan kantor gubernur, Selasa (24/11/2026). "
            "Mereka menuntut upah minimum naik 15 persen.\n\nAngka peserta itu disampaikan "
            "Kapolres Lembah Hijau, AKBP Darmawan Saputra.",
            "4.000 buruh",
            "15 persen",
        ),
        (
            "Sedikitnya 35 penumpang terluka dalam kecelakaan itu. Tarif bus sudah naik 10 "
            "persen sejak Juni.\n\nJumlah korban tersebut diumumkan Dinas Kesehatan Lembah Hijau.",
            "35 penumpang",
            "10",
        ),
    ],
)
def test_an_anaphor_naming_a_count_points_at_the_count_not_at_a_share(text, counted, share):
    [told] = [f for f in _attributions(text) if f.attrs["cue"] in {"disampaikan", "diumumkan"}]
    assert counted in _scope(text, told)
    assert share not in _scope(text, told)


@pytest.mark.parametrize(
    ("text", "lang", "claimed", "other"),
    [
        (
            "Para nelayan mengklaim harga solar naik hingga 40 persen, jauh di atas batas 10 "
            "persen yang ditetapkan pemerintah daerah.",
            "id",
            "40 persen",
            "10 persen",
        ),
        (
            "The union claimed wages fell 30%, well above the 20% cap set by the government.",
            "en",
            "30%",
            "20%",
        ),
    ],
)
def test_a_comparison_after_a_comma_is_not_part_of_the_claim(text, lang, claimed, other):
    [claim] = _attributions(text, lang)
    assert claim.label == "claimed"
    assert claimed in _scope(text, claim)
    assert other not in _scope(text, claim)


def test_a_decision_written_in_a_letter_is_attributed_to_the_letter():
    text = (
        "Pemerintah akan menaikkan cukai rokok sebesar 12 persen mulai Januari. Keputusan itu "
        "tertuang dalam surat Menteri Keuangan Sri Mulyani yang dikirim ke DPR."
    )
    [letter] = _attributions(text)
    assert letter.value == "surat Menteri Keuangan Sri Mulyani"
    assert "12 persen" in _scope(text, letter)


def test_a_clause_of_a_law_is_no_source():
    text = "Sanksi denda Rp 50 juta tertuang dalam Pasal 78 ayat (3) undang-undang itu."
    assert _attributions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Koordinator aksi, Bambang Sulistyo, menyampaikan tuntutan agar tarif diturunkan "
        "menjadi 5 persen.",
        "Ketua paguyuban, Sri Wahyuni, menyampaikan aspirasi agar kuota dinaikkan 20 persen.",
    ],
)
def test_a_demand_conveyed_is_no_report_of_a_fact(text):
    assert _attributions(text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Tariffs on steel will rise to 25% next month, according to a memo from Commerce "
            "Secretary Howard Lutnick released on Friday.",
            "memo from Commerce Secretary Howard Lutnick",
        ),
        ("Prices rose 4%, according to officials involved in the talks.", "officials"),
    ],
)
def test_a_participle_after_the_source_is_no_part_of_it(text, source):
    [attribution] = _attributions(text, "en")
    assert attribution.value == source


# --- "Kantor Imigrasi Ngurah Rai" beside "Bandara I Gusti Ngurah Rai": the airport ---------


@pytest.mark.parametrize(
    ("text", "office_place"),
    [
        (
            "Kantor Imigrasi Ngurah Rai mendeportasi dua turis. Keduanya diterbangkan melalui "
            "Bandara I Gusti Ngurah Rai pada Senin.",
            "Ngurah Rai",
        ),
        (
            "Kantor Imigrasi Sultan Hasanuddin memeriksa dua WNA yang tiba di Bandara Sultan "
            "Hasanuddin.",
            "Sultan Hasanuddin",
        ),
    ],
)
def test_an_office_named_after_a_facility_of_the_article_names_the_facility(text, office_place):
    facts = recognise(text)
    facility = next(f for f in facts if f.text.startswith("Bandara"))
    office = next(f for f in facts if f.text == office_place)
    assert office.label == "LOC"
    assert office.value == facility.value
    assert not any(f.label == "PER" for f in facts)
