"""Align N articles: shared verbatim passages, paraphrased sentence pairs, unique sentences.

The result is what findings build on: a number in a sentence that another outlet copied or
paraphrased is the same claim; a sentence nobody else has is unique. Verbatim passages come
from n-gram seeding (``verbatim``); sentence pairs from IDF-weighted overlap of content stems,
matched one-to-one per article pair, so one sentence never stands for two.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import combinations, pairwise
from typing import Literal, TypeVar

from kroscek.align.verbatim import Run, run_similarity, shared_runs
from kroscek.align.words import Word, content_stems, words
from kroscek.data import Article, Occurrence, SharedPassage, Span
from kroscek.settings import DEFAULT, Settings

T = TypeVar("T")

# Words of a neighbouring sentence a passage may start or end with before it is trimmed.
MAX_FRAGMENT_WORDS = 5
# Sentences without any of the words assumed besides the articles' own, to smooth the IDF.
IDF_PRIOR = 10

# A sentence this much covered by a verbatim passage counts as copied, not paraphrased.
VERBATIM_COVER = 0.5
# A sentence with less than this share shared verbatim and no paraphrase partner is unique.
UNIQUE_MAX_COVER = 0.3
# Words of the partner a continuation must carry that its paired neighbour does not.
CONTINUATION_NEW_STEMS = 2


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of one article with its content stems (for similarity)."""

    article: str
    index: int
    span: Span
    words: tuple[Word, ...]
    stems: frozenset[str]


@dataclass(frozen=True, slots=True)
class SentencePair:
    """Two sentences of two articles that say the same thing, copied or in other words."""

    a: Sentence
    b: Sentence
    similarity: float
    kind: Literal["verbatim", "paraphrase"]


@dataclass(frozen=True, slots=True)
class Alignment:
    """What the articles share and what each has alone (offsets into ``Article.text``)."""

    shared: tuple[SharedPassage, ...]
    unique: dict[str, tuple[Span, ...]]
    pairs: tuple[SentencePair, ...] = ()
    sentences: dict[str, tuple[Sentence, ...]] = field(default_factory=dict)
    text_words: dict[str, tuple[Word, ...]] = field(default_factory=dict)
    # Derived data the finding modules share (claims, word lists), computed once per report.
    cache: dict[object, object] = field(default_factory=dict, compare=False, repr=False)

    def memo(self, key: object, compute: Callable[[], T]) -> T:
        """``compute()`` once per alignment and ``key``: findings share their groundwork."""
        if key not in self.cache:
            self.cache[key] = compute()
        return self.cache[key]  # type: ignore[return-value]

    def words_of(self, article: Article, field_name: str = "text") -> tuple[Word, ...]:
        """The words of an article's text (aligned already) or title (computed once)."""
        if field_name == "text" and article.id in self.text_words:
            return self.text_words[article.id]
        return self.memo(
            ("words", article.id, field_name),
            lambda: tuple(words(article.field_text(field_name), article.lang)),  # type: ignore[arg-type]
        )

    def sentence_at(self, article: str, offset: int) -> Sentence | None:
        """The sentence of ``article`` containing character ``offset`` of its text."""
        sents = self.sentences.get(article, ())
        key = ("starts", article)
        # memo() without a closure: this is asked for every pair of facts compared
        starts: list[int] | None = self.cache.get(key)  # type: ignore[assignment]
        if starts is None:
            starts = self.cache[key] = [s.span.start for s in sents]
        i = bisect_right(starts, offset) - 1
        if 0 <= i < len(sents) and sents[i].span.start <= offset < max(
            sents[i].span.end, offset + 1
        ):
            return sents[i]
        return None

    def partners(self, sentence: Sentence) -> list[tuple[Sentence, float]]:
        """Sentences of other articles aligned with ``sentence`` (copied or paraphrased)."""
        index = self.memo("partners", self._partner_index)
        return index.get((sentence.article, sentence.index), [])

    def _partner_index(self) -> dict[tuple[str, int], list[tuple[Sentence, float]]]:
        index: dict[tuple[str, int], list[tuple[Sentence, float]]] = {}
        for p in self.pairs:
            index.setdefault((p.a.article, p.a.index), []).append((p.b, p.similarity))
            index.setdefault((p.b.article, p.b.index), []).append((p.a, p.similarity))
        return index


