"""The one reading of outcome words (``outcomes_in``) that the rules asking what befell a
figure's people share, and the per-article map of each figure's sheltered event. Pinned
with sentences written for these tests."""

from __future__ import annotations

import pytest

from kroscek.compare.findings.claims.tolls import outcomes_in, sheltered, sheltered_events
from test_extract_linking import article


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "id",
            "Banjir bandang di desa itu menewaskan tiga warga dan melukai lima lainnya.",
            ["killed", "injured"],
        ),
        ("id", "Dua pendaki hilang dan satu orang ditemukan pingsan.", ["missing", "fainted"]),
        ("en", "The blast killed four workers and wounded nine others.", ["killed", "injured"]),
        ("id", "Harga cabai di pasar itu naik tajam pekan ini.", []),
    ],
)
def test_outcomes_in_reads_outcome_words_in_order(
    lang: str, text: str, expected: list[str]
) -> None:
    art = article(1, text, lang)
    found = outcomes_in(art, "text", 0, len(text))
    assert [e for _, e in found] == expected
    assert [off for off, _ in found] == sorted(off for off, _ in found)


@pytest.mark.parametrize(
    ("text", "cut", "expected"),
    [
        ("Longsor menewaskan dua warga; tiga lainnya terluka.", "tiga", ["injured"]),
        ("Longsor menewaskan dua warga; tiga lainnya terluka.", "Longsor", ["killed", "injured"]),
    ],
)
def test_outcomes_in_reads_only_its_span(text: str, cut: str, expected: list[str]) -> None:
    art = article(1, text)
    assert [e for _, e in outcomes_in(art, "text", text.index(cut), len(text))] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "id",
            "Sebanyak 120 warga dievakuasi ke dua titik pengungsian, sementara 3 orang tewas.",
            {"120 warga": "displaced", "3 orang": "killed"},
        ),
        (
            "id",
            "Dua dari tujuh napi yang kabur berhasil ditangkap kembali.",
            {"Dua": "arrested", "tujuh napi": "escaped"},
        ),
        (
            "en",
            "The quake killed 12 people and injured 40 others.",
            {"12 people": "killed", "40 others": "injured"},
        ),
    ],
)
def test_sheltered_events_give_each_figure_its_own_event(
    lang: str, text: str, expected: dict[str, str]
) -> None:
    art = article(1, text, lang)
    numbers = [f for f in art.facts if f.kind == "number" and f.field == "text"]
    events = sheltered_events(art)
    assert events == {id(f): sheltered(art, f, f.attrs.get("event")) for f in numbers}
    by_text = {f.text: events[id(f)] for f in numbers}
    assert {k: by_text.get(k) for k in expected} == expected
