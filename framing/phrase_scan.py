"""Find a fixed list of phrases in many texts at once, as a bounded regex would.

A gazetteer of a thousand names compiled into one Python regular expression is
tried at every capital letter of every article; polars' Aho-Corasick matcher
(``str.find_many``) finds every occurrence of every phrase in a whole batch in
one pass in Rust. This module turns those raw occurrences into exactly what
``re.finditer`` gives for

- ``(?<!\\w)(?:p1|p2|...)(?!\\w)`` (``boundary="outside"``: no word character
  touches the phrase), or
- ``\\b(?:p1|p2|...)\\b`` (``boundary="word"``),

with the longest phrase preferred at a start and matches never overlapping.
Offsets are character offsets into each text, as Python counts them.

The selection runs on the batch's UTF-8 bytes with numpy
(``select_matches_many``): the characters around each occurrence are decoded
and looked up in a table of Python's ``\\w``; the tests hold the result to the
regex.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Literal

import numpy as np
import polars as pl

from framing.lexicon_scan import resolve_overlaps

Boundary = Literal["outside", "word"]


def is_word_char(char: str) -> bool:
    """What ``\\w`` matches in Python's ``re`` (one character of a ``str``, Unicode)."""
    return char.isalnum() or char == "_"


def at_word_boundary(text: str, offset: int) -> bool:
    """What ``\\b`` tests in Python's ``re`` at ``offset``."""
    before = offset > 0 and is_word_char(text[offset - 1])
    after = offset < len(text) and is_word_char(text[offset])
    return before != after


def find_phrases_many(
    texts: pl.Series, phrases: Sequence[str], *, boundary: Boundary = "outside"
) -> list[list[tuple[int, int]]]:
    """For each text, the ``(start, end)`` spans of ``phrases`` a bounded regex finds.

    ``texts`` is a string Series (nulls count as empty texts).
    """
    return [sets[0] for sets in find_phrase_sets_many(texts, [(phrases, boundary)])]


def find_phrase_sets_many(
    texts: pl.Series, phrase_sets: Sequence[tuple[Sequence[str], Boundary]]
) -> list[list[list[tuple[int, int]]]]:
    """``find_phrases_many`` for several phrase lists, each with its boundary, in one scan.

    For each text, one span list per ``(phrases, boundary)`` of ``phrase_sets``:
    the raw occurrences of every phrase of every list are found in one pass,
    then each list selects its own, for the whole batch at once
    (``select_matches_many``).
    """
    words = sorted({p for phrases, _ in phrase_sets for p in phrases if p})
    if not words or texts.is_empty():
        return [[[] for _ in phrase_sets] for _ in range(texts.len())]
    filled = texts.fill_null("")
    found = pl.DataFrame({"text": filled}).select(
        starts=pl.col("text").str.find_many(words, overlapping=True),
        hits=pl.col("text").str.extract_many(words, overlapping=True),
    )
    return select_matches_many(filled, found["starts"], found["hits"], phrase_sets)


def select_matches_many(
    texts: pl.Series,
    byte_starts: pl.Series,
    hits: pl.Series,
    phrase_sets: Sequence[tuple[Sequence[str], Boundary]],
) -> list[list[list[tuple[int, int]]]]:
    """The bounded matches of every text and phrase list, vectorised over the batch.

    ``texts`` (no nulls) with, per text, the UTF-8 byte offsets and the
    phrases of the raw occurrences (list Series). The characters around each
    occurrence are decoded from the batch's bytes and tested against a table
    of Python's ``\\w``; the longest bounded phrase at a start wins and a
    left-to-right scan drops overlaps (``resolve_overlaps``), as the regex of
    the module docstring would.
    """
    n_texts = texts.len()
    result: list[list[list[tuple[int, int]]]] = [[[] for _ in phrase_sets] for _ in range(n_texts)]
    flat = (
        pl.DataFrame({"starts": byte_starts, "hits": hits})
        .with_row_index("row")
        .explode("starts", "hits")
        .drop_nulls("hits")
    )
    if flat.is_empty():
        return result
    batch = BatchBytes.of(texts)
    data, bases = batch.data, batch.bases
    row = flat["row"].to_numpy().astype(np.int64)
    start = bases[row] + flat["starts"].to_numpy().astype(np.int64)
    end = start + flat["hits"].str.len_bytes().to_numpy().astype(np.int64)
    has_before, has_after = start > bases[row], end < bases[row + 1]
    before_word = np.zeros(start.size, dtype=bool)
    before_word[has_before] = is_word_code_point(
        code_points(data, char_before(data, start[has_before]))
    )
    after_word = np.zeros(start.size, dtype=bool)
    after_word[has_after] = is_word_code_point(code_points(data, end[has_after]))
    char_offset = batch.char_offsets
    text_chars = char_offset(bases)
    for k, (phrases, boundary) in enumerate(phrase_sets):
        chosen = np.flatnonzero(flat["hits"].is_in(sorted({p for p in phrases if p})).to_numpy())
        s, e, r = start[chosen], end[chosen], row[chosen]
        if boundary == "outside":
            bounded = ~before_word[chosen] & ~after_word[chosen]
        else:
            first_word = is_word_code_point(code_points(data, s))
            last_word = is_word_code_point(code_points(data, char_before(data, e)))
            bounded = (before_word[chosen] != first_word) & (after_word[chosen] != last_word)
        s, e, r = s[bounded], e[bounded], r[bounded]
        order = np.lexsort((s - e, s))  # by start, the longest first
        s, e, r = s[order], e[order], r[order]
        _, first = np.unique(s, return_index=True)
        s, e, r = s[first], e[first], r[first]
        # Texts are disjoint ranges of the batch's bytes, so one scan serves all.
        kept = resolve_overlaps(s, e)
        s, e, r = s[kept], e[kept], r[kept]
        spans = list(
            zip(
                (char_offset(s) - text_chars[r]).tolist(),
                (char_offset(e) - text_chars[r]).tolist(),
                strict=True,
            )
        )
        bounds = np.append(0, np.cumsum(np.bincount(r, minlength=n_texts))).tolist()
        for text_row in np.unique(r).tolist():
            result[text_row][k] = spans[bounds[text_row] : bounds[text_row + 1]]
    return result