def _sentence_spans(article: Article) -> list[Span]:
    from kroscek.text.segment import sentences as split

    return [s for s in split(article.text, article.lang) if s.end > s.start]


def _sentences(article: Article, ws: list[Word]) -> list[Sentence]:
    starts = [w.start for w in ws]
    out: list[Sentence] = []
    for idx, span in enumerate(_sentence_spans(article)):
        lo, hi = bisect_left(starts, span.start), bisect_left(starts, span.end)
        sw = tuple(ws[lo:hi])
        out.append(
            Sentence(article.id, idx, span, sw, frozenset(content_stems(list(sw), article.lang)))
        )
    return out


def _idf(all_sentences: Sequence[Sentence]) -> dict[str, float]:
    df: Counter[str] = Counter()
    for s in all_sentences:
        df.update(s.stems)
    # IDF_PRIOR unrelated sentences are assumed: with two short articles every shared word
    # would otherwise look common and every sentence pair dissimilar
    n = len(all_sentences) + IDF_PRIOR
    return {t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()}


def similarity(a: frozenset[str], b: frozenset[str], idf: dict[str, float]) -> float:
    """How much two sentences say alike, from their stem sets weighted by rarity.

    The mean of the IDF-weighted cosine and overlap coefficient: the cosine alone punishes a
    paraphrase that adds a clause ("..., menurut BPBD"), the overlap alone lets a short
    sentence match any long one. Two shared stems at least, so one common word is no match.
    """
    common = a & b
    if len(common) < 2:
        return 0.0
    return _weighted(common, _weight(a, idf), _weight(b, idf), idf)


def _weight(stems: frozenset[str], idf: dict[str, float]) -> float:
    # fsum: a set of strings iterates in an order that changes with the process's hash seed,
    # and a plain float sum with it, in its last bits; that flipped ties between pairs and
    # made two processes (a Dask worker and the client) report passages in different orders
    return math.fsum(idf.get(t, 1.0) for t in stems)


def _weighted(common: frozenset[str], wa: float, wb: float, idf: dict[str, float]) -> float:
    """``similarity`` from the shared stems and each side's weight (computed once per
    sentence when one sentence is compared with many)."""
    inter = math.fsum(idf.get(t, 1.0) for t in common)  # order-free, as in ``_weight``
    return 0.5 * inter / math.sqrt(wa * wb) + 0.5 * inter / min(wa, wb)


def _coverage(span: Span, covered: list[tuple[int, int]]) -> float:
    total = max(1, span.end - span.start)
    got = 0
    for s, e in covered:
        lo, hi = max(s, span.start), min(e, span.end)
        if hi > lo:
            got += hi - lo
    return got / total


