"""The thirteenth review of the story clustering: stories that should be one, two events of
one capital and day, and the relatedness warning of ``kroscek compare`` between them.

tests/gold/corpus_review13/ holds 14 articles (JSONL, gzipped) of 6 stories, 5 in English,
written for these tests: one shooting told by the army's side and by the armed group's side
(each naming the group by its own label, its own spokesmen and units), a quake abroad in two
languages and the next day's update (the toll and the embassy), a landslide told by two
Indonesian reports (hamlet, village, officials) and an English wire that names only the
regency and the province, and two near misses that must stay apart: a rally and a port deal
in one capital on one day, and the quake abroad and another quake of the same country three
days later, 1,500 km away. The gold labels (url -> story) are a separate file. On the first
run: BCubed precision 1.0, recall 0.7381 in date order: the three hard shapes each split
(docs/corpus.md, thirteenth review).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from corpus_helpers import (
    ReviewCorpus,
    stories_of_labels,
    undated_bcubed,
)
from kroscek.clean import clean
from kroscek.cluster.assign import other_kinds, similarity
from kroscek.cluster.features import SIGNATURE_VERSION, event_kinds, sign_batch
from kroscek.compare.relatedness import unrelated_pairs
from kroscek.data import RawArticle
from test_cluster_assign_review6 import art

CORPUS = ReviewCorpus("review13")
PRECISION_FLOOR = 0.99
RECALL_FLOOR = 0.73


def test_the_thirteenth_reviews_kinds_change_the_signatures_version() -> None:
    assert SIGNATURE_VERSION >= 12


def test_the_thirteenth_review_corpus_is_labelled_and_keeps_gold_apart() -> None:
    records, labels = CORPUS.labelled()
    assert len(records) == 14 and len(set(labels.values())) == 6
    assert Counter(labels.values()).most_common(1)[0][1] == 3


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return CORPUS.ingest(tmp_path_factory)


def test_stories_match_the_thirteenth_review_labels_with_bcubed_floors(ingested: Path) -> None:
    # 1.0 / 0.7381 on the first run: the three hard shapes below each split
    CORPUS.assert_bcubed(ingested, PRECISION_FLOOR, RECALL_FLOOR)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_out_of_order_arrival_keeps_the_near_misses_apart(tmp_path: Path, seed: int) -> None:
    precision, recall = CORPUS.shuffled(tmp_path, seed)
    # 1.0 / 0.7381 for each seed on the first run
    assert precision >= PRECISION_FLOOR
    assert recall >= RECALL_FLOOR


def test_undated_the_near_misses_stay_apart(tmp_path: Path) -> None:
    precision, recall = undated_bcubed(CORPUS.records(), CORPUS.labels(), tmp_path)
    # 1.0 / 0.7381 on the first run
    assert precision >= PRECISION_FLOOR
    assert recall >= RECALL_FLOOR


@pytest.mark.parametrize(
    "story",
    [
        pytest.param("demo-bbm", id="a-rally-in-two-languages"),
        pytest.param("pelabuhan-deal", id="a-port-deal-in-two-languages"),
        pytest.param("gempa-peru-selatan", id="the-second-quake-in-two-languages"),
        pytest.param(
            "pos-satgas",
            id="a-shooting-told-by-the-army-side-and-the-armed-groups-side",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the two share the district and the regency; each names its own "
                "spokesmen, units and witnesses: 0.14 on names (0.12 before the group's "
                "labels shared a key)",
            ),
        ),
        pytest.param(
            "gempa-peru",
            id="a-quake-abroad-and-the-next-days-toll-and-embassy",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the update names the embassy, its consul, the nationals and the "
                "port where they work, the first reports the agencies that measured the "
                "quake: 0.04-0.05 on names, the country alone in common",
            ),
        ),
        pytest.param(
            "longsor-karangwangi",
            id="a-landslide-and-an-english-wire-naming-only-the-regency",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the wire names the regency and the province, the reports the "
                "hamlet, the village, the subdistrict and their officials: 0.03-0.06 on "
                "names across languages",
            ),
        ),
    ],
)
def test_reports_of_one_event_share_a_story(ingested: Path, story: str) -> None:
    CORPUS.assert_one_story(ingested, story)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        pytest.param("demo-bbm", "pelabuhan-deal", id="a-rally-and-a-port-deal-of-one-capital"),
        pytest.param("gempa-peru", "gempa-peru-selatan", id="two-quakes-of-one-country"),
    ],
)
def test_two_events_of_one_place_and_week_stay_two_stories(
    ingested: Path, one: str, other: str
) -> None:
    stories = stories_of_labels(ingested, CORPUS.labels())
    assert stories[one].isdisjoint(stories[other])


@pytest.mark.parametrize(
    ("headline", "kind"),
    [
        pytest.param("Ribuan Buruh Unjuk Rasa Tolak Upah Murah", "protest", id="id-unjuk-rasa"),
        pytest.param("Mahasiswa Demo di Depan Kantor Gubernur", "protest", id="id-demo"),
        pytest.param("Demonstran Bakar Ban di Bundaran Kota", "protest", id="id-demonstran"),
        pytest.param("Students rally against tuition fees in Manila", "protest", id="en-rally"),
        pytest.param("Protesters block port road for a second day", "protest", id="en-protest"),
        pytest.param("Pemkot Teken Kesepakatan Air Bersih", "agreement", id="id-deal"),
        pytest.param("Dua Negara Tandatangani Nota Kesepahaman Pangan", "agreement", id="id-mou"),
        pytest.param("Miners and state firm sign wage agreement", "agreement", id="en-agreement"),
        pytest.param("Ministers seal trade pact after talks", "agreement", id="en-pact"),
    ],
)
def test_a_headline_names_a_protest_or_an_agreement(headline: str, kind: str) -> None:
    assert kind in event_kinds(headline.lower().split())


@pytest.mark.parametrize(
    ("first", "second", "apart"),
    [
        pytest.param(
            "Warga Unjuk Rasa Tolak Tambang Pasir di Kaliwungu",
            "Pemkab dan Investor Teken Kesepakatan Tambang Pasir Kaliwungu",
            True,
            id="id-a-protest-and-a-deal-of-one-mine",
        ),
        pytest.param(
            "Dockers rally in Portvale over unpaid wages",
            "Portvale signs deal for new container terminal",
            True,
            id="en-a-rally-and-a-deal-of-one-port",
        ),
        pytest.param(
            "Demo Nelayan Tolak Reklamasi Teluk Sari Ricuh",
            "Fishermen protest against Sari Bay reclamation",
            False,
            id="one-protest-in-two-languages",
        ),
        pytest.param(
            "Buruh Demo Tuntut Perjanjian Kerja Bersama Dipatuhi",
            "Union signs wage deal after week of protests",
            False,
            id="a-protest-over-an-agreement-names-both",
        ),
    ],
)
def test_a_protest_and_an_agreement_are_two_kinds_of_event(
    first: str, second: str, apart: bool
) -> None:
    a, b = sign_batch(
        [
            art("a", first, f"{first}. Laporan lengkap menyusul.", "id"),
            art("b", second, f"{second}. Full report to follow.", "en"),
        ]
    )
    assert other_kinds(a, b) is apart


# Two events of one capital and one day, in Indonesian: a rally and a deal signed in the same
# city share its name and nothing else.
_RALLY_ID = RawArticle(
    origin="kabar-kota.txt",
    source="Kabar Kota",
    title="Ratusan Guru Honorer Unjuk Rasa di Balai Kota Tirtamulya",
    text=(
        "TIRTAMULYA - Ratusan guru honorer berunjuk rasa di depan Balai Kota Tirtamulya, Senin "
        "(9/11/2026). Mereka menuntut honor yang tertunggak tiga bulan segera dibayar.\n\n"
        'Koordinator aksi, Dewi Anggraini, mengatakan guru sudah bersabar. "Kami mengajar '
        'setiap hari, tetapi honor tidak kunjung cair," kata Dewi.\n\nWakil Wali Kota '
        "Tirtamulya, Agus Wibisono, menemui massa dan berjanji honor dibayar pekan depan."
    ),
)
_DEAL_ID = RawArticle(
    origin="bisnis-kota.txt",
    source="Bisnis Kota",
    title="Tirtamulya Teken Kesepakatan Pembangunan Pabrik Semen Rp 4 Triliun",
    text=(
        "TIRTAMULYA - Pemerintah Kota Tirtamulya dan PT Karang Perkasa menandatangani "
        "kesepakatan pembangunan pabrik semen senilai Rp 4 triliun di Tirtamulya, Senin "
        "(9/11/2026).\n\nDirektur Utama PT Karang Perkasa, Hendrik Salim, mengatakan pabrik "
        'akan menyerap 1.800 pekerja. "Konstruksi dimulai awal tahun depan," ujar Hendrik.\n\n'
        "Kepala Dinas Penanaman Modal, Yulia Hapsari, menyebut izin lingkungan sudah terbit."
    ),
)
_RALLY_EN = RawArticle(
    origin="tirtamulya-times.txt",
    source="Tirtamulya Times",
    title="Hundreds of contract teachers rally at Tirtamulya city hall over unpaid pay",
    text=(
        "TIRTAMULYA, Nov 9 - Hundreds of contract teachers rallied outside Tirtamulya city "
        'hall on Monday, demanding three months of unpaid wages. "We teach every day, but '
        'the money never comes," said protest coordinator Dewi Anggraini. Deputy mayor Agus '
        "Wibisono met the crowd and promised the pay would arrive next week."
    ),
)


@pytest.mark.parametrize(
    ("first", "second", "warned"),
    [
        pytest.param(_RALLY_ID, _DEAL_ID, True, id="id-a-rally-and-a-deal-of-one-city"),
        pytest.param(_RALLY_EN, _DEAL_ID, True, id="en-id-a-rally-and-a-deal-of-one-city"),
        pytest.param(_RALLY_ID, _RALLY_EN, False, id="one-rally-in-two-languages"),
    ],
)
def test_the_relatedness_warning_tells_a_rally_from_a_deal_of_one_city(
    first: RawArticle, second: RawArticle, warned: bool
) -> None:
    a, b = clean(first), clean(second)
    warnings = unrelated_pairs([a, b])
    assert [w.articles for w in warnings] == ([(a.id, b.id)] if warned else [])


# One shooting told by each side, each naming the armed group by its own label and sharing no
# other name: the labels are one name.
_ARMY_SIDE = (
    "KKB Tembak Warga di Kampung Mbilo",
    "Seorang warga tewas ditembak KKB di Kampung Mbilo pada Kamis pagi. Kapendam Kolonel "
    "Rudi Hartono mengatakan KKB melarikan diri ke hutan. KKB disebut sudah lama mengincar "
    "warga yang bekerja untuk proyek jalan.",
)
_GROUP_SIDE = (
    "TPNPB Akui Tembak Mata-mata di Mbilo",
    "TPNPB mengakui menembak seorang pria di Mbilo pada Kamis pagi. Juru bicara TPNPB, "
    "Yosua Wenda, menuding pria itu mata-mata aparat. TPNPB meminta pekerja proyek jalan "
    "meninggalkan wilayah itu.",
)


def _labelled(label: str) -> tuple[str, str]:
    return _GROUP_SIDE[0].replace("TPNPB", label), _GROUP_SIDE[1].replace("TPNPB", label)


@pytest.mark.parametrize("label", ["TPNPB", "OPM", "KST"])
def test_the_labels_each_side_gives_one_armed_group_are_one_name(label: str) -> None:
    army, group, unknown = sign_batch(
        [
            art("a", *_ARMY_SIDE, "id"),
            art("b", *_labelled(label), "id"),
            art("c", *_labelled("BRM"), "id"),  # an acronym no list maps: another group
        ]
    )
    weights = dict.fromkeys(army.keys | group.keys | unknown.keys, 1.0)
    # the group's label shares the army's key for it ("KKB", and again as a repeated name)
    assert len(army.keys & group.keys) == len(army.keys & unknown.keys) + 2
    assert similarity(army, group, weights).names > similarity(army, unknown, weights).names
