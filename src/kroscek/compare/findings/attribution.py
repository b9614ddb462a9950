"""``attribution``: one claim attributed in one source, stated as fact or distanced in another.

"menewaskan 1.200 orang, menurut para pejabat Israel" (attributed), "Israel mengklaim ...
menewaskan 1.200 orang" (claimed) and "menewaskan 1.200 orang" (stated) report the same
number with different epistemic weight. The same claim is found by ``claims`` (numbers
across articles); a sentence pair (copied or paraphrased) is a claim too. Each mention's
stance is that of the innermost attribution fact whose scope covers it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import combinations
from typing import NamedTuple, TypeAlias

from rapidfuzz.distance import Levenshtein

from kroscek.align import Alignment, Sentence
from kroscek.align.words import Word, content_stems, words
from kroscek.compare.findings._common import (
    Groups,
    display,
    fact_evidence,
    folded,
    join_values,
    lexicon_lang,
    message,
    msg_lang,
    per_object,
    source_labels,
    span_evidence,
)
from kroscek.compare.findings.claims import (
    LOAN_RESPELL,
    Claim,
    ClaimSet,
    Mention,
    group_claims,
    in_quote,
    tally_verbs,
    written_in,
)
from kroscek.compare.findings.framing import uses
from kroscek.compare.findings.translated import gloss_overlap
from kroscek.data import Article, Evidence, Fact, Finding, Span
from kroscek.extract.mentions import in_every_language
from kroscek.text.lang import lang_data, stopwords

STANCES = ("attributed", "claimed")
CLAIM_PREVIEW = 80


def _scope(article: Article, f: Fact, alignment: Alignment) -> tuple[int, int]:
    scope = f.attrs.get("scope")
    if isinstance(scope, (list, tuple)) and len(scope) == 2:
        return int(scope[0]), int(scope[1])
    sentence = alignment.sentence_at(article.id, f.start)
    if sentence is not None:
        return sentence.span.start, sentence.span.end
    return f.start, f.end


def _names_someone(f: Fact) -> bool:
    """Whether an attribution names a source: a hedge ("diduga") names no one, and a source
    with no letter in it (a quote mark read after "ungkap") is not a name."""
    return any(ch.isalpha() for ch in str(f.value or ""))


class _Attribution(NamedTuple):
    """A body attribution of a stance, with its scope and whether it names a source."""

    fact: Fact
    start: int  # of its scope
    end: int
    names: bool  # ``_names_someone``


def _attributions(article: Article, alignment: Alignment) -> tuple[_Attribution, ...]:
    """The article's body attributions of a stance (``STANCES``) in fact order, scoped once
    per alignment: every figure's stance and hedge is asked of them, several times over."""

    def compute() -> tuple[_Attribution, ...]:
        return tuple(
            _Attribution(_as_credited(f), *_scope(article, f, alignment), _names_someone(f))
            for f in article.facts
            if f.kind == "attribution" and f.field == "text" and f.label in STANCES
        )

    return alignment.memo(("stance attributions", article.id), compute)


def _as_credited(f: Fact) -> Fact:
    """A distancing cue that tells the speaker's own experience ("mengaku sudah bekerja 22
    tahun"; the extractor's ``testimony``) as a credit to that speaker: a first-person
    account is no claim held at arm's length."""
    return replace(f, label="attributed") if f.attrs.get("testimony") else f


def stance_at(
    article: Article, start: int, end: int, alignment: Alignment
) -> tuple[str, Fact | None]:
    """The stance ("attributed", "claimed" or "stated") of the text span ``[start, end)``.

    Found once per alignment and span: the claims of every kind ask it of their figures,
    several times over."""
    return alignment.memo(
        ("stance", article.id, start, end), lambda: _stance_at(article, start, end, alignment)
    )


def _stance_at(
    article: Article, start: int, end: int, alignment: Alignment
) -> tuple[str, Fact | None]:
    best: tuple[int, Fact] | None = None
    for f, s, e, names in _attributions(article, alignment):
        if not names:
            continue  # "diduga", "reportedly": hedging with no one to attribute to
        if s <= start and end <= e and (best is None or e - s < best[0]):
            best = (e - s, f)
    if best is None:
        carried = _pronoun_carried(article, start, alignment)
        if carried is None:
            carried = _quoted_by(article, start, end)
        return ("stated", None) if carried is None else (carried.label, carried)
    if start >= best[1].end and _describes_source(article, best[1], start, end):
        return "stated", None
    return best[1].label, best[1]


# The longest attribution shown beside a claimed figure ("Koalisi Forum Hijau Riau mengklaim").
CLAIMANT_WORDS = 8


def claimed_as_written(mentions: Sequence[Mention], alignment: Alignment) -> str | None:
    """A figure as its one source gives it, with the words distancing it as a claim ("5.100
    hektare (Koalisi Forum Hijau mengklaim)"), when that source names a claimant ("X
    mengklaim", "diklaim X", "X claimed"): a reader weighs a claim against the other
    outlets' counts otherwise than a count. None for a figure stated or attributed plainly,
    told by a witness ("mengaku"), or told by several sources (each may hold it otherwise)."""
    if len(mentions) != 1:
        return None
    m = mentions[0]
    stance, attr = stance_at(m.article, m.fact.start, m.fact.end, alignment)
    if stance != "claimed" or attr is None:
        return None
    cue = folded(str(attr.attrs.get("cue") or ""))
    if "klaim" not in cue and "claim" not in cue:
        return None  # "mengaku", "insisted": a witness's account, not a claim set against a count
    from kroscek.compare.findings.conflict import attribution_as_written  # conflict imports us

    written = attribution_as_written(attr)
    if not 1 < len(written.split()) <= CLAIMANT_WORDS:
        return None  # the cue alone names no one; a long aside is no claimant's name
    return message(msg_lang(m.article), "value.hedged", text=display(m.fact), hedge=written)


def _quoted_by(article: Article, start: int, end: int) -> Fact | None:
    """The speaker of a quotation holding ``[start, end)``, as an attribution: a figure
    inside a named speaker's words ("... ditaksir Rp 1,8 triliun," kata X) is X's figure,
    not one the outlet states as fact."""
    for q in article.facts:
        if q.kind != "quote" or q.field != "text" or not (q.start <= start and end <= q.end):
            continue
        speaker = str(q.attrs.get("speaker") or "")
        if speaker:
            cue = {"cue": str(q.attrs.get("verb") or "")}
            return Fact("attribution", "attributed", speaker, q.text, q.start, q.end, "text", cue)
    return None


# "menurut hitung cepat LSCD dengan data masuk 98,5 persen, pasangan ... meraih 41,2 persen":
# the words joined to the source by "dengan" / "with" up to the comma describe the source
_SOURCE_DETAIL_RE = re.compile(r"\s+(?:dengan|with)\b[^,.;:\"“”]*$", re.IGNORECASE)


def _describes_source(article: Article, attr: Fact, start: int, end: int) -> bool:
    """Whether the figure at [start, end) qualifies the named source rather than being said
    by it: it follows the source within the source's own phrase ("Menurut hitung cepat LSCD
    dengan data masuk 98,5 persen,"), which a comma closes before what the source says. How
    much of a count is in tells how far the source has got, not a claim another outlet could
    state as fact instead."""
    if start - attr.end > _SOURCE_DETAIL_MAX:
        return False
    text = article.field_text(attr.field)
    if not _SOURCE_DETAIL_RE.match(text[attr.end : start]):
        return False
    return text[end : end + 1] == ","


_SOURCE_DETAIL_MAX = 60


# Stand-alone third-person pronouns: a sentence holding one goes on with the account of
# the person the sentence before attributed something to.
_PRONOUNS = {"id": frozenset({"ia", "dia", "beliau"}), "en": frozenset({"he", "she"})}


def _pronoun_carried(article: Article, start: int, alignment: Alignment) -> Fact | None:
    """The attribution of the sentence before, when the sentence at ``start`` speaks of its
    source by a pronoun ("Pakar X menilai sampel itu valid. Dari 20 nomor yang ia cek, 17
    aktif": the 17 is X's count), and names no other source."""
    sentence = alignment.sentence_at(article.id, start)
    if sentence is None or sentence.index == 0:
        return None
    # the answer depends on the sentence alone: found once per sentence, not per fact in it
    return alignment.memo(
        ("pronoun-carried", article.id, sentence.index),
        lambda: _pronoun_carried_by(article, sentence, alignment),
    )


def _pronoun_carried_by(article: Article, sentence: Sentence, alignment: Alignment) -> Fact | None:
    pronouns = _PRONOUNS.get(article.lang or "id", frozenset())
    # (written as the pronoun: "Kelas IIA" keys as "ia" once doubled letters collapse)
    if not any(w.key in pronouns and w.end - w.start == len(w.key) for w in sentence.words):
        return None
    previous = alignment.sentences.get(article.id, ())[sentence.index - 1]
    found: Fact | None = None
    for f, _, _, names in _attributions(article, alignment):
        if sentence.span.start <= f.start < sentence.span.end:
            return None  # the sentence names its own source
        if previous.span.start <= f.start < previous.span.end and names:
            found = f
    return found


def _bare_hedged(m: Mention, alignment: Alignment) -> bool:
    """A figure no source is named for, only a hedge ("disebut", "reportedly")."""
    stance, _ = stance_at(m.article, m.fact.start, m.fact.end, alignment)
    hedge = hedge_at(m.article, m.fact.start, m.fact.end, alignment)
    return stance == "stated" and hedge is not None and not _names_someone(hedge)


