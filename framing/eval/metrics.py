"""Span and word metrics shared by the evaluation adapters.

Spans are ``(start, end)`` half-open character intervals within one document
(or sentence); callers group them by document before calling these functions.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from framing.errors import SchemaError

Span = tuple[int, int]


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1 with the counts behind them."""

    precision: float
    recall: float
    f1: float
    n_predicted: float
    n_gold: float

    def as_dict(self) -> dict[str, float]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "n_predicted": self.n_predicted,
            "n_gold": self.n_gold,
        }


def compute_f1(precision: float, recall: float) -> float:
    """Harmonic mean; 0 when both are 0."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def overlap_length(a: Span, b: Span) -> int:
    """Characters shared by two spans (0 when disjoint)."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """Overlapping or touching spans merged into one, sorted."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def count_overlapping(spans: Sequence[Span], others: Sequence[Span]) -> int:
    """How many of ``spans`` overlap at least one of ``others``."""
    return sum(any(overlap_length(s, o) > 0 for o in others) for s in spans)


def score_partial_credit(predicted: dict[str, list[Span]], gold: dict[str, list[Span]]) -> PRF:
    """Span F1 with partial credit, as in SemEval-2020 task 11 (span identification).

    P = Σ_s Σ_t |s∩t| / |s| over predicted spans s, divided by the number of
    predicted spans; R = Σ_s Σ_t |s∩t| / |t|, divided by the number of gold
    spans. Spans are merged per document first, so overlapping predictions do
    not earn credit twice.
    """
    precision_sum = recall_sum = 0.0
    n_pred = n_gold = 0
    for doc in set(predicted) | set(gold):
        pred = merge_spans(predicted.get(doc, []))
        true = merge_spans(gold.get(doc, []))
        n_pred += len(pred)
        n_gold += len(true)
        for s in pred:
            for t in true:
                shared = overlap_length(s, t)
                if shared:
                    precision_sum += shared / (s[1] - s[0])
                    recall_sum += shared / (t[1] - t[0])
    precision = precision_sum / n_pred if n_pred else 0.0
    recall = recall_sum / n_gold if n_gold else 0.0
    return PRF(precision, recall, compute_f1(precision, recall), n_pred, n_gold)


def score_word_sets(predicted: Sequence[set[str]], gold: Sequence[set[str]]) -> PRF:
    """Micro-averaged word-level precision/recall/F1 over aligned rows."""
    if len(predicted) != len(gold):
        raise SchemaError(f"{len(predicted)} predicted rows for {len(gold)} gold rows")
    true_pos = sum(len(p & g) for p, g in zip(predicted, gold, strict=True))
    n_pred = sum(len(p) for p in predicted)
    n_gold = sum(len(g) for g in gold)
    precision = true_pos / n_pred if n_pred else 0.0
    recall = true_pos / n_gold if n_gold else 0.0
    return PRF(precision, recall, compute_f1(precision, recall), n_pred, n_gold)
