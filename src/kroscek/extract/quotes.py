"""Direct quotes, their speaker and reporting verb.

A quote fact's ``value`` is the quoted words, ``label`` the speaker's entity id (or the
name as written when it is not an entity), ``attrs["speaker"]`` the speaker's display name
and ``attrs["verb"]`` the canonical reporting verb ("kata", "ujar", "tambah"; "say", "add").
The speaker is found after the quote (",” kata Qaani", ',” Qaani said', ',” said Qaani'),
before it ("Qaani mengatakan, “...”", 'Kata Qaani, "..."') or, for pronouns ("katanya",
"ujarnya", "Ia menambahkan", "he said"), carried over from the latest named person who
spoke (or was named) before. Short scare quotes ('"zionis"') are not quotes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz import fuzz

from kroscek.data import Fact, Field
from kroscek.extract.lexicon import lead_alternation, phrase_pattern
from kroscek.extract.normalize import fold, text_key
from kroscek.extract.resources import load, norm_lang
from kroscek.extract.sentences import len_max, sentence_of, sentence_spans
from kroscek.extract.spans import SpanIndex, fact_index

_MIN_WORDS = 4
# Words a speaker's name and role may take between a short quote and its verb.
_SPEAKER_WORDS = 6
_SINGLE_RE = re.compile(r"(?:(?<=\s)|^)‘([^‘\n]{1,3000}?[^\w\s]?)’(?![\w])")
_PAIRS = (("“", "”"), ("«", "»"), ("„", "“"))
# one pattern per pair of quote marks: the words between them
_PAIR_RES = tuple(
    (op, re.compile(re.escape(op) + r"([^" + re.escape(op + cl) + r"]{1,3000}?)" + re.escape(cl)))
    for op, cl in _PAIRS
)
_STRAIGHT_RE = re.compile(r'"([^"\n]{1,3000}?)"')


def same_quote(a: str, b: str) -> bool:
    """Whether two renderings are the same quote: case, punctuation, "apa pun"/"apapun",
    "Anda"/"anda" and curly/straight quotes are ignored; a long quote may differ by a typo."""
    ka, kb = text_key(a), text_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    return min(len(ka), len(kb)) >= 40 and fuzz.ratio(ka, kb) >= 96


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words inside each pair of double quotes, curly or straight, and
    of British-style single curly quotes."""
    spans: list[tuple[int, int]] = []
    for op, pattern in _PAIR_RES:
        if op not in text:
            continue  # each pattern opens with its mark
        for m in pattern.finditer(text):
            spans.append((m.start(1), m.end(1)))
    if '"' in text:
        for para in re.finditer(r"[^\n]+", text):
            for m in _STRAIGHT_RE.finditer(para.group()):
                s = para.start() + m.start(1)
                spans.append((s, s + len(m.group(1))))
    # British-style single quotes: ‘...’ opened after a space and closed before a
    # non-letter, so apostrophes inside words ("don’t") never open or close one
    # (the pattern opens with a lookbehind, tried at every position: most texts have no ‘)
    for m in _SINGLE_RE.finditer(text) if "‘" in text else ():
        if len(m.group(1).split()) >= _MIN_WORDS:
            spans.append((m.start(1), m.end(1)))
    spans.sort()
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return out


@lru_cache(maxsize=4)
def _verbs(lang: str) -> tuple[dict[str, str], re.Pattern[str], frozenset[str], frozenset[str]]:
    data = load(lang, "verbs")
    verbs = {fold(k): v for k, v in data.get("verbs", {}).items()}
    pronoun_forms = {fold(w) for w in data.get("pronoun_forms", [])}
    for w in pronoun_forms:
        base = w[:-3] if w.endswith("nya") else w
        verbs.setdefault(w, verbs.get(base, base))
    pattern = phrase_pattern(list(verbs))
    return (
        verbs,
        pattern,
        frozenset(pronoun_forms),
        frozenset(fold(p) for p in data.get("pronouns", [])),
    )


