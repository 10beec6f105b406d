"""The target-sentiment model: a multinomial logistic regression over named features.

Its weights live in ``framing/data/models/target_sentiment.json`` (plain JSON, no
pickle): ``classes`` (negative, neutral, positive), ``weights`` mapping each
feature name of ``framing.target_sentiment.featurize`` to one weight per class,
and ``meta`` saying how it was trained (``python -m framing.learn.train_sentiment``).
Because every feature has a name, ``explain`` lists what pushed a prediction.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from framing.errors import LexiconError
from framing.target_sentiment import Feature

MODEL_PATH = Path(__file__).parent / "data" / "models" / "target_sentiment.json"
CLASSES = ("negative", "neutral", "positive")


@dataclass(frozen=True)
class SentimentModel:
    """Weights per feature and class; ``predict`` gives class probabilities."""

    weights: dict[str, tuple[float, float, float]]
    meta: dict[str, Any] = field(default_factory=dict)

    def scores(self, features: Sequence[Feature]) -> tuple[float, float, float]:
        """The three class scores (logits) of one target."""
        neg = neu = pos = 0.0
        get = self.weights.get
        for name, value in features:
            w = get(name)
            if w is not None:
                neg += w[0] * value
                neu += w[1] * value
                pos += w[2] * value
        return neg, neu, pos

    def predict(self, features: Sequence[Feature]) -> tuple[float, float, float]:
        """Class probabilities (negative, neutral, positive) of one target."""
        return softmax(self.scores(features))

    def explain(self, features: Sequence[Feature], top: int = 8) -> list[tuple[str, float]]:
        """The features that pushed toward positive (+) or negative (−) most."""
        pushes = [
            (name, value * (self.weights[name][2] - self.weights[name][0]))
            for name, value in features
            if name in self.weights
        ]
        return sorted(pushes, key=lambda p: abs(p[1]), reverse=True)[:top]


def softmax(logits: tuple[float, float, float]) -> tuple[float, float, float]:
    """Probabilities from logits, stable for large values."""
    top = max(logits)
    exps = [math.exp(x - top) for x in logits]
    total = sum(exps)
    return exps[0] / total, exps[1] / total, exps[2] / total


def polarity_of(probabilities: tuple[float, float, float]) -> float:
    """A score in [-1, 1]: P(positive) − P(negative)."""
    return probabilities[2] - probabilities[0]


def label_of(probabilities: tuple[float, float, float]) -> str:
    """The most probable class."""
    return CLASSES[max(range(3), key=lambda i: probabilities[i])]


def read_model(path: Path) -> SentimentModel:
    """Read a model file; a malformed one raises ``LexiconError`` naming the file."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if tuple(data["classes"]) != CLASSES:
            raise ValueError(f"classes must be {list(CLASSES)}")
        weights = {
            str(k): (float(v[0]), float(v[1]), float(v[2])) for k, v in data["weights"].items()
        }
    except (OSError, ValueError, KeyError, TypeError, IndexError) as exc:
        raise LexiconError(f"{path}: cannot read sentiment model: {exc}") from exc
    return SentimentModel(weights=weights, meta=dict(data.get("meta", {})))


def write_model(model: SentimentModel, path: Path) -> None:
    """Write ``model`` as compact, diff-friendly JSON (sorted feature names)."""
    data = {
        "meta": model.meta,
        "classes": list(CLASSES),
        "weights": {k: list(model.weights[k]) for k in sorted(model.weights)},
    }
    Path(path).write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")


@lru_cache(maxsize=1)
def load_model() -> SentimentModel:
    """The packaged model, read once per process."""
    return read_model(MODEL_PATH)
