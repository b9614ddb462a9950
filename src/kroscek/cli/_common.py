"""Helpers shared by CLI commands: turning library errors into one clear line."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from kroscek.errors import KroscekError

F = TypeVar("F", bound=Callable[..., Any])


def friendly_errors(func: F) -> F:
    """Print a KroscekError as ``kroscek: error: ...`` and exit with its code."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except KroscekError as exc:
            click.echo(f"kroscek: error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("kroscek: interrupted", err=True)
            sys.exit(130)

    return wrapper  # type: ignore[return-value]