def extract_quotes(
    text: str,
    lang: str = "id",
    *,
    entities: Sequence[Fact] = (),
    field: Field = "text",
) -> list[Fact]:
    """Every direct quote in ``text`` with its speaker, using the text's entity facts."""
    if not text:
        return []
    lang = norm_lang(lang)
    verbs, verb_re, pronoun_forms, pronouns = _verbs(lang)
    sents = sentence_spans(text)
    people = fact_index(f for f in entities if f.kind == "entity")
    facts: list[Fact] = []
    last_speaker: tuple[str, str] | None = None  # (id, display)
    for qs, qe in quote_spans(text):
        if _quoted_name(text, qs, qe, lang):
            continue
        if _written_words(text, qs, lang):
            # a banner's words: kept (an outlet alone may report them) but said by no one
            written = text[qs:qe].strip()
            facts.append(
                Fact(
                    kind="quote",
                    label="",
                    value=written,
                    text=text[qs:qe],
                    start=qs,
                    end=qe,
                    field=field,
                    attrs={"speaker": "", "verb": "", "written": True},
                )
            )
            continue
        words = text[qs:qe].strip()
        sent = sentence_of(sents, qs)
        close_end = qe + 1
        after = text[close_end : min(len(text), sent[1] + 1, close_end + 160)]
        before_start = max(sent[0], facts[-1].end + 1 if facts and facts[-1].end < qs else sent[0])
        before = text[before_start : max(before_start, qs - 1)]
        verb: str | None = None
        speaker: Fact | str | None = None
        speaker_from_pronoun = False
        adjacent = False  # the reporting verb touches the quote (",” kata X" / "X berkata: “")
        sent_end = sent[1]
        # 1. after the quote: ,” kata Qaani / ,” katanya / ,” Qaani said / ,” he said
        m = re.match(r"\s*[,.!?]?\s*", after)
        at = close_end + (m.end() if m else 0)
        vm = verb_re.match(text, at)
        if vm:
            # '"Tidak," katanya' is speech; '"Bjorka99" mengklaim ...' is an alias as subject
            adjacent = bool(re.search(r"[,.!?…]\s*$", text[qs:qe]) or re.match(r"\s*[,.!?]", after))
            verb = verbs.get(fold(vm.group()))
            if fold(vm.group()) in pronoun_forms or _pronoun_at(text, vm.end(), pronouns):
                speaker_from_pronoun = True
            else:
                speaker = _speaker_in(people, text, vm.end(), min(sent_end, vm.end() + 120))
                if speaker is None and _described_again(text, vm.end(), sent_end, lang):
                    # ',” ujar perwira kelahiran Tabanan itu': "that officer" is the person
                    # named last before the quote (not the last quote's speaker); ',” kata
                    # perusahaan itu': "that company" is the body named last before it
                    body = _body_word_at(text, vm.end())
                    speaker = next(
                        (
                            p
                            for p in people.ending_before(qs)
                            if p.label == ("ORG" if body else "PER")
                            and qs - p.end <= (_BODY_REACH if body else _DESCRIBED_REACH)
                        ),
                        None,
                    )
        else:
            vm2 = _first_verb(verb_re, text, at, min(sent_end, at + 100))
            if vm2 is not None:
                verb = verbs.get(fold(vm2.group()))
                # '"Never," he said' / '"Cukup," ujar Budi Santoso': the quote closes its
                # clause and a few words name the speaker before the verb
                adjacent = (
                    bool(re.search(r"[,.!?…]\s*$", text[qs:qe]) or re.match(r"\s*[,.!?]", after))
                    and len(text[at : vm2.start()].split()) <= _SPEAKER_WORDS
                )
                if _pronoun_at(text, at, pronouns) and not text[at : vm2.start()].strip(" ").count(
                    " "
                ):
                    speaker_from_pronoun = True
                else:
                    speaker = _speaker_in(people, text, at, vm2.start(), last=True)
                    if speaker is None and lang == "en":
                        # ',” the group said in its statement': the body named before
                        speaker = _body_meant(people, text, at, vm2.start(), qs)
        # 2. before the quote: Qaani mengatakan, “...” / Kata Qaani, “...” / Ia menambahkan, “...”
        if verb is None and before.strip():
            found = None
            for vmb in verb_re.finditer(before):
                found = vmb
            if found is not None and re.fullmatch(r"[^.!?]*", before[found.end() :]):
                adjacent = not before[found.end() :].strip(" ,:")
                verb = verbs.get(fold(found.group()))
                vs, ve = before_start + found.start(), before_start + found.end()
                if fold(found.group()) in pronoun_forms or _pronoun_before(
                    text, vs, pronouns, before_start
                ):
                    speaker_from_pronoun = True
                else:
                    speaker = _speaker_in(people, text, before_start, vs, last=True) or (
                        _speaker_in(people, text, ve, qs)
                    )
        if verb is not None and not adjacent and _fragment_of_indirect_speech(text, qs, qe, lang):
            # 'told supporters that the ruling "restored faith in the courts".': a phrase
            # quoted inside reported speech; the verb attributes the whole clause
            continue
        if len(words.split()) < _MIN_WORDS and (verb is None or not adjacent):
            # a scare quote or a term, not speech: "condemned what he called a 'massacre'
            # and urged ...", whose verb reports the rest of the sentence
            continue
        value = words.rstrip(",.;: ").strip()
        if not value:
            continue
        label, display = "", ""
        if isinstance(speaker, str):
            label = display = speaker
        elif speaker is not None:
            label = str(speaker.value)
            display = str(speaker.attrs.get("canonical") or speaker.text)
            if speaker.label == "PER":
                last_speaker = (label, display)
        elif speaker_from_pronoun:
            floor = facts[-1].end if facts else 0
            unnamed = _unnamed_subject(people, text, sents, floor, qs, lang)
            subject = (
                _reporting_subject(people, text, sents, verb_re, floor, qs, lang)
                if unnamed is None
                else None
            )
            if unnamed is not None:
                # "Menteri Koordinator Bidang Perekonomian menyambut baik angka tersebut.
                # '...,' katanya": the official the sentences after the last named person
                # bring in speaks, not that person
                last_speaker = unnamed
            elif subject is not None:
                # "X menyebut ... bersama Y. '...,' ujarnya": X reports, Y is only named
                last_speaker = (
                    str(subject.value),
                    str(subject.attrs.get("canonical") or subject.text),
                )
            elif last_speaker is None:
                prev = [next((p for p in people.ending_before(qs) if p.label == "PER"), None)]
                if prev[-1] is not None:
                    last_speaker = (
                        str(prev[-1].value),
                        str(prev[-1].attrs.get("canonical") or prev[-1].text),
                    )
            if last_speaker is not None:
                label, display = last_speaker
        if facts and value[:1].islower() and _split_by_tag(text, facts[-1], qs, sent):
            # '"Jaringan ini kami pantau," kata X, "dan mereka ..."': one sentence of speech
            # that its speaker tag splits in two is one quote
            first = facts[-1]
            facts[-1] = Fact(
                kind="quote",
                label=first.label,
                value=f"{first.value} {value}",
                text=text[first.start : qe],
                start=first.start,
                end=qe,
                field=field,
                attrs=first.attrs,
            )
            continue
        continued = False
        if not display and verb is None and facts and _continues(text, sents, facts[-1], qs):
            # '"We are ready," said X. "Nobody will be left behind."': a quote that opens the
            # sentence right after a quoted speaker's and names no one goes on with that voice.
            # It carries the name (``continued``) but no id: findings compare the speaker of
            # the quote that names them, once.
            display, continued = str(facts[-1].attrs.get("speaker") or ""), True
        attrs: dict[str, object] = {"speaker": display, "verb": verb or ""}
        if continued:
            attrs["continued"] = True
        facts.append(
            Fact(
                kind="quote",
                label=label,
                value=value,
                text=text[qs:qe],
                start=qs,
                end=qe,
                field=field,
                attrs=attrs,
            )
        )
    return facts


