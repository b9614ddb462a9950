"""``framing``: different loaded words for the same referent across sources.

The lexicon (``lang/<lang>/framing.json``) groups terms by referent class (armed groups,
Israel, the dead, protesters, migrants, governments) and gives each a tone. Sources that use
terms of one class with different tones frame the referent differently ("militan" vs
"pejuang"); a non-neutral term that only one source uses ("zionis") is reported too.
Matching is on whole words, longest term first, so "rezim zionis" is one term. Words
inside quotation marks are someone else's and frame nothing for the outlet.

A word that frames only in one setting carries a context (a class's ``context``: the terms,
the words of which one must stand in the term's sentence, and the words that rule it out):
"diusir" is an eviction beside "rumah" or "lahan", an expulsion beside "migran" or
"dideportasi", and nothing when a referee sends a player off.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from importlib import resources
from typing import Any

from kroscek.align import Alignment
from kroscek.align.words import Word, words
from kroscek.compare.findings._common import (
    fact_evidence,
    folded,
    join_names,
    join_values,
    lexicon_lang,
    message,
    msg_lang,
    past_sentences,
    quoted_spans,
    source_labels,
    span_evidence,
    told_days,
)
from kroscek.compare.findings.claims import apart_pairs
from kroscek.data import Article, Evidence, Fact, Finding, Severity
from kroscek.extract.sentences import sentence_of, sentence_spans

NEUTRAL = "neutral"
# An official euphemism ("diamankan", "penertiban"): a frame only beside another source's
# plainer or harsher word for the same act, never alone.
SOFT = "soft"
# A harsher everyday word for a crowd or its act ("massa", "kericuhan", "membakar"): the
# usual words of a police account, a frame only beside another source's plainer word for the
# same people or act ("warga", "memprotes", "terbakar"), never alone.
CHARGED = "charged"
IGNORE = "ignore"  # a phrase holding a term that does not frame the referent ("tax regime")
# Tones that frame only against another source's word, never alone.
RELATIVE = frozenset({SOFT, CHARGED})


Key = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Setting:
    """Where a term frames its class: one of ``words`` stands in its sentence and none of
    ``unless`` does (word-key phrases)."""

    cls: str
    tone: str
    words: frozenset[Key]
    unless: frozenset[Key]


@dataclass(frozen=True, slots=True)
class Lexicon:
    referents: dict[str, str]
    terms: dict[Key, tuple[str, str]]  # word keys -> (class, tone)
    longest: int
    first_words: frozenset[str]  # only positions starting with one of these can match
    plain: frozenset[str]  # plain nouns for people ("warga"): a frame of a counted group
    # terms that frame only in a setting, each setting in lexicon order (an empty tuple for
    # every other term is never stored: a term absent here frames wherever it stands)
    settings: dict[Key, tuple[Setting, ...]]
    # classes whose soft words frame only against a text of this language: another
    # language's plain word is how they are translated ("detained" / "menangkap")
    soft_within_language: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Use:
    """One occurrence of a framing term in an article."""

    cls: str
    term: tuple[str, ...]
    tone: str
    evidence: Evidence
    stems: tuple[str, ...] = ()  # the term's word stems: "penangkapan" and "menangkap" share one


def _framing_data(lang: str) -> dict[str, Any]:
    """``framing.json`` with the classes of every ``framing_<topic>.json`` beside it (the
    registers of one domain: prison, labour migration, prices), each file declaring its
    classes as ``framing.json`` does. A class declared in two files is an error: one of
    the two would be lost without a sound."""
    folder = resources.files("kroscek").joinpath("lang", lang)
    data: dict[str, Any] = json.loads(folder.joinpath("framing.json").read_text("utf-8"))
    classes = dict(data["classes"])
    extra = sorted(
        (f for f in folder.iterdir() if f.name.startswith("framing_") and f.name.endswith(".json")),
        key=lambda f: f.name,
    )
    for f in extra:
        for cls, spec in json.loads(f.read_text("utf-8"))["classes"].items():
            if cls in classes:
                raise ValueError(f"framing class {cls!r} of lang/{lang}/{f.name} is declared twice")
            classes[cls] = spec
    return {**data, "classes": classes}


@lru_cache(maxsize=4)
def lexicon(lang: str) -> Lexicon:
    """The framing lexicon of ``lang`` (Indonesian when the language has none)."""
    lang = lexicon_lang(lang)
    data = _framing_data(lang)
    referents: dict[str, str] = {}
    terms: dict[Key, tuple[str, str]] = {}
    settings: dict[Key, tuple[Setting, ...]] = {}

    def key_of(phrase: str) -> Key:
        return tuple(w.key for w in words(phrase, lang))

    for cls, spec in data["classes"].items():
        referents[cls] = spec["referent"]
        context = spec.get("context", {})
        placed = {key_of(t) for t in context.get("terms", ())}
        for term, tone in spec["terms"].items():
            key = key_of(term)
            if not key:
                continue
            if key not in placed:
                terms[key] = (cls, tone)
                continue
            # a term with a setting frames only in its settings; its first class names its
            # tone for a lookup out of context (a stored finding's evidence)
            terms.setdefault(key, (cls, tone))
            setting = Setting(
                cls,
                tone,
                frozenset(key_of(w) for w in context.get("words", ())),
                frozenset(key_of(w) for w in context.get("unless", ())),
            )
            settings[key] = (*settings.get(key, ()), setting)
    plain = frozenset(" ".join(w.key for w in words(n, lang)) for n in data.get("plain_nouns", ()))
    return Lexicon(
        referents,
        terms,
        max(len(k) for k in terms),
        frozenset(k[0] for k in terms),
        plain,
        settings,
        frozenset(c for c, spec in data["classes"].items() if spec.get("soft_within_language")),
    )


_SENTENCE_END_RE = re.compile(r"[.!?\n]")


def _sentence_keys(text: str, ws: Sequence[Word], i: int) -> str:
    """The word keys of the sentence holding word ``i``, space-joined with a space at each
    end (a title is one sentence)."""
    start = ws[i].start
    lo = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    end = _SENTENCE_END_RE.search(text, ws[i].end)
    hi = end.start() if end else len(text)
    j = i
    while j > 0 and ws[j - 1].start >= lo:
        j -= 1
    k = i
    while k + 1 < len(ws) and ws[k + 1].end <= hi:
        k += 1
    return f" {' '.join(w.key for w in ws[j : k + 1])} "


def _placed(
    lex: Lexicon, key: Key, text: str, ws: Sequence[Word], i: int
) -> tuple[str, str] | None:
    """The (class, tone) a term has where it stands: its first setting whose words its
    sentence holds; None when it has settings and stands in none of them."""
    found = lex.settings[key]  # asked only of terms with settings
    sentence = _sentence_keys(text, ws, i)

    def holds(phrases: frozenset[Key]) -> bool:
        return any(f" {' '.join(p)} " in sentence for p in phrases)

    return next(((s.cls, s.tone) for s in found if holds(s.words) and not holds(s.unless)), None)


def uses(article: Article, alignment: Alignment | None = None) -> list[Use]:
    """Every framing term in the article's title and text, longest match first.

    Phrases marked "ignore" are found first, and no term is taken from inside them, so
    "para pejuang lingkungan" yields nothing even though "para pejuang" is a term.
    """
    lex = lexicon(article.lang)
    out: list[Use] = []
    for field in ("title", "text"):
        ws = (
            alignment.words_of(article, field)
            if alignment is not None
            else words(article.field_text(field), article.lang)
        )
        keys = [w.key for w in ws]
        quoted = quoted_spans(article.field_text(field))
        starts = [
            i
            for i, k in enumerate(keys)
            if k in lex.first_words and not any(s < ws[i].start < e for s, e in quoted)
        ]
        if starts:
            named = _named_by_others(article.field_text(field), ws)
            starts = [i for i in starts if not any(s <= ws[i].start < e for s, e in named)]
        blocked: set[int] = set()
        for i in starts:
            for n in range(min(lex.longest, len(keys) - i), 0, -1):
                hit = lex.terms.get(tuple(keys[i : i + n]))
                if hit is not None and hit[1] == IGNORE:
                    blocked.update(range(i, i + n))
                    break
        next_free = 0
        for i in starts:
            if i < next_free:
                continue
            for n in range(min(lex.longest, len(keys) - i), 0, -1):
                key = tuple(keys[i : i + n])
                hit = lex.terms.get(key)
                if hit is None or any(k in blocked for k in range(i, i + n)):
                    continue
                if key in lex.settings:
                    hit = _placed(lex, key, article.field_text(field), ws, i)
                    if hit is None:
                        continue
                if field == "text" and _inside_name(article.text, ws, i, n):
                    next_free = i + n
                    break
                ev = span_evidence(article, field, ws[i].start, ws[i + n - 1].end)
                stems = tuple(w.stem for w in ws[i : i + n])
                out.append(Use(hit[0], tuple(keys[i : i + n]), hit[1], ev, stems))
                next_free = i + n
                break
    return out


# A clause that hands the next words to someone else's naming ("armed groups it calls
# terrorists", "what the ministry described as rioters", "kelompok yang mereka sebut
# teroris"): the outlet reports the label, it does not use it. Read on the word keys the
# framing scan already has, so a text without such a verb costs one set lookup a word.
_NAMING_VERBS: tuple[str, ...] = (
    *("call", "calls", "called", "label", "labels", "labeled", "labelled", "brand"),
    *("brands", "branded", "term", "terms", "termed", "sebut", "disebutnya"),
)
_NAMING_AS_VERBS = ("describe", "describes", "described")
# Who stands right before the verb: a pronoun or a relative ("it calls", "which it called"),
# or "yang" and the namer ("yang mereka sebut", "yang disebutnya").
_NAMERS = ("it", "they", "he", "she", "which", "who", "what", "whom", "yang")
_YANG_NAMERS = ("ia", "dia", "mereka", "pihaknya")
# Words after "calls" that make it no naming ("calls for", "called on").
_NOT_NAMING_NEXT = ("for", "on", "upon", "off", "in", "out", "back", "up")
# How far the label named so runs: a short noun phrase, never past a comma or a clause end.
_NAMED_CHARS = 40
_NAMED_END_RE = re.compile(r"[,.!?;:\n]")


@lru_cache(maxsize=1)
def _naming_keys() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The word keys of the naming verbs, the "as" verbs, the namers and the non-naming
    next words (keys collapse doubled letters: "called" is "caled")."""

    def keys(ws: Iterable[str]) -> frozenset[str]:
        return frozenset(k.key for w in ws for k in words(w, "en"))

    return (
        keys(_NAMING_VERBS) | keys(_NAMING_AS_VERBS),
        keys(_NAMING_AS_VERBS),
        keys(_NAMERS),
        keys(_NOT_NAMING_NEXT),
    )


