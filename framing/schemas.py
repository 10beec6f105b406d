"""Table schemas: declared once, used by every stage and validated at the boundary.

Offsets (`start`, `end`, `*_start`, `*_end`) are character offsets into the
``text`` column of the ARTICLES frame, so ``text[start:end]`` gives back the span.
"""

from __future__ import annotations

import polars as pl

#: Articles as read, before analysis. ``text`` is what every offset points into:
#: the headline (if any), a blank line, then the body as read; ``body_start`` is
#: where the body begins. ``meta`` holds any further input columns as JSON.
DOCUMENTS = pl.Schema(
    {
        "article_id": pl.String,
        "outlet": pl.String,
        "title": pl.String,
        "published": pl.Date,
        "url": pl.String,
        "source_path": pl.String,
        "text": pl.String,
        "body_start": pl.Int64,
        "meta": pl.String,
    }
)

ARTICLES = pl.Schema(
    {
        "article_id": pl.String,
        "outlet": pl.String,
        "title": pl.String,
        "published": pl.Date,
        "url": pl.String,
        "source_path": pl.String,
        "n_words": pl.Int64,
        "n_sentences": pl.Int64,
        "text": pl.String,
        "body_start": pl.Int64,
        "meta": pl.String,
    }
)

#: One row per sentence (a stage input for the detectors; not a contract table).
SENTENCES = pl.Schema(
    {
        "article_id": pl.String,
        "sentence_index": pl.Int64,  # -1 for the headline
        "paragraph_index": pl.Int64,
        "start": pl.Int64,
        "end": pl.Int64,
    }
)

VOICES = pl.Schema(
    {
        "article_id": pl.String,
        "start": pl.Int64,
        "end": pl.Int64,
        "voice": pl.String,  # headline | author | direct_quote | indirect_quote | crosslink
        "speaker": pl.String,
        "speaker_actor": pl.String,
    }
)

LOADED_TERMS = pl.Schema(
    {
        "article_id": pl.String,
        "outlet": pl.String,
        "start": pl.Int64,
        "end": pl.Int64,
        "text": pl.String,
        "entry": pl.String,
        "category": pl.String,
        "stance": pl.String,
        "lexicon": pl.String,
        "target_actor": pl.String,
        "voice": pl.String,
        "speaker": pl.String,
        # framing.context_score with --context (0.5 = its decision point); null otherwise
        "context_score": pl.Float64,
    }
)

SOURCES = pl.Schema(
    {
        "article_id": pl.String,
        "outlet": pl.String,
        "source": pl.String,
        "source_type": pl.String,  # person | organization | outlet | document | anonymous
        "actor": pl.String,
        "role": pl.String,
        "kind": pl.String,  # direct | indirect | according_to | statement | report
        "cue": pl.String,
        "cue_stance": pl.String,  # neutral | doubt | concession | insistence | confirmation | ...
        # the cue is negated: "did not say", "would not comment on", "has never claimed"
        "negated": pl.Boolean,
        "cue_start": pl.Int64,
        "cue_end": pl.Int64,
        "content_start": pl.Int64,
        "content_end": pl.Int64,
        "source_start": pl.Int64,
        "source_end": pl.Int64,
        "venue": pl.String,
        "source_id": pl.String,  # ledger key: one per source per article, however named
    }
)

CROSSLINKS = pl.Schema(
    {
        "article_id": pl.String,
        "outlet": pl.String,
        "kind": pl.String,  # read | related | see_also | inline
        "text": pl.String,
        "start": pl.Int64,
        "end": pl.Int64,
    }
)

ACTOR_MENTIONS = pl.Schema(
    {
        "article_id": pl.String,
        "outlet": pl.String,
        "actor": pl.String,
        "text": pl.String,
        "start": pl.Int64,
        "end": pl.Int64,
        "mention_type": pl.String,  # name | demonym | metonym | person | pronoun | nominal
        "voice": pl.String,
        "speaker": pl.String,
        "speaks_for": pl.String,  # whom a person mention speaks for (country...); else = actor
    }
)

ACTOR_SENTIMENT = pl.Schema(
    {
        "article_id": pl.String,
        "outlet": pl.String,
        "actor": pl.String,
        "voice_group": pl.String,  # all | author | quoted | speaker (one row per quoted speaker)
        "n_mentions": pl.Int64,
        "sentiment": pl.Float64,  # target-aware score in [-1, 1]
        "label": pl.String,  # negative | neutral | positive
        "vader": pl.Float64,  # mean sentence-level VADER compound (input, kept for audit)
        "textblob": pl.Float64,  # mean sentence-level TextBlob polarity (input, kept for audit)
        "speaker": pl.String,  # the quoted speaker of a "speaker" row; null on the other rows
    }
)

OUTLET_SUMMARY = pl.Schema(
    {
        "outlet": pl.String,
        "n_articles": pl.Int64,
        "n_words": pl.Int64,
        "loaded_per_1k_author": pl.Float64,
        "loaded_per_1k_quoted": pl.Float64,
        "sources_per_article": pl.Float64,
        "distinct_sources": pl.Int64,
        "crosslinks_per_article": pl.Float64,
    }
)

DISTINCTIVE_TERMS = pl.Schema(
    {
        "outlet": pl.String,
        "term": pl.String,
        "count": pl.Int64,
        "z": pl.Float64,
    }
)

QUARANTINE = pl.Schema(
    {
        "source_path": pl.String,
        "record": pl.String,
        "reason": pl.String,
    }
)

#: The contract tables, by name, in the order they are written.
TABLES: dict[str, pl.Schema] = {
    "articles": ARTICLES,
    "voices": VOICES,
    "loaded_terms": LOADED_TERMS,
    "sources": SOURCES,
    "crosslinks": CROSSLINKS,
    "actor_mentions": ACTOR_MENTIONS,
    "actor_sentiment": ACTOR_SENTIMENT,
    "quarantine": QUARANTINE,
}


def empty(schema: pl.Schema) -> pl.DataFrame:
    """An empty frame of ``schema``."""
    return pl.DataFrame(schema=schema)


def conform(frame: pl.DataFrame, schema: pl.Schema) -> pl.DataFrame:
    """Return ``frame`` with exactly ``schema``'s columns, in order and type.

    Raises ``SchemaError`` naming the missing columns; extra columns are dropped.
    """
    from framing.errors import SchemaError

    missing = [name for name in schema if name not in frame.columns]
    if missing:
        raise SchemaError(f"frame lacks columns {missing}; it has {frame.columns}")
    return frame.select([pl.col(name).cast(dtype) for name, dtype in schema.items()])
