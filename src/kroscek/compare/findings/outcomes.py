"""A headline's outcome that its own body reverses: who won, and whether anyone went to prison.

Two outcomes carry no figure, so the number checks never see a headline get them wrong:

- a result: "Jojo Kalah dari Shi Yu Qi" over a lead in which the winner "menjadi juara setelah
  mengalahkan ... Shi Yu Qi". The headline names who won (after "kalah dari", "loses to") or
  who lost (after "kalahkan", "beats"); the lead names the same person after the opposite
  verb, and nowhere after the headline's;
- a prison term: "Turis Rusia Dipenjara" over "NS tidak ditahan di lembaga pemasyarakatan,
  melainkan ... dideportasi". The headline says jailed; the body denies it and writes no
  word of prison, detention or sentence without that denial.

- who leads a count: "Quick Count ...: Hotman-Fauzi Unggul" over a lead that "menempatkan
  pasangan Darwin Siregar dan Rina Lubis di posisi teratas". The headline names a pair of
  people on top; every lead sentence telling who is on top names other people of the body
  and none of the pair (a side's own claim, "mengklaim unggul", is no such sentence).

- a death: "Petani Tewas Diterkam Harimau" over a body in which the farmer "mengalami luka
  robek" and "kini dirawat intensif". The headline says someone died and gives no count (the
  number checks read counts); the body tells an injury and its care and writes no word of a
  death anywhere (not "jenazah", not "korban jiwa", not "meninggal").

The rules look only at headlines holding one of their words (``lang/<lang>/outcomes.json``),
so they cost nothing on the rest.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from kroscek.align import Alignment
from kroscek.align.words import fold
from kroscek.compare.findings._common import (
    lexicon_lang,
    message,
    msg_lang,
    source_labels,
    span_evidence,
)
from kroscek.data import Article, Finding
from kroscek.extract.lexicon import phrase_pattern
from kroscek.text.lang import lang_data

# Body sentences searched for the result the headline reverses: its lead.
LEAD_SENTENCES = 3
# Characters after a result verb in which the lead may name the one beaten ("mengalahkan
# pemain nomor satu dunia asal China, Shi Yu Qi").
OBJECT_CHARS = 80
# A name right after a headline's result verb: capitalised words.
_NAME_RE = re.compile(r"\s+([A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})")
# A headline's pair of names joined by hyphens ("Hotman-Fauzi"), then a space.
_PAIR_RE = re.compile(r"(?<![\w-])([A-Z][\w'.]+(?:-[A-Z][\w'.]+)+)\s+")
# A lead sentence telling one side's own claim ("mengklaim unggul"), not who is on top.
_CLAIMED = re.compile(r"klaim|claim", re.IGNORECASE)
# Words before a headline's prison word that deny it ("Tidak Dipenjara", "Not Jailed").
_DENIED_BEFORE = re.compile(r"(?:tidak|tak|batal|bukan|lolos|not|never|avoids?)\s+$", re.I)


@dataclass(frozen=True, slots=True)
class _Words:
    lost_to: re.Pattern[str]
    beat: re.Pattern[str]
    jailed: re.Pattern[str]
    not_jailed: re.Pattern[str]
    jailed_body: re.Pattern[str]
    leads_title: re.Pattern[str]
    leads_body: re.Pattern[str]
    died_title: re.Pattern[str]
    death_denied_before: re.Pattern[str]
    died_body: re.Pattern[str]
    injured_body: re.Pattern[str]
    treated_body: re.Pattern[str]


@lru_cache(maxsize=4)
def _words(lang: str) -> _Words:
    data = lang_data(lexicon_lang(lang), "outcomes")
    return _Words(
        *(
            phrase_pattern(data.get(k, []))
            for k in (
                "lost_to",
                "beat",
                "jailed",
                "not_jailed",
                "jailed_body",
                "leads_title",
                "leads_body",
                "died_title",
                "death_denied_before",
                "died_body",
                "injured_body",
                "treated_body",
            )
        )
    )


def find_outcome_headlines(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """Headlines whose result or prison term their own body reverses."""
    labels = source_labels(articles)
    out: list[Finding] = []
    for a in articles:
        ws = _words(a.lang or "id")
        for check in (_result_reversed, _jail_denied, _leader_swapped, _death_unwritten):
            found = check(a, ws, alignment)
            if found is None:
                continue
            (ts, te), (bs, be) = found
            text = message(
                msg_lang(a),
                "headline.outcome",
                source=labels[a.id],
                title_text=a.title[ts:te],
                body_text=a.text[bs:be],
            )
            evidence = (span_evidence(a, "title", ts, te), span_evidence(a, "text", bs, be))
            out.append(Finding("headline_mismatch", "high", text, evidence, slot="outcome"))
    return out


Span = tuple[int, int]


def _named_after(
    text: str, pattern: re.Pattern[str], lo: int = 0, hi: int | None = None
) -> list[tuple[Span, str]]:
    """Each result verb in ``text[lo:hi]`` with the name right after it, as (verb-to-name
    span, name)."""
    out: list[tuple[Span, str]] = []
    for m in pattern.finditer(text, lo, len(text) if hi is None else hi):
        name = _NAME_RE.match(text, m.end())
        if name is not None:
            out.append(((m.start(), name.end()), name.group(1)))
    return out


def _key_word(name: str) -> str | None:
    """The word a name is looked for by in the body: its longest, if three letters or more
    ("Shi" of "Shi Yu Qi", "Madrid" of "Real Madrid")."""
    best = max(name.split(), key=len)
    return best if len(best) >= 3 else None


def _object_named(text: str, pattern: re.Pattern[str], word: str, lo: int, hi: int) -> Span | None:
    """The first result verb in ``text[lo:hi]`` whose object, within ``OBJECT_CHARS`` of its
    sentence, names ``word``: the verb-to-name span."""
    name = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
    for m in pattern.finditer(text, lo, hi):
        found = name.search(text, m.end(), min(hi, m.end() + OBJECT_CHARS))
        if found is not None:
            return m.start(), found.end()
    return None


def _result_reversed(
    article: Article, ws: _Words, alignment: Alignment
) -> tuple[Span, Span] | None:
    """A headline naming one side the winner ("Kalah dari Shi Yu Qi") or the loser
    ("Kalahkan ...") whose lead names that side after the opposite verb, and never after
    the headline's."""
    title = article.title
    for same, opposite in ((ws.lost_to, ws.beat), (ws.beat, ws.lost_to)):
        for span, name in _named_after(title, same):
            word = _key_word(name)
            if word is None:
                continue
            lead = alignment.sentences.get(article.id, ())[:LEAD_SENTENCES]
            for sent in lead:
                s, e = sent.span.start, sent.span.end
                body = _object_named(article.text, opposite, word, s, e)
                if body is None:
                    continue
                text = article.text
                if any(_object_named(text, same, word, x.span.start, x.span.end) for x in lead):
                    return None  # the lead also tells the headline's result: two matches
                return span, body
    return None


