"""The character-scan matcher gives exactly the compiled regex's hits."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import numpy as np
import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from framing import lexicon_scan
from framing.lexicon_format import Entry
from framing.lexicon_match import (
    _SAME_LENGTH_FROM,
    _SAME_LENGTH_TO,
    Matcher,
    compile_matcher,
    match_texts,
    match_texts_regex,
)
from framing.lexicon_scan import CASE_SPECIAL, build_scan, scan_texts
from framing.lexicons import load_lexicon

ENTRIES = [
    Entry(term="regime", category="loaded_noun"),
    Entry(term="Zionist regime", category="loaded_noun"),
    Entry(term="so-called", category="scare_marker"),
    Entry(term="so", category="test_word", inflect=False),
    Entry(term="called out", category="test_phrase", inflect=False),
    Entry(term="out of touch", category="test_phrase", inflect=False),
    Entry(term="fair", category="loaded_adjective", exclude=("fair trade",)),
    Entry(term="slammed", category="loaded_speech_verb", inflect=False),
    Entry(term="claim", category="loaded_speech_verb"),
    Entry(term="girlfriend's", category="test_word", inflect=False),
    Entry(term="lyin' Ted", category="test_phrase", inflect=False),
    Entry(term="U.S. puppet", category="test_phrase", inflect=False),
    Entry(term="b-52 bombers", category="test_phrase", inflect=False),
    Entry(term="tax", category="test_word", inflect=False),
]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    compiled = compile_matcher(ENTRIES)
    assert compiled.scan is not None
    return compiled


def frame(*texts: str | None) -> pl.DataFrame:
    return pl.DataFrame(
        {"article_id": [f"a{i:03d}" for i in range(len(texts))], "text": list(texts)},
        schema={"article_id": pl.String, "text": pl.String},
    )


def assert_same(texts: pl.DataFrame, matcher: Matcher) -> pl.DataFrame:
    scanned = match_texts(texts, matcher)
    expected = match_texts_regex(texts, matcher)
    assert scanned.to_dicts() == expected.to_dicts()
    assert scanned.schema == expected.schema
    return scanned


TEXTS = [
    "The Zionist regime's so-called strategy.",
    "the ZIONIST   regime and the so called plan, So\u2011Called, so\u2013called",
    "unfair, fairly fair; fair trade is not fair-trade? fairs",
    "He slammed them. They claimed, claims, claiming; claim.",
    "my girlfriend\u2019s car and my girlfriend's and girlfriend s",
    "Lyin\u2019 Ted and lyin' ted and lyin ted",
    "a U.S. puppet, a u.s. puppet, a US puppet, a U.S.\u00a0puppet",
    "B-52 bombers; b52 bombers; b 52 bombers",
    "so called out of touch: called out of touch",
    "caf\u00e9so so\u00e9 \u201cso\u201d fair_ fair1 1fair _fair",
    "taxes tax\u00a0tax-tax tax\ttax\ntax\r\ntax",
    "",
    "so",
    "\u00e9\u00e9 regime \U0001f600regime\U0001f600 \u00a0so\u00a0",
]


def test_scan_gives_the_regex_hits_on_every_feature(matcher: Matcher) -> None:
    found = assert_same(frame(*TEXTS), matcher)
    first = found.filter(pl.col("article_id") == "a000")["text"].to_list()
    assert first == ["Zionist regime", "so-called"]
    unfair = found.filter(pl.col("article_id") == "a002")["text"].to_list()
    assert unfair == ["fairly", "fair", "fairs"]  # not in "unfair", nor "fair trade"


def test_empty_and_null_texts(matcher: Matcher) -> None:
    assert match_texts(frame(), matcher).height == 0
    assert assert_same(frame(None, "", "so", None), matcher)["article_id"].to_list() == ["a002"]


def test_texts_lowercasing_to_other_lengths_go_to_the_regex(matcher: Matcher) -> None:
    # "İ" lower-cases to two characters, the Kelvin sign to ASCII "k".
    found = assert_same(frame("\u0130 so regime", "\u212a regime so", "so"), matcher)
    assert found["article_id"].to_list() == ["a000", "a000", "a001", "a001", "a002"]


def test_case_special_is_every_character_whose_lower_case_is_special() -> None:
    special = [
        chr(code)
        for code in range(128, sys.maxunicode + 1)
        if not 0xD800 <= code <= 0xDFFF
        and (len(chr(code).lower()) != 1 or chr(code).lower().isascii())
    ]
    assert special == list(CASE_SPECIAL)


def test_batches_and_threads_do_not_change_hits(
    matcher: Matcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = frame(*(TEXTS * 20))
    whole = match_texts(texts, matcher)
    monkeypatch.setattr(lexicon_scan, "_BATCH_CHARS", 64)
    assert match_texts(texts, matcher).equals(whole)
    assert whole.equals(match_texts_regex(texts, matcher))


def test_a_wrong_scan_hit_sends_its_text_to_the_regex(matcher: Matcher) -> None:
    # A table built for other forms (same ids) makes hits the check rejects,
    # as a hash collision would.
    keys = matcher.forms["form"].to_list()
    shifted = keys[1:] + keys[:1]
    wrong = build_scan(shifted, dict(zip(_SAME_LENGTH_FROM, _SAME_LENGTH_TO, strict=True)))
    broken = dataclasses.replace(matcher, scan=wrong)
    texts = frame(*TEXTS)
    assert match_texts(texts, broken).equals(match_texts_regex(texts, matcher))


def test_lexicons_the_scan_cannot_reproduce_use_the_regex() -> None:
    assert build_scan([], {}) is None
    assert build_scan(["caf\u00e9"], {}) is None
    assert build_scan(["-ish"], {}) is None
    assert build_scan(["so-called"], {"-": " "}) is None  # not normalised
    assert build_scan(["so"], {"\u2019": "\u2019"}) is None  # maps to non-ASCII
    odd = compile_matcher([Entry(term="caf\u00e9", category="c"), Entry(term="fair", category="c")])
    assert odd.scan is None
    assert_same(frame("un caf\u00e9 fair"), odd)


def test_scan_texts_reports_characters_and_bytes(matcher: Matcher) -> None:
    table = matcher.scan
    assert table is not None
    found = scan_texts(pl.Series(["\u00e9 so", None, "so\u2019s"]), table)
    assert found.select("row", "start", "end", "byte_start", "byte_end").rows() == [
        (0, 2, 4, 3, 5),
        (2, 0, 2, 0, 2),
    ]


def _reference_scan(starts: list[int], ends: list[int]) -> list[int]:
    kept, reach = [], -1
    for index, (start, end) in enumerate(zip(starts, ends, strict=True)):
        if start >= reach:
            kept.append(index)
            reach = end
    return kept


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8)), max_size=40))
def test_overlaps_are_resolved_as_a_left_to_right_scan(spans: list[tuple[int, int]]) -> None:
    by_start = dict(sorted(spans))  # one match per start
    starts = sorted(by_start)
    ends = [s + by_start[s] for s in starts]
    kept = lexicon_scan.resolve_overlaps(np.array(starts), np.array(ends))
    assert kept.tolist() == _reference_scan(starts, ends)


PIECES = [
    "so", "called", "So", "CALLED", "out", "of", "touch", "fair", "unfair", "trade",
    "regime", "Zionist", "tax", "taxes", "claim", "claimed", "lyin", "ted", "u", "s",
    "puppet", "b", "52", "bombers", "girlfriend", "x", "_", "9",
]  # fmt: skip
GLUE = [" ", "  ", "-", "\u2011", "'", "\u2019", ".", ", ", "\u00e9", "", "\n", "\u00a0", "\x00"]


@given(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(GLUE)), max_size=30))
def test_random_texts_give_the_regex_hits(matcher: Matcher, parts: list[tuple[str, str]]) -> None:
    text = "".join(word + glue for word, glue in parts)
    assert_same(frame(text, text.upper()), matcher)


@pytest.mark.slow
@pytest.mark.shared
def test_allsides_hits_equal_the_regex(shared_dir: Path) -> None:
    """Issue #3: the same hits as the regex on 2,000 real articles."""
    corpus = shared_dir / "bench" / "allsides.parquet"
    if not corpus.exists():
        pytest.skip(f"needs {corpus}")
    texts = pl.read_parquet(corpus, columns=["ID", "content_original"], n_rows=2000).select(
        article_id=pl.col("ID").cast(pl.String), text=pl.col("content_original")
    )
    lexicon = load_lexicon()
    assert lexicon.matcher.scan is not None
    found = assert_same(texts, lexicon.matcher)
    assert found.height > 10_000


