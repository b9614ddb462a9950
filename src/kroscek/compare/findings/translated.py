"""One figure told in two languages where the words around it give no shared clue.

An English wire and its Indonesian rewrite share no sentence, so ``claims`` relates their
figures by what each counts. Three readings need more than the counted noun:

- a small count of a country's people ("six Chinese nationals" / "enam TKA asal China"): the
  nation named beside both figures makes them one group (a small figure of one noun alone
  could be two groups of the same story);
- two headline tolls written as exact figures ("Typhoon kills 14" / "17 Orang Tewas"): the
  body may hedge one of them ("at least 14 people"), but each headline states its figure as
  the story's, and the two disagree;
- two bounds of one unit beside an agreed figure in each lead ("winds of 185 km/h and gusts
  of up to 230 km/h" / "185 km per jam dan embusan hingga 250 km per jam"): the same
  sentence translated, its second measure given two ways;
- one named person quoted once in each language ("We felt the ground shake ..." / "Kami
  merasakan tanah berguncang ..."): a quote translated shares few words, often no borrowed
  word of seven letters, but the speaker is the same, quoted nowhere else, and one word a
  translation keeps ("people" / "orang", a figure, a name) stands in both; or, with no such
  word ("We still have three weeks ..." / "Kita masih punya tiga minggu ..."), most of the
  English quote's content words have their everyday Indonesian rendering in the other
  (``lang/en/gloss_id.json``). Glossed so closely, one of two quotes of the speaker may be
  picked as the translation when the other is glossed by far fewer words.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from kroscek.align.words import stop_keys, words
from kroscek.compare.findings._common import folded
from kroscek.compare.findings.variant import same_speaker_name
from kroscek.data import Article, Fact
from kroscek.text.lang import lang_data

# A country named right after an Indonesian count of foreigners: "enam TKA asal China",
# "tiga WNA dari Malaysia", "dua warga negara Vietnam".
_NATION_AFTER = re.compile(
    r"[ \t]+(?:(?:asal|dari|berkewarganegaraan|warga[ \t]+negara)[ \t]+)?([A-Z][a-z]{3,})"
)
# Letters a demonym and its country share at the start ("Chinese" / "China", "Malaysian" /
# "Malaysia", "Vietnamese" / "Vietnam"); a country Indonesian names otherwise ("Japanese" /
# "Jepang") is simply not recognised.
NATION_STEM = 4
# How far the words of a quote and its translation may differ in number (the translation
# may render one of the wire's sentences only: "We urge families to leave the river banks"
# / "Kami mengimbau warga meninggalkan bantaran sungai").
TRANSLATION_WORDS_RATIO = 1.7
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _demonym(f: Fact) -> str | None:
    """The capitalised word before an English count's noun: "Chinese" in "six Chinese
    nationals"."""
    words = f.text.split()
    if len(words) < 3 or not words[-2][:1].isupper():
        return None
    return words[-2]


def same_nation(en_article: Article, en: Fact, id_article: Article, other: Fact) -> bool:
    """Whether an English count of foreigners and an Indonesian one name the same country."""
    demonym = _demonym(en)
    if demonym is None:
        return False
    m = _NATION_AFTER.match(id_article.field_text(other.field), other.end)
    return m is not None and m.group(1)[:NATION_STEM].casefold() == (
        demonym[:NATION_STEM].casefold()
    )


def exact_in_title(article: Article, value: object) -> bool:
    """Whether the article's headline writes this figure with no bound ("kills 14")."""
    return any(
        t.kind == "number"
        and t.field == "title"
        and t.value == value
        and t.attrs.get("qualifier", "exact") == "exact"
        for t in article.facts
    )


def bounds_beside_agreed(
    a: Fact,
    a_companions: Collection[tuple[str, float]],
    b: Fact,
    b_companions: Collection[tuple[str, float]],
) -> bool:
    """Whether two different bounds of one unit ("up to 230 km/h" / "hingga 250 km per jam")
    stand in sentences whose other figures of that unit are the same ("185 km/h" / "185 km
    per jam"): one sentence translated, one of its measures told two ways."""
    unit = a.attrs.get("unit")
    qualifier = a.attrs.get("qualifier")
    if not unit or unit != b.attrs.get("unit") or qualifier in (None, "exact"):
        return False
    if qualifier != b.attrs.get("qualifier") or a.value == b.value:
        return False
    mine = {v for u, v in a_companions if u == unit}
    return bool(mine) and mine == {v for u, v in b_companions if u == unit}


