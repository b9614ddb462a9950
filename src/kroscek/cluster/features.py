"""Per-article clustering features, computed for a whole batch at once (pure functions).

An article is summarised by:

- a MinHash signature over word shingles (``Settings.shingle_words`` words), computed with
  numpy for the whole batch: each token is hashed once (xxhash), shingles are combined from
  token hashes with vectorised arithmetic, and the ``Settings.minhash_perms`` permutations are
  multiply-add-shift hashes ``((a*x + b) mod 2**64) >> 32`` whose minimum per article is
  taken with ``np.minimum.reduceat``. The signature estimates shingle Jaccard (near-duplicate
  copies) and its LSH bands (``Settings.lsh_bands``, as 63-bit ints) find them in SQLite.
- ``ents``: names, found cheaply as capitalised words that do not open a sentence (plus
  pairs of adjacent ones, "Kabupaten Garut"), lower-cased and hashed. Names are what tell
  two floods on the same day apart, so they weigh most in story similarity. A name met
  once, and only in the closing part of a long text, is background and left out; a name the
  headline or the text repeats counts twice; each word is keyed by a spelling fold, so that
  one name in two outlets' spellings is one term.
  A clause that recaps an earlier event ("Sehari setelah menangkap Bupati Ogan Ilir, ...",
  "Earlier on Tuesday, a fire ...") or ties the event to one going on at the time ("The
  incident came as ships searched ...") adds no name or number.
- ``nums``: the numbers written in the text (two digits or more, separators removed), with
  the same closing-part rule.
- ``terms``: content words of the headline and lead, for topical similarity; with them, kept
  apart by their ids, the kinds of event the headline names (``event_kinds``) and the
  event's markers, its scores and kilometre posts (``event_markers``).

Everything here is deterministic and free of I/O, so the Dask runner can partition it.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from itertools import chain, compress, pairwise
from typing import Any

import numpy as np
import xxhash

from kroscek.data import Article
from kroscek.settings import DEFAULT, Settings
from kroscek.text.tokens import token_texts

MASK63 = (1 << 63) - 1
# Bumped whenever a change makes new signatures incomparable with stored ones (how names are
# keyed or counted, shingles, hashing): a corpus signed by another version would quietly stop
# finding stories, so the writer refuses it (kept in ``cluster_state.signature_version``).
# 2: repeated names count twice ("+name") and name keys are spelling-folded.
# 3: names and numbers in a recap clause ("Sehari setelah ..., ") are left out.
# 4: each name of a hyphenated compound of names counts ("Sofia-Burgas": "sofia", "burgas");
#    a headline mark ("^name") is keyed from its name's id (head_id).
# 5: an amount glued to its currency ("Rp95.000", "RM4,50") or a magnitude to its "M"
#    ("M5,9") is a number (95000, 450, 59), not a name "rp95" and a number "000".
# 6: a recap sentence's cue may be followed by its time before the comma ("Earlier on
#    Tuesday, ...", "Sebelumnya pada Senin (19/10), ..."): its names are not counted.
# 7: the kinds of event the headline names ("longsor", "flood") are terms too (event_kinds).
# 8: the scores and kilometre posts of the headline and top are terms too (event_markers);
#    a sentence opened by "Senin lalu," / "Last week," is a recap (its names are not counted).
# 9: half-time and shoot-out scores are markers of their own kinds, a decimal kilometre post
#    ("kilometer 97,2") is one, and a recap after a colon ("dalam sepekan: Senin lalu sebuah
#    bus ...") or opened by "Musim lalu," / "Last season," is passed over.
# 10: an opinion piece's headline ("Opini: ...", "Column | ...") is marked (Signature.opinion);
#     names written another way in another language share a key ("Central Java" = "Jawa
#     Tengah", "Moscow" = "Moskow").
# 11: a country's English names share a key with its Indonesian one ("Philippines" =
#     "Filipina", "Egypt" = "Mesir"; ``country_variants``, from CLDR).
# 12: a protest and an agreement are kinds of event ("unjuk rasa", "rally"; "kesepakatan",
#     "deal": ``event_kinds``).
SIGNATURE_VERSION = 12
# The id of a name's second count ("+name", a name the text repeats) is an odd-multiplier
# affine map of the name's id (a bijection of 63-bit ints, and no involution), so that the
# score can tell it from the name itself: ``repeat_id(name_id)`` (see Signature.repeats).
_REPEAT_MUL = 0x9E3779B97F4A7C15
_REPEAT_ADD = 0x632BE59BD9B4E019


def repeat_id(term: int) -> int:
    """The id of the second count of the name whose id is ``term``."""
    return (term * _REPEAT_MUL + _REPEAT_ADD) & MASK63


# The id of a name's headline mark ("^name") is another such map of the name's id, so that
# the score can tell which names the headline carries (see Signature.actors).
_HEAD_MUL = 0xD6E8FEB86659FD93
_HEAD_ADD = 0x2545F4914F6CDD1D


def head_id(term: int) -> int:
    """The id of the headline mark of the name whose id is ``term``."""
    return (term * _HEAD_MUL + _HEAD_ADD) & MASK63


LEAD_WORDS = 250  # the headline plus this many words of the body make the topical terms
_CHUNK = 768  # shingles per MinHash chunk (see minhash_batch)
MAX_KEYS = 64  # names and numbers kept per article (most frequent first), bounds index size
# Inverted pyramid: a name or number met only once, and only in the closing part of a text
# (after this share of its tokens, and after its first _TOP_MIN_TOKENS), is background, a
# recap of another event or a byline, not the event (see _names_and_numbers).
_TOP_SHARE = 0.85
_TOP_MIN_TOKENS = 120
# Names a text repeats that enter its name set a second time ("+name"; see
# _names_and_numbers): the most frequent first, at most this many (bounds index growth).
_REPEATED_MAX = MAX_KEYS // 4
# A capitalised word after one of these opens a sentence (or a quote), so it is not taken for
# a name. "(" is not one: in news text a parenthesis holds a name or an abbreviation far more
# often than a sentence ("Tol Cikopo-Palimanan (Cipali)", "(Cakrawala)").
_SENTENCE_OPENERS = frozenset(".!?:;\"“”'‘’)[]–—-•*#|")
_POSSESSIVES = ("'s", "’s")


def _both_cases(words: str) -> frozenset[str]:
    """The space-separated words, lower-case and capitalised."""
    return frozenset(w for word in words.split() for w in (word, word.capitalize()))


# A sentence that opens with a sequence word ("Sehari setelah ...", "Usai ...", "A day after
# ...") up to its first comma names an earlier event, and so does a whole sentence opened by
# "Sebelumnya," / "Earlier,": recaps, not the article's own event (see recap_spans).
_RECAP_OPENERS = _both_cases("setelah sesudah usai seusai pasca after following")
_RECAP_SENTENCES = _both_cases("sebelumnya previously earlier separately")
# "The incident came as ships searched the Molucca Sea for ..., which", "The rally comes amid
# ...": an English report ties its event to another one going on at the time; the rest of
# that sentence names the other event (seventh review: a helicopter's emergency
# landing closed on the search for a missing airliner). Only right after "came"/"comes"/
# "come": "as" and "amid" are otherwise words of the article's own sentences.
_RECAP_CONCURRENT = frozenset(("as", "amid"))
_RECAP_CONCURRENT_VERBS = frozenset(("came", "comes", "come"))
# "Senin lalu, bus ... menabrak truk di KM 112" / "Last week, a bus hit ...": a sentence opened
# by a past day, week or month and a comma recalls an earlier look-alike event (ninth review:
# the second crash on a toll road recalled the first, its bus and its kilometre post). The
# cue is "lalu" after such a word ("Dua hari lalu,") or "Last" before one ("Last Monday,").
_RECAP_PAST = frozenset(("lalu", "Last"))
_RECAP_PAST_TIMES = _both_cases(
    "senin selasa rabu kamis jumat sabtu minggu pekan bulan hari tahun musim week month year "
    "season weekend monday tuesday wednesday thursday friday saturday sunday"
)
# "... kecelakaan kedua dalam sepekan: Senin lalu sebuah bus ..." / "the second crash in four
# days: on Monday a bus hit ...": after a colon, a past day (with "lalu", or after "on" /
# "last") opens a recap of the earlier event to the end of its sentence, comma or none (tenth
# review: the second crash's reports gave the first crash's kilometre post that way).
_RECAP_COLON = ":"
_RECAP_COLON_LEADS = _both_cases("on pada last")
_RECAP_CUES = _RECAP_OPENERS | _RECAP_SENTENCES | _RECAP_CONCURRENT | _RECAP_PAST | {_RECAP_COLON}
# the words of a time span that may come before the sequence word ("Dua hari setelah", "Hours
# after"); any other word there makes it a clause inside a sentence ("datang setelah ...")
_RECAP_SPAN_WORDS = _both_cases(
    "sehari dua tiga empat lima beberapa hari sepekan pekan seminggu minggu sebulan bulan "
    "jam tak lama hanya a one two three four five day days hour hours week weeks month "
    "just only shortly soon"
)
# a time unit right before the sequence word makes it a recap anywhere in a sentence ("sebelas
# jam setelah gempa di Banten", "11 hours after a quake struck off Banten")
_RECAP_UNITS = _both_cases(
    "sehari sepekan seminggu sebulan hari jam pekan minggu bulan day days hour hours week "
    "weeks month months"
)
_RECAP_LEAD = 3  # at most this many such words before the sequence word
# "Earlier on Tuesday," / "Sebelumnya pada Senin (19/10),": a recap sentence's cue may be
# followed by its time (at most this many tokens, each a word of time, a date's digit or
# sign) before its comma (seventh review: "Earlier on Tuesday, a fire destroyed 420 stalls
# in ..."); any other word makes the cue a word of the sentence ("Earlier reports said")
_RECAP_TIME_TOKENS = 8
_RECAP_TIME_WORDS = _both_cases(
    "pada hari tanggal pagi siang sore malam dini ini itu lalu kemarin tadi pekan minggu "
    "bulan tahun on in at this that last the same day week month year morning afternoon "
    "evening night today yesterday senin selasa rabu kamis jumat sabtu monday tuesday "
    "wednesday thursday friday saturday sunday januari februari maret april mei juni juli "
    "agustus september oktober november desember january february march may june july "
    "august october december"
) | frozenset("()/-")
_SENTENCE_ENDS = frozenset(".!?")
_SEED = 0x6B726F7363656B  # "kroscek"
# ``token_texts`` on ASCII text (most articles): its pattern with the classes spelt out for
# ASCII (where whitespace includes \x1c-\x1f, and "’" cannot occur): same tokens, faster.
_ASCII_SPACE = r" \t\n\r\f\v\x1c-\x1f"
_ASCII_TOKEN_RE = re.compile(
    rf"[{_ASCII_SPACE}]*+([0-9]+(?:[.,][0-9]+)*+|[A-Za-z0-9_]+(?:[-'][A-Za-z0-9_]+)*+"
    rf"|[^A-Za-z0-9_{_ASCII_SPACE}])"
)


# A currency written against its amount, the Indonesian and Malaysian way ("Rp95.000",
# "Rp14,2 miliar", "RM4,50"), and a quake's magnitude ("M5,9"): tokenised as one word, the
# amount became a name ("rp95") and its last digits a number ("000") shared by every price,
# or no number at all ("Rp14", ",", "2"). A space after the prefix makes the amount a number.
# The word boundary before the prefix is a lookbehind after it (no word character before the
# "R" or "M", which are word characters: the same matches as a leading ``\b``): a pattern
# that opens with its letters lets the regex engine skip to the next "R" or "M", where a
# leading ``\b`` is tried at every word boundary (half the time of the sub, ~9 us/article).
_GLUED_UNIT_RE = re.compile(r"(?:R[pM](?<!\w..)|M(?<!\w.)(?=\d[.,]\d))(?=\d)")


def _split_units(text: str) -> str:
    """``text`` with a space between a currency or magnitude prefix and its number."""
    return _GLUED_UNIT_RE.sub(r"\g<0> ", text)


def _tokens(text: str) -> list[str]:
    """``token_texts(text)``, through ``_ASCII_TOKEN_RE`` when the text is ASCII."""
    return _ASCII_TOKEN_RE.findall(text) if text.isascii() else token_texts(text)


@dataclass(frozen=True, slots=True, eq=False)
class Signature:
    """The clustering features of one article (arrays are sorted, unique, int64).

    ``keys`` (names and numbers), ``words`` and ``figures`` (numbers) are the same terms as
    Python sets, built once, on first use, because candidate scoring intersects them many
    times per arriving article (a worker process that only sends signatures on never
    builds them).
    """

    minhash: np.ndarray  # uint32, shape (perms,)
    bands: tuple[int, ...]  # one 63-bit bucket key per LSH band
    ents: np.ndarray
    nums: np.ndarray
    terms: np.ndarray
    keys: frozenset[int] = field(init=False)
    words: frozenset[int] = field(init=False)
    repeats: frozenset[int] = field(init=False)  # the "+name" ids among ``keys``
    # the names the headline carries and the text repeats: the article's own event's
    actors: frozenset[int] = field(init=False)
    # every name the headline carries (that the text names too): what the article is about
    heads: frozenset[int] = field(init=False)
    figures: frozenset[int] = field(init=False)  # ``nums`` as a set: the article's figures
    # the kinds of event the headline names (``event_kinds``; kept apart from ``words``)
    kinds: frozenset[int] = field(init=False)
    # the scores and kilometre posts its top states (``event_markers``; negative ids)
    markers: frozenset[int] = field(init=False)
    # its headline marks an opinion piece (``is_opinion``; kept apart from ``words``)
    opinion: bool = field(init=False)

    def __getattr__(self, name: str) -> frozenset[int] | bool:
        # called only while the slot is unset: ``keys``, ``words`` and ``repeats`` are built
        # here once
        if name == "keys":
            value = frozenset(self.ents.tolist() + self.nums.tolist())
        elif name in ("words", "kinds", "markers", "opinion"):
            terms = self.terms
            markers: frozenset[int] = frozenset()
            if len(terms) and terms[0] < 0:  # markers, sorted first: not topical words
                cut = int(np.searchsorted(terms, 0))
                markers = frozenset(terms[:cut].tolist())
                terms = terms[cut:]
            value = frozenset(terms.tolist())
            kinds = value & kind_ids()
            if kinds:  # a kind is not a topical word: it must not raise their cosine
                value = value - kinds
            opinion = OPINION in value
            if opinion:  # nor is the opinion mark
                value = value - {OPINION}
            object.__setattr__(self, "kinds", kinds)
            object.__setattr__(self, "markers", markers)
            object.__setattr__(self, "opinion", opinion)
            object.__setattr__(self, "words", value)
            return getattr(self, name)  # its slot is set now: read as any other
        elif name == "repeats":
            value = self.keys.intersection(map(repeat_id, self.ents.tolist()))
        elif name == "figures":
            value = frozenset(self.nums.tolist())
        elif name == "actors":
            keys = self.keys
            value = frozenset(
                t for t in self.ents.tolist() if head_id(t) in keys and repeat_id(t) in keys
            )
        elif name == "heads":
            keys = self.keys
            value = frozenset(t for t in self.ents.tolist() if head_id(t) in keys)
        else:
            raise AttributeError(name)
        object.__setattr__(self, name, value)
        return value

    # Pickled as raw bytes: signatures cross from the worker processes to the writer, the
    # serial step, where rebuilding five pickled numpy arrays cost ten times as much as
    # ``np.frombuffer`` over bytes (the arrays come back read-only, as from the database).
    def __getstate__(self) -> tuple[bytes, tuple[int, ...], bytes, bytes, bytes]:
        return (
            self.minhash.astype(np.uint32, copy=False).tobytes(),
            self.bands,
            self.ents.astype(np.int64, copy=False).tobytes(),
            self.nums.astype(np.int64, copy=False).tobytes(),
            self.terms.astype(np.int64, copy=False).tobytes(),
        )

    def __setstate__(self, state: tuple) -> None:
        minhash, bands, ents, nums, terms = state
        put = object.__setattr__
        put(self, "minhash", np.frombuffer(minhash, dtype=np.uint32))
        put(self, "bands", bands)
        put(self, "ents", np.frombuffer(ents, dtype=np.int64))
        put(self, "nums", np.frombuffer(nums, dtype=np.int64))
        put(self, "terms", np.frombuffer(terms, dtype=np.int64))


@functools.lru_cache(maxsize=1)
def _cluster_data() -> tuple[dict[str, Any], ...]:
    """Every language's ``cluster.json``, read once for all the word lists taken from it."""
    return tuple(
        json.loads(
            resources.files("kroscek.lang")
            .joinpath(lang)
            .joinpath("cluster.json")
            .read_text(encoding="utf-8")
        )
        for lang in ("id", "en")
    )