def hedge_at(article: Article, start: int, end: int, alignment: Alignment) -> Fact | None:
    """The innermost attribution or hedge covering a span, bare hedges included ("dikabarkan",
    "menurut BSSN", "the hackers claimed"): how the source holds a figure it reports."""
    best: tuple[int, Fact] | None = None
    for f, s, e, names in _attributions(article, alignment):
        if f.value and not names:
            continue  # a source with no letter ("2025 announced") is a misread, not a hedge
        if s <= start and end <= e and (best is None or e - s < best[0]):
            best = (e - s, f)
    return None if best is None else best[1]


def _describe(lang: str, stance: str, fact: Fact | None) -> str:
    if fact is None:
        return message(lang, "stance.stated")
    who = str(fact.value or "?")
    cue = str(fact.attrs.get("cue") or fact.text)
    return message(lang, f"stance.{stance}", who=who, cue=cue)


def _sentence_stance(
    article: Article, sentence: Sentence, alignment: Alignment
) -> tuple[str, Fact | None]:
    """The stance of a whole sentence: that of the attribution naming a source inside it
    that covers most of it ("..., menurut X", "X mengklaim ..."), else "stated"."""
    span = sentence.span
    best: tuple[int, Fact] | None = None
    for f, s, e, names in _attributions(article, alignment):
        if not names or not (span.start <= f.start < span.end):
            continue
        covered = max(0, min(e, span.end) - max(s, span.start))
        if best is None or covered > best[0]:
            best = (covered, f)
    return ("stated", None) if best is None else (best[1].label, best[1])


def _bare_hedge_in(article: Article, sentence: Sentence, alignment: Alignment) -> Fact | None:
    """A hedge naming no source ("disebut", "diduga", "reportedly") inside a sentence and
    covering most of it, else None."""
    span = sentence.span
    for f, s, e, names in _attributions(article, alignment):
        if names or f.label != "claimed" or not (span.start <= f.start < span.end):
            continue
        if 2 * (min(e, span.end) - max(s, span.start)) >= span.end - span.start:
            return f
    return None


def _one_hedged(
    stances: Sequence[tuple[Article, Sentence, str, Fact | None]], alignment: Alignment
) -> bool:
    """Whether of two sentences stated alike one hedges with no source ("Sopir diduga
    menerobos perlintasan") and the other states it ("Sopir menerobos perlintasan"): a
    suspicion in one outlet told as fact in the other."""
    if any(stance != "stated" for _, _, stance, _ in stances):
        return False
    hedges = [_bare_hedge_in(a, s, alignment) for a, s, _, _ in stances]
    suspected = [h is not None and _suspicion(h) for h in hedges]
    return suspected.count(True) == 1 and None in hedges


def _suspicion(hedge: Fact) -> bool:
    """Whether a hedge is one of suspicion: the act is alleged, not established ("Sopir
    diduga menerobos"; ``attribution.json`` ``suspicion_cues``). A reporting hedge
    ("disebut", "dikabarkan") says where the news came from, not whether the act is
    proven, and is no stance apart from a text stating it."""
    cue = str(hedge.attrs.get("cue") or hedge.text).casefold().split()
    return bool(cue) and cue[0] in in_every_language("attribution", "suspicion_cues")


@lru_cache(maxsize=1)
def _polarity_negations() -> frozenset[str]:
    """Word keys that turn the next word around ("belum", "not", "didn't" as ``didnt``)."""
    listed = in_every_language("attribution", "polarity_negations")
    return frozenset(w.key for phrase in listed for w in words(phrase))


@lru_cache(maxsize=4)
def _stopwords(lang: str) -> frozenset[str]:
    """Function words of ``lang`` as word keys ("will" as ``wil``)."""
    listed = lang_data(lexicon_lang(lang), "stopwords").get("words", [])
    return frozenset(w.key for s in listed for w in words(s, lang))


# Function words a negation may stand before its verb ("tidak akan menetapkan", "has not yet
# declared"): at most this many are passed over.
NEGATION_REACH = 2


def _anchored(ws: Sequence[Word], k: int, stop: frozenset[str], step: int) -> int | None:
    """The index of the first word from ``k`` on (``step`` -1: backward, 1: forward) that is
    no function word, within NEGATION_REACH function words; None past the sentence or reach."""
    for n in range(NEGATION_REACH + 1):
        i = k + step * n
        if not 0 <= i < len(ws):
            return None
        if ws[i].key not in stop:
            return i
    return None


def _negated(article: Article, sentence: Sentence) -> frozenset[tuple[str, str]]:
    """What a sentence negates outside quotation marks, as (the word before, the word
    after) the negation, function words passed over: "Pemkot Lumora belum menetapkan"
    -> (lumora, menetapkan's stem)."""
    negations = _polarity_negations()
    ws = sentence.words
    if not any(w.key in negations for w in ws):
        return frozenset()  # the usual case: nothing turned around
    stop = _stopwords(article.lang or "id") | negations
    quotes = [(q.start, q.end) for q in article.facts if q.kind == "quote" and q.field == "text"]
    out: set[tuple[str, str]] = set()
    for k, w in enumerate(ws):
        if w.key not in negations or any(s <= w.start < e for s, e in quotes):
            continue
        before, after = _anchored(ws, k - 1, stop, -1), _anchored(ws, k + 1, stop, 1)
        if before is not None and after is not None:
            out.add((ws[before].key, ws[after].stem))
    return frozenset(out)


def _plain(article: Article, sentence: Sentence) -> frozenset[tuple[str, str]]:
    """Every (word before, word) pair of a sentence with no negation between, function
    words passed over: where the other sentence's negated statement may stand plainly
    ("Lumora menetapkan")."""
    negations = _polarity_negations()
    stop = _stopwords(article.lang or "id") | negations
    ws = sentence.words
    out: set[tuple[str, str]] = set()
    for k, w in enumerate(ws):
        if w.key in stop:
            continue
        before = _anchored(ws, k - 1, stop, -1)
        if before is not None and not any(x.key in negations for x in ws[before + 1 : k]):
            out.add((ws[before].key, w.stem))
    return frozenset(out)


def _opposed(x: Article, sx: Sentence, y: Article, sy: Sentence) -> bool:
    """Whether two sentences of one claim say opposite things: one negates a statement
    ("Pemkot Lumora belum menetapkan status darurat") the other makes plainly, with the same
    word before it ("Pemerintah Kota Lumora menetapkan status darurat"). Such a pair
    differs in what it says, not in who says it. The word before anchors the statement:
    "angka sementara bukan angka resmi" does not deny "bahwa angka resmi tetap ..."."""
    nx, ny = _negated(x, sx), _negated(y, sy)
    if nx == ny:
        return False
    return bool((nx - ny) & _plain(y, sy)) or bool((ny - nx) & _plain(x, sx))


def _opposed_finding(
    stances: Sequence[tuple[Article, Sentence, str, Fact | None]], labels: dict[str, str]
) -> Finding:
    """A conflict of two statements, one the negation of the other, each shown as written."""
    lang = msg_lang(stances[0][0])
    parts: list[tuple[str, str]] = []
    evidence: list[Evidence] = []
    for a, s, _, _ in stances:
        said = " ".join(a.text[s.span.start : s.span.end].split())
        if len(said) > CLAIM_PREVIEW:
            said = said[: CLAIM_PREVIEW - 1].rstrip() + "…"
        parts.append((labels[a.id], f"“{said}”"))
        evidence.append(span_evidence(a, "text", s.span.start, s.span.end))
    text = message(lang, "conflict.statement", values=join_values(lang, parts))
    return Finding("conflict", "medium", text, tuple(evidence), slot="claim")


def _fact_starts(article: Article, kind: str) -> list[int]:
    """Sorted body offsets of ``article``'s facts of ``kind``: every sentence of every
    pairing asks them, so they are worked out once per report (``per_object``)."""

    def by_kind() -> dict[str, list[int]]:
        starts: dict[str, list[int]] = {}
        for f in article.facts:
            if f.field == "text":
                starts.setdefault(f.kind, []).append(f.start)
        return {k: sorted(v) for k, v in starts.items()}

    return per_object("fact-starts", by_kind, article).get(kind, [])


def _has_quote_or_figure(
    article: Article, sentence: Sentence, kinds: tuple[str, ...] = ("quote", "number")
) -> bool:
    """Quotes carry their own speaker and figures are compared as numbers."""
    for kind in kinds:
        starts = _fact_starts(article, kind)
        i = bisect_left(starts, sentence.span.start)
        if i < len(starts) and starts[i] < sentence.span.end:
            return True
    return False


def _counts_left_out(article: Article, sentence: Sentence, other: Sentence) -> bool:
    """Whether ``other`` tells each figure of ``sentence`` without it, the words on both
    sides of the figure standing together there ("menyewa dua pengacara" / "menyewa
    pengacara", "sent two letters" / "sent letters"): the one sentence told with a detail
    the other leaves out, not a figure in dispute."""
    ws = sentence.words
    bare = {(x.key, y.key) for x, y in zip(other.words, other.words[1:], strict=False)}
    starts = {f.start for f in article.facts if f.kind == "number"}
    counted = [k for k, w in enumerate(ws) if w.is_number or w.start in starts]
    return bool(counted) and all(
        0 < k < len(ws) - 1 and (ws[k - 1].key, ws[k + 1].key) in bare for k in counted
    )


def _speaker_quoted(article: Article, sentence: Sentence) -> Fact | None:
    """The named speaker of a quotation in a sentence, as an attribution ('"Kami hanya
    menertibkan perusuh," kata Kapolres X')."""
    return next(
        (
            attr
            for q in article.facts
            if q.kind == "quote"
            and q.field == "text"
            and sentence.span.start <= q.start < sentence.span.end
            and (attr := _quoted_by(article, q.start, q.end)) is not None
        ),
        None,
    )


