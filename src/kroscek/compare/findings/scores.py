"""Match scores: "menang 2-1", "Tekuk Perseta 3-1", "beat Denmark's Lars Holm 21-18 17-21 21-19".

Number extraction reads no score as a figure ("2-1" counts nothing), so scores are found
here, from the text: two numbers of one or two digits joined by a dash, in a sentence (or a
headline) holding a word of a match (``numbers.json`` ``score_cues``: "menang", "imbang",
"beat", "draw"...), not followed by a unit or a counted noun ("1-2 hari", "3-4 orang": a
range) nor after a word that makes it a time, an age or a number of a document
(``score_not_after``). A run of scores ("21-18 17-21 21-19") is one score, set by set. A
score is the same whoever is named first ("kalah 1-2 dari Persib" / "mengalahkan Persija
2-1").

- Each article's story score is the body score its headline gives, else the first score of
  its body. Two articles (not two events, ``claims.apart_pairs``) giving two story scores, and
  neither giving the other's anywhere (an earlier result, a recap), conflict; every article
  giving the same one agree.
- A headline score that none of its own body's scores matches is a headline mismatch,
  shown against the body's story score.
- A body score that is not its text's story score (an earlier result: "kemenangan Vietnam
  3-1 pada Maret lalu" / "membalas kekalahan 1-3"), given by two texts at least and not by
  every text, is a unique of the texts that give it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from kroscek.align import Alignment
from kroscek.compare.findings._common import (
    join_names,
    join_values,
    lexicon_lang,
    message,
    msg_lang,
    source_labels,
    span_evidence,
)
from kroscek.data import Article, Field, Finding
from kroscek.text.lang import lang_data

# (the "(?=\d)" lookahead only spares the lookbehind at every non-digit: same matches; a
# comma or full stop may close a score, "21-17, 19-21", but not run into a digit, "1-2,5")
_SCORE_RE = re.compile(r"(?=\d)(?<![\w.,/:–-])(\d{1,2})\s?[-–]\s?(\d{1,2})(?![\w/:]|[.,]\d|[-–]\d)")
# What may stand between two scores of one run ("21-18 17-21 21-19", "21-18, 17-21 dan 21-19").
_RUN_GAP_RE = re.compile(r"[\s,]*(?:(?:dan|and)\s+)?$", re.IGNORECASE)
_WORD_RE = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class _Score:
    article: Article
    field: Field
    start: int
    end: int
    # each set's two numbers, the larger first: one score whoever is named first
    key: tuple[tuple[int, int], ...]
    # each set's span in its field, in the order of ``key``
    sets: tuple[tuple[int, int], ...] = ()


@lru_cache(maxsize=4)
def _words(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """``score_cues``, ``score_not_after`` and ``score_not_before`` of numbers.json."""
    data = lang_data(lang, "numbers")
    return (
        frozenset(w.casefold() for w in data.get("score_cues", [])),
        frozenset(w.casefold() for w in data.get("score_not_after", [])),
        frozenset(w.casefold() for w in data.get("score_not_before", [])),
    )


def _spans(text: str) -> list[tuple[int, int]]:
    """Sentence-ish spans of a field: lines, cut at a full stop followed by a space."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in re.finditer(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n+", text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def _scores(article: Article, field: Field) -> list[_Score]:
    text = article.field_text(field)
    if _SCORE_RE.search(text) is None:
        return []  # most texts hold no dashed pair of small numbers at all
    lang = lexicon_lang(article.lang)
    cues, not_after, not_before = _words(lang)
    out: list[_Score] = []
    for lo, hi in _spans(text):
        found = [m for m in _SCORE_RE.finditer(text, lo, hi)]
        if not found:
            continue
        sentence_words = {w.casefold() for w in _WORD_RE.findall(text[lo:hi])}
        if not sentence_words & cues:
            continue
        run: list[re.Match[str]] = []
        for m in found:
            before = _WORD_RE.findall(text[max(lo, m.start() - 20) : m.start()])
            after = _WORD_RE.findall(text[m.end() : min(hi, m.end() + 20)])
            if before and before[-1].casefold() in not_after:
                continue  # "pukul 10-12", "usia 8-12 tahun"
            if after and after[0].casefold() in not_before:
                continue  # "1-2 hari", "3-4 orang": a range of a quantity
            if run and _RUN_GAP_RE.match(text[run[-1].end() : m.start()]):
                run.append(m)
                continue
            if run:
                out.append(_make(article, field, run))
            run = [m]
        if run:
            out.append(_make(article, field, run))
    return out


def _make(article: Article, field: Field, run: list[re.Match[str]]) -> _Score:
    key = tuple(
        (max(int(m.group(1)), int(m.group(2))), min(int(m.group(1)), int(m.group(2)))) for m in run
    )
    sets = tuple((m.start(), m.end()) for m in run)
    return _Score(article, field, run[0].start(), run[-1].end(), key, sets)


def _text(s: _Score) -> str:
    return s.article.field_text(s.field)[s.start : s.end]


def _evidence(s: _Score):
    return span_evidence(s.article, s.field, s.start, s.end)


def _story_score(article: Article, scores: list[_Score]) -> _Score:
    """A text's score of its story: the body score its headline gives, else its first."""
    heads = {t.key for t in _scores(article, "title")}
    return next((s for s in scores if s.key in heads), scores[0])


