"""Message templates per language (``lang/<lang>/messages.json``), for findings and reports.

Wording is data so that a translation or a better phrase is a data change, not a code
change. Languages without templates fall back to Indonesian, the project's first language.

One report speaks one language: :func:`report_lang` picks it from its articles (the most
common language, Indonesian on a tie) and :func:`worded_in` holds it while the findings are
written, so an English wire compared with two Indonesian rewrites does not mix English and
Indonesian findings under Indonesian headings. The words quoted as evidence stay as written.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from importlib import resources
from typing import Any

MESSAGE_LANGS = ("id", "en")


def message_lang(lang: str | None) -> str:
    """The template language used for text in ``lang``."""
    return lang if lang in MESSAGE_LANGS else "id"


def report_lang(langs: Iterable[str | None]) -> str:
    """The language of a report on articles in ``langs``: the most common one, Indonesian on
    a tie (the project's first language) and for languages without templates."""
    counts = Counter(message_lang(lang) for lang in langs)
    return "en" if counts["en"] > counts["id"] else "id"


# The language findings are being worded in; None outside :func:`worded_in` (a finder called
# on its own words each finding in its first article's language).
_WORDING: ContextVar[str | None] = ContextVar("kroscek_wording", default=None)


@contextmanager
def worded_in(lang: str) -> Iterator[None]:
    """Word every finding written inside the block in ``lang`` (a context variable, so
    threads and tasks comparing other articles at the same time keep their own)."""
    token = _WORDING.set(message_lang(lang))
    try:
        yield
    finally:
        _WORDING.reset(token)


def wording_lang() -> str | None:
    """The language set by the enclosing :func:`worded_in`, if any."""
    return _WORDING.get()


@lru_cache(maxsize=4)
def messages(lang: str) -> dict[str, Any]:
    """The message templates of ``lang`` (Indonesian when the language has none)."""
    raw = (
        resources.files("kroscek")
        .joinpath("lang", message_lang(lang), "messages.json")
        .read_text("utf-8")
    )
    return json.loads(raw)


def message(lang: str, key: str, **values: Any) -> str:
    """Fill the template ``key`` of ``lang`` with ``values``. A name that brings its own
    article ("The Southern Dispatch") takes the place of the template's ("The {source}
    headline"), so no report reads "The The Southern Dispatch headline"."""
    template = str(messages(lang)[key])
    if "he {" in template:
        for name, value in values.items():
            if isinstance(value, str) and value.startswith(_ARTICLES):
                template = template.replace(f"The {{{name}}}", f"{{{name}}}")
                template = template.replace(f"the {{{name}}}", f"{{{name}}}")
    return template.format(**values)


# A name's own leading article, as English names write it.
_ARTICLES = ("The ", "the ")