# A description after a reporting verb that points back with a demonstrative ("perwira
# kelahiran Tabanan itu", "pria tersebut"): lowercase words ending in one, at most this long.
_DESCRIBED_AGAIN_RE = re.compile(r"\s+[a-z][\w-]*(?:\s+[\w-]+){0,5}?\s+(?:itu|tersebut)\s*[.,]")


# How far before a quote the person a description points back to may be named.
_DESCRIBED_REACH = 300


def _described_again(text: str, pos: int, sent_end: int, lang: str) -> bool:
    """Whether the words after a reporting verb describe someone already named ("ujar
    perwira kelahiran Tabanan itu"): Indonesian only, where "itu" / "tersebut" point back."""
    if lang != "id":
        return False
    return _DESCRIBED_AGAIN_RE.match(text, pos, min(len(text), sent_end + 1)) is not None


# The speaker tag between the two halves of a split quote: the first half's closing mark
# after a comma, a short tag with no sentence end, a comma and the second half's opening mark.
_SPLIT_TAG_RE = re.compile(r"[,]?\s*[”\"]\s*[^.!?“”\"\n]{3,100},\s*[“\"]$")


def _split_by_tag(text: str, prev: Fact, qs: int, sent: tuple[int, int]) -> bool:
    """Whether the quote at ``qs`` goes on with ``prev`` past its speaker tag, in the same
    sentence ('"A," kata X, "b ..."', '"A," he said, "b ..."')."""
    if prev.start < sent[0] or qs - prev.end > 110:
        return False
    return _SPLIT_TAG_RE.fullmatch(text, prev.end, qs) is not None


def _continues(text: str, sents: tuple[tuple[int, int], ...], prev: Fact, qs: int) -> bool:
    """Whether a quote starting at ``qs`` opens the sentence right after the one holding the
    quote ``prev`` (same or next paragraph), and ``prev`` has a named speaker (its own, or
    one it continues)."""
    if not prev.attrs.get("speaker") or not (prev.label or prev.attrs.get("continued")):
        return False
    _, prev_end = sentence_of(sents, prev.start)
    if prev_end > qs:
        return False
    gap = text[prev_end : max(prev_end, qs - 1)]
    return not gap.strip() and gap.count("\n") <= _CONTINUATION_BREAKS


# Line breaks a continued quote may stand after (one paragraph break: "\n\n").
_CONTINUATION_BREAKS = 2


_THAT_BEFORE_RE = {
    "en": re.compile(r"\bthat\s+[^,.;:!?“”\"]{1,60}$", re.IGNORECASE),
    "id": re.compile(r"\bbahwa\s+[^,.;:!?“”\"]{1,60}$", re.IGNORECASE),
}
_CLOSED_INSIDE_RE = re.compile(r"[,.!?…]\s*$")


@lru_cache(maxsize=8)
def _before_quote_re(lang: str, key: str) -> re.Pattern[str] | None:
    """Words of verbs.json ``key`` right before a quote: "naming" words that put a name in
    quotes after them, "written" words that put a banner's text there."""
    words = load(lang, "verbs").get(key, [])
    if not words:
        return None
    return re.compile(rf"{lead_alternation(words)}\s*[,:]?\s*$", re.IGNORECASE)


