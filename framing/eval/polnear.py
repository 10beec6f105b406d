"""PolNeAR: attribution (source, cue, content) in US political news.

Each line of a PolNeAR file holds an article's ``text`` and ``annotations``:
annotator id → attributions, each with ``source``, ``cue`` and ``content``
parts made of character ``segments``. The adapter runs the ordinary pipeline
(``framing.pipeline.analyze_documents``; the title is left out, so offsets are
into ``text`` and ``body_start`` is 0) and turns every SOURCES row into one
prediction ``{"filename", "source": [s, e] | null, "cue": [s, e] | null,
"content": [s, e]}``.

Metrics (DESIGN.md):
- content-span F1 at Jaccard >= 0.3 and >= 0.8: predictions and gold
  attributions are matched one to one, best character Jaccard first. Recall is
  over the gold attributions whose cue is a verb or noun of saying or
  reporting (a cue holding a form listed in ``framing/data/polnear_speech_cues.toml``,
  a list frozen apart from the tool's own lexicon so that lexicon edits never
  change what is counted);
  precision is over every prediction, matched against every gold attribution,
  because PolNeAR also annotates beliefs and perceptions, which are right
  answers even though the tool is not asked to find them.
- source accuracy: among gold speech attributions matched at 0.3 that have a
  source, the share whose predicted source span overlaps the gold source.
- cue F1: recall = gold speech attributions whose cue a predicted cue
  overlaps; precision = predicted cues that overlap any gold cue.

Several annotators: 16 of 840 training articles were annotated by five or six
people; the gold standard is the first annotator listed in the article's
``annotators`` field (the others are ignored, so no article counts twice).

    python -m framing.eval.polnear ../shared/eval/polnear/dev.jsonl --predictions out.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import polars as pl

from framing import schemas
from framing.cues import words_to_regex
from framing.datafiles import read_data_toml
from framing.errors import InputError, LexiconError

if TYPE_CHECKING:
    from framing.resources import Resources

Span = tuple[int, int]
THRESHOLDS = (0.3, 0.8)


@dataclass(frozen=True)
class GoldAttribution:
    content: tuple[Span, ...]
    cue: tuple[Span, ...]
    source: tuple[Span, ...]
    cue_text: str
    speech: bool  # the cue is a verb or noun of saying or reporting


@dataclass(frozen=True)
class Prediction:
    content: Span
    cue: Span | None
    source: Span | None


@lru_cache(maxsize=1)
def speech_cue_pattern() -> re.Pattern[str]:
    """Matches a cue of saying or reporting (the frozen evaluation list)."""
    try:
        forms = read_data_toml("polnear_speech_cues.toml")["cues"]["forms"]
    except KeyError as exc:
        raise LexiconError(f"framing/data/polnear_speech_cues.toml: lacks {exc}") from exc
    return re.compile(rf"(?<![\w’'-])(?:{words_to_regex(forms)})(?![\w’'-])", re.IGNORECASE)


def read_records(path: Path, *, limit: int | None = None) -> list[dict[str, Any]]:
    """The records of a PolNeAR ``.jsonl`` file (the first ``limit`` when given)."""
    records: list[dict[str, Any]] = []
    try:
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    records.append(json.loads(line))
                if limit is not None and len(records) >= limit:
                    break
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read PolNeAR file {path}: {exc}") from exc
    for number, record in enumerate(records, start=1):
        problem = _record_problem(record)
        if problem:
            raise InputError(f"{path}: record {number}: {problem}")
    return records


def _is_segment(value: Any) -> bool:
    return (
        isinstance(value, list | tuple)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    )


def _record_problem(record: Any) -> str | None:
    """What is wrong with one record's shape (None when nothing is): ``filename``
    and ``text``, and ``annotations`` mapping annotators to lists of
    attributions whose parts are lists of ``{"segments": [[start, end], ...]}``."""
    if not isinstance(record, dict):
        return "not an object"
    missing = [f for f in ("filename", "text") if f not in record]
    if missing:
        return f"lacks {', '.join(missing)}"
    annotations = record.get("annotations") or {}
    if not isinstance(annotations, dict):
        return "annotations is not an object of annotators"
    for annotator, items in annotations.items():
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            return f"annotations of {annotator} are not a list of attributions"
        for item in items:
            for name in ("source", "cue", "content"):
                parts = item.get(name) or []
                if not isinstance(parts, list) or not all(
                    isinstance(p, dict)
                    and isinstance(p.get("segments"), list)
                    and all(_is_segment(seg) for seg in p["segments"])
                    for p in parts
                ):
                    return f"{name} of an attribution by {annotator} is not a list of segments"
    return None


def _segments(parts: Iterable[dict[str, Any]] | None) -> tuple[Span, ...]:
    return tuple(sorted((int(s), int(e)) for part in parts or () for s, e in part["segments"]))


def gold_attributions(record: dict[str, Any]) -> list[GoldAttribution]:
    """The first listed annotator's attributions that have content."""
    annotations: dict[str, list[dict[str, Any]]] = record.get("annotations") or {}
    if not annotations:
        return []
    listed = [a for a in str(record.get("annotators", "")).split("|") if a in annotations]
    annotator = listed[0] if listed else sorted(annotations)[0]
    speech = speech_cue_pattern()
    text = record["text"]
    gold = []
    for item in annotations[annotator]:
        content = _segments(item.get("content"))
        if not content:
            continue
        cue = _segments(item.get("cue"))
        cue_text = " ".join(text[s:e] for s, e in cue)
        gold.append(
            GoldAttribution(
                content=content,
                cue=cue,
                source=_segments(item.get("source")),
                cue_text=cue_text,
                speech=bool(cue_text) and speech.search(cue_text) is not None,
            )
        )
    return gold