def _quoted_and_claimed(
    sides: Sequence[tuple[Article, Sentence]], alignment: Alignment
) -> list[tuple[Article, Sentence, str, Fact | None]] | None:
    """The stances of a quotation in one text and the same words as a claim ("mengklaim",
    "claimed") in the other ('"Kami hanya menertibkan perusuh ...," kata Kapolres X' / "Polisi
    mengklaim hanya menertibkan perusuh ..."): the one outlet quotes the speaker, the other
    keeps the words at arm's length. None for any other pair with a quote (a quote against a
    plain or a credited sentence is the speaker's own, no sourcing difference)."""
    quoted = [_has_quote_or_figure(a, s, ("quote",)) for a, s in sides]
    if quoted.count(True) != 1:
        return None
    stances: list[tuple[Article, Sentence, str, Fact | None]] = []
    for (a, s), q in zip(sides, quoted, strict=True):
        if q:
            speaker = _speaker_quoted(a, s)
            if speaker is None:
                return None
            stances.append((a, s, "attributed", speaker))
        else:
            stance, attr = _sentence_stance(a, s, alignment)
            if stance != "claimed":
                return None
            stances.append((a, s, stance, attr))
    return stances


def _names_source(article: Article, sentence: Sentence, attr: Fact) -> bool:
    """Whether a sentence names the source an attribution credits: one of its proper-name
    phrases ("Esmail Qaani", "Kepala Staf Gabungan Korea Selatan") appears whole, spelt
    alike ("Jan Achakzai" for "Jan Achakzay")."""
    text = " ".join(article.text[sentence.span.start : sentence.span.end].casefold().split())
    runs: list[list[str]] = [[]]
    for w in str(attr.value or "").split():
        if w[:1].isupper():
            runs[-1].append(w)
        elif runs[-1]:
            runs.append([])
    names = [" ".join(r).casefold() for r in runs if r]
    if any(len(n) >= 3 and written_in(n, text) for n in names):
        return True
    # the source's short form as the sentence's subject: "Pemerintah Provinsi Papua
    # menyatakan ..." / "Pemprov Papua berjanji ...", "Kementerian Kesehatan Malaysia" /
    # "Kemenkes Malaysia menyebut": the last word of its name among the first three words
    last = names[-1].split()[-1] if names else ""
    subject = [w.strip(",.:;()\"'") for w in text.split()[:3]]
    return len(last) >= 4 and last in subject[1:]


class _Pair(NamedTuple):
    a: Sentence
    b: Sentence


# Content stems two attributed claims must share, and the share of the smaller claim's
# stems, before they are one claim though their sentences were not paired.
SCOPE_SHARED_STEMS = 4
SCOPE_OVERLAP = 0.6
# Content stems enough when both claims are credited to one named person.
SAME_SPEAKER_STEMS = 3


def _same_person(x: Fact, y: Fact) -> bool:
    """Whether two attributions name one person (the same linked entity id)."""
    ex = str(x.attrs.get("entity") or "")
    return ex.startswith("PER:") and ex == str(y.attrs.get("entity") or "")


def _scope_stems(article: Article, f: _Attribution, alignment: Alignment) -> frozenset[str]:
    """The content stems of the words an attribution covers (words found by offset). Found
    once per alignment and attribution: ``_scope_matched`` asks them of every attribution of
    each other text, for every pair of texts."""
    return alignment.memo(
        ("scope stems", article.id, f.start, f.end),
        lambda: _covered_stems(article, f.start, f.end, alignment),
    )


def _covered_stems(article: Article, start: int, end: int, alignment: Alignment) -> frozenset[str]:
    ws = alignment.words_of(article)
    starts = alignment.memo(("word-starts", article.id), lambda: [w.start for w in ws])
    lo, hi = bisect_left(starts, start), bisect_left(starts, end)
    covered = [w for w in ws[lo:hi] if w.end <= end]
    # the claim ends where the writer answers it ("..., padahal yang hancur adalah rumah
    # warga"): the rebuttal is no part of what the source claimed
    rebuttals = in_every_language("attribution", "rebuttal_words")
    cut = next((i for i, w in enumerate(covered) if w.key in rebuttals), None)
    if cut is not None:
        covered = covered[:cut]
    return frozenset(content_stems(covered, article.lang or "id"))


def _scope_matched(
    articles: Sequence[Article], alignment: Alignment
) -> list[tuple[Sentence, Sentence]]:
    """Sentences not paired by the aligner whose claims, under two stances with named
    sources, say one thing ("Menurut Komando Pusat AS (CENTCOM), serangan itu menargetkan
    gudang drone dan roket yang ..." / "Washington mengklaim serangan itu menargetkan gudang
    drone dan roket milik ..."): the sources' names and cues weigh the sentences apart, the
    claims themselves share most of their words."""
    paired = {(s.article, s.index) for p in alignment.pairs for s in (p.a, p.b)}
    found: list[tuple[Sentence, Sentence]] = []
    for x, y in combinations(articles, 2):
        ax = [f for f in _attributions(x, alignment) if f.names]
        ay = [f for f in _attributions(y, alignment) if f.names]
        for fx in ax:
            sx = alignment.sentence_at(x.id, fx.fact.start)
            if sx is None:
                continue
            # one side may be paired already, with a third text's sentence ("X mengatakan
            # ..." with a text stating it): the other side's claim is still matched to it
            x_paired = (x.id, sx.index) in paired
            for fy in ay:
                if fy.fact.label == fx.fact.label:
                    continue
                sy = alignment.sentence_at(y.id, fy.fact.start)
                if sy is None or (x_paired and (y.id, sy.index) in paired):
                    continue
                stems_x = _scope_stems(x, fx, alignment)
                stems_y = _scope_stems(y, fy, alignment)
                common = stems_x & stems_y
                smaller = min(len(stems_x), len(stems_y))
                # one named person's statement ("Juru bicara X, Y, mengklaim serangan itu
                # sebagai balasan atas ..." / "Y menegaskan serangan itu merupakan balasan
                # atas ..."), the loaded words around it changed by each outlet
                same_speaker = _same_person(fx.fact, fy.fact)
                needed = SAME_SPEAKER_STEMS if same_speaker else SCOPE_SHARED_STEMS
                if len(common) >= needed and len(common) >= SCOPE_OVERLAP * smaller:
                    found.append((sx, sy))
    return found


# A named source's claim and another text's plain sentence, never paired by the aligner:
# content stems they must share, and the share of the smaller's.
STATED_SHARED_STEMS = 4
STATED_OVERLAP = 0.5


def _paired_with(alignment: Alignment) -> set[tuple[str, int, str]]:
    """(article, sentence index, other article) for every sentence the aligner paired with
    one of the other article's."""
    return {
        (s.article, s.index, o.article)
        for p in alignment.pairs
        for s, o in ((p.a, p.b), (p.b, p.a))
    }


def _attributed_sentences(article: Article, alignment: Alignment, named: bool) -> frozenset[int]:
    """The indices of the article's sentences holding a body attribution (one naming a
    source, with ``named``): found once per alignment, asked for each claim of the others."""

    def compute() -> frozenset[int]:
        return frozenset(
            s.index
            for f in _attributions(article, alignment)
            if (f.names or not named)
            and (s := alignment.sentence_at(article.id, f.fact.start)) is not None
        )

    return alignment.memo(("attributed sentences", article.id, named), compute)


def _stated_matched(
    articles: Sequence[Article], alignment: Alignment, claims: bool = False
) -> list[tuple[Sentence, Sentence]]:
    """A named source's claim in one text and the same claim stated plainly in another text
    that the aligner paired with nothing of the first ("Menurut pengelola jalan, bus diduga
    kehilangan kendali karena remnya rusak ..." in a next-day report / "Bus itu kehilangan
    kendali karena remnya rusak di jalan menurun."): the source's name and the hedge weigh the
    sentences apart, the claim shares most of its words with the plain one. With ``claims``,
    a distanced claim's instead (``_claim_stated``)."""
    paired = _paired_with(alignment)
    found: list[tuple[Sentence, Sentence]] = []
    for x in articles:
        named = [f for f in _attributions(x, alignment) if f.names]
        if not named:
            continue
        for y in articles:
            if y.id == x.id or y.lang != x.lang:
                continue
            attributed = _attributed_sentences(y, alignment, named=False)
            for fx in named:
                sx = alignment.sentence_at(x.id, fx.fact.start)
                if sx is None or (x.id, sx.index, y.id) in paired:
                    continue
                stems_x = _scope_stems(x, fx, alignment)
                hedge = _bare_hedge_in(x, sx, alignment)
                suspicion = hedge is not None and _suspicion(hedge)
                if claims:
                    # a claim ("KKB mengklaim telah menembak jatuh helikopter itu") told as
                    # fact elsewhere, most of its words there
                    if not suspicion and fx.fact.label == "claimed":
                        free = [
                            sy
                            for sy in alignment.sentences.get(y.id, ())
                            if sy.index not in attributed and (y.id, sy.index, x.id) not in paired
                        ]
                        found.extend(_claim_stated(sx, stems_x, free))
                    continue
                if not suspicion:
                    continue  # only a suspicion told as fact elsewhere: "X, ... diduga ..."
                for sy in alignment.sentences.get(y.id, ()):
                    if sy.index in attributed or (y.id, sy.index, x.id) in paired:
                        continue
                    common = stems_x & sy.stems
                    smaller = min(len(stems_x), len(sy.stems))
                    if (
                        len(common) >= STATED_SHARED_STEMS
                        and len(common) >= STATED_OVERLAP * smaller
                    ):
                        found.append((sx, sy))
    return found


# A distanced claim ("mengklaim", "claimed") told as fact in another text: content stems of
# the claim that sentence must hold, and the share of the claim's stems it must hold.
CLAIM_SHARED_STEMS = 3
CLAIM_COVERED = 0.75