def _named_by_others(text: str, ws: Sequence[Word]) -> list[tuple[int, int]]:
    """The words right after a naming clause ("it calls", "what it described as", "yang
    mereka sebut"), up to a comma, the clause end or ``_NAMED_CHARS``: another party's
    label, reported."""
    verbs, as_verbs, namers, not_next = _naming_keys()
    yang_namers = frozenset(_YANG_NAMERS)
    out: list[tuple[int, int]] = []
    for i, w in enumerate(ws):
        if w.key not in verbs or i == 0 or i + 1 >= len(ws):
            continue
        before = ws[i - 1].key
        namer = before in namers or before == "has"
        namer = namer or (before in yang_namers and i >= 2 and ws[i - 2].key == "yang")
        if not namer:
            continue
        nxt = i + 1
        if w.key in as_verbs or ws[nxt].key == "sebagai":
            if w.key in as_verbs and ws[nxt].key != "as":
                continue
            nxt += 1
        if nxt >= len(ws) or ws[nxt].key in not_next:
            continue
        start = ws[nxt].start
        end = _NAMED_END_RE.search(text, start, start + _NAMED_CHARS)
        out.append((start, end.start() if end else min(len(text), start + _NAMED_CHARS)))
    return out


@lru_cache(maxsize=4)
def _claim_verbs(lang: str | None) -> frozenset[str]:
    """Verbs that report a claim at arm's length ("mengklaim", "claimed"): ``verbs.json``."""
    from kroscek.text.lang import lang_data

    data = lang_data(lexicon_lang(lang), "verbs")
    return frozenset(folded(w) for w in data.get("distancing", []))


