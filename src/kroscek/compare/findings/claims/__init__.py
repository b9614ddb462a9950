"""Group the same fact across articles into claims, and find claims that contradict.

Agreement, conflict, unique and attribution findings all start from one question: is this
number (date, quote) in article A the same claim as that one in article B? Two numbers can
be compared when they count the same quantity (same unit or counted noun, same event when
both say); they *agree* when the figure is the same ("lebih dari 11.000" and "11.000") or
approximately so ("sekitar 240" / "250"), and they are about the same thing: aligned
sentences, shared context words, or both being their headline's figure. Incompatible
figures about the same thing are a *conflict* candidate; a bound and a figure inside it
("lebih dari 20" / "23") are *compatible*: not one claim, not news the other lacks. Counts of
one outcome (killed, injured) in different nouns of one class ("23 penumpang" / "32 orang"
tewas) are one quantity. Claims are the connected components of "agree"; two claims conflict
when some pair of their mentions does, no article states both, and each is the other's best
rival among the claims of its sources. Computed once per report and shared by every finding
module (see docs/findings.md).

The package follows that pipeline, each module deciding one thing (lower ones first; no
module imports one below it in this list):

- ``mentions``: the model (Mention, Claim, ClaimSet), shared thresholds, usable values.
- ``nouns``: what a figure counts (counted noun, event class, times), same quantity/duration.
- ``slips``: digit slips, moved zeros and decimal points, figures too far apart.
- ``quotes``: one quote cut, edited or translated; loanwords; one speaker spelt two ways.
- ``tolls``: outcomes and tolls, a group and its subgroups, "the others", counted subjects.
- ``stories``: a story's sole figures, figures swapped between two stories, hedged crowds.
- ``revisions``: revised and superseded counts, old values, bounds a later count revises.
- ``dates``: date precision, lead dates, one act on one day, next steps and deadlines.
- ``cross_language``: when an Indonesian and an English figure are one claim.
- ``parts``: parts of a total, breakdowns, running totals, shares of one change.
- ``pairing``: which two articles report two events (``apart_pairs``).
- ``relation``: how two mentions relate (agree / conflict / neither) and cheap rule-outs.
- ``grouping``: claims as components of "agree", leftovers, bridges (``group_claims``).

This module re-exports the names the finding modules use.
"""

from __future__ import annotations

from kroscek.compare.findings.claims.dates import lead_date, update_dates, zones_apart
from kroscek.compare.findings.claims.grouping import group_claims
from kroscek.compare.findings.claims.mentions import (
    Claim,
    ClaimKind,
    ClaimSet,
    Mention,
    in_quote,
    usable,
    values_compatible,
)
from kroscek.compare.findings.claims.nouns import (
    counts_people,
    en_to_id,
    noun_key,
    same_duration,
    same_quantity,
)
from kroscek.compare.findings.claims.pairing import apart_pairs, transliteration_key
from kroscek.compare.findings.claims.quotes import LOAN_RESPELL, same_speaker_possible, written_in
from kroscek.compare.findings.claims.revisions import (
    denied_noun,
    revised_count,
    still_treated,
    tally_verbs,
)
from kroscek.compare.findings.claims.tolls import counted_subject, counts_others, one_outcome

__all__ = [
    "LOAN_RESPELL",
    "Claim",
    "ClaimKind",
    "ClaimSet",
    "Mention",
    "apart_pairs",
    "counted_subject",
    "counts_others",
    "counts_people",
    "denied_noun",
    "en_to_id",
    "group_claims",
    "in_quote",
    "lead_date",
    "noun_key",
    "one_outcome",
    "revised_count",
    "same_duration",
    "same_quantity",
    "same_speaker_possible",
    "still_treated",
    "tally_verbs",
    "transliteration_key",
    "update_dates",
    "usable",
    "values_compatible",
    "written_in",
    "zones_apart",
]
