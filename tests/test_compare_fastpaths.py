"""The compare fast paths give exactly what the slower code they stand in for gives: the word
lists of alignment, the claim pairs and their pre-test, the context windows of facts, the span
index of extraction and the link rules' shortcuts."""

from __future__ import annotations

import dataclasses
import random
from bisect import bisect_left
from itertools import combinations
from pathlib import Path

import pytest

from kroscek.align import align
from kroscek.align.words import Word, _keys, words
from kroscek.clean import clean
from kroscek.compare import compare
from kroscek.compare.findings import _common
from kroscek.compare.findings.claims import ClaimKind, ClaimSet, grouping, relation
from kroscek.data import RawArticle
from kroscek.extract import extract_facts, link_entities
from kroscek.extract.spans import SpanIndex
from kroscek.text.tokens import tokenize

_ID_A = (
    "Banjir Bandang Terjang Garut, 12 Orang Tewas",
    "GARUT - Banjir bandang menerjang tiga desa di Kabupaten Garut, Jawa Barat, pada Senin "
    "(4/3/2024). Sebanyak 12 orang tewas dan 5 warga masih hilang, kata Kepala BPBD Garut "
    "Rahmat Hidayat. Sekitar 240 rumah rusak dan kerugian ditaksir Rp 3,5 miliar. Tim SAR "
    "mengerahkan 150 personel dan dua perahu karet. Hujan turun selama 6 jam sebelum sungai "
    'meluap. "Kami masih mencari lima warga yang hilang," ujar Rahmat. Bupati Garut Rudy '
    "Gunawan mengunjungi 300 pengungsi di posko pada Selasa.",
)
_ID_B = (
    "Banjir di Garut: 14 Warga Meninggal",
    "Banjir bandang di Garut menewaskan 14 warga, Senin (4/3/2024). Lima orang dilaporkan "
    "hilang dan 250 rumah rusak berat. BPBD mencatat kerugian mencapai Rp 5,3 miliar. Kepala "
    "BPBD Garut Rahmat Hidayat mengatakan pencarian melibatkan 150 personel. Hujan deras turun "
    "selama 360 menit. Sebanyak 300 pengungsi ditampung di dua posko, dan 2 kali bantuan "
    "dikirim. Bupati Rudy Gunawan menyebut 12 orang tewas di Desa Cikajang.",
)
_EN_A = (
    "Warehouse fire in Surabaya kills 7 workers",
    "SURABAYA - A fire at a textile warehouse in Surabaya killed seven workers on Tuesday, "
    "police said. At least 20 people were injured and 3 remain missing. The blaze caused "
    "losses of about $2.1 million, the firm's director John Halim said. Some 80 firefighters "
    "fought the fire for 5 hours. Police questioned 12 witnesses.",
)
_EN_B = (
    "Seven dead as fire guts Surabaya warehouse",
    "A fire gutted a warehouse in Surabaya on Tuesday, killing 9 workers and injuring 20 "
    "others. Losses were put at $1.2 million. Director John Halim said 80 firefighters "
    "worked for 300 minutes. Three workers are still missing, and 12 witnesses were heard. "
    "Seven workers died at the scene, police said.",
)


def _prepared(*pairs: tuple[str, str]):  # type: ignore[no-untyped-def]
    raws = [
        RawArticle(f"mem:{i}", title, text, source=f"Outlet {chr(65 + i)}")
        for i, (title, text) in enumerate(pairs)
    ]
    linked = list(link_entities([extract_facts(clean(r)) for r in raws]))
    return linked, align(linked)


_EN_PEOPLE_A = (
    "Israeli raid on Jenin camp kills six",
    "JENIN - An Israeli raid on the Jenin refugee camp killed 6 Palestinians on Monday, the "
    "health ministry said. Troops withdrew after nine hours. Residents said 30 homes were "
    "damaged.",
)
_EN_PEOPLE_B = (
    "Raid on Jenin camp leaves dead",
    "An Israeli raid on the Jenin refugee camp on Monday killed 8 people, the health ministry "
    "said. Troops withdrew after nine hours and 25 homes were damaged, residents said.",
)

_CASES = {
    "en_people": (_EN_PEOPLE_A, _EN_PEOPLE_B),
    "id": (_ID_A, _ID_B),
    "en": (_EN_A, _EN_B),
    "mixed": (_ID_A, _EN_B),
    "three": (_ID_A, _ID_B, _EN_A),
}


