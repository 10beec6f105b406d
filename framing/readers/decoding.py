"""Bytes to text: UTF-8 first, then the common legacy encodings; binary files refused.

Scraped corpora mix encodings. A file that is not valid UTF-8 is nearly always
Windows-1252 (which includes every printable Latin-1 character), so that is tried
next; Latin-1 decodes any byte sequence, so it is the last resort. The encoding
used is recorded by the caller in the document's ``meta``.
"""

from __future__ import annotations

import codecs
import gzip
from pathlib import Path
from typing import BinaryIO, cast

#: How much of a file's beginning is inspected to decide whether it is binary.
BINARY_SAMPLE_BYTES = 8192

#: A text file may hold tabs, newlines, form feeds and the odd stray control
#: character; more than this share of C0 controls (or any NUL) means binary.
MAX_CONTROL_SHARE = 0.05

_ALLOWED_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")
_CONTROLS = frozenset(range(32)) - _ALLOWED_CONTROLS | {0x7F}

#: Tried in order after UTF-8; the last one decodes every byte.
FALLBACK_ENCODINGS = ("cp1252", "latin-1")

_CHUNK = 1 << 20


def looks_binary(sample: bytes) -> bool:
    """True when ``sample`` (the start of a file) is not text: NUL bytes or many controls."""
    if not sample or _is_utf16(sample):
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte in _CONTROLS)
    return controls / len(sample) > MAX_CONTROL_SHARE


def _is_utf16(sample: bytes) -> bool:
    # UTF-16 text is full of NULs, but carries a byte-order mark when exported by
    # the usual tools; it is decoded by decode_bytes, not refused as binary.
    return sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data``; return the text and the encoding used.

    A UTF-8 byte-order mark is dropped (reported as ``utf-8-sig``); UTF-16 with a
    byte-order mark is honoured; otherwise UTF-8, then ``FALLBACK_ENCODINGS``.
    """
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            data = data[len(codecs.BOM_UTF8) :]
    if _is_utf16(data):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    for encoding in ("utf-8", *FALLBACK_ENCODINGS):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte sequence")  # pragma: no cover


def is_gzipped(path: Path) -> bool:
    """True for ``*.gz`` files, which are read through gzip (``corpus.jsonl.gz``)."""
    return path.suffix.lower() == ".gz"


def open_binary(path: Path) -> BinaryIO:
    """``path`` opened for reading bytes, decompressed on the fly when gzipped.

    A corrupt or truncated gzip stream raises ``OSError``/``EOFError`` while read;
    callers turn either into a quarantine row.
    """
    if is_gzipped(path):
        return cast(BinaryIO, gzip.open(path, "rb"))
    return path.open("rb")


def stem_without_compression(path: Path) -> str:
    """The stem that names records: ``feed`` for ``feed.jsonl`` and ``feed.jsonl.gz``."""
    return Path(path.stem).stem if is_gzipped(path) else path.stem


def detect_file_encoding(path: Path) -> str:
    """The encoding to read a whole file with, found in one streaming pass.

    Returns ``utf-16`` (with a byte-order mark), ``utf-8-sig`` (UTF-8 with a
    byte-order mark), ``utf-8``, or the first
    of ``FALLBACK_ENCODINGS`` that decodes every byte of the file.
    """
    with open_binary(path) as handle:
        head = handle.read(len(codecs.BOM_UTF8))
    if _is_utf16(head) and _decodes_whole_file(path, "utf-16"):
        return "utf-16"
    has_bom = head == codecs.BOM_UTF8
    candidates = ["utf-8-sig" if has_bom else "utf-8", *FALLBACK_ENCODINGS]
    for encoding in candidates[:-1]:
        if _decodes_whole_file(path, encoding):
            return encoding
    return candidates[-1]


def _decodes_whole_file(path: Path, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)()
    with open_binary(path) as handle:
        try:
            while chunk := handle.read(_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return False
    return True


def read_sample(path: Path) -> bytes:
    """The first ``BINARY_SAMPLE_BYTES`` of a file (decompressed when gzipped)."""
    with open_binary(path) as handle:
        return handle.read(BINARY_SAMPLE_BYTES)