# Letters a borrowed word keeps in both languages, respelt as Indonesian borrows it (c/k,
# x/ks, ph/f, th/t, q/k: "evacuation" / "evakuasi", "control" / "kontrol"; "vaccine" /
# "vaksin" part after four): shorter beginnings match by chance.
ANCHOR_PREFIX = 5


# The possessive clitic an Indonesian word may carry ("airnya", "rumahnya"), and the fewest
# letters left for the word without it to be read as its base.
_CLITIC = "nya"
_CLITIC_BASE = 3


def _id_keys(text: str) -> frozenset[str]:
    """An Indonesian quote's word keys, a reduplicated plural also as its base ("orang-orang"
    is "orang"), a word with the possessive clitic also without it ("airnya" is "air")."""
    out: set[str] = set()
    for w in words(text):
        out.add(w.key)
        head, _, tail = w.key.partition("-")
        if head and head == tail:
            out.add(head)
        if w.key.endswith(_CLITIC) and len(w.key) - len(_CLITIC) >= _CLITIC_BASE:
            out.add(w.key[: -len(_CLITIC)])
    return frozenset(out)


def shared_anchor(en: str, id_: str) -> bool:
    """Whether an English quote and an Indonesian one share a word a translation keeps: a
    counted noun in its Indonesian form ("people" / "orang", "homes" / "rumah"), a figure or
    a name written alike, or a borrowed word's beginning ("evacuation" / "evakuasi"). Two
    different things one person said share none ("We are deeply sorry ..." / "Tungku nomor
    tiga ...")."""
    from kroscek.compare.findings.claims import en_to_id
    from kroscek.compare.findings.claims.quotes import loan_prefix

    mapping = en_to_id()
    keys = _id_keys(id_)
    prefixes = {loan_prefix(k, ANCHOR_PREFIX) for k in keys} - {None}
    for w in words(en, "en"):
        k = w.key
        if mapping.get(k) in keys or (w.is_number and k in keys):
            return True
        if len(k) >= ANCHOR_PREFIX and en[w.start].isupper() and w.start and k in keys:
            return True  # a name inside the sentence, written alike
        if len(k) >= ANCHOR_PREFIX + 1 and loan_prefix(k, ANCHOR_PREFIX) in prefixes:
            return True  # respelt as Indonesian borrows it: "evacuation" / "evakuasi"
    return False


# How many of an English quote's content words must have their gloss in the Indonesian one,
# and what share of them: two different things one person said share an odd "year" / "tahun"
# or "people" / "orang", a translation most of its words ("The rise in temperatures during the
# season was a big challenge" / "Kenaikan suhu selama musim ... menjadi tantangan besar").
GLOSS_MIN_HITS = 3
GLOSS_SHARE = 0.5
# With no speaker named on one side ("..., the minister told reporters" / "..., ujar
# Menaker"), only the words tie the two: more of them must be rendered.
UNNAMED_GLOSS_MIN_HITS = 4
UNNAMED_GLOSS_SHARE = 0.6


def _stem(word: str, lang: str) -> str:
    ws = words(word, lang)
    return ws[0].stem if len(ws) == 1 else ""


def _inflections(word: str) -> tuple[str, ...]:
    """An English gloss entry and its regular plural and past forms ("price", "prices";
    "improve", "improved"): the stemmer strips "-s" and "-ed" but keeps a final "e", so
    "prices" and "price" stem apart, and one entry must cover both."""
    if " " in word:
        return (word,)
    past = word + "d" if word.endswith("e") else word + "ed"
    return (word, word + "s", past)