@pytest.mark.parametrize("text", [_ID_A[1], _EN_A[1], _ID_B[0], "", "  ", "“Kata”—dia, 1.200!"])
def test_words_equal_the_token_loop(text: str) -> None:
    def slow(text: str, lang: str, offset: int) -> list[Word]:
        out = []
        for tok in tokenize(text, offset):
            keys = _keys(tok.text, lang)
            if keys is not None:
                out.append(Word(keys[0], keys[1], tok.start, tok.end, keys[2]))
        return out

    for lang in ("id", "en"):
        for offset in (0, 17):
            got = words(text, lang, offset)
            assert got == slow(text, lang, offset)
            assert all(type(w) is Word for w in got)


def test_cross_pairs_equal_filtered_combinations() -> None:
    rng = random.Random(3)
    for _ in range(3000):
        owners = [rng.choice("abc") for _ in range(rng.randint(0, 12))]
        if rng.random() < 0.5:
            owners.sort()
        want = [(i, j) for i, j in combinations(range(len(owners)), 2) if owners[i] != owners[j]]
        assert list(relation.cross_pairs(owners)) == want


@pytest.mark.parametrize("case", sorted(_CASES))
def test_claim_pretest_never_hides_a_relation(case: str) -> None:
    """Every number pair the pre-test skips is one ``_number_relation`` calls unrelated, and
    the claim sets are those of the plain pair loop."""
    articles, alignment = _prepared(*_CASES[case])
    skipped = 0
    mentions = grouping._group_claims(articles, alignment, "number").claims
    pool = [m for c in mentions for m in c.mentions]
    for x, y in combinations(pool, 2):
        if x.article.id == y.article.id:
            continue
        wx, wy = relation.toll_words_of(x), relation.toll_words_of(y)
        if relation.unrelated_figures(x, y, wx, wy):
            skipped += 1
            ctx = _common.context_similarity(x.context, y.context)
            for is_aligned in (True, False):
                assert relation._number_relation(x, y, ctx, lambda v=is_aligned: v) is None
    assert skipped > 0 or case == "mixed"

    def slow_group(kind: ClaimKind) -> ClaimSet:
        real = relation.unrelated_figures
        try:
            grouping.unrelated_figures = lambda *a: False  # type: ignore[assignment]
            return grouping._group_claims(articles, dataclasses.replace(alignment, cache={}), kind)
        finally:
            grouping.unrelated_figures = real

    for kind in ("number", "date", "quote"):
        fast = grouping._group_claims(articles, dataclasses.replace(alignment, cache={}), kind)
        assert repr(fast) == repr(slow_group(kind))


@pytest.mark.parametrize("case", ["id", "en"])
def test_context_stems_equal_the_index_scan(case: str) -> None:
    articles, alignment = _prepared(*_CASES[case])

    def slow(article, fact):  # type: ignore[no-untyped-def]
        sentence = alignment.sentence_at(article.id, fact.start) if fact.field == "text" else None
        ws = list(
            sentence.words if sentence is not None else alignment.words_of(article, fact.field)
        )
        lo_i = bisect_left([w.end for w in ws], fact.start + 1)
        idx = []
        for k in range(lo_i, len(ws)):
            if ws[k].start >= fact.end:
                break
            idx.append(k)
        if not idx:
            return frozenset()
        lo = max(0, idx[0] - _common.CONTEXT_WORDS)
        hi = min(len(ws), idx[-1] + 1 + _common.CONTEXT_WORDS)
        window = [w for k, w in enumerate(ws[lo:hi], lo) if k not in idx]
        stems = _common.content_stems(window, article.lang)
        months = _common._month_numbers(article.lang or "id")
        for w in window:
            if w.stem in stems and w.key in months:
                stems.discard(w.stem)
                stems.add(f"month:{months[w.key]}")
        return frozenset(stems)

    n = 0
    for article in articles:
        for fact in article.facts:
            assert _common.context_stems(article, fact, alignment) == slow(article, fact)
            n += 1
    assert n > 20


def test_span_index_equals_brute_force() -> None:
    rng = random.Random(11)
    for _ in range(300):
        spans = []
        for _ in range(rng.randint(0, 15)):
            s = rng.randint(0, 60)
            spans.append((s, s + rng.randint(0, 12), rng.choice("abc")))
        index = SpanIndex(spans, lambda m: m[0], lambda m: m[1])
        ordered = sorted(spans, key=lambda m: m[0])
        for _ in range(20):
            lo = rng.randint(0, 70)
            hi = lo + rng.randint(0, 15)
            assert index.overlapping(lo, hi) == [m for m in ordered if m[0] < hi and m[1] > lo]
            assert index.inside(lo, hi) == [m for m in ordered if lo <= m[0] < hi and m[1] <= hi]


@pytest.mark.parametrize("case", sorted(_CASES))
def test_linking_is_stable(case: str) -> None:
    """Linking twice, or linking articles already linked, changes nothing: the shortcuts of
    the link rules keep every root."""
    articles, _ = _prepared(*_CASES[case])
    again = link_entities(articles)
    assert [a.facts for a in again] == [a.facts for a in articles]