def _claim_stated(
    sx: Sentence, claim: frozenset[str], candidates: Sequence[Sentence]
) -> list[tuple[Sentence, Sentence]]:
    """The one sentence of the ``candidates`` (another text's, credited to no one and paired
    with nothing of the claim's text) that
    holds CLAIM_COVERED of a distanced claim's content stems, at least CLAIM_SHARED_STEMS
    ("Kelompok itu mengklaim telah menembak jatuh helikopter tersebut" / "TPNPB menembak
    jatuh helikopter tersebut di hutan"): the claimant's name may differ (two names of one
    group), the claim is the other text's fact. None when two sentences hold it alike."""
    best = _sentences_holding(claim, candidates, CLAIM_COVERED)
    if not best:
        return []
    top = max(n for n, _ in best)
    winners = [sy for n, sy in best if n == top]
    return [(sx, winners[0])] if len(winners) == 1 else []


def _sentences_holding(
    claim: frozenset[str], candidates: Iterable[Sentence], share: float
) -> list[tuple[int, Sentence]]:
    """The candidates holding ``share`` of the claim's content stems and CLAIM_SHARED_STEMS at
    least, each with how many it holds: one test for a claim stated as fact elsewhere, be it
    close enough for a finding (CLAIM_COVERED) or only told there (CLAIM_TOLD)."""
    if len(claim) < CLAIM_SHARED_STEMS:
        return []
    least = max(CLAIM_SHARED_STEMS, share * len(claim))
    return [(n, sy) for sy in candidates if (n := len(claim & sy.stems)) >= least]


# A claim another text tells in a sentence of its own, though too loosely for an attribution
# finding (``CLAIM_COVERED``): the share of the claim's content stems that sentence holds.
CLAIM_TOLD = 0.5


def claim_told_elsewhere(
    articles: Sequence[Article], article: Article, claim: Fact, alignment: Alignment
) -> bool:
    """Whether another text of the claim's language states it as fact: a sentence crediting
    no one that holds half the content stems of what ``claim`` (a distanced attribution)
    covers, CLAIM_SHARED_STEMS at least ("Perusahaan mengklaim lahan tersebut masuk dalam
    Hak Guna Usaha" / "Lahan ... itu masuk dalam HGU perusahaan"): a claim against a fact,
    no scoop. Credited there too ("X mengatakan keduanya anggota kelompok ..."), the claim
    and its denial stay the first text's own."""
    scoped = next((f for f in _attributions(article, alignment) if f.fact is claim), None)
    if scoped is None:
        return False
    stems = _scope_stems(article, scoped, alignment)
    if len(stems) < CLAIM_SHARED_STEMS:
        return False
    for y in articles:
        if y.id == article.id or y.lang != article.lang:
            continue
        credited = _attributed_sentences(y, alignment, named=False)
        uncredited = (sy for sy in alignment.sentences.get(y.id, ()) if sy.index not in credited)
        if _sentences_holding(stems, uncredited, CLAIM_TOLD):
            return True
    return False


# Content stems besides the framed words that one claim told under two framings must share.
FRAMED_SHARED_STEMS = 1


def _framed_classes(article: Article, alignment: Alignment, start: int, end: int) -> frozenset[str]:
    """The framing classes (lang/*/framing.json) of the terms in ``[start, end)``."""
    found = alignment.memo(("framing uses", article.id), lambda: uses(article, alignment))
    return frozenset(
        u.cls for u in found if u.evidence.field == "text" and start <= u.evidence.start < end
    )


def _framed_matched(
    articles: Sequence[Article], alignment: Alignment
) -> list[tuple[Sentence, Sentence]]:
    """One party's claim told under two framings, credited plainly in one text and kept at
    arm's length in the other ("The army said it had struck militants who were planning an
    attack" / "The occupation army claimed it had targeted resistance fighters preparing an
    attack"): the framed words ("army" / "occupation army", "militants" / "resistance
    fighters") weigh the sentences apart, so the aligner pairs nothing. The sources name one
    referent of the framing lexicon, the claims another, and share a content word more.
    Only a distanced claim ("claimed") starts the search: nothing is spent without one."""
    paired = _paired_with(alignment)
    found: list[tuple[Sentence, Sentence]] = []
    for x in articles:
        distanced = [
            f for f in _attributions(x, alignment) if f.names and f.fact.label == "claimed"
        ]
        for fx in distanced:
            sx = alignment.sentence_at(x.id, fx.fact.start)
            if sx is None:
                continue
            source_x = _framed_classes(x, alignment, fx.fact.start, fx.fact.end)
            claim_x = _framed_classes(x, alignment, fx.fact.end, fx.end) - source_x
            if not source_x or not claim_x:
                continue
            stems_x = _scope_stems(x, fx, alignment)
            for y in articles:
                if y.id == x.id or y.lang != x.lang or (x.id, sx.index, y.id) in paired:
                    continue
                for fy in _attributions(y, alignment):
                    if not fy.names or fy.fact.label != "attributed":
                        continue
                    sy = alignment.sentence_at(y.id, fy.fact.start)
                    if sy is None or (y.id, sy.index, x.id) in paired:
                        continue
                    source_y = _framed_classes(y, alignment, fy.fact.start, fy.fact.end)
                    claim_y = _framed_classes(y, alignment, fy.fact.end, fy.end) - source_y
                    if not (source_x & source_y) or not (claim_x & claim_y):
                        continue
                    if len(stems_x & _scope_stems(y, fy, alignment)) >= FRAMED_SHARED_STEMS:
                        found.append((sy, sx))
    return found


# Words a sentence translated into the other language keeps ("bird strike" in brackets,
# "pilot", "kokpit" / "cockpit"): how many its counterpart must share (or two of them side
# by side in both, a phrase kept whole), the shortest such word, and how alike (normalised
# Levenshtein, after Indonesian respelling) two spellings must be.
KEPT_WORDS = 3
KEPT_PHRASE = 2
MIN_KEPT = 4
KEPT_SPELLING = 0.7
_ANY_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _respelled(word: str) -> str:
    """A word as Indonesian would spell it borrowed ("cockpit" as "kokkpit")."""
    for old, new in LOAN_RESPELL:
        word = word.replace(old, new)
    return word


def _kept_words(
    article: Article, sentence: Sentence, stop: frozenset[str]
) -> tuple[tuple[int, str], ...]:
    """The lowercase words (no names: those a translation keeps anyway) of a sentence that
    a translation may keep as written or respelled, neither language's stopwords, each with
    its position among the sentence's words."""
    text = article.text[sentence.span.start : sentence.span.end]
    return tuple(
        (i, _respelled(w))
        for i, w in enumerate(m.group() for m in _ANY_WORD_RE.finditer(text))
        if len(w) >= MIN_KEPT and w.islower() and w.isascii() and w not in stop
    )


def _alike(w: str, v: str) -> bool:
    """One word kept by a translation: as written, or respelled alike from the same first
    letter ("kokkpit" / "kokpit", "videos" / "video")."""
    return w == v or (
        w[0] == v[0]
        and len(w) > MIN_KEPT
        and len(v) > MIN_KEPT
        and Levenshtein.normalized_similarity(w, v) >= KEPT_SPELLING
    )


def _kept_shared(x: Sequence[tuple[int, str]], y: Sequence[tuple[int, str]]) -> int:
    """How many words of ``x`` ``y`` holds as written or in a close spelling; 0 when too few
    (fewer than KEPT_WORDS, or KEPT_PHRASE that stand side by side in neither)."""
    matched = [(i, next((j for j, v in y if _alike(w, v)), None)) for i, w in x]
    hits = [(i, j) for i, j in matched if j is not None]
    if len(hits) >= KEPT_WORDS:
        return len(hits)
    phrase = any(
        abs(i1 - i2) == 1 and abs(j1 - j2) == 1 for (i1, j1), (i2, j2) in combinations(hits, 2)
    )
    return len(hits) if len(hits) >= KEPT_PHRASE and phrase else 0


def _translated_matched(
    articles: Sequence[Article], alignment: Alignment, numbered: set[tuple[str, int]]
) -> list[tuple[Sentence, Sentence]]:
    """A statement with no figure told in two languages, attributed in one and stated in
    the other ("The pilot reported a bird strike shortly after take-off, according to the
    airline" / "Pesawat itu mengalami tabrakan burung (bird strike) sesaat setelah lepas
    landas"): the aligner pairs no sentences across languages, but a translation keeps some
    words as they are written (a term in brackets, a loanword: "pilot", "cockpit" /
    "kokpit"). Two sentences sharing KEPT_WORDS such words (or KEPT_PHRASE side by side in
    both, "bird strike"), each the other's one best match
    among the unpaired sentences without a quote or a figure, are one statement. Only texts
    in two languages are searched: nothing is spent on a set in one language."""
    if len({a.lang for a in articles}) < 2:
        return []
    stop = frozenset().union(*(stopwords(a.lang or "id") for a in articles))
    paired = _paired_with(alignment)

    def free(a: Article, other: Article) -> list[tuple[Sentence, tuple[tuple[int, str], ...]]]:
        return [
            (s, kept)
            for s in alignment.sentences.get(a.id, ())
            if (a.id, s.index) not in numbered
            and (a.id, s.index, other.id) not in paired
            and not _has_quote_or_figure(a, s)
            and len(kept := _kept_words(a, s, stop)) >= KEPT_PHRASE
        ]

    found: list[tuple[Sentence, Sentence]] = []
    for x, y in combinations(articles, 2):
        if x.lang == y.lang:
            continue
        xs, ys = free(x, y), free(y, x)
        scores = {
            (i, j): n
            for i, (_, kx) in enumerate(xs)
            for j, (_, ky) in enumerate(ys)
            if (n := _kept_shared(kx, ky))
        }
        found += [(xs[i][0], ys[j][0]) for i, j in _mutually_best(scores)]
    return found