def test_texts_sharing_an_article_id_are_matched_apart(matcher: Matcher) -> None:
    texts = pl.DataFrame(
        {"article_id": ["same", "same", "other"], "text": ["x so", "regime", "so"]}
    )
    found = assert_same(texts, matcher)
    assert found.select("article_id", "start", "text").rows() == [
        ("other", 0, "so"),
        ("same", 2, "so"),
        ("same", 0, "regime"),
    ]


@pytest.mark.parametrize(
    "terms", [["so", "regime", "tax"], ["so called", "out of touch", "lyin' ted"]]
)
def test_lexicons_of_only_one_word_or_only_longer_forms(terms: list[str]) -> None:
    only = compile_matcher([Entry(term=t, category="c", inflect=False) for t in terms])
    assert only.scan is not None
    assert assert_same(frame(*TEXTS), only).height > 0


def test_byte_offsets_hold_after_multibyte_characters_in_earlier_texts(
    matcher: Matcher,
) -> None:
    # Texts of one batch are joined; a text's byte base counts the
    # continuation bytes of every text before it.
    texts = pl.Series(
        ["caf\u00e9 \u201cregime\u201d", "\U0001f600\U0001f600 so called", "", "the regime"]
    )
    found = scan_texts(texts, matcher.scan)
    assert found.height == 3
    values = texts.to_list()
    for row, start, end, byte_start, byte_end in found.select(
        "row", "start", "end", "byte_start", "byte_end"
    ).iter_rows():
        assert values[row].encode()[byte_start:byte_end].decode() == values[row][start:end]
