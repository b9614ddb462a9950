"""``headline_mismatch`` by where the event happened: "Kapal Terbalik di Perairan Bone" over
a lead placing the capsize "di perairan Pulau Sembilan, Sinjai".

A headline places its event with a preposition ("di", "in", "at", "off", "near"); a body
places it in its lead sentence. When the two name different places of one kind (two
regencies or cities, two islands, two airports, two regions), neither can hold the other,
so the headline names another place than its body. The check asks a kind both sides show,
never a guess: a regency or city of ``lang/id/regions.json``, an island or airport by its
entity id or its head word ("Pulau", "island", "Bandara", "airport"), a region or province
by its head word ("Mandalay region" / "Sagaing region"). A place of unknown kind (a foreign
city with no cue) is left alone: "di Gaza" over "di kota Rafah" is one place at two levels.

Precision first, the headline's place is reported only when:
- the lead sentences of its own body never write it (another level of the event's place, a
  town named with its province, keeps it quiet);
- no other source writes it in its headline or lead (the other reports place the event
  there too);
- the body's place of the same kind stands in the first sentence, not as an origin or a
  destination ("dari", "bound for") nor as a neighbour ("berbatasan dengan"), and another
  source writes it too, so the body's place is the event's, not one outlet's slip.

A headline place the body names elsewhere in another role (the replacement flight's
destination) is still the headline's slip when the lead places the event elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from kroscek.align.words import Word, fold, stopwords, words
from kroscek.compare.findings._common import (
    lexicon_lang,
    message,
    msg_lang,
    span_evidence,
)
from kroscek.compare.findings.provinces import holds
from kroscek.data import Article, Evidence, Fact, Finding
from kroscek.extract.gazetteer import gazetteer
from kroscek.extract.sentences import sentence_spans
from kroscek.text.lang import lang_data

# Sentences of a body that hold the event's place ("its lead").
LEAD_SENTENCES = 2
# Capitalised words after a headline's preposition read as one place ("Perairan Pulau Rinca").
MAX_RUN = 4
# Words before a body place that make it the trip's start or end, not the event's place.
ORIGIN_WINDOW = 3

# Prepositions that place a headline's event ("Terbalik di ...", "sinks off ...").
_PLACING = frozenset({"di", "in", "at", "off", "near"})
# Head words before a name that tell its kind ("Pulau Padar", "Kabupaten Sinjai").
_KIND_BEFORE = {
    "pulau": "island",
    "kabupaten": "town",
    "kab": "town",
    "kota": "town",
    "provinsi": "province",
    "bandara": "airport",
    "pelabuhan": "port",
}
# Head words after a name that tell its kind ("Padar island", "Sagaing region").
_KIND_AFTER = {
    "island": "island",
    "region": "region",
    "province": "province",
    "regency": "town",
    "airport": "airport",
    "port": "port",
    "harbour": "port",
    "harbor": "port",
}
# Words of a place's surroundings, not its name ("di Perairan Bone", "wilayah Al-Qaim").
_CONTAINERS = frozenset(
    {"perairan", "kawasan", "wilayah", "daerah", "waters", "internasional", "international"}
)
# Words before a body place naming where a trip began or was bound ("rute", "bound for").
_ROUTE = frozenset({"dari", "from", "menuju", "tujuan", "rute", "asal", "bound", "towards"})
# Words before a place that make it where a trip is bound ("tujuan X", "bound for X"); a bare
# "dari X" may be where helpers came from, still written as a site of the event's story.
_BOUND = frozenset({"menuju", "tujuan", "rute", "bound", "towards"})
# Words after an origin that make it one end of a trip ("dari X ke Y", "from X to Y").
_TOWARDS = frozenset({"ke", "menuju", "to"})
# Words before a place that make it an end of a line a service runs, not a site of the event
# ("lintasan Merak–...", "jurusan ...", "trayek ...").
_LINE = frozenset({"lintasan", "jurusan", "trayek", "route", "line"})
# A dash joining two names into a route ("X–Y", "X-Y"), right before or after a place.
_DASH_BEFORE = re.compile(r"\w[-–—]$")
_DASH_AFTER = re.compile(r"^[-–—]\w")
_ID_KINDS = (("LOC:island-", "island"), ("LOC:airport-", "airport"), ("LOC:port-", "port"))
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@lru_cache(maxsize=1)
def towns() -> frozenset[str]:
    """Indonesia's regencies and cities, folded: places of one level, none inside another.
    Every one of ``lang/id/regions.json``, also those that are ordinary words ("Malang",
    "Batu"), which the recogniser leaves out: asked only of names already read as places."""
    table = lang_data("id", "regions")["regencies"]
    return frozenset(fold(n) for group in table.values() for n in group)


@dataclass(frozen=True)
class _Place:
    name: str  # folded, head words stripped ("padar")
    kind: str
    start: int
    end: int


def _kind_of_name(name: str, value: str = "") -> str | None:
    for prefix, kind in _ID_KINDS:
        if value.startswith(prefix):
            return kind
    return "town" if name in towns() else None


def _core(name: str) -> str:
    """A place's name without head and surrounding words, folded ("Pulau Padar" -> "padar")."""
    ws = [w for w in fold(name).split() if w not in _KIND_BEFORE and w not in _CONTAINERS]
    ws = [w for w in ws if w not in _KIND_AFTER and w != "bandar" and w != "udara"]
    return " ".join(ws)


