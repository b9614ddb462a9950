"""Incremental story clustering: signatures (features), candidates (index), decisions (assign).

An arriving article joins the story of its most similar earlier article within the time
window, or founds a new story; near-exact copies are marked as such. See docs/corpus.md.
"""

from __future__ import annotations

from kroscek.cluster.assign import Candidate, Decision, decide
from kroscek.cluster.features import Signature, sign_batch

__all__ = ["Candidate", "Decision", "Signature", "decide", "sign_batch"]
