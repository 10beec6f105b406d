"""Batch tokenisation and batch scoring: the same tokens and logits as one sentence at a time."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from real_sentences import real_sentences

from framing.sentiment_model import load_model
from framing.target_scorer import TargetScorer
from framing.target_sentiment import featurize, target_tokens, tokenize
from framing.token_batch import tokenize_batch

SENTENCES = [
    "Kanaani accused Israel of fomenting discord.",
    "",
    "   ",
    "They don't “agree”, but Israel is not happy; Iran was praised by Baku.",
    "İstanbul hosted the summit.",
    '"An open quote that never closes',
    "A stray ” closing mark.",
    "He is an implacable enemy, although he was never attacked.",
    "No, not this one: neither Tehran nor Baku.",
]


def random_targets(texts: list[str], seed: int) -> list[tuple[int, int, int]]:
    """Two spans per sentence, some running past its end, empty ones for empty text."""
    rng = random.Random(seed)
    targets = []
    for k, text in enumerate(texts):
        for _ in range(2):
            start = rng.randrange(len(text)) if text else 0
            targets.append((k, start, min(len(text) + 3, start + rng.randrange(0, 15))))
    return targets


def test_empty_batch() -> None:
    batch = tokenize_batch([])
    assert batch.words == () and batch.offsets == (0,)
    assert TargetScorer(load_model()).score_token_batch(batch, []).shape == (0, 3)


def test_sentences_equal_tokenize() -> None:
    batch = tokenize_batch(SENTENCES)
    for k, text in enumerate(SENTENCES):
        assert batch.sentence(k) == tokenize(text), text


def test_span_tokens_equal_target_tokens() -> None:
    batch = tokenize_batch(SENTENCES)
    for k, start, end in random_targets(SENTENCES, 3):
        first, last = batch.span_tokens(k, start, end)
        g0 = batch.offsets[k]
        assert (first - g0, last - g0) == target_tokens(tokenize(SENTENCES[k]), start, end)


def assert_logits_match_the_definition(
    texts: list[str], targets: list[tuple[int, int, int]]
) -> None:
    """``score_token_batch`` gives ``model.scores(featurize(...))`` for every target."""
    model = load_model()
    fast = TargetScorer(model).score_token_batch(tokenize_batch(texts), targets)
    for row, (k, start, end) in zip(fast, targets, strict=True):
        slow = model.scores(featurize(tokenize(texts[k]), start, end))
        assert row == pytest.approx(slow, abs=1e-9)


def test_logits_equal_the_feature_definition() -> None:
    assert_logits_match_the_definition(SENTENCES, random_targets(SENTENCES, 7))


def test_logits_equal_the_feature_definition_on_real_sentences(shared_dir: Path) -> None:
    texts = list(real_sentences(shared_dir, 2000))
    batch = tokenize_batch(texts)
    assert all(batch.sentence(k) == tokenize(t) for k, t in enumerate(texts))
    assert_logits_match_the_definition(texts, random_targets(texts, 11))


def test_splitter_cuts_the_tokens_of_the_token_pattern(shared_dir: Path) -> None:
    from framing.target_sentiment import TOKEN, TOKEN_SPLIT, lower_text

    texts = [
        *SENTENCES,
        "KELVIN \u212a, don’t, 3.5,000 ’tis İ ß",
        *real_sentences(shared_dir, 2000),
    ]
    for text in texts:
        lowered = lower_text(text)
        assert TOKEN_SPLIT.split(lowered)[1::2] == TOKEN.findall(lowered), text
