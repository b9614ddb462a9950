"""The "compare these" form: pasted articles and uploaded files, within limits.

Limits come from ``Settings`` (``web_upload_max_bytes`` per file or pasted article,
``web_upload_max_files`` files). The request body is counted while it streams in, so an
oversized upload is refused with 413 before it is spooled whole, even when the client
sends no Content-Length. Uploaded bytes are handed to the project's own readers under
names this module makes up: no file name or path from the request reaches the file system.
"""

from __future__ import annotations

import re
import tempfile
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.types import Message, Receive

from kroscek.data import Rejected
from kroscek.errors import NotEnoughArticlesError
from kroscek.web.errors import UploadTooLarge

if TYPE_CHECKING:
    from kroscek.data import Report
    from kroscek.settings import Settings

PASTE_FIELDS = 4
ALLOWED_SUFFIXES = (
    ".txt",
    ".html",
    ".htm",
    ".json",
    ".jsonl",
    ".jsonl.gz",
    ".warc",
    ".warc.gz",
)
_FORM_OVERHEAD = 64 * 1024


@dataclass(frozen=True, slots=True)
class Item:
    """One article to compare: pasted text or an uploaded file's bytes."""

    label: str  # shown back to the user: "#1" for a pasted article, else the file name
    data: bytes
    suffix: str  # one of ALLOWED_SUFFIXES, chosen by us
    source: str | None = None


def human_size(n: int) -> str:
    """``2097152`` -> ``"2 MB"``, ``2000`` -> ``"1.95 KB"`` (binary units, as limits are set)."""
    for unit, size in (("MB", 1024 * 1024), ("KB", 1024)):
        if n >= size:
            return f"{n / size:.2f}".rstrip("0").rstrip(".") + f" {unit}"
    return f"{n} B"


def body_cap(settings: Settings) -> int:
    """The most bytes a compare request may carry: every file and pasted field at its limit."""
    return (settings.web_upload_max_files + PASTE_FIELDS) * settings.web_upload_max_bytes + (
        _FORM_OVERHEAD
    )


def limited(request: Request, settings: Settings) -> Request:
    """``request`` with a body that raises ``UploadTooLarge`` past ``body_cap``."""
    cap = body_cap(settings)
    declared = request.headers.get("content-length")
    if declared is not None and declared.isascii() and declared.isdigit() and int(declared) > cap:
        raise _too_large(settings)
    seen = 0
    receive: Receive = request.receive

    async def counting_receive() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > cap:
                raise _too_large(settings)
        return message

    return Request(request.scope, receive=counting_receive)


def _too_large(settings: Settings) -> UploadTooLarge:
    files, size = settings.web_upload_max_files, human_size(settings.web_upload_max_bytes)
    return UploadTooLarge(
        f"upload too large: at most {files} files of {size} each — "
        "split the batch or shorten the files",
        "upload_too_large",
        files=files,
        size=size,
    )


async def read_items(request: Request, settings: Settings) -> list[Item]:
    """The non-empty pasted articles and uploaded files of a compare form, in form order."""
    request = limited(request, settings)
    try:
        form = await request.form(
            max_files=settings.web_upload_max_files + 1,
            max_fields=4 * PASTE_FIELDS + 8,
            max_part_size=settings.web_upload_max_bytes,
        )
    except HTTPException as exc:
        if "exceeded maximum size" in str(exc.detail):  # a pasted article over the limit
            size = human_size(settings.web_upload_max_bytes)
            raise UploadTooLarge(
                f"a pasted article is larger than the limit of {size} — shorten it",
                "upload_pasted_too_large",
                size=size,
            ) from None
        if "Too many files" in str(exc.detail):
            limit = settings.web_upload_max_files
            raise UploadTooLarge(
                f"too many files: at most {limit} — compare fewer files at once",
                "upload_too_many",
                files=limit,
            ) from None
        raise
    items: list[Item] = []
    files: list[UploadFile] = [
        f for f in form.getlist("files") if isinstance(f, UploadFile) and (f.filename or f.size)
    ]
    if len(files) > settings.web_upload_max_files:
        raise UploadTooLarge(
            f"too many files: {len(files)} uploaded, at most "
            f"{settings.web_upload_max_files} — compare fewer files at once",
            "upload_too_many",
            files=settings.web_upload_max_files,
        )
    for n in range(1, PASTE_FIELDS + 1):
        text = form.get(f"text{n}")
        if not isinstance(text, str) or not text.strip():
            continue
        source = form.get(f"source{n}")
        source = source.strip()[:120] if isinstance(source, str) and source.strip() else None
        data = text.replace("\r\n", "\n").encode("utf-8")
        if len(data) > settings.web_upload_max_bytes:
            size = human_size(settings.web_upload_max_bytes)
            raise UploadTooLarge(
                f"a pasted article (#{n}) is {human_size(len(data))}, larger than the limit "
                f"of {size} — shorten it",
                "upload_pasted_too_large",
                size=size,
            )
        items.append(Item(f"#{n}", data, ".txt", source))
    for upload in files:
        name = (upload.filename or "upload")[:200]
        data = await upload.read(settings.web_upload_max_bytes + 1)
        await upload.close()
        if len(data) > settings.web_upload_max_bytes:
            size = human_size(settings.web_upload_max_bytes)
            raise UploadTooLarge(
                f"{name}: larger than the limit of {size} per file — upload a smaller file",
                "upload_file_too_large",
                name=name,
                size=size,
            )
        items.append(Item(name, data, _suffix(name), None))
    return items


