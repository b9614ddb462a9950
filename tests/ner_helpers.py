"""The entity facts of one sentence, for the tests of the rule layer's name classes."""

from __future__ import annotations

from kroscek.data import Article, Fact
from kroscek.extract import extract_facts


def entities(text: str, lang: str) -> list[Fact]:
    """The entity facts ``extract_facts`` finds in ``text`` (no title)."""
    art = Article(id="t", source="t", title="", text=text, lang=lang)
    return [f for f in extract_facts(art).facts if f.kind == "entity"]


def pairs(text: str, lang: str) -> set[tuple[str, str]]:
    """(surface, label) of each entity fact of ``text``."""
    return {(f.text, f.label) for f in entities(text, lang)}
