"""Sentence-level VADER compound and TextBlob polarity, kept beside the target score for audit.

Both libraries are pure Python and cost far more per sentence than the
target-aware model, so the two scores are computed by ``framing.vader_compound``
and ``framing.pattern_polarity``: the libraries' published rules, applied with
their own word lists, but with the tokenisation cached per distinct piece of
text and the rules run only where a lexicon word stands. Both are tested equal
to the libraries on thousands of real news sentences, and both hand the rare
sentence they cannot be sure of (emojis; emoticons, sarcasm marks and
paragraph breaks in pattern's sense) to the library itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from framing.pattern_polarity import load_pattern_rules, pattern_polarity
from framing.vader_compound import load_vader_rules, vader_compound


@lru_cache(maxsize=65_536)
def score_sentence(text: str) -> tuple[float, float]:
    """Sentence-level VADER compound and TextBlob polarity of one sentence.

    Cached: syndicated wire copy and boilerplate repeat the same sentences
    across outlets.
    """
    return vader_compound(text, load_vader_rules()), pattern_polarity(text, load_pattern_rules())


def score_sentences(texts: Iterable[str]) -> tuple[list[float], list[float]]:
    """Sentence-level VADER compound and TextBlob polarity of each text."""
    scores = [score_sentence(text) for text in texts]
    return [v for v, _ in scores], [b for _, b in scores]
