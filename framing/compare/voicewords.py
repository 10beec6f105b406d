"""Words per article in the outlet's own voice and in quoted voices.

Rates "per 1,000 author words" divide by the words the outlet wrote itself
(headline, narration, its promotional cross-link lines); rates "per 1,000 quoted
words" divide by the words inside direct and indirect quotes. An article without
voice segments counts all its words as the outlet's own.
"""

from __future__ import annotations

import polars as pl

#: A word: a run of letters or digits, joined by apostrophes or hyphens (as the pipeline counts).
WORD = r"\w+(?:['’\-]\w+)*"

#: Voice of a segment → the side of the comparison it counts for.
VOICE_GROUP = {
    "headline": "author",
    "author": "author",
    "crosslink": "author",
    "direct_quote": "quoted",
    "indirect_quote": "quoted",
}

VOICE_WORDS = pl.Schema(
    {"article_id": pl.String, "author_words": pl.Int64, "quoted_words": pl.Int64}
)


def voice_group_expr(column: str = "voice") -> pl.Expr:
    """``author`` or ``quoted`` for a voice column (unknown voices count as the author's)."""
    return (
        pl.col(column)
        .replace_strict(VOICE_GROUP, default="author", return_dtype=pl.String)
        .alias("voice_group")
    )


def count_voice_words(articles: pl.DataFrame, voices: pl.DataFrame) -> pl.DataFrame:
    """One VOICE_WORDS row per article."""
    if articles.is_empty():
        return pl.DataFrame(schema=VOICE_WORDS)
    texts = articles.select("article_id", "text")
    segments = (
        voices.select("article_id", "start", "end", "voice")
        .join(texts, on="article_id", how="inner")
        .with_columns(
            voice_group_expr(),
            pl.col("text")
            .str.slice(pl.col("start"), pl.col("end") - pl.col("start"))
            .str.count_matches(WORD)
            .cast(pl.Int64)
            .alias("words"),
        )
    )
    per_voice = segments.group_by("article_id").agg(
        pl.col("words").filter(pl.col("voice_group") == "author").sum().alias("author_words"),
        pl.col("words").filter(pl.col("voice_group") == "quoted").sum().alias("quoted_words"),
    )
    whole = texts.with_columns(
        pl.col("text").str.count_matches(WORD).cast(pl.Int64).alias("all_words")
    ).drop("text")
    return (
        whole.join(per_voice, on="article_id", how="left")
        .with_columns(
            pl.col("author_words").fill_null(pl.col("all_words")),
            pl.col("quoted_words").fill_null(0),
        )
        .select(list(VOICE_WORDS))
        .cast(VOICE_WORDS)
    )