def _listed(key: str) -> frozenset[str]:
    """The words every language's ``cluster.json`` lists under ``key``."""
    return frozenset(word for data in _cluster_data() for word in data[key])


@functools.lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return _listed("stopwords")


@functools.lru_cache(maxsize=1)
def _kind_lexicon() -> tuple[dict[str, tuple[str, ...]], frozenset[str], frozenset[str]]:
    """Each headline word (or two-word phrase) naming a kind of event, with its kinds; the
    first words of the phrases; and the two-word phrases in which such a word names none
    ("under fire", "open fire"). From every language's ``cluster.json``."""
    kinds_of: dict[str, set[str]] = {}
    idioms: set[str] = set()
    for data in _cluster_data():
        for kind, words in data["event_kinds"].items():
            for word in words:
                kinds_of.setdefault(word, set()).add(kind)
        idioms.update(data["not_event_kinds"])
    firsts = frozenset(w.split()[0] for w in kinds_of if " " in w)
    return {w: tuple(sorted(k)) for w, k in kinds_of.items()}, firsts, frozenset(idioms)


def event_kinds(title_words: Sequence[str]) -> list[str]:
    """The kinds of event (``cluster.json``'s ``event_kinds``) the lower-cased headline
    words name: "Longsor Timbun Jalan di X" names a landslide, "Floods Submerge X" a flood;
    "Minister under fire" names none (``not_event_kinds``).

    What an event is, its place's name cannot tell: one regency has a landslide, a flood
    and an attack in one week, and across languages its name was all two such reports
    shared (docs/corpus.md, eighth review). The headline says what happened.
    """
    lexicon, firsts, idioms = _kind_lexicon()
    found: set[str] = set()
    last = len(title_words) - 1
    for i, word in enumerate(title_words):
        kinds = lexicon.get(word)
        if kinds and not (
            idioms
            and (
                (i > 0 and f"{title_words[i - 1]} {word}" in idioms)
                or (i < last and f"{word} {title_words[i + 1]}" in idioms)
            )
        ):
            found.update(kinds)
        if word in firsts and i < last:
            found.update(lexicon.get(f"{word} {title_words[i + 1]}", ()))
    return sorted(found)


