"""Actor sentiment per group, by voice, with 95 % bootstrap intervals.

``sentiment`` is the mention-weighted mean of the per-article target-aware
scores in ACTOR_SENTIMENT (each in [-1, 1]): Σ(score · mentions) / Σ mentions
over the group's articles; the interval resamples articles. ``differs`` flags
groups whose mean differs from the rest after Benjamini–Hochberg control.
"""

from __future__ import annotations

import polars as pl

from framing.compare.groups import attach_groups
from framing.compare.ratios import compare_ratios, flag_differences
from framing.compare.stats import seed_for

#: Actors compared (most mentioned first); the rest are too thin to compare.
MAX_ACTORS = 40

SENTIMENT_BY_GROUP = pl.Schema(
    {
        "group": pl.String,
        "actor": pl.String,
        "voice_group": pl.String,
        "n_articles": pl.Int64,
        "n_mentions": pl.Int64,
        "sentiment": pl.Float64,
        "sentiment_low": pl.Float64,
        "sentiment_high": pl.Float64,
        "share_negative": pl.Float64,
        "share_positive": pl.Float64,
        "z_vs_rest": pl.Float64,
        "q": pl.Float64,
        "differs": pl.Boolean,
    }
)


VOICE_GROUPS = ("all", "author", "quoted")


def compute_actor_sentiment(
    tables: dict[str, pl.DataFrame], groups: pl.DataFrame, *, max_actors: int = MAX_ACTORS
) -> pl.DataFrame:
    """One SENTIMENT_BY_GROUP row per group × actor × voice group with mentions."""
    scores = attach_groups(
        tables["actor_sentiment"].filter(
            pl.col("sentiment").is_not_null()
            & (pl.col("n_mentions") > 0)
            # per-speaker rows are a finer cut of "quoted"; pooled across speakers they
            # would mean nothing, so a group compares the three voice groups only
            & pl.col("voice_group").is_in(VOICE_GROUPS)
        ),
        groups,
    )
    if scores.is_empty():
        return pl.DataFrame(schema=SENTIMENT_BY_GROUP)
    top = (
        scores.filter(pl.col("voice_group") == "all")
        .group_by("actor")
        .agg(pl.col("n_mentions").sum())
        .sort(["n_mentions", "actor"], descending=[True, False])
        .head(max_actors)
        .get_column("actor")
        .to_list()
    )
    if not top:  # no "all" rows: rank on whatever voice groups exist
        top = sorted(set(scores.get_column("actor").to_list()))[:max_actors]
    scores = scores.filter(pl.col("actor").is_in(top)).with_columns(
        (pl.col("sentiment") * pl.col("n_mentions")).alias("weighted"),
        (pl.col("label") == "negative").cast(pl.Float64).alias("negative"),
        (pl.col("label") == "positive").cast(pl.Float64).alias("positive"),
        pl.col("n_mentions").cast(pl.Float64),
    )
    parts = []
    for (actor, voice), units in scores.group_by("actor", "voice_group", maintain_order=True):
        key = f"{actor}|{voice}"
        means = compare_ratios(
            units, numerators=["weighted"], denominator="n_mentions", seed_salt=seed_for(key)
        )
        shares = units.group_by("group").agg(
            pl.col("negative").mean().alias("share_negative"),
            pl.col("positive").mean().alias("share_positive"),
        )
        parts.append(
            means.join(shares, on="group").with_columns(
                pl.lit(actor).alias("actor"), pl.lit(voice).alias("voice_group")
            )
        )
    table = flag_differences(pl.concat(parts))
    return (
        table.select(
            "group",
            "actor",
            "voice_group",
            "n_articles",
            pl.col("denominator").round().cast(pl.Int64).alias("n_mentions"),
            pl.col("estimate").alias("sentiment"),
            pl.col("low").alias("sentiment_low"),
            pl.col("high").alias("sentiment_high"),
            "share_negative",
            "share_positive",
            "z_vs_rest",
            "q",
            "differs",
        )
        .cast(SENTIMENT_BY_GROUP)
        .sort("actor", "voice_group", "group")
    )
