"""A small in-memory corpus fed to the pipeline in place of the readers (test helper).

It lets the pipeline and executor tests build their frames in the test and
choose the batching, independently of the file readers.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from framing import schemas
from framing.readers import ColumnOptions, ReadBatch

BODIES = (
    "Iran's foreign ministry spokesman Nasser Kanaani said that the so-called "
    'peace plan was a threat. "We will respond to the Zionist regime," he told reporters.\n\n'
    "READ: Israel strikes Gaza",
    "Israeli Prime Minister Benjamin Netanyahu insisted the operation was defensive. "
    "According to the United Nations, hundreds of civilians were killed.",
    "The outlet's reporters found no evidence. Critics claimed the terrorists were "
    "perceived as a threat by Washington.",
    'Hamas said in a statement that the "brutal occupation" must end. '
    "Egypt's foreign minister called for calm.",
)


def make_documents(n_articles: int, *, first: int = 0) -> pl.DataFrame:
    """``n_articles`` documents (titled, from three outlets), numbered from ``first``."""
    rows = []
    for number in range(first, first + n_articles):
        title = f"Headline number {number} about Iran and Israel"
        body = BODIES[number % len(BODIES)]
        rows.append(
            (
                f"a{number:03d}",
                ("Wire", "State Daily", "Gazette")[number % 3],
                title,
                date(2024, 1, 1 + number % 28),
                f"https://example.org/{number}",
                "fake.jsonl",
                f"{title}\n\n{body}",
                len(title) + 2,
                json.dumps({"n": number}),
            )
        )
    return pl.DataFrame(rows, schema=schemas.DOCUMENTS, orient="row")


def make_quarantine(reason: str) -> pl.DataFrame:
    """One quarantined record."""
    return pl.DataFrame(
        [("fake.jsonl", "{broken", reason)], schema=schemas.QUARANTINE, orient="row"
    )


def fake_corpus(
    monkeypatch: pytest.MonkeyPatch,
    *,
    n_articles: int,
    batch_size: int,
    quarantine_every: int = 0,
    digest: str = "0" * 64,
) -> None:
    """Make the pipeline read ``n_articles`` fake documents in batches of ``batch_size``.

    With ``quarantine_every`` = k, every k-th batch also carries a quarantined record.
    ``digest`` stands for the inputs' hash (change it to simulate edited inputs).
    """

    def read_corpus(
        inputs: Sequence[str | Path],
        *,
        columns: ColumnOptions,
        strict: bool = False,
        batch_size: int = batch_size,
    ) -> Iterator[ReadBatch]:
        for index, first in enumerate(range(0, n_articles, batch_size)):
            size = min(batch_size, n_articles - first)
            bad = quarantine_every and index % quarantine_every == 0
            yield ReadBatch(
                make_documents(size, first=first),
                make_quarantine(f"bad record in batch {index}")
                if bad
                else schemas.empty(schemas.QUARANTINE),
            )

    def hash_inputs(inputs: Sequence[str | Path]) -> list[dict[str, Any]]:
        return [{"path": str(p), "bytes": 1, "sha256": digest} for p in inputs]

    monkeypatch.setattr("framing.pipeline.read_corpus", read_corpus)
    monkeypatch.setattr("framing.readers.hash_inputs", hash_inputs, raising=False)