@functools.lru_cache(maxsize=1)
def kind_ids() -> frozenset[int]:
    """The term ids of every kind of event (``Signature.kinds`` are those among its terms)."""
    kinds = {k for ks in _kind_lexicon()[0].values() for k in ks}
    return frozenset(term_hash("k", kind) for kind in kinds)


# Event markers: a match's final score ("2-1", "3-0") and a road's kilometre post ("KM 112",
# "kilometre 87") pin one event down the way a name cannot. Two matches of one tournament
# share its teams, its venue, its city and its coaches, and two crashes on one toll road
# share the road, its patrol unit and its officer: their names made three matches of four
# days one story, and two crashes three days apart another (docs/corpus.md, ninth review).
# Reports of one match state its score, reports of one crash its kilometre post, near the
# top. Markers are terms with negative ids (every other term id is a 63-bit hash, >= 0),
# which keeps them apart from the topical words and lets the score read their values back.
_SCORE_MAX = 99  # goals, points of a set, games: each side of a score is below 100
_SCORE_CODES = (_SCORE_MAX + 1) ** 2  # codes 1 .. _SCORE_CODES are scores (see marker_values)
_POST_MAX = 9_999  # kilometre posts: codes _SCORE_CODES + 1 .. _HALF_BASE
# A half-time score ("unggul 1-0 di babak pertama") and a shoot-out's ("menang adu penalti
# 4-3") are interim scores of their own kinds, codes _HALF_BASE + score, _SHOOT_BASE + score:
# a live report gives only the half-time score, a final report both, and a shoot-out report
# may give only the shoot-out (docs/corpus.md, tenth review). Each kind is compared with its
# own kind only.
_HALF_BASE = _SCORE_CODES + _POST_MAX + 1
_SHOOT_BASE = _HALF_BASE + _SCORE_CODES
_INTERIM_AFTER = 7  # words after a score read for a half-time or shoot-out word
# Only the headline and the top half of the text: a closing paragraph recaps another match's
# score or another crash's kilometre post ("Bus itu terguling di KM 75 pekan lalu.").
_MARKER_SHARE = 0.5
_MARKER_MIN_TOKENS = 100
_DASHES = frozenset("-–")
_KM_WORDS = _both_cases("km kilometer kilometre") | {"KM"}
# a number joined to the pair by one of these is a longer figure ("1-2-3", "7/1-2", "+1-2")
_SCORE_JOINS = frozenset("-–/+:")


@functools.lru_cache(maxsize=1)
def _interim_words() -> tuple[frozenset[str], frozenset[str]]:
    """``cluster.json``'s ``half_time_words`` and ``shootout_words`` of every language."""
    return _listed("half_time_words"), _listed("shootout_words")


def _interim_base(tokens: list[str], i: int, back: int) -> int:
    """0 for a full score whose first number is at ``i``, ``_HALF_BASE`` for a half-time
    score and ``_SHOOT_BASE`` for a shoot-out's: a word of ``_interim_words`` (one word or
    two) in the clause's next few words ("1-0 di babak pertama", "4-3 on penalties", "1-0 at
    half-time") or the ``back`` words before it, back to another number ("menang adu
    penalti 4-3"; in a headline, all of it: "Babak Pertama, Persikota Unggul 1-0"). A text
    reads only the two words before: "Usai turun minum, Persikota menambah dua gol dan
    menang 3-1" is a final score."""
    half, shoot = _interim_words()
    n = len(tokens)
    start = i
    while start > 0 and i - start < back and not tokens[start - 1][0].isdigit():
        start -= 1
    words = [tokens[j].lower() for j in range(start, i)]
    for j in range(i + 3, min(n, i + 3 + _INTERIM_AFTER)):
        tok = tokens[j]
        if tok in _SENTENCE_ENDS or tok == ",":
            break
        words.append(tok.lower())
    for k, word in enumerate(words):
        pair = f"{word} {words[k + 1]}" if k + 1 < len(words) else ""
        if word in half or pair in half:
            return _HALF_BASE
        if word in shoot or pair in shoot:
            return _SHOOT_BASE
    return 0


