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


def test_one_batch_agrees_with_the_libraries_on_allsides_sentences(shared_dir: Path) -> None:
    # Scored together, so every sentence reads its own slice of the batch's pieces.
    texts = [*real_sentences(shared_dir, 2500), *TRICKY, *real_sentences(shared_dir, 50)]
    vaders, blobs = score_sentences(texts)
    assert list(zip(vaders, blobs, strict=True)) == [library_scores(t) for t in texts]


def test_small_chunks_give_the_same_scores(monkeypatch: pytest.MonkeyPatch) -> None:
    from framing import sentence_scores as module

    expected = score_sentences(TRICKY)
    monkeypatch.setattr(module, "CHUNK", 3)
    assert score_sentences([*TRICKY, *TRICKY]) == (expected[0] * 2, expected[1] * 2)


def test_piece_cache_keeps_two_generations(monkeypatch: pytest.MonkeyPatch) -> None:
    from framing import sentence_scores as module

    shared = module.load_pieces()
    pieces = module.Pieces(shared.vader, shared.pattern)
    monkeypatch.setattr(module, "CACHE_LIMIT", 2)
    for piece in ("alpha", "beta", "good", "bad"):
        pieces[piece]
    # "good" and "bad" fill the new generation; "alpha" and "beta" are the previous one.
    assert set(pieces) == {"good", "bad"} and set(pieces.previous) == {"alpha", "beta"}
    assert pieces["beta"] is None  # found in the previous generation, not cut again
    assert set(pieces) == {"beta"} and set(pieces.previous) == {"good", "bad"}
    assert pieces["good"] is not None and pieces["good"][1] == "good"


@pytest.mark.parametrize(
    "piece", ["Good", "NOT", "İstanbul", "no", "kind", "tuesday", "Ünal", "U.S.", "said,", "“I"]
)
def test_piece_entry_equals_the_general_cut(piece: str) -> None:
    from framing.pattern_polarity import cut_raw_piece
    from framing.sentence_scores import Pieces, load_pieces, simple_assessment
    from framing.vader_compound import cut_form

    shared = load_pieces()
    fresh = Pieces(shared.vader, shared.pattern)
    word, low, known, context = cut_form(piece, shared.vader.lexicon, shared.vader.context)
    written, tokens, inert = cut_raw_piece(piece, shared.pattern)
    plain = not known and not context and inert and written == piece
    plain = plain and tokens == (piece.lower(),)
    valence = shared.vader.lexicon[low] if known else None
    simple = simple_assessment(tokens, shared.pattern)
    expected = (word, low, valence, context, word.isupper(), written, tokens, inert, simple)
    assert fresh[piece] == (None if plain else expected)


@pytest.mark.parametrize("word", ["good", "terrible", "very", "not", "never", "said", "!", "new"])
def test_simple_assessment_is_what_patterns_step_records(word: str) -> None:
    from framing.pattern_polarity import assess_word
    from framing.sentence_scores import load_pieces, simple_assessment

    rules = load_pieces().pattern
    simple = simple_assessment((word,), rules)
    found: list[list[object]] = []
    pending = assess_word(word, None, None, found, rules)
    if simple is None:
        assert pending != (None, None) or found == []
    else:
        assert pending == (None, None) and found == [[simple[0], simple[1], False]]


def test_plain_pieces_are_stored_as_none() -> None:
    from framing.sentence_scores import load_pieces

    pieces = load_pieces()
    assert pieces["minister"] is None and pieces["Tuesday"] is None
    assert pieces["good"] is not None and pieces["said,"] is not None
