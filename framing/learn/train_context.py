"""Train the context model of ``framing.context_score`` on PTC's learning half.

``python -m framing.learn.train_context ptc/train.jsonl --news allsides.parquet``
(``make train-context``) writes ``framing/data/models/loaded_context.json``.

What it learns from must look like unseen text, so the hits are cross-fitted:

1. the loaded-word model (``framing.learn.loaded_word_model``) is trained on
   the learning half as ``make lexicons`` does, and for each of its two folds
   a word list and its candidates are scored from that fold's counts alone;
2. the list and candidates of fold *k*, with the curated packs, are run
   through the ordinary pipeline (as ``--context`` runs it) on the articles
   of the other fold; every lexical-bias hit
   (``select_lexical_bias``) is labelled by whether it overlaps a PTC
   loaded-language or name-calling span, and read by the encoder;
3. the probe (logistic regression, L2) is fitted on one fold's hits and its
   threshold chosen on the other's, by PTC's span F1 on the hits widened to
   phrases as ``framing eval ptc`` scores them; the penalty is the one with
   the best mean of the two checking folds' F1;
4. starting from that probe, the encoder's layers it reads are fine-tuned
   with it on the same hits (``framing.learn.adapter``, PyTorch), and scored
   on the other fold as the probe was; the threshold is the mean of the two
   folds' best;
5. the final probe and adapter are fitted on both folds' hits.

The held-out half of PTC and every other data set are never read.
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl

from framing.context_score import (
    CANDIDATES,
    CANDIDATES_PATH,
    ENTRY_FEATURES,
    MODEL_PATH,
    entry_features,
    hit_states,
    hits_in_sentences,
    load_adapter,
)
from framing.errors import FramingError
from framing.eval.documents import build_documents
from framing.eval.metrics import Span, score_partial_credit
from framing.eval.ptc import gold_spans, phrase_spans
from framing.learn import adapter as tuning
from framing.learn import loaded_word_model as words
from framing.learn.word_vectors import HIDDEN, MODEL_REQUIREMENT, Encoder, write_safetensors
from framing.lexicon_format import sidecar_of
from framing.loaded_phrases import extend_to_phrases
from framing.loaded_terms import select_lexical_bias
from framing.pipeline import analyze_documents
from framing.resources import ResourceOptions, load_resources
from framing.sentences import split_sentences

#: Encoder layers read: the middle of the six. Two-fold cross-validated PTC
#: span F1 of the probe over layer 0 (word pieces and positions only), 1, 2,
#: 3, 4 and 6 was 0.319, 0.326, 0.350, 0.362, 0.355 and 0.317 (all hits of
#: the fold lists down to a score of 0.04, before this command existed).
LAYERS = 3
#: L2 penalties tried; the cross-validation picks one.
PENALTIES = (100.0, 300.0, 1000.0)
#: Thresholds tried on the probe's probability.
THRESHOLDS = tuple(round(0.05 + 0.01 * i, 2) for i in range(56))
#: The learned list, as ``make lexicons`` writes it.
LEARNED = words.OUTPUT.stem
#: The adapter's file, beside the model's.
ADAPTER_NAME = "loaded_context_adapter.safetensors"


@dataclass(frozen=True)
class Fold:
    """One fold's lexical-bias hits (``terms``, with ``label``), their
    features (token state and entry features), the gold spans, and the hits
    as the encoder reads them (``placed``: sentence, start, end)."""

    terms: pl.DataFrame
    features: np.ndarray
    gold: dict[str, list[Span]]
    placed: list[tuple[str, int, int]]

    @property
    def labels(self) -> np.ndarray:
        return self.terms["label"].to_numpy().astype(float)

    @property
    def entry(self) -> np.ndarray:
        return self.features[:, HIDDEN:]


def write_scored(rows: Sequence[tuple[Any, ...]], path: Path, meta: Path) -> None:
    """A scored list of ``rows`` (term, score, ...) at ``path``, with a copy of
    the sidecar ``meta``."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["term", "score"])
        writer.writerows(r[:2] for r in rows)
    shutil.copy(meta, sidecar_of(path))


def fold_resources(model: Any, counts: Any, res: Any, folder: Path) -> Any:
    """The resources of ``--context`` with the learned list and the candidates
    that ``make lexicons`` would write from ``counts``."""
    rows, below = words.list_and_candidates(model, counts, res, model.threshold)
    folder.mkdir(parents=True, exist_ok=True)
    learned = folder / f"{LEARNED}.csv"
    candidates = folder / CANDIDATES_PATH.name
    write_scored(rows, learned, sidecar_of(words.OUTPUT))
    write_scored(below, candidates, sidecar_of(CANDIDATES_PATH))
    return load_resources(
        ResourceOptions(lexicons=(learned, candidates), without_lexicons=(LEARNED,))
    )


