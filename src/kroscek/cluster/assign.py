"""Deciding, for one arriving article, which story it joins (pure scoring, no I/O).

The similarity of a new article A to an earlier article B combines two views:

- **names and numbers** (``E``): cosine of the two sets of names (capitalised words and
  pairs) and numbers, each weighted by its inverse document frequency in the corpus
  (``idf = ln(1 + N / (1 + df))``). Rare, specific terms — a regency, a person, a casualty
  count — carry the decision; a weekday or "BPBD" that every disaster story shares weighs
  little. This is what keeps two floods on the same day in different provinces apart.
- **topical words** (``T``): cosine of the content words of headline and lead, unweighted.

``S = E**w * T**(1 - w)`` (a weighted geometric mean, ``w = Settings.story_entity_weight``):
both views must agree, so topical words alone (two flood reports, an outlet's recurring
footer) cannot make two articles one story however similar they are, and neither can a
few shared names in otherwise unrelated texts. Within one language, two articles neither of
which names any of the names the other's headline carries and its text repeats report two
events (``other_events``: two visits to one host, two matches of one tournament) and score 0,
unless their headlines share a name and their texts a passage (``retold``: one event told by
an outlet that labels its actors otherwise, twelfth review).
In any pair of languages, two articles whose headlines name kinds of event, none in common
(``other_kinds``: a landslide and a flood of one regency), are two events and score 0.
So are two whose tops state scores, none in common, or kilometre posts, none near
(``other_markers``: two matches of one tournament, two crashes on one toll road), unless
they differ by an outlet's slip (a score a goal or two off, a post a few kilometres off)
and their names agree as one event's reports do, the more closely the wider the slip
(``markers_floor``). Two price lists published on
other days with other prices are two issues (``other_prices``). An opinion piece (its
headline opens "Opini:", "Column |": ``Signature.opinion``) and a report are two stories
whatever they share but their text (eleventh review).
Across languages ``S = E**w``, what the names score within one language when the words
agree: words of two languages cannot agree, and the names two languages share are the
event's proper names (an agency or a province is translated), so they are better evidence
than the same score within one language (docs/corpus.md, third review). A can only be
compared with articles within ``Settings.story_window_days`` of it (both dated), so
same-topic events a week apart stay apart. A story's score is the best score of its
candidate articles (single link inside the window); A joins the best story scoring at least
``Settings.story_similarity`` whose span would stay within ``Settings.story_max_days``,
else it founds a new story.

Text that is largely the same (MinHash estimate of 5-word-shingle Jaccard of at least
``Settings.near_duplicate_jaccard``) is a copy: A joins B's story as ``duplicate_of`` B's
original, whatever the dates (re-posts come late). Shared text above half that level is
also the same story even without name overlap (a rewrite of a wire story). Except a
recurring report (``recurring``): shared text whose figures differ is one template filled
with another day's readings (an air-quality bulletin, a market close, a price list), and
such a pair is neither a copy nor one story (docs/corpus.md, fifth review). And except an
outlet's template (``other_headlines``): shared sentences that carry neither headline's
subject (a spokesman's stock quote, a closing paragraph) are two events of one outlet, not a
rewrite (sixth review).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from kroscek.cluster.features import (
    Signature,
    estimate_containment,
    estimate_jaccard,
    interim_values,
    marker_values,
    score_sides,
    term_hash,
)
from kroscek.settings import DEFAULT, Settings


@dataclass(frozen=True, slots=True)
class Candidate:
    """An earlier article that may share a story with the arriving one."""

    rowid: int
    id: str
    story_id: str
    duplicate_of: str | None
    ts: float | None
    signature: Signature
    lang: str = ""


@dataclass(frozen=True, slots=True)
class Decision:
    """Where the arriving article goes; ``story_id`` None means it founds a new story."""

    story_id: str | None
    duplicate_of: str | None = None
    score: float = 0.0
    copied: str | None = None  # the article whose text A copies (``duplicate_of`` is its root)


@dataclass(frozen=True, slots=True)
class Similarity:
    score: float
    names: float
    words: float
    jaccard: float


def idf(df: int, n_docs: int) -> float:
    """Inverse document frequency, smooth and positive even for a tiny corpus."""
    return math.log1p(n_docs / (1.0 + df))


# A name one article repeats and the other meets once: its second count ("+name") weighs
# this share of its weight in the repeating article's norm (docs/corpus.md, second review).
UNMATCHED_REPEAT = 0.5


def weighted_cosine(
    a: frozenset[int],
    b: frozenset[int],
    weight2: Mapping[int, float],
    a_repeats: frozenset[int] = frozenset(),
    b_repeats: frozenset[int] = frozenset(),
) -> float:
    """Cosine of two term sets where each term counts with its weight (tf = 1).

    ``weight2`` maps each term to its *squared* weight (idf²), the quantity the cosine sums.
    ``a_repeats`` / ``b_repeats`` are the second counts of repeated names among ``a`` / ``b``
    ("+name"): one the other set lacks counts ``UNMATCHED_REPEAT`` of its weight in the
    norm. A follow-up repeats names the first report meets once; counted in full, such a
    second count lowered the score of two reports of one event.
    """
    if not a or not b:
        return 0.0
    shared = a & b
    if not shared:
        return 0.0
    get = weight2.__getitem__
    num = sum(map(get, shared))
    na = sum(map(get, a))
    nb = sum(map(get, b))
    if a_repeats:
        na -= (1.0 - UNMATCHED_REPEAT) * sum(map(get, a_repeats - b))
    if b_repeats:
        nb -= (1.0 - UNMATCHED_REPEAT) * sum(map(get, b_repeats - a))
    return num / math.sqrt(na * nb) if na > 0 and nb > 0 else 0.0


def set_cosine(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))


def other_events(a: Signature, b: Signature) -> bool:
    """Whether two articles of one language report two events, whatever else they share.

    Each article's own event is named in its headline and again and again in its text
    (``Signature.actors``: the names it both marks "^" and repeats "+"). When neither
    article names any of the other's at all, they are two events that share a setting: a
    host minister and her building, a tournament with its venue and city, one agency's
    spokesman. Such names made two visits to one host and two matches of one tournament
    one story (docs/corpus.md, fourth review). Only when both sides have such names and
    both miss all of the other's: a report names its event in its headline, and a
    follow-up names its first report's event again; across languages the event's names
    are often translated or abbreviated ("West Sumatra" / "Sumbar"), so it is not used
    there.
    """
    a_own, b_own = a.actors, b.actors
    return bool(a_own and b_own and a_own.isdisjoint(b.keys) and b_own.isdisjoint(a.keys))


# One event retold in another outlet's words (twelfth review). A wire and a partisan portal
# report one strike: the portal never writes the attacker's name the wire repeats (it writes
# "Zionist", "the occupation") nor the wire the portal's labels, so each misses the other's
# own names (``other_events``), although both headlines name the town and both texts carry
# the doctor's quote word for word. Two headlines that share a name, and texts that share a
# passage of RETOLD_TEXT of their shingles, are one event retold whatever names each writes
# for its actors; the score still asks for names and words that agree. On the twelve
# labelled sets, the look-alike events whose headlines share a name (two matches of one
# tournament, two market stories of one city) share 0-0.08 of their text; the strike's two
# reports 0.16.
RETOLD_TEXT = 0.12


def retold(a: Signature, b: Signature, jaccard: float) -> bool:
    """Whether two articles that ``other_events`` parts share a headline name and a passage
    (``RETOLD_TEXT``): one event in another outlet's words and labels."""
    return jaccard >= RETOLD_TEXT and not a.heads.isdisjoint(b.heads)