def _word_before(text: str, start: int) -> str:
    before = text[max(0, start - 30) : start].split()
    return fold(before[-1].strip(",.;:()'’s")) if before else ""


_NEXT = re.compile(r"\s+([^\W\d_][\w'’-]*)")


def _word_after(text: str, end: int) -> str:
    m = _NEXT.match(text, end)
    return fold(m.group(1)) if m else ""


def _with_kind_word(text: str, end: int) -> int:
    """The end of a place with the kind word after it ("Sagaing region"), else ``end``."""
    m = _NEXT.match(text, end)
    return m.end() if m and fold(m.group(1)) in _KIND_AFTER else end


def _fact_place(text: str, f: Fact) -> _Place | None:
    """A body place with the kind its id, its head word or the regions table gives."""
    name = _core(f.text)
    if not name:
        return None
    words = fold(f.text).split()
    kind = (
        _kind_of_name(name, str(f.value))
        or _KIND_BEFORE.get(words[0])
        or _KIND_BEFORE.get(_word_before(text, f.start))
        or _KIND_AFTER.get(words[-1])
        or _KIND_AFTER.get(_word_after(text, f.end))
    )
    return _Place(name, kind, f.start, f.end) if kind else None


def _title_places(article: Article) -> Iterator[_Place]:
    """Places a headline puts its event in: the capitalised run after a placing preposition
    ("di Perairan Bone", "in Mandalay region"), with the kind its words show."""
    title = article.title
    entities = [
        f for f in article.facts if f.kind == "entity" and f.field == "title" and f.label == "LOC"
    ]
    tokens = list(_WORD.finditer(title))
    for i, m in enumerate(tokens):
        if fold(m.group()) not in _PLACING:
            continue
        run: list[re.Match[str]] = []
        for n in tokens[i + 1 : i + 1 + MAX_RUN]:
            gap = title[(run[-1] if run else m).end() : n.start()]
            if gap.strip() or not n.group()[:1].isupper():
                break
            run.append(n)
        if not run:
            continue
        lo, hi = run[0].start(), run[-1].end()
        entity = next((f for f in entities if lo <= f.start < hi), None)
        if entity is not None:
            place = _fact_place(title, entity)
            if place is not None:
                yield place
            continue
        heads = [fold(n.group()) for n in run]
        kind = next((_KIND_BEFORE[w] for w in heads if w in _KIND_BEFORE), None)
        kind = kind or _KIND_AFTER.get(_word_after(title, hi))
        name_tokens = [
            n
            for n in run
            if fold(n.group()) not in _KIND_BEFORE and fold(n.group()) not in _CONTAINERS
        ]
        if not name_tokens:
            continue
        if kind is not None and len(name_tokens) > 1:
            name_tokens = _name_run(name_tokens, fold(article.text))
        start, end = name_tokens[0].start(), name_tokens[-1].end()
        name = fold(title[start:end])
        if kind is None and name in towns():
            kind = "town"
        if kind is not None:
            # the evidence keeps the head word right before the name ("Pelabuhan X"), as the
            # body's place is shown with its own ("Pelabuhan Y")
            at = run.index(name_tokens[0])
            if at and fold(run[at - 1].group()) in _KIND_BEFORE:
                start = run[at - 1].start()
            yield _Place(name, kind, start, _with_kind_word(title, end))


