"""Comparison statistics: bootstrap intervals, weighted log-odds, Benjamini–Hochberg.

Each statistic is a small function over numpy arrays, so the aggregate modules
can swap or reuse them. Randomness comes from a generator seeded by the group's
name, so a rerun (or a reordering of the groups) gives the same intervals.
"""

from __future__ import annotations

import math
import zlib
from dataclasses import dataclass
from statistics import NormalDist

import numpy as np

#: Bootstrap resamples; 1,000 keeps the 2.5/97.5 percentiles stable to ~1 %.
N_RESAMPLES = 1000
#: Nominal coverage of every interval in the report.
CONFIDENCE = 0.95
#: Above this many units a group's interval is the normal approximation from the
#: linearised variance: the bootstrap would cost n_resamples × n memory and, with
#: so many articles, agrees with the normal interval anyway.
MAX_BOOTSTRAP_UNITS = 20_000


def seed_for(key: str, *, salt: int = 0) -> int:
    """A stable seed for ``key`` (crc32 is the same on every platform and run)."""
    return zlib.crc32(key.encode("utf-8")) ^ salt


def resample_weights(n: int, *, seed: int, n_resamples: int = N_RESAMPLES) -> np.ndarray:
    """How often each of ``n`` units is drawn in each resample: shape (n_resamples, n).

    Drawing with replacement is a multinomial draw of counts, so any per-unit
    statistic that is a sum can be bootstrapped with one matrix product,
    and every metric of a group shares the same resamples.
    """
    rng = np.random.default_rng(seed)
    if n == 0:
        return np.zeros((n_resamples, 0))
    # Draw unit indices and count them per resample: one bincount over offset indices
    # is ~100x faster than numpy's multinomial for hundreds of units.
    picks = rng.integers(0, n, size=(n_resamples, n))
    picks += np.arange(n_resamples)[:, None] * n
    counts = np.bincount(picks.ravel(), minlength=n_resamples * n)
    return counts.reshape(n_resamples, n).astype(np.float64)


@dataclass(frozen=True)
class Interval:
    """A point estimate with its percentile-bootstrap interval (NaN when undefined)."""

    estimate: float
    low: float
    high: float


def percentile_interval(samples: np.ndarray, *, confidence: float = CONFIDENCE) -> np.ndarray:
    """The (low, high) percentiles of each column of ``samples``: shape (2, k).

    NaN (undefined) when there are no samples.
    """
    tail = (1.0 - confidence) / 2.0 * 100.0
    if samples.ndim == 1:
        samples = samples[:, None]
    if samples.shape[0] == 0:
        return np.full((2, samples.shape[1]), np.nan)
    return np.percentile(samples, [tail, 100.0 - tail], axis=0)


def bootstrap_ratio(
    numerators: np.ndarray,
    denominators: np.ndarray,
    *,
    seed: int,
    scale: float = 1.0,
    n_resamples: int = N_RESAMPLES,
    confidence: float = CONFIDENCE,
) -> list[Interval]:
    """Ratio-of-sums estimates ``scale * sum(num) / sum(den)`` with bootstrap intervals.

    ``numerators`` has shape (n_units, k) (k metrics sharing one denominator per
    unit) or (n_units,); units (articles) are resampled with replacement. A
    resample whose denominator sums to 0 is undefined and left out. Above
    ``MAX_BOOTSTRAP_UNITS`` units the interval is the normal approximation.
    """
    num = np.asarray(numerators, dtype=np.float64)
    if num.ndim == 1:
        num = num[:, None]
    den = np.asarray(denominators, dtype=np.float64)
    n, k = num.shape
    total = den.sum()
    if n == 0 or total <= 0:
        return [Interval(math.nan, math.nan, math.nan) for _ in range(k)]
    estimates = scale * num.sum(axis=0) / total
    if n > MAX_BOOTSTRAP_UNITS:
        return _normal_ratio_intervals(num, den, estimates, scale=scale, confidence=confidence)
    weights = resample_weights(n, seed=seed, n_resamples=n_resamples)
    den_b = weights @ den
    # A resample that drew only zero-denominator units has no ratio: it is left out.
    defined = den_b > 0
    samples = scale * (weights[defined] @ num) / den_b[defined, None]
    bounds = percentile_interval(samples, confidence=confidence)
    return [
        Interval(float(estimates[j]), float(bounds[0, j]), float(bounds[1, j])) for j in range(k)
    ]


