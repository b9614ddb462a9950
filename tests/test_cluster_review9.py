"""The ninth review's rules: event markers (a match's score, a road's kilometre post) and
recap sentences opened by a past day ("Senin lalu, ...", "Last week, ...").

Two matches of one tournament share its teams, its venue and its coaches; two crashes on one
toll road share the road, its patrol unit and its officer. Their scores and kilometre posts
tell them apart (docs/corpus.md, ninth review). The texts are invented for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kroscek.cluster.assign import other_markers, similarity
from kroscek.cluster.features import (
    SIGNATURE_VERSION,
    _text_terms,
    _tokens,
    event_markers,
    marker_values,
    recap_spans,
    sign_batch,
)
from test_cluster_assign_review6 import art, ingest_in_order


def scores_and_posts(title: str, text: str) -> tuple[set[tuple[int, int]], list[int]]:
    """The scores (as ordered pairs) and kilometre posts ``event_markers`` finds."""
    scores, posts = marker_values(frozenset(event_markers(title, text)))
    pairs = {divmod(-m - 1, 100) for m in scores}
    return pairs, sorted(posts)


def test_the_markers_change_the_signatures_version() -> None:
    assert SIGNATURE_VERSION >= 8


@pytest.mark.parametrize(
    ("title", "text", "scores", "posts"),
    [
        pytest.param("PSKT Menang 2-1 atas Persibo", "", {(1, 2)}, [], id="id-score-in-headline"),
        pytest.param(
            "Pelatih Kecewa",
            "Kekalahan 0-3 dari Persibo itu pahit.",
            {(0, 3)},
            [],
            id="loser-turns-it",
        ),
        pytest.param("Rovers held to 1–1 draw", "", {(1, 1)}, [], id="en-dash-draw"),
        pytest.param(
            "Late goal", "City beat Rovers 3-0 in the cup on Sunday.", {(0, 3)}, [], id="en-beat-in"
        ),
        pytest.param("Hujan", "Hujan turun 2-3 jam setiap sore.", set(), [], id="range-of-hours"),
        pytest.param("Pameran", "Pameran digelar 10-12 Juli di alun-alun.", set(), [], id="dates"),
        pytest.param("Harga", "Harga naik 5-10 persen sepekan.", set(), [], id="percent-range"),
        pytest.param("Rapat", "Rapat pukul 10.00-12.00 WIB di balai.", set(), [], id="time-range"),
        pytest.param(
            "Truk Terguling", "Truk terguling di KM 57+300 arah Jakarta.", set(), [57], id="km-post"
        ),
        pytest.param(
            "Crash", "The crash happened at kilometre 204 near the gate.", set(), [204], id="en-km"
        ),
        pytest.param(
            "Banjir", "Air menggenangi jalan sejauh 15 km dari kota.", set(), [], id="distance"
        ),
        pytest.param(
            "KM Lestari Tenggelam", "Kapal KM Lestari Jaya tenggelam.", set(), [], id="ship"
        ),
    ],
)
def test_scores_and_kilometre_posts_are_markers_and_ranges_are_not(
    title: str, text: str, scores: set[tuple[int, int]], posts: list[int]
) -> None:
    assert scores_and_posts(title, text) == (scores, posts)


FILLER = " ".join(["Warga memadati jalan di sekitar lokasi sejak pagi hari itu."] * 12)


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        pytest.param(
            "Minibus menabrak truk di KM 31. " + FILLER + " Pekan lalu bus terguling di KM 75.",
            [31],
            id="the-top-post-leaves-a-closing-recap-out",
        ),
        pytest.param(
            "Sopir bus diperiksa polisi. " + FILLER + " Bus itu terguling di KM 75 arah timur.",
            [75],
            id="a-text-whose-top-has-none-takes-its-own",
        ),
    ],
)
def test_markers_come_from_the_top_of_the_text_when_it_states_them(
    text: str, posts: list[int]
) -> None:
    assert scores_and_posts("Kecelakaan", text)[1] == posts


MATCH_ONE = (
    "Garuda Muda Tekuk Elang Selatan 2-1 di Stadion Tunas Bangsa",
    "Garuda Muda mengalahkan Elang Selatan 2-1 pada Piala Samudra di Stadion Tunas Bangsa, "
    "Kota Lintasbumi, Senin. Gol Garuda Muda dicetak Bima Aryasatya dua kali. Pelatih Garuda "
    "Muda, Krisna Wardhana, memuji Bima. Elang Selatan membalas lewat Rangga Putra.",
)
MATCH_ONE_PRESS = (
    "Krisna Wardhana Puji Bima, Pelatih Elang Selatan Soroti Wasit",
    "Pelatih Garuda Muda Krisna Wardhana menyebut kemenangan 2-1 atas Elang Selatan di Stadion "
    "Tunas Bangsa hasil kerja keras. Bima Aryasatya mencetak dua gol. Pelatih Elang Selatan "
    "menilai kekalahan 1-2 itu karena wasit. Piala Samudra berlanjut Rabu.",
)
MATCH_TWO = (
    "Garuda Muda Ditahan Banteng Timur 1-1 di Stadion Tunas Bangsa",
    "Garuda Muda bermain imbang 1-1 dengan Banteng Timur pada Piala Samudra di Stadion Tunas "
    "Bangsa, Kota Lintasbumi, Rabu. Bima Aryasatya mencetak gol Garuda Muda. Pelatih Garuda "
    "Muda, Krisna Wardhana, kecewa. Banteng Timur menyamakan skor lewat Yudha Prasetya.",
)
MATCH_TWO_EN = (
    "Banteng Timur hold Garuda Muda to 1-1 draw",
    "Yudha Prasetya equalised as Banteng Timur drew 1-1 with Garuda Muda in the Samudra Cup at "
    "Tunas Bangsa stadium in Lintasbumi on Wednesday. Bima Aryasatya had put Garuda Muda ahead. "
    "Garuda Muda coach Krisna Wardhana said his side had tired.",
)


@pytest.mark.parametrize(
    ("first", "second", "lang", "apart"),
    [
        pytest.param(MATCH_ONE, MATCH_TWO, "id", True, id="two-matches-of-one-tournament"),
        pytest.param(MATCH_ONE, MATCH_TWO_EN, "en", True, id="another-match-in-english"),
        pytest.param(
            MATCH_ONE_PRESS, MATCH_TWO, "id", True, id="a-press-conference-and-another-match"
        ),
        pytest.param(
            MATCH_ONE, MATCH_ONE_PRESS, "id", False, id="a-match-and-its-press-conference"
        ),
    ],
)
def test_other_scores_make_two_matches_in_any_language(
    first: tuple[str, str], second: tuple[str, str], lang: str, apart: bool
) -> None:
    sa, sb = sign_batch([art("a", *first, "id"), art("b", *second, lang, hours=30)])
    assert other_markers(sa, sb) is apart
    assert other_markers(sb, sa) is apart
    weights = dict.fromkeys(sa.keys | sb.keys, 1.0)
    score = similarity(sa, sb, weights, same_language=lang == "id").score
    assert (score == 0.0) is apart


CRASH_ONE = (
    "Bus Tabrak Truk Boks di KM 142 Tol Wanasari-Cipeundeuy, Empat Tewas",
    "Bus Harapan Abadi menabrak truk boks di KM 142+600 Tol Wanasari-Cipeundeuy, Selasa dini "
    "hari. Empat penumpang tewas. Kasat PJR Polda Jawa Tengah AKBP Bonifasius Lumban mengatakan "
    "sopir bus mengantuk. Korban dibawa ke RSUD Wanasari.",
)
CRASH_ONE_FOLLOW = (
    "Sopir Bus Harapan Abadi Jadi Tersangka Kecelakaan Tol Wanasari-Cipeundeuy",
    "Polisi menetapkan sopir bus Harapan Abadi sebagai tersangka kecelakaan di KM 143 Tol "
    "Wanasari-Cipeundeuy. AKBP Bonifasius Lumban dari PJR Polda Jawa Tengah mengatakan sopir "
    "mengemudi 14 jam tanpa istirahat.",
)
CRASH_TWO = (
    "Mobil Boks Tabrak Truk Tangki di KM 98 Tol Wanasari-Cipeundeuy, Dua Tewas",
    "Sebuah mobil boks menabrak truk tangki di KM 98+100 Tol Wanasari-Cipeundeuy, Jumat malam. "
    "Dua orang tewas. Kasat PJR Polda Jawa Tengah AKBP Bonifasius Lumban mengatakan truk tangki "
    "berhenti di bahu jalan. Korban dibawa ke RSUD Wanasari.",
)


@pytest.mark.parametrize(
    ("first", "second", "apart"),
    [
        pytest.param(CRASH_ONE, CRASH_TWO, True, id="two-crashes-on-one-toll-road"),
        pytest.param(CRASH_ONE, CRASH_ONE_FOLLOW, False, id="a-crash-and-its-follow-up-a-km-on"),
        pytest.param(
            CRASH_ONE,
            (CRASH_ONE_FOLLOW[0], CRASH_ONE_FOLLOW[1].replace("KM 143", "KM 124")),
            False,
            id="an-outlet-swapping-two-digits-of-the-post",
        ),
    ],
)
def test_kilometre_posts_far_apart_make_two_crashes(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str], apart: bool
) -> None:
    a, b = art("a", *first, "id"), art("b", *second, "id", hours=40)
    sa, sb = sign_batch([a, b])
    assert other_markers(sa, sb) is apart
    stories = ingest_in_order(tmp_path, [a, b])
    assert (stories[0] != stories[1]) is apart


@pytest.mark.parametrize(
    ("text", "recap"),
    [
        pytest.param(
            "Polisi menutup lajur. Senin lalu, bus Cahaya Pagi terguling di Cirebon.",
            ["lalu", ",", "bus", "Cahaya", "Pagi", "terguling", "di", "Cirebon"],
            id="a-past-weekday",
        ),
        pytest.param(
            "Polisi menutup lajur. Dua pekan lalu, Jembatan Kaliwangi ambruk.",
            ["lalu", ",", "Jembatan", "Kaliwangi", "ambruk"],
            id="a-count-of-weeks",
        ),
        pytest.param(
            "Police closed the lane. Last week, a Bus overturned near Brebes.",
            ["Last", "week", ",", "a", "Bus", "overturned", "near", "Brebes"],
            id="en-last-week",
        ),
        pytest.param("Polisi datang, lalu Budi pergi ke Cirebon.", None, id="lalu-is-then"),
        pytest.param("Lalu lintas padat. Senin (2/3), Budi datang.", None, id="a-dated-weekday"),
        pytest.param(
            "Police said last week that Budi left Brebes.", None, id="en-inside-a-sentence"
        ),
    ],
)
def test_a_sentence_opened_by_a_past_day_recalls_another_event(
    text: str, recap: list[str] | None
) -> None:
    tokens = _tokens(text)
    spans = [tokens[a:b] for a, b in recap_spans(tokens)]
    assert spans == ([recap] if recap else [])
    if recap:  # its names are not the article's
        names = _text_terms(tokens)[0]
        assert not {w.lower() for w in recap if w[0].isupper()} & set(names)