def _name_run(tokens: Sequence[re.Match[str]], body: str) -> list[re.Match[str]]:
    """The words of a title place after its head word ("Pelabuhan X Jelang Mudik"): the
    first one, and the next ones only while the body writes them with it. A Title Case
    headline capitalises every word, so "Jelang Mudik" is no part of the port's name."""
    run = [tokens[0]]
    for n in tokens[1:]:
        if not _written(body, fold(" ".join(m.group() for m in (*run, n)))):
            break
        run.append(n)
    return run


def _written(folded: str, name: str) -> bool:
    """``name`` as a whole word of a text already folded (a loop folds it once, not per name)."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", folded) is not None


def _written_as_site(folded: str, name: str) -> bool:
    """``name`` written at least once as a place something happens in, not only as an end of
    a route: "tiket feri tujuan X", "lintasan Y–X", "menuju X", "from Y to X" tell where a
    trip goes, so a lead that writes a headline's place only so does not place the event
    there ("Calo Tiket di Pelabuhan X" over a lead "di Pelabuhan Y ... tujuan X")."""
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", folded):
        if _DASH_BEFORE.search(folded, max(0, m.start() - 2), m.start()):
            continue
        if _DASH_AFTER.match(folded[m.end() : m.end() + 2]):
            continue
        before = [w.strip(",.;:()") for w in folded[max(0, m.start() - 40) : m.start()].split()]
        before = before[-ORIGIN_WINDOW:]
        if any(w in _BOUND or w in _LINE for w in before):
            continue  # "tujuan X", "menuju X", "lintasan Y-X"
        if "to" in before and ("from" in before or "dari" in before):
            continue  # "from Y to X"
        after = folded[m.end() : m.end() + 12].split()[:1]
        if after and after[0] in _TOWARDS and before[-1:] in (["dari"], ["from"]):
            continue  # "dari X ke Y": one end of a trip, not where the event happened
        return True
    return False


def _lead(article: Article, sentences: int) -> str:
    spans = sentence_spans(article.text)[:sentences]
    return article.text[: spans[-1][1]] if spans else ""


def _body_places(article: Article) -> list[tuple[Fact, _Place]]:
    """Places of the body's first sentence with a kind, none a trip's start or end."""
    spans = sentence_spans(article.text)[:1]
    if not spans:
        return []
    end = spans[0][1]
    out = []
    for f in article.facts:
        if f.kind != "entity" or f.field != "text" or f.label != "LOC" or f.start >= end:
            continue
        before = article.text[max(0, f.start - 40) : f.start].split()[-ORIGIN_WINDOW:]
        if any(fold(w.strip(",.;:()")) in _ROUTE for w in before):
            continue
        place = _fact_place(article.text, f)
        if place is not None:
            out.append((f, place))
    return out


def event_place_mismatches(
    article: Article, others: Sequence[Article], label: str
) -> list[Finding]:
    """The headline's event place against its body's lead place of the same kind, or
    against the place its lead sets the headline's own act in."""
    if not others:
        return []
    return (
        _kind_mismatches(article, others, label)
        or act_place_mismatches(article, others, label)
        or _origin_mismatches(article, others, label)
    )


# Prepositions that set where an act started ("Meluncur dari ...", "lifts off from ...").
_ORIGIN = frozenset({"dari", "from"})
# Words between a lead's origin preposition and its place ("dari Bandara ...", "from the").
ORIGIN_GAP = 2
# Indonesian verb prefixes and suffixes stripped to compare an act's root ("Meluncur" /
# "diluncurkan": "luncur").
_PREFIXES = ("meng", "meny", "mem", "men", "me", "di", "ber", "ter", "per")
_SUFFIXES = ("kan", "nya", "an", "i")
MIN_ROOT = 4


