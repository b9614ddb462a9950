"""Attribution after blind review 16: the noun "klaim" pointing back ("membantah klaim
tersebut", "Klaim itu disampaikan ...") names what was claimed before, not a new claim with
"tersebut" or "itu" as its source."""

from __future__ import annotations

import pytest

from kroscek.extract.attribution import extract_attributions


@pytest.mark.parametrize(
    "text",
    [
        "Juru bicara Polda menolak klaim tersebut.",
        "Klaim itu disampaikan lewat sebuah video pada Kamis malam.",
        "Warga meragukan klaim ini karena tidak ada bukti foto.",
    ],
)
def test_a_claim_pointed_back_at_is_no_new_claim(text):
    facts = extract_attributions(text, "id")
    assert not [f for f in facts if f.label == "claimed"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Pemerintah menolak klaim Israel bahwa rumah sakit itu markas militer.", "Israel"),
        ("Polisi membantah klaim Walhi bahwa sungai itu tercemar limbah.", "Walhi"),
    ],
)
def test_a_claim_naming_its_claimant_is_still_read(text, source):
    facts = [f for f in extract_attributions(text, "id") if f.label == "claimed"]
    assert [f.value for f in facts] == [source]
