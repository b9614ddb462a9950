"""The tenth review's rules: interim scores (half-time, shoot-out), an outlet's slip in a score
or a kilometre post, decimal posts, recaps after a colon or opened by "Musim lalu,", and the
issues of a price report.

The ninth review's markers split one match's live report from its final report, a preview
from the match, an outlet's wrong score from the others, and a crash report with a post a few
kilometres off (docs/corpus.md, tenth review). The texts are invented for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kroscek.cluster.assign import (
    APART,
    SLIP_NAMES,
    markers_floor,
    other_markers,
    other_prices,
    similarity,
)
from kroscek.cluster.features import (
    SIGNATURE_VERSION,
    _text_terms,
    _tokens,
    event_markers,
    interim_values,
    marker_values,
    recap_spans,
    score_sides,
    sign_batch,
)
from test_cluster_assign_review6 import art, ingest_in_order


def markers_of(title: str, text: str) -> dict[str, object]:
    """The full, half-time and shoot-out scores (as ordered pairs) and the posts found."""
    markers = frozenset(event_markers(title, text))
    full, posts = marker_values(markers)
    half, shoot = interim_values(markers)
    return {
        "full": {score_sides(s) for s in full},
        "half": {score_sides(s) for s in half},
        "shoot": {score_sides(s) for s in shoot},
        "posts": sorted(posts),
    }


def test_interim_scores_change_the_signatures_version() -> None:
    assert SIGNATURE_VERSION >= 9


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        pytest.param(
            "Laporan Langsung",
            "Sinar Fajar tertinggal 0-1 di babak pertama dari Putra Rimba.",
            {"full": set(), "half": {(0, 1)}, "shoot": set(), "posts": []},
            id="id-behind-at-half-time",
        ),
        pytest.param(
            "Live",
            "The visitors led 2-0 at the break before the storm.",
            {"full": set(), "half": {(0, 2)}, "shoot": set(), "posts": []},
            id="en-at-the-break",
        ),
        pytest.param(
            "Babak Pertama, Sinar Fajar Unggul 1-0 atas Putra Rimba",
            "",
            {"full": set(), "half": {(0, 1)}, "shoot": set(), "posts": []},
            id="headline-naming-the-half-first",
        ),
        pytest.param(
            "Sinar Fajar Lolos",
            "Laga berakhir imbang 2-2, lalu Sinar Fajar menang adu penalti 5-4.",
            {"full": {(2, 2)}, "half": set(), "shoot": {(4, 5)}, "posts": []},
            id="id-draw-then-shoot-out",
        ),
        pytest.param(
            "Rimba out",
            "Sinar Fajar beat Putra Rimba 5-4 on penalties after a 2-2 draw in the cup.",
            {"full": {(2, 2)}, "half": set(), "shoot": {(4, 5)}, "posts": []},
            id="en-shoot-out-before-the-draw",
        ),
        pytest.param(
            "Putra Rimba Menang",
            "Usai turun minum, Putra Rimba menambah dua gol dan menang 3-1 atas Sinar Fajar.",
            {"full": {(1, 3)}, "half": set(), "shoot": set(), "posts": []},
            id="after-the-interval-is-still-the-final",
        ),
        pytest.param(
            "Imbang",
            "Kedua tim bermain imbang 0-0 selama 90 menit di Stadion Batu Hitam.",
            {"full": {(0, 0)}, "half": set(), "shoot": set(), "posts": []},
            id="draw-over-ninety-minutes",
        ),
        pytest.param(
            "Truk Terguling",
            "Truk terguling di kilometer 63,4 Tol Lembah Hijau arah timur.",
            {"full": set(), "half": set(), "shoot": set(), "posts": [63]},
            id="decimal-post-with-a-comma",
        ),
        pytest.param(
            "Truck overturns",
            "A truck overturned at KM 63.4 of the Lembah Hijau toll road.",
            {"full": set(), "half": set(), "shoot": set(), "posts": [63]},
            id="decimal-post-with-a-point",
        ),
    ],
)
def test_scores_and_posts_are_read_with_their_kind(
    title: str, text: str, expected: dict[str, object]
) -> None:
    assert markers_of(title, text) == expected


@pytest.mark.parametrize(
    ("text", "recap"),
    [
        pytest.param(
            "Ini kecelakaan kedua dalam sepekan: Selasa lalu sebuah truk terguling di KM 40.",
            [":", "Selasa", "lalu", "sebuah", "truk", "terguling", "di", "KM", "40"],
            id="id-past-day-after-a-colon",
        ),
        pytest.param(
            "It was the third fire in a month: on Friday a blaze gutted Pasar Lama.",
            [":", "on", "Friday", "a", "blaze", "gutted", "Pasar", "Lama"],
            id="en-on-a-weekday-after-a-colon",
        ),
        pytest.param(
            "Bukan yang pertama: dua pekan lalu, gudang di Cikaret juga terbakar.",
            [":", "dua", "pekan", "lalu", ",", "gudang", "di", "Cikaret", "juga", "terbakar"],
            id="id-weeks-ago-after-a-colon",
        ),
        pytest.param(
            "Pelatih gusar. Musim lalu, Putra Rimba kalah 0-4 di sini.",
            ["lalu", ",", "Putra", "Rimba", "kalah", "0", "-", "4", "di", "sini"],
            id="id-last-season",
        ),
        pytest.param(
            "The coach was wary. Last season, Rimba lost 4-0 here.",
            ["Last", "season", ",", "Rimba", "lost", "4", "-", "0", "here"],
            id="en-last-season",
        ),
    ],
)
def test_a_recap_of_a_past_day_after_a_colon_or_season_is_passed_over(
    text: str, recap: list[str]
) -> None:
    tokens = _tokens(text)
    spans = recap_spans(tokens)
    assert [tokens[s:e] for s, e in spans][-1][-len(recap) :] == recap


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Kronologi: Senin (12/4) pukul 03.00 truk terguling di Wonokerto.", id="date"),
        pytest.param("Jadwal: Senin tim bertanding di Wonokerto.", id="no-lalu"),
        pytest.param("Timeline: Monday's meeting at Wonokerto went on.", id="en-no-on"),
    ],
)
def test_a_colon_before_the_articles_own_day_opens_no_recap(text: str) -> None:
    assert recap_spans(_tokens(text)) == []
    names, _, _ = _text_terms(_tokens(text))
    assert "wonokerto" in names


LEAGUE_FINAL = (
    "Sinar Fajar Tundukkan Putra Rimba 2-1 di Stadion Batu Hitam",
    "Sinar Fajar menang 2-1 atas Putra Rimba di Stadion Batu Hitam, Kota Lembah Hijau, Sabtu "
    "malam. Sinar Fajar unggul 1-0 di babak pertama lewat Bagas Wicaksono. Putra Rimba "
    "menyamakan skor lewat Teddy Sirait sebelum Galih Permadi mencetak gol penentu. Pelatih "
    "Sinar Fajar, Arif Mulyono, memuji Galih. Pelatih Putra Rimba, Joni Siregar, kecewa.",
)
LEAGUE_LIVE = (
    "LIVE: Babak Pertama, Sinar Fajar Unggul 1-0 atas Putra Rimba",
    "Sinar Fajar unggul 1-0 atas Putra Rimba di babak pertama di Stadion Batu Hitam, Kota "
    "Lembah Hijau, Sabtu malam. Bagas Wicaksono mencetak gol. Teddy Sirait dari Putra Rimba "
    "nyaris menyamakan skor. Pelatih Arif Mulyono dan Joni Siregar sama-sama berdiri di tepi "
    "lapangan. Galih Permadi masih di bangku cadangan.",
)
LEAGUE_WRONG = (
    "Sinar Fajar Tundukkan Putra Rimba 3-1 di Stadion Batu Hitam",
    "Sinar Fajar menang 3-1 atas Putra Rimba di Stadion Batu Hitam, Kota Lembah Hijau, Sabtu "
    "malam. Bagas Wicaksono membuka skor. Putra Rimba menyamakan skor lewat Teddy Sirait "
    "sebelum Galih Permadi mencetak gol. Pelatih Sinar Fajar, Arif Mulyono, memuji Galih. "
    "Pelatih Putra Rimba, Joni Siregar, kecewa.",
)
CUP_TIE = (
    "Sinar Fajar Ditahan Elang Biru 1-1 di Stadion Batu Hitam",
    "Sinar Fajar bermain imbang 1-1 dengan Elang Biru di Stadion Batu Hitam, Kota Lembah Hijau, "
    "Rabu malam. Gol Sinar Fajar dicetak Bagas Wicaksono. Elang Biru menyamakan skor lewat "
    "Rudi Hartono. Pelatih Sinar Fajar, Arif Mulyono, kecewa. Pelatih Elang Biru, Samsul Bahri, "
    "puas.",
)
CUP_SHOOT_OUT = (
    "Sinar Fajar Menang Adu Penalti 4-2 atas Elang Biru",
    "Sinar Fajar menang adu penalti 4-2 atas Elang Biru di Stadion Batu Hitam, Kota Lembah "
    "Hijau. Bagas Wicaksono dan Rudi Hartono mencetak gol. Pelatih Arif Mulyono memuji kiper. "
    "Pelatih Elang Biru, Samsul Bahri, menerima hasil.",
)


@pytest.mark.parametrize(
    ("first", "second", "together"),
    [
        pytest.param(LEAGUE_FINAL, LEAGUE_LIVE, True, id="a-live-half-time-report-and-the-final"),
        pytest.param(LEAGUE_FINAL, LEAGUE_WRONG, True, id="an-outlet-a-goal-off-the-score"),
        pytest.param(LEAGUE_FINAL, CUP_TIE, False, id="the-teams-other-match-a-draw"),
        pytest.param(LEAGUE_FINAL, CUP_SHOOT_OUT, False, id="a-shoot-out-and-a-match-won-in-play"),
        pytest.param(CUP_TIE, CUP_SHOOT_OUT, True, id="a-draw-and-its-shoot-out"),
    ],
)
def test_one_match_stays_whole_and_another_match_apart(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str], together: bool
) -> None:
    a, b = art("a", *first, "id"), art("b", *second, "id", hours=2)
    stories = ingest_in_order(tmp_path, [a, b])
    assert (stories[0] == stories[1]) is together


@pytest.mark.parametrize(
    ("first", "second", "floor"),
    [
        pytest.param("menang 2-1.", "menang 3-1.", SLIP_NAMES, id="a-goal-off"),
        pytest.param("menang 2-1.", "imbang 1-1.", APART, id="a-draw-and-a-win"),
        pytest.param("menang 2-1.", "menang 2-0.", SLIP_NAMES, id="the-losers-goal-off"),
        pytest.param("menang 2-1.", "menang 4-0.", APART, id="another-score"),
        pytest.param("menang 21-19.", "menang 21-18.", APART, id="points-of-a-set-are-no-slip"),
        pytest.param("menang 2-1.", "tertinggal 0-1 di babak pertama.", 0.0, id="half-v-full"),
        pytest.param("menang 2-1.", "menang adu penalti 4-3.", APART, id="shoot-out-v-a-win"),
        pytest.param("imbang 1-1.", "menang adu penalti 4-3.", 0.0, id="shoot-out-v-a-draw"),
        pytest.param("di KM 57.", "di KM 61.", SLIP_NAMES, id="a-post-four-km-off"),
        pytest.param("di KM 57.", "di KM 75.", 0.0, id="a-post-with-digits-swapped"),
        pytest.param("di KM 57.", "di KM 70.", APART, id="another-post"),
    ],
)
def test_markers_ask_for_names_by_how_far_they_differ(
    first: str, second: str, floor: float
) -> None:
    sa, sb = sign_batch([art("a", "Laporan", first, "id"), art("b", "Laporan", second, "id")])
    assert markers_floor(sa, sb) == markers_floor(sb, sa) == floor
    assert other_markers(sa, sb) is (floor == APART)


CUP_WIN = (
    "Elang Biru Takluk 0-2, Samsul Bahri Soroti Lini Belakang",
    "Elang Biru kalah 0-2 dari Sinar Fajar pada laga piala, Rabu malam. Dimas Saputra mencetak "
    "dua gol. Pelatih Elang Biru, Samsul Bahri, menyesalkan lini belakang Elang Biru. Kapten "
    "Elang Biru, Rudi Hartono, meminta maaf kepada suporter Elang Biru.",
)


@pytest.mark.parametrize(
    ("other", "slip"),
    [
        pytest.param(LEAGUE_WRONG, True, id="one-match-a-goal-off"),
        pytest.param(CUP_WIN, False, id="another-match-a-goal-off"),
    ],
)
def test_a_slip_needs_names_that_agree(other: tuple[str, str], slip: bool) -> None:
    sa, sb = sign_batch([art("a", *LEAGUE_FINAL, "id"), art("b", *other, "id", hours=2)])
    weights = dict.fromkeys(sa.keys | sb.keys, 1.0)
    assert markers_floor(sa, sb) == SLIP_NAMES
    assert (similarity(sa, sb, weights).score > 0.0) is slip


def price_report(day: str, prices: tuple[str, ...]) -> tuple[str, str]:
    chilli, rice, egg, shallot, oil, sugar = prices
    return (
        f"Harga Pangan di Pasar Sumber Rejeki {day}: Cabai Rawit Rp{chilli}",
        f"Harga cabai rawit di Pasar Sumber Rejeki, Kota Lembah Hijau, Rp{chilli} per kilogram "
        f"pada {day}. Beras medium Rp{rice}, telur ayam Rp{egg}, bawang merah Rp{shallot}, "
        f"minyak goreng Rp{oil} per liter dan gula pasir Rp{sugar}. Kepala Dinas Perdagangan "
        "Kota Lembah Hijau, Wiryo Atmojo, mengatakan pasokan aman.",
    )


MONDAY = price_report("Senin", ("48.000", "12.900", "26.800", "35.500", "17.600", "16.900"))
MONDAY_EN = (
    "Chilli prices at Lembah Hijau's Sumber Rejeki market",
    "Bird's eye chillies cost 48,000 rupiah a kilogram at Sumber Rejeki market in Lembah Hijau "
    "on Monday. Medium rice cost 12,900 rupiah, eggs 26,800 rupiah, shallots 35,500 rupiah, "
    "cooking oil 17,600 rupiah a litre and sugar 16,900 rupiah, said Wiryo Atmojo of the "
    "Lembah Hijau trade office.",
)
THURSDAY = price_report("Kamis", ("57.000", "12.900", "27.400", "36.250", "17.600", "17.300"))
# a report of one price and the next day's response to it: one story, whatever its figures
RISE = (
    "Harga Cabai Rawit di Pasar Sumber Rejeki Naik Jadi Rp48.000",
    "Harga cabai rawit di Pasar Sumber Rejeki, Kota Lembah Hijau, naik menjadi Rp48.000 per "
    "kilogram dari Rp39.000 pekan lalu. Kepala Dinas Perdagangan Kota Lembah Hijau, Wiryo "
    "Atmojo, menyebut pasokan dari petani berkurang. Pedagang Sumber Rejeki mengeluh sepi.",
)
RESPONSE = (
    "Cabai Rawit Mahal, Dinas Perdagangan Lembah Hijau Gelar Operasi Pasar di Sumber Rejeki",
    "Dinas Perdagangan Kota Lembah Hijau menggelar operasi pasar cabai rawit di Pasar Sumber "
    "Rejeki setelah harga naik ke Rp48.000. Kepala Dinas Perdagangan Wiryo Atmojo mengatakan "
    "cabai dijual Rp40.000 per kilogram, paling banyak 2 kilogram per pembeli, dari 500 "
    "kilogram stok.",
)


@pytest.mark.parametrize(
    ("first", "second", "hours", "together"),
    [
        pytest.param(MONDAY, THURSDAY, 72.0, False, id="two-issues-three-days-apart"),
        pytest.param(MONDAY_EN, THURSDAY, 72.0, False, id="two-issues-in-two-languages"),
        pytest.param(MONDAY, MONDAY_EN, 5.0, True, id="one-issue-in-two-languages"),
        pytest.param(MONDAY, MONDAY, 26.0, True, id="a-late-re-post-keeps-its-prices"),
        pytest.param(RISE, RESPONSE, 26.0, True, id="a-price-rise-and-the-next-days-response"),
    ],
)
def test_a_price_reports_issues_are_told_apart_by_their_prices(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str], hours: float, together: bool
) -> None:
    lang = "en" if first is MONDAY_EN else "id"
    a, b = art("a", *first, lang), art("b", *second, "id", hours=hours)
    sa, sb = sign_batch([a, b])
    assert other_prices(sa, sb) is not together
    stories = ingest_in_order(tmp_path, [a, b])
    assert (stories[0] == stories[1]) is together
