"""Actor sentiment. STUB (temporary): the actors area replaces this."""

from __future__ import annotations

import polars as pl

from framing import schemas


def score_actor_sentiment(
    documents: pl.DataFrame,
    sentences: pl.DataFrame,
    voices: pl.DataFrame,
    mentions: pl.DataFrame,
    loaded_terms: pl.DataFrame,
) -> pl.DataFrame:
    return schemas.empty(schemas.ACTOR_SENTIMENT)
