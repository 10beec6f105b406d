"""Loaded terms. STUB (temporary): the loaded-language area replaces this."""

from __future__ import annotations

from typing import Any

import polars as pl

from framing import schemas


def find_loaded_terms(
    documents: pl.DataFrame, voices: pl.DataFrame, lexicon: Any, actors: Any
) -> pl.DataFrame:
    return schemas.empty(schemas.LOADED_TERMS)
