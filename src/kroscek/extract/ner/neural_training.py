"""Training the neural half of the entity model with PyTorch (only ``kroscek train ner`` needs it).

A small bidirectional QRNN-CRF (Bradbury et al. 2017, "quasi-recurrent neural networks": the
gates come from the token and one neighbour alone and the recurrence is element-wise, so the
network runs fast in numpy) over a trained word embedding, a character CNN, the token shape,
seven flags and the corpus (domain) of the sentence. It is trained on the same sentences and
copies as the CRF, on its own (it does not read the CRF), and exported as numpy arrays
(:func:`export`); tagging adds its emission scores and transitions to the CRF's
(:mod:`~kroscek.extract.ner.neural`), with no torch at run time.

Deterministic for a seed: ``torch.manual_seed``, deterministic algorithms, one thread, batches
and word dropout from a seeded ``random.Random``.
"""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable, Sequence

import numpy as np

from kroscek.errors import InputError
from kroscek.extract.ner.corpora import Sentence
from kroscek.extract.ner.neural_inputs import (
    DOMAIN_IDS,
    LABELS,
    MAX_CHARS,
    N_FLAGS,
    Encoder,
    build_vocabularies,
    sentence_flags,
)

TORCH_HINT = "install the training extra: pip install -e '.[train]' (CPU wheel: torch==2.13.0)"

WORD_DIM = 64
SHAPE_DIM = 8
CHAR_DIM = 24
CHAR_FILTERS = 48
DOMAIN_DIM = 8
HIDDEN = 64  # per direction
EPOCHS = 12
BATCH = 16
LEARNING_RATE = 2e-3
DROPOUT = 0.4
WORD_DROPOUT = 0.1
FORMAT_VERSION = 1

Progress = Callable[[str], None]


def require_torch() -> None:
    """Fail with one line telling how to install PyTorch when it is missing."""
    _torch()


def _torch():
    try:
        import torch
    except ImportError as exc:
        raise InputError(f"training the entity model needs PyTorch; {TORCH_HINT}") from exc
    return torch


def _encode(encoder: Encoder, sentence: Sentence) -> tuple[object, ...]:
    ids = [encoder.word(tok) for tok in sentence.tokens]
    return (
        [w for w, _, _ in ids],
        [s for _, s, _ in ids],
        [c for _, _, c in ids],
        sentence_flags(sentence.tokens),
        DOMAIN_IDS.get(sentence.corpus, 0),
        [LABELS.index(label) for label in sentence.labels],
    )


def train_network(
    sentences: Sequence[Sentence], seed: int, progress: Progress, epochs: int = EPOCHS
) -> bytes:
    """Train the network on ``sentences``; return the exported ``.npz`` file's bytes."""
    torch = _torch()
    nn = torch.nn
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True)
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        return _train(torch, nn, sentences, seed, progress, epochs)
    finally:
        torch.set_num_threads(threads)


