"""Sentences and paragraphs: offsets into text, headline as -1, abbreviations kept whole."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing import schemas
from framing.errors import SchemaError
from framing.sentences import load_abbreviations, split_sentences


def documents(text: str, body_start: int = 0, article_id: str = "a") -> pl.DataFrame:
    return pl.DataFrame(
        {"article_id": [article_id], "text": [text], "body_start": [body_start]},
    )


def spans(frame: pl.DataFrame, text: str) -> list[tuple[int, int, str]]:
    return [
        (i, p, text[s:e])
        for i, p, s, e in frame.select(
            "sentence_index", "paragraph_index", "start", "end"
        ).iter_rows()
    ]


def test_empty_input_has_the_schema() -> None:
    empty = pl.DataFrame(
        schema={"article_id": pl.String, "text": pl.String, "body_start": pl.Int64}
    )
    result = split_sentences(empty)
    assert result.schema == schemas.SENTENCES
    assert result.is_empty()


def test_empty_text_gives_no_sentences() -> None:
    assert split_sentences(documents("")).is_empty()


def test_headline_is_sentence_minus_one_and_offsets_slice_back() -> None:
    title = "Minister visits Baku"
    body = "Mr. Cohen met Pres. Aliyev on Monday. He left on Tuesday.\n\nTalks went well."
    text = title + "\n\n" + body
    result = split_sentences(documents(text, len(title) + 2))
    assert spans(result, text) == [
        (-1, -1, "Minister visits Baku"),
        (0, 0, "Mr. Cohen met Pres. Aliyev on Monday."),
        (1, 0, "He left on Tuesday."),
        (2, 1, "Talks went well."),
    ]


def test_us_at_a_sentence_end_before_a_sentence_starter_splits() -> None:
    text = "He wants to enter the U.S. The proposal failed. The U.S. Senate voted."
    assert [t for _, _, t in spans(split_sentences(documents(text)), text)] == [
        "He wants to enter the U.S.",
        "The proposal failed.",
        "The U.S. Senate voted.",
    ]


def test_every_line_is_a_paragraph() -> None:
    text = "One line\nREAD: another line\n\n  Third line.  "
    assert [(p, t) for _, p, t in spans(split_sentences(documents(text)), text)] == [
        (0, "One line"),
        (1, "READ: another line"),
        (2, "Third line."),
    ]


def test_abbreviation_list_comes_from_the_package() -> None:
    abbreviations = load_abbreviations()
    assert {"mr", "dr", "u.s", "gen"} <= abbreviations


def test_missing_columns_raise_schema_error() -> None:
    with pytest.raises(SchemaError, match="body_start"):
        split_sentences(pl.DataFrame({"article_id": ["a"], "text": ["x"]}))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet='ab .!?\n“”"', min_size=0, max_size=40), max_size=4))
def test_sentences_are_stripped_ordered_and_inside_the_body(parts: list[str]) -> None:
    text = "Title\n\n" + " ".join(parts)
    result = split_sentences(documents(text, 7))
    body = result.filter(pl.col("sentence_index") >= 0)
    previous_end = 7
    for s, e in body.select("start", "end").iter_rows():
        assert previous_end <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
        previous_end = e


PARAGRAPHS = [
    "He left. She stayed! Did they? Yes.",
    "Mr. Cohen met Gen. Smith in the U.S. on Monday. Talks went on.",
    "“We are ready,” she said. “Are you?” He nodded.",
    "The vote was 52 to 48. The bill passed (narrowly). It goes to the House.",
    "J. R. Smith scored 20. He was great... or was he? Nobody knows.",
    "It rose 3.5 percent in Jan. and fell in Feb. Analysts shrugged.",
    "The U.S. The proposal failed.",
]


@pytest.mark.parametrize("paragraph", PARAGRAPHS)
def test_fast_path_gives_punkts_answer(paragraph: str) -> None:
    from framing.sentences import _split_plain, build_tokenizer

    assert _split_plain(paragraph) == list(build_tokenizer().span_tokenize(paragraph))


def test_fast_path_agrees_with_punkt_on_real_paragraphs(shared_dir: Path) -> None:
    """Where the fast path and Punkt differ at all, it is on a few paragraphs (mostly
    Punkt missing an abbreviation after an opening quote, “Mr.)."""
    import re

    from framing.sentences import _split_plain, build_tokenizer

    corpus = pl.read_parquet(
        shared_dir / "bench" / "allsides.parquet", columns=["content_original"]
    )
    texts = corpus["content_original"].drop_nulls().head(300).to_list()
    paragraphs = [p.strip() for t in texts for p in re.findall(r"[^\r\n]*\S[^\r\n]*", t)]
    tokenizer = build_tokenizer()
    differ = sum(_split_plain(p) != list(tokenizer.span_tokenize(p)) for p in paragraphs)
    assert len(paragraphs) > 1000
    assert differ / len(paragraphs) < 0.005
