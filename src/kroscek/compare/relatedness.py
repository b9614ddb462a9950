"""Whether the compared articles report one event at all.

A fact-checker may paste the wrong article, or two look-alike events (two arrests by one
police unit in two provinces, two matches of one tournament): compare would then report
their different figures and places as conflicts. Before any finding is trusted, each pair
of articles is scored the way a corpus groups articles into stories
(:func:`kroscek.cluster.assign.similarity`: shared names and numbers, then topical words;
across languages the names alone), every name weighing the same since there is no corpus to
say which names are rare. A pair below :data:`UNRELATED_BELOW` gets a warning on the report,
unless both texts are like a third one of the set (two versions of one event through the
report they both follow), or unless the two share passages of text (a pasted wire story or
a verbatim quote is one report, whatever its figures make of the clustering score: a judges'
vote "6-3" read as a match score must not hide seven shared paragraphs); the findings are
still computed, since a user may mean to compare two events.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations

from kroscek.compare.findings._common import source_labels
from kroscek.compare.messages import message, report_lang
from kroscek.data import Article, ReportWarning, SharedPassage
from kroscek.settings import DEFAULT, Settings

# Measured on this project's labelled sets (docs/findings.md, "Unrelated articles"): the
# 204 pairs of the compare gold set's same-event cases score 0.19 and up, and 2,008 pairs of
# articles the clustering gold sets put in one story 0.13 and up; 300 random pairs of
# different cases score below 0.04 nine times in ten, and ten of the sixteen look-alike
# controls (two events of one kind) score below 0.12.
UNRELATED_BELOW = 0.12

# Two texts sharing at least SHARED_PASSAGES passages holding SHARED_CHARS characters or
# more (verbatim or paraphrased) tell one report. On the compare gold set, the 24 look-alike
# controls (two events of one kind, often one outlet's template) share at most 3 passages
# and 259 characters; 98 of the 354 same-event pairs clear both bars.
SHARED_PASSAGES = 3
SHARED_CHARS = 400


class _EveryNameWeighsOne(dict[int, float]):
    """The squared weight of each name: 1, with no corpus to weigh rare names up."""

    def __missing__(self, key: int) -> float:
        return 1.0


def unrelated_pairs(
    articles: Sequence[Article],
    settings: Settings = DEFAULT,
    shared: Sequence[SharedPassage] = (),
) -> tuple[ReportWarning, ...]:
    """A warning for each pair of ``articles`` too unlike to report one event, and sharing
    too little of the ``shared`` passages found by alignment (``_share_text``)."""
    from kroscek.cluster.assign import TEMPLATE_TEXT, similarity
    from kroscek.cluster.features import sign_batch

    if len(articles) < 2:
        return ()
    signatures = sign_batch(articles, settings)
    weights = _EveryNameWeighsOne()
    labels = source_labels(articles)
    out: list[ReportWarning] = []
    lang = report_lang(a.lang for a in articles)
    scores: dict[tuple[int, int], float] = {}
    related: set[frozenset[int]] = set()
    for i, j in combinations(range(len(articles)), 2):
        sim = similarity(
            signatures[i],
            signatures[j],
            weights,
            settings,
            same_language=articles[i].lang == articles[j].lang,
        )
        scores[(i, j)] = sim.score
        if (
            sim.score >= UNRELATED_BELOW
            or sim.jaccard >= TEMPLATE_TEXT
            or _share_text(articles[i].id, articles[j].id, shared)
        ):
            # a quarter of the text shared is one report rewritten, whatever the clustering
            # makes of its figures (two issues of a daily bulletin are one template too)
            related.add(frozenset((i, j)))
    for (i, j), score in scores.items():
        if frozenset((i, j)) in related or any(
            {frozenset((i, k)), frozenset((j, k))} <= related for k in range(len(articles))
        ):
            # two texts that each report the event of a third (a Malay outlet's and an
            # Indonesian one's versions of one deportation, both like the first report) report
            # one event, however few words they share with each other
            continue
        a, b = articles[i], articles[j]
        shown = f"{score:.2f}" if lang == "en" else f"{score:.2f}".replace(".", ",")
        text = message(
            lang, "warning.unrelated", first=labels[a.id], second=labels[b.id], similarity=shown
        )
        out.append(ReportWarning("unrelated", text, (a.id, b.id), round(score, 3)))
    return tuple(out)


def _share_text(a: str, b: str, shared: Sequence[SharedPassage]) -> bool:
    """Articles ``a`` and ``b`` (ids) share ``SHARED_PASSAGES`` passages or more, holding
    ``SHARED_CHARS`` characters or more: one report copied or retold."""
    count = chars = 0
    for passage in shared:
        ids = {o.article for o in passage.occurrences}
        if a in ids and b in ids:
            count += 1
            chars += len(passage.text)
    return count >= SHARED_PASSAGES and chars >= SHARED_CHARS
