"""Real news sentences from the AllSides benchmark corpus, for library-equality tests."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import polars as pl

# A rough cut after sentence-final punctuation and at line breaks: the tests need
# real news text with its quotes, capitals and punctuation, not exact sentences.
_CUT = re.compile(r"(?<=[.!?])\s+|\n+")


@lru_cache(maxsize=4)
def real_sentences(shared_dir: Path, n: int) -> tuple[str, ...]:
    """The first ``n`` non-empty sentence-like pieces of the first AllSides articles."""
    texts = (
        pl.scan_parquet(shared_dir / "bench" / "allsides.parquet")
        .select("content_original")
        .head(400)
        .collect()
        .to_series()
    )
    pieces: list[str] = []
    for text in texts:
        pieces.extend(p for p in _CUT.split(text or "") if p.strip())
        if len(pieces) >= n:
            break
    return tuple(pieces[:n])
