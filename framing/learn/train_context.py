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
   the best mean of the two checking folds' F1, the threshold the mean of the
   two folds' best; the final probe is fitted on both folds' hits.

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
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl

from framing.context_score import (
    CANDIDATES,
    CANDIDATES_PATH,
    ENTRY_FEATURES,
    MODEL_PATH,
    context_features,
)
from framing.errors import FramingError
from framing.eval.documents import build_documents
from framing.eval.metrics import Span, score_partial_credit
from framing.eval.ptc import gold_spans, phrase_spans
from framing.learn import loaded_word_model as words
from framing.learn.word_vectors import HIDDEN, MODEL_REQUIREMENT, Encoder
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


def fold_hits(
    articles: list[dict[str, Any]], resources: Any, enc: Encoder
) -> tuple[pl.DataFrame, np.ndarray, dict[str, list[Span]]]:
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
    features = context_features(
        terms, documents, split_sentences(documents), resources.lexicon, LAYERS, enc
    )
    return terms.with_columns(label=pl.Series(labels)), features, gold


def fit_probe(x: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    """The probe's weights, intercept last: an L2 logistic regression of the
    0/1 labels ``y`` (``loaded_word_model.newton_logistic``, one weight per hit)."""
    return words.newton_logistic(x, y, np.ones(len(y)), l2=l2, ridge=1e-6, tolerance=1e-7)


def probability(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(x @ w[:-1] + w[-1])))


def span_f1(terms: pl.DataFrame, keep: np.ndarray, gold: dict[str, list[Span]]) -> float:
    """PTC's partial-credit span F1 of the kept hits' phrases."""
    return score_partial_credit(phrase_spans(terms.filter(pl.Series(keep))), gold).f1


def cross_validate(
    folds: list[tuple[pl.DataFrame, np.ndarray, dict[str, list[Span]]]],
) -> dict[str, Any]:
    """Penalty and threshold by two-fold cross-validation (module docstring)."""
    best: dict[str, Any] = {}
    for l2 in PENALTIES:
        thresholds, f1s, checks = [], [], []
        for k in (0, 1):
            fit_terms, fit_x, _ = folds[1 - k]
            check_terms, check_x, check_gold = folds[k]
            w = fit_probe(fit_x, fit_terms["label"].to_numpy().astype(float), l2)
            p = probability(w, check_x)
            scores = [span_f1(check_terms, p >= t, check_gold) for t in THRESHOLDS]
            thresholds.append(THRESHOLDS[int(np.argmax(scores))])
            f1s.append(max(scores))
            checks.append((check_terms, p, check_gold))
        mean_f1 = float(np.mean(f1s))
        threshold = float(np.mean(thresholds))
        # Each checking fold at the threshold the model will use (the mean).
        at_mean = float(np.mean([span_f1(t, p >= threshold, g) for t, p, g in checks]))
        print(
            f"  L2 {l2:g}: checking-fold F1 {f1s[0]:.4f} / {f1s[1]:.4f} at thresholds "
            f"{thresholds}; {at_mean:.4f} at their mean"
        )
        if not best or mean_f1 > best["cv_span_f1"]:
            best = {
                "l2": l2,
                "threshold": threshold,
                "cv_span_f1": mean_f1,
                "cv_span_f1_at_threshold": at_mean,
            }
    return best


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
            labels = folds[-1][0]["label"]
            print(f"fold {1 - k}: {labels.len()} hits, {labels.sum()} on a span")
    chosen = cross_validate(folds)
    # What the folds' hits score without the context model: every hit but the candidates.
    plain = [span_f1(t, (t["lexicon"] != CANDIDATES).to_numpy(), g) for t, _, g in folds]
    x = np.vstack([f[1] for f in folds])
    y = np.concatenate([f[0]["label"].to_numpy().astype(float) for f in folds])
    w = fit_probe(x, y, chosen["l2"])
    threshold = chosen["threshold"]
    # Shift the intercept so that 0.5 is the decision point.
    bias = float(w[-1] - np.log(threshold / (1 - threshold)))
    described = {
        "layers": LAYERS,
        "weights": [round(float(v), 6) for v in w[:HIDDEN]],
        "entry_features": list(ENTRY_FEATURES),
        "entry_weights": [round(float(v), 6) for v in w[HIDDEN:-1]],
        "candidate_floor": words.CANDIDATE_FLOOR,
        "bias": round(bias, 6),
        "threshold": round(threshold, 4),
        "l2": chosen["l2"],
        "cv_span_f1": round(chosen["cv_span_f1"], 4),
        "cv_span_f1_at_threshold": round(chosen["cv_span_f1_at_threshold"], 4),
        "cv_span_f1_without_context": round(float(np.mean(plain)), 4),
        "n_hits": int(len(y)),
        "n_learning_articles": len(articles),
        "encoder": f"all-MiniLM-L6-v2 ({MODEL_REQUIREMENT}), framing.learn.word_vectors",
        "source": "PTC train.jsonl learning half only (crc32(article_id) even), cross-fitted word lists",
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(described, indent=1) + "\n", encoding="utf-8")
    print(
        f"context model: L2 {chosen['l2']:g}, threshold {threshold:.3f}, cross-validated span F1 "
        f"{chosen['cv_span_f1']:.4f} (without it: {np.mean(plain):.4f}) "
        f"from {len(y)} hits -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
