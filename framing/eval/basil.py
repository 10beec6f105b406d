"""BASIL (Fan et al., EMNLP 2019): lexical-bias spans and the voice they stand in.

Each article is rebuilt as title, blank line, then its sentences (one space
between sentences, a blank line between paragraphs) and run through the
ordinary pipeline. Predictions (DESIGN.md): loaded terms that are lexical bias
(``framing.loaded_terms.select_lexical_bias``) as ``{"kind": "term",
...}`` and quoted segments as ``{"kind": "voice", ..., "voice": "quoted",
"speaker"}``, with ``sentence_index`` −1 for the title and offsets inside the
sentence.

One departure from DESIGN.md, whose ``voice`` rows are "direct and reported
speech alike": BASIL's ``quote`` flag marks text inside quotation marks, so
the ``voice`` rows hold direct quotes only (the pipeline's ``direct_quote``
voice) and reported speech is written as ``{"kind": "reported_speech", ...,
"voice": "reported", "speaker"}``, kept but not scored as quoted. Measured on
the shared BASIL set: voice accuracy 0.930 this way, 0.834 with reported
speech counted as quoted (README).

Each prediction also names the article's ``triplet_uuid`` and ``source``: a
few BASIL articles share the uuid "empty", and the metrics tell articles apart
by all three fields.

Metrics:
- ``lexical_recall``: share of annotated *lexical* spans overlapped by a predicted term;
- ``precision``: share of predicted terms overlapping an annotated bias span
  (lexical or informational); ``precision_lexical`` against lexical spans only;
- ``voice_accuracy``: share of annotated lexical spans for which "inside a
  predicted quote" (a ``voice`` row) agrees with the annotation's ``quote``;
- ``speaker_accuracy``: among annotated quoted spans with a named speaker that
  fall in a predicted quote, share whose predicted speaker shares a name token.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import polars as pl

from framing.errors import InputError
from framing.eval.documents import build_documents, read_jsonl, require_fields, write_jsonl
from framing.eval.metrics import compute_f1, overlap_length
from framing.loaded_terms import select_lexical_bias

if TYPE_CHECKING:
    from framing.resources import Resources

#: The pipeline's voice → the prediction's ``(kind, voice)``: only direct quotes
#: are "quoted" in BASIL's sense (module docstring).
PREDICTED_VOICES = {
    "direct_quote": ("voice", "quoted"),
    "indirect_quote": ("reported_speech", "reported"),
}


@dataclass(frozen=True)
class Layout:
    """Where each sentence of one rebuilt article starts in its ``text``."""

    starts: list[int]  # absolute start of sentence k (title first, index −1)
    lengths: list[int]

    def locate(self, start: int, end: int) -> tuple[int, int, int] | None:
        """``(sentence_index, start, end)`` inside the sentence holding ``start``."""
        k = bisect_right(self.starts, start) - 1
        if k < 0 or start >= self.starts[k] + self.lengths[k]:
            return None
        local = start - self.starts[k]
        return k - 1, local, min(end - self.starts[k], self.lengths[k])


def rebuild_article(article: dict[str, Any]) -> tuple[str, str, Layout]:
    """The article's title and body text, and where each sentence lies."""
    title = str(article.get("title") or "")
    paragraphs = article.get("body_paragraphs")
    if not isinstance(paragraphs, list):
        raise InputError(f"BASIL article {article.get('uuid')} lacks body_paragraphs")
    starts, lengths = [0], [len(title)]
    position = len(title) + 2 if title else 0
    parts: list[str] = []
    for p_index, paragraph in enumerate(paragraphs):
        for s_index, sentence in enumerate(paragraph):
            separator = "\n\n" if p_index and not s_index else (" " if s_index else "")
            parts.append(separator + sentence)
            position += len(separator)
            starts.append(position)
            lengths.append(len(sentence))
            position += len(sentence)
    return title, "".join(parts), Layout(starts, lengths)


def article_key(record: dict[str, Any]) -> tuple[str, str, str]:
    """Which article a BASIL record belongs to: ``(uuid, triplet_uuid, source)``.

    ``uuid`` alone is not enough: some articles share the placeholder uuid
    "empty", and their spans must not be scored against each other's predictions.
    """
    uuid = record.get("article_uuid", record.get("uuid"))
    return str(uuid), str(record.get("triplet_uuid") or ""), str(record.get("source") or "")


