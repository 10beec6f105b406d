"""Corpus readers: files and folders in, batches of DOCUMENTS and QUARANTINE rows out.

``read_corpus`` streams every input record into either a document or a quarantine
row with a reason (never nowhere). Kinds, by file extension:

- ``.txt``, ``.md``, ``.markdown``: one article per file, optional front matter
  (``framing.frontmatter``); the article id is the ``id`` key or the file stem;
- ``.html``, ``.htm``: one article per page, main text extracted (``framing.html_text``);
- ``.jsonl``, ``.ndjson``: one article per line;
- ``.csv``, ``.tsv``: one article per row after the header;
- the same four gzipped (``.jsonl.gz``, ``.ndjson.gz``, ``.csv.gz``, ``.tsv.gz``),
  decompressed as they are read;
- ``.parquet``: one article per row, read in slices.

For multi-record files without an id column the article id is ``<stem>:<N>``
(``N`` the 1-based line of a JSONL file or row of a table). Any other extension
is quarantined as unsupported. Bad records are quarantined with their location
(``-`` for a whole file, ``line N``, ``row N``) and a reason; see
``framing.readers.records`` for the per-record checks and ``MAX_TEXT_BYTES``.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path

from framing.errors import InputError, UsageError
from framing.readers.columns import ColumnOptions
from framing.readers.csvfile import read_csv
from framing.readers.files import (
    NOT_REGULAR,
    describe_os_error,
    hash_inputs,
    iter_input_files,
)
from framing.readers.jsonl import read_jsonl
from framing.readers.parquetfile import read_parquet
from framing.readers.records import MAX_TEXT_BYTES, BatchAssembler, RawItem, ReadBatch, Rejected
from framing.readers.textfiles import read_text_file

__all__ = [
    "MAX_TEXT_BYTES",
    "SUPPORTED_EXTENSIONS",
    "ColumnOptions",
    "ReadBatch",
    "hash_inputs",
    "read_corpus",
    "read_file",
]

#: The extensions read_corpus understands (lower case).
SUPPORTED_EXTENSIONS = (
    ".txt",
    ".md",
    ".markdown",
    ".html",
    ".htm",
    ".jsonl",
    ".ndjson",
    ".csv",
    ".tsv",
    ".parquet",
    ".jsonl.gz",
    ".ndjson.gz",
    ".csv.gz",
    ".tsv.gz",
)


def read_corpus(
    inputs: Sequence[str | Path],
    *,
    columns: ColumnOptions,
    strict: bool = False,
    batch_size: int = 500,
    max_text_bytes: int = MAX_TEXT_BYTES,
) -> Iterator[ReadBatch]:
    """Yield ``ReadBatch``es of at most ``batch_size`` documents, in input order.

    Each batch carries the quarantine rows found since the previous one, so a
    consumer that keeps every batch keeps every record. Raises ``InputError`` when
    an input path does not exist (before anything is read) and, with ``strict``,
    ``BadRecordError`` at the first record that would be quarantined.
    """
    if batch_size < 1:
        raise UsageError(f"batch size must be at least 1, not {batch_size}")
    for given in inputs:
        if not Path(given).exists():
            raise InputError(f"{given}: no such file or folder")
    assembler = BatchAssembler(strict=strict, batch_size=batch_size, max_text_bytes=max_text_bytes)
    for path, refused in iter_input_files(inputs):
        if refused is not None:
            assembler.add(Rejected(str(path), "-", refused))
            continue
        for item in read_file(
            path, columns=columns, batch_size=batch_size, max_text_bytes=max_text_bytes
        ):
            assembler.add(item)
            yield from assembler.full_batches()
    yield from assembler.last_batches()


def read_file(
    path: Path, *, columns: ColumnOptions, batch_size: int, max_text_bytes: int
) -> Iterator[RawItem]:
    """The raw items of one file, by its extension; an unreadable file is one rejection."""
    suffix = path.suffix.lower()
    if suffix == ".gz":
        suffix = Path(path.stem).suffix.lower() + ".gz"
    source = str(path)
    if suffix not in SUPPORTED_EXTENSIONS:
        kinds = ", ".join(SUPPORTED_EXTENSIONS)
        yield Rejected(
            source,
            "-",
            f"unsupported file type {suffix[:20] or '(no extension)'}; expected {kinds}",
        )
        return
    if not path.is_file():
        yield Rejected(source, "-", NOT_REGULAR)
        return
    try:
        if suffix in (".txt", ".md", ".markdown", ".html", ".htm"):
            html = suffix in (".html", ".htm")
            yield from read_text_file(
                path, columns=columns, max_text_bytes=max_text_bytes, html=html
            )
        elif suffix in (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"):
            yield from read_jsonl(path, columns=columns, max_text_bytes=max_text_bytes)
        elif suffix in (".csv", ".tsv", ".csv.gz", ".tsv.gz"):
            delimiter = "\t" if suffix.startswith(".tsv") else ","
            yield from read_csv(
                path, columns=columns, max_text_bytes=max_text_bytes, delimiter=delimiter
            )
        else:
            yield from read_parquet(path, columns=columns, batch_size=batch_size)
    except (EOFError, zlib.error, gzip.BadGzipFile) as err:
        # Records before the damage were read; the rest of the stream is lost.
        yield Rejected(source, "-", f"corrupt or truncated gzip data ({err}); the rest not read")
    except OSError as err:
        # Permissions, a file deleted while reading, a folder named like a file, ...
        yield Rejected(source, "-", describe_os_error(err))
