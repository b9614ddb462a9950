"""``variant``: one name (or word) spelt differently across sources — never a conflict.

"Hizbullah"/"Hizbulah", "Teheran"/"Taheran", "apa pun"/"apapun" tell a reader the outlets
copied from different transliterations or slipped; flagging them as conflicts would bury
the real ones. Short and long forms of one name ("Qaani" / "Esmail Qaani") and
abbreviations are not spelling variants and are not reported.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from kroscek.align import Alignment, SentencePair
from kroscek.align.words import words
from kroscek.compare.findings._common import (
    folded,
    join_values,
    message,
    msg_lang,
    source_labels,
    span_evidence,
    word_opcodes,
)
from kroscek.data import Article, Evidence, Fact, Finding
from kroscek.text.lang import lang_data

# Folded spellings at least this similar are variants of one name.
VARIANT_SIMILARITY = 0.6
# One capitalised word replaced by another this similar is one name spelt two ways.
SLIP_SIMILARITY = 0.8
# "di mana pun" / "dimanapun": a compound written in at most this many parts.
MAX_COMPOUND_PARTS = 3
# Two names with different entity ids this close are one name misspelt (the linker missed
# it): full names only, where a near-identical spelling is hard to share by chance.
CROSS_ID_SIMILARITY = 0.85
CROSS_ID_MIN_CHARS = 8
# A person's full name with the same surname may differ a little more, in the first name
# only ("Agus" / "Agoes Salim", "Rebecca" / "Rebekah Thornley"): old and new spellings.
SAME_SURNAME_SIMILARITY = 0.8
# A dateline place has no entity id, so it must be closer to a named place to be its variant.
DATELINE_SIMILARITY = 0.8
# One speaker's quote told by two outlets with small edits ("sembilan" / "9", "sehingga" /
# "makanya", "already crowded before" / "crowded even before"): at least this many words, and at
# most this share of them replaced, added or dropped (two edits are always allowed).
EDITED_QUOTE_MIN_WORDS = 8
EDITED_QUOTE_SHARE = 0.2
EDITED_QUOTE_FREE_EDITS = 2
# Speaker names this similar (folded) are one person spelt two ways.
EDITED_QUOTE_SPEAKER = 0.85
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _fold(text: str) -> str:
    """The shared, memoised ``folded``: every word of every aligned pair is folded here."""
    return folded(text)


def _spelling(text: str) -> str:
    """A name as spelt, case and spacing aside but accents kept: "Venâncio" is not
    "Venancio" here, though both fold to one key everywhere else."""
    return " ".join(text.casefold().split())


def _is_variant(x: str, y: str) -> bool:
    if x == y:
        return False
    x, y = _fold(x), _fold(y)
    if x == y:
        return True  # "Venancio" / "Venâncio": an accent dropped or added
    if _is_subset(x, y):
        return False  # short and long form of one name
    if _without_admin(x) == _without_admin(y):
        return False  # "Kota Jakarta" / "DKI Jakarta": one place, headed two ways
    if _plural_of(x, y) or _plural_of(y, x):
        return False  # "Houthi" / "Houthis": one name inflected, not spelt apart
    if _demonym_of(x, y) or _demonym_of(y, x):
        return False  # "Valdora" / "Valdoran": a country and its people's adjective
    return Levenshtein.normalized_similarity(x, y) >= VARIANT_SIMILARITY


def _plural_of(short: str, long: str) -> bool:
    """An English plural ending on the same name is grammar, not a second spelling."""
    return long in (short + "s", short + "es")


# Endings English adds to a one-word country to name its people ("Kenya" / "Kenyan",
# "Sudan" / "Sudanese", "Iraq" / "Iraqi", "Brazil" / "Brazilian").
_DEMONYM_ENDINGS = ("n", "an", "ian", "ese", "i", "ish")


def _demonym_of(place: str, other: str) -> bool:
    """Whether ``other`` is the one-word ``place`` with a demonym ending: the adjective of
    its people, a word of its own, not a second spelling an outlet got wrong."""
    if " " in place or " " in other or not other.startswith(place):
        return False
    return other[len(place) :] in _DEMONYM_ENDINGS


def _translated(x: tuple[Article, Fact], y: tuple[Article, Fact]) -> bool:
    """Two names the gazetteer itself lists for one place, in articles of two languages
    ("Ecuador" / "Ekuador", "Colombia" / "Kolombia"): each language's name, not a spelling
    one outlet got wrong."""
    (a, f), (b, g) = x, y
    if a.lang == b.lang:
        return False
    # (or a form of it beside the gazetteer's name in the same text: "Philippine" province in
    # an article that also says "Philippines", against "Filipina")
    return _listed(a, f) and _listed(b, g)


def _listed(article: Article, f: Fact) -> bool:
    """Whether a place is the gazetteer's, or named so by the gazetteer elsewhere in its text."""
    if f.attrs.get("source") == "gazetteer":
        return True
    return any(
        g.kind == "entity" and g.value == f.value and g.attrs.get("source") == "gazetteer"
        for g in article.facts
    )


