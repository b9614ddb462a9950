"""What a count counts when words stand between the figure and its noun, counts written
as a phrase ("a dozen", "belasan"), and the bounds "within" and "paling lambat"."""

from __future__ import annotations

import pytest

from kroscek.extract.dates import extract_dates
from kroscek.extract.numbers import extract_numbers


def counts(text: str, lang: str) -> list[tuple[float, str, str]]:
    facts = extract_numbers(text, lang, blocked=extract_dates(text, lang).claimed)
    return [(float(f.value), f.label, str(f.attrs.get("qualifier"))) for f in facts]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # English: two lowercase modifiers before a known noun
        (
            "Officials said 64 secondary school pupils were sent home.",
            "en",
            (64, "pupils", "exact"),
        ),
        ("A ferry carrying 230 umrah pilgrims docked at noon.", "en", (230, "pilgrims", "exact")),
        ("The ministry sent 15 mobile medical teams to the coast.", "en", (15, "teams", "exact")),
        (
            "Voting was halted in 9 local government areas.",
            "en",
            (9, "local government areas", "exact"),
        ),
        # one word before a known noun, in either language
        ("Bus itu mengangkut 38 calon jemaah umrah dari Medan.", "id", (38, "jemaah", "exact")),
        ("Basarnas mengirim dua tim penyelam ke lokasi.", "id", (2, "tim", "exact")),
        # a count glued to its noun by a hyphen
        ("A five-member commission will review the vote.", "en", (5, "members", "exact")),
        # a count written as a phrase, and a vague Indonesian count
        ("The storm flattened more than a dozen stalls.", "en", (12, "shops", "more_than")),
        ("Angin kencang merobohkan belasan rumah warga.", "id", (10, "rumah", "more_than")),
        # a vague count that a verb of displacement takes as its object
        ("The eruption forced thousands from the slopes.", "en", (1000, "people", "more_than")),
    ],
)
def test_a_count_takes_the_noun_it_counts(text, lang, expected):
    assert expected in counts(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The agency must publish the audit within 60 days.", "en", (60, "day", "up_to")),
        ("Homes built within 50 metres of the shore will be moved.", "en", (50, "m", "up_to")),
        ("Laporan itu harus diserahkan paling lambat 30 hari lagi.", "id", (30, "day", "up_to")),
        # after a verb of approach, "within" says where, not how far at most
        ("The lava flow came within 3 km of the village.", "en", (3, "km", "exact")),
        ("The storm moved within 40 kilometres of the port.", "en", (40, "km", "exact")),
    ],
)
def test_within_and_paling_lambat_bound_a_figure_unless_they_say_where(text, lang, expected):
    assert expected in counts(text, lang)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Indonesian modifiers follow the noun: a verb between is no modifier
        ("Sebanyak 221 gerobak disita petugas kemarin.", (221, "gerobak", "exact")),
        ("Ada 40 sepeda dicuri warga pendatang.", (40, "sepeda", "exact")),
    ],
)
def test_an_indonesian_count_is_of_the_word_right_after_it(text, expected):
    assert expected in counts(text, "id")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the specific people counted before win over a verb's generic object
        ("The blast killed 6 miners and injured 22 others.", "en", (22, "miners", "exact")),
        ("At least 9 students were killed and 4 injured.", "en", (4, "students", "exact")),
        ("Ledakan menewaskan 5 pekerja dan melukai 17 lainnya.", "id", (17, "pekerja", "exact")),
        # with no specific noun before, the verb's object stands
        ("The blast killed 6 and injured 22 others.", "en", (22, "people", "exact")),
    ],
)
def test_others_after_a_count_of_specific_people_are_more_of_them(text, lang, expected):
    assert expected in counts(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "not_a_count"),
    [
        # an age between commas after a name
        ("Okafor, 58, a retired teacher, was released on bail.", "en", 58),
        ("Warga bernama Sulastri, 47, mengaku rumahnya hanyut.", "id", 47),
        # a floor is a place in a series
        ("Api bermula dari lantai tiga gedung itu.", "id", 3),
        ("Korban ditemukan di lantai 4 pusat belanja.", "id", 4),
    ],
)
def test_an_age_in_apposition_or_a_floor_counts_nothing(text, lang, not_a_count):
    # an age is kept with its own label, "age", never as a count of anything
    assert not_a_count not in [value for value, label, _ in counts(text, lang) if label != "age"]


def test_a_number_word_after_ke_still_counts_in_indonesian():
    assert (3, "kota", "exact") in counts("Bantuan dikirim ke tiga kota di Jawa Timur.", "id")


def test_a_verb_of_displacement_counts_people_only_right_before_the_count():
    text = "The floods forced the evacuation of more than 2,000 on Monday."
    assert counts(text, "en") == [(2000, "", "more_than")]