def build_documents(records: Sequence[dict[str, Any]]) -> pl.DataFrame:
    """DOCUMENTS: one per article, text as given, no title (``body_start`` 0)."""
    rows = [
        (r["filename"], r.get("publisher"), "", None, None, None, r["text"], 0, "{}")
        for r in records
    ]
    return pl.DataFrame(rows, schema=schemas.DOCUMENTS, orient="row")


def predictions_from_sources(sources: pl.DataFrame) -> dict[str, list[Prediction]]:
    """One prediction per attribution: the venue rows repeat an attribution, so they are
    dropped (same cue and content as the attribution they come from), and the rows of a
    joint subject's speakers ("Pelosi and Schumer said") make one prediction whose source
    spans them all, as PolNeAR marks a coordinated source."""
    out: dict[str, list[Prediction]] = {}
    seen: dict[tuple[str, int, int, int], int] = {}
    for row in sources.iter_rows(named=True):
        key = (row["article_id"], row["cue_start"], row["content_start"], row["content_end"])
        source = (
            (row["source_start"], row["source_end"]) if row["source_start"] is not None else None
        )
        if key in seen:
            if row["role"] != "venue" and source is not None:
                kept = out[row["article_id"]][seen[key]]
                if kept.source is not None:
                    spanned = (min(kept.source[0], source[0]), max(kept.source[1], source[1]))
                    out[row["article_id"]][seen[key]] = replace(kept, source=spanned)
            continue
        cue = (row["cue_start"], row["cue_end"]) if row["cue_start"] is not None else None
        predictions = out.setdefault(row["article_id"], [])
        seen[key] = len(predictions)
        predictions.append(Prediction((row["content_start"], row["content_end"]), cue, source))
    return out


def jaccard(span: Span, segments: Sequence[Span]) -> float:
    """Character Jaccard of ``span`` with the union of ``segments``."""
    inter = sum(max(0, min(span[1], e) - max(span[0], s)) for s, e in segments)
    size = sum(e - s for s, e in segments)
    union = (span[1] - span[0]) + size - inter
    return inter / union if union > 0 else 0.0


def _overlaps(span: Span | None, segments: Sequence[Span]) -> bool:
    return span is not None and any(span[0] < e and s < span[1] for s, e in segments)