def _entity_variants(articles: Sequence[Article]) -> list[list[tuple[Article, Fact]]]:
    groups: dict[str, dict[str, tuple[Article, Fact]]] = {}
    for a in articles:
        for f in sorted(a.facts, key=lambda f: (f.field != "text", f.start)):
            if f.kind != "entity" or not f.value:
                continue
            surface = _spelling(str(f.attrs.get("surface") or f.text))
            groups.setdefault(str(f.value), {}).setdefault(surface, (a, f))
    out: list[list[tuple[Article, Fact]]] = []
    for surfaces in groups.values():
        names = list(surfaces)
        kept = [
            n
            for n in names
            if any(_is_variant(n, m) and not _translated(surfaces[n], surfaces[m]) for m in names)
        ]
        # full names only: "Fadhil" beside "Fadhil Rahman" is a short form, not a spelling
        kept = [
            n
            for n in kept
            if not any(len(m) > len(n) and _is_subset(_fold(n), _fold(m)) for m in kept)
        ]
        if len(kept) >= 2:
            out.append([surfaces[n] for n in kept])
    return out


def _word_variants(
    pair: SentencePair, by_id: dict[str, Article], alignment: Alignment
) -> list[tuple[Evidence, Evidence]]:
    """Spelling differences inside an aligned sentence pair that no entity fact covers."""
    a, b = by_id[pair.a.article], by_id[pair.b.article]
    wa, wb = pair.a.words, pair.b.words
    keys_a, keys_b = [w.key for w in wa], [w.key for w in wb]
    out: list[tuple[Evidence, Evidence]] = []
    for tag, i1, i2, j1, j2 in word_opcodes(alignment, pair):
        if tag == "equal":
            for i, j in zip(range(i1, i2), range(j1, j2), strict=True):
                # most equal words are lower case: their first letters are enough to skip them
                if not (a.text[wa[i].start].isupper() and b.text[wb[j].start].isupper()):
                    continue
                ta, tb = a.text[wa[i].start : wa[i].end], b.text[wb[j].start : wb[j].end]
                if _fold(ta) != _fold(tb):
                    out.append(
                        (
                            span_evidence(a, "text", wa[i].start, wa[i].end),
                            span_evidence(b, "text", wb[j].start, wb[j].end),
                        )
                    )
        elif (
            tag == "replace"
            and (i2 - i1, j2 - j1) == (1, 1)
            and _capitalised_slip(
                a.text[wa[i1].start : wa[i1].end], b.text[wb[j1].start : wb[j1].end]
            )
        ):
            # the rest of the name follows, the same in both: "Mohammad / Muhammad Rizal"
            n = 1
            while (
                i1 + n < len(wa)
                and j1 + n < len(wb)
                and wa[i1 + n].key == wb[j1 + n].key
                and a.text[wa[i1 + n].start : wa[i1 + n].start + 1].isupper()
            ):
                n += 1
            out.append(
                (
                    span_evidence(a, "text", wa[i1].start, wa[i1 + n - 1].end),
                    span_evidence(b, "text", wb[j1].start, wb[j1 + n - 1].end),
                )
            )
        elif (
            tag == "replace"
            and min(i2 - i1, j2 - j1) == 1
            and 2 <= max(i2 - i1, j2 - j1) <= MAX_COMPOUND_PARTS
            and "".join(keys_a[i1:i2]) == "".join(keys_b[j1:j2])
        ):
            out.append(
                (
                    span_evidence(a, "text", wa[i1].start, wa[i2 - 1].end),
                    span_evidence(b, "text", wb[j1].start, wb[j2 - 1].end),
                )
            )
    return out


