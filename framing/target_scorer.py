"""Fast scoring of many targets: the model's logits without building feature lists.

``featurize`` + ``SentimentModel.scores`` is the readable definition of the
target-sentiment score; this module computes the same numbers for a whole batch
at once, which matters at 10^7 articles. Each word's weight vectors (sentence
bag, clause bag, left and right window, word before and after) are looked up
once per ``framing.word_ids`` id and gathered for the batch by id; running sums (numpy
``cumsum``) then turn every bag and window into a difference of two rows, so a
target costs a few index computations however long its sentence.
``score_token_batch`` works on a ``framing.token_batch.TokenBatch`` (all
sentences tokenised together) and finds token ranges, clauses and flags for all
targets at once with sorted searches. ``tests/test_sentiment.py`` and
``tests/test_token_batch.py`` check that it gives the readable path's logits.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain

import numpy as np

from framing.sentiment_model import SentimentModel
from framing.target_sentiment import (
    WINDOW,
    load_cues,
    predicate_features,
    role_features,
)
from framing.token_batch import TokenBatch
from framing.word_ids import FLAGS, Vocabulary

Vector = tuple[float, float, float]
ZERO: Vector = (0.0, 0.0, 0.0)
#: Per-word weight prefixes, in the column order of the word table (3 columns each).
PREFIXES = ("s:", "c:", "l:", "r:", "l1:", "r1:")
S, C, L, R, L1, R1 = (slice(3 * i, 3 * i + 3) for i in range(len(PREFIXES)))
#: Column 18 of the word table marks negators (running sums take them from the batch).
VALENCE_FEATURES = ("v_sent", "v_clause", "v_window")


class WordTable:
    """The 18 weights (6 prefixes × 3 classes) and negator mark of each vocabulary word.

    Row 0 is all zeros: the padding row, and the row of every word the model has
    no weight for (most words of a new corpus). A row depends only on the word's
    stem, whether it is a word (not punctuation or a number) and whether it
    negates, so words sharing those share a row. ``rows_for`` gives the row of
    every id of a ``framing.word_ids.Vocabulary``, extended as the vocabulary
    grows; ``matrix`` stacks the rows for numpy gathers.
    """

    def __init__(self, weights: dict[str, tuple[float, float, float]]) -> None:
        self.weights = weights
        self.rows: list[tuple[float, ...]] = [(0.0,) * 19]
        self.index: dict[tuple[str, bool, bool], int] = {}
        self._matrix = np.zeros((0, 19))
        self._row_of = np.zeros(0, dtype=np.int64)
        self._generation = -1

    def row(self, token_stem: str, is_word: bool, negator: bool) -> int:
        """The row of a word with this stem, kind and negator mark (added on first sight)."""
        get = self.weights.get
        vectors = [get(prefix + token_stem) for prefix in PREFIXES]
        if not is_word:
            vectors[0] = None  # the sentence bag ("s:") holds words only
        if not negator and not any(vectors):
            return 0
        key = (token_stem, is_word, negator)
        index = self.index.get(key)
        if index is None:
            row: list[float] = []
            for vector in vectors:
                row.extend(vector or ZERO)
            row.append(1.0 if negator else 0.0)
            self.rows.append(tuple(row))
            self.index[key] = index = len(self.rows) - 1
        return index

    def rows_for(self, vocabulary: Vocabulary) -> np.ndarray:
        """The row of each vocabulary id."""
        if self._generation != vocabulary.generation:
            self._row_of = np.zeros(0, dtype=np.int64)
            self._generation = vocabulary.generation
        done = len(self._row_of)
        if done < len(vocabulary.words):
            negators = vocabulary.arrays()[1][done:, FLAGS.index("negator")].tolist()
            new = [
                self.row(token_stem, word[0].isalpha(), negator)
                for word, token_stem, negator in zip(
                    vocabulary.words[done:], vocabulary.stems[done:], negators, strict=True
                )
            ]
            self._row_of = np.concatenate([self._row_of, np.array(new, dtype=np.int64)])
        return self._row_of

    @property
    def matrix(self) -> np.ndarray:
        if len(self._matrix) < len(self.rows):
            new = np.array(self.rows[len(self._matrix) :], dtype=np.float64).reshape(-1, 19)
            self._matrix = np.vstack([self._matrix, new])
        return self._matrix


class TargetScorer:
    """A model compiled for speed: ``score_token_batch`` gives, for each target, the
    same logits as ``model.scores(featurize(tokens, start, end))``."""

    def __init__(self, model: SentimentModel) -> None:
        self.weights = model.weights
        self.table = WordTable(model.weights)
        self.cues = load_cues()

    def weight(self, name: str) -> np.ndarray:
        return np.asarray(self.weights.get(name, ZERO), dtype=np.float64)

    def score_token_batch(
        self, batch: TokenBatch, targets: np.ndarray | Sequence[tuple[int, int, int]]
    ) -> np.ndarray:
        """Logits, one row per target, shape (len(targets), 3), for sentences tokenised
        together by ``tokenize_batch``.

        Targets are ``(sentence index, start, end)`` with offsets into their
        sentence. Token ranges, clauses and yes/no flags are found for all
        targets at once with sorted searches on the flat sequences; the role and
        predicate rules run in Python only for targets with a cue word or a
        copula in reach.
        """
        m = len(targets)
        if m == 0:
            return np.zeros((0, 3))
        size = len(batch.words)
        # Padding row 0 (all zeros) past the end keeps the gathers below in range.
        ids = np.append(self.table.rows_for(batch.vocabulary)[batch.ids], 0)
        matrix = self.table.matrix
        # Running sums of the bag / window weights and the negator mark, row 0 all zeros:
        # without copying all 19 columns.
        cum = np.zeros((size + 1, 13))
        np.cumsum(matrix[ids[:-1], :12], axis=0, out=cum[1:, :12])
        np.cumsum(batch.mark("negator"), out=cum[1:, 12])
        cum_v = np.zeros(size + 1)
        np.cumsum(batch.valence, out=cum_v[1:])

        spans = np.array(targets, dtype=np.int64).reshape(m, 3)
        which, offsets = spans[:, 0], np.asarray(batch.offsets, dtype=np.int64)
        g0, stop = offsets[which], offsets[which + 1]
        base = np.asarray(batch.bases, dtype=np.int64)[which]
        first, last = locate_spans(batch, base + spans[:, 1], base + spans[:, 2], stop)
        left, right = clause_bounds(batch.boundary_at, first, last, g0, stop, size)
        wl, wr = np.maximum(g0, first - WINDOW), np.minimum(stop, last + WINDOW)

        extra = np.zeros((m, 3))
        named: list[tuple[int, str, float]] = []  # (target, feature, value): roles, predicates
        cues = self.cues
        for t in np.flatnonzero(self.rule_candidates(batch, first, last, left, right)).tolist():
            f, la, le, ri = int(first[t]), int(last[t]), int(left[t]), int(right[t])
            for name, value in chain(
                role_features(batch, f, la, le, ri, cues), predicate_features(batch, la, ri)
            ):
                named.append((t, name, value))
        if named:
            get = self.weights.get
            vectors = (
                np.array([get(name, ZERO) for _, name, _ in named])
                * np.array([value for _, _, value in named])[:, None]
            )
            np.add.at(extra, np.array([t for t, _, _ in named], dtype=np.int64), vectors)
        # The yes/no flags (see ``featurize``); adding a zero row is exact.
        for name, present in batch_flags(batch, first, last, g0, stop, size):
            extra += present[:, None] * self.weight(name)

        target_cum = cum[last] - cum[first]
        logits = np.tile(self.weight("bias"), (m, 1)) + extra
        logits += (cum[stop] - cum[g0] - target_cum)[:, S]
        logits += (cum[right] - cum[left] - target_cum)[:, C]
        logits += (cum[first] - cum[wl])[:, L]
        logits += (cum[np.minimum(stop, last + WINDOW)] - cum[last])[:, R]
        has_before, has_after = first > g0, last < stop
        before = matrix[ids[np.where(has_before, first - 1, size)], L1]
        after = matrix[ids[np.where(has_after, last, size)], R1]
        logits += np.where(has_before[:, None], before, self.weight("l1:<s>"))
        logits += np.where(has_after[:, None], after, self.weight("r1:</s>"))
        target_v = cum_v[last] - cum_v[first]
        totals = (
            cum_v[stop] - cum_v[g0] - target_v,
            cum_v[right] - cum_v[left] - target_v,
            cum_v[wr] - cum_v[wl] - target_v,
        )
        for name, total in zip(VALENCE_FEATURES, totals, strict=True):
            value = total / np.sqrt(total * total + 15.0)  # squash(), vectorised
            logits += np.maximum(value, 0.0)[:, None] * self.weight(name + "+")
            logits += np.maximum(-value, 0.0)[:, None] * self.weight(name + "-")
        negated = (cum[right, 12] - cum[left, 12]) > 0
        logits += negated[:, None] * self.weight("negated_clause")
        return logits

    def rule_candidates(
        self,
        batch: TokenBatch,
        first: np.ndarray,
        last: np.ndarray,
        left: np.ndarray,
        right: np.ndarray,
    ) -> np.ndarray:
        """Targets the role or predicate rules may fire for (a superset, checked exactly after).

        A role needs a harm / help / speech-doubt word within reach inside the
        clause; a predicate needs a copula right after the target.
        """
        cum_cue = np.concatenate([[0], np.cumsum(batch.mark("cue"))])
        after_end = np.maximum(last, np.minimum(right, last + WINDOW + 1))
        before_start = np.minimum(first, np.maximum(left, first - WINDOW))
        near = (cum_cue[after_end] - cum_cue[last]) + (cum_cue[first] - cum_cue[before_start])
        predicate = (last < right) & np.append(batch.mark("copula"), False)[last]
        return (near > 0) | predicate


def locate_spans(
    batch: TokenBatch, starts: np.ndarray, ends: np.ndarray, stop: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """``TokenBatch.span_tokens`` for many spans (offsets into the joined text)."""
    first = np.minimum(np.searchsorted(batch.ends, starts, side="right"), stop)
    found = np.searchsorted(batch.starts, ends, side="left")
    return first, np.minimum(np.maximum(first, found), stop)


def clause_bounds(
    boundary_at: np.ndarray,
    first: np.ndarray,
    last: np.ndarray,
    g0: np.ndarray,
    stop: np.ndarray,
    size: int,
) -> tuple[np.ndarray, np.ndarray]:
    """``TokenBatch.clause`` for many targets: the nearest boundaries inside each sentence."""
    at = np.append(boundary_at, size + 1)  # sentinel past the end
    before = np.searchsorted(at, first, side="left")
    previous = np.where(before > 0, at[np.maximum(before - 1, 0)], -1)
    left = np.where(previous >= g0, previous + 1, g0)
    following = at[np.searchsorted(at, last, side="left")]
    right = np.where(following < stop, following, stop)
    return left, right


def batch_flags(
    batch: TokenBatch,
    first: np.ndarray,
    last: np.ndarray,
    g0: np.ndarray,
    stop: np.ndarray,
    size: int,
) -> list[tuple[str, np.ndarray]]:
    """``TargetScorer.flags`` for many targets, in the same order, as yes/no columns."""
    quoted = np.append(batch.quoted, False)
    cum_quoted = np.concatenate([[0], np.cumsum(quoted[:-1])])
    in_quote = (first < stop) & quoted[first]
    elsewhere = ~in_quote & (cum_quoted[stop] - cum_quoted[g0] > 0)
    contrast = np.append(batch.contrast_at, size + 1)
    lo = np.searchsorted(contrast, g0, side="left")
    hi = np.searchsorted(contrast, stop, side="left")
    some = lo < hi
    after_contrast = some & (contrast[lo] < first)
    before_contrast = some & (contrast[np.maximum(hi - 1, 0)] >= last)
    cum_pronoun = np.concatenate([[0], np.cumsum(batch.mark("pronoun"))])
    all_pronouns = (last > first) & (cum_pronoun[last] - cum_pronoun[first] == last - first)
    return [
        ("in_quote", in_quote),
        ("quote_elsewhere", elsewhere),
        ("after_contrast", after_contrast),
        ("before_contrast", before_contrast),
        ("target_pronoun", all_pronouns),
        ("target_first", first == g0),
    ]
