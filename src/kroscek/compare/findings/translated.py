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
  translation keeps ("people" / "orang", a figure, a name) stands in both.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from kroscek.align.words import words
from kroscek.compare.findings.variant import same_speaker_name
from kroscek.data import Article, Fact

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


# Letters a borrowed word keeps in both languages ("vaccine" / "vaksin" do not, "magma",
# "evacuation" / "evakuasi" part after four): shorter beginnings match by chance.
ANCHOR_PREFIX = 5


def _id_keys(text: str) -> frozenset[str]:
    """An Indonesian quote's word keys, a reduplicated plural also as its base ("orang-orang"
    is "orang")."""
    out: set[str] = set()
    for w in words(text):
        out.add(w.key)
        head, _, tail = w.key.partition("-")
        if head and head == tail:
            out.add(head)
    return frozenset(out)


def _shared_anchor(en: str, id_: str) -> bool:
    """Whether an English quote and an Indonesian one share a word a translation keeps: a
    counted noun in its Indonesian form ("people" / "orang", "homes" / "rumah"), a figure or
    a name written alike, or a borrowed word's beginning ("evacuation" / "evakuasi"). Two
    different things one person said share none ("We are deeply sorry ..." / "Tungku nomor
    tiga ...")."""
    from kroscek.compare.findings.claims import en_to_id

    mapping = en_to_id()
    keys = _id_keys(id_)
    prefixes = {k[:ANCHOR_PREFIX] for k in keys if len(k) >= ANCHOR_PREFIX}
    for w in words(en, "en"):
        k = w.key
        if mapping.get(k) in keys or (w.is_number and k in keys):
            return True
        if len(k) >= ANCHOR_PREFIX and en[w.start].isupper() and w.start and k in keys:
            return True  # a name inside the sentence, written alike
        if len(k) >= ANCHOR_PREFIX + 1 and k[:ANCHOR_PREFIX] in prefixes:
            return True
    return False


def _speaker(f: Fact) -> str:
    return str(f.attrs.get("speaker") or "")


def _sentence_lengths(text: str) -> list[int]:
    return [n for s in _SENTENCE_END.split(text) if (n := len(words(s)))]


def translated_by_speaker(x: Article, a: Fact, y: Article, b: Fact) -> bool:
    """Whether an English quote and an Indonesian one are one quote translated: the same
    named person ("Rahmat Hidayat" / "Rahmat"), quoted once in each text, in a like number of
    words (the whole of one against the whole or a run of sentences of the other), with a
    word a translation keeps in both (``_shared_anchor``). A
    speaker quoted twice in a text may have said two things, and which one the other
    translated is not known."""
    if {x.lang, y.lang} != {"en", "id"}:
        return False
    if not same_speaker_name(_speaker(a), _speaker(b)):
        return False
    for article, fact in ((x, a), (y, b)):
        if (
            sum(
                f.kind == "quote" and same_speaker_name(_speaker(f), _speaker(fact))
                for f in article.facts
            )
            != 1
        ):
            return False
    en, id_ = (a, b) if x.lang == "en" else (b, a)
    if not _shared_anchor(str(en.value), str(id_.value)):
        return False
    la, lb = _sentence_lengths(str(a.value)), _sentence_lengths(str(b.value))
    if not la or not lb:
        return False
    short, long_ = sorted((la, lb), key=sum)
    n = sum(short)
    runs = (sum(long_[i:j]) for i in range(len(long_)) for j in range(i + 1, len(long_) + 1))
    return any(m <= TRANSLATION_WORDS_RATIO * n and n <= TRANSLATION_WORDS_RATIO * m for m in runs)
