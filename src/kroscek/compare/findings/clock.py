"""Clock times that disagree: "dimulai pukul 14.00 WIB" / "dimulai pukul 15.00 WIB".

A clock time ("pukul 16.30 WIB", "at about 3:40 a.m.") is no count and no date, so the
number and date extractors leave it alone. Stories time their event by it, and one event
has several times: a match that "dimulai pukul 14.00 WIB dan baru berakhir pukul 19.35 WIB",
ships "terdeteksi pukul 05.40" that "keluar ... pukul 12.15". Each time therefore gets a
role from the nearest role word before it in its clause (``lang/<lang>/clock.json``: start
words "dimulai", "sejak", "from"; end words "berakhir", "meninggalkan", "until"; none: the
moment of the event itself), and only times of one role are set against each other, in
sentences about the same thing (content words in common). A live report's own stamps
("Update pukul 09.50 WIB") are no time of the event. Two times of one moment conflict when
they differ; with "sekitar" / "about" on one side, by more than a quarter of an hour. Zones
("WIB", "WITA", "GMT") are converted when both sides give one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import combinations
from typing import Any

from kroscek.align import Alignment
from kroscek.align.words import Word, stopwords, word_key
from kroscek.compare.findings._common import (
    Groups,
    join_names,
    join_values,
    lexicon_lang,
    message,
    msg_lang,
    source_labels,
    span_evidence,
)
from kroscek.data import Article, Finding
from kroscek.extract.lexicon import lexicon
from kroscek.text.lang import lang_data

# Content stems two times' clauses must share (besides time words) to time one moment.
MIN_SHARED_STEMS = 2
# Content words before a role word that follows a verb ("pulih bertahap sejak") that name
# the moment it starts or ends.
EVENT_WORDS = 2
# Minutes an approximate time ("sekitar pukul 16.30") may be off and still agree.
ABOUT_MINUTES = 15
# Words before a time its role word may stand (within its clause).
ROLE_WINDOW = 8

# Indonesian: a marker word ("pukul", "pkl.", "jam") and the time, matched where the marker
# stands (found by ``str.find``: a pattern scanned over a whole text costs more than the rest).
_ID_MARKERS = ("pukul", "pkl", "jam")
_ID_AT = re.compile(
    r"(?:pukul|pkl\.?|jam)\s+(?P<h>2[0-3]|[01]?\d)(?!\d)(?:[.:](?P<m>[0-5]\d)(?!\d))?"
    r"(?:\s*(?P<zone>WIB|WITA|WIT)\b)?(?:\s+(?P<part>pagi|siang|sore|malam)\b)?",
    re.IGNORECASE,
)
# English: "3:40 a.m.", "4 pm", "10:15 GMT", read only in texts where a figure stands before
# one of these words.
_EN_RE = re.compile(
    r"(?<![\w.:])(?P<h>2[0-3]|[01]?\d)(?::(?P<m>[0-5]\d))?\s*(?P<part>a\.m\.|p\.m\.|am\b|pm\b)"
    r"(?:\s*(?P<zone>GMT|UTC|WIB|WITA|WIT)\b)?"
    r"|(?<![\w.:])(?P<h2>2[0-3]|[01]?\d):(?P<m2>[0-5]\d)(?![\d:])\s*(?P<zone2>GMT|UTC|WIB|WITA|WIT)\b"
    # "14:00 local time (0700 GMT)": the local hour names no zone, its bracketed twin does
    r"|(?<![\w.:])(?:2[0-3]|[01]?\d):[0-5]\d\s+local\s+time\s*\(\s*"
    r"(?P<h3>[01]\d|2[0-3]):?(?P<m3>[0-5]\d)\s*(?P<zone3>GMT|UTC)\s*\)",
    re.IGNORECASE,
)
_EN_CUE_RE = re.compile(r"\d\s*(?:[ap]\.?m\b|gmt|utc|wib|wit)", re.IGNORECASE)


def _matches(text: str, lang: str) -> list[re.Match[str]]:
    """The clock times written in ``text``, in order."""
    if lang == "en":
        return list(_EN_RE.finditer(text)) if _EN_CUE_RE.search(text) else []
    low = text.lower()
    out = []
    for marker in _ID_MARKERS:
        pos = low.find(marker)
        while pos >= 0:
            if pos == 0 or not (low[pos - 1].isalnum() or low[pos - 1] in "._"):
                m = _ID_AT.match(text, pos)
                if m is not None and not (marker == "jam" and _length_of_time(low, pos, m.end())):
                    out.append(m)
            pos = low.find(marker, pos + len(marker))
    return sorted(out, key=lambda m: m.start())


_LENGTH_BEFORE_RE = re.compile(
    r"(?:\d|\b(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|belas|puluh|se))\s+$"
)
_LENGTH_AFTER_RE = re.compile(r"\s*(?:menit|detik)\b")


def _length_of_time(low: str, pos: int, end: int) -> bool:
    """Whether "jam" counts hours ("selama dua jam 15 menit", "24 jam 7 hari"), not a clock."""
    return bool(_LENGTH_BEFORE_RE.search(low, max(0, pos - 12), pos)) or bool(
        _LENGTH_AFTER_RE.match(low, end)
    )


@dataclass(frozen=True, slots=True)
class _Time:
    article: Article
    start: int
    end: int
    minutes: int  # minutes after midnight, in the zone given (or the text's own)
    zone: int | None  # offset from UTC in hours, when the text names the zone
    role: str  # "start", "end" or "at"
    # what names the moment: the role verb ("dimulai"), or the last content words before a
    # role word that follows a verb ("pulih bertahap sejak"); empty for "at"
    event: frozenset[str]
    after: bool  # its role word follows a verb ("sejak", "until")
    about: bool
    stems: frozenset[str]  # content stems of its clause
    # the weekday (ISO, Monday=1) named right before it ("hingga Rabu pukul 06.00"), if any
    day: int | None = None


@lru_cache(maxsize=4)
def _lexicon(lang: str) -> dict[str, Any]:
    data = lang_data(lang, "clock")

    def keys(phrase: str) -> str:  # the words' keys, as a sentence's words carry them
        return " ".join(word_key(w) for w in phrase.split())

    return {
        **{k: tuple(keys(w) for w in data[k]) for k in ROLE_KINDS},
        "skip": frozenset(keys(w) for w in data["skip"]),
        "zones": {k.lower(): int(v) for k, v in data["zones"].items()},
        "afternoon": frozenset(w.lower() for w in data["afternoon"]),
        "about": tuple(keys(w) for w in data["about"]),
        "moments": {keys(w): "\x00" + m for w, m in data.get("moments", {}).items()},
        "ignored": frozenset(keys(w) for w in data["markers"])
        | frozenset(data["zones"])
        | stopwords(lang),
    }


ROLE_KINDS = ("start", "start_after", "end", "end_after")
# Indonesian verb prefixes: a word with one of them and a shorter stem is a conjugated verb.
_VERB_PREFIXES = ("me", "di", "ber", "ter")


def _role(before: list[Word], lex: dict[str, Any]) -> tuple[str, frozenset[str], bool]:
    """The role the nearest role word before a time gives it, and the words naming its
    moment (("at", {}) when there is no role word)."""
    keys = [w.key for w in before[-ROLE_WINDOW:]]
    text = " " + " ".join(keys) + " "
    best, kind, phrase = -1, "", ""
    for k in ROLE_KINDS:
        for w in lex[k]:
            i = text.rfind(" " + w + " ")
            if i > best:
                best, kind, phrase = i, k, w
    if not kind:
        return "at", frozenset(), False
    index = text[:best].count(" ") - len(keys) + len(before)  # the role word's position
    if kind in ("start", "end"):
        # the role word's own stem, and the moment it names in either language ("took off"
        # and "lepas landas" are one take-off)
        moment = lex["moments"].get(phrase)
        event = {before[index].stem, *([moment] if moment else [])}
        return kind, frozenset(event), False
    verbs = [
        w.stem
        for w in before[:index]
        if not w.is_number and len(w.key) > 1 and w.key not in lex["ignored"]
    ]
    # the clause's last affixed verb names the moment too, however many words (a stretch of
    # road: "memberlakukan sistem satu arah dari KM 70 ... hingga KM 414 mulai pukul 14.00")
    # stand between it and the role word: "diberlakukan mulai pukul 12.00" is that moment
    governing = next(
        (
            w.stem
            for w in reversed(before[:index])
            if w.stem != w.key and w.key.startswith(_VERB_PREFIXES)
        ),
        None,
    )
    event = {*verbs[-EVENT_WORDS:], *([governing] if governing else [])}
    return kind.removesuffix("_after"), frozenset(event), True


def _times(article: Article, alignment: Alignment) -> list[_Time]:
    """The clock times of the article's body that time its event, outside quotations."""
    lang = lexicon_lang(article.lang)
    text = article.text
    matches = _matches(text, lang)
    if not matches:
        return []
    lex = _lexicon(lang)
    quotes = [(f.start, f.end) for f in article.facts if f.kind == "quote" and f.field == "text"]
    out: list[_Time] = []
    for n, m in enumerate(matches):
        if any(s <= m.start() < e for s, e in quotes):
            continue
        sentence = alignment.sentence_at(article.id, m.start())
        if sentence is None:
            continue
        g = m.groupdict()
        hour = int(g["h"] or g.get("h2") or g["h3"])
        minute = int(g["m"] or g.get("m2") or g.get("m3") or 0)
        part = (g["part"] or "").lower()
        if part in lex["afternoon"] and 1 <= hour < 12:
            hour += 12
        elif part in ("a.m.", "am") and hour == 12:
            hour = 0
        zone_word = (g["zone"] or g.get("zone2") or g.get("zone3") or "").lower()
        # its clause: from the sentence start or the time before it to the next time
        clause_start = sentence.span.start
        if n and matches[n - 1].end() > clause_start:
            clause_start = matches[n - 1].end()
        clause_end = sentence.span.end
        if n + 1 < len(matches) and matches[n + 1].start() < clause_end:
            clause_end = matches[n + 1].start()
        ws = sentence.words
        starts = [w.start for w in ws]
        lo_i, at_i = bisect_left(starts, clause_start), bisect_left(starts, m.start())
        hi_i = bisect_left(starts, clause_end)
        before = list(ws[lo_i:at_i])
        if any(w.key in lex["skip"] for w in before[-3:]):
            continue  # "Update pukul 09.50 WIB": the page's time, not the event's
        ignored = lex["ignored"]
        stems = frozenset(
            w.stem
            for w in ws[lo_i:hi_i]
            if not w.is_number and len(w.key) > 1 and w.key not in ignored
        )
        near = " " + " ".join(w.key for w in before[-3:]) + " "
        role, event, after = _role(before, lex)
        days = lexicon(lang).weekdays
        # the day named just before it ("hingga Rabu pukul 06.00") or just after ("7 a.m.
        # on Thursday")
        after_words = [w for w in ws[at_i:hi_i] if w.start >= m.end()][:DAY_AFTER]
        near_words = [*reversed(before[-DAY_WINDOW:]), *after_words]
        day = next((days[w.key] for w in near_words if w.key in days), None)
        out.append(
            _Time(
                article,
                m.start(),
                m.end(),
                hour * 60 + minute,
                lex["zones"].get(zone_word),
                role,
                event,
                after,
                any(" " + w + " " in near for w in lex["about"]),
                stems,
                day,
            )
        )
    return out


