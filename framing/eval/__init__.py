"""Evaluation adapters: run the ordinary pipeline on an annotated data set.

Each ``framing.eval.<dataset>`` module has ``evaluate(path, predictions) -> dict``:
it writes one JSON prediction per line (formats in DESIGN.md) and returns the
metrics. No adapter holds rules for its data set; they only translate formats.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

DATASETS = ("newsmtsc", "basil", "polnear", "babe", "ptc")


def run_evaluation(dataset: str, path: Path, predictions: Path) -> dict[str, Any]:
    """Evaluate ``dataset`` at ``path``, writing predictions to ``predictions``."""
    from framing.errors import UsageError

    if dataset not in DATASETS:
        raise UsageError(f"unknown data set {dataset!r}; choose from {', '.join(DATASETS)}")
    module = importlib.import_module(f"framing.eval.{dataset}")
    predictions.parent.mkdir(parents=True, exist_ok=True)
    result: dict[str, Any] = module.evaluate(Path(path), Path(predictions))
    return result
