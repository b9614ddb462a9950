"""``conflict``: one slot filled differently across sources.

How many (incompatible numbers of the same noun about the same thing), when (different
dates of the same event), who and where (a different person, organisation or place in the
same position of a copied or paraphrased sentence), who said it (the same quote credited
to different speakers; a different reporting verb is not a conflict). Also a date whose
weekday does not match it, inside one article.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from functools import cache, partial
from itertools import combinations

from rapidfuzz.distance import Levenshtein

from kroscek.align import Alignment, SentencePair
from kroscek.align.words import Word
from kroscek.compare.findings._common import (
    age_in_years,
    display,
    fact_evidence,
    folded,
    join_values,
    lexicon_lang,
    message,
    messages,
    msg_lang,
    source_labels,
    span_evidence,
    word_opcodes,
)
from kroscek.compare.findings.ages import find_age_conflicts
from kroscek.compare.findings.attribution import hedge_at
from kroscek.compare.findings.claims import (
    Claim,
    Mention,
    apart_pairs,
    counted_subject,
    counts_people,
    group_claims,
    revised_count,
    same_speaker_possible,
    zones_apart,
)
from kroscek.compare.findings.claims.slips import digit_slip
from kroscek.compare.findings.clock import find_clock_conflicts
from kroscek.compare.findings.codes import find_code_conflicts
from kroscek.compare.findings.direction import find_direction_conflicts
from kroscek.compare.findings.lead_areas import find_lead_area_conflicts
from kroscek.compare.findings.located import find_located_conflicts
from kroscek.compare.findings.measured import described_alike, estimated_size, measured_thing
from kroscek.compare.findings.milestones import find_marker_conflicts
from kroscek.compare.findings.nationality import find_nationality_conflicts
from kroscek.compare.findings.offices import find_office_conflicts
from kroscek.compare.findings.ordinals import find_ordinal_conflicts
from kroscek.compare.findings.provinces import one_holds_other
from kroscek.compare.findings.roles import find_role_conflicts
from kroscek.compare.findings.scales import close_conversion
from kroscek.compare.findings.verdicts import find_verdict_conflicts
from kroscek.compare.findings.weapons import find_weapon_conflicts
from kroscek.compare.findings.wholes import find_part_conflicts
from kroscek.data import Article, Evidence, Fact, Finding, Severity, Span
from kroscek.extract.numbers import AGE
from kroscek.text.lang import lang_data

# Where a dateline can sit, and the dashes that end one.
DATELINE_CHARS = 60
DASHES = ("-", "–", "—")
# A replaced stretch longer than this (words) is rewording, not a swapped name.
MAX_SLOT_WORDS = 4
# Equal words in a row that mark two unaligned sentences as copies of one frame.
COPIED_RUN = 7
# A slot at the very end of a sentence: at most this many words, after at least that many
# equal words.
MAX_TAIL_WORDS = 2
MIN_TAIL_CONTEXT = 3
# Names this close are spelling variants of one referent, unless both are known places of
# different countries (Iran / Irak).
VARIANT_SIMILARITY = 0.75
# One word spelt two ways stays this alike ("Agus" / "Agoes", "Efendi" / "Effendi"); two
# compass words or two words of two names do not ("Sur" / "Norte", "Barat" / "Timur").
WORD_SPELLING = 0.5


def _conflict_groups(conflicts: Sequence[tuple[int, int]]) -> list[list[int]]:
    """Claims that all contradict one another, as one group each ("6" / "8" / "31" killed
    from three sources is one dispute, not three findings repeating the same sources); a
    pair is grouped with a claim only when that claim contradicts every member."""
    pairs = {frozenset(p) for p in conflicts}
    covered: set[frozenset[int]] = set()
    candidates = sorted({i for p in conflicts for i in p})
    out: list[list[int]] = []
    for ci, cj in conflicts:
        if frozenset((ci, cj)) in covered:
            continue
        group = [ci, cj]
        for ck in candidates:
            if ck not in group and all(frozenset((ck, g)) in pairs for g in group):
                group.append(ck)
        covered.update(frozenset((a, b)) for a in group for b in group if a != b)
        out.append(group)
    return out


def _described_alike(mentions: Sequence[Mention]) -> bool:
    """Whether every mention is an age or size figure describing one noun ("a 42-year-old
    fisherman" / "a 24-year-old fisherman"): one person's or thing's measure, compared."""
    first = mentions[0]
    return all(described_alike(first.article, first.fact, m.article, m.fact) for m in mentions[1:])


# Two estimates of one size this close ("4.5 metres" / "five-metre") differ as guesses do.
CLOSE_SIZES = 1.25


def _close_sizes(mentions: Sequence[Mention]) -> bool:
    values = [abs(float(m.fact.value)) for m in mentions]
    return min(values) > 0 and max(values) <= CLOSE_SIZES * min(values)


def _own_side(claims: Sequence[Claim]) -> list[Mention]:
    """Each article's first mention in the first of ``claims`` that holds it (the claims
    given fewest mentions first): a text that revises a total ("bertambah menjadi lima
    orang") and recalls the earlier one ("Empat tersangka sebelumnya") stands on its
    update's side, not on both."""
    seen: set[str] = set()
    out: list[Mention] = []
    for claim in claims:
        for m in claim.first_per_article():
            if m.article.id not in seen:
                seen.add(m.article.id)
                out.append(m)
    return out


def _told_apart(mentions: Sequence[Mention]) -> list[str]:
    """Dates as a message shows them, with the date each was read as when two are written
    alike ("Juli" / "Juli lalu" read as two years: "Juli (2026)" / "Juli (2027)"): the same
    word twice says nothing of what is in dispute."""
    shown = [display(m.fact) for m in mentions]
    read: dict[str, set[str]] = {}
    for s, m in zip(shown, mentions, strict=True):
        read.setdefault(s.casefold(), set()).add(str(m.fact.value))
    if all(len(values) == 1 for values in read.values()):
        return shown  # each wording one date ("Kamis (19/11)" twice, "Jumat (20/11)")
    return [f"{s} ({_read_as(m.fact)})" for s, m in zip(shown, mentions, strict=True)]


def _read_as(f: Fact) -> str:
    value = str(f.value)
    if f.label == "year":
        return value[:4]
    if f.label == "month":
        return value[:7]
    return value


def _claim_conflicts(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    labels = source_labels(articles)
    out: list[Finding] = []
    # the texts that revise a count, found only when a conflict asks (most have none to ask)
    revisions = cache(partial(_revisions, articles))
    for kind in ("number", "date"):
        cs = group_claims(articles, alignment, kind)
        for group in _conflict_groups(cs.conflicts):
            mentions = _own_side(
                [cs.claims[ci] for ci in sorted(group, key=lambda ci: len(cs.claims[ci].mentions))]
            )
            described = _described_alike(mentions)
            if (
                all(m.fact.attrs.get("unit") == AGE for m in mentions)
                and not all(age_in_years(m.fact) for m in mentions)
                and not described
            ):
                continue  # one person's two ages: find_age_conflicts names the person
            order = {a.id: k for k, a in enumerate(articles)}
            mentions.sort(key=lambda m: order[m.article.id])
            lang = msg_lang(mentions[0].article)
            # "the crocodile, estimated at 4.5 metres": the sizing word is no source's claim
            sized = (
                described
                and mentions[0].fact.attrs.get("unit") != AGE
                and any(estimated_size(m.article, m.fact) for m in mentions)
                and _close_sizes(mentions)
            )
            hedges = [
                hedge_at(m.article, m.fact.start, m.fact.end, alignment)
                if kind == "number" and not sized
                else None
                for m in mentions
            ]
            shown = _told_apart(mentions) if kind == "date" else [display(m.fact) for m in mentions]
            values = join_values(
                lang,
                [
                    (labels[m.article.id], _quoted(lang, m, _hedged(lang, text, h)))
                    for m, h, text in zip(mentions, hedges, shown, strict=True)
                ],
            )
            noun = mentions[0].fact.label
            if kind == "number":
                # a unit ("percent", "IDR") is not a noun to count: say "figures"
                counted = noun and not mentions[0].fact.attrs.get("unit")
                # "Pelaku berjumlah sekitar lima orang": the subject names what is counted
                subjects = {counted_subject(m.article, m.fact) for m in mentions}
                subject = subjects.pop() if len(subjects) == 1 else None
                text = (
                    _count_message(
                        lang,
                        mentions,
                        subject or _as_written(mentions, _noun_in(lang, mentions)),
                        values,
                    )
                    if counted
                    else _figure_message(lang, mentions, values)
                )
                severity: Severity = "high"
                slot = f"number:{noun}" if noun else "number"
                if described and mentions[0].fact.attrs.get("unit") == AGE:
                    # "a 42-year-old fisherman" / "a 24-year-old fisherman": one person's age
                    text, slot = message(lang, "conflict.age", values=values), "age"
                revised = next(
                    ((m, cue) for m in mentions if (cue := revised_count(m.article, m.fact))),
                    None,
                )
                if revised is not None and len({m.fact.value for m in mentions}) == 2:
                    # "12 warga" / "bertambah menjadi 15 orang": a source gives its figure as
                    # an update; the difference may be time, not a contradiction
                    m, cue = revised
                    text += message(lang, "conflict.revised", source=labels[m.article.id], cue=cue)
                    severity = "medium"
                elif revised is None and (later := _later_report(mentions, revisions)):
                    m, cue = later
                    text += message(
                        lang, "conflict.revised.other", source=labels[m.article.id], cue=cue
                    )
                    severity = "medium"
                elif sized:
                    # two sizes of one thing, one an estimate ("estimated at 4.5 metres" /
                    # "five-metre" crocodile): witnesses' guesses differ by nature
                    severity = "medium"
                elif close_conversion([m.fact for m in mentions]):
                    # "80 sentimeter" / "1 meter": one measure read twice, converted to compare
                    text += message(lang, "conflict.converted")
                    severity = "low"
                elif len(mentions) == 2 and digit_slip(mentions[0].fact, mentions[1].fact):
                    # "at least 37 homes" / "73 rumah": say why two figures that could both
                    # be true are set against each other
                    text += message(lang, "conflict.swapped")
            else:
                # "dibangun pada 1987" / "berdiri sejak 1978": a year of something the
                # story tells of, not the day of the event
                years = all(m.fact.label == "year" for m in mentions)
                text = message(lang, "conflict.year" if years else "conflict.date", values=values)
                severity, slot = "medium", "when"
            evidence = tuple(fact_evidence(m.article, m.fact) for m in mentions) + tuple(
                fact_evidence(m.article, h)
                for m, h in zip(mentions, hedges, strict=True)
                if h is not None
            )
            out.append(Finding("conflict", severity, text, evidence, slot=slot))
    return out


# Outcomes whose counts grow as a story goes on (the missing found, the dead counted).
EVOLVING = frozenset({"killed", "injured", "missing", "displaced", "evacuated", "trapped"})


def _revisions(articles: Sequence[Article]) -> dict[str, str]:
    """Each article that gives some count as an update ("bertambah menjadi 21 orang"), with
    the words that say so."""
    out: dict[str, str] = {}
    for a in articles:
        for f in a.facts:
            if f.kind == "number" and f.field == "text" and f.attrs.get("event") in EVOLVING:
                cue = revised_count(a, f)
                if cue:
                    out[a.id] = cue
                    break
    return out


def _later_report(
    mentions: Sequence[Mention], revising: Callable[[], dict[str, str]]
) -> tuple[Mention, str] | None:
    """The one source, among sources that otherwise agree, that is a later report: it
    revises another count of the story ("Jumlah korban tewas bertambah menjadi 21 orang")
    and gives this evolving count ("Lima warga lainnya masih dicari" against "tujuh orang
    hilang") its own figure. Its difference is as likely a later count as a slip.
    ``revising()`` gives ``_revisions`` of the articles, asked only past the cheap checks."""
    if len(mentions) < 3 or len({m.fact.value for m in mentions}) != 2:
        return None
    revisions = revising()
    if not revisions:
        return None
    odd = [
        m
        for m in mentions
        if sum(n.fact.value == m.fact.value for n in mentions) == 1
        and m.article.id in revisions
        and m.fact.attrs.get("event") in EVOLVING
    ]
    if len(odd) != 1:
        return None
    return odd[0], revisions[odd[0].article.id]


def _figure_message(lang: str, mentions: Sequence[Mention], values: str) -> str:
    """The head of a conflict of figures with a unit, naming what they measure when every
    source names it alike ("Kedalaman berbeda antarsumber: 50 km; 15 kilometer")."""
    things = {measured_thing(m.article, m.fact) for m in mentions}
    thing = things.pop() if len(things) == 1 else None
    name = messages(lang)["measured_things"].get(thing) if thing else None
    if not name:
        return message(lang, "conflict.figure", values=values)
    return message(lang, "conflict.measure", thing=name, values=values)


def _count_message(lang: str, mentions: Sequence[Mention], noun: str, values: str) -> str:
    """The head of a count conflict, naming what happened to what is counted when the
    figures say ("Jumlah warga tewas ..." / "Jumlah warga mengungsi ..."): two conflicts of
    one noun in one report are told apart by their heads, not only by their evidence."""
    event = _shared_event(mentions)
    if event is None or noun_names_event(mentions[0], event):
        return message(lang, "conflict.number", noun=noun, values=values)
    word = messages(lang)["events"].get(event)
    if not word:
        return message(lang, "conflict.number", noun=noun, values=values)
    return message(lang, "conflict.number.event", noun=noun, event=word, values=values)


def _shared_event(mentions: Sequence[Mention]) -> str | None:
    """The one event (killed, displaced ...) the mentions' own sentences give their figures,
    if they name exactly one; a figure with no event word takes the others' ("250 warga kini
    tinggal di pengungsian" beside "250 warga mengungsi"). A headline's event is not lent to
    a body figure here: "12 Warga Tewas dan 30 Rumah Rusak" would make the houses dead."""
    found = {str(e) for m in mentions if (e := m.fact.attrs.get("event"))}
    if len(found) != 1:
        return None
    if any(not m.fact.attrs.get("event") for m in mentions) and not any(
        counts_people(m) for m in mentions
    ):
        # "46 rumah rusak berat" beside "1.500 warga mengungsi dan 46 rumah rusak berat",
        # where the other clause's outcome stuck to the houses: an outcome only some
        # sources give a count of things is not lent to the rest
        return None
    return found.pop()


def noun_names_event(m: Mention, event: str) -> bool:
    """Whether the counted noun already says the event ("sandera", "pengungsi", "jenazah"):
    "Jumlah pengungsi mengungsi" would say it twice."""
    events: dict[str, str] = lang_data(m.article.lang or "id", "nouns").get("events", {})
    return events.get(folded(m.fact.label)) == event


def _noun_in(lang: str, mentions: Sequence[Mention]) -> str:
    """The counted noun as a source in the report's language labels it ("orang", not the
    English wire's "people", heads an Indonesian report), else the first source's."""
    for m in mentions:
        if m.fact.label and lexicon_lang(m.article.lang) == lang:
            return m.fact.label
    return mentions[0].fact.label or ""


def _as_written(mentions: Sequence[Mention], noun: str) -> str:
    """The counted noun as a text writes it ("MoU" for the label "mou"), else the label."""
    for m in mentions:
        at = m.fact.text.casefold().find(noun.casefold())
        if at >= 0:
            return m.fact.text[at : at + len(noun)]
    return noun


def _hedged(lang: str, value: str, hedge: Fact | None) -> str:
    """A figure with the words that attribute or hedge it ("25 juta data (Kelompok peretas
    DarkVault mengklaim)"): a conflict between a claim and a count is shown as such."""
    if hedge is None:
        return value
    return message(lang, "value.hedged", text=value, hedge=attribution_as_written(hedge))


def attribution_as_written(hedge: Fact) -> str:
    """An attribution as a reader would write it alone: its words on one line, without the
    comma that closed an apposition before the verb ("Kepala BPBD, Hendra Wiratmaja,
    mengatakan" gives "Hendra Wiratmaja mengatakan", not "Hendra Wiratmaja, mengatakan").
    Commas inside the source's name stay ("Badan Meteorologi, Klimatologi, dan
    Geofisika")."""
    text = " ".join(hedge.text.split())
    cue = str(hedge.attrs.get("cue") or "")
    if hedge.attrs.get("pronoun") and str(hedge.value) not in text:
        # "Menurut dia, ...": the words hold no name, the person "dia" points to is the source
        return f"{text} {hedge.value}"
    if not cue or not text.casefold().endswith(cue.casefold()):
        return text
    head = text[: len(text) - len(cue)].rstrip()
    if not head.endswith(","):
        return text
    return f"{head[:-1].rstrip()} {text[len(text) - len(cue) :]}"


def _quoted(lang: str, m: Mention, value: str) -> str:
    """A figure said inside a quotation, with who said it ("sekitar Rp 850 juta (kutipan
    Ardian Syahputra)"): the figure is the speaker's, not the outlet's own statement."""
    if not m.quoted:
        return value
    speaker = next(
        (
            str(q.attrs.get("speaker") or "")
            for q in m.article.facts
            if q.kind == "quote"
            and q.field == m.fact.field
            and q.start <= m.fact.start
            and m.fact.end <= q.end
        ),
        "",
    )
    return message(lang, "value.quoted", text=value, speaker=speaker or "?")


def _speaker_conflicts(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    labels = source_labels(articles)
    out: list[Finding] = []
    for claim in group_claims(articles, alignment, "quote").claims:
        firsts = [m for m in claim.first_per_article() if m.fact.label]
        if len({folded(m.fact.label) for m in firsts}) < 2:
            continue
        if all(same_speaker_possible(x, y) for x, y in combinations(firsts, 2)):
            continue
        lang = msg_lang(firsts[0].article)
        values = join_values(
            lang,
            [
                (labels[m.article.id], str(m.fact.attrs.get("speaker") or m.fact.label))
                for m in firsts
            ],
        )
        evidence = tuple(fact_evidence(m.article, m.fact) for m in firsts)
        text = message(lang, "conflict.speaker", values=values)
        out.append(Finding("conflict", "high", text, evidence, slot="quote:speaker"))
    return out


def is_spelling_variant(a: Fact, b: Fact) -> bool:
    """Two entity facts that are probably one name spelt two ways (not two referents)."""
    ca, cb = a.attrs.get("country"), b.attrs.get("country")
    if ca and cb and ca != cb:
        return False
    sa, sb = folded(a.text), folded(b.text)
    if Levenshtein.normalized_similarity(sa, sb) < VARIANT_SIMILARITY:
        return False
    return not _word_swapped(sa.split(), sb.split())


def _word_swapped(xs: Sequence[str], ys: Sequence[str]) -> bool:
    """Whether two names that share words differ by a whole word on each side that is no
    spelling of the other ("Agusan del Sur" / "Agusan del Norte", "Jakarta Barat" /
    "Jakarta Timur"): two places or people of one family name, however alike the letters
    of the whole. "Efendi" / "Effendi", "Agoes" / "Agus" and "Johanes" / "Yohanes" stay
    one name."""
    only_x = [w for w in xs if w not in ys]
    only_y = [w for w in ys if w not in xs]
    if not only_x or not only_y or len(only_x) + len(only_y) >= len(xs) + len(ys):
        return False
    return not any(
        Levenshtein.normalized_similarity(x, y) >= WORD_SPELLING for x in only_x for y in only_y
    )


_PAIR_SEPARATORS = re.compile(r"\s*[-–/&]\s*|\s+(?:dan|and)\s+", re.IGNORECASE)
# Letters a nickname keeps from the name it shortens ("Hendi" / "Hendrar").
NICKNAME_PREFIX = 4


def is_pair_alias(x: str, y: str) -> bool:
    """Two names of one pair (a ticket, a duo), one short and one full: "Andika-Hendi" /
    "Andika Perkasa-Hendrar Prihadi". Each part starts like its counterpart; not a swap."""
    px, py = _PAIR_SEPARATORS.split(folded(x)), _PAIR_SEPARATORS.split(folded(y))
    if len(px) < 2 or len(px) != len(py):
        return False
    for a, b in zip(px, py, strict=True):
        wa, wb = a.split(), b.split()
        if not wa or not wb:
            return False
        n = min(NICKNAME_PREFIX, len(wa[0]), len(wb[0]))
        if n < 3 or wa[0][:n] != wb[0][:n]:
            return False
    return True


# How alike a name and one part of a joined pair must be spelt to be that part ("Rusdi
# Efendi" / "Rusdi Effendi-Ahmad Yani").
PAIR_PART_SPELLING = 0.85


def in_pair(x: str, y: str) -> bool:
    """Whether one name is a part of the other, a pair joined by a hyphen or "dan" (a
    ticket, a duo): "Rina Astuti" / "Rina Astuty-Bayu Pratama". A text naming the pair
    where another names its first member tells no other person, whatever the spelling."""
    px, py = _PAIR_SEPARATORS.split(folded(x)), _PAIR_SEPARATORS.split(folded(y))
    if len(px) == len(py) or min(len(px), len(py)) != 1:
        return False
    one, parts = (px[0], py) if len(px) == 1 else (py[0], px)
    return len(one.split()) >= 2 and any(
        Levenshtein.normalized_similarity(one, p) >= PAIR_PART_SPELLING for p in parts
    )


def _text_entities(article: Article) -> list[Fact]:
    """The entities of an article's text, dateline residue left out."""
    return [
        f
        for f in article.facts
        if f.kind == "entity" and f.field == "text" and not _in_dateline(article, f)
    ]


def _entities_in(entities: list[Fact], start: int, end: int) -> list[Fact]:
    return [f for f in entities if f.start < end and f.end > start]


def _in_dateline(article: Article, f: Fact) -> bool:
    """An outlet or place in a dateline cleaning left at the start ("Kota Kini – ...")."""
    if f.start > DATELINE_CHARS:
        return False
    rest = article.text[f.end : f.end + 4].lstrip(" ,")
    return rest[:1] in DASHES


def _slot_conflicts(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    by_id = {a.id: a for a in articles}
    labels = source_labels(articles)
    out: list[Finding] = []
    seen: set[tuple[str, str]] = set()
    entities = {a.id: _text_entities(a) for a in articles}
    # two events told in like sentences put their own names in them: no swap
    apart = apart_pairs(articles, alignment)
    for pair in (*alignment.pairs, *_copied_runs(articles, alignment)):
        if (pair.a.article, pair.b.article) in apart:
            continue
        out.extend(_pair_slot_conflicts(pair, by_id, entities, labels, seen, alignment))
    return out


def _copied_runs(articles: Sequence[Article], alignment: Alignment) -> list[SentencePair]:
    """Sentence pairs the alignment left apart that still share a run of COPIED_RUN equal
    words: "... were handed over to tribal elders in the town of Kutum and driven to El
    Fasher" / "... in the town of Kabkabiya and flown to Khartoum ..." copy the slot's
    frame word for word (47 characters: under a verbatim passage, and the rest differs too
    much for a paraphrase), so a name swapped inside it is still a swap."""
    paired = {(p.a.article, p.a.index, p.b.article, p.b.index) for p in alignment.pairs}
    paired |= {(b, j, a, i) for a, i, b, j in paired}
    grams: dict[tuple[str, ...], list[tuple[str, int]]] = {}
    for art in articles:
        for sent in alignment.sentences.get(art.id, ()):
            keys = [w.key for w in sent.words]
            # the runs of COPIED_RUN keys, built by zip in C: run k is keys[k : k + COPIED_RUN]
            # (the shifted lists as a list: unpacking a generator costs a third more)
            for g in set(zip(*[keys[k:] for k in range(COPIED_RUN)], strict=False)):
                grams.setdefault(g, []).append((art.id, sent.index))
    # a copied sentence shares many runs, all with the same owners: each set of owners is
    # paired once (owners are listed in one order everywhere, so the pairs keep theirs)
    found: set[tuple[str, int, str, int]] = set()
    for owners in {tuple(o) for o in grams.values() if len(o) > 1}:
        for (a, i), (b, j) in combinations(owners, 2):
            if a != b and (a, i, b, j) not in paired and (b, j, a, i) not in found:
                found.add((a, i, b, j))
    sents = {
        (s.article, s.index): s for art in articles for s in alignment.sentences.get(art.id, ())
    }
    return [
        SentencePair(sents[(a, i)], sents[(b, j)], 0.0, "verbatim") for a, i, b, j in sorted(found)
    ]


def _pair_slot_conflicts(
    pair: SentencePair,
    by_id: dict[str, Article],
    entities: dict[str, list[Fact]],
    labels: dict[str, str],
    seen: set[tuple[str, str]],
    alignment: Alignment,
) -> list[Finding]:
    a, b = by_id[pair.a.article], by_id[pair.b.article]
    ents_a, ents_b = entities[a.id], entities[b.id]
    wa, wb = pair.a.words, pair.b.words
    if not wa or not wb:
        return []
    ids_a = {f.value for f in _entities_in(ents_a, pair.a.span.start, pair.a.span.end)}
    ids_b = {f.value for f in _entities_in(ents_b, pair.b.span.start, pair.b.span.end)}
    ops = word_opcodes(alignment, pair)
    out: list[Finding] = []
    for k, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag != "replace" or i2 - i1 > MAX_SLOT_WORDS or j2 - j1 > MAX_SLOT_WORDS:
            continue
        # a swapped name sits between equal words on both sides; at a sentence's start the
        # difference is as likely a dateline or a reworded opening. At its end, a short
        # stretch after several equal words is a slot too ("... warga negara Malaysia." /
        # "... warga negara Myanmar.")
        if k == 0 or ops[k - 1][0] != "equal":
            continue
        if k == len(ops) - 1:
            _, e1, e2, _, _ = ops[k - 1]
            if e2 - e1 < MIN_TAIL_CONTEXT or max(i2 - i1, j2 - j1) > MAX_TAIL_WORDS:
                continue
            if not (_name_tail(a.text, wa, i1, i2) and _name_tail(b.text, wb, j1, j2)):
                continue  # "Cibatu dan Limbangan" / "Cibatu, Garut": added, not swapped
        elif ops[k + 1][0] != "equal":
            continue
        ea = [f for f in _entities_in(ents_a, wa[i1].start, wa[i2 - 1].end) if f.value not in ids_b]
        eb = [f for f in _entities_in(ents_b, wb[j1].start, wb[j2 - 1].end) if f.value not in ids_a]
        text_a = folded(a.text[pair.a.span.start : pair.a.span.end])
        text_b = folded(b.text[pair.b.span.start : pair.b.span.end])
        swap = _entity_swap(a, ea, b, eb, text_a, text_b)
        if swap is None:
            swap = _place_for_name(a, wa[i1:i2], ea, b, wb[j1:j2], eb)
        if swap is None:
            continue
        if _spelled_out(
            [a.text[w.start : w.end] for w in wa[i1:i2]],
            [b.text[w.start : w.end] for w in wb[j1:j2]],
        ):
            continue  # "Stadion Gelora Bandung Lautan Api" / "Stadion GBLA": one name, short
        if swap[2] == "PER" and (has_quote(a, pair.a.span) or has_quote(b, pair.b.span)):
            continue  # who said a quote is the speaker conflict's business
        if swap[2] == "PER" and in_pair(swap[0].text, swap[1].text):
            continue  # "Rina Astuti" / "Rina Astuty-Bayu Pratama": one of a ticket, no swap
        ev_a, ev_b, label = swap
        key = tuple(sorted((folded(ev_a.text), folded(ev_b.text))))
        if key in seen:
            continue
        seen.add(key)  # type: ignore[arg-type]
        lang = msg_lang(a)
        values = join_values(lang, [(labels[a.id], ev_a.text), (labels[b.id], ev_b.text)])
        text = message(lang, f"conflict.entity.{label}", values=values)
        slot = "where" if label == "LOC" else "who"
        out.append(Finding("conflict", "medium", text, (ev_a, ev_b), slot=slot))
    return out


def _spelled_out(xs: Sequence[str], ys: Sequence[str]) -> bool:
    """Whether one side's words are a short form in capitals that the other side's
    capitalised words spell by their initials ("GBLA" / "Gelora Bandung Lautan Api")."""
    for short, long in ((xs, ys), (ys, xs)):
        caps = [w for w in short if len(w) >= 2 and w.isupper() and w.isalpha()]
        initials = "".join(w[0] for w in long if w[:1].isupper())
        if len(caps) == 1 and len(initials) >= 2 and caps[0] in (initials, initials[1:]):
            return True
    return False


def _name_tail(text: str, ws: Sequence[Word], i1: int, i2: int) -> bool:
    """Whether words ``i1:i2`` are a name (capitalised words only) written straight after the
    word before them, with no comma or conjunction that would add it to a list."""
    if text[ws[i1 - 1].end : ws[i1].start].strip():
        return False
    return all(text[w.start : w.start + 1].isupper() for w in ws[i1:i2])


def has_quote(article: Article, span: Span) -> bool:
    """Whether a quotation starts inside ``span`` of the article's text."""
    return any(
        f.kind == "quote" and f.field == "text" and span.start <= f.start < span.end
        for f in article.facts
    )


def _entity_swap(
    a: Article, ea: list[Fact], b: Article, eb: list[Fact], text_a: str, text_b: str
) -> tuple[Evidence, Evidence, str] | None:
    """Two entities of one kind, each absent from the other sentence, in the same slot."""
    same: set[str] = set()  # names of the other side one of this side's names spells
    for fa in ea:
        fb = next(
            (f for f in eb if f.label == fa.label and f.value != fa.value and f.value not in same),
            None,
        )
        if fb is None:
            continue
        if is_spelling_variant(fa, fb) or is_pair_alias(fa.text, fb.text):
            same.add(fb.value)  # not the slot's swap for the next name of this side either
            continue
        if folded(fa.text) in text_b or folded(fb.text) in text_a:
            continue  # both names are in both sentences: reordered, not replaced
        if fa.label == "LOC" and (_posting_and_place(a, fa, b, fb) or one_holds_other(fa, fb)):
            continue  # "Duta Besar ... untuk Indonesia" / "... di Jakarta": not one slot
        return fact_evidence(a, fa), fact_evidence(b, fb), fa.label
    return None


# The word before a place that makes it a posting or a beneficiary ("Duta Besar Arab Saudi
# untuk Indonesia", "ambassador to Indonesia", "bantuan bagi Aceh"), and the one that makes
# it where something happened ("di Jakarta", "in Jakarta").
_POSTING_WORDS = frozenset({"untuk", "bagi", "for", "to"})
_AT_WORDS = frozenset({"di", "in", "at"})


_WORD_BEFORE_RE = re.compile(r"(\w+)\W*$")


# Characters before a place searched for its preposition.
_PREP_REACH = 12


def _word_before(article: Article, f: Fact) -> str:
    text = article.field_text(f.field)
    m = _WORD_BEFORE_RE.search(text[max(0, f.start - _PREP_REACH) : f.start])
    return m.group(1).casefold() if m else ""


def _posting_and_place(a: Article, fa: Fact, b: Article, fb: Fact) -> bool:
    """Whether one place is a posting ("untuk Indonesia") and the other where an act was
    done ("di Jakarta"): two slots the sentences fill differently, not one place swapped."""
    wa, wb = _word_before(a, fa), _word_before(b, fb)
    return (wa in _POSTING_WORDS and wb in _AT_WORDS) or (wb in _POSTING_WORDS and wa in _AT_WORDS)


def _place_for_name(
    a: Article, wa: Sequence[Word], ea: list[Fact], b: Article, wb: Sequence[Word], eb: list[Fact]
) -> tuple[Evidence, Evidence, str] | None:
    """A known place in one sentence where the other has a capitalised name the extractor
    did not know ("Stadion King Abdullah, Riyadh" / "..., Jeddah"): still a place swap."""
    for places, art_places, names, art_names, flip in (
        (eb, b, wa, a, False),
        (ea, a, wb, b, True),
    ):
        if not places or (ea and eb):
            continue
        place = next((f for f in places if f.label == "LOC"), None)
        if place is None or not names:
            continue
        words_text = [art_names.text[w.start : w.end] for w in names]
        if not all(t[:1].isupper() and not t[:1].isdigit() for t in words_text):
            continue
        name = span_evidence(art_names, "text", names[0].start, names[-1].end)
        if Levenshtein.normalized_similarity(folded(name.text), folded(place.text)) >= (
            VARIANT_SIMILARITY
        ):
            continue  # "Jedah" for "Jeddah" is a spelling, not another place
        place_ev = fact_evidence(art_places, place)
        return (name, place_ev, "LOC") if not flip else (place_ev, name, "LOC")
    return None


def _weekday_conflicts(articles: Sequence[Article]) -> list[Finding]:
    labels = source_labels(articles)
    out: list[Finding] = []
    for a in articles:
        for f in a.facts:
            if f.kind != "date" or not f.attrs.get("weekday_mismatch"):
                continue
            try:
                day = date.fromisoformat(str(f.value)[:10])
            except ValueError:
                continue
            lang = msg_lang(a)
            weekday = messages(lang)["weekdays"][day.weekday()]
            text = message(
                lang,
                "conflict.weekday",
                source=labels[a.id],
                text=f.text,
                date=day.isoformat(),
                weekday=weekday,
            )
            out.append(Finding("conflict", "medium", text, (fact_evidence(a, f),), slot="when"))
    return out


# The label of a weekday no day of its text anchors ("attacked on Sunday" in a text with no
# date to count from): extract/dates.py gives its English name as the value.
WEEKDAY_ONLY = "weekday"


def lead_weekday_only(article: Article) -> Fact | None:
    """The weekday-only date that dates the story: the first date of the body's first
    paragraph, when that is a bare weekday of a past act."""
    end = article.text.find("\n\n")
    end = len(article.text) if end < 0 else end
    first = min(
        (f for f in article.facts if f.kind == "date" and f.field == "text" and f.start < end),
        key=lambda f: f.start,
        default=None,
    )
    if first is None or first.label != WEEKDAY_ONLY or first.attrs.get("coming"):
        return None
    return first if isinstance(first.attrs.get("weekday"), int) else None


def _weekday_only_conflicts(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """Two texts with no calendar day to count from, each opening on a bare weekday of the
    act, that name two weekdays ("was attacked on Sunday" / "on Saturday"): the day of one
    event told two ways. A weekday after the other one late in the day, in Indonesian time
    in a text of another language, is one moment in two time zones."""
    leads = {a.id: f for a in articles if (f := lead_weekday_only(a)) is not None}
    if len(leads) < 2:
        return []
    apart = apart_pairs(articles, alignment)
    shown = [a for a in articles if a.id in leads]
    disputed = False
    for a, b in combinations(shown, 2):
        if (a.id, b.id) in apart or (b.id, a.id) in apart:
            return []
        fa, fb = leads[a.id], leads[b.id]
        wa, wb = int(fa.attrs["weekday"]), int(fb.attrs["weekday"])
        if wa == wb:
            continue
        if (wa % 7) + 1 == wb and zones_apart(a, fa, b, fb):
            continue
        if (wb % 7) + 1 == wa and zones_apart(b, fb, a, fa):
            continue
        disputed = True
    if not disputed:
        return []
    labels = source_labels(articles)
    lang = msg_lang(shown[0])
    values = join_values(lang, [(labels[a.id], leads[a.id].text) for a in shown])
    evidence = tuple(fact_evidence(a, leads[a.id]) for a in shown)
    text = message(lang, "conflict.date", values=values)
    return [Finding("conflict", "medium", text, evidence, slot="when")]


def _unless_found(found: list[Finding], before: list[Finding]) -> list[Finding]:
    """``found`` less the findings whose evidence a finding of ``before`` already shows."""
    shown = {frozenset(folded(e.text) for e in f.evidence) for f in before}
    return [f for f in found if frozenset(folded(e.text) for e in f.evidence) not in shown]


def find_conflicts(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """Every conflict between sources, plus weekday/date mismatches inside one source."""
    slots = _slot_conflicts(articles, alignment)
    return (
        _claim_conflicts(articles, alignment)
        + _speaker_conflicts(articles, alignment)
        + slots
        + _unless_found(find_lead_area_conflicts(articles, alignment), slots)
        + _unless_found(find_located_conflicts(articles, alignment), slots)
        + find_role_conflicts(articles, alignment)
        + _weekday_conflicts(articles)
        + _weekday_only_conflicts(articles, alignment)
        + find_ordinal_conflicts(articles, alignment)
        + find_marker_conflicts(articles, alignment)
        + find_clock_conflicts(articles, alignment)
        + find_code_conflicts(articles, alignment)
        + find_office_conflicts(articles, alignment)
        + find_direction_conflicts(articles, alignment)
        + find_verdict_conflicts(articles, alignment)
        + find_age_conflicts(articles, alignment)
        + find_nationality_conflicts(articles, alignment)
        + find_weapon_conflicts(articles, alignment)
        + find_part_conflicts(articles, alignment)
    )
