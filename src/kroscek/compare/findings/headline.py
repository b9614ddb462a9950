"""``headline_mismatch``: a headline its own body does not support or contradicts.

Two checks, both generic:

- a named entity of the title (typically a country) that a distinct entity of the same
  kind with a close spelling (a different id from entity linking: Irak vs Iran, Austria
  vs Australia) outnumbers both in the article's own body and in the other sources, while
  the title does not name that rival too: the headline most likely names the wrong one;
- a place of the title absent from the body, while a place of several words sharing its
  head word but differing in the other ("Jawa Timur" / "Jawa Tengah", "Selat Lombok" /
  "Selat Bali") plays that role in the body and the other sources;
- a number in the title that the body does not state (absent) or states differently.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from rapidfuzz.distance import Levenshtein

from kroscek.align import Alignment
from kroscek.align.words import words
from kroscek.compare.findings._common import (
    display,
    fact_evidence,
    message,
    msg_lang,
    source_labels,
)
from kroscek.compare.findings.claims import same_quantity, usable, values_compatible
from kroscek.data import Article, Fact, Finding

# Names at least this similar (normalised Levenshtein) are "close spellings".
CLOSE_SPELLING = 0.6


def _entities(article: Article, field: str) -> list[Fact]:
    return [f for f in article.facts if f.kind == "entity" and f.field == field and f.value]


def _name(f: Fact) -> str:
    return " ".join(display(f).casefold().split())


def _short_and_long(x: str, y: str) -> bool:
    """One name the other's short or long form ("Polda Metro" / "Polda Metro Jaya")."""
    tx, ty = set(x.split()), set(y.split())
    return tx <= ty or ty <= tx


def _title_word_before(article: Article, t: Fact) -> str | None:
    """The capitalised title word right before a title entity ("Selat" in "di Selat
    Lombok" when the recogniser kept only "Lombok"), casefolded."""
    before = article.title[: t.start].split()
    if before and before[-1][:1].isupper() and before[-1].isalpha():
        return before[-1].casefold()
    return None


def _shares_word(a: Fact, b: Fact) -> bool:
    """Whether two names share a word ("Sulawesi Utara" / "Sulawesi Selatan"): two parts of
    one region, both of which a body may rightly name, so only an absent one is a slip."""
    return bool(set(_name(a).split()) & set(_name(b).split()))


def _same_head_swap(article: Article, t: Fact, rival: Fact) -> bool:
    """Two places of several words that share a word and differ in another: "Jawa Timur"
    vs "Jawa Tengah", "Selat Lombok" (the title may hold only "Lombok" as the entity, its
    head word just before) vs "Selat Bali". Only for a title place the body never writes."""
    if t.label != "LOC" or rival.label != "LOC":
        return False
    own = set(_name(t).split())
    theirs = set(_name(rival).split())
    if len(theirs) < 2 or not own - theirs:
        return False
    shared = own & theirs
    if not shared and len(own) == 1:
        before = _title_word_before(article, t)
        shared = {before} & theirs if before and _name(rival).split()[0] == before else set()
    if not shared:
        return False
    body = " ".join(article.text.casefold().split())
    return not any(f" {w} " in f" {body} " for w in own - theirs)


def _entity_mismatches(article: Article, others: Sequence[Article], label: str) -> list[Finding]:
    title = _entities(article, "title")
    body = _entities(article, "text")
    body_count = Counter(f.value for f in body)
    title_ids = {f.value for f in title}
    other_count: Counter[str] = Counter()
    other_title: dict[str, tuple[Article, Fact]] = {}
    for o in others:
        for f in _entities(o, "title") + _entities(o, "text"):
            other_count[f.value] += 1
            if f.field == "title":
                other_title.setdefault(f.value, (o, f))
    out: list[Finding] = []
    for t in title:
        x = t.value
        rivals = {
            f.value: f
            for f in body
            if f.label == t.label
            and f.value != x
            and f.value not in title_ids
            and (
                (
                    Levenshtein.normalized_similarity(_name(f), _name(t)) >= CLOSE_SPELLING
                    and not _short_and_long(_name(f), _name(t))
                    and not (body_count[x] and _shares_word(f, t))
                )
                or (body_count[x] == 0 and _same_head_swap(article, t, f))
            )
        }
        for y, body_fact in rivals.items():
            if body_count[y] <= body_count[x] or other_count[y] <= other_count[x]:
                continue
            lang = msg_lang(article)
            evidence = [fact_evidence(article, t), fact_evidence(article, body_fact)]
            if y in other_title:
                o, of = other_title[y]
                evidence.append(fact_evidence(o, of))
            text = message(
                lang,
                "headline.entity",
                source=label,
                title_entity=t.text,
                others=message(lang, "headline.others") if other_count[y] else "",
                body_entity=body_fact.text,
            )
            out.append(
                Finding(
                    "headline_mismatch", "high", text, tuple(evidence), slot=f"entity:{t.label}"
                )
            )
            break
    return out


@lru_cache(maxsize=4)
def structure_nouns(lang: str) -> frozenset[str]:
    """Words whose count in a headline describes the article ("5 Fakta"), per language."""
    lang = lang if lang in ("id", "en") else "id"
    raw = resources.files("kroscek").joinpath("lang", lang, "headline.json").read_text("utf-8")
    return frozenset(w.casefold() for w in json.loads(raw)["structure_nouns"])


def _counts_structure(
    article: Article, t: Fact, structure: frozenset[str], alignment: Alignment
) -> bool:
    """Whether the title number counts a structure noun (its label, or the word after it)."""
    if (t.label or "").casefold() in structure:
        return True
    ws = alignment.words_of(article, "title")
    noun = next((w for w in ws if w.start >= t.start and not w.is_number), None)
    return noun is not None and noun.key in structure


def _number_mismatches(article: Article, label: str, alignment: Alignment) -> list[Finding]:
    body = [f for f in article.facts if f.kind == "number" and f.field == "text" and usable(f)]
    out: list[Finding] = []
    lang = msg_lang(article)
    body_tokens = {w.key for w in alignment.words_of(article) if w.is_number}
    structure = structure_nouns(article.lang)
    for t in (f for f in article.facts if f.kind == "number" and f.field == "title" and usable(f)):
        if _counts_structure(article, t, structure, alignment):
            continue  # "5 Fakta ...": the headline describes the article, it claims nothing
        same_noun = [b for b in body if same_quantity(t, b)]
        if any(values_compatible(t, b) for b in same_noun) or any(b.value == t.value for b in body):
            continue
        if {w.key for w in words(t.text, article.lang) if w.is_number} <= body_tokens:
            continue  # the figure is written in the body, whatever its noun was taken to be
        same_noun = [b for b in same_noun if b.label and t.label]
        if same_noun:
            b = same_noun[0]
            text = message(
                lang,
                "headline.number.contradicts",
                source=label,
                title_text=t.text,
                body_text=b.text,
            )
            evidence = (fact_evidence(article, t), fact_evidence(article, b))
        else:
            text = message(lang, "headline.number.absent", source=label, title_text=t.text)
            evidence = (fact_evidence(article, t),)
        slot = f"number:{t.label}" if t.label else "number"
        out.append(Finding("headline_mismatch", "high", text, evidence, slot=slot))
    return out


def find_headline_mismatches(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """Headlines that name the wrong entity or a number their body does not state."""
    labels = source_labels(articles)
    out: list[Finding] = []
    for a in articles:
        others = [o for o in articles if o.id != a.id]
        out.extend(_entity_mismatches(a, others, labels[a.id]))
        out.extend(_number_mismatches(a, labels[a.id], alignment))
    return out
