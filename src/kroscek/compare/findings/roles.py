"""Who held one role: "Gol kemenangan dicetak A" / "Gol penentu kemenangan lahir melalui B".

The copied-frame rule (``conflict.py``) sees a swapped name only where two sentences share
the words around it. Two outlets that paraphrase a match or an arrest still name the role
itself: the scorer of the winning goal, the suspect, the winner, the appointee
(``lang/<lang>/roles.json``; the role keys are shared between languages). When each article
names its role in one sentence only, and that sentence names exactly one person the other
article never mentions, the two outlets give the role to different people: one of them is
wrong. A sentence holding a quotation (who said it is the speaker conflict's business), an
article naming the role twice (two goals, two suspects) and a person the other article also
names (the assist, the victim, the coach) are left alone, so people of different roles are
never set against each other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from typing import Any

from rapidfuzz.distance import Levenshtein

from kroscek.align import Alignment
from kroscek.compare.findings._common import (
    fact_evidence,
    folded,
    join_values,
    lexicon_lang,
    message,
    msg_lang,
    source_labels,
)
from kroscek.data import Article, Fact, Finding

# Letters a name's word needs to tell its bearer apart ("Dimas", not "bin" or "de").
MIN_NAME_WORD = 4


@dataclass(frozen=True, slots=True)
class _Role:
    key: str  # the role, with its object for roles that take one ("appointee kapolda")
    phrases: tuple[str, ...]
    takes_object: bool
    # words before a name that make it a person of another role ("Pelatih X memuji gol ...")
    not_holders: frozenset[str]


@lru_cache(maxsize=2)
def _roles(lang: str) -> tuple[_Role, ...]:
    data: dict[str, Any] = lang_roles(lang)
    return tuple(
        _Role(
            key,
            tuple(p.casefold() for p in role["phrases"]),
            bool(role.get("object")),
            frozenset(w.casefold() for w in role.get("not_holders", ())),
        )
        for key, role in data.items()
    )


@lru_cache(maxsize=2)
def lang_roles(lang: str) -> dict[str, dict[str, object]]:
    """``roles`` of ``lang/<lang>/roles.json``: role key -> its name and phrases."""
    from kroscek.text.lang import lang_data

    roles: dict[str, dict[str, object]] = lang_data(lang, "roles")["roles"]
    return roles


_WORD_RE = re.compile(r"[^\W\d_][\w'-]*")


def _at_word(low: str, pos: int, end: int) -> bool:
    """Whether ``low[pos:end]`` stands as whole words."""
    return (pos == 0 or not low[pos - 1].isalnum()) and (end >= len(low) or not low[end].isalnum())


def _holders(article: Article, alignment: Alignment) -> dict[str, list[Fact]]:
    """Per role the article names once: the people named in that role's sentence, outside
    quotations. A role named in two sentences (two goals, two suspects) is left out."""
    lang = lexicon_lang(article.lang)
    low = article.text.casefold()
    sentences: dict[str, set[tuple[int, int]]] = {}
    others: dict[str, frozenset[str]] = {}
    apposed: dict[str, list[Fact]] = {}
    for role in _roles(lang):
        for phrase in role.phrases:
            pos = low.find(phrase)
            while pos >= 0:
                end = pos + len(phrase)
                sentence = (
                    alignment.sentence_at(article.id, pos) if _at_word(low, pos, end) else None
                )
                if sentence is not None:
                    key = role.key
                    if role.takes_object:
                        after = _WORD_RE.search(low, end, sentence.span.end)
                        key = f"{key} {after.group() if after else ''}"
                    sentences.setdefault(key, set()).add((sentence.span.start, sentence.span.end))
                    others[key] = role.not_holders
                    name = _apposed_name(article.text, phrase, end, sentence.span.end)
                    if name is not None:
                        apposed.setdefault(key, []).append(name)
                pos = low.find(phrase, end)
    if not sentences:
        return {}
    quotes = [(f.start, f.end) for f in article.facts if f.kind == "quote" and f.field == "text"]
    people = [
        f for f in article.facts if f.kind == "entity" and f.label == "PER" and f.field == "text"
    ]
    out: dict[str, list[Fact]] = {}
    for key, spans in sentences.items():
        if len(spans) != 1:
            continue
        ((start, end),) = spans
        if any(start <= s < end or s <= start < e for s, e in quotes):
            continue
        out[key] = [
            f
            for f in people
            if start <= f.start
            and f.end <= end
            and not _other_role(low[max(start, f.start - 40) : f.start], others[key])
        ]
        if not out[key]:
            # "Sopir bus, Supriyadi (52), selamat": the name the role's phrase introduces,
            # when the recogniser took no person there
            out[key] = apposed.get(key, [])
    return out


# A name right after a role phrase that introduces one ("sopir bus, X", "bus driver named
# X"): capitalised words, up to the next comma or bracket.
_APPOSED_NAME_RE = re.compile(r"[ \t]*([A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){0,2})(?=[ \t]*[,(])")
_INTRODUCING_ENDS = (",", " bernama", " named")


def _apposed_name(text: str, phrase: str, end: int, limit: int) -> Fact | None:
    """The person a role phrase ending in a comma or "bernama"/"named" introduces, as an
    entity fact of its own (None when no capitalised name follows)."""
    if not phrase.endswith(_INTRODUCING_ENDS):
        return None
    m = _APPOSED_NAME_RE.match(text, end, limit)
    if m is None:
        return None
    name = m.group(1)
    return Fact(
        kind="entity",
        label="PER",
        value=f"PER:{folded(name).replace(' ', '-')}",
        text=name,
        start=m.start(1),
        end=m.end(1),
        field="text",
    )


# Indonesian verb prefixes: a name's role words stand after the clause's verb
# ("Jaksa menetapkan X": the prosecutor is the verb's subject, X the suspect).
_VERB_PREFIXES = ("me", "di", "ber", "ter")
MIN_VERB = 6


def _other_role(before: str, not_holders: frozenset[str]) -> bool:
    """Whether a role word of another role stands among the three words before a name, up
    to the verb before it ("Pelatih X memuji ...": the coach; "Jaksa menetapkan X": not)."""
    words: list[str] = _WORD_RE.findall(before)
    for w in reversed(words[-3:]):
        if w in not_holders:
            return True
        if len(w) >= MIN_VERB and w.startswith(_VERB_PREFIXES):
            return False
    return False


def _name_words(name: str) -> list[str]:
    return [w for w in _WORD_RE.findall(folded(name)) if len(w) >= MIN_NAME_WORD]


def _named_in(person: Fact, words: frozenset[str]) -> bool:
    """Whether the other article names this person, by any long word of the name."""
    return any(w in words for w in _name_words(person.text))


def _only_new(people: list[Fact], other_words: frozenset[str]) -> Fact | None:
    """The one person of a role's sentence the other article never names (None when the
    sentence names none or several such people)."""
    new = {f.value: f for f in people if _name_words(f.text) and not _named_in(f, other_words)}
    return next(iter(new.values())) if len(new) == 1 else None


# Letters two spellings of a role's holder may differ by and still be left to the variant
# finding ("Efendi" / "Effendi"); more ("Supriyadi" / "Suryadi") is a who conflict
VARIANT_EDITS = 1


def _told_as_variant(pa: Fact, pb: Fact) -> bool:
    """Whether the variant finding reports two holders of one role as one name spelt two
    ways: one linked entity, a name the cross-id rule joins, or a letter apart."""
    from kroscek.compare.findings.conflict import is_spelling_variant
    from kroscek.compare.findings.variant import same_name_spelt_apart

    if pa.value == pb.value or same_name_spelt_apart(pa, pb):
        return True
    close = Levenshtein.distance(folded(pa.text), folded(pb.text)) <= VARIANT_EDITS
    return close and is_spelling_variant(pa, pb)


def find_role_conflicts(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """One conflict per role two articles about one event give to different people."""
    from kroscek.compare.findings.claims import apart_pairs
    from kroscek.compare.findings.conflict import is_pair_alias

    held = {a.id: _holders(a, alignment) for a in articles}
    if sum(1 for h in held.values() if h) < 2:
        return []
    apart = apart_pairs(articles, alignment)
    labels = source_labels(articles)
    words = {a.id: frozenset(_WORD_RE.findall(folded(a.field_text("text")))) for a in articles}
    out: list[Finding] = []
    reported: set[str] = set()
    for a, b in combinations(articles, 2):
        if (a.id, b.id) in apart:
            continue
        for key in sorted(held[a.id].keys() & held[b.id].keys()):
            if key in reported:
                continue
            pa = _only_new(held[a.id][key], words[b.id])
            pb = _only_new(held[b.id][key], words[a.id])
            if pa is None or pb is None:
                continue
            if _told_as_variant(pa, pb) or is_pair_alias(pa.text, pb.text):
                continue
            reported.add(key)
            lang = msg_lang(a)
            role = key.split(" ", 1)[0]
            name = str(lang_roles(lang).get(role, {}).get("name", role))
            values = join_values(lang, [(labels[a.id], pa.text), (labels[b.id], pb.text)])
            text = message(lang, "conflict.role", role=name, values=values)
            evidence = (fact_evidence(a, pa), fact_evidence(b, pb))
            out.append(Finding("conflict", "medium", text, evidence, slot="who"))
    return out
