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

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache
from itertools import pairwise

from rapidfuzz.distance import Levenshtein

from kroscek.align import Alignment
from kroscek.align.words import Word, fold, stop_keys, stopwords, word_key, words
from kroscek.compare.findings._common import (
    display,
    fact_evidence,
    lexicon_lang,
    message,
    msg_lang,
    past_sentences,
    source_labels,
    span_evidence,
)
from kroscek.compare.findings.claims import (
    counts_others,
    one_outcome,
    revised_count,
    same_duration,
    same_quantity,
    still_treated,
    usable,
    values_compatible,
)
from kroscek.compare.findings.direction import LEAD_SENTENCES, find_direction_headlines
from kroscek.compare.findings.event_places import event_place_mismatches
from kroscek.compare.findings.event_places import towns as event_towns
from kroscek.compare.findings.ordinals import find_ordinal_headlines
from kroscek.compare.findings.outcomes import find_outcome_headlines
from kroscek.compare.findings.penalties import demanded_not_given, with_verdict_verb
from kroscek.compare.findings.provinces import holds, province_mismatches
from kroscek.compare.findings.totality import find_totality_headlines
from kroscek.compare.findings.vague import fits_vague, vague_range, vague_word
from kroscek.compare.findings.verdicts import find_verdict_headlines
from kroscek.data import Article, Evidence, Fact, Finding
from kroscek.extract.entities import titles_of
from kroscek.extract.gazetteer import gazetteer
from kroscek.extract.lexicon import lexicon
from kroscek.extract.numbers import headline_verbs
from kroscek.extract.sentences import sentence_of, sentence_spans
from kroscek.text.lang import lang_data

# Names at least this similar (normalised Levenshtein) are "close spellings".
CLOSE_SPELLING = 0.6
# A neighbour word this short ("di", "of") says nothing about the slot a name fills.
MIN_NEIGHBOUR = 4


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


# Prepositions between a place and the word it places ("RSUD di Merauke", "hospital in").
_PLACE_PREPOSITIONS = frozenset({"di", "ke", "dari", "in", "at", "near"})


def _word_placed(text: str, start: int) -> str | None:
    """The word a place at ``start`` follows, past one preposition ("RSUD" in "RSUD di
    Merauke"), casefolded; None for a stopword-like or numeric word."""
    before = text[max(0, start - 60) : start].split()
    if before and before[-1].casefold() in _PLACE_PREPOSITIONS:
        before = before[:-1]
    if not before:
        return None
    word = before[-1].strip(",.:;()\"'“”").casefold()
    return word if len(word) >= 3 and word.isalpha() else None


def _same_slot_word(article: Article, t: Fact, body_place: Fact) -> bool:
    """Whether the title's place and a body place follow one word ("RSUD di Merauke" /
    "RSUD Jayapura", "Pelabuhan Tanjung Emas" / "Pelabuhan Tanjung Priok"): the title names
    one thing in another town than its body does."""
    word = _word_placed(article.title, t.start)
    if word is None or word in stopwords(article.lang or "id"):
        return False
    return _word_placed(article.text, body_place.start) == word


# Prepositions saying a title's act happened in the place after them.
_IN_PREPOSITIONS = frozenset({"di", "in", "at"})
# Words that may stand between an act and the place it names ("mendarat darurat di Bandara
# Internasional Sultan Hasanuddin, Makassar").
ACT_PLACE_WORDS = 8


def _same_act_placed(article: Article, t: Fact, body_place: Fact, body: Sequence[Fact]) -> bool:
    """Whether the act the title places ("Mendarat Darurat di Balikpapan") is placed by the
    body in another known town: the title's word before the place stands in the body a few
    words before that town, with no other known town between ("mendarat darurat di Bandara
    ..., Makassar"). The title's place is a known one (with a country) no text names; the
    body's a known one or a one-word town ("Tidore"), not a facility ("Bandara ...")."""
    town = body_place.attrs.get("country") or len(body_place.text.split()) == 1
    if not (t.attrs.get("country") and town) or holds(t, body_place):
        return False  # "Terbalik di Sulawesi Selatan" over "di Kabupaten Maros": its province
    if str(t.value) in gazetteer().countries and t.attrs["country"] in (
        body_place.attrs.get("country"),
        None,
    ):
        return False  # "Serangan Udara di Irak" over "di dekat kota Mosul": its country
    before = article.title[: t.start].split()[-2:]
    if before[-1:] and before[-1][:1].isupper() and before[-1].casefold() not in _IN_PREPOSITIONS:
        before = before[:-1]  # "di Pelabuhan Manado": a facility of the town between
    if not before or before[-1].casefold() not in _IN_PREPOSITIONS:
        return False  # "town near Idlib", "kapal dari Ternate": not where the act happened
    word = _word_placed(article.title, t.start)
    if word is None or word in stopwords(article.lang or "id"):
        return False
    for place in (f for f in body if f.value == body_place.value):
        lead_in = article.text[max(0, place.start - 120) : place.start]
        at = lead_in.casefold().rfind(word)
        if at < 0 or len(lead_in[at:].split()) > ACT_PLACE_WORDS:
            continue
        if any(c in lead_in[at:] for c in ".!?"):
            continue
        lo = place.start - len(lead_in) + at
        if not any(
            f.label == "LOC"
            and f.attrs.get("country")
            and lo < f.start < place.start
            and f.value != place.value
            for f in body
        ):
            return True
    return False


# Head words of an area named after the town it lies in ("Kawasan Industri Terpadu Batang").
_AREA_HEADS = frozenset({"kawasan", "wilayah", "daerah", "perairan"})


def _town_of(f: Fact, towns: frozenset[str]) -> str | None:
    """The regency or city a body place is, or the one an area's name ends with ("Kawasan
    Industri Terpadu Batang": Batang); None for any other place."""
    name = fold(_name(f))
    if name in towns:
        return name
    parts = name.split()
    if len(parts) > 1 and parts[0] in _AREA_HEADS and parts[-1] in towns:
        return parts[-1]
    return None


def _written_by(others: Sequence[Article], town: str) -> int:
    """How many other sources write a town's name, capitalised, in their title or text
    ("Mulai Dibangun di Batang"): a town that is also an ordinary word is often no entity."""
    pattern = re.compile(r"\b" + r"\s+".join(w.capitalize() for w in town.split()) + r"\b")
    return sum(bool(pattern.search(o.title) or pattern.search(o.text)) for o in others)


def _two_towns(article: Article, t: Fact, f: Fact) -> bool:
    """Whether the title places its event in one regency or city ("Diciduk di Binjai") and
    its body's lead in another ("menggerebek sebuah ruko di Kota Medan"): two towns of one
    level, neither inside the other, so the title names another town than its body; an area
    named after its town ("di Kawasan Industri Terpadu Batang") is that town. (A province in
    the title, "di Sumut", holds the body's town and is never read so.)"""
    towns = event_towns()
    if fold(_name(t)) not in towns or _town_of(f, towns) is None:
        return False
    before = article.title[: t.start].split()
    if not before or before[-1].casefold() not in _IN_PREPOSITIONS:
        return False
    lead = sentence_spans(article.text)[:LEAD_SENTENCES]
    return bool(lead) and f.start < lead[-1][1]


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
    body = article.text.casefold()
    # a word the body writes, also with a possessive or suffix after an apostrophe or a
    # hyphen ("Bali's Ngurah Rai International Airport" writes "Bali")
    return not any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", body) for w in own - theirs)


def _neighbours(article: Article, f: Fact) -> set[str]:
    """The content words right before and after an entity ("berbendera" in "tanker
    berbendera Liberia"), folded: the slot it fills in its sentence."""
    text = article.field_text(f.field)
    stop = stop_keys(article.lang or "id")
    before = words(text[max(0, f.start - 40) : f.start], article.lang)
    after = words(text[f.end : f.end + 40], article.lang)
    out = set()
    for w in (before[-1:] if before else []) + after[:1]:
        if len(w.key) >= MIN_NEIGHBOUR and w.key not in stop and not w.is_number:
            out.add(w.key)
    return out


def _known_apart(a: Fact, b: Fact) -> bool:
    """Two places the gazetteer knows as places of different countries (Libya / Liberia):
    no spelling variant of one another, whatever their spelling."""
    ca, cb = a.attrs.get("country"), b.attrs.get("country")
    known = a.attrs.get("source") == b.attrs.get("source") == "gazetteer"
    return bool(known and ca and cb and ca != cb and a.label == b.label == "LOC")


@lru_cache(maxsize=4)
def compass_words(lang: str) -> frozenset[str]:
    """Words that tell apart two countries of one name ("South Sudan" / "Sudan")."""
    lang = lexicon_lang(lang)
    return frozenset(w.casefold() for w in lang_data(lang, "headline").get("compass_words", []))


def _compass_unwritten(article: Article, others: Sequence[Article], t: Fact) -> str:
    """The compass word after a title place that no text writes after it ("Terdampar di
    Aceh Timur" where the recogniser kept "Aceh"): the title names another place (a regency
    of the province) than the bare name the texts write. "" when there is none."""
    if t.label != "LOC" or t.field != "title":
        return ""
    m = re.match(r"\s+(\w+)", article.title[t.end :])
    if not m or m.group(1).casefold() not in compass_words(article.lang or "id"):
        return ""
    pattern = re.compile(rf"(?<!\w){re.escape(t.text)}\s+{re.escape(m.group(1))}(?!\w)", re.I)
    return "" if any(pattern.search(a.text) for a in (article, *others)) else m.group(1)


