"""BABE (Spinde et al., 2021): the words annotators marked as biased in news sentences.

Each row's sentence runs through the ordinary pipeline as a document without a
title. Predictions (DESIGN.md): per row ``{"row", "biased_words": [...]}``, the
words inside the loaded terms found that are lexical bias
(``framing.loaded_terms.select_lexical_bias``: term-choice labels left out).
Metric: word-level precision/recall/F1, micro-averaged over rows (lower-cased
word sets, so a word counts once per row).
"""

from __future__ import annotations

import ast
import csv
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from framing.errors import InputError
from framing.eval.documents import build_documents, write_jsonl
from framing.eval.metrics import score_word_sets
from framing.loaded_terms import select_lexical_bias

if TYPE_CHECKING:
    from framing.resources import Resources

_WORD = re.compile(r"\w+(?:['’]\w+)*")


def words_of(text: str) -> set[str]:
    """Lower-cased words of ``text`` (the unit BABE annotates)."""
    return {w.lower() for w in _WORD.findall(text)}


def read_babe(path: Path) -> list[dict[str, str]]:
    """The rows of a BABE CSV; raises InputError when a required column is missing."""
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    if rows and not {"row", "text", "biased_words"} <= set(rows[0]):
        raise InputError(f"{path}: a BABE file needs the columns row, text and biased_words")
    return rows


def parse_biased_words(cell: str, *, where: str) -> set[str]:
    """The gold word set from the ``biased_words`` cell (a Python-style list)."""
    try:
        value = ast.literal_eval(cell) if cell.strip() else []
    except (ValueError, SyntaxError) as exc:
        raise InputError(f"{where}: biased_words is not a list: {cell[:60]!r}") from exc
    return {w.lower() for item in value for w in _WORD.findall(str(item))}


def evaluate(
    path: Path, predictions: Path, *, resources: Resources | None = None
) -> dict[str, Any]:
    """Run the pipeline on every BABE sentence, write predictions, return metrics
    (``resources``: the lexicons to use, the built-in ones by default)."""
    from framing.pipeline import analyze_documents
    from framing.resources import load_resources

    rows = read_babe(Path(path))
    ids = [f"row{r['row']}" for r in rows]
    documents = build_documents([(i, "", r["text"]) for i, r in zip(ids, rows, strict=True)])
    terms = select_lexical_bias(
        analyze_documents(documents, resources or load_resources())["loaded_terms"]
    )
    found: dict[str, set[str]] = {}
    for article_id, text in terms.select("article_id", "text").iter_rows():
        found.setdefault(article_id, set()).update(words_of(text))
    predicted = [found.get(i, set()) for i in ids]
    gold = [parse_biased_words(r["biased_words"], where=f"{path} row {r['row']}") for r in rows]
    write_jsonl(
        predictions,
        (
            {"row": int(r["row"]), "biased_words": sorted(p)}
            for r, p in zip(rows, predicted, strict=True)
        ),
    )
    return {"dataset": "babe", "n_rows": len(rows), **score_word_sets(predicted, gold).as_dict()}
