"""The comparison statistics against hand-computed values and their promised properties."""

from __future__ import annotations

import math

import numpy as np
import polars as pl
import pytest

from framing.compare.ratios import compare_ratios, flag_differences
from framing.compare.stats import (
    benjamini_hochberg,
    bootstrap_mean,
    bootstrap_ratio,
    log_odds_dirichlet,
    resample_weights,
    two_sided_p,
)


def test_log_odds_matches_hand_computation() -> None:
    # y_i = [3, 1], y_j = [1, 3], a = [1, 1]: a0 = 2, n_i = n_j = 4.
    # delta_0 = log(4 / (4+2-3-1)) - log(2 / (4+2-1-1)) = log 2 - log 0.5 = 2 log 2
    # var_0 = 1/4 + 1/2 = 0.75, so z_0 = 2 log 2 / sqrt(0.75) = 1.6007548...
    result = log_odds_dirichlet(np.array([3, 1]), np.array([1, 3]), np.array([1.0, 1.0]))
    assert result.delta[0] == pytest.approx(2 * math.log(2))
    assert result.variance[0] == pytest.approx(0.75)
    assert result.z[0] == pytest.approx(1.6007548, abs=1e-6)
    assert result.z[1] == pytest.approx(-1.6007548, abs=1e-6)


def test_log_odds_of_identical_groups_is_zero() -> None:
    counts = np.array([5, 7, 2])
    result = log_odds_dirichlet(counts, counts, counts.astype(float))
    assert np.allclose(result.z, 0.0)


def test_log_odds_rejects_nonpositive_prior() -> None:
    with pytest.raises(ValueError, match="positive"):
        log_odds_dirichlet(np.array([1]), np.array([1]), np.array([0.0]))


def test_benjamini_hochberg_matches_hand_computation() -> None:
    # sorted p: .005 .01 .03 .04 -> p*m/rank: .02 .02 .04 .04 (already monotone)
    q = benjamini_hochberg(np.array([0.01, 0.04, 0.03, 0.005]))
    assert q == pytest.approx([0.02, 0.04, 0.04, 0.02])


def test_benjamini_hochberg_is_monotone_and_capped() -> None:
    p = np.array([0.9, 0.5, 0.001, 0.2, 0.95])
    q = benjamini_hochberg(p)
    order = np.argsort(p)
    assert np.all(np.diff(q[order]) >= -1e-12)
    assert np.all(q <= 1.0) and np.all(q >= p)
    assert benjamini_hochberg(np.array([])).size == 0


def test_two_sided_p() -> None:
    assert two_sided_p(np.array([1.959964]))[0] == pytest.approx(0.05, abs=1e-6)
    assert two_sided_p(np.array([0.0]))[0] == pytest.approx(1.0)


def test_resample_weights_draw_n_units_per_resample() -> None:
    weights = resample_weights(7, seed=3, n_resamples=50)
    assert weights.shape == (50, 7)
    assert np.all(weights.sum(axis=1) == 7)
    assert np.array_equal(weights, resample_weights(7, seed=3, n_resamples=50))


def test_bootstrap_interval_covers_the_true_rate_about_95_percent() -> None:
    # 300 synthetic corpora of 60 articles (100 words, Poisson(3) terms): true rate 30 per 1,000.
    rng = np.random.default_rng(12345)
    hits = 0
    runs = 300
    for run in range(runs):
        terms = rng.poisson(3.0, size=60)
        words = np.full(60, 100.0)
        interval = bootstrap_ratio(terms, words, seed=run, scale=1000.0, n_resamples=400)[0]
        hits += interval.low <= 30.0 <= interval.high
    coverage = hits / runs
    assert 0.89 <= coverage <= 0.99, coverage


def test_bootstrap_mean_is_deterministic_and_brackets_the_mean() -> None:
    values = np.array([1.0, 2.0, 3.0, 4.0, 10.0])
    a = bootstrap_mean(values, seed=1)
    b = bootstrap_mean(values, seed=1)
    assert a == b
    assert a.estimate == pytest.approx(4.0)
    assert a.low <= 4.0 <= a.high


def test_bootstrap_ratio_of_nothing_is_undefined() -> None:
    interval = bootstrap_ratio(np.array([]), np.array([]), seed=0)[0]
    assert math.isnan(interval.estimate) and math.isnan(interval.low)


def _units(rows: list[tuple[str, str, float, float]]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=["article_id", "group", "y", "w"], orient="row")


def test_compare_ratios_estimates_and_ignores_row_order() -> None:
    rows = [("a1", "A", 2, 100), ("a2", "A", 4, 100), ("b1", "B", 1, 200), ("b2", "B", 0, 100)]
    forward = compare_ratios(_units(rows), numerators=["y"], denominator="w", scale=1000.0)
    backward = compare_ratios(_units(rows[::-1]), numerators=["y"], denominator="w", scale=1000.0)
    assert forward.equals(backward)
    a = forward.filter(pl.col("group") == "A").row(0, named=True)
    assert a["estimate"] == pytest.approx(30.0)  # 6 terms / 200 words
    assert a["low"] <= a["estimate"] <= a["high"]
    b = forward.filter(pl.col("group") == "B").row(0, named=True)
    assert b["estimate"] == pytest.approx(1000.0 / 300.0)
    assert a["z_vs_rest"] == pytest.approx(-b["z_vs_rest"])  # two groups: each is the other's rest


def test_compare_ratios_z_matches_linearised_variance_by_hand() -> None:
    # A: y=(2,4), w=(1,1): R=3, residuals (-1, 1): var = 2/1 * 2 / 2^2 = 1
    # B: y=(0,2), w=(1,1): R=1, residuals (-1, 1): var = 1; z = (3-1)/sqrt(2)
    rows = [("a1", "A", 2, 1), ("a2", "A", 4, 1), ("b1", "B", 0, 1), ("b2", "B", 2, 1)]
    table = compare_ratios(_units(rows), numerators=["y"], denominator="w")
    z = table.filter(pl.col("group") == "A").get_column("z_vs_rest")[0]
    assert z == pytest.approx(2 / math.sqrt(2))


def test_flag_differences_adds_q_and_flags() -> None:
    frame = pl.DataFrame({"z_vs_rest": [5.0, 0.1, None]}, schema={"z_vs_rest": pl.Float64})
    flagged = flag_differences(frame)
    assert flagged.get_column("differs").to_list() == [True, False, False]
    assert flagged.get_column("q")[2] is None


def test_compare_ratios_of_empty_input_has_the_schema() -> None:
    empty = pl.DataFrame(schema={"article_id": pl.String, "group": pl.String, "y": pl.Float64})
    out = compare_ratios(empty, numerators=["y"], denominator=None)
    assert out.is_empty() and "estimate" in out.columns


def test_large_groups_use_the_normal_interval(monkeypatch: pytest.MonkeyPatch) -> None:
    import framing.compare.stats as stats

    rng = np.random.default_rng(0)
    terms = rng.poisson(3.0, size=400).astype(float)
    words = np.full(400, 100.0)
    boot = bootstrap_ratio(terms, words, seed=1, scale=1000.0)[0]
    monkeypatch.setattr(stats, "MAX_BOOTSTRAP_UNITS", 100)
    normal = bootstrap_ratio(terms, words, seed=1, scale=1000.0)[0]
    assert normal.estimate == pytest.approx(boot.estimate)
    # with 400 articles the bootstrap and the normal interval agree closely
    assert normal.low == pytest.approx(boot.low, rel=0.03)
    assert normal.high == pytest.approx(boot.high, rel=0.03)
