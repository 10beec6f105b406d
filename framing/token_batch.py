"""Many sentences tokenised at once, as flat sequences over the whole batch.

``framing.target_sentiment.tokenize`` describes one sentence; calling it per
sentence repeats the regular-expression call, the offset sums and the word
look-ups thousands of times per batch. ``tokenize_batch`` joins the lower-cased
sentences with line breaks (whitespace, so no token spans two sentences), cuts
them with the same token pattern in one call and looks every word up in one
pass. Sentence ``k`` owns the tokens ``offsets[k]:offsets[k + 1]``; every
position below is an index into the flat sequences. ``TokenBatch.sentence(k)``
rebuilds exactly the ``Tokens`` that ``tokenize`` gives for that sentence, which
is what the tests compare.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate, compress
from operator import itemgetter

import numpy as np

from framing.target_sentiment import (
    NEGATION_SCALAR,
    QUOTE_CHARS,
    TOKEN_SPLIT,
    WINDOW,
    WORD_INFO,
    Tokens,
    load_cues,
    lower_text,
    mark_quotes,
)


@dataclass(frozen=True)
class TokenBatch:
    """Flat token sequences of many sentences (see the module docstring)."""

    words: tuple[str, ...]
    stems: tuple[str, ...]
    valence: tuple[float, ...]  # VADER valence, flipped after a negator in the same sentence
    negator: tuple[bool, ...]
    quoted: tuple[bool, ...]
    boundary_at: tuple[int, ...]  # clause boundaries (punctuation, contrast words)
    contrast_at: tuple[int, ...]  # contrast words ("but", "although")
    starts: np.ndarray  # character offsets of each token in the joined text
    ends: np.ndarray
    offsets: tuple[int, ...]  # first token of each sentence, and the total at the end
    bases: tuple[int, ...]  # where each sentence starts in the joined text
    texts: tuple[str, ...]  # each sentence lower-cased, as ``Tokens.text``

    def span_tokens(self, k: int, start: int, end: int) -> tuple[int, int]:
        """Flat token range ``[first, last)`` of the span ``start:end`` of sentence ``k``.

        The same range as ``target_tokens`` on that sentence alone, shifted by
        the sentence's first token: spans are clamped to the sentence.
        """
        base, stop = self.bases[k], self.offsets[k + 1]
        first = min(int(np.searchsorted(self.ends, base + start, side="right")), stop)
        found = int(np.searchsorted(self.starts, base + end, side="left"))
        return first, min(max(first, found), stop)

    def clause(self, k: int, first: int, last: int) -> tuple[int, int]:
        """The tokens between the clause boundaries around ``first:last`` in sentence ``k``."""
        at = self.boundary_at
        g0, stop = self.offsets[k], self.offsets[k + 1]
        before = bisect_left(at, first)
        left = at[before - 1] + 1 if before and at[before - 1] >= g0 else g0
        after = bisect_left(at, last)
        right = at[after] if after < len(at) and at[after] < stop else stop
        return left, right

    def sentence(self, k: int) -> Tokens:
        """The ``Tokens`` of sentence ``k``, as ``tokenize`` gives them."""
        g0, stop, base = self.offsets[k], self.offsets[k + 1], self.bases[k]
        boundary = set(self.boundary_at)
        return Tokens(
            self.texts[k],
            self.words[g0:stop],
            self.stems[g0:stop],
            self.valence[g0:stop],
            self.quoted[g0:stop],
            tuple(i in boundary for i in range(g0, stop)),
            tuple(i - g0 for i in self.contrast_at if g0 <= i < stop),
            tuple((self.starts[g0:stop] - base).tolist()),
            tuple((self.ends[g0:stop] - base).tolist()),
            tuple(i - g0 for i in self.boundary_at if g0 <= i < stop),
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
    infos = list(map(WORD_INFO.__getitem__, words))
    stems, valence, negator, boundary = (tuple(map(itemgetter(i), infos)) for i in range(4))
    if any(negator):
        valence = negate_batch(valence, negator, offsets)
    quoted = [False] * len(words)
    for k, text in enumerate(texts):
        if QUOTE_CHARS.search(text):
            g0, stop = offsets[k], offsets[k + 1]
            quoted[g0:stop] = mark_quotes(words[g0:stop])
    contrast = load_cues().contrast
    contrast_at = tuple(compress(range(len(words)), map(contrast.__contains__, words)))
    return TokenBatch(
        words=words,
        stems=stems,
        valence=valence,
        negator=negator,
        quoted=tuple(quoted),
        boundary_at=tuple(compress(range(len(words)), boundary)),
        contrast_at=contrast_at,
        starts=starts,
        ends=ends,
        offsets=offsets,
        bases=bases,
        texts=lowered,
    )


def negate_batch(
    valence: tuple[float, ...], negator: tuple[bool, ...], offsets: tuple[int, ...]
) -> tuple[float, ...]:
    """``negate`` over the flat sequence: a negator flips the next ``WINDOW`` words of its sentence."""
    flipped = list(valence)
    negated: set[int] = set()
    for j in compress(range(len(negator)), negator):
        stop = offsets[bisect_right(offsets, j)]  # the end of j's sentence
        negated.update(range(j + 1, min(j + WINDOW + 1, stop)))
    for i in negated:
        if not negator[i] and flipped[i]:
            flipped[i] *= NEGATION_SCALAR
    return tuple(flipped)
