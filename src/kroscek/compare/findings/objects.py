"""Named objects: the bill, regulation, treaty or programme a story is about.

Two plenary sessions passing two bills the same day under one chair, or two regulations
signed by one minister, are told in like words: the same chair, day and verbs. Only the
object tells them apart, and each text names its own by a title of its own ("Rancangan
Undang-Undang tentang Perlindungan Nelayan Kecil (RUU PPNK)", "the Online Safety Bill").
A story told twice names its object in every version, in long or short form ("RUU PAT" /
"RUU Pengelolaan Air Tanah"); two texts whose leads each name an object the other never
writes are two events (``claims.apart_pairs``). The head words are data
(``lang/<lang>/objects.json``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kroscek.compare.findings._common import lexicon_lang
from kroscek.data import Article
from kroscek.text.lang import lang_data

# How much of a text's opening counts as its lead (characters, at most its first paragraph).
LEAD_CHARS = 700
# Name words shorter than this say nothing of which object it is.
MIN_NAME_CHARS = 3
# A name is written by the other text when at least this share of its words is there.
WRITTEN_SHARE = 0.5

_WORD_RE = re.compile(r"[\w’'-]+")
_ACRONYM_RE = re.compile(r"\s*\(([A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*)*)\)")


@dataclass(frozen=True, slots=True)
class NamedObject:
    """An object named in a lead: its head ("RUU") and the folded words of its name."""

    head: str
    words: frozenset[str]


@lru_cache(maxsize=4)
def _lexicon(lang: str) -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    data = lang_data(lang, "objects")
    heads = sorted(data["heads"], key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(h) for h in heads) + r")(?![\w-])")
    head_words = frozenset(w.casefold() for h in heads for w in _WORD_RE.findall(h))
    return pattern, head_words, frozenset(data["links"])


def _titled(token: str) -> bool:
    return token[:1].isupper()


def _run_after(tokens: list[str], links: frozenset[str]) -> list[str]:
    """The capitalised words of a title written after its head, through linking words."""
    out: list[str] = []
    pending = 0
    for tok in tokens:
        if _titled(tok):
            out.append(tok)
            pending = 0
        elif tok.casefold() in links and (out or pending == 0):
            pending += 1
            if pending > 1:
                break
        else:
            break
    return out


def _run_before(tokens: list[str]) -> list[str]:
    """The capitalised words right before a head written last ("the Online Safety Bill")."""
    out: list[str] = []
    for tok in reversed(tokens):
        if not _titled(tok):
            break
        out.append(tok)
    return out[::-1]


def lead_object(article: Article) -> NamedObject | None:
    """The first object of a known head the lead names with a title of its own, or None."""
    lang = lexicon_lang(article.lang)
    pattern, head_words, links = _lexicon(lang)
    name_first = lang == "en"
    text = article.text
    cut = text.find("\n\n", 0, LEAD_CHARS)
    lead = text[: cut if cut > 0 else LEAD_CHARS]
    for m in pattern.finditer(lead):
        after = _run_after(_WORD_RE.findall(lead[m.end() : m.end() + 160]), links)
        before = _run_before(_WORD_RE.findall(lead[max(0, m.start() - 80) : m.start()]))
        # English names its object before the head ("the Coastal Fisheries Bill"),
        # Indonesian after it ("RUU Perlindungan Nelayan")
        run = (before or after) if name_first else (after or before)
        words = {
            w.casefold() for w in run if len(w) >= MIN_NAME_CHARS and w.casefold() not in head_words
        }
        # the short form in brackets after the title ("(RUU PPNK)") names it too
        tail = lead[m.end() :]
        joined = " ".join(after)
        at = tail.find(joined) + len(joined) if after and joined in tail else 0
        acr = _ACRONYM_RE.match(tail, at) if at >= 0 else None
        if acr:
            words |= {w.casefold() for w in acr.group(1).split() if w.casefold() not in head_words}
        if words:
            return NamedObject(m.group(1), frozenset(words))
    return None


_DEFINED_RE = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")
# Long-form words this short say nothing of which thing it is ("dan", "Air").
MIN_DEFINING_CHARS = 4


def lead_definitions(article: Article) -> list[NamedObject]:
    """The short forms the lead defines by their initials, with their long forms' words:
    "pajak penghasilan (PPh)", "cukai hasil tembakau (CHT)". A short form made of
    syllables ("Basarnas") is no definition here."""
    lang = lexicon_lang(article.lang)
    _, head_words, links = _lexicon(lang)
    text = article.text
    cut = text.find("\n\n", 0, LEAD_CHARS)
    lead = text[: cut if cut > 0 else LEAD_CHARS]
    out: list[NamedObject] = []
    for m in _DEFINED_RE.finditer(lead):
        capitals = [c for c in m.group(1) if c.isupper()]
        if len(capitals) < 2:
            continue
        before: list[str] = _WORD_RE.findall(lead[max(0, m.start() - 120) : m.start()])
        long_form: list[str] = []
        k = len(capitals) - 1
        for word in reversed(before):
            if k < 0:
                break
            if word.casefold() in links and long_form:
                continue
            if word[:1].casefold() != capitals[k].casefold():
                break
            long_form.append(word)
            k -= 1
        if k >= 0:
            continue
        words = {
            w.casefold()
            for w in long_form
            if len(w) >= MIN_DEFINING_CHARS and w.casefold() not in head_words
        }
        if words:
            out.append(NamedObject(m.group(1), frozenset(words)))
    return out


def _owned(defined: list[NamedObject], vocabulary: frozenset[str]) -> bool:
    """Whether some definition's short form and every word of its long form are missing
    from the other text's words."""
    return any(d.head.casefold() not in vocabulary and not d.words & vocabulary for d in defined)


def _written_in(obj: NamedObject, vocabulary: frozenset[str]) -> bool:
    return len(obj.words & vocabulary) >= WRITTEN_SHARE * len(obj.words)


def _vocabulary(article: Article) -> frozenset[str]:
    return _words_of(article.title) | _words_of(article.text)


@lru_cache(maxsize=64)
def _words_of(text: str) -> frozenset[str]:
    """The folded words of a text (cached by the text: asked of each pair of articles)."""
    return frozenset(w.casefold() for w in _WORD_RE.findall(text))


def two_objects(a: Article, b: Article) -> bool:
    """Whether each lead names an object of one kind of head that the other text never
    writes, long or short ("RUU PPNK" / "RUU LLAJ" passed the same day), or defines a short
    form the other writes neither way ("pajak penghasilan (PPh)" / "cukai hasil tembakau
    (CHT)": two statements of one ministry the same day): two events."""
    oa, ob = lead_object(a), lead_object(b)
    if oa is None or ob is None:
        da, db = lead_definitions(a), lead_definitions(b)
        if not da or not db:
            return False
        return _owned(da, _vocabulary(b)) and _owned(db, _vocabulary(a))
    if _written_in(oa, ob.words) or _written_in(ob, oa.words):
        return False
    return not _written_in(oa, _vocabulary(b)) and not _written_in(ob, _vocabulary(a))
