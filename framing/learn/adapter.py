"""Fine-tune the encoder with the context model's probe (PyTorch, training only).

The probe of ``framing.context_score`` reads the encoder's token state of a
hit after its first layers as the encoder gives it. Here those layers learn
too: each dense weight ``W`` (out, in) of the layers read gets a low-rank
change ``B @ A`` (LoRA; Hu et al. 2021), ``A`` (``RANK``, in) and ``B`` (out,
``RANK``), trained with the probe's weights on the same hits and labels; the
encoder's own weights stay as they are. The changes are a few hundred
thousand numbers (``framing/data/models/loaded_context_adapter.safetensors``),
merged into the weights when framing loads the encoder, so reading with them
costs nothing more and needs only numpy.

PyTorch is needed only here: ``make train-context`` installs it
(``TORCH_REQUIREMENT``, the CPU build this machine keeps on disk). Runs are
seeded, so a rerun gives the same adapter up to floating-point rounding (an
experiment and ``make train-context``, with the same settings, gave
checking-fold F1 0.3922 / 0.3802 and 0.3923 / 0.3801).

The settings were chosen by the two-fold cross-validation of
``framing.learn.train_context`` on PTC's learning half (fitted on one
fold's hits, scored on the other's by PTC's span F1 at each fold's best
threshold; the probe alone scores 0.370 and 0.365 there):

=========================================  ===============
learning rate, epochs, layers changed      checking folds
=========================================  ===============
5e-4, 1 / 2 / 3 epochs, 3 layers           0.387 / 0.384 / 0.381 (one fold)
2e-4, 3 epochs, 3 layers (kept)            0.392 / 0.380
1e-3, 2 epochs, 3 layers                   0.386 / 0.380
5e-4, 3 epochs, 4 layers (probe on 4)      0.380 / 0.378
5e-4, 3 epochs, 6 layers (probe on 6)      0.380 (one fold)
2e-4, 5 epochs, 3 layers                   0.384 / 0.376
2e-4, 3 epochs, 3 layers, rank 16          0.390 / 0.372
2e-4, 3 epochs, plus a per-piece span loss 0.387 / 0.373 (weight 0.5),
                                           0.387 / 0.369 (weight 2)
2e-4, 3 epochs, candidates down to 0.02    0.381 / 0.381 (3.3 times the hits)
no function words among the candidates     0.389 / 0.379 (29 fewer candidates)
no function words in the word vocabulary   0.381 / 0.372 (list F1 0.304 -> 0.298)
=========================================  ===============

The differences between settings (up to 0.01 on a fold) are about as large
as a fold's noise; the fine-tuned model beats the probe on both folds in
every row.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from framing.context_score import ADAPTER_A, ADAPTER_B, MAX_PIECES, covered_pieces
from framing.errors import FramingError
from framing.learn.word_vectors import EPSILON, HEADS, HIDDEN, Encoder

#: What ``make train-context`` installs.
TORCH_REQUIREMENT = "torch==2.13.0"
#: Rank of each weight change, and the factor it is scaled by while training.
RANK = 8
SCALE = 2.0
#: The dense weights of each layer that change.
TARGETS = (
    "attention.self.query",
    "attention.self.key",
    "attention.self.value",
    "attention.output.dense",
    "intermediate.dense",
    "output.dense",
)
LEARNING_RATE = 2e-4
#: The probe's weights learn more slowly than the changes: they start fitted.
HEAD_RATE = LEARNING_RATE / 5
WEIGHT_DECAY = 0.01
EPOCHS = 3
#: Sentences per step, and the steps over which the rate rises at the start.
BATCH = 16
WARMUP = 50
SEED = 0


@dataclass(frozen=True)
class HitSentences:
    """Hits grouped by the sentence they are read in: for each sentence its
    word piece ids and, for each hit in it, the hit's row and the pieces it
    covers; ``labels`` (0/1) and ``entry`` (``ENTRY_FEATURES``) by hit row."""

    sentences: list[tuple[list[int], list[tuple[int, list[int]]]]]
    labels: np.ndarray
    entry: np.ndarray


def hit_sentences(
    placed: Sequence[tuple[str, int, int]],
    labels: np.ndarray,
    entry: np.ndarray,
    enc: Encoder,
) -> HitSentences:
    """``placed`` (sentence, start, end of each hit, as ``hits_in_sentences``
    gives them) grouped as the encoder reads them (``hit_states``)."""
    by_sentence: dict[str, list[tuple[int, int, int]]] = {}
    for hit, (sentence, start, end) in enumerate(placed):
        by_sentence.setdefault(sentence, []).append((hit, start, end))
    sentences = []
    for sentence, hits in by_sentence.items():
        ids, spans = enc.tokenizer.encode_text(sentence, MAX_PIECES)
        at = np.array(spans, dtype=np.int64)
        covered = [(hit, covered_pieces(at, start, end)) for hit, start, end in hits]
        sentences.append((ids, covered))
    return HitSentences(sentences, labels.astype(np.float32), entry.astype(np.float32))


def fit_adapter(
    enc: Encoder, hits: HitSentences, probe: np.ndarray, layers: int
) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Train the weight changes of the first ``layers`` layers with the probe
    (``probe``: its fitted weights, state then entry features, intercept last,
    where training starts). Returns the adapter's tensors (``ADAPTER_A`` and
    ``ADAPTER_B`` factors by weight name, the scale folded into ``B``) and the
    probe's trained weights in the same layout as ``probe``."""
    try:
        import torch
    except ImportError as exc:
        raise FramingError(
            f"training the context model needs PyTorch: pip install {TORCH_REQUIREMENT} "
            "(make train-context does this)"
        ) from exc
    torch.manual_seed(SEED)
    shuffle = random.Random(SEED)
    torch.set_num_threads(2)
    net = _network(torch, enc, layers, probe)
    factors = [p for name, p in net.named_parameters() if not name.startswith("head")]
    optimiser = torch.optim.AdamW(
        [
            {"params": factors, "lr": LEARNING_RATE, "weight_decay": WEIGHT_DECAY},
            {"params": list(net.head.parameters()), "lr": HEAD_RATE, "weight_decay": 0.0},
        ]
    )
    batches = _batches(hits, BATCH)
    total = len(batches) * EPOCHS
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: min(1.0, step / WARMUP) * max(0.0, 1.0 - step / total)
    )
    for _ in range(EPOCHS):
        shuffle.shuffle(batches)
        for batch in batches:
            logits, rows = _logits(torch, net, hits, batch)
            target = torch.tensor(hits.labels[rows])
            loss = torch.nn.functional.binary_cross_entropy_with_logits(logits, target)
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
    tensors: dict[str, np.ndarray] = {}
    with torch.no_grad():
        for name, (a, b) in net.pairs.items():
            weight = name + ".weight"
            tensors[weight + ADAPTER_A] = a.numpy().copy()
            tensors[weight + ADAPTER_B] = (b * SCALE).numpy().copy()
        head = np.concatenate([net.head.weight.numpy()[0], net.head.bias.numpy()]).astype(
            np.float64
        )
    return tensors, head


