"""Quotes and speakers: one quote cut, edited or translated, loanwords shared across languages,
and whether two speakers may be one person.
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from kroscek.align.words import words
from kroscek.compare.findings._common import folded
from kroscek.compare.findings.claims.mentions import (
    MAX_QUOTE_GAP_WORDS,
    MIN_PARTIAL_QUOTE_WORDS,
    QUOTE_PREFILTER,
    SHORT_NAME_SPELLING,
    SPEAKER_SPELLING,
    Mention,
)
from kroscek.compare.findings.variant import edited_quote, modern_spelling
from kroscek.data import Article, Fact


@lru_cache(maxsize=4096)
def _quote_keys(text: str) -> frozenset[str]:
    return frozenset(w.key for w in words(text))


@lru_cache(maxsize=4096)
def _quote_line(text: str) -> str:
    return " ".join(w.key for w in words(text))


def quotes_alike(a: Fact, b: Fact) -> bool:
    """``extract.quotes.same_quote``, after a cheap word-overlap check that rules out most
    pairs (two different quotes share few words); a quote of six words or more found whole
    inside the other is the same quote, cut short by one outlet."""
    from kroscek.extract.quotes import same_quote

    ka, kb = _quote_keys(str(a.value)), _quote_keys(str(b.value))
    if not ka or not kb or len(ka & kb) < QUOTE_PREFILTER * min(len(ka), len(kb)):
        return False
    if same_quote(str(a.value), str(b.value)):
        return True
    # one outlet quoting only part of what the other quotes in full
    sa, sb = _quote_line(str(a.value)), _quote_line(str(b.value))
    short, long_ = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    if short.count(" ") + 1 < MIN_PARTIAL_QUOTE_WORDS:
        return False
    if f" {short} " in f" {long_} ":
        return True
    # one outlet left a few words out of the middle ("uang tunai [sekitar Rp 850 juta] yang
    # diduga ..."): every word of the shorter, in order, and little else in the longer
    ws, wl = short.split(), long_.split()
    if len(wl) - len(ws) <= MAX_QUOTE_GAP_WORDS:
        it = iter(wl)
        if all(w in it for w in ws):
            return True
    # one speaker's words edited by an outlet ("sembilan" / "9", "sehingga" / "makanya")
    return edited_quote(a, b)


# Letters two languages' forms of one borrowed word share ("logistics" / "logistik",
# "investment" / "investasi" do not: "invest" is too short to be safe alone).
LOAN_PREFIX = 7


# A shorter beginning for one borrowed word of a statement two texts credit alike ("inflation"
# / "inflasi" part after five letters).
UNNAMED_LOAN_PREFIX = 5


# Borrowed words two renderings of one quote in two languages must share ("standar" /
# "standards", "operator" / "operators"), and how far their lengths may differ.
MIN_TRANSLATED_LOANS = 2


TRANSLATED_LENGTH_RATIO = 1.7


@lru_cache(maxsize=4096)
def _loan_prefixes(text: str, size: int = LOAN_PREFIX) -> tuple[frozenset[str], int]:
    """The LOAN_PREFIX-letter beginnings of a quote's long lowercase words (names aside:
    "Indonesia" and "Jakarta" are the same in both languages whatever was said), and its
    number of words."""
    ws = words(text)
    out = frozenset(
        p for w in ws if text[w.start].islower() and (p := loan_prefix(w.key, size)) is not None
    )
    return out, len(ws)


def translated_quote(
    a: str, b: str, loans: int = MIN_TRANSLATED_LOANS, size: int = LOAN_PREFIX
) -> bool:
    """Whether two quotes in two languages are one quote translated: of like length, with
    at least ``loans`` borrowed words in common ("The increase is in line with inflation
    and with the service standards that operators have met" / "Kenaikan ini sejalan dengan
    inflasi dan standar pelayanan yang sudah dipenuhi operator"). One borrowed word, its
    beginning shorter (``size``: "inflation" / "inflasi"), is enough only beside another
    clue (``statements``: one unnamed speaker)."""
    (pa, na), (pb, nb) = _loan_prefixes(a, size), _loan_prefixes(b, size)
    if not na or not nb or max(na, nb) > TRANSLATED_LENGTH_RATIO * min(na, nb):
        return False
    return len(pa & pb) >= loans


# English spellings an Indonesian borrowing respells ("export" / "ekspor", "consumer" /
# "konsumen", "phase" / "fase"), applied to both sides before their beginnings are compared.
LOAN_RESPELL = (("ph", "f"), ("th", "t"), ("x", "ks"), ("c", "k"), ("q", "k"))


@lru_cache(maxsize=8192)
def loan_prefix(word: str, size: int = LOAN_PREFIX) -> str | None:
    """The first ``size`` letters of a long word, as Indonesian would spell them; None
    for a short or non-alphabetic word."""
    if len(word) < size or not word.isalpha():
        return None
    for old, new in LOAN_RESPELL:
        if old in word:
            word = word.replace(old, new)
    return word[:size]


def loanword_shared(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two contexts in two languages hold one borrowed word: stems of at least
    LOAN_PREFIX letters that begin alike ("logistik" / "logistic")."""
    pa = {loan_prefix(w) for w in a} - {None}
    return bool(pa) and any(loan_prefix(w) in pa for w in b)


def _speaker_name(f: Fact) -> str:
    return folded(str(f.attrs.get("speaker") or f.label).split(":", 1)[-1].replace("-", " "))


def same_speaker_possible(x: Mention, y: Mention) -> bool:
    """Whether two speakers may be one: equal, spelt alike, one an institution (a spokesperson
    speaks for it), or one's name standing in the other's attribution sentence."""
    if folded(x.fact.label) == folded(y.fact.label):
        return True
    nx, ny = _speaker_name(x.fact), _speaker_name(y.fact)
    if nx and ny:
        # (in the spelling of after 1972: "Mang Oedin" / "Mang Udin" is one man)
        nx, ny = modern_spelling(nx), modern_spelling(ny)
    if nx and ny and Levenshtein.normalized_similarity(nx, ny) >= SPEAKER_SPELLING:
        return True  # one person, two spellings ("Anies" / "Anis Baswedan")
    if nx and ny and _short_form(nx, ny):
        return True  # "ujar Yoseph" / "Yosef Boli Kedang": one word of the name, spelt alike
    if any(str(m.fact.label).startswith(("ORG:", "LOC:")) for m in (x, y)):
        return True  # an institution speaks through people: "kata BNPB" / "kata Kepala BNPB X"
    for m, other in ((x, y), (y, x)):
        name = _speaker_name(m.fact)
        # a title before the name ("provincial water agency head hana whitfield"): its last
        # two words name the person
        if name and any(written_in(n, folded(_around(other))) for n in _name_forms(name)):
            return True
    return False


def _name_forms(name: str) -> tuple[str, ...]:
    """A speaker's name as read, and its last two words when it has more."""
    ws = name.split()
    return (name, " ".join(ws[-2:])) if len(ws) > 2 else (name,)


def _short_form(a: str, b: str) -> bool:
    """Whether one speaker is named by a single word that is, spelt alike, a word of the
    other's full name ("Yoseph" / "Yosef Boli Kedang", "Dedi" / "Dedy Kurniawan")."""
    short, full = sorted((a.split(), b.split()), key=len)
    if len(short) != 1 or len(full) < 2:
        return False
    s = short[0]
    return any(
        w[:2] == s[:2]
        and abs(len(w) - len(s)) <= 1
        and Levenshtein.normalized_similarity(s, w) >= SHORT_NAME_SPELLING
        for w in full
        if len(w) >= 4
    )


def written_in(name: str, sentence: str) -> bool:
    """Whether a name stands in a sentence, spelt alike ("Siti Nurhalizah" in "kata Kepala
    Dinas ... Siti Nurhaliza"): the attribution names the same person, however the quote's
    speaker was read."""
    if name in sentence:
        return True
    size = len(name.split())
    ws = sentence.replace(",", " ").replace(".", " ").split()
    return any(
        Levenshtein.normalized_similarity(" ".join(ws[i : i + size]), name) >= SPEAKER_SPELLING
        for i in range(len(ws) - size + 1)
    )


def _around(m: Mention) -> str:
    """The quote's paragraph tail: where its attribution ("kata X") is written."""
    text = m.article.field_text(m.fact.field)
    end = text.find("\n", m.fact.end)
    return text[m.fact.end : end if end >= 0 else len(text)]


def quote_nothing_alike(a: Article, b: Article) -> bool:
    """Whether two texts share no quote (``quotes_alike``): one story told twice quotes its
    speakers alike, so each rule telling two acts apart asks it last."""
    qa = [f for f in a.facts if f.kind == "quote"]
    qb = [f for f in b.facts if f.kind == "quote"]
    return not any(quotes_alike(x, y) for x in qa for y in qb)