_CLAUSE_END_RE = re.compile(r"[.!?;\n]")


def _claimed_spans(text: str, ws: Sequence[Word], lang: str | None) -> list[tuple[int, int]]:
    """The rest of each sentence after a verb of claiming ("Polisi mengklaim hanya
    menertibkan perusuh", "Police claimed they only removed rioters"): the words there are
    the claimant's, reported, like a quote, not the outlet's own choice of term."""
    verbs = _claim_verbs(lang)
    out: list[tuple[int, int]] = []
    for w in ws:
        if w.key in verbs:
            end = _CLAUSE_END_RE.search(text, w.end)
            out.append((w.end - 1, end.start() if end else len(text)))
    return out


def _without_claimants_words(
    articles: Sequence[Article], alignment: Alignment, found: dict[str, list[Use]]
) -> dict[str, list[Use]]:
    """Drop a term an outlet writes in a claim it reports ("Polisi mengklaim hanya
    menertibkan perusuh") when another outlet quotes that word from the claimant ("Kami
    hanya menertibkan perusuh," kata Kapolres): it is the claimant's word, reported, not the
    outlet's frame. Terms after a claim verb the other texts never quote stay: an outlet's
    own word may stand in a claim it reports ("the army claimed it killed militants")."""
    claimed = {
        a.id: _claimed_spans(a.text, alignment.words_of(a, "text"), a.lang)
        for a in articles
        if found[a.id]
    }
    if not any(claimed.values()):
        return found
    quoted_text = {
        a.id: " ".join(
            " ".join(w.key for w in words(a.text[s:e], a.lang)) for s, e in quoted_spans(a.text)
        )
        for a in articles
    }
    out: dict[str, list[Use]] = {}
    for a in articles:
        spans = claimed.get(a.id) or []
        others = " ".join(q for aid, q in quoted_text.items() if aid != a.id)
        out[a.id] = [
            u
            for u in found[a.id]
            if not (
                u.evidence.field == "text"
                and any(s < u.evidence.start < e for s, e in spans)
                and f" {' '.join(u.term)} " in f" {others} "
            )
        ]
    return out