def _train(torch, nn, sentences, seed, progress, epochs):
    words, shapes, chars = build_vocabularies(s.tokens for s in sentences)
    encoder = Encoder(words, shapes, chars)
    items = [_encode(encoder, s) for s in sentences if s.tokens]
    n_in = WORD_DIM + SHAPE_DIM + CHAR_FILTERS + N_FLAGS + DOMAIN_DIM

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.word = nn.Embedding(len(words) + 2, WORD_DIM, padding_idx=0)
            self.shape = nn.Embedding(len(shapes) + 2, SHAPE_DIM, padding_idx=0)
            self.char = nn.Embedding(len(chars) + 2, CHAR_DIM, padding_idx=0)
            self.char_conv = nn.Conv1d(CHAR_DIM, CHAR_FILTERS, 3, padding=1)
            self.domain = nn.Embedding(len(DOMAIN_IDS), DOMAIN_DIM)
            self.drop = nn.Dropout(DROPOUT)
            # Gates (candidate z, forget f, output o) of each direction from two tokens: the
            # forward direction reads tokens t-1 and t, the backward one t and t+1.
            self.forward_gates = nn.Conv1d(n_in, 3 * HIDDEN, 2, padding=1)
            self.backward_gates = nn.Conv1d(n_in, 3 * HIDDEN, 2, padding=1)
            self.out = nn.Linear(2 * HIDDEN, len(LABELS))
            self.trans = nn.Parameter(torch.zeros(len(LABELS), len(LABELS)))

        def emissions(self, w, s, c, f, d, mask):
            b, t, n_chars = c.shape
            x = self.char(c.view(b * t, n_chars)).transpose(1, 2)
            x = torch.relu(self.char_conv(x)).max(2).values.view(b, t, -1)
            dom = self.domain(d)[:, None, :].expand(b, t, DOMAIN_DIM)
            x = self.drop(torch.cat([self.word(w), self.shape(s), x, f, dom], 2))
            m = mask.float()[:, :, None]
            x = (x * m).transpose(1, 2)
            forward = self._pool(self.forward_gates(x)[:, :, :t].transpose(1, 2), m, False)
            backward = self._pool(self.backward_gates(x)[:, :, 1:].transpose(1, 2), m, True)
            return self.out(self.drop(torch.cat([forward, backward], 2)))

        def _pool(self, gates, m, reverse):
            # "fo-pooling": c[t] = f[t] * c[t-1] + (1 - f[t]) * z[t], h[t] = o[t] * c[t]; z and
            # f are zero past a sentence's end, so the backward direction starts there at 0.
            z = torch.tanh(gates[..., :HIDDEN]) * m
            f = torch.sigmoid(gates[..., HIDDEN : 2 * HIDDEN]) * m
            o = torch.sigmoid(gates[..., 2 * HIDDEN :])
            u = (1 - f) * z
            c = torch.zeros_like(z[:, 0])
            steps = gates.shape[1]
            states = [c] * steps
            for t in range(steps - 1, -1, -1) if reverse else range(steps):
                c = f[:, t] * c + u[:, t]
                states[t] = c
            return o * torch.stack(states, 1)

        def nll(self, e, y, mask):
            t_max = e.shape[1]
            gold = e[:, 0].gather(1, y[:, :1]).squeeze(1)
            alpha = e[:, 0]
            for t in range(1, t_max):
                step = self.trans[y[:, t - 1], y[:, t]] + e[:, t].gather(1, y[:, t : t + 1])[:, 0]
                gold = gold + step * mask[:, t]
                nxt = torch.logsumexp(alpha[:, :, None] + self.trans[None] + e[:, t, None, :], 1)
                alpha = torch.where(mask[:, t, None], nxt, alpha)
            return (torch.logsumexp(alpha, 1) - gold).sum()

    def batch(chosen, rng):
        b, t = len(chosen), max(len(it[0]) for it in chosen)
        w = torch.zeros(b, t, dtype=torch.long)
        s = torch.zeros(b, t, dtype=torch.long)
        c = torch.zeros(b, t, MAX_CHARS, dtype=torch.long)
        f = torch.zeros(b, t, N_FLAGS)
        y = torch.zeros(b, t, dtype=torch.long)
        mask = torch.zeros(b, t, dtype=torch.bool)
        d = torch.zeros(b, dtype=torch.long)
        for i, (wi, si, ci, fi, di, yi) in enumerate(chosen):
            n = len(wi)
            w[i, :n] = torch.tensor([1 if rng.random() < WORD_DROPOUT else x for x in wi])
            s[i, :n] = torch.tensor(si)
            for j, cj in enumerate(ci):
                c[i, j, : len(cj)] = torch.tensor(cj)
            f[i, :n] = torch.from_numpy(fi)
            y[i, :n] = torch.tensor(yi)
            mask[i, :n] = True
            d[i] = di
        return w, s, c, f, d, y, mask

    net = Net()
    optimiser = torch.optim.Adam(net.parameters(), lr=LEARNING_RATE)
    rng = random.Random(seed * 1009 + 11)
    order = sorted(range(len(items)), key=lambda i: (len(items[i][0]), i))
    net.train()
    for epoch in range(epochs):
        batches = [order[i : i + BATCH] for i in range(0, len(order), BATCH)]
        rng.shuffle(batches)
        if epoch == int(epochs * 0.7):
            for group in optimiser.param_groups:
                group["lr"] *= 0.3
        total = 0.0
        for chosen in batches:
            w, s, c, f, d, y, mask = batch([items[i] for i in chosen], rng)
            loss = net.nll(net.emissions(w, s, c, f, d, mask), y, mask) / len(chosen)
            optimiser.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            optimiser.step()
            total += float(loss.item())
        progress(f"network epoch {epoch + 1}/{epochs}, loss {total / max(len(batches), 1):.3f}")
    net.eval()
    weights = {name: p.detach().numpy().astype(np.float32) for name, p in net.state_dict().items()}
    return export(weights, words, shapes, chars)


def export(
    weights: dict[str, np.ndarray],
    words: Sequence[str],
    shapes: Sequence[str],
    chars: Sequence[str],
) -> bytes:
    """The network as an ``.npz`` file (no pickled objects): weights and vocabularies."""
    arrays: dict[str, np.ndarray] = {
        "format": np.array([FORMAT_VERSION, HIDDEN], dtype=np.int64),
        "labels": np.array(LABELS),
        "words": np.array(list(words), dtype=str),
        "shapes": np.array(list(shapes), dtype=str),
        "chars": np.array(list(chars), dtype=str),
    }
    arrays.update(weights)
    # np.savez stamps each member with the current time; a fixed date keeps the file the same
    # byte for byte for the same seed and data.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(arrays):
            member = io.BytesIO()
            np.lib.format.write_array(member, arrays[name], allow_pickle=False)
            info = zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, member.getvalue())
    return buffer.getvalue()
