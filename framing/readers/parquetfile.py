"""Parquet tables: streamed in slices with polars, fields converted column-wise.

Memory holds one slice plus the row groups it overlaps: Parquet decodes whole
row groups, so a file written as one huge row group costs that group's size
(the AllSides benchmark file: about 130 MB to read its first rows).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import polars as pl

from framing.readers.columns import (
    ColumnOptions,
    describe_missing_text,
    list_names,
    match_columns,
)
from framing.readers.columns import other_columns as meta_columns
from framing.readers.fields import dump_meta, value_as_text
from framing.readers.records import RAW, RawItem, Rejected

#: Rows read per slice: large enough that per-slice overhead vanishes, small enough
#: that one slice of news articles stays within tens of megabytes.
PARQUET_SLICE_ROWS = 1000

#: The field columns, in RAW's order, that a chosen input column fills.
_FIELD_OF = {"id": "article_id", "outlet": "outlet", "title": "title", "date": "date"}


def read_parquet(path: Path, *, columns: ColumnOptions, batch_size: int) -> Iterator[RawItem]:
    """Raw frames of ``PARQUET_SLICE_ROWS`` rows (``batch_size`` if larger), in file order."""
    source = str(path)
    try:
        schema = pl.read_parquet_schema(path)
    except (pl.exceptions.PolarsError, OSError) as err:
        yield Rejected(source, "-", f"unreadable Parquet file: {_first_line(err)}")
        return
    names = list(schema)
    chosen = match_columns(names, columns)
    if chosen["text"] is None:
        yield Rejected(source, "-", describe_missing_text(names, columns))
        return
    for name, wanted in vars(columns).items():
        if wanted is not None and wanted not in names:
            present = list_names(names)
            yield Rejected(source, "-", f"no {name} column {wanted!r}; columns present: {present}")
            return
    text_type = schema[chosen["text"]]
    if text_type.is_nested() or text_type == pl.Binary:
        yield Rejected(source, "-", f"text column {chosen['text']!r} holds {text_type}, not text")
        return
    others = meta_columns(names, chosen)
    scan = pl.scan_parquet(path)
    try:
        n_rows = scan.select(pl.len()).collect().item()
    except (pl.exceptions.PolarsError, OSError) as err:
        yield Rejected(source, "-", f"unreadable Parquet file: {_first_line(err)}")
        return
    if n_rows == 0:
        yield Rejected(source, "-", "no records (the table has no rows)")
        return
    step = max(batch_size, PARQUET_SLICE_ROWS)
    # Slices rather than collect_batches: the streaming engine reads ahead through
    # the whole file, while a slice decodes only the row groups it overlaps.
    for offset in range(0, n_rows, step):
        try:
            chunk = scan.slice(offset, step).collect()
        except (pl.exceptions.PolarsError, OSError) as err:
            yield Rejected(
                source,
                f"rows {offset + 1}-{n_rows}",
                f"unreadable Parquet data: {_first_line(err)}; the rest of the file was not read",
            )
            return
        yield _raw_frame(chunk, chosen, others, source=source, stem=path.stem, first_row=offset + 1)


def _raw_frame(
    chunk: pl.DataFrame,
    chosen: dict[str, str | None],
    others: list[str],
    *,
    source: str,
    stem: str,
    first_row: int,
) -> pl.DataFrame:
    row = pl.int_range(first_row, first_row + chunk.height, dtype=pl.Int64, eager=True)
    expressions: dict[str, pl.Expr | pl.Series] = {
        "source_path": pl.lit(source),
        "record": pl.lit("row ") + row.cast(pl.String),
        "fallback_id": pl.lit(f"{stem}:") + row.cast(pl.String),
        "body": _as_string(chunk, chosen["text"]),
        "url": _as_string(chunk, chosen["url"]),
        "meta": _meta_json(chunk, others),
    }
    for field, column in _FIELD_OF.items():
        expressions[column] = _as_string(chunk, chosen[field])
    return chunk.select(**expressions).select(list(RAW)).cast(dict(RAW))  # type: ignore[arg-type]


def _as_string(chunk: pl.DataFrame, column: str | None) -> pl.Series:
    if column is None:
        return pl.Series([None] * chunk.height, dtype=pl.String)
    series = chunk[column]
    if series.dtype == pl.String:
        return series
    if series.dtype.is_nested() or series.dtype in (pl.Binary, pl.Object):
        return pl.Series([value_as_text(value) for value in series.to_list()], dtype=pl.String)
    return series.cast(pl.String)


def _meta_json(chunk: pl.DataFrame, others: list[str]) -> pl.Series:
    """The JSON meta object per row, nulls left out (as for every other reader).

    Encoded by polars; only rows holding a null are rebuilt in Python to drop it.
    """
    if not others:
        return pl.Series(["{}"] * chunk.height, dtype=pl.String)
    strings = pl.DataFrame([_as_string(chunk, name).alias(name) for name in others])
    encoded = strings.select(pl.struct(others).struct.json_encode()).to_series().to_list()
    with_nulls = strings.select(pl.any_horizontal(pl.all().is_null())).to_series()
    for index in with_nulls.arg_true().to_list():
        values = strings.row(index, named=True)
        encoded[index] = dump_meta({k: v for k, v in values.items() if v is not None})
    return pl.Series(encoded, dtype=pl.String)


def _first_line(err: BaseException) -> str:
    lines = str(err).strip().splitlines()
    return lines[0] if lines else type(err).__name__