# Capitalised words a name runs to, term included, before a capitalised term is part of it.
NAME_RUN = 3
_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Z0-9-]{1,9}\)")


def _capitalised(text: str, w: Word) -> bool:
    return text[w.start : w.start + 1].isupper()


def _inside_name(text: str, ws: Sequence[Word], i: int, n: int) -> bool:
    """A term written capitalised inside a proper name is the name, not the outlet's word
    ("jaringan Mujahidin Indonesia Timur (MIT)", "Brigade Syuhada Al-Aqsa"): it sits mid-sentence
    in a run of at least ``NAME_RUN`` capitalised words, or right before a bracketed acronym.
    "rezim Zionis Israel" (a run of two) still frames."""
    if not all(_capitalised(text, w) for w in ws[i : i + n]):
        return False
    before = text[: ws[i].start].rstrip()
    if not before or before[-1] in '.!?\n"“”:':
        return False  # a sentence's first word is capitalised anyway
    lo, hi = i, i + n
    while (
        lo > 0
        and _capitalised(text, ws[lo - 1])
        and not text[ws[lo - 1].end : ws[lo].start].strip()
    ):
        lo -= 1
    while (
        hi < len(ws)
        and _capitalised(text, ws[hi])
        and not text[ws[hi - 1].end : ws[hi].start].strip()
    ):
        hi += 1
    if hi - lo >= NAME_RUN:
        return True
    return bool(_ACRONYM_AFTER.match(text, ws[hi - 1].end))


