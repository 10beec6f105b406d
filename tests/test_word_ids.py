"""Word ids: each token's properties, read by id, are those of the one-word definitions."""

from __future__ import annotations

import numpy as np
import pytest

from framing.sentiment_model import load_model
from framing.target_scorer import TargetScorer
from framing.target_sentiment import COPULAS, PRONOUNS, QUOTE_MARKS, load_cues, word_info
from framing.token_batch import tokenize_batch
from framing.word_ids import FLAGS, Vocabulary

WORDS = ["israel", "accused", "not", "but", "is", "they", ",", "praised", "12", "“", "n't"]


def test_empty_input_gives_no_ids() -> None:
    vocabulary = Vocabulary()
    assert vocabulary.ids_of([]).tolist() == []
    valence, flags = vocabulary.arrays()
    assert valence.shape == (0,) and flags.shape == (0, len(FLAGS))


def test_same_word_same_id_and_its_properties() -> None:
    vocabulary = Vocabulary()
    ids = vocabulary.ids_of([*WORDS, *WORDS])
    assert ids[: len(WORDS)].tolist() == ids[len(WORDS) :].tolist() == list(range(len(WORDS)))
    valence, flags = vocabulary.arrays()
    cues = load_cues()
    for word, i in zip(WORDS, ids.tolist(), strict=False):
        token_stem, value, negator, boundary = word_info(word)
        assert vocabulary.stems[i] == token_stem and valence[i] == value
        expected = {
            "negator": negator,
            "boundary": boundary,
            "contrast": word in cues.contrast,
            "cue": token_stem in cues.harm | cues.help | cues.doubt_speech,
            "copula": word in COPULAS,
            "pronoun": word in PRONOUNS,
            "quote": word in QUOTE_MARKS,
        }
        assert dict(zip(FLAGS, flags[i].tolist(), strict=True)) == expected, word


def test_arrays_grow_with_new_words() -> None:
    vocabulary = Vocabulary()
    vocabulary.ids_of(["good"])
    assert len(vocabulary.arrays()[0]) == 1
    vocabulary.ids_of(["bad", "good"])
    assert len(vocabulary.arrays()[0]) == 2


def test_starting_over_keeps_scores(monkeypatch: pytest.MonkeyPatch) -> None:
    from framing import word_ids

    texts = ["Kanaani accused Israel of fomenting discord.", "They praised Baku, but not Tehran."]
    targets = [(0, 16, 22), (1, 12, 16), (1, 26, 32)]
    scorer = TargetScorer(load_model())
    before = scorer.score_token_batch(tokenize_batch(texts), targets)
    vocabulary = word_ids.load_vocabulary()
    generation = vocabulary.generation
    monkeypatch.setattr(word_ids, "VOCABULARY_LIMIT", 0)
    after = scorer.score_token_batch(tokenize_batch(texts), targets)
    assert vocabulary.generation > generation
    np.testing.assert_array_equal(before, after)
