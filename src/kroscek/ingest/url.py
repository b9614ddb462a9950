"""http(s) URLs: fetched with a timeout, a size limit and an honest User-Agent.

urllib from the standard library is enough (one GET, redirects followed) and keeps the
core install small. The response is read in chunks and abandoned as soon as it passes
``settings.max_input_bytes``. HTML goes through the HTML reader, plain text through the
text reader, JSON lines through the JSONL record parser.
"""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request
from collections.abc import Iterator
from email.message import Message

from kroscek.data import RawArticle, Rejected
from kroscek.ingest.files import InputRejected, decode, too_large, unexpected
from kroscek.settings import Settings

_CHUNK = 64 * 1024


def user_agent(settings: Settings) -> str:
    """The honest User-Agent: ``settings.user_agent`` with the installed version."""
    from kroscek import __version__

    return settings.user_agent.format(version=__version__)


def fetch(url: str, settings: Settings) -> tuple[bytes, str, str]:
    """GET ``url``: body, final URL (after redirects) and Content-Type.

    Raises ``InputRejected`` for an HTTP error, a timeout, a network failure or a body
    over the size limit.
    """
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": user_agent(settings),
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
        },
    )
    limit = settings.max_input_bytes
    try:
        with urllib.request.urlopen(request, timeout=settings.fetch_timeout_s) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isascii() and declared.isdigit() and int(declared) > limit:
                raise too_large(int(declared), limit, "page")
            chunks: list[bytes] = []
            size = 0
            while True:
                chunk = response.read(_CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > limit:
                    raise too_large(size, limit, "page")
                chunks.append(chunk)
            headers: Message = response.headers
            return b"".join(chunks), response.geturl(), headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        raise InputRejected(
            f"HTTP {exc.code} {exc.reason}; check the URL", "fetch_failed"
        ) from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, socket.timeout | TimeoutError):
            raise _timeout(settings) from None
        raise InputRejected(f"could not fetch ({reason})", "fetch_failed") from None
    except TimeoutError:
        raise _timeout(settings) from None
    except (OSError, ValueError) as exc:
        raise InputRejected(f"could not fetch ({exc})", "fetch_failed") from None


def _timeout(settings: Settings) -> InputRejected:
    return InputRejected(
        f"no answer within {settings.fetch_timeout_s:g} s; try again later", "fetch_failed"
    )


def _charset(content_type: str) -> str | None:
    message = Message()
    message["Content-Type"] = content_type
    charset = message.get_param("charset")
    return charset if isinstance(charset, str) else None


def read_url(url: str, settings: Settings, source: str | None) -> Iterator[RawArticle | Rejected]:
    """Fetch one URL and yield the article(s) in it."""
    try:
        body, final_url, content_type = fetch(url, settings)
        kind = content_type.split(";")[0].strip().lower()
        text = decode(body, _charset(content_type))
        if kind in {"text/plain", "text/markdown"}:
            from kroscek.ingest.txt import parse_text

            yield parse_text(text, url, source=source, url=final_url, fmt="url")
            return
        if kind in {"application/jsonl", "application/x-ndjson", "application/json"}:
            yield from _json_lines(text, url, source)
            return
        from kroscek.ingest.html import extract_html

        yield extract_html(text, url, url=final_url, source=source, fmt="url")
    except InputRejected as exc:
        yield exc.rejected(url)
    except Exception as exc:  # a parser failure costs this URL only
        yield unexpected(exc, "page").rejected(url)


def _json_lines(text: str, url: str, source: str | None) -> Iterator[RawArticle | Rejected]:
    from kroscek.ingest.jsonl import parse_record

    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{url}:{number}"
        try:
            yield parse_record(json.loads(line), where, source)
        except json.JSONDecodeError as exc:
            yield Rejected(where, f"not valid JSON ({exc.msg}, column {exc.colno})", "malformed")
        except InputRejected as exc:
            yield exc.rejected(where)
