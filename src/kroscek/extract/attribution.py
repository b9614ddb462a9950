"""Attributions: who a claim is put in the mouth of, and whether the writer keeps distance.

"..., menurut para pejabat Israel" and "according to officials" attribute a claim
(``label="attributed"``); "Israel mengklaim ..." and "X claimed" distance the writer from
it (``label="claimed"``). ``value`` is the source as named, without determiners ("pejabat
Israel"); ``attrs["cue"]`` the cue word, ``attrs["scope"]`` the [start, end] of the clause
the cue covers, and ``attrs["entity"]`` the id of an entity named in the source. Cues come
from lang/*/attribution.json. Reporting verbs inside a quoted sentence belong to the quote,
not to an attribution.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from kroscek.data import Fact, Field
from kroscek.extract.lexicon import phrase_pattern
from kroscek.extract.normalize import fold
from kroscek.extract.resources import load, norm_lang
from kroscek.extract.sentences import sentence_spans

_MAX_SOURCE_WORDS = 8
_BARE_VERBS = frozenset({"klaim", "tuduh", "sebut", "kata", "ujar"})
_QUOTE_VERBS = frozenset(
    {"kata", "ujar", "said", "says", "told", "mengatakan", "menyatakan", "stated"}
)


@lru_cache(maxsize=4)
def _cues(
    lang: str,
) -> tuple[dict[str, tuple[str, str]], re.Pattern[str], frozenset[str], frozenset[str]]:
    data = load(lang, "attribution")
    cues: dict[str, tuple[str, str]] = {}
    for stance, section in (("attributed", "neutral"), ("claimed", "distancing")):
        for cue, position in data.get(section, {}).items():
            cues[fold(cue)] = (stance, position)
    dets = frozenset(fold(d) for d in data.get("determiners", []))
    stops = frozenset(fold(d) for d in data.get("source_stop", []))
    return cues, phrase_pattern(list(cues)), dets, stops


def extract_attributions(
    text: str,
    lang: str = "id",
    *,
    entities: Sequence[Fact] = (),
    quotes: Sequence[Fact] = (),
    field: Field = "text",
) -> list[Fact]:
    """Every attribution cue in ``text`` with its source and scope."""
    if not text:
        return []
    lang = norm_lang(lang)
    cues, cue_re, dets, stops = _cues(lang)
    ents = sorted((f for f in entities if f.kind == "entity"), key=lambda f: f.start)
    quoted = [(q.start - 1, q.end + 1) for q in quotes]
    facts: list[Fact] = []
    for s0, s1 in sentence_spans(text):
        sentence_has_quote = any(s0 <= qs < s1 for qs, _ in quoted)
        for m in cue_re.finditer(text, s0, s1):
            if any(qs <= m.start() < qe for qs, qe in quoted):
                continue
            cue = re.sub(r"\s+", " ", fold(m.group()))
            stance, position = cues[cue]
            if sentence_has_quote and cue in _QUOTE_VERBS:
                continue
            if (
                cue in _QUOTE_VERBS
                and position == "after"
                and not text[: m.start()].rstrip().endswith(",")
            ):
                continue  # ", kata para pejabat" closes a clause; a bare "kata" does not
            if position == "after" and cue in _BARE_VERBS:
                prev_ent = next((e for e in ents if 0 <= m.start() - e.end <= 1), None)
                if prev_ent is not None:
                    position = "before"  # headline style "Hutsi Klaim ...": a verb
            if position == "after":
                src = _source_after(text, m.end(), s1, dets, stops)
                if src is None:
                    continue
                ss, se = src
                lead = text[s0 : m.start()].strip(" ,")
                if len(lead.split()) <= 1 and text[se:s1].strip(" ,."):
                    scope = (se + len(re.match(r"[\s,]*", text[se:]).group()), s1)
                else:
                    scope = (s0, m.start())
            elif position == "before":
                src = _source_before(text, m.start(), s0, ents, dets, stops)
                if src is None:
                    continue
                ss, se = src
                rest = text[m.end() : s1].strip(" ,.")
                if len(rest.split()) >= 3:
                    scope = (m.end() + len(re.match(r"[\s,]*", text[m.end() :]).group()), s1)
                else:
                    scope = (s0, ss)
            else:
                ss = se = m.start()
                scope = (s0, s1)
            scope = _trim(text, *scope)
            value = text[ss:se]
            attrs: dict[str, object] = {"cue": cue, "scope": [scope[0], scope[1]]}
            inside = [e for e in ents if ss <= e.start and e.end <= se]
            ent = next((e for e in inside if e.label == "PER"), inside[-1] if inside else None)
            if ent is not None:
                attrs["entity"] = str(ent.value)
            start, end = (min(m.start(), ss), max(m.end(), se)) if se > ss else m.span()
            facts.append(
                Fact(
                    kind="attribution",
                    label=stance,
                    value=value,
                    text=text[start:end],
                    start=start,
                    end=end,
                    field=field,
                    attrs=attrs,
                )
            )
    return facts


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " ,;":
        s += 1
    while e > s and text[e - 1] in " ,.;":
        e -= 1
    return s, e


def _source_after(
    text: str, pos: int, limit: int, dets: frozenset[str], stops: frozenset[str]
) -> tuple[int, int] | None:
    words = list(re.finditer(r"[^\s,.;:()]+", text[pos:limit]))
    start = end = None
    count = 0
    for w in words:
        ws, we = pos + w.start(), pos + w.end()
        if re.search(r"[,.;:()]", text[(end if end is not None else pos) : ws]):
            break
        word = fold(w.group())
        if start is None and word in dets:
            continue
        if word in stops and start is not None:
            break
        if word in stops:
            continue
        if start is None:
            start = ws
        end = we
        count += 1
        if count >= _MAX_SOURCE_WORDS:
            break
    if start is None or end is None:
        return None
    return start, end


def _source_before(
    text: str,
    pos: int,
    floor: int,
    ents: Sequence[Fact],
    dets: frozenset[str],
    stops: frozenset[str],
) -> tuple[int, int] | None:
    clause_start = floor
    for m in re.finditer(
        r"[,;:]|\b(?:bahwa|that|dan|and|namun|but|sementara|while)\b", text[floor:pos]
    ):
        clause_start = floor + m.end()
    near = [e for e in ents if clause_start <= e.start and e.end <= pos and pos - e.end <= 25]
    if near:
        # the entity nearest the cue; a person stands alone ("Iran Ali Khamenei" -> "Ali Khamenei")
        chain = [near[-1]]
        if chain[0].label != "PER":
            for e in reversed(near[:-1]):
                if e.label != "PER" and not text[e.end : chain[0].start].strip():
                    chain.insert(0, e)
        first = chain[0]
        near = chain
        s = first.start
        if first.label == "PER":
            return s, near[-1].end
        # "pejabat Israel", "Israeli officials": keep the noun phrase around the entity
        head = text[clause_start:s]
        hw = list(re.finditer(r"[^\s]+", head))
        while (
            hw
            and fold(hw[-1].group()) not in dets
            and fold(hw[-1].group()) not in stops
            and len(hw) <= 3
            and hw[-1].group()[0].islower()
            and fold(hw[-1].group()) not in ("telah", "sudah")
        ):
            s = clause_start + hw[-1].start()
            hw.pop()
        return s, near[-1].end
    seg = text[clause_start:pos]
    words = [w for w in re.finditer(r"[^\s]+", seg) if fold(w.group()) not in dets]
    if not words or len(words) > 5:
        return None
    if fold(words[0].group()) in {
        "ia",
        "dia",
        "mereka",
        "he",
        "she",
        "they",
        "it",
        "kami",
        "we",
        "i",
        "saya",
    }:
        return None
    return clause_start + words[0].start(), clause_start + words[-1].end()
