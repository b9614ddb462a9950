"""``_common.opcodes`` gives the edits ``difflib.SequenceMatcher`` gives, step for step.

The slot-conflict and spelling-variant rules read these edits; the function replaces the
matcher only for speed, so every tie must break as the matcher breaks it.
"""

from __future__ import annotations

import random
from difflib import SequenceMatcher

import pytest

from kroscek.compare.findings._common import opcodes


def _difflib(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    return SequenceMatcher(None, a, b, autojunk=False).get_opcodes()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a name swapped inside a copied frame
        (
            "polisi menangkap dua tersangka di kecamatan sukamaju pada senin malam",
            "polisi menangkap dua tersangka di kecamatan sukamakmur pada senin malam",
        ),
        # clauses moved: the longest run wins, the rest is matched on each side of it
        (
            "kata dia para petugas itu memeriksa gudang di wilayah utara pada pagi hari",
            "para petugas itu kata dia memeriksa gudang pabrik di wilayah utara pada pagi",
        ),
        # repeated words: ties go to the leftmost match
        ("the the storm hit the coast the night", "the storm the storm hit the coast"),
        ("a b a b a b", "b a b a"),
        # one side empty, both empty, identical
        ("", "banjir merendam tiga desa"),
        ("banjir merendam tiga desa", ""),
        ("", ""),
        ("harga beras naik lima persen", "harga beras naik lima persen"),
        # nothing in common
        ("gempa mengguncang pulau", "the minister resigned today"),
    ],
)
def test_opcodes_are_difflibs_on_sentences(a: str, b: str) -> None:
    wa, wb = a.split(), b.split()
    assert opcodes(wa, wb) == _difflib(wa, wb)


@pytest.mark.parametrize("seed", range(8))
def test_opcodes_are_difflibs_on_edited_random_sequences(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(500):
        vocab = [str(k) for k in range(rng.randint(1, 8))]
        a = [rng.choice(vocab) for _ in range(rng.randint(0, 30))]
        b = list(a)
        for _ in range(rng.randint(0, 6)):
            op = rng.random()
            if op < 0.3 and b:
                b.pop(rng.randrange(len(b)))
            elif op < 0.6:
                b.insert(rng.randint(0, len(b)), rng.choice(vocab))
            elif b:
                b[rng.randrange(len(b))] = rng.choice(vocab)
        assert opcodes(a, b) == _difflib(a, b), (a, b)
