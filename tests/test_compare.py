"""Comparison tables on small synthetic frames, including empty input."""

from __future__ import annotations

import json
import math

import numpy as np
import polars as pl
import pytest
from synthetic import build_tables, empty_tables

from framing import schemas
from framing.compare import compare_groups, find_distinctive_terms, summarize_outlets
from framing.compare.groups import OTHER, UNKNOWN, assign_groups, fold_groups, rank_groups
from framing.compare.labels import compute_actor_labels
from framing.compare.rates import compute_loaded_rates
from framing.compare.sentiment import compute_actor_sentiment
from framing.compare.sources import compute_source_mix
from framing.compare.stats import log_odds_dirichlet
from framing.compare.voicewords import count_voice_words
from framing.errors import UsageError


@pytest.fixture(scope="module")
def tables() -> dict[str, pl.DataFrame]:
    return build_tables()


def test_assign_groups_by_outlet_column_and_meta(tables: dict[str, pl.DataFrame]) -> None:
    by_outlet = assign_groups(tables["articles"])
    assert set(by_outlet.get_column("group")) == {"Wire", "Hawk", "Dove"}
    by_lean = assign_groups(tables["articles"], "lean")
    assert set(by_lean.get_column("group")) == {"center", "right", "left"}
    by_title = assign_groups(tables["articles"], "title")
    assert by_title.height == tables["articles"].height


def test_assign_groups_rejects_unknown_column(tables: dict[str, pl.DataFrame]) -> None:
    with pytest.raises(UsageError, match="no_such"):
        assign_groups(tables["articles"], "no_such")


def test_assign_groups_labels_missing_values_unknown() -> None:
    articles = build_tables({"Wire": 2})["articles"].with_columns(
        pl.Series("meta", [json.dumps({"lean": "left"}), "{}"])
    )
    groups = assign_groups(articles, "lean")
    assert sorted(groups.get_column("group")) == sorted(["left", UNKNOWN])


def test_assign_groups_of_no_articles_is_empty() -> None:
    assert assign_groups(schemas.empty(schemas.ARTICLES)).is_empty()


def test_fold_groups_keeps_the_largest() -> None:
    groups = pl.DataFrame({"article_id": [str(i) for i in range(10)], "group": list("aaaabbbcdd")})
    folded = fold_groups(groups, 3)
    assert rank_groups(folded)[0] == "a"
    assert set(folded.get_column("group")) == {"a", "b", OTHER}
    assert fold_groups(groups, 10) is groups


def test_count_voice_words_splits_author_and_quoted() -> None:
    text = "Title here\n\nShe said “one two three” today."
    articles = pl.DataFrame({"article_id": ["x"], "text": [text]})
    q0, q1 = text.index("“"), text.index("”") + 1
    voices = pl.DataFrame(
        {
            "article_id": ["x"] * 4,
            "start": [0, 12, q0, q1],
            "end": [12, q0, q1, len(text)],
            "voice": ["headline", "author", "direct_quote", "author"],
        }
    )
    words = count_voice_words(articles, voices).row(0, named=True)
    assert words == {"article_id": "x", "author_words": 5, "quoted_words": 3}
    no_voices = count_voice_words(articles, voices.clear()).row(0, named=True)
    assert no_voices["author_words"] == 8 and no_voices["quoted_words"] == 0


def test_loaded_rates_match_counts(tables: dict[str, pl.DataFrame]) -> None:
    groups = assign_groups(tables["articles"])
    rates = compute_loaded_rates(tables, groups)
    row = rates.filter(
        (pl.col("group") == "Hawk")
        & (pl.col("category") == "(all)")
        & (pl.col("voice_group") == "author")
    ).row(0, named=True)
    hawk = set(groups.filter(pl.col("group") == "Hawk").get_column("article_id"))
    n_terms = (
        tables["loaded_terms"]
        .filter(
            pl.col("article_id").is_in(list(hawk))
            & pl.col("voice").is_in(["author", "headline", "crosslink"])
        )
        .height
    )
    assert row["n_terms"] == n_terms
    assert row["per_1k"] == pytest.approx(1000 * n_terms / row["n_words"])
    assert row["per_1k_low"] <= row["per_1k"] <= row["per_1k_high"]


