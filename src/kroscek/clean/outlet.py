"""Who published an article: resolving the outlet name and trimming site suffixes.

Order of evidence (the first that gives a name wins): the ``source`` argument, the
source the reader was given (``--source`` or a JSONL ``source`` field), the URL host, the
dateline, the site name, the masthead line under a plain-text headline, the byline (its
outlet part, else its writer; a job or the newsroom alone, such as "Staff Reporter", names
nobody), the title's site suffix, the file name. A bare host
("jabar.viva.co.id") is replaced by a readable name when the page's site name or the
dateline matches the host's labels ("Kabarkita" for kabarkita.id, "VIVA Jabar" for
jabar.viva.co.id). A later piece of evidence naming the same outlet in a better-written
form ("Nusa Kini" for a dateline's "NUSAKINI", "Atlantic Science Desk" for its initials
"ASD", "Timor Ekspres Daring" for its contraction "TIMEX", "Warta Sehat Nusantara" for
its short form "WARTA SEHAT") gives its spelling, never another outlet.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import PurePath
from urllib.parse import urlsplit

_SUFFIX_SEP_RE = re.compile(r"\s+(?:\||–|—|-|::|»)\s+")
_ORIGIN_LINE_RE = re.compile(r"(?::\d+|@\d+)$")
_DOMAIN_HINT_RE = re.compile(r"\.(?:com|co|id|net|org|tv|news)\b", re.I)


@lru_cache(maxsize=256)  # cleaning asks twice per article (evidence, then resolve)
def host_of(url: str | None) -> str | None:
    """The host of ``url`` without ``www.``, lower-case; ``None`` if there is none or it
    names no publisher (an IP address, ``localhost``)."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.lower()
    if "." not in host or host[-1].isdigit():
        # "localhost", "127.0.0.1", "[::1]", an intranet machine's name: where a page was
        # served from, not who published it (a site name, dateline or byline may tell)
        return None
    return host[4:] if host.startswith("www.") else host


def _name_tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[^a-z0-9]+", name.lower()) if t]


def readable_host(host: str, candidates: list[str | None]) -> str:
    """A candidate name whose words all occur in ``host``'s labels, else ``host``."""
    labels = set(_name_tokens(host))
    joined = "".join(_name_tokens(host))
    for name in candidates:
        if not name:
            continue
        tokens = [t for t in _name_tokens(name) if t not in {"com", "co", "id", "www"}]
        if tokens and (all(t in labels for t in tokens) or "".join(tokens) in joined):
            return name
    return host


def file_stem(origin: str) -> str | None:
    """The file name (without extension) of an origin such as ``dir/a.jsonl:12``."""
    if "://" in origin:
        return None
    path = PurePath(_ORIGIN_LINE_RE.sub("", origin))
    name = path.name
    for suffix in (".jsonl.gz", ".warc.gz", ".jsonl", ".warc", ".html", ".htm", ".txt"):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)] or None
    return path.stem or None


def resolve(
    *,
    argument: str | None,
    given: str | None,
    url: str | None,
    dateline: str | None,
    sitename: str | None,
    byline: str | None,
    origin: str,
    masthead: str | None = None,
    title_site: str | None = None,
    holder: str | None = None,
) -> tuple[str, str]:
    """The outlet name and which evidence gave it (argument, given, url, dateline, ...).

    The first evidence in order decides the outlet; when a later one names the same
    outlet in a better-written form ("NUSAKINI" in the dateline, "Nusa Kini" on the
    masthead), that spelling is the name (``best_spelling``).
    """
    if argument:
        return argument, "argument"
    if given:
        return given, "given"
    spellings = [dateline, sitename, masthead, byline, title_site, holder]
    host = host_of(url)
    if host:
        name = readable_host(host, [sitename, dateline, masthead, byline, holder])
        return best_spelling(name, spellings), "url"
    for spelled, how in zip(
        spellings,
        ("dateline", "sitename", "masthead", "byline", "title", "copyright"),
        strict=True,
    ):
        if spelled:
            return best_spelling(spelled, spellings), how
    stem = file_stem(origin)
    if stem:
        return stem, "file"
    return "unknown", "none"