def _predict(
    articles: list[dict[str, Any]], resources: Resources | None = None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    from framing.pipeline import analyze_documents
    from framing.resources import load_resources

    # The pipeline gets one distinct id per article (its row number), mapped back
    # to the article's key in the predictions.
    records, layouts, keys = [], {}, {}
    for row, article in enumerate(articles):
        title, body, layout = rebuild_article(article)
        records.append((str(row), title, body))
        layouts[str(row)] = layout
        keys[str(row)] = article_key(article)
    tables = analyze_documents(build_documents(records), resources or load_resources())
    terms = []
    for row, start, end, text in (
        select_lexical_bias(tables["loaded_terms"])
        .select("article_id", "start", "end", "text")
        .iter_rows()
    ):
        where = layouts[row].locate(start, end)
        if where is not None:
            terms.append(
                {
                    "kind": "term",
                    **_key_fields(keys[row]),
                    "sentence_index": where[0],
                    "start": where[1],
                    "end": where[2],
                    "term": text,
                }
            )
    voices = []
    spoken = tables["voices"].filter(pl.col("voice").is_in(list(PREDICTED_VOICES)))
    for row, start, end, voice, speaker in spoken.select(
        "article_id", "start", "end", "voice", "speaker"
    ).iter_rows():
        kind, label = PREDICTED_VOICES[voice]
        voices += _voice_pieces(keys[row], start, end, speaker, layouts[row], kind, label)
    return terms, voices


def _key_fields(key: tuple[str, str, str]) -> dict[str, str]:
    """The prediction fields naming an article: DESIGN.md's ``article_uuid`` plus the two
    fields that tell apart articles sharing a uuid."""
    return {"article_uuid": key[0], "triplet_uuid": key[1], "source": key[2]}


def _voice_pieces(
    key: tuple[str, str, str],
    start: int,
    end: int,
    speaker: str | None,
    layout: Layout,
    kind: str,
    voice: str,
) -> list[dict[str, Any]]:
    """A quote or reported-speech segment cut at sentence boundaries, one
    prediction per sentence."""
    pieces = []
    for k, (s_start, s_len) in enumerate(zip(layout.starts, layout.lengths, strict=True)):
        shared = overlap_length((start, end), (s_start, s_start + s_len))
        if shared:
            lo = max(start, s_start) - s_start
            pieces.append(
                {
                    "kind": kind,
                    **_key_fields(key),
                    "sentence_index": k - 1,
                    "start": lo,
                    "end": lo + shared,
                    "voice": voice,
                    "speaker": speaker,
                }
            )
    return pieces


def _name_tokens(name: str | None) -> set[str]:
    return {t for t in re.split(r"[\W_]+", (name or "").lower()) if len(t) > 2}


def score_basil(
    spans: list[dict[str, Any]], terms: list[dict[str, Any]], voices: list[dict[str, Any]]
) -> dict[str, Any]:
    """The BASIL metrics (module docstring) from gold spans and predictions."""

    def key(row: dict[str, Any]) -> tuple[tuple[str, str, str], int]:
        return article_key(row), int(row["sentence_index"])

    Key = tuple[tuple[str, str, str], int]
    gold_all: dict[Key, list[tuple[int, int]]] = {}
    gold_lex: dict[Key, list[tuple[int, int]]] = {}
    for s in spans:
        gold_all.setdefault(key(s), []).append((s["start"], s["end"]))
        if s["bias"] == "lex":
            gold_lex.setdefault(key(s), []).append((s["start"], s["end"]))
    pred: dict[Key, list[tuple[int, int]]] = {}
    for t in terms:
        pred.setdefault(key(t), []).append((t["start"], t["end"]))
    quotes: dict[Key, list[dict[str, Any]]] = {}
    for v in voices:
        if v.get("kind", "voice") == "voice":
            quotes.setdefault(key(v), []).append(v)

    lex = [s for s in spans if s["bias"] == "lex"]
    found = sum(
        any(overlap_length((s["start"], s["end"]), p) for p in pred.get(key(s), [])) for s in lex
    )
    on_bias = on_lex = 0
    for k, predicted in pred.items():
        on_bias += sum(any(overlap_length(p, g) for g in gold_all.get(k, [])) for p in predicted)
        on_lex += sum(any(overlap_length(p, g) for g in gold_lex.get(k, [])) for p in predicted)
    n_pred = sum(len(v) for v in pred.values())

    voice_right = speaker_total = speaker_right = 0
    for s in lex:
        inside = [
            q
            for q in quotes.get(key(s), [])
            if overlap_length((s["start"], s["end"]), (q["start"], q["end"])) > 0
        ]
        voice_right += bool(inside) == (s.get("quote") == "yes")
        gold_speaker = str(s.get("speaker") or "")
        if (
            s.get("quote") == "yes"
            and inside
            and gold_speaker
            and not gold_speaker.startswith("other")
        ):
            speaker_total += 1
            speaker_right += bool(_name_tokens(gold_speaker) & _name_tokens(inside[0]["speaker"]))
    recall = found / len(lex) if lex else 0.0
    precision = on_bias / n_pred if n_pred else 0.0
    return {
        "lexical_recall": round(recall, 4),
        "precision": round(precision, 4),
        "f1": round(compute_f1(precision, recall), 4),
        "precision_lexical": round(on_lex / n_pred, 4) if n_pred else 0.0,
        "voice_accuracy": round(voice_right / len(lex), 4) if lex else 0.0,
        "speaker_accuracy": round(speaker_right / speaker_total, 4) if speaker_total else 0.0,
        "n_lexical_spans": len(lex),
        "n_bias_spans": len(spans),
        "n_predicted_terms": n_pred,
        "n_speaker_checked": speaker_total,
    }


def evaluate(
    path: Path, predictions: Path, *, resources: Resources | None = None
) -> dict[str, Any]:
    """Run the pipeline on BASIL at ``path`` (a folder), write predictions, return
    metrics (``resources``: the lexicons to use, the built-in ones by default)."""
    path = Path(path)
    articles = read_jsonl(path / "articles.jsonl")
    where = path / "span_annotations.jsonl"
    spans = read_jsonl(where)
    # A span without ``quote`` counts as not quoted; without ``speaker``, as unnamed.
    require_fields(
        spans,
        ("sentence_index", "start", "end", "bias"),
        where,
        ints=("sentence_index", "start", "end"),
    )
    for number, span in enumerate(spans, start=1):
        if "article_uuid" not in span and "uuid" not in span:
            raise InputError(f"{where}: record {number} lacks article_uuid")
    terms, voices = _predict(articles, resources)
    write_jsonl(predictions, [*terms, *voices])
    return {"dataset": "basil", "n_articles": len(articles), **score_basil(spans, terms, voices)}
