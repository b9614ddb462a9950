"""Attributions: who a claim is put on, neutral vs distancing stance, the clause it covers."""

from __future__ import annotations

import pytest

from kroscek.extract.attribution import extract_attributions
from kroscek.extract.entities import recognise
from kroscek.extract.normalize import join_spacing, text_key
from kroscek.extract.quotes import extract_quotes


def attributions(text: str, lang: str = "id", field: str = "text"):
    ents = recognise(text, lang, field=field)
    quotes = extract_quotes(text, lang, entities=ents, field=field)
    return extract_attributions(text, lang, entities=ents, quotes=quotes, field=field)


@pytest.mark.parametrize(
    ("text", "lang", "stance", "source", "cue"),
    [
        (
            "Sebanyak 30 rumah rusak, menurut para pejabat setempat.",
            "id",
            "attributed",
            "pejabat setempat",
            "menurut",
        ),
        (
            "Menurut otoritas kesehatan di Gaza, korban terus bertambah.",
            "id",
            "attributed",
            "otoritas kesehatan",
            "menurut",
        ),
        (
            "Kabar itu dilaporkan kantor berita Antara pada Selasa.",
            "id",
            "attributed",
            "kantor berita Antara",
            "dilaporkan",
        ),
        ("Rusia mengklaim pasukannya merebut dua desa.", "id", "claimed", "Rusia", "mengklaim"),
        ("Polisi menuduh kelompok itu memicu kerusuhan.", "id", "claimed", "Polisi", "menuduh"),
        ("Dua jembatan putus, kata para pejabat.", "id", "attributed", "pejabat", "kata"),
        (
            "The toll rose to 40, according to local officials.",
            "en",
            "attributed",
            "local officials",
            "according to",
        ),
        ("Moscow claimed its troops had taken the town.", "en", "claimed", "Moscow", "claimed"),
        ("The death toll rose to 12, officials said.", "en", "attributed", "officials", "said"),
    ],
)
def test_source_stance_and_cue(text, lang, stance, source, cue):
    (a,) = attributions(text, lang)
    assert (a.label, a.value, a.attrs["cue"]) == (stance, source, cue)
    assert text[a.start : a.end] == a.text


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Sebanyak 30 rumah rusak, menurut para pejabat setempat.", "Sebanyak 30 rumah rusak"),
        ("Menurut otoritas kesehatan, korban terus bertambah.", "korban terus bertambah"),
        ("Rusia mengklaim pasukannya merebut dua desa.", "pasukannya merebut dua desa"),
    ],
)
def test_scope_is_the_clause_the_cue_covers(text, scope):
    (a,) = attributions(text)
    s, e = a.attrs["scope"]
    assert text[s:e] == scope


def test_a_hedge_without_a_source_is_claimed_with_an_empty_source():
    (a,) = attributions("Kapal itu diduga kelebihan muatan.")
    assert (a.label, a.value, a.attrs["cue"]) == ("claimed", "", "diduga")


def test_reporting_verbs_of_a_direct_quote_are_not_attributions():
    text = "“Kami siap membantu warga,” kata Kepala Dinas Sosial Rina Marlina."
    assert attributions(text) == []


def test_a_headline_source_before_a_colon_is_attributed():
    (a,) = attributions("KPK: Kerugian Negara Capai Rp2 Triliun", field="title")
    assert (a.label, a.value, a.attrs["cue"]) == ("attributed", "KPK", ":")


def test_the_source_entity_is_linked():
    (a,) = attributions("Menurut Kementerian Kesehatan, kasus baru menurun.")
    assert a.attrs["entity"] == "ORG:kemenkes"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kami akan melakukan apa pun", "kami akan melakukan apapun"),
        ("siapa pun bisa datang", "siapapun bisa datang"),
        ("Erdoğan menjawab", "erdogan menjawab"),
        ("“Anda” di sana", '"anda" di sana'),
    ],
)
def test_text_keys_ignore_case_diacritics_quotes_and_particle_spacing(a, b):
    assert text_key(a) == text_key(b)


def test_join_spacing_writes_particles_one_way():
    assert join_spacing("apa pun dan siapa pun") == "apapun dan siapapun"


@pytest.mark.parametrize(
    ("text", "lang", "sources"),
    [
        (
            "Menurut KPU Sulawesi Tengah, pasangan itu meraih 48,1 persen suara "
            "berdasarkan data yang masuk.",
            "id",
            ["KPU Sulawesi Tengah"],
        ),
        ("Jumlah pengungsi mencapai 2.300 orang berdasarkan data yang masuk.", "id", ["data"]),
        ("Turnout reached 64 percent, based on data that came in overnight.", "en", ["data"]),
    ],
)
def test_a_relative_clause_after_a_cue_is_not_its_source(text, lang, sources):
    assert [a.value for a in attributions(text, lang)] == sources


@pytest.mark.parametrize(
    "text",
    [
        '"Api cepat sekali membesar," ungkap Rahmat Hidayat di lokasi.',
        '"Kami kewalahan," ungkap seorang petugas pemadam.',
        '"Semua warga sudah aman," tegas Camat Sukamaju Dedi Rosadi.',
    ],
)
def test_a_verb_right_after_a_closing_quote_belongs_to_the_quote(text):
    assert all(a.value.strip('"“” ') for a in attributions(text))
    assert not [a for a in attributions(text) if a.attrs["cue"] in ("ungkap", "tegas")]


def test_a_hedge_in_a_relative_clause_at_the_end_covers_only_that_clause():
    text = "Dua warga meninggal setelah digigit anjing yang diduga terjangkit rabies."
    (a,) = attributions(text)
    s, e = a.attrs["scope"]
    assert "Dua warga" not in text[s:e] and "terjangkit rabies" in text[s:e]