def other_kinds(a: Signature, b: Signature) -> bool:
    """Whether the two headlines name kinds of event, none in common (``event_kinds``).

    A landslide, a flood and an attack in one regency within a week share its name, its
    regent, its disaster agency and its hospital, and across languages the regency's name
    was all such reports shared, which made five events of six days one story (docs/
    corpus.md, eighth review). Two reports of one event name what happened in the same
    words, or one names no kind at all ("Rescuers recover bodies of couple"): only
    headlines that both name kinds, and no kind in common, are two events. In every
    language pair: the kinds are one vocabulary.
    """
    a_kinds, b_kinds = a.kinds, b.kinds
    return bool(a_kinds and b_kinds and a_kinds.isdisjoint(b_kinds))


# Two kilometre posts this close are one place: outlets round "KM 112+400" to 112 or 113, and
# a patrol post a kilometre or two away is where the wreck was towed.
KM_NEAR = 2


def _one_post(x: int, y: int) -> bool:
    """Whether two kilometre posts name one place: a kilometre or two apart, or the same
    digits in another order, the commonest slip in a figure (the compare gold set's
    landslide on a toll road is at KM 64+400 in two reports and at KM 46+400 in the third:
    a conflict to report, not another landslide)."""
    return abs(x - y) <= KM_NEAR or sorted(str(x)) == sorted(str(y))


