"""Own pattern (TextBlob) polarity: equal to the library on tricky and on real sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from real_sentences import real_sentences

from framing.pattern_polarity import (
    cut_piece,
    cut_raw_piece,
    is_inert,
    load_pattern_rules,
    pattern_polarity,
    pattern_tokens,
)


def library_polarity(text: str) -> float:
    from textblob.en.sentiments import PatternAnalyzer

    return float(PatternAnalyzer().analyze(text).polarity)


# Each exercises one rule: adverbs, negation (kept over short words, ended by
# long ones), "!", emoticons, sarcasm, abbreviations, ellipses, contractions,
# curly quotes, paragraph breaks, empty input.
TRICKY = [
    "not very good",
    "really not good",
    "not a good idea",
    "not the best plan, but a good one",
    "very very good!!",
    "It is good!",
    "They arrived :) and left :(",
    "I <3 it",
    "Really (!) a surprise.",
    "He said: “It is not bad.”",
    "U.S. officials were pleased.",
    "Mr. Smith's great plan... it worked.",
    "don't worry, it's fine",
    "Type o. O positive",
    "(Article 8) was a terrible idea.",
    "Line one\n\nline two good",
    "Line one\r\n\r\nline two good",
    "END-OF-SENTENCE is a good marker",
    "",
    "   ",
]


@pytest.mark.parametrize("text", TRICKY)
def test_equals_library_on_tricky_sentences(text: str) -> None:
    assert pattern_polarity(text) == library_polarity(text)


def test_paragraph_break_goes_to_the_library() -> None:
    assert pattern_tokens("One.\n\nTwo.", load_pattern_rules()) is None


def test_cut_piece_splits_punctuation_but_keeps_abbreviations() -> None:
    rules = load_pattern_rules()
    assert cut_piece("(good).", rules) == ("( good ) .", ("(", "good", ")", "."), False)
    # The flag says "changes nothing while nothing is pending": unknown words and most punctuation.
    assert cut_piece("U.S.", rules) == ("U.S.", ("u.s.",), True)
    assert cut_piece("end...", rules) == ("end ...", ("end", "..."), True)
    assert cut_piece("Tuesday", rules) == ("Tuesday", ("tuesday",), True)
    assert cut_piece("Not", rules) == ("Not", ("not",), False)  # a negation is never plain
    assert cut_piece("Wow!", rules) == ("Wow !", ("wow", "!"), False)  # "!" raises the last one
    assert cut_piece("", rules) == ("", (), True)


def test_inert_words_leave_the_walk_unchanged() -> None:
    rules = load_pattern_rules()
    assert is_inert(",", rules) and is_inert("tuesday", rules)
    assert not is_inert("good", rules) and not is_inert("!", rules) and not is_inert("never", rules)


def test_raw_piece_cut_pads_contractions_and_quotes_as_pattern_does() -> None:
    rules = load_pattern_rules()
    assert cut_raw_piece("don't", rules)[1] == ("do", "n", "'", "t")
    assert cut_raw_piece("“bold”", rules)[1] == ("“", "bold", "”")
    assert cut_raw_piece("bold", rules) == cut_piece("bold", rules)


def test_equals_library_on_real_sentences(shared_dir: Path) -> None:
    sentences = real_sentences(shared_dir, 3000)
    assert len(sentences) >= 2000
    rules = load_pattern_rules()
    assert sum(pattern_tokens(t, rules) is not None for t in sentences) > 2900
    moved = 0
    for text in sentences:
        expected = library_polarity(text)
        assert pattern_polarity(text) == expected, text
        moved += expected != 0.0
    assert moved > 1000, "too few scored sentences: the test would check little"


def test_piece_cache_starts_over_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    from framing import pattern_polarity as module

    monkeypatch.setattr(module, "CACHE_LIMIT", 3)
    rules = load_pattern_rules()
    rules.pieces.clear()
    for text in TRICKY:
        assert pattern_polarity(text, rules) == library_polarity(text)
    assert len(rules.pieces) <= 3


def test_every_emoticon_is_noticed_before_the_search() -> None:
    from textblob._text import EMOTICONS

    from framing.pattern_polarity import may_hold_specials

    rules = load_pattern_rules()
    for faces in EMOTICONS.values():
        for face in faces:
            assert may_hold_specials(f"so {face} there", rules), face
    assert may_hold_specials("Really (!) a surprise.", rules)
    assert not may_hold_specials("The talks were good, officials said.", rules)


@pytest.mark.parametrize(
    "piece",
    ["said,", "wall)", "Wow!", "it?", "Rep.", "U.S.", "year.", "a,", "Mr.", "T.", "Dr.", "good."],
)
def test_word_and_mark_shortcut_cuts_as_cut_piece(piece: str) -> None:
    rules = load_pattern_rules()
    assert cut_raw_piece(piece, rules) == cut_piece(piece, rules)


@pytest.mark.parametrize(
    "token", ["U.S.", "Mr.", "T.", "t.", "Mrs.", "Ms.", "year.", "A.B.C.", "Xyz.", ""]
)
def test_joined_abbreviation_pattern_equals_the_three(token: str) -> None:
    rules = load_pattern_rules()
    separately = any(p.match(token) is not None for p in rules.abbreviation_patterns)
    assert (rules.abbreviation.match(token) is not None) == separately
