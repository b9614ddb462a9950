"""Search queries as users type them: punctuation in words is not FTS5 syntax."""

from __future__ import annotations

import pytest

from kroscek.cluster.features import sign_batch
from kroscek.data import Article, content_id
from kroscek.errors import UsageError
from kroscek.store import Corpus
from kroscek.store.search import fts_query
from kroscek.store.writer import CorpusWriter

TEXTS = [
    (
        "Eskalasi Israel-Palestina",
        "Konflik Israel-Palestina memanas; 1.200 orang tewas, "
        "menurut pejabat. Brigade al-Qassam mengklaim serangan. Biaya Rp 1,7 miliar.",
    ),
    (
        "Qaani's letter to Deif",
        "Iran's Quds Force commander Qaani wrote to Deif. Hamas, Iran and Hezbollah were named.",
    ),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    c = Corpus(tmp_path_factory.mktemp("s") / "c.db")
    arts = [Article(id=content_id(t, x), source="x", title=t, text=x) for t, x in TEXTS]
    CorpusWriter(c).add(arts, sign_batch(arts))
    yield c
    c.close()


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("Israel-Palestina", "Eskalasi Israel-Palestina"),
        ("al-Qassam", "Eskalasi Israel-Palestina"),
        ("1.200", "Eskalasi Israel-Palestina"),
        ("Rp 1,7 miliar", "Eskalasi Israel-Palestina"),
        ("Qaani's", "Qaani's letter to Deif"),
        ("Hamas, Iran", "Qaani's letter to Deif"),
        ("Deif.", "Qaani's letter to Deif"),
        ("hezbol*", "Qaani's letter to Deif"),
        ('"Quds Force"', "Qaani's letter to Deif"),
        ("title:eskalasi", "Eskalasi Israel-Palestina"),
        ("mengklaim NOT Hezbollah", "Eskalasi Israel-Palestina"),
    ],
)
def test_everyday_queries_find_their_article(corpus: Corpus, query: str, title: str) -> None:
    hits = corpus.search(query)
    assert [h.article.title for h in hits] == [title]


def test_or_finds_both(corpus: Corpus) -> None:
    assert len(corpus.search("al-Qassam OR Hezbollah")) == 2


@pytest.mark.parametrize("query", ['"unclosed', "(Hamas", "AND", "?!", "   "])
def test_malformed_or_empty_queries_are_usage_errors(corpus: Corpus, query: str) -> None:
    with pytest.raises(UsageError):
        corpus.search(query)


@pytest.mark.parametrize(
    ("user", "fts"),
    [
        ("banjir Garut", '"banjir" "Garut"'),
        ("Israel-Palestina", '"Israel-Palestina"'),
        ('"Sungai Cimanuk" OR banjir*', '"Sungai Cimanuk" OR "banjir"*'),
        ("text:rumah (a OR b)", 'text:"rumah" ( "a" OR "b" )'),
    ],
)
def test_translation_keeps_fts_syntax_and_quotes_words(user: str, fts: str) -> None:
    assert fts_query(user) == fts


def test_queries_with_many_matches_list_newest_first(
    corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kroscek.store.corpus as corpus_module

    ranked = [h.article.title for h in corpus.search("al-Qassam OR Hezbollah")]
    monkeypatch.setattr(corpus_module, "RANKED_MATCHES", 1)
    newest_first = [h.article.title for h in corpus.search("al-Qassam OR Hezbollah")]
    assert sorted(ranked) == sorted(newest_first)
    assert newest_first == [TEXTS[1][0], TEXTS[0][0]]  # stored second, listed first
