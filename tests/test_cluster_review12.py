"""The twelfth review of the story clustering: every held-out set of the last sessions as one
corpus, one event retold in another outlet's labels, countries named in two languages, and
the relatedness warning of ``kroscek compare`` on all of them.

tests/gold/corpus_review12/ holds 84 articles (JSONL, gzipped) of 39 stories, 21 in
English: the sets that engineers who never read the code wrote to test kroscek on events
it had never seen (each set is 2-3 reports of one event, some of them an English wire and an
Indonesian version), copied as the project's own test articles, each dated by the first date
its text writes (its set's when it writes none). The gold labels (url -> story: one set, one
story) are a separate file. On the first run: BCubed precision 1.0, recall 0.9524 in date
order and in three shuffled orders; undated (every article compared with every other)
0.9762 / 0.9643 (docs/corpus.md, twelfth review).

The other texts here are invented for these tests.
"""

from __future__ import annotations

from collections import Counter
from itertools import groupby
from pathlib import Path

import pytest

from corpus_helpers import (
    ReviewCorpus,
    undated_bcubed,
)
from kroscek.clean import clean
from kroscek.cluster.assign import RETOLD_TEXT, other_events, retold, similarity
from kroscek.cluster.features import (
    SIGNATURE_VERSION,
    country_variants,
    derive_country_variants,
    estimate_jaccard,
    event_kinds,
    sign_batch,
)
from kroscek.compare.relatedness import unrelated_pairs
from kroscek.data import Article, RawArticle
from test_cluster_assign_review6 import art, ingest_in_order

CORPUS = ReviewCorpus("review12")
PRECISION_FLOOR = 0.99
RECALL_FLOOR = 0.96


def test_the_twelfth_reviews_rules_change_the_signatures_version() -> None:
    assert SIGNATURE_VERSION >= 11


def test_the_twelfth_review_corpus_is_labelled_and_keeps_gold_apart() -> None:
    records, labels = CORPUS.labelled()
    assert len(records) == 84 and len(set(labels.values())) == 39
    assert max(Counter(labels.values()).values()) == 3


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return CORPUS.ingest(tmp_path_factory)


def test_stories_match_the_twelfth_review_labels_with_bcubed_floors(ingested: Path) -> None:
    # 1.0 / 0.9722 today; 1.0 / 0.9524 on the first run
    CORPUS.assert_bcubed(ingested, PRECISION_FLOOR, RECALL_FLOOR)


@pytest.mark.parametrize(
    ("seed", "recall_floor"),
    [
        pytest.param(1, RECALL_FLOOR, id="seed-1"),
        pytest.param(2, RECALL_FLOOR, id="seed-2"),
        # 1.0 / 0.9643: the Indonesian report of the quake abroad arrives before the English
        # wire, in a corpus whose idf weighs the country less by then (0.26 against 0.27)
        pytest.param(3, 0.95, id="seed-3"),
    ],
)
def test_out_of_order_arrival_keeps_every_set_its_own_story(
    tmp_path: Path, seed: int, recall_floor: float
) -> None:
    precision, recall = CORPUS.shuffled(tmp_path, seed)
    # on the first run 1.0 / 0.9524 for each seed
    assert precision >= PRECISION_FLOOR
    assert recall >= recall_floor


def test_undated_the_sets_stay_apart_but_for_two_shootings_of_one_province(
    tmp_path: Path,
) -> None:
    precision, recall = undated_bcubed(CORPUS.records(), CORPUS.labels(), tmp_path)
    # 0.9762 / 0.9841 today (0.9762 / 0.9643 on the first run): two shootings of one
    # province six days apart, in two regencies whose names share a word, are one story
    assert precision >= 0.97
    assert recall >= 0.97


