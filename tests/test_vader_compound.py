"""Own VADER compound: equal to ``vaderSentiment`` on tricky and on real sentences."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
from real_sentences import real_sentences

from framing.vader_compound import apply_but, punctuation_emphasis, vader_compound


@lru_cache(maxsize=1)
def library() -> Any:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def library_compound(text: str) -> float:
    return float(library().polarity_scores(text)["compound"])


# Each exercises one rule: capitals, boosters, negators, "no", "but", idioms,
# "least", "kind of", punctuation emphasis, emoticons, emojis, empty input.
TRICKY = [
    "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!",
    "Not bad at all",
    "It was the bomb, but not so good",
    "no no good",
    "No problem or trouble at all.",
    "good good but bad bad",
    "great but great and great",
    "At least it isn't a horrible book.",
    "Roger Dodger is one of the least compelling variations on this theme.",
    "The book was only kind of good.",
    "I am sort of happy, kind of sad",
    "Without a doubt, excellent idea.",
    "never so good??",
    "Is this good???? Really?",
    "it is the shit",
    "a kiss of death for them, yeah right",
    "Make sure you :) or :D today!",
    "Catch utf-8 emoji such as 💘 and 💋 and 😁",
    "PROTESTERS REJECTED THE PLAN.",
    "The plan was REJECTED by protesters who were not happy.",
    "They didn't win, couldn't win, and never won.",
    "",
    "   ",
]


@pytest.mark.parametrize("text", TRICKY)
def test_equals_library_on_tricky_sentences(text: str) -> None:
    assert vader_compound(text) == library_compound(text)


def test_neutral_sentence_is_zero() -> None:
    assert vader_compound("The minister met the delegation in Baku on Tuesday.") == 0.0


def test_but_rescales_first_equal_value() -> None:
    # Two equal valences before "but" (at 2): both halved; the one after raised.
    valences = [1.9, 1.9, 1.9]
    apply_but([0, 1, 3], valences, 2)
    assert valences == [0.95, 0.95, 1.9 * 1.5]


def test_punctuation_emphasis_caps() -> None:
    assert punctuation_emphasis("Wow!!!!!!") == 4 * 0.292
    assert punctuation_emphasis("What?") == 0.0
    assert punctuation_emphasis("What????") == 0.96


def test_equals_library_on_real_sentences(shared_dir: Path) -> None:
    sentences = real_sentences(shared_dir, 3000)
    assert len(sentences) >= 2000
    moved = 0
    for text in sentences:
        expected = library_compound(text)
        assert vader_compound(text) == expected, text
        moved += expected != 0.0
    assert moved > 1000, "too few scored sentences: the test would check little"


def test_piece_cache_starts_over_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    from framing import vader_compound as module

    monkeypatch.setattr(module, "CACHE_LIMIT", 3)
    rules = module.load_vader_rules()
    rules.forms.clear()
    for text in TRICKY:
        assert vader_compound(text, rules) == library_compound(text)
    assert len(rules.forms) <= 3