def fold_hits(articles: list[dict[str, Any]], resources: Any, enc: Encoder) -> Fold:
    """Lexical-bias hits of the pipeline on ``articles`` (with phrases and
    labels), their features, and the gold spans."""
    documents = build_documents([(str(a["article_id"]), "", str(a["text"])) for a in articles])
    terms = select_lexical_bias(analyze_documents(documents, resources)["loaded_terms"])
    terms = extend_to_phrases(documents, terms)
    gold = gold_spans(articles)
    labels = [
        any(s < ge and gs < e for gs, ge in gold.get(a, []))
        for a, s, e in terms.select("article_id", "start", "end").iter_rows()
    ]
    where = hits_in_sentences(terms, documents, split_sentences(documents))
    placed = [
        (sentence or "", start, end)
        for sentence, start, end in where.select("sentence", "start", "end").iter_rows()
    ]
    features = read_hits(placed, entry_features(terms, resources.lexicon), enc)
    return Fold(terms.with_columns(label=pl.Series(labels)), features, gold, placed)


def read_hits(
    placed: Sequence[tuple[str, int, int]], entry: np.ndarray, enc: Encoder
) -> np.ndarray:
    """The features of the hits ``placed`` (sentence, start, end) as ``enc``
    reads them, then their ``entry`` features (as ``context_features``)."""
    sentence, start, end = zip(*placed, strict=True) if placed else ((), (), ())
    states = hit_states(list(sentence), list(start), list(end), LAYERS, enc)
    return np.column_stack([states, entry])


def fit_adapted(fold: Fold, enc: Encoder, l2: float) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """The adapter and probe fine-tuned on ``fold``'s hits, from its probe."""
    probe = fit_probe(fold.features, fold.labels, l2)
    hits = tuning.hit_sentences(fold.placed, fold.labels, fold.entry, enc)
    return tuning.fit_adapter(enc, hits, probe, LAYERS)


def adapted_encoder(tensors: dict[str, np.ndarray], path: Path) -> Encoder:
    """The encoder with the adapter ``tensors``, written to ``path`` and read
    back as framing reads the shipped one."""
    write_safetensors(path, tensors)
    return Encoder(deltas=load_adapter(path, LAYERS))


def fit_probe(x: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    """The probe's weights, intercept last: an L2 logistic regression of the
    0/1 labels ``y`` (``loaded_word_model.newton_logistic``, one weight per hit)."""
    return words.newton_logistic(x, y, np.ones(len(y)), l2=l2, ridge=1e-6, tolerance=1e-7)


def probability(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(x @ w[:-1] + w[-1])))


def span_f1(terms: pl.DataFrame, keep: np.ndarray, gold: dict[str, list[Span]]) -> float:
    """PTC's partial-credit span F1 of the kept hits' phrases."""
    return score_partial_credit(phrase_spans(terms.filter(pl.Series(keep))), gold).f1


def checked(
    folds: Sequence[Fold], probabilities: Sequence[np.ndarray], what: str
) -> dict[str, Any]:
    """Each checking fold's best span F1 and threshold, the threshold the
    model will use (their mean) and the folds' F1 at it."""
    thresholds, f1s = [], []
    for fold, p in zip(folds, probabilities, strict=True):
        scores = [span_f1(fold.terms, p >= t, fold.gold) for t in THRESHOLDS]
        thresholds.append(THRESHOLDS[int(np.argmax(scores))])
        f1s.append(max(scores))
    threshold = float(np.mean(thresholds))
    at_mean = float(
        np.mean(
            [
                span_f1(f.terms, p >= threshold, f.gold)
                for f, p in zip(folds, probabilities, strict=True)
            ]
        )
    )
    print(
        f"  {what}: checking-fold F1 {f1s[0]:.4f} / {f1s[1]:.4f} at thresholds "
        f"{thresholds}; {at_mean:.4f} at their mean"
    )
    return {
        "threshold": threshold,
        "cv_span_f1": float(np.mean(f1s)),
        "cv_span_f1_at_threshold": at_mean,
    }


