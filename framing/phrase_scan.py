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
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import polars as pl

Boundary = Literal["outside", "word"]


def is_word_char(char: str) -> bool:
    """What ``\\w`` matches in Python's ``re`` (one character of a ``str``)."""
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
    words = sorted({p for p in phrases if p})
    if not words or texts.is_empty():
        return [[] for _ in range(texts.len())]
    found = pl.DataFrame({"text": texts.fill_null("")}).select(
        starts=pl.col("text").str.find_many(words, overlapping=True),
        hits=pl.col("text").str.extract_many(words, overlapping=True),
    )
    return [
        select_matches(text, to_char_offsets(text, starts), hits, boundary)
        for text, starts, hits in zip(
            texts.fill_null("").to_list(),
            found["starts"].to_list(),
            found["hits"].to_list(),
            strict=True,
        )
    ]


def to_char_offsets(text: str, byte_offsets: list[int]) -> list[int]:
    """Character offsets of UTF-8 byte offsets into ``text`` (each at a character start)."""
    if text.isascii():
        return byte_offsets
    encoded = text.encode("utf-8")
    converted: dict[int, int] = {}
    previous_byte = previous_char = 0
    for offset in sorted(set(byte_offsets)):
        previous_char += len(encoded[previous_byte:offset].decode("utf-8"))
        previous_byte = offset
        converted[offset] = previous_char
    return [converted[offset] for offset in byte_offsets]


def select_matches(
    text: str, starts: list[int], hits: list[str], boundary: Boundary
) -> list[tuple[int, int]]:
    """The non-overlapping, leftmost, longest-at-a-start bounded occurrences."""
    longest: dict[int, int] = {}  # start -> end of the longest bounded phrase there
    size = len(text)
    for start, hit in zip(starts, hits, strict=True):
        end = start + len(hit)
        if boundary == "outside":
            bounded = not (start and is_word_char(text[start - 1])) and not (
                end < size and is_word_char(text[end])
            )
        else:
            bounded = at_word_boundary(text, start) and at_word_boundary(text, end)
        if bounded and longest.get(start, -1) < end:
            longest[start] = end
    spans: list[tuple[int, int]] = []
    resume = 0
    for start in sorted(longest):
        if start >= resume:
            spans.append((start, longest[start]))
            resume = longest[start]
    return spans
