"""``framing`` of guilt: one source keeps an arrested person a suspect, another names them
the culprit.

Police arrest someone "yang diduga membunuh" (suspected of the killing); one outlet keeps
"terduga" / "tersangka" in its headline or lead, another writes "pelaku pembunuhan" (the
killer) there as if guilt were established. Crime pages use "pelaku" every day, so a word
list alone would flag them all: the finding needs the contrast. It is raised for two
articles of one event (not ``apart_pairs``), in one language, when one's headline or first
paragraph calls the person alleged, the other's calls them the culprit and does not call
them alleged, and the other text reports an arrest (an unknown "pelaku" still at large is
no presumption of anyone). Words inside quotation marks are someone else's.

A noun that names a person by the crime ("koruptor", "pembunuh") is stronger than
"pelaku": anywhere in the body, with a determiner that makes it point at the story's people
("Kedua koruptor itu ...", "para perampok tersebut"), it frames them guilty even when the
same text also writes "tersangka", against a text that only ever calls them alleged.
In court the accused is a defendant ("terdakwa") until the verdict is final, and a first
instance verdict is often appealed: a text that calls them only the defendant (anywhere in
its body: verdict stories open on the sentence, not on the word) against another whose
headline or lead names them by the crime ("Koruptor Jembatan X Divonis 9 Tahun"), while that
other text reports the trial, is the same contrast.
What the accused took can be judged too: one text keeps it alleged ("dugaan suap"), another
names it by the crime as a fact ("Uang suap ... disita") while it reports the accused's
denial ("membantah kliennya menerima suap"): the outlet settles what its own story says is
disputed.
Lexicon: ``lang/<lang>/presumption.json``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import permutations
from typing import Literal

from kroscek.align import Alignment
from kroscek.compare.findings._common import (
    lexicon_lang,
    message,
    msg_lang,
    quoted_spans,
    source_labels,
    span_evidence,
)
from kroscek.compare.findings.claims import apart_pairs
from kroscek.data import Article, Finding
from kroscek.extract.lexicon import phrase_pattern
from kroscek.text.lang import lang_data

Field = Literal["title", "text"]


@lru_cache(maxsize=4)
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Alleged, guilty and arrest words of ``lang`` as whole-word patterns, longest first; a
    guilty word followed by a ``not_followed_by`` word ("pelaku usaha") does not match."""
    data = lang_data(lexicon_lang(lang), "presumption")

    def words(key: str, not_before: Sequence[str] = ()) -> re.Pattern[str]:
        pattern = phrase_pattern(data.get(key, []))
        guard = "".join(rf"(?!\s+{re.escape(w)}(?!\w))" for w in not_before)
        return re.compile(pattern.pattern + guard, pattern.flags) if guard else pattern

    return words("alleged"), words("guilty", data.get("not_followed_by", [])), words("arrest")


@lru_cache(maxsize=4)
def _label_pattern(lang: str) -> re.Pattern[str] | None:
    """A crime noun with a determiner before or after it ("kedua koruptor itu", "para
    perampok", "the three crooks"); None for a language with no such nouns."""
    data = lang_data(lexicon_lang(lang), "presumption")
    labels = data.get("labels", [])
    if not labels:
        return None
    label = phrase_pattern(labels).pattern

    def alternation(key: str) -> str:
        return "|".join(re.escape(w) for w in sorted(data.get(key, []), key=len, reverse=True))

    sides = []
    if before := alternation("label_before"):
        sides.append(rf"(?<![\w-])(?:{before})\s+{label}")
    if after := alternation("label_after"):
        sides.append(rf"(?<![\w-]){label}\s+(?:{after})(?![\w-])")
    return re.compile("|".join(sides), re.IGNORECASE) if sides else None


@lru_cache(maxsize=16)
def _keyed_patterns(lang: str, keys: tuple[str, ...]) -> tuple[re.Pattern[str], ...] | None:
    """The word lists ``keys`` of ``lang``'s presumption lexicon as whole-word patterns;
    None for a language missing any of them."""
    data = lang_data(lexicon_lang(lang), "presumption")
    if not all(data.get(k) for k in keys):
        return None
    return tuple(phrase_pattern(data[k]) for k in keys)


def _court_patterns(lang: str) -> tuple[re.Pattern[str], ...] | None:
    """Defendant words, trial words and bare crime nouns of ``lang``."""
    return _keyed_patterns(lang, ("defendant", "trial", "labels"))


def _court_contrast(
    a: Article, b: Article
) -> tuple[tuple[str, int, int], tuple[str, int, int]] | None:
    """``a`` calls the accused the defendant only, ``b``'s headline or lead names them by the
    crime ("Koruptor ...") while it reports the trial: (a's word, b's word)."""
    patterns = _court_patterns(b.lang)
    if patterns is None:
        return None
    defendant_re, trial_re, crime_re = patterns
    crime = _first_outside_quotes(b, crime_re)  # asked first: few headlines hold one
    if crime is None or not (trial_re.search(b.title) or trial_re.search(b.text)):
        return None
    if _label_outside_quotes(a, crime_re):  # a names them by the crime too
        return None
    defendant = _label_outside_quotes(a, defendant_re)
    return (("text", *defendant), crime) if defendant else None


def _label_outside_quotes(article: Article, pattern: re.Pattern[str]) -> tuple[int, int] | None:
    """The first crime noun with a determiner in the body, outside quotation marks."""
    found = _outside_quotes(article, pattern, ("text",))
    return (found[1], found[2]) if found else None


def _lead_spans(article: Article) -> list[tuple[str, int, int]]:
    """The headline and the first paragraph, as (field, start, end)."""
    text = article.text
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    return [("title", 0, len(article.title)), ("text", start, end if end >= 0 else len(text))]


