"""The weapon of an attack: "menusuk korban dengan pisau dapur" against "dengan sebilah parang".

Crime reports name the weapon; outlets copying a police statement, or guessing, disagree on
it. Each article's weapon words are read only in sentences that tell an attack (a verb or
preposition of ``attack_cues`` in the same sentence) and outside quotation marks, and are
grouped by class (knife, machete, firearm, blunt object: an English key shared by both
languages, so a translation compares too). Two articles of one event (not ``apart_pairs``)
that each name exactly one class, and different ones, conflict (slot ``weapon``). An article
naming several classes (a list of seized items) or none takes no part. The words are data:
``lang/<lang>/weapons.json``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import combinations

from kroscek.align import Alignment
from kroscek.compare.findings._common import (
    join_values,
    lexicon_lang,
    message,
    msg_lang,
    quoted_spans,
    source_labels,
    span_evidence,
)
from kroscek.compare.findings.claims import apart_pairs
from kroscek.data import Article, Evidence, Finding
from kroscek.extract.lexicon import finditer_fast, lowered, phrase_pattern
from kroscek.extract.sentences import sentence_spans
from kroscek.text.lang import lang_data


@lru_cache(maxsize=4)
def _patterns(lang: str) -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str]]:
    """Weapon words (one pattern, longest first), word -> class, and the attack cues."""
    data = lang_data(lexicon_lang(lang), "weapons")
    classes = {w.casefold(): cls for cls, words in data["classes"].items() for w in words}
    return phrase_pattern(list(classes)), classes, phrase_pattern(data["attack_cues"])


def _weapons(article: Article) -> dict[str, Evidence]:
    """The weapon classes an article names in its attack sentences: class -> first mention."""
    words, classes, cues = _patterns(article.lang)
    text = article.text
    low = lowered(text)
    if next(finditer_fast(words, text, low), None) is None:
        return {}  # most reports name no weapon: no sentence split for them
    quoted = quoted_spans(text)
    found: dict[str, Evidence] = {}
    for start, end in sentence_spans(text):
        hits = list(finditer_fast(words, text, low, start, end))
        if not hits or next(finditer_fast(cues, text, low, start, end), None) is None:
            continue
        for m in hits:
            if any(s <= m.start() < e for s, e in quoted):
                continue
            cls = classes[" ".join(m.group().casefold().split())]
            found.setdefault(cls, span_evidence(article, "text", m.start(), m.end()))
    return found


def find_weapon_conflicts(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """One conflict when articles of one event each name one weapon, and not the same."""
    named = {a.id: _weapons(a) for a in articles}
    sole = {a.id: next(iter(named[a.id].items())) for a in articles if len(named[a.id]) == 1}
    apart = apart_pairs(articles, alignment)
    if not any(
        (a.id, b.id) not in apart and sole[a.id][0] != sole[b.id][0]
        for a, b in combinations([a for a in articles if a.id in sole], 2)
    ):
        return []
    shown = [a for a in articles if a.id in sole]
    labels = source_labels(articles)
    lang = msg_lang(shown[0])
    values = join_values(lang, [(labels[a.id], sole[a.id][1].text) for a in shown])
    text = message(lang, "conflict.weapon", values=values)
    evidence = tuple(sole[a.id][1] for a in shown)
    return [Finding("conflict", "medium", text, evidence, slot="weapon")]