def _root(word: str) -> str:
    """A verb's root, affixes stripped ("diluncurkan" -> "luncur"); an English word as it is."""
    w = word
    for p in _PREFIXES:
        if w.startswith(p) and len(w) - len(p) >= MIN_ROOT:
            w = w[len(p) :]
            break
    for x in _SUFFIXES:
        if w.endswith(x) and len(w) - len(x) >= MIN_ROOT:
            return w[: -len(x)]
    return w


def _verbal(word: str, lang: str | None) -> bool:
    """Whether a title word reads as a verb: an Indonesian one with a verb prefix
    ("Meluncur", "Diterbangkan", "Berangkat"), an English one in the past ("launched") or
    the present ("departs"). "Data Cuaca dari ..." sets no act off from a place."""
    if lang == "en":
        return word.endswith(("ed", "s")) and len(word) > MIN_ROOT
    return any(word.startswith(p) and len(word) - len(p) >= MIN_ROOT for p in _PREFIXES)


def _same_act(title_word: str, lead_words: Sequence[str]) -> bool:
    """Whether a lead word tells the title's act: the same root ("Meluncur" / "diluncurkan")
    or an inflection of it ("launch" / "launched")."""
    root = _root(title_word)
    return any(_root(w) == root for w in lead_words) or _stem_in(title_word, lead_words)


@lru_cache(maxsize=2)
def _date_words(lang: str) -> frozenset[str]:
    """Month and weekday names: "dari Senin", "from March" start a time, not a place."""
    names = {k for k in lang_data(lang, "months") if not k.startswith("_")}
    names |= {k for k in lang_data(lang, "weekdays") if not k.startswith("_")}
    return frozenset(names)


def _origin_mismatches(article: Article, others: Sequence[Article], label: str) -> list[Finding]:
    """A headline act set off from a place no text writes ("Satelit Meluncur dari X") over a
    lead that sets the same act off from another place ("diluncurkan ... dari Y"), which
    another source writes too: the two name one role, the start of the act, so the
    headline's X is a slip, even when the recogniser knows neither name as a place. The
    title's name must be absent from every text (a town the body names elsewhere may be
    another level of Y) and the lead's verb must share the title verb's root."""
    title = article.title
    if not any(f" {w} " in f" {title.casefold()} " for w in _ORIGIN):
        return []
    tokens = list(_WORD.finditer(title))
    named = [(f.start, f.end, f.label) for f in article.facts if f.field == "title"]
    body = ""  # the body folded, on first need
    other_texts: list[str] = []
    for i, m in enumerate(tokens[1:-1], start=1):
        n = tokens[i + 1]
        if fold(m.group()) not in _ORIGIN or n.start() != m.end() + 1:
            continue
        act = fold(tokens[i - 1].group())
        if not n.group()[:1].isupper() or not _verbal(act, article.lang):
            continue
        if any(s <= n.start() < e and lab != "LOC" for s, e, lab in named):
            continue  # "dari Kemenkes": a body, not a place
        run = [n]
        for k in tokens[i + 2 : i + 1 + MAX_RUN]:
            if title[run[-1].end() : k.start()] != " " or not k.group()[:1].isupper():
                break
            run.append(k)
        body = body or fold(article.text)
        run = _name_run(run, body)
        name = fold(" ".join(r.group() for r in run))
        if name in _date_words(lexicon_lang(article.lang)) or _written(body, name):
            continue
        other_texts = other_texts or [fold(o.title + "\n" + o.text) for o in others]
        if any(_written(x, name) for x in other_texts):
            continue
        site = _lead_origin(article, act, other_texts)
        if site is not None:
            title_ev = span_evidence(article, "title", run[0].start(), run[-1].end())
            return [_finding(article, label, title_ev, site)]
    return []


def _lead_origin(article: Article, act: str, other_texts: Sequence[str]) -> Evidence | None:
    """The place the first sentence sets the title's act off from ("diluncurkan ... dari
    Y"), which another source writes too; None when it sets none."""
    spans = sentence_spans(article.text)
    if not spans:
        return None
    lead_end = spans[0][1]
    lead = words(article.text[:lead_end], article.lang)
    for f in article.facts:
        if f.kind != "entity" or f.field != "text" or f.label != "LOC" or f.start >= lead_end:
            continue
        before = [w.key for w in lead if w.end <= f.start]
        if not any(k in _ORIGIN for k in before[-1 - ORIGIN_GAP :]):
            continue
        if _same_act(act, before[-ACT_WINDOW:]) and any(
            _written(x, fold(f.text)) for x in other_texts
        ):
            return span_evidence(article, "text", f.start, f.end)
    return None


