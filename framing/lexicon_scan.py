"""Term matching by scanning character codes: the fast path of ``lexicon_match``.

Gives exactly the hits of the compiled regex (leftmost match, longest form at
a position, ASCII word boundaries as in ``(?-u:\\b)``), without a regex. The
texts of a batch are joined into one UTF-8 byte string and read with numpy:

1. every character becomes one byte code: ASCII lower-cased, the same-length
   normalisations of ``lexicon_match`` applied (hyphens, dashes and line
   breaks read as a space, curly apostrophes as a straight one), every other
   non-ASCII character one code that no form contains; texts are joined by
   NUL, which no form contains, so no match spans two texts;
2. a polynomial prefix hash over the codes gives the hash of any span in
   constant time;
3. every word start (a word character after a non-word one) is looked up by
   the hash of its word in the forms' first words, and each candidate form is
   confirmed by the hash of its whole span and a word boundary after it;
4. the longest form at each start is kept and overlapping matches are
   resolved as a left-to-right scan does (a match starting inside a kept one
   is dropped), in a few vectorised rounds.

Hashes only select candidates: ``lexicon_match`` compares each hit's text
with its form afterwards, so a hash collision cannot produce a wrong hit. The
scan applies only to lexicons whose forms are ASCII and begin and end with a
word character (``build_scan`` returns ``None`` otherwise), and only to texts
without the characters of ``CASE_SPECIAL``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
import polars as pl

#: The characters whose lower case is ASCII or has another length (full
#: Unicode case mapping; ``tests/test_lexicon_scan.py`` re-derives the set).
#: Texts containing one are left to the regex, which lower-cases as Rust does.
CASE_SPECIAL = ("\u0130", "\u212a")

#: Joins the texts of a batch (code 0, in no form).
_TEXT_SEPARATOR = "\x00"
#: Code of every non-ASCII character that is not normalised to ASCII.
_OTHER = 0x80
#: Odd multiplier of the polynomial hash; arithmetic is modulo 2**32 (numpy
#: unsigned wrap-around), where an odd number has an inverse. 32 bits halve
#: the memory traffic of 64; a collision only sends a text to the regex.
_BASE = 0x01000193
_MASK = (1 << 32) - 1
_INVERSE = pow(_BASE, -1, 1 << 32)
_HASH = np.uint32
#: Characters per batch: keeps the per-character arrays in cache-sized pieces
#: (2**19 scanned AllSides about 1.3x faster per CPU-second than 2**20 or 2**18).
_BATCH_CHARS = 1 << 19

#: Low bits of a key hash choosing its bucket (the bucket table stays in cache).
_BUCKET_MASK = (1 << 16) - 1

_HITS_SCHEMA = {
    "row": pl.Int64,
    "start": pl.Int64,
    "end": pl.Int64,
    "byte_start": pl.Int64,
    "byte_end": pl.Int64,
    "form_id": pl.Int64,
}


def is_word_char(char: str) -> bool:
    """ASCII word character, the class of ``(?-u:\\b)``."""
    return len(char) == 1 and (char.isascii() and char.isalnum() or char == "_")


def _is_word_code(codes: np.ndarray) -> np.ndarray:
    # uint8 wrap-around: one comparison per range.
    return ((codes - 97) < 26) | ((codes - 48) < 10) | (codes == 95)


def hash_text(text: str) -> int:
    """The polynomial hash of ``text``'s code points, as the scan computes it."""
    total, power = 0, 1
    for char in text:
        total = (total + ord(char) * power) & _MASK
        power = (power * _BASE) & _MASK
    return total


