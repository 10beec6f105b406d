"""Per-group ratios of per-article sums, with bootstrap intervals and a group-vs-rest test.

Every rate in the comparison (loaded terms per 1,000 words, sources per article,
anonymous share, cross-links per article) is a ratio of sums over articles:
``scale * sum(numerator) / sum(denominator)``. Articles are the resampling unit,
because words and terms within one article are not independent.

The group-vs-rest z uses the linearised (delta-method) variance of a ratio
estimator with articles as clusters, which needs only per-group sums, so it
scales to hundreds of groups; q-values control the false-discovery rate over
every test in one table (Benjamini–Hochberg).
"""

from __future__ import annotations

import math

import numpy as np
import polars as pl

from framing.compare.stats import benjamini_hochberg, bootstrap_ratio, seed_for, two_sided_p

#: False-discovery rate at which a difference is flagged.
FDR = 0.05

RATIOS = pl.Schema(
    {
        "group": pl.String,
        "metric": pl.String,
        "n_articles": pl.Int64,
        "numerator": pl.Float64,
        "denominator": pl.Float64,
        "estimate": pl.Float64,
        "low": pl.Float64,
        "high": pl.Float64,
        "z_vs_rest": pl.Float64,
    }
)


def _ratio_variance_sums(y: np.ndarray, w: np.ndarray) -> tuple[float, float, float, float, float]:
    """Sufficient sums for a ratio's linearised variance: Σy, Σw, Σy², Σyw, Σw²."""
    return (
        float(y.sum()),
        float(w.sum()),
        float((y * y).sum()),
        float((y * w).sum()),
        float((w * w).sum()),
    )


def _ratio_variance(sums: tuple[float, float, float, float, float], n: int) -> float:
    """Var(Σy/Σw) ≈ n/(n-1) · Σ(y - R w)² / (Σw)², from the sufficient sums."""
    sy, sw, syy, syw, sww = sums
    if n < 2 or sw <= 0:
        return math.nan
    r = sy / sw
    resid = max(syy - 2.0 * r * syw + r * r * sww, 0.0)
    return n / (n - 1) * resid / (sw * sw)


def compare_ratios(
    units: pl.DataFrame,
    *,
    numerators: list[str],
    denominator: str | None,
    scale: float = 1.0,
    seed_salt: int = 0,
) -> pl.DataFrame:
    """One RATIOS row per group and numerator column.

    ``units`` has one row per article with ``group``, the numerator columns and
    (unless ``denominator`` is None, meaning "per article") the denominator column.
    """
    if units.is_empty() or not numerators:
        return pl.DataFrame(schema=RATIOS)
    # Sorted by group, then article: each group is one contiguous slice, and the
    # resampled articles do not depend on the order the rows came in.
    units = units.sort("group", "article_id")
    if denominator is None:
        units = units.with_columns(pl.lit(1.0).alias("__one"))
        denominator = "__one"
    y_all = units.select(numerators).to_numpy().astype(np.float64)
    w_all = units.get_column(denominator).to_numpy().astype(np.float64)
    groups, starts, counts = np.unique(
        units.get_column("group").to_numpy(), return_index=True, return_counts=True
    )
    n_all = len(units)
    totals = [_ratio_variance_sums(y_all[:, j], w_all) for j in range(len(numerators))]

    rows = []
    for group, first, n in zip(groups.tolist(), starts.tolist(), counts.tolist(), strict=True):
        y = y_all[first : first + n]
        w = w_all[first : first + n]
        intervals = bootstrap_ratio(y, w, seed=seed_for(group, salt=seed_salt), scale=scale)
        for j, metric in enumerate(numerators):
            sums = _ratio_variance_sums(y[:, j], w)
            rest = tuple(t - s for t, s in zip(totals[j], sums, strict=True))
            n_rest = n_all - n
            z = math.nan
            if n_rest >= 2 and rest[1] > 0 and sums[1] > 0:
                diff = sums[0] / sums[1] - rest[0] / rest[1]
                var = _ratio_variance(sums, n) + _ratio_variance(rest, n_rest)  # type: ignore[arg-type]
                if var > 0:
                    z = diff / math.sqrt(var)
                elif diff == 0:
                    z = 0.0
            # One article cannot show how articles vary: no interval rather than a zero-width one.
            low, high = (intervals[j].low, intervals[j].high) if n >= 2 else (math.nan, math.nan)
            rows.append(
                (
                    group,
                    metric,
                    n,
                    sums[0],
                    sums[1],
                    intervals[j].estimate,
                    low,
                    high,
                    z,
                )
            )
    return pl.DataFrame(rows, schema=RATIOS, orient="row").with_columns(
        pl.col(c).fill_nan(None) for c in ("estimate", "low", "high", "z_vs_rest")
    )


def flag_differences(frame: pl.DataFrame, *, z_col: str = "z_vs_rest") -> pl.DataFrame:
    """Add ``q`` (BH-adjusted p over every row with a z) and ``differs`` (q <= FDR)."""
    if frame.is_empty():
        return frame.with_columns(
            pl.lit(None, dtype=pl.Float64).alias("q"),
            pl.lit(None, dtype=pl.Boolean).alias("differs"),
        )
    z = frame.get_column(z_col).to_numpy().astype(np.float64)
    q = np.full(len(z), np.nan)
    tested = ~np.isnan(z)
    if tested.any():
        q[tested] = benjamini_hochberg(two_sided_p(z[tested]))
    q_series = pl.Series("q", q).fill_nan(None)
    return frame.with_columns(q_series, (q_series <= FDR).fill_null(False).alias("differs"))
