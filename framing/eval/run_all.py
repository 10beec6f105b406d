"""``make eval``: every evaluation on the shared data, one JSON file of figures.

Usage: python -m framing.eval.run_all SHARED_EVAL_DIR OUT_DIR
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from framing.eval import run_evaluation

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


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m framing.eval.run_all SHARED_EVAL_DIR OUT_DIR", file=sys.stderr)
        return 2
    eval_dir, out_dir = Path(argv[0]), Path(argv[1])
    out_dir.mkdir(parents=True, exist_ok=True)
    figures = {}
    for dataset, rel, name in RUNS:
        path = eval_dir / rel
        if not path.exists():
            print(f"{name}: {path} is absent, skipped", file=sys.stderr)
            continue
        began = time.perf_counter()
        metrics = run_evaluation(dataset, path, out_dir / f"{name}.predictions.jsonl")
        metrics["seconds"] = round(time.perf_counter() - began, 1)
        figures[name] = metrics
        print(f"{name}: {json.dumps(metrics, sort_keys=True)}")
    (out_dir / "metrics.json").write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n")
    print(f"figures written to {out_dir / 'metrics.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
