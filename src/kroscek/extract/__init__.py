"""Fact extraction: entities, numbers, dates, quotes and attributions, and entity linking.

``extract_facts(article)`` returns the article with its facts; ``link_entities(articles)``
gives one entity id per referent across the articles of one event. Both are pure
functions over frozen ``data`` types, safe to run in worker processes.
"""

from __future__ import annotations

from kroscek.extract.core import extract_facts
from kroscek.extract.linking import link_entities

__all__ = ["extract_facts", "link_entities"]