# An outlet's slip (tenth review): a final score a goal off ("3-1" where the others wrote
# "2-1") or a kilometre post a few kilometres off ("KM 102" for "KM 97") is a conflict to
# report, not another event, when the two texts' names agree as only one event's reports do:
# a name cosine of SLIP_NAMES or more (reports of one match 0.63-0.83 on the tenth set, two
# matches of one team in one week 0.13-0.26).
SLIP_NAMES = 0.5
SLIP_GOALS = 9  # a slip of one goal, in scores whose sides are all at most this (not sets' points)
SLIP_KM = 5
# A wider slip (eleventh review): a win two goals off ("5-0" for "3-0", FAR_GOALS) or a post
# up to FAR_KM off ("KM 151" for "KM 142": an outlet writing the nearest gate's or rest
# area's post) asks for names that agree as closely as only one event's reports do:
# FAR_SCORE_NAMES for a score (the reports of one match 0.55-0.83 on the tenth and eleventh
# sets, two matches of one team 0.13-0.26), FAR_POST_NAMES for a post (two crashes on one
# toll road three days apart, their road, patrol unit, officer and hospital shared, agree at
# 0.45-0.63 on the tenth set; one crash's reports 0.86 on the eleventh). Farther off is
# another match or another crash whatever the names.
FAR_GOALS = 2
FAR_KM = 10
FAR_SCORE_NAMES = 0.6
FAR_POST_NAMES = 0.75
APART = math.inf  # ``markers_floor`` of two events: no name cosine makes them one


def _slip_floor(a: frozenset[int], b: frozenset[int]) -> float:
    """The name cosine that makes a score of one set an outlet's slip for a score of the
    other: ``SLIP_NAMES`` for one a goal off, ``FAR_SCORE_NAMES`` for one ``FAR_GOALS`` off,
    each a win with small sides; ``APART`` otherwise: a draw against a win ("1-1" and "2-1":
    two matches of one tournament, ninth review), a set's points, a score farther off."""
    floor = APART
    for x in a:
        xa, xb = score_sides(x)
        if xa == xb or xb > SLIP_GOALS:
            continue
        for y in b:
            ya, yb = score_sides(y)
            if ya == yb or yb > SLIP_GOALS:
                continue
            goals = abs(xa - ya) + abs(xb - yb)
            if goals == 1:
                return SLIP_NAMES
            if goals <= FAR_GOALS:
                floor = FAR_SCORE_NAMES
    return floor


def _no_draw(scores: frozenset[int]) -> bool:
    """Whether full scores are stated and none is a draw."""
    return bool(scores) and all(a != b for a, b in map(score_sides, scores))