# "Copyright © 2026 Flores Kini. All rights reserved.", "© 2020-2026 Harbour Times Ltd",
# "Hak Cipta © 2026 PT Kabar Lembah Media": the holder after the label, sign and years.
_COPYRIGHT_HOLDER_RE = re.compile(
    r"^(?:copyright|hak\s+cipta|©|\(c\))(?:\s*(?:©|\(c\)))?\s*"
    r"(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*,?\s*)?(?:by\s+|oleh\s+)?"
    r"(?:PT\.?\s+)?(?P<holder>[^|,;]{2,60}?)"
    r"(?:\s+(?:Ltd|Limited|Inc|LLC|Tbk|Group))?\.?(?=\.\s|\s*[|,;]|\s+all\s+rights|\s*$)",
    re.IGNORECASE,
)


def copyright_holder(line: str) -> str | None:
    """The holder a copyright line names ("Copyright © 2026 Flores Kini. All rights
    reserved." → "Flores Kini"), or ``None``. Whether it reads as an outlet is the
    caller's test; a company's legal suffix ("Ltd", "PT") is left out."""
    match = _COPYRIGHT_HOLDER_RE.match(line.strip())
    if match is None:
        return None
    holder = match.group("holder").strip(" .")
    return holder or None


_DOMAIN_ENDINGS = frozenset({"com", "co", "id", "net", "org", "www"})


def _outlet_key(name: str) -> str:
    """``name`` folded for comparing spellings: letters and digits only, without a domain
    ending, so that "SUMBAPOS.COM" in a dateline and the site name "Sumba Pos" are one."""
    tokens = _name_tokens(name)
    while len(tokens) > 1 and tokens[-1] in _DOMAIN_ENDINGS:
        tokens.pop()
    return "".join(tokens)


# ".com", ".co.id": a domain ending, lower case whatever the name's case
_DOMAIN_TAIL_RE = re.compile(r"(?:\.[a-z]{2,4}){1,2}$")


def _spelling_rank(name: str) -> tuple[bool, int]:
    # "LOMBOKKINI.com" is written in capitals: its domain ending makes it no mixed case
    letters = [c for c in _DOMAIN_TAIL_RE.sub("", name) if c.isalpha()]
    mixed = any(c.isupper() for c in letters) and any(c.islower() for c in letters)
    return mixed, len(name.split())


def best_spelling(name: str, spellings: list[str | None]) -> str:
    """``name``, or the better-written form of it among ``spellings``.

    Two spellings are one outlet when they are equal but for case, spaces, punctuation
    and a domain ending ("NUSAKINI", "Nusa Kini", "nusa-kini", "NUSAKINI.COM"); mixed case
    beats a single case,
    then more words beat fewer (the outlet's own spacing). A different name, however
    close, is never taken; a code of capitals is the initials of a name written out
    ("ASD" / "Atlantic Science Desk").
    """
    key = _outlet_key(name)
    if not key:
        return name
    if name.isalpha() and name.isupper() and 2 <= len(name) <= 5:
        # "SAO LUIS, Brazil (ASD) -" under the masthead "Atlantic Science Desk": the agency
        # code a dateline uses is the initials of the name the page writes out
        for other in spellings:
            words = (other or "").split()
            if (
                len(words) == len(name)
                and all(w[:1].isupper() for w in words)
                and "".join(w[0] for w in words) == name
            ):
                return str(other)
    if name.isalpha() and name.isupper() and 3 <= len(name) <= 8:
        for other in spellings:
            if other and _contracts(name, other):
                return other
    if " " in name and name.isupper():
        for other in spellings:
            if other and _shortens(name, other):
                return other
    best = name
    for other in spellings:
        if (
            other
            and other != best
            and _outlet_key(other) == key
            and _spelling_rank(other) > _spelling_rank(best)
        ):
            best = other
    return best