def _first_per_term(us: list[Use]) -> list[Use]:
    seen: dict[tuple[str, ...], Use] = {}
    for u in sorted(us, key=lambda u: (u.evidence.field != "text", u.evidence.start)):
        seen.setdefault(u.term, u)
    return list(seen.values())


def _mild(tones: Iterable[frozenset[str]]) -> bool:
    """Whether the tones differ only by an official euphemism or a charged everyday word
    against plain words."""
    return frozenset().union(*tones) <= {NEUTRAL, *RELATIVE}


# Words of one passage two texts share verbatim that make them one story, whatever else
# sets them apart: a copied paragraph is not written twice for two events.
COPIED_PASSAGE_WORDS = 20


def _copied_pairs(alignment: Alignment) -> set[tuple[str, str]]:
    """Pairs of articles (both orders) sharing a long passage word for word: one story,
    even when each outlet's own slips (a name spelt otherwise, another day) make them look
    like two to ``apart_pairs``."""
    out: set[tuple[str, str]] = set()
    for s in alignment.shared:
        if s.kind != "verbatim" or len(s.text.split()) < COPIED_PASSAGE_WORDS:
            continue
        ids = {o.article for o in s.occurrences}
        out.update((x, y) for x in ids for y in ids if x != y)
    return out


def _days(article: Article) -> set[str]:
    """The days the text gives in full ("Kamis (19/11/2026)"), none guessed."""
    return {str(f.value) for f in told_days(article, guessed=False) if not f.attrs.get("relative")}


# How far from a framing term its act's figure may stand ("menangkap 11 petani", "Tiga
# tersangka ditangkap"): the nearest figure on each side within these characters.
ACT_FIGURE_CHARS = 30


def _act_figures(article: Article, found: Sequence[Use]) -> set[tuple[str, float]]:
    """The figures right beside the text's framing terms, the nearest on each side ("menangkap
    11 petani": 11; "Tiga tersangka ditangkap": 3), with their units: what each act counts."""
    numbers = sorted(
        (f for f in article.facts if f.kind == "number" and f.field == "text"),
        key=lambda f: f.start,
    )
    out: set[tuple[str, float]] = set()
    for u in found:
        if u.evidence.field != "text":
            continue
        after = next(
            (f for f in numbers if u.evidence.end <= f.start <= u.evidence.end + ACT_FIGURE_CHARS),
            None,
        )
        before = [
            f for f in numbers if u.evidence.start - ACT_FIGURE_CHARS <= f.end <= u.evidence.start
        ]
        for f in (after, before[-1] if before else None):
            if f is not None and isinstance(f.value, (int, float)) and f.value > 1:
                out.add((str(f.attrs.get("unit") or ""), float(f.value)))
    return out


def _acts_told_alike(
    articles: Sequence[Article], found: dict[str, list[Use]]
) -> set[frozenset[str]]:
    """Pairs of texts written apart, sentence by sentence, that tell one day and count an act
    they frame alike ("Polisi menangkap 11 petani" / "Polisi mengamankan 11 orang perambah",
    both on Kamis (19/11/2026)): one act told by two newsrooms, which share no sentence,
    whose words for it (and for the rest of the story) may frame it two ways, even when each
    names people the other does not (``apart_pairs``). Two arrests of one day counting
    different people ("mengamankan 14 pelajar" / "Tiga tersangka ditangkap") never pair so."""
    days = {a.id: _days(a) for a in articles if found.get(a.id)}
    figures = {aid: _act_figures(a, found[a.id]) for a in articles if (aid := a.id) in days}
    out: set[frozenset[str]] = set()
    ids = list(days)
    for i, x in enumerate(ids):
        for y in ids[i + 1 :]:
            if days[x] & days[y] and figures[x] & figures[y]:
                out.add(frozenset((x, y)))
    return out