def _score_floor(a: frozenset[int], b: frozenset[int]) -> float:
    """``markers_floor`` of one kind of score: 0 when either states none or they share one."""
    if not a or not b or not a.isdisjoint(b):
        return 0.0
    return _slip_floor(a, b)


def markers_floor(a: Signature, b: Signature) -> float:
    """The name cosine two articles need to be one event, by their markers
    (``event_markers``): 0 when their markers agree or either states none, ``SLIP_NAMES``
    when they differ by an outlet's slip (a score a goal off, a post within ``SLIP_KM``),
    ``FAR_SCORE_NAMES`` or ``FAR_POST_NAMES`` when they differ by more (a win two goals off,
    a post up to ``FAR_KM`` off: one event's reports agree on their names far more than two
    matches of one team or two crashes on one road), ``APART`` when they state other
    outcomes (a draw and a win, a shoot-out and a win) or scores or posts farther off: two
    matches of one tournament (its teams, venue and coaches shared), two crashes on one toll
    road (its patrol unit and officer shared).

    Each kind counts only when both state it: a report of a match that gives no score, or a
    crash report that gives no kilometre post, is not told apart by it; nor is a live
    report's half-time score set against a final score (docs/corpus.md, tenth review). In
    every language pair: a score and a kilometre post are written alike (ninth review).
    """
    a_scores, a_posts = marker_values(a.markers)
    b_scores, b_posts = marker_values(b.markers)
    floor = _score_floor(a_scores, b_scores)
    a_interim, b_interim = len(a_scores) < len(a.markers), len(b_scores) < len(b.markers)
    if floor < APART and (a_interim or b_interim):
        a_half, a_shoot = interim_values(a.markers)
        b_half, b_shoot = interim_values(b.markers)
        if (a_shoot and _no_draw(b_scores)) or (b_shoot and _no_draw(a_scores)):
            return APART  # a shoot-out follows a draw: a match won in play is another
        floor = max(floor, _score_floor(a_half, b_half), _score_floor(a_shoot, b_shoot))
    one_place = any(_one_post(x, y) for x in a_posts for y in b_posts)
    if floor < APART and a_posts and b_posts and not one_place:
        off = min(abs(x - y) for x in a_posts for y in b_posts)
        slip = SLIP_NAMES if off <= SLIP_KM else FAR_POST_NAMES if off <= FAR_KM else APART
        floor = max(floor, slip)
    return floor


def other_markers(a: Signature, b: Signature) -> bool:
    """Whether the two texts state other scores or other kilometre posts, whatever their
    names (``markers_floor``)."""
    return markers_floor(a, b) == APART


# Recurring reports (docs/corpus.md, fifth review). Two same-language texts sharing at least
# TEMPLATE_TEXT of their shingles are one template (two outlets' own words share under 0.2:
# on the six labelled sets only recurring reports of one outlet reach it across stories)...
TEMPLATE_TEXT = 0.25
# ... and when each carries at least MIN_FIGURES numbers and they share fewer than
# FIGURES_SHARED of the smaller set, the template holds other readings: another day's
# bulletin. Same-story pairs at that level of shared text share at least half (285 pairs on
# the six sets: the rewrites, trimmed copies and updates of one report keep its figures); the
# recurring reports of the fifth review share 0-0.30.
MIN_FIGURES = 3
FIGURES_SHARED = 0.4
# ... and only between articles published this many hours apart or more: the issues of a
# daily or weekly report come a day or more apart, while two outlets' reports of one event
# are mostly hours apart, and a rewrite of a wire story whose figures the outlet changed
# (the compare gold set's dam break: 0.30 of the text shared, one figure of three) is
# exactly what cross-checking is for.
ISSUE_GAP_HOURS = 18.0


def another_day(ts_a: float | None, ts_b: float | None) -> bool:
    """Whether two publication times are far enough apart for two issues of one report."""
    return ts_a is not None and ts_b is not None and abs(ts_a - ts_b) >= ISSUE_GAP_HOURS * 3600


