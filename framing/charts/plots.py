"""The report's charts: one function per chart, a comparison table in, a Figure out.

Every function takes the group order (largest group first, at most a few dozen
groups: the caller folds the rest into "(other)") and draws a readable
placeholder when its table is empty, so the report always has every chart.
Call them inside ``framing.charts.style.chart_style()``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import polars as pl

from framing.charts.style import (
    GREY,
    PALE,
    SEQUENTIAL,
    VOICE_COLOURS,
    colour_for,
    new_figure,
    shorten,
)
from framing.compare.sources import NO_ACTOR

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

#: Series shown in stacked bars before the rest is drawn as "other".
MAX_SERIES = 7
#: The source types of the SOURCES contract, in the order (and colours) they are drawn.
SOURCE_TYPES = ["person", "organization", "outlet", "document", "anonymous"]
#: Panels in small-multiple charts.
MAX_PANELS = 12


def _placeholder(title: str, message: str) -> Figure:
    fig = new_figure(7.0, 2.2)
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.set_title(title)
    ax.text(0.5, 0.5, message, ha="center", va="center", color=GREY, transform=ax.transAxes)
    return fig


def _rows_height(n_rows: int, per_row: float = 0.32, base: float = 1.6) -> float:
    return base + per_row * max(n_rows, 1)


def _group_axis(ax: Axes, order: list[str]) -> None:
    ax.set_yticks(range(len(order)), [shorten(g) for g in order])
    ax.set_ylim(len(order) - 0.5, -0.5)  # largest group on top
    ax.grid(axis="y", visible=False)


def plot_loaded_heatmap(rates: pl.DataFrame, order: list[str], *, group_label: str) -> Figure:
    """Loaded terms per 1,000 words, groups × lexicon categories (all voices)."""
    title = f"Loaded terms by category and {group_label}"
    data = rates.filter((pl.col("voice_group") == "all") & (pl.col("category") != "(all)"))
    if data.is_empty():
        return _placeholder(title, "No loaded terms were found in this corpus.")
    categories = (
        data.group_by("category")
        .agg(pl.col("n_terms").sum())
        .sort(["n_terms", "category"], descending=[True, False])
        .get_column("category")
        .to_list()
    )
    groups = [g for g in order if g in set(data.get_column("group").to_list())]
    lookup = {(g, c): v for g, c, v in data.select("group", "category", "per_1k").iter_rows()}
    matrix = [[lookup.get((g, c), 0.0) or 0.0 for c in categories] for g in groups]
    fig = new_figure(max(5.0, 1.8 + 0.75 * len(categories)), _rows_height(len(groups), 0.34, 2.2))
    ax = fig.add_subplot()
    image = ax.imshow(matrix, aspect="auto", cmap=SEQUENTIAL, interpolation="nearest")
    ax.set_xticks(
        range(len(categories)), [shorten(c, 20) for c in categories], rotation=35, ha="right"
    )
    _group_axis(ax, groups)
    ax.grid(visible=False)
    if len(groups) * len(categories) <= 300:
        top = max((max(row) for row in matrix), default=0.0) or 1.0
        for i, row in enumerate(matrix):
            for j, value in enumerate(row):
                ax.text(
                    j,
                    i,
                    f"{value:.1f}",
                    ha="center",
                    va="center",
                    fontsize=7,
                    color="black" if value > 0.6 * top else "white",
                )
    fig.colorbar(image, ax=ax, label="loaded terms per 1,000 words")
    ax.set_title(title)
    ax.set_xlabel("lexicon category")
    ax.set_ylabel(group_label)
    return fig


def _interval_rows(
    ax: Axes,
    order: list[str],
    frame: pl.DataFrame,
    value: str,
    low: str,
    high: str,
    *,
    offset: float,
    colour: str,
    label: str,
) -> None:
    position = {g: i for i, g in enumerate(order)}
    rows = [
        r for r in frame.iter_rows(named=True) if r["group"] in position and r[value] is not None
    ]
    if not rows:
        return
    ys = [position[r["group"]] + offset for r in rows]
    xs = [r[value] for r in rows]
    lo = [max(r[value] - (r[low] if r[low] is not None else r[value]), 0.0) for r in rows]
    hi = [max((r[high] if r[high] is not None else r[value]) - r[value], 0.0) for r in rows]
    ax.errorbar(
        xs,
        ys,
        xerr=[lo, hi],
        fmt="o",
        color=colour,
        ecolor=colour,
        capsize=2,
        markersize=4,
        linewidth=1,
        label=label,
    )


def plot_author_vs_quoted(rates: pl.DataFrame, order: list[str], *, group_label: str) -> Figure:
    """Loaded terms per 1,000 words in the outlet's own voice vs in quotes, with 95 % intervals."""
    title = "Loaded terms: own voice vs quoted voices"
    data = rates.filter(pl.col("category") == "(all)")
    if data.is_empty():
        return _placeholder(title, "No articles to compare.")
    fig = new_figure(7.5, _rows_height(len(order)))
    ax = fig.add_subplot()
    for offset, voice, label in (
        (-0.15, "author", "author's own voice (per 1,000 author words)"),
        (0.15, "quoted", "quoted voices (per 1,000 quoted words)"),
    ):
        _interval_rows(
            ax,
            order,
            data.filter(pl.col("voice_group") == voice),
            "per_1k",
            "per_1k_low",
            "per_1k_high",
            offset=offset,
            colour=VOICE_COLOURS[voice],
            label=label,
        )
    _group_axis(ax, order)
    ax.set_xlim(left=0)
    ax.set_xlabel("loaded terms per 1,000 words (dots: estimate; bars: 95 % bootstrap interval)")
    ax.set_ylabel(group_label)
    ax.set_title(title)
    fig.legend(loc="outside lower center", fontsize=8, ncols=2, frameon=False)
    return fig


