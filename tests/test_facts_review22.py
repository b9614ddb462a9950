"""Review 22 of the facts: people on board as an event, the verb after a measured amount, the
demonyms no rule derives, and an unknown town after a regional office's acronym. Every
sentence here is written for these tests."""

from __future__ import annotations

import pytest

from kroscek.compare.messages import messages
from kroscek.extract.entities import recognise
from kroscek.extract.gazetteer import is_demonym, is_people_word
from kroscek.extract.numbers import extract_numbers
from test_facts_review21 import _numbers


def _entities(text: str, lang: str = "id") -> dict[str, tuple[str, str]]:
    return {f.text: (f.label, f.value) for f in recognise(text, lang)}


# --- people on board ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Perahu yang mengangkut 27 penumpang itu karam di Selat Lombok.", "id", (27, "penumpang")),
        ("Speedboat tersebut membawa 19 penumpang dari Ternate.", "id", (19, "penumpang")),
        ("KM Bintang Laut berpenumpang 63 orang kandas di karang.", "id", (63, "orang")),
        ("Bus yang ditumpangi 41 orang itu masuk jurang.", "id", (41, "orang")),
        ("Kapal kayu itu membawa sebelas nelayan ketika mesinnya mati.", "id", (11, "nelayan")),
        ("A ferry carrying 212 passengers ran aground off Sumbawa.", "en", (212, "passengers")),
        ("The small plane went down with 9 people on board.", "en", (9, "people")),
        ("A boat carrying 35 fishermen sank near the reef.", "en", (35, "fishermen")),
    ],
)
def test_the_people_a_vehicle_carries_are_counted_as_on_board(text, lang, expected):
    value, label = expected
    assert (value, label, "aboard") in _numbers(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Penyidik membawa 4 barang bukti ke laboratorium forensik.", "id"),
        ("Kebijakan itu membawa 3 dampak bagi petani.", "id"),
        ("Petugas membawa 6 orang ke kantor polisi untuk diperiksa.", "id"),
        ("Mourners carrying 3 coffins walked to the cemetery.", "en"),
    ],
)
def test_bringing_things_or_people_elsewhere_is_no_count_on_board(text, lang):
    assert all(event != "aboard" for _, _, event in _numbers(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "aboard", "outcome"),
    [
        # the carrying verb outweighs the outcome that follows; the toll keeps its own
        (
            "A ferry carrying 150 passengers capsized, killing at least 12.",
            "en",
            (150, "passengers"),
            (12, "killed"),
        ),
        # an outcome befalling everyone on board is the outcome, not the count on board
        ("The crash killed all 8 people on board.", "en", None, (8, "killed")),
    ],
)
def test_a_count_on_board_and_a_toll_stay_apart(text, lang, aboard, outcome):
    found = _numbers(text, lang)
    if aboard is not None:
        assert (*aboard, "aboard") in found
    assert any(v == outcome[0] and e == outcome[1] for v, _, e in found)


@pytest.mark.parametrize(("lang", "phrase"), [("id", "diangkut"), ("en", "on board")])
def test_the_on_board_event_has_a_wording_in_each_language(lang, phrase):
    assert messages(lang)["events"]["aboard"] == phrase


# --- the verb after a measured amount ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Magnitude 5.9 quake strikes off northern Chile",
        "A 6.1 magnitude earthquake hits southern Peru",
        "Magnitude 7.0 tremor attacks nothing but shakes Tonga",
    ],
)
def test_the_verb_after_a_measured_amount_is_not_what_it_measures(text):
    (fact,) = [f for f in extract_numbers(text, "en") if f.attrs.get("unit") == "magnitude"]
    assert fact.attrs.get("of") is None


@pytest.mark.parametrize(
    ("text", "of"),
    [
        ("About 30 percent of voters backed the measure.", "voters"),
        ("Nearly 40 percent of aid trucks were turned back.", "trucks"),
    ],
)
def test_a_share_of_a_counted_noun_keeps_what_it_is_of(text, of):
    (fact,) = [f for f in extract_numbers(text, "en") if f.attrs.get("unit") == "percent"]
    assert fact.attrs.get("of") == of


# --- demonyms without a plural s -------------------------------------------------------------


@pytest.mark.parametrize("word", ["Swiss", "Thai", "Filipino", "Dutch", "Sudanese", "Japanese"])
def test_a_demonym_no_rule_derives_is_known(word):
    assert is_demonym(word)
    assert is_people_word(word)


@pytest.mark.parametrize("word", ["Italian", "thai", "Monday", "Jakarta"])
def test_a_singular_or_lowercase_word_names_no_people_as_a_count(word):
    assert not is_people_word(word)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Militia fighters abducted four Sudanese and two Japanese.",
            {(4, "residents"), (2, "residents")},
        ),
        ("Two Thai and three Swiss were among the dead.", {(2, "residents"), (3, "residents")}),
        ("Three Filipinos were injured in the blast.", {(3, "residents")}),
        ("Five Filipino nationals were detained at the border.", {(5, "nationals")}),
    ],
)
def test_a_countrys_people_without_a_plural_s_are_counted_after_an_outcome(text, expected):
    assert expected <= {(v, label) for v, label, _ in _numbers(text, "en")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The tour group included three Swiss and two Dutch.", {(3, "swiss"), (2, "dutch")}),
        ("Two Thai workers and one guide reached the summit.", {(2, "workers")}),
    ],
)
def test_a_countrys_people_with_nothing_befalling_them_keep_their_noun(text, expected):
    assert expected <= {(v, label) for v, label, _ in _numbers(text, "en")}


# --- an unknown town after a regional office's acronym --------------------------------------


@pytest.mark.parametrize(
    ("text", "office", "town"),
    [
        ("Petugas BPBD Lewoleba menyalurkan bantuan ke pengungsi.", "BPBD", "Lewoleba"),
        ("Anggota BPBD Saumlaki tiba di lokasi longsor.", "BPBD", "Saumlaki"),
        ("KBRI Paramaribo memulangkan dua WNI pekan lalu.", "KBRI", "Paramaribo"),
        ("Pihak KJRI Tawau mendampingi para nelayan.", "KJRI", "Tawau"),
        ("Staf KBRI Windhoek datang ke lokasi.", "KBRI", "Windhoek"),
        ("Petugas Polres Waingapu menahan sopir truk itu.", "Polres", "Waingapu"),
    ],
)
def test_an_unknown_town_after_a_regional_office_is_the_place_it_serves(text, office, town):
    found = _entities(text)
    assert found[office][0] == "ORG"
    assert found[town][0] == "LOC"


@pytest.mark.parametrize(
    ("text", "person", "town"),
    [
        (
            "Kepala BPBD Lewoleba Yohanes Lodo mengatakan dua rumah rusak.",
            "Yohanes Lodo",
            "Lewoleba",
        ),
        ("Kepala Pelaksana BPBD Saumlaki, Maria Ratu, mengatakan.", "Maria Ratu", "Saumlaki"),
    ],
)
def test_the_office_holder_after_the_town_stays_a_person(text, person, town):
    found = _entities(text)
    assert found[person][0] == "PER"
    assert found[town][0] == "LOC"