@pytest.mark.parametrize(
    "story",
    [
        pytest.param("blind34", id="a-wire-and-a-partisan-portal-labelling-the-attacker"),
        pytest.param("blind33", id="a-landing-its-rival-framing-and-the-next-days-count"),
        pytest.param("blind26", id="a-poisoning-its-deaths-and-the-rising-toll"),
        pytest.param("blind32", id="a-rate-decision-in-an-english-wire-and-its-rewrite"),
        pytest.param("blind35", id="a-flight-turned-back-in-two-languages"),
        pytest.param("final-f5", id="a-quake-abroad-in-two-languages"),
        pytest.param(
            "blind28",
            id="a-shooting-told-by-the-army-side-and-the-rebels-side",
            marks=pytest.mark.xfail(
                strict=True,
                reason="each side names its own spokesmen, units and label of the group "
                "(KKB / TPNPB): 0.22 on names, under the threshold",
            ),
        ),
        pytest.param(
            "blind36",
            id="a-quake-abroad-and-the-next-days-toll",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the next day's update names the embassy, the nationals and the "
                "island, the first reports the agencies that measured the quake: 0.17-0.21 "
                "on names",
            ),
        ),
    ],
)
def test_reports_of_one_held_out_event_share_a_story(ingested: Path, story: str) -> None:
    CORPUS.assert_one_story(ingested, story)


def _sets() -> list[tuple[str, list[Article]]]:
    """The corpus's articles, cleaned, grouped by their labelled set."""
    labels = CORPUS.labels()
    records = sorted(CORPUS.records(), key=lambda r: labels[r["url"]])
    return [
        (
            label,
            [
                clean(RawArticle(r["url"], r["title"], r["text"], r.get("source"), r["url"]))
                for r in group
            ],
        )
        for label, group in groupby(records, key=lambda r: labels[r["url"]])
    ]


def test_no_held_out_set_gets_the_relatedness_warning() -> None:
    sets = _sets()
    assert len(sets) == 39
    warned = [label for label, articles in sets if unrelated_pairs(articles)]
    # the first run warned about one: the strike told by a wire and a partisan portal
    assert warned == []


# One strike told by a wire and by a partisan portal: the portal never names the attacker
# as the wire does, nor the wire as the portal does; both headlines name the town and both
# texts carry the surgeon's words.
_QUOTE_EN = (
    '"We received eleven wounded in one hour and two of them died on the operating table. '
    'We have no more beds and no more anaesthetic," said Dr. Samir Haddad, head of surgery '
    "at Al-Rahma Hospital."
)
STRIKE_WIRE_EN = (
    "Northland drone strike kills six in Qarsa, officials say",
    "A Northland drone strike on a market in the border town of Qarsa killed six people on "
    "Friday, according to the district council. Northland's defence ministry said it had "
    "targeted a weapons depot and that Northland forces were reviewing reports of civilian "
    f"deaths. {_QUOTE_EN} Northland has carried out eleven strikes near the border since the "
    "talks broke down in August.",
)
STRIKE_PORTAL_EN = (
    "Regime drone massacres nine in Qarsa market",
    "Nine martyrs fell on Friday when a Regime drone bombed the crowded market of Qarsa, the "
    "latest crime of the Regime against the border towns. The Regime claimed it had hit a "
    f"weapons depot, a lie it repeats after every massacre. {_QUOTE_EN} The resistance council "
    "vowed that the crime would not go unanswered.",
)
# An Indonesian pair: the security forces' account and the armed group's, each naming the
# other side by its own label (as two sides of a conflict write it) or not at all, both
# quoting the village head.
_QUOTE_ID = (
    '"Warga kami ketakutan, empat rumah dibakar dan dua warga belum kembali sejak subuh. '
    'Kami minta semua pihak menjamin keamanan kampung," kata kepala kampung, Yakobus '
    "Tebai, kepada wartawan."
)
RAID_OFFICIAL_ID = (
    "Satgas Tanah Tinggi Kejar Pembakar Rumah di Waliba",
    "Satgas Tanah Tinggi mengejar kelompok bersenjata yang membakar empat rumah di Kampung "
    "Waliba, Distrik Arumbai, pada Senin subuh. Seorang warga, Markus Pigai, terluka dan "
    "dirawat di Puskesmas Arumbai. Kepala Satgas Tanah Tinggi, Kombes Andreas Rumbiak, "
    f"mengatakan pengejaran terus dilakukan. {_QUOTE_ID} Satgas Tanah Tinggi menambah "
    "pasukan di distrik itu.",
)
RAID_COMMUNITY_ID = (
    "Tentara Pembebasan Akui Serang Pos di Waliba",
    "Tentara Pembebasan mengaku menyerang sebuah pos di Kampung Waliba, Distrik Arumbai, "
    "pada Senin subuh. Warga bernama Markus Pigai terluka dan dibawa ke Puskesmas Arumbai. "
    "Juru bicara Tentara Pembebasan, Petrus Magai, menyebut kampung itu dipakai sebagai pos "
    f"militer. {_QUOTE_ID} Tentara Pembebasan menuding aparat menempatkan pos di tengah "
    "permukiman warga.",
)
# Two matches of one tournament by one outlet: one headline name (the tournament) and a
# stock closing line, but no passage of their own shared.
MATCH_ONE_ID = (
    "Rina Kartika Melaju ke Perempat Final Piala Teluk Terbuka",
    "Tunggal putri Rina Kartika menang atas Mei Lan 21-17, 21-19 pada Piala Teluk Terbuka, "
    "Selasa. Rina Kartika mengaku bermain sabar. Pelatih Bambang Sutejo memuji pertahanan "
    "Rina Kartika. Turnamen ini diikuti 120 pemain dari sembilan negara.",
)
MATCH_TWO_ID = (
    "Ganda Putra Yoga/Andi Tersingkir di Piala Teluk Terbuka",
    "Pasangan Yoga dan Andi kalah dari Kenta Abe/Sho Ito 18-21, 19-21 pada Piala Teluk "
    "Terbuka, Rabu. Yoga mengaku lawan lebih cepat. Andi meminta maaf kepada pendukung, dan "
    "Yoga berjanji bangkit. Turnamen ini diikuti 120 pemain dari sembilan negara.",
)


