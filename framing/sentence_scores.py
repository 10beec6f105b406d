"""Sentence-level VADER compound and TextBlob polarity, kept beside the target score for audit.

Both libraries are pure Python and cost far more per sentence than the
target-aware model, so the two scores are computed by ``framing.vader_compound``
and ``framing.pattern_polarity``: the libraries' published rules, applied with
their own word lists, but with the tokenisation cached per distinct piece of
text and the rules run only where a lexicon word stands. Both are tested equal
to the libraries on thousands of real news sentences, and both hand the rare
sentence they cannot be sure of (emojis; emoticons, sarcasm marks and
paragraph breaks in pattern's sense) to the library itself.

Both scorers start by cutting the sentence at whitespace, so the cut is shared:
one split per sentence and one look-up per piece in ``PIECES``, which keeps
each distinct piece's VADER form and pattern cut side by side.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from operator import itemgetter

from framing.pattern_polarity import (
    Cut,
    PatternRules,
    cut_raw_piece,
    load_pattern_rules,
    polarity_of_cuts,
)
from framing.vader_compound import (
    Form,
    VaderRules,
    compound_of_forms,
    cut_form,
    load_vader_rules,
    needs_library,
)

#: Distinct pieces kept before the cache starts over (about 12 MB; a small bound keeps
#: peak memory flat as the corpus grows).
CACHE_LIMIT = 30_000
FORM, CUT = itemgetter(0), itemgetter(1)


class Pieces(dict[str, tuple[Form, Cut]]):
    """Whitespace piece → (VADER form, pattern cut), each computed once per distinct piece."""

    def __init__(self, vader: VaderRules, pattern: PatternRules) -> None:
        super().__init__()
        self.vader = vader
        self.pattern = pattern

    def __missing__(self, piece: str) -> tuple[Form, Cut]:
        if len(self) >= CACHE_LIMIT:
            self.clear()  # keeps memory flat on long runs; a new batch refills it
        vader, pattern = self.vader, self.pattern
        found: tuple[Form, Cut]
        if piece.isalpha():
            # Most pieces are bare words: nothing to strip, pad or cut for either library.
            low = piece.lower()
            form = (piece, low, low in vader.lexicon, low in vader.context)
            inert = low not in pattern.lexicon and low not in pattern.negations
            found = (form, (piece, (low,), inert))
        else:
            found = (cut_form(piece, vader.lexicon, vader.context), cut_raw_piece(piece, pattern))
        self[piece] = found
        return found


@lru_cache(maxsize=1)
def load_pieces() -> Pieces:
    """The per-process piece cache, over both libraries' rules."""
    return Pieces(load_vader_rules(), load_pattern_rules())


@lru_cache(maxsize=4_096)
def score_sentence(text: str) -> tuple[float, float]:
    """Sentence-level VADER compound and TextBlob polarity of one sentence.

    Cached: syndicated wire copy and boilerplate repeat the same sentences
    across outlets.
    """
    pieces = load_pieces()
    found = list(map(pieces.__getitem__, text.split()))
    vader = pieces.vader
    if needs_library(text, vader):
        compound = float(vader.library(text)["compound"])
    else:
        compound = compound_of_forms(text, list(map(FORM, found)), vader)
    return compound, polarity_of_cuts(text, list(map(CUT, found)), pieces.pattern)


def score_sentences(texts: Iterable[str]) -> tuple[list[float], list[float]]:
    """Sentence-level VADER compound and TextBlob polarity of each text."""
    scores = [score_sentence(text) for text in texts]
    return [v for v, _ in scores], [b for _, b in scores]
