"""Cross-group comparison: per-group aggregates with intervals, distinctive terms, actor labels.

``compare_groups`` computes every comparison table for one grouping of the
articles (by outlet, or by any column with ``group_by``); each table comes from
its own module (``rates``, ``sources``, ``crosslinks``, ``distinctive``,
``labels``, ``sentiment``, ``summary``), all built on ``stats``.
"""

from __future__ import annotations

import polars as pl

from framing.compare.crosslinks import compute_crosslink_rates
from framing.compare.distinctive import find_distinctive_terms
from framing.compare.groups import assign_groups, attach_groups
from framing.compare.labels import compute_actor_labels
from framing.compare.rates import compute_loaded_rates
from framing.compare.sentiment import compute_actor_sentiment
from framing.compare.sources import compute_source_mix
from framing.compare.summary import summarize_outlets

__all__ = ["assign_groups", "compare_groups", "find_distinctive_terms", "summarize_outlets"]


def compare_groups(
    tables: dict[str, pl.DataFrame], groups: pl.DataFrame
) -> dict[str, pl.DataFrame]:
    """Every comparison table for the grouping ``groups`` (article_id → group).

    Returns ``outlet_summary``, ``distinctive_terms``, ``loaded_rates``,
    ``source_mix``, ``crosslink_rates``, ``actor_labels`` and
    ``actor_sentiment_by_group``.
    """
    rates = compute_loaded_rates(tables, groups)
    grouped_articles = attach_groups(tables["articles"].select("article_id", "text"), groups)
    return {
        "outlet_summary": summarize_outlets(tables, groups=groups, loaded_rates=rates),
        "distinctive_terms": find_distinctive_terms(grouped_articles, group_col="group"),
        "loaded_rates": rates,
        "source_mix": compute_source_mix(tables, groups),
        "crosslink_rates": compute_crosslink_rates(tables, groups),
        "actor_labels": compute_actor_labels(tables, groups),
        "actor_sentiment_by_group": compute_actor_sentiment(tables, groups),
    }