def _one_act(
    articles: Sequence[Article],
    alignment: Alignment,
    per_article: dict[str, list[Use]],
    told_alike: set[frozenset[str]],
) -> dict[str, list[Use]]:
    """The sources using a class's terms that surely tell one act: each shares a sentence,
    copied or paraphrased, with another one kept (a text writing both registers, "napi" and
    "warga binaan", ties the two that write one each), or tells its day and a figure alike
    (``_acts_told_alike``), and none names people or places another never does (a
    euphemism is a frame only of one act told two ways). In a set of three, a next-day
    follow-up that shares no sentence with the first reports ("diamankan" / "ditahan" in
    the two, "ditangkap" in the update) leaves the first two compared. Two
    texts sharing a long copied passage tell one act whatever names they spell apart. A
    wire and its translation share no sentence word for word: across languages, naming the
    same people and places (not ``apart_pairs``) is enough."""
    apart = apart_pairs(articles, alignment) - _copied_pairs(alignment)
    apart = frozenset((x, y) for x, y in apart if frozenset((x, y)) not in told_alike)
    linked = {frozenset((p.a.article, p.b.article)) for p in alignment.pairs} | told_alike
    langs = {a.id: lexicon_lang(a.lang) for a in articles}

    def one_story(x: str, y: str) -> bool:
        return frozenset((x, y)) in linked or langs[x] != langs[y]

    kept: list[str] = []
    for a in articles:
        if (
            a.id in per_article
            and all((a.id, k) not in apart for k in kept)
            and (not kept or any(one_story(a.id, k) for k in kept))
        ):
            kept.append(a.id)
    return {k: per_article[k] for k in kept}


def _group_frames(
    articles: Sequence[Article], alignment: Alignment, found: dict[str, list[Use]]
) -> list[tuple[str, Finding]]:
    """One group of people two sources count alike, named by a framing term in one
    ("menembak mati dua terduga teroris") and by a plain noun in the other ("Dua warga ...
    tewas ditembak"): the same dead framed two ways, whatever tone the term carries. The
    count ties them: each figure is its text's only count of that value, and the two texts
    tell one event (``apart_pairs``), so two groups of one story ("dua terduga teroris" and
    "tiga warga" hurt) are never set against each other. A term that is itself a plain noun
    ("1,300 residents", a neutral word of the protesters' class) frames nothing against
    "1.300 warga": the same word in two languages. Returned with the term's class:
    such a finding tells that class's frame better than the terms' tones alone."""
    termed: dict[str, list[tuple[Fact, Use]]] = {}
    plain: dict[str, list[Fact]] = {}
    for a in articles:
        counts = [f for f in a.facts if f.kind == "number" and f.field == "text" and f.label]
        values = [f.value for f in counts]
        for f in counts:
            if values.count(f.value) != 1 or f.attrs.get("unit"):
                continue
            use = next(
                (
                    u
                    for u in found[a.id]
                    if u.evidence.field == f.field and f.start < u.evidence.start <= f.end
                ),
                None,
            )
            if use is not None and not _plain_noun(a, f):
                termed.setdefault(a.id, []).append((f, use))
            elif _plain_noun(a, f):
                plain.setdefault(a.id, []).append(f)
    if not termed or not plain:
        return []  # the usual story: nobody's count is named by a framing term
    apart = apart_pairs(articles, alignment)
    labels = source_labels(articles)
    by_id = {a.id: a for a in articles}
    out: list[tuple[str, Finding]] = []
    for x in articles:
        for f, use in termed.get(x.id, []):
            for y in articles:
                if y.id == x.id or (x.id, y.id) in apart:
                    continue
                g = next((g for g in plain.get(y.id, []) if g.value == f.value), None)
                if g is None:
                    continue
                lang = msg_lang(x)
                text = message(
                    lang,
                    "framing.group",
                    count=f"{f.value:g}" if isinstance(f.value, (int, float)) else str(f.value),
                    values=join_values(
                        lang, [(labels[x.id], use.evidence.text), (labels[y.id], g.text)]
                    ),
                )
                evidence = (use.evidence, fact_evidence(by_id[y.id], g))
                slot = f"framing:{use.cls}"
                out.append((use.cls, Finding("framing", "medium", text, evidence, slot=slot)))
                break
    return out