def _batches(hits: HitSentences, size: int) -> list[list[int]]:
    """Sentence numbers in batches of like length (little padding)."""
    order = sorted(range(len(hits.sentences)), key=lambda s: len(hits.sentences[s][0]))
    return [order[i : i + size] for i in range(0, len(order), size)]


def _network(torch: Any, enc: Encoder, layers: int, probe: np.ndarray) -> Any:
    """The encoder's embeddings and first ``layers`` layers, frozen, with a
    trainable low-rank change on each ``TARGETS`` weight and the probe as a
    trainable linear head."""
    nn = torch.nn

    module: Any = nn.Module

    class Network(module):
        def __init__(self) -> None:
            super().__init__()
            read = ("embeddings.", *(f"encoder.layer.{i}." for i in range(layers)))
            self.base = {
                k: torch.tensor(np.array(v)) for k, v in enc.weights.items() if k.startswith(read)
            }
            self.factors = nn.ParameterDict()
            pairs: dict[str, tuple[Any, Any]] = {}
            for layer in range(layers):
                for target in TARGETS:
                    name = f"encoder.layer.{layer}.{target}"
                    out, into = self.base[name + ".weight"].shape
                    a = nn.Parameter(torch.randn(RANK, into) / math.sqrt(into))
                    b = nn.Parameter(torch.zeros(out, RANK))
                    key = name.replace(".", "/")  # ParameterDict keys hold no dots
                    self.factors[key + "/a"], self.factors[key + "/b"] = a, b
                    pairs[name] = (a, b)
            self.pairs = pairs
            self.head = nn.Linear(probe.size - 1, 1)
            with torch.no_grad():
                self.head.weight[:] = torch.tensor(probe[:-1], dtype=torch.float32)[None]
                self.head.bias[:] = float(probe[-1])

        def dense(self, x: Any, name: str) -> Any:
            f = torch.nn.functional
            y = f.linear(x, self.base[name + ".weight"], self.base[name + ".bias"])
            a, b = self.pairs[name]
            return y + f.linear(f.linear(x, a), b) * SCALE

        def norm(self, x: Any, name: str) -> Any:
            return torch.nn.functional.layer_norm(
                x, (HIDDEN,), self.base[name + ".weight"], self.base[name + ".bias"], eps=EPSILON
            )

        def forward(self, ids: Any, mask: Any) -> Any:
            n, length = ids.shape
            w = self.base
            x = (
                w["embeddings.word_embeddings.weight"][ids]
                + w["embeddings.position_embeddings.weight"][:length][None]
                + w["embeddings.token_type_embeddings.weight"][0][None, None]
            )
            x = self.norm(x, "embeddings.LayerNorm")
            blocked = torch.where(mask, 0.0, torch.finfo(torch.float32).min)
            size = HIDDEN // HEADS

            def heads(h: Any) -> Any:
                return h.view(n, -1, HEADS, size).transpose(1, 2)

            for layer in range(layers):
                p = f"encoder.layer.{layer}."
                q = heads(self.dense(x, p + "attention.self.query"))
                k = heads(self.dense(x, p + "attention.self.key"))
                v = heads(self.dense(x, p + "attention.self.value"))
                scores = q @ k.transpose(-1, -2) / math.sqrt(size) + blocked[:, None, None, :]
                context = (torch.softmax(scores, -1) @ v).transpose(1, 2).reshape(n, length, HIDDEN)
                x = self.norm(
                    self.dense(context, p + "attention.output.dense") + x,
                    p + "attention.output.LayerNorm",
                )
                inner = torch.nn.functional.gelu(self.dense(x, p + "intermediate.dense"))
                x = self.norm(self.dense(inner, p + "output.dense") + x, p + "output.LayerNorm")
            return x

    return Network()


