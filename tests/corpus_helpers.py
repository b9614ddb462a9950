"""Shared helper of the clustering tests: the story partition a corpus ended with."""

from __future__ import annotations

from kroscek.store import Corpus


def partition(corpus: Corpus) -> set[frozenset[str]]:
    """The articles' ids grouped by story, as a set of groups (story ids left out)."""
    rows = corpus.connection.execute("SELECT story_id, id FROM articles").fetchall()
    groups: dict[str, set[str]] = {}
    for story, aid in rows:
        groups.setdefault(story, set()).add(aid)
    return {frozenset(g) for g in groups.values()}
