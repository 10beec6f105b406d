"""Evaluation adapters: run the ordinary pipeline on an annotated data set.

Each ``framing.eval.<dataset>`` module has ``evaluate(path, predictions) -> dict``:
it writes one JSON prediction per line (formats in DESIGN.md) and returns the
metrics. No adapter holds rules for its data set; they only translate formats.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

DATASETS = ("newsmtsc", "basil", "polnear", "babe", "ptc")


#: The data sets whose adapters run the whole pipeline, lexicons included.
LEXICON_DATASETS = ("basil", "polnear", "babe", "ptc")


def run_evaluation(
    dataset: str,
    path: Path,
    predictions: Path,
    *,
    without_lexicons: Sequence[str] = (),
    min_score: float | None = None,
    context: bool = False,
) -> dict[str, Any]:
    """Evaluate ``dataset`` at ``path``, writing predictions to ``predictions``;
    ``without_lexicons`` and ``min_score`` choose the lexicon entries used, as
    for ``framing analyze``, and ``context`` adds the context model's verdict
    (data sets in ``LEXICON_DATASETS`` only)."""
    from framing.errors import UsageError

    if dataset not in DATASETS:
        raise UsageError(f"unknown data set {dataset!r}; choose from {', '.join(DATASETS)}")
    chosen = bool(without_lexicons) or min_score is not None or context
    if chosen and dataset not in LEXICON_DATASETS:
        raise UsageError(
            f"{dataset} does not use the lexicons: --without-lexicon, --min-score and "
            "--context do not apply"
        )
    module = importlib.import_module(f"framing.eval.{dataset}")
    predictions.parent.mkdir(parents=True, exist_ok=True)
    options: dict[str, Any] = {}
    if chosen:
        from framing.resources import load_resources

        options["resources"] = load_resources(
            without_lexicons=without_lexicons, min_score=min_score, context=context
        )
    result: dict[str, Any] = module.evaluate(Path(path), Path(predictions), **options)
    if min_score is not None:
        result["min_score"] = min_score
    if without_lexicons:
        result["without_lexicons"] = list(without_lexicons)
    if context:
        result["context"] = True
    return result
