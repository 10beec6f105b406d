"""Which group each article belongs to: its outlet, or any column chosen with ``--group-by``.

The group column is looked up among the article columns first, then among the
extra input columns kept as JSON in ``meta`` (e.g. ``bias_text`` of a corpus).
Every comparison joins the per-article tables to this one frame on
``article_id``, so a table's own ``outlet`` column never decides the grouping.
"""

from __future__ import annotations

import json

import polars as pl

from framing.errors import UsageError

#: Label for articles whose group value is missing.
UNKNOWN = "(unknown)"
#: Label for the groups folded together when there are too many to show.
OTHER = "(other)"

GROUPS = pl.Schema({"article_id": pl.String, "group": pl.String})


def _meta_value(meta: str | None, key: str) -> str | None:
    if not meta:
        return None
    try:
        parsed = json.loads(meta)
    except json.JSONDecodeError:
        # A malformed meta string carries no group; the article lands in UNKNOWN.
        return None
    if not isinstance(parsed, dict):
        return None
    value = parsed.get(key)
    return None if value is None or value == "" else str(value)


def assign_groups(articles: pl.DataFrame, group_by: str | None = None) -> pl.DataFrame:
    """One GROUPS row per article: ``group`` from ``outlet``, a column, or ``meta``.

    Raises ``UsageError`` when ``group_by`` is neither an article column nor a
    key of any article's ``meta``.
    """
    column = group_by or "outlet"
    if articles.is_empty():
        return pl.DataFrame(schema=GROUPS)
    if column in articles.columns and column != "meta":
        values = articles.get_column(column).cast(pl.String)
    elif "meta" in articles.columns:
        values = pl.Series(
            [_meta_value(m, column) for m in articles.get_column("meta").to_list()],
            dtype=pl.String,
        )
        if values.null_count() == len(values):
            raise UsageError(
                f"--group-by {column!r}: no article has that column "
                f"(article columns: {', '.join(articles.columns)}; or a key of the input's extra columns)"
            )
    else:
        raise UsageError(f"--group-by {column!r}: the articles have no such column")
    frame = pl.DataFrame({"article_id": articles.get_column("article_id"), "group": values})
    return frame.with_columns(
        pl.when(pl.col("group").is_null() | (pl.col("group").str.strip_chars() == ""))
        .then(pl.lit(UNKNOWN))
        .otherwise(pl.col("group"))
        .alias("group")
    ).cast(GROUPS)


def rank_groups(groups: pl.DataFrame) -> list[str]:
    """Group names by number of articles (most first), ties by name."""
    counts = groups.group_by("group").len().sort(["len", "group"], descending=[True, False])
    return counts.get_column("group").to_list()


def fold_groups(groups: pl.DataFrame, top_n: int) -> pl.DataFrame:
    """Keep the ``top_n`` largest groups and relabel every other article ``OTHER``.

    Charts stay readable from 1 to hundreds of groups; the tables keep every group.
    """
    ranked = rank_groups(groups)
    if len(ranked) <= top_n:
        return groups
    keep = ranked[: max(top_n - 1, 1)]
    return groups.with_columns(
        pl.when(pl.col("group").is_in(keep))
        .then(pl.col("group"))
        .otherwise(pl.lit(OTHER))
        .alias("group")
    )


def attach_groups(frame: pl.DataFrame, groups: pl.DataFrame) -> pl.DataFrame:
    """``frame`` with its articles' ``group`` (rows of unknown articles dropped)."""
    return frame.join(groups, on="article_id", how="inner")
