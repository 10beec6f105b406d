"""Evaluation input: dataset records turned into a DOCUMENTS frame, and
predictions written as JSON lines."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import polars as pl

from framing import schemas
from framing.errors import InputError, OutputError


def build_documents(
    records: Sequence[tuple[str, str, str]], *, outlet: Sequence[str] | None = None
) -> pl.DataFrame:
    """A DOCUMENTS frame from ``(article_id, title, body)`` triples.

    With a title, ``text`` is the title, a blank line, then the body, and
    ``body_start`` points at the body; without one, ``text`` is the body.
    """
    texts = [f"{title}\n\n{body}" if title else body for _, title, body in records]
    starts = [len(title) + 2 if title else 0 for _, title, _ in records]
    return pl.DataFrame(
        {
            "article_id": [r[0] for r in records],
            "outlet": list(outlet) if outlet is not None else [None] * len(records),
            "title": [r[1] or None for r in records],
            "published": [None] * len(records),
            "url": [None] * len(records),
            "source_path": [None] * len(records),
            "text": texts,
            "body_start": starts,
            "meta": [None] * len(records),
        },
        schema=schemas.DOCUMENTS,
    )


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Every JSON object of a JSON-lines file; a bad line raises InputError with its number."""
    rows = []
    try:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    try:
                        rows.append(json.loads(line))
                    except json.JSONDecodeError as exc:
                        raise InputError(f"{path}:{number}: not JSON ({exc.msg})") from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    return rows


def require_fields(
    records: Sequence[dict[str, Any]],
    fields: Sequence[str],
    where: Path | str,
    *,
    ints: Sequence[str] = (),
) -> None:
    """Raise ``InputError`` naming the first record (numbered from 1) that lacks
    one of ``fields`` or whose ``ints`` fields are not integers; ``where`` (a file,
    or a file and the part of a record) opens the message."""
    for number, record in enumerate(records, start=1):
        if not isinstance(record, dict):
            raise InputError(f"{where}: record {number} is not an object")
        missing = [f for f in fields if f not in record]
        if missing:
            raise InputError(f"{where}: record {number} lacks {', '.join(missing)}")
        wrong = [f for f in ints if not isinstance(record[f], int) or isinstance(record[f], bool)]
        if wrong:
            raise InputError(f"{where}: record {number}: {', '.join(wrong)} must be integers")


def write_jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> int:
    """Write ``rows`` as JSON lines; returns how many were written."""
    count = 0
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
                count += 1
    except OSError as exc:
        raise OutputError(f"{path}: cannot write predictions ({exc.strerror})") from exc
    return count
