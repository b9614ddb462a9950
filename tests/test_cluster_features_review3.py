"""Recap clauses: a lead that ties its event to an earlier look-alike one (third review).

"Sehari setelah menangkap Bupati Lampung Timur, KPK kembali menahan ..." names the other
event; its names and numbers are left out of the article's name set, so that a report of
one arrest does not score with the reports of the arrest its lead recalls (docs/corpus.md).
"""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import pytest

from kroscek.cluster.features import _tokens, recap_spans, sign_batch
from kroscek.data import Article


def _recaps(text: str) -> list[str]:
    tokens = _tokens(text)
    return [" ".join(tokens[a:b]) for a, b in recap_spans(tokens)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "JAKARTA - Sehari setelah menangkap Bupati Ogan Ilir, KPK kembali menahan pejabat.",
            ["setelah menangkap Bupati Ogan Ilir"],
            id="time-span-and-sequence-word-open-the-lead",
        ),
        pytest.param(
            "Usai OTT Lampung Timur, KPK Tahan Kepala Dinkes Bitung",
            ["Usai OTT Lampung Timur"],
            id="headline-opened-by-usai",
        ),
        pytest.param(
            "Setelah banjir di Garut dan Sumedang pekan ini, giliran Subang terendam.",
            ["Setelah banjir di Garut dan Sumedang pekan ini"],
            id="sentence-opened-by-setelah",
        ),
        pytest.param(
            "Sehari setelah longsor di Campaka, Cianjur, banjir melanda Pati. Air naik.",
            ["setelah longsor di Campaka , Cianjur"],
            id="runs-over-a-list-of-names-set-off-by-commas",
        ),
        pytest.param(
            "Air naik sejak pagi. Sebelumnya, banjir juga melanda Garut dan Sumedang. Warga panik.",
            ["Sebelumnya , banjir juga melanda Garut dan Sumedang"],
            id="a-sentence-opened-by-sebelumnya",
        ),
        pytest.param(
            "A day after arresting the Ogan Ilir regent, KPK agents detained Darwis Simatupang.",
            ["after arresting the Ogan Ilir regent"],
            id="english-a-day-after",
        ),
        pytest.param(
            "The fire was out by noon. Separately, floods hit Pati and Sampang on Tuesday.",
            ["Separately , floods hit Pati and Sampang on Tuesday"],
            id="english-separately",
        ),
        pytest.param(
            "Persebaya unggul setelah Kadek Ariawan melanggar Toni Saputra, lalu menyerang.",
            [],
            id="sequence-word-inside-a-sentence-is-no-recap",
        ),
        pytest.param(
            "Warga mengungsi. Sebelumnya warga Garut sudah diperingatkan.",
            [],
            id="sebelumnya-without-its-comma-is-no-recap",
        ),
        pytest.param(
            "Gempa terjadi setelah hujan deras di Banten, kata BMKG.",
            [],
            id="setelah-within-the-sentence-is-no-recap",
        ),
        pytest.param(
            "Gempa terjadi sebelas jam setelah gempa di Banten, kata BMKG.",
            ["setelah gempa di Banten"],
            id="a-time-distance-makes-a-recap-within-the-sentence",
        ),
        pytest.param(
            "The tremor came about 11 hours after a quake struck off Banten, to the west.",
            ["after a quake struck off Banten"],
            id="english-hours-after-within-the-sentence",
        ),
    ],
)
def test_recap_clauses_are_found_where_a_sentence_opens_with_a_sequence_word(
    text: str, expected: list[str]
) -> None:
    assert _recaps(text) == expected


def _article(title: str, text: str) -> Article:
    return Article(
        id=title,
        title=title,
        text=text,
        source="t",
        url="https://example.test/" + title,
        published=datetime(2026, 11, 5, tzinfo=UTC),
    )


BODY = (
    "KPK menahan Kepala Dinas Kesehatan Kota Bitung, Frangky Mamahit, Kamis. Frangky "
    "diduga menggelembungkan harga 12 ambulans senilai Rp 14,6 miliar. Wali Kota Bitung "
    "Maurits Sondakh menghormati proses hukum, dan Frangky tidak berkomentar."
)
RECAP = "Sehari setelah menangkap tangan Bupati Lampung Timur Achmad Fauzi di Sukadana, "


@pytest.mark.parametrize(
    ("title", "text"),
    [
        pytest.param("KPK Tahan Kadinkes Bitung", RECAP + BODY, id="lead-recap"),
        pytest.param(
            "KPK Tahan Kadinkes Bitung",
            BODY + " Sebelumnya, KPK menangkap Bupati Lampung Timur di Sukadana dengan 38 saksi.",
            id="closing-sebelumnya-sentence",
        ),
    ],
)
def test_a_recap_adds_no_name_or_number_to_the_signature(title: str, text: str) -> None:
    plain, recapping = sign_batch(
        [_article("KPK Tahan Kadinkes Bitung", BODY), _article(title, text)]
    )
    assert np.array_equal(plain.ents, recapping.ents)
    assert np.array_equal(plain.nums, recapping.nums)


def test_a_name_the_text_also_names_outside_the_recap_is_kept() -> None:
    body = BODY + " KPK juga memeriksa pejabat Lampung Timur pekan lalu."
    without, recapping = sign_batch([_article("a", body), _article("b", RECAP + body)])
    assert np.array_equal(without.ents, recapping.ents)  # "Lampung Timur" once, outside it
    lone = sign_batch([_article("c", BODY)])[0]
    assert len(set(recapping.ents.tolist()) - set(lone.ents.tolist())) >= 3


def test_a_headline_recap_does_not_mark_the_recalled_name_as_the_event() -> None:
    body = BODY + " KPK juga memeriksa pejabat Lampung Timur pekan lalu."
    plain, recapping, naming = sign_batch(
        [
            _article("KPK Tahan Kadinkes Bitung", body),
            _article("Usai OTT Lampung Timur, KPK Tahan Kadinkes Bitung", body),
            _article("KPK Tahan Kadinkes Bitung dan Pejabat Lampung Timur", body),
        ]
    )
    assert np.array_equal(plain.ents, recapping.ents)
    assert len(naming.ents) > len(plain.ents)  # a headline naming it marks it ("^name")