def _stacked_shares(
    mix: pl.DataFrame,
    order: list[str],
    dimension: str,
    *,
    title: str,
    group_label: str,
    legend_title: str,
    empty: str,
) -> Figure:
    data = mix.filter(pl.col("dimension") == dimension)
    if data.is_empty():
        return _placeholder(title, empty)
    totals = (
        data.group_by("value")
        .agg(pl.col("n_sources").sum())
        .sort(["n_sources", "value"], descending=[True, False])
        .get_column("value")
        .to_list()
    )
    # "No known actor" is not a voice: it goes last, in a pale grey, after "other".
    unattributed = [v for v in totals if v == NO_ACTOR]
    totals = [v for v in totals if v != NO_ACTOR]
    if dimension == "type":
        # Source types keep one order (and so one colour each) in every report.
        totals = sorted(totals, key=lambda v: SOURCE_TYPES.index(v) if v in SOURCE_TYPES else 99)
    shown = totals[:MAX_SERIES]
    data = (
        data.with_columns(
            pl.when(pl.col("value").is_in(shown + unattributed))
            .then(pl.col("value"))
            .otherwise(pl.lit("other"))
            .alias("value")
        )
        .group_by("group", "value")
        .agg(pl.col("share").sum())
    )
    series = shown + (["other"] if len(totals) > len(shown) else []) + unattributed
    lookup = {(g, v): s for g, v, s in data.select("group", "value", "share").iter_rows()}
    groups = [g for g in order if any((g, v) in lookup for v in series)]
    fig = new_figure(8.0, _rows_height(len(groups)))
    ax = fig.add_subplot()
    left = [0.0] * len(groups)
    for k, value in enumerate(series):
        widths = [lookup.get((g, value), 0.0) * 100 for g in groups]
        colour = {"other": GREY, NO_ACTOR: PALE}.get(value, colour_for(k))
        ax.barh(
            range(len(groups)),
            widths,
            left=left,
            color=colour,
            label=shorten(value, 24),
            edgecolor="white",
            linewidth=0.5,
        )
        left = [a + b for a, b in zip(left, widths, strict=True)]
    _group_axis(ax, groups)
    ax.set_xlim(0, 100)
    ax.set_xlabel("share of cited sources (%)")
    ax.set_ylabel(group_label)
    ax.set_title(title)
    ax.legend(title=legend_title, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8)
    return fig


def plot_source_mix(mix: pl.DataFrame, order: list[str], *, group_label: str) -> Figure:
    """Cited sources by type (person, organization, outlet, document, anonymous)."""
    return _stacked_shares(
        mix,
        order,
        "type",
        title="Who is cited: sources by type",
        group_label=group_label,
        legend_title="source type",
        empty="No sources were found in this corpus.",
    )


def plot_voices_heard(mix: pl.DataFrame, order: list[str], *, group_label: str) -> Figure:
    """Cited sources by the actor they speak for."""
    return _stacked_shares(
        mix,
        order,
        "actor",
        title="Whose voices are heard: sources by actor",
        group_label=group_label,
        legend_title="speaks for",
        empty="No sources were found in this corpus.",
    )


