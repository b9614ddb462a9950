"""Attributions: who a claim is put in the mouth of, and whether the writer keeps distance.

"..., menurut para pejabat Israel" and "according to officials" attribute a claim
(``label="attributed"``); "Israel mengklaim ..." and "X claimed" distance the writer from
it (``label="claimed"``). ``value`` is the source as named, without determiners ("pejabat
Israel"); ``attrs["cue"]`` the cue word, ``attrs["scope"]`` the [start, end] of the clause
the cue covers, ``attrs["entity"]`` the id of an entity named in the source, and
``attrs["pronoun"]`` the pronoun after the cue that stood for it ("Menurut dia"). Cues come
from lang/*/attribution.json. Reporting verbs inside a quoted sentence belong to the quote,
not to an attribution.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from kroscek.data import Fact, Field
from kroscek.extract.lexicon import finditer_fast, lexicon, lowered, phrase_pattern
from kroscek.extract.name_affixes import degrees
from kroscek.extract.normalize import fold
from kroscek.extract.resources import load, norm_lang
from kroscek.extract.sentences import Mask, sentence_spans
from kroscek.extract.spans import SpanIndex, fact_index

_MAX_SOURCE_WORDS = 8
_RELATIVES = frozenset({"yang", "bahwa", "that", "which", "who"})
_CLOSED_QUOTE_RE = re.compile(r"[,.!?]\s*[\"”’']\s*$")
_LAST_WORD_RE = re.compile(r"[^\W\d_]+(?=\s*$)")
_NEXT_WORD_RE = re.compile(r"[ \t]+([^\W\d_]+)")
_SPACES_RE = re.compile(r"\s+")
_SPACES_COMMAS_RE = re.compile(r"[\s,]*")
_PASSIVE = frozenset(
    {"dilaporkan", "dilaporkan oleh", "seperti dilaporkan", "dilansir", "reported by", "cited by"}
)
# Passive cues that attribute only when a source follows ("sebagaimana diumumkan BPS"); with
# none they tell an act, not a hedge ("Hasil seleksi diumumkan pekan depan").
_NAMED_ONLY = frozenset(
    {
        "diumumkan",
        "sebagaimana diumumkan",
        "disampaikan",
        "diungkapkan",
        "dirilis",
        "announced by",
        "released by",
    }
)
# Words after a passive cue that open where or to whom it was told, not by whom ("disampaikan
# kepada warga", "diumumkan melalui situs resmi").
_ADDRESSED_RE = re.compile(
    r"\s+(?:kepada|pada|melalui|lewat|dalam|di|ke|untuk|to|through|via|in|on)\b", re.IGNORECASE
)
# a particle of an Arabic name before a capitalised word that is also a cue ("bin Said")
_NAME_PARTICLE_BEFORE_RE = re.compile(r"\b(?:bin|binti|bint|ibn|abu)\s+$", re.IGNORECASE)
_INVERTING = frozenset({"said", "says", "told", "added", "kata", "ujar"})
# Verbs of finding: a cue for what was found out ("menemukan bahwa ...", "found 40 samples
# tainted"), not when a person follows ("Tim SAR menemukan Rudi Hartono"): someone found.
_FINDING_VERBS = frozenset({"menemukan", "mendeteksi", "found", "detected"})
# Words after a finding verb that make it a participle of a thing found ("the biggest
# fragment found so far weighs 140 kg", "debris detected near the coast"), not a report.
_PARTICIPLE_FOLLOWERS = frozenset(
    {
        "so",
        "in",
        "at",
        "on",
        "near",
        "by",
        "there",
        "inside",
        "under",
        "yet",
        "nearby",
        "earlier",
        "later",
        "since",
        "after",
        "during",
        "along",
        "off",
        "outside",
    }
)
# "added a second from the penalty spot", "menambahkan gol kedua": what a player scored
_ADDING_VERBS = frozenset({"added", "menambahkan"})
_SCORED_RE = re.compile(
    r"\s+(?:(?:a|his|her|their|its|the)\s+(?:second|third|fourth|fifth|late|brace)\b"
    r"|another\s+(?:goal|try|point)|(?:two|three)\s+more\s+goals|(?:satu\s+|dua\s+)?gol\b)",
    re.IGNORECASE,
)
_NO_LETTER_RE = re.compile(r"[\W\d_]+")


# "admitted" is also taken in ("admitted to hospital", "admitted into the programme"); an
# admission "to" is of a deed ("admitted to taking bribes")
_ADMIT_VERBS = frozenset({"admitted", "admits"})
_ADMITTED_TO_RE = re.compile(r"\s+(?:to|into)\s+(?![\w-]+ing\b)", re.IGNORECASE)
# Verbs of admitting: an admission reports a fact only when it is made, and of a clause
# ("Polisi mengakui 3 anggotanya terluka"), not refused ("menolak mengakui hasil hitung
# cepat") or a concession of a thing ("harus mengakui keunggulan lawan", "mengakui kesalahan")
_ADMISSIONS = frozenset({"mengakui", "admitted", "admits", "acknowledged", "acknowledges"})
_NOT_ADMITTING = frozenset(
    {"menolak", "enggan", "tidak", "tak", "belum", "harus", "terpaksa", "bukan", "urung"}
    | {"not", "never", "refused", "declined", "must", "to"}
)
_KE_AN_NOUN_RE = re.compile(r"\s+ke[a-z]{3,}an\b")


def _no_admission(text: str, m: re.Match[str], s0: int) -> bool:
    """Whether an admitting verb is refused, owed or conceded (a word of ``_NOT_ADMITTING``
    right before it: "had to acknowledge", "tidak mengakui") or takes a "ke-...-an" noun
    ("mengakui kekalahan"), so it attributes nothing."""
    return _word_before(text, m.start(), s0) in _NOT_ADMITTING or bool(
        _KE_AN_NOUN_RE.match(text, m.end())
    )


_BARE_VERBS = frozenset({"klaim", "tuduh", "sebut", "kata", "ujar"})
# A word pointing back ("klaim tersebut", "tuduhan itu"): the noun names what was said before.
_ANAPHOR_AFTER_RE = re.compile(r"\s+(?:tersebut|itu|ini)\b", re.IGNORECASE)
_QUOTE_VERBS = frozenset({"menambahkan", "added", "ujarnya", "katanya"}) | frozenset(
    {"kata", "ujar", "said", "says", "told", "mengatakan", "menyatakan", "stated"}
)


@lru_cache(maxsize=4)
def _cues(
    lang: str,
) -> tuple[dict[str, tuple[str, str]], re.Pattern[str], frozenset[str], frozenset[str]]:
    data = load(lang, "attribution")
    cues: dict[str, tuple[str, str]] = {}
    for stance, section in (("attributed", "neutral"), ("claimed", "distancing")):
        for cue, position in data.get(section, {}).items():
            cues[fold(cue)] = (stance, position)
    dets = frozenset(fold(d) for d in data.get("determiners", []))
    stops = frozenset(fold(d) for d in data.get("source_stop", []))
    return cues, phrase_pattern(list(cues)), dets, stops


@lru_cache(maxsize=64)
def _words(lang: str, key: str) -> frozenset[str]:
    """One word list of lang/*/attribution.json, folded (its ``_<key>_about`` says what it is
    for): "source_nouns", "self_sourced", "recap_words", "evidence_cues", "evidence_nouns",
    "study_nouns", "agent_cues", "agent_achievements", "position_words"."""
    return frozenset(fold(w) for w in load(lang, "attribution").get(key, []))


_POSSESSIVE_RE = re.compile(r"[’']s?\s+(\w+)")


def _evidence_subject(text: str, ss: int, se: int, ents: SpanIndex[Fact], lang: str) -> bool:
    """Whether the subject of "menunjukkan" / "showed" is a record that names whose it is
    ("Data Dinas Kesehatan", "Hasil audit BPK", "data from the health ministry", "the
    agency's figures"): the figures shown are that source's. A record of no one ("Data
    menunjukkan ...") or any other subject ("Rekaman video menunjukkan") attributes nothing."""
    nouns = _words(lang, "evidence_nouns")
    words = text[ss:se].split()
    if len(words) < 2:
        return False
    first = fold(words[0])
    study = lang == "en" and fold(words[-1].strip(",")) in _words(lang, "study_nouns")
    if study and first not in nouns:
        # "an industry survey showed": a study someone made, named by its field; a record
        # ("exchange data showed") still needs its owner
        return True
    if first in nouns:
        rest = (ss + len(words[0]), se)
        sources = _words(lang, "source_nouns")
        return bool(ents.inside(*rest)) or any(fold(w) in sources for w in words[1:])
    owner = _POSSESSIVE_RE.search(text, ss, se)
    return owner is not None and fold(owner.group(1)) in nouns


_ARTICLES = frozenset({"a", "an", "the", "its", "their", "his", "her"})


def _achieves(text: str, pos: int, lang: str) -> bool:
    """Whether the word right after an agent cue (past an article: "recorded a surplus")
    names an achievement."""
    m = _NEXT_WORD_RE.match(text, pos)
    if m is not None and fold(m.group(1)) in _ARTICLES:
        m = _NEXT_WORD_RE.match(text, m.end())
    return m is not None and fold(m.group(1)) in _words(lang, "agent_achievements")


def _next_word_in(text: str, pos: int, lang: str, key: str) -> bool:
    """Whether the word at ``pos`` is one of the ``key`` words of attribution.json."""
    m = _NEXT_WORD_RE.match(text, pos)
    return m is not None and fold(m.group(1)) in _words(lang, key)


def _declares_position(text: str, pos: int, lang: str) -> bool:
    """Whether the word right after a cue is a stance ("fraksi menyatakan setuju")."""
    return _next_word_in(text, pos, lang, "position_words")


# verbs of conveying whose object may be a demand rather than a report ("requests")
# Verbs before a reporting verb that say its subject kept the telling back ("Polisi enggan
# menyebutkan", "The firm declined to say"); "pernah"/"ever" and "to" may stand between
_WITHHOLDING = frozenset({"enggan", "menolak", "declined", "refused", "refuses", "declines"})
_WITHHELD_GAP = frozenset({"pernah", "mau", "bersedia", "ingin", "ever", "to"})


def _withheld(text: str, pos: int, floor: int, lang: str) -> int | None:
    """Whether the reporting verb at ``pos`` is negated or refused ("kementerian belum
    menjelaskan perbedaan itu", "police did not say how many", "Polisi enggan menyebutkan
    identitasnya"): its subject told nothing, so it is no source of the clause after it.
    Where the negating word starts (the subject ends before it), or None."""
    at = _LAST_WORD_RE.search(text, max(floor, pos - 20), pos)
    if at is None:
        return None
    if fold(at.group(1)) in _WITHHELD_GAP:
        at = _LAST_WORD_RE.search(text, max(floor, at.start() - 20), at.start())
        if at is None:
            return None
    prev = fold(at.group(1))
    if prev in _WITHHOLDING and _word_before(text, at.start(), floor) in _RELATIVES:
        # "Fraksi yang menolak menilai ...": the relative's verb (the faction that rejects
        # it), not a refusal to tell
        return None
    if prev in _WITHHOLDING or prev in _words(lang, "polarity_negations"):
        aux = _word_before(text, at.start(), floor)
        before = _LAST_WORD_RE.search(text, max(floor, at.start() - 20), at.start())
        if before is not None and aux in _DO_AUXILIARIES:
            return before.start()  # "The ministry did not say": the subject ends before "did"
        return at.start()
    return None


_DO_AUXILIARIES = frozenset({"did", "does", "do", "has", "have", "had"})


_CONTRASTS = frozenset({"tetapi", "tapi", "namun", "but", "though"})


def _after_contrast(text: str, pos: int, floor: int) -> bool:
    """Whether the verb at ``pos`` follows "tetapi"/"but" with no subject of its own."""
    return _word_before(text, pos, floor) in _CONTRASTS


_CONVEYING_VERBS = frozenset({"menyampaikan", "mengungkapkan", "menyatakan"})


def _asks(text: str, pos: int, lang: str) -> bool:
    """Whether the word right after a verb of conveying is a demand or a wish
    ("menyampaikan tuntutan", "menyampaikan aspirasi"; ``requests``)."""
    return _next_word_in(text, pos, lang, "requests")


def _opens_with_agent(
    text: str, ss: int, se: int, ents: SpanIndex[Fact], source_nouns: frozenset[str], lang: str
) -> bool:
    """Whether a subject opens with who can report: a name ("BPS", "Dinas Kesehatan"), a
    role word ("Kepala ...") or a source noun ("Polisi", "data"), not a thing that achieved
    something ("Neraca perdagangan Indonesia")."""
    first = re.match(r"[^\s,;:()]+", text[ss:se])
    if first is None:
        return False
    opening = ents.overlapping(ss, ss + first.end())
    if opening and any(e.label != "LOC" for e in opening):
        return True
    # a body or a person inside ("Kelompok pemantau Assistance Association ... mencatat"); a
    # place there only says whose thing it is ("Neraca perdagangan Indonesia")
    if any(e.label in ("ORG", "PER") for e in ents.inside(ss, se)):
        return True
    word = fold(first.group())
    if word in source_nouns or word in _role_words(lang):
        return True
    # one capitalised word the recogniser missed ("Bakamla mencatat"), never written in
    # lower case in the text: a name (in English an acronym only: "Seismographs recorded"
    # opens a sentence with a common noun)
    return (
        first.end() == se - ss
        and first.group()[:1].isupper()
        and (lang != "en" or first.group().isupper())
        and re.search(rf"(?<!\w){re.escape(first.group().lower())}(?!\w)", text) is None
    )


@lru_cache(maxsize=4)
def _relative_words(lang: str) -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """``relative_hedges``, ``main_verb_prefixes`` and ``not_main_verbs`` of
    lang/*/attribution.json."""
    data = load(lang, "attribution")
    return (
        frozenset(fold(w) for w in data.get("relative_hedges", [])),
        tuple(fold(w) for w in data.get("main_verb_prefixes", [])),
        frozenset(fold(w) for w in data.get("not_main_verbs", [])),
    )


def _after_relative(text: str, m: re.Match[str], lang: str) -> bool:
    """Whether a bare hedge stands right after a relative word ("yang diduga")."""
    relatives = _relative_words(lang)[0]
    before = re.findall(r"\w+", text[max(0, m.start() - 12) : m.start()])
    return bool(before) and fold(before[-1]) in relatives


def _relative_clause_end(text: str, m: re.Match[str], s1: int, lang: str) -> int | None:
    """Where a bare hedge inside a relative clause stops covering: "Api yang diduga berasal
    dari korsleting listrik di Blok C menghanguskan 312 kios" hedges the fire's cause, not
    the 312 kiosks. The clause ends before the first later word that opens with a main-verb
    prefix ("menghanguskan"), past the word right after the hedge; None when the hedge
    follows no relative word or no such verb comes."""
    relatives, prefixes, not_verbs = _relative_words(lang)
    if not relatives or not prefixes:
        return None
    before = re.findall(r"\w+", text[max(0, m.start() - 12) : m.start()])
    if not before or fold(before[-1]) not in relatives:
        return None
    words = list(re.finditer(r"[^\W\d_]+", text[m.end() : s1]))
    for w in words[1:]:
        word = fold(w.group())
        if w.group()[:1].islower() and word.startswith(prefixes) and word not in not_verbs:
            return m.end() + w.start()
        if text[m.end() + w.start() - 2 : m.end() + w.start()].strip() == ",":
            return m.end() + w.start()  # a comma closes the relative clause
    return None


@lru_cache(maxsize=4)
def _postposed_end_re(lang: str) -> re.Pattern[str]:
    """The end of a sentence closed by a post-posed source: "..., Héctor Muñoz told
    [reporters] [outside the terminal]." (``addressees`` of lang/*/attribution.json)."""
    words = load(lang, "attribution").get("addressees", [])
    alt = "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )
    who = rf"(?:\s+(?:{alt})\b)?" if alt else ""
    return re.compile(rf"{who}{_PLACE_TIME}?\s*[.!]?\s*$", re.IGNORECASE)


