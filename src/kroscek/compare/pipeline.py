"""``compare``: the whole chain, from files or articles to a Report.

read -> clean -> extract_facts -> link_entities -> align -> findings. A bad input is
listed in ``Report.rejected`` and the good ones are still compared; with fewer than two
good articles there is nothing to cross-check and ``NotEnoughArticlesError`` says so.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import TypeAlias

from kroscek.data import Article, RawArticle, Rejected, Report, clip
from kroscek.errors import KroscekError, ModelError, NotEnoughArticlesError, UsageError
from kroscek.settings import DEFAULT, Settings

Input: TypeAlias = str | os.PathLike[str] | RawArticle | Article
OnRejected: TypeAlias = Callable[[Rejected], None]


def _sources(
    inputs: Sequence[Input], source: str | Sequence[str | None] | None
) -> list[str | None]:
    if source is None or isinstance(source, str):
        return [source] * len(inputs)
    names: list[str | None] = list(source)
    if len(names) != len(inputs):
        raise UsageError(
            f"{len(names)} source names for {len(inputs)} inputs",
            hint="give one --source per input, or one for all",
        )
    return names


def _clean(raw: RawArticle, source: str | None) -> Article | Rejected:
    from kroscek.clean import clean

    try:
        article = clean(raw, source=source)
    except KroscekError as exc:
        return Rejected(raw.origin, exc.message, exc.code)
    except Exception as exc:  # one bad article must not end the batch
        return Rejected(raw.origin, f"cannot clean: {type(exc).__name__}: {exc}", "bad_input")
    if not article.text.strip():
        return Rejected(raw.origin, "no article text left after cleaning", "empty")
    return article


def load_articles(
    inputs: Sequence[Input],
    *,
    source: str | Sequence[str | None] | None = None,
    settings: Settings = DEFAULT,
    on_rejected: OnRejected | None = None,
) -> tuple[list[Article], list[Rejected]]:
    """Read and clean every input; bad ones come back as ``Rejected`` (and to the callback)."""
    from kroscek.ingest import read

    articles: list[Article] = []
    rejected: list[Rejected] = []

    def reject(r: Rejected) -> None:
        rejected.append(r)
        if on_rejected is not None:
            on_rejected(r)

    for item, name in zip(inputs, _sources(inputs, source), strict=True):
        if isinstance(item, Article):
            articles.append(item if name is None else _renamed(item, name))
            continue
        raws = (
            [item] if isinstance(item, RawArticle) else read([item], source=name, settings=settings)
        )
        for raw in raws:
            if isinstance(raw, Rejected):
                reject(raw)
                continue
            got = _clean(raw, name)
            if isinstance(got, Rejected):
                reject(got)
            else:
                articles.append(got)
    return articles, rejected


def _renamed(article: Article, source: str) -> Article:
    from dataclasses import replace

    return replace(article, source=source)


def _own_day(article: Article) -> str | None:
    if article.published is not None:
        return article.published.date().isoformat()
    raw = _dateline_day(article)
    if raw is not None and not article.meta.get("dateline_year_guessed"):
        return raw
    return None


def _written_day(article: Article) -> str | None:
    from kroscek.extract.dates import written_day

    if _dateline_day(article) is not None:
        return None  # a dated dateline stands for the text's day (its year lent, if guessed)
    day = written_day(article.text, article.lang or "id")
    return day.isoformat() if day is not None else None


def _dateline_day(article: Article) -> str | None:
    raw = article.meta.get("dateline_date") if article.meta else None
    return raw if isinstance(raw, str) else None


def _one_dateline_year(articles: list[Article]) -> list[Article]:
    """The yearless datelines of one comparison in one guessed year: the first in which the
    first lead that names a weekday has it on its dateline's day ("DHAKA, Nov 9 (Wire) - ...
    on Sunday": 9 November on a Sunday), so that every text reads its weekdays in one
    calendar (two wires' "on Thursday" and "on Friday" under "Nov 21" stay two days)."""
    from dataclasses import replace
    from datetime import date

    from kroscek.extract.dates import lead_weekday, week_written_year, weekday_year

    guessed = [a for a in articles if a.meta.get("dateline_year_guessed") and _dateline_day(a)]
    texts = [(b.text, b.lang or "id") for b in articles if not b.facts]
    for a in guessed:
        try:
            day = date.fromisoformat(str(_dateline_day(a)))
        except ValueError:
            return articles
        # a day of the dateline's week written with its weekday ("Sunday, November 22")
        # tells the year; else the lead's weekday, taken to fall on the dateline's day
        year = week_written_year(day, texts)
        if year is None:
            weekday = lead_weekday(a.text, a.lang or "id")
            if weekday is None:
                continue
            year = weekday_year(day, weekday)
        if year is None:
            return articles

        def moved(b: Article, year: int = year) -> Article:
            raw = str(_dateline_day(b))
            try:
                day = date.fromisoformat(raw).replace(year=year)
            except ValueError:  # 29 February
                return b
            return replace(b, meta={**b.meta, "dateline_date": day.isoformat()})

        return [moved(b) if b in guessed and not b.facts else b for b in articles]
    return articles


def _lend_set_date(articles: list[Article]) -> list[Article]:
    """An article with no date of its own (no publication date, no dated dateline) is given
    the day the others were published (``meta["set_date"]``), when they all give one day:
    its bare weekdays ("on Wednesday") are read against it. Texts published on different
    days lend nothing (which week a weekday falls in would be a guess). With no firm day at
    all, one day of yearless datelines is lent (its year guessed, as the texts' own
    weekdays are read), so every text reads its weekdays against the same week."""
    from dataclasses import replace

    day_of = _own_day
    days = {d for a in articles if (d := _own_day(a)) is not None}
    if not days:
        # no publication date: a day a text writes out in full ("Minggu (16/11/2025)") gives
        # a wire's yearless dateline ("JAKARTA, Nov 16") its year
        written = {d for a in articles if (d := _written_day(a)) is not None}
        if len(written) == 1:
            articles = [
                replace(a, meta={**a.meta, "set_date": min(written)})
                if not a.facts and a.meta.get("dateline_year_guessed")
                else a
                for a in articles
            ]
        # only yearless datelines ("DHAKA, Nov 18"): their day, its year guessed as the
        # texts' own weekdays are, still tells which week a bare weekday falls in
        articles = _one_dateline_year(articles)
        day_of = _dateline_day
        days = {d for a in articles if (d := _dateline_day(a)) is not None}
    if len(days) != 1 or all(day_of(a) is not None for a in articles):
        return articles
    (day,) = days
    return [
        a if a.facts or day_of(a) is not None else replace(a, meta={**a.meta, "set_date": day})
        for a in articles
    ]


def _with_facts(articles: list[Article], reject: OnRejected) -> list[Article]:
    from kroscek.extract import extract_facts, link_entities

    out: list[Article] = []
    articles = _lend_set_date(articles)
    for a in articles:
        if a.facts:
            out.append(a)
            continue
        origin = str(a.meta.get("origin") or a.url or a.source)
        try:
            out.append(extract_facts(a))
        except KroscekError as exc:
            if isinstance(exc, ModelError):
                raise  # a broken install concerns every article: say so once
            reject(Rejected(origin, f"cannot extract facts: {exc.message}", exc.code))
        except Exception as exc:  # one bad article must not end the batch
            reason = f"cannot extract facts: {type(exc).__name__}: {exc}"
            reject(Rejected(origin, reason, "extract_failed"))
    return list(link_entities(out)) if len(out) >= 2 else out


def compare(
    inputs: Sequence[Input] | Input,
    *more: Input,
    source: str | Sequence[str | None] | None = None,
    settings: Settings = DEFAULT,
    on_rejected: OnRejected | None = None,
) -> Report:
    """Cross-check articles about one event and return the report.

    ``inputs`` are paths, directories, http(s) URLs, ``RawArticle`` or ``Article`` objects,
    as one sequence (``compare([a, b])``) or one by one (``compare(a, b)``).
    ``source`` names the outlet: one name for all inputs, or one per input.
    ``on_rejected`` is called with each input that could not be used, as it is found.
    """
    from kroscek.align import align
    from kroscek.compare.findings import find_all
    from kroscek.compare.relatedness import unrelated_pairs

    if isinstance(inputs, (str, os.PathLike, RawArticle, Article)):
        inputs = [inputs]
    if more:
        inputs = [*inputs, *more]
    articles, rejected = load_articles(
        inputs, source=source, settings=settings, on_rejected=on_rejected
    )

    def reject(r: Rejected) -> None:
        rejected.append(r)
        if on_rejected is not None:
            on_rejected(r)

    articles = _dedupe(articles)
    if len(articles) >= 2:
        articles = _with_facts(articles, reject)
    if len(articles) < 2:
        err = NotEnoughArticlesError(
            f"need at least two articles to compare, got {len(articles)}"
            + (
                f" ({len(rejected)} input(s) skipped; {_first_reason(rejected)})"
                if rejected
                else ""
            ),
            hint="pass two or more readable articles about the same event",
        )
        err.rejected = tuple(rejected)  # type: ignore[attr-defined]
        raise err
    alignment = align(articles, settings)
    return Report(
        articles=tuple(articles),
        shared_passages=alignment.shared,
        findings=find_all(articles, alignment),
        unique=alignment.unique,
        rejected=tuple(rejected),
        warnings=unrelated_pairs(articles, settings, alignment.shared),
    )


def _first_reason(rejected: Sequence[Rejected]) -> str:
    """Why the first skipped input was skipped, with its name cut short: the error alone
    then says what to fix (a library caller sees no per-input stderr line)."""
    r = rejected[0]
    return f"{clip(r.origin, 40)!r}: {r.reason}"


def _dedupe(articles: list[Article]) -> list[Article]:
    """The same article given twice is compared once (ids are content hashes)."""
    seen: set[str] = set()
    out: list[Article] = []
    for a in articles:
        if a.id not in seen:
            seen.add(a.id)
            out.append(a)
    return out