@dataclass(frozen=True)
class KeyedForms:
    """Forms grouped by a key hash, for vectorised lookup.

    ``keys`` are the distinct keys, ordered by their low bits (``_BUCKET_MASK``)
    so that the keys of bucket ``b`` are ``keys[buckets[b]:buckets[b + 1]]``
    (at most ``widest`` of them; ``filled`` marks the buckets with keys). The
    forms of key ``k`` are rows ``first[k]:first[k] + count[k]`` of
    ``form_ids``, ``lengths`` and ``hashes`` (of the whole form), longest
    form first.
    """

    keys: np.ndarray
    buckets: np.ndarray
    filled: np.ndarray
    widest: int
    first: np.ndarray
    count: np.ndarray
    form_ids: np.ndarray
    lengths: np.ndarray
    hashes: np.ndarray

    @classmethod
    def of(cls, rows: Sequence[tuple[int, int, int]], forms: Sequence[str]) -> KeyedForms:
        """From ``(key, form_id, form_hash)`` rows."""
        ordered = sorted(rows, key=lambda r: (r[0], -len(forms[r[1]]), r[1]))
        keys, first, count = np.unique(
            np.array([r[0] for r in ordered], dtype=_HASH), return_index=True, return_counts=True
        )
        by_bucket = np.lexsort((keys, keys & _HASH(_BUCKET_MASK)))
        keys, first, count = keys[by_bucket], first[by_bucket], count[by_bucket]
        sizes = np.bincount(keys & _HASH(_BUCKET_MASK), minlength=_BUCKET_MASK + 1)
        return cls(
            keys=keys,
            buckets=np.append(0, np.cumsum(sizes)).astype(np.int32),
            filled=sizes > 0,
            widest=int(sizes.max(initial=0)),
            first=first.astype(np.int64),
            count=count.astype(np.int64),
            form_ids=np.array([r[1] for r in ordered], dtype=np.int64),
            lengths=np.array([len(forms[r[1]]) for r in ordered], dtype=np.int64),
            hashes=np.array([r[2] for r in ordered], dtype=_HASH),
        )

    def lookup(self, hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(index into ``hashes``, row) of every form whose key is the hash,
        by index, longest form first."""
        bucket = (hashes & _HASH(_BUCKET_MASK)).astype(np.intp)
        # Most buckets are empty: test that on a byte table (stays in cache).
        maybe = np.flatnonzero(np.take(self.filled, bucket))
        bucket = bucket[maybe]
        low, high, wanted = self.buckets[bucket], self.buckets[bucket + 1], hashes[maybe]
        key = np.full(maybe.size, -1, dtype=np.int64)
        for offset in range(self.widest):
            at = np.minimum(low + offset, self.keys.size - 1)
            same = (low + offset < high) & (self.keys[at] == wanted)
            key[same] = at[same]
        found, key = maybe[key >= 0], key[key >= 0]
        first, count = self.first[key], self.count[key]
        index = np.repeat(found, count)
        # Rows first..first+count-1 of every key, concatenated: ones, with a
        # jump to the next key's first row where each key's rows begin.
        step = np.ones(index.size, dtype=np.int64)
        step[np.cumsum(count) - count] = first - np.append(0, first + count - 1)[:-1]
        return index, np.cumsum(step)


@dataclass(frozen=True)
class ScanTable:
    """Forms prepared for scanning. ``single``: one-word forms keyed by their
    hash; ``multi``: longer forms keyed by the hash of their text up to the
    end of their second word. ``byte_codes`` is the ``bytes.translate``
    table of a byte to its code; ``multibyte`` lists the normalised non-ASCII
    characters (UTF-8, code)."""

    single: KeyedForms
    multi: KeyedForms
    byte_codes: bytes
    multibyte: tuple[tuple[bytes, int], ...]


#: A run of ASCII word characters (``is_word_char``); forms are ASCII by then.
_ASCII_WORD = re.compile(r"[0-9A-Za-z_]+")


def _word_ends(form: str) -> list[int]:
    return [run.end() for run in _ASCII_WORD.finditer(form)]


def build_scan(forms: Sequence[str], same_length: Mapping[str, str]) -> ScanTable | None:
    """The scan table of normalised ``forms`` (form id = index), or ``None``
    when a form is outside what the scan reproduces exactly (non-ASCII, not
    beginning and ending with a word character, or not normalised)."""
    if not forms:
        return None
    if not all(
        f.isascii() and is_word_char(f[0]) and is_word_char(f[-1]) and "\x00" not in f
        for f in forms
    ):
        return None
    byte_codes = bytearray(range(128)) + bytes([_OTHER]) * 128
    byte_codes[65:91] = range(97, 123)
    multibyte = []
    for source, target in same_length.items():
        if len(source) != 1 or len(target) != 1 or not target.isascii():
            return None
        encoded = source.encode()
        if len(encoded) == 1:
            byte_codes[encoded[0]] = ord(target)
        else:
            multibyte.append((encoded, ord(target)))
    # A form must read as itself after the mapping (e.g. no hyphen left in it).
    if any(byte_codes[ord(c)] != ord(c) for form in forms for c in form):
        return None
    single, multi = [], []
    for form_id, form in enumerate(forms):
        ends = _word_ends(form)
        whole = hash_text(form)
        if len(ends) == 1:
            single.append((whole, form_id, whole))
        else:
            multi.append((hash_text(form[: ends[1]]), form_id, whole))
    return ScanTable(
        single=KeyedForms.of(single, forms),
        multi=KeyedForms.of(multi, forms),
        byte_codes=bytes(byte_codes),
        multibyte=tuple(multibyte),
    )


class _Powers:
    """``_BASE**i`` and its inverse for ``i < size`` (modulo 2**64), grown on
    demand and shared by all batches."""

    def __init__(self) -> None:
        self.powers = np.ones(0, dtype=_HASH)
        self.inverses = np.ones(0, dtype=_HASH)

    def upto(self, size: int) -> tuple[np.ndarray, np.ndarray]:
        if self.powers.size < size:
            grown = max(size, 2 * self.powers.size)
            powers = np.full(grown, _BASE, dtype=_HASH)
            inverses = np.full(grown, _INVERSE, dtype=_HASH)
            powers[0] = inverses[0] = 1
            self.powers = np.cumprod(powers, dtype=_HASH)
            self.inverses = np.cumprod(inverses, dtype=_HASH)
        return self.powers[:size], self.inverses[:size]


_POWERS = _Powers()

#: UTF-8 continuation bytes: deleting them leaves one byte per character.
_CONTINUATION_BYTES = bytes(range(0x80, 0xC0))
#: UTF-8 lead byte → number of continuation bytes after it.
_CONTINUATIONS = np.zeros(256, dtype=np.int64)
_CONTINUATIONS[0xC0:0xE0] = 1
_CONTINUATIONS[0xE0:0xF0] = 2
_CONTINUATIONS[0xF0:] = 3


def _char_codes(joined: bytes, table: ScanTable) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One ``uint8`` code per character of the UTF-8 string ``joined``: every
    byte mapped and continuation bytes dropped by ``bytes.translate`` (one
    pass in C), then the normalised non-ASCII characters set. Also returns
    the character index of every multi-byte character and its number of
    continuation bytes (few: found by byte position; a position minus the
    continuation bytes before it is the character index)."""
    codes = np.frombuffer(
        bytearray(joined.translate(table.byte_codes, _CONTINUATION_BYTES)), dtype=np.uint8
    )
    data = np.frombuffer(joined, dtype=np.uint8)
    where = np.flatnonzero(data >= 0xC0)
    extra = _CONTINUATIONS[data[where]]
    index = where - (np.cumsum(extra) - extra)
    for encoded, target in table.multibyte:
        at = np.flatnonzero(data[where] == encoded[0])
        at = at[where[at] + len(encoded) <= data.size]
        for offset, byte in enumerate(encoded[1:], start=1):
            at = at[data[where[at] + offset] == byte]
        codes[index[at]] = target
    return codes, index, extra


def resolve_overlaps(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Indices of the matches a left-to-right scan keeps, for matches sorted by
    start with one match per start. A match no earlier match overlaps is
    surely kept; a match starting inside a surely kept one is surely dropped;
    repeat (each round settles at least the first unsettled match)."""
    keep = np.arange(starts.size)
    while keep.size:
        s, e = starts[keep], ends[keep]
        overlapped = np.zeros(keep.size, dtype=bool)
        overlapped[1:] = s[1:] < np.maximum.accumulate(e)[:-1]
        if not overlapped.any():
            break
        kept_reach = np.maximum.accumulate(np.where(overlapped, 0, e))
        dropped = np.zeros(keep.size, dtype=bool)
        dropped[1:] = overlapped[1:] & (s[1:] < kept_reach[:-1])
        keep = keep[~dropped]
    return keep


def _scan_batch(texts: pl.Series, lengths: np.ndarray, table: ScanTable) -> dict[str, np.ndarray]:
    """Hits in one batch (``lengths``: characters of each text), as arrays:
    ``row`` (in ``texts``), character and byte offsets, ``form_id``."""
    codes, multibyte_at, continuations = _char_codes(
        texts.str.join(_TEXT_SEPARATOR).cast(pl.Binary).item(), table
    )
    n = codes.size
    powers, inverses = _POWERS.upto(n + 1)
    prefix = np.empty(n + 1, dtype=_HASH)
    prefix[0] = 0
    # In place: no temporary the size of the batch.
    np.multiply(codes, powers[:n], out=prefix[1:])
    np.cumsum(prefix[1:], out=prefix[1:])
    # Word edges alternate: start, end, start, ... A non-word cell on each
    # side makes the text's own edges count without copying the edge array.
    word = np.zeros(n + 2, dtype=bool)
    word[1:-1] = _is_word_code(codes)
    edges = np.flatnonzero(word[1:] != word[:-1])
    word = word[1:-1]
    starts, ends = edges[0::2], edges[1::2]
    scale = inverses[starts]
    # One-word forms: the word's hash is the form's; a word ends at a boundary.
    token, row = table.single.lookup((prefix[ends] - prefix[starts]) * scale)
    start_1 = starts[token]
    end_1 = start_1 + table.single.lengths[row]
    form_1 = table.single.form_ids[row]
    # Longer forms: found by their first two words, confirmed by the hash of
    # the whole span and a boundary after it.
    token, row = table.multi.lookup((prefix[ends[1:]] - prefix[starts[:-1]]) * scale[:-1])
    start_2 = starts[token]
    end_2 = start_2 + table.multi.lengths[row]
    inside = end_2 <= n
    start_2, end_2, row = start_2[inside], end_2[inside], row[inside]
    bounded = np.ones(end_2.size, dtype=bool)
    before_end = end_2 < n
    bounded[before_end] = ~word[end_2[before_end]]
    span = (prefix[end_2] - prefix[start_2]) * inverses[start_2]
    valid = bounded & (span == table.multi.hashes[row])
    start = np.concatenate((start_2[valid], start_1))
    end = np.concatenate((end_2[valid], end_1))
    form_id = np.concatenate((table.multi.form_ids[row[valid]], form_1))
    # The longest form at each start wins; then a left-to-right scan.
    order = np.lexsort((start - end, start))
    start, end, form_id = start[order], end[order], form_id[order]
    _, first = np.unique(start, return_index=True)
    start, end, form_id = start[first], end[first], form_id[first]
    kept = resolve_overlaps(start, end)
    start, end, form_id = start[kept], end[kept], form_id[kept]
    bases = np.zeros(lengths.size + 1, dtype=np.int64)
    np.cumsum(lengths + 1, out=bases[1:])
    text_row = np.searchsorted(bases, start, side="right") - 1
    # Byte offsets: a character's index plus the continuation bytes before it
    # (texts begin at character ``bases``; the separator is one byte).
    before = np.append(0, np.cumsum(continuations))
    byte_bases = bases + before[np.searchsorted(multibyte_at, bases)]
    byte_start = start + before[np.searchsorted(multibyte_at, start)]
    byte_end = end + before[np.searchsorted(multibyte_at, end)]
    return {
        "row": text_row,
        "start": start - bases[text_row],
        "end": end - bases[text_row],
        "byte_start": byte_start - byte_bases[text_row],
        "byte_end": byte_end - byte_bases[text_row],
        "form_id": form_id,
    }


def scan_texts(texts: pl.Series, table: ScanTable) -> pl.DataFrame:
    """Hits of the forms in ``texts`` (nulls read as empty): ``row`` (position
    in ``texts``), character ``start`` and ``end``, the same as byte offsets
    (``byte_start``, ``byte_end``), ``form_id``; sorted by row and start.

    Texts are scanned in batches of about ``_BATCH_CHARS`` characters, on as
    many threads as polars uses (numpy and polars release the GIL for the
    heavy steps).
    """
    texts = texts.fill_null("")
    lengths = texts.str.len_chars().to_numpy().astype(np.int64)
    batch_of = np.cumsum(lengths + 1) // _BATCH_CHARS
    bounds = np.flatnonzero(np.diff(batch_of)) + 1
    firsts = [int(i) for i in np.append(0, bounds)]
    stops = [int(i) for i in np.append(bounds, texts.len())]
    # Grow the shared powers once, before any thread reads them.
    _POWERS.upto(
        max(
            (int(lengths[a:b].sum()) + b - a for a, b in zip(firsts, stops, strict=True)), default=0
        )
        + 1
    )

    def scan(first: int, stop: int) -> dict[str, np.ndarray]:
        with np.errstate(over="ignore"):
            found = _scan_batch(texts.slice(first, stop - first), lengths[first:stop], table)
        found["row"] = found["row"] + first
        return found

    workers = min(pl.thread_pool_size(), len(firsts))
    if workers > 1:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            parts = list(pool.map(scan, firsts, stops))
    else:
        parts = [scan(first, stop) for first, stop in zip(firsts, stops, strict=True)]
    return pl.DataFrame(
        {name: np.concatenate([p[name] for p in parts]) for name in _HITS_SCHEMA},
        schema=_HITS_SCHEMA,
    )
