"""Read-side value types of the corpus store.

These frozen records are the contract between the store (which writes them from SQLite
rows) and its readers: the CLI (`kroscek stories/story/search`) and the web app. Each has a
``to_dict()`` that is ready for ``json.dumps`` so the CLI's JSON and the web's JSON twins
come from one place and cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kroscek.data import clip


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """An article as a story or a search hit lists it: enough to show and link, no body."""

    id: str
    source: str
    title: str
    url: str | None
    published: datetime | None
    lang: str
    duplicate_of: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "title": self.title,
            "url": self.url,
            "published": _iso(self.published),
            "lang": self.lang,
            "duplicate_of": self.duplicate_of,
        }


@dataclass(frozen=True, slots=True)
class StorySummary:
    """One story in a list: its span in time and who covered it.

    ``n_sources`` counts the distinct outlets of the story's *independent* articles
    (near-duplicate copies are not independent coverage); ``sources`` lists every outlet
    that carried the story, copies included, so a reader can still see who re-posted it.
    ``high_findings`` is the number of high-severity findings when the story's report is
    cached, else 0 (computing a report is lazy).
    """

    id: str
    title: str
    first_published: datetime | None
    last_published: datetime | None
    n_articles: int
    n_sources: int
    sources: tuple[str, ...]
    langs: tuple[str, ...]
    high_findings: int = 0

    def __repr__(self) -> str:
        # one line in a notebook: `corpus.stories()` of a story re-posted by forty outlets
        # would otherwise print forty names and two timezone objects per story
        when = self.first_published.date().isoformat() if self.first_published else "undated"
        title = clip(" ".join(self.title.split()), 60)
        shown = ", ".join(self.sources[:3]) + (", …" if len(self.sources) > 3 else "")
        return (
            f"StorySummary({self.id!r}, {title!r}, {when}, {self.n_articles} articles, "
            f"{self.n_sources} independent outlets of {len(self.sources)} ({shown}), "
            f"{self.high_findings} high)"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "first_published": _iso(self.first_published),
            "last_published": _iso(self.last_published),
            "n_articles": self.n_articles,
            "n_sources": self.n_sources,
            "sources": list(self.sources),
            "langs": list(self.langs),
            "high_findings": self.high_findings,
        }


@dataclass(frozen=True, slots=True)
class StoryDetail:
    """A story with its articles, oldest first (copies carry ``duplicate_of``)."""

    summary: StorySummary
    articles: tuple[ArticleRef, ...]

    @property
    def id(self) -> str:
        return self.summary.id

    def independent(self) -> tuple[ArticleRef, ...]:
        """The articles that are not near-duplicate copies of another article."""
        return tuple(a for a in self.articles if a.duplicate_of is None)

    def to_dict(self) -> dict[str, Any]:
        out = self.summary.to_dict()
        out["articles"] = [a.to_dict() for a in self.articles]
        return out


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A full-text hit. ``snippet`` marks matches with « and » (plain text, never HTML)."""

    article: ArticleRef
    story_id: str | None
    snippet: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article.to_dict(),
            "story_id": self.story_id,
            "snippet": self.snippet,
        }


@dataclass(frozen=True, slots=True)
class OutletSummary:
    """An outlet: how much it published and how often its facts conflicted with others'.

    ``n_conflicts`` counts conflict findings with evidence from this outlet, over the
    stories whose reports are cached.
    """

    name: str
    n_articles: int
    n_stories: int
    n_conflicts: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "n_articles": self.n_articles,
            "n_stories": self.n_stories,
            "n_conflicts": self.n_conflicts,
        }


@dataclass(frozen=True, slots=True)
class OutletDetail:
    """An outlet with its stories, newest first."""

    summary: OutletSummary
    stories: tuple[StorySummary, ...]

    def to_dict(self) -> dict[str, Any]:
        out = self.summary.to_dict()
        out["stories"] = [s.to_dict() for s in self.stories]
        return out