@functools.lru_cache(maxsize=1)
def _score_followers() -> frozenset[str]:
    """``cluster.json``'s ``score_followers`` of every language: the words that may follow a
    score ("menang 2-1 atas X", "a 1-1 draw")."""
    return _listed("score_followers")


def _marker_at(tokens: list[str], i: int, back: int = 2) -> int:
    """The marker whose number is the token at ``i`` (a token opening with a digit), or 0.

    A kilometre post is "KM" / "kilometer" / "kilometre" then its number ("15 km" is a
    distance). A score is two numbers of one or two digits joined by a dash and followed by
    a punctuation mark, the end of the text or a word that follows scores (``cluster.json``'s
    ``score_followers``: "atas", "dari", "draw"), not by any other word: "2-3 jam", "10-12
    Juli" and "5-10 persen" are ranges. A score is its two sides in order: "3-0" and "0-3"
    alike (the loser's report turns it round). A half-time or shoot-out score is coded as
    its own kind (``_interim_base``), and a post's decimal is dropped ("97,2" is 97).
    """
    tok = tokens[i]
    n = len(tokens)
    if i and tokens[i - 1] in _KM_WORDS:
        return -(1 + _SCORE_CODES + post) if (post := _post_number(tok)) is not None else 0
    if (
        len(tok) > 2
        or i + 2 >= n
        or tokens[i + 1] not in _DASHES
        or not tok.isdigit()
        or (i and tokens[i - 1] in _SCORE_JOINS)
    ):
        return 0
    other = tokens[i + 2]
    if len(other) > 2 or not other.isdigit():
        return 0
    if i + 3 < n:
        after = tokens[i + 3]
        if after in _SCORE_JOINS or (after[0].isalnum() and after not in _score_followers()):
            return 0
    a, b = sorted((int(tok), int(other)))
    return -(1 + a * (_SCORE_MAX + 1) + b) - _interim_base(tokens, i, back)


def _post_number(tok: str) -> int | None:
    """The kilometre of a post's number: "97" is 97, and so are "97,2" and "97.2" (a post
    written in kilometres with a decimal: 97.2 km is KM 97+200); None for any other token."""
    if tok.isdigit():
        return int(tok) if len(tok) <= 4 else None
    for sep in ",.":
        whole, _, part = tok.partition(sep)
        if part and whole.isdigit() and part.isdigit() and len(whole) <= 4 and len(part) <= 3:
            return int(whole)
    return None


def _chosen_markers(title_tokens: list[str], top: set[int], later: set[int]) -> list[int]:
    """The markers of the headline and the top of the text, or those of the rest of the text
    when neither states one (a follow-up about a driver gives the crash's kilometre post
    last)."""
    found = set(top)
    for i, tok in enumerate(title_tokens):
        if tok[0].isdigit():
            code = _marker_at(title_tokens, i, back=i)
            if code:
                found.add(code)
    return sorted(found or later)


def event_markers(title: str, text: str) -> list[int]:
    """The event markers (negative term ids) of an article: its scores and kilometre posts
    (see ``_marker_at`` and ``_chosen_markers``; recap clauses are passed over)."""
    *_, (top, later) = _text_terms_and_markers(_tokens(_split_units(text)))
    return _chosen_markers(_tokens(_split_units(title)), top, later)


def marker_values(markers: frozenset[int]) -> tuple[frozenset[int], list[int]]:
    """The full scores (as their ids) and the kilometre posts (as numbers) among
    ``markers``."""
    scores = frozenset(m for m in markers if -m <= _SCORE_CODES)
    posts = [-m - 1 - _SCORE_CODES for m in markers if _SCORE_CODES < -m < _HALF_BASE]
    return scores, posts


def interim_values(markers: frozenset[int]) -> tuple[frozenset[int], frozenset[int]]:
    """The half-time scores and the shoot-out scores among ``markers``, as the ids their
    scores have among full scores (a half-time 1-0 and a full-time 1-0 are one id)."""
    half = frozenset(m + _HALF_BASE for m in markers if _HALF_BASE < -m <= _SHOOT_BASE)
    shoot = frozenset(m + _SHOOT_BASE for m in markers if -m > _SHOOT_BASE)
    return half, shoot


def score_sides(score: int) -> tuple[int, int]:
    """The two sides of a full score's id, the smaller first ("2-1" -> (1, 2))."""
    a, b = divmod(-score - 1, _SCORE_MAX + 1)
    return a, b


