"""An amount written against its currency ("Rp95.000", "RM4,50") or a magnitude against its
"M" ("M5,9") is a figure of the article (sixth review): tokenised as one word, the amount was
a name ("rp95") and a number "000" that every price shared, or no number at all ("Rp14,2")."""

from __future__ import annotations

from datetime import datetime

import pytest

from kroscek.cluster.features import Signature, sign_batch, term_hash
from kroscek.data import Article, content_id


def signed(text: str, lang: str = "id") -> Signature:
    art = Article(
        content_id("o", "Judul", text), "o", "Judul", text, None, datetime(2025, 9, 1), lang
    )
    return sign_batch([art])[0]


def number(value: str) -> int:
    return term_hash("n", value)


@pytest.mark.parametrize(
    ("glued", "spaced", "figure"),
    [
        pytest.param(
            "Harga cabai rawit di Pasar Baru naik menjadi Rp95.000 per kilogram pada Senin.",
            "Harga cabai rawit di Pasar Baru naik menjadi Rp 95.000 per kilogram pada Senin.",
            "95000",
            id="id-price-in-rupiah",
        ),
        pytest.param(
            "Jaksa menyebut kerugian negara Rp14,2 miliar dalam proyek dermaga itu.",
            "Jaksa menyebut kerugian negara Rp 14,2 miliar dalam proyek dermaga itu.",
            "142",
            id="id-loss-in-billions-with-a-decimal-comma",
        ),
        pytest.param(
            "Harga minyak masak di pasar borong Selayang naik kepada RM4,50 sebungkus.",
            "Harga minyak masak di pasar borong Selayang naik kepada RM 4,50 sebungkus.",
            "450",
            id="ms-price-in-ringgit",
        ),
        pytest.param(
            "Gempa M5,9 mengguncang Kabupaten Sigi pada Senin siang.",
            "Gempa magnitudo 5,9 mengguncang Kabupaten Sigi pada Senin siang.",
            "59",
            id="id-magnitude",
        ),
    ],
)
def test_an_amount_glued_to_its_currency_is_the_same_figure_as_one_written_apart(
    glued: str, spaced: str, figure: str
) -> None:
    a, b = signed(glued), signed(spaced)
    assert number(figure) in a.figures
    assert a.figures == b.figures


@pytest.mark.parametrize(
    ("one", "other"),
    [
        pytest.param(
            "Harga beras medium di Pasar Sentral naik menjadi Rp14.500 per kilogram.",
            "Harga bawang merah di Pasar Inpres turun menjadi Rp38.000 per kilogram.",
            id="id-two-prices-in-thousands",
        ),
        pytest.param(
            "Tiket kapal cepat ke Pulau Bintan kini Rp260.000 sekali jalan.",
            "Tarif parkir inap di bandara menjadi Rp120.000 per hari.",
            id="id-two-fares",
        ),
    ],
)
def test_two_different_prices_share_no_figure(one: str, other: str) -> None:
    assert signed(one).figures.isdisjoint(signed(other).figures)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Pencarian MH370 dilanjutkan di Samudra Hindia selatan.", id="flight-code"),
        pytest.param("Model M3 terbaru dipamerkan di Jakarta pekan ini.", id="model-name"),
    ],
)
def test_a_code_of_letters_and_digits_stays_a_name(text: str) -> None:
    assert not signed(text).figures
