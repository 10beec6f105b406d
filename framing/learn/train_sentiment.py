"""Train the target-sentiment model on NewsMTSC's training split.

    python -m framing.learn.train_sentiment ../shared/eval/newsmtsc/train.jsonl \
        --out framing/data/models/target_sentiment.json

Multinomial logistic regression with L2, fitted by full-batch Adam in numpy over
the named features of ``framing.target_sentiment.featurize``; classes are
weighted inversely to their frequency because the metric is macro-F1. Only
``train.jsonl`` is read: the dev files are for measuring, never for fitting.
``--holdout`` keeps a tenth of the training articles aside and prints their
macro-F1, for choosing the options without touching the dev files.
Deterministic: the same file and options give the same weights.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from framing.sentiment_model import CLASSES, SentimentModel, write_model
from framing.target_sentiment import Feature, featurize, tokenize

#: NewsMTSC encodes polarity as 2 (negative), 4 (neutral), 6 (positive).
NEWSMTSC_POLARITY = {2.0: 0, 4.0: 1, 6.0: 2}


def read_examples(path: Path) -> list[tuple[str, list[Feature], int]]:
    """``(article key, features, class index)`` per target of a NewsMTSC file."""
    examples = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            tokens = tokenize(record["sentence_normalized"])
            # Sentences of one article share the id up to the sentence number.
            article = "_".join(record["primary_gid"].split("_")[:3])
            for target in record["targets"]:
                features = featurize(tokens, target["from"], target["to"])
                examples.append((article, features, NEWSMTSC_POLARITY[float(target["polarity"])]))
    return examples


def is_holdout(article: str) -> bool:
    """A stable tenth of the articles (by hash), kept aside with ``--holdout``."""
    return hashlib.sha256(article.encode()).digest()[0] < 26


def build_matrix(
    examples: list[tuple[str, list[Feature], int]], vocabulary: dict[str, int]
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Sparse rows (row index per entry, column, value) and labels."""
    rows, cols, vals = [], [], []
    for r, (_, features, _) in enumerate(examples):
        for name, value in features:
            c = vocabulary.get(name)
            if c is not None:
                rows.append(r)
                cols.append(c)
                vals.append(value)
    labels = np.array([y for _, _, y in examples], dtype=np.int64)
    return np.array(rows), np.array(cols), np.array(vals, dtype=np.float64), labels


def fit(
    examples: list[tuple[str, list[Feature], int]],
    *,
    min_count: int,
    l2: float,
    epochs: int,
    learning_rate: float,
) -> SentimentModel:
    """Fit the weights on ``examples``."""
    counts = Counter(name for _, features, _ in examples for name, _ in features)
    names = sorted(name for name, n in counts.items() if n >= min_count)
    vocabulary = {name: i for i, name in enumerate(names)}
    rows, cols, vals, labels = build_matrix(examples, vocabulary)
    n, k = len(examples), len(CLASSES)
    counts_per_class = np.bincount(labels, minlength=k)
    # Balanced weights over the classes present (a class may be absent in small data).
    sample_weight = n / (np.count_nonzero(counts_per_class) * counts_per_class[labels])
    onehot = np.eye(k)[labels]
    weights = np.zeros((len(names), k))
    m = np.zeros_like(weights)
    v = np.zeros_like(weights)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    # Sparse products by segment sums: entries sorted by row for X·W, by column for Xᵀ·G.
    row_starts = np.searchsorted(rows, np.arange(n))
    by_col = np.argsort(cols, kind="stable")
    col_sorted, col_rows, col_vals = cols[by_col], rows[by_col], vals[by_col]
    present = np.unique(col_sorted)
    col_starts = np.searchsorted(col_sorted, present)
    for epoch in range(1, epochs + 1):
        logits = np.add.reduceat(vals[:, None] * weights[cols], row_starts, axis=0)
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True)
        residual = (probs - onehot) * sample_weight[:, None] / n
        grad = l2 * weights
        grad[present] += np.add.reduceat(col_vals[:, None] * residual[col_rows], col_starts, axis=0)
        m = beta1 * m + (1 - beta1) * grad
        v = beta2 * v + (1 - beta2) * grad * grad
        step = learning_rate * (m / (1 - beta1**epoch)) / (np.sqrt(v / (1 - beta2**epoch)) + eps)
        weights -= step
    kept = {
        name: (round(float(w[0]), 4), round(float(w[1]), 4), round(float(w[2]), 4))
        for name, w in zip(names, weights, strict=True)
        if np.abs(w).max() >= 0.005
    }
    meta = {
        "name": "target-sentiment",
        "version": "1.0.0",
        "trained_on": "NewsMTSC train.jsonl (Hamborg & Donnay, EACL 2021; MIT licence)",
        "command": "python -m framing.learn.train_sentiment ../shared/eval/newsmtsc/train.jsonl "
        "--out framing/data/models/target_sentiment.json",
        "examples": n,
        "min_count": min_count,
        "l2": l2,
        "epochs": epochs,
        "learning_rate": learning_rate,
        "features": len(kept),
    }
    return SentimentModel(weights=kept, meta=meta)


def macro_f1(gold: list[int], predicted: list[int]) -> float:
    """Macro-averaged F1 over the three classes."""
    scores = []
    for c in range(len(CLASSES)):
        tp = sum(g == c and p == c for g, p in zip(gold, predicted, strict=True))
        fp = sum(g != c and p == c for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == c and p != c for g, p in zip(gold, predicted, strict=True))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("train", type=Path, help="NewsMTSC train.jsonl")
    parser.add_argument("--out", type=Path, help="where to write the model JSON")
    parser.add_argument("--min-count", type=int, default=5)
    parser.add_argument("--l2", type=float, default=1e-3)
    parser.add_argument("--epochs", type=int, default=300)
    parser.add_argument("--learning-rate", type=float, default=0.05)
    parser.add_argument("--holdout", action="store_true", help="report F1 on a held-out tenth")
    args = parser.parse_args(argv)
    try:
        examples = read_examples(args.train)
    except OSError as exc:
        print(f"error: {args.train}: cannot read ({exc.strerror})", file=sys.stderr)
        return 1
    except (ValueError, KeyError, TypeError) as exc:
        # json.JSONDecodeError is a ValueError; a record without the NewsMTSC fields
        # raises KeyError or TypeError.
        print(f"error: {args.train}: not a NewsMTSC file ({exc!r})", file=sys.stderr)
        return 1
    options = {
        "min_count": args.min_count,
        "l2": args.l2,
        "epochs": args.epochs,
        "learning_rate": args.learning_rate,
    }
    if args.holdout:
        train = [e for e in examples if not is_holdout(e[0])]
        held = [e for e in examples if is_holdout(e[0])]
        model = fit(train, **options)
        predicted = [int(np.argmax(model.scores(f))) for _, f, _ in held]
        score = macro_f1([y for _, _, y in held], predicted)
        print(f"holdout macro-F1 {score:.3f} on {len(held)} targets", file=sys.stderr)
    if args.out:
        model = fit(examples, **options)
        write_model(model, args.out)
        print(f"wrote {args.out} ({len(model.weights)} features)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