def _suffix(filename: str) -> str:
    """The reader to use, from the upload's name; plain text when the name says nothing."""
    lowered = filename.lower()
    for suffix in sorted(ALLOWED_SUFFIXES, key=len, reverse=True):
        if lowered.endswith(suffix):
            return suffix
    return ".txt"


def _stem(item: Item, n: int) -> str:
    """A safe file stem: the upload's own name made ASCII (readers may take the outlet from it).

    Pasted articles are ``artikel-N``; the outlet the user typed is passed as the source
    instead, which overrides every other evidence of the outlet.
    """
    if item.label.startswith("#"):
        return f"artikel-{n}"
    base = item.label.rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    for suffix in ALLOWED_SUFFIXES:
        if base.lower().endswith(suffix):
            base = base[: -len(suffix)]
            break
    ascii_name = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", ascii_name).strip("-_")[:60]
    return slug or f"berkas-{n}"


def compare_items(items: Sequence[Item], settings: Settings) -> Report:
    """Run the project's compare on the items, exactly as ``kroscek compare FILES`` would.

    Each item is written under a name made here, in its own folder of a private temporary
    directory that is removed afterwards; rejected inputs are reported by the label the
    user knows ("#2", "berita.html"), never by the server's paths.
    """
    from kroscek.compare import compare

    with tempfile.TemporaryDirectory(prefix="kroscek-web-") as tmp:
        root = Path(tmp)
        paths: list[str] = []
        labels: dict[str, str] = {}
        for n, item in enumerate(items, start=1):
            folder = root / str(n)
            folder.mkdir()
            path = folder / (_stem(item, n) + item.suffix)
            path.write_bytes(item.data)
            paths.append(str(path))
            labels[str(path)] = item.label
        try:
            report = compare(paths, source=[item.source for item in items], settings=settings)
        except NotEnoughArticlesError as exc:
            # the inputs that could not be read, by the names the user knows
            skipped = getattr(exc, "rejected", ())
            exc.rejected = tuple(_relabel_one(r, labels) for r in skipped)  # type: ignore[attr-defined]
            raise
    return _relabel(report, labels)


def _relabel_one(rejected: Rejected, labels: dict[str, str]) -> Rejected:
    """``rejected`` with a temporary path in its origin replaced by the user's label."""
    for path, label in labels.items():
        if rejected.origin.startswith(path):
            return replace(rejected, origin=label + rejected.origin[len(path) :])
    return rejected


def _relabel(report: Report, labels: dict[str, str]) -> Report:
    """Replace temporary paths in rejected inputs by the labels the user knows."""
    if not report.rejected:
        return report
    return replace(report, rejected=tuple(_relabel_one(r, labels) for r in report.rejected))


def form_values(items: Sequence[Item]) -> dict[str, str]:
    """The pasted fields of the form, to show them again (after an error, or with a report)."""
    values: dict[str, str] = {}
    for item in items:
        if item.label.startswith("#"):
            n = item.label[1:]
            values[f"text{n}"] = item.data.decode("utf-8", "replace")
            values[f"source{n}"] = item.source or ""
    return values
