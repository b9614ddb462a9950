"""Rules added after blind review 5 (portal-shaped articles: several pages, quotes carried by
"ujarnya", court cases, election tallies, tolls revised over time), pinned with sentences
written for these tests."""

from __future__ import annotations

import pytest

from kroscek.compare import compare
from kroscek.data import Finding, RawArticle, Report
from kroscek.extract.attribution import extract_attributions
from kroscek.extract.entities import recognise
from kroscek.extract.numbers import extract_numbers
from kroscek.extract.quotes import extract_quotes


def run(*pairs: tuple[str, str]) -> Report:
    raws = [
        RawArticle(f"mem:{i}", title, text, source=f"Outlet {chr(65 + i)}")
        for i, (title, text) in enumerate(pairs)
    ]
    return compare(raws)


def of_type(report: Report, kind: str, slot: str | None = None) -> list[Finding]:
    return [f for f in report.findings if f.type == kind and (slot is None or f.slot == slot)]


def mentions(finding: Finding, *words: str) -> bool:
    evidence = " | ".join(e.text for e in finding.evidence).casefold()
    return all(w.casefold() in evidence for w in words)


@pytest.mark.parametrize(
    ("lang", "text", "span", "value"),
    [
        (
            "id",
            "Pengadilan menghukum bendahara desa itu 3 tahun 4 bulan penjara.",
            "3 tahun 4 bulan",
            3 + 4 / 12,
        ),
        (
            "id",
            "Ia dihukum dua tahun dan enam bulan kurungan oleh majelis.",
            "dua tahun dan enam bulan",
            2.5,
        ),
        (
            "en",
            "The former mayor was sentenced to four years and three months in prison.",
            "four years and three months",
            4.25,
        ),
    ],
)
def test_a_term_of_years_and_months_is_one_figure(
    lang: str, text: str, span: str, value: float
) -> None:
    facts = [f for f in extract_numbers(text, lang) if f.label == "year"]
    assert [(f.text, f.value) for f in facts] == [(span, pytest.approx(value))]
    assert not [f for f in extract_numbers(text, lang) if f.label == "month"]


@pytest.mark.parametrize(
    ("lang", "text", "not_counted"),
    [
        (
            "id",
            "Jaksa menjerat terdakwa dengan Pasal 5 ayat (2) dan memanggil 40 saksi.",
            {2.0, 5.0},
        ),
        (
            "en",
            "Prosecutors charged him under section 4 of the act and questioned 12 people.",
            {4.0},
        ),
    ],
)
def test_the_number_of_a_law_article_or_paragraph_is_no_count(
    lang: str, text: str, not_counted: set[float]
) -> None:
    values = {f.value for f in extract_numbers(text, lang)}
    assert not values & not_counted
    assert values  # the witnesses are still counted


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "“Jembatan itu akan kami bangun ulang,” kata Bupati Rahmat Hidayat.\n\n"
            "Direktur lembaga lingkungan setempat, Siti Aminah, mengkritik lambatnya penanganan. "
            "“Warga sudah menunggu tiga bulan,” ujarnya.",
            "id",
            "Siti Aminah",
        ),
        (
            "“We will rebuild the bridge,” said Mayor John Carter.\n\n"
            "The head of the residents' association, Laura Benning, criticised the delay. "
            "“People have waited three months,” she said.",
            "en",
            "Laura Benning",
        ),
    ],
)
def test_a_pronoun_quote_goes_to_the_one_person_of_the_sentence_before(
    text: str, lang: str, speaker: str
) -> None:
    qs = extract_quotes(text, lang, entities=recognise(text, lang))
    assert qs[-1].attrs["speaker"] == speaker


def attributions(text: str, lang: str):
    ents = recognise(text, lang)
    quotes = extract_quotes(text, lang, entities=ents)
    return extract_attributions(text, lang, entities=ents, quotes=quotes)


@pytest.mark.parametrize(
    ("text", "lang", "covered"),
    [
        (
            "The airline will cut 300 flights in March, the company's chief executive, Maria "
            "Lopez, "
            "told reporters in Madrid.",
            "en",
            "300 flights",
        ),
        (
            "The rivers in the valley could rise by two metres before Friday, the weather office "
            "warned.",
            "en",
            "two metres",
        ),
    ],
)
def test_a_source_closing_the_sentence_covers_the_clause_before_it(
    text: str, lang: str, covered: str
) -> None:
    at = text.index(covered)
    facts = attributions(text, lang)
    assert any(f.attrs["scope"][0] <= at < f.attrs["scope"][1] for f in facts)


@pytest.mark.parametrize(
    ("lang", "text", "figure", "event"),
    [
        (
            "id",
            "Korban meninggal akibat banjir bandang di Kecamatan Sukamaju, Kabupaten Luwu Utara, "
            "kini mencapai 15 orang.",
            "15 orang",
            "killed",
        ),
        ("id", "Korban Banjir Luwu Capai 15 Orang, Tiga Masih Hilang", "15 Orang", None),
    ],
)
def test_the_outcome_of_a_figure_is_that_of_its_own_clause(
    lang: str, text: str, figure: str, event: str | None
) -> None:
    fact = next(f for f in extract_numbers(text, lang) if f.text == figure)
    assert fact.attrs.get("event") == event