@pytest.mark.parametrize(
    ("first", "second", "lang"),
    [
        pytest.param(STRIKE_WIRE_EN, STRIKE_PORTAL_EN, "en", id="en-wire-and-partisan-portal"),
        pytest.param(RAID_OFFICIAL_ID, RAID_COMMUNITY_ID, "id", id="id-two-sides-of-one-raid"),
    ],
)
def test_one_event_retold_with_other_labels_for_its_actors_is_one_story(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str], lang: str
) -> None:
    a, b = art("a", *first, lang), art("b", *second, lang, hours=3)
    sa, sb = sign_batch([a, b])
    assert other_events(sa, sb)  # neither names the other's own actors
    assert estimate_jaccard(sa.minhash, sb.minhash) >= RETOLD_TEXT
    assert retold(sa, sb, estimate_jaccard(sa.minhash, sb.minhash))
    weights = dict.fromkeys(sa.keys | sb.keys, 1.0)
    assert similarity(sa, sb, weights).score > 0.0
    assert similarity(sa, sb, weights, compare_text=False).score > 0.0
    stories = ingest_in_order(tmp_path, [a, b])
    assert stories[0] == stories[1]
    assert unrelated_pairs([a, b]) == ()


def test_a_shared_headline_name_without_a_shared_passage_is_still_two_events(
    tmp_path: Path,
) -> None:
    a, b = art("a", *MATCH_ONE_ID, "id"), art("b", *MATCH_TWO_ID, "id", hours=20)
    sa, sb = sign_batch([a, b])
    assert other_events(sa, sb)
    assert not sa.heads.isdisjoint(sb.heads)  # the tournament
    assert not retold(sa, sb, estimate_jaccard(sa.minhash, sb.minhash))
    assert similarity(sa, sb, dict.fromkeys(sa.keys | sb.keys, 1.0)).score == 0.0
    stories = ingest_in_order(tmp_path, [a, b])
    assert stories[0] != stories[1]


@pytest.mark.parametrize(
    ("english", "key"),
    [
        pytest.param("philippines", "filipina", id="philippines"),
        pytest.param("egypt", "mesir", id="egypt"),
        pytest.param("britain", "inggris", id="an-english-alias-to-the-word-texts-write"),
        pytest.param("united kingdom", "inggris", id="a-pair-of-words"),
        pytest.param("saudi arabia", "saudi", id="saudi-arabia"),
        pytest.param("south korea", "korea selatan", id="south-korea"),
        pytest.param("germany", "jerman", id="germany"),
    ],
)
def test_a_countrys_english_name_is_keyed_as_its_indonesian_one(english: str, key: str) -> None:
    assert country_variants()[english] == key


