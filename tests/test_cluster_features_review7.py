"""Recap sentences with their time, and concurrent events (seventh review).

A report of one of a city's events that day closes on another: "Earlier on Tuesday, a fire
destroyed 420 stalls in ...", "Sebelumnya pada Senin (19/10), ...", "The incident came as
ships searched the sea for ...". Those sentences name the other event; counted, its names
and figures made the report score with that event's reports (a flood joined a market fire
of the same morning; docs/corpus.md, seventh review).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from kroscek.cluster.assign import idf, similarity
from kroscek.cluster.features import sign_batch
from kroscek.data import Article
from kroscek.settings import DEFAULT
from test_cluster_features_review3 import _article as _indonesian_article
from test_cluster_features_review3 import _recaps


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Water rose fast. Earlier on Tuesday, a fire gutted 310 kiosks in Kebon Kelapa. "
            "Then it rained.",
            ["Earlier on Tuesday , a fire gutted 310 kiosks in Kebon Kelapa"],
            id="english-earlier-and-its-weekday",
        ),
        pytest.param(
            "Air naik. Sebelumnya pada Senin (19/10), tanggul di Sukamulya jebol. Warga panik.",
            ["Sebelumnya pada Senin ( 19 / 10 ) , tanggul di Sukamulya jebol"],
            id="indonesian-sebelumnya-and-its-date",
        ),
        pytest.param(
            "Harga naik. Sebelumnya pekan lalu, pasar Cikaret juga terbakar.",
            ["Sebelumnya pekan lalu , pasar Cikaret juga terbakar"],
            id="indonesian-sebelumnya-pekan-lalu",
        ),
        pytest.param(
            "Rescuers dug on. Earlier this month, a landslide buried 12 miners in Loa Janan.",
            ["Earlier this month , a landslide buried 12 miners in Loa Janan"],
            id="english-earlier-this-month",
        ),
        pytest.param(
            "Earlier reports said 12 miners died, the company added.",
            [],
            id="earlier-as-an-adjective-is-no-recap",
        ),
        pytest.param(
            "Polisi memeriksa saksi. Sebelumnya Polres Bogor menetapkan dua tersangka, yakni AS.",
            [],
            id="sebelumnya-before-a-name-is-the-articles-own-sentence",
        ),
        pytest.param(
            "The tail broke. The incident came as boats searched the Banda Sea for flight "
            "KT402, which vanished with 56 aboard. Police said more.",
            ["as boats searched the Banda Sea for flight KT402 , which vanished with 56 aboard"],
            id="english-came-as-runs-to-the-end-of-the-sentence",
        ),
        pytest.param(
            "The rally comes amid anger over the Water Bill in Semarang.",
            ["amid anger over the Water Bill in Semarang"],
            id="english-comes-amid",
        ),
        pytest.param(
            "As divers searched the Banda Sea for KT402, relatives waited in Ambon.",
            [],
            id="as-opening-a-sentence-is-the-articles-own-event",
        ),
        pytest.param(
            "Governor Sari Dewi spoke as Minister Budi Hartono arrived, officials said.",
            [],
            id="as-after-another-verb-is-no-recap",
        ),
    ],
)
def test_recap_sentences_with_their_time_and_concurrent_clauses_are_found(
    text: str, expected: list[str]
) -> None:
    assert _recaps(text) == expected


def _article(title: str, text: str) -> Article:
    return replace(_indonesian_article(title, text), lang="en")


FLOOD = (
    "The Sunter river burst its banks on Tuesday afternoon, flooding homes in Kebon "
    "Bawang and Papanggo in North Jakarta and forcing 530 residents into mosques. Water "
    "reached 1.2 metres in Kebon Bawang, the disaster agency BPBD said, after heavy rain "
    "upstream. Police spokesman Arief Nugraha said rubber boats carried elderly residents "
    "out. "
)


@pytest.mark.parametrize(
    "closing",
    [
        pytest.param(
            "Earlier on Tuesday, a fire destroyed 310 kiosks at Pasar Warakas in Tanjung Priok.",
            id="english-earlier-on-tuesday",
        ),
        pytest.param(
            "The flood came as firefighters cooled the ruins of Pasar Warakas in Tanjung "
            "Priok, where 310 kiosks burned.",
            id="english-came-as",
        ),
    ],
)
def test_a_closing_recap_adds_no_name_or_number_to_the_signature(closing: str) -> None:
    plain, recapping = sign_batch(
        [_article("Sunter floods", FLOOD), _article("Sunter floods", FLOOD + closing)]
    )
    assert np.array_equal(plain.ents, recapping.ents)
    assert np.array_equal(plain.nums, recapping.nums)


FIRE = (
    "A fire destroyed 310 kiosks at Pasar Warakas in Tanjung Priok, North Jakarta, before "
    "dawn on Tuesday. Firefighters from Tanjung Priok fought the blaze at Pasar Warakas for "
    "four hours, fire chief Joko Santoso said. Police spokesman Arief Nugraha said an "
    "electrical fault was suspected. Traders put their losses at Rp 20 billion."
)


def test_a_flood_report_closing_on_the_mornings_fire_does_not_join_the_fire() -> None:
    recap = "Earlier on Tuesday, a fire destroyed 310 kiosks at Pasar Warakas in Tanjung Priok."
    fire, flood = sign_batch(
        [
            _article("Fire guts 310 kiosks at Pasar Warakas", FIRE),
            _article("Sunter floods North Jakarta homes", FLOOD + recap),
        ]
    )
    weight2 = {t: idf(1, 2) ** 2 for t in set(fire.keys) | set(flood.keys)}
    for t in fire.keys & flood.keys:
        weight2[t] = idf(2, 2) ** 2
    assert similarity(flood, fire, weight2).score < DEFAULT.story_similarity
