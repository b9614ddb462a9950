"""One exception tree with stable codes.

A user-facing error is one line: what went wrong, where, and what to do. The CLI prints
``str(error)`` and exits with ``error.exit_code``; it never shows a traceback for these.
"""

from __future__ import annotations


class KroscekError(Exception):
    """Base of every error kroscek raises on purpose."""

    code = "error"
    exit_code = 1

    def __init__(self, message: str, *, where: str | None = None, hint: str | None = None):
        self.message = message
        self.where = where
        self.hint = hint
        super().__init__(str(self))

    def __str__(self) -> str:
        parts = [f"{self.where}: {self.message}" if self.where else self.message]
        if self.hint:
            parts.append(self.hint)
        return " — ".join(parts)


class InputError(KroscekError):
    """An input (file, URL, record) cannot be read as an article."""

    code = "bad_input"
    exit_code = 2


class FetchError(InputError):
    code = "fetch_failed"


class TooLargeError(InputError):
    code = "too_large"


class NotEnoughArticlesError(KroscekError):
    code = "not_enough_articles"
    exit_code = 2


class ModelError(KroscekError):
    """A shipped or user model file is missing or corrupt."""

    code = "model"
    exit_code = 3


class StoreError(KroscekError):
    """The corpus database is missing, locked or of another schema version."""

    code = "store"
    exit_code = 4


class UsageError(KroscekError):
    code = "usage"
    exit_code = 2
