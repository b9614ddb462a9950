"""Ages that disagree: "RD (27)" / "RD (29)".

Crime and accident news names people by initials or name with their age in brackets ("AS
(34)", "Hendrikus Lamba (41)") or between commas ("Maria Lopez, 64,"). Number extraction
reads the age as a bare figure and unique findings leave it alone; two outlets giving one
name two ages tell one person two ways: one of them is wrong. A name a text gives two ages
(two people with one initials) is left alone, and so are pairs of articles about two events.
"""

from __future__ import annotations

from collections.abc import Sequence

from kroscek.align import Alignment
from kroscek.compare.findings.aged import ages
from kroscek.compare.findings.keyed import keyed_conflicts
from kroscek.data import Article, Finding


def find_age_conflicts(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """One conflict per name two articles give different ages (see the module doc)."""
    found = {a.id: ages(a) for a in articles}
    return keyed_conflicts(
        articles,
        alignment,
        found,
        lambda x, y: x != y,
        message_key="conflict.age",
        severity="high",
        slot="age",
    )
