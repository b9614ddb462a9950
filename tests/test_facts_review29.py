"""Facts review 29: parts of a group named before, as the number reader tells them.

A part ("Six of the victims were Malaysian", "tujuh penumpang Malaysia dan empat wisatawan")
is no figure of its own a reader could look for in another text: it is marked ``implied``
(its noun told by the group) or carries the ``whole`` it belongs to, so that compare neither
reports it alone as news nor sets it against the total. Sentences written for this file.
"""

from __future__ import annotations

import pytest

from kroscek.data import Fact
from kroscek.extract.dates import extract_dates
from kroscek.extract.numbers import extract_numbers


def _numbers(text: str, lang: str) -> dict[str, Fact]:
    """Every figure by its text, dates kept out as the pipeline does."""
    dates = extract_dates(text, lang)
    return {f.text: f for f in extract_numbers(text, lang, blocked=dates.claimed)}


# --- English: a part of a group named before --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "label", "event"),
    [
        (
            "Ten tourists died when the boat sank. Six of the dead were Malaysian, police said.",
            "Six of the dead",
            "deaths",
            "killed",
        ),
        (
            "Ten tourists died when the boat sank. Six of the victims were Malaysian.",
            "Six of the victims",
            "victims",
            None,
        ),
        (
            "Ten tourists died. Six of the dead were Malaysian and four were Japanese nationals.",
            "four were Japanese nationals",
            "nationals",
            "killed",
        ),
        (
            "Gunmen seized 30 villagers. Two of the hostages were freed on Friday.",
            "Two of the hostages",
            "hostages",
            "hostage",
        ),
        (
            "Forty people were hurt in the blast. Five of the injured were nurses.",
            "Five of the injured",
            "nurses",
            "injured",
        ),
    ],
)
def test_an_english_part_of_a_group_named_before_is_marked_implied(
    text: str, figure: str, label: str, event: str | None
) -> None:
    found = _numbers(text, "en")
    assert figure in found, sorted(found)
    fact = found[figure]
    assert (fact.label, fact.attrs.get("event")) == (label, event)
    assert fact.attrs.get("implied") is True


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Ten tourists died when the boat sank off the coast.", "Ten tourists"),
        ("Six Malaysian tourists were among the passengers.", "Six Malaysian tourists"),
        ("The ministry said 40 nurses of the provincial hospital went on strike.", "40 nurses"),
        ("Police detained 12 people after the match.", "12 people"),
    ],
)
def test_a_count_of_its_own_stays_a_figure_of_its_own(text: str, figure: str) -> None:
    found = _numbers(text, "en")
    assert figure in found, sorted(found)
    assert not found[figure].attrs.get("implied")


def test_a_number_subject_of_were_without_a_demonym_is_no_part() -> None:
    found = _numbers("The army fired 12 drones. Two were Chinese-made.", "en")
    assert [f.text for f in found.values() if f.value == 2.0] == []


# --- Indonesian: the parts of a breakdown, past each part's origin ------------------------------


@pytest.mark.parametrize(
    ("text", "whole", "parts"),
    [
        (
            "Sebanyak 11 penumpang tewas, terdiri atas tujuh penumpang Malaysia dan empat "
            "wisatawan asal Jepang.",
            11.0,
            ["tujuh penumpang", "empat wisatawan"],
        ),
        (
            "Sekitar 40 rumah rusak berat, terdiri atas 25 rumah Desa Sukamaju dan 15 rumah "
            "lainnya.",
            40.0,
            ["25 rumah", "15 rumah"],
        ),
        (
            "Korban tewas berjumlah 9 orang, terdiri atas lima pekerja Indonesia, tiga pekerja "
            "Vietnam dan seorang pengawas asal Korea.",
            9.0,
            ["lima pekerja", "tiga pekerja"],
        ),
    ],
)
def test_each_part_of_an_indonesian_breakdown_keeps_its_whole_past_its_origin(
    text: str, whole: float, parts: list[str]
) -> None:
    found = _numbers(text, "id")
    for part in parts:
        assert part in found, sorted(found)
        assert found[part].attrs.get("whole") == whole
        assert found[part].attrs.get("implied") is True


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a later count after a name is no part of the count before it
        (
            "Sebanyak 11 penumpang tewas di Selat Bali dan 40 penumpang lain selamat.",
            "40 penumpang",
        ),
        ("Sekitar 40 rumah rusak di Desa Sukamaju, sementara 60 rumah terendam.", "60 rumah"),
    ],
)
def test_an_indonesian_count_without_a_breakdown_cue_keeps_no_whole(text: str, figure: str) -> None:
    found = _numbers(text, "id")
    assert figure in found, sorted(found)
    assert found[figure].attrs.get("whole") is None


# --- a revised total after an addition, whatever verb gives it ----------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "figure", "revised"),
    [
        (
            "Dengan tambahan ini, jumlah perempuan yang dipulangkan tercatat 14 orang.",
            "id",
            "14 orang",
            True,
        ),
        ("Dengan tambahan itu, jumlah korban tewas mencapai 30 orang.", "id", "30 orang", True),
        (
            "Dengan penambahan tersebut, total pengungsi berjumlah 1.200 orang.",
            "id",
            "1.200 orang",
            True,
        ),
        (
            "With the new arrivals, the number of women reached 19 people.",
            "en",
            "19 people",
            True,
        ),
        # no addition opens the sentence: a count, not a revision
        ("Pengungsi di posko itu tercatat 1.200 orang.", "id", "1.200 orang", False),
        ("The number of women reached 19 people on Monday.", "en", "19 people", False),
    ],
)
def test_a_total_given_after_an_addition_is_marked_revised(
    text: str, lang: str, figure: str, revised: bool
) -> None:
    found = _numbers(text, lang)
    assert figure in found, sorted(found)
    assert bool(found[figure].attrs.get("revised")) is revised
