"""Clustering features: which words count as names and numbers, and how signatures behave."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import pytest

from kroscek.cluster.assign import Candidate, decide, idf, within_window
from kroscek.cluster.features import (
    _headline_names,
    _names_and_numbers,
    band_keys,
    minhash_batch,
    sign_batch,
)
from kroscek.data import Article
from kroscek.settings import DEFAULT, Settings
from kroscek.text.tokens import TOKEN_RE


def names_of(text: str) -> tuple[list[str], list[str]]:
    return _names_and_numbers(TOKEN_RE.findall(text))


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "Banjir merendam rumah di Kecamatan Tarogong, Garut. Warga mengungsi ke GOR Ciateul.",
            {"tarogong", "garut", "kecamatan tarogong", "gor", "ciateul", "gor ciateul"},
            {"banjir", "warga"},  # sentence openers are not names
        ),
        (
            "PVMBG menaikkan status. Menurut BMKG, gempa tidak berpotensi tsunami.",
            {"pvmbg", "bmkg"},  # acronyms count even when they open a sentence
            {"menurut"},
        ),
        (
            "Firefighters reached the market in Medan on Monday. The mayor, Rudi Hartono, "
            "said it was under control.",
            {"medan", "rudi", "hartono", "rudi hartono"},
            {"firefighters", "the", "monday"},  # weekdays are stopwords
        ),
        (
            "\u201cKami siaga,\u201d kata Yosef Ambrosius. Ia menambahkan bantuan datang.",
            {"yosef", "ambrosius", "yosef ambrosius"},
            {"kami", "ia"},
        ),
    ],
)
def test_names_are_capitalised_non_openers_acronyms_and_pairs(
    text: str, present: set[str], absent: set[str]
) -> None:
    names, _ = names_of(text)
    assert present <= set(names)
    assert not absent & set(names)


@pytest.mark.parametrize(
    ("text", "numbers", "not_numbers"),
    [
        ("Sebanyak 1.150 warga mengungsi, Senin (11/3/2024).", {"1150"}, {"11", "3", "2024"}),
        ("Some 3,400 tonnes of cement since 2019; 7 crew.", {"3400"}, {"2019", "7"}),
        ("Skor akhir 2-1 dan 21.000 penonton pada 4/5.", {"21000"}, {"4", "5"}),
    ],
)
def test_numbers_skip_dates_years_and_single_digits(
    text: str, numbers: set[str], not_numbers: set[str]
) -> None:
    _, nums = names_of(text)
    assert numbers <= set(nums)
    assert not not_numbers & set(nums)


def test_headline_repeats_mark_the_event_names() -> None:
    title = ["Banjir", "rendam", "340", "rumah", "di", "tarogong", "kidul", "garut"]
    marked = _headline_names(title, ["garut", "tarogong kidul", "bpbd", "dadang"])
    assert marked == ["^garut", "^tarogong kidul"]


def test_minhash_of_identical_sets_is_identical_and_disjoint_sets_rarely_collide() -> None:
    rng = np.random.default_rng(3)
    a = rng.integers(0, 2**32, size=300, dtype=np.uint64)
    b = rng.integers(0, 2**32, size=300, dtype=np.uint64)
    sigs = minhash_batch([a, a.copy(), b, np.empty(0, dtype=np.uint64)], 64)
    assert (sigs[0] == sigs[1]).all()
    assert (sigs[0] == sigs[2]).mean() < 0.1
    assert (sigs[3] == 0xFFFFFFFF).all()  # no shingles: a signature that matches nothing real
    keys = band_keys(sigs, 16)
    assert keys.shape == (4, 16) and keys.dtype == np.int64 and (keys >= 0).all()
    assert (keys[0] == keys[1]).all() and not (keys[0] == keys[2]).any()


@pytest.mark.parametrize("perms", [32, 64, 128])
def test_minhash_estimate_is_close_to_true_jaccard(perms: int) -> None:
    base = np.arange(1, 1001, dtype=np.uint64) * np.uint64(2654435761) % np.uint64(2**32)
    other = np.concatenate([base[:600], base[:400] + np.uint64(7)])  # J = 600 / 1400
    sig = minhash_batch([base, other], perms)
    estimate = float((sig[0] == sig[1]).mean())
    assert abs(estimate - 600 / 1400) < 4 * np.sqrt(0.43 * 0.57 / perms)


def test_idf_weighs_rare_terms_more_and_stays_positive() -> None:
    assert idf(1, 1000) > idf(100, 1000) > idf(999, 1000) > 0
    assert idf(0, 0) == 0.0


@pytest.mark.parametrize(
    ("days", "window", "inside"), [(1.0, 3.0, True), (2.9, 3.0, True), (3.5, 3.0, False)]
)
def test_time_window(days: float, window: float, inside: bool) -> None:
    assert within_window(0.0, days * 86400, Settings(story_window_days=window)) is inside
    assert within_window(None, days * 86400, DEFAULT)  # undated articles are not excluded


def _art(aid: str, title: str, text: str, lang: str = "id") -> Article:
    return Article(
        id=aid,
        source="x",
        title=title,
        text=text,
        lang=lang,
        published=datetime(2024, 9, 17, tzinfo=UTC),
    )


def test_an_event_in_two_languages_matches_on_names_and_numbers() -> None:
    id_art = _art(
        "a",
        "Gempa M6,1 Guncang Halmahera Barat",
        "Gempa mengguncang Halmahera Barat, Maluku Utara. BPBD Halmahera Barat mendata 210 "
        "rumah rusak di Jailolo. Kepala BPBD Fandi Soamole meminta warga Jailolo waspada.",
    )
    en_art = _art(
        "b",
        "6.1 Quake Strikes Halmahera Barat",
        "A quake struck Halmahera Barat in North Maluku. The Halmahera Barat disaster agency "
        "said 210 homes were damaged in Jailolo. Agency chief Fandi Soamole urged Jailolo "
        "residents to stay alert.",
        lang="en",
    )
    sa, sb = sign_batch([id_art, en_art])
    cand = Candidate(
        rowid=1, id="a", story_id="s1", duplicate_of=None, ts=0.0, signature=sa, lang="id"
    )
    weights = dict.fromkeys(sa.keys | sb.keys, 1.0)
    assert decide(sb, 0.0, [cand], weights, lang="en").story_id == "s1"


def test_cached_term_ids_and_words_equal_the_uncached_ones() -> None:
    from kroscek.cluster import features as F

    words = ["Garut", "garut", "İstanbul", "_x", "12", "Budi", "Garut"]
    for _ in range(2):  # the second round comes from the caches
        assert F._body_words(words) == [t.lower() for t in words if t[0].isalnum()]
        ids = F._hash_set("e", ["garut", "budi", "garut"])
        assert ids.tolist() == sorted({F.term_hash("e", "garut"), F.term_hash("e", "budi")})


def test_signature_survives_pickling_between_processes() -> None:
    import pickle

    from kroscek.cluster.features import sign_batch
    from kroscek.data import Article

    art = Article(
        id="a1",
        source="X",
        title="Banjir di Garut",
        text="Banjir melanda Kabupaten Garut, "
        "Jawa Barat, Senin. Sebanyak 1.200 warga mengungsi ke balai desa.",
        url=None,
        published=None,
        lang="id",
        meta={},
    )
    (sig,) = sign_batch([art])
    back = pickle.loads(pickle.dumps(sig))
    for name in ("minhash", "ents", "nums", "terms"):
        assert getattr(back, name).dtype == getattr(sig, name).dtype
        assert getattr(back, name).tolist() == getattr(sig, name).tolist()
    assert (back.bands, back.keys, back.words) == (sig.bands, sig.keys, sig.words)


def test_ascii_tokens_are_the_tokenizer_s_tokens() -> None:
    import random
    import string

    from kroscek.cluster import features as F
    from kroscek.text.tokens import token_texts

    rng = random.Random(23)
    pieces = [*string.printable, "\x1c", "\x1f", "\x00", "1.200", "2,5", "al-Qassam", "Jum'at"]
    texts = ["Banjir merendam 1.200 rumah di Garut, kata Budi (BPBD).", ""]
    texts += ["".join(rng.choices(pieces, k=rng.randint(0, 24))) for _ in range(5000)]
    for text in texts:
        assert text.isascii()
        assert F._tokens(text) == token_texts(text), repr(text)
    assert F._tokens("Kata “Budi” – 12 ribu") == token_texts("Kata “Budi” – 12 ribu")


def test_batch_shingles_equal_the_shingles_of_each_text() -> None:
    import random

    from kroscek.cluster import features as F

    rng = random.Random(29)
    vocab = ["banjir", "garut", "warga", "mengungsi", "12", "the", "flood", "ß", "x"]
    for k in (1, 3, 5):
        lists = [[rng.choice(vocab) for _ in range(rng.randint(0, 12))] for _ in range(40)]
        lists += [[], ["banjir"], ["a"] * k, ["a"] * (k - 1)]
        got = F._batch_shingles(lists, k)
        want = [F._shingle_hashes(words, k) for words in lists]
        assert [(g.dtype, g.tolist()) for g in got] == [(w.dtype, w.tolist()) for w in want]
    assert F._batch_shingles([], 5) == []