def cross_validate(folds: list[Fold]) -> dict[str, Any]:
    """The probe's penalty and threshold by two-fold cross-validation
    (module docstring, step 3)."""
    best: dict[str, Any] = {}
    for l2 in PENALTIES:
        p = [
            probability(
                fit_probe(folds[1 - k].features, folds[1 - k].labels, l2), folds[k].features
            )
            for k in (0, 1)
        ]
        found = checked(folds, p, f"L2 {l2:g}")
        if not best or found["cv_span_f1"] > best["cv_span_f1"]:
            best = {"l2": l2, **found}
    return best


def cross_validate_adapter(folds: list[Fold], enc: Encoder, l2: float, tmp: Path) -> dict[str, Any]:
    """The fine-tuned probe's threshold and span F1 by two-fold
    cross-validation (module docstring, step 4)."""
    p = []
    for k in (0, 1):
        tensors, head = fit_adapted(folds[1 - k], enc, l2)
        adapted = adapted_encoder(tensors, tmp / f"adapter{k}.safetensors")
        p.append(probability(head, read_hits(folds[k].placed, folds[k].entry, adapted)))
    return checked(folds, p, "fine-tuned")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("train", type=Path, help="PTC train.jsonl")
    parser.add_argument(
        "--news", type=Path, required=True, help="AllSides corpus (allsides.parquet)"
    )
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    try:
        articles, res, counts, enc = words.learning_inputs(args.train, args.news)
    except (FramingError, FileNotFoundError, pl.exceptions.PolarsError) as exc:
        print(f"error: {str(exc).splitlines()[0]}", file=sys.stderr)
        return 1
    model, _ = words.train(articles, res, counts)
    by_fold = [[a for a in articles if words.fold_of(str(a["article_id"])) == k] for k in (0, 1)]
    folds = []
    with tempfile.TemporaryDirectory(prefix="framing-context-") as tmp:
        for k in (0, 1):
            # The list of fold k reads the articles of the other fold.
            resources = fold_resources(model, counts[k], res, Path(tmp) / f"fold{k}")
            folds.append(fold_hits(by_fold[1 - k], resources, enc))
            labels = folds[-1].terms["label"]
            print(f"fold {1 - k}: {labels.len()} hits, {labels.sum()} on a span")
        try:
            probe_only = cross_validate(folds)
            chosen = cross_validate_adapter(folds, enc, probe_only["l2"], Path(tmp))
        except FramingError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    # What the folds' hits score without the context model: every hit but the candidates.
    plain = [span_f1(f.terms, (f.terms["lexicon"] != CANDIDATES).to_numpy(), f.gold) for f in folds]
    whole = Fold(
        pl.concat([f.terms for f in folds]),
        np.vstack([f.features for f in folds]),
        {},
        [p for f in folds for p in f.placed],
    )
    y = whole.labels
    tensors, w = fit_adapted(whole, enc, probe_only["l2"])
    adapter_path = args.out.parent / ADAPTER_NAME
    threshold = chosen["threshold"]
    # Shift the intercept so that 0.5 is the decision point.
    bias = float(w[-1] - np.log(threshold / (1 - threshold)))
    described = {
        "layers": LAYERS,
        "adapter": ADAPTER_NAME,
        "adapter_rank": tuning.RANK,
        "weights": [round(float(v), 6) for v in w[:HIDDEN]],
        "entry_features": list(ENTRY_FEATURES),
        "entry_weights": [round(float(v), 6) for v in w[HIDDEN:-1]],
        "candidate_floor": words.CANDIDATE_FLOOR,
        "bias": round(bias, 6),
        "threshold": round(threshold, 4),
        "l2": probe_only["l2"],
        "cv_span_f1": round(chosen["cv_span_f1"], 4),
        "cv_span_f1_at_threshold": round(chosen["cv_span_f1_at_threshold"], 4),
        "cv_span_f1_probe_only": round(probe_only["cv_span_f1"], 4),
        "cv_span_f1_without_context": round(float(np.mean(plain)), 4),
        "n_hits": int(len(y)),
        "n_learning_articles": len(articles),
        "encoder": f"all-MiniLM-L6-v2 ({MODEL_REQUIREMENT}), framing.learn.word_vectors, "
        f"its first {LAYERS} layers fine-tuned with the probe (framing.learn.adapter)",
        "source": "PTC train.jsonl learning half only (crc32(article_id) even), cross-fitted word lists",
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_safetensors(adapter_path, tensors)
    args.out.write_text(json.dumps(described, indent=1) + "\n", encoding="utf-8")
    print(
        f"context model: L2 {probe_only['l2']:g}, threshold {threshold:.3f}, cross-validated span F1 "
        f"{chosen['cv_span_f1']:.4f} (without it: {np.mean(plain):.4f}) "
        f"from {len(y)} hits -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
