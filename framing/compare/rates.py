"""Loaded terms per 1,000 words, by group, lexicon category and voice, with 95 % intervals.

``voice_group`` is ``author`` (the outlet's own words: per 1,000 author words),
``quoted`` (inside quotes: per 1,000 quoted words) or ``all`` (per 1,000 words).
Category ``(all)`` counts every category together.
"""

from __future__ import annotations

import polars as pl

from framing.compare.groups import attach_groups
from framing.compare.ratios import compare_ratios, flag_differences
from framing.compare.voicewords import count_voice_words, voice_group_expr

ALL_CATEGORIES = "(all)"

LOADED_RATES = pl.Schema(
    {
        "group": pl.String,
        "category": pl.String,
        "voice_group": pl.String,
        "n_articles": pl.Int64,
        "n_terms": pl.Int64,
        "n_words": pl.Int64,
        "per_1k": pl.Float64,
        "per_1k_low": pl.Float64,
        "per_1k_high": pl.Float64,
        "z_vs_rest": pl.Float64,
        "q": pl.Float64,
        "differs": pl.Boolean,
    }
)

_DENOMINATOR = {"author": "author_words", "quoted": "quoted_words", "all": "all_words"}


def _term_counts(loaded_terms: pl.DataFrame) -> pl.DataFrame:
    """Terms per article, category and voice group, plus the ``(all)`` category and voice."""
    terms = loaded_terms.select("article_id", "category", voice_group_expr())
    both = pl.concat(
        [terms, terms.with_columns(pl.lit("all").alias("voice_group"))], how="vertical"
    )
    every = pl.concat(
        [both, both.with_columns(pl.lit(ALL_CATEGORIES).alias("category"))], how="vertical"
    )
    return every.group_by("article_id", "category", "voice_group").len(name="n")


def compute_loaded_rates(tables: dict[str, pl.DataFrame], groups: pl.DataFrame) -> pl.DataFrame:
    """One LOADED_RATES row per group × category × voice group that can be computed."""
    articles = tables["articles"]
    if articles.is_empty():
        return pl.DataFrame(schema=LOADED_RATES)
    words = count_voice_words(articles, tables["voices"]).with_columns(
        (pl.col("author_words") + pl.col("quoted_words")).alias("all_words")
    )
    counts = _term_counts(tables["loaded_terms"])
    categories = sorted(set(counts.get_column("category").to_list()) - {ALL_CATEGORIES})
    categories = [ALL_CATEGORIES, *categories]
    base = attach_groups(words, groups)
    parts = []
    for salt, (voice, denominator) in enumerate(_DENOMINATOR.items()):
        wide = (
            counts.filter(pl.col("voice_group") == voice).pivot(
                on="category", index="article_id", values="n"
            )
            if not counts.is_empty()
            else pl.DataFrame(schema={"article_id": pl.String})
        )
        units = base.join(wide, on="article_id", how="left")
        units = units.with_columns(
            [
                (pl.col(c).fill_null(0) if c in units.columns else pl.lit(0)).alias(c)
                for c in categories
            ]
        )
        ratios = compare_ratios(
            units, numerators=categories, denominator=denominator, scale=1000.0, seed_salt=salt
        )
        parts.append(ratios.with_columns(pl.lit(voice).alias("voice_group")))
    rates = pl.concat(parts)
    # A quoted rate is undefined where a group quotes nobody; such rows say nothing.
    rates = rates.filter(pl.col("denominator") > 0)
    rates = flag_differences(rates)
    return rates.select(
        "group",
        pl.col("metric").alias("category"),
        "voice_group",
        "n_articles",
        pl.col("numerator").round().cast(pl.Int64).alias("n_terms"),
        pl.col("denominator").round().cast(pl.Int64).alias("n_words"),
        pl.col("estimate").alias("per_1k"),
        pl.col("low").alias("per_1k_low"),
        pl.col("high").alias("per_1k_high"),
        "z_vs_rest",
        "q",
        "differs",
    ).sort("group", "voice_group", "category")
