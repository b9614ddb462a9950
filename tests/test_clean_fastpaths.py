"""The cleaning fast paths give exactly what the regexes they stand in for give."""

from __future__ import annotations

import random

import pytest

from kroscek.clean import core
from kroscek.clean.lines import _FINAL_RE, has_final_punctuation
from kroscek.clean.patterns import Gated, patterns

_ALPHABET = [*"ab .!?…:;\"”’»')]([,-\t\n", "\u00a0", "\u2003", "  ", "Staff", "\u0130", "\u212a"]


def _random_texts(n: int, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(_ALPHABET, k=rng.randint(0, 12))) for _ in range(n)]


def test_final_punctuation_equals_its_regex() -> None:
    for text in [*_random_texts(20000), "", " ", 'Dia pergi." ', "Apa?”)", "kata dia,"]:
        assert has_final_punctuation(text) == bool(_FINAL_RE.search(text.rstrip())), repr(text)


def test_normalize_whitespace_equals_the_plain_regexes() -> None:
    def plain(text: str) -> str:
        text = core._SPACES_RE.sub(" ", text).strip()
        text = core._MISSING_SPACE_RE.sub(", ", text)
        return core._SPACE_BEFORE_PUNCT_RE.sub("", text)

    for text in [*_random_texts(20000, seed=9), "Qassam,Hamas", "kata dia , lalu", "a\u3000b"]:
        assert core.normalize_whitespace(text) == plain(text), repr(text)


@pytest.mark.parametrize(
    "line",
    [
        "Reuters staff writer contributed reporting.",
        "STAFF   REPORTER",
        "Jane Roe, \u017ftaff writer",  # long s folds to "s" under IGNORECASE
        "Budi Santoso turut berkontribusi dalam laporan ini.",
        "Warga mengungsi ke balai desa, kata dia.",
        "Penulis dapat dihubungi di budi@example.com",
        "\u212aontak: dapat dihubungi melalui surel",
    ],
)
def test_gated_patterns_match_like_their_regex(line: str) -> None:
    pats = patterns()
    for gated in (pats.byline_contains, pats.contact_phrase):
        assert isinstance(gated, Gated)
        assert bool(gated.search(line)) == bool(gated.pattern.search(line))


def test_possessive_word_patterns_match_their_plain_forms() -> None:
    import re

    from kroscek.clean import lines
    from kroscek.text import lang

    plain_line = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
    plain_lang = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
    rng = random.Random(11)
    pieces = ["al", "-", "'", "’", "Qassam", "12", "_", " ", "é", "--", "''", "x1", "٣"]
    for _ in range(5000):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 10)))
        assert lines._WORD_RE.findall(text) == plain_line.findall(text), repr(text)
        assert lang._WORD_RE.findall(text) == plain_lang.findall(text), repr(text)
        assert list(lines.words(text)) == plain_line.findall(text), repr(text)


def test_ascii_word_patterns_match_the_unicode_ones_on_ascii_text() -> None:
    import string

    from kroscek.clean import lines
    from kroscek.text import lang

    rng = random.Random(13)
    pieces = [*string.printable, "al", "Qassam", "Jum'at", "rock'n'roll", "--", "''", "_x_"]
    for _ in range(5000):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 16)))
        assert text.isascii()
        assert lines._ASCII_WORD_RE.findall(text) == lines._WORD_RE.findall(text), repr(text)
        assert lang._ASCII_WORD_RE.findall(text) == lang._WORD_RE.findall(text), repr(text)
        assert lang._ascii_words(text) == lang._WORD_RE.findall(text), repr(text)
        bare = text.replace("'", "")
        assert lang._ascii_words(bare) == lang._WORD_RE.findall(bare), repr(bare)
    long_line = "Warga Desa Tunggalsu mengungsi, kata Bayu. " * 200  # past the cached length
    assert len(long_line) > lines._CACHED_LINE_CHARS
    assert lines.words(long_line) == tuple(lines._WORD_RE.findall(long_line))


# Lines of every kind the line rules know, and prose that must stay (Indonesian, English).
_RULE_LINES = [
    "***",
    "• • •",
    "img_title",
    "[Gambas:Video 20detik]",
    "[video: banjir di Garut]",
    "(ant/dil)",
    "(Reuters/rdn)",
    "Halaman 2 dari 3",
    "1 2 3 4",
    "Page 3 of 5",
    "ADVERTISEMENT",
    "Advertisement - Scroll to continue",
    "Copyright © 2024 Kabar Kita. All rights reserved.",
    "© 2024 The Harbour Times",
    "pic.twitter.com/AbC123",
    "Lihat postingan ini di Instagram instagram.com/p/xyz",
    "Reuters staff writer contributed reporting.",
    "Artikel ini telah tayang di Kompas.com dengan judul Banjir Garut",
    "This article originally appeared on The Conversation.",
    "Simak berita terbaru kami di Google News",
    "Follow us on Instagram and TikTok for more stories",
    "Kamis, 16/11/2023 | 15:20 WIB",
    "Published 2 hours ago",
    "Tags: banjir, Garut",
    "5 min read",
    "Topics",
    "Banjir merendam 120 rumah di Kecamatan Tarogong, Garut, Senin (15/1/2024).",
    "Warga mengungsi ke balai desa / masjid terdekat, kata Camat Tarogong Budi Santoso.",
    "Firefighters reached the market in Medan on Monday, the agency said in a statement.",
    "[Catatan redaksi: artikel ini diperbarui pukul 15.20 WIB dengan keterangan korban]",
    "Ikuti kami di Instagram",
    "Oleh Budi Santoso",
    "Copyright 2026 The Harbour Wire. All rights reserved. This material may not be "
    "published, broadcast, rewritten or redistributed without permission.",
    "Pemerintah daerah meninjau ulang laporan warga bersama instansi terkait. "
    "Aparat setempat masih mendata dampak kejadian hingga beberapa hari ke depan.",
]