def _group_passages(
    raw: list[tuple[float, list[Occurrence]]], texts: dict[str, str]
) -> list[SharedPassage]:
    """Merge pairwise passages that overlap in some article into N-article passages."""
    parent = list(range(len(raw)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_article: dict[str, list[tuple[int, int, int]]] = {}
    for k, (_, occs) in enumerate(raw):
        for o in occs:
            by_article.setdefault(o.article, []).append((o.start, o.end, k))
    for spans in by_article.values():
        spans.sort()
        for (s1, e1, k1), (s2, e2, k2) in pairwise(spans):
            if s2 < e1 and (min(e1, e2) - s2) >= 0.5 * min(e1 - s1, e2 - s2):
                parent[find(k2)] = find(k1)
    groups: dict[int, list[int]] = {}
    for k in range(len(raw)):
        groups.setdefault(find(k), []).append(k)
    order = list(texts)
    out: list[SharedPassage] = []
    for members in groups.values():
        spans_by_art: dict[str, tuple[int, int]] = {}
        sim = min(raw[k][0] for k in members)
        for k in members:
            for o in raw[k][1]:
                cur = spans_by_art.get(o.article)
                if cur is None:
                    spans_by_art[o.article] = (o.start, o.end)
                elif o.start < cur[1] and cur[0] < o.end:
                    spans_by_art[o.article] = (min(cur[0], o.start), max(cur[1], o.end))
                # else: the passage occurs twice in that article; keep the first place
        places = tuple(
            Occurrence(art, s, e)
            for art, (s, e) in sorted(spans_by_art.items(), key=lambda kv: order.index(kv[0]))
        )
        first = places[0]
        out.append(
            SharedPassage("verbatim", texts[first.article][first.start : first.end], places, sim)
        )
    return out


def _match_sentences(
    x: Article,
    y: Article,
    sx: list[Sentence],
    sy: list[Sentence],
    idf: dict[str, float],
    covered: dict[tuple[str, str], list[tuple[int, int]]],
    threshold: float,
) -> list[tuple[SentencePair, SharedPassage | None]]:
    """Pair the sentences of two articles one to one, best first; then let a sentence left
    alone pair with two consecutive sentences of the other article that together say what
    it says (one outlet's long sentence is often another's two)."""
    cand: list[tuple[float, int, int]] = []
    # each sentence's weight once, not once per pair: the same sums ``similarity`` takes
    wy = [_weight(sb.stems, idf) for sb in sy]
    postings_y = _postings(sy)
    for i, sa in enumerate(sx):
        a = sa.stems
        wa: float | None = None
        # only the sentences sharing a stem with ``sa`` (most pairs share none): the
        # candidates are sorted below, so the order they are found in does not matter
        for j, n in _shared_counts(a, postings_y).items():
            if n < 2:
                if threshold <= 0.0:
                    cand.append((0.0, i, j))
                continue
            if wa is None:
                wa = _weight(a, idf)
            sim = _weighted(a & sy[j].stems, wa, wy[j], idf)
            if sim >= threshold:
                cand.append((sim, i, j))
    cand.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_x: set[int] = set()
    used_y: set[int] = set()
    out: list[tuple[SentencePair, SharedPassage | None]] = []
    for sim, i, j in cand:
        if i in used_x or j in used_y:
            continue
        used_x.add(i)
        used_y.add(j)
        sa, sb = sx[i], sy[j]
        copied = (
            _coverage(sa.span, covered.get((x.id, y.id), [])) >= VERBATIM_COVER
            and _coverage(sb.span, covered.get((y.id, x.id), [])) >= VERBATIM_COVER
        )
        kind: Literal["verbatim", "paraphrase"] = "verbatim" if copied else "paraphrase"
        passage = None if copied else _paraphrase(x, sa.span, y, sb.span, sim)
        out.append((SentencePair(sa, sb, sim, kind), passage))
    out.extend(_continuations(sx, sy, out, used_x, used_y, idf, threshold))
    out.extend(
        _split_pairs(x, y, sx, sy, used_x, used_y, idf, threshold, (_postings(sx), postings_y))
    )
    return out


def _postings(sentences: Sequence[Sentence]) -> dict[str, list[int]]:
    """Stem -> the indexes of the sentences holding it, ascending."""
    out: dict[str, list[int]] = {}
    for j, s in enumerate(sentences):
        for t in s.stems:
            out.setdefault(t, []).append(j)
    return out


def _shared_counts(stems: frozenset[str], postings: dict[str, list[int]]) -> dict[int, int]:
    """Sentence index -> how many of ``stems`` it holds, for the sentences holding any."""
    counts: dict[int, int] = {}
    get = counts.get
    for t in stems:
        for j in postings.get(t, ()):
            counts[j] = get(j, 0) + 1
    return counts


def _split_pairs(
    x: Article,
    y: Article,
    sx: list[Sentence],
    sy: list[Sentence],
    used_x: set[int],
    used_y: set[int],
    idf: dict[str, float],
    threshold: float,
    postings: tuple[dict[str, list[int]], dict[str, list[int]]],
) -> list[tuple[SentencePair, SharedPassage | None]]:
    """A sentence still alone that says what two consecutive free sentences of the other
    article say together; both halves must carry part of it. ``postings`` index the stems
    of ``sx`` and ``sy`` (``_postings``): only sentences sharing two stems are visited."""
    out: list[tuple[SentencePair, SharedPassage | None]] = []
    for one, two, used_one, used_two, flip, index in (
        (sx, sy, used_x, used_y, False, postings[1]),
        (sy, sx, used_y, used_x, True, postings[0]),
    ):
        last = len(two) - 1
        for s in one:
            if s.index in used_one:
                continue
            best: tuple[float, int] | None = None
            counts = _shared_counts(s.stems, index)
            # ascending, as a scan of every j would visit them: the first best is kept
            for j in sorted(k for k, n in counts.items() if n >= 2 and k < last):
                h1, h2 = two[j], two[j + 1]
                if j in used_two or j + 1 in used_two:
                    continue
                if counts.get(j + 1, 0) < 2:
                    continue
                sim = similarity(s.stems, h1.stems | h2.stems, idf)
                if sim >= threshold and (best is None or sim > best[0]):
                    best = (sim, j)
            if best is None:
                continue
            sim, j = best
            used_one.add(s.index)
            used_two.update((j, j + 1))
            halves = Span(two[j].span.start, two[j + 1].span.end)
            passage = (
                _paraphrase(x, halves, y, s.span, sim)
                if flip
                else _paraphrase(x, s.span, y, halves, sim)
            )
            for k, h in enumerate((two[j], two[j + 1])):
                pair = (
                    SentencePair(h, s, sim, "paraphrase")
                    if flip
                    else SentencePair(s, h, sim, "paraphrase")
                )
                out.append((pair, passage if k == 0 else None))
    return out


def _continuations(
    sx: list[Sentence],
    sy: list[Sentence],
    matched: list[tuple[SentencePair, SharedPassage | None]],
    used_x: set[int],
    used_y: set[int],
    idf: dict[str, float],
    threshold: float,
) -> list[tuple[SentencePair, SharedPassage | None]]:
    """A sentence left alone right next to a paired one, when it carries the rest of its
    partner: "A dan B." in one article, "A. Lalu B." in the other."""
    partner_of_y = {p.b.index: p.a for p, _ in matched}
    partner_of_x = {p.a.index: p.b for p, _ in matched}
    # a partner its neighbour already says in full (copied word for word) has no rest left
    complete_y = {p.b.index for p, _ in matched if p.kind == "verbatim"}
    complete_x = {p.a.index for p, _ in matched if p.kind == "verbatim"}
    out: list[tuple[SentencePair, SharedPassage | None]] = []
    for mine, partners, complete, used, flip in (
        (sy, partner_of_y, complete_y, used_y, False),
        (sx, partner_of_x, complete_x, used_x, True),
    ):
        for t in mine:
            if t.index in used:
                continue
            for nb in (t.index - 1, t.index + 1):
                s = partners.get(nb)
                if s is None or nb in complete or len(s.stems & t.stems) < 2:
                    continue
                if len((s.stems & t.stems) - mine[nb].stems) < CONTINUATION_NEW_STEMS:
                    # "impor turun 1,8 persen menjadi 20,7 miliar dolar AS" next to the export
                    # sentence paired already: it shares only words its neighbour said
                    continue
                sim = similarity(s.stems, mine[nb].stems | t.stems, idf)
                if sim < threshold:
                    continue
                used.add(t.index)
                pair = (
                    SentencePair(t, s, sim, "paraphrase")
                    if flip
                    else SentencePair(s, t, sim, "paraphrase")
                )
                out.append((pair, None))
                break
    return out


def _paraphrase(x: Article, xs: Span, y: Article, ys: Span, sim: float) -> SharedPassage:
    return SharedPassage(
        "paraphrase",
        x.text[xs.start : xs.end],
        (Occurrence(x.id, xs.start, xs.end), Occurrence(y.id, ys.start, ys.end)),
        sim,
    )


def _ends_sentence(text: str, left: Word, right: Word) -> bool:
    """Whether a sentence ends between two words ("... 29 tentara. “Para ...")."""
    return any(ch in ".!?" for ch in text[left.end : right.start])


def _trim_fragments(run: Run, wa: list[Word], ta: str, wb: list[Word], tb: str) -> Run:
    """Drop a few words that belong to the previous or next sentence at a passage's edges,
    when both articles break the sentence there: passages then start and end on sentences."""
    a0, a1, b0, b1 = run
    for k in range(1, MAX_FRAGMENT_WORDS + 1):
        if a0 + k >= a1 or b0 + k >= b1:
            break
        if _ends_sentence(ta, wa[a0 + k - 1], wa[a0 + k]) and _ends_sentence(
            tb, wb[b0 + k - 1], wb[b0 + k]
        ):
            a0, b0 = a0 + k, b0 + k
            break
    for k in range(1, MAX_FRAGMENT_WORDS + 1):
        if a1 - k <= a0 or b1 - k <= b0:
            break
        if _ends_sentence(ta, wa[a1 - k - 1], wa[a1 - k]) and _ends_sentence(
            tb, wb[b1 - k - 1], wb[b1 - k]
        ):
            a1, b1 = a1 - k, b1 - k
            break
    return Run(a0, a1, b0, b1)


def align(articles: Sequence[Article], settings: Settings = DEFAULT) -> Alignment:
    """Align two or more articles about one event (see the module docstring)."""
    texts = {a.id: a.text for a in articles}
    ws = {a.id: words(a.text, a.lang) for a in articles}

    raw: list[tuple[float, list[Occurrence]]] = []
    for x, y in combinations(articles, 2):
        wa, wb = ws[x.id], ws[y.id]
        for found in shared_runs(wa, wb):
            run = _trim_fragments(found, wa, x.text, wb, y.text)
            a_s, a_e = wa[run.a0].start, wa[run.a1 - 1].end
            b_s, b_e = wb[run.b0].start, wb[run.b1 - 1].end
            if min(a_e - a_s, b_e - b_s) < settings.min_shared_chars:
                continue
            sim = run_similarity(wa, wb, run)
            raw.append((sim, [Occurrence(x.id, a_s, a_e), Occurrence(y.id, b_s, b_e)]))
    verbatim = _group_passages(raw, texts)

    covered: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for _, occs in raw:
        o1, o2 = occs
        covered.setdefault((o1.article, o2.article), []).append((o1.start, o1.end))
        covered.setdefault((o2.article, o1.article), []).append((o2.start, o2.end))

    sents = {a.id: _sentences(a, ws[a.id]) for a in articles}
    idf = _idf([s for ss in sents.values() for s in ss])
    pairs: list[SentencePair] = []
    paraphrases: list[SharedPassage] = []
    paired: set[tuple[str, int]] = set()
    for x, y in combinations(articles, 2):
        got = _match_sentences(
            x, y, sents[x.id], sents[y.id], idf, covered, settings.paraphrase_threshold
        )
        for pair, passage in got:
            pairs.append(pair)
            paired.add((pair.a.article, pair.a.index))
            paired.add((pair.b.article, pair.b.index))
            if passage is not None and passage not in paraphrases:
                paraphrases.append(passage)

    unique: dict[str, tuple[Span, ...]] = {}
    for a in articles:
        mine = [span for (art, _), spans in covered.items() if art == a.id for span in spans]
        unique[a.id] = tuple(
            s.span
            for s in sents[a.id]
            if (a.id, s.index) not in paired
            and s.words
            and _coverage(s.span, mine) < UNIQUE_MAX_COVER
        )
    shared = tuple(verbatim) + tuple(paraphrases)
    return Alignment(
        shared=shared,
        unique=unique,
        pairs=tuple(pairs),
        sentences={k: tuple(v) for k, v in sents.items()},
        text_words={k: tuple(v) for k, v in ws.items()},
    )
