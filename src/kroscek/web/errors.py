"""HTTP errors whose message is also interface text.

JSON twins keep the English ``detail`` (stable for scripts); HTML pages show the message
from ``i18n`` under ``key``, formatted with ``values``, in the reader's language.
"""

from __future__ import annotations

from starlette.exceptions import HTTPException


class PageError(HTTPException):
    """An HTTP error with an English ``detail`` and an interface-text ``key``."""

    def __init__(self, status_code: int, detail: str, key: str, **values: object) -> None:
        super().__init__(status_code=status_code, detail=detail)
        self.key = key
        self.values = values


class UploadTooLarge(PageError):
    """413 with the limit that was exceeded, in words a user can act on."""

    def __init__(self, detail: str, key: str, **values: object) -> None:
        super().__init__(413, detail, key, **values)
