"""Whose share a percentage is: a tally of several holders in one text.

A quick count, a vote or a market split gives each candidate (party, company) its own share
in one sentence each: "pasangan A meraih 41,2 persen, disusul pasangan B dengan 38,4
persen". Two shares of one holder are one quantity told two ways (41,2 / 41,7 persen for A);
the shares of two holders are two quantities, however alike their sentences ("A meraih 41,2
persen" / "tim B mengklaim pasangan itu meraih 43,5 persen"). The holder is the last person
the figure's clause names before it, not a source ("Menurut X, ...", "kata X").
"""

from __future__ import annotations

import re
from functools import cache

from kroscek.compare.findings._common import lexicon_lang, per_object
from kroscek.compare.findings.variant import same_name_spelt_apart
from kroscek.data import Article, Fact
from kroscek.text.lang import lang_data

# How far before a share its holder may stand (characters): "pasangan nomor urut 1, Andi
# Rahmat-Yusuf Lallo, dengan 38,4 persen" holds its name within a clause.
HOLDER_REACH = 60
# Marks that end the clause a share belongs to: a sentence end, a line, a quotation.
_CLAUSE_ENDS = (". ", "\n", '"', "\u201c", "\u201d", ";")
# Words right before a name that make it a source, not a holder.
_SOURCE_WORDS = ("menurut", "kata", "ujar", "ungkap", "according to", "said")
_SOURCE_REACH = 14


@cache
def _report_verbs(lang: str) -> frozenset[str]:
    """The reporting verbs whose subject is a source ("X mengatakan ... 1 persen", "X said
    ..."): the neutral cues standing after their source. A claim ("X mengklaim pasangan itu
    meraih 43,5 persen") keeps its claimant as the holder."""
    cues = lang_data(lang, "attribution")["neutral"]
    return frozenset(w for w, pos in cues.items() if pos == "before" and " " not in w)


def share_holder(article: Article, fact: Fact) -> Fact | None:
    """The person whose share a percentage is, or None when its clause names none."""
    if fact.attrs.get("unit") != "percent":
        return None
    # asked for every pair of figures a share stands in: found once per fact and report
    return per_object("share-holder", lambda: _share_holder(article, fact), article, fact)


def _share_holder(article: Article, fact: Fact) -> Fact | None:
    text = article.title if fact.field == "title" else article.text
    best: Fact | None = None
    for f in article.facts:
        if (
            f.kind == "entity"
            and f.label == "PER"
            and f.field == fact.field
            and f.end <= fact.start
            and fact.start - f.end <= HOLDER_REACH
            and (best is None or f.start > best.start)
        ):
            best = f
    if best is None:
        return None
    between = text[best.end : fact.start]
    if any(mark in between for mark in _CLAUSE_ENDS):
        return None
    before = text[max(0, best.start - _SOURCE_REACH) : best.start].casefold()
    verbs = _report_verbs(lexicon_lang(article.lang))
    if any(w in before for w in _SOURCE_WORDS) or any(
        w.strip(",.") in verbs for w in between.casefold().split()
    ):
        return None
    return best


def shares_apart(a: Article, fa: Fact, b: Article, fb: Fact) -> bool | None:
    """True when two percentages are shares of two holders, or one is a holder's share and
    the other a holderless figure of a text that gives that holder a nearer share elsewhere
    ("Selisih suara ... 2,8 persen" is not the candidate's 43,5 persen: the text gave the
    candidate 38,4 persen); False when both are one holder's; None otherwise."""
    ha, hb = share_holder(a, fa), share_holder(b, fb)
    if ha is None and hb is None:
        return None
    if ha is None or hb is None:
        bare, bare_fact, held, holder = (a, fa, fb, hb) if ha is None else (b, fb, fa, ha)
        assert holder is not None
        return _nearer_share(bare, bare_fact, held, holder) or None
    return not _one_holder(ha, hb)


def _one_holder(x: Fact, y: Fact) -> bool:
    return x.value == y.value or same_name_spelt_apart(x, y) or _ticket_part(x, y)


def _name_words(f: Fact) -> frozenset[str]:
    text = str(f.attrs.get("canonical") or f.text)
    return frozenset(w for w in re.split(r"[\s\-–]+", text.casefold()) if len(w) >= 3)


def _ticket_part(x: Fact, y: Fact) -> bool:
    """Whether one holder's name is all inside the other's, a ticket written as one name
    ("Hendra Saputra-Yuliani") against one of its members ("Yuliani", where the text wrote
    "Hendra Saputra dan Yuliani" and the nearer name held the share)."""
    if "-" not in x.text and "-" not in y.text:
        return False  # only a hyphen-joined pair names several holders as one
    wx, wy = _name_words(x), _name_words(y)
    return bool(wx and wy) and (wx <= wy or wy <= wx)


def _nearer_share(article: Article, bare: Fact, held: Fact, holder: Fact) -> bool:
    """Whether an article gives ``holder`` a percentage nearer ``held`` than ``bare`` is."""
    gap = abs(float(bare.value) - float(held.value))
    for f in article.facts:
        if f.kind == "number" and f is not bare and f.attrs.get("unit") == "percent":
            h = share_holder(article, f)
            if (
                h is not None
                and h.value == holder.value
                and abs(float(f.value) - float(held.value)) < gap
            ):
                return True
    return False