# Words before a time a weekday naming its day may stand ("Rabu (25/11) pukul 06.00").
DAY_WINDOW = 3
# Words after a time its weekday may stand ("7 a.m. on Thursday").
DAY_AFTER = 2


def _lead_weekday(article: Article) -> int | None:
    """The weekday of the body's first dated day: the day its untagged times fall on."""
    first = min(
        (
            f
            for f in article.facts
            if f.kind == "date" and f.field == "text" and "weekday" in f.attrs
        ),
        key=lambda f: f.start,
        default=None,
    )
    return int(first.attrs["weekday"]) if first is not None else None


def _other_days(x: _Time, y: _Time) -> bool:
    """Whether two times fall on two days: each names its own weekday, or one names a day
    the other's text does not tell its story on ("hingga pukul 18.00" on the Tuesday the
    story opens / "hingga Rabu pukul 06.00" in a follow-up): two moments, whatever their
    words share."""
    if x.day is None and y.day is None:
        return False
    if x.day is not None and y.day is not None:
        return x.day != y.day
    named, bare = (x, y) if x.day is not None else (y, x)
    lead = _lead_weekday(bare.article)
    return lead is not None and lead != named.day


def _apart(x: _Time, y: _Time) -> int:
    """Minutes between two times of one moment (zones converted when both give one)."""
    a, b = x.minutes, y.minutes
    if x.zone is not None and y.zone is not None:
        a, b = a - 60 * x.zone, b - 60 * y.zone
    d = abs(a - b) % 1440
    return min(d, 1440 - d)