def other_figures(a: Signature, b: Signature, shared: float = FIGURES_SHARED) -> bool:
    """Whether two articles carry different figures (see ``FIGURES_SHARED``)."""
    fa, fb = a.figures, b.figures
    fewer = min(len(fa), len(fb))
    return fewer >= MIN_FIGURES and len(fa & fb) < shared * fewer


# Price lists (tenth review). A market's price list comes out twice a week, and its issues
# share the market, the city, the trade office and its head, and most of their words, but
# not their template's text (each issue is written anew: 0.0-0.1 of shared shingles on the
# tenth set), so ``recurring`` does not see them. Their prices are the event: two outlets'
# reports of one day's list share 0.67-1.0 of the smaller set of figures, the next issue
# 0.17-0.43 (the prices that did not move). When either headline names prices (the "prices"
# kind of ``event_kinds``), both give the prices of several goods (PRICE_LIST_FIGURES
# figures or more), the two are published on other days and they share fewer than
# PRICE_FIGURES_SHARED of their figures, they are two issues, in any pair of languages (a
# figure is written alike). A report of one price and the next day's response to it (the
# first review's rice price and the market operation: 3-6 figures, one shared) is one story.
PRICES = term_hash("k", "prices")
PRICE_LIST_FIGURES = 5
PRICE_FIGURES_SHARED = 0.5


def other_prices(a: Signature, b: Signature) -> bool:
    """Whether two price lists, one of them a price report by its headline, carry other
    prices (for two articles published on other days: ``another_day``)."""
    if PRICES not in a.kinds and PRICES not in b.kinds:
        return False
    if min(len(a.figures), len(b.figures)) < PRICE_LIST_FIGURES:
        return False
    return other_figures(a, b, PRICE_FIGURES_SHARED)


def recurring(a: Signature, b: Signature, jaccard: float) -> bool:
    """Whether two same-language articles are two issues of one recurring report: the same
    template (shared text of at least ``TEMPLATE_TEXT``) with other figures in it.

    A daily air-quality bulletin, a market close or a price list repeats its sentences, its
    city, its agencies and its sources every day; only its readings change. Shared text
    made two such days a rewrite of one report (Jaccard 0.53-0.56), and their names alone
    (the index, the banks, the city) one story (0.46). A rewrite, a trimmed copy or an
    outlet's update of one report keeps most of its figures.
    """
    return jaccard >= TEMPLATE_TEXT and other_figures(a, b)


# Shared boilerplate (docs/corpus.md, sixth review). Two same-language texts sharing at least
# BOILERPLATE_TEXT of their shingles share sentences; when each carries less than
# HEADLINE_SHARED of the (idf-weighted) names the other's headline carries, the shared
# sentences are not the event's (a rewrite keeps what its headline is about) but an outlet's
# template: a spokesman's stock quote, a closing paragraph. On the eight labelled sets, every
# same-story pair sharing a fifth of its text has one article carrying at least 0.44 of the
# other's headline names; two events sharing a template carry 0-0.17.
BOILERPLATE_TEXT = 0.2
HEADLINE_SHARED = 0.3


def other_headlines(a: Signature, b: Signature, weight2: Mapping[int, float]) -> bool:
    """Whether neither article carries ``HEADLINE_SHARED`` of the other's headline names.

    A report and its rewrite, a follow-up or an outlet's update name what the other's
    headline is about (the place, the person, the agency); a price report and a voter list
    of one outlet share its stock paragraphs and its regency, not their subjects. Weighted
    by ``weight2`` (idf²), so the generic words of a headline's names ("Dinas",
    "Kecamatan") count little. False when either headline names nothing its text names.
    """
    a_heads, b_heads = a.heads, b.heads
    if not a_heads or not b_heads:
        return False
    # the weights of an article's names are needed (and known to the writer) only when it
    # shares one with the other: a headline none of whose names the other carries is 0
    get = weight2.__getitem__
    a_carried = a_heads & b.keys
    if a_carried and sum(map(get, a_carried)) >= HEADLINE_SHARED * sum(map(get, a_heads)):
        return False
    b_carried = b_heads & a.keys
    return not (b_carried and sum(map(get, b_carried)) >= HEADLINE_SHARED * sum(map(get, b_heads)))