_NAME_WORDS_MAX = 4


def _quoted_name(text: str, qs: int, qe: int, lang: str) -> bool:
    """Whether a quote is a name given in quotes ('known by his nickname "Oud"', 'dijuluki
    "Si Kancil"'): a few words that close with no punctuation of their own, right after a
    naming word. A nickname is no speech, and its "said" after is the person's."""
    pattern = _before_quote_re(lang, "naming")
    inner = text[qs:qe]
    if pattern is None or len(inner.split()) > _NAME_WORDS_MAX or _CLOSED_INSIDE_RE.search(inner):
        return False
    return bool(pattern.search(text, max(0, qs - 40), max(0, qs - 1)))


def _written_words(text: str, qs: int, lang: str) -> bool:
    """Whether a quote is the text of a banner, a placard or a sign ('spanduk bertuliskan
    "Tarif Naik, Rakyat Menjerit"', 'placards reading "No More Evictions"'): written words
    no one is reported saying, whoever the sentence goes on to name (attrs ``written``)."""
    pattern = _before_quote_re(lang, "written")
    return pattern is not None and bool(pattern.search(text, max(0, qs - 40), max(0, qs - 1)))


def _fragment_of_indirect_speech(text: str, qs: int, qe: int, lang: str) -> bool:
    """Whether a quote is a phrase inside reported speech: it opens after "that" / "bahwa"
    and some words of the clause, and closes with no punctuation of its own."""
    pattern = _THAT_BEFORE_RE.get(lang)
    if pattern is None or _CLOSED_INSIDE_RE.search(text, qs, qe):
        return False
    return bool(pattern.search(text, max(0, qs - 80), max(0, qs - 1)))


def _reporting_subject(
    people: SpanIndex[Fact],
    text: str,
    sents: tuple[tuple[int, int], ...],
    verb_re: re.Pattern[str],
    floor: int,
    qs: int,
    lang: str = "id",
) -> Fact | None:
    """The person a pronoun quote ("...," ujarnya) goes back to when the sentence before it
    names several: the one a reporting verb follows ("Dirjen X menyebut nota itu diteken
    bersama Menteri Y" -> X), in the nearest sentence after ``floor`` (the previous quote)
    that names a person; else the only person of the sentence right before the quote. None
    when neither is found."""
    nearest = next((p for p in people.ending_before(qs) if p.label == "PER"), None)
    if nearest is None or nearest.start < floor:
        return None
    s0, s1 = sentence_of(sents, nearest.start)
    persons = [p for p in people.inside(max(s0, floor), qs) if p.label == "PER"]
    for p in persons:
        end = _past_apposition(text, p.end)
        m = re.match(r"[ ,]*", text[end:])
        if verb_re.match(text, end + (m.end() if m else 0)):
            return p
    if s0 >= floor and not text[s1:qs].strip(" \t\n\"“”'‘"):
        # "Pelapor PBB, Tom Hendry, mengecam serangan itu. '...,' ujarnya": the subject of
        # the sentence right before the quote, the person a predicate follows, speaks, not
        # the previous quote's speaker, even when a role was read as a second person
        # ("Dirjen Perhubungan Laut Antoni Priadi memastikan ...") or the verb reports
        # nothing; a person after a preposition ("rumah Slamet di Desa ...") is no subject
        for p in persons:
            if _predicate_follows(text, _past_apposition(text, p.end), lang):
                return p
    return None


# English nouns a body is called by again after its name ("the group", "the ministry")
_BODY_NOUNS = frozenset(
    {"group", "company", "firm", "ministry", "agency", "organisation", "organization"}
    | {"alliance", "cartel", "bank", "fund", "lender", "department", "council", "commission"}
    | {"regulator", "union", "federation", "association", "bloc", "coalition", "operator"}
)
_THE_BODY_RE = re.compile(r"\s*[Tt]he\s+([a-z]+)\s*$")
# Indonesian nouns a body is called by again ("perusahaan itu", "lembaga tersebut")
_BODY_NOUNS_ID = frozenset(
    {"perusahaan", "lembaga", "kementerian", "badan", "organisasi", "kelompok", "partai"}
    | {"maskapai", "operator", "otoritas", "komisi", "dinas", "instansi", "pihak"}
)
_FIRST_WORD_RE = re.compile(r"\s+([a-z]+)")


def _body_word_at(text: str, pos: int) -> bool:
    """Whether the description after a reporting verb opens with a noun for a body ("kata
    perusahaan itu"), not for a person ("ujar perwira kelahiran Tabanan itu")."""
    m = _FIRST_WORD_RE.match(text, pos)
    return m is not None and m.group(1) in _BODY_NOUNS_ID


# How far before a quote the body "the group" points back to may be named.
_BODY_REACH = 1200


