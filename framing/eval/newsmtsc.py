"""NewsMTSC: sentiment toward a target person in a news sentence (macro-F1, 3 classes).

Each line of a NewsMTSC file holds ``sentence_normalized`` and its ``targets``
(``from``/``to`` offsets, ``polarity`` 2 = negative, 4 = neutral, 6 = positive).
The adapter only translates formats: every sentence becomes a document of one
sentence, every target an actor mention, and the ordinary
``framing.sentiment.score_mentions`` scores them. Sentence-level VADER (±0.05)
is measured beside it as the reference baseline.

    python -m framing.eval.newsmtsc ../shared/eval/newsmtsc/rw_dev.jsonl --predictions out.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import polars as pl

from framing import schemas
from framing.errors import InputError
from framing.eval.documents import require_fields
from framing.sentiment import score_mentions
from framing.sentiment_model import CLASSES

POLARITY = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}
#: Fields each record and each of its targets needs.
RECORD_FIELDS = ("primary_gid", "sentence_normalized", "targets")
TARGET_FIELDS = ("from", "to", "polarity")


def _polarity_value(value: Any) -> float | None:
    """NewsMTSC's polarity as a number (2, 4 or 6 on its scale); None when it is none."""
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def read_records(path: Path) -> list[dict[str, Any]]:
    """The records of a NewsMTSC ``.jsonl`` file; raises ``InputError`` naming
    the first record that lacks a field the evaluation needs."""
    try:
        with open(path, encoding="utf-8") as lines:
            records = [json.loads(line) for line in lines if line.strip()]
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read NewsMTSC file {path}: {exc}") from exc
    require_fields(records, RECORD_FIELDS, path)
    for number, record in enumerate(records, start=1):
        targets = record["targets"]
        if not isinstance(targets, list):
            raise InputError(f"{path}: record {number} lacks targets (a list)")
        for k, target in enumerate(targets):
            missing = [f for f in TARGET_FIELDS if not isinstance(target, dict) or f not in target]
            if missing:
                raise InputError(f"{path}: record {number} lacks targets[{k}].{missing[0]}")
        if any(_polarity_value(t["polarity"]) not in POLARITY for t in targets):
            raise InputError(f"{path}: record {number}: polarity must be 2, 4 or 6")
    return records


def build_frames(records: list[dict[str, Any]]) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """DOCUMENTS (one per sentence), SENTENCES and ACTOR_MENTIONS (one per target)."""
    documents, sentences, mentions = [], [], []
    for i, record in enumerate(records):
        text = record["sentence_normalized"]
        article_id = str(i)
        documents.append((article_id, "newsmtsc", None, None, None, None, text, 0, "{}"))
        sentences.append((article_id, 0, 0, 0, len(text)))
        for j, target in enumerate(record["targets"]):
            start, end = int(target["from"]), int(target["to"])
            mentions.append(
                (
                    article_id,
                    "newsmtsc",
                    f"t{j}",
                    text[start:end],
                    start,
                    end,
                    "name",
                    None,
                    None,
                    f"t{j}",
                )
            )
    return (
        pl.DataFrame(documents, schema=schemas.DOCUMENTS, orient="row"),
        pl.DataFrame(sentences, schema=schemas.SENTENCES, orient="row"),
        pl.DataFrame(mentions, schema=schemas.ACTOR_MENTIONS, orient="row"),
    )


def macro_f1(gold: list[str], predicted: list[str]) -> dict[str, float]:
    """F1 per class and their mean."""
    result = {}
    for label in CLASSES:
        tp = sum(g == label == p for g, p in zip(gold, predicted, strict=True))
        fp = sum(g != label == p for g, p in zip(gold, predicted, strict=True))
        fn = sum(p != label == g for g, p in zip(gold, predicted, strict=True))
        result[f"f1_{label}"] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    result["macro_f1"] = sum(result[f"f1_{c}"] for c in CLASSES) / len(CLASSES)
    return result


def vader_baseline(records: list[dict[str, Any]]) -> list[str]:
    """Sentence-level VADER label (compound ±0.05) repeated for each target."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    vader = SentimentIntensityAnalyzer()
    labels: list[str] = []
    for record in records:
        compound = vader.polarity_scores(record["sentence_normalized"])["compound"]
        label = "positive" if compound >= 0.05 else "negative" if compound <= -0.05 else "neutral"
        labels.extend(label for _ in record["targets"])
    return labels


def evaluate(path: Path, predictions: Path) -> dict[str, Any]:
    """Score every target of ``path``, write ``predictions`` (JSON lines), return the metrics."""
    records = read_records(path)
    documents, sentences, mentions = build_frames(records)
    no_terms = schemas.empty(schemas.LOADED_TERMS)
    began = time.perf_counter()
    scored = score_mentions(documents, sentences, mentions, no_terms)
    elapsed = time.perf_counter() - began
    # Throughput once the per-word caches are warm, as in a long run: the best of
    # three runs (as timeit reports), since other processes share the machine.
    warm = warm_cpu = float("inf")
    for _ in range(3):
        began, began_cpu = time.perf_counter(), time.process_time()
        score_mentions(documents, sentences, mentions, no_terms)
        warm = min(warm, time.perf_counter() - began)
        warm_cpu = min(warm_cpu, time.process_time() - began_cpu)
    label_of = {
        (a, t): label for a, t, label in scored.select("article_id", "actor", "label").iter_rows()
    }
    gold: list[str] = []
    predicted: list[str] = []
    with open(predictions, "w", encoding="utf-8") as out:
        for i, record in enumerate(records):
            for j, target in enumerate(record["targets"]):
                label = label_of[(str(i), f"t{j}")]
                gold.append(POLARITY[float(target["polarity"])])
                predicted.append(label)
                line = {
                    "primary_gid": record["primary_gid"],
                    "from": target["from"],
                    "to": target["to"],
                    "polarity": label,
                }
                out.write(json.dumps(line) + "\n")
    metrics: dict[str, Any] = {"dataset": "newsmtsc", "file": str(path)}
    metrics.update(macro_f1(gold, predicted))
    metrics["accuracy"] = sum(g == p for g, p in zip(gold, predicted, strict=True)) / max(
        len(gold), 1
    )
    metrics["n_targets"] = len(gold)
    metrics["n_predicted"] = len(predicted)
    metrics["targets_per_second_cold"] = round(len(gold) / elapsed) if elapsed > 0 else None
    metrics["targets_per_second"] = round(len(gold) / warm) if 0 < warm < float("inf") else None
    metrics["targets_per_cpu_second"] = (
        round(len(gold) / warm_cpu) if 0 < warm_cpu < float("inf") else None
    )
    metrics["vader_sentence_macro_f1"] = macro_f1(gold, vader_baseline(records))["macro_f1"]
    return metrics


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Evaluate target sentiment on NewsMTSC.")
    parser.add_argument("path", type=Path)
    parser.add_argument("--predictions", type=Path, required=True)
    args = parser.parse_args(argv)
    print(json.dumps(evaluate(args.path, args.predictions), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