def same_name_spelt_apart(x: Fact, y: Fact) -> bool:
    """Two entity facts with different ids that are still one name spelt two ways."""
    if x.label != y.label or x.value == y.value:
        return False
    cx, cy = x.attrs.get("country"), y.attrs.get("country")
    if cx and cy and cx != cy:
        return False
    nx, ny = _fold(x.text), _fold(y.text)
    if x.label == "PER" and nx != ny and modern_spelling(nx) == modern_spelling(ny):
        return True  # "Soeratno" / "Suratno", "Djoko" / "Joko": the old spelling and the new
    joined = nx.replace(" ", "") == ny.replace(" ", "")
    if x.label == "PER" and nx != ny and len(nx) >= CROSS_ID_MIN_CHARS and joined:
        return True  # "Fathur Rahman" / "Fathurrahman": one name, written apart or joined
    if " " not in nx or " " not in ny:
        return False  # one word alone ("Kurniawan" / "Kurniawati") may be two people
    if min(len(nx), len(ny)) < CROSS_ID_MIN_CHARS or _is_subset(nx, ny):
        return False
    similarity = Levenshtein.normalized_similarity(nx, ny)
    if similarity >= CROSS_ID_SIMILARITY:
        return True
    return x.label == "PER" and _same_surname(nx, ny) and similarity >= SAME_SURNAME_SIMILARITY


# Indonesian names keep the spelling of before 1972 ("oe" for u, "dj" for j, "tj" for c,
# "sj" for sy, "nj" for ny, "ch" for kh) or drop it, each person as they choose.
_OLD_SPELLING = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("sj", "sy"), ("nj", "ny"), ("ch", "kh"))


def modern_spelling(name: str) -> str:
    """A folded name in the spelling of after 1972 ("soeratno" -> "suratno")."""
    for old, new in _OLD_SPELLING:
        if old in name:
            name = name.replace(old, new)
    return name


def _same_surname(x: str, y: str) -> bool:
    """Two full names ending in the same word whose first names start alike ("agus salim" /
    "agoes salim"): one person whose first name is spelt two ways."""
    wx, wy = x.split(), y.split()
    return len(wx) >= 2 and len(wy) >= 2 and wx[-1] == wy[-1] and wx[0][:1] == wy[0][:1]


def _cross_id_variants(articles: Sequence[Article]) -> list[list[tuple[Article, Fact]]]:
    """Names the linker gave two ids but that differ by a letter or two across sources."""
    firsts: dict[str, tuple[Article, Fact]] = {}
    for a in articles:
        for f in sorted(a.facts, key=lambda f: (f.field != "text", f.start)):
            if f.kind == "entity" and f.value and (len(f.text.split()) >= 2 or f.label == "PER"):
                firsts.setdefault(str(f.value), (a, f))
    items = list(firsts.values())
    ids_of = {
        a.id: {str(f.value) for f in a.facts if f.kind == "entity" and f.value} for a in articles
    }
    # same_name_spelt_apart needs one label: each name meets only the later names of its
    # label, in the order a scan of every later name would meet them
    later: dict[str | None, list[int]] = {}
    for k, (_, f) in enumerate(items):
        later.setdefault(f.label, []).append(k)
    out: list[list[tuple[Article, Fact]]] = []
    for i, (a, x) in enumerate(items):
        peers = later[x.label]
        for k in peers[bisect_right(peers, i) :]:
            b, y = items[k]
            if a.id == b.id or not same_name_spelt_apart(x, y):
                continue
            if any({str(x.value), str(y.value)} <= ids for ids in ids_of.values()):
                continue  # one article names both: two people ("Rina" and her sister "Rita")
            out.append([(a, x), (b, y)])
    return out


