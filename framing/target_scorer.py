"""Fast scoring of many targets: the model's logits without building feature lists.

``featurize`` + ``SentimentModel.scores`` is the readable definition of the
target-sentiment score; this module computes the same numbers for a whole batch
at once, which matters at 10^7 articles. Each word's weight vectors (sentence
bag, clause bag, left and right window, word before and after) are looked up
once per distinct word and stacked for the batch; running sums (numpy
``cumsum``) then turn every bag and window into a difference of two rows, so a
target costs a few index computations however long its sentence.
``tests/test_sentiment.py`` checks that both paths give the same logits.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain

import numpy as np

from framing.sentiment_model import SentimentModel
from framing.target_sentiment import (
    PRONOUNS,
    WINDOW,
    Tokens,
    clause_range,
    load_cues,
    predicate_features,
    role_features,
    target_tokens,
)

Vector = tuple[float, float, float]
ZERO: Vector = (0.0, 0.0, 0.0)
#: Per-word weight prefixes, in the column order of the word table (3 columns each).
PREFIXES = ("s:", "c:", "l:", "r:", "l1:", "r1:")
S, C, L, R, L1, R1 = (slice(3 * i, 3 * i + 3) for i in range(len(PREFIXES)))
#: Column 18 of the word table marks negators; running sums cover columns 0-11 and 18.
NEGATOR = 18
NEGATOR_TO = [*range(12), NEGATOR]
VALENCE_FEATURES = ("v_sent", "v_clause", "v_window")


class WordTable(dict[str, int]):
    """word → row of its 18 weights (6 prefixes × 3 classes) and negator mark, added on first sight.

    Row 0 is all zeros (padding). ``matrix`` stacks the rows for numpy gathers
    and is rebuilt only after new words arrived.
    """

    def __init__(self, weights: dict[str, tuple[float, float, float]]) -> None:
        super().__init__()
        self.weights = weights
        self.rows: list[tuple[float, ...]] = [(0.0,) * 19]
        self._matrix: np.ndarray | None = None

    def __missing__(self, word: str) -> int:
        from framing.target_sentiment import word_info

        token_stem, _, negator, _ = word_info(word)
        alpha = word[0].isalpha()
        row: list[float] = []
        for prefix in PREFIXES:
            if prefix == "s:" and not alpha:
                row.extend(ZERO)
            else:
                row.extend(self.weights.get(prefix + token_stem, ZERO))
        row.append(1.0 if negator else 0.0)
        self.rows.append(tuple(row))
        self._matrix = None
        self[word] = index = len(self.rows) - 1
        return index

    @property
    def matrix(self) -> np.ndarray:
        if self._matrix is None:
            self._matrix = np.array(self.rows, dtype=np.float64)
        return self._matrix


class TargetScorer:
    """A model compiled for speed: ``score_batch`` gives, for each target, the same
    logits as ``model.scores(featurize(tokens, start, end))``."""

    def __init__(self, model: SentimentModel) -> None:
        self.weights = model.weights
        self.table = WordTable(model.weights)
        self.cues = load_cues()

    def weight(self, name: str) -> np.ndarray:
        return np.asarray(self.weights.get(name, ZERO), dtype=np.float64)

    def score_targets(self, tokens: Tokens, spans: Sequence[tuple[int, int]]) -> list[Vector]:
        """The logits (negative, neutral, positive) toward each span of one sentence."""
        logits = self.score_batch([tokens], [(0, start, end) for start, end in spans])
        return [(float(a), float(b), float(c)) for a, b, c in logits]

    def score_batch(
        self, sentences: Sequence[Tokens], targets: Sequence[tuple[int, int, int]]
    ) -> np.ndarray:
        """Logits, one row per ``(sentence index, start, end)`` target, shape (len(targets), 3)."""
        m = len(targets)
        if m == 0:
            return np.zeros((0, 3))
        offsets = [0]
        for tokens in sentences:
            offsets.append(offsets[-1] + len(tokens.words))
        words = [w for tokens in sentences for w in tokens.words]
        ids = np.fromiter(map(self.table.__getitem__, words), dtype=np.int64, count=len(words))
        # A padding row past the end keeps the gathers below in range for empty sentences.
        rows = self.table.matrix[np.append(ids, 0)]
        cum = np.vstack([np.zeros((1, 13)), np.cumsum(rows[:-1, NEGATOR_TO], axis=0)])
        valence = np.fromiter(
            chain.from_iterable(tokens.valence for tokens in sentences),
            dtype=np.float64,
            count=len(words),
        )
        cum_v = np.concatenate([[0.0], np.cumsum(valence)])

        index: list[tuple[int, ...]] = []  # g0, n, first, last, left, right, wl, wr
        named: list[tuple[int, str, float]] = []  # (target, feature, value): roles, flags
        for k, (sentence, start, end) in enumerate(targets):
            tokens = sentences[sentence]
            size = len(tokens.words)
            t_first, t_last = target_tokens(tokens, start, end)
            c_left, c_right = clause_range(tokens, t_first, t_last)
            index.append(
                (
                    offsets[sentence],
                    size,
                    t_first,
                    t_last,
                    c_left,
                    c_right,
                    max(0, t_first - WINDOW),
                    min(size, t_last + WINDOW),
                )
            )
            for name, value in chain(
                role_features(tokens, t_first, t_last, c_left, c_right, self.cues),
                predicate_features(tokens, t_last, c_right),
            ):
                named.append((k, name, value))
            named.extend((k, name, 1.0) for name in self.flags(tokens, t_first, t_last))
        extra = np.zeros((m, 3))
        if named:
            which = np.array([k for k, _, _ in named], dtype=np.int64)
            get = self.weights.get
            vectors = (
                np.array([get(name, ZERO) for _, name, _ in named])
                * np.array([value for _, _, value in named])[:, None]
            )
            np.add.at(extra, which, vectors)
        columns = np.array(index, dtype=np.int64)
        g0, n, first, last, left, right, wl, wr = (columns[:, i] for i in range(8))
        g_first, g_last = g0 + first, g0 + last
        target_cum = cum[g_last] - cum[g_first]
        logits = np.tile(self.weight("bias"), (m, 1)) + extra
        logits += (cum[g0 + n] - cum[g0] - target_cum)[:, S]
        logits += (cum[g0 + right] - cum[g0 + left] - target_cum)[:, C]
        logits += (cum[g_first] - cum[g0 + wl])[:, L]
        logits += (cum[g0 + np.minimum(n, last + WINDOW)] - cum[g_last])[:, R]
        has_before, has_after = first > 0, last < n
        before = rows[np.where(has_before, g_first - 1, len(words)), L1]
        after = rows[np.where(has_after, g_last, len(words)), R1]
        logits += np.where(has_before[:, None], before, self.weight("l1:<s>"))
        logits += np.where(has_after[:, None], after, self.weight("r1:</s>"))
        target_v = cum_v[g_last] - cum_v[g_first]
        totals = (
            cum_v[g0 + n] - cum_v[g0] - target_v,
            cum_v[g0 + right] - cum_v[g0 + left] - target_v,
            cum_v[g0 + wr] - cum_v[g0 + wl] - target_v,
        )
        for name, total in zip(VALENCE_FEATURES, totals, strict=True):
            value = total / np.sqrt(total * total + 15.0)  # squash(), vectorised
            logits += np.maximum(value, 0.0)[:, None] * self.weight(name + "+")
            logits += np.maximum(-value, 0.0)[:, None] * self.weight(name + "-")
        negated = (cum[g0 + right, 12] - cum[g0 + left, 12]) > 0
        logits += negated[:, None] * self.weight("negated_clause")
        return logits

    def flags(self, tokens: Tokens, first: int, last: int) -> list[str]:
        """The yes/no features of one target that are not word weights (see ``featurize``)."""
        n = len(tokens.words)
        flags = []
        if first < n and tokens.quoted[first]:
            flags.append("in_quote")
        elif any(tokens.quoted):
            flags.append("quote_elsewhere")
        if tokens.contrast_at and tokens.contrast_at[0] < first:
            flags.append("after_contrast")
        if tokens.contrast_at and tokens.contrast_at[-1] >= last:
            flags.append("before_contrast")
        target_words = tokens.words[first:last]
        if target_words and all(w in PRONOUNS for w in target_words):
            flags.append("target_pronoun")
        if first == 0:
            flags.append("target_first")
        return flags