def test_the_shipped_country_names_are_those_cldr_and_the_gazetteer_give() -> None:
    assert country_variants() == derive_country_variants()
    assert len(country_variants()) >= 100


@pytest.mark.parametrize(
    "english",
    [
        pytest.param("iraq", id="written-alike-in-indonesian"),
        pytest.param("jordan", id="also-a-first-name"),
        pytest.param("chad", id="also-a-first-name-too"),
        pytest.param("indonesia", id="the-same-name"),
        pytest.param("china", id="mapped-by-the-listed-variants"),
    ],
)
def test_a_country_name_needing_no_key_or_too_ambiguous_is_left_alone(english: str) -> None:
    assert english not in country_variants()


QUAKE_WIRE_EN = (
    "Strong quake rocks northern Egypt, three dead",
    "A magnitude 5.9 earthquake struck near the Nile delta town of Kafr Salem in northern "
    "Egypt on Tuesday, killing three people and damaging 40 homes, Egypt's civil protection "
    "agency said. Residents of Kafr Salem ran into the streets. Egypt's seismology institute "
    "said the quake was 12 km deep.",
)
QUAKE_REPORT_ID = (
    "Gempa M5,9 Guncang Mesir Utara, Tiga Orang Tewas",
    "Gempa bermagnitudo 5,9 mengguncang wilayah dekat Kota Kafr Salem, Mesir utara, Selasa. "
    "Tiga orang tewas dan 40 rumah rusak, menurut badan perlindungan sipil Mesir. Warga Kafr "
    "Salem berhamburan ke jalan. Gempa berada di kedalaman 12 km.",
)


def test_an_english_wire_and_an_indonesian_report_share_the_country_of_the_event() -> None:
    en, id_ = sign_batch([art("a", *QUAKE_WIRE_EN, "en"), art("b", *QUAKE_REPORT_ID, "id")])
    shared = en.keys & id_.keys
    assert shared & id_.actors  # "Mesir", the Indonesian headline's own name, in both
    weights = dict.fromkeys(en.keys | id_.keys, 1.0)
    assert similarity(en, id_, weights, same_language=False).names > 0.3


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        pytest.param("Truk Pasir Tabrak Angkot di Jalan Raya Ciampel", "accident", id="tabrak"),
        pytest.param("Bus Menabrak Pembatas Jalan di Tol Sukaraja", "accident", id="menabrak"),
        pytest.param("Pejalan Kaki Tewas Ditabrak Motor di Pasar Baru", "accident", id="ditabrak"),
        pytest.param("Gudang Mebel Terbakar di Kecamatan Ciampel", "fire", id="a-fire"),
    ],
)
def test_a_headline_naming_a_collision_names_an_accident(title: str, kind: str) -> None:
    assert kind in event_kinds(title.lower().split())


