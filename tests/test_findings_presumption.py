"""One outlet keeps an arrested person a suspect, another names them the culprit."""

from __future__ import annotations

import pytest

from kroscek.compare import compare
from kroscek.data import RawArticle

_ALLEGED_ID = RawArticle(
    origin="a.txt",
    source="Kabar Lembah",
    title="Polisi Tangkap Terduga Pembunuh Penjual Bakso di Sukamaju",
    text=(
        "Polres Lembah Hijau menangkap seorang pria berinisial TS (31) yang diduga membunuh "
        "penjual bakso MN (45) di Desa Sukamaju, Senin (3/3/2025) malam.\n\n"
        "Kasat Reskrim Polres Lembah Hijau AKP Rudi Hartono mengatakan TS ditangkap di rumah "
        "saudaranya kurang dari sehari setelah kejadian. Motifnya diduga utang Rp3 juta."
    ),
)


def _other(title: str, lead: str) -> RawArticle:
    return RawArticle(
        origin="b.txt",
        source="Warta Desa",
        title=title,
        text=(
            f"{lead}\n\n"
            "Kasat Reskrim Polres Lembah Hijau AKP Rudi Hartono mengatakan TS ditangkap di rumah "
            "saudaranya di Desa Sukamaju pada Selasa pagi. Motifnya utang Rp3 juta."
        ),
    )


def _presumption(report_findings: tuple) -> list:
    return [f for f in report_findings if f.slot == "framing:presumption"]


def test_a_lead_naming_the_arrested_man_the_killer_is_framing_against_one_keeping_him_a_suspect():
    guilty = _other(
        "Pembunuh Penjual Bakso di Sukamaju Ditangkap",
        "Polres Lembah Hijau menangkap TS (31), pelaku pembunuhan penjual bakso MN (45) di Desa "
        "Sukamaju, Senin (3/3/2025) malam.",
    )
    (finding,) = _presumption(compare([_ALLEGED_ID, guilty]).findings)
    assert finding.type == "framing"
    assert [e.text for e in finding.evidence] == ["Terduga Pembunuh", "Pembunuh"]
    assert "Kabar Lembah" in finding.message and "Warta Desa" in finding.message


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        pytest.param(
            "Terduga Pembunuh Penjual Bakso Ditangkap",
            "Polres Lembah Hijau menangkap TS (31), terduga pelaku pembunuhan penjual bakso MN "
            "(45) di Desa Sukamaju, Senin (3/3/2025) malam.",
            id="both-keep-him-a-suspect",
        ),
        pytest.param(
            "Penjual Bakso Tewas Dibunuh di Sukamaju",
            "Seorang penjual bakso MN (45) tewas ditusuk di Desa Sukamaju, Senin (3/3/2025) "
            'malam. "Pelaku sudah kami amankan," kata Kapolres.',
            id="the-culprit-only-in-a-quote",
        ),
    ],
)
def test_no_presumption_finding_when_the_other_lead_does_not_call_him_the_culprit(
    title: str, lead: str
) -> None:
    assert _presumption(compare([_ALLEGED_ID, _other(title, lead)]).findings) == []


def test_an_unknown_culprit_still_at_large_presumes_no_one() -> None:
    at_large = RawArticle(
        origin="b.txt",
        source="Warta Desa",
        title="Penjual Bakso Dibunuh, Pelaku Masih Diburu",
        text=(
            "Pelaku pembunuhan penjual bakso MN (45) di Desa Sukamaju, Senin (3/3/2025) malam, "
            "masih diburu polisi.\n\nWarga melihat seorang pria kabur dengan sepeda motor."
        ),
    )
    suspect = RawArticle(
        origin="a.txt",
        source="Kabar Lembah",
        title="Penjual Bakso Tewas di Sukamaju, Polisi Periksa Tiga Saksi",
        text=(
            "Polisi memeriksa tiga saksi yang melihat terduga pelaku pembunuhan penjual bakso MN "
            "(45) di Desa Sukamaju, Senin (3/3/2025) malam.\n\nPolisi belum menetapkan tersangka."
        ),
    )
    assert _presumption(compare([suspect, at_large]).findings) == []


def test_english_leads_are_read_with_english_words() -> None:
    suspect = RawArticle(
        origin="a.txt",
        source="Harbour Daily",
        title="Man arrested on suspicion of stabbing market trader",
        text=(
            "Police in Port Ellis arrested a 31-year-old man suspected of stabbing a market "
            "trader to death on Monday night, the city's police chief said.\n\n"
            "The trader, 45, died on the way to hospital."
        ),
    )
    culprit = RawArticle(
        origin="b.txt",
        source="Ellis Evening Post",
        title="Market trader's killer caught within a day",
        text=(
            "The killer of a market trader stabbed in Port Ellis on Monday night was arrested "
            "less than a day later, police said.\n\nThe trader, 45, died on the way to hospital."
        ),
    )
    (finding,) = _presumption(compare([suspect, culprit]).findings)
    assert [e.text for e in finding.evidence] == ["suspected", "The killer"]


def test_business_people_are_no_culprits() -> None:
    traders = RawArticle(
        origin="b.txt",
        source="Warta Desa",
        title="Pelaku Usaha Pasar Sukamaju Resah",
        text=(
            "Pelaku usaha di Pasar Sukamaju resah setelah penjual bakso MN (45) tewas ditusuk "
            "Senin malam. Polisi sudah menangkap seorang pria.\n\nPasar tetap buka."
        ),
    )
    assert _presumption(compare([_ALLEGED_ID, traders]).findings) == []
