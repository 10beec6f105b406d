"""Voices and sources. STUB (temporary): the attribution area replaces this."""

from __future__ import annotations

from typing import Any

import polars as pl

from framing import schemas


def attribute_voices(
    documents: pl.DataFrame, sentences: pl.DataFrame, crosslinks: pl.DataFrame, actors: Any
) -> tuple[pl.DataFrame, pl.DataFrame]:
    return schemas.empty(schemas.VOICES), schemas.empty(schemas.SOURCES)
