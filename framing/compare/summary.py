"""The outlet summary: one row per group with the headline numbers of the comparison.

OUTLET_SUMMARY columns (the ``outlet`` column holds the group, whatever the
grouping) plus intervals and the anonymous-source share. Rates are as defined
in ``rates``, ``sources`` and ``crosslinks`` of this package.
"""

from __future__ import annotations

import polars as pl

from framing import schemas
from framing.compare.crosslinks import compute_crosslink_rates
from framing.compare.groups import assign_groups, attach_groups
from framing.compare.rates import ALL_CATEGORIES, compute_loaded_rates
from framing.compare.sources import compute_source_stats

SUMMARY = pl.Schema(
    dict(schemas.OUTLET_SUMMARY)
    | {
        "loaded_per_1k_author_low": pl.Float64,
        "loaded_per_1k_author_high": pl.Float64,
        "loaded_per_1k_quoted_low": pl.Float64,
        "loaded_per_1k_quoted_high": pl.Float64,
        "n_loaded_terms": pl.Int64,
        "anonymous_share": pl.Float64,
        "crosslinks_per_article_low": pl.Float64,
        "crosslinks_per_article_high": pl.Float64,
        "n_actor_mentions": pl.Int64,
    }
)


def _rate_columns(rates: pl.DataFrame, voice: str) -> pl.DataFrame:
    return rates.filter(
        (pl.col("category") == ALL_CATEGORIES) & (pl.col("voice_group") == voice)
    ).select(
        pl.col("group").alias("outlet"),
        pl.col("per_1k").alias(f"loaded_per_1k_{voice}"),
        pl.col("per_1k_low").alias(f"loaded_per_1k_{voice}_low"),
        pl.col("per_1k_high").alias(f"loaded_per_1k_{voice}_high"),
    )


def summarize_outlets(
    tables: dict[str, pl.DataFrame],
    *,
    group_by: str | None = None,
    groups: pl.DataFrame | None = None,
    loaded_rates: pl.DataFrame | None = None,
) -> pl.DataFrame:
    """One SUMMARY row per group, largest group first.

    ``groups`` and ``loaded_rates`` may be passed when already computed (the
    report does), otherwise they are derived from ``tables`` and ``group_by``.
    """
    articles = tables["articles"]
    if groups is None:
        groups = assign_groups(articles, group_by)
    if groups.is_empty():
        return pl.DataFrame(schema=SUMMARY)
    if loaded_rates is None:
        loaded_rates = compute_loaded_rates(tables, groups)
    sizes = (
        attach_groups(articles.select("article_id", "n_words"), groups)
        .group_by("group")
        .agg(pl.len().alias("n_articles"), pl.col("n_words").sum().alias("n_words"))
    )
    n_terms = (
        attach_groups(tables["loaded_terms"].select("article_id"), groups)
        .group_by("group")
        .len(name="n_loaded_terms")
    )
    n_mentions = (
        attach_groups(tables["actor_mentions"].select("article_id"), groups)
        .group_by("group")
        .len(name="n_actor_mentions")
    )
    sources = compute_source_stats(tables, groups).select(
        "group", "sources_per_article", "distinct_sources", "anonymous_share"
    )
    crosslinks = compute_crosslink_rates(tables, groups).select(
        "group",
        "crosslinks_per_article",
        "crosslinks_per_article_low",
        "crosslinks_per_article_high",
    )
    summary = (
        sizes.join(n_terms, on="group", how="left")
        .join(n_mentions, on="group", how="left")
        .join(sources, on="group", how="left")
        .join(crosslinks, on="group", how="left")
        .rename({"group": "outlet"})
        .join(_rate_columns(loaded_rates, "author"), on="outlet", how="left")
        .join(_rate_columns(loaded_rates, "quoted"), on="outlet", how="left")
        .with_columns(
            pl.col("n_loaded_terms").fill_null(0),
            pl.col("n_actor_mentions").fill_null(0),
            pl.col("distinct_sources").fill_null(0),
            pl.col("sources_per_article").fill_null(0.0),
        )
    )
    return (
        summary.select(list(SUMMARY))
        .cast(SUMMARY)
        .sort(["n_articles", "outlet"], descending=[True, False])
    )
