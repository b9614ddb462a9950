"""Entity classes of the review-17 second pass: Indonesian administrative heads in English
text, places in Title Case headlines, offices before a one-word name, initials."""

from __future__ import annotations

import pytest

from kroscek.extract.entities import recognise


def found(text: str, lang: str = "id", field: str = "text") -> dict[str, tuple[str, str]]:
    return {f.text: (f.label, f.value) for f in recognise(text, lang, field=field)}


@pytest.mark.parametrize(
    ("text", "place", "place_id"),
    [
        (
            "Flooding hit Kabupaten Tirtowangi, officials said.",
            "Kabupaten Tirtowangi",
            "LOC:tirtowangi",
        ),
        ("Kecamatan Rawasepi was cut off after the storm.", "Kecamatan Rawasepi", "LOC:rawasepi"),
        ("Rescuers reached Desa Lumbanglor on foot.", "Desa Lumbanglor", "LOC:lumbanglor"),
        ("Aid was flown to Kabupaten Garut on Friday.", "Kabupaten Garut", "LOC:garut"),
    ],
)
def test_an_indonesian_administrative_head_names_a_place_in_english_text(
    text: str, place: str, place_id: str
) -> None:
    assert found(text, "en")[place] == ("LOC", place_id)
