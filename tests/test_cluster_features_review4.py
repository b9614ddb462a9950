"""Names joined by a hyphen ("Sofia-Burgas", "Forum Bisnis Indonesia-Chile") count each
(fourth review): a report that writes the route or the pair of countries as one compound
shares those names with reports that write them apart (docs/corpus.md)."""

from __future__ import annotations

import pytest

from kroscek.cluster.features import _text_terms, _tokens


def _names(text: str) -> set[str]:
    names, _, _ = _text_terms(_tokens(text))
    return set(names)


@pytest.mark.parametrize(
    ("text", "parts", "counted"),
    [
        pytest.param(
            "The express on the Sofia-Burgas line left the rails near Stryama on Thursday.",
            {"sofia", "burgas"},
            True,
            id="en-route-of-two-cities",
        ),
        pytest.param(
            "Forum Bisnis Indonesia-Chile di Jakarta menghasilkan empat kesepakatan dagang.",
            {"indonesia", "chile"},
            True,
            id="id-pair-of-countries",
        ),
        pytest.param(
            "Kapal rute Ambon-Namlea-Leksula terbakar di perairan utara Pulau Buru.",
            {"ambon", "namlea", "leksula"},
            True,
            id="id-route-of-three-ports",
        ),
        pytest.param(
            "Menurut polisi, Pihak-pihak yang terlibat sudah diperiksa di Mapolres Bulungan.",
            {"pihak"},
            False,
            id="id-reduplicated-word",
        ),
        pytest.param(
            "Rescuers said the Park Ji-hoon match in Palembang was not affected by the rain.",
            {"ji", "hoon"},
            False,
            id="en-given-name-with-a-lower-case-part",
        ),
        pytest.param(
            "Indonesia's anti-graft agency named the regent of Ogan Ilir a suspect on Monday.",
            {"anti", "graft"},
            False,
            id="en-lower-case-compound",
        ),
    ],
)
def test_each_name_of_a_hyphenated_compound_of_names_counts_and_no_other_part(
    text: str, parts: set[str], counted: bool
) -> None:
    names = _names(text)
    if counted:
        assert parts <= names
        assert "-".join(sorted(parts, key=text.lower().index)) in names  # the compound too
    else:
        assert not parts & names