def _kind_mismatches(article: Article, others: Sequence[Article], label: str) -> list[Finding]:
    if not any(f" {w} " in f" {article.title.casefold()} " for w in _PLACING):
        return []
    titled = list(_title_places(article))
    if not titled:
        return []
    leads = [fold(_lead(article, LEAD_SENTENCES))]
    leads += [fold(f"{o.title}\n{_lead(o, LEAD_SENTENCES)}") for o in others]
    body = _body_places(article)
    other_texts: list[str] = []  # the other articles folded, on first need
    for t in titled:
        if any(_written_as_site(x, t.name) for x in leads):
            continue
        for f, p in body:
            if p.kind != t.kind or p.name == t.name or t.name in p.name or p.name in t.name:
                continue
            if not other_texts:
                other_texts = [fold(o.title + "\n" + o.text) for o in others]
            if not any(_written(x, p.name) for x in other_texts):
                continue
            title_ev = span_evidence(article, "title", t.start, t.end)
            body_ev = span_evidence(article, "text", f.start, _with_kind_word(article.text, f.end))
            return [_finding(article, label, title_ev, body_ev)]
    return []


def _finding(article: Article, label: str, title_ev: Evidence, body_ev: Evidence) -> Finding:
    lang = msg_lang(article)
    text = message(
        lang,
        "headline.entity",
        source=label,
        title_entity=title_ev.text,
        others=message(lang, "headline.others"),
        body_entity=body_ev.text,
    )
    return Finding("headline_mismatch", "high", text, (title_ev, body_ev), slot="entity:LOC")


# Prepositions before a title place that set the title's act there ("Serangan di Baghdad").
_ACT_IN = frozenset({"di", "in", "at"})
# Words shortly before a body place that set an act there ("di dekat kota Al-Qaim", "on the
# island of Batam").
_SET_IN = frozenset({"di", "in", "at", "on", "near", "dekat"})
# Words before a body place searched for one of those.
SET_IN_WORDS = 5
# Words of a body lead before its place searched for the title's act.
ACT_WINDOW = 16
# Title words read as the act a title place locates ("Serangan Udara", "data centre fire").
ACT_WORDS = 3
# Nouns of a site a place before them locates ("Singapore data centre fire", "Lagos factory
# blaze"): a place that modifies any other act ("US air strike") may be its agent.
_SITE_NOUNS = frozenset(
    {
        "centre",
        "center",
        "plant",
        "factory",
        "mine",
        "port",
        "hospital",
        "school",
        "mall",
        "prison",
        "hotel",
        "warehouse",
        "refinery",
        "market",
        "tower",
        "stadium",
    }
)
# Head words in a place's gazetteer names that make it a region too ("Jalur Gaza", "Gaza
# Strip"): a town in it is the same place at another level, never a slip.
_REGION_HEADS = frozenset(
    {"jalur", "strip", "provinsi", "province", "wilayah", "region", "state", "county", "tepi"}
)
# Words right before a body place that make it a town ("kota Al-Qaim", "the city of Kherson").
_TOWN_CUES = frozenset({"kota", "city", "town"})


def _stem_in(word: str, keys: Sequence[str]) -> bool:
    """Whether a title word stands among body words, inflected ("Skids" / "skidded")."""
    stem = word[: max(4, len(word) - 2)]
    return any(k.startswith(stem) for k in keys)


