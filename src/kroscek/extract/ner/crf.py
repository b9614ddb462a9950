"""The trained crfsuite CRF read into numpy arrays, and Viterbi decoding over many sentences.

crfsuite tags one sentence per call and converts every attribute string to an id inside the
call; for a 3 KB article that is ~40 calls and ~11,000 string look-ups, most of the run time
of entity recognition. This module reads the weights of the same ``.crfsuite`` file (the file
written by ``kroscek train ner``; training keeps using crfsuite) into a dense matrix, so the
caller can turn attributes into row numbers once per word and score a whole article with a
few numpy operations.

The result is *identical* to crfsuite's, not just close, because the arithmetic is the same
(crfsuite's ``crf1dt_state_score`` and ``crf1dc_viterbi``, first-order CRF "FOMC"):

- the state score of a token for label ``l`` starts at 0.0 and adds ``w(a, l)`` for each of the
  token's attributes ``a`` *in the order they were given*, skipping attributes the model does not
  know (adding a zero row in their place changes no bit: ``x + 0.0 == x``). Floating-point
  addition is not associative, so callers must add rows in attribute order;
- there are no start or end transition weights in CRF1d: the score at position 0 is the state
  score, then ``alpha[t, j] = max_i(alpha[t-1, i] + trans[i, j]) + state[t, j]``;
- ties go to the lowest label id (crfsuite keeps the first strict maximum, as ``argmax`` does).

The weights are read from the binary file, not from ``Tagger.info()``, whose text dump prints
them with six decimals.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Sequence

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]

# crfsuite's model header: magic, file size, model type, version, counts and section offsets.
HEADER = struct.Struct("<4sI4s9I")
_CHUNK = struct.Struct("<4sII")  # chunk id, chunk size, number of items
_CQDB_HEADER = struct.Struct("<4sIIIII")  # id, size, flag, byte-order check, bwd size, bwd offset
_CQDB_BYTEORDER = 0x62445371
_CQDB_DATA = _CQDB_HEADER.size + 256 * 8  # records start after the 256 hash-table references
_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])
_STATE, _TRANSITION = 0, 1


class CorruptModel(ValueError):
    """The bytes are not a consistent crfsuite CRF1d model (the caller names the file)."""


def _record_heads(buffer: npt.NDArray[np.uint8], starts: IntArray) -> npt.NDArray[np.uint32]:
    """The two little-endian uint32 (id, key size) at each (unaligned) record start."""
    heads = buffer[starts[:, None] + np.arange(8)]  # one gather of 8 bytes per record
    return heads.view("<u4").astype(np.intp)


def _read_strings(data: bytes, base: int, count: int) -> tuple[list[str], list[int]]:
    """The ``count`` strings of the CQDB (crfsuite's string <-> id table) at ``base``, with
    their ids (in file order).

    Records are ``id, key size, key + NUL`` one after another; the backward array gives each
    id's record. Read with numpy (no per-record Python loop: the model has ~50,000 attributes,
    and this runs when the first article is tagged).
    """
    if base + _CQDB_DATA > len(data):
        raise CorruptModel("string table outside the file")
    chunk, size, _flag, byteorder, _bwd_size, bwd_offset = _CQDB_HEADER.unpack_from(data, base)
    if chunk != b"CQDB" or byteorder != _CQDB_BYTEORDER or base + size > len(data):
        raise CorruptModel("bad string table header")
    if count == 0:
        return [], []
    if bwd_offset == 0 or bwd_offset + 4 * count > size:
        raise CorruptModel("bad string table index")
    buffer = np.frombuffer(data, dtype=np.uint8, count=size, offset=base)
    starts = np.frombuffer(data, dtype="<u4", count=count, offset=base + bwd_offset).astype(np.intp)
    order = np.argsort(starts, kind="stable")
    starts = starts[order]
    if starts[0] != _CQDB_DATA or starts[-1] + 8 > size:
        raise CorruptModel("bad string table records")
    heads = _record_heads(buffer, starts)
    ids, key_sizes = heads[:, 0], heads[:, 1]
    ends = starts + 8 + key_sizes
    if (
        not np.array_equal(ids, order)
        or (key_sizes < 1).any()
        or ends[-1] > size
        or not np.array_equal(ends[:-1], starts[1:])
        or buffer[ends - 1].any()
    ):
        raise CorruptModel("bad string table records")
    # Drop the 8 header bytes of every record; what is left is "key\0key\0...key\0".
    keep = np.ones(int(ends[-1]) - _CQDB_DATA, dtype=bool)
    keep[((starts - _CQDB_DATA)[:, None] + np.arange(8)).ravel()] = False
    blob = buffer[_CQDB_DATA : int(ends[-1])][keep].tobytes()
    keys = blob.decode("utf-8", "surrogateescape").split("\0")[:-1]
    if len(keys) != count:
        raise CorruptModel("string table keys contain NUL bytes")
    return keys, order.tolist()


class LinearChainCRF:
    """A crfsuite first-order CRF as numpy arrays: attribute ids, state weights, transitions.

    ``state`` has one row per attribute plus a last row of zeros (:attr:`zero`), which stands
    for any attribute the model does not know. Instances are read-only after construction, so
    one can be shared by threads.
    """

    def __init__(self, data: bytes):
        """Read a model from the bytes of a ``.crfsuite`` file; raises :class:`CorruptModel`."""
        if len(data) < HEADER.size:
            raise CorruptModel("file shorter than its header")
        magic, size, kind, _version, _n_feat, n_labels, n_attrs, *offsets = HEADER.unpack_from(data)
        off_features, off_labels, off_attrs, _off_labelrefs, _off_attrrefs = offsets
        if magic != b"lCRF" or kind != b"FOMC" or size != len(data):
            raise CorruptModel("not a whole crfsuite CRF1d model")
        try:
            labels, label_ids = _read_strings(data, off_labels, n_labels)
            attrs, attr_ids = _read_strings(data, off_attrs, n_attrs)
            chunk, _chunk_size, n_features = _CHUNK.unpack_from(data, off_features)
            if chunk != b"FEAT" or off_features + _CHUNK.size + 20 * n_features > size:
                raise CorruptModel("bad feature chunk")
            features = np.frombuffer(
                data, dtype=_FEATURE, count=n_features, offset=off_features + _CHUNK.size
            )
        except (struct.error, IndexError) as exc:
            raise CorruptModel(str(exc)) from exc
        kinds, src, dst = features["type"], features["src"], features["dst"]
        is_state = kinds == _STATE
        is_trans = kinds == _TRANSITION
        if (
            not (is_state | is_trans).all()
            or (dst >= n_labels).any()
            or (src[is_state] >= n_attrs).any()
            or (src[is_trans] >= n_labels).any()
        ):
            raise CorruptModel("feature refers to an unknown label or attribute")
        # crfsuite writes each (attribute or label, label) feature once; a repeated one would be
        # added twice by crfsuite, which one matrix cell cannot reproduce bit for bit.
        cells = src.astype(np.int64) * n_labels + dst + is_trans * (n_attrs * n_labels)
        if len(np.unique(cells)) != len(cells):
            raise CorruptModel("repeated feature")
        self.labels: list[str] = [""] * n_labels
        for name, ident in zip(labels, label_ids, strict=True):
            self.labels[ident] = name
        self.attribute_ids: dict[str, int] = dict(zip(attrs, attr_ids, strict=True))
        if len(self.attribute_ids) != n_attrs or len(set(self.labels)) != n_labels:
            raise CorruptModel("repeated label or attribute name")
        self.zero = n_attrs
        self.state: FloatArray = np.zeros((n_attrs + 1, n_labels))
        self.state[src[is_state], dst[is_state]] = features["weight"][is_state]
        self.transitions: FloatArray = np.zeros((n_labels, n_labels))
        self.transitions[src[is_trans], dst[is_trans]] = features["weight"][is_trans]
        self.state.flags.writeable = False
        self.transitions.flags.writeable = False

    def attribute_id(self, name: str) -> int:
        """Row of ``name`` in :attr:`state`, :attr:`zero` for an attribute the model lacks.

        crfsuite passes attribute names to C as NUL-terminated strings, so a name is cut at a
        NUL character exactly as crfsuite cuts it.
        """
        found = self.attribute_ids.get(name)
        if found is None:
            if "\0" not in name:
                return self.zero
            found = self.attribute_ids.get(name.partition("\0")[0], self.zero)
        return found

    def scores_from_attributes(self, items: Sequence[Iterable[str]]) -> FloatArray:
        """State scores (tokens x labels) of attribute-string lists, summed as crfsuite does."""
        rows = [[self.attribute_id(name) for name in item] for item in items]
        width = max((len(r) for r in rows), default=0)
        table = np.full((len(rows), width), self.zero, dtype=np.intp)
        for t, row in enumerate(rows):
            table[t, : len(row)] = row
        scores = np.zeros((len(rows), len(self.labels)))
        for column in table.T:  # attribute order, one addition at a time
            scores += self.state[column]
        return scores

    def decode(
        self, scores: FloatArray, lengths: Sequence[int], transitions: FloatArray | None = None
    ) -> IntArray:
        """Best label ids of consecutive sentences whose state ``scores`` are stacked.

        ``lengths`` gives the number of tokens of each sentence (their sum is the number of rows
        of ``scores``; zero-length sentences are allowed). All sentences advance together, one
        position per step, so a text costs as many numpy steps as its longest sentence has
        tokens, not one Python call per sentence. ``transitions`` replaces the model's own
        (the CRF and the neural tagger decode together with their summed transitions).
        """
        trans = self.transitions if transitions is None else transitions
        n_tokens, n_labels = scores.shape
        out = np.zeros(n_tokens, dtype=np.intp)
        lens = np.asarray(lengths, dtype=np.intp)
        if n_tokens == 0:
            return out
        # Longest sentences first: at position t the sentences still running are a prefix.
        order = np.argsort(-lens, kind="stable")
        lens_sorted = lens[order]
        count = int(lens_sorted.astype(bool).sum())
        order, lens_sorted = order[:count], lens_sorted[:count]
        starts = (lens.cumsum() - lens)[order]
        longest = int(lens_sorted[0])
        # running[t]: how many sentences have a token at position t.
        running = (-lens_sorted).searchsorted(-np.arange(longest), side="left")
        # Position-major copy of the scores: padded[t, s] is token t of the s-th longest
        # sentence (zeros past its end, never read).
        padded = np.zeros((longest, count, n_labels))
        sentence_of = np.arange(count).repeat(lens_sorted)
        position = np.arange(len(sentence_of)) - (lens_sorted.cumsum() - lens_sorted).repeat(
            lens_sorted
        )
        tokens = starts[sentence_of] + position
        padded[position, sentence_of] = scores[tokens]
        # padded[t] becomes the Viterbi scores at position t, in place. The forward pass keeps
        # only the best scores (a max over the previous label i, laid out first so numpy
        # reduces whole slices); the best previous label is found again while tracing back,
        # for the chosen label only, from the same sums.
        alpha = padded
        from_to = trans[:, None, :]  # [i, 1, j]
        into = trans.T  # into[j, i] = trans[i, j]
        sums = np.empty((n_labels, count, n_labels))
        ks: list[int] = running.tolist()
        for t in range(1, longest):
            k = ks[t]
            candidates = sums[:, :k]
            np.add(alpha[t - 1, :k].T[:, :, None], from_to, out=candidates)  # [i, s, j]
            np.add(candidates.max(axis=0), alpha[t, :k], out=alpha[t, :k])
        path = np.zeros((longest, count), dtype=np.intp)
        rows = np.arange(count)
        path[lens_sorted - 1, rows] = alpha[lens_sorted - 1, rows].argmax(axis=1)
        for t in range(longest - 1, 0, -1):
            k = ks[t]
            # crfsuite's back pointer: the first i with the largest alpha[t-1, i] + trans[i, j].
            path[t - 1, :k] = (alpha[t - 1, :k] + into[path[t, :k]]).argmax(axis=1)
        out[tokens] = path[position, sentence_of]
        return out
