"""Actor mentions. STUB (temporary): the actors area replaces this."""

from __future__ import annotations

from typing import Any

import polars as pl

from framing import schemas


def find_actor_mentions(
    documents: pl.DataFrame, sentences: pl.DataFrame, voices: pl.DataFrame, actors: Any
) -> pl.DataFrame:
    return schemas.empty(schemas.ACTOR_MENTIONS)
