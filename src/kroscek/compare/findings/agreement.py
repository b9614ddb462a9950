"""``agreement``: facts every source states the same way (number and noun, date, quote).

Knowing what is not in dispute matters as much as the conflicts: it is the common ground a
fact-checker can build on. Only facts of the body count; a claim must be in every article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import combinations

from kroscek.align import Alignment
from kroscek.compare.findings._common import (
    Groups,
    age_in_years,
    body_facts,
    display,
    epithet_age,
    fact_evidence,
    join_names,
    join_values,
    message,
    messages,
    msg_lang,
    source_labels,
)
from kroscek.compare.findings.aged import ages
from kroscek.compare.findings.claims import (
    Claim,
    ClaimKind,
    ClaimSet,
    Mention,
    denied_noun,
    group_claims,
    lead_date,
    same_speaker_possible,
    update_dates,
    usable,
)
from kroscek.compare.findings.direction import direction_split
from kroscek.compare.findings.weekday_leads import day_evidence, find_weekday_lead_agreements
from kroscek.data import Article, Fact, Finding
from kroscek.extract.numbers import PART_TOLD_AS

KINDS: tuple[ClaimKind, ...] = ("number", "date", "quote")


def find_agreements(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """One info finding per claim stated by every article (quotes: by the same speaker)."""
    out: list[Finding] = []
    labels = source_labels(articles)
    common = _common_ground(articles, alignment)
    for kind in KINDS:
        for claim in group_claims(articles, alignment, kind).claims:
            if len(claim.article_ids) < len(articles):
                if kind == "date" and common and (day := _first_reports_day(articles, claim)):
                    out.append(day)
                continue
            if kind == "number" and (
                any(
                    epithet_age(m.article, m.fact) and not _predicate_age(m) for m in claim.mentions
                )
                or all(_small_part(m.fact) for m in claim.mentions)
            ):
                # "16 tahun" / "16-year-old": a person's epithet, not a claim of the story;
                # "dua di antaranya warga negara X": a small part of each source's own total
                continue
            if direction_split(claim):
                continue  # "menguat 0,84 persen" / "fell 0.84%": one figure, opposite ways
            if kind == "number" and (denied := _denied(labels, claim.first_per_article())):
                out.append(denied)  # "dua anggota" / "dua orang ... bukan anggota": who differs
                continue
            if kind == "date" and not common:
                continue  # two events of one day in one city: the day is all they share
            firsts = claim.first_per_article()
            if kind == "date":
                firsts = [_written_out(claim.mentions, m) for m in firsts]
            first = firsts[0]
            lang = msg_lang(first.article)
            if kind == "quote":
                named = [m for m in firsts if m.fact.label]
                if not all(same_speaker_possible(x, y) for x, y in combinations(named, 2)):
                    continue  # the same words, different speakers: a conflict, not agreement
                if len(named) == len(firsts):
                    quoted = named[0].fact
                    speaker = str(quoted.attrs.get("speaker") or quoted.label)
                    text = message(lang, "agreement.quote", speaker=speaker)
                else:
                    # a speaker only some sources name is not something they all state
                    text = message(lang, "agreement.quote_unnamed")
                slot = "quote"
            else:
                # word the message with a mention that is itself sound (no weekday slip) and,
                # for a date, written out ("Senin (23/11/2026)", not another's "on Monday")
                shown = _shown(kind, firsts)
                shown_text = display(shown.fact)
                if kind == "number" and shown.fact.attrs.get("unit") == "age":
                    shown_text = _aged(lang, shown)
                elif kind == "number":
                    shown_text = _named_count(shown_text, firsts)
                text = message(lang, f"agreement.{kind}", text=shown_text)
                if kind == "date":
                    text += _counted_from_all(lang, labels, firsts)
                slot = f"{kind}:{first.fact.label}" if first.fact.label else kind
            evidence = tuple(
                day_evidence(m.article, m.fact)
                if kind == "date"
                else fact_evidence(m.article, m.fact)
                for m in firsts
            )
            out.append(Finding("agreement", "info", text, evidence, slot=slot))
    out.extend(_compatible(articles, group_claims(articles, alignment, "number")))
    # "killed on Monday" / "tewas Senin malam": a day no calendar anchors, one weekday
    out.extend(find_weekday_lead_agreements(articles, alignment))
    return _once(out)


def _shown(kind: str, firsts: Sequence[Mention]) -> Mention:
    """The mention an agreement is worded with, in one pass: the first sound one (no weekday
    slip) that, for a date, is written out; else the first sound one; else the first."""
    sound: Mention | None = None
    for m in firsts:
        if m.fact.attrs.get("weekday_mismatch"):
            continue
        if not (kind == "date" and m.fact.attrs.get("relative")):
            return m
        if sound is None:
            sound = m
    return sound or firsts[0]


def _once(found: list[Finding]) -> list[Finding]:
    """Each agreement once: one figure every text gives twice ("dari 4 persen" in the lead,
    "ambang batas 4 persen" further down) may make two claims, one per place, and their two
    findings would say the same thing twice in the same words."""
    seen: set[tuple[str | None, str]] = set()
    out: list[Finding] = []
    for f in found:
        key = (f.slot, f.message)
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out


# "... was 14 years old": an age a sentence states as its news, not a person's epithet.
_PREDICATE_AGE_RE = re.compile(r"\b(?:is|was|are|were|be|been)\s+$", re.IGNORECASE)
_YEARS_OLD_RE = re.compile(r"\byears?\s+old$", re.IGNORECASE)
_PREDICATE_REACH = 12


def _predicate_age(m: Mention) -> bool:
    """Whether an English age is the predicate of its sentence ("the aircraft was 14 years
    old"): what "berusia 14 tahun" says in Indonesian, a claim to compare like it, not an
    epithet ("Boonsong, 71,", "a 16-year-old boy") that only describes someone."""
    f = m.fact
    if not _YEARS_OLD_RE.search(f.text):
        return False
    before = m.article.field_text(f.field)[max(0, f.start - _PREDICATE_REACH) : f.start]
    return bool(_PREDICATE_AGE_RE.search(before))


def _borrowed_days_only(article: Article) -> bool:
    """Whether every day a text gives is a bare weekday read against the other texts' day
    (it has no date of its own): a guess that neither gives the event's day nor disputes
    it."""
    days = [f for f in body_facts(article, "date") if usable(f) and f.label == "day"]
    return bool(days) and all(f.attrs.get("anchor") == "set" for f in days)


def _first_reports_day(articles: Sequence[Article], claim: Claim) -> Finding | None:
    """The day two or more first reports open on ("... Senin (23/11/2026)" in each), when
    every other article is a follow-up dated only by the day it updated a count ("Jumlah
    korban bertambah menjadi 15 orang, Selasa (24/11/2026)"): a later day that dates the
    update, not the event, and leaves the event's day to the first reports. Without this
    the day they agree on is no agreement (not every source gives it) and no unique either
    (a follow-up that gives no day of the event does not contradict it). The same holds
    for any other full day the first reports both give ("... meninggal sejak Senin
    (17/6/2024)" / "since Monday, June 17"): the follow-up tells none of it. When some other
    text dates nothing at all, the day is the first reports' alone: a unique of theirs,
    naming the text that gives no date."""
    firsts = claim.first_per_article()
    if len(firsts) < 2 or not all(m.fact.label == "day" for m in firsts):
        return None
    day = str(firsts[0].fact.value)[:10]
    later: list[tuple[Article, Fact]] = []
    undated: list[Article] = []
    for a in articles:
        if a.id in claim.article_ids:
            continue
        if not any(usable(f) for f in body_facts(a, "date")):
            undated.append(a)  # a text that dates nothing contradicts no day
            continue
        if _borrowed_days_only(a):
            continue  # "ditutup naik pada perdagangan Jumat", read from the others' day
        updated = [f for f in update_dates(a) if str(f.value)[:10] > day]
        if not updated or lead_date(a) is not None:
            return None  # a text with its own day of the event
        later.append((a, updated[0]))
    labels = source_labels(articles)
    order = {a.id: i for i, a in enumerate(articles)}
    firsts = sorted(
        (_written_out(claim.mentions, m) for m in firsts), key=lambda m: order[m.article.id]
    )
    lang = msg_lang(firsts[0].article)
    # worded with a day written in full and sound: no guessed year, no weekday slip, and
    # written out ("Kamis (19/11/2026)") before one counted from a dateline ("on Thursday")
    sound = [
        m
        for m in firsts
        if not m.fact.attrs.get("weekday_mismatch") and not m.fact.attrs.get("year_guessed")
    ]
    shown = next((m for m in sound if not m.fact.attrs.get("relative")), (sound or firsts)[0])
    sources = join_names(lang, [labels[m.article.id] for m in firsts])
    # a text dating nothing does not give the day: the day is the others' alone (unique,
    # as a figure two of three sources give), told with who dates nothing
    text = message(
        lang,
        "unique.number" if undated else "agreement.date.some",
        sources=sources,
        text=display(shown.fact),
    )
    text += "".join(
        message(lang, "agreement.date.follow_up", source=labels[a.id], text=f.text)
        for a, f in later
    )
    text += "".join(message(lang, "unique.date.undated", source=labels[a.id]) for a in undated)
    text += _counted_from_all(lang, labels, firsts)
    evidence = tuple(day_evidence(m.article, m.fact) for m in firsts)
    if undated:
        return Finding("unique", "low", text, evidence, slot="date:day")
    return Finding("agreement", "info", text, evidence, slot="date:day")


def _denied(labels: dict[str, str], firsts: Sequence[Mention]) -> Finding | None:
    """The conflict of one figure whose sources disagree on who it counts: one names its
    noun ("dua anggota kelompok itu tewas"), another denies it of that noun ("dua orang yang
    tewas ... bukan anggota"). Shown as a conflict, never as the agreement on "dua anggota"
    it would otherwise be (which would say the denying source agrees they were members)."""
    for x, y in combinations(firsts, 2):
        for m, n in ((x, y), (y, x)):
            if denied_noun(m, n) is None:
                continue
            lang = msg_lang(firsts[0].article)
            values = join_values(lang, [(labels[k.article.id], _clause(k)) for k in firsts])
            text = message(lang, "conflict.denied", values=values)
            evidence = tuple(fact_evidence(k.article, k.fact) for k in firsts)
            slot = f"number:{n.fact.label}" if n.fact.label else "number"
            return Finding("conflict", "medium", text, evidence, slot=slot)
    return None


# How much of a figure's sentence after it a denial message quotes.
_CLAUSE_CHARS = 90


def _clause(m: Mention) -> str:
    """The figure and the rest of its sentence after it, cut at a clause mark."""
    text = m.article.field_text(m.fact.field)
    tail = re.split(r"[.;:!?\"“”]", text[m.fact.end : m.fact.end + _CLAUSE_CHARS])[0]
    return (m.fact.text + tail).strip()


def _named_count(shown: str, firsts: Sequence[Mention]) -> str:
    """An agreed figure worded with what it counts: a bare "tiga" ("tiga di antaranya luka
    berat") says nothing to a reader, so another source's words for the same figure ("Tiga
    korban luka") are shown, or, when every source wrote it bare, its figure and noun."""
    if len(shown.split()) > 1 or firsts[0].fact.attrs.get("unit"):
        return shown  # "47.5%", "Rp 2 triliun": the unit says what it is
    worded = next((display(m.fact) for m in firsts if len(display(m.fact).split()) > 1), None)
    if worded is not None:
        return worded
    label = str(firsts[0].fact.label or "")
    return f"{shown} {label}" if label else shown


def _aged(lang: str, m: Mention) -> str:
    """An agreed age worded as one ("AR, usia 45 tahun" / "aged 45"): the bare "45" of "AR
    (45)" tells a reader nothing. The name is the one the age is written after, when the
    text gives that name one age."""
    if age_in_years(m.fact) or not isinstance(m.fact.value, (int, float)):
        return display(m.fact)
    age = f"{m.fact.value:g}"
    for _age, start, end in ages(m.article).values():
        if start <= m.fact.start < end:
            name = _NAME_RE.match(m.article.text, start)
            if name is not None:
                return message(lang, "agreement.age.named", name=name.group(), age=age)
    return message(lang, "agreement.age", age=age)


_NAME_RE = re.compile(r"[\w'’-]+")


# A part this small of a total, told by a quality its borrowed noun does not carry ("empat
# tersangka, dua di antaranya warga negara Malaysia"), is no claim worth an agreement.
SMALL_PART = 10


def _small_part(fact: Fact) -> bool:
    """A small count whose noun is borrowed from the count before it, with no outcome; a
    part told by a linking verb to be some people ("dua dari tujuh tersangka merupakan
    pegawai") says who they are, a claim to agree."""
    if not fact.attrs.get("implied") or fact.attrs.get("event") or fact.attrs.get(PART_TOLD_AS):
        return False
    try:
        return abs(float(fact.value)) < SMALL_PART
    except (TypeError, ValueError):
        return False


def _written_out(mentions: Sequence[Mention], first: Mention) -> Mention:
    """The article's mention of an agreed date that writes it in full ("Sabtu (14/3/2026)"),
    else its first one: the evidence shows the date as the outlet wrote it, not a bare
    "Sabtu" that only its publication day makes the same date."""
    return next(
        (
            m
            for m in sorted(mentions, key=lambda m: m.fact.start)
            if m.article.id == first.article.id and not m.fact.attrs.get("relative")
        ),
        first,
    )


def _counted_from_all(lang: str, labels: dict[str, str], firsts: Sequence[Mention]) -> str:
    """Why each relative date is the agreed one, sources that wrote the same words counted
    from the same kind of day told in one clause ("A, B and C write only "on Tuesday": their
    date ... is counted from their datelines' dates"), not one clause per source."""
    groups: dict[tuple[str, str, str], list[Mention]] = {}
    for m in firsts:
        if m.fact.attrs.get("relative"):
            key = (
                " ".join(m.fact.text.split()).casefold(),
                _shown_day(lang, m.fact),
                str(m.fact.attrs.get("anchor") or "published"),
            )
            groups.setdefault(key, []).append(m)
    out = []
    for (_, day, anchor), ms in groups.items():
        if len(ms) == 1:
            out.append(_counted_from(lang, labels, ms[0]))
            continue
        anchors: dict[str, str] = messages(lang)["date_anchors_many"]
        out.append(
            message(
                lang,
                "agreement.date.relative.many",
                sources=join_names(lang, [labels[m.article.id] for m in ms]),
                text=" ".join(ms[0].fact.text.split()),
                date=day,
                anchor=anchors.get(anchor, anchors["published"]),
            )
        )
    return "".join(out)


def _counted_from(lang: str, labels: dict[str, str], m: Mention) -> str:
    """Why a date an article writes only relatively ("Sabtu", "kemarin") is the agreed
    one: the day it was counted from (publication, dateline, lead, the other sources)."""
    if not m.fact.attrs.get("relative"):
        return ""
    anchor = str(m.fact.attrs.get("anchor") or "published")
    anchors: dict[str, str] = messages(lang)["date_anchors"]
    return message(
        lang,
        "agreement.date.relative",
        source=labels[m.article.id],
        text=" ".join(m.fact.text.split()),
        date=_shown_day(lang, m.fact),
        anchor=anchors.get(anchor, anchors["published"]),
    )


def _shown_day(lang: str, fact: Fact) -> str:
    """The day a relative date was counted to, as a message shows it: an ISO date, or only
    the day and month ("3 June" / "3 Juni") when its year is a guess (a yearless dateline and
    no publication date anywhere), so the message never prints a year nobody wrote."""
    day = str(fact.value)[:10]
    if not fact.attrs.get("year_guessed") or len(day) != 10 or not day[5:7].isdigit():
        return day
    names: list[str] = messages(lang)["month_names"]
    month = int(day[5:7])
    if not 1 <= month <= len(names):
        return day
    return message(lang, "date.day_month", day=str(int(day[8:10])), month=names[month - 1])


def _common_ground(articles: Sequence[Article], alignment: Alignment) -> bool:
    """Whether the articles share anything besides a date: a passage or aligned sentence, a
    figure or a quote every one of them gives. Articles that share only the day they report
    (a market fire and a bridge opening, both "Kamis (6/11/2025)" in Surabaya) are about two
    events, and the date they share is no agreement."""
    if alignment.shared or alignment.pairs:
        return True
    for kind in ("number", "quote"):
        cs = group_claims(articles, alignment, kind)
        if any(len(c.article_ids) == len(articles) for c in cs.claims) or cs.compatible:
            return True
    return False


def _compatible(articles: Sequence[Article], cs: ClaimSet) -> list[Finding]:
    """Figures that differ but can all be true ("lebih dari 20" / "23"), given by every
    source about the same thing: common ground, worded so nobody reads them as equal."""
    joined = Groups(len(cs.claims))
    for i, j in cs.compatible:
        joined.join(i, j)
    in_conflict = {i for pair in cs.conflicts for i in pair}
    everyone = joined.members()
    # the joined groups, in the order their first compatible pair was found
    groups = {joined.find(i): everyone[joined.find(i)] for i, _j in cs.compatible}
    labels = source_labels(articles)
    out: list[Finding] = []
    for members in groups.values():
        covered = set().union(*(cs.claims[i].article_ids for i in members))
        if len(covered) < len(articles) or in_conflict & set(members):
            continue
        firsts: dict[str, Mention] = {}
        for i in members:
            for m in cs.claims[i].first_per_article():
                firsts.setdefault(m.article.id, m)
        shown = [firsts[a.id] for a in articles if a.id in firsts]
        first = shown[0]
        lang = msg_lang(first.article)
        values = join_values(lang, [(labels[m.article.id], display(m.fact)) for m in shown])
        label = first.fact.label
        evidence = tuple(fact_evidence(m.article, m.fact) for m in shown)
        text = message(lang, "agreement.compatible", values=values)
        slot = f"number:{label}" if label else "number"
        out.append(Finding("agreement", "info", text, evidence, slot=slot))
    return out