def _plain_noun(article: Article, fact: Fact) -> bool:
    """Whether a count names plain people ("Dua warga"): its noun or its own last word."""
    plain = lexicon(article.lang).plain
    last = fact.text.split()[-1:]
    return folded(fact.label or "") in plain or (bool(last) and folded(last[0]) in plain)


def _telling(per_article: dict[str, list[Use]]) -> dict[str, list[Use]] | None:
    """The words that tell each source's frame, or None to leave it to the caller (which sets
    apart the words every source writes). A source of plain words only shows them all, the
    ones others write too, as long as one is its own ("dipulangkan, dideportasi, deportasi"
    against "mengusir" even when the second also writes "dipulangkan"); a source mixing
    plain and loaded words shows those of a stem no other source lacks ("ricuh, kericuhan",
    not "Unjuk rasa" against "berunjuk rasa"; "mengamankan", not "penangkapan" against
    "menangkap"). None when fewer than two sources keep words or the words kept no longer
    differ in tone ("zionis" alone against "Israel" that both write)."""
    if len(per_article) < 2:
        return None
    firsts = {aid: _first_per_term(us) for aid, us in per_article.items()}
    shared = set.intersection(*({u.term for u in us} for us in firsts.values()))
    out: dict[str, list[Use]] = {}
    for aid, us in firsts.items():
        if all(u.tone == NEUTRAL for u in us):
            if any(u.term not in shared for u in us):
                out[aid] = us
            continue
        others = [o for k, o in firsts.items() if k != aid]
        own = [u for u in us if not all(_stem_in(u, o) for o in others)]
        if own:
            out[aid] = own
    if len(out) < 2 or len({frozenset(u.tone for u in us) for us in out.values()}) < 2:
        return None
    return out


def _stem_in(use: Use, others: list[Use]) -> bool:
    """Whether another source writes the term's stems, or a term within them or around them
    ("unjuk rasa" in "aksi unjuk rasa")."""
    x = use.stems
    return bool(x) and any(_within(x, o.stems) or _within(o.stems, x) for o in others)


