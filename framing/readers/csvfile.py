"""Comma- and tab-separated tables (``.csv``, ``.tsv``): a header row, then one record per row.

Read with the standard library's ``csv`` module over a decoded text stream, so a
file in a legacy encoding is read as well as a UTF-8 one and memory holds one row
at a time. Fields are strings; an empty field is an empty string.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from framing.readers.columns import (
    ColumnOptions,
    describe_missing_text,
    list_names,
    match_columns,
)
from framing.readers.decoding import (
    detect_file_encoding,
    looks_binary,
    open_binary,
    read_sample,
    stem_without_compression,
)
from framing.readers.fields import encoding_notes, row_from_mapping
from framing.readers.records import RawItem, Rejected

#: A field may be this many times the text limit before the csv module refuses it.
FIELD_SIZE_FACTOR = 2


def read_csv(
    path: Path, *, columns: ColumnOptions, max_text_bytes: int, delimiter: str = ","
) -> Iterator[RawItem]:
    """A raw row per data row; the whole file is rejected when it has no text column."""
    source, stem = str(path), stem_without_compression(path)
    if looks_binary(read_sample(path)):
        yield Rejected(source, "-", "binary file (NUL bytes or control characters), not text")
        return
    encoding = detect_file_encoding(path)
    notes = encoding_notes(encoding)
    _allow_large_fields(max_text_bytes * FIELD_SIZE_FACTOR)
    with io.TextIOWrapper(open_binary(path), encoding=encoding, newline="") as handle:
        reader = csv.reader(handle, delimiter=delimiter)
        row_number = 0
        try:
            header = next(reader, None)
            if header is None:
                yield Rejected(source, "-", "empty file (no header row)")
                return
            header = _unique_names(header)
            unknown = _missing_user_columns(header, columns)
            if unknown is not None:
                yield Rejected(source, "-", unknown)
                return
            for row in reader:
                if not row:
                    continue  # a blank line is not a record
                row_number += 1
                record = f"row {row_number}"
                if len(row) != len(header):
                    yield Rejected(
                        source,
                        record,
                        f"row has {len(row)} fields; the header has {len(header)}",
                    )
                    continue
                yield row_from_mapping(
                    dict(zip(header, row, strict=True)),
                    source_path=source,
                    record=record,
                    fallback_id=f"{stem}:{row_number}",
                    columns=columns,
                    notes=notes,
                    max_text_bytes=max_text_bytes,
                )
            if row_number == 0:
                yield Rejected(source, "-", "no records (only a header row)")
        except csv.Error as err:
            yield Rejected(
                source,
                f"row {row_number + 1}",
                f"malformed CSV ({err}); the rest of the file was not read",
            )


def _missing_user_columns(header: list[str], columns: ColumnOptions) -> str | None:
    """Why the file cannot be read with these columns, or None when it can."""
    chosen = match_columns(header, columns)
    if chosen["text"] is None:
        return describe_missing_text(header, columns)
    for name, wanted in vars(columns).items():
        if wanted is not None and wanted not in header:
            present = list_names(header)
            return f"no {name} column {wanted!r}; columns present: {present}"
    return None


def _unique_names(header: list[str]) -> list[str]:
    # A repeated column name would make one value hide the other in the record.
    seen: dict[str, int] = {}
    names = []
    for name in header:
        count = seen.get(name, 0) + 1
        seen[name] = count
        names.append(name if count == 1 else f"{name}_{count}")
    return names


def _allow_large_fields(limit: int) -> None:
    # The csv module refuses fields over 128 KiB by default, smaller than many
    # articles. The limit is process-wide, so it is only ever raised, never lowered.
    if csv.field_size_limit() < limit:
        csv.field_size_limit(limit)
