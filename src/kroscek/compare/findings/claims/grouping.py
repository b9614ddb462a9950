"""Group mentions into claims: the connected components of "agree", weighed by closeness and
follow words, with leftovers joined where compatible and conflicts split where a bridge joins
two rivals. Computed once per report (group_claims).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache, partial
from itertools import combinations

from kroscek.align import Alignment
from kroscek.align.words import content_stems
from kroscek.compare.findings._common import (
    Groups,
    aligned,
    body_facts,
    context_similarity,
    context_stems,
    folded,
    lexicon_lang,
    per_object,
)
from kroscek.compare.findings.capacity import is_capacity
from kroscek.compare.findings.claims.cross_language import weights
from kroscek.compare.findings.claims.dates import (
    NO_WORDS,
    dates_a_count,
    in_opening,
    lead_date,
    lead_words_of,
    upcoming_date,
    years_of_one_act,
)
from kroscek.compare.findings.claims.mentions import (
    Claim,
    ClaimKind,
    ClaimSet,
    Mention,
    currency,
    headline_numbers,
    in_quote,
    usable,
    values_compatible,
)
from kroscek.compare.findings.claims.nouns import in_headline, is_generic, same_quantity
from kroscek.compare.findings.claims.pairing import apart_pairs
from kroscek.compare.findings.claims.parts import is_share, sole_shares_of_one_change
from kroscek.compare.findings.claims.relation import (
    cross_pairs,
    hides_lead_conflict,
    pair_relation,
    toll_words_of,
    unrelated_figures,
    vague_beside_counts,
)
from kroscek.compare.findings.claims.revisions import (
    figure_in,
    later_count_over_own,
    left_in_care,
    may_bound,
    may_revise,
    outdated_quotes,
    revised_outcome,
    revises_bound,
    revises_other,
    superseded_figures,
)
from kroscek.compare.findings.claims.slips import digit_slip, far_apart
from kroscek.compare.findings.claims.tolls import (
    counted_subject,
    counts_others,
    events_to_lend,
    sheltered,
    title_event,
)
from kroscek.compare.findings.partitive import is_named_part
from kroscek.data import Article, Fact
from kroscek.extract.numbers import PART_OF_TOTAL
from kroscek.text.lang import lang_data


def group_claims(articles: Sequence[Article], alignment: Alignment, kind: ClaimKind) -> ClaimSet:
    """The claims of one fact kind across articles, and which pairs of them conflict.

    Computed once per alignment and kind: agreement, conflict, unique and attribution all
    read the same claims.
    """
    key = ("claims", kind, tuple(a.id for a in articles))
    return alignment.memo(key, lambda: _group_claims(articles, alignment, kind))


def _closeness(a: Fact, b: Fact) -> float:
    """1 for equal figures, falling towards 0 as they part: "52,3" is nearer "53,2" than
    "47,7" is, a tie-breaker when the words around two figures are alike."""
    try:
        x, y = abs(float(a.value)), abs(float(b.value))
    except (TypeError, ValueError):
        return 0.0
    return 1.0 - abs(x - y) / max(x, y, 1e-9)


# Weight of figure closeness next to context overlap when choosing a figure's conflict.
CLOSENESS_WEIGHT = 0.25


# Weight of a shared word right after the two figures (what each count did): "delapan
# fraksi menyatakan setuju" pairs with "tujuh fraksi setuju", not with "dua fraksi menolak".
FOLLOW_WEIGHT = 0.5


# Weight of a revision one text tells ("bertambah menjadi 2.910 hektare. Sehari sebelumnya
# ... mencatat 2.340 hektare") when choosing the conflict of the others' 2.340: the update
# the text makes of that very figure, not a third party's claim it also reports.
REVISION_WEIGHT = 1.0


# How many words after a figure (its noun aside) say what it did.
FOLLOW_WORDS = 3


def _follow_stems(m: Mention, alignment: Alignment) -> frozenset[str]:
    """The content stems of the few words right after a figure in its sentence."""
    if m.fact.field != "text":
        return frozenset()
    sentence = alignment.sentence_at(m.article.id, m.fact.start)
    if sentence is None:
        return frozenset()
    after = [w for w in sentence.words if w.start >= m.fact.end and not w.is_number]
    return frozenset(content_stems(after[:FOLLOW_WORDS], m.article.lang))


def _same_predicate(x: Mention, y: Mention, alignment: Alignment) -> float:
    """1 when the words right after two figures share a stem ("setuju" / "setuju"), else 0."""
    return 1.0 if _follow_stems(x, alignment) & _follow_stems(y, alignment) else 0.0


def _best_partners(
    claims: Sequence[Claim], scored: dict[tuple[int, int], list[float]]
) -> set[tuple[int, int]]:
    """Keep each claim's best conflict among rival claims stated by the same source: "53,2
    persen" contradicts the "52,3 persen" its words match (same words around it, close
    figures), not also the "47,7 persen" the same sources give for another candidate.
    Rivals from different sources ("12", "15" and "18" killed) all stay in conflict.
    """
    kept: dict[int, list[int]] = {}
    out: set[tuple[int, int]] = set()
    ranked = sorted(scored, key=lambda p: sum(scored[p]) / len(scored[p]), reverse=True)
    for ci, cj in ranked:
        if any(
            claims[k].article_ids & claims[other].article_ids
            for me, other in ((ci, cj), (cj, ci))
            for k in kept.get(me, [])
        ):
            continue
        kept.setdefault(ci, []).append(cj)
        kept.setdefault(cj, []).append(ci)
        out.add((ci, cj))
    return out


_NO_RARE: frozenset[str] = frozenset()


# A stem this short names no quantity.
RARE_MIN_CHARS = 4


def _rare_words(article: Article, ctx: frozenset[str], alignment: Alignment) -> frozenset[str]:
    """The context stems of a measured figure (``ctx``) that stand in no other sentence of
    its text."""
    counts = alignment.memo(
        ("sentence-stems", article.id),
        lambda: Counter(st for s in alignment.sentences.get(article.id, ()) for st in s.stems),
    )
    return frozenset(st for st in ctx if counts[st] == 1 and len(st) >= RARE_MIN_CHARS)


def _money_alone(articles: Sequence[Article]) -> frozenset[int]:
    """The sums of money (by object id) that are their article's only sum of their currency
    once the sums some other article gives alike are set aside."""
    sums = {
        a.id: [
            f
            for f in body_facts(a, "number")
            if usable(f) and currency(str(f.attrs.get("unit") or ""))
        ]
        for a in articles
    }
    given: Counter[tuple[str, float]] = Counter()
    for fs in sums.values():
        for key in {(str(f.attrs.get("unit")), float(f.value)) for f in fs}:
            given[key] += 1
    out: set[int] = set()
    for fs in sums.values():
        left = [f for f in fs if given[(str(f.attrs.get("unit")), float(f.value))] < 2]
        units = Counter(str(f.attrs.get("unit")) for f in left)
        out.update(id(f) for f in left if units[str(f.attrs.get("unit"))] == 1)
    return frozenset(out)


def _loose(f: Fact) -> bool:
    """A vague count ("Ratusan lapak") or a part read with a borrowed noun ("Dua di
    antaranya"): neither is a second figure of its noun beside an exact one."""
    return bool(f.attrs.get("vague") or f.attrs.get("implied"))


def _group_claims(articles: Sequence[Article], alignment: Alignment, kind: ClaimKind) -> ClaimSet:
    # each article's quotes, gathered once (keyed by object: the articles outlive this call)
    quotes = {id(a): [q for q in a.facts if q.kind == "quote"] for a in articles}
    heads = {id(a): headline_numbers(a) for a in articles}
    lent = {id(a): events_to_lend(a, heads[id(a)]) for a in articles} if kind == "number" else {}
    # each article's lead date, found once (asked of every date mention)
    leads = {id(a): lead_date(a) for a in articles} if kind == "date" else {}
    nexts = {id(a): upcoming_date(a, leads[id(a)]) for a in articles} if kind == "date" else {}

    # asked of each fact up to four times below: read once (keyed by identity: the facts
    # live as long as their articles, which outlive this call)
    def inside_quote(a: Article, f: Fact) -> bool:
        return per_object("in-quote", lambda: in_quote(a, f, quotes[id(a)]), a, f)

    nouns = Counter(
        (a.id, folded(f.label or ""), _loose(f))
        for a in articles
        for f in body_facts(a, kind)
        if kind == "number"
        and usable(f)
        and not inside_quote(a, f)
        and PART_OF_TOTAL not in f.attrs
    )

    def noun_alone(a: Article, f: Fact) -> bool:
        """Whether ``f`` is its text's only count of its noun. A vague count beside an exact
        one ("Ratusan lapak" ... "Sebanyak 210 lapak") is that figure told loosely: it does
        not make the exact figure share its noun (so "120 lapak" elsewhere still meets it);
        nor does a part of it ("Empat awak ... Dua di antaranya")."""
        key = folded(f.label or "")
        exact = nouns[(a.id, key, False)]
        return exact == 1 if not _loose(f) else exact + nouns[(a.id, key, True)] == 1

    quoted_sole = _quoted_sole_figures(articles, inside_quote) if kind == "number" else frozenset()
    apart = apart_pairs(articles, alignment) if kind != "quote" else frozenset()
    money_alone = _money_alone(articles) if kind == "number" else frozenset()
    superseded = (
        frozenset().union(*(superseded_figures(a) for a in articles))
        if kind == "number"
        else frozenset()
    )
    related: dict[str, frozenset[str]] = {}
    for pair in alignment.pairs:
        x_id, y_id = pair.a.article, pair.b.article
        related[x_id] = related.get(x_id, frozenset()) | {y_id}
        related[y_id] = related.get(y_id, frozenset()) | {x_id}
    mentions = [
        Mention(
            a,
            f,
            ctx,
            sheltered(a, f, title_event(f, lent[id(a)]) or revised_outcome(a, f))
            if kind == "number"
            else None,
            kind == "number" and in_headline(a, f, heads[id(a)]),
            kind == "date" and f is leads[id(a)],
            kind == "number"
            and (noun_alone(a, f) or id(f) in quoted_sole)
            and not counts_others(a, f),
            _companions(a, f, alignment) if kind == "number" else frozenset(),
            kind == "number" and inside_quote(a, f),
            related.get(a.id, frozenset()),
            kind == "number" and in_opening(alignment, a, f),
            kind == "number" and left_in_care(a, f),
            lead_words_of(a, f, alignment)
            if kind == "date" and (f is leads[id(a)] or f is nexts[id(a)])
            else NO_WORDS,
            id(f) in money_alone,
            kind == "date" and f is nexts[id(a)],
            _rare_words(a, ctx, alignment)
            if kind == "number" and f.attrs.get("unit")
            else _NO_RARE,
            kind == "number" and is_capacity(a, f),
            counted_subject(a, f) if kind == "number" else None,
            kind == "number" and is_named_part(a, f),
        )
        for a in articles
        for f in body_facts(a, kind)
        if usable(f)
        and id(f) not in superseded
        and (
            kind == "quote"
            or not inside_quote(a, f)
            or _quoted_money(f)
            or id(f) in quoted_sole
            or counted_subject(a, f) is not None
        )
        for ctx in (context_stems(a, f, alignment),)
    ]
    joined = Groups(len(mentions))
    find = joined.find
    lead_of = {id(m.article): m for m in mentions if m.lead}

    conflict_edges: list[tuple[int, int]] = []
    compatible_edges: list[tuple[int, int]] = []
    toll_words = [toll_words_of(m) for m in mentions] if kind == "number" else []
    # what the pair tests below need of each mention, read once (most pairs meet no share
    # and no bound: the tests are then not called)
    numbers = kind == "number"
    shares = [numbers and is_share(m) for m in mentions]
    bounds = [numbers and may_bound(m) for m in mentions]
    revisable = [numbers and may_revise(m) for m in mentions]
    for i, j in cross_pairs([m.article.id for m in mentions]):
        x, y = mentions[i], mentions[j]
        if apart and (x.article.id, y.article.id) in apart:
            continue  # two events: their figures and days are not one story's
        if shares[i] and shares[j] and sole_shares_of_one_change(x, y):
            conflict_edges.append(
                (i, j)
            )  # "a 30% rise in fuel prices" / "fuel price increase of 35 percent"
            continue
        if (bounds[i] and revisable[j] and revises_bound(x, y)) or (
            bounds[j] and revisable[i] and revises_bound(y, x)
        ):
            conflict_edges.append((i, j))  # "sedikitnya 13 tewas" / "bertambah menjadi 18"
            continue
        if kind == "number" and unrelated_figures(x, y, toll_words[i], toll_words[j]):
            continue  # what _number_relation says of them: None
        rel = pair_relation(
            kind, x, y, partial(aligned, alignment, x.article, x.fact, y.article, y.fact)
        )
        if rel == "agree":
            if kind == "date" and (
                hides_lead_conflict(x, y, lead_of, alignment)
                or hides_lead_conflict(y, x, lead_of, alignment)
            ):
                continue  # "kata X dalam keterangan pers, Minggu" against the other's lead day
            joined.join(i, j)
        elif rel == "conflict":
            if kind == "date" and (
                dates_a_count(x.article, x.fact) or dates_a_count(y.article, y.fact)
            ):
                continue  # "bertambah menjadi 21 orang, Selasa (11/11)": the update's day
            if kind == "number" and _levels_of_two_kinds(x, y):
                continue  # "61,2 poin ke level 7.312" / "35 poin ke Rp15.840": two markets
            if kind == "number" and _prices_of_two_sizes(x, y):
                continue  # "100 gram dibanderol Rp131 juta" / "1 kilogram Rp1,29 miliar"
            if kind == "number" and _sums_of_two_rates(x, y):
                continue  # "Rp 500 ribu per rekening" / "digaji Rp 4 juta per bulan"
            conflict_edges.append((i, j))
        elif rel == "compatible":
            compatible_edges.append((i, j))

    roots: dict[int, int] = {}
    claims: list[Claim] = []
    for i, m in enumerate(mentions):
        r = find(i)
        if r not in roots:
            roots[r] = len(claims)
            claims.append(Claim(kind))
        claims[roots[r]].mentions.append(m)

    fits = _bounds_fitting(mentions, compatible_edges) if kind == "number" else {}
    scored: dict[tuple[int, int], list[float]] = {}
    for i, j in conflict_edges:
        if mentions[i].article.id in fits.get(j, ()) or mentions[j].article.id in fits.get(i, ()):
            continue  # "lebih dari 200 rumah" fits the other text's total 214, not its part 71
        # two leads dating one act differently contradict each other even when one text
        # gives the other's day to something else ("the reservoir stood at 97 percent on
        # Thursday")
        # (and two years of one act told alike: "divonis mati pada 2019" / "dijatuhi hukuman
        # mati pada 2017" though the first text dates the killing 2017)
        both_lead = kind == "date" and (
            (mentions[i].lead and mentions[j].lead) or years_of_one_act(mentions[i], mentions[j])
        )
        ci, cj = roots[find(i)], roots[find(j)]
        if ci == cj:
            continue
        # a text's revised total over the earlier count it also gives ("bertambah menjadi
        # lima orang" ... "Empat tersangka sebelumnya"): the other outlets' figure is its past
        later = (
            kind == "number"
            and bool(claims[ci].article_ids & claims[cj].article_ids)
            and later_count_over_own(claims[ci], claims[cj])
        )
        if not (both_lead or later) and (
            figure_in(mentions[i], mentions[j].article)
            or figure_in(mentions[j], mentions[i].article)
        ):
            continue  # the other source states this very figure too: no contradiction
        if claims[ci].article_ids & claims[cj].article_ids and not later:
            continue
        x, y = mentions[i], mentions[j]
        score = (
            context_similarity(x.context, y.context)
            + CLOSENESS_WEIGHT * _closeness(x.fact, y.fact)
            + FOLLOW_WEIGHT * _same_predicate(x, y, alignment)
            + REVISION_WEIGHT * revises_other(x, y)
        )
        scored.setdefault((min(ci, cj), max(ci, cj)), []).append(score)
    conflicts = _best_partners(claims, scored)
    compatible: set[tuple[int, int]] = set()
    for i, j in compatible_edges:
        ci, cj = roots[find(i)], roots[find(j)]
        if ci != cj and not claims[ci].article_ids & claims[cj].article_ids:
            key = (min(ci, cj), max(ci, cj))
            if kind == "number" and _bridged_conflict(claims[ci], claims[cj]):
                conflicts.add(key)
            else:
                compatible.add(key)
    if kind == "number":
        compatible |= _leftover_compatible(claims, conflicts, compatible)
    bridges = _split_bridges(claims, conflicts, compatible) if kind == "number" else set()
    return ClaimSet(claims, sorted(conflicts), sorted(compatible - conflicts), bridges)


# Qualifiers of a figure that only approximates or bounds what it counts.
_APPROXIMATE = frozenset({"about", "more_than", "at_least", "up_to"})


def _bounds_fitting(
    mentions: Sequence[Mention], compatible_edges: Sequence[tuple[int, int]]
) -> dict[int, set[str]]:
    """For each approximate figure ("lebih dari 200 rumah"), the articles that state an exact
    figure it fits ("214 rumah"). Such a bound is that text's figure told loosely; it does not
    contradict the same text's parts ("71 rumah di Desa B", one village of three)."""
    fits: dict[int, set[str]] = {}
    for i, j in compatible_edges:
        for k, other in ((i, j), (j, i)):
            if (
                mentions[k].fact.attrs.get("qualifier") in _APPROXIMATE
                and mentions[other].fact.attrs.get("qualifier") not in _APPROXIMATE
            ):
                fits.setdefault(k, set()).add(mentions[other].article.id)
    return fits


def _leftover_compatible(
    claims: list[Claim], conflicts: set[tuple[int, int]], compatible: set[tuple[int, int]]
) -> set[tuple[int, int]]:
    """ "sekitar 40 pekerja" / "42 pekerja": once every other count of a noun is paired, the
    one count of it each article has left, in two articles, is the same quantity when the
    figures fit and one of them approximates ("sekitar", "lebih dari"): compatible, not
    two scoops. Only counts with a specific noun (not "orang", "people"), no unit, no
    outcome or the same one, never quoted, never ten times apart."""
    paired = {i for pair in conflicts | compatible for i in pair}
    left: dict[tuple[str, str], dict[str, list[int]]] = {}
    for i, c in enumerate(claims):
        if i in paired or len(c.article_ids) != 1:
            continue
        m = c.mentions[0]
        f = m.fact
        if not f.label or f.attrs.get("unit") or m.quoted or f.field != "text" or is_generic(m):
            continue  # "orang", "people" count anyone: two leftovers of them may be anything
        key = (folded(f.label), str(m.event or ""))
        left.setdefault(key, {}).setdefault(m.article.id, []).append(i)
    out: set[tuple[int, int]] = set()
    for by_article in left.values():
        if len(by_article) != 2 or any(len(v) != 1 for v in by_article.values()):
            continue
        i, j = sorted(v[0] for v in by_article.values())
        a, b = claims[i].mentions[0].fact, claims[j].mentions[0].fact
        quals = {a.attrs.get("qualifier"), b.attrs.get("qualifier")}
        x, y = claims[i].mentions[0], claims[j].mentions[0]
        if (
            a.value != b.value
            and quals & _APPROXIMATE
            and values_compatible(a, b)
            and not far_apart(a, b)
            and not (vague_beside_counts(x, y) or vague_beside_counts(y, x))
        ):
            out.add((i, j))
    return out


def _split_bridges(
    claims: Sequence[Claim], conflicts: set[tuple[int, int]], compatible: set[tuple[int, int]]
) -> set[int]:
    """A bound compatible with two figures that contradict each other ("lebih dari 2.000"
    with "sekitar 2.600" and with "6.200") is no common ground: the two figures conflict and
    the bound joins neither (``_bridged_conflict`` for claims the bound is compatible with).
    Returns the bounds so split."""
    bridges: set[int] = set()
    partners: dict[int, set[int]] = {}
    for i, j in compatible:
        partners.setdefault(i, set()).add(j)
        partners.setdefault(j, set()).add(i)
    for k, ps in partners.items():
        for i, j in combinations(sorted(ps), 2):
            if claims[i].article_ids & claims[j].article_ids:
                continue
            if _rivalled(claims, conflicts, i, j) or _rivalled(claims, conflicts, j, i):
                # "21,4 miliar" ekspor conflicts with the "24,1 miliar" of the source that
                # also gives "20,7 miliar" impor: its best partner is found already
                continue
            if _bridged_conflict(claims[i], claims[j]):
                conflicts.add((i, j))
                compatible.discard((min(k, i), max(k, i)))
                compatible.discard((min(k, j), max(k, j)))
                bridges.add(k)
    return bridges


def _companions(article: Article, fact: Fact, alignment: Alignment) -> frozenset[tuple[str, float]]:
    """The other figures of a body number's sentence, keyed by unit (or noun) and value."""
    if fact.field != "text":
        return frozenset()
    sentence = alignment.sentence_at(article.id, fact.start)
    if sentence is None:
        return frozenset()
    lo, hi = sentence.span.start, sentence.span.end
    # the body's figures, gathered once per article (asked for every figure of it)
    figures = alignment.memo(("body-numbers", article.id), lambda: body_facts(article, "number"))
    return frozenset(
        (str(f.attrs.get("unit") or folded(f.label or "")), float(f.value))
        for f in figures
        if f is not fact and lo <= f.start < hi and usable(f)
    )


# The level a move ends at, right after its figure: "naik 61,2 poin ke level 7.312,45",
# "menguat 35 poin ke Rp15.840", "rose 20 points to 7,312". Group 1 is a currency mark.
_END_LEVEL_RE = re.compile(
    r"\s+(?:ke|menjadi|to|at)\s+(?:level\s+|posisi\s+|the\s+)?(Rp|US\$|\$|€|£|¥)?\s?\d"
    # a price may name its currency after the figure ("ke level 78,40 dolar AS")
    r"(?:[\d.,]*\s+(dolar|dollars?|rupiah|euro|yen|yuan|ringgit|pound)\b)?",
    re.IGNORECASE,
)


def _levels_of_two_kinds(x: Mention, y: Mention) -> bool:
    """Whether two moves end at levels of two kinds, one a price in a currency and the other
    a bare level (an index): a currency's points and a stock index's are two quantities."""
    ends = []
    for m in (x, y):
        text = m.article.field_text(m.fact.field)
        end = _END_LEVEL_RE.match(text, m.fact.end)
        if end is None:
            return False
        ends.append(end.group(1) is not None or end.group(2) is not None)
    return ends[0] != ends[1]


def _prices_of_two_sizes(x: Mention, y: Mention) -> bool:
    """Whether two sums of money are the prices of two sizes: each sentence weighs what it
    prices ("emas ukuran 100 gram dibanderol Rp131.512.000" / "ukuran 1 kilogram dibanderol
    Rp1,29 miliar") and no weight of one is a weight of the other."""
    if not currency(str(x.fact.attrs.get("unit") or "")):
        return False
    mine, theirs = weights(x), weights(y)
    return bool(mine and theirs) and not mine & theirs


def _sums_of_two_rates(x: Mention, y: Mention) -> bool:
    """Whether two sums of money are paid per two different things ("imbalan Rp 500 ribu per
    rekening" / "digaji Rp 4 juta per bulan"): two prices, not one figure given two ways.
    Across languages only periods are known to differ ("a month" / "per tahun"); "per
    rekening" and "per account" may be one rate."""
    if not currency(str(x.fact.attrs.get("unit") or "")):
        return False
    rx, ry = _rate(x), _rate(y)
    if rx is None or ry is None or rx == ry:
        return False
    units = set(_rate_words(lexicon_lang(x.article.lang))[2].values())
    both_periods = rx in units and ry in units
    return both_periods or lexicon_lang(x.article.lang) == lexicon_lang(y.article.lang)


@lru_cache(maxsize=4)
def _rate_words(lang: str) -> tuple[frozenset[str], frozenset[str], dict[str, str]]:
    """Words that open a rate (the next word is what is paid per), those that open one only
    before a period ("a month"), and period words -> one name both languages share."""
    data = lang_data(lang, "numbers")
    return (
        frozenset(data.get("rate_openers", [])),
        frozenset(data.get("rate_article_openers", [])),
        {k.casefold(): v for k, v in data.get("rate_units", {}).items()},
    )


_RATE_RE = re.compile(r"\s*(/|[^\W\d_]+)\s*([^\W\d_]*)")


def _rate(m: Mention) -> str | None:
    """What a sum is paid per, read right after it: a period by its shared name ("month"),
    else the word as written ("rekening"); None when no rate follows."""
    openers, article_openers, units = _rate_words(lexicon_lang(m.article.lang))
    text = m.article.field_text(m.fact.field)
    found = _RATE_RE.match(text, m.fact.end, m.fact.end + 40)
    if found is None:
        return None
    first, second = found.group(1).casefold(), found.group(2).casefold()
    if first in units:
        return units[first]  # "Rp4 juta sebulan"
    if first in openers and second:
        return units.get(second, second)
    if first in article_openers and second in units:
        return units[second]
    return None


def _quoted_sole_figures(
    articles: Sequence[Article], inside_quote: Callable[[Article, Fact], bool]
) -> frozenset[int]:
    """The figures inside a speaker's quote compared with other texts (by ``id``), besides
    sums of money: a count or measure that is its text's only figure of its noun or unit,
    quoted or not, when another text gives its own only figure of that quantity outside
    any quote with the same digits swapped ("Stok ... saat ini 28.000 ton," kata X / "Stok
    ... tercatat 82.000 ton"). Other quoted figures stay the speaker's words: often another
    quantity (an example, last year's figure) that no reader would set against the news."""
    if len(articles) < 2:
        return frozenset()
    per_article: list[tuple[Article, list[Fact], list[Fact]]] = []
    for a in articles:
        facts = [f for f in body_facts(a, "number") if usable(f) and f.label]
        if not facts:
            continue
        quoted = [f for f in facts if not currency(str(f.attrs.get("unit") or ""))]
        quoted = [f for f in quoted if inside_quote(a, f)]
        per_article.append((a, facts, quoted))
    if not any(q for _, _, q in per_article):
        return frozenset()  # the usual text: no count inside a quote

    def key(f: Fact) -> tuple[str, str]:
        return folded(f.label or ""), str(f.attrs.get("unit") or "")

    # how many figures of each noun and unit each text gives, counted once (asked of every
    # figure against every quoted one): a sole figure's key counts one
    keys = {id(a): Counter(key(f) for f in facts) for a, facts, _ in per_article}
    out: set[int] = set()
    for a, _, quoted in per_article:
        for f in quoted:
            if keys[id(a)][key(f)] != 1:
                continue
            for b, others, _ in per_article:
                if b is a:
                    continue
                # (or another text quotes the same figure beside its own, unquoted, newer
                # one: "Kasus kini tersebar di delapan kecamatan" under the speaker's "enam
                # kecamatan" both texts quote)
                outdated = outdated_quotes(b)
                if outdated and any(
                    id(g) in outdated and g.value == f.value and key(g) == key(f) for g in others
                ):
                    out.add(id(f))
                    break
                if any(
                    keys[id(b)][key(g)] == 1
                    and not inside_quote(b, g)
                    and (g.attrs.get("unit") or "") == (f.attrs.get("unit") or "")
                    and same_quantity(f, g, a.lang, b.lang)
                    and digit_slip(f, g)
                    for g in others
                ):
                    out.add(id(f))
                    break
            # (or every other text that gives the quantity outside a quote gives this very
            # figure, its only one: "pesanan turun hampir 40 persen," kata X / "Menurut dia,
            # pesanan turun hampir 40 persen": the speaker's figure, paraphrased; it can only
            # agree, since no text sets another figure of it against the quote)
            if id(f) not in out and _paraphrased_alike(f, a, per_article, keys, inside_quote):
                out.add(id(f))
    return frozenset(out)


# A factor before a figure: "3 x 24 jam", "2×24 jam".
_MULTIPLIED_RE = re.compile(r"\d\s*[x×]\s*$")


def _paraphrased_alike(
    f: Fact,
    a: Article,
    per_article: Sequence[tuple[Article, list[Fact], list[Fact]]],
    keys: dict[int, Counter[tuple[str, str]]],
    inside_quote: Callable[[Article, Fact], bool],
) -> bool:
    """Whether some other text gives quoted ``f``'s figure as its only one of the noun and
    unit, outside any quote, and no text gives another figure of them outside a quote."""
    k = (folded(f.label or ""), str(f.attrs.get("unit") or ""))
    if _MULTIPLIED_RE.search(a.field_text(f.field), max(0, f.start - 4), f.start):
        return False  # "3 x 24 jam": the figure is a factor, not the quantity
    found = False
    for b, others, _ in per_article:
        if b is a:
            continue
        for g in others:
            if (folded(g.label or ""), str(g.attrs.get("unit") or "")) != k:
                continue
            if inside_quote(b, g):
                continue
            if g.value != f.value or g.attrs.get("qualifier") != f.attrs.get("qualifier"):
                return False
            if _MULTIPLIED_RE.search(b.field_text(g.field), max(0, g.start - 4), g.start):
                return False
            # its only figure of them, or the same figure again ("lima orang sebagai
            # tersangka," kata X ... "Lima tersangka itu adalah ...": the quote, then its count)
            found = found or keys[id(b)][k] == 1 or _only_value(others, k, g.value)
    return found


def _only_value(facts: Sequence[Fact], k: tuple[str, str], value: object) -> bool:
    """Whether every figure of ``facts`` with the noun and unit ``k`` is ``value``."""
    return all(
        h.value == value
        for h in facts
        if (folded(h.label or ""), str(h.attrs.get("unit") or "")) == k
    )


def _quoted_money(f: Fact) -> bool:
    """A sum of money: the one kind of figure inside a quote compared with other texts."""
    return f.kind == "number" and currency(str(f.attrs.get("unit") or ""))


def _rivalled(claims: Sequence[Claim], conflicts: set[tuple[int, int]], i: int, j: int) -> bool:
    """Whether claim ``j`` already conflicts with a claim stated by a source of claim ``i``."""
    return any(
        claims[q if p == j else p].article_ids & claims[i].article_ids
        for p, q in conflicts
        if j in (p, q)
    )


def _bridged_conflict(c: Claim, d: Claim) -> bool:
    """Whether two claims tied by a compatible pair hold figures that cannot both be true:
    "more than 4,000" fits both "about 4,500" (its claim) and "5,400", but those two
    contradict each other, so the bound is no common ground between them."""
    return any(
        m.article.id != n.article.id
        and same_quantity(m.fact, n.fact)
        and not values_compatible(m.fact, n.fact)
        and not figure_in(m, n.article)
        and not figure_in(n, m.article)
        for m in c.mentions
        for n in d.mentions
    )
