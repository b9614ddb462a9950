"""Opening input files safely: existence, permission, size, binary sniffing, encoding.

Every reader goes through here so that a bad file always gives the same one-line reason
("no such file", "permission denied", "binary file", "empty file", "file is 20 MB, over the
10 MB limit; ...") instead of a traceback, and so that a cp1252 or latin-1 page written by
an old CMS decodes to the right characters.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from kroscek.data import Rejected

# Share of control characters above which decoded bytes are not text.
_MAX_CONTROL_SHARE = 0.02
_SNIFF_BYTES = 8192
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


# Formats people save articles in that kroscek does not read: found by their first bytes,
# whatever the file is called, so a PDF never passes for text ("%PDF-1.4" as a headline).
_DOCUMENTS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"{\\rtf", "an RTF document"),
    (b"PK\x03\x04", "a ZIP archive (a .docx, .odt or .epub is one)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"SQLite format 3\x00", "an SQLite database"),
)


class InputRejected(Exception):
    """Raised inside readers for a bad item; ``read`` turns it into a ``Rejected``."""

    def __init__(self, reason: str, code: str = "bad_input") -> None:
        super().__init__(reason)
        self.reason = reason
        self.code = code

    def rejected(self, origin: str) -> Rejected:
        """This rejection as the ``Rejected`` item that ``read`` yields for ``origin``."""
        return Rejected(origin=origin, reason=self.reason, code=self.code)


def unexpected(exc: Exception, what: str = "input") -> InputRejected:
    """A library failure on one item (lxml, trafilatura, a codec) as that item's rejection.

    Readers call third-party parsers on untrusted bytes; whatever they raise must cost
    one item, never the batch, and still say what happened.
    """
    detail = str(exc).splitlines()[0][:200] if str(exc) else ""
    reason = f"cannot read this {what} ({type(exc).__name__}{': ' + detail if detail else ''})"
    return InputRejected(reason, "reader_error")


def megabytes(n: int) -> str:
    """``n`` bytes as a short human figure ("20 MB", "10.5 MB")."""
    return f"{n / (1024 * 1024):.1f}".rstrip("0").rstrip(".") + " MB"


def too_large(size: int, limit: int, what: str = "file") -> InputRejected:
    """The one-line rejection for an input over ``settings.max_input_bytes``."""
    return InputRejected(
        f"{what} is {megabytes(size)}, over the {megabytes(limit)} limit; "
        "split it or raise --max-bytes",
        "too_large",
    )


def _looks_like_prose(name: str) -> bool:
    """Whether a missing "path" is a sentence someone passed as an input: several words and
    a sentence's punctuation, no folder in it; a dozen words with that punctuation, or
    anything holding a line break, even with slashes (an article pasted whole: its dates
    "3/11/2026" and links have them)."""
    if "\n" in name:
        return True
    words = len(name.split())
    return any(c in name for c in ".,!?") and (
        words >= 12 or (words >= 5 and "/" not in name and "\\" not in name)
    )


def check_file(path: Path) -> None:
    """Raise ``InputRejected`` unless ``path`` is an existing, readable regular file."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        if _looks_like_prose(str(path)):
            raise InputRejected(
                "no such file: this looks like article text, not a path; to compare text, "
                "pass kroscek.from_text(text) (headline on its first line) or "
                "kroscek.RawArticle(origin, title, text)",
                "not_found",
            ) from None
        raise InputRejected("no such file; check the path", "not_found") from None
    except PermissionError:
        raise InputRejected(
            "permission denied; check the file's permissions", "permission"
        ) from None
    except OSError as exc:
        raise InputRejected(f"cannot read file ({exc.strerror or exc})", "io_error") from None
    if not stat.S_ISREG(mode):
        raise InputRejected("not a regular file", "not_a_file")
    if not os.access(path, os.R_OK):
        raise InputRejected("permission denied; check the file's permissions", "permission")


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of ``path``, refusing files larger than ``limit`` before reading them."""
    check_file(path)
    size = path.stat().st_size
    if size > limit:
        raise too_large(size, limit)
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except PermissionError:
        raise InputRejected(
            "permission denied; check the file's permissions", "permission"
        ) from None
    except OSError as exc:
        raise InputRejected(f"cannot read file ({exc.strerror or exc})", "io_error") from None
    if len(data) > limit:
        raise too_large(len(data), limit)
    return data


def document_kind(data: bytes) -> str | None:
    """What a document, image or archive is ("a PDF document"), from its first bytes; else
    ``None``."""
    head = data[:32].lstrip(b"\xef\xbb\xbf \t\r\n")
    return next((kind for magic, kind in _DOCUMENTS if head.startswith(magic)), None)


def not_an_article(kind: str) -> InputRejected:
    """The one-line rejection of a document kroscek cannot read, with what to do instead."""
    if kind == "an SQLite database":  # most likely a corpus given where articles go
        return InputRejected(
            "an SQLite database, not an article; a corpus is opened with --db "
            "(kroscek stories --db FILE)",
            "unsupported_format",
        )
    return InputRejected(
        f"{kind}, not an article kroscek can read (text, HTML, JSONL or WARC); "
        "copy the article's text into a .txt file or save the page as .html",
        "unsupported_format",
    )


def _looks_binary(data: bytes) -> bool:
    head = data[:_SNIFF_BYTES]
    return b"\x00" in head


def _control_share(text: str) -> float:
    sample = text[:_SNIFF_BYTES]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    return bad / len(sample)


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode text bytes: BOM, then a declared charset, then UTF-8, then detection.

    Raises ``InputRejected`` for empty or binary input, and for a document of a format
    kroscek does not read (PDF, Word, an image), saying what to do instead.
    charset-normalizer is asked only when UTF-8 fails, since nearly all modern pages are
    UTF-8 and detection costs time.
    """
    if not data.strip():
        raise InputRejected("empty file", "empty")
    kind = document_kind(data)
    if kind is not None:
        raise not_an_article(kind)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data.decode(encoding, errors="replace")
            return _checked(text)
    if _looks_binary(data):
        raise InputRejected("binary file, not text", "binary")
    if declared:
        try:
            return _checked(data.decode(declared))
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    mostly_utf8 = _mostly_utf8(data)
    if mostly_utf8 is not None:
        return _checked(mostly_utf8)
    western = _western(data)
    if western is not None:
        return _checked(western)
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 1024 * 1024]).best()
    if best is None or best.encoding is None:
        raise InputRejected("binary file, not text (no text encoding fits)", "binary")
    encoding = best.encoding
    # Pages labelled or detected as latin-1 are almost always cp1252 (curly quotes, dashes).
    if encoding in {"latin_1", "iso8859_1", "ascii"}:
        encoding = "cp1252"
    return _checked(data.decode(encoding, errors="replace"))


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few broken bytes (a truncated character, one bad byte), or ``None``.

    Only when the rest holds real multi-byte UTF-8 characters: reading such a page as
    cp1252 would turn every curly quote into mojibake ("â€œ").
    """
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    multibyte = sum(1 for ch in text[: _SNIFF_BYTES * 8] if ord(ch) > 127 and ch != "\ufffd")
    if multibyte >= 2 * broken and broken <= max(2, len(text) // 2000):
        return text
    return None


def _western(data: bytes) -> str | None:
    """cp1252 text when the bytes read as mostly-ASCII Western text, else ``None``.

    Indonesian and English pages that are not UTF-8 are nearly always cp1252 or latin-1;
    a generic detector, seeing only a few accented letters, often guesses a Central
    European code page ("crčme" for "crème"). Text in other scripts has a large share of
    non-ASCII bytes and goes to the detector instead.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    sample = text[: _SNIFF_BYTES * 4]
    non_ascii = sum(1 for ch in sample if ord(ch) > 127)
    return text if non_ascii <= 0.05 * max(len(sample), 1) else None


def _checked(text: str) -> str:
    if not text.strip():
        raise InputRejected("empty file", "empty")
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise InputRejected("binary file, not text", "binary")
    return text
