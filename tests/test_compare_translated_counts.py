"""An English wire and its Indonesian rewrite count the same things in two languages: the
counted nouns are translated ("players" / "pemain", "matches" / "pertandingan", "officials"
/ "ofisial"), so a count both give is never news only one side carries, and a large one is
an agreement."""

from __future__ import annotations

import pytest

from compare_helpers import of_type, run

WIRE = (
    "Federation bans 14 players over fixed matches",
    "The football federation on Friday, March 6, 2026, banned 14 players and three club "
    "officials for life after they fixed at least five matches in the regional league, the "
    "federation said. A further 1,250 players were questioned.",
)
REWRITE = (
    "Federasi Larang 14 Pemain Seumur Hidup",
    "Federasi sepak bola pada Jumat (6/3/2026) melarang 14 pemain dan tiga ofisial klub "
    "beraktivitas seumur hidup karena mengatur sedikitnya lima pertandingan di liga daerah. "
    "Sebanyak 1.250 pemain lain ikut diperiksa.",
)


@pytest.mark.parametrize(
    "figure", ["three club officials", "at least five matches", "tiga ofisial", "lima pertandingan"]
)
def test_a_count_both_languages_give_is_no_unique(figure):
    uniques = of_type(run(WIRE, REWRITE), "unique")
    assert not any(figure in " ".join(e.text for e in f.evidence) for f in uniques)


def test_a_large_count_of_translated_nouns_agrees():
    agreements = of_type(run(WIRE, REWRITE), "agreement")
    assert any(
        "1,250" in " ".join(e.text for e in f.evidence)
        and "1.250" in " ".join(e.text for e in f.evidence)
        for f in agreements
    )


def test_a_count_only_one_language_gives_is_still_unique():
    rewrite = (REWRITE[0], REWRITE[1] + " Dua wasit juga diskors selama lima tahun.")
    uniques = of_type(run(WIRE, rewrite), "unique")
    assert any("Dua wasit" in " ".join(e.text for e in f.evidence) for f in uniques)
