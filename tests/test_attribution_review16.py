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


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Sebanyak 58 peziarah wafat sejak awal bulan.\n\nData tersebut disampaikan Kementerian "
            "Agama, Senin (1/3/2027).",
            "Kementerian Agama",
        ),
        (
            "Ekspor naik 4 persen pada Februari. Angka itu diungkapkan Badan Pusat Statistik di "
            "Jakarta.",
            "Badan Pusat Statistik",
        ),
        ("Pesan itu disampaikan kepada warga lewat pengeras suara masjid.", None),
        ("Hasil seleksi diumumkan melalui situs resmi panitia.", None),
    ],
)
def test_a_passive_telling_names_its_teller_not_its_audience(text, source):
    facts = [f for f in extract_attributions(text, "id") if f.label == "attributed"]
    assert [f.value for f in facts] == ([source] if source else [])


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        (
            "Sebanyak 58 peziarah wafat sejak awal bulan. Sebagian besar wafat karena "
            "kelelahan.\n\nData tersebut disampaikan Kementerian Agama, Senin (1/3/2027).",
            "Sebanyak 58 peziarah",
        ),
        (
            # inside one paragraph the words point back at the sentence before only
            "Sebanyak 58 peziarah wafat sejak awal bulan. Sebagian besar wafat karena "
            "kelelahan. Data tersebut disampaikan Kementerian Agama, Senin (1/3/2027).",
            "Sebagian besar",
        ),
    ],
)
def test_a_pointing_back_telling_that_opens_a_paragraph_covers_the_paragraph_before(text, covered):
    (fact,) = [f for f in extract_attributions(text, "id") if f.label == "attributed"]
    start, _ = fact.attrs["scope"]
    assert text[start:].startswith(covered)
