"""A count conflict's head names what happened to what is counted ("Jumlah warga tewas" /
"Jumlah warga mengungsi"), so two conflicts of one noun in one report read apart; and a
figure's source is shown as a reader would write it, without an apposition's comma."""

from __future__ import annotations

import pytest

from kroscek.compare import compare
from kroscek.compare.findings.claims import Mention
from kroscek.compare.findings.conflict import attribution_as_written, noun_names_event
from kroscek.data import Article, Fact, RawArticle


def _count_conflicts(first: RawArticle, second: RawArticle) -> list[str]:
    report = compare([first, second])
    return [
        f.message
        for f in report.findings
        if f.type == "conflict" and (f.slot or "").startswith("number")
    ]


_ID_FIRST = RawArticle(
    origin="a.txt",
    source="Kabar Hulu",
    title="Banjir Bandang Terjang Desa Sukaraja",
    text=(
        "Banjir bandang menerjang Desa Sukaraja, Kabupaten Lembah Hijau, Senin (9/3/2026) "
        "dini hari setelah sungai meluap.\n\n"
        "Kepala BPBD Lembah Hijau, Rudi Hartono, mengatakan sembilan warga tewas terseret "
        "arus dan 420 warga mengungsi ke gedung sekolah."
    ),
)
_ID_SECOND = RawArticle(
    origin="b.txt",
    source="Warta Hilir",
    title="Banjir Bandang di Sukaraja",
    text=(
        "Banjir bandang menerjang Desa Sukaraja, Kabupaten Lembah Hijau, Senin (9/3/2026) "
        "dini hari setelah sungai meluap.\n\n"
        "Kepala BPBD Lembah Hijau Rudi Hartono mengatakan enam warga tewas terseret arus dan "
        "600 warga mengungsi ke gedung sekolah."
    ),
)
_EN_FIRST = RawArticle(
    origin="a.txt",
    source="Harbour Post",
    title="Storm Batters Coastal Villages",
    text=(
        "A tropical storm battered the coastal villages of Port Calder on Tuesday night, "
        "flattening homes and cutting power.\n\n"
        "Eleven people were killed and 900 people were displaced, the disaster agency said."
    ),
)
_EN_SECOND = RawArticle(
    origin="b.txt",
    source="Bay Herald",
    title="Storm Hits Port Calder",
    text=(
        "A tropical storm battered the coastal villages of Port Calder on Tuesday night, "
        "flattening homes and cutting power.\n\n"
        "Seven people were killed and 1,400 people were displaced, the disaster agency said."
    ),
)


@pytest.mark.parametrize(
    ("first", "second", "heads"),
    [
        (
            _ID_FIRST,
            _ID_SECOND,
            ["Jumlah warga tewas berbeda antarsumber", "Jumlah warga mengungsi berbeda"],
        ),
        (
            _EN_FIRST,
            _EN_SECOND,
            ["different numbers of people killed", "different numbers of people displaced"],
        ),
    ],
    ids=["id-tewas-mengungsi", "en-killed-displaced"],
)
def test_two_count_conflicts_of_one_noun_name_their_event_in_the_head(
    first: RawArticle, second: RawArticle, heads: list[str]
) -> None:
    messages = _count_conflicts(first, second)
    for head in heads:
        assert sum(head in m for m in messages) == 1, (head, messages)


@pytest.mark.parametrize(
    ("lang", "noun", "text", "event"),
    [
        ("id", "sandera", "12 sandera", "hostage"),
        ("id", "pengungsi", "300 pengungsi", "displaced"),
        ("en", "hostage", "12 hostages", "hostage"),
    ],
    ids=["id-sandera", "id-pengungsi", "en-hostages"],
)
def test_a_noun_that_already_says_its_event_is_not_followed_by_the_event_word(
    lang: str, noun: str, text: str, event: str
) -> None:
    article = Article(id="x", source="X", title="", text=text, lang=lang)
    fact = Fact("number", noun, 12.0, text, 0, len(text), attrs={"event": event})
    assert noun_names_event(Mention(article, fact, frozenset()), event)


@pytest.mark.parametrize(
    ("text", "cue", "shown"),
    [
        ("Hendra Wiratmaja, mengatakan", "mengatakan", "Hendra Wiratmaja mengatakan"),
        ("Rudi Hartono ,\n menyebut", "menyebut", "Rudi Hartono menyebut"),
        ("Maria Lopez, said", "said", "Maria Lopez said"),
        (
            "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperkirakan",
            "memperkirakan",
            "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperkirakan",
        ),
        ("Menurut Hendra", "menurut", "Menurut Hendra"),
        ("the coast guard said", "said", "the coast guard said"),
    ],
    ids=["id-apposition", "id-line-break", "en-apposition", "name-commas", "menurut", "plain"],
)
def test_an_attribution_is_shown_without_the_comma_that_closed_its_apposition(
    text: str, cue: str, shown: str
) -> None:
    fact = Fact("attribution", "attributed", "x", text, 0, len(text), attrs={"cue": cue})
    assert attribution_as_written(fact) == shown


def test_a_conflicting_figure_credits_its_source_without_the_apposition_comma() -> None:
    messages = _count_conflicts(_ID_FIRST, _ID_SECOND)
    tolls = [m for m in messages if "tewas" in m]
    assert tolls and "Rudi Hartono mengatakan" in tolls[0], messages
    assert "Hartono, mengatakan" not in " ".join(messages)