def extract_attributions(
    text: str,
    lang: str = "id",
    *,
    entities: Sequence[Fact] = (),
    quotes: Sequence[Fact] = (),
    field: Field = "text",
) -> list[Fact]:
    """Every attribution cue in ``text`` with its source and scope."""
    if not text:
        return []
    lang = norm_lang(lang)
    cues, cue_re, dets, stops = _cues(lang)
    source_nouns, self_sourced = _words(lang, "source_nouns"), _words(lang, "self_sourced")
    naming_nouns = source_nouns | _role_words(lang)  # a passive cue's agent may be a role
    recaps = _words(lang, "recap_words")
    evidence_cues = _words(lang, "evidence_cues")
    low = lowered(text)
    pattern, stances = _participle_cues(lang)
    # a cheap guard: most texts have no ", saying"
    participles = (
        (pattern, stances) if pattern is not None and any(c in text for c in stances) else None
    )
    ents = fact_index(f for f in entities if f.kind == "entity")
    quoted = Mask(len(text))
    quote_starts = SpanIndex([(q.start, q.end) for q in quotes], lambda q: q[0], lambda q: q[1])
    for q in quotes:
        quoted.add(max(0, q.start - 1), q.end + 1)
    facts: list[Fact] = []
    if field == "title":
        facts.extend(_headline_colon(text, ents))
    prev_sentence: tuple[int, int] | None = None
    seen: list[tuple[int, int]] = []  # the sentences before, for an anaphor's scope
    carried: Fact | None = None  # the attribution closing the sentence before
    for s0, s1 in sentence_spans(text):
        sentence_first = len(facts)
        withheld: tuple[int, int] | None = None  # the subject of a negated reporting verb
        sentence_has_quote = bool(quote_starts.inside(s0, s1 + 1))
        for m in finditer_fast(cue_re, text, low, s0, s1):
            if not quoted.free(m.start(), m.start() + 1):
                continue
            cue = _SPACES_RE.sub(" ", fold(m.group()))
            stance, position = cues[cue]
            # "Suminah mengaku sudah bekerja 22 tahun": her own experience, a testimony
            testimony = stance == "claimed" and _testimony(text, cue, m.end(), lang)
            owner: tuple[int, int] | None = None  # the body whose forecast the noun is
            referent: Fact | None = None  # who a description of the source points back to
            pointed = ""  # the pronoun after the cue that names the source ("Menurut dia")
            if m.group()[:1].isupper() and _NAME_PARTICLE_BEFORE_RE.search(
                text, max(s0, m.start() - 6), m.start()
            ):
                continue  # "Salim bin Said al-Mashani": an Arabic name, not "said"
            if sentence_has_quote and cue in _QUOTE_VERBS:
                continue
            if _CLOSED_QUOTE_RE.search(text, max(s0, m.start() - 4), m.start()):
                continue  # '"...," ungkap X': a verb introducing a quote belongs to the quote
            if (
                cue in _QUOTE_VERBS
                and position == "after"
                and not text[: m.start()].rstrip().endswith(",")
            ):
                continue  # ", kata para pejabat" closes a clause; a bare "kata" does not
            if position == "before" and lang == "en":
                prev = _word_before(text, m.start(), s0)
                if prev in _PASSIVE_AUXILIARIES or prev == "as":
                    # "cases have been reported": what was reported, not who; "as announced
                    # on Tuesday": a reference to an announcement, not its subject "as"
                    continue
                if cue in _ATTRIBUTIVE_CUES and prev in _ATTRIBUTIVE_BEFORE:
                    position = "none"  # "the alleged transfer", "with suspected poisoning"
                elif prev in _NOUN_DETERMINERS:
                    continue  # "rejected the claims", "the forecast": a noun, no one's verb
                elif (
                    cue in _NOUN_HOMOGRAPHS
                    and prev in _NOUN_MODIFIERS
                    and not _POSSESSIVE_BEFORE_RE.search(text, max(s0, m.start() - 60), m.start())
                ):
                    continue  # "below the 2.40% median forecast in a poll": a noun, no one's
                if cue in _NOUN_HOMOGRAPHS and (
                    _NOUN_FOLLOWER_RE.match(text, m.end())
                    or _POSSESSIVE_BEFORE_RE.search(text, max(s0, m.start() - 60), m.start())
                ):
                    # "kept its 2027 inflation forecast at 3%": a noun, no one's verb; the
                    # figures after it are the forecast of the body "its" points back to
                    owner = _possessive_owner(text, s0, m.start(), ents)
                    if owner is None:
                        continue
            if position == "after" and cue in _BARE_VERBS:
                prev_ent = next(
                    (e for e in ents.ending_before(m.start()) if m.start() - e.end <= 1), None
                )
                if prev_ent is not None:
                    position = "before"  # headline style "Hutsi Klaim ...": a verb
            if (
                position == "after"
                and cue in _BARE_VERBS
                and _ANAPHOR_AFTER_RE.match(text, m.end())
            ):
                continue  # "membantah klaim tersebut", "Klaim itu disampaikan": a claim told before
            if position == "after":
                clitic = cue.endswith(_CLITIC) and cue[: -len(_CLITIC)] in cues
                # "Menurutnya, ...": the cue carries its pronoun, no source follows
                src = None if clitic else _source_after(text, m.end(), s1, dets, stops)
                # where the source's words end as written ("Menurut dia, ..."): what was
                # said starts after them, even when they point at a person named before
                written_end = src[1] if src is not None else m.end()
                if clitic:
                    pointed = _CLITIC
                    src = _person_meant(m.start(), "dia", ents)
                elif src is not None and fold(text[src[0] : src[1]]) in _AFTER_PRONOUNS:
                    # "Menurut dia, ...", "according to her": the person named just before
                    pointed = fold(text[src[0] : src[1]])
                    src = _person_meant(src[0], pointed, ents)
                elif src is not None:
                    src = _apposed_person(text, src, s1, ents) or src
                    # a body whose name holds a stop word runs to its end ("berdasarkan hasil
                    # audit Badan Pengawasan Keuangan dan Pembangunan")
                    src = (
                        src[0],
                        max([src[1]] + [e.end for e in ents.overlapping(*src) if e.end > src[1]]),
                    )
                    src = _before_time_tail(text, src, lang)
                if src is None and cue in self_sourced:
                    # "berdasarkan data yang masuk": the cue's own noun is the source
                    src = (m.end() - len(cue.split()[-1]), m.end())
                if (
                    src is not None
                    and cue in _NAMED_ONLY
                    and (
                        not _names_a_source(text, src, ents, naming_nouns)
                        or _ADDRESSED_RE.match(text, m.end())
                    )
                ):
                    continue  # "Hasil seleksi diumumkan pekan depan": an act, no source
                if src is not None and cue in _DOCUMENT_CUES and not ents.inside(*src):
                    continue  # "tertuang dalam Pasal 5": a law's text, no one's report
                if (
                    src is not None
                    and cue in _PASSIVE
                    and not _names_a_source(text, src, ents, naming_nouns)
                ):
                    src = (m.start(), m.start())  # "dilaporkan selamat": reportedly, no source
                if src is not None and cue in _AGENT_AFTER_CUES:
                    # "diklaim oleh pihak pengelola mencapai Rp 3 miliar": the agent ends
                    # before the predicate the passive goes on with
                    src = _agent_phrase_end(text, src, lang)
                if src is None:
                    continue
                ss, se = src
                lead = text[s0 : m.start()].strip(" ,")
                if cue in _AGENT_AFTER_CUES:
                    # "Pendapatan parkir diklaim oleh pengelola mencapai ...", "40 soldiers
                    # were killed, a figure claimed by the rebels": what the agent claims is
                    # the sentence around it, the words before and after the agent
                    scope = (s0, s1)
                elif not lead and prev_sentence is not None and cue.split()[0] in recaps:
                    # "Demikian disampaikan Kapolres X.": a closing line, its source's words
                    # are the sentence (or, opening a paragraph, the paragraph) before
                    scope = (_paragraph_before(text, s0, prev_sentence[0]), m.start())
                elif prev_sentence is not None and _announcement_only(lead, lang):
                    # "... sekitar 20 persen mulai Minggu. Pengumuman disampaikan Menteri X
                    # dalam konferensi pers": what was announced is the sentence before
                    scope = (_paragraph_before(text, s0, prev_sentence[0]), m.start())
                elif len(lead.split()) <= 1 and text[max(se, written_end) : s1].strip(" ,."):
                    scope = (
                        _past_acronym(text, _past_spaces_commas(text, max(se, written_end))),
                        s1,
                    )
                elif prev_sentence is not None and _anaphor_only(
                    lead, lang, any_noun=cue in _DOCUMENT_CUES
                ):
                    # "... 2,29 persen dari PDB. Angka itu diumumkan Kementerian Keuangan":
                    # the figures of the sentence before are what was announced; opening a
                    # paragraph, the words point back at the whole paragraph before, or at
                    # its sentences the anaphor names ("Angka peserta itu": the count)
                    back = _paragraph_before(text, s0, prev_sentence[0])
                    scope = _named_sentences(
                        text, [s for s in seen if s[0] >= back], lead, lang
                    ) or (back, m.start())
                else:
                    scope = (s0, m.start())
            elif (
                position == "before"
                and cue in _INVERTING
                and text[s0 : m.start()].rstrip().endswith(",")
                # "Lina Marlow, an analyst at X, said Thaco needed scale": a subject and its
                # apposition before the cue, so what follows is what was said
                and not _subject_with_apposition(text, s0, m.start())
                and (inv := _named_after(text, m.end(), s1, ents))
                # "..., X, told Reuters": who is told is no source; "told" inverts a person only
                and (cue != "told" or any(e.label == "PER" for e in ents.inside(*inv)))
            ):
                # "..., said Majed Rahman, a spokesman": the source follows the verb
                ss, se = inv
                scope = (s0, m.start())
            elif owner is not None:
                ss, se = owner
                scope = (_past_spaces_commas(text, m.end()), s1)
            elif position == "before":
                joined = (
                    _JOINED_VERB_RE.search(text, max(s0, m.start() - 6), m.start())
                    if len(facts) > sentence_first
                    else None
                )
                if joined is not None:
                    # "The ministry warned of X and said ...": one source, told once; unless
                    # the second verb takes another stance ("Police claimed 38 officers were
                    # hurt and said 210 people had been detained"): its clause is its own
                    _split_joined(text, facts, joined.start(), m, stance, cue)
                    continue
                negation = _withheld(text, m.start(), s0, lang)
                if negation is not None:
                    # "kementerian belum menjelaskan", "did not say": nothing told; a verb
                    # after "tetapi"/"but" goes on with this subject
                    withheld = _source_before(text, negation, s0, ents, dets, stops, lang)
                    continue
                if _declares_position(text, m.end(), lang):
                    continue  # "delapan fraksi menyatakan setuju": a vote, not a source
                if cue in _CONVEYING_VERBS and _asks(text, m.end(), lang):
                    continue  # "menyampaikan tuntutan agar ...": a demand, not a report
                if cue in _FINDING_VERBS and (
                    _person_after(text, m.end(), s1, ents) or _participle(text, m.end(), s1)
                ):
                    continue
                if cue in _ADDING_VERBS and _SCORED_RE.match(text, m.end()):
                    continue  # "headed in a corner and added a second": a goal, no report
                if cue in _ADMIT_VERBS and _ADMITTED_TO_RE.match(text, m.end()):
                    continue  # "two children admitted to hospital": taken in, no admission
                if cue in _ADMISSIONS and _no_admission(text, m, s0):
                    continue  # "menolak mengakui", "harus mengakui keunggulan lawan"
                described = _described_again(text, s0, m.start(), ents, lang)
                if described is not None:
                    # "Lembaga yang bermarkas di Washington itu mengklaim": the body named
                    # before, described again, not the relative clause's verb
                    src, referent = described[:2], described[2]
                else:
                    src = _source_before(
                        text, m.start(), s0, ents, dets, stops, lang, distancing=stance == "claimed"
                    )
                if src is None and withheld is not None and _after_contrast(text, m.start(), s0):
                    # "PSSI belum mengumumkan lawannya, tetapi menyebut tim X menjadi
                    # prioritas": the subject of the verb negated before
                    src = withheld
                if src is None:
                    continue
                ss, se = src
                if any(f.start < se and ss < f.end for f in facts[sentence_first:]):
                    # "according to industry estimates", "KBRI menyatakan telah ... untuk
                    # memastikan": the words before this verb are another cue's, no subject
                    continue
                if cue in evidence_cues and not _evidence_subject(text, ss, se, ents, lang):
                    continue  # "Video itu menunjukkan ...": a thing shown, no one's report
                if cue in _words(lang, "agent_cues") and (
                    not _opens_with_agent(text, ss, se, ents, source_nouns, lang)
                    or _achieves(text, m.end(), lang)
                ):
                    # "Neraca perdagangan kembali mencatat surplus", "Rizal mencatat waktu
                    # 10,52 detik": what a thing or a player achieved, no source
                    continue
                rest = text[m.end() : s1].strip(" ,.")
                lead = _LEAD_DET_RE.sub("", text[s0:ss]).rstrip()
                if (
                    lead.endswith(",")
                    and len(lead.split()) >= 3
                    and (
                        _POSTPOSED_TAIL_RE.match(text, m.end(), s1)
                        or _postposed_end_re(lang).match(text[m.end() : s1])
                    )
                ):
                    # "X will cut 1,800 jobs, the company said on Wednesday, as it ...": the
                    # source closes the clause before it; what follows the comma is the
                    # writer's own
                    scope = (s0, s0 + len(lead))
                elif (
                    len(rest.split()) >= 3
                    or (cue in evidence_cues and rest)
                    # "Sehari sebelumnya kementerian mencatat 2.340 hektare": the figures are
                    # after the verb, the words before the source carry none
                    or (_FIGURE_RE.search(rest) and not _FIGURE_RE.search(text, s0, ss))
                ):
                    scope = (_past_mentioned_subject(text, m.end(), s1, lang), s1)
                    if cue in _FORECAST_CUES:
                        scope = (scope[0], _before_background(text, *scope))
                else:
                    scope = (s0, ss)
            else:
                ss = se = m.start()
                if cue in _AGENT_PASSIVES:
                    agent = _agent_after(text, m.end(), ents) or _agent_later(
                        text, m.end(), s1, dets, stops, lang
                    )
                    if agent is not None:
                        ss, se = agent  # "Pendapatan tiket diklaim PSSI menembus ...": PSSI's
                scope = (s0, _relative_clause_end(text, m, s1, lang) or s1)
                if scope[1] < s1 or _after_relative(text, m, lang):
                    # a hedge inside a relative clause covers that clause, not the words
                    # before it ("Tiga warga meninggal setelah digigit anjing yang diduga
                    # terjangkit rabies" hedges the rabies, not the three dead)
                    scope = (m.start(), scope[1])
            scope = _trim(text, scope[0], _before_comparison(text, *scope, lang))
            if se > ss and _NO_LETTER_RE.fullmatch(text, ss, se):
                # "15 had forecast", "Rudi (24), penonton ..., mengatakan": a figure or an age
                # read as the subject is nobody's voice
                continue
            value = text[ss:se]
            attrs: dict[str, object] = {"cue": cue, "scope": [scope[0], scope[1]]}
            inside = ents.inside(ss, se)
            if text.find("-based", ss, se) >= 0:
                # "the Vienna-based watchdog": the place says where the source sits, it is
                # no source itself
                inside = [e for e in inside if not text.startswith("-based", e.end)]
            led = _LEADER_RE.search(text, ss, se)
            if led is not None:
                # "KKB pimpinan Tenius Murib": the group's name, never its leader's
                inside = [e for e in inside if e.end <= led.start()]
            # a person first, then a body ("Hasil survei Lembaga X Indonesia": not the country)
            ent = next((e for e in inside if e.label == "PER"), None) or next(
                (e for e in reversed(inside) if e.label == "ORG"), inside[-1] if inside else None
            )
            if referent is not None:
                ent = referent
            if ent is not None:
                attrs["entity"] = str(ent.value)
            if pointed:
                attrs["pronoun"] = pointed  # the fact's words ("Menurut") hold no name
            if testimony:
                attrs["testimony"] = True  # compare credits it to its speaker, no distance
            start, end = (min(m.start(), ss), max(m.end(), se)) if se > ss else m.span()
            if ss < s0:
                # "Ia menambahkan": the person named sentences before is the source, but the
                # fact's words are the pronoun and its verb, not every sentence between
                pronoun = _LAST_WORD_RE.search(text, s0, m.start())
                start = pronoun.start() if pronoun is not None else m.start()
                if scope[1] <= scope[0]:
                    # "..., he said": the clause before the pronoun is what was said
                    scope = _trim(text, s0, start)
                    attrs["scope"] = [scope[0], scope[1]]
            facts.append(
                Fact(
                    kind="attribution",
                    label=stance,
                    value=value,
                    text=text[start:end],
                    start=start,
                    end=end,
                    field=field,
                    attrs=attrs,
                )
            )
        if len(facts) == sentence_first and text.find("nya,", s0, s1) >= 0:
            # (cheap guard: an aside ", katanya," always ends in "nya,")
            facts.extend(_pronoun_aside(text, s0, s1, ents, quoted, lang, field))
        if len(facts) == sentence_first and participles:
            facts.extend(_participle_clause(text, s0, s1, ents, participles, field))
        if len(facts) == sentence_first and carried is not None:
            facts.extend(_carried_expectation(text, s0, s1, carried, quoted, lang))
            if len(facts) == sentence_first:
                facts.extend(_continued_pick(text, s0, s1, carried, quoted, lang))
        # the source a passive expectation in the next sentence may go on with
        carried = facts[-1] if len(facts) > sentence_first else None
        _drop_generic(facts, self_sourced, sentence_first)
        prev_sentence = (s0, s1)
        seen.append(prev_sentence)
    return facts