def _first_outside_quotes(
    article: Article, pattern: re.Pattern[str]
) -> tuple[str, int, int] | None:
    for field, lo, hi in _lead_spans(article):
        body = article.title if field == "title" else article.text
        quoted = quoted_spans(body, lo, hi)
        for m in pattern.finditer(body, lo, hi):
            if not any(s <= m.start() < e for s, e in quoted):
                return field, m.start(), m.end()
    return None


def _thing_patterns(lang: str | None) -> tuple[re.Pattern[str], ...] | None:
    """Alleged-thing, guilty-thing and denial words of ``lang``."""
    return _keyed_patterns(lang or "id", ("alleged_thing", "guilty_thing", "denial"))


def _outside_quotes(
    article: Article, pattern: re.Pattern[str], fields: Sequence[Field] = ("title", "text")
) -> tuple[str, int, int] | None:
    """The first match in the headline, else in the body (of ``fields``), outside quotation
    marks."""
    for field in fields:
        body = article.field_text(field)
        quoted: list[tuple[int, int]] | None = None
        for m in pattern.finditer(body):
            if quoted is None:
                quoted = quoted_spans(body)
            if not any(s <= m.start() < e for s, e in quoted):
                return field, m.start(), m.end()
    return None


Span3 = tuple[str, int, int]  # (field, start, end)


def _things(article: Article) -> tuple[Span3 | None, Span3 | None, bool]:
    """Where the text first keeps what the accused took alleged, first names it by the
    crime (outside quotation marks), and whether it reports a denial."""
    patterns = _thing_patterns(article.lang)
    if patterns is None:
        return None, None, False
    alleged_re, guilty_re, denial_re = patterns
    guilty = _outside_quotes(article, guilty_re)
    alleged = _outside_quotes(article, alleged_re)
    return alleged, guilty, guilty is not None and bool(denial_re.search(article.text))


def _thing_contrasts(
    articles: Sequence[Article], apart: frozenset[tuple[str, str]], reported: set[str]
) -> list[tuple[Article, Article, Span3, Span3]]:
    """Pairs where ``a`` keeps what the accused took alleged ("dugaan suap") and never names
    it by the crime, and ``b`` names it by the crime ("Uang suap") and never alleged, while
    its own text reports a denial: (a, b, a's words, b's words). Each text read once."""
    found = {a.id: _things(a) for a in articles}
    if not any(denied for _, _, denied in found.values()):
        return []  # the usual story: nobody names a bribe beside a denial
    out: list[tuple[Article, Article, Span3, Span3]] = []
    for a, b in permutations(articles, 2):
        if a.lang != b.lang or (a.id, b.id) in apart or b.id in reported:
            continue
        a_alleged, a_guilty, _ = found[a.id]
        b_alleged, b_guilty, b_denied = found[b.id]
        if b_guilty is None or not b_denied or b_alleged is not None:
            continue
        if a_alleged is not None and a_guilty is None:
            reported.add(b.id)
            out.append((a, b, a_alleged, b_guilty))
    return out


def find_presumption(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """Pairs whose leads call one arrested person alleged in one and the culprit in the other."""
    if len(articles) < 2:
        return []
    apart = apart_pairs(articles, alignment)
    labels = source_labels(articles)
    out: list[Finding] = []
    reported: set[str] = set()
    for a, b in permutations(articles, 2):
        if a.lang != b.lang or (a.id, b.id) in apart or b.id in reported:
            continue
        alleged_re, guilty_re, arrest_re = _patterns(a.lang)
        alleged = _first_outside_quotes(a, alleged_re)
        key = "framing.presumption"
        guilty: tuple[str, int, int] | None
        if alleged is None:
            # a verdict story: "terdakwa" in one body, "Koruptor" in the other's headline
            court = _court_contrast(a, b)
            if court is None:
                continue
            alleged, guilty = court
            key = "framing.presumption.court"
        else:
            guilty = _first_outside_quotes(b, guilty_re)
            if guilty is None or _first_outside_quotes(b, alleged_re):
                key, guilty = "framing.presumption.label", _labelled(a, b)
            if not (arrest_re.search(b.title) or arrest_re.search(b.text)):
                continue
        if guilty is None:
            continue
        reported.add(b.id)
        out.append(_finding(a, b, alleged, guilty, key, labels))
    for a, b, alleged, guilty in _thing_contrasts(articles, apart, reported):
        out.append(_finding(a, b, alleged, guilty, "framing.presumption.thing", labels))
    return out


def _finding(
    a: Article,
    b: Article,
    alleged: tuple[str, int, int],
    guilty: tuple[str, int, int],
    key: str,
    labels: dict[str, str],
) -> Finding:
    """One presumption finding: ``a``'s words that keep it alleged, then ``b``'s that judge it."""
    first = span_evidence(a, *alleged)
    second = span_evidence(b, *guilty)
    lang = msg_lang(a)
    text = message(
        lang,
        key,
        alleged_source=labels[a.id],
        alleged=f'"{first.text}"',
        guilty_source=labels[b.id],
        guilty=f'"{second.text}"',
    )
    return Finding("framing", "medium", text, (first, second), slot="framing:presumption")


def _labelled(a: Article, b: Article) -> tuple[str, int, int] | None:
    """Where ``b`` names the accused by a crime noun ("Kedua koruptor itu ...") that ``a``
    never uses of them: ``a`` keeps them alleged, ``b`` has judged them."""
    pattern = _label_pattern(b.lang)
    if pattern is None:
        return None
    found = _label_outside_quotes(b, pattern)
    if found is None or _label_outside_quotes(a, pattern) is not None:
        return None
    return ("text", *found)
