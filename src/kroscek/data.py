"""Plain data types that cross stage boundaries.

Every stage of the pipeline (ingest -> clean -> extract -> align -> compare -> report)
reads and writes only these frozen types, so a stage can be swapped, cached or run on
another machine (Dask) without knowing the others. Offsets are character offsets into
``Article.title`` or ``Article.text``; both are fixed once cleaning has run and nothing
later rewrites them, so every fact and finding can be highlighted by offset.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from dataclasses import field as dc_field
from datetime import datetime
from typing import Any, Literal

Field = Literal["title", "text"]
# Evidence may also point into the dateline place that cleaning took out of the text
# (``Article.dateline``): "Taheran" of "Harakatuna.com. Taheran - ...".
EvidenceField = Literal["title", "text", "dateline"]
FactKind = Literal["entity", "number", "date", "quote", "attribution"]
Severity = Literal["high", "medium", "low", "info"]
FindingType = Literal[
    "conflict",
    "headline_mismatch",
    "framing",
    "attribution",
    "unique",
    "agreement",
    "variant",
]
SEVERITIES: tuple[Severity, ...] = ("high", "medium", "low", "info")


def content_id(*parts: str) -> str:
    """A stable id from content, so re-reading the same article is a no-op."""
    h = hashlib.blake2b(digest_size=8)
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


@dataclass(frozen=True, slots=True)
class RawArticle:
    """An article as a reader found it: nothing cleaned, nothing decided yet.

    ``origin`` says where it came from (a path, ``path:line`` or a URL) so that errors
    and reports can point a user back at the input.
    """

    origin: str
    title: str
    text: str
    source: str | None = None
    url: str | None = None
    published: datetime | None = None
    fmt: str = "txt"  # txt | html | jsonl | warc | url
    meta: Mapping[str, Any] = dc_field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range in an article's title or text."""

    start: int
    end: int
    field: Field = "text"

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span [{self.start}, {self.end})")


@dataclass(frozen=True, slots=True)
class Fact:
    """One extracted fact, anchored to the words that state it.

    ``label`` and ``value`` depend on ``kind``:

    - entity: label PER/ORG/LOC, value the normalised entity id (e.g. ``"LOC:iran"``);
      attrs may hold ``country`` (ISO code), ``role`` (a stripped title), ``canonical``.
    - number: label the counted noun (``"orang"``), value the number as float;
      attrs ``qualifier`` (about, more_than, at_least, up_to, exact), ``unit``.
    - date: label the precision (day, month, year), value ISO date string;
      attrs ``relative`` (bool), ``weekday``.
    - quote: label the speaker's entity id or name, value the quoted words;
      attrs ``verb`` (reporting verb), ``speaker``.
    - attribution: label the stance (attributed, claimed, stated), value the source
      named (``"pejabat Israel"``); attrs ``cue`` (the word that signals it).

    Details the extractor adds (``kroscek.extract``):

    - entity attrs ``surface`` (the words as written) and ``source`` (gazetteer, rule,
      body, fuzzy); after ``link_entities`` every variant of one referent shares one id
      and one ``canonical`` display name, so ``surface != canonical`` marks a variant.
    - number label is the unit ("percent", "IDR", "km") when an amount has no counted
      noun, and "" when nothing counted was found; attrs ``event`` (killed, injured,
      hostage, ...) when a nearby word says what happened to the counted things, and
      ``vague`` for "ribuan"/"thousands"; ``whole`` the whole a part belongs to ("tujuh
      dari delapan fraksi": 7 with whole 8, so it can meet "Seluruh delapan fraksi");
      ``measure`` what a length measures (depth, radius, distance, height: "ketinggian air
      mencapai 80 sentimeter" is a depth). ``kroscek.extract.numbers.compatible(a, b)``
      tells hedges ("lebih dari 11.000" vs "11.000") from conflicts.
    - date label may also be ``week``; value is the first day of the period and attrs
      ``end`` its last day (periods that overlap agree); ``weekday_mismatch`` is True when
      a stated weekday contradicts the date; ``part`` ("awal", "earlier") for parts of a
      month or year; ``year_guessed`` is True when the date was written without its year
      and neither a publication date nor a full date in the text gave one (its year is a
      placeholder: dates are then compared on month and day only); ``time`` ("12:15"),
      ``zone`` ("WIB") and ``time_about`` (bool) when a clock time is written beside the
      day ("Senin (3/11/2025) pukul 12.15 WIB"): the date's value never changes with it;
      ``update`` marks the day of a revised count.
      A date label ``weekday`` is a weekday written with nothing to date it (no
      publication date, no dated dateline, no day of its own in the text: "on Sunday",
      "pada Minggu"): value the weekday's English name, attrs ``weekday`` (1-7),
      ``anchor`` "none" and ``coming`` for a future one; no calendar day is invented.
      A date ``range`` ("17 hingga 18 Maret 2026") has value its first day and ``end``
      its last. A number label ``fold`` is a multiplier ("tiga kali lipat"), no count.
    - attribution attrs ``scope`` ([start, end] of the clause the cue covers) and
      ``entity`` (the id of an entity named in the source); value is "" for a hedge with
      no source ("diduga", "reportedly").
    """

    kind: FactKind
    label: str
    value: Any
    text: str
    start: int
    end: int
    field: Field = "text"
    attrs: Mapping[str, Any] = dc_field(default_factory=dict)

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.field)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "label": self.label,
            "value": self.value,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "field": self.field,
            "attrs": dict(self.attrs),
        }