def _mutually_best(scores: dict[tuple[int, int], int]) -> list[tuple[int, int]]:
    """The pairs (i, j) scoring more than every other pair that shares i or j: each
    sentence is paired with at most one of the other text's, and a tie pairs none."""
    return [
        (i, j)
        for (i, j), n in scores.items()
        if all(m < n for (a, b), m in scores.items() if (a == i) != (b == j))
    ]


# A statement with no figure told in two languages: English content words that must have
# their rendering in the Indonesian sentence (lang/en/gloss_id.json), and their share of the
# shorter side's content words (the source and its cue left out of both).
GLOSSED_HITS = 3
GLOSSED_SHARE = 0.5


def _claim_words(article: Article, sentence: Sentence, alignment: Alignment) -> str:
    """A sentence's text with the words of its named attributions (the source and its cue,
    "The company said", "Rezim penjajah mengklaim") blanked: what is claimed, not who
    claims it, is what a translation must render."""
    start, end = sentence.span.start, sentence.span.end
    chars = list(article.text[start:end])
    for f, _, _, names in _attributions(article, alignment):
        if names and start <= f.start < end:
            for i in range(f.start - start, min(f.end, end) - start):
                chars[i] = " "
    return "".join(chars)


def _opens_on_source(article: Article, sentence: Sentence, attr: Fact, other: Article) -> bool:
    """Whether a sentence opens on the source a text in the other language credits
    ("Consumer groups welcomed the rule but said ..." / "Yayasan Lembaga Konsumen Indonesia
    menyambut aturan itu, tetapi menilai ..."): it tells what the source did or thought with
    a verb that is no cue, the same credit in other words."""
    if not sentence.words or article.lang == other.lang:
        return False
    head_end = sentence.words[: SUBJECT_WORDS + 1][-1].end
    head = article.text[sentence.span.start : head_end].casefold()
    source = str(attr.value or "").casefold()
    if not source:
        return False
    glossed = gloss_overlap(head, source) if article.lang == "en" else gloss_overlap(source, head)
    if glossed[0]:
        return True
    # a borrowed word ("consumer" / "konsumen") or a name kept as written
    kept = [_respelled(m.group().casefold()) for m in _ANY_WORD_RE.finditer(head)]
    return any(
        len(w) >= MIN_KEPT and any(_alike(_respelled(w), v) for v in kept)
        for w in (m.group().casefold() for m in _ANY_WORD_RE.finditer(source))
    )


_CLAUSE_RE = re.compile(r"[^,;]+")


def _figureless_clauses(
    article: Article, sentence: Sentence, alignment: Alignment
) -> list[tuple[Span, str]]:
    """The comma-parted clauses of a sentence that hold no figure (what its figures are not
    part of), the source and cue the sentence is credited to blanked: a source inside a
    clause ("after the pilots reported smoke") is part of what the sentence's source said."""
    start = sentence.span.start
    chars = list(article.text[start : sentence.span.end])
    attr = _sentence_stance(article, sentence, alignment)[1]
    if attr is not None:
        for i in range(attr.start - start, min(attr.end - start, len(chars))):
            chars[i] = " "
    text = "".join(chars)
    figures = [
        f.start - sentence.span.start
        for f in article.facts
        if f.kind == "number"
        and f.field == "text"
        and sentence.span.start <= f.start < sentence.span.end
    ]
    out: list[tuple[Span, str]] = []
    for m in _CLAUSE_RE.finditer(text):
        clause = m.group()
        if not clause.strip() or any(m.start() <= k < m.end() for k in figures):
            continue
        lead = len(clause) - len(clause.lstrip())
        span = Span(start + m.start() + lead, start + m.start() + len(clause.rstrip()))
        out.append((span, clause))
    return out


def _glossed_matched(
    articles: Sequence[Article], alignment: Alignment, numbered: set[tuple[str, int]]
) -> dict[tuple[Sentence, Sentence], Span | None]:
    """A statement with no figure told in an English and an Indonesian text, credited to a
    source in at least one ("The company said the blast was caused by a gas leak near the
    boiler" / "Ledakan dipicu kebocoran gas di dekat ketel"): no word need be kept as written,
    but most of the shorter side's content words are rendered in the other
    (``GLOSSED_HITS``, ``GLOSSED_SHARE``), each pair the other's one best match among the
    unpaired sentences without a quote or a figure, or a clause without a figure of a
    credited sentence with some (the clause then given with the pair). Only texts in two
    languages are searched, and only sentences of which one names a source."""
    if {a.lang for a in articles} < {"en", "id"}:
        return {}
    paired = _paired_with(alignment)

    def free(a: Article, other: Article) -> list[tuple[Sentence, str, bool, Span | None]]:
        out: list[tuple[Sentence, str, bool, Span | None]] = []
        for s in alignment.sentences.get(a.id, ()):
            if (a.id, s.index, other.id) in paired or _has_quote_or_figure(a, s, ("quote",)):
                continue
            credited = _sentence_stance(a, s, alignment)[0] != "stated"
            if (a.id, s.index) not in numbered and not _has_quote_or_figure(a, s):
                out.append((s, _claim_words(a, s, alignment), credited, None))
            elif credited:
                # a credited sentence with figures: each clause without one may be the
                # statement translated ("..., after the pilots reported smoke in the
                # cockpit, the airline said" / "Asap terlihat di kokpit ...")
                clauses = _figureless_clauses(a, s, alignment)
                out.extend((s, text, True, span) for span, text in clauses)
        return out

    found: dict[tuple[Sentence, Sentence], Span | None] = {}
    for x in articles:
        if x.lang != "en":
            continue
        for y in articles:
            if y.lang != "id":
                continue
            xs, ys = free(x, y), free(y, x)
            scores: dict[tuple[int, int], int] = {}
            for i, (_, ex, credited_x, _) in enumerate(xs):
                for j, (_, iy, credited_y, _) in enumerate(ys):
                    if not (credited_x or credited_y):
                        continue
                    hits, en_n, id_n = gloss_overlap(ex, iy)
                    if hits >= GLOSSED_HITS and hits >= GLOSSED_SHARE * min(en_n, id_n):
                        scores[(i, j)] = hits
            for i, j in _mutually_best(scores):
                found[(xs[i][0], ys[j][0])] = xs[i][3] or ys[j][3]
    return found


def _quoted_claims_matched(
    articles: Sequence[Article], alignment: Alignment
) -> list[tuple[Sentence, Sentence]]:
    """A quotation in an English text and the same words as a claim in an Indonesian one,
    or the other way round ('... conducting "normal law-enforcement patrols in waters where
    China has relevant rights and interests"' / "China mengklaim kapal itu sedang melakukan
    patroli penegakan hukum normal di perairan yang menjadi hak dan kepentingan China"): one
    outlet quotes the speaker, the other keeps the words at arm's length. Most of the
    shorter side's content words are rendered (``GLOSSED_HITS``, ``GLOSSED_SHARE``; a word
    kept as written or respelled, "patrols" / "patroli", counts as rendered), each pair the
    other's one best match among the quotes with a named speaker and the claimed sentences
    with no quote and no figure. Only texts in two languages holding both a quote and a
    claim are searched."""
    if {a.lang for a in articles} < {"en", "id"}:
        return []
    if not any(f.kind == "attribution" and f.label == "claimed" for a in articles for f in a.facts):
        return []  # (cheap guard: most sets claim nothing)
    stop = frozenset().union(*(stopwords(lang) for lang in ("en", "id")))

    def quoted(a: Article) -> list[tuple[Sentence, str]]:
        out = []
        for q in a.facts:
            if q.kind != "quote" or q.field != "text" or not q.attrs.get("speaker"):
                continue
            s = alignment.sentence_at(a.id, q.start)
            if s is not None and not _has_quote_or_figure(a, s, ("number",)):
                out.append((s, str(q.value)))
        return out

    def claimed(a: Article) -> list[tuple[Sentence, str]]:
        return [
            (s, _claim_words(a, s, alignment))
            for s in alignment.sentences.get(a.id, ())
            if not _has_quote_or_figure(a, s) and _sentence_stance(a, s, alignment)[0] == "claimed"
        ]

    def kept(text: str) -> list[str]:
        return [
            _respelled(w)
            for w in (m.group() for m in _ANY_WORD_RE.finditer(text))
            if len(w) >= MIN_KEPT and w.islower() and w.isascii() and w not in stop
        ]

    found: list[tuple[Sentence, Sentence]] = []
    for x in articles:
        for y in articles:
            if x.lang == y.lang or {x.lang, y.lang} != {"en", "id"}:
                continue
            xs, ys = quoted(x), claimed(y)
            if not xs or not ys:
                continue
            scores: dict[tuple[int, int], int] = {}
            for i, (_, words_x) in enumerate(xs):
                for j, (_, words_y) in enumerate(ys):
                    en, id_ = (words_x, words_y) if x.lang == "en" else (words_y, words_x)
                    hits, en_n, id_n = gloss_overlap(en, id_)
                    id_kept = kept(id_)
                    hits += sum(1 for w in kept(en) if any(_alike(w, v) for v in id_kept))
                    if hits >= GLOSSED_HITS and hits >= GLOSSED_SHARE * min(en_n, id_n):
                        scores[(i, j)] = hits
            found += [(xs[i][0], ys[j][0]) for i, j in _mutually_best(scores)]
    return found


# A short credited claim found whole inside a plain sentence of another text: the claim's
# content stems it must hold (all of them), and how many words, per stem, the run holding
# them in that sentence may span.
COVERED_STEMS = 3
COVERED_SPAN = 2


