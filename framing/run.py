"""One run of ``framing analyze`` or ``framing report`` into a (staging) folder.

The core the CLI calls: analysis → tables → comparison → charts → report →
manifest. The caller owns the folder swap (``framing.output.staged_output``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import polars as pl

from framing import schemas
from framing.pipeline import RunStats, run_analysis
from framing.readers import ColumnOptions
from framing.resources import ResourceOptions


def read_tables(tables_dir: Path) -> dict[str, pl.DataFrame]:
    """The contract tables written by ``run_analysis``, read back from Parquet."""
    return {name: pl.read_parquet(tables_dir / f"{name}.parquet") for name in schemas.TABLES}


def build_output(
    inputs: Sequence[Path],
    out_dir: Path,
    *,
    columns: ColumnOptions,
    resource_options: ResourceOptions | None = None,
    strict: bool = False,
    executor: str = "serial",
    workers: int | None = None,
    scheduler: str | None = None,
    batch_size: int = 500,
    resume: bool = False,
    work_dir: Path | None = None,
    progress: bool = False,
    with_report: bool = True,
    group_by: str | None = None,
) -> RunStats:
    """Write tables (and, ``with_report``, the report) and ``manifest.json`` into ``out_dir``."""
    from framing.output import write_manifest, write_table

    tables_dir = out_dir / "tables"
    stats = run_analysis(
        inputs,
        tables_dir=tables_dir,
        columns=columns,
        resource_options=resource_options,
        strict=strict,
        executor=executor,
        workers=workers,
        scheduler=scheduler,
        resume=resume,
        work_dir=work_dir,
        progress=progress,
        batch_size=batch_size,
    )
    manifest: dict[str, Any] = {
        "inputs": stats.inputs,
        "lexicons": stats.lexicon_packs,
        "actors": stats.actor_packs,
        "counts": {
            "read": stats.n_read,
            "analysed": stats.n_analysed,
            "quarantined": stats.n_quarantined,
            "duplicate_ids": stats.n_duplicates,
        },
        "options": {
            "executor": executor,
            "workers": workers,
            "batch_size": batch_size,
            "group_by": group_by,
            "report": with_report,
            **(resource_options or ResourceOptions()).describe(),
        },
    }
    if with_report:
        from framing.report import build_report

        comparison = build_report(
            read_tables(tables_dir), out_dir, group_by=group_by, manifest=manifest
        )
        for name, frame in comparison.items():
            write_table(tables_dir, name, frame)
    write_manifest(out_dir, **manifest)
    return stats