def test_source_mix_shares_sum_to_one(tables: dict[str, pl.DataFrame]) -> None:
    mix = compute_source_mix(tables, assign_groups(tables["articles"]))
    sums = mix.group_by("group", "dimension").agg(pl.col("share").sum())
    assert np.allclose(sums.get_column("share").to_numpy(), 1.0)
    hawk_anon = mix.filter(
        (pl.col("group") == "Hawk")
        & (pl.col("dimension") == "type")
        & (pl.col("value") == "anonymous")
    )
    assert hawk_anon.height == 1


def test_distinctive_terms_z_is_the_monroe_statistic() -> None:
    articles = pl.DataFrame(
        {
            "article_id": ["1", "2", "3"],
            "outlet": ["A", "A", "B"],
            "text": ["regime regime talks", "regime talks", "government talks talks"],
        }
    )
    terms = find_distinctive_terms(articles, group_col="outlet", min_count=1)
    # A: regime 3, talks 2 (n=5); B: government 1, talks 2 (n=3); N=8, prior a_w = y_w.
    vocab = ["government", "regime", "talks"]
    prior = np.array([1.0, 3.0, 4.0])
    expected = log_odds_dirichlet(np.array([0, 3, 2]), np.array([1, 0, 2]), prior)
    regime = terms.filter((pl.col("outlet") == "A") & (pl.col("term") == "regime")).row(
        0, named=True
    )
    assert regime["z"] == pytest.approx(expected.z[vocab.index("regime")])
    assert regime["count"] == 3 and regime["count_rest"] == 0
    assert set(terms.get_column("outlet")) == {"A", "B"}
    top_a = terms.filter(pl.col("outlet") == "A").sort("z", descending=True).get_column("term")[0]
    assert top_a == "regime"


def test_distinctive_terms_leave_out_function_words(tables: dict[str, pl.DataFrame]) -> None:
    groups = assign_groups(tables["articles"])
    terms = compare_groups(tables, groups)["distinctive_terms"]
    assert not set(terms.get_column("term")) & {"the", "and", "said", "is"}
    assert set(terms.get_column("outlet")) == {"Wire", "Hawk", "Dove"}


def test_actor_labels_use_only_the_author_voice(tables: dict[str, pl.DataFrame]) -> None:
    labels = compute_actor_labels(tables, assign_groups(tables["articles"]))
    hawk_iran = labels.filter((pl.col("group") == "Hawk") & (pl.col("actor") == "iran"))
    assert "the tehran regime" in hawk_iran.get_column("label").to_list()
    assert "so-called" not in labels.get_column("label").to_list()  # quoted, and no target
    # the loaded term and the mention over the same span count once
    row = hawk_iran.filter(pl.col("label") == "the tehran regime").row(0, named=True)
    assert row["kind"] == "delegitimizing"
    hawk_articles = tables["articles"].filter(pl.col("outlet") == "Hawk").height
    assert row["n"] <= hawk_articles
    shares = labels.group_by("group", "actor").agg(pl.col("share").sum())
    assert np.allclose(shares.get_column("share").to_numpy(), 1.0)


def test_actor_sentiment_is_the_mention_weighted_mean(tables: dict[str, pl.DataFrame]) -> None:
    groups = assign_groups(tables["articles"])
    table = compute_actor_sentiment(tables, groups)
    row = table.filter(
        (pl.col("group") == "Wire") & (pl.col("actor") == "iran") & (pl.col("voice_group") == "all")
    ).row(0, named=True)
    wire = tables["actor_sentiment"].filter(
        pl.col("outlet").eq("Wire") & pl.col("actor").eq("iran") & pl.col("voice_group").eq("all")
    )
    expected = (wire["sentiment"] * wire["n_mentions"]).sum() / wire["n_mentions"].sum()
    assert row["sentiment"] == pytest.approx(expected)
    assert row["sentiment_low"] <= row["sentiment"] <= row["sentiment_high"]
    assert row["n_mentions"] == wire["n_mentions"].sum()


