"""Where the story happened, by area: "siswa SMP Negeri 3 Sukamaju, Kecamatan Sukamaju" /
"siswa SMP Negeri 3 Sukamaju di Kecamatan Cibunar".

Two first reports often open on one scene named alike (a school, a market, a plant) and
place it in an area of one rank (a district, a village, a regency), each its own. Their
lead sentences are written apart, so the sentence alignment that the slot conflicts read
leaves them unpaired, and a name of the scene carrying one area's name ("SMP Negeri 3
Sukamaju") hides the swap from a name-by-name comparison. The leads are set side by side
here when they date the same day and share the scene's name (a run of two or more
capitalised words, none a person's, a known place's or an area's), and each names one area
of a rank with a name the other text never gives that rank: one scene, two places.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from kroscek.align import Alignment, Sentence
from kroscek.compare.findings._common import (
    fact_evidence,
    folded,
    join_values,
    lexicon_lang,
    message,
    msg_lang,
    source_labels,
)
from kroscek.compare.findings.claims import lead_date
from kroscek.data import Article, Fact, Finding
from kroscek.text.lang import lang_data

# Capitalised words a shared run of the scene's name holds at least.
MIN_SCENE_WORDS = 2


@lru_cache(maxsize=4)
def _ranks(lang: str) -> frozenset[str]:
    """The words heading an area's name ("Kecamatan", "Desa", "County"), folded."""
    words = lang_data(lexicon_lang(lang), "variants").get("admin_words", [])
    return frozenset(folded(w) for w in words)


def _rank(f: Fact, ranks: frozenset[str]) -> str | None:
    """The rank word heading or closing an area's name ("Kecamatan Cibunar", "Clark
    County"), or None for a name with no rank word."""
    words = f.text.split()
    if len(words) < 2:
        return None
    for word in (words[0], words[-1]):
        if folded(word) in ranks:
            return folded(word)
    return None


def _lead(article: Article, alignment: Alignment) -> tuple[Fact, Sentence] | None:
    """The article's lead date, a full day, and its sentence."""
    day = lead_date(article)
    if day is None or day.label != "day" or day.attrs.get("relative"):
        return None
    sentence = alignment.sentence_at(article.id, day.start)
    return None if sentence is None else (day, sentence)


def _places(article: Article, sentence: Sentence) -> list[Fact]:
    span = sentence.span
    return [
        f
        for f in article.facts
        if f.kind == "entity" and f.field == "text" and span.start <= f.start < span.end
    ]


def _areas(article: Article, ents: list[Fact]) -> dict[str, list[Fact]]:
    """The areas a lead names, by rank ("kecamatan" -> [Kecamatan Cibunar])."""
    ranks = _ranks(article.lang or "id")
    out: dict[str, list[Fact]] = {}
    for f in ents:
        rank = _rank(f, ranks) if f.label == "LOC" else None
        if rank is not None and not any(g.value == f.value for g in out.get(rank, [])):
            out.setdefault(rank, []).append(f)
    return out


def _scene_runs(article: Article, sentence: Sentence, ents: list[Fact]) -> set[tuple[str, ...]]:
    """Runs of capitalised words (digits inside: "SMP Negeri 3 Sukamaju") written with only
    spaces between them, past the sentence's first word, that are no person's name, no
    known place and no area: the names of a scene."""
    text = article.text
    ranks = _ranks(article.lang or "id")
    # persons, known places and areas are where or who, not the scene itself
    taken = [
        (f.start, f.end)
        for f in ents
        if f.label == "PER" or f.attrs.get("country") or _rank(f, ranks) is not None
    ]
    runs: set[tuple[str, ...]] = set()
    run: list[tuple[str, bool]] = []

    def close() -> None:
        if sum(capital for _, capital in run) >= MIN_SCENE_WORDS:
            runs.add(tuple(key for key, _ in run))
        run.clear()

    words = sentence.words
    for k, w in enumerate(words):
        first = text[w.start : w.start + 1]
        named = k > 0 and (first.isupper() or (first.isdigit() and bool(run)))
        if named and any(s < w.end and w.start < e for s, e in taken):
            named = False
        if named and run and text[words[k - 1].end : w.start].strip():
            close()  # "Sukamaju, Kecamatan": a comma ends the name
        if named:
            run.append((w.key, first.isupper()))
        else:
            close()
    close()
    return runs


def _one_scene(xs: set[tuple[str, ...]], ys: set[tuple[str, ...]]) -> bool:
    """Whether a scene name of one lead is the other's or written inside it ("Induk
    Sentosa" after a sentence's first word, "Pasar Induk Sentosa" elsewhere)."""
    for x in xs:
        for y in ys:
            short, long = (x, y) if len(x) <= len(y) else (y, x)
            n = len(short)
            if any(long[k : k + n] == short for k in range(len(long) - n + 1)):
                return True
    return False


def _names_area(article: Article, area: Fact) -> bool:
    """Whether the article's text writes the area with its rank ("Kecamatan Sukamaju")."""
    return folded(" ".join(area.text.split())) in folded(" ".join(article.text.split()))


@dataclass(frozen=True, slots=True)
class _Lead:
    day: str
    areas: dict[str, list[Fact]]
    scenes: set[tuple[str, ...]]


def _read(article: Article, alignment: Alignment) -> _Lead | None:
    """An article's lead day, areas by rank and scene names, read once per article."""
    lead = _lead(article, alignment)
    if lead is None:
        return None
    day, sentence = lead
    ents = _places(article, sentence)
    areas = _areas(article, ents)
    if not areas:
        return None  # no area named: nothing to set against another lead
    return _Lead(str(day.value)[:10], areas, _scene_runs(article, sentence, ents))


def find_lead_area_conflicts(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """One "where" conflict per pair of leads placing one scene in two areas of one rank."""
    if len(articles) < 2:
        return []
    leads = {a.id: _read(a, alignment) for a in articles}
    labels = source_labels(articles)
    out: list[Finding] = []
    seen: set[tuple[str, str]] = set()
    for a, b in combinations(articles, 2):
        la, lb = leads[a.id], leads[b.id]
        if la is None or lb is None or la.day != lb.day:
            continue
        ranks = la.areas.keys() & lb.areas.keys()
        if not ranks or not _one_scene(la.scenes, lb.scenes):
            continue
        for rank in sorted(ranks):
            xa, xb = la.areas[rank], lb.areas[rank]
            if len(xa) != 1 or len(xb) != 1 or xa[0].value == xb[0].value:
                continue  # several areas (a list), or the same one
            fa, fb = xa[0], xb[0]
            if _names_area(a, fb) or _names_area(b, fa):
                continue  # both areas in one text: a list or a neighbour, not a swap
            key = (folded(fa.text), folded(fb.text))
            if key in seen:
                continue
            seen.add(key)
            lang = msg_lang(a)
            values = join_values(lang, [(labels[a.id], fa.text), (labels[b.id], fb.text)])
            text = message(lang, "conflict.lead_area", values=values)
            evidence = (fact_evidence(a, fa), fact_evidence(b, fb))
            out.append(Finding("conflict", "medium", text, evidence, slot="where"))
    return out