# Different events of one place and one day: the relatedness warning must name them.
_FIRE_ID = RawArticle(
    origin="kabar-tirta.txt",
    source="Kabar Tirta",
    title="Gudang Mebel di Kecamatan Rawaseneng Terbakar, Kerugian Ratusan Juta",
    text=(
        "Sebuah gudang mebel di Desa Kalisari, Kecamatan Rawaseneng, Kabupaten Tirtamulya, "
        "terbakar pada Kamis (12/11/2026) sekitar pukul 14.00 WIB. Api diduga berasal dari "
        "korsleting listrik di ruang pengeringan kayu.\n\nKapolres Tirtamulya AKBP Hendra "
        'Saputra mengatakan tidak ada korban jiwa. "Pemilik gudang, Sugeng Riyadi, sedang '
        'berada di luar kota saat api muncul," kata Hendra.\n\nLima unit mobil pemadam '
        "dikerahkan dan api padam setelah dua jam. Sugeng memperkirakan kerugian mencapai "
        "Rp450 juta."
    ),
)
_CRASH_ID = RawArticle(
    origin="warta-tirta.txt",
    source="Warta Tirta",
    title="Truk Pasir Tabrak Angkot di Jalan Raya Rawaseneng, Dua Penumpang Luka",
    text=(
        "Sebuah truk pengangkut pasir menabrak angkutan kota di Jalan Raya Rawaseneng, "
        "Kabupaten Tirtamulya, Kamis (12/11/2026) pagi. Dua penumpang angkot luka dan dibawa "
        "ke RSUD Tirtamulya.\n\nKapolres Tirtamulya AKBP Hendra Saputra melalui Kasat Lantas "
        'AKP Dewi Anggraini mengatakan truk diduga mengalami rem blong. "Sopir truk, Wahyu '
        'Prasetyo, sudah kami amankan," ujar Dewi.\n\nArus lalu lintas tersendat selama satu '
        "jam sebelum kedua kendaraan dievakuasi."
    ),
)
_SLIDE_EN = RawArticle(
    origin="tirta-wire.txt",
    source="Tirta Wire",
    title="Landslide blocks road in Tirtamulya regency, 40 families cut off",
    text=(
        "A landslide triggered by heavy overnight rain blocked the main road to Sukarame "
        "village in Tirtamulya regency on Thursday, cutting off about 40 families, the local "
        "disaster agency said. Agency head Bambang Wiratno said heavy machinery was on its way "
        "and the road should reopen within two days. No one was hurt."
    ),
)
_FESTIVAL_ID = RawArticle(
    origin="suara-tirta.txt",
    source="Suara Tirta",
    title="Kabupaten Tirtamulya Gelar Festival Kopi, Ribuan Pengunjung Padati Alun-alun",
    text=(
        "Festival Kopi Tirtamulya digelar di Alun-alun Kabupaten Tirtamulya pada Kamis "
        "(12/11/2026). Sebanyak 60 petani dan pengusaha kedai kopi dari 12 kecamatan "
        "memamerkan hasil panen mereka. Bupati Tirtamulya, Nur Aisyah, mengatakan festival ini "
        'memperkenalkan kopi robusta ke pasar nasional. "Kopi kita sudah diekspor ke dua '
        'negara," ujar Nur Aisyah. Panitia mencatat lebih dari 3.000 pengunjung.'
    ),
)
_RALLY_EN = RawArticle(
    origin="valdora-post.txt",
    source="Valdora Post",
    title="Thousands rally in Valdora City against fuel price hike",
    text=(
        "VALDORA CITY, Nov 12 - Thousands of students and workers marched to the parliament "
        "building in Valdora City on Thursday to protest a 30 percent rise in fuel prices. "
        "Police fired tear gas near Liberty Square and arrested 14 people, city police chief "
        'Marco Delgado said. "The government must reverse this decision," said student leader '
        "Ana Ferreira."
    ),
)
_DEAL_EN = RawArticle(
    origin="valdora-wire.txt",
    source="Valdora Wire",
    title="Valdora and Korvath sign port investment deal worth $2 billion",
    text=(
        "VALDORA CITY, Nov 12 - Valdora and Korvath signed an agreement on Thursday under which "
        "Korvath's state shipping group will invest $2 billion in the port of Puerto Alto. The "
        "deal was signed at the presidential palace in Valdora City by Trade Minister Lucia "
        'Moreno and Korvath\'s Dariusz Malek. "This port will double our exports," Moreno said.'
    ),
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(_FIRE_ID, _CRASH_ID, id="id-a-fire-and-a-crash-of-one-subdistrict"),
        pytest.param(_SLIDE_EN, _FESTIVAL_ID, id="en-id-a-landslide-and-a-festival"),
        # a protest and an agreement are kinds of event (thirteenth review): 0.19 on the
        # capital's name alone before
        pytest.param(_RALLY_EN, _DEAL_EN, id="en-a-rally-and-a-deal-in-one-capital"),
    ],
)
def test_two_events_of_one_place_and_day_get_the_relatedness_warning(
    first: RawArticle, second: RawArticle
) -> None:
    a, b = clean(first), clean(second)
    warnings = unrelated_pairs([a, b])
    assert [w.articles for w in warnings] == [(a.id, b.id)]
