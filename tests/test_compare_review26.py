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


# --- a term in a reported claim, quoted from the claimant by the other outlet ---

_RALLY_QUOTED_ID = (
    "Unjuk Rasa Tolak Kenaikan Tarif Air di Depan Balai Kota",
    "Ratusan demonstran berunjuk rasa di depan Balai Kota pada Selasa (3/3/2026) menolak "
    "kenaikan tarif air.\n\n"
    '"Kami hanya membubarkan perusuh yang melempar batu," kata Kapolres setempat.',
)
_RALLY_QUOTED_EN = (
    "Protest against water tariff rise outside city hall",
    "Hundreds of protesters rallied outside city hall on Tuesday against a water tariff "
    "rise.\n\n"
    '"We only dispersed rioters who threw stones," the local police chief said.',
)


@pytest.mark.parametrize(
    ("quoted", "claimed", "term"),
    [
        (
            _RALLY_QUOTED_ID,
            (
                "Demo Tarif Air Dibubarkan Paksa",
                "Ratusan demonstran berunjuk rasa di depan Balai Kota pada Selasa (3/3/2026) "
                "menolak kenaikan tarif air.\n\n"
                "Polisi mengklaim hanya membubarkan perusuh yang melempar batu.",
            ),
            "perusuh",
        ),
        (
            _RALLY_QUOTED_EN,
            (
                "Water tariff rally broken up",
                "Hundreds of protesters rallied outside city hall on Tuesday against a water "
                "tariff rise.\n\n"
                "Police claimed they only dispersed rioters who threw stones.",
            ),
            "rioters",
        ),
    ],
)
def test_a_term_in_a_reported_claim_the_other_outlet_quotes_from_the_claimant_is_no_frame(
    quoted, claimed, term
):
    report = run(quoted, claimed)
    assert not [f for f in of_type(report, "framing") if mentions(f, term)]


@pytest.mark.parametrize(
    ("plain", "claimed", "term"),
    [
        (
            (
                "Unjuk Rasa Tolak Kenaikan Tarif Air",
                "Ratusan demonstran berunjuk rasa di depan Balai Kota pada Selasa (3/3/2026) "
                "menolak kenaikan tarif air. Polisi membubarkan massa pada sore hari.",
            ),
            (
                "Demo Tarif Air Dibubarkan",
                "Ratusan demonstran berunjuk rasa di depan Balai Kota pada Selasa (3/3/2026) "
                "menolak kenaikan tarif air. Polisi mengklaim hanya membubarkan perusuh.",
            ),
            "perusuh",
        ),
    ],
)
def test_a_term_in_a_reported_claim_nobody_quotes_still_frames(plain, claimed, term):
    """Only the other outlet's quote makes the word the claimant's: an outlet may put its
    own word in a claim it reports."""
    report = run(plain, claimed)
    assert [f for f in of_type(report, "framing") if mentions(f, term)]