def _normal_ratio_intervals(
    num: np.ndarray, den: np.ndarray, estimates: np.ndarray, *, scale: float, confidence: float
) -> list[Interval]:
    """Normal intervals from the linearised variance of a ratio of sums (large samples)."""
    n = len(den)
    total = den.sum()
    ratios = estimates / scale
    residuals = num - ratios[None, :] * den[:, None]
    variance = n / (n - 1) * (residuals**2).sum(axis=0) / (total * total)
    z = NormalDist().inv_cdf(0.5 + confidence / 2.0)
    half = scale * z * np.sqrt(variance)
    return [
        Interval(float(e), float(e - h), float(e + h)) for e, h in zip(estimates, half, strict=True)
    ]


def bootstrap_mean(
    values: np.ndarray,
    *,
    seed: int,
    n_resamples: int = N_RESAMPLES,
    confidence: float = CONFIDENCE,
) -> Interval:
    """The mean of ``values`` with a percentile-bootstrap interval (units resampled)."""
    vals = np.asarray(values, dtype=np.float64)
    return bootstrap_ratio(
        vals, np.ones_like(vals), seed=seed, n_resamples=n_resamples, confidence=confidence
    )[0]


@dataclass(frozen=True)
class LogOdds:
    """Weighted log-odds ratios (one group against the rest) and their z-scores."""

    delta: np.ndarray
    variance: np.ndarray
    z: np.ndarray


def log_odds_dirichlet(
    counts_group: np.ndarray,
    counts_rest: np.ndarray,
    prior: np.ndarray,
) -> LogOdds:
    """Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, eq. 16–22).

    For term w with group counts y_i, rest counts y_j, prior pseudo-counts a_w
    (a_0 = sum a_w) and totals n_i, n_j:

        delta_w = log((y_iw + a_w) / (n_i + a_0 - y_iw - a_w))
                - log((y_jw + a_w) / (n_j + a_0 - y_jw - a_w))
        var_w  ~= 1 / (y_iw + a_w) + 1 / (y_jw + a_w)
        z_w     = delta_w / sqrt(var_w)

    Every prior count must be positive; a term absent from the prior is undefined.
    """
    yi = np.asarray(counts_group, dtype=np.float64)
    yj = np.asarray(counts_rest, dtype=np.float64)
    a = np.asarray(prior, dtype=np.float64)
    if yi.shape != yj.shape or yi.shape != a.shape:
        raise ValueError("counts_group, counts_rest and prior must have the same shape")
    if a.size and np.any(a <= 0):
        raise ValueError("every prior pseudo-count must be positive")
    a0 = a.sum()
    ni = yi.sum()
    nj = yj.sum()
    delta = np.log((yi + a) / (ni + a0 - yi - a)) - np.log((yj + a) / (nj + a0 - yj - a))
    variance = 1.0 / (yi + a) + 1.0 / (yj + a)
    return LogOdds(delta=delta, variance=variance, z=delta / np.sqrt(variance))


def two_sided_p(z: np.ndarray) -> np.ndarray:
    """Two-sided normal p-values for z-scores."""
    zz = np.abs(np.asarray(z, dtype=np.float64))
    return np.array([math.erfc(v / math.sqrt(2.0)) for v in zz.ravel()]).reshape(zz.shape)


def benjamini_hochberg(p_values: np.ndarray) -> np.ndarray:
    """Benjamini–Hochberg adjusted p-values (q-values), in the input order.

    Reject at false-discovery rate ``alpha`` where ``q <= alpha``.
    """
    p = np.asarray(p_values, dtype=np.float64)
    m = p.size
    if m == 0:
        return p.copy()
    order = np.argsort(p, kind="stable")
    ranked = p[order] * m / np.arange(1, m + 1)
    # The running minimum from the largest p down keeps q monotone in p.
    adjusted = np.minimum.accumulate(ranked[::-1])[::-1]
    q = np.empty(m)
    q[order] = np.minimum(adjusted, 1.0)
    return q