def _covered_run(claim: frozenset[str], sentence: Sentence) -> Span | None:
    """The run of a sentence's words holding every stem of a claim, when at most
    COVERED_SPAN words per stem long: the claim as one clause of it, not its words
    scattered; else None."""
    at = [k for k, w in enumerate(sentence.words) if w.stem in claim]
    if not at or {sentence.words[k].stem for k in at} != claim:
        return None
    if at[-1] - at[0] >= COVERED_SPAN * len(claim):
        return None
    return Span(sentence.words[at[0]].start, sentence.words[at[-1]].end)


def _covered_matched(
    articles: Sequence[Article], alignment: Alignment
) -> dict[tuple[Sentence, Sentence], Span]:
    """A short claim with no figure credited to a named source in one text and told as one
    clause of a plain sentence in another text of the same language ("Survivors said a side
    door was locked." / "Nine workers died on Monday in a workshop where the side door had
    been locked, ..."): the other sentence is longer, holds figures of its own and so is
    neither aligned nor compared as a statement, but it holds every content word of the
    claim in one run (``COVERED_STEMS``, ``COVERED_SPAN``). The aligner may pair the two
    (their words alike), yet a sentence with figures is never compared as a statement
    there. Only the one such sentence of the other text is taken, with the run that tells
    the claim."""
    found: dict[tuple[Sentence, Sentence], Span] = {}
    for x in articles:
        if not any(y.id != x.id and y.lang == x.lang for y in articles):
            continue
        for fx in _attributions(x, alignment):
            if not fx.names:
                continue
            sx = alignment.sentence_at(x.id, fx.fact.start)
            if sx is None or _has_quote_or_figure(x, sx):
                continue
            claim = _scope_stems(x, fx, alignment) - _covered_stems(
                x, fx.fact.start, fx.fact.end, alignment
            )
            if len(claim) < COVERED_STEMS:
                continue
            for y in articles:
                if y.id == x.id or y.lang != x.lang:
                    continue
                credited = _attributed_sentences(y, alignment, named=True)
                hits = [
                    (sy, run)
                    for sy in alignment.sentences.get(y.id, ())
                    if sy.index not in credited
                    and claim <= sy.stems
                    and (run := _covered_run(claim, sy)) is not None
                ]
                if len(hits) == 1:
                    found[(sx, hits[0][0])] = hits[0][1]
    return found


# Content stems besides the cause cues that a credited cause and a stated one must share.
CAUSE_SHARED_STEMS = 3


@lru_cache(maxsize=2)
def _word_keys(name: str) -> frozenset[str]:
    """The word keys of one ``attribution.json`` list, whatever the text's language."""
    listed = in_every_language("attribution", name)
    return frozenset(w.key for phrase in listed for w in words(phrase))


def _cause_cues() -> frozenset[str]:
    """Word keys that give a cause ("penyebab", "karena", "triggered"; ``cause_cues``)."""
    return _word_keys("cause_cues")


def _cause_sentences(
    article: Article, alignment: Alignment, numbered: set[tuple[str, int]], credited: bool
) -> list[Sentence]:
    """The article's sentences without a quote or a figure that give a cause: credited to a
    named source as a suspicion (``credited``: "X menduga ...", "X claimed ...";
    ``tentative_cause_words``) or stated with no source and no hedge."""
    return alignment.memo(
        ("cause sentences", article.id, credited),
        lambda: _find_cause_sentences(article, alignment, numbered, credited),
    )


def _find_cause_sentences(
    article: Article, alignment: Alignment, numbered: set[tuple[str, int]], credited: bool
) -> list[Sentence]:
    cues = _cause_cues()
    tentative = _word_keys("tentative_cause_words")
    out: list[Sentence] = []
    for s in alignment.sentences.get(article.id, ()):
        if not any(w.key in cues for w in s.words):
            continue  # the usual case: no cause given
        if (article.id, s.index) in numbered or _has_quote_or_figure(article, s):
            continue
        stance = _sentence_stance(article, s, alignment)[0]
        if credited != (stance != "stated"):
            continue
        if credited and stance != "claimed" and not any(w.key in tentative for w in s.words):
            continue  # a cause told plainly on a source's word: its account, no suspicion
        if not credited and _bare_hedge_in(article, s, alignment) is not None:
            continue
        out.append(s)
    return out


def _cause_matched(
    articles: Sequence[Article], alignment: Alignment, numbered: set[tuple[str, int]]
) -> list[tuple[Sentence, Sentence]]:
    """The cause of the event a source suspects or claims in one text and another text of
    the same language states as fact ("Menurut juru bicara, pihaknya menduga ada kerusakan
    rem pada truk di Tanjakan Emen" / "Kecelakaan terjadi karena sopir truk salah
    memindahkan gigi di Tanjakan Emen"): each gives a cause (``cause_cues``), and the two
    share CAUSE_SHARED_STEMS content stems besides the cue, the place or the thing that
    failed. The causes may differ: the finding says one outlet has the cause from a source
    as a suspicion, the other tells a cause as established. Only the one such stated
    sentence of the other text is taken."""
    cues = _cause_cues()
    paired = _paired_with(alignment)
    found: list[tuple[Sentence, Sentence]] = []
    for x in articles:
        credited = _cause_sentences(x, alignment, numbered, credited=True)
        if not credited:
            continue
        for y in articles:
            if y.id == x.id or y.lang != x.lang:
                continue
            stated = _cause_sentences(y, alignment, numbered, credited=False)
            for sx in credited:
                if (x.id, sx.index, y.id) in paired:
                    continue
                own = {w.stem for w in sx.words if w.key in cues}
                hits = [
                    sy
                    for sy in stated
                    if (y.id, sy.index, x.id) not in paired
                    and len((sx.stems & sy.stems) - own) >= CAUSE_SHARED_STEMS
                ]
                if len(hits) == 1:
                    found.append((sx, hits[0]))
    return found


def _statement_attributions(
    articles: Sequence[Article],
    alignment: Alignment,
    labels: dict[str, str],
    numbered: set[tuple[str, int]],
) -> list[Finding]:
    """A statement (a sentence copied or paraphrased across sources, with no figure of its
    own) attributed or distanced in one source and stated as fact in another."""
    by_id = {a.id: a for a in articles}
    out: list[Finding] = []
    # a sentence paired with two sentences of one other text ("X claimed A, but Y said B" /
    # "A." + "B, Y said.") is reported once, with its closest partner
    reported: set[tuple[str, int, str]] = set()
    candidates = [(p.a, p.b) for p in sorted(alignment.pairs, key=lambda p: -p.similarity)]
    candidates += _scope_matched(articles, alignment)
    candidates += _stated_matched(articles, alignment)
    candidates += _framed_matched(articles, alignment)
    translated = _translated_matched(articles, alignment, numbered)
    glossed = _glossed_matched(articles, alignment, numbered)
    # a cause credited and a cause stated share few words: whole sentences are the evidence
    causes = _cause_matched(articles, alignment, numbered)
    # a quotation in one language, the same words claimed in the other
    quoted_claims = _quoted_claims_matched(articles, alignment)
    candidates += translated + list(glossed) + causes + quoted_claims
    # a translation shares no words with its cue's sentence but those kept: the whole
    # sentences are the evidence on both sides
    whole = {
        (s.article, s.index)
        for pair in [*translated, *glossed, *causes, *quoted_claims]
        for s in pair
    }
    # a glossed translation's stated side credits the source only when it opens on it
    # ("... naik ke peringkat ketiga pada pembaruan ranking BWF" names BWF as the list's
    # owner, not as the source of the rise)
    by_gloss = set(glossed)
    # a clause of a sentence with figures: the clause and the source are the evidence
    clause_of = {p: span for p, span in glossed.items() if span is not None}
    # last, a claim stated by a third text, once two findings have told it apart from two others
    # (X claimed, Y said, Z states it, Y's and Z's sentences paired): no third finding
    claims_stated = set(_stated_matched(articles, alignment, claims=True))
    candidates += sorted(claims_stated, key=lambda p: (p[0].article, p[0].index, p[1].index))
    # a claim told whole inside a longer sentence with figures of its own: those figures are
    # compared as numbers, the claim's clause as a statement
    # compared as a statement already when the aligner paired the two and neither has a figure
    aligned = {(p.a, p.b) for p in alignment.pairs} | {(p.b, p.a) for p in alignment.pairs}
    covered = {
        p: run
        for p, run in _covered_matched(articles, alignment).items()
        if p not in claims_stated
        and (p not in aligned or _has_quote_or_figure(by_id[p[1].article], p[1], ("number",)))
    }
    candidates += sorted(covered, key=lambda p: (p[0].article, p[0].index, p[1].index))
    told: dict[tuple[str, int], set[tuple[str, int]]] = {}
    for first_s, second_s in candidates:
        pair = _Pair(first_s, second_s)
        sides = [(by_id[pair.a.article], pair.a), (by_id[pair.b.article], pair.b)]
        # a glossed pair was found figure-free where it counts (a clause of a sentence with
        # figures against a sentence with none)
        checked = [] if (first_s, second_s) in by_gloss else sides
        checked = sides[:1] if (first_s, second_s) in covered else checked
        if _compared_as_numbers(checked, (first_s, second_s) in aligned, numbered):
            continue
        keys = (
            (pair.a.article, pair.a.index, pair.b.article),
            (pair.b.article, pair.b.index, pair.a.article),
        )
        if any(k in reported for k in keys):
            continue
        ends = ((pair.a.article, pair.a.index), (pair.b.article, pair.b.index))
        if (first_s, second_s) in claims_stated and told.get(ends[0], set()) & told.get(
            ends[1], set()
        ):
            continue
        stances: list[tuple[Article, Sentence, str, Fact | None]]
        if any(_has_quote_or_figure(a, s, ("quote",)) for a, s in sides):
            found = _quoted_and_claimed(sides, alignment)
            if found is None:
                continue
            stances = found
        else:
            stances = [(a, s, *_sentence_stance(a, s, alignment)) for a, s in sides]
        if stances[0][2] == stances[1][2] and not _one_hedged(stances, alignment):
            continue
        if (first_s, second_s) not in by_gloss and any(
            attr is not None and other_stance == "stated" and _names_source(other, other_s, attr)
            for (_, _, _, attr), (other, other_s, other_stance, _) in (
                (stances[0], stances[1]),
                (stances[1], stances[0]),
            )
        ):
            continue  # "Qaani berjanji ..." names the source too, with a verb outside the cues
        if any(
            attr is not None
            and other_stance == "stated"
            and (first_s, second_s) in by_gloss
            and _opens_on_source(other, other_s, attr, a)
            for (a, _, _, attr), (other, other_s, other_stance, _) in (
                (stances[0], stances[1]),
                (stances[1], stances[0]),
            )
        ):
            continue
        if _opposed(*sides[0], *sides[1]):
            # "menetapkan status darurat" / "X menambahkan Pemkot belum menetapkan status":
            # a denial is never a sourcing difference
            out.append(_opposed_finding(stances, labels))
            reported.update(keys)
            _tell(told, ends)
            continue
        lang = msg_lang(stances[0][0])
        evidence: list[Evidence] = []
        parts: list[tuple[str, str]] = []
        for a, s, stance, attr in stances:
            hedge = _bare_hedge_in(a, s, alignment) if stance == "stated" else None
            if hedge is not None:
                # "Keterlambatan disebut terjadi ...": not stated as fact, but no source
                # named either; the pair is still reported (a named source against none)
                cue = str(hedge.attrs.get("cue") or hedge.text)
                parts.append((labels[a.id], message(lang, "stance.hedged", cue=cue)))
            else:
                parts.append((labels[a.id], _describe(lang, stance, attr)))
            if attr is not None and (a.id, s.index) not in whole:
                evidence.append(span_evidence(a, attr.field, attr.start, attr.end))
            elif (clause := clause_of.get((first_s, second_s))) and (
                s.span.start <= clause.start < s.span.end
            ):
                evidence.append(span_evidence(a, "text", clause.start, clause.end))
                if attr is not None:
                    evidence.append(span_evidence(a, attr.field, attr.start, attr.end))
            elif (first_s, second_s) in covered and s is second_s:
                run = covered[(first_s, second_s)]
                evidence.append(span_evidence(a, "text", run.start, run.end))
            else:
                evidence.append(span_evidence(a, "text", s.span.start, s.span.end))
        shown = clause_of.get((first_s, second_s), pair.a.span)
        if not (pair.a.span.start <= shown.start < pair.a.span.end):
            shown = pair.a.span
        first = " ".join(stances[0][0].text[shown.start : shown.end].split())
        claim = first if len(first) <= CLAIM_PREVIEW else first[: CLAIM_PREVIEW - 1].rstrip() + "…"
        text = message(lang, "attribution", claim=f"“{claim}”", values=join_values(lang, parts))
        out.append(Finding("attribution", "medium", text, tuple(evidence), slot="attribution"))
        reported.update(keys)
        _tell(told, ends)
    return out


