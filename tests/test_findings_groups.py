"""The union-find the finding modules share to join figures that agree or fit together."""

from __future__ import annotations

import pytest

from kroscek.compare.findings._common import Groups, lexicon_lang


@pytest.mark.parametrize(
    ("n", "joins", "expected"),
    [
        (3, [], [[0], [1], [2]]),
        (4, [(0, 2)], [[0, 2], [1], [3]]),
        (5, [(3, 4), (1, 3)], [[0], [1, 3, 4], [2]]),
        (5, [(0, 1), (2, 3), (1, 3)], [[0, 1, 2, 3], [4]]),
        (4, [(2, 2), (0, 3), (3, 0)], [[0, 3], [1], [2]]),
    ],
)
def test_groups_hold_items_joined_directly_or_through_others(
    n: int, joins: list[tuple[int, int]], expected: list[list[int]]
) -> None:
    joined = Groups(n)
    for i, j in joins:
        joined.join(i, j)
    members = joined.members()
    assert list(members.values()) == expected
    for root, items in members.items():
        assert {joined.find(i) for i in items} == {root}


def test_a_join_puts_the_second_group_under_the_first_ones_root() -> None:
    joined = Groups(3)
    joined.join(2, 0)
    assert joined.find(0) == joined.find(2) == 2


@pytest.mark.parametrize(
    ("lang", "expected"), [("en", "en"), ("id", "id"), ("ms", "id"), ("und", "id"), (None, "id")]
)
def test_text_outside_english_is_read_with_the_indonesian_lexicon(
    lang: str | None, expected: str
) -> None:
    assert lexicon_lang(lang) == expected
