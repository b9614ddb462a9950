"""Three sources giving three different figures for one toll is one dispute: one conflict
naming all three, not three findings each repeating two of them."""

from __future__ import annotations

import pytest

from compare_helpers import of_type, run
from kroscek.compare.findings.conflict import _conflict_groups, _spelled_out


def test_three_figures_for_one_toll_are_one_conflict():
    texts = [
        (
            "Longsor di Desa Watu, {} Warga Tewas",
            "Longsor menimbun Desa Watu, Kabupaten Sirangga, "
            "Senin (2/3/2026). Sebanyak {} warga tewas tertimbun, kata Kepala BPBD Sirangga.",
        ),
    ]
    title, body = texts[0]
    report = run(
        (title.format(6), body.format(6)),
        (title.format(8), body.format(8)),
        (title.format(11), body.format(11)),
    )
    conflicts = [f for f in of_type(report, "conflict") if "warga" in f.message]
    assert len(conflicts) == 1
    shown = " ".join(e.text for e in conflicts[0].evidence)
    assert all(f"{n} warga" in shown for n in (6, 8, 11))


@pytest.mark.parametrize(
    ("pairs", "groups"),
    [
        ([(0, 1)], [[0, 1]]),
        ([(0, 1), (0, 2), (1, 2)], [[0, 1, 2]]),
        ([(0, 1), (1, 2)], [[0, 1], [1, 2]]),
        ([(0, 1), (2, 3)], [[0, 1], [2, 3]]),
    ],
)
def test_claims_group_only_when_each_contradicts_every_other(pairs, groups):
    assert _conflict_groups(pairs) == groups


@pytest.mark.parametrize(
    ("xs", "ys", "same"),
    [
        (["Gelora", "Bandung", "Lautan", "Api"], ["GBLA"], True),
        (["GBK"], ["Gelora", "Bung", "Karno"], True),
        (["Stadion", "Manahan"], ["SMS"], False),
        (["Lautan", "Api"], ["Kapten", "I", "Wayan", "Dipta"], False),
    ],
)
def test_a_short_form_spelled_by_the_other_sides_initials_is_one_name(xs, ys, same):
    assert _spelled_out(xs, ys) is same