def _compass_apart(a: Fact, b: Fact, lang: str) -> bool:
    """Whether two names share their words but for compass words ("South Sudan" / "Sudan",
    "Sudan Selatan" / "Sudan"): one name, two places."""
    wa, wb = set(_name(a).split()), set(_name(b).split())
    diff = wa ^ wb
    return bool(wa & wb) and bool(diff) and diff <= compass_words(lang)


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
        # "Terdampar di Aceh Timur" read as "Aceh": the place with its compass word is
        # what the title names, and no text writes it
        compass = _compass_unwritten(article, others, t)
        bx, ox = (0, 0) if compass else (body_count[x], other_count[x])
        rivals = {
            f.value: f
            for f in body
            if f.label == t.label
            and f.value != x
            and f.value not in title_ids
            # "di Bungo" over "Kabupaten Tebo, Jambi": the title's regency in the body's
            # province is one place at two levels, no rival
            and not holds(f, t)
            and (
                (
                    Levenshtein.normalized_similarity(_name(f), _name(t)) >= CLOSE_SPELLING
                    and not _short_and_long(_name(f), _name(t))
                    and not (bx and _shares_word(f, t))
                )
                or (bx == 0 and _same_head_swap(article, t, f))
                # "Dokter RSUD di Merauke Mogok" over "143 dokter di RSUD Jayapura": the
                # word the title's place follows places another town in the body, and no
                # source names the title's
                or (
                    bx == ox == 0
                    and t.label == f.label == "LOC"
                    and (
                        _same_slot_word(article, t, f)
                        or _same_act_placed(article, t, f, body)
                        or _two_towns(article, t, f)
                    )
                )
                # two known countries in the same slot of title and body ("tanker
                # berbendera Libya" / "tanker berbendera Liberia"): not a variant, and the
                # title's one the body never writes
                or (
                    bx == 0
                    and _known_apart(t, f)
                    and (
                        bool(_neighbours(article, t) & _neighbours(article, f))
                        or _compass_apart(t, f, article.lang or "id")
                    )
                )
            )
        }
        if not rivals and t.label == "LOC" and bx == ox == 0:
            # "Perawat RSUD di Kupang" over a body's "RSUD Atambua" read as one body's name
            word = _word_placed(article.title, t.start)
            for f in body:
                parts = _name(f).split()
                if f.label == "ORG" and len(parts) == 2 and parts[0] == word:
                    rivals[f.value] = f
                    break
        # the body's name spelt closest to the title's is the likeliest one it slipped from
        # ("Pecatur Tajikistan" over "pecatur Indonesia ... asal Uzbekistan": Uzbekistan)
        ranked = sorted(
            rivals.items(),
            key=lambda kv: -Levenshtein.normalized_similarity(_name(kv[1]), _name(t)),
        )
        for y, body_fact in ranked:
            # the other articles back the body's name; when none names either, two countries
            # spelt alike ("Slovakia" in the headline, only "Slovenia" in the body) are the
            # body's word against its own headline's slip
            alone = (
                other_count[y] == ox == 0
                and bx == 0
                and _known_apart(t, body_fact)
                and Levenshtein.normalized_similarity(_name(body_fact), _name(t)) >= CLOSE_SPELLING
            )
            # an area named after its town ("Kawasan Industri Terpadu Batang") is backed by
            # the other sources' town ("di Batang")
            town = _town_of(body_fact, event_towns()) if body_fact.label == "LOC" else None
            backing = other_count[y] or (_written_by(others, town) if town else 0)
            if body_count[y] <= bx or (backing <= ox and not alone):
                continue
            lang = msg_lang(article)
            title_ev = fact_evidence(article, t)
            if compass:  # the title's place with its compass word ("Aceh Timur")
                end = article.title.index(compass, t.end) + len(compass)
                title_ev = span_evidence(article, "title", t.start, end)
            evidence = [title_ev, fact_evidence(article, body_fact)]
            if y in other_title:
                o, of = other_title[y]
                evidence.append(fact_evidence(o, of))
            text = message(
                lang,
                "headline.entity",
                source=label,
                title_entity=f"{t.text} {compass}" if compass else t.text,
                others=message(lang, "headline.others") if backing else "",
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
def _neighbour_cues(lang: str) -> tuple[str, ...]:
    """Words naming a place as the neighbour of the event's (``headline.json``)."""
    lang = lexicon_lang(lang)
    cues = lang_data(lang, "headline").get("neighbour_cues", [])
    return tuple(" " + " ".join(c.casefold().split()) + " " for c in cues)


# Words before a place searched for a neighbour cue ("yang berbatasan dengan Kabupaten").
_CUE_WORDS = 4
# Prepositions that place a title's event in a place ("Jembatan Putus di Ciamis").
_TITLE_PLACING = frozenset({"di", "in", "at"})


def _as_neighbour(article: Article, f: Fact) -> bool:
    """Whether a place is named as the neighbour of another ("berbatasan dengan X",
    "close to the border with X")."""
    text = article.field_text(f.field)
    before = " ".join(text[max(0, f.start - 60) : f.start].casefold().split()[-_CUE_WORDS:])
    before = " " + before.strip(",.;:()") + " "
    return any(c in before for c in _neighbour_cues(article.lang or "id"))


def _neighbour_mismatches(article: Article, others: Sequence[Article], label: str) -> list[Finding]:
    """A headline placing the event in a place its body names only as the neighbour of the
    event's place ("Jembatan Gantung Putus di Ciamis" over "di Desa X, Kabupaten
    Tasikmalaya, yang berbatasan dengan Kabupaten Ciamis"), which no other source names
    otherwise either."""
    out: list[Finding] = []
    body = _entities(article, "text")
    for t in _entities(article, "title"):
        if t.label != "LOC":
            continue
        before = article.title[: t.start].split()
        if not before or before[-1].casefold() not in _TITLE_PLACING:
            continue
        named = [f for f in body if f.value == t.value]
        if not named or not all(_as_neighbour(article, f) for f in named):
            continue
        if any(
            f.value == t.value and (f.field == "title" or not _as_neighbour(o, f))
            for o in others
            for f in _entities(o, "title") + _entities(o, "text")
        ):
            continue
        # the body's place: the last one named before the neighbour
        places = [f for f in body if f.label == "LOC" and f.value != t.value]
        rival = next((f for f in reversed(places) if f.start < named[0].start), None)
        if rival is None:
            # "on a Kazakh village close to the border with Uzbekistan": a demonym is no
            # place, so the body's first place after the neighbour stands for it
            rival = next((f for f in places if f.start > named[0].start), None)
        if rival is None:
            continue
        lang = msg_lang(article)
        text = message(
            lang, "headline.neighbour", source=label, title_entity=t.text, body_entity=rival.text
        )
        evidence = (
            fact_evidence(article, t),
            fact_evidence(article, named[0]),
            fact_evidence(article, rival),
        )
        out.append(Finding("headline_mismatch", "high", text, evidence, slot="entity:LOC"))
    return out


# A place named as a distance reference: a distance or a compass word right before it ("sekitar
# 200 kilometer dari Moskow", "200 km (125 miles) southeast of", "di tenggara", "near").
_DISTANCE_BEFORE = re.compile(
    r"(?:\b(?:km|kilometers?|kilometres?|kilometer|miles?|mil)\b[^.!?\n]{0,30}"
    r"|\b(?:dekat|near|north|south|east|west|northeast|northwest|southeast|southwest"
    r"|tenggara|utara|selatan|timur|barat|daya|laut))\s*(?:of|dari|from)?\s*$",
    re.IGNORECASE,
)
# Characters before a place searched for its distance.
_DISTANCE_CHARS = 50


def _distance_mismatches(article: Article, label: str) -> list[Finding]:
    """A headline placing its act in a place ("Hantam Kilang Minyak di Moskow") that the body
    names, in the sentence placing that act elsewhere, only as a distance reference ("Kilang
    minyak di wilayah Ryazan, sekitar 200 kilometer dari Moskow"): the body's own sentence
    says where the act was and how far from the headline's place. Other mentions of the
    headline's place (the government, the region supplied) do not place the act, so they do
    not save the headline."""
    title = [t for t in _entities(article, "title") if t.label == "LOC"]
    if not title:
        return []
    body = _entities(article, "text")
    text = article.text
    spans = sentence_spans(text)
    for t in title:
        refs = [
            f
            for f in body
            if f.value == t.value
            and _DISTANCE_BEFORE.search(text[max(0, f.start - _DISTANCE_CHARS) : f.start])
        ]
        for ref in refs:
            lo, _ = sentence_of(spans, ref.start)
            if not t.attrs.get("country") and ref.attrs.get("country"):
                # the title's place is the body's (one id): its country is known from there
                t = replace(t, attrs={**t.attrs, "country": ref.attrs["country"]})
            rival = next(
                (
                    f
                    for f in body
                    if f.label == "LOC"
                    and f.value != t.value
                    and lo <= f.start < ref.start
                    and _same_act_placed(article, t, f, body)
                ),
                None,
            )
            if rival is None:
                continue
            reference = text[max(lo, ref.start - _DISTANCE_CHARS) : ref.end]
            reference = reference[reference.rfind(",") + 1 :].strip()
            lang = msg_lang(article)
            message_text = message(
                lang,
                "headline.distance",
                source=label,
                title_entity=t.text,
                body_entity=rival.text,
                reference=reference,
            )
            evidence = (
                fact_evidence(article, t),
                fact_evidence(article, rival),
                span_evidence(article, "text", ref.end - len(reference), ref.end),
            )
            return [Finding("headline_mismatch", "high", message_text, evidence, slot="entity:LOC")]
    return []


def _title_windows(article: Article, ws: Sequence[Word], size: int) -> list[list[Word]]:
    """Runs of ``size`` consecutive title words ``ws`` with no punctuation between them."""
    out = []
    for i in range(len(ws) - size + 1):
        run = list(ws[i : i + size])
        gaps = [article.title[a.end : b.start] for a, b in pairwise(run)]
        if all(g == " " for g in gaps) and not any(w.is_number for w in run):
            out.append(run)
    return out


def _same_word(title_word: str, body_word: str) -> bool:
    """Equal, or the title's word the demonym of the body's ("Korean" / "Korea")."""
    if title_word == body_word:
        return True
    extra = len(title_word) - len(body_word)
    return len(body_word) >= MIN_NEIGHBOUR and 0 < extra <= 3 and title_word.startswith(body_word)


def _phrase_mismatches(
    article: Article, others: Sequence[Article], label: str, alignment: Alignment
) -> list[Finding]:
    """A name of several words in the title that the recogniser did not take as an entity
    there, written like a body entity but with one of its words swapped ("Kementerian
    Perhubungan" over a body about "Kementerian Perdagangan", "North Korean Steel" over
    "South Korea"): the swapped word appears nowhere in the body nor in the other sources,
    and the body's name is in the other sources too. A role word in its place ("Kadis PUPR"
    over "Dinas PUPR") names the body's head, not another body."""
    # the body's and the other sources' word keys as one string each, joined only when a
    # swapped word is looked up in them (most titles hold no candidate phrase)
    joined: dict[str, str] = {}

    def body_text() -> str:
        if "body" not in joined:
            joined["body"] = " " + " ".join(w.key for w in alignment.words_of(article)) + " "
        return joined["body"]

    def other_text() -> str:
        if "other" not in joined:
            keys = " ".join(
                w.key
                for o in others
                for field in ("title", "text")
                for w in alignment.words_of(o, field)
            )
            joined["other"] = f" {keys} "
        return joined["other"]

    titles = titles_of(article.lang or "id")
    # a role word ("Kadis PUPR" for the head of "Dinas PUPR") names a person of the body
    role_heads = titles.role_sizes_by_first
    other_ids = {e.value for o in others for e in _entities(o, "title") + _entities(o, "text")}
    title_spans = [
        (f.start, f.end) for f in article.facts if f.kind == "entity" and f.field == "title"
    ]
    title_words = alignment.words_of(article, "title")
    windows: dict[int, list[list[Word]]] = {}
    for f in _entities(article, "text"):
        if f.label not in ("LOC", "ORG"):
            continue
        # the body's name must be what the other sources say too (asked before tokenising
        # the name: most names fail it, and tokenising them was the loop's cost)
        if f.value not in other_ids:
            continue
        name = words(f.text, article.lang)
        if f.label == "LOC":
            # "Kabupaten Halmahera Timur" is "Halmahera Timur" in a headline
            while len(name) > 2 and fold(f.text[name[0].start : name[0].end]) in titles.admin_heads:
                name = name[1:]
        if len(name) < 2 or any(w.is_number for w in name):
            continue
        body_name = f.text[name[0].start : name[-1].end]
        if len(name) not in windows:
            windows[len(name)] = _title_windows(article, title_words, len(name))
        for run in windows[len(name)]:
            pairs = list(zip(run, name, strict=True))
            same = [_same_word(t.key, b.key) for t, b in pairs]
            swapped = [(t, b) for (t, b), eq in zip(pairs, same, strict=True) if not eq]
            if not any(same) or not swapped:
                continue
            if _feature_described(article, f, pairs, same):
                continue
            if any(s < run[-1].end and run[0].start < e for s, e in title_spans) and not all(
                fold(article.title[t.start : t.end]) in titles.compass_tails
                and fold(body_name[b.start - name[0].start : b.end - name[0].start])
                in titles.compass_tails
                and not any(s < t.end and t.start < e for s, e in title_spans)
                for t, b in swapped
            ):
                # an entity of the title: the entity rule weighs it, unless the title's
                # place was read without its compass word ("Halmahera" of "Halmahera
                # Barat") and the body's has another one ("Halmahera Timur")
                continue
            if any(
                not article.title[t.start : t.end][:1].isupper()
                or fold(article.title[t.start : t.end]) in role_heads
                or t.key in b.key
                or b.key in t.key
                or f" {t.key} " in body_text()
                or f" {t.key} " in other_text()
                for t, b in swapped
            ):
                continue
            phrase = article.title[run[0].start : run[-1].end]
            if (
                Levenshtein.normalized_similarity(
                    _name(f) if body_name == f.text else fold(body_name), phrase.casefold()
                )
                < CLOSE_SPELLING
            ):
                continue
            lang = msg_lang(article)
            text = message(
                lang,
                "headline.entity",
                source=label,
                title_entity=phrase,
                others=message(lang, "headline.others"),
                body_entity=f.text,
            )
            evidence = (
                span_evidence(article, "title", run[0].start, run[-1].end),
                fact_evidence(article, f),
            )
            return [Finding("headline_mismatch", "high", text, evidence, slot=f"entity:{f.label}")]
    return []


@lru_cache(maxsize=4)
def feature_nouns(lang: str) -> frozenset[str]:
    """Common nouns of a feature ("river", "sungai") a region may describe rather than name."""
    return frozenset(w.casefold() for w in lang_data(lang, "headline").get("feature_nouns", []))


# A region's code in a headline ("NT", "NSW", "NTB"): a capitalised run of two to four letters.
_REGION_CODE = re.compile(r"[A-Z]{2,4}")


@lru_cache(maxsize=1)
def _region_names() -> frozenset[str]:
    """States and provinces outlets write after a dateline, folded ("queensland")."""
    return frozenset(fold(n) for n in lang_data("en", "boilerplate").get("dateline_regions", []))


def _feature_described(
    article: Article, f: Fact, pairs: Sequence[tuple[Word, Word]], same: Sequence[bool]
) -> bool:
    """Whether a title phrase only describes where a feature lies ("NT river", "Queensland
    beach") where the body names it ("Daly River in the Northern Territory"): the word the
    two share is a feature noun, written lower-case in the title while the body's name
    capitalises it, or the title's other words are a region's code or name. A described
    feature names no other river than the body's."""
    lang = article.lang or "id"
    kept = [(t, b) for (t, b), eq in zip(pairs, same, strict=True) if eq]
    features = feature_nouns(lang) | feature_nouns("en")
    if not kept or not all(t.key in features for t, _ in kept):
        return False
    title = article.title
    if any(title[t.start].islower() and f.text[b.start].isupper() for t, b in kept):
        return True
    swapped = [title[t.start : t.end] for (t, _), eq in zip(pairs, same, strict=True) if not eq]
    return all(_REGION_CODE.fullmatch(w) or fold(w) in _region_names() for w in swapped)


@lru_cache(maxsize=4)
def structure_nouns(lang: str) -> frozenset[str]:
    """Words whose count in a headline describes the article ("5 Fakta"), per language."""
    lang = lexicon_lang(lang)
    return frozenset(w.casefold() for w in lang_data(lang, "headline")["structure_nouns"])


def _counts_structure(
    article: Article, t: Fact, structure: frozenset[str], alignment: Alignment
) -> bool:
    """Whether the title number counts a structure noun (its label, or the word after it)."""
    if (t.label or "").casefold() in structure:
        return True
    ws = alignment.words_of(article, "title")
    noun = next((w for w in ws if w.start >= t.start and not w.is_number), None)
    return noun is not None and noun.key in structure


def _exact_count_in_words(t: Fact) -> bool:
    """A headline count written in words ("Lima Penumpang", "Nine Workers"): exact, of a
    counted noun, no unit ("Three-Month Low") and no vague word ("Ribuan", "dozens")."""
    return (
        bool(t.label)
        and t.attrs.get("qualifier") == "exact"
        and not t.attrs.get("vague")
        and not t.attrs.get("unit")
    )


def _length_in_words(t: Fact, same_noun: Sequence[Fact]) -> bool:
    """A headline length written in words and apart ("Gaji Tiga Bulan Belum Dibayar", not the
    idiom "Three-Month Low") over a body that gives that length once, in the same unit, with
    one other value ("selama lima bulan"): a claim the body contradicts, not a figure of speech."""
    unit = t.attrs.get("unit")
    if not unit or "-" in t.text or t.attrs.get("vague"):
        return False
    same = [b for b in same_noun if b.attrs.get("unit") == unit]
    return len({b.value for b in same}) == 1 and same[0].value != t.value


def _title_counts_of_body_nouns(
    article: Article, title_numbers: Sequence[Fact], body: Sequence[Fact], alignment: Alignment
) -> list[Fact]:
    """Counts of a Title Case headline the reader left alone because their noun is
    capitalised and not a known counted noun ("Polisi Tangkap Tiga Pengelola Valas"), read
    with the nouns the body counts ("menangkap dua pengelola"): the headline's count of that
    noun. A vague word ("Ratusan", "Dozens") is no count."""
    from kroscek.extract.numbers import parse_words

    nouns = {word_key(b.label) for b in body if b.label and not b.attrs.get("unit")}
    if not nouns:
        return []
    lang = article.lang or "id"
    vague_end = "s" if lang == "en" else "an"
    taken = [(t.start, t.end) for t in title_numbers]
    ws = alignment.words_of(article, "title")
    out: list[Fact] = []
    for w, nxt in pairwise(ws):
        if nxt.key not in nouns or any(s <= w.start < e for s, e in taken):
            continue
        if w.is_number:
            value = float(w.key) if w.key.isdecimal() else None  # "²" is a digit, no number
        elif w.key.endswith(vague_end):
            value = None
        else:
            value = parse_words([w.key], lang)
        if value is None:
            continue
        out.append(
            Fact(
                kind="number",
                label=nxt.key,
                value=value,
                text=article.title[w.start : nxt.end],
                start=w.start,
                end=nxt.end,
                field="title",
                attrs={"qualifier": "exact"},
            )
        )
    return out


# Words joining a named one to a count of others in a headline ("Bupati dan Lima Orang").
_BESIDE_WORDS = frozenset({"dan", "serta", "beserta", "bersama", "and", "plus"})


def _counts_others_beside_one(article: Article, t: Fact, alignment: Alignment) -> bool:
    """Whether a headline count follows one capitalised name or role and a joining word
    ("Bupati dan Lima Orang Diamankan", "Mayor and Five Aides Held"): it counts the others,
    so the body's total may be one more."""
    ws = [w for w in alignment.words_of(article, "title") if w.end <= t.start]
    if len(ws) < 2 or ws[-1].key not in _BESIDE_WORDS:
        return False
    before = article.title[ws[-2].start : ws[-2].end]
    return before[:1].isupper()


# A headline's count of people small enough to be named one by one in the body.
NAMED_ONE_BY_ONE = 5


def _named_one_by_one(article: Article, t: Fact, body: Sequence[Fact]) -> bool:
    """Whether a headline's small count of people ("Dua Orang Luka") is the number of people
    one body sentence names with their ages ("Sopir truk, HR (38), dan kernetnya, DN (24),
    mengalami luka-luka"): the body lists them rather than counting them."""
    try:
        n = float(t.value)
    except (TypeError, ValueError):
        return False
    if not 2 <= n <= NAMED_ONE_BY_ONE or t.attrs.get("unit"):
        return False
    ages = [f for f in body if f.attrs.get("unit") == "age"]
    if len(ages) < n:
        return False
    spans = sentence_spans(article.text)
    per_sentence = Counter(sentence_of(spans, f.start) for f in ages)
    return n in per_sentence.values()


def _number_mismatches(
    article: Article, label: str, alignment: Alignment, others: Sequence[Article] = ()
) -> list[Finding]:
    body = [f for f in article.facts if f.kind == "number" and f.field == "text" and usable(f)]
    out: list[Finding] = []
    # the figures the body writes, but not the digits of its dates ("(1/3/2026)" writes no 3)
    dated = [(f.start, f.end) for f in article.facts if f.kind == "date" and f.field == "text"]
    body_tokens = {
        w.key
        for w in alignment.words_of(article)
        if w.is_number and not any(s <= w.start < e for s, e in dated)
    }
    structure = structure_nouns(article.lang)
    title_numbers = [f for f in article.facts if f.kind == "number" and f.field == "title"]
    title_numbers += _title_counts_of_body_nouns(article, title_numbers, body, alignment)
    for t in (f for f in title_numbers if usable(f)):
        if _counts_structure(article, t, structure, alignment):
            continue  # "5 Fakta ...": the headline describes the article, it claims nothing
        lang = article.lang or "id"
        same_noun = [b for b in body if same_quantity(t, b) or one_outcome(t, b, lang)]
        slip = _slip_described(article, t, same_noun)
        if slip is not None:
            out.append(_number_finding(article, label, t, slip))
            continue
        given = demanded_not_given(article, t, body)
        if given is not None:
            out.append(_number_finding(article, label, with_verdict_verb(article, t), given))
            continue  # "Divonis 9 Tahun" over a demand of 9 years and a verdict of 6
        beyond = _beyond_vague(article, label, t, same_noun)
        if beyond is not None:
            out.append(beyond)
            continue  # "Puluhan Warga Tewas" over "12 warga" dead: twelve are "belasan"
        swapped = _outcome_swapped(article, t, same_noun, body)
        if swapped is not None:
            out.append(_outcome_finding(article, label, t, swapped))
            continue  # "Dua Siswa Tewas" over "dua di antaranya dalam kondisi kritis"
        fitting = [b for b in same_noun if not _part_bound(b, same_noun)]
        bound = _exact_over_bound(article, t, fitting, body, body_tokens, article.lang)
        if bound is not None:
            out.append(_number_finding(article, label, t, bound))
            continue  # "19 Orang Tewas" over "Sedikitnya sembilan orang tewas" and no 19
        later = _lead_overturned(article, t, fitting, others)
        if later is not None:
            out.append(_number_finding(article, label, t, later, key="headline.number.lead_only"))
            continue  # "Lima Penambang Tewas", its lead's five, a later "dua orang meninggal"
        if any(values_compatible(t, b) for b in fitting) or any(
            b.value == t.value and not _counts_another(t, b) for b in body
        ):
            continue
        scaled = _scale_slip(t, same_noun)
        if scaled is not None:
            out.append(_number_finding(article, label, t, scaled))
            continue  # "Omzet Rp 2,3 Triliun" over "Rp 2,3 miliar": the digits, not the scale
        if _counts_others_beside_one(article, t, alignment) and any(
            b.value == t.value + 1 for b in same_noun
        ):
            continue  # "Bupati dan Lima Orang Diamankan" over "enam orang": the regent and five
        if any(same_duration(t, b) for b in body):
            continue  # "for 48 hours" over "a two-day strike": one length, two units
        if _sum_of_one_sentence(article, t, body, alignment):
            continue  # "168 aboard" over "162 passengers and six crew": the two added
        if _rounded_in_body(t, body):
            continue  # "Suhu Capai 50 Derajat" over "50,2 derajat Celsius": rounded
        digits = {w.key for w in words(t.text, article.lang) if w.is_number}
        phrased = None if digits else _phrased_alike(article, t, same_noun)
        if phrased is not None:
            out.append(_number_finding(article, label, t, phrased))
            continue
        other_use = _event_count_over_measure(article, t, body, digits, dated, alignment)
        if other_use is not None:
            out.append(_number_finding(article, label, _with_act_verb(article, t), other_use))
            continue  # "Tangkap 12 Pengemudi" over "menangkap 21 orang" and "12 jam"
        if digits <= body_tokens and (
            digits or not (_exact_count_in_words(t) or _length_in_words(t, same_noun))
        ):
            continue  # the figure is written in the body, whatever its noun was taken to be
        if _named_one_by_one(article, t, body):
            continue  # "Dua Orang Luka" over "HR (38), dan kernetnya, DN (24), ... luka-luka"
        # an exact count written in words ("Lima Penumpang") has no digits to look for: its
        # value was compared with every body figure above
        same_noun = [b for b in same_noun if b.label and t.label]
        if same_noun and all(
            still_treated(article, b) and float(b.value) < float(t.value) for b in same_noun
        ):
            # "Korban ... Bertambah Jadi 212 Siswa" over "27 siswa masih dirawat": those still
            # in care are a part of the headline's total, no other figure for it
            continue
        if same_noun:
            # a headline's outcome ("Lima Penumpang Tewas") is set against the body's count
            # of an outcome, not against the "241 penumpang" on board
            # and a headline's dead against the body's dead, not its injured
            b = _told_alike(article, t, same_noun, alignment)
            event = t.attrs.get("event")
            if event and b.attrs.get("event") in (None, "aboard"):
                outcome = [f for f in same_noun if f.attrs.get("event")]
                same = [f for f in outcome if f.attrs.get("event") == event]
                # "Lima Anak Meninggal" over "bertambah menjadi empat orang" dead and a
                # vaccination target of "45.000 anak": the body's count of the headline's
                # event, whatever its noun, before a figure that only shares the noun
                b = (same or outcome or _of_event(t, body) or [b])[0]
            elif event and b.attrs.get("event") != event and _event_in_phrase(article, t):
                b = next((f for f in same_noun if f.attrs.get("event") == event), b)
            out.append(_number_finding(article, label, t, b))
        elif not _converted_sum(t, body):
            out.append(_number_finding(article, label, t, None))
    return out


def _event_count_over_measure(
    article: Article,
    t: Fact,
    body: Sequence[Fact],
    digits: set[str],
    dated: Sequence[tuple[int, int]],
    alignment: Alignment,
) -> Fact | None:
    """The body's count of a headline count's event when the headline's digits stand in the
    body only as a measure ("Polisi Tangkap 12 Pengemudi" over "menangkap 21 orang" and
    "selama 12 jam"): the body's own count of the act, whatever its noun, not those hours,
    is what the headline's figure is read against. None when the body counts the event
    compatibly, or writes the digits anywhere else."""
    if not digits or not t.attrs.get("event"):
        return None
    counts = _of_event(t, body)
    if not counts or any(values_compatible(t, b) for b in counts):
        return None
    equal = [b for b in body if b.value == t.value]
    if not equal or not all(b.attrs.get("unit") for b in equal):
        return None
    spans = [*((b.start, b.end) for b in equal), *dated]
    inside = all(
        any(s <= w.start < e for s, e in spans)
        for w in alignment.words_of(article)
        if w.is_number and w.key in digits
    )
    return counts[0] if inside else None


def _with_act_verb(article: Article, t: Fact) -> Fact:
    """The headline count with the act verb right before it ("Tangkap 12 Pengemudi"): the
    count is read with that act, so the evidence shows it."""
    m = re.search(r"(\w+)\s+$", article.title[max(0, t.start - 20) : t.start])
    if m is None or m.group(1).casefold() not in headline_verbs(lexicon_lang(article.lang)):
        return t
    start = t.start - len(m.group())
    return replace(t, start=start, text=article.title[start : t.end])


def _of_event(t: Fact, body: Sequence[Fact]) -> list[Fact]:
    """The body's counts of the headline count's event (killed, injured), no unit."""
    event = t.attrs.get("event")
    return [f for f in body if f.attrs.get("event") == event and not f.attrs.get("unit")]


# What parts a title's count from an outcome word that is no longer its own ("Kills 4, Several
# Missing": the missing are the several).
_PHRASE_BREAK = re.compile(r"[,;:|]")


def _event_in_phrase(article: Article, t: Fact) -> bool:
    """Whether the title writes the outcome of its count in the count's own phrase ("Lima
    Penumpang Tewas"), not after a comma where it may be another count's ("Kills 4, Several
    Missing"): only then is the count's outcome sure enough to pick the body's figure of that
    outcome over a figure of another outcome with the same noun."""
    lex = lexicon(article.lang or "id")
    title = article.title
    for m in lex.event_re.finditer(title):
        if lex.events.get(m.group().casefold()) != t.attrs.get("event"):
            continue
        between = title[t.end : m.start()] if m.start() >= t.end else title[m.end() : t.start]
        if not _PHRASE_BREAK.search(between):
            return True
    return False


# Qualifiers of a body figure that only bounds its count from below.
_LOWER_BOUNDS = frozenset({"at_least", "more_than"})


def _without_parts_and_past(article: Article, outcome: Sequence[Fact]) -> list[Fact]:
    """A body's counts of an outcome without the exact parts of one sentence that add up to
    a lower bound of it ("Sedikitnya sembilan orang tewas" and "tujuh warga sipil dan dua
    tentara": the nine listed) and without the counts of a sentence dated to another year
    than the body's days ("Bentrokan pada 2011 ... menewaskan sedikitnya 20 orang"): neither
    is another toll of the event the headline counts."""
    spans = sentence_spans(article.text)
    bounds = {float(b.value) for b in outcome if b.attrs.get("qualifier") in _LOWER_BOUNDS}
    by_sentence: dict[int, list[Fact]] = {}
    for b in outcome:
        if b.attrs.get("qualifier", "exact") == "exact":
            by_sentence.setdefault(_sentence_index(spans, b.start), []).append(b)
    parts = {
        id(b)
        for group in by_sentence.values()
        if len(group) > 1 and sum(float(b.value) for b in group) in bounds
        for b in group
    }
    past = past_sentences(article, guessed_days=False, dated=False)
    return [b for b in outcome if id(b) not in parts and sentence_of(spans, b.start) not in past]


def _exact_over_bound(
    article: Article,
    t: Fact,
    fitting: Sequence[Fact],
    body: Sequence[Fact],
    body_tokens: set[str],
    lang: str | None,
) -> Fact | None:
    """A body's lower bound of the headline's outcome that the headline's exact count
    exceeds while the body writes that count nowhere ("19 Orang Tewas" over "Sedikitnya
    sembilan orang tewas", "12 Dead" over "at least two people were killed"). The bound
    lets 19 be true, but the headline states a toll no line of its body gives: the reader
    of the headline is told more than the body knows. None when the headline's count is no
    exact count of an outcome, when a body figure of the outcome fits it otherwise, or when
    its digits are written in the body (a later toll, a sum the body spells out)."""
    event = t.attrs.get("event")
    if not event or t.attrs.get("qualifier", "exact") != "exact":
        return None
    outcome = [b for b in fitting if b.attrs.get("event") == event]
    if len(outcome) > 1:
        outcome = _without_parts_and_past(article, outcome)
    if not outcome or any(
        b.attrs.get("qualifier") not in _LOWER_BOUNDS or float(b.value) >= float(t.value)
        for b in outcome
    ):
        return None
    if any(b.value == t.value for b in body):
        return None
    digits = {w.key for w in words(t.text, lang or "id") if w.is_number}
    if digits and digits <= body_tokens:
        return None
    return max(outcome, key=lambda b: float(b.value))


def _beyond_vague(
    article: Article, label: str, t: Fact, same_noun: Sequence[Fact]
) -> Finding | None:
    """A vague headline count whose word the body's exact count of the same outcome lies
    outside ("Puluhan Warga Tewas" over "12 warga" dead: "puluhan" is 20-99, twelve are
    "belasan"). The words were read as the lowest figure of their order, so the bound fits;
    the range of the word (``findings.vague``) does not. Low: the headline overstates or
    understates loosely, it names no other figure. None when the title count is no vague
    word or any body count of its outcome fits it or is a bound or a vague word ("At least 12
    people" under "Dozens killed" may grow into the word)."""
    word = vague_word(t, article.lang)
    span = vague_range(t, article.lang)
    if word is None or span is None:
        return None
    event = t.attrs.get("event")
    counts = [b for b in same_noun if b.attrs.get("event") == event and b.label]
    if not counts or any(
        b.attrs.get("qualifier", "exact") != "exact" or fits_vague(t, article.lang, b) is not False
        for b in counts
    ):
        return None
    b = counts[0]
    lang = msg_lang(article)
    text = message(
        lang,
        "headline.number.vague",
        source=label,
        title_text=t.text,
        body_text=b.text,
        word=word,
        low=span[0],
        high=span[1],
    )
    evidence = (fact_evidence(article, t), fact_evidence(article, b))
    slot = f"number:{t.label}" if t.label else "number"
    return Finding("headline_mismatch", "low", text, evidence, slot=slot)


_REST_END = re.compile(r"\b(?:lain|lainnya|others?)$", re.IGNORECASE)
# Words right after a count that make it a part of one before ("dua di antaranya", "two of them").
_AMONG = re.compile(r"\s*(?:di\s+antara|of\s+them|among|of\s+whom)\b", re.IGNORECASE)
# A count of someone's own people ("dua anggotanya", "tiga rekannya"): the members of a group
# or person just named, a group among the toll rather than a recount of it.
_POSSESSED = re.compile(r"\w{3,}nya$", re.IGNORECASE)


def _sentence_index(spans: Sequence[tuple[int, int]], start: int) -> int:
    return next((i for i, (s, e) in enumerate(spans) if s <= start < e), len(spans))


def _lead_overturned(
    article: Article, t: Fact, fitting: Sequence[Fact], others: Sequence[Article]
) -> Fact | None:
    """A later body count of the headline's outcome, lower than the headline's, when only the
    lead repeats the headline's count and the other sources give the later one and never
    the headline's ("Lima Penambang Tewas", "Lima penambang ... tewas" in the lead, "dua
    orang meninggal dunia" further down, and two dead in the other report): the headline
    and its lead state a toll the article itself corrects. A later count that is a part
    ("dua di antaranya"), of the others ("dua lainnya"), of a group's own people ("dua
    anggotanya"), a revision ("bertambah menjadi") or any bound is no correction; nor is
    it one when another source backs the headline.
    Asked only of an exact headline count of an outcome that its lead states alike."""
    event = t.attrs.get("event")
    if not event or not others or t.attrs.get("qualifier", "exact") != "exact":
        return None
    same = [b for b in fitting if b.attrs.get("event") == event]
    equal = [b for b in same if b.value == t.value]
    if not equal:
        return None
    spans = sentence_spans(article.text)
    if any(_sentence_index(spans, b.start) != 0 for b in equal):
        return None
    lower = [
        b
        for b in same
        if _sentence_index(spans, b.start) > 0
        and b.attrs.get("qualifier", "exact") == "exact"
        and not b.attrs.get("vague")
        and b.attrs.get("whole") is None
        and not b.attrs.get("implied")
        and not _AMONG.match(article.text, b.end)
        and float(b.value) < float(t.value)
        and not counts_others(article, b)
        and not _REST_END.search(b.text)
        and not _POSSESSED.search(b.text)
        and revised_count(article, b) is None
    ]
    if len({b.value for b in lower}) != 1:
        return None
    told = [
        f
        for o in others
        for f in o.facts
        if f.kind == "number" and f.field == "text" and f.attrs.get("event") == event
    ]
    if any(f.value == t.value for f in told) or not any(f.value == lower[0].value for f in told):
        return None
    return lower[0]


def _counts_another(t: Fact, b: Fact) -> bool:
    """Whether a body figure equal to the headline's counts something else: both name their
    nouns, of two quantities, and the body's tells no event or another one ("3 Orang
    Hilang" over "tiga anak buah kapal" on board and "empat lainnya masih hilang")."""
    if not (t.label and b.label) or same_quantity(t, b):
        return False
    event = t.attrs.get("event")
    return bool(event) and b.attrs.get("event") != event


# Ratios of two scale words (ribu, juta, miliar, triliun; thousand ... trillion).
_SCALE_RATIOS = (1e3, 1e6, 1e9)


def _scale_slip(t: Fact, same_noun: Sequence[Fact]) -> Fact | None:
    """A body figure of the headline's quantity with the headline's digits at another scale
    ("Rp 2,3 Triliun" over "Rp 2,3 miliar", "1,2 Juta Pemudik" over "1.200 pemudik"): the
    headline slipped a scale word. Asked after no body figure gave the headline's value."""
    try:
        x = abs(float(t.value))
    except (TypeError, ValueError):
        return None
    for b in same_noun:
        try:
            y = abs(float(b.value))
        except (TypeError, ValueError):
            continue
        if not x or not y or b.attrs.get("vague") or t.attrs.get("vague"):
            continue
        ratio = max(x, y) / min(x, y)
        if any(abs(ratio - r) <= r * 1e-9 for r in _SCALE_RATIOS):
            return b
    return None


def _told_alike(
    article: Article, t: Fact, candidates: Sequence[Fact], alignment: Alignment
) -> Fact:
    """The body figure whose sentence shares the most of the headline's words ("Lima Hakim
    Berbeda Pendapat" over "sembilan hakim" on the bench and "Empat hakim ... menyatakan
    pendapat berbeda": the dissenters); the first one when none shares more. Figures near
    the headline's (within NEAR_FIGURE times) go first: "Kini Kantongi 25 Emas" over "24
    emas" in all and "lima medali emas" won that day misstates the total, not the day."""
    title = {w.stem for w in alignment.words_of(article, "title") if not w.is_number}
    near = [b for b in candidates if _near_figure(t, b)]
    candidates = near or candidates

    def shared(b: Fact) -> int:
        sentence = alignment.sentence_at(article.id, b.start)
        return len(title & {w.stem for w in sentence.words}) if sentence is not None else 0

    exact = not t.attrs.get("vague")
    noun = _noun_word(t)

    # in one sentence ("Ratusan buruh berkerumun ... 2.500 pekerja terkena PHK"), an exact
    # count of the headline's own noun is the one an exact headline count misstates, not a
    # vague crowd of a kindred noun written first
    def alike(b: Fact) -> tuple[int, bool, bool, int]:
        return (shared(b), exact and not b.attrs.get("vague"), _noun_word(b) == noun, -b.start)

    return max(candidates, key=alike)


def _noun_word(f: Fact) -> str:
    """The folded last word of a count ("pekerja" of "2.500 pekerja")."""
    found = _WORD_RE.findall(f.text)
    return found[-1].casefold() if found else ""


# A body figure at most this many times a headline's (or a fraction of it) may be the one
# the headline misstates.
NEAR_FIGURE = 1.5


def _near_figure(t: Fact, b: Fact) -> bool:
    lo, hi = sorted((abs(float(t.value)), abs(float(b.value))))
    return lo > 0 and hi <= lo * NEAR_FIGURE


def _sum_of_one_sentence(
    article: Article, t: Fact, body: Sequence[Fact], alignment: Alignment
) -> bool:
    """Whether a headline count (no unit) is the sum of two counts of different nouns in one
    body sentence ("168 aboard" over "162 passengers and six crew", "Sembilan Korban" over
    "tujuh penumpang dan dua awak"): the headline added them up."""
    if t.attrs.get("unit"):
        return False
    counts = [b for b in body if b.label and not b.attrs.get("unit")]
    for i, x in enumerate(counts):
        for y in counts[i + 1 :]:
            if x.label == y.label or float(x.value) + float(y.value) != float(t.value):
                continue
            sx = alignment.sentence_at(article.id, x.start)
            if sx is not None and sx is alignment.sentence_at(article.id, y.start):
                return True
    return False


_DIGITS_RE = re.compile(r"[\d.,]+")
_FIGURE_RE = re.compile(r"\d[\d.,]*\d|\d")
_WHOLE_RE = re.compile(r"\d{1,3}(?:[.,]\d{3})*")


def _rounded_in_body(t: Fact, body: Sequence[Fact]) -> bool:
    """Whether a whole headline figure is a body figure with decimals rounded ("50 Derajat"
    over "50,2 derajat Celsius", "Rp2 Triliun" over "Rp2,4 triliun"), the headline's words
    for it written in the body's: a headline shortens, it does not contradict."""
    figure = _FIGURE_RE.search(t.text)
    whole = _WHOLE_RE.fullmatch(figure.group(0)) if figure else None
    try:
        tv = float(t.value)
        written = float(re.sub(r"[.,]", "", whole.group(0))) if whole else 0.0
    except (TypeError, ValueError):
        return False
    if not written or t.attrs.get("qualifier", "exact") != "exact":
        return False
    half = 0.5 * tv / written  # half of the headline's last written digit
    noun = " ".join(_DIGITS_RE.sub(" ", t.text).split()).casefold()
    for b in body:
        try:
            bv = float(b.value)
        except (TypeError, ValueError):
            continue
        if bv == tv or abs(bv - tv) >= half:
            continue
        if t.attrs.get("unit") == b.attrs.get("unit") or (noun and noun in b.text.casefold()):
            return True
    return False


def _converted_sum(t: Fact, body: Sequence[Fact]) -> bool:
    """Whether a headline sum is in a currency its body never uses while the body gives sums
    in another ("$27 mln fraud" over "2.3 billion taka"): the headline converted it, which
    no body figure can confirm or deny."""
    unit = str(t.attrs.get("unit") or "")
    if not (len(unit) == 3 and unit.isalpha() and unit.isupper()):
        return False
    units = {str(b.attrs.get("unit") or "") for b in body}
    money = {u for u in units if len(u) == 3 and u.isalpha() and u.isupper()}
    return unit not in units and bool(money)


def _next_word(article: Article, f: Fact) -> str:
    """The folded word right after a figure ("sekali" in "Tiga Hari Sekali")."""
    rest = article.field_text(f.field)[f.end : f.end + 40].split()
    return rest[0].strip(".,;:!?\"'()").casefold() if rest else ""


def _phrased_alike(article: Article, t: Fact, same_noun: Sequence[Fact]) -> Fact | None:
    """A body figure of the headline's unit in the same phrase, when the headline writes its
    figure in words ("Air Mengalir Tiga Hari Sekali" / "dua hari sekali", "Padam Empat Jam
    Sehari" / "dua jam sehari"): the body gives the headline's measure another value. A unit
    in words is otherwise no claim ("Three-Month Low"), so the phrase must match."""
    if not t.attrs.get("unit") or t.attrs.get("qualifier") != "exact" or t.attrs.get("vague"):
        return None
    word = _next_word(article, t)
    if len(word) < 3 or word in stopwords(article.lang or "id"):
        return None
    return next(
        (b for b in same_noun if b.value != t.value and _next_word(article, b) == word), None
    )


def _part_bound(b: Fact, same_noun: Sequence[Fact]) -> bool:
    """Whether a body bound counts a part of an exact body figure of the same noun: "lebih
    dari 40 pasangan" lansia among "212 pasangan" fits a headline's "300 Pasangan" only as
    a bound, while the body's own total says 212."""
    if b.attrs.get("qualifier") not in ("more_than", "at_least"):
        return False
    return any(
        o.attrs.get("qualifier") == "exact" and float(o.value) > float(b.value) for o in same_noun
    )


# Outcomes a headline may overstate a body's figure into: the dead.
_GRAVE = frozenset({"killed"})
# Outcomes a headline may understate the body's dead into: the hurt, the treated, survivors.
_SPARED = frozenset({"injured", "critical", "treated", "survived"})
# How much of a body figure's clause a message quotes ("dua di antaranya dalam kondisi kritis").
_CLAUSE_CHARS = 60


def _outcome_swapped(
    article: Article, t: Fact, same_noun: Sequence[Fact], body: Sequence[Fact]
) -> Fact | None:
    """A body figure that gives the headline's count of dead ("Dua Siswa Tewas") to another
    outcome ("dua di antaranya dalam kondisi kritis"), in a body that counts no dead and
    writes no word of death at all ("ditemukan meninggal" would tell them dead): the
    headline turned the critical into the dead, which a reader must see."""
    if t.attrs.get("event") in _SPARED:
        return _death_understated(article, t, same_noun, body)
    if t.attrs.get("event") not in _GRAVE:
        return None
    if any(b.attrs.get("event") in _GRAVE for b in body):
        return None
    if _tells_death(article.text, lexicon_lang(article.lang)):
        return None
    return next(
        (
            b
            for b in same_noun
            if b.value == t.value and b.attrs.get("event") and b.attrs.get("event") not in _GRAVE
        ),
        None,
    )


def _death_understated(
    article: Article, t: Fact, same_noun: Sequence[Fact], body: Sequence[Fact]
) -> Fact | None:
    """A body figure that gives the headline's count of injured or survivors ("Tiga Pasien
    Luka", "Two Hikers Survive") to the dead ("Tiga pasien meninggal dunia", "two hikers
    were killed"), the count equal, while no body figure of that value tells the headline's
    outcome: the headline turned the dead into the hurt, the same slip the other way. The
    outcome word must stand in the count's own title phrase ("Kills 4, Several Injured"
    gives the injured to no count)."""
    event = t.attrs.get("event")
    if any(b.value == t.value and b.attrs.get("event") == event for b in body):
        return None
    dead = [b for b in same_noun if b.value == t.value and b.attrs.get("event") in _GRAVE]
    if not dead or not _event_in_phrase(article, t):
        return None
    return dead[0]


@lru_cache(maxsize=256)
def _tells_death(text: str, lang: str) -> bool:
    """Whether a body writes any word of death (the killed words of ``nouns.json`` events)."""
    words_ = [w for w, ev in lang_data(lang, "nouns").get("events", {}).items() if ev in _GRAVE]
    body = f" {fold(text)} "
    return any(f" {fold(w)}" in body for w in words_)


def _outcome_words(article: Article, f: Fact, end: int, limit: int) -> tuple[int, int] | None:
    """The span of the word of a count's own outcome, searched in its field from ``end`` to
    ``limit`` ("Tiga penghuni mengalami luka bakar": "luka bakar"); one plain word after
    the outcome word is its kind ("luka bakar", "luka berat"). None when no word of the
    count's outcome stands there."""
    event = f.attrs.get("event")
    lex = lexicon(article.lang or "id")
    text = article.field_text(f.field)
    stop = stopwords(article.lang or "id")
    for m in lex.event_re.finditer(text, end, limit):
        if lex.events.get(m.group().casefold()) != event:
            continue
        kind = re.match(r" ([a-z]{4,})\b", text[m.end() : m.end() + 20])
        return m.start(), m.end() + kind.end() if kind and kind.group(1) not in stop else m.end()
    return None


def _outcome_finding(article: Article, label: str, t: Fact, b: Fact) -> Finding:
    """A headline count whose outcome the body gives to another outcome ("Tiga Penghuni
    Tewas" over "Tiga penghuni mengalami luka bakar"): the count agrees, the outcome does
    not, so the evidence and the message name the two outcomes, not only the count."""
    told = _outcome_words(article, t, t.end, len(article.title))
    given = _outcome_words(article, b, b.end, min(len(article.text), b.end + _CLAUSE_CHARS))
    if told is None or given is None:
        return _number_finding(article, label, t, b, clause=True)
    title_ev = span_evidence(article, "title", t.start, told[1])
    body_ev = span_evidence(article, "text", b.start, given[1])
    text = message(
        msg_lang(article),
        "headline.number.outcome",
        source=label,
        title_text=title_ev.text,
        body_text=_clause_of(article, b),
        title_outcome=article.title[told[0] : told[1]].casefold(),
        body_outcome=article.text[given[0] : given[1]],
    )
    slot = f"number:{t.label}" if t.label else "number"
    return Finding("headline_mismatch", "high", text, (title_ev, body_ev), slot=slot)


def _clause_of(article: Article, f: Fact) -> str:
    """The body figure with the rest of its clause, for a message."""
    text = article.field_text(f.field)
    tail = re.split(r"[,.;:!?\"“”]", text[f.end : f.end + _CLAUSE_CHARS])[0]
    cut = f.end + len(tail)
    if cut < len(text) and text[cut].isalnum() and " " in tail:
        tail = tail[: tail.rindex(" ")]  # "... gedung Rumah Sakit Hara": no half word
    return (f.text + tail).strip()


# A body figure that is the old value of a change: "dari" / "from" right before it, and the
# new value's link word right after it ("dari Rp 6.800 menjadi Rp 8.200", "from 4% to 2.5%")
# or, in English, before the new value it follows ("rise to 12,000 rupiah from 10,000").
_FROM_BEFORE = re.compile(r"\b(?:dari|from)\s+$", re.IGNORECASE)
_TO_BETWEEN = re.compile(
    r"^(?:\s+per\s+\w+)?\s+(?:menjadi|jadi|ke|to)\s+(?:(?:Rp|US\$|\$)\s*)?$", re.IGNORECASE
)
_FROM_BETWEEN = re.compile(r"^(?:\s+\(?[^()\n]{0,20}\)?)?\s+from\s+$", re.IGNORECASE)
_TO_BEFORE = re.compile(r"\b(?:to|menjadi|jadi)\s+$", re.IGNORECASE)
# How far apart the old and the new value of one change are written.
_CHANGE_GAP = 40


def new_of_change(article: Article, b: Fact) -> Fact | None:
    """The new value of the change a body figure is the old value of ("dari 4 persen menjadi
    2,5 persen": 2,5 persen for 4 persen; "will go up to 8,200 rupiah from 6,800 rupiah":
    8,200 for 6,800), of the same quantity; None when the figure is no old value. A headline
    ("Turunkan Ambang Batas Jadi 3,5 Persen") states where a change lands, so the body's new
    value, not the one it leaves, is what the headline is wrong against."""
    text = article.field_text(b.field)
    if not _FROM_BEFORE.search(text[max(0, b.start - 8) : b.start]):
        return None
    for f in article.facts:
        if f.kind != "number" or f.field != b.field or f is b or not same_quantity(f, b):
            continue
        if b.end <= f.start <= b.end + _CHANGE_GAP and _TO_BETWEEN.match(text[b.end : f.start]):
            return f
        if (
            f.end <= b.start <= f.end + _CHANGE_GAP
            and _FROM_BETWEEN.match(text[f.end : b.start])
            and _TO_BEFORE.search(text[max(0, f.start - 8) : f.start])
        ):
            return f
    return None


def _against_new_value(article: Article, t: Fact, body: Fact) -> Fact:
    """The body figure a headline figure is set against: the new value of a change when
    the body's figure is its old one, unless the headline itself writes the old value
    ("Naik dari Rp 6.500")."""
    if _FROM_BEFORE.search(article.title[max(0, t.start - 8) : t.start]):
        return body
    return new_of_change(article, body) or body


def _number_finding(
    article: Article,
    label: str,
    t: Fact,
    body: Fact | None,
    clause: bool = False,
    key: str = "headline.number.contradicts",
) -> Finding:
    """A headline figure its body contradicts (``body``: the body's figure) or never states;
    with ``clause``, the message quotes the body figure's clause (its outcome); ``key`` the
    message that says how the body contradicts it."""
    lang = msg_lang(article)
    if body is not None and not clause:
        body = _against_new_value(article, t, body)
    if body is None:
        text = message(lang, "headline.number.absent", source=label, title_text=t.text)
        evidence: tuple[Evidence, ...] = (fact_evidence(article, t),)
    else:
        text = message(
            lang,
            key,
            source=label,
            title_text=t.text,
            body_text=_clause_of(article, body) if clause else body.text,
        )
        evidence = (fact_evidence(article, t), fact_evidence(article, body))
    slot = f"number:{t.label}" if t.label else "number"
    return Finding("headline_mismatch", "high", text, evidence, slot=slot)


# Title words right before a figure that say what it is ("Tiket Promo Rp 850 Ribu").
_TITLE_LEAD_WORDS = 3
# Body words before a figure searched for those title words.
_BODY_LEAD_WORDS = 6
# A title word this long may stand for a longer body word it starts ("Promo" / "promosi").
_MIN_PREFIX = 5


def _lead_keys(ws: Sequence[Word], lang: str) -> list[str]:
    stop = stop_keys(lang)
    return [w.key for w in ws if not w.is_number and w.key not in stop and len(w.key) >= 3]


def _matches(title_keys: list[str], body_keys: list[str]) -> int:
    return sum(
        any(b == k or (len(k) >= _MIN_PREFIX and b.startswith(k)) for b in body_keys)
        for k in title_keys
    )


def _slip_described(article: Article, t: Fact, same_noun: Sequence[Fact]) -> Fact | None:
    """The body figure the headline's words describe, when the body gives the headline's
    value for something else: "Tiket Promo Rp 850 Ribu" over "tiket promosi ... dipatok Rp
    585.000" and "tarif normal berkisar Rp 850.000", or a figure the body only bounds
    ("Rate to 30%" over "interest rate ... to 28.5%" and "food inflation ... more than 27%").
    Only amounts with a unit, and at least two of the title's words before the figure (one
    when the body only bounds the headline's value) found before the body's one, more than
    before any body figure of the headline's value or bound fitting it."""
    if not t.attrs.get("unit"):
        return None
    title_ws = [w for w in words(article.title[: t.start], article.lang)]
    title_keys = _lead_keys(title_ws[-_TITLE_LEAD_WORDS:], article.lang)
    if not title_keys:
        return None

    def described(f: Fact, last: int | None = _BODY_LEAD_WORDS) -> int:
        before = article.text[max(0, f.start - 120) : f.start]
        before = re.split(r"[.!?;]\s", before)[-1]
        body_ws = words(before, article.lang)
        if last is not None:
            body_ws = body_ws[-last:]
        return _matches(title_keys, _lead_keys(body_ws, article.lang))

    unit = t.attrs.get("unit")
    # a bound in the body that fits the headline ("more than 27%" food inflation under "Rate
    # to 30%") stands where an equal figure would: it hides nothing the words describe
    equal = [b for b in same_noun if b.value == t.value or values_compatible(t, b)]
    others = [b for b in same_noun if b.attrs.get("unit") == unit and not values_compatible(t, b)]
    if not equal or not others:
        return None
    scored = sorted(((described(b), i) for i, b in enumerate(others)), reverse=True)
    best = scored[0][0]
    # the headline's value written in the body needs two described words against it; a bound
    # alone, the value itself nowhere in the body, needs one
    needed = 2 if any(b.value == t.value for b in equal) else 1
    if best < needed or (len(scored) > 1 and scored[1][0] == best):
        return None
    # the headline's own value may stand further from its subject ("Nilai ekspor ... mencapai
    # 24,1 miliar dolar AS, naik 5,2 persen" under "Ekspor Naik 5,2 Persen"): its whole
    # sentence before it is read
    return others[scored[0][1]] if all(described(b, None) < best for b in equal) else None


# A rank in a table: "Peringkat 13", "peringkat ke-15", "posisi ke-3", "15th in the medal
# table", "third place" is left to the ordinal words of ``ordinals.py``.
_RANK_RE = re.compile(
    r"\b(?P<noun>peringkat|posisi|urutan)\s+(?:ke-?\s*)?(?P<n>\d{1,3})\b"
    r"|\b(?P<en>\d{1,3})(?:st|nd|rd|th)\s+(?:place|in\s+(?:the\s+)?(?:overall\s+)?"
    r"(?:medal\s+)?(?:table|standings|rankings|tally))\b",
    re.IGNORECASE,
)


def _ranks(text: str) -> list[tuple[str, int, int, int]]:
    """The ranks a text writes: (rank noun, value, start, end); English ranks share one noun."""
    return [
        (
            (m.group("noun") or "").casefold() or "place",
            int(m.group("n") or m.group("en")),
            m.start(),
            m.end(),
        )
        for m in _RANK_RE.finditer(text)
    ]


def _rank_mismatches(article: Article, label: str) -> list[Finding]:
    """A headline's rank in a table that its body gives otherwise ("Finis Peringkat 13" over
    "menempatkan Indonesia di peringkat ke-15"), the body's ranks of that noun in sentences
    of an earlier edition ("Pada Asian Games 2022 ... peringkat ke-13") left aside: the
    body gives one rank, and not the headline's. Costs a regex on a title with no rank."""
    told = _ranks(article.title)
    if not told:
        return []
    past = past_sentences(article, year_labels=None)
    given = [r for r in _ranks(article.text) if not any(s <= r[2] < e for s, e in past)]
    out: list[Finding] = []
    for noun, value, start, end in told:
        same = [r for r in given if r[0] == noun]
        if not same or any(r[1] == value for r in same) or len({r[1] for r in same}) != 1:
            continue
        body = same[0]
        title_ev = span_evidence(article, "title", start, end)
        body_ev = span_evidence(article, "text", body[2], body[3])
        text = message(
            msg_lang(article),
            "headline.number.contradicts",
            source=label,
            title_text=title_ev.text,
            body_text=body_ev.text,
        )
        out.append(
            Finding("headline_mismatch", "high", text, (title_ev, body_ev), slot="number:rank")
        )
    return out


_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Weekday names that are also common words in a headline ("Minggu" is also "week"), and
# abbreviations ("Sun", "Sat", "Wed") that are words of their own: not read as weekdays there.
_MIN_WEEKDAY_CHARS = 5
_AMBIGUOUS_WEEKDAYS = frozenset({"minggu"})


def _weekday_of(f: Fact) -> int | None:
    """The weekday a body date names or falls on (ISO, Monday=1), when it is known."""
    wd = f.attrs.get("weekday")
    if isinstance(wd, int):
        return wd
    value = str(f.value)
    if len(value) == 10 and not f.attrs.get("year_guessed") and not f.attrs.get("relative"):
        try:
            return date.fromisoformat(value).isoweekday()
        except ValueError:
            return None
    return None


def _weekday_mismatches(article: Article, label: str) -> list[Finding]:
    """A headline naming a weekday that none of its body's dates falls on, while the body's
    lead date falls on another: "... Terbakar Jumat Dini Hari" over "Sabtu (11/4/2026) dini
    hari". A body that writes the headline's weekday anywhere is left alone."""
    names = lexicon(article.lang or "id").weekdays
    found = [
        (m, names[fold(m.group())])
        for m in _WORD_RE.finditer(article.title)
        if fold(m.group()) in names
        and len(m.group()) >= _MIN_WEEKDAY_CHARS
        and fold(m.group()) not in _AMBIGUOUS_WEEKDAYS
    ]
    if len({wd for _, wd in found}) != 1:
        return []
    match, title_day = found[0]
    dates = [f for f in article.facts if f.kind == "date" and f.field == "text" and usable(f)]
    days = [(f, _weekday_of(f)) for f in dates]
    days = [(f, d) for f, d in days if d is not None]
    if not days or any(d == title_day for _, d in days):
        return []
    body_words = {fold(m.group()) for m in _WORD_RE.finditer(article.text)}
    if any(names.get(w) == title_day for w in body_words):
        return []
    lead, _ = min(days, key=lambda p: p[0].start)
    title_ev = span_evidence(article, "title", match.start(), match.end())
    text = message(
        msg_lang(article),
        "headline.number.contradicts",
        source=label,
        title_text=title_ev.text,
        body_text=lead.text,
    )
    return [
        Finding(
            "headline_mismatch", "high", text, (title_ev, fact_evidence(article, lead)), slot="when"
        )
    ]


def find_headline_mismatches(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """Headlines that name the wrong entity or a number their body does not state."""
    labels = source_labels(articles)
    out: list[Finding] = []
    for a in articles:
        others = [o for o in articles if o.id != a.id]
        entity = (
            _entity_mismatches(a, others, labels[a.id])
            or _neighbour_mismatches(a, others, labels[a.id])
            or _distance_mismatches(a, labels[a.id])
            or province_mismatches(a, others, labels[a.id])
            or event_place_mismatches(a, others, labels[a.id])
        )
        out.extend(entity or _phrase_mismatches(a, others, labels[a.id], alignment))
        out.extend(_number_mismatches(a, labels[a.id], alignment, others))
        out.extend(_rank_mismatches(a, labels[a.id]))
        out.extend(_weekday_mismatches(a, labels[a.id]))
        if not entity:
            out.extend(_actor_mismatches(a, labels[a.id], alignment))
    out.extend(find_direction_headlines(articles, alignment))
    out.extend(find_ordinal_headlines(articles, alignment))
    out.extend(find_verdict_headlines(articles, alignment))
    out.extend(find_outcome_headlines(articles, alignment))
    out.extend(find_totality_headlines(articles, alignment))
    out.extend(find_level_headlines(articles))
    return out


# Indonesian verb affixes: a body word with the title verb's stem and one of them is that
# verb conjugated ("Tetapkan" / "menetapkan", "ditetapkan").
_VERB_AFFIXES = ("me", "di", "ber", "ter")


@lru_cache(maxsize=1)
def _act_synonyms() -> dict[str, frozenset[str]]:
    """``act_synonyms`` of lang/id/headline.json: a title verb -> body words of that act
    ("Menangi" -> "juara", "kemenangan")."""
    data = lang_data("id", "headline").get("act_synonyms", {})
    return {fold(k): frozenset(fold(w) for w in v) for k, v in data.items()}


def _actor_mismatches(article: Article, label: str, alignment: Alignment) -> list[Finding]:
    """ "Paulus Ginting Tetapkan KLB" over a body where the status "ditetapkan Bupati
    Sanggau" and Paulus Ginting only comments: a title crediting a person of its body with
    an act whose every sentence in the body names someone else (another person or an
    office) and never that person. Indonesian titles of the shape "Name Verb ...", the verb
    found conjugated in the body."""
    if (article.lang or "id") != "id" or not article.title:
        return []
    people = [f for f in article.facts if f.kind == "entity" and f.label == "PER"]
    title_people = [f for f in people if f.field == "title"]
    if not title_people:
        return []
    body_people = [f for f in people if f.field == "text"]
    title_words = words(article.title, "id")
    body_words = alignment.words_of(article, "text")
    roles = titles_of("id").role_words
    sents = alignment.sentences.get(article.id, ())
    for t in title_people:
        names = set(fold(t.text).split())
        if not any(names & set(fold(p.text).split()) for p in body_people):
            continue  # a person the body never names: another rule's business
        verb = next((w for w in title_words if w.start >= t.end), None)
        if verb is None or not article.title[verb.start : verb.start + 1].isupper():
            continue
        if article.title[t.end : verb.start].strip():
            continue  # "Paulus Ginting: ..." / "Paulus Ginting, ...": not the subject's verb
        stem = verb.stem
        synonyms = _act_synonyms().get(verb.key, frozenset())
        if not synonyms and (len(stem) < 4 or (stem == verb.key and not verb.key.endswith("kan"))):
            continue
        acts = [
            w
            for w in body_words
            if w.key in synonyms
            or (w.stem == stem and w.key != stem and w.key.startswith(_VERB_AFFIXES))
        ]
        if not acts:
            continue
        agents: list[tuple[Word, str]] = []
        named = False
        for w in acts:
            sent = next((x for x in sents if x.span.start <= w.start < x.span.end), None)
            if sent is None:
                continue
            text = fold(article.text[sent.span.start : sent.span.end])
            if names & set(text.split()):
                named = True
                break
            other = next(
                (p for p in body_people if sent.span.start <= p.start < sent.span.end), None
            )
            role = next((i for i, x in enumerate(sent.words) if x.key in roles), None)
            if other is not None:
                office = other.attrs.get("role")
                agents.append((w, f"{office} {other.text}" if office else other.text))
            elif role is not None:
                # the office and the capitalised words naming it ("Bupati Sanggau")
                run = sent.words[role : role + 4]
                end = run[0].end
                for x in run[1:]:
                    if not article.text[x.start : x.start + 1].isupper():
                        break
                    end = x.end
                agents.append((w, article.text[run[0].start : end]))
        if named or not agents or len(agents) < len(acts):
            continue
        w, who = agents[0]
        lang = msg_lang(article)
        sent = next(x for x in sents if x.span.start <= w.start < x.span.end)
        text = message(
            lang,
            "headline.actor",
            source=label,
            title_entity=t.text,
            verb=article.title[verb.start : verb.end],
            body_actor=who,
        )
        evidence = (
            fact_evidence(article, t),
            span_evidence(article, "text", sent.span.start, sent.span.end),
        )
        return [Finding("headline_mismatch", "high", text, evidence, slot="entity:PER")]
    return []


# An alert level by its number ("Level III (Siaga)", "Level 4", "level IV"): a volcano's, a
# flood gate's, a travel warning's. Levels are no counts, so number extraction reads none.
_LEVEL_RE = re.compile(r"\b[Ll]evel\s+(?P<level>IV|V|I{1,3}|[1-5])(?![\w.,]\d|\w)")
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}
# Words between two levels that make the second one the new level ("dari Level III (Siaga)
# menjadi Level IV", "from Level 3 to Level 4", "Level II ke Level III").
_CHANGE_RE = re.compile(r"^[^.!?\n]{0,25}?\b(?:menjadi|ke|to)\s+$", re.IGNORECASE)


def _level(m: re.Match[str]) -> int:
    raw = m.group("level")
    return _ROMAN.get(raw) or int(raw)


def _current_level(text: str) -> tuple[int, int, int] | None:
    """The level a body says holds now: the new level of its last change ("dari Level III
    menjadi Level IV": IV), else its only level; None when it gives several with no change.
    (value, start, end)"""
    found = list(_LEVEL_RE.finditer(text))
    if not found:
        return None
    changed = [
        later
        for earlier, later in pairwise(found)
        if _CHANGE_RE.match(text[earlier.end() : later.start()])
    ]
    if changed:
        m = changed[-1]
    elif len({_level(m) for m in found}) == 1:
        m = found[0]
    else:
        return None
    return _level(m), m.start(), m.end()


def find_level_headlines(articles: Sequence[Article]) -> list[Finding]:
    """A headline giving an alert level ("Naik ke Level III Siaga") over a body whose
    current level is another ("dari Level III (Siaga) menjadi Level IV (Awas)"): the
    headline took the old level for the new one, or misnumbered it."""
    out: list[Finding] = []
    labels: dict[str, str] | None = None
    for a in articles:
        if "evel" not in a.title or "evel" not in a.text:
            continue
        titled = list(_LEVEL_RE.finditer(a.title))
        current = _current_level(a.text) if titled else None
        if current is None or _level(titled[-1]) == current[0]:
            continue
        labels = labels or source_labels(articles)
        t = titled[-1]
        text = message(
            msg_lang(a),
            "headline.number.contradicts",
            source=labels[a.id],
            title_text=t.group(0),
            body_text=a.text[current[1] : current[2]],
        )
        evidence = (
            span_evidence(a, "title", t.start(), t.end()),
            span_evidence(a, "text", current[1], current[2]),
        )
        out.append(Finding("headline_mismatch", "high", text, evidence, slot="level"))
    return out