def _compared_as_numbers(
    checked: Sequence[tuple[Article, Sentence]], aligned: bool, numbered: set[tuple[str, int]]
) -> bool:
    """Whether the checked sides' figures are compared as numbers, which leaves the
    statement's sourcing uncompared. Two sentences the aligner paired are one statement: a
    figure only one of them gives, the other giving none ("menyewa dua pengacara" /
    "menyewa pengacara"), is no claim compared as a number (two figures not joined may be
    one figure in dispute). The cheap membership in ``numbered`` is tested first."""
    if any((a.id, s.index) in numbered for a, s in checked):
        return True
    figured = [_has_quote_or_figure(a, s, ("number",)) for a, s in checked]
    if not any(figured):
        return False
    if not aligned or all(figured):
        return True
    return not _counts_left_out(*checked[figured.index(True)], checked[figured.index(False)][1])


def _tell(
    told: dict[tuple[str, int], set[tuple[str, int]]], ends: tuple[tuple[str, int], ...]
) -> None:
    """Record two sentences a finding set against each other."""
    a, b = ends
    told.setdefault(a, set()).add(b)
    told.setdefault(b, set()).add(a)


@lru_cache(maxsize=4)
def _institution_words(lang: str) -> frozenset[str]:
    """Words naming a public body or a company (``attribution.json`` ``institution_words``)."""
    data = lang_data(lexicon_lang(lang), "attribution")
    return frozenset(data.get("institution_words", []))


# A mention, its stance ("attributed", "claimed", "stated") and the source it is credited to.
_Row: TypeAlias = tuple[Mention, str, Fact | None]


def _said_and_stated(rows: list[_Row]) -> tuple[_Row, _Row] | None:
    """The row crediting a figure to a named source and the row stating it as fact, when
    the two rows are one of each; else None."""
    if len(rows) != 2:
        return None
    said = [r for r in rows if r[1] == "attributed" and r[2] is not None]
    stated = [r for r in rows if r[1] == "stated"]
    if len(said) != 1 or len(stated) != 1:
        return None
    return said[0], stated[0]


def _own_act(rows: list[_Row], alignment: Alignment) -> bool:
    """Whether a figure is one body's own act told two ways across languages: an English
    wire credits it to the body ("..., the transport ministry said") and the Indonesian
    rewrite states it in a sentence that body opens ("Kementerian Perhubungan membatasi
    tarif ... Rp1,8 juta"), or the other way round: not a difference of attribution."""
    if len(rows) != 2 or rows[0][0].article.lang == rows[1][0].article.lang:
        return False
    pair = _said_and_stated(rows)
    if pair is None:
        return False
    (m, _, attr), (s, _, _) = pair
    words = _institution_words(m.article.lang or "id")
    if attr is None or not any(w.strip(".,") in words for w in folded(attr.text).split()):
        return False
    sentence = alignment.sentence_at(s.article.id, s.fact.start)
    if sentence is None or not sentence.words:
        return False
    return sentence.words[0].key in _institution_words(s.article.lang or "id")


# "Penetapan itu diumumkan Gubernur X": a sentence opening on a noun pointing back and a
# telling verb, naming who made public the act the sentence before told.
_ANNOUNCED_RE = re.compile(
    r"\s*\w+\s+(?:itu|tersebut|ini)\s+(?:diumumkan|disampaikan|diputuskan|ditetapkan)\b",
    re.IGNORECASE,
)


def _announced_after(rows: list[_Row], alignment: Alignment) -> bool:
    """Whether the text stating a figure credits it in the next sentence to the source the
    other text names ("... UMP 2026 sebesar Rp2.169.349. Penetapan itu diumumkan Gubernur
    Wahyu" / "Gubernur Wahyu mengumumkan UMP ... sebesar Rp2.169.349"): both name who made
    it public, so no difference of attribution."""
    pair = _said_and_stated(rows)
    if pair is None:
        return False
    attr, m = pair[0][2], pair[1][0]
    sentence = alignment.sentence_at(m.article.id, m.fact.start)
    if attr is None or sentence is None:
        return False
    after = alignment.sentences.get(m.article.id, ())
    i = sentence.index + 1
    if i >= len(after):
        return False
    nxt = after[i]
    if not _ANNOUNCED_RE.match(m.article.text, nxt.span.start, nxt.span.end):
        return False
    return _names_source(m.article, nxt, attr)


@lru_cache(maxsize=4)
def _announcement_words(lang: str) -> frozenset[str]:
    """Words telling that an act was made public (``attribution.json``
    ``announcement_words``: "mengumumkan", "pengumuman", "announced")."""
    data = lang_data(lexicon_lang(lang), "attribution")
    return frozenset(data.get("announcement_words", []))


# A sentence opening on a noun pointing back and a passive telling verb ("Pemutusan itu
# diumumkan lewat surat edaran", "The cuts were announced in a memo"): the act the sentence
# before told was made public, whoever's channel is named.
_TOLD_BACK_RE = {
    "id": re.compile(
        r"\s*\w+(?:\s+\w+)?\s+(?:itu|tersebut|ini)\s+(?:juga\s+|telah\s+|sudah\s+)?"
        r"(?:diumumkan|disampaikan)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\s*(?:the|this|that|these|those)\s+\w+(?:\s+\w+)?\s+(?:was|were|had\s+been)\s+"
        r"announced\b",
        re.IGNORECASE,
    ),
}


def _told_as_announced(m: Mention, alignment: Alignment) -> bool:
    """Whether a text stating a figure says the figure's act was announced: an announcement
    word before it in its sentence ("setelah membaca pengumuman bahwa 2.500 pekerja ..."),
    or the next sentence telling that the act was made public ("... PHK terhadap 2.500
    buruh. Pemutusan itu diumumkan lewat surat edaran")."""
    lang = m.article.lang or "id"
    sentence = alignment.sentence_at(m.article.id, m.fact.start)
    if sentence is None:
        return False
    told = _announcement_words(lang)
    if any(w.key in told and w.end <= m.fact.start for w in sentence.words):
        return True
    pattern = _TOLD_BACK_RE.get(lexicon_lang(lang))
    after = alignment.sentences.get(m.article.id, ())
    i = sentence.index + 1
    return (
        pattern is not None
        and i < len(after)
        and pattern.match(m.article.text, after[i].span.start, after[i].span.end) is not None
    )


