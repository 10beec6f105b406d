"""Many sentences tokenised at once, as flat sequences over the whole batch.

``framing.target_sentiment.tokenize`` describes one sentence; calling it per
sentence repeats the regular-expression call, the offset sums and the word
look-ups thousands of times per batch. ``tokenize_batch`` joins the lower-cased
sentences with line breaks (whitespace, so no token spans two sentences), cuts
them with the same token pattern in one call and gives every token its
``framing.word_ids`` id in one dictionary pass; valence, negators, clause
boundaries and the other word marks are then numpy gathers by id. Sentence
``k`` owns the tokens ``offsets[k]:offsets[k + 1]``; every position below is an
index into the flat sequences. ``TokenBatch.sentence(k)`` rebuilds exactly the
``Tokens`` that ``tokenize`` gives for that sentence, which is what the tests
compare.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

import numpy as np

from framing.target_sentiment import (
    NEGATION_SCALAR,
    QUOTE_OPEN,
    QUOTE_TOGGLE,
    TOKEN_SPLIT,
    WINDOW,
    Tokens,
    lower_text,
)
from framing.word_ids import FLAGS, Vocabulary, load_vocabulary


class StemsOf:
    """The stems of a batch's tokens, read through their ids (only a few are ever read)."""

    __slots__ = ("ids", "stems")

    def __init__(self, ids: np.ndarray, stems: list[str]) -> None:
        self.ids = ids
        self.stems = stems

    def __getitem__(self, i: int) -> str:
        return self.stems[self.ids[i]]

    def __len__(self) -> int:
        return len(self.ids)


@dataclass(frozen=True)
class TokenBatch:
    """Flat token sequences of many sentences (see the module docstring)."""

    words: tuple[str, ...]
    ids: np.ndarray  # vocabulary id of each token
    vocabulary: Vocabulary
    stems: StemsOf  # Snowball stem of each token (empty for group names)
    marks: np.ndarray  # the vocabulary's ``FLAGS`` of each token, one column per flag
    valence: np.ndarray  # VADER valence, flipped after a negator in the same sentence
    quoted: np.ndarray  # inside quotation marks
    boundary_at: np.ndarray  # clause boundaries (punctuation, contrast words)
    contrast_at: np.ndarray  # contrast words ("but", "although")
    starts: np.ndarray  # character offsets of each token in the joined text
    ends: np.ndarray
    offsets: tuple[int, ...]  # first token of each sentence, and the total at the end
    bases: tuple[int, ...]  # where each sentence starts in the joined text
    texts: tuple[str, ...]  # each sentence lower-cased, as ``Tokens.text``

    def mark(self, name: str) -> np.ndarray:
        """One of the vocabulary's ``FLAGS`` for every token."""
        return self.marks[:, FLAGS.index(name)]

    def span_tokens(self, k: int, start: int, end: int) -> tuple[int, int]:
        """Flat token range ``[first, last)`` of the span ``start:end`` of sentence ``k``.

        The same range as ``target_tokens`` on that sentence alone, shifted by
        the sentence's first token: spans are clamped to the sentence.
        """
        base, stop = self.bases[k], self.offsets[k + 1]
        first = min(int(np.searchsorted(self.ends, base + start, side="right")), stop)
        found = int(np.searchsorted(self.starts, base + end, side="left"))
        return first, min(max(first, found), stop)

    def sentence(self, k: int) -> Tokens:
        """The ``Tokens`` of sentence ``k``, as ``tokenize`` gives them."""
        g0, stop, base = self.offsets[k], self.offsets[k + 1], self.bases[k]
        stems = self.stems
        inside = slice(g0, stop)
        at = self.boundary_at[(self.boundary_at >= g0) & (self.boundary_at < stop)]
        contrast = self.contrast_at[(self.contrast_at >= g0) & (self.contrast_at < stop)]
        return Tokens(
            self.texts[k],
            self.words[inside],
            tuple(stems[i] for i in range(g0, stop)),
            tuple(self.valence[inside].tolist()),
            tuple(self.quoted[inside].tolist()),
            tuple(self.mark("boundary")[inside].tolist()),
            tuple((contrast - g0).tolist()),
            tuple((self.starts[inside] - base).tolist()),
            tuple((self.ends[inside] - base).tolist()),
            tuple((at - g0).tolist()),
        )


