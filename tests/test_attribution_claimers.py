"""Who claims what: a body described again instead of named ("The Vienna-based watchdog
said"), a passive claim with its agent ("diklaim oleh pihak pengelola", "claimed by the
rebels"), an admission ("mengakui", "acknowledged") and an aside (", katanya,") all put a
claim in someone's mouth; a refused admission, a patient admitted to hospital and a claim
with no agent do not name anyone. Pinned with sentences written for these tests."""

from __future__ import annotations

import pytest

from kroscek.data import Article, Fact
from kroscek.extract import extract_facts


def _attributions(text: str, lang: str) -> tuple[str, list[Fact]]:
    art = extract_facts(Article(id="x", source="s", title="", text=text, lang=lang))
    return art.text, [f for f in art.facts if f.kind == "attribution" and f.field == "text"]


def _scope(text: str, fact: Fact) -> str:
    start, end = fact.attrs["scope"]
    return text[start:end]


# --- a body described again in English is the body named before --------------------------


@pytest.mark.parametrize(
    ("text", "cue", "entity_has"),
    [
        (
            "The International Atomic Energy Agency released its report on Monday. The "
            "Vienna-based watchdog said 60 kg of enriched uranium was unaccounted for.",
            "said",
            "iaea",
        ),
        (
            "Greenpeace staged a protest outside the ministry on Tuesday. The environmental "
            "group claimed 40 hectares of protected forest had been cleared.",
            "claimed",
            "greenpeace",
        ),
        # the body whose name carries the noun, not the nearer plane maker
        (
            "A Nusantara Air Boeing 737 returned to Jakarta after an engine failed. The "
            "airline said 172 passengers were on board.",
            "said",
            "nusantara-air",
        ),
        # the outlet that was told or reported it is the messenger, not the company
        (
            "Lumora Technologies will cut 1,800 jobs, two sources told Reuters. The company "
            "said the cuts would save $500 million.",
            "said",
            "lumora",
        ),
        (
            "Lumora Technologies will cut 1,800 jobs, Reuters reported on Monday. The company "
            "said the cuts would save $500 million.",
            "said",
            "lumora",
        ),
    ],
)
def test_a_body_described_again_in_english_is_the_body_named_before(text, cue, entity_has):
    _, facts = _attributions(text, "en")
    fact = next(f for f in facts if f.attrs["cue"] == cue)
    assert entity_has in str(fact.attrs.get("entity"))


@pytest.mark.parametrize(
    "text",
    [
        # a ministry is as often brought in by its common noun alone: no referent guessed
        "Greenpeace staged a protest on Tuesday. The health ministry said 300 clinics had "
        "reopened since March.",
        # nobody named before the description
        "The Vienna-based watchdog said 60 kg of enriched uranium was unaccounted for.",
    ],
)
def test_a_description_with_no_body_of_its_kind_named_before_points_at_no_one(text):
    _, facts = _attributions(text, "en")
    assert facts
    assert all("entity" not in f.attrs for f in facts)


# --- a passive claim names its agent -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "source", "scope_has"),
    [
        (
            "Pendapatan parkir diklaim oleh pihak pengelola mencapai Rp 3 miliar per bulan.",
            "id",
            "pengelola",
            "Rp 3 miliar",
        ),
        (
            "Jumlah korban diklaim mencapai 50 orang oleh kelompok bersenjata itu.",
            "id",
            "kelompok bersenjata itu",
            "50 orang",
        ),
        (
            "Angka itu diklaim oleh Wakil Menteri Perdagangan sebagai rekor baru.",
            "id",
            "Wakil Menteri Perdagangan",
            "rekor baru",
        ),
        ("The toll is claimed by the rebels to be 40 dead.", "en", "rebels", "40 dead"),
        (
            "Some 40 soldiers were killed, a figure claimed by the rebel group.",
            "en",
            "rebel group",
            "40 soldiers",
        ),
    ],
)
def test_a_passive_claim_names_its_agent_and_covers_its_sentence(text, lang, source, scope_has):
    body, facts = _attributions(text, lang)
    (fact,) = facts
    assert fact.label == "claimed"
    assert fact.value == source
    assert scope_has in _scope(body, fact)


@pytest.mark.parametrize(
    "text",
    [
        "Kemenangan itu diklaim sebagai yang terbesar dalam sejarah klub.",
        "Pendapatan tiket diklaim naik 20 persen, oleh karena itu harga akan dinaikkan.",
    ],
)
def test_a_passive_claim_with_no_agent_names_no_source(text):
    _, facts = _attributions(text, "id")
    assert [f.value for f in facts if f.label == "claimed"] == [""]


