"""Distinctive terms per group: weighted log-odds with an informative Dirichlet prior.

Each group is compared with the rest of the corpus (one-vs-rest) following
Monroe, Colaresi & Quinn (2008), "Fightin' Words", with the whole corpus's term
frequencies as the prior (a_w = a_0 · y_w / N). ``z`` is the log-odds ratio over
its standard error: large positive z means the group uses the term more than
the rest beyond what chance explains. ``q`` is the Benjamini–Hochberg q-value
over every (group, term) pair tested; ``significant`` is q <= 0.05.

Terms are lower-cased words of the headline and body, without the English
function words of ``framing/data/stopwords/english.toml``.
"""

from __future__ import annotations

import math

import numpy as np
import polars as pl

from framing.compare.groups import UNKNOWN
from framing.compare.ratios import FDR
from framing.compare.stats import benjamini_hochberg
from framing.datafiles import load_stopwords

#: A word of at least two letters, joined inside by apostrophes or hyphens.
TERM = r"\p{L}[\p{L}'\-]*\p{L}"

#: Terms kept per group in the table.
TOP_TERMS = 25

DISTINCTIVE = pl.Schema(
    {
        "outlet": pl.String,
        "term": pl.String,
        "count": pl.Int64,
        "z": pl.Float64,
        "count_rest": pl.Int64,
        "per_10k": pl.Float64,
        "per_10k_rest": pl.Float64,
        "q": pl.Float64,
        "significant": pl.Boolean,
    }
)


def count_terms(articles: pl.DataFrame, *, group_col: str) -> pl.DataFrame:
    """Term counts per group: columns ``group``, ``term``, ``count``."""
    stop = list(load_stopwords())
    return (
        articles.select(
            pl.col(group_col).cast(pl.String).fill_null(UNKNOWN).alias("group"),
            pl.col("text")
            .str.replace_all("’", "'", literal=True)
            # "Iran's" counts as "iran": the possessive is grammar, not vocabulary.
            .str.replace_all(r"(\p{L})'[sS]\b", "$1")
            .str.to_lowercase()
            .str.extract_all(TERM)
            .alias("term"),
        )
        .explode("term")
        .drop_nulls("term")
        .filter(~pl.col("term").is_in(stop))
        .group_by("group", "term")
        .len(name="count")
    )


def _erfc_p(z: np.ndarray) -> np.ndarray:
    return np.array([math.erfc(abs(v) / math.sqrt(2.0)) for v in z.tolist()])


def find_distinctive_terms(
    articles: pl.DataFrame,
    *,
    group_col: str = "outlet",
    top_n: int = TOP_TERMS,
    min_count: int = 2,
    prior_strength: float | None = None,
) -> pl.DataFrame:
    """The ``top_n`` terms by z for each group (DISTINCTIVE_TERMS plus detail columns).

    ``articles`` needs ``text`` and ``group_col``; the group name is written in
    the ``outlet`` column whatever the grouping (null groups become ``(unknown)``).
    ``prior_strength`` is a_0, the prior's total pseudo-count (default: the
    corpus size N, i.e. the corpus itself is the prior). Terms seen fewer than
    ``min_count`` times in the whole corpus are not tested, unless a group has
    no other term.
    """
    counts = count_terms(articles, group_col=group_col)
    if counts.is_empty():
        return pl.DataFrame(schema=DISTINCTIVE)
    total_n = float(counts.get_column("count").sum())
    a0 = float(prior_strength) if prior_strength else total_n
    term_totals = counts.group_by("term").agg(pl.col("count").sum().alias("y_w"))
    group_totals = counts.group_by("group").agg(pl.col("count").sum().alias("n_i"))
    frame = (
        counts.join(term_totals, on="term")
        .join(group_totals, on="group")
        .with_columns(
            (pl.col("y_w") - pl.col("count")).alias("count_rest"),
            (pl.lit(total_n) - pl.col("n_i")).alias("n_j"),
            (pl.lit(a0) * pl.col("y_w") / total_n).alias("a_w"),
        )
    )
    tested_groups = set(frame.filter(pl.col("y_w") >= min_count).get_column("group").to_list())
    frame = frame.filter((pl.col("y_w") >= min_count) | ~pl.col("group").is_in(tested_groups))
    yi, yj, a = pl.col("count"), pl.col("count_rest"), pl.col("a_w")
    frame = frame.with_columns(
        (
            ((yi + a) / (pl.col("n_i") + a0 - yi - a)).log()
            - ((yj + a) / (pl.col("n_j") + a0 - yj - a)).log()
        ).alias("delta"),
        (1.0 / (yi + a) + 1.0 / (yj + a)).alias("variance"),
    ).with_columns((pl.col("delta") / pl.col("variance").sqrt()).alias("z"))
    q = benjamini_hochberg(_erfc_p(frame.get_column("z").to_numpy()))
    frame = frame.with_columns(pl.Series("q", q), (pl.Series("q", q) <= FDR).alias("significant"))
    top = (
        frame.sort(["group", "z", "term"], descending=[False, True, False])
        .group_by("group", maintain_order=True)
        .head(top_n)
    )
    return top.select(
        pl.col("group").alias("outlet"),
        "term",
        pl.col("count").cast(pl.Int64),
        "z",
        pl.col("count_rest").cast(pl.Int64),
        (pl.col("count") / pl.col("n_i") * 10_000).alias("per_10k"),
        pl.when(pl.col("n_j") > 0)
        .then(pl.col("count_rest") / pl.col("n_j") * 10_000)
        .otherwise(None)
        .alias("per_10k_rest"),
        "q",
        "significant",
    ).cast(DISTINCTIVE)
