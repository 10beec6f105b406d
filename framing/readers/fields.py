"""Turning one input record (a mapping of named values) into a raw row."""

from __future__ import annotations

import json
from collections.abc import Mapping

from framing.readers.columns import ColumnOptions, list_names, match_columns, other_columns
from framing.readers.records import RawRow, Rejected

#: Encodings that need no mention in ``meta`` (the ordinary case).
PLAIN_ENCODINGS = frozenset({"utf-8", "utf-8-sig"})


def value_as_text(value: object) -> str | None:
    """A field value as a string: strings as they are, other JSON values as JSON."""
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


def row_from_mapping(
    values: Mapping[str, object],
    *,
    source_path: str,
    record: str,
    fallback_id: str,
    columns: ColumnOptions,
    notes: Mapping[str, str] | None = None,
    max_text_bytes: int | None = None,
) -> RawRow | Rejected:
    """One raw row from a record's named values; ``Rejected`` when it has no text.

    Values of the fields' columns become the document fields; every other non-null
    value goes into ``meta`` as a string, followed by the reader's ``notes``. A text
    over ``max_text_bytes`` (UTF-8) is rejected here, before it is buffered.
    """
    names = list(values)
    chosen = match_columns(names, columns)
    text_column = chosen["text"]
    if text_column is None:
        present = list_names(names)
        return Rejected(source_path, record, f"record without text; fields present: {present}")
    text = values[text_column]
    if text is not None and not isinstance(text, str):
        return Rejected(
            source_path,
            record,
            f"text field {text_column!r} holds {type(text).__name__}, not a string",
        )

    if max_text_bytes is not None and text is not None and len(text) * 4 > max_text_bytes:
        # Checked here as well as in the assembler, so oversized texts are dropped at
        # once instead of waiting, a batch of them, in memory.
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > max_text_bytes:
            return Rejected(
                source_path, record, f"text too large: {size} bytes (limit {max_text_bytes})"
            )

    def field_value(name: str) -> str | None:
        column = chosen[name]
        return None if column is None else value_as_text(values[column])

    meta = {
        name: text_value
        for name in other_columns(names, chosen)
        if (text_value := value_as_text(values[name])) is not None
    }
    meta.update(notes or {})
    return RawRow(
        source_path=source_path,
        record=record,
        fallback_id=fallback_id,
        article_id=field_value("id"),
        outlet=field_value("outlet"),
        title=field_value("title"),
        date=field_value("date"),
        url=field_value("url"),
        body=text,
        meta=dump_meta(meta),
    )


def dump_meta(meta: Mapping[str, str]) -> str:
    """``meta`` as compact JSON, the same text polars writes for a struct."""
    return json.dumps(meta, ensure_ascii=False, separators=(",", ":"))


def encoding_notes(encoding: str) -> dict[str, str]:
    """``{"encoding": ...}`` when the bytes were not UTF-8, else nothing."""
    return {} if encoding in PLAIN_ENCODINGS else {"encoding": encoding}