def test_summary_has_the_contract_columns(tables: dict[str, pl.DataFrame]) -> None:
    summary = summarize_outlets(tables)
    assert list(summary.columns[: len(schemas.OUTLET_SUMMARY)]) == list(schemas.OUTLET_SUMMARY)
    assert summary.get_column("outlet").to_list() == ["Wire", "Hawk", "Dove"]
    dove = summary.filter(pl.col("outlet") == "Dove").row(0, named=True)
    assert dove["crosslinks_per_article"] == pytest.approx(1.0)
    hawk = summary.filter(pl.col("outlet") == "Hawk").row(0, named=True)
    assert hawk["sources_per_article"] == pytest.approx(2.0)
    assert hawk["anonymous_share"] == pytest.approx(0.5)


def test_group_by_meta_column(tables: dict[str, pl.DataFrame]) -> None:
    summary = summarize_outlets(tables, group_by="lean")
    assert set(summary.get_column("outlet")) == {"left", "right", "center"}
    assert summary.get_column("n_articles").sum() == tables["articles"].height


def test_article_order_changes_no_comparison(tables: dict[str, pl.DataFrame]) -> None:
    shuffled = {
        name: frame.sample(fraction=1.0, shuffle=True, seed=7) for name, frame in tables.items()
    }
    a = compare_groups(tables, assign_groups(tables["articles"]))
    b = compare_groups(shuffled, assign_groups(shuffled["articles"]))
    for name in a:
        left = a[name].sort(a[name].columns)
        right = b[name].sort(b[name].columns)
        assert left.equals(right), name


def test_every_table_is_empty_with_its_schema_for_empty_input() -> None:
    empty = empty_tables()
    out = compare_groups(empty, assign_groups(empty["articles"]))
    assert all(frame.is_empty() for frame in out.values())
    assert summarize_outlets(empty).columns[0] == "outlet"


def test_articles_without_findings_still_compare() -> None:
    tables = build_tables({"Wire": 3, "Hawk": 3})
    bare = {**empty_tables(), "articles": tables["articles"]}
    out = compare_groups(bare, assign_groups(bare["articles"]))
    summary = out["outlet_summary"]
    assert summary.height == 2
    assert summary.get_column("loaded_per_1k_author").to_list() == [0.0, 0.0]
    assert out["distinctive_terms"].height > 0
    assert math.isnan(summary.get_column("anonymous_share").fill_null(math.nan)[0])


def test_a_single_group_compares_without_a_rest() -> None:
    tables = build_tables({"Wire": 4})
    out = compare_groups(tables, assign_groups(tables["articles"]))
    assert out["outlet_summary"].height == 1
    assert out["distinctive_terms"].height > 0
    assert out["loaded_rates"].get_column("z_vs_rest").null_count() == out["loaded_rates"].height
    assert not out["loaded_rates"].get_column("differs").any()
    assert out["actor_labels"].get_column("z").null_count() == out["actor_labels"].height


def test_per_speaker_rows_are_not_pooled_into_a_group(tables: dict[str, pl.DataFrame]) -> None:
    scores = tables["actor_sentiment"]
    speaker_rows = scores.filter(pl.col("voice_group") == "quoted").with_columns(
        pl.lit("speaker").alias("voice_group"), pl.lit(-1.0).alias("sentiment")
    )
    with_speakers = {**tables, "actor_sentiment": pl.concat([scores, speaker_rows])}
    groups = assign_groups(tables["articles"])
    table = compute_actor_sentiment(with_speakers, groups)
    assert set(table["voice_group"]) <= {"all", "author", "quoted"}
    assert table.equals(compute_actor_sentiment(tables, groups))
