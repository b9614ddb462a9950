"""``unique`` (``claim``): a disputed claim that only some sources report.

"Militants claimed they had sabotaged the vessel, a claim the navy rejected" in one article
and nothing like it in the other is neither an attribution finding (no other source states
the claim with another stance) nor a figure or quote of its own; by the rule of
docs/findings.md it is what one outlet alone reports: a ``unique``. It is the first thing a
fact-checker chases, so it is medium, not low. A claim is a distanced attribution that names
its source ("X mengklaim", "X claimed"; ``attribution.json`` distancing cues); disputed when
its sentence, or the next one (in its paragraph or opening the next), has a word of denial
(``attribution.json`` ``denial_words``: "dibantah", "rejected"). A claim whose sentence
another source carries (copied or paraphrased) is the attribution finding's business, not
a scoop; so is a claim whose words another source's sentence holds for the most part, the
aligner pairing nothing ("Perusahaan mengklaim lahan itu masuk dalam HGU" / "Lahan ...
itu masuk dalam HGU perusahaan").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from kroscek.align import Alignment, Sentence
from kroscek.compare.findings._common import (
    fact_evidence,
    join_names,
    lexicon_lang,
    message,
    msg_lang,
    source_labels,
    span_evidence,
)
from kroscek.compare.findings.attribution import claim_told_elsewhere
from kroscek.data import Article, Finding
from kroscek.extract.mentions import in_every_language
from kroscek.text.lang import lang_data

CLAIM_PREVIEW = 100


@lru_cache(maxsize=4)
def _denial_words(lang: str) -> frozenset[str]:
    data = lang_data(lexicon_lang(lang), "attribution")
    return frozenset(data.get("denial_words", []))


def _denials_in(article: Article, sentence: Sentence, after: int) -> bool:
    """Whether ``sentence`` holds a word of denial from ``after`` on, not negated ("bukan
    menolak") and not inside a quotation (the claimant's own words, "Kami bukan menolak
    aturan," are no one's answer to the claim)."""
    denials = _denial_words(article.lang or "id")
    words = sentence.words
    hits = [k for k, w in enumerate(words) if w.start >= after and w.key in denials]
    if not hits:
        return False
    quotes = [(q.start, q.end) for q in article.facts if q.kind == "quote" and q.field == "text"]
    # words that turn a denial word around ("kami bukan menolak aturan", "did not deny")
    negations = in_every_language("attribution", "denial_negations")
    for k in hits:
        if k > 0 and words[k - 1].key in negations:
            continue
        if any(s <= words[k].start < e for s, e in quotes):
            continue
        return True
    return False


# Marks that close the claim's own clause: a denial word before them is the claimant's
# ("mengaku dikurung ... karena menolak bekerja"), one after them answers the claim ("...,
# klaim yang dibantah pengelola", "..., a claim the navy rejected").
_CLAUSE_BREAKS = (",", ";", " namun ", " tetapi ", " but ", " however ", " yet ")


def _reply_start(article: Article, sentence: Sentence, after: int) -> int | None:
    """Where the claim's own clause ends in its sentence (the first clause break after the
    claim's cue), or None when the sentence holds no second clause."""
    text = article.text[after : sentence.span.end].casefold()
    breaks = [text.find(b) for b in _CLAUSE_BREAKS if b in text]
    return after + min(breaks) if breaks else None


def _denied(article: Article, sentence: Sentence, alignment: Alignment, after: int) -> bool:
    """Whether a word of denial follows the claim's clause in its sentence, or opens a reply
    in the next sentence ("Pemerintah daerah membantah tudingan itu."), in the same paragraph
    or the next one's first (short pieces give the reply a paragraph of its own: "Polisi
    mengklaim ...\n\nKeluarga membantah tudingan itu."). A denial word inside the claim's
    own clause is what the claimant says ("R mengaku dikurung karena menolak bekerja")."""
    reply = _reply_start(article, sentence, after)
    if reply is not None and _denials_in(article, sentence, reply):
        return True
    sents = alignment.sentences.get(article.id, ())
    if sentence.index + 1 >= len(sents):
        return False
    nxt = sents[sentence.index + 1]
    return _denials_in(article, nxt, nxt.span.start)


def find_unique_claims(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """One medium ``unique`` per disputed claim carried by some sources but not all."""
    if len(articles) < 2:
        return []
    paired = {(s.article, s.index) for p in alignment.pairs for s in (p.a, p.b)}
    labels = source_labels(articles)
    out: list[Finding] = []
    for a in articles:
        lang = msg_lang(a)
        for f in a.facts:
            if f.kind != "attribution" or f.label != "claimed" or f.field != "text":
                continue
            if not any(ch.isalpha() for ch in str(f.value or "")):
                continue  # "diduga": a hedge names no one, it is no one's claim
            sentence = alignment.sentence_at(a.id, f.start)
            if sentence is None or (a.id, sentence.index) in paired:
                continue
            if not _denied(a, sentence, alignment, f.end):
                continue
            if claim_told_elsewhere(articles, a, f, alignment):
                continue  # the other text reports the claim too, in words of its own
            said = " ".join(a.text[sentence.span.start : sentence.span.end].split()).rstrip(".")
            if len(said) > CLAIM_PREVIEW:
                said = said[:CLAIM_PREVIEW].rsplit(" ", 1)[0].rstrip(",;:") + "…"
            text = message(
                lang,
                "unique.claim",
                sources=join_names(lang, [labels[a.id]]),
                who=str(f.value),
                text=said,
            )
            evidence = (
                span_evidence(a, "text", sentence.span.start, sentence.span.end),
                fact_evidence(a, f),
            )
            out.append(Finding("unique", "medium", text, evidence, slot="claim"))
    return out