def match(
    predicted: Sequence[Prediction], gold: Sequence[GoldAttribution], threshold: float
) -> list[tuple[int, int]]:
    """One-to-one pairs (prediction index, gold index), best Jaccard first, each >= threshold."""
    pairs = sorted(
        (
            (jaccard(p.content, g.content), i, j)
            for i, p in enumerate(predicted)
            for j, g in enumerate(gold)
            if p.content[0] < g.content[-1][1] and g.content[0][0] < p.content[1]
        ),
        reverse=True,
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    matched = []
    for score, i, j in pairs:
        if score < threshold:
            break
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        matched.append((i, j))
    return matched


def score(
    predicted: dict[str, list[Prediction]], gold: dict[str, list[GoldAttribution]]
) -> dict[str, Any]:
    """The PolNeAR metrics over all articles (see the module docstring)."""
    counts: dict[str, float] = {
        "n_pred": 0,
        "n_gold": 0,
        "n_gold_speech": 0,
        "cue_hit_pred": 0,
        "cue_hit_gold": 0,
        "source_right": 0,
        "source_total": 0,
    }
    for t in THRESHOLDS:
        counts[f"p_hit_{t}"] = 0
        counts[f"r_hit_{t}"] = 0
    for article, gold_items in gold.items():
        preds = predicted.get(article, [])
        speech = [g for g in gold_items if g.speech]
        counts["n_pred"] += len(preds)
        counts["n_gold"] += len(gold_items)
        counts["n_gold_speech"] += len(speech)
        for t in THRESHOLDS:
            counts[f"p_hit_{t}"] += len(match(preds, gold_items, t))
            pairs = match(preds, speech, t)
            counts[f"r_hit_{t}"] += len(pairs)
            if t == THRESHOLDS[0]:
                for i, j in pairs:
                    if speech[j].source:
                        counts["source_total"] += 1
                        counts["source_right"] += _overlaps(preds[i].source, speech[j].source)
        all_cues = [s for g in gold_items for s in g.cue]
        counts["cue_hit_pred"] += sum(_overlaps(p.cue, all_cues) for p in preds)
        counts["cue_hit_gold"] += sum(any(_overlaps(p.cue, g.cue) for p in preds) for g in speech)

    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def ratio(a: float, b: float) -> float:
        return a / b if b else 0.0

    result: dict[str, Any] = {}
    for t in THRESHOLDS:
        p = ratio(counts[f"p_hit_{t}"], counts["n_pred"])
        r = ratio(counts[f"r_hit_{t}"], counts["n_gold_speech"])
        result[f"content_precision_{t}"] = round(p, 4)
        result[f"content_recall_{t}"] = round(r, 4)
        result[f"content_f1_{t}"] = round(f1(p, r), 4)
    result["source_accuracy"] = round(ratio(counts["source_right"], counts["source_total"]), 4)
    cue_p = ratio(counts["cue_hit_pred"], counts["n_pred"])
    cue_r = ratio(counts["cue_hit_gold"], counts["n_gold_speech"])
    result["cue_precision"] = round(cue_p, 4)
    result["cue_recall"] = round(cue_r, 4)
    result["cue_f1"] = round(f1(cue_p, cue_r), 4)
    result["n_articles"] = len(gold)
    result["n_gold"] = int(counts["n_gold"])
    result["n_gold_speech"] = int(counts["n_gold_speech"])
    result["n_predicted"] = int(counts["n_pred"])
    return result


def evaluate(
    path: Path,
    predictions: Path,
    *,
    limit: int | None = None,
    resources: Resources | None = None,
) -> dict[str, Any]:
    """Run the pipeline on ``path``, write ``predictions`` (JSON lines), return the metrics."""
    from framing.pipeline import analyze_documents
    from framing.resources import load_resources

    records = read_records(path, limit=limit)
    resources = resources or load_resources()
    documents = build_documents(records)
    began = time.perf_counter()
    sources = analyze_documents(documents, resources)["sources"]
    elapsed = time.perf_counter() - began
    predicted = predictions_from_sources(sources)
    gold = {r["filename"]: gold_attributions(r) for r in records}
    with open(predictions, "w", encoding="utf-8") as out:
        for record in records:
            for p in predicted.get(record["filename"], []):
                line = {
                    "filename": record["filename"],
                    "source": list(p.source) if p.source else None,
                    "cue": list(p.cue) if p.cue else None,
                    "content": list(p.content),
                }
                out.write(json.dumps(line) + "\n")
    metrics: dict[str, Any] = {"dataset": "polnear", "file": str(path)}
    metrics.update(score(predicted, gold))
    metrics["articles_per_second"] = round(len(records) / elapsed, 1) if elapsed > 0 else None
    return metrics


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Evaluate attribution on PolNeAR.")
    parser.add_argument("path", type=Path)
    parser.add_argument("--predictions", type=Path, required=True)
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = parser.parse_args(argv)
    print(json.dumps(evaluate(args.path, args.predictions, limit=args.limit), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
