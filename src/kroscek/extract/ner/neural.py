"""The neural half of the entity model, run with numpy (no torch at run time).

``ner-id.neural.npz`` (written by ``kroscek train ner``, see
:mod:`~kroscek.extract.ner.neural_training`) holds a small bidirectional QRNN tagger: per token
a word embedding, a character CNN, a shape embedding, seven flags and the domain; the gates of
each direction are a linear function of two neighbouring tokens (t-1 and t forward, t and t+1
backward), the recurrence ``c[t] = f[t] * c[t-1] + (1 - f[t]) * z[t]`` is element-wise, and a
linear layer maps ``o * c`` of both directions to the seven BIO labels; the network has its own
label transitions. Its emission scores and transitions are *added* to the CRF's before Viterbi
(a product of the two models' potentials), so the result is one decode.

Everything that depends on the word alone (embeddings, character CNN, the word-level flags)
goes through the gate weights once per distinct word and is cached; a text then costs a few
gathers, one ``tanh`` over all gates, and one element-wise step per position of its longest
sentence for all sentences and both directions together.
"""

from __future__ import annotations

import io
import threading
import zipfile
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from kroscek.extract.ner.features import word_info
from kroscek.extract.ner.lexicon import person_names, places, roles
from kroscek.extract.ner.neural_inputs import (
    DOMAIN_IDS,
    MAX_CHARS,
    N_FLAGS,
    Encoder,
)

FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.intp]
FORMAT_VERSION = 1
_CACHE_LIMIT = 20_000  # distinct words kept (6 KB each) before the cache starts again


# OpenBLAS runs a product on several threads above m * n * k = 262,144 (its default threshold),
# and its idle threads then spin for a while: on a busy machine that costs several times the
# product's own CPU time. Products are therefore cut into row blocks below that size.
_BLOCK_MNK = 200_000