@lru_cache(maxsize=4)
def _aside_re(lang: str) -> re.Pattern[str] | None:
    """ ", katanya, ": a reporting verb with its pronoun (``pronoun_forms`` of
    lang/*/verbs.json) fenced by commas inside a sentence."""
    forms = load(lang, "verbs").get("pronoun_forms", [])
    if not forms:
        return None
    alt = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf",\s+({alt})\s*,", re.IGNORECASE)


def _pronoun_aside(
    text: str,
    s0: int,
    s1: int,
    ents: SpanIndex[Fact],
    quoted: Mask,
    lang: str,
    field: Field,
) -> list[Fact]:
    """ "Sebagian instansi, katanya, tidak memiliki salinan cadangan.": a sentence an aside
    gives to the person named just before (the Indonesian of "Some agencies, he said, had
    no backups"), not a statement of the writer's own."""
    pattern = _aside_re(lang)
    m = pattern.search(text, s0, s1) if pattern is not None else None
    if m is None or not quoted.free(m.start(1), m.end(1)):
        return []
    who = _person_meant(m.start(1), "dia", ents)
    if who is None:
        return []
    person = next(iter(ents.inside(*who)))
    scope = _trim(text, s0, s1)
    return [
        Fact(
            kind="attribution",
            label="attributed",
            value=text[who[0] : who[1]],
            text=m.group(1),
            start=m.start(1),
            end=m.end(1),
            field=field,
            attrs={
                "cue": fold(m.group(1)),
                "scope": [scope[0], scope[1]],
                "entity": str(person.value),
            },
        )
    ]


@lru_cache(maxsize=4)
def _participle_cues(lang: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """``participle_cues`` of lang/*/attribution.json, and the pattern finding one after a
    comma."""
    cues: dict[str, str] = dict(load(lang, "attribution").get("participle_cues", {}))
    if not cues:
        return None, {}
    alt = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf",\s+({alt})\b"), cues


# What may stand before a sentence's subject: a dateline left in the text ("JAKARTA, Oct 15 -
# "), a place's possessive and an article ("Indonesia's Financial Services Authority", "The
# ministry").
_SUBJECT_LEAD_RE = re.compile(
    r"(?:[A-Z][A-Z .'-]+,[^\n\-—–]{0,40}[-—–]\s+)?(?:(?:[Tt]he|an?|An?)\s+)?(?:[\w.-]+['’]s\s+)?"
)