def similarity(
    a: Signature,
    b: Signature,
    weight2: Mapping[int, float],
    settings: Settings = DEFAULT,
    *,
    same_language: bool = True,
    compare_text: bool = True,
    days_apart: bool = False,
) -> Similarity:
    """How likely two articles report one event (see the module docstring).

    ``compare_text=False`` skips the MinHash comparison (for candidates that share no LSH
    bucket, whose shingle Jaccard is almost surely far below the copy threshold).
    ``days_apart``: the two were published on other days (``another_day``), so two price
    reports with other prices are two issues (``other_prices``).
    """
    if days_apart and other_prices(a, b):
        return Similarity(score=0.0, names=0.0, words=0.0, jaccard=0.0)
    floor = markers_floor(a, b)
    jac = estimate_jaccard(a.minhash, b.minhash) if compare_text else 0.0
    two_events = same_language and other_events(a, b)
    if two_events and not a.heads.isdisjoint(b.heads):
        if not compare_text:  # a retelling shares few LSH bands: its text is compared here
            jac = estimate_jaccard(a.minhash, b.minhash)
        two_events = not retold(a, b, jac)
    names = (
        0.0
        if two_events or other_kinds(a, b) or floor == APART
        else weighted_cosine(a.keys, b.keys, weight2, a.repeats, b.repeats)
    )
    if names < floor:  # markers that differ by a slip, and names that do not outweigh it
        names = 0.0
    if a.opinion is not b.opinion:  # a column and a report of its topic: two stories
        names = 0.0
    words = set_cosine(a.words, b.words)
    w = settings.story_entity_weight
    if same_language and other_figures(a, b):
        if not compare_text and not jac:  # a template shares few LSH bands: compared here
            jac = estimate_jaccard(a.minhash, b.minhash)
        if jac >= TEMPLATE_TEXT:
            return Similarity(score=0.0, names=names, words=words, jaccard=jac)
    if same_language and other_headlines(a, b, weight2):
        if not compare_text and not jac:  # a shared template paragraph shares few LSH bands
            jac = estimate_jaccard(a.minhash, b.minhash)
        if jac >= BOILERPLATE_TEXT:  # two events sharing an outlet's template
            return Similarity(score=0.0, names=names, words=words, jaccard=jac)
    if same_language:
        score = names**w * words ** (1.0 - w) if names > 0 and words > 0 else 0.0
    else:
        score = names**w
    if jac >= settings.near_duplicate_jaccard / 2:
        score = max(score, 1.0)
    return Similarity(score=score, names=names, words=words, jaccard=jac)


def within_window(ts_a: float | None, ts_b: float | None, settings: Settings) -> bool:
    if ts_a is None or ts_b is None:
        return True
    return abs(ts_a - ts_b) <= settings.story_window_days * 86400.0


def _fits_span(
    ts: float | None, span: tuple[float | None, float | None] | None, settings: Settings
) -> bool:
    if ts is None or span is None or span[0] is None or span[1] is None:
        return True
    first, last = min(span[0], ts), max(span[1], ts)
    return last - first <= settings.story_max_days * 86400.0


# A candidate whose names agree at least this much with the arriving article's has its
# text compared even when the two share no LSH bucket: a trimmed copy names what its
# original names (name cosine 0.69-0.88 for the nine trimmed copies of the four reviews),
# and the check costs one comparison of two signatures.
COPY_NAMES = 0.6