def _matmul(a: FloatArray, b: FloatArray) -> FloatArray:
    """``a @ b`` for a 2-D ``b``, in row blocks small enough for one BLAS thread."""
    rows = max(1, _BLOCK_MNK // max(1, b.shape[0] * b.shape[1]))
    if len(a) <= rows:
        return a @ b
    out = np.empty((*a.shape[:-1], b.shape[1]), dtype=np.result_type(a, b))
    for start in range(0, len(a), rows):
        np.matmul(a[start : start + rows], b, out=out[start : start + rows])
    return out


class CorruptNetwork(ValueError):
    """The bytes are not a network file this version can read (the caller names the file)."""


def _conv_matrix(weight: FloatArray) -> FloatArray:
    """A torch Conv1d weight (out, in, width) as a (width * in, out) matrix over the
    concatenated inputs [x(first offset), x(next), ...]."""
    out, inp, width = weight.shape
    return np.ascontiguousarray(weight.transpose(2, 1, 0).reshape(width * inp, out))


class _Table:
    """Per-word rows of the gate slots (the word's share of them), grown as words arrive. Row
    0 stays zero: it stands for the missing neighbour of a sentence's first and last token."""

    def __init__(self, width: int, capacity: int = 4096):
        self.ids: dict[str, int] = {}
        self.rows = np.zeros((capacity, width), dtype=np.float32)


class NeuralTagger:
    """Emission scores of the network for many sentences at once; thread-safe."""

    def __init__(self, data: bytes):
        try:
            with np.load(io.BytesIO(data), allow_pickle=False) as archive:
                arrays = {name: archive[name] for name in archive.files}
        except (OSError, ValueError, EOFError, zipfile.BadZipFile, KeyError) as exc:
            raise CorruptNetwork(f"not a readable .npz file ({exc})") from exc
        try:
            self._setup(arrays)
        except (KeyError, ValueError, IndexError, TypeError) as exc:
            raise CorruptNetwork(f"unexpected contents ({exc})") from exc
        self._table = _Table(self._width)
        self._lock = threading.Lock()
        self._roles = roles()
        self._places = places()
        self._names = person_names()

    def _setup(self, a: dict[str, np.ndarray]) -> None:
        fmt = a["format"]
        if int(fmt[0]) != FORMAT_VERSION:
            raise ValueError(f"format {int(fmt[0])}, expected {FORMAT_VERSION}")
        hidden = self.hidden = int(fmt[1])
        self.labels = tuple(str(x) for x in a["labels"])
        self.encoder = Encoder(
            [str(x) for x in a["words"]],
            [str(x) for x in a["shapes"]],
            [str(x) for x in a["chars"]],
        )
        f32 = np.float32
        word = a["word.weight"].astype(f32)
        shape = a["shape.weight"].astype(f32)
        char = a["char.weight"].astype(f32)
        if len(word) != len(self.encoder.words) + 2 or len(shape) != len(self.encoder.shapes) + 2:
            raise ValueError("vocabulary and embedding sizes differ")
        if len(char) != len(self.encoder.chars) + 2:
            raise ValueError("character vocabulary and embedding sizes differ")
        self._char = char
        self._char_conv = _conv_matrix(a["char_conv.weight"].astype(f32))
        self._char_bias = a["char_conv.bias"].astype(f32)
        # The four gate slots, each (n_in -> 3 * hidden): forward from token t-1 and from t,
        # backward from t and from t+1. Stacked side by side: one product per input part.
        fw = a["forward_gates.weight"].astype(f32)
        bw = a["backward_gates.weight"].astype(f32)
        if fw.shape[0] != 3 * hidden or fw.shape != bw.shape or fw.shape[2] != 2:
            raise ValueError("gate weights do not fit the hidden size")
        # Columns f and o halved: their sigmoid is computed as (1 + tanh(v / 2)) / 2.
        half = np.concatenate([np.ones(hidden), np.full(2 * hidden, 0.5)]).astype(f32)
        fw = fw * half[:, None, None]
        bw = bw * half[:, None, None]
        slots = np.concatenate([fw[:, :, 0], fw[:, :, 1], bw[:, :, 0], bw[:, :, 1]]).T
        self._width = slots.shape[1]  # 12 * hidden
        wd, sd, cf = word.shape[1], shape.shape[1], self._char_conv.shape[1]
        domain = a["domain.weight"].astype(f32)
        if slots.shape[0] != wd + sd + cf + N_FLAGS + domain.shape[1]:
            raise ValueError("gate weights do not fit the embeddings")
        cols = np.cumsum([0, wd, sd, cf, N_FLAGS])
        self._word_slots = np.ascontiguousarray(slots[cols[0] : cols[1]])
        self._word_emb = word
        self._shape_rows = shape @ slots[cols[1] : cols[2]]
        self._char_in = np.ascontiguousarray(slots[cols[2] : cols[3]])
        flags = slots[cols[3] : cols[4]]  # (7, width)
        self._word_flags = np.ascontiguousarray(flags[[0, 1, 2, 6]])
        self._first, self._role, self._place = flags[3], flags[4], flags[5]
        self._domain_rows = domain @ slots[cols[4] :]
        self._forward_bias = a["forward_gates.bias"].astype(f32) * half
        self._backward_bias = a["backward_gates.bias"].astype(f32) * half
        # (2 * hidden, labels), quartered: the cells are kept doubled and o is kept as 2 * o
        # (see emissions).
        self._out = np.ascontiguousarray(a["out.weight"].astype(f32).T) * f32(0.25)
        self._out_bias = a["out.bias"].astype(f32)
        self.transitions = a["trans"].astype(np.float64)
        n = len(self.labels)
        if self._out.shape != (2 * hidden, n) or self.transitions.shape != (n, n):
            raise ValueError("output layer does not fit the labels")

    def _word_rows_of(self, words: Sequence[str]) -> FloatArray:
        """The gate slots' share of each word (embeddings, characters, word-level flags)."""
        encoder = self.encoder
        n = len(words)
        ids = np.zeros(n, dtype=np.intp)
        shapes = np.zeros(n, dtype=np.intp)
        chars = np.zeros((n, MAX_CHARS + 2), dtype=np.intp)  # one zero column either side
        flags = np.zeros((n, 4), dtype=np.float32)
        names = self._names
        for i, word in enumerate(words):
            w, s, c = encoder.word(word)
            ids[i], shapes[i] = w, s
            chars[i, 1 : 1 + len(c)] = c
            cap = word[:1].isupper()
            digit = any(ch.isdigit() for ch in word)
            flags[i] = (cap, word.isupper(), digit, cap and word_info(word).lower in names)
        emb = self._char[chars]  # (n, MAX_CHARS + 2, dim)
        windows = np.concatenate([emb[:, :-2], emb[:, 1:-1], emb[:, 2:]], axis=2)
        flat_windows = windows.reshape(n * MAX_CHARS, -1)
        conv = _matmul(flat_windows, self._char_conv).reshape(n, MAX_CHARS, -1)
        hidden = np.maximum(conv + self._char_bias, 0).max(axis=1)
        rows = _matmul(self._word_emb[ids], self._word_slots) + self._shape_rows[shapes]
        rows += _matmul(hidden, self._char_in) + _matmul(flags, self._word_flags)
        rows += self._domain_rows[0]
        # Each token has exactly one slot 1 (forward) and one slot 2 (backward) share: the
        # gate biases go there.
        g3 = 3 * self.hidden
        rows[:, g3 : 2 * g3] += self._forward_bias
        rows[:, 2 * g3 : 3 * g3] += self._backward_bias
        return rows

    def _rows(self, flat: Sequence[str]) -> tuple[_Table, IntArray]:
        """The cache holding every word of ``flat`` and their rows in it."""
        table = self._table
        ids = list(map(table.ids.get, flat))
        if None in ids:
            with self._lock:
                table = self._table
                new = [w for w in dict.fromkeys(flat) if w not in table.ids]
                if new:
                    rows = self._word_rows_of(new)
                    start = len(table.ids) + 1
                    if start + len(new) > len(table.rows):
                        size = max(2 * len(table.rows), start + len(new))
                        grown = np.zeros((size, self._width), dtype=np.float32)
                        grown[:start] = table.rows[:start]
                        table.rows = grown
                    table.rows[start : start + len(new)] = rows
                    for k, word in enumerate(new):
                        table.ids[word] = start + k
                if len(table.ids) > _CACHE_LIMIT:
                    # Start again (a server meets an unbounded vocabulary); callers holding
                    # the old table finish with it.
                    self._table = _Table(self._width)
            ids = list(map(table.ids.__getitem__, flat))
        return table, np.array(ids, dtype=np.intp)

    def phrase_marks(
        self, sentences: Sequence[Sequence[str]]
    ) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
        """Per token of ``sentences``: inside a role phrase, inside a place phrase (the same
        matches as the CRF's features; the CRF's batch scorer finds them on its way)."""
        n = sum(len(s) for s in sentences)
        role = np.zeros(n, dtype=bool)
        place = np.zeros(n, dtype=bool)
        start = 0
        for words in sentences:
            lowered = [word_info(w).lower for w in words]
            keys = [w[:-1] if w[-1:] == "." and len(w) > 1 else w for w in lowered]
            for k, mark in enumerate(self._roles.marks(keys)):
                if mark is not None:
                    role[start + k] = True
            for k, mark in enumerate(self._places.marks(lowered)):
                if mark is not None:
                    place[start + k] = True
            start += len(words)
        return role, place

    def emissions(
        self,
        sentences: Sequence[Sequence[str]],
        domain: str | None,
        marks: tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_]] | None = None,
    ) -> FloatArray:
        """Scores (all tokens x labels, in :attr:`labels` order) of non-empty ``sentences``.

        ``marks`` are the role and place marks of the tokens (:meth:`phrase_marks`) when the
        caller has them already."""
        flat = [word for sentence in sentences for word in sentence]
        n = len(flat)
        if n == 0:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        hid = self.hidden
        g3 = 3 * hid
        table, ids = self._rows(flat)
        lens = np.array([len(s) for s in sentences], dtype=np.intp)
        ends = np.cumsum(lens)
        starts = ends - lens
        # Gates of the forward direction from tokens t-1 (slot 0) and t (slot 1), of the
        # backward one from t (slot 2) and t+1 (slot 3); a neighbour outside the sentence is
        # row 0 (zeros). The f and o columns were halved when loading: sigmoid(v) is
        # (1 + tanh(v / 2)) / 2, so one tanh serves z, f and o.
        before = np.empty_like(ids)
        before[1:] = ids[:-1]
        before[starts] = 0
        after = np.empty_like(ids)
        after[:-1] = ids[1:]
        after[ends - 1] = 0
        rows = table.rows
        gates = np.empty((2 * n, g3), dtype=np.float32)
        forward, backward = gates[:n], gates[n:]
        np.add(rows[ids, g3 : 2 * g3], rows[before, :g3], out=forward)
        np.add(rows[ids, 2 * g3 : 3 * g3], rows[after, 3 * g3 :], out=backward)
        # What depends on the position (first token, role and place phrases) and a domain
        # other than the runtime one, added to the gates of the token and its neighbours.
        role, place = self.phrase_marks(sentences) if marks is None else marks
        first = np.zeros(n, dtype=bool)
        first[starts] = True
        extra = [(first, self._first), (role, self._role), (place, self._place)]
        domain_id = DOMAIN_IDS.get(domain or "", 0)
        if domain_id:
            extra.append(
                (np.ones(n, dtype=bool), self._domain_rows[domain_id] - self._domain_rows[0])
            )
        for where, row in extra:
            at = np.flatnonzero(where)
            if not len(at):
                continue
            forward[at] += row[g3 : 2 * g3]
            backward[at] += row[2 * g3 : 3 * g3]
            nxt = at[(at + 1 < n) & (before[np.minimum(at + 1, n - 1)] != 0)] + 1
            nxt = nxt[~first[nxt]]
            forward[nxt] += row[:g3]
            prv = at[at > 0] - 1
            prv = prv[~first[prv + 1]]
            backward[prv] += row[3 * g3 :]
        np.tanh(gates, out=gates)
        # Both directions of every sentence become sequences of their own (the backward one
        # read from the end), laid out position-major, longest first: the sequences still
        # running at step t are a prefix of those at step t-1, so each step is two in-place
        # operations on contiguous slices.
        order = np.argsort(-lens, kind="stable")
        lens_sorted = lens[order]
        # Sequence 2s is the forward pass of the s-th longest sentence, 2s + 1 its backward
        # pass: where each starts in the gate rows and which way it walks them.
        seq_starts = np.empty(2 * len(order), dtype=np.intp)
        seq_starts[0::2] = starts[order]
        seq_starts[1::2] = ends[order] - 1 + n
        seq_step = np.ones(2 * len(order), dtype=np.intp)
        seq_step[1::2] = -1
        longest = int(lens_sorted[0])
        # running[t]: how many sequences have a step t (both passes of every sentence longer
        # than t; the lengths are sorted, longest first).
        running = 2 * np.searchsorted(-lens_sorted, -np.arange(longest), side="left")
        bounds = np.zeros(longest + 1, dtype=np.intp)
        running.cumsum(out=bounds[1:])
        step_of = np.arange(longest).repeat(running)
        seq_of = np.arange(2 * n) - bounds[step_of]
        # Row of gates (forward rows first, then backward rows) feeding each laid-out cell.
        source = seq_starts[seq_of] + seq_step[seq_of] * step_of
        # With t = tanh(v / 2), f = (1 + t) / 2 and 1 - f = (1 - t) / 2: the cells are kept
        # doubled, c2[t] = f[t] * c2[t-1] + (1 - t) * z[t], and halved in the output weights.
        tf = gates[source, hid : 2 * hid]
        cells = 1.0 - tf
        cells *= gates[source, :hid]
        forget = tf
        forget += 1.0
        forget *= 0.5
        ks = running.tolist()
        marks_ = bounds.tolist()
        for t in range(1, longest):
            k, here, prev = ks[t], marks_[t], marks_[t - 1]
            cell = cells[here : here + k]
            cell += forget[here : here + k] * cells[prev : prev + k]
        states = np.empty((2 * n, hid), dtype=np.float32)
        states[source] = cells
        o2 = gates[:, 2 * hid :]  # 2 * o = 1 + tanh(v / 2), halved in the output weights
        o2 += 1.0
        states *= o2
        out = _matmul(states[:n], self._out[:hid])
        out += _matmul(states[n:], self._out[hid:])
        out += self._out_bias
        return out