def _participle_clause(
    text: str,
    s0: int,
    s1: int,
    ents: SpanIndex[Fact],
    participles: tuple[re.Pattern[str], dict[str, str]],
    field: Field,
) -> list[Fact]:
    """ "Indonesia's Financial Services Authority revoked the licences on Wednesday, saying
    they had failed ...": the clause after the participle is the sentence's subject's, when
    that subject is a named person or body opening the sentence."""
    pattern, stances = participles
    m = pattern.search(text, s0, s1)
    if m is None:
        return []
    subject = next(
        (
            e
            for e in ents.inside(s0, m.start())
            if e.label in ("PER", "ORG") and _SUBJECT_LEAD_RE.fullmatch(text, s0, e.start)
        ),
        None,
    )
    if subject is None:
        return []
    scope = _trim(text, m.end(), s1)
    return [
        Fact(
            kind="attribution",
            label=stances[m.group(1).lower()],
            value=subject.text,
            text=subject.text,
            start=subject.start,
            end=subject.end,
            field=field,
            attrs={
                "cue": m.group(1).lower(),
                "scope": [scope[0], scope[1]],
                "entity": str(subject.value),
            },
        )
    ]


# A subject that points back to the sentence before and names what it said ("Angka itu",
# "Data tersebut", "Hal ini"): a figure or a finding, not an act ("Keputusan itu diumumkan
# Kemenhub" tells who decided, it puts no claim in anyone's mouth).
_ANAPHOR_ENDS = frozenset({"itu", "tersebut", "ini"})
# Nouns of an act of telling: alone before a passive cue ("Pengumuman disampaikan Menteri X")
# they name the telling of the sentence before, not a new thing told
_ANNOUNCEMENT_NOUNS = frozenset({"pengumuman", "pernyataan", "keterangan", "penjelasan"})
_ANAPHOR_NOUNS = frozenset(
    {"angka", "data", "hal", "temuan", "hasil", "jumlah", "informasi", "laporan", "catatan"}
    | _ANNOUNCEMENT_NOUNS
)
_ANAPHOR_WORDS = 3
# Passive cues naming the document a decision is written in ("Keputusan itu tertuang dalam
# surat Presiden X"): a source only when the document names someone's (an entity)
_DOCUMENT_CUES = frozenset({"tertuang dalam", "tercantum dalam", "termuat dalam"})


def _paragraph_before(text: str, s0: int, prev_start: int) -> int:
    """Where the words a sentence at ``s0`` points back at begin: the sentence before
    (``prev_start``), or the whole paragraph before when the sentence opens a paragraph."""
    if "\n" not in text[prev_start:s0]:
        return prev_start
    return text.rfind("\n", 0, prev_start) + 1


def _anaphor_only(lead: str, lang: str, *, any_noun: bool = False) -> bool:
    """Whether the words before a cue are only a noun pointing back ("Angka itu diumumkan
    BPS"): what the cue covers is the sentence before. With ``any_noun`` (a document cue:
    "Keputusan itu tertuang dalam surat ...") any noun points back at what it records."""
    ws = lead.split()
    return (
        lang == "id"
        and 1 < len(ws) <= _ANAPHOR_WORDS
        and (any_noun or fold(ws[0]) in _ANAPHOR_NOUNS)
        and fold(ws[-1]) in _ANAPHOR_ENDS
    )


def _announcement_only(lead: str, lang: str) -> bool:
    """Whether the words before a passive cue are one noun of telling ("Pengumuman
    disampaikan Menteri X"): the source told the sentence before, not the place and day after
    the name."""
    ws = lead.split()
    return lang == "id" and len(ws) == 1 and fold(ws[0]) in _ANNOUNCEMENT_NOUNS


# a figure that is a share ("20 persen", "3%"): never a count an anaphor names
_SHARE_AFTER_RE = re.compile(r"\s*(?:persen|%|percent|per cent)", re.IGNORECASE)
_FIGURE_RE = re.compile(r"\d[\d.,]*")


@lru_cache(maxsize=4)
def _people_nouns(lang: str) -> frozenset[str]:
    """Nouns that count people (``same_event_classes.person`` of lang/*/noun_classes.json)."""
    person = load(lang, "noun_classes").get("same_event_classes", {}).get("person", {})
    return frozenset(fold(w) for group in person.values() for w in group)


def _counts_in(text: str, s0: int, s1: int) -> bool:
    """Whether the sentence [s0, s1) holds a figure that is no share."""
    return any(not _SHARE_AFTER_RE.match(text, m.end()) for m in _FIGURE_RE.finditer(text, s0, s1))


def _named_sentences(
    text: str, sentences: list[tuple[int, int]], lead: str, lang: str
) -> tuple[int, int] | None:
    """The sentences an anaphor with a noun of its own points back at, of several
    ("Angka peserta itu", "Jumlah korban tersebut"): those writing the noun, else, for a
    noun that counts people, those holding a count and not only a share. None when the
    noun narrows nothing."""
    ws = lead.split()
    if len(sentences) < 2 or len(ws) != 3:
        return None
    noun = fold(ws[1])
    stem = noun[:5]
    chosen = [
        (a, b)
        for a, b in sentences
        if len(noun) >= 4 and any(fold(w).startswith(stem) for w in text[a:b].split())
    ]
    if not chosen and noun in _people_nouns(lang):
        chosen = [(a, b) for a, b in sentences if _counts_in(text, a, b)]
    if not chosen or len(chosen) == len(sentences):
        return None
    return chosen[0][0], chosen[-1][1]


@lru_cache(maxsize=4)
def _comparison_re(lang: str) -> re.Pattern[str] | None:
    openers = load(lang, "attribution").get("comparison_openers", [])
    if not openers:
        return None
    alternation = "|".join(re.escape(o) for o in sorted(openers, key=len, reverse=True))
    return re.compile(rf",\s+(?:{alternation})\b", re.IGNORECASE)


def _before_comparison(text: str, start: int, end: int, lang: str) -> int:
    """Where a cue's scope ends: before the writer's comparison after a comma ("...
    hingga 30 persen, jauh di atas batas 20 persen yang ditetapkan pemerintah"), whose
    figure is another's, not the claim's."""
    if text.find(",", start, end) < 0:
        return end
    pattern = _comparison_re(lang)
    m = pattern.search(text, start, end) if pattern is not None else None
    return m.start() if m is not None and m.start() > start else end


def _past_spaces_commas(text: str, pos: int) -> int:
    """The first offset from ``pos`` that is neither a space nor a comma (matched in place:
    slicing the rest of the text for it copied the article once per cue)."""
    m = _SPACES_COMMAS_RE.match(text, pos)
    return m.end() if m else pos


def _drop_generic(facts: list[Fact], self_sourced: frozenset[str], first: int = 0) -> None:
    """In one sentence, a named source ("Menurut KPU, ...") outranks a generic one ("...
    berdasarkan data yang masuk"): the generic cue only says where the named source looked."""
    own = facts[first:]
    if len(own) < 2 or not any(f.attrs["cue"] in self_sourced for f in own):
        return
    keep = [f for f in own if f.attrs["cue"] not in self_sourced]
    if keep:
        facts[first:] = keep


def _headline_colon(title: str, ents: SpanIndex[Fact]) -> list[Fact]:
    """ "KPU: Partisipasi Capai 81 Persen": a headline that opens with a source and a colon."""
    m = re.match(r"\s*([^:]{2,60}):\s+\S", title)
    if m is None:
        return []
    lo = m.start(1)
    comma = title.rfind(", ", lo, m.end(1))
    if comma >= 0:
        # "X Klaim Serang Pos, Lembaga HAM: ...": a headline of two clauses, the second
        # opening with its source; the source is that clause, a body's name of a few words
        lo = comma + 2
        src = [e for e in ents.inside(lo, m.end(1)) if e.label in ("PER", "ORG")]
        clause = title[lo : m.end(1)].strip()
        if not src or src[-1].end != lo + len(clause) or len(clause.split()) > 4:
            return []
        s, e = lo, src[-1].end
    else:
        src = [e for e in ents.inside(lo, m.end(1)) if e.label in ("PER", "ORG")]
        if not src or title[lo : m.end(1)].strip() != title[src[0].start : src[-1].end]:
            return []
        s, e = src[0].start, src[-1].end
    return [
        Fact(
            kind="attribution",
            label="attributed",
            value=title[s:e],
            text=title[s : m.end(1) + 1],
            start=s,
            end=m.end(1) + 1,
            field="title",
            attrs={
                "cue": ":",
                "scope": [m.end() - 1, len(title.rstrip())],
                "entity": str(src[-1].value),
            },
        )
    ]


# English words before a cue verb that make it a passive ("have been reported": its subject
# is what was reported) or an adjective of the noun after it ("the alleged transfer", "with
# suspected food poisoning": a hedge with no source).
_PASSIVE_AUXILIARIES = frozenset({"been", "was", "were", "is", "are", "be", "being"})
_ATTRIBUTIVE_BEFORE = frozenset(
    {"the", "a", "an", "with", "of", "for", "over", "from", "after", "his", "her", "their", "its"}
)
_NOUN_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})
# cue words that are also adjectives ("the claims" is a noun: no hedge of anything)
_ATTRIBUTIVE_CUES = frozenset({"alleged", "suspected"})
# English cues that are nouns too ("the inflation forecast", "its estimates"): followed by a
# preposition, a copula or the end of a clause they are the noun ("forecast at 4.7%",
# "estimates of 300 dead", "forecast was cut"), where the verb takes an object or a clause
# ("forecast growth of 5%", "forecast that ...").
_NOUN_HOMOGRAPHS = frozenset({"forecast", "estimates", "claims"})
# Words that only qualify a noun cue right before it ("the median forecast", "growth
# estimates"), never a subject that forecasts: no source stands before the cue.
_NOUN_MODIFIERS = frozenset(
    {"median", "consensus", "average", "mean", "previous", "latest", "initial", "original"}
    | {"revised", "official", "growth", "inflation", "budget", "revenue", "earnings", "weather"}
)
# "its" / "their" and up to three words before a noun cue ("its 2027 inflation forecast").
_POSSESSIVE_BEFORE_RE = re.compile(r"\b(?:its|their)(?:\s+[\w.%-]+){0,3}\s+$", re.IGNORECASE)


def _possessive_owner(
    text: str, s0: int, pos: int, ents: SpanIndex[Fact]
) -> tuple[int, int] | None:
    """The body or person a possessive before a noun cue points back to: the sentence's
    first entity, when it opens the sentence and nothing but its verb stands between it and
    the possessive ("Bank Sentral Kalimaya kept its 2027 inflation forecast at 3%")."""
    poss = _POSSESSIVE_BEFORE_RE.search(text, max(s0, pos - 60), pos)
    if poss is None:
        return None
    first = next((e for e in ents.inside(s0, poss.start()) if e.label in ("ORG", "PER")), None)
    if (
        first is None
        or text[s0 : first.start].strip(" \"'“") not in ("", "The", "the")
        or "," in text[first.end : poss.start()]
    ):
        return None
    if len(text[first.end : poss.start()].split()) > 2:
        return None  # one verb, maybe an auxiliary: "kept", "has raised"
    return first.start, first.end


_NOUN_FOLLOWER_RE = re.compile(
    r"\s*(?:[,.;:)]|(?:at|of|for|was|were|is|are|has|had|remains|remained|unchanged|range)\b)",
    re.IGNORECASE,
)
_LAST_WORD_RE = re.compile(r"(\w+)\s*$")


def _word_before(text: str, pos: int, floor: int) -> str:
    """The casefolded word right before ``pos`` in its sentence, or ""."""
    m = _LAST_WORD_RE.search(text, max(floor, pos - 20), pos)
    return fold(m.group(1)) if m else ""


