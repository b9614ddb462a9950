"""The web app of ``kroscek serve``: the corpus's stories, cross-checks and search in a browser.

``create_app(db_path)`` builds the ASGI app (Starlette + Jinja2, no external requests);
importing this package does not import Starlette until the factory is used, so the CLI's
``--help`` stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["create_app"]

if TYPE_CHECKING:  # pragma: no cover
    from kroscek.web.app import create_app


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from kroscek.web.app import create_app

        return create_app
    raise AttributeError(f"module 'kroscek.web' has no attribute {name!r}")