def find_score_findings(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """Score conflicts and agreements across articles, and headline scores their bodies
    contradict."""
    from kroscek.compare.findings.claims import apart_pairs

    body = {a.id: _scores(a, "text") for a in articles}
    if not any(body.values()):
        return []
    labels = source_labels(articles)
    out: list[Finding] = []
    for a in articles:
        if not body[a.id]:
            continue
        keys = {s.key for s in body[a.id]}
        for t in _scores(a, "title"):
            if t.key in keys:
                continue
            lead = body[a.id][0]
            text = message(
                msg_lang(a),
                "headline.number.contradicts",
                source=labels[a.id],
                title_text=_text(t),
                body_text=_text(lead),
            )
            out.append(
                Finding(
                    "headline_mismatch",
                    "high",
                    text,
                    (_evidence(t), _evidence(lead)),
                    slot="number:score",
                )
            )
            break
    apart = apart_pairs(articles, alignment)
    told = [a for a in articles if body[a.id]]
    story = {a.id: _story_score(a, body[a.id]) for a in told}
    keys_of = {a.id: {s.key for s in body[a.id]} for a in told}
    for a, b in combinations(told, 2):
        if (a.id, b.id) in apart:
            continue
        x, y = story[a.id], story[b.id]
        if x.key in keys_of[b.id] or y.key in keys_of[a.id]:
            continue  # each text gives the other's score somewhere: an earlier result, a recap
        lang = msg_lang(a)
        sets = _sets_apart(x, y)
        if sets is not None and len(told) == len(articles) == 2:
            # "21-17, 19-21, 21-15" / "21-17, 19-21, 21-12": the sets told alike agree, the
            # one told otherwise is the conflict
            agreed, differ = sets
            out.extend(_set_agreement(lang, x, y, k) for k in agreed)
            xs, ys = differ
        else:
            xs, ys = (x.start, x.end), (y.start, y.end)
        tx, ty = a.field_text(x.field)[xs[0] : xs[1]], b.field_text(y.field)[ys[0] : ys[1]]
        values = join_values(lang, [(labels[a.id], tx), (labels[b.id], ty)])
        out.append(
            Finding(
                "conflict",
                "high",
                message(lang, "conflict.score", values=values),
                (span_evidence(a, x.field, *xs), span_evidence(b, y.field, *ys)),
                slot="number:score",
            )
        )
    if not any((a.id, b.id) in apart for a, b in combinations(articles, 2)):
        out.extend(_side_score_uniques(articles, body, story, labels))
    if len(told) == len(articles) >= 2:
        firsts = [story[a.id] for a in articles]
        pairs_apart = any((a.id, b.id) in apart for a, b in combinations(articles, 2))
        if not pairs_apart and len({s.key for s in firsts}) == 1:
            lang = msg_lang(articles[0])
            out.append(
                Finding(
                    "agreement",
                    "info",
                    message(lang, "agreement.number", text=_text(firsts[0])),
                    tuple(_evidence(s) for s in firsts),
                    slot="number:score",
                )
            )
    return out


def _side_score_uniques(
    articles: Sequence[Article],
    body: dict[str, list[_Score]],
    story: dict[str, _Score],
    labels: dict[str, str],
) -> list[Finding]:
    """An earlier result some texts give beside their story's score and the rest never
    write ("berakhir dengan kemenangan Thailand 2-1 pada Juli lalu" / "membalas kekalahan
    1-2 dari Thailand"): one score told from either side, the news of the texts that give
    it. Only a score two texts at least give, and not every text: one text's side score is
    background of its own, every text's is no one's news."""
    if len(articles) < 3:
        return []
    carriers: dict[tuple[tuple[int, int], ...], dict[str, _Score]] = {}
    for a in articles:
        for s in body[a.id]:
            if s.key != story[a.id].key:
                carriers.setdefault(s.key, {}).setdefault(a.id, s)
    out: list[Finding] = []
    for key, given in carriers.items():
        if not 2 <= len(given) < len(articles):
            continue
        if any(key in {s.key for s in body[a.id]} for a in articles if a.id not in given):
            continue  # another text's body gives it too, as its own story's score
        firsts = [given[a.id] for a in articles if a.id in given]
        lang = msg_lang(firsts[0].article)
        text = " / ".join(dict.fromkeys(_text(s) for s in firsts))
        sources = join_names(lang, [labels[s.article.id] for s in firsts])
        out.append(
            Finding(
                "unique",
                "low",
                message(lang, "unique.number", text=text, sources=sources),
                tuple(_evidence(s) for s in firsts),
                slot="number:score",
            )
        )
    return out


def _sets_apart(
    x: _Score, y: _Score
) -> tuple[list[int], tuple[tuple[int, int], tuple[int, int]]] | None:
    """For two runs of as many sets that differ in one set only: the indexes of the sets
    told alike, and the spans of the one set told otherwise; None for any other pair."""
    if len(x.key) < 2 or len(x.key) != len(y.key) or len(x.sets) != len(x.key):
        return None
    differ = [k for k, (p, q) in enumerate(zip(x.key, y.key, strict=True)) if p != q]
    if len(differ) != 1:
        return None
    (k,) = differ
    agreed = [i for i in range(len(x.key)) if i != k]
    return agreed, (x.sets[k], y.sets[k])


def _set_agreement(lang: str, x: _Score, y: _Score, k: int) -> Finding:
    """The agreement of one set two runs tell alike."""
    ex = span_evidence(x.article, x.field, *x.sets[k])
    ey = span_evidence(y.article, y.field, *y.sets[k])
    return Finding(
        "agreement",
        "info",
        message(lang, "agreement.number", text=ex.text),
        (ex, ey),
        slot="number:score",
    )