def _body_meant(people: SpanIndex[Fact], text: str, lo: int, hi: int, qs: int) -> Fact | None:
    """The body a speaker tag of an English quote calls by a common noun (',” the group said',
    ',” the ministry said'): the nearest organisation named before the quote. None for any
    other tag or when no body is named within ``_BODY_REACH``."""
    m = _THE_BODY_RE.match(text, lo, hi)
    if m is None or m.group(1) not in _BODY_NOUNS:
        return None
    return next(
        (p for p in people.ending_before(qs) if p.label == "ORG" and qs - p.end <= _BODY_REACH),
        None,
    )


# How far before a pronoun quote a sentence bringing in an unnamed official may start.
_UNNAMED_REACH = 600
# What may open a sentence before the role that is its subject: quote marks, and in English
# an article ("The finance minister", "A police spokesman")
_ROLE_LEAD_RE = re.compile(r"[\s\"“”'‘’]*((?:The|A|An)\s+)?")
_LOWER_WORD_RE = re.compile(r"[a-z][\w-]*\s+")
# the capitalised rest of a role's name ("Menteri Koordinator" + "Bidang Perekonomian")
_ROLE_REST_RE = re.compile(r"(?:\s+(?:(?:dan|and|of|for)\s+)?[A-Z][\w.&-]*)*")


def _unnamed_subject(
    people: SpanIndex[Fact],
    text: str,
    sents: tuple[tuple[int, int], ...],
    floor: int,
    qs: int,
    lang: str,
) -> tuple[str, str] | None:
    """(id, display) of who a pronoun quote ("...," katanya) goes back to when a sentence
    after the last named person (and after the previous quote, ``floor``) opens with an
    unnamed official as its subject ("Menteri Koordinator Bidang Perekonomian menyambut
    baik angka tersebut."): that official as written, or the person the article named
    with that very role before ("Kapolda Jabar Irjen X ... Kapolda menambahkan"). None when
    no such sentence stands between them."""
    nearest = next((p for p in people.ending_before(qs) if p.label == "PER"), None)
    lo = max(floor, qs - _UNNAMED_REACH)
    if nearest is not None:
        lo = max(lo, sentence_of(sents, nearest.start)[1])
    # the sentences that start before the quote, nearest first (found by bisection: a long
    # text with many pronoun quotes is not walked from its end for each)
    for i in range(bisect_right(sents, (qs, len_max)) - 1, -1, -1):
        s0, s1 = sents[i]
        if s1 > qs:
            continue
        if s0 < lo:
            break
        role = _role_opening(text, s0, s1, lang)
        if role is None:
            continue
        written = text[role[0] : role[1]]
        key = fold(written)
        for p in people.ending_before(s0):
            if p.end < s0 - _ROLE_REACH:
                break
            if p.label == "PER" and key in fold(text[max(0, p.start - 80) : p.start]):
                return str(p.value), str(p.attrs.get("canonical") or p.text)
        return written, written
    return None