def _split_joined(
    text: str, facts: list[Fact], joint: int, m: re.Match[str], stance: str, cue: str
) -> None:
    """A second cue joined to the sentence's last attribution by "and" ("claimed ... and
    said ..."), with another stance: the first cue's scope ends at the joint and the second
    covers the rest for the same source. With the same stance, nothing changes."""
    prev = facts[-1]
    scope = prev.attrs.get("scope")
    if prev.label == stance or not isinstance(scope, list) or not scope[0] <= joint < scope[1]:
        return
    first = _trim(text, scope[0], joint)
    second = _trim(text, _past_spaces_commas(text, m.end()), scope[1])
    if first[1] <= first[0] or second[1] <= second[0]:
        return
    facts[-1] = replace(prev, attrs={**prev.attrs, "scope": [first[0], first[1]]})
    attrs: dict[str, object] = {"cue": cue, "scope": [second[0], second[1]]}
    if "entity" in prev.attrs:
        attrs["entity"] = prev.attrs["entity"]
    facts.append(
        Fact(
            kind="attribution",
            label=stance,
            value=prev.value,
            text=text[m.start() : m.end()],
            start=m.start(),
            end=m.end(),
            field=prev.field,
            attrs=attrs,
        )
    )


_JOINED_VERB_RE = re.compile(r"\b(?:and|dan)\s+$")
_COMMA_RE = re.compile(r",[ \t]*")


def _apposed_person(
    text: str, src: tuple[int, int], limit: int, ents: SpanIndex[Fact]
) -> tuple[int, int] | None:
    """The person a role names after a comma ("Menurut Kepala Fungsi Konsuler KBRI X, Dewi
    Kartika Sari, ...", "kata Direktur Jenderal ..., Lukman Hidayat."): the source is the
    person, the role only says who they are."""
    m = _COMMA_RE.match(text, src[1])
    if m is None:
        return None
    person = next(iter(ents.starting_from(m.end())), None)
    if person is None or person.start != m.end() or person.label != "PER" or person.end > limit:
        return None
    after = text[person.end : person.end + 1]
    return (person.start, person.end) if after in ("", ",", ".", ";") else None


_ROLE_GAP_RE = re.compile(r"[^,.;:“”\"()]{0,60}")
_MAX_ROLE_WORDS = 5


def _named_after(text: str, pos: int, limit: int, ents: SpanIndex[Fact]) -> tuple[int, int] | None:
    """A person or body named right after a cue ("said Wahyu Nugroho"); a person after a few
    words of role ("said Garuda spokesman Ridwan Lubis") is the source, not the body
    named in the role."""
    adjacent: tuple[int, int] | None = None
    for e in ents.starting_from(pos):
        if e.start >= limit:
            break
        gap = text[pos : e.start]
        if not gap.strip():
            if e.label == "PER":
                return e.start, e.end
            if e.label == "ORG" and adjacent is None:
                adjacent = e.start, e.end
            continue
        fenced = _ROLE_GAP_RE.fullmatch(gap)
        if fenced is None or _gap_words(gap, e) > _MAX_ROLE_WORDS:
            break
        if e.label == "PER":
            return e.start, e.end
    return adjacent


def _gap_words(gap: str, e: Fact) -> int:
    """Words between a cue and a name, the person's own role and rank counted as one ("said
    Tasikmalaya police chief Adjunct Senior Commissioner X": the place and the role)."""
    words = gap.split()
    role = str(e.attrs.get("role") or "").split() if e.label == "PER" else []
    if role and len(role) <= len(words) and words[-len(role) :] == role:
        return len(words) - len(role) + 1
    return len(words)


def _participle(text: str, pos: int, limit: int) -> bool:
    """Whether the word after a finding verb makes it a participle ("found so far")."""
    nxt = text[pos:limit].split(maxsplit=1)
    return bool(nxt) and nxt[0].lower() in _PARTICIPLE_FOLLOWERS


def _person_after(text: str, pos: int, limit: int, ents: SpanIndex[Fact]) -> bool:
    """Whether a person is named right after ``pos`` (the object of a verb)."""
    span = _named_after(text, pos, limit, ents)
    return span is not None and any(e.label == "PER" for e in ents.inside(*span))


def _is_apposition(text: str, start: int, end: int, ents: SpanIndex[Fact], lang: str) -> bool:
    """A comma-fenced phrase that describes the name before it rather than naming a source:
    "the video streaming company ...", "director of wildfire operations ...", or a place
    alone ("Pasar Turi, Surabaya,")."""
    seg = text[start:end].strip()
    if re.match(r"(?:the|a|an|yang|sebuah|seorang)\b", seg, re.IGNORECASE):
        return True
    inside = ents.inside(start, end)
    if any(e.label == "PER" for e in inside):
        return False  # "Kepala Dinas X, dr. Maya Putri, menyebut": a title and the person
    first = fold(seg.split()[0]) if seg.split() else ""
    if first in _role_words(lang):
        return True
    return len(inside) == 1 and inside[0].label == "LOC" and inside[0].text == seg


@lru_cache(maxsize=4)
def _role_words(lang: str) -> frozenset[str]:
    """First words of the role phrases of lang/*/titles.json ("director", "kepala")."""
    roles = load(lang, "titles").get("roles", [])
    return frozenset(fold(r.split()[0]) for r in roles if r.split() and r[0].islower())


_PLACE_PREPOSITIONS = frozenset({"di", "pada", "dalam", "in", "at", "on"})


def _names_a_source(
    text: str, src: tuple[int, int], ents: SpanIndex[Fact], source_nouns: frozenset[str]
) -> bool:
    """Whether the words after a passive cue name who reported (an entity, a word such as
    "kantor berita", "officials", or a role: "Menteri Energi") rather than what happened
    ("dilaporkan selamat") or where ("diumumkan di Semarang": a place after a preposition
    reports nothing)."""
    before = text[max(0, src[0] - 6) : src[0]].split()
    words = (before[-1:] if before else []) + text[src[0] : src[1]].split()[:1]
    if any(fold(w) in _PLACE_PREPOSITIONS for w in words):
        return False
    if ents.inside(*src):
        return True
    return any(fold(w) in source_nouns for w in text[src[0] : src[1]].split())


# After a post-posed "..., the company said": nothing, or a short phrase of when, where or
# to whom ("on Wednesday", "in a statement", "pada Selasa", "kepada wartawan"), then a comma
# and the writer's own words ("as it ...", "seiring ..."), not the rest of a date (", May 8").
_LEAD_DET_RE = re.compile(r"(?:\b(?:the|a|an|its|their|para|pihak)\s*)+$", re.IGNORECASE)
_PLACE_TIME = (
    r"(?:\s+(?:on|in|at|outside|late|early|earlier|later|to|pada|di|dalam|kepada|saat|seusai)"
    r"\b[^,.;:\"“”]{0,40})"
)
_POSTPOSED_TAIL_RE = re.compile(
    _PLACE_TIME + r"?\s*,\s+(?=(?-i:[a-z]))",
    re.IGNORECASE,
)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " ,;":
        s += 1
    while e > s and text[e - 1] in " ,.;":
        e -= 1
    return s, e


_DECIMAL_RE = re.compile(r"\d+[.,]\d")


def _source_after(
    text: str, pos: int, limit: int, dets: frozenset[str], stops: frozenset[str]
) -> tuple[int, int] | None:
    words = list(re.finditer(r"[^\s,.;:()]+", text[pos:limit]))
    start = end = None
    count = 0
    for i, w in enumerate(words):
        ws, we = pos + w.start(), pos + w.end()
        if start is not None and _participle_closes(w.group(), words[i + 1 : i + 2], stops):
            break  # "according to a letter from X released on Monday": the letter is X's
        if re.search(r"[,.;:()]", text[(end if end is not None else pos) : ws]):
            break
        if _DECIMAL_RE.match(text, ws, limit):
            break  # "data masuk 98,5 persen": a figure, never part of who said it ("Densus 88")
        word = fold(w.group())
        if start is None and word in dets:
            continue
        if start is None and word in _RELATIVES:
            return None  # "berdasarkan data yang masuk": what follows describes, not names
        if word in stops and start is not None:
            break
        if word in stops:
            continue
        if start is None:
            start = ws
        end = we
        count += 1
        if count >= _MAX_SOURCE_WORDS:
            break
    if start is None or end is None:
        return None
    return start, end


# "released", "published", "issued": a participle after a source's noun opens what was
# done with it ("a letter released on Monday"), when a stop word follows it
_PARTICIPLE_RE = re.compile(r"[a-z]{3,}ed")


def _participle_closes(word: str, following: list[re.Match[str]], stops: frozenset[str]) -> bool:
    """Whether a lower-case past participle ends a source ("a letter ... released on")."""
    return (
        _PARTICIPLE_RE.fullmatch(word) is not None
        and bool(following)
        and fold(following[0].group()) in stops
    )


_CLAUSE_RE = re.compile(
    r"[,;:()]|\b(?:bahwa|that|dan|and|namun|but|sementara|while|what|which|who|after|before|"
    r"when|as|yang|setelah|sebelum|ketika|saat)\b",
    re.IGNORECASE,
)
_ACRONYM_AFTER_RE = re.compile(r"\([A-Za-z][\w.-]{0,11}\)")
_ACRONYM_BEFORE_RE = re.compile(r"\([A-Za-z][\w.-]{0,11}$")


def _acronym_bracket(text: str, at: int) -> bool:
    """Whether the bracket at ``at`` holds a short name inside a longer one ("Badan
    Penanggulangan Bencana Daerah (BPBD) Kabupaten Tasikmalaya mengklaim"): no clause mark."""
    ch = text[at]
    if ch == "(":
        return bool(_ACRONYM_AFTER_RE.match(text, at))
    if ch == ")":
        return bool(_ACRONYM_BEFORE_RE.search(text, max(0, at - 13), at))
    return False


_PRONOUNS = frozenset(
    {"ia", "dia", "mereka", "beliau", "he", "she", "they", "it", "kami", "we", "i"}
)
_MAX_BEFORE_WORDS = 6
# an auxiliary or a time adverb between a subject and its cue ("has said", "had told",
# "telah mengatakan", "X, sebelumnya mengklaim", "X earlier said")
_TRAILING_AUX_RE = re.compile(
    r"\s+(?:has|have|had|telah|sudah|pernah|sebelumnya|juga|kembali|also|earlier|previously)\s*$",
    re.IGNORECASE,
)
# a dateline opening the story's first sentence: "HANOI — ", "SIGLI, Aceh - "
_DATELINE_RE = re.compile(r"\s*[A-Z][A-Z.' ]+(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?\s*[—–-]\s+")
_PRONOUN_REACH = 400


def _person_meant(pos: int, pronoun: str, ents: SpanIndex[Fact]) -> tuple[int, int] | None:
    """The person a singular pronoun source stands for ("He said ...", "Menurut dia, ..."):
    the one named most recently before it, not far back; None for a plural or a first
    person, and when nobody is named near (a pronoun is never a source by itself)."""
    if pronoun not in _SINGULAR:
        return None
    last = next((f for f in ents.ending_before(pos) if f.label == "PER"), None)
    if last is None or pos - last.end > _PRONOUN_REACH:
        return None
    return last.start, last.end


_RELATIVE_APPOSITION_RE = re.compile(
    r",\s+(?:which|who|whom|whose|yang)\b[^,.;]{0,100},\s*$", re.IGNORECASE
)
_SINGULAR = frozenset({"ia", "dia", "beliau", "he", "she", "him", "her"})
# The third-person clitic a cue may carry ("Menurutnya"): the person named just before.
_CLITIC = "nya"
_PLURAL_PRONOUNS = frozenset({"mereka", "they"})
_CONJUNCTIONS = frozenset({"and", "dan", "serta", "but", "tetapi", "tapi", "namun", "or", "atau"})
# after a cue ("menurut dia", "according to him"): a pronoun in any case
_AFTER_PRONOUNS = _PRONOUNS | {"him", "her", "them", "nya"}


# ", a deputy speaker of the council," / ", known as the DPRD," / ", or Polres X," / ", who":
# a comma-fenced phrase opening with a lowercase word, or a relative pronoun, right before a
# cue describes the subject before it
# (a short name in quotes may stand inside it, ', known by his nickname "Oud",', and a
# company's abbreviation, ', an analyst at Harbour Securities Corp.,')
_LOWER_APPOSITION_RE = re.compile(
    r",\s+[^\W\d_A-Z](?:[^,.;:“”\"]|[“\"][^,.;:“”\"]{1,30}[”\"]|[A-Z][a-z]{1,3}\.){0,80},\s*$"
)
_TRAILING_RELATIVE_RE = re.compile(r",\s+(?:who|which|yang)\s*$", re.IGNORECASE)
_MAX_APPOSITIONS = 3