@lru_cache(maxsize=4)
def _variant_words(key: str) -> frozenset[str]:
    """A word list of variants.json, both languages: ``settlement_words`` that a dateline adds
    to a town's name ("LEGASPI CITY"), ``admin_words`` that head a place's name."""
    out: set[str] = set()
    for lang in ("id", "en"):
        out.update(_fold(w) for w in lang_data(lang, "variants").get(key, []))
    return frozenset(out)


def _without_admin(key: str) -> str:
    """A folded name without its administrative head words, when something else is left."""
    ws = [w for w in key.split() if w.strip(".") not in _variant_words("admin_words")]
    return " ".join(ws) if ws else key


def _without_settlement(key: str) -> str:
    """A folded dateline place without a leading or trailing settlement word."""
    ws = key.split()
    if len(ws) > 1 and ws[-1] in _variant_words("settlement_words"):
        ws = ws[:-1]
    elif len(ws) > 1 and ws[0] in _variant_words("settlement_words"):
        ws = ws[1:]
    return " ".join(ws)


def _dateline_variants(articles: Sequence[Article]) -> list[tuple[Evidence, Evidence]]:
    """A dateline place ("Taheran -", removed by cleaning) spelt unlike the same place in text.

    Cleaning keeps the place (``Article.dateline``) but not in the text, so its evidence
    points into the article's ``dateline``.
    """
    places: list[Fact] = [
        f for a in articles for f in a.facts if f.kind == "entity" and f.label == "LOC"
    ]
    known = {_fold(f.text) for f in places}
    out: list[tuple[Evidence, Evidence]] = []
    for a in articles:
        place = a.dateline or ""
        key = _without_settlement(_fold(place))
        if not key or key in known or _fold(place) in known:
            continue
        for b in articles:
            match = next(
                (
                    f
                    for f in b.facts
                    if f.kind == "entity"
                    and f.label == "LOC"
                    and Levenshtein.normalized_similarity(_fold(f.text), key) >= DATELINE_SIMILARITY
                    and not _is_subset(_fold(f.text), key)
                ),
                None,
            )
            if match is not None:
                here = Evidence(a.id, "dateline", 0, len(place), place)
                out.append((here, span_evidence(b, match.field, match.start, match.end)))
                break
    return out


_DIGIT = re.compile(r"\d")


def _is_subset(x: str, y: str) -> bool:
    tx, ty = set(x.split()), set(y.split())
    return tx <= ty or ty <= tx


def _capitalised_slip(x: str, y: str) -> bool:
    """One capitalised word swapped for a near-identical one ("Chad" / "Tchad"); a word
    holding a figure ("Rp300" / "Rp200", "B737" / "B738") is no name spelt two ways."""
    if not (x[:1].isupper() and y[:1].isupper()) or _DIGIT.search(x) or _DIGIT.search(y):
        return False
    fx, fy = _fold(x), _fold(y)
    return fx != fy and Levenshtein.normalized_similarity(fx, fy) >= SLIP_SIMILARITY


def _covered_by_entity(article: Article, ev: Evidence) -> bool:
    return any(
        f.kind == "entity" and f.field == ev.field and f.start <= ev.start and ev.end <= f.end
        for f in article.facts
    )


def _drop_contained(found: list[Finding]) -> list[Finding]:
    """Drop a variant whose every evidence lies inside another variant's evidence in the same
    article ("Mohammad" when "Mohammad Rizal Nasution" is reported too)."""

    def inside(small: Evidence, big: Evidence) -> bool:
        return (
            small.article == big.article
            and small.field == big.field
            and big.start <= small.start
            and small.end <= big.end
            and (big.end - big.start) > (small.end - small.start)
        )

    return [
        f
        for f in found
        if not any(
            g is not f and all(any(inside(e, h) for h in g.evidence) for e in f.evidence)
            for g in found
        )
    ]