@lru_cache(maxsize=4)
def _roles_by_first_word(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The roles of lang/*/titles.json that may stand for an unnamed official, folded and
    split in words, by their first word, longest first (titles that only go before a name,
    "Dr." or "Tan Sri", left out): a dictionary look-up per sentence, no pattern of
    hundreds of roles to compile."""
    data = load(lang, "titles")
    honorifics = {fold(h) for h in data.get("honorifics", [])}
    out: dict[str, list[tuple[str, ...]]] = {}
    for r in data.get("roles", []):
        key = fold(r)
        if r.endswith(".") or key in honorifics or key in _NAME_TITLES or not key.split():
            continue
        words = tuple(key.split())
        out.setdefault(words[0], []).append(words)
    return {w: tuple(sorted(set(v), key=len, reverse=True)) for w, v in out.items()}


_WORD_AT_RE = re.compile(r"[^\W\d_][\w'’-]*")


def _role_at(text: str, at: int, s1: int, lang: str) -> int | None:
    """The end of the longest role written at ``at`` ("Menteri Koordinator", "juru bicara"),
    else None."""
    first = _WORD_AT_RE.match(text, at, s1)
    if first is None:
        return None
    roles = _roles_by_first_word(lang).get(fold(first.group()))
    if not roles:
        return None
    for words in roles:
        end = first.end()
        for w in words[1:]:
            nxt = _NEXT_WORD_AT_RE.match(text, end, s1)
            if nxt is None or fold(nxt.group(1)) != w:
                break
            end = nxt.end()
        else:
            return end
    return None


_NEXT_WORD_AT_RE = re.compile(r"\s+([^\W\d_][\w'’-]*)")


# titles that stand before a name and are no office of their own
_NAME_TITLES = frozenset(
    {"bapak", "ibu", "pak", "bu", "tuan", "nyonya", "saudara", "mr", "mrs", "ms", "miss"}
    | {"dr", "prof", "sir", "lord", "lady", "father", "brother", "sister", "kh", "h", "hj"}
)


def _role_opening(text: str, s0: int, s1: int, lang: str) -> tuple[int, int] | None:
    """The span of an unnamed official opening the sentence text[s0:s1] as its subject: a
    role, the capitalised rest of its name, then a predicate ("Menteri Koordinator Bidang
    Perekonomian menyambut ...", "The finance minister welcomed ..."), maybe past a phrase
    of where they work ("An economist at the central bank warned ..."); or one unnamed
    person ("Seorang warga menuturkan ...", "A neighbour described ..."). None otherwise."""
    lead = _ROLE_LEAD_RE.match(text, s0, s1)
    start = lead.end() if lead else s0
    if lead is not None and lead.group(1) and lang != "en":
        return None
    article = (lead.group(1) or "").strip() if lead is not None else ""
    person = _unnamed_person(text, start, s1, lang, article)
    if person is not None:
        return person
    at = start
    # in English up to two words may qualify the role ("The finance minister")
    for _ in range(3 if lang == "en" and lead is not None and lead.group(1) else 1):
        role_end = _role_at(text, at, s1, lang)
        if role_end is not None:
            rest = _ROLE_REST_RE.match(text, role_end, s1)
            stop = rest.end() if rest else role_end
            return _predicate_or_qualifier(text, start, stop, s1, lang)
        word = _LOWER_WORD_RE.match(text, at, s1)
        if word is None:
            return None
        at = word.end()
    return None


@lru_cache(maxsize=4)
def _unnamed_words(lang: str) -> tuple[frozenset[str], re.Pattern[str] | None]:
    """``unnamed_speakers`` (English nouns for one unnamed person) and ``unnamed_openers``
    (Indonesian words opening one, "seorang") of lang/*/verbs.json, the openers as one
    pattern."""
    data = load(lang, "verbs")
    openers = data.get("unnamed_openers", [])
    pattern = re.compile(rf"(?:{lead_alternation(openers)})\s+", re.IGNORECASE) if openers else None
    return frozenset(fold(w) for w in data.get("unnamed_speakers", [])), pattern


_ONE_RE = re.compile(r"One\s+")


def _unnamed_person(
    text: str, start: int, s1: int, lang: str, article: str
) -> tuple[int, int] | None:
    """The span of one unnamed person opening a sentence as its subject, then a predicate:
    "Seorang warga menuturkan" (a noun after "seorang"), "A neighbour described" / "One
    witness said" (an indefinite article, maybe a word qualifying it, a noun of
    ``unnamed_speakers``). A plural or definite subject ("Warga dievakuasi", "The
    residents") is nobody's voice. ``article``: the article opening the sentence, or ""."""
    nouns, openers = _unnamed_words(lang)
    if lang == "en":
        if not nouns:
            return None
        if article not in ("A", "An"):
            one = _ONE_RE.match(text, start, s1)
            if one is None or article:
                return None
            start = one.end()
        at = start
        for _ in range(2):  # "A local trader", "An elderly resident"
            word = _LOWER_WORD_RE.match(text, at, s1)
            if word is None:
                return None
            if fold(word.group().strip()) in nouns:
                return _predicate_or_qualifier(
                    text, start, at + len(word.group().rstrip()), s1, lang
                )
            at = word.end()
        return None
    if openers is None or article:
        return None
    opener = openers.match(text, start, s1)
    if opener is None:
        return None
    noun = _LOWER_WORD_RE.match(text, opener.end(), s1)
    if noun is None:
        return None
    end = opener.end() + len(noun.group().rstrip())
    rest = _ROLE_REST_RE.match(text, end, s1)
    return _predicate_or_qualifier(text, opener.end(), rest.end() if rest else end, s1, lang)


def _predicate_or_qualifier(
    text: str, start: int, stop: int, s1: int, lang: str
) -> tuple[int, int] | None:
    """(start, end) of a subject ending at ``stop`` when a predicate follows it, maybe past
    a phrase of where they are from (:func:`_qualifier_end`), else None."""
    if _predicate_follows(text, stop, lang):
        return start, stop
    qualified = _qualifier_end(text, stop, s1, lang)
    return (start, qualified) if qualified is not None else None


# a phrase of where an unnamed person works or lives, after their role ("at the central
# bank", "di Pasar Minggu"), before their verb
_QUALIFIER_RE = re.compile(r"\s+(?:at|of|from|in|with|di|dari|asal)\s+")
_QUALIFIER_WORDS = 6


def _verb_like(word: str, verbs: dict[str, str], lang: str) -> bool:
    """Whether a lowercase word after a phrase of place reads as its subject's verb: a
    reporting verb, or the shape of a past or active verb ("warned", "mengeluhkan")."""
    if lang == "en":
        return word in verbs or word.endswith("ed")
    return word in verbs or word.startswith(("me", "ber"))


def _qualifier_end(text: str, pos: int, s1: int, lang: str) -> int | None:
    """Where a phrase of place or employer after a role ends ("An economist at the central
    bank | warned"): before the first word that reads as a verb within a few words, with no
    comma between. None when no such verb closes it."""
    m = _QUALIFIER_RE.match(text, pos, s1)
    if m is None:
        return None
    verbs = _verbs(lang)[0]
    at = m.end()
    for _ in range(_QUALIFIER_WORDS):
        word = _WORD_AT_RE.match(text, at, s1)
        if word is None:
            return None
        if word.group()[:1].islower() and _verb_like(fold(word.group()), verbs, lang):
            return len(text[:at].rstrip())
        nxt = _NEXT_WORD_AT_RE.match(text, word.end(), s1)
        if nxt is None:
            return None
        at = nxt.start(1)
    return None


# ", a trader in Mathare," / ", warga Desa Sukamaju,": a lowercase apposition after a name
_APPOSITION_RE = re.compile(r",[ \t]+[^\W\d_A-Z][^,.;:!?“”\"\n]{0,60},")


def _past_apposition(text: str, pos: int) -> int:
    """The end of a lowercase apposition right after a name ("Victoria Wanjiku, a trader
    in Mathare, said ..."), so that the verb after it is read as the name's; else ``pos``."""
    m = _APPOSITION_RE.match(text, pos)
    return m.end() if m else pos


_PREDICATE_AFTER_NAME_RE = re.compile(
    r"[ ,]*(?:\(\d+\)[ ,]*)?(?:(?:dari|from|of)(?: the)?(?: [A-Z][\w.&-]*){1,4}[ ,]+)?"
    r"([^\W\d_][\w-]*)"
)


def _predicate_follows(text: str, pos: int, lang: str) -> bool:
    """Whether the word after a name (past a comma) is a lowercase content word: the verb
    of a sentence the name is the subject of ("Antoni memastikan", "Ruiz urged"), not a
    preposition ("di rumahnya", "in the city") or another name. The body a name comes from
    is passed over ("Faisal dari Dinas Sosial meminta", "Ruiz of the Red Cross urged")."""
    m = _PREDICATE_AFTER_NAME_RE.match(text, pos)
    if m is None:
        return False
    word = m.group(1)
    return word[:1].islower() and fold(word) not in _stopwords(lang)


@lru_cache(maxsize=4)
def _stopwords(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in load(lang, "stopwords").get("words", []))


def _first_verb(verb_re: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The first reporting verb in text[lo:hi] that is not inside another quote."""
    m = verb_re.search(text, lo, hi)
    if m is None or re.search(r"[“”\"]", text[lo : m.start()]):
        return None
    return m


def _speaker_in(
    people: SpanIndex[Fact], text: str, lo: int, hi: int, *, last: bool = False
) -> Fact | str | None:
    """Who speaks in text[lo:hi]: a person named there (the last one before a verb, the
    first after it), else an organisation close to the verb, else a capitalised name that
    the recogniser missed ("al-Jaburi"), returned as written."""
    inside = people.inside(lo, hi)
    persons = [f for f in inside if f.label == "PER"]
    offices = [p for p in persons if _office_word(text, p)]
    if offices:
        # "kata Menteri Kelautan dan Perikanan X": "Kelautan" is a word of the office
        persons = [p for p in persons if p not in offices]
        if not persons:
            return _holder_after_office(text, offices[0].end, hi)
    if persons:
        if not last and len(persons) >= 2 and _apposed(text, lo, persons[0], persons[1]):
            return persons[1]
        return persons[-1] if last else persons[0]
    if re.search(r"[“”\"]", text[lo:hi]):
        return None
    name = re.search(
        r"(?:(?<=\s)|^)((?:al-|el-|bin\s|van\s|de\s)?[A-Z][\w'’-]+(?:\s+(?:al-|bin\s)?[A-Z][\w'’-]+)*)",
        text[lo:hi],
    )
    orgs = [f for f in inside if f.label == "ORG"]
    if name is None and re.search(r"(?:^|\s)(al-|el-)[A-Z]", text[lo:hi]):
        name = re.search(r"((?:al|el)-[A-Z][\w'’-]+)", text[lo:hi])
    if name is not None and not any(f.start <= lo + name.start(1) < f.end for f in inside):
        written = name.group(1)
        if fold(written.split()[0]) in _role_words():
            held = _role_holder(people, text, lo, hi, written)
            if held is not None:
                return held  # "ujar Kapolda", "kata Ketua SPN Morowali, Paiman"
        key = fold(written).split()[-1]
        return _surnames(people).get(key) or _given_names(people).get(key, written)
    if orgs:
        near = orgs[-1] if last else orgs[0]
        if (hi - near.end if last else near.start - lo) <= 40:
            return near
    return None


# An office's name joined by "dan" ("Kelautan dan Perikanan", "Komunikasi dan Digital") and
# the capitalised words after it, the holder's name closing them.
_JOINED_OFFICE_RE = re.compile(r"\s+(?:dan|and|&)\s+((?:[A-Z][\w'’-]+\s+)*[A-Z][\w'’-]+)")
# Words before a one-word "person" read for the role it would be part of.
_OFFICE_REACH = 30


def _office_word(text: str, person: Fact) -> bool:
    """Whether a one-word "person" the recogniser read right after a role word is a word of
    the office's name, joined by "dan" to the rest of it ("Menteri Kelautan dan Perikanan
    Sakti Wahyu Trenggono", "Menteri Komunikasi dan Digital Meutya Hafid")."""
    if " " in person.text.strip():
        return False
    before = text[max(0, person.start - _OFFICE_REACH) : person.start].split()
    if not before or fold(before[-1]) not in _role_words():
        return False
    return _JOINED_OFFICE_RE.match(text, person.end) is not None


# Words the capitalised run after an office joined by "dan" must hold for its last two to be
# read as the holder's name ("Digital Meutya Hafid"): the office's last word and a name.
_OFFICE_RUN_WORDS = 3


def _holder_after_office(text: str, pos: int, hi: int) -> str | None:
    """The name closing the capitalised run after an office joined by "dan" (its last two
    words: "Meutya Hafid" of "dan Digital Meutya Hafid"), when the recogniser read no one
    there; None when the run is too short to hold a name after the office's word."""
    m = _JOINED_OFFICE_RE.match(text, pos)
    if m is None or m.end(1) > hi:
        return None
    run = m.group(1).split()
    return " ".join(run[-2:]) if len(run) >= _OFFICE_RUN_WORDS else None


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """The one-word roles of lang/*/titles.json ("Kapolda", "Ketua", "spokesman")."""
    return frozenset(
        fold(r)
        for lang in ("id", "en")
        for r in load(lang, "titles").get("roles", [])
        if " " not in r
    )


# The name after the last comma of a speaker tag that opens with a role ("ujar Ketua SPN
# Morowali, Paiman."): up to four capitalised words closing the tag.
_NAME_AFTER_ROLE_RE = re.compile(r",\s*((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)\s*[.,;]?\s*$")
# How far before a role word's speaker tag the holder of that role may be named.
_ROLE_REACH = 1500


def _role_holder(
    people: SpanIndex[Fact], text: str, lo: int, hi: int, written: str
) -> Fact | str | None:
    """Who a speaker tag that opens with a role names: the name after its last comma ("Ketua
    SPN Morowali, Paiman"), else, for a lone role ("ujar Kapolda"), the person the article
    named with that role before ("Kapolda Sumatera Barat Irjen Pol X mengatakan ...")."""
    tail = _NAME_AFTER_ROLE_RE.search(text, lo, hi)
    if tail is not None:
        return _surnames(people).get(fold(tail.group(1)).split()[-1], tail.group(1))
    if " " in written.strip():
        return None
    role = fold(written)
    for p in people.ending_before(lo):
        if p.end < lo - _ROLE_REACH:
            break
        if p.label == "PER" and role in fold(text[max(0, p.start - 60) : p.start]).split():
            return p
    return None


# A role's body, then a comma, then up to three rank words before the person's name
# ("kata juru bicara Bakamla, Kolonel Bakamla Yudi Pranata", "kata Kepala Bidang Humas Polda
# Sumut, Kombes Pol Hadi Wibowo").
_APPOSED_RE = re.compile(r"[^.,;:“”\"]{0,40},\s*(?:[A-Z][\w.]*\s+){0,3}$")


def _apposed(text: str, lo: int, first: Fact, second: Fact) -> bool:
    """Whether the first "person" after a reporting verb is the body of a role ("juru
    bicara Bakamla", "Kepala Bidang Humas Polda") that the named person after the comma
    holds: a word stands between the verb and it, and only a comma and ranks after it."""
    if not text[lo : first.start].strip():
        return False  # "kata Hendra, Kepala Zona ...": the person named first speaks
    return bool(_APPOSED_RE.match(text, first.end, second.start))


def _surnames(people: SpanIndex[Fact]) -> dict[str, Fact]:
    """The first person named with each surname (cached on the index)."""
    cached: dict[str, Fact] | None = people.memo.get("surnames")
    if cached is None:
        cached = {}
        for f in people:
            if f.label == "PER":
                cached.setdefault(fold(f.text).split()[-1], f)
        people.memo["surnames"] = cached
    return cached


def _given_names(people: SpanIndex[Fact]) -> dict[str, Fact]:
    """Persons named in full by a given name no other person of the text shares, so that a
    speaker written with the given name alone ("kata Yusuf" after "Yusuf Maulana") is that
    person even where the recogniser left the bare word out (cached on the index)."""
    cached: dict[str, Fact] | None = people.memo.get("given_names")
    if cached is None:
        by_first: dict[str, set[str]] = {}
        first: dict[str, Fact] = {}
        for f in people:
            words = fold(f.text).split()
            if f.label == "PER" and len(words) >= 2:
                by_first.setdefault(words[0], set()).add(str(f.value))
                first.setdefault(words[0], f)
        cached = {w: first[w] for w, ids in by_first.items() if len(ids) == 1}
        people.memo["given_names"] = cached
    return cached


def _pronoun_at(text: str, pos: int, pronouns: frozenset[str]) -> int | None:
    m = re.match(r"\s*([\w]+)", text[pos:])
    if m and fold(m.group(1)) in pronouns:
        return pos + m.end()
    return None


def _pronoun_before(text: str, pos: int, pronouns: frozenset[str], floor: int) -> bool:
    m = re.search(r"([\w]+)\s+(?:\w+\s+)?$", text[max(floor, pos - 30) : pos])
    return m is not None and fold(m.group(1)) in pronouns
