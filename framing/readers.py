"""Corpus readers. STUB (temporary): only plain .txt files; the readers area replaces this."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from framing import schemas


@dataclass(frozen=True)
class ColumnOptions:
    """Column names chosen by the user (None: auto-detect)."""

    text: str | None = None
    outlet: str | None = None
    id: str | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class ReadBatch:
    documents: pl.DataFrame  # schemas.DOCUMENTS
    quarantine: pl.DataFrame  # schemas.QUARANTINE


def read_corpus(
    inputs: Sequence[str | Path],
    *,
    columns: ColumnOptions,
    strict: bool = False,
    batch_size: int = 500,
) -> Iterator[ReadBatch]:
    rows = []
    for inp in inputs:
        p = Path(inp)
        files = sorted(p.rglob("*.txt")) if p.is_dir() else [p]
        for f in files:
            rows.append((f.stem, "unknown", "", None, "", str(f), f.read_text("utf-8"), 0, "{}"))
    yield ReadBatch(
        pl.DataFrame(rows, schema=schemas.DOCUMENTS, orient="row"),
        schemas.empty(schemas.QUARANTINE),
    )