def test_rule_kind_equals_the_first_matching_line_rule() -> None:
    from kroscek.clean.lines import _line_rules, _rule_kind, words

    rng = random.Random(17)
    pieces = [*_RULE_LINES, " ", "/", "[", "(", ":", "12", "WIB", ".", "Foto", "kata"]
    lines = list(_RULE_LINES)
    lines += ["".join(rng.choices(pieces, k=rng.randint(1, 4))).strip() or "x" for _ in range(400)]
    kinds = set()
    for line in lines:
        for n in {*range(0, 81, 3), 16, 17, 20, 30, 31, 40, 41, len(words(line))}:
            if n > 80:
                continue
            rule = next((r for r in _line_rules() if n <= r.max_words and r.test(line)), None)
            assert _rule_kind(line, n) == (rule.kind if rule else None), (line, n)
            kinds.add(rule.kind if rule else None)
    assert len(kinds) >= 10  # the lines above reach most rules


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("BANJIR   Rendam Garut", "title_repeat"),  # case and spacing do not matter
        ("Banjir rendam garut\u00a0", "title_repeat"),
        ("STRASSE Ditutup Warga", "title_repeat"),  # "Straße" folds to "strasse"
        ("Kabar\tKita", "site_name"),
        ("Banjir rendam Garut lagi", None),
        ("Petugas Garut mengungsi ke balai desa.", None),
    ],
)
def test_title_and_site_lines_found_past_the_first_word_check(line: str, kind: str | None) -> None:
    from kroscek.clean.lines import classify

    title = "Banjir Rendam Garut"
    body = f"Warga mengungsi, kata dia.\n\n{line}\n\nHujan deras sejak pagi, kata petugas."
    units = classify(body, title, "Straße ditutup warga", site_names=("Kabar Kita",))
    (found,) = [u.kind for u in units if u.text.split()[0] == line.split()[0]]
    assert found == kind if kind else found not in {"title_repeat", "site_name"}


@pytest.mark.parametrize("raw_meta", [{}, {"removed": "from the input", "sitename": "Kabar Kita"}])
def test_ingest_meta_is_the_compare_meta_without_the_removed_list(raw_meta: dict) -> None:
    from kroscek.clean import clean
    from kroscek.data import RawArticle
    from kroscek.pipeline import prepare_one

    raw = RawArticle(
        origin="x.txt",
        title="Banjir Rendam Garut - Kabar Kita",
        text="Oleh: Budi Santoso\n\nGARUT, Kabar Kita - Banjir merendam 120 rumah.\n\n"
        "Baca juga: Harga Cabai Naik Lagi\n\nWarga mengungsi ke balai desa, kata dia.",
        meta=raw_meta,
    )
    full = clean(raw)
    art = prepare_one(raw)
    assert full.meta["removed"]
    assert list(art.meta.items()) == [(k, v) for k, v in full.meta.items() if k != "removed"]
    fields = ("id", "title", "text", "source", "lang")
    assert [getattr(art, f) for f in fields] == [getattr(full, f) for f in fields]


def test_dateline_dash_needs_a_dash_character_in_its_window() -> None:
    from kroscek.clean import dateline as D

    rng = random.Random(31)
    pieces = ["GARUT", ",", " ", "  ", "Kabar Kita", "-", "--", "–", "—", "\u00a0", "x" * 30, "."]
    end = D._MAX_PREFIX_CHARS + 4
    for _ in range(5000):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 12)))
        window = text[:end]
        if not any(ch in window for ch in "-–—"):
            assert D._DASH_RE.search(text, 0, end) is None, repr(text)


def test_label_patterns_need_their_punctuation() -> None:
    pats = patterns()
    rng = random.Random(37)
    pieces = ["Foto", "Sumber", "Image source", "Caption", "Keterangan", " ", ":", "：", ","]
    pieces += ["Getty Images", "ANTARA/Budi", "Warga mengungsi", "/", "&"]
    for _ in range(5000):
        line = "".join(rng.choices(pieces, k=rng.randint(1, 6)))
        colon = ":" in line or "：" in line
        if not colon:
            assert pats.source_label.match(line) is None, line
        if "," not in line:
            assert pats.source_label_comma.match(line) is None, line
        if not colon and "," not in line:
            assert pats.caption_label.match(line) is None, line
