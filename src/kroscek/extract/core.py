"""``extract_facts``: every fact of one article, for its title and its text.

Order matters and is fixed: dates first (so their digits are never counted as numbers),
then entities of the body (so the headline can recognise the body's names), numbers,
quotes (which need the entities to name speakers) and attributions (which skip the
reporting verbs that belong to quotes).
"""

from __future__ import annotations

from datetime import date

from kroscek.data import Article, Fact, Field, RawArticle, clip
from kroscek.extract.attribution import extract_attributions
from kroscek.extract.dates import extract_dates
from kroscek.extract.entities import body_names, recognise
from kroscek.extract.numbers import extract_numbers
from kroscek.extract.quotes import extract_quotes
from kroscek.extract.resources import norm_lang

_KIND_ORDER = {"entity": 0, "number": 1, "date": 2, "quote": 3, "attribution": 4}


def _reported(article: Article) -> tuple[date, bool] | None:
    """The day the cleaned dateline gave (``meta["dateline_date"]``) and whether its year was
    guessed: the reference for "on Thursday" when the page has no publication date."""
    raw = article.meta.get("dateline_date") if article.meta else None
    if not isinstance(raw, str):
        return None
    try:
        return date.fromisoformat(raw), bool(article.meta.get("dateline_year_guessed"))
    except ValueError:
        return None


def _borrowed(article: Article) -> date | None:
    """The publication day of the other articles of a comparison (``meta["set_date"]``)."""
    raw = article.meta.get("set_date") if article.meta else None
    if not isinstance(raw, str):
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        return None


def _field_facts(
    text: str, lang: str, article: Article, field: Field, known: dict[str, tuple[str, str]] | None
) -> list[Fact]:
    dates = extract_dates(
        text,
        lang,
        published=article.published,
        field=field,
        reported=_reported(article),
        set_day=_borrowed(article),
    )
    entities = recognise(text, lang, field=field, known=known)
    numbers = extract_numbers(text, lang, field=field, blocked=dates.claimed)
    quotes = extract_quotes(text, lang, entities=entities, field=field)
    attributions = extract_attributions(text, lang, entities=entities, quotes=quotes, field=field)
    return [*entities, *numbers, *dates.facts, *quotes, *attributions]


def extract_facts(article: Article | RawArticle) -> Article:
    """The article with its facts (title and text), sorted by field, offset and kind.

    A :class:`~kroscek.data.RawArticle` (what ``kroscek.read`` gives) is cleaned first."""
    if isinstance(article, RawArticle):
        from kroscek.clean import clean

        article = clean(article)
    if not isinstance(article, Article):
        raise TypeError(
            f"extract_facts takes a kroscek.Article or RawArticle, not {type(article).__name__} "
            f"{clip(repr(article), 40)}: "
            "for a file, use [extract_facts(a) for a in kroscek.read(path)]"
        )
    lang = norm_lang(article.lang)
    body = _field_facts(article.text, lang, article, "text", None)
    title = _field_facts(article.title, lang, article, "title", body_names(body, lang))
    facts = sorted(
        [*title, *body],
        key=lambda f: (f.field != "title", f.start, _KIND_ORDER[f.kind], f.end),
    )
    return article.with_facts(tuple(facts))
