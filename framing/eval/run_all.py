"""``make eval``: every evaluation on the shared data, one JSON file of figures.

Usage: python -m framing.eval.run_all [--context] SHARED_EVAL_DIR OUT_DIR

With ``--context`` (``make eval-context``) only the loaded-term evaluations
run, with the context model (``framing eval ... --context``), and the figures
go to ``context_metrics.json``.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from framing.eval import run_evaluation
from framing.resources import ResourceOptions

#: (dataset, path inside the eval folder, name of the run)
RUNS = (
    ("newsmtsc", "newsmtsc/rw_dev.jsonl", "newsmtsc_rw_dev"),
    ("newsmtsc", "newsmtsc/mt_dev.jsonl", "newsmtsc_mt_dev"),
    ("basil", "basil", "basil"),
    ("polnear", "polnear/dev.jsonl", "polnear_dev"),
    ("polnear", "polnear/train.jsonl", "polnear_train"),
    ("babe", "babe/dev.csv", "babe_dev"),
    ("ptc", "ptc/train.jsonl", "ptc_train"),
)
#: The loaded-term evaluations, which ``--context`` changes.
CONTEXT_DATASETS = ("basil", "babe", "ptc")


def main(argv: list[str]) -> int:
    context = "--context" in argv
    argv = [a for a in argv if a != "--context"]
    if len(argv) != 2:
        print(
            "usage: python -m framing.eval.run_all [--context] SHARED_EVAL_DIR OUT_DIR",
            file=sys.stderr,
        )
        return 2
    eval_dir, out_dir = Path(argv[0]), Path(argv[1])
    out_dir.mkdir(parents=True, exist_ok=True)
    figures = {}
    runs = [r for r in RUNS if r[0] in CONTEXT_DATASETS] if context else list(RUNS)
    suffix = "_context" if context else ""
    for dataset, rel, name in runs:
        name += suffix
        path = eval_dir / rel
        if not path.exists():
            print(f"{name}: {path} is absent, skipped", file=sys.stderr)
            continue
        began = time.perf_counter()
        metrics = run_evaluation(
            dataset,
            path,
            out_dir / f"{name}.predictions.jsonl",
            resource_options=ResourceOptions(context=context),
        )
        metrics["seconds"] = round(time.perf_counter() - began, 1)
        figures[name] = metrics
        print(f"{name}: {json.dumps(metrics, sort_keys=True)}")
    written = out_dir / ("context_metrics.json" if context else "metrics.json")
    written.write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n")
    print(f"figures written to {written}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
