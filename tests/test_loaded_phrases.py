"""Loaded phrases: a term widened by the content word on each side."""

from __future__ import annotations

import polars as pl
import pytest

from framing.datafiles import load_stopwords
from framing.errors import SchemaError
from framing.eval.documents import build_documents
from framing.loaded_phrases import extend_to_phrases


def phrase_of(text: str, term: str, *, right: int = 1, left: int = 1) -> str:
    documents = build_documents([("a", "", text)])
    start = text.index(term)
    terms = pl.DataFrame({"article_id": ["a"], "start": [start], "end": [start + len(term)]})
    row = extend_to_phrases(documents, terms, right=right, left=left).row(0, named=True)
    return text[row["phrase_start"] : row["phrase_end"]]


def test_a_modifier_takes_the_word_it_modifies() -> None:
    assert phrase_of("It was a reckless appeasement of Iran.", "reckless") == "reckless appeasement"
    assert phrase_of("all those ignorant critics agree", "ignorant") == "ignorant critics"


def test_function_words_punctuation_and_names_stop_the_phrase() -> None:
    assert phrase_of("the regime of Assad", "regime") == "regime"
    assert phrase_of("He called it a sham, then left.", "sham") == "sham"
    assert phrase_of("the corrupt Clinton Foundation", "corrupt") == "corrupt"
    assert phrase_of("Corrupt officials fled", "Corrupt") == "Corrupt officials"
    assert phrase_of("a very bad idea", "bad") == "bad idea"  # "very" is a function word


def test_reach_is_configurable_and_zero_keeps_the_term() -> None:
    text = "truly shameless political theatre"
    assert phrase_of(text, "shameless", right=0, left=0) == "shameless"
    assert phrase_of(text, "shameless", right=2, left=1) == "truly shameless political theatre"
    assert phrase_of(text, "shameless", right=1, left=0) == "shameless political"


def test_offsets_slice_back_and_rows_keep_their_order() -> None:
    text = "brutal crackdown and vile lies"
    documents = build_documents([("a", "", text), ("b", "", "")])
    terms = pl.DataFrame({"article_id": ["a", "a"], "start": [21, 0], "end": [25, 6]})
    out = extend_to_phrases(documents, terms)
    assert out["start"].to_list() == [21, 0]
    assert [text[s:e] for s, e in out.select("phrase_start", "phrase_end").iter_rows()] == [
        "vile lies",
        "brutal crackdown",
    ]


def test_empty_input_and_missing_columns() -> None:
    documents = build_documents([])
    empty = pl.DataFrame(schema={"article_id": pl.String, "start": pl.Int64, "end": pl.Int64})
    out = extend_to_phrases(documents, empty)
    assert out.height == 0 and {"phrase_start", "phrase_end"} <= set(out.columns)
    with pytest.raises(SchemaError, match="start"):
        extend_to_phrases(documents, pl.DataFrame({"article_id": ["a"]}))
    with pytest.raises(SchemaError, match="zero or more"):
        extend_to_phrases(documents, empty, right=-1)


def test_function_words_are_lower_case() -> None:
    words = load_stopwords()
    assert {"the", "of", "and"} <= words and all(w == w.lower() for w in words)