def _logits(torch: Any, net: Any, hits: HitSentences, batch: list[int]) -> tuple[Any, list[int]]:
    """The probe's logits for the hits of the sentences ``batch``, and their rows."""
    length = max(len(hits.sentences[s][0]) for s in batch)
    ids = torch.zeros(len(batch), length, dtype=torch.long)
    mask = torch.zeros(len(batch), length, dtype=torch.bool)
    rows: list[int] = []
    cols: list[int] = []
    owner: list[int] = []
    hit_rows: list[int] = []
    for r, s in enumerate(batch):
        pieces, covered = hits.sentences[s]
        ids[r, : len(pieces)] = torch.tensor(pieces)
        mask[r, : len(pieces)] = True
        for hit, positions in covered:
            for c in positions:
                rows.append(r)
                cols.append(c)
                owner.append(len(hit_rows))
            hit_rows.append(hit)
    states = net(ids, mask)
    index = torch.tensor(owner, dtype=torch.long)
    pooled = torch.zeros(len(hit_rows), HIDDEN)
    counts = torch.zeros(len(hit_rows))
    if rows:
        pooled = pooled.index_add(0, index, states[torch.tensor(rows), torch.tensor(cols)])
        counts = counts.index_add(0, index, torch.ones(len(owner)))
    pooled = pooled / counts.clamp(min=1.0)[:, None]
    features = torch.cat([pooled, torch.tensor(hits.entry[hit_rows])], 1)
    return net.head(features).squeeze(1), hit_rows
