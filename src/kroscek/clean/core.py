"""``clean(raw) -> Article``: the one place where an article's title and text are decided.

Every later offset (facts, shared passages, evidence) points into the text produced here,
so it is produced once, deterministically, and what was removed is recorded in
``meta["removed"]`` (a list of ``{"kind", "text"}``) for anyone who wants to check.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Any

from kroscek.clean.dateline import (
    Dateline,
    boilerplate_words,
    contradicted_guess,
    lone_dateline,
    names_a_section,
    newsroom_outlet,
    parse_dateline,
    reads_as_outlet,
    split_outlet_writer,
    writer_names_outlet,
)
from kroscek.clean.lines import (
    Unit,
    classify,
    ends_in_label_dash,
    has_final_punctuation,
    join_paragraphs,
    mark_outlet_line,
    names_no_outlet,
    plain_gaps,
    reads_as_one_clause,
)
from kroscek.clean.markup import strip_markup
from kroscek.clean.mojibake import repair as repair_mojibake
from kroscek.clean.outlet import copyright_holder, host_of, resolve, strip_site_suffix
from kroscek.clean.patterns import patterns
from kroscek.data import Article, RawArticle, content_id
from kroscek.text.lang import LANGS, UNDETERMINED, detect

# Soft hyphens, zero-width and bidirectional marks: invisible, and they split words.
# C1 control characters (left by a wrong decoding) are dropped as well.
_INVISIBLE_RE = re.compile(
    "[\u0080-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]"
)
# A dateline is looked for in the first few kept lines, past short layout residue.
_DATELINE_SEARCH = 3
_PREAMBLE_MAX_WORDS = 40
# Runs of two or more spaces, or any other horizontal space (tabs, no-break spaces):
# a single ordinary space is left alone, which keeps the substitution cheap.
# "Harga Cabai Naik Halaman all", "... - Halaman 2", "... (Page 3)": paging in a title.
_PAGE_SUFFIX_RE = re.compile(
    r"\s*(?:[-|–—]\s*)?[(\[]?\b(?:halaman|hal\.|page)\s+(?:\d{1,3}|all|semua)[)\]]?\s*$",
    re.IGNORECASE,
)
_SPACES_RE = re.compile(
    r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
)
# "Qassam,Hamas": the pattern starts with the literal comma so the engine skips fast.
_MISSING_SPACE_RE = re.compile(r",(?<=[^\W\d_]{2},)(?=[^\W\d_]{2})")
_SPACE_BEFORE_PUNCT_RE = re.compile(r" +(?=[,.;:!?](?:\s|$))")


_ODD_SPACE_RE = re.compile("[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")
# What _SPACE_BEFORE_PUNCT_RE needs at least: a literal first character, so a fast scan.
_SPACE_BEFORE_PUNCT_HINT_RE = re.compile(r" [,.;:!?]")


def _squeeze_spaces(text: str) -> str:
    """``_SPACES_RE.sub(" ", text)``, skipped (a scan of the whole text) when it has nothing
    to replace, which is most texts: a few substring tests are much cheaper."""
    if "  " in text or ("\t" in text if text.isascii() else _ODD_SPACE_RE.search(text)):
        return _SPACES_RE.sub(" ", text)
    return text


def normalize_whitespace(text: str) -> str:
    """One space between words; "Qassam,Hamas" -> "Qassam, Hamas"; no space before a comma."""
    text = _squeeze_spaces(text).strip()
    text = _MISSING_SPACE_RE.sub(", ", text)
    if _SPACE_BEFORE_PUNCT_HINT_RE.search(text):
        text = _SPACE_BEFORE_PUNCT_RE.sub("", text)
    return text


def _prepare(text: str) -> str:
    if text.isascii():  # no mojibake, nothing to compose, no invisible marks (all non-ASCII)
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return _squeeze_spaces(text)
    text = unicodedata.normalize("NFC", repair_mojibake(text)[0])
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE_RE.sub("", text)
    return _squeeze_spaces(text)


def _clean_title(title: str) -> tuple[str, list[dict[str, str]]]:
    stripped, markup = strip_markup(_prepare(title).replace("\n", " "))
    return normalize_whitespace(stripped), [{"kind": "markup", "text": m} for m in markup]


# Between the writer and what follows in a byline: "Oleh X - Outlet", "By X | Outlet", "By X, AP".
_BYLINE_SEP_RE = re.compile(r"\s*([|,;/])\s*|\s+([-–—])\s+")


def _byline_name(units: list[Unit]) -> tuple[str | None, str | None]:
    """The writer and the outlet of a "written by X" / "Oleh: X - Outlet" byline.

    The first part is the writer. A later part is the outlet when it reads as one: after a
    dash or a bar, two to four capitalised words naming no place or job ("Oleh Budi -
    Warta Senja"); after a comma or a slash only a name with an outlet mark ("By Jane Roe,
    The Harbour Times", "By Jane Roe, Reuters"), since "By Jane Roe, Political Editor" or
    "Oleh Budi, Jakarta" name a job or a place.
    """
    pats = patterns()
    staff_outlet = None
    for unit in units:
        if unit.kind != "byline":
            continue
        match = pats.byline.match(unit.text)
        if not match:
            # "Reporter: Rudi Hartono / Kabar Lembah": a staff line names no writer of the
            # byline's kind, but its outlet part names the outlet all the same
            staff = pats.byline_staff.match(unit.text)
            # a photographer's agency ("Fotografer: X / ANTARA") credits the picture only
            if staff and staff_outlet is None and unit.text[:4].lower() not in ("foto", "phot"):
                staff_outlet = _outlet_part(_BYLINE_SEP_RE.split(staff.group(1).strip()))
            continue
        pieces = _BYLINE_SEP_RE.split(match.group(1).strip())
        writer = pieces[0].strip(" .") or None
        # "By Jane Roe, CNN": an English byline may close on a broadcaster's acronym; after
        # "Oleh Budi," capitals name the writer's campus or office ("Oleh Budi, UGM")
        outlet = _outlet_part(pieces, acronym=unit.text[:3].lower() == "by ")
        if outlet is None and writer and len(pieces) == 1 and (both := split_outlet_writer(writer)):
            # "Laporan Reporter Warta Priangan Rudi Hartono": outlet and writer unseparated
            outlet, writer = both
        if outlet is None and writer and (signed := newsroom_outlet(writer)):
            outlet, writer = signed, None  # "By The Southern Dispatch staff": no person
        return writer, outlet or staff_outlet
    return None, staff_outlet


def _outlet_part(pieces: list[str | None], *, acronym: bool = False) -> str | None:
    """The outlet among a byline's parts after the writer (``_BYLINE_SEP_RE.split``), if any."""
    for k in range(1, len(pieces) - 2, 3):
        shaped = pieces[k + 1] is not None or pieces[k] == "|"
        part = (pieces[k + 2] or "").strip(" .")
        if ":" in part:
            continue  # "Penulis: X | Editor: Y": a job and a name, not an outlet
        if part and reads_as_outlet(part, shape=shaped) and not names_a_section(part):
            return part
        if acronym and pieces[k] == "," and _network_acronym(part):
            return part  # "By Jane Roe, CNN": a broadcaster's acronym after the comma
    return None


def _network_acronym(part: str) -> bool:
    """Three to five capitals alone ("CNN", "BBC", "RCTI"), not a degree ("MPH", "SKM")."""
    return (
        3 <= len(part) <= 5
        and part.isalpha()
        and part.isupper()
        and part.casefold() not in boilerplate_words("name_suffixes")
    )


def _dateline_day(text: str, lang: str, body: str) -> tuple[str, bool] | None:
    """The day a dateline gives ("ALCANTARA, Brazil, Nov 19 (Wire) -"), as an ISO date and
    whether its year was guessed: the day the story reports from, when the page gives no
    publication date, so that "on Thursday" in its lead can be read. A year the dateline
    lacks is the one its ``body`` tells (``anchor_dateline``), never the clock's."""
    from kroscek.extract.dates import anchor_dateline, extract_dates

    days = [f for f in extract_dates(text, lang).facts if f.label == "day"]
    if len(days) != 1:
        return None
    if not days[0].attrs.get("year_guessed"):
        return str(days[0].value), False
    day, guessed = anchor_dateline(date.fromisoformat(str(days[0].value)), body, lang)
    return day.isoformat(), guessed


# Words of a removed line that is nothing but the page's date ("Nov 21, 2026", "Senin, 23
# November 2026 | 08:10 WIB").
_STAMP_MAX_WORDS = 8
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _stamp_day(removed: list[dict[str, str]], lang: str) -> str | None:
    """The day of the first removed line that is only a full date with its year (a page's
    timestamp left above the body), as an ISO date: the page's own day, when it gives no
    publication date and no dated dateline."""
    from kroscek.extract.dates import extract_dates

    for item in removed:
        text = item.get("text", "")
        if item.get("kind") in ("dateline", "editor_initials") or not text:
            continue
        first = text.split("|")[0].strip()
        if len(text.split()) > _STAMP_MAX_WORDS:
            text = first  # "Published Nov. 24, 2026 at 7:05 a.m. | Updated 2 hours ago"
        if len(text.split()) > _STAMP_MAX_WORDS or not _YEAR_RE.search(text):
            continue
        days = [f for f in extract_dates(text, lang).facts if f.label == "day"]
        if (
            len(days) == 1
            and not days[0].attrs.get("year_guessed")
            and not days[0].attrs.get("relative")
        ):
            f = days[0]
            # the date is the line, give or take a weekday and a clock time
            if len(f.text) * 2 >= len(first) or _only_stamp_words(first.replace(f.text, " ")):
                return str(f.value)
    return None


# A clock time in a page's stamp: "06:12", "7.05", "10:15:30", "7:05am"
_CLOCK_TOKEN_RE = re.compile(r"^\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ap]\.?m\.?)?$", re.IGNORECASE)


def _only_stamp_words(rest: str) -> bool:
    """Nothing but a stamp's label, clock, weekday and zone words in ``rest``: a clock
    time or a word of ``stamp_words`` (lang/*/boilerplate.json: "Published ... at 7:05
    a.m.", "Dikemaskini pada ... 10:15 pagi")."""
    stamp_words = boilerplate_words("stamp_words")
    tokens = [t.strip(",:;()-–—").lower() for t in rest.split()]
    return all(not t or t in stamp_words or _CLOCK_TOKEN_RE.match(t) is not None for t in tokens)


def _holder(line: str) -> str | None:
    """The outlet a removed copyright line names: "Copyright © 2026 Flores Kini. All rights
    reserved." is the site's own notice, the last evidence before the file name. A name
    of capitalised words alone reads as an outlet only next to a year (a site's notice);
    "© Budi Santoso/Kabar Lembah" under a photo credits a photographer."""
    holder = copyright_holder(line)
    if holder is None or "/" in holder:
        return None
    return holder if reads_as_outlet(holder, shape=bool(_YEAR_RE.search(line))) else None


def _syndicated_from(line: str) -> str | None:
    """The outlet a removed syndication line credits with the text, when it reads as an
    outlet's name: the republished copy is that outlet's story, which kroscek must not count
    as another outlet's independent report. Evidence after the copyright holder only."""
    match = patterns().syndicated_from.search(line)
    if match is None:
        return None
    name = patterns().trailing_joiners.sub("", match.group("name")).rstrip(".’'-")
    return name if reads_as_outlet(name, shape=True) else None


def _take_dateline(
    kept: list[str], removed: list[dict[str, str]], known: tuple[str, ...] = ()
) -> tuple[Dateline | None, list[str]]:
    """Find the dateline opening the body and cut it (and any residue before it) off.

    A dateline is the first thing of a news body, so short lines that a scraper left
    above it (a photo caption, "Lihat Foto", a credit) are residue of the page layout.
    """
    if (
        len(kept) > 1
        and kept[0][-1:] in "-–—"
        and ends_in_label_dash(kept[0])
        and parse_dateline(kept[0], known) is None
        and lone_dateline(kept[0], kept[1], known) is None
    ):
        # "Hukum dan Kriminal –" alone over the lead: a rubric in the dateline's place,
        # never the story's text (a dateline's shape is read below)
        removed.append({"kind": "subheading", "text": kept[0]})
        kept = kept[1:]
    for index, text in enumerate(kept[: _DATELINE_SEARCH + 1]):
        found = parse_dateline(text, known)
        lone = None
        if found is None and text[-1:] in "-–—" and index + 1 < len(kept):
            # "Warta Pantura –" alone on its line, the lead on the next (a byline between
            # is already gone): the same dateline, broken after its dash
            lone = lone_dateline(text, kept[index + 1], known)
            found = lone and _second_dateline(lone, known)
        if found is None:
            if len(text.split()) > _PREAMBLE_MAX_WORDS:
                return None, kept
            continue
        dateline, rest = found
        # A newsroom's note ("Update: ...", "Koreksi: ...") above the dateline is article
        # text, not layout residue: it stays, in its place.
        notes = [b for b in kept[:index] if ":" in b and patterns().note_label.match(b)]
        if index > 0 and (
            dateline.outlet is None
            or (dateline.guessed and any(has_final_punctuation(b) for b in kept[:index]))
            or not all(reads_as_one_clause(b) for b in kept[:index] if b not in notes)
        ):
            # Past other lines only a dateline naming its outlet is trusted: "Israel -
            # Hamas ..." opening a second paragraph is prose, not a dateline. An outlet
            # read from shape alone is trusted past unpunctuated layout residue only, and
            # none past a paragraph that can only be prose (several sentences, a
            # reporting clause): what is above is the story, not the page's residue.
            return None, kept
        for before in kept[:index]:
            if before not in notes:
                removed.append({"kind": "preamble", "text": before})
        removed.append({"kind": "dateline", "text": dateline.text})
        after = index + 2 if lone is not None else index + 1  # a lone line's rest is the next
        remaining = notes + ([rest] if rest.strip() else []) + kept[after:]
        return dateline, remaining
    return None, kept


def _second_dateline(lone: tuple[Dateline, str], known: tuple[str, ...]) -> tuple[Dateline, str]:
    """A lone dateline line and the inline dateline repeated under it ("Harian Anoa –" over
    "KENDARI, Harian Anoa – ..."), as one dateline: the outlet of either, the place of the
    inline one; or the lone one alone when the next line opens with none."""
    first, rest = lone
    inline = parse_dateline(rest, (*known, *((first.outlet,) if first.outlet else ())))
    if inline is None:
        return lone
    second, rest = inline
    return (
        Dateline(
            f"{first.text} {second.text}",
            first.outlet if first.outlet and not first.guessed else second.outlet or first.outlet,
            second.place or first.place,
            first.guessed and second.guessed if second.outlet else first.guessed,
        ),
        rest,
    )


def clean(raw: RawArticle, *, source: str | None = None, removed_list: bool = True) -> Article:
    """Decide the article's title and text once; resolve its outlet and language.

    ``source`` overrides every other evidence of the outlet. ``removed_list=False`` leaves
    ``meta["removed"]`` out (a corpus ingest does not store it).
    """
    title, removed = _clean_title(raw.title)
    host = host_of(raw.url)
    bare_title, title_site = strip_site_suffix(title, [])
    site_names = tuple(
        n for n in (title_site, raw.source, raw.meta.get("sitename")) if isinstance(n, str)
    )
    units = classify(_prepare(raw.text), title, bare_title, site_names=site_names)
    writer, byline_outlet = _byline_name(units)
    masthead = mark_outlet_line(
        units,
        tuple(n for n in (source, *site_names, byline_outlet, host) if isinstance(n, str) and n),
        bare_title,
    )
    for unit in units:
        if not unit.kept:
            removed.append({"kind": unit.kind or "markup", "text": unit.text})
            if unit.cut:  # "Kabar Timur Raya - Senin, ...": the masthead, then its date
                removed.extend({"kind": kind, "text": text} for kind, text in unit.cut)
            continue
        if unit.removed_markup:
            removed.extend({"kind": "markup", "text": m} for m in unit.removed_markup)
        if unit.cut:
            removed.extend({"kind": kind, "text": text} for kind, text in unit.cut)
    kept = [unit.text for unit in units if unit.kept]
    gaps = plain_gaps(units)

    pats = patterns()
    if len(kept) > 1 and pats.signoff_line.match(kept[-1]):
        removed.append({"kind": "site_name", "text": kept.pop()})
        gaps = gaps[: len(kept)]
    if kept and kept[-1].endswith(")") and (tail := pats.credit_tail.search(kept[-1])):
        removed.append({"kind": "byline", "text": tail.group(1)})
        kept[-1] = kept[-1][: tail.start()].rstrip()
    if kept and (tail := pats.initials_tail.search(kept[-1])):
        removed.append({"kind": "editor_initials", "text": tail.group(1)})
        kept[-1] = kept[-1][: tail.start()].rstrip()

    evidence = (
        source,
        raw.source,
        raw.meta.get("sitename"),
        title_site,
        masthead,
        byline_outlet,
        writer,
        host,
    )
    dateline, kept = _take_dateline(
        kept, removed, tuple(n for n in evidence if isinstance(n, str) and n)
    )
    if dateline is not None and dateline.guessed:
        named = (source, raw.source, raw.meta.get("sitename"), title_site, masthead, byline_outlet)
        dateline = contradicted_guess(dateline, tuple(n for n in named if isinstance(n, str) and n))
        if dateline.guessed and dateline.outlet and names_no_outlet(dateline.outlet, title, kept):
            # "Rina Kartikasari –", "Jembatan Ambles –": a writer, a kicker; no outlet
            dateline = Dateline(dateline.text, None, None, False)

    gaps = gaps[len(gaps) - len(kept) :]  # the dateline step drops leading lines only
    if gaps:
        gaps[0] = False
    joined = join_paragraphs(kept, gaps)
    paragraphs = [p for p in (normalize_whitespace(t) for t in joined) if p]
    text = "\n\n".join(paragraphs)

    raw_meta: dict[str, Any] = dict(raw.meta)
    sitename = raw_meta.get("sitename") if isinstance(raw_meta.get("sitename"), str) else None
    dateline_outlet = dateline.outlet if dateline else None
    known = [
        source,
        raw.source,
        dateline_outlet,
        sitename,
        masthead,
        byline_outlet,
        writer,
        host,
    ]
    # "Headline | World news | The Morning Herald": peel site and section suffixes.
    suffix = None
    for _ in range(3):
        title, peeled = strip_site_suffix(title, [n for n in known if n])
        if not peeled:
            break
        removed.append({"kind": "site_suffix", "text": peeled})
        suffix = suffix or peeled  # the outermost one names the site
    if (page := _PAGE_SUFFIX_RE.search(title)) and page.start() > 0:
        removed.append({"kind": "pagination", "text": page.group().strip(" -|–")})
        title = title[: page.start()].rstrip()
    byline = byline_outlet or (writer if writer and writer_names_outlet(writer) else None)
    holder = None
    # the copyright holder is the last evidence before the file name (and a readable name
    # for a bare host): looked for only when it can decide
    if raw.url or not (
        source or raw.source or dateline_outlet or sitename or masthead or byline or suffix
    ):
        holder = next(
            (h for item in removed if item["kind"] == "copyright" and (h := _holder(item["text"]))),
            None,
        )
        if holder is None and not raw.url:
            holder = next(
                (
                    h
                    for item in removed
                    if item["kind"] == "syndication" and (h := _syndicated_from(item["text"]))
                ),
                None,
            )
    name, how = resolve(
        argument=source,
        given=raw.source,
        url=raw.url,
        dateline=dateline_outlet,
        sitename=sitename,
        masthead=masthead,
        byline=byline,
        origin=raw.origin,
        title_site=suffix,
        holder=holder,
    )

    detected = detect(f"{title}\n{text}")
    hint = raw_meta.get("lang")
    lang = detected if detected in LANGS else (hint if hint in LANGS else "id")

    meta: dict[str, Any] = {
        **raw_meta,
        "origin": raw.origin,
        "fmt": raw.fmt,
        "removed": removed,
        "dateline_place": dateline.place if dateline else None,
        "source_from": how,
        "lang_detected": detected if detected != UNDETERMINED else UNDETERMINED,
    }
    if not removed_list:
        del meta["removed"]
    if writer:
        meta["byline"] = writer
    if dateline is not None and raw.published is None:
        reported = _dateline_day(dateline.text, lang, text)
        if reported is not None:
            meta["dateline_date"], meta["dateline_year_guessed"] = reported
    if raw.published is None and ("dateline_date" not in meta or meta.get("dateline_year_guessed")):
        stamped = _stamp_day(removed, lang)
        if stamped is not None:
            meta["dateline_date"], meta["dateline_year_guessed"] = stamped, False
    return Article(
        id=content_id(name, title, text),
        source=name,
        title=title,
        text=text,
        url=raw.url,
        published=raw.published,
        lang=lang,
        meta=meta,
    )