_TRAILING_DEGREE_RE = re.compile(r",\s*([A-Za-z][A-Za-z.]*\.?)\s*,?\s*$")


def _before_degrees(text: str, floor: int, pos: int) -> int:
    """Where the subject of a cue ends when academic degrees follow the name ("Hendri
    Chaniago, S.H., M.Si., menambahkan"): before them, so the source is the person and not
    "M.Si." (``degrees`` of lang/*/titles.json)."""
    for _ in range(_MAX_DEGREES):
        m = _TRAILING_DEGREE_RE.search(text, max(floor, pos - 20), pos)
        if m is None or m.group(1).rstrip(".") not in degrees():
            break
        pos = m.start()
    return pos


_MAX_DEGREES = 4
# an age in brackets after a name, before its cue: "Ujang (52), menuturkan", "Rina (34 tahun)"
_TRAILING_AGE_RE = re.compile(r"\s*\(\s*\d{1,3}(?:\s*(?:tahun|th|thn|years?))?\s*\)\s*,?\s*$")


# an age between commas after a name, before its cue: "RH, 41 tahun, mengaku"
_COMMA_AGE_RE = re.compile(r",\s*\d{1,3}\s*(?:tahun|thn|years?(?:\s+old)?)\s*,\s*$")


def _subject_with_apposition(text: str, floor: int, pos: int) -> bool:
    """Whether a cue is preceded by a short subject and its appositions ("Lina Marlow, an
    analyst at X, said"), not by a whole statement ("The plane landed after ..., and no one
    was hurt, said X")."""
    end = _before_appositions(text, floor, pos)
    return end != pos and len(text[floor:end].split()) <= _MAX_BEFORE_WORDS


def _before_appositions(text: str, floor: int, pos: int) -> int:
    """Where the subject of a cue ends when appositions stand between it and the cue
    ("Yuliana Pardede, a deputy speaker of the council, known as the DPRD, said", "Mercedes
    Paz, a nursing student, who said"): before them, so the subject is the name."""
    rel = _TRAILING_RELATIVE_RE.search(text, floor, pos)
    fenced = rel.start() + 1 if rel is not None else pos  # the comma fences an apposition
    stripped = False
    for _ in range(_MAX_APPOSITIONS):
        m = _LOWER_APPOSITION_RE.search(text, max(floor, fenced - 100), fenced)
        if m is None or not text[floor : m.start()].strip():
            break
        fenced, stripped = m.start() + 1, True
    return fenced - 1 if stripped else pos


# "X pimpinan Y", "X yang dipimpin Y", "X led by Y": Y leads the group X that is the subject
_LEADER_RE = re.compile(
    r"\s(?:pimpinan|(?:yang\s)?dipimpin(?:\soleh)?|(?:(?:which|that)\s(?:is\s|was\s)?)?"
    r"(?:led|headed|commanded)\sby)\s",
    re.IGNORECASE,
)
_LED_AFTER_RE = re.compile(r"\s+(?:dipimpin\b|(?:is\s+|was\s+)?(?:led|headed|commanded)\s+by\b)")
_MAX_LEADER_GAP_WORDS = 3  # a rank or a role between the cue and the name ("pimpinan Kolonel")


def _leader_cue(text: str, clause_start: int, name_start: int) -> int | None:
    """Where a group's noun phrase ends before "pimpinan"/"led by" and the leader's name at
    ``name_start``, or None when the name follows no such cue (it is then the subject)."""
    cue = next(reversed(list(_LEADER_RE.finditer(text, clause_start, name_start))), None)
    if cue is None or not text[clause_start : cue.start()].strip(" ,"):
        return None
    if len(text[cue.end() : name_start].split()) > _MAX_LEADER_GAP_WORDS:
        return None
    return cue.start()


# Words opening a phrase of how or where something was said ("dalam keterangan tertulis",
# "melalui siaran pers", "in a statement"), set after the subject and before its verb.
_ADVERBIAL_OPENERS = frozenset(
    {"dalam", "melalui", "lewat", "via", "saat", "ketika", "seusai", "in", "during", "through"}
)
_MAX_ADVERBIAL_WORDS = 4


def _adverbial_only(text: str, start: int, end: int, ents: SpanIndex[Fact], lang: str) -> bool:
    """Whether the words between a comma and a cue are only a short phrase of manner
    ("Juru bicara X, Y, dalam keterangan tertulis menuding"): no name, no source noun, so
    the source is the subject before the comma."""
    words = text[start:end].split()
    if not words or len(words) > _MAX_ADVERBIAL_WORDS or fold(words[0]) not in _ADVERBIAL_OPENERS:
        return False
    if ents.inside(start, end):
        return False
    return not any(fold(w) in _words(lang, "source_nouns") for w in words)


# A relative pronoun right before a clause mark's end ("Rusdi yang | ditemui ...").
_RELATIVE_END_RE = re.compile(r"\s(?:yang|who)\s*$", re.IGNORECASE)


@lru_cache(maxsize=4)
def _expectation_re(lang: str) -> re.Pattern[str] | None:
    """``carried_expectations`` of lang/*/attribution.json as one pattern, or None."""
    words = load(lang, "attribution").get("carried_expectations", [])
    return phrase_pattern(words) if words else None


def _carried_expectation(
    text: str, s0: int, s1: int, before: Fact, quoted: Mask, lang: str
) -> list[Fact]:
    """A passive expectation with no agent ("Inflation is expected to average 2.8% next
    year", "Defisit anggaran diperkirakan mencapai 2,9 persen") right after a sentence whose
    last attribution names a body or a person, in the same paragraph: the forecast goes on
    with that source (``carried_expectations``). Nothing when the sentence before had no
    named source or a paragraph break stands between."""
    pattern = _expectation_re(lang)
    if pattern is None or before.label != "attributed" or not _names_a_body(before, lang):
        return []
    prev_scope = before.attrs.get("scope")
    prev_end = max(before.end, int(prev_scope[1])) if isinstance(prev_scope, list) else before.end
    if prev_end > s0 or "\n" in text[prev_end:s0]:
        return []
    m = pattern.search(text, s0, s1)
    if m is None or not quoted.free(m.start(), m.end()):
        return []
    scope = _trim(text, s0, _before_comparison(text, s0, s1, lang))
    attrs: dict[str, object] = {
        "cue": _SPACES_RE.sub(" ", fold(m.group())),
        "scope": [scope[0], scope[1]],
        "carried": True,
    }
    if before.attrs.get("entity"):
        attrs["entity"] = before.attrs["entity"]
    return [_carried_fact(before, m, "attributed", attrs)]


_NEXT_WORDS_RE = re.compile(r"[\s,]*([^\W\d_]+)(?:\s+([^\W\d_]+))?")


def _testimony(text: str, cue: str, end: int, lang: str) -> bool:
    """Whether a distancing cue tells the speaker's own experience ("mengaku sudah bekerja
    22 tahun", "mengaku kaget"; ``testimony_cues`` before ``testimony_openers``): a first-
    person account, not a claim held at arm's length ("mengaku bertanggung jawab"), nor a
    witness's account of what they saw ("mengaku tidak melihat rambu";
    ``testimony_witness_verbs``)."""
    if cue not in _words(lang, "testimony_cues"):
        return False
    m = _NEXT_WORDS_RE.match(text, end)
    if m is None or fold(m.group(1)) not in _words(lang, "testimony_openers"):
        return False
    witness = _words(lang, "testimony_witness_verbs")
    return not any(w is not None and fold(w) in witness for w in m.groups())


def _names_a_body(before: Fact, lang: str) -> bool:
    """Whether an attribution's source is named (an entity) or is a body called by its
    common noun ("..., the company said", "kata perusahaan"; ``institution_words``): a
    source a forecast may go on with, unlike "officials" or "residents"."""
    if before.attrs.get("entity"):
        return True
    words = fold(str(before.value or "")).split()
    return bool(words) and words[-1] in _words(lang, "institution_words")


def _carried_fact(before: Fact, m: re.Match[str], label: str, attrs: dict[str, object]) -> Fact:
    """An attribution the sentence at ``m`` carries on from ``before``: its source, its words."""
    return Fact(
        kind="attribution",
        label=label,
        value=before.value,
        text=m.group(),
        start=m.start(),
        end=m.end(),
        field=before.field,
        attrs=attrs,
    )


# A noun made from a verb ("kenaikan", "penyesuaian", "pembatasan"): the subject of a
# reported clause that names an act, about which the speaker argues something
_NOMINAL_ID_RE = re.compile(r"(?:ke|pe[mnr]?|peng|peny)[a-z]{3,}an", re.IGNORECASE)
_MODAL_RE = {
    "id": re.compile(r"\s(?:akan|bakal|dapat|bisa|berpotensi)\s", re.IGNORECASE),
    "en": re.compile(r"\s(?:will|would|could|may|might|can)\s", re.IGNORECASE),
}
_SUBJECT_OPENERS = frozenset({"bahwa", "that", "the", "a", "an", "this"})
# Verbs of a forecast: what they cover is what will be, so a relative clause after a comma
# that says what is ("..., which stood at 2.8% in October") is the writer's background
_FORECAST_CUES = frozenset(
    {"expect", "expects", "predict", "predicts", "predicted", "forecast"}
    | {"memperkirakan", "memprediksi", "memproyeksikan", "meramalkan", "memprakirakan"}
)
_BACKGROUND_RE = re.compile(r",\s+(?:which|yang)\s", re.IGNORECASE)


def _before_background(text: str, start: int, end: int) -> int:
    """Where a forecast's scope ends: before a relative clause after a comma ("Economists
    expect the rise to add 1.5 points to inflation, which stood at 2.8% in October")."""
    m = _BACKGROUND_RE.search(text, start, end)
    return m.start() if m is not None else end


_CLAUSE_BREAK_RE = re.compile(r"[,;:](?!\d)|[\"“]")
_SUBJECT_WORD_RE = re.compile(r"[^\W\d_]+")
_CHANGE_NOUNS_EN = frozenset({"hike", "hikes", "cut", "cuts", "plan", "decision", "move"})


@lru_cache(maxsize=4)
def _change_nouns(lang: str) -> frozenset[str]:
    """English nouns of a change ("the increase", "the rise"): lang/en/direction.json's words
    of either direction, with the few that only name a decision."""
    data = load(lang, "direction")
    return frozenset(fold(w) for key in ("up", "down") for w in data.get(key, [])) | (
        _CHANGE_NOUNS_EN
    )


def _past_mentioned_subject(text: str, pos: int, end: int, lang: str) -> int:
    """Where what a speaker argues begins, right after the reporting verb at ``pos``. When the
    reported clause's subject names an act with a figure and a modal follows ("menyebut
    kenaikan harga menjadi Rp 12.000 per liter akan memukul ojek", "said the rise to 12,000
    rupiah would hurt drivers"), the figure is only mentioned: the claim is the predicate
    after the modal. Otherwise the clause right after the verb."""
    start = _past_spaces_commas(text, pos)
    modal = _MODAL_RE.get(lang)
    if modal is None:
        return start
    mm = modal.search(text, start, end)
    if mm is None or not _FIGURE_RE.search(text, start, mm.start()):
        return start  # (cheap guard: no modal after a figure, nothing mentioned)
    if _CLAUSE_BREAK_RE.search(text, start, mm.start()):
        return start  # the modal is another clause's
    words = _SUBJECT_WORD_RE.findall(text, start, mm.start())
    while words and fold(words[0]) in _SUBJECT_OPENERS:
        words.pop(0)
    if not words:
        return start
    head = fold(words[0])
    act = (
        _NOMINAL_ID_RE.fullmatch(head) is not None if lang == "id" else head in _change_nouns(lang)
    )
    return mm.end() if act else start


@lru_cache(maxsize=4)
def _continuation_re(lang: str) -> re.Pattern[str] | None:
    """``continuation_openers`` of lang/*/attribution.json, anchored where a sentence opens."""
    words = load(lang, "attribution").get("continuation_openers", [])
    if not words:
        return None
    alts = "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )
    return re.compile(rf"(?:{alts})\b", re.IGNORECASE)