def _tied(x: _Time, y: _Time) -> bool:
    """Whether two times, of two articles, time the same moment: one role, and the same
    words naming it (the same verb, or clauses in like words)."""
    if x.role != y.role:
        return False
    if x.event & y.event:
        return True
    # "listrik mulai pulih sejak pukul 19.40" / "listrik padam sejak pukul 14.20": a word after
    # a verb starts what that verb names, and two verbs name two moments
    return not (x.after or y.after) and len(x.stems & y.stems) >= MIN_SHARED_STEMS


def _agree(x: _Time, y: _Time) -> bool:
    d = _apart(x, y)
    return d == 0 or ((x.about or y.about) and d <= ABOUT_MINUTES)


def _found(articles: Sequence[Article], alignment: Alignment) -> dict[str, list[_Time]]:
    """Every article's times, read once for the conflicts and the agreements."""
    return {
        a.id: alignment.memo(("clock", a.id, a.text), partial(_times, a, alignment))
        for a in articles
    }


def find_clock_conflicts(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """One conflict per two times of one moment that differ between two articles."""
    from kroscek.compare.findings.claims import apart_pairs

    found = _found(articles, alignment)
    if sum(1 for ts in found.values() if ts) < 2:
        return []
    apart = apart_pairs(articles, alignment)
    labels = source_labels(articles)
    out: list[Finding] = []
    for a, b in combinations(articles, 2):
        if (a.id, b.id) in apart:
            continue
        for x in found[a.id]:
            partners = [y for y in found[b.id] if _tied(x, y) and not _other_days(x, y)]
            if not partners or any(_agree(x, y) for y in partners):
                continue
            # the partner in the most like words: the other text's time of this moment
            y = max(partners, key=lambda y: (len(x.stems & y.stems), -y.start))
            if any(_tied(y, z) and _agree(y, z) for z in found[a.id]):
                continue  # the other text's time is this text's too, for another moment
            lang = msg_lang(a)
            values = join_values(
                lang,
                [(labels[t.article.id], t.article.text[t.start : t.end]) for t in (x, y)],
            )
            evidence = tuple(span_evidence(t.article, "text", t.start, t.end) for t in (x, y))
            out.append(
                Finding(
                    "conflict",
                    "medium",
                    # "4:10 a.m." ends the values: one full stop ends the message
                    message(lang, "conflict.time", values=values.removesuffix(".")),
                    evidence,
                    slot="when:time",
                )
            )
    return out


def _one_moment(x: _Time, y: _Time, leads: set[tuple[str, int]]) -> bool:
    """Whether two equal times of two articles time one moment: tied as for a conflict, or
    with one role, or one of them with none ("Api mulai terlihat sekitar pukul 02.30" /
    "Api terlihat sekitar pukul 02.30"), in clauses sharing words or told in two languages
    ("erupted at 10:35 a.m." / "Erupsi terjadi pada pukul 10.35 WITA"), or each its text's
    first time: one story rarely gives one clock time to two moments."""
    if _tied(x, y):
        return True
    if x.role != y.role and "at" not in (x.role, y.role):
        return False
    if x.article.lang != y.article.lang:
        return True
    if len(x.stems & y.stems) >= MIN_SHARED_STEMS:
        return True
    # each its text's first time: the hour the story tells its event by, however worded
    # ("serangan terjadi sekitar pukul 06.15" / "baku tembak berlangsung sejak pukul 06.15")
    return (x.article.id, x.start) in leads and (y.article.id, y.start) in leads


def find_clock_agreements(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """One agreement per moment two or more articles time alike ("pukul 16.30 WIB" in both;
    "10:24 a.m." / "pukul 10.24"): the event's hour is a checked fact too, and an editor
    reads that the outlets agree on it. A time that another article contradicts (a
    ``find_clock_conflicts`` conflict) agrees with nothing."""
    from kroscek.compare.findings.claims import apart_pairs

    found = _found(articles, alignment)
    if sum(1 for ts in found.values() if ts) < 2:
        return []
    disputed = {
        (e.article, e.start) for f in find_clock_conflicts(articles, alignment) for e in f.evidence
    }
    apart = apart_pairs(articles, alignment)
    times = [t for a in articles for t in found[a.id] if (a.id, t.start) not in disputed]
    leads = {(a.id, found[a.id][0].start) for a in articles if found[a.id]}
    groups = Groups(len(times))
    for i, j in combinations(range(len(times)), 2):
        x, y = times[i], times[j]
        a, b = x.article.id, y.article.id
        if a == b or (a, b) in apart or (b, a) in apart:
            continue
        if _apart(x, y) == 0 and _one_moment(x, y, leads):
            groups.join(i, j)
    labels = source_labels(articles)
    out: list[Finding] = []
    for members in groups.members().values():
        firsts: dict[str, _Time] = {}
        for k in members:
            firsts.setdefault(times[k].article.id, times[k])
        if len(firsts) < 2:
            continue
        shown = [firsts[a.id] for a in articles if a.id in firsts]
        lang = msg_lang(shown[0].article)
        value = shown[0].article.text[shown[0].start : shown[0].end].removesuffix(".")
        if len(shown) == len(articles):
            text = message(lang, "agreement.time", text=value)
        else:
            names = join_names(lang, [labels[t.article.id] for t in shown])
            text = message(lang, "agreement.time.some", sources=names, text=value)
        evidence = tuple(span_evidence(t.article, "text", t.start, t.end) for t in shown)
        out.append(Finding("agreement", "info", text, evidence, slot="when:time"))
    return out
