"""JSON Lines (``.jsonl``/``.ndjson``): one record per line, read line by line."""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from framing.readers.columns import ColumnOptions
from framing.readers.decoding import (
    BINARY_SAMPLE_BYTES,
    decode_bytes,
    looks_binary,
    open_binary,
    stem_without_compression,
)
from framing.readers.fields import encoding_notes, row_from_mapping
from framing.readers.records import RawItem, Rejected

#: A line may be this many times the text limit (JSON escapes and other fields);
#: a longer line is skipped unread, in bounded memory.
LINE_SIZE_FACTOR = 4

_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def read_jsonl(path: Path, *, columns: ColumnOptions, max_text_bytes: int) -> Iterator[RawItem]:
    """A raw row per JSON object line; blank lines are skipped, anything else rejected.

    Each line is decoded on its own (UTF-8, else the fallbacks), so one mis-encoded
    record does not change how the others are read.
    """
    source, stem = str(path), stem_without_compression(path)
    line_limit = max_text_bytes * LINE_SIZE_FACTOR
    with open_binary(path) as handle:
        sample = handle.read(BINARY_SAMPLE_BYTES)
        if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            yield Rejected(source, "-", "UTF-16 JSON Lines are not supported; convert to UTF-8")
            return
        if looks_binary(sample):
            yield Rejected(source, "-", "binary file (NUL bytes or control characters), not text")
            return
        handle.seek(0)  # cheap for gzip too: the sample is still in its buffer
        line_number = 0
        n_records = 0
        while line := handle.readline(line_limit):
            line_number += 1
            record = f"line {line_number}"
            if len(line) >= line_limit and not line.endswith(b"\n"):
                _skip_rest_of_line(handle, line_limit)
                yield Rejected(source, record, f"line longer than {line_limit} bytes")
                continue
            if not line.strip():
                continue
            n_records += 1
            text, encoding = decode_bytes(line.rstrip(b"\r\n"))
            try:
                value = json.loads(text)
            except json.JSONDecodeError as err:
                yield Rejected(source, record, f"malformed JSON: {err.msg} (column {err.colno})")
                continue
            except RecursionError:
                yield Rejected(source, record, "malformed JSON: nested too deeply")
                continue
            notes = encoding_notes(encoding)
            if _SURROGATE_ESCAPE.search(text):
                value, repaired = _repair_lone_surrogates(value)
                if repaired:
                    notes["unicode_repaired"] = f"{repaired} lone surrogate(s) replaced by U+FFFD"
            if not isinstance(value, dict):
                kind = type(value).__name__
                yield Rejected(source, record, f"not a JSON object (a {kind})")
                continue
            yield row_from_mapping(
                value,
                source_path=source,
                record=record,
                fallback_id=f"{stem}:{line_number}",
                columns=columns,
                notes=notes,
                max_text_bytes=max_text_bytes,
            )
        if n_records == 0:
            yield Rejected(source, "-", "no records (the file is empty or blank)")


def _repair_lone_surrogates(value: object) -> tuple[object, int]:
    """``value`` with unpaired surrogates (from escapes like ``\\ud800``) replaced.

    JSON may escape half of a UTF-16 pair; Python keeps it as a lone surrogate,
    which no UTF-8 table can store. The replacement keeps every offset unchanged.
    """
    dumped = json.dumps(value, ensure_ascii=False)
    repaired, count = _LONE_SURROGATE.subn("\ufffd", dumped)
    return (json.loads(repaired), count) if count else (value, 0)


def _skip_rest_of_line(handle: BinaryIO, chunk: int) -> None:
    while part := handle.readline(chunk):
        if part.endswith(b"\n"):
            return