def _within(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    return bool(x) and any(y[i : i + len(x)] == x for i in range(len(y) - len(x) + 1))


def _referent(cls: str, lang: str, article_lang: str | None) -> str:
    """What a class frames, named in the report's language ("sebutan yang dijaga jaraknya"
    in an Indonesian report on an English wire's "so-called"), else in the article's."""
    return (
        lexicon(lang).referents.get(cls) or lexicon(article_lang or lang).referents.get(cls) or cls
    )


def _untranslated(
    cls: str, by_id: dict[str, Article], per_article: dict[str, list[Use]]
) -> dict[str, list[Use]]:
    """The sources of a class with mild tones, less those whose soft words have no other
    text of their language to frame against (an English wire's "detained" beside Indonesian
    rewrites' "menangkap": the usual translation, no frame)."""
    langs = {aid: lexicon_lang(by_id[aid].lang) for aid in per_article}
    return {
        aid: us
        for aid, us in per_article.items()
        if cls not in lexicon(langs[aid]).soft_within_language
        or any(u.tone != SOFT for u in us)
        or sum(lang == langs[aid] for lang in langs.values()) >= 2
    }


def _of_this_story(article: Article, found: list[Use]) -> list[Use]:
    """The uses less a soft or charged word of the text's background: sentences that write a
    year other than the years of the days the text tells, no day, and no person the rest of
    the text names ("a price rise in 1998 helped trigger the riots" in a report of
    Saturday's protests). Such a word frames only the act another source tells plainer, and
    an old event is not that act; the past of the story's own people ("Siti berangkat ...
    pada 2014 untuk bekerja sebagai pembantu rumah tangga") is still theirs. A loaded word
    ("sejak agresi dimulai pada Oktober 2023") is the outlet's choice wherever it stands."""
    if not any(u.tone in RELATIVE for u in found):
        return found
    past = past_sentences(article, year_labels=("year", "month"), every_year=False)
    if not past:
        return found
    sentences = sentence_spans(article.text)
    persons = [
        (f.value, sentence_of(sentences, f.start))
        for f in article.facts
        if f.kind == "entity" and f.label == "PER" and f.field == "text"
    ]
    past = {
        span
        for span in past
        if not any(
            where == span and any(v == value and w != span for v, w in persons)
            for value, where in persons
        )
    }
    return [
        u
        for u in found
        if u.tone not in RELATIVE
        or u.evidence.field != "text"
        or not any(s <= u.evidence.start < e for s, e in past)
    ]


def find_framing(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """Framing differences per referent class (see the module docstring)."""
    labels = source_labels(articles)
    by_class: dict[str, dict[str, list[Use]]] = {}
    # the same scan attribution's framed claims read (one per article and report)
    found = {
        a.id: alignment.memo(("framing uses", a.id), partial(uses, a, alignment)) for a in articles
    }
    found = _without_claimants_words(articles, alignment, found)
    found = {a.id: _of_this_story(a, found[a.id]) for a in articles}
    for a in articles:
        for u in found[a.id]:
            by_class.setdefault(u.cls, {}).setdefault(a.id, []).append(u)
    by_id = {a.id: a for a in articles}
    out: list[Finding] = []
    told_alike: set[frozenset[str]] | None = None
    grouped = _group_frames(articles, alignment, found) if by_class else []
    framed = {cls for cls, _ in grouped}
    out.extend(f for _, f in grouped)
    for cls, per_article in by_class.items():
        if cls in framed:
            continue  # the same people, named two ways: told by the count they share
        terms = {aid: {u.term for u in us} for aid, us in per_article.items()}
        tones = {aid: frozenset(u.tone for u in us) for aid, us in per_article.items()}
        if len(per_article) >= 2 and len(set(tones.values())) < 2:
            continue
        if _mild(tones.values()):
            # "diamankan" / "ditangkap" in two stories: two arrests, no frame
            if told_alike is None:
                told_alike = _acts_told_alike(articles, found)
            per_article = _one_act(
                articles, alignment, _untranslated(cls, by_id, per_article), told_alike
            )
            tones = {aid: tones[aid] for aid in per_article}
            terms = {aid: terms[aid] for aid in per_article}
            if len(per_article) < 2 or len(set(tones.values())) < 2:
                continue
        contrib = _telling(per_article)
        if contrib is None:
            common = set.intersection(*terms.values()) if len(terms) >= 2 else set()
            contrib = {
                aid: [u for u in _first_per_term(us) if u.term not in common]
                for aid, us in per_article.items()
            }
            contrib = {aid: us for aid, us in contrib.items() if us}
        order = [a.id for a in articles if a.id in contrib]
        if not order:
            continue
        first = by_id[order[0]]
        lang = msg_lang(first)
        referent = _referent(cls, lang, first.lang)
        if len(order) >= 2:
            values = join_values(
                lang,
                [(labels[aid], ", ".join(u.evidence.text for u in contrib[aid])) for aid in order],
            )
            text = message(lang, "framing.class", referent=referent, values=values)
            evidence = tuple(u.evidence for aid in order for u in contrib[aid])
            out.append(Finding("framing", "medium", text, evidence, slot=f"framing:{cls}"))
            continue
        loaded = [u for u in contrib[order[0]] if u.tone != NEUTRAL and u.tone not in RELATIVE]
        if not loaded:
            continue
        severity: Severity = "medium" if len(per_article) >= 2 else "low"
        text = message(
            lang,
            "framing.loaded",
            source=labels[order[0]],
            referent=referent,
            terms=join_names(lang, [f'"{u.evidence.text}"' for u in loaded]),
        )
        evidence = tuple(u.evidence for u in loaded)
        out.append(Finding("framing", severity, text, evidence, slot=f"framing:{cls}"))
    return out