class BatchBytes:
    """The UTF-8 bytes of a batch of texts, joined, with where each text begins."""

    def __init__(self, data: np.ndarray, bases: np.ndarray) -> None:
        #: the bytes (``uint8``) and the byte offset of each text (one more: the end)
        self.data, self.bases = data, bases
        self._leads: tuple[np.ndarray, np.ndarray] | None = None

    @classmethod
    def of(cls, texts: pl.Series) -> BatchBytes:
        """The bytes of ``texts`` (a string Series without nulls)."""
        bases = np.zeros(texts.len() + 1, dtype=np.int64)
        np.cumsum(texts.str.len_bytes().to_numpy().astype(np.int64), out=bases[1:])
        return cls(np.frombuffer(texts.str.join("").cast(pl.Binary).item(), dtype=np.uint8), bases)

    def char_offsets(self, offsets: np.ndarray) -> np.ndarray:
        """Character offsets (into the joined texts) of byte offsets at character
        starts: a byte offset less the continuation bytes before it."""
        if self._leads is None:
            leads = np.flatnonzero(self.data >= 0xC0)
            self._leads = leads, np.append(0, np.cumsum(_CONTINUATIONS[self.data[leads]]))
        leads, extra_before = self._leads
        return offsets - extra_before[np.searchsorted(leads, offsets)]


#: UTF-8 lead byte → number of continuation bytes after it.
_CONTINUATIONS = np.zeros(256, dtype=np.int64)
_CONTINUATIONS[0xC0:0xE0] = 1
_CONTINUATIONS[0xE0:0xF0] = 2
_CONTINUATIONS[0xF0:] = 3

#: Code points below this are looked up in a table; the rest are asked one by one.
_TABLE_SIZE = 0x10000


@lru_cache(maxsize=1)
def _word_table() -> np.ndarray:
    return np.fromiter(
        (is_word_char(chr(c)) for c in range(_TABLE_SIZE)), dtype=bool, count=_TABLE_SIZE
    )


def is_word_code_point(points: np.ndarray) -> np.ndarray:
    """``is_word_char`` of every code point of ``points``."""
    table = _word_table()
    result = table[np.minimum(points, _TABLE_SIZE - 1)]
    rare = np.flatnonzero(points >= _TABLE_SIZE)
    result[rare] = [is_word_char(chr(c)) for c in points[rare].tolist()]
    return result


def char_before(data: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """Offsets of the first byte of the character ending at each offset (> 0) of
    the UTF-8 bytes ``data``: back over up to three continuation bytes."""
    at = offsets - 1
    for _ in range(3):
        at = np.where((data[at] & 0xC0) == 0x80, at - 1, at)
    return at


def code_points(data: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """The code point of the character starting at each offset of the UTF-8 bytes ``data``."""
    last = data.size - 1
    lead = data[offsets].astype(np.int64)
    tail = [data[np.minimum(offsets + i, last)].astype(np.int64) & 0x3F for i in (1, 2, 3)]
    extra = _CONTINUATIONS[lead]
    return np.select(
        [extra == 0, extra == 1, extra == 2],
        [
            lead,
            (lead & 0x1F) << 6 | tail[0],
            (lead & 0x0F) << 12 | tail[0] << 6 | tail[1],
        ],
        (lead & 0x07) << 18 | tail[0] << 12 | tail[1] << 6 | tail[2],
    )
