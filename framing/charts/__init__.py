"""Charts of the comparison (matplotlib, PNG and SVG), in one consistent style.

``render_charts`` draws every chart of the report from the comparison tables
and writes ``<name>.png`` and ``<name>.svg``. matplotlib is imported only when
a chart is drawn, so ``import framing`` stays light.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import polars as pl

if TYPE_CHECKING:
    from matplotlib.figure import Figure


@dataclass(frozen=True)
class Chart:
    """One written chart: file stem, title, what it shows, and its two files."""

    name: str
    title: str
    caption: str
    png: Path
    svg: Path


@dataclass(frozen=True)
class _Spec:
    name: str
    title: str
    caption: str
    table: str
    draw: Callable[..., Figure]


def _specs() -> list[_Spec]:
    from framing.charts import plots

    return [
        _Spec(
            "loaded_categories",
            "Loaded terms by category",
            "Loaded terms per 1,000 words (all voices) for each lexicon category.",
            "loaded_rates",
            plots.plot_loaded_heatmap,
        ),
        _Spec(
            "loaded_author_vs_quoted",
            "Author vs quoted loaded language",
            "Loaded terms per 1,000 words in the outlet's own voice and per 1,000 quoted words, "
            "with 95 % bootstrap intervals (articles resampled).",
            "loaded_rates",
            plots.plot_author_vs_quoted,
        ),
        _Spec(
            "source_mix",
            "Sources by type",
            "Share of cited sources that are persons, organisations, outlets, documents or anonymous.",
            "source_mix",
            plots.plot_source_mix,
        ),
        _Spec(
            "voices_heard",
            "Whose voices are heard",
            "Share of cited sources by the actor (country, organisation) they speak for.",
            "source_mix",
            plots.plot_voices_heard,
        ),
        _Spec(
            "actor_sentiment",
            "Sentiment toward actors",
            "Mention-weighted mean target-aware sentiment toward the most-mentioned actors, "
            "with 95 % bootstrap intervals.",
            "actor_sentiment_by_group",
            plots.plot_actor_sentiment,
        ),
        _Spec(
            "distinctive_terms",
            "Distinctive terms",
            "Terms each group uses more than the rest of the corpus (weighted log-odds with an "
            "informative Dirichlet prior, z-scores).",
            "distinctive_terms",
            plots.plot_distinctive_terms,
        ),
        _Spec(
            "crosslinks",
            "Cross-links per article",
            "Promotional cross-link lines per article, with 95 % bootstrap intervals.",
            "crosslink_rates",
            plots.plot_crosslinks,
        ),
    ]


def render_charts(
    comparison: dict[str, pl.DataFrame],
    order: list[str],
    out_dir: Path,
    *,
    group_label: str = "outlet",
    names: set[str] | None = None,
) -> list[Chart]:
    """Draw the charts (every one, or those in ``names``) from the ``comparison`` tables.

    ``order`` lists the groups to show, largest first (fold the long tail into
    "(other)" beforehand). Writes ``<name>.png`` and ``.svg`` into ``out_dir``
    and returns the charts in report order.
    """
    from framing.charts.style import chart_style, save_figure

    out_dir.mkdir(parents=True, exist_ok=True)
    charts = []
    with chart_style():
        for spec in _specs():
            if names is not None and spec.name not in names:
                continue
            fig = spec.draw(comparison[spec.table], order, group_label=group_label)
            png, svg = save_figure(fig, out_dir / spec.name)
            fig.clear()
            charts.append(Chart(spec.name, spec.title, spec.caption, png, svg))
    return charts
