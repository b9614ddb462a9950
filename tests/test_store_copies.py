"""A near-copy that changes a figure of its original is its own article, not a copy.

Forty outlets carrying one wire text are one witness; the one that writes "sembilan" where
the wire wrote "tujuh" is the report a fact-checker is looking for, so the story's report
must compare it (usability review 7)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kroscek.cluster.features import sign_batch
from kroscek.data import Article, content_id
from kroscek.store import Corpus
from kroscek.store.copies import changed_figures, figures
from kroscek.store.writer import CorpusWriter

DAY = datetime(2026, 11, 16, 20, tzinfo=UTC)

WIRE_ID = (
    "CIANJUR - Longsor menimbun sebuah kampung di Kecamatan Pacet, Kabupaten Cianjur, pada "
    "Senin (16/11/2026) malam. Sebanyak tujuh warga tewas dan 14 rumah tertimbun, kata Kepala "
    "BPBD Cianjur Darmawan Sutisna.\n\n"
    "Tim SAR gabungan mengerahkan 80 personel dan dua alat berat ke lokasi. Pencarian sempat "
    "dihentikan karena hujan deras dan tanah yang masih labil di lereng bukit.\n\n"
    "Menurut Darmawan, warga yang selamat diungsikan ke balai desa dan masjid terdekat. "
    "Pemerintah kabupaten menyiapkan dapur umum dan bantuan logistik bagi para pengungsi.\n\n"
    "Hujan dengan intensitas tinggi diperkirakan masih turun hingga akhir pekan, sehingga "
    "warga di lereng diminta waspada terhadap longsor susulan."
)
WIRE_EN = (
    "DENPASAR - A ferry sank off the east coast of Bali on Tuesday night and 7 passengers "
    "died, the harbour master said.\n\n"
    "Rescuers pulled 40 survivors from the water and searched through the night with four "
    "boats, the search and rescue agency said in a statement.\n\n"
    "The ferry, which was carrying 52 people, left Padangbai port in calm weather before a "
    "sudden squall hit it about an hour into the crossing.\n\n"
    "Survivors were taken to the regional hospital in Karangasem, where families gathered "
    "on Wednesday morning waiting for news of the missing."
)


def art(source: str, title: str, text: str, lang: str, hours: float = 0.0) -> Article:
    when = DAY + timedelta(hours=hours)
    return Article(content_id(source, title, text), source, title, text, None, when, lang)


def copies_after_ingest(tmp_path: Path, articles: list[Article]) -> list[str | None]:
    with Corpus(tmp_path / "c.db") as corpus:
        CorpusWriter(corpus).add(articles, sign_batch(articles))
        rows = dict(corpus.connection.execute("SELECT id, duplicate_of FROM articles"))
    return [rows[a.id] for a in articles]


@pytest.mark.parametrize(
    ("lang", "wire", "old", "new"),
    [
        pytest.param("id", WIRE_ID, "tujuh warga", "sembilan warga", id="id-number-word"),
        pytest.param("id", WIRE_ID, "80 personel", "800 personel", id="id-digits"),
        pytest.param("en", WIRE_EN, "7 passengers", "nine passengers", id="en-digit-to-word"),
    ],
)
def test_a_copy_that_changes_a_figure_is_its_own_article(
    tmp_path: Path, lang: str, wire: str, old: str, new: str
) -> None:
    original = art("Kantor Berita", "Longsor di Pacet", wire, lang)
    same = art("Portal Satu", "Longsor Pacet", wire, lang, hours=1)
    changed = art("Portal Dua", "Longsor Pacet", wire.replace(old, new), lang, hours=2)
    assert copies_after_ingest(tmp_path, [original, same, changed]) == [
        None,
        original.id,
        None,
    ]


@pytest.mark.parametrize(
    ("lang", "wire", "edit"),
    [
        pytest.param("id", WIRE_ID, ("(16/11/2026)", "(17/11/2026)"), id="id-re-dated"),
        pytest.param("id", WIRE_ID, ("Cianjur Darmawan", "Cianjur, Darmawan"), id="id-comma"),
        pytest.param("en", WIRE_EN, ("Tuesday night", "Tuesday evening"), id="en-one-word"),
    ],
)
def test_a_copy_edited_without_a_new_figure_stays_a_copy(
    tmp_path: Path, lang: str, wire: str, edit: tuple[str, str]
) -> None:
    original = art("Kantor Berita", "Longsor di Pacet", wire, lang)
    copy = art("Portal Dua", "Longsor Pacet", wire.replace(*edit), lang, hours=2)
    assert copies_after_ingest(tmp_path, [original, copy]) == [None, original.id]


@pytest.mark.parametrize(
    ("copy", "original", "changed"),
    [
        pytest.param("Tujuh warga tewas.", "Sebanyak 7 orang tewas.", False, id="word-is-digit"),
        pytest.param("Seven died.", "Tujuh tewas.", False, id="across-languages"),
        pytest.param("Sembilan warga tewas.", "Tujuh warga tewas.", True, id="another-word"),
        pytest.param("Dua tewas.", "Dua tewas, 12 luka.", False, id="trimmed-drops-a-figure"),
        pytest.param("Dua tewas, 12 luka.", "Dua tewas.", False, id="an-added-figure"),
        pytest.param("Dua tewas, 12 luka.", "Dua tewas, 21 luka.", True, id="swapped-digits"),
        pytest.param("Pada 2026, 1.200 rumah.", "Pada 2025, 1.200 rumah.", False, id="years"),
        pytest.param("Pukul 10:42 WIB.", "Pukul 11:42 WIB.", False, id="clock-times"),
        pytest.param("Rp1,2 triliun.", "Rp12 triliun.", True, id="a-decimal-is-no-grouping"),
        pytest.param("1,200 houses.", "1.200 rumah.", False, id="grouping-in-two-languages"),
        pytest.param("2.5 million.", "2,5 juta.", False, id="decimals-in-two-languages"),
    ],
)
def test_changed_figures_reads_digits_and_number_words_but_not_dates(
    copy: str, original: str, changed: bool
) -> None:
    assert changed_figures(copy, original) is changed


def test_figures_are_values_not_spellings() -> None:
    assert figures("Sebanyak 1.200 orang, tujuh di antaranya") == frozenset({"1200", "7"})


@pytest.mark.parametrize(
    ("text", "values"),
    [
        pytest.param("9" * 5000 + " orang", 1, id="a-run-longer-than-int-converts"),
        pytest.param("007 orang dan ٤٥ warga", 2, id="leading-zeros-and-arabic-indic-digits"),
    ],
)
def test_figures_of_odd_digit_runs_are_read_without_error(text: str, values: int) -> None:
    assert len(figures(text)) == values


def test_digits_of_any_script_are_one_value() -> None:
    assert figures("٤٥ warga, ٢,٥ juta") == figures("45 warga, 2,5 juta") == {"45", "2.5"}
