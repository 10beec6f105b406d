"""Promotional cross-links (``READ: …``) per article, per group, with 95 % intervals."""

from __future__ import annotations

import polars as pl

from framing.compare.groups import attach_groups
from framing.compare.ratios import compare_ratios, flag_differences

CROSSLINK_RATES = pl.Schema(
    {
        "group": pl.String,
        "n_articles": pl.Int64,
        "n_crosslinks": pl.Int64,
        "crosslinks_per_article": pl.Float64,
        "crosslinks_per_article_low": pl.Float64,
        "crosslinks_per_article_high": pl.Float64,
        "share_with_crosslinks": pl.Float64,
        "z_vs_rest": pl.Float64,
        "q": pl.Float64,
        "differs": pl.Boolean,
    }
)

#: Cross-links per article: one row per article of the corpus, zeros included.
ARTICLE_CROSSLINKS = pl.Schema({"article_id": pl.String, "group": pl.String, "n": pl.Int64})


def count_article_crosslinks(tables: dict[str, pl.DataFrame], groups: pl.DataFrame) -> pl.DataFrame:
    """ARTICLE_CROSSLINKS: how many cross-links each article carries."""
    per_article = tables["crosslinks"].group_by("article_id").len(name="n")
    return (
        groups.join(per_article, on="article_id", how="left")
        .with_columns(pl.col("n").fill_null(0))
        .select(list(ARTICLE_CROSSLINKS))
        .cast(ARTICLE_CROSSLINKS)
    )


def compute_crosslink_rates(tables: dict[str, pl.DataFrame], groups: pl.DataFrame) -> pl.DataFrame:
    """One CROSSLINK_RATES row per group."""
    units = count_article_crosslinks(tables, groups)
    if units.is_empty():
        return pl.DataFrame(schema=CROSSLINK_RATES)
    units = units.with_columns((pl.col("n") > 0).cast(pl.Float64).alias("has"))
    ratios = flag_differences(
        compare_ratios(units, numerators=["n"], denominator=None, seed_salt=30)
    )
    shares = (
        attach_groups(units.drop("group"), groups)
        .group_by("group")
        .agg(pl.col("has").mean().alias("share_with_crosslinks"))
    )
    return (
        ratios.join(shares, on="group")
        .select(
            "group",
            "n_articles",
            pl.col("numerator").round().cast(pl.Int64).alias("n_crosslinks"),
            pl.col("estimate").alias("crosslinks_per_article"),
            pl.col("low").alias("crosslinks_per_article_low"),
            pl.col("high").alias("crosslinks_per_article_high"),
            "share_with_crosslinks",
            "z_vs_rest",
            "q",
            "differs",
        )
        .cast(CROSSLINK_RATES)
        .sort("group")
    )
