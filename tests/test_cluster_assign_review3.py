"""Story similarity across languages (the third blind review, docs/corpus.md).

Two languages cannot share topical words, so across languages the names decide alone. The
names an English and an Indonesian report of one event share are its proper names (an agency
or a province is translated, "Komisi Pemberantasan Korupsi" / "Corruption Eradication
Commission"), and the Indonesian report's administrative pairs ("kabupaten cianjur") have no
English counterpart: on the four labelled sets the name cosine of a report with its own story
across languages is 0.26 and more, with another story 0.14 at most. A cross-language pair
scores ``E ** w``, what the same names score within one language when the words agree.
"""

from __future__ import annotations

import numpy as np
import pytest

from kroscek.cluster.assign import Candidate, decide, similarity
from kroscek.cluster.features import Signature
from kroscek.settings import DEFAULT

W = DEFAULT.story_entity_weight


def _sig(names: range, words: range = range(0)) -> Signature:
    """A signature with these name ids and topical word ids (no shared text)."""
    return Signature(
        minhash=np.arange(64, dtype=np.uint32) + np.uint32(10_000 * names.start),
        bands=(),
        ents=np.array(list(names), dtype=np.int64),
        nums=np.empty(0, dtype=np.int64),
        terms=np.array(list(words), dtype=np.int64),
    )


def _pair(shared: int, size: int = 20) -> tuple[Signature, Signature]:
    """Two articles of ``size`` names each, ``shared`` of them in common (cosine shared/size)."""
    a = _sig(range(1000, 1000 + size), range(1, 30))
    b = _sig(range(1000 + size - shared, 1000 + 2 * size - shared), range(101, 130))
    return a, b


@pytest.mark.parametrize(
    ("shared", "names"),
    [
        pytest.param(3, 0.15, id="look-alike-level"),
        pytest.param(5, 0.25, id="english-wire-against-indonesian-report"),
        pytest.param(8, 0.40, id="typical-own-story"),
    ],
)
def test_across_languages_a_pair_scores_what_its_names_score_with_agreeing_words(
    shared: int, names: float
) -> None:
    a, b = _pair(shared)
    weight2 = dict.fromkeys(a.keys | b.keys, 1.0)
    sim = similarity(a, b, weight2, same_language=False)
    assert sim.names == pytest.approx(names)
    assert sim.score == pytest.approx(names**W)
    # within one language the same names with fully agreeing words score the same
    same_words = _sig(range(1000 + 20 - shared, 1000 + 40 - shared), range(1, 30))
    assert similarity(a, same_words, weight2).score == pytest.approx(sim.score)


@pytest.mark.parametrize(
    ("shared", "joins"),
    [
        pytest.param(5, True, id="english-wire-at-name-cosine-0.25-joins"),
        pytest.param(7, True, id="english-report-at-name-cosine-0.35-joins"),
        pytest.param(3, False, id="other-story-at-name-cosine-0.15-stays-apart"),
    ],
)
def test_a_report_in_another_language_joins_by_its_names(shared: int, joins: bool) -> None:
    english, indonesian = _pair(shared)
    weight2 = dict.fromkeys(english.keys | indonesian.keys, 1.0)
    cand = Candidate(
        rowid=1, id="a1", story_id="s1", duplicate_of=None, ts=0.0, signature=indonesian, lang="id"
    )
    decision = decide(english, 3600.0, [cand], weight2, lang="en")
    assert (decision.story_id == "s1") is joins
    # the score ``decide`` computes is the one ``similarity`` computes
    assert decision.score == pytest.approx(
        similarity(english, indonesian, weight2, same_language=False).score
    )
