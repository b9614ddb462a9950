"""The numpy tagger gives exactly crfsuite's labels (and state scores) for the shipped model.

Tagging reads the weights of ``ner-id.crfsuite`` into numpy and scores whole texts at once
(kroscek.extract.ner.crf, kroscek.extract.ner.batch). Here crfsuite itself (python-crfsuite,
still used for training) tags the same sentences from the attribute strings of
``sentence_features``, and the two must agree label for label: on the corpora's test splits
and on sentences written for edge cases.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import numpy as np
import pycrfsuite
import pytest

from kroscek.extract.ner import batch
from kroscek.extract.ner import model as ner_model
from kroscek.extract.ner.corpora import CORPUS_NAMES, read_split
from kroscek.extract.ner.crf import HEADER, CorruptModel, LinearChainCRF
from kroscek.extract.ner.document import _entity_chunks, _is_name_part, propagate
from kroscek.extract.ner.features import recase_title, sentence_features
from kroscek.extract.ner.scoring import chunks
from kroscek.text.tokens import Token, tokenize

NER_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "ner"

# Written for this test: headlines, quotes first, roles with dots, unknown and odd tokens.
OWN_TEXTS = [
    "Juru bicara Hamas Osama Hamdan mengatakan gencatan senjata belum disepakati.",
    "Militan Tembakkan Roket ke Tel Aviv, Warga Berlindung di Bunker",
    "BNPB: 1.200 Warga Cianjur Mengungsi",
    '"Kami tidak mundur," kata Dr. Rina Wulandari di Kupang, Senin (3/6).',
    "« Prof. Hendra » bertemu Wali Kota Surabaya Eri Cahyadi.",
    "Zyxqwv Blorptang mengunjungi Kwazulu-Natalistan bersama Xqq-Yzz dan Rudi-Wawan.",
    "President Joe Biden met Prime Minister Anthony Albanese in Sydney on Tuesday.",
    "The Pentagon said the strike in Syria killed 12 fighters | officials | Reuters",
    "SUSILO BAMBANG YUDHOYONO TIBA DI JAKARTA",
    "susilo bambang yudhoyono tiba di jakarta",
    "Jokowi",
    "Kata",
    ".",
    "( ( (",
    "Rp1,2 triliun untuk 3.000 keluarga di Banda Aceh & Nusa Tenggara Timur (NTT).",
    "Susilo Bambang Yudhoyono dan Dewan Perwakilan Rakyat bertemu di Gedung DPR.",
    "Kader Golkar Jusuf Kalla — mantan Wakil Presiden — hadir bersama tim Prabowo-Hatta.",
    "😀 مرحبا 你好 Ĳssel İstanbul ǅemal straße ﬁnal",
    " ".join(["Banjir melanda Semarang dan Bekasi"] * 40),
    "kata " * 250,
]


def _crfsuite_labels(
    tagger: pycrfsuite.Tagger, sentences: Sequence[Sequence[str]], domain: str | None
) -> list[list[str]]:
    memory = ner_model.load_model().memory
    out = []
    for words in sentences:
        features = sentence_features(recase_title(words), domain, memory)
        out.append(tagger.tag(features) if words else [])
    return out


@pytest.fixture(scope="module")
def tagger() -> Iterator[pycrfsuite.Tagger]:
    crfsuite = pycrfsuite.Tagger()
    crfsuite.open(str(ner_model.shipped_model_path()))
    yield crfsuite
    crfsuite.close()


def _own_sentences() -> list[list[str]]:
    sentences = []
    for text in OWN_TEXTS:
        for sentence in ner_model.split_sentences(text, tokenize(text)):
            sentences.append([t.text for t in sentence])
    return sentences


def test_own_sentences_have_crfsuites_labels(tagger: pycrfsuite.Tagger) -> None:
    model = ner_model.load_model()
    sentences = [*_own_sentences(), [], ["Basarnas"]]
    assert max(len(s) for s in sentences) == 200  # the longest piece split_sentences cuts
    expected = _crfsuite_labels(tagger, sentences, None)
    assert ner_model.crf_labels(model, sentences, None) == expected
    # crfsuite cuts attribute strings at a NUL character; so does the string path used then.
    with_nul = [["Gubernur", "a\0b", "Jakarta"], ["\0", "Presiden", "Joko", "Widodo"]]
    assert ner_model.crf_labels(model, with_nul, None) == _crfsuite_labels(tagger, with_nul, None)
    # One sentence at a time gives the same labels as a batch.
    for sentence, labels in zip(sentences, expected, strict=True):
        assert ner_model.crf_labels(model, [sentence], None) == [labels]
    assert any(label != "O" for labels in expected for label in labels)


@pytest.mark.parametrize(
    "take",
    [
        pytest.param(1, id="one-sentence-summed-as-one-stack"),
        pytest.param(3, id="three-sentences-summed-as-one-stack"),
        pytest.param(None, id="every-sentence-summed-slot-by-slot"),
    ],
)
def test_batch_scores_equal_the_attribute_string_scores_bit_for_bit(take: int | None) -> None:
    model = ner_model.load_model()
    sentences = [recase_title(s) for s in _own_sentences() if s][:take]
    # the two ways of summing the slots (see BatchScorer.scores_and_marks) are both covered
    short = sum(map(len, sentences)) < batch._LOOP_TOKENS
    assert short == (take is not None)
    from_strings = np.concatenate(
        [
            model.crf.scores_from_attributes(sentence_features(s, None, model.memory))
            for s in sentences
        ]
    )
    assert np.array_equal(model.scorer.scores(sentences), from_strings)


@pytest.mark.skipif(not NER_DATA.is_dir(), reason=f"NER corpora not found at {NER_DATA}")
@pytest.mark.parametrize("corpus", CORPUS_NAMES)
def test_corpus_test_split_has_crfsuites_labels(tagger: pycrfsuite.Tagger, corpus: str) -> None:
    model = ner_model.load_model()
    sentences = [list(s.tokens) for s in read_split(NER_DATA, corpus, "test")]
    assert len(sentences) > 100
    # With the corpus's domain attributes (as ``kroscek eval ner`` tags) and as news text.
    for domain in (corpus, None):
        expected = _crfsuite_labels(tagger, sentences, domain)
        assert ner_model.crf_labels(model, sentences, domain) == expected


def test_weights_are_read_exactly_from_the_model_file(tagger: pycrfsuite.Tagger) -> None:
    crf = ner_model.load_model().crf
    info = tagger.info()
    assert crf.labels == tagger.labels()
    assert len(crf.attribute_ids) == len(info.attributes)
    # crfsuite's dump prints six decimals: the binary weights agree to that precision.
    for (source, target), weight in info.transitions.items():
        i, j = crf.labels.index(source), crf.labels.index(target)
        assert crf.transitions[i, j] == pytest.approx(weight, abs=1e-6)
    for (attribute, label), weight in list(info.state_features.items())[:5000]:
        row = crf.attribute_ids[attribute]
        assert crf.state[row, crf.labels.index(label)] == pytest.approx(weight, abs=1e-6)
    assert not crf.state[crf.zero].any()


def _offsets(data: bytes) -> tuple[int, int]:
    """Offsets of the feature chunk and of the attribute string table."""
    fields = HEADER.unpack_from(data)
    return fields[7], fields[9]


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:-1],
        lambda data: data[: _offsets(data)[1]] + b"XXXX" + data[_offsets(data)[1] + 4 :],
        # the first feature's type (after the chunk's id, size and count)
        lambda data: data[: _offsets(data)[0] + 12] + b"\xff" * 4 + data[_offsets(data)[0] + 16 :],
    ],
)
def test_damaged_sections_are_refused(damage: Callable[[bytes], bytes]) -> None:
    data = ner_model.shipped_model_path().read_bytes()
    with pytest.raises(CorruptModel):
        LinearChainCRF(damage(data))


def test_decode_finds_the_best_path_of_every_sentence() -> None:
    crf = ner_model.load_model().crf
    n_labels = len(crf.labels)
    rng = np.random.default_rng(3)
    lengths = [0, 1, 3, 0, 2, 1, 3]
    scores = rng.normal(size=(sum(lengths), n_labels))
    decoded = crf.decode(scores, lengths).tolist()
    done = 0
    for length in lengths:
        rows = scores[done : done + length]
        best = max(
            itertools.product(range(n_labels), repeat=length),
            key=lambda path: (
                sum(rows[t, label] for t, label in enumerate(path))
                + sum(crf.transitions[a, b] for a, b in itertools.pairwise(path))
            ),
        )
        assert decoded[done : done + length] == list(best)
        done += length


def _split_one_by_one(text: str, tokens: list[Token]) -> list[list[Token]]:
    """The sentence split written token by token, as tagging did before ``sentence_cuts``."""
    sentences: list[list[Token]] = []
    current: list[Token] = []
    for i, tok in enumerate(tokens):
        if current and "\n" in text[current[-1].end : tok.start]:
            sentences.append(current)
            current = []
        current.append(tok)
        if len(current) >= 200:
            sentences.append(current)
            current = []
        elif tok.text in ".!?" and i + 1 < len(tokens):
            nxt = tokens[i + 1].text
            if nxt[:1].isupper() or nxt[:1] in "\"'“‘(":
                sentences.append(current)
                current = []
    if current:
        sentences.append(current)
    return sentences


def test_sentence_split_equals_the_token_by_token_rule() -> None:
    rng = random.Random(11)
    pieces = ["kata", "Budi", ".", "!", "?", " ", " ", "\n", " \n ", "“", "(", "'", "x", "Ia"]
    for _ in range(2000):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 40)))
        if rng.random() < 0.05:
            text += " kata" * rng.randint(195, 420) + rng.choice([" . Budi", "\nBudi", ""])
        tokens = tokenize(text)
        assert ner_model.split_sentences(text, tokens) == _split_one_by_one(text, tokens)


def _propagate_token_by_token(
    sentences: Sequence[Sequence[str]], labels: list[list[str]]
) -> list[list[str]]:
    """``propagate`` as first written, trying every position of every sentence."""
    found: dict[tuple[str, ...], str | None] = {}

    def remember(key: tuple[str, ...], label: str) -> None:
        found[key] = None if key in found and found[key] != label else label

    for words, tags in zip(sentences, labels, strict=True):
        for start, end, label in chunks(tags):
            key = tuple(words[start:end])
            if not any(_is_name_part(word) for word in key) and not key[0].isupper():
                continue
            remember(key, label)
            if label == "PER" and end - start >= 2:
                for part in (key[0], key[-1]):
                    if _is_name_part(part):
                        remember((part,), "PER")
    known = {key: label for key, label in found.items() if label is not None}
    longest: dict[str, int] = {}
    for key in known:
        longest[key[0]] = max(longest.get(key[0], 0), len(key))
    for words, tags in zip(sentences, labels, strict=True):
        n = len(words)
        i = 0
        while i < n:
            matched = 0
            for length in range(min(longest.get(words[i], 0), n - i), 0, -1):
                if known.get(tuple(words[i : i + length])) and all(
                    tag == "O" for tag in tags[i : i + length]
                ):
                    matched = length
                    break
            if matched:
                label = known[tuple(words[i : i + matched])]
                tags[i] = "B-" + label
                for j in range(i + 1, i + matched):
                    tags[j] = "I-" + label
                if i + matched < n and tags[i + matched].startswith("I-"):
                    tags[i + matched] = "B-" + tags[i + matched][2:]
                i += matched
            else:
                i += 1
    return labels


def test_propagate_and_chunks_equal_their_token_by_token_versions() -> None:
    rng = random.Random(4)
    vocabulary = ["Budi", "Santoso", "Jakarta", "BNPB", "di", "kata", "Wali", "Kota", "Al", "PBB"]
    tags = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "I-PER"]
    for _ in range(3000):
        sentences = [rng.choices(vocabulary, k=rng.randint(1, 9)) for _ in range(rng.randint(1, 5))]
        labels = [rng.choices(tags, weights=[6, 1, 1, 1, 1, 1, 1, 1], k=len(s)) for s in sentences]
        for sentence_tags in labels:
            assert _entity_chunks(sentence_tags) == chunks(sentence_tags)
        expected = _propagate_token_by_token(sentences, [list(t) for t in labels])
        assert propagate(sentences, [list(t) for t in labels]) == expected


def test_scorer_shared_by_threads_while_its_vocabulary_grows() -> None:
    from concurrent.futures import ThreadPoolExecutor

    from kroscek.extract.ner.batch import BatchScorer

    model = ner_model.load_model()
    rng = random.Random(8)
    letters = "abcdefghijklmnopqrstuvwxyz"
    texts = [
        [
            [
                rng.choice([w.capitalize(), w])
                for w in ("".join(rng.choices(letters, k=rng.randint(3, 9))) for _ in range(12))
            ]
            for _ in range(20)
        ]
        for _ in range(40)
    ]  # ~9,600 new words: the vocabulary's arrays are replaced twice while threads read
    shared = BatchScorer(model.crf, model.memory)
    with ThreadPoolExecutor(max_workers=8) as pool:
        from_threads = list(pool.map(shared.scores, texts))
    alone = BatchScorer(model.crf, model.memory)
    for sentences, scores in zip(texts, from_threads, strict=True):
        assert np.array_equal(scores, alone.scores(sentences))


def test_a_long_text_is_tagged_in_batches_with_the_same_labels() -> None:
    model = ner_model.load_model()
    sentences = [s for s in _own_sentences() if s]
    alone = {tuple(s): ner_model.crf_labels(model, [s], None)[0] for s in sentences}
    many = sentences * 30  # ~11,000 tokens: three batches of at most 4,096
    assert sum(len(s) for s in many) > 2 * ner_model._BATCH_TOKENS
    assert ner_model.crf_labels(model, many, None) == [alone[tuple(s)] for s in many]


def _spans_token_by_token(tokens: list[Token], labels: list[str]) -> list[tuple[int, int, str]]:
    """``spans_from_labels`` as first written, visiting every token."""
    spans: list[tuple[int, int, str]] = []
    start = end = -1
    kind = ""
    for tok, tag in zip(tokens, labels, strict=True):
        if tag == "O" and start < 0:
            continue
        prefix, _, label = tag.partition("-")
        if prefix == "I" and label == kind and start >= 0:
            end = tok.end
            continue
        if start >= 0:
            spans.append((start, end, kind))
            start = -1
        if prefix in ("B", "I"):
            start, end, kind = tok.start, tok.end, label
    if start >= 0:
        spans.append((start, end, kind))
    return spans


def test_spans_equal_their_token_by_token_version() -> None:
    rng = random.Random(6)
    tags = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "I-LOC", "X-Y"]
    for _ in range(5000):
        n = rng.randint(0, 12)
        tokens = [Token("w", 3 * i, 3 * i + 1) for i in range(n)]
        labels = rng.choices(tags, weights=[6, 1, 1, 1, 1, 1, 0.2], k=n)
        assert ner_model.spans_from_labels(tokens, labels) == _spans_token_by_token(tokens, labels)


def test_network_scores_a_batch_like_its_sentences_one_by_one() -> None:
    model = ner_model.load_model()
    sentences = [s for s in _own_sentences() if s] * 3
    network = model.network
    together = network.emissions(sentences, None)
    alone = np.concatenate([network.emissions([s], None) for s in sentences])
    np.testing.assert_allclose(together, alone, atol=1e-4)
    # The marks the CRF's batch scorer hands over are the network's own.
    _scores, role, place = model.scorer.scores_and_marks(sentences)
    own_role, own_place = network.phrase_marks(sentences)
    assert np.array_equal(role > 0, own_role)
    assert np.array_equal(place > 0, own_place)
    assert np.array_equal(network.emissions(sentences, None, (own_role, own_place)), together)


def test_network_labels_do_not_depend_on_the_batch() -> None:
    model = ner_model.load_model()
    sentences = [s for s in _own_sentences() if s]
    alone = {tuple(s): ner_model.crf_labels(model, [s], None, network=True)[0] for s in sentences}
    many = sentences * 30
    assert ner_model.crf_labels(model, many, None, network=True) == [alone[tuple(s)] for s in many]


def test_a_new_word_fills_the_network_cache_from_many_threads() -> None:
    from concurrent.futures import ThreadPoolExecutor

    from kroscek.extract.ner.neural import NeuralTagger

    shipped = ner_model.network_path(ner_model.shipped_model_path()).read_bytes()
    rng = random.Random(3)
    texts = [
        [["".join(rng.choices("abcdefgKLMN", k=rng.randint(2, 9))) for _ in range(12)]]
        for _ in range(200)
    ]
    shared = NeuralTagger(shipped)
    with ThreadPoolExecutor(max_workers=8) as pool:
        from_threads = list(pool.map(lambda t: shared.emissions(t, None), texts))
    alone = NeuralTagger(shipped)
    for text, scores in zip(texts, from_threads, strict=True):
        np.testing.assert_allclose(scores, alone.emissions(text, None), atol=1e-5)
