"""State scores of many sentences at once, without building attribute strings.

:func:`~kroscek.extract.ner.features.sentence_features` spells out ~20 attribute strings per
token, and crfsuite hashes each of them back into an id. Here the same attributes are turned
into rows of the CRF's weight matrix directly:

- everything a word says about itself (``w=``, ``sh=``, affixes, ``cap``, ...) is looked up once
  per distinct word and summed into one vector, kept in a per-model cache together with the row
  numbers of what the word gives its neighbours (``-1w=``, ``+2sh=``, ...) and of its
  ``mw=`` labels;
- word and shape pairs (``-1w|w=``, ``sh|+1sh=``, ...) are found with one sorted-array search
  over all tokens of the text;
- position (``first``, ``BOS``, ``EOS``...) and phrase marks (roles, places, remembered
  entities) become row numbers with numpy.

Scores are the same to the last bit as crfsuite's on the strings of ``sentence_features``
(runtime domain), because rows are added one at a time in the same order: the own attributes
come first in ``sentence_features`` and are summed in their order into the per-word vector, and
every later attribute has a fixed slot (:meth:`BatchScorer.scores`); an attribute a token lacks,
or the model does not know, adds the zero row, which changes nothing. The equivalence is tested
against crfsuite on the corpora's test sentences (tests/test_ner_fast.py).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import cast

import numpy as np
import numpy.typing as npt

from kroscek.extract.ner.crf import FloatArray, IntArray, LinearChainCRF
from kroscek.extract.ner.features import word_info
from kroscek.extract.ner.lexicon import EntityMemory, PhraseMatcher, places, roles

_OPEN_PUNCT = frozenset("\"'“‘(«[")
_MEMORY_LABELS = ("PER", "ORG", "LOC")
# Words kept per model before the word cache starts again (a long-running server sees an
# unbounded vocabulary; ~250 bytes per word).
_CACHE_LIMIT = 100_000

# Column layout of the per-word integer table.
(
    _PREV_W,
    _PREV_SH,
    _PREV2_W,
    _PREV2_SH,
    _NEXT_W,
    _NEXT_SH,
    _NEXT2_W,
    _NEXT2_SH,
    _CAP_MID,
    _MW0,
    _MW1,
    _MW2,
    _NAME,
    _OPENS,
    _PAIR_WORD,
    _PAIR_SHAPE,
    _ROLE_START,
    _PLACE_START,
    _MEMORY_START,
) = range(19)
_N_INTS = 19
_NO_WORD = np.iinfo(np.intp).max  # first-word position of a sentence of opening marks only
_N_SLOTS = 31  # the own-attribute sum and the 30 attribute slots after it
_LOOP_TOKENS = 128  # from this many tokens on, slots are summed one by one (see scores_and_marks)


class _Vocabulary:
    """The words a model has seen, one row each: per-word sums and columns, and phrase keys.

    Rows are only ever appended, under the scorer's lock; a word's id is published in
    :attr:`ids` after its row is written, and the arrays are replaced by larger copies, never
    changed in place where rows are already published. A reader that found all its words' ids
    and then reads :attr:`own` and :attr:`ints` therefore sees their rows, whatever other
    threads add meanwhile.
    """

    def __init__(self, n_labels: int, capacity: int = 4096):
        self.ids: dict[str, int] = {}
        self.own: FloatArray = np.zeros((capacity, n_labels))
        self.ints: npt.NDArray[np.int32] = np.zeros((capacity, _N_INTS), dtype=np.int32)
        self.lowers: list[str] = []
        self.role_keys: list[str] = []  # lower-cased, final dot dropped ("dr." -> "dr")


def _role_key(lower: str) -> str:
    """A lower-cased word as roles are matched: "Dr." and "Prof." without their final dot."""
    return lower[:-1] if lower[-1:] == "." and len(lower) > 1 else lower


class _PairTable:
    """Rows of the pair attributes ``<prefix>a|b`` of a model, searchable by word ids.

    Every way of cutting the value at a ``|`` is registered, so a word that itself contains
    ``|`` still finds its pair: the pair (a, b) names exactly the string ``a + "|" + b``.
    """

    def __init__(self, before: Mapping[str, int], after: Mapping[str, int], zero: int):
        """``before``/``after``: value ``a|b`` -> row, for the two attributes of a pair."""
        found: dict[tuple[str, str], list[int]] = {}
        for slot, values in enumerate((before, after)):
            for value, row in values.items():
                cut = value.find("|")
                while cut >= 0:
                    entry = found.setdefault((value[:cut], value[cut + 1 :]), [zero] * 2)
                    entry[slot] = row
                    cut = value.find("|", cut + 1)
        self.vocabulary: dict[str, int] = {}
        for left, right in found:
            self.vocabulary.setdefault(left, len(self.vocabulary))
            self.vocabulary.setdefault(right, len(self.vocabulary))
        size = max(len(self.vocabulary), 1)
        keys = np.array(
            [self.vocabulary[a] * size + self.vocabulary[b] for a, b in found], dtype=np.int64
        )
        rows = np.array(list(found.values()), dtype=np.intp).reshape(-1, 2)
        order = np.argsort(keys)
        self._size = size
        self._keys = keys[order]
        self._rows = rows[order]
        self._zero = zero

    def rows(
        self, left: npt.NDArray[np.integer], right: npt.NDArray[np.integer]
    ) -> tuple[IntArray, IntArray]:
        """Rows of ``<before>a|b`` and ``<after>a|b`` for word ids ``left``, ``right`` (-1 none)."""
        keys = left.astype(np.int64) * self._size + right
        if len(self._keys) == 0:
            zero = np.full(len(keys), self._zero, dtype=np.intp)
            return zero, zero.copy()
        at = np.minimum(np.searchsorted(self._keys, keys), len(self._keys) - 1)
        hit = (self._keys[at] == keys) & (left >= 0) & (right >= 0)
        return (
            np.where(hit, self._rows[at, 0], self._zero),
            np.where(hit, self._rows[at, 1], self._zero),
        )


def _phrase_codes(
    words: Sequence[str],
    ids: Sequence[int],
    candidates: Sequence[int],
    limits: Sequence[int],
    keys: Sequence[str] | None,
    lengths: Mapping[str, tuple[int, ...]],
    find: Callable[[tuple[str, ...]], object],
) -> list[tuple[int, int, object]]:
    """Longest-first phrase matches, left to right, as ``(start, length, value)``.

    The same matches as :meth:`PhraseMatcher.marks` / :meth:`EntityMemory.marks` run on each
    sentence, but only tried at ``candidates`` (positions whose word starts some phrase; any
    other position can only be skipped), only with the lengths of the phrases that word starts,
    and never past ``limits[i]``, the end of the sentence holding position ``i``. Phrases are
    written in ``keys[ids[i]]`` form (the words themselves when ``keys`` is None).
    """
    found: list[tuple[int, int, object]] = []
    resume = 0
    for start in candidates:
        if start < resume:
            continue
        first = words[start] if keys is None else keys[ids[start]]
        room = limits[start] - start
        for length in lengths[first]:
            if length > room:
                continue
            if keys is None:
                phrase = tuple(words[start : start + length])
            else:
                phrase = tuple(map(keys.__getitem__, ids[start : start + length]))
            value = find(phrase)
            if value is not None:
                found.append((start, length, value))
                resume = start + length
                break
    return found


class BatchScorer:
    """Turns sentences of tokens into CRF state scores; one per loaded model, thread-safe.

    The only state kept between calls is the per-word cache (:class:`_Vocabulary`), which
    only grows; words are added under a lock, read without one.
    """

    def __init__(self, crf: LinearChainCRF, memory: EntityMemory):
        self.crf = crf
        self.memory = memory
        self._vocabulary = _Vocabulary(len(crf.labels))
        self._lock = threading.Lock()  # only taken to add words to the vocabulary
        aid = crf.attribute_id
        self._zero = crf.zero
        self._first = aid("first")
        self._cap_mid = aid("cap_mid")
        self._bos = aid("BOS")
        self._eos = aid("EOS")
        self._last = aid("last")
        self._role = np.array([crf.zero, aid("roleB"), aid("roleI")], dtype=np.intp)
        self._place = np.array([crf.zero, aid("placeB"), aid("placeI")], dtype=np.intp)
        # Memory codes: 0 none, then (label, B/I) pairs in _MEMORY_LABELS order.
        codes = [(label, part) for label in _MEMORY_LABELS for part in "BI"]
        self._memory_code = {label + part: i + 1 for i, (label, part) in enumerate(codes)}
        self._mem = np.array([crf.zero] + [aid(f"mem={a}{b}") for a, b in codes], dtype=np.intp)
        self._prev_mem = np.array([crf.zero] + [aid(f"-1mem={a}") for a, _ in codes], np.intp)
        self._next_mem = np.array([crf.zero] + [aid(f"+1mem={a}") for a, _ in codes], np.intp)
        self._prev_role, self._prev_place = aid("-1role"), aid("-1place")
        self._next_role, self._next_place = aid("+1role"), aid("+1place")
        self._prev_name, self._next_name = aid("-1pname"), aid("+1pname")
        pairs: dict[str, dict[str, int]] = {"-1w|w": {}, "w|+1w": {}, "-1sh|sh": {}, "sh|+1sh": {}}
        for name, row in crf.attribute_ids.items():  # one pass over ~50,000 names
            head, _, value = name.partition("=")
            found = pairs.get(head)
            if found is not None:
                found[value] = row
        self._word_pairs = _PairTable(pairs["-1w|w"], pairs["w|+1w"], crf.zero)
        self._shape_pairs = _PairTable(pairs["-1sh|sh"], pairs["sh|+1sh"], crf.zero)
        self._roles: PhraseMatcher = roles()
        self._places: PhraseMatcher = places()

    def _row(self, word: str) -> tuple[FloatArray, tuple[int, ...]]:
        """The own-attribute sum and the integer columns of ``word`` (a token as fed to the
        features, i.e. re-cased)."""
        crf = self.crf
        aid = crf.attribute_id
        info = word_info(word)
        own = np.zeros(len(crf.labels))
        for name in info.own:  # one addition per attribute, in order
            own = own + crf.state[aid(name)]
        labels = self.memory.word_labels.get(word, ())
        mw = [aid("mw=" + label) for label in labels]
        if len(mw) > 3:
            raise ValueError(f"more than three memory labels for {word!r}")
        mw += [crf.zero] * (3 - len(mw))
        lower = info.lower
        ints = (
            *(aid(name) for name in info.as_prev),
            *(aid(name) for name in info.as_prev2),
            *(aid(name) for name in info.as_next),
            *(aid(name) for name in info.as_next2),
            self._cap_mid if info.cap else crf.zero,
            *mw,
            int(info.name),
            int(word[:1] in _OPEN_PUNCT),
            self._word_pairs.vocabulary.get(lower, -1),
            self._shape_pairs.vocabulary.get(info.shape, -1),
            int(self._roles.longest_from(_role_key(lower)) > 0),
            int(self._places.longest_from(lower) > 0),
            int(self.memory.longest_from(word) > 0),
        )
        return own, ints

    def _add(self, vocabulary: _Vocabulary, words: Iterable[str]) -> None:
        """Give every word of ``words`` missing from ``vocabulary`` its row (see _Vocabulary)."""
        with self._lock:
            for word in dict.fromkeys(words):
                if word in vocabulary.ids:
                    continue
                own, ints = self._row(word)
                row = len(vocabulary.lowers)
                if row == len(vocabulary.own):
                    vocabulary.own = np.concatenate([vocabulary.own, np.zeros_like(vocabulary.own)])
                    vocabulary.ints = np.concatenate(
                        [vocabulary.ints, np.zeros_like(vocabulary.ints)]
                    )
                vocabulary.own[row] = own
                vocabulary.ints[row] = ints
                lower = word_info(word).lower
                vocabulary.lowers.append(lower)
                vocabulary.role_keys.append(_role_key(lower))
                vocabulary.ids[word] = row
            if len(vocabulary.ids) > _CACHE_LIMIT and vocabulary is self._vocabulary:
                # Start again: a long-running server meets an unbounded vocabulary. Callers
                # holding the old one finish with it.
                self._vocabulary = _Vocabulary(len(self.crf.labels))

    def scores(self, sentences: Sequence[Sequence[str]]) -> FloatArray:
        """State scores (all tokens x labels) of non-empty ``sentences``, stacked in order."""
        return self.scores_and_marks(sentences)[0]

    def scores_and_marks(
        self, sentences: Sequence[Sequence[str]]
    ) -> tuple[FloatArray, IntArray, IntArray]:
        """The state scores and, per token, the role and place phrase codes found on the way
        (0 outside a phrase, 1 its first word, 2 a later one), which the neural tagger reads."""
        flat = [word for sentence in sentences for word in sentence]
        n = len(flat)
        n_labels = len(self.crf.labels)
        if n == 0:
            empty = np.zeros(0, dtype=np.intp)
            return np.zeros((0, n_labels)), empty, empty
        vocabulary = self._vocabulary
        got: list[int | None] = list(map(vocabulary.ids.get, flat))
        if None in got:
            self._add(vocabulary, (w for w, i in zip(flat, got, strict=True) if i is None))
            got = list(map(vocabulary.ids.__getitem__, flat))
        ids = cast("list[int]", got)
        rows_of_words = np.array(ids, dtype=np.intp)
        own = vocabulary.own[rows_of_words]
        table = vocabulary.ints[rows_of_words]

        index = np.arange(n)
        lens = np.array([len(s) for s in sentences], dtype=np.intp)
        ends = lens.cumsum()
        starts = ends - lens
        sentence = np.arange(len(lens)).repeat(lens)
        pos = index - starts[sentence]
        last = lens[sentence] - 1
        has_prev, has_prev2 = pos > 0, pos > 1
        has_next, has_next2 = pos < last, pos < last - 1
        # Neighbour indices, clipped into the text (a clipped one is masked out below).
        prev, prev2, nxt, nxt2 = index - 1, index - 2, index + 1, index + 2
        prev[:1] = prev2[:2] = 0
        nxt[-1:] = nxt2[-2:] = n - 1
        zero = self._zero

        # The first token that is not opening punctuation gets "first"; other capitals "cap_mid".
        first_pos = np.minimum.reduceat(np.where(table[:, _OPENS] == 1, _NO_WORD, pos), starts)
        first_word = pos == first_pos[sentence]

        limits = ends[sentence].tolist()
        role = np.zeros(n, dtype=np.intp)
        place = np.zeros(n, dtype=np.intp)
        memory = np.zeros(n, dtype=np.intp)
        for codes, column, keys, matcher in (
            (role, _ROLE_START, vocabulary.role_keys, self._roles),
            (place, _PLACE_START, vocabulary.lowers, self._places),
            (memory, _MEMORY_START, None, self.memory),
        ):
            candidates = np.flatnonzero(table[:, column]).tolist()
            if not candidates:
                continue
            for start, length, value in _phrase_codes(
                flat, ids, candidates, limits, keys, matcher.lengths, matcher.find
            ):
                if codes is memory:
                    codes[start] = self._memory_code[f"{value}B"]
                    codes[start + 1 : start + length] = self._memory_code[f"{value}I"]
                else:
                    codes[start] = 1
                    codes[start + 1 : start + length] = 2

        word_minus, word_plus = self._word_pairs.rows(table[prev, _PAIR_WORD], table[:, _PAIR_WORD])
        shape_minus, shape_plus = self._shape_pairs.rows(
            table[prev, _PAIR_SHAPE], table[:, _PAIR_SHAPE]
        )
        before, after = table[prev], table[nxt]

        # Row 0 is the per-word sum of the own attributes; rows 1.. follow the order of
        # sentence_features, one attribute slot each (the zero row where a token has none).
        rows = np.empty((_N_SLOTS, n), dtype=np.intp)
        rows[1] = np.where(first_word, self._first, table[:, _CAP_MID])
        rows[2] = self._role[role]
        rows[3] = self._place[place]
        rows[4] = self._mem[memory]
        rows[5:8] = table[:, _MW0 : _MW2 + 1].T
        # the token before: -1w, -1sh, -1w|w, -1sh|sh, -1role, -1place, -1pname, -1mem
        rows[8:10] = before[:, _PREV_W : _PREV_SH + 1].T
        rows[10] = word_minus
        rows[11] = shape_minus
        rows[12] = np.where(role[prev] > 0, self._prev_role, zero)
        rows[13] = np.where(place[prev] > 0, self._prev_place, zero)
        rows[14] = np.where(before[:, _NAME] == 1, self._prev_name, zero)
        rows[15] = self._prev_mem[memory[prev]]
        rows[8:16, ~has_prev] = zero
        rows[16:18] = table[prev2, _PREV2_W : _PREV2_SH + 1].T
        rows[16:18, ~has_prev2] = zero
        rows[18] = np.where(has_prev, zero, self._bos)
        # the token after: +1w, +1sh, w|+1w, sh|+1sh, +1role, +1place, +1pname, +1mem
        rows[19:21] = after[:, _NEXT_W : _NEXT_SH + 1].T
        rows[21] = word_plus[nxt]
        rows[22] = shape_plus[nxt]
        rows[23] = np.where(role[nxt] == 1, self._next_role, zero)
        rows[24] = np.where(place[nxt] > 0, self._next_place, zero)
        rows[25] = np.where(after[:, _NAME] == 1, self._next_name, zero)
        rows[26] = self._next_mem[memory[nxt]]
        rows[19:27, ~has_next] = zero
        rows[27:29] = table[nxt2, _NEXT2_W : _NEXT2_SH + 1].T
        rows[27:29, ~has_next2] = zero
        rows[29] = np.where(has_next, zero, self._eos)
        rows[30] = np.where(has_next, zero, self._last)

        # The slots are added one after another, in slot order, to the own-attribute sum:
        # crfsuite's order, so the scores are the same to the last bit (the bit-for-bit test
        # guards it). Summing over the outer axis of one stacked array does exactly that
        # (numpy's pairwise summation applies only along the contiguous axis) and costs the
        # least on a short text; past _LOOP_TOKENS tokens, adding each slot's gathered rows
        # into ``own`` (a fresh array) is faster, since the reduction's inner loop only runs
        # over the few labels.
        if n < _LOOP_TOKENS:
            terms = np.empty((_N_SLOTS, n, n_labels))
            terms[0] = own
            np.take(self.crf.state, rows[1:], axis=0, out=terms[1:])
            return np.add.reduce(terms, axis=0), role, place
        for slot in np.take(self.crf.state, rows[1:], axis=0):
            own += slot
        return own, role, place
