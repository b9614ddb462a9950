"""Rules added after review 26 (the lead's held-out sets k1-k4, gold 247-250): a headline's
exact toll over a body that only bounds it from below. Pinned with sentences written for
these tests."""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type, run

# --- a headline's exact count over the body's lower bound of the same outcome ---

_FLOOD_EN = (
    "Flash floods hit northern Sumatra",
    "MEDAN, Mar 4 (Harbour Wire) - Flash floods swept through villages in northern Sumatra "
    "on Wednesday, {toll}, officials said.\n\n"
    "Rescuers were searching the riverbanks for residents swept away by the water.",
)


def _flood_id(title: str, toll: str) -> tuple[str, str]:
    return (
        title,
        "Banjir bandang menerjang sejumlah desa di Sumatra Utara pada Rabu (4/3/2026). "
        f"{toll}\n\n"
        "Tim SAR masih menyisir tepian sungai untuk mencari warga yang hanyut.",
    )


@pytest.mark.parametrize(
    ("title", "toll", "figure"),
    [
        ("Banjir Bandang Terjang Sumut, 17 Orang Tewas", "Sedikitnya tujuh orang tewas.", "17"),
        (
            "Banjir Bandang di Sumut, 24 Warga Meninggal",
            "Sedikitnya empat warga meninggal dunia akibat banjir.",
            "24",
        ),
    ],
)
def test_a_headline_toll_above_the_body_lower_bound_it_never_writes_is_a_mismatch(
    title, toll, figure
):
    en_title, en_body = _FLOOD_EN
    wire = (en_title, en_body.format(toll="killing at least seven people"))
    report = run(wire, _flood_id(title, toll))
    assert [f for f in of_type(report, "headline_mismatch") if mentions(f, figure)]


@pytest.mark.parametrize(
    ("title", "toll", "figure"),
    [
        ("30 killed as flash floods hit Sumatra", "killing at least three people", "30"),
        ("Sumatra floods leave 12 dead", "killing at least two people", "12"),
    ],
)
def test_an_english_headline_toll_above_its_body_lower_bound_is_a_mismatch(title, toll, figure):
    _, en_body = _FLOOD_EN
    rewrite = _flood_id("Banjir Bandang Terjang Sumut", "Sedikitnya tiga orang tewas.")
    report = run((title, en_body.format(toll=toll)), rewrite)
    assert [f for f in of_type(report, "headline_mismatch") if mentions(f, figure)]


@pytest.mark.parametrize(
    ("title", "toll"),
    [
        # the headline repeats the body's bound
        ("Banjir Bandang Terjang Sumut, 7 Orang Tewas", "Sedikitnya tujuh orang tewas."),
        # the body writes the headline's toll as well as an earlier bound
        (
            "Banjir Bandang Terjang Sumut, 17 Orang Tewas",
            "Sedikitnya tujuh orang tewas pada Rabu pagi. Hingga malam, korban tewas "
            "bertambah menjadi 17 orang.",
        ),
        # the headline counts another thing than the bound does, and the body writes it
        (
            "Banjir Bandang Terjang Sumut, 17 Rumah Hanyut",
            "Sedikitnya tujuh orang tewas dan 17 rumah hanyut.",
        ),
    ],
)
def test_a_headline_toll_the_body_supports_is_no_mismatch(title, toll):
    en_title, en_body = _FLOOD_EN
    wire = (en_title, en_body.format(toll="killing at least seven people"))
    report = run(wire, _flood_id(title, toll))
    assert not [f for f in of_type(report, "headline_mismatch") if mentions(f, "17", "7 ")]
