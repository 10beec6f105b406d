"""The analysis core: documents in, the contract tables out.

``analyze_documents`` runs every per-article stage on one batch of documents;
``analyze`` reads a corpus in batches and concatenates the results.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import polars as pl

from framing import schemas
from framing.attribution import attribute_voices
from framing.crosslinks import find_crosslinks
from framing.loaded_terms import find_loaded_terms
from framing.mentions import find_actor_mentions
from framing.readers import ColumnOptions, read_corpus
from framing.resources import Resources, load_resources
from framing.sentences import split_sentences
from framing.sentiment import score_actor_sentiment

Tables = dict[str, pl.DataFrame]


def count_words(documents: pl.DataFrame) -> pl.Series:
    """Words in the body (headline excluded), counted as runs of letters or digits."""
    return (
        documents.select(
            pl.col("text").str.slice(pl.col("body_start")).str.count_matches(r"\w+(?:['’\-]\w+)*")
        )
        .to_series()
        .cast(pl.Int64)
    )


def analyze_documents(documents: pl.DataFrame, resources: Resources) -> Tables:
    """Every per-article stage on one batch; returns the per-article contract tables."""
    documents = schemas.conform(documents, schemas.DOCUMENTS)
    sentences = split_sentences(documents)
    crosslinks = find_crosslinks(documents)
    voices, sources = attribute_voices(documents, sentences, crosslinks, resources.actors)
    loaded = find_loaded_terms(documents, voices, resources.lexicon, resources.actors)
    mentions = find_actor_mentions(documents, sentences, voices, resources.actors)
    sentiment = score_actor_sentiment(documents, sentences, voices, mentions, loaded)
    n_sentences = sentences.filter(pl.col("sentence_index") >= 0).group_by("article_id").len(
        name="n_sentences"
    )
    articles = (
        documents.with_columns(n_words=count_words(documents))
        .join(n_sentences, on="article_id", how="left")
        .with_columns(pl.col("n_sentences").fill_null(0))
    )
    return {
        "articles": schemas.conform(articles, schemas.ARTICLES),
        "voices": schemas.conform(voices, schemas.VOICES),
        "loaded_terms": schemas.conform(loaded, schemas.LOADED_TERMS),
        "sources": schemas.conform(sources, schemas.SOURCES),
        "crosslinks": schemas.conform(crosslinks, schemas.CROSSLINKS),
        "actor_mentions": schemas.conform(mentions, schemas.ACTOR_MENTIONS),
        "actor_sentiment": schemas.conform(sentiment, schemas.ACTOR_SENTIMENT),
    }


def concat_tables(parts: Iterable[Tables]) -> Tables:
    """Concatenate batch results table by table (every table present, even if empty)."""
    collected: dict[str, list[pl.DataFrame]] = {name: [] for name in schemas.TABLES}
    for part in parts:
        for name, frame in part.items():
            collected[name].append(frame)
    return {
        name: pl.concat(frames) if frames else schemas.empty(schemas.TABLES[name])
        for name, frames in collected.items()
    }


def analyze(
    inputs: Sequence[str | Path],
    *,
    columns: ColumnOptions | None = None,
    lexicons: Sequence[Path] = (),
    actors: Sequence[Path] = (),
    strict: bool = False,
    batch_size: int = 500,
) -> Tables:
    """Read ``inputs`` and return every contract table as a polars frame.

    Raises ``FramingError`` for unreadable inputs, and ``BadRecordError`` for the
    first bad record when ``strict`` is set; otherwise bad records are in the
    ``quarantine`` table.
    """
    resources = load_resources(lexicons=lexicons, actors=actors)

    def batches() -> Iterable[Tables]:
        for batch in read_corpus(
            inputs, columns=columns or ColumnOptions(), strict=strict, batch_size=batch_size
        ):
            tables = analyze_documents(batch.documents, resources)
            tables["quarantine"] = batch.quarantine
            yield tables

    return concat_tables(batches())
