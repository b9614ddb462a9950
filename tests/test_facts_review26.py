"""Facts review 26: the extraction side of four held-out sets.

Buried or trapped people are no toll ("tertimbun" is trapped, "tewas tertimbun" killed); a
generic count whose clause opens with the tally of a trade counts that trade; a one included
in a count just given is no count of its own; an English forecast ("expects") is attributed
as "memperkirakan" is; a place that recorded a figure is no source of it.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from kroscek.data import Article
from kroscek.extract.core import extract_facts
from kroscek.extract.numbers import extract_numbers


def _sources(text: str, lang: str = "en") -> list[str]:
    art = Article(
        id="t", source="t", title="", text=text, published=datetime(2026, 3, 2), lang=lang
    )
    return [str(f.value).lower() for f in extract_facts(art).facts if f.kind == "attribution"]


def _counts(text: str, lang: str = "id") -> list[tuple[float, str, object]]:
    return [(f.value, f.label, f.attrs.get("event")) for f in extract_numbers(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sedikitnya 12 pekerja tambang tertimbun material longsor.", (12.0, "trapped")),
        ("Delapan petani terkubur lumpur saat banjir bandang menerjang.", (8.0, "trapped")),
        ("Tiga pekerja tewas tertimbun reruntuhan gedung.", (3.0, "killed")),
        ("Empat pendaki meninggal dunia tertimbun salju longsor.", (4.0, "killed")),
    ],
)
def test_buried_people_are_trapped_unless_killed(text: str, expected: tuple[float, str]) -> None:
    value, event = expected
    assert (value, event) in [(v, e) for v, _, e in _counts(text)]


@pytest.mark.parametrize(
    ("text", "lang", "value", "label"),
    [
        (
            "Total nelayan yang melaut di perairan itu saat badai datang berjumlah 40 orang.",
            "id",
            40.0,
            "nelayan",
        ),
        ("Jumlah pendaki yang terdaftar di pos pagi itu mencapai 85 orang.", "id", 85.0, "pendaki"),
        (
            "The number of climbers registered at the post that morning reached 85 people.",
            "en",
            85.0,
            "climbers",
        ),
    ],
)
def test_generic_count_takes_the_trade_its_clause_tallies(
    text: str, lang: str, value: float, label: str
) -> None:
    assert (value, label) in [(v, lab) for v, lab, _ in _counts(text, lang)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Jumlah jemaah yang wafat hingga pekan ini mencapai 64 orang.", 64.0),
        ("Jumlah warga yang mengungsi mencapai 300 orang.", 300.0),
    ],
)
def test_toll_keeps_its_generic_noun_when_its_subject_names_people(text: str, value: float) -> None:
    found = [(v, lab) for v, lab, e in _counts(text) if e]
    assert found == [(value, "orang")]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Penyidik menangkap empat orang, termasuk seorang bendahara desa.", 4.0),
        ("Polisi menahan lima orang lain, termasuk seorang sopir truk.", 5.0),
    ],
)
def test_one_included_in_a_count_is_no_count_of_its_own(text: str, count: float) -> None:
    assert [v for v, _, _ in _counts(text)] == [count]


@pytest.mark.parametrize(
    "text",
    [
        "Penyidik menangkap seorang bendahara desa.",
        "Seorang penambang tewas tertimbun longsor.",
    ],
)
def test_one_with_its_own_outcome_still_counts(text: str) -> None:
    assert 1.0 in [v for v, _, _ in _counts(text)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The port authority expects 2.4 million travellers over the holiday.", "port authority"),
        ("The central bank expects inflation to ease to 2.5 percent next year.", "central bank"),
    ],
)
def test_expects_attributes_a_forecast(text: str, source: str) -> None:
    assert any(source in v for v in _sources(text))


@pytest.mark.parametrize(
    ("text", "source", "attributed"),
    [
        ("Vietnam recorded more than 40,000 measles cases last year.", "vietnam", False),
        ("Kenya recorded 1,200 new cholera cases in March.", "kenya", False),
        ("The health agency recorded 1,200 new cholera cases in March.", "agency", True),
        ("Police recorded 14 burglaries in the district in May.", "police", True),
    ],
)
def test_recorded_attributes_a_body_not_a_place(text: str, source: str, attributed: bool) -> None:
    assert any(source in v for v in _sources(text)) is attributed