# --- an admission attributes what is admitted ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "source", "scope_has"),
    [
        ("Polisi mengakui tiga anggotanya terluka dalam bentrokan itu.", "id", "Polisi", "tiga"),
        (
            "Pihak sekolah mengakui ada 12 siswa yang keracunan setelah makan siang.",
            "id",
            "sekolah",
            "12 siswa",
        ),
        ("The ministry acknowledged that 14 schools had been damaged.", "en", "ministry", "14"),
        ("Villagers admitted they had cleared 12 hectares of forest.", "en", "Villagers", "12"),
    ],
)
def test_an_admission_attributes_what_is_admitted(text, lang, source, scope_has):
    body, facts = _attributions(text, lang)
    (fact,) = facts
    assert (fact.label, fact.value) == ("attributed", source)
    assert scope_has in _scope(body, fact)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kubu penantang menolak mengakui hasil hitung cepat kemarin.", "id"),
        ("Tim tamu harus mengakui keunggulan lawan dengan skor 0-2.", "id"),
        ("Pelatih itu mengakui kekalahan timnya di depan 20.000 penonton.", "id"),
        ("Two children admitted to hospital on Monday were later discharged.", "en"),
        ("The company has never admitted that 300 workers were laid off.", "en"),
    ],
)
def test_a_refused_or_conceding_admission_or_a_hospital_admission_attributes_nothing(text, lang):
    _, facts = _attributions(text, lang)
    assert not [f for f in facts if f.attrs["cue"] in ("mengakui", "admitted")]


def test_an_admission_to_a_deed_is_an_admission():
    _, facts = _attributions("The official admitted to taking bribes worth $40,000.", "en")
    assert [(f.value, f.attrs["cue"]) for f in facts] == [("official", "admitted")]


# --- a witness's own account keeps its distance -------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Seorang saksi mengaku melihat dua orang berlari dari lokasi sekitar pukul 02.00.",
            "saksi",
        ),
        ("Warga setempat mengaku melihat buaya itu empat kali dalam sepekan.", "Warga setempat"),
    ],
)
def test_a_witness_who_says_they_saw_something_is_a_distanced_claim(text, source):
    _, facts = _attributions(text, "id")
    (fact,) = facts
    assert (fact.label, fact.value, fact.attrs["cue"]) == ("claimed", source, "mengaku")


# --- a body's acronym and the rest of its name are who, not what -------------------------


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        (
            "Menurut Komisi Pemilihan Umum (KPU) Jawa Tengah, pasangan itu meraih 52 persen suara.",
            "pasangan itu meraih 52 persen suara",
        ),
        (
            "Berdasarkan hasil audit Badan Pemeriksa Keuangan (BPK), kerugian negara mencapai "
            "Rp 2,5 triliun.",
            "kerugian negara mencapai Rp 2,5 triliun",
        ),
        (
            "Menurut Badan Pusat Statistik (BPS) inflasi naik menjadi 2,3 persen, tertinggi tahun "
            "ini.",
            "inflasi naik menjadi 2,3 persen, tertinggi tahun ini",
        ),
    ],
)
def test_a_source_with_an_acronym_covers_only_what_follows_its_name(text, scope):
    body, facts = _attributions(text, "id")
    (fact,) = facts
    assert _scope(body, fact) == scope


# --- an aside ", katanya," gives the sentence to the person named before ------------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Kepala badan siber Rudi Hartono mengakui cadangan data tidak lengkap. Sebagian "
            "instansi, katanya, tidak memiliki salinan cadangan.",
            "katanya",
        ),
        (
            "Ketua koperasi Siti Aminah hadir dalam rapat itu. Harga pupuk, ujarnya, naik dua "
            "kali lipat sejak Maret.",
            "ujarnya",
        ),
    ],
)
def test_an_aside_gives_its_sentence_to_the_person_named_before(text, cue):
    _, facts = _attributions(text, "id")
    fact = next(f for f in facts if f.attrs["cue"] == cue)
    assert fact.label == "attributed"
    assert fact.attrs["entity"].startswith("PER:")


def test_an_aside_with_nobody_named_before_attributes_nothing():
    _, facts = _attributions("Harga pupuk, katanya, naik dua kali lipat sejak Maret.", "id")
    assert facts == []
