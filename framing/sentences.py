"""Sentence splitting. STUB (temporary): the segmentation area replaces this."""

from __future__ import annotations

import polars as pl

from framing import schemas


def split_sentences(documents: pl.DataFrame) -> pl.DataFrame:
    return schemas.empty(schemas.SENTENCES)
