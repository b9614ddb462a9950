"""Cross-checking articles about one event: ``compare(inputs) -> Report``.

``kroscek.compare(...)`` is the project's main entry point. Python binds a subpackage as an
attribute of its parent once imported, so after any ``import kroscek.compare...`` the name
``kroscek.compare`` is this package, not the function. The package is therefore made
callable (it forwards to ``compare``): ``kroscek.compare(paths)`` works whichever it is.
"""

from __future__ import annotations

import sys
import types
from typing import Any

from kroscek.compare.pipeline import compare, load_articles

__all__ = ["compare", "load_articles"]


class _CallablePackage(types.ModuleType):
    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return compare(*args, **kwargs)


sys.modules[__name__].__class__ = _CallablePackage