def _continued_pick(
    text: str, s0: int, s1: int, before: Fact, quoted: Mask, lang: str
) -> list[Fact]:
    """A sentence that picks one or more out of what the sentence before reported ("Hendra
    menyebut tujuh napi kabur. Salah satunya, berinisial RS (27), divonis 9 tahun", "Police
    said 14 inmates escaped. Two of them were ...") goes on with that source's account, when
    its attribution covers the end of the sentence before, in the same paragraph."""
    pattern = _continuation_re(lang)
    if pattern is None or not (before.attrs.get("entity") or before.value):
        return []
    m = pattern.match(text, s0, s1)
    if m is None or not quoted.free(m.start(), m.end()):
        return []
    prev_scope = before.attrs.get("scope")
    if not isinstance(prev_scope, list) or prev_scope[1] <= prev_scope[0]:
        return []
    gap = text[int(prev_scope[1]) : s0]
    if "\n" in gap or gap.strip(" .!?\"”’'") or before.end > s0:
        return []  # the source's words end before its sentence does, or a paragraph breaks
    scope = _trim(text, s0, _before_comparison(text, s0, s1, lang))
    attrs: dict[str, object] = {
        "cue": before.attrs.get("cue", ""),
        "scope": [scope[0], scope[1]],
        "carried": True,
    }
    if before.attrs.get("entity"):
        attrs["entity"] = before.attrs["entity"]
    return [_carried_fact(before, m, before.label, attrs)]


_TIME_TAIL_WORDS = frozenset(
    {"pekan", "depan", "tadi", "hari", "ini", "last", "next", "this", "week"}
)
_WORD_SPANS_RE = re.compile(r"\S+")


def _before_time_tail(text: str, src: tuple[int, int], lang: str) -> tuple[int, int]:
    """A source after a passive cue without the time that closes it ("disampaikan Kementerian
    Perhubungan kemarin", "diumumkan Kepala Sekolah pekan depan", "announced by the ministry
    last week"): lower-case words of time, or a weekday, are when it was told, not who."""
    times = _words(lang, "time_openers")
    weekdays = lexicon(lang).weekdays
    words = list(_WORD_SPANS_RE.finditer(text, *src))
    while len(words) > 1:
        w = words[-1].group()
        low = fold(w)
        if not (w.islower() and (low in times or low in _TIME_TAIL_WORDS)) and not (
            low in times and low in weekdays
        ):
            break
        words.pop()
    return src[0], words[-1].end() if words else src[1]


def _past_time_opener(
    words: list[re.Match[str]],
    base: int,
    ents: SpanIndex[Fact],
    dets: frozenset[str],
    lang: str,
) -> list[re.Match[str]]:
    """The subject's words past a time phrase that opens the clause with no comma ("Sehari
    sebelumnya kementerian mencatat", "Earlier the ministry said"): the time is no part of
    the source. Only words of time up to the last ``time_openers`` word among the first three,
    none of them a name, and never the last word."""
    times = _words(lang, "time_openers")
    cut = max(
        (i for i, w in enumerate(words[:3]) if i < len(words) - 1 and fold(w.group()) in times),
        default=-1,
    )
    if cut < 0 or ents.inside(base + words[0].start(), base + words[cut].end()):
        return words
    rest = words[cut + 1 :]
    while len(rest) > 1 and fold(rest[0].group()) in dets:
        rest = rest[1:]
    return rest


# Passive cues that Indonesian follows with their agent without "oleh" ("Pendapatan tiket
# diklaim PSSI menembus Rp 14 miliar"); "diduga" is not one ("Pelaku diduga Rudi": Rudi is
# who the culprit is suspected to be, not who suspects).
_AGENT_PASSIVES = frozenset({"diklaim"})


def _agent_after(text: str, pos: int, ents: SpanIndex[Fact]) -> tuple[int, int] | None:
    """The body or person named right after a passive cue (one space apart), else None."""
    agent = next(ents.starting_from(pos + 1), None)
    if agent is None or agent.start != pos + 1 or text[pos] != " ":
        return None
    return (agent.start, agent.end) if agent.label in ("ORG", "PER") else None


# Passive distancing cues whose agent follows a preposition ("diklaim oleh pihak pengelola",
# "a figure claimed by the rebels"): the agent is who claims, the sentence what is claimed.
_AGENT_AFTER_CUES = frozenset({"diklaim oleh", "claimed by", "alleged by"})
# "oleh" (by) later in a passive's clause: "Jumlah korban diklaim mencapai 50 orang oleh
# kelompok itu" puts the agent after what is claimed
# words that close a passive's agent and open what it is claimed as ("diklaim oleh X
# sebagai rekor baru", "claimed by the club as a record")
_AGENT_CLOSERS = frozenset({"sebagai", "as", "karena", "because", "menjadi", "hingga", "sampai"})
_LATER_AGENT_RE = re.compile(r"\soleh\s+", re.IGNORECASE)


def _agent_phrase_end(text: str, src: tuple[int, int], lang: str) -> tuple[int, int] | None:
    """The agent of a passive cue cut before the first word that is a verb of its own: an
    Indonesian lowercase word with a main-verb prefix ("pihak pengelola | mencapai Rp 3
    miliar") that is no role ("wakil menteri"), in English an infinitive ("the rebels | to be
    40 dead"), or a word opening what the claim is ("sebagai", "as")."""
    prefixes, not_verbs = _relative_words(lang)[1:]
    roles = _role_words(lang)
    for w in re.finditer(r"[^\W\d_]+", text[src[0] : src[1]]):
        word = w.group()
        if w.start() == 0 or not word[:1].islower():
            continue
        folded = fold(word)
        verb = folded in _AGENT_CLOSERS or (
            folded == "to"
            if lang == "en"
            else folded.startswith(prefixes) and folded not in not_verbs and folded not in roles
        )
        if verb:
            end = src[0] + w.start()
            while end > src[0] and text[end - 1] in " ,":
                end -= 1
            return (src[0], end) if end > src[0] else None
    return src


def _agent_later(
    text: str,
    pos: int,
    limit: int,
    dets: frozenset[str],
    stops: frozenset[str],
    lang: str,
) -> tuple[int, int] | None:
    """The agent a passive claim names at the end of its clause ("diklaim mencapai 50 orang
    oleh kelompok bersenjata itu"), after "oleh" and before any comma, else None (cheap
    guard: most passives name no agent)."""
    if text.find(" oleh ", pos, limit) < 0:
        return None
    by = _LATER_AGENT_RE.search(text, pos, limit)
    if by is None or "," in text[pos : by.start()]:
        return None
    src = _source_after(text, by.end(), limit, dets, stops)
    return _agent_phrase_end(text, src, lang) if src is not None else None


_NAME_REST_RE = re.compile(r"(?:\s+[^\W\d_][\w-]*){1,3}(?=,)")


def _past_acronym(text: str, pos: int) -> int:
    """Past a bracketed short name right at ``pos`` ("(BPKP), kerugian negara ..."), and the
    few words closing the name before a comma: the name's acronym repeats the source, it is
    no part of what the source said."""
    m = _ACRONYM_AFTER_RE.match(text, pos)
    if m is None:
        return pos
    # the rest of the body's name after its acronym ("(KPU) Jawa Tengah, ...", "(PDF)
    # setempat, ..."): a few words up to a comma are still who, not what
    rest = _NAME_REST_RE.match(text, m.end())
    return _past_spaces_commas(text, rest.end() if rest else m.end())


# A source described again instead of named, opening its clause (Indonesian): a noun, maybe
# one word more, a relative clause or a few lowercase words, and a demonstrative pointing back
# ("Lembaga yang bermarkas di Washington itu", "Pria yang juga mantan kapten tim itu",
# "Perusahaan pelat merah tersebut"); what may stand between the demonstrative and the cue is
# an adverb ("juga", "pun")
_DESCRIBED_RE = re.compile(
    r"[\s\"“]*([^\W\d_]+)(?:\s+[^\W\d_]+)?"
    # a relative clause, or up to three lowercase words ("Lembaga keuangan internasional itu")
    r"(?:\s+yang\s+[^.;:!?“”\"]{3,80}?|(?:\s+[a-z][\w-]*){0,3})\s+(?:itu|tersebut)"
    r"(?:\s+(?:juga|pun|kembali|sendiri|bahkan))?\s*$",
    re.IGNORECASE,
)
# nouns for a person described again ("pria", "politikus"); the roles of lang/*/titles.json too
_PERSON_NOUNS = frozenset({"pria", "wanita", "perempuan", "lelaki", "sosok", "pemuda", "tokoh"})
# nouns for a body described again ("organisasi", "lembaga"); the institution_words of
# lang/*/attribution.json too. Not "warga", "saksi": people, never a body named before.
_BODY_NOUNS = frozenset(
    {"organisasi", "institusi", "kelompok", "partai", "klub", "maskapai", "emiten", "asosiasi"}
    | {"federasi", "grup", "korporasi", "produsen", "lembaga", "badan", "otoritas"}
)
# How far back (characters) the body or person a description points back to may be named.
_DESCRIBED_REACH = 1500


def _described_again(
    text: str, s0: int, pos: int, ents: SpanIndex[Fact], lang: str
) -> tuple[int, int, Fact] | None:
    """The source before a cue written as a description of a body or a person named before
    ("Lembaga yang bermarkas di Washington itu mengklaim", after "IMF memangkas ..."): the
    description's span and the nearest body (or person, for a person noun) named before
    its sentence. None when the clause is no such description or nothing fits."""
    if lang == "en":
        return _described_again_en(text, s0, pos, ents)
    if lang != "id" or (text.find(" itu", s0, pos) < 0 and text.find(" tersebut", s0, pos) < 0):
        return None  # (cheap guard: a description always points back with its demonstrative)
    m = _DESCRIBED_RE.match(text, s0, pos)
    if m is None:
        return None
    noun = fold(m.group(1))
    person = noun in _PERSON_NOUNS or noun in _role_words(lang)
    if not person and noun not in _BODY_NOUNS and noun not in _words(lang, "institution_words"):
        return None
    if any(e.label in ("ORG", "PER") for e in ents.inside(m.start(1), pos)):
        return None  # the description names its own body ("Lembaga yang dipimpin X itu")
    kind = "PER" if person else "ORG"
    referent = next(
        (e for e in ents.ending_before(s0) if e.label == kind and s0 - e.end <= _DESCRIBED_REACH),
        None,
    )
    if referent is None:
        return None
    return m.start(1), len(text[:pos].rstrip()), referent


# An English body described again instead of named, as the whole subject of its verb: "the",
# up to three words that qualify it ("Vienna-based", "state-owned", "environmental") and a
# noun for a body ("The Vienna-based watchdog said", "The environmental group claimed").
_DESCRIBED_EN_RE = re.compile(
    r"[\s\"“]*[Tt]he\s+((?:(?:[A-Z][\w.]*-|[a-z][\w]*-)?[a-z][\w-]*\s+){0,3}([a-z]+))\s*$"
)
# nouns a body is called by again after its name; not "ministry", "police", "government": a
# new body of that kind is as often brought in by its common noun alone
_BODY_NOUNS_EN = frozenset(
    {"group", "watchdog", "organisation", "organization", "body", "lender", "fund", "firm"}
    | {"company", "agency", "institution", "federation", "association", "union", "alliance"}
    | {"coalition", "bloc", "carrier", "airline", "broadcaster", "insurer", "miner", "cartel"}
    | {"conglomerate", "automaker", "carmaker", "retailer", "developer", "operator", "network"}
)


_MESSENGER_BEFORE_RE = re.compile(r"\btold\s+$")
_MESSENGER_AFTER_RE = re.compile(r"\s+reported\b")
# words in a body's name that tell its kind, for the noun it is called by again
_NAME_HINTS = {
    "airline": frozenset({"air", "airlines", "airways", "aviation"}),
    "carrier": frozenset({"air", "airlines", "airways", "lines", "shipping"}),
    "union": frozenset({"federation", "confederation", "workers"}),
    "lender": frozenset({"bank", "fund"}),
    "company": frozenset({"inc", "ltd", "corp", "plc", "group", "holdings", "pt", "tbk"}),
}


