"""Source mix per group: by source type, by the actor sources speak for, anonymous share.

``share`` is the fraction of the group's cited sources (one SOURCES row is one
citation) that have that type or actor, with a 95 % interval from resampling
articles; ``differs`` flags shares that differ from the rest of the corpus after
Benjamini–Hochberg control over the whole table.
"""

from __future__ import annotations

import polars as pl

from framing.compare.groups import attach_groups
from framing.compare.ratios import compare_ratios, flag_differences

#: Label for sources that speak for no known actor.
NO_ACTOR = "(none)"

SOURCE_MIX = pl.Schema(
    {
        "group": pl.String,
        "dimension": pl.String,  # type | actor
        "value": pl.String,
        "n_sources": pl.Int64,
        "share": pl.Float64,
        "share_low": pl.Float64,
        "share_high": pl.Float64,
        "z_vs_rest": pl.Float64,
        "q": pl.Float64,
        "differs": pl.Boolean,
    }
)

_DIMENSIONS = {"type": "source_type", "actor": "actor"}


def _per_article_counts(sources: pl.DataFrame, column: str) -> pl.DataFrame:
    values = sources.select(
        "article_id", pl.col(column).fill_null(NO_ACTOR).replace("", NO_ACTOR).alias("value")
    )
    return values.group_by("article_id", "value").len(name="n")


def compute_source_mix(tables: dict[str, pl.DataFrame], groups: pl.DataFrame) -> pl.DataFrame:
    """One SOURCE_MIX row per group × dimension × value present in the corpus."""
    sources = tables["sources"]
    if sources.is_empty() or groups.is_empty():
        return pl.DataFrame(schema=SOURCE_MIX)
    per_article = sources.group_by("article_id").len(name="n_total")
    base = attach_groups(per_article, groups)
    parts = []
    for salt, (dimension, column) in enumerate(_DIMENSIONS.items()):
        counts = _per_article_counts(sources, column)
        values = sorted(set(counts.get_column("value").to_list()))
        wide = counts.pivot(on="value", index="article_id", values="n")
        units = base.join(wide, on="article_id", how="left").with_columns(
            pl.col(v).fill_null(0) for v in values
        )
        ratios = compare_ratios(
            units, numerators=values, denominator="n_total", seed_salt=10 + salt
        )
        parts.append(ratios.with_columns(pl.lit(dimension).alias("dimension")))
    mix = flag_differences(pl.concat(parts).filter(pl.col("numerator") > 0))
    return mix.select(
        "group",
        "dimension",
        pl.col("metric").alias("value"),
        pl.col("numerator").round().cast(pl.Int64).alias("n_sources"),
        pl.col("estimate").alias("share"),
        pl.col("low").alias("share_low"),
        pl.col("high").alias("share_high"),
        "z_vs_rest",
        "q",
        "differs",
    ).sort("group", "dimension", "n_sources", descending=[False, False, True])


SOURCE_STATS = pl.Schema(
    {
        "group": pl.String,
        "sources_per_article": pl.Float64,
        "sources_per_article_low": pl.Float64,
        "sources_per_article_high": pl.Float64,
        "anonymous_share": pl.Float64,
        "anonymous_share_low": pl.Float64,
        "anonymous_share_high": pl.Float64,
        "distinct_sources": pl.Int64,
    }
)


def compute_source_stats(tables: dict[str, pl.DataFrame], groups: pl.DataFrame) -> pl.DataFrame:
    """Per group: ledger sources per article, the anonymous share, distinct sources (by ``source_id``)."""
    sources = attach_groups(tables["sources"], groups)
    # The ledger unit is a source per article, however often or however it is named.
    per_article = sources.group_by("article_id").agg(
        pl.col("source_id").n_unique().alias("n_sources"),
        pl.col("source_id")
        .filter(pl.col("source_type") == "anonymous")
        .n_unique()
        .alias("n_anonymous"),
    )
    units = groups.join(per_article, on="article_id", how="left").with_columns(
        pl.col("n_sources").fill_null(0), pl.col("n_anonymous").fill_null(0)
    )
    if units.is_empty():
        return pl.DataFrame(schema=SOURCE_STATS)
    per_art = compare_ratios(units, numerators=["n_sources"], denominator=None, seed_salt=20)
    anon = compare_ratios(
        units.filter(pl.col("n_sources") > 0),
        numerators=["n_anonymous"],
        denominator="n_sources",
        seed_salt=21,
    )
    distinct = sources.group_by("group").agg(
        pl.col("source_id").n_unique().alias("distinct_sources")
    )
    out = (
        per_art.select(
            "group",
            pl.col("estimate").alias("sources_per_article"),
            pl.col("low").alias("sources_per_article_low"),
            pl.col("high").alias("sources_per_article_high"),
        )
        .join(
            anon.select(
                "group",
                pl.col("estimate").alias("anonymous_share"),
                pl.col("low").alias("anonymous_share_low"),
                pl.col("high").alias("anonymous_share_high"),
            ),
            on="group",
            how="left",
        )
        .join(distinct, on="group", how="left")
        .with_columns(pl.col("distinct_sources").fill_null(0))
    )
    return out.select(list(SOURCE_STATS)).cast(SOURCE_STATS).sort("group")