def tokenize_batch(texts: Sequence[str]) -> TokenBatch:
    """Tokens of every text, computed in one pass (see the module docstring)."""
    lowered = tuple(map(lower_text, texts))
    bases = tuple(accumulate((len(t) + 1 for t in lowered[:-1]), initial=0))[: len(lowered)]
    parts = TOKEN_SPLIT.split("\n".join(lowered))
    words = tuple(parts[1::2])
    bounds = np.cumsum(np.fromiter(map(len, parts), dtype=np.int64, count=len(parts)))
    starts, ends = bounds[::2][:-1], bounds[1::2]
    # Sentence k starts at bases[k]; its first token is the first starting there or later.
    offsets = (*np.searchsorted(starts, bases, side="left").tolist(), len(words))
    vocabulary = load_vocabulary()
    ids = vocabulary.ids_of(words)
    valence_of, flags_of = vocabulary.arrays()
    marks = flags_of[ids]
    valence = valence_of[ids]
    negator = marks[:, FLAGS.index("negator")]
    if negator.any():
        negate_batch(valence, negator, offsets)
    quoted = mark_quotes_batch(words, np.flatnonzero(marks[:, FLAGS.index("quote")]), offsets)
    return TokenBatch(
        words=words,
        ids=ids,
        vocabulary=vocabulary,
        stems=StemsOf(ids, vocabulary.stems),
        marks=marks,
        valence=valence,
        quoted=quoted,
        boundary_at=np.flatnonzero(marks[:, FLAGS.index("boundary")]),
        contrast_at=np.flatnonzero(marks[:, FLAGS.index("contrast")]),
        starts=starts,
        ends=ends,
        offsets=offsets,
        bases=bases,
        texts=lowered,
    )


def mark_quotes_batch(
    words: Sequence[str], marks_at: np.ndarray, offsets: Sequence[int]
) -> np.ndarray:
    """``mark_quotes`` of every sentence, walking only the quotation marks (``marks_at``,
    sorted flat positions): which tokens stand inside quotation marks."""
    quoted = np.zeros(len(words), dtype=bool)
    sentence_of = np.searchsorted(np.asarray(offsets), marks_at, side="right") - 1
    inside, opened, current = False, 0, -1
    for i, k in zip(marks_at.tolist(), sentence_of.tolist(), strict=True):
        if k != current:  # a new sentence: an open quotation runs to the end of the last one
            if inside:
                quoted[opened : offsets[current + 1]] = True
            inside, current = False, k
        word = words[i]
        if word in QUOTE_OPEN or (word in QUOTE_TOGGLE and not inside):
            if not inside:
                inside, opened = True, i
        elif inside:  # a closing mark ends the quotation
            quoted[opened : i + 1] = True
            inside = False
        else:  # a stray closing mark is quoted itself, nothing else
            quoted[i] = True
    if inside:
        quoted[opened : offsets[current + 1]] = True
    return quoted


def negate_batch(valence: np.ndarray, negator: np.ndarray, offsets: Sequence[int]) -> None:
    """``negate`` over the flat sequence, in place: a negator flips the next ``WINDOW``
    words of its sentence (once each, however many negators reach them)."""
    at = np.flatnonzero(negator)
    bounds = np.asarray(offsets, dtype=np.int64)
    stop = bounds[np.searchsorted(bounds, at, side="right")]  # the end of each negator's sentence
    reached = np.zeros(len(valence), dtype=bool)
    for step in range(1, WINDOW + 1):
        reached[(at + step)[at + step < stop]] = True
    flip = reached & ~negator & (valence != 0)
    valence[flip] *= NEGATION_SCALAR
