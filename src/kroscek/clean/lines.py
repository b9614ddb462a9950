"""Line-level cleaning: deciding which lines of a scraped body are article text.

A scraped body is a sequence of lines. Each non-empty line becomes a ``Unit``; units that
are boilerplate get a ``kind`` and are dropped; the rest are joined back into paragraphs,
rejoining a paragraph that a scraper broke in mid-sentence. Kinds: caption, source_line
(photo credits), related_headline, read_also, pagination, img_title, embed (video and
social posts), advert, copyright, syndication, promo (calls to action), timestamp, meta
(share, tags, read counts, section labels), contact, editor_initials, byline, markup
(separators, image links), subheading, title_repeat, site_name, comment (readers'
comments copied with the page). The cleaning core adds
dateline, preamble (layout residue above a dateline) and site_suffix (of the title).

The two hard cases are told apart by the shape of the line, not by its words:

- an inline headline of another story is short, Title-Case (most content words
  capitalised), has no final punctuation, and stands alone;
- a paragraph broken mid-sentence is mostly lower-case, has no final punctuation, and
  the next line continues it: it is rejoined, never dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from kroscek.clean.dateline import (
    boilerplate_words,
    masthead_place_line,
    names_a_job,
    names_a_known_place,
    names_match,
    outlet_words,
    parse_dateline,
    reads_as_outlet,
    reads_as_place,
    strong_outlet,
)
from kroscek.clean.markup import MARKUP_CHARS_RE, strip_markup
from kroscek.clean.patterns import function_words, never_final_words, patterns
from kroscek.text.lang import detect

# Possessive: the same matches as "[^\W_]+(?:[-'’][^\W_]+)*", a little faster.
_WORD_RE = re.compile(r"[^\W_]++(?:[-'’][^\W_]++)*+")
# On ASCII text "[^\W_]" is "[A-Za-z0-9]" and "’" cannot occur (tested).
_ASCII_WORD_RE = re.compile(r"[A-Za-z0-9]++(?:[-'][A-Za-z0-9]++)*+")
_FINAL_RE = re.compile(r"[.!?…:;\"”’»]$|[.!?]['\"”’»)\]]+$")
_FINAL_CHARS = frozenset('.!?…:;"”’»')
_CLOSERS = "'\"”’»)]"
_HEADLINE_MAX_WORDS = 22
_HEADLINE_MIN_WORDS = 3
_CAPTION_MAX_WORDS = 30
# A caption this short is taken whatever its shape; a longer one must read as one clause.
_CAPTION_SURE_WORDS = 12
# A gallery's caption standing apart under its counter (a blank line between) is this short.
_GALLERY_CAPTION_WORDS = 20
_BYLINE_MAX_WORDS = 10
# Bylines are looked for in the first and last lines of a body (and past noise there).
_BYLINE_ZONE = 3
_CACHED_LINE_CHARS = 4000
_CACHED_LINES = 4096
# No noise line (credit, link list, promo, embedded post) is longer than this.
_LONGEST_NOISE_WORDS = 80
_DOMAIN_PARTS = frozenset({"com", "co", "id", "net", "org", "tv", "news", "www"})
# "- item", "• item", "1. item", "a) item": list items keep their own line.
_LIST_ITEM_RE = re.compile(r"^(?:[-•·▪●◦‣*–]\s+|\d{1,2}[.)]\s+|[a-z][.)]\s+)\S")
_LIST_NUMBER_RE = re.compile(r"^\d{1,2}[.)]?\s+(?=\S)")
# A meta line holding its own value ("Tag: banjir", "Dibaca 1.204 kali"), not a bare label.
_LABEL_WITH_VALUE_RE = re.compile(r"\d|[:：]\s*\S")
# A sentence's end inside a line: the line holds more than one sentence.
_INNER_STOP_RE = re.compile(r"[.!?][\"”’)]*\s+\S")
_CONTINUES_AFTER = re.compile(r"[,(\-–—]$")
# A sentence-case headline of another story: between these many words.
_SENTENCE_HEADLINE_WORDS = (4, 10)
# Headlines listed under a bare "Related coverage" / "Berita terkait" label.
_RELATED_LIST_MAX = 5


@dataclass(slots=True)
class Unit:
    """One non-empty line of the body and what cleaning decided about it."""

    text: str
    gap_before: bool  # a blank line separates it from the previous unit
    kind: str | None = None  # None: article text
    removed_markup: list[str] = field(default_factory=list)
    # Pieces cut out of a kept line, as (kind, text): a "Baca juga: ..." link run into it.
    cut: list[tuple[str, str]] = field(default_factory=list)

    @property
    def kept(self) -> bool:
        """True while no rule has marked this line as noise."""
        return self.kind is None


def _find_words(text: str) -> tuple[str, ...]:
    """``tuple(_WORD_RE.findall(text))``; an ASCII text (most lines) through
    ``_ASCII_WORD_RE``, the same pattern with its classes spelt out, which is faster."""
    return tuple((_ASCII_WORD_RE if text.isascii() else _WORD_RE).findall(text))


class _WordCache(dict[str, tuple[str, ...]]):
    """Line -> its words, filled on a miss; dropped whole when it reaches ``_CACHED_LINES``.

    Only lines up to a few thousand characters are kept, so that a batch of huge lines
    cannot pin gigabytes in the cache.
    """

    def __missing__(self, text: str) -> tuple[str, ...]:
        found = _find_words(text)
        if len(text) <= _CACHED_LINE_CHARS:
            if len(self) >= _CACHED_LINES:
                self.clear()
            self[text] = found
        return found


# ``words(text)``: the words of ``text``, cached, since every rule asks about the same few
# lines. A bound ``__getitem__``, so that a known line costs a dict lookup, no Python call.
words: Callable[[str], tuple[str, ...]] = _WordCache().__getitem__


def has_final_punctuation(text: str) -> bool:
    """True when ``text`` ends like a finished sentence, quotation or label.

    The same test as ``_FINAL_RE`` (kept as its definition), written with string methods:
    it runs for most lines several times, and a regex ``search`` anchored at the end
    still walks the whole line.
    """
    stripped = text.rstrip()
    if not stripped:
        return False
    if stripped[-1] in _FINAL_CHARS:
        return True
    # "[.!?]" then closing quotes or brackets: '."', '?”', '.)', '!’»'
    unclosed = stripped.rstrip(_CLOSERS)
    return len(unclosed) < len(stripped) and unclosed[-1:] in ("!", ".", "?")


def _content_words(text: str) -> list[str]:
    return [w for w in words(text) if w.lower() not in function_words()]


def is_title_case(text: str) -> bool:
    """Every content word capitalised (one lower-case slip allowed in a long line)."""
    content = _content_words(text)
    if len(content) < 2:
        return False
    lower = sum(1 for w in content if w[0].islower())
    return lower <= (1 if len(content) >= 8 else 0)


def lower_case_share(text: str) -> float:
    """Share of all alphabetic words that start with a lower-case letter."""
    alpha = [w for w in words(text) if w[0].isalpha()]
    if not alpha:
        return 0.0
    return sum(1 for w in alpha if w[0].islower()) / len(alpha)


def is_incomplete(text: str) -> bool:
    """True for a line that stops mid-sentence and must be continued by the next one."""
    stripped = text.rstrip()
    if not stripped or has_final_punctuation(stripped):
        return False
    if _CONTINUES_AFTER.search(stripped):
        return True
    tokens = words(stripped)
    if tokens and tokens[-1].lower() in never_final_words() and len(tokens) >= 3:
        return True
    return len(tokens) >= 4 and lower_case_share(stripped) >= 0.5


def looks_like_headline(text: str) -> bool:
    """Short, Title-Case, no final full stop: the headline of some other story."""
    stripped = text.strip()
    n = len(words(stripped))
    if not _HEADLINE_MIN_WORDS <= n <= _HEADLINE_MAX_WORDS:
        return False
    if stripped[-1] in "?!":
        return is_title_case(stripped[:-1])
    if has_final_punctuation(stripped) or _CONTINUES_AFTER.search(stripped):
        return False
    return is_title_case(stripped)


def looks_like_caption(text: str) -> bool:
    """A photo caption: short, and not a finished sentence (or one ending in a date)."""
    stripped = text.strip()
    n = len(words(stripped))
    if n == 0 or n > _CAPTION_MAX_WORDS:
        return False
    if stripped.endswith((").", ")")) or patterns().ends_in_date.search(stripped):
        return True
    return not has_final_punctuation(stripped)


def _glued_caption(units: list[Unit], index: int) -> bool:
    """ "Photo: Outlet" / "Traffic is diverted from the bridge" / blank line / prose.

    A sentence-case line glued under the credit, closed by a blank line and followed by a
    new capitalised sentence, is the picture's caption, not a broken paragraph.
    """
    unit = units[index]
    nxt = units[index + 1] if index + 1 < len(units) else None
    first = next((c for c in unit.text if c.isalpha()), "")
    return (
        not unit.gap_before
        and first.isupper()
        and not _needs_continuation(unit.text)
        and nxt is not None
        and nxt.gap_before
        and not _starts_lower(nxt.text)
    )


def _finished_glued_caption(units: list[Unit], index: int) -> bool:
    """ "Photo: Outlet" / "Rescue workers gather at the shaft on Sunday." / blank line.

    A finished sentence glued under the credit line is its caption when it is one short
    sentence (``_CAPTION_SURE_WORDS`` and a half) with no reporting clause, closed by a
    blank line before a new capitalised sentence, in a text whose paragraphs are otherwise
    separated by blank lines (the caller's ``gapped``): prose there would stand apart.
    """
    text = units[index].text
    return (
        has_final_punctuation(text)
        and _glued_caption(units, index)
        and len(words(text)) <= _CAPTION_SURE_WORDS + _CAPTION_SURE_WORDS // 2
        and not _INNER_STOP_RE.search(text.strip())  # one sentence
        and not patterns().reporting_clause.search(text)
    )


def _is_caption_bullet(text: str) -> bool:
    """A "  • Warga menaiki kereta ..." bullet under a credit: the block's own caption."""
    match = patterns().bullet.match(text)
    if match is None:
        return False
    body = text[match.end() - 1 :]
    return len(words(body)) >= 4 and lower_case_share(body) >= 0.3


# A label's value that describes a picture ("Foto: Siswa menjalani perawatan di ..."),
# not only credits it ("Foto: ANTARA FOTO/Budi", "Sumber: Badan Pusat Statistik").
_CAPTION_VALUE_WORDS = 6
_CAPTION_VALUE_LOWER = 3


def _value_is_caption(value: str) -> bool:
    """The credit line carries its own caption after the label ("Foto: Warga menaiki perahu
    karet di ..."): a clause of several words, three of them lower-case. The block has its
    caption then, and the paragraph above it (a lead closing on its date) is never taken."""
    found = words(value)
    return (
        len(found) >= _CAPTION_VALUE_WORDS
        and sum(1 for w in found if w[0].islower()) >= _CAPTION_VALUE_LOWER
    )


def _under_lone_dateline(units: list[Unit], index: int) -> bool:
    """The line right under the body's first line, which is a dateline alone on its line
    ("Warta Pantura –"): the lead, never a caption."""
    above = _previous_kept(units, index)
    return (
        above is not None
        and _previous_kept(units, above) is None
        and units[above].text[-1:] in "-–—"
        and ends_in_label_dash(units[above].text)
    )


def _may_be_caption(text: str) -> bool:
    """False for a paragraph that can only be article text, whatever it ends with.

    A lead opening with a dateline ("KOTA, Outlet – ...") is never a caption, and
    neither is a long paragraph of several sentences or one with a reporting clause
    ("..., kata Budi", "... said on Monday"): captions describe a picture in one short
    sentence.
    """
    if parse_dateline(text) is not None:
        return False
    return reads_as_one_clause(text)


# A sentence end followed by the capital of another sentence: the line holds two or more.
_NEXT_SENTENCE_RE = re.compile(r"[.!?][\"”’)]*\s+[A-Z\"“]")


def reads_as_one_clause(text: str) -> bool:
    """Short, or one sentence with no reporting clause: what a caption (or other layout
    residue) can be; a paragraph of several sentences or "..., kata Budi" is prose."""
    n = len(words(text))
    if n <= _CAPTION_SURE_WORDS:
        return True
    if _NEXT_SENTENCE_RE.search(text.strip()):
        return False
    return not patterns().reporting_clause.search(text)


def split_units(body: str) -> list[Unit]:
    """One ``Unit`` per non-empty line, remembering which ones follow a blank line."""
    units: list[Unit] = []
    gap = False
    for raw_line in body.split("\n"):
        line = raw_line.strip()
        if not line:
            gap = True
            continue
        units.append(Unit(line, gap_before=gap or not units))
        gap = False
    return units


def _previous_kept(units: list[Unit], index: int) -> int | None:
    for j in range(index - 1, -1, -1):
        if units[j].kept:
            return j
    return None


def _next_kept(units: list[Unit], index: int) -> int | None:
    for j in range(index + 1, len(units)):
        if units[j].kept:
            return j
    return None


# "Foto 1/8", "Photo 2/6", "Slide 3/5": a counter written with a slash opens with its word
_GALLERY_HEADS = frozenset({"foto", "phot", "imag", "gamb", "slid"})


def _mark_photo_blocks(units: list[Unit]) -> list[int]:
    """ "Sumber :"/"Photo :" lines, their bullet credits and the caption next to them.

    Returns the gallery counters alone on their line, whose captions are looked for once
    the line rules have run (``_mark_counter_captions``).
    """
    pats = patterns()
    counters: list[int] = []
    gapped = sum(1 for u in units[1:] if u.gap_before) >= max(1, len(units) // 3)
    sizes: dict[int, int] = {}  # unit index -> its word count, counted once for both passes
    for i, unit in enumerate(units):
        if not unit.kept:
            continue
        n = sizes[i] = len(words(unit.text))
        if n > _CAPTION_MAX_WORDS + 4:
            continue
        # the label patterns need a colon (source_label) or a comma (source_label_comma),
        # caption_label one of them: a line without is not tried
        # and each pattern opens with one of its phrases (``Patterns.*_first``, exact)
        first = unit.text[0]
        colon = ":" in unit.text or "：" in unit.text
        comma = "," in unit.text
        if (
            (colon or comma)
            and first in pats.caption_label_first
            and pats.caption_label.match(unit.text)
        ):
            unit.kind = "caption"  # "Image caption, Rescue teams searched ..."
            continue
        labelled = first in pats.source_label_first
        label = (
            (labelled and colon and pats.source_label.match(unit.text))
            or (labelled and comma and pats.source_label_comma.match(unit.text))
            or None
        )
        credit_only = (
            label is None
            and n <= 6
            and first in pats.credit_line_first
            and bool(pats.credit_line.match(unit.text))
        )
        if (label is None and not credit_only) or n > _CAPTION_MAX_WORDS:
            continue
        unit.kind = "source_line"
        j = i + 1
        took_value = credit_only or bool(label and label.group(1).strip())
        while j < len(units) and units[j].kept:
            nxt = units[j].text
            if pats.bullet.match(nxt):
                units[j].kind = "source_line"
            elif not took_value and len(words(nxt)) <= 8 and not has_final_punctuation(nxt):
                units[j].kind = "source_line"  # the credit on the line after a bare label
            else:
                break
            took_value = True
            j += 1
        before = _previous_kept(units, i)
        has_caption = any(_is_caption_bullet(u.text) for u in units[i + 1 : j]) or bool(
            label and _value_is_caption(label.group(1))
        )
        if (
            before is not None
            and not has_caption
            and _may_be_caption(units[before].text)
            and not _under_lone_dateline(units, before)
            and not is_byline(units[before].text)  # "Oleh: Rizky Ananda" above "Foto: ..."
            and (
                looks_like_caption(units[before].text)
                or (
                    # A finished sentence is a caption only when glued to the credit line in
                    # a text whose paragraphs are otherwise separated by blank lines.
                    before == i - 1
                    and not unit.gap_before
                    and gapped
                    and len(words(units[before].text)) <= _CAPTION_MAX_WORDS
                )
            )
        ):
            units[before].kind = "caption"
            continue
        after = _next_kept(units, j - 1)
        if after is None or after + 1 >= len(units):
            continue
        text = units[after].text
        if (
            looks_like_caption(text)
            and not has_final_punctuation(text)
            and (not is_incomplete(text) or _glued_caption(units, after))
        ) or (after == j and gapped and _finished_glued_caption(units, after)):
            units[after].kind = "caption"
    for i, unit in enumerate(units):
        if not unit.kept:
            continue
        text = unit.text
        if not (
            "/" in text
            or text.endswith((")", "]"))
            or " of " in text
            or " dari " in text
            or ":" in text
            or "：" in text
        ):
            continue  # none of the credit shapes below can match
        n = sizes[i] if i in sizes else len(words(text))
        if (
            n <= _CAPTION_MAX_WORDS + 10
            and ("/" in text or text.endswith((")", "]")))
            and (
                pats.inline_credit.search(text)
                or pats.agency_credit.search(text)
                or ("/" in text and pats.name_credit.search(text, max(0, len(text) - 90)))
            )
        ):
            unit.kind = "caption"  # "Warga mengungsi di Rafah. (Foto: Reuters)"
        elif (
            n <= _CAPTION_SURE_WORDS + 3
            and text.endswith((")", "]"))
            and pats.bracketed_credit.search(text)
            and not pats.reporting_clause.search(text)
        ):
            unit.kind = "caption"  # "Ilustrasi banjir. (Freepik)"
        elif (
            n <= _CAPTION_MAX_WORDS + 4
            and (
                " of " in text
                or " dari " in text
                or ("/" in text and text[:4].lower() in _GALLERY_HEADS)
            )
            and pats.gallery_counter.match(text)
        ):
            unit.kind = "caption"  # "1 of 5 | Residents wade through floodwater ...", "Foto 1/8"
            if n <= 4:
                counters.append(i)
        elif (
            n <= _CAPTION_MAX_WORDS + 4
            and (":" in text or "：" in text)  # the credit label's colon, which the pattern needs
            and pats.trailing_credit.search(text)
        ):
            unit.kind = "caption"  # "Ilustrasi peretas. Foto: Istimewa"
    return counters


def _mark_counter_captions(units: list[Unit], counters: list[int]) -> None:
    """The caption of a gallery counter alone on its line ("Foto 2/8"): the short line
    glued under it and closed by a blank line, when no other rule took it, with no
    quotation or reporting clause (the story going on under a counter stays).

    A page that writes each block apart (an HTML gallery: "Photo 1 of 8", a blank line,
    its caption) puts a blank line between a counter and its caption too: there, with two
    counters or more on the page (a gallery, not a lone photo count), the one-sentence
    block right under a counter is its caption as well, up to ``_GALLERY_CAPTION_WORDS``.
    """
    pats = patterns()
    gallery = len(counters) >= 2
    for i in counters:
        if i + 1 >= len(units):
            continue
        below = units[i + 1]
        if (
            below.kept
            and (not below.gap_before or gallery)
            and (i + 2 == len(units) or units[i + 2].gap_before)  # a block of its own
            and len(words(below.text))
            <= (_GALLERY_CAPTION_WORDS if below.gap_before else _CAPTION_MAX_WORDS)
            and _may_be_caption(below.text)
            and not any(q in below.text for q in '"“”')
            and not pats.reporting_clause.search(below.text)
        ):
            below.kind = "caption"


@dataclass(frozen=True, slots=True)
class _Rule:
    """A line of at most ``max_words`` words for which ``test`` holds is noise of ``kind``."""

    kind: str
    max_words: int
    test: Callable[[str], bool]


@lru_cache(maxsize=1)
def _line_rules() -> tuple[_Rule, ...]:
    """Context-free line rules, tried in order; the first that matches names the kind."""
    pats = patterns()
    return (
        _Rule("markup", 20, lambda t: len(t) <= 40 and bool(pats.separator.match(t))),
        _Rule("img_title", 12, lambda t: bool(pats.img_title.match(t))),
        _Rule("embed", _LONGEST_NOISE_WORDS, lambda t: bool(pats.embed.match(t))),
        _Rule("embed", 16, lambda t: bool(pats.post_embed.match(t))),
        _Rule("editor_initials", 6, lambda t: bool(pats.initials_line.match(t))),
        _Rule("editor_initials", 6, lambda t: bool(pats.initials_bare.match(t))),
        _Rule("pagination", 12, lambda t: bool(pats.pagination.match(t))),
        _Rule("advert", 16, lambda t: bool(pats.advert.match(t))),
        _Rule("copyright", 16, lambda t: bool(pats.copyright.match(t))),
        _Rule("copyright", 40, lambda t: bool(pats.copyright_year.match(t))),
        _Rule("embed", _LONGEST_NOISE_WORDS, lambda t: "/" in t and bool(pats.post_link.search(t))),
        _Rule("byline", 30, lambda t: bool(pats.byline_contains.search(t))),
        _Rule("byline", 30, lambda t: bool(pats.contributed.match(t))),
        _Rule("syndication", 40, lambda t: bool(pats.syndication.match(t))),
        _Rule("syndication", 12, lambda t: bool(pats.distributor_credit.match(t))),
        _Rule(
            "promo",
            40,
            lambda t: bool(pats.promo_start.match(t) and pats.promo_platform.search(t)),
        ),
        _Rule(
            "promo",
            _PROMO_SITE_WORDS,
            lambda t: bool(pats.promo_start.match(t) and _names_a_site(t)),
        ),
        _Rule("promo", 8, lambda t: "://" in t and bool(pats.app_link.match(t))),
        _Rule("timestamp", 14, lambda t: not _ends_sentence(t) and _is_timestamp(t)),
        _Rule("timestamp", 30, _is_timestamp_pair),
        _Rule(
            "meta",
            8,
            lambda t: (
                not _ends_sentence(t) and bool(pats.meta_line.match(t) or pats.read_time.match(t))
            ),
        ),
    )


# "Baca berita konservasi lainnya di rimbawan.id", "Kunjungi www.kabarlembah.com": a call
# to action naming a web address instead of a platform, in a line this short.
_PROMO_SITE_WORDS = 14
_SITE_RE = re.compile(
    r"(?:^|\s)(?:www\.)?[a-z0-9-]{3,}(?:\.co)?\.(?:id|com|net|org|news|co)\b[./]?", re.IGNORECASE
)


def _names_a_site(text: str) -> bool:
    return "." in text and _SITE_RE.search(text) is not None


def _rule_kind(text: str, n: int) -> str | None:
    """The kind of the first of ``_line_rules()`` that takes ``text`` (of ``n`` <= 80 words).

    The same decision as ``next(r for r in _line_rules() if n <= r.max_words and
    r.test(text))`` (the rules stay the definition; tested), written out so that a line of
    prose costs a few tests instead of a call per rule: most rules are for lines of a
    dozen words or fewer, and a body line is usually longer.
    """
    pats = patterns()
    if n <= 20 and len(text) <= 40 and pats.separator.match(text):
        return "markup"
    # The anchored patterns below are tried only on a line opening with a character they
    # can open with (``Patterns.*_first``, exact): most lines fail on that set test.
    first = text[0]
    if n <= 16:
        if n <= 12 and " " not in text and pats.img_title.match(text):  # no space in either
            return "img_title"
        if (first == "[" and pats.embed.match(text)) or (
            first in "VvAa"
            and text[:6].lower().startswith(("view t", "a post"))
            and pats.post_embed.match(text)
        ):
            return "embed"
        if n <= 6 and first in "([" and pats.initials_line.match(text):
            return "editor_initials"
        if n <= 6 and first.islower() and "/" in text and pats.initials_bare.match(text):
            return "editor_initials"  # "mrs/jpr/kw": a wire desk's sign-off
        if n <= 12 and first in pats.pagination_first and pats.pagination.match(text):
            return "pagination"
        if first in pats.advert_first and pats.advert.match(text):
            return "advert"
        if first in pats.copyright_line_first and pats.copyright.match(text):
            return "copyright"
    elif first == "[" and pats.embed.match(text):  # the embed pattern opens with "["
        return "embed"
    if (
        n <= 40
        and text[0] in pats.copyright_first
        and text[:2].lower().startswith(pats.copyright_heads)
        and pats.copyright_year.match(text)
    ):
        return "copyright"
    if "/" in text and pats.post_link.search(text):
        return "embed"
    if n > 40:
        return None
    if n <= 30 and pats.byline_contains.search(text):
        return "byline"
    if n <= 30 and text.endswith(("contributed.", "contributed")) and pats.contributed.match(text):
        return "byline"
    if first in pats.syndication_first and pats.syndication.match(text):
        return "syndication"
    if n <= 12 and first in pats.distributor_first and pats.distributor_credit.match(text):
        return "syndication"
    if (
        first in pats.promo_first
        and pats.promo_start.match(text)
        and (pats.promo_platform.search(text) or (n <= _PROMO_SITE_WORDS and _names_a_site(text)))
    ):
        return "promo"
    if n <= 8 and "://" in text and pats.app_link.match(text):
        return "promo"
    if n <= 14 and not _ends_sentence(text):
        if _is_timestamp(text):
            return "timestamp"
        if (
            n <= 8
            and first in pats.meta_first
            and (pats.meta_line.match(text) or pats.read_time.match(text))
        ):
            return "meta"
    if n <= 30 and " | " in text and _is_timestamp_pair(text):
        return "timestamp"
    return None


def _mark_fixed_lines(units: list[Unit], byline_zone: int) -> None:
    """Mark lines that are noise by their own shape and words, plus the few rules that
    need their neighbours: an embedded post's signature takes the post above it, a press
    contact label takes the lines below it, a bare "Baca juga:" takes its link list, and
    bylines are only looked for near the start or the end."""
    pats = patterns()
    last = len(units) - 1
    shares: list[int] = []
    comments: list[int] = []
    about: int | None = None
    for i, unit in enumerate(units):
        if not unit.kept:
            continue
        text = unit.text
        n = len(words(text))
        if n > _LONGEST_NOISE_WORDS:
            continue  # body prose: every kind of noise line is shorter
        if text[0] in "—–-" and pats.post_signature.match(text):
            unit.kind = "embed"  # "— Name (@handle) January 9, 2024": the post above it too
            above = units[i - 1] if i > 0 else None
            if above is not None and above.kept and len(words(above.text)) <= 80:
                above.kind = "embed"
            continue
        if n <= 12 and i > last - _CONTACT_SPAN and pats.contact_label.match(text):
            _mark_contact_block(units, i)
            continue
        if (
            n <= 30
            and i > last - 3  # near the end (the last line is too)
            and _is_writer_contact(text, at_end=i == last, near_end=True)
        ):
            unit.kind = "contact"  # "Jane Roe can be reached at jroe@example.com."
            continue
        if n <= 40 and i > last - 2 and pats.writer_bio.match(text):
            unit.kind = "byline"  # "Jane Roe is a staff reporter for the Valley Wire."
            continue
        if (
            n <= 40
            and i > last - 4
            and text[0] in pats.disclaimer_first
            and pats.disclaimer.match(text)
        ):
            unit.kind = "meta"  # "The views expressed are the author's own."
            continue
        if n <= 12 and "?" in text and pats.poll_label.match(text):
            _mark_poll(units, i)  # "Bagaimana reaksi Anda?" over its answers and counts
            if not unit.kept:
                continue
        if n <= 8 and text[0].isdigit() and pats.video_credit.match(text):
            unit.kind = "embed"  # "01:12 - Source: CNN": the player's title above it too
            above = units[i - 1] if i > 0 else None
            if (
                above is not None
                and above.kept
                and len(words(above.text)) <= _HEADLINE_MAX_WORDS
                and not has_final_punctuation(above.text)
            ):
                above.kind = "embed"
            continue
        if (
            n <= 6
            and about is None
            and i > last - _CONTACT_SPAN
            and text[0] in "AT"
            and (_ABOUT_RE.match(text) or _AUTHOR_BOX_RE.match(text))
        ):
            about = i  # "About Harbor Grid", "Tentang Penulis": tried once the rest is marked
        kind = _rule_kind(text, n)
        if (
            n <= 4
            and kind in (None, "meta", "advert")
            and text.rstrip(" :：").lower() in pats.share_labels
        ):
            kind = kind or "meta"  # "Share this:", "Kongsi artikel ini:" over the buttons
            shares.append(i)
        if (
            n <= 3
            and (kind == "meta" or (kind is None and text[0].isdigit()))
            and text[0] in pats.comment_label_first
            and pats.comment_label.match(text)
        ):
            comments.append(i)  # "Komentar (3)" (a meta line), "12 Comments"
        if kind is not None:
            unit.kind = kind
            if kind == "meta" and not _LABEL_WITH_VALUE_RE.search(text):
                _mark_tag_list(units, i)  # "Topics" / "Topik Terkait:" + the tags below
        elif n <= 30 and text[0] in pats.read_also_first and (match := pats.read_also.match(text)):
            unit.kind = "read_also"
            # "Read more on the same topic:": a bare label that opens with a link phrase
            if not match.group(1).strip():
                _mark_read_also_list(units, i)
            elif n <= 8 and pats.list_label.match(text):
                _mark_read_also_list(units, i, listed=True)
        elif n <= 4 and pats.list_label.match(text):
            unit.kind = "read_also"  # "MOST READ" over a list of other stories
            _mark_read_also_list(units, i, listed=True)
        elif (
            i < byline_zone
            or i > last - byline_zone
            # "Reporter: X" / "Editor: Y": a credit block running past the zone
            or (not unit.gap_before and units[i - 1].kind == "byline")
        ) and is_byline(text):
            unit.kind = "byline"
    for i in shares:
        _mark_share_buttons(units, i)
    if comments:
        _mark_comment_section(units, comments[0])
    if about is not None:
        _mark_about_block(units, about)
    _mark_outer_bylines(units, byline_zone)


# how far from the end a press contact block or an "About ..." box may start
_CONTACT_SPAN = 10
# "About Harbor Grid Energy", "Tentang Penulis", "About the author": a box's heading
_ABOUT_RE = re.compile(
    r"^(?:About|Tentang)\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}$"
)
_AUTHOR_BOX_RE = re.compile(r"^(?:About the author|Tentang penulis)$", re.IGNORECASE)
# "SOURCE Harbor Grid Energy": a release wire's line naming the issuer, at the end
_SOURCE_LINE_RE = re.compile(r"^SOURCE\s+([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,7})$")
_ABOUT_MAX_LINES = 3


def _mark_about_block(units: list[Unit], index: int) -> None:
    """A press release's "About <issuer>" box (the issuer's standard description) or a
    page's author box ("Tentang Penulis"), with the paragraphs under it, when nothing but
    noise (a contact block, the wire's "SOURCE ..." line) follows them.

    A heading "About X" inside a news story's last paragraphs is the story's own
    subheading; the box is taken only under a release's label or as an author box.
    """
    author_box = bool(_AUTHOR_BOX_RE.match(units[index].text))
    if not author_box and _release_label(units) is None:
        return
    block = [index]
    for j in range(index + 1, len(units)):
        unit = units[j]
        if not unit.kept or _SOURCE_LINE_RE.match(unit.text):
            if any(u.kept and not _SOURCE_LINE_RE.match(u.text) for u in units[j:]):
                return  # story text after the box: the heading was the story's own
            break
        if len(block) > _ABOUT_MAX_LINES or len(words(unit.text)) > _LONGEST_NOISE_WORDS:
            return
        block.append(j)
    if len(block) < 2:
        return
    for j in block:
        units[j].kind = "byline" if author_box else "contact"


def _mark_outer_bylines(units: list[Unit], zone: int) -> None:
    """Bylines past the noise that closes (or opens) a page: "Penulis : X" / "Editor : Y"
    above app-download links and a footer, further from the end than the byline zone,
    and a writer's note ("*Penulis adalah dosen ...") above a disclaimer and tags.

    Only the kept lines at either end count, each until the first that is neither: a line
    of prose ends the walk, so "Oleh karena itu ..." in the body is never tried. A line in
    the zone was tried as a byline already (and a line among the last two as a note).
    """
    bio = patterns().writer_bio
    last = len(units) - 1
    for j in range(last, -1, -1):
        unit = units[j]
        if unit.kind == "byline" or not unit.kept:
            continue
        if (j > last - zone or not is_byline(unit.text)) and (
            j > last - 2 or len(words(unit.text)) > 40 or not bio.match(unit.text)
        ):
            break
        unit.kind = "byline"
    for j, unit in enumerate(units):
        if unit.kind == "byline" or not unit.kept:
            continue
        if j < zone or not is_byline(unit.text):
            break
        unit.kind = "byline"


def is_byline(text: str) -> bool:
    """ "Oleh: Siti Rahma", "By JANE ROE", "(Reporting by A; Editing by B)", "Editor: X".

    The words after the label must read as names (capitalised, joined by function words
    such as "dan", "and", "in"), so prose that starts with "By" or "Oleh" stays.
    """
    inner = text.strip()
    if inner.startswith("(") and inner.endswith(")"):
        inner = inner[1:-1].strip()
    if len(words(inner)) > _BYLINE_MAX_WORDS + 6 and (
        ";" not in inner  # "Reporting by A in X and B in Y; Writing by C; Editing by D"
        or any(len(words(part)) > _BYLINE_MAX_WORDS + 6 for part in inner.split(";"))
    ):
        return False
    pats = patterns()
    match = pats.byline.match(inner) or pats.byline_staff.match(inner)
    if match is None:
        return False
    first, *others = match.group(1).split(";")
    named = [_reads_as_names(_newsroom_tail_off(first.strip()))]
    # "Reporting by A; editing by B": each further credit has its own staff label, in
    # whatever case the desk writes it
    for credit in others:
        credit = credit.strip()
        more = pats.byline_staff.match(credit) or pats.byline.match(credit)
        if more is None:
            return False
        named.append(_reads_as_names(more.group(1).strip()))
    if all(named):
        return True
    # "(Reporting by the Jakarta bureau; Editing by Tom Hale)": a bracketed run of two
    # labelled credits or more is a wire's credit line even where one credits a desk in
    # lower-case words; one credit must name a person all the same
    return bool(others) and any(named) and text.lstrip()[:1] == "(" and inner != text.strip()


def _newsroom_tail_off(names: str) -> str:
    """``names`` without a closing lower-case newsroom word: "By The Southern Dispatch staff"
    signs for the outlet's newsroom, whose name is capitalised like a writer's."""
    head, _, last = names.rpartition(" ")
    newsroom = last.islower() and last in boilerplate_words("byline_newsroom")
    return head if head and newsroom else names


def _reads_as_names(names: str) -> bool:
    """Capitalised names joined by function words, not the start of a sentence."""
    if not names or names[-1] in "!?" or (names.endswith(".") and not _ends_with_initial(names)):
        return False
    content = [w for w in _content_words(names) if w.lower() not in _DOMAIN_PARTS]
    return bool(content) and all(w[0].isupper() or w[0].isdigit() for w in content)


def _ends_with_initial(text: str) -> bool:
    return bool(re.search(r"\b[A-Z]\.$", text))


_STAMP_LINE_WORDS = 14
_STAMP_MAX_WORDS = 8
_DIGIT_RE = re.compile(r"\d")
_CLOCK_END_RE = re.compile(r"\d\s*[ap]\.m\.$", re.IGNORECASE)
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _ends_sentence(text: str) -> bool:
    """Ends as a sentence does. A clock time's "p.m." closes a page's stamp, not a
    sentence, when the line also gives a year or opens with a stamp word ("Published Nov.
    18, 2026 at 6:42 p.m.", "Updated 6:42 p.m."); "The curfew starts at 9:30 p.m." stays
    a sentence."""
    stripped = text.rstrip()
    if (
        stripped.endswith((".m.", ".M."))
        and _CLOCK_END_RE.search(stripped[-12:])
        and (_YEAR_RE.search(stripped) or patterns().meta_line.match(stripped))
    ):
        return False
    return stripped.endswith((".", "!", "?", "…", ".”", '."'))


def _is_timestamp(text: str) -> bool:
    """A date-and-time line ("Kamis, 16/11/2023 | 15:20 WIB", "Published 2 hours ago")."""
    if not patterns().timestamp.search(text):
        return False
    alpha = [w for w in words(text) if w[0].isalpha()]
    return len(alpha) <= 6


def _is_timestamp_pair(text: str) -> bool:
    """Two stamps joined by a bar ("Published Nov. 22, 2026 at 8:15 a.m. | Updated ... at
    3:40 p.m."): each half a stamp of its own, the whole too long for one."""
    if " | " not in text:
        return False
    halves = text.split(" | ")
    return len(halves) == 2 and all(_is_timestamp(h) for h in halves)


def _mark_poll(units: list[Unit], index: int) -> None:
    """An emoji poll: its question and the answers under it, each a word or two or a
    count ("Senang", "12", "😮 Terkejut 21"), until a line reads as more than that. With
    fewer than two such lines under it the question is an interviewer's ("Apa reaksi Anda
    saat mendengar putusan itu?" over the answer), and stays, unless it asks about the page
    itself ("… tentang artikel ini?": ``poll_subjects``; its answers were images)."""
    low = units[index].text.lower()
    if any(subject in low for subject in patterns().poll_subjects):
        units[index].kind = "embed"
    answers: list[Unit] = []
    for unit in units[index + 1 :]:
        if not unit.kept:
            continue
        if len(words(unit.text)) > 3 or has_final_punctuation(unit.text):
            break
        answers.append(unit)
    if len(answers) < 2:
        return
    for unit in (units[index], *answers):
        unit.kind = "embed"


_COMMENT_BUTTON_CHARS = 24


def _mark_comment_section(units: list[Unit], start: int) -> None:
    """Readers' comments copied with the page: a "Komentar (3)" / "12 Comments" heading
    (at ``start``), then user names, times, the comments and a "Balas" / "Reply" button
    under each.

    The comments are finished sentences, so only the section's frame tells them from the
    article: from the heading to the last button, everything is ``comment``. A heading with
    no button under it (a "0 Komentar" counter beside the byline) is left to the line
    rules.
    """
    buttons = patterns().comment_buttons
    for j in range(len(units) - 1, start, -1):
        text = units[j].text
        if len(text) <= _COMMENT_BUTTON_CHARS and text.rstrip(" .…").lower() in buttons:
            for unit in units[start : j + 1]:
                unit.kind = "comment"
            return


def _mark_contact_block(units: list[Unit], index: int) -> None:
    """ "Kontak media:" near the end and the short lines (names, phones) under it."""
    units[index].kind = "contact"
    for unit in units[index + 1 :]:
        if len(words(unit.text)) > 12 or _ends_sentence(unit.text):
            break
        if unit.text.startswith("SOURCE ") and _SOURCE_LINE_RE.match(unit.text):
            break  # the release wire's issuer line, read as the masthead
        unit.kind = "contact"


def _is_writer_contact(text: str, *, at_end: bool, near_end: bool) -> bool:
    """A writer's contact line: a contact phrase near the end, or an e-mail on the last line."""
    pats = patterns()
    if near_end and pats.contact_phrase.search(text):
        return True
    return at_end and bool(pats.email.search(text))


def _mark_tag_list(units: list[Unit], index: int) -> None:
    """After a bare "Topics" label, the short tag lines listed under it.

    Right under the headline a section label stands over the writer's byline ("OPINI" /
    "Oleh: Hendra Saputra"): that line is the byline, and ends the list.
    """
    for unit in units[index + 1 :]:
        if not unit.kept or len(words(unit.text)) > 4 or has_final_punctuation(unit.text):
            break
        if index < _BYLINE_ZONE and is_byline(unit.text):
            unit.kind = "byline"
            break
        unit.kind = "meta"


_SHARE_LIST_SPAN = 10


def _mark_share_buttons(units: list[Unit], index: int) -> None:
    """ "Share this:" / "Facebook" / "X" / "Email" / "Like this:" / "Like Loading...": the
    buttons' names under their label (a word or three each, unfinished or trailing off in
    dots), past the lines other rules took, until a longer line."""
    for unit in units[index + 1 : index + 1 + _SHARE_LIST_SPAN]:
        if not unit.kept:
            continue
        text = unit.text
        if len(words(text)) > 3 or (
            has_final_punctuation(text) and not text.endswith(("...", "…"))
        ):
            break
        unit.kind = "meta"


def _cut_inline_links(unit: Unit) -> None:
    """Cut a "Baca juga: Some Other Headline" that a scraper ran into a paragraph.

    Only after a finished sentence, and only the Title-Case run of words after the label:
    the run stops at a capitalised function word that opens the next sentence ("Sementara
    itu, ..."), at a lower-case content word, or at the end of the line.
    """
    if ":" not in unit.text and "：" not in unit.text:
        return  # the label always ends with a colon
    pats = patterns()
    while (label := pats.inline_read_also.search(unit.text)) is not None:
        end = _headline_run_end(unit.text, label.end())
        if end is None:
            return
        unit.cut.append(("read_also", unit.text[label.start() : end].strip()))
        unit.text = f"{unit.text[: label.start()].rstrip()} {unit.text[end:].lstrip()}".strip()


def _headline_run_end(text: str, start: int) -> int | None:
    """End of the Title-Case headline starting at ``start``; ``None`` if there is none."""
    count = 0
    end = start
    for match in _WORD_RE.finditer(text, start):
        word = match.group()
        gap = text[end : match.start()]
        if count and any(ch in gap for ch in '.!?"“”'):
            break  # punctuation between words: the headline ended before
        lower = word.lower()
        if word[0].isupper() or word[0].isdigit():
            if count >= 3 and lower in function_words():
                break  # "Sementara", "Ia", "The": the next sentence starts here
        elif lower not in function_words():
            return None  # a lower-case content word: not a headline run
        count += 1
        end = match.end()
        if count > _HEADLINE_MAX_WORDS:
            return None
    if count < _HEADLINE_MIN_WORDS:
        return None
    return end


def _mark_read_also_list(units: list[Unit], index: int, *, listed: bool = False) -> None:
    """After a bare "Baca juga:" / "Related coverage", the links listed under it.

    Bullets are the list's items, and so are numbered lines without final punctuation; so
    are the other stories' headlines under the label,
    Title-Case or sentence-case (``reads_as_sentence_case_headline``), up to
    ``_RELATED_LIST_MAX`` of them (``related_headline``). The first line that reads as
    prose (sentence punctuation, a long line, a function word or a reporting clause
    opening it, words headlines drop) ends the list and is kept. Under a heading that
    names a list (``listed``: "MOST READ", "Read more on the same topic") the words
    headlines drop are no sign of prose ("Philippines braces for a second storm").
    """
    pats = patterns()
    headlines = 0
    for j in range(index + 1, len(units)):
        text = units[j].text
        if pats.bullet.match(text) or (len(text) <= 2 and text.isdigit()):
            units[j].kind = "read_also"  # a bullet, or a rank alone on its line ("1")
            continue
        # "1. Police identify driver in crash", "2 Harga Sawit Naik": numbered like bullets,
        # and unpunctuated as headlines are (a numbered step ends its sentence)
        if (
            text[:1].isdigit()
            and _LIST_NUMBER_RE.match(text)
            and len(words(text)) <= _HEADLINE_MAX_WORDS
            and not has_final_punctuation(text)
        ):
            units[j].kind = "related_headline"
            continue
        if headlines < _RELATED_LIST_MAX and (
            looks_like_headline(text) or reads_as_sentence_case_headline(text, listed=listed)
        ):
            units[j].kind = "related_headline"
            headlines += 1
            continue
        break


def _mark_image_titles(units: list[Unit]) -> None:
    """The caption line glued under an "img_title" marker ("img_title" / "Warga mengungsi").

    Only the line right under the marker, only when it reads as a caption (short, one
    clause, opening with a capital), and never a line that finishes a sentence the
    paragraph above the marker left open.
    """
    for i, unit in enumerate(units[:-1]):
        nxt = units[i + 1]
        if unit.kind != "img_title" or not nxt.kept or nxt.gap_before:
            continue
        if patterns().bullet.match(nxt.text):
            nxt.kind = "caption"
            continue
        first = next((c for c in nxt.text if c.isalnum()), "")
        if not first.isupper() or not looks_like_caption(nxt.text):
            continue
        if not _may_be_caption(nxt.text) or _needs_continuation(nxt.text):
            continue
        after = _next_kept(units, i + 1)
        if after is not None and _starts_lower(units[after].text):
            continue  # "Warga di" / "sekitar sungai mengungsi.": one broken sentence
        before = _previous_kept(units, i)
        if (
            before is not None
            and is_incomplete(units[before].text)
            and has_final_punctuation(nxt.text)
        ):
            continue  # "... yang dipimpin" / img_title / "Henri Lincoln di sana."
        nxt.kind = "caption"


def _needs_continuation(text: str) -> bool:
    """Ends on a comma, a dash or a word that cannot close a sentence ("dari", "the")."""
    stripped = text.rstrip()
    tokens = words(stripped)
    return bool(_CONTINUES_AFTER.search(stripped)) or bool(
        tokens and tokens[-1].lower() in never_final_words()
    )


# "45+2'", "90’": a match minute opening a live report's entry
_MATCH_MINUTE_RE = re.compile(r"^\d{1,3}(?:\+\d{1,2})?['’]\s")
# commas (and semicolons) enough to make a line a list of names rather than a headline
_LIST_COMMAS = 4


# how far under the headline a lone "<outlet> – <place>" byline line is looked for
_MASTHEAD_PLACE_SPAN = 4


def _mark_headlines(units: list[Unit]) -> None:
    for i, unit in enumerate(units):
        if not unit.kept:
            continue
        if " | " in unit.text and _is_table_row(units, i):
            continue  # "Garut | 612 | 1.905": a row of a table of figures
        if unit.text[0].isdigit() and _MATCH_MINUTE_RE.match(unit.text):
            continue  # "45+2' Kartu kuning untuk ...": a live report's entry, the story itself
        if "," in unit.text and unit.text.count(",") + unit.text.count(";") >= _LIST_COMMAS:
            continue  # "Tim A: Budi; Andi, Rizal, ...": a line-up or a list, no headline
        before = _previous_kept(units, i)
        if i < _MASTHEAD_PLACE_SPAN and masthead_place_line(unit.text) is not None:
            continue  # "Kabar Sumut – MEDAN" under the headline: the byline, read as a dateline
        if looks_like_headline(unit.text):
            if (
                before is not None
                and is_incomplete(units[before].text)
                and not ends_in_label_dash(units[before].text)  # "Warta Pantura –" alone
            ):
                continue  # the tail of a broken paragraph, not a headline
            unit.kind = "related_headline"
        elif before is not None and _is_sentence_case_headline(units, i, before):
            unit.kind = "related_headline"


def _is_table_row(units: list[Unit], index: int) -> bool:
    """A line of cells joined by " | " beside another with as many cells (no blank line
    between), one of the two holding a figure: a row of a table of figures, which the HTML
    reader writes that way. Menus ("Beranda | Berita | Olahraga") hold no figure."""
    text = units[index].text
    cells = text.count(" | ")
    neighbours = []
    if index > 0 and not units[index].gap_before:
        neighbours.append(units[index - 1].text)
    if index + 1 < len(units) and not units[index + 1].gap_before:
        neighbours.append(units[index + 1].text)
    return any(
        other.count(" | ") == cells and _DIGIT_RE.search(text + other) is not None
        for other in neighbours
    )


def _is_sentence_case_headline(units: list[Unit], index: int, before: int) -> bool:
    """ "Petani keluhkan langkanya pupuk" standing alone between two paragraphs.

    Some portals write the headlines they insert in sentence case, so the Title-Case test
    misses them. Such a line has a headline's shape (``reads_as_sentence_case_headline``),
    stands between blank lines, follows a paragraph that is finished (or only lost its
    full stop) and precedes a finished one that opens a new sentence.
    """
    unit = units[index]
    after = _next_kept(units, index)
    if after is None or not unit.gap_before or not units[after].gap_before or after != index + 1:
        return False
    if not reads_as_sentence_case_headline(unit.text):
        return False
    above = units[before].text
    if above.rstrip()[-1:] not in '.!?"”’' and (
        before != index - 1 or _needs_continuation(above) or _opens_with_name(unit.text)
    ):
        # The paragraph above is unfinished and this line may continue it; only a
        # paragraph that merely lost its full stop (no comma or "dari" at its end, a
        # plain blank line between, no name running on) lets it stand alone.
        return False
    following = units[after].text
    return not _starts_lower(following) and has_final_punctuation(following)


def reads_as_sentence_case_headline(text: str, *, listed: bool = False) -> bool:
    """ "Locust swarms return to northern Kenya": the shape of a sentence-case headline.

    Short (4-10 words), opening with a capital, with no final punctuation, no clause
    break or quotation, not opening with a function word ("Sebab", "The"), no reporting
    clause, and none of the words prose keeps and headlines drop ("itu", "yang", "the",
    "was"): a paragraph that merely lost its full stop keeps those.
    """
    n = len(words(text))
    if not _SENTENCE_HEADLINE_WORDS[0] <= n <= _SENTENCE_HEADLINE_WORDS[1]:
        return False
    first = next((c for c in text if c.isalpha()), "")
    if not first.isupper() or has_final_punctuation(text) or _needs_continuation(text):
        return False
    if any(ch in text for ch in ',"“”:;(/') or _is_list_item(text):
        return False  # a clause break or a quotation: prose
    tokens = words(text)
    if tokens[0].lower() in function_words() or patterns().reporting_clause.search(text):
        return False  # "Sebab ...", "Menurut ...", "... katanya": prose
    if listed:
        return True  # under a list's heading: the words headlines drop decide nothing
    prose = patterns().prose_word
    return not any(w.lower() in prose for w in tokens)


def classify(
    body: str, title: str = "", *also: str, site_names: tuple[str, ...] = ()
) -> list[Unit]:
    """Split ``body`` into units and mark every boilerplate unit with its kind.

    ``title`` (and ``also``: the title without its site suffix) lets a headline that the
    scraper repeated in the body be recognised as such ("title_repeat") rather than as
    some other story's headline.
    """
    units = split_units(body)
    titles = {" ".join(t.split()).casefold() for t in (title, *also) if t.strip()}
    sites = {" ".join(n.split()).casefold() for n in site_names if n and n.strip()}
    # casefold works character by character and never yields a space, so a line can equal
    # one of these only if its first word, folded, is the first word of one of them: the
    # whole line is folded only then.
    openers = {t.split(" ", 1)[0] for t in titles | sites}
    # A body without any markup character has none in any line: strip_markup would only
    # strip the lines, which split_units did already.
    markup = MARKUP_CHARS_RE.search(body) is not None
    for unit in units:
        if markup:
            unit.text, unit.removed_markup = strip_markup(unit.text)
            if not unit.text:
                unit.kind = "markup"
                continue
        if unit.text.split(None, 1)[0].casefold() not in openers:
            folded = ""
        else:
            folded = " ".join(unit.text.split()).casefold()
        if folded and folded in titles:
            unit.kind = "title_repeat"
        elif folded and folded in sites:
            unit.kind = "site_name"  # the outlet's name repeated as a line of the page
        elif any(m.lstrip().startswith("#") for m in unit.removed_markup) and not (
            has_final_punctuation(unit.text)
        ):
            unit.kind = "subheading"  # a markdown "## heading": structure, not prose
    for unit in units:
        if unit.kept:
            _cut_inline_links(unit)
    counters = _mark_photo_blocks(units)
    _mark_fixed_lines(units, byline_zone=_BYLINE_ZONE)
    if counters:
        _mark_counter_captions(units, counters)
    _mark_image_titles(units)
    _mark_writer_line(units)
    _mark_headlines(units)
    return units


_NAME_LINE_WORDS = (2, 4)


def _mark_writer_line(units: list[Unit]) -> None:
    """The writer's name alone on the line under an outlet line (a dateline standing
    alone, "Warta Pantura –", or a short masthead with an outlet's mark, "Kabar Pesisir"),
    with no label: a byline when it reads as a person's name over a sentence of its own
    (``_writer_over_lead``). A name on the body's first line is weighed as the masthead
    first (``mark_outlet_line``), which hands a refused person's name back as a byline."""
    first = next((i for i, u in enumerate(units) if u.kept), None)
    if first is None:
        return
    top = units[first].text
    if not (
        (top[-1:] in "-–—" and ends_in_label_dash(top))
        or (_is_name_line(top) and _has_outlet_mark(top))
    ):
        return  # a name on the first line is weighed as a masthead first (mark_outlet_line)
    candidate = _next_kept(units, first)  # under the outlet's line
    if candidate is None or not _is_name_line(units[candidate].text):
        return
    if _writer_over_lead(units, candidate):
        units[candidate].kind = "byline"


def _writer_over_lead(units: list[Unit], index: int) -> bool:
    """``units[index]`` is a person's name alone over a sentence of its own: two to four
    capitalised words, no punctuation, no outlet's mark, the next kept line not
    continuing it in lower case, and a person's name to the name list or the entity model
    (asked last, only of such a line)."""
    text = units[index].text
    lead = _next_kept(units, index)
    if (
        lead is None
        or not _is_name_line(text)
        or _starts_lower(units[lead].text)
        or _has_outlet_mark(text)
    ):
        return False
    from kroscek.clean.names import names_a_person

    return names_a_person(text)


def _is_name_line(text: str) -> bool:
    """Two to four capitalised words and nothing else: a name's shape (a person's, an
    outlet's or a place's)."""
    tokens = text.split()
    return (
        _NAME_LINE_WORDS[0] <= len(tokens) <= _NAME_LINE_WORDS[1]
        and all(t[:1].isupper() for t in tokens)
        and not any(ch in text for ch in ',.:;!?"“”()|/')
        and not any(ch.isdigit() for ch in text)
    )


def _has_outlet_mark(text: str) -> bool:
    """An outlet word ("Kabar", "Times") or a strong outlet shape (domain, "VIVA Jabar")."""
    return strong_outlet(text) or reads_as_outlet(text, shape=False)


# A name squashed into a domain this short ("ab.com") could be anything's.
_MIN_DOMAIN_NAME = 6


def _credited_elsewhere(name: str, units: list[Unit], skip: int) -> bool:
    """``name`` credits a photo, a text or a video elsewhere, or is the page's own domain.

    "(Borneo Pagi/Andi)", "Foto: Borneo Pagi", "(BP/Andi)" (its initials), the portal's
    own archive closing a caption ("Foto: Dok. Borneo Pagi", "(Dokumentasi Borneo Pagi)":
    a credit label may follow the caption text on the same line), or the portal's own
    video channel embedded in the page ("[Gambas:Video Borneo Pagi]"); or the page names
    its own domain ("Kunjungi borneopagi.com", a footer's "www.borneopagi.id").
    """
    escaped = re.escape(name).replace(r"\ ", r"\s+")
    labels = patterns().source_label_alternation
    credit = re.compile(
        rf"[(\[]\s*{escaped}\s*[/)\]]|\b{escaped}\s*/\s*\w"
        rf"|^(?:{labels})\s*[:：]\s*{escaped}\b"
        rf"|(?:^|[\s(\[]|[:：])\s*(?:Dok|Dokumentasi|Doc)\.?\s+{escaped}\s*(?:[)\]]|\.?\s*$)"
        rf"|(?:^|\s)(?:{labels})\s*[:：]\s*{escaped}\s*\.?\s*$"
        rf"|^\[\s*Gambas\s*:\s*Video\s+{escaped}\s*\]",
        re.IGNORECASE,
    )
    if any(i != skip and credit.search(u.text) for i, u in enumerate(units)):
        return True
    # its own domain anywhere on the page: "Baca berita lainnya di borneopagi.com"
    squashed = "".join(w.casefold() for w in words(name))
    if len(squashed) >= _MIN_DOMAIN_NAME:
        domain = re.compile(rf"(?<![\w-]){re.escape(squashed)}\.[a-z]{{2,4}}\b", re.IGNORECASE)
        if any(i != skip and domain.search(u.text) for i, u in enumerate(units)):
            return True
    # "Savannah Business Review" credited by its initials: "(SBR/Handout)".
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    if len(initials) < 2 or len(initials) != len(name.split()):
        return False
    short = re.compile(rf"[(\[]\s*{initials}\s*/\s*\w")
    return any(i != skip and short.search(u.text) for i, u in enumerate(units))


def _named_elsewhere(name: str, units: list[Unit], skip: int) -> bool:
    """Evidence beside the line itself that ``name`` is the page's outlet: a credit or the
    page's own domain (``_credited_elsewhere``), the holder of its copyright notice
    ("Copyright © 2026 Dunia Ekonomi"), or the text speaking to it ("kata Budi kepada Dunia
    Ekonomi"). With it a name of section words or a single word is the masthead too: a
    section label or a person is never the copyright holder nor the one a source talks to.
    """
    if _credited_elsewhere(name, units, skip):
        return True
    from kroscek.clean.outlet import copyright_holder

    for i, unit in enumerate(units):
        if (
            i != skip
            and unit.kind == "copyright"
            and (holder := copyright_holder(unit.text)) is not None
            and names_match(name, (holder,))
        ):
            return True
    escaped = re.escape(name).replace(r"\ ", r"\s+")
    context = patterns().outlet_context_alternation
    told = re.compile(rf"\b(?:{context})\s+{escaped}\b", re.IGNORECASE)
    return any(
        i != skip
        and unit.kept
        and name[:3].casefold() in unit.text.casefold()
        and told.search(unit.text)
        for i, unit in enumerate(units)
    )


# A one-word masthead ("Lensanusa", "Cakrawala") is taken only with evidence beside it.
_ONE_WORD_MASTHEAD = re.compile(r"^[A-Z][a-z]{3,}(?:[A-Z][a-z]+)?$")


def _one_word_masthead(name: str) -> bool:
    """A single capitalised word that is no function, section, common or place word: the
    shape a one-word masthead has, which a surname or a section label has too (so it needs
    ``_named_elsewhere``)."""
    folded = name.casefold()
    return (
        _ONE_WORD_MASTHEAD.match(name) is not None
        and folded not in function_words()
        and folded not in boilerplate_words("section_words")
        and folded not in boilerplate_words("phrase_words")
        and not reads_as_place(name)
        and not names_a_known_place(name)
    )


def _writer_byline_below(units: list[Unit], first: int) -> bool:
    """The line right under ``first`` is a writer's byline ("Oleh: X", "Penulis: X", "By
    X"), not a staff line ("Reporter: X", "Editor: X")."""
    if first + 1 >= len(units) or units[first + 1].kind != "byline":
        return False
    text = units[first + 1].text.strip()
    return bool(patterns().byline.match(text)) and not patterns().byline_staff.match(text)


def _credit_block_below(units: list[Unit], first: int) -> set[str] | None:
    """The people credited by the lines right under ``first`` (case-folded) when they
    credit both a writer and an editor, else None.

    "Reporter: X" then "Editor: Y" (or "Reporter: X | Editor: Y"): the portal's own credit
    block. A writer's credit alone may sit under a deck too; the editor's credit is the
    page's staff list, which the portal lays out under its masthead.
    """
    pats = patterns()
    writer = editor = False
    people: set[str] = set()
    for unit in units[first + 1 : first + 4]:
        if unit.kind != "byline":
            break
        for part in re.split(r"\s+[|•]\s+", unit.text.strip()):
            if match := pats.byline_editor.match(part):
                editor = True
            elif match := pats.byline.match(part) or pats.byline_staff.match(part):
                writer = True
            if match:
                people.add(match.group(1).strip(" .").casefold())
    return people if writer and editor else None


def _shares_a_word(name: str, texts: list[str], ignore: frozenset[str] = frozenset()) -> bool:
    """A word of ``name`` (not a place, none of ``ignore``) recurs in ``texts``: a deck
    echoing the story."""
    own = {
        w.casefold()
        for w in words(name)
        if len(w) >= 4 and w.casefold() not in ignore and not reads_as_place(w)
    }
    return any(w.casefold() in own for text in texts for w in words(text))


def mark_outlet_line(units: list[Unit], known: tuple[str, ...] = (), title: str = "") -> str | None:
    """The outlet's name as a line of its own right under the headline ("Kabar Celebes").

    Plain-text articles often carry the outlet (a masthead) between the headline and the
    dateline. Such a line is the first line of the body, short, capitalised, unpunctuated,
    and reads as an outlet's name, not a place or a job. Shape alone cannot tell it from a
    short subheading ("Korban Terus Bertambah"), so it also needs corroboration: a name
    known from elsewhere (site name, URL host, byline), the same name crediting a photo,
    the text or a video ("(Borneo Pagi/Andi)", "[Gambas:Video Borneo Pagi]") or opening the
    dateline below (past a byline or a "Reporter: ..." staff line), a writer's byline right
    below it ("Oleh: ...", "Penulis: ...", not a staff line alone: a deck may stand over
    one), a credit block of writer and editor below it when the line shares no word (but
    a place) with the headline or the lead, as a deck echoing the story would, and names
    none of the credited people, a dateline right below it and an outlet word ("Kabar",
    "Times"), or a domain or brand shape on its own ("kabarcelebes.com", "VIVA Sulsel").
    A date line right under the name does not keep it from standing apart. The line is
    marked ``site_name`` and its text returned; ``None`` when the first line is
    not such a line.
    """
    issuer = _press_release_issuer(units)
    if issuer is not None:
        return issuer
    first = next(
        (
            i
            for i, u in enumerate(units)
            if u.kept
            or u.kind == "related_headline"
            or (u.kind == "timestamp" and _split_stamped_name(u.text) is not None)
        ),
        None,
    )
    if first is None:
        return None
    unit = units[first]
    text = unit.text.strip()
    # "Kabar Timur Raya - Senin, 10 November 2025": the masthead and the page's date
    stamped = _split_stamped_name(text)
    if stamped is not None:
        text = stamped[0]
    n = len(words(text))
    if not 1 <= n <= 5 or has_final_punctuation(text) or any(ch in text for ch in ',:;"“”()'):
        return None
    after = next((j for j in range(first + 1, len(units)) if units[j].kept), None)
    if after is None:
        return None
    name = text.strip(" .")
    if not (reads_as_outlet(text, shape=True) or _masthead_shape(text)) and not (
        n == 1
        and _one_word_masthead(name)
        and (names_match(name, known) or _named_elsewhere(name, units, first))
    ):
        return None
    below = parse_dateline(units[after].text, (*known, name))
    if strong_outlet(name) or names_match(name, known):
        pass
    elif stamped is not None and _has_outlet_mark(name):
        pass  # "Warta Sehat Nusantara | Kamis, 16 Oktober 2025": an outlet's name over its date
    elif below is not None and (
        (below[0].outlet is not None and names_match(name, (below[0].outlet,)))
        # "Berita Duka" / "KOLAKA - ...": a kicker made of an outlet word and a common one
        or (_has_outlet_mark(name) and not _reads_as_phrase(name))
    ):
        pass  # "Kabar Celebes" / "KOLAKA - ..."; "Borneo Pagi" / "PONTIANAK, Borneo Pagi - ..."
    elif _writer_byline_below(units, first):
        pass  # "Surabaya Pagi" / "Oleh: Rizky Ananda": the masthead over its writer's byline
    elif (
        2 <= n <= 4
        and (credited := _credit_block_below(units, first)) is not None
        and not _shares_a_word(name, [title, units[after].text])
    ):
        if name.casefold() in credited:
            # "Rina Kartikasari" / "Reporter: Rina Kartikasari | Editor: ...": the writer's
            # name over the credit block is a byline, not the masthead
            unit.kind = "byline"
            return None
        # "Jatim Terkini" / "Reporter: ..." / "Editor: ...": the masthead over the block
    elif not _named_elsewhere(name, units, first) and not _lone_masthead(
        units, first, name, known, below[0].outlet if below else None, title
    ):
        if stamped is None and _writer_over_lead(units, first):
            # "Rudi Hartono" / the lead: the writer's name, refused as the masthead
            unit.kind = "byline"
            return None
        if (
            n == 2
            and unit.kept
            and stamped is None
            and (units[first + 1].gap_before or _is_date_line(units[first + 1].text))
        ):
            # "Commodity Insight" standing alone between the headline and the body, not
            # taken as the outlet: a masthead or a section's name all the same, never prose
            # (a longer Title-Case line is another story's headline or a deck, and goes so)
            unit.kind = "subheading"
        return None
    unit.kind = "site_name"
    if stamped is not None:
        unit.text = name
        unit.cut.append(("timestamp", stamped[1]))
    return name


_ISSUER_WORDS = (2, 8)
_ISSUER_TAIL = 4  # the last lines, where a release wire names the issuer


def _release_label(units: list[Unit]) -> int | None:
    """Where a press release's label ("SIARAN PERS", "For Immediate Release") stands, when
    one of the page's first two lines is one; ``None`` when neither is."""
    labels = patterns().press_release_labels
    return next(
        (
            j
            for j, u in enumerate(units[:2])
            if len(u.text) <= 40 and u.text.rstrip(" :：").lower() in labels
        ),
        None,
    )


def _press_release_issuer(units: list[Unit]) -> str | None:
    """The issuer named under a press release's label: "SIARAN PERS" / "Nomor:
    SP-12/HM/2026" / "Badan Pengelola Irigasi Nasional" gives the body that published it.

    The label opens the page (one of its first two lines); its numbered or dated lines
    (with a colon, or a date) are passed over; the first short capitalised line without
    final punctuation is the issuer, and is marked ``site_name``.
    """
    opening = _release_label(units)
    if opening is None or any(u.kept for u in units[:opening]):
        return None  # the label inside the body (a release quoted by the story) names no one
    for unit in units[-1 : -_ISSUER_TAIL - 1 : -1]:
        if (unit.kept or unit.kind == "related_headline") and (
            source := _SOURCE_LINE_RE.match(unit.text)
        ):
            unit.kind = "site_name"  # "SOURCE Harbor Grid Energy" closing a wire's release
            return source.group(1)
    for unit in units[opening + 1 : opening + 4]:
        text = unit.text.strip()
        if ":" in text or "：" in text or _is_date_line(text):
            continue  # "Nomor: SP-12/HM/2026", "Tanggal: ...", "23 November 2026"
        n = len(words(text))
        if (
            _ISSUER_WORDS[0] <= n <= _ISSUER_WORDS[1]
            and not has_final_punctuation(text)
            and is_title_case(text)
        ):
            unit.kind = "site_name"
            return text
        return None
    return None


# "Kabar Timur Raya - Senin, 10 November 2025", "Warta Sehat | Kamis, 16 Oktober 2025 08:15
# WIB": between a masthead and the date it prints beside itself.
_STAMP_SEPARATORS = (" | ", " - ", " – ", " — ")
_STAMP_WORD_RE = re.compile(
    r"^(?:\d{1,4}|\d{1,2}[:.]\d{2}|jan|feb|mar|apr|mei|may|jun|jul|agu|agt|aug|sep|sept|okt|oct"
    r"|nov|des|dec|january|february|march|april|june|july|august|september|october|november"
    r"|december|januari|februari|maret|juni|juli|agustus|oktober|desember|senin|selasa|rabu"
    r"|kamis|jumat|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|wib|wita|wit|gmt|utc|am|pm|a\.m|p\.m|pukul|at|\|)[.,]?$",
    re.IGNORECASE,
)


def _is_date_stamp(text: str) -> bool:
    """Only a date, with its year, give or take a weekday and a clock ("Senin, 10
    November 2025", "Nov 10, 2025 08:15 WIB"): every word a calendar or clock word."""
    tokens = text.split()
    return (
        1 <= len(tokens) <= _STAMP_MAX_WORDS
        and _YEAR_RE.search(text) is not None
        and all(_STAMP_WORD_RE.match(t) for t in tokens)
    )


def _split_stamped_name(text: str) -> tuple[str, str] | None:
    """(name, date) of a line holding a name and the page's date beside it, else None."""
    for sep in _STAMP_SEPARATORS:  # a substring test each; the date part needs its year
        if sep in text:
            name, _, stamp = text.partition(sep)
            name = name.strip()
            if name and _is_date_stamp(stamp) and not _is_date_stamp(name):
                return name, stamp.strip()
    return None


# An Indonesian verb wears its prefix: "Bertambah", "Mengungsi", "Dievakuasi", "Terendam".
# The stem must be long, so that "Berita", "Terkini" or "Digital" are not taken for verbs.
_ID_VERB_RE = re.compile(r"^(?:meng|meny|mem|men|ber|ter|di)[a-z]{5,}$", re.IGNORECASE)


def _reads_as_phrase(name: str) -> bool:
    """Every word of ``name`` is an outlet word or a common word, one of them common:
    "Kabar Baik" (good news), "Berita Utama" (the top story), not "Kabar Gumuk"."""
    folded = [w.casefold() for w in words(name)]
    common = boilerplate_words("phrase_words")
    return any(w in common for w in folded) and all(
        w in common or w in outlet_words() for w in folded
    )


def _lone_masthead(
    units: list[Unit],
    first: int,
    name: str,
    known: tuple[str, ...],
    dateline_outlet: str | None,
    title: str = "",
) -> bool:
    """``name`` stands alone between the headline and the body and nothing else names the
    outlet: the masthead of a plain-text page ("Judul" / "Kabar Gumuk" / blank / body).

    With no site name, host, source, byline outlet or dateline outlet naming the outlet
    (the page naming another outlet makes the line a subheading), the line must hold no
    verb ("Korban Terus Bertambah" is a subheading), be no common phrase ("Kabar Baik" is
    good news) and stand apart: a blank line under it (a date line, a byline between),
    or a lead sentence opening right under it, or no blank line on the whole page. It
    carries an outlet's mark (an outlet word such as "Kabar" or "Pos", a domain, a brand
    in capitals), or it is a bare name that reads as nothing else (``_bare_masthead``:
    "Lembah Pagi", not a person, a place, a section or a deck). A labelled byline or a
    dateline is never this line (cleaning has marked them already).
    """
    if known or dateline_outlet or _reads_as_phrase(name):
        return False
    if any(_ID_VERB_RE.match(w) and w.casefold() not in outlet_words() for w in name.split()):
        return False
    rest = units[first + 1 :]
    if len(rest) > 1 and not rest[0].gap_before and _is_date_line(rest[0].text):
        rest = rest[1:]  # "Kabar Gumuk" / "Senin, 23 November 2026 | 09:12 WIB" / blank
    if not rest or not (
        rest[0].gap_before
        or not any(u.gap_before for u in units)
        or not rest[0].kept
        or _opens_lead(rest[0].text)
    ):
        return False
    if _has_outlet_mark(name):
        return True
    lead = next((u.text for u in rest if u.kept), "")
    return _bare_masthead(name, title, lead, [u.text for u in rest if u.kept])


# A lead under a masthead with no blank line between: a sentence of at least this many
# words, opening with a capital or a quote.
_LEAD_MIN_WORDS = 8


def _opens_lead(text: str) -> bool:
    """``text`` is a whole sentence that opens a paragraph: the line above it is no part
    of it ("Lembah Pagi" over "Harga cabai naik ... pekan ini.")."""
    stripped = text.lstrip()
    return (
        bool(stripped)
        and (stripped[0].isupper() or stripped[0] in "\"“'‘")
        and len(words(stripped)) >= _LEAD_MIN_WORDS
        and _ends_sentence(stripped)
    )


# Inside a masthead's name a lower-case word is a function word: "Suara dari Timur".
_MASTHEAD_WORDS = (2, 4)


def _masthead_shape(text: str) -> bool:
    """Two to four capitalised words (a lower-case function word between them), no
    digit, no job, no place's head first ("Desa ...", "Pulau ..."), naming no place
    kroscek knows: the shape of a masthead without an outlet's mark ("Lembah Pagi",
    "Metro Pelabuhan"), which ``reads_as_outlet`` reads as a place when a direction
    closes it ("Cakrawala Timur")."""
    tokens = text.split()
    if not _MASTHEAD_WORDS[0] <= len(tokens) <= _MASTHEAD_WORDS[1]:
        return False
    if not (tokens[0][:1].isupper() and tokens[-1][:1].isupper()):
        return False
    if any(not t.replace("-", "").replace("'", "").isalpha() for t in tokens):
        return False  # digits, symbols: "Liga 1", "Edisi #12"
    if any(not t[:1].isupper() and t.casefold() not in function_words() for t in tokens):
        return False  # a lower-case content word: prose
    if tokens[0].casefold() in boilerplate_words("place_words"):
        return False  # "Desa Sukamaju", "Pulau Seribu": a place's head opens it
    return not names_a_job(text) and not names_a_known_place(text)


def _reads_as_section(name: str) -> bool:
    """Every word a section's, an outlet's, a common word or a place, one of them a
    section's: "Sepak Bola Nasional", "Hukum dan Kriminal", "Liga Inggris", "World News"
    label a page's section (``section_words``), not the outlet."""
    folded = [w.casefold() for w in name.split()]
    sections = boilerplate_words("section_words")
    if not any(w in sections for w in folded):
        return False
    other = boilerplate_words("phrase_words") | outlet_words()
    return all(w in sections or w in other or reads_as_place(w) for w in folded)


def _bare_masthead(name: str, title: str, lead: str, body: list[str] | None = None) -> bool:
    """A name with no outlet's mark standing alone under the headline of an Indonesian
    page that reads as nothing but a masthead ("Lembah Pagi", "Metro Pelabuhan").

    It has the masthead's shape (``_masthead_shape``: no place kroscek knows, no job) and
    is no section label ("Ekonomi Bisnis"), no date ("Senin Pagi"), no deck (an adverb, a
    negation or a modal, ``deck_words``: "Harga Naik Lagi"; an affixed verb is refused
    before), no kicker echoing the headline (a content word of it recurs there, a place
    or common word aside), and no person's name or place: the entity model and the name
    list know those ("Rina Kartikasari", "Sarah Whitfield", "Tanjung Priok"), and are
    asked last, only of a line that passed every other test. Over an English ``lead``
    (the first line of text under it) it needs an outlet's mark or corroboration all the
    same: English papers' names carry an outlet word ("Review", "Times",
    ``outlet_words``), and an English deck ("Repairs Long Overdue") shows no affix that
    would tell it from a name.

    The ``body`` under it (its kept lines) gives two refusals more: a topic kicker's words
    are the story's own common words ("Musim Hujan" over "Memasuki puncak musim hujan,
    ..."; every content word of the line written lower-case there), and a person's name
    is quoted ("Yohanes Kefas" over "..., kata Kefas."; a word of the line right after a
    reporting verb or right before one), which no masthead is.
    """
    if not _masthead_shape(name) or _reads_as_section(name):
        return False
    if any(_STAMP_WORD_RE.match(t) for t in name.split()):
        return False  # "Senin Pagi", "Edisi Maret": a day or a month
    deck = boilerplate_words("deck_words")
    if any(t.casefold() in deck for t in name.split()):
        return False  # "Harga Naik Lagi", "Warga Tak Mau Pindah": a deck's adverb
    if detect(lead) == "en":
        return False
    if _names_the_story(name, title, body):
        return False
    from kroscek.clean.names import names_a_person, names_a_place

    return not names_a_person(name) and not names_a_place(name)


def _names_the_story(
    name: str, title: str, body: list[str] | None, *, beat_shared: bool = False
) -> bool:
    """``name`` is the story's own words, not an outlet's: a kicker echoing the headline
    ("Jembatan Gantung" under "Jembatan Gantung Putus, ..."), the topic the ``body`` writes
    in lower case, or a person it quotes. Refused alike as a bare masthead and as a
    dateline's outlet read from its shape alone.

    ``beat_shared``: a section word after the name's first word, shared with the headline,
    is no echo ("Lintas Parlemen –" over "... Ambang Batas Parlemen ..."): an outlet named
    for its beat prints the beat in its headlines, as a town's paper prints the town
    (places never count as echoes). The beat modifies the name's head, as Indonesian
    modifiers follow their head; a kicker opens on its topic ("Pemilu Serentak –")."""
    ignore = boilerplate_words("phrase_words") | function_words()
    if beat_shared:
        head = name.split()[0].casefold() if name.split() else ""
        ignore |= boilerplate_words("section_words") - {head}
    if _shares_a_word(name, [title], ignore):
        return True
    if not body:
        return False
    return _common_words_of(name, body) or _quoted_person(name, body)


def _common_words_of(name: str, body: list[str]) -> bool:
    """Every content word of ``name`` is written lower-case in ``body``: the story's topic
    ("Musim Hujan" where the lead says "musim hujan"), a kicker and not a name."""
    content = {
        w.casefold() for w in words(name) if len(w) >= 4 and w.casefold() not in function_words()
    }
    if not content:
        return False
    lower = {w for text in body for w in words(text) if w[:1].islower()}
    return content <= lower


def _quoted_person(name: str, body: list[str]) -> bool:
    """A word of ``name`` is someone quoted in ``body``: right after a reporting verb
    ("kata Kefas", "said Kefas") or right before one ("Kefas mengatakan", "Kefas said")."""
    verbs = patterns().reporting_verb_alternation
    for word in words(name):
        if len(word) < 3 or not word[:1].isupper():
            continue
        w = re.escape(word)
        quoted = re.compile(rf"\b(?:{verbs})\s+{w}\b|\b{w},?\s+(?:{verbs})\b", re.IGNORECASE)
        if any(word in text and quoted.search(text) for text in body):
            return True
    return False


def _reads_as_rubric(name: str) -> bool:
    """A dateline's prefix of section words that labels a section, not an outlet: every
    word a section's ("Hukum dan Kriminal", "Politik Nasional", "Sepak Bola Nasional") or
    section words then places ("Liga Inggris"). The dash and the story after it make any
    other mix an outlet named for its town or its beat: a place before the section word
    ("Manado Metro"), a section word beside a word of no section ("Nusantara Terkini")."""
    if not _reads_as_section(name):
        return False
    sections = boilerplate_words("section_words")
    folded = [w for w in (t.casefold() for t in name.split()) if w not in function_words()]
    other = next((i for i, w in enumerate(folded) if w not in sections), None)
    if other is None:
        return True
    return other > 0 and all(reads_as_place(w) for w in folded[other:])


def names_no_outlet(name: str, title: str, body: list[str]) -> bool:
    """A dateline's outlet read from its shape alone ("Lembah Pagi –") that reads as
    something else: a section label ("Liga Inggris –", ``_reads_as_rubric``), a kicker
    echoing the headline ("Jembatan Ambles –" over a story about the bridge; a shared
    section word is no echo) or naming the story's topic, a person quoted in the ``body``
    or known by the name list and the entity model ("Rina Kartikasari –", a writer's name
    over the lead). The same refusals as a bare masthead (``_bare_masthead``); the model
    is asked last."""
    if _reads_as_rubric(name) or _names_the_story(name, title, body, beat_shared=True):
        return True
    from kroscek.clean.names import names_a_person

    return names_a_person(name)


# "Hukum dan Kriminal –", "Warta Pantura –", "KENDARI, Harian Anoa –", "Jakarta (ANTARA)
# –": a short capitalised label closed by a dash alone on its line (a dateline, or a
# section's or kicker's label in its place).
_LABEL_DASH_RE = re.compile(r"^[A-Z0-9][\w.,&'’]+(?:\s+\(?[\w./,&'’]+\)?,?){0,6}\s*(?:[–—]|--?)$")


def ends_in_label_dash(text: str) -> bool:
    """``text`` is a short capitalised label closed by a dash with nothing after it: a
    dateline broken from its sentence ("Warta Pantura –"), or a rubric in its place. Such a
    line is never the first half of a broken sentence, so it is never run on."""
    stripped = text.rstrip()
    if stripped[-1:] not in "-–—" or len(stripped) > _LABEL_DASH_CHARS:
        return False
    if _LABEL_DASH_RE.match(stripped) is None:
        return False
    tokens = (t.strip("(),") for t in stripped[:-1].split())
    return all(not t or t[:1].isupper() or t[:1].isdigit() or t in function_words() for t in tokens)


_LABEL_DASH_CHARS = 72


def _is_date_line(text: str) -> bool:
    """A short line giving a year and no sentence: the page's date under its masthead."""
    return (
        len(words(text)) <= _STAMP_LINE_WORDS
        and _YEAR_RE.search(text) is not None
        and not _ends_sentence(text)
    )


def join_paragraphs(texts: list[str], plain_gaps: list[bool] | None = None) -> list[str]:
    """Join kept lines into paragraphs, rejoining lines broken in mid-sentence.

    A line that stops mid-sentence is continued by the next one, unless the next one
    plainly opens a new sentence (a capitalised function word: "Menurut petugas, ...",
    "The bill ...") and the first does not end on a word that needs a continuation.
    List items ("- 12 ton beras") are paragraphs of their own.

    ``plain_gaps[i]`` is true when only a blank line (no removed noise) separates text
    ``i`` from the one before. Across such a gap a capitalised line is a new paragraph
    unless the one before ends on a comma or a word that cannot close a sentence, or the
    line opens with a name ("... dijanjikan pemerintah" / "Provinsi Jawa Barat belum
    ..."): a paragraph that merely lost its full stop is not glued to the next one. A
    break made by the page ("Halaman Selanjutnya", an image block) keeps the looser rule.
    """
    paragraphs: list[str] = []
    for i, text in enumerate(texts):
        plain = bool(plain_gaps and plain_gaps[i])
        if paragraphs and _continues(paragraphs[-1], text, plain_gap=plain):
            paragraphs[-1] = f"{paragraphs[-1]} {text}"
        else:
            paragraphs.append(text)
    return paragraphs


def plain_gaps(units: list[Unit]) -> list[bool]:
    """For each kept unit: does only a blank line separate it from the kept unit before?

    Another story's headline standing between blank lines does not count as a page
    break: the paragraphs around it were separate before it was inserted.
    """
    flags: list[bool] = []
    previous_kept = False
    for unit in units:
        if unit.kept:
            flags.append(previous_kept and unit.gap_before)
            previous_kept = True
        elif unit.kind != "related_headline" or not unit.gap_before:
            previous_kept = False
    return flags


def _is_list_item(text: str) -> bool:
    return bool(_LIST_ITEM_RE.match(text))


def _continues(previous: str, text: str, *, plain_gap: bool = False) -> bool:
    if _is_list_item(previous) or _is_list_item(text):
        return False
    if " | " in previous and _is_row(previous):
        return False  # "Pasangan 1 | 48.210 | 41,2 persen": a table row is never run on
    if " | " in text and _is_row(text):
        return False
    if previous[-1:] in "-–—" and ends_in_label_dash(previous):
        return False  # "Warta Pantura –" / "Kecelakaan ...": a dateline, never a broken sentence
    if _starts_lower(text):
        return not has_final_punctuation(previous)
    if not is_incomplete(previous):
        return False
    stripped = previous.rstrip()
    tokens = words(stripped)
    if _CONTINUES_AFTER.search(stripped) or (tokens and tokens[-1].lower() in never_final_words()):
        return True  # "... dari" / "... for" / "..., " cannot end a sentence
    if plain_gap and not _opens_with_name(text):
        return False  # "... lebih mahal" / "Anggaran berasal ...": a lost full stop
    lead = words(text)[:1]
    return not (lead and lead[0].lower() in function_words())


def _is_row(text: str) -> bool:
    """Two cells or more joined by " | ", one holding a figure: a table's row, which keeps
    its own line ("Garut | 612 | 1.905"); a stamp or a menu holds one bar or no figure."""
    return text.count(" | ") >= 2 and _DIGIT_RE.search(text) is not None


def _opens_with_name(text: str) -> bool:
    """Two capitalised words first ("Provinsi Jawa Barat belum ..."): a name running on."""
    lead = words(text)[:2]
    return len(lead) == 2 and all(w[0].isupper() for w in lead)


def _starts_lower(text: str) -> bool:
    first = next((c for c in text if c.isalpha()), "")
    return bool(first) and first.islower() and text[0].isalpha()
