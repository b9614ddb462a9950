"""kroscek — cross-check news coverage across outlets.

The public API is small and lazy: importing ``kroscek`` does not import trafilatura,
numpy or any model, so the CLI starts fast. ``kroscek.compare(...)`` is the main entry.
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Evidence",
    "Fact",
    "Finding",
    "KroscekError",
    "RawArticle",
    "Report",
    "SharedPassage",
    "Span",
    "__version__",
    "clean",
    "compare",
    "extract_facts",
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
    from kroscek.errors import KroscekError


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