def _copy_key(
    jac: float, minhash: np.ndarray, cand: Candidate, copy_level: float, contained_level: float
) -> tuple[bool, float, int, Candidate] | None:
    """How strongly the arriving article copies ``cand`` (None: not a copy).

    A copy is text largely the same (Jaccard at least ``copy_level``) or, above half that
    level, text nearly all found in the candidate (containment at least
    ``contained_level``: a syndicated copy trimmed to its first paragraphs, or with an
    added line). Full copies rank before trimmed ones, then by Jaccard, then the earliest.
    """
    full = jac >= copy_level
    if not full and estimate_containment(minhash, cand.signature.minhash) < contained_level:
        return None
    return (full, jac, -cand.rowid, cand)


def decide(
    sig: Signature,
    ts: float | None,
    candidates: Sequence[Candidate],
    weight2: Mapping[int, float],
    settings: Settings = DEFAULT,
    lang: str = "",
    bucket_mates: set[int] | None = None,
    spans: Mapping[str, tuple[float | None, float | None]] | None = None,
) -> Decision:
    """The story the article joins (or None to found one), and the article it copies.

    ``bucket_mates`` are the rowids of candidates sharing an LSH bucket with the article:
    only those are compared by MinHash (None: compare all). ``spans`` gives each candidate
    story's first and last publication time: a story cannot grow longer than
    ``Settings.story_max_days`` (an ongoing conflict is many stories, not one that chains
    day after day forever); copies join their original's story regardless. A story that
    holds another issue of the article's recurring report (``recurring``) is not joined.
    """
    best_copy: tuple[bool, float, int, Candidate] | None = None
    story_score: dict[str, float] = {}
    # ``similarity`` inlined, with the same float operations in the same order (so the same
    # scores to the last bit), minus the work whose result cannot matter: the arriving
    # article's norm is summed once, not once per candidate; a copy or an article outside
    # the window or span needs no name score; topical words are compared only when names
    # are shared (the score is 0 otherwise, and so is ``names`` across languages)
    w = settings.story_entity_weight
    copy_level = settings.near_duplicate_jaccard
    rewrite_level = copy_level / 2
    a_keys, a_words, minhash = sig.keys, sig.words, sig.minhash
    a_repeats = sig.repeats if a_keys else frozenset()
    a_actors = sig.actors if a_keys else frozenset()
    a_kinds = sig.kinds if a_keys else frozenset()
    a_markers = sig.markers if a_keys else frozenset()
    a_opinion = sig.opinion if a_keys else False
    get = weight2.__getitem__
    na_all = sum(map(get, a_keys)) if a_keys else 0.0
    unmatched = 1.0 - UNMATCHED_REPEAT
    contained_level = settings.copy_containment
    template_level = TEMPLATE_TEXT
    boilerplate_level = BOILERPLATE_TEXT
    threshold = settings.story_similarity
    # the name cosine at which a same-language candidate can reach the threshold (words <= 1)
    joining_names = threshold ** (1.0 / w)
    issues: set[str] = set()  # stories holding another issue of A's recurring report

    def copies(jac: float, cand: Candidate) -> bool:
        """Whether the article copies ``cand`` (kept if the best copy so far)."""
        nonlocal best_copy
        copy = _copy_key(jac, minhash, cand, copy_level, contained_level)
        if copy is None:
            return False
        if best_copy is None or copy[:3] > best_copy[:3]:
            best_copy = copy
        return True

    for cand in candidates:
        b = cand.signature
        text = bucket_mates is None or cand.rowid in bucket_mates
        jac = estimate_jaccard(minhash, b.minhash) if text else 0.0
        same = not lang or not cand.lang or lang == cand.lang
        days_apart = another_day(ts, cand.ts)
        if days_apart and other_prices(sig, b):
            issues.add(cand.story_id)  # another issue of a price report: not A's story
            continue
        issue_apart = same and days_apart
        if issue_apart and jac >= template_level and other_figures(sig, b):
            issues.add(cand.story_id)  # another issue of a recurring report: not A's story
            continue
        if jac >= rewrite_level and copies(jac, cand):
            continue
        if not within_window(ts, cand.ts, settings):
            continue
        if spans is not None and not _fits_span(ts, spans.get(cand.story_id), settings):
            continue
        names = 0.0
        b_keys = b.keys
        floor = markers_floor(sig, b) if a_markers and b.markers else 0.0
        two_events = bool(same and a_actors and other_events(sig, b))
        if two_events and not sig.heads.isdisjoint(b.heads):
            if not text:  # a retelling shares few LSH bands: its text is compared here
                jac = estimate_jaccard(minhash, b.minhash)
            two_events = not retold(sig, b, jac)
        if (
            a_keys
            and b_keys
            and not two_events
            and not (a_kinds and other_kinds(sig, b))
            and floor < APART
        ):
            shared = a_keys & b_keys
            if shared:
                num = sum(map(get, shared))
                na = na_all
                nb = sum(map(get, b_keys))
                if a_repeats:
                    na -= unmatched * sum(map(get, a_repeats - b_keys))
                b_repeats = b.repeats
                if b_repeats:
                    nb -= unmatched * sum(map(get, b_repeats - a_keys))
                names = num / math.sqrt(na * nb) if na > 0 and nb > 0 else 0.0
                if names < floor:  # markers that differ by a slip the names do not outweigh
                    names = 0.0
        if not text and names >= COPY_NAMES:
            # a copy trimmed to its first paragraphs shares few LSH bands with its original
            # (two of 16 with probability 0.14 at Jaccard 0.45) but all of its names
            jac = estimate_jaccard(minhash, b.minhash)
            text = True
            if issue_apart and jac >= template_level and other_figures(sig, b):
                issues.add(cand.story_id)
                continue
            if jac >= rewrite_level and copies(jac, cand):
                continue
        if not text and issue_apart and names >= joining_names and other_figures(sig, b):
            # another issue of a recurring report shares its names and few LSH bands with
            # A: the texts are compared when the names could make A join (rare: figures
            # that differ and names that agree)
            jac = estimate_jaccard(minhash, b.minhash)
            if jac >= template_level:
                issues.add(cand.story_id)
                continue
        if (
            same
            and (jac >= boilerplate_level or (not text and names >= joining_names))
            and other_headlines(sig, b, weight2)
        ):
            # shared sentences that carry neither headline's subject: an outlet's template
            # (a stock quote, a closing paragraph) shared by two of its events
            if not text:
                jac = estimate_jaccard(minhash, b.minhash)
            if jac >= boilerplate_level:
                continue
        known = story_score.get(cand.story_id, -1.0)
        if names > 0 and a_opinion is not b.opinion:
            names = 0.0  # a column and a report of its topic: two stories (``opinion``)
        if names > 0:
            if same:
                bound = names**w  # the score at most (words <= 1)
                if bound <= known and jac < rewrite_level:
                    continue  # cannot raise its story's score: the words need no comparing
                words = set_cosine(a_words, b.words)
                score = bound * words ** (1.0 - w) if words > 0 else 0.0
            else:
                score = names**w
        else:
            score = 0.0
        if jac >= rewrite_level:
            score = max(score, 1.0)
        if score > known:
            story_score[cand.story_id] = score
    if best_copy is not None:
        original = best_copy[3]
        return Decision(
            story_id=original.story_id,
            duplicate_of=original.duplicate_of or original.id,
            score=best_copy[1],
            copied=original.id,
        )
    for story in issues:
        # a story that holds another day's issue of A's recurring report is another day's
        # story, however well A's names agree with its other articles (another outlet's
        # report of that day's reading)
        story_score.pop(story, None)
    if not story_score:
        return Decision(story_id=None)
    story, score = max(story_score.items(), key=lambda kv: (kv[1], kv[0]))
    if score >= threshold:
        return Decision(story_id=story, score=score)
    return Decision(story_id=None, score=score)