def _announced_by_all(rows: list[_Row], alignment: Alignment) -> bool:
    """Whether each text credits a figure to its announcer with a verb of announcing
    ("perusahaan mengumumkan PHK terhadap 2.500 pekerja") or states it while saying it was
    announced (``_told_as_announced``): every text has the figure from the announcement, so
    no difference of attribution. Asked only when a credit's cue is one of announcing."""
    credited = [r for r in rows if r[1] != "stated"]
    if not credited or len(credited) == len(rows):
        return False
    for m, stance, attr in credited:
        if stance != "attributed" or attr is None:
            return False
        if folded(str(attr.attrs.get("cue") or "")) not in _announcement_words(
            m.article.lang or "id"
        ):
            return False
    return all(_told_as_announced(m, alignment) for m, stance, _ in rows if stance == "stated")


# Words a sentence may open with before its verb of tallying, in which the credited source
# stands as the subject ("Phivolcs recorded ...", "Badan Geologi kemudian mencatat ...").
SUBJECT_WORDS = 4


def _source_is_subject(rows: list[_Row], alignment: Alignment) -> bool:
    """Whether the text said to state a figure as fact opens the figure's sentence on the
    very source the other text credits ("Phivolcs recorded more than 400 aftershocks, the
    strongest of magnitude 5.6" / "Phivolcs mencatat ... magnitudo 5,6"): the source is the
    sentence's subject of a verb of tallying (numbers.json ``tally_verbs``), so both name who
    reported the figure even when the verb is no attribution cue."""
    pair = _said_and_stated(rows)
    if pair is None:
        return False
    attr, m = pair[0][2], pair[1][0]
    sentence = alignment.sentence_at(m.article.id, m.fact.start)
    if attr is None or sentence is None or not sentence.words:
        return False
    head_words = sentence.words[: SUBJECT_WORDS + 1]
    tallies = tally_verbs(m.article.lang or "id")
    verb = next((w for w in head_words[1:] if w.key in tallies), None)
    if verb is None or verb.end > m.fact.start:
        # "Investigators blamed a faulty sensor for the crash that killed 62 people": the
        # subject says something else; the figure is the sentence's own statement
        return False
    head = replace(sentence, span=Span(sentence.span.start, verb.start))
    return _names_source(m.article, head, attr)


_LOWER_BOUNDS = frozenset({"more_than", "at_least"})


def _two_bounds(x: Claim, y: Claim) -> bool:
    """Whether two compatible claims are two bounds of one side with different figures
    ("sedikitnya 13 pekerja" / "sedikitnya 25 pekerja"): both can be true, but neither is
    the other told loosely, so one's attribution says nothing of the other's."""
    a, b = x.mentions[0].fact, y.mentions[0].fact
    qa, qb = a.attrs.get("qualifier"), b.attrs.get("qualifier")
    same_side = (qa in _LOWER_BOUNDS and qb in _LOWER_BOUNDS) or qa == qb == "up_to"
    return same_side and a.value != b.value


def _stated_and_quoted(rows: list[_Row]) -> bool:
    """Whether the text stating a figure another credits to a source gives that figure in a
    speaker's quote too ("sehingga totalnya sembilan orang" and later "Dari sembilan orang
    yang diamankan, ...," kata juru bicara): it credits the figure as well, only elsewhere."""
    pair = _said_and_stated(rows)
    if pair is None:
        return False
    m = pair[1][0]
    return any(
        f is not m.fact
        and f.kind == "number"
        and f.field == m.fact.field
        and f.value == m.fact.value
        and f.label == m.fact.label
        and in_quote(m.article, f)
        for f in m.article.facts
    )


def _outlet_key(name: str) -> str:
    """An outlet's name folded to its letters and digits ("Meridian Wire" = "meridianwire")."""
    return "".join(c for c in folded(name) if c.isalnum())


def _credits_the_other(rows: list[_Row]) -> bool:
    """Whether every source credited is the outlet of another article of the set ("Mengutip
    Lintas Wire, harga emas naik 1,8 persen" beside Lintas Wire's own report stating it): a
    rewrite naming the wire it copied tells where it read the figure, no difference of
    attribution from the wire itself."""
    credited = [r for r in rows if r[1] != "stated"]
    if not credited or any(r[2] is None for r in credited):
        return False
    for m, _, attr in credited:
        source = _outlet_key(str(attr.value)) if attr is not None else ""
        outlets = {
            _outlet_key(r[0].article.source or "") for r in rows if r[0].article.id != m.article.id
        }
        # "laporan Lintas Wire": the outlet named inside the source's words
        if not any(len(o) >= 4 and o in source for o in outlets):
            return False
    return True


def _stance_rows(ms: list[Mention], alignment: Alignment) -> list[_Row]:
    return [(m, *stance_at(m.article, m.fact.start, m.fact.end, alignment)) for m in ms]


def _units(cs: ClaimSet, alignment: Alignment) -> list[list[Mention]]:
    """What attribution compares: one mention per article of each claim, with compatible
    claims taken as one ("more than 20 attackers, according to the army" / "the army
    claimed 23"); and two conflicting figures when every side credits its figure to someone
    ("menurut polisi, sekitar 5.000" / "koordinator aksi mengklaim 20.000"): the dispute is
    between a source quoted and one distanced, which a reader must know. Only units whose
    stances differ are kept."""
    joined = Groups(len(cs.claims))
    for i, j in cs.compatible:
        if not _two_bounds(cs.claims[i], cs.claims[j]):
            joined.join(i, j)
    members = joined.members()

    def firsts(claim_ids: list[int]) -> list[Mention]:
        seen: dict[str, Mention] = {}
        for i in claim_ids:
            for m in cs.claims[i].first_per_article():
                seen.setdefault(m.article.id, m)
        # "Dua anggotanya disebut gugur": hedged with no source, neither stated as fact nor
        # attributed; it cannot be told apart from either, so it takes no side
        return [m for m in seen.values() if not _bare_hedged(m, alignment)]

    def stances(ms: list[Mention]) -> list[tuple[str, str]]:
        out = []
        for m in ms:
            stance, attr = stance_at(m.article, m.fact.start, m.fact.end, alignment)
            out.append((stance, folded(str(attr.value)) if attr is not None else ""))
        return out

    units: list[list[Mention]] = []
    reported: set[int] = set()
    for root, ids in members.items():
        kinds = {s for s, _ in stances(firsts(ids))}
        # compatible but unequal figures differ anyway; their attribution is news only when
        # one source distances itself from the figure ("the army claimed 23"); otherwise
        # each figure is compared on its own
        parts = [ids] if len(ids) == 1 or "claimed" in kinds else [[i] for i in ids]
        for part in parts:
            ms = firsts(part)
            if (
                len(ms) >= 2
                and len({s for s, _ in stances(ms)}) >= 2
                and not _own_act(rows := _stance_rows(ms, alignment), alignment)
                and not _announced_after(rows, alignment)
                and not _announced_by_all(rows, alignment)
                and not _source_is_subject(rows, alignment)
                and not _stated_and_quoted(rows)
                and not _credits_the_other(rows)
            ):
                units.append(ms)
                reported.add(root)
    for i, j in cs.conflicts:
        ri, rj = joined.find(i), joined.find(j)
        if ri == rj or ri in reported or rj in reported:
            continue
        ms = firsts(members[ri] + members[rj])
        st = stances(ms)
        if all(s != "stated" for s, _ in st) and {s for s, _ in st} == set(STANCES):
            units.append(ms)
            reported.update({ri, rj})
    return units


def find_attributions(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """Claims whose attribution differs across sources (one finding per attribution pattern)."""
    labels = source_labels(articles)
    order = {a.id: k for k, a in enumerate(articles)}
    groups: dict[tuple, list[tuple[Article, Fact, str, Fact | None]]] = {}
    claims_of: dict[tuple, list[str]] = {}
    for firsts in _units(group_claims(articles, alignment, "number"), alignment):
        rows = [
            (m.article, m.fact, *stance_at(m.article, m.fact.start, m.fact.end, alignment))
            for m in firsts
        ]
        key = tuple(
            (r[0].id, r[2], r[3].start if r[3] is not None else -1)
            for r in sorted(rows, key=lambda r: order[r[0].id])
        )
        groups.setdefault(key, []).extend(rows)
        # one figure per value: "more than 20 attackers, 23 attackers" for a compatible unit
        by_value = {m.fact.value: display(m.fact) for m in reversed(firsts)}
        claims_of.setdefault(key, []).extend(reversed(list(by_value.values())))
    out: list[Finding] = []
    numbered: set[tuple[str, int]] = set()
    for rows in groups.values():
        for article, fact, _, _ in rows:
            sentence = alignment.sentence_at(article.id, fact.start)
            if sentence is not None:
                numbered.add((article.id, sentence.index))
    for claim in group_claims(articles, alignment, "number").claims:
        if len(claim.article_ids) >= 2:
            for m in claim.mentions:
                sentence = alignment.sentence_at(m.article.id, m.fact.start)
                if sentence is not None:
                    numbered.add((m.article.id, sentence.index))
    out.extend(_statement_attributions(articles, alignment, labels, numbered))
    for key, rows in groups.items():
        rows.sort(key=lambda r: (order[r[0].id], r[1].start))
        lang = msg_lang(rows[0][0])
        per_article: dict[str, str] = {}
        evidence: list[Evidence] = []
        for article, fact, stance, attr in rows:
            per_article.setdefault(article.id, _describe(lang, stance, attr))
            evidence.append(fact_evidence(article, fact))
            if attr is not None:
                cue = span_evidence(article, attr.field, attr.start, attr.end)
                if cue not in evidence:
                    evidence.append(cue)
        values = join_values(lang, [(labels[aid], d) for aid, d in per_article.items()])
        claimed = ", ".join(dict.fromkeys(claims_of[key]))
        text = message(lang, "attribution", claim=claimed, values=values)
        out.append(Finding("attribution", "medium", text, tuple(evidence), slot="attribution"))
    return out