@functools.lru_cache(maxsize=8)
def _perm_params(perms: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(_SEED)
    a = rng.integers(1, 2**63, size=perms, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    b = rng.integers(0, 2**63, size=perms, dtype=np.uint64)
    return a, b


@functools.lru_cache(maxsize=8)
def _band_params(rows: int) -> np.ndarray:
    rng = np.random.default_rng(_SEED + rows)
    return rng.integers(1, 2**63, size=rows, dtype=np.uint64) | np.uint64(1)


class _Memo(dict):
    """A dict that computes the value of a missing key once, with ``func``.

    Mapped over a list (``map(memo.__getitem__, keys)``), known keys are looked up without
    a Python call per key: only a miss runs ``__missing__``. Dropped when it outgrows
    ``limit`` (see :meth:`bounded`).
    """

    __slots__ = ("func", "limit")

    def __init__(self, func: Callable[[Any], Any], limit: int) -> None:
        super().__init__()
        self.func = func
        self.limit = limit

    def __missing__(self, key: Any) -> Any:
        value = self[key] = self.func(key)
        return value

    def bounded(self) -> _Memo:
        if len(self) > self.limit:
            self.clear()
        return self


def _token_hash(tok: str) -> int:
    return xxhash.xxh64_intdigest(tok.encode("utf-8", "surrogatepass"), seed=1)


class _TokenHasher:
    """xxhash of each distinct token once; the cache is bounded and dropped when full."""

    def __init__(self, limit: int = 1_000_000) -> None:
        self.cache = _Memo(_token_hash, limit)

    def __call__(self, tokens: Sequence[str]) -> np.ndarray:
        get = self.cache.bounded().__getitem__
        return np.array(list(map(get, tokens)), dtype=np.uint64)


_hasher = _TokenHasher()
_CACHE_LIMIT = 500_000  # entries of each cache below (dropped when full)
_term_ids: dict[str, _Memo] = {}


def _lower_word(tok: str) -> str:
    return tok.lower() if tok[0].isalnum() else ""


_lowered = _Memo(_lower_word, _CACHE_LIMIT)


def term_hash(kind: str, value: str) -> int:
    """A 63-bit id for a feature term (``kind`` keeps names, numbers and words apart)."""
    return xxhash.xxh64_intdigest(f"{kind}:{value}".encode("utf-8", "surrogatepass")) & MASK63


# Opinion pieces (docs/corpus.md, eleventh review). A column argues about a topic that is in
# the news and names its events ("Pekan ini giliran Gunungsari ..."); its names agree with the
# reports it cites as closely as a follow-up's (0.35 on the eleventh set), and single link
# then makes the reports and the column one story. A newsroom files it apart: an opinion
# piece is never one story with a report (an editorial, which a desk reads next to the
# reports it comments on, has no such headline mark and is left to its names).
OPINION = term_hash("o", "opinion")


@functools.lru_cache(maxsize=1)
def _opinion_marks() -> frozenset[str]:
    return _listed("opinion_marks")


def is_opinion(title_tokens: Sequence[str]) -> bool:
    """Whether a headline (as tokens) opens with an opinion mark and a colon or a bar
    ("Opini: ...", "KOLOM | ...", "Opinion: ...": ``opinion_marks`` in cluster.json)."""
    return (
        len(title_tokens) > 2
        and title_tokens[1] in (":", "|")
        and title_tokens[0].lower() in _opinion_marks()
    )


@functools.lru_cache(maxsize=1)
def _name_variants() -> dict[str, str]:
    """``name_variants`` of every language: a name's other spelling -> its key, and the
    English names of the countries (``country_variants``)."""
    variants = dict(country_variants())
    for data in _cluster_data():
        variants.update(data["name_variants"])
    return variants


class _Ranked(dict[str, int]):
    """Names, each with its rank in a list; ``intersection`` as a frozenset's."""

    def __init__(self, names: list[str]) -> None:
        super().__init__((name, i) for i, name in enumerate(names))
        self._set = frozenset(names)

    def intersection(self, other: dict[str, int]) -> frozenset[str]:
        return self._set.intersection(other)


@functools.lru_cache(maxsize=1)
def _variant_names() -> _Ranked:
    """The names ``_name_variants`` maps, with their order (a text's are met in it)."""
    return _Ranked(list(_name_variants()))


def _country_name(name: str) -> str | None:
    """A country's name as the name set keys it (lower case, at most a pair of words; no
    "(Burma)" or "St." form, which no text's names are keyed as), else None."""
    name = re.sub(r"\s*\(.*\)", "", name).strip().lower()
    if not name or "." in name or len(name.split()) > 2:
        return None
    return name


def _country_names(names: list[str]) -> set[str]:
    return {key for key in map(_country_name, names) if key is not None}


@functools.lru_cache(maxsize=1)
def country_variants() -> dict[str, str]:
    """Each country's English names -> its Indonesian name (twelfth review), as shipped in
    ``lang/en/country_names.json`` (``derive_country_variants`` made it).

    Across languages names are the only evidence, and a report of an event abroad names its
    country in the headline and again and again in its text: an English wire on a quake
    writes "Philippines" where the Indonesian versions write "Filipina", and the two shared
    nothing else of their own but the epicentre. The list is read from a file, not derived
    at run time: CLDR and the gazetteer cost 17 MB and a second of import in every ingest
    process.
    """
    from kroscek.text.lang import lang_data

    names: dict[str, str] = lang_data("en", "country_names")["country_names"]
    return names


def derive_country_variants() -> dict[str, str]:
    """``country_variants`` from their sources (for the file it is shipped in, and the test
    that keeps the two equal).

    The names come from CLDR (the country list the gazetteer is built from: lang/*/
    gazetteer.json) and the gazetteer's English aliases ("Britain"). The key is the
    Indonesian name, or the Indonesian alias that is one of its words ("Inggris" of
    "Inggris Raya", "Palestina" of "Wilayah Palestina"), as Indonesian texts write it. Left
    out: an English name that is Indonesian too ("Iraq", "Syria": the texts share it as it
    is), and the countries with a name that is also a common word or a first name
    ("Jordan", "Chad", "Turkey": the gazetteer's ``ambiguous``) or that the
    ``name_variants`` lists map already ("China" / "Tiongkok").
    """
    from babel import Locale

    from kroscek.extract.gazetteer import _SKIP_CODES
    from kroscek.extract.resources import load

    en_data, id_data = load("en", "gazetteer"), load("id", "gazetteer")
    ambiguous = {n.lower() for data in (en_data, id_data) for n in data.get("ambiguous", [])}
    listed = {n for data in _cluster_data() for pair in data["name_variants"].items() for n in pair}
    id_names = Locale("id").territories
    out: dict[str, str] = {}
    for code, en_name in Locale("en").territories.items():
        local = id_names.get(code)
        if len(code) != 2 or code in _SKIP_CODES or local is None:
            continue
        key = _country_name(local)
        if key is None:
            continue
        aliases = _country_names(id_data.get("aliases", {}).get(code, []))
        key = next((a for a in sorted(aliases) if a in key.split()), key)
        indonesian = aliases | {key}
        english = _country_names([en_name, *en_data.get("aliases", {}).get(code, [])])
        if (english | indonesian) & (ambiguous | listed):
            continue
        out.update(dict.fromkeys(english - indonesian, key))
    return dict(sorted(out.items()))


def _hash_set(kind: str, values: set[str] | list[str]) -> np.ndarray:
    """The sorted, unique ids (int64) of ``values`` as terms of ``kind``.

    The values are distinct strings as a rule, so their ids are too: they are sorted, and
    deduplicated (``np.unique``) only when two of them are equal.
    """
    if not values:
        return np.empty(0, dtype=np.int64)
    cache = _term_ids.get(kind)
    if cache is None:  # terms recur across articles: each is hashed once
        cache = _term_ids[kind] = _Memo(functools.partial(term_hash, kind), _CACHE_LIMIT)
    ids = list(map(cache.bounded().__getitem__, values))
    out = np.array(ids, dtype=np.int64)
    out.sort()
    return out if len(set(ids)) == len(ids) else np.unique(out)


def _body_words(tokens: list[str]) -> list[str]:
    """The lower-cased word tokens (``[t.lower() for t in tokens if t[0].isalnum()]``).

    Through a cache of token -> lower-case word ("" for punctuation): most tokens of an
    article were seen in earlier ones.
    """
    return list(filter(None, map(_lowered.bounded().__getitem__, tokens)))


def _kind_of_token(tok: str) -> int:
    """1 for a token opening with a digit, 3 for an acronym, 2 for another token opening
    with a capital, 4 for a sequence word that may open a recap clause, 0 for any other."""
    if tok in _RECAP_CUES:
        return 4
    first = tok[0]
    if first.isdigit():
        return 1
    if first.isupper():
        return 3 if _is_acronym(tok) else 2
    return 0


_token_kind = _Memo(_kind_of_token, _CACHE_LIMIT)


def _is_number(tok: str) -> bool:
    return tok[0].isdigit()


def fold_spelling(word: str) -> str:
    """One spelling of the variants a name is written in ("Widjaja" / "Wijaya", "Mohammad" /
    "Muhammad", "Nashir" / "Nasir", "Reza" / "Riza", "Syamsul" / "Samsul", "Hendrick" /
    "Hendrik"), for a lower-case word.

    Outlets transliterate a name each their own way, and the old Indonesian spelling lives
    on in names (dj = j, tj = c, j = y, oe = u). Folding e/i and o/u, sy/sh to s, ck to k
    and doubled letters makes the variants one term. The fold is a key, never shown: two
    different names folded together are rare, and share their weight when they are.
    """
    if "dj" in word or "tj" in word or "oe" in word:  # old spelling
        word = word.replace("dj", "\x01").replace("tj", "\x02").replace("j", "y")
        word = word.replace("\x01", "j").replace("\x02", "c").replace("oe", "u")
    word = word.replace("sy", "s").replace("sh", "s").replace("ck", "k")
    word = word.replace("e", "i").replace("o", "u")
    return "".join(ch for i, ch in enumerate(word) if not i or ch != word[i - 1])


def _fold_name(name: str) -> str:
    """``fold_spelling`` of each word of a name (a pair, or marked "^" / "+")."""
    mark = name[0] if name[0] in "^+" else ""
    return mark + " ".join(map(fold_spelling, name[len(mark) :].split(" ")))


_folded = _Memo(_fold_name, _CACHE_LIMIT)


def _is_acronym(tok: str) -> bool:
    return len(tok) >= 2 and tok.isupper() and tok.isalpha()


def _recap_comma(tokens: list[str], c: int) -> int:
    """The comma that closes the opener of a recap sentence at ``c``: right after the cue
    ("Earlier,") or after the words of its time ("Earlier on Tuesday,", "Earlier this week,",
    "Sebelumnya pada Senin (19/10),"); -1 when there is none, or when another word comes
    first ("Sebelumnya KPK menetapkan empat tersangka, ...", "Earlier reports said ...,":
    sentences of the article's own event).
    """
    for j in range(c + 1, min(c + 2 + _RECAP_TIME_TOKENS, len(tokens))):
        tok = tokens[j]
        if tok == ",":
            return j
        if tok not in _RECAP_TIME_WORDS and not tok.isdigit():
            return -1
    return -1


def _recap_end(tokens: list[str], c: int) -> int:
    """The end of the recap clause that the sequence word at ``c`` opens, or ``c`` if it
    opens none (see recap_spans)."""
    k = c  # the sentence start: at most _RECAP_LEAD words of a time span before the cue
    if tokens[c] in _RECAP_PAST:
        return _past_sentence_end(tokens, c)
    if tokens[c] == _RECAP_COLON:
        return _colon_recap_end(tokens, c)
    if tokens[c] in _RECAP_CONCURRENT:
        if c == 0 or tokens[c - 1] not in _RECAP_CONCURRENT_VERBS:
            return c
    else:
        while k > 0 and c - k < _RECAP_LEAD and tokens[k - 1] in _RECAP_SPAN_WORDS:
            k -= 1
        if k > 0 and tokens[k - 1] not in _SENTENCE_OPENERS and tokens[c - 1] not in _RECAP_UNITS:
            return c
    n = len(tokens)
    whole = tokens[c] in _RECAP_SENTENCES
    if whole and (c != k or _recap_comma(tokens, c) < 0):
        return c
    whole = whole or tokens[c] in _RECAP_CONCURRENT  # to the end of the sentence
    end = c + 1
    while end < n and tokens[end] not in _SENTENCE_ENDS:
        if tokens[end] == "," and not whole:
            # a comma ends the clause unless a name (list) follows and another comma
            j = end + 1
            while j < n and tokens[j][0].isupper():
                j += 1
            if j == end + 1 or j >= n or tokens[j] != ",":
                break
            end = j
            continue
        end += 1
    return end


def _past_sentence_end(tokens: list[str], c: int) -> int:
    """The end of the sentence that "Senin lalu," / "Dua pekan lalu," / "Last week," at
    ``c`` ("lalu" or "Last") opens, or ``c`` when the cue opens none: "lalu" must follow a
    past time (and perhaps its count) that opens the sentence, "Last" open it and come
    before one, and a comma must close the time ("lalu" alone is "then")."""
    if tokens[c] == "lalu":
        k = c - 1
        if k < 0 or tokens[k] not in _RECAP_PAST_TIMES:
            return c
        if k > 0 and tokens[k - 1] in _RECAP_SPAN_WORDS:
            k -= 1  # "Dua hari lalu,"
        comma = c + 1
    else:
        k = c
        if c + 1 >= len(tokens) or tokens[c + 1] not in _RECAP_PAST_TIMES:
            return c
        comma = c + 2
    if k > 0 and tokens[k - 1] not in _SENTENCE_ENDS:
        return c
    if comma >= len(tokens) or tokens[comma] != ",":
        return c
    end = comma + 1
    while end < len(tokens) and tokens[end] not in _SENTENCE_ENDS:
        end += 1
    return end


def _colon_recap_end(tokens: list[str], c: int) -> int:
    """The end of the sentence when the colon at ``c`` opens a recap of a past day ("...
    dalam sepekan: Senin lalu sebuah bus ...", ": dua hari lalu ...", ": on Monday a bus
    ...", ": last week ..."), else ``c``: a past time (and perhaps its count) then "lalu", or
    "on" / "pada" / "last" then a past time. A weekday with its date (": Senin (5/10)
    pukul 04.15 ...") is the article's own timeline."""
    n = len(tokens)
    j = c + 1
    lead = j < n and tokens[j] in _RECAP_COLON_LEADS
    if lead:
        j += 1
    if j < n and tokens[j] not in _RECAP_PAST_TIMES and tokens[j] in _RECAP_SPAN_WORDS:
        j += 1  # "dua hari lalu"
    if j >= n or tokens[j] not in _RECAP_PAST_TIMES:
        return c
    if not lead and (j + 1 >= n or tokens[j + 1] != "lalu"):
        return c
    end = j + 1
    while end < n and tokens[end] not in _SENTENCE_ENDS:
        end += 1
    return end


def recap_spans(tokens: list[str]) -> list[tuple[int, int]]:
    """Token ranges ``[start, end)`` of a text that recap another event.

    A clause that opens a sentence with a sequence word ("Sehari setelah menangkap Bupati
    Ogan Ilir, KPK kembali ...", "Usai OTT Lampung Timur, KPK ...", "A day after ...") or
    follows a time distance anywhere ("terjadi sebelas jam setelah gempa di Banten", "11
    hours after a quake struck off Banten") and runs to its first comma (over a list of names
    set off by commas: "di Campaka, Cianjur,"), and a sentence opened by "Sebelumnya," /
    "Earlier," / "Separately," or by those words and the time they speak of ("Earlier on
    Tuesday,", "Sebelumnya pada Senin (19/10),"): news ties an event to an earlier look-alike
    one this way, and the names there are the other event's. So does the rest of an English
    sentence after "came as" / "comes amid" ("The incident came as ships searched the sea
    for flight RW218, which ..."): an event another one coincided with (seventh review).
    """
    spans: list[tuple[int, int]] = []
    done = 0
    for c in compress(range(len(tokens)), map(_RECAP_CUES.__contains__, tokens)):
        if c >= done:
            end = _recap_end(tokens, c)
            if end > c:
                spans.append((c, end))
                done = end
    return spans


def _names_and_numbers(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Names and numbers of a text (given as its tokens), most frequent first.

    (``_text_terms`` without the repeated names.)
    """
    names, numbers, _ = _text_terms(tokens)
    return names, numbers


def _text_terms(tokens: list[str]) -> tuple[list[str], list[str], list[str]]:
    """Names and numbers of a text (given as its tokens), most frequent first, and the
    names it repeats (``_text_terms_and_markers`` without the markers)."""
    names, numbers, repeated, _ = _text_terms_and_markers(tokens)
    return names, numbers, repeated


def _text_terms_and_markers(
    tokens: list[str],
) -> tuple[list[str], list[str], list[str], tuple[set[int], set[int]]]:
    """Names and numbers of a text (given as its tokens), most frequent first, the names it
    repeats, and its event markers (``_marker_at``) in its top half and in the rest.

    A name is a capitalised word that does not open a sentence (a sentence opener is
    capitalised whatever it is), or an acronym anywhere; two adjacent names also count as a
    pair ("kabupaten garut"), which is far more specific than either word. An English
    possessive is the name itself ("Indonesia's" is "indonesia"): across languages names are
    the only evidence, and the Indonesian text writes "Indonesia". Numbers are kept without
    separators; parts of dates ("14/1/2024") and years are left out, since every story of
    the same day shares them. A compound of names joined by hyphens counts as itself and
    as each of its names ("Sofia-Burgas", "Forum Bisnis Indonesia-Chile"): another outlet
    writes the route or the pair of countries apart (docs/corpus.md, fourth review).

    News is written as an inverted pyramid: the event is at the top, the closing paragraphs
    hold background, recaps of earlier look-alike events ("on Thursday six people died when
    a bus ... Cipali"), bylines and footers. A term met once, and only in the last
    ``1 - _TOP_SHARE`` of the text (15 %: the closing paragraph or two of a 2-5 KB article),
    is left out: it would dilute the name cosine of two reports of one event (each outlet
    closes with its own background) and link two look-alike events whose recaps name each
    other. A term repeated anywhere is kept, and so is every term of a short text. The cut
    is not deeper because real reports do not keep strictly to the pyramid: a village or an
    official named once in the middle of a report is often the event's own (on the synthetic
    benchmark corpus, whose reports place such facts anywhere, a cut at 60 % merged
    look-alike events: BCubed precision 0.9872 instead of 0.9938 on 10,000 articles). Ties
    of the ``MAX_KEYS`` cut go to the term met first: the cut was alphabetical, so two
    reports of one long article kept arbitrary, different subsets of their names.

    A clause that recaps another event is passed over (its names and numbers are not
    counted): a sentence opened by a sequence word, up to its comma ("Sehari setelah
    menangkap Bupati Ogan Ilir, KPK kembali ...", see ``recap_spans``). News leads tie an
    event to an earlier look-alike one this way; counted, the recalled event's names made
    the report score with that event's reports (docs/corpus.md, third review).

    The names met twice or more are returned apart, marked ``+name`` (at most
    ``_REPEATED_MAX``, the most frequent), to enter the name set a second time: the name
    set is a set, so a name counted once weighs the same whether the text is about it or
    mentions it in passing. A full-length report names 25-40 side people and places of its
    own (its officials, witnesses, villages), each once, and the 5-10 names of the event
    again and again; counted once, the side names, rare and so heavy, outweighed the
    event's in the name cosine of two reports of one event (docs/corpus.md, second review:
    own-story scores 0.17-0.27).
    """
    stop = stopwords()
    # dicts keep insertion order: first met first, which the stable sorts below keep for ties
    counts: dict[str, int] = {}
    nums: dict[str, int] = {}
    top = max(_TOP_MIN_TOKENS, int(len(tokens) * _TOP_SHARE))
    late: set[str] = set()  # names and "#numbers" first met in the closing part
    # Only tokens opening with a digit or a capital can be a number or a name; the others
    # (most of a text) just end a run of names. So only those are visited: a name pairs
    # with the one before only when that is the token right before it.
    prev_name = ""
    prev_at = -2  # index of the token that set prev_name
    n_tokens = len(tokens)
    kinds = list(map(_token_kind.bounded().__getitem__, tokens))
    skip_to = 0  # the end of the recap clause being passed over: its terms are not counted
    top_markers: set[int] = set()
    later_markers: set[int] = set()
    marker_top = max(_MARKER_MIN_TOKENS, int(n_tokens * _MARKER_SHARE))
    for i in compress(range(n_tokens), kinds):
        if i < skip_to:
            continue
        tok = tokens[i]
        prev_tok = tokens[i - 1] if i else "."
        kind = kinds[i]
        if kind == 4:  # a sequence word: a recap clause opens here, or it is a word
            skip_to = _recap_end(tokens, i)
            if skip_to > i or not tok[0].isupper():
                continue
            kind = 2
        if kind == 1:
            nxt = tokens[i + 1] if i + 1 < n_tokens else ""
            digits = "".join(ch for ch in tok if ch.isdigit())
            in_date = prev_tok == "/" or nxt == "/"
            is_year = len(digits) == 4 and 1900 <= int(digits) <= 2100
            if len(digits) >= 2 and not in_date and not is_year:
                if digits not in nums:
                    nums[digits] = 0
                    if i >= top:
                        late.add("#" + digits)
                nums[digits] += 1
            if (nxt in _DASHES and tok.isdigit()) or prev_tok in _KM_WORDS:
                code = _marker_at(tokens, i)
                if code:
                    (top_markers if i < marker_top else later_markers).add(code)
        elif kind == 3 or prev_tok not in _SENTENCE_OPENERS:
            low = tok.lower()
            if low.endswith(_POSSESSIVES):
                low = low[:-2]
            if low not in stop and len(low) >= 2:
                if low not in counts:
                    counts[low] = 0
                    if i >= top:
                        late.add(low)
                counts[low] += 1
                if "-" in low and all(w[:1].isupper() for w in tok.split("-")):
                    # "Sofia-Burgas", "Indonesia-Chile": each name counts (not "Pihak-pihak")
                    for part in low.split("-"):
                        if len(part) >= 2 and part not in stop:
                            if part not in counts:
                                counts[part] = 0
                                if i >= top:
                                    late.add(part)
                            counts[part] += 1
                if prev_at == i - 1:
                    pair = f"{prev_name} {low}"
                    if pair not in counts:
                        counts[pair] = 0
                        if i >= top:
                            late.add(pair)
                    counts[pair] += 1
                prev_name = low
                prev_at = i
    variants, variant_names = _name_variants(), _variant_names()
    for name in sorted(variant_names.intersection(counts), key=variant_names.__getitem__):
        # a name another language writes another way counts under that key too ("central
        # java": "jawa tengah", "moscow": "moskow"): across languages names are the only
        # evidence (the text's names met in the list, in the list's order: one set
        # intersection per text, not a look-up per listed name)
        key = variants[name]
        n = counts[name]
        if n:
            if key not in counts:
                counts[key] = 0
                if name in late:
                    late.add(key)
            elif name not in late:
                late.discard(key)
            counts[key] += n
    if late:
        counts = {k: n for k, n in counts.items() if n > 1 or k not in late}
        nums = {k: n for k, n in nums.items() if n > 1 or "#" + k not in late}
    names = sorted(counts, key=counts.__getitem__, reverse=True)[:MAX_KEYS]
    # a name the text repeats is its event's: it counts twice (tf 1 or 2), as "+name"
    repeated = [f"+{n}" for n in names if counts[n] > 1][:_REPEATED_MAX]
    numbers = sorted(nums, key=nums.__getitem__, reverse=True)[: MAX_KEYS // 4]
    return names, numbers, repeated, (top_markers, later_markers)


def _headline_names(title_words: list[str], names: list[str]) -> list[str]:
    """Body names that the headline repeats, marked as such: they name the event itself.

    They enter the name set a second time (as ``^name``, keyed by ``head_id`` of the
    name's id), so that two articles sharing their headline names agree more than two that
    only share side names ("Level III"), and so that the score can tell which names are the
    headline's (``Signature.actors``).
    """
    in_title = set(title_words)
    in_title.update(f"{a} {b}" for a, b in pairwise(title_words))
    return [f"^{n}" for n in names if n in in_title]


def _is_content_word(word: str) -> bool:
    return len(word) >= 4 and not word[0].isdigit() and word not in stopwords()


_content = _Memo(_is_content_word, _CACHE_LIMIT)


def _content_words(words: list[str]) -> set[str]:
    return set(filter(_content.bounded().__getitem__, set(words)))


def _words(text: str) -> list[str]:
    return [t.lower() for t in token_texts(text) if t[0].isalnum()]


def _shingle_hashes(words: list[str], k: int) -> np.ndarray:
    """32-bit hashes of the k-word shingles of ``words`` (fewer words: one shingle)."""
    if not words:
        return np.empty(0, dtype=np.uint64)
    h = _hasher(words)
    k = min(k, len(h))
    n = len(h) - k + 1
    acc = np.zeros(n, dtype=np.uint64)
    mult = _band_params(k)  # odd 64-bit multipliers, one per shingle position
    for j in range(k):
        acc += h[j : j + n] * mult[j]
    return (acc ^ (acc >> np.uint64(32))) & np.uint64(0xFFFFFFFF)


def _batch_shingles(word_lists: list[list[str]], k: int) -> list[np.ndarray]:
    """``[_shingle_hashes(words, k) for words in word_lists]`` (tested), in one pass.

    The token hashes of the whole batch are laid end to end and every k-word window is
    hashed with a few whole-array operations; each text takes the windows that lie inside
    it. A text of fewer than k words (one shorter shingle, other multipliers) goes through
    ``_shingle_hashes``.
    """
    lens = [len(words) for words in word_lists]
    h = _hasher(list(chain.from_iterable(word_lists)))
    n = len(h) - k + 1
    acc = np.empty(0, dtype=np.uint64)
    if n > 0:
        mult = _band_params(k)
        acc = h[:n] * mult[0]
        for j in range(1, k):
            acc += h[j : j + n] * mult[j]
        acc ^= acc >> np.uint64(32)
        acc &= np.uint64(0xFFFFFFFF)
    out: list[np.ndarray] = []
    pos = 0
    for size, words in zip(lens, word_lists, strict=True):
        if size >= k:
            out.append(acc[pos : pos + size - k + 1])
        else:
            out.append(_shingle_hashes(words, k))
        pos += size
    return out


def minhash_batch(shingle_sets: list[np.ndarray], perms: int) -> np.ndarray:
    """MinHash signatures (uint32, shape (n, perms)) for many shingle-hash arrays at once.

    Articles are processed in chunks of about 768 shingles so that the temporary
    (shingles x perms) uint64 matrix (768 x 128 x 8 bytes: 0.8 MB) stays in the CPU's L2
    cache, which the other processes share: on the 2-core benchmark machine (2 MB of L2
    per core) chunks of 2,048 (2 MB) took 0.13 ms per article and chunks of 512-1,024
    0.08, with two other processes running; bigger chunks are slower still, as the work
    becomes memory-bound. The chunking does not change the result (each article's
    shingles stay in one chunk).
    """
    a, b = _perm_params(perms)
    out = np.full((len(shingle_sets), perms), 0xFFFFFFFF, dtype=np.uint32)
    nonempty = [i for i, s in enumerate(shingle_sets) if len(s)]
    shift = np.uint64(32)
    pos = 0
    while pos < len(nonempty):
        chunk = [nonempty[pos]]
        size = len(shingle_sets[chunk[0]])
        pos += 1
        while pos < len(nonempty) and size + len(shingle_sets[nonempty[pos]]) <= _CHUNK:
            chunk.append(nonempty[pos])
            size += len(shingle_sets[nonempty[pos]])
            pos += 1
        x = np.concatenate([shingle_sets[j] for j in chunk])
        starts = np.cumsum([0] + [len(shingle_sets[j]) for j in chunk[:-1]])
        hv = np.multiply.outer(x, a)
        hv += b
        # ">> 32" keeps the order of values, so it is taken after the minimum: on one row
        # per article instead of the whole (shingles x perms) matrix
        low = np.minimum.reduceat(hv, starts, axis=0)
        low >>= shift
        out[chunk] = low
    return out


def band_keys(signatures: np.ndarray, bands: int) -> np.ndarray:
    """LSH bucket keys (int64, shape (n, bands)); band i of two articles collide iff equal."""
    n, perms = signatures.shape
    rows = perms // bands
    sig = signatures[:, : rows * bands].astype(np.uint64).reshape(n, bands, rows)
    mult = _band_params(rows)
    acc = (sig * mult[None, None, :]).sum(axis=2, dtype=np.uint64)
    acc += np.arange(bands, dtype=np.uint64)[None, :] * np.uint64(0x9E3779B97F4A7C15)
    acc ^= acc >> np.uint64(29)
    return (acc & np.uint64(MASK63)).astype(np.int64)


def sign_batch(articles: Sequence[Article], settings: Settings = DEFAULT) -> list[Signature]:
    """The clustering features of each article, in order (pure; numpy-batched MinHash)."""
    shingle_words: list[list[str]] = []
    parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    for art in articles:
        tokens = _tokens(_split_units(art.text))
        body = _body_words(tokens)
        title_tokens = _tokens(_split_units(art.title))
        opinion = is_opinion(title_tokens)
        title_words = _body_words(title_tokens)
        head_words = title_words
        recaps = recap_spans(title_tokens)
        if recaps:  # the headline's recap clause does not name its event
            for start, end in reversed(recaps):
                del title_tokens[start:end]
            head_words = _body_words(title_tokens)
        shingle_words.append(body or title_words)
        names, numbers, repeated, (top, later) = _text_terms_and_markers(tokens)
        terms = _content_words(title_words + body[:LEAD_WORDS])
        folded = _folded.bounded()
        ents = _hash_set("e", list(map(folded.__getitem__, names)))
        heads = _headline_names(head_words, names)
        if heads:  # "^name": the name's id through head_id
            base = _hash_set("e", [folded[n[1:]] for n in heads])
            marks = np.array([head_id(t) for t in base.tolist()], dtype=np.int64)
            ents = np.unique(np.concatenate([ents, marks]))
        if repeated:  # "+name": the name's id through repeat_id
            base = _hash_set("e", [folded[n[1:]] for n in repeated])
            again = np.array([repeat_id(t) for t in base.tolist()], dtype=np.int64)
            ents = np.unique(np.concatenate([ents, again]))
        words = _hash_set("w", terms)
        kinds = event_kinds(head_words)
        if kinds:  # the kinds of event the headline names, kept apart by their "k:" ids
            words = np.unique(np.concatenate([words, _hash_set("k", kinds)]))
        markers = _chosen_markers(title_tokens, top, later)
        if markers:  # scores and kilometre posts, kept apart by their negative ids
            words = np.unique(np.concatenate([words, np.array(markers, dtype=np.int64)]))
        if opinion:  # an opinion piece, kept apart by its mark's id
            words = np.unique(np.concatenate([words, np.array([OPINION], dtype=np.int64)]))
        parts.append((ents, _hash_set("n", numbers), words))
    shingles = _batch_shingles(shingle_words, settings.shingle_words)
    sigs = minhash_batch(shingles, settings.minhash_perms)
    keys = band_keys(sigs, settings.lsh_bands) if len(articles) else np.empty((0, 0), np.int64)
    bands: list[list[int]] = keys.tolist()  # Python ints, row by row
    return [
        Signature(minhash=sigs[i], bands=tuple(bands[i]), ents=e, nums=n, terms=t)
        for i, (e, n, t) in enumerate(parts)
    ]


def estimate_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Shingle Jaccard estimated from two MinHash signatures."""
    return float(np.count_nonzero(a == b)) / max(1, len(a))


def estimate_containment(a: np.ndarray, b: np.ndarray) -> float:
    """Share of the shingles of text ``a`` that text ``b`` also holds, from two signatures.

    Each permutation's minimum over the union of both texts is ``min(a, b)``; it belongs to
    ``a`` with probability ``|A| / |A ∪ B|`` (``a <= b``) and to both with probability
    ``|A ∩ B| / |A ∪ B|`` (``a == b``), so their ratio estimates ``|A ∩ B| / |A|``. A copy
    trimmed to its first paragraphs holds little more than half of its original's
    shingles (Jaccard 0.4-0.6, below the copy level) but nearly all of its own are in the
    original: containment tells it from a rewrite (docs/corpus.md, fourth review).
    """
    mine = int(np.count_nonzero(a <= b))
    return float(np.count_nonzero(a == b)) / mine if mine else 0.0