def clip(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis: a title in a one-line repr, an
    input's name in a one-line error."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True, slots=True, repr=False)
class Article:
    """A cleaned article. ``title`` and ``text`` never change after cleaning."""

    id: str
    source: str
    title: str
    text: str
    url: str | None = None
    published: datetime | None = None
    lang: str = "id"
    facts: tuple[Fact, ...] = ()
    meta: Mapping[str, Any] = dc_field(default_factory=dict)

    def with_facts(self, facts: tuple[Fact, ...]) -> Article:
        return replace(self, facts=facts)

    def __repr__(self) -> str:
        # one line in a notebook or a log, not the whole text and every fact
        when = self.published.date().isoformat() if self.published else "undated"
        title = clip(" ".join(self.title.split()), 60)
        return (
            f"Article({self.id!r}, source={self.source!r}, title={title!r}, "
            f"lang={self.lang!r}, {when}, {len(self.text):,} chars, {len(self.facts)} facts)"
        )

    @property
    def dateline(self) -> str | None:
        """The place of the dateline cleaning removed from the text ("Taheran -"), as written.

        Kept because a place spelt one way in a dateline and another in a text is a
        finding (``variant``), and its evidence must point at words that exist somewhere:
        here, the JSON key ``dateline`` of the article.
        """
        place = self.meta.get("dateline_place") if self.meta else None
        return (place.strip() or None) if isinstance(place, str) else None

    def field_text(self, name: EvidenceField) -> str:
        if name == "dateline":
            return self.dateline or ""
        return self.title if name == "title" else self.text

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "title": self.title,
            "lang": self.lang,
            "published": self.published.isoformat() if self.published else None,
            "url": self.url,
            "text": self.text,
            "dateline": self.dateline,
            "facts": [f.to_dict() for f in self.facts],
        }


@dataclass(frozen=True, slots=True)
class Occurrence:
    """Where a shared passage sits in one article."""

    article: str
    start: int
    end: int
    field: Field = "text"


@dataclass(frozen=True, slots=True)
class SharedPassage:
    """Text found in two or more articles, verbatim (near-exact) or paraphrased."""

    kind: Literal["verbatim", "paraphrase"]
    text: str
    occurrences: tuple[Occurrence, ...]
    similarity: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "text": self.text,
            "similarity": round(self.similarity, 3),
            "occurrences": [
                {"article": o.article, "start": o.start, "end": o.end, "field": o.field}
                for o in self.occurrences
            ],
        }


@dataclass(frozen=True, slots=True)
class Evidence:
    """The words that prove a finding, by offset into one article's title or text (or, for a
    place only a dateline names, its ``dateline``)."""

    article: str
    field: EvidenceField
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "field": self.field,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Finding:
    type: FindingType
    severity: Severity
    message: str
    evidence: tuple[Evidence, ...]
    slot: str | None = None  # e.g. "number:orang", "quote:speaker", "entity:LOC"

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type,
            "severity": self.severity,
            "message": self.message,
            "evidence": [e.to_dict() for e in self.evidence],
        }
        if self.slot:
            out["slot"] = self.slot
        return out


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input item that could not be read, with why; counted and listed, never fatal."""

    origin: str
    reason: str
    code: str = "bad_input"


@dataclass(frozen=True, slots=True)
class ReportWarning:
    """Something the reader must know before trusting the findings, about the inputs as a
    whole rather than one claim: ``code`` "unrelated" means two of the compared articles
    share too few names and words to report one event (``articles``, their ``similarity``),
    so what differs between them is more likely two stories than two versions of one."""

    code: str
    message: str
    articles: tuple[str, ...] = ()
    similarity: float | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "code": self.code,
            "message": self.message,
            "articles": list(self.articles),
        }
        if self.similarity is not None:
            out["similarity"] = round(self.similarity, 3)
        return out


@dataclass(frozen=True, slots=True, repr=False)
class Report:
    """The result of cross-checking articles about one event."""

    articles: tuple[Article, ...]
    shared_passages: tuple[SharedPassage, ...] = ()
    findings: tuple[Finding, ...] = ()
    unique: Mapping[str, tuple[Span, ...]] = dc_field(default_factory=dict)
    rejected: tuple[Rejected, ...] = ()
    warnings: tuple[ReportWarning, ...] = ()

    def __repr__(self) -> str:
        # what a notebook shows for ``kroscek.compare(...)``: the outlets and the count of
        # findings per severity, not 10,000 characters of articles (``to_dict`` has it all)
        counts = Counter(f.severity for f in self.findings)
        severities = ", ".join(f"{counts[s]} {s}" for s in SEVERITIES if counts[s])
        parts = [
            f"{len(self.articles)} articles ({', '.join(a.source for a in self.articles)})",
            f"{len(self.findings)} findings" + (f" ({severities})" if severities else ""),
            f"{len(self.shared_passages)} shared passages",
        ]
        if self.rejected:
            parts.append(f"{len(self.rejected)} rejected")
        if self.warnings:
            parts.append(f"{len(self.warnings)} warnings")
        return f"Report({'; '.join(parts)})"

    def article(self, article_id: str) -> Article:
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)

    def to_dict(self) -> dict[str, Any]:
        from kroscek import __version__

        return {
            "kroscek_version": __version__,
            "articles": [a.to_dict() for a in self.articles],
            "shared_passages": [p.to_dict() for p in self.shared_passages],
            "findings": [f.to_dict() for f in self.findings],
            "unique": {
                k: [{"start": s.start, "end": s.end, "field": s.field} for s in v]
                for k, v in self.unique.items()
            },
            "rejected": [{"origin": r.origin, "reason": r.reason} for r in self.rejected],
            "warnings": [w.to_dict() for w in self.warnings],
        }