_GOLD = Path(__file__).parent / "gold" / "compare"


def test_claim_pretest_on_gold_cases(monkeypatch: pytest.MonkeyPatch) -> None:
    """Over the gold compare cases (a third of them), no pair the pre-test skips is one
    ``_number_relation`` relates."""
    real = relation.unrelated_figures
    seen = {"skipped": 0, "wrong": 0}

    def checked(x, y, wx, wy):  # type: ignore[no-untyped-def]
        skip = real(x, y, wx, wy)
        if skip:
            seen["skipped"] += 1
            ctx = _common.context_similarity(x.context, y.context)
            for is_aligned in (True, False):
                if relation._number_relation(x, y, ctx, lambda v=is_aligned: v) is not None:
                    seen["wrong"] += 1
        return skip

    monkeypatch.setattr(grouping, "unrelated_figures", checked)
    for case in sorted(p for p in _GOLD.iterdir() if p.is_dir())[::3]:
        compare(sorted(p for p in case.iterdir() if p.suffix in (".txt", ".html", ".jsonl")))
    assert seen["skipped"] > 100
    assert seen["wrong"] == 0


_KE_A = (
    "Polisi Tangkap Empat Tersangka Pembobolan ATM",
    "Polisi menangkap empat tersangka pembobolan ATM di Bekasi pada Rabu. Keempat orang "
    "tersangka kini ditahan. Mereka menguras Rp 300 juta dari 3 mesin. Sebanyak 3 saksi diperiksa.",
)
_KE_B = (
    "Empat Pembobol ATM Ditangkap di Bekasi",
    "Empat orang ditangkap polisi karena membobol mesin ATM di Bekasi. Kerugian mencapai "
    "Rp 300 juta. Para tersangka beraksi di tiga lokasi dan 5 saksi telah diperiksa.",
)


@pytest.mark.parametrize("case", ["id", "en", "mixed", "ke"])
def test_figure_written_equals_the_word_scan(case: str) -> None:
    from kroscek.compare.findings import unique

    pairs = {**_CASES, "ke": (_KE_A, _KE_B)}[case]
    articles, alignment = _prepared(*pairs)

    def slow(fact, article):  # type: ignore[no-untyped-def]
        mine = unique._keys(words(fact.text))
        digits = [i for i, (_, is_number) in enumerate(mine) if is_number]
        if digits:
            at = digits[0]
            small = unique._is_small(fact) or unique._written_small(mine[at][0])
        elif len(mine) >= 2:
            at, small = len(mine) - 2, True
        else:
            return False
        key = mine[at][0]
        after = unique._singular(mine[at + 1][0]) if at + 1 < len(mine) else None
        if after is not None and fact.attrs.get("unit"):
            small = True  # a measure is written with its unit word after it
        for field in ("text", "title"):
            theirs = unique._keys(alignment.words_of(article, field))
            for i, (k, _) in enumerate(theirs):
                if k != key:
                    if k in ("ke" + key, "k" + key) and key.isalpha() and after is not None:
                        near = [unique._singular(t[0]) for t in theirs[i + 1 : i + 3]]
                        if after in near:
                            return True
                    continue
                if not small or (
                    i + 1 < len(theirs) and unique._singular(theirs[i + 1][0]) == after
                ):
                    return True
        return False

    n = 0
    for a in articles:
        for b in articles:
            if a is b:
                continue
            for f in a.facts:
                if f.kind == "number":
                    want = slow(f, b)
                    assert unique._figure_written(f, b, alignment) == want, f
                    n += 1
    assert n > 4


def test_token_pieces_reuse_gives_fresh_pieces() -> None:
    """Whatever the calls before, the pieces are those of the text and offset asked for (the
    last text's pieces are handed out again only for an equal text and offset)."""
    from itertools import accumulate, chain

    from kroscek.text import tokens

    def fresh(text: str, offset: int) -> tokens.TokenPieces:
        pieces = list(chain.from_iterable(tokens._TOKEN_PIECE_RE.findall(text)))
        bounds = list(accumulate(map(len, pieces), initial=offset))
        return tokens.TokenPieces(pieces[1::2], bounds[1::2], bounds[2::2], pieces[0::2])

    texts = [_ID_A[1], _EN_A[1], _ID_A[1][:200], "".join(list(_ID_A[1])), "", "Kata “dia”, 1.200."]
    rng = random.Random(2)
    for _ in range(400):
        text, offset = rng.choice(texts), rng.choice((0, 0, 5))
        assert tokens.token_pieces(text, offset) == fresh(text, offset)