def _shortens(short: str, name: str) -> bool:
    """``short`` is the capitals short form a dateline makes of the written-out ``name`` by
    leaving its last words off: "WARTA SEHAT -" under the masthead "Warta Sehat
    Nusantara". Two words at least ("KABAR -" may be any Kabar) and one or two left off."""
    short_words = short.casefold().split()
    words = name.split()
    return (
        len(short_words) >= 2
        and len(short_words) < len(words) <= len(short_words) + 2
        and _spelling_rank(name)[0]
        and all(w[:1].isupper() for w in words)
        and [w.casefold() for w in words[: len(short_words)]] == short_words
    )


def _contracts(code: str, name: str) -> bool:
    """``code`` is the capitals short form outlets make of their written-out ``name``.

    "KUPANG, TIMEX -" under the site name "Timor Ekspres Daring": the dateline's code is
    the first word's opening letters (two or more) and the next word's initial ("TIM" +
    "E"), not an initialism, so only a name of two or more Title-Case words that opens
    that way is taken; a name merely starting with the same letter never is, nor one
    whose first word the code holds whole.
    """
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    first, second = words[0].upper(), words[1].upper()
    code = code.upper()
    # a proper part of the first word: "NUSAKINI" is "Nusa Kini" written whole, never a
    # short form of another outlet "Nusa Kini Pos"
    for k in range(2, min(len(first) - 1, len(code) - 1) + 1):
        if code[:k] == first[:k] and code[k] == second[0]:
            return True
    return False


def _matches_outlet(segment: str, names: list[str]) -> bool:
    seg = "".join(_name_tokens(segment))
    if not seg:
        return False
    for name in names:
        tokens = [t for t in _name_tokens(name) if t not in {"com", "co", "id", "www"}]
        if tokens and ("".join(tokens) in seg or seg in "".join(_name_tokens(name))):
            return True
    return False


def _is_brand(segment: str) -> bool:
    """One or two all-capitals words ("VIVA", "KABAR JABAR"): a site's brand."""
    tokens = segment.split()
    return len(tokens) <= 2 and all(
        sum(c.isupper() for c in w) >= 2 and not any(c.islower() for c in w[:2]) for w in tokens
    )


def _is_site_segment(segment: str, sep: str, head: str, names: list[str]) -> bool:
    n_words = len(segment.split())
    if n_words > 5:
        return False
    if _DOMAIN_HINT_RE.search(segment) or _matches_outlet(segment, names):
        return True
    if sep in {"|", "::", "»"}:
        return True
    if _is_brand(segment):
        return True
    # "Wildfire forces thousands to flee - The Daily Ledger": a short Title-Case name
    # after a headline at least twice its length.
    return (
        n_words <= 4
        and all(w[:1].isupper() for w in segment.split())
        and len(head.split()) >= max(4, 2 * n_words)
    )


def strip_site_suffix(title: str, names: list[str]) -> tuple[str, str | None]:
    """``title`` without a trailing " - VIVA" / " | Kompas.com"; and the suffix removed.

    A segment after " | " is a site name when short; after a dash only when it names a
    known outlet, looks like a domain or a brand in capitals, or is a short Title-Case
    name after a much longer headline, since a dash also joins two halves of a real
    headline ("Israel - Hamas Sepakat Gencatan Senjata").
    """
    seps = list(_SUFFIX_SEP_RE.finditer(title))
    if not seps:
        return title, None
    last_sep = seps[-1]
    head = title[: last_sep.start()].strip()
    segment = title[last_sep.end() :].strip()
    if not head or not segment:
        return title, None
    if not _is_site_segment(segment, last_sep.group().strip(), head, names):
        return title, None
    return head, segment
