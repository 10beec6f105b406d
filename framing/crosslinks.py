"""Cross-link lines. STUB (temporary): the attribution area replaces this."""

from __future__ import annotations

import polars as pl

from framing import schemas


def find_crosslinks(documents: pl.DataFrame) -> pl.DataFrame:
    return schemas.empty(schemas.CROSSLINKS)
