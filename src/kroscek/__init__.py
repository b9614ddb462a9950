"""kroscek — cross-check news coverage across outlets.

The public API is small and lazy: importing ``kroscek`` does not import trafilatura,
numpy or any model, so the CLI starts fast. ``kroscek.compare(...)`` is the main entry.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Evidence",
    "Fact",
    "Finding",
    "KroscekError",
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
    "SharedPassage": "kroscek.data",
    "Span": "kroscek.data",
    "KroscekError": "kroscek.errors",
    "compare": "kroscek.compare",
    "read": "kroscek.ingest",
    "clean": "kroscek.clean",
    "extract_facts": "kroscek.extract",
}

if TYPE_CHECKING:  # pragma: no cover
    from kroscek.data import Article, Evidence, Fact, Finding, Report, SharedPassage, Span
    from kroscek.errors import KroscekError


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kroscek' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
