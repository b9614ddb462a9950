"""The kind of event a headline names keeps two events of one place apart (eighth review).

One regency has a landslide on Monday, a flood on Tuesday and an attack on Thursday; their
reports share its name, its regent, its disaster agency and its hospital, and across
languages the regency's name was often all they shared. Two headlines that name kinds of
event, none in common, are two events; a headline naming no kind leaves the names to decide.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kroscek.cluster.assign import Candidate, decide, idf, other_kinds, similarity
from kroscek.cluster.features import Signature, _words, event_kinds, sign_batch
from kroscek.data import Article
from kroscek.settings import DEFAULT


@pytest.mark.parametrize(
    ("headline", "kinds"),
    [
        pytest.param("Longsor Timbun Tiga Rumah di Cigadog", ["landslide"], id="id-landslide"),
        pytest.param("Mudslide cuts the road to Tanjung Arum", ["landslide"], id="en-landslide"),
        pytest.param("Banjir Rendam 200 Rumah di Kota Lamaran", ["flood"], id="id-flood"),
        pytest.param("Floodwaters reach 1 metre in Kota Lamaran", ["flood"], id="en-flood"),
        pytest.param("Pos Jaga Diserang, Dua Petugas Luka", ["attack"], id="id-attack"),
        pytest.param("Gunmen ambush a convoy near Bukit Sawo", ["attack"], id="en-attack"),
        pytest.param("Bom Meledak di Terminal Wanareja", ["attack", "explosion"], id="id-bomb"),
        pytest.param("Puting Beliung Rusak 40 Rumah di Sukarena", ["storm"], id="id-phrase"),
        pytest.param("Mantan Camat Divonis Tiga Tahun", ["court"], id="id-verdict"),
        pytest.param("Harga Bawang Merah Naik di Pasar Induk", ["prices"], id="id-prices"),
        pytest.param("Rescuers recover two bodies in Cigadog", [], id="a-follow-up-names-none"),
        pytest.param("Fans storm the pitch of Wanareja stadium", [], id="storm-as-a-verb"),
        pytest.param("Regent under fire over Wanareja bridge contract", [], id="under-fire"),
        pytest.param("Robbers fire shots and flee with Rp40 million", [], id="fire-shots"),
        pytest.param("Ferry catches fire off Tanjung Arum", ["fire"], id="catches-fire"),
        pytest.param("Ribuan Buruh Sampaikan Tuntutan Upah", [], id="demands-are-no-court"),
    ],
)
def test_the_headline_names_the_kind_of_event(headline: str, kinds: list[str]) -> None:
    assert event_kinds(_words(headline)) == kinds


def _article(title: str, text: str, lang: str = "id", source: str = "Warta Sukarena") -> Article:
    return Article(
        id=title,
        title=title,
        text=text,
        source=source,
        url="https://example.test/" + title,
        published=datetime(2026, 11, 3, 8, tzinfo=UTC),
        lang=lang,
    )


LANDSLIDE_ID = _article(
    "Longsor Timbun Tiga Rumah di Cigadog, Sukarena",
    "Tebing di Desa Cigadog, Kecamatan Pakuwon, Kabupaten Sukarena, runtuh Senin dini hari "
    "dan menimbun tiga rumah. Kepala BPBD Sukarena, Yudi Permana, menyebut satu warga hilang. "
    "Bupati Sukarena Wawan Setiadi meninjau lokasi di Cigadog.",
)
FLOOD_ID = _article(
    "Banjir Rendam 200 Rumah di Sukarena",
    "Sungai Cileuleus meluap dan merendam 200 rumah di Kecamatan Pakuwon, Kabupaten "
    "Sukarena, Selasa pagi. Kepala BPBD Sukarena, Yudi Permana, membuka posko di Pakuwon. "
    "Bupati Sukarena Wawan Setiadi meminta warga mengungsi.",
)
ATTACK_EN = _article(
    "Two guards hurt in attack on Pakuwon post in Sukarena",
    "Men armed with machetes attacked a village guard post in Pakuwon, Sukarena, before dawn "
    "on Thursday. Sukarena regent Wawan Setiadi condemned the attack.",
    lang="en",
    source="Sunda Ledger",
)
LANDSLIDE_EN = _article(
    "Landslide buries three homes in Cigadog, Sukarena",
    "A hillside in Cigadog village, Pakuwon district, Sukarena, collapsed early on Monday and "
    "buried three homes. Yudi Permana of the Sukarena disaster agency said one resident is "
    "missing. Regent Wawan Setiadi visited Cigadog.",
    lang="en",
    source="Sunda Ledger",
)
FOLLOW_UP_EN = _article(
    "Rescuers find missing resident in Cigadog, Sukarena",
    "Rescuers in Cigadog, Sukarena, found the body of the missing resident on Tuesday, Yudi "
    "Permana of the Sukarena disaster agency said.",
    lang="en",
    source="Sunda Ledger",
)


def _signatures(*articles: Article) -> tuple[list[Signature], dict[int, float]]:
    sigs = sign_batch(list(articles))
    terms = set().union(*(s.keys for s in sigs))
    return sigs, {t: idf(1, len(sigs)) ** 2 for t in terms}


@pytest.mark.parametrize(
    ("one", "other"),
    [
        pytest.param(LANDSLIDE_ID, FLOOD_ID, id="indonesian-landslide-and-flood"),
        pytest.param(LANDSLIDE_EN, FLOOD_ID, id="english-landslide-and-indonesian-flood"),
        pytest.param(FLOOD_ID, ATTACK_EN, id="indonesian-flood-and-english-attack"),
    ],
)
def test_two_kinds_of_event_in_one_regency_score_nothing(one: Article, other: Article) -> None:
    (a, b), weight2 = _signatures(one, other)
    assert other_kinds(a, b)
    sim = similarity(a, b, weight2, same_language=one.lang == other.lang)
    assert sim.names == 0.0 and sim.score == 0.0


@pytest.mark.parametrize(
    ("one", "other"),
    [
        pytest.param(LANDSLIDE_ID, LANDSLIDE_EN, id="one-landslide-in-two-languages"),
        pytest.param(LANDSLIDE_ID, FOLLOW_UP_EN, id="a-follow-up-naming-no-kind"),
    ],
)
def test_reports_of_one_event_still_join(one: Article, other: Article) -> None:
    (a, b), weight2 = _signatures(one, other)
    assert not other_kinds(a, b)
    sim = similarity(a, b, weight2, same_language=one.lang == other.lang)
    assert sim.score >= DEFAULT.story_similarity


def test_the_writer_founds_a_story_for_the_flood_and_joins_the_translation() -> None:
    sigs, weight2 = _signatures(LANDSLIDE_ID, FLOOD_ID, LANDSLIDE_EN)
    landslide = Candidate(
        rowid=1, id="a", story_id="s-landslide", duplicate_of=None, ts=None,
        signature=sigs[0], lang="id",
    )  # fmt: skip
    flood = decide(sigs[1], None, [landslide], weight2, lang="id")
    assert flood.story_id is None and flood.score == 0.0
    translation = decide(sigs[2], None, [landslide], weight2, lang="en")
    assert translation.story_id == "s-landslide"


def test_a_kind_is_not_a_topical_word() -> None:
    # the kind's id stays out of ``words``: two reports of one kind in one language do not
    # agree more on their topical words for it, nor two kinds less
    (sig,) = sign_batch([FLOOD_ID])
    assert sig.kinds and sig.kinds.isdisjoint(sig.words)
    assert sig.kinds <= frozenset(sig.terms.tolist())
