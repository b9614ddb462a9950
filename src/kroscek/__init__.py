"""kroscek — cross-check news coverage across outlets.

The public API is small and lazy: importing ``kroscek`` does not import trafilatura,
numpy or any model, so the CLI starts fast.

- ``kroscek.compare(inputs)`` -> ``Report``: inputs are paths, URLs, ``RawArticle``s
  (``kroscek.from_text(text)`` makes one of text you hold) or ``Article``s.
- ``kroscek.extract_facts(article)``, ``kroscek.read(inputs)``, ``kroscek.clean(raw)``:
  the pipeline's stages one by one.
- ``kroscek.Corpus(path, readonly=True)``: a corpus built by ``kroscek ingest`` (stories,
  their reports, search, outlets).
- Errors: every error kroscek raises on purpose is a ``KroscekError`` (``InputError``,
  ``NotEnoughArticlesError``, ``StoreError``, ``UsageError``), with a one-line message,
  ``.code`` (stable, for scripts) and ``.hint`` (what to do).
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Corpus",
    "Evidence",
    "Fact",
    "Finding",
    "InputError",
    "KroscekError",
    "NotEnoughArticlesError",
    "RawArticle",
    "Report",
    "SharedPassage",
    "Span",
    "StoreError",
    "UsageError",
    "__version__",
    "clean",
    "compare",
    "extract_facts",
    "from_text",
    "read",
]

_LAZY: dict[str, str] = {
    "Article": "kroscek.data",
    "Fact": "kroscek.data",
    "Finding": "kroscek.data",
    "Evidence": "kroscek.data",
    "Report": "kroscek.data",
    "RawArticle": "kroscek.data",
    "SharedPassage": "kroscek.data",
    "Span": "kroscek.data",
    "KroscekError": "kroscek.errors",
    "InputError": "kroscek.errors",
    "NotEnoughArticlesError": "kroscek.errors",
    "StoreError": "kroscek.errors",
    "UsageError": "kroscek.errors",
    "Corpus": "kroscek.store",
    "compare": "kroscek.compare",
    "read": "kroscek.ingest",
    "clean": "kroscek.clean",
    "extract_facts": "kroscek.extract",
}

if TYPE_CHECKING:  # pragma: no cover
    from kroscek.data import (
        Article,
        Evidence,
        Fact,
        Finding,
        RawArticle,
        Report,
        SharedPassage,
        Span,
    )
    from kroscek.errors import (
        InputError,
        KroscekError,
        NotEnoughArticlesError,
        StoreError,
        UsageError,
    )
    from kroscek.store import Corpus


def from_text(
    text: str, origin: str = "text", *, source: str | None = None, url: str | None = None
) -> RawArticle:
    """An article from text you hold, read as ``kroscek compare`` reads a ``.txt`` file: the
    first non-empty line is the headline, the rest the body (an outlet line or byline in
    it is found by cleaning). ``origin`` names it in reports and errors.

    ``kroscek.compare(["...text..."])`` would take the text for a file name; pass
    ``kroscek.compare([kroscek.from_text(a), kroscek.from_text(b)])``. Raises
    :class:`InputError` for text with no headline and body.
    """
    from kroscek.errors import InputError
    from kroscek.ingest.files import InputRejected
    from kroscek.ingest.txt import parse_text

    try:
        return parse_text(text, origin, source=source, url=url, holder="text")
    except InputRejected as exc:
        raise InputError(
            exc.reason,
            where=origin,
            hint="give a headline on the first line and the article's text after it",
        ) from None


class _CallableSubpackage(types.ModuleType):
    """A subpackage named like the function it exports (``kroscek.clean``), callable as it.

    Python binds a subpackage as an attribute of its parent once anything imports it, over
    the lazily exported function of the same name: after ``kroscek.compare(...)`` (which
    imports ``kroscek.clean``), ``kroscek.clean(raw)`` would be "'module' object is not
    callable". Called, the subpackage forwards to its function.
    """

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return getattr(self, self.__name__.rpartition(".")[2])(*args, **kwargs)


class _Package(types.ModuleType):
    def __setattr__(self, name: str, value: Any) -> None:
        if (
            isinstance(value, types.ModuleType)
            and _LAZY.get(name) == value.__name__ == f"{__name__}.{name}"
            and not callable(value)
        ):
            value.__class__ = _CallableSubpackage
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kroscek' has no attribute {name!r}")
    import importlib

    package = importlib.import_module(module)
    if module == f"{__name__}.{name}":
        # importing it bound the (callable) subpackage here: keep that, so that
        # ``import kroscek.clean.core`` still finds the package under its name
        return package
    value = getattr(package, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
