"""How names (E) and topical words (T) combine into the story score S = E^w * T^(1-w).

Topical words say what kind of event an article reports, never which one: two floods, two
quakes, two arrests are written with the same words, and wire or template-like prose
repeats whole sentences across events. Names and numbers say which one. So shared wording
must not lift a weak name match over the threshold, while two outlets' reports of one event
in their own words (moderate E and T) must join.
"""

from __future__ import annotations

import numpy as np
import pytest

from kroscek.cluster.assign import Candidate, decide
from kroscek.cluster.features import Signature
from kroscek.settings import DEFAULT


def sig(names: range, words: range, seed: int) -> Signature:
    # distinct random MinHash values: the two texts share no shingles
    rng = np.random.default_rng(seed)
    return Signature(
        minhash=rng.integers(0, 2**32, size=DEFAULT.minhash_perms, dtype=np.uint32),
        bands=(),
        ents=np.array(list(names), dtype=np.int64),
        nums=np.empty(0, dtype=np.int64),
        terms=np.array(list(words), dtype=np.int64) + 10_000,
    )


def overlap(shared: int, size: int = 20) -> tuple[range, range]:
    """Two term sets of ``size`` terms sharing ``shared`` (cosine shared / size)."""
    return range(size), range(size - shared, 2 * size - shared)


@pytest.mark.parametrize(
    ("shared_names", "shared_words", "joins"),
    [
        pytest.param(4, 16, False, id="same-wording-weak-names-other-event"),
        pytest.param(0, 20, False, id="identical-wording-no-names-other-event"),
        pytest.param(7, 7, True, id="own-words-moderate-names-same-event"),
        pytest.param(10, 2, True, id="names-agree-words-differ-same-event"),
        pytest.param(2, 4, False, id="weak-names-weak-words-other-event"),
    ],
)
def test_shared_wording_cannot_stand_in_for_shared_names(
    shared_names: int, shared_words: int, joins: bool
) -> None:
    names_a, names_b = overlap(shared_names)
    words_a, words_b = overlap(shared_words)
    weight2 = {t: 1.0 for t in range(40)}
    earlier = Candidate(
        rowid=1,
        id="b",
        story_id="s-b",
        duplicate_of=None,
        ts=0.0,
        signature=sig(names_b, words_b, 2),
    )
    decision = decide(sig(names_a, words_a, 1), 3600.0, [earlier], weight2, DEFAULT, lang="id")
    assert (decision.story_id == "s-b") is joins
