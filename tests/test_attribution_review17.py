"""Attribution after blind review 17: an agent cue ("mencatat") followed by what a player
achieved ("mencatat waktu 10,52 detik", "mencatat rekor") reports nothing, while a body
that records a figure ("BPS mencatat inflasi ...") stays a source."""

from __future__ import annotations

import pytest

from compare_helpers import run


def _sources(text: str) -> list[str]:
    report = run(("Kabar Olahraga", text), ("Kabar Lain", "Hujan turun di kota itu pada Senin."))
    return [str(f.value) for f in report.articles[0].facts if f.kind == "attribution"]


@pytest.mark.parametrize(
    "text",
    [
        "Pelari asal Kupang, Rizal Fadli, mencatat waktu 10,52 detik di final 100 meter.",
        "Perenang muda Nadia Halim mencatat rekor baru 58,31 detik di nomor 100 meter gaya bebas.",
        "Tim tuan rumah mencatat kemenangan ketiga beruntun dengan skor 3-1.",
    ],
)
def test_an_achievement_after_an_agent_cue_names_no_source(text):
    assert _sources(text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Badan Pusat Statistik mencatat inflasi Oktober sebesar 2,1 persen.",
            "Badan Pusat Statistik",
        ),
        ("Polisi mencatat 14 kecelakaan selama libur panjang pekan lalu.", "Polisi"),
    ],
)
def test_a_body_recording_a_figure_is_still_a_source(text, source):
    assert any(source in s for s in _sources(text))