def _jail_denied(article: Article, ws: _Words, alignment: Alignment) -> tuple[Span, Span] | None:
    """A headline prison word ("Dipenjara") over a body that denies a prison term ("tidak
    ditahan di lembaga pemasyarakatan") and writes no word of one outside that denial."""
    m = ws.jailed.search(article.title)
    if m is None or _DENIED_BEFORE.search(article.title[: m.start()]):
        return None
    text = article.text
    denials = [(d.start(), d.end()) for d in ws.not_jailed.finditer(text)]
    if not denials:
        return None
    for w in ws.jailed_body.finditer(text):
        if not any(s <= w.start() < e for s, e in denials):
            return None  # the body tells a prison term or a detention somewhere
    return (m.start(), m.end()), denials[0]


def _leader_swapped(article: Article, ws: _Words, alignment: Alignment) -> tuple[Span, Span] | None:
    """A headline naming a pair of people on top ("Hotman-Fauzi Unggul") whose lead names
    other people of the body on top and never the pair: (the headline's pair and word, the
    first person the lead puts on top)."""
    title = article.title
    for pair in _PAIR_RE.finditer(title):
        verb = ws.leads_title.match(title, pair.end())
        if verb is not None:
            break
    else:
        return None
    names = {fold(n) for n in pair.group(1).split("-")}
    people = [
        f for f in article.facts if f.kind == "entity" and f.label == "PER" and f.field == "text"
    ]
    if not any(names & set(fold(p.text).split()) for p in people):
        return None  # people the body never names: not this rule's business
    found: Span | None = None
    for sent in alignment.sentences.get(article.id, ())[:LEAD_SENTENCES]:
        s, e = sent.span.start, sent.span.end
        if not ws.leads_body.search(article.text, s, e) or _CLAIMED.search(article.text, s, e):
            continue
        on_top = [p for p in people if s <= p.start < e]
        if any(names & set(fold(p.text).split()) for p in on_top):
            return None  # the lead puts the headline's pair on top too
        if on_top and found is None:
            found = on_top[0].start, on_top[0].end
    return ((pair.start(), verb.end()), found) if found else None


def _death_unwritten(
    article: Article, ws: _Words, alignment: Alignment
) -> tuple[Span, Span] | None:
    """A headline's death word without a count ("Tewas Diterkam") over a body that tells an
    injury and its care ("luka robek", "dirawat intensif") and never a death: (the headline's
    word, the body's first injury words)."""
    title = article.title
    m = ws.died_title.search(title)
    if m is None:
        return None
    before = title[: m.start()].split()[-1:]
    if before and ws.death_denied_before.fullmatch(before[0]):
        return None  # "Nyaris Tewas": the headline says the victim lived
    if any(
        f.kind == "number" and f.field == "title" and f.attrs.get("event") for f in article.facts
    ):
        return None  # "Dua Petani Tewas": a count, the number checks' business
    text = article.text
    if ws.died_body.search(text) or not ws.treated_body.search(text):
        return None
    hurt = ws.injured_body.search(text)
    return ((m.start(), m.end()), (hurt.start(), hurt.end())) if hurt else None
