"""Sentence-level VADER compound and TextBlob polarity, kept beside the target score for audit.

Both libraries are pure Python and cost far more per sentence than the
target-aware model, so this module avoids calling them where their answer is
known without running them:

- VADER's compound is exactly 0.0 when no whitespace-separated word of the
  sentence (as is, or with its edge punctuation stripped, lower-cased) is in
  its lexicon and the sentence holds no emoji it would spell out: every word
  then adds a valence of 0, and its boosters, *but* and punctuation rules only
  scale valences that are already non-zero.
- TextBlob's (pattern's) polarity is exactly 0.0 when no token can be a word of
  its lexicon, an emoticon or the sarcasm mark ``(!)``: it averages over the
  assessed words only, and there are none. Its tokens are pieces of the
  sentence cut at whitespace, punctuation, quotes and contractions, so every
  lexicon word it could assess appears as a run of letters, digits and inner
  hyphens in the lower-cased sentence, either as written or with ``n't`` cut
  off (*don't* → *do n't*). Lexicon entries with spaces or apostrophes can never
  be a token (pattern splits on both) and are left out of the check.

Anything else goes to the library itself, through pattern's scorer directly:
TextBlob's ``PatternAnalyzer.analyze`` builds a new namedtuple class on every
call, which costs more than the scoring. ``tests/test_sentiment.py`` checks
the shortcuts against the libraries on real sentences.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

#: Runs of letters/digits with inner hyphens: every form a pattern lexicon word can take.
PATTERN_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
PATTERN_PLAIN_KEY = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@dataclass(frozen=True)
class SentenceScorers:
    """The two libraries' scorers and the word sets their shortcuts test against."""

    vader: Callable[[str], dict[str, float]]
    vader_words: frozenset[str]
    emoji_chars: frozenset[str]
    pattern: Callable[[str], tuple[float, float]]
    pattern_words: frozenset[str]
    pattern_marks: tuple[str, ...]  # odd lexicon entries and emoticons, tested as substrings


@lru_cache(maxsize=1)
def load_sentence_scorers() -> SentenceScorers:
    """VADER and pattern's sentiment, built once per process (neither needs downloads)."""
    from textblob._text import EMOTICONS
    from textblob.en import sentiment as pattern_sentiment
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    vader = SentimentIntensityAnalyzer()
    keys = list(pattern_sentiment.keys())  # the lazy dictionary loads on first use
    plain = frozenset(k for k in keys if PATTERN_PLAIN_KEY.fullmatch(k))
    odd = [k for k in keys if k not in plain and " " not in k and "'" not in k]
    emoticons = [e.lower() for faces in EMOTICONS.values() for e in faces]
    return SentenceScorers(
        vader=vader.polarity_scores,
        vader_words=frozenset(vader.lexicon),
        # VADER looks emojis up one character at a time, so only 1-character keys count.
        emoji_chars=frozenset(k for k in vader.emojis if len(k) == 1),
        pattern=pattern_sentiment,
        pattern_words=plain,
        pattern_marks=(*odd, *emoticons, "!"),
    )


def may_move_vader(text: str, scorers: SentenceScorers) -> bool:
    """False when VADER's compound of ``text`` is certainly 0.0."""
    if not scorers.emoji_chars.isdisjoint(text):
        return True
    words = scorers.vader_words
    for token in text.lower().split():
        if token in words or token.strip(string.punctuation) in words:
            return True
    return False


def may_move_pattern(text: str, scorers: SentenceScorers) -> bool:
    """False when TextBlob's polarity of ``text`` is certainly 0.0."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare character changes length when lowered
        return True
    if any(mark in lowered for mark in scorers.pattern_marks):
        return True
    words = scorers.pattern_words
    if not words.isdisjoint(PATTERN_WORD.findall(lowered)):
        return True
    return "n't" in lowered and not words.isdisjoint(
        PATTERN_WORD.findall(lowered.replace("n't", " n't"))
    )


@lru_cache(maxsize=65_536)
def score_sentence(text: str) -> tuple[float, float]:
    """Sentence-level VADER compound and TextBlob polarity of one sentence.

    Cached: syndicated wire copy and boilerplate repeat the same sentences
    across outlets.
    """
    scorers = load_sentence_scorers()
    compound = float(scorers.vader(text)["compound"]) if may_move_vader(text, scorers) else 0.0
    polarity = float(scorers.pattern(text)[0]) if may_move_pattern(text, scorers) else 0.0
    return compound, polarity


def score_sentences(texts: Iterable[str]) -> tuple[list[float], list[float]]:
    """Sentence-level VADER compound and TextBlob polarity of each text."""
    scores = [score_sentence(text) for text in texts]
    return [v for v, _ in scores], [b for _, b in scores]