@lru_cache(maxsize=1)
def _gloss() -> dict[str, frozenset[str]]:
    """English word stems -> the stems of their Indonesian renderings (``gloss_id.json``,
    and the number words of both languages by value: "three" / "tiga")."""
    out: dict[str, set[str]] = {}
    for en, ids in lang_data("en", "gloss_id")["words"].items():
        renderings = {_stem(w, "id") for w in ids}
        for form in _inflections(en):
            out.setdefault(_stem(form, "en"), set()).update(renderings)
    by_value: dict[object, set[str]] = {}
    for w, v in lang_data("id", "numbers")["units"].items():
        by_value.setdefault(v, set()).add(_stem(w, "id"))
    for w, v in lang_data("en", "numbers")["units"].items():
        if " " not in w and v in by_value:
            out.setdefault(_stem(w, "en"), set()).update(by_value[v])
    return {k: frozenset(v - {""}) for k, v in out.items() if k}


@lru_cache(maxsize=4096)
def _en_content(en: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """An English text's content word stems (no function word, no name, no figure), each
    with its Indonesian renderings. Kept per text: a sentence is glossed against each
    sentence of the other text."""
    gloss = _gloss()
    stops = stop_keys("en")
    out: dict[str, frozenset[str]] = {}
    for w in words(en, "en"):
        if w.is_number or len(w.key) < 3 or w.key in stops or (en[w.start].isupper() and w.start):
            continue
        out[w.stem] = gloss.get(w.stem, frozenset()) | _loan_marks((w.key,))
    return tuple(out.items())


# Marks a borrowed word's respelt beginning among a text's stems ("~infla" for "inflation"
# and "inflasi"): no stem begins so, and the word is its own rendering.
_LOAN_MARK = "~"


def _loan_marks(keys: Collection[str]) -> frozenset[str]:
    """The respelt beginnings (``ANCHOR_PREFIX`` letters, ``claims.loan_prefix``) of the long
    words among ``keys``, marked so: a borrowed word a translation keeps ("economy" /
    "ekonomi", "contact" / "kontak") is rendered though no gloss lists it."""
    from kroscek.compare.findings.claims.quotes import loan_prefix

    return frozenset(
        _LOAN_MARK + p
        for k in keys
        if len(k) > ANCHOR_PREFIX and (p := loan_prefix(k, ANCHOR_PREFIX)) is not None
    )


@lru_cache(maxsize=4096)
def _id_stems(id_: str) -> frozenset[str]:
    """An Indonesian text's word stems, a reduplicated plural also as its base, and its
    borrowed words' marked beginnings (``_loan_marks``)."""
    keys = _id_keys(id_)
    return frozenset(
        {w.stem for w in words(id_)} | {k.partition("-")[0] for k in keys} | _loan_marks(keys)
    )


def _glossed_alike(en: str, id_: str) -> tuple[int, int]:
    """How many of an English quote's content words (no function word, no name) have an
    Indonesian rendering in the other quote, and how many content words it has."""
    id_stems = _id_stems(id_)
    content = _en_content(en)
    return sum(1 for _, ids in content if ids & id_stems), len(content)


@lru_cache(maxsize=4096)
def _id_content(text: str) -> frozenset[str]:
    """An Indonesian text's content word stems: no function word, no figure, no name."""
    stops = stop_keys("id")
    return frozenset(
        w.stem
        for w in words(text)
        if not w.is_number
        and len(w.key) >= 3
        and w.key not in stops
        and not (text[w.start].isupper() and w.start)
    )


def gloss_overlap(en: str, id_: str) -> tuple[int, int, int]:
    """How many of an English text's content words have an Indonesian rendering in the
    other, how many content words the English one has and how many the Indonesian one has
    (names and figures left out of all three): a statement translated renders most of the
    shorter side's words, two statements of one story share an odd "workers" / "pekerja"."""
    hits, content = _glossed_alike(en, id_)
    return hits, content, len(_id_content(id_))


# How many content words of two sentences told in two languages must be rendered, and
# their share of the shorter side's content words: "It should enter commercial service in
# March after months of testing" / "Satelit akan beroperasi komersial pada Maret setelah uji
# orbit" render four; two sentences of one story an odd "satellite" / "satelit".
SENTENCE_GLOSS_HITS = 3
SENTENCE_GLOSS_SHARE = 0.5


def glossed_alike(en: str, id_: str) -> bool:
    """Whether an English sentence and an Indonesian one are one sentence translated:
    ``SENTENCE_GLOSS_HITS`` of the English content words rendered in the Indonesian, and
    ``SENTENCE_GLOSS_SHARE`` of the shorter side's content words (``gloss_overlap``)."""
    hits, en_n, id_n = gloss_overlap(en, id_)
    return hits >= SENTENCE_GLOSS_HITS and hits >= SENTENCE_GLOSS_SHARE * min(en_n, id_n)


def _closely_glossed(
    en: str, id_: str, least: int = GLOSS_MIN_HITS, share: float = GLOSS_SHARE
) -> bool:
    """Whether most of an English quote's content words are rendered in the Indonesian one
    (``least`` of them, and ``share`` of all)."""
    hits, content = _glossed_alike(en, id_)
    return hits >= least and hits >= share * content


def _speaker(f: Fact) -> str:
    return str(f.attrs.get("speaker") or "")


def _sentence_lengths(text: str) -> list[int]:
    return [n for s in _SENTENCE_END.split(text) if (n := len(words(s)))]


def like_length(a: Fact, b: Fact) -> bool:
    """Whether the whole of the shorter quote is as long as the whole or a run of sentences of
    the longer, within ``TRANSLATION_WORDS_RATIO``."""
    la, lb = _sentence_lengths(str(a.value)), _sentence_lengths(str(b.value))
    if not la or not lb:
        return False
    short, long_ = sorted((la, lb), key=sum)
    n = sum(short)
    runs = (sum(long_[i:j]) for i in range(len(long_)) for j in range(i + 1, len(long_) + 1))
    return any(m <= TRANSLATION_WORDS_RATIO * n and n <= TRANSLATION_WORDS_RATIO * m for m in runs)


def _paragraph_around(article: Article, quote: Fact) -> str:
    """The quote's paragraph without the quote: where its speaker tag stands, before it
    ('Rogers said: "..."') or after it ('"...," ujar Komisioner RFS, Rob Rogers').
    """
    text = article.field_text(quote.field)
    start = text.rfind("\n", 0, quote.start) + 1
    end = text.find("\n", quote.end)
    return text[start : quote.start] + " " + text[quote.end : end if end >= 0 else len(text)]


def _named_beside(speaker: str, article: Article, quote: Fact) -> bool:
    """Whether a speaker's full name (two words or more, its last two read: "Rob Rogers" of
    "Fire Service Commissioner Rob Rogers") is written in the paragraph of the other
    text's quote, however that quote's speaker was read ("Komunikasi" of "kata Menteri
    Komunikasi dan Digital Meutya Hafid")."""
    from kroscek.compare.findings.claims.quotes import written_in

    name = folded(speaker).split()
    if len(name) < 2:
        return False
    return written_in(" ".join(name[-2:]), folded(_paragraph_around(article, quote)))


def one_speaker(x: Article, a: Fact, y: Article, b: Fact) -> bool:
    """Whether two quotes are given to one named person: names read alike
    (``same_speaker_name``), or one's full name written beside the other quote, a title
    before it ("Rural Fire Service Commissioner Rob Rogers" / "Rob Rogers") or the
    other's name misread."""
    sa, sb = _speaker(a), _speaker(b)
    if same_speaker_name(sa, sb):
        return True
    return _named_beside(sa, y, b) or _named_beside(sb, x, a)


def quotes_of(article: Article, speaker: str) -> list[Fact]:
    """The quotes ``article`` gives ``speaker`` (under any spelling of the name)."""
    return [
        f for f in article.facts if f.kind == "quote" and same_speaker_name(_speaker(f), speaker)
    ]


def en_id(x: Article, a: Fact, b: Fact) -> tuple[str, str]:
    """The texts of two quotes in the order English, Indonesian (``a`` is ``x``'s)."""
    return (str(a.value), str(b.value)) if x.lang == "en" else (str(b.value), str(a.value))


def _kept(x: Article, a: Fact, b: Fact) -> bool:
    """Whether quote ``a`` of ``x`` and quote ``b`` of the other text are of like length and
    share a word a translation keeps."""
    return like_length(a, b) and shared_anchor(*en_id(x, a, b))


def anchored_alone(x: Article, a: Fact, y: Article, b: Fact) -> bool:
    """Whether ``b`` is its speaker's only quote in ``y`` and, of that speaker's quotes in
    ``x``, ``a`` alone is of like length and shares a word a translation keeps with it: a
    wire quoting its source twice ("... fundamentals remain sound ..." and "Preserving the
    credibility ...") and a rewrite translating the first only ("Fundamental ... tetap
    kuat ..."). Quoted once in each text, the one quote needs only the shared word."""
    theirs = quotes_of(y, _speaker(b))
    if len(theirs) != 1 or theirs[0] is not b:
        return False
    mine = quotes_of(x, _speaker(a))
    return a in mine and _kept(x, a, b) and not any(_kept(x, f, b) for f in mine if f is not a)


def translated_by_speaker(x: Article, a: Fact, y: Article, b: Fact) -> bool:
    """Whether an English quote and an Indonesian one are one quote translated: the same
    named person ("Rahmat Hidayat" / "Rahmat"), in a like number of words (the whole of one
    against the whole or a run of sentences of the other), and either quoted once in one
    text with a word a translation keeps shared with this quote alone of the other's
    (``anchored_alone``) or closely glossed (``_closely_glossed``). A speaker quoted twice
    in a text may have said two things: one of them is the translation only when it alone
    is glossed closely."""
    if {x.lang, y.lang} != {"en", "id"}:
        return False
    if not like_length(a, b) or not one_speaker(x, a, y, b):
        return False
    if anchored_alone(x, a, y, b) or anchored_alone(y, b, x, a):
        return True
    en, id_ = en_id(x, a, b)
    if not _closely_glossed(en, id_):
        return False
    mine, theirs = quotes_of(x, _speaker(a)), quotes_of(y, _speaker(b))
    # of several quotes of one person, the one glossed closely against the other's
    rivals = [(x, f, b) for f in mine if f is not a] + [(y, f, a) for f in theirs if f is not b]
    return not any(_closely_glossed(*en_id(art, f, partner)) for art, f, partner in rivals)


def _translated_by_words(x: Article, a: Fact, y: Article, b: Fact) -> bool:
    """Whether an English quote and an Indonesian one not given to one named person are one
    quote translated: a speaker unread on one side ("We will not tolerate companies ...,"
    the minister told reporters / "Kami tidak akan menoleransi perusahaan ...," ujar
    Menaker), or two people named ("The state will take back every ward ...," said the
    director / "Negara akan merebut kembali setiap blok ...," kata Menteri: one quote
    credited to two people, which ``conflict`` reports). Of like length, glossed more closely
    than a named pair must be (``UNNAMED_GLOSS_*``), and no other quote of either text
    glossed so against the other one."""
    if {x.lang, y.lang} != {"en", "id"}:
        return False
    if _speaker(a) and _speaker(b) and one_speaker(x, a, y, b):
        return False  # one named person: ``translated_by_speaker`` reads the pair
    if not like_length(a, b):
        return False
    strict = (UNNAMED_GLOSS_MIN_HITS, UNNAMED_GLOSS_SHARE)
    if not _closely_glossed(*en_id(x, a, b), *strict):
        return False
    rivals = [(x, f, b) for f in x.facts if f.kind == "quote" and f is not a]
    rivals += [(y, f, a) for f in y.facts if f.kind == "quote" and f is not b]
    return not any(_closely_glossed(*en_id(art, f, partner), *strict) for art, f, partner in rivals)


def one_quote_translated(x: Article, a: Fact, y: Article, b: Fact) -> bool:
    """Whether two quotes in English and Indonesian are one quote translated, though they
    share no borrowed words: by one named speaker (``translated_by_speaker``) or, with a
    speaker unread on one side or two people named, by their words alone
    (``_translated_by_words``)."""
    return translated_by_speaker(x, a, y, b) or _translated_by_words(x, a, y, b)
