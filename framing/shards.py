"""Parquet shards: per-batch results on disk, the run manifest, and the final tables.

A run writes each batch's tables to ``work_dir/shards/<table>/<batch:06d>.parquet``
and, last, a marker ``work_dir/shards/_done/<batch:06d>.json`` with the batch's
counts, so a batch counts as finished only when every table of it is on disk.
``work_dir/run.json`` records what the shards were computed from (input hashes,
lexicon and actor pack versions, options); a resumed run reuses finished shards
only when that record matches. The final tables are built by scanning the shards
lazily in batch order, so memory does not grow with the corpus.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from framing import schemas
from framing.errors import OutputError

MANIFEST_NAME = "run.json"
SHARDS_DIR = "shards"
DONE_DIR = "_done"


@dataclass(frozen=True)
class BatchCounts:
    """What one batch held: documents analysed and records quarantined."""

    index: int
    n_documents: int
    n_quarantined: int


def shard_path(work_dir: Path, table: str, index: int) -> Path:
    """Where batch ``index`` of ``table`` is stored."""
    return work_dir / SHARDS_DIR / table / f"{index:06d}.parquet"


def marker_path(work_dir: Path, index: int) -> Path:
    """The marker that says batch ``index`` is completely written."""
    return work_dir / SHARDS_DIR / DONE_DIR / f"{index:06d}.json"


def write_batch_shards(
    work_dir: Path, counts: BatchCounts, tables: Mapping[str, pl.DataFrame]
) -> None:
    """Write one batch's tables, then its marker; every file appears atomically.

    Raises ``OutputError`` when the work folder cannot be written.
    """
    try:
        for name in schemas.TABLES:
            path = shard_path(work_dir, name, counts.index)
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_suffix(".partial")
            # Shards live only until the merge: writing them uncompressed halves their
            # cost in the main process, which the workers wait on.
            tables[name].write_parquet(partial, statistics=False, compression="uncompressed")
            os.replace(partial, path)  # a killed run never leaves a half-written shard
        marker = marker_path(work_dir, counts.index)
        marker.parent.mkdir(parents=True, exist_ok=True)
        partial = marker.with_suffix(".partial")
        partial.write_text(
            json.dumps({"n_documents": counts.n_documents, "n_quarantined": counts.n_quarantined}),
            encoding="utf-8",
        )
        os.replace(partial, marker)
    except (OSError, pl.exceptions.PolarsError) as error:
        raise OutputError(f"cannot write shards in {work_dir}: {error}") from error


def read_finished_batches(work_dir: Path) -> dict[int, BatchCounts]:
    """The batches whose shards are all on disk, by index, with their counts."""
    done = work_dir / SHARDS_DIR / DONE_DIR
    if not done.is_dir():
        return {}
    finished: dict[int, BatchCounts] = {}
    for marker in sorted(done.glob("*.json")):
        index = int(marker.stem)
        if not all(shard_path(work_dir, name, index).is_file() for name in schemas.TABLES):
            continue  # a table's shard was removed after the marker: recompute the batch
        counts = json.loads(marker.read_text(encoding="utf-8"))
        finished[index] = BatchCounts(index, counts["n_documents"], counts["n_quarantined"])
    return finished


def prepare_work_dir(work_dir: Path, fingerprint: Mapping[str, Any], *, resume: bool) -> bool:
    """Make ``work_dir`` ready for a run described by ``fingerprint``.

    Returns True when earlier shards may be reused (``resume`` is set and the
    recorded fingerprint equals this one); otherwise removes old shards, records
    the fingerprint and returns False.
    """
    manifest = work_dir / MANIFEST_NAME
    if resume and manifest.is_file():
        try:
            recorded = json.loads(manifest.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            recorded = None  # a torn manifest from a killed run: start clean
        if recorded == json.loads(json.dumps(fingerprint)):
            return True
    try:
        if (work_dir / SHARDS_DIR).exists():
            shutil.rmtree(work_dir / SHARDS_DIR)
        work_dir.mkdir(parents=True, exist_ok=True)
        partial = manifest.with_suffix(".partial")
        partial.write_text(json.dumps(fingerprint, indent=2, sort_keys=True), encoding="utf-8")
        os.replace(partial, manifest)
    except OSError as error:
        raise OutputError(f"cannot prepare the work folder {work_dir}: {error}") from error
    return False


def remove_work_dir(work_dir: Path) -> None:
    """Remove a finished run's shards and manifest (and the folder, if nothing else is in it)."""
    try:
        if (work_dir / SHARDS_DIR).exists():
            shutil.rmtree(work_dir / SHARDS_DIR)
        (work_dir / MANIFEST_NAME).unlink(missing_ok=True)
        if work_dir.is_dir() and not any(work_dir.iterdir()):
            work_dir.rmdir()
    except OSError as error:
        raise OutputError(f"cannot clean the work folder {work_dir}: {error}") from error


#: Rows per row group of the final Parquet tables. The writer holds a whole row
#: group in memory, and a reader decodes one to read any of its rows, so groups are
#: kept small where rows are large (articles carry their text): a few megabytes each,
#: whatever the corpus size. Peak memory then stays flat as the corpus grows.
ROW_GROUP_ROWS = {"articles": 1_000}
DEFAULT_ROW_GROUP_ROWS = 50_000


def row_group_rows(table: str) -> int:
    """Rows per Parquet row group for ``table`` (see ``ROW_GROUP_ROWS``)."""
    return ROW_GROUP_ROWS.get(table, DEFAULT_ROW_GROUP_ROWS)


def merge_shards(work_dir: Path, tables_dir: Path, n_batches: int) -> dict[str, int]:
    """Write ``tables_dir/<name>.parquet`` and ``.csv`` from batches ``0..n_batches-1``.

    The shards are scanned lazily and streamed to disk in batch order, so the
    output is the same bytes whichever executor produced them. Returns the row
    count of every table.
    """
    try:
        tables_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"cannot create {tables_dir}: {error}") from error
    rows: dict[str, int] = {}
    for name, schema in schemas.TABLES.items():
        files = [shard_path(work_dir, name, index) for index in range(n_batches)]
        lazy = pl.scan_parquet(files, schema=schema) if files else schemas.empty(schema).lazy()
        parquet_path = tables_dir / f"{name}.parquet"
        try:
            lazy.sink_parquet(parquet_path, statistics=False, row_group_size=row_group_rows(name))
            pl.scan_parquet(parquet_path).sink_csv(tables_dir / f"{name}.csv")
        except (OSError, pl.exceptions.PolarsError) as error:
            raise OutputError(f"cannot write {parquet_path}: {error}") from error
        rows[name] = pl.scan_parquet(parquet_path).select(pl.len()).collect().item()
    return rows