def _described_again_en(
    text: str, s0: int, pos: int, ents: SpanIndex[Fact]
) -> tuple[int, int, Fact] | None:
    """The English form of :func:`_described_again`: "The Vienna-based watchdog said" after
    the agency was named is that agency (its place, "Vienna", is no source). The nearest
    organisation named before the sentence is meant; None when the subject names its own
    body or none was named within reach."""
    if text.find("he ", s0, pos) < 0:
        return None  # (cheap guard: the description opens with "the")
    m = _DESCRIBED_EN_RE.fullmatch(text, s0, pos)
    if m is None or m.group(2) not in _BODY_NOUNS_EN:
        return None
    if any(e.label in ("ORG", "PER") for e in ents.inside(m.start(1), pos)):
        return None  # "The Jakarta-based Indef think tank said": named by itself
    bodies = [
        e
        for e in ents.ending_before(s0)
        if e.label == "ORG"
        and s0 - e.end <= _DESCRIBED_REACH
        # the outlet that was told or reported it ("told Reuters", "Reuters reported") is
        # the messenger, never the body described
        and not _MESSENGER_BEFORE_RE.search(text, max(0, e.start - 6), e.start)
        and not _MESSENGER_AFTER_RE.match(text, e.end)
    ]
    if not bodies:
        return None
    # a body whose name carries the noun ("the agency": "... Enforcement Agency"; "the
    # airline": "Nusantara Air") before a nearer one of another kind (the plane's maker)
    hints = _NAME_HINTS.get(m.group(2), frozenset()) | {m.group(2)}
    named = next((e for e in bodies if hints & {fold(w) for w in e.text.split()}), None)
    return m.start(1), m.end(2), named or bodies[0]


def _person_before_relative(
    text: str, floor: int, clause_start: int, ents: SpanIndex[Fact]
) -> tuple[int, int] | None:
    """The person a relative clause before a cue describes ("Rusdi yang ditemui di posko
    pemenangannya mengaku", "Rossi, who was at the scene, said" is handled by the comma):
    the subject is the person right before "yang"/"who"."""
    rel = _RELATIVE_END_RE.search(text, max(floor, clause_start - 6), clause_start)
    if rel is None:
        return None
    person = next((e for e in ents.ending_before(rel.start() + 1) if e.label == "PER"), None)
    if person is None or person.end != rel.start() or person.start < floor:
        return None
    return person.start, person.end


# a list of names joined by commas and "dan"/"and" ("A, B, dan C"): one group of speakers
_LIST_END_RE = re.compile(r"\s*,?\s*(?:dan|and|serta)\s+", re.I)
_LIST_GAP_RE = re.compile(r"\s*(?:,\s*(?:(?:dan|and|serta)\s+)?|(?:dan|and|serta)\s+)", re.I)
# words that open a predicate before a contrasting second one ("The ministry did not name
# the vessels but said ...", "Polisi tidak merinci identitasnya, tetapi mengatakan ..."):
# the subject ends before them
_PREDICATE_OPENERS = frozenset(
    {
        "did", "does", "do", "has", "have", "had", "would", "will", "could", "was", "were",
        "is", "are", "declined", "refused", "tidak", "belum", "enggan", "menolak",
    }
)  # fmt: skip
_CONTRASTS = frozenset({"but", "tetapi", "tapi", "namun"})


def _listed_people(
    text: str, floor: int, pos: int, ents: SpanIndex[Fact]
) -> tuple[int, int] | None:
    """Two or more people listed right before a cue ("Arief Hidayat, Saldi Isra, dan Enny
    Nurbaningsih menyatakan"): the list is the source, not its last name or a fragment of it
    that starts at "dan"."""
    end = len(text[floor:pos].rstrip(" ,")) + floor
    people = [e for e in ents.inside(floor, end) if e.label == "PER"]
    if len(people) < 2 or people[-1].end != end:
        return None
    # a list closes with "dan"/"and" before its last name; "Sjahrial, Benny Tambunan," with
    # a comma only is a name and its apposition
    if not _LIST_END_RE.fullmatch(text, people[-2].end, people[-1].start):
        return None
    first = people[-2]
    for prev in reversed(people[:-2]):
        if _LIST_GAP_RE.fullmatch(text, prev.end, first.start) is None:
            break
        first = prev
    return first.start, end


def _before_first_predicate(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """The subject's words when the clause holds a predicate and a contrasting second verb
    ("The ministry did not name the vessels but said"): those before the first predicate."""
    if not any(fold(w.group()) in _CONTRASTS for w in words[1:]):
        return words
    for i, w in enumerate(words[1:], 1):
        word = w.group()
        if fold(word) in _PREDICATE_OPENERS or fold(word) in _CONTRASTS:
            return words[:i]
        if word.islower() and word.endswith("ed"):
            return words[:i]  # "Consumer groups welcomed the cap but said": a past verb
    return words


def _source_before(
    text: str,
    pos: int,
    floor: int,
    ents: SpanIndex[Fact],
    dets: frozenset[str],
    stops: frozenset[str],
    lang: str = "id",
    *,
    distancing: bool = False,
) -> tuple[int, int] | None:
    """The subject before a cue: the noun phrase that opens its clause ("Israel [telah lama]
    menuduh", "the health authorities [in Gaza] say", "Ekonom X, Lestari, memperkirakan").
    ``distancing``: the cue keeps the claim at arm's length ("mengaku", "claimed"), so a
    plural pronoun is a source by itself ("Mereka mengaku ...": the group's own account)."""
    rel = _RELATIVE_APPOSITION_RE.search(text, floor, pos)
    if rel is not None:
        pos = rel.start()  # "The Alliance, which represents the operators, said"
    aux = _TRAILING_AUX_RE.search(text, max(floor, pos - 12), pos)
    if aux is not None:
        pos = aux.start()  # "Thaco's founder, Tran Ba Duong, has said": the name, not "has"
    dateline = _DATELINE_RE.match(text, floor, pos)
    if dateline is not None:
        floor = dateline.end()  # "HANOI — Vietnam's ministry said": the place is the byline's
    pos = _before_degrees(text, floor, pos)
    age = (
        _TRAILING_AGE_RE.search(text, max(floor, pos - 16), pos) if ")" in text[floor:pos] else None
    )
    if age is None and text[max(floor, pos - 3) : pos].rstrip().endswith(","):
        # "Nakhoda berinisial RH, 41 tahun, mengaku": an age between commas
        age = _COMMA_AGE_RE.search(text, max(floor, pos - 24), pos)
    if age is not None:
        pos = age.start()  # "Pedagang kopi, Sutrisno (45), mengaku": the name, not the age
    listed = _listed_people(text, floor, pos, ents)
    if listed is not None:
        return listed  # "Arief, Saldi, dan Enny menyatakan": the three speak as one
    pos = _before_appositions(text, floor, pos)
    bodies = [e for e in ents.inside(floor, pos) if e.label == "ORG"]
    marks = [floor] + [
        floor + m.end()
        for m in _CLAUSE_RE.finditer(text[floor:pos])
        if not _acronym_bracket(text, floor + m.start())
        # "The Garment Manufacturers and Exporters Association said": a body's own "and"
        and not any(e.start < floor + m.start() < e.end for e in bodies)
        # "Tim yang dipimpin X menyebut": a relative naming the leader opens no clause
        and not _LED_AFTER_RE.match(text, floor + m.end())
    ]
    clause_start = marks[-1]
    if len(marks) >= 2 and not any(e.label != "LOC" for e in ents.inside(clause_start, pos)):
        who = _person_before_relative(text, floor, clause_start, ents)
        if who is not None:
            return who  # "Rusdi yang ditemui di posko mengaku ...": the person, not "ditemui"
    if len(marks) >= 2 and _adverbial_only(text, clause_start, pos, ents, lang):
        pos = clause_start  # "X, dalam keterangan tertulis menuding": the subject is before
    if not text[clause_start:pos].strip() and len(marks) >= 2:
        # "Ekonom UGM, Lestari Puspitasari, memperkirakan": the name is in apposition
        clause_start = marks[-2]
        pos = clause_start + len(text[clause_start:pos].rstrip(" ,"))
        if len(marks) >= 3 and _is_apposition(text, clause_start, pos, ents, lang):
            # "Lumora, the video streaming company based in X, said": skip the apposition
            clause_start = marks[-3]
            pos = clause_start + len(text[clause_start : marks[-2]].rstrip(" ,"))
    words = list(re.finditer(r"[^\s,;:()]+", text[clause_start:pos]))
    while words and fold(words[0].group()) in dets:
        words.pop(0)
    words = _past_time_opener(words, clause_start, ents, dets, lang)
    if not words or fold(words[0].group()) in _CONJUNCTIONS:
        return None  # ", and warned residents": a second verb of a subject told before
    words = _before_first_predicate(words)
    if len(words) == 1 and fold(words[0].group()) in _RELATIVES:
        return None  # "the driver, who admitted drinking,": the relative's verb, no source
    if (
        distancing
        and len(words) == 1
        and fold(words[0].group()) in _PLURAL_PRONOUNS
        and not ents.inside(clause_start, pos)
    ):
        # "Mereka mengaku sudah dua pekan tertahan di perbatasan": the group's own account,
        # told by the group the sentence before named (no person stands for "mereka")
        return clause_start + words[0].start(), clause_start + words[0].end()
    if fold(words[0].group()) in _PRONOUNS and not any(
        e.start == clause_start + words[0].start() for e in ents.inside(clause_start, pos)
    ):  # (the Balinese "I" opens a name: "I Gede Darmawan mengatakan")
        if len(words) > 2:
            return None
        return _person_meant(clause_start, fold(words[0].group()), ents)
    near = [f for f in ents.inside(clause_start, pos) if f.label == "PER"]
    led = _leader_cue(text, clause_start, near[-1].start) if near else None
    leader_end = None
    if led is not None and pos - near[-1].end <= 25:
        # "KKB pimpinan Tenius Murib mengklaim", "the panel led by X said": the group is the
        # clause's subject and the source, the leader after the cue qualifies it
        leader_end, pos, near = near[-1].end, led, []
        words = [w for w in words if clause_start + w.end() <= pos]
    if near and pos - near[-1].end <= 25:
        # "Juru bicara Kementerian Luar Negeri Qatar Majed Rahman mengatakan"; "Tjoa Kian Hoo
        # atau yang akrab disapa Hendra, mengaku": an alias of a name in its clause gives way
        # to the full name, the one the article's other mentions are known by
        if len(near) >= 2 and near[-2].end + 1 == near[-1].start and text[near[-2].end] == "-":
            # "pasangan Siti Rahma-Budi Hartono mengklaim": a ticket joined by a hyphen
            # speaks as one
            return near[-2].start, near[-1].end
        named = next(
            f for f in ents.inside(floor, pos) if f.label == "PER" and f.value == near[-1].value
        )
        return named.start, named.end
    phrase: list[re.Match[str]] = []
    for w in words:
        if fold(w.group()) in stops and phrase:
            break
        phrase.append(w)
        # (a bracketed short name, "(BPBD)", is not counted: it repeats the name)
        counted = sum(1 for p in phrase if text[max(0, clause_start + p.start() - 1)] != "(")
        if counted >= _MAX_BEFORE_WORDS:
            break
    if not phrase:
        return None
    s, e = clause_start + phrase[0].start(), clause_start + phrase[-1].end()
    if text[e : e + 1] == ")" and "(" in text[s:e]:
        e += 1  # "Kelompok kriminal bersenjata (KKB)": the short name's bracket closes
    # a body whose name holds a stop word runs to its end ("Meteorology, Climatology and
    # Geophysics Agency")
    e = max([e] + [b.end for b in bodies if b.start < e < b.end])
    if leader_end is not None:
        return s, leader_end  # the group's phrase with its leader, headed by the group
    # a person named in the phrase is the source, with or without the role before them
    persons = [f for f in ents.inside(s, e) if f.label == "PER"]
    if persons:
        return persons[-1].start, persons[-1].end
    return s, e
