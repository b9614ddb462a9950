"""The library as a notebook uses it: one-line reprs, inputs given one by one, text passed
where a path was expected, a path passed where an article was expected."""

from __future__ import annotations

import pytest

import kroscek
from kroscek.data import RawArticle

FIRST = RawArticle(
    "mem:a",
    "Banjir Rendam 300 Rumah di Kampar",
    "Banjir merendam 300 rumah warga di Kabupaten Kampar, Riau, Senin (2/3/2026). Dua warga "
    "tewas terseret arus, kata Kepala BPBD Kampar, Hendra Saputra.",
    source="Kabar Riau",
)
SECOND = RawArticle(
    "mem:b",
    "Banjir Kampar Tewaskan Tiga Warga",
    "Banjir di Kabupaten Kampar, Riau, Senin (2/3/2026), menewaskan tiga warga dan merendam "
    "300 rumah, kata Kepala BPBD Kampar, Hendra Saputra.",
    source="Warta Sumatra",
)


def test_a_report_and_an_article_print_on_one_line():
    report = kroscek.compare([FIRST, SECOND])
    shown = repr(report)
    assert "\n" not in shown and len(shown) < 300
    assert "Kabar Riau" in shown and "Warta Sumatra" in shown
    assert f"{len(report.findings)} findings" in shown
    article = repr(report.articles[0])
    assert "\n" not in article and "Kabar Riau" in article and "facts" in article


def test_inputs_may_be_given_one_by_one():
    one_by_one = kroscek.compare(FIRST, SECOND)
    as_a_list = kroscek.compare([FIRST, SECOND])
    assert [f.message for f in one_by_one.findings] == [f.message for f in as_a_list.findings]


@pytest.mark.parametrize(
    "text",
    [
        "Banjir merendam 300 rumah warga di Kampar, dua warga tewas.",
        "Floods swamped 300 homes in Kampar and killed two residents.",
    ],
)
def test_article_text_passed_as_a_path_says_how_to_pass_text(text):
    with pytest.raises(kroscek.KroscekError, match="RawArticle"):
        kroscek.compare([text, SECOND])


@pytest.mark.parametrize("value", ["berita.txt", 42, None])
def test_extract_facts_of_something_that_is_no_article_says_what_to_pass(value):
    with pytest.raises(TypeError, match=r"kroscek\.read"):
        kroscek.extract_facts(value)


def test_extract_facts_cleans_a_raw_article_first():
    article = kroscek.extract_facts(FIRST)
    assert isinstance(article, kroscek.Article)
    assert any(f.kind == "number" and f.value == 300 for f in article.facts)