def find_variants(articles: Sequence[Article], alignment: Alignment) -> list[Finding]:
    """Spelling variants of entity names (same entity id) and of words in aligned sentences."""
    labels = source_labels(articles)
    by_id = {a.id: a for a in articles}
    out: list[Finding] = []
    seen: set[frozenset[str]] = set()
    for group in _entity_variants(articles) + _cross_id_variants(articles):
        names = frozenset(_spelling(f.text) for _, f in group)
        if names in seen:
            continue
        seen.add(names)
        lang = msg_lang(group[0][0])
        values = join_values(lang, [(labels[a.id], f.text) for a, f in group])
        evidence = tuple(span_evidence(a, f.field, f.start, f.end) for a, f in group)
        text = message(lang, "variant.entity", values=values)
        slot = f"entity:{group[0][1].label}"
        out.append(Finding("variant", "info", text, evidence, slot=slot))
    for ea, eb in _dateline_variants(articles):
        names = frozenset((_fold(ea.text), _fold(eb.text)))
        if names not in seen:
            seen.add(names)
            lang = msg_lang(by_id[ea.article])
            values = join_values(
                lang, [(labels[ea.article], ea.text), (labels[eb.article], eb.text)]
            )
            text = message(lang, "variant.entity", values=values)
            out.append(Finding("variant", "info", text, (ea, eb), slot="entity:LOC"))
    for pair in alignment.pairs:
        for ea, eb in _word_variants(pair, by_id, alignment):
            names = frozenset((_fold(ea.text), _fold(eb.text)))
            if names in seen:
                continue
            if _covered_by_entity(by_id[ea.article], ea) and _covered_by_entity(
                by_id[eb.article], eb
            ):
                continue  # entity facts decide whether these are one name
            seen.add(names)
            lang = msg_lang(by_id[ea.article])
            values = join_values(
                lang, [(labels[ea.article], ea.text), (labels[eb.article], eb.text)]
            )
            text = message(lang, "variant.word", values=values)
            out.append(Finding("variant", "info", text, (ea, eb), slot="word"))
    return _drop_contained(out)


def same_speaker_name(x: str, y: str) -> bool:
    """Whether two speakers' names, as the extractor read them, are one person: spelt alike
    ("Rudi Hartono" / "Rudy Hartono"), or one a word of the other's full name ("Rahmat" /
    "Rahmat Hidayat"). Two unnamed speakers are not one person."""
    fx, fy = folded(x), folded(y)
    if not fx or not fy:
        return False
    if fx == fy or Levenshtein.normalized_similarity(fx, fy) >= EDITED_QUOTE_SPEAKER:
        return True
    short, full = sorted((fx.split(), fy.split()), key=len)
    return len(short) == 1 and len(full) >= 2 and len(short[0]) >= 4 and short[0] in full


@lru_cache(maxsize=4096)
def _quote_sentences(text: str) -> tuple[tuple[str, ...], ...]:
    """A quote's sentences, each as its words' keys."""
    out = (tuple(w.key for w in words(s)) for s in _SENTENCE_END.split(text))
    return tuple(s for s in out if s)


def edited_quote(a: Fact, b: Fact) -> bool:
    """Whether two quotes of one named speaker are one quote, edited by one of the outlets:
    a word swapped ("sehingga" / "makanya"), a figure written in digits ("sembilan" / "9"), a
    phrase reworded ("cukup lemah karena kekurangan cairan" / "kritis karena kekurangan cairan
    parah"), or a
    sentence one outlet quotes before or after the shared part. The speaker must be the
    same person: two people rarely say the same words, and one person saying something
    else in like words is told by more than a fifth of the words changing."""
    if not same_speaker_name(str(a.attrs.get("speaker") or ""), str(b.attrs.get("speaker") or "")):
        return False
    sa, sb = _quote_sentences(str(a.value)), _quote_sentences(str(b.value))
    short, long_ = sorted((sa, sb), key=lambda s: sum(map(len, s)))
    mine = [k for s in short for k in s]
    if len(mine) < EDITED_QUOTE_MIN_WORDS:
        return False
    allowed = max(EDITED_QUOTE_FREE_EDITS, int(EDITED_QUOTE_SHARE * len(mine)))
    # the whole of the shorter against each run of the longer's sentences: a sentence one
    # outlet adds before or after the shared ones is no edit of the quote
    for i in range(len(long_)):
        for j in range(i + 1, len(long_) + 1):
            theirs = [k for s in long_[i:j] for k in s]
            if abs(len(theirs) - len(mine)) > allowed:
                continue
            if Levenshtein.distance(mine, theirs, score_cutoff=allowed) <= allowed:
                return True
    return False