def _title_act(article: Article, x: Fact) -> tuple[list[str], bool]:
    """The title words of the act a title place locates, and whether the place is the
    attribute of a site ("Singapore data centre fire") rather than set after a preposition
    ("Serangan Udara AS di Baghdad"). No words when the place locates no act."""
    title = article.title
    stop = stopwords(article.lang or "id")
    named = [(f.start, f.end) for f in article.facts if f.kind == "entity" and f.field == "title"]

    def content(ms: Sequence[re.Match[str]]) -> list[str]:
        return [
            fold(m.group())
            for m in ms
            if len(m.group()) >= 4
            and fold(m.group()) not in stop
            and not any(s <= m.start() < e for s, e in named)
        ]

    clause = max(title.rfind(c, 0, x.start) for c in ",:;|") + 1
    before = list(_WORD.finditer(title, clause, x.start))
    if before and fold(before[-1].group()) in _ACT_IN:
        return content(before[:-1])[-(ACT_WORDS - 1) :], False
    if article.lang != "en" or before:
        return [], False
    run: list[re.Match[str]] = []
    for m in list(_WORD.finditer(title, x.end))[:ACT_WORDS]:
        if m.group()[:1].isupper():
            break
        run.append(m)
    acts = content(run)
    return (acts, True) if any(w in _SITE_NOUNS for w in acts) else ([], False)


def _is_region(value: str) -> bool:
    entry = gazetteer().entries.get(value)
    return entry is not None and any(
        w in _REGION_HEADS for n in entry.names for w in fold(n).split()
    )


def _set_in(lead: Sequence[Word], f: Fact) -> bool:
    """Whether a body place is where something happened: a placing word stands a few words
    before it ("di dekat kota Al-Qaim", "on the Indonesian island of Batam")."""
    before = [w.key for w in lead if w.end <= f.start][-SET_IN_WORDS:]
    return any(k in _SET_IN for k in before)


def act_place_mismatches(article: Article, others: Sequence[Article], label: str) -> list[Finding]:
    """A headline that places its act in a known place ("Serangan Udara AS di Baghdad",
    "Singapore data centre fire") over a lead setting the same act in another one ("serangan
    udara ... di dekat kota Al-Qaim", "fire ... at a data centre on the island of Batam"),
    where the body names the headline's place only further on, in another role (the
    government, a neighbour). Towns against towns (a town of the title's country, or of no
    known country, named as a town); a site's country against a town of another country. A
    region, a country over its town, or a place a lead writes is no slip."""
    g = gazetteer()
    candidates: list[tuple[Fact, list[str], bool]] = []
    for x in article.facts:
        if x.kind != "entity" or x.field != "title" or x.label != "LOC":
            continue
        if not x.attrs.get("country") or _is_region(str(x.value)):
            continue
        acts, site = _title_act(article, x)
        if acts and (site or str(x.value) not in g.countries):
            candidates.append((x, acts, site))
    if not candidates:
        return []
    spans = sentence_spans(article.text)
    if not spans:
        return []
    lead_end = spans[0][1]
    lead = words(article.text[:lead_end], article.lang)
    own_lead = _lead(article, LEAD_SENTENCES)
    other_leads = [f"{o.title}\n{_lead(o, LEAD_SENTENCES)}" for o in others]
    leads = [fold(t) for t in (own_lead, *other_leads)]
    other_texts: list[str] = []  # each other article folded, once, when first needed
    for x, acts, site in candidates:
        value = str(x.value)
        entry = g.entries.get(value)
        names = {fold(n) for n in entry.names} if entry else {fold(x.text)}
        if any(_written(t, n) for n in names for t in leads):
            continue  # the lead names it: another level of the act's place, or the act's
        for f in article.facts:
            if f.kind != "entity" or f.field != "text" or f.label != "LOC":
                continue
            if f.start >= lead_end or f.value == x.value or str(f.value) in g.countries:
                continue
            there = g.entries.get(str(f.value))
            if site:
                if there is None or there.country in (None, x.attrs.get("country")):
                    continue  # the site's country against a town of another country
            elif there is not None and there.country not in (None, x.attrs.get("country")):
                continue
            elif there is None and _word_before(article.text, f.start) not in _TOWN_CUES:
                continue  # a place of unknown kind (a district, a region) may hold the title's
            if _is_region(str(f.value)) or holds(x, f) or not _set_in(lead, f):
                continue
            window = [w.key for w in lead if w.end <= f.start][-ACT_WINDOW:]
            if not all(_stem_in(a, window) for a in acts):
                continue
            if not other_texts:
                other_texts = [fold(o.title + "\n" + o.text) for o in others]
            if not any(_written(t, fold(f.text)) for t in other_texts):
                continue
            title_ev = span_evidence(article, "title", x.start, x.end)
            return [
                _finding(article, label, title_ev, span_evidence(article, "text", f.start, f.end))
            ]
    return []
