"""Boilerplate patterns built from the per-language data files.

Portals mix languages ("Photo :", "ADVERTISEMENT" on Indonesian sites), so the union of
every language's phrases is applied to every article. Phrases live in
``lang/<lang>/boilerplate.json``; adding one is a data change.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kroscek.text.lang import LANGS, lang_data, stopwords

BULLETS = "•·▪●◦‣∙*-–"
_SEP = r"\s*[:：\-–—|]"


def _phrases(key: str) -> list[str]:
    seen: dict[str, None] = {}
    for lang in LANGS:
        for phrase in lang_data(lang, "boilerplate").get(key, []):
            seen[phrase.lower()] = None
    # Longest first so that "Halaman selanjutnya" wins over "Selanjutnya".
    return sorted(seen, key=len, reverse=True)


def _alternation(key: str) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in _phrases(key))


# The only characters outside ASCII that ``re.IGNORECASE`` matches to an ASCII letter, or
# whose ``str.lower()`` holds one (İ, ı, ſ and the Kelvin sign), checked by brute force
# over every code point.
_ASCII_FOLDS = "\u0130\u0131\u017f\u212a"
_LETTERS_RE = re.compile(r"[a-z]+")


def _first_chars(*keys: str, extra: str = "") -> frozenset[str]:
    """Every character a line can open with and still match a case-insensitive pattern
    anchored on the phrases of ``keys`` (or on ``extra``): each phrase's first letter in
    both cases, the characters that fold to ASCII letters (``_ASCII_FOLDS``) and
    whitespace. A line opening with anything else is not tried: the set test is exact
    and cheaper than the regex's failed match."""
    chars = set(extra) | set(_ASCII_FOLDS) | set(" \t\u00a0")
    for key in keys:
        chars.update(p[0] for p in _phrases(key) if p)
    return frozenset(chars | {c.lower() for c in chars} | {c.upper() for c in chars})


