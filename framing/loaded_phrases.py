"""Loaded phrases: the short phrase a loaded term stands in, for span-level output.

A loaded word rarely works alone: *reckless* loads *reckless appeasement*,
*ignorant* loads *those ignorant critics*. Annotations of propaganda spans
(SemEval-2020 task 11) mark such phrases, so a term's phrase is the term plus
at most ``right`` content words directly after it and ``left`` content words
directly before it, on the same line, without crossing punctuation. A content
word is a lower-case word that is not an English function word
(``framing/data/stopwords/english.toml``); capitalised words stop the phrase
because they begin a name (*the corrupt Clinton Foundation* keeps *corrupt*).

The loaded-terms table keeps the term itself (word-level uses and counts rely
on it); this module gives the wider extent when a phrase is what is wanted.
The one-word reach on each side was chosen on the PTC learning half only.
"""

from __future__ import annotations

import polars as pl

from framing.datafiles import load_stopwords
from framing.errors import SchemaError

#: A word next to the term: letters, inner hyphens and apostrophes.
_WORD = r"[A-Za-z][A-Za-z'\u2019\-]*"
#: Characters looked at beyond each end of the term (longer than any word kept).
_REACH = 40


def _next_word(after: pl.Expr) -> pl.Expr:
    """The word right after the term (spaces or tabs between), else null."""
    return after.str.extract(rf"^[ \t]+({_WORD})", 1)


def _previous_word(before: pl.Expr) -> pl.Expr:
    """The word right before the term (spaces or tabs between), else null."""
    return before.str.extract(rf"(?:^|[^A-Za-z'\u2019\-])({_WORD})[ \t]+$", 1)


def _is_content(word: pl.Expr) -> pl.Expr:
    """Lower-case and not a function word (null words are not content)."""
    function_words = sorted(load_stopwords())
    return (
        word.is_not_null()
        & word.str.contains(r"^[a-z]")
        & ~word.str.to_lowercase().str.replace_all("\u2019", "'").is_in(function_words)
    )


def extend_to_phrases(
    documents: pl.DataFrame, terms: pl.DataFrame, *, right: int = 1, left: int = 1
) -> pl.DataFrame:
    """``terms`` with ``phrase_start`` and ``phrase_end``: each term widened by up
    to ``right`` content words after it and ``left`` content words before it.

    ``terms`` needs ``article_id``, ``start`` and ``end`` (offsets into the
    documents' ``text``); rows keep their order. Raises ``SchemaError`` when a
    column is missing.
    """
    missing = {"article_id", "start", "end"} - set(terms.columns)
    if missing:
        raise SchemaError(f"extend_to_phrases needs the columns {sorted(missing)} in terms")
    if right < 0 or left < 0:
        raise SchemaError("extend_to_phrases: right and left must be zero or more")
    widened = terms.join(
        documents.select("article_id", _full="text"),
        on="article_id",
        how="left",
        maintain_order="left",
    ).with_columns(
        phrase_start=pl.col("start").cast(pl.Int64), phrase_end=pl.col("end").cast(pl.Int64)
    )
    for _ in range(right):
        after = pl.col("_full").str.slice(pl.col("phrase_end"), _REACH)
        found = after.str.extract(rf"^([ \t]+{_WORD})", 1)
        widened = widened.with_columns(
            phrase_end=pl.when(_is_content(_next_word(after)))
            .then(pl.col("phrase_end") + found.str.len_chars())
            .otherwise(pl.col("phrase_end"))
        )
    for _ in range(left):
        begin = (pl.col("phrase_start") - _REACH).clip(lower_bound=0)
        before = pl.col("_full").str.slice(begin, pl.col("phrase_start") - begin)
        found = before.str.extract(rf"({_WORD}[ \t]+)$", 1)
        widened = widened.with_columns(
            phrase_start=pl.when(_is_content(_previous_word(before)))
            .then(pl.col("phrase_start") - found.str.len_chars())
            .otherwise(pl.col("phrase_start"))
        )
    return widened.drop("_full")
