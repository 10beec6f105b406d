"""PTC (SemEval-2020 task 11): Loaded_Language and Name_Calling,Labeling spans.

Each article's ``text`` runs through the ordinary pipeline as a document
without a separate title (the text keeps its own first line), so offsets are
the dataset's. Predictions (DESIGN.md): ``{"article_id", "start", "end"}`` per
loaded term that is lexical bias (``framing.loaded_terms.select_lexical_bias``). Each loaded term is predicted as its phrase (``framing.loaded_phrases``: the
term plus the content word on each side), since PTC annotates phrases, not
words. Metric: span F1 with partial credit by overlap, as in SemEval-2020
task 11, against the union of the two techniques' spans.

The scored word list in ``framing/data/lexicons`` is learned from the PTC
articles of the *learning* half (``is_held_out`` false), so figures are
reported separately for the held-out half, the only unseen part.
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

import polars as pl

from framing.errors import InputError
from framing.eval.documents import build_documents, read_jsonl, require_fields, write_jsonl
from framing.eval.metrics import Span, score_partial_credit
from framing.loaded_phrases import extend_to_phrases
from framing.loaded_terms import select_lexical_bias

if TYPE_CHECKING:
    from framing.resources import Resources

TECHNIQUES = ("Loaded_Language", "Name_Calling,Labeling")


def is_held_out(article_id: str) -> bool:
    """Whether an article is in the held-out half (never used to learn a list)."""
    return zlib.crc32(article_id.encode()) % 2 == 1


def gold_spans(articles: list[dict[str, Any]]) -> dict[str, list[Span]]:
    """Loaded-language and name-calling spans per article."""
    return {
        str(a["article_id"]): [
            (int(s["start"]), int(s["end"]))
            for s in a.get("technique_spans", [])
            if s.get("technique") in TECHNIQUES
        ]
        for a in articles
    }


def phrase_spans(phrases: pl.DataFrame) -> dict[str, list[Span]]:
    """The predicted spans per article: each row's ``phrase_start``–``phrase_end``."""
    predicted: dict[str, list[Span]] = {}
    for article_id, start, end in phrases.select(
        "article_id", "phrase_start", "phrase_end"
    ).iter_rows():
        predicted.setdefault(article_id, []).append((start, end))
    return predicted


def evaluate(
    path: Path, predictions: Path, *, resources: Resources | None = None
) -> dict[str, Any]:
    """Run the pipeline on PTC articles, write predictions, return metrics
    (``resources``: the lexicons to use, the built-in ones by default)."""
    from framing.pipeline import analyze_documents
    from framing.resources import load_resources

    articles = read_jsonl(Path(path))
    require_fields(articles, ("article_id", "text"), Path(path))
    for article in articles:
        spans = article.get("technique_spans", [])
        if not isinstance(spans, list):
            raise InputError(
                f"{path}: article {article['article_id']}: technique_spans is not a list"
            )
        require_fields(
            spans,
            ("technique", "start", "end"),
            f"{path}: article {article['article_id']} technique_spans",
            ints=("start", "end"),
        )
    documents = build_documents([(str(a["article_id"]), "", str(a["text"])) for a in articles])
    terms = select_lexical_bias(
        analyze_documents(documents, resources or load_resources())["loaded_terms"]
    )
    predicted = phrase_spans(extend_to_phrases(documents, terms))
    write_jsonl(
        predictions,
        (
            {"article_id": a, "start": s, "end": e}
            for a, spans in predicted.items()
            for s, e in spans
        ),
    )
    gold = gold_spans(articles)
    held = {a for a in gold if is_held_out(a)}
    part = {
        "held_out": score_partial_credit(
            {a: s for a, s in predicted.items() if a in held}, {a: gold[a] for a in held}
        ).as_dict(),
        "all": score_partial_credit(predicted, gold).as_dict(),
    }
    return {
        "dataset": "ptc",
        "n_articles": len(articles),
        "n_held_out": len(held),
        **part["held_out"],
        "all_articles": part["all"],
    }
