"""Loading the per-language word lists that drive fact extraction.

Every language-specific word (months, number words, titles, cues...) lives in
``kroscek/lang/<lang>/<name>.json`` so that adding a word is a data change, not a code
change. Files are read once per process (``lru_cache``); an unknown language falls back to
Indonesian, the project's first language.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from kroscek.errors import ModelError

LANGS: tuple[str, ...] = ("id", "en")
DEFAULT_LANG = "id"


def norm_lang(lang: str | None) -> str:
    """Map any language tag ("en-US", "ID", None) onto a language we have data for."""
    if not lang:
        return DEFAULT_LANG
    base = lang.lower().split("-")[0].split("_")[0]
    return base if base in LANGS else DEFAULT_LANG


@lru_cache(maxsize=64)
def load(lang: str, name: str) -> dict[str, Any]:
    """The parsed ``lang/<lang>/<name>.json`` of the installed package.

    Raises ModelError (one line, naming the file) when the file is missing or corrupt,
    because a broken install is something the user can fix by reinstalling.
    """
    path = resources.files("kroscek").joinpath("lang", norm_lang(lang), f"{name}.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ModelError(
            "language data file is missing", where=str(path), hint="reinstall kroscek"
        ) from exc
    except (OSError, ValueError) as exc:
        raise ModelError(
            f"language data file is unreadable ({exc})", where=str(path), hint="reinstall kroscek"
        ) from exc
    if not isinstance(data, dict):
        raise ModelError("language data file is not a JSON object", where=str(path))
    return data
