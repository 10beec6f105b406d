"""Sentence-level VADER / TextBlob scores: the shortcuts must agree with the libraries."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
from real_sentences import real_sentences

from framing.sentence_scores import score_sentence, score_sentences


@lru_cache(maxsize=1)
def library_analysers() -> tuple[Any, Any]:
    from textblob.en.sentiments import PatternAnalyzer
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer(), PatternAnalyzer()


def library_scores(text: str) -> tuple[float, float]:
    """The two scores as the libraries give them, with no shortcut."""
    vader, blob = library_analysers()
    return float(vader.polarity_scores(text)["compound"]), float(blob.analyze(text).polarity)


# Sentences that exercise each way a score can move without an obvious word.
TRICKY = [
    "The minister met the delegation in Baku on Tuesday.",
    "He said the talks were good.",
    "Officials don't expect a deal.",
    "It isn't the worst outcome.",
    "That was a well-intentioned plan.",
    "They arrived :) and left :(",
    "A f*cking disaster, she wrote.",
    "Really (!) a surprise.",
    "Wow! They signed it!",
    "The crowd cheered 🎉 as the results came in.",
    "Ankara’s “bold” move",
    "PROTESTERS REJECTED THE PLAN.",
    "İstanbul hosted the summit.",
    "",
    "   ",
    "12,000 troops; 3rd division",
]


@pytest.mark.parametrize("text", TRICKY)
def test_shortcuts_agree_with_the_libraries(text: str) -> None:
    assert score_sentence(text) == library_scores(text)


def test_neutral_sentence_scores_zero() -> None:
    assert score_sentence("The minister met the delegation in Baku on Tuesday.") == (0.0, 0.0)


def test_contraction_is_split_as_pattern_splits_it() -> None:
    # pattern reads "don't" as "do n ' t": the scores must follow it there too.
    for text in ("They don't know.", "It isn't good.", "We can't win."):
        assert score_sentence(text) == library_scores(text)


def test_score_sentences_of_nothing() -> None:
    assert score_sentences([]) == ([], [])


def test_score_sentences_keeps_order() -> None:
    vaders, blobs = score_sentences(["A terrible attack.", "A great success."])
    assert vaders[0] < 0 < vaders[1]
    assert blobs[0] < 0 < blobs[1]


def test_agrees_with_the_libraries_on_newsmtsc_sentences(shared_dir: Path) -> None:
    path = shared_dir / "eval" / "newsmtsc" / "rw_dev.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()[:300]
    texts = [json.loads(line)["sentence_normalized"] for line in lines]
    assert any(score_sentence(t) != (0.0, 0.0) for t in texts)
    for text in texts:
        assert score_sentence(text) == library_scores(text), text


def test_agrees_with_the_libraries_on_allsides_sentences(shared_dir: Path) -> None:
    # The shared piece cut (one split for both scorers) against both libraries.
    texts = real_sentences(shared_dir, 2500)
    assert len(texts) >= 2000
    for text in texts:
        assert score_sentence(text) == library_scores(text), text


def test_piece_cache_starts_over_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    from framing import sentence_scores as module

    pieces = module.load_pieces()
    monkeypatch.setattr(module, "CACHE_LIMIT", 1)
    pieces["alpha"]
    pieces["beta"]
    assert len(pieces) <= 2
    assert pieces["gamma"][0][1] == "gamma"


@pytest.mark.parametrize("piece", ["Good", "NOT", "İstanbul", "no", "kind", "tuesday", "Ünal"])
def test_bare_word_shortcut_equals_the_general_cut(piece: str) -> None:
    from framing.pattern_polarity import cut_raw_piece
    from framing.sentence_scores import Pieces, load_pieces
    from framing.vader_compound import cut_form

    shared = load_pieces()
    fresh = Pieces(shared.vader, shared.pattern)
    expected = (
        cut_form(piece, shared.vader.lexicon, shared.vader.context),
        cut_raw_piece(piece, shared.pattern),
    )
    assert fresh[piece] == expected
