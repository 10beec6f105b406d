"""Integer ids for the words of the target-sentiment tokens, with their properties as arrays.

``framing.token_batch`` cuts a whole batch of sentences into a few hundred
thousand lower-case tokens. Reading each token's stem, VADER valence and cue
marks from dictionaries once per token, and again in every pass of the scorer,
is the cost that grows with the corpus; a news vocabulary, though, is small and
repeats. ``Vocabulary`` gives every distinct token an integer id on first
sight and keeps its properties in arrays indexed by id, so a batch needs one
dictionary pass (``ids_of``) and every later per-token question is a numpy
gather (``vocabulary.valence[ids]``).

The properties are those of ``framing.target_sentiment.word_info`` and the cue
lists, so the batch path reads exactly what the one-sentence ``tokenize`` reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from framing.target_sentiment import (
    COPULAS,
    PRONOUNS,
    QUOTE_MARKS,
    load_cues,
    word_info,
)

#: Distinct words kept before the vocabulary starts over (checked between batches, so
#: the ids of one batch never change; a few tens of MB at most).
VOCABULARY_LIMIT = 150_000
#: The boolean properties of a word, in the order of ``Vocabulary.flags``' columns.
FLAGS = ("negator", "boundary", "contrast", "cue", "copula", "pronoun", "quote")


class Vocabulary(dict[str, int]):
    """word → id, with per-id properties (see the module docstring).

    ``generation`` changes whenever the vocabulary starts over, so callers that
    keep their own per-id arrays (the scorer's weight rows) know to rebuild them.
    """

    def __init__(self) -> None:
        super().__init__()
        self.generation = 0
        self.words: list[str] = []
        self.stems: list[str] = []
        self._valence: list[float] = []
        self._flags: list[int] = []  # the FLAGS as bits, lowest first (small ints cost nothing)
        self._arrays: tuple[np.ndarray, np.ndarray] = (np.zeros(0), np.zeros((0, len(FLAGS)), bool))
        cues = load_cues()
        self._contrast = cues.contrast
        self._cue_stems = cues.harm | cues.help | cues.doubt_speech

    def __missing__(self, word: str) -> int:
        token_stem, valence, negator, boundary = word_info(word)
        self.words.append(word)
        self.stems.append(token_stem)
        self._valence.append(valence)
        marks = (
            negator,
            boundary,
            word in self._contrast,
            token_stem in self._cue_stems,
            word in COPULAS,
            word in PRONOUNS,
            word in QUOTE_MARKS,
        )
        self._flags.append(sum(1 << bit for bit, mark in enumerate(marks) if mark))
        self[word] = index = len(self.words) - 1
        return index

    def ids_of(self, words: Sequence[str]) -> np.ndarray:
        """The id of each word, adding the words not seen before."""
        if len(self) > VOCABULARY_LIMIT:
            self.start_over()
        return np.fromiter(map(self.__getitem__, words), dtype=np.int64, count=len(words))

    def start_over(self) -> None:
        """Forget every word (keeps memory flat on long runs)."""
        self.clear()
        self.words, self.stems, self._valence, self._flags = [], [], [], []
        self._arrays = (np.zeros(0), np.zeros((0, len(FLAGS)), bool))
        self.generation += 1

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """``(valence, flags)``: VADER valence per id, and the ``FLAGS`` columns per id."""
        valence, flags = self._arrays
        if len(valence) < len(self.words):
            start = len(valence)
            valence = np.concatenate([valence, np.array(self._valence[start:], dtype=np.float64)])
            bits = np.array(self._flags[start:], dtype=np.int64)[:, None]
            new = (bits >> np.arange(len(FLAGS))) & 1 == 1
            flags = np.concatenate([flags, new])
            self._arrays = (valence, flags)
        return self._arrays


@lru_cache(maxsize=1)
def load_vocabulary() -> Vocabulary:
    """The per-process vocabulary, shared by every batch."""
    return Vocabulary()
