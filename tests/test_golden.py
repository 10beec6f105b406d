"""Golden files for the seed corpus: the detectors' output, pinned on purpose.

A change that alters what the seed yields fails here until the golden files are
rewritten deliberately: ``FRAMING_UPDATE_GOLDEN=1 make test`` (then review the diff).
"""

from __future__ import annotations

import os
from pathlib import Path

import polars as pl
import pytest

import framing

GOLDEN = Path(__file__).resolve().parent / "golden"
#: per table, the columns pinned and the sort order (row order is not part of the contract)
PINNED = {
    "voices": ["article_id", "start", "end", "voice", "speaker", "speaker_actor"],
    "loaded_terms": [
        "article_id",
        "start",
        "end",
        "text",
        "category",
        "target_actor",
        "voice",
        "speaker",
    ],
    "sources": ["article_id", "source", "source_type", "actor", "kind", "cue", "cue_start"],
    "crosslinks": ["article_id", "kind", "start", "end", "text"],
    "actor_sentiment": ["article_id", "actor", "voice_group", "n_mentions", "label"],
}


@pytest.fixture(scope="module")
def seed_tables(seeds_dir: Path) -> dict[str, pl.DataFrame]:
    return framing.analyze([seeds_dir])


def as_golden_csv(frame: pl.DataFrame, columns: list[str]) -> str:
    return frame.select(columns).sort(columns, nulls_last=True).write_csv()


@pytest.mark.parametrize("table", sorted(PINNED))
def test_seed_table_matches_its_golden_file(
    seed_tables: dict[str, pl.DataFrame], table: str
) -> None:
    produced = as_golden_csv(seed_tables[table], PINNED[table])
    golden = GOLDEN / f"{table}.csv"
    if os.environ.get("FRAMING_UPDATE_GOLDEN") == "1":
        golden.write_text(produced, encoding="utf-8")
    assert golden.is_file(), f"{golden} is missing; create it with FRAMING_UPDATE_GOLDEN=1"
    assert produced == golden.read_text(encoding="utf-8"), (
        f"{table} differs from {golden}; if the change is intended, rewrite with "
        "FRAMING_UPDATE_GOLDEN=1 and review the diff"
    )
