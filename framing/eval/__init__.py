"""Evaluation adapters: run the ordinary pipeline on an annotated data set.

Each ``framing.eval.<dataset>`` module has ``evaluate(path, predictions) -> dict``:
it writes one JSON prediction per line (formats in DESIGN.md) and returns the
metrics. No adapter holds rules for its data set; they only translate formats.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from framing.resources import ResourceOptions

DATASETS = ("newsmtsc", "basil", "polnear", "babe", "ptc")


#: The data sets whose adapters run the whole pipeline, lexicons included.
LEXICON_DATASETS = ("basil", "polnear", "babe", "ptc")


def run_evaluation(
    dataset: str,
    path: Path,
    predictions: Path,
    *,
    resource_options: ResourceOptions | None = None,
) -> dict[str, Any]:
    """Evaluate ``dataset`` at ``path``, writing predictions to ``predictions``.

    ``resource_options`` choose the lexicons and actors and add the context
    model, as for ``framing analyze`` (data sets in ``LEXICON_DATASETS`` only;
    the built-in packs when None). Raises ``UsageError`` for an unknown data
    set or options that do not apply to it."""
    from framing.errors import UsageError
    from framing.resources import ResourceOptions, load_resources

    if dataset not in DATASETS:
        raise UsageError(f"unknown data set {dataset!r}; choose from {', '.join(DATASETS)}")
    options = resource_options or ResourceOptions()
    chosen = options.describe_chosen()
    if chosen and dataset not in LEXICON_DATASETS:
        raise UsageError(
            f"{dataset} does not use the lexicons: lexicon and actor files, "
            "--without-lexicon, --min-score and --context do not apply"
        )
    module = importlib.import_module(f"framing.eval.{dataset}")
    predictions.parent.mkdir(parents=True, exist_ok=True)
    adapter_options: dict[str, Any] = {}
    if chosen:
        adapter_options["resources"] = load_resources(options)
    result: dict[str, Any] = module.evaluate(Path(path), Path(predictions), **adapter_options)
    result.update(chosen)
    return result
