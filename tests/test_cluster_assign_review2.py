"""Story similarity of full-length reports whose side names outnumber the event's names.

The second blind review (docs/corpus.md): two outlets' reports of one event share the few
names each repeats and name side people and places of their own once each; a report
of a look-alike event on the same day shares the kind of event, not its names.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kroscek.cluster.assign import idf, similarity, weighted_cosine
from kroscek.cluster.features import Signature, repeat_id, sign_batch
from kroscek.data import Article
from kroscek.settings import DEFAULT


def _report(title: str, core: list[str], side: list[str], spelling: str = "") -> str:
    a, b, c = core[:3]
    lines = [
        f"Api membakar asrama {a} di {b}, {c}, Kamis dini hari. Warga {b} ikut memadamkan api.",
        f"Pengasuh {a}, {spelling or 'Kiai Muhammad Nashir'}, mengatakan santri {a} selamat.",
        f"Petugas pemadam dari {c} tiba setengah jam kemudian, kata warga {b}.",
    ]
    lines += [f"Menurut {name}, kerugian masih dihitung." for name in side]
    return title + "\n\n" + "\n\n".join(lines)


def _article(title: str, text: str) -> Article:
    return Article(
        id=title,
        title=title,
        text=text,
        source="t",
        url=f"https://example.test/{abs(hash(text))}",
        published=datetime(2026, 10, 8, tzinfo=UTC),
    )


def _score(a: Signature, b: Signature, corpus: list[Signature]) -> float:
    df: dict[int, int] = {}
    for sig in corpus:
        for term in sig.keys:
            df[term] = df.get(term, 0) + 1
    weight2 = {t: idf(df.get(t, 0), len(corpus)) ** 2 for t in a.keys | b.keys}
    return similarity(a, b, weight2).score


# eight side people of each report, each named once
SIDE_A = [
    "Agus Santoso",
    "Budi Wibowo",
    "Citra Lestari",
    "Dedi Kurniawan",
    "Eka Putri",
    "Fajar Ramadhan",
    "Hana Yulianti",
    "Iwan Setiawan",
]
SIDE_B = [
    "Gita Permana",
    "Hadi Susanto",
    "Indra Gunawan",
    "Joko Widodo",
    "Kartika Sari",
    "Lukas Tanoto",
    "Mira Rahayu",
    "Novi Safitri",
]
SIDE_C = [
    "Maya Anggraini",
    "Nanda Saputra",
    "Oki Pratama",
    "Putu Artawan",
    "Rina Handayani",
    "Sigit Nugroho",
    "Tono Hartono",
    "Umar Faisal",
]


@pytest.mark.parametrize(
    "spelling",
    [
        # the repeated core names outweigh eight side people each (0.254 before they counted
        # twice, 0.332 now)
        pytest.param("Kiai Muhammad Nashir", id="core-names-repeated"),
        # ... and the cleric in another outlet's spelling is the same person (0.159, 0.294)
        pytest.param("KH Mohammad Nasir", id="cleric-in-another-spelling"),
    ],
)
def test_two_reports_of_one_event_with_their_own_side_names_share_a_story(spelling: str) -> None:
    core = ["Darul Falah", "Rowokembu", "Wonopringgo"]
    other = ["Nurul Huda", "Karangsari", "Bulakamba"]
    first, second, lookalike, *background = sign_batch(
        [
            _article("Asrama Pesantren Terbakar", _report("Asrama Terbakar", core, SIDE_A)),
            _article("Santri Diliburkan", _report("Santri Libur", core, SIDE_B, spelling)),
            _article("Asrama Lain Terbakar", _report("Asrama Terbakar", other, SIDE_C)),
            *(
                _article(f"Lain {i}", f"Berita lain tentang Jakarta dan Bandung nomor {i}.")
                for i in range(20)
            ),
        ]
    )
    corpus = [first, lookalike, *background]  # what the ingest has seen when `second` comes
    assert _score(second, first, corpus) >= DEFAULT.story_similarity
    assert _score(second, lookalike, corpus) < DEFAULT.story_similarity


@pytest.mark.parametrize(
    ("b_repeats_it", "expected"),
    [
        # both repeat the shared name: its second count is shared too
        pytest.param(True, 2 / 3, id="both-repeat"),
        # only `a` repeats it: its second count weighs half in a's norm
        pytest.param(False, 1 / (2.5 * 2) ** 0.5, id="one-repeats"),  # 1 / sqrt(3 * 2) in full
    ],
)
def test_a_second_count_the_other_lacks_weighs_half_in_the_norm(
    b_repeats_it: bool, expected: float
) -> None:
    name, side_a, side_b = 1, 2, 3
    again = repeat_id(name)
    a = frozenset({name, again, side_a})
    b = frozenset({name, side_b} | ({again} if b_repeats_it else set()))
    weight2 = dict.fromkeys(a | b, 1.0)
    a_rep = frozenset({again})
    b_rep = frozenset({again}) if b_repeats_it else frozenset()
    assert weighted_cosine(a, b, weight2, a_rep, b_rep) == pytest.approx(expected)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Warga Rowokembu mengungsi. Api di Rowokembu padam.", id="one-repeated"),
        pytest.param("Warga Rowokembu dan Kajen mengungsi.", id="none-repeated"),
    ],
)
def test_a_signature_knows_its_second_counts(text: str) -> None:
    [sig] = sign_batch([_article("Kebakaran", text)])
    assert sig.repeats == {t for t in sig.keys if any(repeat_id(k) == t for k in sig.keys)}
    assert len(sig.repeats) == text.count("Rowokembu") - 1
    assert all(repeat_id(t) not in sig.keys for t in sig.repeats)  # no involution
