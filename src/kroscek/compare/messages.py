"""Message templates per language (``lang/<lang>/messages.json``), for findings and reports.

Wording is data so that a translation or a better phrase is a data change, not a code
change. Languages without templates fall back to Indonesian, the project's first language.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

MESSAGE_LANGS = ("id", "en")


def message_lang(lang: str | None) -> str:
    """The template language used for text in ``lang``."""
    return lang if lang in MESSAGE_LANGS else "id"


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
    """Fill the template ``key`` of ``lang`` with ``values``."""
    return str(messages(lang)[key]).format(**values)