def plot_actor_sentiment(sentiment: pl.DataFrame, order: list[str], *, group_label: str) -> Figure:
    """Target-aware sentiment toward the most-mentioned actors, with 95 % intervals."""
    title = "Sentiment toward actors (all voices)"
    data = sentiment.filter(pl.col("voice_group") == "all")
    if data.is_empty():
        return _placeholder(title, "No actor sentiment was measured in this corpus.")
    actors = (
        data.group_by("actor")
        .agg(pl.col("n_mentions").sum())
        .sort(["n_mentions", "actor"], descending=[True, False])
        .get_column("actor")
        .to_list()[:6]
    )
    groups = [g for g in order if g in set(data.get_column("group").to_list())]
    columns = min(len(actors), 3)
    rows = (len(actors) + columns - 1) // columns
    fig = new_figure(3.2 * columns + 1.2, rows * _rows_height(len(groups), 0.26, 1.2))
    axes = fig.subplots(rows, columns, squeeze=False, sharex=True)
    for k, actor in enumerate(actors):
        ax = axes[k // columns][k % columns]
        _interval_rows(
            ax,
            groups,
            data.filter(pl.col("actor") == actor),
            "sentiment",
            "sentiment_low",
            "sentiment_high",
            offset=0.0,
            colour=colour_for(k),
            label=actor,
        )
        _group_axis(ax, groups)
        if k % columns:
            ax.set_yticklabels([])
        ax.axvline(0.0, color=GREY, linewidth=0.8)
        ax.set_xlim(-1.0, 1.0)
        ax.set_title(shorten(actor, 28), fontsize=10)
    for k in range(len(actors), rows * columns):
        axes[k // columns][k % columns].set_axis_off()
    fig.supxlabel("mean sentiment, -1 (negative) to +1 (positive); bars: 95 % bootstrap interval")
    fig.supylabel(group_label)
    fig.suptitle(title, fontweight="bold")
    return fig


def plot_distinctive_terms(
    terms: pl.DataFrame, order: list[str], *, group_label: str, per_group: int = 10
) -> Figure:
    """The most distinctive terms of each group (weighted log-odds z, one vs rest)."""
    title = f"Distinctive terms per {group_label} (weighted log-odds z, one vs rest)"
    if terms.is_empty():
        return _placeholder(title, "No text to compare.")
    groups = [g for g in order if g in set(terms.get_column("outlet").to_list())][:MAX_PANELS]
    columns = min(len(groups), 3)
    rows = (len(groups) + columns - 1) // columns
    fig = new_figure(3.4 * columns, rows * (0.9 + 0.22 * per_group))
    axes = fig.subplots(rows, columns, squeeze=False)
    for k, group in enumerate(groups):
        ax = axes[k // columns][k % columns]
        top = terms.filter(pl.col("outlet") == group).sort("z", descending=True).head(per_group)
        colours = [colour_for(k) if sig else GREY for sig in top.get_column("significant")]
        ax.barh(range(top.height), top.get_column("z").to_list(), color=colours)
        ax.set_yticks(range(top.height), [shorten(t, 20) for t in top.get_column("term")])
        ax.set_ylim(top.height - 0.5, -0.5)
        ax.grid(axis="y", visible=False)
        ax.set_title(shorten(group, 30), fontsize=10)
        ax.set_xlabel("z", fontsize=8)
    for k in range(len(groups), rows * columns):
        axes[k // columns][k % columns].set_axis_off()
    fig.suptitle(
        title + "\ncoloured: significant after Benjamini–Hochberg (q ≤ 0.05); grey: not",
        fontweight="bold",
        fontsize=10,
    )
    return fig


def plot_crosslinks(rates: pl.DataFrame, order: list[str], *, group_label: str) -> Figure:
    """Promotional cross-links (READ: …) per article, with 95 % intervals."""
    title = "Promotional cross-links (READ:, Related:, See also:) per article"
    if rates.is_empty():
        return _placeholder(title, "No articles to compare.")
    lookup = {r["group"]: r for r in rates.iter_rows(named=True)}
    groups = [g for g in order if g in lookup]
    fig = new_figure(7.0, _rows_height(len(groups)))
    ax = fig.add_subplot()
    values = [lookup[g]["crosslinks_per_article"] or 0.0 for g in groups]
    lows = [
        max(v - (lookup[g]["crosslinks_per_article_low"] or v), 0.0)
        for g, v in zip(groups, values, strict=True)
    ]
    highs = [
        max((lookup[g]["crosslinks_per_article_high"] or v) - v, 0.0)
        for g, v in zip(groups, values, strict=True)
    ]
    ax.barh(
        range(len(groups)),
        values,
        xerr=[lows, highs],
        color=colour_for(2),
        capsize=2,
        error_kw={"linewidth": 1},
    )
    _group_axis(ax, groups)
    ax.set_xlim(left=0)
    ax.set_xlabel("cross-links per article (bars: 95 % bootstrap interval)")
    ax.set_ylabel(group_label)
    ax.set_title(title)
    return fig