class Gated:
    """A case-insensitive pattern behind an exact, cheap substring pre-test.

    Every match of the pattern contains one of ``needles`` (lower-case ASCII words), so a
    line whose lower-case form holds none of them cannot match and the regex, which has
    to try every position of a long prose line, is not run. Results are exactly the
    pattern's: a line holding one of the few characters that fold to ASCII letters
    (``_ASCII_FOLDS``) always goes to the regex.
    """

    __slots__ = ("needles", "pattern")

    def __init__(self, pattern: re.Pattern[str], needles: tuple[str, ...]) -> None:
        self.pattern = pattern
        self.needles = needles

    def may_match(self, text: str) -> bool:
        if not text.isascii() and any(ch in text for ch in _ASCII_FOLDS):
            return True
        low = text.lower()
        for needle in self.needles:  # noqa: SIM110 (a loop is cheaper than any() over a generator)
            if needle in low:
                return True
        return False

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.may_match(text) else None

    def match(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(text) if self.may_match(text) else None


def _gated(key: str, template: str) -> Gated | re.Pattern[str]:
    """``template`` (with ``{alt}`` for the phrases of ``key``) compiled case-insensitively,
    gated on the longest ASCII word of each phrase (ungated if a phrase has none)."""
    pattern = re.compile(template.format(alt=_alternation(key)), re.IGNORECASE)
    needles: list[str] = []
    for phrase in _phrases(key):
        runs = _LETTERS_RE.findall(phrase)
        if not runs:
            return pattern
        needles.append(max(runs, key=len))
    return Gated(pattern, tuple(dict.fromkeys(needles)))


class Patterns:
    """Compiled line patterns for each boilerplate kind."""

    def __init__(self) -> None:
        flags = re.IGNORECASE
        labels = _alternation("source_labels")
        self.source_label_alternation = labels
        # "Sumber :", "Foto: ANTARA/Budi", "Photo : ", "Foto/Video: Kabarkita"
        self.source_label = re.compile(
            rf"^(?:{labels})(?:\s*[/&]\s*(?:{labels}))*\s*[:：]\s*(.*)$", flags
        )
        # A line that is nothing but a credit: "Getty Images", "Dok. Istimewa".
        self.credit_line = re.compile(
            rf"^(?:{_alternation('credit_names')})(?:\s*[/,]\s*[\w .]{{1,30}})?$", flags
        )
        # "... on Monday. REUTERS/Jane Roe/File Photo", "...(KABAR.com/BUDI)": agency/name.
        self.agency_credit = re.compile(
            r"(?:[(\[]\s*(?:[A-Z][\w-]*\.(?:[a-z.]+|[A-Z.]+)|[A-Z]{2,}[A-Z ]*)"
            r"\s*/\s*[^)\]/]{2,40}[)\]]"
            # bare "AGENCY/First Last[/File Photo]": a two-word name, no closing full stop
            r"|\b[A-Z]{2,}(?:\.[a-z]{2,4})?/[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,3}"
            # "ANTARA FOTO/Adi Saputra/rwa.": the desk's initials and a full stop may close it
            r"(?:/[A-Z][\w ]{1,20})?(?:/[a-z]{2,5})?\.?)\s*$"
        )
        # "... on Tuesday. Jane Roe/The Valley Wire": a photographer and the outlet after the
        # caption's full stop (searched in the line's tail only: ``credit_tail``)
        self.name_credit = re.compile(
            r"(?<=[.!?]\s)[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,2}/[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}\s*$"
        )
        # "Ilustrasi banjir. (Freepik)": a short caption closing on a bracketed credit name
        # after its full stop or without one ("... agency (Reuters)." is a sentence's end)
        self.bracketed_credit = re.compile(
            rf"\S\s*[(\[]\s*(?:{_alternation('credit_names')})\s*[)\]]$", flags
        )
        # "1 of 5 | Residents wade ...", "Foto 2 dari 6 - Warga ...": a gallery's counter,
        # before its caption or alone on its line ("4 dari 5 foto", "Photo 2 of 6")
        self.gallery_counter = re.compile(
            r"^(?:(?:Foto|Photo|Image|Gambar|Slide)\s+\d{1,2}\s*/\s*\d{1,2}"
            r"|(?:(?:Foto|Photo|Image|Gambar|Slide)\s+)?\d{1,2}\s+(?:of|dari)\s+\d{1,2})"
            r"(?:\s+(?:foto|photos?|images?|gambar|slides?))?(?:\s*[|:–—-]\s*\S|\s*$)",
            flags,
        )
        # "View this post on Instagram", "A post shared by Fire Dept (@brookfieldfire)": the
        # text an embedded post leaves behind
        self.post_embed = re.compile(
            r"^(?:View\s+this\s+(?:post|profile)\s+on\s+(?:Instagram|TikTok|Facebook|X|Twitter)"
            r"|A\s+post\s+shared\s+by\s+.{1,60}?\(@[\w.]{1,30}\)(?:\s+on\s+.{1,30})?)$",
            flags,
        )
        self.byline_contains = _gated("byline_contains", r"\b(?:{alt})\b")
        # Embedded posts: "— Info Kota (@infokota) January 9, 2024", "pic.twitter.com/...".
        self.post_signature = re.compile(r"^[—–-]\s*.{1,60}\(@\w{1,30}\)\s+\w+\s+\d{1,2},\s+\d{4}$")
        self.post_link = re.compile(r"\bpic\.twitter\.com/\w+|\binstagram\.com/(?:p|reel)/", flags)
        # "(Foto: Reuters)", "(AP Photo/Jane Roe)", "[Foto: dok. pribadi]", "(Photo by Jane
        # Roe/AFP via Getty Images)" closing a caption.
        self.inline_credit = re.compile(
            rf"[(\[]\s*(?:[A-Z][\w.]{{0,12}}\s+)?(?:{_alternation('source_labels')})"
            r"(?:\s*[:：./]|\s+(?:by|oleh)\s)"
            r"[^)\]]*[)\]]\s*$",
            flags,
        )
        # "Ilustrasi peretas. Foto: Istimewa": a caption whose credit ends the line, unbracketed.
        self.trailing_credit = re.compile(
            rf"[.!?]\s+(?:{_alternation('source_labels')})\s*[:：]\s*[^.!?:：]{{1,40}}$", flags
        )
        self.caption_label = re.compile(
            rf"^(?:{_alternation('caption_labels')})\s*[:：,]\s*(\S.*)$", flags
        )
        multiword = "|".join(
            re.escape(p).replace(r"\ ", r"\s+") for p in _phrases("source_labels") if " " in p
        )
        # BBC-style "Image source, Getty Images": a comma after a multi-word label.
        self.source_label_comma = re.compile(rf"^(?:{multiword})\s*,\s*(.*)$", flags)
        # "Update: ...", "Koreksi: ...", "Editor's note: ...": a note of the newsroom on the
        # article, which is article text wherever it stands
        self.note_label = re.compile(
            rf"^(?:{_alternation('note_labels')})\b.{{0,30}}?[:：]\s+\S", flags
        )
        # "Bagaimana reaksi Anda?", "What's your reaction?": an emoji poll's question, over
        # its answers and their counts
        self.poll_label = re.compile(rf"^(?:{_alternation('poll_labels')})\b.{{0,60}}$", flags)
        self.poll_subjects = tuple(_phrases("poll_subjects"))  # lower case
        # "The views expressed are the author's own.": an opinion page's closing disclaimer
        self.disclaimer = re.compile(rf"^(?:{_alternation('disclaimers')})\b", flags)
        # "Share this:", "Kongsi artikel ini:": the share buttons' label over their names
        self.share_labels = frozenset(_phrases("share_labels"))  # lower case
        # "Komentar (3)", "12 Comments": the heading of the readers' comments, and the
        # buttons under each comment ("Balas", "Reply") that show the section is there
        comments = _alternation("comment_labels")
        self.comment_label = re.compile(
            rf"^(?:(?:{comments})\s*\(\d+\)|\d+\s+(?:{comments}))$", flags
        )
        self.comment_buttons = frozenset(_phrases("comment_replies"))  # lower case
        self.comment_label_first = _first_chars("comment_labels", extra="0123456789")
        self.disclaimer_first = _first_chars("disclaimers")
        # "SIARAN PERS", "Press Release": a release's label over its issuer's name
        self.press_release_labels = frozenset(_phrases("press_release_labels"))  # lower case
        # "Android: https://...", "App Store: https://...": an app's store link
        self.app_link = re.compile(
            rf"^(?:{_alternation('app_stores')})\s*[:：]\s*https?://\S+$", flags
        )
        # "01:12 - Source: CNN": a video player's running time and credit
        self.video_credit = re.compile(
            r"^\d{1,2}:\d{2}(?::\d{2})?\s*[-–—]\s*(?:Source|Sumber)\s*[:：]", flags
        )
        self.syndication = re.compile(rf"^(?:{_alternation('syndication')})\b", flags)
        # a syndicate's credit line ("Distributed by Heartland Content Service."): a
        # ``distributor_labels`` label, then capitalised words only
        self.distributor_credit = re.compile(
            rf"^(?i:{_alternation('distributor_labels')})\s+"
            r"(?:[A-Z0-9][\w&'’.-]*,?\s+){0,5}[A-Z0-9][\w&'’-]*\.?$"
        )
        self.promo_start = re.compile(rf"^(?:{_alternation('promo_start')})\b", flags)
        self.promo_platform = re.compile(rf"\b(?:{_alternation('promo_platform')})\b", flags)
        self.meta_line = re.compile(
            rf"^(?:{_alternation('meta_lines')})(?:\s*$|\s*[:：].*$|\s+.*\d.*$)", flags
        )
        self.contact_label = re.compile(
            rf"^(?:{_alternation('contact_labels')})\s*[:：]\s*(.*)$", flags
        )
        self.contact_phrase = _gated("contact_phrases", r"\b(?:{alt})\b")
        # "*Penulis adalah dosen ...", "Jane Roe is a staff reporter for ...": a writer's note
        self.writer_bio = re.compile(
            rf"^\*?\s*(?:(?i:{_alternation('bio_openers')})\s"
            r"|(?:[A-Z][\w'’.-]+\s+){1,3}is\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?"
            rf"(?i:{_alternation('bio_roles')})s?\b)"
        )
        self.email = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
        # "***", "---", "• • •": a separator drawn with symbols, no letters or digits.
        # "___" (an underscore is a word character, but drawn alone it is a rule too)
        self.separator = re.compile(r"^(?:[^\w\s]|_)+(?:\s+(?:[^\w\s]|_)+)*$")
        self.read_time = re.compile(
            r"^\d+\s*-?\s*(?:min|mins|minute|minutes|menit)\s+(?:read|baca|membaca)$", flags
        )
        tz = _alternation("timestamp_words")
        self.timestamp = re.compile(
            r"\b\d{1,2}[:.]\d{2}\b(?:\s*(?:WIB|WITA|WIT|GMT|UTC|ET|BST|am|pm))?"
            r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b"
            r"|\b\d{4}-\d{2}-\d{2}\b"
            rf"|\b\d+\s+(?:hours?|minutes?|mins?|days?|weeks?|jam|menit|hari|minggu)\s+(?:{tz})\b"
            r"|\b\d+\s+(?:hours?|minutes?|mins?|days?|jam|menit|hari)\s+yang\s+lalu\b",
            flags,
        )
        # Several words ("Baca juga Harga ...") need no separator; one word ("Related",
        # "Watch") does, or prose starting with that word would go.
        multi = "|".join(
            re.escape(p).replace(r"\ ", r"\s+") for p in _phrases("read_also") if " " in p
        )
        single = "|".join(re.escape(p) for p in _phrases("read_also") if " " not in p)
        # "... kata dia. Baca juga: Judul Lain Sementara itu, ...": a link run into prose.
        self.inline_read_also = re.compile(
            rf"(?<=[.!?\"”])\s+(?:{multi})\s*[:：]\s*(?=[A-Z0-9\"“])", flags
        )
        self.read_also = re.compile(
            rf"^(?:(?:{multi})\b(?:{_SEP})?|(?:{single})\b(?:{_SEP}|\s*$))\s*(.*)$", flags
        )
        # "MOST READ", "Terpopuler", "Key events": a heading over other stories' list,
        # only as the whole line (a bare label, no separator needed).
        self.list_label = re.compile(rf"^(?:{_alternation('list_labels')})\s*[:：]?$", flags)
        self.pagination = re.compile(
            rf"^(?:(?:{_alternation('pagination')})(?:\s*[»›>→]+)?"
            r"|halaman\s+\d+(?:\s+dari\s+\d+)?|page\s+\d+(?:\s+of\s+\d+)?"
            r"|(?:\d+\s+){1,}\d+|[«‹<]?\s*(?:prev|sebelumnya)\s*[|/]\s*(?:next|berikutnya)\s*[»›>]?)$",
            flags,
        )
        self.advert = re.compile(rf"^(?:{_alternation('advert')})\b.{{0,60}}$", flags)
        # the characters a line must open with for these anchored patterns to match
        self.pagination_first = _first_chars("pagination", extra="hps0123456789«‹<")
        self.advert_first = _first_chars("advert")
        self.copyright_line_first = _first_chars("copyright", extra="(")
        self.syndication_first = _first_chars("syndication")
        self.distributor_first = _first_chars("distributor_labels")
        self.promo_first = _first_chars("promo_start")
        self.meta_first = _first_chars("meta_lines", extra="0123456789")
        self.read_also_first = _first_chars("read_also")
        self.caption_label_first = _first_chars("caption_labels")
        self.source_label_first = _first_chars("source_labels")
        self.credit_line_first = _first_chars("credit_names")
        # "(c) 2026 Outlet" / "(c) Outlet Name 2026": the letter form of the sign needs a year
        # next to it, since "(c)" also opens the third item of an enumeration.
        self.copyright = re.compile(
            rf"^(?:(?:{_alternation('copyright')})(?:\W.{{0,100}})?"
            r"|\(c\)\s*(?:(?:19|20)\d\d\b.{0,100}|(?:[\w&.'-]+\s+){1,6}(?:19|20)\d\d\.?))$",
            flags,
        )
        # "Copyright 2026 The Wire Service. All rights reserved. This material may not be
        # published, ...": the label and a year open a notice of any length up to 40 words
        # the first two letters of the copyright phrases: a line opening otherwise is not tried
        self.copyright_heads = tuple(sorted({p[:2] for p in _phrases("copyright")}))
        self.copyright_first = frozenset(
            c for head in self.copyright_heads for c in (head[0], head[0].upper())
        )
        self.copyright_year = re.compile(
            rf"^(?:{_alternation('copyright')})\s*(?:©\s*|\(c\)\s*)?(?:19|20)\d\d\b", flags
        )
        # "img_title", and the image's file name a scraper leaves ("banjir-garut_169.jpeg")
        self.img_title = re.compile(
            r"^(?:img[_-]?title|img[_-]?caption|image[_-]?title"
            r"|[\w-]+(?:\.[\w-]+)*\.(?:jpe?g|png|gif|webp|avif|bmp))$",
            flags,
        )
        self.embed = re.compile(
            r"^\[\s*(?:gambas|video|embed|instagram|twitter|tweet|youtube|tiktok|iframe|"
            r"infografis|polling)\s*:?[^\]]*\]$",
            flags,
        )
        self.byline = re.compile(rf"^(?:{_alternation('byline')})(?:\s*[:：]\s*|\s+)(\S.*)$", flags)
        self.byline_staff = re.compile(
            rf"^(?:{_alternation('byline_staff')})(?:\s*[:：]\s*|\s+)(\S.*)$", flags
        )
        self.byline_editor = re.compile(
            rf"^(?:{_alternation('byline_editor')})(?:\s*[:：]\s*|\s+)(\S.*)$", flags
        )
        self.bullet = re.compile(rf"^[{re.escape(BULLETS)}]\s+\S")
        # "... on Tuesday, Aug. 13, 2024." / "..., 13 Agustus 2024.": a wire caption's date.
        months = "|".join(
            sorted(
                {re.escape(m) for lang in LANGS for m in lang_data(lang, "months") if m[0] != "_"},
                key=len,
                reverse=True,
            )
        )
        self.ends_in_date = re.compile(
            rf"\b(?:(?:{months})\.?\s+\d{{1,2}},?|\d{{1,2}}\s+(?:{months})\.?)\s+(?:19|20)\d{{2}}\.$",
            flags,
        )
        # Words that prose keeps and headlines drop ("itu", "yang", "the", "was").
        self.prose_word = frozenset(p.lower() for p in _phrases("prose_words"))
        # "..., kata Budi." / "... said on Monday.": a reporting clause, never in a caption.
        self.reporting_verb_alternation = _alternation("reporting_verbs")
        self.reporting_clause = re.compile(rf"\b(?:{self.reporting_verb_alternation})\b", flags)
        # "kata Budi kepada Dunia Ekonomi", "told the Valley Ledger", "dilansir dari Lensanusa":
        # the words before an outlet a source speaks to or the page quotes from.
        self.outlet_context_alternation = _alternation("outlet_context")
        # "This story was originally published by Prairie Current ...", "Artikel ini telah
        # tayang di Lintas Sultra ...": the outlet a syndication line credits with the text, a
        # run of capitalised words and the lowercase words that join a name ("dan", "of").
        joiners = _alternation("name_joiners")
        self.syndicated_from = re.compile(
            rf"\b(?:{_alternation('syndicated_verbs')})\s+"
            rf"(?:(?:{_alternation('syndicated_adverbs')})\s+)?"
            rf"(?:{_alternation('syndicated_prepositions')})\s+"
            rf"(?P<name>[A-Z0-9][\w.&'’-]*(?:\s+(?:[A-Z0-9][\w.&'’-]*|{joiners}))*)"
        )
        self.trailing_joiners = re.compile(rf"(?:\s+(?:{joiners}))+$")
        # Editor initials: "(psp/wis)", "(ant)", "(rdn/ant/dil)" – alone or closing the text.
        # A news agency may open the credit: "(Reuters/ant)", "(Antara/rdn)".
        wires = _alternation("wire_names")
        self.initials_line = re.compile(
            rf"^[(\[](?:[a-z]{{2,5}}|\*|{wires})(?:\s*/\s*[a-z]{{2,5}})*[)\]]$", flags
        )
        # "Coastline Press writer Jamal Hughes in Sacramento contributed.": a wire's credit
        # for a colleague's reporting, the job named before the name
        self.contributed = re.compile(
            r"^[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4}\s+(?:writers?|reporters?"
            r"|correspondents?|journalists?|photographers?)\s+[A-Z][^.!?]{2,160}?"
            r"\s+contributed\.?$"
        )
        # Unbracketed, as wire desks sign: "mrs/jpr/kw", "burs-mrs/jpr" (a slash at least)
        self.initials_bare = re.compile(r"^(?:[a-z]{2,5}-)?[a-z]{2,5}(?:/[a-z]{2,5}){1,4}$")
        # A sign-off closing the text with the outlet's name in capitals after a dash, as
        # Malaysian and Singaporean papers end a story: "- BERNAMA", "-- HARIAN KOTA".
        self.signoff_line = re.compile(r"^[-–—]{1,2}\s*[A-Z][A-Z&.'’]+(?:\s+[A-Z][A-Z&.'’]+){0,3}$")
        # At the end of the last paragraph: lower-case "(ant)", or any case with a slash
        # ("(ugo/DAL)", "(Reuters/ant)"), so that an acronym such as "(BPS)" closing a
        # sentence stays.
        # "... the month. (Reporting by Colm Redfern; Editing by Ines Vale)": the wire's
        # staff credit run into the last paragraph (on a line of its own it is a byline)
        self.credit_tail = re.compile(
            rf"(?<=[.!?\"”’])\s*(\((?:{_alternation('byline_staff')})(?:\s*[:：]\s*|\s+)"
            r"[^()]{2,200}\))\s*$",
            re.IGNORECASE,
        )
        self.initials_tail = re.compile(
            r"(?<=[.!?\"”’])\s*([(\[](?:[a-z]{2,5}|\*"
            rf"|(?:[A-Za-z]{{2,5}}|(?i:{wires}))(?:\s*/\s*[A-Za-z]{{2,5}})+)"
            r"(?:\s*/\s*[a-z]{2,5})*[)\]])\s*$"
        )


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    """The compiled patterns, built once from the data files."""
    return Patterns()


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """Words that stay lower-case in a Title-Case headline ("di", "ke", "of", "the")."""
    words: set[str] = set()
    for lang in LANGS:
        words |= stopwords(lang)
    return frozenset(words)


@lru_cache(maxsize=1)
def never_final_words() -> frozenset[str]:
    """Words that cannot end a sentence ("dari", "yang", "the", "of"), every language."""
    out: set[str] = set()
    for lang in LANGS:
        out |= {w.lower() for w in lang_data(lang, "stopwords").get("never_final", [])}
    return frozenset(out)
