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


_UNITS = {
    "": 1,
    "B": 1,
    "K": 1024,
    "KB": 1024,
    "M": 1024**2,
    "MB": 1024**2,
    "G": 1024**3,
    "GB": 1024**3,
}


class ByteSize(click.ParamType):
    """A size like ``10MB``, ``512K`` or ``2000000`` (binary units), as a number of bytes."""

    name = "size"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        text = str(value).strip().upper().replace(" ", "")
        number = text.rstrip("KMGB")
        unit = text[len(number) :]
        try:
            size = float(number) * _UNITS[unit]
        except (ValueError, KeyError):
            self.fail(f"{value!r} is not a size; write e.g. 10MB, 512K or 2000000", param, ctx)
        if size <= 0:
            self.fail("the size must be positive", param, ctx)
        return int(size)


def max_bytes_option(func: F) -> F:
    """The ``--max-bytes`` option every reading command shares (default: Settings)."""
    from kroscek.settings import DEFAULT

    return click.option(
        "--max-bytes",
        type=ByteSize(),
        default=DEFAULT.max_input_bytes,
        show_default=False,
        help="Skip any file, URL or record larger than this [default: 10MB].",
    )(func)
