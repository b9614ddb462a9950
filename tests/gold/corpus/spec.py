"""The shape of a hand-written story spec of the labelled corpus."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Story:
    """One event: its facts as sentences, each with one or more wordings.

    ``key`` is the gold label (two specs with one key are one event told in two languages).
    ``lead`` holds alternative opening sentences; ``body`` holds the other facts, each as a
    list of alternative wordings (an outlet picks one, and may leave the fact out).
    """

    key: str
    lang: str
    when: str  # ISO 8601 with offset: when the event was first reported
    city: str  # for datelines
    heads: list[str]
    lead: list[str]
    body: list[list[str]]
